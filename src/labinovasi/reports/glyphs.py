"""Characters the embedded font cannot draw (emoji, rare scripts) printed as their Unicode name
in brackets, "[SMILING FACE WITH SMILING EYES]", so a printout never shows an empty box."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics

from labinovasi.reports.fonts import BOLD, REGULAR, register_fonts


@lru_cache(maxsize=1)
def _covered() -> frozenset[int]:
    register_fonts()
    regular = pdfmetrics.getFont(REGULAR).face.charToGlyph
    bold = pdfmetrics.getFont(BOLD).face.charToGlyph
    return frozenset(set(regular) & set(bold))


@lru_cache(maxsize=1)
def _ascii_covered() -> bool:
    covered = _covered()
    return all(code in covered for code in range(0x20, 0x7F))


def char_label(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return f"[{name}]" if name else f"[U+{ord(ch):04X}]"


def printable(text: str) -> str:
    """`text` with every character the font lacks replaced by its name. Invisible format
    characters (emoji variation selectors, zero-width joiners) are left out: they only steer
    how the character before them is drawn."""
    if text.isascii() and text.isprintable() and _ascii_covered():
        return text  # most text: checked in C, not character by character
    covered = _covered()
    if all(ord(ch) in covered or ch in "\n\r\t" for ch in text):
        return text
    out = []
    for ch in text:
        if ord(ch) in covered or ch in "\n\r\t":
            out.append(ch)
        elif unicodedata.category(ch) == "Cf":
            continue
        elif unicodedata.category(ch) == "Cc":
            out.append(" ")
        else:
            out.append(char_label(ch))
    return "".join(out)
