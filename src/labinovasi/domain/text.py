"""Typed text as it is stored: trimmed, control characters gone, bounded. Below rules.py and
innovations.py, which both check text (rules.py re-exports these names)."""

from __future__ import annotations

import re

from labinovasi.domain.errors import BadInput
from labinovasi.domain.limits import MAX_TEXT_LENGTH
from labinovasi.i18n import _

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(value: str | None) -> str:
    """Trim, and drop control characters a paste can carry; keep everything else as typed."""
    return _CONTROL.sub("", value or "").strip()


def check_text(value: str | None, label: str = "") -> str:
    """Typed text as stored (clean_text), or BadInput when it is longer than MAX_TEXT_LENGTH."""
    text = clean_text(value)
    if len(text) > MAX_TEXT_LENGTH:
        raise BadInput(
            _("{field}: teks terlalu panjang (lebih dari {n} karakter).").format(
                field=label or _("Teks"), n=f"{MAX_TEXT_LENGTH:,}".replace(",", ".")
            )
        )
    return text
