"""Ingest: read inputs, analyse what is new (inline or in worker processes), store each article whole."""

from __future__ import annotations

import gc
import multiprocessing
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain
from pathlib import Path

from .clean import clean
from .errors import InputError
from .model import Analysis, Article
from .nlp import analyze_documents, load_pipeline
from .nlp.places import load_gazetteers
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


# Articles analysed together, so the model sees full batches; small enough that a killed run
# loses little work (measured on the PolNeAR texts: 16 keeps 95% of the bare pipeline's speed).
BATCH_ARTICLES = 16


def analyze_article(article: Article, model: str, events: bool = True) -> Analysis:
    """Clean and analyse one article: the pure per-article work, the same in every runner."""
    return analyze_articles([article], model, events)[0]


def analyze_articles(articles: Sequence[Article], model: str, events: bool = True) -> list[Analysis]:
    """Clean and analyse several articles in one pass of the model; same results as one by one."""
    return analyze_documents([clean(a) for a in articles], load_pipeline(model), events=events)


def _analyze_task(task: tuple[list[Article], str, bool]) -> list[Analysis]:
    return analyze_articles(*task)


def _batches(articles: Iterator[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


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
        for analysis in analyses_in_order(articles, options):
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


def analyses_in_order(articles: Iterator[Article], options: Options) -> Iterator[Analysis]:
    """The analyses of `articles`, in their order: in this process, or in `options.workers`
    processes, a batch of BATCH_ARTICLES at a time."""
    batches = _batches(articles, BATCH_ARTICLES)
    first = next(batches, None)
    if first is None:
        return  # nothing new: no model to load
    batches = chain([first], batches)
    _load(options.model)  # fail here, once, if the model is missing
    if options.workers <= 1:
        for batch in batches:
            yield from analyze_articles(batch, options.model, options.events)
        return
    method = "fork" if sys.platform.startswith("linux") else "spawn"
    with multiprocessing.get_context(method).Pool(options.workers) as pool:
        tasks = ((batch, options.model, options.events) for batch in batches)
        for analyses in pool.imap(_analyze_task, tasks):
            yield from analyses


@lru_cache(maxsize=4)
def _load(model: str) -> None:
    """Load the model and the gazetteers once per process, then set all that is loaded apart from
    the garbage collector: its every full pass would walk their hundreds of thousands of objects
    again (`benchmarks/ingest_stages.py` measures it with and without), and forked workers then
    share those pages rather than copy each one the collector touches."""
    load_pipeline(model)
    load_gazetteers()
    gc.collect()
    gc.freeze()


def _progress_bar(enabled: bool):  # type: ignore[no-untyped-def]
    if not enabled:
        return None
    from tqdm import tqdm

    return tqdm(unit=" articles", file=sys.stderr, dynamic_ncols=True, disable=None)
