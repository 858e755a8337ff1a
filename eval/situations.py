"""Score the grouping of articles into situations against stories labelled by hand.

    python eval/situations.py [--stream polnear|ecbplus] [--split test|dev|train] [--labels FILE]
                              [--check] [-v]

`polnear` (the default): every PolNeAR article of a labelled stream (`filename<TAB>story`, default
eval/gold/situations/polnear-2016-summer.tsv, guidelines in docs/situations.md), read from the
PolNeAR text folders. `ecbplus`: the reports of one split of ECB+ topics (eval/ecbplus.py; test
topics 36-45 by default), each topic two look-alike stories, stream shuffled with a fixed seed and
every report given one date.

The articles are analysed and stored one by one in stream order (as a live feed would bring them)
into a fresh store; the situations formed are compared with the stories by B-cubed precision,
recall and F1 (Bagga and Baldwin 1998) and pairwise precision, recall and F1 (pairs of articles put
together). Beside sitroom, the plain baselines: every article alone, a single-pass tf-idf cosine
(each article joins the most similar earlier group when the cosine reaches 0.20, sitroom's
threshold before its similarity was learned; no dates, no names), and on ECB+ all the reports of a topic in one group.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import SHARED_DATA, check_floors
from sitroom.corpus import situations as grouping
from sitroom.corpus.profile import _stop_words
from sitroom.ingest import analyze_articles
from sitroom.model import Article
from sitroom.settings import Options
from sitroom.sources import read_path
from sitroom.store import Store

HERE = Path(__file__).resolve().parent
LABELS = HERE / "gold" / "situations" / "polnear-2016-summer.tsv"
POLNEAR = SHARED_DATA / "polnear"
_WORD = re.compile(r"[^\W\d_][\w'-]*")


def read_labels(path: Path) -> dict[str, str]:
    labels = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, story = line.split("\t")
            labels[name] = story
    return labels


def bcubed(system: Mapping[str, str], gold: Mapping[str, str], items: Sequence[str]) -> tuple[float, float, float]:
    """Mean over items of the share of its system cluster in its gold cluster (precision), and the
    reverse (recall); clusters taken over `items` only."""
    by_system: dict[str, set[str]] = defaultdict(set)
    by_gold: dict[str, set[str]] = defaultdict(set)
    for item in items:
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


def pairwise(system: Mapping[str, str], gold: Mapping[str, str], items: Sequence[str]) -> tuple[float, float, float]:
    """Precision, recall and F1 of the pairs of articles put in one group."""

    def pairs(labels: Mapping[str, str]) -> set[tuple[str, str]]:
        groups: dict[str, list[str]] = defaultdict(list)
        for item in items:
            groups[labels[item]].append(item)
        return {(a, b) for members in groups.values() for i, a in enumerate(members) for b in members[i + 1 :]}

    found, truth = pairs(system), pairs(gold)
    shared = len(found & truth)
    p = shared / len(found) if found else 1.0
    r = shared / len(truth) if truth else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# The cosine at which sitroom's own grouping joined a situation before its similarity was learned.
TFIDF_THRESHOLD = 0.20


def tfidf_single_pass(texts: Sequence[str], threshold: float = TFIDF_THRESHOLD) -> list[int]:
    """The plain baseline: each text a tf-idf vector (idf over the texts so far); it joins the group
    whose summed vector is most similar by cosine, at the threshold, or starts a new group."""
    stop = _stop_words()
    df: Counter[str] = Counter()
    centroids: list[dict[str, float]] = []
    groups = []
    for n, text in enumerate(texts, start=1):
        counts = Counter(w for w in (w.lower() for w in _WORD.findall(text)) if len(w) >= 3 and w not in stop)
        df.update(counts.keys())
        vector = {w: (1 + math.log(c)) * (math.log((n + 1) / (df[w] + 1)) + 1) for w, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        vector = {w: v / norm for w, v in vector.items()}
        best, best_score = None, threshold
        for index, centroid in enumerate(centroids):
            value = grouping.cosine(vector, centroid)
            if value >= best_score:
                best, best_score = index, value
        if best is None:
            centroids.append(dict(vector))
            groups.append(len(centroids) - 1)
        else:
            for w, v in vector.items():
                centroids[best][w] = centroids[best].get(w, 0.0) + v
            groups.append(best)
    return groups


def polnear_stream(*labels: Path) -> list[tuple[str, str, Article]]:
    gold = {name: story for path in labels for name, story in read_labels(path).items()}
    folders = [POLNEAR / "train" / "text", POLNEAR / "dev" / "text"]
    paths = {p.stem: p for folder in folders for p in folder.glob("*.txt") if p.stem in gold}
    missing = sorted(set(gold) - set(paths))
    if missing:
        raise SystemExit(f"error: {len(missing)} labelled articles not found, e.g. {missing[0]}")
    stream = []
    for name, story in gold.items():
        article = next(iter(read_path(paths[name], 10**7)))
        assert isinstance(article, Article)
        stream.append((name, story, article))
    return sorted(stream, key=lambda item: (item[2].published, item[0]))


def ecbplus_stream(split: str) -> list[tuple[str, str, Article]]:
    from ecbplus import SPLITS, read_split

    return [(report.name, report.story, article) for report, article in read_split(SPLITS[split])]


def sitroom_groups(articles: Sequence[Article], verbose: bool = False) -> list[str]:
    """The situation each article lands in when the articles are stored one by one in this order."""
    analyses = analyze_articles(list(articles), Options().model)
    found = []
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "eval.db") as store:
        for analysis in analyses:
            store.save(analysis)
            found.append(str(store.situation_of(analysis.article.id)))
        if verbose:
            for summary in store.situations(limit=10_000):
                if summary.articles > 1:
                    print(f"{summary.id:>4} {summary.articles:>3}  {summary.title[:100]}")
    return found


def look_alikes_merged(system: Mapping[str, str], gold: Mapping[str, str]) -> int:
    """ECB+ topics in which one situation holds reports of both of the topic's stories."""
    stories_of: dict[str, set[str]] = defaultdict(set)
    for item, situation in system.items():
        stories_of[situation].add(gold[item])
    topics = set()
    for stories in stories_of.values():
        by_topic = Counter(re.match(r"\d+", s).group(0) for s in stories)  # type: ignore[union-attr]
        topics.update(t for t, n in by_topic.items() if n > 1)
    return len(topics)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stream", choices=("polnear", "ecbplus"), default="polnear")
    parser.add_argument("--split", choices=("test", "dev", "train"), default="test", help="ECB+ topics")
    parser.add_argument(
        "--labels", type=Path, nargs="+", default=[LABELS], help="the PolNeAR stream's labels (one file or several)"
    )
    parser.add_argument("--check", action="store_true", help="fail when a score drops below eval/baselines.json")
    parser.add_argument("-v", "--verbose", action="store_true", help="print each situation formed")
    args = parser.parse_args()
    stream = polnear_stream(*args.labels) if args.stream == "polnear" else ecbplus_stream(args.split)
    names = [name for name, _, _ in stream]
    gold = {name: story for name, story, _ in stream}
    articles = [article for _, _, article in stream]
    system = dict(zip(names, sitroom_groups(articles, args.verbose), strict=True))
    texts = [f"{a.title or ''}\n{a.text}" for a in articles]
    methods: dict[str, dict[str, str]] = {
        "sitroom": system,
        "every article alone": {name: name for name in names},
        "tf-idf single pass": {name: str(g) for name, g in zip(names, tfidf_single_pass(texts), strict=True)},
    }
    if args.stream == "ecbplus":
        methods["each topic one group"] = {name: re.match(r"\d+", gold[name]).group(0) for name in names}  # type: ignore[union-attr]
    stories = Counter(gold.values())
    print(
        f"{args.stream}{' ' + args.split if args.stream == 'ecbplus' else ''}: {len(names)} articles,"
        f" {len(stories)} stories ({sum(1 for n in stories.values() if n > 1)} of two or more),"
        f" {len(set(system.values()))} situations formed"
    )
    parts: list[tuple[str, list[str]]] = [("all", names)]
    if args.stream == "polnear":
        half = len(names) // 2
        tuned = " (trained on)" if args.labels == [LABELS] else ""
        parts += [(f"first half{tuned}", names[:half]), ("second half", names[half:])]
    figures: dict[str, float] = {}
    for part, items in parts:
        print(f"\n{part}: {'method':<22} B-cubed P / R / F1      pairwise P / R / F1")
        for method, labels in methods.items():
            b, pw = bcubed(labels, gold, items), pairwise(labels, gold, items)
            print(
                f"  {method:<30} {100 * b[0]:5.1f} / {100 * b[1]:5.1f} / {100 * b[2]:5.1f}"
                f"    {100 * pw[0]:5.1f} / {100 * pw[1]:5.1f} / {100 * pw[2]:5.1f}"
            )
            if part == "all" and method == "sitroom":
                figures = {"bcubed_precision": round(100 * b[0], 1), "bcubed_recall": round(100 * b[1], 1)}
    if args.stream == "ecbplus":
        for method, labels in methods.items():
            if method != "each topic one group":
                print(f"look-alike stories merged, {method}: {look_alikes_merged(labels, gold)} of {len(stories) // 2}")
    if args.check:
        scorer = "situations" if args.stream == "polnear" else f"situations_ecbplus_{args.split}"
        return 0 if check_floors(scorer, figures) else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
