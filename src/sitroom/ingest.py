"""Ingest: read inputs, analyse what is new (inline or in worker processes), store each article whole."""

from __future__ import annotations

import multiprocessing
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .clean import clean
from .errors import InputError
from .model import Analysis, Article
from .nlp import analyze_document, load_pipeline
from .settings import Options
from .sources import read_inputs
from .store import Store


@dataclass
class IngestReport:
    read: int = 0
    stored: int = 0
    unchanged: int = 0
    failed: int = 0
    errors: list[InputError] = field(default_factory=list)

    def summary(self) -> str:
        return f"read {self.read}, stored {self.stored}, unchanged {self.unchanged}, failed {self.failed}"


def analyze_article(article: Article, model: str, events: bool = True) -> Analysis:
    """Clean and analyse one article: the pure per-article work, the same in every runner."""
    return analyze_document(clean(article), load_pipeline(model), events=events)


def _analyze_task(task: tuple[Article, str, bool]) -> Analysis:
    return analyze_article(*task)


def ingest(
    store: Store,
    paths: Iterable[Path],
    options: Options,
    *,
    on_error: Callable[[InputError], None] | None = None,
    progress: bool = False,
) -> IngestReport:
    """Store every new article under `paths`. Each article is committed on its own, so a run
    that dies keeps what it stored and the next run analyses only what is left."""
    report = IngestReport()
    articles = _new_articles(store, read_inputs(paths, options.max_input_bytes), report, on_error)
    bar = _progress_bar(progress)
    try:
        for analysis in _analyses(articles, options):
            if store.save(analysis):
                report.stored += 1
            else:
                report.unchanged += 1
            if bar is not None:
                bar.update(1)
    finally:
        if bar is not None:
            bar.close()
    return report


def _new_articles(
    store: Store,
    items: Iterator[Article | InputError],
    report: IngestReport,
    on_error: Callable[[InputError], None] | None,
) -> Iterator[Article]:
    seen: set[str] = set()
    for item in items:
        if isinstance(item, InputError):
            report.failed += 1
            report.errors.append(item)
            if on_error is not None:
                on_error(item)
            continue
        report.read += 1
        if item.id in seen or store.has_article(item.id):
            report.unchanged += 1
            continue
        seen.add(item.id)
        yield item


def _analyses(articles: Iterator[Article], options: Options) -> Iterator[Analysis]:
    if options.workers <= 1:
        for article in articles:
            yield analyze_article(article, options.model, options.events)
        return
    load_pipeline(options.model)  # fail here, once, if the model is missing
    method = "fork" if sys.platform.startswith("linux") else "spawn"
    with multiprocessing.get_context(method).Pool(options.workers) as pool:
        tasks = ((article, options.model, options.events) for article in articles)
        yield from pool.imap(_analyze_task, tasks, chunksize=2)


def _progress_bar(enabled: bool):  # type: ignore[no-untyped-def]
    if not enabled:
        return None
    from tqdm import tqdm

    return tqdm(unit=" articles", file=sys.stderr, dynamic_ncols=True, disable=None)
