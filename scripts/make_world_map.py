"""Write the land and borders the web room's maps are drawn on, from Natural Earth.

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python scripts/make_world_map.py package/countries-50m.json

Natural Earth's 1:50m countries (public domain), as redistributed in TopoJSON by the `world-atlas`
npm package (ISC), are decoded here into plain rings of longitude and latitude, rounded to 0.01°
(about 1 km: finer than the 1:50m lines themselves), and written to
src/sitroom/data/geo/countries-50m.json. sitroom reads that file only; nothing is fetched at run time.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "sitroom" / "data" / "geo" / "countries-50m.json"


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """TopoJSON's quantised, delta-encoded arcs as lists of (longitude, latitude)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(indices: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for index in indices:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])  # each arc starts where the last ended
    return points


def flat(points: list[tuple[float, float]]) -> list[float]:
    """A ring as [lon, lat, lon, lat, ...], consecutive repeats at this rounding dropped."""
    out: list[float] = []
    for lon, lat in points:
        pair = [round(lon, 2), round(lat, 2)]
        if out[-2:] != pair:
            out.extend(pair)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("topojson", type=Path, help="world-atlas's countries-50m.json")
    args = parser.parse_args()
    topology = json.loads(args.topojson.read_text(encoding="utf-8"))
    arcs = decode_arcs(topology)
    countries = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        polygons = {"Polygon": [geometry.get("arcs", [])], "MultiPolygon": geometry.get("arcs", [])}.get(
            geometry["type"], []
        )
        rings = [flat(ring(r, arcs)) for polygon in polygons for r in polygon]
        rings = [r for r in rings if len(r) >= 6]
        if rings:
            number = int(geometry["id"]) if str(geometry.get("id", "")).isdigit() else None  # ISO 3166 numeric
            countries.append({"name": geometry["properties"]["name"], "iso": number, "rings": rings})
    OUT.parent.mkdir(parents=True, exist_ok=True)
    stored = {
        "about": "Natural Earth 1:50m countries (public domain) via the world-atlas npm package 2.0.2 (ISC);"
        " scripts/make_world_map.py",
        "countries": sorted(countries, key=lambda c: c["name"]),
    }
    OUT.write_text(json.dumps(stored, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(countries)} countries, {sum(len(r) // 2 for c in countries for r in c['rings'])} points -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
