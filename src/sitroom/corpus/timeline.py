"""A situation's timeline: the events of all its articles merged into incidents, in time order.

An event joins an incident already on the timeline when the type is the same, the dates and
places do not disagree, no other event of the same article is in it, and something ties them:
the same count, the same date or place, or evidence sentences sharing their words. Otherwise it
starts an incident of its own. Negated events (`no one was arrested`) and caption events (a
photo of an event, not another event) stay off the timeline.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from ..model import Analysis, DateMention, Event, EventReport, Quantity, Tally, TallyEntry, TimelineEvent
from ..nlp.counts import count_role, describe_count
from ..nlp.dates.describe import describe_date

_PART_OF_DAY = {"MO": 1, "MI": 2, "AF": 3, "EV": 4, "NI": 5}
_PRECISION = {"time": 6, "part_of_day": 5, "day": 4, "week": 3, "month": 2, "season": 1, "quarter": 1, "year": 0}
_SAME_WORDS = 0.3  # share of words two evidence sentences must have in common to be one incident on their own


@dataclass
class _Incident:
    type: str
    role: str  # of its counts: figure, total or addition (nlp/counts.count_role)
    casualty: str  # what its counts count: killed, injured... (two tolls of one attack stay apart)
    reports: list[EventReport] = field(default_factory=list)
    words: set[str] = field(default_factory=set)


def build_timeline(articles: Sequence[tuple[Analysis, str | None]]) -> list[TimelineEvent]:
    """The timeline of a situation from its articles (each with the article it copies, if any),
    given oldest first."""
    incidents: list[_Incident] = []
    for analysis, copy_of in articles:
        text = analysis.article.text
        taken: set[int] = set()
        for event in analysis.events:
            if event.in_caption or event.polarity == "negated":
                continue
            article = analysis.article
            report = EventReport(
                article.id, article.source, article.published, copy_of, event, event.evidence.of(text).strip()
            )
            words = _words(report.evidence)
            role = _role(event, text)
            best, best_score = None, 0.0
            for k, incident in enumerate(incidents):
                if k in taken or incident.type != event.type or incident.role != role:
                    continue
                if incident.casualty != event.casualty:
                    continue
                # A running total is one line however many days it spans; an addition is new
                # events, one with another report only when it adds as many.
                if role == "total":
                    value = 1.0
                elif role == "addition" and not _same_count(incident, event):
                    value = 0.0
                else:
                    value = _tie(incident, event, words)
                if value > best_score:
                    best, best_score = k, value
            if best is None:
                incidents.append(_Incident(event.type, role, event.casualty, [report], words))
                taken.add(len(incidents) - 1)
            else:
                incidents[best].reports.append(report)
                incidents[best].words |= words
                taken.add(best)
    timeline = [_merged(incident) for incident in incidents]
    order = {id(t): k for k, t in enumerate(timeline)}
    return sorted(timeline, key=lambda t: (*_when(t), order[id(t)]))


def _role(event: Event, text: str) -> str:
    if event.count is None:
        return "figure"
    sentence = event.evidence.of(text)
    start = event.count.span.start - event.evidence.start
    return count_role(sentence, start, start + len(event.count.span.of(text)))


def _same_count(incident: _Incident, event: Event) -> bool:
    return event.count is not None and any(
        r.event.count is not None and r.event.count.value == event.count.value for r in incident.reports
    )


def _tie(incident: _Incident, event: Event, words: set[str]) -> float:
    """How strongly an event belongs to an incident; 0 when it cannot."""
    score = 0.0
    for report in incident.reports:
        other = report.event
        if not _dates_agree(other.date, event.date) or not _places_agree(other, event):
            return 0.0
        if other.count and event.count and other.count.value == event.count.value:
            score = max(score, 1.0)
        if other.date and event.date and other.date.value == event.date.value:
            score = max(score, 0.6)
        if other.place and event.place and _place(other) == _place(event):
            score = max(score, 0.6)
    overlap = len(words & incident.words) / max(min(len(words), len(incident.words)), 1)
    if overlap >= _SAME_WORDS:
        score += overlap
    return score if score >= _SAME_WORDS else 0.0


def _dates_agree(a: DateMention | None, b: DateMention | None) -> bool:
    if a is None or b is None or a.first_day is None or b.first_day is None:
        return True
    a_last, b_last = a.last_day or a.first_day, b.last_day or b.first_day
    return a.first_day <= b_last and b.first_day <= a_last


def _places_agree(a: Event, b: Event) -> bool:
    # A place inherited from a dateline is where the report was filed from, which two wire desks
    # may give differently for one incident: it never keeps two reports apart.
    if a.place_inherited or b.place_inherited:
        return True
    return a.place is None or b.place is None or _place(a) == _place(b)


def _place(event: Event) -> str | None:
    if event.place is None:
        return None
    return event.place.entity or event.place.text


def _merged(incident: _Incident) -> TimelineEvent:
    events = [r.event for r in incident.reports]
    dated = [e.date for e in events if e.date is not None]
    date = max(dated, key=lambda d: _PRECISION.get(d.granularity, 0), default=None)
    counts: dict[tuple[int, str, int, int | None], tuple[Quantity, list[str]]] = {}
    for report in incident.reports:
        q = report.event.count
        if q is not None:  # the same count in other words is one count; different counts stay apart
            counts.setdefault((q.value, q.qualifier, q.low, q.high), (q, []))[1].append(report.article_id)
    return TimelineEvent(
        type=incident.type,
        date=date,
        place=next((p for e in events if (p := _place(e))), None),
        actor=next((e.actor.entity or e.actor.text for e in events if e.actor), None),
        target=next((e.target.entity or e.target.text for e in events if e.target), None),
        counts=tuple((q, tuple(dict.fromkeys(ids))) for q, ids in counts.values()),
        reports=tuple(incident.reports),
        count_role=incident.role,
        casualty=incident.casualty,
    )


def tallies(timeline: Sequence[TimelineEvent]) -> list[Tally]:
    """The running totals of a situation: for each event type with a total reported (`52
    arrested in all`), the latest total, the totals and figures before it (of each day's figures
    the largest, a day's best estimate of the whole), and the additions (`9 more arrested`)."""
    entries: dict[tuple[str, str], dict[tuple[object, ...], TallyEntry]] = {}
    for incident in timeline:
        for report in incident.reports:
            quantity = report.event.count
            if quantity is None:
                continue
            entry = TallyEntry(quantity, incident.count_role, report.published, report.article_id, report.evidence)
            # The same figure in a copy or a second report of the same day is one entry.
            key = (quantity.value, quantity.qualifier, incident.count_role, report.published)
            entries.setdefault((incident.type, incident.casualty), {}).setdefault(key, entry)
    found = []
    for (kind, casualty), by_key in entries.items():
        listed = sorted(by_key.values(), key=lambda e: (e.published, e.quantity.value))
        totals = [e for e in listed if e.role == "total"]
        if not totals:
            continue
        latest = totals[-1]
        best_figure: dict[date, TallyEntry] = {}  # each day's largest figure
        for entry in listed:
            if entry.role == "figure" and entry.published <= latest.published:
                held = best_figure.get(entry.published)
                if held is None or entry.quantity.value > held.quantity.value:
                    best_figure[entry.published] = entry
        before = tuple(
            sorted(
                [*totals[:-1], *best_figure.values()],
                key=lambda e: (e.published, e.role == "total", e.quantity.value),
            )
        )
        additions = tuple(e for e in listed if e.role == "addition")
        found.append(Tally(kind, latest, before, additions, casualty))
    return found


def _when(event: TimelineEvent) -> tuple[str, int]:
    """Sort key: the first day, then the part of the day; an undated incident at the day it was
    first reported, after the dated ones of that day."""
    date = event.date
    if date is None or date.first_day is None:
        return (event.reported.isoformat(), 9)
    part = re.search(r"T(MO|MI|AF|EV|NI)$", date.value)
    hour = re.search(r"T(\d\d):", date.value)
    rank = _PART_OF_DAY[part.group(1)] if part else (1 + int(hour.group(1)) * 4 // 24 if hour else 0)
    return (date.first_day.isoformat(), rank)


def _words(sentence: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{4,}", sentence.lower())}


def quantity_text(quantity: Quantity) -> str:
    """`at least 10`, `52`, `200–999`: a count as a reader says it."""
    return describe_count(quantity.value, quantity.qualifier, quantity.low, quantity.high)


def when_text(event: TimelineEvent) -> str:
    """When an incident happened, in words, with the words of the report: `Tue 5 Jan 2021, night
    (overnight)`; an undated one by the day it was first reported."""
    date = event.date
    if date is None or date.first_day is None:
        return f"{describe_date(event.reported.isoformat())} (reported)"
    return f"{describe_date(date.value)} ({date.text})"


def counts_text(event: TimelineEvent, source: Callable[[tuple[str, ...]], str] | None = None) -> str:
    """An incident's counts: disagreeing figures side by side (`12 vs 15`), a running total in the
    order reported (`at least 10 → 52 in all`), an addition with its sign (`+9`); `source`, when
    given, writes after each count the articles that give it (the brief's citations)."""
    sign = "+" if event.count_role == "addition" else ""
    values = [f"{sign}{quantity_text(q)}" + (f" {source(ids)}" if source else "") for q, ids in event.counts]
    if not values:
        return ""
    if event.count_role == "total":
        return " → ".join(values) + " in all"
    return " vs ".join(values)


def type_text(event: TimelineEvent) -> str:
    """The incident's type, with what its counts count and how it is put when no report states it
    as fact: `assault (killed)`, `arrest (planned)`."""
    what = event.type.replace("_", " ")
    if event.casualty and event.casualty != "arrested":
        what = f"{what}: {event.casualty}"
    return what if event.modality == "asserted" else f"{what} ({event.modality})"


def tally_text(tally: Tally) -> str:
    """`arrest: 52 in all (2021-01-07); before: 10 at least (2021-01-06); added: +9, +17 (2021-01-07)`."""
    what = tally.casualty if tally.casualty and tally.casualty != "arrested" else tally.type.replace("_", " ")
    text = f"{what}: {quantity_text(tally.latest.quantity)} in all ({tally.latest.published})"
    if tally.before:
        text += "; before: " + ", ".join(f"{quantity_text(e.quantity)} ({e.published})" for e in tally.before)
    if tally.additions:
        text += "; added: " + ", ".join(f"+{quantity_text(e.quantity)} ({e.published})" for e in tally.additions)
    return text
