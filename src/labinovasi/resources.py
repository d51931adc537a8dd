"""Finds shipped resources (fonts, translations, icons, samples): source tree, wheel or bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path

# Where the top-level resources/ folder goes inside the wheel and the PyInstaller bundle
# (packaging/hatch_build.py and packaging/labinovasi.spec write it there).
PACKAGED_FOLDER = "assets"


def resources_dir() -> Path:
    """The resources folder: an override, PyInstaller's bundle, the installed package, or the
    source tree (editable installs and PYTHONPATH=src)."""
    override = os.environ.get("LABINOVASI_RESOURCES")
    if override:
        return Path(override)
    package = Path(__file__).resolve().parent
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "labinovasi" / PACKAGED_FOLDER
    installed = package / PACKAGED_FOLDER
    if installed.is_dir():
        return installed
    return package.parents[1] / "resources"


def get_asset(*parts: str) -> Path:
    """Path of one resource file, e.g. get_asset("fonts", "DejaVuSans.ttf")."""
    return resources_dir().joinpath(*parts)
