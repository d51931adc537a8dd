"""Papers an office files (kop surat, number, signature blocks): daftar hadir, berita acara,
certificates, drafts of the rancang bangun and the SKs, and the sheets with a letterhead; each
written as PDF (ReportLab) or Word (python-docx) from one description of its content."""

from labinovasi.reports.papers.build import DOCUMENTS, build_paper
from labinovasi.reports.papers.model import Paper

__all__ = ["DOCUMENTS", "Paper", "build_paper"]
