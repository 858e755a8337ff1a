"""ECB+ reports as sitroom articles: the stories of ../shared/data/ecbplus for the situation scorer
and the training of the situation similarity.

Each topic holds two real stories that look alike on purpose: `<topic>_<n>ecb.xml` report the
first, `<topic>_<n>ecbplus.xml` the second. The text is given as tokens; it is joined back with
ordinary spacing. `ecbplus` files start with the source URL (left out) and often a date line
(kept as text). No report carries a usable date, so every report is given one date: grouping on
ECB+ is judged on content alone.
"""

from __future__ import annotations

import random
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from common import SHARED_DATA
from sitroom.model import Article, make_article

ECBPLUS = SHARED_DATA / "ecbplus" / "topics"
# The split of the literature (topics 15 and 17 are not in the release).
TEST_TOPICS = tuple(range(36, 46))
DEV_TOPICS = (2, 5, 12, 18, 21, 23, 34, 35)
TRAIN_TOPICS = tuple(t for t in range(1, 36) if t not in DEV_TOPICS and t not in (15, 17))
SPLITS = {"train": TRAIN_TOPICS, "dev": DEV_TOPICS, "test": TEST_TOPICS}
ONE_DATE = date(2012, 1, 1)

_NO_SPACE_BEFORE = frozenset(",.;:!?%)]}") | {"'s", "'re", "'ve", "'ll", "'d", "'m", "n't", "'"}
_NO_SPACE_AFTER = frozenset("([{$")


@dataclass(frozen=True)
class Report:
    name: str  # the file's stem, `36_1ecbplus`
    topic: int
    story: str  # `36ecb` or `36ecbplus`
    # Where each token of the body stands in the article's text: token id -> (start, end).
    offsets: tuple[tuple[str, int, int], ...] = ()

    def article(self, text: str, title: str) -> Article:
        return make_article(text, ONE_DATE, source="ecbplus", title=title, origin=self.name)

    def span_of(self, token_ids: list[str]) -> tuple[int, int] | None:
        where = {t: (start, end) for t, start, end in self.offsets}
        found = [where[t] for t in token_ids if t in where]
        return (min(s for s, _ in found), max(e for _, e in found)) if found else None


def join_tokens(tokens: list[tuple[str, str]]) -> tuple[str, list[tuple[str, int, int]]]:
    """Tokens (id, text) as a line of ordinary text, and where each token landed in it."""
    text, offsets, open_quote, previous = "", [], False, ""
    for token_id, raw in tokens:
        word = '"' if raw in ("``", "''", '"') else raw
        if word == '"':
            space = not open_quote  # an opening quote stands apart, a closing one does not
            open_quote = not open_quote
        else:
            space = word not in _NO_SPACE_BEFORE
        if previous in _NO_SPACE_AFTER or (previous == '"' and open_quote):
            space = False
        if text and space:
            text += " "
        offsets.append((token_id, len(text), len(text) + len(word)))
        text += word
        previous = word
    return text, offsets


def read_report(path: Path) -> tuple[Report, Article]:
    root = ET.parse(path).getroot()
    sentences: dict[int, list[tuple[str, str]]] = {}
    for token in root.iter("token"):
        sentences.setdefault(int(token.get("sentence", "0")), []).append((token.get("t_id", ""), token.text or ""))
    lines = [join_tokens(tokens) for _, tokens in sorted(sentences.items())]
    if lines and lines[0][0].replace(" ", "").startswith("http"):
        lines = lines[1:]
    lines = [line for line in lines if line[0].strip()]
    title, body = (lines[0], lines[1:]) if len(lines) > 1 else (("", []), lines)
    text, offsets = "", []
    for line, where in body:
        if text:
            text += "\n\n"
        offsets += [(t, len(text) + start, len(text) + end) for t, start, end in where]
        text += line
    stem = path.stem
    topic = int(stem.split("_", 1)[0])
    story = f"{topic}{'ecbplus' if stem.endswith('ecbplus') else 'ecb'}"
    report = Report(stem, topic, story, tuple(offsets))
    return report, report.article(text, title[0])


def read_split(topics: tuple[int, ...], seed: int = 7) -> list[tuple[Report, Article]]:
    """The reports of `topics`, in one seeded shuffled order: a stream where the stories interleave."""
    paths = sorted(p for topic in topics for p in (ECBPLUS / str(topic)).glob("*.xml"))
    reports = [read_report(p) for p in paths]
    random.Random(seed).shuffle(reports)
    return reports
