"""The "Rekap Perkiraan IID" for the Sekda's evaluation meeting: the estimated Indeks Inovasi
Daerah as klaim and terverifikasi, what is missing, and the cheapest ways up."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from labinovasi.domain import Workshop
from labinovasi.domain.iga import (
    ACTION_AFFAIR,
    ASPECT_SID,
    BASIS_CLAIMED,
    BASIS_VERIFIED,
    IgaPortfolio,
    answers_score,
    gain_text,
    next_target,
)
from labinovasi.formatting import format_date, format_number, format_score
from labinovasi.i18n import _
from labinovasi.reports import styles
from labinovasi.reports.blocks import figure_boxes, grid_table, heading, title_block
from labinovasi.reports.document import SectionMark, build_pdf
from labinovasi.reports.styles import markup, para, shorten

GAIN_ROWS = 15


def iga_summary_story(
    workshop: Workshop, data: IgaPortfolio, printed_on: date, target: Decimal | None = None
) -> list[Flowable]:
    rules = data.rules
    result = data.estimate()
    ready = data.readiness()
    claimed, verified = result.claimed, result.verified
    story: list[Flowable] = [
        SectionMark("iga", _("Rekap Perkiraan IID"), footer=_("Rekap Perkiraan IID"))
    ]
    lines = [
        " · ".join(
            t for t in (workshop.title, _("aturan IGA {year}").format(year=rules.year)) if t
        ),
        _("Dicetak {date}").format(date=format_date(printed_on)),
    ]
    story += title_block(
        _("REKAP PERKIRAAN INDEKS INOVASI DAERAH"), workshop.region or workshop.title, lines
    )
    story.append(
        para(
            _("Terverifikasi {index} ({predikat}) · klaim {claimed} ({cpredikat})").format(
                index=format_score(verified.index),
                predikat=verified.predikat,
                claimed=format_score(claimed.index),
                cpredikat=claimed.predikat,
            ),
            styles.HEADLINE,
        )
    )
    story.append(Spacer(1, 3 * mm))
    story.append(
        figure_boxes(
            [
                (format_score(verified.index), _("indeks terverifikasi")),
                (format_score(claimed.index), _("indeks klaim")),
                (format_number(result.innovations), _("inovasi dilaporkan")),
                (f"{ready.opd_with_innovation}/{ready.opd_total}", _("OPD memiliki inovasi")),
                (format_number(ready.empty_seats), _("kursi kosong")),
            ],
            tones=[
                "met" if verified.index >= (target or Decimal(0)) and target else "",
                "",
                "",
                "" if not ready.opd_without else "short",
                "short" if ready.empty_seats else "met",
            ],
        )
    )
    story.append(Spacer(1, 2 * mm))
    story.append(
        para(
            _(
                "Perkiraan Labinovasi dari jawaban indikator dan bukti dukung yang "
                "tercatat; nilai resmi ditetapkan Kemendagri. Klaim: parameter dipilih "
                "dan ada bukti. Terverifikasi: klaim yang diterima Desk Inovasi."
            ),
            styles.NOTE,
        )
    )

    story += heading(_("Rincian skor"))
    story.append(_score_table(result))
    story += _what_if(data, verified.index, target)
    story += _checklist(ready)
    story += _innovations(data, ready)
    story += _gains(data)
    story += heading(_("Sumber aturan"))
    story.append(para(rules.source, styles.NOTE))
    return story


def _score_table(result) -> Flowable:
    claimed, verified = result.claimed, result.verified
    head = [
        para(_("Komponen"), styles.HEAD),
        para(_("Klaim"), styles.HEAD_RIGHT),
        para(_("Terverifikasi"), styles.HEAD_RIGHT),
    ]
    rows = [head]
    for label, get in (
        (_("SPD (indikator pemda)"), lambda s: format_score(s.spd)),
        (_("Jumlah skor SID semua inovasi"), lambda s: format_score(s.sid_total)),
        (_("Pembagi (maks. pembagi minimal, jumlah inovasi)"), lambda s: format_number(s.divisor)),
        (_("Rata-rata SID"), lambda s: format_score(s.sid_average)),
        (_("Skor jumlah inovasi"), lambda s: format_score(s.count_score)),
        (_("Skor total"), lambda s: format_score(s.total)),
        (_("Indeks"), lambda s: format_score(s.index)),
        (_("Predikat"), lambda s: s.predikat),
        (_("Urusan yandas tercakup"), lambda s: format_number(len(s.yandas_covered))),
    ):
        rows.append(
            [
                para(label),
                para(get(claimed), styles.CELL_RIGHT),
                para(get(verified), styles.CELL_RIGHT),
            ]
        )
    return grid_table(rows, [None, 32 * mm, 32 * mm])


def _what_if(data: IgaPortfolio, index: Decimal, target: Decimal | None) -> list[Flowable]:
    goal = target
    if goal is None:
        entry = next_target(data.rules, index)
        if entry is None:
            return []
        goal = entry.min
    expected = data.average_sid(BASIS_VERIFIED)
    answer = data.innovations_needed(goal, expected, BASIS_VERIFIED)
    story: list[Flowable] = [*heading(_("Berapa inovasi lagi?"))]
    if answer.needed == 0:
        text = _("Indeks terverifikasi sudah mencapai {target}.").format(target=format_score(goal))
    elif answer.needed is None:
        text = _(
            "Target {target} tidak tercapai hanya dengan menambah inovasi yang masing-"
            "masing bernilai SID {expected}: perbaiki bukti dan verifikasi dulu."
        ).format(target=format_score(goal), expected=format_score(expected))
        if len(answer.current.yandas_covered) < data.rules.min_covered:
            text += " " + _(
                "Skor jumlah inovasi masih 0 karena urusan wajib pelayanan dasar belum tercakup."
            )
    else:
        text = _(
            "Untuk mencapai {target} perlu {n} inovasi lagi, masing-masing dengan skor "
            "SID terverifikasi sekitar {expected} (rata-rata saat ini); indeks menjadi "
            "{reached}."
        ).format(
            target=format_score(goal),
            n=answer.needed,
            expected=format_score(expected),
            reached=format_score(answer.reached.index) if answer.reached else "—",
        )
    story.append(para(text, styles.BODY))
    if answer.lowers:
        story.append(
            para(
                _(
                    "Perhatian: inovasi baru dengan skor SID {expected} menurunkan "
                    "indeks ({delta} poin per inovasi)."
                ).format(
                    expected=format_score(expected), delta=format_score(answer.one_more_delta)
                ),
                styles.BODY,
            )
        )
    return story


def _mark(ok: bool) -> str:
    colour = styles.MET_HEX if ok else styles.SHORT_HEX
    return f"<font color='{colour}'><b>{'✓' if ok else '✗'}</b></font>"


def _checklist(ready) -> list[Flowable]:
    story: list[Flowable] = [*heading(_("Siap IGA: pemerintah daerah"))]
    rows = [[para("", styles.HEAD), para(_("Pemeriksaan"), styles.HEAD)]]
    for check in ready.region:
        rows.append(
            [Paragraph(_mark(check.ok), styles.CELL_CENTER), para(shorten(check.message, 400))]
        )
    story.append(grid_table(rows, [9 * mm, None]))
    if ready.opd_without:
        story.append(Spacer(1, 2 * mm))
        story.append(
            para(
                _("Perangkat daerah tanpa inovasi: {names}").format(
                    names=", ".join(ready.opd_without)
                ),
                styles.NOTE,
            )
        )
    return story


def _innovations(data: IgaPortfolio, ready) -> list[Flowable]:
    rules = data.rules
    story: list[Flowable] = [*heading(_("Siap IGA: per inovasi"))]
    if not data.innovations:
        story.append(para(_("Belum ada inovasi."), styles.BODY))
        return story
    head = [_("No"), _("OPD"), _("Inovasi"), _("SID klaim"), _("SID verif."), _("Belum siap")]
    rows: list[list] = [
        [para(h, styles.HEAD_RIGHT if i in (0, 3, 4) else styles.HEAD) for i, h in enumerate(head)]
    ]
    by_id = {item.id: item for item in ready.innovations}
    for number, item in enumerate(data.innovations, start=1):
        state = by_id[item.id]
        if not item.reported:
            todo = _("tidak dilaporkan")
        else:
            todo = "; ".join(c.message for c in state.checks if not c.ok) or _("siap")
        rows.append(
            [
                para(str(number), styles.CELL_RIGHT),
                para(item.opd),
                para(shorten(item.name, 160) or "—", styles.CELL_BOLD),
                para(
                    format_score(answers_score(rules, item.answers, BASIS_CLAIMED, ASPECT_SID)),
                    styles.CELL_RIGHT,
                ),
                para(
                    format_score(answers_score(rules, item.answers, BASIS_VERIFIED, ASPECT_SID)),
                    styles.CELL_RIGHT,
                ),
                Paragraph(_mark(state.ready) + " " + markup(shorten(todo, 500)), styles.CELL_SMALL),
            ]
        )
    story.append(grid_table(rows, [9 * mm, 20 * mm, 44 * mm, 16 * mm, 16 * mm, None]))
    return story


def _gains(data: IgaPortfolio) -> list[Flowable]:
    gains = data.gains(GAIN_ROWS)
    story: list[Flowable] = [*heading(_("Langkah termurah untuk menaikkan indeks"))]
    if not gains:
        story.append(para(_("Tidak ada langkah yang menaikkan indeks."), styles.BODY))
        return story
    head = [_("Inovasi / pemda"), _("Indikator"), _("Langkah"), _("+ klaim"), _("+ verif.")]
    rows: list[list] = [
        [para(h, styles.HEAD_RIGHT if i >= 3 else styles.HEAD) for i, h in enumerate(head)]
    ]
    for gain in gains:
        if gain.innovation_id:
            who = f"{gain.opd} · {gain.innovation_name}"
        else:
            who = _("Inovasi baru") if gain.action == ACTION_AFFAIR else _("Pemda")
        indicator = f"{gain.indicator}. {gain.indicator_name}" if gain.indicator else "—"
        rows.append(
            [
                para(shorten(who, 120)),
                para(shorten(indicator, 90)),
                para(gain_text(gain)),
                para(format_score(gain.claimed_points), styles.CELL_RIGHT),
                para(format_score(gain.verified_points), styles.CELL_RIGHT),
            ]
        )
    story.append(grid_table(rows, [50 * mm, 46 * mm, None, 16 * mm, 16 * mm]))
    story.append(para(_("Poin indeks; urut menurut tambahan terverifikasi."), styles.NOTE))
    return story


def write_iga_summary(
    workshop: Workshop,
    data: IgaPortfolio,
    target: Path | BinaryIO,
    printed_on: date | None = None,
    goal: Decimal | None = None,
) -> int:
    """Write the PDF; returns its page count."""
    printed_on = printed_on or date.today()
    where = " — ".join(t for t in (workshop.title, workshop.region) if t)
    footer = " · ".join(t for t in (workshop.title, workshop.region) if t)
    return build_pdf(
        lambda: iga_summary_story(workshop, data, printed_on, goal),
        target,
        title=_("Rekap Perkiraan IID — {where}").format(where=where),
        subject=_("Rekap Perkiraan Indeks Inovasi Daerah"),
        footer=footer,
    )
