"""The content of every office paper, built from the lab's records: the sheets with a kop and
number, daftar hadir, the four berita acara, certificates and piagam, and the drafts of the
rancang bangun and the two SKs. Each builder returns a Paper; pdf.py and docx_writer.py print
it. Their text is Indonesian whatever the UI language, so it is not marked for translation:
these are the papers an Indonesian office files (error messages are translated)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date

from labinovasi.domain import BadInput, Opd
from labinovasi.domain.entities import APKL_CRITERIA
from labinovasi.domain.innovations import DESIGN_TEXT_MIN_WORDS, Innovation, word_count
from labinovasi.domain.lists import find_choice
from labinovasi.domain.papers import (
    JuryResult,
    Letterhead,
    Person,
    format_nip,
    head_of_region,
    opening_sentence,
    plain_date,
)
from labinovasi.formatting import format_date_range, format_number, format_rupiah
from labinovasi.i18n import _
from labinovasi.reports.data import OpdReport, ReportData
from labinovasi.reports.opd_sheet import (
    MONITORING_WIDTHS,
    commitment_sentence,
    idea_mark,
    launching_text,
    monitoring_head,
    monitoring_rows,
    opd_story,
    progress_line,
    signing_place,
)
from labinovasi.reports.papers.model import (
    Block,
    Box,
    Fields,
    Grid,
    Heading,
    Native,
    Numbered,
    PageBreak,
    Paper,
    Signatures,
    Signer,
    Spacer,
    Text,
)
from labinovasi.reports.summary import summary_line, summary_story

DOCUMENTS = (
    "rekap",
    "lembar",
    "daftar-hadir",
    "berita-acara-komitmen",
    "berita-acara-pelaksanaan",
    "berita-acara-desk",
    "berita-acara-top",
    "sertifikat",
    "rancang-bangun",
    "sk-penetapan",
    "sk-tim",
)
NEEDS_OPD = ("berita-acara-komitmen", "berita-acara-desk", "sk-tim")
DOTS = "." * 40
# Where the document's number goes; filled in once the number is issued (see _paper).
NUMBER_SLOT = "\ue000nomor\ue000"
BLANK_ATTENDANCE_ROWS = 25


@dataclass
class PapersData:
    """Everything the papers print, read once: the lab's records, the kop, the people, and a
    way to get a document's number (kept in the workshop, so a reprint shows the same)."""

    report: ReportData
    letterhead: Letterhead
    people: list[Person]
    number_for: Callable[[str, str, date], str]
    dated: date | None = None  # chosen when printing (--date)
    jury: JuryResult | None = None
    session: str = ""  # daftar hadir: "Sesi 1, 08.00–12.00"
    blank_rows: int = 0  # daftar hadir: blank rows instead of (or after) the participants
    piagam: bool = False

    @property
    def workshop(self):
        return self.report.workshop

    def person(self, role: str, opd_id: str | None = None) -> Person | None:
        return next(
            (p for p in self.people if p.role == role and (opd_id is None or p.opd_id == opd_id)),
            None,
        )

    def participants(self, opd_id: str | None = None) -> list[Person]:
        return [
            p for p in self.people if p.role == "peserta" and (opd_id is None or p.opd_id == opd_id)
        ]

    @property
    def city(self) -> str:
        return self.letterhead.city or signing_place(self.workshop)

    def place_date(self, on: date) -> str:
        return ", ".join(t for t in (self.city, plain_date(on)) if t)

    def opd_name(self, person: Person, short: bool = False) -> str:
        if person.opd_id:
            found = next((r.opd for r in self.report.opds if r.opd.id == person.opd_id), None)
            if found:
                return found.abbreviation if short else found.name
        return person.opd_name

    @property
    def agency(self) -> str:
        return self.letterhead.agency or ("Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah")

    @property
    def agency_short(self) -> str:
        return self.letterhead.agency_short or "Bapperida"

    @property
    def region(self) -> str:
        return self.workshop.region


# -- shared pieces ---------------------------------------------------------------------------


def official(list_name: str, key: str) -> str:
    """A list value as the national form writes it (Indonesian whatever the UI language)."""
    choice = find_choice(list_name, key) if key else None
    return choice.label if choice else key


def form_label(innovation: Innovation) -> str:
    """The bentuk inovasi, as the national form writes it."""
    return official("bentuk", innovation.form)


def kind_label(innovation: Innovation) -> str:
    """The jenis inovasi (digital / non digital), as the national form writes it."""
    return official("jenis", innovation.kind)


def affair_label(innovation: Innovation) -> str:
    return official("urusan", innovation.main_affair)


def stage_label(innovation: Innovation) -> str:
    return official("tahapan", innovation.stage)


def period(value: date | None) -> str:
    """A trial or launch date as '15 Januari 2027'; '' when not set."""
    return plain_date(value) if value else ""


def signer(
    person: Person | None,
    position: str,
    caption: str = "",
    place_date: str = "",
    nip_line: bool = True,
) -> Signer:
    """A signature block for `person`, or one with dotted lines to fill in by hand."""
    if person is None:
        return Signer(position=position, caption=caption, place_date=place_date, nip_line=nip_line)
    return Signer(
        position=person.position or position,
        name=person.name,
        rank=person.rank,
        nip=format_nip(person.nip),
        caption=caption,
        place_date=place_date,
        nip_line=nip_line,
    )


def _lab_signer(data: PapersData, role: str, caption: str = "", place_date: str = "") -> Signer:
    positions = {
        "kepala-bapperida": f"Kepala {data.agency}" + (f"\n{data.region}" if data.region else ""),
        "sekda": "Sekretaris Daerah" + (f" {data.region}" if data.region else ""),
        "fasilitator": "Fasilitator Laboratorium Inovasi",
    }
    return signer(data.person(role), positions[role], caption, place_date)


def _head_signer(data: PapersData, opd: Opd, caption: str = "", place_date: str = "") -> Signer:
    return signer(data.person("kepala-opd", opd.id), f"Kepala {opd.name}", caption, place_date)


def _find_opd(data: PapersData, opd_id: str | None) -> OpdReport:
    if not opd_id:
        raise BadInput(_("Sebutkan OPD (--opd) untuk dokumen ini."))
    for report in data.report.opds:
        if report.opd.id == opd_id:
            return report
    raise BadInput(_("OPD tidak ditemukan: {key}").format(key=opd_id))


def _title(text: str, number: str = "", subtitle: str = "") -> list[Block]:
    blocks: list[Block] = [Text(text.upper(), "title")]
    if number:
        blocks.append(Text(f"Nomor: {number}", "subtitle"))
    if subtitle:
        blocks.append(Text(subtitle, "subtitle"))
    return blocks + [Spacer(5)]


def _where(data: PapersData) -> str:
    return data.workshop.place or data.city or DOTS


def _closing() -> Text:
    return Text(
        "Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan "
        "sebagaimana mestinya."
    )


def _person_fields(person: Person | None, position: str) -> Fields:
    if person is None:
        return Fields(
            [("Nama", DOTS), ("NIP", DOTS), ("Pangkat/golongan", DOTS), ("Jabatan", position)]
        )
    return Fields(
        [
            ("Nama", person.name),
            ("NIP", format_nip(person.nip) or "—"),
            ("Pangkat/golongan", person.rank or "—"),
            ("Jabatan", person.position or position),
        ]
    )


def _action_span(design: Innovation) -> str:
    starts = [a.start for a in design.actions if a.start]
    ends = [a.end for a in design.actions if a.end]
    if not starts and not ends:
        return "—"
    return format_date_range(min(starts or ends), max(ends or starts))


def _paper(
    data: PapersData,
    kind: str,
    title: str,
    blocks: list[Block],
    subject: str = "",
    on: date | None = None,
    **options,
) -> Paper:
    """A Paper with its number: issued once per kind, subject and year, then kept."""
    on = on or data.dated or date.today()
    number = data.number_for(kind, subject, on) if options.pop("numbered", True) else ""
    for index, block in enumerate(blocks):
        if isinstance(block, Text) and NUMBER_SLOT in block.text:
            blocks[index] = replace(block, text=block.text.replace(NUMBER_SLOT, number))
        elif isinstance(block, Fields):
            blocks[index] = replace(
                block, rows=[(k, v.replace(NUMBER_SLOT, number)) for k, v in block.rows]
            )
    footer = " · ".join(t for t in (data.workshop.title, data.region) if t)
    return Paper(
        kind=kind,
        title=title,
        blocks=blocks,
        letterhead=data.letterhead,
        number=number,
        dated=on,
        footer=footer,
        **options,
    )


# -- rekapitulasi and lembar hasil -----------------------------------------------------------


def recommendations(data: PapersData) -> list[str]:
    """A short list of what the region should do next, read from the figures."""
    status, lines = data.report.status, []
    short = [s.opd.abbreviation for s in status.opds if not s.meets_minimum]
    if short:
        lines.append(
            (
                "{n} OPD belum memenuhi minimal {m} gagasan ({names}): dampingi sampai "
                "memenuhi sebelum tahap diagnose."
            ).format(
                n=len(short),
                m=data.workshop.min_ideas,
                names=", ".join(short[:8]) + (", …" if len(short) > 8 else ""),
            )
        )
    designs = data.report.innovations
    without = [r.opd.abbreviation for r in data.report.opds if not r.lab]
    if designs:
        lines.append(
            f"{len(designs)} rancangan inovasi tersusun: jadwalkan desk konsultasi "
            "dan pantau rencana aksinya selama uji coba."
        )
    if without and status.opds:
        lines.append(
            f"{len(without)} OPD belum menyusun rancangan inovasi: tetapkan tenggat dan pendamping."
        )
    lines.append(
        f"Tetapkan inovasi yang tersusun dengan Keputusan {head_of_region(data.region)} "
        "tentang Penetapan Inovasi Daerah sebagai bukti dukung Indeks Inovasi Daerah."
    )
    return lines[:4]


def _approval(data: PapersData, on: date) -> Signatures:
    return Signatures(
        [
            [
                _lab_signer(data, "fasilitator", "Disusun oleh,"),
                _lab_signer(data, "kepala-bapperida", "Disetujui oleh,", data.place_date(on)),
            ],
            [_lab_signer(data, "sekda", "Mengetahui,")],
        ],
        center_single=True,
    )


def _summary_text(data: PapersData) -> list[Block]:
    """The rekapitulasi's content for Word (the PDF prints the sheet with its chart)."""
    status = data.report.status
    rows = [
        [
            str(n),
            f"{s.opd.name} ({s.opd.abbreviation})",
            s.opd.stage.label,
            format_number(s.tally.stored),
            format_number(s.tally.counted),
            "memenuhi" if s.meets_minimum else f"belum (kurang {s.missing})",
        ]
        for n, s in enumerate(status.opds, start=1)
    ]
    blocks: list[Block] = [
        Heading("Rekapitulasi Laboratorium Inovasi"),
        Text(summary_line(data.report), "bold"),
        Heading("Gagasan per perangkat daerah"),
        Grid(
            ["No", "Perangkat daerah", "Tahap", "Gagasan", "Dihitung", "Keterangan"],
            rows,
            [10, None, 22, 17, 17, 30],
            align=["right", "left", "left", "right", "right", "left"],
        ),
    ]
    designs = data.report.innovations
    if designs:
        blocks += [
            Heading("Rancangan inovasi"),
            Grid(
                ["OPD", "Nama inovasi", "Jenis", "Urusan", "Tahapan"],
                [
                    [
                        o.abbreviation,
                        d.name or "—",
                        kind_label(d) or "—",
                        affair_label(d) or "—",
                        stage_label(d) or "—",
                    ]
                    for o, d in designs
                ],
                [24, None, 42, 26, 20],
            ),
        ]
    return blocks


def rekap(data: PapersData, **_options) -> Paper:
    on = data.dated or data.workshop.end_date or date.today()
    blocks: list[Block] = [
        Fields([("Nomor", NUMBER_SLOT), ("Tanggal", plain_date(on))], 22),
        Spacer(3),
        Native(lambda: summary_story(data.report), _summary_text(data)),
        Spacer(4),
        Box("Rekomendasi", recommendations(data)),
        _approval(data, on),
    ]
    return _paper(data, "rekap", "Rekapitulasi Laboratorium Inovasi", blocks, on=on)


def _lembar_text(report: OpdReport, signatures: Signatures) -> list[Block]:
    """The lembar hasil's content for Word."""
    opd = report.opd
    blocks: list[Block] = [
        Heading("Lembar hasil laboratorium inovasi"),
        Text(opd.display_name, "title"),
        Text(progress_line(report), "bold"),
        Heading("Gagasan"),
    ]
    blocks.append(
        Grid(
            ["No", "Gagasan", "Pengusul", "Masalah", "Keterangan"],
            [
                [
                    str(v.number),
                    v.idea.text,
                    v.idea.author,
                    v.idea.problem,
                    idea_mark(v) + (" · " + "terpilih" if v.idea.chosen else ""),
                ]
                for v in report.ideas
            ],
            [10, None, 28, 45, 28],
        )
        if report.ideas
        else Text("Belum ada gagasan.")
    )
    for view in report.chosen:
        idea = view.idea
        blocks += [
            Heading("Gagasan terpilih"),
            Fields(
                [
                    (f"Gagasan no. {view.number}", idea.text),
                    ("Masalah", idea.problem or "—"),
                    ("Akar masalah", idea.root_cause or "—"),
                    ("Yang terdampak", idea.affected or "—"),
                    ("USG", str(idea.usg_total) if idea.usg_total is not None else "—"),
                ]
            ),
        ]
    for design in report.lab:
        blocks += [Heading("Rancangan inovasi"), _design_fields(design)]
        if design.id in report.launchings:
            blocks.append(Fields([("Launching", launching_text(report.launchings[design.id]))]))
        blocks += _actions(design)
    if report.monitoring:
        blocks += [
            Heading("Pemantauan dan desk konsultasi"),
            Grid(
                monitoring_head(),
                monitoring_rows(report),
                list(MONITORING_WIDTHS),
                align=["left", "left", "left", "right", "left", "left"],
            ),
        ]
    blocks += [Heading("Komitmen"), Text(commitment_sentence(report)), signatures]
    return blocks


def _lembar_one(data: PapersData, report: OpdReport, number: str, on: date) -> Native:
    from labinovasi.reports.papers.pdf import signature_flowables

    signatures = Signatures(
        [
            [
                _lab_signer(data, "fasilitator", "Fasilitator,"),
                _head_signer(data, report.opd, "", data.place_date(on)),
            ],
            [_lab_signer(data, "kepala-bapperida", "Mengetahui,")],
        ],
        center_single=True,
    )
    head = Fields([("Nomor", number), ("Tanggal", plain_date(on))], 22)
    return Native(
        lambda: [
            *_native(head),
            *opd_story(report, data.workshop, signatures=signature_flowables(signatures)),
        ],
        [head, *_lembar_text(report, signatures)],
    )


def _native(block: Block) -> list:
    from labinovasi.reports.papers.pdf import block_flowables

    return block_flowables(block)


def lembar(data: PapersData, opd_id: str | None = None, **_options) -> Paper:
    reports = [_find_opd(data, opd_id)] if opd_id else data.report.opds
    if not reports:
        raise BadInput(_("Belum ada OPD."))
    blocks: list[Block] = []
    for index, report in enumerate(reports):
        # each OPD's commitment is dated the day it finished design (or the date chosen)
        on = data.dated or report.finished_on or data.workshop.end_date or date.today()
        if index:
            blocks.append(PageBreak())
        number = data.number_for("lembar", report.opd.id, on)
        blocks.append(_lembar_one(data, report, number, on))
    single = len(reports) == 1
    title = (
        f"Lembar hasil {reports[0].opd.display_name}"
        if single
        else "Lembar hasil laboratorium inovasi per OPD"
    )
    on = data.dated or reports[0].finished_on or data.workshop.end_date or date.today()
    paper = _paper(
        data,
        "lembar",
        title,
        blocks,
        reports[0].opd.id,
        on,
        numbered=single,
        kop_on_every_page=True,
    )
    return paper


# -- daftar hadir ----------------------------------------------------------------------------


def daftar_hadir(data: PapersData, opd_id: str | None = None, **_options) -> Paper:
    on = data.dated or data.workshop.start_date or date.today()
    people = data.participants(opd_id)
    rows = [
        [
            str(n),
            p.name + (f"\n{p.rank}" if p.rank else ""),
            format_nip(p.nip),
            p.position,
            data.opd_name(p, short=True),
            p.phone,
            f"{n}. " + "." * 14,
        ]
        for n, p in enumerate(people, start=1)
    ]
    blank = data.blank_rows or (0 if people else BLANK_ATTENDANCE_ROWS)
    start = len(rows) + 1
    rows += [[str(n), "", "", "", "", "", f"{n}. " + "." * 14] for n in range(start, start + blank)]
    opd = _find_opd(data, opd_id).opd if opd_id else None
    details = [
        ("Kegiatan", data.workshop.title),
        ("Hari/tanggal", _long(on)),
        ("Tempat", _where(data)),
    ]
    if data.session:
        details.append(("Sesi", data.session))
    if opd:
        details.append(("Perangkat daerah", opd.name))
    blocks: list[Block] = [
        *_title("Daftar hadir", NUMBER_SLOT),
        Fields(details, 30),
        Spacer(3),
        Grid(
            ["No", "Nama", "NIP", "Jabatan", "OPD", "No. HP", "Tanda tangan"],
            rows,
            [8, None, 31, 25, 26, 25, 25],
            sign_column=6,
            min_height=11,
            align=["right"] + ["left"] * 6,
        ),
        Signatures([[_lab_signer(data, "fasilitator", "", data.place_date(on))]]),
    ]
    subject = (
        on.isoformat()
        + (f"/{data.session}" if data.session else "")
        + (f"/{opd.id}" if opd else "")
    )
    return _paper(data, "daftar-hadir", "Daftar hadir", blocks, subject, on)


def _long(on: date) -> str:
    from labinovasi.domain.papers import long_date

    return long_date(on)


# -- berita acara ----------------------------------------------------------------------------


def berita_acara_komitmen(data: PapersData, opd_id: str | None = None, **_options) -> Paper:
    report = _find_opd(data, opd_id)
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
    blocks: list[Block] = [
        *_title("Berita acara komitmen", NUMBER_SLOT, f"Pelaksanaan Inovasi Daerah {opd.name}"),
        Text(
            f"{opening_sentence(on)}, bertempat di {_where(data)}, dalam rangka "
            f"{data.workshop.title}, yang bertanda tangan di bawah ini:"
        ),
        _person_fields(head, f"Kepala {opd.name}"),
        Spacer(2),
        Text(f"selaku Kepala {opd.name}, menyatakan berkomitmen untuk:"),
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
                        f"{len(d.actions)} kegiatan, {_action_span(d)}",
                    ]
                    for n, d in enumerate(report.lab, start=1)
                ],
                [8, None, 45, 45],
                align=["right", "left", "left", "left"],
            ),
        ]
    blocks += [
        _closing(),
        Signatures(
            [
                [
                    _lab_signer(data, "fasilitator", "Fasilitator,"),
                    _head_signer(data, opd, "Yang membuat pernyataan,", data.place_date(on)),
                ],
                [_lab_signer(data, "kepala-bapperida", "Mengetahui,")],
            ],
            center_single=True,
        ),
    ]
    return _paper(
        data,
        "berita-acara-komitmen",
        f"Berita acara komitmen {opd.abbreviation}",
        blocks,
        opd.id,
        on,
    )


def berita_acara_pelaksanaan(data: PapersData, **_options) -> Paper:
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
        *_title("Berita acara pelaksanaan Laboratorium Inovasi", NUMBER_SLOT),
        Text(
            f"{opening_sentence(on)}, bertempat di {_where(data)}, telah dilaksanakan "
            f"{workshop.title} pada {dates} yang diselenggarakan oleh {data.agency}, diikuti "
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
        _closing(),
        Signatures(
            [
                [
                    _lab_signer(data, "fasilitator", "Fasilitator,"),
                    _lab_signer(data, "kepala-bapperida", "", data.place_date(on)),
                ],
                [_lab_signer(data, "sekda", "Mengetahui,")],
            ],
            center_single=True,
        ),
    ]
    return _paper(
        data,
        "berita-acara-pelaksanaan",
        "Berita acara pelaksanaan Laboratorium Inovasi",
        blocks,
        "",
        on,
    )


def berita_acara_desk(data: PapersData, opd_id: str | None = None, **_options) -> Paper:
    report = _find_opd(data, opd_id)
    opd = report.opd
    on = data.dated or date.today()
    blocks: list[Block] = [
        *_title("Berita acara hasil desk konsultasi", NUMBER_SLOT, f"Inovasi Daerah {opd.name}"),
        Text(
            f"{opening_sentence(on)}, bertempat di {data.city or DOTS}, telah dilaksanakan "
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
                    ("Waktu uji coba", period(design.trial_date) or "—"),
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
        _closing(),
        Signatures(
            [
                [
                    _head_signer(data, opd, "Perangkat daerah,"),
                    _lab_signer(data, "fasilitator", "Fasilitator desk,", data.place_date(on)),
                ],
                [_lab_signer(data, "kepala-bapperida", "Mengetahui,")],
            ],
            center_single=True,
        ),
    ]
    return _paper(
        data,
        "berita-acara-desk",
        f"Berita acara desk konsultasi {opd.abbreviation}",
        blocks,
        f"{opd.id}/{on.isoformat()}",
        on,
    )


def berita_acara_top(data: PapersData, **_options) -> Paper:
    jury = data.jury or JuryResult()
    on = data.dated or date.today()
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
    jurors = jury.jurors or [p for p in data.people if p.role == "juri"] or [None] * 3
    signers = [
        signer(p, f"Juri {n}", nip_line=bool(p is None or p.nip))
        for n, p in enumerate(jurors, start=1)
    ]
    rows_of_signers = [signers[i : i + 3] for i in range(0, len(signers), 3)]
    blocks: list[Block] = [
        *_title(f"Berita acara penetapan Top {top} gelar inovasi", NUMBER_SLOT),
        Text(
            (
                "{opening}, bertempat di {place}, dewan juri gelar inovasi {region} telah "
                "menilai inovasi perangkat daerah dengan kriteria {criteria}. Berdasarkan hasil "
                "penilaian tersebut, dewan juri menetapkan {n} inovasi terbaik sebagai "
                "berikut:"
            ).format(
                opening=opening_sentence(on),
                place=data.city or DOTS,
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
        Signatures([[_lab_signer(data, "kepala-bapperida", "Mengetahui,")]], center_single=True),
    ]
    return _paper(data, "berita-acara-top", f"Berita acara penetapan Top {top}", blocks, "", on)


# -- certificates ----------------------------------------------------------------------------


def sertifikat(
    data: PapersData, opd_id: str | None = None, innovation_id: str | None = None, **_options
) -> Paper:
    """Sertifikat peserta per participant, or (piagam, or an innovation named) a piagam per
    innovation: for the Top-N when the jury has ranked them."""
    workshop = data.workshop
    on = data.dated or workshop.end_date or date.today()
    dates = format_date_range(workshop.start_date, workshop.end_date) or plain_date(on)
    sign = Signatures(
        [[_lab_signer(data, "kepala-bapperida", "", data.place_date(on))]], center_single=True
    )
    pages: list[list[Block]] = []
    if data.piagam or innovation_id:
        kind, title = "piagam", "Piagam penghargaan"
        ranked = {e.innovation: e.rank for e in (data.jury.entries if data.jury else [])}
        for opd, design in _innovations(data, opd_id, innovation_id):
            rank = ranked.get(design.name)
            role = (
                f"sebagai Inovasi Terbaik {rank} Gelar Inovasi {data.region}"
                if rank
                else f"sebagai prakarsa inovasi daerah yang dirancang dalam {workshop.title}"
            )
            number = data.number_for(kind, design.id, on)
            pages.append(
                [
                    Text("PIAGAM PENGHARGAAN", "huge"),
                    Text(f"Nomor: {number}", "subtitle"),
                    Spacer(4),
                    Text("diberikan kepada", "center"),
                    Text(opd.name, "big"),
                    Text("atas inovasi “{name}”".format(name=design.name or "—"), "center"),
                    Text(role, "center"),
                    Spacer(2),
                    sign,
                ]
            )
    else:
        kind, title = "sertifikat", "Sertifikat peserta"
        people = data.participants(opd_id) or [None]
        for person in people:
            number = data.number_for(kind, person.id if person else "kosong", on)
            lines: list[Block] = [
                Text("SERTIFIKAT", "huge"),
                Text(f"Nomor: {number}", "subtitle"),
                Spacer(3),
                Text("diberikan kepada", "center"),
                Text(person.name if person else DOTS, "big"),
            ]
            if person and person.nip:
                lines.append(Text(f"NIP. {format_nip(person.nip)}", "center"))
            if person and (person.position or data.opd_name(person)):
                lines.append(
                    Text(
                        " · ".join(t for t in (person.position, data.opd_name(person)) if t),
                        "center",
                    )
                )
            lines += [
                Text(
                    f"sebagai PESERTA {workshop.title} yang diselenggarakan oleh "
                    f"{data.agency} {data.region} pada {dates} di {_where(data)}.",
                    "center",
                ),
                sign,
            ]
            pages.append(lines)
    blocks: list[Block] = []
    for index, page in enumerate(pages):
        if index:
            blocks.append(PageBreak())
        blocks += page
    return _paper(
        data, kind, title, blocks, on=on, numbered=False, landscape=True, kop_on_every_page=True
    )


# -- drafts ----------------------------------------------------------------------------------


def _innovations(
    data: PapersData,
    opd_id: str | None = None,
    innovation_id: str | None = None,
    everyone: bool = False,
) -> list[tuple[Opd, Innovation]]:
    """The lab's innovations (every one, imported included, with `everyone`), of one OPD or
    the one whose id starts with `innovation_id`."""
    pool = data.report.all_innovations if everyone else data.report.innovations
    found = [
        (o, d)
        for o, d in pool
        if (not opd_id or o.id == opd_id)
        and (not innovation_id or d.id == innovation_id or d.id.startswith(innovation_id))
    ]
    if not found:
        raise BadInput(
            _("Inovasi tidak ditemukan: {key}").format(
                key=innovation_id or opd_id or _("belum ada rancangan inovasi")
            )
        )
    return found


def _design_fields(design: Innovation) -> Fields:
    budget = format_rupiah(design.budget) or "—"
    if design.budget_source:
        budget += f" ({design.budget_source})"
    affairs = affair_label(design)
    if design.other_affairs:
        affairs += "; lain: " + ", ".join(official("urusan", a) for a in design.other_affairs)
    initiator = " — ".join(
        t for t in (official("inisiator", design.initiator), design.initiator_name) if t
    )
    return Fields(
        [
            ("Nama inovasi", design.name or "—"),
            ("Inisiator", initiator or "—"),
            ("Jenis inovasi", kind_label(design) or "—"),
            ("Bentuk inovasi", form_label(design) or "—"),
            ("Urusan pemerintahan", affairs or "—"),
            ("Tahapan", stage_label(design) or "—"),
            ("Tujuan", design.goal or "—"),
            ("Manfaat", design.benefit or "—"),
            ("Hasil yang diharapkan", design.expected_result or "—"),
            ("Waktu uji coba", period(design.trial_date) or "—"),
            ("Waktu penerapan", period(design.launch_date) or "—"),
            ("Anggaran", budget),
            ("Ketua tim", design.leader or "—"),
        ],
        42,
    )


def _actions(design: Innovation) -> list[Block]:
    if not design.actions:
        return [Text("Rencana aksi belum diisi.")]
    return [
        Heading("Rencana aksi", 2),
        Grid(
            ["No", "Kegiatan", "Penanggung jawab", "Mulai", "Selesai", "Keluaran"],
            [
                [
                    str(n),
                    a.activity,
                    a.person,
                    plain_date(a.start) if a.start else "—",
                    plain_date(a.end) if a.end else "—",
                    a.output,
                ]
                for n, a in enumerate(design.actions, start=1)
            ],
            [8, None, 28, 26, 26, 30],
            align=["right"] + ["left"] * 5,
        ),
    ]


def count_words(blocks: list[Block]) -> int:
    """Words of the draft's own text (headings and table cells included), as Word counts."""
    words = 0
    for block in blocks:
        texts: list[str] = []
        if isinstance(block, Heading | Text):
            texts = [block.text]
        elif isinstance(block, Numbered):
            texts = block.items
        elif isinstance(block, Fields):
            texts = [t for row in block.rows for t in row]
        elif isinstance(block, Grid):
            texts = block.header + [c for row in block.rows for c in row]
        words += sum(word_count(t) for t in texts)
    return words


def rancang_bangun(
    data: PapersData, opd_id: str | None = None, innovation_id: str | None = None, **_options
) -> Paper:
    opd, design = _innovations(data, opd_id, innovation_id)[0]
    report = _find_opd(data, opd.id)
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
        _design_fields(design),
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
        *_actions(design),
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
        *_title("Rancang bangun dan pokok perubahan", "", f"{design.name or '—'} · {opd.name}"),
        notice,
        Spacer(3),
        *body,
    ]
    return _paper(
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


def _jenis_bentuk(design: Innovation) -> str:
    return " · ".join(t for t in (kind_label(design), form_label(design)) if t) or "—"


def sk_penetapan(data: PapersData, **_options) -> Paper:
    on = data.dated or date.today()
    head = head_of_region(data.region)
    innovations = _innovations(data, everyone=True)  # the region's list: imported ones too
    region = data.region.upper()
    rows = [
        [
            str(n),
            d.name or "—",
            o.name,
            _jenis_bentuk(d),
            affair_label(d) or "—",
            stage_label(d) or "—",
        ]
        for n, (o, d) in enumerate(innovations, 1)
    ]
    blocks: list[Block] = [
        Text("DRAF", "note"),
        Fields(
            [
                ("Lampiran", f"Keputusan {head} {data.region}"),
                ("Nomor", NUMBER_SLOT),
                ("Tanggal", DOTS),
                ("Tentang", f"Penetapan Inovasi Daerah {data.region} Tahun {on.year}"),
            ],
            25,
        ),
        Spacer(4),
        *_title(f"Daftar inovasi daerah {region} tahun {on.year}"),
        Grid(
            [
                "No",
                "Nama inovasi daerah",
                "Perangkat daerah",
                "Jenis · bentuk",
                "Urusan pemerintahan",
                "Tahapan",
            ],
            rows,
            [8, None, 36, 34, 28, 18],
            align=["right"] + ["left"] * 5,
        ),
        Signatures(
            [
                [
                    signer(
                        data.person("kepala-daerah"),
                        f"{head} {data.region}".upper() + ",",
                        place_date=data.place_date(on),
                        nip_line=False,
                    )
                ]
            ]
        ),
    ]
    paper = _paper(
        data,
        "sk-penetapan",
        "Draf lampiran SK Penetapan Inovasi Daerah",
        blocks,
        "",
        on,
        draft=True,
    )
    paper.letterhead = Letterhead(paper=data.letterhead.paper)  # a lampiran has no kop
    return paper


def sk_tim(data: PapersData, opd_id: str | None = None, **_options) -> Paper:
    report = _find_opd(data, opd_id)
    opd = report.opd
    on = data.dated or date.today()
    names = [d.name for d in report.lab if d.name] or ["[nama inovasi]"]
    title = f"Pembentukan Tim Inovasi Daerah {opd.name} Tahun {on.year}"
    budget = next((d.budget_source for d in report.lab if d.budget_source), "")
    people = {p.name.casefold(): p for p in data.people}
    team: list[tuple[str, str]] = []
    for design in report.lab:
        if design.leader:
            team.append((design.leader, "Ketua"))
        members = design.members.replace(";", "\n").splitlines()
        team += [(line.strip(" -•"), "Anggota") for line in members if line.strip(" -•")]
    rows = []
    for n, (name, role) in enumerate(team, start=1):
        person = people.get(name.casefold())
        rows.append(
            [
                str(n),
                name,
                format_nip(person.nip) if person else "",
                person.position if person else "",
                role,
            ]
        )
    rows = rows or [[str(n), "", "", "", ""] for n in range(1, 6)]
    number_text = NUMBER_SLOT
    blocks: list[Block] = [
        Text("DRAF", "note"),
        *_title(f"Keputusan Kepala {opd.name}", number_text),
        Text("TENTANG", "center"),
        Text(title.upper(), "title"),
        Spacer(3),
        Text(f"KEPALA {opd.name.upper()},", "center"),
        Fields([("Menimbang", "")], 28),
        Numbered(
            [
                (
                    "bahwa dalam rangka pelaksanaan inovasi daerah “{names}” hasil {event}, "
                    "perlu dibentuk tim inovasi daerah;"
                ).format(names="”, “".join(names), event=data.workshop.title),
                (
                    "bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a, perlu "
                    f"menetapkan Keputusan Kepala {opd.name} tentang {title};"
                ),
            ],
            ["a.", "b."],
        ),
        Fields([("Mengingat", "")], 28),
        Numbered(
            [
                "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;",
                "Peraturan Pemerintah Nomor 38 Tahun 2017 tentang Inovasi Daerah;",
                "[lengkapi: peraturan daerah tentang pembentukan perangkat daerah]",
            ]
        ),
        Text("MEMUTUSKAN:", "center"),
        Fields([("Menetapkan", f"Keputusan Kepala {opd.name} tentang {title}.")], 28),
        Numbered(
            [
                (
                    f"Membentuk Tim Inovasi Daerah {opd.name} dengan susunan sebagaimana tercantum dalam "
                    "Lampiran Keputusan ini."
                ),
                (
                    "Tim bertugas melaksanakan rencana aksi, uji coba dan penerapan inovasi, "
                    "mengumpulkan bukti dukung, serta melaporkan perkembangannya kepada Kepala "
                    f"{opd.name} dan Desk Inovasi {data.agency_short}."
                ),
                "Biaya yang timbul akibat ditetapkannya Keputusan ini dibebankan pada {source}.".format(
                    source=budget or f"DPA {opd.name}"
                ),
                "Keputusan ini mulai berlaku pada tanggal ditetapkan.",
            ],
            ["KESATU", "KEDUA", "KETIGA", "KEEMPAT"],
        ),
        Signatures(
            [
                [
                    _head_signer(
                        data, opd, "", f"Ditetapkan di {data.city or DOTS}\npada tanggal {DOTS}"
                    )
                ]
            ]
        ),
        PageBreak(),
        Text(f"LAMPIRAN KEPUTUSAN KEPALA {opd.name.upper()}", "bold"),
        Fields([("Nomor", number_text), ("Tentang", title)], 22),
        Spacer(3),
        *_title("Susunan Tim Inovasi Daerah"),
        Grid(
            ["No", "Nama", "NIP", "Jabatan", "Kedudukan dalam tim"],
            rows,
            [8, None, 38, 45, 28],
            min_height=8,
            align=["right"] + ["left"] * 4,
        ),
        Signatures([[_head_signer(data, opd)]]),
    ]
    paper = _paper(
        data, "sk-tim", f"Draf SK Tim Inovasi {opd.abbreviation}", blocks, opd.id, on, draft=True
    )
    # the OPD issues this one: its own name in the kop, under the region's government and logo
    paper.letterhead = replace(
        data.letterhead, agency=opd.name, address="", phone="", email="", website=""
    )
    return paper


BUILDERS: dict[str, Callable[..., Paper]] = {
    "rekap": rekap,
    "lembar": lembar,
    "daftar-hadir": daftar_hadir,
    "berita-acara-komitmen": berita_acara_komitmen,
    "berita-acara-pelaksanaan": berita_acara_pelaksanaan,
    "berita-acara-desk": berita_acara_desk,
    "berita-acara-top": berita_acara_top,
    "sertifikat": sertifikat,
    "rancang-bangun": rancang_bangun,
    "sk-penetapan": sk_penetapan,
    "sk-tim": sk_tim,
}


def build_paper(
    data: PapersData, document: str, opd_id: str | None = None, innovation_id: str | None = None
) -> Paper:
    builder = BUILDERS.get(document)
    if builder is None:
        raise BadInput(_("Jenis dokumen tidak dikenal: {kind}").format(kind=document))
    if document in NEEDS_OPD and not opd_id:
        raise BadInput(_("Sebutkan OPD (--opd) untuk dokumen ini."))
    return builder(data, opd_id=opd_id, innovation_id=innovation_id)
