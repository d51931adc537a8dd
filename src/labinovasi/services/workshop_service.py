"""One open workshop and everything a facilitator, a station or a script does with it.

Every method that changes data commits before it returns: an acknowledged idea is on disk.
Methods hand out domain dataclasses, never ORM rows, so callers never touch SQL.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from labinovasi.domain import (
    DEFAULT_MIN_IDEAS,
    ActionItem,
    BadInput,
    Design,
    Idea,
    IdeaTally,
    Opd,
    RuleRefused,
    Stage,
    StageChange,
    Workshop,
    check_min_ideas,
    check_stage_move,
    check_usg,
    classify_ideas,
    progress_text,
    tally_ideas,
)
from labinovasi.domain.errors import LabinovasiError
from labinovasi.i18n import _
from labinovasi.storage import connection
from labinovasi.storage.models import (
    ActionItemRow,
    DesignRow,
    IdeaRevisionRow,
    IdeaRow,
    OpdRow,
    StageChangeRow,
    WorkshopRow,
    utcnow,
)
from labinovasi.storage.tabular import pick_columns, read_table

MAX_IDEA_LENGTH = 5000
OPD_COLUMNS = {"name": ("nama", "name"), "abbreviation": ("singkatan", "abbreviation")}
IDEA_COLUMNS = {
    "opd": ("opd",),
    "text": ("gagasan", "idea"),
    "problem": ("masalah", "problem"),
    "author": ("pengusul", "author"),
}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass
class IdeaView:
    """An idea with its counting marks; `number` is its place in the OPD (1 = oldest)."""

    idea: Idea
    number: int
    counted: bool
    blank: bool = False
    duplicate_of: str | None = None
    duplicate_of_number: int | None = None


@dataclass
class OpdStatus:
    opd: Opd
    tally: IdeaTally
    minimum: int

    @property
    def meets_minimum(self) -> bool:
        return self.tally.meets(self.minimum)

    @property
    def missing(self) -> int:
        return self.tally.missing(self.minimum)

    @property
    def progress(self) -> str:
        return progress_text(self.tally.counted, self.minimum)


@dataclass
class WorkshopStatus:
    workshop: Workshop
    opds: list[OpdStatus]

    @property
    def opds_meeting_minimum(self) -> int:
        return sum(s.meets_minimum for s in self.opds)

    @property
    def ideas(self) -> int:
        return sum(s.tally.stored for s in self.opds)

    @property
    def counted_ideas(self) -> int:
        return sum(s.tally.counted for s in self.opds)

    @property
    def duplicates(self) -> int:
        return sum(s.tally.duplicates for s in self.opds)

    def to_json(self) -> dict:
        """The public `status --json` shape; keys are a contract."""
        w = self.workshop
        return {
            "workshop": {"title": w.title, "region": w.region, "min_ideas": w.min_ideas},
            "opds": [
                {
                    "abbreviation": s.opd.abbreviation,
                    "name": s.opd.name,
                    "stage": s.opd.stage.value,
                    "ideas": s.tally.stored,
                    "counted_ideas": s.tally.counted,
                    "meets_minimum": s.meets_minimum,
                }
                for s in self.opds
            ],
            "totals": {
                "opds": len(self.opds),
                "opds_meeting_minimum": self.opds_meeting_minimum,
                "ideas": self.ideas,
                "counted_ideas": self.counted_ideas,
            },
        }


@dataclass
class ImportReport:
    imported: int = 0
    skipped: list[str] = field(default_factory=list)


@dataclass
class ImportPreview:
    """An import looked at before writing: rows as they would be stored, and what is wrong."""

    headers: list[str]
    rows: list[list[str]]
    problems: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    importable: int = 0

    @property
    def can_import(self) -> bool:
        return not self.problems and self.importable > 0


def clean_text(value: str | None) -> str:
    """Trim, and drop control characters a paste can carry; keep everything else as typed."""
    return _CONTROL.sub("", value or "").strip()


def _to_workshop(row: WorkshopRow) -> Workshop:
    return Workshop(
        id=row.id, title=row.title, region=row.region, min_ideas=row.min_ideas,
        start_date=row.start_date, end_date=row.end_date, place=row.place,
        station_id=row.station_id, station_name=row.station_name,
    )


def _to_opd(row: OpdRow) -> Opd:
    return Opd(id=row.id, name=row.name, abbreviation=row.abbreviation,
               stage=Stage(row.stage), position=row.position)


_IDEA_FIELDS = [f.name for f in fields(Idea)]


def _to_idea(row: IdeaRow) -> Idea:
    return Idea(**{name: getattr(row, name) for name in _IDEA_FIELDS})


def _to_design(row: DesignRow) -> Design:
    values = {f.name: getattr(row, f.name) for f in fields(Design) if f.name != "actions"}
    actions = [ActionItem(activity=a.activity, person=a.person, start=a.start_date,
                          end=a.end_date, output=a.output) for a in row.actions]
    return Design(**values, actions=actions)


class WorkshopService:
    """The open workshop. Create with `create()` or `open()`; `close()` when done."""

    def __init__(self, engine: Engine, target: str | Path):
        self.engine = engine
        self.target = target
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._last_stamp = utcnow()

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def create(cls, target: str | Path, title: str, region: str = "",
               min_ideas: int = DEFAULT_MIN_IDEAS, start_date: date | None = None,
               end_date: date | None = None, place: str = "") -> WorkshopService:
        title = clean_text(title)
        if not title:
            raise BadInput(_("Judul lokakarya wajib diisi."))
        check_min_ideas(min_ideas)
        engine = connection.create_database(target)
        service = cls(engine, target)
        with service._write() as session:
            session.add(WorkshopRow(title=title, region=clean_text(region), min_ideas=min_ideas,
                                    start_date=start_date, end_date=end_date or start_date,
                                    place=clean_text(place)))
        return service

    @classmethod
    def open(cls, target: str | Path) -> WorkshopService:
        return cls(connection.open_database(target), target)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> WorkshopService:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def _read(self) -> Session:
        return self._sessions()

    def _write(self):
        """A session whose work is committed (or rolled back) as one user action."""
        return self._sessions.begin()

    def _stamp(self) -> object:
        """A creation time strictly after the previous one, so idea order is stable."""
        now = utcnow()
        if now <= self._last_stamp:
            now = self._last_stamp + timedelta(microseconds=1)
        self._last_stamp = now
        return now

    # -- workshop ------------------------------------------------------------------------

    def workshop(self) -> Workshop:
        with self._read() as session:
            return _to_workshop(self._workshop_row(session))

    @staticmethod
    def _workshop_row(session: Session) -> WorkshopRow:
        row = session.scalars(select(WorkshopRow)).first()
        if row is None:
            raise LabinovasiError(_("Berkas tidak berisi data lokakarya."))
        return row

    def update_workshop(self, **changes) -> Workshop:
        """Change title, region, min_ideas, start_date, end_date or place."""
        allowed = {"title", "region", "min_ideas", "start_date", "end_date", "place"}
        unknown = set(changes) - allowed
        if unknown:
            raise BadInput(_("Isian tidak dikenal: {names}").format(names=", ".join(unknown)))
        if "title" in changes and not clean_text(changes["title"]):
            raise BadInput(_("Judul lokakarya wajib diisi."))
        if "min_ideas" in changes:
            check_min_ideas(changes["min_ideas"])
        with self._write() as session:
            row = self._workshop_row(session)
            for key, value in changes.items():
                setattr(row, key, clean_text(value) if isinstance(value, str) else value)
            return _to_workshop(row)

    # -- OPDs ----------------------------------------------------------------------------

    def list_opds(self) -> list[Opd]:
        with self._read() as session:
            rows = session.scalars(select(OpdRow).order_by(OpdRow.position, OpdRow.name))
            return [_to_opd(r) for r in rows]

    def find_opd(self, key: str) -> Opd:
        """By singkatan or nama, case-insensitively."""
        wanted = clean_text(key).casefold()
        for opd in self.list_opds():
            if wanted in (opd.abbreviation.casefold(), opd.name.casefold()):
                return opd
        raise BadInput(_("OPD tidak ditemukan: {key}").format(key=key))

    def get_opd(self, opd_id: str) -> Opd:
        with self._read() as session:
            row = session.get(OpdRow, opd_id)
            if row is None:
                raise BadInput(_("OPD tidak ditemukan: {key}").format(key=opd_id))
            return _to_opd(row)

    def add_opd(self, name: str, abbreviation: str) -> Opd:
        return self._add_opds([(0, name, abbreviation)])[0]

    def _add_opds(self, entries: Sequence[tuple[int, str, str]]) -> list[Opd]:
        """Validate all, then write all in one transaction; `int` is the source row (0: none)."""
        cleaned, problems = self._check_opds(entries)
        if problems:
            raise BadInput(_("OPD tidak ditambahkan; tidak ada yang ditulis."), problems)
        with self._write() as session:
            workshop = self._workshop_row(session)
            start = session.scalar(select(func.count()).select_from(OpdRow)) or 0
            rows = [OpdRow(workshop_id=workshop.id, name=n, abbreviation=a, position=start + i)
                    for i, (n, a) in enumerate(cleaned)]
            session.add_all(rows)
            session.flush()
            return [_to_opd(r) for r in rows]

    def _check_opds(self, entries: Sequence[tuple[int, str, str]]
                    ) -> tuple[list[tuple[str, str]], list[str]]:
        """The cleaned (name, abbreviation) pairs and the problems that refuse them."""
        problems = []
        existing = {o.abbreviation.casefold() for o in self.list_opds()}
        seen: set[str] = set()
        cleaned = []
        for line, name, abbreviation in entries:
            name, abbreviation = clean_text(name), clean_text(abbreviation)
            where = _("baris {line}: ").format(line=line) if line else ""
            if not name or not abbreviation:
                problems.append(where + _("nama dan singkatan OPD wajib diisi"))
            elif abbreviation.casefold() in existing:
                problems.append(where + _("singkatan {abbr} sudah ada").format(abbr=abbreviation))
            elif abbreviation.casefold() in seen:
                problems.append(where + _("singkatan {abbr} ganda").format(abbr=abbreviation))
            seen.add(abbreviation.casefold())
            cleaned.append((name, abbreviation))
        return cleaned, problems

    @staticmethod
    def _opd_entries(source: Path) -> list[tuple[int, str, str]]:
        table = read_table(source, _column_names(OPD_COLUMNS))
        columns = pick_columns(table, OPD_COLUMNS, ("name", "abbreviation"), source)
        return [(line, row.get(columns["name"], ""), row.get(columns["abbreviation"], ""))
                for line, row in table.rows]

    def import_opds(self, source: Path) -> ImportReport:
        return ImportReport(imported=len(self._add_opds(self._opd_entries(source))))

    def preview_import(self, kind: str, source: Path) -> ImportPreview:
        """What `import_opds` ("opd") or `import_ideas` ("ideas") would do with `source`,
        without writing: the rows as read, the problems that refuse the file, skipped rows.
        An unreadable file or missing columns raise BadInput, as the import does."""
        if kind == "opd":
            entries = self._opd_entries(source)
            cleaned, problems = self._check_opds(entries)
            return ImportPreview(
                headers=[_("baris"), _("nama"), _("singkatan")],
                rows=[[str(line), name, abbr] for line, name, abbr in entries],
                problems=problems, importable=0 if problems else len(cleaned))
        pending, report, problems = self._plan_ideas(source)
        table = read_table(source, _column_names(IDEA_COLUMNS))
        columns = pick_columns(table, IDEA_COLUMNS, ("opd", "text"), source)
        keys = [columns.get(k, "") for k in ("opd", "text", "problem", "author")]
        return ImportPreview(
            headers=[_("baris"), _("OPD"), _("gagasan"), _("masalah"), _("pengusul")],
            rows=[[str(line), *(row.get(k, "") if k else "" for k in keys)]
                  for line, row in table.rows],
            problems=problems, skipped=report.skipped,
            importable=0 if problems else len(pending))

    def rename_opd(self, opd_id: str, name: str, abbreviation: str) -> Opd:
        name, abbreviation = clean_text(name), clean_text(abbreviation)
        if not name or not abbreviation:
            raise BadInput(_("nama dan singkatan OPD wajib diisi"))
        clash = [o for o in self.list_opds()
                 if o.id != opd_id and o.abbreviation.casefold() == abbreviation.casefold()]
        if clash:
            raise BadInput(_("singkatan {abbr} sudah ada").format(abbr=abbreviation))
        with self._write() as session:
            row = session.get(OpdRow, opd_id)
            row.name, row.abbreviation = name, abbreviation
            return _to_opd(row)

    # -- ideas ---------------------------------------------------------------------------

    def add_idea(self, opd_id: str, text: str, author: str = "", problem: str = "",
                 station_id: str | None = None) -> IdeaView:
        """Store one idea and return it with its marks. Blank or over-long text is refused.
        On a station copy the idea carries the copy's station id unless one is given."""
        text = _checked_idea_text(text)
        with self._write() as session:
            if session.get(OpdRow, opd_id) is None:
                raise BadInput(_("OPD tidak ditemukan: {key}").format(key=opd_id))
            if station_id is None:
                station_id = self._workshop_row(session).station_id
            row = IdeaRow(opd_id=opd_id, text=text, author=clean_text(author),
                          problem=clean_text(problem), station_id=station_id,
                          created_at=self._stamp())
            session.add(row)
            session.flush()
            new_id = row.id
        return self.idea_view(new_id)

    def import_ideas(self, source: Path) -> ImportReport:
        """All rows or none: unknown OPDs or missing columns refuse the whole file."""
        pending, report, problems = self._plan_ideas(source)
        if problems:
            raise BadInput(_("Impor dibatalkan; tidak ada yang ditulis."), problems)
        with self._write() as session:
            for idea in pending:
                idea.created_at = self._stamp()
            session.add_all(pending)
        report.imported = len(pending)
        return report

    def _plan_ideas(self, source: Path) -> tuple[list[IdeaRow], ImportReport, list[str]]:
        """The idea rows an import would add (unsaved), skipped rows, and refusing problems."""
        table = read_table(source, _column_names(IDEA_COLUMNS))
        columns = pick_columns(table, IDEA_COLUMNS, ("opd", "text"), source)
        opds = self.list_opds()
        by_key = {}
        for opd in opds:
            by_key[opd.name.casefold()] = opd
            by_key[opd.abbreviation.casefold()] = opd  # singkatan wins over a same-named nama
        report = ImportReport()
        problems = []
        pending = []
        for line, row in table.rows:
            opd_key = clean_text(row.get(columns["opd"], ""))
            text = clean_text(row.get(columns["text"], ""))
            opd = by_key.get(opd_key.casefold())
            if opd is None:
                problems.append(_("baris {line}: OPD tidak dikenal: {key}").format(
                    line=line, key=opd_key or "—"))
            elif not text:
                report.skipped.append(_("baris {line}: gagasan kosong, dilewati").format(line=line))
            elif len(text) > MAX_IDEA_LENGTH:
                problems.append(_("baris {line}: gagasan lebih dari {n} karakter").format(
                    line=line, n=MAX_IDEA_LENGTH))
            else:
                pending.append(IdeaRow(
                    opd_id=opd.id, text=text,
                    problem=clean_text(row.get(columns.get("problem", ""), "")),
                    author=clean_text(row.get(columns.get("author", ""), "")),
                ))
        return pending, report, problems

    def list_ideas(self, opd_id: str | None = None) -> list[IdeaView]:
        """Ideas with marks, per OPD oldest first (OPDs in board order)."""
        with self._read() as session:
            query = (select(IdeaRow).join(OpdRow)
                     .order_by(OpdRow.position, OpdRow.name, IdeaRow.created_at, IdeaRow.id))
            if opd_id is not None:
                query = query.where(IdeaRow.opd_id == opd_id)
            ideas = [_to_idea(r) for r in session.scalars(query)]
        by_opd: dict[str, list[Idea]] = {}
        for idea in ideas:
            by_opd.setdefault(idea.opd_id, []).append(idea)
        views = []
        for group in by_opd.values():
            numbers = {idea.id: n for n, idea in enumerate(group, start=1)}
            for idea, mark in zip(group, classify_ideas(group), strict=True):
                views.append(IdeaView(
                    idea=idea, number=numbers[idea.id], counted=mark.counted, blank=mark.blank,
                    duplicate_of=mark.duplicate_of,
                    duplicate_of_number=numbers.get(mark.duplicate_of or ""),
                ))
        return views

    def idea_view(self, idea_id: str) -> IdeaView:
        idea = self.get_idea(idea_id)
        # Only ids and texts of the OPD's ideas: called after every add, on OPDs of thousands.
        with self._read() as session:
            rows = session.execute(select(IdeaRow.id, IdeaRow.text)
                                   .where(IdeaRow.opd_id == idea.opd_id)
                                   .order_by(IdeaRow.created_at, IdeaRow.id)).all()
        numbers = {row.id: n for n, row in enumerate(rows, start=1)}
        for row, mark in zip(rows, classify_ideas(rows), strict=True):
            if row.id == idea_id:
                return IdeaView(idea=idea, number=numbers[idea_id], counted=mark.counted,
                                blank=mark.blank, duplicate_of=mark.duplicate_of,
                                duplicate_of_number=numbers.get(mark.duplicate_of or ""))
        raise BadInput(_("Gagasan tidak ditemukan: {id}").format(id=idea_id))

    def get_idea(self, idea_id: str) -> Idea:
        with self._read() as session:
            row = session.get(IdeaRow, idea_id)
            if row is None:
                raise BadInput(_("Gagasan tidak ditemukan: {id}").format(id=idea_id))
            return _to_idea(row)

    def find_idea(self, key: str) -> Idea:
        """By full id or a unique prefix of it (at least 4 characters), as in git."""
        key = key.strip().lower()
        with self._read() as session:
            if len(key) < 4:
                raise BadInput(_("Gagasan tidak ditemukan: {id}").format(id=key))
            rows = session.scalars(select(IdeaRow).where(IdeaRow.id.startswith(key)).limit(2)).all()
        if len(rows) != 1:
            message = (_("Gagasan tidak ditemukan: {id}") if not rows
                       else _("Awalan id cocok dengan lebih dari satu gagasan: {id}"))
            raise BadInput(message.format(id=key))
        return _to_idea(rows[0])

    def update_idea(self, idea_id: str, **changes) -> IdeaView:
        """Edit any idea field (text, author, problem, root_cause, affected, apkl_*, usg_*,
        votes, chosen). A changed text keeps the old one in the idea's history."""
        allowed = set(_IDEA_FIELDS) - {"id", "opd_id", "created_at", "updated_at"}
        unknown = set(changes) - allowed
        if unknown:
            raise BadInput(_("Isian tidak dikenal: {names}").format(names=", ".join(unknown)))
        if "text" in changes:
            changes["text"] = _checked_idea_text(changes["text"])
        for key in ("usg_urgency", "usg_seriousness", "usg_growth"):
            if key in changes:
                changes[key] = check_usg(changes[key])
        if "votes" in changes and int(changes["votes"]) < 0:
            raise BadInput(_("Jumlah suara tidak boleh negatif."))
        with self._write() as session:
            # FOR UPDATE on a server: two laptops editing one idea at once take turns, so the
            # history records each replaced text (SQLite serialises writers anyway).
            row = session.get(IdeaRow, idea_id, with_for_update=True)
            if row is None:
                raise BadInput(_("Gagasan tidak ditemukan: {id}").format(id=idea_id))
            if "text" in changes and changes["text"] != row.text:
                session.add(IdeaRevisionRow(idea_id=row.id, text=row.text, problem=row.problem,
                                            author=row.author, written_at=row.updated_at,
                                            source="edit"))
            for key, value in changes.items():
                setattr(row, key, clean_text(value) if isinstance(value, str) else value)
        return self.idea_view(idea_id)

    def idea_history(self, idea_id: str) -> list[str]:
        with self._read() as session:
            rows = session.scalars(select(IdeaRevisionRow).where(IdeaRevisionRow.idea_id == idea_id)
                                   .order_by(IdeaRevisionRow.replaced_at))
            return [r.text for r in rows]

    def choose_idea(self, idea_id: str, chosen: bool = True) -> IdeaView:
        return self.update_idea(idea_id, chosen=chosen)

    # -- stages --------------------------------------------------------------------------

    def move_stage(self, opd_id: str, target: Stage, override_reason: str | None = None
                   ) -> StageChange | None:
        """Move an OPD; a refusal raises RuleRefused with the domain's message. Returns the
        recorded change, or None when the OPD already was at `target`."""
        opd = self.get_opd(opd_id)
        ideas = [v.idea for v in self.list_ideas(opd_id)]
        decision = check_stage_move(opd, target, ideas, self.design_for(opd_id),
                                    self.workshop().min_ideas, override_reason)
        if not decision.allowed:
            raise RuleRefused(decision.message)
        if target == opd.stage:
            return None
        with self._write() as session:
            row = session.get(OpdRow, opd_id)
            change = StageChangeRow(opd_id=opd_id, from_stage=row.stage, to_stage=target.value,
                                    override_reason=clean_text(override_reason)
                                    if decision.overridden else "")
            row.stage = target.value
            session.add(change)
            session.flush()
            return StageChange(id=change.id, opd_id=opd_id, from_stage=Stage(change.from_stage),
                               to_stage=target, override_reason=change.override_reason,
                               at=change.at)

    def stage_changes(self, opd_id: str | None = None) -> list[StageChange]:
        with self._read() as session:
            query = select(StageChangeRow).order_by(StageChangeRow.at)
            if opd_id:
                query = query.where(StageChangeRow.opd_id == opd_id)
            return [StageChange(id=r.id, opd_id=r.opd_id, from_stage=Stage(r.from_stage),
                                to_stage=Stage(r.to_stage), override_reason=r.override_reason,
                                at=r.at) for r in session.scalars(query)]

    # -- designs -------------------------------------------------------------------------

    def design_for(self, opd_id: str) -> Design | None:
        """The OPD's design (the first one, when an OPD designs several)."""
        designs = self.designs(opd_id)
        return designs[0] if designs else None

    def designs(self, opd_id: str | None = None) -> list[Design]:
        with self._read() as session:
            query = select(DesignRow).order_by(DesignRow.created_at)
            if opd_id:
                query = query.where(DesignRow.opd_id == opd_id)
            return [_to_design(r) for r in session.scalars(query)]

    def save_design(self, design: Design) -> Design:
        """Insert or replace a design with its rencana aksi; `design.id` empty means new."""
        if design.budget is not None and design.budget < 0:
            raise BadInput(_("Anggaran tidak boleh negatif."))
        for action in design.actions:
            if action.start and action.end and action.end < action.start:
                raise BadInput(_("Rencana aksi \u201c{activity}\u201d: tanggal selesai sebelum "
                                 "tanggal mulai.").format(activity=action.activity))
        with self._write() as session:
            if session.get(OpdRow, design.opd_id) is None:
                raise BadInput(_("OPD tidak ditemukan: {key}").format(key=design.opd_id))
            row = session.get(DesignRow, design.id) if design.id else None
            if row is None:
                row = DesignRow(opd_id=design.opd_id)
                if design.id:
                    row.id = design.id
                session.add(row)
            for f in fields(Design):
                if f.name not in ("id", "opd_id", "actions", "updated_at"):
                    value = getattr(design, f.name)
                    setattr(row, f.name, clean_text(value) if isinstance(value, str) else value)
            row.actions = [
                ActionItemRow(position=i, activity=clean_text(a.activity),
                              person=clean_text(a.person), start_date=a.start, end_date=a.end,
                              output=clean_text(a.output))
                for i, a in enumerate(design.actions) if clean_text(a.activity)
            ]
            session.flush()
            return replace(_to_design(row))

    # -- status --------------------------------------------------------------------------

    def status(self) -> WorkshopStatus:
        workshop = self.workshop()
        # Counting needs only id and text, oldest first per OPD (list_ideas' order): reading
        # just those, without building views, keeps the board fast on a big workshop.
        with self._read() as session:
            rows = session.execute(select(IdeaRow.id, IdeaRow.opd_id, IdeaRow.text)
                                   .order_by(IdeaRow.created_at, IdeaRow.id)).all()
        ideas_by_opd: dict[str, list] = {}
        for row in rows:
            ideas_by_opd.setdefault(row.opd_id, []).append(row)
        return WorkshopStatus(
            workshop=workshop,
            opds=[OpdStatus(opd, tally_ideas(ideas_by_opd.get(opd.id, [])), workshop.min_ideas)
                  for opd in self.list_opds()],
        )

    def opd_status(self, opd_id: str) -> OpdStatus:
        opd = self.get_opd(opd_id)
        ideas = [v.idea for v in self.list_ideas(opd_id)]
        return OpdStatus(opd, tally_ideas(ideas), self.workshop().min_ideas)


def _column_names(columns: dict[str, Sequence[str]]) -> set[str]:
    """Every heading (Indonesian or English) an import knows, to find the heading row."""
    return {name for names in columns.values() for name in names}


def _checked_idea_text(text: str) -> str:
    text = clean_text(text)
    if not text:
        raise BadInput(_("Gagasan kosong tidak disimpan. Tulis gagasannya dulu."))
    if len(text) > MAX_IDEA_LENGTH:
        raise BadInput(_("Gagasan terlalu panjang (lebih dari {n} karakter).").format(
            n=MAX_IDEA_LENGTH))
    return text
