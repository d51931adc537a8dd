"""Finds shipped resources (fonts, translations, icons, samples) in development and when frozen."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    """The `resources/` folder: PyInstaller's bundle, an override, or the source tree."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    override = os.environ.get("LABINOVASI_RESOURCES")
    if override:
        return Path(override)
    return Path(__file__).resolve().parents[2] / "resources"


def get_asset(*parts: str) -> Path:
    """Path of one resource file, e.g. get_asset("fonts", "DejaVuSans.ttf")."""
    return resources_dir().joinpath(*parts)
