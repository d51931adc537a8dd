"""One open workshop and everything a facilitator, a station or a script does with it.

Every method that changes data commits before it returns: an acknowledged idea is on disk.
Methods hand out domain dataclasses, never ORM rows, so callers never touch SQL.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Connection, Engine, and_, bindparam, event, func, or_, select
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session, sessionmaker

from labinovasi.domain import (
    DEFAULT_MIN_IDEAS,
    BadInput,
    CannotOpen,
    Idea,
    IdeaTally,
    Opd,
    RuleRefused,
    Stage,
    StageChange,
    StageDecision,
    Workshop,
    check_idea_text,
    check_min_ideas,
    check_stage_move,
    check_usg,
    clean_text,
)
from labinovasi.domain.innovations import check_dots
from labinovasi.domain.rules import check_text, check_votes
from labinovasi.i18n import _
from labinovasi.services import imports, output_files
from labinovasi.services.board_preview import workshop_status
from labinovasi.services.views import (
    IdeaView,
    ImportPreview,
    ImportReport,
    OpdStatus,
    WorkshopStatus,
)
from labinovasi.storage import backups, board_read, busy, connection, idea_marks
from labinovasi.storage.mappers import IDEA_FIELDS, to_idea, to_opd, to_workshop
from labinovasi.storage.models import (
    IdeaRevisionRow,
    IdeaRow,
    OpdRow,
    StageChangeRow,
    WorkshopRow,
    new_id,
    table_of,
    utcnow,
)

# The workshop's settings: what update_workshop changes and a merge compares.
WORKSHOP_FIELDS = (
    "title",
    "region",
    "min_ideas",
    "start_date",
    "end_date",
    "place",
    "dots_per_participant",
)


def offer_backup(error: CannotOpen, target: str | Path) -> None:
    """A file that cannot be opened: name its own latest good backup, and how to restore it."""
    if connection.is_url(target) or not Path(target).exists():
        return
    latest = backups.latest_backup(Path(target))
    if latest is not None:
        error.details.append(
            _('Cadangan terbaru: {backup} — pulihkan dengan: labinovasi restore "{path}"').format(
                backup=latest, path=target
            )
        )


class WorkshopService:
    """The open workshop. Create with `create()` or `open()`; `close()` when done."""

    def __init__(self, engine: Engine, target: str | Path):
        self.engine = engine
        self.target = target
        if not connection.is_url(target):
            output_files.protect(target)  # no report or export may write over it
            self._protected = True
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._last_stamp = utcnow()
        self._watch: Any = None  # the connection data_version() asks (kept checked out)
        self._closed = False

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        target: str | Path,
        title: str,
        region: str = "",
        min_ideas: int = DEFAULT_MIN_IDEAS,
        start_date: date | None = None,
        end_date: date | None = None,
        place: str = "",
    ) -> WorkshopService:
        title = check_text(title)
        if not title:
            raise BadInput(_("Judul lokakarya wajib diisi."))
        check_min_ideas(min_ideas)
        engine = connection.create_database(target)
        service = cls(engine, target)
        with service._write() as session:
            session.add(
                WorkshopRow(
                    title=title,
                    region=check_text(region),
                    min_ideas=min_ideas,
                    start_date=start_date,
                    end_date=end_date or start_date,
                    place=check_text(place),
                )
            )
        return service

    @classmethod
    def open(cls, target: str | Path, backup_in_background: bool = False) -> WorkshopService:
        """Open a workshop. The rotating backup due on open is made before returning, or, for
        a window that should show the workshop at once, in a thread of its own."""
        try:
            engine = connection.open_database(target)
        except CannotOpen as error:
            offer_backup(error, target)
            raise
        service = cls(engine, target)
        if backup_in_background:
            threading.Thread(
                target=service._backup_if_due, name="labinovasi-backup", daemon=True
            ).start()
        else:
            service._backup_if_due()
        event.listen(service._sessions, "after_commit", lambda _s: service._after_commit())
        return service

    def _after_commit(self) -> None:
        # Looking at the backup folder once a minute at most, not after every idea.
        if time.monotonic() >= getattr(self, "_next_backup_check", 0.0):
            self._next_backup_check = time.monotonic() + 60
            self._backup_if_due()

    def _backup_if_due(self) -> None:
        """A rotating backup of a file on open and after changes (storage/backups.py). A
        backup that cannot be made (disk full, no data folder) never stops the work."""
        if connection.is_url(self.target) or self.read_only:
            return
        try:
            with self._read() as session:
                row = session.execute(select(WorkshopRow.id, WorkshopRow.station_id)).first()
            if row is None:
                return
            identity = backups.FileIdentity(row[0], row[1])
            if backups.backup_due(Path(self.target), identity):
                backups.make_backup(Path(self.target), identity)
        except (OSError, sqlite3.Error):
            pass

    def close(self) -> None:
        self._closed = True
        watch = self._watch
        if watch is not None:
            self._watch = None
            watch.close()
        self.engine.dispose()
        if getattr(self, "_protected", False):
            self._protected = False
            output_files.release(self.target)

    def data_version(self) -> object:
        """A value that changes whenever a commit by anything else (another process: a
        station, the command line, a merge; or this process's other connections) reaches
        the workshop; cheap enough to ask every second, so windows follow other writers
        without reading the workshop. A file: SQLite's `PRAGMA data_version` on one
        connection kept for it (the value is per connection). A server: the next
        transaction id PostgreSQL will hand out (moves with every writing transaction).
        None once the service is closed."""
        if self._closed:
            return None
        if self.engine.dialect.name != "sqlite":
            with self.engine.connect() as conn:
                return conn.exec_driver_sql(
                    "SELECT pg_snapshot_xmax(pg_current_snapshot())"
                ).scalar()
        if self._watch is None:
            # Kept checked out of the pool (not a new sqlite3 connection: closing a second
            # handle on the file would drop this process's locks, storage/connection.py).
            self._watch = self.engine.raw_connection()
        cursor = self._watch.cursor()
        try:
            cursor.execute("PRAGMA data_version")
            return cursor.fetchone()[0]
        finally:
            cursor.close()

    def __enter__(self) -> WorkshopService:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def _read(self) -> Session:
        return self._sessions()

    @property
    def read_only(self) -> str | None:
        """Why the workshop was opened read-only (None: changes are saved)."""
        return connection.read_only_reason(self.engine)

    @contextmanager
    def _write(self):  # unannotated as before: callers' sessions stay untyped for mypy
        """A session whose work is committed (or rolled back) as one user action. On a file it
        holds the write lock from the start (busy.begin_write): another program's lock is
        waited for visibly and in bounded time before anything is read or written."""
        self._check_writable()
        with self._sessions.begin() as session:
            self._hold_write_lock(session.connection())
            yield session

    def _hold_write_lock(self, conn: Connection) -> None:
        """Take the file's write lock now (nothing on a server: no file lock to wait for)."""
        if self.engine.dialect.name == "sqlite":
            raw = conn.connection.dbapi_connection
            if isinstance(raw, sqlite3.Connection):
                busy.begin_write(raw)

    def _check_writable(self) -> None:
        reason = self.read_only
        if reason:
            raise CannotOpen(
                _(
                    "Berkas dibuka hanya-baca ({reason}); perubahan tidak dapat "
                    "disimpan. Salin berkas ke folder yang dapat ditulis."
                ).format(reason=reason)
            )

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
            return to_workshop(self._workshop_row(session))

    @staticmethod
    def _workshop_row(session: Session) -> WorkshopRow:
        row = session.scalars(select(WorkshopRow)).first()
        if row is None:
            raise CannotOpen(_("Berkas tidak berisi data lokakarya."))
        return row

    def update_workshop(self, **changes) -> Workshop:
        """Change title, region, min_ideas, start_date, end_date or place."""
        unknown = set(changes) - set(WORKSHOP_FIELDS)
        if unknown:
            raise BadInput(_("Isian tidak dikenal: {names}").format(names=", ".join(unknown)))
        if "title" in changes and not clean_text(changes["title"]):
            raise BadInput(_("Judul lokakarya wajib diisi."))
        if "min_ideas" in changes:
            check_min_ideas(changes["min_ideas"])
        if "dots_per_participant" in changes:
            changes["dots_per_participant"] = check_dots(changes["dots_per_participant"])
        with self._write() as session:
            row = self._workshop_row(session)
            for key, value in changes.items():
                setattr(row, key, check_text(value) if isinstance(value, str) else value)
            return to_workshop(row)

    # -- OPDs ----------------------------------------------------------------------------

    def list_opds(self) -> list[Opd]:
        with self._read() as session:
            rows = session.scalars(select(OpdRow).order_by(OpdRow.position, OpdRow.name))
            return [to_opd(r) for r in rows]

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
            return to_opd(row)

    def add_opd(self, name: str, abbreviation: str) -> Opd:
        return self._add_opds([(0, name, abbreviation)])[0]

    def _add_opds(self, entries: Sequence[tuple[int, str, str]]) -> list[Opd]:
        """Validate all, then write all in one transaction; `int` is the source row (0: none)."""
        plan = imports.plan_opds(entries, self.list_opds())
        if plan.problems:
            raise BadInput(_("OPD tidak ditambahkan; tidak ada yang ditulis."), plan.problems)
        with self._write() as session:
            workshop = self._workshop_row(session)
            start = session.scalar(select(func.count()).select_from(OpdRow)) or 0
            rows = [
                OpdRow(workshop_id=workshop.id, name=n, abbreviation=a, position=start + i)
                for i, (n, a) in enumerate(plan.cleaned)
            ]
            session.add_all(rows)
            session.flush()
            return [to_opd(r) for r in rows]

    def import_opds(
        self,
        source: Path,
        columns: dict[str, str] | None = None,
        skip_existing: bool = False,
        tidy: bool = False,
    ) -> ImportReport:
        """All rows or none; empty rows (and, with `skip_existing`, OPDs already there) are
        skipped and reported. `columns` maps name/abbreviation to the file's headings; `tidy`
        tidies names typed in capitals (domain.rules.tidy_opd_name)."""
        plan = imports.plan_opd_source(
            imports.read_opd_source(source, columns, tidy), self.list_opds(), skip_existing
        )
        if plan.problems:
            raise BadInput(_("OPD tidak ditambahkan; tidak ada yang ditulis."), plan.problems)
        added = self._add_opds([(0, n, a) for n, a in plan.cleaned]) if plan.cleaned else []
        return ImportReport(imported=len(added), skipped=plan.skipped)

    def preview_import(
        self,
        kind: str,
        source: Path,
        columns: dict[str, str] | None = None,
        skip_existing: bool = False,
        tidy: bool = False,
        skip_unknown: bool = False,
    ) -> ImportPreview:
        """What `import_opds` ("opd"), `import_ideas` ("ideas") or papers.import_participants
        ("participants") would do with `source`, without writing: the rows as read, the
        problems that refuse the file, skipped rows. An unreadable file raises BadInput, as
        the import does."""
        if kind == "opd":
            return imports.plan_opd_source(
                imports.read_opd_source(source, columns, tidy), self.list_opds(), skip_existing
            ).preview()
        if kind == "participants":
            return imports.plan_participants(source, self.list_opds(), columns).preview()
        return imports.plan_ideas(source, self.list_opds(), columns, skip_unknown).preview()

    def rename_opd(self, opd_id: str, name: str, abbreviation: str) -> Opd:
        name, abbreviation = check_text(name), check_text(abbreviation)
        if not name or not abbreviation:
            raise BadInput(_("nama dan singkatan OPD wajib diisi"))
        clash = [
            o
            for o in self.list_opds()
            if o.id != opd_id and o.abbreviation.casefold() == abbreviation.casefold()
        ]
        if clash:
            raise BadInput(_("singkatan {abbr} sudah ada").format(abbr=abbreviation))
        with self._write() as session:
            row = session.get(OpdRow, opd_id)
            row.name, row.abbreviation = name, abbreviation
            return to_opd(row)

    # -- ideas ---------------------------------------------------------------------------

    def add_idea(
        self,
        opd_id: str,
        text: str,
        author: str = "",
        problem: str = "",
        station_id: str | None = None,
        idea_id: str | None = None,
        record: Callable[[Connection, IdeaView], None] | None = None,
    ) -> IdeaView:
        """Store one idea and return it with its marks. Blank or over-long text is refused.
        On a station copy the idea carries the copy's station id unless one is given.
        `idea_id` (a phone's submission: derived from its client key) makes a repeat of the
        same submission fail on the key instead of storing the idea twice; `record` writes
        the answer given for it in the same transaction (one commit per idea)."""
        text = check_idea_text(text)
        self._check_writable()
        # SQLAlchemy Core on one connection, not the ORM: a station adds ideas one after another
        # into files of tens of thousands, and this is the path the facilitator waits on. Three
        # statements (the OPD and station, the idea's group, the insert) and the view's one.
        idea_id = idea_id or new_id()
        values = {
            "id": idea_id,
            "opd_id": opd_id,
            "text": text,
            "author": check_text(author),
            "problem": check_text(problem),
            "created_at": self._stamp(),
        }
        with self.engine.begin() as conn:
            self._hold_write_lock(conn)
            found = conn.execute(_OPD_STATION, {"opd_id": opd_id}).first()
            if found is None:
                raise BadInput(_("OPD tidak ditemukan: {key}").format(key=opd_id))
            values["station_id"] = found.station_id if station_id is None else station_id
            idea_marks.insert_marked(conn, values)
            view = _idea_view(conn, idea_id)
            if record is not None:
                record(conn, view)
        self._after_commit()
        return view

    def import_ideas(
        self, source: Path, columns: dict[str, str] | None = None, skip_unknown: bool = False
    ) -> ImportReport:
        """All rows or none: unknown OPDs, a refused idea (as typing it would be) or missing
        columns refuse the whole file; with `skip_unknown` the rows of unknown OPDs are
        skipped and reported instead. `columns` maps opd/text/problem/author to headings."""
        plan = imports.plan_ideas(source, self.list_opds(), columns, skip_unknown)
        plan.refuse(source)
        with self._write() as session:
            rows = [
                IdeaRow(
                    opd_id=new.opd_id,
                    text=new.text,
                    problem=new.problem,
                    author=new.author,
                    created_at=self._stamp(),
                )
                for new in plan.pending
            ]
            session.add_all(rows)
            session.flush()
            idea_marks.refresh(session, [r.id for r in rows])
        plan.report.imported = len(plan.pending)
        return plan.report

    def list_ideas(self, opd_id: str | None = None) -> list[IdeaView]:
        """Ideas with marks, per OPD oldest first (OPDs in board order). The marks are the
        stored ones (storage/idea_marks.py keeps them equal to classify_ideas)."""
        # Rows read by position, not ORM objects or attribute lookups: a 50,000-idea export
        # or print-out reads them several times faster.
        idea = IdeaRow.__table__
        fields = len(IDEA_FIELDS)
        with self._read() as session:
            query = (
                select(*(idea.c[name] for name in IDEA_FIELDS), idea.c.mark, idea.c.duplicate_of)
                .join(OpdRow.__table__)
                .order_by(OpdRow.position, OpdRow.name, idea.c.created_at, idea.c.id)
            )
            if opd_id is not None:
                query = query.where(idea.c.opd_id == opd_id)
            rows = session.execute(query).all()
        views = []
        numbers: dict[str, int] = {}
        current, number = None, 0
        for row in rows:
            item = Idea(*row[:fields])
            mark, duplicate_of = row[fields], row[fields + 1]
            if item.opd_id != current:
                current, number, numbers = item.opd_id, 0, {}
            number += 1
            numbers[item.id] = number
            views.append(
                IdeaView(
                    idea=item,
                    number=number,
                    counted=mark == idea_marks.COUNTED,
                    blank=mark == idea_marks.BLANK,
                    duplicate_of=duplicate_of,
                    duplicate_of_number=numbers.get(duplicate_of or ""),
                )
            )
        return views

    def idea_view(self, idea_id: str) -> IdeaView:
        """One idea with its stored marks and its number in the OPD (indexed counts)."""
        with self.engine.connect() as conn:
            return _idea_view(conn, idea_id)

    def get_idea(self, idea_id: str) -> Idea:
        with self._read() as session:
            row = session.get(IdeaRow, idea_id)
            if row is None:
                raise BadInput(_("Gagasan tidak ditemukan: {id}").format(id=idea_id))
            return to_idea(row)

    def find_idea(self, key: str) -> Idea:
        """By full id or a unique prefix of it (at least 4 characters), as in git."""
        key = key.strip().lower()
        with self._read() as session:
            if len(key) < 4:
                raise BadInput(_("Gagasan tidak ditemukan: {id}").format(id=key))
            rows = session.scalars(select(IdeaRow).where(IdeaRow.id.startswith(key)).limit(2)).all()
        if len(rows) != 1:
            message = (
                _("Gagasan tidak ditemukan: {id}")
                if not rows
                else _("Awalan id cocok dengan lebih dari satu gagasan: {id}")
            )
            raise BadInput(message.format(id=key))
        return to_idea(rows[0])

    def update_idea(self, idea_id: str, **changes) -> IdeaView:
        """Edit any idea field (text, author, problem, root_cause, affected, apkl_*, usg_*,
        votes, chosen). A changed text keeps the old one in the idea's history."""
        allowed = set(IDEA_FIELDS) - {"id", "opd_id", "created_at", "updated_at"}
        unknown = set(changes) - allowed
        if unknown:
            raise BadInput(_("Isian tidak dikenal: {names}").format(names=", ".join(unknown)))
        if "text" in changes:
            changes["text"] = check_idea_text(changes["text"])
        for key in ("usg_urgency", "usg_seriousness", "usg_growth"):
            if key in changes:
                changes[key] = check_usg(changes[key])
        if "votes" in changes:
            changes["votes"] = check_votes(changes["votes"])
        with self._write() as session:
            # FOR UPDATE on a server: two laptops editing one idea at once take turns, so the
            # history records each replaced text (SQLite serialises writers anyway).
            row = session.get(IdeaRow, idea_id, with_for_update=True)
            if row is None:
                raise BadInput(_("Gagasan tidak ditemukan: {id}").format(id=idea_id))
            if "text" in changes and changes["text"] != row.text:
                session.add(IdeaRevisionRow.of(row, "edit"))
            with idea_marks.kept(
                session, [idea_id] if {"text", "withdrawn_reason"} & set(changes) else []
            ):
                for key, value in changes.items():
                    setattr(row, key, check_text(value) if isinstance(value, str) else value)
        return self.idea_view(idea_id)

    def idea_history(self, idea_id: str) -> list[str]:
        with self._read() as session:
            rows = session.scalars(
                select(IdeaRevisionRow)
                .where(IdeaRevisionRow.idea_id == idea_id)
                .order_by(IdeaRevisionRow.replaced_at)
            )
            return [r.text for r in rows]

    def choose_idea(self, idea_id: str, chosen: bool = True) -> IdeaView:
        return self.update_idea(idea_id, chosen=chosen)

    # -- stages --------------------------------------------------------------------------

    def stage_decision(
        self, opd_id: str, target: Stage, override_reason: str | None = None
    ) -> StageDecision:
        """Whether the OPD may move to `target` now (the gating rules), without moving it:
        move_stage and the facilitator's refusal banner ask the same question."""
        from labinovasi.services.innovations import Innovations

        opd = self.get_opd(opd_id)
        ideas = [v.idea for v in self.list_ideas(opd_id)]
        with self._read() as session:
            same = idea_marks.same_pairs(session, opd_id)
        return check_stage_move(
            opd,
            target,
            ideas,
            Innovations(self).list(opd_id),
            self.workshop().min_ideas,
            override_reason,
            None,
            same,
        )

    def move_stage(
        self, opd_id: str, target: Stage, override_reason: str | None = None
    ) -> StageChange | None:
        """Move an OPD; a refusal raises RuleRefused with the domain's message. Returns the
        recorded change, or None when the OPD already was at `target`."""
        opd = self.get_opd(opd_id)
        decision = self.stage_decision(opd_id, target, override_reason)
        if not decision.allowed:
            raise RuleRefused(decision.message)
        if target == opd.stage:
            return None
        with self._write() as session:
            row = session.get(OpdRow, opd_id)
            change = StageChangeRow(
                opd_id=opd_id,
                from_stage=row.stage,
                to_stage=target.value,
                override_reason=check_text(override_reason) if decision.overridden else "",
            )
            row.stage = target.value
            row.move_requested_at = None  # the team's request is answered by the move
            session.add(change)
            session.flush()
            return StageChange(
                id=change.id,
                opd_id=opd_id,
                from_stage=Stage(change.from_stage),
                to_stage=target,
                override_reason=change.override_reason,
                at=change.at,
            )

    def stage_changes(self, opd_id: str | None = None) -> list[StageChange]:
        with self._read() as session:
            query = select(StageChangeRow).order_by(StageChangeRow.at)
            if opd_id:
                query = query.where(StageChangeRow.opd_id == opd_id)
            return [
                StageChange(
                    id=r.id,
                    opd_id=r.opd_id,
                    from_stage=Stage(r.from_stage),
                    to_stage=Stage(r.to_stage),
                    override_reason=r.override_reason,
                    at=r.at,
                )
                for r in session.scalars(query)
            ]

    # -- designs (legacy: reports only, removed when reports move to Innovation) ---------

    # -- status --------------------------------------------------------------------------

    def status(self) -> WorkshopStatus:
        """Every OPD's tally from one aggregate query over the stored marks."""
        return workshop_status(self.workshop(), self.list_opds(), self._tallies())

    def opd_status(self, opd_id: str) -> OpdStatus:
        """One OPD's counter in one statement: its row, the workshop's minimum and how many
        of its ideas carry each stored mark (a row per mark; one with no mark: no ideas)."""
        with self.engine.connect() as conn:
            rows = conn.execute(_OPD_STATUS, {"opd_id": opd_id}).all()
        if not rows:
            raise BadInput(_("OPD tidak ditemukan: {key}").format(key=opd_id))
        first = rows[0]
        tally = board_read.tallies((opd_id, r.mark, r.ideas) for r in rows if r.mark is not None)
        # A Row with the OPD's columns reads like an OpdRow for the mapper.
        return OpdStatus(
            to_opd(cast(OpdRow, first)), tally.get(opd_id, board_read.NO_IDEAS), first.min_ideas
        )

    def _tallies(self) -> dict[str, IdeaTally]:
        """Per OPD, how many ideas carry each stored mark (board_read's SQL, which the GUI's
        first paint runs too): one scan of the (opd, mark) index."""
        with self.engine.connect() as conn:
            return board_read.tallies(conn.execute(_TALLIES))


IDEA, OPD, WORKSHOP = table_of(IdeaRow), table_of(OpdRow), table_of(WorkshopRow)
_EARLIER = IDEA.alias("earlier")
# An idea's number: how many ideas of its OPD come before it or are it, in list_ideas' order
# (a count in the (opd, created_at, id) index), correlated to the idea selected with it.
_NUMBER = (
    select(func.count())
    .select_from(_EARLIER)
    .where(
        _EARLIER.c.opd_id == IDEA.c.opd_id,
        or_(
            _EARLIER.c.created_at < IDEA.c.created_at,
            and_(_EARLIER.c.created_at == IDEA.c.created_at, _EARLIER.c.id <= IDEA.c.id),
        ),
    )
    .scalar_subquery()
)
# Built once, executed with new values each time: the add path's statements.
# FOR UPDATE OF the OPD (a server; SQLite has its file lock): two laptops adding to one OPD
# take turns, so each reads the other's idea before marking its own as counted or duplicate.
_OPD_STATION = (
    select(OPD.c.id, WORKSHOP.c.station_id)
    .where(OPD.c.id == bindparam("opd_id"), OPD.c.workshop_id == WORKSHOP.c.id)
    .with_for_update(of=OPD)
)
_OPD_STATUS = (
    select(*OPD.c, WORKSHOP.c.min_ideas, IDEA.c.mark, func.count(IDEA.c.mark).label("ideas"))
    .select_from(OPD.join(WORKSHOP, OPD.c.workshop_id == WORKSHOP.c.id).outerjoin(IDEA))
    .where(OPD.c.id == bindparam("opd_id"))
    # By the OPD's and workshop's keys too: PostgreSQL then lets their other columns be read.
    .group_by(OPD.c.id, WORKSHOP.c.id, IDEA.c.mark)
)
_VIEW = select(
    *(IDEA.c[name] for name in IDEA_FIELDS), IDEA.c.mark, IDEA.c.duplicate_of, _NUMBER
).where(IDEA.c.id == bindparam("idea_id"))
_NUMBER_OF = select(_NUMBER).where(IDEA.c.id == bindparam("idea_id"))
_TALLIES = sql_text(board_read.MARK_TALLIES)


def _idea_view(conn: Connection, idea_id: str) -> IdeaView:
    """One idea, its stored marks and number in one statement (and one more for the number
    of the idea it repeats)."""
    row = conn.execute(_VIEW, {"idea_id": idea_id}).first()
    if row is None:
        raise BadInput(_("Gagasan tidak ditemukan: {id}").format(id=idea_id))
    fields = len(IDEA_FIELDS)
    original = None
    if row.duplicate_of:
        original = conn.scalar(_NUMBER_OF, {"idea_id": row.duplicate_of})
    return IdeaView(
        idea=Idea(*row[:fields]),
        number=row[fields + 2],
        counted=row.mark == idea_marks.COUNTED,
        blank=row.mark == idea_marks.BLANK,
        duplicate_of=row.duplicate_of,
        duplicate_of_number=original,
    )
