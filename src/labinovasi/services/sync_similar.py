"""The merge of the similar-ideas tables between station copies (issue 28), kept apart from
sync.py as sync_innovations.py is.

Rules:
- a decision on a pair of ideas ("sama", "berbeda", undone) has one id per pair
  (domain.similarity.pair_id): the newer decision wins, a time from the future loses; the
  marks of both ideas' OPDs follow (a confirmed "sama" counts on the main file as on the
  station);
- a lexicon term has one id per word (term_id): the newer reading wins.
Merging twice or in any order gives the same rows.
"""

from __future__ import annotations

from collections.abc import Callable, Set
from datetime import datetime

from sqlalchemy import Connection, Table, insert, select, update

from labinovasi.services.merge_rules import read_table
from labinovasi.storage import idea_marks
from labinovasi.storage.models import IdeaPairRow, IdeaRow, LexiconTermRow, table_of

SIMILAR_TABLES: dict[str, Table] = {
    "idea_pair": table_of(IdeaPairRow),
    "lexicon_term": table_of(LexiconTermRow),
}
_FIELDS = {"idea_pair": ("idea_id", "other_id", "decision"), "lexicon_term": ("canonical",)}


def read_similar_tables(conn: Connection) -> dict[str, list[dict]]:
    return {
        name: read_table(conn, table, table.primary_key.columns)
        for name, table in SIMILAR_TABLES.items()
    }


def merge_similar(
    conn: Connection,
    source: dict[str, list[dict]],
    count: Callable[[str, str], None],
    future: Set[tuple[str, str]] = frozenset(),
) -> None:
    """Bring `source`'s decisions and lexicon terms (screened by merge_rules) into the target;
    `count("idea_pairs", outcome)` per decision."""
    changed_ideas: set[str] = set()
    for name, table in SIMILAR_TABLES.items():
        rows = source.get(name) or []
        if not rows:
            continue
        fields = _FIELDS[name]
        existing = {r["id"]: r for r in read_table(conn, table)}
        idea_ids: set[str] | None = None
        for src in rows:
            dst = existing.get(src["id"])
            if dst is None:
                if name == "idea_pair":
                    if idea_ids is None:
                        idea_ids = set(conn.execute(select(table_of(IdeaRow).c.id)).scalars())
                    if not {src["idea_id"], src["other_id"]} <= idea_ids:
                        continue
                    changed_ideas.update((src["idea_id"], src["other_id"]))
                    count("idea_pairs", "added")
                conn.execute(insert(table), [src])
                existing[src["id"]] = src
                continue
            late = (name, src["id"]) in future
            mine = (datetime.min if late else src["updated_at"], tuple(src[f] for f in fields))
            theirs = (dst["updated_at"], tuple(dst[f] for f in fields))
            if all(src[f] == dst[f] for f in fields) or mine <= theirs:
                if name == "idea_pair":
                    count("idea_pairs", "unchanged")
                continue
            values = {f: src[f] for f in fields} | {"updated_at": src["updated_at"]}
            conn.execute(update(table).where(table.c.id == dst["id"]).values(values))
            dst.update(values)
            if name == "idea_pair":
                changed_ideas.update((src["idea_id"], src["other_id"]))
                count("idea_pairs", "updated")
    if changed_ideas:
        idea_marks.refresh(conn, sorted(changed_ideas))
