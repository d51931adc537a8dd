"""Numbers, money, percentages and dates in Indonesian form (`31,9%`, `Rp1.250.000`,
`23 November 2026`), via Babel. Pure Python: used by CLI, reports and UI alike."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from babel.dates import format_date as _babel_date
from babel.numbers import format_decimal
from babel.numbers import format_percent as _babel_percent

from labinovasi.i18n import current_language

NUMBER_LOCALE = "id"  # numbers and money stay Indonesian whatever the UI language


def format_number(value: int | float) -> str:
    return format_decimal(value, locale=NUMBER_LOCALE)


def format_percent(part: int, whole: int) -> str:
    """31,9% for 15 of 47; 0% for nothing of nothing."""
    ratio = part / whole if whole else 0
    return _babel_percent(ratio, "#,##0.0%", locale=NUMBER_LOCALE).replace(",0%", "%")


def format_rupiah(amount: int | None) -> str:
    return "" if amount is None else f"Rp{format_decimal(amount, locale=NUMBER_LOCALE)}"


def parse_rupiah(text: str) -> int | None:
    """'Rp1.250.000', '1.250.000', '1250000' → 1250000; blank → None."""
    digits = "".join(ch for ch in text.split(",")[0] if ch.isdigit())
    return int(digits) if digits else None


def format_date(value: date | None) -> str:
    if value is None:
        return ""
    return _babel_date(value, "d MMMM y", locale=current_language())


def format_date_range(start: date | None, end: date | None) -> str:
    if start and end and end != start:
        return f"{format_date(start)} – {format_date(end)}"
    return format_date(start or end)


def format_score(value: float | Decimal, places: int = 2) -> str:
    """An index or score with a fixed number of decimals: 58,09; 65,01; 0,38."""
    pattern = "#,##0." + "0" * places if places else "#,##0"
    return format_decimal(value, pattern, locale=NUMBER_LOCALE, decimal_quantization=True)
