"""An article's text as HTML with what sitroom found marked at its spans. Everything is escaped;
marks never nest: the text is cut at every span boundary and each piece carries the kinds of all
the spans over it."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from ..model import Analysis, Span


@dataclass(frozen=True)
class Mark:
    span: Span
    kind: str  # entity, quote, claim, event, count, date
    title: str  # shown on hover


def marks_of(analysis: Analysis) -> list[Mark]:
    text = analysis.article.text
    marks = [Mark(m.span, "entity", f"{e.kind}: {e.name}") for e in analysis.entities for m in e.mentions]
    for a in analysis.attributions:
        who = (a.source.entity or a.source.text) if a.source else "unattributed"
        for piece in (a.content, *a.continued):
            marks.append(Mark(piece, "quote", f"{who} {a.cue_text}"))
    for c in analysis.claims:
        marks.append(Mark(c.content, "claim", f"claim, {c.framing}"))
        marks += [Mark(s, "signal", f"framing: {c.framing}") for s in c.signals]
    for e in analysis.events:
        coded = "; ".join(
            part
            for part in (
                f"PLOVER {e.plover} ({e.plover_mode})" if e.plover else "",
                f"ACLED {e.acled}" if e.acled else "",
            )
            if part
        )
        why = f"; rule: {e.source}" if e.source else ""
        marks.append(Mark(e.trigger, "event", f"event: {e.type}" + (f"; {coded}" if coded else "") + why))
        if e.count is not None:
            marks.append(Mark(e.count.span, "count", f"count: {e.count.value} ({e.count.qualifier})"))
    marks += [Mark(d.span, "date", f"date: {d.value}") for d in analysis.dates]
    return [m for m in marks if 0 <= m.span.start < m.span.end <= len(text)]


def highlighted(text: str, start: int, end: int, marks: Sequence[Mark]) -> Markup:
    """text[start:end] as escaped HTML, each marked piece in a <span> with its kinds as classes."""
    inside = [m for m in marks if m.span.start < end and start < m.span.end]
    cuts = sorted({start, end, *(max(start, m.span.start) for m in inside), *(min(end, m.span.end) for m in inside)})
    html = []
    for a, b in itertools.pairwise(cuts):
        over = [m for m in inside if m.span.start <= a and b <= m.span.end]
        piece = escape(text[a:b])
        if over:
            kinds = " ".join(sorted({m.kind for m in over}))
            title = escape("; ".join(dict.fromkeys(m.title for m in over)))
            html.append(f'<span class="hl {kinds}" title="{title}">{piece}</span>')
        else:
            html.append(str(piece))
    return Markup("".join(html))


_STRONG = re.compile(r"\*\*(.+?)\*\*")
_CODE = re.compile(r"`([^`]+)`")


def inline_markdown(text: str) -> Markup:
    """The brief's lines as HTML: escaped, then its two marks (`**when**`, `` `signal` ``) kept."""
    html = str(escape(text))
    html = _STRONG.sub(r"<strong>\1</strong>", html)
    return Markup(_CODE.sub(r"<code>\1</code>", html))
