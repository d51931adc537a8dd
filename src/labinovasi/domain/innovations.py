"""An innovation as Kemendagri's profile form names it, its rencana aksi, each field's history,
and the rules that check a value before it is stored (GUI, CLI, merge and reports share them)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime

from labinovasi.domain.errors import BadInput
from labinovasi.domain.limits import MAX_BUDGET, MAX_BUDGET_TEXT
from labinovasi.domain.lists import closest_choices, find_choice

# The profile's fields are declared once in domain/profile.py; the older names are derived
# there and re-exported here (other code and the papers iterate them).
from labinovasi.domain.profile import (
    CHOICE,
    DATE,
    DOCUMENT,
    LIST,
    NUMBER,
    PROFILE,
    TEXT,
    ProfileField,
    profile_field,
)
from labinovasi.domain.profile import CHOICE_FIELDS as CHOICE_FIELDS
from labinovasi.domain.profile import DATE_FIELDS as DATE_FIELDS
from labinovasi.domain.profile import FIELD_LABELS as FIELD_LABELS
from labinovasi.domain.profile import INNOVATION_FIELDS as INNOVATION_FIELDS
from labinovasi.domain.profile import LIST_FIELDS as LIST_FIELDS
from labinovasi.domain.profile import NUMBER_FIELDS as NUMBER_FIELDS
from labinovasi.domain.profile import PRINTED_FIELDS as PRINTED_FIELDS
from labinovasi.domain.profile import PROFILE_PARTS as PROFILE_PARTS
from labinovasi.domain.profile import REQUIRED_FIELDS as REQUIRED_FIELDS
from labinovasi.domain.profile import STATION_FIELDS as STATION_FIELDS
from labinovasi.domain.profile import TEXT_FIELDS as TEXT_FIELDS
from labinovasi.domain.text import check_text, clean_text
from labinovasi.i18n import N_, _

# Where an innovation comes from: designed in this lab, or imported (an earlier year's
# innovation or the national list, from the IGA workbook).
LAB_ORIGIN = "lab"
IMPORTED_ORIGIN = "imported"
ORIGINS = (LAB_ORIGIN, IMPORTED_ORIGIN)

# Kemendagri asks for at least this many words of rancang bangun, covering these points.
DESIGN_TEXT_MIN_WORDS = 300
DESIGN_TEXT_POINTS = (
    N_("dasar hukum"),
    N_("permasalahan"),
    N_("isu strategis"),
    N_("metode pembaharuan"),
    N_("keunggulan dan kebaharuan"),
    N_("tahapan"),
)


@dataclass
class ActionStep:
    """One line of the rencana aksi."""

    activity: str
    person: str = ""
    start: date | None = None
    end: date | None = None
    output: str = ""
    indicator: str = ""  # indikator keberhasilan
    id: str = ""


@dataclass
class FieldChange:
    """A value an innovation field had before an edit or a merge replaced it."""

    field: str
    old_value: str
    new_value: str
    at: datetime | None = None
    source: str = ""  # "edit", "merge: <station>", "migrasi"


@dataclass
class Innovation:
    id: str
    opd_id: str
    name: str = ""
    unit: str = ""  # unit pelaksana: UPTD, puskesmas, sekolah, kecamatan (optional)
    stage: str = "inisiatif"  # tahapan key
    initiator: str = ""  # inisiator key
    initiator_name: str = ""
    kind: str = ""  # jenis key: digital / non-digital
    form: str = ""  # bentuk key
    main_affair: str = ""  # urusan code, e.g. "1.02"
    other_affairs: list[str] = field(default_factory=list)
    trial_date: date | None = None
    launch_date: date | None = None
    design_text: str = ""  # rancang bangun dan pokok perubahan
    goal: str = ""
    benefit: str = ""
    expected_result: str = ""
    budget: int | None = None  # Rupiah
    budget_source: str = ""
    leader: str = ""
    members: str = ""
    evidence: str = ""  # bukti dukung planned, one per line
    idea_ids: list[str] = field(default_factory=list)
    actions: list[ActionStep] = field(default_factory=list)
    created_at: datetime | None = None
    updated_at: datetime | None = None
    origin: str = LAB_ORIGIN  # LAB_ORIGIN or IMPORTED_ORIGIN
    # Declared profile fields (domain/profile.py) that have no attribute above, by key.
    extra: dict[str, object] = field(default_factory=dict)

    def value(self, name: str) -> object:
        """The value of profile field `name`, an attribute or one of `extra`."""
        if name in _ATTRIBUTES:
            return getattr(self, name)
        if name in self.extra:
            return self.extra[name]
        declared = profile_field(name)
        if declared is None:
            raise AttributeError(name)
        return empty_value(declared)

    def with_values(self, values: dict[str, object]) -> Innovation:
        """A copy with profile fields set (attributes or `extra`)."""
        attributes = {k: v for k, v in values.items() if k in _ATTRIBUTES}
        extra = {k: v for k, v in values.items() if k not in _ATTRIBUTES}
        return replace(self, **attributes, extra=self.extra | extra)  # type: ignore[arg-type]

    @property
    def from_lab(self) -> bool:
        """Designed in this lab (not imported from an earlier year or the national list)."""
        return self.origin == LAB_ORIGIN


_ATTRIBUTES = frozenset(f.name for f in fields(Innovation)) - {"extra"}


def empty_value(declared: ProfileField) -> object:
    """A field's value when nothing was entered."""
    if declared.kind == LIST:
        return []
    if declared.kind in (DATE, NUMBER):
        return None
    return ""


def profile_values(innovation: Innovation) -> dict[str, object]:
    """Every declared field's value, in declaration order."""
    return {f.key: innovation.value(f.key) for f in PROFILE}


def check_origin(value: str) -> str:
    if value not in ORIGINS:
        raise BadInput(_("Asal inovasi tidak dikenal: {value}").format(value=value))
    return value


def lab_innovations(innovations: Iterable[Innovation]) -> list[Innovation]:
    """The lab's own innovations: what papers about the lab count and list (IGA views list
    every innovation, imported ones included)."""
    return [i for i in innovations if i.from_lab]


DOTS_LIMITS = (1, 10)


def check_dots(value: object) -> int:
    """Dots each participant places in dot voting (set per workshop)."""
    try:
        dots = int(str(value).strip())
    except ValueError:
        dots = 0
    low, high = DOTS_LIMITS
    if not low <= dots <= high:
        raise BadInput(_("Jumlah titik per peserta harus {low}–{high}.").format(low=low, high=high))
    return dots


def word_count(text: str) -> int:
    return len(re.findall(r"\w+", text or ""))


def is_filled(innovation: Innovation, part: str) -> bool:
    if part == "actions":
        return bool(innovation.actions)
    value = innovation.value(part)
    if part == "design_text":
        return word_count(str(value)) >= DESIGN_TEXT_MIN_WORDS
    return value not in (None, "", [])


def profile_progress(innovation: Innovation) -> tuple[int, int]:
    """(filled, total) of the profile's parts, for "profil 9/14 isian"."""
    return sum(is_filled(innovation, p) for p in PROFILE_PARTS), len(PROFILE_PARTS)


def missing_profile_parts(innovation: Innovation) -> list[str]:
    """Which parts "profil 9/14 isian" counts the innovation still lacks, by their labels
    (lower case) in the declaration's order (PROFILE_PARTS), the rencana aksi last; a
    rancang bangun typed but short says how far it got."""
    missing = []
    for part in PROFILE_PARTS:
        if is_filled(innovation, part):
            continue
        if part == "actions":
            missing.append(_("rencana aksi"))
            continue
        label = _(FIELD_LABELS[part]).lower()
        words = word_count(str(innovation.value(part) or "")) if part == "design_text" else 0
        if words:
            label = _("{label} ({n} dari {minimum} kata)").format(
                label=label, n=words, minimum=DESIGN_TEXT_MIN_WORDS
            )
        missing.append(label)
    return missing


def missing_parts(innovation: Innovation) -> list[str]:
    """What one innovation still lacks before its OPD may leave design (labels, lower case):
    the required fields of the declaration, then the rencana aksi."""
    missing = [
        _(FIELD_LABELS[f]).lower()
        for f in REQUIRED_FIELDS
        if not field_text(innovation.value(f)).strip()
    ]
    if not innovation.actions:
        missing.append(_("rencana aksi"))
    return missing


def incomplete_innovations(
    innovations: Iterable[Innovation],
) -> list[tuple[Innovation, list[str]]]:
    """The lab innovations that still lack something, each with what it lacks, in order.
    Imported innovations (earlier years, the national list) are not the lab's design."""
    result = []
    for innovation in lab_innovations(innovations):
        missing = missing_parts(innovation)
        if missing:
            result.append((innovation, missing))
    return result


def missing_fields(innovations: list[Innovation]) -> list[str]:
    """What keeps an OPD's design from being complete, as the gate out of design judges it:
    [] when it has at least one lab innovation and every one is complete; else what the first
    incomplete one lacks (no lab innovation at all: the design itself is missing)."""
    if not lab_innovations(innovations):
        return [_("rancangan inovasi")]
    incomplete = incomplete_innovations(innovations)
    return incomplete[0][1] if incomplete else []


def design_refusal(innovations: list[Innovation]) -> str | None:
    """Why the design is not complete, naming each incomplete innovation and its fields
    (“inovasi “SIAP ANTRE” belum lengkap — bentuk inovasi”); None when it is."""
    if not lab_innovations(innovations):
        return _("belum ada rancangan inovasi")
    parts = [
        _("inovasi “{name}” belum lengkap — {fields}").format(
            name=innovation.name or _("(tanpa nama)"), fields=", ".join(missing)
        )
        for innovation, missing in incomplete_innovations(innovations)
    ]
    return "; ".join(parts) or None


def _parse_date(name: str, value: object) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise BadInput(
            _("{field}: tanggal harus berbentuk TTTT-BB-HH, bukan \u201c{value}\u201d").format(
                field=_(FIELD_LABELS[name]), value=value
            )
        ) from None


def _parse_choice(name: str, list_name: str, value: object) -> str:
    text = clean_text(str(value or ""))
    if not text:
        return ""
    choice = find_choice(list_name, text)
    if choice is None:
        message = _("{field}: \u201c{value}\u201d tidak ada dalam daftar").format(
            field=_(FIELD_LABELS[name]), value=text
        )
        close = closest_choices(list_name, text)
        if close:
            message += "; " + _("mungkin maksudnya: {names}").format(
                names=", ".join(f"\u201c{c.label}\u201d" for c in close)
            )
        raise BadInput(message)
    return choice.key


def _parse_amount(name: str, value: object) -> int | None:
    if value in (None, ""):
        return None
    digits = value if isinstance(value, int) else re.sub(r"[Rp.\s]", "", str(value))
    try:
        amount = int(digits)
    except ValueError:
        raise BadInput(
            _("{field} harus berupa angka rupiah, bukan \u201c{value}\u201d").format(
                field=_(FIELD_LABELS[name]), value=value
            )
        ) from None
    if amount < 0:
        raise BadInput(_("{field} tidak boleh negatif.").format(field=_(FIELD_LABELS[name])))
    if amount > MAX_BUDGET:
        raise BadInput(
            _("{field} paling besar {limit}.").format(
                field=_(FIELD_LABELS[name]), limit=MAX_BUDGET_TEXT
            )
        )
    return amount


def check_field(name: str, value: object) -> object:
    """The value to store for field `name`, cleaned by its declared kind; BadInput names the
    field when it is not acceptable. Strings are accepted for every field (the command line
    passes strings)."""
    declared = profile_field(name)
    if declared is None:
        raise BadInput(_("Isian tidak dikenal: {names}").format(names=name))
    if declared.kind == TEXT:
        text = check_text(str(value or ""), _(declared.label))
        if name == "name" and not text:
            raise BadInput(_("Nama inovasi wajib diisi."))
        return text
    if declared.kind == CHOICE:
        return _parse_choice(name, declared.choices, value)
    if declared.kind == LIST:
        items = value if isinstance(value, list | tuple) else re.split(r"[;,\n]", str(value or ""))
        keys = [_parse_choice(name, declared.choices, i) for i in items if clean_text(str(i))]
        return list(dict.fromkeys(keys))
    if declared.kind == DATE:
        return _parse_date(name, value)
    if declared.kind == DOCUMENT:  # an evidence id (services/evidence.py keeps the file)
        return clean_text(str(value or ""))
    return _parse_amount(name, value)


def check_action(step: ActionStep) -> ActionStep:
    activity = clean_text(step.activity)
    if not activity:
        raise BadInput(_("Rencana aksi: kegiatan wajib diisi."))
    if step.start and step.end and step.end < step.start:
        raise BadInput(
            _("Rencana aksi \u201c{activity}\u201d: tanggal selesai sebelum tanggal mulai.").format(
                activity=activity
            )
        )
    return ActionStep(
        activity=activity,
        person=clean_text(step.person),
        start=step.start,
        end=step.end,
        output=clean_text(step.output),
        indicator=clean_text(step.indicator),
        id=step.id,
    )


def column_value(value: object) -> object:
    """A checked field value as its column holds it: a LIST field's keys one a line."""
    return "\n".join(value) if isinstance(value, list) else value


def field_text(value: object) -> str:
    """A field value as history and JSON text: dates ISO, lists joined by "; "."""
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return "; ".join(str(v) for v in value)
    return str(value)


# -- which innovations an SK penetapan of a year lists ---------------------------------------


def stage_year(innovation: Innovation) -> int | None:
    """The year the innovation's tahapan began: its penerapan (launch date) or its uji coba
    (trial date); None for an inisiatif or an undated stage."""
    if innovation.stage == "penerapan":
        return innovation.launch_date.year if innovation.launch_date else None
    if innovation.stage == "uji-coba":
        return innovation.trial_date.year if innovation.trial_date else None
    return None


def matches_stage(innovation: Innovation, tahapan: str = "", year: int | None = None) -> bool:
    """Whether an SK penetapan filtered by `tahapan` (a key, "" for any) and `year` (None for
    any) lists the innovation: at that tahapan, begun in that year (IGA indicator 16 asks
    for the SK of the year of penerapan)."""
    if tahapan and innovation.stage != tahapan:
        return False
    return year is None or stage_year(innovation) == year


def check_stage_filter(tahapan: str = "", year: object = None) -> tuple[str, int | None]:
    """A tahapan as typed ("penerapan", "Uji coba") and a year, checked for a paper's filter."""
    key = str(check_field("stage", tahapan)) if tahapan else ""
    if year in (None, ""):
        return key, None
    text = str(year).strip()
    if not text.isdigit() or not 2000 <= int(text) <= 2100:
        raise BadInput(_("Tahun harus angka empat digit, mis. 2026: {year}").format(year=text))
    return key, int(text)
