"""Every office paper declared once: its key (the CLI's `--document`), title, what it needs
(an OPD, a date, a session, an innovation, the piagam switch), the formats it is written in and
the module that builds it. The CLI's choices, the README's list, number patterns and the app's
Cetak → Dokumen kantor… all read this tuple. Importing it loads no ReportLab: a builder's
module is imported when that paper is made."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from labinovasi.domain.errors import BadInput
from labinovasi.i18n import N_, _

if TYPE_CHECKING:
    from labinovasi.reports.papers.common import PapersData
    from labinovasi.reports.papers.model import Paper

OPD_NONE, OPD_OPTIONAL, OPD_REQUIRED = "", "optional", "required"
FORMATS = (".pdf", ".docx")  # both written from one Paper: pdf.write_pdf, docx_writer.write_docx


@dataclass(frozen=True)
class PaperKind:
    key: str
    title: str  # Indonesian (N_), translated where the app shows it
    module: str  # labinovasi.reports.papers.<module>, with a `build(data, opd_id, innovation_id)`
    summary: str  # one line for the README and the dialog
    opd: str = OPD_NONE  # OPD_REQUIRED, OPD_OPTIONAL (one OPD or all) or none
    innovation: bool = False  # --innovation picks one innovation
    session: bool = False  # --session, --blank (daftar hadir)
    piagam: bool = False  # --piagam (a piagam per innovation instead of certificates)
    tahapan: bool = False  # --tahapan: only the innovations at that tahapan
    year: str = ""  # --year: what the year picks (shown in the dialog and the README)
    formats: tuple[str, ...] = FORMATS

    @property
    def needs_opd(self) -> bool:
        return self.opd == OPD_REQUIRED

    @property
    def takes_opd(self) -> bool:
        return self.opd != OPD_NONE

    def builder(self) -> Callable[..., Paper]:
        module = importlib.import_module(f"labinovasi.reports.papers.{self.module}")
        return module.build


PAPER_KINDS: tuple[PaperKind, ...] = (
    PaperKind(
        "rekap",
        N_("Rekapitulasi Laboratorium Inovasi"),
        "rekap",
        "with a number, recommendations and an approval block",
    ),
    PaperKind(
        "lembar",
        N_("Lembar hasil laboratorium inovasi"),
        "lembar",
        "each OPD's sheet; the commitment dated the day it finished design, or `--date`",
        opd=OPD_OPTIONAL,
    ),
    PaperKind(
        "daftar-hadir",
        N_("Daftar hadir"),
        "daftar_hadir",
        "per day and session; the OPD teams when no participants are imported",
        opd=OPD_OPTIONAL,
        session=True,
    ),
    PaperKind(
        "berita-acara-komitmen",
        N_("Surat pernyataan komitmen"),
        "komitmen",
        "the OPD head's commitment to the lab's designs",
        opd=OPD_REQUIRED,
    ),
    PaperKind(
        "berita-acara-pelaksanaan",
        N_("Berita acara pelaksanaan Laboratorium Inovasi"),
        "pelaksanaan",
        "the lab held, its results per OPD",
    ),
    PaperKind(
        "berita-acara-desk",
        N_("Berita acara hasil desk konsultasi"),
        "desk",
        "dated by the OPD's desk konsultasi",
        opd=OPD_REQUIRED,
    ),
    PaperKind(
        "berita-acara-top",
        N_("Berita acara penetapan Top N gelar inovasi"),
        "top",
        "dated and placed by the gelar inovasi; the Top-N and jurors from its score sheets",
    ),
    PaperKind(
        "sertifikat",
        N_("Sertifikat peserta / piagam penghargaan"),
        "sertifikat",
        "landscape; `--piagam` for a piagam per innovation",
        opd=OPD_OPTIONAL,
        innovation=True,
        piagam=True,
    ),
    PaperKind(
        "rancang-bangun",
        N_("Draf rancang bangun dan pokok perubahan"),
        "rancang_bangun",
        "a draft built from the lab's records, with the word count of its prose",
        opd=OPD_OPTIONAL,
        innovation=True,
    ),
    PaperKind(
        "sk-penetapan",
        N_("Draf lampiran SK penetapan inovasi daerah"),
        "sk_penetapan",
        "the head of region's SK listing every innovation, or those at one tahapan begun in one "
        "year (indicator 16: the SK of the year of penerapan)",
        tahapan=True,
        year="the year the tahapan began (penerapan: launch date; uji coba: trial date)",
    ),
    PaperKind(
        "laporan-monev",
        N_("Laporan monitoring dan evaluasi inovasi"),
        "monev",
        "per innovation from the monitoring log, dated by its latest entry",
        opd=OPD_OPTIONAL,
        innovation=True,
    ),
    PaperKind(
        "berita-acara-verifikasi",
        N_("Berita acara hasil verifikasi bukti dukung"),
        "verifikasi",
        "per innovation and indicator: diterima, perlu revisi or ditolak with the note, signed by "
        "the verifier and dated by the latest verdict",
        opd=OPD_OPTIONAL,
        innovation=True,
        year="the IGA assessment year (default: the workshop's)",
    ),
    PaperKind(
        "sk-tim",
        N_("Draf SK tim inovasi perangkat daerah"),
        "sk_tim",
        "an OPD's innovation team",
        opd=OPD_REQUIRED,
    ),
)
DOCUMENTS = tuple(kind.key for kind in PAPER_KINDS)


def paper_kind(key: str) -> PaperKind:
    for kind in PAPER_KINDS:
        if kind.key == key:
            return kind
    raise BadInput(_("Jenis dokumen tidak dikenal: {kind}").format(kind=key))


def build_paper(
    data: PapersData, document: str, opd_id: str | None = None, innovation_id: str | None = None
) -> Paper:
    kind = paper_kind(document)
    if kind.needs_opd and not opd_id:
        raise BadInput(_("Sebutkan OPD (--opd) untuk dokumen ini."))
    if (data.tahapan and not kind.tahapan) or (data.year is not None and not kind.year):
        raise BadInput(
            _("Dokumen {kind} tidak dipilah menurut tahapan atau tahun.").format(kind=kind.key)
        )
    return kind.builder()(data, opd_id=opd_id, innovation_id=innovation_id)


def readme_table() -> str:
    """The README's list of papers, made from the declarations (a test keeps them equal)."""
    lines = ["| `--document` | Paper | Options |", "|---|---|---|"]
    for kind in PAPER_KINDS:
        options = [
            "`--opd` (required)" if kind.needs_opd else "`--opd`" if kind.takes_opd else "",
            "`--innovation`" if kind.innovation else "",
            "`--session`, `--blank`" if kind.session else "",
            "`--piagam`" if kind.piagam else "",
            "`--tahapan`" if kind.tahapan else "",
            f"`--year` ({kind.year})" if kind.year else "",
            "`--date`",
        ]
        lines.append(
            f"| `{kind.key}` | {kind.title}: {kind.summary} | "
            + ", ".join(o for o in options if o)
            + " |"
        )
    return "\n".join(lines)
