"""How long printing takes for a big workshop: 47 OPD × 10 ideas (the real kabupaten's size),
a few OPDs diagnosed and designed. `run()` returns the figures; run as a script to print them
(and write them to a JSON file with --out)."""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from labinovasi.domain import ActionItem, Design, Stage
from labinovasi.services import WorkshopService
from labinovasi.services.reporting import render_report, report_data

OPD_NAMES = [
    ("Sekretariat Daerah", "SETDA"), ("Sekretariat DPRD", "SETWAN"), ("Inspektorat", "INSPEKTORAT"),
    ("Badan Perencanaan Pembangunan dan Riset Daerah", "BAPPERIDA"),
    ("Badan Pengelolaan Keuangan dan Aset Daerah", "BPKAD"), ("Badan Pendapatan Daerah", "BAPENDA"),
    ("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "BKPSDM"),
    ("Badan Kesatuan Bangsa dan Politik", "KESBANGPOL"),
    ("Badan Penanggulangan Bencana Daerah", "BPBD"),
    ("Dinas Pendidikan dan Kebudayaan", "DISDIKBUD"), ("Dinas Kesehatan", "DINKES"),
    ("Dinas Pekerjaan Umum dan Penataan Ruang", "DPUPR"),
    ("Dinas Perumahan Rakyat dan Kawasan Permukiman", "DISPERKIM"),
    ("Satuan Polisi Pamong Praja", "SATPOL-PP"), ("Dinas Sosial", "DINSOS"),
    ("Dinas Tenaga Kerja dan Transmigrasi", "DISNAKERTRANS"),
    ("Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "DP3A"),
    ("Dinas Pengendalian Penduduk dan Keluarga Berencana", "DPPKB"),
    ("Dinas Ketahanan Pangan", "DKP"), ("Dinas Lingkungan Hidup", "DLH"),
    ("Dinas Kependudukan dan Pencatatan Sipil", "DISDUKCAPIL"),
    ("Dinas Pemberdayaan Masyarakat dan Desa", "DPMD"), ("Dinas Perhubungan", "DISHUB"),
    ("Dinas Komunikasi, Informatika, Statistik dan Persandian", "DISKOMINFOSP"),
    ("Dinas Koperasi, Usaha Kecil dan Menengah", "DISKOPUKM"),
    ("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "DPMPTSP"),
    ("Dinas Kepemudaan dan Olahraga", "DISPORA"), ("Dinas Pariwisata", "DISPAR"),
    ("Dinas Perpustakaan dan Kearsipan", "DISPUSIP"), ("Dinas Perikanan", "DISKAN"),
    ("Dinas Pertanian", "DISTAN"), ("Dinas Perkebunan", "DISBUN"),
    ("Dinas Perindustrian dan Perdagangan", "DISPERINDAG"),
    ("Dinas Pemadam Kebakaran dan Penyelamatan", "DAMKAR"),
    ("Rumah Sakit Umum Daerah dr. H. Soemarno Sosroatmodjo", "RSUD"),
    ("Kecamatan Tanjung Selor", "KEC-TJS"), ("Kecamatan Tanjung Palas", "KEC-TJP"),
    ("Kecamatan Tanjung Palas Barat", "KEC-TPB"), ("Kecamatan Tanjung Palas Utara", "KEC-TPU"),
    ("Kecamatan Tanjung Palas Timur", "KEC-TPT"), ("Kecamatan Tanjung Palas Tengah", "KEC-TPTG"),
    ("Kecamatan Sekatak", "KEC-SKT"), ("Kecamatan Bunyu", "KEC-BNY"),
    ("Kecamatan Peso", "KEC-PSO"), ("Kecamatan Peso Hilir", "KEC-PSH"),
    ("Kecamatan Tanjung Selor Hilir", "KEC-TSH"), ("Kelurahan Tanjung Selor Hulu", "KEL-TSH"),
]
THEMES = ["layanan daring", "antrean", "data terpadu", "pengaduan warga", "jemput bola",
          "kartu digital", "papan informasi", "pelatihan", "kemitraan desa", "aplikasi"]


def _idea(abbr: str, n: int) -> tuple[str, str, str]:
    theme = THEMES[n % len(THEMES)]
    text = f"{theme.capitalize()} {abbr} nomor {n}: layanan lebih cepat untuk warga"
    if n == 3:  # some ideas are long paragraphs, as participants do type them
        text += (" dengan " + ", ".join(f"langkah {i} yang dijelaskan rinci" for i in range(12)))
    problem = f"Warga menunggu lama untuk {theme}" if n % 3 else ""
    return text, problem, ["Andi", "Sari", "Budi", "Hj. Rahmawati", "dr. Lestari"][n % 5]


def build_workshop(path: Path, opds: int = 47, ideas: int = 10, meeting: int = 15,
                   repeat: bool = True) -> Path:
    """`opds` OPDs; only the first `meeting` reach the minimum, so the rekapitulasi reads
    "15 dari 47 OPD (31,9%)". With `repeat` every OPD stores `ideas` ideas (the others repeat
    themselves: worst case for printing); without, the others just have fewer ideas."""
    with WorkshopService.create(
        path, "Laboratorium Inovasi Daerah 2026", region="Kabupaten Bulungan Raya",
        start_date=date(2026, 11, 23), end_date=date(2026, 11, 26),
        place="Aula Bapperida, Tanjung Selor",
    ) as service:
        names = [OPD_NAMES[i % len(OPD_NAMES)] for i in range(opds)]
        rows = [(name if i < len(OPD_NAMES) else f"{name} {i}",
                 abbr if i < len(OPD_NAMES) else f"{abbr}-{i}") for i, (name, abbr)
                in enumerate(names)]
        folder = path.parent
        (folder / "opd.csv").write_text(
            "nama,singkatan\n" + "".join(f"\"{n}\",{a}\n" for n, a in rows), encoding="utf-8")
        service.import_opds(folder / "opd.csv")
        lines = ["opd,gagasan,masalah,pengusul"]
        for index, (_name, abbr) in enumerate(rows):
            distinct = ideas if index < meeting else 1 + index % 4
            stored = ideas if repeat or index < meeting else distinct + index % 2
            for n in range(stored):
                text, problem, author = _idea(abbr, n if n < distinct else n % distinct)
                lines.append(f"{abbr},\"{text}\",\"{problem}\",{author}")
        (folder / "gagasan.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
        service.import_ideas(folder / "gagasan.csv")
        _diagnose_and_design(service, [a for _n, a in rows[:3]])
        for _name, abbr in rows[3:meeting:3]:
            service.move_stage(service.find_opd(abbr).id, Stage.DIAGNOSE)
        late = service.find_opd(rows[-1][1])
        service.move_stage(late.id, Stage.DIAGNOSE, override_reason=(
            "Kelurahan baru bergabung hari kedua; gagasan dilengkapi menyusul"))
    return path


def _diagnose_and_design(service: WorkshopService, abbreviations: list[str]) -> None:
    for abbr in abbreviations:
        opd = service.find_opd(abbr)
        views = service.list_ideas(opd.id)
        for rank, view in enumerate(views[:4]):
            service.update_idea(view.idea.id, root_cause="Prosedur masih manual dan berulang",
                                affected="Warga dan pegawai pelayanan", apkl_aktual=True,
                                apkl_problematik=True, apkl_kekhalayakan=rank < 3,
                                apkl_layak=True, usg_urgency=5 - rank % 2, usg_seriousness=4,
                                usg_growth=3 + rank % 3, votes=8 - rank, chosen=rank == 0,
                                problem=view.idea.problem or "Layanan lambat")
        service.move_stage(opd.id, Stage.DESIGN)
        start = date(2026, 12, 1)
        service.save_design(Design(
            id="", opd_id=opd.id, idea_id=views[0].idea.id, name=f"Inovasi {abbr} Cepat",
            kind="pelayanan-publik", affair="Administrasi pemerintahan", phase="inisiatif",
            background="Layanan masih manual. " * 20, goal="Mempercepat layanan.",
            benefits="Warga terlayani lebih cepat.", expected_results="Waktu layanan turun 50%.",
            trial_period="Januari 2027", rollout_period="Maret 2027", budget=75_000_000,
            budget_source="APBD 2027", leader="Kepala Bidang", team="Tiga orang staf",
            evidence="SK tim\nSOP\nFoto kegiatan",
            actions=[ActionItem(f"Kegiatan {i}", "Kepala Seksi", start, start, "Laporan")
                     for i in range(1, 5)]))


def _best_of(repeats: int, action) -> tuple[float, float]:
    times = []
    for _ in range(repeats):
        began = time.perf_counter()
        action()
        times.append(time.perf_counter() - began)
    return min(times), statistics.median(times)


def run(repeats: int = 3) -> dict:
    """Figures in seconds (best and median of `repeats`), page counts and sizes."""
    from pypdf import PdfReader

    with tempfile.TemporaryDirectory(prefix="bench-reports-") as folder:
        root = Path(folder)
        began = time.perf_counter()
        path = build_workshop(root / "besar.labinovasi")
        built = time.perf_counter() - began
        with WorkshopService.open(path) as service:
            first_opd = service.list_opds()[0].id
            cases = {
                "all": dict(kind="all"),
                "summary": dict(kind="summary"),
                "one_opd": dict(kind="opd", opd_id=first_opd),
            }
            figures: dict = {"workshop": {"opds": 47, "ideas_per_opd": 10,
                                          "build_seconds": round(built, 3)}}
            best, median = _best_of(repeats, lambda: report_data(service))
            figures["read_data"] = {"best_s": round(best, 3), "median_s": round(median, 3)}
            for name, kw in cases.items():
                out = root / f"{name}.pdf"
                best, median = _best_of(repeats, lambda kw=kw, out=out:
                                        render_report(service, out, **kw))
                figures[name] = {"best_s": round(best, 3), "median_s": round(median, 3),
                                 "pages": len(PdfReader(out).pages),
                                 "kilobytes": round(out.stat().st_size / 1024)}
    figures["repeats"] = repeats
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--out", type=Path, help="write the figures as JSON here")
    args = parser.parse_args(argv)
    figures = run(args.repeats)
    text = json.dumps(figures, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
