"""Date expressions: find them in text and resolve them against the publication date.

Values follow TimeML (TIMEX3): `2021-01-06`, `2021-01-06TNI` (part of day), `2021-01`,
`2020-FA` (season), `2021-W01`, `2021-Q3`, `1990` (year), `199` (decade), `PAST_REF`.
Pure functions over strings and dates; the tense that helps to place `Friday` or `November`
comes from the caller (the parse), so this module needs no model.
"""

from .find import find_date_expressions
from .lexicon import Granularity, Tense
from .resolve import ResolvedDate, is_anchor, resolve_date, story_day

__all__ = ["Granularity", "ResolvedDate", "Tense", "find_date_expressions", "is_anchor", "resolve_date", "story_day"]
