"""Workshop files damaged or edited by hand, and files that cannot be written: a clear message
and the right exit code, never a traceback; a write-protected file opens read-only."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from labinovasi.cli import main
from labinovasi.domain import CannotOpen
from labinovasi.services import WorkshopService
from labinovasi.storage import connection


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def wfile(service, workshop_path) -> Path:
    opd = service.add_opd("Dinas Kesehatan", "DINKES")
    service.add_idea(opd.id, "Antrean puskesmas lewat WhatsApp")
    service.close()
    return workshop_path


def edit(path: Path, sql: str) -> None:
    """What any SQLite tool can do to a file."""
    db = sqlite3.connect(path)
    db.execute(sql)
    db.commit()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


@pytest.mark.parametrize(
    "command",
    [["check"], ["status"], ["status", "--json"], ["export", "--format", "csv", "--out", "x.csv"]],
)
def test_unknown_stage_is_reported_not_a_traceback(wfile, capsys, tmp_path, command):
    edit(wfile, "UPDATE opd SET stage = 'rahasia'")
    command = [c.replace("x.csv", str(tmp_path / "x.csv")) for c in command]
    code, _out, err = run(capsys, command[0], wfile, *command[1:])
    assert code == 5
    assert "tahap tidak dikenal" in err and "rahasia" in err and "DINKES" in err
    assert "Traceback" not in err


def test_no_workshop_row_is_exit_5(wfile, capsys):
    edit(wfile, "DELETE FROM workshop")
    for command in ("status", "check"):
        code, _out, err = run(capsys, command, wfile)
        assert code == 5, err
        assert "lokakarya" in err


def _honour_mode_bits(path, mode, *args, **kwargs) -> bool:
    """os.access as a non-root user sees it (the suite may run as root, who may write all)."""
    if mode & os.W_OK and not os.stat(path).st_mode & stat.S_IWUSR:
        return False
    return os.path.exists(path)


@pytest.mark.parametrize("protect", ["folder", "file"])
def test_write_protected_file_opens_read_only(wfile, capsys, monkeypatch, protect):
    monkeypatch.setattr(connection.os, "access", _honour_mode_bits)
    digest = sha256(wfile)
    folder = wfile.parent
    target = folder if protect == "folder" else wfile
    target.chmod(0o555 if protect == "folder" else 0o444)
    try:
        code, out, err = run(capsys, "status", wfile, "--json")
        assert code == 0, err
        assert '"ideas": 1' in out
        with WorkshopService.open(wfile) as service:
            assert service.read_only and "dilindungi" in service.read_only
            assert service.status().ideas == 1
        code, _out, err = run(capsys, "idea", "add", wfile, "--opd", "DINKES", "--text", "Baru")
        assert code == 5 and "hanya-baca" in err
        # No stray -wal/-shm beside it, not a byte changed.
        assert sorted(p.name for p in folder.iterdir()) == [wfile.name]
        assert sha256(wfile) == digest
    finally:
        target.chmod(0o755 if protect == "folder" else 0o644)


def test_html_in_a_file_name_is_plain_text(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from labinovasi.ui.facilitator.main_window import MainWindow

    shown = []
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: shown.append((box.text(), box.textFormat()))
    )
    # The static helper guesses the format (AutoText): a "<b>" in the text is rendered.
    monkeypatch.setattr(
        QMessageBox, "warning", lambda *args: shown.append((args[2], Qt.TextFormat.AutoText))
    )
    window = MainWindow()
    qtbot.addWidget(window)
    name = tmp_path / "<b>tebal</b><img src='x'>.labinovasi"
    assert not window.open_workshop(str(name))
    assert shown and "<b>tebal</b>" in shown[0][0]
    assert shown[0][1] == Qt.TextFormat.PlainText


def test_damaged_rows_are_refused_on_open_with_their_reasons(wfile):
    edit(wfile, "UPDATE workshop SET min_ideas = 0")
    with pytest.raises(CannotOpen) as refused:
        WorkshopService.open(wfile)
    assert any("minimal gagasan" in d for d in refused.value.details)


def test_a_file_whose_schema_lacks_a_column_is_refused_with_the_reason(wfile, capsys):
    """Its user_version says current, but a column the screens read is gone: exit 5 naming
    the table and column, not an SQL traceback in the middle of the board."""
    edit(wfile, "ALTER TABLE workshop DROP COLUMN place")
    before = sha256(wfile)
    code, _out, err = run(capsys, "status", wfile)
    assert code == 5
    assert "tabel workshop tidak punya kolom place" in err
    assert sha256(wfile) == before
    code, _out, err = run(capsys, "check", wfile)
    assert code == 5 and "kolom place" in err
