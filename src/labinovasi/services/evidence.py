"""Evidence (bukti dukung) kept inside the workshop, and the indicator answers it backs.

A file's bytes are stored once per sha256 in the workshop itself, so a copy, a backup or a USB
stick carries them and opening or exporting works offline. Attaching, detaching or replacing
an answer's evidence sets its verification back to "menunggu": the verifier looks again.
"""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from labinovasi.domain import BadInput, clean_text, iga
from labinovasi.domain.evidence import (
    HAND_CHECKS,
    Evidence,
    IndicatorAnswer,
    Verification,
    check_evidence_size,
    check_indicator_number,
    check_link,
    check_parameter,
)
from labinovasi.domain.limits import MAX_EVIDENCE_BYTES
from labinovasi.i18n import _
from labinovasi.services.workshop_service import WorkshopService
from labinovasi.storage.models import (
    AnswerEvidenceRow,
    EvidenceBlobRow,
    EvidenceRow,
    IndicatorAnswerRow,
    InnovationRow,
)

_UNSET = object()


@dataclass(frozen=True)
class EvidenceLink:
    """One evidence item as it backs one answer (an item backing none has answer None)."""

    evidence: Evidence
    answer: IndicatorAnswer | None


# -- mapping ------------------------------------------------------------------------------


def _to_evidence(row: EvidenceRow) -> Evidence:
    return Evidence(
        id=row.id,
        title=row.title,
        number=row.number,
        doc_date=row.doc_date,
        sha256=row.sha256,
        size=row.size,
        file_name=row.file_name,
        media_type=row.media_type,
        link=row.link,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def _to_answer(row: IndicatorAnswerRow, evidence_ids: list[str]) -> IndicatorAnswer:
    return IndicatorAnswer(
        id=row.id,
        indicator=row.indicator,
        year=row.year,
        innovation_id=row.innovation_id,
        parameter=row.parameter,
        status=Verification(row.status),
        note=row.note,
        check_name=row.check_name,
        check_signed=row.check_signed,
        check_highlighted=row.check_highlighted,
        evidence_ids=evidence_ids,
        updated_at=row.updated_at,
    )


def _links(session: Session) -> dict[str, list[str]]:
    """answer id -> its evidence ids, in the order they were attached."""
    links: dict[str, list[str]] = {}
    rows = session.execute(
        select(AnswerEvidenceRow.answer_id, AnswerEvidenceRow.evidence_id).order_by(
            AnswerEvidenceRow.created_at, AnswerEvidenceRow.evidence_id
        )
    )
    for answer_id, evidence_id in rows:
        links.setdefault(answer_id, []).append(evidence_id)
    return links


# -- reading ------------------------------------------------------------------------------


def default_year(service: WorkshopService) -> int:
    """The assessment year answers belong to when none is named: the workshop's year when a
    rule file ships for it, else the latest shipped year before it (else the latest)."""
    workshop = service.workshop()
    year = (workshop.start_date or date.today()).year
    years = iga.available_years()
    earlier = [y for y in years if y <= year]
    return year if year in years else (earlier or years or [year])[-1]


@lru_cache(maxsize=8)
def rules(year: int) -> iga.IgaRules:
    """The shipped IGA rule file of one assessment year (read once)."""
    return iga.rules_for_year(year)


def check_indicator(indicator: str, innovation_id: str | None, year: int) -> str:
    """The indicator's number, refused when the year's rule file has no such indicator or
    it belongs to the other aspect (SPD: the region, SID: an innovation)."""
    indicator = check_indicator_number(indicator)
    rule = rules(year).indicator(indicator)
    if rule is None:
        raise BadInput(
            _("Indikator {no} tidak ada dalam aturan IGA {year}.").format(no=indicator, year=year)
        )
    region_level = rule.aspect == iga.ASPECT_SPD
    if innovation_id is None and not region_level:
        raise BadInput(
            _("Indikator {no} dinilai per inovasi; sebutkan inovasinya.").format(no=indicator)
        )
    if innovation_id is not None and region_level:
        raise BadInput(
            _("Indikator {no} adalah indikator tingkat pemda, bukan per inovasi.").format(
                no=indicator
            )
        )
    return indicator


def list_answers(
    service: WorkshopService,
    innovation_id: str | None = None,
    year: int | None = None,
    region: bool = False,
) -> list[IndicatorAnswer]:
    """Answers, all of them or one innovation's (or the region's with region=True)."""
    with service._read() as session:
        query = select(IndicatorAnswerRow)
        if region:
            query = query.where(IndicatorAnswerRow.innovation_id.is_(None))
        elif innovation_id is not None:
            query = query.where(IndicatorAnswerRow.innovation_id == innovation_id)
        if year is not None:
            query = query.where(IndicatorAnswerRow.year == year)
        links = _links(session)
        rows = session.scalars(query).all()
        answers = [_to_answer(r, links.get(r.id, [])) for r in rows]
    return sorted(answers, key=lambda a: (a.year, a.innovation_id or "", _indicator_key(a)))


def _indicator_key(answer: IndicatorAnswer) -> tuple:
    digits = "".join(c for c in answer.indicator if c.isdigit())
    return (int(digits or 0), answer.indicator)


def get_answer(
    service: WorkshopService,
    indicator: str,
    innovation_id: str | None = None,
    year: int | None = None,
) -> IndicatorAnswer | None:
    indicator = check_indicator_number(indicator)
    year = year or default_year(service)
    with service._read() as session:
        row = _answer_row(session, indicator, innovation_id, year)
        return None if row is None else _to_answer(row, _links(session).get(row.id, []))


def list_evidence(
    service: WorkshopService, innovation_id: str | None = None, region: bool = False
) -> list[Evidence]:
    """Every evidence item, or those backing one innovation's (or the region's) answers."""
    with service._read() as session:
        query = select(EvidenceRow).order_by(EvidenceRow.created_at, EvidenceRow.id)
        if region or innovation_id is not None:
            condition = (
                IndicatorAnswerRow.innovation_id.is_(None)
                if region
                else IndicatorAnswerRow.innovation_id == innovation_id
            )
            backing = (
                select(AnswerEvidenceRow.evidence_id)
                .join(IndicatorAnswerRow, IndicatorAnswerRow.id == AnswerEvidenceRow.answer_id)
                .where(condition)
            )
            query = query.where(EvidenceRow.id.in_(backing))
        return [_to_evidence(r) for r in session.scalars(query)]


def evidence_links(
    service: WorkshopService, innovation_id: str | None = None, region: bool = False
) -> list[EvidenceLink]:
    """Evidence with the answers it backs, one entry per (evidence, answer)."""
    answers = {a.id: a for a in list_answers(service, innovation_id, region=region)}
    filtered = region or innovation_id is not None
    entries = []
    for item in list_evidence(service, innovation_id, region):
        backed = [a for a in answers.values() if item.id in a.evidence_ids]
        if not backed and not filtered:
            entries.append(EvidenceLink(item, None))
        entries.extend(
            EvidenceLink(item, a)
            for a in sorted(
                backed, key=lambda a: (a.year, a.innovation_id or "", _indicator_key(a))
            )
        )
    return entries


def get_evidence(service: WorkshopService, evidence_id: str) -> Evidence:
    with service._read() as session:
        return _to_evidence(_evidence_row(session, evidence_id))


def evidence_bytes(service: WorkshopService, evidence_id: str) -> bytes:
    """The stored bytes of a file evidence (BadInput for a link)."""
    with service._read() as session:
        row = _evidence_row(session, evidence_id)
        if row.sha256 is None and row.link:
            raise BadInput(_("Bukti ini berupa tautan, bukan berkas: {link}").format(link=row.link))
        if row.sha256 is None:  # e.g. imported from a workbook by its name only
            raise BadInput(
                _(
                    "Isi berkas bukti ini tidak tersimpan di lokakarya (hanya namanya): {name}"
                ).format(name=row.file_name or row.title)
            )
        return session.execute(
            select(EvidenceBlobRow.data).where(EvidenceBlobRow.sha256 == row.sha256)
        ).scalar_one()


def export_evidence(service: WorkshopService, evidence_id: str, out: Path) -> Path:
    """Write a file evidence's stored bytes to `out` (the folder must exist)."""
    out = Path(out)
    if not out.parent.exists():
        raise BadInput(_("Folder tidak ditemukan: {path}").format(path=out.parent))
    if out.is_dir():
        raise BadInput(_("Tujuan adalah folder, bukan berkas: {path}").format(path=out))
    data = evidence_bytes(service, evidence_id)
    out.write_bytes(data)
    return out


def stored_file_count(service: WorkshopService) -> tuple[int, int]:
    """(files, bytes) held inside the workshop: each content once."""
    with service._read() as session:
        count, total = session.execute(
            select(func.count(), func.coalesce(func.sum(EvidenceBlobRow.size), 0))
        ).one()
        return int(count), int(total)


# -- writing ------------------------------------------------------------------------------


def add_evidence(
    service: WorkshopService,
    *,
    path: Path | None = None,
    link: str | None = None,
    title: str = "",
    number: str = "",
    doc_date: date | None = None,
    indicator: str | None = None,
    innovation_id: str | None = None,
    year: int | None = None,
) -> Evidence:
    """Keep a file (its bytes inside the workshop) or a link; with `indicator`, attach it to
    that answer of `innovation_id` (None: the region). Refused whole, nothing written."""
    content = _content(path, link)
    answer_key: tuple[str, int] | None = None  # (indicator, year) of the answer it backs
    if indicator is not None:
        answer_year = year or default_year(service)
        answer_key = (check_indicator(indicator, innovation_id, answer_year), answer_year)
    with service._write() as session:
        if answer_key is not None:
            _check_innovation(session, innovation_id)
        row = EvidenceRow(
            title=clean_text(title) or content.get("file_name", ""),
            number=clean_text(number),
            doc_date=doc_date,
        )
        _store_content(session, row, content)
        session.add(row)
        session.flush()
        if answer_key is not None:
            answer = _answer_row_or_new(session, answer_key[0], innovation_id, answer_key[1])
            _attach(session, answer, row.id)
        return _to_evidence(row)


def update_evidence(service: WorkshopService, evidence_id: str, **changes) -> Evidence:
    """Change title, number or doc_date (what identifies the document, not its content)."""
    allowed = {"title", "number", "doc_date"}
    unknown = set(changes) - allowed
    if unknown:
        raise BadInput(_("Isian tidak dikenal: {names}").format(names=", ".join(unknown)))
    with service._write() as session:
        row = _evidence_row(session, evidence_id)
        for key, value in changes.items():
            setattr(row, key, clean_text(value) if isinstance(value, str) else value)
        return _to_evidence(row)


def replace_evidence(
    service: WorkshopService, evidence_id: str, *, path: Path | None = None, link: str | None = None
) -> Evidence:
    """New content for an evidence item; every answer it backs waits for verification again."""
    content = _content(path, link)
    with service._write() as session:
        row = _evidence_row(session, evidence_id)
        old_sha = row.sha256
        if content.get("sha256") == old_sha and content.get("link", "") == row.link:
            return _to_evidence(row)
        _store_content(session, row, content)
        answer_ids = session.scalars(
            select(AnswerEvidenceRow.answer_id).where(AnswerEvidenceRow.evidence_id == row.id)
        ).all()
        for answer in session.scalars(
            select(IndicatorAnswerRow).where(IndicatorAnswerRow.id.in_(answer_ids))
        ):
            answer.status = Verification.MENUNGGU.value
        session.flush()
        _drop_unused_blob(session, old_sha)
        return _to_evidence(row)


def attach_evidence(
    service: WorkshopService,
    evidence_id: str,
    indicator: str,
    innovation_id: str | None = None,
    year: int | None = None,
) -> IndicatorAnswer:
    """Let an evidence item back one more answer (the same SK for several innovations)."""
    year = year or default_year(service)
    indicator = check_indicator(indicator, innovation_id, year)
    with service._write() as session:
        _check_innovation(session, innovation_id)
        _evidence_row(session, evidence_id)
        answer = _answer_row_or_new(session, indicator, innovation_id, year)
        _attach(session, answer, evidence_id)
        session.flush()
        return _to_answer(answer, _links(session).get(answer.id, []))


def detach_evidence(service: WorkshopService, evidence_id: str, answer_id: str) -> IndicatorAnswer:
    with service._write() as session:
        answer = _get_answer_row(session, answer_id)
        link = session.get(AnswerEvidenceRow, (answer_id, evidence_id))
        if link is not None:
            session.delete(link)
            answer.status = Verification.MENUNGGU.value
        session.flush()
        return _to_answer(answer, _links(session).get(answer.id, []))


def delete_evidence(service: WorkshopService, evidence_id: str) -> None:
    """Remove an evidence item; the answers it backed wait for verification again."""
    with service._write() as session:
        row = _evidence_row(session, evidence_id)
        answer_ids = session.scalars(
            select(AnswerEvidenceRow.answer_id).where(AnswerEvidenceRow.evidence_id == row.id)
        ).all()
        for answer in session.scalars(
            select(IndicatorAnswerRow).where(IndicatorAnswerRow.id.in_(answer_ids))
        ):
            answer.status = Verification.MENUNGGU.value
        session.execute(delete(AnswerEvidenceRow).where(AnswerEvidenceRow.evidence_id == row.id))
        sha = row.sha256
        session.delete(row)
        session.flush()
        _drop_unused_blob(session, sha)


def set_answer(
    service: WorkshopService,
    indicator: str,
    innovation_id: str | None = None,
    year: int | None = None,
    *,
    parameter: object = _UNSET,
    status: Verification | str | None = None,
    note: str | None = None,
    **checks: bool,
) -> IndicatorAnswer:
    """Choose the parameter, record the verification (status and note) and the officer's
    ticks (check_name, check_signed, check_highlighted) of one answer."""
    year = year or default_year(service)
    indicator = check_indicator(indicator, innovation_id, year)
    unknown = set(checks) - set(HAND_CHECKS)
    if unknown:
        raise BadInput(_("Isian tidak dikenal: {names}").format(names=", ".join(unknown)))
    change_parameter = parameter is not _UNSET
    chosen = check_parameter(parameter) if change_parameter else None
    verdict = Verification.parse(status) if status is not None else None
    with service._write() as session:
        _check_innovation(session, innovation_id)
        row = _answer_row_or_new(session, indicator, innovation_id, year)
        if change_parameter:
            row.parameter = chosen
        if verdict is not None:
            row.status = verdict.value
        if note is not None:
            row.note = clean_text(note)
        for key, value in checks.items():
            setattr(row, key, bool(value))
        session.flush()
        return _to_answer(row, _links(session).get(row.id, []))


# -- inside a session ---------------------------------------------------------------------


def _content(path: Path | None, link: str | None) -> dict:
    """What a new evidence content is, checked before anything is written."""
    if link is not None and path is None:
        return {
            "link": check_link(link),
            "sha256": None,
            "size": None,
            "file_name": "",
            "media_type": "",
        }
    if path is None or link is not None:
        raise BadInput(_("Sebutkan tepat satu: berkas atau tautan."))
    path = Path(path)
    if not path.is_file():
        raise BadInput(_("Berkas tidak ditemukan: {path}").format(path=path))
    check_evidence_size(path.stat().st_size, path.name, MAX_EVIDENCE_BYTES)
    data = path.read_bytes()
    check_evidence_size(len(data), path.name, MAX_EVIDENCE_BYTES)  # it may have grown
    return {
        "data": data,
        "sha256": hashlib.sha256(data).hexdigest(),
        "size": len(data),
        "file_name": path.name,
        "link": "",
        "media_type": mimetypes.guess_type(path.name)[0] or "application/octet-stream",
    }


def _store_content(session: Session, row: EvidenceRow, content: dict) -> None:
    sha = content["sha256"]
    if sha is not None and session.get(EvidenceBlobRow, sha) is None:
        session.add(EvidenceBlobRow(sha256=sha, size=content["size"], data=content["data"]))
        session.flush()
    row.sha256 = sha
    row.size = content["size"]
    row.file_name = content["file_name"]
    row.media_type = content["media_type"]
    row.link = content["link"]


def _drop_unused_blob(session: Session, sha: str | None) -> None:
    if sha is None:
        return
    used = session.scalar(
        select(func.count()).select_from(EvidenceRow).where(EvidenceRow.sha256 == sha)
    )
    if not used:
        session.execute(delete(EvidenceBlobRow).where(EvidenceBlobRow.sha256 == sha))


def _evidence_row(session: Session, evidence_id: str) -> EvidenceRow:
    key = (evidence_id or "").strip()
    row = session.get(EvidenceRow, key)
    if row is None and len(key) >= 4:  # the short id the CLI prints
        found = session.scalars(select(EvidenceRow).where(EvidenceRow.id.startswith(key))).all()
        row = found[0] if len(found) == 1 else None
    if row is None:
        raise BadInput(_("Bukti tidak ditemukan: {id}").format(id=evidence_id))
    return row


def _get_answer_row(session: Session, answer_id: str) -> IndicatorAnswerRow:
    row = session.get(IndicatorAnswerRow, answer_id)
    if row is None:
        raise BadInput(_("Jawaban indikator tidak ditemukan: {id}").format(id=answer_id))
    return row


def _answer_row(
    session: Session, indicator: str, innovation_id: str | None, year: int
) -> IndicatorAnswerRow | None:
    """The one answer for (innovation or region, indicator, year)."""
    owner = (
        IndicatorAnswerRow.innovation_id.is_(None)
        if innovation_id is None
        else IndicatorAnswerRow.innovation_id == innovation_id
    )
    return session.scalars(
        select(IndicatorAnswerRow)
        .where(owner, IndicatorAnswerRow.indicator == indicator, IndicatorAnswerRow.year == year)
        .order_by(IndicatorAnswerRow.created_at, IndicatorAnswerRow.id)
    ).first()


def _answer_row_or_new(
    session: Session, indicator: str, innovation_id: str | None, year: int
) -> IndicatorAnswerRow:
    """The one answer, made (Menunggu, nothing checked) when there is none yet."""
    row = _answer_row(session, indicator, innovation_id, year)
    if row is None:
        row = IndicatorAnswerRow(
            innovation_id=innovation_id,
            indicator=indicator,
            year=year,
            status=Verification.MENUNGGU.value,
            note="",
            check_name=False,
            check_signed=False,
            check_highlighted=False,
        )
        session.add(row)
        session.flush()
    return row


def _attach(session: Session, answer: IndicatorAnswerRow, evidence_id: str) -> None:
    if session.get(AnswerEvidenceRow, (answer.id, evidence_id)) is None:
        session.add(AnswerEvidenceRow(answer_id=answer.id, evidence_id=evidence_id))
        answer.status = Verification.MENUNGGU.value


def _check_innovation(session: Session, innovation_id: str | None) -> None:
    """An answer belongs to an innovation of this workshop (or to the region: None)."""
    if innovation_id is None:
        return
    if session.get(InnovationRow, innovation_id) is None:
        raise BadInput(_("Inovasi tidak ditemukan: {id}").format(id=innovation_id))
