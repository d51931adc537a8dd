"""The rekapitulasi with a number, recommendations and an approval block."""

from __future__ import annotations

from datetime import date

from labinovasi.domain.papers import (
    head_of_region,
    plain_date,
)
from labinovasi.formatting import format_number
from labinovasi.reports.papers.common import (
    NUMBER_SLOT,
    PapersData,
    affair_label,
    kind_label,
    lab_signer,
    make_paper,
    stage_label,
)
from labinovasi.reports.papers.model import (
    Block,
    Box,
    Fields,
    Grid,
    Heading,
    Native,
    Paper,
    Signatures,
    Spacer,
    Text,
)
from labinovasi.reports.summary import coverage_lines, summary_line, summary_story


def recommendations(data: PapersData) -> list[str]:
    """A short list of what the region should do next, read from the figures."""
    status, lines = data.report.status, []
    short = [s.opd.abbreviation for s in status.opds if not s.meets_minimum]
    if short:
        lines.append(
            (
                "{n} OPD belum memenuhi minimal {m} gagasan ({names}): dampingi sampai "
                "memenuhi sebelum tahap diagnose."
            ).format(
                n=len(short),
                m=data.workshop.min_ideas,
                names=", ".join(short[:8]) + (", …" if len(short) > 8 else ""),
            )
        )
    designs = data.report.innovations
    without = [r.opd.abbreviation for r in data.report.opds if not r.lab]
    if designs:
        lines.append(
            f"{len(designs)} rancangan inovasi tersusun: jadwalkan desk konsultasi "
            "dan pantau rencana aksinya selama uji coba."
        )
    if without and status.opds:
        lines.append(
            f"{len(without)} OPD belum menyusun rancangan inovasi: tetapkan tenggat dan pendamping."
        )
    lines.append(
        f"Tetapkan inovasi yang tersusun dengan Keputusan {head_of_region(data.region)} "
        "tentang Penetapan Inovasi Daerah sebagai bukti dukung Indeks Inovasi Daerah."
    )
    return lines[:4]


def _approval(data: PapersData, on: date) -> Signatures:
    return Signatures(
        [
            [
                lab_signer(data, "fasilitator", "Disusun oleh,"),
                lab_signer(data, "kepala-bapperida", "Disetujui oleh,", data.place_date(on)),
            ],
            [lab_signer(data, "sekda", "Mengetahui,")],
        ],
        center_single=True,
    )


def _summary_text(data: PapersData) -> list[Block]:
    """The rekapitulasi's content for Word (the PDF prints the sheet with its chart)."""
    status = data.report.status
    rows = [
        [
            str(n),
            f"{s.opd.name} ({s.opd.abbreviation})",
            s.opd.stage.label,
            format_number(s.tally.stored),
            format_number(s.tally.counted),
            "memenuhi" if s.meets_minimum else f"belum (kurang {s.missing})",
        ]
        for n, s in enumerate(status.opds, start=1)
    ]
    blocks: list[Block] = [
        Heading("Rekapitulasi Laboratorium Inovasi"),
        Text(summary_line(data.report), "bold"),
        *[Text(line) for line in coverage_lines(data.report)],
        Heading("Gagasan per perangkat daerah"),
        Grid(
            ["No", "Perangkat daerah", "Tahap", "Gagasan", "Dihitung", "Keterangan"],
            rows,
            [10, None, 22, 17, 17, 30],
            align=["right", "left", "left", "right", "right", "left"],
        ),
    ]
    designs = data.report.innovations
    if designs:
        blocks += [
            Heading("Rancangan inovasi"),
            Grid(
                ["OPD", "Nama inovasi", "Jenis", "Urusan", "Tahapan"],
                [
                    [
                        o.abbreviation,
                        d.name or "—",
                        kind_label(d) or "—",
                        affair_label(d) or "—",
                        stage_label(d) or "—",
                    ]
                    for o, d in designs
                ],
                [24, None, 42, 26, 20],
            ),
        ]
    return blocks


def build(data: PapersData, **_options) -> Paper:
    on = data.dated or data.workshop.end_date or date.today()
    blocks: list[Block] = [
        Fields([("Nomor", NUMBER_SLOT), ("Tanggal", plain_date(on))], 22),
        Spacer(3),
        Native(lambda: summary_story(data.report), _summary_text(data)),
        Spacer(4),
        Box("Rekomendasi", recommendations(data)),
        _approval(data, on),
    ]
    return make_paper(data, "rekap", "Rekapitulasi Laboratorium Inovasi", blocks, on=on)
