"""TimeML values as a reader says them: `2021-01-05TNI` -> `Tue 5 Jan 2021, night`."""

from __future__ import annotations

import re
from datetime import date

_PARTS = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night"}
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
_REFERENCES = {"PAST_REF": "in the past", "PRESENT_REF": "now", "FUTURE_REF": "in the future"}
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def describe_date(value: str) -> str:
    """The value in words; a value of another shape is returned as it is."""
    if value in _REFERENCES:
        return _REFERENCES[value]
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:T(MO|MI|AF|EV|NI|\d{2}:\d{2}))?", value):
        try:
            day = date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return value
        text = f"{day.strftime('%a')} {day.day} {_MONTHS[day.month - 1]} {day.year}"
        if m[4]:
            text += ", " + _PARTS.get(m[4], m[4])
        return text
    if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
        return f"{_MONTHS[int(m[2]) - 1]} {m[1]}" if 1 <= int(m[2]) <= 12 else value
    if m := re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value):
        try:
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        except ValueError:
            return value
        first = f"{monday.day} {_MONTHS[monday.month - 1]} {monday.year}"
        return f"the weekend after {first}" if m[3] else f"the week of {first}"
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
        return f"{_SEASONS[m[2]]} {m[1]}"
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        return f"Q{m[2]} {m[1]}"
    if re.fullmatch(r"\d{4}", value):
        return value
    if re.fullmatch(r"\d{3}", value):
        return f"the {value}0s"
    return value
