"""Deaths, injuries, disasters and weapons: a death typed by its cause, a hazard or a weapon
doing harm, who a count of casualties counts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...model import Event
from ..parse import Sentence, Token
from .clauses import _adjacent, _doer, _has_object, _is_toll, _names, a_year
from .words import (
    _AIRCRAFT,
    _ANYONE,
    _ATTACK_WORDS,
    _BLAST_WORDS,
    _BUILDINGS,
    _CARRIED_AWAY,
    _CAUSING_VERBS,
    _DEFAULT_CASUALTY,
    _DESTROYING_VERBS,
    _DRIVING_OUT,
    _EARTH_MOVING,
    _EXPLOSIONS,
    _FIGHTING,
    _FIRES,
    _GAMES,
    _HAPPENING_VERBS,
    _HARM_DONE_TO_BODIES,
    _HARMS,
    _MOVING_EARTH,
    _PEOPLE,
    _POPULATIONS,
    _PROTESTERS,
    _QUAKE_CENTRES,
    _SHAKING_PEOPLE,
    _STRIKING_VERBS,
    _SUFFERING_VERBS,
    _SUPPLIES,
    _THE_HARMED,
    _UNDERGOING,
    BODY_PARTS,
    CASUALTY,
    HAZARDS,
    NOUN_TRIGGERS,
    SELF_INJURING,
    VERB_TRIGGERS,
    WEAPONS,
)


def _injuries_suffered(sentence: Sentence, children: Sequence[Token]) -> bool:
    """`eight people had suffered from serious injury`, `261 other got minor injury`, `three
    officers sustained injuries`: harm told as what the harmed got."""
    for c in children:
        held = [c] if c.dep == "dobj" else []
        if c.dep == "prep":  # `suffered from serious injury`
            held = [g for g in sentence.children(c) if g.dep == "pobj"]
        if any(h.lemma.lower() in _HARM_DONE_TO_BODIES or _broken_part(sentence, h) for h in held):
            return True  # and `a number of children suffered broken legs`
    return False


def _broken_part(sentence: Sentence, part: Token) -> bool:
    """A part of the body named broken (`broken legs`, `a fractured skull`): an injury."""
    return part.lemma.lower() in BODY_PARTS | {"bone", "skull"} and any(
        c.dep == "amod" and c.lemma.lower() in _BROKEN for c in sentence.children(part)
    )


def _treated_for_harm(sentence: Sentence, children: Sequence[Token]) -> bool:
    """`19 patients were treated for broken bones`, `treated 20 quake victims`, `who was
    hospitalized with a head wound`."""
    for c in children:
        if c.dep == "nsubjpass" and _the_others(sentence, c):
            return False  # `The two other victims were being treated`: the hurt told before, cared for
        # (patients only when counted: `The sickest patients are already treated first` is care, no harm)
        uncounted = c.lemma.lower() == "patient" and not any(g.dep == "nummod" for g in sentence.children(c))
        if c.dep in {"dobj", "nsubjpass"} and c.lemma.lower() in _THE_HARMED and not uncounted:
            return True
        if c.dep == "nsubjpass" and any(t.text.lower() in _THE_HARMED for t in sentence.subtree(c)):
            return True  # `most of those seriously wounded were treated`
        if (
            c.dep == "prep"
            and c.lemma.lower() in {"for", "with"}
            and any(t.lemma.lower() in _HARM_DONE_TO_BODIES for t in sentence.subtree(c))
        ):
            return True
    # `Four people ... are treated in nearby hospitals`: people counted, cared for in a hospital
    counted = any(c.dep == "nsubjpass" and any(g.dep == "nummod" for g in sentence.children(c)) for c in children)
    in_hospital = any(
        c.dep == "prep"
        and c.lemma.lower() in {"in", "at"}
        and any(g.dep == "pobj" and g.lemma.lower() in {"hospital", "clinic"} for g in sentence.children(c))
        for c in children
    )
    return counted and in_hospital


def _the_others(sentence: Sentence, noun: Token) -> bool:
    """`the two other victims`: people the report has told of already, the rest of them."""
    kids = list(sentence.children(noun))
    return any(k.dep == "det" and k.lemma.lower() == "the" for k in kids) and any(
        k.dep == "amod" and k.lemma.lower() == "other" for k in kids
    )


def _counted_people(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """Whether the subject of the verb (or the noun a relative pronoun stands for) is people
    counted: `thousands of people`, `10,000 residents`, `hundreds of thousands of civilians`."""
    subject = next((c for c in children if c.dep in {"nsubj", "nsubjpass"}), None)
    if subject is not None and subject.tag in {"WP", "WDT"} and verb.dep == "relcl":
        subject = sentence.tokens[verb.head]
    for _ in range(3):  # `civilians` in `hundreds of thousands of civilians` counts through `of`
        if subject is None:
            return False
        # (a year before a name counts no one: `a 2013 Toyota Camry, which then fled`)
        counted = _is_toll(sentence, subject) or any(
            c.dep in {"nummod", "quantmod"} and not (subject.pos == "PROPN" and a_year(c))
            for c in sentence.children(subject)
        )
        if counted or subject.lemma.lower() in _POPULATIONS:
            return True
        of = sentence.tokens[subject.head]
        if subject.dep != "pobj" or of.lemma.lower() != "of" or of.head == of.i:
            return False
        subject = sentence.tokens[of.head]
    return False


def _harm_counted(sentence: Sentence, trigger: Token, raw: str, event: Event) -> str:
    """Who the event's count counts when it counts people harmed or held: killed, injured,
    missing, displaced or arrested; "" otherwise."""
    lemma = trigger.lemma.lower()
    if event.type == "arrest":
        return "arrested"
    if raw == CASUALTY and _HARMS.get(lemma) == "injured" and _to_death(sentence, trigger):
        return "killed"  # `fatally injuring a woman`, `mortally wounded`: a death
    if raw == CASUALTY:
        return _HARMS.get(lemma, "")
    if event.type in {"assault", "other"} and _to_death(sentence, trigger):
        return "killed"  # `shot to death`, `beaten to death`, `shot dead`, `fell to his death`
    found_as = [c for c in sentence.children(trigger) if c.dep in {"oprd", "xcomp", "acomp", "ccomp"}]
    if (
        lemma == "find"
        and event.type == "assault"
        and any(
            c.lemma.lower() in {"slay", "slain", "murder", "kill", "strangle"} or _to_death(sentence, c)
            for c in found_as
        )
    ):
        return "killed"  # `were found stabbed to death`, `are found slain in their home`
    bodies = [c for c in sentence.children(trigger) if c.dep in {"dobj", "nsubjpass"} and c.lemma.lower() == "body"]
    # `The bodies of Alice McMeekin and Katie Jenkin were found`: the dead named
    named = any(
        g.pos == "PROPN"
        for b in bodies
        for c in sentence.children(b)
        if c.lemma.lower() == "of"
        for g in sentence.children(c)
    )
    counted = event.count is not None or named
    if lemma in {"discover", "find", "recover"} and event.type == "other" and counted and bodies:
        return "killed"  # `The bodies of the two women were discovered`: the dead counted
    driven_out = lemma in _DRIVING_OUT and event.type == "other"  # `forcing hundreds of residents from their homes`
    driven_out = driven_out or lost_home(sentence, trigger)  # `Thousands lost their homes in the quake`
    if (lemma in {"flee", "displace", "uproot", "homeless"} or driven_out) and event.count is not None:
        return "displaced"  # `hundreds of thousands of civilians have fled`
    killing = lemma in _MURDERING or any(
        c.dep == "conj" and c.lemma.lower() in {"kill", "murder"} for c in sentence.children(trigger)
    )
    if event.type == "assault" and killing:
        return "killed"  # `when he was murdered`, `was shot and killed`: a death
    deaths = {t.lemma.lower() for t in sentence.tokens} & {"kill", "die", "dead", "death", "fatally", "killing"}
    if lemma in {"shoot", "stab"} and event.type == "assault" and event.count is not None and not deaths:
        return "injured"  # `A gunman shot three people`: hurt, where the sentence tells no one died
    return ""


# Verbs of killing someone on purpose, typed `assault` by the verb list: each a death.
_MURDERING = frozenset(["murder", "assassinate", "slay", "massacre", "behead", "lynch"])


def _to_death(sentence: Sentence, verb: Token) -> bool:
    """`shot to death`, `beaten to death`, `shot dead`, `gunned down`: the attack killed."""
    for c in sentence.children(verb):
        if verb.lemma.lower() == "gun" and c.dep == "prt" and c.lemma.lower() == "down":
            return True
        to_death = c.dep == "prep" and c.lemma.lower() == "to"
        if to_death and any(g.lemma.lower() == "death" for g in sentence.children(c)):
            return True
        if c.dep in {"oprd", "acomp", "advmod"} and c.lemma.lower() in {"dead", "fatally", "mortally"}:
            return True  # `shot dead`, `fatally stabbed`
        if c.dep == "advmod" and any(
            g.dep == "advmod" and g.lemma.lower() in {"fatally", "mortally"} for g in sentence.children(c)
        ):
            return True  # `He shot one man fatally right away`, the adverb hung on `away`
    return False


def _casualty_type(sentence: Sentence, trigger: Token, harms: Sequence[Event], text: str, opening: str) -> str:
    """Killed or hurt by people (`assault`) or by a hazard (`other`): in a blast or explosion, as
    the report's harms say (below), else by what the sentence says,
    else as the attack, death or disaster told just before (`harms`: `At least seven were reported dead` after a
    bombing), else by the word (`died`, `dead`, `trapped`: other), else as the first the report
    told (`Many people were injured`, paragraphs into a report of a quake), else assault. The
    report's `opening` is its headline and lead (`opening_of`)."""
    explosion = any(t.lemma.lower() in _EXPLOSIONS for t in sentence.tokens)
    if harms and explosion:
        # `Eleven people died in the blast`: an attack's in a report that tells one (its first harm
        # may be the bomb going off, itself an explosion) or opens on a bomb (`were killed in the
        # blast`, under `after a bomb exploded late Friday at a Woodburn bank`), else the accident's
        # or disaster's
        bombed = lead_names_bomb(opening) and not _lead_names_hazard(opening)
        return "assault" if bombed or any(h.type == "assault" for h in harms) else harms[0].type
    if explosion and lead_names_bomb(opening) and not _lead_names_hazard(opening):
        # `both were dead at the scene of the explosion`, under `a bomb explosion at a bank killed`:
        # the explosion is the bomb's
        return "assault"
    things = {t.lemma.lower() for t in sentence.tokens if t.pos in {"NOUN", "PROPN"}}
    if _FIREBOMB.search(opening) and things & HAZARDS and things & HAZARDS <= _FIRES:
        # `THREE PEOPLE HAVE DIED IN A BLAZE`, under `3 DEAD due to Molotov cocktail at Bank`: the
        # blaze the firebombs started is the attack's
        return "assault"
    verb = trigger if trigger.pos == "VERB" else sentence.tokens[trigger.head]
    if _lead_names_murder(opening) and _injury_of_a_part(sentence, verb):
        return "assault"  # `They'd suffered severe head injuries`, in a report of murders: the killer's doing
    if _after_an_attack(sentence, verb):
        return "assault"  # `Three people have died after rioters ... set fire to a bank`: people did it
    kind = _casualty_kind(sentence, trigger)
    if kind is not None:
        return kind
    told_cause = any(t.i != trigger.i and t.lemma.lower() in _CAUSES_OF_DEATH for t in sentence.tokens)
    if lead_names_bomb(opening) and not told_cause and not _lead_names_hazard(opening):
        # `A bomb explosion at a bank killed a police officer ...`, then `died at the scene`: a bomb
        # someone set did it, whatever the explosion before was typed
        return "assault"
    last = harms[-1] if harms else None
    if last is not None and _adjacent(text, last.evidence, sentence.span):
        # a blast told just before, in a report of an attack: its dead are the attack's (`The blast
        # in Nairobi occurred ... At least 75 people were killed`)
        blast = any(h.trigger_text.lower() in _BLAST_WORDS for h in harms[-3:])  # or the damage it did
        return "assault" if blast and any(h.type == "assault" for h in harms) else last.type
    by_word = _DEFAULT_CASUALTY.get(trigger.lemma.lower(), "assault")
    if not harms and by_word == "assault" and _lead_names_hazard(opening):
        return "other"  # `eight people had suffered from serious injury`, under a headline of quakes
    if not harms and by_word == "other" and _lead_names_fighting(opening) and not _lead_names_hazard(opening):
        return "assault"  # `Enough people ... have died`, in a report that opens on people hounded by warfare
    attacks_only = bool(harms) and all(h.type == "assault" for h in harms)
    if by_word == "other" and attacks_only and not told_cause and not _lead_names_hazard(opening):
        # `The woman was pronounced dead at HCMC`, paragraphs after she was struck by a driver: a
        # death in a report whose every harm so far is an attack is that attack's
        return "assault"
    return harms[0].type if harms and by_word == "assault" else by_word  # `died` names no killer anywhere


def _after_an_attack(sentence: Sentence, verb: Token) -> bool:
    """A death told after a fire set or a missile thrown by rioters or attackers, in a clause of
    time on it."""
    for clause in sentence.children(verb):
        if clause.dep != "advcl" or clause.lemma.lower() not in _ATTACKING_ACTS:
            continue
        doer = next((c for c in sentence.children(clause) if c.dep == "nsubj"), None)
        if doer is not None and doer.lemma.lower() in _PROTESTERS | _ATTACKERS_BY_NAME | _PEOPLE:
            return True
    return False


# Acts by which people set fires or throw at others (`set fire to`, `threw a petrol bomb`).
_ATTACKING_ACTS = frozenset(["set", "throw", "hurl", "torch", "firebomb", "bomb", "attack", "storm"])
_ATTACKERS_BY_NAME = frozenset(["attacker", "gunman", "militant", "arsonist"])


# Words that tell a death's own cause in its sentence (`perished when their boat sank`).
_CAUSES_OF_DEATH = (
    HAZARDS | _UNDERGOING | {"sink", "crash", "accident", "illness", "disease", "cancer", "overdose", "natural"}
) - {"die", "perish"}


LEAD_CHARS = 400  # a report's lead: its first sentences


def opening_of(text: str, headline: str | None = None) -> str:
    """A report's opening, which frames what its harms are: its headline, where it has one, and the
    first `LEAD_CHARS` of its body."""
    return f"{headline}\n{text[:LEAD_CHARS]}" if headline else text[:LEAD_CHARS]


def lead_names_bomb(opening: str) -> bool:
    """Whether the report's opening names a bomb (`A bomb explosion at a bank killed a police
    officer`, `3 DEAD due to Molotov cocktail at Bank`): its harms are an attack's."""
    return re.search(r"\b(?:fire)?bomb(?:s|ing|ings|er|ers)?\b|\bmolotov\b", opening, re.IGNORECASE) is not None


# A fire set with a bomb thrown (`demonstrators hurled Molotov cocktail fire bombs`): its blaze is
# the attack's, no disaster.
_FIREBOMB = re.compile(r"\bmolotov\b|\bfire\s?bombs?\b|\bfirebomb|\bpetrol bombs?\b", re.IGNORECASE)


def _lead_names_hazard(opening: str) -> bool:
    """Whether the report's opening (its headline and lead) names a disaster (`The powerful quakes in
    Papua`): the harm it tells before any other is that disaster's."""
    if _HIT_AND_RUN.search(opening):
        return False  # `killed in a hit - and - run crash`: a driver's doing, no disaster
    words = re.findall(r"[a-z]+", opening.lower())
    disasters = HAZARDS - {"fire", "sea"}  # `opened fire`, `at sea`: no disaster of their own
    if _FIREBOMB.search(opening):
        disasters -= _FIRES
    if "driver" in opening or "drivers" in opening:
        # `a driver who tried to flee after striking ... a woman`, then `the Richmond Hill crash`:
        # the crash is the driver's doing; a quake or a flood in the opening still names a disaster
        disasters -= _ROAD_CRASHES
    return any(word in disasters or (word.endswith("s") and word[:-1] in disasters) for word in words)


def _lead_names_murder(opening: str) -> bool:
    """Whether the report's opening names a murder (`a Millom man accused of murdering his mother`)."""
    return re.search(r"\b(?:murder\w*|homicides?|manslaughter|slay\w*|slain)\b", opening, re.IGNORECASE) is not None


def _lead_names_fighting(opening: str) -> bool:
    """Whether the report's opening names armed violence (`hounded from their homes by warfare`)."""
    return bool(set(re.findall(r"[a-z]+", opening.lower())) & _FIGHTING)


def _harms_people(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """Whether who is hurt is people: named, a pronoun, counted, or a word for people."""
    for c in children:
        if c.dep in {"dobj", "nsubjpass", "nsubj"} and (
            c.pos in {"PRON", "NUM"}
            or c.lemma.lower() in _PEOPLE | _ANYONE
            or (c.dep == "nsubjpass" and c.pos == "PROPN")  # `Thomas was hurt in the Saints' game`
            or any(g.dep == "nummod" for g in sentence.children(c))
        ):
            return c.dep != "nsubj" or verb.tag == "VBN"  # `were hurt`, `72 others were hurt`
    return False


_BLOWING_UP = frozenset({"go", "explode", "detonate"})


def _earth_moving(sentence: Sentence, verb: Token, doer: Token | None) -> bool:
    """A landslide told by its verb: earth, mud or a hillside sliding, cascading, breaking loose or
    giving way (`tons of earth` through `of`), or a house slipping or sliding with it."""
    lemma = verb.lemma.lower()
    if lemma not in _EARTH_MOVING or doer is None:
        return False
    parts = {c.lemma.lower() for c in sentence.children(verb) if c.dep in {"advmod", "acomp", "prt", "dobj"}}
    if (lemma == "break" and "loose" not in parts) or (lemma == "give" and "way" not in parts):
        return False  # `broke loose`, `gave way`; not `broke the record`
    words = {doer.lemma.lower()} | {
        g.lemma.lower() for c in sentence.children(doer) if c.dep == "prep" for g in sentence.children(c)
    }
    if words & _MOVING_EARTH:
        return True
    return lemma in {"slide", "slip"} and bool(words & _CARRIED_AWAY)


def _harm_done(sentence: Sentence, verb: Token, children: Sequence[Token]) -> str | None:
    """A hazard or a weapon doing harm: `the quake struck` (other), `bombs landed` (assault),
    `triggered a tsunami`, `buildings were damaged in the quake`."""
    lemma = verb.lemma.lower()
    doer = _doer(sentence, verb, children)
    doer_word = doer.lemma.lower() if doer is not None else ""
    patients = {c.lemma.lower() for c in children if c.dep in {"dobj", "nsubjpass"}}
    if lemma == "go" and not any(c.dep in {"prt", "advmod"} and c.lemma.lower() == "off" for c in children):
        return None  # only `went off` (`off` as a particle or, as the parser may read it, an adverb)
    if lemma in _HAPPENING_VERBS | {"occur", "happen"} and doer_word in NOUN_TRIGGERS:
        return None  # `the quake occurred`: the noun is the event, told by its own rule
    if lemma in _STRIKING_VERBS and verb.dep == "conj" and not any(c.dep == "nsubj" for c in children):
        # `was dispatched after two quakes, measuring 7.6 and 7.4, struck west of Manokwari`: the
        # parser joins the verb to the clause before; the noun nearest before it is what struck
        before = next((t for t in reversed(sentence.tokens[: verb.i]) if t.pos in {"NOUN", "PROPN", "PRON"}), None)
        doer_word = before.lemma.lower() if before is not None and before.lemma.lower() in HAZARDS else doer_word
    if lemma in _STRIKING_VERBS:
        if doer_word in HAZARDS | _QUAKE_CENTRES or (lemma in {"record", "register"} and patients & HAZARDS):
            return "other"  # `The temblor occurred at 9:27 a.m.`, `The epicenter ... occurred at a depth of 22 miles`
        if doer_word in WEAPONS:
            if any(c.dep == "conj" and c.lemma.lower() in _BLOWING_UP for c in children):
                return None  # `two landed and exploded`: one event, the explosion (its own verb)
            # `a bomb went off`, `exploded`: an explosion; `bombs landed`, `hit`: the attack
            return "other" if lemma in _BLOWING_UP else "assault"
    if lemma in _CAUSING_VERBS and patients & HAZARDS:
        return "other"
    agent = _agent_of(sentence, verb)
    if lemma == "affect" and agent is not None and agent.lemma.lower() in HAZARDS:
        return "other"  # `seven of its villages were most strongly affected by the quake`
    if lemma in {"follow", "accompany"} and agent is not None and agent.lemma.lower() in HAZARDS:
        return "other"  # `the quake is followed by tremors`, `was accompanied by smaller quakes`
    if lemma == "follow" and not patients and agent is None:
        # `at least 20 smaller earthquakes followed throughout the morning`: aftershocks (which the
        # parser may read as a reduced relative hung on the quakes)
        follower = doer if doer is not None and doer.dep == "nsubj" else None
        follower = sentence.tokens[verb.head] if verb.dep == "acl" and verb.tag == "VBN" else follower
        if follower is not None and follower.lemma.lower() in HAZARDS:
            return "other"
    led_to = lemma in {"lead", "result"} and any(
        c.dep == "prep"
        and c.lemma.lower() in {"to", "in"}
        and any(g.dep == "pobj" and g.lemma.lower() in _HAZARD_DAMAGE | HAZARDS for g in sentence.children(c))
        for c in children
    )
    if led_to and doer_word in HAZARDS:
        return "other"  # `where the quake has led to a power outage` (not `will result in a charge`)
    if lemma in {"stop", "cut", "knock", "disrupt"} and doer_word in HAZARDS and patients & _SUPPLIES:
        return "other"  # `The quake has totally stopped electricity supply`, `the storm knocked out power`
    if _earth_moving(sentence, verb, doer):
        return "other"
    if lemma in {"crash", "plunge", "plummet"} and doer_word in _AIRCRAFT:
        return "other"  # `The Airbus A330 jetliner crashed into the Atlantic Ocean`: an accident, no one's attack
    if lemma == "drop" and patients & WEAPONS:
        return "assault"  # `bombs were dropped`
    if lemma in _DESTROYING_VERBS:
        # the clause it is joined to counts too (`cut ... in the blast, which damaged the embassy,
        # shattered the glass shell`, where the parser joins `shattered` to `cut`)
        participle = verb.dep == "advcl" and verb.tag == "VBG"
        head = sentence.tokens[verb.head]
        joined = list(sentence.children(head)) if verb.dep == "conj" or participle else []
        # `The blast in Nairobi occurred ..., toppling a crowded building`: the clause's own blast
        head_doer = _doer(sentence, head, joined) if participle else None
        blamed = (
            doer_word in HAZARDS | _EXPLOSIONS
            or (head_doer is not None and head_doer.lemma.lower() in HAZARDS | _EXPLOSIONS)
            or any(
                c.dep == "prep" and c.lemma.lower() in {"in", "by"} and _names(sentence, c, HAZARDS | _EXPLOSIONS)
                for c in [*children, *joined]
            )
        )
        # joined to a harm (`struck and destroyed`), or a participle of it (`earth cascaded down a
        # hillside, ripping two houses from their foundations`)
        conj_of_harm = (verb.dep == "conj" or (verb.dep == "advcl" and verb.tag == "VBG")) and _harm_done(
            sentence, sentence.tokens[verb.head], list(sentence.children(sentence.tokens[verb.head]))
        ) is not None
        # `killed at least one person, injured dozens and destroyed buildings`: joined to the harm it did
        joined_to_toll = verb.dep == "conj" and head.lemma.lower() in {"kill", "injure", "wound", "hurt"}
        if blamed or conj_of_harm or joined_to_toll:
            return "other"
    return None


# What a hazard leads to that is harm done (`has led to a power outage`).
_HAZARD_DAMAGE = frozenset(["outage", "blackout", "damage", "destruction", "flooding", "collapse", "casualty", "death"])


# A crash whose driver struck people and fled: harm a person did (`a hit - and - run accident`).
_ROAD_CRASHES = frozenset({"accident", "crash", "wreck", "collision"})
# and `died after being struck by a vehicle`, `died when a drunken driver struck her with his car`:
# someone drove it
_HIT_AND_RUN = re.compile(
    r"\bhit\s*-?\s*and\s*-?\s*run\b"
    r"|\b(?:struck|hit|run\s+over|mowed\s+down)\s+by\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}"
    r"(?:vehicle|car|truck|van|suv|driver|motorist|camry|sedan|bus)\b"
    r"|\b(?:struck|hit|ran\s+over|mowed\s+down)\s+(?:him|her|them)\s+with\s+(?:his|her|their|an?|the)\s+"
    r"(?:[\w-]+\s+){0,2}(?:vehicle|car|truck|van|suv|camry|sedan|bus)\b",
    re.IGNORECASE,
)


def _casualty_kind(sentence: Sentence, trigger: Token) -> str | None:
    """`assault` when people or what they fire did it, `other` when a hazard did, None when the
    sentence does not say (the event before decides)."""
    verb = trigger if trigger.pos == "VERB" else sentence.tokens[trigger.head]
    if _HIT_AND_RUN.search(sentence.text):
        return "assault"  # `killed in a hit-and-run crash`: a driver did it, whatever the crash is called
    if hurt_own_body(sentence, verb) or _hurt_in_play(sentence, verb) or _hurt_in_a_fall(sentence, verb):
        return "other"  # `he hurt his knee on the play`, `was injured during the overtime loss`: no one did it
    doer = _doer(sentence, verb, list(sentence.children(verb)))
    if doer is not None and doer.lemma.lower() in HAZARDS:
        return "other"
    if doer is not None and doer.lemma.lower() in WEAPONS | _ATTACK_WORDS:
        return "assault"
    words = {t.lemma.lower() for t in sentence.tokens}
    opened_fire = any(
        t.lemma.lower() == "fire" and t.dep == "dobj" and sentence.tokens[t.head].lemma.lower() == "open"
        for t in sentence.tokens
    )
    if words & (WEAPONS | _ATTACK_WORDS) or opened_fire:
        return "assault"  # `injured when the police opened fire`: not a fire that burns
    things = {t.lemma.lower() for t in sentence.tokens if t.pos in {"NOUN", "PROPN"}}  # `fire`, not `fired`
    if things & HAZARDS and _told_crash(sentence, things & HAZARDS):
        return None  # `died from injuries she sustained in the crash`: the crash told before, its kind
    if things & HAZARDS or any(
        t.pos == "VERB" and _harm_done(sentence, t, list(sentence.children(t))) for t in sentence.tokens
    ):
        return "other"
    if _injury_of_a_part(sentence, verb):
        return "other"  # `suffered through a shin injury earlier in the season`: no one did it
    killing = trigger.pos == "VERB" and trigger.lemma.lower() in {"kill", "injure", "wound", "hurt"}
    if killing and doer is not None and doer.pos in {"PROPN", "PRON", "NOUN"} and _has_object(sentence, trigger):
        return "assault"  # `the gunman killed three`, `he killed himself`
    return None


def _told_crash(sentence: Sentence, hazards: set[str]) -> bool:
    """Whether the only hazards of the sentence are a road crash told before (`the crash`, `the
    collision`): whose kind, a hit-and-run or an accident, the report has already said."""
    if not hazards <= _ROAD_CRASHES:
        return False
    crashes = [t for t in sentence.tokens if t.lemma.lower() in hazards and t.pos == "NOUN"]
    return all(
        any(c.dep == "det" and c.lemma.lower() in {"the", "this", "that"} for c in sentence.children(t))
        for t in crashes
    )


def _hurt_in_a_fall(sentence: Sentence, verb: Token) -> bool:
    """`the second deputy was injured when he fell`, `died after slipping`, `hurt in a fall`: a person's
    own fall, which no one did (not `when shells fell`, which is an attack's), and `Another deputy
    fell and suffered a minor injury`."""
    if verb.dep == "conj" and verb.head != verb.i and sentence.tokens[verb.head].lemma.lower() in _FALLING:
        return True
    for c in sentence.children(verb):
        if c.dep == "advcl" and c.lemma.lower() in _FALLING:
            faller = next((g for g in sentence.children(c) if g.dep == "nsubj"), None)
            if faller is None or faller.pos == "PRON" or faller.lemma.lower() not in WEAPONS | HAZARDS:
                return True
        fall = any(g.dep == "pobj" and g.lemma.lower() in _FALLING for g in sentence.children(c))
        if c.dep == "prep" and c.lemma.lower() in {"in", "from", "after"} and fall:
            return True  # `hurt in a fall`
    return False


_FALLING = frozenset(["fall", "slip", "trip", "tumble", "stumble"])


# What a player is hurt in: a game, or a moment of one (`injured during the 13-10 overtime loss`).
_PLAY = _GAMES | {"loss", "win", "victory", "defeat", "practice", "play", "scrimmage", "workout", "inning"}


def _hurt_in_play(sentence: Sentence, verb: Token) -> bool:
    """`The strong safety ... was injured during the 13-10 overtime loss to the Atlanta Falcons`: hurt
    in a game, by no one named (`injured by a tackle in the game`, a doer, is not this rule's)."""
    if VERB_TRIGGERS.get(verb.lemma.lower()) != CASUALTY or _agent_of(sentence, verb) is not None:
        return False
    return any(
        c.dep == "prep"
        and c.lemma.lower() in {"during", "in", "on"}
        and any(g.dep == "pobj" and g.lemma.lower() in _PLAY for g in sentence.children(c))
        for c in sentence.children(verb)
    )


# Whose is the body part hurt: the subject's when the possessive goes with it (`he ... his knee`).
_OWN = {"he": "his", "she": "her", "they": "their", "i": "my", "we": "our", "you": "your"}


def hurt_own_body(sentence: Sentence, verb: Token) -> bool:
    """`he hurt his knee on the play`, `Smith sprained her ankle`: an injury the subject got, which no
    one did to them (`he broke her arm`, another's body, stays an attack)."""
    if verb.lemma.lower() not in SELF_INJURING:
        return False
    children = list(sentence.children(verb))
    subject = next((c for c in children if c.dep == "nsubj"), None)
    part = next((c for c in children if c.dep == "dobj" and c.lemma.lower() in BODY_PARTS), None)
    if part is None and subject is not None and any(c.dep == "dobj" and c.text.lower() == "it" for c in children):
        return True  # `He originally injured it against the Carolina Panthers`: a part, not a person
    owner = None if part is None else next((c for c in sentence.children(part) if c.dep == "poss"), None)
    if subject is None or owner is None:
        return False
    if subject.pos == "PRON":
        return _OWN.get(subject.text.lower()) == owner.text.lower()
    return subject.pos == "PROPN" and owner.text.lower() in {"his", "her", "their"}


def _injury_of_a_part(sentence: Sentence, verb: Token) -> bool:
    """An injury got, named by the part of the body it is of (`suffered a knee injury`, `through a
    shin injury`), with no weapon or attack in the sentence (checked before): a player's, no one's doing."""
    if verb.lemma.lower() not in _SUFFERING_VERBS:
        return False
    held = [c for c in sentence.children(verb) if c.dep == "dobj"]
    held += [g for c in sentence.children(verb) if c.dep == "prep" for g in sentence.children(c) if g.dep == "pobj"]
    return any(
        (
            h.lemma.lower() in _HARM_DONE_TO_BODIES
            and any(c.dep in {"compound", "amod"} and c.lemma.lower() in BODY_PARTS for c in sentence.children(h))
        )
        or _broken_part(sentence, h)  # `suffered broken legs`
        for h in held
    )


_BROKEN = frozenset(["broken", "fractured", "shattered", "dislocated"])


def lost_home(sentence: Sentence, verb: Token) -> bool:
    """`those who have lost their homes`: people displaced."""
    return verb.lemma.lower() == "lose" and any(
        c.dep == "dobj" and c.lemma.lower() in {"home", "house"} for c in sentence.children(verb)
    )


def _undergoes(sentence: Sentence, verb: Token) -> bool:
    """A verb that happens to its subject: `died`, `collapsed`, or a death or injury with no object
    (`20 wounded`, `more than 200 injured`)."""
    lemma = verb.lemma.lower()
    # `four Americans lost their lives`, `those who have lost their homes`
    lost_lives = lemma == "lose" and any(c.lemma.lower() == "life" for c in sentence.children(verb))
    lost_lives = lost_lives or lost_home(sentence, verb)
    # `eight people had suffered injuries`, not `received an award`
    suffered = lemma in _SUFFERING_VERBS and _injuries_suffered(sentence, list(sentence.children(verb)))
    # (`the INS Tabar had sunk a Thai trawler`: sinking a ship is done to it)
    sank_something = lemma == "sink" and any(c.dep == "dobj" for c in sentence.children(verb))
    return (
        (lemma in _UNDERGOING and not sank_something)
        or hurt_own_body(sentence, verb)
        or lost_lives
        or suffered
        or (VERB_TRIGGERS.get(lemma) == CASUALTY and not _has_object(sentence, verb))
    )


def _agent_of(sentence: Sentence, verb: Token) -> Token | None:
    agent = next((c for c in sentence.children(verb) if c.dep == "agent"), None)
    return None if agent is None else next((c for c in sentence.children(agent) if c.dep == "pobj"), None)


def disaster_damage(sentence: Sentence, token: Token, harms: Sequence[Event], bombed: bool) -> str | None:
    """What a disaster does with no cause named, in a report whose harms so far are a disaster's and
    no attack's, or in one that opens on a bomb (`bombed`: `the inside of the bank was extensively
    damaged`), as the rule that tells it: buildings damaged or destroyed (`10 houses were damaged
    in Takengon`), supplies cut (`Power supplies were cut`), ground and structures cracked or split
    (`cracks appeared on the runway`), goods knocked down; else None."""
    if token.pos != "VERB" or not harms:
        return None
    disaster = not any(h.type == "assault" for h in harms) and any(h.type == "other" for h in harms)
    if not (disaster or bombed):
        return None
    if not disaster and any(c.dep == "neg" for c in sentence.children(token)):
        return None  # `The plane was not damaged`, after a bombing: no damage told
    lemma = token.lemma.lower()
    children = list(sentence.children(token))
    # only the passive with no doer: `were damaged`, not `the army destroyed`
    deps = {c.dep for c in children}
    passive = [c for c in children if c.dep == "nsubjpass"] if not deps & {"agent", "nsubj"} else []
    if not passive and not deps & {"agent", "nsubj"}:
        # `Tonban and Goursin were all but destroyed`, the subject parsed onto the auxiliary
        passive = [g for c in children if c.dep == "auxpass" for g in sentence.children(c) if g.dep == "nsubj"]
    if lemma in _DESTROYING_VERBS and passive:
        return DAMAGE_IN_DISASTER
    subjectless = not deps & {"agent", "nsubj", "nsubjpass", "csubjpass"} and "auxpass" in deps
    if lemma in _DESTROYING_VERBS and subjectless and disaster:
        # `between half and two - thirds of homes in five villages had been damaged`: the subject
        # parsed as a phrase of the verb
        return DAMAGE_IN_DISASTER
    if lemma in {"hit", "strike"} and disaster and any(c.lemma.lower() in _PLACES_HIT for c in passive):
        return DAMAGE_IN_DISASTER  # `five villages had been badly hit`
    if lemma in _DESTROYING_VERBS and disaster and any(c.dep == "nsubj" and c.lemma.lower() == "it" for c in children):
        return DAMAGE_IN_DISASTER  # `It destroyed thousands of buildings`, told of the quake before it
    if lemma in {"see", "suffer", "sustain"} and any(
        c.dep == "dobj" and c.lemma.lower() in {"destruction", "damage"} for c in children
    ):
        return DAMAGE_IN_DISASTER  # `the Deyrestan village saw serious destruction`
    cut = lemma in {"cut", "disrupt", "interrupt", "knock"} and any(
        c.lemma.lower() in _SUPPLIES
        or any(g.dep == "compound" and g.lemma.lower() in _SUPPLIES for g in sentence.children(c))
        for c in passive
    )
    broken = lemma in _BREAKING and any(c.lemma.lower() in _STRUCTURES for c in passive)
    # `bottles in the fridge had been knocked to the ground`
    knocked_down = any(
        (c.dep == "prt" and c.lemma.lower() in {"down", "over", "off"})
        or (c.dep == "prep" and _names(sentence, c, {"ground", "floor"}))
        for c in children
    )
    fallen = lemma in {"knock", "throw", "hurl"} and bool(passive) and knocked_down
    opened = lemma in {"appear", "open", "form"} and any(
        c.dep == "nsubj" and c.lemma.lower() in _FISSURES for c in children
    )
    if cut or broken or fallen or opened:
        return OUTAGE_OR_BREAK
    return PEOPLE_SHAKEN if _people_shaken(sentence, token, children) else None


def _people_shaken(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """People shaken or woken by the disaster the report tells (`shaking residents from San
    Francisco to north of Sacramento`, `But it woke people up`): the quake's own participle, or a
    verb whose doer is the hazard or a pronoun standing for it; not people who shook hands."""
    if verb.lemma.lower() not in _SHAKING_PEOPLE:
        return False
    if not any(c.dep == "dobj" and (c.lemma.lower() in _PEOPLE or c.pos == "PROPN") for c in children):
        return False
    if verb.dep == "advcl" and verb.tag == "VBG" and not any(c.dep == "nsubj" for c in children):
        head = sentence.tokens[verb.head]
        doer = _doer(sentence, head, list(sentence.children(head)))
    else:
        doer = next((c for c in children if c.dep == "nsubj"), None)
    return doer is not None and (doer.lemma.lower() in HAZARDS or doer.text.lower() in {"it", "they"})


# The rules `disaster_damage` tells by: a disaster's damage, what it cuts or breaks (which no one
# did), and the people it shakes or wakes.
DAMAGE_IN_DISASTER = "damage in a disaster"
OUTAGE_OR_BREAK = "outage or break in a disaster"
PEOPLE_SHAKEN = "people shaken in a disaster"


# Places a disaster hits, hit as their people and buildings are (`five villages had been badly hit`).
_PLACES_HIT = _BUILDINGS | {"village", "town", "city", "area", "district", "neighbourhood"}
# What a quake breaks with no one named: the verbs, what they break and what opens in the ground.
_BREAKING = frozenset(["split", "crack", "buckle", "rupture"])
_STRUCTURES = frozenset(["runway", "road", "bridge", "wall", "building", "house", "highway", "dam", "pipe", "street"])
_FISSURES = frozenset(["crack", "fissure", "crevice", "sinkhole", "crater", "rift"])
