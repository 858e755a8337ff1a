"""Spans found by position: the lookups that would otherwise compare every span of an article
with every other (a transcript pasted whole holds thousands of quotes and mentions)."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Generic, TypeVar

from ..model import Span

T = TypeVar("T")


class SpanIndex(Generic[T]):
    """Spans, each with a value, found by a position or a span they overlap: a bisection over
    their starts, back as far as the longest span reaches."""

    def __init__(self, items: Sequence[tuple[Span, T]]) -> None:
        self._items = sorted(items, key=lambda item: (item[0].start, item[0].end))
        self._starts = [span.start for span, _ in self._items]
        self._longest = max((len(span) for span, _ in self._items), default=0)

    def add(self, span: Span, value: T) -> None:
        at = bisect.bisect_right(self._starts, span.start)
        self._items.insert(at, (span, value))
        self._starts.insert(at, span.start)
        self._longest = max(self._longest, len(span))

    def holding(self, position: int) -> list[T]:
        """The values of the spans with start <= position < end, in order of their starts."""
        return [value for span, value in self._near(position, position + 1) if span.start <= position < span.end]

    def overlapping(self, other: Span) -> list[T]:
        """The values of the spans sharing a character with `other`."""
        return [
            value
            for span, value in self._near(other.start, other.end)
            if span.start < other.end and other.start < span.end
        ]

    def _near(self, start: int, end: int) -> list[tuple[Span, T]]:
        low = bisect.bisect_left(self._starts, start - self._longest)
        high = bisect.bisect_left(self._starts, max(end, start + 1))
        return self._items[low:high]
