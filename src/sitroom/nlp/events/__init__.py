"""Events: who did what to whom, where, when and how many, each tied to its evidence sentence.

Rules over a parsed sentence (plain data from `parse.py`): a trigger word gives the type from a
fixed taxonomy (docs/events.md maps each to PLOVER and ACLED), the parse gives actor and target,
the places and dates found in the sentence give where and when, and the count comes from the
phrase that is counted (`at least ten people were arrested`).

The package: `words.py` (the vocabulary), `triggers.py` (what starts an event), `harm.py`
(deaths, injuries, disasters), `roles.py` (participants, counts, places), `context.py`
(polarity, modality, dates, what makes a clause no event) and `clauses.py` (what they share).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ...clean import story_start
from ...model import DateMention, Entity, Event
from ..parse import Sentence, Token
from ..plover import code_event
from .clauses import _governing_verb, _has_complement, _same_kind, described_noun, thing_meant, took_place
from .context import (
    _asked_from,
    _carry_dates,
    _date,
    _is_asked,
    _is_background,
    _is_command,
    _is_conditional,
    _is_habitual,
    _is_imagined,
    _is_table_row,
    _is_title_quoted,
    _is_wished,
    _modality,
    _polarity,
    is_generic,
    is_play,
    is_sport_report,
)
from .harm import (
    DAMAGE_IN_DISASTER,
    OUTAGE_OR_BREAK,
    PEOPLE_SHAKEN,
    _casualty_type,
    _harm_counted,
    disaster_damage,
    lead_names_bomb,
    opening_of,
)
from .roles import (
    _count,
    _counted_conjunct,
    _counted_noun,
    _covered,
    _participant,
    _place,
    _running_total,
    _toll_figure,
    _travelled_to,
    _with_joined_group,
    event_roles,
    phrase_span,
)
from .triggers import (
    CAME_UNDER_FIRE,
    FIRE_FOUND,
    FIRE_SPREAD,
    NETWORK_DOWN,
    PEOPLE_FLED,
    PERSON_FELL,
    PRODUCT_COMING,
    SHOT_MISSED,
    TREMOR_FELT,
    Trigger,
    _trigger_type,
    tremor_felt_first,
)
from .words import (
    _BUILDINGS,
    _DECLINING,
    _DESTROYING_VERBS,
    _EXPLOSIONS,
    _FIREARMS,
    _GUNFIRE,
    _HOMES,
    _NOT_HARM,
    _PEOPLE,
    _ROLES,
    _STRIKING_VERBS,
    _VEHICLES,
    _VESSELS,
    CARRIERS,
    CASUALTY,
    EVENT_TYPES,
    FAMILY_VERBS,
    FIRST_TYPES,
    HAZARDS,
    NOUN_TRIGGERS,
    PHRASAL_TRIGGERS,
    SUPPORT_VERBS,
    TRIGGER_LEMMAS,
    VERB_TRIGGERS,
    VERBS_ONLY,
    WEAPONS,
    EventType,
)


def extract_events(
    sentences: Sequence[tuple[Sentence, bool]],
    entities: Sequence[Entity],
    dates: Sequence[DateMention],
    text: str,
    headline: str | None = None,
) -> tuple[Event, ...]:
    """Events of one article; `sentences` come with whether they stand in a caption; the `headline`,
    where the report has one, frames what its harms are (`A bomb explosion ... killed`)."""
    opening = opening_of(text, headline)
    bombed = lead_names_bomb(opening)  # a bomb's damage is told as a disaster's
    sporting = is_sport_report(f"{headline or ''}\n{text}")  # a game or a fight: its blows and marches are play
    hurt_player = _TREATED.search(text) is not None  # a report of an injury treated: a doctor seen examines
    events: list[Event] = []
    harms: list[Event] = []  # attacks, deaths and disasters: what a death told next belongs to
    begins = story_start(text, headline)  # a standfirst over a date line is the headline's
    for sentence, in_caption in sentences:
        taken: set[int] = set()
        if sentence.span.end <= begins:
            continue
        asked_from = _asked_from(sentence)
        if asked_from == 0:
            continue  # `Did you shoot him?` asks; it reports nothing
        if _is_table_row(sentence):
            continue  # `Injured: 4,877`: a figure in a table, counted by the tolls, no event told
        for token in sentence.tokens:
            if token.i >= asked_from:
                break  # the question a quote at the end asks
            trigger = _trigger_at(sentence, token, harms, bombed)
            if trigger is None:
                continue
            raw = trigger.kind
            if token.i in taken or _is_command(sentence, token) or _is_wished(sentence, token, raw):
                continue
            if _is_imagined(sentence, token) or _is_title_quoted(sentence, token):
                continue
            if _is_background(sentence, token) or _is_conditional(sentence, token) or _is_asked(sentence, token):
                continue
            if token.pos == "VERB" and (_is_habitual(sentence, token) or is_generic(sentence, token)):
                continue
            if sporting and is_play(sentence, token, raw):
                continue  # `Klitschko dropped Rahman`, `ambitious attacks`, `rallied his team`: the game itself
            if sporting and raw == "statement" and _staffing(sentence, token):
                continue  # `announced Tony DiLeo ... will take over as the head coach`: a team's business
            if raw == "consult" and (sporting or hurt_player) and _saw_a_doctor(sentence, token):
                continue  # `after Bush met with Dr. James Andrews this past week`: a knee examined
            if sporting and raw in {"agree", "consult"} and _signing(sentence):
                continue  # `agreed to a six year deal with the 76ers`, a visit to a team before a signing: business
            head = sentence.tokens[token.head]
            # a verb with an auxiliary of its own is a clause of its own (`collapsed ... and buildings
            # were also damaged`, its subject misread as joined to the noun before)
            own_clause = any(
                c.dep in {"nsubj", "nsubjpass", "auxpass"} or (c.dep == "aux" and c.text.lower() != "to")
                for c in sentence.children(token)
            )
            if (
                token.dep == "conj"
                and head.i != token.i
                and not own_clause
                and trigger.rule != FIRE_SPREAD  # `the fire was lit at the entrance and moved inward`: two
                and _same_kind(raw, _kind_of(_trigger_at(sentence, head, harms, bombed)))
                and not (_has_complement(sentence, head) and _has_complement(sentence, token))
                # `wouldn't comment ... but confirmed on his Twitter feed`: one refused, one done
                and not _joined_by_but(sentence, head, token)
                # `was found guilty of capital murder and sentenced to death`: a verdict and a sentence
                and not (token.lemma.lower() == "sentence" and head.lemma.lower() in {"find", "convict"})
            ):
                # `shot and killed`: one event; `nine were killed and 21 were wounded`, `killing 81
                # and injuring 1,700`, `condemned the attacks and vowed to find the bombers`: two
                continue
            if (
                token.pos == "NOUN"
                and token.dep in {"nsubjpass", "dobj"}
                and head.pos == "VERB"
                and _kind_of(_trigger_at(sentence, head, harms, bombed)) == raw
            ):
                continue  # `Another anticipated ruling ... has not been announced yet`: the verb tells it
            if _told_by_its_head(sentence, token, head, raw) and _same_kind(
                raw, _kind_of(_trigger_at(sentence, head, harms, bombed))
            ):
                continue  # `refused to disclose the reason`, `announced it ..., revealing that`: told once
            kind = raw if raw != CASUALTY else _casualty_type(sentence, token, harms, text, opening)
            event = _event(sentence, token, kind, entities, dates, in_caption)
            if event is not None:
                event = replace(event, casualty=_harm_counted(sentence, token, raw, event), source=trigger.rule)
                if (raw == CASUALTY and kind == "other") or trigger.rule in {
                    DAMAGE_IN_DISASTER,
                    OUTAGE_OR_BREAK,
                    PEOPLE_SHAKEN,
                    PRODUCT_COMING,
                    PERSON_FELL,
                    FIRE_FOUND,
                    CAME_UNDER_FIRE,
                    PEOPLE_FLED,
                    NETWORK_DOWN,
                    TREMOR_FELT,
                    SHOT_MISSED,
                }:
                    # died in a disaster, villages destroyed, cracks appeared, `it woke people up`, `the Q10 is coming`
                    event = replace(event, actor=None)
            if event is not None and (
                raw in {"assault", CASUALTY} or (raw == "other" and token.lemma.lower() not in _NOT_HARM)
            ):
                harms.append(event)
            if event is not None:
                # A kind the first taxonomy did not have (`praised the protests`) leaves the noun
                # under it its own event.
                covered = _covered(sentence, token)
                if kind not in FIRST_TYPES:  # but `imposed sanctions` is one event
                    covered = {token.i} | {
                        i for i in covered if NOUN_TRIGGERS.get(sentence.tokens[i].lemma.lower()) == kind
                    }
                taken.update(covered)
                events.append(event)
    return tuple(_carry_dates(events, text))


# Kinds whose target is what is talked about, not where the event is.
_SAID_ABOUT = frozenset(["statement", "request", "threaten", "support", "concede"])


# A total that `topped` or `passed` a figure is more than it.
_PASSING = frozenset(["top", "exceed", "pass", "surpass"])


_UNCOUNTED = frozenset(
    ["statement", "speech", "agree", "consult", "support", "concede", "cooperate", "aid", "request", "threaten"]
) | frozenset(["sanction", "investigate", "restrict"])


# Times and what is seized with weapons, never people (`fired two or three times`, `12 magazines`).
_MUNITIONS = frozenset(["time", "magazine", "round", "ammunition", "cartridge"])
_DURATIONS = frozenset(["hour", "day", "week", "month", "year", "decade"])


# Damage read as an adjective (`and damaging buildings`) or a collapse: no people counted.
_DAMAGE_ADJECTIVES = frozenset({"collapse", "damaging", "destroying"})


# What a count next to an event can count that is no people (see `_event`), built once.
_NOT_PEOPLE = (
    WEAPONS
    | _GUNFIRE
    | HAZARDS
    | _BUILDINGS
    | _VESSELS
    | _VEHICLES
    | _MUNITIONS
    | _DURATIONS
    | CARRIERS
    # `brought him another three-year sentence`: the years of a sentence; `struck seven km east of`
    | {"line", "sentence"}
    # `attack dozens of police stations`, `looted 20 businesses`: premises, no one hurt
    | {"station", "campus", "business", "bank", "premises"}
    # `The quake jolted several cities`: places, no one hurt
    | _HOMES
    | {"city", "country", "island", "region", "province"}
    | {"km", "kilometre", "kilometer", "mile", "metre", "meter", "foot", "feet", "yard"}
    # `five villages had been badly hit`: places hit, no people counted
    | {"village", "town"}
)


def _joined_by_but(sentence: Sentence, head: Token, token: Token) -> bool:
    """Whether the word joining a verb to the one before it is `but` or `yet` (`wouldn't comment
    ... but confirmed`; not `shot and killed but the others escaped`)."""
    joining = [c for c in sentence.children(head) if c.dep == "cc" and head.i < c.i < token.i]
    return bool(joining) and joining[-1].lemma.lower() in {"but", "yet"}


def _told_by_its_head(sentence: Sentence, token: Token, head: Token, raw: str) -> bool:
    """A word whose event the word it hangs on already tells, when that one is of its kind: what
    one refuses to do (`refused to disclose the real reason`: the refusal), a participle that says
    again what a statement says (`announced it himself on Wednesday, revealing ... that`), unless
    someone else says it (`opposed the rule changes with a spokesman stating`)."""
    if head.i == token.i:
        return False
    refused = token.dep == "xcomp" and head.lemma.lower() in _DECLINING
    before = sentence.tokens[token.i - 1] if token.i > 0 else None
    with_own_subject = (
        before is not None
        and before.dep == "pobj"
        and sentence.tokens[before.head].lemma.lower() == "with"
        and (before.pos == "PROPN" or before.lemma.lower() in _PEOPLE | _ROLES)
    )
    # (`wouldn't comment -- while not denying the story`: a clause of its own, opened by `while`)
    own_clause = any(c.dep == "mark" for c in sentence.children(token))
    restated = raw == "statement" and token.dep == "advcl" and token.tag == "VBG" and not own_clause
    return refused or (restated and not with_own_subject)


def _kind_of(trigger: Trigger | None) -> str | None:
    return None if trigger is None else trigger.kind


def _trigger_at(sentence: Sentence, token: Token, harms: Sequence[Event], bombed: bool) -> Trigger | None:
    """What event a word starts: its trigger, else the damage of the disaster or the bomb the report
    tells (`damaged or toppled`, `Power supplies were cut`)."""
    trigger = _trigger_type(sentence, token)
    if trigger is None and (rule := disaster_damage(sentence, token, harms, bombed)) is not None:
        return Trigger("other", rule)
    if trigger is None and not harms and tremor_felt_first(sentence, token):
        return Trigger("other", TREMOR_FELT)  # `Tremors ... were felt in Dubai today`, no quake told before
    if trigger is None and harms and _incident_happening(sentence, token):
        # `The incident took place about 150 nautical miles off Aden`: the attack or disaster just told
        attacks = [h for h in harms if h.type == "assault"]
        return Trigger((attacks or list(harms))[-1].type, "incident told happening")
    return trigger


# A team's staff, whose hiring and firing a sport report tells as its business.
_TEAM_STAFF = frozenset(["coach", "manager", "coordinator", "gm", "trainer"])
_STAFFING = frozenset(["take", "replace", "hire", "name", "appoint", "succeed", "fire", "promote"])


def _staffing(sentence: Sentence, token: Token) -> bool:
    """An announcement of who coaches or manages a team (`announced Tony DiLeo ... will take over as
    the head coach`)."""
    told = [t for c in sentence.children(token) if c.dep in {"ccomp", "dobj", "xcomp"} for t in sentence.subtree(c)]
    words = {t.lemma.lower() for t in told}
    return bool(words & _TEAM_STAFF) and bool(words & _STAFFING)


def _saw_a_doctor(sentence: Sentence, token: Token) -> bool:
    """A player meeting a doctor or a surgeon (`met with Dr. James Andrews`): an examination, no talks."""
    met = [g for c in sentence.children(token) if c.dep == "prep" for g in sentence.children(c) if g.dep == "pobj"]
    met += [c for c in sentence.children(token) if c.dep == "dobj"]
    words = {t.lemma.lower() for m in met for t in sentence.subtree(m)}
    return bool(words & _DOCTORS)


# An injury treated (`had arthroscopic surgery`, `placed on injured reserve`).
_TREATED = re.compile(r"\b(?:surgery|injured reserve|torn|sprain(?:ed)?|ligament|meniscus)\b", re.IGNORECASE)
# Whom a hurt player sees (`Dr. James Andrews`, `a knee specialist`).
_DOCTORS = frozenset(["dr.", "dr", "doctor", "surgeon", "physician", "specialist", "orthopedist"])


def _signing(sentence: Sentence) -> bool:
    """A sentence of a player's contract (`a six year deal`, `The signing came just one day before`)."""
    return any(t.lemma.lower() in _CONTRACTS for t in sentence.tokens)


# What a team and a player agree on.
_CONTRACTS = frozenset(["deal", "contract", "signing", "offer", "extension"])


def _incident_happening(sentence: Sentence, token: Token) -> bool:
    """`The incident took place`, `the incident occurred on Thursday`: an incident told happening."""
    holder = sentence.tokens[token.head]
    return token.lemma.lower() == "incident" and token.dep == "nsubj" and took_place(sentence, holder)


def _event(
    sentence: Sentence,
    trigger: Token,
    kind: str,
    entities: Sequence[Entity],
    dates: Sequence[DateMention],
    in_caption: bool,
) -> Event | None:
    # (a verb the parser read as a noun is its own clause's verb: `Police allege ... opened fire`)
    as_verb = trigger.pos == "VERB" or trigger.lemma.lower() in VERBS_ONLY
    verb = trigger if as_verb else _governing_verb(sentence, trigger)
    actor_token, target_token = event_roles(sentence, trigger)
    actor = _participant(sentence, actor_token, entities)
    target = _participant(sentence, target_token, entities)
    # Who is counted: the arrested, charged, hurt, sent or rescued; the crowd for the rest. Weapons
    # are never counted (`Two bombs exploded`), nor shots (`Several shots were fired`: no one
    # counted), nor quakes and storms (`23 quakes occurred Sunday`, `Two aftershocks followed`).
    # nor buildings (`250 others injured and more than 800 homes destroyed`, read as injuring homes)
    # `intercepted three boats`, `struck two other vehicles`
    # and times (`fired two or three times in the air`), and what is seized with weapons, and a
    # term's length (`served 412 months in federal prison`)
    # nor cables (`all three of the cables`)
    not_people = _NOT_PEOPLE

    def things(token: Token | None, words: frozenset[str]) -> bool:
        if token is None:
            return False
        # `all three of the cables`: the noun after `of`
        of = [g for p in sentence.children(token) if p.lemma.lower() == "of" for g in sentence.children(p)]
        return (
            token.lemma.lower() in words
            or token.lemma.lower().removesuffix("s") in words  # `14 AK 47 Rifles`, tagged a name
            or thing_meant(sentence, token) is not None
            or any(g.dep == "pobj" and g.lemma.lower() in words for g in of)
        )

    countable_target = None if things(target_token, not_people) else target
    # nor who used a weapon (`Two would-be robbers emptied their pistols`): the hurt are counted
    armed = kind == "assault" and things(target_token, WEAPONS | _FIREARMS)
    # nor who attacked: an assault counts the hurt (`Two accused gangbangers ... killing a mother`)
    countable_actor = None if things(actor_token, WEAPONS | HAZARDS) or armed or kind == "assault" else actor
    first, second = (
        (countable_target, countable_actor)
        if kind in {"arrest", "charge", "assault", "deploy", "lockdown", "other"}
        else (countable_actor, countable_target)
    )
    # Speakers are not counted: `no terrorist organization has claimed responsibility` is no count of 0.
    # nor what is damaged (`10 houses were damaged`): counts are of people
    # nor who agrees, meets, backs, asks, warns, punishes or investigates (`one Indiana Republican has
    # subpoenaed Elian`): counts are of people arrested, harmed, sent, freed or gathered
    countable = kind not in _UNCOUNTED and trigger.lemma.lower() not in _DESTROYING_VERBS | _DAMAGE_ADJECTIVES
    count = (_count(sentence, first) or _count(sentence, second)) if countable else None
    if count is not None and first is not None and first is countable_target:
        count = _with_joined_group(sentence, target_token, count)  # `caught 12 Somalis and 11 Yemenis`: 23
    # nor `faced more than 50 charges`: charges counted, not the charged (nor `several services held`)
    counted_noun = trigger.pos in {"NOUN", "PROPN"} and trigger.lemma.lower() not in HAZARDS | _EXPLOSIONS | {
        "charge",
        "service",
        "operation",  # `Several international naval operations are under way`: no forces counted
        "mission",
    }
    if count is None and countable and counted_noun and kind != "assault":
        # `There were 24 arrests` counts the arrested; `two bombing raids` counts no one hurt, nor
        # `there were three other explosions`
        count = _count(sentence, _counted_noun(sentence, trigger))
    if count is None and countable and not things(target_token, not_people):
        # (`six rifles, 12 magazines and 300 rounds were confiscated`: things beside things)
        count = _count(sentence, _counted_conjunct(sentence, target_token or actor_token))
    if count is None and countable and target_token is not None and things(target_token, not_people):
        # `holding about a dozen ships and nearly 300 crewmen`: the people beside the things
        # (the joined phrase `_counted_conjunct` counts: the first with a number of its own)
        numbered = next(
            (
                c
                for c in sentence.children(target_token)
                if c.dep == "conj" and any(g.dep == "nummod" for g in sentence.children(c))
            ),
            None,
        )
        if numbered is not None and not things(numbered, not_people):
            count = _count(sentence, _counted_conjunct(sentence, target_token))
    if count is None and trigger.lemma.lower() == "toll" and verb is not None:
        count = _count(sentence, _toll_figure(sentence, verb))  # `rose to 12`, `stands at 12`
    total = _running_total(sentence, trigger)
    if count is None and total is not None:
        count = _count(sentence, _toll_figure(sentence, total))  # `the number injured topped 2,200`
        if count is not None and count.qualifier == "exact" and total.lemma.lower() in _PASSING:
            count = replace(count, qualifier="at_least", low=count.value + 1, high=None)  # topped: more than
    said_about = kind in _SAID_ABOUT
    described = described_noun(sentence, verb) if verb is not None else None  # `the blasts in Kenya which killed`
    place = _place(
        sentence,
        # what is said about something elsewhere is not said there (`condemned the bombings in Kenya`)
        [t for t in (trigger, verb, None if said_about else target_token, actor_token, described) if t is not None]
        # `The trial is set to begin on Wednesday in the Royal Courts of Justice`: where it is set to happen
        + [
            c
            for c in (sentence.children(verb) if verb is not None and trigger.pos == "NOUN" else ())
            if c.dep == "xcomp"
        ],
        entities,
        # the place stormed, struck (`the quake hit Indonesia's Aceh province`) or visited
        target_token
        if kind == "breach"
        or (kind == "other" and trigger.lemma.lower() in _STRIKING_VERBS)
        or (kind == "consult" and trigger.lemma.lower() in {"visit", "tour"})
        else None,
        said_from=kind in {"statement", "speech"},
    )
    if place is None and verb is not None:
        place = _travelled_to(sentence, verb, entities)  # `flew to Las Vegas on Tuesday and met with Boras`
    date = _date(sentence, trigger, verb, dates, asked=kind == "request")
    polarity, modality = _polarity(sentence, trigger, verb, target_token), _modality(sentence, verb or trigger)
    if polarity == "negated":
        count = None  # `no one was killed`, `no arrests were made`: nothing to count
    coding = code_event(sentence, trigger, kind, actor_token)
    return Event(
        type=kind,
        trigger=trigger.span,
        trigger_text=trigger.text,
        evidence=sentence.span,
        actor=actor,
        target=target,
        place=place,
        date=date,
        count=count,
        polarity=polarity,
        modality=modality,
        in_caption=in_caption,
        plover=coding.plover,
        plover_mode=coding.mode,
        acled=coding.acled,
    )


__all__ = [
    "CASUALTY",
    "EVENT_TYPES",
    "FAMILY_VERBS",
    "FIRST_TYPES",
    "HAZARDS",
    "NOUN_TRIGGERS",
    "PHRASAL_TRIGGERS",
    "SUPPORT_VERBS",
    "TRIGGER_LEMMAS",
    "VERB_TRIGGERS",
    "WEAPONS",
    "EventType",
    "event_roles",
    "extract_events",
    "phrase_span",
]
