"""Score where events happened: the share of gold events whose place sitroom resolves within 25 km
of the right place, beside two plain baselines.

    python eval/event_places.py [--gold eval/gold/event-places/places-v1.tsv ...] [--all] [--data ../shared/data] [-v]

Gold (`docs/events.md`, "Event places"): a gold event of `eval/gold/events/` (its report, type and
evidence words) and the places it happened in, each with coordinates; any one of them is right.
Each gold event is matched to one of sitroom's events by `eval/events.py`'s own matching (the
same type, an evidence sentence holding the gold words, outside captions); it is right when that
event's place, resolved to coordinates, lies within 25 km of a gold place. An event the extractor
does not find, or finds with no place or one it cannot resolve, is a miss. Printed: the share of
all gold events right; of those found, the share right; and the two baselines, which give every
event of a report one place: the city the report names most, and the first city it names (its
dateline, where it has one). Beside them, how many of the gold events these reports tell with no
place (no row) sitroom finds and puts on the map all the same (the baselines place every one).
`--all` pools every gold file of `eval/gold/event-places/` (the
first set and every blind sample since, each now a tuning figure): the share over all of them.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import ROOT, SHARED_DATA, check_floors, floors_name
from events import matching, of_event, read_gold
from sitroom.ingest import analyze_article
from sitroom.model import Analysis, Event, ResolvedPlace
from sitroom.settings import Options

WITHIN_KM = 25.0
CITY_KINDS = ("city", "landmark")  # what a baseline may choose: a country's middle says nothing


@dataclass(frozen=True)
class GoldPlace:
    report: str
    type: str
    evidence: str
    places: tuple[tuple[str, float, float], ...]  # (name, latitude, longitude)


def read_places(path: Path) -> list[GoldPlace]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("report\t"):
            continue
        report, kind, evidence, places = line.split("\t")
        parsed = []
        for place in places.split(";"):
            name, _, where = place.partition("@")
            latitude, longitude = (float(x) for x in where.split(","))
            parsed.append((name, latitude, longitude))
        rows.append(GoldPlace(report, kind, evidence, tuple(parsed)))
    return rows


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance (haversine, a sphere of the Earth's mean radius)."""
    (lat1, lon1), (lat2, lon2) = (tuple(math.radians(v) for v in p) for p in (a, b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def near(point: tuple[float, float] | None, gold: GoldPlace) -> bool:
    return point is not None and any(km(point, (lat, lon)) <= WITHIN_KM for _, lat, lon in gold.places)


def event_point(event: Event, analysis: Analysis) -> tuple[float, float] | None:
    if event.place is None:
        return None
    name = event.place.entity or event.place.text
    place = next((p for p in analysis.places if p.name == name), None)
    return (place.latitude, place.longitude) if place else None


def _cities(analysis: Analysis) -> list[tuple[ResolvedPlace, int, int]]:
    """The report's resolved cities and landmarks: (place, times named, where first named)."""
    text = analysis.article.text
    found = []
    for place in analysis.places:
        if place.kind in CITY_KINDS and place.name in text:
            found.append((place, text.count(place.name), text.index(place.name)))
    return found


def most_named(analysis: Analysis) -> tuple[float, float] | None:
    cities = _cities(analysis)
    if not cities:
        return None
    place = max(cities, key=lambda c: (c[1], -c[2]))[0]
    return place.latitude, place.longitude


def first_named(analysis: Analysis) -> tuple[float, float] | None:
    cities = _cities(analysis)
    if not cities:
        return None
    place = min(cities, key=lambda c: c[2])[0]
    return place.latitude, place.longitude


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    places = ROOT / "eval" / "gold" / "event-places"
    parser.add_argument("--gold", type=Path, nargs="+", default=[places / "places-v1.tsv"])
    parser.add_argument("--all", action="store_true", help="every gold file of eval/gold/event-places, pooled")
    parser.add_argument("--data", type=Path, default=SHARED_DATA)
    parser.add_argument("--check", action="store_true", help="fail when a score drops below eval/baselines.json")
    parser.add_argument("-v", "--verbose", action="store_true", help="say where each gold event was put")
    args = parser.parse_args()
    if not args.data.is_dir():
        print(f"error: {args.data} not found: the scorer reads the reports from ../shared/data", file=sys.stderr)
        return 2
    golds = sorted(places.glob("places-v1*.tsv")) if args.all else args.gold
    by_report: dict[str, list[GoldPlace]] = defaultdict(list)
    source: dict[str, Path] = {}
    for gold_file in golds:
        for row in read_places(gold_file):
            by_report[row.report].append(row)
            source[row.report] = gold_file
    model = Options().model
    right = found = found_right = total = unplaced_found = overplaced = 0
    baseline_right = {"most named city": 0, "first city named": 0}
    for report, rows in sorted(by_report.items()):
        gold, article = read_gold(ROOT / "eval" / "gold" / "events" / f"{report}.json", args.data)
        known = {(g["type"], g["evidence"]) for g in gold["events"]}
        unknown = [row for row in rows if (row.type, row.evidence) not in known]
        if unknown:
            print(f"error: {source[report]}: {report} has no gold event {unknown[0].type} {unknown[0].evidence!r}")
            return 2
        analysis = analyze_article(article, model)
        found_events = [of_event(e, analysis.article.text) for e in analysis.events]
        baselines = {"most named city": most_named(analysis), "first city named": first_named(analysis)}
        used: set[int] = set()
        # a gold event of the report with no row has no place the report tells (guidelines): one
        # sitroom puts on the map anyway is placed where the gold has none
        placed_rows = {(row.type, row.evidence) for row in rows}
        for event in gold["events"]:
            if (event["type"], event["evidence"]) in placed_rows:
                continue
            match = matching({"type": event["type"], "evidence": event["evidence"]}, found_events, set())
            if match is not None:
                unplaced_found += 1
                overplaced += event_point(analysis.events[match], analysis) is not None
        for row in rows:
            total += 1
            for name, point in baselines.items():
                baseline_right[name] += near(point, row)
            match = matching({"type": row.type, "evidence": row.evidence}, found_events, used)
            point = None
            if match is not None:
                used.add(match)
                found += 1
                point = event_point(analysis.events[match], analysis)
                found_right += near(point, row)
            right += near(point, row)
            if args.verbose:
                event = analysis.events[match] if match is not None else None
                place = (event.place.entity or event.place.text) if event and event.place else None
                verdict = "right" if near(point, row) else ("missed event" if event is None else "wrong")
                print(f"  {report} {row.type:<10} {row.evidence[:50]!r}: {place!r} {point} {verdict}")
    share = 100 * right / max(total, 1)
    print(f"{total} gold events with a place, in {len(by_report)} reports; within {WITHIN_KM:.0f} km of a gold place:")
    print(f"  sitroom (event found and placed)  {share:5.1f}%   ({right} of {total})")
    print(f"  sitroom, of the {found} events found  {100 * found_right / max(found, 1):5.1f}%")
    for name, hits in baseline_right.items():
        print(f"  baseline: {name:<22} {100 * hits / max(total, 1):5.1f}%   ({hits} of {total})")
    print(
        f"placed where the gold has no place (of the {unplaced_found} gold events of these reports with none"
        f" that sitroom finds): sitroom {overplaced}; each baseline, every one"
    )
    if args.check:
        name = "event_places_all" if args.all or len(golds) > 1 else floors_name("event_places", golds[0])
        return 0 if check_floors(name, {"within_25km": round(share, 1)}) else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
