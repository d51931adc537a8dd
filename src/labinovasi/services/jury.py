"""Display (gelar inovasi): the event, its presentation order, jurors' score sheets typed from
paper, the ranking, fixing the Top-N and revealing it on the projector."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from labinovasi.domain import BadInput, RuleRefused, clean_text
from labinovasi.domain.jury import (
    DEFAULT_TOP_N,
    DisplayEvent,
    RankedEntrant,
    Rubric,
    check_event_settings,
    check_score,
    check_start_time,
    criterion_key,
    default_rubric,
    fix_concerns,
    parse_rubric,
    rank,
    top,
)
from labinovasi.domain.rules import check_text
from labinovasi.i18n import _
from labinovasi.services.workshop_service import WorkshopService
from labinovasi.storage.models import (
    DisplayEventRow,
    JurorRow,
    JuryScoreRow,
    PresentationRow,
    WorkshopRow,
)

_EVENT_NAMESPACE = uuid.UUID("2b8f5d0e-6a43-4c1e-9d7b-3f0a8e5c2d19")


@dataclass(frozen=True)
class Juror:
    id: str
    name: str


@dataclass(frozen=True)
class PresentationSlot:
    position: int
    innovation_id: str
    start: datetime | None
    presenter: str = ""


def _to_event(row: DisplayEventRow) -> DisplayEvent:
    return DisplayEvent(
        id=row.id,
        title=row.title,
        on_date=row.on_date,
        place=row.place,
        start_time=row.start_time,
        minutes_each=row.minutes_each,
        top_n=row.top_n,
        revealed=row.revealed,
        fixed_ranking=json.loads(row.fixed_ranking) if row.fixed_ranking else [],
    )


def event_id(workshop_id: str) -> str:
    """The id of a workshop's one gelar inovasi: the same on every laptop, so events made on
    two copies are one event after a merge."""
    return str(uuid.uuid5(_EVENT_NAMESPACE, workshop_id or ""))


def default_event_settings() -> dict:
    """What a gelar inovasi starts from: made here on first use, or taken from a station copy
    by a merge (services/sync.py)."""
    return dict(
        title=_("Gelar Inovasi"),
        on_date=None,
        place="",
        start_time="09:00",
        minutes_each=10,
        rubric="",
        top_n=DEFAULT_TOP_N,
        fixed_ranking="",
        revealed=False,
    )


def _event_row(session: Session) -> DisplayEventRow:
    """The workshop's one gelar inovasi, made on first use."""
    row = session.scalars(
        select(DisplayEventRow).order_by(DisplayEventRow.created_at, DisplayEventRow.id)
    ).first()
    if row is None:
        # The same id on every laptop: events made on two copies are one event after a merge.
        workshop_id = session.scalar(select(WorkshopRow.id))
        row = DisplayEventRow(id=event_id(workshop_id or ""), **default_event_settings())
        session.add(row)
        session.flush()
    return row


def event(service: WorkshopService) -> DisplayEvent:
    with service._write() as session:  # may create it
        return _to_event(_event_row(session))


def update_event(service: WorkshopService, **changes) -> DisplayEvent:
    """Change title, on_date, place, start_time ("HH:MM"), minutes_each or top_n."""
    allowed = {"title", "on_date", "place", "start_time", "minutes_each", "top_n"}
    unknown = set(changes) - allowed
    if unknown:
        raise BadInput(_("Isian tidak dikenal: {names}").format(names=", ".join(unknown)))
    changes = check_event_settings(changes)
    with service._write() as session:
        row = _event_row(session)
        for key, value in changes.items():
            setattr(row, key, check_text(value) if isinstance(value, str) else value)
        return _to_event(row)


def rubric(service: WorkshopService) -> Rubric:
    with service._write() as session:
        text = _event_row(session).rubric
    return parse_rubric(json.loads(text)) if text else default_rubric()


def rubric_locked(service: WorkshopService) -> str:
    """Why the rubric cannot change now ("" when it can): the jurors' scores were given on it,
    or the Top-N is fixed."""
    with service._write() as session:
        return _locked_reason(session, _event_row(session))


def _locked_reason(session: Session, row: DisplayEventRow) -> str:
    if row.fixed_ranking:
        return _("Rubrik tidak dapat diubah: juara sudah ditetapkan.")
    given = session.scalar(
        select(func.count())
        .select_from(JuryScoreRow)
        .join(JurorRow, JurorRow.id == JuryScoreRow.juror_id)
        .where(JurorRow.event_id == row.id, JuryScoreRow.score.is_not(None))
    )
    if given:
        return _(
            "Rubrik tidak dapat diubah: sudah ada {n} nilai juri yang diberikan dengan rubrik "
            "ini. Kosongkan lembar nilainya dulu."
        ).format(n=given)
    return ""


def set_rubric(service: WorkshopService, criteria: list[dict]) -> Rubric:
    """Another rubric for this event: criteria in order, each with name and weight (percent;
    they add up to 100) and, for one kept from the current rubric, its key. A criterion
    without a key keeps the key of the current one with the same name, or gets a new one.
    Refused (RuleRefused) once scores exist or the Top-N is fixed, see rubric_locked."""
    current = rubric(service)
    by_name = {c.name.casefold(): c.key for c in current.criteria}
    entries: list[dict] = []
    taken: list[str] = []
    for entry in criteria:
        name = check_text(str(entry.get("name", "")))
        key = clean_text(str(entry.get("key") or "")) or by_name.get(name.casefold(), "")
        if not key or key in taken:
            key = criterion_key(name, taken + [c.key for c in current.criteria])
        taken.append(key)
        entries.append({"key": key, "name": name, "weight": entry.get("weight")})
    checked = parse_rubric({"criteria": entries, "scale": list(current.scale)})
    _store_rubric(service, checked)
    return checked


def reset_rubric(service: WorkshopService) -> Rubric:
    """Back to the default rubric (resources/rules/jury-rubric.json); refused as set_rubric."""
    _store_rubric(service, None)
    return default_rubric()


def _store_rubric(service: WorkshopService, checked: Rubric | None) -> None:
    text = ""
    if checked is not None:
        text = json.dumps(
            {
                "criteria": [
                    {"key": c.key, "name": c.name, "weight": str(c.weight)}
                    for c in checked.criteria
                ],
                "scale": list(checked.scale),
            },
            ensure_ascii=False,
        )
    with service._write() as session:
        row = _event_row(session)
        reason = _locked_reason(session, row)  # checked in the same transaction as the change
        if reason:
            raise RuleRefused(reason)
        row.rubric = text


# -- presentations ------------------------------------------------------------------------


def set_presentations(service: WorkshopService, innovation_ids: list[str]) -> None:
    """The innovations presented, in order (the order of the schedule)."""
    if len(set(innovation_ids)) != len(innovation_ids):
        raise BadInput(_("Satu inovasi hanya dipresentasikan sekali."))
    with service._write() as session:
        row = _event_row(session)
        existing = {
            p.innovation_id: p
            for p in session.scalars(
                select(PresentationRow).where(PresentationRow.event_id == row.id)
            )
        }
        for position, innovation_id in enumerate(innovation_ids):
            item = existing.pop(innovation_id, None)
            if item is None:
                session.add(
                    PresentationRow(
                        event_id=row.id,
                        innovation_id=innovation_id,
                        position=position,
                        presenter="",
                    )
                )
            elif item.position != position:
                item.position = position
        for item in existing.values():
            session.delete(item)


def presentation_schedule(service: WorkshopService) -> list[PresentationSlot]:
    with service._write() as session:
        row = _event_row(session)
        items = session.scalars(
            select(PresentationRow)
            .where(PresentationRow.event_id == row.id)
            .order_by(PresentationRow.position)
        ).all()
        first = None
        if row.on_date is not None:
            first = datetime.combine(row.on_date, check_start_time(row.start_time))
        return [
            PresentationSlot(
                n + 1,
                p.innovation_id,
                first + timedelta(minutes=n * row.minutes_each) if first else None,
                p.presenter,
            )
            for n, p in enumerate(items)
        ]


# -- jurors and their sheets --------------------------------------------------------------


def add_juror(service: WorkshopService, name: str) -> Juror:
    name = check_text(name)
    if not name:
        raise BadInput(_("Nama juri wajib diisi."))
    with service._write() as session:
        row = _event_row(session)
        count = len(session.scalars(select(JurorRow.id).where(JurorRow.event_id == row.id)).all())
        juror = JurorRow(event_id=row.id, name=name, position=count)
        session.add(juror)
        session.flush()
        return Juror(juror.id, juror.name)


def jurors(service: WorkshopService) -> list[Juror]:
    with service._write() as session:
        row = _event_row(session)
        return [
            Juror(j.id, j.name)
            for j in session.scalars(
                select(JurorRow)
                .where(JurorRow.event_id == row.id)
                .order_by(JurorRow.position, JurorRow.created_at)
            )
        ]


def remove_juror(service: WorkshopService, juror_id: str) -> None:
    with service._write() as session:
        _refuse_when_fixed(_event_row(session))
        juror = session.get(JurorRow, juror_id)
        if juror is not None:
            session.execute(delete(JuryScoreRow).where(JuryScoreRow.juror_id == juror_id))
            session.delete(juror)


def set_scores(
    service: WorkshopService, juror_id: str, innovation_id: str, scores: dict[str, object]
) -> dict[str, Decimal | None]:
    """One juror's sheet for one innovation (criterion key -> score; empty clears it)."""
    checked_rubric = rubric(service)
    checked = {}
    for key, value in scores.items():
        if checked_rubric.criterion(key) is None:
            raise BadInput(_("Kriteria tidak dikenal: {key}").format(key=key))
        checked[key] = check_score(checked_rubric, value)
    with service._write() as session:
        row = _event_row(session)
        _refuse_when_fixed(row)
        juror = session.get(JurorRow, juror_id)
        if juror is None or juror.event_id != row.id:
            raise BadInput(_("Juri tidak ditemukan."))
        if (
            session.scalar(
                select(PresentationRow.id).where(
                    PresentationRow.event_id == row.id,
                    PresentationRow.innovation_id == innovation_id,
                )
            )
            is None
        ):
            raise BadInput(_("Inovasi ini tidak ada dalam urutan presentasi."))
        existing = {
            s.criterion: s
            for s in session.scalars(
                select(JuryScoreRow).where(
                    JuryScoreRow.juror_id == juror_id, JuryScoreRow.innovation_id == innovation_id
                )
            )
        }
        for key, value in checked.items():
            stored = None if value is None else int(value * 100)
            score_row = existing.get(key)
            if score_row is None:
                session.add(
                    JuryScoreRow(
                        juror_id=juror_id, innovation_id=innovation_id, criterion=key, score=stored
                    )
                )
            elif score_row.score != stored:
                score_row.score = stored
    return checked


def juror_sheets(service: WorkshopService, juror_id: str) -> dict[str, dict[str, Decimal | None]]:
    """One juror's own sheets: innovation id -> criterion key -> score (what a juror's station
    shows; never the other jurors')."""
    return {
        innovation_id: by_juror.get(juror_id, {})
        for innovation_id, by_juror in sheets(service).items()
    }


def find_juror(service: WorkshopService, key: str) -> Juror:
    """A juror by id, or by name (case-insensitive, spaces trimmed)."""
    wanted = clean_text(key).casefold()
    for person in jurors(service):
        if person.id == key or person.name.casefold() == wanted:
            return person
    raise BadInput(_("Juri tidak ditemukan: {name}").format(name=key))


def sheets(service: WorkshopService) -> dict[str, dict[str, dict[str, Decimal | None]]]:
    """innovation id -> juror id -> criterion key -> score, for every presented innovation."""
    with service._write() as session:
        row = _event_row(session)
        result: dict[str, dict[str, dict[str, Decimal | None]]] = {
            p.innovation_id: {}
            for p in session.scalars(
                select(PresentationRow)
                .where(PresentationRow.event_id == row.id)
                .order_by(PresentationRow.position)
            )
        }
        juror_ids = {
            j for j in session.scalars(select(JurorRow.id).where(JurorRow.event_id == row.id))
        }
        for score in session.scalars(
            select(JuryScoreRow).where(JuryScoreRow.juror_id.in_(juror_ids))
        ):
            if score.innovation_id in result:
                value = None if score.score is None else Decimal(score.score) / 100
                result[score.innovation_id].setdefault(score.juror_id, {})[score.criterion] = value
    return result


def ranking(service: WorkshopService) -> list[RankedEntrant]:
    """The ranking by the mean over jurors (see domain.jury.TIE_BREAK)."""
    current = sheets(service)
    return rank(rubric(service), {k: list(v.values()) for k, v in current.items()})


def top_concerns(service: WorkshopService, current: list[RankedEntrant] | None = None) -> list[str]:
    """Why fixing the Top-N now may be too early (domain.jury.fix_concerns); [] when not.
    `current`: the ranking just read, not read again."""
    from labinovasi.services.innovations import Innovations

    names = {i.id: i.name for i in Innovations(service).list()}
    current = ranking(service) if current is None else current
    return fix_concerns(current, event(service).top_n, names)


def fix_top(service: WorkshopService, force: bool = False) -> list[RankedEntrant]:
    """Fix the Top-N: the ranking's order is kept and scores can no longer change. Refused
    (RuleRefused, the concerns as details) while top_concerns has any, unless `force`: the
    facilitator confirmed."""
    result = ranking(service)
    concerns = [] if force else top_concerns(service, result)
    if concerns:
        raise RuleRefused(_("Juara belum ditetapkan; periksa dulu:"), concerns)
    with service._write() as session:
        row = _event_row(session)
        winners = top(result, row.top_n)
        if not winners:
            raise RuleRefused(_("Belum ada inovasi dengan lembar nilai lengkap."))
        row.fixed_ranking = json.dumps([e.entrant_id for e in result if e.rank is not None])
    return winners


def unfix(service: WorkshopService) -> None:
    with service._write() as session:
        row = _event_row(session)
        row.fixed_ranking = ""
        row.revealed = False


def reveal(service: WorkshopService, shown: bool = True) -> DisplayEvent:
    """Show (or hide) the fixed ranking on the projector."""
    with service._write() as session:
        row = _event_row(session)
        if shown and not row.fixed_ranking:
            raise RuleRefused(_("Tetapkan juara dulu sebelum menampilkannya."))
        row.revealed = shown
        return _to_event(row)


def _refuse_when_fixed(row: DisplayEventRow) -> None:
    if row.fixed_ranking:
        raise RuleRefused(_("Juara sudah ditetapkan; batalkan penetapan untuk mengubah nilai."))


@dataclass(frozen=True)
class RankingLine:
    """One line of the ranking as the projector shows it."""

    rank: int | None
    name: str
    opd: str
    mean: str
    winner: bool


def revealed_ranking(service: WorkshopService) -> list[RankingLine] | None:
    """The fixed ranking while the facilitator shows it on the projector, else None.
    Read-only: the projector never writes to the workshop."""
    shown = revealed(service)
    return shown[1] if shown is not None else None


def revealed(service: WorkshopService) -> tuple[DisplayEvent, list[RankingLine]] | None:
    """The gelar inovasi (its name, place and day head the projected ranking) and its fixed
    ranking while the facilitator shows it on the projector, else None. Read-only."""
    with service._read() as session:
        row = session.scalars(
            select(DisplayEventRow).order_by(DisplayEventRow.created_at, DisplayEventRow.id)
        ).first()
        if row is None or not row.revealed or not row.fixed_ranking:
            return None
        shown_event = _to_event(row)
    order, top_n = shown_event.fixed_ranking, shown_event.top_n
    from labinovasi.services.innovations import Innovations

    opds = {o.id: o.abbreviation or o.name for o in service.list_opds()}
    names = {i.id: (i.name, opds.get(i.opd_id, "")) for i in Innovations(service).list()}
    by_id = {e.entrant_id: e for e in ranking(service)}
    lines = []
    for entrant_id in order:
        entry = by_id.get(entrant_id)
        name, opd = names.get(entrant_id, (entrant_id[:8], ""))
        rank_no = entry.rank if entry else None
        lines.append(
            RankingLine(
                rank_no,
                name,
                opd,
                entry.display_mean() if entry else "–",
                rank_no is not None and rank_no <= top_n,
            )
        )
    return shown_event, lines
