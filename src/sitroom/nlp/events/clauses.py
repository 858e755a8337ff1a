"""What a parsed clause says that many rules ask: who does its verb, whether it has an object,
whether a noun is a bare number, and which paragraphs stand next to each other.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...model import Span
from ..dates.lexicon import MONTHS, PARTS_OF_DAY, WEEKDAYS
from ..parse import Sentence, Token
from .words import (
    _PEOPLE,
    _QUAKE_CENTRES,
    _QUANTITIES,
    _STRIKING_VERBS,
    _SWEEPING,
    _VAGUE_NUMBERS,
    CASUALTY,
    HAZARDS,
    WEAPONS,
)


def a_year(number: Token) -> bool:
    """A number written as a year (`2013` of `a 2013 Toyota Camry`): no count of anything."""
    return number.text.isdigit() and len(number.text) == 4 and 1900 <= int(number.text) <= 2099


def names_a_day(sentence: Sentence, noun: Token) -> bool:
    """`October 19`, `an October 19 game`, `Sunday`: a day of a month or of the week, in the noun or
    a name before it."""
    words = [noun] + [c for c in sentence.children(noun) if c.dep in {"nmod", "compound", "npadvmod"}]
    return any(
        w.lemma.lower() in WEEKDAYS
        or (w.lemma.lower() in MONTHS and any(d.dep == "nummod" and d.tag == "CD" for d in sentence.children(w)))
        for w in words
    )


def _same_kind(one: str | None, other: str | None) -> bool:
    return one == other or {one, other} <= {"assault", CASUALTY}


def _has_object(sentence: Sentence, verb: Token) -> bool:
    return any(c.dep == "dobj" for c in sentence.children(verb))


def _has_complement(sentence: Sentence, verb: Token) -> bool:
    """An object or a clause the verb takes (`vowed to find the bombers`, `said that`), what a
    passive is done to (`The change ... was made ... and drew heavy criticism`), or someone it is
    done with (`touring the capital and meeting with police leaders`)."""
    return any(
        c.dep in {"dobj", "xcomp", "ccomp", "nsubjpass"}
        or (c.dep == "prep" and c.lemma.lower() == "with" and _names_someone(sentence, c))
        for c in sentence.children(verb)
    )


def _names_someone(sentence: Sentence, preposition: Token) -> bool:
    return any(
        g.dep == "pobj" and (g.pos == "PROPN" or g.lemma.lower() in _PEOPLE) for g in sentence.children(preposition)
    )


def _adjacent(text: str, before: Span, after: Span) -> bool:
    """Same paragraph, or the next one with nothing (no caption, no other paragraph) between."""
    between = text[before.end : after.start]
    middle = between.split("\n")[1:-1]
    return len(between) < 400 and all(not line.strip() for line in middle)


def _is_toll(sentence: Sentence, noun: Token) -> bool:
    """A bare number of people (`200`, `hundreds`, `14 others`), not people known already (`the 49
    people`): what a participle after it counts."""
    children = list(sentence.children(noun))
    if any(
        c.dep in {"det", "poss"} and c.lemma.lower() in {"the", "these", "those"} | {"his", "her", "their"}
        for c in children
    ):
        return False
    others = noun.lemma.lower() == "other" and any(c.dep == "nummod" for c in children)  # `1,000 others`
    return noun.pos == "NUM" or noun.lemma.lower() in _VAGUE_NUMBERS or others


def _is_quantity(noun: Token) -> bool:
    return noun.lemma.lower() in _QUANTITIES or noun.pos == "NUM"


def _doer(sentence: Sentence, verb: Token, children: Sequence[Token]) -> Token | None:
    """The subject of an active verb, or the object of `by` in the passive; through a relative
    pronoun, the noun it stands for (`the quake, which struck`); for a verb joined to another, or
    completing one, with no subject of its own, that verb's (`killed one person ... and destroyed
    buildings`)."""
    agent = next((c for c in children if c.dep == "agent"), None)
    if agent is not None:
        return next((c for c in sentence.children(agent) if c.dep == "pobj"), None)
    subjects = [c for c in children if c.dep == "nsubj"]
    # A parse that gives two subjects (`A magnitude 4. 6 earthquake struck`): the harmful one.
    subject = next((c for c in subjects if _hazard_or_weapon(c)), subjects[0] if subjects else None)
    if subject is not None and not _hazard_or_weapon(subject):
        # `A magnitude 6.1 earthquake struck`, parsed as `magnitude` with the quake in apposition
        subject = next(
            (c for c in sentence.children(subject) if c.dep in {"appos", "compound"} and _hazard_or_weapon(c)), subject
        )
    if subject is not None and subject.tag in {"WDT", "WP"} and verb.dep == "relcl":
        return sentence.tokens[verb.head]
    named = thing_meant(sentence, subject) if subject is not None else None
    if named is not None:
        return named
    if subject is None and verb.dep in {"conj", "xcomp"} and verb.head != verb.i:
        # `tremors keep shaking Papua`: the subject of the verb it completes
        head = sentence.tokens[verb.head]
        # a finite active verb joined to a passive one shares its subject (`Apple Computer was
        # started in 1976, and launched the iTunes Music Store`), a participle does not (`was
        # arrested and charged`)
        shared = {"nsubj", "nsubjpass"} if verb.dep == "conj" and verb.tag in {"VBD", "VBZ", "VBP"} else {"nsubj"}
        return next((c for c in sentence.children(head) if c.dep in shared), None)
    return subject


def thing_meant(sentence: Sentence, token: Token) -> Token | None:
    """The hazard or weapon a number with no noun of its own stands for, named before it: `Of the
    bombs that landed inside the camp, one detonated`, `two landed inside the camp`."""
    if not _stands_alone(sentence, token) or sentence.tokens[token.head].lemma.lower() not in _STRIKING_VERBS:
        return None  # `After the bombs fell, two died`: people
    return next((t for t in reversed(sentence.tokens[: token.i]) if _hazard_or_weapon(t)), None)


def _stands_alone(sentence: Sentence, token: Token) -> bool:
    """A number or `one`, `other` standing for a noun it does not name (`two landed`, `the other
    landed`)."""
    if token.pos == "NUM" or token.lemma.lower() in {"one", "other", "another"}:
        return not any(c.pos in {"NOUN", "PROPN"} for c in sentence.children(token))
    return False


def _hazard_or_weapon(token: Token) -> bool:
    return token.lemma.lower() in HAZARDS | WEAPONS | _QUAKE_CENTRES  # `The epicenter ... occurred`: the quake


def _names(sentence: Sentence, preposition: Token, lemmas: frozenset[str] | set[str]) -> bool:
    """Whether the object of a preposition is one of these words."""
    return any(g.dep == "pobj" and g.lemma.lower() in lemmas for g in sentence.children(preposition))


def _governing_verb(sentence: Sentence, token: Token) -> Token | None:
    if misparsed_subject_of_sweeping(sentence, token):
        return next(t for t in sentence.tokens[token.i + 1 :] if t.pos == "VERB")
    current = token
    for _ in range(6):
        if current.head == current.i:
            return current if current.pos in {"VERB", "AUX"} else None
        current = sentence.tokens[current.head]
        if current.pos == "VERB" or _copula_of_a_clause(sentence, current):
            return current
    return None


def misparsed_subject_of_sweeping(sentence: Sentence, token: Token) -> bool:
    """`Protesters also tried to storm the Greek Parliament and the rioting spread to Greece's second
    city`: the noun right before a verb of unrest spreading that has no subject of its own, which the
    parser joined to the object before it."""
    if token.pos not in {"NOUN", "PROPN"} or token.dep in {"nsubj", "nsubjpass"}:
        return False
    after = [t for t in sentence.tokens[token.i + 1 : token.i + 3] if t.pos != "AUX"][:1]
    return bool(
        after
        and after[0].pos == "VERB"
        and after[0].lemma.lower() in _SWEEPING
        and not any(c.dep in {"nsubj", "nsubjpass"} for c in sentence.children(after[0]))
    )


def _copula_of_a_clause(sentence: Sentence, token: Token) -> bool:
    """A `be` that heads a clause of its own with its subject: `Jeffs, who is in jail` (the jail is
    his, not the clause the relative hangs on), `a petition has been circulating, and it will be the
    subject on Monday night's episode` (Monday is the episode's)."""
    return (
        token.pos == "AUX"
        and token.dep in {"relcl", "ccomp", "advcl", "conj"}
        and any(c.dep in {"nsubj", "expl"} for c in sentence.children(token))
    )


# What tells of a harm or an incident through an existential `be` (`There were reports of ...`).
REPORT_WORDS = frozenset(["report", "sign", "word", "indication"])


def reports_of(sentence: Sentence, token: Token) -> Token | None:
    """`There were (no) reports of damage or injuries`: the reports through which the existential
    `be` tells the harm (what negates them negates it), or None."""
    while token.dep == "conj" and token.head != token.i:
        token = sentence.tokens[token.head]
    of = sentence.tokens[token.head]
    if token.dep != "pobj" or of.lemma.lower() != "of" or of.head == of.i:
        return None
    reports = sentence.tokens[of.head]
    if reports.dep == "npadvmod" and reports.head != reports.i:
        # `There are also reports this week of bombing`, the `of` phrase hung on `week`
        being = sentence.tokens[reports.head]
        reports = next((c for c in sentence.children(being) if c.dep == "attr"), reports)
    there = sentence.tokens[reports.head]
    told = (
        reports.lemma.lower() in REPORT_WORDS
        # and `..., but no indications of serious damage`, joined to the existential `be`
        and reports.dep in {"attr", "conj"}
        and any(c.dep == "expl" for c in sentence.children(there))
    )
    # `No reports of injuries have yet to be indicated`: the reports are what the clause is about
    told = told or (reports.lemma.lower() == "report" and reports.dep in {"nsubj", "nsubjpass"})
    return reports if told else None


def described_noun(sentence: Sentence, verb: Token) -> Token | None:
    """The noun a relative clause describes, through verbs joined to it (`the blasts ... which
    killed scores and injured 1,000`), or None when the verb is in no relative clause."""
    while verb.dep == "conj" and verb.head != verb.i:
        verb = sentence.tokens[verb.head]
    return sentence.tokens[verb.head] if verb.dep == "relcl" and verb.head != verb.i else None


def target_of(sentence: Sentence, token: Token) -> bool:
    """An attack whose target a clause names: `A refugee camp was the target of an air strike` (not
    `would no longer become the powerless victim of a foreign invasion`, `do not become victims of
    armed attack`: what people may suffer)."""
    if token.dep != "pobj" or sentence.tokens[token.head].lemma.lower() != "of":
        return False
    named = sentence.tokens[sentence.tokens[token.head].head]
    being = sentence.tokens[named.head]
    return named.lemma.lower() == "target" and named.dep == "attr" and being.lemma.lower() == "be"


def noun_agent(sentence: Sentence, noun: Token) -> Token | None:
    """Who does what a noun names, in its own `by` phrase: `an investigation by the European
    Commission`, `an attack by militants` (not `by Friday`, `by 5 percent`)."""
    # and what someone sends (`A statement from Apple Computer stated`)
    senders = {"by", "from"} if noun.lemma.lower() in _SENT else {"by"}
    by = next((c for c in sentence.children(noun) if c.dep == "prep" and c.lemma.lower() in senders), None)
    if by is None and noun.lemma.lower() in _SENT:
        # `In a statement released by the team`: who issued it, in its participle's `by` phrase
        by = next(
            (
                g
                for c in sentence.children(noun)
                if c.dep == "acl" and c.tag == "VBN"
                for g in sentence.children(c)
                if g.dep == "agent"
            ),
            None,
        )
    agent = next((c for c in sentence.children(by) if c.dep == "pobj"), None) if by is not None else None
    if agent is None or agent.pos not in {"NOUN", "PROPN"} or agent.lemma.lower() in _NOT_AGENTS:
        return None
    return agent


_DAYS_OF = frozenset(["day", "night", "week", "month"])


def feeling_holder(sentence: Sentence, felt: Token) -> Token:
    """The verb a feeling is told with (`I am shocked and dismayed`: `am`), up a list of feelings;
    the feeling itself when it is the clause's verb (`Residents were angered by the decision`)."""
    while felt.dep == "conj" and felt.head != felt.i:
        felt = sentence.tokens[felt.head]
    return felt if felt.head == felt.i else sentence.tokens[felt.head]


def took_place(sentence: Sentence, verb: Token) -> bool:
    """`took place`, `occurred`, `happened`: a verb whose subject is the event."""
    lemma = verb.lemma.lower()
    if lemma == "take":
        return any(c.dep == "dobj" and c.lemma.lower() == "place" for c in sentence.children(verb))
    return lemma in {"occur", "happen"}


def day_of(sentence: Sentence, token: Token) -> Token | None:
    """`It's the second day of an offensive`, `Today is the fifth day of the strike`: the noun going on,
    told by the ordinal day it has reached (not `on the third day of protests`, a time named): the
    day noun, which holds the `by` phrase of who does it, else None."""
    of = sentence.tokens[token.head]
    if token.dep != "pobj" or of.lemma.lower() != "of" or of.head == of.i:
        return None
    day = sentence.tokens[of.head]
    if day.lemma.lower() not in _DAYS_OF or day.dep not in {"attr", "nsubj"} or day.head == day.i:
        return None
    counted = any(c.dep in {"amod", "nummod"} and c.tag in {"JJ", "CD"} for c in sentence.children(day))
    return day if counted and sentence.tokens[day.head].lemma.lower() == "be" else None


# Words that name a time (`on Monday`, `in March`, `yesterday morning`).
TIME_WORDS = frozenset({*MONTHS, *WEEKDAYS, *PARTS_OF_DAY})

# A `by` phrase that tells when or how much, not who (`by Friday`, `by noon`, `by 5 percent`).
_NOT_AGENTS = TIME_WORDS | {"percent", "end", "time", "noon", "midnight", "tomorrow", "today", "way"}


def to_infinitive(sentence: Sentence, verb: Token) -> bool:
    """Whether a verb is a `to` infinitive (`to protest the cuts`, `to file charges`)."""
    return any(c.dep == "aux" and c.text.lower() == "to" for c in sentence.children(verb))


def parenthetical_participle(sentence: Sentence, verb: Token) -> bool:
    """A participle set off by commas after its noun, misread as the clause's verb with the real
    verb joined to it: `details of the acquisition, announced Nov. 12, were not disclosed` (the
    announcement is told, set off by commas; the details did not announce it)."""
    if verb.tag not in {"VBD", "VBN"} or verb.i == 0 or sentence.tokens[verb.i - 1].text != ",":
        return False
    children = list(sentence.children(verb))
    if not any(c.dep == "nsubj" and c.i < verb.i for c in children):
        return False
    return any(
        c.dep == "conj"
        and any(g.dep in {"aux", "auxpass"} for g in sentence.children(c))
        and not any(g.dep in {"nsubj", "nsubjpass", "expl"} for g in sentence.children(c))
        and any(t.text == "," for t in sentence.tokens[verb.i + 1 : c.i])
        for c in children
    )


# What someone issues or sends, whose `from` phrase names who (`a statement from Apple Computer`).
_SENT = frozenset({"statement", "letter", "message", "announcement", "release", "communique"})


# Nouns of a step taken, whose `of` gerund is the deed itself (`took the rare step of issuing the patch`).
_STEPS = frozenset(["step", "move", "decision", "measure", "action"])


def step_taken(sentence: Sentence, gerund: Token) -> Token | None:
    """The verb that takes the step a gerund names (`took` in `took the rare step of issuing the
    patch`): the deed is done by its subject, at its time."""
    of = sentence.tokens[gerund.head]
    if gerund.dep != "pcomp" or of.lemma.lower() != "of" or of.head == of.i:
        return None
    step = sentence.tokens[of.head]
    if step.lemma.lower() not in _STEPS or step.dep != "dobj" or step.head == step.i:
        return None
    verb = sentence.tokens[step.head]
    return verb if verb.lemma.lower() in {"take", "make"} else None


def named_gerund(sentence: Sentence, token: Token) -> bool:
    """A gerund the parse reads as a verb that stands as a noun, a word naming its kind or a
    determiner before it, in a phrase (`in a drive-by shooting`, `in a court room shooting`)."""
    return (
        token.tag == "VBG"
        and token.dep == "pobj"
        and any(c.dep in {"compound", "det"} for c in sentence.children(token))
    )
