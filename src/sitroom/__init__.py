"""sitroom: a situation room for the news. Dated reports in, a sourced picture out."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from .clean import clean
from .errors import InputError, SitroomError
from .ingest import IngestReport, analyze_article, ingest
from .model import (
    Analysis,
    Article,
    Caption,
    CaptionPlace,
    Credit,
    Document,
    Entity,
    Mention,
    Paragraph,
    Span,
    make_article,
)
from .settings import Options
from .store import Store

__version__ = "0.1.0"

__all__ = [
    "Analysis",
    "Article",
    "Caption",
    "CaptionPlace",
    "Credit",
    "Document",
    "Entity",
    "IngestReport",
    "InputError",
    "Mention",
    "Options",
    "Paragraph",
    "SitroomError",
    "Span",
    "Store",
    "__version__",
    "analyze",
    "clean",
    "ingest",
    "make_article",
    "open",
]


def analyze(
    text: str,
    published: date | str,
    *,
    source: str = "api",
    title: str | None = None,
    url: str | None = None,
    model: str = Options.model,
) -> Analysis:
    """Analyse one report without a database: `sitroom.analyze(text, published="2021-01-06")`."""
    when = date.fromisoformat(published) if isinstance(published, str) else published
    article = make_article(text, when, source=source, title=title, url=url)
    return analyze_article(article, model)


def open(path: str | Path = Options.db) -> Store:  # noqa: A001 - the API is `sitroom.open(path)`
    """The store in one SQLite file, created with its schema when new."""
    return Store(path)
