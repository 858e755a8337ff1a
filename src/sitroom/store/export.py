"""Exports: JSON Lines (one analysis a line) or one table a file in CSV or Parquet."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Literal

from ..model import Analysis, TimelineEvent
from ..serialize import analysis_to_dict, date_to_dict, event_to_dict, place_to_dict

ExportFormat = Literal["jsonl", "csv", "parquet"]
FORMATS: tuple[ExportFormat, ...] = ("jsonl", "csv", "parquet")

# Column order of each exported table; the same for CSV and Parquet.
TABLES: dict[str, tuple[str, ...]] = {
    "articles": (
        "article_id",
        "source",
        "published",
        "title",
        "url",
        "origin",
        "pipeline",
        "body_paragraphs",
        "captions",
        "entities",
        "text",
    ),
    "captions": ("article_id", "caption", "place", "start", "end", "text", "credit", "photographer", "agency"),
    "entities": ("article_id", "entity", "name", "kind", "mentions"),
    "mentions": ("article_id", "entity", "name", "kind", "start", "end", "text", "label", "in_caption"),
    "events": (
        "article_id",
        "event",
        "type",
        "trigger",
        "actor",
        "actor_entity",
        "actor_kind",
        "actor_country",
        "target",
        "target_entity",
        "target_kind",
        "target_country",
        "place",
        "place_entity",
        "place_inherited",
        "plover",
        "plover_mode",
        "acled",
        "casualty",
        "source",
        "date_text",
        "date_value",
        "first_day",
        "last_day",
        "count",
        "count_qualifier",
        "count_low",
        "count_high",
        "polarity",
        "modality",
        "in_caption",
        "evidence",
        "evidence_start",
        "evidence_end",
    ),
    "places": ("article_id", "name", "kind", "latitude", "longitude", "label", "source"),
    "attributions": (
        "article_id",
        "source",
        "source_entity",
        "cue",
        "content",
        "direct",
        "in_caption",
        "source_start",
        "source_end",
        "cue_start",
        "cue_end",
        "content_start",
        "content_end",
        "continued",
    ),
    "claims": (
        "article_id",
        "claim",
        "attribution",
        "source",
        "source_entity",
        "content",
        "framing",
        "signals",
        "counter",
        "content_start",
        "content_end",
        "counter_start",
        "counter_end",
    ),
    "dates": (
        "article_id",
        "start",
        "end",
        "text",
        "value",
        "granularity",
        "first_day",
        "last_day",
        "anchored",
        "in_caption",
    ),
}


# Tables across articles, written beside the per-article ones by CSV and Parquet exports.
CORPUS_TABLES: dict[str, tuple[str, ...]] = {
    "situations": ("situation", "title", "first", "last", "articles", "sources", "independent", "actors", "places"),
    "situation_articles": ("situation", "article_id", "copy_of"),
    "timeline": (
        "situation",
        "incident",
        "type",
        "date_value",
        "date_text",
        "reported",
        "place",
        "actor",
        "target",
        "counts",
        "count_role",
        "casualty",
        "modality",
        "sources",
        "independent_reports",
        "article_id",
        "evidence",
        "evidence_start",
        "evidence_end",
    ),
}


# The columns that hold no text, by table (one name can differ between tables: a caption's `place`
# is its number, an event's the place's name), so that each table is written with one schema
# however few rows it has: every other column is text.
_INTEGERS = ("start", "end")
COLUMN_TYPES: dict[str, dict[str, str]] = {
    "articles": dict.fromkeys(("body_paragraphs", "captions", "entities"), "int64"),
    "captions": dict.fromkeys(("caption", "place", *_INTEGERS), "int64"),
    "entities": dict.fromkeys(("entity", "mentions"), "int64"),
    "mentions": dict.fromkeys(("entity", *_INTEGERS), "int64") | {"in_caption": "bool"},
    "events": dict.fromkeys(("event", "count", "count_low", "count_high", "evidence_start", "evidence_end"), "int64")
    | dict.fromkeys(("place_inherited", "in_caption"), "bool"),
    "places": dict.fromkeys(("latitude", "longitude"), "float64"),
    "attributions": dict.fromkeys(("direct", "in_caption"), "bool")
    | dict.fromkeys((f"{role}_{end}" for role in ("source", "cue", "content") for end in _INTEGERS), "int64"),
    "claims": dict.fromkeys(
        ("claim", "attribution", "content_start", "content_end", "counter_start", "counter_end"), "int64"
    ),
    "dates": dict.fromkeys(_INTEGERS, "int64") | dict.fromkeys(("anchored", "in_caption"), "bool"),
    "situations": dict.fromkeys(("situation", "articles", "sources", "independent"), "int64"),
    "situation_articles": {"situation": "int64"},
    "timeline": dict.fromkeys(
        ("situation", "incident", "independent_reports", "evidence_start", "evidence_end"), "int64"
    ),
}


def column_type(table: str, column: str) -> str:
    """The Arrow type name of a column of an exported table: `int64`, `bool`, `float64` or `string`."""
    return COLUMN_TYPES.get(table, {}).get(column, "string")


def corpus_rows(store: Any) -> dict[str, list[dict[str, Any]]]:
    """Situations, their articles and their timelines (one row per report of each incident)."""
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in CORPUS_TABLES}
    for s in store.situations(limit=10**9):
        rows["situations"].append(
            {
                "situation": s.id,
                "title": s.title,
                "first": s.first.isoformat(),
                "last": s.last.isoformat(),
                "articles": s.articles,
                "sources": s.sources,
                "independent": s.independent,
                "actors": " | ".join(s.actors),
                "places": " | ".join(s.places),
            }
        )
        for article_id, copy_of in store.situation_articles(s.id, superseded=True):
            rows["situation_articles"].append({"situation": s.id, "article_id": article_id, "copy_of": copy_of})
        rows["timeline"] += timeline_rows(s.id, store.timeline(s.id))
    return rows


def timeline_rows(situation_id: int, timeline: Iterable[TimelineEvent]) -> list[dict[str, Any]]:
    """A timeline as table rows: one per report of each incident."""
    rows = []
    for k, event in enumerate(timeline):
        counts = " vs ".join(f"{q.value} {q.qualifier}" for q, _ in event.counts)
        for report in event.reports:
            rows.append(
                {
                    "situation": situation_id,
                    "incident": k,
                    "type": event.type,
                    "date_value": event.date.value if event.date else None,
                    "date_text": event.date.text if event.date else None,
                    "reported": event.reported.isoformat(),
                    "place": event.place,
                    "actor": event.actor,
                    "target": event.target,
                    "counts": counts,
                    "count_role": event.count_role,
                    "casualty": event.casualty,
                    "modality": event.modality,
                    "sources": " | ".join(event.sources),
                    "independent_reports": event.independent,
                    "article_id": report.article_id,
                    "evidence": report.evidence,
                    "evidence_start": report.event.evidence.start,
                    "evidence_end": report.event.evidence.end,
                }
            )
    return rows


def table_rows(analyses: Iterable[Analysis]) -> dict[str, list[dict[str, Any]]]:
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for analysis in analyses:
        article, doc, text = analysis.article, analysis.document, analysis.article.text
        rows["articles"].append(
            {
                "article_id": article.id,
                "source": article.source,
                "published": article.published.isoformat(),
                "title": article.title,
                "url": article.url,
                "origin": article.origin,
                "pipeline": analysis.pipeline,
                "body_paragraphs": len(doc.body),
                "captions": len(doc.captions),
                "entities": len(analysis.entities),
                "text": text,
            }
        )
        for ci, caption in enumerate(doc.captions):
            for pi, place in enumerate(caption.places):
                credit = place.credit
                rows["captions"].append(
                    {
                        "article_id": article.id,
                        "caption": ci,
                        "place": pi,
                        "start": place.span.start,
                        "end": place.span.end,
                        "text": caption.text,
                        "credit": credit.span.of(text) if credit else None,
                        "photographer": credit.photographer if credit else None,
                        "agency": credit.agency if credit else None,
                    }
                )
        for ei, entity in enumerate(analysis.entities):
            rows["entities"].append(
                {
                    "article_id": article.id,
                    "entity": ei,
                    "name": entity.name,
                    "kind": entity.kind,
                    "mentions": len(entity.mentions),
                }
            )
            for m in entity.mentions:
                rows["mentions"].append(
                    {
                        "article_id": article.id,
                        "entity": ei,
                        "name": entity.name,
                        "kind": entity.kind,
                        "start": m.span.start,
                        "end": m.span.end,
                        "text": m.text,
                        "label": m.label,
                        "in_caption": m.in_caption,
                    }
                )
        for a in analysis.attributions:
            rows["attributions"].append(
                {
                    "article_id": article.id,
                    "source": a.source.text if a.source else None,
                    "source_entity": a.source.entity if a.source else None,
                    "cue": a.cue_text,
                    "content": a.content.of(text),
                    "direct": a.direct,
                    "in_caption": a.in_caption,
                    "source_start": a.source.span.start if a.source else None,
                    "source_end": a.source.span.end if a.source else None,
                    "cue_start": a.cue.start,
                    "cue_end": a.cue.end,
                    "content_start": a.content.start,
                    "content_end": a.content.end,
                    "continued": " | ".join(p.of(text) for p in a.continued),
                }
            )
        for ci, c in enumerate(analysis.claims):
            source = analysis.attributions[c.attribution].source
            rows["claims"].append(
                {
                    "article_id": article.id,
                    "claim": ci,
                    "attribution": c.attribution,
                    "source": source.text if source else None,
                    "source_entity": source.entity if source else None,
                    "content": c.content.of(text),
                    "framing": c.framing,
                    "signals": " | ".join(s.of(text) for s in c.signals),
                    "counter": c.counter.of(text) if c.counter else None,
                    "content_start": c.content.start,
                    "content_end": c.content.end,
                    "counter_start": c.counter.start if c.counter else None,
                    "counter_end": c.counter.end if c.counter else None,
                }
            )
        rows["dates"].extend({"article_id": article.id, **date_to_dict(d)} for d in analysis.dates)
        for ei, event in enumerate(analysis.events):
            flat = event_to_dict(event, text)
            rows["events"].append(
                {
                    "article_id": article.id,
                    "event": ei,
                    "type": event.type,
                    "trigger": event.trigger_text,
                    **{f"{role}": (flat[role] or {}).get("text") for role in ("actor", "target", "place")},
                    **{f"{role}_entity": (flat[role] or {}).get("entity") for role in ("actor", "target", "place")},
                    **{f"{role}_kind": (flat[role] or {}).get("kind", "") for role in ("actor", "target")},
                    **{f"{role}_country": (flat[role] or {}).get("country", "") for role in ("actor", "target")},
                    **{
                        key: flat[key]
                        for key in ("place_inherited", "plover", "plover_mode", "acled", "casualty", "source")
                    },
                    "date_text": (flat["date"] or {}).get("text"),
                    "date_value": (flat["date"] or {}).get("value"),
                    "first_day": (flat["date"] or {}).get("first_day"),
                    "last_day": (flat["date"] or {}).get("last_day"),
                    "count": (flat["count"] or {}).get("value"),
                    "count_qualifier": (flat["count"] or {}).get("qualifier"),
                    "count_low": (flat["count"] or {}).get("low"),
                    "count_high": (flat["count"] or {}).get("high"),
                    "polarity": event.polarity,
                    "modality": event.modality,
                    "in_caption": event.in_caption,
                    "evidence": flat["evidence"]["text"],
                    "evidence_start": event.evidence.start,
                    "evidence_end": event.evidence.end,
                }
            )
        rows["places"].extend({"article_id": article.id, **place_to_dict(p)} for p in analysis.places)
    return rows


def export(
    analyses: Iterable[Analysis],
    fmt: ExportFormat,
    out: Path,
    corpus: dict[str, list[dict[str, Any]]] | None = None,
) -> list[Path]:
    """Write the analyses; JSONL goes to one file, CSV and Parquet to one file per table in a folder,
    with the `corpus` tables (situations, timelines) beside them when given."""
    if fmt == "jsonl":
        out.parent.mkdir(parents=True, exist_ok=True)
        _atomic_write_lines(out, (json.dumps(analysis_to_dict(a), ensure_ascii=False) + "\n" for a in analyses))
        return [out]
    out.mkdir(parents=True, exist_ok=True)
    written = []
    columns = {**TABLES, **CORPUS_TABLES}
    for name, rows in {**table_rows(analyses), **(corpus or {})}.items():
        path = out / f"{name}.{fmt}"
        tmp = path.with_suffix(path.suffix + ".tmp")
        if fmt == "csv":
            with tmp.open("w", newline="", encoding="utf-8") as handle:
                writer = csv.DictWriter(handle, fieldnames=columns[name])
                writer.writeheader()
                writer.writerows(rows)
        else:
            _write_parquet(tmp, name, columns[name], rows)
        tmp.replace(path)
        written.append(path)
    return written


def _write_parquet(path: Path, table: str, names: tuple[str, ...], rows: list[dict[str, Any]]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([(column, pa.type_for_alias(column_type(table, column))) for column in names])
    pq.write_table(pa.Table.from_pylist([{c: row[c] for c in names} for row in rows], schema=schema), path)


def _atomic_write_lines(path: Path, lines: Iterator[str]) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    with tmp.open("w", encoding="utf-8") as handle:
        handle.writelines(lines)
    tmp.replace(path)
