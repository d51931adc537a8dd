"""The board painted at start-up (read with sqlite3 alone, before SQLAlchemy) is the board the
service gives once it is open; files it cannot vouch for are left to the service's open."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime

import pytest

from labinovasi.domain import BadInput, Stage
from labinovasi.services.board_preview import preview_status
from labinovasi.services.idea_actions import withdraw_idea
from labinovasi.storage.models import OpdRow
from migration_files import OLD_WORKSHOP, file_at_revision


def test_the_first_paint_equals_the_services_board(sample_service):
    service = sample_service
    opds = service.list_opds()
    first = service.add_idea(opds[0].id, "Antrean daring puskesmas")
    service.add_idea(opds[0].id, "ANTREAN DARING PUSKESMAS!")  # a duplicate
    service.add_idea(opds[1].id, "?!")  # blank once normalised
    withdraw_idea(service, first.idea.id, "Sudah berjalan")
    service.move_stage(opds[2].id, Stage.DIAGNOSE, override_reason="Uji")
    with service._write() as session:  # a team that asked to move on (its station)
        session.get(OpdRow, opds[3].id).move_requested_at = datetime(2026, 11, 23, 9, 30)
    preview = preview_status(service.target)
    assert preview == service.status()
    tally = {s.opd.id: s.tally for s in preview.opds}[opds[0].id]
    assert tally.withdrawn == 1 and tally.counted >= 1
    assert [s.opd.stage for s in preview.opds][2] is Stage.DIAGNOSE
    assert preview.opds[3].opd.move_requested_at == datetime(2026, 11, 23, 9, 30)


def test_an_empty_workshop_paints_an_empty_board(service):
    assert preview_status(service.target) == service.status()


def test_files_it_cannot_vouch_for_are_left_to_the_service(tmp_path):
    old = file_at_revision(tmp_path / "lama.labinovasi", "papers", OLD_WORKSHOP)
    assert preview_status(old) is None  # upgraded by the service's open first
    other = tmp_path / "bukan.labinovasi"
    other.write_bytes(b"bukan lokakarya")
    assert preview_status(other) is None
    assert preview_status(tmp_path / "tidak-ada.labinovasi") is None
    assert preview_status("postgresql://lab@server/lab") is None


def test_the_first_paint_loads_no_sqlalchemy(sample_service):
    script = (
        "import sys\n"
        "from labinovasi.services.board_preview import preview_status\n"
        f"status = preview_status({str(sample_service.target)!r})\n"
        "assert status is not None and len(status.opds) == 12, status\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic')]\n"
        "assert not loaded, loaded\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr


def test_one_opds_counter_is_its_line_of_the_board(sample_service):
    """opd_status (one statement, the add path's counter) agrees with status() for every
    OPD, an OPD without ideas included; an unknown OPD is refused."""
    service = sample_service
    empty = service.add_opd("Dinas Baru", "BARU")
    withdraw_idea(service, service.list_ideas()[0].idea.id, "Sudah berjalan")
    for line in service.status().opds:
        assert service.opd_status(line.opd.id) == line
    assert service.opd_status(empty.id).tally.stored == 0
    with pytest.raises(BadInput):
        service.opd_status("tidak-ada")
