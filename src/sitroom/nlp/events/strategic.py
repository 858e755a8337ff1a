"""Territory taken, regained or handed over, bases set up, weapons seized or defused, armed groups
changed: the verbs of `data/en/strategic_verbs.tsv`, each an event of a sitroom type with the
ACLED sub-event it is coded as (`nlp/plover.py` reads the same row, so trigger and code agree).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..lexicon import word_list, word_table
from ..parse import Sentence, Token


@dataclass(frozen=True)
class StrategicVerb:
    lemma: str
    particle: str  # "" when the verb takes none
    kind: str  # sitroom's event type
    acled: str  # `Event type / Sub-event type`
    objects: frozenset[str]  # lemmas its object (or passive subject) must be
    places: bool  # a proper name as the object is a place taken (`recaptured Mosul`)
    subject_group: bool  # the group itself may be the subject (`the militia disbanded`)


@cache
def _verbs() -> tuple[StrategicVerb, ...]:
    rows = []
    for lemma, particle, kind, acled, wanted in word_table("strategic_verbs"):
        words = {w.strip() for w in wanted.split(",")}
        rows.append(
            StrategicVerb(
                lemma,
                "" if particle == "-" else particle,
                kind,
                acled,
                frozenset(w for w in words if not w.startswith(("@", "="))),
                "@place" in words,
                "=group" in words,
            )
        )
    return tuple(rows)


def strategic_verb(sentence: Sentence, verb: Token) -> StrategicVerb | None:
    """The row of `strategic_verbs.tsv` the verb and its object match (the first, in file order)."""
    lemma = verb.lemma.lower()
    children = list(sentence.children(verb))
    particles = {c.lemma.lower() for c in children if c.dep == "prt"}
    for row in _verbs():
        if row.lemma != lemma or (row.particle and row.particle not in particles):
            continue
        roles = {"dobj", "nsubjpass"} | ({"nsubj"} if row.subject_group else set())
        objects = [c for c in children if c.dep in roles]
        if not objects and verb.dep == "conj" and verb.head != verb.i:
            # `rifles ... were found and confiscated`: the passive subject the joined verbs share
            objects = [c for c in sentence.children(sentence.tokens[verb.head]) if c.dep == "nsubjpass"]
        # `has seized a total of 14 AK-47 rifles`: what the amount is of
        objects += [
            g
            for o in objects
            if o.lemma.lower() in {"total", "number", "cache", "haul", "host", "array", "quantity", "stock"}
            for p in sentence.children(o)
            if p.dep == "prep" and p.lemma.lower() == "of"
            for g in sentence.children(p)
            if g.dep == "pobj"
        ]
        # (`14 AK 47 Rifles`: a plural the tagger took for a name keeps its plural lemma)
        matched = [
            o
            for o in objects
            if o.lemma.lower() in row.objects
            or o.lemma.lower().removesuffix("s") in row.objects
            or (row.places and o.pos == "PROPN")
        ]
        if matched and all(o.lemma.lower() == "control" for o in matched) and not _armed_doer(sentence, children):
            continue  # `took control of the company`: only forces take control of a place
        if matched and all(_someones_own(sentence, o) for o in matched) and not _armed_doer(sentence, children):
            continue  # `overpowered a guard and seized her weapon`: a gun grabbed from someone, part of an attack
        if matched:
            return row
    return None


def _someones_own(sentence: Sentence, thing: Token) -> bool:
    """A thing named as a person's (`her weapon`, `the guard's gun`), not a cache found or a town."""
    return thing.pos == "NOUN" and any(
        c.dep == "poss" and (c.tag == "PRP$" or c.lemma.lower() in _HOLDERS) for c in sentence.children(thing)
    )


# People a weapon is taken from (`the guard's gun`).
_HOLDERS = frozenset(["guard", "officer", "deputy", "policeman", "policewoman", "soldier", "trooper"])


def _armed_doer(sentence: Sentence, children: list[Token]) -> bool:
    """Whether the verb's subject (or `by` agent) names forces or an armed group."""
    doers = [c for c in children if c.dep in {"nsubj", "agent"}]
    forces = word_list("state_forces") | word_list("armed")  # who takes control of a place
    return any(t.lemma.lower() in forces for d in doers for t in sentence.subtree(d))
