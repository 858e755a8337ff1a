"""A situation's life: active, quiet or closed, and the edits by hand worth suggesting.

The clock is the store's own: the newest report it holds, so that a store of last year's news
reads as it did then. A situation is active while reports keep coming (its last within
ACTIVE_DAYS of the newest), quiet until its last report falls out of the grouping's window (a
report can still join it, and reopens it), then closed (no report joins it any more).

Suggestions are for a person to accept or not (`sitroom situations merge` / `split`): two
situations the similarity puts above half its threshold, with what they share, and a report that
shares almost nothing with the rest of its situation.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from . import situations as grouping

ACTIVE_DAYS = 3
STRAY_COSINE = 0.08  # a report this far from the rest of its situation is suggested for a split


@dataclass(frozen=True)
class Suggestion:
    action: str  # merge or split
    situations: tuple[int, ...]  # merge: the two; split: the one
    articles: tuple[str, ...]  # split: the report to move out
    score: float  # merge: the similarity's probability; split: the report's cosine with the rest
    reason: str


# Each status as the days between a situation's last report and the store's newest: from, to.
_DAYS_BEHIND: dict[str, tuple[int, int | None]] = {
    "active": (0, ACTIVE_DAYS),
    "quiet": (ACTIVE_DAYS + 1, grouping.WINDOW_DAYS),
    "closed": (grouping.WINDOW_DAYS + 1, None),
}


def status(last: date, newest: date) -> str:
    behind = (newest - last).days
    return next(s for s, (low, high) in _DAYS_BEHIND.items() if behind >= low and (high is None or behind <= high))


def last_report_bounds(status: str, newest: date) -> tuple[date | None, date | None]:
    """The days a situation of this status has its last report between (either end open: None)."""
    low, high = _DAYS_BEHIND[status]
    return (None if high is None else newest - timedelta(days=high)), newest - timedelta(days=low)


def merge_suggestion(a: grouping.SituationState, b: grouping.SituationState) -> Suggestion | None:
    """Two situations one story, by the similarity of the smaller to the larger; None when not."""
    small, large = sorted((a, b), key=lambda s: (s.articles, s.id))
    model = grouping.similarity_model()
    published = small.last if small.last < large.first else small.first
    probability = model.probability(grouping.pair_features(small.centroid, published, large))
    if probability < model.threshold / 2:
        return None
    return Suggestion(
        "merge", (large.id, small.id), (), round(probability, 3), _shared(small.centroid, large.centroid, a, b)
    )


def split_suggestions(situation_id: int, vectors: Sequence[tuple[str, Mapping[str, float]]]) -> list[Suggestion]:
    """Reports of a situation (three or more) that share almost nothing with the others."""
    if len(vectors) < 3:
        return []
    found = []
    for article_id, vector in vectors:
        rest: dict[str, float] = {}
        for other_id, other in vectors:
            if other_id != article_id:
                rest = grouping.add(rest, other)
        value = grouping.cosine(vector, rest)
        if value < STRAY_COSINE:
            found.append(
                Suggestion(
                    "split",
                    (situation_id,),
                    (article_id,),
                    round(value, 3),
                    f"shares almost nothing with the other {len(vectors) - 1} reports (cosine {value:.2f})",
                )
            )
    return found


def _shared(
    mine: Mapping[str, float], theirs: Mapping[str, float], a: grouping.SituationState, b: grouping.SituationState
) -> str:
    both = sorted((f for f in mine if f in theirs), key=lambda f: -(mine[f] * theirs[f]))
    names = [f[2:] for f in both if f[:2] in ("e:", "o:", "p:")][:4]
    words = [f[2:] for f in both if f[:2] in ("t:", "h:")][:4]
    parts = []
    if names:
        parts.append("names " + ", ".join(names))
    if words:
        parts.append("words " + ", ".join(dict.fromkeys(words)))
    apart = max(0, (max(a.first, b.first) - min(a.last, b.last)).days)
    parts.append("reports overlap in time" if apart == 0 else f"{apart} days apart")
    return "share " + "; ".join(parts)
