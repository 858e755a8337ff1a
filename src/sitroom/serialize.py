"""The JSON form of an analysis: what `show --json`, the JSONL export and the API return."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from .model import (
    Analysis,
    Attribution,
    CaptionPlace,
    Claim,
    DateMention,
    Event,
    Participant,
    ResolvedPlace,
    Span,
    Tally,
    TallyEntry,
    TimelineEvent,
)
from .nlp.actors import actor_country, actor_kind
from .nlp.tolls import report_tolls


def analysis_to_dict(analysis: Analysis) -> dict[str, Any]:
    article = analysis.article
    doc = analysis.document
    return {
        "id": article.id,
        "source": article.source,
        "published": article.published.isoformat(),
        "title": article.title,
        "url": article.url,
        "origin": article.origin,
        "pipeline": analysis.pipeline,
        "text": article.text,
        "paragraphs": [
            {"start": p.span.start, "end": p.span.end, "kind": p.kind, "caption": p.caption} for p in doc.paragraphs
        ],
        "captions": [{"text": c.text, "places": [_place(p, article.text) for p in c.places]} for c in doc.captions],
        "entities": [
            {
                "name": e.name,
                "kind": e.kind,
                "mentions": [
                    {
                        "start": m.span.start,
                        "end": m.span.end,
                        "text": m.text,
                        "label": m.label,
                        "in_caption": m.in_caption,
                    }
                    for m in e.mentions
                ],
            }
            for e in analysis.entities
        ],
        "dates": [date_to_dict(d) for d in analysis.dates],
        "events": [event_to_dict(e, article.text) for e in analysis.events],
        "tolls": dict(report_tolls(analysis)),  # derived: each kind of harm's toll for the report's incident
        "places": [place_to_dict(p) for p in analysis.places],
        "attributions": [attribution_to_dict(a, article.text) for a in analysis.attributions],
        "claims": [claim_to_dict(c, analysis.attributions, article.text) for c in analysis.claims],
    }


def date_to_dict(d: DateMention) -> dict[str, Any]:
    return {
        "start": d.span.start,
        "end": d.span.end,
        "text": d.text,
        "value": d.value,
        "granularity": d.granularity,
        "first_day": d.first_day.isoformat() if d.first_day else None,
        "last_day": d.last_day.isoformat() if d.last_day else None,
        "anchored": d.anchored,
        "in_caption": d.in_caption,
    }


def place_to_dict(p: ResolvedPlace) -> dict[str, Any]:
    return {
        "name": p.name,
        "kind": p.kind,
        "latitude": p.latitude,
        "longitude": p.longitude,
        "label": p.label,
        "source": p.source,
    }


def attribution_to_dict(a: Attribution, text: str) -> dict[str, Any]:
    return {
        "cue": {"text": a.cue_text, "start": a.cue.start, "end": a.cue.end},
        "source": _participant(a.source),
        "content": _span(a.content, text),
        "continued": [_span(p, text) for p in a.continued],
        "direct": a.direct,
        "in_caption": a.in_caption,
    }


def claim_to_dict(c: Claim, attributions: Sequence[Attribution], text: str) -> dict[str, Any]:
    """A claim with who makes it, so a row stands on its own."""
    attribution = attributions[c.attribution]
    return {
        "attribution": c.attribution,
        "source": _participant(attribution.source),
        "cue": attribution.cue_text,
        "content": _span(c.content, text),
        "framing": c.framing,
        "signals": [_span(s, text) for s in c.signals],
        "counter": _span(c.counter, text) if c.counter else None,
    }


def _span(span: Span, text: str) -> dict[str, Any]:
    return {"text": span.of(text), "start": span.start, "end": span.end}


def _participant(p: Participant | None) -> dict[str, Any] | None:
    return None if p is None else {"text": p.text, "start": p.span.start, "end": p.span.end, "entity": p.entity}


def _with_kind(found: dict[str, Any] | None) -> dict[str, Any] | None:
    """An actor or target with its kind as ACLED and PLOVER code actors, and the country its
    words name (`nlp/actors.py`)."""
    if found is None:
        return None
    return {**found, "kind": actor_kind(found["text"]), "country": actor_country(found["text"])}


def event_to_dict(event: Event, text: str) -> dict[str, Any]:
    """One event, flat enough for a table row and whole enough to find every word it came from."""
    count = event.count
    date = event.date
    return {
        "type": event.type,
        "trigger": {"text": event.trigger_text, "start": event.trigger.start, "end": event.trigger.end},
        "evidence": {"text": event.evidence.of(text), "start": event.evidence.start, "end": event.evidence.end},
        "actor": _with_kind(_participant(event.actor)),
        "target": _with_kind(_participant(event.target)),
        "place": _participant(event.place),
        "place_inherited": event.place_inherited,
        "plover": event.plover,
        "plover_mode": event.plover_mode,
        "acled": event.acled,
        "casualty": event.casualty,
        "source": event.source,
        "date": None
        if date is None
        else {
            "text": date.text,
            "value": date.value,
            "granularity": date.granularity,
            "start": date.span.start,
            "end": date.span.end,
            "first_day": date.first_day.isoformat() if date.first_day else None,
            "last_day": date.last_day.isoformat() if date.last_day else None,
        },
        "count": None
        if count is None
        else {
            "value": count.value,
            "qualifier": count.qualifier,
            "low": count.low,
            "high": count.high,
            "text": count.span.of(text),
            "start": count.span.start,
            "end": count.span.end,
        },
        "polarity": event.polarity,
        "modality": event.modality,
        "in_caption": event.in_caption,
    }


def _place(place: CaptionPlace, text: str) -> dict[str, Any]:
    credit = place.credit
    return {
        "start": place.span.start,
        "end": place.span.end,
        "text_start": place.text_span.start,
        "text_end": place.text_span.end,
        "credit": None
        if credit is None
        else {
            "start": credit.span.start,
            "end": credit.span.end,
            "text": credit.span.of(text),
            "photographer": credit.photographer,
            "agency": credit.agency,
        },
    }


def timeline_event_to_dict(event: TimelineEvent) -> dict[str, Any]:
    """One incident of a timeline with every report of it (spans point into each report's own text)."""
    return {
        "type": event.type,
        "date": None if event.date is None else date_to_dict(event.date),
        "reported": event.reported.isoformat(),
        "place": event.place,
        "actor": event.actor,
        "target": event.target,
        "counts": [
            {"value": q.value, "qualifier": q.qualifier, "low": q.low, "high": q.high, "articles": list(ids)}
            for q, ids in event.counts
        ],
        "count_role": event.count_role,
        "casualty": event.casualty,
        "revised": list(event.revised),
        "sources": list(event.sources),
        "independent_reports": event.independent,
        "modality": event.modality,
        "reports": [
            {
                "article_id": r.article_id,
                "source": r.source,
                "published": r.published.isoformat(),
                "copy_of": r.copy_of,
                "modality": r.event.modality,
                "evidence": {"text": r.evidence, "start": r.event.evidence.start, "end": r.event.evidence.end},
            }
            for r in event.reports
        ],
    }


def situation_to_dict(s: Any) -> dict[str, Any]:
    """A situation's summary (store.corpus.SituationSummary) as JSON."""
    return {**asdict(s), "first": s.first.isoformat(), "last": s.last.isoformat()}


def tally_to_dict(tally: Tally) -> dict[str, Any]:
    """A running total: the latest, what was reported before it, the additions."""

    def entry(e: TallyEntry) -> dict[str, Any]:
        q = e.quantity
        return {
            "value": q.value,
            "qualifier": q.qualifier,
            "low": q.low,
            "high": q.high,
            "role": e.role,
            "published": e.published.isoformat(),
            "article_id": e.article_id,
            "evidence": " ".join(e.evidence.split()),
        }

    return {
        "type": tally.type,
        "casualty": tally.casualty,
        "latest": entry(tally.latest),
        "before": [entry(e) for e in tally.before],
        "additions": [entry(e) for e in tally.additions],
    }
