"""A trained tagger of attribution roles: every token is source, cue, content or none.

PolNeAR annotates attributions univocally (no token has two roles), so an article's
attributions are a tag sequence. A linear-chain CRF (CRFsuite) reads the whole article as one
sequence, over features of the parse and of the rules' own attributions, and tags each token
`B-`/`I-` of a role, or `C-` for the first token of a further piece of the content before it (a
quote split around its cue, or one running into the next paragraph). `link_roles` then makes the
tagged spans attributions: each cue with the nearest content and source of its sentence.
Weights: `data/models/attributions.crfsuite`, trained by `scripts/train_attributions.py`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from itertools import islice
from pathlib import Path
from typing import Any

from ..errors import SitroomError
from ..model import Attribution, Entity, Mention, Participant, Span
from .attributions import CUE_LEMMAS, cue_subject, resolve_sources
from .crf import open_tagger
from .parse import Sentence, Token
from .spans import SpanIndex

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "models" / "attributions.crfsuite"
# How often each lemma is (part of) a cue in the training data; written beside the weights.
CUE_RATES_PATH = MODEL_PATH.with_name("attribution_cues.tsv")
_REPORTING_RATE = 0.2  # a lemma that is a cue this often can report what hangs on it
_ROLE_CODE = {"source": "S", "cue": "V", "content": "Q"}
_CODE_ROLE = {code: role for role, code in _ROLE_CODE.items()}
_OPEN = frozenset("“‘")
_CLOSE = frozenset("”’")
_STRAIGHT = frozenset('"')
_QUOTE_CHARS = "“”\"‘’'"
_SPLIT_QUOTE_GAP = 200  # characters between the two halves of a quote split around its cue
# The dependents that show a verb or noun may report something: what it says (a clause, an object)
# and who says it (a subject, a `by` agent).
_TELLING_DEPS = frozenset({"ccomp", "xcomp", "dobj", "nsubj", "nsubjpass", "agent", "mark"})
_CLIMB = 6  # ancestors a token looks up for the verb that reports it

E302 = "the attribution model {path} is missing or unreadable ({reason}); reinstall sitroom or retrain it"


@dataclass(frozen=True)
class ArticleParse:
    """What the tagger reads of one article: its parsed units in text order (each a paragraph's or
    caption's sentences and whether it is a caption), the rules' attributions and the entities."""

    text: str
    units: tuple[tuple[tuple[Sentence, ...], bool], ...]
    rules: tuple[Attribution, ...]
    entities: tuple[Entity, ...]

    @cached_property
    def mentions(self) -> SpanIndex[tuple[Mention, Entity]]:
        """Every entity mention, found by position."""
        return SpanIndex([(m.span, (m, e)) for e in self.entities for m in e.mentions])

    @cached_property
    def tokens(self) -> tuple[tuple[Token, Sentence, int, int, bool], ...]:
        """Each token with its sentence, the sentence's number, the unit's number and whether the
        unit is a caption, in text order."""
        found = []
        number = 0
        for u, (sentences, in_caption) in enumerate(self.units):
            for sentence in sentences:
                found.extend((t, sentence, number, u, in_caption) for t in sentence.tokens)
                number += 1
        return tuple(found)


@dataclass(frozen=True)
class RoleSpan:
    """One tagged source, cue or content: its pieces in text order, and the sentences they are in."""

    role: str
    pieces: tuple[Span, ...]
    sentences: tuple[int, ...]
    first_token: int  # position in the article's token sequence
    last_token: int


# -- features ---------------------------------------------------------------------------------


def _rule_roles(parse: ArticleParse) -> list[tuple[Span, str]]:
    spans: list[tuple[Span, str]] = []
    for a in parse.rules:
        if a.source is not None:
            spans.append((a.source.span, "source"))
        spans.append((a.cue, "cue"))
        spans.extend((piece, "content") for piece in (a.content, *a.continued))
    return spans


def _rule_roles_of_tokens(
    spans: list[tuple[Span, str]], tokens: Sequence[tuple[Token, Sentence, int, int, bool]]
) -> list[tuple[str, bool]]:
    """The rules' role of each token and whether the token starts that span (the first span that
    holds it, as the rules list them)."""
    starts = [token.span.start for token, *_ in tokens]
    found: list[tuple[str, bool] | None] = [None] * len(starts)
    for rule_span, role in spans:
        k = bisect_left(starts, rule_span.start)
        while k < len(starts) and starts[k] < rule_span.end:
            if found[k] is None:
                found[k] = (role, starts[k] <= rule_span.start)
            k += 1
    return [("none", False) if f is None else f for f in found]


def _reports(lemma: str, rates: dict[str, float]) -> bool:
    return lemma in CUE_LEMMAS or rates.get(lemma, 0.0) >= _REPORTING_RATE


def _reporting_verbs(sentence: Sentence, rates: dict[str, float]) -> list[tuple[str, str, int] | None]:
    """For each token of the sentence: the nearest word above it in the parse that can report
    (`said`, `according`), at most `_CLIMB` steps up, the dependency by which the token's branch
    hangs on it and the word that heads the branch (where one branch ends and the next begins
    is where a content ends: `said [that ...], [calling it ...]`)."""
    tokens = sentence.tokens
    lemmas = [token.lemma.lower() for token in tokens]
    can_report = [_reports(lemma, rates) for lemma in lemmas]  # once a word, not once a climb past it
    found: list[tuple[str, str, int] | None] = []
    for token in tokens:
        current = token
        hit = None
        for _ in range(_CLIMB):
            if current.head == current.i:
                break
            if can_report[current.head]:
                hit = (lemmas[current.head], current.dep, current.i)
                break
            current = tokens[current.head]
        found.append(hit)
    return found


@lru_cache(maxsize=2)
def load_cue_rates(path: str = str(CUE_RATES_PATH)) -> dict[str, float]:
    """Lemma -> how often it is a cue in the training data (the tagger's learned cue words)."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise SitroomError("E302", E302.format(path=path, reason=exc)) from exc
    return {lemma: float(rate) for lemma, rate in (line.split("\t")[:2] for line in lines if "\t" in line)}


def _rate_bucket(rate: float) -> str:
    return "0" if rate < 0.02 else "1" if rate < 0.1 else "2" if rate < 0.3 else "3" if rate < 0.6 else "4"


def _quote_states(tokens: Sequence[tuple[Token, Sentence, int, int, bool]]) -> list[bool]:
    """Whether each token is inside quotation marks (the marks themselves count as inside); the
    state starts afresh with each unit, so a quote left open does not run into the next one."""
    inside = False
    states = []
    unit = -1
    for token, _, _, u, _ in tokens:
        if u != unit:
            unit = u
            inside = False
        text = token.text
        if text in _OPEN:
            inside = True
            states.append(True)
        elif text in _CLOSE:
            states.append(True)
            inside = False
        elif text in _STRAIGHT:
            states.append(True)
            inside = not inside
        else:
            states.append(inside)
    return states


@lru_cache(maxsize=65536)
def _shape(text: str) -> str:
    shape = "".join("X" if c.isupper() else "x" if c.islower() else "d" if c.isdigit() else c for c in text)
    out = []
    for c in shape:
        if len(out) < 2 or out[-1] != c or out[-2] != c:
            out.append(c)
    return "".join(out[:6])


def article_features(parse: ArticleParse, rates: dict[str, float] | None = None) -> list[list[str]]:
    """One list of feature strings per token of the article, in text order; `rates` are the
    learned cue words (those shipped with the weights unless given)."""
    return list(_feature_rows(parse, load_cue_rates() if rates is None else rates))


def _feature_rows(parse: ArticleParse, rates: dict[str, float]) -> Iterator[list[str]]:
    """The features of each token, made as they are asked for (a huge article's are never all held)."""
    tokens = parse.tokens
    rule_spans = _rule_roles(parse)
    quoted = _quote_states(tokens)
    rules = _rule_roles_of_tokens(rule_spans, tokens)
    sentence_cues = {number for token, _, number, _, _ in tokens if _reports(token.lemma.lower(), rates)}
    words = [token.text.lower() for token, *_ in tokens]
    buckets = [_rate_bucket(rates.get(token.lemma.lower(), 0.0)) for token, *_ in tokens]
    reporting_of: dict[int, list[tuple[str, str, int] | None]] = {}
    previous_unit = -1
    last = len(tokens) - 1
    for k, (token, sentence, number, unit, in_caption) in enumerate(tokens):
        head = sentence.tokens[token.head]
        role, starts = rules[k]
        features = [
            "bias",
            "w=" + words[k],
            "lem=" + token.lemma.lower(),
            "pos=" + token.pos,
            "dep=" + token.dep,
            "shape=" + _shape(token.text),
            "hlem=" + head.lemma.lower(),
            "rule=" + role + ("|B" if starts else "|I"),
            f"q={quoted[k]}",
            "rate=" + buckets[k],
            f"sent_cue={number in sentence_cues}",
            "up=" + token.dep + ">" + head.dep,
        ]
        if number not in reporting_of:
            reporting_of[number] = _reporting_verbs(sentence, rates)
        branches = reporting_of[number]
        reporting = branches[token.i]
        if reporting is not None:
            verb, dep, branch = reporting
            side = "before" if token.span.start < head.span.start else "after"
            features += [
                "rep=" + verb,
                "rep_dep=" + dep,
                f"rep|dep={verb}|{dep}",
                f"rep_dep|q={dep}|{quoted[k]}",
                f"rep_side={side}|{dep}",
                f"branch_pos={dep}|{sentence.tokens[branch].pos}",
            ]
            for step, name in ((-1, "prev"), (1, "next")):
                j = token.i + step
                if 0 <= j < len(branches):
                    other = branches[j]
                    same = "none" if other is None else "same" if other[2] == branch else other[1]
                    features.append(f"{name}_branch={dep}>{same}")
        kids = sorted({c.dep for c in sentence.children(token) if c.dep in _TELLING_DEPS})
        if kids and token.pos in ("VERB", "AUX", "NOUN"):
            features.append("kids=" + "|".join(kids))
        if token.i == 0:
            features.append("sent_start")
        if token.i == len(sentence.tokens) - 1:
            features.append("sent_end")
        if unit != previous_unit:
            features.append("unit_start")
            previous_unit = unit
        if in_caption:
            features.append("caption")
        if k > 0:
            features += [
                "-1:w=" + words[k - 1],
                "-1:pos=" + tokens[k - 1][0].pos,
                "-1:rule=" + rules[k - 1][0],
                "-1:rate=" + buckets[k - 1],
                "-1|0:rule=" + rules[k - 1][0] + "|" + role,
            ]
        if k < last:
            features += [
                "1:w=" + words[k + 1],
                "1:pos=" + tokens[k + 1][0].pos,
                "1:rule=" + rules[k + 1][0],
                "1:rate=" + buckets[k + 1],
            ]
        if k > 1:
            features += ["-2:w=" + words[k - 2], "-2:rule=" + rules[k - 2][0]]
        if k < last - 1:
            features += ["2:w=" + words[k + 2], "2:rule=" + rules[k + 2][0]]
        yield features


def gold_tags(parse: ArticleParse, spans: Sequence[tuple[str, tuple[tuple[int, int], ...]]]) -> list[str]:
    """The tag of each token under gold spans (role, pieces): `B-`, `I-`, `C-` (a later piece of
    a content) or `O`."""
    starts: list[tuple[int, int, str, bool]] = []
    for role, pieces in spans:
        for n, (a, b) in enumerate(sorted(pieces)):
            starts.append((a, b, role, n > 0))
    tags = []
    current: tuple[int, int, str, bool] | None = None
    for token, *_ in parse.tokens:
        at = token.span.start
        hit = next((s for s in starts if s[0] <= at < s[1]), None)
        if hit is None:
            tags.append("O")
            current = None
            continue
        code = _ROLE_CODE[hit[2]]
        if hit is current:
            tags.append(f"I-{code}")
        elif hit[3] and hit[2] == "content":
            tags.append(f"C-{code}")
        else:
            tags.append(f"B-{code}")
        current = hit
    return tags


# -- tagging and linking ------------------------------------------------------------------------


@lru_cache(maxsize=2)
def load_tagger(path: str = str(MODEL_PATH)) -> Any:
    """The CRF, loaded once per process."""
    return open_tagger(path, "E302", E302)


def tag_article(parse: ArticleParse, tagger: Any | None = None, rates: dict[str, float] | None = None) -> list[str]:
    """The tags of the article's tokens, by the shipped model unless another `tagger` (with the
    cue words it was trained with, `rates`) is given."""
    if not parse.units:
        return []
    tagger = tagger or load_tagger()
    rows = _feature_rows(parse, load_cue_rates() if rates is None else rates)
    tags: list[str] = []
    for start, stop in _windows(parse.tokens):
        tags += tagger.tag(list(islice(rows, stop - start)))
    return tags


# An article longer than this is tagged a run of paragraphs at a time, so that the features held
# at once stay bounded (a report pasted as one huge paragraph comes as pieces of 10,000 characters).
WINDOW_TOKENS = 5_000


def _windows(tokens: Sequence[tuple[Token, Sentence, int, int, bool]]) -> list[tuple[int, int]]:
    """Token ranges of at least WINDOW_TOKENS (the last may be shorter), each starting at a unit."""
    cuts = [0]
    for k in range(1, len(tokens)):
        if tokens[k][3] != tokens[k - 1][3] and k - cuts[-1] >= WINDOW_TOKENS:
            cuts.append(k)
    return list(zip(cuts, [*cuts[1:], len(tokens)], strict=True))


def learn_cue_rates(examples: Sequence[tuple[ArticleParse, Sequence[str]]], least: int = 3) -> dict[str, float]:
    """From tagged articles: how often each lemma seen in a cue at least `least` times is in one
    (smoothed, so a word seen once is not certain)."""
    seen: dict[str, int] = {}
    in_cue: dict[str, int] = {}
    for parse, tags in examples:
        for (token, *_), tag in zip(parse.tokens, tags, strict=True):
            lemma = token.lemma.lower()
            seen[lemma] = seen.get(lemma, 0) + 1
            if tag.endswith("-V"):
                in_cue[lemma] = in_cue.get(lemma, 0) + 1
    return {lemma: round(n / (seen[lemma] + 2), 3) for lemma, n in sorted(in_cue.items()) if n >= least}


def role_spans(parse: ArticleParse, tags: Sequence[str]) -> list[RoleSpan]:
    """Tags back to spans; a `C-` piece joins the content before it when it is the rest of a quote
    split around its cue (a cue between them, one paragraph) or the quote's next paragraph (no cue
    between); else it starts a content of its own (`asked whether she had practised. “I read it
    once,” she said`: two attributions, each with its own cue)."""
    spans: list[dict[str, Any]] = []
    open_span: dict[str, Any] | None = None
    last_cue = -1  # the last token tagged a cue
    for k, ((token, _, number, unit, _), tag) in enumerate(zip(parse.tokens, tags, strict=True)):
        if tag.endswith("-V"):
            last_cue = k
        if tag == "O":
            open_span = None
            continue
        kind, code = tag.split("-", 1)
        role = _CODE_ROLE[code]
        if kind == "I" and open_span is not None and open_span["role"] == role:
            piece = open_span["pieces"][-1]
            open_span["pieces"][-1] = (piece[0], token.span.end)
            open_span["sentences"].add(number)
            open_span["last"] = k
            continue
        if kind == "C" and role == "content":
            earlier = next((s for s in reversed(spans) if s["role"] == "content"), None)
            cue_between = earlier is not None and last_cue > earlier["last"]
            same_unit = earlier is not None and parse.tokens[earlier["last"]][3] == unit
            if earlier is not None and cue_between == same_unit:
                earlier["pieces"].append((token.span.start, token.span.end))
                earlier["sentences"].add(number)
                earlier["last"] = k
                open_span = earlier
                continue
        open_span = {
            "role": role,
            "pieces": [(token.span.start, token.span.end)],
            "sentences": {number},
            "first": k,
            "last": k,
        }
        spans.append(open_span)
    return [
        RoleSpan(
            s["role"],
            tuple(_trimmed(parse.text, a, b) for a, b in s["pieces"]),
            tuple(sorted(s["sentences"])),
            s["first"],
            s["last"],
        )
        for s in spans
    ]


def _trimmed(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def link_roles(parse: ArticleParse, spans: Sequence[RoleSpan]) -> tuple[Attribution, ...]:
    """Each tagged cue with the content and source nearest to it: in its own sentence first, else
    a content in the sentence just before or after (`“...” \\n He said.`). A content goes to the
    cue nearest it before any other (`“A,” she said, and he replied: “B.”`); a cue left with none
    takes its nearest all the same. Contents no cue takes are dropped; a source may serve two cues
    (`He said ... and added ...`)."""
    tokens = parse.tokens
    captions = {number for _, _, number, _, in_caption in tokens if in_caption}
    contents = [s for s in spans if s.role == "content"]
    sources = [s for s in spans if s.role == "source"]
    # By sentence, so that each cue looks at its own sentence's spans, not all the article's.
    contents_in: dict[int, list[RoleSpan]] = {}
    for c in contents:
        for number in dict.fromkeys(c.sentences):
            contents_in.setdefault(number, []).append(c)
    sources_in: dict[int, list[RoleSpan]] = {}
    for c in sources:
        for number in dict.fromkeys(c.sentences):
            sources_in.setdefault(number, []).append(c)
    order = {id(c): k for k, c in enumerate(contents)}
    taken: set[int] = set()
    cues = [s for s in spans if s.role == "cue"]
    candidates: list[list[tuple[int, RoleSpan]]] = []
    own_sentence: list[bool] = []
    for cue in cues:
        home = cue.sentences[0]
        near = list(contents_in.get(home, ()))
        own_sentence.append(bool(near))
        if not near:
            around = {id(c): c for n in (home - 1, home + 1) for c in contents_in.get(n, ())}
            near = sorted(around.values(), key=lambda c: order[id(c)])
        candidates.append([(_link_distance(parse, c, cue), c) for c in near])
    # Each content to the cue nearest it first (`A said X, B said Y`: each cue its own), then a cue
    # left with none takes its nearest content all the same.
    chosen: dict[int, RoleSpan] = {}
    pairs = sorted(((d, k, order[id(c)], c) for k, near in enumerate(candidates) for d, c in near), key=lambda p: p[:3])
    for _, k, _, content in pairs:
        if k not in chosen and id(content) not in taken:
            chosen[k] = content
            taken.add(id(content))
    links: list[tuple[RoleSpan, RoleSpan, RoleSpan | None]] = []
    found: list[Attribution] = []
    for k, cue in enumerate(cues):
        content = chosen.get(k)
        if content is None and own_sentence[k]:
            content = min(candidates[k], key=lambda p: p[0])[1]
        if content is None:  # a quote of the next sentence that its own cue took (`X explained. “...,” she said.`)
            continue
        source_span = min(sources_in.get(cue.sentences[0], ()), key=lambda s: _tokens_apart(s, cue), default=None)
        links.append((cue, content, source_span))
    cue_starts = sorted(cue.first_token for cue, _, _ in links)
    for cue, content, source_span in links:
        pieces = content.pieces
        direct = parse.text[pieces[0].start] in _QUOTE_CHARS
        rest = _rest_of_split_quote(parse, cue, content, contents, taken, cue_starts) if direct else None
        if rest is not None:
            taken.add(id(rest))
            pieces = (*pieces, *rest.pieces)
        cue_span = Span(cue.pieces[0].start, cue.pieces[-1].end)
        if source_span is not None:
            source = _participant(parse, source_span)
        else:  # a quote's speaker is what a reader needs most; the parse's subject, if nothing was tagged
            source = _parsed_subject(parse, cue) if direct else None
        found.append(
            Attribution(
                cue=cue_span,
                cue_text=cue_span.of(parse.text),
                content=pieces[0],
                source=source,
                direct=direct,
                in_caption=cue.sentences[0] in captions,
                continued=tuple(pieces[1:]),
            )
        )
    return resolve_sources(found, parse.entities)


# What may stand between a closing quote and its cue: a comma and the speaker's name or pronoun
# (`,” Sessions said`, `,” he said`), not a clause (`“crooked,” and continuing to insist`).
_SPEAKER_BETWEEN = re.compile(r"[\s,]*(?:(?:[A-Z][\w.’'-]*|he|she|they|it|we)\s*){0,4}")


def _link_distance(parse: ArticleParse, content: RoleSpan, cue: RoleSpan) -> int:
    """How near a content is to a cue, for linking: a quote that closes just before the cue, only
    its speaker between (`“I told Donald Trump, ...,” Sessions said when endorsing Trump`), before
    all else, then by tokens apart."""
    end = content.pieces[-1].end
    closes = parse.text[end - 1] in _CLOSE | _STRAIGHT
    start = cue.pieces[0].start
    if closes and end <= start and _SPEAKER_BETWEEN.fullmatch(parse.text, end, start):
        return -1
    return _tokens_apart(content, cue)


def _tokens_apart(other: RoleSpan, cue: RoleSpan) -> int:
    """Tokens between a span and a cue (0 when they touch or overlap)."""
    if other.last_token < cue.first_token:
        return cue.first_token - other.last_token
    return max(other.first_token - cue.last_token, 0)


def _rest_of_split_quote(
    parse: ArticleParse,
    cue: RoleSpan,
    content: RoleSpan,
    contents: Sequence[RoleSpan],
    taken: set[int],
    cue_starts: Sequence[int],
) -> RoleSpan | None:
    """`“A,” she told Hewitt, “B.”`: the quote that goes on after its cue, when the tagger started it
    afresh and no cue took it; in the same paragraph, with no other cue before it or in its sentence."""
    if content.last_token > cue.first_token:
        return None
    after = [c for c in contents if c.first_token > cue.last_token and id(c) not in taken]
    if not after:
        return None
    rest = min(after, key=lambda c: c.first_token)
    gap = parse.text[content.pieces[-1].end : rest.pieces[0].start]
    if "\n" in gap or len(gap) > _SPLIT_QUOTE_GAP or parse.text[rest.pieces[0].start] not in _OPEN | _STRAIGHT:
        return None
    rows = parse.tokens
    own_sentences = set(rest.sentences)
    for start in cue_starts:
        if start == cue.first_token:
            continue
        if cue.last_token < start < rest.first_token or rows[start][2] in own_sentences:
            return None
    return rest


def _parsed_subject(parse: ArticleParse, cue: RoleSpan) -> Participant | None:
    """When no source is tagged: the subject of the cue's verb in the parse (`“...,” added Gowdy`)."""
    rows = parse.tokens[cue.first_token : cue.last_token + 1]
    verbs = [(t, s) for t, s, *_ in rows if t.pos in {"VERB", "AUX"}] or [(t, s) for t, s, *_ in rows[:1]]
    for token, sentence in verbs:
        found = cue_subject(sentence, token, parse.entities)
        if found is not None:
            return found
    return None


def _participant(parse: ArticleParse, span: RoleSpan) -> Participant:
    """The source as written, with the entity it names (`Washington, D.C. Mayor Muriel Bowser` is
    Muriel Bowser)."""
    whole = Span(span.pieces[0].start, span.pieces[-1].end)
    named = sorted(
        (e.kind != "person", m.span.start, e.name)
        for m, e in parse.mentions.overlapping(whole)
        if whole.start <= m.span.start and m.span.end <= whole.end and not m.text.islower()  # not `of state`
    )
    # The first person named, else the first name (`Clinton’s campaign` speaks for Clinton).
    return Participant(whole.of(parse.text), whole, named[0][2] if named else None)


def extract_tagged_attributions(
    parse: ArticleParse, tagger: Any | None = None, rates: dict[str, float] | None = None
) -> tuple[Attribution, ...]:
    """The model's attributions of one article."""
    return link_roles(parse, role_spans(parse, tag_article(parse, tagger, rates)))


def attributions_of(
    parse: ArticleParse, tagger: Any | None = None, rates: dict[str, float] | None = None
) -> tuple[Attribution, ...]:
    """What `analyze()` returns as an article's attributions: the model's, combined with the rules'."""
    return with_rules(extract_tagged_attributions(parse, tagger, rates), parse.rules, parse.text)


def with_rules(model: Sequence[Attribution], rules: Sequence[Attribution], text: str) -> tuple[Attribution, ...]:
    """The model's attributions, each without a source taking the one the rules found for the same
    cue (they follow a subject up the clause: `About 20 aides ... audibly shouting`); and each of
    the rules' attributions that shares no cue and no content with the model's (what the model
    missed), in text order of their cues."""

    # Looked up by position: a report of thousands of attributions costs what ten do, each.
    taken = SpanIndex([(p, True) for a in model for p in (a.cue, a.content, *a.continued)])
    rule_cues = SpanIndex([(r.cue, k) for k, r in enumerate(rules)])
    filled = []
    for a in model:
        same = [rules[k] for k in sorted(rule_cues.overlapping(a.cue))]
        if a.source is None:
            a = next((replace(a, source=r.source) for r in same if r.source is not None), a)
        # A content the model starts late: the rules' clause for the same cue holds it and starts earlier.
        wider = [r.content for r in same if r.content.start < a.content.start < r.content.end]
        if wider and not a.continued:
            a = replace(a, content=Span(min(w.start for w in wider), a.content.end))
        # Quote paragraphs the rules joined to this one (`“...` left open, then `“...,” said X`).
        running = [
            p
            for r in same
            for p in (r.content, *r.continued)
            if a.direct and text[p.start] in '“"' and not taken.overlapping(p)
        ]
        filled.append(replace(a, continued=tuple(sorted((*a.continued, *running)))) if running else a)
    added = [r for r in rules if not any(taken.overlapping(p) for p in (r.cue, r.content, *r.continued))]
    return tuple(sorted((*filled, *added), key=lambda a: a.cue))
