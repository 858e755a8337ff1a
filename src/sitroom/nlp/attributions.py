"""Attributions: who is reported to have said or thought what (source, cue, content), from the parse.

A verb of saying or thinking is the cue, its subject the source and its clausal complement the
content (`Flynn said Trump was right`, `“...,” Mr Trump said`); a verb with no subject of its own
takes the one of the verb it hangs on (`defied Trump, and said ...`, `continuing to insist ...`);
`according to X` makes X the source of the rest of the sentence; a noun such as `claims` with its
`that` clause is a cue too (`repeating claims that ...`). Quotes split around their cue or running
on into the next sentences and paragraphs stay one attribution, and `he`/`she` as a source is tied
to the person the text last named who can be meant.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..model import Attribution, Entity, Participant, Span
from .parse import Sentence, Token
from .spans import SpanIndex

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
        "contend",
        "emphasize",
        "stress",
        "urge",
        "promise",
        "vow",
        "concede",
        "indicate",
        "signal",
        "shout",
        "chant",
        "yell",
        "scream",
    ]
)
# Cues whose content is their object rather than a clause (`criticized the plan`, `called for a ban`).
OBJECT_CUES = frozenset(
    [
        "announce",
        "promise",
        "ask",
        "call",
        "criticize",
        "criticise",
        "describe",
        "praise",
        "endorse",
        "pledge",
        "refuse",
        "express",
        "discuss",
        "mention",
        "propose",
        "demand",
        "condemn",
        "blame",
        "question",
        "dismiss",
        "welcome",
        "applaud",
    ]
)
# Verbs that are cues only beside a quote (`“...,” he continued`, `he joked: “...”`).
QUOTE_CUES = frozenset(["continue", "joke", "quip", "mock", "laugh", "boast", "muse", "snap", "read", "chime"])
# Nouns that carry a report with their `that` clause (`claims that voting machines were crooked`).
NOUN_CUES = frozenset(["claim", "allegation", "assertion", "accusation", "insistence", "suggestion", "charge"])
# Verbs that make such a noun someone's report (`repeating claims that ...`).
_NOUN_CUE_VERBS = frozenset(["repeat", "make", "spread", "push", "level", "echo", "amplify", "raise", "renew", "voice"])
_SPEAKERS_IN_QUOTES = frozenset({"i", "we", "you"})  # `I think ...` inside a quote is not annotated as its own
_QUOTES = "“”\"‘’'"
_OPENING = '“"'
_CONTENT_DEPS = frozenset({"ccomp"})
_VERB_CUES = CUE_VERBS | OBJECT_CUES | QUOTE_CUES
CUE_LEMMAS = _VERB_CUES | NOUN_CUES | {"accord"}  # every word the rules start an attribution from
# `Name: what they said` on a line of its own, as headlines put it.
_HEADLINE = re.compile(r"^(?P<source>[A-Z][\w.’'&-]*(?: [A-Z]?[\w.’'&-]+){0,4}): (?P<content>[^\n]{8,200}?)\s*$", re.M)
_NOT_SOURCES = frozenset(
    [
        "update",
        "note",
        "editor’s note",
        "editor's note",
        "photo",
        "related",
        "read more",
        "watch",
        "video",
        "source",
        "sources",
        "correction",
        "disclosure",
        "by",
        "posted",
        "published",
        "updated",
        "caption",
        "credit",
    ]
)
_LEAD = re.compile(r"[\s,:]*")
_CLIMB_DEPS = frozenset({"conj", "advcl", "xcomp"})  # a verb that may share the subject of its head
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
_TITLE_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "dame": "f", "lord": "m", "lady": "f"}
_SEARCH_BACK = 1500  # characters a pronoun looks back for the person it means
# `the senator`, `the former governor`, `the vice president`, `the secretary of state`
_DESCRIPTION = re.compile(r"(?:the|this|that) (?:former |then-|new |top |current )?([a-z -]+?)")
_TITLE_WORDS = {"sen": "senator", "gov": "governor", "rep": "representative", "gen": "general", "atty": "attorney"}
_TITLE_NOUNS = frozenset(
    [
        "senator",
        "governor",
        "representative",
        "congressman",
        "congresswoman",
        "president",
        "mayor",
        "secretary",
        "judge",
        "justice",
        "general",
        "sheriff",
        "minister",
        "speaker",
        "chancellor",
        "ambassador",
        "commissioner",
        "attorney",
        "pope",
        "premier",
    ]
)


def extract_attributions(
    sentences: Sequence[tuple[Sentence, bool]], entities: Sequence[Entity], text: str
) -> tuple[Attribution, ...]:
    found: list[tuple[Sentence, Attribution]] = []
    entities = MentionedEntities(entities)
    for sentence, in_caption in sentences:
        first = len(found)
        for token in sentence.tokens:
            attribution = None
            lemma = token.lemma.lower()
            if token.pos in {"VERB", "AUX"} and lemma in _VERB_CUES:
                attribution = _verb_attribution(sentence, token, entities, in_caption, text)
            elif token.pos == "NOUN" and lemma in NOUN_CUES:
                attribution = _noun_attribution(sentence, token, entities, in_caption)
            elif token.text.lower() == "according":
                attribution = _according_to(sentence, token, entities, in_caption)
            if attribution is not None:
                found.append((sentence, attribution))
        made = [a for _, a in found[first:]]  # this sentence's
        found += [(sentence, a) for a in _colon_quotes(sentence, made, entities, in_caption, text)]
    joined = _join_running_quotes(found, [s for s, _ in sentences], text) + _headlines(text, entities)
    return resolve_sources(joined, entities)


def resolve_sources(attributions: Sequence[Attribution], entities: Sequence[Entity]) -> tuple[Attribution, ...]:
    """Tie each `he`/`she` source to the person meant (see `_resolve_pronoun`), given the first
    earlier attribution whose content holds the source (`said he wouldn’t ...`: `he` is said inside
    it). The contents are looked up by position, so a report of thousands of attributions (a
    transcript pasted whole) costs no more per attribution than one of ten."""
    pieces = SpanIndex([(p, k) for k, a in enumerate(attributions) for p in _pieces(a)])
    resolved: list[Attribution] = []
    for k, a in enumerate(attributions):
        outer = None
        if a.source is not None:
            start = a.source.span.start
            holding = [j for j in pieces.holding(start) if j < k]
            outer = resolved[min(holding)] if holding else None
        resolved.append(_resolve_pronoun(a, entities, outer))
    return tuple(resolved)


def _verb_attribution(
    sentence: Sentence, cue: Token, entities: Sequence[Entity], in_caption: bool, text: str
) -> Attribution | None:
    children = list(sentence.children(cue))
    quote_only = cue.lemma.lower() not in CUE_VERBS | OBJECT_CUES
    content = _quoted_object(sentence, cue, children)
    if content is None and not quote_only:
        content = next((c for c in children if c.dep in _CONTENT_DEPS), None)
    extra: Token | None = None
    if content is None and cue.lemma.lower() in OBJECT_CUES:
        content = next((c for c in children if c.dep in {"dobj", "xcomp"}), None)
        if content is not None and content.dep == "dobj":  # `ask people to stay peaceful`
            extra = next((c for c in children if c.dep == "xcomp" and c.i > content.i), None)
        if content is None:  # `called for a ban`
            prep = next((c for c in children if c.dep == "prep" and c.text.lower() in {"for", "on"}), None)
            content = next((c for c in sentence.children(prep) if c.dep == "pobj"), None) if prep else None
        if content is None:
            return None
    subject = _subject(sentence, cue)
    if subject is not None and subject.text.lower() in _SPEAKERS_IN_QUOTES and _inside_quote(text, cue.span.start):
        return None
    source = _participant(sentence, subject, entities) if subject is not None else None
    continued: tuple[Span, ...] = ()
    if content is not None and content.i > cue.i and sentence.subtree(content)[0].text in _OPENING:
        content_span = _quote_starting_at(text, sentence.subtree(content)[0].span.start, sentence.span.end)
    elif content is not None:
        tokens = [t for t in sentence.subtree(content) if t.i != cue.i]
        if extra is not None:
            tokens += sentence.subtree(extra)
        content_span = _content_span(sentence, _without_other_reports(sentence, content, tokens))
    else:
        # `“Let’s have trial by combat!” Mr Giuliani told the crowd`: the quote just before the cue,
        # and the rest of it when it goes on after the cue (`“...,” he said, “...”`).
        content_span = _quote_before(sentence, cue) or _quote_ending_at(text, sentence.span.start)
        after = _quote_starting_at(text, _after_cue(sentence, cue, subject), sentence.span.end)
        if content_span is not None:
            continued = (after,) if after is not None else ()
        elif after is not None:  # `he continued, “...”`
            content_span = after
        elif sentence.text.rstrip().endswith(":"):  # `Mr Trump said:` and the quote that follows
            content_span = _quote_starting_at(text, sentence.span.end, len(text))
    if content_span is None:
        return None
    direct = text[content_span.start] in _QUOTES or text[: content_span.start].rstrip()[-1:] in _OPENING
    return Attribution(
        cue=cue.span,
        cue_text=cue.text,
        source=source,
        content=content_span,
        direct=direct,
        in_caption=in_caption,
        continued=continued,
    )


def _colon_quotes(
    sentence: Sentence, made: list[Attribution], entities: Sequence[Entity], in_caption: bool, text: str
) -> list[Attribution]:
    """A colon that opens a quote no cue has claimed (`... the attack as terrorism: “...”`): the
    colon is the cue, the subject of the clause before it the source."""
    found = []
    for colon in sentence.tokens:
        if colon.text != ":":
            continue
        quote = _quote_starting_at(text, colon.span.end, len(text))
        if quote is None or any(_pieces(a)[0].start <= quote.start < _pieces(a)[-1].end for a in made):
            continue
        head = sentence.tokens[colon.head]
        subject = _subject(sentence, head) if head.pos in {"VERB", "AUX"} else None
        if subject is not None and subject.pos == "PRON" and subject.text.lower() not in _PRONOUN_GENDER:
            subject = None  # `it gets better:`
        source = _participant(sentence, subject, entities) if subject is not None else None
        found.append(Attribution(colon.span, ":", quote, source, direct=True, in_caption=in_caption))
    return found


def _headlines(text: str, entities: Sequence[Entity]) -> list[Attribution]:
    """A headline line `Graham: Trump’s Rhetoric Destroying GOP’s Chance`: a short name, a colon,
    and what they said."""
    found = []
    for line in _HEADLINE.finditer(text):
        if line.group("source").lower() in _NOT_SOURCES or len(line.group("source").split()) > 5:
            continue
        source = Span(line.start("source"), line.end("source"))
        content = Span(line.start("content"), line.end("content"))
        entity = next(
            (e.name for e in entities for m in e.mentions if m.span.start < source.end and source.start < m.span.end),
            None,
        )
        cue = Span(source.end, source.end + 1)
        found.append(Attribution(cue, ":", content, Participant(source.of(text), source, entity)))
    return found


def _inside_quote(text: str, position: int) -> bool:
    """Whether `position` is inside a quotation opened earlier in its paragraph."""
    before = text[text.rfind("\n", 0, position) + 1 : position]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _quoted_object(sentence: Sentence, cue: Token, children: list[Token]) -> Token | None:
    """An object that is a direct quote right after the cue (`said “F–K BIDEN”`, `shouting “Save our
    country”`): it is the content even when a clause before the cue looks like one."""
    for child in children:
        if child.dep in {"dobj", "xcomp", "attr", "oprd"} and child.i > cue.i:
            first = sentence.subtree(child)[0]
            if first.text in _OPENING and first.i <= cue.i + 2:
                return child
    return None


def cue_subject(sentence: Sentence, cue: Token, entities: Sequence[Entity]) -> Participant | None:
    """The source the parse gives a cue word: its subject, else the subject of the verb it hangs on."""
    subject = _subject(sentence, cue)
    if subject is None or subject.text.lower() in _SPEAKERS_IN_QUOTES:
        return None
    return _participant(sentence, subject, entities)


def _subject(sentence: Sentence, cue: Token) -> Token | None:
    """Who does the saying: the cue's subject, else the subject of the verb it hangs on."""
    subject = next((c for c in sentence.children(cue) if c.dep in {"nsubj", "nsubjpass"}), None)
    if subject is not None:
        # `was told`: the one told is not the one speaking.
        return None if subject.dep == "nsubjpass" and cue.lemma.lower() in {"tell", "ask"} else subject
    current = cue
    for _ in range(4):
        if current.dep not in _CLIMB_DEPS or current.head == current.i:
            return None
        head = sentence.tokens[current.head]
        if current.dep == "conj" and head.dep == "ccomp" and head.head != head.i:
            outer = sentence.tokens[head.head]
            if outer.lemma.lower() in CUE_VERBS:
                # `Bowser said the District is prepared and announced ...`: the speaker announced it.
                return next((c for c in sentence.children(outer) if c.dep == "nsubj"), None)
        subject = next((c for c in sentence.children(head) if c.dep == "nsubj"), None)
        if subject is None and head.lemma.lower() in {"hear", "see"}:  # `were heard shouting`
            subject = next((c for c in sentence.children(head) if c.dep == "nsubjpass"), None)
        if subject is not None:
            return subject
        current = head
    return None


def _without_other_reports(sentence: Sentence, content: Token, tokens: list[Token]) -> list[Token]:
    """Leave out a second report joined to the content (`said X and announced Y`)."""
    drop: set[int] = set()
    for child in sentence.children(content):
        if child.dep == "conj" and child.lemma.lower() in CUE_VERBS and child.pos == "VERB":
            drop.update(t.i for t in sentence.subtree(child))
            drop.update(c.i for c in sentence.children(content) if c.dep == "cc" and c.i < child.i)
    return [t for t in tokens if t.i not in drop]


def _after_cue(sentence: Sentence, cue: Token, subject: Token | None) -> int:
    """Where the words of the cue and its speaker end (`he said,` / `said Mr Trump,`)."""
    end = cue.span.end
    if subject is not None and subject.i > cue.i:
        end = max(end, sentence.subtree(subject)[-1].span.end)
    return end


def _noun_attribution(
    sentence: Sentence, noun: Token, entities: Sequence[Entity], in_caption: bool
) -> Attribution | None:
    children = list(sentence.children(noun))
    clause = next(
        (c for c in children if c.dep in {"acl", "ccomp"} and any(m.dep == "mark" for m in sentence.children(c))),
        None,
    )
    if clause is None:
        return None
    content_span = _content_span(sentence, sentence.subtree(clause))
    if content_span is None:
        return None
    cue = noun.span
    subject: Token | None = next((c for c in children if c.dep == "poss"), None)  # `his claims that`
    head = sentence.tokens[noun.head]
    if noun.dep == "dobj" and head.lemma.lower() in _NOUN_CUE_VERBS:
        cue = Span(head.span.start, noun.span.end)  # `repeating claims`
        subject = subject or _subject(sentence, head)
    source = _participant(sentence, subject, entities) if subject is not None else None
    return Attribution(
        cue=cue,
        cue_text=sentence.text_of(cue),
        source=source,
        content=content_span,
        direct=False,
        in_caption=in_caption,
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


def _quote_starting_at(text: str, position: int, limit: int) -> Span | None:
    """A quotation that opens at `position` (blanks and a comma skipped) and closes before `limit`,
    or runs unclosed to `limit` or the end of its paragraph, whichever comes first."""
    start = _LEAD.match(text, position, limit).end()  # type: ignore[union-attr]
    if start >= limit or text[start] not in _OPENING:
        return None
    paragraph_end = text.find("\n", start)
    stop = min(limit, len(text) if paragraph_end < 0 else paragraph_end)
    end = text.find("”" if text[start] == "“" else '"', start + 1, stop)
    if end >= 0:
        return Span(start, end + 1)
    end = len(text[:stop].rstrip())
    return Span(start, end) if end > start + 1 else None


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
    while run and ((run[-1].pos == "PUNCT" and run[-1].text not in _QUOTES) or run[-1].pos == "CCONJ"):
        run.pop()
    while run and run[0].pos == "PUNCT" and run[0].text not in _QUOTES:
        run.pop(0)
    if not run:
        return None
    opens = sum(t.text in "“‘" for t in run)
    closes = sum(t.text in "”’" for t in run)
    if closes > opens and run[-1].text in "”’":
        run.pop()
    if opens > closes:
        # A quote left open: take in its closing punctuation and mark (`... rubble.”`).
        following = [t for t in sentence.tokens if t.i > run[-1].i][:3]
        closing = next((k for k, t in enumerate(following) if t.text in "”’"), None)
        if closing is not None and all(t.pos == "PUNCT" for t in following[:closing]):
            run.extend(following[: closing + 1])
        elif run[0].text in "“‘":
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
    if isinstance(entities, MentionedEntities):
        holding = entities.mentions.holding(token.span.start)
        entity = min(holding)[1] if holding else None  # the first entity that holds it, as the scan gives
    else:
        entity = next(
            (e.name for e in entities for m in e.mentions if m.span.start <= token.span.start < m.span.end), None
        )
    return Participant(sentence.text_of(span), span, entity)


class MentionedEntities(tuple):  # type: ignore[type-arg]
    """An article's entities, with their mentions found by position: passed where the entities
    are, so that naming a source's entity does not go over every mention of the article."""

    mentions: SpanIndex[tuple[int, str]]  # each mention's entity: its place in the list, its name

    def __new__(cls, entities: Sequence[Entity]) -> MentionedEntities:
        made = super().__new__(cls, entities)
        made.mentions = SpanIndex([(m.span, (k, e.name)) for k, e in enumerate(entities) for m in e.mentions])
        return made


def _join_running_quotes(
    found: list[tuple[Sentence, Attribution]], sentences: list[Sentence], text: str
) -> list[Attribution]:
    """Give a sentence that is all quotation, with no cue of its own, to the quote it continues:
    the one just before it (`“...,” Mr Trump said. “...”`, a quote running over paragraphs), else
    the one that starts right after it with its cue."""
    attributions = [a for _, a in found]
    reach = [max(s.span.end, _pieces(a)[-1].end) for s, a in found]
    cue_sentences = {s.span for s, _ in found}
    for sentence in sorted(sentences, key=lambda s: s.span):
        piece = _all_quotation(sentence, text)
        if piece is None or sentence.span in cue_sentences:
            continue
        if any(p.start < piece.end and piece.start < p.end for a in attributions for p in _pieces(a)):
            continue
        before = [
            k
            for k, a in enumerate(attributions)
            if a.direct and reach[k] <= sentence.span.start and _runs_on(text, reach[k], sentence.span.start)
        ]
        after = [
            k
            for k, (s, a) in enumerate(found)
            if a.direct and s.span.start >= piece.end and _runs_on(text, piece.end, s.span.start)
        ]
        if before:
            k = before[-1]
            reach[k] = sentence.span.end
        elif after:
            k = after[0]
        else:
            continue
        a = attributions[k]
        attributions[k] = replace(a, continued=tuple(sorted((*a.continued, piece))))
    return attributions


def _pieces(a: Attribution) -> list[Span]:
    return sorted((a.content, *a.continued))


def _all_quotation(sentence: Sentence, text: str) -> Span | None:
    """The quote that opens this sentence, as one piece, when the sentence is nothing but
    quotation: closed within it, or left open to the end of its paragraph (a long quote)."""
    written = sentence.text.rstrip()
    if not written or written[0] not in _OPENING:
        return None
    start = sentence.span.start
    closing = "”" if written[0] == "“" else '"'
    paragraph_end = text.find("\n", start)
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    close = text.find(closing, start + 1, paragraph_end)
    if close < 0:
        return Span(start, start + len(text[start:paragraph_end].rstrip()))
    if close >= sentence.span.end or text[close + 1 : sentence.span.end].strip(' .,!?;:—–-”’"'):
        return None  # the quote ends and the sentence goes on: a title or a phrase, not a running quote
    return Span(start, start + len(written))


def _runs_on(text: str, end: int, start: int) -> bool:
    """Whether a quote ending at `end` can go on at `start`: only blanks between, and a new
    paragraph only when the last one left its quote open (the convention for long quotes)."""
    between = text[end:start]
    if between.strip():
        return False
    if "\n" not in between:
        return True
    paragraph = text[text.rfind("\n", 0, end) + 1 : end]
    return paragraph.count("“") > paragraph.count("”") or paragraph.count('"') % 2 == 1


def _resolve_pronoun(a: Attribution, entities: Sequence[Entity], outer: Attribution | None) -> Attribution:
    """`he said` -> the person named last before it who can be meant (by title: `Mr`, `Ms`),
    leaving out names inside the quote itself; inside what someone else is reported to say
    (`Pence ... said he wouldn’t ...`), that speaker."""
    source = a.source
    if source is None or source.entity is not None:
        return a
    if source.text.lower() not in _PRONOUN_GENDER:
        return _resolve_description(a, entities)
    gender = _PRONOUN_GENDER[source.text.lower()]
    speaker = outer.source.entity if outer is not None and outer.source is not None else None
    by_name = {e.name: e for e in entities}
    if speaker in by_name and by_name[speaker].kind == "person" and _gender(by_name[speaker]) in {None, gender}:
        return replace(a, source=replace(source, entity=speaker))
    inside = _pieces(a) if a.direct else []
    best: tuple[int, str] | None = None
    for entity in entities:
        if entity.kind != "person" or _gender(entity) not in {None, gender}:
            continue
        for mention in entity.mentions:
            if not source.span.start - _SEARCH_BACK <= mention.span.start < mention.span.end <= source.span.start:
                continue
            if any(p.start <= mention.span.start < p.end for p in inside):
                continue
            if best is None or mention.span.end > best[0]:
                best = (mention.span.end, entity.name)
    return a if best is None else replace(a, source=replace(source, entity=best[1]))


def _resolve_description(a: Attribution, entities: Sequence[Entity]) -> Attribution:
    """`the senator said` -> the person named last before it with that title (`Sen. Ted Cruz`);
    `the former secretary of state` needs every title word (`Secretary of State Hillary Clinton`)."""
    source = a.source
    assert source is not None
    described = _DESCRIPTION.fullmatch(source.text.lower())
    if described is None:
        return a
    wanted = {_TITLE_WORDS.get(w, w) for w in described.group(1).split() if w not in {"of", "the"}}
    if not wanted & _TITLE_NOUNS:
        return a
    best: tuple[int, str] | None = None
    for entity in entities:
        if entity.kind != "person":
            continue
        named = {w.lower() for w in entity.name.split()}
        for mention in entity.mentions:
            if mention.span.end > source.span.start or mention.span.start < source.span.start - _SEARCH_BACK:
                continue
            words = re.findall(r"[a-z]+", mention.text.lower())
            titles = {_TITLE_WORDS.get(w, w) for w in words if w not in named}
            if wanted <= titles and (best is None or mention.span.end > best[0]):
                best = (mention.span.end, entity.name)
    return a if best is None else replace(a, source=replace(source, entity=best[1]))


def _gender(entity: Entity) -> str | None:
    for mention in entity.mentions:
        title = mention.text.split(" ", 1)[0].lower().rstrip(".")
        if title in _TITLE_GENDER:
            return _TITLE_GENDER[title]
    return None
