"""Similar ideas ("Gagasan mirip"), the use cases the GUI and the CLI share: suggested pairs
within an OPD, collaboration candidates across OPDs, ideas like an existing innovation, and the
facilitator's decisions ("sama", "berbeda", undone) with the lexicon they teach.

Suggestions never change anything. A confirmed "sama" is stored in `idea_pair`; the marks
(storage/idea_marks.py, domain.rules.classify_ideas) then count the later idea as a duplicate of
the earlier, as an exact repeat is, so the counter, the gate and every printout follow."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete, select

from labinovasi.domain import BadInput, RuleRefused
from labinovasi.domain.similarity import (
    COLLABORATION_MIN_SCORE,
    DECISIONS,
    DEFAULT_MIN_SCORE,
    DIFFERENT,
    INNOVATION_MIN_SCORE,
    SAME,
    SUGGESTIONS,
    UNDONE,
    Lexicon,
    SimilarityIndex,
    Term,
    check_terms,
    connected_groups,
    learned_terms,
    lexicon_json,
    pair_id,
    shipped_lexicon,
    term_id,
)
from labinovasi.i18n import _
from labinovasi.services.output_files import check_target, whole_file
from labinovasi.services.views import IdeaView
from labinovasi.services.workshop_service import WorkshopService
from labinovasi.storage import idea_marks, workshop_file
from labinovasi.storage.models import IdeaPairRow, LexiconTermRow, utcnow

LEARNED, IMPORTED = "konfirmasi", "impor"  # lexicon_term.source


@dataclass(frozen=True)
class SimilarPair:
    """Two ideas that look alike: `a` the earlier, `b` the later; the `idea similar --json`
    contract is {"a", "b", "score", "same_opd"}."""

    a: str
    b: str
    score: float
    same_opd: bool

    def to_json(self) -> dict:
        return {"a": self.a, "b": self.b, "score": self.score, "same_opd": self.same_opd}


@dataclass(frozen=True)
class Decision:
    """A decision written: what the pair held before (for undo) and the words it taught."""

    later: str
    earlier: str
    decision: str
    before: str | None  # None: the pair had no row
    learned: tuple[Term, ...] = ()


@dataclass(frozen=True)
class CollaborationGroup:
    """Ideas of several OPDs that look alike: a collaboration candidate."""

    idea_ids: tuple[str, ...]
    opds: tuple[str, ...]  # singkatan, in board order

    def sentence(self) -> str:
        """ "DINKES, DINSOS dan DPMD mengusulkan gagasan serupa"."""
        return _("{opds} mengusulkan gagasan serupa").format(opds=join_names(self.opds))


@dataclass(frozen=True)
class InnovationMatch:
    idea_id: str
    innovation_id: str
    name: str
    opd: str
    score: float

    def sentence(self) -> str:
        return _("mirip inovasi yang sudah ada: {name} ({opd})").format(
            name=self.name, opd=self.opd
        )


def join_names(names: Iterable[str]) -> str:
    """ "A", "A dan B", "A, B dan C"."""
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return _("{first} dan {last}").format(first=", ".join(names[:-1]), last=names[-1])


@dataclass
class _State:
    views: dict[str, IdeaView] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)


class SimilarIdeas:
    """The similar-ideas use cases on one open workshop. The index is kept between calls and
    brought up to date with the ideas on each (only changed ideas are indexed again).

    `scope_opd`: index that OPD's ideas only (words weighed within it): for a workshop far
    bigger than a lab (COLLABORATION_MAX_IDEAS), where indexing every idea would hold up the
    drum-up screen; pairs across OPDs then are not looked for."""

    def __init__(self, service: WorkshopService, scope_opd: str | None = None):
        self.service = service
        self.scope_opd = scope_opd
        self._lexicon_key: tuple | None = None
        self._index: SimilarityIndex | None = None
        self._state = _State()

    # -- reading -----------------------------------------------------------------------------

    def lexicon(self) -> Lexicon:
        """The shipped lexicon with the workshop's own terms on top."""
        return shipped_lexicon().with_terms(self.terms())

    def terms(self) -> list[Term]:
        """The workshop's own terms (learned or imported), oldest first."""
        with self.service._read() as session:
            rows = session.execute(
                select(LexiconTermRow.variant, LexiconTermRow.canonical).order_by(
                    LexiconTermRow.created_at, LexiconTermRow.id
                )
            ).all()
        return [Term(variant, canonical) for variant, canonical in rows]

    def decisions(self) -> dict[str, tuple[str, str, str]]:
        """Pair id → (later id, earlier id, decision) of every pair decided and not undone."""
        with self.service._read() as session:
            rows = session.execute(
                select(
                    IdeaPairRow.id, IdeaPairRow.idea_id, IdeaPairRow.other_id, IdeaPairRow.decision
                ).where(IdeaPairRow.decision != UNDONE)
            ).all()
        return {r.id: (r.idea_id, r.other_id, r.decision) for r in rows}

    def index(self) -> SimilarityIndex:
        """The index of the workshop's counted ideas, current."""
        terms = tuple(self.terms())
        if self._index is None or terms != self._lexicon_key:
            self._index = SimilarityIndex(shipped_lexicon().with_terms(terms))
            self._lexicon_key = terms
            self._state = _State()
        views = {v.idea.id: v for v in self.service.list_ideas(self.scope_opd) if v.counted}
        index, state = self._index, self._state
        for gone in [i for i in state.views if i not in views]:
            index.remove(gone)
        fresh = [
            (v.idea.id, v.idea.text, v.idea.opd_id)
            for v in views.values()
            if state.texts.get(v.idea.id) != v.idea.text
            or state.views[v.idea.id].idea.opd_id != v.idea.opd_id
        ]
        if len(fresh) > 50:
            index.add_all(fresh)
        else:
            for item in fresh:
                index.add(*item)
        state.views = views
        state.texts = {i: v.idea.text for i, v in views.items()}
        return index

    def pairs(
        self,
        opd_id: str | None = None,
        across: bool = False,
        min_score: float = DEFAULT_MIN_SCORE,
    ) -> list[SimilarPair]:
        """Suggested pairs of counted ideas, best first: within each OPD, and across OPDs too
        with `across`; with `opd_id` only pairs holding an idea of that OPD. Pairs already
        decided ("sama" or "berbeda") are never suggested again."""
        _check_score(min_score)
        index = self.index()
        views = self._state.views
        decided = set(self.decisions())
        found = []
        for a, b, score in index.pairs(min_score, None if across else True, opd_id):
            first, second = views[a], views[b]
            if pair_id(a, b) in decided:
                continue
            earlier, later = sorted((first, second), key=_age)
            found.append(
                SimilarPair(
                    earlier.idea.id,
                    later.idea.id,
                    score,
                    earlier.idea.opd_id == later.idea.opd_id,
                )
            )
        found.sort(key=lambda p: (-p.score, p.a, p.b))
        return found

    def suggestions_for(
        self, idea_id: str, limit: int = SUGGESTIONS, min_score: float = DEFAULT_MIN_SCORE
    ) -> list[SimilarPair]:
        """The ideas of the same OPD most like this one (for a new idea: shown at once)."""
        index = self.index()
        views = self._state.views
        if idea_id not in views:
            return []
        mine = views[idea_id]
        decided = set(self.decisions())
        found = index.similar_to(  # the index's groups are OPDs
            idea_id,
            limit,
            min_score,
            keep=lambda other: pair_id(idea_id, other) not in decided,
            same_group=True,
        )
        result = []
        for other, score in found:
            earlier, later = sorted((mine, views[other]), key=_age)
            result.append(SimilarPair(earlier.idea.id, later.idea.id, score, True))
        return result

    def collaboration_groups(
        self, min_score: float = COLLABORATION_MIN_SCORE
    ) -> list[CollaborationGroup]:
        """Ideas of different OPDs that look alike, grouped: "DINKES, DINSOS dan DPMD
        mengusulkan gagasan serupa". Never changes counting."""
        across = [p for p in self.pairs(across=True, min_score=min_score) if not p.same_opd]
        views = self._state.views
        order = {o.id: (n, o.abbreviation) for n, o in enumerate(self.service.list_opds())}
        groups = []
        for ids in connected_groups((p.a, p.b) for p in across):
            opd_ids = sorted({views[i].idea.opd_id for i in ids}, key=lambda o: order[o][0])
            if len(opd_ids) > 1:
                ids.sort(key=lambda i: (order[views[i].idea.opd_id][0], _age(views[i])))
                groups.append(CollaborationGroup(tuple(ids), tuple(order[o][1] for o in opd_ids)))
        return groups

    def innovation_matches(
        self, min_score: float = INNOVATION_MIN_SCORE, opd_id: str | None = None
    ) -> dict[str, InnovationMatch]:
        """Idea id → the region's existing innovation it resembles most (imported or from
        earlier labs: innovations not designed from an idea of this workshop); with `opd_id`
        for that OPD's ideas only."""
        from labinovasi.services.innovations import Innovations

        innovations = [i for i in Innovations(self.service).list() if not i.idea_ids]
        if not innovations:
            return {}
        opds = {o.id: o.abbreviation for o in self.service.list_opds()}
        index = SimilarityIndex(self.index().lexicon)
        index.add_all((i.id, " ".join((i.name, i.goal, i.benefit)), i.opd_id) for i in innovations)
        by_id = {i.id: i for i in innovations}
        found = {}
        for idea_id, view in self._state.views.items():
            if opd_id is not None and view.idea.opd_id != opd_id:
                continue
            best = index.similar_to_text(view.idea.text, 1, min_score)
            if best:
                innovation = by_id[best[0][0]]
                found[idea_id] = InnovationMatch(
                    idea_id,
                    innovation.id,
                    innovation.name,
                    opds.get(innovation.opd_id, ""),
                    best[0][1],
                )
        return found

    # -- deciding ----------------------------------------------------------------------------

    def mark_same(self, later_id: str, earlier_id: str) -> Decision:
        """Confirm two ideas of one OPD mean the same: the later one (by when it was typed,
        whatever order they are named in) becomes a duplicate of the earlier. Teaches the
        lexicon the word that differs, when one word does."""
        later, earlier = self._pair(later_id, earlier_id, same_opd=True)
        learned = learned_terms(later.idea.text, earlier.idea.text, self.lexicon())
        return self._decide(later, earlier, SAME, learned)

    def mark_different(self, a: str, b: str) -> Decision:
        """Two ideas are different: the pair is never suggested again."""
        later, earlier = self._pair(a, b, same_opd=False)
        return self._decide(later, earlier, DIFFERENT, [])

    def undo(self, decision: Decision) -> None:
        """Put the pair back as it was before `decision`, and forget the words it taught."""
        with self.service._write() as session:
            row = session.get(IdeaPairRow, pair_id(decision.later, decision.earlier))
            if row is not None:
                groups = idea_marks.groups_of(session, [decision.later, decision.earlier])
                row.decision = decision.before or UNDONE
                row.updated_at = utcnow()
                session.flush()
                idea_marks.remark(session, groups)
            for term in decision.learned:
                session.execute(
                    delete(LexiconTermRow).where(LexiconTermRow.id == term_id(term.variant))
                )

    def _pair(self, a: str, b: str, same_opd: bool) -> tuple[IdeaView, IdeaView]:
        first, second = (self._view(i) for i in (a, b))
        if first.idea.id == second.idea.id:
            raise BadInput(_("Sebutkan dua gagasan yang berbeda."))
        for view in (first, second):
            if view.idea.withdrawn:
                raise RuleRefused(
                    _("Gagasan no. {n} sudah ditarik; tidak bisa dinilai mirip.").format(
                        n=view.number
                    )
                )
        if same_opd and first.idea.opd_id != second.idea.opd_id:
            raise RuleRefused(
                _(
                    "Hanya gagasan satu OPD yang bisa dinyatakan sama; gagasan OPD lain "
                    "adalah calon kolaborasi."
                )
            )
        later, earlier = sorted((first, second), key=_age, reverse=True)
        return later, earlier

    def _view(self, key: str) -> IdeaView:
        """An idea by its full id, or a unique prefix of it (as the command line takes)."""
        try:
            return self.service.idea_view(key.strip())
        except BadInput:
            return self.service.idea_view(self.service.find_idea(key).id)

    def _decide(
        self, later: IdeaView, earlier: IdeaView, decision: str, learned: list[Term]
    ) -> Decision:
        ids = [later.idea.id, earlier.idea.id]
        new_terms = []
        with self.service._write() as session:
            row = session.get(IdeaPairRow, pair_id(*ids))
            before = None if row is None else row.decision
            now = utcnow()
            if row is None:
                row = IdeaPairRow(id=pair_id(*ids), created_at=now)
                session.add(row)
            row.idea_id, row.other_id = ids
            row.decision, row.updated_at = decision, now
            for term in learned:
                if session.get(LexiconTermRow, term_id(term.variant)) is None:
                    session.add(
                        LexiconTermRow(
                            id=term_id(term.variant),
                            variant=term.variant,
                            canonical=term.canonical,
                            source=LEARNED,
                        )
                    )
                    new_terms.append(term)
            session.flush()
            idea_marks.remark(session, idea_marks.groups_of(session, ids))
        return Decision(ids[0], ids[1], decision, before, tuple(new_terms))

    # -- the lexicon as a file ---------------------------------------------------------------

    def export_lexicon(self, path: Path) -> int:
        """Write the workshop's own terms (learned and imported) as a lexicon file another
        region can import; returns how many terms."""
        terms = self.terms()
        data = lexicon_json(terms)
        data["source"] = self.service.workshop().region or self.service.workshop().title
        out = check_target(Path(path))  # never over the workshop or another file in use
        with whole_file(out) as temp:
            temp.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return len(terms)

    def import_lexicon(self, path: Path) -> int:
        """Add a lexicon file's terms (all or none; a word already known keeps its reading);
        returns how many were new."""
        if workshop_file.has_tables(Path(path), ("workshop",)):  # read through SQLite: safe
            raise BadInput(
                _("Ini berkas lokakarya, bukan berkas leksikon: {path}").format(path=path)
            )
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as error:
            raise BadInput(
                _("Berkas leksikon tidak dapat dibaca: {path}").format(path=path)
            ) from error
        terms = check_terms(data)
        added = 0
        with self.service._write() as session:
            known = set(session.scalars(select(LexiconTermRow.id)))
            for term in terms:
                key = term_id(term.variant)
                if key in known:
                    continue
                known.add(key)
                session.add(
                    LexiconTermRow(
                        id=key, variant=term.variant, canonical=term.canonical, source=IMPORTED
                    )
                )
                added += 1
        return added


def _age(view: IdeaView) -> tuple:
    return (view.idea.created_at, view.idea.id)


def _check_score(value: float) -> None:
    if not 0 < value <= 1:
        raise BadInput(_("Skor minimal harus lebih dari 0 dan paling besar 1."))


__all__ = [
    "DECISIONS",
    "DIFFERENT",
    "SAME",
    "CollaborationGroup",
    "Decision",
    "InnovationMatch",
    "SimilarIdeas",
    "SimilarPair",
    "join_names",
    "pair_id",
]
