"""Articles (search, one article, ingest through the API), quotes, and outlets."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from starlette.concurrency import run_in_threadpool

from ...errors import InputError
from ...ingest import analyze_articles
from ...model import Article
from ...notify import send_pending
from ...serialize import analysis_to_dict
from ...sources.jsonl import article_from_record
from ..highlight import highlighted, marks_of
from ..room import Room, SearchOrder, fts_query, write_route

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

    @routes.get("/api/articles/{article_id}", tags=["articles"])
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
        )

    @routes.post(
        "/api/articles",
        tags=["articles"],
        dependencies=[Depends(room.require_token)],
        **write_route({"oneOf": [ARTICLE_IN, {"type": "array", "items": ARTICLE_IN}]}),
    )
    async def api_ingest(request: Request) -> dict[str, Any]:
        """Ingest one article `{"text", "date", "title"?, "source"?, "url"?}` or a list of them."""
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
        # The analysis takes seconds for a batch: it runs in a worker thread, so that pages, the API
        # and the live updates keep answering meanwhile; one batch at a time (the model is shared).
        return {"articles": await run_in_threadpool(ingest_batch, articles)}

    def ingest_batch(articles: list[Article]) -> list[dict[str, Any]]:
        with room.analysing:
            results = []
            for analysis in analyze_articles(articles, options.model, options.events):
                stored = store.save(analysis)
                results.append(
                    {"id": analysis.article.id, "stored": stored, "situation": store.situation_of(analysis.article.id)}
                )
            send_pending(store, options.alert_webhook, options.alert_command)
            return results

    @routes.get("/api/quotes", tags=["quotes"])
    def api_quotes(
        q: str | None = None, entity: str | None = None, limit: int = Query(50, ge=1, le=1000)
    ) -> list[dict[str, Any]]:
        """Quotes and reported statements, newest first: of one canonical `entity`, or containing `q`."""
        return store.quotes(q, entity, limit)

    @routes.get("/api/outlets/{source:path}", tags=["articles"])
    def api_outlet(source: str, offset: int = Query(0, ge=0)) -> dict[str, Any]:
        """One outlet: its number of reports, its latest 50 (`offset` pages) and the situations it reported."""
        return store.outlet(source, limit=OUTLET_PAGE, offset=offset)

    @routes.get("/outlets/{source:path}", response_class=HTMLResponse, include_in_schema=False)
    def outlet_page(request: Request, source: str, offset: int = Query(0, ge=0)) -> HTMLResponse:
        outlet = store.outlet(source, limit=OUTLET_PAGE, offset=offset)
        return room.page(request, "outlet.html", o=outlet, page_size=OUTLET_PAGE)

    return routes
