"""Live updates for the phones: which tables changed (whoever wrote), each table's state made
once per change and shared by all its open event streams, and who is connected per table."""

from __future__ import annotations

import asyncio
import json
import secrets
import threading
import time
from collections.abc import Callable
from typing import Any

from starlette.concurrency import run_in_threadpool

from labinovasi.services.phone import ChangeWatch, PhoneLink, PhoneLinks

WATCH_SECONDS = 1.0  # how often the file is looked at for changes made elsewhere
LOOK_GAP_SECONDS = 0.2  # writes through this server within this are looked at together
SEEN_SECONDS = 30.0  # a phone that asked within this counts as connected


class Hub:
    def __init__(self, links: PhoneLinks, on_change: Callable[[set[str]], None] | None = None):
        self.links = links
        self.watch = ChangeWatch(links.service)
        self.on_change = on_change
        self.versions: dict[str, int] = {}
        self._events: dict[str, asyncio.Event] = {}
        self._cache: dict[str, tuple[int, str, bytes]] = {}  # opd -> (version, link id, JSON)
        self._locks: dict[str, asyncio.Lock] = {}
        self._poke: asyncio.Event | None = None
        self.closing = False
        self.boot = secrets.token_hex(4)  # versions count from this server's start
        self.forget: Callable[[set[str]], None] | None = None  # drop cached links of tables
        self._seen: dict[str, dict[str, float]] = {}  # opd -> client -> last seen
        self._streams: dict[str, dict[str, int]] = {}  # opd -> client -> open streams
        self._seen_lock = threading.Lock()

    # -- the watcher ---------------------------------------------------------------------

    async def run(self) -> None:
        """Until closed: look for changes every WATCH_SECONDS, or at once when poked."""
        self._poke = asyncio.Event()
        await self._look(notify=False)
        while not self.closing:
            try:
                await asyncio.wait_for(self._poke.wait(), WATCH_SECONDS)
            except TimeoutError:
                pass
            self._poke.clear()
            if self.closing:
                break
            began = time.monotonic()
            await self._look(notify=True)
            # A busy hall writes many times a second: one look answers them all.
            await asyncio.sleep(max(0.0, LOOK_GAP_SECONDS - (time.monotonic() - began)))

    async def _look(self, notify: bool) -> None:
        try:
            changed = await run_in_threadpool(self.watch.changed)
        except Exception:  # noqa: BLE001 - a busy or briefly unreadable file: look again
            return
        if changed and self.forget is not None:
            self.forget(changed)
        for opd_id in changed:
            self.versions[opd_id] = self.versions.get(opd_id, 0) + 1
            event = self._events.pop(opd_id, None)
            if event is not None:
                event.set()
        if notify and changed and self.on_change is not None:
            self.on_change(changed)

    def active(self, token: str) -> bool:
        """Whether the token was active at the last look (True before the first)."""
        tokens = self.watch.active_tokens
        return tokens is None or token in tokens

    def poke(self) -> None:
        """A write went through this server: look now, not at the next tick."""
        if self._poke is not None:
            self._poke.set()

    def close(self) -> None:
        self.closing = True
        self.poke()
        for event in self._events.values():
            event.set()
        self._events.clear()

    # -- a table's state, once per change ----------------------------------------------------

    async def state_json(self, link: PhoneLink) -> tuple[int, bytes]:
        opd_id = link.opd_id or ""
        version = self.versions.get(opd_id, 0)
        cached = self._cache.get(opd_id)
        if cached and cached[0] == version and cached[1] == link.id:
            return version, cached[2]
        lock = self._locks.setdefault(opd_id, asyncio.Lock())
        async with lock:
            cached = self._cache.get(opd_id)
            if cached and cached[0] == version and cached[1] == link.id:
                return version, cached[2]
            state = await run_in_threadpool(self.links.state, link)
            # Which change this is: a page ignores an answer older than one it has shown
            # (a stream's update may overtake a slower request's answer).
            state["version"] = version
            state["server"] = self.boot
            data = dumps(state)
            self._cache[opd_id] = (version, link.id, data)
            return version, data

    async def wait(self, opd_id: str, version: int, timeout: float) -> None:
        """Until the table's version passes `version`, the hub closes, or `timeout`."""
        if self.versions.get(opd_id, 0) != version or self.closing:
            return
        event = self._events.setdefault(opd_id, asyncio.Event())
        try:
            await asyncio.wait_for(event.wait(), timeout)
        except TimeoutError:
            pass

    # -- who is connected ------------------------------------------------------------------

    def seen(self, opd_id: str, client: str) -> None:
        with self._seen_lock:
            self._seen.setdefault(opd_id, {})[client] = time.monotonic()

    def stream_opened(self, opd_id: str, client: str) -> bool:
        """Count an open stream; False when the client holds too many already."""
        with self._seen_lock:
            streams = self._streams.setdefault(opd_id, {})
            total = sum(s.get(client, 0) for s in self._streams.values())
            if total >= self.links_limit:
                return False
            streams[client] = streams.get(client, 0) + 1
            return True

    links_limit = 4

    def stream_closed(self, opd_id: str, client: str) -> None:
        with self._seen_lock:
            streams = self._streams.get(opd_id, {})
            streams[client] = streams.get(client, 1) - 1
            if streams[client] <= 0:
                streams.pop(client, None)
            self._seen.setdefault(opd_id, {})[client] = time.monotonic()

    def connected(self) -> dict[str, int]:
        """Per table, how many phones (addresses) hold a stream or asked lately."""
        now = time.monotonic()
        with self._seen_lock:
            result = {}
            for opd_id in set(self._seen) | set(self._streams):
                clients = {
                    c for c, at in self._seen.get(opd_id, {}).items() if now - at < SEEN_SECONDS
                }
                clients |= set(self._streams.get(opd_id, {}))
                if clients:
                    result[opd_id] = len(clients)
            return result


def dumps(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
