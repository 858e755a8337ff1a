"""Claims: what an attribution asserts about the world, and how the reporter frames it.

An attribution is a claim when its cue asserts (`said`, `insisted`, `repeating claims that`) and
its content is a statement, not a question or a call to act. The framing is one of
`model.FRAMINGS`, from the words the reporter puts around it (`baselessly repeating claims`,
`falsely said`, `without evidence`) and from the reporter's own counter-statement in the next
sentences (`There is no evidence of widespread voter fraud.`), tied to the claim it answers.
The words are kept as spans. docs/claims.md documents the framings and their signals.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Attribution, Claim, Span
from .parse import Sentence, Token
from .spans import SpanIndex

# Cues that assert something (`ask`, `urge`, `call for` do not).
ASSERTING_CUES = frozenset(
    [
        "say",
        "tell",
        "add",
        "claim",
        "insist",
        "allege",
        "assert",
        "argue",
        "contend",
        "maintain",
        "declare",
        "state",
        "tweet",
        "write",
        "suggest",
        "repeat",
        "charge",
        "accuse",
        "predict",
        "warn",
        "report",
        "announce",
        "allegation",
        "assertion",
        "accusation",
        "insistence",
    ]
)
# A word the reporter sets beside a cue or the claim's noun, and the framing it gives.
SIGNAL_WORDS = {
    "baselessly": "disputed",
    "baseless": "disputed",
    "groundless": "disputed",
    "unfounded": "disputed",
    "dubious": "disputed",
    "dubiously": "disputed",
    "disputed": "disputed",
    "questionable": "disputed",
    "spurious": "disputed",
    "falsely": "false",
    "false": "false",
    "wrongly": "false",
    "incorrectly": "false",
    "erroneously": "false",
    "untrue": "false",
    "bogus": "false",
    "debunked": "false",
    "unsubstantiated": "unsupported",
    "unproven": "unsupported",
    "unverified": "unsupported",
    "uncorroborated": "unsupported",
}
# The reporter's own sentences that answer a claim, and the framing each gives it.
COUNTER_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), framing)
    for pattern, framing in [
        (r"\bthere (?:is|was|has been|have been|had been) no (?:\w+ ){0,2}(?:evidence|proof)\b", "unsupported"),
        (r"\bno (?:\w+ ){0,2}evidence (?:has|had|have) (?:\w+ )?(?:emerged|surfaced|been found)", "unsupported"),
        (r"\b(?:offered|provided|presented|gave|cited|produced) no (?:\w+ ){0,2}(?:evidence|proof)\b", "unsupported"),
        (r"\b(?:is|was|are|were) (?:false|untrue|not true)\b", "false"),
        (r"\b(?:has|have|had) been (?:debunked|disproven|refuted)\b", "false"),
        (r"\b(?:is|was|are|were) (?:baseless|unfounded|groundless)\b", "disputed"),
        (r"\bcourts? (?:have |has |had )?(?:rejected|dismissed|thrown out)\b", "disputed"),
    ]
)
# Lemmas of the words the counter-statements turn on, so the pipeline parses those sentences.
COUNTER_WORDS = frozenset(["evidence", "proof", "false", "untrue", "true", "debunk", "refute", "disprove", "baseless"])

_STRENGTH = {"asserted": 0, "unsupported": 1, "disputed": 2, "false": 3}
_EVIDENCE = frozenset({"evidence", "proof", "basis"})
_STOP = frozenset({"that", "this", "there", "their", "they", "which", "would", "could", "have", "been", "were", "with"})
_REACH = 600  # characters a counter-statement looks back for the claim it answers


@dataclass(frozen=True)
class _Signal:
    framing: str
    span: Span


def extract_claims(attributions: Sequence[Attribution], sentences: Sequence[Sentence], text: str) -> tuple[Claim, ...]:
    """Claims among the attributions, framed by the words around them and the counters after them."""
    ordered = sorted(sentences, key=lambda s: s.span)
    tokens = [t for s in ordered for t in s.tokens]
    # Found by position, not by a scan of the article each: a transcript has thousands of quotes.
    sentence_at = SpanIndex([(s.span, s) for s in ordered])
    token_starts = [t.span.start for t in tokens]
    claims: list[Claim] = []
    for k, attribution in enumerate(attributions):
        sentence = next(iter(sentence_at.holding(attribution.cue.start)), None)
        if sentence is None or not _asserts(attribution, sentence, tokens, token_starts, text):
            continue
        signals = _signals(sentence, attribution)
        framing = max((s.framing for s in signals), key=_STRENGTH.__getitem__, default="asserted")
        claims.append(Claim(k, attribution.content, framing, tuple(s.span for s in signals)))
    inside = SpanIndex([(p, True) for a in attributions for p in (a.content, *a.continued)])
    cue_sentences = {s.span for a in attributions for s in sentence_at.holding(a.cue.start)}
    for sentence in ordered:
        if sentence.span in cue_sentences or inside.holding(sentence.span.start):
            continue  # a counter is the reporter speaking, not someone quoted
        counter = _counter(sentence)
        if counter is None:
            continue
        target = _answered(claims, attributions, sentence, text)
        if target is not None:
            claim = claims[target]
            framing = max(claim.framing, counter.framing, key=_STRENGTH.__getitem__)
            claims[target] = Claim(
                claim.attribution, claim.content, framing, (*claim.signals, counter.span), sentence.span
            )
    return tuple(claims)


def _asserts(
    attribution: Attribution, sentence: Sentence, tokens: Sequence[Token], token_starts: Sequence[int], text: str
) -> bool:
    cue = _cue_token(sentence, attribution.cue)
    if cue is None or cue.lemma.lower() not in ASSERTING_CUES:
        return False
    content = attribution.content.of(text).strip("“”\"‘’' ")
    if not content or content.rstrip(".,!").endswith("?"):
        return False
    after = bisect.bisect_left(token_starts, attribution.content.start)
    first = next((tokens[i] for i in range(after, len(tokens)) if tokens[i].pos != "PUNCT"), None)
    if first is not None and first.span.start < attribution.content.end:
        # A call to act is not a claim about the world (`“Let’s have trial by combat!”`).
        return not (first.tag == "VB" or first.lemma.lower() == "let")
    return True


def _cue_token(sentence: Sentence, cue: Span) -> Token | None:
    """The word the cue turns on: the verb, or the noun of `repeating claims`."""
    inside = [t for t in sentence.tokens if cue.start <= t.span.start < cue.end]
    return inside[-1] if inside else None


def _signals(sentence: Sentence, attribution: Attribution) -> list[_Signal]:
    """Framing words on the cue, on the verb that carries a noun cue, and `without evidence`."""
    cue = _cue_token(sentence, attribution.cue)
    if cue is None:
        return []
    carriers = [cue]
    if cue.pos == "NOUN" and cue.head != cue.i:
        carriers.append(sentence.tokens[cue.head])
    found: list[_Signal] = []
    for carrier in carriers:
        for child in sentence.children(carrier):
            word = child.text.lower()
            if child.dep in {"advmod", "amod"} and word in SIGNAL_WORDS:
                found.append(_Signal(SIGNAL_WORDS[word], child.span))
            elif child.dep == "prep" and word == "without":
                phrase = sentence.subtree(child)
                if any(t.lemma.lower() in _EVIDENCE for t in phrase):
                    found.append(_Signal("unsupported", Span(phrase[0].span.start, phrase[-1].span.end)))
    return found


def _counter(sentence: Sentence) -> _Signal | None:
    for pattern, framing in COUNTER_PATTERNS:
        match = pattern.search(sentence.text)
        if match:
            return _Signal(framing, Span(sentence.span.start + match.start(), sentence.span.start + match.end()))
    return None


def _answered(claims: list[Claim], attributions: Sequence[Attribution], counter: Sentence, text: str) -> int | None:
    """The claim a counter-statement answers: among the claims just before it, the one sharing
    most words with it, then one the reporter already framed, then the nearest."""
    words = _words(counter.text)
    best: tuple[int, int, int] | None = None
    chosen = None
    for index, claim in enumerate(claims):
        end = max(p.end for p in (claim.content, *attributions[claim.attribution].continued))
        if not counter.span.start - _REACH <= end <= counter.span.start:
            continue
        if text[end : counter.span.start].count("\n") > 2:
            continue
        key = (len(words & _words(claim.content.of(text))), claim.framing != "asserted", end)
        if best is None or key > best:
            best, chosen = key, index
    return chosen


def _words(text: str) -> set[str]:
    """Content words cut to a stem of five letters (`voters`, `voter` alike)."""
    return {w[:5] for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in _STOP}
