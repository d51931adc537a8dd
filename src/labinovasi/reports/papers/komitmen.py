"""The OPD head's commitment to carry out the lab's design."""

from __future__ import annotations

from datetime import date

from labinovasi.reports.papers.common import (
    NUMBER_SLOT,
    PapersData,
    action_span,
    find_opd,
    head_signer,
    kind_label,
    lab_signer,
    make_paper,
    person_fields,
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


def build(data: PapersData, opd_id: str | None = None, **_options) -> Paper:
    report = find_opd(data, opd_id)
    opd = report.opd
    on = data.dated or report.finished_on or data.workshop.end_date or date.today()
    head = data.person("kepala-opd", opd.id)
    names = [d.name for d in report.lab if d.name]
    promises = [
        (
            f"melaksanakan rancangan inovasi “{n}” sesuai rencana aksi yang disusun "
            "dalam Laboratorium Inovasi;"
        )
        for n in names
    ] or ["menyelesaikan rancangan inovasi dari gagasan terpilih dan rencana aksinya;"]
    promises += [
        ("melaksanakan uji coba dan penerapan inovasi serta mengumpulkan bukti dukungnya;"),
        (
            "melaporkan perkembangan pelaksanaan kepada Desk Inovasi "
            f"{data.agency_short} secara berkala."
        ),
    ]
    # a one-party promise is a surat pernyataan (a berita acara records an event between
    # parties); the key stays berita-acara-komitmen, the CLI's public name
    blocks: list[Block] = [
        *title_blocks(
            "Surat pernyataan komitmen", NUMBER_SLOT, f"Pelaksanaan Inovasi Daerah {opd.name}"
        ),
        Text("Yang bertanda tangan di bawah ini:"),
        person_fields(head, f"Kepala {opd.name}"),
        Spacer(2),
        Text(
            f"selaku Kepala {opd.name}, sebagai tindak lanjut {data.workshop.title} yang "
            f"diselenggarakan oleh {data.agency_of_region} di {where(data)}, dengan ini "
            "menyatakan berkomitmen untuk:"
        ),
        Numbered(promises),
    ]
    if report.lab:
        blocks += [
            Spacer(2),
            Grid(
                ["No", "Nama inovasi", "Jenis", "Rencana aksi"],
                [
                    [
                        str(n),
                        d.name or "—",
                        kind_label(d) or "—",
                        f"{len(d.actions)} kegiatan, {action_span(d)}",
                    ]
                    for n, d in enumerate(report.lab, start=1)
                ],
                [8, None, 45, 45],
                align=["right", "left", "left", "left"],
            ),
        ]
    blocks += [
        Text(
            "Demikian surat pernyataan ini dibuat dengan sebenarnya untuk dipergunakan "
            "sebagaimana mestinya."
        ),
        Signatures(
            [
                [
                    lab_signer(data, "kepala-bapperida", "Mengetahui,"),
                    head_signer(data, opd, "Yang membuat pernyataan,", data.place_date(on)),
                ]
            ]
        ),
    ]
    return make_paper(
        data,
        "berita-acara-komitmen",
        f"Surat pernyataan komitmen {opd.abbreviation}",
        blocks,
        opd.id,
        on,
    )
