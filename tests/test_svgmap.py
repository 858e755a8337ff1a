"""The situation map: land and borders from the shipped Natural Earth file, dots for cities and
landmarks, countries shaded instead of drawn as points, and every place listed as text."""

from __future__ import annotations

import re

from sitroom.web.svgmap import MapPlace, countries, place_map


def _titles(svg: str, kind: str) -> set[str]:
    return set(re.findall(rf'<path class="{kind}" d="[^"]+"><title>([^<]+)</title>', svg))


def test_land_and_borders_load_offline() -> None:
    by_name = {c.name: c for c in countries()}
    assert len(by_name) > 200
    usa = by_name["United States of America"]
    west, south, east, north = usa.box
    assert west < -77.0 < east and south < 38.9 < north  # Washington inside its box
    assert usa.iso == 840


def test_a_city_is_a_dot_over_the_land_around_it() -> None:
    svg = str(
        place_map(
            [
                MapPlace("Washington", "city", 38.895, -77.036, 3, "Washington (DC, US)"),
                MapPlace("the Capitol", "landmark", 38.8899, -77.0091, 5, "Washington (DC, US)"),
            ]
        )
    )
    assert svg.count("<circle") == 2
    assert "United States of America" in _titles(svg, "land")
    assert "France" not in _titles(svg, "land") | _titles(svg, "land named")  # out of view
    listed = re.search(r'<ul class="placelist".*</ul>', svg)
    assert listed and "the Capitol" in listed.group(0) and "5 events" in listed.group(0)


def test_a_country_is_shaded_not_drawn_at_its_capital() -> None:
    svg = str(
        place_map(
            [
                MapPlace("France", "country", 48.853, 2.349, 2, "France"),
                MapPlace("United States", "country", 38.895, -77.036, 1, "United States"),
            ]
        )
    )
    assert "<circle" not in svg
    assert _titles(svg, "land named") == {"France", "United States of America"}
    assert "Spain" in _titles(svg, "land")  # the view holds both countries and what lies between


def test_no_places_says_so() -> None:
    assert "No places" in str(place_map([]))
