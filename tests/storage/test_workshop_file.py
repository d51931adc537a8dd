"""The .labinovasi file: durability settings, self-identification, and refusing what it is not
(another SQLite database, a text file, a damaged or newer file) without touching a byte."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from labinovasi.domain import BadInput, CannotOpen
from labinovasi.services import WorkshopService
from labinovasi.storage import connection


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sidecars(path: Path) -> list[Path]:
    return sorted(p for p in path.parent.iterdir() if p.name.startswith(path.name + "-"))


@pytest.fixture
def closed_workshop(tmp_path) -> Path:
    """A real workshop with OPDs and ideas, closed (so its WAL is checkpointed away)."""
    path = tmp_path / "asli.labinovasi"
    with WorkshopService.create(path, "Lab Inovasi") as service:
        opd = service.add_opd("Dinas Kesehatan", "DINKES")
        for n in range(40):
            service.add_idea(opd.id, f"Gagasan nomor {n} " + "isi panjang " * 20)
    assert not sidecars(path)
    return path


def dump(path: Path) -> list[str]:
    db = sqlite3.connect(path)
    try:
        return [*db.iterdump(), str(db.execute("PRAGMA user_version").fetchone())]
    finally:
        db.close()


def header_field(path: Path, offset: int) -> int:
    with path.open("rb") as handle:
        handle.seek(offset)
        return int.from_bytes(handle.read(4), "big")


def test_new_file_identifies_itself(closed_workshop):
    assert header_field(closed_workshop, 68) == connection.APPLICATION_ID
    assert header_field(closed_workshop, 60) == connection.SCHEMA_VERSION
    assert connection.inspect_file(closed_workshop) == connection.SCHEMA_VERSION


def test_durability_settings(service):
    with service.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_foreign_keys_are_enforced(service):
    with service.engine.connect() as conn, pytest.raises(Exception, match="FOREIGN KEY"):
        conn.execute(
            text(
                "INSERT INTO stage_change (id, opd_id, from_stage, to_stage, "
                "override_reason, at) VALUES ('x', 'no-such-opd', 'drum-up', "
                "'diagnose', '', '2026-01-01')"
            )
        )
        conn.commit()


def test_ids_are_uuids_and_rows_are_stamped(service):
    opd = service.add_opd("Dinas Kesehatan", "DINKES")
    view = service.add_idea(opd.id, "Posyandu digital")
    assert len(opd.id) == 36 and opd.id.count("-") == 4
    assert view.idea.created_at is not None and view.idea.updated_at is not None


def test_alembic_is_at_head(service):
    from alembic.runtime.migration import MigrationContext

    with service.engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == connection.head_revision()


def test_new_refuses_to_overwrite(closed_workshop):
    before = sha256(closed_workshop)
    with pytest.raises(BadInput, match="Berkas sudah ada, tidak ditimpa"):
        WorkshopService.create(closed_workshop, "Lain")
    assert sha256(closed_workshop) == before


def assert_refused_untouched(path: Path, match: str) -> None:
    before, before_sidecars = sha256(path), sidecars(path)
    with pytest.raises(CannotOpen, match=match):
        WorkshopService.open(path)
    assert sha256(path) == before
    assert sidecars(path) == before_sidecars


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(CannotOpen, match="Berkas tidak ditemukan"):
        WorkshopService.open(tmp_path / "hilang.labinovasi")
    with pytest.raises(CannotOpen, match="Ini folder"):
        WorkshopService.open(tmp_path)


def test_text_file_is_refused_untouched(tmp_path):
    path = tmp_path / "catatan.labinovasi"
    path.write_text("opd,gagasan\nDINKES,Posyandu\n", encoding="utf-8")
    assert_refused_untouched(path, "Bukan berkas lokakarya Labinovasi")


def test_empty_file_is_refused_untouched(tmp_path):
    path = tmp_path / "kosong.labinovasi"
    path.write_bytes(b"")
    assert_refused_untouched(path, "Bukan berkas lokakarya Labinovasi")


def test_plain_sqlite_database_is_refused_untouched(tmp_path):
    path = tmp_path / "lain.labinovasi"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE workshop (id TEXT)")
    db.commit()
    db.close()
    assert_refused_untouched(path, "Bukan berkas lokakarya Labinovasi")


def test_truncated_file_is_refused_untouched(closed_workshop):
    data = closed_workshop.read_bytes()
    closed_workshop.write_bytes(data[: len(data) // 2])
    assert_refused_untouched(closed_workshop, "rusak")


def test_file_cut_inside_its_header_is_refused_as_damaged(closed_workshop):
    # It begins as an SQLite file does: a damaged workshop ("rusak"), not some other file.
    closed_workshop.write_bytes(closed_workshop.read_bytes()[:50])
    assert_refused_untouched(closed_workshop, "rusak")


@pytest.mark.parametrize("where", ["second page", "middle page"])
def test_bytes_overwritten_in_the_middle_are_refused_untouched(closed_workshop, where):
    data = bytearray(closed_workshop.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    pages = len(data) // page
    assert pages > 4
    # Scribble over a b-tree page from its header on (every page is in use in this file).
    start = page if where == "second page" else (pages // 2) * page
    data[start : start + 2000] = b"\xa5" * 2000
    closed_workshop.write_bytes(bytes(data))
    assert_refused_untouched(closed_workshop, "rusak")


def test_newer_schema_is_refused_untouched(closed_workshop, tmp_path):
    newer = tmp_path / "baru.labinovasi"
    shutil.copy(closed_workshop, newer)
    db = sqlite3.connect(newer)
    db.execute(f"PRAGMA user_version={connection.SCHEMA_VERSION + 7}")
    db.commit()
    db.close()
    assert_refused_untouched(newer, "lebih baru")


def test_older_schema_is_backed_up_then_upgraded(closed_workshop):
    # user_version 0 stands for a file from before the current schema version.
    db = sqlite3.connect(closed_workshop)
    db.execute("PRAGMA user_version=0")
    db.commit()
    db.close()
    original = dump(closed_workshop)
    with WorkshopService.open(closed_workshop) as service:
        assert service.status().ideas == 40
    backups = list(closed_workshop.parent.glob("asli.labinovasi.v0-*.bak"))
    assert len(backups) == 1
    # Copied through SQLite's backup API (its header's change counter is its own).
    assert dump(backups[0]) == original
    assert header_field(closed_workshop, 60) == connection.SCHEMA_VERSION
    assert header_field(closed_workshop, 68) == connection.APPLICATION_ID


def test_current_file_opens_without_a_backup(closed_workshop):
    with WorkshopService.open(closed_workshop) as service:
        assert service.workshop().title == "Lab Inovasi"
    assert not list(closed_workshop.parent.glob("*.bak"))


def test_a_second_connection_sees_a_new_file_at_once(workshop_path, service):
    # `service` keeps the file open; a station or the CLI opens it beside the GUI.
    opd = service.add_opd("Dinas Kesehatan", "DINKES")
    service.add_idea(opd.id, "Posyandu digital")
    with WorkshopService.open(workshop_path) as other:
        assert [v.idea.text for v in other.list_ideas()] == ["Posyandu digital"]


def test_integrity_problems_is_empty_for_a_good_file(closed_workshop):
    assert connection.integrity_problems(closed_workshop) == []


def test_folder_names_that_look_like_urls(tmp_path):
    folder = tmp_path / "Lab #2 50% ?x&y=1"
    folder.mkdir()
    path = folder / "lokakarya.labinovasi"
    with WorkshopService.create(path, "Lab") as service:
        service.add_opd("Dinas Kesehatan", "DINKES")
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder.name]  # nowhere else
    assert connection.integrity_problems(path) == []
    with WorkshopService.open(path) as service:
        assert [o.abbreviation for o in service.list_opds()] == ["DINKES"]


def test_backup_before_an_upgrade_includes_what_is_still_in_the_wal(closed_workshop):
    import signal
    import subprocess
    import sys

    db = sqlite3.connect(closed_workshop)
    db.execute("PRAGMA user_version=0")  # a file from before the current schema
    db.commit()
    db.close()
    # A session that committed a change and then died: the change is only in the -wal.
    writer = subprocess.Popen(
        [
            sys.executable,
            "-c",
            (
                "import sqlite3, sys, time\n"
                "db = sqlite3.connect(sys.argv[1])\n"
                "db.execute(\"UPDATE workshop SET title = 'Judul terakhir'\")\n"
                "db.commit()\n"
                "print('ok', flush=True)\n"
                "time.sleep(60)\n"
            ),
            str(closed_workshop),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout.readline().strip() == "ok"
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=30)
        writer.stdout.close()
    assert closed_workshop.with_name(closed_workshop.name + "-wal").stat().st_size > 0
    with WorkshopService.open(closed_workshop) as service:
        assert service.workshop().title == "Judul terakhir"
    [backup] = closed_workshop.parent.glob("*.bak")
    copy = sqlite3.connect(backup)
    try:
        assert copy.execute("SELECT title FROM workshop").fetchone() == ("Judul terakhir",)
        assert copy.execute("PRAGMA user_version").fetchone() == (0,)
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        copy.close()
