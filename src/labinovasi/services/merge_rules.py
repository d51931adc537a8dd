"""What a merge lets in from a copy: every incoming record passes the same domain checks as the
service layer (`check_idea_text`, `check_usg`, `check_stage_move`, ...) before it is applied.

A copy is a file anyone can edit with an SQLite tool, so nothing in it is trusted:
- text is cleaned like typed text (`clean_text`: control characters gone);
- a record that fails a rule is quarantined: left out of the merge and listed in the report
  (`merge --json` key "rejected"), never silently dropped;
- a stage change must be a known stage, and a forward move must pass the gates on the copy's
  own records or carry an override reason (so the verdict is the same in every merge order);
- a timestamp later than the merging machine's clock (plus CLOCK_TOLERANCE) is not believed:
  the record is flagged ("clock_skew"), loses every conflict, and is stored with the merge time.

Per table one `_screen_<table>` function; a new table (innovations, votes, ...) adds one here
and calls it from `screen()`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, fields
from datetime import datetime, timedelta
from typing import Any

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
    clean_text,
)
from labinovasi.i18n import _

CLOCK_TOLERANCE = timedelta(minutes=10)  # laptops' clocks drift; more is a wrong clock
TIME_FIELDS = ("created_at", "updated_at", "at", "written_at", "replaced_at")
# Text columns that are identity or codes, not typed text: never cleaned.
_NOT_TEXT = {
    "id",
    "opd_id",
    "idea_id",
    "design_id",
    "workshop_id",
    "station_id",
    "stage",
    "from_stage",
    "to_stage",
}
STAGE_NAMES = {s.value for s in Stage}
SCREENED = {"workshop", "opd", "idea", "idea_revision", "stage_change", "design", "action_item"}
_IDEA_FIELDS = [f.name for f in fields(Idea)]
_DESIGN_FIELDS = [f.name for f in fields(Design) if f.name != "actions"]


@dataclass
class Rejection:
    """An incoming record left out of a merge, and why."""

    kind: str  # table: "opd", "idea", "idea_revision", "stage_change", "design", "workshop"
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
    future: set[tuple[str, str]]  # (table, id) of records whose time was in the future


def screen(
    source: dict[str, list[dict]],
    min_ideas: int,
    now: datetime,
    label: str,
    known_changes: AbstractSet[str] = frozenset(),
    check_stages: bool = True,
) -> Screened:
    """The copy's records, cleaned and checked; `min_ideas` is the main file's minimum.
    Stage changes in `known_changes` (the target has them) are not judged again; with
    `check_stages` False (a whole-workshop copy) forward moves are not judged at all."""
    result = Screened({}, [], set())
    horizon = now + CLOCK_TOLERANCE
    # Tables screened here; others (innovations, votes, evidence: sync_innovations.py and the
    # evidence merge) pass through as they are until they get their own _screen_ function.
    data = {
        table: [_cleaned(table, row, now, horizon, result) for row in rows]
        if table in SCREENED
        else rows
        for table, rows in source.items()
    }
    result.data = data
    data["workshop"] = data["workshop"][:1]

    def reject(kind: str, row: dict, reason: str) -> None:
        result.rejected.append(Rejection(kind, str(row.get("id", "")), reason, label))

    data["opd"] = _screen_opds(data["opd"], reject)
    opd_ids = {o["id"] for o in data["opd"]}
    data["idea"] = _screen_ideas(data["idea"], opd_ids, reject)
    idea_ids = {i["id"] for i in data["idea"]}
    data["idea_revision"] = [
        r
        for r in data["idea_revision"]
        if _known(r, "idea_id", idea_ids, "idea_revision", reject)
        and _has_text(r, "idea_revision", reject)
    ]
    data["design"] = [
        d for d in data.get("design", []) if _known(d, "opd_id", opd_ids, "design", reject)
    ]
    for design in data["design"]:
        if design.get("idea_id") not in idea_ids:
            design["idea_id"] = None  # a design outlives the idea it came from
        if design.get("budget") is not None and (
            not isinstance(design["budget"], int) or design["budget"] < 0
        ):
            design["budget"] = None
    design_ids = {d["id"] for d in data["design"]}
    data["action_item"] = [
        a
        for a in data.get("action_item", [])
        if _known(a, "design_id", design_ids, "action_item", reject)
    ]
    data["stage_change"] = _screen_stage_changes(
        data, opd_ids, min_ideas if check_stages else None, known_changes, reject
    )
    return result


def _cleaned(table: str, row: dict, now: datetime, horizon: datetime, result: Screened) -> dict:
    row = dict(row)
    for key, value in row.items():
        if isinstance(value, str) and key not in _NOT_TEXT:
            row[key] = clean_text(value)
    future = [k for k in TIME_FIELDS if isinstance(row.get(k), datetime) and row[k] > horizon]
    if future:
        result.future.add((table, row["id"]))
        for key in future:
            row[key] = now
    return row


def _known(row: dict, key: str, ids: set[str], kind: str, reject) -> bool:
    if row.get(key) in ids:
        return True
    reject(kind, row, _("merujuk ke {key} yang tidak ada").format(key=key))
    return False


def _has_text(row: dict, kind: str, reject) -> bool:
    if row.get("text"):
        return True
    reject(kind, row, _("teks kosong"))
    return False


def _screen_opds(rows: list[dict], reject) -> list[dict]:
    kept = []
    for row in rows:
        if not row.get("name") or not row.get("abbreviation"):
            reject("opd", row, _("nama dan singkatan OPD wajib diisi"))
        else:
            # The row's own stage is never taken: a stage follows the checked change log.
            row["stage"] = Stage.DRUM_UP.value
            kept.append(row)
    return kept


def _screen_ideas(rows: list[dict], opd_ids: set[str], reject) -> list[dict]:
    kept = []
    for row in rows:
        if not _known(row, "opd_id", opd_ids, "idea", reject):
            continue
        try:
            row["text"] = check_idea_text(row.get("text"))
            for key in ("usg_urgency", "usg_seriousness", "usg_growth"):
                row[key] = check_usg(row.get(key))
            votes = row.get("votes", 0)
            if isinstance(votes, bool) or not isinstance(votes, int) or votes < 0:
                raise BadInput(
                    _("jumlah suara harus bilangan 0 atau lebih: {votes}").format(votes=votes)
                )
        except BadInput as refusal:
            reject("idea", row, refusal.message)
            continue
        kept.append(row)
    return kept


def _screen_stage_changes(
    data: dict[str, list[dict]],
    opd_ids: set[str],
    min_ideas: int | None,
    known_changes: AbstractSet[str],
    reject,
) -> list[dict]:
    """Known stages, known OPD; a forward move passes the gates on the copy's own records
    (ideas, design) or has its override reason, as `move_stage` demands."""
    ideas_by_opd: dict[str, list[Idea]] = defaultdict(list)
    for row in sorted(data["idea"], key=lambda r: (r["created_at"], r["id"])):
        idea_values: dict[str, Any] = {k: row.get(k) for k in _IDEA_FIELDS if k in row}
        ideas_by_opd[row["opd_id"]].append(Idea(**idea_values))
    actions_by_design: dict[str, list[dict]] = defaultdict(list)
    for row in data["action_item"]:
        actions_by_design[row["design_id"]].append(row)
    design_by_opd: dict[str, Design] = {}
    for row in sorted(data["design"], key=lambda r: (r["created_at"], r["id"])):
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
        design_values: dict[str, Any] = {k: row.get(k) for k in _DESIGN_FIELDS if k in row}
        design_by_opd.setdefault(row["opd_id"], Design(**design_values, actions=actions))
    opds = {o["id"]: o for o in data["opd"]}
    has_designs = bool(data["design"])
    kept = []
    for row in data["stage_change"]:
        if row["id"] in known_changes:
            kept.append(row)  # already in the target: counted as unchanged there
            continue
        if not _known(row, "opd_id", opd_ids, "stage_change", reject):
            continue
        if row.get("from_stage") not in STAGE_NAMES or row.get("to_stage") not in STAGE_NAMES:
            reject(
                "stage_change",
                row,
                _("tahap tidak dikenal \u201c{stage}\u201d").format(stage=row.get("to_stage")),
            )
            continue
        if min_ideas is None:
            kept.append(row)
            continue
        source_opd = opds[row["opd_id"]]
        opd = Opd(
            id=source_opd["id"],
            name=source_opd["name"],
            abbreviation=source_opd["abbreviation"],
            stage=Stage(row["from_stage"]),
        )
        reason = row.get("override_reason") or None
        target = Stage(row["to_stage"])
        if not has_designs and target.index > Stage.DESIGN.index:
            # Designs live in the innovation tables (merged by sync_innovations): the design
            # gate is not judged here; the moves up to design are. (Lead: build the Design
            # from the copy's innovation rows and drop this.)
            target = Stage.DESIGN
        decision = check_stage_move(
            opd, target, ideas_by_opd[opd.id], design_by_opd.get(opd.id), min_ideas, reason
        )
        if not decision.allowed:
            reject("stage_change", row, decision.message)
            continue
        if not decision.overridden:
            row["override_reason"] = ""  # a reason is only kept where a rule was set aside
        kept.append(row)
    return kept
