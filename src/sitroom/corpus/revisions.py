"""What changed between two versions of a page: the text, and the facts read from it.

A reader of a revised report wants to know what the outlet changed, not only that it did: a toll
raised, a quote added, an event no longer told. Text changes are compared by sentence-sized
lines; facts by what they say (an event by its type, casualty, count and evidence sentence; a
quote by its speaker and words), never by character offsets, which move with any edit above them.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, replace

from ..model import Analysis, Event, Quantity, TimelineEvent
from ..nlp.counts import describe_count


@dataclass(frozen=True)
class FigureChange:
    """A count of one kind of event that the new version states differently (`killed: 3 → 5`)."""

    type: str
    casualty: str
    before: str
    after: str


@dataclass(frozen=True)
class Revision:
    before: str  # article ids
    after: str
    text: tuple[str, ...]  # unified diff lines of the text, by sentence
    events_added: tuple[str, ...]
    events_removed: tuple[str, ...]
    quotes_added: tuple[str, ...]
    quotes_removed: tuple[str, ...]
    events_revised: tuple[tuple[str, str], ...]  # (before, after): the same event told with other numbers
    quotes_revised: tuple[tuple[str, str], ...]
    figures: tuple[FigureChange, ...]

    @property
    def changed_facts(self) -> bool:
        return bool(
            self.events_added or self.events_removed or self.quotes_added or self.quotes_removed or self.figures
        )


def compare(before: Analysis, after: Analysis) -> Revision:
    old_events, new_events = _events(before), _events(after)
    old_quotes, new_quotes = _quotes(before), _quotes(after)
    return Revision(
        before=before.article.id,
        after=after.article.id,
        text=tuple(_text_diff(before.article.text, after.article.text)),
        events_added=_new(new_events, old_events),
        events_removed=_new(old_events, new_events),
        quotes_added=_new(new_quotes, old_quotes),
        quotes_removed=_new(old_quotes, new_quotes),
        events_revised=_revised(old_events, new_events),
        quotes_revised=_revised(old_quotes, new_quotes),
        figures=tuple(_figures(before, after)),
    )


# Numbers, in digits or words: an event or quote whose sentence differs only in them is the same
# one told with a revised figure, not one removed and another added.
_NUMBER = re.compile(
    r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores|"
    r"hundreds?|thousands?|millions?|[a-z]+teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty)\b",
    re.IGNORECASE,
)


def _masked(line: str) -> str:
    return _NUMBER.sub("#", line).lower()


def _new(lines: list[str], others: list[str]) -> tuple[str, ...]:
    """The lines not among `others`, even with their numbers set aside."""
    masked = {_masked(o) for o in others}
    return tuple(line for line in lines if line not in others and _masked(line) not in masked)


def _revised(before: list[str], after: list[str]) -> tuple[tuple[str, str], ...]:
    """Pairs told in both versions with other numbers."""
    earlier = {_masked(b): b for b in before if b not in after}
    return tuple((earlier[_masked(a)], a) for a in after if a not in before and _masked(a) in earlier)


_SENTENCE_END = re.compile(r"(?<=[.!?\"”])\s+(?=[A-Z“\"])")


def _lines(text: str) -> list[str]:
    return [s.strip() for p in text.splitlines() for s in _SENTENCE_END.split(p) if s.strip()]


def _text_diff(before: str, after: str) -> list[str]:
    diff = difflib.unified_diff(_lines(before), _lines(after), "before", "after", n=1, lineterm="")
    return [line for line in diff if not line.startswith(("---", "+++"))]


def _event_line(event: Event, text: str) -> str:
    count = f" {_count(event.count)}" if event.count else ""
    evidence = " ".join(event.evidence.of(text).split())
    return f"{event.type}{count}: {evidence}"


def _events(analysis: Analysis) -> list[str]:
    text = analysis.article.text
    return [_event_line(e, text) for e in analysis.events if not e.in_caption and e.polarity != "negated"]


def _quotes(analysis: Analysis) -> list[str]:
    text = analysis.article.text
    found = []
    for quote in analysis.attributions:
        speaker = (quote.source.entity or quote.source.text) if quote.source else "unnamed"
        found.append(f"{speaker}: {' '.join(quote.content.of(text).split())}")
    return found


def _figures(before: Analysis, after: Analysis) -> list[FigureChange]:
    """Counts of one type and casualty that differ: the highest each version states."""
    old, new = _highest(before), _highest(after)
    return [
        FigureChange(kind, casualty, old[(kind, casualty)][1], new[(kind, casualty)][1])
        for kind, casualty in sorted(old.keys() & new.keys())
        if old[(kind, casualty)][0] != new[(kind, casualty)][0]
    ]


def _highest(analysis: Analysis) -> dict[tuple[str, str], tuple[int, str]]:
    found: dict[tuple[str, str], tuple[int, str]] = {}
    for event in analysis.events:
        if event.count is None or event.in_caption or event.polarity == "negated":
            continue
        key = (event.type, event.casualty)
        if key not in found or event.count.value > found[key][0]:
            found[key] = (event.count.value, _count(event.count))
    return found


def _count(quantity: Quantity) -> str:
    return describe_count(quantity.value, quantity.qualifier, quantity.low, quantity.high)


def with_revisions(timeline: list[TimelineEvent], earlier: dict[str, list[Analysis]]) -> list[TimelineEvent]:
    """The timeline with, on each incident, the figures that a report's earlier versions gave
    otherwise (`earlier`: a latest version's article id to its earlier versions, oldest first):
    `3 → 5 (Harbour Courier, revised)`."""
    found = []
    for incident in timeline:
        notes = []
        for report in incident.reports:
            count = report.event.count
            if count is None or report.article_id not in earlier:
                continue
            figures = [_highest(a).get((incident.type, incident.casualty)) for a in earlier[report.article_id]]
            was = [text for value, text in filter(None, figures) if value != count.value]
            if was:
                notes.append(f"{' → '.join(dict.fromkeys(was))} → {_count(count)} ({report.source}, revised)")
        found.append(replace(incident, revised=tuple(dict.fromkeys(notes))) if notes else incident)
    return found
