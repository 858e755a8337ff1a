"""The FastAPI app: pages rendered on the server, each with a JSON twin under /api.

Reading is open to whoever can reach the server (it binds to 127.0.0.1 unless told otherwise);
writing (ingest, rules, merging situations) needs the API token, sent as `Authorization: Bearer
TOKEN`. Bodies are size-limited, bad JSON is a 400 with the reason, and all text is escaped.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import secrets
import threading
from collections import Counter
from dataclasses import asdict
from pathlib import Path
from typing import Any, Literal

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.exception_handlers import http_exception_handler, request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from ..corpus.alerts import parse_rules, rule_from_dict, rule_to_dict
from ..corpus.timeline import build_timeline, tallies
from ..errors import InputError, SitroomError
from ..ingest import analyze_articles
from ..model import Article
from ..nlp.counts import describe_count
from ..nlp.dates.describe import describe_date
from ..notify import send_pending
from ..serialize import analysis_to_dict, situation_to_dict, tally_to_dict, timeline_event_to_dict
from ..settings import Options, options_from_env
from ..sources.jsonl import article_from_record
from ..store import Store
from ..store.export import CORPUS_TABLES, timeline_rows
from .filters import EventFilter
from .highlight import Mark, highlighted, inline_markdown, marks_of
from .links import CONTENT_SECURITY_POLICY, web_link
from .svgmap import MapPlace, place_map

HERE = Path(__file__).parent
TOKEN_KEY = "api_token_sha256"
MAX_BATCH = 200  # articles in one POST
SHOWN = 20  # a situation page shows its latest reports, so a story of thousands stays fast


def ensure_token(store: Store, renew: bool = False) -> str | None:
    """Create the API token on first start (or when renewing); the token itself, only then."""
    if store.server_setting(TOKEN_KEY) and not renew:
        return None
    token = secrets.token_urlsafe(24)
    store.set_server_setting(TOKEN_KEY, hashlib.sha256(token.encode()).hexdigest())
    return token


PAGE = 50  # situations a page of the list shows
# What the schema says of the routes that write: the token they need and the answers they may give.
BEARER = {"type": "http", "scheme": "bearer", "description": "the API token `sitroom serve` prints once"}
WRITE_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"description": "the body or a field is not valid; the message names it"},
    401: {"description": "no API token, or not this store's"},
    413: {"description": "the body is over the server's max_input_bytes"},
}
ARTICLE_IN = {
    "type": "object",
    "required": ["text", "date"],
    "properties": {
        "text": {"type": "string", "description": "the report"},
        "date": {"type": "string", "format": "date", "description": "its publication date, YYYY-MM-DD"},
        "title": {"type": "string"},
        "source": {"type": "string", "description": "the outlet (default: api)"},
        "url": {"type": "string"},
    },
}
RULE_IN = {
    "type": "object",
    "required": ["name"],
    "description": "a watch rule: the fields of docs/situations.md (event_types, near, actors, min_count, spike...)",
    "properties": {"name": {"type": "string"}, "priority": {"enum": ["flash", "urgent", "routine"]}},
}


def _write(body: dict[str, Any] | None = None) -> dict[str, Any]:
    """The OpenAPI extras of a route that writes: its security and, when it reads JSON, its body."""
    extra: dict[str, Any] = {"security": [{"bearer": []}]}
    if body is not None:
        extra["requestBody"] = {"required": True, "content": {"application/json": {"schema": body}}}
    return {"responses": WRITE_RESPONSES, "openapi_extra": extra}


Status = Literal["active", "quiet", "closed"]
Order = Literal["latest", "reports", "outlets", "started"]
SearchOrder = Literal["relevance", "newest"]


def create_app(db: str | Path, options: Options | None = None, hosts: list[str] | None = None) -> FastAPI:
    """The app over the store in `db`; with `hosts`, requests naming any other Host are refused."""
    options = options or options_from_env()
    store = Store(db)
    analysing = threading.Lock()  # one batch through the model at a time
    # No /docs or /redoc: FastAPI serves them from a CDN; the schema itself is at /openapi.json.
    app = FastAPI(
        title="sitroom",
        version="1",
        summary="A situation room for the news: situations, timelines, alerts.",
        docs_url=None,
        redoc_url=None,
    )
    app.state.store = store

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
    templates = Jinja2Templates(directory=HERE / "templates")
    templates.env.filters["tojson_attr"] = lambda value: json.dumps(value)
    templates.env.filters["web_link"] = web_link
    templates.env.filters["date_words"] = describe_date
    templates.env.filters["inline_markdown"] = inline_markdown
    templates.env.filters["count_words"] = lambda c: describe_count(c["value"], c["qualifier"], c["low"], c["high"])

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response

    def require_token(request: Request) -> None:
        expected = store.server_setting(TOKEN_KEY)
        given = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
        digest = hashlib.sha256(given.encode()).hexdigest()
        if not expected or not given or not hmac.compare_digest(digest, expected):
            raise HTTPException(401, "writing needs the API token: Authorization: Bearer TOKEN")

    async def json_body(request: Request) -> Any:
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > options.max_input_bytes:
            raise HTTPException(413, f"body over the limit of {options.max_input_bytes} bytes")
        body = await request.body()
        if len(body) > options.max_input_bytes:
            raise HTTPException(413, f"body over the limit of {options.max_input_bytes} bytes")
        try:
            return json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise HTTPException(400, f"bad JSON: {exc}") from exc
        except RecursionError as exc:
            raise HTTPException(400, "bad JSON: nested too deep") from exc

    def wants_page(request: Request) -> bool:
        """A page route asked for by a browser: it gets an error page; the API and scripts get JSON."""
        path = request.url.path
        return not path.startswith(("/api/", "/static/", "/openapi")) and "text/html" in request.headers.get(
            "accept", ""
        )

    def error_page(request: Request, status: int, detail: str) -> HTMLResponse:
        title = {404: "Not found", 400: "Cannot show that"}.get(status, "Something failed")
        context = {"status": status, "title": title, "detail": detail, "latest": store.latest()}
        return templates.TemplateResponse(request, "error.html", context, status_code=status)

    @app.exception_handler(SitroomError)
    async def sitroom_error(request: Request, exc: SitroomError) -> Response:
        status = 404 if exc.code in {"E201", "E204", "E207", "E210"} else 400
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

    def page(request: Request, template: str, **context: Any) -> HTMLResponse:
        return templates.TemplateResponse(request, template, {"latest": store.latest(), **context})

    # -- situations ---------------------------------------------------------------------------

    def situation_rows(
        q: str | None, limit: int, status: str | None = None, order: str = "latest", offset: int = 0
    ) -> list[dict[str, Any]]:
        found = store.situations(limit=limit, query=q, status=status, order=order, offset=offset)
        rows = [situation_to_dict(s) for s in found]
        alerted = store.alert_counts([r["id"] for r in rows])
        return [{**r, "alerts": alerted.get(r["id"], 0)} for r in rows]

    @app.get("/api/situations", tags=["situations"])
    def api_situations(
        q: str | None = None,
        status: Status | None = None,
        order: Order = "latest",
        offset: int = Query(0, ge=0),
        limit: int = Query(50, ge=1, le=1000),
    ) -> list[dict[str, Any]]:
        """Situations, latest report first (or by `order`); `q` filters on title, actors and places,
        `status` keeps the active, quiet or closed ones; `offset` and `limit` page."""
        return situation_rows(q, limit, status, order, offset)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def situations_page(
        request: Request,
        q: str | None = None,
        status: Status | None = None,
        order: Order = "latest",
        offset: int = Query(0, ge=0),
        partial: bool = False,
    ) -> HTMLResponse:
        rows = situation_rows(q, PAGE, status, order, offset)
        articles = store.articles(limit=50, query=_fts(q)) if q else []
        entities = store.entity_names(q, limit=20) if q else []
        name = "_situation_rows.html" if partial else "situations.html"
        listing = {"q": q or "", "status": status or "", "order": order, "offset": offset, "page": PAGE}
        return page(
            request,
            name,
            situations=rows,
            q=q or "",
            articles=articles,
            entities=entities,
            listing=listing,
            total=store.situation_count(q, status),
        )

    @app.get("/api/situations/{situation_id}", tags=["situations"])
    def api_situation(situation_id: int, f: EventFilter = Depends()) -> dict[str, Any]:
        """One situation with its timeline (filtered), articles and places."""
        return situation_data(situation_id, f)

    def situation_data(situation_id: int, f: EventFilter) -> dict[str, Any]:
        return situation_parts(situation_id, f)[0]

    def situation_parts(situation_id: int, f: EventFilter) -> tuple[dict[str, Any], list[Any], dict[str, Any]]:
        """The situation as JSON, with the timeline and the analyses it was made from."""
        summary = store.situation(situation_id)
        articles = store.situation_articles(situation_id, latest=SHOWN)  # a long story: its latest reports
        analyses = store.analyses_of([aid for aid, _ in articles])
        timeline = [t for t in build_timeline(list(zip(analyses, (c for _, c in articles), strict=True))) if f.keeps(t)]
        places = {p.name: p for a in analyses for p in a.places}
        where = Counter(t.place for t in timeline if t.place in places)
        if not f.as_query():  # unfiltered: every place named, sized by its incidents; filtered: what is shown
            where.update({name: 0 for name in places})
        data = {
            "situation": situation_to_dict(summary),
            "shown_reports": len(articles),
            "timeline": [timeline_event_to_dict(t) for t in timeline],
            "tallies": [tally_to_dict(t) for t in tallies(timeline)],
            "articles": [
                {
                    "id": a.article.id,
                    "source": a.article.source,
                    "published": a.article.published.isoformat(),
                    "title": a.article.title,
                    "copy_of": copy_of,
                }
                for a, (_, copy_of) in zip(analyses, articles, strict=True)
            ],
            "places": [
                {
                    "name": n,
                    "kind": places[n].kind,
                    "label": places[n].label,
                    "latitude": places[n].latitude,
                    "longitude": places[n].longitude,
                    "events": k,
                }
                for n, k in where.items()
            ],
            "quotes": [x for x in _quotes(analyses) if f.keeps_statement(x["source"], x["content"])],
            "claims": [x for x in _claims(analyses) if f.keeps_statement(x["source"], x["content"])],
            "reports_per_day": sorted(Counter(a.article.published.isoformat() for a in analyses).items()),
            "reports_per_hour": store.received_per_hour([a.article.id for a in analyses]),
            "filter": f.as_query(),
        }
        return data, timeline, {a.article.id: a for a in analyses}

    @app.get("/situations/{situation_id}", response_class=HTMLResponse, include_in_schema=False)
    def situation_page(request: Request, situation_id: int, f: EventFilter = Depends()) -> HTMLResponse:
        data, timeline, analyses = situation_parts(situation_id, f)
        svg = place_map(
            [
                MapPlace(p["name"], p["kind"], p["latitude"], p["longitude"], p["events"], p["label"])
                for p in data["places"]
            ]
        )
        evidence = []
        for event in timeline:  # the first report's sentence, its trigger and count marked
            report = event.reports[0]
            text = analyses[report.article_id].article.text
            marks = [Mark(report.event.trigger, "event", f"event: {event.type}")]
            if report.event.count is not None:
                q = report.event.count
                marks.append(Mark(q.span, "count", f"count: {q.value} ({q.qualifier})"))
            evidence.append(highlighted(text, report.event.evidence.start, report.event.evidence.end, marks))
        return page(request, "situation.html", d=data, svg=svg, f=f, types=_types(), evidence=evidence)

    @app.get("/situations/{situation_id}/brief", response_class=HTMLResponse, include_in_schema=False)
    def brief_page(request: Request, situation_id: int) -> HTMLResponse:
        """The brief, printable, every line citing its reports; reading it does not record it."""
        brief = store.sitrep(situation_id, record=False)
        parts = ("happened", "where", "said", "disputed", "running_totals")
        cited = {a for part in parts for line in brief.data[part] for a in line["articles"]}
        sources = {a.article.id: f"{a.article.source} {a.article.id[:8]}" for a in store.analyses_of(sorted(cited))}
        return page(request, "brief.html", brief=brief.data, sources=sources)

    @app.get("/api/outlets/{source:path}", tags=["articles"])
    def api_outlet(source: str, offset: int = Query(0, ge=0)) -> dict[str, Any]:
        """One outlet: its number of reports, its latest 50 (`offset` pages) and the situations it reported."""
        return store.outlet(source, offset=offset)

    @app.get("/outlets/{source:path}", response_class=HTMLResponse, include_in_schema=False)
    def outlet_page(request: Request, source: str, offset: int = Query(0, ge=0)) -> HTMLResponse:
        return page(request, "outlet.html", o=store.outlet(source, offset=offset), page_size=50)

    @app.get("/api/situations/{situation_id}/timeline", tags=["situations"])
    def api_timeline(
        situation_id: int, f: EventFilter = Depends(), latest: int | None = Query(None, ge=1)
    ) -> list[dict[str, Any]]:
        """The whole timeline, or the one of the `latest` reports."""
        store.situation(situation_id)
        return [timeline_event_to_dict(t) for t in store.timeline(situation_id, latest=latest) if f.keeps(t)]

    @app.get("/api/situations/{situation_id}/sitrep", tags=["situations"])
    def api_sitrep(situation_id: int, fmt: str = Query("json", alias="format")) -> Response:
        """The brief, as Markdown (`format=md`) or JSON; reading it here does not record it."""
        brief = store.sitrep(situation_id, record=False)
        if fmt == "md":
            return PlainTextResponse(
                brief.markdown,
                media_type="text/markdown",
                headers=_attachment(f"sitroom-situation-{situation_id}-brief.md"),
            )
        return JSONResponse(brief.data)

    @app.get("/api/situations/{situation_id}/export", tags=["exports"])
    def api_export(situation_id: int, fmt: str = Query("json", alias="format"), f: EventFilter = Depends()) -> Response:
        """The filtered timeline exactly as on screen: JSON, CSV (one row per report) or GeoJSON."""
        data, timeline, _ = situation_parts(situation_id, f)
        name = f"sitroom-situation-{situation_id}-timeline"
        if fmt == "csv":
            return PlainTextResponse(
                _timeline_csv(situation_id, timeline), media_type="text/csv", headers=_attachment(f"{name}.csv")
            )
        if fmt == "geojson":
            return JSONResponse(
                _geojson(data), media_type="application/geo+json", headers=_attachment(f"{name}.geojson")
            )
        return JSONResponse(data["timeline"], headers=_attachment(f"{name}.json"))

    @app.post(
        "/api/situations/{situation_id}/merge", tags=["situations"], dependencies=[Depends(require_token)], **_write()
    )
    async def api_merge(situation_id: int, request: Request) -> dict[str, Any]:
        """Body: {"others": [ids]}. Folds them into this situation."""
        body = await json_body(request)
        others = body.get("others") if isinstance(body, dict) else None
        if not isinstance(others, list) or not all(isinstance(o, int) for o in others):
            raise HTTPException(400, 'body must be {"others": [situation ids]}')
        store.merge_situations(situation_id, others)
        return situation_to_dict(store.situation(situation_id))

    # -- articles -----------------------------------------------------------------------------

    @app.get("/api/articles", tags=["articles"])
    def api_articles(
        q: str | None = None, order: SearchOrder = "relevance", limit: int = Query(50, ge=1, le=1000)
    ) -> list[dict[str, Any]]:
        """Latest articles first; `q` searches titles and text (words, "a phrase", AND, OR, NOT),
        best matches first (`order=relevance`, BM25) or newest first (`order=newest`)."""
        return [
            {
                "id": a.id,
                "source": a.source,
                "published": a.published.isoformat(),
                "title": a.title,
                "entities": a.entities,
                "snippet": a.snippet,
            }
            for a in store.articles(limit=limit, query=_fts(q), order=order)
        ]

    @app.get("/api/articles/{article_id}", tags=["articles"])
    def api_article(article_id: str) -> dict[str, Any]:
        analysis = store.analysis(article_id)
        return {**analysis_to_dict(analysis), "situation": store.situation_of(analysis.article.id)}

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, article_id: str) -> HTMLResponse:
        analysis = store.analysis(article_id)
        text = analysis.article.text
        marks = marks_of(analysis)
        body = [
            highlighted(text, p.span.start, p.span.end, marks)
            for p in analysis.document.paragraphs
            if p.kind in ("dateline", "body")  # the dateline shown as the line it opens
        ]
        captions = [
            {
                "text": highlighted(text, c.places[0].text_span.start, c.places[0].text_span.end, marks),
                "credits": [pl.credit for pl in c.places],
            }
            for c in analysis.document.captions
        ]
        return page(
            request,
            "article.html",
            a=analysis,
            body=body,
            captions=captions,
            situation=store.situation_of(analysis.article.id),
            entities=analysis.entities,
        )

    @app.post(
        "/api/articles",
        tags=["articles"],
        dependencies=[Depends(require_token)],
        **_write({"oneOf": [ARTICLE_IN, {"type": "array", "items": ARTICLE_IN}]}),
    )
    async def api_ingest(request: Request) -> dict[str, Any]:
        """Ingest one article `{"text", "date", "title"?, "source"?, "url"?}` or a list of them."""
        body = await json_body(request)
        records = body if isinstance(body, list) else [body]
        if len(records) > MAX_BATCH:
            raise HTTPException(413, f"at most {MAX_BATCH} articles in one request")
        articles, errors = [], []
        for k, record in enumerate(records):
            item = article_from_record(record, f"article {k}", "api")
            (errors if isinstance(item, InputError) else articles).append(item)
        if errors:
            raise HTTPException(400, "; ".join(str(e) for e in errors))
        # The analysis takes seconds for a batch: it runs in a worker thread, so that pages, the API
        # and the live updates keep answering meanwhile; one batch at a time (the model is shared).
        return {"articles": await run_in_threadpool(ingest_batch, articles)}

    def ingest_batch(articles: list[Article]) -> list[dict[str, Any]]:
        with analysing:
            results = []
            for analysis in analyze_articles(articles, options.model, options.events):
                stored = store.save(analysis)
                results.append(
                    {"id": analysis.article.id, "stored": stored, "situation": store.situation_of(analysis.article.id)}
                )
            send_pending(store, options.alert_webhook, options.alert_command)
            return results

    @app.get("/api/quotes", tags=["quotes"])
    def api_quotes(
        q: str | None = None, entity: str | None = None, limit: int = Query(50, ge=1, le=1000)
    ) -> list[dict[str, Any]]:
        """Quotes and reported statements, newest first: of one canonical `entity`, or containing `q`."""
        return store.quotes(q, entity, limit)

    # -- entities -----------------------------------------------------------------------------

    @app.get("/api/entities", tags=["entities"])
    def api_entities(q: str = Query(..., min_length=2), limit: int = Query(20, ge=1, le=200)) -> list[dict[str, Any]]:
        """Canonical entities whose name contains `q`, with the number of articles naming them."""
        return store.entity_names(q, limit)

    @app.get("/api/entities/{name:path}", tags=["entities"])
    def api_entity(name: str) -> dict[str, Any]:
        """An entity under every name it goes by: mentions, quotes and events, newest first, with totals.
        A name with `/` in it (`AC/DC`) is written as it is."""
        return {"name": name, **store.entity_report(name)}

    @app.get("/entities/{name:path}", response_class=HTMLResponse, include_in_schema=False)
    def entity_page(request: Request, name: str) -> HTMLResponse:
        return page(request, "entity.html", name=name, r=store.entity_report(name))

    # -- alerts -------------------------------------------------------------------------------

    @app.get("/api/alerts", tags=["alerts"])
    def api_alerts(after: int = 0, limit: int = Query(50, ge=1, le=1000)) -> list[dict[str, Any]]:
        """Alerts raised, newest first; `after` keeps only those with a larger id (for live pages)."""
        return [asdict(n) for n in store.notifications(limit=limit) if n.id > after]

    @app.get("/api/alerts/rules", tags=["alerts"])
    def api_rules() -> list[dict[str, Any]]:
        return [{**rule_to_dict(r), "silenced": r.silenced} for r in store.rules()]

    @app.post(
        "/api/alerts/rules",
        tags=["alerts"],
        dependencies=[Depends(require_token)],
        **_write(
            {
                "oneOf": [
                    RULE_IN,
                    {"type": "array", "items": RULE_IN},
                    {"type": "object", "required": ["toml"], "properties": {"toml": {"type": "string"}}},
                ]
            }
        ),
    )
    async def api_add_rules(request: Request, replace: bool = False) -> list[dict[str, Any]]:
        """A rule as JSON (the fields of docs/situations.md), a list of them, or {"toml": "..."}.
        A rule whose name is taken is refused (409) unless `replace=true`."""
        body = await json_body(request)
        if isinstance(body, dict) and "toml" in body:
            rules = parse_rules(str(body["toml"]), "posted rules")
        else:
            rules = [rule_from_dict(r, "posted rule") if isinstance(r, dict) else _bad_rule() for r in _listed(body)]
        taken = sorted({r.name for r in store.rules()} & {r.name for r in rules})
        if taken and not replace:
            raise HTTPException(409, f"a rule named {taken[0]!r} exists: POST with ?replace=true to replace it")
        store.add_rules(rules)
        return [rule_to_dict(r) for r in rules]

    @app.post(
        "/api/alerts/rules/{name:path}/silence", tags=["alerts"], dependencies=[Depends(require_token)], **_write()
    )
    def api_silence(name: str, on: bool = True) -> dict[str, Any]:
        store.silence_rule(name, on)
        return {"name": name, "silenced": on}

    @app.delete("/api/alerts/rules/{name:path}", tags=["alerts"], dependencies=[Depends(require_token)], **_write())
    def api_delete_rule(name: str) -> dict[str, Any]:
        store.delete_rule(name)
        return {"name": name, "deleted": True}

    @app.get("/alerts", response_class=HTMLResponse, include_in_schema=False)
    def alerts_page(request: Request) -> HTMLResponse:
        return page(
            request,
            "alerts.html",
            rules=store.rules(),
            alerts=[asdict(n) for n in store.notifications(limit=200)],
            types=_types(),
        )

    @app.get("/api/updates", tags=["live"])
    def api_updates() -> dict[str, int]:
        """Counters of the latest article and alert: a page polls this and reloads its parts when they move."""
        return store.latest()

    return app


def _quotes(analyses: list[Any]) -> list[dict[str, Any]]:
    found = []
    for analysis in analyses:
        text = analysis.article.text
        for a in analysis.attributions:
            if a.in_caption:
                continue
            found.append(
                {
                    "article_id": analysis.article.id,
                    "source": (a.source.entity or a.source.text) if a.source else None,
                    "entity": a.source.entity if a.source else None,
                    "cue": a.cue_text,
                    "content": " … ".join(" ".join(p.of(text).split()) for p in (a.content, *a.continued)),
                    "direct": a.direct,
                }
            )
    return found


def _claims(analyses: list[Any]) -> list[dict[str, Any]]:
    found = []
    for analysis in analyses:
        text = analysis.article.text
        for c in analysis.claims:
            source = analysis.attributions[c.attribution].source
            found.append(
                {
                    "article_id": analysis.article.id,
                    "source": (source.entity or source.text) if source else None,
                    "content": " ".join(c.content.of(text).split()),
                    "framing": c.framing,
                    "signals": [s.of(text) for s in c.signals],
                    "counter": " ".join(c.counter.of(text).split()) if c.counter else None,
                }
            )
    return found


def _timeline_csv(situation_id: int, timeline: list[Any]) -> str:
    """The same rows as the `timeline` table of `sitroom export`, one per report of each incident."""
    import csv
    import io

    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CORPUS_TABLES["timeline"])
    writer.writeheader()
    writer.writerows(timeline_rows(situation_id, timeline))
    return out.getvalue()


def _attachment(filename: str) -> dict[str, str]:
    """Headers that make a browser save an export under a name that says what it is."""
    return {"Content-Disposition": f'attachment; filename="{filename}"'}


def _geojson(data: dict[str, Any]) -> dict[str, Any]:
    coords = {p["name"]: (p["longitude"], p["latitude"]) for p in data["places"]}
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": list(coords[t["place"]])},
            "properties": {
                "type": t["type"],
                "date": t["date"]["value"] if t["date"] else None,
                "place": t["place"],
                "sources": t["sources"],
                "evidence": t["reports"][0]["evidence"]["text"],
            },
        }
        for t in data["timeline"]
        if t["place"] in coords
    ]
    return {"type": "FeatureCollection", "features": features}


def _types() -> list[str]:
    from ..nlp.events import EVENT_TYPES

    return [t.name for t in EVENT_TYPES]


def _fts(q: str | None) -> str | None:
    """A search box as an FTS5 query: "phrases" kept, AND, OR and NOT (in capitals) as operators,
    every other word quoted (so no character of it is read as syntax); words side by side are all
    required. An operator with nothing to join is dropped."""
    if not q:
        return None
    parts: list[str] = []
    for phrase, word in re.findall(r'"([^"]*)"|(\S+)', q):
        if phrase.strip():
            parts.append('"' + phrase.strip() + '"')
        elif word in ("AND", "OR", "NOT"):
            parts.append(word)
        elif word.replace('"', ""):
            parts.append('"' + word.replace('"', "") + '"')
    while parts and parts[0] in ("AND", "OR", "NOT"):
        parts.pop(0)
    while parts and parts[-1] in ("AND", "OR", "NOT"):
        parts.pop()
    cleaned: list[str] = []
    for part in parts:  # two operators in a row: the first stays
        if not (part in ("AND", "OR", "NOT") and cleaned and cleaned[-1] in ("AND", "OR", "NOT")):
            cleaned.append(part)
    return " ".join(cleaned) or None


def _listed(body: Any) -> list[Any]:
    return body if isinstance(body, list) else [body]


def _bad_rule() -> Any:
    raise HTTPException(400, "a rule must be a JSON object")


__all__ = ["create_app", "ensure_token"]
