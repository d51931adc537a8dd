"""Several laptops, one workshop: station copies, merging them back, and whole-workshop copies
between a file and a server. Every record is matched by its UUID; one function copies records.

Rules of a merge (documented for facilitators in docs/stations.md):
- a record missing from the target is added with its own id; nothing is ever deleted;
- an OPD whose singkatan the target already has (case-insensitively) is the same OPD;
- a record on both sides with different content: the newer `updated_at` wins (a tie is broken
  by comparing the contents, so every order gives the same winner); an idea text that loses is
  kept in the idea's history (source "merge"), so nothing typed is lost;
- stage changes are a log merged by id; an OPD's stage is the stage of its newest change;
- counted/duplicate marks are not stored: they follow from the ideas' created_at order.
Merging is idempotent and order-independent, and runs as one transaction on the target.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Sequence, Set
from dataclasses import dataclass, field
from datetime import datetime
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, func, insert, select, update

from labinovasi.domain import BadInput, CannotOpen, Stage, Workshop, check_min_ideas, clean_text
from labinovasi.domain.evidence import Verification, check_evidence_size, size_text
from labinovasi.domain.innovations import check_dots
from labinovasi.domain.limits import MAX_EVIDENCE_BYTES
from labinovasi.domain.rules import normalize_idea_text
from labinovasi.i18n import _
from labinovasi.services import merge_rules, sync_read
from labinovasi.services.merge_rules import Rejection, read_table, row_key
from labinovasi.services.output_files import remove_stale
from labinovasi.services.papers import insert_paper_rows, read_paper_rows
from labinovasi.services.sync_innovations import (
    NEW_TABLES,
    hold_dot_limit,
    merge_innovations,
    merge_votes,
    read_new_tables,
)
from labinovasi.services.sync_similar import SIMILAR_TABLES, merge_similar, read_similar_tables
from labinovasi.services.workshop_service import WORKSHOP_FIELDS, WorkshopService
from labinovasi.storage import connection, idea_marks
from labinovasi.storage.board_read import read_board
from labinovasi.storage.models import (
    AnswerEvidenceRow,
    Base,
    EvidenceBlobRow,
    EvidenceRow,
    IdeaRevisionRow,
    IdeaRow,
    IgaPortfolioRow,
    IndicatorAnswerRow,
    MergedCopyRow,
    OpdRemovalRow,
    OpdRow,
    StageChangeRow,
    WorkshopRow,
    new_id,
    table_of,
    utcnow,
)

# "designs" counts innovations (the JSON key stays: the command line's contract).
KINDS = (
    "workshop",
    "opds",
    "ideas",
    "idea_revisions",
    "stage_changes",
    "designs",
    "votes",
    "evidence_files",
    "evidence",
    "indicator_answers",
    "delivery",
    "display",
    "idea_pairs",
)
# Ids of revisions a merge writes: the same lost text of the same idea gets the same id in
# every merge order.
_REVISION_NAMESPACE = uuid.UUID("6f1c7c1e-3d55-4a8e-9a53-6c1b2f0a7e51")

OPD_FIELDS = ("name", "abbreviation", "position")
# The stored marks (idea_marks.MARK_COLUMNS) are not merged: they are re-marked after.
IDEA_FIELDS = tuple(
    c.key
    for c in IdeaRow.__table__.columns
    if c.key
    not in ("id", "opd_id", "created_at", "updated_at", "station_id", *idea_marks.MARK_COLUMNS)
)
# The merged fields of an idea row as one tuple (str, int, bool, None: equal as tuples exactly
# when equal field by field), compared in C: a merge compares every idea it brings.
_idea_values = itemgetter(*IDEA_FIELDS)

_TABLES: dict[str, Table] = {
    "workshop": table_of(WorkshopRow),
    "opd": table_of(OpdRow),
    "idea": table_of(IdeaRow),
    "idea_revision": table_of(IdeaRevisionRow),
    "stage_change": table_of(StageChangeRow),
}
# Decided on the main file and never merged from a copy (a whole-workshop copy carries it).
_IGA_PORTFOLIO = table_of(IgaPortfolioRow)
_MERGED = table_of(MergedCopyRow)


def _zero() -> dict[str, int]:
    return dict.fromkeys(KINDS, 0)


@dataclass
class Conflict:
    """A record changed on both sides: which version was kept and what became history."""

    kind: str  # "idea" (a text edited on both sides) or "opd" (a singkatan clash)
    id: str
    kept: str
    replaced: str
    source: str
    opd: str = ""

    def to_json(self) -> dict:
        return {
            "kind": self.kind,
            "id": self.id,
            "opd": self.opd,
            "kept": self.kept,
            "replaced": self.replaced,
            "source": self.source,
        }

    def line(self) -> str:
        if self.kind == "opd":
            return _(
                "OPD {opd}: singkatan {replaced} dari {source} tidak dipakai, sudah "
                "dipakai OPD lain"
            ).format(opd=self.opd, replaced=self.replaced, source=self.source)
        return _(
            "gagasan {id} ({opd}): dipakai \u201c{kept}\u201d; \u201c{replaced}\u201d masuk riwayat"
        ).format(
            id=self.id[:8],
            opd=self.opd or "-",
            kept=_short(self.kept),
            replaced=_short(self.replaced),
        )


@dataclass
class MergeReport:
    """What a merge did, per kind of record; `to_json()` is the `merge --json` contract."""

    target: str = ""
    sources: list[str] = field(default_factory=list)
    added: dict[str, int] = field(default_factory=_zero)
    updated: dict[str, int] = field(default_factory=_zero)
    unchanged: dict[str, int] = field(default_factory=_zero)
    conflicts: list[Conflict] = field(default_factory=list)
    # Station OPDs that became an OPD the target already had (same singkatan): abbreviation.
    matched_opds: list[str] = field(default_factory=list)
    # Incoming records that failed a rule (merge_rules.screen) and were left out.
    rejected: list[Rejection] = field(default_factory=list)
    # Incoming records whose time was ahead of this machine's clock: (table, id).
    clock_skew: list[tuple[str, str]] = field(default_factory=list)
    # Workshop settings (title, minimum, ...) a station copy holds differently: never applied.
    ignored_settings: list[str] = field(default_factory=list)
    # Copies merged whole before and unchanged since: not read again (nothing new in them).
    already_merged: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return any(self.added.values()) or any(self.updated.values())

    def to_json(self) -> dict:
        return {
            "target": self.target,
            "sources": list(self.sources),
            "added": dict(self.added),
            "updated": dict(self.updated),
            "unchanged": dict(self.unchanged),
            "conflicts": [c.to_json() for c in self.conflicts],
            "matched_opds": sorted(set(self.matched_opds)),
            "rejected": [r.to_json() for r in self.rejected],
            "clock_skew": [{"kind": kind, "id": id_} for kind, id_ in sorted(set(self.clock_skew))],
            "ignored_settings": sorted(set(self.ignored_settings)),
            "already_merged": list(self.already_merged),
        }

    def lines(self) -> list[str]:
        """The report as people read it, in Bahasa Indonesia."""
        labels = {
            "workshop": _("lokakarya"),
            "opds": _("OPD"),
            "ideas": _("gagasan"),
            "idea_revisions": _("riwayat gagasan"),
            "stage_changes": _("perubahan tahap"),
            "designs": _("inovasi"),
            "votes": _("suara (titik)"),
            "evidence_files": _("berkas bukti"),
            "evidence": _("bukti dukung"),
            "indicator_answers": _("jawaban indikator"),
            "delivery": _("catatan deliver"),
            "display": _("gelar inovasi"),
            "idea_pairs": _("keputusan gagasan mirip"),
        }
        lines = [
            _("Digabung ke {target}: {sources}").format(
                target=self.target, sources=", ".join(self.sources)
            )
        ]
        for kind in KINDS:
            lines.append(
                _("  {label}: {added} ditambah, {updated} diperbarui, {same} sama").format(
                    label=labels[kind],
                    added=self.added[kind],
                    updated=self.updated[kind],
                    same=self.unchanged[kind],
                )
            )
        if self.matched_opds:
            lines.append(
                _("  OPD dengan singkatan sama disatukan: {names}").format(
                    names=", ".join(sorted(set(self.matched_opds)))
                )
            )
        if self.already_merged:
            lines.append(
                _("  Tidak berubah sejak digabung sebelumnya (tidak dibaca lagi): {names}").format(
                    names=", ".join(self.already_merged)
                )
            )
        lines.append(_("  {n} konflik").format(n=len(self.conflicts)))
        lines.extend("    " + c.line() for c in self.conflicts)
        if self.ignored_settings:
            lines.append(
                _("  Pengaturan lokakarya dari salinan stasiun tidak dipakai: {names}").format(
                    names=", ".join(sorted(set(self.ignored_settings)))
                )
            )
        if self.clock_skew:
            lines.append(
                _(
                    "  {n} catatan bertanggal di masa depan (jam laptop salah?): "
                    "disimpan dengan waktu penggabungan"
                ).format(n=len(set(self.clock_skew)))
            )
        if self.rejected:
            lines.append(
                _("  {n} catatan ditolak (tidak lolos aturan):").format(n=len(self.rejected))
            )
            lines.extend("    " + r.line() for r in self.rejected)
        return lines


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


# -- reading ------------------------------------------------------------------------------


def _read_all(conn: Connection) -> dict[str, list[dict]]:
    """Every row of every workshop table, as dicts, in a stable order."""
    data = {}
    for name, table in _TABLES.items():
        order = [table.c.id]
        if "created_at" in table.c:
            order.insert(0, table.c.created_at)
        data[name] = read_table(conn, table, order)
    return data | read_new_tables(conn) | read_similar_tables(conn)


def _check_schema(conn: Connection, target: str | Path) -> None:
    from labinovasi.storage.sanity import schema_problems

    problems = schema_problems(conn)
    if problems:
        raise CannotOpen(
            _("Berkas bukan lokakarya yang utuh: {path}").format(path=target), problems
        )


def _read_changes(
    engine: Any, other: str | Path, counts: dict[str, int] | None = None
) -> tuple[dict, dict[str, int]]:
    """What the copy file `other` brings to the target file of `engine`: its rows the target
    does not hold as they are (sync_read), and per table how many it holds as they are."""
    # Opened once on its own: checked (every page), upgraded when older, its schema whole.
    # Not refused for bad rows: merge_rules.screen sets each bad record aside and reports it.
    copy = connection.open_database(other, check_rows=False)
    try:
        with copy.connect() as conn:
            _check_schema(conn, other)
    finally:
        copy.dispose()
    with engine.connect() as conn:
        data, same = sync_read.read_copy(conn, other, _READ_TABLES, _READ_COLUMNS, counts)
    data["evidence_source"] = other
    if not data["workshop"]:
        raise CannotOpen(_("Berkas tidak berisi data lokakarya: {path}").format(path=other))
    return data, same


def _read_workshop(target: str | Path, whole: bool = False) -> dict:
    """Every record a merge may take from `target` (a server, or a whole-workshop copy);
    `whole` (a whole-workshop copy) adds what only the main file holds: the papers and the IGA
    portfolio."""
    # Not refused for bad rows: merge_rules.screen sets each bad record aside and reports it.
    engine = connection.open_database(target, check_rows=False)
    try:
        with engine.connect() as conn:
            _check_schema(conn, target)
            merge_rules.note_empty_tables(conn)  # the copy is only read here
            data: dict[str, Any] = _read_all(conn)
            data.update(_read_evidence(conn))
            data.update(_read_after_lab(conn))
            if whole:
                data["papers"] = read_paper_rows(conn)
                data["iga_portfolio"] = read_table(conn, _IGA_PORTFOLIO)
    finally:
        engine.dispose()
    data["evidence_source"] = target
    if not data["workshop"]:
        raise CannotOpen(_("Berkas tidak berisi data lokakarya: {path}").format(path=target))
    return data


def _read_in(conn: Connection, table: Table, column: Any, values: Sequence) -> list[dict]:
    """The rows of `table` whose `column` is one of `values` (asked in chunks)."""
    rows: list[dict] = []
    for start in range(0, len(values), 500):
        chunk = values[start : start + 500]
        rows.extend(read_table(conn, table, [table.c.id], where=column.in_(chunk)))
    return rows


def _merged_before(conn: Connection, printed: str) -> bool:
    return (
        conn.execute(select(_MERGED.c.fingerprint).where(_MERGED.c.fingerprint == printed)).first()
        is not None
    )


def _count_same(report: MergeReport, same: dict[str, int]) -> None:
    """Records a copy holds as the target does, counted unchanged (not read one by one)."""
    for table, count in same.items():
        kind = _SAME_KIND.get(table)
        if kind is not None:
            report.unchanged[kind] += count


def _label(target: str | Path) -> str:
    return str(target) if connection.is_url(target) else Path(target).name


# -- the one place records are copied ----------------------------------------------------


def _without_removed_opds(conn: Connection, source: dict, target: dict) -> dict:
    """A copy's OPDs that the target removed or merged into another since the copy was made
    (table opd_removal): a merged one's records go to the OPD it was merged into; a removed
    one is left out with its records, unless the copy holds ideas for it (then it comes back,
    so nothing typed is lost). An OPD the target has again (same id) is not touched."""
    removals = {
        row.id: row.merged_into
        for row in conn.execute(select(OpdRemovalRow.id, OpdRemovalRow.merged_into))
    }
    have = {o["id"] for o in target["opd"]}
    with_ideas = {i["opd_id"] for i in source["idea"]}
    moved: dict[str, str] = {}
    gone: set[str] = set()
    for opd in source["opd"]:
        if opd["id"] not in removals or opd["id"] in have:
            continue
        into = removals[opd["id"]]
        if into is not None and into in have:
            moved[opd["id"]] = into
        elif opd["id"] not in with_ideas:
            gone.add(opd["id"])
    if not moved and not gone:
        return source

    def keep(name: str, row: dict) -> bool:
        return row.get("id" if name == "opd" else "opd_id") not in gone and not (
            name == "opd" and row["id"] in moved
        )

    def moved_row(row: dict) -> dict:
        return dict(row, opd_id=moved[row["opd_id"]]) if row.get("opd_id") in moved else row

    return {
        name: [moved_row(r) for r in rows if keep(name, r)]
        if isinstance(rows, list) and rows and isinstance(rows[0], dict)
        else rows
        for name, rows in source.items()
    }


def _check_settings(workshop: dict) -> None:
    """The workshop settings the main file sends a station copy, checked as
    `WorkshopService.update_workshop` checks them."""
    if not clean_text(workshop["title"]):
        raise BadInput(_("Judul lokakarya wajib diisi."))
    check_min_ideas(workshop["min_ideas"])
    check_dots(workshop["dots_per_participant"])


def _key(row: dict, names: Sequence[str]) -> tuple:
    """Newest first by updated_at, then by content: the same winner in every merge order."""
    return (row["updated_at"], tuple(repr(row[n]) for n in names))


class _Merger:
    """Brings the records of `source` into the target connection, counting in `report`.
    Each table has its own method (`_workshop`, `_opds`, `_ideas`, `_stage_changes`,
    `_designs`), called in that order on records `merge_rules.screen` let through."""

    def __init__(self, conn: Connection, report: MergeReport, check_stages: bool = True):
        self.conn = conn
        self.report = report
        self.check_stages = check_stages
        self.future: set[tuple[str, str]] = set()
        self.dots: int | None = None  # the target's dots per participant
        # Votes this merge wrote: id -> (the copy's label, the dots and time it replaced).
        self.votes: dict[str, tuple[str, tuple[int, datetime] | None]] = {}

    def _key(self, table: str, row: dict, names: Sequence[str], incoming: bool = False) -> tuple:
        """Newest first by updated_at, then by content: the same winner in every merge order.
        An incoming time from the future is not believed: that record loses every conflict."""
        future = incoming and (table, row["id"]) in self.future
        stamp = datetime.min if future else row["updated_at"]
        return (stamp, tuple(repr(row[n]) for n in names))

    def _read_target(self, source: dict) -> dict[str, list[dict]]:
        """Of the target, what this copy's records are compared with: the workshop, its OPDs
        and stage changes (few), and only the ideas (and their history) the copy brings."""
        conn = self.conn
        data = {
            name: read_table(conn, _TABLES[name], [_TABLES[name].c.id])
            for name in ("workshop", "opd", "stage_change")
        }
        idea, revision = _TABLES["idea"], _TABLES["idea_revision"]
        ids = sorted({r["id"] for r in source["idea"]})
        data["idea"] = _read_in(conn, idea, idea.c.id, ids)
        with_history = sorted(set(ids) | {r["idea_id"] for r in source["idea_revision"]})
        data["idea_revision"] = _read_in(conn, revision, revision.c.idea_id, with_history)
        return data

    def run(self, source: dict[str, list[dict]], label: str) -> None:
        target = self._read_target(source)
        self.label = label
        settings = self._settings(source["workshop"][0], target)
        self.from_station = settings.from_station
        screened = merge_rules.screen(source, settings, utcnow(), label)
        source = screened.data
        self.future = screened.future
        self.report.rejected.extend(screened.rejected)
        self.report.clock_skew.extend(screened.future)
        self._workshop(source["workshop"][0], target["workshop"])
        source = _without_removed_opds(self.conn, source, target)
        opd_map = self._opds(source, target)
        self._ideas(source, target, opd_map)
        self._stage_changes(source, target, opd_map)
        # Innovations, votes and evidence (issue 11) read the target themselves.
        merge_innovations(self.conn, source, opd_map, label, self._count, self.future)
        merge_votes(self.conn, source["vote"], self._count, self.future, self.votes, label)
        merge_similar(self.conn, source, self._count, self.future)
        _merge_evidence(self.conn, source, self.report, self.future, label, self.from_station)
        _merge_after_lab(
            self.conn, source, self.report, opd_map, self.future, self.from_station, label
        )

    def _settings(self, src: dict, target: dict[str, list[dict]]) -> merge_rules.Settings:
        """What the verdicts on this copy depend on: the target's settings, or the source's
        when it is the main file refreshing a station copy or the target is still empty."""
        dst = target["workshop"][0] if target["workshop"] else None
        from_main = dst is not None and src["station_id"] is None and dst["station_id"] is not None
        own = src if dst is None or from_main else dst
        try:
            dots = check_dots(own["dots_per_participant"])
        except BadInput:
            dots = dst["dots_per_participant"] if dst else check_dots(3)
        events = [] if dst is None else read_table(self.conn, _AFTER_LAB_TABLES["display_event"])
        event_ids: set[str] | None = None
        if dst is not None:
            from labinovasi.services.jury import event_id

            event_ids = {e["id"] for e in events} | {event_id(dst["id"])}
        first_event = min(events, key=lambda e: (e["created_at"], e["id"]), default=None)
        from_station = dst is not None and src["station_id"] is not None
        jurors = None
        if from_station:
            juror = _AFTER_LAB_TABLES["juror"]
            jurors = {r["id"] for r in read_table(self.conn, juror, columns=(juror.c.id,))}
        self.dots = dots
        return merge_rules.Settings(
            min_ideas=dst["min_ideas"] if dst else src["min_ideas"],
            dots=dots,
            rubric=merge_rules.rubric_of(first_event),
            from_station=from_station,
            check_stages=self.check_stages,
            known_changes={c["id"] for c in target["stage_change"]},
            event_ids=event_ids,
            station_opd=src.get("station_opd_id") if from_station else None,
            jurors=jurors,
        )

    def finish(self) -> None:
        """After every copy: nobody has more dots in one OPD than the workshop allows, though
        the same person voted at several stations (the earliest dots stay)."""
        if self.votes and self.dots is not None:
            hold_dot_limit(self.conn, self.votes, self.dots, self.report)

    def _count(self, kind: str, outcome: str) -> None:
        getattr(self.report, outcome)[kind] += 1

    # workshop ----------------------------------------------------------------------------

    def _workshop(self, src: dict, existing: list[dict]) -> None:
        """Settings (title, minimum, dates...) come from the main file only: a station copy
        never changes them; refreshing a station copy from the main file brings them."""
        table = _TABLES["workshop"]
        if not existing:
            self.conn.execute(insert(table), [src])
            existing.append(dict(src))
            self.report.added["workshop"] += 1
            return
        dst = existing[0]
        if dst["id"] != src["id"]:
            raise BadInput(
                _("{source} berasal dari lokakarya lain; tidak digabung.").format(source=self.label)
            )
        differing = [f for f in WORKSHOP_FIELDS if src[f] != dst[f]]
        from_main = src["station_id"] is None and dst["station_id"] is not None
        if not differing:
            self.report.unchanged["workshop"] += 1
        elif not from_main:
            self.report.ignored_settings.extend(differing)
            self.report.unchanged["workshop"] += 1
        else:
            try:
                _check_settings(src)
            except BadInput as refusal:
                self.report.rejected.append(
                    merge_rules.Rejection("workshop", src["id"], refusal.message, self.label)
                )
                self.report.unchanged["workshop"] += 1
                return
            # The station's own id and name stay: they say which laptop this file is.
            values = {f: src[f] for f in WORKSHOP_FIELDS} | {"updated_at": src["updated_at"]}
            self.conn.execute(update(table).where(table.c.id == dst["id"]).values(values))
            dst.update(values)
            self.report.updated["workshop"] += 1

    # OPDs --------------------------------------------------------------------------------

    def _opds(self, source: dict, target: dict) -> dict[str, str]:
        """Add missing OPDs; return source OPD id -> target OPD id."""
        table = _TABLES["opd"]
        self.new_opds: set[str] = set()
        by_id = {o["id"]: o for o in target["opd"]}
        by_abbr = {o["abbreviation"].casefold(): o for o in target["opd"]}
        idea_opd = {i["id"]: i["opd_id"] for i in target["idea"]}
        # Source OPD -> the target OPD holding its first idea the target knows, in one pass.
        known: dict[str, str] = {}
        for idea in source["idea"]:
            if idea["id"] in idea_opd:
                known.setdefault(idea["opd_id"], idea_opd[idea["id"]])
        workshop_id = source["workshop"][0]["id"]
        station_opd = source["workshop"][0].get("station_opd_id") if self.from_station else None
        mapping: dict[str, str] = {}
        for src in source["opd"]:
            dst = by_id.get(src["id"])
            if station_opd is not None and src["id"] != station_opd:
                # A copy for one OPD's table brings nothing of another OPD, nor a new OPD.
                if dst is None or not all(src[f] == dst[f] for f in OPD_FIELDS):
                    self.report.rejected.append(
                        Rejection(
                            "opd",
                            src["id"],
                            _(
                                "salinan stasiun ini untuk satu OPD; catatan OPD lain tidak digabung"
                            ),
                            self.label,
                        )
                    )
                if dst is not None:
                    mapping[src["id"]] = dst["id"]
                    self.report.unchanged["opds"] += 1
                continue
            if dst is None:
                # Known through its ideas (the OPD was renamed since), else by singkatan.
                dst = (
                    by_id.get(known[src["id"]])
                    if src["id"] in known
                    else by_abbr.get(src["abbreviation"].casefold())
                )
                if dst is not None:
                    self.report.matched_opds.append(dst["abbreviation"])
            if dst is None:
                # Its stage is where its recorded (and checked) changes take it, not the row's.
                row = dict(src, workshop_id=workshop_id, stage=Stage.DRUM_UP.value)
                self.new_opds.add(row["id"])
                self.conn.execute(insert(table), [row])
                target["opd"].append(row)
                by_id[row["id"]] = row
                by_abbr[row["abbreviation"].casefold()] = row
                mapping[src["id"]] = row["id"]
                self.report.added["opds"] += 1
                continue
            mapping[src["id"]] = dst["id"]
            if all(src[f] == dst[f] for f in OPD_FIELDS) or self._key(
                "opd", src, OPD_FIELDS, True
            ) <= self._key("opd", dst, OPD_FIELDS):
                self.report.unchanged["opds"] += 1
                continue
            clash = by_abbr.get(src["abbreviation"].casefold())
            if clash is not None and clash["id"] != dst["id"]:
                self.report.conflicts.append(
                    Conflict(
                        "opd",
                        dst["id"],
                        dst["abbreviation"],
                        src["abbreviation"],
                        self.label,
                        dst["abbreviation"],
                    )
                )
                self.report.unchanged["opds"] += 1
                continue
            values = {f: src[f] for f in OPD_FIELDS} | {"updated_at": src["updated_at"]}
            self.conn.execute(update(table).where(table.c.id == dst["id"]).values(values))
            del by_abbr[dst["abbreviation"].casefold()]
            dst.update(values)
            by_abbr[dst["abbreviation"].casefold()] = dst
            self.report.updated["opds"] += 1
        self.opd_names = {o["id"]: o["abbreviation"] for o in by_id.values()}
        return mapping

    # ideas and their history -------------------------------------------------------------

    def _ideas(self, source: dict, target: dict, opd_map: dict[str, str]) -> None:
        table, revisions = _TABLES["idea"], _TABLES["idea_revision"]
        existing = {i["id"]: i for i in target["idea"]}
        new_rows, lost, updated, left = [], [], [], set()
        for src in source["idea"]:
            dst = existing.get(src["id"])
            if dst is None:
                new_rows.append(dict(src, opd_id=opd_map[src["opd_id"]]))
                continue
            if _idea_values(src) == _idea_values(dst):
                self.report.unchanged["ideas"] += 1
                continue
            source_wins = self._key("idea", src, IDEA_FIELDS, True) > self._key(
                "idea", dst, IDEA_FIELDS
            )
            winner, loser = (src, dict(dst)) if source_wins else (dst, src)
            if source_wins:
                values = {f: src[f] for f in IDEA_FIELDS} | {"updated_at": src["updated_at"]}
                self.conn.execute(update(table).where(table.c.id == dst["id"]).values(values))
                dst.update(values)
                self.report.updated["ideas"] += 1
                updated.append(dst["id"])
                left.add((dst["opd_id"], dst["text_key"]))
            else:
                self.report.unchanged["ideas"] += 1
            if winner["text"] != loser["text"]:
                lost.append((winner, loser, dst["opd_id"]))
        if new_rows:
            self.conn.execute(insert(table), new_rows)
            target["idea"].extend(new_rows)
        self.report.added["ideas"] += len(new_rows)
        idea_marks.refresh(self.conn, [r["id"] for r in new_rows] + updated, before=left)
        # The in-memory target follows the stored keys (the next copy's `before` groups).
        for row in [*new_rows, *(existing[i] for i in updated)]:
            row["text_key"] = normalize_idea_text(row["text"])

        # The source's own history first, then the texts this merge replaced, once each.
        known_ids = {r["id"] for r in target["idea_revision"]}
        texts = {(r["idea_id"], r["text"]) for r in target["idea_revision"]}
        added = []
        for rev in source["idea_revision"]:
            if rev["id"] in known_ids:
                self.report.unchanged["idea_revisions"] += 1
            elif (rev["idea_id"], rev["text"]) not in texts:
                added.append(rev)
                texts.add((rev["idea_id"], rev["text"]))
        for winner, loser, opd_id in lost:
            if (loser["id"], loser["text"]) in texts:
                continue  # an ordinary edit: the replaced text is already in the history
            # Edited on both sides: the older text goes to the history, and the report says so.
            self.report.conflicts.append(
                Conflict(
                    "idea",
                    loser["id"],
                    winner["text"],
                    loser["text"],
                    self.label,
                    self.opd_names.get(opd_id, ""),
                )
            )
            texts.add((loser["id"], loser["text"]))
            added.append(
                {
                    "id": str(uuid.uuid5(_REVISION_NAMESPACE, f"{loser['id']}\n{loser['text']}")),
                    "idea_id": loser["id"],
                    "text": loser["text"],
                    "problem": loser["problem"],
                    "author": loser["author"],
                    "written_at": loser["updated_at"],
                    "replaced_at": utcnow(),
                    "source": "merge",
                }
            )
        added = [r for r in added if r["id"] not in known_ids]
        if added:
            self.conn.execute(insert(revisions), added)
            target["idea_revision"].extend(added)
        self.report.added["idea_revisions"] += len(added)

    # stages ------------------------------------------------------------------------------

    def _stage_changes(self, source: dict, target: dict, opd_map: dict[str, str]) -> None:
        table = _TABLES["stage_change"]
        known = {c["id"] for c in target["stage_change"]}
        new_rows = [
            dict(c, opd_id=opd_map[c["opd_id"]])
            for c in source["stage_change"]
            if c["id"] not in known
        ]
        self.report.unchanged["stage_changes"] += len(source["stage_change"]) - len(new_rows)
        if new_rows:
            self.conn.execute(insert(table), new_rows)
            target["stage_change"].extend(new_rows)
            self.report.added["stage_changes"] += len(new_rows)
        touched = {c["opd_id"] for c in new_rows} | self.new_opds
        if not touched:
            return
        # An OPD's stage is where its newest recorded change took it.
        newest: dict[str, dict] = {}
        for change in target["stage_change"]:
            opd_id = change["opd_id"]
            if opd_id in touched and (
                opd_id not in newest
                or (change["at"], change["id"]) > (newest[opd_id]["at"], newest[opd_id]["id"])
            ):
                newest[opd_id] = change
        opd_table = _TABLES["opd"]
        for opd in target["opd"]:
            if opd["id"] in newest and opd["stage"] != newest[opd["id"]]["to_stage"]:
                opd["stage"] = newest[opd["id"]]["to_stage"]
                self.conn.execute(
                    update(opd_table)
                    .where(opd_table.c.id == opd["id"])
                    .values(stage=opd["stage"], updated_at=opd["updated_at"])
                )


# -- evidence (bukti dukung): its own tables, merged after everything else -----------------
# Files are matched by sha256 and copied one at a time from the source (a workshop may carry
# hundreds of MB), each checked against its sha256 and the size limit; evidence items by id,
# newest wins; an answer by (innovation, indicator, year), newest wins; which evidence backs
# which answer is a union (nothing is deleted). As in services/evidence.py, an answer whose
# evidence changed waits for verification again, unless its verdict came with that change.

EVIDENCE_FIELDS = (
    "sha256",
    "size",
    "file_name",
    "media_type",
    "link",
    "title",
    "number",
    "doc_date",
)
ANSWER_FIELDS = (
    "parameter",
    "status",
    "note",
    "check_name",
    "check_signed",
    "check_highlighted",
    "verified_at",
)
# The verifier's part of an answer, and what it is before anyone verified (verified_at follows
# the status: a copy's date alone is no verdict a station gave).
VERDICT_FIELDS = tuple(f for f in ANSWER_FIELDS if f not in ("parameter", "verified_at"))
_UNVERIFIED = {
    "status": Verification.MENUNGGU.value,
    "note": "",
    "check_name": False,
    "check_signed": False,
    "check_highlighted": False,
    "verified_at": None,
}
_EVIDENCE_TABLES = {
    "evidence": table_of(EvidenceRow),
    "indicator_answer": table_of(IndicatorAnswerRow),
    "answer_evidence": table_of(AnswerEvidenceRow),
}
_BLOBS = table_of(EvidenceBlobRow)

Future = Set[tuple[str, str]]


def _read_evidence(conn: Connection) -> dict[str, list[dict]]:
    """Evidence rows, answers and links; of the files only their sha256 (bytes stay put)."""
    data = {name: read_table(conn, table) for name, table in _EVIDENCE_TABLES.items()}
    data["evidence_blob"] = read_table(
        conn, _BLOBS, columns=(_BLOBS.c.sha256, _BLOBS.c.size, _BLOBS.c.created_at)
    )
    return data


def _newer(table: str, src: dict, dst: dict, names: Sequence[str], future: Future) -> bool:
    """The source record wins: a later updated_at (one from the future never), then content."""
    stamp = datetime.min if (table, row_key(table, src)) in future else src["updated_at"]
    return (stamp, tuple(repr(src[n]) for n in names)) > _key(dst, names)


def _merge_evidence(
    conn: Connection,
    source: dict,
    report: MergeReport,
    future: Future,
    label: str,
    from_station: bool = False,
) -> None:
    target = _read_evidence(conn)

    def reject(table: str, row: dict, reason: str) -> None:
        report.rejected.append(Rejection(table, row_key(table, row), reason, label))

    bad = _merge_evidence_files(conn, source, target, report, reject)
    if bad:
        # The items showing those bytes, and the links to them, go with them.
        for row in source["evidence"]:
            if row["sha256"] in bad:
                reject("evidence", row, _("berkasnya ditolak"))
        source = dict(source, evidence=[r for r in source["evidence"] if r["sha256"] not in bad])
        kept = {r["id"] for r in source["evidence"]}
        source["answer_evidence"] = [
            r for r in source["answer_evidence"] if r["evidence_id"] in kept
        ]
    changed = _merge_evidence_items(conn, source, target, report, future)
    answer_map, applied = _merge_answers(
        conn, source, target, report, future, reject if from_station else None
    )
    new_links = _merge_answer_links(conn, source, target, answer_map)
    _reverify(conn, target, report, changed, new_links, applied)


def _merge_evidence_files(
    conn: Connection,
    source: dict,
    target: dict,
    report: MergeReport,
    reject: Callable[[str, dict, str], None],
) -> set[str]:
    """Copy the files the target lacks; return the sha256 of those refused."""
    have = {b["sha256"] for b in target["evidence_blob"]}
    missing = [b for b in source["evidence_blob"] if b["sha256"] not in have]
    report.unchanged["evidence_files"] += len(source["evidence_blob"]) - len(missing)
    bad: set[str] = set()
    if not missing:
        return bad
    engine = connection.open_database(source["evidence_source"], check_rows=False)
    try:
        with engine.connect() as src:
            for blob in missing:
                where = _BLOBS.c.sha256 == blob["sha256"]
                # The stored length first: a file over the limit is never read into memory.
                length = src.execute(select(func.length(_BLOBS.c.data)).where(where)).scalar()
                try:
                    if isinstance(length, int) and length > MAX_EVIDENCE_BYTES:
                        check_evidence_size(length, blob["sha256"][:12])
                    data = src.execute(select(_BLOBS.c.data).where(where)).scalar()
                    merge_rules.check_blob(blob["sha256"], blob["size"], data)
                except BadInput as refusal:
                    reject("evidence_blob", blob, refusal.message)
                    bad.add(blob["sha256"])
                    continue
                conn.execute(insert(_BLOBS), [dict(blob, data=data)])
                report.added["evidence_files"] += 1
    finally:
        engine.dispose()
    return bad


def _merge_evidence_items(
    conn: Connection, source: dict, target: dict, report: MergeReport, future: Future
) -> set[str]:
    """Add or update evidence items; return the ids whose content (file or link) changed."""
    table = _EVIDENCE_TABLES["evidence"]
    existing = {e["id"]: e for e in target["evidence"]}
    changed = set()
    for src in source["evidence"]:
        dst = existing.get(src["id"])
        if dst is None:
            conn.execute(insert(table), [src])
            existing[src["id"]] = src
            report.added["evidence"] += 1
        elif all(src[f] == dst[f] for f in EVIDENCE_FIELDS) or not _newer(
            "evidence", src, dst, EVIDENCE_FIELDS, future
        ):
            report.unchanged["evidence"] += 1
        else:
            values = {f: src[f] for f in EVIDENCE_FIELDS} | {"updated_at": src["updated_at"]}
            conn.execute(update(table).where(table.c.id == dst["id"]).values(values))
            if (src["sha256"], src["link"]) != (dst["sha256"], dst["link"]):
                changed.add(dst["id"])
            dst.update(values)
            report.updated["evidence"] += 1
    return changed


def _answer_key(row: dict) -> tuple:
    return (row["innovation_id"], row["indicator"], row["year"])


def _merge_answers(
    conn: Connection,
    source: dict,
    target: dict,
    report: MergeReport,
    future: Future,
    station: Callable[[str, dict, str], None] | None = None,
) -> tuple[dict[str, str], set[str]]:
    """Add or update answers; return source answer id -> target answer id, and the target
    answers whose values (verdict included) came from the source. From a station copy
    (`station`: how to report what it may not do) the verdict is never taken: a station does
    not verify; its new answers wait (menunggu) and only its chosen parameter is applied."""
    table = _EVIDENCE_TABLES["indicator_answer"]
    existing: dict[tuple, dict] = {}
    for row in sorted(target["indicator_answer"], key=lambda r: (r["created_at"], r["id"])):
        existing.setdefault(_answer_key(row), row)
    mapping, applied = {}, set()
    fields = ANSWER_FIELDS if station is None else ("parameter",)
    for src in source["indicator_answer"]:
        dst = existing.get(_answer_key(src))
        if station is not None:
            if any(src[f] != (dst or _UNVERIFIED)[f] for f in VERDICT_FIELDS) and (
                dst is None or _newer("indicator_answer", src, dst, ANSWER_FIELDS, future)
            ):
                station(
                    "indicator_answer",
                    src,
                    _("verifikasi hanya di berkas utama; hasil verifikasi stasiun tidak dipakai"),
                )
            if dst is None:
                src = dict(src, **_UNVERIFIED)
        if dst is None:
            conn.execute(insert(table), [src])
            existing[_answer_key(src)] = src
            mapping[src["id"]] = src["id"]
            if station is None:
                applied.add(src["id"])
            report.added["indicator_answers"] += 1
            continue
        mapping[src["id"]] = dst["id"]
        if all(src[f] == dst[f] for f in fields):
            if station is None:
                applied.add(dst["id"])  # the same verdict: the source's links were seen by it
            report.unchanged["indicator_answers"] += 1
            continue
        if not _newer("indicator_answer", src, dst, fields, future):
            report.unchanged["indicator_answers"] += 1
            continue
        values = {f: src[f] for f in fields} | {"updated_at": src["updated_at"]}
        conn.execute(update(table).where(table.c.id == dst["id"]).values(values))
        dst.update(values)
        if station is None:
            applied.add(dst["id"])
        report.updated["indicator_answers"] += 1
    return mapping, applied


def _merge_answer_links(
    conn: Connection, source: dict, target: dict, answer_map: dict[str, str]
) -> list[tuple[str, str]]:
    """Add the links the target lacks; return them as (target answer id, evidence id)."""
    table = _EVIDENCE_TABLES["answer_evidence"]
    have = {(r["answer_id"], r["evidence_id"]) for r in target["answer_evidence"]}
    new_rows = []
    for link in source["answer_evidence"]:
        # An answer the copy holds as the target does was not read: its id is the target's.
        key = (answer_map.get(link["answer_id"], link["answer_id"]), link["evidence_id"])
        if key not in have:
            have.add(key)
            new_rows.append(dict(link, answer_id=key[0]))
    if new_rows:
        conn.execute(insert(table), new_rows)
    return [(r["answer_id"], r["evidence_id"]) for r in new_rows]


def _reverify(
    conn: Connection,
    target: dict,
    report: MergeReport,
    changed: set[str],
    new_links: list[tuple[str, str]],
    applied: set[str],
) -> None:
    """An answer the target had whose evidence this merge attached or replaced waits for
    verification again, as attaching or replacing does in the app; not when its verdict came
    from the same copy as the change (that verdict was given on the new evidence)."""
    answers = {a["id"]: a for a in target["indicator_answer"]}
    links = [(r["answer_id"], r["evidence_id"]) for r in target["answer_evidence"]]
    touched = {a for a, _e in new_links} | {a for a, e in links + new_links if e in changed}
    waiting = Verification.MENUNGGU.value
    stale = sorted(a for a in touched - applied if a in answers and answers[a]["status"] != waiting)
    if not stale:
        return
    table = _EVIDENCE_TABLES["indicator_answer"]
    conn.execute(
        update(table).where(table.c.id.in_(stale)).values(status=waiting, updated_at=utcnow())
    )
    for answer_id in stale:
        answers[answer_id]["status"] = waiting
    report.updated["indicator_answers"] += len(stale)


# -- deliver and display: their own tables, merged after evidence ---------------------------
# Each table by its key (the id, or the natural key where two laptops may create the same
# thing: an activity's progress by action, a juror's score by juror/innovation/criterion);
# the newer updated_at wins; the tahapan log is merged by id like stage changes. The gelar
# inovasi's settings come from the main file only; a station's scores are refused once the
# main file's Top-N is fixed (as `jury.set_scores` refuses them).

_AFTER_LAB = {
    # table: (kind in the report, key columns, compared columns, time column)
    "action_progress": (
        "delivery",
        ("action_id",),
        ("status", "realised_on", "note"),
        "updated_at",
    ),
    "tahapan_change": ("delivery", ("id",), ("from_stage", "to_stage", "on_date", "note"), None),
    "monitoring": (
        "delivery",
        ("id",),
        ("opd_id", "innovation_id", "on_date", "kind", "who", "progress", "obstacles", "follow_up"),
        "updated_at",
    ),
    "launching": (
        "delivery",
        ("id",),
        ("innovation_id", "on_date", "place", "by_whom", "news_link"),
        "updated_at",
    ),
    "display_event": (
        "display",
        ("id",),
        EVENT_SETTINGS := (
            "title",
            "on_date",
            "place",
            "start_time",
            "minutes_each",
            "rubric",
            "top_n",
            "fixed_ranking",
            "revealed",
        ),
        "updated_at",
    ),
    "presentation": ("display", ("id",), ("innovation_id", "position", "presenter"), "updated_at"),
    "juror": ("display", ("id",), ("name", "position"), "updated_at"),
    "jury_score": ("display", ("juror_id", "innovation_id", "criterion"), ("score",), "updated_at"),
}
_AFTER_LAB_TABLES = {name: Base.metadata.tables[name] for name in _AFTER_LAB}


def _read_after_lab(conn: Connection) -> dict[str, list[dict]]:
    return {name: read_table(conn, table) for name, table in _AFTER_LAB_TABLES.items()}


def _new_event(src: dict) -> dict:
    """A station's gelar inovasi as the main file takes it when it has none: its id and times
    (its jurors hang on it), with the settings a new event starts from."""
    from labinovasi.services.jury import default_event_settings

    return dict(src, **default_event_settings())


def _merge_after_lab(
    conn: Connection,
    source: dict,
    report: MergeReport,
    opd_map: dict[str, str],
    future: Future,
    from_station: bool,
    label: str,
) -> None:
    target = _read_after_lab(conn)
    events = sorted(target["display_event"], key=lambda e: (e["created_at"], e["id"]))
    fixed = bool(events and events[0]["fixed_ranking"])
    for name, (kind, key_columns, compared, stamp) in _AFTER_LAB.items():
        table = _AFTER_LAB_TABLES[name]
        settings = from_station and name == "display_event"
        frozen = from_station and fixed and name == "jury_score"
        existing = {tuple(r[c] for c in key_columns): r for r in target[name]}
        for src in source[name]:
            if "opd_id" in src:
                src = dict(src, opd_id=opd_map.get(src["opd_id"], src["opd_id"]))
            key = tuple(src[c] for c in key_columns)
            dst = existing.get(key)
            if settings:
                # A station sends no settings: its event is taken only to hold its jurors.
                kept = _new_event(src) if dst is None else dst
                report.ignored_settings.extend(
                    f"display_event.{c}" for c in compared if src[c] != kept[c]
                )
                src = kept if dst is None else src
            changes = dst is None or not (
                stamp is None
                or all(src[c] == dst[c] for c in compared)
                or not _newer(name, src, dst, compared, future)
            )
            if settings and dst is not None:
                changes = False
            if changes and from_station and name == "juror":
                # Jurors come from the main file: a station renames or rewrites none.
                report.rejected.append(
                    Rejection(
                        name, row_key(name, src), _("juri hanya diubah di berkas utama"), label
                    )
                )
                report.unchanged[kind] += 1
                continue
            if changes and frozen:
                report.rejected.append(
                    Rejection(
                        name,
                        row_key(name, src),
                        _("Juara sudah ditetapkan; batalkan penetapan untuk mengubah nilai."),
                        label,
                    )
                )
                continue
            if dst is None:
                conn.execute(insert(table), [src])
                existing[key] = src
                report.added[kind] += 1
            elif not changes:
                report.unchanged[kind] += 1
            else:
                assert stamp is not None
                where = [table.c[c] == dst[c] for c in key_columns]
                values = {c: src[c] for c in compared} | {stamp: src[stamp]}
                conn.execute(update(table).where(*where).values(values))
                dst.update(values)
                report.updated[kind] += 1


# Every table a merge reads of a copy file (sync_read), and the kind each one's records are
# counted under when the copy holds them as the target does.
_READ_TABLES: dict[str, Table] = (
    _TABLES
    | NEW_TABLES
    | SIMILAR_TABLES
    | _EVIDENCE_TABLES
    | {"evidence_blob": _BLOBS}
    | _AFTER_LAB_TABLES
)
_READ_COLUMNS = {"evidence_blob": (_BLOBS.c.sha256, _BLOBS.c.size, _BLOBS.c.created_at)}
_SAME_KIND = {
    "workshop": "workshop",
    "opd": "opds",
    "idea": "ideas",
    "idea_revision": "idea_revisions",
    "stage_change": "stage_changes",
    "innovation": "designs",
    "vote": "votes",
    "evidence_blob": "evidence_files",
    "evidence": "evidence",
    "indicator_answer": "indicator_answers",
    "idea_pair": "idea_pairs",
} | {name: kind for name, (kind, *_rest) in _AFTER_LAB.items()}


def _read_all_opds(conn: Connection) -> list[dict]:
    return [dict(r) for r in conn.execute(select(_TABLES["opd"])).mappings()]


# -- use cases ----------------------------------------------------------------------------


def merge(main: str | Path, others: Sequence[str | Path]) -> MergeReport:
    """Bring station copies (or any copy of the same workshop) into `main`, all or nothing.
    A copy of another workshop refuses the whole merge (BadInput) and changes nothing."""
    if not others:
        raise BadInput(_("Sebutkan paling sedikit satu berkas untuk digabung."))
    for other in others:
        if is_same_workshop(main, other):
            raise BadInput(
                _(
                    "{source} adalah berkas lokakarya yang sedang digabungi itu sendiri "
                    "(berkas yang sama, mungkin lewat nama atau tautan lain); tidak ada yang "
                    "digabung. Pilih salinan stasiun."
                ).format(source=_label(other))
            )
    report = MergeReport(target=_label(main), sources=[_label(o) for o in others])
    engine = connection.open_database(main)
    try:
        with engine.connect() as conn:
            main_id = _workshop_id(conn, main)
        sources = []
        for other in others:
            same: dict[str, int] = {}
            printed: str | None = None
            # Files: only what each copy brings (SQL compares it with the main file, table by
            # table), nothing at all of a copy merged whole before as it is now; a server is
            # read whole.
            if connection.is_url(main) or connection.is_url(other):
                data = _read_workshop(other)
            else:
                with engine.connect() as conn:
                    found = sync_read.fingerprint(conn, other, _READ_TABLES)
                    if found is not None and _merged_before(conn, found[0]):
                        report.already_merged.append(_label(other))
                        _count_same(report, found[1])
                        continue
                printed = found[0] if found is not None else None
                data, same = _read_changes(engine, other, found[1] if found else None)
            if data["workshop"][0]["id"] != main_id:
                raise BadInput(
                    _("{source} berasal dari lokakarya lain; tidak ada yang digabung.").format(
                        source=_label(other)
                    )
                )
            sources.append((data, _label(other), same, printed))
        with engine.begin() as conn:
            merger = _Merger(conn, report)
            noted = []
            for data, label, same, printed in sources:
                before = (len(report.ignored_settings), len(report.clock_skew))
                merger.run(data, label)
                _count_same(report, same)
                whole = before == (len(report.ignored_settings), len(report.clock_skew))
                if printed is not None and whole:
                    noted.append((printed, data["workshop"][0]["station_id"], label))
            merger.finish()
            # A copy taken whole (nothing of it rejected) is not read again while it stays so.
            refused = {r.source for r in report.rejected}
            for printed, station_id, label in noted:
                if label not in refused and not _merged_before(conn, printed):
                    conn.execute(
                        insert(_MERGED),
                        [{"fingerprint": printed, "station_id": station_id, "source": label}],
                    )
    finally:
        engine.dispose()
    return report


def is_same_workshop(main: str | Path, other: str | Path) -> bool:
    """`other` is `main` itself: the same file (by device and inode, so also through another
    path, a hard link or a symlink), or the same server URL."""
    if connection.is_url(main) or connection.is_url(other):
        return str(main) == str(other)
    try:
        return os.path.samefile(main, other)
    except OSError:  # either is missing: the open says so
        return False


def refresh_station_copy(copy: Path, main: str | Path) -> MergeReport:
    """Bring the main workshop's OPDs, ideas, stage changes and designs into a station copy."""
    return merge(copy, [main])


def copy_workshop(source: str | Path, target: str | Path) -> None:
    """Copy a whole workshop, file -> server or server -> file (or file -> file). The target
    must not exist (a file) or must be an empty database (a server)."""
    _copy(source, target)


@dataclass
class StationCopy:
    """A station copy as made: its workshop (with the station's identity) and what it
    carries of the evidence files (their bytes stay in the main file unless asked for)."""

    workshop: Workshop
    path: Path
    with_evidence: bool
    evidence_files: int  # files whose bytes the copy carries
    evidence_bytes: int
    left_out_files: int  # files whose bytes stayed in the main file (the items travel)
    left_out_bytes: int

    def line(self) -> str:
        """What the copy carries, as people read it."""
        if self.with_evidence:
            return _("Salinan membawa {n} berkas bukti ({size}).").format(
                n=self.evidence_files, size=size_text(self.evidence_bytes)
            )
        if not self.left_out_files:
            return _("Salinan membawa semua data lokakarya; belum ada berkas bukti.")
        return _(
            "Salinan tanpa isi {n} berkas bukti ({size}): daftar buktinya ada, isinya tetap "
            "di berkas utama."
        ).format(n=self.left_out_files, size=size_text(self.left_out_bytes))

    def to_json(self) -> dict:
        return {
            "path": str(self.path),
            "station_id": self.workshop.station_id,
            "station_name": self.workshop.station_name,
            "with_evidence": self.with_evidence,
            "evidence_files": self.evidence_files,
            "evidence_bytes": self.evidence_bytes,
            "left_out_files": self.left_out_files,
            "left_out_bytes": self.left_out_bytes,
        }


def make_station_copy(
    source: str | Path,
    out: Path,
    station_name: str = "",
    opd: str | None = None,
    with_evidence: bool = False,
) -> StationCopy:
    """A copy of the workshop for one laptop: same workshop, its own station id and name.
    With `opd` (singkatan or nama) the copy is that OPD's table and opens straight on it.

    A file is copied page by page through SQLite's backup API (which reads the source through
    SQLite itself, never with a plain file handle that would drop this process's locks on an
    open workshop); then the station's identity is written into the copy. The bytes of the
    evidence files stay in the main file unless `with_evidence`: the copy keeps each file's
    row (sha256, size) with no bytes, so its evidence list is whole and a merge back finds
    every file already in the main file. A workshop on a server is copied record by record."""
    if connection.is_url(out):
        raise BadInput(_("Salinan stasiun harus berupa berkas, bukan URL server."))
    out = Path(out)
    name = " ".join(station_name.split()) or out.stem
    if connection.is_url(source):
        opd_id = None
        if opd:
            with WorkshopService.open(source) as service:
                opd_id = service.find_opd(opd).id
        _copy(source, out, station=(new_id(), name, opd_id))
        carried = _strip_copy(out, None, keep_evidence=with_evidence)
    else:
        carried = _backup_copy(Path(source), out, name, opd, with_evidence)
    board = read_board(out)
    if board is not None:
        workshop = board.workshop
    else:  # a copy this version reads only after an upgrade: the service's open says why
        with WorkshopService.open(out) as service:
            workshop = service.workshop()
    files, size = carried
    if with_evidence:
        return StationCopy(workshop, out, True, files, size, 0, 0)
    return StationCopy(workshop, out, False, 0, 0, files, size)


def _backup_copy(
    source: Path, out: Path, name: str, opd: str | None, with_evidence: bool
) -> tuple[int, int]:
    """The file copy of make_station_copy, all or nothing: written beside `out` under a
    temporary name and renamed when complete. Returns what _strip_copy says of evidence."""
    import sqlite3

    if out.exists():
        raise BadInput(_("Berkas tujuan sudah ada, tidak ditimpa: {path}").format(path=out))
    if not out.parent.is_dir():
        raise BadInput(_("Folder tidak ditemukan: {path}").format(path=out.parent))
    # The header says it is a workshop this version opens; every page is read by the copy.
    version = connection.inspect_file(source, check_pages=False)
    opd_id = None
    if opd or version < connection.SCHEMA_VERSION:
        # Upgraded first when older (after its backup), so the copy has this schema.
        engine = connection.open_database(source, check_rows=False)
        try:
            opd_id = WorkshopService(engine, source).find_opd(opd).id if opd else None
        finally:
            engine.dispose()
    partial = out.with_name(f".{out.name}.sebagian")
    _remove_file(partial)  # left by a copy that was killed
    remove_stale(out.parent, ".*.sebagian*")  # and those of other copies killed here
    try:
        # SQLite's own connections: they share this process's locks on an open workshop.
        src = sqlite3.connect(source)
        try:
            copy = sqlite3.connect(partial)
            try:
                src.backup(copy)
            finally:
                copy.close()
        finally:
            src.close()
        carried = _strip_copy(partial, (new_id(), name, opd_id), keep_evidence=with_evidence)
        if out.exists():  # made by someone else meanwhile: never overwrite
            raise BadInput(_("Berkas tujuan sudah ada, tidak ditimpa: {path}").format(path=out))
        partial.rename(out)
    except sqlite3.DatabaseError as error:
        raise BadInput(
            _("Salinan stasiun tidak dapat dibuat: {error}").format(error=error)
        ) from error
    finally:
        _remove_file(partial)
    return carried


def _strip_copy(
    path: Path, station: tuple[str, str, str | None] | None, keep_evidence: bool = False
) -> tuple[int, int]:
    """Write the station's identity into a fresh copy (nobody else has it open), drop the
    evidence bytes unless `keep_evidence`, and leave one self-contained file. Returns the
    evidence files (number, bytes) the copy carries, or, without them, left out."""
    import sqlite3

    db = sqlite3.connect(path, isolation_level=None)
    try:
        db.execute("BEGIN IMMEDIATE")
        if station is not None:
            db.execute(
                "UPDATE workshop SET station_id = ?, station_name = ?, station_opd_id = ?",
                station,
            )
        files, size = db.execute(
            "SELECT count(*), coalesce(sum(size), 0) FROM evidence_blob WHERE length(data) > 0"
        ).fetchone()
        if not keep_evidence and files:
            db.execute("UPDATE evidence_blob SET data = X'' WHERE length(data) > 0")
        db.execute("COMMIT")
        if not keep_evidence and files:
            db.execute("VACUUM")  # give the space of the bytes back: the copy goes on a stick
        # The copy stays in WAL mode as the app opens it (opening it never rewrites its
        # header), checkpointed: its -wal goes when this connection closes.
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    return int(files), int(size)


def _copy(
    source: str | Path, target: str | Path, station: tuple[str, str, str | None] | None = None
) -> None:
    """All or nothing: on a server the schema and every record are one transaction; on disk
    the copy is written to a temporary file beside the target and renamed when complete, so a
    copy killed half-way leaves no target and a retry succeeds."""
    if not connection.is_url(target) and Path(target).exists():
        raise BadInput(_("Berkas tujuan sudah ada, tidak ditimpa: {path}").format(path=target))
    data = _read_workshop(source, whole=True)

    def fill(conn: Connection) -> None:
        # A whole-workshop copy keeps its history: stage moves are not judged again on
        # today's records (an idea withdrawn since would refuse an honest old move).
        merger = _Merger(conn, MergeReport(), check_stages=False)
        merger.run(data, _label(source))
        merger.finish()
        insert_paper_rows(conn, data["papers"])
        if data["iga_portfolio"]:
            conn.execute(insert(_IGA_PORTFOLIO), data["iga_portfolio"])
        if station is not None:
            table = _TABLES["workshop"]
            conn.execute(
                update(table).values(
                    station_id=station[0],
                    station_name=station[1],
                    station_opd_id=station[2],
                    updated_at=data["workshop"][0]["updated_at"],
                )
            )

    if connection.is_url(target):
        try:
            connection.create_database(target, fill).dispose()
        except CannotOpen as error:
            raise BadInput(error.message, error.details) from error
        return
    final = Path(target)
    partial = final.with_name(f".{final.name}.sebagian")
    _remove_file(partial)  # left by a copy that was killed
    remove_stale(final.parent, ".*.sebagian*")  # and those of other copies killed here
    try:
        engine = connection.create_database(partial, fill)
        try:
            # A finished copy is one self-contained file: nothing left in a -wal beside it.
            with engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            engine.dispose()
        if final.exists():  # made by someone else meanwhile: never overwrite
            raise BadInput(_("Berkas tujuan sudah ada, tidak ditimpa: {path}").format(path=target))
        partial.rename(final)
    except CannotOpen as error:
        raise BadInput(error.message, error.details) from error
    finally:
        _remove_file(partial)


def _remove_file(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _workshop_id(conn: Connection, target: str | Path) -> str:
    workshop_id = conn.execute(select(_TABLES["workshop"].c.id)).scalar()
    if workshop_id is None:
        raise CannotOpen(_("Berkas tidak berisi data lokakarya: {path}").format(path=target))
    return workshop_id
