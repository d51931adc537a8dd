"""The berita acara of a desk konsultasi with one OPD."""

from __future__ import annotations

from labinovasi.domain.papers import (
    desk_date,
    implementation_label,
)
from labinovasi.formatting import format_date_range
from labinovasi.reports.papers.common import (
    DOTS,
    NUMBER_SLOT,
    PapersData,
    closing,
    find_opd,
    head_signer,
    lab_signer,
    make_paper,
    opening,
    period,
    stage_label,
    title_blocks,
)
from labinovasi.reports.papers.model import (
    Block,
    Fields,
    Grid,
    Heading,
    Numbered,
    Paper,
    Signatures,
    Text,
)


def build(data: PapersData, opd_id: str | None = None, **_options) -> Paper:
    report = find_opd(data, opd_id)
    opd = report.opd
    on = data.dated or desk_date(report.monitoring, opd.id)  # the desk's day, not the print day
    blocks: list[Block] = [
        *title_blocks(
            "Berita acara hasil desk konsultasi", NUMBER_SLOT, f"Inovasi Daerah {opd.name}"
        ),
        Text(
            f"{opening(on)}, bertempat di {data.workshop.place or data.city or DOTS}, telah "
            "dilaksanakan "
            f"desk konsultasi hasil Laboratorium Inovasi bersama {opd.name} dengan hasil "
            "sebagai berikut:"
        ),
    ]
    if not report.lab:
        blocks.append(Text("Belum ada rancangan inovasi yang tercatat."))
    for design in report.lab:
        blocks += [
            Heading(design.name or "Rancangan inovasi", 2),
            Fields(
                [
                    ("Tahapan", stage_label(design) or "—"),
                    (
                        implementation_label(design.stage),
                        period(
                            design.launch_date if design.stage == "penerapan" else design.trial_date
                        )
                        or "—",
                    ),
                ],
                35,
            ),
        ]
        rows = [
            [str(n), a.activity, format_date_range(a.start, a.end) or "—", a.output, "", ""]
            for n, a in enumerate(design.actions, start=1)
        ] or [[str(n), "", "", "", "", ""] for n in range(1, 4)]
        blocks.append(
            Grid(
                ["No", "Kegiatan", "Jadwal", "Keluaran", "Realisasi", "Keterangan"],
                rows,
                [8, None, 30, 30, 24, 24],
                min_height=9,
                align=["right"] + ["left"] * 5,
            )
        )
    blocks += [
        Heading("Catatan dan tindak lanjut", 2),
        Numbered(["." * 120, "." * 120, "." * 120]),
        closing(),
        Signatures(
            [
                [
                    head_signer(data, opd, "Perangkat daerah,"),
                    lab_signer(data, "fasilitator", "Fasilitator desk,", data.place_date(on)),
                ],
                [lab_signer(data, "kepala-bapperida", "Mengetahui,")],
            ],
            center_single=True,
        ),
    ]
    return make_paper(
        data,
        "berita-acara-desk",
        f"Berita acara desk konsultasi {opd.abbreviation}",
        blocks,
        f"{opd.id}/{on.isoformat() if on else ''}",
        on,
    )
