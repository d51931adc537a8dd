"""Printed sheets (ReportLab): lembar hasil lab per OPD, the rekapitulasi and the office papers.
No Qt, no services: reports take plain view data the services build.

Callers normally go through labinovasi.services.reporting.render_report. The names below are
loaded on first use, so reading the papers' registry (the CLI's choices) loads no ReportLab."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from labinovasi.reports.data import OpdReport, ReportData
    from labinovasi.reports.printout import KINDS, write_report

__all__ = ["KINDS", "OpdReport", "ReportData", "write_report"]


def __getattr__(name: str) -> Any:
    if name in ("OpdReport", "ReportData"):
        from labinovasi.reports import data

        return getattr(data, name)
    if name in ("KINDS", "write_report"):
        from labinovasi.reports import printout

        return getattr(printout, name)
    raise AttributeError(name)
