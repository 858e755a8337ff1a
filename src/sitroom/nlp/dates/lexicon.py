"""Words and patterns of date expressions: months, weekdays, seasons, parts of day, holidays."""

from __future__ import annotations

import re
from typing import Literal

Tense = Literal["past", "present", "future"]
Granularity = Literal[
    "time",
    "part_of_day",
    "day",
    "week",
    "weekend",
    "month",
    "quarter",
    "half",
    "season",
    "year",
    "decade",
    "century",
    "reference",
]

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
PARTS_OF_DAY = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "tonight": "NI",
    "overnight": "NI",
    "midday": "MI",
    "noon": "MI",
}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
REFERENCES = {
    "now": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "current": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "at present": "PRESENT_REF",
    "at this time": "PRESENT_REF",  # `No one is believed to be injured at this time`
    "at the moment": "PRESENT_REF",
    "the present": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "yet": "PRESENT_REF",
    "recently": "PAST_REF",
    "recent": "PAST_REF",
    "the past": "PAST_REF",
    "previously": "PAST_REF",
    "earlier": "PAST_REF",
    "once": "PAST_REF",
    "formerly": "PAST_REF",
    "recent years": "PAST_REF",
    "in the past": "PAST_REF",
    "lately": "PAST_REF",
    "the future": "FUTURE_REF",
    "future": "FUTURE_REF",
    "soon": "FUTURE_REF",
    "later": "FUTURE_REF",
    "in the future": "FUTURE_REF",
    "shortly": "FUTURE_REF",
    "the near future": "FUTURE_REF",
    "the foreseeable future": "FUTURE_REF",
    "already": "PRESENT_REF",
    "right now": "PRESENT_REF",
    "more recently": "PAST_REF",
    "recent days": "PAST_REF",
    "recent weeks": "PAST_REF",
    "recent months": "PAST_REF",
    "recent weeks and months": "PAST_REF",
    "last few months": "PAST_REF",
    "the past few months": "PAST_REF",
    "the past several quarters": "PAST_REF",
    "the past several years": "PAST_REF",
    "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF",
    "the coming months": "FUTURE_REF",
    "coming months": "FUTURE_REF",
    "the coming weeks": "FUTURE_REF",
    "coming weeks": "FUTURE_REF",
    "coming quarters": "FUTURE_REF",
    "future quarters": "FUTURE_REF",
    "a later date": "FUTURE_REF",
    "past years": "PAST_REF",
    "the full year": "YEAR",
    "year end": "YEAR",
    "year-end": "YEAR",
    "the year-end": "YEAR",
    "year's end": "YEAR",
    "as soon as possible": "FUTURE_REF",
}
# Fixed-date and rule-date holidays that news names (month, day) or (month, weekday, nth).
HOLIDAYS: dict[str, tuple[int, int] | tuple[int, int, int]] = {
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "independence day": (7, 4),
    "fourth of july": (7, 4),
    "the fourth of july": (7, 4),
    "halloween": (10, 31),
    "valentine's day": (2, 14),
    "veterans day": (11, 11),
    "election day": (11, 1, 0),
    "thanksgiving": (11, 3, 4),
    "thanksgiving day": (11, 3, 4),
    "labor day": (9, 0, 1),
    "memorial day": (5, 0, -1),
}

MONTH_RE = (
    r"(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|"
    r"sept?(?:ember|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)"
)
WEEKDAY_RE = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
PART_RE = r"(?:morning|afternoon|evening|night)"
# A part of a day named after a clock time (`7 p. m. last night`, `9 a.m. this morning`).
CLOCK_PART_RE = rf"(?:(?:last|this) {PART_RE})"
YEAR_RE = r"(?:1[6-9]\d\d|20\d\d)"
# A year as a transcript writes it (`nineteen ninety-one`); `dates.resolve` reads it as 1991.
SPOKEN_YEAR_RE = (
    r"(?:(?:nineteen|eighteen)\s+(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)"
)
NUM_RE = (
    r"(?:\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    r"several|a few|few)"
)
UNIT_RE = r"(?:day|week|month|year|decade|quarter)s?"
MOD_RE = r"(?:early|late|mid|the (?:beginning|end|middle|start) of|earlier|later)"
# `3: 00 pm`, `07: 37 a. m.`: clock times as some wires tokenise them; `0737 GMT` and `1100 hrs IST`
# as others write them (a four-digit time needs its zone or `hrs`: `1200 hours of video` is no time)
CLOCK_ZONE_RE = r"(?:GMT|UTC|IST|BST|CET|gmt|utc)"
TIME_RE = (
    # (`8.49pm`: a British clock time, the minutes after a point)
    r"(?:\d{1,2}(?:[:.]\s?\d\d)?\s*(?:a\.\s?m\.?|p\.\s?m\.?|am\b|pm\b)|\d{1,2}:\s?\d\d|noon|midnight"
    rf"|(?:[01]\d|2[0-3])[0-5]\d\s?(?:hrs\b(?:\s?{CLOCK_ZONE_RE}\b)?|{CLOCK_ZONE_RE}\b))"
)
HOLIDAY_RE = "|".join(sorted((re.escape(h) for h in HOLIDAYS), key=len, reverse=True))
# Adverbs that resolve (given as an expression) but are too vague to be worth finding in running text.
NOT_FOUND = frozenset(
    {
        "already",
        "yet",
        "once",
        "previously",
        "soon",
        "later",
        "current",
        "shortly",
        "formerly",
        "lately",
        "future",
        "year end",
        "year-end",
        "the year-end",
        "year's end",
    }
)
REFERENCE_RE = "|".join(sorted((re.escape(r) for r in REFERENCES if r not in NOT_FOUND), key=len, reverse=True))

ANAPHORA_RE = (
    rf"(?:(?:early|late|earlier|later) (?:on )?)?(?:that|the same|that same|the next|the following|the previous|"
    rf"the preceding|the prior) (day|morning|afternoon|evening|night|week|month|year|quarter|{WEEKDAY_RE})"
    rf"|(?:earlier|later) (?:in|that|on) (?:the|that) (day|week|month|year)"
)
# Patterns that find expressions, each with a cheap trigger that must occur in the text before the
# pattern is tried (most paragraphs hold no date words for most patterns); the longest match wins.
