"""Participants' phones ("Ikut lewat HP"): each OPD table's link token and the jurors', what a
table's phone is shown, and its submissions written through the same services as the station,
each answered once per client key (the same key again gets the first answer)."""

from __future__ import annotations

import json
import secrets
import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, case, func, insert, select
from sqlalchemy.exc import IntegrityError

from labinovasi.domain import BadInput, RuleRefused, Stage, check_usg
from labinovasi.domain.limits import PHONE_TOKEN_BYTES
from labinovasi.i18n import _
from labinovasi.services import jury
from labinovasi.services.team_work import TeamWork, ranked
from labinovasi.services.views import IdeaView
from labinovasi.services.workshop_service import WorkshopService
from labinovasi.storage import idea_marks
from labinovasi.storage.models import (
    IdeaRow,
    OpdRow,
    PhoneLinkRow,
    PhoneSubmissionRow,
    VoteRow,
    WorkshopRow,
    new_id,
    table_of,
    utcnow,
)

# Ideas from phones get ids derived from the link and the client key (uuid5): the same
# submission twice fails on the idea's key instead of storing the idea twice.
_IDEA_NAMESPACE = uuid.UUID("6c1f4f7e-3b0e-4d2a-9a57-0e5d3c8b71a2")
MAX_CLIENT_KEY = 80


@dataclass(frozen=True)
class PhoneLink:
    """One table's link (opd_id None: the jurors')."""

    id: str
    opd_id: str | None
    token: str
    usg_allowed: bool = False

    @property
    def for_jurors(self) -> bool:
        return self.opd_id is None


def new_token() -> str:
    """An unguessable link token: PHONE_TOKEN_BYTES random bytes (≥ 128 bits), URL-safe."""
    return secrets.token_urlsafe(PHONE_TOKEN_BYTES)


def _link(row: PhoneLinkRow) -> PhoneLink:
    return PhoneLink(row.id, row.opd_id, row.token, bool(row.usg_allowed))


def check_client_key(value: object) -> str:
    if not isinstance(value, str) or not 8 <= len(value) <= MAX_CLIENT_KEY:
        raise BadInput(_("Kunci kiriman (client_key) tidak sah."))
    return value


class PhoneLinks:
    """The phone links of one open workshop and what goes through them."""

    def __init__(self, service: WorkshopService):
        self.service = service

    # -- links ---------------------------------------------------------------------------

    def all(self) -> list[PhoneLink]:
        """Every OPD table's active link in board order, then the jurors' link; links missing
        (a new OPD, a new file) are made now."""
        opds = self.service.list_opds()
        with self.service._read() as session:
            active = {
                row.opd_id: _link(row)
                for row in session.scalars(
                    select(PhoneLinkRow).where(PhoneLinkRow.revoked_at.is_(None))
                )
            }
        wanted: list[str | None] = [o.id for o in opds] + [None]
        missing = [key for key in wanted if key not in active]
        if missing:
            with self.service._write() as session:
                # Another program may have made them meanwhile: read again under the lock.
                have = set(
                    session.scalars(
                        select(PhoneLinkRow.opd_id).where(PhoneLinkRow.revoked_at.is_(None))
                    )
                )
                for key in missing:
                    if key not in have:
                        session.add(PhoneLinkRow(opd_id=key, token=new_token()))
            return self.all()
        return [active[key] for key in wanted]

    def find(self, token: str) -> PhoneLink | None:
        """The active link with this token (None: unknown or revoked)."""
        if not token or len(token) > 64:
            return None
        with self.service._read() as session:
            row = session.scalar(
                select(PhoneLinkRow).where(
                    PhoneLinkRow.token == token, PhoneLinkRow.revoked_at.is_(None)
                )
            )
            return _link(row) if row is not None else None

    def revoke(self, opd_id: str | None) -> PhoneLink:
        """End a table's (or the jurors') link and make a new one: phones holding the old
        code are refused from their next request on."""
        with self.service._write() as session:
            usg = False
            for row in session.scalars(
                select(PhoneLinkRow).where(
                    PhoneLinkRow.opd_id.is_(None)
                    if opd_id is None
                    else PhoneLinkRow.opd_id == opd_id,
                    PhoneLinkRow.revoked_at.is_(None),
                )
            ):
                row.revoked_at = utcnow()
                usg = bool(row.usg_allowed)
            if opd_id is not None and session.get(OpdRow, opd_id) is None:
                raise BadInput(_("OPD tidak ditemukan: {key}").format(key=opd_id))
            row = PhoneLinkRow(opd_id=opd_id, token=new_token(), usg_allowed=usg)
            session.add(row)
            session.flush()
            return _link(row)

    def allow_usg(self, opd_id: str, allowed: bool) -> None:
        """Whether the table's phones may score USG (the facilitator's choice)."""
        self.all()
        with self.service._write() as session:
            for row in session.scalars(
                select(PhoneLinkRow).where(
                    PhoneLinkRow.opd_id == opd_id, PhoneLinkRow.revoked_at.is_(None)
                )
            ):
                row.usg_allowed = allowed

    # -- answers by client key ---------------------------------------------------------------

    def remembered(self, link: PhoneLink, client_key: str) -> dict | None:
        with self.service._read() as session:
            response = session.scalar(
                select(PhoneSubmissionRow.response).where(
                    PhoneSubmissionRow.link_id == link.id,
                    PhoneSubmissionRow.client_key == client_key,
                )
            )
        return json.loads(response) if response is not None else None

    def _remember(self, link: PhoneLink, client_key: str, kind: str, body: dict) -> dict:
        """Keep the answer; when the same key was answered meanwhile, that answer wins."""
        try:
            with self.service._write() as session:
                session.add(
                    PhoneSubmissionRow(
                        link_id=link.id,
                        client_key=client_key,
                        kind=kind,
                        status=201,
                        response=json.dumps(body, ensure_ascii=False),
                    )
                )
        except IntegrityError:
            return self.remembered(link, client_key) or body
        return body

    # -- a table's phone -------------------------------------------------------------------

    def state(self, link: PhoneLink) -> dict[str, Any]:
        """What a table's phones show: the OPD, its stage, "n dari 5", its ideas with their
        marks, and in diagnose the dots and the ranking."""
        opd_id = self._opd_of(link)
        opd = self.service.get_opd(opd_id)
        views = self.service.list_ideas(opd_id)
        team = TeamWork(self.service)
        dots = team.dots(opd_id) if opd.stage is not Stage.DRUM_UP else {}
        ranks = {view.idea.id: rank for view, rank in ranked(views, dots)}
        workshop = self.service.workshop()
        with self.service._read() as session:
            usg_allowed = bool(
                session.scalar(
                    select(PhoneLinkRow.usg_allowed).where(
                        PhoneLinkRow.opd_id == opd_id, PhoneLinkRow.revoked_at.is_(None)
                    )
                )
            )
        return {
            "opd": opd.abbreviation,
            "opd_name": opd.name,
            "stage": opd.stage.value,
            "count": sum(1 for v in views if v.counted),
            "minimum": workshop.min_ideas,
            "dots_per_participant": workshop.dots_per_participant,
            "usg_allowed": usg_allowed,
            "ideas": [
                {
                    "id": v.idea.id,
                    "text": v.idea.text,
                    "author": v.idea.author,
                    "counted": v.counted,
                    "number": v.number,
                    "duplicate_of_number": v.duplicate_of_number,
                    "withdrawn": bool(v.idea.withdrawn_reason),
                    "passes_apkl": v.idea.passes_apkl,
                    "usg": [v.idea.usg_urgency, v.idea.usg_seriousness, v.idea.usg_growth],
                    "usg_total": v.idea.usg_total,
                    "dots": dots.get(v.idea.id, 0) + v.idea.votes,
                    "rank": ranks.get(v.idea.id),
                }
                for v in views
            ],
        }

    def participant_dots(self, link: PhoneLink, participant: str) -> dict[str, int]:
        return TeamWork(self.service).participant_dots(self._opd_of(link), participant)

    def add_idea(
        self, link: PhoneLink, text: object, author: object, client_key: object
    ) -> tuple[int, dict]:
        """Store an idea typed on a table's phone: 201 and the answer, or 200 and the first
        answer when this client key was seen before. Refusals raise and write nothing."""
        key = check_client_key(client_key)
        first = self.remembered(link, key)
        if first is not None:
            return 200, first
        opd_id = self._opd_of(link)
        if not isinstance(text, str) or not isinstance(author, str):
            raise BadInput(_("Isian gagasan harus berupa teks."))
        opd = self.service.get_opd(opd_id)
        if opd.stage is not Stage.DRUM_UP:
            raise RuleRefused(
                _(
                    "{opd} sudah di tahap {stage}; gagasan baru ditambahkan di tahap drum-up."
                ).format(opd=opd.abbreviation, stage=opd.stage.value)
            )
        idea_id = str(uuid.uuid5(_IDEA_NAMESPACE, f"{link.id}\n{key}"))
        answer: dict = {}

        def record(conn: Connection, view: IdeaView) -> None:
            # In the idea's own transaction: the idea and the answer given for it are one
            # commit, so a repeat after any crash finds both or neither.
            counted = conn.scalar(
                select(func.count())
                .select_from(IdeaRow)
                .where(IdeaRow.opd_id == opd_id, IdeaRow.mark == idea_marks.COUNTED)
            )
            answer.update(
                id=view.idea.id,
                counted=view.counted,
                count=int(counted or 0),
                minimum=int(conn.scalar(select(WorkshopRow.min_ideas)) or 0),
                number=view.number,
                duplicate_of_number=view.duplicate_of_number,
            )
            conn.execute(
                insert(table_of(PhoneSubmissionRow)).values(
                    id=new_id(),
                    link_id=link.id,
                    client_key=key,
                    kind="idea",
                    status=201,
                    response=json.dumps(answer, ensure_ascii=False),
                    created_at=utcnow(),
                )
            )

        try:
            self.service.add_idea(opd_id, text, author, idea_id=idea_id, record=record)
        except IntegrityError:  # the same key at the same moment: the first one's answer
            first = self.remembered(link, key)
            if first is not None:
                return 200, first
            raise
        return 201, answer

    def set_dots(
        self,
        link: PhoneLink,
        participant: object,
        idea_id: object,
        dots: object,
        client_key: object,
    ) -> tuple[int, dict]:
        """A participant's dots on one of the table's ideas (diagnose only), as the station
        places them (TeamWork.set_dots: APKL, the dots per participant)."""
        key = check_client_key(client_key)
        first = self.remembered(link, key)
        if first is not None:
            return 200, first
        if not isinstance(participant, str) or not isinstance(idea_id, str):
            raise BadInput(_("Nama peserta dan gagasan harus berupa teks."))
        if isinstance(dots, bool) or not isinstance(dots, int):
            raise BadInput(_("Jumlah titik harus bilangan bulat."))
        opd_id = self._opd_of(link)
        self._own_idea(opd_id, idea_id)
        self._in_diagnose(opd_id)
        team = TeamWork(self.service)
        team.set_dots(idea_id, participant, dots)
        mine = team.participant_dots(opd_id, participant)
        body = {
            "idea_id": idea_id,
            "dots": dots,
            "my_dots": mine,
            "left": team.dots_per_participant() - sum(mine.values()),
        }
        return 201, self._remember(link, key, "votes", body)

    def set_usg(
        self, link: PhoneLink, idea_id: object, scores: object, client_key: object
    ) -> tuple[int, dict]:
        """USG scores of one of the table's ideas, when the facilitator lets phones score."""
        key = check_client_key(client_key)
        first = self.remembered(link, key)
        if first is not None:
            return 200, first
        opd_id = self._opd_of(link)
        with self.service._read() as session:  # the facilitator's choice as it is now
            allowed = session.scalar(
                select(PhoneLinkRow.usg_allowed).where(PhoneLinkRow.id == link.id)
            )
        if not allowed:
            raise RuleRefused(_("Fasilitator belum membuka penilaian USG lewat HP."))
        if not isinstance(idea_id, str) or not isinstance(scores, list) or len(scores) != 3:
            raise BadInput(_("Nilai USG berupa tiga angka 1–5."))
        if any(isinstance(s, bool) or not isinstance(s, int) for s in scores):
            raise BadInput(_("Nilai USG berupa tiga angka 1–5."))
        checked = [check_usg(s) for s in scores]
        self._own_idea(opd_id, idea_id)
        self._in_diagnose(opd_id)
        view = self.service.update_idea(
            idea_id,
            usg_urgency=checked[0],
            usg_seriousness=checked[1],
            usg_growth=checked[2],
        )
        body = {"idea_id": idea_id, "usg": checked, "usg_total": view.idea.usg_total}
        return 201, self._remember(link, key, "usg", body)

    def _opd_of(self, link: PhoneLink) -> str:
        if link.opd_id is None:
            raise BadInput(_("Tautan juri hanya untuk menilai."))
        return link.opd_id

    def _own_idea(self, opd_id: str, idea_id: str) -> None:
        """Another table's idea is refused as if it did not exist."""
        with self.service._read() as session:
            owner = session.scalar(select(IdeaRow.opd_id).where(IdeaRow.id == idea_id))
        if owner != opd_id:
            raise BadInput(_("Gagasan tidak ditemukan: {id}").format(id=idea_id[:40]))

    def _in_diagnose(self, opd_id: str) -> None:
        opd = self.service.get_opd(opd_id)
        if opd.stage is not Stage.DIAGNOSE:
            raise RuleRefused(
                _("{opd} tidak sedang di tahap diagnose.").format(opd=opd.abbreviation)
            )

    # -- the jurors' phone -----------------------------------------------------------------

    def juror_state(self, link: PhoneLink, juror_id: str = "") -> dict[str, Any]:
        """The jurors, the rubric, the presentation order and (once a juror is chosen) that
        juror's own sheets; never another juror's sheet or the ranking."""
        self._for_jurors(link)
        from labinovasi.services.innovations import Innovations

        people = jury.jurors(self.service)
        rubric = jury.rubric(self.service)
        opds = {o.id: o.abbreviation for o in self.service.list_opds()}
        names = {i.id: (i.name, opds.get(i.opd_id, "")) for i in Innovations(self.service).list()}
        sheets = (
            jury.juror_sheets(self.service, juror_id)
            if any(p.id == juror_id for p in people)
            else {}
        )
        return {
            "jurors": [{"id": p.id, "name": p.name} for p in people],
            "scale": list(rubric.scale),
            "criteria": [
                {"key": c.key, "name": c.name, "weight": _number(c.weight)} for c in rubric.criteria
            ],
            "presentations": [
                {
                    "id": slot.innovation_id,
                    "position": slot.position,
                    "name": names.get(slot.innovation_id, ("", ""))[0],
                    "opd": names.get(slot.innovation_id, ("", ""))[1],
                }
                for slot in jury.presentation_schedule(self.service)
            ],
            "sheets": {
                innovation: {k: _number(v) for k, v in sheet.items()}
                for innovation, sheet in sheets.items()
            },
            "fixed": jury.event(self.service).fixed,
        }

    def score(
        self,
        link: PhoneLink,
        juror_id: object,
        innovation_id: object,
        scores: object,
        client_key: object,
    ) -> tuple[int, dict]:
        """One juror's sheet for one presentation, through jury.set_scores (the rubric's
        scale, no change once the Top-N is fixed)."""
        self._for_jurors(link)
        key = check_client_key(client_key)
        first = self.remembered(link, key)
        if first is not None:
            return 200, first
        if not isinstance(juror_id, str) or not isinstance(innovation_id, str):
            raise BadInput(_("Juri dan inovasi harus berupa teks."))
        if not isinstance(scores, dict) or any(
            isinstance(v, bool) or not isinstance(v, int | float | str | None)
            for v in scores.values()
        ):
            raise BadInput(_("Nilai berupa angka per kriteria."))
        saved = jury.set_scores(self.service, juror_id, innovation_id, scores)
        body = {
            "juror_id": juror_id,
            "innovation_id": innovation_id,
            "scores": {k: _number(v) for k, v in saved.items()},
        }
        return 201, self._remember(link, key, "scores", body)

    def _for_jurors(self, link: PhoneLink) -> None:
        if not link.for_jurors:
            raise BadInput(_("Tautan meja tidak dapat dipakai untuk menilai."))


def _number(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral() else float(value)


class ChangeWatch:
    """Which tables' pages changed since the last look, whoever wrote (a phone, the
    facilitator, a station): a fingerprint per OPD from a few grouped reads."""

    def __init__(self, service: WorkshopService):
        self.service = service
        self._last: dict[str, tuple] = {}
        self.active_tokens: frozenset[str] | None = None  # as of the last look

    def fingerprints(self) -> dict[str, tuple]:
        counted = case((IdeaRow.mark == idea_marks.COUNTED, 1), else_=0)
        with self.service._read() as session:
            common = tuple(
                session.execute(
                    select(WorkshopRow.min_ideas, WorkshopRow.dots_per_participant)
                ).first()
                or ()
            )
            opds = {
                row[0]: tuple(row[1:])
                for row in session.execute(select(OpdRow.id, OpdRow.stage, OpdRow.updated_at))
            }
            ideas = {
                row[0]: tuple(row[1:])
                for row in session.execute(
                    select(
                        IdeaRow.opd_id,
                        func.count(),
                        func.sum(counted),
                        func.max(IdeaRow.updated_at),
                    ).group_by(IdeaRow.opd_id)
                )
            }
            votes = {
                row[0]: tuple(row[1:])
                for row in session.execute(
                    select(IdeaRow.opd_id, func.sum(VoteRow.dots), func.max(VoteRow.updated_at))
                    .join(IdeaRow, IdeaRow.id == VoteRow.idea_id)
                    .group_by(IdeaRow.opd_id)
                )
            }
            active = session.execute(
                select(PhoneLinkRow.opd_id, PhoneLinkRow.token, PhoneLinkRow.usg_allowed).where(
                    PhoneLinkRow.revoked_at.is_(None)
                )
            ).all()
        self.active_tokens = frozenset(row[1] for row in active)
        links = {row[0]: (row[1], row[2]) for row in active if row[0] is not None}
        return {
            opd_id: (common, stage, ideas.get(opd_id), votes.get(opd_id), links.get(opd_id))
            for opd_id, stage in opds.items()
        }

    def changed(self) -> set[str]:
        """The OPDs whose fingerprint differs from the previous call's (all on the first)."""
        current = self.fingerprints()
        changed = {k for k, v in current.items() if self._last.get(k) != v}
        self._last = current
        return changed


def network_advice() -> list[str]:
    """What the facilitator is told about the hall's network (app, QR sheet and README)."""
    return [
        _(
            "Bawa router Wi-Fi sendiri, atau nyalakan hotspot laptop; HP peserta tersambung ke sana."
        ),
        _(
            "Kode QR memuat alamat IP laptop (Android tidak mengenal nama .local); pilih alamat "
            "jaringan Wi-Fi itu, bukan 127.0.0.1."
        ),
        _("Minta peserta mematikan data seluler agar HP memakai Wi-Fi lokakarya."),
        _(
            "Wi-Fi hotel sering memisahkan perangkat (client isolation): HP tidak dapat "
            "menghubungi laptop. Pakai router atau hotspot sendiri."
        ),
    ]


def write_qr_sheet(service: WorkshopService, links: list[tuple[str | None, str]], out) -> None:
    """The printable QR sheet: one page per OPD table (`links`: OPD id or None for the
    jurors, and its join URL), through reports.phone_qr."""
    from pathlib import Path

    from labinovasi.reports.phone_qr import QrPage
    from labinovasi.reports.phone_qr import write_qr_sheet as write
    from labinovasi.services.output_files import check_target

    opds = {o.id: o for o in service.list_opds()}
    pages = []
    for opd_id, url in links:
        opd = opds.get(opd_id or "")
        if opd is not None:
            heading = _("Meja {opd}: pindai untuk ikut").format(opd=opd.abbreviation)
            pages.append(QrPage(heading, opd.name, url))
        elif opd_id is None:
            pages.append(QrPage(_("Juri: pindai untuk menilai"), _("Gelar inovasi"), url))
    target = Path(out)
    check_target(target)
    write(pages, network_advice(), _("Ikut lewat HP"), target)


def qr_matrix(text: str) -> list[list[bool]]:
    """The QR code of `text` as rows of dark modules (reports.phone_qr's, for the screen)."""
    from labinovasi.reports.phone_qr import qr_matrix as matrix

    return matrix(text)
