"""Printed sheets (ReportLab): lembar hasil lab per OPD and the rekapitulasi. No Qt."""
