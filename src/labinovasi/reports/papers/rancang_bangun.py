"""The draft rancang bangun dan pokok perubahan built from the lab's records."""

from __future__ import annotations

import re

from labinovasi.domain.entities import APKL_CRITERIA
from labinovasi.domain.innovations import DESIGN_TEXT_MIN_WORDS, word_count
from labinovasi.domain.papers import (
    head_of_region,
)
from labinovasi.formatting import format_date_range, format_number
from labinovasi.reports.opd_sheet import (
    idea_mark,
)
from labinovasi.reports.papers.common import (
    PapersData,
    action_blocks,
    affair_label,
    find_innovations,
    find_opd,
    form_label,
    innovation_fields,
    make_paper,
    period,
    title_blocks,
)
from labinovasi.reports.papers.model import (
    Block,
    Box,
    Grid,
    Heading,
    Numbered,
    Paper,
    Spacer,
    Text,
)

_TO_FILL = re.compile(r"\[lengkapi[^\]]*\]")


def count_words(blocks: list[Block]) -> int:
    """Words of the prose that goes into the portal's text box: paragraphs and list items,
    without headings, tables, label/value rows or the "[lengkapi…]" markers still to fill."""
    words = 0
    for block in blocks:
        texts: list[str] = []
        if isinstance(block, Text) and block.style in ("body", ""):
            texts = [block.text]
        elif isinstance(block, Numbered):
            texts = block.items
        words += sum(word_count(_TO_FILL.sub(" ", t)) for t in texts)
    return words


def build(
    data: PapersData, opd_id: str | None = None, innovation_id: str | None = None, **_options
) -> Paper:
    opd, design = find_innovations(data, opd_id, innovation_id)[0]
    report = find_opd(data, opd.id)
    views = report.ideas
    source_ids = design.idea_ids
    sources = [v for v in views if v.idea.id in source_ids] or report.chosen[:1]
    idea = sources[0].idea if sources else None
    workshop = data.workshop
    counted = sum(1 for v in views if v.counted)
    body: list[Block] = [
        Heading("1. Dasar hukum"),
        Numbered(
            [
                (
                    "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah, Pasal 386 "
                    "sampai dengan Pasal 390 tentang Inovasi Daerah;"
                ),
                "Peraturan Pemerintah Nomor 38 Tahun 2017 tentang Inovasi Daerah;",
                (
                    "[lengkapi: peraturan sektoral urusan {affair} dan Keputusan {head} yang "
                    "menetapkan inovasi ini]"
                ).format(affair=affair_label(design) or "…", head=head_of_region(data.region)),
            ]
        ),
        Heading("2. Permasalahan"),
        Text(
            (
                "Gagasan inovasi ini berangkat dari masalah yang dirumuskan {opd} dalam "
                "Laboratorium Inovasi: {problem}"
            ).format(
                opd=opd.name,
                problem=(
                    idea.problem if idea and idea.problem else "[lengkapi: masalah yang dijawab]"
                ),
            )
        ),
        Text(
            "Akar masalahnya: {cause}. Yang terdampak: {affected}.".format(
                cause=(idea.root_cause if idea and idea.root_cause else "[lengkapi]"),
                affected=(idea.affected if idea and idea.affected else "[lengkapi]"),
            )
        ),
    ]
    if design.design_text:
        body += [Text("Uraian tim:", "bold"), Text(design.design_text)]
    body += [
        Heading("3. Isu strategis"),
        Text(
            (
                "Inovasi ini termasuk urusan pemerintahan {affair} dan berbentuk {kind}. "
                "[lengkapi: kaitan dengan isu strategis dan sasaran RPJMD/Renstra {opd}]"
            ).format(
                affair=affair_label(design) or "…",
                kind=form_label(design) or "…",
                opd=opd.abbreviation,
            )
        ),
        Heading("4. Metode pembaharuan"),
        Heading("Penjaringan ide", 2),
        Text(
            (
                "Dalam {event} ({dates}) {opd} menjaring {n} gagasan yang dikaitkan dengan "
                "tugas pokok dan fungsinya; {counted} gagasan dihitung setelah gagasan kosong "
                "dan duplikat disisihkan."
            ).format(
                event=workshop.title,
                dates=format_date_range(workshop.start_date, workshop.end_date) or "…",
                opd=opd.name,
                n=len(views),
                counted=counted,
            )
        ),
        Grid(
            ["No", "Gagasan", "Keterangan"],
            [[str(v.number), v.idea.text, idea_mark(v)] for v in views],
            [10, None, 34],
            align=["right", "left", "left"],
        ),
        Heading("Pemilihan ide", 2),
        Text(
            "Gagasan disaring dengan kriteria APKL (aktual, problematik, kekhalayakan, "
            "layak) lalu dinilai dengan USG (urgency, seriousness, growth, masing-masing "
            "1–5)."
        ),
    ]
    assessed = [v for v in views if v.idea.usg_total is not None or v.idea.passes_apkl]
    if assessed:
        assessed.sort(key=lambda v: -(v.idea.usg_total or 0))
        body.append(
            Grid(
                ["No", "Gagasan", "APKL", "U", "S", "G", "Jumlah"],
                [
                    [
                        str(v.number),
                        v.idea.text,
                        "lolos"
                        if v.idea.passes_apkl
                        else "{n} dari 4".format(
                            n=sum(getattr(v.idea, f"apkl_{c}") for c in APKL_CRITERIA)
                        ),
                        *[
                            str(x) if x is not None else "—"
                            for x in (v.idea.usg_urgency, v.idea.usg_seriousness, v.idea.usg_growth)
                        ],
                        str(v.idea.usg_total) if v.idea.usg_total is not None else "—",
                    ]
                    for v in assessed
                ],
                [10, None, 18, 9, 9, 9, 15],
                align=["right", "left", "center", "center", "center", "center", "center"],
            )
        )
    for view in sources:
        body.append(
            Text(
                "Gagasan terpilih: “{idea}”{usg}.".format(
                    idea=view.idea.text,
                    usg=f" dengan nilai USG {view.idea.usg_total}"
                    if view.idea.usg_total is not None
                    else "",
                )
            )
        )
    body += [
        Heading("Rancangan inovasi", 2),
        Text(
            (
                "Rancangan inovasi “{name}” bertujuan {goal}. Manfaatnya: {benefits}. Hasil yang "
                "diharapkan: {results}."
            ).format(
                name=design.name or "…",
                goal=_lower_first(design.goal) or "[lengkapi: tujuan]",
                benefits=design.benefit.strip().rstrip(".") or "[lengkapi]",
                results=design.expected_result.strip().rstrip(".") or "[lengkapi]",
            )
        ),
        innovation_fields(design),
        Heading("5. Keunggulan dan kebaharuan"),
        Text(
            "[lengkapi: apa yang baru dibanding cara kerja sebelumnya, dan keunggulannya "
            "bagi penerima manfaat]"
        ),
        Heading("6. Tahapan inovasi"),
        Text(
            "Uji coba: {trial}. Penerapan: {rollout}.".format(
                trial=period(design.trial_date) or "…",
                rollout=period(design.launch_date) or "…",
            )
        ),
        *action_blocks(design),
    ]
    words = count_words(body)
    notice = Box(
        "DRAF — disusun dari catatan Laboratorium Inovasi",
        [
            f"{format_number(words)} kata; formulir Indeks Inovasi Daerah meminta paling sedikit "
            f"{DESIGN_TEXT_MIN_WORDS} kata.",
            "Lengkapi bagian bertanda [lengkapi] sebelum diunggah.",
        ],
    )
    blocks: list[Block] = [
        *title_blocks(
            "Rancang bangun dan pokok perubahan", "", f"{design.name or '—'} · {opd.name}"
        ),
        notice,
        Spacer(3),
        *body,
    ]
    return make_paper(
        data,
        "rancang-bangun",
        f"Draf rancang bangun {design.name}",
        blocks,
        numbered=False,
        draft=True,
        words=words,
    )


def _lower_first(text: str) -> str:
    """'Memangkas waktu…' → 'memangkas waktu…' to run on in a sentence (not 'WhatsApp…')."""
    text = text.strip().rstrip(".")
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text
