"""A situation report: what happened, when, where, who said what, what is disputed and what
changed since the last brief, every line with the reports it comes from. Markdown and JSON."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..model import Analysis, TimelineEvent
from .timeline import counts_text, tallies, tally_text, type_text, when_text

MAX_QUOTES = 12


@dataclass(frozen=True)
class Brief:
    markdown: str
    data: dict[str, Any]


def write_sitrep(
    situation: Any,  # store.corpus.SituationSummary
    timeline: Sequence[TimelineEvent],
    analyses: Sequence[Analysis],
    last_brief: tuple[str, set[str]] | None = None,  # (when, the article ids it covered)
) -> Brief:
    by_id = {a.article.id: a for a in analyses}
    label = {i: f"{a.article.source} {i[:8]}" for i, a in by_id.items()}

    def cite(ids: Sequence[str]) -> str:
        return "[" + "; ".join(label[i] for i in dict.fromkeys(ids)) + "]"

    happened = [_event_line(t, cite) for t in timeline]
    places = _places(timeline, analyses)
    quotes = _quotes(analyses)
    disputed = _disputed(analyses)
    new_ids = [] if last_brief is None else [i for i in by_id if i not in last_brief[1]]
    lines = [
        f"# {situation.title}",
        "",
        f"Situation {situation.id} · {situation.articles} reports from {situation.sources} outlets"
        f" ({situation.independent} independent) · {situation.first} to {situation.last}",
    ]
    if situation.actors or situation.places:
        lines.append(f"Key actors: {', '.join(situation.actors) or '-'} · Places: {', '.join(situation.places) or '-'}")
    running = tallies(timeline)
    if running:
        lines += ["", "## Running totals", ""]
        lines += [f"- {tally_text(t)} {cite([t.latest.article_id])}" for t in running]
    lines += ["", "## What happened", ""]
    lines += [f"- {text} {cite(ids)}" for text, ids in happened] or ["- No events found in these reports."]
    lines += ["", "## Where", ""]
    lines += [f"- {text} {cite(ids)}" for text, ids in places] or ["- No places resolved."]
    lines += ["", "## Who said what", ""]
    lines += [f"- {text} {cite([i])}" for text, i in quotes] or ["- No attributed statements found."]
    lines += ["", "## What is disputed", ""]
    lines += [f"- {text} {cite([i])}" for text, i in disputed] or ["- Nothing the reports frame as disputed."]
    lines += ["", "## What changed since the last brief", ""]
    if last_brief is None:
        lines.append("- First brief on this situation.")
    elif not new_ids:
        lines.append(f"- Nothing new since {last_brief[0]}.")
    else:
        lines.append(f"- {len(new_ids)} new report(s) since {last_brief[0]} {cite(new_ids)}")
        fresh = set(new_ids)
        for (text, _), event in zip(happened, timeline, strict=True):
            mine = [r.article_id for r in event.reports if r.article_id in fresh]
            if mine:
                status = "new" if len(mine) == len(event.reports) else "more reports of"
                lines.append(f"- {status}: {text} {cite(mine)}")
    data = {
        "situation": situation.id,
        "title": situation.title,
        "articles": situation.articles,
        "sources": situation.sources,
        "independent": situation.independent,
        "first": situation.first.isoformat(),
        "last": situation.last.isoformat(),
        "actors": situation.actors,
        "places": situation.places,
        "happened": [{"text": t, "articles": list(dict.fromkeys(ids))} for t, ids in happened],
        "where": [{"text": t, "articles": list(dict.fromkeys(ids))} for t, ids in places],
        "said": [{"text": t, "articles": [i]} for t, i in quotes],
        "disputed": [{"text": t, "articles": [i]} for t, i in disputed],
        "running_totals": [{"text": tally_text(t), "articles": [t.latest.article_id]} for t in running],
        "since_last_brief": None if last_brief is None else {"at": last_brief[0], "new_articles": new_ids},
        "reports": label,  # article id -> `outlet id8`, as each line cites it
    }
    return Brief("\n".join(lines) + "\n", data)


def _event_line(event: TimelineEvent, cite: Any) -> tuple[str, list[str]]:
    parts = [f"**{when_text(event)}**", type_text(event)]
    if event.counts:
        parts.append(counts_text(event, cite))
    who = " → ".join(x for x in (event.actor, event.target) if x)
    if who:
        parts.append(who)
    if event.place:
        parts.append(f"at {event.place}")
    evidence = " ".join(event.reports[0].evidence.split())
    text = " · ".join(parts) + f" — “{evidence[:220]}”"
    if event.independent > 1:
        text += f" ({event.independent} independent reports)"
    return text, [r.article_id for r in event.reports]


def _places(timeline: Sequence[TimelineEvent], analyses: Sequence[Analysis]) -> list[tuple[str, list[str]]]:
    resolved = {p.name: p for a in analyses for p in a.places}
    where: dict[str, list[str]] = {}
    for event in timeline:
        if event.place:
            where.setdefault(event.place, []).extend(r.article_id for r in event.reports)
    lines = []
    for name, ids in sorted(where.items(), key=lambda kv: -len(kv[1])):
        place = resolved.get(name)
        at = f" ({place.kind}, {place.latitude:.4f}, {place.longitude:.4f}, {place.label})" if place else ""
        lines.append((f"{name}{at}: {len(ids)} event report(s)", ids))
    return lines


def _quotes(analyses: Sequence[Analysis]) -> list[tuple[str, str]]:
    """Statements by named sources, direct quotes first, most reports first."""
    found: list[tuple[bool, str, str]] = []
    for analysis in analyses:
        text = analysis.article.text
        for a in analysis.attributions:
            if a.source is None or a.source.entity is None or a.in_caption:
                continue
            said = " ".join(a.content.of(text).split())
            more = " … ".join(" ".join(p.of(text).split()) for p in a.continued)
            line = f"**{a.source.entity}** ({a.cue_text}): {said}" + (f" … {more}" if more else "")
            found.append((a.direct, line, analysis.article.id))
    found.sort(key=lambda q: not q[0])
    return [(text[:400], article) for _, text, article in found[:MAX_QUOTES]]


def _disputed(analyses: Sequence[Analysis]) -> list[tuple[str, str]]:
    lines = []
    for analysis in analyses:
        text = analysis.article.text
        for claim in analysis.claims:
            if claim.framing == "asserted":
                continue
            source = analysis.attributions[claim.attribution].source
            who = (source.entity or source.text) if source else "unattributed"
            signals = ", ".join(f"`{s.of(text)}`" for s in claim.signals)
            line = f"{who}: {' '.join(claim.content.of(text).split())} — {claim.framing}, signalled by {signals}"
            if claim.counter:
                line += f"; the report answers: “{' '.join(claim.counter.of(text).split())}”"
            lines.append((line, analysis.article.id))
    return lines
