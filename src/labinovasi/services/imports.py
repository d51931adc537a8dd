"""Import planning: a CSV/XLSX of OPDs or ideas read once, checked against the workshop, and
turned into what would be written plus what refuses it. The preview and the import share the
plan, so what the user saw is what is written."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from labinovasi.domain import MAX_IDEA_LENGTH, Opd, clean_text
from labinovasi.domain.rules import (
    check_text,
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
IDEA_COLUMNS = {
    "opd": ("opd",),
    "text": ("gagasan", "idea"),
    "problem": ("masalah", "problem"),
    "author": ("pengusul", "author"),
}


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
        plan.problems.append(
            _("Kolom {columns} tidak ditemukan: pilih kolomnya.").format(
                columns=", ".join(read.missing)
            )
        )
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


# -- ideas ----------------------------------------------------------------------------------


@dataclass
class NewIdea:
    opd_id: str
    text: str
    problem: str = ""
    author: str = ""


@dataclass
class IdeaPlan:
    """The ideas an import would add, the rows it skips, and the problems that refuse it."""

    table: Table
    columns: dict[str, str]
    pending: list[NewIdea] = field(default_factory=list)
    report: ImportReport = field(default_factory=ImportReport)
    problems: list[str] = field(default_factory=list)

    def preview(self) -> ImportPreview:
        keys = [self.columns.get(k, "") for k in ("opd", "text", "problem", "author")]
        return ImportPreview(
            headers=[_("baris"), _("OPD"), _("gagasan"), _("masalah"), _("pengusul")],
            rows=[
                [str(line), *(row.get(k, "") if k else "" for k in keys)]
                for line, row in self.table.rows
            ],
            problems=self.problems,
            skipped=self.report.skipped,
            importable=0 if self.problems else len(self.pending),
        )


def plan_ideas(source: Path, opds: Iterable[Opd]) -> IdeaPlan:
    """Read `source` once and match each row to an OPD by singkatan or nama."""
    table = read_table(source, column_names(IDEA_COLUMNS))
    columns = pick_columns(table, IDEA_COLUMNS, ("opd", "text"), source)
    opds = list(opds)
    by_key: dict[str, Opd] = {}
    for opd in opds:
        by_key.setdefault(opd.name.casefold(), opd)
    for opd in opds:
        by_key[opd.abbreviation.casefold()] = opd  # singkatan wins over a same-named nama
    plan = IdeaPlan(table=table, columns=columns)
    for line, row in table.rows:
        opd_key = clean_text(row.get(columns["opd"], ""))
        text = clean_text(row.get(columns["text"], ""))
        office = by_key.get(opd_key.casefold())
        if office is None:
            plan.problems.append(
                _("baris {line}: OPD tidak dikenal: {key}").format(line=line, key=opd_key or "—")
            )
        elif not text:
            plan.report.skipped.append(
                _("baris {line}: gagasan kosong, dilewati").format(line=line)
            )
        elif len(text) > MAX_IDEA_LENGTH:
            plan.problems.append(
                _("baris {line}: gagasan lebih dari {n} karakter").format(
                    line=line, n=MAX_IDEA_LENGTH
                )
            )
        else:
            plan.pending.append(
                NewIdea(
                    opd_id=office.id,
                    text=text,
                    problem=check_text(row.get(columns.get("problem", ""), "")),
                    author=check_text(row.get(columns.get("author", ""), "")),
                )
            )
    return plan
