"""The Indeks Inovasi Daerah (IGA): yearly rule files, the index estimate and what-if sums."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from labinovasi.domain.errors import BadInput
from labinovasi.domain.evidence import HAND_CHECKS
from labinovasi.domain.limits import MAX_EVIDENCE_BYTES
from labinovasi.domain.lists import find_choice, normalise_name
from labinovasi.formatting import format_date, format_score
from labinovasi.i18n import _

ASPECT_SPD = "SPD"  # region-level, answered once per pemda per year
ASPECT_SID = "SID"  # per innovation
PARAMETER_RANGE = (1, 3)
MEGABYTE = 1024 * 1024
HAND_CHECK_KEYS = tuple(HAND_CHECKS)  # the ticks an officer makes on a document
# The most a rule file may allow per evidence file: what the workshop can carry inside it.
MAX_EVIDENCE_MB = Decimal(MAX_EVIDENCE_BYTES) / MEGABYTE


@dataclass(frozen=True)
class Basis:
    """One way of measuring an indicator (33, kemanfaatan: persons, % of target units, …),
    each with its own parameter texts; the officer chooses one per answer."""

    key: str
    name: str
    parameters: tuple[str, ...]


# How an SPD indicator's parameter follows from two years' figures (T1 the earlier, T2 the
# later), as the portal derives it: the growth in %, the rise, the fall, or the later value.
FORMULAS = ("growth", "increase", "decrease", "value")


@dataclass(frozen=True)
class Derivation:
    formula: str  # one of FORMULAS
    low: Decimal  # parameter 1 at or beyond this (below it when higher is better)
    high: Decimal  # parameter 3 at or beyond this
    higher_is_better: bool = True

    def value(self, t1: Decimal | None, t2: Decimal) -> Decimal:
        if self.formula == "value":
            return t2
        if t1 is None:
            raise BadInput(_("Angka tahun sebelumnya (T1) wajib diisi."))
        if self.formula == "growth":
            if t1 == 0:
                raise BadInput(_("Pertumbuhan tidak dapat dihitung dari angka T1 nol."))
            return (t2 - t1) / t1 * 100
        return t2 - t1 if self.formula == "increase" else t1 - t2

    def parameter(self, t1: Decimal | None, t2: Decimal) -> int:
        """1, 2 or 3 from the figures, the bounds as the parameter texts write them."""
        value = self.value(t1, t2)
        if self.higher_is_better:
            return 3 if value >= self.high else 1 if value <= self.low else 2
        return 3 if value <= self.high else 1 if value >= self.low else 2


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
    max_mb: Decimal | None = None  # per-file limit of this indicator's evidence (None: default)
    variable: str = ""
    source: str = ""
    note: str = ""
    # The hand checks an officer makes on this indicator's documents (keys of
    # domain.evidence.HAND_CHECKS): a budget page is highlighted, an SK signed and naming the
    # innovation; a photo or BPS figure needs none. A rule file without it asks all three.
    hand_checks: tuple[str, ...] = HAND_CHECK_KEYS
    bases: tuple[Basis, ...] = ()
    derive: Derivation | None = None

    @property
    def top(self) -> int:
        """The highest parameter (3; 2 where a year's table has two)."""
        return len(self.parameters) or PARAMETER_RANGE[1]

    @property
    def max_score(self) -> Decimal:
        return self.weight * self.top

    def parameters_for(self, basis: str = "") -> tuple[str, ...]:
        """The parameter texts of the chosen measurement basis (the indicator's own without)."""
        chosen = next((b for b in self.bases if b.key == basis), None)
        return chosen.parameters if chosen else self.parameters

    @property
    def label(self) -> str:
        return f"{self.no}. {self.name}"


COORDINATES = "coordinates"  # a YearField format: "latitude, longitude" in degrees
YEAR_FIELD_FORMATS = ("", COORDINATES)


@dataclass(frozen=True)
class YearField:
    """A profile field one year's national form asks (klasifikasi, Asta Cita, PKPN, koordinat,
    tematik): its allowed values, read from that year's rule file ("profile_fields")."""

    key: str  # the profile field (domain/profile.py, declared with per_year=True)
    choices: tuple[str, ...] = ()  # allowed values; none: any text (in `format`)
    open: bool = False  # with choices: other text is accepted too (the list is not complete)
    format: str = ""  # one of YEAR_FIELD_FORMATS
    uncertain: bool = False  # the list's source is not the portal itself: said in the form
    note: str = ""


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
    # An innovation older than the window still counts when its waktu pengembangan (latest
    # development) falls in the window ("eligibility": {"development_date": true}).
    development_counts: bool = False
    evidence_max_mb: Decimal | None = None  # default per-file limit of the indicators
    rancang_bangun_min_words: int = 300
    # tahapan ("inisiatif", "uji coba", "penerapan") -> profile fields it needs filled
    profile_required: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False)
    path: str = ""
    raw: dict = field(default_factory=dict, compare=False, repr=False)
    # False for a prognosis (a year whose numbers are not yet published): said wherever used.
    official: bool = True
    status: str = ""  # what the file is, e.g. "prognosis, belum resmi"
    # Indicators whose documents may be dated in the assessment year itself (T-0).
    t0_indicators: tuple[str, ...] = ()
    portal_max_mb: Decimal | None = None  # the portal's per-upload limit (warned, not refused)
    # The per-year profile fields this year's form asks, by key (a year without one hides it).
    profile_fields: dict[str, YearField] = field(default_factory=dict, compare=False)

    def evidence_window(self, no: str | None = None) -> tuple[date | None, date | None]:
        """The dates indicator `no`'s documents may carry: the eligibility window, and for a
        T-0 indicator (the SK of the year of penerapan…) up to the end of the assessment year."""
        last = self.eligibility_to
        if no is not None and normalize_no(no) in self.t0_indicators and last is not None:
            last = max(last, date(self.year, 12, 31))
        return (self.eligibility_from, last)

    @property
    def file_name(self) -> str:
        return Path(self.path).name if self.path else f"iga-{self.year}.json"

    def indicator(self, no: str) -> Indicator | None:
        key = normalize_no(no)
        return next((item for item in self.indicators if item.no == key), None)

    def evidence_max_bytes(self, no: str | None = None) -> int:
        """The largest evidence file indicator `no` takes: its own `max_mb`, else the file's
        `evidence_max_mb`, else what the workshop can carry (MAX_EVIDENCE_BYTES)."""
        item = self.indicator(no) if no is not None else None
        limit = (item.max_mb if item is not None else None) or self.evidence_max_mb
        if limit is None:
            return MAX_EVIDENCE_BYTES
        return min(int(limit * MEGABYTE), MAX_EVIDENCE_BYTES)

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
        """The yandas affair as named in the rule file, or None. Names match as the lists match
        them (case, serial comma, Ketentraman/Ketenteraman…), or by the urusan they name."""
        key = _affair_key(affair)
        return next((name for name in self.yandas_affairs if _affair_key(name) == key), None)


def normalize_no(no: object) -> str:
    """ "16", " 2A ", 16 → the indicator number as rule files write it ("16", "2a")."""
    text = str(no).strip().lower().replace(" ", "")
    if text.endswith(".0"):  # a number read from a spreadsheet cell
        text = text[:-2]
    return text


def form_number(rules: IgaRules, no: str) -> str:
    """The national form's per-innovation number of SID indicator `no` (16 → 1 … 35 → 20);
    "" for a region (SPD) indicator or one the year does not have."""
    indicator = rules.indicator(no)
    key = normalize_no(no)
    if indicator is None or indicator.aspect != ASPECT_SID or not key.isdigit():
        return ""
    first = min(int(i.no) for i in rules.sid_indicators if i.no.isdigit())
    return str(int(key) - first + 1)


def stage_key(stage: str) -> str:
    """ "uji-coba", "Uji Coba" → "uji coba": tahapan as rule files write it."""
    return " ".join(str(stage or "").replace("-", " ").split()).casefold()


def _fold(text: str) -> str:
    return " ".join(str(text).split()).casefold()


def _affair_key(name: str) -> str:
    choice = find_choice("urusan", name) if name else None
    return choice.key if choice else normalise_name(name)


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


def official_years() -> list[int]:
    """The shipped years whose numbers are published (a prognosis file is left out)."""
    return [year for year in available_years() if _is_official(rules_dir() / f"iga-{year}.json")]


def _is_official(path: Path) -> bool:
    try:
        return json.loads(path.read_text(encoding="utf-8")).get("official", True) is not False
    except (OSError, ValueError, AttributeError):
        return True  # load_rules names the problem when the file is used


def rules_for_year(year: int | None = None) -> IgaRules:
    """The shipped rule file of that assessment year (the latest official year when None)."""
    years = available_years()
    if not years:
        raise BadInput(_("Tidak ada berkas aturan IGA yang terpasang."))
    if year is None:
        year = (official_years() or years)[-1]
    if year not in years:
        raise BadInput(
            _("Tidak ada aturan IGA untuk tahun {year} (tersedia: {years}).").format(
                year=year, years=", ".join(str(y) for y in years)
            )
        )
    return load_rules(rules_dir() / f"iga-{year}.json")


def load_rules(path: str | Path) -> IgaRules:
    """Read and check one rule file; every problem is named, with nothing guessed."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise BadInput(
            _("Berkas aturan IGA tidak dapat dibaca: {path} ({error})").format(
                path=path, error=error.strerror or error
            )
        ) from error
    try:
        data = json.loads(text, parse_float=Decimal)
    except json.JSONDecodeError as error:
        raise BadInput(
            _("Berkas aturan IGA bukan JSON yang sah: {path}, baris {line}").format(
                path=path, line=error.lineno
            )
        ) from error
    return parse_rules(data, str(path))


def parse_rules(data: object, origin: str = "") -> IgaRules:
    problems: list[str] = []
    if not isinstance(data, dict):
        raise BadInput(
            _("Berkas aturan IGA harus berisi satu objek JSON: {path}").format(path=origin)
        )

    def number(
        obj: dict, key: str, where: str, integer: bool = False, minimum: Decimal | int = 0
    ) -> Decimal:
        value = obj.get(key)
        if isinstance(value, bool) or not isinstance(value, int | Decimal):
            problems.append(_("{where}: '{key}' harus berupa angka").format(where=where, key=key))
            return Decimal(0)
        value = Decimal(value)
        if integer and value != value.to_integral_value():
            problems.append(_("{where}: '{key}' harus bilangan bulat").format(where=where, key=key))
        if value < minimum:
            problems.append(
                _("{where}: '{key}' tidak boleh kurang dari {minimum}").format(
                    where=where, key=key, minimum=minimum
                )
            )
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
    if not isinstance(affairs, list) or not all(isinstance(a, str) and a.strip() for a in affairs):
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
            problems.append(_('{where}: \'aspect\' harus "SPD" atau "SID"').format(where=where))
        name = entry.get("name")
        if not isinstance(name, str) or not name.strip():
            problems.append(_("{where}: 'name' wajib diisi").format(where=where))
            name = ""
        weight = number(entry, "weight", where, minimum=Decimal("0.01"))
        parameters = entry.get("parameters")
        if (
            not isinstance(parameters, list)
            or not 2 <= len(parameters) <= PARAMETER_RANGE[1]
            or not all(isinstance(p, str) and p.strip() for p in parameters)
        ):
            problems.append(
                _("{where}: 'parameters' harus berisi 2 atau 3 teks").format(where=where)
            )
            parameters = []
        bases = _bases(entry.get("bases", []), len(parameters), where, problems)
        derive = _derivation(entry.get("derive"), where, problems)
        mandatory = entry.get("mandatory", False)
        if not isinstance(mandatory, bool):
            problems.append(_("{where}: 'mandatory' harus true atau false").format(where=where))
        file_types = entry.get("file_types", [])
        if not isinstance(file_types, list) or not all(isinstance(t, str) for t in file_types):
            problems.append(_("{where}: 'file_types' harus berupa daftar teks").format(where=where))
            file_types = []
        max_mb = _megabytes(entry, "max_mb", where, problems)
        hand_checks = entry.get("hand_checks", list(Indicator.hand_checks))
        if not isinstance(hand_checks, list) or not set(hand_checks) <= set(HAND_CHECK_KEYS):
            problems.append(
                _("{where}: 'hand_checks' harus daftar dari: {keys}").format(
                    where=where, keys=", ".join(HAND_CHECK_KEYS)
                )
            )
            hand_checks = list(Indicator.hand_checks)
        indicators.append(
            Indicator(
                no=no,
                aspect=str(aspect),
                name=name.strip(),
                weight=weight,
                mandatory=bool(mandatory),
                parameters=tuple(parameters),
                evidence=str(entry.get("evidence", "")),
                file_types=tuple(file_types),
                max_mb=max_mb,
                variable=str(entry.get("variable", "")),
                source=str(entry.get("source", "")),
                note=str(entry.get("note", "")),
                hand_checks=tuple(k for k in HAND_CHECK_KEYS if k in hand_checks),
                bases=bases,
                derive=derive,
            )
        )

    eligibility_from = eligibility_to = None
    development_counts = False
    window = data.get("eligibility")
    if window is not None:
        if not isinstance(window, dict):
            problems.append(_("'eligibility' harus berupa objek dengan 'from' dan 'to'"))
        else:
            eligibility_from = _date(window.get("from"), "eligibility.from", problems)
            eligibility_to = _date(window.get("to"), "eligibility.to", problems)
            development_counts = window.get("development_date", False)
            if not isinstance(development_counts, bool):
                problems.append(_("'eligibility.development_date' harus true atau false"))
                development_counts = False
    evidence_max_mb = _megabytes(data, "evidence_max_mb", _("aturan"), problems)
    min_words = data.get("rancang_bangun_min_words", 300)
    if isinstance(min_words, bool) or not isinstance(min_words, int) or min_words < 0:
        problems.append(_("'rancang_bangun_min_words' harus bilangan bulat"))
        min_words = 300

    profile_required: dict[str, tuple[str, ...]] = {}
    raw_profile = data.get("profile_required", {})
    if not isinstance(raw_profile, dict) or not all(
        isinstance(v, list) and all(isinstance(f, str) for f in v) for v in raw_profile.values()
    ):
        problems.append(_("'profile_required' harus berupa objek tahapan → daftar isian"))
    else:
        profile_required = {stage_key(k): tuple(v) for k, v in raw_profile.items()}

    official = data.get("official", True)
    if not isinstance(official, bool):
        problems.append(_("'official' harus true atau false"))
        official = True
    status = data.get("status", "")
    if not isinstance(status, str):
        problems.append(_("'status' harus berupa teks"))
        status = ""
    if not official and not status.strip():
        problems.append(_("aturan yang belum resmi ('official': false) perlu 'status'"))
    t0 = data.get("t0_indicators", [])
    if not isinstance(t0, list) or not all(isinstance(n, str | int) for n in t0):
        problems.append(_("'t0_indicators' harus berupa daftar nomor indikator"))
        t0 = []
    t0_indicators = tuple(normalize_no(n) for n in t0)
    unknown = [n for n in t0_indicators if n not in seen]
    if unknown:
        problems.append(
            _("'t0_indicators': indikator tidak dikenal: {numbers}").format(
                numbers=", ".join(unknown)
            )
        )
    portal_max_mb = _megabytes(data, "portal_max_mb", _("aturan"), problems)
    profile_fields = _year_fields(data.get("profile_fields", {}), problems)

    if problems:
        raise BadInput(_("Berkas aturan IGA tidak sah: {path}").format(path=origin), problems)
    return IgaRules(
        year=int(year),
        source=str(source).strip(),
        max_total=max_total,
        divisor_min=int(divisor_min),
        per_innovation=per_innovation,
        max_innovations=int(max_innovations),
        yandas_affairs=tuple(a.strip() for a in affairs),
        min_covered=int(min_covered),
        predikat=tuple(predikat),
        indicators=tuple(indicators),
        eligibility_from=eligibility_from,
        eligibility_to=eligibility_to,
        development_counts=development_counts,
        evidence_max_mb=evidence_max_mb,
        rancang_bangun_min_words=int(min_words),
        profile_required=profile_required,
        path=origin,
        raw=data,
        official=official,
        status=status.strip(),
        t0_indicators=t0_indicators,
        portal_max_mb=portal_max_mb,
        profile_fields=profile_fields,
    )


def _year_fields(raw: object, problems: list[str]) -> dict[str, YearField]:
    """ "profile_fields": {key: {"choices": [...], "open", "format", "uncertain", "note"}}, each
    key a per-year field of the profile."""
    from labinovasi.domain.profile import profile_field

    if not isinstance(raw, dict):
        problems.append(_("'profile_fields' harus berupa objek isian → daftar nilai"))
        return {}
    found = {}
    for key, entry in raw.items():
        where = f"profile_fields.{key}"
        declared = profile_field(key)
        if declared is None or not declared.per_year:
            problems.append(_("{where}: bukan isian profil per tahun").format(where=where))
            continue
        choices = entry.get("choices", []) if isinstance(entry, dict) else None
        if (
            not isinstance(entry, dict)
            or not isinstance(choices, list)
            or not all(isinstance(c, str) and c.strip() for c in choices)
            or entry.get("format", "") not in YEAR_FIELD_FORMATS
            or not isinstance(entry.get("open", False), bool)
            or not isinstance(entry.get("uncertain", False), bool)
        ):
            problems.append(
                _(
                    "{where}: perlu 'choices' (daftar teks), 'open' dan 'uncertain' (true/false), "
                    "'format' ({formats})"
                ).format(where=where, formats=", ".join(f for f in YEAR_FIELD_FORMATS if f))
            )
            continue
        found[key] = YearField(
            key,
            tuple(c.strip() for c in choices),
            bool(entry.get("open", False)),
            str(entry.get("format", "")),
            bool(entry.get("uncertain", False)),
            str(entry.get("note", "")),
        )
    return found


def check_year_value(rules: IgaRules, key: str, value: object) -> str:
    """A per-year profile field's value as stored, checked against the year's rule file: one
    of its choices (matched case- and space-insensitively, returned as the file writes it),
    any text where the list is open or absent, "lat, long" for coordinates. BadInput names the
    field, the year and the allowed values; a year that does not ask the field refuses a
    value."""
    from labinovasi.domain.profile import field_label

    text = " ".join(str(value or "").split())
    if not text:
        return ""
    asked = rules.profile_fields.get(key)
    label = field_label(key)
    if asked is None:
        raise BadInput(
            _("{field} tidak ditanyakan formulir IGA {year}.").format(field=label, year=rules.year)
        )
    if asked.format == COORDINATES:
        return _coordinates(text, label)
    if asked.choices:
        # "6" or "6." picks the choice numbered so ("6. Membangun dari desa …")
        number = _fold(text).rstrip(".") + ". "
        match = next(
            (c for c in asked.choices if _fold(c) in (_fold(text),) or _fold(c).startswith(number)),
            None,
        )
        if match is not None:
            return match
        if not asked.open:
            raise BadInput(
                _(
                    "{field} \u201c{value}\u201d tidak ada dalam daftar IGA {year}: {choices}"
                ).format(field=label, value=text, year=rules.year, choices="; ".join(asked.choices))
            )
    return text


def _coordinates(text: str, label: str) -> str:
    """ "-2.5320, 112.9480", "-2,5320; 112,9480", "-2.53 112.95": latitude then longitude; a
    lone "-2,53" is one number written with a decimal comma, not two."""
    parts = [p for p in re.split(r"\s*;\s*|\s*,\s+|\s+,\s*|\s+", text.strip()) if p]
    if len(parts) == 1 and parts[0].count(",") == 1 and all("." in p for p in parts[0].split(",")):
        parts = parts[0].split(",")
    try:
        numbers = [Decimal(p.replace(",", ".")) for p in parts]
    except ArithmeticError:
        numbers = []
    latitude, longitude = numbers if len(numbers) == 2 else (None, None)
    if (
        latitude is None
        or longitude is None
        or not (-90 <= latitude <= 90)
        or not (-180 <= longitude <= 180)
    ):
        raise BadInput(
            _(
                "{field} \u201c{value}\u201d tidak dikenali: tulis lintang, bujur dalam derajat, "
                "mis. -2.5320, 112.9480"
            ).format(field=label, value=text)
        )
    return f"{latitude}, {longitude}"


def check_budget_document(name: str, head: bytes) -> None:
    """The budget document beside the amount is a PDF (the portal takes the DPA/APBD pages as
    PDF): by its name and its first bytes."""
    if not name.lower().endswith(".pdf") or not head.startswith(b"%PDF-"):
        raise BadInput(
            _("Dokumen anggaran harus berkas PDF: {name}").format(name=name),
        )


def _bases(raw: object, count: int, where: str, problems: list[str]) -> tuple[Basis, ...]:
    """An indicator's measurement bases: each a key, a name and as many parameters as it has."""
    if not isinstance(raw, list):
        problems.append(_("{where}: 'bases' harus berupa daftar").format(where=where))
        return ()
    found = []
    for item in raw:
        ok = isinstance(item, dict) and all(
            isinstance(item.get(k), str) and item[k].strip() for k in ("key", "name")
        )
        parameters = item.get("parameters") if isinstance(item, dict) else None
        if not ok or not isinstance(parameters, list) or len(parameters) != count:
            problems.append(
                _("{where}: setiap 'bases' perlu 'key', 'name' dan {n} 'parameters'").format(
                    where=where, n=count
                )
            )
            continue
        found.append(Basis(item["key"], item["name"], tuple(str(p) for p in parameters)))
    return tuple(found)


def _derivation(raw: object, where: str, problems: list[str]) -> Derivation | None:
    if raw is None:
        return None
    bounds = raw.get("bounds") if isinstance(raw, dict) else None
    if (
        not isinstance(raw, dict)
        or raw.get("formula") not in FORMULAS
        or not isinstance(bounds, list)
        or len(bounds) != 2
        or not all(isinstance(b, int | Decimal) and not isinstance(b, bool) for b in bounds)
        or raw.get("better", "higher") not in ("higher", "lower")
    ):
        problems.append(
            _(
                "{where}: 'derive' perlu 'formula' ({formulas}), 'bounds' [dua angka] dan "
                "'better' (higher/lower)"
            ).format(where=where, formulas=", ".join(FORMULAS))
        )
        return None
    return Derivation(
        raw["formula"], Decimal(bounds[0]), Decimal(bounds[1]), raw.get("better") != "lower"
    )


def _megabytes(obj: dict, key: str, where: str, problems: list[str]) -> Decimal | None:
    """An optional per-file size limit in MB: above 0, at most what the workshop can carry."""
    if key not in obj:
        return None
    value = obj[key]
    if isinstance(value, bool) or not isinstance(value, int | Decimal) or value <= 0:
        problems.append(
            _("{where}: '{key}' harus angka megabita lebih dari 0").format(where=where, key=key)
        )
        return None
    if value > MAX_EVIDENCE_MB:
        problems.append(
            _(
                "{where}: '{key}' {value} MB melebihi batas yang dapat disimpan di lokakarya "
                "({limit} MB); berkas yang lebih besar dilampirkan sebagai tautan"
            ).format(where=where, key=key, value=_mb(value), limit=_mb(MAX_EVIDENCE_MB))
        )
        return None
    return Decimal(value)


def _mb(value: Decimal | int) -> str:
    return format(Decimal(value).normalize(), "f").replace(".", ",")


def _date(value: object, key: str, problems: list[str]) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        problems.append(_("'{key}' harus tanggal YYYY-MM-DD").format(key=key))
        return None


# --- the estimate ---------------------------------------------------------------------------

STATUS_WAITING = "menunggu"
STATUS_ACCEPTED = "diterima"
STATUS_REJECTED = "ditolak"
STATUS_REVISE = "perlu revisi"
STATUSES = (STATUS_WAITING, STATUS_ACCEPTED, STATUS_REJECTED, STATUS_REVISE)

BASIS_CLAIMED = "claimed"
BASIS_VERIFIED = "verified"
BASES = (BASIS_CLAIMED, BASIS_VERIFIED)

TWO_PLACES = Decimal("0.01")


@dataclass(frozen=True)
class Answer:
    """One indicator answered: the chosen parameter (1–3 or None), evidence items, status."""

    indicator: str
    parameter: int | None = None
    evidence_count: int = 0
    status: str = STATUS_WAITING


@dataclass(frozen=True)
class IgaInnovation:
    """An innovation as the index sees it; profile fields serve the "siap IGA" checklist."""

    id: str
    name: str
    opd: str  # the OPD's abbreviation (or name)
    main_affair: str = ""
    reported: bool = True  # False: "tidak dilaporkan" this year, outside the portfolio
    answers: tuple[Answer, ...] = ()
    stage: str = ""  # tahapan: inisiatif / uji coba / penerapan
    trial_date: date | None = None
    launch_date: date | None = None
    development_date: date | None = None  # waktu pengembangan: the latest development
    design_text: str = ""
    profile_missing: tuple[str, ...] = ()  # labels of required profile fields left empty
    opd_name: str = ""


@dataclass(frozen=True)
class Score:
    """One basis (klaim or terverifikasi) of the estimate; exact Decimals, index rounded."""

    spd: Decimal
    sid_total: Decimal
    divisor: int
    sid_average: Decimal
    yandas_covered: tuple[str, ...]
    count_score: Decimal
    total: Decimal
    index: Decimal  # rounded to 2 decimals
    predikat: str
    exact_index: Decimal = Decimal(0)
    # The predikat whose floor the exact index is within THRESHOLD_MARGIN of ("di batas"):
    # a small change of one answer, or another reading of the rounding, moves it across.
    at_threshold: str | None = None

    def to_json(self) -> dict:
        return {
            "spd": _float(self.spd),
            "sid_total": _float(self.sid_total),
            "divisor": self.divisor,
            "sid_average": _float(self.sid_average),
            "yandas_covered": list(self.yandas_covered),
            "count_score": _float(self.count_score),
            "total": _float(self.total),
            "index": _float(self.index),
            "predikat": self.predikat,
            "at_threshold": self.at_threshold,
        }


@dataclass(frozen=True)
class Estimate:
    year: int
    innovations: int
    claimed: Score
    verified: Score
    rules_file: str = ""
    official: bool = True
    reported: int = 0  # innovations reported this year, counted or not
    left_out: tuple[LeftOut, ...] = ()  # reported but outside the year's window, with why
    year_reason: str = ""  # why this year (proposed from the innovations' dates), "" if asked

    def basis(self, name: str) -> Score:
        return self.verified if name == BASIS_VERIFIED else self.claimed

    def to_json(self) -> dict:
        return {
            "year": self.year,
            "innovations": self.innovations,
            "claimed": self.claimed.to_json(),
            "verified": self.verified.to_json(),
            "rules_file": self.rules_file,
            "official": self.official,
            "reported": self.reported,
            "left_out": [item.to_json() for item in self.left_out],
            "year_reason": self.year_reason,
        }


def _float(value: Decimal) -> float:
    return float(value.quantize(TWO_PLACES, rounding=ROUND_HALF_UP))


def answer_score(rules: IgaRules, answer: Answer, basis: str, aspect: str) -> Decimal:
    """weight × parameter when the answer counts on that basis, else 0.

    Klaim: a parameter chosen and at least one evidence item; terverifikasi: also "diterima".
    An answer to an indicator of the other aspect or unknown to the year scores nothing.
    """
    indicator = rules.indicator(answer.indicator)
    if indicator is None or indicator.aspect != aspect:
        return Decimal(0)
    if answer.parameter is None or not PARAMETER_RANGE[0] <= answer.parameter <= indicator.top:
        return Decimal(0)
    if answer.evidence_count < 1:
        return Decimal(0)
    if basis == BASIS_VERIFIED and answer.status != STATUS_ACCEPTED:
        return Decimal(0)
    return indicator.weight * answer.parameter


def answers_score(
    rules: IgaRules, answers: tuple[Answer, ...] | list[Answer], basis: str, aspect: str
) -> Decimal:
    """Sum over indicators; should one indicator be answered twice, the better answer counts."""
    best: dict[str, Decimal] = {}
    for answer in answers:
        key = normalize_no(answer.indicator)
        best[key] = max(best.get(key, Decimal(0)), answer_score(rules, answer, basis, aspect))
    return sum(best.values(), Decimal(0))


def portfolio(innovations: list[IgaInnovation] | tuple[IgaInnovation, ...]) -> list[IgaInnovation]:
    """The year's portfolio: innovations not marked "tidak dilaporkan"."""
    return [item for item in innovations if item.reported]


# --- eligibility: which reported innovations the year's window lets count --------------------

STAGE_TRIAL = "uji coba"
STAGE_LAUNCH = "penerapan"

ELIGIBLE_IN_WINDOW = "in_window"  # the tahapan's date falls in the window
ELIGIBLE_BY_DEVELOPMENT = "development"  # older, but developed again within the window
ELIGIBLE_NO_DATE = "no_date"  # no date asked (inisiatif) or none given yet: the checklist asks
ELIGIBLE_NO_WINDOW = "no_window"  # the rule file sets no window
BEFORE_WINDOW = "before_window"
AFTER_WINDOW = "after_window"


@dataclass(frozen=True)
class Eligibility:
    """Whether one innovation counts in the year's index, and why (in the officer's words)."""

    eligible: bool
    key: str  # one of the ELIGIBLE_* / BEFORE_WINDOW / AFTER_WINDOW names above
    reason: str


def stage_date(item: IgaInnovation) -> tuple[date | None, str]:
    """The date its tahapan is judged by (waktu penerapan, waktu uji coba) and that date's
    name; (None, "") for an inisiatif."""
    stage = stage_key(item.stage)
    if stage == STAGE_LAUNCH:
        return item.launch_date, _("waktu penerapan")
    if stage == STAGE_TRIAL:
        return item.trial_date, _("waktu uji coba")
    return None, ""


def _in_window(rules: IgaRules, when: date) -> bool:
    low, high = rules.eligibility_from, rules.eligibility_to
    return not ((low and when < low) or (high and when > high))


def _window_text(rules: IgaRules) -> str:
    low, high = rules.eligibility_from, rules.eligibility_to
    return f"{format_date(low) if low else '…'}–{format_date(high) if high else '…'}"


def eligibility(rules: IgaRules, item: IgaInnovation) -> Eligibility:
    """The year's eligibility rule, in one place: an innovation counts when the date of its
    tahapan falls in the rule file's window; one older than the window counts when its waktu
    pengembangan falls in the window (where the rule file says so); one newer than the window
    is assessed in a later year. With no date yet it counts (the "siap IGA" checklist asks for
    the date); so does every innovation when the rule file sets no window."""
    if rules.eligibility_from is None and rules.eligibility_to is None:
        return Eligibility(True, ELIGIBLE_NO_WINDOW, _("Aturan tahun ini tidak memakai rentang"))
    when, label = stage_date(item)
    if when is None:
        return Eligibility(True, ELIGIBLE_NO_DATE, _("Belum ada tanggal untuk tahapannya"))
    window = _window_text(rules)
    values = {"label": label.capitalize(), "date": format_date(when), "window": window}
    if _in_window(rules, when):
        return Eligibility(
            True,
            ELIGIBLE_IN_WINDOW,
            _("{label} {date} di dalam rentang penilaian {window}").format(**values),
        )
    if rules.eligibility_to is not None and when > rules.eligibility_to:
        return Eligibility(
            False,
            AFTER_WINDOW,
            _(
                "{label} {date} di luar rentang penilaian {window} (sesudahnya): dinilai pada "
                "tahun berikutnya"
            ).format(**values),
        )
    developed = item.development_date
    if rules.development_counts and developed is not None and _in_window(rules, developed):
        return Eligibility(
            True,
            ELIGIBLE_BY_DEVELOPMENT,
            _(
                "{label} {date} sebelum rentang penilaian {window}, tetapi waktu pengembangan "
                "{developed} di dalamnya: dihitung"
            ).format(**values, developed=format_date(developed)),
        )
    if not rules.development_counts:
        reason = _("{label} {date} di luar rentang penilaian {window} (sebelumnya)").format(
            **values
        )
    elif developed is None:
        reason = _(
            "{label} {date} di luar rentang penilaian {window} (sebelumnya) dan waktu "
            "pengembangan belum diisi"
        ).format(**values)
    else:
        reason = _(
            "{label} {date} di luar rentang penilaian {window} (sebelumnya) dan waktu "
            "pengembangan {developed} juga di luarnya"
        ).format(**values, developed=format_date(developed))
    return Eligibility(False, BEFORE_WINDOW, reason)


@dataclass(frozen=True)
class YearProposal:
    """The assessment year the innovations' dates point to, and why (in the officer's words)."""

    year: int
    reason: str
    counts: dict[int, int] = field(default_factory=dict)  # year → innovations dated in its window
    from_dates: bool = True  # False: no date decided it (the workshop's year)

    def to_json(self) -> dict:
        return {
            "year": self.year,
            "reason": self.reason,
            "from_dates": self.from_dates,
            "counts": {str(y): n for y, n in sorted(self.counts.items())},
        }


def propose_year(
    rules_by_year: dict[int, IgaRules],
    innovations: list[IgaInnovation] | tuple[IgaInnovation, ...],
    fallback: int,
) -> YearProposal:
    """The assessment year to estimate: the shipped year whose window takes the most of the
    innovations by their dates (the eligibility rule above: the tahapan's date, or the waktu
    pengembangan of an older one); on a tie an official year before a prognosis, then the
    later. With no dated innovation, or none any shipped year takes, `fallback` (the workshop's
    year), saying so."""
    dated = [item for item in innovations if stage_date(item)[0] is not None]
    if not dated or not rules_by_year:
        return YearProposal(
            fallback,
            _(
                "belum ada inovasi dengan waktu uji coba atau penerapan: tahun lokakarya {year}"
            ).format(year=fallback),
            from_dates=False,
        )
    taken = (ELIGIBLE_IN_WINDOW, ELIGIBLE_BY_DEVELOPMENT)
    counts = {
        year: sum(1 for item in dated if eligibility(rules, item).key in taken)
        for year, rules in rules_by_year.items()
    }
    best = max(counts, key=lambda y: (counts[y], rules_by_year[y].official, y))
    if counts[best] == 0:
        latest = max(
            max(d for d in (stage_date(item)[0], item.development_date) if d is not None)
            for item in dated
        )
        return YearProposal(
            fallback,
            _(
                "tanggal inovasi di luar rentang semua berkas aturan yang terpasang (yang terbaru "
                "{date}: dinilai paling cepat {first}); dipakai tahun lokakarya {year}"
            ).format(date=format_date(latest), first=latest.year + 1, year=fallback),
            counts,
            from_dates=False,
        )
    rules = rules_by_year[best]
    reason = _(
        "{n} dari {total} inovasi bertanggal masuk rentang penilaian {year} ({window})"
    ).format(n=counts[best], total=len(dated), year=best, window=_window_text(rules))
    if not rules.official:
        reason += " · " + _("prognosis, belum resmi")
    return YearProposal(best, reason, counts)


@dataclass(frozen=True)
class LeftOut:
    """A reported innovation the estimate leaves out, and why."""

    id: str
    name: str
    opd: str
    key: str
    reason: str

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "opd": self.opd,
            "key": self.key,
            "reason": self.reason,
        }


def counted(
    rules: IgaRules, innovations: list[IgaInnovation] | tuple[IgaInnovation, ...]
) -> list[IgaInnovation]:
    """What the index counts: the portfolio's innovations the year's window lets count (the
    divisor, the SID average, the count score and the yandas affairs read these)."""
    return [item for item in portfolio(innovations) if eligibility(rules, item).eligible]


def left_out(
    rules: IgaRules, innovations: list[IgaInnovation] | tuple[IgaInnovation, ...]
) -> tuple[LeftOut, ...]:
    """The reported innovations the year's window leaves out, each with its reason."""
    found = []
    for item in portfolio(innovations):
        verdict = eligibility(rules, item)
        if not verdict.eligible:
            found.append(LeftOut(item.id, item.name, item.opd, verdict.key, verdict.reason))
    return tuple(found)


def covered_affairs(rules: IgaRules, innovations: list[IgaInnovation]) -> tuple[str, ...]:
    """The yandas affairs the portfolio's urusan utama cover, named and ordered as the rules."""
    found = {rules.is_yandas(item.main_affair) for item in portfolio(innovations)}
    return tuple(name for name in rules.yandas_affairs if name in found)


def score(
    rules: IgaRules,
    innovations: list[IgaInnovation] | tuple[IgaInnovation, ...],
    region_answers: list[Answer] | tuple[Answer, ...],
    basis: str,
) -> Score:
    return assemble(rules, *_parts(rules, innovations, region_answers, basis))


def assemble(
    rules: IgaRules, spd: Decimal, sid_total: Decimal, n: int, covered: tuple[str, ...]
) -> Score:
    """The formula itself, from its parts (the what-if sums change the parts, not the formula)."""
    divisor = max(rules.divisor_min, n)
    sid_average = sid_total / divisor
    if len(covered) < rules.min_covered:
        count_score = Decimal(0)
    else:
        count_score = rules.per_innovation * min(n, rules.max_innovations)
    total = spd + sid_average + count_score
    exact = total / rules.max_total * 100
    # The predikat is read from the index rounded half up to two decimals (65,005 → 65,01:
    # "sangat inovatif" from 65,01); the rule files say so in "rounding".
    index = exact.quantize(TWO_PLACES, rounding=ROUND_HALF_UP)
    return Score(
        spd=spd,
        sid_total=sid_total,
        divisor=divisor,
        sid_average=sid_average,
        yandas_covered=covered,
        count_score=count_score,
        total=total,
        index=index,
        predikat=rules.predikat_for(index),
        exact_index=exact,
        at_threshold=threshold_near(rules, exact),
    )


THRESHOLD_MARGIN = Decimal("0.01")


def threshold_near(rules: IgaRules, index: Decimal) -> str | None:
    """The predikat whose floor `index` lies within THRESHOLD_MARGIN of, if any."""
    for entry in rules.predikat:
        # the floors that sort regions (a floor of 0,01 only says "more than nothing")
        if entry.min >= 1 and abs(index - entry.min) <= THRESHOLD_MARGIN:
            return entry.name
    return None


def estimate(
    rules: IgaRules,
    innovations: list[IgaInnovation] | tuple[IgaInnovation, ...],
    region_answers: list[Answer] | tuple[Answer, ...] = (),
) -> Estimate:
    """The Indeks Inovasi Daerah as klaim and as terverifikasi (see the issue's formula)."""
    return Estimate(
        year=rules.year,
        innovations=len(counted(rules, innovations)),
        claimed=score(rules, innovations, region_answers, BASIS_CLAIMED),
        verified=score(rules, innovations, region_answers, BASIS_VERIFIED),
        rules_file=rules.file_name,
        official=rules.official,
        reported=len(portfolio(innovations)),
        left_out=left_out(rules, innovations),
    )


# --- what-if --------------------------------------------------------------------------------

WHAT_IF_LIMIT = 1000  # new innovations tried before "out of reach"


@dataclass(frozen=True)
class MoreInnovations:
    """ "Berapa inovasi lagi?" for one basis."""

    target: Decimal
    expected_sid: Decimal
    current: Score
    needed: int | None  # 0 when already there; None when out of reach
    reached: Score | None
    one_more_delta: Decimal  # index points the first new innovation adds (negative: it lowers)

    @property
    def lowers(self) -> bool:
        return self.one_more_delta < 0


def _parts(rules: IgaRules, innovations, region_answers, basis: str):
    reported = counted(rules, innovations)
    spd = answers_score(rules, region_answers, basis, ASPECT_SPD)
    sid_total = sum(
        (answers_score(rules, item.answers, basis, ASPECT_SID) for item in reported), Decimal(0)
    )
    return spd, sid_total, len(reported), covered_affairs(rules, reported)


def _with_affair(rules: IgaRules, covered: tuple[str, ...], affair: str | None) -> tuple[str, ...]:
    name = rules.is_yandas(affair) if affair else None
    if name is None or name in covered:
        return covered
    found = set(covered) | {name}
    return tuple(item for item in rules.yandas_affairs if item in found)


def innovations_needed(
    rules: IgaRules,
    innovations,
    region_answers,
    target: Decimal | float,
    expected_sid: Decimal | float,
    basis: str = BASIS_VERIFIED,
    new_affair: str | None = None,
) -> MoreInnovations:
    """How many new innovations, each scoring `expected_sid` on indicators 16–35, reach
    `target` (an index). New innovations may lower the index once past the divisor floor when
    they score below the average: `one_more_delta` says so."""
    target = Decimal(str(target))
    expected = Decimal(str(expected_sid))
    spd, sid_total, n, covered = _parts(rules, innovations, region_answers, basis)
    current = assemble(rules, spd, sid_total, n, covered)
    with_new = _with_affair(rules, covered, new_affair)

    def after(k: int) -> Score:
        return assemble(rules, spd, sid_total + expected * k, n + k, with_new)

    one_more = after(1).exact_index - current.exact_index
    if current.index >= target:
        return MoreInnovations(target, expected, current, 0, current, one_more)
    for k in range(1, WHAT_IF_LIMIT + 1):
        result = after(k)
        if result.index >= target:
            return MoreInnovations(target, expected, current, k, result, one_more)
    return MoreInnovations(target, expected, current, None, None, one_more)


ACTION_VERIFY = "verify"  # evidence attached, waiting for (or refused) verification
ACTION_EVIDENCE = "evidence"  # a parameter chosen, no evidence yet
ACTION_RAISE = "raise"  # the next parameter level, with evidence, accepted
ACTION_AFFAIR = "affair"  # one innovation in a missing yandas affair restores the count score
ACTION_ORDER = {ACTION_VERIFY: 0, ACTION_EVIDENCE: 1, ACTION_RAISE: 2, ACTION_AFFAIR: 3}


@dataclass(frozen=True)
class Gain:
    """One step that raises the index, with what it is worth as klaim and as terverifikasi."""

    action: str
    innovation_id: str | None  # None: a region-level (SPD) indicator or a new innovation
    innovation_name: str
    opd: str
    indicator: str  # indicator number ("" for ACTION_AFFAIR)
    indicator_name: str  # for ACTION_AFFAIR: the missing affair
    from_parameter: int | None
    to_parameter: int | None
    claimed_points: Decimal  # index points
    verified_points: Decimal

    def to_json(self) -> dict:
        return {
            "action": self.action,
            "innovation_id": self.innovation_id,
            "innovation": self.innovation_name,
            "opd": self.opd,
            "indicator": self.indicator,
            "indicator_name": self.indicator_name,
            "from_parameter": self.from_parameter,
            "to_parameter": self.to_parameter,
            "claimed_points": _float(self.claimed_points),
            "verified_points": _float(self.verified_points),
        }


def _next_step(answer: Answer | None, top: int = PARAMETER_RANGE[1]) -> tuple[str, Answer] | None:
    """The one cheapest thing to do for an answer, as the answer it would become."""
    if answer is None or answer.parameter is None:
        return ACTION_RAISE, Answer("", 1, 1, STATUS_ACCEPTED)
    if answer.evidence_count < 1:
        return ACTION_EVIDENCE, Answer("", answer.parameter, 1, STATUS_ACCEPTED)
    if answer.status != STATUS_ACCEPTED:
        return ACTION_VERIFY, Answer("", answer.parameter, answer.evidence_count, STATUS_ACCEPTED)
    if answer.parameter < top:
        return ACTION_RAISE, Answer(
            "", answer.parameter + 1, answer.evidence_count, STATUS_ACCEPTED
        )
    return None


def cheapest_gains(
    rules: IgaRules, innovations, region_answers, limit: int | None = 20
) -> list[Gain]:
    """Next steps per indicator (verify, attach evidence, raise the parameter by one), ranked by
    how little work they take, then by the terverifikasi index points they add.

    Only one part of the formula moves per step (SPD, or one innovation's SID), so each step's
    worth is exact: a SID point is worth 1 / divisor of a total point."""
    reported = counted(rules, innovations)
    claimed = score(rules, innovations, region_answers, BASIS_CLAIMED)
    verified = score(rules, innovations, region_answers, BASIS_VERIFIED)
    to_index = Decimal(100) / rules.max_total
    gains: list[Gain] = []

    def consider(
        indicators: tuple[Indicator, ...],
        answers: tuple[Answer, ...],
        scale: dict,
        innovation: IgaInnovation | None,
    ) -> None:
        by_no: dict[str, list[Answer]] = {}
        for answer in answers:
            by_no.setdefault(normalize_no(answer.indicator), []).append(answer)
        for indicator in indicators:
            given = by_no.get(indicator.no, [])
            # the answer that counts now (the best), the one a step improves
            current = max(
                given,
                key=lambda a: (
                    answer_score(rules, a, BASIS_VERIFIED, indicator.aspect),
                    answer_score(rules, a, BASIS_CLAIMED, indicator.aspect),
                ),
                default=None,
            )
            step = _next_step(current, indicator.top)
            if step is None:
                continue
            action, after = step
            after = Answer(indicator.no, after.parameter, after.evidence_count, after.status)
            points = {}
            for basis in BASES:
                before = (
                    answer_score(rules, current, basis, indicator.aspect) if current else Decimal(0)
                )
                now = answer_score(rules, after, basis, indicator.aspect)
                points[basis] = max(Decimal(0), now - before) * scale[basis]
            if points[BASIS_VERIFIED] <= 0 and points[BASIS_CLAIMED] <= 0:
                continue
            gains.append(
                Gain(
                    action=action,
                    innovation_id=innovation.id if innovation else None,
                    innovation_name=innovation.name if innovation else "",
                    opd=innovation.opd if innovation else "",
                    indicator=indicator.no,
                    indicator_name=indicator.name,
                    from_parameter=current.parameter if current else None,
                    to_parameter=after.parameter,
                    claimed_points=points[BASIS_CLAIMED],
                    verified_points=points[BASIS_VERIFIED],
                )
            )

    consider(
        rules.spd_indicators,
        tuple(region_answers),
        {BASIS_CLAIMED: to_index, BASIS_VERIFIED: to_index},
        None,
    )
    for item in reported:
        consider(
            rules.sid_indicators,
            item.answers,
            {
                BASIS_CLAIMED: to_index / claimed.divisor,
                BASIS_VERIFIED: to_index / verified.divisor,
            },
            item,
        )

    # One innovation short of the yandas minimum: a new innovation in a missing affair brings
    # back the whole count score.
    covered = covered_affairs(rules, reported)
    if len(covered) == rules.min_covered - 1:
        for affair in rules.yandas_affairs:
            if affair in covered:
                continue
            points = {}
            for basis, now in ((BASIS_CLAIMED, claimed), (BASIS_VERIFIED, verified)):
                after = assemble(
                    rules,
                    now.spd,
                    now.sid_total,
                    len(reported) + 1,
                    _with_affair(rules, covered, affair),
                )
                points[basis] = max(Decimal(0), after.exact_index - now.exact_index)
            gains.append(
                Gain(
                    ACTION_AFFAIR,
                    None,
                    "",
                    "",
                    "",
                    affair,
                    None,
                    None,
                    points[BASIS_CLAIMED],
                    points[BASIS_VERIFIED],
                )
            )

    # The least work first (verify what is attached, attach what is missing, then raise a
    # parameter, then a new innovation), the most index points first within each.
    gains.sort(
        key=lambda g: (
            ACTION_ORDER[g.action],
            -g.verified_points,
            -g.claimed_points,
            g.opd,
            g.innovation_name,
            _no_key(g.indicator),
        )
    )
    return gains if limit is None else gains[:limit]


def _no_key(no: str) -> tuple[int, str]:
    digits = "".join(ch for ch in no if ch.isdigit())
    return (int(digits) if digits else 0, no)


# --- "siap IGA" checklist -------------------------------------------------------------------


@dataclass(frozen=True)
class Check:
    key: str  # profile, design_text, dates, indicator:16, verification, yandas, seats, opd
    ok: bool
    message: str

    def to_json(self) -> dict:
        return {"key": self.key, "ok": self.ok, "message": self.message}


@dataclass(frozen=True)
class InnovationReadiness:
    id: str
    name: str
    opd: str
    reported: bool
    checks: tuple[Check, ...]
    eligible: bool = True  # the year's window lets it count (domain eligibility())

    @property
    def ready(self) -> bool:
        return all(check.ok for check in self.checks)

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "opd": self.opd,
            "reported": self.reported,
            "eligible": self.eligible,
            "ready": self.ready,
            "checks": [check.to_json() for check in self.checks],
        }


@dataclass(frozen=True)
class Readiness:
    year: int
    innovations: tuple[InnovationReadiness, ...]
    region: tuple[Check, ...]
    empty_seats: int
    opd_total: int
    opd_with_innovation: int
    opd_without: tuple[str, ...]

    @property
    def region_ready(self) -> bool:
        return all(check.ok for check in self.region)

    def to_json(self) -> dict:
        return {
            "year": self.year,
            "innovations": [item.to_json() for item in self.innovations],
            "region": {
                "ready": self.region_ready,
                "checks": [check.to_json() for check in self.region],
            },
            "empty_seats": self.empty_seats,
            "opd_total": self.opd_total,
            "opd_with_innovation": self.opd_with_innovation,
            "opd_without": list(self.opd_without),
        }


def word_count(text: str) -> int:
    return len(str(text or "").split())


def _answer_checks(
    rules: IgaRules, indicators: tuple[Indicator, ...], answers: tuple[Answer, ...]
) -> list[Check]:
    """Mandatory indicators with parameter and evidence, then verification of every answer."""
    by_no: dict[str, Answer] = {}
    for answer in answers:
        key = normalize_no(answer.indicator)
        old = by_no.get(key)
        by_no[key] = answer if old is None or _rank(answer) >= _rank(old) else old
    checks = []
    for indicator in indicators:
        if not indicator.mandatory:
            continue
        found = by_no.get(indicator.no)
        if found is None or found.parameter is None:
            message = _("Indikator {label}: skor 0, parameter belum dipilih").format(
                label=indicator.label
            )
            checks.append(Check(f"indicator:{indicator.no}", False, message))
        elif found.evidence_count < 1:
            message = _("Indikator {label}: skor 0, belum ada bukti").format(label=indicator.label)
            checks.append(Check(f"indicator:{indicator.no}", False, message))
        else:
            message = _("Indikator {label}: parameter {parameter}, {count} bukti").format(
                label=indicator.label, parameter=found.parameter, count=found.evidence_count
            )
            checks.append(Check(f"indicator:{indicator.no}", True, message))
    known = {indicator.no for indicator in indicators}
    claimed = [a for no, a in by_no.items() if no in known and a.parameter and a.evidence_count]
    waiting = sum(1 for a in claimed if a.status == STATUS_WAITING)
    refused = sum(1 for a in claimed if a.status in (STATUS_REJECTED, STATUS_REVISE))
    if not claimed:
        checks.append(Check("verification", False, _("Belum ada jawaban dengan bukti")))
    elif waiting or refused:
        checks.append(
            Check(
                "verification",
                False,
                _(
                    "Verifikasi: {accepted} dari {total} diterima, {waiting} menunggu, "
                    "{refused} ditolak atau perlu revisi"
                ).format(
                    accepted=len(claimed) - waiting - refused,
                    total=len(claimed),
                    waiting=waiting,
                    refused=refused,
                ),
            )
        )
    else:
        checks.append(
            Check(
                "verification",
                True,
                _("Verifikasi: {total} dari {total} diterima").format(total=len(claimed)),
            )
        )
    return checks


def _rank(answer: Answer) -> tuple[int, int, int]:
    return (answer.status == STATUS_ACCEPTED, answer.evidence_count > 0, answer.parameter or 0)


def _date_check(rules: IgaRules, item: IgaInnovation) -> Check:
    when, label = stage_date(item)
    if not label:
        return Check("dates", True, _("Tahapan inisiatif: tanggal belum diperlukan"))
    if when is None:
        return Check("dates", False, _("{label} belum diisi").format(label=label.capitalize()))
    if item.trial_date and item.launch_date and item.trial_date > item.launch_date:
        return Check("dates", False, _("Waktu uji coba sesudah waktu penerapan"))
    verdict = eligibility(rules, item)
    if verdict.eligible and verdict.key == ELIGIBLE_IN_WINDOW:
        message = _("{label} di dalam rentang penilaian").format(label=label.capitalize())
        return Check("dates", True, message)
    if verdict.eligible:
        return Check("dates", True, verdict.reason)
    return Check("dates", False, _("Tidak dihitung: {reason}").format(reason=verdict.reason))


def innovation_checks(rules: IgaRules, item: IgaInnovation) -> tuple[Check, ...]:
    checks = []
    if item.profile_missing:
        checks.append(
            Check(
                "profile",
                False,
                _("Profil belum lengkap: {fields}").format(fields=", ".join(item.profile_missing)),
            )
        )
    else:
        checks.append(Check("profile", True, _("Profil lengkap untuk tahapannya")))
    words = word_count(item.design_text)
    needed = rules.rancang_bangun_min_words
    checks.append(
        Check(
            "design_text",
            words >= needed,
            _("Rancang bangun: {words} dari {needed} kata").format(words=words, needed=needed),
        )
    )
    checks.append(_date_check(rules, item))
    checks.extend(_answer_checks(rules, rules.sid_indicators, item.answers))
    return tuple(checks)


def readiness(
    rules: IgaRules,
    innovations: list[IgaInnovation] | tuple[IgaInnovation, ...],
    region_answers: list[Answer] | tuple[Answer, ...] = (),
    opds: list[tuple[str, str]] | tuple[tuple[str, str], ...] = (),
) -> Readiness:
    """The "siap IGA" checklist. `opds` are (abbreviation, name) of every perangkat daerah."""
    reported = counted(rules, innovations)
    per_innovation = []
    for item in innovations:
        checks = innovation_checks(rules, item)
        if not item.reported:
            checks = (Check("reported", True, _("Tidak dilaporkan tahun ini")),)
        per_innovation.append(
            InnovationReadiness(
                item.id,
                item.name,
                item.opd,
                item.reported,
                checks,
                eligible=eligibility(rules, item).eligible,
            )
        )

    region = _answer_checks(rules, rules.spd_indicators, tuple(region_answers))
    covered = covered_affairs(rules, reported)
    missing = [name for name in rules.yandas_affairs if name not in covered]
    if len(covered) >= rules.min_covered:
        region.append(
            Check(
                "yandas",
                True,
                _(
                    "Urusan wajib pelayanan dasar: {covered} dari {total} tercakup (minimal {minimum})"
                ).format(
                    covered=len(covered), total=len(rules.yandas_affairs), minimum=rules.min_covered
                ),
            )
        )
    else:
        lost = rules.per_innovation * min(len(reported), rules.max_innovations)
        points = lost / rules.max_total * 100
        region.append(
            Check(
                "yandas",
                False,
                _(
                    "Urusan wajib pelayanan dasar {covered} dari {total} (minimal {minimum}): skor "
                    "jumlah inovasi 0, kehilangan {points} poin indeks; belum ada: {missing}"
                ).format(
                    covered=len(covered),
                    total=len(rules.yandas_affairs),
                    minimum=rules.min_covered,
                    missing=", ".join(missing),
                    points=format_score(points),
                ),
            )
        )
    seats = max(0, rules.divisor_min - len(reported))
    if seats:
        region.append(
            Check(
                "seats",
                False,
                _("{seats} kursi kosong: {n} inovasi dilaporkan, pembagi minimal {divisor}").format(
                    seats=seats, n=len(reported), divisor=rules.divisor_min
                ),
            )
        )
    else:
        region.append(
            Check(
                "seats",
                True,
                _(
                    "Tidak ada kursi kosong: {n} inovasi dilaporkan, pembagi minimal {divisor}"
                ).format(n=len(reported), divisor=rules.divisor_min),
            )
        )
    with_innovation = {_fold(item.opd) for item in reported}
    without = tuple(
        abbreviation
        for abbreviation, name in opds
        if _fold(abbreviation) not in with_innovation and _fold(name) not in with_innovation
    )
    have = len(opds) - len(without)
    if opds:
        region.append(
            Check(
                "opd",
                not without,
                _("{have} dari {total} perangkat daerah memiliki inovasi").format(
                    have=have, total=len(opds)
                ),
            )
        )
    return Readiness(
        rules.year, tuple(per_innovation), tuple(region), seats, len(opds), have, without
    )


@dataclass(frozen=True)
class IgaPortfolio:
    """Everything the index reads for one year: what CLI, reports and the app's view share."""

    rules: IgaRules
    innovations: tuple[IgaInnovation, ...] = ()
    region_answers: tuple[Answer, ...] = ()
    opds: tuple[tuple[str, str], ...] = ()  # (abbreviation, name) of every perangkat daerah
    proposal: YearProposal | None = None  # the year was proposed from the dates (none asked)

    def estimate(self) -> Estimate:
        result = estimate(self.rules, self.innovations, self.region_answers)
        if self.proposal is None:
            return result
        return replace(result, year_reason=self.proposal.reason)

    def readiness(self) -> Readiness:
        return readiness(self.rules, self.innovations, self.region_answers, self.opds)

    def gains(self, limit: int | None = 20) -> list[Gain]:
        return cheapest_gains(self.rules, self.innovations, self.region_answers, limit)

    def innovations_needed(
        self,
        target: Decimal | float,
        expected_sid: Decimal | float,
        basis: str = BASIS_VERIFIED,
        new_affair: str | None = None,
    ) -> MoreInnovations:
        return innovations_needed(
            self.rules,
            self.innovations,
            self.region_answers,
            target,
            expected_sid,
            basis,
            new_affair,
        )

    def average_sid(self, basis: str = BASIS_VERIFIED) -> Decimal:
        """The mean SID score of the counted innovations (a default for a new one)."""
        reported = counted(self.rules, self.innovations)
        if not reported:
            return Decimal(0)
        total = sum(
            (answers_score(self.rules, item.answers, basis, ASPECT_SID) for item in reported),
            Decimal(0),
        )
        return total / len(reported)


def gain_text(gain: Gain) -> str:
    """What to do, in the Desk Inovasi's words."""
    if gain.action == ACTION_VERIFY:
        return _("selesaikan verifikasi (parameter {p})").format(p=gain.from_parameter)
    if gain.action == ACTION_EVIDENCE:
        return _("lampirkan bukti dukung (parameter {p})").format(p=gain.from_parameter)
    if gain.action == ACTION_AFFAIR:
        return _("tambah satu inovasi urusan {affair}").format(affair=gain.indicator_name)
    if gain.from_parameter is None:
        return _("isi parameter 1 dengan bukti")
    return _("naikkan ke parameter {p} dengan bukti").format(p=gain.to_parameter)


def next_target(rules: IgaRules, index: Decimal) -> Predikat | None:
    """The next predikat above `index` (None when already in the highest)."""
    above = [entry for entry in rules.predikat if entry.min > index]
    return above[-1] if above else None
