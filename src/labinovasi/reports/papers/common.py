"""What every office paper shares: the data they print (PapersData), signers, titles, the
number slot, the innovation's fields and rencana aksi as blocks. Paper text is Indonesian
whatever the UI language (these are the papers an Indonesian office files)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date

from labinovasi.domain import BadInput, Opd
from labinovasi.domain.innovations import Innovation
from labinovasi.domain.lists import find_choice
from labinovasi.domain.papers import (
    BLANK_NUMBER,
    ISSUER_NUMBERED,
    NUMBERED_WHEN_SET,
    JuryResult,
    Letterhead,
    Materi,
    Person,
    VerificationRecord,
    agency_of_region,
    format_nip,
    name_case,
    opening_sentence,
    plain_date,
)
from labinovasi.formatting import format_date_range, format_rupiah
from labinovasi.i18n import _
from labinovasi.reports.data import OpdReport, ReportData
from labinovasi.reports.opd_sheet import (
    signing_place,
)
from labinovasi.reports.papers.model import (
    Block,
    Fields,
    Grid,
    Heading,
    Paper,
    Signer,
    Spacer,
    Text,
)

DOTS = "." * 40


# Where the document's number goes; filled in once the number is issued (see make_paper).
NUMBER_SLOT = "\ue000nomor\ue000"


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
    number: str = ""  # a keputusan's number, when its issuer has given one (--number)
    patterned: frozenset[str] = frozenset()  # kinds the office set a number pattern for
    verification: VerificationRecord | None = None  # the Desk Inovasi's verdicts of one year
    materi: list[Materi] = field(default_factory=list)  # the lab's materi with their JP
    tahapan: str = ""  # SK penetapan: only the innovations at this tahapan (a key)
    year: int | None = None  # SK penetapan: begun in this year; BA verifikasi: IGA year

    def numbered(self, kind: str) -> bool:
        """Whether this kind carries a number issued by the workshop."""
        return kind not in NUMBERED_WHEN_SET or kind in self.patterned

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
        return signing_place(self.workshop, self.letterhead.city)

    def place_date(self, on: date | None, place: str = "") -> str:
        """ "Tanjung Harapan, 26 November 2026"; dotted to fill in by hand without a date."""
        when = plain_date(on) if on else DOTS
        return ", ".join(t for t in (place or self.city, when) if t)

    def opd_name(self, person: Person, short: bool = False) -> str:
        if person.opd_id:
            found = next((r.opd for r in self.report.opds if r.opd.id == person.opd_id), None)
            if found:
                return found.abbreviation if short else found.name
        return person.opd_name

    @property
    def agency(self) -> str:
        """The agency's name as a sentence or a jabatan writes it (never in capitals)."""
        return name_case(
            self.letterhead.agency or "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah"
        )

    @property
    def agency_of_region(self) -> str:
        """'Badan … Daerah Kabupaten Tanah Harapan': the agency named in a sentence."""
        return agency_of_region(self.agency, self.region)

    @property
    def agency_short(self) -> str:
        return self.letterhead.agency_short or "Bapperida"

    @property
    def region(self) -> str:
        return self.workshop.region


def opening(on: date | None) -> str:
    """A berita acara's opening with the event's day in words, or dotted lines to fill in
    when the event's date is not recorded (never the print day)."""
    if on is None:
        return "Pada hari ini " + DOTS[:15] + " tanggal " + DOTS[:25]
    return opening_sentence(on)


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


def lab_signer(data: PapersData, role: str, caption: str = "", place_date: str = "") -> Signer:
    positions = {
        "kepala-bapperida": f"Kepala {data.agency}" + (f"\n{data.region}" if data.region else ""),
        "sekda": "Sekretaris Daerah" + (f" {data.region}" if data.region else ""),
        "fasilitator": "Fasilitator Laboratorium Inovasi",
        "verifikator": "Verifikator Desk Inovasi",
    }
    return signer(data.person(role), positions[role], caption, place_date)


def head_signer(data: PapersData, opd: Opd, caption: str = "", place_date: str = "") -> Signer:
    return signer(data.person("kepala-opd", opd.id), f"Kepala {opd.name}", caption, place_date)


def find_opd(data: PapersData, opd_id: str | None) -> OpdReport:
    if not opd_id:
        raise BadInput(_("Sebutkan OPD (--opd) untuk dokumen ini."))
    for report in data.report.opds:
        if report.opd.id == opd_id:
            return report
    raise BadInput(_("OPD tidak ditemukan: {key}").format(key=opd_id))


def title_blocks(text: str, number: str = "", subtitle: str = "") -> list[Block]:
    blocks: list[Block] = [Text(text.upper(), "title")]
    if number:
        blocks.append(Text(f"Nomor: {number}", "subtitle"))
    if subtitle:
        blocks.append(Text(subtitle, "subtitle"))
    return blocks + [Spacer(5)]


def where(data: PapersData) -> str:
    return data.workshop.place or data.city or DOTS


def closing() -> Text:
    return Text(
        "Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan "
        "sebagaimana mestinya."
    )


def person_fields(person: Person | None, position: str) -> Fields:
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


def action_span(design: Innovation) -> str:
    starts = [a.start for a in design.actions if a.start]
    ends = [a.end for a in design.actions if a.end]
    if not starts and not ends:
        return "—"
    return format_date_range(min(starts or ends), max(ends or starts))


def make_paper(
    data: PapersData,
    kind: str,
    title: str,
    blocks: list[Block],
    subject: str = "",
    on: date | None = None,
    **options,
) -> Paper:
    """A Paper with its number: issued once per kind, subject and year, then kept."""
    on = on or data.dated  # the event's day; None leaves it to fill in by hand
    numbered = options.pop("numbered", True)
    if kind in ISSUER_NUMBERED:  # a keputusan is numbered by its issuer, unless one is given
        number = data.number
    else:
        number = data.number_for(kind, subject, on or date.today()) if numbered else ""
    slot = number or BLANK_NUMBER
    for index, block in enumerate(blocks):
        if isinstance(block, Text) and NUMBER_SLOT in block.text:
            blocks[index] = replace(block, text=block.text.replace(NUMBER_SLOT, slot))
        elif isinstance(block, Fields):
            blocks[index] = replace(
                block, rows=[(k, v.replace(NUMBER_SLOT, slot)) for k, v in block.rows]
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


def find_innovations(
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


def innovation_fields(design: Innovation) -> Fields:
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


def action_blocks(design: Innovation) -> list[Block]:
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


def native(block: Block) -> list:
    from labinovasi.reports.papers.pdf import block_flowables

    return block_flowables(block)


def long_date_of(on: date) -> str:
    from labinovasi.domain.papers import long_date

    return long_date(on)
