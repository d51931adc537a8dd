"""Puts the sheets together: the rekapitulasi, one OPD's lembar hasil, or the full print-out
(rekapitulasi, then every OPD on a new page), and writes the PDF."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import Flowable, PageBreak

from labinovasi.domain import BadInput
from labinovasi.i18n import _
from labinovasi.reports.data import OpdReport, ReportData
from labinovasi.reports.document import SectionMark, build_pdf
from labinovasi.reports.opd_sheet import opd_story
from labinovasi.reports.summary import summary_story

KINDS = ("all", "summary", "opd")


def _find(data: ReportData, opd_id: str | None) -> OpdReport:
    for report in data.opds:
        if report.opd.id == opd_id:
            return report
    raise BadInput(_("OPD tidak ditemukan: {key}").format(key=opd_id or "—"))


def report_story(data: ReportData, kind: str = "all", opd_id: str | None = None) -> list[Flowable]:
    """Fresh flowables for one print-out (call again for every layout pass)."""
    if kind == "summary":
        return summary_story(data)
    if kind == "opd":
        return opd_story(_find(data, opd_id), data.workshop)
    if kind != "all":
        raise BadInput(_("Jenis laporan tidak dikenal: {kind}").format(kind=kind))
    story = summary_story(data)
    for index, report in enumerate(data.opds):
        story.append(PageBreak())
        if index == 0:
            story.append(SectionMark("opd-sheets", _("Lembar hasil per OPD")))
        story += opd_story(report, data.workshop, outline_level=1)
    return story


def report_title(data: ReportData, kind: str, opd_id: str | None = None) -> str:
    workshop = data.workshop
    where = " — ".join(t for t in (workshop.title, workshop.region) if t)
    if kind == "summary":
        return _("Rekapitulasi — {where}").format(where=where)
    if kind == "opd":
        return _("Lembar hasil {opd} — {where}").format(
            opd=_find(data, opd_id).opd.display_name, where=where
        )
    return _("Rekapitulasi dan lembar hasil OPD — {where}").format(where=where)


def report_subject(kind: str) -> str:
    return {
        "summary": _("Rekapitulasi Laboratorium Inovasi"),
        "opd": _("Lembar Hasil Laboratorium Inovasi per OPD"),
    }.get(kind, _("Rekapitulasi dan Lembar Hasil Laboratorium Inovasi per OPD"))


def write_report(
    data: ReportData, target: Path | BinaryIO, kind: str = "all", opd_id: str | None = None
) -> int:
    """Write the PDF to a path or a binary stream; returns its page count."""
    if kind not in KINDS:
        raise BadInput(_("Jenis laporan tidak dikenal: {kind}").format(kind=kind))
    title = report_title(data, kind, opd_id)
    footer = " · ".join(t for t in (data.workshop.title, data.workshop.region) if t)
    return build_pdf(
        lambda: report_story(data, kind, opd_id),
        target,
        title=title,
        subject=report_subject(kind),
        footer=footer,
    )
