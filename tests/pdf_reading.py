"""Reading report PDFs back and filling test workshops quickly (imported by the report tests)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from pypdf import PdfReader


def pdf_texts(source: bytes | Path) -> list[str]:
    """The text layer of every page, as pypdf extracts it."""
    stream = io.BytesIO(source) if isinstance(source, bytes) else source
    return [page.extract_text() for page in PdfReader(stream).pages]


def squeeze(text: str) -> str:
    """Text with all whitespace removed, to compare paragraphs that wrapped differently."""
    return "".join(text.split())


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def fill_workshop(service, tmp_path: Path, opds: int, ideas_per_opd) -> None:
    """`opds` OPDs (Dinas Uji N, DU-N) with ideas_per_opd(n) distinct ideas each, via import."""
    write_csv(
        tmp_path / "opd.csv",
        ["nama", "singkatan"],
        [[f"Dinas Uji Coba Nomor {n}", f"DU-{n:02d}"] for n in range(1, opds + 1)],
    )
    service.import_opds(tmp_path / "opd.csv")
    rows = [
        [f"DU-{n:02d}", f"Gagasan {i} untuk layanan nomor {n}", f"Masalah {i}", "Peserta"]
        for n in range(1, opds + 1)
        for i in range(1, ideas_per_opd(n) + 1)
    ]
    if rows:
        write_csv(tmp_path / "gagasan.csv", ["opd", "gagasan", "masalah", "pengusul"], rows)
        service.import_ideas(tmp_path / "gagasan.csv")
