"""Deliver, after the lab: the rencana aksi as a timeline, tahapan changes with their dates
(the OPD's lab stage follows), the monitoring log, launching records, and the printable
desk-consultation schedule."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from sqlalchemy import select

from labinovasi.domain import BadInput, RuleRefused, Stage, clean_text
from labinovasi.domain.delivery import (
    CONSULTATION_MINUTES,
    ConsultationSchedule,
    Launching,
    MonitoringEntry,
    TahapanChange,
    TimelineItem,
    check_monitoring,
    check_note,
    check_progress,
    check_tahapan_change,
    consultation_schedule,
    tahapan_index,
)
from labinovasi.domain.evidence import check_link
from labinovasi.i18n import _
from labinovasi.services.innovations import Innovations
from labinovasi.services.output_files import check_target, whole_file
from labinovasi.services.workshop_service import WorkshopService
from labinovasi.storage.models import (
    ActionProgressRow,
    LaunchingRow,
    MonitoringRow,
    OpdRow,
    TahapanChangeRow,
)

# -- the rencana aksi as a timeline ---------------------------------------------------------


def timeline(service: WorkshopService, opd_id: str | None = None) -> list[TimelineItem]:
    """Every activity of every innovation (or of one OPD's), with its progress; in board
    order of OPDs, then innovation, then the rencana aksi's own order."""
    innovations = Innovations(service).list(opd_id)
    with service._read() as session:
        progress = {p.action_id: p for p in session.scalars(select(ActionProgressRow))}
    items = []
    for innovation in innovations:
        for step in innovation.actions:
            row = progress.get(step.id)
            items.append(
                TimelineItem(
                    action_id=step.id,
                    innovation_id=innovation.id,
                    activity=step.activity,
                    person=step.person,
                    start=step.start,
                    end=step.end,
                    output=step.output,
                    status=check_progress(row.status, row.realised_on)
                    if row
                    else check_progress("belum", None),
                    realised_on=row.realised_on if row else None,
                    note=row.note if row else "",
                    opd_id=innovation.opd_id,
                    innovation_name=innovation.name,
                )
            )
    return items


def set_progress(
    service: WorkshopService,
    action_id: str,
    status: str,
    realised_on: date | None = None,
    note: str | None = None,
) -> TimelineItem:
    """Record how one activity is going (belum / berjalan / selesai, realisation date, note)."""
    checked = check_progress(status, realised_on)
    known = {i.action_id: i for i in timeline(service)}
    if action_id not in known:
        raise BadInput(_("Kegiatan rencana aksi tidak ditemukan: {id}").format(id=action_id))
    with service._write() as session:
        row = session.get(ActionProgressRow, action_id)
        if row is None:
            row = ActionProgressRow(action_id=action_id, note="")
            session.add(row)
        row.status, row.realised_on = checked.value, realised_on
        if note is not None:
            row.note = clean_text(note)
    item = known[action_id]
    item.status, item.realised_on = checked, realised_on
    item.note = clean_text(note) if note is not None else item.note
    return item


# -- tahapan with dates --------------------------------------------------------------------


def _to_change(row: TahapanChangeRow) -> TahapanChange:
    return TahapanChange(
        id=row.id,
        innovation_id=row.innovation_id,
        from_stage=row.from_stage,
        to_stage=row.to_stage,
        on_date=row.on_date,
        note=row.note,
        recorded_at=row.recorded_at,
    )


def tahapan_history(
    service: WorkshopService, innovation_id: str | None = None
) -> list[TahapanChange]:
    with service._read() as session:
        query = select(TahapanChangeRow).order_by(
            TahapanChangeRow.on_date, TahapanChangeRow.recorded_at
        )
        if innovation_id is not None:
            query = query.where(TahapanChangeRow.innovation_id == innovation_id)
        return [_to_change(r) for r in session.scalars(query)]


def change_tahapan(
    service: WorkshopService, innovation_id: str, tahapan: str, on_date: date, note: str = ""
) -> TahapanChange:
    """Move an innovation to another tahapan on a date: the change is logged with its date,
    the profile's tahapan follows, and the profile's waktu uji coba / waktu penerapan is
    filled from that date when still empty."""
    innovations = Innovations(service)
    innovation = innovations.get(innovation_id)
    history = tahapan_history(service, innovation_id)
    target = check_tahapan_change(innovation.stage, tahapan, on_date, history)
    changes: dict[str, object] = {"stage": target}
    if target == "uji-coba" and innovation.trial_date is None:
        changes["trial_date"] = on_date
    if target == "penerapan" and innovation.launch_date is None:
        changes["launch_date"] = on_date
    # Checked above, so the profile edit and the log entry go through together.
    innovations.set_fields(innovation_id, changes, source="tahapan")
    with service._write() as session:
        row = TahapanChangeRow(
            innovation_id=innovation_id,
            from_stage=innovation.stage,
            to_stage=target,
            on_date=on_date,
            note=clean_text(note),
        )
        session.add(row)
        session.flush()
        change = _to_change(row)
    _follow_lab_stage(service, innovation.opd_id, target)
    return change


def _follow_lab_stage(service: WorkshopService, opd_id: str, tahapan: str) -> None:
    """The OPD's lab stage follows its innovations: one tried out (uji coba or later) takes
    an OPD still at Design to Deliver when Deliver's gate allows it. Display stays the
    facilitator's move (it is an event), gated on the same tahapan."""
    if tahapan_index(tahapan) < tahapan_index("uji-coba"):
        return
    if service.get_opd(opd_id).stage is Stage.DESIGN:
        try:
            service.move_stage(opd_id, Stage.DELIVER)
        except RuleRefused:
            pass  # the design is not complete yet: the facilitator decides


# -- monitoring -----------------------------------------------------------------------------

MONITORING_FIELDS = (
    "opd_id",
    "innovation_id",
    "on_date",
    "kind",
    "who",
    "progress",
    "obstacles",
    "follow_up",
)


def _to_entry(row: MonitoringRow) -> MonitoringEntry:
    return MonitoringEntry(
        id=row.id,
        opd_id=row.opd_id,
        on_date=row.on_date,
        kind=row.kind,
        who=row.who,
        progress=row.progress,
        obstacles=row.obstacles,
        follow_up=row.follow_up,
        innovation_id=row.innovation_id,
    )


def _checked_entry(service: WorkshopService, values: dict) -> dict:
    """A monitoring entry's fields as stored, or BadInput naming the first problem. The OPD
    comes from the innovation when only that is given; both given must agree."""
    kind, progress = check_monitoring(
        values.get("kind"), values.get("progress"), values.get("on_date")
    )
    innovation_id = values.get("innovation_id") or None
    opd_id = values.get("opd_id") or None
    if innovation_id is not None:
        innovation = Innovations(service).get(innovation_id)
        if opd_id is not None and opd_id != innovation.opd_id:
            raise BadInput(_("Inovasi {name} bukan milik OPD ini.").format(name=innovation.name))
        opd_id = innovation.opd_id
    if opd_id is None:
        raise BadInput(_("Sebutkan OPD atau inovasi yang dipantau."))
    service.get_opd(opd_id)  # BadInput when unknown
    return {
        "opd_id": opd_id,
        "innovation_id": innovation_id,
        "on_date": values["on_date"],
        "kind": kind,
        "progress": progress,
        "who": check_note(_("Oleh"), clean_text(values.get("who"))),
        "obstacles": check_note(_("Kendala"), clean_text(values.get("obstacles"))),
        "follow_up": check_note(_("Tindak lanjut"), clean_text(values.get("follow_up"))),
    }


def add_monitoring(
    service: WorkshopService,
    opd_id: str | None,
    on_date: date | None,
    kind: str,
    who: str = "",
    progress: object = None,
    obstacles: str = "",
    follow_up: str = "",
    innovation_id: str | None = None,
) -> MonitoringEntry:
    """Log one monev, visit, meeting or desk consultation of an OPD (or of one of its
    innovations: then `opd_id` may be None)."""
    values = _checked_entry(
        service,
        {
            "opd_id": opd_id,
            "innovation_id": innovation_id,
            "on_date": on_date,
            "kind": kind,
            "who": who,
            "progress": progress,
            "obstacles": obstacles,
            "follow_up": follow_up,
        },
    )
    with service._write() as session:
        row = MonitoringRow(**values)
        session.add(row)
        session.flush()
        return _to_entry(row)


def _monitoring_row(session, entry_id: str) -> MonitoringRow:
    row = session.get(MonitoringRow, entry_id)
    if row is None:
        raise BadInput(_("Catatan pemantauan tidak ditemukan: {id}").format(id=entry_id))
    return row


def get_monitoring(service: WorkshopService, entry_id: str) -> MonitoringEntry:
    with service._read() as session:
        return _to_entry(_monitoring_row(session, entry_id))


def find_monitoring(service: WorkshopService, key: str) -> MonitoringEntry:
    """By full id or a unique prefix of it (at least 4 characters), as innovations are found."""
    key = clean_text(key).lower()
    with service._read() as session:
        rows = (
            session.scalars(
                select(MonitoringRow).where(MonitoringRow.id.startswith(key)).limit(2)
            ).all()
            if len(key) >= 4
            else []
        )
        if len(rows) == 1:
            return _to_entry(rows[0])
    if rows:
        raise BadInput(
            _("Awalan id cocok dengan lebih dari satu catatan pemantauan: {id}").format(id=key)
        )
    raise BadInput(_("Catatan pemantauan tidak ditemukan: {id}").format(id=key))


def update_monitoring(
    service: WorkshopService, entry_id: str, **changes: object
) -> MonitoringEntry:
    """Correct a mistaken entry: the fields given replace the stored ones (the same checks as
    a new entry); the others stay. Moving it to another OPD without naming the innovation
    drops the innovation."""
    unknown = set(changes) - set(MONITORING_FIELDS)
    if unknown:
        raise BadInput(_("Isian tidak dikenal: {names}").format(names=", ".join(sorted(unknown))))
    current = get_monitoring(service, entry_id)
    values = {f: getattr(current, f) for f in MONITORING_FIELDS}
    if "opd_id" in changes and "innovation_id" not in changes:
        values["innovation_id"] = None
    values.update(changes)
    checked = _checked_entry(service, values)
    with service._write() as session:
        row = _monitoring_row(session, entry_id)
        for name, value in checked.items():
            setattr(row, name, value)
        session.flush()
        return _to_entry(row)


def delete_monitoring(service: WorkshopService, entry_id: str) -> None:
    """Remove an entry typed by mistake (BadInput when there is none)."""
    with service._write() as session:
        session.delete(_monitoring_row(session, entry_id))


def monitoring_log(
    service: WorkshopService, opd_id: str | None = None, innovation_id: str | None = None
) -> list[MonitoringEntry]:
    """The log, newest first (by date, then the later typed first); of one OPD or one
    innovation when given."""
    with service._read() as session:
        query = select(MonitoringRow).order_by(
            MonitoringRow.on_date.desc(), MonitoringRow.created_at.desc(), MonitoringRow.id
        )
        if opd_id is not None:
            query = query.where(MonitoringRow.opd_id == opd_id)
        if innovation_id is not None:
            query = query.where(MonitoringRow.innovation_id == innovation_id)
        return [_to_entry(r) for r in session.scalars(query)]


# -- launching -------------------------------------------------------------------------------


def _to_launching(row: LaunchingRow) -> Launching:
    return Launching(row.id, row.innovation_id, row.on_date, row.place, row.by_whom, row.news_link)


def record_launching(
    service: WorkshopService,
    innovation_id: str,
    on_date: date,
    place: str = "",
    by_whom: str = "",
    news_link: str = "",
) -> Launching:
    """The innovation's launching (one per innovation: recording it again corrects it)."""
    if on_date is None:
        raise BadInput(_("Tanggal launching wajib diisi."))
    Innovations(service).get(innovation_id)
    place = check_note(_("Tempat"), clean_text(place))
    by_whom = check_note(_("Oleh"), clean_text(by_whom))
    link = check_link(news_link) if clean_text(news_link) else ""
    with service._write() as session:
        row = session.scalars(
            select(LaunchingRow).where(LaunchingRow.innovation_id == innovation_id)
        ).first()
        if row is None:
            row = LaunchingRow(innovation_id=innovation_id)
            session.add(row)
        row.on_date, row.place, row.by_whom, row.news_link = on_date, place, by_whom, link
        session.flush()
        return _to_launching(row)


def remove_launching(service: WorkshopService, innovation_id: str) -> None:
    """Forget a launching recorded by mistake (nothing happens when there is none)."""
    with service._write() as session:
        for row in session.scalars(
            select(LaunchingRow).where(LaunchingRow.innovation_id == innovation_id)
        ):
            session.delete(row)


def launchings(service: WorkshopService) -> dict[str, Launching]:
    """innovation id -> its launching, earliest first."""
    with service._read() as session:
        return {
            r.innovation_id: _to_launching(r)
            for r in session.scalars(
                select(LaunchingRow).order_by(LaunchingRow.on_date, LaunchingRow.created_at)
            )
        }


# -- the desk-consultation schedule ---------------------------------------------------------


def consultation_plan(
    service: WorkshopService,
    desks: int,
    day: date | None = None,
    start: time = time(9, 0),
    minutes: int = CONSULTATION_MINUTES,
    opd_ids: list[str] | None = None,
) -> ConsultationSchedule:
    """OPDs in board order (or the queue given) onto parallel desks, on the lab's last day."""
    workshop = service.workshop()
    day = day or workshop.end_date or workshop.start_date or date.today()
    with service._read() as session:
        opds = {
            o.id: o for o in session.scalars(select(OpdRow).order_by(OpdRow.position, OpdRow.name))
        }
    order = opd_ids if opd_ids is not None else list(opds)
    unknown = [o for o in order if o not in opds]
    if unknown:
        raise BadInput(_("OPD tidak ditemukan: {key}").format(key=unknown[0]))
    queue = [(o, opds[o].abbreviation or opds[o].name) for o in order]
    return consultation_schedule(queue, desks, day, start, minutes)


def write_consultation_pdf(
    service: WorkshopService, schedule: ConsultationSchedule, out: Path
) -> Path:
    """The printable schedule; written beside `out` first, so it appears whole or not at all."""
    from labinovasi.reports.consultation import write_consultation_schedule

    out = check_target(out)
    with whole_file(out) as temp, temp.open("wb") as stream:
        write_consultation_schedule(schedule, service.workshop(), stream)
    return out
