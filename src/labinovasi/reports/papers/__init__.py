"""Papers an office files (kop surat, number, signature blocks): daftar hadir, berita acara,
certificates, drafts of the rancang bangun and the SKs, and the sheets with a letterhead; each
declared once in `registry.PAPER_KINDS`, built by its own module and written as PDF (ReportLab)
or Word (python-docx) from one description of its content."""

from labinovasi.reports.papers.model import Paper
from labinovasi.reports.papers.registry import DOCUMENTS, PAPER_KINDS, build_paper, paper_kind

__all__ = ["DOCUMENTS", "PAPER_KINDS", "Paper", "build_paper", "paper_kind"]
