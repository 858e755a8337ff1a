"""The one filter of a situation's events: time range, event types, place, actor and words. It
drives the timeline, the map and the export of the web room alike (the export link carries the
same query), `sitroom timeline`'s options, and a new watch rule is made from it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import urlencode

from ..model import TimelineEvent


@dataclass(frozen=True)
class EventQuery:
    since: date | None = None
    until: date | None = None
    types: tuple[str, ...] = ()  # any of them
    place: str | None = None  # words of the place
    actor: str | None = None  # words of an actor's or target's name
    text: str | None = None  # words of the evidence sentences

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
            "type": list(self.types),
            "place": self.place,
            "actor": self.actor,
            "text": self.text,
        }
        return {k: v for k, v in values.items() if v}

    def query_string(self) -> str:
        return urlencode(self.as_query(), doseq=True)


def event_query(
    since: str | None = None,
    until: str | None = None,
    types: Iterable[str] = (),
    place: str | None = None,
    actor: str | None = None,
    text: str | None = None,
) -> EventQuery:
    """The filter from what a person typed: an empty field is no bound (a form sends `since=`); a
    date that is not YYYY-MM-DD is a ValueError naming the field."""
    return EventQuery(
        since=day_bound("since", since),
        until=day_bound("until", until),
        types=tuple(t for t in types if t),
        place=place or None,
        actor=actor or None,
        text=text or None,
    )


def day_bound(name: str, value: str | None) -> date | None:
    """A day typed into field `name`: None when left empty; a ValueError naming the field when it
    is not YYYY-MM-DD."""
    if value is None or not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError as exc:
        raise ValueError(f"{name}: not a date (YYYY-MM-DD): {value!r}") from exc
