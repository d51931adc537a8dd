"""Printing a big workshop: the full print-out of 47 OPD × 10 ideas (the real kabupaten's size,
a few OPDs diagnosed and designed) against platypus laying out the same paragraphs without
tables, measured in the same run; then (issue 23) the same at about 1,000 and 50,000 ideas,
where an OPD's table runs over dozens of pages, each against 2× its floor."""

from __future__ import annotations

import io
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from common import Row, p50, p99
from pypdf import PdfReader

from labinovasi.domain import Stage
from labinovasi.domain.innovations import ActionStep
from labinovasi.services import WorkshopService
from labinovasi.services.innovations import Innovations
from labinovasi.services.reporting import render_report_bytes, report_data

OPD_NAMES = [
    ("Sekretariat Daerah", "SETDA"),
    ("Sekretariat DPRD", "SETWAN"),
    ("Inspektorat", "INSPEKTORAT"),
    ("Badan Perencanaan Pembangunan dan Riset Daerah", "BAPPERIDA"),
    ("Badan Pengelolaan Keuangan dan Aset Daerah", "BPKAD"),
    ("Badan Pendapatan Daerah", "BAPENDA"),
    ("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "BKPSDM"),
    ("Badan Kesatuan Bangsa dan Politik", "KESBANGPOL"),
    ("Badan Penanggulangan Bencana Daerah", "BPBD"),
    ("Dinas Pendidikan dan Kebudayaan", "DISDIKBUD"),
    ("Dinas Kesehatan", "DINKES"),
    ("Dinas Pekerjaan Umum dan Penataan Ruang", "DPUPR"),
    ("Dinas Perumahan Rakyat dan Kawasan Permukiman", "DISPERKIM"),
    ("Satuan Polisi Pamong Praja", "SATPOL-PP"),
    ("Dinas Sosial", "DINSOS"),
    ("Dinas Tenaga Kerja dan Transmigrasi", "DISNAKERTRANS"),
    ("Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "DP3A"),
    ("Dinas Pengendalian Penduduk dan Keluarga Berencana", "DPPKB"),
    ("Dinas Ketahanan Pangan", "DKP"),
    ("Dinas Lingkungan Hidup", "DLH"),
    ("Dinas Kependudukan dan Pencatatan Sipil", "DISDUKCAPIL"),
    ("Dinas Pemberdayaan Masyarakat dan Desa", "DPMD"),
    ("Dinas Perhubungan", "DISHUB"),
    ("Dinas Komunikasi, Informatika, Statistik dan Persandian", "DISKOMINFOSP"),
    ("Dinas Koperasi, Usaha Kecil dan Menengah", "DISKOPUKM"),
    ("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "DPMPTSP"),
    ("Dinas Kepemudaan dan Olahraga", "DISPORA"),
    ("Dinas Pariwisata", "DISPAR"),
    ("Dinas Perpustakaan dan Kearsipan", "DISPUSIP"),
    ("Dinas Perikanan", "DISKAN"),
    ("Dinas Pertanian", "DISTAN"),
    ("Dinas Perkebunan", "DISBUN"),
    ("Dinas Perindustrian dan Perdagangan", "DISPERINDAG"),
    ("Dinas Pemadam Kebakaran dan Penyelamatan", "DAMKAR"),
    ("Rumah Sakit Umum Daerah dr. H. Soemarno Sosroatmodjo", "RSUD"),
    ("Kecamatan Tanjung Selor", "KEC-TJS"),
    ("Kecamatan Tanjung Palas", "KEC-TJP"),
    ("Kecamatan Tanjung Palas Barat", "KEC-TPB"),
    ("Kecamatan Tanjung Palas Utara", "KEC-TPU"),
    ("Kecamatan Tanjung Palas Timur", "KEC-TPT"),
    ("Kecamatan Tanjung Palas Tengah", "KEC-TPTG"),
    ("Kecamatan Sekatak", "KEC-SKT"),
    ("Kecamatan Bunyu", "KEC-BNY"),
    ("Kecamatan Peso", "KEC-PSO"),
    ("Kecamatan Peso Hilir", "KEC-PSH"),
    ("Kecamatan Tanjung Selor Hilir", "KEC-TSH"),
    ("Kelurahan Tanjung Selor Hulu", "KEL-TSH"),
]
THEMES = [
    "layanan daring",
    "antrean",
    "data terpadu",
    "pengaduan warga",
    "jemput bola",
    "kartu digital",
    "papan informasi",
    "pelatihan",
    "kemitraan desa",
    "aplikasi",
]


def _idea(abbr: str, n: int) -> tuple[str, str, str]:
    theme = THEMES[n % len(THEMES)]
    text = f"{theme.capitalize()} {abbr} nomor {n}: layanan lebih cepat untuk warga"
    if n == 3:  # some ideas are long paragraphs, as participants do type them
        text += " dengan " + ", ".join(f"langkah {i} yang dijelaskan rinci" for i in range(12))
    problem = f"Warga menunggu lama untuk {theme}" if n % 3 else ""
    return text, problem, ["Andi", "Sari", "Budi", "Hj. Rahmawati", "dr. Lestari"][n % 5]


def build_workshop(
    path: Path, opds: int = 47, ideas: int = 10, meeting: int = 15, repeat: bool = True
) -> Path:
    """`opds` OPDs; only the first `meeting` reach the minimum, so the rekapitulasi reads
    "15 dari 47 OPD (31,9%)". With `repeat` every OPD stores `ideas` ideas (the others repeat
    themselves: worst case for printing); without, the others just have fewer ideas."""
    with WorkshopService.create(
        path,
        "Laboratorium Inovasi Daerah 2026",
        region="Kabupaten Bulungan Raya",
        start_date=date(2026, 11, 23),
        end_date=date(2026, 11, 26),
        place="Aula Bapperida, Tanjung Selor",
    ) as service:
        names = [OPD_NAMES[i % len(OPD_NAMES)] for i in range(opds)]
        rows = [
            (
                name if i < len(OPD_NAMES) else f"{name} {i}",
                abbr if i < len(OPD_NAMES) else f"{abbr}-{i}",
            )
            for i, (name, abbr) in enumerate(names)
        ]
        folder = path.parent
        (folder / "opd.csv").write_text(
            "nama,singkatan\n" + "".join(f'"{n}",{a}\n' for n, a in rows), encoding="utf-8"
        )
        service.import_opds(folder / "opd.csv")
        lines = ["opd,gagasan,masalah,pengusul"]
        for index, (_name, abbr) in enumerate(rows):
            distinct = ideas if index < meeting else 1 + index % 4
            stored = ideas if repeat or index < meeting else distinct + index % 2
            for n in range(stored):
                text, problem, author = _idea(abbr, n if n < distinct else n % distinct)
                lines.append(f'{abbr},"{text}","{problem}",{author}')
        (folder / "gagasan.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
        service.import_ideas(folder / "gagasan.csv")
        _diagnose_and_design(service, [a for _n, a in rows[:3]])
        for _name, abbr in rows[3:meeting:3]:
            service.move_stage(service.find_opd(abbr).id, Stage.DIAGNOSE)
        late = service.find_opd(rows[-1][1])
        service.move_stage(
            late.id,
            Stage.DIAGNOSE,
            override_reason=("Kelurahan baru bergabung hari kedua; gagasan dilengkapi menyusul"),
        )
    return path


def _diagnose_and_design(service: WorkshopService, abbreviations: list[str]) -> None:
    for abbr in abbreviations:
        opd = service.find_opd(abbr)
        views = service.list_ideas(opd.id)
        for rank, view in enumerate(views[:4]):
            service.update_idea(
                view.idea.id,
                root_cause="Prosedur masih manual dan berulang",
                affected="Warga dan pegawai pelayanan",
                apkl_aktual=True,
                apkl_problematik=True,
                apkl_kekhalayakan=rank < 3,
                apkl_layak=True,
                usg_urgency=5 - rank % 2,
                usg_seriousness=4,
                usg_growth=3 + rank % 3,
                votes=8 - rank,
                chosen=rank == 0,
                problem=view.idea.problem or "Layanan lambat",
            )
        service.move_stage(opd.id, Stage.DESIGN)
        start = date(2026, 12, 1)
        innovations = Innovations(service)
        innovation = innovations.add(
            opd.id,
            f"Inovasi {abbr} Cepat",
            idea_ids=[views[0].idea.id],
            form="pelayanan-publik",
            main_affair="Komunikasi dan informatika",
            stage="inisiatif",
            design_text="Layanan masih manual. " * 20,
            goal="Mempercepat layanan.",
            benefit="Warga terlayani lebih cepat.",
            expected_result="Waktu layanan turun 50%.",
            trial_date="2027-01-04",
            launch_date="2027-03-01",
            budget=75_000_000,
            budget_source="APBD 2027",
            leader="Kepala Bidang",
            members="Tiga orang staf",
            evidence="SK tim\nSOP\nFoto kegiatan",
        )
        innovations.set_actions(
            innovation.id,
            [
                ActionStep(f"Kegiatan {i}", "Kepala Seksi", start, start, "Laporan")
                for i in range(1, 5)
            ],
        )


def floor_document(service: WorkshopService) -> bytes:
    """The floor: platypus laying out the same paragraphs as the print-out (every OPD's name,
    ideas and problems; the summary's lines), with no tables, charts or page templates."""
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    styles = getSampleStyleSheet()
    data = report_data(service)
    story = []
    for report in data.opds:
        story.append(Paragraph(escape(report.opd.display_name), styles["Heading2"]))
        story.append(Paragraph(escape(report.status.progress), styles["Normal"]))
    for report in data.opds:
        story.append(PageBreak())
        story.append(Paragraph(escape(report.opd.display_name), styles["Heading1"]))
        for view in report.ideas:
            story.append(Paragraph(f"{view.number}. {escape(view.idea.text)}", styles["Normal"]))
            if view.idea.problem:
                story.append(Paragraph(escape(view.idea.problem), styles["Italic"]))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


SIZES = {"full": (47, 10, 15, 7), "tiny": (3, 5, 3, 1)}  # OPDs, ideas each, meeting, repeats
# issue 23: Cetak → Semua at 1,000 and 50,000 ideas (47 × 22 = 1,034; 47 × 1,064 = 50,008),
# each ≤ 2× its platypus floor: the cost grows with the pages, not faster
GROWTH = {"full": [(47, 22, 47, 9), (47, 1064, 47, 3)], "tiny": [(3, 60, 3, 1)]}
GROWTH_RATIO = 2.0


def run(size: str = "full") -> list[Row]:
    rows = _printout(*SIZES[size], warm=True)
    for opds, ideas, meeting, repeats in GROWTH[size]:
        rows += _printout(opds, ideas, meeting, repeats, ratio=GROWTH_RATIO)
    return rows


def _timed(action) -> tuple[float, float, bytes]:
    """Wall-clock and CPU seconds of `action()`, and what it returned. The CPU time is the
    process's own: on a machine shared with other work it moves less than the wall clock."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = action()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def _printout(
    opds: int,
    ideas: int,
    meeting: int,
    repeats: int,
    ratio: float | None = None,
    warm: bool = False,
) -> list[Row]:
    """The full print-out (every OPD sheet + rekapitulasi) against its floor, alternating;
    with `ratio` the target is that many times the floor. `warm`: print once first, so fonts
    and modules are loaded outside the timing (once per process is enough)."""
    with tempfile.TemporaryDirectory(prefix="bench-reports-") as folder:
        path = build_workshop(Path(folder) / "besar.labinovasi", opds, ideas, meeting)
        with WorkshopService.open(path) as service:
            if warm:
                render_report_bytes(service, "all")
                floor_document(service)
            times, floor_times, cpu, floor_cpu = [], [], [], []
            for _ in range(repeats):
                wall, used, pdf = _timed(lambda: render_report_bytes(service, "all"))
                times.append(wall)
                cpu.append(used)
                wall, used, _pdf = _timed(lambda: floor_document(service))
                floor_times.append(wall)
                floor_cpu.append(used)
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    floor = round(p50(floor_times), 3)
    return [
        Row(
            f"full print-out {opds} OPD × {ideas} ideas + rekap ({pages} pages, median)",
            "s",
            round(p50(times), 3),
            f"≤ {ratio:g}× floor" if ratio else "≤ 1 s",
            round(floor * ratio, 3) if ratio else 1.0,
            floor,
            {
                "ideas": opds * ideas,
                "p99_s": round(p99(times), 3),
                "floor_p99_s": round(p99(floor_times), 3),
                "cpu_s": round(p50(cpu), 3),
                "floor_cpu_s": round(p50(floor_cpu), 3),
                "cpu_ratio": round(p50(cpu) / p50(floor_cpu), 2),
                "pages": pages,
                "kilobytes": round(len(pdf) / 1024),
                "repeats": repeats,
                "rl_accel": _rl_accel(),
            },
        )
    ]


def _rl_accel() -> str:
    try:
        import _rl_accel  # noqa: F401
    except ImportError:
        return "no"
    return "yes"


if __name__ == "__main__":
    for row in run(sys.argv[1] if len(sys.argv) > 1 else "full"):
        print(row.to_json())
