"""The national form's profile fields that need more than `Innovations.set_fields`: the
budget document (a PDF kept in the evidence store, beside the amount) and the per-year fields
(klasifikasi, Asta Cita, PKPN, koordinat, tematik) checked against the rule file of the year that
asks them."""

from __future__ import annotations

from pathlib import Path

from labinovasi.domain import BadInput, iga
from labinovasi.domain.evidence import Evidence
from labinovasi.domain.innovations import Innovation
from labinovasi.domain.profile import PROFILE
from labinovasi.i18n import _
from labinovasi.services import evidence
from labinovasi.services.innovations import Innovations
from labinovasi.services.workshop_service import WorkshopService

BUDGET_DOCUMENT = "budget_document"


def attach_budget_document(service: WorkshopService, innovation_id: str, path: Path) -> Innovation:
    """Keep the PDF in the workshop (the evidence store: copied, backed up and merged with the
    bukti dukung) and name it as the innovation's budget document. Refused whole: nothing is
    written for a file that is not a PDF, too large, or an unknown innovation."""
    path = Path(path)
    store = Innovations(service)
    store.get(innovation_id)  # BadInput when unknown, before anything is stored
    try:
        with path.open("rb") as stream:
            head = stream.read(8)
    except OSError as error:
        raise BadInput(_("Berkas tidak ditemukan: {path}").format(path=path)) from error
    iga.check_budget_document(path.name, head)
    item = evidence.add_evidence(
        service, path=path, title=_("Dokumen anggaran: {name}").format(name=path.name)
    )
    return store.set_fields(innovation_id, {BUDGET_DOCUMENT: item.id})


def budget_document(service: WorkshopService, innovation: Innovation) -> Evidence | None:
    """The innovation's budget document, None when none is attached (or it was deleted)."""
    ident = str(innovation.value(BUDGET_DOCUMENT) or "")
    if not ident:
        return None
    try:
        return evidence.get_evidence(service, ident)
    except BadInput:
        return None


def year_fields(rules: iga.IgaRules) -> dict[str, iga.YearField]:
    """The per-year fields the year asks, in the profile's order."""
    return {f.key: rules.profile_fields[f.key] for f in PROFILE if f.key in rules.profile_fields}


def check_year_values(rules: iga.IgaRules, values: dict[str, object]) -> dict[str, object]:
    """`values` with each per-year field checked against the year's rule file (the form and the
    CLI call this before `set_fields`); the other fields as given."""
    checked = dict(values)
    problems = []
    for declared in PROFILE:
        if declared.per_year and declared.key in values:
            try:
                checked[declared.key] = iga.check_year_value(
                    rules, declared.key, values[declared.key]
                )
            except BadInput as error:
                problems.append(error.message)
    if problems:
        raise BadInput("; ".join(problems))
    return checked
