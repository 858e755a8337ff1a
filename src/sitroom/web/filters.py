"""The one filter of the situation room: time range, event types, place, actor and words. It
drives the timeline, the map and the export alike (the export link carries the same query), and
a new watch rule is made from it."""

from __future__ import annotations

from datetime import date
from typing import Any
from urllib.parse import urlencode

from fastapi import HTTPException, Query

from ..model import TimelineEvent


class EventFilter:
    def __init__(
        self,
        since: str | None = Query(None, description="first day (YYYY-MM-DD); empty for no bound"),
        until: str | None = Query(None, description="last day (YYYY-MM-DD); empty for no bound"),
        type: list[str] = Query([], description="event types; any of them"),  # noqa: A002 (the query's name)
        place: str | None = Query(None, description="words of the place"),
        actor: str | None = Query(None, description="words of an actor's or target's name"),
        text: str | None = Query(None, description="words of the evidence sentences"),
    ) -> None:
        # A form sends a date left empty as `since=`: that is no bound, not an error.
        self.since, self.until = _day("since", since), _day("until", until)
        self.types = [t for t in type if t]
        self.place, self.actor, self.text = place or None, actor or None, text or None

    def keeps(self, event: TimelineEvent) -> bool:
        day = event.date.first_day if event.date and event.date.first_day else event.reported
        if (self.since and day < self.since) or (self.until and day > self.until):
            return False
        if self.types and event.type not in self.types:
            return False
        if self.place and self.place.lower() not in (event.place or "").lower():
            return False
        if self.actor and not any(self.actor.lower() in (x or "").lower() for x in (event.actor, event.target)):
            return False
        return not (self.text and not any(self.text.lower() in r.evidence.lower() for r in event.reports))

    def keeps_statement(self, source: str | None, content: str) -> bool:
        """A quote or claim under the same filter: the actor as its source, the words in what was said."""
        if self.actor and self.actor.lower() not in (source or "").lower():
            return False
        return not (self.text and self.text.lower() not in content.lower())

    def as_query(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None,
            "type": self.types,
            "place": self.place,
            "actor": self.actor,
            "text": self.text,
        }
        return {k: v for k, v in values.items() if v}

    def query_string(self) -> str:
        return urlencode(self.as_query(), doseq=True)


def _day(name: str, value: str | None) -> date | None:
    if value is None or not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError as exc:
        raise HTTPException(400, f"{name}: not a date (YYYY-MM-DD): {value!r}") from exc
