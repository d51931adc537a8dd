"""get_asset finds resources in the source tree, inside an installed package and in a bundle."""

from __future__ import annotations

import sys
from pathlib import Path

import labinovasi.resources as resources


def test_source_tree_in_development():
    assert resources.get_asset("fonts", "DejaVuSans.ttf").is_file()
    assert resources.resources_dir() == Path(__file__).resolve().parents[2] / "resources"


def test_installed_package_uses_its_assets_folder(tmp_path, monkeypatch):
    package = tmp_path / "site-packages" / "labinovasi"
    (package / "assets" / "fonts").mkdir(parents=True)
    monkeypatch.setattr(resources, "__file__", str(package / "resources.py"))
    assert resources.get_asset("fonts", "x.ttf") == package / "assets" / "fonts" / "x.ttf"


def test_frozen_bundle_uses_meipass(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resources_dir() == tmp_path / "labinovasi" / "assets"


def test_override_wins(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)
    monkeypatch.setenv("LABINOVASI_RESOURCES", str(tmp_path))
    assert resources.get_asset("icons") == tmp_path / "icons"
