"""What a clause says of its event besides the event: questions, commands, wishes, conditions
and background that make it none, its polarity, modality and date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ...model import DateMention, Event, Span
from ..dates.lexicon import WEEKDAY_RE, WEEKDAYS
from ..parse import Sentence, Token
from .clauses import (
    _adjacent,
    _governing_verb,
    _is_quantity,
    _is_toll,
    described_noun,
    named_gerund,
    names_a_day,
    reports_of,
    step_taken,
    to_infinitive,
    took_place,
)
from .roles import _running_total
from .words import (
    _AIM_HEADS,
    _ASPECT_VERBS,
    _ATTEMPT_HEADS,
    _CONDITIONS,
    _GENERIC_WHEN,
    _HAPPENING_VERBS,
    _HARD_HEADS,
    _MODALS,
    _MOTIVE_HEADS,
    _NEGATORS,
    _PEOPLE,
    _PLANNED_HEADS,
    _POSSIBILITY_HEADS,
    _POSSIBLE,
    _SAYING,
    _UNCONFIRMED,
    _WISH_HEADS,
    CASUALTY,
    HAZARDS,
    NOUN_TRIGGERS,
    SOON,
    SUPPORT_VERBS,
    UNHARMED,
    VERB_TRIGGERS,
)


def _within_since(sentence: Sentence, token: Token, trigger: Token) -> bool:
    """Whether the date's token is inside a noun phrase after `since` (`since the shooting ...
    Saturday night`: that event's date) that does not hold the trigger itself; a date that is the
    phrase (`held since Monday`) is when what lasts began, the clause's date."""
    if sentence.tokens[token.head].lemma.lower() == "since":
        return False
    current = token
    for _ in range(5):
        if current.head == current.i:
            return False
        current = sentence.tokens[current.head]
        if current.lemma.lower() == "since" and current.dep == "prep":
            return trigger.i not in {t.i for t in sentence.subtree(current)}
    return False


def _carry_dates(events: list[Event], text: str) -> list[Event]:
    """A follow-on sentence without a date (`At least one person was arrested ...` after `ten people
    were arrested overnight`) happened when the event just before it did; the date keeps pointing at
    the words it came from."""
    carried: list[Event] = []
    last: Event | None = None
    for event in events:
        if event.in_caption:
            carried.append(event)
            continue
        if (
            event.date is None
            and last is not None
            and last.date is not None
            # a day or a part of one, not a clock time: `at 10 p.m. Wednesday` is the kidnapping's
            # hour, not the ransom demand's told next
            and last.date.granularity in {"day", "part_of_day"}
            and event.modality != "planned"
            and _adjacent(text, last.evidence, event.evidence)
            # `Timmons, who was arrested 12 days after the shooting`: a time counted from an
            # incident, which is not the day just told
            and _SPAN_FROM_AN_INCIDENT.search(event.evidence.of(text)) is None
        ):
            event = replace(event, date=last.date)
        carried.append(event)
        last = event
    return carried


# A time told as a span before or after an incident (`12 days after the shooting`, `weeks before his arrest`).
_SPAN_FROM_AN_INCIDENT = re.compile(
    r"\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|some)\s+"
    r"(?:days?|weeks?|months?|years?|hours?)\s+(?:after|before)\s+(?:the|his|her|their|its)\b",
    re.IGNORECASE,
)


# `Injured: 4,877`: a row of a table of figures, a label and a number, no clause telling anything
_TABLE_ROW = re.compile(r"[A-Za-z][\w .'-]*:\s*[\d,.]+")


def _is_table_row(sentence: Sentence) -> bool:
    return _TABLE_ROW.fullmatch(sentence.text.strip()) is not None


def _asked_from(sentence: Sentence) -> int:
    """Where the question a sentence ends with begins: its start, or the quote that closes it
    (`memorably lightening the somber mood by asking, "What would bug the Taliban ...?"`: the
    praise told before the quoted question is told, not asked)."""
    words = [t for t in sentence.tokens if t.pos != "PUNCT" or t.text == "?"]
    if not words or words[-1].text != "?":
        return len(sentence.tokens)  # (`"Why?" she asked, and police arrested him`: it ends telling)
    mark = words[-1].i
    # (double quotes only: `'well, there he is'` inside a quoted question is a quote within it)
    quotes = [t.i for t in sentence.tokens[:mark] if t.text in _DOUBLE_QUOTES]
    if len(quotes) % 2 == 0 or not quotes:
        return 0  # no quote open at the question mark: the sentence asks
    opening = quotes[-1]
    told = [t for t in sentence.tokens[:opening] if t.pos in {"VERB", "AUX"}]
    return opening if told else 0


_OPENING_QUOTES = frozenset(["‘", "“", '"', "'"])
_DOUBLE_QUOTES = frozenset(["“", "”", '"', "''", "``"])
_CLOSING_QUOTES = frozenset(["’", "”", '"', "'"])
# Small words a title keeps in lower case (`The Lord of the Rings`).
_TITLE_SMALL_WORDS = frozenset(["of", "the", "a", "an", "and", "or", "in", "on", "to", "for", "at", "by", "with"])


def _is_title_quoted(sentence: Sentence, token: Token) -> bool:
    """A word inside a short quoted name in title case (`the sequel ‘ Catching Fire ’`, `“ Fire and
    Fury ”`): the name of a film, book or song, which tells no event."""
    tokens = sentence.tokens
    start = next((i for i in range(token.i - 1, max(token.i - 7, -1), -1) if tokens[i].text in _OPENING_QUOTES), None)
    if start is None:
        return False
    after = range(token.i + 1, min(token.i + 7, len(tokens)))
    end = next((i for i in after if tokens[i].text in _CLOSING_QUOTES), None)
    if end is None:
        return False
    words = [t for t in tokens[start + 1 : end] if t.text[:1].isalpha()]
    if len(words) < 2 or any(t.text in _OPENING_QUOTES | _CLOSING_QUOTES for t in tokens[start + 1 : end]):
        return False
    return words[0].text[0].isupper() and all(t.text[0].isupper() or t.text in _TITLE_SMALL_WORDS for t in words)


def _is_command(sentence: Sentence, verb: Token) -> bool:
    """`Don't shoot him`: an imperative, a base-form verb with no subject of its own."""
    if verb.pos != "VERB" or verb.tag != "VB" or verb.dep not in {"ROOT", "ccomp", "parataxis"}:
        return False
    return not any(
        c.dep in {"nsubj", "nsubjpass", "aux"} and c.lemma.lower() not in {"do"} for c in sentence.children(verb)
    )


_IMAGINING = frozenset(["imagine", "suppose", "picture", "pretend"])


def _is_imagined(sentence: Sentence, token: Token) -> bool:
    """`Imagine a situation where someone says we're going to plan a massive air bombardment`: under
    a bidding to imagine, nothing is reported; nor inside a clause of `whether`, which asks."""
    if _in_a_supposed_noun(sentence, token):
        return True
    current = token
    for _ in range(12):
        if current.lemma.lower() in _IMAGINING and _is_command(sentence, current):
            return True
        if any(c.dep == "mark" and c.lemma.lower() == "whether" for c in sentence.children(current)):
            return True  # `Whether ... the studio is biding time until it can make an announcement`: asked, not told
        if _question_left_open(sentence, current):
            return True  # `they would not say what led to the shootings`: a question not answered
        if current.head == current.i:
            return False
        thinking = sentence.tokens[current.head]
        if current.dep == "ccomp" and thinking.tag == "VBG" and thinking.lemma.lower() in _SUPPOSING:
            # `released details of the loophole believing Microsoft had already issued a fix`: why
            # someone acted, in their mind, not told as news
            return True
        if current.dep == "ccomp" and thinking.tag == "VBD" and thinking.lemma.lower() in _SUPPOSING:
            thinker = next((c for c in sentence.children(thinking) if c.dep == "nsubj"), None)
            if thinker is not None and thinker.text.lower() in {"i", "we"}:
                return True  # `I wasn't surprised because I thought she died several years ago`: a belief once held
        current = sentence.tokens[current.head]
    return False


_SUPPOSING = frozenset(["believe", "think", "assume", "suppose", "presume", "expect", "fear"])


def _question_left_open(sentence: Sentence, clause: Token) -> bool:
    """A clause asking what, who or why under a verb that is negated (`would not say what led to
    the shootings`, `did not know who fired`): asked, and nothing told by it."""
    asked = any(c.dep in {"nsubj", "nsubjpass", "dobj"} and c.tag in {"WP", "WDT"} for c in sentence.children(clause))
    top = clause
    while top.dep == "conj" and top.head != top.i:  # `what his relationship was ... or what led to`
        top = sentence.tokens[top.head]
    if not asked or top.dep not in {"ccomp", "dobj"} or top.head == top.i:
        return False
    return any(c.dep == "neg" for c in sentence.children(sentence.tokens[top.head]))


def _in_a_supposed_noun(sentence: Sentence, token: Token) -> bool:
    """A relative clause of what something only could be (`it could be simply a ship in the area which
    has cut the cable`): a guess at a cause, nothing reported."""
    if token.dep != "relcl":
        return False
    current = sentence.tokens[token.head]
    for _ in range(4):
        holder = sentence.tokens[current.head]
        if current.dep == "attr" and holder.lemma.lower() == "be":
            # `it could be`, `the cause may be`: not `The suspect may be the man who shot the officer`
            guess = any(
                c.dep == "nsubj" and c.lemma.lower() in {"it", "this", "that", "cause", "culprit"}
                for c in sentence.children(holder)
            )
            return guess and _has_modal(sentence, holder)
        if current.head == current.i or current.dep not in {"pobj", "prep", "attr", "appos"}:
            return False
        current = holder
    return False


def _is_wished(sentence: Sentence, verb: Token, kind: str) -> bool:
    """Whether the act is only wanted, tried, possible or failed, not done: `want to attack`,
    `attempts to kill`, `no alternative than to arrest them`, `have not been able to arrest`; the
    second of two joined verbs as the first (`prayed for him to have a heart attack and die`)."""
    if verb.pos == "VERB" and verb.dep == "conj" and verb.head != verb.i and sentence.tokens[verb.head].pos == "VERB":
        verb = sentence.tokens[verb.head]
    if verb.dep == "pcomp" and sentence.tokens[verb.head].lemma.lower() == "about":
        return True  # `talk about killing Rabin`: what is talked of, not done
    head = sentence.tokens[verb.head]
    feared = head.lemma.lower() in _FEARING | {"concern"}  # and `concerns that the earthquake would cause tsunamis`
    if verb.dep in {"ccomp", "acl"} and feared and _has_modal(sentence, verb):
        return True  # `fearing the forces may also move their operations`: feared, not done
    if verb.dep == "pcomp" and head.lemma.lower() == "of" and head.head != head.i:
        return sentence.tokens[head.head].lemma.lower() in _AIM_HEADS  # `in the hope of questioning him`
    if verb.dep == "pcomp" and head.lemma.lower() == "in" and head.head != head.i:
        # `making headway in resolving the standoff`: on the way to it, not done
        holder = sentence.tokens[head.head]
        made = [holder, *(c for c in sentence.children(holder) if c.dep == "dobj")]
        return any(t.lemma.lower() in {"headway", "progress"} for t in made)
    if verb.dep == "pcomp" and head.lemma.lower() == "to" and head.head != head.i:
        holder = sentence.tokens[head.head]  # `looked forward to visiting Kenya`, as `forward` or `look`
        return holder.lemma.lower() == "forward" or any(c.lemma.lower() == "forward" for c in sentence.children(holder))
    if head.lemma.lower() == "avoid" and verb.dep in {"xcomp", "dobj", "ccomp"}:
        return True  # `to avoid killing innocent civilians`: what is kept from happening
    if head.lemma.lower() in {"ensure", "insure"} and verb.dep == "ccomp" and to_infinitive(sentence, head):
        return True  # `to ensure that this fire didn't spread further`: what the work aims at
    infinitive = any(c.dep == "aux" and c.text.lower() == "to" for c in sentence.children(verb))
    if verb.pos == "VERB" and verb.dep in {"acl", "advcl"} and verb.head != verb.i and head.pos == "NOUN":
        # `attempts to kill President Fidel Castro`, `a plot to bomb`: tried or planned, not done;
        # `cuts in order to get bailout loans`: aimed at
        in_order = (
            head.lemma.lower() == "order" and head.dep == "pobj" and sentence.tokens[head.head].lemma.lower() == "in"
        )
        # `Microsoft's decision to issue the patch ... is wise`, `supported in her decision to enter
        # rehab`: a decision talked of; one made or taken (`made the decision to ban`) is news
        talked_of = head.lemma.lower() == "decision" and head.dep in {"nsubj", "nsubjpass", "pobj"}
        return infinitive and (
            head.lemma.lower() in _ATTEMPT_HEADS | _POSSIBILITY_HEADS | _MOTIVE_HEADS or in_order or talked_of
        )
    if (
        verb.dep == "relcl"
        and infinitive
        and any(c.dep == "nsubj" and c.lemma.lower() in _ATTEMPT_HEADS for c in sentence.children(verb))
    ):
        return True  # `the scheme to break into the Democratic headquarters`, the scheme read as its subject
    if verb.pos == "VERB" and verb.dep == "xcomp" and infinitive and verb.head != verb.i:
        if head.lemma.lower() in {"unable", "fail"} | _HARD_HEADS:
            return True  # `failed to arrest`, `were unable to arrest`, `too hard to evacuate`
        if head.lemma.lower() in {"authorize", "authorise", "authorized", "authorised"}:
            return True  # `who was not authorized to speak to the media`: a leave to act, no act
        if any(c.dep == "acomp" and c.lemma.lower() in _HARD_HEADS for c in sentence.children(head)):
            return True  # `it is difficult to evacuate them`
        if head.lemma.lower() == "able":  # `have not been able to arrest`: failed; `was able to`: done
            holder = sentence.tokens[head.head]
            return any(c.dep == "neg" for c in (*sentence.children(head), *sentence.children(holder)))
    if verb.pos != "VERB" or verb.dep not in {"xcomp", "ccomp", "advcl"} or verb.head == verb.i:
        return False
    if kind == "lockdown":
        return False  # `urged people to stay home`: the call to shelter is the measure
    if verb.dep == "xcomp" and sentence.tokens[verb.head].lemma.lower() in _ASPECT_VERBS:
        verb = sentence.tokens[verb.head]  # `exhorted citizens to keep rallying`: the wish is the keeping's
    infinitive = any(c.dep == "aux" and c.text.lower() == "to" for c in sentence.children(verb))
    wisher = sentence.tokens[verb.head]
    if wisher.lemma.lower() == "call" and any(c.dep == "auxpass" for c in sentence.children(wisher)):
        return False  # `the fire marshal had been called to investigate`: summoned to do it, not urged
    if wisher.lemma.lower() == "want" and verb.lemma.lower() in _SAID_BY_WANTING:
        return False  # `they wanted to thank residents`: thanks said in saying so
    if wisher.lemma.lower() == "intend" and wisher.tag in {"VBD", "VBN"} and infinitive:
        # `because he intended to kill someone`: a past intent told as a motive, not an act (but
        # `intends to invade the south soon` is a plan)
        return True
    if wisher.lemma.lower() in {"try", "attempt"} and wisher.tag in {"VBD", "VBN"} and kind == "breach" and infinitive:
        # `Protesters also tried to storm the Greek Parliament`: a way in only tried (a caption's
        # `Trump supporters try to break through a police barrier` shows the breach under way)
        return True
    if wisher.lemma.lower() in {"promise", "pledge"} and kind in {"support", "aid", "cooperate"}:
        return False  # `pledged to stand united with the president`: backing given in pledging it
    # `They want police banned from carrying guns`: the participle with its own subject is the wish
    wanted_done = verb.tag == "VBN" and not any(c.dep in {"aux", "auxpass"} for c in sentence.children(verb))
    return (infinitive or wanted_done) and wisher.lemma.lower() in _WISH_HEADS


# Acts done by saying one wants to do them (`wanted to thank`, `want to apologize`).
_SAID_BY_WANTING = frozenset(["thank", "apologize", "apologise", "congratulate", "praise", "commend"])
# Verbs of fearing: what they fear may happen has not.
_FEARING = frozenset(["fear", "worry", "dread"])


def _has_modal(sentence: Sentence, verb: Token) -> bool:
    return any(c.dep == "aux" and c.lemma.lower() in _MODALS for c in sentence.children(verb))


def _is_habitual(sentence: Sentence, verb: Token) -> bool:
    """What happens from time to time, told in the present (`the plates occasionally shift, causing
    earthquakes`, `pumping periodically induces small temblors`): no incident that happened."""
    clause = verb
    for _ in range(3):
        # on the verb or on its auxiliary (`are constantly getting shot at`)
        helpers = [clause] + [c for c in sentence.children(clause) if c.dep in {"aux", "auxpass"}]
        if any(
            c.dep == "advmod" and c.lemma.lower() in _FROM_TIME_TO_TIME for h in helpers for c in sentence.children(h)
        ):
            break
        if clause.dep not in {"advcl", "conj", "xcomp"} or clause.head == clause.i:
            return False
        clause = sentence.tokens[clause.head]
    else:
        return False
    tensed = clause
    while tensed.tag == "VB" and tensed.dep == "conj" and tensed.head != tensed.i:
        tensed = sentence.tokens[tensed.head]  # `meet and occasionally shift`: the tense of the first verb
    helpers = [c for c in sentence.children(tensed) if c.dep in {"aux", "auxpass"}]
    helpers += [a for h in helpers for a in sentence.children(h) if a.dep == "aux"]
    if not helpers:
        return tensed.tag in {"VBP", "VBZ"}
    # `These guys are constantly getting shot at`: a present `be`, no perfect, past or modal
    present = any(h.tag in {"VBP", "VBZ"} for h in helpers)
    return present and not any(h.tag in {"VBD", "MD"} or h.lemma.lower() == "have" for h in helpers)


def is_generic(sentence: Sentence, verb: Token) -> bool:
    """What anyone of a kind may do (`A personal injury attorney might review a hit-and-run
    accident case`): an indefinite subject and a modal of possibility, no incident told."""
    helpers = [c for c in sentence.children(verb) if c.dep == "aux"]
    possible = any(h.lemma.lower() in {"may", "might", "can", "could"} for h in helpers)
    if not possible or any(h.lemma.lower() == "have" for h in helpers):
        return False  # `A gunman may have opened fire`: an incident hedged
    subject = next((c for c in sentence.children(verb) if c.dep == "nsubj"), None)
    return (
        subject is not None
        and subject.tag == "NN"
        and subject.lemma.lower() in _PEOPLE | _PROFESSIONS  # (not `A slab of hillside could break loose`)
        and any(d.dep == "det" and d.lemma.lower() in {"a", "an", "any"} for d in sentence.children(subject))
    )


# People by what they do for others, who may do what the kind does.
_PROFESSIONS = frozenset(["attorney", "lawyer", "judge", "doctor", "employer", "insurer", "agent", "broker"])


_FROM_TIME_TO_TIME = frozenset(
    [
        "occasionally",
        "sometimes",
        "often",
        "usually",
        "regularly",
        "frequently",
        "periodically",
        "normally",
        "constantly",
        "routinely",
        "always",
        "continually",
        "typically",
        "generally",
    ]
)


def _ranked_by_it(sentence: Sentence, verb: Token) -> bool:
    """An infinitive that ranks the noun it hangs on (`the second player to be arrested`, `the first
    woman to be elected`): the noun counted among those it happened to, no incident told."""
    if verb.dep not in {"relcl", "acl"} or verb.head == verb.i or not to_infinitive(sentence, verb):
        return False
    noun = sentence.tokens[verb.head]
    before = [t for t in sentence.subtree(noun) if t.i < noun.i]
    return any(t.lemma.lower() in _RANKS for t in before)


_RANKS = frozenset(["first", "second", "third", "fourth", "fifth", "last", "latest", "only", "next"])


def _is_background(sentence: Sentence, verb: Token) -> bool:
    """A reduced relative (`two Americans killed in the 2012 attacks`, `a man fatally shot by police`)
    names people by what once happened to them; the incident is background, not reported here. Set
    off by commas (`Guard members, called to service by the governor, are ...`) it reports."""
    if _running_total(sentence, verb) is not None:
        return False  # `the number of people arrested has gone up to 1,587`: the news of the sentence
    if verb.tag == "VBN" and _as_told(sentence, verb):
        return True  # `As promised, the company released the figures`: what was told before, named
    if _ranked_by_it(sentence, verb):
        return True  # `He is the second Chargers' player within the last month to be arrested`: a tally
    if verb.pos == "VERB" and verb.dep in {"xcomp", "advcl"} and verb.head != verb.i:
        due = sentence.tokens[verb.head]
        if due.lemma.lower() == "due" and due.dep in {"amod", "acl", "appos"}:
            return True  # `Windows 8, due to be released Oct. 26, is not affected`: what is to come, naming it
        if verb.dep == "advcl" and _a_fact_named(sentence, sentence.tokens[verb.head]):
            return False  # `the fact that this surge happened while Page was institutionalized`: told here
        return _is_background(sentence, sentence.tokens[verb.head])  # `the gun used to kill him`
    if (
        verb.tag == "VBN"
        and verb.lemma.lower() in {"accuse", "suspect", "charge"}
        and any(c.dep == "nsubj" for c in sentence.children(verb))
        and not any(c.dep in {"aux", "auxpass"} for c in sentence.children(verb))
    ):
        return True  # `says the woman accused of killing two co-workers is a good person`, read as her accusing
    of = sentence.tokens[verb.head]
    if _a_fact_named(sentence, verb):
        return True  # `The fact that Microsoft is rushing out a patch ... indicates`: what is known, named
    if verb.pos == "VERB" and verb.tag == "VBG" and verb.dep == "conj" and of.dep == "pcomp":
        return _is_background(sentence, of)  # `accused of killing two co-workers and critically injuring a third`
    if verb.dep == "pcomp" and of.lemma.lower() == "of" and of.head != of.i:
        # `two Libyans suspected of blowing up a Pan Am jumbo jet`: what names them, as the participle
        return _is_background(sentence, sentence.tokens[of.head])
    if not (verb.pos == "VERB" and verb.tag == "VBN" and verb.dep == "acl"):
        return False
    if verb.lemma.lower() == "follow" and not any(c.dep == "agent" for c in sentence.children(verb)):
        return False  # `20 smaller earthquakes followed throughout the morning`: a past tense read as a participle
    if any(c.dep == "aux" and c.lemma.lower() == "have" for c in sentence.children(verb)):
        return False  # `dozens of tremors to have hit the region`: a clause of its own, no participle
    if sentence.tokens[verb.head].dep == "ROOT":
        return False  # a sentence with no other verb: the participle is what it reports (`Curfew lifted`)
    if _is_toll(sentence, sentence.tokens[verb.head]) and VERB_TRIGGERS.get(verb.lemma.lower()) == CASUALTY:
        return False  # `more than 200 injured`, `among hundreds injured`: a toll is the news
    # `gunned down two women and leaving a man wounded`: the harm done, not a name
    left = sentence.tokens[verb.head]
    left_harmed = left.dep in {"dobj", "conj"} and sentence.tokens[left.head].lemma.lower() == "leave"
    if VERB_TRIGGERS.get(verb.lemma.lower()) == CASUALTY and left_harmed and left.head != left.i:
        return False
    # `has sparked the worst rioting ..., with at least 70 people injured`: the harm it came with
    with_harmed = left.dep == "pobj" and sentence.tokens[left.head].lemma.lower() == "with"
    if VERB_TRIGGERS.get(verb.lemma.lower()) == CASUALTY and with_harmed and _counted(sentence, left):
        return False
    if _dated_this_week(sentence, verb):
        return False  # `was among three teens arrested on Tuesday`: a day of this week is news, not a name
    first = sentence.subtree(verb)[0]
    return first.i == 0 or sentence.tokens[first.i - 1].text != ","


def _as_told(sentence: Sentence, verb: Token) -> bool:
    """A bare participle after `as`, with no subject or auxiliary of its own (`as promised`,
    `as announced`)."""
    children = list(sentence.children(verb))
    # (`as stated on the Apple website`, `as revealed today`: where or when told, a telling of its own)
    bare = all(
        c.dep in {"mark", "punct"} or (c.dep == "advmod" and c.lemma.lower() in {"previously", "earlier", "already"})
        for c in children
    )
    return bare and any(c.dep == "mark" and c.lemma.lower() == "as" for c in children)


def _counted(sentence: Sentence, noun: Token) -> bool:
    """People given a number (`at least 70 people`, `dozens of people`)."""
    return any(c.dep == "nummod" for c in sentence.children(noun)) or _is_quantity(noun)


_THIS_WEEK = frozenset(WEEKDAYS) | {"yesterday", "today", "tonight"}


def _dated_this_week(sentence: Sentence, verb: Token) -> bool:
    """The participle is dated by a day of the week or a day next to today (`arrested on
    Tuesday`, `arrested Tuesday`, `injured yesterday`), not by a year (`killed in the 2012 attacks`)."""
    for child in sentence.children(verb):
        if child.dep in {"npadvmod", "advmod", "tmod"} and child.lemma.lower() in _THIS_WEEK:
            return True
        on_day = child.dep == "prep" and child.lemma.lower() == "on"
        if on_day and any(g.dep == "pobj" and g.lemma.lower() in _THIS_WEEK for g in sentence.children(child)):
            return True
        in_day = child.dep == "prep" and child.lemma.lower() in {"on", "in"}
        if in_day and any(g.dep == "pobj" and names_a_day(sentence, g) for g in sentence.children(child)):
            return True  # `a knee injury suffered in an October 19 game`: a day of its own, not a year's name
    return False


# Verbs whose clause tells what was seen or made to happen (`if we see some more pipes go off-line`,
# `if attention caused haters to set a fire there`): inside a condition, as they are.
_SEEN_OR_MADE_TO = frozenset(["see", "watch", "hear", "notice", "cause", "make", "force", "prompt", "lead"])


def _is_conditional(sentence: Sentence, verb: Token) -> bool:
    """`If they attack ...`, `... he will punch back` after `when you attack him`: a condition and
    what would follow from it report nothing that happened."""
    if _after_in_case(sentence, verb):
        return True
    opening = sentence.tokens[0]
    if opening.lemma.lower() in _CONDITIONS and verb.i > opening.i:
        # `If the Saints beat Seattle and Philadelphia beats Green Bay, ...`: all before the comma
        # that closes an opening condition is the condition, however the parser joins it
        comma = next((t.i for t in sentence.tokens if t.text == "," and t.i > opening.i), None)
        # (`If the refugees Obama, Clinton, and other Democrats want ... , then perhaps we should`:
        # the comma before `then` closes it, past the commas of a list inside it)
        then = next((t.i for t in sentence.tokens if t.text.lower() == "then" and t.i > opening.i + 1), None)
        if then is not None and sentence.tokens[then - 1].text == ",":
            comma = then - 1
        if comma is not None and verb.i < comma:
            return True
    if verb.pos == "NOUN" and verb.dep in {"dobj", "nsubjpass"} and verb.head != verb.i:
        # `would not give more financial aid ... unless they agree`: the condition of the verb that makes it happen
        verb = sentence.tokens[verb.head]
    if verb.pos != "VERB":
        return False
    while verb.head != verb.i and (
        verb.dep == "xcomp" or (verb.dep == "ccomp" and sentence.tokens[verb.head].lemma.lower() in _SEEN_OR_MADE_TO)
    ):
        # `even if his relatives continued to defy them`; `if we see some more pipes go off-line`
        verb = sentence.tokens[verb.head]
    joined_to = sentence.tokens[verb.head]
    if (
        verb.dep == "conj"
        and joined_to.dep == "advcl"
        and joined_to.i != verb.i
        and _is_conditional(sentence, joined_to)
    ):
        return True  # `If the Saints beat Seattle and Philadelphia beats Green Bay`: both the condition
    main = sentence.tokens[verb.head] if verb.dep == "advcl" and verb.head != verb.i else verb
    clauses = [verb] + [c for c in sentence.children(main) if c.dep == "advcl"]
    modal = any(c.dep == "aux" and c.text.lower() in _MODALS for c in sentence.children(main))
    perfect = verb.tag == "VBN" and any(c.dep == "aux" and c.lemma.lower() == "have" for c in sentence.children(verb))
    if main is verb and (verb.tag == "VBD" or perfect) and not modal:
        # `If the order is to be contested, Reno ruled that ...`: a past act the condition hangs on
        # was done (the condition is what it said); the `if` clause itself still reports nothing
        return False
    # `she apologizes if the incident was connected to ...`: what the apology covers, no condition
    apology = main.lemma.lower() in {"apologize", "apologise"} and not modal
    for clause in clauses:
        marks = {c.lemma.lower() for c in sentence.children(clause) if c.dep == "mark"}
        even = any(c.dep == "advmod" and c.lemma.lower() == "even" for c in sentence.children(clause))
        if even and clause is not verb:
            continue  # `did not plan to remove Elian even if his relatives continued to defy them`: concessive
        if clause is not verb and (main.lemma.lower() in {"warn", "threaten"} or apology):
            continue  # `warning Iraq of military strikes if it doesn't back down`: what the warning says
        whens = {c.lemma.lower() for c in sentence.children(clause) if c.dep in {"mark", "advmod"}}
        # `could have used protection in 1979 when the Soviet Union invaded`: a past time, no condition
        # and `when the iPod first was released`: a past passive
        past_time = clause is verb and (
            verb.tag == "VBD" or any(c.dep in {"aux", "auxpass"} and c.tag == "VBD" for c in sentence.children(verb))
        )
        if marks & _CONDITIONS or (whens & _GENERIC_WHEN and modal and not past_time):
            return True
        if "once" in marks and clause.tag in {"VBZ", "VBP"}:
            return True  # `Once Microsoft issues a warning, hackers rush to ...`: what happens each time, no news
    return False


def _after_in_case(sentence: Sentence, token: Token) -> bool:
    """After `in case` (`staying outdoors in case fresh tremors caused more buildings to collapse`):
    what is feared, not what happened. The parser often reads the clause as joined to another, so
    the words, not the tree, tell where it starts."""
    for case in sentence.tokens[1 : token.i]:
        before = sentence.tokens[case.i - 1]
        after = sentence.tokens[case.i + 1] if case.i + 1 < len(sentence.tokens) else None
        if (
            case.text.lower() == "case"
            and before.text.lower() == "in"
            and (after is None or after.text.lower() != "of")  # `in case of fire` names a case, no clause
        ):
            return True
    return False


# Verbs that ask what their clause tells (`investigate who shot down the plane`).
_INQUIRING = frozenset(["investigate", "determine", "establish", "examine", "probe", "ask", "wonder", "question"])


def _inverted_question(sentence: Sentence, verb: Token) -> bool:
    """A question with no question mark (a chant, a quote cut short): a wh-word, then the auxiliary
    before the subject (`how many kids will you kill today`)."""
    children = list(sentence.children(verb))
    aux = next((c for c in children if c.dep == "aux"), None)
    subject = next((c for c in children if c.dep in {"nsubj", "nsubjpass"}), None)
    if verb.pos != "VERB" or aux is None or subject is None or not aux.i < subject.i < verb.i:
        return False
    asked = [t for c in children if c.i < aux.i for t in sentence.subtree(c)]
    return any(t.tag in {"WDT", "WP", "WRB"} for t in asked)


def _how_many(sentence: Sentence, noun: Token) -> bool:
    """`how many Internet users`: a number asked for."""
    return any(
        c.lemma.lower() in {"many", "much"} and any(g.lemma.lower() == "how" for g in sentence.children(c))
        for c in sentence.children(noun)
    )


def _is_asked(sentence: Sentence, verb: Token) -> bool:
    """`to determine whether it was used to kill Slepian`, `why the plane exploded`: an indirect
    question asks whether, why or how it happened and reports nothing (through the verbs it hangs
    from: `used` for `kill`)."""
    if _inverted_question(sentence, verb):
        return True
    for _ in range(3):
        if verb.pos in {"VERB", "AUX"} and any(
            c.dep == "mark" and c.lemma.lower() == "whether" for c in sentence.children(verb)
        ):
            return True
        if verb.dep in {"pcomp", "ccomp", "csubj"} and any(
            c.dep == "advmod" and c.tag == "WRB" and c.lemma.lower() in {"why", "how"} for c in sentence.children(verb)
        ):
            return True  # `nothing new on why the plane exploded`: what is asked of it, as `how many were hurt`
        if verb.dep in {"ccomp", "xcomp"} and any(
            c.dep in {"nsubj", "nsubjpass", "dobj"} and _how_many(sentence, c) for c in sentence.children(verb)
        ):
            return True  # `hard to estimate how many Internet users were affected by the cut`
        inquiring = sentence.tokens[verb.head].lemma.lower() in _INQUIRING
        if verb.dep == "ccomp" and inquiring and any(c.tag in {"WP", "WDT"} for c in sentence.children(verb)):
            return True  # `a panel to investigate who shot down the plane`: what is asked, not told
        asking = sentence.tokens[verb.head].lemma.lower() in {"know", "ask", "wonder", "say", "tell", "see", "check"}
        if (
            verb.dep == "ccomp"
            and asking
            and any(c.dep == "mark" and c.lemma.lower() == "if" for c in sentence.children(verb))
        ):
            return True  # `he did not know if anyone had been killed`: asked, not told
        if verb.dep not in {"xcomp", "advcl", "conj"} or verb.head == verb.i:
            return False
        verb = sentence.tokens[verb.head]
    return False


def _described_words(sentence: Sentence, verb: Token) -> set[int]:
    """The words before the noun a relative clause describes, and before the noun that one is `of`
    (`the January 1998 bombing of a Birmingham abortion clinic that killed`): where the date of the
    noun phrase stands, which the clause takes."""
    noun = described_noun(sentence, verb)  # through `that killed an officer and maimed a nurse`
    if noun is None:
        return set()
    nouns = [noun]
    of = sentence.tokens[nouns[0].head]
    if nouns[0].dep == "pobj" and of.lemma.lower() == "of" and of.head != of.i:
        nouns.append(sentence.tokens[of.head])
    modifiers = {"compound", "nmod", "amod", "nummod", "poss"}
    return {t.i for noun in nouns for t in sentence.children(noun) if t.dep in modifiers and t.i < noun.i}


# Spans of time after which it is still the same day (`hours after Moreno met with Boras`).
_WITHIN_A_DAY = frozenset(["hour", "minute", "moment", "second"])


def _time_clause(sentence: Sentence, verb: Token, sequence: bool = True) -> bool:
    """An adverbial clause of time: `when`, `as` or `while` opens it, or (`sequence`) `after`,
    `before` or `once`, which place it before or after the clause it hangs on: it takes that
    clause's date (`after slipping and falling about 60m`), but gives it none (`locked down the
    neighbourhood before the suspect turned himself in around 6 p.m.`)."""
    children = list(sentence.children(verb))
    if any(c.dep == "npadvmod" and c.lemma.lower() not in _WITHIN_A_DAY for c in children):
        sequence = False  # `a day after supporters assaulted a protester`: a time apart, told
    marks = {"when", "as", "while"} | ({"after", "before", "once"} if sequence else set())
    # `While Summit Entertainment will not confirm ...`: a `while` of contrast, told with a modal, is
    # no time
    contrast = any(c.dep == "aux" and c.lemma.lower() in {"will", "would", "can", "could"} for c in children)
    return any(
        c.dep in {"advmod", "mark"} and c.lemma.lower() in marks and not (c.lemma.lower() == "while" and contrast)
        for c in children
    )


def _a_fact_named(sentence: Sentence, verb: Token) -> bool:
    """The clause of `the fact that ...`: what is known, named as a thing."""
    of = sentence.tokens[verb.head]
    return verb.dep == "acl" and of.lemma.lower() == "fact" and any(c.dep == "mark" for c in sentence.children(verb))


def _perfect_after_incident(sentence: Sentence, verb: Token) -> int | None:
    """Where a present perfect's `following` or `after` phrase naming an incident begins (`has
    denied arson following a fire`, `has been charged after a shooting`), or None."""
    children = list(sentence.children(verb))
    if not any(c.dep == "aux" and c.lemma.lower() == "have" and c.tag in {"VBZ", "VBP"} for c in children):
        return None
    return next(
        (
            c.i
            for c in children
            if c.dep == "prep"
            and c.lemma.lower() in {"following", "follow", "after"}
            and any(
                g.dep == "pobj" and g.pos == "NOUN" and g.lemma.lower() not in _TIME_NOUNS for g in sentence.children(c)
            )
        ),
        None,
    )


# Nouns of time an `after` phrase dates by (`after midnight`, `after the weekend`).
_TIME_NOUNS = frozenset(["midnight", "noon", "weekend", "week", "month", "year", "day", "night", "morning", "dawn"])


def _crime_charged(sentence: Sentence, trigger: Token) -> set[int]:
    """The words of the crime a charge, indictment or conviction names (its `with` or `of` phrase),
    or a sentence is for (`sentenced Nichols to seven life sentences for the March 11, 2005, incident`)."""
    lemma = trigger.lemma.lower()
    if lemma not in {"charge", "accuse", "convict", "indict", "sentence"}:
        return set()
    if lemma == "sentence":
        # (the `for` the parser hangs on the sentences given: `to seven life sentences ... for the incident`)
        return {
            t.i
            for c in sentence.subtree(trigger)
            if c.dep == "prep" and c.lemma.lower() == "for" and c.i > trigger.i
            for t in sentence.subtree(c)
        }
    return {
        t.i
        for c in sentence.children(trigger)
        if c.dep == "prep" and c.lemma.lower() in {"with", "of"}
        for t in sentence.subtree(c)
    }


def _dates_saying(sentence: Sentence, governor: Token | None) -> bool:
    """Whether a date's verb is one of saying or reporting whose clause holds the event told."""
    return (
        governor is not None
        and governor.lemma.lower() in _SAYING
        and any(c.dep == "ccomp" for c in sentence.children(governor))
    )


def _before_the_attribution(sentence: Sentence, token: Token, governor: Token | None, clause: set[int]) -> bool:
    """A date the parse hangs on the verb of saying that follows the clause it ends (`Felt died at
    his home in Santa Rosa, California, Thursday, the Press Democrat newspaper reported`): the date
    stands before the reporter's words, and is the event's."""
    if governor is None or governor.lemma.lower() not in _SAYING or governor.head not in clause:
        return False
    if governor.dep not in {"advcl", "parataxis"} or governor.i < token.i:
        return False
    sayer = next((c for c in sentence.children(governor) if c.dep == "nsubj"), None)
    return sayer is not None and token.i < min(t.i for t in sentence.subtree(sayer))


def _read_as_an_argument(sentence: Sentence, token: Token, date: DateMention) -> bool:
    """A clock time the parser made a verb's subject or object, which a time never is."""
    top = token
    while top.head != top.i and date.span.start <= sentence.tokens[top.head].span.start < date.span.end:
        top = sentence.tokens[top.head]
    return top.dep in {"dobj", "nsubj", "nsubjpass"}


def _in_according_to(sentence: Sentence, token: Token) -> bool:
    """Whether a word is inside an `according to` phrase."""
    current = token
    for _ in range(8):
        if current.text.lower() == "according" and current.dep == "prep":
            return True
        if current.head == current.i:
            return False
        current = sentence.tokens[current.head]
    return False


def _purpose(sentence: Sentence, verb: Token) -> bool:
    """An infinitive of purpose: `to protest the cuts`."""
    return verb.tag == "VB" and to_infinitive(sentence, verb)


def _year_of_a_noun(sentence: Sentence, token: Token, date: DateMention, trigger: Token) -> bool:
    """A year written before a noun (`a 1997 attack`, `a nineteen ninety-seven attack`) dates that
    noun only: not another event of the clause."""
    if date.granularity not in {"year", "decade"}:
        return False
    word = token
    while word.head != word.i and sentence.tokens[word.head].span.start < date.span.end:
        word = sentence.tokens[word.head]  # up to the last word of the year (`seven` of `ninety-seven`)
    noun = sentence.tokens[word.head]
    if word.dep not in {"nummod", "amod", "compound", "nmod"} or noun.pos != "NOUN":
        return False
    # (but `a 1999 incident where he stabbed his wife`: the noun's own clause tells it then)
    return all(t.i != trigger.i for t in sentence.subtree(noun))


# Verbs that say who or what someone is (`described Hiller as a methodical killer who ...`).
_DESCRIBING = frozenset(
    ["describe", "portray", "depict", "characterize", "characterise", "paint", "call", "label", "brand", "name"]
)


def _in_apposition(
    sentence: Sentence, token: Token, date: DateMention, trigger: Token, dates: Sequence[DateMention]
) -> bool:
    """A date inside a phrase set beside a name to say who or what it is (`Williams, one of the
    biggest stars of the 1940s and 1950s,`), which the event is not in: the date in a prepositional
    phrase of a noun in apposition (not a time the parser set beside a name, `Gordon Advisors, about
    10 a. m.`, nor one beside another time, `06: 00 BST on Sunday`)."""
    top = token
    while top.head != top.i and date.span.start <= sentence.tokens[top.head].span.start < date.span.end:
        top = sentence.tokens[top.head]
    if top.dep == "appos":
        return False
    current, in_phrase = top, False
    for _ in range(12):
        in_phrase = in_phrase or current.dep == "prep"
        if current.dep == "appos":
            beside = sentence.tokens[current.head]
            if not in_phrase or beside.pos not in {"NOUN", "PROPN", "PRON"}:
                return False
            if any(d.span.start <= current.span.start < d.span.end for d in dates):
                return False
            return all(t.i != trigger.i for t in sentence.subtree(current))
        if current.head == current.i:
            return False
        current = sentence.tokens[current.head]
    return False


def _describes_a_thing(sentence: Sentence, token: Token, date: DateMention, trigger: Token) -> bool:
    """A vague time word that is an adjective of a noun other than the event's or a span of time
    (`her recent national political exposure`): when that thing was, not when the event was."""
    if token.dep != "amod" or date.granularity != "reference" or token.head == trigger.i:
        return False
    thing = sentence.tokens[token.head].lemma.lower()
    # (`The recent attacks killed ten people`: an incident's time is its harm's)
    return thing not in _SPANS and thing not in NOUN_TRIGGERS and thing not in HAZARDS


# Nouns a vague time word dates as a span (`in recent weeks`, `in recent years`).
_SPANS = frozenset(["second", "minute", "hour", "day", "week", "month", "year", "decade", "time", "past", "history"])


def _date(
    sentence: Sentence, trigger: Token, verb: Token | None, dates: Sequence[DateMention], asked: bool = False
) -> DateMention | None:
    """The date in the trigger's own clause nearest the trigger; a date in another clause is not the
    event's. What is `asked` for (a request) is done later: its infinitive's date is not the asking's
    (`asked it to respond by Oct. 31`)."""
    clause = {trigger.i} | ({verb.i} if verb is not None else set())
    own_subject = verb is not None and _own_subject(sentence, verb)
    if verb is not None and verb.dep in {"xcomp", "conj"} and verb.head != verb.i and not own_subject:
        # a verb that shares its subject shares its clause's time; `He is currently in custody and
        # his identity will not be released` is two clauses, each with its own. Up a list of verbs
        # too: `got into an altercation Thursday night, was taken ..., suspended and escorted out`
        joined = verb
        while joined.dep in {"xcomp", "conj"} and joined.head != joined.i and joined.head not in clause:
            joined = sentence.tokens[joined.head]
            clause.add(joined.i)
            if _own_subject(sentence, joined):
                break
    participle = verb
    while participle is not None and participle.dep == "conj" and participle.head != participle.i:
        # `killing at least seven people and injuring 40`: the participle the joined one goes with
        participle = sentence.tokens[participle.head]
    if participle is not None and participle is not verb and participle.dep == "advcl" and participle.tag == "VBG":
        clause.update({participle.i, participle.head})
    if verb is not None and verb.dep == "advcl" and verb.tag == "VBG" and verb.head != verb.i:
        clause.add(verb.head)  # `rammed into a crowd on Thursday night, killing at least 80`
        hung_on = sentence.tokens[verb.head]
        if hung_on.dep == "advcl" and hung_on.head != hung_on.i and _time_clause(sentence, hung_on):
            # `was on trial in 2005 when he grabbed a guard's gun, fatally shooting a judge`
            clause.add(hung_on.head)
    if verb is not None and verb.dep == "advcl" and verb.head != verb.i and _time_clause(sentence, verb):
        clause.add(verb.head)  # `was heating soup last fall when he was gunned down`: the time it hangs on
    opened = sentence.tokens[verb.head] if verb is not None and verb.dep == "conj" else None
    if opened is not None and opened.dep == "advcl" and opened.head != opened.i and _time_clause(sentence, verb):
        # `around noon today, when the destroyer INS Mysore intervened and repulsed the attack`: the
        # `when` the parser gave the second verb opens the clause of both
        clause.add(opened.head)
    if verb is not None:
        # `were wounded in a drive-by shooting on Friday`: the incident named as a gerund in its
        # phrase, whose date the parse hangs on it, is the harm's
        clause.update(
            g.i
            for c in sentence.children(verb)
            if c.dep == "prep"
            for g in sentence.children(c)
            if named_gerund(sentence, g)
        )
    if (
        verb is not None
        and verb.dep == "ccomp"
        and verb.tag in {"VBZ", "VBP"}
        and verb.lemma.lower() in _SAID_BY_WANTING
        and sentence.tokens[verb.head].lemma.lower() in {"say", "tell", "write", "state"}
    ):
        clause.add(verb.head)  # `said Saturday she apologizes`: an apology made by saying it, then
        saying = sentence.tokens[verb.head]
        while saying.dep == "conj" and saying.head != saying.i and not _own_subject(sentence, saying):
            # `stopped by the church this morning and told a pastor that she apologizes`: a verb of
            # saying joined to the one before it, with no subject of its own, shares its time
            saying = sentence.tokens[saying.head]
            clause.add(saying.i)
    if verb is not None and (taking := step_taken(sentence, verb)) is not None:
        clause.add(taking.i)  # `Microsoft Wednesday took the rare step of issuing the patch`
    if verb is not None and verb.dep == "advcl" and verb.head != verb.i and _purpose(sentence, verb):
        clause.add(verb.head)  # `had a work stoppage Wednesday afternoon to protest the cuts`: done then
    described = _described_words(sentence, verb) if verb is not None else set()
    if trigger.pos == "NOUN" and (verb is None or verb.lemma.lower() not in SUPPORT_VERBS):
        # `several meetings that will be held this weekend`: the clause that makes the noun happen,
        # when no verb of its own clause does (`lifted a curfew it put in place Thursday`: the lifting's)
        clause.update(
            c.i
            for c in sentence.children(trigger)
            if c.dep in {"relcl", "acl"} and c.lemma.lower() in SUPPORT_VERBS - _HAPPENING_VERBS
        )
        # and `the negotiations that took place Thursday`: the clause that tells it happening
        # (or began: `a strike that began last spring`)
        clause.update(
            c.i
            for c in sentence.children(trigger)
            if c.dep == "relcl" and (took_place(sentence, c) or c.lemma.lower() in {"begin", "start", "erupt"})
        )
    if not asked:
        clause.update(t.i for t in sentence.tokens if t.head in clause and t.dep == "xcomp")
    # `hold all stock markets closed until Friday`: the state kept is the keeping's clause
    clause.update(
        t.i
        for t in sentence.tokens
        if t.head in clause
        and t.dep in {"ccomp", "oprd"}
        and t.lemma.lower() in {"close", "closed", "shut"}
        and sentence.tokens[t.head].lemma.lower() in {"hold", "keep"}
    )
    governed = []  # each date of the sentence with its token and the verb whose clause it is in
    for date in dates:
        token = next((t for t in sentence.tokens if t.span.start <= date.span.start < t.span.end), None)
        if token is None or not date.span.within(sentence.span):
            continue
        since = sentence.tokens[token.head]
        if since.lemma.lower() == "since" and sentence.tokens[since.head].pos in {"NOUN", "NUM", "PROPN"}:
            continue  # `Eight of the 14 killings since 1993 were under investigation`: the killings' span
        if _within_since(sentence, token, trigger):
            # `have overtaken Greece for the sixth straight day since the fatal police shooting ...
            # Saturday night`: when what lasts began, not when it is told
            continue
        if _in_according_to(sentence, token) and not _in_according_to(sentence, trigger):
            # `according to information available now`: when the source speaks, not the event (but
            # `According to an advisory issued today`: the advisory is the event)
            continue
        if _year_of_a_noun(sentence, token, date, trigger):
            continue  # `claim responsibility for ... a 1997 attack on a gay lounge`: the attack's year, not the claim's
        if _in_apposition(sentence, token, date, trigger, dates):
            continue  # `Williams, one of the biggest stars of the 1940s and 1950s, died`: who she was
        if _describes_a_thing(sentence, token, date, trigger):
            continue  # `to apologize for any tie in with her recent national political exposure`: the exposure's
        governor = _governing_verb(sentence, token)
        if date.granularity == "time" and _read_as_an_argument(sentence, token, date):
            # `had just parked her car ... when she was struck by a Camry heading north ... about 7
            # p. m.`, the time parsed as what was parked: the time of the verb told just before it
            governor = next((t for t in reversed(sentence.tokens[: token.i]) if t.pos == "VERB"), governor)
        if governor is not None and governor.dep == "acl" and governor.tag == "VBG" and governor.head != governor.i:
            # `a crowd celebrating Bastille Day ... on Thursday night`: the participle has no time of its own
            governor = _governing_verb(sentence, sentence.tokens[governor.head])
        governed.append((date, token, governor))
    # A date inside the crime charged is the crime's (`charged ... with two counts of murder in the
    # April 2012 shooting death`)
    crime = _crime_charged(sentence, trigger)
    governed = [(date, token, governor) for date, token, governor in governed if token.i not in crime]
    if verb is not None and (after := _perfect_after_incident(sentence, verb)) is not None:
        # `A man has denied arson following a fire ... early on Sunday`: a present perfect takes no
        # past day, so the day told after the incident it follows is the incident's
        governed = [(date, token, governor) for date, token, governor in governed if token.i < after]
    # `at about 1: 00 am Sunday ... when the cops stopped him`: a clause of time the parser hung on
    # the words of a date is that date's
    hung_on = sentence.tokens[verb.head] if verb is not None and verb.dep == "advcl" and verb.head != verb.i else None
    hung_on = hung_on if hung_on is not None and _time_clause(sentence, verb) else None
    # Its own clause, or right next to the trigger (`arrested overnight related to ...`).
    own = [
        date
        for date, token, governor in governed
        if (governor is not None and governor.i in clause)
        or (hung_on is not None and date.span.start <= hung_on.span.start < date.span.end)
        or token.head == trigger.i
        # right next to it, unless it dates the verb of saying before it (`reported Friday that trial`)
        or (abs(token.i - trigger.i) <= 2 and not (token.i < trigger.i and _dates_saying(sentence, governor)))
        or token.i in described
        or _before_the_attribution(sentence, token, governor, clause)
    ]
    if (described_day := _day_when_describes(sentence, verb, [date for date, _, _ in governed])) is not None:
        own = [described_day]  # `remained anonymous until May 30, 2005 when his family revealed his identity`
    joined = verb is not None and verb.head != verb.i and verb.dep in {"conj", "advcl"}
    its_own = [d for d, _, governor in governed if verb is not None and governor is not None and governor.i == verb.i]
    if joined and any(d.granularity != "time" for d in its_own):
        # `After touring the capital Thursday and meeting police leaders Friday morning`: a verb's own
        # date before the one of the verb it is joined to (a clock time alone still takes its day)
        own = its_own
    if not own and verb is not None and VERB_TRIGGERS.get(verb.lemma.lower()) in {CASUALTY, "assault"}:
        # `Two people were killed and three others were injured ... Saturday night`: a date told
        # once for the dead and the hurt of one incident is each one's (not `arrested and charged`);
        # so is `was shot and killed by police ... eight days ago`, the blow and the death one event
        partners = {c.i for c in sentence.children(verb) if c.dep == "conj"}
        # `More than 100 people have been killed and more than 1,000 others wounded ... on Friday`:
        # the second toll, parsed as a noun joined to the verb, tells its date in its participle
        # (or a figure: `Ten people were killed and at least 50 injured when ...`)
        partners |= {
            a.i
            for c in sentence.children(verb)
            if c.dep == "conj" and c.pos in {"NOUN", "NUM"}
            for a in sentence.children(c)
            if a.dep == "acl"
        }
        if verb.dep == "conj" and verb.head != verb.i:
            partners.add(verb.head)
        partners = {i for i in partners if VERB_TRIGGERS.get(sentence.tokens[i].lemma.lower()) == CASUALTY}
        # and the clause of time one of them has (`... injured when an earthquake razed villages Sunday`)
        partners |= {
            c.i
            for i in partners
            for c in sentence.children(sentence.tokens[i])
            if c.dep == "advcl" and _time_clause(sentence, c)
        }
        own = [date for date, _, governor in governed if governor is not None and governor.i in partners]
    relative = verb
    if verb is not None and verb.dep == "advcl" and verb.head != verb.i and _time_clause(sentence, verb):
        relative = sentence.tokens[verb.head]  # `on Nov. 12, when sobs filled the air as Peterson was found guilty`
    if not own and relative is not None and relative.dep == "relcl" and relative.head != relative.i:
        # `the 1996 Olympic bombing that killed one person`, `In 2004, a quake triggered a tsunami
        # that killed 230,000 people`: a relative clause takes the date of the noun it describes,
        # in the noun's own words or the clause the noun is part of
        noun = sentence.tokens[relative.head]
        told = {t.i for t in sentence.subtree(relative)}
        words = {t.i for t in sentence.subtree(noun)} - told
        holder = _governing_verb(sentence, noun)
        if holder is not None and holder.dep == "advcl" and holder.tag == "VBG" and holder.head != holder.i:
            # `A massive quake struck off Aceh in 2004, sparking a tsunami that killed 170,000`: the
            # participle's time is the clause it hangs on
            holder = sentence.tokens[holder.head]
        own = [date for date, token, _ in governed if token.i in words]
        # the clause the noun is part of only for the relative clause itself: a clause of time inside
        # it goes as far as the noun (`on Nov. 12, when ...`), not to a misread `messages that ...`
        # (not a person's told after the person: `W. Mark Felt, who leaked information to reporters
        # ..., died Thursday`; but `In 2006, ... two other players who were arrested`)
        someone = noun.lemma.lower() in _PEOPLE or any(
            c.lemma.lower() in {"who", "whom"} for c in sentence.children(relative)
        )
        # nor when the clause the person is part of only describes them (`At a hearing on Tuesday,
        # the prosecutor described Hiller as a killer who waved a gun`): the describing's day
        someone_described = someone and holder is not None and holder.lemma.lower() in _DESCRIBING
        if not own and holder is not None and relative is verb and not someone_described:
            own = [
                date
                for date, token, governor in governed
                if governor is not None and governor.i == holder.i and not (someone and token.i > noun.i)
            ]
    if not own and verb is not None:
        # `Elian's mother and 10 others perished when their boat sank ... in late November`: a clause
        # with no date of its own takes the date of the clause of time that hangs on it, or of the
        # participle that tells the same incident (`shot three co-workers, killing two, Thursday night`)
        times = {
            c.i
            for c in sentence.children(verb)
            # (not what it results in: `announced cuts, resulting in closures during the fourth quarter`)
            if c.dep == "advcl"
            and (
                _time_clause(sentence, c, sequence=False)
                or (c.tag == "VBG" and c.i > verb.i and c.lemma.lower() != "result")
            )
        }
        own = [date for date, _, governor in governed if governor is not None and governor.i in times]
    if not own:
        return _soon(sentence, trigger, verb)
    calendar = [d for d in own if d.first_day is not None] or own
    nearest = min(calendar, key=lambda d: abs(d.span.start - trigger.span.start))
    for other in own:
        joined = _days_joined(sentence, nearest, other)
        if joined == "apart":
            return None  # `statements made Friday and Thursday`: two days, no one day of the event
        if joined == "running":
            nearest = min(nearest, other, key=lambda d: d.span.start)  # `Late Saturday and early Sunday`
    days = [d for d in own if d.granularity == "day" and d.first_day is not None]
    if nearest.granularity == "time" and days and "T" in nearest.value and not _DAY_WORD.search(nearest.text):
        # `struck at 4:43 a.m. local time on Sunday`: the clock time falls on the day the clause names
        day = min(days, key=lambda d: abs(d.span.start - trigger.span.start))
        clock = nearest.value.split("T", 1)[1]
        return replace(nearest, value=f"{day.value}T{clock}", first_day=day.first_day, last_day=day.last_day)
    return nearest


def _day_when_describes(sentence: Sentence, verb: Token | None, dates: Sequence[DateMention]) -> DateMention | None:
    """The date a clause of `when` follows straight after, which it describes as a relative clause
    describes its noun, wherever the parser hangs the clause (`until May 30, 2005 when Felt's family
    revealed his identity`)."""
    when = (
        next((c for c in sentence.children(verb) if c.dep == "advmod" and c.text.lower() == "when"), None)
        if verb
        else None
    )
    if when is None:
        return None
    return next(
        (
            date
            for date in dates
            if date.span.end <= when.span.start
            and re.fullmatch(r"[\s,]*", sentence.text_of(Span(date.span.end, when.span.start)))
        ),
        None,
    )


def _own_subject(sentence: Sentence, verb: Token) -> bool:
    """Whether a verb has a subject of its own (not one it shares with the verb it is joined to)."""
    return any(c.dep in {"nsubj", "nsubjpass"} for c in sentence.children(verb))


def _days_joined(sentence: Sentence, one: DateMention, other: DateMention) -> str | None:
    """Two different days joined by `and` or `or`: `apart` (`Friday and Thursday`), or `running`
    when the second is the day after the first (`Late Saturday and early Sunday`: one night, which
    begins on the first)."""
    if one.granularity != "day" or other.granularity != "day" or one.value == other.value:
        return None
    first, second = sorted((one, other), key=lambda d: d.span.start)
    offset = sentence.span.start
    between = sentence.text[first.span.end - offset : second.span.start - offset]
    if re.fullmatch(r"\s*(?:and|or)\s*", between) is None:
        return None
    if first.first_day is None or second.first_day is None:
        return "apart"
    return "running" if (second.first_day - first.first_day).days == 1 else "apart"


# A clock time told with its own day (`about 9:40 p.m. Friday (1:40 a.m. ET Saturday)`) keeps it.
_DAY_WORD = re.compile(rf"\b(?:{WEEKDAY_RE}|today|yesterday|tonight|tomorrow)\b", re.IGNORECASE)


def _soon(sentence: Sentence, trigger: Token, verb: Token | None) -> DateMention | None:
    """`should be coming soon`, `will be available very soon`, `intends to invade the south soon`:
    the near future (TimeML's FUTURE_REF), read only where it is said of the event itself; the date
    finder leaves so vague a word alone in running text."""
    heads = {trigger.i} | ({verb.i} if verb is not None else set())
    around = [t for t in sentence.tokens if t.i in heads or (t.head in heads and t.dep in {"aux", "auxpass"})]
    if any(t.tag == "VBD" for t in around):
        return None  # `The police soon arrested him`: soon after, in the past
    soon = next((t for t in sentence.tokens if t.head in heads and t.dep == "advmod" and t.lemma.lower() in SOON), None)
    return None if soon is None else DateMention(soon.span, soon.text, "FUTURE_REF", "reference")


def _polarity(sentence: Sentence, trigger: Token, verb: Token | None, target: Token | None) -> str:
    if trigger.lemma.lower() in UNHARMED:
        return "negated"  # `was uninjured`: no injury
    if trigger.dep in {"pobj", "pcomp"} and sentence.tokens[trigger.head].lemma.lower() == "without":
        return "negated"  # `escaped without injury`, `Without commenting on the allegations`
    heads = {trigger.i} | ({verb.i} if verb is not None else set())
    if trigger.pos == "NOUN" and trigger.dep == "conj":
        heads.add(trigger.head)  # `No damage or injuries`: the `no` of the first noun is the second's too
    reports = reports_of(sentence, trigger) if trigger.pos == "NOUN" else None
    if reports is not None:
        heads.add(reports.i)  # `no reports of injuries`: what is said of the reports is said of the harm
    if verb is not None and verb.dep == "xcomp" and sentence.tokens[verb.head].lemma.lower() in _PLANNED_HEADS:
        heads.add(verb.head)  # `did not plan to remove Elian`: no removal planned
    for token in sentence.tokens:
        if token.head in heads and token.dep == "neg":
            return "negated"
        if (
            token.lemma.lower() in _NEGATORS
            and (token.dep in {"det", "neg"} or _hyphened_no_one(sentence, token))
            and (token.head in heads or (target is not None and token.head == target.i))
        ):
            return "negated"
    return "asserted"


def _hyphened_no_one(sentence: Sentence, token: Token) -> bool:
    """`no-one had been injured`: the `no` the parser made a compound of `one`, or a subject of its
    own beside the hyphen and `one` (`No-one was injured in the fire`)."""
    if token.dep == "compound" and sentence.tokens[token.head].lemma.lower() == "one":
        return True
    after = sentence.tokens[token.i + 1 : token.i + 3]
    return [t.text.lower() for t in after] == ["-", "one"]


def _modality(sentence: Sentence, verb: Token) -> str:
    """asserted by the reporter, attributed to a speaker, unconfirmed, possible or planned."""
    children = list(sentence.children(verb))
    if verb.lemma.lower() in {"plan", "schedule"} and any(
        c.dep == "auxpass" and c.tag in {"VBZ", "VBP"} for c in children
    ):
        return "planned"  # `two marches are planned for Monday`
    if verb.lemma.lower() == "schedule" and any(c.dep == "dobj" for c in children):
        return "planned"  # `have scheduled a news conference in Vancouver`: it is to come
    auxes = {c.lemma.lower() for c in children if c.dep == "aux"}
    reported = verb.dep == "ccomp" and verb.head != verb.i and sentence.tokens[verb.head].lemma.lower() in _SAYING
    if "would" in auxes and reported:
        return "planned"  # `said the state would send`: the future seen from the saying
    if auxes & _POSSIBLE:
        return "possible"
    if any(c.lower() in {"will", "'ll"} for c in (x.text for x in children if x.dep == "aux")):
        return "planned"
    current = verb
    for _ in range(4):
        if current.head == current.i:
            break
        head = sentence.tokens[current.head]
        lemma = head.lemma.lower()
        if (
            current.dep in {"ccomp", "xcomp", "advcl", "conj"}
            and lemma in _UNCONFIRMED
            and any(c.dep == "auxpass" or c.lemma.lower() == "it" for c in sentence.children(head))
        ):
            return "unconfirmed"
        if current.dep == "xcomp" and lemma in _PLANNED_HEADS:
            return "planned"
        if current.dep in {"ccomp", "conj"} and lemma in _SAYING:
            return "attributed"
        current = head
    if any(t.lower() in {"reportedly", "allegedly"} for t in (x.text for x in sentence.tokens)):
        return "unconfirmed"
    return "asserted"


# Words only games and fights are told in: a report with three of them is a sport report.
_SPORT_WORDS = (
    frozenset(["touchdown", "quarterback", "interception", "inning", "innings", "pitcher", "halftime", "playoff"])
    | frozenset(
        ["playoffs", "knockout", "heavyweight", "middleweight", "referee", "rebounds", "goalkeeper", "midfielder"]
    )
    | frozenset(
        ["undercard", "jab", "jabs", "uppercut", "kos", "nba", "nfl", "nhl", "mlb", "rookie", "tournament", "bout"]
    )
    | frozenset(["touchdowns", "postseason", "preseason", "coach", "wicket", "batsman", "ko", "fumble", "sacked"])
    | frozenset(["offseason", "quarterfinal", "quarterfinals", "semifinal", "semifinals", "assists", "rebounding"])
)
_SPORT_WORD = re.compile(r"[a-z]+")
# Verbs and nouns of blows, marches and holds that games and fights are told in.
_SPORT_SENSES = (
    frozenset(
        [
            "beat",
            "attack",
            "hit",
            "strike",
            "knock",
            "floor",
            "drop",
            "march",
            "rally",
            "fight",
            "punch",
            "blast",
            "bomb",
        ]
    )
    | frozenset(["batter", "pound", "pummel", "hammer", "crush", "rout", "thrash", "maul", "tackle", "throw", "hold"])
    | frozenset(["dominate", "stop", "overpower", "shoot", "charge", "assault", "beating"])
)
# What tells of crime or force off the field (`Jackson was arrested by the police`).
_OFF_THE_FIELD = (
    frozenset(
        ["police", "officer", "arrest", "jail", "prison", "custody", "court", "bail", "gun", "pistol", "rifle", "knife"]
    )
    | frozenset(["weapon", "victim", "crime", "suspect", "prosecutor", "dui", "murder", "robbery", "protester", "stab"])
    | frozenset(["sheriff", "cop", "fan", "fans", "spectator", "demonstrator", "riot"])
)
_PLAYED_KINDS = frozenset(["assault", "protest", "rally", "arrest", "use_of_force"])


def is_sport_report(text: str) -> bool:
    """A report of a game or a fight: three words or more only sport is told in (`knockout`,
    `heavyweight`, `undercard`; `touchdown`, `quarterback`, `playoff`)."""
    return len(set(_SPORT_WORD.findall(text.lower())) & _SPORT_WORDS) >= 3


def is_play(sentence: Sentence, token: Token, kind: str) -> bool:
    """In a sport report, a blow, a march or a hold told of the play (`Klitschko dropped Rahman
    early in the sixth`, `make ambitious attacks`, `rallied his team to victory`, `held without a
    catch`), where the sentence tells of no crime, police or crowd; and an appeal there (`Finnegan
    ... planned to appeal` a league's fine), where it names no court."""
    appeal = kind == "charge" and token.lemma.lower() == "appeal"
    # `I don't think they've killed the division`: a field of sport killed, no one
    killed_a_thing = token.lemma.lower() == "kill" and any(
        c.dep == "dobj" and c.pos == "NOUN" and c.lemma.lower() not in _PEOPLE for c in sentence.children(token)
    )
    if killed_a_thing and kind in _PLAYED_KINDS | {CASUALTY}:
        return True
    if not appeal and (kind not in _PLAYED_KINDS or token.lemma.lower() not in _SPORT_SENSES):
        return False
    return not any(t.lemma.lower() in _OFF_THE_FIELD for t in sentence.tokens)
