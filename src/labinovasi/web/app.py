"""The phone server's routes: a table's page and API (its token gives that OPD and nothing
else), the jurors' page and scoring, the event stream. No facilitator action is reachable.

Every write goes through services.phone (WorkshopService and TeamWork/jury underneath: the
station's validation and write lock). Refusals are JSON `{"error": …}` in the server's language
with a 4xx status, and write nothing."""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
from collections.abc import AsyncIterator, Callable, Iterable
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import (
    FileResponse,
    HTMLResponse,
    JSONResponse,
    Response,
    StreamingResponse,
)
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from labinovasi.domain import BadInput, LabinovasiError, RuleRefused
from labinovasi.i18n import _
from labinovasi.resources import get_asset
from labinovasi.services.phone import PhoneLink, PhoneLinks
from labinovasi.services.workshop_service import WorkshopService
from labinovasi.web import page
from labinovasi.web.guard import HostCheck, Limits, RateLimiter
from labinovasi.web.hub import Hub, dumps

STATIC = {
    "common.js": "text/javascript",
    "phone.js": "text/javascript",
    "phone.css": "text/css",
    "juror.js": "text/javascript",
}
KEEPALIVE_SECONDS = 15.0
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",  # the token is in the address
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}


def error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=SECURITY_HEADERS)


def client_of(scope: Scope) -> str:
    client = scope.get("client")
    return client[0] if client else "?"


class Guard:
    """ASGI middleware: Host and Origin first, then the client's request budget."""

    def __init__(self, app: ASGIApp, hosts: HostCheck, limiter: RateLimiter):
        self.app, self.hosts, self.limiter = app, hosts, limiter

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        if not self.hosts.host_ok(headers.get("host", "")):
            response: Response = error(421, _("Alamat server tidak dikenal; pindai ulang kode QR."))
        elif not self.hosts.origin_ok(headers.get("origin")):
            response = error(403, _("Permintaan dari situs lain ditolak."))
        elif scope["method"] not in ("GET", "HEAD", "POST"):
            response = error(405, _("Metode tidak diizinkan."))
        elif not self.limiter.allow(
            client_of(scope), "write" if scope["method"] == "POST" else "read"
        ):
            response = error(429, _("Terlalu banyak permintaan; tunggu sebentar lalu coba lagi."))
        else:
            await self.app(scope, receive, send)
            return
        await response(scope, receive, send)


class PhoneApp:
    def __init__(
        self,
        service: WorkshopService,
        limits: Limits,
        on_change: Callable[[set[str]], None] | None = None,
    ):
        self.links = PhoneLinks(service)
        self.limits = limits
        self.hub = Hub(self.links, on_change)
        self.hub.links_limit = limits.streams_per_client
        self.hub.forget = self.forget_links
        self._known: dict[str, PhoneLink] = {}  # active links by token, read once
        # The phones' writes take turns here, waking at once when the one before ends, rather
        # than in SQLite's busy handler, which sleeps and retries (a busy hall's slow tail).
        self._writes = threading.Lock()

    def _one_write(self, call: Callable[..., Any], *args: Any) -> Any:
        with self._writes:
            return call(*args)

    def forget_links(self, opd_ids: set[str] | None = None) -> None:
        """Drop cached links (all, or those of these tables): read again on next use. The
        server's own revoke drops them at once; the watcher drops those changed elsewhere."""
        if opd_ids is None:
            self._known = {}
        else:
            self._known = {t: k for t, k in self._known.items() if k.opd_id not in opd_ids}

    async def _find(self, token: str) -> PhoneLink | None:
        link = self._known.get(token)
        if link is not None and self.hub.active(token):
            return link
        link = await run_in_threadpool(self.links.find, token)
        if link is not None:
            self._known[token] = link
        return link

    # -- helpers ---------------------------------------------------------------------------

    async def _link(self, request: Request, jurors: bool = False) -> PhoneLink | Response:
        token = request.path_params["token"]
        link = await self._find(token)
        if link is None or link.for_jurors != jurors:
            return error(404, _("Tautan tidak dikenal atau sudah dicabut; minta kode QR baru."))
        if link.opd_id:
            self.hub.seen(link.opd_id, client_of(request.scope))
        return link

    async def _body(self, request: Request) -> dict[str, Any] | Response:
        if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
            return error(415, _("Kirim data sebagai JSON."))
        declared = request.headers.get("content-length")
        if declared is not None and (
            not declared.isdigit() or int(declared) > self.limits.body_bytes
        ):
            return error(413, _("Kiriman terlalu besar."))
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > self.limits.body_bytes:
                return error(413, _("Kiriman terlalu besar."))
            chunks.append(chunk)
        try:
            data = json.loads(b"".join(chunks).decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return error(400, _("Data kiriman bukan JSON yang sah."))
        if not isinstance(data, dict):
            return error(400, _("Data kiriman bukan JSON yang sah."))
        return data

    async def _submit(
        self, request: Request, jurors: bool, call: Callable[..., Any], *keys: str
    ) -> Response:
        link = await self._link(request, jurors)
        if isinstance(link, Response):
            return link
        data = await self._body(request)
        if isinstance(data, Response):
            return data
        try:
            status, body = await run_in_threadpool(
                self._one_write, call, link, *(data.get(k) for k in keys)
            )
        except RuleRefused as refusal:
            return error(409, str(refusal))
        except BadInput as refusal:
            return error(422, str(refusal))
        except LabinovasiError as refusal:  # cannot open or write the file
            return error(503, str(refusal))
        self.hub.poke()
        return JSONResponse(body, status_code=status, headers=SECURITY_HEADERS)

    # -- pages -------------------------------------------------------------------------------

    async def table_page(self, request: Request) -> Response:
        return await self._page(request, "phone.html", jurors=False)

    async def juror_page(self, request: Request) -> Response:
        return await self._page(request, "juror.html", jurors=True)

    async def _page(self, request: Request, name: str, jurors: bool) -> Response:
        link = await self._link(request, jurors)
        if isinstance(link, Response):
            return link
        language = "en" if request.query_params.get("lang") == "en" else "id"
        return HTMLResponse(page.render(name, link.token, language), headers=SECURITY_HEADERS)

    async def static(self, request: Request) -> Response:
        name = request.path_params["name"]
        if name not in STATIC:
            return error(404, _("Tidak ditemukan."))
        return FileResponse(
            get_asset("web", name),
            media_type=STATIC[name],
            headers={**SECURITY_HEADERS, "Cache-Control": "max-age=300"},
        )

    # -- a table's API -------------------------------------------------------------------------

    async def state(self, request: Request) -> Response:
        link = await self._link(request)
        if isinstance(link, Response):
            return link
        _version, data = await self.hub.state_json(link)
        participant = request.query_params.get("participant", "")[:200]
        if participant.strip():
            mine = await run_in_threadpool(self.links.participant_dots, link, participant)
            state = json.loads(data)
            state["my_dots"] = mine
            data = dumps(state)
        return Response(data, media_type="application/json", headers=SECURITY_HEADERS)

    async def ideas(self, request: Request) -> Response:
        return await self._submit(
            request, False, self.links.add_idea, "text", "author", "client_key"
        )

    async def votes(self, request: Request) -> Response:
        return await self._submit(
            request, False, self.links.set_dots, "participant", "idea_id", "dots", "client_key"
        )

    async def usg(self, request: Request) -> Response:
        return await self._submit(
            request, False, self.links.set_usg, "idea_id", "usg", "client_key"
        )

    async def events(self, request: Request) -> Response:
        link = await self._link(request)
        if isinstance(link, Response):
            return link
        opd_id, client = link.opd_id or "", client_of(request.scope)
        if not self.hub.stream_opened(opd_id, client):
            return error(429, _("Terlalu banyak sambungan dari HP ini."))

        async def stream() -> AsyncIterator[bytes]:
            try:
                yield b"retry: 3000\n\n"
                sent = -1
                while not self.hub.closing:
                    if not self.hub.active(link.token):
                        yield b"event: revoked\ndata: {}\n\n"
                        return
                    version, data = await self.hub.state_json(link)
                    if version != sent:
                        yield b"event: state\ndata: " + data + b"\n\n"
                        sent = version
                    else:
                        yield b": keepalive\n\n"
                    await self.hub.wait(opd_id, version, KEEPALIVE_SECONDS)
            finally:
                self.hub.stream_closed(opd_id, client)

        return StreamingResponse(
            stream(),
            media_type="text/event-stream",
            headers={**SECURITY_HEADERS, "X-Accel-Buffering": "no"},
        )

    # -- the jurors' API -----------------------------------------------------------------------

    async def juror_state(self, request: Request) -> Response:
        link = await self._link(request, jurors=True)
        if isinstance(link, Response):
            return link
        juror = request.query_params.get("juror", "")[:64]
        try:
            state = await run_in_threadpool(self.links.juror_state, link, juror)
        except LabinovasiError as refusal:
            return error(422, str(refusal))
        return JSONResponse(state, headers=SECURITY_HEADERS)

    async def scores(self, request: Request) -> Response:
        return await self._submit(
            request, True, self.links.score, "juror_id", "innovation_id", "scores", "client_key"
        )

    async def not_found(self, request: Request) -> Response:
        return error(404, _("Tidak ditemukan."))


def create_app(
    service: WorkshopService,
    hosts: Iterable[str],
    port: int,
    any_address: bool = False,
    limits: Limits | None = None,
    on_change: Callable[[set[str]], None] | None = None,
) -> tuple[ASGIApp, PhoneApp]:
    """The ASGI app and its handler object (its hub tells who is connected)."""
    limits = limits or Limits()
    phone = PhoneApp(service, limits, on_change)

    @contextlib.asynccontextmanager
    async def lifespan(_app: Starlette) -> AsyncIterator[None]:
        watcher = asyncio.create_task(phone.hub.run())
        try:
            yield
        finally:
            phone.hub.close()
            watcher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await watcher

    routes = [
        Route("/t/{token}", phone.table_page, methods=["GET"]),
        Route("/j/{token}", phone.juror_page, methods=["GET"]),
        Route("/static/{name}", phone.static, methods=["GET"]),
        Route("/favicon.ico", lambda _request: Response(status_code=204), methods=["GET"]),
        Route("/api/t/{token}/state", phone.state, methods=["GET"]),
        Route("/api/t/{token}/ideas", phone.ideas, methods=["POST"]),
        Route("/api/t/{token}/votes", phone.votes, methods=["POST"]),
        Route("/api/t/{token}/usg", phone.usg, methods=["POST"]),
        Route("/api/t/{token}/events", phone.events, methods=["GET"]),
        Route("/api/j/{token}/state", phone.juror_state, methods=["GET"]),
        Route("/api/j/{token}/scores", phone.scores, methods=["POST"]),
    ]
    app = Starlette(routes=routes, lifespan=lifespan)

    async def missing(request: Request, _exc: Exception) -> Response:
        return await phone.not_found(request)

    async def wrong_method(request: Request, _exc: Exception) -> Response:
        return error(405, _("Metode tidak diizinkan."))

    app.add_exception_handler(404, missing)
    app.add_exception_handler(405, wrong_method)
    guarded = Guard(app, HostCheck(hosts, port, any_address), RateLimiter(limits))
    return guarded, phone
