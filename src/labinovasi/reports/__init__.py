"""Printed sheets (ReportLab): lembar hasil lab per OPD and the rekapitulasi. No Qt.

Callers normally go through labinovasi.services.reporting.render_report."""

from labinovasi.reports.data import OpdReport, ReportData
from labinovasi.reports.printout import KINDS, write_report

__all__ = ["KINDS", "OpdReport", "ReportData", "write_report"]
