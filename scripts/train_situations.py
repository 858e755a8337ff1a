"""Train the similarity that decides which situation a new article joins.

    python scripts/train_situations.py [--cache DIR] [--out PATH]

Labelled streams: the ECB+ train topics (eval/ecbplus.py; 25 topics, each two look-alike stories)
and the first half of the project's PolNeAR stream (eval/gold/situations/, the half its earlier
thresholds were tuned on). Each stream is replayed in order as the store would see it, the article
always joining its true story (teacher forcing): every candidate situation in the window gives one
pair (its PAIR_FEATURES, 1 if it is the article's story). A logistic regression (scikit-learn,
L-BFGS, deterministic) is fitted on the pairs. The joining threshold is then chosen by replaying
the ECB+ dev topics and the same PolNeAR half with the model deciding, for the best mean B-cubed F1.
ECB+ test topics and the PolNeAR stream's second half are never read here.
The model goes to src/sitroom/data/models/situations.json unless `--out` says otherwise.
`--compare-trees` writes nothing: it prints, for a few thresholds, the B-cubed F1 on the same
tuning streams of the logistic regression beside gradient-boosted trees fitted on the same pairs
(100 trees of depth 3, seeded), the non-linear model this one was chosen over.
`--cross-validate` writes nothing either: the ECB+ train topics in five folds, each scored (B-cubed
F1) by a model fitted without it, at the threshold the script would choose (or at `--threshold`):
how much the choice of threshold moves from one set of stories to the next.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

import numpy as np
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))
from ecbplus import DEV_TOPICS, TRAIN_TOPICS, read_split  # noqa: E402
from sitroom.corpus import situations as grouping  # noqa: E402
from sitroom.corpus.profile import Profile, profile  # noqa: E402
from sitroom.ingest import analyze_articles  # noqa: E402
from sitroom.settings import Options  # noqa: E402
from situations import LABELS, bcubed, polnear_stream  # noqa: E402

MODEL_PATH = ROOT / "src" / "sitroom" / "data" / "models" / grouping.MODEL_FILE
C = 1.0  # inverse regularisation strength: the features are few and bounded
THRESHOLDS = tuple(round(0.04 + 0.02 * k, 2) for k in range(24))  # 0.04 ... 0.50

Stream = list[tuple[str, str, Profile]]  # (name, story, profile) in arrival order


def load_stream(name: str, read: Callable[[], list], cache: Path | None) -> Stream:
    """The stream's articles analysed and profiled, kept in `cache` when given."""
    path = cache / f"{name}.pickle" if cache else None
    if path is not None and path.exists():
        return pickle.loads(path.read_bytes())
    items = read()
    analyses = analyze_articles([article for _, _, article in items], Options().model)
    stream = [(item, story, profile(analysis)) for (item, story, _), analysis in zip(items, analyses, strict=True)]
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pickle.dumps(stream))
    return stream


class Replay:
    """The store's single pass, in memory: document frequencies so far, situations and centroids."""

    def __init__(self) -> None:
        self.df: Counter[str] = Counter()
        self.total = 0
        self.situations: list[grouping.SituationState] = []

    def vector(self, features: dict[str, int]) -> dict[str, float]:
        self.total += 1
        self.df.update(features.keys())
        return grouping.weigh(features, self.df, self.total)

    def candidates(self, vector: dict[str, float], published: date) -> list[grouping.SituationState]:
        """As the store's index finds them: in the window, sharing key features, the most first."""
        shared = [
            (grouping.shared_keys(vector, s), s)
            for s in self.situations
            if grouping.days_apart(published, s) <= grouping.WINDOW_DAYS
        ]
        ranked = sorted(((n, s) for n, s in shared if n), key=lambda ns: (-ns[0], ns[1].id))
        return [s for _, s in ranked[: grouping.CANDIDATES]]

    def place(self, index: int | None, vector: dict[str, float], published: date) -> int:
        if index is None:
            self.situations.append(
                grouping.SituationState(len(self.situations), grouping.trim(vector), published, published)
            )
            return len(self.situations) - 1
        old = self.situations[index]
        self.situations[index] = grouping.SituationState(
            index,
            grouping.add(old.centroid, vector),
            min(old.first, published),
            max(old.last, published),
            old.articles + 1,
        )
        return index


def training_pairs(stream: Stream) -> tuple[list[tuple[float, ...]], list[int]]:
    replay, situation_of_story = Replay(), {}
    features, labels = [], []
    for _, story, prof in stream:
        vector = replay.vector(prof.features)
        target = situation_of_story.get(story)
        for situation in replay.candidates(vector, prof.published):
            features.append(grouping.pair_features(vector, prof.published, situation))
            labels.append(int(situation.id == target))
        situation_of_story[story] = replay.place(target, vector, prof.published)
    return features, labels


def replay_with(stream: Stream, model: grouping.SimilarityModel) -> dict[str, str]:
    replay, found = Replay(), {}
    for name, _, prof in stream:
        vector = replay.vector(prof.features)
        chosen, _ = grouping.choose(vector, prof.published, replay.candidates(vector, prof.published), model)
        found[name] = str(replay.place(chosen, vector, prof.published))
    return found


def mean_bcubed(streams: Sequence[Stream], model: grouping.SimilarityModel) -> float:
    scores = []
    for stream in streams:
        names = [name for name, _, _ in stream]
        scores.append(bcubed(replay_with(stream, model), {name: story for name, story, _ in stream}, names)[2])
    return sum(scores) / len(scores)


class TreesModel:
    """Gradient-boosted trees behind the interface `grouping.choose` asks of a similarity model."""

    def __init__(self, trees: GradientBoostingClassifier, threshold: float) -> None:
        self.trees, self.threshold = trees, threshold

    def probability(self, features: tuple[float, ...]) -> float:
        return float(self.trees.predict_proba(np.array([features]))[0, 1])


def compare_trees(features: list, labels: list, logistic: LogisticRegression, tuning: dict[str, Stream]) -> None:
    """B-cubed F1 on each tuning stream of the two models, at a few thresholds."""
    trees = GradientBoostingClassifier(n_estimators=100, max_depth=3, random_state=0).fit(
        np.array(features), np.array(labels)
    )
    print("model     threshold  " + "  ".join(f"{name:>22}" for name in tuning))
    for threshold in (0.2, 0.26, 0.3, 0.4, 0.5):
        linear = grouping.SimilarityModel(
            tuple(float(w) for w in logistic.coef_[0]), float(logistic.intercept_[0]), threshold
        )
        for name, model in (("logistic", linear), ("trees", TreesModel(trees, threshold))):
            scores = [100 * mean_bcubed([stream], model) for stream in tuning.values()]  # type: ignore[arg-type]
            print(f"{name:<9} {threshold:>9.2f}  " + "  ".join(f"{score:>22.1f}" for score in scores))


def fit(streams: Sequence[Stream]) -> tuple[LogisticRegression, list[tuple[float, ...]], list[int]]:
    """The logistic regression over the pairs of these streams, with the pairs."""
    features, labels = [], []
    for stream in streams:
        x, y = training_pairs(stream)
        features += x
        labels += y
    return LogisticRegression(C=C, max_iter=2000).fit(np.array(features), np.array(labels)), features, labels


def model_of(fitted: LogisticRegression, threshold: float) -> grouping.SimilarityModel:
    return grouping.SimilarityModel(
        tuple(round(float(w), 6) for w in fitted.coef_[0]), round(float(fitted.intercept_[0]), 6), threshold
    )


def best_threshold(fitted: LogisticRegression, tuning: Sequence[Stream]) -> tuple[float, float]:
    """The threshold of the best mean B-cubed F1 on the tuning streams (the lowest of equals), and that F1."""
    scored = [(mean_bcubed(tuning, model_of(fitted, t)), t) for t in THRESHOLDS]
    best_score, threshold = max(scored, key=lambda st: (round(st[0], 4), -st[1]))
    return threshold, best_score


def cross_validate(train: Stream, polnear_tuned: Stream, dev: Stream, fixed: float | None) -> None:
    """Held-out B-cubed F1 of each fold of the ECB+ train topics, by a model fitted on the others."""

    def topic(name: str) -> int:
        return int(name.split("_", 1)[0])

    topics = sorted({topic(name) for name, _, _ in train})
    scores = []
    for fold in (topics[k::5] for k in range(5)):
        fitted, _, _ = fit(([item for item in train if topic(item[0]) not in fold], polnear_tuned))
        threshold = fixed if fixed is not None else best_threshold(fitted, (dev, polnear_tuned))[0]
        held_out = [item for item in train if topic(item[0]) in fold]
        scores.append(100 * mean_bcubed([held_out], model_of(fitted, threshold)))
        print(f"held-out topics {fold}: threshold {threshold:.2f}, B-cubed F1 {scores[-1]:.1f}")
    print(f"mean held-out B-cubed F1 {sum(scores) / len(scores):.1f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="keep the analysed streams here between runs")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument(
        "--compare-trees", action="store_true", help="compare with gradient-boosted trees; write nothing"
    )
    parser.add_argument(
        "--cross-validate", action="store_true", help="score five folds of the train topics; write nothing"
    )
    parser.add_argument("--threshold", type=float, help="with --cross-validate: this threshold, not the chosen one")
    args = parser.parse_args()
    started = time.time()
    polnear = load_stream("polnear", lambda: polnear_stream(LABELS), args.cache)
    polnear_tuned = polnear[: len(polnear) // 2]
    ecb_train = load_stream(
        "ecbplus-train", lambda: [(r.name, r.story, a) for r, a in read_split(TRAIN_TOPICS)], args.cache
    )
    ecb_dev = load_stream("ecbplus-dev", lambda: [(r.name, r.story, a) for r, a in read_split(DEV_TOPICS)], args.cache)
    print(f"streams read and analysed in {time.time() - started:.0f} s")
    if args.cross_validate:
        cross_validate(ecb_train, polnear_tuned, ecb_dev, args.threshold)
        return 0
    fitted, features, labels = fit((ecb_train, polnear_tuned))
    print(f"{len(labels)} pairs ({sum(labels)} of one story) from {len(ecb_train) + len(polnear_tuned)} articles")
    if args.compare_trees:
        compare_trees(features, labels, fitted, {"ECB+ dev": ecb_dev, "PolNeAR first half": polnear_tuned})
        return 0

    threshold, best_score = best_threshold(fitted, (ecb_dev, polnear_tuned))
    print(f"threshold {threshold}: mean B-cubed F1 {100 * best_score:.1f} on ECB+ dev and the tuned PolNeAR half")
    model = model_of(fitted, threshold)
    stored = {
        "about": "sitroom situation similarity: logistic regression over pair features; scripts/train_situations.py",
        "weights": {name: w for name, w in zip(grouping.PAIR_FEATURES, model.weights, strict=True)},
        "bias": model.bias,
        "threshold": threshold,
        "trained_on": {
            "ecbplus_train_topics": list(TRAIN_TOPICS),
            "polnear_stream_first_half": len(polnear_tuned),
            "pairs": len(labels),
        },
        "threshold_from": {"ecbplus_dev_topics": list(DEV_TOPICS), "polnear_stream_first_half": len(polnear_tuned)},
    }
    args.out.write_text(json.dumps(stored, indent=2) + "\n", encoding="utf-8")
    print(f"written {args.out} in {time.time() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
