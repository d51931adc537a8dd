"""The Linux desktop entry, MIME type and icons, and the Windows icon, as shipped."""

from __future__ import annotations

import configparser
import struct
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", data[16:24])


def test_desktop_entry_opens_workshop_files():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(LINUX / "labinovasi.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Exec"].split() == ["labinovasi", "gui", "%f"]
    assert desktop["Icon"] == "labinovasi"
    assert "application/x-labinovasi" in desktop["MimeType"].split(";")
    assert desktop["Categories"].endswith(";")


def test_mime_type_matches_the_file_suffix():
    root = ET.parse(LINUX / "labinovasi-mime.xml").getroot()
    mime = root.find(f"{MIME_NS}mime-type")
    assert mime.get("type") == "application/x-labinovasi"
    assert [g.get("pattern") for g in mime.iter(f"{MIME_NS}glob")] == ["*.labinovasi"]


def test_icons_in_every_size():
    for size in SIZES:
        icon = LINUX / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "labinovasi.png"
        assert png_size(icon) == (size, size)


def test_windows_icon_holds_the_small_and_large_sizes():
    data = (ROOT / "resources" / "icons" / "labinovasi.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = {data[6 + 16 * i] or 256 for i in range(count)}  # 0 means 256 in an ICO entry
    assert {16, 32, 48, 256} <= sizes
