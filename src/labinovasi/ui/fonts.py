"""The shipped DejaVu Sans (resources/fonts, the papers' font) loaded into Qt: the symbols the
screens use (★ ✓ ✗ ● ▶ ≥ →) are drawn from it wherever the system's own font has none; on
a laptop without it they showed as boxes (issue 25)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from labinovasi.resources import get_asset

SYMBOL_FAMILY = "DejaVu Sans"

_loaded: dict[str, int] = {}  # font file → Qt's id, once per process


def load_app_fonts(app: QGuiApplication) -> list[str]:
    """Load the shipped fonts and make them the fallback of the app's own font; returns the
    families loaded."""
    for path in sorted(get_asset("fonts").glob("*.ttf")):
        if str(path) not in _loaded:
            _loaded[str(path)] = QFontDatabase.addApplicationFont(str(path))
    families = loaded_families()
    if SYMBOL_FAMILY in families:
        general = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()
        for family in {app.font().family(), general}:
            known = [f.lower() for f in (family, *QFont.substitutes(family))]
            if family and SYMBOL_FAMILY.lower() not in known:
                QFont.insertSubstitution(family, SYMBOL_FAMILY)
    return families


def loaded_families() -> list[str]:
    """The families of the fonts this process loaded from resources/fonts."""
    return sorted(
        {f for i in _loaded.values() if i >= 0 for f in QFontDatabase.applicationFontFamilies(i)}
    )


def loaded_font_files() -> list[str]:
    return [path for path, font_id in _loaded.items() if font_id >= 0]
