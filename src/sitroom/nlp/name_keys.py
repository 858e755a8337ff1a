"""The keys by which one name is known however a report writes it: casefolded, dots and apostrophes
out, initials joined, place aliases folded (`U. S.` and `United States` are one key), a company's
legal form dropped; and a person's surname. Used by the store's identities across articles and by
the situation similarity, which compares people by surname (`Gupta` and `Dr. Sanjay Gupta`)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .aliases import PLACE_ALIASES


# Asked of the same names over and over: by every situation comparison and every identity lookup.
@lru_cache(maxsize=65536)
def name_key(name: str, kind: str) -> str:
    key = re.sub(r"[.\u2019']", "", name).replace(",", " ")
    key = re.sub(r"\s*-\s*", "-", key)  # `Hewlett - Packard` as the tokeniser left it
    key = re.sub(r"\s+", " ", key).strip().casefold()
    key = "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))  # `Vendôme`
    key = re.sub(r"\b(?:[a-z] )+[a-z]\b", lambda m: m.group(0).replace(" ", ""), key)  # `U. S.`: `us`
    key = re.sub(r"\b(mt|ft)\b", lambda m: ABBREVIATIONS[m.group(1)], key)
    key = key[4:] if key.startswith("the ") else key
    if kind == "organisation":  # `Intel Corp.`, `Hewlett-Packard Co.`: the company
        key = re.sub(CORPORATE, "", key) or key
    if kind == "place":
        folded = PLACE_ALIASES.get(key)
        if folded:
            return name_key(folded, "organisation")
    return key


ABBREVIATIONS = {"mt": "mount", "ft": "fort"}  # `Mt Cook` is `Mount Cook`
CORPORATE = r"(?: (?:inc|incorporated|corp|corporation|co|company|ltd|limited|llc|plc))+$"
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})  # `Anthony LaCalamita III` is surnamed LaCalamita


def person_words(name: str) -> list[str]:
    """A person's name as key words, a generational suffix off the end."""
    words = name_key(name, "person").split()
    while len(words) > 1 and words[-1] in SUFFIXES:
        words.pop()
    return words


def surname(name: str) -> str:
    """A person's surname as a key (`Regina M. Benjamin` and `Benjamin` are `benjamin`)."""
    words = person_words(name)
    return words[-1] if words else name.casefold()
