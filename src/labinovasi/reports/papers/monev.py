"""The laporan monitoring dan evaluasi of each innovation (indicator 34's evidence): its
profile, the monitoring log's entries about it, the latest progress, signed by the Kepala of
the agency and dated by the latest monitoring entry (never the print day)."""

from __future__ import annotations

from labinovasi.reports.opd_sheet import monitoring_kind_label
from labinovasi.reports.papers.common import (
    NUMBER_SLOT,
    PapersData,
    find_innovations,
    find_opd,
    innovation_fields,
    lab_signer,
    make_paper,
    plain_date,
    title_blocks,
)
from labinovasi.reports.papers.model import Block, Grid, Heading, PageBreak, Paper, Signatures, Text


def build(
    data: PapersData, opd_id: str | None = None, innovation_id: str | None = None, **_options
) -> Paper:
    blocks: list[Block] = []
    latest = None
    for index, (opd, innovation) in enumerate(
        find_innovations(data, opd_id, innovation_id, everyone=True)
    ):
        report = find_opd(data, opd.id)
        entries = sorted(
            (e for e in report.monitoring if e.innovation_id in (None, innovation.id)),
            key=lambda e: e.on_date,
        )
        on = data.dated or (entries[-1].on_date if entries else None)
        latest = max(filter(None, (latest, on)), default=None)
        if index:
            blocks.append(PageBreak())
        blocks += [
            *title_blocks(
                "Laporan monitoring dan evaluasi inovasi daerah",
                NUMBER_SLOT if index == 0 else "",
                f"{innovation.name or '—'} · {opd.name}",
            ),
            Text(
                f"Keadaan per {plain_date(on)}." if on else "Belum ada monitoring tercatat.",
                "bold",
            ),
            innovation_fields(innovation),
            Heading("Hasil monitoring"),
            Grid(
                ["Tanggal", "Kegiatan", "Kemajuan", "Kendala", "Tindak lanjut"],
                [
                    [
                        plain_date(e.on_date),
                        monitoring_kind_label(e.kind) + (f"\noleh {e.who}" if e.who else ""),
                        f"{e.progress}%" if e.progress is not None else "—",
                        e.obstacles or "—",
                        e.follow_up or "—",
                    ]
                    for e in entries
                ]
                or [["", "", "", "", ""]],
                [26, 34, 20, None, 40],
                align=["left", "left", "right", "left", "left"],
            ),
            Signatures([[lab_signer(data, "kepala-bapperida", "", data.place_date(on))]]),
        ]
    return make_paper(
        data,
        "laporan-monev",
        "Laporan monitoring dan evaluasi inovasi daerah",
        blocks,
        innovation_id or opd_id or "",
        latest,
    )
