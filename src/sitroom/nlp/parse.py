"""A parsed sentence as plain data, so the rules that read it do not depend on spaCy."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

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

    @cached_property
    def _dependents(self) -> dict[int, list[Token]]:
        dependents: dict[int, list[Token]] = {}
        for t in self.tokens:
            if t.head != t.i:
                dependents.setdefault(t.head, []).append(t)
        return dependents

    def children(self, token: Token) -> Iterator[Token]:
        return iter(self._dependents.get(token.i, ()))

    def subtree(self, token: Token) -> list[Token]:
        """The token and everything that hangs from it, in text order."""
        inside = {token.i}
        frontier = [token.i]
        while frontier:
            for child in self._dependents.get(frontier.pop(), ()):
                if child.i not in inside:
                    inside.add(child.i)
                    frontier.append(child.i)
        return [t for t in self.tokens if t.i in inside]

    def phrase(self, token: Token) -> Span:
        tokens = self.subtree(token)
        return Span(tokens[0].span.start, tokens[-1].span.end)
