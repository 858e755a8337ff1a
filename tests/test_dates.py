from __future__ import annotations

from datetime import date

import pytest

import sitroom
from sitroom.model import Analysis
from sitroom.nlp.dates import find_date_expressions, resolve_date

WEDNESDAY = date(2021, 1, 6)


@pytest.mark.parametrize(
    ("expression", "tense", "value", "granularity"),
    [
        ("Wednesday", "past", "2021-01-06", "day"),  # a weekday named on that weekday is that day
        ("Wednesday, Jan. 6, 2021", None, "2021-01-06", "day"),
        ("Jan. 6, 2021", None, "2021-01-06", "day"),
        ("today", None, "2021-01-06", "day"),
        ("tonight", None, "2021-01-06TNI", "part_of_day"),
        ("overnight", "past", "2021-01-05TNI", "part_of_day"),
        ("overnight Wednesday", "past", "2021-01-05TNI", "part_of_day"),  # the night into Wednesday
        ("on Wednesday morning", "past", "2021-01-06TMO", "part_of_day"),
        ("the early hours of Wednesday", "past", "2021-01-06TMO", "part_of_day"),  # that day's morning
        ("earlier", None, "PAST_REF", "reference"),
        ("the Fourth of July 2019", "past", "2019-07-04", "day"),
        ("autumn", "past", "2020-FA", "season"),
        ("in November", "past", "2020-11", "month"),
        ("November", None, "2020-11", "month"),
        ("early December", None, "2020-12", "month"),
        ("exactly two years ago", "past", "2019-01-06", "day"),  # the same day, not the year
        ("8.49pm", "past", "2021-01-06T20:49", "time"),  # a British clock time
        ("last June", None, "2020-06", "month"),
        ("last Friday", None, "2021-01-01", "day"),
        ("Friday", "future", "2021-01-08", "day"),
        ("Friday", "past", "2021-01-01", "day"),
        ("yesterday", None, "2021-01-05", "day"),
        ("last night", None, "2021-01-05TNI", "part_of_day"),
        ("7:15 p.m.", None, "2021-01-06T19:15", "time"),
        ("7: 15 p. m.", None, "2021-01-06T19:15", "time"),  # as a wire tokenised it
        ("0737 GMT", None, "2021-01-06T07:37", "time"),  # as AFP writes it
        ("1100 hrs IST", None, "2021-01-06T11:00", "time"),  # as an Indian wire writes it
        ("last week", None, "2020-W53", "week"),
        ("this year", None, "2021", "year"),
        ("the 1990s", None, "199", "decade"),
        ("the third quarter", "past", "2020-Q3", "quarter"),
        ("two years ago", None, "2019", "year"),
        ("Thanksgiving", "past", "2020-11-26", "day"),
        ("nineteen ninety-six", None, "1996", "year"),
        ("the end of November", "past", "2020-11", "month"),
        ("June last year", None, "2020-06", "month"),
        ("March", "past", "2020-03", "month"),  # the tense decides unless one side is far nearer
        ("March", "future", "2021-03", "month"),
        ("this year's third quarter", None, "2021-Q3", "quarter"),
        ("the last half of 2020", None, "2020-H2", "half"),
        ("the 20th century", None, "19", "century"),
        ("the nineties", None, "199", "decade"),
        ("mid-afternoon yesterday", None, "2021-01-05TAF", "part_of_day"),
        ("midday", None, "2021-01-06T12:00", "time"),
        ("5 p.m. EST, Nov. 9", "past", "2020-11-09T17:00", "time"),
        ("9 a.m. EST Tuesday", "past", "2021-01-05T09:00", "time"),
        ("earlier Tuesday", "past", "2021-01-05", "day"),
        ("last Thanksgiving", None, "2020-11-26", "day"),
        ("the week of Jan. 11", "future", "2021-W02", "week"),
        ("recent days", None, "PAST_REF", "reference"),
        ("the near term", None, "FUTURE_REF", "reference"),
        ("two Sundays ago", None, "2020-12-27", "day"),  # the Sunday before last
    ],
)
def test_resolve_date(expression: str, tense: str | None, value: str, granularity: str) -> None:
    resolved = resolve_date(expression, WEDNESDAY, tense)  # type: ignore[arg-type]
    assert resolved is not None, expression
    assert (resolved.value, resolved.granularity) == (value, granularity)


def test_calendar_bounds() -> None:
    winter = resolve_date("last winter", WEDNESDAY)
    assert winter is not None and (winter.value, winter.start, winter.end) == (
        "2019-WI",
        date(2019, 12, 1),
        date(2020, 2, 28),
    )
    month = resolve_date("November", WEDNESDAY)
    assert month is not None and (month.start, month.end) == (date(2020, 11, 1), date(2020, 11, 30))
    night = resolve_date("overnight", WEDNESDAY, "past")
    assert night is not None and (night.start, night.end) == (date(2021, 1, 5), WEDNESDAY)


def test_the_weekend_written_on_a_monday_is_the_one_just_gone() -> None:
    monday, friday = date(1990, 8, 13), date(1990, 8, 17)
    assert resolve_date("the weekend", monday).value == "1990-W32-WE"
    assert resolve_date("the weekend", friday).value == "1990-W33-WE"


def test_a_named_weekday_picks_the_year() -> None:
    resolved = resolve_date("Monday, Oct. 26", date(1998, 10, 25), "past")
    assert resolved is not None and resolved.value == "1998-10-26"


def test_anaphora_reads_against_the_last_date() -> None:
    quarter = resolve_date("the third quarter", date(1989, 10, 26), "past")
    earlier = resolve_date("a year earlier", date(1989, 10, 26), "past", quarter)
    assert earlier is not None and (earlier.value, earlier.anchored) == ("1988-Q3", True)
    march = resolve_date("March 3", date(2020, 3, 20), "past")
    assert resolve_date("the next morning", date(2020, 3, 20), "past", march).value == "2020-03-04TMO"
    assert resolve_date("that day", date(2020, 3, 20), None, march).value == "2020-03-03"


def test_a_bare_clock_time_takes_the_day_the_story_last_named() -> None:
    saturday = date(2008, 12, 20)
    friday = resolve_date("Friday", saturday, "past")
    assert resolve_date("6 p.m.", saturday, "past", friday).value == "2008-12-19T18:00"
    # the night into Thursday, then an hour after midnight: Thursday's
    night = resolve_date("overnight Thursday", date(2013, 3, 14), "past")
    assert resolve_date("2: 09 a. m.", date(2013, 3, 14), "past", night).value == "2013-03-14T02:09"
    # no day named before it, or only the day of writing: the day of writing
    assert resolve_date("6 p.m.", saturday, "past").value == "2008-12-20T18:00"
    today = resolve_date("today", saturday, None)
    assert resolve_date("6 p.m.", saturday, "past", today).value == "2008-12-20T18:00"


def found(text: str) -> list[str]:
    return [text[a:b] for a, b in find_date_expressions(text)]


def test_finder_takes_this_weekend_and_overnight_with_its_weekday_whole() -> None:
    # `weekend` is tried before `week`: `this week` alone would stop inside the word
    assert found("meetings that will be held this weekend.") == ["this weekend"]
    assert found("rattled Northern California overnight Thursday, shaking residents") == ["overnight Thursday"]


def test_finder_takes_dates_and_leaves_look_alikes() -> None:
    text = (
        "Nine said we may leave. A poll of 1,001 adults and 2000 troops. Protesters march on. "
        "In 2012 she was arrested. On Wednesday, Jan. 6, 2021, crowds gathered; a curfew began tonight."
    )
    assert found(text) == ["2012", "Wednesday, Jan. 6, 2021", "tonight"]
    assert found("Talks resume in May. May Hill spoke.") == ["May"]
    # a four-digit clock time needs `hrs` or its zone: hours counted are no time
    assert found("attacked about 1100 hrs IST, firing guns. They watched 1200 hours of video.") == ["1100 hrs IST"]


def test_finder_takes_a_year_as_a_transcript_speaks_it() -> None:
    text = "In nineteen ninety-one he was convicted. January nineteen ninety-seven. Atlanta again."
    assert found(text) == ["nineteen ninety-one", "January nineteen ninety-seven"]
    assert resolve_date("January nineteen ninety-seven", date(1998, 1, 15)).value == "1997-01"


def test_reference_report_dates(reference_analysis: Analysis) -> None:
    values = {(d.text, d.value, d.in_caption) for d in reference_analysis.dates}
    assert ("tonight", "2021-01-06TNI", False) in values
    assert ("overnight", "2021-01-05TNI", False) in values
    assert ("Wednesday morning", "2021-01-06TMO", False) in values
    assert ("the Fourth of July 2019", "2019-07-04", False) in values
    assert ("autumn", "2020-FA", False) in values
    assert ("Wednesday, Jan. 6, 2021", "2021-01-06", True) in values
    text = reference_analysis.article.text
    assert all(d.span.of(text) == d.text for d in reference_analysis.dates)


def test_dates_are_stored_and_exported(store) -> None:  # type: ignore[no-untyped-def]
    analysis = sitroom.analyze("Police said on Tuesday that a curfew starts tonight.", published="2024-03-14")
    assert [(d.text, d.value) for d in analysis.dates] == [("Tuesday", "2024-03-12"), ("tonight", "2024-03-14TNI")]
    store.save(analysis)
    assert store.analysis(analysis.article.id).dates == analysis.dates


def test_fall_is_a_season_only_where_it_reads_like_one() -> None:
    text = "Prices saw a fall in October. The vote is due this fall, and talks resume in the fall."
    found = [text[a:b] for a, b in find_date_expressions(text)]
    assert found == ["October", "this fall", "fall"]


def test_the_next_morning_counts_from_a_day_not_a_year() -> None:
    year = resolve_date("2019", WEDNESDAY)
    morning = resolve_date("the next morning", WEDNESDAY, None, year)
    assert morning is not None and morning.value == "2021-01-07TMO"
    # told in the past, with no day before it, it is the day after one the text does not name
    assert resolve_date("the next day", WEDNESDAY, "past", year) is None
    assert resolve_date("the next day", WEDNESDAY, "future", year) is not None


def test_a_decade_named_by_its_tens_is_the_coming_one_when_it_has_just_begun_or_is_about_to() -> None:
    late_1989 = date(1989, 10, 26)
    assert [resolve_date(e, late_1989).value for e in ("the '90s", "the nineties", "the '80s", "the twenties")] == [
        "199",
        "199",
        "198",
        "192",
    ]


def test_values_described_for_a_reader() -> None:
    from sitroom.nlp.counts import describe_count
    from sitroom.nlp.dates.describe import describe_date

    assert describe_date("2021-01-05TNI") == "Tue 5 Jan 2021, night"
    assert describe_date("2021-01-06") == "Wed 6 Jan 2021"
    assert describe_date("2021-01-06T14:30") == "Wed 6 Jan 2021, 14:30"
    assert describe_date("2020-FA") == "autumn 2020"
    assert describe_date("2021-01") == "Jan 2021"
    assert describe_date("2021-W01") == "the week of 4 Jan 2021"
    assert describe_date("2021-Q3") == "Q3 2021"
    assert describe_date("199") == "the 1990s"
    assert describe_date("PAST_REF") == "in the past"
    assert describe_date("2021-02-30") == "2021-02-30"  # not a day: shown as it is
    assert describe_count(3, "range", 3, 9) == "3–9"
    assert describe_count(2000, "range", 2000, 9999) == "2,000–9,999"
    assert describe_count(10, "at_least", 10, None) == "at least 10"
    assert describe_count(12, "exact", 12, 12) == "12"


def test_date_triggers_are_written_in_lower_case() -> None:
    # They are searched in lower-cased text without IGNORECASE (find.py): a capital would never match.
    from sitroom.nlp.dates.find import PATTERNS

    assert all(trigger == trigger.lower() for trigger, _ in PATTERNS)
    assert list(find_date_expressions("They met on WEDNESDAY and again on Friday.")) == [(12, 21), (35, 41)]


def test_a_holiday_naming_a_kind_of_party_and_a_model_year_are_no_dates() -> None:
    assert found("a shooting at an office Christmas party in Vancouver Friday") == ["Friday"]
    assert found("on Christmas Day and on Christmas morning") == ["Christmas Day", "Christmas"]
    assert found("a Labor Day cookout as Election Day grows near") == ["Labor Day", "Election Day"]
    # a year after `a` and a word or two, before a name: a car's model, not when it happened
    assert found("she was struck by a gray 2013 Toyota Camry") == []
    assert found("In 2013 Toyota sold more cars.") == ["2013"]
    assert found("according to a 2014 Labor Department report") == ["2014"]


def test_a_part_of_a_day_on_a_day_and_a_span_before_what_the_text_does_not_date() -> None:
    assert found("was arrested early morning on Sunday, February 1, 2009.") == [
        "early morning on Sunday, February 1, 2009"
    ]
    resolved = resolve_date("early morning on sunday, february 1, 2009", date(2009, 2, 3))
    assert resolved is not None and resolved.value == "2009-02-01TMO"
    # counted from a loss the text gives no day for, not from the report's day
    assert found("His DUI arrest occurred five days before San Diego's playoff loss.") == []
    assert found("Two days before, police had arrested him.") == ["Two days before"]
    assert found("A few days before that, the same warship foiled two hijack attempts.") == ["A few days before"]


def test_a_clock_time_of_last_night_and_a_model_year_of_ones_own_car() -> None:
    text = (
        "Raj Chohan was walking at around 7 p. m. last night when Vishwanand Subryan struck Chohan with his "
        "2013 Toyota Camry as he was traveling north."
    )
    found = [text[a:b] for a, b in find_date_expressions(text)]
    assert found == ["7 p. m. last night"]  # the Camry's year is no date
    resolved = resolve_date("7 p. m. last night", date(2013, 9, 14))
    assert resolved is not None and resolved.value == "2013-09-13T19:00"


def test_a_span_later_than_a_time_the_text_has_not_told_is_no_date() -> None:
    # `it was confirmed several days later`, with nothing dated before it: later than an undated
    # time, not days after the day of writing
    assert resolve_date("several days later", WEDNESDAY, "past") is None
    assert resolve_date("two days later", WEDNESDAY, "past") is None
    anchored = resolve_date("two days later", WEDNESDAY, "past", anchor=resolve_date("Monday", WEDNESDAY, "past"))
    assert anchored is not None and anchored.value == "2021-01-06"  # Monday the 4th, two days on
