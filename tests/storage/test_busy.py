"""A writer waiting on another's lock says so while it waits, waits longer than before, and
when it gives up says the file is busy (not "cannot open")."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest

from labinovasi.cli import main
from labinovasi.storage import busy, connection


@pytest.fixture
def wfile(service, workshop_path):
    service.add_opd("Dinas Kesehatan", "DINKES")
    service.close()
    return workshop_path


def hold_lock(path, seconds: float) -> threading.Thread:
    """Another program holding the write lock for `seconds`."""
    ready = threading.Event()

    def hold():
        db = sqlite3.connect(path, isolation_level=None)
        db.execute("BEGIN IMMEDIATE")
        ready.set()
        time.sleep(seconds)
        db.execute("ROLLBACK")
        db.close()

    thread = threading.Thread(target=hold)
    thread.start()
    ready.wait()
    return thread


def test_waits_visibly_then_writes(wfile, capsys, monkeypatch):
    monkeypatch.setattr(busy, "NOTICE_AFTER", 0.3)
    holder = hold_lock(wfile, 1.2)
    code = main(["idea", "add", str(wfile), "--opd", "DINKES", "--text", "Antrean daring"])
    holder.join()
    err = capsys.readouterr().err
    assert code == 0, err
    assert "sedang dipakai" in err


def test_gives_up_with_a_busy_message(wfile, capsys, monkeypatch):
    monkeypatch.setattr(busy, "NOTICE_AFTER", 0.3)
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 800)
    holder = hold_lock(wfile, 2.5)
    code = main(["idea", "add", str(wfile), "--opd", "DINKES", "--text", "Antrean daring"])
    holder.join()
    err = capsys.readouterr().err
    assert code == 5
    assert "sedang dipakai program lain lebih dari" in err
    assert "database is locked" not in err and "tidak dapat dibaca" not in err


def test_the_wait_is_longer_than_ten_seconds():
    assert connection.BUSY_TIMEOUT_MS >= 30_000
