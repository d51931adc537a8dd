"""The rekapitulasi for the region head: who met the minimum, totals, every OPD, a chart,
who still falls short, and the designs by jenis and urusan."""

from __future__ import annotations

from collections import Counter

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from labinovasi.domain import Stage, shortfall_text
from labinovasi.domain.lists import label
from labinovasi.formatting import format_date, format_number, format_percent
from labinovasi.i18n import _
from labinovasi.reports import styles
from labinovasi.reports.blocks import (
    figure_boxes,
    grid_table,
    heading,
    title_block,
    workshop_lines,
)
from labinovasi.reports.charts import Bar, counted_ideas_charts
from labinovasi.reports.data import ReportData
from labinovasi.reports.document import SectionMark
from labinovasi.reports.styles import markup, para, shorten


def summary_line(data: ReportData) -> str:
    """E.g. "15 dari 47 OPD (31,9%) memenuhi minimal 5 gagasan" — the same words as `status`."""
    status = data.status
    return _("{met} dari {total} OPD ({pct}) memenuhi minimal {minimum} gagasan").format(
        met=status.opds_meeting_minimum,
        total=len(status.opds),
        pct=format_percent(status.opds_meeting_minimum, len(status.opds)),
        minimum=data.workshop.min_ideas,
    )


def summary_story(data: ReportData) -> list[Flowable]:
    status = data.status
    story: list[Flowable] = [
        SectionMark("rekapitulasi", _("Rekapitulasi"), footer=_("Rekapitulasi"))
    ]
    story += title_block(
        _("REKAPITULASI LABORATORIUM INOVASI"),
        data.workshop.region or data.workshop.title,
        _workshop_lines(data),
    )
    story.append(para(summary_line(data), styles.HEADLINE))
    story.append(Spacer(1, 3 * mm))
    story.append(
        figure_boxes(
            [
                (format_number(len(status.opds)), _("OPD")),
                (format_number(status.opds_meeting_minimum), _("OPD memenuhi minimal")),
                (format_number(status.ideas), _("gagasan")),
                (format_number(status.counted_ideas), _("dihitung")),
                (format_number(status.duplicates), _("duplikat")),
            ],
            tones=["", "met", "", "", ""],
        )
    )
    story.append(Spacer(1, 2 * mm))
    story.append(para(_stage_line(data), styles.NOTE))

    story += heading(_("Gagasan per perangkat daerah"))
    if not status.opds:
        story.append(
            para(_("Belum ada OPD. Impor atau tambahkan perangkat daerah dulu."), styles.BODY)
        )
        return story
    story.append(_opd_table(data))

    story += _shortfalls(data)
    story += _collaboration(data)
    story += _chart(data)
    story += _designs(data)
    story += _overrides(data)
    return story


def _workshop_lines(data: ReportData) -> list[str]:
    lines = workshop_lines(data.workshop)
    if data.workshop.region and data.workshop.title:
        lines[0] = data.workshop.title  # the region is already the big title
    lines.append(_("Dicetak {date}").format(date=format_date(data.printed_on)))
    return lines


def _stage_line(data: ReportData) -> str:
    counts = Counter(s.opd.stage for s in data.status.opds)
    parts = [f"{stage.label} {counts[stage]}" for stage in Stage if counts[stage]]
    return _("OPD per tahap: {parts}").format(parts=" · ".join(parts))


def opd_table_header() -> list[str]:
    return [
        _("No"),
        _("Perangkat daerah"),
        _("Tahap"),
        _("Gagasan"),
        _("Dihitung"),
        _("Keterangan"),
    ]


def _opd_table(data: ReportData) -> Table:
    head = opd_table_header()
    header_styles = [
        styles.HEAD_RIGHT,
        styles.HEAD,
        styles.HEAD,
        styles.HEAD_RIGHT,
        styles.HEAD_RIGHT,
        styles.HEAD,
    ]
    rows: list[list] = [
        [para(text, style) for text, style in zip(head, header_styles, strict=True)]
    ]
    for number, s in enumerate(data.status.opds, start=1):
        # labels outside the f-strings, where the translation extractor can see them
        if s.meets_minimum:
            colour, verdict = styles.MET_HEX, _("memenuhi")
        else:
            colour, verdict = styles.SHORT_HEX, _("belum (kurang {n})").format(n=s.missing)
        note = f"<font color='{colour}'>{markup(verdict)}</font>"
        rows.append(
            [
                para(str(number), styles.CELL_RIGHT),
                styles.MarkupParagraph(
                    f"{markup(s.opd.name)} <font color='{styles.MUTED_HEX}'>"
                    f"({markup(s.opd.abbreviation)})</font>",
                    styles.CELL,
                ),
                para(s.opd.stage.label),
                para(format_number(s.tally.stored), styles.CELL_RIGHT),
                para(format_number(s.tally.counted), styles.CELL_RIGHT),
                styles.MarkupParagraph(note, styles.CELL),
            ]
        )
    return grid_table(rows, [10 * mm, None, 22 * mm, 17 * mm, 17 * mm, 30 * mm])


def _shortfalls(data: ReportData) -> list[Flowable]:
    short = [s for s in data.status.opds if not s.meets_minimum]
    story: list[Flowable] = [*heading(_("OPD yang belum memenuhi minimal"))]
    if not short:
        story.append(
            para(
                _("Semua OPD sudah memenuhi minimal {n} gagasan.").format(
                    n=data.workshop.min_ideas
                ),
                styles.BODY,
            )
        )
        return story
    for s in short:
        story.append(
            styles.MarkupParagraph(
                "•&nbsp;" + markup(shortfall_text(s.opd, s.tally.counted, s.minimum)), styles.BODY
            )
        )
    return story


def _collaboration(data: ReportData) -> list[Flowable]:
    """Collaboration candidates: OPDs proposing similar ideas (never changes counting)."""
    if not data.collaboration:
        return []
    story: list[Flowable] = [*heading(_("Calon kolaborasi antar-OPD (gagasan serupa)"))]
    for sentence, ideas in data.collaboration:
        story.append(para(sentence, styles.BODY))
        for abbreviation, text in ideas[:_GROUP_IDEAS]:
            story.append(
                styles.MarkupParagraph(
                    "&nbsp;&nbsp;–&nbsp;" + markup(f"{abbreviation}: {shorten(text, 160)}"),
                    styles.BODY,
                )
            )
        if len(ideas) > _GROUP_IDEAS:
            story.append(
                para(_("  … dan {n} gagasan lain").format(n=len(ideas) - _GROUP_IDEAS), styles.BODY)
            )
    return story


_GROUP_IDEAS = 8  # ideas printed per collaboration group (the board and the app list all)


def _chart(data: ReportData) -> list[Flowable]:
    bars = [Bar(s.opd.abbreviation, s.tally.counted, s.meets_minimum) for s in data.status.opds]
    drawings = counted_ideas_charts(bars, data.workshop.min_ideas)
    if not drawings:
        return []
    title = para(_("Gagasan dihitung per OPD"), styles.H2)
    story: list[Flowable] = [KeepTogether([title, drawings[0]])]
    for drawing in drawings[1:]:
        story += [Spacer(1, 3 * mm), drawing]
    return story


def _count_table(title: str, counts: Counter) -> Table:
    rows = [[para(title, styles.HEAD), para(_("Rancangan"), styles.HEAD_RIGHT)]]
    for key, n in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        rows.append([para(shorten(key, 120) or "—"), para(format_number(n), styles.CELL_RIGHT)])
    return grid_table(rows, [None, 24 * mm], width=styles.CONTENT_WIDTH / 2 - 3 * mm)


def _designs(data: ReportData) -> list[Flowable]:
    designs = data.innovations
    story: list[Flowable] = [*heading(_("Rancangan inovasi menurut bentuk dan urusan"))]
    if not designs:
        story.append(para(_("Belum ada rancangan inovasi."), styles.BODY))
        return story
    kinds = Counter(label("bentuk", d.form) or "—" for _opd, d in designs)
    affairs = Counter(label("urusan", d.main_affair) or "—" for _opd, d in designs)
    pair = Table(
        [
            [
                _count_table(_("Bentuk inovasi"), kinds),
                _count_table(_("Urusan pemerintahan"), affairs),
            ]
        ],
        colWidths=[styles.CONTENT_WIDTH / 2] * 2,
    )
    pair.setStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("ALIGN", (1, 0), (1, 0), "RIGHT"),
        ]
    )
    story += [pair, Spacer(1, 4 * mm)]
    head = [_("OPD"), _("Nama inovasi"), _("Bentuk"), _("Urusan"), _("Tahapan")]
    rows: list[list] = [[para(h, styles.HEAD) for h in head]]
    for opd, design in designs:
        # shortened: the OPD's own sheet prints them in full, and short rows never need to
        # split inside a table whose header repeats
        rows.append(
            [
                para(opd.abbreviation),
                para(shorten(design.name, 200) or "—", styles.CELL_BOLD),
                para(shorten(label("bentuk", design.form), 80)),
                para(shorten(label("urusan", design.main_affair), 80)),
                para(label("tahapan", design.stage)),
            ]
        )
    story.append(grid_table(rows, [24 * mm, None, 42 * mm, 26 * mm, 20 * mm]))
    return story


def _overrides(data: ReportData) -> list[Flowable]:
    rows: list[list] = []
    for report in data.opds:
        for change in report.overrides:
            rows.append(
                [
                    para(report.opd.abbreviation),
                    para(f"{change.from_stage.label} → {change.to_stage.label}"),
                    para(change.override_reason),
                ]
            )
    if not rows:
        return []
    head = [para(h, styles.HEAD) for h in (_("OPD"), _("Perpindahan"), _("Alasan pengecualian"))]
    return [
        *heading(_("Pengecualian tahap")),
        grid_table([head, *rows], [24 * mm, 38 * mm, None], repeat_header=False),
    ]
