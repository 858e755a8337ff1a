"""A trained tagger of event mentions: the words of a sentence that name something that happens,
happened or holds (`stormed`, `the earthquake`, `went off`, `said`), with no trigger list.

A linear-chain CRF (CRFsuite) tags each token of a parsed sentence `B`, `I` (a mention) or `O`,
from features of the parse alone: the word, its lemma, suffixes and shape, part of speech,
dependency, the head and the dependents, and the same of its neighbours. Trained on the event
mentions of ECB+ (actions), MEANTIME and TimeBank/AQUAINT by `scripts/train_event_mentions.py`;
weights `data/models/event_mentions.crfsuite`. The rules (`nlp/events/`) decide which mentions
are events sitroom types, counts and dates; the tagger says where events are named at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..model import Span
from .crf import open_tagger
from .parse import Sentence, Token

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "models" / "event_mentions.crfsuite"
E303 = "the event-mention model {path} is missing or unreadable ({reason}); reinstall sitroom or retrain it"
CONVENTION = "ecbplus"  # the annotation convention the tagger follows when it tags
_DEPENDENTS = frozenset({"nsubj", "nsubjpass", "dobj", "aux", "auxpass", "neg", "prt", "det", "poss", "prep", "agent"})


@lru_cache(maxsize=65536)
def _shape(text: str) -> str:
    if text.isupper() and len(text) > 1:
        return "XX"
    if text[:1].isupper():
        return "Xx"
    if any(c.isdigit() for c in text):
        return "d"
    return "x" if text.isalpha() else "p"


def _token_features(sentence: Sentence, token: Token) -> list[str]:
    lemma = token.lemma.lower()
    head = sentence.tokens[token.head]
    features = [
        "b",
        f"w={token.text.lower()}",
        f"l={lemma}",
        f"s3={lemma[-3:]}",
        f"s4={lemma[-4:]}",
        f"p={token.pos}",
        f"t={token.tag}",
        f"d={token.dep}",
        f"sh={_shape(token.text)}",
        f"hl={head.lemma.lower()}",
        f"hp={head.pos}",
        f"hd={head.dep}",
        f"d|hp={token.dep}|{head.pos}",
        f"l|d={lemma}|{token.dep}",
    ]
    if token.head == token.i:
        features.append("root")
    for child in sentence.children(token):
        if child.dep in _DEPENDENTS:
            features.append(f"c={child.dep}")
            if child.dep in {"det", "prep", "prt", "aux", "auxpass"}:
                features.append(f"c={child.dep}:{child.lemma.lower()}")
    return features


def sentence_features(sentence: Sentence, convention: str = CONVENTION) -> list[list[str]]:
    """One list of feature strings per token of the sentence, each also in a copy marked with
    the annotation `convention` it is read by (the corpora mark mentions differently: ECB+ takes
    `went off` and `on suspicion`, TimeBank only the head word), so the model learns what they
    share and what each does alone, and tags by ECB+'s."""
    own = [_token_features(sentence, t) for t in sentence.tokens]
    features = []
    for i, token in enumerate(sentence.tokens):
        row = list(own[i])
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if 0 <= j < len(sentence.tokens):
                other = sentence.tokens[j]
                row += [f"{offset}l={other.lemma.lower()}", f"{offset}p={other.pos}"]
                if abs(offset) == 1:
                    row.append(f"{offset}d={other.dep}")
            else:
                row.append(f"{offset}edge")
        row.append(f"p-1|p={sentence.tokens[i - 1].pos if i else '^'}|{token.pos}")
        features.append(row + [f"{convention}:{f}" for f in row])
    return features


def gold_tags(sentence: Sentence, mentions: Sequence[Sequence[tuple[int, int]]]) -> list[str]:
    """`B`/`I`/`O` for each token from mentions given as their tokens' character spans (in the
    sentence's own offsets): a token overlapping a mention's token is in it; a mention's first token,
    or one after a gap in it, begins it."""
    tags = ["O"] * len(sentence.tokens)
    for mention in mentions:
        previous = None
        for i, token in enumerate(sentence.tokens):
            if any(token.span.start < end and start < token.span.end for start, end in mention):
                if tags[i] == "O":
                    tags[i] = "I" if previous == i - 1 else "B"
                previous = i
    return tags


def mentions_of(sentence: Sentence, tags: Sequence[str]) -> tuple[Span, ...]:
    """The tagged mentions as spans of the text (an `I` without a `B` before it begins one)."""
    spans: list[Span] = []
    for token, tag in zip(sentence.tokens, tags, strict=True):
        if tag == "B" or (tag == "I" and (not spans or spans[-1].end != _previous_end(sentence, token))):
            spans.append(token.span)
        elif tag == "I":
            spans[-1] = Span(spans[-1].start, token.span.end)
    return tuple(spans)


def _previous_end(sentence: Sentence, token: Token) -> int:
    return sentence.tokens[token.i - 1].span.end if token.i else -1


@lru_cache(maxsize=2)
def load_mention_tagger(path: str = str(MODEL_PATH)) -> Any:
    """The CRF, loaded once per process."""
    return open_tagger(path, "E303", E303)


def find_event_mentions(sentence: Sentence, tagger: Any | None = None) -> tuple[Span, ...]:
    """The event mentions of one parsed sentence, by the shipped model unless `tagger` is given."""
    if not sentence.tokens:
        return ()
    tagger = tagger or load_mention_tagger()
    return mentions_of(sentence, tagger.tag(sentence_features(sentence)))
