"""The Indeks Inovasi Daerah (IGA): yearly rule files, the index estimate and what-if sums."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from labinovasi.domain.errors import BadInput
from labinovasi.i18n import _

ASPECT_SPD = "SPD"  # region-level, answered once per pemda per year
ASPECT_SID = "SID"  # per innovation
PARAMETER_RANGE = (1, 3)


@dataclass(frozen=True)
class Indicator:
    no: str  # "1", "2a", … "15" (SPD) and "16" … "35" (SID), as the national form numbers them
    aspect: str
    name: str
    weight: Decimal
    mandatory: bool
    parameters: tuple[str, ...]
    evidence: str = ""
    file_types: tuple[str, ...] = ()
    variable: str = ""
    source: str = ""
    note: str = ""

    @property
    def max_score(self) -> Decimal:
        return self.weight * PARAMETER_RANGE[1]

    @property
    def label(self) -> str:
        return f"{self.no}. {self.name}"


@dataclass(frozen=True)
class Predikat:
    name: str
    min: Decimal


@dataclass(frozen=True)
class IgaRules:
    year: int
    source: str
    max_total: Decimal
    divisor_min: int
    per_innovation: Decimal
    max_innovations: int
    yandas_affairs: tuple[str, ...]
    min_covered: int
    predikat: tuple[Predikat, ...]  # descending by min
    indicators: tuple[Indicator, ...]
    eligibility_from: date | None = None
    eligibility_to: date | None = None
    rancang_bangun_min_words: int = 300
    path: str = ""
    raw: dict = field(default_factory=dict, compare=False, repr=False)

    def indicator(self, no: str) -> Indicator | None:
        key = normalize_no(no)
        return next((item for item in self.indicators if item.no == key), None)

    @property
    def spd_indicators(self) -> tuple[Indicator, ...]:
        return tuple(item for item in self.indicators if item.aspect == ASPECT_SPD)

    @property
    def sid_indicators(self) -> tuple[Indicator, ...]:
        return tuple(item for item in self.indicators if item.aspect == ASPECT_SID)

    @property
    def max_spd(self) -> Decimal:
        return sum((item.max_score for item in self.spd_indicators), Decimal(0))

    @property
    def max_sid(self) -> Decimal:
        return sum((item.max_score for item in self.sid_indicators), Decimal(0))

    def predikat_for(self, index: Decimal | float) -> str:
        value = Decimal(str(index))
        for entry in self.predikat:
            if entry.min <= value:
                return entry.name
        return self.predikat[-1].name

    def is_yandas(self, affair: str) -> str | None:
        """The yandas affair as named in the rule file, or None (matched case-insensitively)."""
        key = _fold(affair)
        return next((name for name in self.yandas_affairs if _fold(name) == key), None)


def normalize_no(no: object) -> str:
    """"16", " 2A ", 16 → the indicator number as rule files write it ("16", "2a")."""
    text = str(no).strip().lower().replace(" ", "")
    if text.endswith(".0"):  # a number read from a spreadsheet cell
        text = text[:-2]
    return text


def _fold(text: str) -> str:
    return " ".join(str(text).split()).casefold()


# --- loading --------------------------------------------------------------------------------


def rules_dir() -> Path:
    from labinovasi.resources import get_asset

    return get_asset("rules")


def available_years() -> list[int]:
    years = []
    for path in rules_dir().glob("iga-*.json"):
        stem = path.stem.removeprefix("iga-")
        if stem.isdigit():
            years.append(int(stem))
    return sorted(years)


def rules_for_year(year: int | None = None) -> IgaRules:
    """The shipped rule file of that assessment year (the latest shipped year when None)."""
    years = available_years()
    if not years:
        raise BadInput(_("Tidak ada berkas aturan IGA yang terpasang."))
    if year is None:
        year = years[-1]
    if year not in years:
        raise BadInput(_("Tidak ada aturan IGA untuk tahun {year} (tersedia: {years}).").format(
            year=year, years=", ".join(str(y) for y in years)))
    return load_rules(rules_dir() / f"iga-{year}.json")


def load_rules(path: str | Path) -> IgaRules:
    """Read and check one rule file; every problem is named, with nothing guessed."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise BadInput(_("Berkas aturan IGA tidak dapat dibaca: {path} ({error})").format(
            path=path, error=error.strerror or error)) from error
    try:
        data = json.loads(text, parse_float=Decimal)
    except json.JSONDecodeError as error:
        raise BadInput(_("Berkas aturan IGA bukan JSON yang sah: {path}, baris {line}").format(
            path=path, line=error.lineno)) from error
    return parse_rules(data, str(path))


def parse_rules(data: object, origin: str = "") -> IgaRules:
    problems: list[str] = []
    if not isinstance(data, dict):
        raise BadInput(_("Berkas aturan IGA harus berisi satu objek JSON: {path}").format(
            path=origin))

    def number(obj: dict, key: str, where: str, integer: bool = False,
               minimum: Decimal | int = 0) -> Decimal:
        value = obj.get(key)
        if isinstance(value, bool) or not isinstance(value, int | Decimal):
            problems.append(_("{where}: '{key}' harus berupa angka").format(where=where, key=key))
            return Decimal(0)
        value = Decimal(value)
        if integer and value != value.to_integral_value():
            problems.append(_("{where}: '{key}' harus bilangan bulat").format(
                where=where, key=key))
        if value < minimum:
            problems.append(_("{where}: '{key}' tidak boleh kurang dari {minimum}").format(
                where=where, key=key, minimum=minimum))
        return value

    def section(key: str) -> dict:
        value = data.get(key)
        if not isinstance(value, dict):
            problems.append(_("'{key}' harus berupa objek").format(key=key))
            return {}
        return value

    year = number(data, "year", _("aturan"), integer=True, minimum=2000)
    source = data.get("source")
    if not isinstance(source, str) or not source.strip():
        problems.append(_("aturan: 'source' (sumber) wajib diisi"))
    max_total = number(data, "max_total", _("aturan"), minimum=Decimal("0.01"))
    divisor_min = number(data, "divisor_min", _("aturan"), integer=True, minimum=1)
    count = section("count_score")
    per_innovation = number(count, "per_innovation", "count_score")
    max_innovations = number(count, "max_innovations", "count_score", integer=True)
    yandas = section("yandas")
    affairs = yandas.get("affairs")
    if not isinstance(affairs, list) or not all(isinstance(a, str) and a.strip()
                                                for a in affairs):
        problems.append(_("yandas: 'affairs' harus berupa daftar nama urusan"))
        affairs = []
    min_covered = number(yandas, "min_covered", "yandas", integer=True)
    if affairs and min_covered > len(affairs):
        problems.append(_("yandas: 'min_covered' lebih besar dari jumlah urusan"))

    predikat: list[Predikat] = []
    raw_predikat = data.get("predikat")
    if not isinstance(raw_predikat, list) or not raw_predikat:
        problems.append(_("'predikat' harus berupa daftar yang tidak kosong"))
        raw_predikat = []
    for position, entry in enumerate(raw_predikat, start=1):
        where = _("predikat ke-{n}").format(n=position)
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            problems.append(_("{where}: perlu 'name' dan 'min'").format(where=where))
            continue
        predikat.append(Predikat(entry["name"], number(entry, "min", where)))
    predikat.sort(key=lambda p: p.min, reverse=True)
    if predikat and predikat[-1].min != 0:
        problems.append(_("predikat: harus ada satu predikat dengan 'min' 0"))

    indicators: list[Indicator] = []
    raw_indicators = data.get("indicators")
    if not isinstance(raw_indicators, list) or not raw_indicators:
        problems.append(_("'indicators' harus berupa daftar yang tidak kosong"))
        raw_indicators = []
    seen: set[str] = set()
    for position, entry in enumerate(raw_indicators, start=1):
        where = _("indikator ke-{n}").format(n=position)
        if not isinstance(entry, dict):
            problems.append(_("{where}: harus berupa objek").format(where=where))
            continue
        no = normalize_no(entry.get("no", ""))
        if not no:
            problems.append(_("{where}: 'no' wajib diisi").format(where=where))
            continue
        where = _("indikator {no}").format(no=no)
        if no in seen:
            problems.append(_("{where}: nomor ganda").format(where=where))
        seen.add(no)
        aspect = entry.get("aspect")
        if aspect not in (ASPECT_SPD, ASPECT_SID):
            problems.append(_("{where}: 'aspect' harus \"SPD\" atau \"SID\"").format(where=where))
        name = entry.get("name")
        if not isinstance(name, str) or not name.strip():
            problems.append(_("{where}: 'name' wajib diisi").format(where=where))
            name = ""
        weight = number(entry, "weight", where, minimum=Decimal("0.01"))
        parameters = entry.get("parameters")
        if (not isinstance(parameters, list) or len(parameters) != PARAMETER_RANGE[1]
                or not all(isinstance(p, str) and p.strip() for p in parameters)):
            problems.append(_("{where}: 'parameters' harus berisi tepat 3 teks").format(
                where=where))
            parameters = []
        mandatory = entry.get("mandatory", False)
        if not isinstance(mandatory, bool):
            problems.append(_("{where}: 'mandatory' harus true atau false").format(where=where))
        file_types = entry.get("file_types", [])
        if not isinstance(file_types, list) or not all(isinstance(t, str) for t in file_types):
            problems.append(_("{where}: 'file_types' harus berupa daftar teks").format(
                where=where))
            file_types = []
        indicators.append(Indicator(
            no=no, aspect=str(aspect), name=name.strip(), weight=weight,
            mandatory=bool(mandatory), parameters=tuple(parameters),
            evidence=str(entry.get("evidence", "")), file_types=tuple(file_types),
            variable=str(entry.get("variable", "")), source=str(entry.get("source", "")),
            note=str(entry.get("note", ""))))

    eligibility_from = eligibility_to = None
    window = data.get("eligibility")
    if window is not None:
        if not isinstance(window, dict):
            problems.append(_("'eligibility' harus berupa objek dengan 'from' dan 'to'"))
        else:
            eligibility_from = _date(window.get("from"), "eligibility.from", problems)
            eligibility_to = _date(window.get("to"), "eligibility.to", problems)
    min_words = data.get("rancang_bangun_min_words", 300)
    if isinstance(min_words, bool) or not isinstance(min_words, int) or min_words < 0:
        problems.append(_("'rancang_bangun_min_words' harus bilangan bulat"))
        min_words = 300

    if problems:
        raise BadInput(_("Berkas aturan IGA tidak sah: {path}").format(path=origin), problems)
    return IgaRules(
        year=int(year), source=str(source).strip(), max_total=max_total,
        divisor_min=int(divisor_min), per_innovation=per_innovation,
        max_innovations=int(max_innovations), yandas_affairs=tuple(a.strip() for a in affairs),
        min_covered=int(min_covered), predikat=tuple(predikat), indicators=tuple(indicators),
        eligibility_from=eligibility_from, eligibility_to=eligibility_to,
        rancang_bangun_min_words=int(min_words), path=origin, raw=data)


def _date(value: object, key: str, problems: list[str]) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        problems.append(_("'{key}' harus tanggal YYYY-MM-DD").format(key=key))
        return None
