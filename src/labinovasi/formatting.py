"""Numbers, money, percentages and dates in the current language's form, Indonesian by default
(`31,9%`, `Rp1.250.000`, `23–26 November 2026`; English `31.9%`). Pure Python: used by CLI,
reports and UI alike. Dates come from Babel (CLDR month names). Numbers are written here from
the two languages' CLDR signs: loading Babel costs about 8 MB of memory, and the board shows
numbers at start-up; tests/test_formatting.py checks these against Babel's own output."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal

from labinovasi.domain.rules import progress_text
from labinovasi.i18n import _, current_language

# Grouping and decimal signs (CLDR "id" and "en"): 1.250.000,5 and 1,250,000.5.
NUMBER_SIGNS = {"id": (".", ","), "en": (",", ".")}


def number_locale() -> str:
    """The locale of the current language: an English screen shows 13.3%, not 13,3%."""
    return current_language()


def _decimal(value: int | float | Decimal, places: int, keep_zeros: bool) -> str:
    """`value` rounded half-even to `places` decimals, grouped, in the language's signs
    (Babel's "#,##0.###" without `keep_zeros`, "#,##0.00" with it)."""
    number = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    number = number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_EVEN)
    whole, _point, fraction = f"{abs(number):,.{places}f}".partition(".")
    if not keep_zeros:
        fraction = fraction.rstrip("0")
    group, point = NUMBER_SIGNS[number_locale()]
    sign = "-" if number < 0 else ""
    return sign + whole.replace(",", group) + (point + fraction if fraction else "")


def format_number(value: int | float) -> str:
    return _decimal(value, 3, keep_zeros=False)


def format_percent(part: int, whole: int) -> str:
    """31,9% for 15 of 47 (31.9% in English); 0% for nothing of nothing."""
    ratio = Decimal(str(part / whole)) if whole else Decimal(0)
    return _decimal(ratio * 100, 1, keep_zeros=False) + "%"


def format_rupiah(amount: int | None) -> str:
    return "" if amount is None else f"Rp{format_number(amount)}"


def parse_rupiah(text: str) -> int | None:
    """'Rp1.250.000', '1.250.000', '1250000' (English 'Rp1,250,000') → 1250000; blank → None.
    Cents after the language's decimal sign are dropped."""
    point = NUMBER_SIGNS[number_locale()][1]
    digits = "".join(ch for ch in text.split(point)[0] if ch.isdigit())
    return int(digits) if digits else None


def format_progress(counted: int, minimum: int) -> str:
    """An OPD's ideas against the minimum, as screens show it: "3 dari 5" while short or just
    there, "6 gagasan (minimal 5) ✓" above it (never "6 dari 5")."""
    if counted > minimum:
        return _("{counted} gagasan (minimal {minimum}) ✓").format(counted=counted, minimum=minimum)
    return progress_text(counted, minimum)


def _babel_date(value: date, pattern: str) -> str:
    from babel.dates import format_date as babel_format_date

    return babel_format_date(value, pattern, locale=current_language())


def format_date(value: date | None) -> str:
    if value is None:
        return ""
    return _babel_date(value, "d MMMM y")


def format_date_range(start: date | None, end: date | None) -> str:
    """23–26 November 2026; 30 November – 2 Desember 2026; across years both dates whole."""
    if not (start and end) or end == start:
        return format_date(start or end)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{format_date(end)}"
    if start.year == end.year:
        return f"{_babel_date(start, 'd MMMM')} – {format_date(end)}"
    return f"{format_date(start)} – {format_date(end)}"


def format_score(value: float | Decimal, places: int = 2) -> str:
    """An index or score with a fixed number of decimals: 58,09; 65,01; 0,38."""
    return _decimal(value, places, keep_zeros=True)
