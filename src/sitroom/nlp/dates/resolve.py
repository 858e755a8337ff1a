"""Resolve one date expression against the publication date (or the date the text spoke of last)."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from ..counts import parse_number
from .lexicon import (
    ANAPHORA_RE,
    CLOCK_PART_RE,
    HOLIDAY_RE,
    HOLIDAYS,
    MOD_RE,
    MONTH_RE,
    MONTHS,
    NUM_RE,
    ORDINALS,
    PART_RE,
    PARTS_OF_DAY,
    REFERENCES,
    SEASONS,
    TIME_RE,
    UNIT_RE,
    WEEKDAY_RE,
    WEEKDAYS,
    YEAR_RE,
    Granularity,
    Tense,
)


@dataclass(frozen=True)
class ResolvedDate:
    """A date expression's value, resolved against the publication date."""

    value: str
    granularity: Granularity
    start: date | None = None  # first day covered, when the value is a calendar period
    end: date | None = None  # last day covered
    anchored: bool = False  # read against an earlier date in the text (`that day`), not the publication date


def resolve_date(
    expression: str, published: date, tense: Tense | None = None, anchor: ResolvedDate | None = None
) -> ResolvedDate | None:
    """The value of one date expression, or None when it is not one sitroom can place.

    `anchor` is the date the text spoke of last, for `that day`, `the next morning` and
    `a year earlier`; without one they are read against the publication date.
    """
    try:
        return _resolve(expression, published, tense, anchor)
    except (OverflowError, ValueError):  # `next year` from 9999-12-31: off the calendar, not a date
        return None


def _resolve(expression: str, published: date, tense: Tense | None, anchor: ResolvedDate | None) -> ResolvedDate | None:
    text = re.sub(r"\s+", " ", expression.strip().lower()).rstrip(".,")
    preposition = re.match(r"(?:on|in|at|by|during|of|for) ", text)
    if preposition and text in REFERENCES:  # `at present`, `at this time`: the preposition is the phrase's
        return ResolvedDate(REFERENCES[text], "reference")
    text = text[preposition.end() :] if preposition else text
    exact = re.fullmatch(rf"exactly ({NUM_RE}) (year|month|week)s? ago", text)
    if exact and (count := _count(exact[1])) is not None:
        # `a workplace rampage exactly two years ago`: the same day that many years back, not the year
        if exact[2] == "week":
            return _day(published - timedelta(weeks=count))
        year, month = _shift_months(published, -count * (12 if exact[2] == "year" else 1))
        return _day(date(year, month, min(published.day, calendar.monthrange(year, month)[1])))
    weekdays_ago = re.fullmatch(rf"({NUM_RE}) ({WEEKDAY_RE})s ago", text)
    if weekdays_ago and (count := _count(weekdays_ago[1])) is not None:
        # `two Sundays ago`, written on a Friday: the Sunday before last
        last = _weekday(WEEKDAYS[weekdays_ago[2]], published - timedelta(days=1), "past", None)
        return _day(last - timedelta(weeks=count - 1))
    relative = _resolve_anaphora(text, published, anchor, tense)
    if relative is not None:
        return replace(relative, anchored=True)
    if tense == "past" and re.fullmatch(rf"(?:(?:{NUM_RE}|several|a few|some) )?{UNIT_RE} later", text):
        # `it was confirmed several days later`, with no time told before to count from: later than
        # something the text does not date, not after the day of writing
        return None
    text = _normalise(text)
    told_day = story_day(anchor, published)
    if told_day is not None and re.fullmatch(TIME_RE, text):
        # `who gave himself up to police just after 6 p.m.`, after `opened fire ... Friday`: a clock
        # time takes the day of the story it is told in, the day just named, not the day of writing
        clock = _clock(text)
        if clock is not None and anchor is not None and anchor.value.endswith("TNI") and clock < "12":
            told_day += timedelta(days=1)  # `overnight Thursday` (the night into it), then `at 2: 09 a. m.`
        if clock is not None:
            return ResolvedDate(f"{told_day.isoformat()}T{clock}", "time", told_day, told_day)
    for resolver in _RESOLVERS:
        resolved = resolver(text, published, tense)
        if resolved is not None:
            return resolved
    return None


def story_day(anchor: ResolvedDate | None, published: date) -> date | None:
    """The day the text last named, when it is a day of the week before publication other than the
    publication day itself: the day a bare clock time is of."""
    if anchor is None or anchor.start is None or anchor.granularity not in {"day", "part_of_day", "time"}:
        return None
    return anchor.start if 0 < (published - anchor.start).days <= 7 else None


def is_anchor(resolved: ResolvedDate, published: date) -> bool:
    """Whether later expressions (`that day`, `a year earlier`) may be read against this one: a
    calendar date read from the publication date, not after it (`ahead of next Tuesday's primary`
    is not the day a later `a day earlier` counts from)."""
    return (
        resolved.start is not None
        and resolved.start <= published
        and not resolved.anchored
        and resolved.granularity not in {"decade", "century"}
    )


_ANAPHORA = re.compile(ANAPHORA_RE, re.IGNORECASE)
_STEP = {"last": -1, "this": 0, "next": 1}  # `June last year`, `this year's third quarter`


def _resolve_anaphora(
    text: str, published: date, anchor: ResolvedDate | None, tense: Tense | None = None
) -> ResolvedDate | None:
    m = re.fullmatch(rf"(?:({NUM_RE}) )?(day|week|month|year|quarter)s?[ -](earlier|later|before|after|ago)", text)
    # `ago` counts from the publication date, but in a results story `a year ago` is the quarter reported, a year back.
    anchored = m is not None and (m[3] != "ago" or (anchor is not None and anchor.granularity == "quarter"))
    if m and anchored and anchor is not None and anchor.start is not None:
        count = _count(m[1] or "a")
        if count is None:
            return None
        sign = 1 if m[3] in {"later", "after"} else -1
        if m[3] == "ago":  # from the latest completed quarter
            latest = published.year * 4 + (published.month - 1) // 3 - 1
            anchor = _quarter(latest // 4, latest % 4 + 1)
        return _shift(anchor, m[2], sign * count)
    if text == "the day":  # the day reported, or the one just spoken of
        return _day(anchor.start) if anchor is not None and anchor.start is not None else _day(published)
    m = _ANAPHORA.fullmatch(text)
    if not m:
        return None
    unit = m[1] or m[2]
    daily = unit in WEEKDAYS or unit in {"day", "morning", "afternoon", "evening", "night"}
    # `the next morning` counts from a day, not from the year or month last named
    usable = anchor is not None and anchor.start is not None
    if usable and daily and anchor.granularity not in {"day", "part_of_day", "time"} and "that" in text.split():
        # `Later that day`, after `in March 2005`: a day of that month the text does not name, not today
        return None
    if usable and daily and anchor.granularity not in {"day", "part_of_day", "time"}:
        usable = False
    base = anchor if usable and anchor is not None else _day(published)
    assert base.start is not None
    step = 1 if ("next" in text or "following" in text) else -1 if re.search(r"previous|preceding|prior", text) else 0
    if step > 0 and base is not anchor and tense == "past":
        # `A court officer was also killed ... and an off-duty officer the next day`, with no day
        # told before: the day after one the text does not name, not the day after the report
        return None
    if unit in WEEKDAYS:
        return _day(_weekday(WEEKDAYS[unit], base.start, "future" if step >= 0 else "past", None))
    if unit in {"morning", "afternoon", "evening", "night"}:
        return _day(base.start + timedelta(days=step), "part_of_day", "T" + PARTS_OF_DAY[unit])
    return _shift(_widen(base, unit), unit, step)


def _widen(resolved: ResolvedDate, unit: str) -> ResolvedDate:
    """The `unit` that contains a resolved date: the year of a day, for `that year`."""
    assert resolved.start is not None
    start = resolved.start
    if unit == "day":
        return _day(start)
    if unit == "week":
        return _week(start)
    if unit == "month":
        return _month(start.year, start.month)
    if unit == "quarter":
        return _quarter(start.year, (start.month - 1) // 3 + 1)
    return _year(start.year)


def _shift(resolved: ResolvedDate, unit: str, count: int) -> ResolvedDate:
    """Move a resolved date by `count` units, keeping its own granularity (`a year earlier` than a
    quarter is that quarter a year before)."""
    assert resolved.start is not None
    start = resolved.start
    if count == 0:
        return resolved
    months = {"month": 1, "quarter": 3, "year": 12}.get(unit)
    days = {"day": 1, "week": 7}.get(unit)
    if resolved.granularity == "quarter" and months:
        index = start.year * 4 + (start.month - 1) // 3 + count * months // 3
        return _quarter(index // 4, index % 4 + 1)
    if resolved.granularity == "year" and unit == "year":
        return _year(start.year + count)
    if resolved.granularity == "month" and months:
        return _month(*_shift_months(start, count * months))
    if months:
        year, month = _shift_months(start, count * months)
        moved = date(year, month, min(start.day, calendar.monthrange(year, month)[1]))
    else:
        moved = start + timedelta(days=count * (days or 1))
    return _widen(_day(moved), unit) if resolved.granularity not in {"day", "part_of_day", "time"} else _day(moved)


def _count(word: str) -> int | None:
    """`two` -> 2, `a` -> 1; None for vague words (`several years ago`)."""
    return 1 if word in {"a", "an"} else parse_number(word)


_TENS = {
    "ten": 10,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}


def _spoken_years(text: str) -> str:
    """`nineteen ninety-six` -> `1996`, `the year two thousand` -> `2000`, as transcripts write them."""

    def year(m: re.Match[str]) -> str:
        value = _TENS[m[2]] + (_ONES[m[3]] if m[3] else 0)
        return str((19 if m[1] == "nineteen" else 18) * 100 + value)

    text = re.sub(rf"\b(nineteen|eighteen) ({'|'.join(_TENS)})(?:-({'|'.join(_ONES)}))?\b", year, text)
    return re.sub(r"\b(?:the year )?two thousand\b", "2000", text)


def _normalise(text: str) -> str:
    """Drop what does not change the value: prepositions, `fiscal`, `the end of`, `sometime`."""
    text = re.sub(
        r"^(?:on|in|at|by|since|from|until|during|of|for|sometime|around|about|approximately|almost|"
        r"nearly|roughly|some|more than|less than|just over|just under|over|under) ",
        "",
        text,
    )
    text = re.sub(r" (?:or later|or earlier|and beyond|or so)$", "", text)
    text = _spoken_years(text)
    text = re.sub(r"\ba fortnight\b", "two weeks", text)  # `about a fortnight ago`: two weeks back
    text = re.sub(r"\bfiscal[ -]", "", text)
    # `0737 GMT`, `1100 hrs IST`: 07:37, 11:00
    text = re.sub(r"\b([01]\d|2[0-3])([0-5]\d) ?(?=(?:gmt|utc|ist|bst|cet|hrs)\b)", r"\1:\2 ", text)
    text = re.sub(r"\b(?:e[sd]t|[cmp][sd]t|gmt|utc|ist|bst|cet|hrs)\b,?", "", text)  # time zones
    text = text.replace("  ", " ").strip()
    text = re.sub(r"'s$", "", text)  # `Friday's`
    text = re.sub(r"\bmidday\b", "noon", text)
    text = re.sub(r"\bmid[- ]?(?=(?:morning|afternoon|evening)\b)", "", text)
    text = re.sub(rf"^({PART_RE}) (today|yesterday|tomorrow)$", r"\2 \1", text)  # `afternoon yesterday`
    text = re.sub(r"^the (?:early|small|wee) hours of (?=the morning$)", "", text)  # of the morning reported
    text = re.sub(r"^the (?:early|small|wee) hours of (?!the morning$)", "the morning of ", text)  # `of Monday`
    text = re.sub(rf"^(?:early|late) (?=(?:{MONTH_RE})\.? \d)", "", text)  # `early Jan. 6`: the day
    text = re.sub(rf"^(?:the )?(?:end|beginning|start|middle) of (?=(?:{MONTH_RE}|{YEAR_RE})\b)", "", text)
    text = re.sub(r"^(?:the )?(?:end|beginning|start|middle|rest|remainder) of (?:the )?(?=\w)", "the ", text)
    text = re.sub(r"^(?:the )?(?:first|last|latter|second) half of (?=the '\d0s|the \d{3}0s)", "", text)
    text = re.sub(r"^(?:the )?(?:last|latter|final|second) half\b", "the second half", text)
    text = re.sub(r"^(?:a good |a large |the better )?part of (?=\d{4}$)", "", text)
    text = re.sub(r"^(?:post|pre|mid)-(?=\d{4}$)", "", text)
    text = re.sub(rf"^(?:earlier|later) (?={WEEKDAY_RE}\b)", "", text)  # `earlier Sunday`
    text = re.sub(r"^(?:the )?first two quarters\b", "the first half", text)
    text = re.sub(r"^(?:its|their|the company's) (?=(?:first|second|third|fourth) quarter$)", "", text)
    text = re.sub(r"^the (?:early|late|mid) ", "", text)
    text = re.sub(
        r"^(?:this past|the last|the past|the previous) (?=(?:week|month|quarter|spring|summer|fall|"
        rf"autumn|winter|{WEEKDAY_RE})$)",
        "last ",
        text,
    )
    text = re.sub(r"^the (?=(?:next|last|this) )", "", text)
    return text.replace("the the ", "the ")


# -- resolvers, tried in order ---------------------------------------------------------------


def _day(d: date, granularity: Granularity = "day", suffix: str = "") -> ResolvedDate:
    return ResolvedDate(d.isoformat() + suffix, granularity, d, d)


def _month(year: int, month: int) -> ResolvedDate:
    last = calendar.monthrange(year, month)[1]
    return ResolvedDate(f"{year:04d}-{month:02d}", "month", date(year, month, 1), date(year, month, last))


def _decade(decade: int) -> ResolvedDate:
    """`199`: the 1990s, as TimeML writes a decade."""
    return ResolvedDate(str(decade), "decade", date(decade * 10, 1, 1), date(decade * 10 + 9, 12, 31))


def _year(year: int) -> ResolvedDate:
    return ResolvedDate(f"{year:04d}", "year", date(year, 1, 1), date(year, 12, 31))


def _week(d: date) -> ResolvedDate:
    iso = d.isocalendar()
    monday = d - timedelta(days=d.weekday())
    return ResolvedDate(f"{iso[0]:04d}-W{iso[1]:02d}", "week", monday, monday + timedelta(days=6))


def _quarter(year: int, quarter: int) -> ResolvedDate:
    first = date(year, 3 * quarter - 2, 1)
    last_month = 3 * quarter
    return ResolvedDate(
        f"{year:04d}-Q{quarter}", "quarter", first, date(year, last_month, calendar.monthrange(year, last_month)[1])
    )


def _season(year: int, code: str) -> ResolvedDate:
    # Meteorological seasons of the northern hemisphere; winter is the one that starts in December.
    spans = {"SP": ((3, 1), (5, 31)), "SU": ((6, 1), (8, 31)), "FA": ((9, 1), (11, 30)), "WI": ((12, 1), (2, 28))}
    (m1, d1), (m2, d2) = spans[code]
    end_year = year + 1 if code == "WI" else year
    return ResolvedDate(f"{year:04d}-{code}", "season", date(year, m1, d1), date(end_year, m2, d2))


def _shift_months(d: date, months: int) -> tuple[int, int]:
    index = d.year * 12 + d.month - 1 + months
    return index // 12, index % 12 + 1


def _pick_year(month: int, day: int | None, published: date, tense: Tense | None) -> int:
    """The year of a month (and day) named without one: the nearest, so `Jan. 14` written on
    6 January is this January and `November` written in January is last November. The tense
    decides unless one side is more than eight months nearer: `January` in a past-tense sentence
    of October is the January gone, not the one three months ahead."""

    def as_date(year: int) -> date:
        return date(year, month, min(day or 15, calendar.monthrange(year, month)[1]))

    if day is None and month == published.month:
        return published.year
    options = sorted(
        (abs((as_date(y) - published).days), y) for y in (published.year - 1, published.year, published.year + 1)
    )
    (near, nearest), (second, _) = options[0], options[1]
    if second - near < 240 and tense in {"past", "future"}:
        wanted_past = tense == "past"
        for _, year in (options[0], options[1]):
            if (as_date(year) <= published) == wanted_past:
                return year
    return nearest


def _weekday(target: int, published: date, tense: Tense | None, modifier: str | None) -> date:
    delta = target - published.weekday()
    if modifier == "last":
        return published + timedelta(days=delta - 7 if delta >= 0 else delta)
    if modifier == "next":
        return published + timedelta(days=delta + 7 if delta <= 0 else delta)
    if delta == 0:
        return published  # a weekday named on that weekday is that day
    if tense == "future":
        return published + timedelta(days=delta % 7)
    if tense == "past":
        return published - timedelta(days=(-delta) % 7)
    # No tense: news mostly reports what happened, so the past, unless it is days ahead this week.
    back = (-delta) % 7
    return published - timedelta(days=back) if back <= 4 else published + timedelta(days=delta % 7)


def _resolve_reference(text: str, published: date, tense: Tense | None) -> ResolvedDate | None:
    if REFERENCES.get(text) == "YEAR":
        return _year(published.year)
    if text in REFERENCES:
        return ResolvedDate(REFERENCES[text], "reference")
    return None


def _resolve_iso(text: str, published: date, tense: Tense | None) -> ResolvedDate | None:
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text):
        try:
            return _day(date(int(m[1]), int(m[2]), int(m[3])))
        except ValueError:
            return None
    if m := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})", text):
        year = int(m[3]) + (0 if len(m[3]) == 4 else 1900 if int(m[3]) > 30 else 2000)
        try:
            return _day(date(year, int(m[1]), int(m[2])))
        except ValueError:
            return None
    return None


def _part_code(text: str) -> str:
    for word, code in PARTS_OF_DAY.items():
        if re.search(rf"\b{word}\b", text):
            return code
    return ""


def _clock(text: str) -> str | None:
    if "noon" in text:
        return "12:00"
    if "midnight" in text:
        return "24:00"
    m = re.search(r"(\d{1,2})(?:[:.]\s?(\d\d))?\s*(a\.\s?m|p\.\s?m|am|pm)?", text)
    if not m or (m[3] is None and m[2] is None):
        return None
    hour = int(m[1]) % 12 + (12 if m[3] and m[3].startswith("p") else 0) if m[3] else int(m[1])
    return f"{hour:02d}:{m[2] or '00'}"


def _resolve_relative_day(text: str, published: date, tense: Tense | None) -> ResolvedDate | None:
    m = re.fullmatch(
        rf"(?:(early|late|later|earlier) )?(today|yesterday|tomorrow|tonight|overnight|this|last)"
        rf"(?: ({PART_RE}))?",
        text,
    )
    if night := re.fullmatch(rf"overnight ({WEEKDAY_RE})", text):
        # `rattled Northern California overnight Thursday`: the night into that day, named by its
        # evening as `overnight` alone is
        morning = _weekday(WEEKDAYS[night[1]], published, tense, None)
        evening = morning - timedelta(days=1)
        return ResolvedDate(f"{evening.isoformat()}TNI", "part_of_day", evening, morning)
    if bare := re.fullmatch(rf"(?:the )?({PART_RE})", text):
        return _day(published, "part_of_day", "T" + PARTS_OF_DAY[bare[1]])  # `the morning`, of the day reported
    if not m or (m[2] in {"this", "last"} and not m[3]):
        return None
    word, part = m[2], m[3]
    offset = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
    if word == "last" and part == "night":
        offset = -1
    elif word == "last":
        return None
    if word == "overnight" and tense != "future":
        # Reported in the day's news, `overnight` is the night that has just ended.
        night = published - timedelta(days=1)
        return ResolvedDate(f"{night.isoformat()}TNI", "part_of_day", night, published)
    d = published + timedelta(days=offset)
    code = PARTS_OF_DAY.get(part or "", "") or PARTS_OF_DAY.get(word, "")
    if code:
        return _day(d, "part_of_day", "T" + code)
    return _day(d)


def _resolve_clock(text: str, published: date, tense: Tense | None) -> ResolvedDate | None:
    m = re.fullmatch(
        rf"({TIME_RE})(?:,? (?:on )?({WEEKDAY_RE}|today|tomorrow|yesterday|tonight|{CLOCK_PART_RE}"
        rf"|{MONTH_RE} \d{{1,2}}))?",
        text,
    )
    if not m:
        return None
    clock = _clock(m[1])
    day = published
    if m[2]:
        inner = resolve_date(m[2], published, tense)
        if inner is None or inner.start is None or inner.granularity not in {"day", "part_of_day"}:
            return None
        day = inner.start
    if clock is None:
        return None
    return ResolvedDate(f"{day.isoformat()}T{clock}", "time", day, day)


def _resolve_week_of(text: str, published: date, tense: Tense | None) -> ResolvedDate | None:
    m = re.fullmatch(r"the week of (.+)", text)
    inner = resolve_date(m[1], published, tense) if m else None
    if inner is None or inner.start is None or inner.granularity != "day":
        return None
    return _week(inner.start)


def _resolve_part_of(text: str, published: date, tense: Tense | None) -> ResolvedDate | None:
    """`the night of Sept. 13`, `early morning on Sunday`: that part of the day named."""
    m = re.fullmatch(rf"(?:the ({PART_RE}) of|(?:early |late )?({PART_RE}) on) (.+)", text)
    inner = resolve_date(m[3], published, tense) if m else None
    if m is None or inner is None or inner.start is None or inner.granularity != "day":
        return None
    return _day(inner.start, "part_of_day", "T" + PARTS_OF_DAY[m[1] or m[2]])


def _resolve_weekday(text: str, published: date, tense: Tense | None) -> ResolvedDate | None:
    m = re.fullmatch(
        rf"(?:({TIME_RE}) )?(?:(last|next|this|early|late) )?({WEEKDAY_RE})(?: ({PART_RE}))?"
        rf"(?: at ({TIME_RE}))?",
        text,
    )
    if not m:
        return None
    modifier = m[2] if m[2] in {"last", "next"} else None
    d = _weekday(WEEKDAYS[m[3]], published, tense, modifier)
    clock = _clock(m[1] or m[5] or "")
    if clock:
        return ResolvedDate(f"{d.isoformat()}T{clock}", "time", d, d)
    if m[4]:
        return _day(d, "part_of_day", "T" + PARTS_OF_DAY[m[4]])
    return _day(d)


def _weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return date(year, month, day).weekday()
    except ValueError:
        return None


def _month_number(word: str) -> int | None:
    return MONTHS.get(word.rstrip(".").lower())


def _resolve_calendar(text: str, published: date, tense: Tense | None) -> ResolvedDate | None:
    named_weekday = re.match(rf"^({WEEKDAY_RE}),? ", text)
    text = text[named_weekday.end() :] if named_weekday else text
    patterns = [
        rf"(?P<month>{MONTH_RE}) (?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,? (?P<year>{YEAR_RE}))?",
        rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?(?P<month>{MONTH_RE})(?:,? (?P<year>{YEAR_RE}))?",
    ]
    for pattern in patterns:
        m = re.fullmatch(pattern, text)
        if m:
            month = _month_number(m["month"])
            day = int(m["day"])
            if month is None:
                return None
            year = int(m["year"]) if m["year"] else _pick_year(month, day, published, tense)
            if named_weekday and not m["year"]:
                # `Monday, Oct. 26`: the year in which that day is a Monday, if one is near.
                wanted = WEEKDAYS[named_weekday[1]]
                fits = [y for y in (year, year - 1, year + 1) if _weekday_of(y, month, day) == wanted]
                year = fits[0] if fits else year
            try:
                return _day(date(year, month, day))
            except ValueError:
                return None
    if m := re.fullmatch(rf"(?P<month>{MONTH_RE}),? (of )?(?P<which>last|this|next) year", text):
        month = _month_number(m["month"])
        step = _STEP[m["which"]]
        return _month(published.year + step, month) if month else None
    m = re.fullmatch(
        rf"(?:(?:{MOD_RE})[ -])?(?:(last|next|this|early|late|mid)[ -])?(?P<month>{MONTH_RE})"
        rf"(?:,? (?P<year>{YEAR_RE}))?",
        text,
    )
    if m:
        month = _month_number(m["month"])
        if month is None:
            return None
        if m["year"]:
            return _month(int(m["year"]), month)
        if m[1] == "last":
            year = published.year if month < published.month else published.year - 1
        elif m[1] == "next":
            year = published.year if month > published.month else published.year + 1
        elif m[1] == "this":
            year = published.year
        else:
            year = _pick_year(month, None, published, tense)
        return _month(year, month)
    return None


def _resolve_year(text: str, published: date, tense: Tense | None) -> ResolvedDate | None:
    m = re.fullmatch(rf"(?:(?:{MOD_RE})[ -])?(?:fiscal )?(?:the )?({YEAR_RE})", text)
    if m:
        return _year(int(m[1]))
    m = re.fullmatch(r"(?:the )?(?:(?:early|late|mid)[ -])?(\d{3})0'?s", text)
    if m:
        return _decade(int(m[1]))
    if m := re.fullmatch(r"(?:the )?(\d{1,2})(?:st|nd|rd|th) century", text):
        century = int(m[1]) - 1  # the 20th century is the 1900s: TimeML writes `19`
        return ResolvedDate(
            f"{century:02d}", "century", date(max(1, century * 100), 1, 1), date(century * 100 + 99, 12, 31)
        )
    m = re.fullmatch(rf"(?:the )?(?:(?:early|late|mid)[ -])?(?:'(\d)0s|({'|'.join(_DECADE_WORDS)}))", text)
    if m:
        # `the '90s`, `the nineties`: in the publication's century, unless that decade is still to come
        # (`the nineties` written in 1989 are the coming ones)
        decade = (published.year // 100) * 10 + (int(m[1]) if m[1] else _DECADE_WORDS[m[2]])
        return _decade(decade - 10 if decade * 10 > published.year + 1 else decade)
    return None


_DECADE_WORDS = {
    word: tens
    for tens, word in enumerate(
        ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"], start=2
    )
}


_UNIT_WORDS = r"(week|weekend|month|year|quarter|spring|summer|fall|autumn|winter|decade|century)"


def _resolve_relative_period(text: str, published: date, tense: Tense | None) -> ResolvedDate | None:
    m = re.fullmatch(
        rf"(?:(?:{MOD_RE}) )?(this|last|next|the past|the coming|the previous|the current|the same)"
        rf" {_UNIT_WORDS}",
        text,
    )
    if not m:
        m = re.fullmatch(r"(the )?(week|weekend|year|quarter|month)", text)
        if not m:
            return None
        which = "this"
        if m[2] == "quarter" and tense != "future":
            which = "last"  # `the quarter` in a results story is the one just reported
    else:
        which = m[1]
    unit = m[2]
    step = {"last": -1, "the previous": -1, "the past": -1, "next": 1, "the coming": 1}.get(which, 0)
    if which == "the past" and unit in {"week", "month", "year", "decade"}:
        return None  # `the past year` is a duration, not a calendar year
    if unit == "week":
        return _week(published + timedelta(weeks=step))
    if unit == "weekend":
        on_it = published.weekday() >= 5  # `died ... this weekend`, written on the Saturday or Sunday: this one
        if which == "this" and not on_it and (tense == "past" or (tense is None and published.weekday() <= 2)):
            step = -1  # `the weekend` written early in the week, or in the past tense, is the one just gone
        week = _week(published + timedelta(weeks=step))
        saturday = week.start + timedelta(days=5) if week.start else None
        return ResolvedDate(f"{week.value}-WE", "weekend", saturday, week.end)
    if unit == "month":
        return _month(*_shift_months(published, step))
    if unit == "year":
        return _year(published.year + step)
    if unit == "quarter":
        index = published.year * 4 + (published.month - 1) // 3 + step
        return _quarter(index // 4, index % 4 + 1)
    if unit == "decade":
        decade = published.year // 10 + step
        return _decade(decade)
    if unit == "century":
        century = published.year // 100 + step
        return ResolvedDate(
            f"{century:02d}", "century", date(max(1, century * 100), 1, 1), date(century * 100 + 99, 12, 31)
        )
    return _resolve_season(f"{which} {unit}", published, tense)


def _resolve_season(text: str, published: date, tense: Tense | None) -> ResolvedDate | None:
    m = re.fullmatch(
        rf"(?:(?:{MOD_RE}) )?(?:(this|last|next|the) )?(spring|summer|fall|autumn|winter)"
        rf"(?: (?:of )?({YEAR_RE}))?",
        text,
    )
    if not m:
        return None
    code = SEASONS[m[2]]
    if m[3]:
        return _season(int(m[3]), code)
    near = [_season(year, code) for year in range(published.year - 2, published.year + 2)]
    containing = next((s for s in near if s.start and s.end and s.start <= published <= s.end), None)
    past = [s for s in near if s.end and s.end < published]
    future = [s for s in near if s.start and s.start > published]
    if m[1] == "this":
        return containing or _season(published.year, code)
    if m[1] == "last" or (m[1] is None and tense == "past" and containing is None):
        return past[-1]
    if m[1] == "next" or (m[1] is None and tense == "future" and containing is None):
        return future[0]
    if containing is not None:
        return containing
    assert past[-1].end and future[0].start
    return past[-1] if (published - past[-1].end) <= (future[0].start - published) else future[0]


def _resolve_ago(text: str, published: date, tense: Tense | None) -> ResolvedDate | None:
    m = re.fullmatch(
        rf"(?:({NUM_RE}) )?(day|week|month|year|decade|quarter)s?[ -](ago|earlier|before|later|from now"
        rf"|hence)",
        text,
    )
    if not m:
        return None
    count = _count(m[1] or "a")
    sign = 1 if m[3] in {"later", "from now", "hence"} else -1
    unit = m[2]
    if count is None:
        return ResolvedDate("PAST_REF" if sign < 0 else "FUTURE_REF", "reference")
    if unit == "day":
        return _day(published + timedelta(days=sign * count))
    if unit == "week":
        return _week(published + timedelta(weeks=sign * count))
    if unit == "month":
        return _month(*_shift_months(published, sign * count))
    if unit == "quarter":
        index = published.year * 4 + (published.month - 1) // 3 + sign * count
        return _quarter(index // 4, index % 4 + 1)
    if unit == "decade":
        decade = (published.year + sign * 10 * count) // 10
        return _decade(decade)
    return _year(published.year + sign * count)


def _resolve_quarter(text: str, published: date, tense: Tense | None) -> ResolvedDate | None:
    m = re.fullmatch(
        rf"(?:the )?(?:({YEAR_RE}|year-ago|year-earlier|comparable year-ago) )?({'|'.join(ORDINALS)})"
        rf"[ -](quarter|half)(?: of ({YEAR_RE}))?",
        text,
    )
    if m:
        qualifier, n, unit, of_year = m[1], ORDINALS[m[2]], m[3], m[4]
        named_year = qualifier if qualifier and qualifier[0].isdigit() else of_year
        if named_year:
            year = int(named_year)
        elif qualifier:  # `the year-ago third quarter`
            year = published.year - 1
        else:
            year = published.year
            if unit == "quarter" and tense == "past" and 3 * n - 2 > published.month:
                year -= 1
        if unit == "half":
            if n > 2:
                return None
            return ResolvedDate(
                f"{year:04d}-H{n}", "half", date(year, 6 * n - 5, 1), date(year, 6 * n, 30 if n == 1 else 31)
            )
        return _quarter(year, n)
    if m := re.fullmatch(rf"(this|last|next) year's ({'|'.join(ORDINALS)}) (quarter|half)", text):
        year = published.year + _STEP[m[1]]
        return _resolve_quarter(f"the {m[2]} {m[3]} of {year}", published, tense)
    if m := re.fullmatch(rf"(?:the )?(?:({YEAR_RE})|last year's) quarter", text):
        # `the 1988 quarter`, `last year's quarter`: the quarter reported, in that year
        latest = published.year * 4 + (published.month - 1) // 3 - 1
        return _quarter(int(m[1]) if m[1] else published.year - 1, latest % 4 + 1)
    if re.fullmatch(
        r"the (?:corresponding|comparable|same) (?:quarter|period) (?:a year (?:ago|earlier)|last year)", text
    ) or (text == "the quarter a year ago"):
        text = "the year-ago quarter"
    m = re.fullmatch(r"(?:the )?(latest|current|year-earlier|year-ago|previous|same) (quarter|period|year)", text)
    if m:
        latest_quarter = (published.year * 4 + (published.month - 1) // 3) - 1  # the last completed quarter
        if m[2] == "year":
            return _year(published.year - (1 if m[1] in {"year-earlier", "year-ago", "previous"} else 0))
        index = latest_quarter - (4 if m[1] in {"year-earlier", "year-ago"} else 1 if m[1] == "previous" else 0)
        return _quarter(index // 4, index % 4 + 1)
    return None


def _resolve_holiday(text: str, published: date, tense: Tense | None) -> ResolvedDate | None:
    m = re.fullmatch(
        rf"(?:(?:{MOD_RE}) )?(?:(?P<which>last|next|this) )?(?P<name>{HOLIDAY_RE})(?:,? (?P<year>{YEAR_RE}))?", text
    )
    if not m:
        return None
    rule = HOLIDAYS[m["name"]]

    def on(year: int) -> date:
        if len(rule) == 2:
            return date(year, rule[0], rule[1])
        month, weekday, nth = rule  # type: ignore[misc]
        if m["name"] == "election day":  # the Tuesday after the first Monday of November
            first_monday = 1 + (0 - date(year, 11, 1).weekday()) % 7
            return date(year, 11, first_monday + 1)
        month_days = range(1, calendar.monthrange(year, month)[1] + 1)
        days = [d for d in month_days if date(year, month, d).weekday() == weekday]
        return date(year, month, days[nth - 1 if nth > 0 else nth])

    if m["year"]:
        return _day(on(int(m["year"])))
    this_year = on(published.year)
    if m["which"] == "last":
        return _day(this_year if this_year < published else on(published.year - 1))
    if m["which"] == "next":
        return _day(this_year if this_year > published else on(published.year + 1))
    return _day(on(_pick_year(this_year.month, this_year.day, published, tense)))


_RESOLVERS = (
    _resolve_reference,
    _resolve_iso,
    _resolve_relative_day,
    _resolve_clock,
    _resolve_weekday,
    _resolve_week_of,
    _resolve_part_of,
    _resolve_holiday,
    _resolve_calendar,
    _resolve_year,
    _resolve_quarter,
    _resolve_relative_period,
    _resolve_season,
    _resolve_ago,
)
