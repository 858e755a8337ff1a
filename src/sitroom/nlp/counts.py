"""Counts in news phrases: `at least ten people` -> 10, lower bound; `thousands` -> a range."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from .dates.lexicon import SPOKEN_YEAR_RE

Qualifier = Literal["exact", "at_least", "at_most", "approximate", "range"]

_UNITS = {
    "zero": 0,
    "no": 0,
    "one": 1,
    "a": 1,
    "an": 1,
    "single": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
# Vague quantities as ranges (low, high). Documented in docs/events.md; `hundreds` means at
# least two hundred and fewer than a thousand, as the plural reads.
VAGUE: dict[str, tuple[int, int]] = {
    "several hundred": (300, 900),
    "a few hundred": (200, 500),
    "several thousand": (3_000, 9_000),
    "a few thousand": (2_000, 5_000),
    "several dozen": (36, 108),
    "a couple of": (2, 3),
    "a few": (2, 5),
    "a handful of": (3, 6),
    "several": (3, 9),
    "a dozen": (12, 12),
    "dozens": (24, 99),
    "two dozen": (24, 24),
    "scores": (40, 99),
    "hundreds": (200, 999),
    "thousands": (2_000, 9_999),
    "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999),
    "millions": (2_000_000, 9_999_999),
}
_LOWER = r"at least|no fewer than|no less than|more than|over|upwards of|in excess of"
_UPPER = r"at most|up to|as many as|no more than|fewer than|less than|under|nearly|almost"
_APPROX = r"about|around|approximately|roughly|some|an estimated|estimated|close to"
_NUMBER_WORD = "|".join(sorted([*_UNITS, *_TENS, *_SCALES], key=len, reverse=True))
# A number in words (`ten`, `twenty-five`, `twenty - six` as some reports space the hyphen), for
# other patterns to embed; `parse_number` reads it.
NUMBER_IN_WORDS = rf"(?:{_NUMBER_WORD})(?:[\s-]+(?:and\s+)?(?:{_NUMBER_WORD}))*"


@dataclass(frozen=True)
class Count:
    value: int  # the number given, or the low end of a vague range
    qualifier: Qualifier
    low: int
    high: int | None  # None: no upper bound (`at least ten`)
    text: str


def parse_number(words: str) -> int | None:
    """`ten` -> 10, `1,200` -> 1200, `twenty-five` -> 25, `2.5 million` -> 2500000."""
    words = re.sub(r",\s?", "", words.strip().lower())  # `1,200`; `23, 000` as a wire tokenised it
    if re.fullmatch(r"\d+", words):
        return int(words)
    if m := re.fullmatch(r"(\d+(?:\.\d+)?)\s+(hundred|thousand|million|billion)", words):
        return int(float(m[1]) * _SCALES[m[2]])
    total = current = 0
    parts = re.split(r"[\s-]+", words)
    if not parts or any(p not in _UNITS and p not in _TENS and p not in _SCALES and p != "and" for p in parts):
        return None
    for part in parts:
        if part in _UNITS:
            current += _UNITS[part]
        elif part in _TENS:
            current += _TENS[part]
        elif part in _SCALES:
            current = max(current, 1) * _SCALES[part]
            if _SCALES[part] >= 1000:
                total, current = total + current, 0
    return total + current


_COUNT = re.compile(
    rf"(?:(?P<mod>{_LOWER}|{_UPPER}|{_APPROX})\s+)?"
    rf"(?<![\w-])(?P<num>(?:\d{{1,3}}(?:,\s\d{{3}})+(?!\d)|\d[\d,]*(?:\.\d+)?)(?:\s+(?:hundred|thousand|million|billion))?"
    rf"|(?:(?:{_NUMBER_WORD})(?:[\s-]+(?:and\s+)?(?:{_NUMBER_WORD}))*))\b",
    re.IGNORECASE,
)
# What a number is when it is not a count of the head: an age, a share, a time, a date, a tally of
# times, a sum of money (`the "Million Dollar Mermaid"`).
_NOT_COUNT_AFTER = re.compile(
    r"\s*-?\s*(?:(?:year|month|week|day)s?[\s-]+old\b|%|percent\b|per cent\b|times\b|[ap]\.?\s?m\b\.?|:\s?\d|/\d"
    r"|th\b|st\b|nd\b|rd\b|(?:us\s+)?dollars?\b|euros?\b|yen\b|yuan\b|rupees?\b)",
    re.IGNORECASE,
)
_NOT_COUNT_BEFORE = re.compile(
    r"(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|[$#£€/]|\bno\.|\bnumber|\d:"
    # `the mother of two`: her children, not the people counted
    r"|\b(?:mother|father|parent|grandmother|grandfather|mom|dad)s?\s+of)\s*$",
    re.IGNORECASE,
)


# A year naming an incident (`The 2004 tsunami`, `the 1996 Olympic bombing`): `the` and four digits.
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_SPOKEN_YEAR = re.compile(SPOKEN_YEAR_RE, re.IGNORECASE)
_THE_BEFORE = re.compile(r"\bthe\s*$", re.IGNORECASE)
_NAME_BEFORE = re.compile(r"\b[A-Z][\w'.-]*,\s*$")


def _counts_things(phrase: str, match: re.Match[str]) -> bool:
    if _NOT_COUNT_AFTER.match(phrase, match.end()):
        return False
    if _SPOKEN_YEAR.fullmatch(match["num"]):
        return False  # `In nineteen ninety-one Charles Keating was convicted`: a year, no one counted
    before = phrase[: match.start("num")]
    if _YEAR.fullmatch(match["num"]) and not match["mod"] and _THE_BEFORE.search(before):
        return False
    after = phrase[match.end() :].lstrip()
    if not match["mod"] and _NAME_BEFORE.search(before) and (not after or after.startswith(",")):
        return False  # `Vishwanand Subryan, 23, of Schenectady`: a person's age, set off by commas
    return not _NOT_COUNT_BEFORE.search(before)


# A vague quantity, with the modifier before it (`more than a dozen`: more than twelve).
_VAGUE = re.compile(
    rf"(?:(?P<mod>{_LOWER}|{_UPPER}|{_APPROX})\s+)?\b(?P<vague>"
    + "|".join(sorted(map(re.escape, VAGUE), key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)


# `half a million`, `a half million`: half of the scale, which the number pattern would read as `a million`.
_HALF = re.compile(
    rf"(?:(?P<mod>{_LOWER}|{_UPPER}|{_APPROX})\s+)?\b(?:a\s+half|half\s+an?)\s+(?P<scale>thousand|million|billion)\b",
    re.IGNORECASE,
)


# Two counts of one head told by kind (`12 Somali and 11 Yemeni pirates`): the pirates are both.
_BY_KIND = re.compile(r"\b(\d{1,3}) ([A-Z][a-z]+) and (\d{1,3}) [A-Z][a-z]+(?= [a-z])")


# What stands between an article and the number it is of (`a further 20,000 people`).
_FURTHER = re.compile(r"\s+(?:further|additional)\s+", re.IGNORECASE)


def parse_count(phrase: str) -> Count | None:
    """The count a noun phrase gives for its head: `at least ten people`, `About 20 aides`, `Hundreds`."""
    if by_kind := _BY_KIND.search(phrase):
        total = int(by_kind[1]) + int(by_kind[3])
        return Count(total, "exact", total, total, by_kind.group(0))
    if half := _HALF.search(phrase):
        return _modified(_SCALES[half["scale"].lower()] // 2, (half["mod"] or "").lower(), half.group(0))
    vague = _VAGUE.search(phrase)
    numbers = [m for m in _COUNT.finditer(phrase) if _counts_things(phrase, m)]
    exact = next(iter(numbers), None)
    if exact is not None and exact["num"].lower() in {"a", "an"}:
        # `more than a dozen`: the article of the vague quantity, no number; `a further 20,000
        # people`: the number after the article
        article = exact
        exact = next((m for m in numbers[1:] if _FURTHER.fullmatch(phrase, article.end(), m.start())), None)
    if vague and (exact is None or vague.start() <= exact.start()):
        low, high = VAGUE[vague["vague"].lower()]
        if low == high:  # a number in words of its own (`a dozen`), which a modifier qualifies
            return _modified(low, (vague["mod"] or "").lower(), vague.group(0))
        return Count(low, "range", low, high, vague["vague"])
    if exact is None:
        return None
    number = parse_number(exact["num"])
    if number is None:
        return None
    return _modified(number, (exact["mod"] or "").lower(), exact.group(0))


def _modified(number: int, mod: str, text: str) -> Count:
    """A number with the modifier written before it (see the table in docs/events.md)."""
    if re.fullmatch(_LOWER, mod):
        strict = mod in {"more than", "over", "upwards of", "in excess of"}
        return Count(number, "at_least", number + (1 if strict else 0), None, text)
    if re.fullmatch(_UPPER, mod):
        if mod in {"nearly", "almost"}:
            return Count(number, "approximate", int(number * 0.9), number, text)
        strict = mod in {"fewer than", "less than", "under"}
        return Count(number, "at_most", 0, number - (1 if strict else 0), text)
    if mod:
        return Count(number, "approximate", int(number * 0.9), int(number * 1.1 + 0.5), text)
    return Count(number, "exact", number, number, text)


# What a count is in its sentence: a running total (`52 arrested in all`, `the toll rose to 12`),
# an addition to one (`9 more arrested`, `another 17`), or a figure for an incident.
CountRole = Literal["figure", "total", "addition"]
_ADDITION_AFTER = re.compile(r"\s*(?:more|additional|further|extra)\b", re.IGNORECASE)
_ADDITION_BEFORE = re.compile(r"\b(?:another|an additional|additional|a further|further)\s*$", re.IGNORECASE)
_TOTAL_BEFORE = re.compile(
    r"\b(?:(?:risen|rose|rises|climbed|climbs|increased|jumped|grown|grew|gone up|went up|reached|reaches|mounted"
    r"|swelled)\s+to|topped|tops|exceeded|stands? at|stood at"
    r"|(?:bringing|brings|brought|taking|takes|took) the (?:total|number|toll|tally)"
    r"(?: [\w-]+){0,4} to|(?:a|the) total of|(?:toll|tally) (?:of|to|at|is|was|stands at|reached))\s*$",
    re.IGNORECASE,
)
_TOTAL_AFTER = re.compile(r"[^.;]{0,45}?\b(?:in all|in total|altogether|so far|to date|all told)\b", re.IGNORECASE)


def count_role(sentence: str, start: int, end: int) -> CountRole:
    """The role of the count written at sentence[start:end]."""
    before, after = sentence[:start], sentence[end:]
    if _ADDITION_AFTER.match(after) or _ADDITION_BEFORE.search(before):
        return "addition"
    if _TOTAL_BEFORE.search(before) or _TOTAL_AFTER.match(after):
        return "total"
    return "figure"


def describe_count(value: int, qualifier: str, low: int, high: int | None) -> str:
    """A count as a reader says it: `at least 10`, `3–9`, `about 200`, `52`."""
    if qualifier == "range" and high is not None and high != low:
        return f"{low:,}–{high:,}"
    return {
        "at_least": f"at least {value:,}",
        "at_most": f"up to {value:,}",
        "approximate": f"about {value:,}",
    }.get(qualifier, f"{value:,}")
