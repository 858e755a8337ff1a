"""Articles (search, one article, ingest through the API), quotes, and outlets."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse
from starlette.concurrency import run_in_threadpool

from ...errors import InputError
from ...model import Article
from ...serialize import analysis_to_dict
from ...sources.jsonl import article_from_record
from ..highlight import highlighted, marks_of
from ..room import MISSING, Room, SearchOrder, fts_query, write_route

MAX_BATCH = 200  # articles in one POST
OUTLET_PAGE = 50  # reports an outlet's page shows
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


def router(room: Room) -> APIRouter:
    routes = APIRouter()
    store, options = room.store, room.options

    @routes.get("/api/articles", tags=["articles"])
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
            for a in store.articles(limit=limit, query=fts_query(q), order=order)
        ]

    @routes.get("/api/articles/{article_id}", tags=["articles"], responses=MISSING)
    def api_article(article_id: str) -> dict[str, Any]:
        analysis = store.analysis(article_id)
        return {**analysis_to_dict(analysis), "situation": store.situation_of(analysis.article.id)}

    @routes.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
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
        return room.page(
            request,
            "article.html",
            a=analysis,
            body=body,
            captions=captions,
            situation=store.situation_of(analysis.article.id),
            entities=analysis.entities,
            versions=store.page_revisions(analysis.article.id),
        )

    @routes.post(
        "/api/articles",
        tags=["articles"],
        dependencies=[Depends(room.require_token)],
        status_code=202,
        **write_route({"oneOf": [ARTICLE_IN, {"type": "array", "items": ARTICLE_IN}]}),
    )
    async def api_ingest(request: Request, wait: bool = False) -> JSONResponse:
        """Ingest one article `{"text", "date", "title"?, "source"?, "url"?}` or a list of them, as
        a background job: 202 with the job's id at once, its progress at `/api/jobs/ID`. With
        `wait=true` the answer waits for the job and is 200 with what was stored."""
        body = await room.json_body(request)
        records = body if isinstance(body, list) else [body]
        if len(records) > MAX_BATCH:
            raise HTTPException(413, f"at most {MAX_BATCH} articles in one request")
        articles, errors = [], []
        for k, record in enumerate(records):
            item = article_from_record(record, f"article {k}", "api")
            (errors if isinstance(item, InputError) else articles).append(item)
        if errors:
            raise HTTPException(400, "; ".join(str(e) for e in errors))
        job = room.jobs.submit(articles, store_batch, send_alerts)
        if not wait:
            return JSONResponse({**job.as_dict(), "status": f"/api/jobs/{job.id}"}, status_code=202)
        await run_in_threadpool(job.finished.wait)  # a worker thread waits, not the server's loop
        if job.state == "failed":
            raise HTTPException(500, f"the batch failed: {job.error}")
        return JSONResponse(job.as_dict(), status_code=200)

    def store_batch(articles: Sequence[Article]) -> list[dict[str, Any]]:
        results = []
        for analysis in room.jobs.analyse(articles, options.model, options.events):
            stored = store.save(analysis)
            results.append(
                {"id": analysis.article.id, "stored": stored, "situation": store.situation_of(analysis.article.id)}
            )
        return results

    def send_alerts() -> None:
        if room.sender is not None:
            room.sender.wake()  # its own thread sends them: a slow webhook holds up no batch

    @routes.get("/api/jobs/{job_id}", tags=["articles"], responses=MISSING)
    def api_job(job_id: str) -> dict[str, Any]:
        """A posted batch: queued, running, done or failed; how many of its articles are stored, and each."""
        job = room.jobs.get(job_id)
        if job is None:
            raise HTTPException(
                404, f"no job {job_id!r} (finished jobs are kept while the server runs, the latest 200)"
            )
        return job.as_dict()

    @routes.get("/api/quotes", tags=["quotes"])
    def api_quotes(
        q: str | None = None, entity: str | None = None, limit: int = Query(50, ge=1, le=1000)
    ) -> list[dict[str, Any]]:
        """Quotes and reported statements, newest first: of one canonical `entity`, or containing `q`."""
        return store.quotes(q, entity, limit)

    @routes.get("/api/outlets/{source:path}", tags=["articles"], responses=MISSING)
    def api_outlet(source: str, offset: int = Query(0, ge=0)) -> dict[str, Any]:
        """One outlet: its number of reports, its latest 50 (`offset` pages) and the situations it reported."""
        return store.outlet(source, limit=OUTLET_PAGE, offset=offset)

    @routes.get("/outlets/{source:path}", response_class=HTMLResponse, include_in_schema=False)
    def outlet_page(request: Request, source: str, offset: int = Query(0, ge=0)) -> HTMLResponse:
        outlet = store.outlet(source, limit=OUTLET_PAGE, offset=offset)
        return room.page(request, "outlet.html", o=outlet, page_size=OUTLET_PAGE)

    return routes
