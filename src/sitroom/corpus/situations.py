"""Situations: articles grouped, as they arrive, into the stories they report.

Single pass, no re-clustering: each new article is compared with the situations active around its
date (found through an index of their key words and names, so the cost does not grow with the
store) and joins the most similar one above THRESHOLD, or starts its own. An article is a weighted
vector of its words and names (tf-idf over the store so far; names count more than words); a
situation's centroid is the sum of its articles' vectors. Similarity is the cosine between the
two, discounted by the days between the article and the situation's nearest report. Copies of an
article (corpus/profile.py) join its situation without a vote. Edits by hand (merge, split) are
kept: nothing is ever re-clustered.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

VECTOR_SIZE = 60  # features kept per article
CENTROID_SIZE = 200  # features kept per situation
KEY_FEATURES = 12  # features of an article or situation indexed to find candidates
WINDOW_DAYS = 14  # a situation with no report within this many days of the article is not a candidate
HALF_LIFE_DAYS = 7.0  # days apart at which similarity counts half
THRESHOLD = 0.20
NAME_WEIGHT = 1.0  # a name shared counts as much as a word shared (more merged unrelated stories)


@dataclass(frozen=True)
class SituationState:
    """What choosing a situation needs of one: its centroid and its span in time."""

    id: int
    centroid: dict[str, float]
    first: date
    last: date


def weigh(features: Mapping[str, int], df: Mapping[str, int], total: int) -> dict[str, float]:
    """The article's unit vector: (1 + log tf) * idf, names weighted up, the VECTOR_SIZE heaviest kept."""
    weights = {}
    for feature, count in features.items():
        idf = math.log((total + 1) / (df.get(feature, 0) + 1)) + 1.0
        boost = 1.0 if feature.startswith("t:") else NAME_WEIGHT
        weights[feature] = (1.0 + math.log(count)) * idf * boost
    kept = dict(sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:VECTOR_SIZE])
    norm = math.sqrt(sum(w * w for w in kept.values())) or 1.0
    return {f: round(w / norm, 5) for f, w in kept.items()}


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    dot = sum(w * b.get(f, 0.0) for f, w in a.items())
    norm = math.sqrt(sum(w * w for w in a.values())) * math.sqrt(sum(w * w for w in b.values()))
    return dot / norm if norm else 0.0


def score(vector: Mapping[str, float], published: date, situation: SituationState) -> float:
    if situation.first <= published <= situation.last:
        apart = 0
    else:
        apart = min(abs((published - situation.first).days), abs((published - situation.last).days))
    if apart > WINDOW_DAYS:
        return 0.0
    return cosine(vector, situation.centroid) * 0.5 ** (apart / HALF_LIFE_DAYS)


def choose(
    vector: Mapping[str, float], published: date, candidates: Iterable[SituationState]
) -> tuple[int | None, float]:
    """The situation the article joins and its score, or (None, best score) when none is close enough."""
    best_id, best = None, 0.0
    for situation in candidates:
        value = score(vector, published, situation)
        if value > best or (value == best and best_id is not None and situation.id < best_id):
            best_id, best = situation.id, value
    return (best_id, best) if best >= THRESHOLD else (None, best)


def add(centroid: Mapping[str, float], vector: Mapping[str, float]) -> dict[str, float]:
    """The centroid with one more article, trimmed to its CENTROID_SIZE heaviest features."""
    summed = dict(centroid)
    for feature, weight in vector.items():
        summed[feature] = summed.get(feature, 0.0) + weight
    return trim(summed)


def trim(centroid: Mapping[str, float]) -> dict[str, float]:
    kept = sorted(centroid.items(), key=lambda kv: (-kv[1], kv[0]))[:CENTROID_SIZE]
    return {f: round(w, 5) for f, w in kept}


def key_features(vector: Mapping[str, float]) -> list[str]:
    """The heaviest features: what the candidate index holds for a situation and looks up for an article."""
    return [f for f, _ in sorted(vector.items(), key=lambda kv: (-kv[1], kv[0]))[:KEY_FEATURES]]


def actors_and_places(centroid: Mapping[str, float], count: int = 3) -> tuple[list[str], list[str]]:
    """The situation's key actors (people, organisations, groups) and places, heaviest first."""
    ordered = sorted(centroid.items(), key=lambda kv: (-kv[1], kv[0]))
    places = [f[2:] for f, _ in ordered if f.startswith("p:")][:count]
    actors = [f[2:] for f, _ in ordered if f.startswith("e:") and f[2:] not in places][:count]
    return actors, places
