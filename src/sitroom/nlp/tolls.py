"""A report's casualty tolls: how many people it says were killed, injured, missing, displaced or
arrested in the incident it is about, from the counts of its own events.

A report tells a toll as it stands (`at least 24 people were killed`), in parts (`74 in Nairobi
... seven in Dar es Salaam`) and beside tolls of other incidents (`where 168 people were killed in
a bombing in 1995`). The toll of a kind is the largest count of the report's events of that kind
(a total is never smaller than its parts), leaving out events dated more than a week before the
report (another incident), captions, and what is only planned, possible or denied. A report that
says none were harmed (`no one was killed`, `no reports of injuries`) has a toll of 0; one that
gives no figure has none.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from ..model import Analysis, Event

BACKGROUND = timedelta(days=7)  # an event dated further back is another incident (`in 1995`)
_UNSURE = frozenset({"possible", "planned"})


def report_tolls(analysis: Analysis) -> Mapping[str, int]:
    """The report's toll of each kind of harm it gives a figure or a denial for: killed, injured,
    missing, displaced, arrested."""
    tolls: dict[str, int] = {}
    denied: set[str] = set()
    published = analysis.article.published
    for event in analysis.events:
        if not event.casualty or event.in_caption or event.modality in _UNSURE or _background(event, published):
            continue
        if event.polarity == "negated":
            denied.add(event.casualty)
        elif event.count is not None:
            tolls[event.casualty] = max(tolls.get(event.casualty, 0), event.count.value)
    return {**dict.fromkeys(denied, 0), **tolls}


def _background(event: Event, published: date) -> bool:
    last = event.date.last_day if event.date is not None else None
    return last is not None and last < published - BACKGROUND
