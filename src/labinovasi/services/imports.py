"""Import planning: a CSV/XLSX of OPDs, ideas or participants read once, checked against the
workshop, and turned into what would be written plus what refuses it. The preview and the
import share the plan, so what the user saw is what is written."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from labinovasi.domain import BadInput, Opd, clean_text
from labinovasi.domain.papers import clean_nip
from labinovasi.domain.rules import (
    check_idea_text,
    check_text,
    closest_opds,
    split_opd_abbreviation,
    suggest_opd_abbreviation,
    tidy_opd_name,
)
from labinovasi.i18n import _
from labinovasi.services.views import ImportPreview, ImportReport
from labinovasi.storage.tabular import Table, find_columns, pick_columns, read_table

# The headings offices use, most usual first ("No" is read past: it is not needed).
OPD_COLUMNS = {
    "name": (
        "nama",
        "name",
        "nama opd",
        "nama perangkat daerah",
        "perangkat daerah",
        "nama skpd",
        "nama instansi",
        "opd",
        "skpd",
        "instansi",
    ),
    "abbreviation": (
        "singkatan",
        "abbreviation",
        "akronim",
        "kode",
        "singkatan opd",
        "kode opd",
        "nama singkat",
    ),
}
# A form export (Google Forms, Kobo) asks "Nama Perangkat Daerah", "Gagasan Inovasi", "Nama
# Pengusul": those are found without asking; any other heading is chosen in the preview.
IDEA_COLUMNS = {
    "opd": (
        "opd",
        "nama opd",
        "nama perangkat daerah",
        "perangkat daerah",
        "singkatan opd",
        "skpd",
        "nama skpd",
        "instansi",
        "unit kerja",
    ),
    "text": (
        "gagasan",
        "idea",
        "gagasan inovasi",
        "ide inovasi",
        "ide",
        "ide/gagasan",
        "nama gagasan",
        "judul gagasan",
    ),
    "problem": ("masalah", "problem", "permasalahan", "masalah yang diatasi"),
    "author": ("pengusul", "author", "nama pengusul", "diusulkan oleh"),
}
# The columns the preview lets the user choose, in the order shown, and those required.
IDEA_FIELDS = ("opd", "text", "problem", "author")
IDEA_REQUIRED = ("opd", "text")

PERSON_COLUMNS = {
    "name": ("nama", "name", "nama lengkap", "nama peserta"),
    "nip": ("nip",),
    # "Pangkat / Gol.", "Pangkat/Gol", "Pangkat / Golongan": one column with both ...
    "rank": (
        "pangkat/golongan",
        "pangkat/gol",
        "pangkat/golongan/ruang",
        "pangkat/gol/ruang",
        "pangkat golongan",
        "pangkat",
        "rank",
    ),
    # ... or the golongan alone ("Gol.", "Gol/Ruang"), joined to a pangkat column if any.
    "grade": ("golongan", "gol", "golongan/ruang", "gol/ruang", "gol ruang"),
    "position": ("jabatan", "position"),
    "opd": (
        "opd",
        "perangkat daerah",
        "instansi",
        "unit kerja",
        "nama opd",
        "nama perangkat daerah",
        "skpd",
        "asal opd",
        "asal instansi",
    ),
    "phone": ("nomor hp", "no hp", "hp", "nomor telepon", "telepon", "whatsapp", "phone"),
}
PERSON_FIELDS = ("name", "nip", "rank", "position", "opd", "phone")


def column_names(columns: Mapping[str, Sequence[str]]) -> set[str]:
    """Every heading (Indonesian or English) an import knows, to find the heading row."""
    return {name for names in columns.values() for name in names}


# -- OPDs -----------------------------------------------------------------------------------


@dataclass
class OpdPlan:
    """OPD rows as read (source line, name, singkatan), cleaned, and what refuses them.
    `marks` holds, per entry, "" (to import), "skipped" or "problem" and its note."""

    entries: list[tuple[int, str, str]]
    cleaned: list[tuple[str, str]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    marks: list[tuple[str, str]] = field(default_factory=list)
    file_headers: list[str] = field(default_factory=list)
    columns: dict[str, str] = field(default_factory=dict)

    def preview(self) -> ImportPreview:
        return ImportPreview(
            headers=[_("baris"), _("nama"), _("singkatan")],
            rows=[[str(line), name, abbr] for line, name, abbr in self.entries],
            problems=self.problems,
            skipped=self.skipped,
            importable=0 if self.problems else len(self.cleaned),
            marks=self.marks,
            file_headers=self.file_headers,
            columns=self.columns,
        )


@dataclass
class OpdSource:
    """The OPD rows of a file, the file's headings and which of them were used."""

    entries: list[tuple[int, str, str]]
    file_headers: list[str]
    columns: dict[str, str]
    missing: list[str]


def read_opd_source(
    source: Path, chosen: dict[str, str] | None = None, tidy: bool = False
) -> OpdSource:
    """Read an OPD file; `chosen` maps "name"/"abbreviation" to the heading the user picked.
    Columns not found are reported in `missing` (the preview asks the user to pick them).
    `tidy`: names in capitals tidied, a singkatan in brackets after the name taken out."""
    table = read_table(source, column_names(OPD_COLUMNS))
    columns = find_columns(table, OPD_COLUMNS, chosen)
    # A list without a singkatan column is read too: each name gets a suggested singkatan.
    missing = [OPD_COLUMNS["name"][0]] if "name" not in columns else []
    entries = []
    if not missing:
        for line, row in table.rows:
            name = row.get(columns["name"], "")
            if "abbreviation" in columns:
                abbreviation = row.get(columns["abbreviation"], "")
            else:
                abbreviation = suggest_opd_abbreviation(name) if clean_text(name) else ""
                name = split_opd_abbreviation(name)[0]
            entries.append((line, name, abbreviation))
    if tidy:
        entries = [(line, *tidy_opd_name(name, abbr)) for line, name, abbr in entries]
    return OpdSource(entries, table.headers, columns, missing)


def read_opd_entries(source: Path) -> list[tuple[int, str, str]]:
    table = read_table(source, column_names(OPD_COLUMNS))
    columns = pick_columns(table, OPD_COLUMNS, ("name", "abbreviation"), source)
    return [
        (line, row.get(columns["name"], ""), row.get(columns["abbreviation"], ""))
        for line, row in table.rows
    ]


def plan_opd_source(
    read: OpdSource, existing: Iterable[Opd], skip_existing: bool = False
) -> OpdPlan:
    if read.missing:
        plan = OpdPlan(entries=[], file_headers=read.file_headers, columns=read.columns)
        plan.problems.append(missing_columns_problem(read.missing))
        return plan
    plan = plan_opds(read.entries, existing, skip_existing)
    plan.file_headers, plan.columns = read.file_headers, read.columns
    return plan


def plan_opds(
    entries: Sequence[tuple[int, str, str]], existing: Iterable[Opd], skip_existing: bool = False
) -> OpdPlan:
    """Check (line, name, singkatan) entries against the workshop's OPDs; line 0: typed.
    Rows of a file with neither name nor singkatan are skipped; with `skip_existing`, so are
    OPDs whose singkatan (any case) the workshop already has."""
    plan = OpdPlan(entries=list(entries))
    taken = {o.abbreviation.casefold() for o in existing}
    seen: set[str] = set()
    for line, name, abbreviation in entries:
        name, abbreviation = check_text(name), check_text(abbreviation)
        where = _("baris {line}: ").format(line=line) if line else ""
        problem = ""
        if line and not name and not abbreviation:
            note = where + _("kosong, dilewati")
            plan.skipped.append(note)
            plan.marks.append(("skipped", note))
            continue
        if skip_existing and abbreviation.casefold() in taken:
            note = where + _("{abbr} sudah ada, dilewati").format(abbr=abbreviation)
            plan.skipped.append(note)
            plan.marks.append(("skipped", note))
            continue
        if not name or not abbreviation:
            problem = where + _("nama dan singkatan OPD wajib diisi")
        elif abbreviation.casefold() in taken:
            problem = where + _("singkatan {abbr} sudah ada").format(abbr=abbreviation)
        elif abbreviation.casefold() in seen:
            problem = where + _("singkatan {abbr} ganda").format(abbr=abbreviation)
        if problem:
            plan.problems.append(problem)
        plan.marks.append(("problem" if problem else "", problem))
        seen.add(abbreviation.casefold())
        plan.cleaned.append((name, abbreviation))
    return plan


def opd_index(opds: Iterable[Opd]) -> dict[str, Opd]:
    """The OPDs by casefolded nama and singkatan, as a file names them (singkatan wins over
    a same-named nama)."""
    opds = list(opds)
    by_key: dict[str, Opd] = {}
    for opd in opds:
        by_key.setdefault(opd.name.casefold(), opd)
    for opd in opds:
        by_key[opd.abbreviation.casefold()] = opd
    return by_key


def unknown_opd_note(
    line: int, key: str, opds: Iterable[Opd], nearest: dict[str, str] | None = None
) -> str:
    """ "baris 3: OPD tidak dikenal: Dinas Kesehatn; mungkin maksudnya: Dinas Kesehatan
    (DINKES)" (the nearest OPDs, as domain.rules.closest_opds finds them). `nearest` keeps
    what was found per key: a file repeats its unknown OPD on many rows."""
    note = _("baris {line}: OPD tidak dikenal: {key}").format(line=line, key=key or "—")
    nearest = {} if nearest is None else nearest
    if key and key.casefold() not in nearest:
        close = closest_opds(key, opds)
        nearest[key.casefold()] = (
            "; "
            + _("mungkin maksudnya: {names}").format(
                names=", ".join(f"{o.name} ({o.abbreviation})" for o in close)
            )
            if close
            else ""
        )
    return note + (nearest[key.casefold()] if key else "")


def missing_columns_problem(missing: Sequence[str]) -> str:
    return _("Kolom {columns} tidak ditemukan: pilih kolomnya.").format(columns=", ".join(missing))


# -- ideas ----------------------------------------------------------------------------------


@dataclass
class NewIdea:
    opd_id: str
    text: str
    problem: str = ""
    author: str = ""


@dataclass
class IdeaPlan:
    """The ideas an import would add, the rows it skips, and the problems that refuse it.
    `missing`: required columns not found (the preview asks the user to choose them)."""

    table: Table
    columns: dict[str, str]
    pending: list[NewIdea] = field(default_factory=list)
    report: ImportReport = field(default_factory=ImportReport)
    problems: list[str] = field(default_factory=list)
    marks: list[tuple[str, str]] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    def preview(self) -> ImportPreview:
        keys = [self.columns.get(k, "") for k in IDEA_FIELDS]
        return ImportPreview(
            headers=[_("baris"), _("OPD"), _("gagasan"), _("masalah"), _("pengusul")],
            rows=[
                [str(line), *(row.get(k, "") if k else "" for k in keys)]
                for line, row in self.table.rows
            ],
            problems=self.problems,
            skipped=self.report.skipped,
            importable=0 if self.problems else len(self.pending),
            marks=self.marks,
            file_headers=self.table.headers,
            columns=self.columns,
        )

    def refuse(self, source: Path) -> None:
        """Raise what refuses the import (nothing is written), if anything does."""
        if self.missing:
            raise BadInput(
                _("Kolom wajib tidak ada di {path}: {columns}").format(
                    path=source.name, columns=", ".join(self.missing)
                ),
                [_("Kolom yang ada: {columns}").format(columns=", ".join(self.table.headers))],
            )
        if self.problems:
            raise BadInput(_("Impor dibatalkan; tidak ada yang ditulis."), self.problems)


def plan_ideas(
    source: Path,
    opds: Iterable[Opd],
    columns: dict[str, str] | None = None,
    skip_unknown: bool = False,
) -> IdeaPlan:
    """Read `source` once and match each row to an OPD by singkatan or nama. `columns` maps
    opd/text/problem/author to the headings the user chose. Each row is checked as a typed
    idea is (domain.rules.check_idea_text, check_text). With `skip_unknown`, rows naming an
    OPD the workshop does not have are skipped and reported instead of refusing the file."""
    table = read_table(source, column_names(IDEA_COLUMNS))
    found = find_columns(table, IDEA_COLUMNS, columns)
    opds = list(opds)
    by_key = opd_index(opds)
    nearest: dict[str, str] = {}
    plan = IdeaPlan(table=table, columns=found)
    plan.missing = [IDEA_COLUMNS[f][0] for f in IDEA_REQUIRED if f not in found]
    if plan.missing:
        plan.problems.append(missing_columns_problem(plan.missing))
        return plan
    for line, row in table.rows:
        opd_key = clean_text(row.get(found["opd"], ""))
        text = clean_text(row.get(found["text"], ""))
        office = by_key.get(opd_key.casefold())
        where = _("baris {line}: ").format(line=line)
        note = ""
        if office is None:
            note = unknown_opd_note(line, opd_key, opds, nearest)
            if skip_unknown:
                note += _(", dilewati")
                plan.report.skipped.append(note)
                plan.marks.append(("skipped", note))
            else:
                plan.problems.append(note)
                plan.marks.append(("problem", note))
            continue
        if not text:
            note = _("baris {line}: gagasan kosong, dilewati").format(line=line)
            plan.report.skipped.append(note)
            plan.marks.append(("skipped", note))
            continue
        try:
            new = NewIdea(
                opd_id=office.id,
                text=check_idea_text(text),
                problem=check_text(row.get(found.get("problem", ""), ""), _("masalah")),
                author=check_text(row.get(found.get("author", ""), ""), _("pengusul")),
            )
        except BadInput as error:
            note = where + error.message
            plan.problems.append(note)
            plan.marks.append(("problem", note))
            continue
        plan.pending.append(new)
        plan.marks.append(("", ""))
    return plan


# -- participants ---------------------------------------------------------------------------


@dataclass
class NewPerson:
    name: str
    nip: str = ""
    rank: str = ""
    position: str = ""
    opd_id: str | None = None
    opd_name: str = ""  # as written, when the workshop has no such OPD
    phone: str = ""


@dataclass
class PersonPlan:
    """The participants of a file: the rows that can be written (`people`) and every problem
    of the others (row, column, value, why). A problem refuses only its own row: the good
    rows may be imported on request (`partial`)."""

    table: Table
    columns: dict[str, str]
    people: list[NewPerson] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    marks: list[tuple[str, str]] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    def preview(self) -> ImportPreview:
        keys = [self.columns.get(k, "") for k in PERSON_FIELDS]
        grade = self.columns.get("grade", "")
        rows = []
        for line, row in self.table.rows:
            values = [row.get(k, "") if k else "" for k in keys]
            values[2] = join_rank(values[2], row.get(grade, "") if grade else "")
            rows.append([str(line), *values])
        return ImportPreview(
            headers=[
                _("baris"),
                _("nama"),
                _("NIP"),
                _("pangkat/gol."),
                _("jabatan"),
                _("OPD"),
                _("nomor HP"),
            ],
            rows=rows,
            problems=self.problems,
            importable=0 if self.missing else len(self.people),
            marks=self.marks,
            file_headers=self.table.headers,
            columns=self.columns,
            partial=not self.missing,
        )

    @property
    def bad_rows(self) -> list[str]:
        """One line per refused row, naming each of its problems."""
        return [note for mark, note in self.marks if mark == "problem"]

    def refuse(self, source: Path, skip_bad: bool = False) -> None:
        if self.missing:
            raise BadInput(
                _("Kolom wajib tidak ada di {path}: {columns}").format(
                    path=source.name, columns=", ".join(self.missing)
                ),
                [_("Kolom yang ada: {columns}").format(columns=", ".join(self.table.headers))],
            )
        if self.problems and not skip_bad:
            raise BadInput(
                _(
                    "Peserta tidak diimpor; tidak ada yang ditulis. {n} baris benar dapat "
                    "diimpor tanpa baris yang bermasalah."
                ).format(n=len(self.people)),
                self.problems,
            )


def join_rank(rank: str, grade: str) -> str:
    """A pangkat and a golongan from two columns as one: "Penata (III/c)"."""
    rank, grade = clean_text(rank), clean_text(grade)
    if rank and grade and grade not in rank:
        return f"{rank} ({grade})"
    return rank or grade


def plan_participants(
    source: Path, opds: Iterable[Opd], columns: dict[str, str] | None = None
) -> PersonPlan:
    """Read a participants file (nama, NIP, pangkat/golongan, jabatan, OPD, nomor HP) and
    check every cell of every row, naming each problem, not only a row's first."""
    table = read_table(source, column_names(PERSON_COLUMNS))
    found = find_columns(table, PERSON_COLUMNS, columns)
    plan = PersonPlan(table=table, columns=found)
    if "name" not in found:
        plan.missing = [PERSON_COLUMNS["name"][0]]
        plan.problems.append(missing_columns_problem(plan.missing))
        return plan
    by_key = opd_index(opds)
    for line, raw in table.rows:
        value = {key: clean_text(raw.get(header, "")) for key, header in found.items()}
        where = {
            key: _("baris {line}, kolom {column}: ").format(line=line, column=header)
            for key, header in found.items()
        }
        problems = []
        if not value["name"]:
            problems.append(where["name"] + _("nama kosong; nama wajib diisi"))
        nip = ""
        try:
            nip = clean_nip(value.get("nip", ""))
        except BadInput as error:
            problems.append(where["nip"] + error.message)
        if problems:
            plan.problems.extend(problems)
            plan.marks.append(("problem", "; ".join(problems)))
            continue
        opd_key = value.get("opd", "")
        match = by_key.get(opd_key.casefold()) if opd_key else None
        plan.people.append(
            NewPerson(
                name=value["name"],
                nip=nip,
                rank=join_rank(value.get("rank", ""), value.get("grade", "")),
                position=value.get("position", ""),
                opd_id=match.id if match else None,
                opd_name="" if match else opd_key,
                phone=value.get("phone", ""),
            )
        )
        plan.marks.append(("", ""))
    return plan
