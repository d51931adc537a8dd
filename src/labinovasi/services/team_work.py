"""What an OPD team does at its station after drum-up: dot votes per participant, the request
to move on, and the diagnose and design progress the facilitator's board and projector show."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from labinovasi.domain import BadInput, Stage
from labinovasi.domain.innovations import PROFILE_PARTS, missing_profile_parts, profile_progress
from labinovasi.domain.rules import check_move_request, check_text, vote_total, voter_key
from labinovasi.i18n import _
from labinovasi.services.views import IdeaView
from labinovasi.storage import idea_marks
from labinovasi.storage.mappers import to_innovation
from labinovasi.storage.models import IdeaRow, InnovationRow, OpdRow, VoteRow, WorkshopRow, utcnow


class WorkshopSessions(Protocol):
    def _read(self) -> Session: ...

    def _write(self): ...

    def list_ideas(self, opd_id: str | None = None) -> list: ...


@dataclass(frozen=True)
class TeamProgress:
    """One OPD's diagnose and design progress: "USG 4/6 dinilai", "profil 9/14 isian"."""

    opd_id: str
    scored: int  # counted ideas with all three USG scores
    counted: int
    apkl_passed: int
    chosen: int
    dots: int
    profile_filled: int  # of the OPD's most complete innovation
    profile_total: int
    innovations: int
    move_requested: bool
    profile_missing: tuple[str, ...] = ()  # what that innovation lacks (labels, lower case)

    @property
    def usg_text(self) -> str:
        return _("USG {n}/{total} dinilai").format(n=self.scored, total=self.counted)

    @property
    def profile_text(self) -> str:
        if not self.innovations:
            return _("belum ada profil")
        return _("profil {n}/{total} isian").format(n=self.profile_filled, total=self.profile_total)

    @property
    def missing_text(self) -> str:
        """ "Belum diisi: tahapan, rencana aksi" ("" when the profile is complete or none)."""
        if not self.innovations or not self.profile_missing:
            return ""
        return _("Belum diisi: {parts}").format(parts=", ".join(self.profile_missing))


def team_text(stage: Stage, progress: TeamProgress | None) -> str:
    """What the board and projector show of a team past drum-up ("" in drum-up)."""
    if progress is None or stage is Stage.DRUM_UP:
        return _("minta lanjut") if progress and progress.move_requested else ""
    parts = [progress.usg_text if stage is Stage.DIAGNOSE else progress.profile_text]
    if progress.move_requested:
        parts.append(_("minta lanjut"))
    return " · ".join(parts)


def team_tip(stage: Stage, progress: TeamProgress | None) -> str:
    """The hover text beside team_text: which parts of the profile are missing (design on)."""
    if progress is None or stage in (Stage.DRUM_UP, Stage.DIAGNOSE):
        return ""
    return progress.missing_text


def ranked(views: list[IdeaView], dots: dict[str, int]) -> list[tuple[IdeaView, int | None]]:
    """Counted ideas, APKL-passing first by USG total then votes (the facilitator's count plus
    the participants' dots); ties share a rank. Ideas failing APKL follow, unranked."""
    counted = [v for v in views if v.counted]
    passing = [v for v in counted if v.idea.passes_apkl]
    failing = [v for v in counted if not v.idea.passes_apkl]

    def votes(view: IdeaView) -> int:
        return vote_total(view.idea.votes, dots.get(view.idea.id, 0))

    passing.sort(key=lambda v: (-(v.idea.usg_total or 0), -votes(v), v.number))
    result, previous, rank = [], None, 0
    for position, view in enumerate(passing, start=1):
        key = (view.idea.usg_total or 0, votes(view))
        if key != previous:
            rank, previous = position, key
        result.append((view, rank))
    return result + [(v, None) for v in failing]


class TeamWork:
    def __init__(self, service: WorkshopSessions):
        self.service = service

    # -- dot voting ------------------------------------------------------------------------

    def dots_per_participant(self) -> int:
        with self.service._read() as session:
            return session.scalar(select(WorkshopRow.dots_per_participant)) or 3

    def set_dots(self, idea_id: str, participant: str, dots: int) -> None:
        """A participant's dots on one idea (0 takes them back). Only ideas that pass APKL
        take dots, and nobody places more than the workshop's dots per participant in an OPD."""
        participant = check_text(participant)
        if not participant:
            raise BadInput(_("Tulis nama peserta yang memberi titik."))
        if dots < 0:
            raise BadInput(_("Jumlah titik tidak boleh negatif."))
        allowed = self.dots_per_participant()
        with self.service._write() as session:
            idea = session.get(IdeaRow, idea_id)
            if idea is None:
                raise BadInput(_("Gagasan tidak ditemukan: {id}").format(id=idea_id))
            if dots and not all(
                (idea.apkl_aktual, idea.apkl_problematik, idea.apkl_kekhalayakan, idea.apkl_layak)
            ):
                raise BadInput(_("Hanya gagasan yang lolos APKL yang dapat diberi titik."))
            # FOR UPDATE of the OPD on a server, as adding an idea takes it (SQLite has its
            # file lock): two stations placing one participant's dots take turns, so the
            # second counts the first's before checking the limit.
            session.execute(select(OpdRow.id).where(OpdRow.id == idea.opd_id).with_for_update())
            # One voter whatever the case and spacing typed: "bidan rina" is "Bidan Rina".
            key = voter_key(participant)
            votes = [
                v
                for v in session.scalars(
                    select(VoteRow).join(IdeaRow).where(IdeaRow.opd_id == idea.opd_id)
                )
                if voter_key(v.participant) == key
            ]
            others = sum(v.dots for v in votes if v.idea_id != idea_id)
            if others + dots > allowed:
                raise BadInput(
                    _(
                        "{name}: paling banyak {allowed} titik; {used} sudah di gagasan lain."
                    ).format(name=participant, used=others, allowed=allowed)
                )
            row = next((v for v in votes if v.idea_id == idea_id), None)
            if row is None:
                session.add(VoteRow(idea_id=idea_id, participant=participant, dots=dots))
            else:
                row.dots, row.updated_at = dots, utcnow()

    def dots(self, opd_id: str) -> dict[str, int]:
        """Dots per idea of the OPD (ideas without dots left out)."""
        with self.service._read() as session:
            rows = session.execute(
                select(VoteRow.idea_id, func.sum(VoteRow.dots))
                .join(IdeaRow)
                .where(IdeaRow.opd_id == opd_id)
                .group_by(VoteRow.idea_id)
            ).all()
        return {idea_id: int(total) for idea_id, total in rows if total}

    def participant_dots(self, opd_id: str, participant: str) -> dict[str, int]:
        with self.service._read() as session:
            rows = session.execute(
                select(VoteRow.idea_id, VoteRow.dots, VoteRow.participant)
                .join(IdeaRow)
                .where(IdeaRow.opd_id == opd_id)
            ).all()
        key = voter_key(participant)
        found: dict[str, int] = {}
        for idea_id, dots, name in rows:
            if dots and voter_key(name) == key:
                found[idea_id] = found.get(idea_id, 0) + dots
        return found

    def participants(self, opd_id: str) -> list[str]:
        with self.service._read() as session:
            rows = session.scalars(
                select(VoteRow.participant)
                .join(IdeaRow)
                .where(IdeaRow.opd_id == opd_id, VoteRow.dots > 0)
                .order_by(VoteRow.participant)
            ).all()
        first: dict[str, str] = {}
        for name in rows:
            first.setdefault(voter_key(name), name)
        return sorted(first.values())

    # -- asking to move on -----------------------------------------------------------------

    def request_move(self, opd_id: str, asked: bool = True) -> None:
        """The team asks the facilitator to move it on (the move itself stays theirs). In
        diagnose, a team that has diagnosed nothing yet is refused (RuleRefused)."""
        if asked:
            progress = self.progress(opd_id).get(opd_id)
            with self.service._read() as session:
                row = session.get(OpdRow, opd_id)
                stage = Stage(row.stage) if row is not None else None
            if stage is Stage.DIAGNOSE and progress is not None:
                check_move_request(progress.scored, progress.apkl_passed, progress.chosen)
        with self.service._write() as session:
            row = session.get(OpdRow, opd_id)
            if row is None:
                raise BadInput(_("OPD tidak ditemukan: {key}").format(key=opd_id))
            row.move_requested_at = utcnow() if asked else None

    # -- progress --------------------------------------------------------------------------

    def progress(self, opd_id: str | None = None) -> dict[str, TeamProgress]:
        """Each OPD's diagnose and design progress, from aggregates over its counted ideas
        (the stored marks), so the board of a 50,000-idea workshop reads no idea rows."""
        counted = IdeaRow.mark == idea_marks.COUNTED
        scored = and_(
            IdeaRow.usg_urgency.is_not(None),
            IdeaRow.usg_seriousness.is_not(None),
            IdeaRow.usg_growth.is_not(None),
        )
        passed = and_(
            IdeaRow.apkl_aktual,
            IdeaRow.apkl_problematik,
            IdeaRow.apkl_kekhalayakan,
            IdeaRow.apkl_layak,
        )

        def ones(condition) -> Any:
            return func.sum(case((condition, 1), else_=0))

        with self.service._read() as session:
            query = select(OpdRow)
            ideas = (
                select(
                    IdeaRow.opd_id, func.count(), ones(scored), ones(passed), ones(IdeaRow.chosen)
                )
                .where(counted)
                .group_by(IdeaRow.opd_id)
            )
            dots_query = (
                select(IdeaRow.opd_id, func.sum(VoteRow.dots))
                .join(IdeaRow, IdeaRow.id == VoteRow.idea_id)
                .where(counted)
                .group_by(IdeaRow.opd_id)
            )
            innovations_query = select(InnovationRow)
            if opd_id:
                query = query.where(OpdRow.id == opd_id)
                ideas = ideas.where(IdeaRow.opd_id == opd_id)
                dots_query = dots_query.where(IdeaRow.opd_id == opd_id)
                innovations_query = innovations_query.where(InnovationRow.opd_id == opd_id)
            opds = session.scalars(query).all()
            tallies = {row[0]: row[1:] for row in session.execute(ideas)}
            dots = dict(session.execute(dots_query).all())
            innovations_by_opd: dict[str, list] = {}
            for row in session.scalars(innovations_query):
                innovations_by_opd.setdefault(row.opd_id, []).append(to_innovation(row))
        result = {}
        for opd in opds:
            n, n_scored, n_passed, n_chosen = tallies.get(opd.id, (0, 0, 0, 0))
            own = innovations_by_opd.get(opd.id, [])
            # The most complete innovation speaks for the OPD (the first of equals).
            most = max(own, key=lambda i: profile_progress(i)[0], default=None)
            best = profile_progress(most) if most is not None else (0, len(PROFILE_PARTS))
            result[opd.id] = TeamProgress(
                opd_id=opd.id,
                counted=int(n),
                scored=int(n_scored or 0),
                apkl_passed=int(n_passed or 0),
                chosen=int(n_chosen or 0),
                dots=int(dots.get(opd.id) or 0),
                profile_filled=best[0],
                profile_total=best[1],
                innovations=len(own),
                move_requested=opd.move_requested_at is not None,
                profile_missing=tuple(missing_profile_parts(most)) if most is not None else (),
            )
        return result
