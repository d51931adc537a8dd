"""Screenshots: every screen is written as a PNG of the expected size."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from labinovasi.ui.screenshots import SHOTS, take_screenshots

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == PNG_MAGIC, f"{path.name} is not a PNG"
    return struct.unpack(">II", header[16:24])


def test_projector_and_print_preview(qapp, tmp_path):
    written = take_screenshots(tmp_path, only={"projector", "print_preview"})
    assert {p.name: png_size(p) for p in written} == {
        "print_preview.png": (1366, 768),
        "projector_1920x1080.png": (1920, 1080),
        "projector_1366x768.png": (1366, 768),
    }
    assert all(p.parent == tmp_path and p.stat().st_size > 10_000 for p in written)


def test_main_window_screens_at_1366x768(qapp, tmp_path):
    wanted = {"board", "drumup", "diagnose", "design"}
    written = take_screenshots(tmp_path, only=wanted)
    assert {p.name for p in written} == {f"{name}.png" for name in wanted}
    for path in written:
        assert png_size(path) == (1366, 768), path.name
        assert path.stat().st_size > 10_000
    # Each tab is a different screen, not the same picture four times.
    assert len({p.read_bytes() for p in written}) == len(written)


def test_unknown_screen_is_refused(tmp_path):
    with pytest.raises(ValueError, match="nope"):
        take_screenshots(tmp_path, only={"nope"})
    assert "projector" in SHOTS


def test_settings_are_left_where_they_were(qapp, tmp_path):
    from PySide6.QtCore import QSettings

    def settings_file() -> str:
        return QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Labinovasi", "Labinovasi"
        ).fileName()

    before = settings_file()
    take_screenshots(tmp_path, only={"projector"})
    assert settings_file() == before


def test_station_screens_at_laptop_size(qapp, tmp_path):
    written = take_screenshots(tmp_path, only={"station"})
    names = {p.name for p in written}
    assert {
        "station-setup.png",
        "station-pick.png",
        "station-ideas.png",
        "station-minimum.png",
        "station-pin.png",
        "station-ideas-1920x1080.png",
        "station-diagnose.png",
        "station-voting.png",
        "station-proposal.png",
        "station-design.png",
        "station-design-actions.png",
    } <= names
    for name in ("station-diagnose.png", "station-voting.png", "station-design.png"):
        assert png_size(tmp_path / name) == (1366, 768)
    sizes = {p.name: png_size(p) for p in written}
    assert sizes["station-pick.png"] == (1366, 768)
    assert sizes["station-ideas-1920x1080.png"] == (1920, 1080)


def test_pelaksanaan_screens_at_1366x768(qapp, tmp_path):
    wanted = {
        "delivery_timeline",
        "evidence_checklist",
        "verification",
        "jury_ranking",
        "projector_ranking",
    }
    written = take_screenshots(tmp_path, only=wanted)
    assert {p.name for p in written} == {f"{name}.png" for name in wanted}
    for path in written:
        assert png_size(path) == (1366, 768), path.name
        assert path.stat().st_size > 10_000
    assert len({p.read_bytes() for p in written}) == len(written)


def test_guide_at_laptop_size(qapp, tmp_path):
    [path] = take_screenshots(tmp_path, only={"guide"})
    assert path.name == "guide.png" and png_size(path) == (1366, 768)


def test_jury_rubric_editor_and_juror_station(qapp, tmp_path):
    written = {p.name: p for p in take_screenshots(tmp_path, only={"jury_rubric", "jury_station"})}
    assert set(written) == {"jury_rubric.png", "jury_station.png"}
    assert png_size(written["jury_station.png"]) == (1366, 768)
    width, height = png_size(written["jury_rubric.png"])  # a dialog: fits the laptop's screen
    assert 500 <= width <= 1366 and 300 <= height <= 768
