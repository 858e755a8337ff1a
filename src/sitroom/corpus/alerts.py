"""Watch rules and what they match, as plain data. The store records matches once and keeps one
notification per report; `notify.py` sends them.

Rules come from TOML (a file or the API), one table per rule:

    [[rule]]
    name = "arrests in Washington"
    priority = "flash"                    # flash, urgent or routine
    event_types = ["arrest"]              # any of these types
    near = { place = "Washington, D.C.", radius_km = 30 }   # or latitude/longitude
    actors = ["Proud Boys"]               # actor or target names (any, case-insensitive)
    min_count = 10                        # the event's count is at least this

    [[rule]]
    name = "surge of reports"
    priority = "urgent"
    spike = { window_days = 1, factor = 3.0, min_reports = 5 }

An event rule matches an event when every condition it gives holds. `near` takes the city or
landmark where the event happened; when the report does not say, the event counts as in the
watched area if most of the report's city and landmark mentions (at least three) are there and
the event's sentence or the report's lead names one of them.
A spike rule matches when a situation's reports in the last `window_days` reach `min_reports` and `factor` times its own
average over the windows before (the floor keeps one report in a quiet place from firing).
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from typing import Any

from ..errors import store_error
from ..model import Analysis, Event, ResolvedPlace, Span

PRIORITIES = ("flash", "urgent", "routine")  # most pressing first
BASELINE_WINDOWS = 7  # windows before the current one that make a situation's baseline


@dataclass(frozen=True)
class Near:
    place: str
    latitude: float
    longitude: float
    radius_km: float


@dataclass(frozen=True)
class Spike:
    window_days: int = 1
    factor: float = 3.0
    min_reports: int = 5


@dataclass(frozen=True)
class Rule:
    name: str
    priority: str = "routine"
    event_types: tuple[str, ...] = ()
    near: Near | None = None
    actors: tuple[str, ...] = ()
    min_count: int | None = None
    spike: Spike | None = None
    silenced: bool = False


@dataclass(frozen=True)
class Match:
    rule: str
    priority: str
    event: int  # index into the article's events; -1 for a spike
    reason: str


def parse_rules(text: str, origin: str) -> list[Rule]:
    """Rules from TOML; a clear E206 error naming the rule and the problem otherwise."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise store_error("E206", path=origin, reason=f"not TOML: {exc}") from exc
    tables = data.get("rule", [])
    if not isinstance(tables, list) or not tables:
        raise store_error("E206", path=origin, reason="no [[rule]] tables")
    rules = [rule_from_dict(table, origin) for table in tables]
    names = [r.name for r in rules]
    if len(set(names)) != len(names):
        raise store_error("E206", path=origin, reason="two rules share a name")
    return rules


# Bounds a rule is held to, so that no rule can make date or distance arithmetic fail at ingest.
MAX_WINDOW_DAYS = 366
MAX_FACTOR = 1_000.0
HALF_EARTH_KM = 20_038.0  # no two places on Earth are further apart


def rule_from_dict(table: Mapping[str, Any], origin: str = "rule") -> Rule:
    known = {"name", "priority", "event_types", "near", "actors", "min_count", "spike", "silenced"}
    name = table.get("name")
    where = f"rule {name!r}" if name else "a rule"

    def fail(reason: str) -> Exception:
        return store_error("E206", path=origin, reason=f"{where}: {reason}")

    if not isinstance(name, str) or not name.strip():
        raise fail("needs a name")
    unknown = sorted(set(table) - known)
    if unknown:
        raise fail(f"unknown field {unknown[0]!r}")
    priority = table.get("priority", "routine")
    if priority not in PRIORITIES:
        raise fail(f"priority must be one of {', '.join(PRIORITIES)}")
    event_types = tuple(table.get("event_types", ()))
    from ..nlp.events import EVENT_TYPES

    kinds = {t.name for t in EVENT_TYPES}
    bad = [t for t in event_types if t not in kinds]
    if bad:
        raise fail(f"unknown event type {bad[0]!r}")
    near = _near(table["near"], fail) if "near" in table else None
    spike = None
    if "spike" in table:
        try:
            spike = Spike(**table["spike"])
        except TypeError as exc:
            raise fail(f"spike: {exc}") from exc
        if not (
            isinstance(spike.window_days, int)
            and isinstance(spike.min_reports, int)
            and isinstance(spike.factor, int | float)
            and 1 <= spike.window_days <= MAX_WINDOW_DAYS
            and 0 < spike.factor <= MAX_FACTOR
            and spike.min_reports >= 1
        ):
            raise fail(
                f"spike needs whole window_days from 1 to {MAX_WINDOW_DAYS}, factor above 0 and at most"
                f" {MAX_FACTOR:g}, and whole min_reports >= 1"
            )
    min_count = table.get("min_count")
    if min_count is not None and (not isinstance(min_count, int) or min_count < 0):
        raise fail("min_count must be a whole number")
    rule = Rule(
        name=name.strip(),
        priority=priority,
        event_types=event_types,
        near=near,
        actors=tuple(table.get("actors", ())),
        min_count=min_count,
        spike=spike,
        silenced=bool(table.get("silenced", False)),
    )
    if spike is None and not (rule.event_types or rule.near or rule.actors or rule.min_count is not None):
        raise fail("gives nothing to match: event_types, near, actors, min_count or spike")
    return rule


def _near(table: Any, fail: Any) -> Near:
    if not isinstance(table, dict) or "radius_km" not in table:
        raise fail("near needs radius_km and a place or latitude/longitude")
    radius = _number(table["radius_km"], 0, HALF_EARTH_KM, "radius_km", fail, above_low=True)
    if "latitude" in table and "longitude" in table:
        latitude = _number(table["latitude"], -90, 90, "latitude", fail)
        longitude = _number(table["longitude"], -180, 180, "longitude", fail)
        return Near(str(table.get("place", "")), latitude, longitude, radius)
    from ..nlp.places import resolve_place

    place = resolve_place(str(table.get("place", "")))
    if place is None:
        raise fail(f"near: no place called {table.get('place')!r} in the gazetteer; give latitude and longitude")
    return Near(place.name, place.latitude, place.longitude, radius)


def _number(value: Any, low: float, high: float, name: str, fail: Any, above_low: bool = False) -> float:
    """A number within its bounds, or the rule's error naming the field."""
    if isinstance(value, bool) or not isinstance(value, int | float) or value != value:  # TOML allows nan
        raise fail(f"near: {name} must be a number, not {value!r}")
    if (value <= low if above_low else value < low) or value > high:
        bound = "above" if above_low else "from"
        raise fail(f"near: {name} must be {bound} {low:g} and at most {high:g}, not {value!r}")
    return float(value)


def rule_to_dict(rule: Rule) -> dict[str, Any]:
    data = {k: v for k, v in asdict(rule).items() if v not in (None, (), False)}
    for key in ("event_types", "actors"):
        if key in data:
            data[key] = list(data[key])
    return data


def event_matches(rules: Sequence[Rule], analysis: Analysis) -> list[Match]:
    """Each (rule, event) pair that holds, for the article's body events that happened."""
    places = {p.name: p for p in analysis.places}
    named = _named_points(analysis, places)
    lead = analysis.document.body[0].span if analysis.document.body else None
    found = []
    for index, event in enumerate(analysis.events):
        if event.in_caption or event.polarity == "negated":
            continue
        for rule in rules:
            if rule.silenced or rule.spike is not None:
                continue
            reason = _event_reason(rule, event, places, named, lead)
            if reason is not None:
                found.append(Match(rule.name, rule.priority, index, reason))
    return found


# Places whose point is where things happen; a country or a state stands at its capital, which
# says nothing about where in it an event was.
_POINT_KINDS = frozenset({"city", "landmark", "offset"})
# Of the places a report names, the share (and the least number of mentions) that must lie in a
# watched area for an event with no place of its own to count as being there.
_LOCAL_SHARE, _LOCAL_MENTIONS = 0.5, 3


@dataclass(frozen=True)
class _Named:
    place: ResolvedPlace
    mentions: int  # in the body
    spans: tuple[Span, ...]


def _named_points(analysis: Analysis, places: Mapping[str, ResolvedPlace]) -> list[_Named]:
    """The report's cities and landmarks with their mentions in the body."""
    named = []
    for entity in analysis.entities:
        place = places.get(entity.name)
        spans = tuple(m.span for m in entity.mentions if not m.in_caption)
        if place is not None and place.kind in _POINT_KINDS and spans:
            named.append(_Named(place, len(spans), spans))
    return named


def _event_reason(
    rule: Rule, event: Event, places: Mapping[str, ResolvedPlace], named: list[_Named], lead: Span | None
) -> str | None:
    parts = []
    if rule.event_types:
        if event.type not in rule.event_types:
            return None
        parts.append(event.type)
    if rule.near is not None:
        near = rule.near
        place = places.get(event.place.entity or "") if event.place else None
        if place is not None and place.kind in _POINT_KINDS:  # where the event happened
            distance = _km(near.latitude, near.longitude, place.latitude, place.longitude)
            if distance > near.radius_km:
                return None
            parts.append(f"{place.name}, {distance:.0f} km from {near.place or 'the point watched'}")
        elif event.place is None:  # the report does not say: the area it is about, if it is this one
            here = [
                n
                for n in named
                if _km(near.latitude, near.longitude, n.place.latitude, n.place.longitude) <= near.radius_km
            ]
            inside, total = sum(n.mentions for n in here), sum(n.mentions for n in named)
            # ... and the event's sentence or the report's lead names a place there (a report written in
            # Washington about raids in Texas talks of Washington, but not where the raids were).
            anchors = [s for s in (event.evidence, lead) if s is not None]
            placed = any(a.start <= m.start < a.end for n in here for m in n.spans for a in anchors)
            if inside < _LOCAL_MENTIONS or inside <= _LOCAL_SHARE * total or not placed:
                return None
            parts.append(f"a report about {near.place or 'the area watched'} ({inside} of its {total} place mentions)")
        else:
            return None
    if rule.actors:
        names = [p.entity or p.text for p in (event.actor, event.target) if p is not None]
        hit = next((a for a in rule.actors for n in names if a.lower() in n.lower()), None)
        if hit is None:
            return None
        parts.append(hit)
    if rule.min_count is not None:
        if event.count is None or event.count.low < rule.min_count:
            return None
        parts.append(f"count {event.count.low} >= {rule.min_count}")
    return "; ".join(parts)


def spike_reason(spike: Spike, reports_by_day: Mapping[date, int], day: date) -> str | None:
    """Why a situation's reports up to `day` make a spike, or None."""
    window = timedelta(days=spike.window_days)
    current = sum(n for d, n in reports_by_day.items() if day - window < d <= day)
    if current < spike.min_reports:
        return None
    before = [
        sum(n for d, n in reports_by_day.items() if day - (k + 1) * window < d <= day - k * window)
        for k in range(1, BASELINE_WINDOWS + 1)
    ]
    baseline = sum(before) / len(before)
    if current < spike.factor * baseline:
        return None
    return f"{current} reports in {spike.window_days} day(s) against a baseline of {baseline:.1f}"


def top_priority(matches: Sequence[Match]) -> str:
    return min((m.priority for m in matches), key=PRIORITIES.index)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))
