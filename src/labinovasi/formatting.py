"""Numbers, money, percentages and dates in the current language's form, Indonesian by default
(`31,9%`, `Rp1.250.000`, `23–26 November 2026`; English `31.9%`), via Babel. Pure Python: used
by CLI, reports and UI alike."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from babel.dates import format_date as _babel_date
from babel.numbers import format_decimal, get_decimal_symbol
from babel.numbers import format_percent as _babel_percent

from labinovasi.domain.rules import progress_text
from labinovasi.i18n import _, current_language


def number_locale() -> str:
    """The Babel locale of the current language: an English screen shows 13.3%, not 13,3%."""
    return current_language()


def format_number(value: int | float) -> str:
    return format_decimal(value, locale=number_locale())


def format_percent(part: int, whole: int) -> str:
    """31,9% for 15 of 47 (31.9% in English); 0% for nothing of nothing."""
    ratio = part / whole if whole else 0
    text = _babel_percent(ratio, "#,##0.0%", locale=number_locale())
    return text.replace(",0%", "%").replace(".0%", "%")


def format_rupiah(amount: int | None) -> str:
    return "" if amount is None else f"Rp{format_decimal(amount, locale=number_locale())}"


def parse_rupiah(text: str) -> int | None:
    """'Rp1.250.000', '1.250.000', '1250000' (English 'Rp1,250,000') → 1250000; blank → None.
    Cents after the language's decimal sign are dropped."""
    digits = "".join(
        ch for ch in text.split(get_decimal_symbol(number_locale()))[0] if ch.isdigit()
    )
    return int(digits) if digits else None


def format_progress(counted: int, minimum: int) -> str:
    """An OPD's ideas against the minimum, as screens show it: "3 dari 5" while short or just
    there, "6 gagasan (minimal 5) ✓" above it (never "6 dari 5")."""
    if counted > minimum:
        return _("{counted} gagasan (minimal {minimum}) ✓").format(counted=counted, minimum=minimum)
    return progress_text(counted, minimum)


def format_date(value: date | None) -> str:
    if value is None:
        return ""
    return _babel_date(value, "d MMMM y", locale=current_language())


def format_date_range(start: date | None, end: date | None) -> str:
    """23–26 November 2026; 30 November – 2 Desember 2026; across years both dates whole."""
    if not (start and end) or end == start:
        return format_date(start or end)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{format_date(end)}"
    if start.year == end.year:
        return f"{_babel_date(start, 'd MMMM', locale=current_language())} – {format_date(end)}"
    return f"{format_date(start)} – {format_date(end)}"


def format_score(value: float | Decimal, places: int = 2) -> str:
    """An index or score with a fixed number of decimals: 58,09; 65,01; 0,38."""
    pattern = "#,##0." + "0" * places if places else "#,##0"
    return format_decimal(value, pattern, locale=number_locale(), decimal_quantization=True)
