"""A writer waiting on another's lock says so while it waits, waits longer than before, and
when it gives up says the file is busy (not "cannot open")."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest

from labinovasi.cli import main
from labinovasi.storage import busy


@pytest.fixture
def wfile(service, workshop_path):
    service.add_opd("Dinas Kesehatan", "DINKES")
    service.close()
    return workshop_path


def hold_lock(path, seconds: float, release: threading.Event | None = None) -> threading.Thread:
    """Another program holding the write lock for `seconds` (or until `release` is set)."""
    ready = threading.Event()

    def hold():
        db = sqlite3.connect(path, isolation_level=None)
        db.execute("BEGIN IMMEDIATE")
        ready.set()
        if release is None:
            time.sleep(seconds)
        else:
            release.wait(seconds)
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
    monkeypatch.setattr(busy, "TIMEOUT_MS", 800)
    holder = hold_lock(wfile, 2.5)
    code = main(["idea", "add", str(wfile), "--opd", "DINKES", "--text", "Antrean daring"])
    holder.join()
    err = capsys.readouterr().err
    assert code == 5
    assert "sedang dipakai program lain lebih dari" in err
    assert "database is locked" not in err and "tidak dapat dibaca" not in err


def test_the_wait_is_longer_than_ten_seconds():
    assert busy.TIMEOUT_MS >= 30_000


def test_a_write_takes_the_lock_first_and_tells_the_waiter(wfile, monkeypatch):
    """The GUI's hooks: called on the writing thread between tries, then once at the end."""
    from labinovasi.services import WorkshopService

    calls = []
    monkeypatch.setattr(busy, "_waiting", lambda seconds: calls.append(("waiting", seconds)))
    monkeypatch.setattr(busy, "_finished", lambda acquired: calls.append(("finished", acquired)))
    holder = hold_lock(wfile, 0.6)
    with WorkshopService.open(wfile) as service:
        service.add_idea(service.find_opd("DINKES").id, "Antrean daring")
        holder.join()
        assert [i.idea.text for i in service.list_ideas()] == ["Antrean daring"]
        waits = [seconds for kind, seconds in calls if kind == "waiting"]
        assert 2 <= len(waits) <= 12 and waits == sorted(waits)  # about ten tries a second
        assert calls[-1] == ("finished", True)
        calls.clear()
        service.add_idea(service.find_opd("DINKES").id, "Rapor daring")  # nobody holds it
        assert calls == []


def test_a_write_gives_up_with_file_busy_and_writes_nothing(wfile, monkeypatch):
    from labinovasi.services import WorkshopService

    finished = []
    monkeypatch.setattr(busy, "TIMEOUT_MS", 400)
    monkeypatch.setattr(busy, "_waiting", lambda _seconds: None)
    monkeypatch.setattr(busy, "_finished", finished.append)
    # The holder keeps the lock until the write has given up (no clock read in the test): had
    # the write waited for the holder rather than its own bound, it would have written.
    release = threading.Event()
    holder = hold_lock(wfile, 60, release)
    with WorkshopService.open(wfile) as service:
        with pytest.raises(busy.FileBusy) as raised:
            service.add_idea(service.find_opd("DINKES").id, "Antrean daring")
        release.set()
        assert raised.value.exit_code == 5
        assert "sedang dipakai program lain" in str(raised.value)
        assert finished == [False]
        holder.join()
        assert service.list_ideas() == []
