"""Render the README's images of the office papers (docs/papers/*.png) from the sample
workshop with the papers' tests' office set-up (kop, F4, signatories, participants, imported
innovations, a gelar inovasi): `python scripts/render_papers.py [--check-f4 FOLDER]`.

Each paper is written as PDF with the registry's builder and its first page (or the page
named) turned into a PNG by pdftoppm at 60 dpi. With --all-pages FOLDER every page of every
paper is rendered there on A4 and on F4, to look at before a release."""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests")]

from labinovasi.reports.papers import PAPER_KINDS  # noqa: E402
from labinovasi.services import WorkshopService, papers  # noqa: E402
from labinovasi.services.sample import build_sample_workshop  # noqa: E402

# image name → (document, OPD, options, page)
IMAGES = {
    "daftar-hadir": ("daftar-hadir", None, {}, 1),
    "daftar-hadir-f4-halaman-2": ("daftar-hadir", None, {}, 2),
    "berita-acara-komitmen": ("berita-acara-komitmen", "DINKES", {}, 1),
    "berita-acara-pelaksanaan": ("berita-acara-pelaksanaan", None, {}, 1),
    "berita-acara-desk": ("berita-acara-desk", "DINKES", {}, 1),
    "berita-acara-top": ("berita-acara-top", None, {}, 1),
    "rancang-bangun": ("rancang-bangun", "DINKES", {}, 1),
    "sk-penetapan": ("sk-penetapan", None, {}, 1),
    "sk-penetapan-penerapan-2024": (
        "sk-penetapan",
        None,
        {"tahapan": "penerapan", "year": 2024},
        1,
    ),
    "berita-acara-verifikasi": ("berita-acara-verifikasi", None, {}, 1),
    "sk-tim": ("sk-tim", "DINKES", {}, 1),
    "rekapitulasi-rekomendasi": ("rekap", None, {}, 2),
    "lembar-hasil": ("lembar", "DINKES", {}, 1),
    "sertifikat": ("sertifikat", "DINKES", {}, 1),
    "sertifikat-materi": ("sertifikat", "DINKES", {}, 2),
    "piagam": ("sertifikat", None, {"piagam": True}, 1),
}

MATERI = [
    ("Kebijakan inovasi daerah dan Indeks Inovasi Daerah", 2),
    ("Drum-up: menggali gagasan inovasi", 4),
    ("Diagnose: masalah, akar masalah, APKL dan USG", 6),
    ("Design: profil dan rancang bangun inovasi", 8),
    ("Rencana aksi, bukti dukung dan tindak lanjut", 4),
]


def png(pdf: Path, page: int, out: Path) -> None:
    base = out.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", str(page), "-l", str(page), "-singlefile"]
        + [str(pdf), str(base)],
        check=True,
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "papers")
    parser.add_argument("--all-pages", type=Path, help="every page of every paper, A4 and F4")
    args = parser.parse_args()
    from office_setup import set_up_office

    with tempfile.TemporaryDirectory() as folder:
        path = build_sample_workshop(Path(folder) / "contoh.labinovasi")
        with WorkshopService.open(path) as service:
            set_up_office(service)
            # the README's kop as an office types it, mixed case
            papers.set_letterhead(service, government="Pemerintah Kabupaten Tanah Harapan")
            papers.set_person(service, "pptk", "Yusuf Hamdani, S.T.", "198703202011011002")
            papers.set_materi(service, MATERI)  # the certificates' JP and materi
            dated = date(2026, 11, 26)
            for name, (document, opd, options, page) in IMAGES.items():
                papers.set_letterhead(service, paper="F4" if "f4" in name else "A4")
                opd_id = service.find_opd(opd).id if opd else None
                pdf = Path(folder) / f"{name}.pdf"
                keep = dated if document in ("daftar-hadir", "lembar") else None
                papers.render_paper(service, pdf, document, opd_id, dated=keep, **options)
                png(pdf, page, args.out / f"{name}.png")
            if args.all_pages:
                args.all_pages.mkdir(parents=True, exist_ok=True)
                for paper_size in ("A4", "F4"):
                    papers.set_letterhead(service, paper=paper_size)
                    for kind in PAPER_KINDS:
                        opd_id = service.find_opd("DINKES").id if kind.needs_opd else None
                        pdf = args.all_pages / f"{kind.key}-{paper_size}.pdf"
                        papers.render_paper(service, pdf, kind.key, opd_id)
                        subprocess.run(
                            ["pdftoppm", "-png", "-r", "30", str(pdf), str(pdf.with_suffix(""))],
                            check=True,
                        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
