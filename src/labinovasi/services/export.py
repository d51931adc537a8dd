"""Exports for the Desk Inovasi: CSV (ideas, re-importable), XLSX (OPD, ideas, designs), JSON
(the whole workshop, the form `copy` and merges read)."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date, datetime
from pathlib import Path

from labinovasi.domain import BadInput
from labinovasi.domain.innovations import Innovation, field_text, lab_innovations, profile_values
from labinovasi.domain.profile import CHOICE, DATE, LIST, PROFILE, ProfileField, shown_value
from labinovasi.i18n import _
from labinovasi.services.innovations import Innovations, innovation_json
from labinovasi.services.output_files import check_target, whole_file
from labinovasi.services.workshop_service import WorkshopService
from labinovasi.storage.tabular import write_csv, write_xlsx

EXPORT_FORMATS = ("csv", "xlsx", "json", "iga-xlsx")
JSON_FORMAT = "labinovasi-workshop"
JSON_VERSION = 1

# The first four columns are what `idea import` reads back; the rest are for people.
IDEA_HEADERS = [
    "opd",
    "gagasan",
    "masalah",
    "pengusul",
    "nama_opd",
    "akar_masalah",
    "dihitung",
    "duplikat_dari",
    "terpilih",
    "id",
    "dibuat",
]


def _idea_rows(service: WorkshopService) -> list[list[object]]:
    opds = {o.id: o for o in service.list_opds()}
    rows: list[list[object]] = []
    for view in service.list_ideas():
        idea, opd = view.idea, opds[view.idea.opd_id]
        rows.append(
            [
                opd.abbreviation,
                idea.text,
                idea.problem,
                idea.author,
                opd.name,
                idea.root_cause,
                "ya" if view.counted else "tidak",
                view.duplicate_of or "",
                "ya" if idea.chosen else "tidak",
                idea.id,
                idea.created_at.isoformat(sep=" ", timespec="seconds") if idea.created_at else "",
            ]
        )
    return rows


def export_workshop(service: WorkshopService, fmt: str, out: Path, year: int | None = None) -> Path:
    """Write the export; `year` chooses the IGA rule year for "iga-xlsx" (the national form
    layout, services/iga_form.py)."""
    fmt = fmt.lower()
    if fmt not in EXPORT_FORMATS:
        raise BadInput(_("Format ekspor tidak dikenal: {fmt}").format(fmt=fmt))
    out = check_target(out)
    if fmt == "iga-xlsx":
        from labinovasi.services.iga_form import iga_sheets

        sheets = iga_sheets(service, year)  # read (and refused) before the file is opened
    with whole_file(out) as temp:
        if fmt == "iga-xlsx":
            write_xlsx(temp, sheets)
        elif fmt == "csv":
            write_csv(temp, IDEA_HEADERS, _idea_rows(service))
        elif fmt == "xlsx":
            write_xlsx(temp, _xlsx_sheets(service))
        else:
            temp.write_text(
                json.dumps(workshop_to_json(service), ensure_ascii=False, indent=2),
                encoding="utf-8",
            )
    return out


def _xlsx_sheets(service: WorkshopService) -> dict:
    status = service.status()
    opds = {o.id: o for o in service.list_opds()}
    opd_rows = [
        [
            s.opd.abbreviation,
            s.opd.name,
            s.opd.stage.value,
            s.tally.stored,
            s.tally.counted,
            s.tally.duplicates,
            "ya" if s.meets_minimum else "belum",
        ]
        for s in status.opds
    ]
    ideas = {v.idea.id: v.idea.text for v in service.list_ideas()}
    # The "Rancangan" sheet: every declared field with an export column (domain/profile.py).
    sheet_fields = [f for f in PROFILE if f.export_column]
    design_rows = [
        [
            opds[d.opd_id].abbreviation,
            *(cell for f in sheet_fields for cell in _sheet_cells(f, d)),
            "\n".join(ideas.get(i, i) for i in d.idea_ids),
            "\n".join(
                f"{a.activity} ({a.person}; {field_text(a.start)}–{field_text(a.end)}; "
                f"{a.output}; {a.indicator})"
                for a in d.actions
            ),
        ]
        for d in Innovations(service).list()
    ]
    return {
        "OPD": (
            ["singkatan", "nama", "tahap", "gagasan", "dihitung", "duplikat", "memenuhi"],
            opd_rows,
        ),
        "Gagasan": (IDEA_HEADERS, _idea_rows(service)),
        "Rancangan": (
            [
                "opd",
                *(c for f in sheet_fields for c in _sheet_columns(f)),
                "dari_gagasan",
                "rencana_aksi",
            ],
            design_rows,
        ),
    }


URUSAN_CODE_COLUMN = "kode_urusan"  # beside the main urusan's label, its code


def _sheet_columns(declared: ProfileField) -> tuple[str, ...]:
    if declared.key == "main_affair":
        return (declared.export_column, URUSAN_CODE_COLUMN)
    return (declared.export_column,)


def _sheet_cells(declared: ProfileField, innovation: Innovation) -> tuple[object, ...]:
    """A field's cells: list entries by their labels, dates ISO, amounts as numbers."""
    value = innovation.value(declared.key)
    if declared.kind in (CHOICE, LIST):
        cell: object = shown_value(declared, value)
    elif declared.kind == DATE:
        cell = field_text(value)
    else:
        cell = value
    if declared.key == "main_affair":
        return (cell, value)
    return (cell,)


def _plain(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return _plain_dict(value)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _plain_dict(value: dict) -> dict:
    return {k: _plain(v) for k, v in value.items()}


def workshop_to_json(service: WorkshopService) -> dict:
    """The whole workshop, every record with its id, for `export --format json` and copies."""
    workshop = service.workshop()
    ideas = service.list_ideas()
    opd_names = {o.id: o.abbreviation for o in service.list_opds()}
    innovations = Innovations(service).list()
    return _plain_dict(
        {
            "format": JSON_FORMAT,
            "version": JSON_VERSION,
            "workshop": asdict(workshop),
            "opds": [asdict(o) | {"stage": o.stage.value} for o in service.list_opds()],
            "ideas": [
                asdict(v.idea) | {"counted": v.counted, "duplicate_of": v.duplicate_of}
                for v in ideas
            ],
            "stage_changes": [
                asdict(c) | {"from_stage": c.from_stage.value, "to_stage": c.to_stage.value}
                for c in service.stage_changes()
            ],
            # The lab's own innovations (imported ones are only under "innovations").
            "designs": [_design_json(i) for i in lab_innovations(innovations)],
            "innovations": [innovation_json(i, opd_names.get(i.opd_id, "")) for i in innovations],
            "status": service.status().to_json(),
        }
    )


def _design_json(innovation: Innovation) -> dict:
    """One lab innovation as an entry of the "designs" key (the older design's keys, from each
    declared field's `design_key`), with every declared field under "profile"."""
    data: dict[str, object] = {
        "id": innovation.id,
        "opd_id": innovation.opd_id,
        "idea_id": innovation.idea_ids[0] if innovation.idea_ids else None,
    }
    for declared in PROFILE:
        if declared.design_key:
            data[declared.design_key] = _design_value(declared, innovation.value(declared.key))
    data["updated_at"] = innovation.updated_at
    data["actions"] = [
        {
            "activity": a.activity,
            "person": a.person,
            "start": a.start,
            "end": a.end,
            "output": a.output,
            "indicator": a.indicator,
        }
        for a in innovation.actions
    ]
    data["profile"] = {key: _plain(value) for key, value in profile_values(innovation).items()}
    return data


def _design_value(declared: ProfileField, value: object) -> object:
    """As the older design held it: dates ISO ("" when empty), the urusan by its label."""
    if declared.kind == DATE:
        return field_text(value)
    if declared.kind == CHOICE and declared.choices == "urusan":
        return shown_value(declared, value)
    return value
