"""The national form layout (Kemendagri's IID application) in and out as one XLSX workbook:
"Profil Inovasi", "Indikator" and "Indikator Pemda", columns in the order an officer copies
them. Import is all-or-nothing, names every bad line, and adds nothing the second time."""

from __future__ import annotations

import hashlib
import json
import mimetypes
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from labinovasi.domain import BadInput, Opd, iga
from labinovasi.domain import profile as declaration
from labinovasi.domain.evidence import IndicatorAnswer, safe_file_name
from labinovasi.domain.innovations import IMPORTED_ORIGIN, check_field, column_value
from labinovasi.domain.limits import MAX_EVIDENCE_BYTES
from labinovasi.domain.profile import CHOICE, DOCUMENT, LIST, profile_field, shown_value
from labinovasi.i18n import _
from labinovasi.services import evidence
from labinovasi.services.iga import resolve_rules
from labinovasi.services.innovations import Innovations
from labinovasi.services.workshop_service import WorkshopService
from labinovasi.storage.models import (
    AnswerEvidenceRow,
    EvidenceBlobRow,
    EvidenceRow,
    IndicatorAnswerRow,
    InnovationChangeRow,
    InnovationRow,
    OpdRow,
    utcnow,
)
from labinovasi.storage.workbooks import open_workbook

PROFILE_SHEET = "Profil Inovasi"
INDICATOR_SHEET = "Indikator"
REGION_SHEET = "Indikator Pemda"
# Reported innovations the year's window leaves out (domain iga.eligibility), with why; not
# read back by the import.
LEFT_OUT_SHEET = "Tidak Dihitung"
LEFT_OUT_HEADERS = ("Perangkat Daerah", "Nama Inovasi Daerah", "Alasan")


def profile_columns(rules: iga.IgaRules | None = None) -> tuple[tuple[str, str], ...]:
    """(header, innovation field) in the national form's order: the OPD, then the profile
    fields the declaration puts on the national form (domain/profile.py: national_column).
    With `rules`, a per-year field only when that year's form asks it."""
    return (
        ("Perangkat Daerah", "opd"),
        *(
            (column, key)
            for column, key in declaration.NATIONAL_COLUMNS
            if rules is None or not _per_year(key) or key in rules.profile_fields
        ),
    )


def _per_year(key: str) -> bool:
    declared = profile_field(key)
    return declared is not None and declared.per_year


# "No Indikator" numbers the indicators 1–35 (SPD 1–15, SID 16–35); the national form's
# per-innovation pages number the SID ones 1–20 ("No Formulir"). The indicator's name and the
# chosen parameter's text are written for the officer who copies them; the import reads the
# numbers and the parameter (and takes workbooks without the written columns).
INDICATOR_COLUMNS = (
    ("Perangkat Daerah", "opd"),
    ("Nama Inovasi Daerah", "name"),
    ("No Indikator", "no"),
    ("No Formulir", "form_no"),
    ("Nama Indikator", "indicator_name"),
    ("Parameter", "parameter"),
    ("Teks Parameter", "parameter_text"),
    ("Bukti", "evidence"),
    ("Status Verifikasi", "status"),
)
REGION_COLUMNS = (
    ("No Indikator", "no"),
    ("Nama Indikator", "indicator_name"),
    ("Parameter", "parameter"),
    ("Teks Parameter", "parameter_text"),
    ("Bukti", "evidence"),
    ("Status Verifikasi", "status"),
)
WRITTEN_COLUMNS = frozenset({"form_no", "indicator_name", "parameter_text"})


def _document_fields() -> frozenset[str]:
    return frozenset(f.key for f in declaration.PROFILE if f.kind == DOCUMENT)


def optional_columns(sheet: str) -> frozenset[str]:
    """The fields of `sheet` an import reads when their column is there: columns added to the
    workbook after officers had filled older ones."""
    if sheet == PROFILE_SHEET:
        return frozenset(f.key for f in declaration.PROFILE if f.national_optional)
    return WRITTEN_COLUMNS


def sheet_columns() -> dict[str, tuple[tuple[str, str], ...]]:
    return {
        PROFILE_SHEET: profile_columns(),
        INDICATOR_SHEET: INDICATOR_COLUMNS,
        REGION_SHEET: REGION_COLUMNS,
    }


DATE_FORMAT = "%d/%m/%Y"
IMPORT_SOURCE = "impor IGA"


def _key(text: object) -> str:
    """Headers, sheet names, OPD and innovation names compare case- and space-insensitively."""
    return " ".join(str(text or "").split()).casefold()


# -- export ---------------------------------------------------------------------------------


def _evidence_cell(items: list) -> str:
    return "\n".join(item.link or item.file_name or item.title for item in items)


def iga_sheets(
    service: WorkshopService, year: int | None = None, rules_path: str | Path | None = None
) -> dict:
    """The three sheets (headers, rows) of one year's report: innovations not marked "tidak
    dilaporkan", every indicator of each (empty where unanswered), the region's indicators."""
    from labinovasi.services.iga import iga_innovation, reported_flags

    rules = resolve_rules(service, year, rules_path)
    opds = {opd.id: opd for opd in service.list_opds()}
    flags = reported_flags(service, rules.year)
    items = {e.id: e for e in evidence.list_evidence(service)}
    answers: dict[tuple[str | None, str], IndicatorAnswer] = {}
    for answer in evidence.list_answers(service, year=rules.year):
        answers[(answer.innovation_id, answer.indicator)] = answer

    def answer_cells(owner: str | None, indicator: iga.Indicator) -> list[object]:
        """Parameter, its text, evidence, status of one indicator's answer."""
        answer = answers.get((owner, indicator.no))
        if answer is None:
            return ["", "", "", iga.STATUS_WAITING]
        linked = [items[i] for i in answer.evidence_ids if i in items]
        return [
            answer.parameter if answer.parameter is not None else "",
            _parameter_text(indicator, answer),
            _evidence_cell(linked),
            answer.status.value,
        ]

    columns = profile_columns(rules)
    profile_rows: list[list[object]] = []
    indicator_rows: list[list[object]] = []
    left_out_rows: list[list[object]] = []
    for item in Innovations(service).list():
        if not flags.get(item.id, True):
            continue
        opd = opds[item.opd_id].abbreviation
        verdict = iga.eligibility(rules, iga_innovation(rules, item, opd=opd))
        if not verdict.eligible:  # the portal would not take it this year: listed, with why
            left_out_rows.append([opd, item.name, verdict.reason])
            continue
        profile_rows.append(
            [opd, *(_national_cell(f, item.value(f), items) for _h, f in columns[1:])]
        )
        for indicator in rules.sid_indicators:
            cells = answer_cells(item.id, indicator)
            indicator_rows.append(
                [
                    opd,
                    item.name,
                    indicator.no,
                    iga.form_number(rules, indicator.no),
                    indicator.name,
                    cells[0],
                    *cells[1:],
                ]
            )
    region_rows = []
    for indicator in rules.spd_indicators:
        cells = answer_cells(None, indicator)
        region_rows.append([indicator.no, indicator.name, *cells])
    sheets = {
        PROFILE_SHEET: ([h for h, _f in columns], profile_rows),
        INDICATOR_SHEET: ([h for h, _f in INDICATOR_COLUMNS], indicator_rows),
        REGION_SHEET: ([h for h, _f in REGION_COLUMNS], region_rows),
    }
    if left_out_rows:
        sheets[LEFT_OUT_SHEET] = (list(LEFT_OUT_HEADERS), left_out_rows)
    return sheets


def _parameter_text(indicator: iga.Indicator, answer: IndicatorAnswer) -> str:
    """The chosen parameter as the year's table words it (of the chosen basis, indicator 33)."""
    texts = indicator.parameters_for(answer.basis)
    chosen = answer.parameter
    return texts[chosen - 1] if chosen is not None and 1 <= chosen <= len(texts) else ""


def _national_cell(key: str, value: object, items: dict | None = None) -> object:
    """A profile value as the national form writes it: list entries by their labels, dates
    dd/mm/yyyy, an amount as a number, a document by its file name (the upload package
    carries the file)."""
    declared = profile_field(key)
    if declared is not None and declared.kind in (CHOICE, LIST):
        return shown_value(declared, value)
    if declared is not None and declared.kind == DOCUMENT:
        found = (items or {}).get(value)
        return (found.link or found.file_name or found.title) if found is not None else ""
    if isinstance(value, date):
        return value.strftime(DATE_FORMAT)
    return "" if value is None else value


# -- reading the workbook -------------------------------------------------------------------


@dataclass
class Sheet:
    name: str
    rows: list[tuple[int, dict[str, object]]]  # (spreadsheet line, field -> cell value)


def _cell(value: object) -> object:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def read_workbook(path: Path) -> dict[str, Sheet]:
    """The three sheets by our names; headers matched case- and space-insensitively. A missing
    "Indikator" or "Indikator Pemda" sheet is read as empty; a missing header is bad input.
    The workbook is read within the limits of storage/workbooks (BadInput beyond them)."""
    problems: list[str] = []
    sheets: dict[str, Sheet] = {}
    with open_workbook(Path(path)) as workbook:
        by_key = {_key(ws.title): ws for ws in workbook.sheets()}
        for name, columns in sheet_columns().items():
            ws = by_key.get(_key(name))
            if ws is None:
                if name == PROFILE_SHEET:
                    problems.append(_("Lembar \u201c{sheet}\u201d tidak ada").format(sheet=name))
                sheets[name] = Sheet(name, [])
                continue
            raw = list(workbook.rows(ws))
            header_at = next(
                (
                    i
                    for i, row in enumerate(raw[:20])
                    if _key(columns[0][0]) in {_key(c) for c in row}
                ),
                None,
            )
            if header_at is None:
                problems.append(
                    _("Lembar \u201c{sheet}\u201d: baris judul kolom tidak ditemukan").format(
                        sheet=name
                    )
                )
                continue
            headers = [_key(c) for c in raw[header_at]]
            index = {}
            optional = optional_columns(name)
            for header, field_name in columns:
                if _key(header) in headers:
                    index[field_name] = headers.index(_key(header))
                elif field_name not in optional:
                    problems.append(
                        _(
                            "Lembar \u201c{sheet}\u201d: kolom \u201c{column}\u201d tidak ada"
                        ).format(sheet=name, column=header)
                    )
            rows = []
            for line, values in enumerate(raw[header_at + 1 :], start=header_at + 2):
                if not any(v not in (None, "") and str(v).strip() for v in values):
                    continue
                rows.append(
                    (
                        line,
                        {
                            f: _cell(values[i]) if i < len(values) else None
                            for f, i in index.items()
                        },
                    )
                )
            sheets[name] = Sheet(name, rows)
    if problems:
        raise BadInput(
            _("Buku kerja tidak sesuai format formulir IGA; tidak ada yang ditulis."), problems
        )
    return sheets


# -- checking -------------------------------------------------------------------------------


@dataclass
class PlannedAnswer:
    indicator: str
    parameter: int | None
    evidence: list[str]
    status: str


@dataclass
class PlannedInnovation:
    line: int
    opd_id: str
    name_key: str
    fields: dict[str, object]
    answers: list[PlannedAnswer] = field(default_factory=list)


@dataclass
class IgaImportReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    answers: int = 0
    evidence: int = 0
    files: int = 0

    def to_json(self) -> dict:
        return {
            "innovations_added": self.added,
            "innovations_updated": self.updated,
            "innovations_unchanged": self.unchanged,
            "answers_changed": self.answers,
            "evidence_added": self.evidence,
            "files_stored": self.files,
        }


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


def _date(value: object) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    for fmt in (DATE_FORMAT, "%d-%m-%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise BadInput(_("tanggal harus hh/bb/tttt, bukan \u201c{value}\u201d").format(value=text))


def _parameter(value: object) -> int | None:
    text = _text(value)
    if not text:
        return None
    if not re.fullmatch(r"[123](\.0+)?", text):
        raise BadInput(
            _("parameter harus 1, 2 atau 3 (atau kosong), bukan \u201c{value}\u201d").format(
                value=text
            )
        )
    return int(float(text))


def _status(value: object) -> str:
    text = _key(value).replace("_", " ").replace("-", " ")
    if not text:
        return iga.STATUS_WAITING
    if text not in iga.STATUSES:
        raise BadInput(
            _("status verifikasi harus {names}, bukan \u201c{value}\u201d").format(
                names=" / ".join(iga.STATUSES), value=_text(value)
            )
        )
    return text


def _evidence_items(value: object) -> list[str]:
    return [part.strip() for part in re.split(r"[\n;]", _text(value)) if part.strip()]


def plan_import(
    service: WorkshopService, sheets: dict[str, Sheet], rules: iga.IgaRules
) -> tuple[list[PlannedInnovation], list[PlannedAnswer]]:
    """Every row checked; BadInput lists each bad line and nothing is written."""
    problems: list[str] = []
    opds = service.list_opds()
    opd_by_key: dict[str, Opd] = {}
    for office in opds:
        opd_by_key.setdefault(_key(office.abbreviation), office)
        opd_by_key.setdefault(_key(office.name), office)

    def where(sheet: str, line: int) -> str:
        return _("{sheet} baris {line}").format(sheet=sheet, line=line)

    planned: dict[tuple[str, str], PlannedInnovation] = {}
    for line, row in sheets[PROFILE_SHEET].rows:
        here = where(PROFILE_SHEET, line)
        opd = opd_by_key.get(_key(row.get("opd")))
        if opd is None:
            problems.append(
                _("{where}: perangkat daerah tidak dikenal \u201c{opd}\u201d").format(
                    where=here, opd=_text(row.get("opd"))
                )
            )
            continue
        values: dict[str, object] = {}
        for _header, name in profile_columns(rules)[1:]:
            if name not in row or name in _document_fields():
                continue  # a column the workbook does not have; a document is exported only
            raw = row.get(name)
            try:
                if name in declaration.DATE_FIELDS:
                    values[name] = _date(raw)
                else:
                    values[name] = check_field(
                        name, raw if name in declaration.NUMBER_FIELDS else _text(raw)
                    )
                if _per_year(name):
                    values[name] = iga.check_year_value(rules, name, values[name])
            except BadInput as error:
                problems.append(f"{here}: {error.message}")
        key = (opd.id, _key(values.get("name")))
        if key in planned:
            problems.append(
                _("{where}: inovasi \u201c{name}\u201d sudah ada di baris {first}").format(
                    where=here, name=values.get("name"), first=planned[key].line
                )
            )
            continue
        planned[key] = PlannedInnovation(line, opd.id, key[1], values)

    existing = {(item.opd_id, _key(item.name)) for item in Innovations(service).list()}
    for line, row in sheets[INDICATOR_SHEET].rows:
        here = where(INDICATOR_SHEET, line)
        opd = opd_by_key.get(_key(row.get("opd")))
        if opd is None:
            problems.append(
                _("{where}: perangkat daerah tidak dikenal \u201c{opd}\u201d").format(
                    where=here, opd=_text(row.get("opd"))
                )
            )
            continue
        key = (opd.id, _key(row.get("name")))
        if key not in planned and key not in existing:
            problems.append(
                _(
                    "{where}: inovasi \u201c{name}\u201d tidak ada di lembar {sheet} "
                    "maupun di lokakarya"
                ).format(where=here, name=_text(row.get("name")), sheet=PROFILE_SHEET)
            )
            continue
        answer = _plan_answer(rules, row, iga.ASPECT_SID, here, problems)
        if answer is not None:
            target = planned.setdefault(key, PlannedInnovation(line, opd.id, key[1], {}))
            target.answers.append(answer)
    region: list[PlannedAnswer] = []
    for line, row in sheets[REGION_SHEET].rows:
        answer = _plan_answer(rules, row, iga.ASPECT_SPD, where(REGION_SHEET, line), problems)
        if answer is not None:
            region.append(answer)
    if problems:
        raise BadInput(
            _("Impor dibatalkan: {n} baris bermasalah; tidak ada yang ditulis.").format(
                n=len(problems)
            ),
            problems[:50],
        )
    return list(planned.values()), region


def _plan_answer(
    rules: iga.IgaRules, row: dict, aspect: str, here: str, problems: list[str]
) -> PlannedAnswer | None:
    if (
        not _text(row.get("parameter"))
        and not _text(row.get("evidence"))
        and _key(row.get("status")) in ("", iga.STATUS_WAITING)
    ):
        return None  # an empty row of the form: nothing to record, whatever its number
    no = iga.normalize_no(_text(row.get("no")))
    indicator = rules.indicator(no) if no else None
    if indicator is None or indicator.aspect != aspect:
        problems.append(
            _(
                "{where}: indikator \u201c{no}\u201d tidak dikenal untuk {aspect} tahun {year}"
            ).format(where=here, no=_text(row.get("no")), aspect=aspect, year=rules.year)
        )
        return None
    try:
        parameter = _parameter(row.get("parameter"))
        status = _status(row.get("status"))
    except BadInput as error:
        problems.append(f"{here}: {error.message}")
        return None
    items = _evidence_items(row.get("evidence"))
    return PlannedAnswer(indicator.no, parameter, items, status)


# -- writing --------------------------------------------------------------------------------


def import_iga_workbook(
    service: WorkshopService,
    path: Path,
    year: int | None = None,
    rules_path: str | Path | None = None,
) -> IgaImportReport:
    """Innovations (matched by OPD and name), their indicator answers and evidence, and the
    region's answers, from the national form layout. One transaction: all or nothing."""
    path = Path(path)
    rules = resolve_rules(service, year, rules_path)
    sheets = read_workbook(path)
    planned, region = plan_import(service, sheets, rules)
    report = IgaImportReport()
    now = utcnow()
    with service._write() as session:
        every = list(session.scalars(select(InnovationRow)))
        rows = {(r.opd_id, _key(r.name)): r for r in every}
        # The IGA registration number links one innovation across years (and renames).
        registered = {_key(r.registration_number): r for r in every if r.registration_number}
        for item in planned:
            key = (item.opd_id, item.name_key)
            number = _key(item.fields.get("registration_number"))
            row = rows.get(key) or (registered.get(number) if number else None)
            if row is None:
                if not item.fields:  # only answers: the innovation was there when planned
                    raise BadInput(_("Inovasi tidak ditemukan: {id}").format(id=item.name_key))
                if session.get(OpdRow, item.opd_id) is None:  # checked above; be sure
                    raise BadInput(_("OPD tidak ditemukan: {key}").format(key=item.opd_id))
                row = InnovationRow(
                    opd_id=item.opd_id,
                    origin=IMPORTED_ORIGIN,
                    created_at=service._stamp(),
                    stamps=json.dumps({k: now.isoformat() for k in item.fields}),
                )
                for name, value in item.fields.items():
                    setattr(row, name, column_value(value))
                session.add(row)
                session.flush()
                rows[key] = row
                if number:
                    registered[number] = row
                report.added += 1
            elif item.fields:
                if _update(session, row, item.fields, now):
                    report.updated += 1
                else:
                    report.unchanged += 1
            for answer in item.answers:
                _write_answer(session, row.id, answer, rules.year, path.parent, report)
        for answer in region:
            _write_answer(session, None, answer, rules.year, path.parent, report)
    return report


def _update(session, row: InnovationRow, fields: dict[str, object], now: datetime) -> bool:
    """Set the workbook's values that differ, each replaced value kept in the history."""
    from labinovasi.domain.innovations import field_text
    from labinovasi.storage.mappers import to_innovation

    current = to_innovation(row)
    stamps = json.loads(row.stamps or "{}")
    changed = False
    for name, value in fields.items():
        old = current.value(name)
        if old == value or (name == "name" and _key(old) == _key(value)):
            continue
        session.add(
            InnovationChangeRow(
                innovation_id=row.id,
                field=name,
                old_value=field_text(old),
                new_value=field_text(value),
                at=now,
                source=IMPORT_SOURCE,
            )
        )
        setattr(row, name, column_value(value))
        stamps[name] = now.isoformat()
        changed = True
    if changed:
        row.stamps = json.dumps(stamps, sort_keys=True)
    return changed


def _write_answer(
    session,
    innovation_id: str | None,
    planned: PlannedAnswer,
    year: int,
    folder: Path,
    report: IgaImportReport,
) -> None:
    owner = (
        IndicatorAnswerRow.innovation_id.is_(None)
        if innovation_id is None
        else IndicatorAnswerRow.innovation_id == innovation_id
    )
    row = session.scalars(
        select(IndicatorAnswerRow)
        .where(
            owner,
            IndicatorAnswerRow.indicator == planned.indicator,
            IndicatorAnswerRow.year == year,
        )
        .order_by(IndicatorAnswerRow.created_at, IndicatorAnswerRow.id)
    ).first()
    changed = False
    if row is None:
        row = IndicatorAnswerRow(
            innovation_id=innovation_id,
            indicator=planned.indicator,
            year=year,
            status=planned.status,
            note="",
            check_name=False,
            check_signed=False,
            check_highlighted=False,
            parameter=planned.parameter,
        )
        session.add(row)
        session.flush()
        changed = True
    linked = session.scalars(
        select(EvidenceRow)
        .join(AnswerEvidenceRow, AnswerEvidenceRow.evidence_id == EvidenceRow.id)
        .where(AnswerEvidenceRow.answer_id == row.id)
    ).all()
    known = {_key(e.link or e.file_name or e.title) for e in linked}
    for item in planned.evidence:
        if _evidence_key(item) in known:
            continue
        evidence_row = _evidence_row(session, item, folder, report)
        session.add(AnswerEvidenceRow(answer_id=row.id, evidence_id=evidence_row.id))
        known.add(_evidence_key(item))
        changed = True
    if planned.parameter is not None and row.parameter != planned.parameter:
        row.parameter, changed = planned.parameter, True
    if row.status != planned.status:
        row.status, changed = planned.status, True
    if changed:
        report.answers += 1


def _is_link(item: str) -> bool:
    return bool(re.match(r"^https?://", item, re.IGNORECASE))


def _evidence_key(item: str) -> str:
    """How a Bukti entry compares with evidence already stored: a link as written, a file by
    the name it is stored under."""
    return _key(item if _is_link(item) else safe_file_name(item))


def _evidence_row(session, item: str, folder: Path, report: IgaImportReport) -> EvidenceRow:
    """A link; or a file named in the form: its bytes stored when the file lies beside the
    workbook, else kept by name (the document itself is in the national application)."""
    if _is_link(item):
        row = EvidenceRow(link=item, title="", number="", file_name="", media_type="")
    else:
        name = safe_file_name(item)  # a name, never a path out of the workbook's folder
        row = EvidenceRow(
            title=name,
            number="",
            file_name=name,
            link="",
            media_type=mimetypes.guess_type(name)[0] or "",
        )
        beside = folder / name
        if name and beside.is_file() and 0 < beside.stat().st_size <= MAX_EVIDENCE_BYTES:
            data = beside.read_bytes()
            sha = hashlib.sha256(data).hexdigest()
            if session.get(EvidenceBlobRow, sha) is None:
                session.add(EvidenceBlobRow(sha256=sha, size=len(data), data=data))
                session.flush()
                report.files += 1
            row.sha256, row.size = sha, len(data)
    session.add(row)
    session.flush()
    report.evidence += 1
    return row


# -- the sample -----------------------------------------------------------------------------

SAMPLE_FILE = "iga-contoh.json"
_STATUS_CODES = {"d": iga.STATUS_ACCEPTED, "m": iga.STATUS_WAITING, "r": iga.STATUS_REVISE}


def add_iga_sample(service: WorkshopService, folder: Path) -> IgaImportReport:
    """The sample kabupaten's reported innovations (resources/samples/iga-contoh.json), written
    as a national-form workbook in `folder` and imported: the demo of the IGA view."""
    from labinovasi.resources import get_asset
    from labinovasi.storage.tabular import write_xlsx

    plan = json.loads(get_asset("samples", SAMPLE_FILE).read_text(encoding="utf-8"))
    rules = iga.rules_for_year(plan["year"])
    sid = [i.no for i in rules.sid_indicators]
    spd = [i.no for i in rules.spd_indicators]

    def answers(numbers, spec, prefix):
        rows = []
        for k, no in enumerate(numbers):
            parameter = int(spec["parameters"][k]) or ""
            link = f"https://jdih.contoh.go.id/{prefix}/{no}" if spec["evidence"][k] == "1" else ""
            rows.append([no, parameter, link, _STATUS_CODES[spec["status"][k]]])
        return rows

    profile, indicators = [], []
    for n, item in enumerate(plan["innovations"]):
        sentence = "Inovasi ini menjawab masalah layanan yang lambat dan mahal."
        design = " ".join([sentence] * -(-item["design_words"] // len(sentence.split())))
        values = dict(
            item,
            design_text=design,
            goal="Layanan lebih cepat",
            benefit="Warga terlayani tanpa antre",
            expected_result="Waktu layanan turun separuh",
            result="Waktu layanan turun dari 3 hari ke 1 hari",
            budget=25_000_000 + n * 5_000_000,
            budget_source="APBD",
            initiator_name="Tim inovasi",
            other_affairs="",
            trial_date=_sample_date(item["trial_date"]),
            launch_date=_sample_date(item["launch_date"]),
            development_date=_sample_date(item.get("development_date", "")),
        )
        profile.append([values.get(f, "") for _h, f in profile_columns(rules)])
        indicators += [
            [item["opd"], item["name"], *row] for row in answers(sid, item, f"inovasi-{n + 1}")
        ]
    region = answers(spd, plan["region"], "pemda")
    path = Path(folder) / "iga-contoh.xlsx"
    write_xlsx(
        path,
        {
            PROFILE_SHEET: ([h for h, _f in profile_columns(rules)], profile),
            INDICATOR_SHEET: (_read_headers(INDICATOR_COLUMNS), indicators),
            REGION_SHEET: (_read_headers(REGION_COLUMNS), region),
        },
    )
    return import_iga_workbook(service, path, year=plan["year"])


def _read_headers(columns: tuple[tuple[str, str], ...]) -> list[str]:
    """The headers an import reads (the written ones left out)."""
    return [h for h, f in columns if f not in WRITTEN_COLUMNS]


def _sample_date(text: str) -> str:
    return date.fromisoformat(text).strftime(DATE_FORMAT) if text else ""
