"""The one place that touches spaCy: load the pipeline, run it, hand back plain data."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.attrs import DEP, HEAD, IDX, LEMMA, LENGTH, POS, TAG

from ..errors import SitroomError
from ..model import Span
from .attributions import CUE_VERBS, NOUN_CUES, OBJECT_CUES
from .claims import COUNTER_WORDS
from .dates import Tense, find_date_expressions
from .events import TRIGGER_LEMMAS
from .lexicon import lemma_of
from .parse import Sentence, Token
from .places import address_towns_in, city_names_in, towns_named_in
from .tense import tense_at

E301 = "spaCy pipeline {name!r} is not installed: pip install the package that provides it ({reason})"

# Words that stand before a name and belong to the mention (`Mr Trump`, `Vice President Mike Pence`).
TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "sir",
        "dame",
        "lord",
        "lady",
        "president",
        "vice",
        "president-elect",
        "senator",
        "sen",
        "rep",
        "representative",
        "congressman",
        "congresswoman",
        "gov",
        "governor",
        "mayor",
        "speaker",
        "secretary",
        "minister",
        "chancellor",
        "premier",
        "judge",
        "justice",
        "gen",
        "general",
        "col",
        "colonel",
        "lt",
        "sgt",
        "officer",
        "sheriff",
        "chief",
        "commissioner",
        "ambassador",
        "pope",
        "rev",
        "reverend",
        "prince",
        "princess",
        "king",
        "queen",
    ]
)
_POSSESSIVE = ("'s", "’s", "'", "’")
_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "a", "an"})
_KEEP_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})


@dataclass(frozen=True)
class NamedSpan:
    """A name the recogniser found, widened over its titles, in article offsets."""

    span: Span
    label: str
    title: str  # the title words before the name, "" when none
    name: str  # the name itself, titles and possessive removed


@lru_cache(maxsize=2)
def load_pipeline(name: str) -> Any:
    """The spaCy pipeline, loaded once per process (the only cached global), with sitroom's own
    sentence boundaries set before the parser runs."""
    import spacy
    from spacy.language import Language

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise SitroomError("E301", E301.format(name=name, reason=str(exc).splitlines()[0])) from exc
    if not Language.has_factory(_ABBREVIATIONS):
        Language.component(_ABBREVIATIONS, func=_no_break_after_abbreviation)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(_ABBREVIATIONS, before="parser")
    return nlp


_ABBREVIATIONS = "sitroom_abbreviations"
# Titles written short with a point before a name, where the parser would end a sentence.
_SHORT_TITLES = frozenset(
    ["sgt", "lt", "capt", "cpl", "col", "gen", "maj", "gov", "sen", "rep", "det", "insp", "supt", "pvt", "adm"]
) | {"cmdr", "dr", "mr", "mrs", "ms", "rev", "prof", "hon", "atty", "mt", "ft"}
_CLOCK_HOUR = re.compile(r"(?:[01]?\d|2[0-3])\.")
_CLOCK_MINUTES = re.compile(r"[0-5]\d\s?(?:am|pm|a\.m\.|p\.m\.)", re.I)


def _no_break_after_abbreviation(doc: Any) -> Any:
    """`struck at 7:48 a.m. local time`, `the U.S. military`: a word in lower case after a word
    ending in a point goes on the same sentence, where the parser would often start a new one."""
    for token in doc[1:]:
        before = doc[token.i - 1]
        if len(before.text) > 1 and before.text.endswith(".") and token.text[:1].islower():
            token.is_sent_start = False
        elif _short_title_before(doc, token) and token.text[:1].isupper():
            token.is_sent_start = False  # `killing Sgt. Hoyt Teasley`, `Capt. Tom Tennant`: a title and its name
        elif _CLOCK_HOUR.fullmatch(before.text) and _CLOCK_MINUTES.fullmatch(token.text):
            token.is_sent_start = False  # `at around 9. 35am`: a clock time whose point was spaced
        elif _point_read_apart(doc, token):
            token.is_sent_start = False  # `at around 4. 30am`, `near 97th Ave. about 7 p. m.`
    return doc


def _point_read_apart(doc: Any, token: Any) -> bool:
    """A point the tokenizer split from the word it ends, before what cannot open a sentence: a
    clock's minutes after its hour (`4. 30am`) or a word in lower case after a short capitalised
    word (`Ave. about`)."""
    before = doc[token.i - 1]
    if before.text != "." or token.i < 2:
        return False
    word = doc[token.i - 2]
    if word.idx + len(word.text) != before.idx:
        return False
    if _CLOCK_HOUR.fullmatch(word.text + ".") and _CLOCK_MINUTES.fullmatch(token.text):
        return True
    return word.text.isalpha() and word.text[:1].isupper() and len(word.text) <= 4 and token.text[:1].islower()


def _short_title_before(doc: Any, token: Any) -> bool:
    """Whether a title written short (`Sgt.`, read as one token or as `Sgt` and its point) ends
    just before the token."""
    before = doc[token.i - 1]
    if before.text.endswith(".") and len(before.text) > 1:
        return before.text[:-1].lower() in _SHORT_TITLES
    if before.text != "." or token.i < 2:
        return False
    title = doc[token.i - 2]
    return title.text.lower() in _SHORT_TITLES and title.idx + len(title.text) == before.idx


# What decides what analyze() returns: the rules' source, the word lists, landmarks and weights.
_PACKAGE = Path(__file__).resolve().parent.parent


@lru_cache(maxsize=1)
def analysis_version() -> str:
    """A fingerprint of the rules and their data, read once when first asked (not at import): any
    change to a rule, a word list or a model gives stored analyses a new version, with no number
    to remember to raise."""
    files = sorted(
        [
            *(_PACKAGE / "nlp").rglob("*.py"),
            _PACKAGE / "clean.py",
            *(p for p in (_PACKAGE / "data").rglob("*") if p.is_file()),
        ]
    )
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.relative_to(_PACKAGE).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def pipeline_id(nlp: Any) -> str:
    model = f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', 'model')}-{nlp.meta.get('version', '0')}"
    return f"{model}+sitroom.{analysis_version()}"


@dataclass(frozen=True)
class UnitReading:
    """What the parse gives for one unit (a paragraph): its names and its date expressions with tense."""

    names: list[NamedSpan]
    dates: list[tuple[Span, Tense | None]]
    sentences: list[Sentence]  # only those with a word that can start an event or an attribution
    parsed: list[Sentence]  # every sentence, for the attribution tagger (empty when events are off)


def read_units(
    nlp: Any, units: Sequence[tuple[str, Span]], batch_size: int = 256, events: bool = True
) -> Iterator[UnitReading]:
    """Run the pipeline over each unit (an article's text and a paragraph's span in it) and hand
    back plain data in article offsets. Units of many articles go through in one stream, so the
    model works on full batches rather than one short article at a time."""
    for (text, unit), doc in zip(units, _parsed(nlp, units, batch_size), strict=True):
        # The unit's text is cut from the article: spaCy's `doc.text` and `span.text` join every
        # token's text anew at each call.
        unit_text = unit.of(text)
        names = [
            named
            for ent in doc.ents
            if ent.label_ in _KEEP_LABELS
            for start, end in _split_at_slashes(doc, ent.start, ent.end)
            if (named := _named_span(doc, start, end, ent.label_, unit.start)) is not None
        ]
        towns = towns_named_in(unit_text)
        names = _towns_not_people(towns, unit.start, names)
        names = _towns_not_people(address_towns_in(unit_text), unit.start, names, labels={"PERSON", "ORG"})
        names += _missed_cities(unit_text, unit.start, names, towns)
        dates = [(Span(unit.start + a, unit.start + b), tense_at(doc, a)) for a, b in find_date_expressions(unit_text)]
        parsed = _sentences(doc, unit_text, unit.start) if events else []
        yield UnitReading(names, dates, [s for s in parsed if _worth_parsing(s)], parsed)


# The characters parsed in one batch at most: the parser's memory grows with a batch's words, and
# a report pasted as one huge paragraph comes as many pieces of 10,000 characters (clean.py).
BATCH_CHARS = 100_000


def _parsed(nlp: Any, units: Sequence[tuple[str, Span]], batch_size: int) -> Iterator[Any]:
    """The units parsed in batches of at most `batch_size` units and BATCH_CHARS characters."""
    batch: list[str] = []
    size = 0
    for text, unit in units:
        if batch and (len(batch) >= batch_size or size + len(unit) > BATCH_CHARS):
            yield from nlp.pipe(batch, batch_size=len(batch))
            batch, size = [], 0
        batch.append(unit.of(text))
        size += len(unit)
    if batch:
        yield from nlp.pipe(batch, batch_size=len(batch))


_WORTH_PARSING = TRIGGER_LEMMAS | CUE_VERBS | OBJECT_CUES | NOUN_CUES | COUNTER_WORDS | {"accord"}
_QUOTE_MARKS = frozenset('“”"')


def _worth_parsing(sentence: Sentence) -> bool:
    """Whether a sentence has a word that can start an event, an attribution or a counter to a
    claim, or a quote mark (a quote that runs on from the sentence before)."""
    return any(token.lemma in _WORTH_PARSING or token.text in _QUOTE_MARKS for token in sentence.tokens)


# A sentence's tokens are read from two arrays per unit: a spaCy Token object made for each
# attribute read cost more than all the rest of reading a unit.
_STRING_ATTRS = [LEMMA, POS, TAG, DEP]
_NUMBER_ATTRS = [IDX, LENGTH, HEAD]


def _sentences(doc: Any, text: str, offset: int) -> list[Sentence]:
    """Every sentence of a parsed unit (`text`, which starts at `offset` in the article)."""
    strings = doc.vocab.strings
    names = [[strings[h] for h in row] for row in doc.to_array(_STRING_ATTRS).tolist()]
    # HEAD is the head's signed distance, kept in an unsigned array
    numbers = doc.to_array(_NUMBER_ATTRS).astype("int64").tolist()
    found = []
    for first, end, lead_root in _sentence_ranges(doc):
        tokens = []
        for k in range(first, end):
            idx, length, head = numbers[k]
            lemma, pos, tag, dep = names[k]
            word = text[idx : idx + length]
            span = Span(offset + idx, offset + idx + length)
            head_at = k + head - first
            if lead_root is not None and k == lead_root[0]:
                # `December 14th` split off before `the announcement will be made`: when the clause is
                dep, head_at = "npadvmod", lead_root[1] - first
            tokens.append(Token(k - first, word, lemma_of(word, lemma), pos, tag, dep, head_at, span))
        start_char, end_char = doc[first].idx, doc[end - 1].idx + len(doc[end - 1].text)
        found.append(Sentence(Span(offset + start_char, offset + end_char), tuple(tokens), text[start_char:end_char]))
    return found


def _sentence_ranges(doc: Any) -> list[tuple[int, int, tuple[int, int] | None]]:
    """The token ranges of a unit's sentences, with a short verbless piece the parser split off
    before a sentence that goes on in lower case (`December 14th` | `the announcement will be
    made`) joined to it: (start, end, (the piece's root, the sentence's root) or None)."""
    sents = [(s.start, s.end, s.root.i) for s in doc.sents]
    ranges: list[tuple[int, int, tuple[int, int] | None]] = []
    k = 0
    while k < len(sents):
        start, end, root = sents[k]
        nxt = sents[k + 1] if k + 1 < len(sents) else None
        piece = doc[start:end]
        verbless = len(piece) <= 4 and not any(t.pos_ in {"VERB", "AUX"} for t in piece)
        if nxt is not None and verbless and doc[nxt[0]].text[:1].islower() and doc[nxt[0]].is_alpha:
            ranges.append((start, nxt[1], (root, nxt[2])))
            k += 2
            continue
        ranges.append((start, end, None))
        k += 1
    return ranges


def _split_at_slashes(doc: Any, start: int, end: int) -> list[tuple[int, int]]:
    """`Washington Post/ABC News` names two bodies."""
    parts, begin = [], start
    for i in range(start, end):
        if doc[i].text == "/":
            parts.append((begin, i))
            begin = i + 1
    parts.append((begin, end))
    return [(a, b) for a, b in parts if b > a]


def _towns_not_people(
    towns: list[tuple[int, int]],
    offset: int,
    names: list[NamedSpan],
    labels: frozenset[str] | set[str] = frozenset({"PERSON"}),
) -> list[NamedSpan]:
    """A name the recogniser took for a person's (or, after a street, an organisation's) that the
    text calls a town (`the major port city of Bandar Abbas`, `in Newton Street, Millom`, at
    `towns` in the unit) is the town's."""
    spans = {(offset + a, offset + b) for a, b in towns}
    return [
        NamedSpan(n.span, "GPE", n.title, n.name) if n.label in labels and (n.span.start, n.span.end) in spans else n
        for n in names
    ]


def _missed_cities(text: str, offset: int, names: Sequence[NamedSpan], towns: list[tuple[int, int]]) -> list[NamedSpan]:
    """Big cities of several words the recogniser passed over (`Dar es Salaam`), towns after a
    street (`High Street, Banstead`) and after a word for a town (`the port city of Bandar Abbas`),
    where it found no other name."""
    missed = []
    for a, b in city_names_in(text) + address_towns_in(text) + towns:
        span = Span(offset + a, offset + b)
        if not any(n.span.start < span.end and span.start < n.span.end for n in names):
            missed.append(NamedSpan(span, "GPE", "", text[a:b]))
    return missed


def _named_span(doc: Any, start: int, end: int, label: str, offset: int) -> NamedSpan | None:
    ent_start = start
    # Drop a trailing possessive and punctuation: `Joe Biden’s` -> `Joe Biden`.
    while end > start and (doc[end - 1].text in _POSSESSIVE or doc[end - 1].is_punct):
        end -= 1
    # Drop leading titles inside the entity and widen over titles just before it.
    while start < end and doc[start].lower_.rstrip(".") in TITLES | _DETERMINERS:
        start += 1
    first_title = start
    while first_title > 0 and doc[first_title - 1].lower_.rstrip(".") in TITLES:
        first_title -= 1
    if start >= end:
        return None
    name = re.sub(r"\s+", " ", doc[start:end].text).strip()
    if len(name) < 2 or not any(ch.isalpha() for ch in name):
        return None
    mention_start = min(first_title, ent_start)
    title = doc[first_title:start].text if first_title < start else ""
    span = Span(offset + doc[mention_start].idx, offset + doc[end - 1].idx + len(doc[end - 1].text))
    return NamedSpan(span=span, label=label, title=title, name=name)
