"""analyze(Document) -> Analysis: the per-article language work, pure and database-free."""

from __future__ import annotations

from typing import Any

from ..model import Analysis, Document, Span
from .entities import fold_entities
from .pipeline import find_names, load_pipeline, pipeline_id

__all__ = ["analyze_document", "load_pipeline"]


def analyze_document(document: Document, nlp: Any) -> Analysis:
    """Entities of one cleaned article; a repeated caption is read once, at its first place."""
    units: list[tuple[Span, bool]] = [(p.span, False) for p in document.body]
    units += [(c.places[0].text_span, True) for c in document.captions if len(c.places[0].text_span)]
    units.sort()
    text = document.article.text
    found = []
    for (_, in_caption), names in zip(units, find_names(nlp, text, [u for u, _ in units]), strict=True):
        found.extend((named, in_caption) for named in names)
    return Analysis(document=document, entities=fold_entities(found, text, units), pipeline=pipeline_id(nlp))
