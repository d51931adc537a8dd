""" "Mulai tahun berikutnya": a new assessment year starts from this year's answers and evidence,
not empty. Each answer comes over with its parameter and documents, waiting for verification
again; an answer whose documents the new year's rules date out of their window is marked
"perlu diperbarui". Answers the new year already has are left as they are."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from labinovasi.domain import BadInput
from labinovasi.domain.evidence import Verification, date_problem
from labinovasi.domain.iga import rules_for_year
from labinovasi.i18n import _
from labinovasi.services.workshop_service import WorkshopService
from labinovasi.storage.models import (
    AnswerEvidenceRow,
    EvidenceRow,
    IndicatorAnswerRow,
    InnovationRow,
)

UPDATE_MARK = "perlu diperbarui"  # the note's first words on an answer that needs new papers


@dataclass
class CarriedAnswer:
    owner: str  # the innovation's name, or "" for the region
    indicator: str
    reasons: list[str] = field(default_factory=list)
    # the innovation's IGA registration number: the portal's link to last year's entry
    registration: str = ""

    def to_json(self) -> dict:
        return {
            "owner": self.owner,
            "indicator": self.indicator,
            "reasons": self.reasons,
            "registration": self.registration,
        }


@dataclass
class YearStart:
    from_year: int
    to_year: int
    copied: list[CarriedAnswer] = field(default_factory=list)
    kept: int = 0  # answers the new year already had
    dropped: list[str] = field(default_factory=list)  # indicators the new year does not ask
    # innovations carried over, by name → IGA registration number ("" where none yet)
    registrations: dict[str, str] = field(default_factory=dict)

    @property
    def to_update(self) -> list[CarriedAnswer]:
        return [a for a in self.copied if a.reasons]

    def to_json(self) -> dict:
        return {
            "from_year": self.from_year,
            "to_year": self.to_year,
            "copied": len(self.copied),
            "to_update": [a.to_json() for a in self.to_update],
            "kept": self.kept,
            "dropped": sorted(set(self.dropped)),
            "registrations": dict(sorted(self.registrations.items())),
        }


def start_next_year(service: WorkshopService, from_year: int, to_year: int) -> YearStart:
    """Carry `from_year`'s answers into `to_year` in one transaction (safe to repeat)."""
    if to_year <= from_year:
        raise BadInput(
            _("Tahun baru ({new}) harus sesudah {old}.").format(new=to_year, old=from_year)
        )
    rules = rules_for_year(to_year)  # BadInput when no rule file ships for that year
    report = YearStart(from_year, to_year)
    with service._write() as session:
        innovations = session.execute(
            select(InnovationRow.id, InnovationRow.name, InnovationRow.registration_number)
        ).all()
        names = {ident: name for ident, name, _number in innovations}
        numbers = {ident: number or "" for ident, _name, number in innovations}
        documents = {row.id: row for row in session.scalars(select(EvidenceRow))}
        links: dict[str, list[str]] = {}
        for answer_id, evidence_id in session.execute(
            select(AnswerEvidenceRow.answer_id, AnswerEvidenceRow.evidence_id).order_by(
                AnswerEvidenceRow.created_at, AnswerEvidenceRow.evidence_id
            )
        ):
            links.setdefault(answer_id, []).append(evidence_id)
        answers = session.scalars(
            select(IndicatorAnswerRow).where(IndicatorAnswerRow.year.in_((from_year, to_year)))
        ).all()
        present = {(a.innovation_id, a.indicator) for a in answers if a.year == to_year}
        for old in (a for a in answers if a.year == from_year):
            indicator = rules.indicator(old.indicator)
            if indicator is None:
                report.dropped.append(old.indicator)
                continue
            if (old.innovation_id, old.indicator) in present:
                report.kept += 1
                continue
            owner = old.innovation_id or ""
            carried = CarriedAnswer(names.get(owner, ""), old.indicator)
            if owner:
                carried.registration = numbers.get(owner, "")
                report.registrations[carried.owner] = carried.registration
            window = rules.evidence_window(old.indicator)
            for evidence_id in links.get(old.id, []):
                document = documents.get(evidence_id)
                if document is None or document.link:
                    continue
                problem = date_problem(document.doc_date, window)
                if problem:
                    carried.reasons.append(f"{document.title or document.file_name}: {problem}")
            new = IndicatorAnswerRow(
                innovation_id=old.innovation_id,
                indicator=old.indicator,
                year=to_year,
                parameter=old.parameter,
                status=Verification.MENUNGGU.value,
                note=(f"{UPDATE_MARK}: " + "; ".join(carried.reasons)) if carried.reasons else "",
                check_name=old.check_name,
                check_signed=old.check_signed,
                check_highlighted=old.check_highlighted,
            )
            session.add(new)
            session.flush()
            for evidence_id in links.get(old.id, []):
                session.add(AnswerEvidenceRow(answer_id=new.id, evidence_id=evidence_id))
            report.copied.append(carried)
    return report
