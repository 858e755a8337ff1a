"""The situation room's one event filter (corpus/query.py) read from a request's query string."""

from __future__ import annotations

from fastapi import HTTPException, Query

from ..corpus.query import EventQuery, event_query


def event_filter(
    since: str | None = Query(None, description="first day (YYYY-MM-DD); empty for no bound"),
    until: str | None = Query(None, description="last day (YYYY-MM-DD); empty for no bound"),
    type: list[str] = Query([], description="event types; any of them"),  # noqa: A002 (the query's name)
    place: str | None = Query(None, description="words of the place"),
    actor: str | None = Query(None, description="words of an actor's or target's name"),
    text: str | None = Query(None, description="words of the evidence sentences"),
) -> EventQuery:
    try:
        return event_query(since, until, type, place, actor, text)
    except ValueError as exc:
        raise HTTPException(400, str(exc)) from exc
