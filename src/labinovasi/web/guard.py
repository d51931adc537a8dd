"""What the phone server refuses before any handler runs: a Host or Origin that is not its own
(DNS rebinding, cross-site posts), a client over its request budget, a body over the limit."""

from __future__ import annotations

import ipaddress
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from labinovasi.domain.limits import PHONE_BODY_LIMIT


@dataclass(frozen=True)
class Limits:
    """Per-client budgets (a client is an address: each phone has its own on the hall's
    Wi-Fi). Token buckets: `burst` requests at once, then `per_second` on average."""

    writes_burst: int = 20
    writes_per_second: float = 1.0
    reads_burst: int = 60
    reads_per_second: float = 4.0
    streams_per_client: int = 4
    body_bytes: int = PHONE_BODY_LIMIT


class RateLimiter:
    """Token buckets per (client, kind); thread-safe, forgets idle clients."""

    def __init__(self, limits: Limits):
        self.limits = limits
        self._buckets: dict[tuple[str, str], tuple[float, float]] = {}
        self._lock = threading.Lock()
        self._swept = time.monotonic()

    def allow(self, client: str, kind: str) -> bool:
        burst, rate = (
            (self.limits.writes_burst, self.limits.writes_per_second)
            if kind == "write"
            else (self.limits.reads_burst, self.limits.reads_per_second)
        )
        now = time.monotonic()
        with self._lock:
            tokens, at = self._buckets.get((client, kind), (float(burst), now))
            tokens = min(float(burst), tokens + (now - at) * rate)
            allowed = tokens >= 1.0
            self._buckets[(client, kind)] = (tokens - 1.0 if allowed else tokens, now)
            if now - self._swept > 60:
                self._swept = now
                self._buckets = {k: v for k, v in self._buckets.items() if now - v[1] < 600}
        return allowed


class HostCheck:
    """The Host header must name this server by an address it serves on (an IP literal and
    the port): a page from another site whose name was pointed at us (DNS rebinding) sends its
    own name and is refused. An Origin, when sent, must be this server too."""

    def __init__(self, hosts: Iterable[str], port: int, any_address: bool = False):
        self.port = port
        self.any_address = any_address
        self.hosts = {self._normal(h) for h in hosts}

    @staticmethod
    def _normal(host: str) -> str:
        return host.strip("[]").lower()

    def _split(self, value: str) -> tuple[str, int | None] | None:
        try:
            parts = urlsplit("//" + value)
            return self._normal(parts.hostname or ""), parts.port
        except ValueError:
            return None

    def host_ok(self, value: str) -> bool:
        split = self._split(value)
        if split is None:
            return False
        host, port = split
        if (port or 80) != self.port:
            return False
        if host in self.hosts:
            return True
        if not self.any_address:
            return False
        # Serving on every interface (chosen by the facilitator): any IP literal of ours; a
        # name is still refused (a rebinding page always comes with its own name).
        try:
            ipaddress.ip_address(host)
        except ValueError:
            return False
        return True

    def origin_ok(self, value: str | None) -> bool:
        if value is None:
            return True  # not a browser's cross-site request (browsers send Origin on POST)
        try:
            parts = urlsplit(value)
        except ValueError:
            return False
        return parts.scheme == "http" and self.host_ok(parts.netloc)
