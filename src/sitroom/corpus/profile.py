"""What the corpus stage needs of one analysed article: its MinHash signature, its words and its
names, with counts. Pure: computed from the Analysis alone."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import numpy as np
from datasketch import MinHash
from datasketch.lsh import _optimal_param

from ..clean import DATE_LINE_WORDS
from ..model import Analysis
from ..nlp.events import FIRST_TYPES

NUM_PERM = 128
SHINGLE_WORDS = 5
# Articles sharing this share of their 5-word shingles are copies of one report (the same wire story
# run by two outlets, or a live update of one report); LSH is tuned to find pairs above it.
COPY_THRESHOLD = 0.5
# A copy is of a report published within this many days: the same text months apart is a page's
# furniture or a reprint, not one more source of the news.
COPY_WINDOW_DAYS = 30
# A paragraph the outlet ran in this many earlier articles is its furniture (a sharing prompt, a
# sign-up wall, a footer), left out when looking for copies.
FURNITURE_REPEATS = 3
# An article with fewer words of its own than this is not compared for copies: too little story.
MIN_STORY_WORDS = 25
_WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
_NUMBER = re.compile(r"\d[\d.,]*\d|\d")
_ENTITY_FIELD = {"person": "e:", "organisation": "o:", "group": "o:", "place": "p:"}


@dataclass(frozen=True)
class Profile:
    article_id: str
    published: date
    source: str
    signature: np.ndarray  # MinHash hash values, NUM_PERM unsigned 64-bit integers
    # `t:word` (body), `h:word` (title), `e:Person`, `o:Organisation`, `p:Place`, `n:12`, `v:arrest`
    # -> count in the article (corpus/situations.py weighs them by field)
    features: dict[str, int]
    lead: str  # the article's title, else the first sentence of its body: what a situation is titled by
    # Each body paragraph's key (a hash of its words) and words: the store drops the paragraphs its
    # outlet runs under every story (sharing prompts, sign-up walls, footers) before comparing copies.
    paragraphs: tuple[tuple[int, tuple[str, ...]], ...] = ()


def profile(analysis: Analysis) -> Profile:
    document = analysis.document
    texts = [p.span.of(document.article.text) for p in document.body]
    body = "\n".join(texts)
    paragraphs = tuple(
        (paragraph_key(found), found) for found in (tuple(w.lower() for w in _WORD.findall(t)) for t in texts) if found
    )
    words = [w for _, found in paragraphs for w in found]
    lead = _headline(document.article.title, texts)
    features: Counter[str] = Counter(f"t:{_fold(w)}" for w in words if _is_term(w))
    features.update({f"h:{_fold(w)}" for w in _WORD.findall(lead.lower()) if _is_term(w)})
    features.update(f"n:{n.replace(',', '')}" for n in _NUMBER.findall(body))
    for entity in analysis.entities:
        body_mentions = [m for m in entity.mentions if not m.in_caption]
        if body_mentions:
            features[_ENTITY_FIELD[entity.kind] + entity.name] += len(body_mentions)
    # Incidents only: the kinds PLOVER adds (requests, praise, meetings) fill every political
    # report alike and tell no story from another; the similarity was trained on these types.
    features.update(
        f"v:{e.type}"
        for e in analysis.events
        if not e.in_caption and e.polarity == "asserted" and e.type in FIRST_TYPES
    )
    return Profile(
        article_id=document.article.id,
        published=document.article.published,
        source=document.article.source,
        signature=signature_of(words),
        features=dict(features),
        lead=lead,
        paragraphs=paragraphs,
    )


def signature_of(words: list[str]) -> np.ndarray:
    """The MinHash signature of a text's 5-word shingles."""
    minhash = MinHash(num_perm=NUM_PERM, seed=1)
    shingles = {" ".join(words[i : i + SHINGLE_WORDS]).encode() for i in range(max(len(words) - SHINGLE_WORDS + 1, 1))}
    minhash.update_batch(list(shingles))
    return minhash.hashvalues.astype(np.uint64)


def story_words(prof: Profile, furniture: set[int]) -> list[str]:
    """The article's words without the paragraphs known as its outlet's furniture."""
    return [w for key, found in prof.paragraphs if key not in furniture for w in found]


def paragraph_key(words: tuple[str, ...]) -> int:
    """A signed 63-bit key of a paragraph's words (SQLite integers are signed 64-bit)."""
    return int.from_bytes(hashlib.blake2b(" ".join(words).encode(), digest_size=8).digest(), "big") >> 1


def band_keys(signature: np.ndarray) -> list[int]:
    """One key per LSH band: two signatures sharing a key are candidates for copies."""
    bands, rows = lsh_shape()
    keys = []
    for band in range(bands):
        digest = hashlib.blake2b(signature[band * rows : (band + 1) * rows].tobytes(), digest_size=7).digest()
        keys.append(band << 56 | int.from_bytes(digest, "big"))
    return keys


@lru_cache(maxsize=1)
def lsh_shape() -> tuple[int, int]:
    """Bands and rows per band that best separate pairs above and below COPY_THRESHOLD."""
    bands, rows = _optimal_param(COPY_THRESHOLD, NUM_PERM, 0.5, 0.5)
    return int(bands), int(rows)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two articles' shingle sets."""
    return float(np.count_nonzero(a == b)) / len(a)


def _is_term(word: str) -> bool:
    return len(word) >= 3 and word not in _stop_words()


def _fold(word: str) -> str:
    """`protesters` and `protester` as one term: a light plural fold, enough for grouping."""
    word = word.replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    return word


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS | {"said", "says", "say", "told", "mr", "mrs", "ms", "would", "could", "also"})


def _headline(title: str | None, paragraphs: list[str]) -> str:
    """The article's title, else its first sentence; a date line in either place (`MONDAY, MAY 23,
    2005`, `Posted Nov 14th 2007 12:41PM`) is passed over for the next line that says something."""
    for candidate in [title or "", *paragraphs[:3]]:
        words = [w for w in _WORD.findall(candidate.lower()) if not w.isdigit()]
        if sum(1 for w in words if w not in DATE_LINE_WORDS and not w[:-2].isdigit()) >= 2:
            return candidate.strip() if candidate is title else _lead(candidate)
    return title or _lead("\n".join(paragraphs))


def _lead(body: str, width: int = 140) -> str:
    first = body.strip().split("\n", 1)[0]
    sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", first, maxsplit=1)[0].strip()
    if len(sentence) <= width:
        return sentence
    return sentence[: sentence.rfind(" ", 0, width - 1)].rstrip(",;:") + "…"
