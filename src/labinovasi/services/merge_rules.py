"""What a merge lets in from a copy: every incoming record passes the same domain checks as the
service layer (`check_idea_text`, `check_usg`, `check_stage_move`, `check_field`,
`check_indicator`, `check_progress`, `check_score`, ...) before it is applied.

A copy is a file anyone can edit with an SQLite tool, so nothing in it is trusted:
- it is read column by column when a value does not even parse (`read_table`), and every
  value must have its column's type, fit its column and not be missing where the schema
  needs one; text is cleaned like typed text (`check_text`: control characters gone, bounded);
- a record that fails a rule is quarantined: left out of the merge and listed in the report
  (`merge --json` key "rejected"), never silently dropped; so are the records that hang on it
  (the rencana aksi of a rejected innovation, the links of a rejected evidence item);
- every verdict is judged on the copy's own records and the target's settings, never on what
  other copies brought, so the result is the same in every merge order;
- a stage change must be a known stage, and a forward move must pass the gates on the copy's
  own records or carry an override reason;
- a timestamp later than the merging machine's clock (plus CLOCK_TOLERANCE) is not believed:
  the record is flagged ("clock_skew"), loses every conflict, and is stored with the merge time
  (an innovation's field stamps from the future become LOSING_STAMP);
- a station copy never changes settings: the workshop's (sync.py), the gelar inovasi's (title,
  date, rubric, Top-N, the fixed ranking and its reveal), nor answers the region (pemda) gives
  for its own indicators; its scores are refused once the main file's Top-N is fixed.

Per table one `_screen_<table>` method of `_Screen`, run in the order records depend on each
other; a new table adds one there.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import cache
from typing import Any

from sqlalchemy import (
    Boolean,
    Connection,
    Date,
    DateTime,
    Integer,
    LargeBinary,
    String,
    Table,
    select,
    type_coerce,
)

from labinovasi.domain import (
    ActionItem,
    BadInput,
    Design,
    Idea,
    Opd,
    Stage,
    check_idea_text,
    check_stage_move,
    check_usg,
)
from labinovasi.domain.delivery import (
    check_monitoring,
    check_note,
    check_progress,
    tahapan_key,
)
from labinovasi.domain.evidence import (
    Verification,
    check_evidence_size,
    check_link,
    check_parameter,
)
from labinovasi.domain.innovations import (
    INNOVATION_FIELDS,
    LAB_ORIGIN,
    ActionStep,
    check_action,
    check_field,
    check_origin,
)
from labinovasi.domain.jury import Rubric, check_event_settings, check_score, parse_rubric
from labinovasi.domain.limits import MAX_TEXT_LENGTH
from labinovasi.domain.rules import clean_text, normalize_idea_text
from labinovasi.domain.similarity import DECISIONS, SAME, pair_id, term_id
from labinovasi.i18n import _
from labinovasi.storage.models import Base

CLOCK_TOLERANCE = timedelta(minutes=10)  # laptops' clocks drift; more is a wrong clock
TIME_FIELDS = ("created_at", "updated_at", "at", "written_at", "replaced_at", "recorded_at")
# An innovation field stamped in the future keeps its value only until any real edit.
LOSING_STAMP = "0001-01-01T00:00:00"
STAGE_NAMES = {s.value for s in Stage}
_IDEA_FIELDS = [f.name for f in fields(Idea)]
_DESIGN_FIELDS = [f.name for f in fields(Design) if f.name != "actions"]
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
# Tables a merge reads from a copy, in the order they are screened (each may refer only to
# tables before it). "design" and "action_item" are the pre-innovation tables of old copies.
TABLES = (
    "workshop",
    "opd",
    "idea",
    "idea_revision",
    "idea_pair",
    "lexicon_term",
    "design",
    "action_item",
    "stage_change",
    "innovation",
    "innovation_idea",
    "innovation_action",
    "innovation_change",
    "vote",
    "evidence_blob",
    "evidence",
    "indicator_answer",
    "answer_evidence",
    "action_progress",
    "tahapan_change",
    "monitoring",
    "launching",
    "display_event",
    "presentation",
    "juror",
    "jury_score",
)
# Kept for callers of the first version: every table in TABLES is screened now.
SCREENED = set(TABLES)


class _Invalid:
    """A stored value that does not parse as its column's type (a date of "kemarin")."""

    def __repr__(self) -> str:
        return "<tidak sah>"


INVALID = _Invalid()


@dataclass
class Rejection:
    """An incoming record left out of a merge, and why."""

    kind: str  # the table: "opd", "idea", "innovation", "vote", "evidence", "jury_score", ...
    id: str
    reason: str
    source: str

    def to_json(self) -> dict:
        return {"kind": self.kind, "id": self.id, "reason": self.reason, "source": self.source}

    def line(self) -> str:
        return _("{kind} {id} dari {source} tidak digabung: {reason}").format(
            kind=self.kind, id=self.id[:8], source=self.source, reason=self.reason
        )


@dataclass
class Screened:
    """The records of a copy that may be applied, and what was set aside."""

    data: dict[str, list[dict]]
    rejected: list[Rejection]
    future: set[tuple[str, str]]  # (table, row key) of records whose time was in the future


@dataclass(frozen=True)
class Settings:
    """What the verdicts on a copy depend on besides the copy itself: the target's settings
    (or the source's, when the source is the main file that sets them)."""

    min_ideas: int
    dots: int  # dots per participant
    rubric: Rubric | None  # the rubric scores are checked against (None: the copy's own)
    from_station: bool  # the source is a station copy: it sends no settings
    check_stages: bool = True  # False for a whole-workshop copy: history is not judged again
    known_changes: AbstractSet[str] = frozenset()  # stage changes the target already has
    # Gelar inovasi ids a copy may bring (the target's and the workshop's own); None: any.
    event_ids: AbstractSet[str] | None = None


# -- reading a copy -----------------------------------------------------------------------


# conn.info key: the tables of a copy found empty (`note_empty_tables`).
_EMPTY = "labinovasi.empty_tables"


def note_empty_tables(conn: Connection) -> None:
    """Find in one statement which tables of a copy being read hold no rows, so `read_table`
    answers those (most of a station copy's) without a query of their own, which a new
    connection to each copy would compile again. Only for a connection that is read, never
    written, while it holds the note; its schema must be complete (`sanity.schema_problems`)."""
    quote = conn.dialect.identifier_preparer.quote
    tables = Base.metadata.sorted_tables
    query = " UNION ALL ".join(
        f"SELECT {n} WHERE EXISTS (SELECT 1 FROM {quote(t.name)})" for n, t in enumerate(tables)
    )
    filled = {n for (n,) in conn.exec_driver_sql(query).all()}
    conn.info[_EMPTY] = {t.name for n, t in enumerate(tables) if n not in filled}


def read_table(
    conn: Connection, table: Table, order: Iterable = (), columns: Iterable | None = None
) -> list[dict]:
    """Every row of `table` (or of its `columns`) as dicts. A value that does not parse as its
    column's type (edited by hand) is read as INVALID instead of failing the whole read;
    screening then rejects its row."""
    if table.name in conn.info.get(_EMPTY, ()):
        return []
    columns = list(table.columns if columns is None else columns)
    order = list(order)
    try:
        result = conn.execute(select(*columns).order_by(*order))
        keys = list(result.keys())  # once, not per row: merges read tens of thousands of rows
        # All rows at once (fetchall): iterating the result fetches them one call at a time.
        return [dict(zip(keys, row, strict=True)) for row in result.all()]
    except (ValueError, TypeError, OverflowError):
        pass
    raw = conn.execute(select(*(type_coerce(c, String()) for c in columns)).order_by(*order)).all()
    dialect = conn.dialect
    processors = [c.type.dialect_impl(dialect).result_processor(dialect, None) for c in columns]
    rows = []
    for values in raw:
        row = {}
        for column, process, value in zip(columns, processors, values, strict=True):
            if process is not None and value is not None:
                try:
                    value = process(value)
                except (ValueError, TypeError, OverflowError):
                    value = INVALID
            row[column.key] = value
        rows.append(row)
    return rows


# -- the columns' types --------------------------------------------------------------------


@dataclass(frozen=True)
class _Column:
    name: str
    kind: str  # "int", "bool", "date", "datetime", "bytes", "code" (ids, keys), "text"
    nullable: bool
    length: int | None


_EXACT: dict[str, type] = {
    "int": int,
    "bool": bool,
    "date": date,
    "datetime": datetime,
    "bytes": bytes,
    "code": str,
    "text": str,
}
_KIND_TYPES: dict[str, tuple[type, ...]] = {
    "int": (int,),
    "bool": (bool,),
    "date": (date,),
    "datetime": (datetime,),
    "bytes": (bytes, memoryview),
    "code": (str,),
    "text": (str,),
}


@cache
def _columns(table_name: str) -> tuple[_Column, ...]:
    table = Base.metadata.tables.get(table_name)
    if table is None:
        return ()
    result = []
    for column in table.columns:
        kind = _kind(column.type)
        if kind == "text" and (column.key == "id" or column.key.endswith("_id")):
            kind = "code"
        if column.key in ("sha256", "stamps", "rubric", "fixed_ranking"):
            kind = "code"  # identity or JSON: checked by its own rule, never cleaned
        length = getattr(column.type, "length", None)
        result.append(_Column(column.key, kind, bool(column.nullable), length))
    return tuple(result)


def _kind(column_type: object) -> str:
    if isinstance(column_type, Boolean):
        return "bool"
    if isinstance(column_type, Integer):
        return "int"
    if isinstance(column_type, DateTime):
        return "datetime"
    if isinstance(column_type, Date):
        return "date"
    if isinstance(column_type, LargeBinary):
        return "bytes"
    return "text"


@cache
def _primary_key(table_name: str) -> tuple[str, ...]:
    table = Base.metadata.tables.get(table_name)
    return tuple(c.key for c in table.primary_key.columns) if table is not None else ("id",)


def row_key(table: str, row: dict) -> str:
    """A record's identity in reports: its id, or its primary key's values joined by "/"."""
    if "id" in row:
        return str(row["id"])
    return "/".join(str(row.get(c, "")) for c in _primary_key(table))


def _value_problem(column: _Column, value: object) -> str | None:
    """Why `value` cannot be stored in `column` (None: it can)."""
    if value is None:
        return None if column.nullable else _("{column} kosong").format(column=column.name)
    if value is INVALID:
        return _("{column} tidak sah").format(column=column.name)
    types = _KIND_TYPES[column.kind]
    if not isinstance(value, types) or (column.kind == "int" and isinstance(value, bool)):
        return _("{column} bukan {kind}").format(column=column.name, kind=_kind_label(column.kind))
    if column.kind == "date" and isinstance(value, datetime):
        return _("{column} bukan {kind}").format(column=column.name, kind=_kind_label("date"))
    if isinstance(value, str):
        limit = column.length or MAX_TEXT_LENGTH
        if len(value) > limit:
            return _("{column}: teks terlalu panjang (lebih dari {n} karakter)").format(
                column=column.name, n=limit
            )
    return None


def _kind_label(kind: str) -> str:
    return {
        "int": _("bilangan bulat"),
        "bool": _("ya/tidak"),
        "date": _("tanggal"),
        "datetime": _("waktu"),
        "bytes": _("isi berkas"),
    }.get(kind, _("teks"))


# -- screening ------------------------------------------------------------------------------


def screen(source: dict[str, Any], settings: Settings, now: datetime, label: str) -> Screened:
    """The copy's records, cleaned and checked (see the module's docstring). Keys of `source`
    that are not tables (the copy's path, its papers) are passed on as they are."""
    result = Screened(dict(source), [], set())
    screening = _Screen(result, settings, now, label)
    for table in TABLES:
        if table in source:
            result.data[table] = screening.clean(table, source[table])
    if not result.data["workshop"]:
        reasons = [r.reason for r in result.rejected if r.kind == "workshop"]
        raise BadInput(
            _("{source}: baris lokakarya tidak sah; tidak ada yang digabung.").format(source=label),
            reasons,
        )
    result.data["workshop"] = result.data["workshop"][:1]
    screening.run()
    return result


class _Screen:
    """One copy's screening: `clean` every table, then `run` the per-table rules in order."""

    def __init__(self, result: Screened, settings: Settings, now: datetime, label: str):
        self.result = result
        self.data = result.data
        self.settings = settings
        self.now = now
        self.horizon = now + CLOCK_TOLERANCE
        self.label = label

    def reject(self, table: str, row: dict, reason: str) -> None:
        self.result.rejected.append(Rejection(table, row_key(table, row), reason, self.label))

    def clean(self, table: str, rows: list[dict]) -> list[dict]:
        """Rows whose every value fits its column; text cleaned, future times flagged."""
        if not rows:
            return []  # most tables of a station copy are empty
        columns = [c for c in _columns(table) if c.name in rows[0]]
        # The usual case is checked by exact type; anything else goes to _value_problem.
        # Worked out once per table, not per value: (column, name, type, is text, its bound).
        exact = [
            (c, c.name, _EXACT[c.kind], c.kind == "text", c.length or MAX_TEXT_LENGTH)
            for c in columns
        ]
        times = [c.name for c in columns if c.name in TIME_FIELDS]
        horizon, kept = self.horizon, []
        for row in rows:
            row = dict(row)
            problem = None
            for column, name, kind, text, limit in exact:
                value = row[name]
                if type(value) is not kind:
                    if value is None and column.nullable:
                        continue  # the usual odd one: an empty optional value
                    problem = _value_problem(column, value)
                elif isinstance(value, str) and value:
                    if text and len(value) <= MAX_TEXT_LENGTH:
                        value = row[name] = clean_text(value)
                    if len(value) > limit:
                        problem = _value_problem(column, value)
                if problem is not None:
                    break
            if problem is not None:
                self.reject(table, row, problem)
                continue
            future = [k for k in times if row[k] is not None and row[k] > horizon]
            if future:
                self.result.future.add((table, row_key(table, row)))
                for key in future:
                    row[key] = self.now
            kept.append(row)
        return kept

    def keep(self, table: str, check: Callable[[dict], None]) -> None:
        """Keep the rows of `table` that `check` lets through (it raises BadInput with why)."""
        kept = []
        for row in self.data.get(table, []):
            try:
                check(row)
            except BadInput as refusal:
                reason = refusal.message
                if refusal.details:
                    reason += " " + "; ".join(str(d) for d in refusal.details)
                self.reject(table, row, reason)
                continue
            kept.append(row)
        self.data[table] = kept

    def ids(self, table: str, key: str = "id") -> set:
        return {r[key] for r in self.data.get(table, [])}

    def run(self) -> None:
        for table in TABLES[1:]:
            if self.data.get(table):
                getattr(self, f"_screen_{table}")()
            else:
                self.data[table] = []  # what keep() leaves of no rows, without its set-up

    # the lab ------------------------------------------------------------------------------

    def _screen_opd(self) -> None:
        def check(row: dict) -> None:
            if not row["name"] or not row["abbreviation"]:
                raise BadInput(_("nama dan singkatan OPD wajib diisi"))
            # The row's own stage is never taken: a stage follows the checked change log.
            row["stage"] = Stage.DRUM_UP.value

        self.keep("opd", check)

    def _screen_idea(self) -> None:
        opd_ids = self.ids("opd")

        def check(row: dict) -> None:
            _known(row, "opd_id", opd_ids)
            row["text"] = check_idea_text(row["text"])
            for key in ("usg_urgency", "usg_seriousness", "usg_growth"):
                row[key] = check_usg(row[key])
            if row["votes"] < 0:
                raise BadInput(
                    _("jumlah suara harus bilangan 0 atau lebih: {votes}").format(
                        votes=row["votes"]
                    )
                )

        self.keep("idea", check)

    def _screen_idea_revision(self) -> None:
        idea_ids = self.ids("idea")

        def check(row: dict) -> None:
            _known(row, "idea_id", idea_ids)
            if not row["text"]:
                raise BadInput(_("teks kosong"))

        self.keep("idea_revision", check)

    def _screen_idea_pair(self) -> None:
        """A decision on two known ideas ("Gagasan mirip"), under the pair's own id."""
        idea_ids = self.ids("idea")

        def check(row: dict) -> None:
            _known(row, "idea_id", idea_ids)
            _known(row, "other_id", idea_ids)
            if row["decision"] not in DECISIONS:
                raise BadInput(_("keputusan tidak dikenal: {value}").format(value=row["decision"]))
            if row["idea_id"] == row["other_id"] or row["id"] != pair_id(
                row["idea_id"], row["other_id"]
            ):
                raise BadInput(_("pasangan gagasan tidak sah"))

        self.keep("idea_pair", check)

    def _screen_lexicon_term(self) -> None:
        def check(row: dict) -> None:
            row["variant"] = normalize_idea_text(row["variant"])
            row["canonical"] = normalize_idea_text(row["canonical"])
            if not row["variant"] or not row["canonical"] or row["id"] != term_id(row["variant"]):
                raise BadInput(_("kata leksikon tidak sah"))

        self.keep("lexicon_term", check)

    def _screen_design(self) -> None:
        opd_ids, idea_ids = self.ids("opd"), self.ids("idea")

        def check(row: dict) -> None:
            _known(row, "opd_id", opd_ids)
            if row.get("idea_id") not in idea_ids:
                row["idea_id"] = None  # a design outlives the idea it came from
            if row.get("budget") is not None and row["budget"] < 0:
                row["budget"] = None

        self.keep("design", check)

    def _screen_action_item(self) -> None:
        design_ids = self.ids("design")
        self.keep("action_item", lambda row: _known(row, "design_id", design_ids))

    def _screen_stage_change(self) -> None:
        """Known stages, known OPD; a forward move passes the gates on the copy's own records
        (ideas, design) or has its override reason, as `move_stage` demands."""
        data, known_changes = self.data, self.settings.known_changes
        opd_ids = self.ids("opd")
        min_ideas = self.settings.min_ideas if self.settings.check_stages else None
        # The copy's ideas as the gates read them, built at the first change that is judged:
        # a copy whose stage changes the target already has (most merges) needs none.
        ideas_by_opd: dict[str, list[Idea]] = defaultdict(list)
        built = False

        def ideas_of(opd_id: str) -> list[Idea]:
            nonlocal built
            if not built:
                built = True
                for row in sorted(data["idea"], key=lambda r: (r["created_at"], r["id"])):
                    values: dict[str, Any] = {k: row.get(k) for k in _IDEA_FIELDS if k in row}
                    ideas_by_opd[row["opd_id"]].append(Idea(**values))
            return ideas_by_opd[opd_id]

        design_by_opd = _legacy_designs(data)
        opds = {o["id"]: o for o in data["opd"]}
        # Confirmed "sama" pairs count as on the station (pairs of other OPDs are ignored).
        same_pairs = [
            (r["idea_id"], r["other_id"])
            for r in data.get("idea_pair", [])
            if r["decision"] == SAME
        ]
        has_designs = bool(data.get("design"))

        def check(row: dict) -> None:
            if row["id"] in known_changes:
                return  # already in the target: counted as unchanged there
            _known(row, "opd_id", opd_ids)
            if row["from_stage"] not in STAGE_NAMES or row["to_stage"] not in STAGE_NAMES:
                raise BadInput(
                    _("tahap tidak dikenal \u201c{stage}\u201d").format(stage=row["to_stage"])
                )
            if min_ideas is None:
                return
            source_opd = opds[row["opd_id"]]
            opd = Opd(
                id=source_opd["id"],
                name=source_opd["name"],
                abbreviation=source_opd["abbreviation"],
                stage=Stage(row["from_stage"]),
            )
            target = Stage(row["to_stage"])
            if not has_designs and target.index > Stage.DESIGN.index:
                # Designs live in the innovation tables: the design gate is not judged here;
                # the moves up to design are.
                target = Stage.DESIGN
            decision = check_stage_move(
                opd,
                target,
                ideas_of(opd.id),
                design_by_opd.get(opd.id),
                min_ideas,
                row.get("override_reason") or None,
                same=same_pairs,
            )
            if not decision.allowed:
                raise BadInput(decision.message)
            if not decision.overridden:
                row["override_reason"] = ""  # a reason is only kept where a rule was set aside

        self.keep("stage_change", check)

    # innovations and votes -----------------------------------------------------------------

    def _screen_innovation(self) -> None:
        opd_ids = self.ids("opd")

        def check(row: dict) -> None:
            _known(row, "opd_id", opd_ids)
            for name in INNOVATION_FIELDS:
                value = check_field(name, row[name])
                row[name] = "\n".join(value) if isinstance(value, list) else value
            row["origin"] = check_origin(row.get("origin") or LAB_ORIGIN)
            row["stamps"] = self._stamps(row)

        self.keep("innovation", check)

    def _stamps(self, row: dict) -> str:
        """The field stamps as JSON, each a time; those from the future (or, when the record's
        own time was, every field's) become LOSING_STAMP so they never win a conflict."""
        try:
            stamps = json.loads(row["stamps"] or "{}")
        except ValueError:
            stamps = None
        if not isinstance(stamps, dict) or not all(
            k in INNOVATION_FIELDS and isinstance(v, str) for k, v in stamps.items()
        ):
            raise BadInput(_("stamps tidak sah"))
        key = ("innovation", row["id"])
        record_future = key in self.result.future  # its created_at was: now the merge time
        for name, value in stamps.items():
            try:
                stamp = datetime.fromisoformat(value)
            except ValueError:
                raise BadInput(_("stamps tidak sah")) from None
            if stamp.tzinfo is not None or stamp > self.horizon:
                stamps[name] = LOSING_STAMP
                self.result.future.add(key)
        if record_future:
            # An unstamped field dates from created_at, now the merge time: it must lose too.
            stamps = {name: stamps.get(name, LOSING_STAMP) for name in INNOVATION_FIELDS}
        return json.dumps(stamps, sort_keys=True)

    def _screen_innovation_idea(self) -> None:
        innovations = {r["id"]: r["opd_id"] for r in self.data["innovation"]}
        ideas = {r["id"]: r["opd_id"] for r in self.data["idea"]}

        def check(row: dict) -> None:
            _known(row, "innovation_id", innovations.keys())
            _known(row, "idea_id", ideas.keys())
            if ideas[row["idea_id"]] != innovations[row["innovation_id"]]:
                raise BadInput(
                    _("Gagasan tidak ditemukan di OPD ini: {id}").format(id=row["idea_id"])
                )

        self.keep("innovation_idea", check)

    def _screen_innovation_action(self) -> None:
        innovation_ids = self.ids("innovation")

        def check(row: dict) -> None:
            _known(row, "innovation_id", innovation_ids)
            step = check_action(
                ActionStep(
                    activity=row["activity"],
                    person=row["person"],
                    start=row["start_date"],
                    end=row["end_date"],
                    output=row["output"],
                    indicator=row["indicator"],
                )
            )
            row["activity"] = step.activity
            if row["position"] < 0:
                raise BadInput(_("urutan tidak boleh negatif"))

        self.keep("innovation_action", check)

    def _screen_innovation_change(self) -> None:
        innovation_ids = self.ids("innovation")

        def check(row: dict) -> None:
            _known(row, "innovation_id", innovation_ids)
            if row["field"] not in INNOVATION_FIELDS:
                raise BadInput(_("Isian tidak dikenal: {names}").format(names=row["field"]))

        self.keep("innovation_change", check)

    def _screen_vote(self) -> None:
        """A participant's dots on a known idea, 0 to the dots per participant, and in one OPD
        no more than that in all (as `TeamWork.set_dots` refuses)."""
        ideas = {r["id"]: r["opd_id"] for r in self.data["idea"]}
        allowed = self.settings.dots
        totals: dict[tuple[str, str], int] = defaultdict(int)
        pairs: set[tuple[str, str]] = set()

        def check(row: dict) -> None:
            _known(row, "idea_id", ideas.keys())
            if not row["participant"]:
                raise BadInput(_("Tulis nama peserta yang memberi titik."))
            if row["dots"] < 0:
                raise BadInput(_("Jumlah titik tidak boleh negatif."))
            if (row["idea_id"], row["participant"]) in pairs:
                raise BadInput(_("titik peserta ini untuk gagasan ini sudah ada"))
            pairs.add((row["idea_id"], row["participant"]))
            totals[(ideas[row["idea_id"]], row["participant"])] += row["dots"]

        self.keep("vote", check)

        def within(row: dict) -> None:
            used = totals[(ideas[row["idea_id"]], row["participant"])]
            if used > allowed:
                raise BadInput(
                    _(
                        "{name}: paling banyak {allowed} titik; {used} sudah di gagasan lain."
                    ).format(name=row["participant"], used=used, allowed=allowed)
                )

        self.keep("vote", within)

    # evidence --------------------------------------------------------------------------------

    def _screen_evidence_blob(self) -> None:
        """The bytes themselves are checked when they are copied (sync._merge_evidence_files):
        their sha256 and their length, against MAX_EVIDENCE_BYTES."""

        def check(row: dict) -> None:
            if not _SHA256.match(row["sha256"]):
                raise BadInput(_("sha256 tidak sah"))
            check_evidence_size(row["size"], row["sha256"][:12])

        self.keep("evidence_blob", check)

    def _screen_evidence(self) -> None:
        blobs = {r["sha256"]: r["size"] for r in self.data.get("evidence_blob", [])}

        def check(row: dict) -> None:
            if row["sha256"] is not None:
                _known(row, "sha256", blobs.keys())
                if row["link"]:
                    raise BadInput(_("Sebutkan tepat satu: berkas atau tautan."))
                if row["size"] != blobs[row["sha256"]]:
                    raise BadInput(_("ukuran berkas tidak cocok dengan isinya"))
            elif row["link"]:
                row["link"] = check_link(row["link"])

        self.keep("evidence", check)

    def _screen_indicator_answer(self) -> None:
        from labinovasi.services.evidence import check_indicator

        innovation_ids = self.ids("innovation")
        from_station = self.settings.from_station

        def check(row: dict) -> None:
            if row["innovation_id"] is None:
                if from_station:
                    raise BadInput(_("jawaban indikator tingkat pemda hanya diisi di berkas utama"))
            else:
                _known(row, "innovation_id", innovation_ids)
            row["indicator"] = check_indicator(row["indicator"], row["innovation_id"], row["year"])
            row["parameter"] = check_parameter(row["parameter"])
            row["status"] = Verification.parse(row["status"]).value

        self.keep("indicator_answer", check)

    def _screen_answer_evidence(self) -> None:
        """Known answer and evidence; a file within what the answer's indicator takes
        (`evidence_limit`, as attaching in the app checks it)."""
        from labinovasi.services.evidence import evidence_limit

        answers = {r["id"]: r for r in self.data["indicator_answer"]}
        evidence = {r["id"]: r for r in self.data["evidence"]}

        def check(row: dict) -> None:
            _known(row, "answer_id", answers.keys())
            _known(row, "evidence_id", evidence.keys())
            answer, item = answers[row["answer_id"]], evidence[row["evidence_id"]]
            if item["size"] is not None:
                check_evidence_size(
                    item["size"],
                    item["file_name"],
                    evidence_limit(answer["indicator"], answer["year"]),
                    answer["indicator"],
                )

        self.keep("answer_evidence", check)

    # deliver ---------------------------------------------------------------------------------

    def _screen_action_progress(self) -> None:
        action_ids = self.ids("innovation_action")

        def check(row: dict) -> None:
            _known(row, "action_id", action_ids)
            row["status"] = check_progress(row["status"], row["realised_on"]).value

        self.keep("action_progress", check)

    def _screen_tahapan_change(self) -> None:
        innovation_ids = self.ids("innovation")

        def check(row: dict) -> None:
            _known(row, "innovation_id", innovation_ids)
            row["from_stage"] = tahapan_key(row["from_stage"])
            row["to_stage"] = tahapan_key(row["to_stage"])
            if row["from_stage"] == row["to_stage"]:
                raise BadInput(_("tahapan asal dan tujuan sama"))

        self.keep("tahapan_change", check)

    def _screen_monitoring(self) -> None:
        """As `delivery.add_monitoring` checks an entry: kind and progress, the notes within
        MAX_NOTE_LENGTH, and an innovation of the entry's own OPD."""
        opd_ids = self.ids("opd")
        innovations = {r["id"]: r["opd_id"] for r in self.data["innovation"]}

        def check(row: dict) -> None:
            _known(row, "opd_id", opd_ids)
            if row["innovation_id"] is not None:
                _known(row, "innovation_id", innovations.keys())
                if innovations[row["innovation_id"]] != row["opd_id"]:
                    raise BadInput(_("merujuk ke innovation_id OPD lain"))
            row["kind"], row["progress"] = check_monitoring(
                row["kind"], row["progress"], row["on_date"]
            )
            for key, label in (
                ("who", _("Oleh")),
                ("obstacles", _("Kendala")),
                ("follow_up", _("Tindak lanjut")),
            ):
                check_note(label, row[key])

        self.keep("monitoring", check)

    def _screen_launching(self) -> None:
        innovation_ids = self.ids("innovation")

        def check(row: dict) -> None:
            _known(row, "innovation_id", innovation_ids)
            check_note(_("Tempat"), row["place"])
            check_note(_("Oleh"), row["by_whom"])
            if row["news_link"]:
                row["news_link"] = check_link(row["news_link"])

        self.keep("launching", check)

    # display -----------------------------------------------------------------------------------

    def _screen_display_event(self) -> None:
        """The event's settings pass the service's checks; a station's are then ignored by the
        merge (sync), but its event must be the workshop's one so its jurors can hang on it."""
        event_ids = self.settings.event_ids

        def check(row: dict) -> None:
            if event_ids is not None and row["id"] not in event_ids:
                raise BadInput(_("lokakarya hanya punya satu gelar inovasi"))
            checked = check_event_settings(
                {k: row[k] for k in ("start_time", "minutes_each", "top_n")}
            )
            row.update(checked)
            if row["rubric"]:
                try:
                    data = json.loads(row["rubric"])
                except ValueError:
                    data = None
                parse_rubric(data, "rubric")
            ranking: object = []
            if row["fixed_ranking"]:
                try:
                    ranking = json.loads(row["fixed_ranking"])
                except ValueError:
                    ranking = None
                if not isinstance(ranking, list) or not all(isinstance(i, str) for i in ranking):
                    raise BadInput(_("fixed_ranking tidak sah"))
            if row["revealed"] and not ranking:
                raise BadInput(_("Tetapkan juara dulu sebelum menampilkannya."))

        self.keep("display_event", check)

    def _screen_presentation(self) -> None:
        event_ids = self.ids("display_event")

        def check(row: dict) -> None:
            _known(row, "event_id", event_ids)
            if row["position"] < 0:
                raise BadInput(_("urutan tidak boleh negatif"))

        self.keep("presentation", check)

    def _screen_juror(self) -> None:
        event_ids = self.ids("display_event")

        def check(row: dict) -> None:
            _known(row, "event_id", event_ids)
            if not row["name"]:
                raise BadInput(_("Nama juri wajib diisi."))

        self.keep("juror", check)

    def _screen_jury_score(self) -> None:
        """Scores of a known juror on the rubric's criteria, within its scale. A station's are
        checked against the target's rubric; the main file's against its own."""
        juror_ids = self.ids("juror")
        rubric = self.settings.rubric if self.settings.from_station else None
        if rubric is None:
            events = sorted(
                self.data.get("display_event", []), key=lambda r: (r["created_at"], r["id"])
            )
            rubric = _rubric_of(events[0] if events else None)

        def check(row: dict) -> None:
            _known(row, "juror_id", juror_ids)
            if rubric.criterion(row["criterion"]) is None:
                raise BadInput(_("Kriteria tidak dikenal: {key}").format(key=row["criterion"]))
            if row["score"] is not None:
                check_score(rubric, Decimal(row["score"]) / 100)

        self.keep("jury_score", check)


def _rubric_of(event: dict | None) -> Rubric:
    """The rubric an event row holds (checked), or the shipped one."""
    from labinovasi.domain.jury import default_rubric

    if event is None or not event.get("rubric"):
        return default_rubric()
    return parse_rubric(json.loads(event["rubric"]))


def rubric_of(event: dict | None) -> Rubric:
    """The rubric of the target's event row, or the shipped one when it has none or its own
    does not parse (a target is trusted less than it is read)."""
    try:
        return _rubric_of(event)
    except (BadInput, ValueError):
        from labinovasi.domain.jury import default_rubric

        return default_rubric()


def _known(row: dict, key: str, ids: AbstractSet | Iterable) -> None:
    if row.get(key) not in ids:
        raise BadInput(_("merujuk ke {key} yang tidak ada").format(key=key))


def _legacy_designs(data: dict[str, list[dict]]) -> dict[str, Design]:
    """The pre-innovation design tables of an old copy, as Designs per OPD (first one)."""
    actions_by_design: dict[str, list[dict]] = defaultdict(list)
    for row in data.get("action_item", []):
        actions_by_design[row["design_id"]].append(row)
    design_by_opd: dict[str, Design] = {}
    for row in sorted(data.get("design", []), key=lambda r: (r["created_at"], r["id"])):
        actions = [
            ActionItem(
                activity=a["activity"],
                person=a["person"],
                start=a["start_date"],
                end=a["end_date"],
                output=a["output"],
            )
            for a in sorted(actions_by_design[row["id"]], key=lambda a: a["position"])
        ]
        values: dict[str, Any] = {k: row.get(k) for k in _DESIGN_FIELDS if k in row}
        design_by_opd.setdefault(row["opd_id"], Design(**values, actions=actions))
    return design_by_opd


def check_blob(sha256: str, size: int, data: object) -> None:
    """A file's bytes as a copy carries them: readable, within the size limit, as long as the
    copy says, and with the sha256 it says (else evidence pointing at it shows other bytes)."""
    import hashlib

    if not isinstance(data, bytes):
        raise BadInput(_("isi berkas tidak terbaca"))
    check_evidence_size(len(data), sha256[:12])
    if len(data) != size or hashlib.sha256(data).hexdigest() != sha256:
        raise BadInput(_("isi berkas tidak cocok dengan sha256-nya"))
