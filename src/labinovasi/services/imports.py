"""Import planning: a CSV/XLSX of OPDs or ideas read once, checked against the workshop, and
turned into what would be written plus what refuses it. The preview and the import share the
plan, so what the user saw is what is written."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from labinovasi.domain import MAX_IDEA_LENGTH, Opd, clean_text
from labinovasi.i18n import _
from labinovasi.services.views import ImportPreview, ImportReport
from labinovasi.storage.tabular import Table, pick_columns, read_table

OPD_COLUMNS = {"name": ("nama", "name"), "abbreviation": ("singkatan", "abbreviation")}
IDEA_COLUMNS = {
    "opd": ("opd",),
    "text": ("gagasan", "idea"),
    "problem": ("masalah", "problem"),
    "author": ("pengusul", "author"),
}


def column_names(columns: dict[str, Sequence[str]]) -> set[str]:
    """Every heading (Indonesian or English) an import knows, to find the heading row."""
    return {name for names in columns.values() for name in names}


# -- OPDs -----------------------------------------------------------------------------------


@dataclass
class OpdPlan:
    """OPD rows as read (source line, name, singkatan), cleaned, and what refuses them."""

    entries: list[tuple[int, str, str]]
    cleaned: list[tuple[str, str]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def preview(self) -> ImportPreview:
        return ImportPreview(
            headers=[_("baris"), _("nama"), _("singkatan")],
            rows=[[str(line), name, abbr] for line, name, abbr in self.entries],
            problems=self.problems, importable=0 if self.problems else len(self.cleaned))


def read_opd_entries(source: Path) -> list[tuple[int, str, str]]:
    table = read_table(source, column_names(OPD_COLUMNS))
    columns = pick_columns(table, OPD_COLUMNS, ("name", "abbreviation"), source)
    return [(line, row.get(columns["name"], ""), row.get(columns["abbreviation"], ""))
            for line, row in table.rows]


def plan_opds(entries: Sequence[tuple[int, str, str]], existing: Iterable[Opd]) -> OpdPlan:
    """Check (line, name, singkatan) entries against the workshop's OPDs; line 0: typed."""
    plan = OpdPlan(entries=list(entries))
    taken = {o.abbreviation.casefold() for o in existing}
    seen: set[str] = set()
    for line, name, abbreviation in entries:
        name, abbreviation = clean_text(name), clean_text(abbreviation)
        where = _("baris {line}: ").format(line=line) if line else ""
        if not name or not abbreviation:
            plan.problems.append(where + _("nama dan singkatan OPD wajib diisi"))
        elif abbreviation.casefold() in taken:
            plan.problems.append(where + _("singkatan {abbr} sudah ada").format(
                abbr=abbreviation))
        elif abbreviation.casefold() in seen:
            plan.problems.append(where + _("singkatan {abbr} ganda").format(abbr=abbreviation))
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
            rows=[[str(line), *(row.get(k, "") if k else "" for k in keys)]
                  for line, row in self.table.rows],
            problems=self.problems, skipped=self.report.skipped,
            importable=0 if self.problems else len(self.pending))


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
        opd = by_key.get(opd_key.casefold())
        if opd is None:
            plan.problems.append(_("baris {line}: OPD tidak dikenal: {key}").format(
                line=line, key=opd_key or "—"))
        elif not text:
            plan.report.skipped.append(
                _("baris {line}: gagasan kosong, dilewati").format(line=line))
        elif len(text) > MAX_IDEA_LENGTH:
            plan.problems.append(_("baris {line}: gagasan lebih dari {n} karakter").format(
                line=line, n=MAX_IDEA_LENGTH))
        else:
            plan.pending.append(NewIdea(
                opd_id=opd.id, text=text,
                problem=clean_text(row.get(columns.get("problem", ""), "")),
                author=clean_text(row.get(columns.get("author", ""), ""))))
    return plan
