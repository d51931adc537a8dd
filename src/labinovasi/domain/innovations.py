"""An innovation as Kemendagri's profile form names it, its rencana aksi, each field's history,
and the rules that check a value before it is stored (GUI, CLI, merge and reports share them)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from labinovasi.domain.errors import BadInput
from labinovasi.domain.limits import MAX_BUDGET
from labinovasi.domain.lists import find_choice
from labinovasi.domain.rules import check_text, clean_text
from labinovasi.formatting import format_rupiah
from labinovasi.i18n import N_, _

# The profile fields, English snake_case of the national form (the CLI's and JSON's names).
TEXT_FIELDS = (
    "name",
    "unit",
    "initiator_name",
    "design_text",
    "goal",
    "benefit",
    "expected_result",
    "budget_source",
    "leader",
    "members",
    "evidence",
)
CHOICE_FIELDS = {
    "stage": "tahapan",
    "initiator": "inisiator",
    "kind": "jenis",
    "form": "bentuk",
    "main_affair": "urusan",
}
DATE_FIELDS = ("trial_date", "launch_date")
INNOVATION_FIELDS = (
    "name",
    "unit",
    "stage",
    "initiator",
    "initiator_name",
    "kind",
    "form",
    "main_affair",
    "other_affairs",
    "trial_date",
    "launch_date",
    "design_text",
    "goal",
    "benefit",
    "expected_result",
    "budget",
    "budget_source",
    "leader",
    "members",
    "evidence",
)

FIELD_LABELS = {
    "name": N_("Nama inovasi"),
    "unit": N_("Unit pelaksana"),
    "stage": N_("Tahapan"),
    "initiator": N_("Inisiator"),
    "initiator_name": N_("Nama inisiator"),
    "kind": N_("Jenis inovasi"),
    "form": N_("Bentuk inovasi"),
    "main_affair": N_("Urusan utama"),
    "other_affairs": N_("Urusan lain"),
    "trial_date": N_("Waktu uji coba"),
    "launch_date": N_("Waktu penerapan"),
    "design_text": N_("Rancang bangun dan pokok perubahan"),
    "goal": N_("Tujuan"),
    "benefit": N_("Manfaat"),
    "expected_result": N_("Hasil yang diharapkan"),
    "budget": N_("Anggaran"),
    "budget_source": N_("Sumber anggaran"),
    "leader": N_("Ketua tim"),
    "members": N_("Anggota tim"),
    "evidence": N_("Bukti dukung"),
}

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

# What "profil 9/14 isian" counts: the profile's parts a team is asked to fill at the lab.
PROFILE_PARTS = (
    "name",
    "stage",
    "initiator",
    "kind",
    "form",
    "main_affair",
    "trial_date",
    "design_text",
    "goal",
    "benefit",
    "expected_result",
    "budget",
    "leader",
    "actions",
)

# What a design needs before the OPD leaves the design stage.
REQUIRED_FIELDS = ("name", "kind", "form", "main_affair", "design_text", "goal", "leader")


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

    def value(self, name: str) -> object:
        return getattr(self, name)


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
    value = getattr(innovation, part)
    if part == "design_text":
        return word_count(value) >= DESIGN_TEXT_MIN_WORDS
    return value not in (None, "", [])


def profile_progress(innovation: Innovation) -> tuple[int, int]:
    """(filled, total) of the profile's parts, for "profil 9/14 isian"."""
    return sum(is_filled(innovation, p) for p in PROFILE_PARTS), len(PROFILE_PARTS)


def missing_fields(innovations: list[Innovation]) -> list[str]:
    """What the most complete of an OPD's innovations still lacks (labels); [] when one is
    complete. No innovation at all: the design itself is missing."""
    if not innovations:
        return [_("rancangan inovasi")]
    best: list[str] | None = None
    for innovation in innovations:
        missing = [
            _(FIELD_LABELS[f]).lower()
            for f in REQUIRED_FIELDS
            if not str(getattr(innovation, f) or "").strip()
        ]
        if not innovation.actions:
            missing.append(_("rencana aksi"))
        if best is None or len(missing) < len(best):
            best = missing
    return best or []


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


def _parse_choice(name: str, value: object) -> str:
    text = clean_text(str(value or ""))
    if not text:
        return ""
    choice = find_choice(CHOICE_FIELDS.get(name, "urusan"), text)
    if choice is None:
        raise BadInput(
            _("{field}: \u201c{value}\u201d tidak ada dalam daftar").format(
                field=_(FIELD_LABELS[name]), value=text
            )
        )
    return choice.key


def check_field(name: str, value: object) -> object:
    """The value to store for field `name`, cleaned; BadInput names the field when it is not
    acceptable. Strings are accepted for every field (the command line passes strings)."""
    if name not in INNOVATION_FIELDS:
        raise BadInput(_("Isian tidak dikenal: {names}").format(names=name))
    if name in TEXT_FIELDS:
        text = check_text(str(value or ""), _(FIELD_LABELS[name]))
        if name == "name" and not text:
            raise BadInput(_("Nama inovasi wajib diisi."))
        return text
    if name in CHOICE_FIELDS:
        return _parse_choice(name, value)
    if name == "other_affairs":
        items = value if isinstance(value, list | tuple) else re.split(r"[;,\n]", str(value or ""))
        keys = [_parse_choice(name, item) for item in items if clean_text(str(item))]
        return list(dict.fromkeys(keys))
    if name in DATE_FIELDS:
        return _parse_date(name, value)
    # budget
    if value in (None, ""):
        return None
    digits = value if isinstance(value, int) else re.sub(r"[Rp.\s]", "", str(value))
    try:
        amount = int(digits)
    except ValueError:
        raise BadInput(
            _("Anggaran harus berupa angka rupiah, bukan \u201c{value}\u201d").format(
                value=str(value)[:40]
            )
        ) from None
    if amount < 0:
        raise BadInput(_("Anggaran tidak boleh negatif."))
    if amount > MAX_BUDGET:
        raise BadInput(_("Anggaran paling besar {limit}.").format(limit=format_rupiah(MAX_BUDGET)))
    return amount


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


def field_text(value: object) -> str:
    """A field value as history and JSON text: dates ISO, lists joined by "; "."""
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return "; ".join(str(v) for v in value)
    return str(value)
