"""Waiting on another writer's lock, visibly. SQLite waits inside one call (busy_timeout), so a
small watchdog thread notices a statement that has waited NOTICE_AFTER seconds and tells the
front end (the CLI prints "berkas sedang dipakai…"); the wait itself is bounded by
connection.BUSY_TIMEOUT_MS, after which the busy case gets its own message (`is_busy`)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine

NOTICE_AFTER = 2.0  # seconds a statement may take before we say the file is in use
_POLL = 0.25

_running: dict[int, float] = {}  # thread id -> when its current statement started
_noticed: set[int] = set()
_notice: Callable[[float], None] | None = None
_watchdog: threading.Thread | None = None
_lock = threading.Lock()


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
