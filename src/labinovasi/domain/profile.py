"""The innovation profile, declared once: every field of Kemendagri's profile form with what the
app needs to know about it. The forms (facilitator and station), the workshop export, the
national workbook, the merge, `innovation set/show`, the field history and `check_field` are
built from PROFILE; the older names (INNOVATION_FIELDS, FIELD_LABELS, TEXT_FIELDS, ...) are
derived from it and re-exported by domain/innovations.py.

Adding a field is one entry here plus its column (storage/models.py, InnovationRow) and its
Alembic revision. A field with no attribute on the Innovation dataclass is kept in
`Innovation.extra` and read with `Innovation.value(key)`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from labinovasi.domain.lists import label
from labinovasi.i18n import N_, _

# What a field holds (decides its check, its editor and how it is shown)
TEXT = "text"  # free text; `lines` > 1 is edited in a multi-line box
CHOICE = "choice"  # one key of the list `choices` (domain/lists.py, resources/lists/)
LIST = "list"  # several keys of the list `choices`, stored one a line
DATE = "date"  # a day (ISO in the CLI and JSON)
NUMBER = "number"  # a whole amount in Rupiah, 0 or more
# A file kept in the workshop's evidence store (services/evidence.py): the field holds the
# evidence id, the file itself lives with the bukti dukung (copied, backed up, merged with them).
DOCUMENT = "document"
KINDS = (TEXT, CHOICE, LIST, DATE, NUMBER, DOCUMENT)

# The form's steps a field can be on (ui/widgets/innovation_form.py gives each its title).
STEPS = ("identity", "kind", "designText", "goals", "timeBudget", "team")


@dataclass(frozen=True)
class ProfileField:
    key: str  # English snake_case: the CLI's `innovation set` name, the JSON key, the column
    label: str  # Bahasa Indonesia, marked with N_ and shown through _()
    kind: str = TEXT
    choices: str = ""  # CHOICE and LIST: the list's name ("tahapan", "urusan", ...)
    national_column: str = ""  # the national form's column ("Profil Inovasi"); "" = not on it
    export_column: str = ""  # the workshop export's "Rancangan" sheet column
    design_key: str = ""  # the key in the export's "designs" entries (their older shape)
    required: bool = False  # must be filled before the OPD leaves design (the gate)
    progress: bool = False  # counted in "profil 9/14 isian"
    step: str = ""  # the form's step it is edited on; "" = not in the forms
    lines: int = 1  # TEXT: the editor's height in lines (1: a one-line field)
    blank: bool = True  # CHOICE: may be left empty
    station: bool = True  # shown in the station's design form (the facilitator's shows all)
    printed: bool = True  # printed on the lab's papers (lembar hasil, rancang bangun)
    history_label: str = ""  # the label in the field's history lines; "" = `label`
    # The national workbook's import reads the column when present (workbooks written before
    # the field was declared lack it); the other national columns must be there.
    national_optional: bool = False
    # Asked only by the years whose rule file names it under "profile_fields", with its allowed
    # values there (domain/iga.py YearField); a year that does not ask it does not show it.
    per_year: bool = False

    @property
    def shown_label(self) -> str:
        return _(self.label)

    @property
    def shown_history_label(self) -> str:
        return _(self.history_label or self.label)


PROFILE: tuple[ProfileField, ...] = (
    ProfileField(
        "name",
        N_("Nama inovasi"),
        national_column="Nama Inovasi Daerah",
        export_column="nama_inovasi",
        design_key="name",
        required=True,
        progress=True,
        step="identity",
    ),
    ProfileField("unit", N_("Unit pelaksana"), export_column="unit_pelaksana", step="identity"),
    ProfileField(
        "stage",
        N_("Tahapan"),
        CHOICE,
        choices="tahapan",
        national_column="Tahapan Inovasi",
        export_column="tahapan",
        design_key="phase",
        progress=True,
        step="identity",
        blank=False,
    ),
    ProfileField(
        "initiator",
        N_("Inisiator"),
        CHOICE,
        choices="inisiator",
        national_column="Inisiator Inovasi Daerah",
        export_column="inisiator",
        progress=True,
        step="identity",
    ),
    ProfileField(
        "initiator_name",
        N_("Nama inisiator"),
        national_column="Nama Inisiator",
        export_column="nama_inisiator",
        step="identity",
    ),
    ProfileField(
        "registration_number",
        N_("Nomor registrasi IGA"),
        # the portal's number for the innovation: the same innovation across years
        national_column="Nomor Registrasi",
        export_column="nomor_registrasi",
        step="identity",
        station=False,
        printed=False,
        national_optional=True,
    ),
    ProfileField(
        "kind",
        N_("Jenis inovasi"),
        CHOICE,
        choices="jenis",
        national_column="Jenis Inovasi",
        export_column="jenis",
        required=True,
        progress=True,
        step="kind",
    ),
    ProfileField(
        "form",
        N_("Bentuk inovasi"),
        CHOICE,
        choices="bentuk",
        national_column="Bentuk Inovasi Daerah",
        export_column="bentuk",
        design_key="kind",  # the older design called the bentuk its "kind"
        required=True,
        progress=True,
        step="kind",
    ),
    ProfileField(
        "main_affair",
        N_("Urusan utama"),
        CHOICE,
        choices="urusan",
        national_column="Urusan Utama",
        export_column="urusan_utama",
        design_key="affair",
        required=True,
        progress=True,
        step="kind",
    ),
    ProfileField(
        "other_affairs",
        N_("Urusan lain"),
        LIST,
        choices="urusan",
        national_column="Urusan Lain",
        export_column="urusan_lain",
        step="kind",
    ),
    *(
        ProfileField(
            key,
            label,
            national_column=column,
            export_column=export,
            step="kind",
            station=False,
            printed=False,
            national_optional=True,
            per_year=True,
        )
        for key, label, column, export in (
            ("classification", N_("Klasifikasi"), "Klasifikasi", "klasifikasi"),
            ("asta_cita", N_("Asta Cita"), "Asta Cita", "asta_cita"),
            ("pkpn", N_("PKPN"), "PKPN", "pkpn"),
            ("coordinates", N_("Koordinat"), "Koordinat", "koordinat"),
            ("theme", N_("Tematik"), "Tematik", "tematik"),
        )
    ),
    ProfileField(
        "trial_date",
        N_("Waktu uji coba"),
        DATE,
        national_column="Waktu Uji Coba",
        export_column="waktu_uji_coba",
        design_key="trial_period",
        progress=True,
        step="timeBudget",
    ),
    ProfileField(
        "launch_date",
        N_("Waktu penerapan"),
        DATE,
        national_column="Waktu Penerapan",
        export_column="waktu_penerapan",
        design_key="rollout_period",
        step="timeBudget",
    ),
    ProfileField(
        "development_date",
        N_("Waktu pengembangan"),
        DATE,
        national_column="Waktu Pengembangan",
        export_column="waktu_pengembangan",
        step="timeBudget",
        station=False,
        printed=False,
        national_optional=True,
    ),
    ProfileField(
        "design_text",
        N_("Rancang bangun dan pokok perubahan"),
        national_column="Rancang Bangun",
        export_column="rancang_bangun",
        design_key="background",
        required=True,
        progress=True,
        step="designText",
        lines=8,
        history_label=N_("Rancang bangun"),
    ),
    ProfileField(
        "goal",
        N_("Tujuan"),
        national_column="Tujuan",
        export_column="tujuan",
        design_key="goal",
        required=True,
        progress=True,
        step="goals",
        lines=3,
    ),
    ProfileField(
        "benefit",
        N_("Manfaat"),
        national_column="Manfaat",
        export_column="manfaat",
        design_key="benefits",
        progress=True,
        step="goals",
        lines=3,
    ),
    ProfileField(
        "expected_result",
        N_("Hasil yang diharapkan"),
        export_column="hasil_diharapkan",
        design_key="expected_results",
        progress=True,
        step="goals",
        lines=3,
    ),
    ProfileField(
        "result",
        N_("Hasil inovasi"),
        # what the innovation has achieved (the national form's "Hasil Inovasi"); the lab's
        # design has only the expected result
        national_column="Hasil Inovasi",
        export_column="hasil_inovasi",
        step="goals",
        lines=3,
        station=False,
        printed=False,
    ),
    ProfileField(
        "business_profile",
        N_("Profil bisnis"),
        national_column="Profil Bisnis",
        export_column="profil_bisnis",
        step="goals",
        lines=3,
        station=False,
        printed=False,
        national_optional=True,
    ),
    ProfileField(
        "ip_rights",
        N_("HKI"),
        national_column="HKI",
        export_column="hki",
        step="goals",
        station=False,
        printed=False,
        national_optional=True,
    ),
    ProfileField(
        "awards",
        N_("Penghargaan"),
        national_column="Penghargaan",
        export_column="penghargaan",
        step="goals",
        lines=2,
        station=False,
        printed=False,
        national_optional=True,
    ),
    ProfileField(
        "budget",
        N_("Anggaran"),
        NUMBER,
        national_column="Anggaran (Rp)",
        export_column="anggaran",
        design_key="budget",
        progress=True,
        step="timeBudget",
    ),
    ProfileField(
        "budget_source",
        N_("Sumber anggaran"),
        national_column="Sumber Anggaran",
        export_column="sumber_anggaran",
        design_key="budget_source",
        step="timeBudget",
    ),
    ProfileField(
        "budget_document",
        N_("Dokumen anggaran (PDF)"),
        DOCUMENT,
        national_column="Dokumen Anggaran",
        export_column="dokumen_anggaran",
        step="timeBudget",
        station=False,
        printed=False,
        national_optional=True,
    ),
    ProfileField(
        "leader",
        N_("Ketua tim"),
        export_column="ketua",
        design_key="leader",
        required=True,
        progress=True,
        step="team",
    ),
    ProfileField(
        "members",
        N_("Anggota tim"),
        export_column="tim",
        design_key="team",
        step="team",
        lines=3,
    ),
    ProfileField(
        "evidence",
        N_("Bukti dukung"),
        export_column="bukti_dukung",
        design_key="evidence",
        lines=3,
    ),
)


_by_key: tuple[tuple[ProfileField, ...], dict[str, ProfileField]] = ((), {})


def profile_field(key: str) -> ProfileField | None:
    """The declared field `key`, or None (a merge asks for every field of every record)."""
    global _by_key
    if _by_key[0] is not PROFILE:  # built again when the declaration is another tuple
        _by_key = (PROFILE, {f.key: f for f in PROFILE})
    return _by_key[1].get(key)


def field_label(key: str) -> str:
    """A field's label in the current language (the key itself for an unknown field)."""
    found = profile_field(key)
    return found.shown_label if found else key


def history_label(key: str) -> str:
    """The label a field's history lines use (the key itself for an unknown field)."""
    found = profile_field(key)
    return found.shown_history_label if found else key


def shown_value(declared: ProfileField, value: object) -> str:
    """A CHOICE or LIST value by its list labels (a key off the list as it is); other values as
    text: what a person reads in a sheet, the national workbook or the command line."""
    if declared.kind == CHOICE:
        return label(declared.choices, str(value or ""))
    if declared.kind == LIST:
        items = value if isinstance(value, list | tuple) else str(value or "").split("\n")
        return "; ".join(label(declared.choices, str(k)) for k in items if k)
    if value is None:
        return ""
    return value.isoformat() if isinstance(value, date) else str(value)


def shown_text(key: str, text: str) -> str:
    """A field's value kept as text (the history's old and new values) as a person reads it: a
    CHOICE or LIST key by its list label ("perangkat-daerah" → "Perangkat Daerah"); anything
    else, and any unknown field, as it is."""
    declared = profile_field(key)
    if declared is None or declared.kind not in (CHOICE, LIST):
        return text
    return shown_value(declared, text)


def step_fields(step: str, station: bool = False) -> tuple[ProfileField, ...]:
    """The fields a form edits on `step`, in declaration order; `station`: the station's form."""
    return tuple(f for f in PROFILE if f.step == step and (f.station or not station))


# -- the older names, derived (other code and the papers iterate them) --------------------------


@dataclass(frozen=True)
class Derived:
    """The names derived from a declaration, built in one place (`of`). Code reads them from
    this module (or domain/innovations.py) when it runs, never copies them at import: a test
    that declares one more field rebinds them all (tests/profile_field_case.py)."""

    INNOVATION_FIELDS: tuple[str, ...]
    FIELD_LABELS: dict[str, str]
    TEXT_FIELDS: tuple[str, ...]
    CHOICE_FIELDS: dict[str, str]
    LIST_FIELDS: dict[str, str]
    DATE_FIELDS: tuple[str, ...]
    NUMBER_FIELDS: tuple[str, ...]
    REQUIRED_FIELDS: tuple[str, ...]
    PROFILE_PARTS: tuple[str, ...]
    PRINTED_FIELDS: tuple[str, ...]
    STATION_FIELDS: tuple[str, ...]
    NATIONAL_COLUMNS: tuple[tuple[str, str], ...]

    @classmethod
    def of(cls, declared: tuple[ProfileField, ...]) -> Derived:
        return cls(
            INNOVATION_FIELDS=tuple(f.key for f in declared),
            FIELD_LABELS={f.key: f.label for f in declared},
            TEXT_FIELDS=tuple(f.key for f in declared if f.kind == TEXT),
            CHOICE_FIELDS={f.key: f.choices for f in declared if f.kind == CHOICE},
            LIST_FIELDS={f.key: f.choices for f in declared if f.kind == LIST},
            DATE_FIELDS=tuple(f.key for f in declared if f.kind == DATE),
            NUMBER_FIELDS=tuple(f.key for f in declared if f.kind == NUMBER),
            # What a design needs before the OPD leaves the design stage (and a rencana aksi).
            REQUIRED_FIELDS=tuple(f.key for f in declared if f.required),
            # What "profil 9/14 isian" counts: these fields and the rencana aksi ("actions").
            PROFILE_PARTS=(*(f.key for f in declared if f.progress), "actions"),
            PRINTED_FIELDS=tuple(f.key for f in declared if f.printed),
            STATION_FIELDS=tuple(f.key for f in declared if f.step and f.station),
            # (the national form's column, field) in the form's order
            NATIONAL_COLUMNS=tuple(
                (f.national_column, f.key) for f in declared if f.national_column
            ),
        )


_DERIVED = Derived.of(PROFILE)
INNOVATION_FIELDS = _DERIVED.INNOVATION_FIELDS
FIELD_LABELS = _DERIVED.FIELD_LABELS
TEXT_FIELDS = _DERIVED.TEXT_FIELDS
CHOICE_FIELDS = _DERIVED.CHOICE_FIELDS
LIST_FIELDS = _DERIVED.LIST_FIELDS
DATE_FIELDS = _DERIVED.DATE_FIELDS
NUMBER_FIELDS = _DERIVED.NUMBER_FIELDS
REQUIRED_FIELDS = _DERIVED.REQUIRED_FIELDS
PROFILE_PARTS = _DERIVED.PROFILE_PARTS
PRINTED_FIELDS = _DERIVED.PRINTED_FIELDS
STATION_FIELDS = _DERIVED.STATION_FIELDS
NATIONAL_COLUMNS = _DERIVED.NATIONAL_COLUMNS
