"""analyze(Document) -> Analysis: the per-article language work, pure and database-free."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..model import Analysis, Attribution, DateMention, Document, Span
from .attribution_tagger import ArticleParse, extract_tagged_attributions, with_rules
from .attributions import extract_attributions
from .claims import extract_claims
from .dates import ResolvedDate, is_anchor, resolve_date
from .entities import fold_entities
from .events import extract_events
from .parse import Sentence
from .pipeline import UnitReading, load_pipeline, pipeline_id, read_units
from .places import resolve_places

__all__ = ["analyze_document", "analyze_documents", "article_parses", "load_pipeline"]


def analyze_document(document: Document, nlp: Any, events: bool = True) -> Analysis:
    """Entities, dates and events of one cleaned article."""
    return analyze_documents([document], nlp, events)[0]


def analyze_documents(documents: Sequence[Document], nlp: Any, events: bool = True) -> list[Analysis]:
    """Analyse several articles with one pass of the model over all their paragraphs (the model is
    much faster on full batches); each article's result is the same as analysing it alone."""
    plans = [(document, _units(document)) for document in documents]
    readings = read_units(nlp, [(d.article.text, span) for d, units in plans for span, _ in units], events=events)
    return [
        _analysis(document, units, [next(readings) for _ in units], pipeline_id(nlp), events)
        for document, units in plans
    ]


def article_parses(documents: Sequence[Document], nlp: Any) -> list[ArticleParse]:
    """What the attribution tagger reads of each article (for training and scoring it)."""
    found = []
    for document, units in [(d, _units(d)) for d in documents]:
        readings = list(read_units(nlp, [(document.article.text, span) for span, _ in units]))
        text = document.article.text
        names = [(named, in_caption) for (_, in_caption), r in zip(units, readings, strict=True) for named in r.names]
        sentences = [(s, in_caption) for (_, in_caption), r in zip(units, readings, strict=True) for s in r.sentences]
        entities = fold_entities(names, text, units)
        parsed = tuple((tuple(r.parsed), in_caption) for (_, in_caption), r in zip(units, readings, strict=True))
        found.append(ArticleParse(text, parsed, extract_attributions(sentences, entities, text), entities))
    return found


def _units(document: Document) -> list[tuple[Span, bool]]:
    """The parts read, in text order: body paragraphs, and each caption once, at its first place."""
    units: list[tuple[Span, bool]] = [(p.span, False) for p in document.body]
    units += [(c.places[0].text_span, True) for c in document.captions if len(c.places[0].text_span)]
    return sorted(units)


def _analysis(
    document: Document, units: list[tuple[Span, bool]], readings: list[UnitReading], pipeline: str, events: bool
) -> Analysis:
    article = document.article
    names = []
    dates: list[DateMention] = []
    sentences: list[tuple[Sentence, bool]] = []
    parsed: list[tuple[tuple[Sentence, ...], bool]] = []
    anchor: ResolvedDate | None = None
    for (_, in_caption), reading in zip(units, readings, strict=True):
        names.extend((named, in_caption) for named in reading.names)
        sentences.extend((sentence, in_caption) for sentence in reading.sentences)
        parsed.append((tuple(reading.parsed), in_caption))
        for span, tense in reading.dates:
            resolved = resolve_date(span.of(article.text), article.published, tense, anchor)
            if resolved is None:
                continue
            if is_anchor(resolved, article.published) and not in_caption:  # captions restate the day
                anchor = resolved
            dates.append(
                DateMention(
                    span,
                    span.of(article.text),
                    resolved.value,
                    resolved.granularity,
                    resolved.start,
                    resolved.end,
                    resolved.anchored,
                    in_caption,
                )
            )
    entities = fold_entities(names, article.text, units)
    attributions: tuple[Attribution, ...] = ()
    if events:
        parse = ArticleParse(
            article.text, tuple(parsed), extract_attributions(sentences, entities, article.text), entities
        )
        attributions = with_rules(extract_tagged_attributions(parse), parse.rules, article.text)
    return Analysis(
        document=document,
        entities=entities,
        pipeline=pipeline,
        dates=tuple(dates),
        events=extract_events(sentences, entities, dates, article.text) if events else (),
        places=resolve_places(entities),
        attributions=attributions,
        claims=extract_claims(attributions, [s for s, _ in sentences], article.text),
    )
