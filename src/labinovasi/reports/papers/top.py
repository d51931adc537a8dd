"""The berita acara penetapan Top-N of the gelar inovasi."""

from __future__ import annotations

from labinovasi.domain.papers import (
    JuryResult,
    Person,
    juror_positions,
)
from labinovasi.reports.papers.common import (
    DOTS,
    NUMBER_SLOT,
    PapersData,
    lab_signer,
    make_paper,
    opening,
    signer,
    title_blocks,
)
from labinovasi.reports.papers.model import (
    Block,
    Grid,
    Paper,
    Signatures,
    Spacer,
    Text,
)


def build(data: PapersData, **_options) -> Paper:
    jury = data.jury or JuryResult()
    on = data.dated or jury.on_date  # the gelar inovasi's day, as its jury sheets say
    top = jury.top or 3
    by_rank = {e.rank: e for e in jury.entries}
    rows = [
        [
            str(r),
            by_rank[r].innovation if r in by_rank else "",
            by_rank[r].opd if r in by_rank else "",
            by_rank[r].score if r in by_rank else "",
        ]
        for r in range(1, top + 1)
    ]
    jurors: list[Person | None] = [*jury.jurors] or [p for p in data.people if p.role == "juri"]
    jurors = jurors or [None] * 3
    signers = [
        signer(p, position, nip_line=bool(p is None or p.nip))
        for p, position in zip(jurors, juror_positions(len(jurors)), strict=True)
    ]
    rows_of_signers = [signers[i : i + 3] for i in range(0, len(signers), 3)]
    blocks: list[Block] = [
        *title_blocks(f"Berita acara penetapan Top {top} gelar inovasi", NUMBER_SLOT),
        Text(
            (
                "{opening}, bertempat di {place}, dewan juri gelar inovasi {region} telah "
                "menilai inovasi perangkat daerah dengan kriteria {criteria}. Berdasarkan hasil "
                "penilaian tersebut, dewan juri menetapkan {n} inovasi terbaik sebagai "
                "berikut:"
            ).format(
                opening=opening(on),
                place=jury.place or data.workshop.place or DOTS,
                region=data.region,
                criteria=", ".join(jury.criteria) or DOTS,
                n=top,
            )
        ),
        Grid(
            ["Peringkat", "Nama inovasi", "Perangkat daerah", "Nilai"],
            rows,
            [20, None, 55, 20],
            min_height=10,
            align=["center", "left", "left", "right"],
        ),
        Spacer(2),
        Text(
            "Keputusan dewan juri bersifat final. Demikian berita acara ini dibuat untuk "
            "dipergunakan sebagaimana mestinya."
        ),
        Text(data.place_date(on), "center"),
        Text("Dewan juri:", "center"),
        Signatures(rows_of_signers, center_single=True),
        Signatures([[lab_signer(data, "kepala-bapperida", "Mengetahui,")]], center_single=True),
    ]
    return make_paper(
        data, "berita-acara-top", f"Berita acara penetapan Top {top}", blocks, "", on or None
    )
