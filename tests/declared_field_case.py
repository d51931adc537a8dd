"""Run by tests/domain/test_profile.py in a process of its own (pytest --noconftest): the
profile declaration gains a throw-away field, "motto", with its column (a test-only migration
adds it to every workshop file the run creates) and nothing else. The field then appears in both
forms (the facilitator's and the station's, driven with keys and clicks), `innovation set` and
`innovation show --json`, the export (JSON and the "Rancangan" sheet), the national workbook,
the merge of a station copy and the field history.

Not collected by the main run (its name does not start with test_): the declaration and the
ORM mapping it changes stay changed for the whole process."""

from __future__ import annotations

import json
import os
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LABINOVASI_BACKUP_DIR", tempfile.mkdtemp(prefix="labinovasi-cadangan-"))

import pytest
from sqlalchemy import Text, inspect
from sqlalchemy.orm import mapped_column

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

# Everything that reads the declaration is imported before it changes: what the field needs
# must come from reading the declaration when the code runs, not from a list of its own.
from labinovasi.cli import main as cli
from labinovasi.domain import profile
from labinovasi.services import WorkshopService
from labinovasi.services.export import export_workshop
from labinovasi.services.innovations import Innovations
from labinovasi.services.sync import make_station_copy, merge
from labinovasi.storage import connection
from labinovasi.storage.models import InnovationRow
from labinovasi.ui.facilitator.design_form import DesignForm
from labinovasi.ui.station.station_team import DesignPage

MOTTO = profile.ProfileField(
    "motto",
    "Moto inovasi",
    national_column="Moto Inovasi",
    export_column="moto",
    step="goals",
)
GOALS_STEP = 3  # "4. Tujuan dan manfaat"


def _declare(field: profile.ProfileField) -> None:
    """One more entry in the declaration: PROFILE and every name derived from it are rebound
    wherever a loaded module holds them (by identity, so nothing is named twice here)."""
    from dataclasses import fields

    patched = (*profile.PROFILE, field)
    derived = profile.Derived.of(patched)
    swaps = {id(profile.PROFILE): (profile.PROFILE, patched)}
    for name in (f.name for f in fields(profile.Derived)):
        old = getattr(profile, name)
        swaps[id(old)] = (old, getattr(derived, name))
    for module in list(sys.modules.values()):
        if not getattr(module, "__name__", "").startswith("labinovasi"):
            continue
        for attr, value in list(vars(module).items()):
            swap = swaps.get(id(value))
            if swap is not None and swap[0] is value:
                setattr(module, attr, swap[1])


def _add_column() -> None:
    """The field's column: on the mapped class, and (the test's migration) in every workshop
    file created from here on."""
    InnovationRow.motto = mapped_column(Text, default="")  # type: ignore[attr-defined]
    upgrade = connection._upgrade

    def upgrade_with_motto(engine, fill=None):
        def add_then_fill(conn):
            columns = {c["name"] for c in inspect(conn).get_columns("innovation")}
            if "motto" not in columns:
                conn.exec_driver_sql("ALTER TABLE innovation ADD COLUMN motto TEXT DEFAULT ''")
            if fill is not None:
                fill(conn)

        upgrade(engine, add_then_fill)

    connection._upgrade = upgrade_with_motto


_declare(MOTTO)
_add_column()


@pytest.fixture
def lab(tmp_path):
    """A workshop with DINKES and its innovation "SIAP ANTRE": (path, innovation id)."""
    path = tmp_path / "lab.labinovasi"
    with WorkshopService.create(path, "Lab Inovasi 2026", region="Kabupaten Contoh") as service:
        opd = service.add_opd("Dinas Kesehatan", "DINKES")
        innovation = Innovations(service).add(opd.id, "SIAP ANTRE")
    return path, innovation.id


def _click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _to_goals(qtbot, form) -> None:
    for _ in range(GOALS_STEP):
        _click(qtbot, form.next_button)
    assert form.pages.currentIndex() == GOALS_STEP


def test_the_field_is_in_both_forms_with_its_history(qtbot, lab):
    path, innovation_id = lab
    with WorkshopService.open(path) as service:
        opd_id = service.find_opd("DINKES").id
        store = Innovations(service)

        facilitator = DesignForm()
        qtbot.addWidget(facilitator)
        facilitator.bind(service, QUndoStack())
        facilitator.set_opd(opd_id)
        facilitator.show()
        form = facilitator.form
        _to_goals(qtbot, form)
        assert form.labels["motto"].text() == "Moto inovasi"
        qtbot.keyClicks(form.lines["motto"], "Sehat tanpa antre")
        _click(qtbot, facilitator.save_button)
        assert store.get(innovation_id).value("motto") == "Sehat tanpa antre"

        station = DesignPage(service)
        qtbot.addWidget(station)
        station.set_opd(opd_id)
        station.show()
        form = station.form
        _to_goals(qtbot, form)
        assert form.labels["motto"].text() == "Moto inovasi"
        line = form.lines["motto"]
        assert line.text() == "Sehat tanpa antre"
        line.selectAll()
        qtbot.keyClick(line, Qt.Key.Key_Delete)
        qtbot.keyClicks(line, "Sehat, cepat")
        _click(qtbot, station.save_button)
        assert store.get(innovation_id).value("motto") == "Sehat, cepat"
        # The replaced value is in the field's history, shown on the field's step.
        assert [(c.old_value, c.new_value) for c in store.history(innovation_id, "motto")] == [
            ("", "Sehat tanpa antre"),
            ("Sehat tanpa antre", "Sehat, cepat"),
        ]
        assert form.history_label.isVisible()
        assert "Moto inovasi: \u201cSehat tanpa antre\u201d \u2192 \u201cSehat, cepat\u201d" in (
            form.history_label.text()
        )


def test_the_field_in_the_cli_the_exports_and_the_merge(tmp_path, lab, capsys):
    path, innovation_id = lab
    assert cli(["innovation", "set", str(path), innovation_id[:8], "motto=Sehat"]) == 0
    capsys.readouterr()
    assert cli(["innovation", "show", str(path), innovation_id[:8], "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["motto"] == "Sehat"
    assert [h["new"] for h in shown["history"]["motto"]] == ["Sehat"]
    assert cli(["innovation", "show", str(path), innovation_id[:8]]) == 0
    assert "Moto inovasi: Sehat" in capsys.readouterr().out

    from openpyxl import load_workbook

    with WorkshopService.open(path) as service:
        data = json.loads(
            export_workshop(service, "json", tmp_path / "lab.json").read_text(encoding="utf-8")
        )
        export_workshop(service, "xlsx", tmp_path / "lab.xlsx")
        export_workshop(service, "iga-xlsx", tmp_path / "iga.xlsx")
    assert data["innovations"][0]["motto"] == "Sehat"
    assert data["designs"][0]["profile"]["motto"] == "Sehat"
    for workbook, sheet, header in (
        ("lab.xlsx", "Rancangan", "moto"),
        ("iga.xlsx", "Profil Inovasi", "Moto Inovasi"),
    ):
        rows = list(load_workbook(tmp_path / workbook)[sheet].iter_rows(values_only=True))
        header_row = next(r for r in rows if header in r)
        value_row = rows[rows.index(header_row) + 1]
        assert value_row[header_row.index(header)] == "Sehat", workbook

    # A station copy changes the field; the merge brings it, the older value into history.
    copy = tmp_path / "meja-1.labinovasi"
    make_station_copy(path, copy, "Meja 1")
    with WorkshopService.open(copy) as service:
        Innovations(service).set_fields(innovation_id, {"motto": "Versi meja"})
    report = merge(path, [copy])
    assert report.updated["designs"] == 1
    with WorkshopService.open(path) as service:
        store = Innovations(service)
        assert store.get(innovation_id).value("motto") == "Versi meja"
        history = store.history(innovation_id, "motto")
    assert ("Sehat", "Versi meja") in [(c.old_value, c.new_value) for c in history]
