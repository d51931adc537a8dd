"""Every symbol the screens use (★ ✓ ✗ ● ▶ ≥ → …) is in a font the app loads itself, so no
laptop shows it as a box (issue 25); the app's own font falls back to it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QRawFont, QTextLayout

SRC = Path(__file__).resolve().parents[2] / "src" / "labinovasi"
RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def symbols_the_screens_use() -> set[str]:
    """Characters beyond Latin text in the code (screens and the texts they show from the
    domain and services) and in the translations."""
    files = [*SRC.rglob("*.py"), *(RESOURCES / "translations").glob("*.ts")]
    files += [*(RESOURCES / "guide").glob("*.json"), *(RESOURCES / "rules").glob("*.json")]
    found = set()
    for path in files:
        found |= {ch for ch in path.read_text(encoding="utf-8") if ord(ch) >= 0x2010}
    return found


def test_every_symbol_is_in_a_font_the_app_loads(qapp):
    from labinovasi.ui.fonts import load_app_fonts, loaded_font_files

    families = load_app_fonts(qapp)
    assert "DejaVu Sans" in families
    fonts = [QRawFont(path, 12) for path in loaded_font_files()]
    assert fonts and all(font.isValid() for font in fonts)
    symbols = symbols_the_screens_use()
    assert {"★", "✓", "✗", "●", "▶", "≥"} <= symbols  # the scan finds what the screens show
    missing = sorted(ch for ch in symbols if not any(f.supportsCharacter(ord(ch)) for f in fonts))
    assert missing == [], [f"{ch} U+{ord(ch):04X}" for ch in missing]


def test_the_apps_font_falls_back_to_the_loaded_one(qapp):
    from labinovasi.ui.app import create_app
    from labinovasi.ui.widgets.accessibility import uninstall_accessibility

    create_app("id")
    uninstall_accessibility(qapp)  # the rest of the suite finds the app as before
    family = qapp.font().family()
    assert "dejavu sans" in [family.lower(), *(f.lower() for f in QFont.substitutes(family))]
    layout = QTextLayout("Pilihan ★ ✓ ● ▶", qapp.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    for run in layout.glyphRuns():
        assert 0 not in run.glyphIndexes(), run.rawFont().familyName()  # 0: the box
