"""A parsed sentence as plain data, so the rules that read it do not depend on spaCy."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..model import Span


@dataclass(frozen=True)
class Token:
    i: int  # index in the sentence
    text: str
    lemma: str
    pos: str  # universal part of speech
    tag: str  # fine-grained (Penn) tag
    dep: str
    head: int  # index in the sentence; the root points at itself
    span: Span  # in article offsets


@dataclass(frozen=True)
class Sentence:
    span: Span
    tokens: tuple[Token, ...]
    text: str  # the sentence as written: span.of(article text)

    def text_of(self, span: Span) -> str:
        """The words of a span inside this sentence, exactly as written."""
        return self.text[span.start - self.span.start : span.end - self.span.start]

    def children(self, token: Token) -> Iterator[Token]:
        return (t for t in self.tokens if t.head == token.i and t.i != token.i)

    def subtree(self, token: Token) -> list[Token]:
        """The token and everything that hangs from it, in text order."""
        inside = {token.i}
        changed = True
        while changed:
            changed = False
            for t in self.tokens:
                if t.i not in inside and t.head in inside and t.i != t.head:
                    inside.add(t.i)
                    changed = True
        return [t for t in self.tokens if t.i in inside]

    def phrase(self, token: Token) -> Span:
        tokens = self.subtree(token)
        return Span(tokens[0].span.start, tokens[-1].span.end)
