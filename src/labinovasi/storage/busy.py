"""Waiting on another writer's lock, visibly.

A write (WorkshopService._write) takes the file's write lock first, with `begin_write`: short
tries in a loop, so the waiting thread gets control between them. A GUI installs a waiter
(`set_waiter`) that shows "berkas sedang dipakai…" and repaints there; the CLI's notice is
printed once the wait passes NOTICE_AFTER. Any other statement waits inside SQLite
(busy_timeout), and a small watchdog thread notices one that has waited NOTICE_AFTER seconds.
Every wait is bounded by TIMEOUT_MS, after which the busy case gets its own
message (`FileBusy`, `is_busy`), never "cannot open"."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from labinovasi.domain.errors import CannotOpen
from labinovasi.i18n import _

if TYPE_CHECKING:
    from sqlalchemy import Engine

# How long a writer waits for another's lock before giving up ("berkas sedang dipakai"):
# a merge of many copies or a slow USB stick can hold it for tens of seconds. Read at each
# connection and each wait, so a test can shorten it.
TIMEOUT_MS = 60_000
NOTICE_AFTER = 2.0  # seconds a statement may take before we say the file is in use
TRY_MS = 100  # one try for the write lock: the waiting GUI repaints about ten times a second
_POLL = 0.25

_running: dict[int, float] = {}  # thread id -> when its current statement started
_noticed: set[int] = set()
_notice: Callable[[float], None] | None = None
_watchdog: threading.Thread | None = None
_lock = threading.Lock()
_waiting: Callable[[float], None] | None = None
_finished: Callable[[bool], None] | None = None


class FileBusy(CannotOpen):
    """Another program held the write lock longer than we wait: nothing was written."""


def limit_seconds() -> float:
    return TIMEOUT_MS / 1000


def waiting_text() -> str:
    return _("Berkas sedang dipakai program lain; menunggu (paling lama {n} detik)…").format(
        n=_whole_seconds(limit_seconds())
    )


def timeout_text() -> str:
    return _(
        "Berkas lokakarya sedang dipakai program lain lebih dari {n} detik; tidak ada "
        "yang ditulis. Tutup program lain itu (atau tunggu penggabungan selesai) lalu "
        "coba lagi."
    ).format(n=_whole_seconds(limit_seconds()))


def _whole_seconds(seconds: float) -> int:
    return max(1, round(seconds))


def set_waiter(
    waiting: Callable[[float], None] | None, finished: Callable[[bool], None] | None = None
) -> None:
    """A GUI's hooks for `begin_write`: `waiting(seconds_waited)` between tries, on the writing
    thread (on the GUI thread it may repaint; it must not let the user start another action),
    then `finished(acquired)` once, when the lock is taken or the wait given up."""
    global _waiting, _finished
    _waiting, _finished = waiting, finished


def set_notice(callback: Callable[[float], None] | None) -> None:
    """Call `callback(seconds_waited)` once per statement that waits longer than NOTICE_AFTER
    (from a watchdog thread: a GUI must hand it to its own thread)."""
    global _notice, _watchdog
    _notice = callback
    with _lock:
        if callback is not None and _watchdog is None:
            _watchdog = threading.Thread(target=_watch, name="labinovasi-busy", daemon=True)
            _watchdog.start()


def watch(engine: Engine) -> None:
    from sqlalchemy import event  # here: the CLI imports this module before SQLAlchemy

    event.listen(engine, "before_cursor_execute", _before)
    event.listen(engine, "after_cursor_execute", _after)
    event.listen(engine, "handle_error", _error)


def begin_write(dbapi_connection: sqlite3.Connection) -> None:
    """Open a write transaction holding the file's write lock (BEGIN IMMEDIATE), so nothing in
    it waits later; wait for another program's lock at most limit_seconds(), telling the front
    end while it waits. Raises FileBusy when the wait is given up (nothing written)."""
    if dbapi_connection.in_transaction:
        return
    limit = limit_seconds()
    started = time.monotonic()
    waited = acquired = noticed = False
    dbapi_connection.execute(f"PRAGMA busy_timeout={TRY_MS}")
    try:
        while True:
            tried = time.monotonic()
            try:
                dbapi_connection.execute("BEGIN IMMEDIATE")
                acquired = True
                return
            except sqlite3.OperationalError as error:
                if not is_busy(error):
                    raise
                elapsed = time.monotonic() - started
                if elapsed >= limit:
                    raise FileBusy(timeout_text()) from error
            waited = True
            # SQLite slept TRY_MS in its busy handler; a "busy" that came back at once (a WAL
            # recovery) must not turn this loop into a spin.
            time.sleep(max(0.0, TRY_MS / 2000 - (time.monotonic() - tried)))
            if _notice is not None and not noticed and elapsed >= NOTICE_AFTER:
                noticed = True
                _notice(elapsed)
            if _waiting is not None:
                _waiting(elapsed)
    finally:
        dbapi_connection.execute(f"PRAGMA busy_timeout={round(limit * 1000)}")
        if waited and _finished is not None:
            _finished(acquired)


def is_busy(error: BaseException) -> bool:
    """SQLite's "database is locked" / "busy": another program held the file too long."""
    orig = getattr(error, "orig", error)
    text = str(orig).lower()
    return "database is locked" in text or "database is busy" in text


def _before(*_args) -> None:
    _running[threading.get_ident()] = time.monotonic()


def _after(*_args) -> None:
    ident = threading.get_ident()
    _running.pop(ident, None)
    _noticed.discard(ident)


def _error(_context) -> None:
    _after()


def _watch() -> None:
    while True:
        time.sleep(_POLL)
        callback = _notice
        if callback is None:
            continue
        now = time.monotonic()
        for ident, started in list(_running.items()):
            if now - started >= NOTICE_AFTER and ident not in _noticed:
                _noticed.add(ident)
                callback(now - started)
