"""Deliver, after the lab: the rencana aksi as a timeline, tahapan with dates, monitoring,
launching, and the desk-consultation schedule. Pure rules; storage lives elsewhere."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from labinovasi.domain.errors import BadInput
from labinovasi.domain.limits import MAX_NOTE_LENGTH
from labinovasi.i18n import _

# Tahapan keys as resources/lists/tahapan.json names them, in the order an innovation goes.
TAHAPAN = ("inisiatif", "uji-coba", "penerapan")
TAHAPAN_LABELS = {"inisiatif": "Inisiatif", "uji-coba": "Uji coba", "penerapan": "Penerapan"}
MONITORING_KINDS = ("desk konsultasi", "kunjungan", "rapat", "monev")
CONSULTATION_MINUTES = 20  # LAN's desk consultation: about 20 minutes per OPD


class ActionStatus(StrEnum):
    BELUM = "belum"
    BERJALAN = "berjalan"
    SELESAI = "selesai"

    @property
    def label(self) -> str:
        return {
            ActionStatus.BELUM: _("belum"),
            ActionStatus.BERJALAN: _("berjalan"),
            ActionStatus.SELESAI: _("selesai"),
        }[self]

    @classmethod
    def parse(cls, value: str) -> ActionStatus:
        try:
            return cls(str(value).strip().lower())
        except ValueError:
            raise BadInput(
                _("Status kegiatan harus salah satu dari: {names}").format(names=", ".join(cls))
            ) from None


def tahapan_key(value: str) -> str:
    """A tahapan as stored ("uji-coba"), from what people type ("Uji Coba", "uji_coba")."""
    key = "-".join(str(value or "").strip().lower().replace("_", " ").split())
    if key not in TAHAPAN:
        raise BadInput(
            _("Tahapan harus salah satu dari: {names}").format(
                names=", ".join(TAHAPAN_LABELS.values())
            )
        )
    return key


def tahapan_index(value: str) -> int:
    return TAHAPAN.index(value) if value in TAHAPAN else 0


# -- the rencana aksi as a timeline --------------------------------------------------------


@dataclass
class TimelineItem:
    """One activity of an innovation's rencana aksi with how it is going."""

    action_id: str
    innovation_id: str
    activity: str
    person: str = ""
    start: date | None = None
    end: date | None = None
    output: str = ""
    status: ActionStatus = ActionStatus.BELUM
    realised_on: date | None = None
    note: str = ""
    opd_id: str = ""
    innovation_name: str = ""

    def is_overdue(self, today: date) -> bool:
        """Planned to end before today and not done."""
        return self.status is not ActionStatus.SELESAI and self.end is not None and self.end < today

    def days_late(self, today: date) -> int:
        return (today - self.end).days if self.is_overdue(today) and self.end else 0


def check_progress(status: str | ActionStatus, realised_on: date | None) -> ActionStatus:
    """A status with its realisation date: a finished activity has one, and not in the future
    is not checked (a date typed ahead is the officer's plan, not a mistake)."""
    status = status if isinstance(status, ActionStatus) else ActionStatus.parse(status)
    if status is ActionStatus.SELESAI and realised_on is None:
        raise BadInput(_("Kegiatan selesai perlu tanggal realisasi."))
    return status


@dataclass(frozen=True)
class TimelineSummary:
    total: int
    done: int
    running: int
    overdue: int

    @property
    def percent(self) -> float:
        return 100 * self.done / self.total if self.total else 0.0


def summarize(items: Iterable[TimelineItem], today: date) -> TimelineSummary:
    items = list(items)
    return TimelineSummary(
        total=len(items),
        done=sum(i.status is ActionStatus.SELESAI for i in items),
        running=sum(i.status is ActionStatus.BERJALAN for i in items),
        overdue=sum(i.is_overdue(today) for i in items),
    )


def overdue(items: Iterable[TimelineItem], today: date) -> list[TimelineItem]:
    """Overdue activities, the latest first by days late."""
    return sorted(
        (i for i in items if i.is_overdue(today)), key=lambda i: (-i.days_late(today), i.activity)
    )


# -- tahapan with dates --------------------------------------------------------------------


@dataclass
class TahapanChange:
    id: str
    innovation_id: str
    from_stage: str
    to_stage: str
    on_date: date
    note: str = ""
    recorded_at: datetime | None = None


def check_tahapan_change(
    current: str, target: str, on_date: date | None, history: Sequence[TahapanChange]
) -> str:
    """The new tahapan, refused when it is the current one, has no date, or is dated before
    the change that led to the current one (the dates must tell the story in order)."""
    target = tahapan_key(target)
    if on_date is None:
        raise BadInput(_("Tanggal perubahan tahapan wajib diisi."))
    if target == current:
        raise BadInput(
            _("Inovasi sudah pada tahapan {stage}.").format(stage=TAHAPAN_LABELS[target])
        )
    if history:
        last = max(history, key=lambda c: (c.on_date, c.recorded_at or datetime.min))
        if on_date < last.on_date:
            raise BadInput(
                _("Tanggal {date} lebih awal dari perubahan tahapan sebelumnya ({last}).").format(
                    date=on_date.isoformat(), last=last.on_date.isoformat()
                )
            )
    return target


def tahapan_dates(history: Iterable[TahapanChange]) -> dict[str, date]:
    """When the innovation (last) entered each tahapan: uji coba and penerapan dates."""
    dates: dict[str, date] = {}
    for change in sorted(history, key=lambda c: (c.on_date, c.recorded_at or datetime.min)):
        dates[change.to_stage] = change.on_date
    return dates


def reached_trial(tahapan: Iterable[str]) -> bool:
    """At least one innovation at uji coba or later: what Display needs."""
    return any(tahapan_index(t) >= TAHAPAN.index("uji-coba") for t in tahapan)


# -- monitoring and launching --------------------------------------------------------------


@dataclass
class MonitoringEntry:
    id: str
    opd_id: str
    on_date: date
    kind: str
    who: str = ""
    progress: int | None = None
    obstacles: str = ""
    follow_up: str = ""
    innovation_id: str | None = None


def monitoring_kind(value: object) -> str:
    """A kind as stored ("desk konsultasi"), from what people type ("Desk-Konsultasi")."""
    kind = " ".join(str(value or "").strip().lower().replace("-", " ").replace("_", " ").split())
    if kind not in MONITORING_KINDS:
        raise BadInput(
            _("Jenis kegiatan pemantauan harus salah satu dari: {names}").format(
                names=", ".join(MONITORING_KINDS)
            )
        )
    return kind


def check_progress_percent(value: object) -> int | None:
    """Progress in whole percent, 0–100 ("40" and "40%" both read 40); empty is "not said"."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    text = str(value).strip().removesuffix("%").strip()
    try:
        number = int(text) if not isinstance(value, bool) else -1
    except ValueError:
        number = -1
    if not 0 <= number <= 100:
        raise BadInput(
            _(
                "Kemajuan harus bilangan bulat 0 sampai 100 persen, bukan \u201c{value}\u201d."
            ).format(value=value)
        )
    return number


def check_monitoring(
    kind: object, progress: object, on_date: date | None
) -> tuple[str, int | None]:
    kind = monitoring_kind(kind)
    if on_date is None:
        raise BadInput(_("Tanggal pemantauan wajib diisi."))
    return kind, check_progress_percent(progress)


def check_note(label: str, text: str) -> str:
    """A free text of a deliver record (who, obstacles, follow-up, place…), already cleaned
    (rules.clean_text), within the limit; `label` names the field in the refusal."""
    if len(text) > MAX_NOTE_LENGTH:
        raise BadInput(
            _("{field} terlalu panjang (lebih dari {n} karakter).").format(
                field=label, n=MAX_NOTE_LENGTH
            )
        )
    return text


def parse_day(value: object, label: str) -> date:
    """A date as people type it on the command line (TTTT-BB-HH); BadInput names the field."""
    if isinstance(value, date):
        return value
    text = str(value or "").strip()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise BadInput(
            _(
                "{field}: tanggal harus berbentuk TTTT-BB-HH (misalnya 2027-01-15), "
                "bukan \u201c{value}\u201d."
            ).format(field=label, value=text)
        ) from None


def newest_first(entries: Iterable[MonitoringEntry]) -> list[MonitoringEntry]:
    """The log's order: the latest date first (entries of one day keep the order given)."""
    return sorted(entries, key=lambda e: e.on_date, reverse=True)


@dataclass
class Launching:
    id: str
    innovation_id: str
    on_date: date
    place: str = ""
    by_whom: str = ""
    news_link: str = ""


# -- the desk-consultation schedule -------------------------------------------------------


@dataclass(frozen=True)
class ConsultationSlot:
    desk: int  # 1-based
    start: datetime
    end: datetime
    opd_id: str
    opd_name: str


@dataclass
class ConsultationSchedule:
    desks: int
    minutes: int
    slots: list[ConsultationSlot] = field(default_factory=list)

    @property
    def end(self) -> datetime | None:
        return max((s.end for s in self.slots), default=None)

    def rounds(self) -> list[list[ConsultationSlot]]:
        """Slots grouped by start time: one row of the printed table per round."""
        rows: dict[datetime, list[ConsultationSlot]] = {}
        for slot in self.slots:
            rows.setdefault(slot.start, []).append(slot)
        return [sorted(v, key=lambda s: s.desk) for _k, v in sorted(rows.items())]


def consultation_schedule(
    queue: Sequence[tuple[str, str]],
    desks: int,
    day: date,
    start: time,
    minutes: int = CONSULTATION_MINUTES,
    break_minutes: int = 0,
) -> ConsultationSchedule:
    """OPDs (id, name) in queue order onto `desks` parallel desks: round r starts at
    start + r × (minutes + break). The queue order is kept: the first OPDs go first."""
    if not 1 <= desks <= 50:
        raise BadInput(_("Jumlah meja harus 1 sampai 50."))
    if not 5 <= minutes <= 240:
        raise BadInput(_("Lama konsultasi harus 5 sampai 240 menit."))
    if break_minutes < 0:
        raise BadInput(_("Jeda tidak boleh negatif."))
    schedule = ConsultationSchedule(desks=desks, minutes=minutes)
    first = datetime.combine(day, start)
    for position, (opd_id, name) in enumerate(queue):
        round_no, desk = divmod(position, desks)
        begin = first + timedelta(minutes=round_no * (minutes + break_minutes))
        schedule.slots.append(
            ConsultationSlot(desk + 1, begin, begin + timedelta(minutes=minutes), opd_id, name)
        )
    return schedule
