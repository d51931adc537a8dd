"""The evidence checklist of one innovation (or of the region) and the Desk Inovasi's
verification views: per OPD and per indicator, what is missing and what waits."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date

from labinovasi.domain import iga
from labinovasi.domain.evidence import (
    Evidence,
    IndicatorAnswer,
    Verification,
    answer_problems,
)
from labinovasi.domain.limits import MAX_EVIDENCE_BYTES
from labinovasi.domain.papers import VerificationRecord, VerifiedAnswer
from labinovasi.i18n import _
from labinovasi.services import evidence as ev
from labinovasi.services.innovations import Innovations
from labinovasi.services.workshop_service import WorkshopService


@dataclass
class ChecklistRow:
    """One indicator of one innovation (or of the region) as the checklist shows it."""

    indicator: iga.Indicator
    answer: IndicatorAnswer | None
    evidence: list[Evidence]
    problems: list[str]
    max_bytes: int = MAX_EVIDENCE_BYTES  # the largest file this indicator takes

    @property
    def claimed(self) -> bool:
        return self.answer is not None and self.answer.claimed

    @property
    def state(self) -> str:
        """ "kosong" (nothing claimed) or the verification status of a claimed answer."""
        if self.answer is None or not self.claimed:
            return "kosong"
        return self.answer.status.value


def _rows(
    service: WorkshopService, indicators, answers: list[IndicatorAnswer], rules: iga.IgaRules
) -> list[ChecklistRow]:
    items = {e.id: e for e in ev.list_evidence(service)}
    by_no = {a.indicator: a for a in answers}
    rows = []
    for indicator in indicators:
        answer = by_no.get(indicator.no)
        attached = [items[i] for i in (answer.evidence_ids if answer else []) if i in items]
        empty = IndicatorAnswer(id="", indicator=indicator.no, year=rules.year)
        limit = ev.evidence_limit(indicator.no, rules.year)
        window = rules.evidence_window(indicator.no)
        problems = answer_problems(
            answer or empty, attached, indicator.file_types, limit, window, indicator.hand_checks
        )
        rows.append(ChecklistRow(indicator, answer, attached, problems, limit))
    return rows


def innovation_checklist(
    service: WorkshopService, innovation_id: str, year: int | None = None
) -> list[ChecklistRow]:
    year = year or ev.default_year(service)
    rules = ev.rules(year)
    return _rows(
        service, rules.sid_indicators, ev.list_answers(service, innovation_id, year), rules
    )


def region_checklist(service: WorkshopService, year: int | None = None) -> list[ChecklistRow]:
    year = year or ev.default_year(service)
    rules = ev.rules(year)
    return _rows(
        service, rules.spd_indicators, ev.list_answers(service, year=year, region=True), rules
    )


@dataclass
class Tally:
    """Counts of one group (an OPD, or an indicator) for the verification view."""

    key: str
    label: str
    expected: int = 0  # answers the group should have
    missing: int = 0  # no parameter or no evidence
    missing_mandatory: int = 0
    waiting: int = 0  # claimed, menunggu
    accepted: int = 0
    rejected: int = 0  # ditolak
    revision: int = 0  # perlu revisi
    innovations: int = 0

    def add(self, claimed: bool, status: Verification | None, mandatory: bool) -> None:
        self.expected += 1
        if not claimed:
            self.missing += 1
            self.missing_mandatory += mandatory
            return
        if status is Verification.DITERIMA:
            self.accepted += 1
        elif status is Verification.DITOLAK:
            self.rejected += 1
        elif status is Verification.PERLU_REVISI:
            self.revision += 1
        else:
            self.waiting += 1


@dataclass
class WaitingItem:
    answer: IndicatorAnswer
    indicator: iga.Indicator
    innovation_name: str
    opd: str
    evidence: list[Evidence] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # what the checklist would flag


@dataclass
class VerificationView:
    year: int
    per_opd: list[Tally]
    per_indicator: list[Tally]
    waiting: list[WaitingItem]


def _waiting(
    answer: IndicatorAnswer,
    indicator: iga.Indicator,
    innovation_name: str,
    opd: str,
    items: dict[str, Evidence],
    rules: iga.IgaRules,
) -> WaitingItem:
    evidence = [items[i] for i in answer.evidence_ids if i in items]
    problems = answer_problems(
        answer,
        evidence,
        indicator.file_types,
        ev.evidence_limit(indicator.no, rules.year),
        rules.evidence_window(indicator.no),
        indicator.hand_checks,
    )
    return WaitingItem(answer, indicator, innovation_name, opd, evidence, problems)


def verification_view(service: WorkshopService, year: int | None = None) -> VerificationView:
    year = year or ev.default_year(service)
    rules = ev.rules(year)
    opds = service.list_opds()
    innovations = Innovations(service).list()
    answers = {(a.innovation_id, a.indicator): a for a in ev.list_answers(service, year=year)}
    items = {e.id: e for e in ev.list_evidence(service)}
    per_opd = {o.id: Tally(o.id, o.abbreviation or o.name) for o in opds}
    per_indicator = {i.no: Tally(i.no, i.label) for i in rules.sid_indicators}
    abbreviations = {o.id: o.abbreviation or o.name for o in opds}
    waiting = []
    for innovation in innovations:
        per_opd[innovation.opd_id].innovations += 1
        for indicator in rules.sid_indicators:
            answer = answers.get((innovation.id, indicator.no))
            claimed = answer is not None and answer.claimed
            status = answer.status if answer else None
            per_opd[innovation.opd_id].add(claimed, status, indicator.mandatory)
            per_indicator[indicator.no].add(claimed, status, indicator.mandatory)
            if answer is not None and claimed and status is Verification.MENUNGGU:
                waiting.append(
                    _waiting(
                        answer,
                        indicator,
                        innovation.name,
                        abbreviations.get(innovation.opd_id, ""),
                        items,
                        rules,
                    )
                )
    region = Tally("", _("Pemda"))
    for indicator in rules.spd_indicators:
        answer = answers.get((None, indicator.no))
        claimed = answer is not None and answer.claimed
        region.add(claimed, answer.status if answer else None, indicator.mandatory)
        if answer is not None and claimed and answer.status is Verification.MENUNGGU:
            waiting.append(_waiting(answer, indicator, "", _("Pemda"), items, rules))
    return VerificationView(
        year, [region, *per_opd.values()], list(per_indicator.values()), waiting
    )


def _local_day(stamp) -> date | None:
    """A stored UTC time as the day it was on this computer's clock."""
    if stamp is None:
        return None
    return stamp.replace(tzinfo=UTC).astimezone().date()


def verification_record(service: WorkshopService, year: int | None = None) -> VerificationRecord:
    """Every claimed answer of every innovation for one assessment year, with its verdict,
    the verifier's note and the day of the verdict: plain data for the berita acara hasil
    verifikasi (the papers never read services)."""
    year = year or ev.default_year(service)
    known = year in iga.available_years()  # answers of a year no rule file covers: no names
    labels = {i.no: i.name for i in ev.rules(year).sid_indicators} if known else {}
    opds = {o.id: o for o in service.list_opds()}
    innovations = {i.id: i for i in Innovations(service).list()}
    record = VerificationRecord(year)
    for answer in ev.list_answers(service, year=year):
        innovation = innovations.get(answer.innovation_id or "")
        if innovation is None or not answer.claimed:
            continue
        opd = opds.get(innovation.opd_id)
        record.answers.append(
            VerifiedAnswer(
                opd_id=innovation.opd_id,
                opd=opd.name if opd else "",
                innovation_id=innovation.id,
                innovation=innovation.name,
                indicator=answer.indicator,
                label=labels.get(answer.indicator, ""),
                status=answer.status.value,
                note=answer.note,
                on_date=_local_day(answer.verified_at or answer.updated_at),
            )
        )
    return record
