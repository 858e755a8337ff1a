"""Find date expressions in running text: the longest match at each place, look-alikes left out."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .lexicon import (
    ANAPHORA_RE,
    CLOCK_PART_RE,
    HOLIDAY_RE,
    MOD_RE,
    MONTH_RE,
    NUM_RE,
    ORDINALS,
    PART_RE,
    REFERENCE_RE,
    SPOKEN_YEAR_RE,
    TIME_RE,
    UNIT_RE,
    WEEKDAY_RE,
    YEAR_RE,
)

PATTERNS: list[tuple[str, str]] = [
    # Wednesday, Jan. 6, 2021 / Jan. 6, 2021 / January 6 / 6 January 2021
    # (`early Jan. 6`: the day, not early January)
    (
        MONTH_RE,
        rf"(?:(?:early|late)\s+)?(?:{WEEKDAY_RE},?\s+)?{MONTH_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+{YEAR_RE})?",
    ),
    (MONTH_RE, rf"(?:{WEEKDAY_RE},?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_RE}(?:,?\s+{YEAR_RE})?"),
    (MONTH_RE, rf"(?:(?:{MOD_RE})[\s-]+)?(?:(?:last|next|this|early|late|mid)[\s-]+)?{MONTH_RE}(?:,?\s+{YEAR_RE})?"),
    (r"\d{4}-", r"\d{4}-\d{2}-\d{2}"),
    (r"/", r"\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})"),
    # years and decades
    (r"\d{4}", rf"(?:(?:{MOD_RE})[\s-]+)?(?:fiscal\s+)?(?:the\s+)?{YEAR_RE}(?!\s*(?:%|percent))"),
    # `in nineteen ninety-one`, `January nineteen ninety-seven`: spoken years of a transcript
    (r"nineteen|eighteen", rf"(?:{MONTH_RE}\s+)?{SPOKEN_YEAR_RE}\b"),
    (r"\d0\'?s", r"(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:1[6-9]\d0|20\d0|'\d0)'?s"),
    # weekdays, with part of day and time
    (
        WEEKDAY_RE,
        rf"(?:(?:{TIME_RE})\s+)?(?:(?:last|next|this|early|late)\s+)?{WEEKDAY_RE}(?:\s+{PART_RE})?(?:\s+at\s+{TIME_RE})?",
    ),
    (
        r"\d|noon|midnight",
        # (and `at around 7 p. m. last night`, `at 9 a.m. this morning`: the clock time of that part of a day)
        rf"(?:{TIME_RE})(?:\s+(?:on\s+)?(?:{WEEKDAY_RE}|today|tomorrow|yesterday|tonight|{CLOCK_PART_RE}))?",
    ),
    # relative days
    (
        r"today|yesterday|tomorrow|tonight|overnight",
        rf"(?:(?:early|late|later|earlier)\s+)?(?:overnight\s+{WEEKDAY_RE}|today|yesterday|tomorrow|tonight|overnight)"
        rf"(?:\s+{PART_RE})?",
    ),
    (PART_RE, rf"(?:(?:early|late|earlier|later)\s+)?(?:this|last|yesterday|tomorrow)\s+{PART_RE}"),
    # `held a silent vigil during the day`: the day of the story
    (r"during", r"during\s+the\s+day\b"),
    # `on the night of Sept. 13`, `the morning of Friday`, `early morning on Sunday, February 1, 2009`:
    # that part of the day named
    (
        PART_RE,
        rf"(?:the\s+{PART_RE}\s+of|(?:(?:early|late)\s+)?{PART_RE}\s+on)\s+(?:{WEEKDAY_RE},?\s+)?(?:{MONTH_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+{YEAR_RE})?"
        rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_RE}(?:,?\s+{YEAR_RE})?|{WEEKDAY_RE})",
    ),
    # `in the early hours of the morning`: the morning of the day reported
    (PART_RE, r"the\s+(?:early|small|wee)\s+hours\s+of\s+the\s+morning"),
    # `in the early hours of Monday`: that day's morning
    (r"hours", rf"the\s+(?:early|small|wee)\s+hours\s+of\s+(?:{WEEKDAY_RE}|{MONTH_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?)"),
    # this week, last month, next year, earlier this year, the weekend
    (
        r"week|month|year|quarter|spring|summer|fall|autumn|winter|decade|century",
        rf"(?:(?:{MOD_RE})\s+)?(?:this|last|next|the\s+past|the\s+coming|the\s+previous|the\s+current|the\s+same)"
        rf"\s+(?:weekend|week|month|year|quarter|spring|summer|fall|autumn|winter|decade|century)",
    ),
    (r"weekend|year|quarter|month", r"the\s+(?:weekend|year|quarter|month)(?=[\s,.;])"),
    (
        r"spring|summer|fall|autumn|winter",
        rf"(?:(?:{MOD_RE})\s+)?(?:this|last|next)?\s*(?:spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?{YEAR_RE})?",
    ),
    # 3 years ago, a week earlier, two days later
    (
        r"ago|earlier|before|later|from now|hence",
        # `exactly two years ago`: the same day, not the year (`dates.resolve`); `five days before San
        # Diego's playoff loss` counts from the loss, a day the text does not give, not from today (but
        # `A few days before that` from the time told before)
        rf"(?:exactly\s+)?{NUM_RE}\s+{UNIT_RE}\s+"
        r"(?:ago|earlier|later|from now|hence|(?:before|after)(?:(?=\s+that\b)|(?!\s+[\w$])))",
    ),
    (r"ago|earlier", r"(?:a\s+)?(?:year|month|week|day|decade|fortnight)[\s-](?:ago|earlier)"),
    (r"ago", rf"{NUM_RE}\s+{WEEKDAY_RE}s\s+ago"),  # `two Sundays ago`
    # quarters and halves
    (r"quarter|half", rf"(?:the\s+)?(?:{'|'.join(ORDINALS)})[\s-](?:quarter|half)(?:\s+of\s+{YEAR_RE})?"),
    (
        r"quarter|period|year",
        r"(?:the\s+)?(?:latest|current|year-earlier|year-ago|previous|same)\s+(?:quarter|period|year)",
    ),
    # that day, the next morning, earlier that year
    (r"that|same|next|following|previous|preceding|prior|earlier|later", ANAPHORA_RE),
    # holidays, references
    (HOLIDAY_RE, rf"(?:(?:{MOD_RE})\s+)?(?:{HOLIDAY_RE})(?:,?\s+{YEAR_RE})?"),
    (REFERENCE_RE, rf"(?:{REFERENCE_RE})"),
]
_COMPILED = [(t, re.compile(p, re.IGNORECASE)) for t, p in PATTERNS]
# Each distinct trigger once, searched in lower-cased text without IGNORECASE (its words are
# written in lower case): four times faster, and it runs on every paragraph.
_TRIGGERS = {t: re.compile(t) for t, _ in PATTERNS}
# Words a bare month name is more often something else after: `May` the verb, `March` the walk.
_MAY_VERBS = re.compile(
    r"^\s+(?:be|have|not|also|never|still|well|face|need|want|take|get|make|go|come|seem|"
    r"help|lead|cause|become|include|know|see|find|use|give|lose|win|say|do)\b",
    re.I,
)


# Who and what a march has, after `March` the walk (`March participants`, `march organizers`).
_MARCH_PEOPLE = re.compile(r"\s+(?:participants?|organi[sz]ers?|leaders?|routes?|goers?|attendees?)\b")


def find_date_expressions(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of each date expression in text[start:end], longest match at each place."""
    end = len(text) if end is None else end
    candidates: list[tuple[int, int]] = []
    lowered = text[start:end].lower()
    present = {t for t, trigger in _TRIGGERS.items() if trigger.search(lowered)}
    for trigger, pattern in _COMPILED:
        if trigger not in present:
            continue
        for match in pattern.finditer(text, start, end):
            a, b = match.span()
            while b > a and text[b - 1] in " ,-":
                b -= 1
            while a < b and text[a] == " ":
                a += 1
            if b > a and _word_bounded(text, a, b) and _plausible(text, a, b):
                candidates.append((a, b))
    candidates.sort(key=lambda c: (c[0], -(c[1] - c[0])))
    last_end = -1
    for a, b in candidates:
        if a >= last_end:
            yield a, b
            last_end = b


# What a holiday's name before it names a kind of (`an office Christmas party`, `Christmas trees`),
# held or sold before the day or around it; `a Labor Day cookout` is on the day and stays a date.
_HOLIDAY_THINGS = re.compile(
    r"\s+(?:part(?:y|ies)|trees?|shopping|cards?|gifts?|presents?|decorations?|lights|carols?|bonus(?:es)?)\b",
    re.IGNORECASE,
)


# Nouns of things that happen, which a year before them dates (`a 1999 incident`, `the 2004 election`).
_HAPPENINGS = (
    "incident|attack|bombing|shooting|stabbing|murder|killing|crash|earthquake|quake|election|war|riot|"
    "protest|trial|conviction|arrest|raid|fire|flood|storm|hurricane|tsunami|visit|summit|massacre|coup|meeting"
)


def _word_bounded(text: str, a: int, b: int) -> bool:
    before = text[a - 1] if a > 0 else " "
    after = text[b] if b < len(text) else " "
    # a colon after is a clock's (`10:30`), not one that opens what follows (`on Saturday, April 25: The`)
    clock = after == ":" and text[b + 1 : b + 3].strip()[:1].isdigit()
    return not (before.isalnum() or before in "-/:$") and not (after.isalnum() or after in "/%" or clock)


def _plausible(text: str, a: int, b: int) -> bool:
    expression = text[a:b]
    lower = expression.lower()
    names = re.findall(rf"\b(?:{MONTH_RE}|{WEEKDAY_RE})(?![a-z])", expression, re.IGNORECASE)
    if any(name[0].islower() for name in names):
        return False  # `march`, `may`: verbs; a month or weekday is written with a capital
    if lower == "fall" and not re.search(
        r"\b(?:in|by|until|till|since|during|through|this|that|last|next|early|late)\s+(?:the\s+)?$",
        text[max(0, a - 16) : a],
        re.IGNORECASE,
    ):
        return False  # `a fall in prices`, `the fall of the Wall`: not the season
    if lower in {"noon", "midnight"} and re.match(r"\s+[a-z]", text[b : b + 3]):
        return False  # `a midnight curfew`: a kind of curfew, not a time
    if re.fullmatch(HOLIDAY_RE, expression, re.IGNORECASE) and re.match(_HOLIDAY_THINGS, text[b : b + 16]):
        return False  # `an office Christmas party`, `Christmas trees`: a kind of thing, not its day
    if lower == "march" and _MARCH_PEOPLE.match(text[b : b + 24]):
        return False  # `March participants chanted`: the walk's people, not the month's
    if lower == "may":
        sentence_start = a == 0 or text[max(0, a - 2) : a].strip() in {"", ".", "!", "?", '"'}
        return not sentence_start and not _MAY_VERBS.match(text[b : b + 20])
    if re.fullmatch(YEAR_RE, expression):
        # A bare four-digit number is a year when it reads like one, not a count (`1,001 adults`, `2000 troops`).
        after = text[b : b + 12]
        before = text[max(0, a - 16) : a]
        if re.search(r"[$#£€]\s*$|\d[.,]$", before):
            return False
        if re.search(r"\b[A-Z]{2,}\s*-\s*$", before) and re.match(r"\s*-\s*\d", after):
            return False  # `CVE - 2013 - 3893`: a number inside a code, not a year
        timely = re.search(
            rf"(?:\b(?:in|since|by|of|from|until|till|before|after|during|through|early|late|mid|the|fiscal|year|"
            rf"{MONTH_RE})|[(,])[\s-]*$",
            before,
            re.IGNORECASE,
        )
        # the capitalised words end the noun phrase (`a 2013 Toyota Camry, which`), where a report
        # or a law goes on to a lowercase head (`a 2014 Labor Department report`: dated by the year)
        model = re.match(
            r"(?:\s+[A-Z][\w-]*){2,}(?:\s*[,.;:)]|\s*$|\s+(?:which|that|who|with|and|heading|as|when|while)\b)",
            text[b : b + 60],
        )
        # (and `struck Chohan with his 2013 Toyota Camry as he was traveling north`: one's own car)
        owned = r"\b(?:an?|his|her|their)\s+(?:[a-z]+\s+)?$"
        if not timely and model and re.search(owned, before, re.IGNORECASE):
            return False  # `a gray 2013 Toyota Camry`: a maker and a model, not a date (not `a 1971 Convention`)
        # `a 1999 incident where he stabbed his wife`: a year before what happened in it
        happening = re.match(rf"\s+(?:{_HAPPENINGS})\b", text[b : b + 20]) is not None
        if (
            not timely
            and not happening
            and re.match(r"\s+[a-z]", after)
            and not re.match(
                r"\s+(?:and|to|through|when|after|before|as|in|for|is|was|were|had|has|that|with)\b", after
            )
        ):
            return False
    if re.search(rf"(?:{TIME_RE})[^()]{{0,24}}\(\s*$", text[max(0, a - 48) : a], re.IGNORECASE):
        return False  # `4: 30 a. m. local time (11. 30 p. m. ET)`: the same moment in another zone
    if lower in {"current", "future", "once", "later", "earlier", "yet", "soon"} and expression[0].isupper():
        return a > 0 and text[a - 2 : a] not in {". ", "\n"}
    return True
