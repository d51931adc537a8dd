"""The upload package ("Paket unggah"): per innovation a folder with its evidence files named by
indicator (16-35 and the national form's 1-20), one folder for the region's SPD, and an index
sheet, every file within the portal's upload limit where a smaller copy can be made (scans and
photos re-encoded; the stored original is never touched)."""

from __future__ import annotations

import io
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from labinovasi.domain import BadInput
from labinovasi.domain.evidence import Evidence, safe_file_name
from labinovasi.domain.iga import IgaRules, eligibility, form_number
from labinovasi.i18n import _
from labinovasi.services import evidence as ev
from labinovasi.services.iga import iga_innovation, reported_flags, resolve_rules
from labinovasi.services.innovations import Innovations
from labinovasi.services.output_files import check_target
from labinovasi.services.workshop_service import WorkshopService

INDEX_NAME = "daftar-berkas.xlsx"
REGION_FOLDER = "00 Pemerintah Daerah (SPD)"
MAX_NAME = 100  # characters of a file or folder name before its extension
IMAGE_TYPES = {"jpg", "jpeg", "png", "webp", "bmp", "tif", "tiff"}
# Longest side and JPEG quality tried in turn until a copy fits the portal's limit.
REDUCTION_STEPS = ((2200, 75), (1700, 65), (1300, 55), (1000, 45))


@dataclass
class PackageFile:
    owner: str  # "DINKES · SIAP ANTRE" or the region
    indicator: str
    form_no: str  # the national form's per-innovation numbering (1-20), "" for SPD
    name: str  # the file's path inside the package ("" for a link)
    size: int = 0
    original_size: int = 0
    reduced: bool = False
    over_limit: bool = False
    link: str = ""
    note: str = ""

    def to_json(self) -> dict:
        return {
            "owner": self.owner,
            "indicator": self.indicator,
            "form_no": self.form_no,
            "file": self.name,
            "bytes": self.size,
            "original_bytes": self.original_size,
            "reduced": self.reduced,
            "over_limit": self.over_limit,
            "link": self.link,
            "note": self.note,
        }


@dataclass
class UploadPackage:
    folder: Path
    year: int
    limit_bytes: int | None
    files: list[PackageFile] = field(default_factory=list)
    zip_path: Path | None = None
    # (OPD · innovation, why) for reported innovations the year's window does not take: no
    # folder, as the index leaves them out (domain.iga.eligibility, the estimate's one rule)
    left_out: list[tuple[str, str]] = field(default_factory=list)

    @property
    def over_limit(self) -> list[PackageFile]:
        return [f for f in self.files if f.over_limit]

    def to_json(self) -> dict:
        return {
            "folder": str(self.folder),
            "zip": str(self.zip_path) if self.zip_path else None,
            "year": self.year,
            "limit_bytes": self.limit_bytes,
            "files": [f.to_json() for f in self.files],
            "left_out": [{"innovation": name, "reason": why} for name, why in self.left_out],
        }


def plain_name(text: str, limit: int = MAX_NAME) -> str:
    """A file or folder name made of what a person typed: no path separators, control or
    direction characters, nothing a file system refuses; cut with "…" past `limit`."""
    text = unicodedata.normalize("NFC", text)
    text = "".join(c for c in text if unicodedata.category(c)[0] != "C")
    text = re.sub(r'[\\/:*?"<>|]+', " ", text)
    text = " ".join(text.split()).strip(" .")
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text or "berkas"


def smaller_copy(data: bytes, extension: str, limit: int) -> bytes | None:
    """A copy of a scan (PDF of images) or a photo under `limit` bytes, or None when none can be
    made (a PDF of text, a damaged file): the original is never changed."""
    try:
        if extension in IMAGE_TYPES:
            return _smaller_image(data, limit)
        if extension == "pdf":
            return _smaller_pdf(data, limit)
    # A damaged or hostile file may raise anything from Pillow or pypdf: no copy is made and
    # the original goes into the package as it is (nothing is lost, the index says so).
    except Exception:  # noqa: BLE001
        return None
    return None


def _smaller_image(data: bytes, limit: int) -> bytes | None:
    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        image.load()
        picture = image.convert("RGB")
    for side, quality in REDUCTION_STEPS:
        copy = picture.copy()
        copy.thumbnail((side, side))
        out = io.BytesIO()
        copy.save(out, "JPEG", quality=quality, optimize=True)
        if out.tell() <= limit:
            return out.getvalue()
    return None


def _smaller_pdf(data: bytes, limit: int) -> bytes | None:
    from PIL import Image
    from pypdf import PdfReader, PdfWriter

    for side, quality in REDUCTION_STEPS:
        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
        changed = False
        for page in writer.pages:
            for picture in page.images:
                if picture.image is None:
                    continue
                image = picture.image.convert("RGB")
                if max(image.size) > side:
                    image.thumbnail((side, side), Image.Resampling.LANCZOS)
                picture.replace(image, quality=quality)
                changed = True
        if not changed:
            return None
        writer.compress_identical_objects()  # the replaced images are dropped
        out = io.BytesIO()
        writer.write(out)
        if out.tell() <= limit:
            return out.getvalue()
    return None


def build_package(
    service: WorkshopService,
    out: Path,
    year: int | None = None,
    innovation_ids: list[str] | None = None,
    make_zip: bool = False,
    rules_path: str | Path | None = None,
) -> UploadPackage:
    """Write the upload package into folder `out` (new or empty); all or nothing: it is built
    in a temporary folder beside it and renamed when complete."""
    out = Path(out)
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise BadInput(_("Folder tujuan paket tidak kosong: {path}").format(path=out))
    check_target(out)
    rules = resolve_rules(service, year, rules_path)
    limit = int(rules.portal_max_mb * 1024 * 1024) if rules.portal_max_mb else None
    flags = reported_flags(service, rules.year)
    innovations = [
        i
        for i in Innovations(service).list()
        if flags.get(i.id, True) and (innovation_ids is None or i.id in innovation_ids)
    ]
    if innovation_ids is not None:
        unknown = set(innovation_ids) - {i.id for i in innovations}
        if unknown:
            raise BadInput(_("Inovasi tidak ditemukan: {id}").format(id=", ".join(sorted(unknown))))
    opds = {o.id: o.abbreviation or o.name for o in service.list_opds()}
    package = UploadPackage(folder=out, year=rules.year, limit_bytes=limit)
    taken = []
    for innovation in innovations:
        verdict = eligibility(rules, iga_innovation(rules, innovation))
        if verdict.eligible:
            taken.append(innovation)
        else:
            label = f"{opds.get(innovation.opd_id, '')} · {innovation.name}"
            package.left_out.append((label, verdict.reason))
    innovations = taken
    items = {e.id: e for e in ev.list_evidence(service)}
    out.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".paket-", dir=out.parent))
    try:
        owners: list[tuple[str, str | None, str]] = [(REGION_FOLDER, None, _("Pemerintah daerah"))]
        for number, innovation in enumerate(innovations, start=1):
            label = f"{opds.get(innovation.opd_id, '')} · {innovation.name}"
            folder = plain_name(
                f"{number:02d} {opds.get(innovation.opd_id, '')} - {innovation.name}"
            )
            owners.append((folder, innovation.id, label))
        for folder, innovation_id, label in owners:
            answers = ev.list_answers(
                service, innovation_id=innovation_id, year=rules.year, region=innovation_id is None
            )
            for answer in answers:
                indicator = rules.indicator(answer.indicator)
                if indicator is None:
                    continue
                position = 0  # files of this answer so far: the second is "(2)"
                for evidence_id in answer.evidence_ids:
                    item = items.get(evidence_id)
                    if item is None:
                        continue
                    position += 0 if item.is_link else 1
                    package.files.append(
                        _write_item(
                            service, work / folder, rules, label, indicator, item, position, limit
                        )
                    )
        _write_index(work / INDEX_NAME, package, rules)
        if out.exists():
            out.rmdir()
        work.rename(out)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    if make_zip:
        package.zip_path = Path(
            shutil.make_archive(str(out), "zip", root_dir=out.parent, base_dir=out.name)
        )
    return package


def _write_item(
    service: WorkshopService,
    folder: Path,
    rules: IgaRules,
    owner: str,
    indicator,
    item: Evidence,
    position: int,
    limit: int | None,
) -> PackageFile:
    form_no = form_number(rules, indicator.no)
    entry = PackageFile(owner=owner, indicator=indicator.no, form_no=form_no, name="")
    if item.is_link:
        entry.link = item.link
        entry.note = _("tautan: isikan di portal")
        return entry
    try:
        data = ev.evidence_bytes(service, item.id)
    except BadInput as error:
        entry.note = error.message
        return entry
    extension = item.extension or "bin"
    numbering = f"{indicator.no} ({form_no})" if form_no else indicator.no
    title = item.title or Path(item.file_name).stem
    stem = plain_name(f"{numbering} {indicator.name} - {title}")
    if position > 1:
        stem = plain_name(f"{stem} ({position})")
    entry.original_size = len(data)
    if limit is not None and len(data) > limit:
        smaller = smaller_copy(data, extension, limit)
        if smaller is not None:
            data = smaller
            extension = "jpg" if extension in IMAGE_TYPES else extension
            entry.reduced = True
            entry.note = _("salinan diperkecil; aslinya tetap di lokakarya")
        else:
            entry.over_limit = True
            entry.note = _("lebih besar dari batas unggah portal; unggah lewat tautan")
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / safe_file_name(f"{stem}.{extension}")  # device names, length, the extension
    path.write_bytes(data)
    entry.name = f"{folder.name}/{path.name}"
    entry.size = len(data)
    return entry


def _write_index(path: Path, package: UploadPackage, rules: IgaRules) -> None:
    from labinovasi.storage.tabular import write_xlsx

    headers = [
        _("Pemilik"),
        _("No indikator"),
        _("No formulir"),
        _("Indikator"),
        _("Berkas di paket"),
        _("Ukuran (KB)"),
        _("Ukuran asli (KB)"),
        _("Tautan"),
        _("Catatan"),
    ]
    rows = []
    for entry in package.files:
        indicator = rules.indicator(entry.indicator)
        rows.append(
            [
                entry.owner,
                entry.indicator,
                entry.form_no,
                indicator.name if indicator else "",
                entry.name,
                round(entry.size / 1024) if entry.size else None,
                round(entry.original_size / 1024) if entry.original_size else None,
                entry.link,
                entry.note,
            ]
        )
    sheets: dict[str, tuple[Sequence[str], Iterable[Sequence[object]]]] = {
        _("Daftar berkas"): (headers, rows)
    }
    if package.left_out:
        sheets[_("Tidak dihitung")] = (
            [_("Inovasi"), _("Alasan")],
            [[name, why] for name, why in package.left_out],
        )
    write_xlsx(path, sheets)
