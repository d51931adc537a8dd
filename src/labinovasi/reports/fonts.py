"""Registers the shipped Unicode TrueType family (DejaVu Sans) with ReportLab, once per process."""

from __future__ import annotations

import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from labinovasi.domain.errors import LabinovasiError
from labinovasi.i18n import _
from labinovasi.resources import get_asset

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Make REGULAR and BOLD usable in Paragraphs (<b> maps to BOLD). Safe from any thread.

    ReportLab's font registry is process-wide, so this is the one piece of global state the
    reports keep; the lock stops two print previews from registering half a family."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for name, filename in _FILES.items():
            path = get_asset("fonts", filename)
            if not path.exists():
                raise LabinovasiError(
                    _("Huruf untuk laporan tidak ditemukan: {path}").format(path=path)
                )
            pdfmetrics.registerFont(TTFont(name, str(path)))
        # No italic face is shipped: italic falls back to the upright one rather than failing.
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
        _registered = True
