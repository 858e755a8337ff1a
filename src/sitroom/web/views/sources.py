"""Followed sources and their health, and the versions of a followed page."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import HTMLResponse

from ...corpus.revisions import Revision
from ...settings import FollowConfig
from ...sources.feeds import SourceSpec, source_spec
from ...store.following import FollowedSource, PageVersion
from ..room import MISSING, Room, write_route

SOURCE_IN = {
    "type": "object",
    "required": ["url"],
    "properties": {
        "url": {"type": "string", "description": "an RSS, Atom or JSON feed, a news sitemap or a list of URLs"},
        "name": {"type": "string"},
        "language": {"type": "string", "description": "en, pt-BR..."},
        "country": {"type": "string"},
        "interval_s": {"type": "integer", "minimum": 60},
    },
}
FAILING_AFTER = FollowConfig().failing_after


def source_to_dict(source: FollowedSource, pages: dict[str, int]) -> dict[str, Any]:
    return {
        **asdict(source),
        "health": source.health(FAILING_AFTER),
        "median_latency_ms": source.median_latency_ms,
        "pages": pages,
    }


def version_to_dict(version: PageVersion, revision: Revision | None) -> dict[str, Any]:
    found: dict[str, Any] = {
        "url": version.url,
        "version": version.version,
        "article_id": version.article_id,
        "fetched_at": version.fetched_at,
    }
    if revision is not None:
        found["changes"] = {
            "figures": [asdict(f) for f in revision.figures],
            "events_added": list(revision.events_added),
            "events_removed": list(revision.events_removed),
            "quotes_added": list(revision.quotes_added),
            "quotes_removed": list(revision.quotes_removed),
            "events_revised": [list(pair) for pair in revision.events_revised],
            "quotes_revised": [list(pair) for pair in revision.quotes_revised],
            "text": list(revision.text),
        }
    return found


def _spec(body: Any) -> SourceSpec:
    if not isinstance(body, dict) or not isinstance(body.get("url"), str):
        raise HTTPException(400, "a source is a JSON object with a url")
    language, interval, name, country = (body.get(k) for k in ("language", "interval_s", "name", "country"))
    if not isinstance(language, str | None) or not isinstance(interval, int | None):
        raise HTTPException(400, "language is a string and interval_s a number of seconds")
    try:
        return source_spec(
            body["url"], str(name) if name else None, language, str(country) if country else None, interval
        )
    except ValueError as exc:
        raise HTTPException(400, str(exc)) from exc


def router(room: Room) -> APIRouter:
    routes = APIRouter()
    store = room.store

    def listed() -> list[dict[str, Any]]:
        pages = store.source_pages()
        return [source_to_dict(s, pages.get(s.id, {})) for s in store.followed_sources()]

    @routes.get("/api/sources", tags=["sources"])
    def api_sources() -> list[dict[str, Any]]:
        """The followed sources with their health: last success and error, items seen, median
        latency, pages by state (due, fetched, stored, failed, refused)."""
        return listed()

    @routes.post("/api/sources", tags=["sources"], dependencies=[Depends(room.require_token)], **write_route(SOURCE_IN))
    async def api_add_source(request: Request) -> dict[str, Any]:
        """Follow a feed, news sitemap or URL list (`sitroom follow` or `serve --follow` polls it);
        a URL already followed takes the values given."""
        spec = _spec(await room.json_body(request))
        ((source, new),) = store.add_sources([spec], FollowConfig().interval_s)
        return {**source_to_dict(source, {}), "new": new}

    @routes.get("/api/articles/{article_id}/versions", tags=["articles"], responses=MISSING)
    def api_versions(article_id: str) -> list[dict[str, Any]]:
        """The versions of the followed page an article was read from, oldest first, each with
        what changed since the one before (figures, events and quotes added or removed, the text)."""
        analysis = store.analysis(article_id)
        return [version_to_dict(v, r) for v, r in store.page_revisions(analysis.article.id)]

    @routes.get("/sources", response_class=HTMLResponse, include_in_schema=False)
    def sources_page(request: Request) -> HTMLResponse:
        return room.page(request, "sources.html", sources=listed())

    return routes
