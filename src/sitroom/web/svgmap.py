"""A map of a situation's places as SVG, drawn here: no tiles, no scripts, no network. An
equirectangular projection of the places' bounding box with a graticule, each place a dot sized
by its number of events."""

from __future__ import annotations

import math
from collections.abc import Sequence

from markupsafe import Markup, escape

WIDTH, HEIGHT, PAD = 640, 360, 40


def place_map(places: Sequence[tuple[str, float, float, int]]) -> Markup:
    """places: (name, latitude, longitude, events). An empty map says so."""
    if not places:
        return Markup('<p class="muted">No places with coordinates.</p>')
    at: dict[tuple[float, float], tuple[list[str], int]] = {}
    for name, lat_, lon_, events in places:  # places at one point (the White House, the Oval Office) share a dot
        names, total = at.get((round(lat_, 3), round(lon_, 3)), ([], 0))
        at[(round(lat_, 3), round(lon_, 3))] = ([*names, name], total + events)
    places = [(" / ".join(names), lat_, lon_, events) for (lat_, lon_), (names, events) in at.items()]
    lats = [p[1] for p in places]
    lons = [p[2] for p in places]
    south, north = min(lats), max(lats)
    west, east = min(lons), max(lons)
    span = max(north - south, (east - west) * HEIGHT / WIDTH, 0.02)  # at least ~2 km across
    mid_lat, mid_lon = (north + south) / 2, (east + west) / 2
    south, north = mid_lat - span / 2 * 1.15, mid_lat + span / 2 * 1.15
    half_width = span * WIDTH / HEIGHT / 2 * 1.15
    west, east = mid_lon - half_width, mid_lon + half_width

    def xy(lat: float, lon: float) -> tuple[float, float]:
        x = PAD + (lon - west) / (east - west) * (WIDTH - 2 * PAD)
        y = PAD + (north - lat) / (north - south) * (HEIGHT - 2 * PAD)
        return round(x, 1), round(y, 1)

    parts = [
        f'<svg class="map" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="Map of the situation\'s places">',
        f'<rect x="0" y="0" width="{WIDTH}" height="{HEIGHT}" class="sea"/>',
    ]
    step = _step(north - south)
    lat = math.floor(south / step) * step
    while lat <= north:
        _, y = xy(lat, west)
        parts.append(f'<line x1="{PAD}" y1="{y}" x2="{WIDTH - PAD}" y2="{y}" class="grid"/>')
        parts.append(f'<text x="4" y="{y + 4}" class="gridlabel">{lat:.2f}°</text>')
        lat += step
    lon = math.floor(west / step) * step
    while lon <= east:
        x, _ = xy(north, lon)
        if PAD <= x <= WIDTH - PAD:
            parts.append(f'<line x1="{x}" y1="{PAD}" x2="{x}" y2="{HEIGHT - PAD}" class="grid"/>')
            parts.append(f'<text x="{x - 14}" y="{HEIGHT - 8}" class="gridlabel">{lon:.2f}°</text>')
        lon += step
    for name, lat_, lon_, events in sorted(places, key=lambda p: -p[3]):
        x, y = xy(lat_, lon_)
        radius = 4 + 3 * math.sqrt(events)
        label = escape(name)
        parts.append(
            f'<g class="place"><circle cx="{x}" cy="{y}" r="{radius:.1f}"><title>{label}: {events} event(s)</title>'
            f'</circle><text x="{x + radius + 3}" y="{y + 4}">{label}</text></g>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def _step(extent: float) -> float:
    """A round graticule step giving a few lines across the extent."""
    for step in (0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 45):
        if extent / step <= 6:
            return step
    return 90.0
