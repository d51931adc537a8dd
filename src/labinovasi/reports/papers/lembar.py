"""Each OPD's lembar hasil under the kop, with its number and the commitment's signers."""

from __future__ import annotations

import dataclasses
from datetime import date

from labinovasi.domain import BadInput
from labinovasi.domain.papers import (
    plain_date,
)
from labinovasi.i18n import _
from labinovasi.reports.data import OpdReport
from labinovasi.reports.opd_sheet import (
    MONITORING_WIDTHS,
    commitment_sentence,
    idea_mark,
    launching_text,
    monitoring_head,
    monitoring_rows,
    opd_story,
    progress_line,
)
from labinovasi.reports.papers.common import (
    PapersData,
    action_blocks,
    find_opd,
    head_signer,
    innovation_fields,
    lab_signer,
    make_paper,
    native,
)
from labinovasi.reports.papers.model import (
    Block,
    Fields,
    Grid,
    Heading,
    Native,
    PageBreak,
    Paper,
    Signatures,
    Text,
)


def _lembar_text(report: OpdReport, signatures: Signatures) -> list[Block]:
    """The lembar hasil's content for Word."""
    opd = report.opd
    blocks: list[Block] = [
        Heading("Lembar hasil laboratorium inovasi"),
        Text(opd.display_name, "title"),
        Text(progress_line(report), "bold"),
        Heading("Gagasan"),
    ]
    blocks.append(
        Grid(
            ["No", "Gagasan", "Pengusul", "Masalah", "Keterangan"],
            [
                [
                    str(v.number),
                    v.idea.text,
                    v.idea.author,
                    v.idea.problem,
                    idea_mark(v) + (" · " + "terpilih" if v.idea.chosen else ""),
                ]
                for v in report.ideas
            ],
            [10, None, 28, 45, 28],
        )
        if report.ideas
        else Text("Belum ada gagasan.")
    )
    for view in report.chosen:
        idea = view.idea
        blocks += [
            Heading("Gagasan terpilih"),
            Fields(
                [
                    (f"Gagasan no. {view.number}", idea.text),
                    ("Masalah", idea.problem or "—"),
                    ("Akar masalah", idea.root_cause or "—"),
                    ("Yang terdampak", idea.affected or "—"),
                    ("USG", str(idea.usg_total) if idea.usg_total is not None else "—"),
                ]
            ),
        ]
    for design in report.lab:
        blocks += [Heading("Rancangan inovasi"), innovation_fields(design)]
        if design.id in report.launchings:
            blocks.append(Fields([("Launching", launching_text(report.launchings[design.id]))]))
        blocks += action_blocks(design)
    if report.monitoring:
        blocks += [
            Heading("Pemantauan dan desk konsultasi"),
            Grid(
                monitoring_head(),
                monitoring_rows(report),
                list(MONITORING_WIDTHS),
                align=["left", "left", "left", "right", "left", "left"],
            ),
        ]
    blocks += [Heading("Komitmen"), Text(commitment_sentence(report)), signatures]
    return blocks


def as_of(report: OpdReport, on: date) -> OpdReport:
    """The OPD's report without what was recorded after `on` (monitoring, launchings)."""
    return dataclasses.replace(
        report,
        monitoring=[e for e in report.monitoring if e.on_date <= on],
        launchings={k: v for k, v in report.launchings.items() if v.on_date and v.on_date <= on},
    )


def _lembar_one(data: PapersData, report: OpdReport, number: str, on: date) -> Native:
    from labinovasi.reports.papers.pdf import signature_flowables

    signatures = Signatures(
        [
            [
                lab_signer(data, "fasilitator", "Fasilitator,"),
                head_signer(data, report.opd, "", data.place_date(on)),
            ],
            [lab_signer(data, "kepala-bapperida", "Mengetahui,")],
        ],
        center_single=True,
    )
    # the sheet shows the OPD as it stood on its date: later monitoring and launchings wait
    # for the papers of their own events
    report = as_of(report, on)
    head = Fields(
        [
            ("Nomor", number),
            ("Tanggal", plain_date(on)),
            ("Keadaan", f"per {plain_date(on)} (hasil laboratorium)"),
        ],
        22,
    )
    return Native(
        lambda: [
            *native(head),
            *opd_story(report, data.workshop, signatures=signature_flowables(signatures)),
        ],
        [head, *_lembar_text(report, signatures)],
    )


def build(data: PapersData, opd_id: str | None = None, **_options) -> Paper:
    reports = [find_opd(data, opd_id)] if opd_id else data.report.opds
    if not reports:
        raise BadInput(_("Belum ada OPD."))
    blocks: list[Block] = []
    for index, report in enumerate(reports):
        # each OPD's commitment is dated the day it finished design (or the date chosen)
        on = data.dated or report.finished_on or data.workshop.end_date or date.today()
        if index:
            blocks.append(PageBreak())
        number = data.number_for("lembar", report.opd.id, on)
        blocks.append(_lembar_one(data, report, number, on))
    single = len(reports) == 1
    title = (
        f"Lembar hasil {reports[0].opd.display_name}"
        if single
        else "Lembar hasil laboratorium inovasi per OPD"
    )
    on = data.dated or reports[0].finished_on or data.workshop.end_date or date.today()
    paper = make_paper(
        data,
        "lembar",
        title,
        blocks,
        reports[0].opd.id,
        on,
        numbered=single,
        kop_on_every_page=True,
    )
    return paper
