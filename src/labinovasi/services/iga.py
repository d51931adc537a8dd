"""IGA readiness use cases: one year's portfolio read from the workshop (innovations, indicator
answers with their evidence and verification, the OPD list) for the estimate, the "siap IGA"
checklist, the what-if view and the Rekap Perkiraan IID."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from labinovasi.domain import iga
from labinovasi.domain.innovations import FIELD_LABELS, Innovation
from labinovasi.domain.lists import label as list_label
from labinovasi.i18n import _
from labinovasi.services import evidence
from labinovasi.services.innovations import Innovations
from labinovasi.services.output_files import check_target, whole_file
from labinovasi.services.workshop_service import WorkshopService
from labinovasi.storage.models import IgaPortfolioRow


def resolve_rules(
    service: WorkshopService | None = None,
    year: int | None = None,
    rules_path: str | Path | None = None,
) -> iga.IgaRules:
    """`--rules FILE` wins; else the shipped file of `year`; else of the year proposed from
    the innovations' dates (propose_year: the workshop's year when no date decides it)."""
    if rules_path is not None:
        return iga.load_rules(rules_path)
    if year is None and service is not None:
        year = propose_year(service).year
    return iga.rules_for_year(year)


def reported_flags(service: WorkshopService, year: int) -> dict[str, bool]:
    with service._read() as session:
        rows = session.scalars(select(IgaPortfolioRow).where(IgaPortfolioRow.year == year))
        return {row.innovation_id: row.reported for row in rows}


def set_reported(service: WorkshopService, innovation_id: str, year: int, reported: bool) -> None:
    """Leave an innovation out of (or put it back into) one year's report."""
    Innovations(service).get(innovation_id)  # BadInput when unknown
    with service._write() as session:
        row = session.get(IgaPortfolioRow, (innovation_id, year))
        if row is None:
            session.add(
                IgaPortfolioRow(innovation_id=innovation_id, year=year, reported=reported, note="")
            )
        else:
            row.reported = reported


def profile_missing(rules: iga.IgaRules, innovation: Innovation) -> tuple[str, ...]:
    """Labels of the profile fields its tahapan needs that are still empty."""
    needed = rules.profile_required.get(iga.stage_key(innovation.stage), ())
    return tuple(
        _(FIELD_LABELS.get(name, name))
        for name in needed
        if name not in FIELD_LABELS or innovation.value(name) in (None, "", [])
    )


def _date_or_none(value: object) -> date | None:
    return value if isinstance(value, date) else None


def iga_innovation(
    rules: iga.IgaRules,
    item: Innovation,
    opd: str = "",
    opd_name: str = "",
    reported: bool = True,
    answers: tuple[iga.Answer, ...] = (),
) -> iga.IgaInnovation:
    """An innovation as the index sees it (the estimate, the checklist, the workbook export)."""
    return iga.IgaInnovation(
        id=item.id,
        name=item.name,
        opd=opd,
        opd_name=opd_name,
        main_affair=affair_name(item.main_affair),
        reported=reported,
        answers=answers,
        stage=item.stage,
        trial_date=item.trial_date,
        launch_date=item.launch_date,
        development_date=_date_or_none(item.value("development_date")),
        design_text=item.design_text,
        profile_missing=profile_missing(rules, item),
    )


def affair_name(key: str) -> str:
    """The urusan as the national form names it (innovations store its code)."""
    return list_label("urusan", key) if key else ""


def propose_year(service: WorkshopService) -> iga.YearProposal:
    """The assessment year the workshop's innovations' dates point to (domain propose_year
    over every shipped rule file), the workshop's year when no date decides it."""
    shipped = {year: evidence.rules(year) for year in iga.available_years()}
    fallback = evidence.default_year(service)
    any_rules = shipped.get(fallback) or next(iter(shipped.values()), None)
    if any_rules is None:
        return iga.YearProposal(fallback, "", from_dates=False)
    items = [iga_innovation(any_rules, item) for item in Innovations(service).list()]
    return iga.propose_year(shipped, items, fallback)


def load_portfolio(
    service: WorkshopService, year: int | None = None, rules_path: str | Path | None = None
) -> iga.IgaPortfolio:
    """One year's portfolio; with neither `year` nor `rules_path`, the year proposed from the
    innovations' dates (the portfolio's `proposal` says why)."""
    proposal = None
    if year is None and rules_path is None:
        proposal = propose_year(service)
        year = proposal.year
    rules = resolve_rules(service, year, rules_path)
    opds = service.list_opds()
    abbreviation = {opd.id: opd.abbreviation for opd in opds}
    names = {opd.id: opd.name for opd in opds}
    answers: dict[str | None, list[iga.Answer]] = {}
    for answer in evidence.list_answers(service, year=rules.year):
        answers.setdefault(answer.innovation_id, []).append(
            iga.Answer(
                answer.indicator, answer.parameter, len(answer.evidence_ids), answer.status.value
            )
        )
    flags = reported_flags(service, rules.year)
    innovations = [
        iga_innovation(
            rules,
            item,
            opd=abbreviation.get(item.opd_id, ""),
            opd_name=names.get(item.opd_id, ""),
            reported=flags.get(item.id, True),
            answers=tuple(answers.get(item.id, ())),
        )
        for item in Innovations(service).list()
    ]
    return iga.IgaPortfolio(
        rules=rules,
        innovations=tuple(innovations),
        region_answers=tuple(answers.get(None, ())),
        opds=tuple((opd.abbreviation, opd.name) for opd in opds),
        proposal=proposal,
    )


def render_iga_summary(
    service: WorkshopService,
    out: Path,
    year: int | None = None,
    rules_path: str | Path | None = None,
    goal: Decimal | None = None,
    printed_on: date | None = None,
) -> Path:
    """Write the Rekap Perkiraan IID to `out`, whole or not at all (as render_report)."""
    from labinovasi.reports.iga_summary import write_iga_summary

    out = check_target(out)
    data = load_portfolio(service, year, rules_path)
    with whole_file(out) as temp, temp.open("wb") as stream:
        write_iga_summary(service.workshop(), data, stream, printed_on, goal)
    return out
