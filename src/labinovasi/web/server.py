"""The phone server in a background thread (uvicorn on one socket we bind ourselves, so
`--port 0` knows its port): start, the links to put in QR codes, who is connected, stop."""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from labinovasi.domain import BadInput
from labinovasi.i18n import _
from labinovasi.services.phone import PhoneLink
from labinovasi.services.workshop_service import WorkshopService
from labinovasi.web.app import PhoneApp, create_app
from labinovasi.web.guard import Limits

ANY_ADDRESS = "0.0.0.0"
DEFAULT_PORT = 8470


def local_addresses() -> list[str]:
    """This machine's IPv4 addresses, the ones a phone on the same Wi-Fi can reach first
    (private ranges), loopback last. Read without any network traffic."""
    found: set[str] = set()
    with contextlib.suppress(OSError):
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            found.add(str(info[4][0]))
    # The address the default route leaves from (a UDP "connect" sends nothing).
    for probe in ("10.255.255.255", "192.168.255.255"):
        with contextlib.suppress(OSError), socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.connect((probe, 1))
            found.add(s.getsockname()[0])
    found.add("127.0.0.1")
    return sorted(found, key=lambda a: (a.startswith("127."), a == "0.0.0.0", a))


@dataclass(frozen=True)
class JoinLink:
    opd_id: str | None
    opd: str  # the OPD's singkatan ("" for the jurors)
    url: str


class PhoneServer:
    """One running server. `host` is the address it listens on; `advertised` the address put
    in the QR codes (the chosen one, or for 0.0.0.0 the first private address)."""

    def __init__(
        self,
        service: WorkshopService,
        host: str = "127.0.0.1",
        port: int = DEFAULT_PORT,
        limits: Limits | None = None,
        on_change: Callable[[set[str]], None] | None = None,
    ):
        self.service = service
        self.host = host
        self.any_address = host == ANY_ADDRESS
        self._sock = _bind(host, port)
        self.port = self._sock.getsockname()[1]
        self.advertised = (
            next((a for a in local_addresses() if not a.startswith("127.")), "127.0.0.1")
            if self.any_address
            else host
        )
        hosts = {self.advertised, host} if not self.any_address else set(local_addresses())
        if host.startswith("127."):
            hosts.add("localhost")
        self.app, self.phone = create_app(
            service, hosts, self.port, self.any_address, limits, on_change
        )
        self._server: Any = None
        self._thread: threading.Thread | None = None
        self._started = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None

    @property
    def url(self) -> str:
        return f"http://{self.advertised}:{self.port}"

    @property
    def handler(self) -> PhoneApp:
        return self.phone

    def start(self) -> PhoneServer:
        import uvicorn

        config = uvicorn.Config(
            self.app,
            log_level="warning",
            access_log=False,
            lifespan="on",
            loop="asyncio",
            http="auto",  # httptools (C parser) when installed, else h11
            ws="none",
            timeout_graceful_shutdown=2,
            timeout_keep_alive=30,
            limit_concurrency=2000,
        )
        server = uvicorn.Server(config)
        self._server = server

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            asyncio.set_event_loop(loop)
            try:
                loop.run_until_complete(self._serve(server))
            finally:
                loop.close()

        self._thread = threading.Thread(target=run, name="labinovasi-phone-server", daemon=True)
        self._thread.start()
        self._started.wait(10)
        return self

    async def _serve(self, server) -> None:
        task = asyncio.ensure_future(server.serve(sockets=[self._sock]))
        while not server.started and not task.done():
            await asyncio.sleep(0.01)
        self._started.set()
        await task

    def wait(self) -> None:
        """Until the server stops (the CLI: until interrupted)."""
        while self._thread is not None and self._thread.is_alive():
            self._thread.join(0.5)

    def stop(self) -> None:
        if self._server is not None:
            if self._loop is not None and not self._loop.is_closed():
                with contextlib.suppress(RuntimeError):
                    self._loop.call_soon_threadsafe(self.phone.hub.close)
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(10)
        with contextlib.suppress(OSError):
            self._sock.close()

    # -- what to show --------------------------------------------------------------------

    def join_links(self) -> list[JoinLink]:
        """Each OPD table's link in board order, the jurors' last."""
        names = {o.id: o.abbreviation for o in self.service.list_opds()}
        return [self._join(link, names) for link in self.phone.links.all()]

    def _join(self, link: PhoneLink, names: dict[str, str]) -> JoinLink:
        kind = "j" if link.for_jurors else "t"
        return JoinLink(
            link.opd_id, names.get(link.opd_id or "", ""), f"{self.url}/{kind}/{link.token}"
        )

    def revoke(self, opd_id: str | None) -> JoinLink:
        link = self.phone.links.revoke(opd_id)
        self.phone.forget_links()
        self._poke()
        names = {o.id: o.abbreviation for o in self.service.list_opds()}
        return self._join(link, names)

    def allow_usg(self, opd_id: str, allowed: bool) -> None:
        self.phone.links.allow_usg(opd_id, allowed)
        self.phone.forget_links()
        self._poke()

    def connected(self) -> dict[str, int]:
        return self.phone.hub.connected()

    def _poke(self) -> None:
        if self._loop is not None and not self._loop.is_closed():
            with contextlib.suppress(RuntimeError):
                self._loop.call_soon_threadsafe(self.phone.hub.poke)

    def banner(self) -> dict:
        """The `serve` command's first line (a public contract)."""
        links = self.join_links()
        return {
            "url": self.url,
            "tables": [{"opd": j.opd, "join_url": j.url} for j in links if j.opd_id],
            "juror_url": next(j.url for j in links if j.opd_id is None),
        }


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    if os.name != "nt":  # on Windows it would let another program take the port over
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except (OSError, OverflowError) as problem:
        sock.close()
        raise BadInput(
            _("Server HP tidak dapat dibuka di {host}:{port}: {reason}").format(
                host=host, port=port, reason=getattr(problem, "strerror", None) or problem
            )
        ) from problem
    sock.listen(512)
    sock.set_inheritable(True)
    return sock
