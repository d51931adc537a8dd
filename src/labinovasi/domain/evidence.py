"""Evidence (bukti dukung) and indicator answers: what an officer attaches and checks by hand."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import PurePath

from labinovasi.domain.errors import BadInput, RuleRefused
from labinovasi.domain.limits import MAX_EVIDENCE_BYTES, PARAMETER_LIMITS
from labinovasi.formatting import format_date
from labinovasi.i18n import N_, _


class Verification(StrEnum):
    """The Desk Inovasi's verdict on one answer; every answer starts (and restarts) waiting."""

    MENUNGGU = "menunggu"
    DITERIMA = "diterima"
    DITOLAK = "ditolak"
    PERLU_REVISI = "perlu revisi"

    @property
    def label(self) -> str:
        return {
            Verification.MENUNGGU: _("menunggu"),
            Verification.DITERIMA: _("diterima"),
            Verification.DITOLAK: _("ditolak"),
            Verification.PERLU_REVISI: _("perlu revisi"),
        }[self]

    @classmethod
    def parse(cls, value: str) -> Verification:
        key = " ".join(str(value).strip().lower().replace("_", " ").replace("-", " ").split())
        try:
            return cls(key)
        except ValueError:
            raise BadInput(
                _("Status verifikasi harus salah satu dari: {names}").format(names=", ".join(cls))
            ) from None


# The three ticks an officer gives a document by hand (attribute -> what it says).
HAND_CHECKS = {
    "check_name": N_("memuat nama inovasi"),
    "check_signed": N_("bertanda tangan"),
    "check_highlighted": N_("sudah distabilo"),
}

REGION = None  # innovation_id of a region-level (SPD) answer


@dataclass
class Evidence:
    """One document or link. A file's bytes live in the workshop under its sha256."""

    id: str
    title: str = ""
    number: str = ""
    doc_date: date | None = None
    sha256: str | None = None
    size: int | None = None
    file_name: str = ""
    media_type: str = ""
    link: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def is_link(self) -> bool:
        return bool(self.link)

    @property
    def extension(self) -> str:
        return file_extension(self.file_name) if self.file_name else ""

    @property
    def label(self) -> str:
        return self.title or self.file_name or self.link


@dataclass
class IndicatorAnswer:
    """One indicator of one innovation (or of the region: innovation_id None) for one year."""

    id: str
    indicator: str
    year: int
    innovation_id: str | None = None
    parameter: int | None = None
    status: Verification = Verification.MENUNGGU
    note: str = ""
    check_name: bool = False
    check_signed: bool = False
    check_highlighted: bool = False
    evidence_ids: list[str] = field(default_factory=list)
    updated_at: datetime | None = None
    basis: str = ""  # the measurement basis chosen (indicator 33), "" for the indicator's own
    figure_t1: Decimal | None = None  # an SPD figure of the earlier year (derived parameters)
    figure_t2: Decimal | None = None
    verified_at: datetime | None = None  # when the verdict was given (None while menunggu)

    @property
    def is_region(self) -> bool:
        return self.innovation_id is None

    @property
    def claimed(self) -> bool:
        """Counts as klaim: a parameter chosen and at least one evidence item attached."""
        return self.parameter is not None and bool(self.evidence_ids)

    @property
    def verified(self) -> bool:
        """Counts as terverifikasi: claimed, and the Desk Inovasi accepted it."""
        return self.claimed and self.status is Verification.DITERIMA


_INDICATOR = re.compile(r"^\d{1,3}[a-z]?$")


def check_indicator_number(value: object) -> str:
    """An indicator number as the rule files write it ("16", "1a")."""
    text = str(value or "").strip().lower()
    if not _INDICATOR.match(text):
        raise BadInput(_("Nomor indikator tidak sah: {value}").format(value=value))
    return text


def parse_figure(value: object) -> Decimal | None:
    """A figure as offices write it: "5,20", "70.10", "1.234.567,5", "Rp1.250.000", "-3,4%";
    None when blank. A dot before exactly three digits groups thousands (Indonesian form)."""
    text = re.sub(r"[\sRp%]", "", str(value if value is not None else ""))
    if not text:
        return None
    if "," in text:
        text = text.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"-?\d{1,3}(\.\d{3})+", text):
        text = text.replace(".", "")
    try:
        number = Decimal(text)
    except ArithmeticError:
        number = None
    if number is None or not number.is_finite() or abs(number) >= Decimal(10) ** 15:
        raise BadInput(_("Angka tidak dapat dibaca: \u201c{value}\u201d").format(value=value))
    return number


def figure_text(value: Decimal | None) -> str:
    """A figure as parse_figure reads it back, in the Indonesian form of the documents it
    comes from (BPS tables, LRA): 70,80 and 1.250.000; "" for none."""
    if value is None:
        return ""
    places = max(0, -value.as_tuple().exponent)  # type: ignore[operator]
    whole, _point, fraction = f"{abs(value):,.{places}f}".partition(".")
    return (
        ("-" if value < 0 else "") + whole.replace(",", ".") + ("," + fraction if fraction else "")
    )


def check_parameter(value: object) -> int | None:
    """A chosen parameter (1–3), None when none is chosen yet."""
    if value is None or value == "":
        return None
    low, high = PARAMETER_LIMITS
    try:
        number = int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        number = low - 1
    if isinstance(value, bool) or not low <= number <= high:
        raise BadInput(
            _("Parameter indikator harus {low} sampai {high}.").format(low=low, high=high)
        )
    return number


class EvidenceTooBig(BadInput):
    """A file over the limit: the message says to put it online and attach the link, in words
    for every screen; the command line adds its own option (--link)."""


def check_evidence_size(
    size: int, name: str = "", limit: int = MAX_EVIDENCE_BYTES, indicator: str | None = None
) -> int:
    """Refuse a file too big to carry inside the workshop (or bigger than indicator
    `indicator` takes), and say what to do instead: a link."""
    if size > limit:
        where = (
            _("batas indikator {no}: {limit} MB per berkas").format(
                no=indicator, limit=megabytes(limit)
            )
            if indicator
            else _("batas {limit} MB per berkas").format(limit=megabytes(limit))
        )
        raise EvidenceTooBig(
            _(
                "Berkas {name} terlalu besar ({size} MB; {where}). Unggah ke penyimpanan daring "
                "(misalnya YouTube atau Google Drive) lalu lampirkan tautannya."
            ).format(name=name, size=megabytes(size), where=where)
        )
    if size == 0:
        raise BadInput(_("Berkas {name} kosong; tidak disimpan.").format(name=name))
    return size


def check_taking_away(accepted: Sequence[str], force: bool) -> None:
    """Detaching or deleting evidence of answers the Desk Inovasi already accepted sends them
    back to menunggu (and may leave them without evidence): only when asked for knowingly
    (`--force`, or the confirmation on screen). `accepted` names those answers."""
    if accepted and not force:
        raise RuleRefused(
            _(
                "Bukti ini mendukung jawaban yang sudah diterima verifikator: {answers}. "
                "Melepas atau menghapusnya mengembalikan jawaban itu ke menunggu; ulangi "
                "dengan --force bila memang dimaksud."
            ).format(answers="; ".join(accepted))
        )


# -- file names: data from any input (an import, a station copy, a backup), never a path ------

MAX_FILE_NAME_LENGTH = 120  # characters of a stored name; the extension is always kept
FALLBACK_FILE_NAME = "bukti"
# Windows refuses these as a name (with any extension): "CON.pdf" opens the console device.
_DEVICE_NAMES = frozenset(
    {"con", "prn", "aux", "nul", "conin$", "conout$"}
    | {f"{kind}{n}" for kind in ("com", "lpt") for n in "0123456789¹²³"}
)
_NOT_IN_NAMES = re.compile(r'[<>:"/\\|?*]')
# Only documents, pictures, sound and video are handed to the system's opener; anything else
# (a program, a script, a shortcut, a macro document, a disk image) is offered "Simpan sebagai".
OPENABLE_EXTENSIONS = frozenset(
    {
        *("pdf", "txt", "csv", "rtf"),
        *("doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp"),
        *("jpg", "jpeg", "png", "gif", "webp", "bmp", "tif", "tiff"),
        *("mp3", "wav", "m4a", "ogg", "mp4", "mov", "avi", "mkv", "webm"),
    }
)


def safe_file_name(name: object) -> str:
    """A stored file name as a plain base name that is safe to create anywhere: no folder
    parts (of either system), no control, invisible or bidi-override characters (which make
    "gpj.exe" look like "exe.jpg"), nothing Windows refuses or reads as a device, no trailing
    dots or spaces, at most MAX_FILE_NAME_LENGTH characters with its extension kept. What is
    shown is what the file is; an empty result becomes "bukti"."""
    text = unicodedata.normalize("NFC", str(name or ""))
    text = "".join(
        " " if char.isspace() else char
        for char in text
        if not unicodedata.category(char).startswith("C") or char.isspace()
    )
    text = re.split(r"[/\\]", text)[-1]
    text = _NOT_IN_NAMES.sub("_", " ".join(text.split())).strip(" .")
    stem, dot, extension = text.rpartition(".")
    if not dot:
        stem, extension = text, ""
    stem, extension = stem.strip(" ."), extension.strip(" ")
    if len(extension) > 16:  # not an extension: part of the name
        stem, extension = text, ""
    if not stem:
        stem = FALLBACK_FILE_NAME
    if stem.split(".")[0].casefold() in _DEVICE_NAMES:
        stem = "_" + stem
    room = MAX_FILE_NAME_LENGTH - (len(extension) + 1 if extension else 0)
    stem = stem[:room].rstrip(" .") or FALLBACK_FILE_NAME
    return f"{stem}.{extension}" if extension else stem


def stored_file_name(name: object) -> str:
    """safe_file_name for a name read from any input, "" kept as "" (a link has no name)."""
    return safe_file_name(name) if str(name or "").strip() else ""


def file_extension(name: object) -> str:
    """The extension of a (sanitised) name, lower case, without the dot: what decides how the
    system opens it."""
    return PurePath(safe_file_name(name)).suffix.lower().lstrip(".")


def opens_safely(name: object) -> bool:
    """True when a file of this name may be handed to the system's opener (a document,
    picture, sound or video); False for anything that could run."""
    return file_extension(name) in OPENABLE_EXTENSIONS


def check_link(value: str | None) -> str:
    link = (value or "").strip()
    if not re.match(r"^https?://\S+$", link, re.IGNORECASE):
        raise BadInput(_("Tautan harus diawali http:// atau https://: {link}").format(link=link))
    return link


def megabytes(size: int) -> str:
    """A size in MB as people read it: "0,4", "3,2", "50"."""
    value = size / (1024 * 1024)
    text = f"{value:.1f}".replace(".", ",") if value < 10 else str(round(value))
    return text.removesuffix(",0")


def size_text(size: int | None) -> str:
    """A file's size for a list: "12 KB" below a megabyte, else "3,2 MB"."""
    size = size or 0
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{megabytes(size)} MB"


Window = tuple[date | None, date | None]


def evidence_problems(
    evidence: Evidence,
    file_types: Sequence[str] = (),
    max_bytes: int | None = None,
    window: Window | None = None,
) -> list[str]:
    """What an officer would catch by hand in one document against its indicator's rule:
    a file type (or a link) the indicator does not take, a file too big, a document dated
    outside the year's window."""
    problems = []
    allowed = [t.lower().lstrip(".") for t in file_types]
    if allowed and evidence.is_link and "link" not in allowed:
        problems.append(
            _("tautan tidak diterima untuk indikator ini (diterima: {allowed})").format(
                allowed=", ".join(allowed)
            )
        )
    elif allowed and not evidence.is_link:
        kinds = {"jpg", "jpeg"} if evidence.extension in ("jpg", "jpeg") else {evidence.extension}
        if not kinds & (set(allowed) | _GROUPS.get_all(allowed)):
            problems.append(
                _(
                    "jenis berkas {kind} tidak diterima untuk indikator ini (diterima: {allowed})"
                ).format(kind=evidence.extension or "?", allowed=", ".join(allowed))
            )
    if max_bytes is not None and evidence.size is not None and evidence.size > max_bytes:
        problems.append(
            _("berkas {size} MB melebihi batas indikator {limit} MB").format(
                size=megabytes(evidence.size), limit=megabytes(max_bytes)
            )
        )
    problem = date_problem(evidence.doc_date, window)
    if problem:
        problems.append(problem)
    return problems


def date_problem(doc_date: date | None, window: Window | None) -> str | None:
    """What is wrong with a document's date against the rule file's window (None: fine, or
    no window to check against)."""
    if window is None or not any(window):
        return None
    first, last = window
    if doc_date is None:
        return _("tanggal dokumen belum diisi")
    if (first and doc_date < first) or (last and doc_date > last):
        return _("tanggal dokumen {date} di luar {first} s.d. {last}").format(
            date=format_date(doc_date),
            first=format_date(first) or "…",
            last=format_date(last) or "…",
        )
    return None


def answer_problems(
    answer: IndicatorAnswer,
    evidence: Sequence[Evidence],
    file_types: Sequence[str] = (),
    max_bytes: int | None = None,
    window: Window | None = None,
    hand_checks: Sequence[str] = tuple(HAND_CHECKS),
) -> list[str]:
    """Everything still missing or wrong in one answer, in the words of the checklist;
    `hand_checks`: the ticks this indicator's documents ask (the rule file's)."""
    problems = []
    if answer.parameter is None:
        problems.append(_("parameter belum dipilih"))
    if not answer.evidence_ids:
        problems.append(_("skor 0: belum ada bukti"))
    for item in evidence:
        problems.extend(
            f"{item.label}: {p}" for p in evidence_problems(item, file_types, max_bytes, window)
        )
    if answer.evidence_ids:
        problems.extend(
            _("belum dicentang: {check}").format(check=_(label))
            for attr, label in HAND_CHECKS.items()
            if attr in hand_checks and not getattr(answer, attr)
        )
    return problems


class _FileGroups(dict):
    """Rule files may name a family ("gambar", "video", "dokumen") instead of extensions."""

    def get_all(self, names: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for name in names:
            found |= self.get(name, set())
        return found


_GROUPS = _FileGroups(
    {
        "gambar": {"jpg", "jpeg", "png", "webp"},
        "image": {"jpg", "jpeg", "png", "webp"},
        "video": {"mp4", "mov", "avi", "mkv", "webm"},
        "dokumen": {"pdf", "doc", "docx", "xls", "xlsx"},
        "document": {"pdf", "doc", "docx"},
    }
)
