"""Papers an office files: people and their NIP, letterheads, document numbers, and dates and
numbers written in words (terbilang) as a berita acara needs them. Pure Python."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from labinovasi.domain.errors import BadInput
from labinovasi.domain.evidence import Verification
from labinovasi.i18n import N_, _

# -- numbers and dates in words ------------------------------------------------------------

_ONES = (
    "nol",
    "satu",
    "dua",
    "tiga",
    "empat",
    "lima",
    "enam",
    "tujuh",
    "delapan",
    "sembilan",
    "sepuluh",
    "sebelas",
)
_SCALES = ((10**12, "triliun"), (10**9, "miliar"), (10**6, "juta"))


def terbilang(number: int) -> str:
    """A whole number in Indonesian words: 26 → "dua puluh enam", 1000 → "seribu",
    2026 → "dua ribu dua puluh enam"."""
    if number < 0:
        return "minus " + terbilang(-number)
    if number < 12:
        return _ONES[number]
    if number < 20:
        return _ONES[number - 10] + " belas"
    if number < 100:
        tens, rest = divmod(number, 10)
        return _ONES[tens] + " puluh" + (" " + _ONES[rest] if rest else "")
    if number < 1000:
        hundreds, rest = divmod(number, 100)
        head = "seratus" if hundreds == 1 else _ONES[hundreds] + " ratus"
        return head + (" " + terbilang(rest) if rest else "")
    if number < 10**6:
        thousands, rest = divmod(number, 1000)
        head = "seribu" if thousands == 1 else terbilang(thousands) + " ribu"
        return head + (" " + terbilang(rest) if rest else "")
    for scale, word in _SCALES:
        if number >= scale:
            high, rest = divmod(number, scale)
            return terbilang(high) + " " + word + (" " + terbilang(rest) if rest else "")
    raise ValueError(number)  # pragma: no cover - the scales cover every int above a million


DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def day_name(value: date) -> str:
    return DAYS[value.weekday()]


def long_date(value: date) -> str:
    """'Kamis, 26 November 2026' — official papers stay Indonesian whatever the UI language."""
    return f"{day_name(value)}, {value.day} {MONTHS[value.month - 1]} {value.year}"


def plain_date(value: date) -> str:
    """'26 November 2026', in Indonesian."""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def date_in_words(value: date) -> str:
    """'hari Kamis tanggal dua puluh enam bulan November tahun dua ribu dua puluh enam'."""
    return (
        f"hari {day_name(value)} tanggal {terbilang(value.day)} bulan "
        f"{MONTHS[value.month - 1]} tahun {terbilang(value.year)}"
    )


def opening_sentence(value: date) -> str:
    """How a berita acara begins: 'Pada hari ini Kamis tanggal dua puluh enam bulan …'."""
    return "Pada hari ini " + date_in_words(value).removeprefix("hari ")


# -- NIP -------------------------------------------------------------------------------------

NIP_LENGTH = 18


def clean_nip(text: str) -> str:
    """The 18 digits of a NIP typed with spaces, dots or dashes; blank stays blank (honorary
    staff have none). Anything else is refused, naming what was typed."""
    digits = re.sub(r"[\s.\-]", "", text or "")
    if not digits:
        return ""
    if not digits.isdigit() or len(digits) != NIP_LENGTH:
        raise BadInput(_("NIP harus 18 angka: {nip}").format(nip=text.strip()))
    if not 1 <= int(digits[4:6]) <= 12 or not 1 <= int(digits[12:14]) <= 12:
        raise BadInput(
            _("NIP tidak sah (bulan lahir atau bulan pengangkatan): {nip}").format(nip=text.strip())
        )
    return digits


def format_nip(nip: str) -> str:
    """'198001012005011001' → '19800101 200501 1 001' (birth date, appointment, sex, number).
    Anything that is not 18 digits is printed as stored."""
    digits = (nip or "").replace(" ", "")
    if len(digits) != NIP_LENGTH or not digits.isdigit():
        return nip or ""
    return f"{digits[:8]} {digits[8:14]} {digits[14]} {digits[15:]}"


# -- people ----------------------------------------------------------------------------------

# Who signs what. One person per lab role; one kepala per OPD; any number of participants.
ROLES = {
    "peserta": N_("Peserta"),
    "kepala-opd": N_("Kepala perangkat daerah"),
    "kepala-bapperida": N_("Kepala Bapperida"),
    "sekda": N_("Sekretaris Daerah"),
    "fasilitator": N_("Fasilitator"),
    "kepala-daerah": N_("Kepala daerah"),
    "juri": N_("Juri gelar inovasi"),
    "pptk": N_("Penyelenggara (PPTK atau Kepala Bidang)"),
    "verifikator": N_("Verifikator Desk Inovasi"),
}
SINGLE_ROLES = ("kepala-bapperida", "sekda", "fasilitator", "kepala-daerah", "pptk", "verifikator")


@dataclass
class Person:
    """Someone who attends or signs: nama, NIP, pangkat/golongan, jabatan, OPD, nomor HP."""

    id: str
    role: str
    name: str
    nip: str = ""
    rank: str = ""  # pangkat/golongan, e.g. "Pembina Tk. I (IV/b)"
    position: str = ""  # jabatan, in full
    opd_id: str | None = None
    opd_name: str = ""  # as typed when the OPD is not in the workshop's list
    phone: str = ""
    position_index: int = 0


# -- letterhead and numbers -------------------------------------------------------------------

# Paper sizes in millimetres: F4 (folio) is what many Indonesian offices file on.
PAPERS = {"A4": (210.0, 297.0), "F4": (215.0, 330.0)}


@dataclass
class Letterhead:
    government: str = ""  # "PEMERINTAH KABUPATEN TANAH HARAPAN"
    agency: str = ""  # "BADAN PERENCANAAN PEMBANGUNAN, RISET DAN INOVASI DAERAH"
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    city: str = ""  # where papers are signed
    paper: str = "A4"
    logo: bytes | None = None
    logo_type: str = ""  # "png" or "jpeg"
    agency_short: str = "Bapperida"

    @property
    def contact_line(self) -> str:
        # kop text stays Indonesian: it is the office's own letterhead
        parts = [("Telepon", self.phone), ("Pos-el", self.email), ("Laman", self.website)]
        return " · ".join(f"{label} {value}" for label, value in parts if value)

    @property
    def filled(self) -> bool:
        return bool(self.government or self.agency)


def signing_place(city: str, venue: str = "", region: str = "") -> str:
    """Where a paper is signed: the letterhead's city, the office's own town (never the venue:
    a lab held at "Hotel Mutiara, Tanjung Selor" is signed where the office is); without a
    city on the kop, the venue's town (the part after its last comma), else the region."""
    city = " ".join((city or "").split())
    if city:
        return city
    town = (venue or "").rsplit(",", 1)[-1].strip()
    return town or " ".join((region or "").split())


def check_paper(paper: str) -> str:
    key = (paper or "").strip().upper()
    if key not in PAPERS:
        raise BadInput(_("Ukuran kertas harus A4 atau F4: {paper}").format(paper=paper))
    return key


# {code} keeps two kinds numbered in the same year from sharing a number; {agency} is the
# letterhead's short agency name. Offices set their own pattern per kind.
DEFAULT_NUMBER_PATTERN = "000.9/{seq}/{code}/{agency}/{year}"
DOCUMENT_CODES = {
    "rekap": "REKAP",
    "lembar": "LH",
    "daftar-hadir": "DH",
    "berita-acara-komitmen": "BA-K",
    "berita-acara-pelaksanaan": "BA-P",
    "berita-acara-desk": "BA-D",
    "berita-acara-top": "BA-T",
    "sertifikat": "SERT",
    "piagam": "PGH",
    "sk-penetapan": "SK",
    "sk-tim": "SK-TIM",
    "rancang-bangun": "RB",
    "laporan-monev": "MONEV",
    "berita-acara-verifikasi": "BA-V",
}
_PLACEHOLDERS = {"seq", "year", "month", "roman", "code", "agency"}


def check_number_pattern(pattern: str) -> str:
    """A pattern needs {seq}; it may use {year}, {month}, {roman} (the month as I…XII),
    {code} (the document kind's short code) and {agency} (the agency's short name)."""
    pattern = (pattern or "").strip()
    names = set(re.findall(r"{(\w*)}", pattern))
    if "seq" not in names:
        raise BadInput(_("Pola nomor harus memuat {{seq}}: {pattern}").format(pattern=pattern))
    unknown = names - _PLACEHOLDERS
    if unknown:
        raise BadInput(
            _("Pola nomor memuat isian tidak dikenal: {names}").format(
                names=", ".join(sorted(unknown))
            )
        )
    return pattern


def format_document_number(
    pattern: str, seq: int, on: date, kind: str = "", agency: str = "Bapperida"
) -> str:
    """`000.9/{seq}/Bapperida/{year}`, 7, 2026-11-26 → '000.9/7/Bapperida/2026'."""
    return check_number_pattern(pattern).format(
        seq=seq,
        year=on.year,
        month=f"{on.month:02d}",
        roman=ROMAN_MONTHS[on.month - 1],
        code=DOCUMENT_CODES.get(kind, kind.upper()),
        agency=agency or "Bapperida",
    )


def head_of_region(region: str) -> str:
    """Who signs for the region: Bupati, Wali Kota or Gubernur, read from its name."""
    lowered = (region or "").strip().lower()
    if lowered.startswith("kota"):
        return "Wali Kota"
    if lowered.startswith("provinsi"):
        return "Gubernur"
    return "Bupati"


@dataclass
class TopEntry:
    """One place in the Top-N of a gelar inovasi (filled by the jury)."""

    rank: int
    innovation: str = ""
    opd: str = ""
    score: str = ""


@dataclass
class JuryResult:
    """What the berita acara penetapan Top-N prints: the ranking and the jurors who sign."""

    entries: list[TopEntry] = field(default_factory=list)
    jurors: list[Person] = field(default_factory=list)
    top: int = 3
    criteria: list[str] = field(default_factory=list)  # the event's rubric, "kebaharuan (30%)"
    on_date: date | None = None  # the gelar inovasi's day and place: what its papers carry
    place: str = ""


# -- the lab's materi and jam pelajaran (a bimtek certificate's evidence, IGA indicator 20) ----

MAX_JP = 200  # one materi: a lab of five days has about 45 JP in all


@dataclass(frozen=True)
class Materi:
    """One materi of the lab and its jam pelajaran (JP, 45 minutes each)."""

    title: str
    jp: int


def check_materi(title: str, jp: object) -> Materi:
    """A materi as typed: a title, and a whole number of JP from 1 to MAX_JP."""
    name = " ".join((title or "").split())
    if not name:
        raise BadInput(_("Judul materi wajib diisi."))
    text = str(jp).strip() if jp is not None else ""
    if not text.isdigit() or not 1 <= int(text) <= MAX_JP:
        raise BadInput(
            _("JP materi \u201c{title}\u201d harus angka bulat 1 sampai {most}: {jp}").format(
                title=name, most=MAX_JP, jp=text or "—"
            )
        )
    return Materi(name, int(text))


def total_jp(materi: list[Materi]) -> int:
    return sum(m.jp for m in materi)


def jp_text(jp: int) -> str:
    """'24 (dua puluh empat) jam pelajaran', as a certificate writes it."""
    return f"{jp} ({terbilang(jp)}) jam pelajaran"


# -- the Desk Inovasi's verification, as its berita acara records it ---------------------------


@dataclass
class VerifiedAnswer:
    """One innovation's answer to one indicator and the Desk Inovasi's verdict on it."""

    opd_id: str
    opd: str
    innovation_id: str
    innovation: str
    indicator: str  # "16"
    label: str  # the indicator's name
    status: str  # a domain.evidence.Verification value
    note: str = ""
    on_date: date | None = None  # the day the verdict was recorded (the answer's last change)


@dataclass
class VerificationRecord:
    """The claimed answers of one assessment year, verified or still waiting."""

    year: int
    answers: list[VerifiedAnswer] = field(default_factory=list)


def verdicts(answers: list[VerifiedAnswer]) -> list[VerifiedAnswer]:
    """The answers the Desk Inovasi has judged (diterima, perlu revisi, ditolak): what a berita
    acara hasil verifikasi lists. Answers still menunggu are not verified yet."""
    return [a for a in answers if a.status != Verification.MENUNGGU.value]


def verification_day(answers: list[VerifiedAnswer]) -> date | None:
    """The berita acara hasil verifikasi's date: the latest verdict among those it lists."""
    return max((a.on_date for a in verdicts(answers) if a.on_date), default=None)


# -- how a paper names the agency ------------------------------------------------------------

_SMALL_WORDS = {
    "dan",
    "di",
    "ke",
    "dari",
    "untuk",
    "serta",
    "atau",
    "yang",
    "pada",
    "bagi",
    "dengan",
}
_ACRONYMS = {"DPRD", "UPTD", "RSUD", "SKPD", "OPD", "PMD", "KB", "P3A", "PPKB", "UMKM", "II", "III"}


def name_case(text: str) -> str:
    """An office name typed in capitals, as a sentence writes it: 'BADAN PERENCANAAN
    PEMBANGUNAN, RISET DAN INOVASI DAERAH' → 'Badan Perencanaan Pembangunan, Riset dan Inovasi
    Daerah'. Text already in mixed case is kept as typed."""
    text = " ".join((text or "").split())
    if not text or text != text.upper():
        return text
    words = []
    for index, word in enumerate(text.split(" ")):
        core = word.strip(",.;:()")
        if core in _ACRONYMS:
            words.append(word)
        elif index and core.lower() in _SMALL_WORDS:
            words.append(word.lower())
        else:
            words.append(word[:1] + word[1:].lower())
    return " ".join(words)


def agency_of_region(agency: str, region: str) -> str:
    """The agency as a sentence names it, with the region it belongs to: 'Badan Perencanaan
    Pembangunan, Riset dan Inovasi Daerah Kabupaten Tanah Harapan' (not repeated when the
    typed name already holds it)."""
    name, region = name_case(agency), name_case(region)
    if region and region.casefold() not in name.casefold():
        return f"{name} {region}".strip()
    return name


# -- who signs, and when: a paper carries the date of the event it records ----------------------

DESK_KIND = "desk konsultasi"  # the monitoring log's kind for a desk konsultasi


def juror_positions(count: int) -> list[str]:
    """A jury signs as its ketua and anggota: the first juror chairs the dewan juri."""
    return ["Ketua Dewan Juri"] + ["Anggota Dewan Juri"] * max(0, count - 1) if count else []


def desk_date(entries, opd_id: str, innovation_id: str | None = None) -> date | None:
    """The day of an OPD's latest desk konsultasi (from the monitoring log): the berita acara
    desk's date. None when none is recorded (the paper leaves the date to fill in)."""
    days = [
        e.on_date
        for e in entries
        if e.opd_id == opd_id
        and e.kind == DESK_KIND
        and (innovation_id is None or e.innovation_id in (None, innovation_id))
    ]
    return max(days) if days else None


def implementation_label(stage: str) -> str:
    """Which date a paper shows for an innovation: its penerapan once it is applied, its uji
    coba before."""
    return "Waktu penerapan" if stage == "penerapan" else "Waktu uji coba"


# A keputusan is numbered by its issuer (Bagian Hukum for the Kepala Daerah's, under the
# 100.3.3 code): the drafts leave the number blank unless one is given.
ISSUER_NUMBERED = ("sk-penetapan", "sk-tim")
# A daftar hadir usually carries no number: only when the office set a pattern for it.
NUMBERED_WHEN_SET = ("daftar-hadir",)
BLANK_NUMBER = "." * 30


# -- the rekapitulasi's coverage figure -----------------------------------------------------------


@dataclass
class Coverage:
    """ "x dari y OPD memiliki inovasi" and the yandas affairs the innovations cover."""

    opds_with: int
    opds: int
    yandas: list[str]  # labels of the urusan wajib pelayanan dasar covered
    yandas_total: int

    def opd_line(self) -> str:
        from labinovasi.formatting import format_percent

        pct = format_percent(self.opds_with, self.opds)
        return f"{self.opds_with} dari {self.opds} OPD ({pct}) memiliki rancangan inovasi"

    def yandas_line(self) -> str:
        covered = ", ".join(self.yandas) if self.yandas else "belum ada"
        return (
            f"Urusan wajib pelayanan dasar tercakup: {len(self.yandas)} dari "
            f"{self.yandas_total} ({covered})"
        )


def coverage(opd_ids: list[str], innovations) -> Coverage:
    """How many OPDs have an innovation among `innovations` (the lab's, for a paper about the
    lab) and which yandas affairs those cover, main or other urusan."""
    from labinovasi.domain.lists import find_choice, yandas_affairs

    with_innovation = {i.opd_id for i in innovations}
    covered: dict[str, str] = {}
    for innovation in innovations:
        for code in [innovation.main_affair, *innovation.other_affairs]:
            choice = find_choice("urusan", code) if code else None
            if choice is not None and choice.yandas:
                covered[choice.key] = choice.label
    order = [c.key for c in yandas_affairs()]
    return Coverage(
        opds_with=sum(1 for o in opd_ids if o in with_innovation),
        opds=len(opd_ids),
        yandas=[covered[k] for k in order if k in covered],
        yandas_total=len(order),
    )


# The laws a keputusan about regional innovation recites under "Mengingat", with their
# Lembaran Negara and Tambahan Lembaran Negara numbers.
UU_PEMDA = (
    "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (Lembaran Negara Republik "
    "Indonesia Tahun 2014 Nomor 244, Tambahan Lembaran Negara Republik Indonesia Nomor 5587) "
    "sebagaimana telah beberapa kali diubah, terakhir dengan Undang-Undang Nomor 6 Tahun 2023 "
    "tentang Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022 tentang "
    "Cipta Kerja menjadi Undang-Undang (Lembaran Negara Republik Indonesia Tahun 2023 Nomor 41, "
    "Tambahan Lembaran Negara Republik Indonesia Nomor 6856);"
)
PP_INOVASI = (
    "Peraturan Pemerintah Nomor 38 Tahun 2017 tentang Inovasi Daerah (Lembaran Negara Republik "
    "Indonesia Tahun 2017 Nomor 206, Tambahan Lembaran Negara Republik Indonesia Nomor 6123);"
)
DICTUM = ("KESATU", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA", "KEENAM")


def head_title(region: str) -> str:
    """'Bupati Tanah Harapan' for 'Kabupaten Tanah Harapan' (Wali Kota, Gubernur likewise):
    how a keputusan names its issuer."""
    head = head_of_region(region)
    name = " ".join((region or "").split())
    for prefix in ("kabupaten ", "kota ", "provinsi "):
        if name.lower().startswith(prefix):
            name = name[len(prefix) :]
            break
    return f"{head} {name_case(name)}".strip()


def budget_year(text: str) -> int | None:
    """The year a budget source names ("APBD Dinas Kesehatan 2027" → 2027), if any."""
    found = re.findall(r"\b(20\d\d)\b", text or "")
    return int(found[-1]) if found else None
