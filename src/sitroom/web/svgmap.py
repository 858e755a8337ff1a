"""A map of a situation's places as SVG, drawn here: no tiles, no scripts, no network.

An equirectangular projection of the places' bounding box, over land and borders from Natural
Earth's 1:50m countries (data/geo, written by scripts/make_world_map.py), with a graticule. Cities
and landmarks are dots sized by their events; a country or a state is not a point (its capital
only stands for it in the data), so a named country is shaded and both are listed beside the map
with every place, which is also the map's text for those who cannot see it."""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from markupsafe import Markup, escape

from ..nlp.places import country_number

WIDTH, HEIGHT, PAD = 640, 360, 40
POINT_KINDS = ("city", "landmark", "offset")  # places a dot stands for; countries and states are areas
MIN_SPAN = 0.02  # degrees across at the least (about 2 km): one place still shows its streets' scale
MIN_STEP_PX = 0.8  # a ring's points closer than this on screen are drawn as one


@dataclass(frozen=True)
class MapPlace:
    name: str
    kind: str  # landmark, city, state, country
    latitude: float
    longitude: float
    events: int
    label: str = ""  # which place the name was taken to be (`Washington (DC, US)`)


@dataclass(frozen=True)
class Country:
    name: str
    iso: int | None  # ISO 3166 numeric code
    rings: tuple[tuple[float, ...], ...]  # each [lon, lat, lon, lat, ...]
    box: tuple[float, float, float, float]  # west, south, east, north
    ring_boxes: tuple[tuple[float, float, float, float], ...]  # each ring's box


COARSE_SPAN = 20.0  # degrees across: wider views are drawn from rings thinned to COARSE_STEP
COARSE_STEP = 0.5  # (finer views need no level of their own: the 1:50m rings are near that already)


@cache
def countries(coarse: bool = False) -> tuple[Country, ...]:
    """Natural Earth's countries, loaded once per process (and once thinned, for wide views)."""
    path = resources.files("sitroom.data").joinpath("geo/countries-50m.json")
    stored = json.loads(path.read_text(encoding="utf-8"))
    found = []
    for country in stored["countries"]:
        rings = tuple(_thinned(r) if coarse else tuple(r) for r in country["rings"])
        rings = tuple(r for r in rings if len(r) >= 6)
        if not rings:
            continue
        boxes = tuple((min(r[0::2]), min(r[1::2]), max(r[0::2]), max(r[1::2])) for r in rings)
        box = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
        found.append(Country(country["name"], country["iso"], rings, box, boxes))
    return tuple(found)


def warm() -> None:
    """Read what a map reads, once: the land at both levels of detail and the gazetteer's countries."""
    countries(), countries(coarse=True)
    country_number("United States")


def _thinned(ring: list[float]) -> tuple[float, ...]:
    kept: list[float] = []
    for lon, lat in zip(ring[0::2], ring[1::2], strict=True):
        if not kept or abs(lon - kept[-2]) + abs(lat - kept[-1]) >= COARSE_STEP:
            kept += [lon, lat]
    return tuple(kept)


def _country_named(name: str, label: str) -> Country | None:
    """The country a place of kind country is: by its ISO code (GeoNames and Natural Earth name
    countries differently: `United States`, `United States of America`), else by name."""
    number = country_number(label) or country_number(name)
    wanted = {name.casefold(), label.casefold()}
    return next((c for c in countries() if (number and c.iso == number) or c.name.casefold() in wanted), None)


def place_map(places: Sequence[MapPlace]) -> Markup:
    """The map and the list of places beside it. An empty list says so."""
    if not places:
        return Markup('<p class="muted">No places with coordinates.</p>')
    shaded = [c for p in places if p.kind == "country" for c in [_country_named(p.name, p.label)] if c]
    at: dict[tuple[float, float], tuple[list[str], int]] = {}
    for p in places:  # places at one point (the White House, the Oval Office) share a dot
        if p.kind in POINT_KINDS:
            names, total = at.get((round(p.latitude, 3), round(p.longitude, 3)), ([], 0))
            at[(round(p.latitude, 3), round(p.longitude, 3))] = ([*names, p.name], total + p.events)
    dots = [(" / ".join(names), lat, lon, events) for (lat, lon), (names, events) in at.items()]
    view = _view(dots, shaded, places)
    parts = [
        f'<svg class="map" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="Map of the situation\'s places">',
        f'<rect x="0" y="0" width="{WIDTH}" height="{HEIGHT}" class="sea"/>',
        *_land(view, {c.name for c in shaded}),
        *_graticule(view),
    ]
    for name, lat, lon, events in sorted(dots, key=lambda d: -d[3]):
        x, y = view.xy(lat, lon)
        radius = 4 + 3 * math.sqrt(events)
        label = escape(name)
        parts.append(
            f'<g class="place"><circle cx="{x}" cy="{y}" r="{radius:.1f}"><title>{label}: {events} event(s)</title>'
            f'</circle><text x="{x + radius + 3}" y="{y + 5}">{label}</text></g>'
        )
    parts.append("</svg>")
    return Markup('<div class="mapbox">' + "".join(parts) + _place_list(places) + "</div>")


@dataclass(frozen=True)
class _View:
    west: float
    south: float
    east: float
    north: float

    def xy(self, lat: float, lon: float) -> tuple[float, float]:
        x = PAD + (lon - self.west) / (self.east - self.west) * (WIDTH - 2 * PAD)
        y = PAD + (self.north - lat) / (self.north - self.south) * (HEIGHT - 2 * PAD)
        return round(x, 1), round(y, 1)


def _view(
    dots: Sequence[tuple[str, float, float, int]], shaded: Sequence[Country], places: Sequence[MapPlace]
) -> _View:
    """The box that holds the dots, else the shaded countries, else every place's point."""
    if dots:
        lats, lons = [d[1] for d in dots], [d[2] for d in dots]
    elif shaded:
        lats = [v for c in shaded for v in (c.box[1], c.box[3])]
        lons = [v for c in shaded for v in (c.box[0], c.box[2])]
    else:
        lats, lons = [p.latitude for p in places], [p.longitude for p in places]
    south, north, west, east = min(lats), max(lats), min(lons), max(lons)
    span = max(north - south, (east - west) * HEIGHT / WIDTH, MIN_SPAN)
    mid_lat, mid_lon = (north + south) / 2, (east + west) / 2
    half_height = span / 2 * 1.15
    half_width = span * WIDTH / HEIGHT / 2 * 1.15
    return _View(mid_lon - half_width, mid_lat - half_height, mid_lon + half_width, mid_lat + half_height)


def _land(view: _View, shaded: set[str]) -> list[str]:
    """Each country in view as one path (its border the path's outline); rings thinned to what shows."""
    paths = []
    # Rings are clipped to a box just outside the frame: the land inside is drawn as it is, and a
    # country's far coasts cost nothing.
    margin_lon = (view.east - view.west) * PAD / (WIDTH - 2 * PAD) * 1.5
    margin_lat = (view.north - view.south) * PAD / (HEIGHT - 2 * PAD) * 1.5
    west_edge, east_edge = view.west - margin_lon, view.east + margin_lon
    south_edge, north_edge = view.south - margin_lat, view.north + margin_lat
    box = (west_edge, south_edge, east_edge, north_edge)

    def outside(ring_box: tuple[float, float, float, float]) -> bool:
        west, south, east, north = ring_box
        return east < west_edge or west > east_edge or north < south_edge or south > north_edge

    def inside(ring_box: tuple[float, float, float, float]) -> bool:
        west, south, east, north = ring_box
        return west >= west_edge and east <= east_edge and south >= south_edge and north <= north_edge

    for country in countries(view.east - view.west > COARSE_SPAN):
        if outside(country.box):
            continue
        d = []
        for ring, ring_box in zip(country.rings, country.ring_boxes, strict=True):
            if outside(ring_box):  # an island off the frame
                continue
            points, last = [], None
            corners = list(zip(ring[0::2], ring[1::2], strict=True))
            for lon, lat in corners if inside(ring_box) else _clipped(corners, box):
                x, y = view.xy(lat, lon)
                if last is None or abs(x - last[0]) + abs(y - last[1]) >= MIN_STEP_PX:
                    points.append(f"{x} {y}")
                    last = (x, y)
            if len(set(points)) >= 3:
                d.append("M" + "L".join(points) + "Z")
        if d:
            kind = "land named" if country.name in shaded else "land"
            paths.append(f'<path class="{kind}" d="{"".join(d)}"><title>{escape(country.name)}</title></path>')
    return paths


def _clipped(ring: list[tuple[float, float]], box: tuple[float, float, float, float]) -> list[tuple[float, float]]:
    """The ring clipped to the box (Sutherland-Hodgman: one edge of the box at a time)."""
    west, south, east, north = box
    edges = (
        (lambda p: p[0] >= west, lambda a, b: _at_lon(a, b, west)),
        (lambda p: p[0] <= east, lambda a, b: _at_lon(a, b, east)),
        (lambda p: p[1] >= south, lambda a, b: _at_lat(a, b, south)),
        (lambda p: p[1] <= north, lambda a, b: _at_lat(a, b, north)),
    )
    for inside, crossing in edges:
        if not ring:
            break
        points, ring = ring, []
        previous = points[-1]
        for point in points:
            if inside(point):
                if not inside(previous):
                    ring.append(crossing(previous, point))
                ring.append(point)
            elif inside(previous):
                ring.append(crossing(previous, point))
            previous = point
    return ring


def _at_lon(a: tuple[float, float], b: tuple[float, float], lon: float) -> tuple[float, float]:
    return lon, a[1] + (b[1] - a[1]) * (lon - a[0]) / (b[0] - a[0])


def _at_lat(a: tuple[float, float], b: tuple[float, float], lat: float) -> tuple[float, float]:
    return a[0] + (b[0] - a[0]) * (lat - a[1]) / (b[1] - a[1]), lat


def _graticule(view: _View) -> list[str]:
    parts = []
    step = _step(view.north - view.south)
    lat = math.floor(view.south / step) * step
    while lat <= view.north:
        _, y = view.xy(lat, view.west)
        if PAD <= y <= HEIGHT - PAD:
            parts.append(f'<line x1="{PAD}" y1="{y}" x2="{WIDTH - PAD}" y2="{y}" class="grid"/>')
            parts.append(f'<text x="4" y="{y + 4}" class="gridlabel">{lat:.2f}°</text>')
        lat += step
    lon = math.floor(view.west / step) * step
    while lon <= view.east:
        x, _ = view.xy(view.north, lon)
        if PAD <= x <= WIDTH - PAD:
            parts.append(f'<line x1="{x}" y1="{PAD}" x2="{x}" y2="{HEIGHT - PAD}" class="grid"/>')
            parts.append(f'<text x="{x - 14}" y="{HEIGHT - 8}" class="gridlabel">{lon:.2f}°</text>')
        lon += step
    return parts


def _place_list(places: Sequence[MapPlace]) -> str:
    """Every place as text: name, what it was taken to be, its kind and events."""
    rows = []
    for p in sorted(places, key=lambda p: (-p.events, p.name)):
        taken = f" — {escape(p.label)}" if p.label and p.label != p.name else ""
        rows.append(
            f'<li><span class="pname">{escape(p.name)}</span>{taken} <span class="muted">({escape(p.kind)},'
            f" {p.events} event{'s' if p.events != 1 else ''})</span></li>"
        )
    return '<ul class="placelist" aria-label="Places">' + "".join(rows) + "</ul>"


def _step(extent: float) -> float:
    """A round graticule step giving a few lines across the extent."""
    for step in (0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 45):
        if extent / step <= 6:
            return step
    return 90.0
