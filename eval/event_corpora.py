"""Event mentions annotated by others, as plain texts with character spans: ECB+ actions (and
human participants), MEANTIME event mentions and TimeBank/AQUAINT TimeML events. Read by the
trainer of the event-mention tagger (`scripts/train_event_mentions.py`) and by its scorer
(`eval/event_mentions.py`).

Only what the annotators covered is read: ECB+ annotates the sentences listed in
`ECBplus_coreference_sentences.csv` (each such sentence is one text here), MEANTIME the title and
first sentences of each article (every sentence up to the last one holding an event mention),
TimeBank and AQUAINT every sentence (each paragraph is one text).
"""

from __future__ import annotations

import csv
import html
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from common import SHARED_DATA
from dates import read_timeml
from ecbplus import ECBPLUS, join_tokens, read_report
from sitroom.model import Article, Span, make_article
from sitroom.nlp import load_pipeline
from sitroom.nlp.parse import Sentence
from sitroom.nlp.pipeline import read_units
from sitroom.settings import Options

MEANTIME = SHARED_DATA / "meantime" / "intra_cross-doc_annotation"
TIMEML = SHARED_DATA / "tempeval3-train"
_SELECTED = SHARED_DATA / "ecbplus" / "ECBplus_coreference_sentences.csv"

Piece = tuple[int, int]  # characters [start, end) of one token of a mention


@dataclass(frozen=True)
class LabelledText:
    """A text and the mentions annotated in it: each mention its tokens' character spans."""

    corpus: str  # ecbplus, meantime, timeml
    document: str
    text: str
    mentions: tuple[tuple[Piece, ...], ...]
    participants: tuple[tuple[Piece, ...], ...] = ()  # ECB+ HUMAN_PART mentions

    @property
    def mention_spans(self) -> set[Piece]:
        """Each mention as one span, first character to last (a mention may skip words)."""
        return {(m[0][0], m[-1][1]) for m in self.mentions if m}


def parse_texts(texts: list[LabelledText]) -> list[list[Sentence]]:
    """Each text's sentences as sitroom's pipeline parses them (offsets in the text)."""
    nlp = load_pipeline(Options().model)
    units = [(t.text, Span(0, len(t.text))) for t in texts]
    return [reading.parsed for reading in read_units(nlp, units)]


def _selected_sentences() -> dict[str, set[int]]:
    chosen: dict[str, set[int]] = {}
    with _SELECTED.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            chosen.setdefault(f"{row['Topic']}_{row['File']}", set()).add(int(row["Sentence Number"]))
    return chosen


@dataclass(frozen=True)
class _CatDocument:
    """A CAT XML file (ECB+, MEANTIME): tokens by sentence and the markables' token ids."""

    sentences: dict[int, list[tuple[str, str]]]  # number -> (token id, text)
    sentence_of: dict[str, int]
    markables: list[tuple[str, list[str]]]  # tag -> token ids
    by_id: dict[str, tuple[str, list[str]]]  # markable id -> (tag, token ids)
    participants: list[tuple[str, str, str]]  # HAS_PARTICIPANT: (event id, entity id, role)

    def spans_of(self, ids: list[str], number: int, where: dict[str, Piece]) -> tuple[Piece, ...]:
        """The spans (first character to last) of the markables `ids` that lie in sentence `number`."""
        pieces = []
        for markable in ids:
            tokens = self.by_id.get(markable, ("", []))[1]
            if tokens and all(self.sentence_of.get(t) == number for t in tokens):
                pieces.append((where[tokens[0]][0], where[tokens[-1]][1]))
        return tuple(pieces)

    def mentions(self, tags: tuple[str, ...], number: int, where: dict[str, Piece]) -> tuple[tuple[Piece, ...], ...]:
        """The mentions whose tag starts with one of `tags` and that lie in sentence `number`."""
        return tuple(
            tuple(sorted(where[t] for t in ids))
            for tag, ids in self.markables
            if tag.startswith(tags) and ids and all(self.sentence_of.get(t) == number for t in ids)
        )


def _read_cat(path: Path) -> _CatDocument:
    root = ET.parse(path).getroot()
    sentences: dict[int, list[tuple[str, str]]] = {}
    sentence_of: dict[str, int] = {}
    for token in root.iter("token"):
        number = int(token.get("sentence", "0"))
        sentences.setdefault(number, []).append((token.get("t_id", ""), token.text or ""))
        sentence_of[token.get("t_id", "")] = number
    found = root.find("Markables")
    children = list(found) if found is not None else []
    markables = [(m.tag, [a.get("t_id", "") for a in m.findall("token_anchor")]) for m in children]
    by_id = {m.get("m_id", ""): pair for m, pair in zip(children, markables, strict=True)}
    participants = [
        (link.find("source").get("m_id", ""), link.find("target").get("m_id", ""), link.get("sem_role", ""))
        for link in root.iter("HAS_PARTICIPANT")
        if link.find("source") is not None and link.find("target") is not None
    ]
    return _CatDocument(sentences, sentence_of, markables, by_id, participants)


@dataclass(frozen=True)
class RoledEvent:
    """An annotated event mention with the spans of its Arg0 and Arg1 participants (PropBank: who
    did it, to whom or what), all in the text of its sentence."""

    trigger: tuple[Piece, ...]
    arg0: tuple[Piece, ...]
    arg1: tuple[Piece, ...]


def meantime_roles() -> list[tuple[LabelledText, tuple[RoledEvent, ...]]]:
    """Each MEANTIME sentence with event mentions whose participants are in the same sentence."""
    found = []
    for path in sorted(MEANTIME.glob("corpus_*/*.xml")):
        document = _read_cat(path)
        links: dict[str, dict[str, list[str]]] = {}
        for event, entity, role in document.participants:
            if role in {"Arg0", "Arg1"}:
                links.setdefault(event, {}).setdefault(role, []).append(entity)
        by_sentence: dict[int, list[tuple[str, list[str]]]] = {}
        for event_id in links:
            tag, ids = document.by_id.get(event_id, ("", []))
            if tag == "EVENT_MENTION" and ids:
                by_sentence.setdefault(document.sentence_of[ids[0]], []).append((event_id, ids))
        for number, events in sorted(by_sentence.items()):
            text, offsets = join_tokens(document.sentences[number])
            where = {t: (start, end) for t, start, end in offsets}

            roled = tuple(
                RoledEvent(
                    tuple(where[t] for t in ids),
                    document.spans_of(links[e].get("Arg0", []), number, where),
                    document.spans_of(links[e].get("Arg1", []), number, where),
                )
                for e, ids in events
            )
            found.append((LabelledText("meantime", f"{path.stem}#{number}", text, ()), roled))
    return found


def ecbplus_texts(topics: tuple[int, ...]) -> list[LabelledText]:
    """Every annotated sentence of the reports of `topics`, with its actions (`ACTION_*`, `NEG_*`)
    and human participants."""
    chosen = _selected_sentences()
    found = []
    for path in sorted(p for topic in topics for p in (ECBPLUS / str(topic)).glob("*.xml")):
        document = _read_cat(path)
        for number in sorted(chosen.get(path.stem, set()) & set(document.sentences)):
            text, offsets = join_tokens(document.sentences[number])
            where = {t: (start, end) for t, start, end in offsets}
            actions = document.mentions(("ACTION", "NEG_ACTION"), number, where)
            people = document.mentions(("HUMAN",), number, where)
            found.append(LabelledText("ecbplus", f"{path.stem}#{number}", text, actions, people))
    return found


def meantime_texts() -> list[LabelledText]:
    """Each MEANTIME article's annotated sentences (title first) as one text each."""
    found = []
    for path in sorted(MEANTIME.glob("corpus_*/*.xml")):
        document = _read_cat(path)
        events = [ids for tag, ids in document.markables if tag == "EVENT_MENTION" and ids]
        last = max((document.sentence_of[ids[0]] for ids in events), default=-1)
        for number in sorted(n for n in document.sentences if n <= last):
            text, offsets = join_tokens(document.sentences[number])
            where = {t: (start, end) for t, start, end in offsets}
            mentions = document.mentions(("EVENT_MENTION",), number, where)
            found.append(LabelledText("meantime", f"{path.stem}#{number}", text, mentions))
    return found


_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")


def timeml_texts() -> list[LabelledText]:
    """TimeBank and AQUAINT: every paragraph of every article, with its TimeML EVENTs."""
    found = []
    for path in sorted(TIMEML.glob("*/*.tml")):
        raw = path.read_text(encoding="utf-8")
        body = raw.split("<TEXT>", 1)[1].split("</TEXT>", 1)[0]
        text, events, position, opened = "", [], 0, None
        for tag in _TAG.finditer(body):
            text += html.unescape(body[position : tag.start()])
            position = tag.end()
            if tag.group(2) != "EVENT":
                continue
            if not tag.group(1):
                opened = len(text)
            elif opened is not None:
                events.append((opened, len(text)))
                opened = None
        text += html.unescape(body[position:])
        start = 0
        for block in re.split(r"(\n\s*\n)", text):
            end = start + len(block)
            if block.strip():
                inside = tuple(((s - start, e - start),) for s, e in events if start <= s and e <= end)
                found.append(LabelledText("timeml", f"{path.stem}@{start}", block, inside))
            start = end
    return found


def meantime_article(path: Path) -> Article:
    """A MEANTIME report as an article: the title, then each sentence as a paragraph, dated by the
    document's creation time."""
    document = _read_cat(path)
    root = ET.parse(path).getroot()
    created = next(
        (t.get("value", "") for t in root.iter("TIMEX3") if t.get("functionInDocument") == "CREATION_TIME"), ""
    )
    if not created:
        raise ValueError(f"{path}: no document creation time")
    lines = [join_tokens(document.sentences[n])[0] for n in sorted(document.sentences)]
    return make_article(
        "\n\n".join(lines[1:]), date.fromisoformat(created[:10]), source="meantime", title=lines[0], origin=path.stem
    )


def timeml_article(path: Path) -> Article:
    """A TimeBank or AQUAINT report as an article: its TEXT with the tags dropped (as the dates
    scorer reads it), dated by its DCT."""
    document = read_timeml(path)
    title = re.search(r"<TITLE>(.*?)</TITLE>", path.read_text(encoding="utf-8"), re.S)
    return make_article(
        document.text.strip(),
        document.published,
        source=path.parent.name.lower(),
        title=html.unescape(title.group(1)).strip() if title else None,
        origin=path.stem,
    )


def ecbplus_article(path: Path, published: date) -> Article:
    """An ECB+ report as an article, dated `published` (ECB+ gives no date; the gold file says the
    one the report's own date line gives)."""
    _, article = read_report(path)
    return make_article(article.text, published, source="ecbplus", title=article.title, origin=path.stem)


def gold_article(file: str, published: str | None, data: Path = SHARED_DATA) -> Article | None:
    """The article a gold file of `eval/gold/events/` names, read by its corpus's reader; None for
    a plain dated text (read as sitroom reads any file)."""
    path = data / file
    if file.startswith("ecbplus/"):
        if published is None:
            raise ValueError(f"{file}: an ECB+ report needs the gold file's `published` date")
        return ecbplus_article(path, date.fromisoformat(published))
    if file.startswith("meantime/"):
        return meantime_article(path)
    if path.suffix == ".tml":
        return timeml_article(path)
    return None
