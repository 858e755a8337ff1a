"""Cost of storing one more article as the store grows: does it stay flat?

    python benchmarks/situation_growth.py [--sizes 1000 10000 100000] [--pool 200] [--per-day 100] [--swap 0.33]

A pool of real PolNeAR articles is analysed once; the stream is then made of perturbed copies of
them (a third of the words of each replaced by other words of the same length, so the spans stay
valid but the MinHash signatures and the vectors differ; a new id, source and date), arriving at
a constant rate of `--per-day` articles a day, as a live feed would. Each is stored with
`Store.save`, which writes the analysis and runs the corpus stage (copies, situation, alert
rules) in one transaction. Printed at each size: the mean, median and 95th percentile time of the
last 1,000 inserts (the mean carries the occasional slow one: a fold, a checkpoint), and the
store's size on disk.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from sitroom.corpus.alerts import parse_rules
from sitroom.ingest import analyze_articles
from sitroom.model import Analysis, article_id
from sitroom.settings import Options
from sitroom.sources import read_path
from sitroom.store import Store

POLNEAR = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear" / "train" / "text"
RULES = """
[[rule]]
name = "arrests"
event_types = ["arrest"]
min_count = 10

[[rule]]
name = "surge"
spike = { window_days = 1, factor = 3.0, min_reports = 20 }
"""


def perturbed(
    analysis: Analysis, n: int, day: date, rng: random.Random, vocabulary: dict[int, list[str]], swap: float = 0.33
) -> Analysis:
    """The analysis of a new article: the same structure, a share `swap` of its words swapped for
    others of the same length, a new source, date and id."""
    article = analysis.article
    text = list(article.text)
    for start, word in _words(article.text):
        if rng.random() < swap and vocabulary.get(len(word)):
            text[start : start + len(word)] = rng.choice(vocabulary[len(word)])
    new_text = "".join(text)
    source = f"outlet-{n % 50}"
    new_article = replace(article, text=new_text, source=source, published=day, id=article_id(new_text, source))
    return replace(analysis, document=replace(analysis.document, article=new_article))


def _words(text: str) -> list[tuple[int, str]]:
    import re

    return [(m.start(), m.group()) for m in re.finditer(r"[a-z]{3,}", text)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--pool", type=int, default=200, help="real articles analysed to draw from")
    parser.add_argument("--per-day", type=int, default=100, help="articles arriving per day")
    parser.add_argument("--db", type=Path, help="store file (default: a temporary one)")
    parser.add_argument(
        "--swap",
        type=float,
        default=0.33,
        help="share of words swapped: 0.02 with --pool 1 makes a flood of near-duplicates of one article",
    )
    args = parser.parse_args()
    paths = sorted(POLNEAR.glob("*.txt"))[: args.pool]
    if not paths:
        print(f"error: no texts in {POLNEAR}", file=sys.stderr)
        return 2
    print(f"analysing {len(paths)} real articles for the pool ...", flush=True)
    pool = analyze_articles([next(iter(read_path(p, 10**7))) for p in paths], Options().model)
    vocabulary: dict[int, list[str]] = {}
    for analysis in pool:
        for _, word in _words(analysis.article.text):
            vocabulary.setdefault(len(word), []).append(word)
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "growth.db"
        with Store(db) as store:
            store.add_rules(parse_rules(RULES, "benchmark rules"))
            start_day = date(2020, 1, 1)
            timings: list[float] = []
            print(f"{'stored':>8}  {'mean ms':>7}  {'median ms':>9}  {'p95 ms':>7}  {'MB on disk':>10}", flush=True)
            for n in range(max(args.sizes)):
                day = start_day + timedelta(days=n // args.per_day)
                analysis = perturbed(pool[rng.randrange(len(pool))], n, day, rng, vocabulary, args.swap)
                began = time.perf_counter()
                store.save(analysis)
                timings.append(time.perf_counter() - began)
                if n + 1 in args.sizes:
                    last = sorted(timings[-1000:])
                    size = sum(p.stat().st_size for p in db.parent.glob(db.name + "*")) / 2**20
                    mean, median = 1000 * statistics.mean(last), 1000 * statistics.median(last)
                    p95 = 1000 * last[int(0.95 * len(last))]
                    print(f"{n + 1:>8}  {mean:>7.2f}  {median:>9.2f}  {p95:>7.2f}  {size:>10.0f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
