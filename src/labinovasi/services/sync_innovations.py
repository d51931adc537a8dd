"""The merge of the innovation tables and the dot votes between station copies, kept apart
from sync.py's older tables so both can evolve (issue 16 reworks sync.py's own merge).

Rules:
- innovations merge field by field: each field carries the time of its last edit (`stamps`);
  the newer value wins, the other goes to that field's history (source "merge: <file>");
  two laptops editing different fields both keep their work; no innovation is ever dropped;
- the ideas an innovation comes from, its rencana aksi rows and its history are merged by
  identity (rows are added, never deleted; a rencana aksi row edited on both sides: newer wins);
- votes are keyed by (idea, participant): a merge replaces a participant's dots with the newer
  count, never adds them, so merging twice or in any order counts each participant once.
History rows a merge writes get ids derived from their content, so every order and every repeat
gives the same rows.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Set
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Table, delete, insert, select, update

from labinovasi.domain.innovations import INNOVATION_FIELDS
from labinovasi.domain.rules import voter_key
from labinovasi.i18n import _
from labinovasi.services.merge_rules import read_table
from labinovasi.storage.models import (
    InnovationActionRow,
    InnovationChangeRow,
    InnovationIdeaRow,
    InnovationRow,
    VoteRow,
    table_of,
)

NEW_TABLES: dict[str, Table] = {
    "innovation": table_of(InnovationRow),
    "innovation_idea": table_of(InnovationIdeaRow),
    "innovation_action": table_of(InnovationActionRow),
    "innovation_change": table_of(InnovationChangeRow),
    "vote": table_of(VoteRow),
}
ACTION_FIELDS = ("position", "activity", "person", "start_date", "end_date", "output", "indicator")
_HISTORY_NAMESPACE = uuid.UUID("0b7f7a52-2a37-4f0e-8f0a-5a4c9f3d21c4")


def read_new_tables(conn: Connection) -> dict[str, list[dict]]:
    """Every row of the innovation and vote tables, as dicts, in a stable order."""
    return {
        name: read_table(conn, table, table.primary_key.columns)
        for name, table in NEW_TABLES.items()
    }


def _text(value: object) -> str:
    return (
        "" if value is None else (value.isoformat() if hasattr(value, "isoformat") else str(value))
    )


def _stamp(row: dict, name: str) -> str:
    """When field `name` was last edited; a field never edited since the copy was made dates
    from the innovation's creation, so any later edit beats it."""
    return json.loads(row["stamps"] or "{}").get(name) or _text(row["created_at"])


def merge_innovations(
    conn: Connection,
    source: dict[str, list[dict]],
    opd_map: dict[str, str],
    label: str,
    count: Callable[[str, str], None],
    future: Set[tuple[str, str]] = frozenset(),
) -> None:
    """Bring `source`'s innovations (screened by merge_rules) into the target connection;
    `count(kind, outcome)` with outcome "added", "updated" or "unchanged" reports per
    innovation (kind "designs"). Records in `future` (table, id) lose every conflict."""
    # The target's innovation tables (few rows); its votes are read by merge_votes, by idea.
    target = {
        name: read_table(conn, t, t.primary_key.columns)
        for name, t in NEW_TABLES.items()
        if name != "vote"
    }
    table = NEW_TABLES["innovation"]
    existing = {r["id"]: r for r in target["innovation"]}
    # A replaced value is history once: by id (an edit's own row travelling between copies)
    # and by content (a merge recording what its own edit row already says).
    known_changes = {r["id"] for r in target["innovation_change"]}
    known_content = {_content(r) for r in target["innovation_change"]}
    new_changes = []
    for row in source["innovation_change"]:
        if row["id"] not in known_changes and _content(row) not in known_content:
            known_changes.add(row["id"])
            known_content.add(_content(row))
            new_changes.append(row)
    for src in source["innovation"]:
        dst = existing.get(src["id"])
        if dst is None:
            conn.execute(
                insert(table), [dict(src, opd_id=opd_map.get(src["opd_id"], src["opd_id"]))]
            )
            count("designs", "added")
            continue
        values, stamps = {}, json.loads(dst["stamps"] or "{}")
        for name in INNOVATION_FIELDS:
            mine, theirs = src[name], dst[name]
            src_stamp, dst_stamp = _stamp(src, name), _stamp(dst, name)
            if mine == theirs:
                if src_stamp > dst_stamp and name in json.loads(src["stamps"] or "{}"):
                    stamps[name] = src_stamp
                continue
            src_wins = (src_stamp, _text(mine)) > (dst_stamp, _text(theirs))
            winner, loser = (mine, theirs) if src_wins else (theirs, mine)
            lost_at = dst_stamp if src_wins else src_stamp
            change_id = str(
                uuid.uuid5(
                    _HISTORY_NAMESPACE, "\x1f".join((src["id"], name, _text(loser), _text(winner)))
                )
            )
            change = {
                "id": change_id,
                "innovation_id": src["id"],
                "field": name,
                "old_value": _text(loser),
                "new_value": _text(winner),
                "at": _parse_time(lost_at) or src["updated_at"],
                "source": f"merge: {label}",
            }
            if change_id not in known_changes and _content(change) not in known_content:
                known_changes.add(change_id)
                known_content.add(_content(change))
                new_changes.append(change)
            if src_wins:
                values[name] = mine
                stamps[name] = src_stamp
        if values or stamps != json.loads(dst["stamps"] or "{}"):
            values["stamps"] = json.dumps(stamps, sort_keys=True)
            values["updated_at"] = max(src["updated_at"], dst["updated_at"])
            conn.execute(update(table).where(table.c.id == dst["id"]).values(values))
            count("designs", "updated")
        else:
            count("designs", "unchanged")
    if new_changes:
        conn.execute(insert(NEW_TABLES["innovation_change"]), new_changes)
    links = {(r["innovation_id"], r["idea_id"]) for r in target["innovation_idea"]}
    new_links = [
        r for r in source["innovation_idea"] if (r["innovation_id"], r["idea_id"]) not in links
    ]
    if new_links:  # the target's ideas are read only when there is a link to check
        idea_ids = _idea_ids(conn)
        new_links = [r for r in new_links if r["idea_id"] in idea_ids]
    if new_links:
        conn.execute(insert(NEW_TABLES["innovation_idea"]), new_links)
    _merge_actions(conn, source["innovation_action"], target["innovation_action"], future)


def _content(change: dict) -> tuple:
    return (change["innovation_id"], change["field"], change["old_value"], change["new_value"])


def _idea_table() -> Table:
    from labinovasi.storage.models import IdeaRow

    return table_of(IdeaRow)


def _idea_ids(conn: Connection, among: list[str] | None = None) -> set[str]:
    """The ids of the target's ideas (fetched at once: a target holds tens of thousands), or
    of those `among` these ids."""
    column = _idea_table().c.id
    if among is None:
        return set(conn.execute(select(column)).scalars().all())
    found: set[str] = set()
    for start in range(0, len(among), 500):
        found.update(
            conn.execute(select(column).where(column.in_(among[start : start + 500]))).scalars()
        )
    return found


def _parse_time(text: str):
    try:
        return datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return None


def _merge_actions(
    conn: Connection, source: list[dict], target: list[dict], future: Set[tuple[str, str]]
) -> None:
    table = NEW_TABLES["innovation_action"]
    existing = {r["id"]: r for r in target}
    added = [r for r in source if r["id"] not in existing]
    if added:
        conn.execute(insert(table), added)

    def key(row: dict, incoming: bool) -> tuple:
        late = incoming and ("innovation_action", row["id"]) in future
        stamp = datetime.min if late else row["updated_at"]
        return (stamp, tuple(_text(row[f]) for f in ACTION_FIELDS))

    for src in source:
        dst = existing.get(src["id"])
        if dst is None or all(src[f] == dst[f] for f in ACTION_FIELDS):
            continue
        if key(src, True) > key(dst, False):
            conn.execute(
                update(table)
                .where(table.c.id == dst["id"])
                .values({f: src[f] for f in ACTION_FIELDS} | {"updated_at": src["updated_at"]})
            )


def merge_votes(
    conn: Connection,
    source: list[dict],
    count: Callable[[str, str], None],
    future: Set[tuple[str, str]] = frozenset(),
    written: dict[str, tuple[str, tuple[int, datetime] | None]] | None = None,
    label: str = "",
) -> None:
    """A participant's dots on an idea: the newer count replaces the older, never added.
    One participant whatever the case and spacing typed (domain.rules.voter_key), as at a
    station: "bidan rina" at one station replaces "Bidan Rina"'s dots from another.
    A count whose time was in the future (`future`: ("vote", id)) loses. `written` collects
    the votes written (id -> (label, the dots and time replaced; None: added)) for
    `hold_dot_limit`."""
    if not source:
        return
    table = NEW_TABLES["vote"]
    idea_ids_wanted = sorted({r["idea_id"] for r in source})
    existing = {}
    for start in range(0, len(idea_ids_wanted), 500):
        chunk = idea_ids_wanted[start : start + 500]
        for row in read_table(conn, table, where=table.c.idea_id.in_(chunk)):
            existing[(row["idea_id"], voter_key(row["participant"]))] = row
    idea_ids: set[str] | None = None  # read at the first new vote: most merges bring none
    for src in source:
        dst = existing.get((src["idea_id"], voter_key(src["participant"])))
        if dst is None:
            if idea_ids is None:
                idea_ids = _idea_ids(conn, idea_ids_wanted)
            if src["idea_id"] in idea_ids:
                conn.execute(insert(table), [src])
                existing[(src["idea_id"], voter_key(src["participant"]))] = dict(src)
                if written is not None:
                    written.setdefault(src["id"], (label, None))
                count("votes", "added")
            continue
        stamp = datetime.min if ("vote", src["id"]) in future else src["updated_at"]
        if (stamp, src["dots"]) > (dst["updated_at"], dst["dots"]):
            conn.execute(
                update(table)
                .where(table.c.id == dst["id"])
                .values(dots=src["dots"], updated_at=src["updated_at"])
            )
            if written is not None:
                written.setdefault(dst["id"], (label, (dst["dots"], dst["updated_at"])))
            dst.update(dots=src["dots"], updated_at=src["updated_at"])
            count("votes", "updated")
        else:
            count("votes", "unchanged")


def hold_dot_limit(
    conn: Connection,
    written: dict[str, tuple[str, tuple[int, datetime] | None]],
    allowed: int,
    report: Any,
) -> None:
    """Nobody has more than `allowed` dots in one OPD, however many stations they voted at.
    The dots already in the target before this merge stay; of the votes this merge wrote
    (`written`), the earliest placed stay (by time, then idea, then id: the same in every
    merge order) while they fit; each one over the limit is taken back (an added vote
    removed, an updated one given back its dots) and reported as rejected."""
    from labinovasi.services.merge_rules import Rejection
    from labinovasi.storage.models import IdeaRow

    table, ideas = NEW_TABLES["vote"], table_of(IdeaRow)
    ids = sorted(written)
    # One voter whatever the case and spacing typed (domain.rules.voter_key, as a station
    # counts them): "bidan rina" at one station has used the dots "Bidan Rina" placed at
    # another. The OPDs this merge voted in are read whole and grouped by that key.
    touched: set[tuple[str, str]] = set()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        query = (
            select(ideas.c.opd_id, table.c.participant)
            .join(ideas, ideas.c.id == table.c.idea_id)
            .where(table.c.id.in_(chunk))
        )
        touched.update((opd_id, voter_key(name)) for opd_id, name in conn.execute(query).all())
    opd_ids = sorted({opd_id for opd_id, _key in touched})
    votes: dict[tuple[str, str], list] = {}
    for start in range(0, len(opd_ids), 500):
        chunk = opd_ids[start : start + 500]
        query = (
            select(
                table.c.id,
                table.c.idea_id,
                table.c.participant,
                table.c.dots,
                table.c.updated_at,
                ideas.c.opd_id,
            )
            .join(ideas, ideas.c.id == table.c.idea_id)
            .where(ideas.c.opd_id.in_(chunk))
        )
        for row in conn.execute(query).all():
            voter = (row.opd_id, voter_key(row.participant))
            if voter in touched:
                votes.setdefault(voter, []).append(row)
    for _voter, rows in sorted(votes.items()):
        if sum(r.dots for r in rows) <= allowed:
            continue
        left = allowed - sum(r.dots for r in rows if r.id not in written)
        for row in sorted(
            (r for r in rows if r.id in written), key=lambda r: (r.updated_at, r.idea_id, r.id)
        ):
            if row.dots <= left:
                left -= row.dots
                continue
            label, before = written[row.id]
            if before is None:
                conn.execute(delete(table).where(table.c.id == row.id))
                report.added["votes"] -= 1
            else:
                conn.execute(
                    update(table)
                    .where(table.c.id == row.id)
                    .values(dots=before[0], updated_at=before[1])
                )
                report.updated["votes"] -= 1
                report.unchanged["votes"] += 1
                left -= before[0]
            report.rejected.append(
                Rejection(
                    "vote",
                    row.id,
                    _(
                        "{name}: paling banyak {allowed} titik di satu OPD; titik yang lebih "
                        "dulu diberikan (mungkin di stasiun lain) sudah dipakai."
                    ).format(name=row.participant, allowed=allowed),
                    label,
                )
            )
