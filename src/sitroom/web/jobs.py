"""Ingest through the web as background jobs: a queue and one writer thread, so that a posted
batch never holds up a page, and its progress can be read while it runs. The analysis itself runs
in a process of its own (spaCy's work would otherwise share the interpreter with the pages and slow
every one while a batch runs); the writer thread stores what comes back."""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Any

from ..ingest import analyze_articles
from ..model import Analysis, Article

KEPT = 200  # finished jobs remembered, the latest; older ones are forgotten
CHUNK = 8  # articles analysed at once: progress moves this many at a time


@dataclass
class Job:
    """One posted batch as it goes: queued, running, done or failed."""

    id: str
    total: int
    state: str = "queued"
    done: int = 0
    articles: list[dict[str, Any]] = field(default_factory=list)  # each stored: id, stored, situation
    error: str | None = None
    finished: threading.Event = field(default_factory=threading.Event, repr=False)

    def as_dict(self) -> dict[str, Any]:
        return {
            "job": self.id,
            "state": self.state,
            "total": self.total,
            "done": self.done,
            "articles": list(self.articles),
            "error": self.error,
        }


# What a job does with a chunk of articles: analyse and store them, returning one result each.
Work = Callable[[Sequence[Article]], list[dict[str, Any]]]


class IngestJobs:
    """The queue: jobs run one at a time, in the order posted (the model and the writer are shared)."""

    def __init__(self, own_process: bool = True) -> None:
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sitroom-ingest")
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._lock = threading.Lock()
        self._own_process = own_process  # False: analyse in the writer thread itself
        self._analyser: ProcessPoolExecutor | None = None  # started with the first batch

    def analyse(self, articles: Sequence[Article], model: str, events: bool) -> list[Analysis]:
        """The articles analysed, in the analysing process (started, and its model loaded, once)."""
        if not self._own_process:
            return analyze_articles(list(articles), model, events)
        if self._analyser is None:
            # A fresh interpreter, not a fork of a server that runs threads.
            context = multiprocessing.get_context("spawn")
            self._analyser = ProcessPoolExecutor(
                max_workers=1, mp_context=context, initializer=_exit_with, initargs=(os.getpid(),)
            )
        try:
            return self._analyser.submit(analyze_articles, list(articles), model, events).result()
        except BrokenProcessPool:
            self._analyser = None  # the process died (killed, out of memory): the next batch starts another
            raise

    def close(self) -> None:
        self._worker.shutdown(wait=False, cancel_futures=True)
        if self._analyser is not None:
            self._analyser.shutdown(wait=True, cancel_futures=True)

    def submit(self, articles: Sequence[Article], work: Work, after: Callable[[], None]) -> Job:
        """Queue the articles; `after` runs once the job's articles are stored (alerts out)."""
        job = Job(uuid.uuid4().hex[:16], len(articles))
        with self._lock:
            self._jobs[job.id] = job
            while len(self._jobs) > KEPT:
                self._jobs.popitem(last=False)
        self._worker.submit(self._run, job, list(articles), work, after)
        return job

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    @staticmethod
    def _run(job: Job, articles: list[Article], work: Work, after: Callable[[], None]) -> None:
        job.state = "running"
        try:
            for start in range(0, len(articles), CHUNK):
                results = work(articles[start : start + CHUNK])
                job.articles.extend(results)
                job.done += len(results)
            after()
            job.state = "done"
        except Exception as exc:  # a failed job says why; the server goes on
            job.error = f"{type(exc).__name__}: {exc}"
            job.state = "failed"
        finally:
            job.finished.set()


def _exit_with(server: int) -> None:
    """In the analysing process: end when the server does, even one killed outright, rather than
    live on holding its model and the server's output."""

    def watch() -> None:
        while os.getppid() == server:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, daemon=True, name="sitroom-exit-with-server").start()
