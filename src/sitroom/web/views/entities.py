"""Entities across the store: names found, and one entity under every name it goes by."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from ..room import Room


def router(room: Room) -> APIRouter:
    routes = APIRouter()
    store = room.store

    @routes.get("/api/entities", tags=["entities"])
    def api_entities(q: str = Query(..., min_length=2), limit: int = Query(20, ge=1, le=200)) -> list[dict[str, Any]]:
        """Canonical entities whose name contains `q`, with the number of articles naming them."""
        return store.entity_names(q, limit)

    @routes.get("/api/entities/{name:path}", tags=["entities"])
    def api_entity(name: str) -> dict[str, Any]:
        """An entity under every name it goes by: mentions, quotes and events, newest first, with totals.
        A name with `/` in it (`AC/DC`) is written as it is."""
        return {"name": name, **store.entity_report(name)}

    @routes.get("/entities/{name:path}", response_class=HTMLResponse, include_in_schema=False)
    def entity_page(request: Request, name: str) -> HTMLResponse:
        return room.page(request, "entity.html", name=name, r=store.entity_report(name))

    return routes
