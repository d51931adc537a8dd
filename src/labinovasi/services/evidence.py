"""Evidence (bukti dukung) kept inside the workshop, and the indicator answers it backs.

A file's bytes are stored once per sha256 in the workshop itself, so a copy, a backup or a USB
stick carries them and opening or exporting works offline. Attaching, detaching or replacing
an answer's evidence sets its verification back to "menunggu": the verifier looks again.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import shutil
import stat
import tempfile
import time
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from labinovasi.domain import BadInput, RuleRefused, iga
from labinovasi.domain.evidence import (
    HAND_CHECKS,
    Evidence,
    IndicatorAnswer,
    Verification,
    check_evidence_size,
    check_indicator_number,
    check_link,
    check_parameter,
    check_taking_away,
    file_extension,
    opens_safely,
    parse_figure,
    safe_file_name,
)
from labinovasi.domain.limits import MAX_EVIDENCE_BYTES
from labinovasi.domain.rules import check_text
from labinovasi.i18n import _
from labinovasi.services.output_files import check_target, whole_file
from labinovasi.services.workshop_service import WorkshopService
from labinovasi.storage.models import (
    AnswerEvidenceRow,
    EvidenceBlobRow,
    EvidenceRow,
    IndicatorAnswerRow,
    InnovationRow,
    OpdRow,
    utcnow,
)

_UNSET = object()


@dataclass(frozen=True)
class EvidenceLink:
    """One evidence item as it backs one answer (an item backing none has answer None)."""

    evidence: Evidence
    answer: IndicatorAnswer | None


@dataclass(frozen=True)
class Use:
    """One answer an evidence item backs, and whose it is: what a confirmation names."""

    answer: IndicatorAnswer
    innovation_name: str = ""  # "" for the region's (pemda) answers
    opd: str = ""

    @property
    def owner(self) -> str:
        if self.answer.innovation_id is None:
            return _("Pemda")
        return " · ".join(part for part in (self.opd, self.innovation_name) if part)

    @property
    def label(self) -> str:
        return _("{owner}, indikator {no} ({status})").format(
            owner=self.owner, no=self.answer.indicator, status=self.answer.status.label
        )


@dataclass(frozen=True)
class Removal:
    """What deleting one evidence item did: the answers it backed (now menunggu) and whether
    its stored file went too (no other evidence item had the same content)."""

    evidence: Evidence
    uses: list[Use]
    blob_removed: bool


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
        basis=row.basis or "",
        figure_t1=Decimal(row.figure_t1) if row.figure_t1 else None,
        figure_t2=Decimal(row.figure_t2) if row.figure_t2 else None,
        updated_at=row.updated_at,
        verified_at=row.verified_at,
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


def evidence_limit(indicator: str | None = None, year: int | None = None) -> int:
    """The largest file (bytes) indicator `indicator` of `year` takes as evidence: the rule
    file's `max_mb` for it or its default, never more than the workshop carries."""
    if indicator is None or year not in iga.available_years():
        return MAX_EVIDENCE_BYTES  # e.g. an answer imported for a year no rule file covers
    return min(rules(year).evidence_max_bytes(indicator), MAX_EVIDENCE_BYTES)


def evidence_uses(service: WorkshopService, evidence_id: str) -> list[Use]:
    """Every answer an evidence item backs, with the innovation and OPD it belongs to."""
    with service._read() as session:
        return _uses(session, _evidence_row(session, evidence_id).id)


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
        data = session.execute(
            select(EvidenceBlobRow.data).where(EvidenceBlobRow.sha256 == row.sha256)
        ).scalar_one()
        if not data and row.size:  # a station copy made without the evidence files' bytes
            raise BadInput(
                _(
                    "Isi berkas bukti ini tidak dibawa salinan stasiun ini; bukalah di berkas "
                    "utama: {name}"
                ).format(name=row.file_name or row.title)
            )
        return data


def export_evidence(service: WorkshopService, evidence_id: str, out: Path) -> Path:
    """Write a file evidence's stored bytes to `out`: a file (its folder must exist), or an
    existing folder, where it gets the item's stored name made safe (`safe_file_name`)."""
    out = Path(out)
    if out.is_dir():
        out = out / safe_file_name(get_evidence(service, evidence_id).file_name)
    out = check_target(out)
    data = evidence_bytes(service, evidence_id)
    with whole_file(out) as temp:
        temp.write_bytes(data)
    return out


TEMP_PREFIX = "labinovasi-bukti-"
STALE_TEMP_SECONDS = 24 * 3600  # a copy opened a day ago has long been read


def temp_copy(service: WorkshopService, evidence_id: str) -> Path:
    """The stored bytes written for the system's opener: into a new private folder
    (tempfile.mkdtemp: this user only), under the item's name made safe, never anywhere its
    stored name points. Refused (RuleRefused) for a type that could run (`opens_safely`):
    save it with export_evidence and look at it knowingly instead. Copies left by earlier
    runs are removed first."""
    item = get_evidence(service, evidence_id)
    name = safe_file_name(item.file_name)
    if not opens_safely(name):
        raise RuleRefused(
            _(
                "Berkas {name} tidak dibuka langsung: jenis .{kind} dapat menjalankan program. "
                "Simpan sebagai berkas lalu periksa dulu."
            ).format(name=name, kind=file_extension(name) or "?")
        )
    data = evidence_bytes(service, evidence_id)
    remove_stale_temp_copies()
    folder = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX))
    path = folder / name
    with path.open("xb") as handle:  # a fresh folder: nothing there to follow or replace
        handle.write(data)
    return path


def remove_stale_temp_copies(max_age: float = STALE_TEMP_SECONDS) -> int:
    """Remove this user's evidence copies older than `max_age` seconds (the opener has long
    read them; a kill or a crash left them): how many folders went."""
    removed = 0
    now = time.time()
    uid = os.getuid() if hasattr(os, "getuid") else None  # Windows: the temp folder is per user
    for folder in Path(tempfile.gettempdir()).glob(TEMP_PREFIX + "*"):
        try:
            info = folder.lstat()
            if not stat.S_ISDIR(info.st_mode) or (uid is not None and info.st_uid != uid):
                continue
            if now - info.st_mtime < max_age:
                continue
            shutil.rmtree(folder)
            removed += 1
        except OSError:
            continue  # another run removed it, or it is not ours to remove
    return removed


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
    answer_key: tuple[str, int] | None = None  # (indicator, year) of the answer it backs
    if indicator is not None:
        answer_year = year or default_year(service)
        answer_key = (check_indicator(indicator, innovation_id, answer_year), answer_year)
    limit = evidence_limit(*answer_key) if answer_key else evidence_limit()
    content = _content(path, link, limit, answer_key[0] if answer_key else None)
    with service._write() as session:
        if answer_key is not None:
            _check_innovation(session, innovation_id)
        row = EvidenceRow(
            title=check_text(title) or content.get("file_name", ""),
            number=check_text(number),
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
    """Change title, number or doc_date: what identifies the document, not its content. A
    new number or date sends the answers it backs back to menunggu (the verifier checked the
    document by them; the date is what the year window checks); a new title does not."""
    allowed = {"title", "number", "doc_date"}
    unknown = set(changes) - allowed
    if unknown:
        raise BadInput(_("Isian tidak dikenal: {names}").format(names=", ".join(unknown)))
    doc_date = changes.get("doc_date")
    if doc_date is not None and not isinstance(doc_date, date):
        raise BadInput(_("Tanggal dokumen tidak sah: {value}").format(value=doc_date))
    with service._write() as session:
        row = _evidence_row(session, evidence_id)
        before = (row.number, row.doc_date)
        if "title" in changes:
            row.title = check_text(changes["title"] or "") or row.file_name or row.link
        if "number" in changes:
            row.number = check_text(changes["number"] or "")
        if "doc_date" in changes:
            row.doc_date = doc_date
        if (row.number, row.doc_date) != before:
            _wait_again(session, row.id)
        session.flush()
        return _to_evidence(row)


def replace_evidence(
    service: WorkshopService, evidence_id: str, *, path: Path | None = None, link: str | None = None
) -> Evidence:
    """New content for an evidence item; every answer it backs waits for verification again."""
    # The new file must fit every indicator the item backs: the smallest limit counts.
    limits = [
        (evidence_limit(u.answer.indicator, u.answer.year), u.answer.indicator)
        for u in evidence_uses(service, evidence_id)
    ]
    limit, indicator = min(limits, default=(evidence_limit(), None))
    content = _content(path, link, limit, indicator)
    with service._write() as session:
        row = _evidence_row(session, evidence_id)
        old_sha = row.sha256
        if content.get("sha256") == old_sha and content.get("link", "") == row.link:
            return _to_evidence(row)
        _store_content(session, row, content)
        _wait_again(session, row.id)
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
        item = _evidence_row(session, evidence_id)
        if item.size is not None:
            check_evidence_size(
                item.size, item.file_name, evidence_limit(indicator, year), indicator
            )
        answer = _answer_row_or_new(session, indicator, innovation_id, year)
        _attach(session, answer, item.id)
        session.flush()
        return _to_answer(answer, _links(session).get(answer.id, []))


def detach_evidence(
    service: WorkshopService, evidence_id: str, answer_id: str, *, force: bool = False
) -> IndicatorAnswer:
    """Stop an evidence item backing one answer; it stays stored and keeps backing the others.
    The answer waits for verification again (an accepted one only with `force`)."""
    with service._write() as session:
        item = _evidence_row(session, evidence_id)
        answer = _get_answer_row(session, answer_id)
        _detach(session, item, answer, force)
        session.flush()
        return _to_answer(answer, _links(session).get(answer.id, []))


def detach_from(
    service: WorkshopService,
    evidence_id: str,
    indicator: str,
    innovation_id: str | None = None,
    year: int | None = None,
    *,
    force: bool = False,
) -> IndicatorAnswer:
    """detach_evidence for the answer named as the command line names it: an innovation (or
    the region, None), an indicator number and the assessment year."""
    year = year or default_year(service)
    indicator = check_indicator(indicator, innovation_id, year)
    with service._write() as session:
        _check_innovation(session, innovation_id)
        item = _evidence_row(session, evidence_id)
        answer = _answer_row(session, indicator, innovation_id, year)
        if answer is None:
            raise BadInput(_not_backing(item, indicator, year))
        _detach(session, item, answer, force)
        session.flush()
        return _to_answer(answer, _links(session).get(answer.id, []))


def delete_evidence(service: WorkshopService, evidence_id: str, *, force: bool = False) -> Removal:
    """Remove an evidence item from every answer and from the workshop; the answers it backed
    wait for verification again (accepted ones only with `force`), and its stored file goes
    when no other item has the same content."""
    with service._write() as session:
        row = _evidence_row(session, evidence_id)
        uses = _uses(session, row.id)
        check_taking_away(
            [u.label for u in uses if u.answer.status is Verification.DITERIMA], force
        )
        item = _to_evidence(row)
        _wait_again(session, row.id)
        session.execute(delete(AnswerEvidenceRow).where(AnswerEvidenceRow.evidence_id == row.id))
        session.delete(row)
        session.flush()
        removed = _drop_unused_blob(session, item.sha256)
        return Removal(item, _uses_after(uses), removed)


def set_answer(
    service: WorkshopService,
    indicator: str,
    innovation_id: str | None = None,
    year: int | None = None,
    *,
    parameter: object = _UNSET,
    status: Verification | str | None = None,
    note: str | None = None,
    basis: str | None = None,
    figures: tuple[object, object] | None = None,
    **checks: bool,
) -> IndicatorAnswer:
    """Choose the parameter, record the verification (status and note) and the officer's
    ticks (check_name, check_signed, check_highlighted) of one answer. `basis`: the
    measurement basis (indicator 33); `figures` (T1, T2): an SPD indicator's two years'
    figures, from which its parameter is worked out as the portal does."""
    year = year or default_year(service)
    indicator = check_indicator(indicator, innovation_id, year)
    rule = rules(year).indicator(indicator)
    unknown = set(checks) - set(HAND_CHECKS)
    if unknown:
        raise BadInput(_("Isian tidak dikenal: {names}").format(names=", ".join(unknown)))
    change_parameter = parameter is not _UNSET
    chosen = check_parameter(parameter) if change_parameter else None
    if rule is not None and chosen is not None and chosen > rule.top:
        raise BadInput(
            _("Indikator {no} hanya punya parameter 1 sampai {top}.").format(
                no=indicator, top=rule.top
            )
        )
    if basis and (rule is None or basis not in {b.key for b in rule.bases}):
        raise BadInput(
            _("Dasar pengukuran \u201c{basis}\u201d tidak ada untuk indikator {no}.").format(
                basis=basis, no=indicator
            )
        )
    t1 = t2 = None
    if figures is not None:
        if rule is None or rule.derive is None:
            raise BadInput(
                _("Indikator {no} tidak dihitung dari angka dua tahun.").format(no=indicator)
            )
        t1, t2 = parse_figure(figures[0]), parse_figure(figures[1])
        if t2 is not None:
            change_parameter, chosen = True, rule.derive.parameter(t1, t2)
    verdict = Verification.parse(status) if status is not None else None
    with service._write() as session:
        _check_innovation(session, innovation_id)
        row = _answer_row_or_new(session, indicator, innovation_id, year)
        if change_parameter:
            row.parameter = chosen
        if verdict is not None:
            if verdict is Verification.MENUNGGU:
                row.verified_at = None
            elif verdict.value != row.status or row.verified_at is None:
                row.verified_at = utcnow()  # the day of the verdict, not of a later tick
            row.status = verdict.value
        if note is not None:
            row.note = check_text(note)
        if basis is not None:
            row.basis = basis
        if figures is not None:
            row.figure_t1 = str(t1) if t1 is not None else None
            row.figure_t2 = str(t2) if t2 is not None else None
        for key, value in checks.items():
            setattr(row, key, bool(value))
        session.flush()
        return _to_answer(row, _links(session).get(row.id, []))


# -- inside a session ---------------------------------------------------------------------


def _content(
    path: Path | None,
    link: str | None,
    limit: int = MAX_EVIDENCE_BYTES,
    indicator: str | None = None,
) -> dict:
    """What a new evidence content is, checked (against the size `limit` of `indicator`)
    before anything is written."""
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
    check_evidence_size(path.stat().st_size, path.name, limit, indicator)
    data = path.read_bytes()
    check_evidence_size(len(data), path.name, limit, indicator)  # it may have grown
    return {
        "data": data,
        "sha256": hashlib.sha256(data).hexdigest(),
        "size": len(data),
        "file_name": safe_file_name(path.name),
        "link": "",
        "media_type": mimetypes.guess_type(safe_file_name(path.name))[0]
        or "application/octet-stream",
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


def _drop_unused_blob(session: Session, sha: str | None) -> bool:
    """Drop a stored file no evidence item refers to any more; True when it went."""
    if sha is None:
        return False
    used = session.scalar(
        select(func.count()).select_from(EvidenceRow).where(EvidenceRow.sha256 == sha)
    )
    if used:
        return False
    session.execute(delete(EvidenceBlobRow).where(EvidenceBlobRow.sha256 == sha))
    return True


def _wait_again(session: Session, evidence_id: str) -> None:
    """Every answer the item backs waits for the verifier again."""
    answer_ids = select(AnswerEvidenceRow.answer_id).where(
        AnswerEvidenceRow.evidence_id == evidence_id
    )
    for answer in session.scalars(
        select(IndicatorAnswerRow).where(IndicatorAnswerRow.id.in_(answer_ids))
    ):
        answer.status = Verification.MENUNGGU.value


def _uses(session: Session, evidence_id: str) -> list[Use]:
    answer_ids = select(AnswerEvidenceRow.answer_id).where(
        AnswerEvidenceRow.evidence_id == evidence_id
    )
    rows = session.scalars(
        select(IndicatorAnswerRow).where(IndicatorAnswerRow.id.in_(answer_ids))
    ).all()
    links = _links(session)
    names = {
        innovation_id: (name, abbreviation or opd_name)
        for innovation_id, name, abbreviation, opd_name in session.execute(
            select(InnovationRow.id, InnovationRow.name, OpdRow.abbreviation, OpdRow.name).join(
                OpdRow, OpdRow.id == InnovationRow.opd_id
            )
        )
    }
    uses = []
    for row in rows:
        name, opd = names.get(row.innovation_id, ("", "")) if row.innovation_id else ("", "")
        uses.append(Use(_to_answer(row, links.get(row.id, [])), name, opd))
    return sorted(
        uses, key=lambda u: (u.answer.year, u.opd, u.innovation_name, _indicator_key(u.answer))
    )


def _uses_after(uses: list[Use]) -> list[Use]:
    """The uses as they are after a removal: waiting again."""
    return [
        Use(replace(u.answer, status=Verification.MENUNGGU), u.innovation_name, u.opd) for u in uses
    ]


def _not_backing(item: EvidenceRow, indicator: str, year: int) -> str:
    return _("Bukti {label} tidak mendukung indikator {no} ({year}) itu.").format(
        label=item.title or item.file_name or item.link, no=indicator, year=year
    )


def _detach(session: Session, item: EvidenceRow, answer: IndicatorAnswerRow, force: bool) -> None:
    link = session.get(AnswerEvidenceRow, (answer.id, item.id))
    if link is None:
        raise BadInput(_not_backing(item, answer.indicator, answer.year))
    if answer.status == Verification.DITERIMA.value:
        [use] = [u for u in _uses(session, item.id) if u.answer.id == answer.id]
        check_taking_away([use.label], force)
    session.delete(link)
    answer.status = Verification.MENUNGGU.value


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
