"""The berita acara pelaksanaan of the Laboratorium Inovasi."""

from __future__ import annotations

from datetime import date

from labinovasi.domain.papers import (
    opening_sentence,
    plain_date,
)
from labinovasi.formatting import format_date_range, format_number
from labinovasi.reports.papers.common import (
    NUMBER_SLOT,
    PapersData,
    closing,
    lab_signer,
    make_paper,
    title_blocks,
    where,
)
from labinovasi.reports.papers.model import (
    Block,
    Grid,
    Numbered,
    Paper,
    Signatures,
    Spacer,
    Text,
)
from labinovasi.reports.summary import summary_line


def build(data: PapersData, **_options) -> Paper:
    workshop, status = data.workshop, data.report.status
    on = data.dated or workshop.end_date or date.today()
    dates = format_date_range(workshop.start_date, workshop.end_date) or plain_date(on)
    results = [
        (
            f"{format_number(status.ideas)} gagasan inovasi terkumpul dari {len(status.opds)} "
            f"perangkat daerah, {format_number(status.counted_ideas)} di antaranya dihitung "
            "(bukan duplikat dan tidak kosong);"
        ),
        summary_line(data.report) + ";",
        f"{len(data.report.innovations)} rancangan inovasi tersusun beserta rencana aksinya;",
        "rincian per perangkat daerah tercantum dalam tabel berikut.",
    ]
    rows = [
        [
            str(n),
            r.opd.name,
            r.opd.stage.label,
            format_number(r.status.tally.counted),
            "; ".join(d.name for d in r.lab if d.name) or "—",
        ]
        for n, r in enumerate(data.report.opds, start=1)
    ]
    blocks: list[Block] = [
        *title_blocks("Berita acara pelaksanaan Laboratorium Inovasi", NUMBER_SLOT),
        Text(
            f"{opening_sentence(on)}, bertempat di {where(data)}, telah dilaksanakan "
            f"{workshop.title} pada {dates} yang diselenggarakan oleh {data.agency_of_region}, diikuti "
            f"oleh {len(status.opds)} perangkat daerah, dengan hasil sebagai berikut:"
        ),
        Numbered(results),
        Grid(
            ["No", "Perangkat daerah", "Tahap", "Dihitung", "Rancangan inovasi"],
            rows,
            [8, None, 20, 18, 60],
            align=["right", "left", "left", "right", "left"],
        ),
        Spacer(2),
        closing(),
        Signatures(
            [
                [
                    lab_signer(data, "fasilitator", "Fasilitator,"),
                    lab_signer(data, "kepala-bapperida", "", data.place_date(on)),
                ],
                [lab_signer(data, "sekda", "Mengetahui,")],
            ],
            center_single=True,
        ),
    ]
    return make_paper(
        data,
        "berita-acara-pelaksanaan",
        "Berita acara pelaksanaan Laboratorium Inovasi",
        blocks,
        "",
        on,
    )
