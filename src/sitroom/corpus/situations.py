"""Situations: articles grouped, as they arrive, into the stories they report.

Single pass, no re-clustering: each new article is compared with the situations active around its
date (found through an index of their key features, so the cost does not grow with the store) and
joins the one a learned similarity puts most likely to be its story, when that likelihood reaches
the model's threshold; else it starts its own. An article is a vector of weighted features by
field (body words, title words, people, organisations, places, numbers, event types), each field
tf-idf weighted over the store so far and of unit length; a situation's centroid is the sum of its
articles' vectors. The similarity of an article and a situation is a logistic regression over the
fields' cosines, the cosine of the text (body and title words as one field), their days apart,
the situation's size and whether their people disagree (weights in data/models/situations.json,
trained by scripts/train_situations.py). Copies of an
article (corpus/profile.py) join its situation without a vote. Edits by hand (merge, split) are
kept: nothing is ever re-clustered.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources

from ..nlp.name_keys import surname

# Features kept per article, by field: a situation's centroid keeps CENTROID_FACTOR times as many.
FIELDS: dict[str, int] = {
    "t:": 150,  # words of the body
    "h:": 12,  # words of the title (or lead)
    "e:": 15,  # people
    "o:": 15,  # organisations and groups
    "p:": 10,  # places
    "n:": 10,  # numbers: tolls, magnitudes and ages tell look-alike stories apart
    "v:": 5,  # event types
}
CENTROID_FACTOR = 3
# Features of an article or situation indexed to find candidates: with 12, ECB+ reports whose
# story the model would have joined often never met it as a candidate.
KEY_FEATURES = 30
CANDIDATES = 10  # situations compared at the most: those sharing the most key features
UNINDEXED = ("v:",)  # an event type alone is no reason to compare two stories
WINDOW_DAYS = 14  # a situation with no report within this many days of the article is not a candidate
# The pair features the similarity model weighs, in the order of its weights.
PAIR_FEATURES = (
    "cosine_terms",
    "cosine_title",
    "cosine_people",
    "cosine_organisations",
    "cosine_places",
    "cosine_numbers",
    "cosine_events",
    "cosine_names",
    "cosine_all",
    "cosine_text",
    "log_days_apart",
    "log_situation_size",
    "people_disagree",
)


@dataclass(frozen=True)
class SituationState:
    """What choosing a situation needs of one: its centroid, its span in time and its size."""

    id: int
    centroid: dict[str, float]
    first: date
    last: date
    articles: int = 1


@dataclass(frozen=True)
class SimilarityModel:
    """A logistic regression over PAIR_FEATURES and the probability an article must reach to join."""

    weights: tuple[float, ...]
    bias: float
    threshold: float

    def probability(self, features: tuple[float, ...]) -> float:
        z = self.bias + sum(w * x for w, x in zip(self.weights, features, strict=True))
        return 1.0 / (1.0 + math.exp(-z))


MODEL_FILE = "situations.json"


@lru_cache(maxsize=1)
def similarity_model() -> SimilarityModel:
    """The shipped model (data/models/situations.json); its features must be PAIR_FEATURES."""
    stored = json.loads(resources.files("sitroom.data.models").joinpath(MODEL_FILE).read_text(encoding="utf-8"))
    return model_from_json(stored)


def model_from_json(stored: Mapping[str, object]) -> SimilarityModel:
    weights = stored["weights"]
    if not isinstance(weights, dict) or tuple(weights) != PAIR_FEATURES:
        raise ValueError(f"the situation model's features are not {PAIR_FEATURES}")
    return SimilarityModel(
        weights=tuple(float(weights[name]) for name in PAIR_FEATURES),
        bias=float(stored["bias"]),  # type: ignore[arg-type]
        threshold=float(stored["threshold"]),  # type: ignore[arg-type]
    )


def field_of(feature: str) -> str:
    return feature[:2]


def weigh(features: Mapping[str, int], df: Mapping[str, int], total: int) -> dict[str, float]:
    """The article's vector: each field's (1 + log tf) * idf weights, its heaviest kept, of unit length."""
    by_field: dict[str, list[tuple[str, int]]] = {}
    for f, count in features.items():
        by_field.setdefault(field_of(f), []).append((f, count))
    vector: dict[str, float] = {}
    for field, size in FIELDS.items():
        weights = {
            f: (1.0 + math.log(count)) * (math.log((total + 1) / (df.get(f, 0) + 1)) + 1.0)
            for f, count in by_field.get(field, ())
        }
        kept = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:size]
        norm = math.sqrt(sum(w * w for _, w in kept)) or 1.0
        vector.update({f: round(w / norm, 5) for f, w in kept})
    return vector


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    dot = sum(w * b.get(f, 0.0) for f, w in a.items())
    norm = math.sqrt(sum(w * w for w in a.values())) * math.sqrt(sum(w * w for w in b.values()))
    return dot / norm if norm else 0.0


def _by_field(vector: Mapping[str, float]) -> dict[str, dict[str, float]]:
    fields: dict[str, dict[str, float]] = {field: {} for field in FIELDS}
    for feature, weight in vector.items():
        fields.setdefault(field_of(feature), {})[feature] = weight
    return fields


def _compared(vector: Mapping[str, float]) -> dict[str, dict[str, float]]:
    """The vector by field as the similarity compares it: people by surname, since reports name one
    person differently (`Dr. Sanjay Gupta`, `Sanjay Gupta`, `Gupta`) and the recogniser's canonical
    name is the article's own; the centroid keeps the names as written, for display and identities."""
    fields = _by_field(vector)
    people: dict[str, float] = {}
    for feature, weight in fields["e:"].items():
        key = "e:" + surname(feature[2:])
        people[key] = people.get(key, 0.0) + weight
    fields["e:"] = people
    return fields


def _names(fields: Mapping[str, Mapping[str, float]]) -> dict[str, float]:
    """People, organisations and places as one field, keyed by name: an entity typed a place in
    one report and an organisation in the next is still the same name."""
    names: dict[str, float] = {}
    for field in ("e:", "o:", "p:"):
        for feature, weight in fields[field].items():
            names[feature[2:]] = names.get(feature[2:], 0.0) + weight
    return names


# Title words count this much beside body words in the text as one field: the title repeats the
# body's key words, so at full weight it would count them twice.
TITLE_IN_TEXT = 0.5


def _text(fields: Mapping[str, Mapping[str, float]]) -> dict[str, float]:
    """Body and title words as one field, as a plain tf-idf grouping sees the text: what keeps a
    story's reports together when they share words but few names."""
    text = dict((feature[2:], weight) for feature, weight in fields["t:"].items())
    for feature, weight in fields["h:"].items():
        text[feature[2:]] = text.get(feature[2:], 0.0) + TITLE_IN_TEXT * weight
    return text


def days_apart(published: date, situation: SituationState) -> int:
    if situation.first <= published <= situation.last:
        return 0
    return min(abs((published - situation.first).days), abs((published - situation.last).days))


def pair_features(
    vector: Mapping[str, float],
    published: date,
    situation: SituationState,
    compared: dict[str, dict[str, float]] | None = None,
) -> tuple[float, ...]:
    """The PAIR_FEATURES of an article and a situation; `compared` is `_compared(vector)` when the
    caller has it already (one article is compared with many situations)."""
    mine, theirs = compared or _compared(vector), _compared(situation.centroid)
    field_cosines = {field: cosine(mine[field], theirs[field]) for field in FIELDS}
    people_disagree = bool(mine["e:"]) and bool(theirs["e:"]) and field_cosines["e:"] == 0.0
    return (
        field_cosines["t:"],
        field_cosines["h:"],
        field_cosines["e:"],
        field_cosines["o:"],
        field_cosines["p:"],
        field_cosines["n:"],
        field_cosines["v:"],
        cosine(_names(mine), _names(theirs)),
        cosine(vector, situation.centroid),
        cosine(_text(mine), _text(theirs)),
        math.log1p(days_apart(published, situation)),
        math.log(max(situation.articles, 1)),
        float(people_disagree),
    )


def choose(
    vector: Mapping[str, float],
    published: date,
    candidates: Iterable[SituationState],
    model: SimilarityModel | None = None,
) -> tuple[int | None, float]:
    """The situation the article joins and the model's probability for it, or (None, the best
    probability) when none reaches the threshold. Situations out of the window are not candidates."""
    model = model or similarity_model()
    best_id, best = None, 0.0
    compared = _compared(vector)
    for situation in candidates:
        if days_apart(published, situation) > WINDOW_DAYS:
            continue
        value = model.probability(pair_features(vector, published, situation, compared))
        if value > best or (value == best and best_id is not None and situation.id < best_id):
            best_id, best = situation.id, value
    return (best_id, round(best, 4)) if best >= model.threshold else (None, round(best, 4))


def add(centroid: Mapping[str, float], vector: Mapping[str, float]) -> dict[str, float]:
    """The centroid with one more article, trimmed to its heaviest features by field."""
    summed = dict(centroid)
    for feature, weight in vector.items():
        summed[feature] = summed.get(feature, 0.0) + weight
    return trim(summed)


def trim(centroid: Mapping[str, float]) -> dict[str, float]:
    kept: dict[str, float] = {}
    for field, weights in _by_field(centroid).items():
        size = FIELDS.get(field, 0) * CENTROID_FACTOR
        kept.update({f: round(w, 5) for f, w in sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:size]})
    return kept


def key_features(vector: Mapping[str, float]) -> list[str]:
    """The heaviest features: what the candidate index holds for a situation and looks up for an article."""
    indexed = [(f, w) for f, w in vector.items() if field_of(f) not in UNINDEXED]
    return [f for f, _ in sorted(indexed, key=lambda kv: (-kv[1], kv[0]))[:KEY_FEATURES]]


def shared_keys(vector: Mapping[str, float], situation: SituationState) -> int:
    """How many key features an article and a situation share: how the store ranks candidates."""
    return len(set(key_features(vector)) & set(key_features(situation.centroid)))


def actors_and_places(centroid: Mapping[str, float], count: int = 3) -> tuple[list[str], list[str]]:
    """The situation's key actors (people, organisations, groups) and places, heaviest first."""
    ordered = sorted(centroid.items(), key=lambda kv: (-kv[1], kv[0]))
    places = [f[2:] for f, _ in ordered if f.startswith("p:")][:count]
    actors = [f[2:] for f, _ in ordered if f[:2] in ("e:", "o:") and f[2:] not in places][:count]
    return actors, places
