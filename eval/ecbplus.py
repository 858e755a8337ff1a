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
import re
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

_NO_SPACE_BEFORE = re.compile(r" ([,.;:!?%)\]}]|'s\b|'re\b|'ve\b|'ll\b|'d\b|'m\b|n't\b)")
_NO_SPACE_AFTER = re.compile(r"([(\[{$]) ")


@dataclass(frozen=True)
class Report:
    name: str  # the file's stem, `36_1ecbplus`
    topic: int
    story: str  # `36ecb` or `36ecbplus`

    def article(self, text: str, title: str) -> Article:
        return make_article(text, ONE_DATE, source="ecbplus", title=title, origin=self.name)


def detokenize(tokens: list[str]) -> str:
    text = " ".join(tokens).replace("``", '"').replace("''", '"')
    text = _NO_SPACE_BEFORE.sub(r"\1", text)
    text = _NO_SPACE_AFTER.sub(r"\1", text)
    # Straight quotes: no space inside the pair.
    return re.sub(r'" ([^"]*?) "', r'"\1"', text)


def read_report(path: Path) -> tuple[Report, Article]:
    root = ET.parse(path).getroot()
    sentences: dict[int, list[str]] = {}
    for token in root.iter("token"):
        sentences.setdefault(int(token.get("sentence", "0")), []).append(token.text or "")
    lines = [detokenize(tokens) for _, tokens in sorted(sentences.items())]
    if lines and lines[0].replace(" ", "").startswith("http"):
        lines = lines[1:]
    lines = [line for line in lines if line.strip()]
    stem = path.stem
    topic = int(stem.split("_", 1)[0])
    story = f"{topic}{'ecbplus' if stem.endswith('ecbplus') else 'ecb'}"
    report = Report(stem, topic, story)
    title, body = (lines[0], lines[1:]) if len(lines) > 1 else ("", lines)
    return report, report.article("\n\n".join(body), title)


def read_split(topics: tuple[int, ...], seed: int = 7) -> list[tuple[Report, Article]]:
    """The reports of `topics`, in one seeded shuffled order: a stream where the stories interleave."""
    paths = sorted(p for topic in topics for p in (ECBPLUS / str(topic)).glob("*.xml"))
    reports = [read_report(p) for p in paths]
    random.Random(seed).shuffle(reports)
    return reports
