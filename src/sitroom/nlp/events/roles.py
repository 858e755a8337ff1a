"""Who did it, to whom, how many and where: the participants, counts and places of an event."""

from __future__ import annotations

from collections.abc import Sequence

from ...model import Entity, Participant, Quantity, Span
from ..counts import parse_count
from ..parse import Sentence, Token
from ..places import LANDMARK_NAMES, country_number, landmark_named, resolve_place
from .clauses import (
    _doer,
    _governing_verb,
    _hazard_or_weapon,
    _is_toll,
    _names,
    a_year,
    day_of,
    feeling_holder,
    misparsed_subject_of_sweeping,
    noun_agent,
    parenthetical_participle,
    step_taken,
    target_of,
    took_place,
)
from .harm import _agent_of, _undergoes, hurt_own_body
from .words import (
    _AIRCRAFT,
    _CASES,
    _CULPRITS,
    _CUSTODY,
    _DISAPPROVING,
    _EVENT_WORK,
    _FOILING,
    _FORCE_WORDS,
    _PEOPLE,
    _PHRASE_CUT,
    _PLACE_PREPS,
    _PLEASED,
    _SHOOTERS,
    _SITE_WORDS,
    _STRIKING_VERBS,
    _SUFFERING_VERBS,
    _TOLL_VERBS,
    _VEHICLES,
    CASUALTY,
    HAZARDS,
    NOUN_TRIGGERS,
    SUPPORT_VERBS,
    VERB_TRIGGERS,
    VERBS_ONLY,
)


def _covered(sentence: Sentence, trigger: Token) -> set[int]:
    """A noun trigger under a verb trigger (`addressing the rally`) is the same event."""
    covered = {trigger.i}
    if trigger.pos == "VERB":
        for child in sentence.children(trigger):
            if child.dep in {"dobj", "nsubjpass", "prep", "agent"}:  # `shaken awake by a quake`: the quake's doing
                # not what a relative clause inside tells (`announced the update that ... is scheduled
                # for public release in June`): a clause of its own
                told = {t.i for c in sentence.subtree(child) if c.dep == "relcl" for t in sentence.subtree(c)}
                # nor a noun a relative clause tells happening (`affected by the break which happened on
                # 8 October`): an event of its own
                told |= {
                    t.i
                    for t in sentence.subtree(child)
                    if any(c.dep == "relcl" and took_place(sentence, c) for c in sentence.children(t))
                }
                # nor the subject of a clause of its own the parser joined to the object (`tried to storm
                # the Greek Parliament and the rioting spread to Greece's second city`)
                told |= {t.i for t in sentence.subtree(child) if misparsed_subject_of_sweeping(sentence, t)}
                covered.update(t.i for t in sentence.subtree(child) if t.pos in {"NOUN", "PROPN"} and t.i not in told)
    return covered


# What happens and does damage without being anyone (`hit by the incident`, `The damage broke`).
_MISHAPS = frozenset(["incident", "damage", "outage", "accident", "problem", "disruption", "cut"])


def event_roles(sentence: Sentence, trigger: Token) -> tuple[Token | None, Token | None]:
    """Who did it and to whom, as the head tokens of their phrases: the subject and object of the
    trigger's verb, turned round in the passive, through a relative pronoun to its noun; the
    victim, not the actor, of a verb that happens to its subject (`died`); no actor for a hazard
    or a weapon. Scored on MEANTIME's participants by `eval/participants.py`."""
    verb = trigger if trigger.pos == "VERB" else _governing_verb(sentence, trigger)
    actor_token = target_token = None
    # `fired tear gas canisters`: the work noun the trigger names the kind of stands in the clause
    names_work = trigger.dep in {"compound", "amod"} and sentence.tokens[trigger.head].lemma.lower() in _EVENT_WORK
    noun = sentence.tokens[trigger.head] if trigger.pos != "VERB" and names_work else trigger
    # `He recalled the attacks, which occurred last year`: who recalls them did not do them; only
    # a verb that makes the noun happen gives it its actor
    told_apart = any(c.dep == "relcl" for c in sentence.children(noun))
    made_to_happen = verb is not None and not (told_apart and verb.lemma.lower() not in SUPPORT_VERBS)
    if trigger.pos == "VERB" and parenthetical_participle(sentence, trigger):
        pass  # `details of the acquisition, announced Nov. 12, were not disclosed`: no one named
    elif trigger.pos == "VERB" or _name_as_verb(sentence, trigger):
        actor_token, target_token = _roles(sentence, trigger)
        if trigger.lemma.lower() == "face":
            actor_token, target_token = None, actor_token  # `Kirkpatrick faces one count of murder`: the accused
        if trigger.lemma.lower() == "bleed":
            actor_token, target_token = None, actor_token  # `while she bled from a gunshot wound`: the hurt
        without = trigger.dep == "pcomp" and sentence.tokens[trigger.head].lemma.lower() == "without"
        if without and actor_token is not None and not _someone(sentence, actor_token):
            actor_token = None  # `Without commenting on the allegations, that implication is ...`: no one named
        if trigger.lemma.lower() in _DISAPPROVING:
            # `I am shocked and dismayed by the numerous leaks`: who disapproves, of what
            holder = feeling_holder(sentence, trigger)
            felt_by = next((c for c in sentence.children(holder) if c.dep in {"nsubj", "nsubjpass"}), None)
            actor_token, target_token = felt_by, actor_token
        if trigger.lemma.lower() == "impress" and trigger.tag == "VBN":
            # `I was immediately impressed with Dr. Benjamin's background`: who is impressed praises
            actor_token = next((c for c in sentence.children(trigger) if c.dep == "nsubjpass"), actor_token)
        if trigger.lemma.lower() in _FOILING and target_token is not None and target_token.lemma.lower() in _ATTACKS:
            actor_token = None  # `the destroyer intervened and repulsed the attack`: who stopped it did not make it
        if actor_token is not None and actor_token.lemma.lower() == "case":
            actor_token, target_token = None, actor_token  # `The case continued in his absence`: a court heard it
        decided = trigger.lemma.lower() in {"lose", "win"} and any(
            c.dep == "dobj" and c.lemma.lower() in _CASES for c in sentence.children(trigger)
        )
        if decided:
            actor_token, target_token = None, actor_token  # `Apple Corps lost its court case`: a court ruled on it
        if actor_token is not None and NOUN_TRIGGERS.get(actor_token.lemma.lower()) == "protest":
            actor_token = None  # `A strike shut down the port`: the strike is the event, no one named
        passive = any(c.dep == "auxpass" for c in sentence.children(trigger))
        if target_token is None and passive and trigger.dep == "xcomp":
            # `Another two people are also reported to have been killed`, `LaSalle is expected to be
            # charged today`: the subject of the verb it hangs on is who it happens to, no doer
            holder = sentence.tokens[trigger.head]
            raised = next((c for c in sentence.children(holder) if c.dep in {"nsubjpass", "nsubj"}), None)
            if actor_token is None or actor_token == raised:
                actor_token, target_token = None, raised
        if target_token is None and actor_token is None and trigger.tag == "VBN" and trigger.dep == "advcl":
            # `Two leaders have been arrested, charged with practicing polygamy`: a passive
            # participle's patient is the subject of the clause it hangs on
            clause = sentence.tokens[trigger.head]
            target_token = next((c for c in sentence.children(clause) if c.dep in {"nsubjpass", "nsubj"}), None)
    elif trigger.lemma.lower() in VERBS_ONLY:
        # `Police allege Eric Allen Kirkpatrick ... opened fire`: the verb's subject read as its compound
        actor_token = next((c for c in sentence.children(trigger) if c.dep in {"compound", "nsubj"}), None)
    elif trigger.pos == "AUX":
        # `he will be back at the negotiating table`, `The majority of fans were outspoken`: the
        # subject of `be` when it is someone (`The lights are out` names no one)
        subject = next((c for c in sentence.children(trigger) if c.dep == "nsubj"), None)
        if subject is None and trigger.dep == "aux" and trigger.head != trigger.i:
            # `We suggest applying the Fix - It`, the verb read as the gerund's auxiliary
            subject = next((c for c in sentence.children(sentence.tokens[trigger.head]) if c.dep == "nsubj"), None)
        actor_token = subject if subject is not None and _someone(sentence, subject) else None
    elif trigger.pos == "NOUN" and noun_agent(sentence, trigger) is not None:
        actor_token = noun_agent(sentence, trigger)  # `follows an investigation by the European Commission`
    elif trigger.pos == "NOUN" and (day := day_of(sentence, trigger)) is not None:
        actor_token = noun_agent(sentence, day)  # `It's the second day of an offensive by the security forces`
    elif target_of(sentence, noun):
        actor_token = None  # `A refugee camp was the target of an air strike, a witness said`: no one named
    elif made_to_happen and verb is not None and (noun.dep == "dobj" or sentence.tokens[noun.head].dep == "prep"):
        actor_token, _ = _roles(sentence, verb)  # `police fired tear gas`: the one who makes it happen
        on_trial = trigger.lemma.lower() == "trial" and sentence.tokens[trigger.head].lemma.lower() == "on"
        if on_trial or (
            verb.lemma.lower() in {"face", "await"} and trigger.lemma.lower() in {"trial", "arraignment", "charge"}
        ):
            actor_token, target_token = None, actor_token  # `Gomes faces arraignment`, `he was on trial`: the accused
        if trigger.lemma.lower() == "condition":
            actor_token, target_token = None, actor_token  # `was listed in critical condition`: the hurt
        if sentence.tokens[noun.head].lemma.lower() == "without":
            actor_token, target_token = None, actor_token  # `were able to escape without injury`: the unhurt
        if verb.lemma.lower() in _CAUSING and actor_token is not None and actor_token.pos != "PROPN":
            actor_token = None  # `an incident which sparked this week's violence`: a cause, no one who did it
        led_to = sentence.tokens[noun.head].lemma.lower() in {"to", "in"} and noun.dep == "pobj"
        if led_to and verb.lemma.lower() in {"lead", "result"}:
            actor_token = None  # `ran out of operating funds, leading to the federal bailout`: what it led to
        if verb.lemma.lower() in {"confirm", "report", "see", "hear", "witness", "feel", "follow", "watch", "monitor"}:
            # `a wife confirmed his arrest`, `we saw an explosion`, `police followed the march`: who
            # tells of it or looks on did not do it
            actor_token = None
        if verb.lemma.lower() in {"receive", "get"}:  # `got a letter from her son`: the sender, not who got it
            actor_token = _sender(sentence, verb, trigger)
        if verb.lemma.lower() in _FOILING:
            actor_token = None  # `a warship foiled an attack`: who stopped it did not make it
        if trigger.lemma.lower() in {"curfew", "lockdown", "ban", "restriction", "emergency", "evacuation"}:
            actor_token = actor_token if actor_token is not None and actor_token.i != trigger.i else None
    elif made_to_happen and verb is not None and trigger.dep == "nsubjpass" and trigger.head == verb.i:
        actor_token, _ = _roles(sentence, verb)  # `the attacks were carried out by the bombers`
    elif trigger.pos == "ADJ" and verb is None and trigger.lemma.lower() in _PLEASED:
        # `We are particularly gratified to see her recognized`, the adjective read as the passive verb
        actor_token = next((c for c in sentence.children(trigger) if c.dep in {"nsubj", "nsubjpass"}), None)
    elif trigger.pos == "ADJ" and verb is not None and trigger.lemma.lower() in _PLEASED | {"sorry"}:
        actor_token, _ = _roles(sentence, verb)  # `he is very satisfied with the cooperation`: he praises it
    elif trigger.pos == "ADJ" and verb is not None:
        _, target_token = _roles(sentence, verb)  # `seven were reported dead`: who reported is no killer
    if trigger.pos == "ADJ" and any(c.dep == "nummod" for c in sentence.children(trigger)):
        target_token = trigger  # `leaving 24 dead`: the dead are counted on the word itself
    if (
        trigger.pos == "VERB"
        and trigger.lemma.lower() == "catch"
        and any(c.lemma.lower() == "fire" for c in sentence.children(trigger))
    ):
        actor_token, target_token = None, actor_token  # `A Waitrose supermarket caught fire`: what burned
    if trigger.pos == "VERB" and trigger.lemma.lower() in _FOILING - {"repel", "repulse"}:
        actor_token = None  # `INS Sukanya foiled a piracy attempt`: who stopped it did not make it
    turned_in = trigger.lemma.lower() in {"turn", "give"} and any(
        c.dep == "dobj" and c.lemma.lower() in {"himself", "herself", "themselves"} for c in sentence.children(trigger)
    )
    if trigger.pos == "VERB" and turned_in:
        # `the suspect turned himself in`, `gave himself up`: the arrested (not `she turned to her
        # community rabbi`)
        actor_token, target_token = None, actor_token
    if actor_token is not None and actor_token.lemma.lower() in {"flame", "smoke"} | _MISHAPS:
        # `flames engulfing the structure`: a fire is no one; `hit by the incident`, `The damage broke
        # all three of the cables`: nor a mishap
        actor_token = None
    contacted = sentence.tokens[trigger.head]
    told_too = trigger.dep == "conj" and trigger.lemma.lower() in {"tell", "warn", "inform"}
    if trigger.pos == "VERB" and told_too and any(c.dep == "auxpass" for c in sentence.children(contacted)):
        # `had been contacted by an individual and told that a bomb had been planted`: the caller told them
        actor_token, target_token = _agent_of(sentence, contacted), actor_token
    if trigger.pos == "VERB" and trigger.lemma.lower() == "surrender":
        # `surrendered to police`: the police take him in; who surrenders is the arrested
        given_to = next((c for c in sentence.children(trigger) if c.dep == "prep" and c.lemma.lower() == "to"), None)
        police = next((g for g in sentence.children(given_to) if g.dep == "pobj"), None) if given_to else None
        actor_token, target_token = police, actor_token
    if trigger.pos == "VERB" and received(sentence, trigger):
        # `has received $15 billion in bailout money from the federal government`: the giver
        given = next((c for c in sentence.children(trigger) if c.dep == "dobj"), trigger)
        actor_token, target_token = _sender(sentence, trigger, given), actor_token
    if trigger.pos == "VERB" and _undergoes(sentence, trigger):
        # `His mother died`, `a mosque collapsed`, `20 wounded`: the subject is who or what it
        # happened to, not who did it
        # `four Americans lost their lives`: the Americans, not their lives, are who it happened to
        # and the people who got or suffered injuries, not the injuries
        # and `14,000 people fled their homes`: the people fled, the homes are what they left
        # and `he hurt his knee`: he, not his knee
        lost = trigger.lemma.lower() in _SUFFERING_VERBS | {"lose", "flee"} or hurt_own_body(sentence, trigger)
        target_token = actor_token if lost and actor_token is not None else (target_token or actor_token)
        actor_token = _agent_of(sentence, trigger)
    if trigger.pos == "VERB" and changes_by_itself(sentence, trigger):
        # `Stock markets fell`, `the toll rose to 12`, `the shop closed`: what changed, not who changed it
        actor_token, target_token = None, actor_token
    passive_of_its_own = trigger.dep == "conj" and any(c.dep == "auxpass" for c in sentence.children(trigger))
    if trigger.pos == "VERB" and passive_of_its_own and _agent_of(sentence, trigger) is None:
        actor_token = None  # `hotels collapsed ... and buildings were also damaged`: a passive naming no doer
    if trigger.lemma.lower() == "result":
        actor_token = None  # `bombing in a village resulting in civilian casualties`: no one named
    if actor_token is not None and actor_token.lemma.lower() in _SENT_DOCUMENTS and actor_token.dep == "dobj":
        # `The Department of Interior sent out this press release announcing the decision`: who sent it
        sender = sentence.tokens[actor_token.head]
        actor_token = next((c for c in sentence.children(sender) if c.dep == "nsubj"), actor_token)
    suffered = {c.lemma.lower() for c in sentence.children(trigger) if c.dep == "dobj"}
    if (
        trigger.pos == "VERB"
        and trigger.lemma.lower() in {"experience", "face", "suffer"}
        and suffered & {"downtime", "outage", "blackout", "problem", "issue", "connection", "cut", "disruption"}
    ):
        actor_token, target_token = None, actor_token  # `the cable experienced downtime`: it happened to the cable
    if trigger.pos == "ADJ" and trigger.dep == "acomp" and trigger.lemma.lower() == "dead":
        # `both were dead at the scene`: the dead, no one who killed them
        holder = sentence.tokens[trigger.head]
        actor_token = None
        target_token = next((c for c in sentence.children(holder) if c.dep == "nsubj"), target_token)
    if trigger.pos == "ADJ" and trigger.dep == "ccomp" and trigger.lemma.lower() == "dead":
        # `police found two women dead`: the women found, parsed as the subject of `dead`, and the
        # finder who found them (as `police found the man's body`)
        actor_token = next((c for c in sentence.children(sentence.tokens[trigger.head]) if c.dep == "nsubj"), None)
        target_token = next((c for c in sentence.children(trigger) if c.dep == "nsubj"), target_token)
    if trigger.pos == "NOUN" and trigger.dep == "pobj" and sentence.tokens[trigger.head].lemma.lower() == "under":
        actor_token, target_token = None, target_token or actor_token  # `it was under attack`: it suffers it
    crashing = trigger.lemma.lower() in {"go", "crash", "plunge", "plummet"}
    if crashing and actor_token is not None and actor_token.lemma.lower() in _AIRCRAFT:
        actor_token, target_token = None, actor_token  # `the plane went down`, `crashed`: it happened to the plane
    if actor_token is not None and actor_token.lemma.lower() == "report":
        actor_token = None  # `No reports of injuries have yet to be indicated`: reports tell, they do nothing
    if actor_token is not None and actor_token.lemma.lower() in {"lathi", "baton"}:
        # `Police lathi-charged`, split by the tokenizer: the police, not the stick
        actor_token = next((c for c in sentence.children(actor_token) if c.dep == "compound"), None)
    doer = _doer(sentence, verb, list(sentence.children(verb))) if verb is not None else None
    if actor_token is not None and _hazard_or_weapon(actor_token) and actor_token.lemma.lower() not in HAZARDS:
        # `killed by a sniper's bullet`, `gunned down by sniper fire`: whose weapon it was did it (a
        # quake is no one's: `damaged by the Sunday quakes`)
        # (not the weapon's size: `killed by a .45-caliber bullet`)
        actor_token = next(
            (
                c
                for c in sentence.children(actor_token)
                if c.dep in {"poss", "compound"} and c.lemma.lower() not in _CALIBRES
            ),
            actor_token,
        )
        doer = None if actor_token.dep in {"poss", "compound"} else doer
    if actor_token is not None and (
        actor_token.i == trigger.i or _hazard_or_weapon(actor_token) or (doer is not None and _hazard_or_weapon(doer))
    ):
        actor_token = None  # a quake or a bomb does harm, but is no one
    if actor_token is not None and actor_token.tag in {"WP", "WDT"}:
        # `a group of about 100 people who gathered`: the group; `The woman who shot three co-workers,
        # killing two`: the woman, for the participle too
        clause = sentence.tokens[actor_token.head]
        if clause.dep == "relcl" and clause.head != clause.i:
            actor_token = sentence.tokens[clause.head]
            if actor_token.dep == "appos" and sentence.tokens[actor_token.head].pos == "PROPN":
                # `Maral, a resident of Ashgabat who declined to comment`: the one named
                actor_token = sentence.tokens[actor_token.head]
            after_street = actor_token.i >= 2 and sentence.tokens[actor_token.i - 2].lemma.lower() in _STREETS
            if actor_token.lemma.lower() in _STREETS or (
                after_street and sentence.tokens[actor_token.i - 1].text == ","
            ):
                # `Mr Jenkin, of Newton Street, Millom, who arrested an hour after`: a place is no one
                actor_token = None
    if actor_token is not None and (
        actor_token.lemma.lower() in _VEHICLES
        or _make_and_model(sentence, actor_token)
        or _accident(sentence, actor_token)
    ):
        actor_token = None  # `the car that hit her`: a car is no one, its driver is
    if target_token is not None and target_token.tag in {"WP", "WDT"} and verb is not None and verb.dep == "relcl":
        target_token = sentence.tokens[verb.head]  # `11 people who died`: the people
    if actor_token is None and trigger.pos == "VERB":
        actor_token = _attacker_named_in_phrase(sentence, trigger)
    if trigger.pos == "NOUN" and (trigger.lemma.lower() in _CUSTODY or trigger.lemma.lower() in HAZARDS):
        # `Both men are in the lockup`: the held are its target; `Dozens of aftershocks followed`:
        # a hazard is no one
        target_token = target_token or (actor_token if trigger.lemma.lower() in _CUSTODY else None)
        actor_token = None
    return actor_token, target_token


# How a bullet or a gun is sized (`a .45-caliber bullet`, `a 12-gauge shotgun`): no one who fired it.
_CALIBRES = frozenset(["caliber", "calibre", "gauge", "millimeter", "millimetre", "mm"])


# Verbs that tell a change in their subject when they have no object of their own (`prices fell`,
# `the economy contracted`, `the store closed`; not `police closed the road`).
_CHANGE_OF_STATE = frozenset(
    [
        "fall",
        "rise",
        "drop",
        "plunge",
        "plummet",
        "soar",
        "climb",
        "decline",
        "slump",
        "surge",
        "tumble",
        "slide",
        "slip",
        "dip",
        "rebound",
        "recover",
        "close",
        "increase",
        "decrease",
        "grow",
        "shrink",
        "contract",
        "expand",
        "remain",
    ]
)
# What a changed value is measured in (`gained 155 points`, `lost ground`): the amount, not a thing acted on.
_MEASURES = frozenset(["point", "percent", "%", "ground", "cent", "value"])


def _accident(sentence: Sentence, token: Token) -> bool:
    """A crash named as what did harm (`a hit and run that killed a woman`): no one."""
    if token.lemma.lower() in {"accident", "crash", "collision", "pileup", "wreck"}:
        return True
    return token.lemma.lower() == "run" and any(t.lemma.lower() == "hit" for t in sentence.tokens[: token.i])


def _name_as_verb(sentence: Sentence, token: Token) -> bool:
    """A name the tagger kept for a verb it is used as (`they had to Taser him`): an infinitive
    with an object."""
    children = list(sentence.children(token))
    infinitive = any(c.dep == "aux" and c.lemma.lower() == "to" for c in children)
    return token.dep == "xcomp" and infinitive and any(c.dep == "dobj" for c in children)


def _make_and_model(sentence: Sentence, token: Token) -> bool:
    """A make and model, a vehicle: a year the parser took for its head (`struck by a gray 2013
    Toyota Camry`, `2013` with the Camry beside it), or a name told by its colour (`hit by a grey
    Toyota Camry`)."""
    year = token.pos == "NUM" and a_year(token)
    # (the colour too may be read as the head: `a grey Toyota Camry`, `grey` with the Camry beside it)
    if (year or token.lemma.lower() in _COLOURS) and any(
        c.dep == "appos" and c.pos == "PROPN" for c in sentence.children(token)
    ):
        return True
    # (or by its year: `hit by a 2013 Toyota Camry`)
    return token.pos == "PROPN" and any(
        (c.dep == "amod" and c.lemma.lower() in _COLOURS) or (c.dep == "nummod" and a_year(c))
        for c in sentence.children(token)
    )


_COLOURS = frozenset(["grey", "gray", "silver", "white", "black", "red", "blue", "green", "tan", "maroon", "beige"])


def changes_by_itself(sentence: Sentence, verb: Token) -> bool:
    """An active verb that tells a change in its subject (`Global stock markets fell today`, `The
    Dow gained 155 points`), with no object but an amount: the subject is what it happened to."""
    lemma = verb.lemma.lower()
    if lemma not in _CHANGE_OF_STATE and lemma not in {"gain", "lose"}:
        return False
    children = list(sentence.children(verb))
    if not any(c.dep == "nsubj" for c in children) or any(c.dep in {"auxpass", "xcomp", "ccomp"} for c in children):
        return False  # nor `declined to comment`: a subject that does something
    if lemma == "rise" and any(c.dep == "prt" and c.lemma.lower() == "up" for c in children):
        return False  # `the youths rose up`: an uprising they made
    objects = [c for c in children if c.dep == "dobj"]
    if lemma in {"gain", "lose"}:
        return bool(objects) and all(_amount(sentence, o) for o in objects)
    return all(_amount(sentence, o) for o in objects)


def _amount(sentence: Sentence, token: Token) -> bool:
    """Points or percent, not money: who `lost US$ 6 billion` lost what was its own."""
    money = any(t.tag == "$" or t.text.upper().endswith("$") for t in sentence.subtree(token))
    return not money and (token.lemma.lower() in _MEASURES or token.pos == "NUM")


def received(sentence: Sentence, verb: Token) -> str | None:
    """Aid, relief or a bailout as what is received or got, in the object's own words (`received
    aid`, `has received over $15 billion in bailout money`): aid given (`aid`); backing received
    (`has received immense support from environmentalists`): support given (`support`); a threat
    received (`a threatening phone call`): a threat made (`statement`); each by whom it came from."""
    if verb.lemma.lower() not in _RECEIVING:
        return None
    for c in sentence.children(verb):
        if c.dep != "dobj":
            continue
        if any(t.lemma.lower() in _AID_RECEIVED for t in sentence.subtree(c)):
            return "aid"
        # `have received $13.4 billion in federal loans`: a government's money lent is a bailout
        given = list(sentence.subtree(c)) + [
            t
            for p in sentence.children(verb)
            if p.dep == "prep" and p.lemma.lower() == "from"
            for t in sentence.subtree(p)
        ]
        if any(t.lemma.lower() in _LENT for t in given) and any(t.lemma.lower() in _STATE_GIVERS for t in given):
            return "aid"
        if c.lemma.lower() in _BACKING_RECEIVED:
            return "support"
        if c.lemma.lower() == "threat" or any(
            g.dep == "amod" and g.text.lower() == "threatening" for g in sentence.children(c)
        ):
            return "statement"  # `received a threatening phone call from an unknown person`: a threat made
        if any(p.lemma.lower() == "with" and _names(sentence, p, {"warning", "threat"}) for p in sentence.children(c)):
            return "statement"  # `received a call with a similar warning`: a threat made
    return None


_RECEIVING = frozenset(["receive", "get", "obtain", "secure"])
_AID_RECEIVED = frozenset(["aid", "assistance", "relief", "bailout"])
_BACKING_RECEIVED = frozenset(["support", "backing", "endorsement", "praise"])
_LENT = frozenset(["loan", "funding", "fund"])
_STATE_GIVERS = frozenset(["federal", "government", "treasury", "taxpayer", "imf"])


def _sender(sentence: Sentence, verb: Token, thing: Token) -> Token | None:
    """Who sent or gave what a verb's subject receives or gets: its `from` phrase, on the verb or
    on the thing (`got a letter from her son`)."""
    froms = (c for t in (verb, thing) for c in sentence.children(t) if c.dep == "prep")
    sender = next((c for c in froms if c.lemma.lower() == "from"), None)
    return next((g for g in sentence.children(sender) if g.dep == "pobj"), None) if sender else None


# What was done that names its doer before it (`in police firing`, `in an army raid`).
_DEEDS = frozenset(
    ["firing", "fire", "shooting", "attack", "raid", "crackdown", "action", "strike", "bombing", "assault"]
)


def _shooter(token: Token) -> bool:
    """`sniper fire`, `police bullets`: the shooter named before the weapon, not `a rifle bullet`."""
    return token.dep == "compound" and (token.pos == "PROPN" or token.lemma.lower() in _SHOOTERS)


def _attacker_named_in_phrase(sentence: Sentence, verb: Token) -> Token | None:
    """`Four people were killed in police firing`: the police, named inside the phrase that says
    how; a name or a word for forces, not a description (`in a deadly shooting`)."""
    for child in sentence.children(verb):
        if child.dep != "prep" or child.lemma.lower() not in {"in", "during", "by"}:
            continue
        for deed in sentence.children(child):
            if deed.dep == "pobj" and deed.lemma.lower() in _DEEDS:
                doer = next((c for c in sentence.children(deed) if c.dep in {"compound", "poss"}), None)
                # a place says where the attacks were (`charged in three Atlanta attacks`), not who
                named_place = doer is not None and doer.pos == "PROPN" and resolve_place(doer.text) is not None
                if doer is not None and doer.pos in {"NOUN", "PROPN"} and not named_place:
                    return doer
            # the parser's other reading: `in police firing` as police (object) firing (participle)
            if deed.dep == "pobj" and any(
                c.dep == "acl" and c.lemma.lower() in _DEEDS and c.i == deed.i + 1 for c in sentence.children(deed)
            ):
                return deed
    return None


_HARMS = frozenset(["assault", CASUALTY])


# Words that end a street's name (`Newton Street`).
_STREETS = frozenset(["street", "road", "avenue", "lane", "drive", "square", "boulevard"])

# Who sits in judgement (`remanded in his absence by Barrow magistrates`).
_BENCH = frozenset(["magistrate", "court", "judge", "jury", "tribunal"])


def _roles(sentence: Sentence, verb: Token) -> tuple[Token | None, Token | None]:
    """(actor, target) of a verb: subject and object, turned round in the passive (`were arrested`)."""
    children = list(sentence.children(verb))
    # of two subjects the parser gave one verb, the one next to it (`At around 4: 30 a. m. local
    # time (11. 30 p. m. ET) the thieves rammed`), not a reflexive (`DPC had itself filed`) nor the
    # last word of a name (`six leaders of the ... Church of ... Latter Day Saints now face`)
    # and a time the parser read as one is no one (`but a short time later evacuated the building`)
    subjects = [c for c in children if c.dep == "nsubj" and c.lemma.lower() not in _TIMES_READ_AS_SUBJECTS]
    near = [
        c for c in subjects if c.i < verb.i and not c.lemma.lower().endswith("self") and not _in_a_name(sentence, c)
    ]
    actor = near[-1] if near else (subjects[0] if subjects else None)
    target = next((c for c in children if c.dep in {"dobj", "nsubjpass"}), None)
    if target is None and VERB_TRIGGERS.get(verb.lemma.lower()) in _HARMS:
        # `shot and killed two co-workers`: one harm, the object the parser gave the second verb
        target = next(
            (
                g
                for c in children
                if c.dep == "conj" and c.i > verb.i and VERB_TRIGGERS.get(c.lemma.lower()) in _HARMS
                if not any(g.dep in {"nsubj", "nsubjpass"} for g in sentence.children(c))
                for g in sentence.children(c)
                if g.dep == "dobj"
            ),
            None,
        )
    agent = next((c for c in children if c.dep == "agent"), None)
    if agent is None and any(c.dep == "auxpass" for c in children):
        # `she was struck and killed by a motorist`: one `by` phrase for both participles
        joined = [c for c in children if c.dep == "conj" and c.tag == "VBN"]
        agent = next((g for c in joined for g in sentence.children(c) if g.dep == "agent"), None)
    if agent is None and any(c.dep == "auxpass" for c in children):
        # `was remanded in his absence by Barrow magistrates`: the `by` phrase the parser hung on
        # the noun before it
        agent = next(
            (
                b
                for c in children
                if c.dep == "prep" and c.lemma.lower() in {"in", "during"}
                for g in sentence.children(c)
                if g.dep == "pobj"
                for b in sentence.children(g)
                if b.dep == "prep"
                and b.lemma.lower() == "by"
                and any(
                    d.dep == "pobj" and (_someone(sentence, d) or d.lemma.lower() in _BENCH)
                    for d in sentence.children(b)
                )
            ),
            None,
        )
    if agent is not None:
        doer = next((c for c in sentence.children(agent) if c.dep == "pobj"), None)
        # `shuttled out by bus`: a means, no one who did it
        actor = doer if doer is not None and doer.lemma.lower() not in _MEANS else actor
    if target is not None and target.lemma.lower() == "life" and verb.lemma.lower() in {"take", "claim"}:
        # `took the life of two police officers`: whose life
        target = next(
            (g for p in sentence.children(target) if p.lemma.lower() == "of" for g in sentence.children(p)), target
        )
    if target is None:  # `clashing with police`, `spoke at a rally`
        prep = next((c for c in children if c.dep == "prep" and c.lemma.lower() in {"with", "against"}), None)
        if prep is not None:
            target = next((c for c in sentence.children(prep) if c.dep == "pobj"), None)
    taking = step_taken(sentence, verb)
    if actor is None and taking is not None:  # `Microsoft took the rare step of issuing the patch`
        actor = next((c for c in sentence.children(taking) if c.dep == "nsubj"), None)
    if actor is None and verb.dep == "pcomp" and verb.head != verb.i:
        # `deliberated for hours before convicting him`, `after shooting two guards`: the gerund's
        # doer is the subject of the clause its preposition hangs on
        preposition = sentence.tokens[verb.head]
        when = preposition.lemma.lower() in _WHEN_PREPOSITIONS  # not `accused Israel of killing`
        # (not `after being charged with the murder`: a passive gerund's subject is who it was done to)
        done_to = any(c.dep == "auxpass" for c in children)
        if when and done_to and preposition.head != preposition.i and target is None:
            # `Around 60 people spent the evening ... after being evacuated from their homes`: the people
            governor = sentence.tokens[preposition.head]
            target = next((c for c in sentence.children(governor) if c.dep in {"nsubj", "nsubjpass"}), None)
        when = when and not done_to
        if when and preposition.head != preposition.i and sentence.tokens[preposition.head].pos in {"VERB", "AUX"}:
            governor = sentence.tokens[preposition.head]
            # in the passive too: `Page was institutionalized ... after attacking a woman` (she attacked)
            actor = next((c for c in sentence.children(governor) if c.dep in {"nsubj", "nsubjpass"}), None)
        accused = sentence.tokens[preposition.head] if preposition.head != preposition.i else None
        if preposition.lemma.lower() in {"of", "on"} and accused is not None and accused.lemma.lower() in _CHARGED_OF:
            # `the two women she's accused of gunning down`, `He was convicted of killing four
            # people`: who stands accused did it
            actor = next((c for c in sentence.children(accused) if c.dep == "nsubjpass"), None)
            if actor is None and accused.dep == "pcomp":
                # `He was given two extra life sentences after being convicted of stabbing his wife`
                clause = sentence.tokens[sentence.tokens[accused.head].head]
                actor = next((c for c in sentence.children(clause) if c.dep in {"nsubj", "nsubjpass"}), None)
        if preposition.lemma.lower() == "for" and accused is not None and _on_trial(sentence, accused):
            # `Two accused gangbangers went on trial Wednesday for tragically killing a mother`
            actor = next((c for c in sentence.children(accused) if c.dep in {"nsubj", "nsubjpass"}), None)
        crime = accused
        if crime is not None and crime.dep == "pobj" and crime.head != crime.i:
            crime = sentence.tokens[sentence.tokens[crime.head].head]  # `charged with attempted murder for shooting`
        if (
            preposition.lemma.lower() == "for"
            and crime is not None
            and crime.lemma.lower() in {"charge", "convict", "arrest"}
        ):
            # `Hiller is also charged with attempted murder for allegedly shooting and injuring a
            # third co-worker`: who is charged did it
            actor = next((c for c in sentence.children(crime) if c.dep == "nsubjpass"), actor)
    own_patient = any(c.dep == "nsubjpass" for c in children)  # `when he was gunned down`: no one named
    # `got into an altercation, was taken to the office, suspended and escorted out`: a passive
    # joined to an active verb is done to that verb's subject, by no one named
    own_patient = own_patient or (agent is None and verb.dep == "conj" and any(c.dep == "auxpass" for c in children))
    if actor is None and verb.dep in {"xcomp", "conj", "advcl"} and verb.head != verb.i and not own_patient:
        # `try to break through`, `stormed ... and flooded`: the subject of the verb it depends on;
        # `were able to arrest`: of the verb the adjective completes
        governor = sentence.tokens[verb.head]
        if governor.pos == "ADJ" and governor.dep == "acomp" and governor.head != governor.i:
            governor = sentence.tokens[governor.head]
        actor = next((c for c in sentence.children(governor) if c.dep == "nsubj"), None)
        if verb.dep == "conj" and governor.dep == "relcl" and actor is not None and actor.lemma.lower() == "which":
            # `rolled back some of the decrees which had celebrated the leader and vowed to increase
            # democracy`: a vow joined to a clause about things is the sentence's subject's
            holder = _governing_verb(sentence, sentence.tokens[governor.head])
            if holder is not None and VERB_TRIGGERS.get(verb.lemma.lower()) == "statement":
                actor = next((c for c in sentence.children(holder) if c.dep == "nsubj"), actor)
        if verb.dep == "xcomp" and governor.lemma.lower() in _CAUSING:
            # `the threat of pirates recently prompted a German cruise ship to evacuate`: a cause's
            # object does the act, its subject only set it off
            actor = next((c for c in sentence.children(governor) if c.dep == "dobj"), None)
        if actor is None and verb.dep == "xcomp" and governor.lemma.lower() in _RAISED_BY:
            # `T-Mobile is expected to launch the phone`: who is expected to do it does it
            actor = next((c for c in sentence.children(governor) if c.dep == "nsubjpass"), None)
        if actor is None and verb.dep == "conj" and verb.tag in {"VBD", "VBZ", "VBP"}:
            # `Apple Computer was started by Jobs in 1976, and launched the store`: a finite active
            # verb joined to a passive one is done by its subject, not by its agent
            actor = next((c for c in sentence.children(governor) if c.dep == "nsubjpass"), None)
            # `One of the quakes ... was felt ... and sent small tsunamis`: the quake, which is no one
            if actor is not None and any(_hazard_or_weapon(t) for t in sentence.subtree(actor)):
                actor = None
        participle = verb.dep == "advcl" and verb.tag == "VBG"
        if actor is None and (verb.dep == "conj" or participle) and governor.pos == "VERB":
            # `After touring the capital and meeting police leaders, the FBI chief said`: whoever
            # does the first verb does the second; `walked into his office ... and shot three
            # people, killing one`: whoever shot killed
            actor = _roles(sentence, governor)[0]
        if actor is None and verb.dep == "conj":
            target = target or next(
                (c for c in sentence.children(sentence.tokens[verb.head]) if c.dep == "nsubjpass"), None
            )
    if verb.dep == "acl" and verb.head != verb.i:
        if verb.tag == "VBN":  # `tear gas used to ...`, `200 injured by the quake`: the noun is the patient
            target = target or sentence.tokens[verb.head]
        elif actor is None:
            actor = sentence.tokens[verb.head]
    return actor, target


# Verbs that tell what set an event off, not who did it (`the unrest which triggered rioting`).
_CAUSING = frozenset(["spark", "trigger", "provoke", "prompt", "cause", "touch", "ignite", "fuel"])

# What a `by` phrase names that is a way of doing, not a doer (`shuttled out by bus`).
_MEANS = frozenset(
    [
        "bus",
        "car",
        "train",
        "boat",
        "helicopter",
        "plane",
        "foot",
        "road",
        "air",
        "sea",
        "phone",
        "email",
        "mail",
        "hand",
        "force",
        "mistake",
        "accident",
        "chance",
    ]
)

# Passives whose subject does what their infinitive says (`is expected to launch`, `is set to open`).
_RAISED_BY = frozenset(["expect", "set", "schedule", "slate", "due", "plan", "suppose", "believe", "say", "report"])

# Prepositions of time and manner whose gerund is done by the clause's subject.
_WHEN_PREPOSITIONS = frozenset(["before", "after", "while", "since", "upon", "on", "without", "by", "through"])


def _phrase_tokens(sentence: Sentence, token: Token) -> list[Token]:
    """The noun phrase of a token, without relative clauses, appositions and coordinated parts."""
    inside = {token.i}
    frontier = [token]
    while frontier:
        current = frontier.pop()
        for child in sentence.children(current):
            # a name right after its description is the phrase's (`the automobile manufacturing
            # firm General Motors`, `Japan's prime minister, Taro Aso,`): who the description is
            close_name = child.dep == "appos" and child.pos == "PROPN" and current.pos == "NOUN"
            cut = child.dep in _PHRASE_CUT or (child.dep == "prep" and child.lemma.lower() != "of")
            if current is token and cut and not close_name:
                continue
            if current.dep == "appos" and child.dep in _PHRASE_CUT:
                continue  # the name's own words only, not `, 37,` after it
            if child.dep in {"relcl", "acl", "appos", "advcl", "parataxis"} and not close_name:
                continue
            inside.add(child.i)
            frontier.append(child)
    return [t for t in sentence.tokens if t.i in inside]


def phrase_span(sentence: Sentence, token: Token) -> tuple[int, int]:
    """The characters of a participant's phrase, as sitroom cuts it (`_phrase_tokens`)."""
    tokens = _phrase_tokens(sentence, token)
    return tokens[0].span.start, tokens[-1].span.end


def _participant(sentence: Sentence, token: Token | None, entities: Sequence[Entity]) -> Participant | None:
    if token is None or (token.pos == "PRON" and token.lemma.lower() in {"this", "that", "which"}):
        return None
    span = Span(*phrase_span(sentence, token))
    entity = _entity_at(token.span, entities)
    return Participant(text=sentence.text_of(span), span=span, entity=entity)


def _entity_at(head: Span, entities: Sequence[Entity]) -> str | None:
    """The entity whose mention covers the phrase's head word."""
    for entity in entities:
        for mention in entity.mentions:
            if mention.span.start <= head.start and head.end <= mention.span.end:
                return entity.name
    return None


def _counted_noun(sentence: Sentence, noun: Token) -> Participant | None:
    """A noun trigger with its own number (`24 arrests`, `dozens of arrests`): the words before it."""
    words = [t for t in sentence.subtree(noun) if t.i <= noun.i]
    of = sentence.tokens[noun.head]
    # (of people: `hundreds of protests` counts protests, not protesters)
    personal = noun.lemma.lower() in {"arrest", "detention", "death", "casualty", "injury", "fatality"}
    if personal and noun.dep == "pobj" and of.lemma.lower() == "of" and of.head != of.i:
        amount = sentence.tokens[of.head]  # `Dozens of arrests`: the amount the noun is of
        if amount.lemma.lower() in _AMOUNTS_OF or amount.pos == "NUM":
            words = [t for t in sentence.subtree(amount) if t.i <= noun.i]
    if len(words) < 2 or any(t.lemma.lower() in _DURATIONS for t in words[:-1]):
        return None  # (not `a two day rally`: how long it lasts)
    span = Span(words[0].span.start, noun.span.end)
    return Participant(sentence.text[span.start - sentence.span.start : span.end - sentence.span.start], span)


# Words of an amount a noun trigger is counted by (`dozens of arrests`, `hundreds of protests`).
_AMOUNTS_OF = frozenset(["dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score", "scores"])


# Units of time a number before an event noun measures it by (`a two day rally`, `a 48-hour strike`).
_DURATIONS = frozenset(["minute", "hour", "day", "night", "week", "month", "year"])


def _counted_conjunct(sentence: Sentence, token: Token | None) -> Participant | None:
    """The counted one of two joined phrases (`His mother and 10 others died`: `10 others`)."""
    if token is None:
        return None
    for conj in sentence.children(token):
        numbered = _is_toll(sentence, conj) or any(c.dep == "nummod" for c in sentence.children(conj))
        if conj.dep == "conj" and numbered:
            words = sentence.subtree(conj)
            span = Span(words[0].span.start, words[-1].span.end)
            return Participant(sentence.text_of(span), span)
    return None


def _running_total(sentence: Sentence, token: Token) -> Token | None:
    """The verb of a running total the token's harm is counted by, when it has a figure: `the
    number of people arrested has gone up to 1,587`, `the number injured topped 2,200`, `the number
    of dead stands at 40` (the harm word hangs from `number`, the subject of a toll verb)."""
    number = sentence.tokens[token.head]
    if token.dep == "acl" and number.lemma.lower() != "number":  # `the number of people arrested`
        of = sentence.tokens[number.head]
        number = sentence.tokens[of.head] if number.dep == "pobj" and of.lemma.lower() == "of" else number
    elif token.dep == "pobj" and number.lemma.lower() == "of":  # `the number of dead`
        number = sentence.tokens[number.head]
    elif token.dep != "acl":
        return None
    verb = sentence.tokens[number.head]
    if number.lemma.lower() != "number" or number.dep != "nsubj" or verb.i == number.i:
        return None
    rising = verb.lemma.lower() in _TOLL_VERBS or (
        verb.lemma.lower() == "go" and any(c.lemma.lower() == "up" for c in sentence.children(verb))
    )
    return verb if rising and _toll_figure(sentence, verb) is not None else None


def _toll_figure(sentence: Sentence, verb: Token) -> Participant | None:
    """The figure a toll reaches: the object of `to`/`at` under its verb, or its verb's object."""
    for child in sentence.children(verb):
        figure = None
        if child.dep == "prep" and child.lemma.lower() in {"to", "at"}:
            figure = next((g for g in sentence.children(child) if g.dep == "pobj"), None)
        elif child.dep in {"dobj", "attr"} and child.lemma.lower() != "toll":
            figure = child  # `topped 2,200`; not the toll itself (`brought the toll ... to 259`)
        if figure is not None:
            words = sentence.subtree(figure)
            span = Span(words[0].span.start, words[-1].span.end)
            return Participant(sentence.text_of(span), span)
    return None


def _with_joined_group(sentence: Sentence, token: Token | None, count: Quantity) -> Quantity:
    """An exact count with the group joined to its noun added (`12 Somalis and 11 Yemenis`: 23,
    `10 men and 4 women`: 14), as one event's people."""
    if token is None or count.qualifier != "exact" or not _people_word(token):
        return count
    for conj in sentence.children(token):
        numbers = [c for c in sentence.children(conj) if c.dep == "nummod"]
        if conj.dep != "conj" or len(numbers) != 1:
            continue
        other = parse_count(numbers[0].text)
        if other is not None and other.qualifier == "exact" and _people_word(conj):
            total = count.value + other.value
            return Quantity(total, "exact", total, total, Span(count.span.start, numbers[0].span.end))
    return count


# Attacks that a defender repels or foils (`repulsed the attack`).
_ATTACKS = frozenset(["attack", "attempt", "assault", "raid", "bid", "hijacking", "offensive"])
# What is sent out to say something, whose sender is who says it.
_SENT_DOCUMENTS = frozenset(["release", "statement", "bulletin", "communique", "notice", "letter", "memo"])


# Times a parser takes for the subject of the verb they date (`a short time later evacuated`).
_TIMES_READ_AS_SUBJECTS = frozenset(["time", "moment", "while", "minute", "hour"])


def _in_a_name(sentence: Sentence, token: Token) -> bool:
    """A capitalised word after a proper name's word: the end of that name (`Latter Day Saints`)."""
    after_name = token.i > 0 and sentence.tokens[token.i - 1].pos == "PROPN"
    return after_name and token.pos == "NOUN" and token.text[:1].isupper()


def _someone(sentence: Sentence, noun: Token) -> bool:
    """A person or people: a personal pronoun, a name, a word for people, or a share of them
    (`The majority of fans`)."""
    if noun.pos == "PRON":
        return noun.lemma.lower() in {"he", "she", "they", "we", "i", "you", "who"}
    if noun.pos == "PROPN" or _people_word(noun):
        return True
    return any(
        p.dep == "prep"
        and p.lemma.lower() == "of"
        and any(g.dep == "pobj" and _people_word(g) for g in sentence.children(p))
        for p in sentence.children(noun)
    )


def _people_word(noun: Token) -> bool:
    """A word for people (`men`, `soldiers`), or for people by where they are from (`12 Somalis`), not
    `seven indictments, nine charges and six leaders`."""
    lemma = noun.lemma.lower()
    return lemma in _PEOPLE | _FORCE_WORDS | _CULPRITS | {"national"} or noun.tag == "NNPS"


def _count(sentence: Sentence, participant: Participant | None) -> Quantity | None:
    if participant is None:
        return None
    count = parse_count(participant.text)
    if count is None:
        return None
    offset = participant.text.find(count.text)
    start = participant.span.start + max(offset, 0)
    return Quantity(count.value, count.qualifier, count.low, count.high, Span(start, start + len(count.text)))


# Verbs whose `of` gerund is the crime their subject stands accused of.
_CHARGED_OF = frozenset(["accuse", "suspect", "convict"])


def _on_trial(sentence: Sentence, verb: Token) -> bool:
    """`went on trial`, `was tried`, `stood trial`: a verb whose `for` phrase is the crime tried."""
    if verb.lemma.lower() == "try" and any(c.dep == "auxpass" for c in sentence.children(verb)):
        return True
    return any(
        (c.dep == "prep" and c.lemma.lower() == "on" and any(g.lemma.lower() == "trial" for g in sentence.children(c)))
        or (c.dep == "dobj" and c.lemma.lower() == "trial")
        for c in sentence.children(verb)
    )


def _place(
    sentence: Sentence,
    heads: Sequence[Token],
    entities: Sequence[Entity],
    stormed: Token | None,
    said_from: bool = False,
) -> Participant | None:
    """Where it happened: a place attached by `in`, `at`, `outside`... to the trigger, its verb or
    its participants, or the place stormed; for what is said, also `from` (`responded from
    Baghdad`). Places named elsewhere in the sentence are not it."""
    preps = _PLACE_PREPS | {"from"} if said_from else _PLACE_PREPS
    seen: set[int] = set()
    unknown: Participant | None = None
    for head in heads:
        if head.i in seen:
            continue
        seen.add(head.i)
        for prep in sentence.children(head):
            if prep.dep == "dobj" and head.lemma.lower() in _STRIKING_VERBS:
                # `similar deadly quakes that hit Manokwari in 2002`: the town struck
                struck = _place_in(sentence, prep, entities)
                if struck is not None and struck.entity is not None and resolve_place(struck.entity) is not None:
                    return struck
                if prep.pos == "PROPN" and resolve_place(prep.text) is not None:
                    return Participant(prep.text, prep.span, prep.text)  # a town the recogniser took for a body
            if prep.dep == "prep" and prep.lemma.lower() == "during":
                # `During a media event held at its Cupertino headquarters, Apple released`: where
                # the occasion was held, as `_place_in` reads a participle's place
                for occasion in (o for o in sentence.children(prep) if o.dep == "pobj"):
                    if (found := _place_in(sentence, occasion, entities)) is not None and found.entity is not None:
                        return found
            # `the rioting spread to Greece's second city, Thessaloniki`: where unrest spread to is its place
            spread_to = prep.lemma.lower() == "to" and head.lemma.lower() in {"spread", "spill"}
            if prep.dep != "prep" or (prep.lemma.lower() not in preps and not spread_to):
                continue
            for obj in sentence.children(prep):
                if obj.dep == "pobj" and (found := _place_in(sentence, obj, entities)) is not None:
                    if found.entity is None or resolve_place(found.entity) is not None:
                        return found
                    # `at Moscone Center in San Francisco`: a hall no gazetteer knows, the town after it
                    unknown = unknown or found
    if unknown is not None:
        return unknown
    return _place_in(sentence, stormed, entities) if stormed is not None else None


# Verbs of going somewhere: what is done next, joined to one, is done where it went.
_TRAVELLING = frozenset({"fly", "travel", "go", "come", "head", "drive", "return", "arrive"})


def _travelled_to(sentence: Sentence, verb: Token, entities: Sequence[Entity]) -> Participant | None:
    """The place a verb of going took its doer to, for a verb joined to it with no place of its own
    (`Moreno flew from his Arizona home to Las Vegas on Tuesday and met personally with Boras`), or
    for one that makes someone go (`The guards ... were forced to drive to the Baytown area`)."""
    made_to_go = [c for c in sentence.children(verb) if c.dep == "xcomp" and c.lemma.lower() in _TRAVELLING]
    if made_to_go and verb.lemma.lower() in {"force", "compel"}:  # (not `vowed to return to Gaza`)
        went = made_to_go[0]
    elif verb.dep == "conj" and verb.head != verb.i:
        went = sentence.tokens[verb.head]
    else:
        return None
    if went.lemma.lower() not in _TRAVELLING:
        return None
    for prep in sentence.children(went):
        if prep.dep == "prep" and prep.lemma.lower() in {"to", "in"}:
            for obj in sentence.children(prep):
                found = _place_in(sentence, obj, entities) if obj.dep == "pobj" else None
                if found is not None and found.entity is not None and resolve_place(found.entity) is not None:
                    return found
    return None


def _modifies(tokens: Sequence[Token], span: Span) -> bool:
    """Whether the words of `span` qualify the noun after them (`U.S.` of `U.S. embassies`)."""
    last = next((t for t in tokens if t.span.end == span.end), None)
    return last is not None and last.dep in {"compound", "amod", "nmod"}


def _place_in(sentence: Sentence, obj: Token, entities: Sequence[Entity]) -> Participant | None:
    """The place a noun phrase names: the place entity at its head or nearest before it, else the
    place its own `in`/`at` phrase names (`his home in Amherst`, `the embassy in Tanzania`), else a
    site word. A country naming whose a thing is (`the U.S. embassies`) is not where it is."""
    head = _place_at_head(sentence, obj, entities)
    if (
        head is not None
        and head.entity is not None
        and (
            resolve_place(head.entity) is not None
            or landmark_named(head.entity) is not None
            or not _town_in(sentence, obj)
        )
    ):
        return head  # `the Capitol in Washington`: the Capitol (but `Moscone Center in San Francisco`: the city)
    if obj.lemma.lower() in _PARTS_OF_PLACES:
        # `in parts of Alexandria`, `the outskirts of Kabul`: the place it is part of
        for of in (c for c in sentence.children(obj) if c.dep == "prep" and c.lemma.lower() == "of"):
            for inner in (g for g in sentence.children(of) if g.dep == "pobj"):
                found = _place_in(sentence, inner, entities)
                if found is not None and found.entity is not None:
                    return found
    # its own `in`/`at` phrase, or one of a participle describing it (`a news conference ... held
    # in Taipei`)
    held = [c for c in sentence.children(obj) if c.dep == "acl" and c.tag == "VBN"]
    for prep in [*sentence.children(obj), *(g for c in held for g in sentence.children(c))]:
        if prep.dep == "prep" and prep.lemma.lower() in _PLACE_PREPS:
            for inner in sentence.children(prep):
                found = _place_in(sentence, inner, entities) if inner.dep == "pobj" else None
                if found is not None and found.entity is not None:
                    return found
    return head


# Words for a part of a place (`parts of Alexandria`, `the outskirts of Kabul`).
_PARTS_OF_PLACES = frozenset(
    ["part", "area", "region", "district", "outskirt", "outskirts", "suburb", "neighborhood", "neighbourhood"]
)


def _town_in(sentence: Sentence, obj: Token) -> bool:
    """Whether the noun phrase has an `in` phrase naming a known town (`Moscone Center in San Francisco`)."""
    for prep in sentence.children(obj):
        if prep.dep != "prep" or prep.lemma.lower() != "in":
            continue
        for g in sentence.children(prep):
            name = " ".join(t.text for t in sentence.subtree(g) if t.i == g.i or (t.i < g.i and t.dep == "compound"))
            if g.dep == "pobj" and resolve_place(name) is not None:
                return True
    return False


def _place_at_head(sentence: Sentence, obj: Token, entities: Sequence[Entity]) -> Participant | None:
    # `Ka'Loni Marie Flynn of Fort Smith, Ark.`: where a person is from, not where it happened
    person = any(
        e.kind == "person" and any(m.span.start <= obj.span.start and obj.span.end <= m.span.end for m in e.mentions)
        for e in entities
    )
    core = [obj] + [
        c
        for c in sentence.children(obj)
        if c.dep in {"compound", "amod", "det", "nmod", "poss"}
        or (c.dep == "prep" and c.lemma.lower() == "of" and not person)
    ]
    core_tokens = sorted(
        {t.i: t for c in core for t in ([c] if c is obj else sentence.subtree(c))}.values(), key=lambda t: t.i
    )
    span = Span(core_tokens[0].span.start, core_tokens[-1].span.end)
    if obj.lemma.lower() in {"capital", "city", "town", "village", "port"} and obj.i + 1 < len(sentence.tokens):
        # `touring Tanzanian capital Dar es Salaam`: the name right after the word for a town
        after = sentence.tokens[obj.i + 1]
        named_after = [
            m.span for e in entities if e.kind == "place" for m in e.mentions if m.span.start == after.span.start
        ]
        span = Span(span.start, max([span.end, *(m.end for m in named_after)]))
        # `Greece's second city, Thessaloniki`: the town named beside it, whatever the recogniser took it for
        beside = next(
            (c for c in sentence.children(obj) if c.dep == "appos" and c.pos == "PROPN" and resolve_place(c.text)),
            None,
        )
        if beside is not None and not person:
            return Participant(beside.text, beside.span, beside.text)
    incident = obj.lemma.lower() in HAZARDS or NOUN_TRIGGERS.get(obj.lemma.lower()) in {"assault", "other"}
    named = [
        (mention.span, entity.name)
        for entity in entities
        if entity.kind == "place" or entity.name in LANDMARK_NAMES
        for mention in entity.mentions
        if span.start <= mention.span.start
        and mention.span.end <= span.end
        # a country naming whose a building is (`the U.S. embassies`) is not where it is; one naming
        # where an incident was is (`the death toll in the Tanzania blast`)
        and not (_modifies(core_tokens, mention.span) and country_number(entity.name) is not None and not incident)
    ]
    text = sentence.text_of(span)
    landmark = landmark_named(text)
    if landmark is not None:
        # the entity's own name where the recogniser found one (`Mt Cook`), which the article's
        # places are resolved under, else the landmark's
        same = next((name for _, name in named if landmark_named(name) == landmark), None)
        return Participant(text, span, same or landmark)
    if named:
        # the one nearest the head word, of those a map knows (`city of Alexandria and parts of the
        # Nile Delta region`: Alexandria)
        mapped = [n for n in named if resolve_place(n[1]) is not None] or named
        return Participant(text, span, max(mapped)[1])
    if obj.lemma.lower() in _PARTS_OF_PLACES:
        # `the Baytown area`: a town the recogniser missed, named before the word for its area
        town = [c for c in sentence.children(obj) if c.dep == "compound" and c.pos == "PROPN"]
        if len(town) == 1 and resolve_place(town[0].text) is not None:
            return Participant(text, span, town[0].text)
    if obj.lemma.lower() in _SITE_WORDS:
        return Participant(text, span, None)
    return None
