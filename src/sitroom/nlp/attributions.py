"""Attributions: who is reported to have said or thought what (source, cue, content), from the parse.

A first set of rules: a verb of saying or thinking is the cue, its subject the source and its
clausal complement the content (`Flynn said Trump was right`, `“...,” Mr Trump said`);
`according to X` makes X the source of the rest of the sentence.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Attribution, Entity, Participant, Span
from .parse import Sentence, Token

CUE_VERBS = frozenset(
    [
        "say",
        "tell",
        "add",
        "note",
        "write",
        "report",
        "announce",
        "claim",
        "argue",
        "insist",
        "explain",
        "warn",
        "state",
        "acknowledge",
        "admit",
        "deny",
        "suggest",
        "believe",
        "think",
        "find",
        "show",
        "agree",
        "predict",
        "estimate",
        "conclude",
        "reveal",
        "confirm",
        "tweet",
        "recall",
        "testify",
        "respond",
        "reply",
        "complain",
        "contend",
        "maintain",
        "allege",
        "assert",
        "declare",
        "charge",
        "accuse",
        "predict",
        "fear",
        "hope",
        "expect",
        "worry",
        "know",
        "feel",
        "contend",
        "emphasize",
        "stress",
        "urge",
        "promise",
        "vow",
        "concede",
        "indicate",
        "signal",
    ]
)
# Cues whose content is their object rather than a clause (`criticized the plan`, `called for a ban`).
OBJECT_CUES = frozenset(
    [
        "ask",
        "call",
        "criticize",
        "criticise",
        "describe",
        "praise",
        "endorse",
        "support",
        "back",
        "pledge",
        "refuse",
        "express",
        "thank",
        "want",
        "discuss",
        "mention",
        "propose",
        "demand",
        "condemn",
        "reject",
        "blame",
        "question",
        "dismiss",
        "welcome",
        "applaud",
        "oppose",
    ]
)
_SPEAKERS_IN_QUOTES = frozenset({"i", "we", "you"})  # `I think ...` inside a quote is not annotated as its own
_QUOTES = "“”\"‘’'"
_CONTENT_DEPS = frozenset({"ccomp"})


def extract_attributions(
    sentences: Sequence[tuple[Sentence, bool]], entities: Sequence[Entity], text: str
) -> tuple[Attribution, ...]:
    found: list[Attribution] = []
    for sentence, in_caption in sentences:
        for token in sentence.tokens:
            attribution = None
            if token.pos in {"VERB", "AUX"} and token.lemma.lower() in CUE_VERBS | OBJECT_CUES:
                attribution = _verb_attribution(sentence, token, entities, in_caption, text)
            elif token.text.lower() == "according":
                attribution = _according_to(sentence, token, entities, in_caption)
            if attribution is not None:
                found.append(attribution)
    return tuple(found)


def _verb_attribution(
    sentence: Sentence, cue: Token, entities: Sequence[Entity], in_caption: bool, text: str
) -> Attribution | None:
    children = list(sentence.children(cue))
    content = next((c for c in children if c.dep in _CONTENT_DEPS), None)
    if content is None and cue.lemma.lower() in OBJECT_CUES:
        content = next((c for c in children if c.dep in {"dobj", "xcomp"}), None)
        if content is None:  # `called for a ban`
            prep = next((c for c in children if c.dep == "prep" and c.text.lower() in {"for", "on"}), None)
            content = next((c for c in sentence.children(prep) if c.dep == "pobj"), None) if prep else None
        if content is None:
            return None
    subject = next((c for c in children if c.dep in {"nsubj", "nsubjpass"}), None)
    if subject is None and cue.dep in {"conj", "advcl", "xcomp"} and cue.head != cue.i:
        # `defied Trump, and said ...`, `spoke at a rally, saying ...`: the subject of the verb it hangs on.
        head = sentence.tokens[cue.head]
        subject = next((c for c in sentence.children(head) if c.dep == "nsubj"), None)
        if subject is None and head.lemma.lower() in {"hear", "see"}:  # `were heard shouting`
            subject = next((c for c in sentence.children(head) if c.dep == "nsubjpass"), None)
    if subject is not None and subject.dep == "nsubjpass" and subject.head == cue.i:
        subject = None  # `was told`: the one told is not the one speaking
    if subject is not None and subject.text.lower() in _SPEAKERS_IN_QUOTES:
        return None
    source = _participant(sentence, subject, entities) if subject is not None else None
    if content is not None:
        content_span = _content_span(sentence, [t for t in sentence.subtree(content) if t.i != cue.i])
    else:
        # `“Let’s have trial by combat!” Mr Giuliani told the crowd`: the quote just before the cue.
        content_span = _quote_before(sentence, cue) or _quote_ending_at(text, sentence.span.start)
    if content_span is None:
        return None
    direct = sentence.text_of(content_span)[:1] in _QUOTES
    return Attribution(
        cue=cue.span, cue_text=cue.text, source=source, content=content_span, direct=direct, in_caption=in_caption
    )


def _according_to(
    sentence: Sentence, according: Token, entities: Sequence[Entity], in_caption: bool
) -> Attribution | None:
    to = next((c for c in sentence.children(according) if c.text.lower() == "to"), None)
    if to is None:
        return None
    source_token = next((c for c in sentence.children(to) if c.dep == "pobj"), None)
    if source_token is None:
        return None
    skip = {t.i for t in sentence.subtree(according)}
    rest = [t for t in sentence.tokens if t.i not in skip]
    content_span = _content_span(sentence, rest)
    if content_span is None:
        return None
    cue = Span(according.span.start, to.span.end)
    return Attribution(
        cue=cue,
        cue_text=sentence.text_of(cue),
        source=_participant(sentence, source_token, entities),
        content=content_span,
        direct=False,
        in_caption=in_caption,
    )


def _quote_before(sentence: Sentence, cue: Token) -> Span | None:
    """A quotation that opens the sentence and closes before the cue."""
    tokens = sentence.tokens
    if not tokens or tokens[0].text not in '“"':
        return None
    close = next((t for t in tokens[1 : cue.i] if t.text in '”"'), None)
    if close is None:
        return None
    return Span(tokens[0].span.start, close.span.end)


def _quote_ending_at(text: str, position: int) -> Span | None:
    """A quotation that ends right before `position`, on the same line (a sentence of its own)."""
    line_start = text.rfind("\n", 0, position) + 1
    before = text[line_start:position].rstrip()
    if not before.endswith(("”", '"')):
        return None
    opening = max(before.rfind("“"), before.rfind('"', 0, len(before) - 1))
    if opening < 0:
        return None
    return Span(line_start + opening, line_start + len(before))


def _content_span(sentence: Sentence, tokens: list[Token]) -> Span | None:
    """The longest run of the tokens, trimmed of edge punctuation (keeping paired quote marks)."""
    if not tokens:
        return None
    tokens = sorted(tokens, key=lambda t: t.i)
    # Keep the first contiguous run: content rarely wraps round its own cue.
    run = [tokens[0]]
    for token in tokens[1:]:
        if token.i != run[-1].i + 1:
            break
        run.append(token)
    while run and run[-1].pos == "PUNCT" and run[-1].text not in _QUOTES:
        run.pop()
    while run and run[0].pos == "PUNCT" and run[0].text not in _QUOTES:
        run.pop(0)
    if not run:
        return None
    opens = sum(t.text in "“‘" for t in run)
    closes = sum(t.text in "”’" for t in run)
    if closes > opens and run[-1].text in "”’":
        run.pop()
    if opens > closes and run[0].text in "“‘":
        # A quote left open: take in its closing punctuation and mark (`... rubble.”`).
        following = [t for t in sentence.tokens if t.i > run[-1].i][:3]
        closing = next((k for k, t in enumerate(following) if t.text in "”’"), None)
        if closing is not None and all(t.pos == "PUNCT" for t in following[:closing]):
            run.extend(following[: closing + 1])
        else:
            run.pop(0)
    if not run:
        return None
    return Span(run[0].span.start, run[-1].span.end)


def _participant(sentence: Sentence, token: Token, entities: Sequence[Entity]) -> Participant:
    keep = {token.i}
    frontier = [token]
    while frontier:
        current = frontier.pop()
        for child in sentence.children(current):
            if child.dep in {"relcl", "appos", "punct", "acl", "advcl"} and current is token:
                continue
            keep.add(child.i)
            frontier.append(child)
    tokens = [t for t in sentence.tokens if t.i in keep]
    span = Span(tokens[0].span.start, tokens[-1].span.end)
    entity = next((e.name for e in entities for m in e.mentions if m.span.start <= token.span.start < m.span.end), None)
    return Participant(sentence.text_of(span), span, entity)
