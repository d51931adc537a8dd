"""Lembar Hasil Laboratorium Inovasi for one OPD: its ideas with their marks, the diagnose,
the chosen idea(s), the design, after the lab its launchings and monitoring log (only when
recorded), stage overrides, the commitment and the signature lines."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from labinovasi.domain import Stage, Workshop
from labinovasi.domain.delivery import Launching
from labinovasi.domain.entities import APKL_CRITERIA
from labinovasi.domain.innovations import Innovation, word_count
from labinovasi.domain.lists import label
from labinovasi.domain.papers import signing_place as papers_signing_place
from labinovasi.domain.rules import withdrawn_on_paper
from labinovasi.domain.status import IdeaView
from labinovasi.formatting import format_date, format_number, format_rupiah
from labinovasi.i18n import _
from labinovasi.reports import styles
from labinovasi.reports.blocks import (
    bullet_lines,
    field_table,
    figure_boxes,
    grid_table,
    heading,
    long_table,
    title_block,
    workshop_lines,
)
from labinovasi.reports.data import OpdReport
from labinovasi.reports.document import SectionMark
from labinovasi.reports.styles import chunk_text, markup, para, rich, shorten

TICK, NO_TICK, EMPTY = "✓", "–", "—"
NUMBER_WIDTH, MARK_WIDTH = 10 * mm, 32 * mm  # the ideas table's first and last columns
ASSESSMENT_TEXT = 240  # characters; the full idea is printed in the list above, by number


def apkl_labels() -> dict[str, str]:
    return {
        "aktual": _("Aktual"),
        "problematik": _("Problematik"),
        "kekhalayakan": _("Kekhalayakan"),
        "layak": _("Layak"),
    }


def idea_mark(view: IdeaView) -> str:
    """How the sheet marks an idea: dihitung, duplikat dari no. N, ditarik (with the reason),
    or kosong."""
    if withdrawn_on_paper(view.idea):
        return _("ditarik: {reason}").format(reason=view.idea.withdrawn_reason)
    if view.counted:
        return _("dihitung")
    if view.duplicate_of_number is not None:
        return _("duplikat dari no. {n}").format(n=view.duplicate_of_number)
    if view.duplicate_of:
        return _("duplikat")
    return _("kosong")


def progress_line(report: OpdReport) -> str:
    """E.g. "6 gagasan dihitung — memenuhi minimal 5", or "3 dari 5 gagasan — belum …"."""
    s = report.status
    if s.meets_minimum and s.tally.counted == s.minimum:
        return _("{progress} gagasan — memenuhi minimal").format(progress=s.progress)
    if s.meets_minimum:
        # "6 dari 5" reads as a mistake once an OPD has more than the minimum
        return _("{n} gagasan dihitung — memenuhi minimal {m}").format(
            n=format_number(s.tally.counted), m=s.minimum
        )
    return _("{progress} gagasan — belum memenuhi minimal, perlu {n} lagi").format(
        progress=s.progress, n=s.missing
    )


def signing_place(workshop: Workshop, city: str = "") -> str:
    """Where the sheet is signed: the kop's city, else the venue's town (domain.papers)."""
    return papers_signing_place(city, workshop.place, workshop.region)


def opd_story(
    report: OpdReport,
    workshop: Workshop,
    outline_level: int = 0,
    signatures: list[Flowable] | None = None,
) -> list[Flowable]:
    """The sheet; `signatures` replaces the plain signature lines (the office papers pass
    blocks with names, jabatan and NIP)."""
    opd = report.opd
    story: list[Flowable] = [
        SectionMark(
            f"opd-{opd.id}",
            opd.display_name,
            level=outline_level,
            footer=_("Lembar hasil {abbr}").format(abbr=opd.abbreviation),
        )
    ]
    story += title_block(
        _("LEMBAR HASIL LABORATORIUM INOVASI"), opd.display_name, workshop_lines(workshop)
    )
    story += _overview(report)
    story += _ideas(report)
    story += _withdrawn(report)
    story += _assessment(report)
    story += _chosen(report)
    for innovation in report.lab:
        story += _innovation(innovation, report)
    story += _monitoring(report)
    story += _overrides(report)
    story += _commitment(report, workshop, signatures)
    return story


def _overview(report: OpdReport) -> list[Flowable]:
    s = report.status
    tally = s.tally
    boxes = figure_boxes(
        [
            (s.opd.stage.label, _("tahap")),
            (
                format_number(s.tally.counted) if s.tally.counted > s.minimum else s.progress,
                _("gagasan dihitung (minimal {m})").format(m=s.minimum),
            ),
            (format_number(tally.stored), _("gagasan tersimpan")),
            (format_number(tally.duplicates), _("duplikat")),
        ],
        tones=["", "met" if s.meets_minimum else "short", "", ""],
    )
    return [boxes, Spacer(1, 2 * mm), para(progress_line(report), styles.LEAD)]


def _ideas(report: OpdReport) -> list[Flowable]:
    story: list[Flowable] = [*heading(_("Gagasan"))]
    if not report.ideas:
        story.append(para(_("Belum ada gagasan."), styles.BODY))
        return story
    head = [
        para(_("No"), styles.HEAD_RIGHT),
        para(_("Gagasan, pengusul dan masalah"), styles.HEAD),
        para(_("Keterangan"), styles.HEAD),
    ]
    rows: list[list] = []
    # Commands name data rows (0 under the header): the table is laid out a page at a time.
    commands: list[tuple] = []
    for index, view in enumerate(v for v in report.ideas if not v.idea.withdrawn):
        idea = view.idea
        details = []
        if idea.author:
            details.append(_("Pengusul: {name}").format(name=idea.author))
        if idea.problem:
            details.append(_("Masalah: {problem}").format(problem=idea.problem))
        # Plain text in a style where it can be: one line that fits is drawn as a string,
        # with no markup to parse (most cells of a print-out of thousands of ideas).
        mark_style = styles.CELL if view.counted else styles.CELL_SHORT
        mark: Flowable | str = styles.string_cell(idea_mark(view), mark_style, MARK_WIDTH)
        if not view.counted:  # for the string: the column's commands draw it in CELL's ink
            commands.append(("TEXTCOLOR", (2, len(rows)), (2, len(rows)), styles.SHORT))
        if idea.chosen:
            text = markup(idea_mark(view))
            if not view.counted:
                text = f"<font color='{styles.SHORT_HEX}'>{text}</font>"
            text += "<br/><b>" + markup(_("terpilih")) + "</b>"
            mark = styles.MarkupParagraph(text, styles.CELL)
        # A long idea becomes several rows, so it flows across pages a piece at a time.
        pieces: list[list[Flowable]] = [
            [para(piece, styles.CELL)] for piece in chunk_text(idea.text) or [EMPTY]
        ]
        if details:
            pieces[-1].append(para(" · ".join(details), styles.CELL_DETAILS))
        first = len(rows)
        for i, piece in enumerate(pieces):
            rows.append(
                [
                    styles.string_cell(str(view.number), styles.CELL_RIGHT, NUMBER_WIDTH)
                    if i == 0
                    else "",
                    piece,
                    mark if i == 0 else "",
                ]
            )
            if i:
                commands.append(("TOPPADDING", (0, len(rows) - 1), (-1, len(rows) - 1), 0))
            if i < len(pieces) - 1:
                commands.append(("BOTTOMPADDING", (0, len(rows) - 1), (-1, len(rows) - 1), 0))
        last = len(rows) - 1
        if index % 2:
            commands.append(("BACKGROUND", (0, first), (-1, last), styles.ZEBRA))
        commands.append(("LINEBELOW", (0, last), (-1, last), 0.4, styles.RULE))
    # chunked text keeps every row short, as a table with a repeating header needs
    story.append(
        long_table(
            head,
            rows,
            [NUMBER_WIDTH, None, MARK_WIDTH],
            style=styles.grid_style(zebra=False, lines=False).getCommands()
            + styles.string_column(styles.CELL_RIGHT, 0)
            + styles.string_column(styles.CELL, 2),
            row_commands=commands,
        )
    )
    tally = report.status.tally
    summary = _("{stored} gagasan tersimpan: {counted} dihitung, {dup} duplikat").format(
        stored=format_number(tally.stored),
        counted=format_number(tally.counted),
        dup=format_number(tally.duplicates),
    )
    if tally.blank:
        summary += _(", {n} kosong").format(n=format_number(tally.blank))
    if tally.withdrawn:
        summary += _(", {n} ditarik (daftar di bawah)").format(n=format_number(tally.withdrawn))
    story += [Spacer(1, 1.5 * mm), para(summary, styles.NOTE)]
    return story


def _withdrawn(report: OpdReport) -> list[Flowable]:
    """Ideas the facilitator withdrew: listed apart, with the reason, never counted."""
    views = [v for v in report.ideas if withdrawn_on_paper(v.idea)]
    if not views:
        return []
    rows: list[list] = [
        [
            para(_("No"), styles.HEAD_RIGHT),
            para(_("Gagasan"), styles.HEAD),
            para(_("Alasan ditarik"), styles.HEAD),
        ]
    ]
    for view in views:
        rows.append(
            [
                para(str(view.number), styles.CELL_RIGHT),
                para(view.idea.text, styles.CELL),
                para(view.idea.withdrawn_reason, styles.CELL),
            ]
        )
    note = para(
        _("Gagasan ini ditarik oleh fasilitator: tetap dicatat, tidak dihitung."), styles.NOTE
    )
    return [
        *heading(_("Gagasan yang ditarik")),
        grid_table(rows, [10 * mm, None, 55 * mm], repeat_header=False),
        Spacer(1, 1.5 * mm),
        note,
    ]


def _assessed(view: IdeaView, report: OpdReport) -> bool:
    idea = view.idea
    return (
        any(getattr(idea, f"apkl_{c}") for c in APKL_CRITERIA)
        or idea.chosen
        or report.votes(view) > 0
        or any(v is not None for v in (idea.usg_urgency, idea.usg_seriousness, idea.usg_growth))
    )


def _score(value: int | None) -> str:
    return EMPTY if value is None else str(value)


def _assessment(report: OpdReport) -> list[Flowable]:
    """APKL ticks and USG scores of every assessed idea, highest USG total first."""
    views = [v for v in report.ideas if _assessed(v, report) and not v.idea.withdrawn]
    if not views:
        return []
    views.sort(key=lambda v: (-(v.idea.usg_total or -1), -report.votes(v), v.number))
    head = [_("No"), _("Gagasan"), "A", "P", "K", "L", "U", "S", "G", _("Jml"), _("Suara")]
    narrow = 6.5 * mm
    widths = [9 * mm, None] + [narrow] * 7 + [10 * mm, 13 * mm]
    rows: list[list] = []
    commands: list[tuple] = []  # data rows from 0, as in _ideas
    for row, view in enumerate(views):
        idea = view.idea
        text: Flowable = para(shorten(idea.text, ASSESSMENT_TEXT), styles.CELL)
        if idea.chosen:
            chosen = markup(_("terpilih"))
            text = styles.MarkupParagraph(
                f"<b>{markup(shorten(idea.text, ASSESSMENT_TEXT))}</b> "
                f"<font color='{styles.ACCENT_HEX}'>({chosen})</font>",
                styles.CELL,
            )
        ticks = [TICK if getattr(idea, f"apkl_{c}") else NO_TICK for c in APKL_CRITERIA]
        scores = [_score(idea.usg_urgency), _score(idea.usg_seriousness), _score(idea.usg_growth)]
        figures = [*ticks, *scores, _score(idea.usg_total), str(report.votes(view))]
        rows.append(
            [
                styles.string_cell(str(view.number), styles.CELL_CENTER, widths[0]),
                text,
                *[
                    styles.string_cell(t, styles.CELL_CENTER, w)
                    for t, w in zip(figures, widths[2:], strict=True)
                ],
            ]
        )
        if idea.chosen:
            commands.append(("BACKGROUND", (0, row), (-1, row), styles.ACCENT_LIGHT))
    style = styles.grid_style().getCommands() + [
        ("LINEAFTER", (1, 0), (1, -1), 0.4, styles.RULE),
        ("LINEAFTER", (5, 0), (5, -1), 0.4, styles.RULE),
        ("LINEAFTER", (8, 0), (8, -1), 0.4, styles.RULE),
        *styles.string_column(styles.CELL_CENTER, 0),
        *styles.string_column(styles.CELL_CENTER, 2, len(widths) - 1),
    ]
    head_cells = [
        para(h, styles.HEAD if i == 1 else styles.HEAD_CENTER) for i, h in enumerate(head)
    ]
    table = long_table(head_cells, rows, widths, style=style, row_commands=commands)
    legend = _(
        "APKL: A = Aktual, P = Problematik, K = Kekhalayakan, L = Layak. "
        "USG: U = Urgency, S = Seriousness, G = Growth (1–5); Jml = U + S + G."
    )
    return [
        *heading(_("Penilaian APKL dan USG")),
        table,
        Spacer(1, 1.5 * mm),
        para(legend, styles.NOTE),
    ]


def _apkl_text(view: IdeaView) -> str:
    return "   ".join(
        f"{TICK if getattr(view.idea, f'apkl_{c}') else NO_TICK} {label}"
        for c, label in apkl_labels().items()
    )


def _usg_text(view: IdeaView) -> str:
    idea = view.idea
    if idea.usg_total is None and all(
        v is None for v in (idea.usg_urgency, idea.usg_seriousness, idea.usg_growth)
    ):
        return EMPTY
    text = _("Urgency {u} · Seriousness {s} · Growth {g}").format(
        u=_score(idea.usg_urgency), s=_score(idea.usg_seriousness), g=_score(idea.usg_growth)
    )
    if idea.usg_total is not None:
        text += " — " + _("jumlah {n}").format(n=idea.usg_total)
    return text


def _chosen(report: OpdReport) -> list[Flowable]:
    if not report.chosen and report.opd.stage is Stage.DRUM_UP:
        return []  # choosing comes in diagnose; saying "none yet" in drum-up is noise
    story: list[Flowable] = [*heading(_("Gagasan terpilih"))]
    if not report.chosen:
        story.append(para(_("Belum ada gagasan yang dipilih."), styles.BODY))
        return story
    for view in report.chosen:
        idea = view.idea
        story.append(
            field_table(
                [
                    (_("Gagasan no. {n}").format(n=view.number), para(idea.text, styles.CELL_BOLD)),
                    (_("Pengusul"), idea.author or EMPTY),
                    (_("Masalah"), idea.problem or EMPTY),
                    (_("Akar masalah"), idea.root_cause or EMPTY),
                    (_("Yang terdampak"), idea.affected or EMPTY),
                    (_("APKL"), _apkl_text(view)),
                    (_("USG"), _usg_text(view)),
                    (_("Suara"), report.vote_text(view)),
                ]
            )
        )
        story.append(Spacer(1, 3 * mm))
    return story


def _innovation(innovation: Innovation, report: OpdReport) -> list[Flowable]:
    """One innovation's profile as the national form names it, the ideas it comes from, and
    its rencana aksi."""
    budget = format_rupiah(innovation.budget) or EMPTY
    if innovation.budget_source:
        budget = (
            f"{budget} ({innovation.budget_source})"
            if innovation.budget is not None
            else innovation.budget_source
        )
    origins = [v for v in report.ideas if v.idea.id in innovation.idea_ids]
    other_affairs = "; ".join(label("urusan", a) for a in innovation.other_affairs)
    words = word_count(innovation.design_text)
    rows: list[tuple[str, Flowable | str]] = [
        (_("Nama inovasi"), para(innovation.name or EMPTY, styles.CELL_BOLD)),
        (
            _("Dari gagasan"),
            "; ".join(_("no. {n}: {text}").format(n=v.number, text=v.idea.text) for v in origins)
            or EMPTY,
        ),
        (_("Unit pelaksana"), innovation.unit or EMPTY),
        (_("Tahapan"), label("tahapan", innovation.stage) or EMPTY),
        (
            _("Inisiator"),
            " — ".join(
                p
                for p in (label("inisiator", innovation.initiator), innovation.initiator_name)
                if p
            )
            or EMPTY,
        ),
        (_("Jenis inovasi"), label("jenis", innovation.kind) or EMPTY),
        (_("Bentuk inovasi"), label("bentuk", innovation.form) or EMPTY),
        (_("Urusan utama"), label("urusan", innovation.main_affair) or EMPTY),
        (_("Urusan lain"), other_affairs or EMPTY),
        (_("Waktu uji coba"), format_date(innovation.trial_date) or EMPTY),
        (_("Waktu penerapan"), format_date(innovation.launch_date) or EMPTY),
        *_launching_row(report, innovation),
        (_("Rancang bangun ({n} kata)").format(n=words), innovation.design_text or EMPTY),
        (_("Tujuan"), innovation.goal or EMPTY),
        (_("Manfaat"), innovation.benefit or EMPTY),
        (_("Hasil yang diharapkan"), innovation.expected_result or EMPTY),
        (_("Anggaran"), budget),
        (_("Ketua tim"), innovation.leader or EMPTY),
        (_("Anggota tim"), innovation.members or EMPTY),
        (
            _("Bukti dukung"),
            styles.MarkupParagraph(bullet_lines(innovation.evidence) or EMPTY, styles.CELL),
        ),
    ]
    story: list[Flowable] = [*heading(_("Rancangan inovasi")), field_table(rows)]
    story += heading(_("Rencana aksi"), styles.H3)
    if not innovation.actions:
        story.append(para(_("Rencana aksi belum diisi."), styles.BODY))
        return story
    head = [
        _("No"),
        _("Kegiatan"),
        _("Penanggung jawab"),
        _("Mulai"),
        _("Selesai"),
        _("Keluaran"),
        _("Indikator keberhasilan"),
    ]
    table_rows: list[list] = [
        [para(h, styles.HEAD_RIGHT if i == 0 else styles.HEAD) for i, h in enumerate(head)]
    ]
    for number, action in enumerate(innovation.actions, start=1):
        table_rows.append(
            [
                para(str(number), styles.CELL_RIGHT),
                para(action.activity),
                para(action.person),
                para(format_date(action.start) or EMPTY, styles.CELL_DATE),
                para(format_date(action.end) or EMPTY, styles.CELL_DATE),
                para(action.output),
                para(action.indicator),
            ]
        )
    # a short table: rows may split (a very long kegiatan), the header need not repeat
    story.append(
        grid_table(
            table_rows,
            [8 * mm, None, 24 * mm, 25 * mm, 25 * mm, 24 * mm, 28 * mm],
            repeat_header=False,
        )
    )
    return story


def launching_text(launched: Launching) -> str:
    """A launching on one line: date, place, by whom and the news link (as text)."""
    parts = [
        format_date(launched.on_date),
        launched.place,
        _("oleh {name}").format(name=launched.by_whom) if launched.by_whom else "",
        _("berita: {link}").format(link=launched.news_link) if launched.news_link else "",
    ]
    return " · ".join(p for p in parts if p)


def _launching_row(report: OpdReport, innovation: Innovation) -> list[tuple[str, str]]:
    """The profile's launching row, once one is recorded."""
    launched = report.launchings.get(innovation.id)
    return [(_("Launching"), launching_text(launched))] if launched is not None else []


def monitoring_kind_label(kind: str) -> str:
    return {
        "desk konsultasi": _("Desk konsultasi"),
        "kunjungan": _("Kunjungan"),
        "rapat": _("Rapat"),
        "monev": _("Monev"),
    }.get(kind, kind)


def monitoring_head() -> list[str]:
    return [
        _("Tanggal"),
        _("Kegiatan"),
        _("Inovasi"),
        _("Kemajuan"),
        _("Kendala"),
        _("Tindak lanjut"),
    ]


MONITORING_WIDTHS = [23, 34, 24, 19, None, 40]  # millimetres; Kendala takes the rest


def monitoring_rows(report: OpdReport) -> list[list[str]]:
    """The OPD's monitoring log as table cells, newest first (as in the app)."""
    names = {i.id: i.name.split(" (", 1)[0] for i in report.innovations}
    rows = []
    for entry in report.monitoring:
        kind = monitoring_kind_label(entry.kind)
        rows.append(
            [
                format_date(entry.on_date),
                f"{kind}\n{_('oleh {name}').format(name=entry.who)}" if entry.who else kind,
                names.get(entry.innovation_id, EMPTY) if entry.innovation_id else _("umum"),
                f"{entry.progress}%" if entry.progress is not None else EMPTY,
                entry.obstacles or EMPTY,
                entry.follow_up or EMPTY,
            ]
        )
    return rows


def _monitoring(report: OpdReport) -> list[Flowable]:
    """The Desk Inovasi's monitoring log of this OPD, only once there is one."""
    if not report.monitoring:
        return []
    rows: list[list] = [
        [
            para(h, styles.HEAD_RIGHT if i == 3 else styles.HEAD)
            for i, h in enumerate(monitoring_head())
        ]
    ]
    for cells in monitoring_rows(report):
        rows.append(
            [
                para(
                    text,
                    styles.CELL_DATE if i == 0 else styles.CELL_RIGHT if i == 3 else styles.CELL,
                )
                for i, text in enumerate(cells)
            ]
        )
    widths = [w * mm if w is not None else None for w in MONITORING_WIDTHS]
    return [
        *heading(_("Pemantauan dan desk konsultasi")),
        # rows may split: an obstacle can be long; the header need not repeat
        grid_table(rows, widths, repeat_header=False),
    ]


def _overrides(report: OpdReport) -> list[Flowable]:
    if not report.overrides:
        return []
    head = [
        para(h, styles.HEAD) for h in (_("Perpindahan"), _("Alasan pengecualian"), _("Tanggal"))
    ]
    rows: list[list] = [head]
    for change in report.overrides:
        rows.append(
            [
                para(f"{change.from_stage.label} → {change.to_stage.label}"),
                para(change.override_reason),
                para(format_date(change.at.date()) if change.at else EMPTY),
            ]
        )
    table = grid_table(rows, [40 * mm, None, 32 * mm], repeat_header=False)
    note = para(
        _("Perpindahan tahap ini dilakukan fasilitator dengan pengecualian atas aturan lokakarya."),
        styles.NOTE,
    )
    return [*heading(_("Pengecualian tahap")), table, Spacer(1, 1.5 * mm), note]


def commitment_sentence(report: OpdReport) -> str:
    """The promise the OPD head signs, as plain text."""
    named = [d.name for d in report.lab if d.name]
    if named:
        return _(
            "Dengan ini {opd} berkomitmen melaksanakan rancangan inovasi “{design}” sesuai "
            "rencana aksi di atas dan melaporkan hasilnya kepada Desk Inovasi."
        ).format(opd=report.opd.display_name, design="”, “".join(named))
    return _(
        "Dengan ini {opd} berkomitmen menindaklanjuti hasil Laboratorium Inovasi ini "
        "sampai tersusun rancangan inovasi yang siap diujicobakan."
    ).format(opd=report.opd.display_name)


def _commitment(
    report: OpdReport, workshop: Workshop, signatures: list[Flowable] | None = None
) -> list[Flowable]:
    opd = report.opd
    named = [d.name for d in report.lab if d.name]
    if named:
        sentence = rich(
            _(
                "Dengan ini {opd} berkomitmen melaksanakan rancangan inovasi "
                "<b>“{design}”</b> sesuai rencana aksi di atas dan melaporkan "
                "hasilnya kepada Desk Inovasi."
            ),
            opd=opd.display_name,
            design="”, “".join(named),
        )
    else:
        sentence = rich(
            _(
                "Dengan ini {opd} berkomitmen menindaklanjuti hasil Laboratorium "
                "Inovasi ini sampai tersusun rancangan inovasi yang siap "
                "diujicobakan."
            ),
            opd=opd.display_name,
        )
    if signatures is not None:
        return [KeepTogether([para(_("Komitmen"), styles.H2), sentence, *signatures])]
    # dated the day the OPD finished its design, not the lab's first day
    signed_on = report.finished_on or workshop.end_date or workshop.start_date
    place = signing_place(workshop, report.signing_city)
    when = ", ".join(t for t in (place, format_date(signed_on)) if t)
    half = styles.CONTENT_WIDTH / 2
    blank = "(" + "." * 44 + ")"
    rows = [
        ["", para(when, styles.SIGN)],
        [para(_("Kepala Perangkat Daerah"), styles.SIGN), para(_("Fasilitator"), styles.SIGN)],
        [para(opd.name, styles.NOTE_CENTER), ""],
        ["", ""],
        [para(blank, styles.SIGN), para(blank, styles.SIGN)],
        [para(_("NIP."), styles.NOTE_CENTER), para(_("NIP."), styles.NOTE_CENTER)],
    ]
    table = Table(rows, colWidths=[half, half], rowHeights=[None, None, None, 16 * mm, None, None])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    # heading, promise and signatures stay on one page: a signature is never separated
    # from what it signs
    return [KeepTogether([para(_("Komitmen"), styles.H2), sentence, Spacer(1, 3 * mm), table])]
