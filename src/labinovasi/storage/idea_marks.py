"""The stored marks of ideas (normalised key, counted, duplicate of): a cache of the domain's
`classify_ideas`, kept per (OPD, key) group so a write re-marks only the ideas equal to it.

Equal ideas share a key, and whether an idea counts depends only on the older ideas of its OPD
with the same key; so re-marking one (OPD, key) group with `classify_ideas` gives exactly the
marks a classification of the whole OPD would. Ideas the facilitator confirmed "sama"
(idea_pair) join their keys' groups into one: a group is re-marked with every group joined
to it, and classify_ideas is given the pairs. Every writer of ideas calls `refresh` (or
`kept`) after it writes: adding, editing a text, withdrawing or restoring, moving to another
OPD, importing, merging.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, bindparam, insert, select, update
from sqlalchemy.orm import Session

from labinovasi.domain import CountedIdea, classify_ideas, normalize_idea_text
from labinovasi.domain.similarity import SAME
from labinovasi.storage.board_read import BLANK, COUNTED, DUPLICATE, WITHDRAWN
from labinovasi.storage.models import IdeaPairRow, IdeaRow, table_of

IDEA = table_of(IdeaRow)
IDEA_PAIR = table_of(IdeaPairRow)
MARK_COLUMNS = ("text_key", "mark", "duplicate_of")
# The stored marks (COUNTED, DUPLICATE, BLANK, WITHDRAWN) are defined in board_read, which
# reads them without SQLAlchemy; they are this module's names too.
__all__ = ["BLANK", "COUNTED", "DUPLICATE", "WITHDRAWN"]
_CHUNK = 500  # ids per IN (...): well under SQLite's bound-parameter limit

Group = tuple[str, str]  # (opd_id, key)
# A mark is a cache, not an edit: keep updated_at (the merge picks winners by it).
_SAME_TIME = {"updated_at": IDEA.c.updated_at}


def mark_of(counted: CountedIdea) -> str:
    """The stored mark of one of classify_ideas' results."""
    if counted.withdrawn:
        return WITHDRAWN
    if counted.blank:
        return BLANK
    return COUNTED if counted.counted else DUPLICATE


def _conn(db: Session | Connection) -> Connection:
    if isinstance(db, Session):
        db.flush()
        return db.connection()
    return db


def _chunks(ids: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def groups_of(db: Session | Connection, idea_ids: Iterable[str]) -> set[Group]:
    """The (OPD, key) groups these ideas are stored in now."""
    conn, ids = _conn(db), list(dict.fromkeys(idea_ids))
    groups: set[Group] = set()
    for chunk in _chunks(ids):
        groups.update(
            conn.execute(select(IDEA.c.opd_id, IDEA.c.text_key).where(IDEA.c.id.in_(chunk)))
        )
    return groups


def refresh(
    db: Session | Connection, idea_ids: Iterable[str], before: Iterable[Group] = ()
) -> None:
    """After writing these ideas (new, text edited, withdrawn or restored, moved, merged):
    store their keys again from their texts and re-mark the groups they are in now and the
    groups `before` (where they were before the write)."""
    conn, ids = _conn(db), list(dict.fromkeys(idea_ids))
    groups = set(before)
    new_keys = []
    for chunk in _chunks(ids):
        for idea_id, opd_id, text, key in conn.execute(_KEYS, {"ids": chunk}).all():
            wanted = normalize_idea_text(text)
            if wanted != key:
                new_keys.append({"b_id": idea_id, "b_key": wanted})
            groups.add((opd_id, wanted))
    if new_keys:
        conn.execute(
            update(IDEA)
            .where(IDEA.c.id == bindparam("b_id"))
            .values(text_key=bindparam("b_key"), **_SAME_TIME),
            new_keys,
        )
        _expire(db, [k["b_id"] for k in new_keys])
    remark(db, groups)


class _NewIdea:
    """The idea being inserted, as classify_ideas reads it (not withdrawn)."""

    withdrawn_reason = ""

    def __init__(self, idea_id: str, text: str):
        self.id, self.text = idea_id, text


def insert_marked(conn: Connection, values: dict) -> None:
    """Insert one new idea (`values`: its columns, id and created_at included) with its key
    and marks, re-marking nothing else: a new idea that is the newest of its (OPD, key) group
    cannot change the marks of the older ones, so classify_ideas over the group with it last
    gives its mark. Two statements (the group, the insert) for a new text; a repeat of an
    older idea, or an equal idea stamped later (another machine's clock), re-marks the whole
    group instead."""
    key = normalize_idea_text(values["text"])
    group = _oldest_first(conn.execute(_GROUP, {"opd_id": values["opd_id"], "key": key}))
    newest = all((r.created_at, r.id) < (values["created_at"], values["id"]) for r in group)
    if not newest or group:
        # A repeat of an older idea: its group may be joined to others by a confirmed "sama"
        # (a new text, with no group yet, cannot be), so the whole joined group is re-marked.
        conn.execute(_INSERT, {**values, "text_key": key, "mark": ""})
        remark(conn, [(values["opd_id"], key)])
        return
    counted = classify_ideas([*group, _NewIdea(values["id"], values["text"])])[-1]
    marks = {"text_key": key, "mark": mark_of(counted), "duplicate_of": counted.duplicate_of}
    conn.execute(_INSERT, {**values, **marks})


# Built once: the statements of the add path, executed with new values each time.
_GROUP = select(IDEA.c.id, IDEA.c.text, IDEA.c.withdrawn_reason, IDEA.c.created_at).where(
    IDEA.c.opd_id == bindparam("opd_id"), IDEA.c.text_key == bindparam("key")
)
_INSERT = insert(IDEA)


@contextmanager
def kept(db: Session | Connection, idea_ids: Iterable[str]) -> Iterator[None]:
    """Around a write to existing ideas: `with kept(session, [idea_id]): row.opd_id = ...`."""
    ids = list(idea_ids)
    before = groups_of(db, ids)
    yield
    refresh(db, ids, before)


def remark(db: Session | Connection, groups: Iterable[Group]) -> None:
    """Re-mark the ideas of each (OPD, key) group: `classify_ideas` over the group, oldest
    first; only rows whose marks change are written. The groups of one OPD are read together
    (one query per OPD and 500 keys): classifying them together marks each group as alone."""
    conn = _conn(db)
    keys_by_opd: dict[str, set[str]] = defaultdict(set)
    for opd_id, key in groups:
        keys_by_opd[opd_id].add(key)
    same = _same_pairs(conn, list(keys_by_opd))
    updates: list[dict] = []
    for opd_id, keys in keys_by_opd.items():
        pairs = same.get(opd_id, [])
        if pairs:
            keys = _joined(keys, pairs)
        rows: list = []
        for chunk in _chunks(sorted(keys)):
            found = conn.execute(_GROUPS, {"opd_id": opd_id, "keys": chunk}).all()
            if not pairs:
                updates += _new_marks(_oldest_first(found))
            rows += found
        if pairs:  # joined groups may span chunks: classified together
            updates += _new_marks(_oldest_first(rows), [(p[0], p[1]) for p in pairs])
    # One statement for every OPD's changed rows: the groups read are disjoint, so a group's
    # marks never depend on another's written first.
    _store_marks(conn, updates)
    _expire(db, [u["b_id"] for u in updates])


def remark_opds(db: Session | Connection, opd_ids: Iterable[str]) -> None:
    """Re-mark every idea of these OPDs (keys included): for bulk writes and migrations."""
    _expire(db, _remark_opds(_conn(db), list(opd_ids)))


def _remark_opds(conn: Connection, opd_ids: list[str]) -> list[str]:
    changed: list[str] = []
    same = _same_pairs(conn, opd_ids)
    for opd_id in opd_ids:
        rows = conn.execute(
            _marks_query().where(IDEA.c.opd_id == opd_id).order_by(IDEA.c.created_at, IDEA.c.id)
        ).all()
        keys = [
            {"b_id": r.id, "b_key": normalize_idea_text(r.text)}
            for r in rows
            if normalize_idea_text(r.text) != r.text_key
        ]
        if keys:
            conn.execute(
                update(IDEA)
                .where(IDEA.c.id == bindparam("b_id"))
                .values(text_key=bindparam("b_key"), **_SAME_TIME),
                keys,
            )
        changed += _write_marks(conn, rows, [(p[0], p[1]) for p in same.get(opd_id, [])])
    return changed


SamePair = tuple[str, str, str, str]  # later id, earlier id, later's key, earlier's key


def same_pairs(db: Session | Connection, opd_id: str) -> list[tuple[str, str]]:
    """The OPD's confirmed "sama" pairs (later id, earlier id): with its ideas, the input of
    domain.rules.classify_ideas (the gate asks it too)."""
    return [(p[0], p[1]) for p in _same_pairs(_conn(db), [opd_id]).get(opd_id, [])]


def _same_pairs(conn: Connection, opd_ids: list[str]) -> dict[str, list[SamePair]]:
    """The confirmed "sama" pairs of these OPDs whose two ideas are both in the OPD now."""
    found: dict[str, list[SamePair]] = defaultdict(list)
    if not opd_ids:
        return found
    for chunk in _chunks(opd_ids):
        for opd_id, later, earlier, later_key, earlier_key in conn.execute(_SAME, {"opds": chunk}):
            found[opd_id].append((later, earlier, later_key, earlier_key))
    return found


def _joined(keys: set[str], pairs: list[SamePair]) -> set[str]:
    """`keys` with every key a confirmed pair joins to one of them (transitively)."""
    linked: dict[str, set[str]] = defaultdict(set)
    for _later, _earlier, a, b in pairs:
        linked[a].add(b)
        linked[b].add(a)
    result, todo = set(keys), list(keys)
    while todo:
        for other in linked.get(todo.pop(), ()):
            if other not in result:
                result.add(other)
                todo.append(other)
    return result


def _marks_query():
    return select(
        IDEA.c.id,
        IDEA.c.text,
        IDEA.c.withdrawn_reason,
        IDEA.c.text_key,
        IDEA.c.mark,
        IDEA.c.duplicate_of,
        IDEA.c.created_at,
    )


# Built once, like _GROUP: a merge re-marks every OPD of every copy it brings.
_KEYS = select(IDEA.c.id, IDEA.c.opd_id, IDEA.c.text, IDEA.c.text_key).where(
    IDEA.c.id.in_(bindparam("ids", expanding=True))
)
_LATER, _EARLIER = IDEA.alias("later_idea"), IDEA.alias("earlier_idea")
_SAME = (
    select(_LATER.c.opd_id, IDEA_PAIR.c.idea_id, IDEA_PAIR.c.other_id)
    .add_columns(_LATER.c.text_key, _EARLIER.c.text_key)
    .select_from(
        IDEA_PAIR.join(_LATER, _LATER.c.id == IDEA_PAIR.c.idea_id).join(
            _EARLIER, _EARLIER.c.id == IDEA_PAIR.c.other_id
        )
    )
    .where(
        IDEA_PAIR.c.decision == SAME,
        _LATER.c.opd_id == _EARLIER.c.opd_id,
        _LATER.c.opd_id.in_(bindparam("opds", expanding=True)),
    )
)
_GROUPS = _marks_query().where(
    IDEA.c.opd_id == bindparam("opd_id"), IDEA.c.text_key.in_(bindparam("keys", expanding=True))
)


def _oldest_first(rows) -> list:
    """Rows of (OPD, key) groups in list_ideas' order, sorted here: an ORDER BY created_at
    would lead SQLite to walk the OPD's (opd, created_at, id) index over every idea of the
    OPD instead of the few rows the (opd, key) index finds."""
    return sorted(rows, key=lambda r: (r.created_at, r.id))


def _write_marks(conn: Connection, rows, same: Iterable[tuple[str, str]] = ()) -> list[str]:
    """Store classify_ideas' marks of `rows` (one OPD's ideas, or one group, oldest first)."""
    updates = _new_marks(rows, same)
    _store_marks(conn, updates)
    return [u["b_id"] for u in updates]


def _new_marks(rows, same: Iterable[tuple[str, str]] = ()) -> list[dict]:
    """classify_ideas' marks of `rows` that differ from the stored ones, as update values."""
    marked = [
        (counted.idea_id, mark_of(counted), counted.duplicate_of)
        for row, counted in zip(rows, classify_ideas(rows, same), strict=True)
        if (row.mark, row.duplicate_of) != (mark_of(counted), counted.duplicate_of)
    ]
    return [
        {"b_id": idea_id, "b_mark": mark, "b_dup": duplicate_of}
        for idea_id, mark, duplicate_of in marked
    ]


def _store_marks(conn: Connection, updates: list[dict]) -> None:
    if updates:
        conn.execute(
            update(IDEA)
            .where(IDEA.c.id == bindparam("b_id"))
            .values(mark=bindparam("b_mark"), duplicate_of=bindparam("b_dup"), **_SAME_TIME),
            updates,
        )


def _expire(db: Session | Connection, idea_ids: list[str]) -> None:
    """ORM rows of a session that were re-marked underneath it read their marks afresh."""
    if not isinstance(db, Session) or not idea_ids:
        return
    wanted = set(idea_ids)
    for obj in list(db.identity_map.values()):
        if isinstance(obj, IdeaRow) and obj.id in wanted:
            db.expire(obj, list(MARK_COLUMNS))
