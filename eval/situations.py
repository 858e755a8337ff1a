"""Score the grouping of articles into situations against stories labelled by hand.

    python eval/situations.py [LABELS] [--texts DIR ...] [--check] [-v]

LABELS is a `filename<TAB>story` file (default: eval/gold/situations/polnear-2016-summer.tsv, 245
PolNeAR articles from 13 July to 7 October 2016; the guidelines are in docs/situations.md). The
articles are read from the PolNeAR text folders, analysed, and stored one by one in publication
order (as a live feed would bring them) into a fresh store; the situations the store forms are
then compared with the stories by B-cubed precision, recall and F1 (Bagga and Baldwin 1998), the
measure of the streaming news clustering literature. The first half of the stream (by date) is
where the thresholds were tuned; the second half is reported apart.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import check_floors
from sitroom.ingest import analyze_articles
from sitroom.settings import Options
from sitroom.sources import read_path
from sitroom.store import Store

HERE = Path(__file__).resolve().parent
LABELS = HERE / "gold" / "situations" / "polnear-2016-summer.tsv"
POLNEAR = HERE.parent.parent / "shared" / "data" / "polnear"


def read_labels(path: Path) -> dict[str, str]:
    labels = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, story = line.split("\t")
            labels[name] = story
    return labels


def bcubed(system: dict[str, str], gold: dict[str, str], items: list[str]) -> tuple[float, float, float]:
    """Mean over items of the share of its system cluster in its gold cluster (precision), and the
    reverse (recall); both clusterings taken over all of `items`, scores averaged over `items`."""
    by_system: dict[str, set[str]] = defaultdict(set)
    by_gold: dict[str, set[str]] = defaultdict(set)
    for item in system:
        by_system[system[item]].add(item)
        by_gold[gold[item]].add(item)
    precision = recall = 0.0
    for item in items:
        mine, truth = by_system[system[item]], by_gold[gold[item]]
        shared = len(mine & truth)
        precision += shared / len(mine)
        recall += shared / len(truth)
    p, r = precision / len(items), recall / len(items)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("labels", type=Path, nargs="?", default=LABELS)
    parser.add_argument("--texts", type=Path, nargs="*", default=[POLNEAR / "train" / "text", POLNEAR / "dev" / "text"])
    parser.add_argument("--check", action="store_true", help="fail when a score drops below eval/baselines.json")
    parser.add_argument("-v", "--verbose", action="store_true", help="print each situation formed")
    args = parser.parse_args()
    gold = read_labels(args.labels)
    paths = {p.stem: p for folder in args.texts for p in folder.glob("*.txt") if p.stem in gold}
    missing = sorted(set(gold) - set(paths))
    if missing:
        print(f"error: {len(missing)} labelled articles not found, e.g. {missing[0]}", file=sys.stderr)
        return 2
    articles = [next(iter(read_path(paths[name], 10**7))) for name in gold]
    order = sorted(range(len(articles)), key=lambda k: (articles[k].published, list(gold)[k]))
    names = [list(gold)[k] for k in order]
    analyses = analyze_articles([articles[k] for k in order], Options().model)
    system: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "eval.db") as store:
        for name, analysis in zip(names, analyses, strict=True):
            store.save(analysis)
            system[name] = str(store.situation_of(analysis.article.id))
        if args.verbose:
            for summary in store.situations(limit=10_000):
                if summary.articles > 1:
                    print(f"{summary.id:>4} {summary.articles:>3}  {summary.title[:100]}")
    half = len(names) // 2
    figures = {}
    print(f"{len(names)} articles, {len(set(gold.values()))} stories, {len(set(system.values()))} situations formed")
    print(f"{'part':<34} B-cubed P / R / F1")
    for label, items in (("all", names), ("first half (tuned on)", names[:half]), ("second half", names[half:])):
        p, r, f = bcubed(system, gold, items)
        print(f"{label:<34} {100 * p:5.1f} / {100 * r:5.1f} / {100 * f:5.1f}")
        figures.setdefault("bcubed_precision", round(100 * p, 1))
        figures.setdefault("bcubed_recall", round(100 * r, 1))
    singles = {name: name for name in names}
    for label, items in (("baseline, every article alone: all", names), ("  first half", names[:half])):
        p, r, f = bcubed(singles, gold, items)
        print(f"{label:<34} {100 * p:5.1f} / {100 * r:5.1f} / {100 * f:5.1f}")
    p, r, f = bcubed(singles, gold, names[half:])
    print(f"{'  second half':<34} {100 * p:5.1f} / {100 * r:5.1f} / {100 * f:5.1f}")
    if args.check:
        return 0 if check_floors("situations", figures) else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
