"""The FastAPI app: pages rendered on the server, each with a JSON twin under /api.

Reading is open to whoever can reach the server (it binds to 127.0.0.1 unless told otherwise);
writing (ingest, rules, merging situations) needs the API token, sent as `Authorization: Bearer
TOKEN`. Bodies are size-limited, bad JSON is a 400 with the reason, and all text is escaped. The
pages themselves are in `views/`, one module per part of the room; this module makes the app,
its security headers and its one shape of error (a page for a browser, JSON for the API).
"""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler, request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from ..errors import SitroomError
from ..notify import Sender
from ..settings import Options, options_from_env
from ..store import Store
from . import svgmap
from .jobs import IngestJobs
from .links import CONTENT_SECURITY_POLICY
from .room import BEARER, HERE, Room, ensure_token
from .views import alerts, articles, entities, situations, sources

NOT_FOUND = frozenset({"E201", "E204", "E207", "E210", "E408"})  # error codes that name something missing


def create_app(db: str | Path, options: Options | None = None, hosts: list[str] | None = None) -> FastAPI:
    """The app over the store in `db`; with `hosts`, requests naming any other Host are refused."""
    settings = options or options_from_env()
    store = Store(db)
    sender = Sender(store, settings.alert_webhook, settings.alert_command)
    room = Room(store, settings, jobs=IngestJobs(own_process=settings.workers > 0), sender=sender)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        # The map's land and the gazetteer are read when the server starts, not on a reader's first
        # map; then they are left out of the collector's full passes (each took 100 ms and more).
        svgmap.warm()
        gc.freeze()
        sender.start()
        yield
        room.jobs.close()
        sender.close(wait_s=5)

    # No /docs or /redoc: FastAPI serves them from a CDN; the schema itself is at /openapi.json.
    app = FastAPI(
        title="sitroom",
        version="1",
        summary="A situation room for the news: situations, timelines, alerts.",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.store = room.store

    def openapi_schema() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(title=app.title, version=app.version, summary=app.summary, routes=app.routes)
            schema.setdefault("components", {}).setdefault("securitySchemes", {})["bearer"] = BEARER
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi_schema  # type: ignore[method-assign]
    if hosts is not None:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=hosts)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response

    def wants_page(request: Request) -> bool:
        """A page route asked for by a browser: it gets an error page; the API and scripts get JSON."""
        path = request.url.path
        return not path.startswith(("/api/", "/static/", "/openapi")) and "text/html" in request.headers.get(
            "accept", ""
        )

    def error_page(request: Request, status: int, detail: str) -> HTMLResponse:
        title = {404: "Not found", 400: "Cannot show that"}.get(status, "Something failed")
        context = {"status": status, "title": title, "detail": detail, "latest": room.store.latest()}
        return room.templates.TemplateResponse(request, "error.html", context, status_code=status)

    @app.exception_handler(SitroomError)
    async def sitroom_error(request: Request, exc: SitroomError) -> Response:
        status = 404 if exc.code in NOT_FOUND else 400
        if wants_page(request):
            return error_page(request, status, str(exc))
        return JSONResponse({"detail": str(exc), "code": exc.code}, status_code=status)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if wants_page(request):
            return error_page(request, exc.status_code, str(exc.detail))
        return await http_exception_handler(request, exc)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        if wants_page(request):
            problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in exc.errors())
            return error_page(request, 400, problems)
        return await request_validation_exception_handler(request, exc)

    for view in (situations, articles, entities, alerts, sources):
        app.include_router(view.router(room))
    return app


__all__ = ["create_app", "ensure_token"]
