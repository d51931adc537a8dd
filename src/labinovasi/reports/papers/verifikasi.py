"""The berita acara hasil verifikasi: per innovation and indicator the Desk Inovasi's verdict
(diterima, perlu revisi, ditolak) with the verifier's note, signed by the verifier and dated by
the latest verdict it lists (never the print day)."""

from __future__ import annotations

from itertools import groupby

from labinovasi.domain.evidence import Verification
from labinovasi.domain.papers import VerifiedAnswer, verdicts, verification_day
from labinovasi.reports.papers.common import (
    NUMBER_SLOT,
    PapersData,
    find_innovations,
    lab_signer,
    make_paper,
    opening,
    plain_date,
    title_blocks,
)
from labinovasi.reports.papers.model import (
    Block,
    Grid,
    Heading,
    Paper,
    Signatures,
    Spacer,
    Text,
)

TITLE = "Berita acara hasil verifikasi bukti dukung inovasi daerah"
OUTCOMES = {
    Verification.DITERIMA.value: "Diterima",
    Verification.PERLU_REVISI.value: "Perlu revisi",
    Verification.DITOLAK.value: "Ditolak",
}


def _indicator_order(answer: VerifiedAnswer) -> tuple[int, str]:
    digits = "".join(c for c in answer.indicator if c.isdigit())
    return int(digits or 0), answer.indicator


def build(
    data: PapersData, opd_id: str | None = None, innovation_id: str | None = None, **_options
) -> Paper:
    record = data.verification
    year = record.year if record else (data.dated.year if data.dated else 0)
    chosen = (
        {i.id for _o, i in find_innovations(data, opd_id, innovation_id, everyone=True)}
        if opd_id or innovation_id
        else None
    )
    answers = [
        a for a in (record.answers if record else []) if chosen is None or a.innovation_id in chosen
    ]
    listed = verdicts(answers)
    waiting = len(answers) - len(listed)
    on = data.dated or verification_day(listed)
    scope = ""
    if chosen is not None and listed:
        names = sorted({a.opd for a in listed if a.opd})
        scope = " pada " + ", ".join(names) if names else ""
    counts = {key: sum(a.status == key for a in listed) for key in OUTCOMES}
    blocks: list[Block] = [
        *title_blocks(TITLE, NUMBER_SLOT, f"Indeks Inovasi Daerah Tahun {year}"),
        Text(
            f"{opening(on)}, Desk Inovasi {data.agency_of_region} telah memverifikasi bukti "
            f"dukung indikator inovasi daerah tahun {year}{scope} dengan hasil sebagai berikut:"
        ),
        Text(
            (f"Keadaan verifikasi per {plain_date(on)}: " if on else "Keadaan verifikasi: ")
            + f"{len(listed)} jawaban indikator diverifikasi ("
            + ", ".join(f"{counts[k]} {label.lower()}" for k, label in OUTCOMES.items())
            + ")."
            + (
                f" {waiting} jawaban lain masih menunggu verifikasi dan tidak dimuat."
                if waiting
                else ""
            ),
            "bold",
        ),
    ]
    if not listed:
        blocks.append(Text("Belum ada jawaban indikator yang diverifikasi."))
    ordered = sorted(listed, key=lambda a: (a.opd, a.innovation, a.innovation_id))
    for (_id, innovation, opd), group in groupby(
        ordered, key=lambda a: (a.innovation_id, a.innovation, a.opd)
    ):
        rows = sorted(group, key=_indicator_order)
        blocks += [
            Heading(f"{innovation or '—'} · {opd}", 2),
            Grid(
                ["No.", "Indikator", "Hasil", "Catatan verifikator", "Tanggal"],
                [
                    [
                        a.indicator,
                        a.label or "—",
                        OUTCOMES[a.status],
                        a.note or "—",
                        plain_date(a.on_date) if a.on_date else "—",
                    ]
                    for a in rows
                ],
                [11, None, 22, 55, 30],
                align=["right", "left", "left", "left", "left"],
            ),
        ]
    blocks += [
        Spacer(2),
        Text(
            "Jawaban yang perlu revisi atau ditolak diperbaiki oleh perangkat daerah dan "
            "diajukan kembali untuk diverifikasi. Demikian berita acara ini dibuat dengan "
            "sebenarnya untuk dipergunakan sebagaimana mestinya."
        ),
        Signatures(
            [
                [
                    lab_signer(data, "kepala-bapperida", "Mengetahui,"),
                    lab_signer(data, "verifikator", "Verifikator,", data.place_date(on)),
                ]
            ]
        ),
    ]
    return make_paper(
        data,
        "berita-acara-verifikasi",
        TITLE,
        blocks,
        f"{year}/{innovation_id or opd_id or ''}",
        on,
    )
