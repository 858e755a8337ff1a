"""Which words start an event, and of which type (`_trigger_type`): the verbs, phrases and nouns
of `words.py`, each with the checks that keep its look-alikes out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..actors import actor_country, actor_kind
from ..counts import parse_count
from ..dates.lexicon import MONTHS, PARTS_OF_DAY, WEEKDAYS
from ..lexicon import word_list
from ..parse import Sentence, Token
from ..places import country_code, resolve_place
from .clauses import (
    REPORT_WORDS,
    TIME_WORDS,
    _doer,
    _has_object,
    _hazard_or_weapon,
    _is_quantity,
    _names,
    _names_someone,
    day_of,
    feeling_holder,
    misparsed_subject_of_sweeping,
    named_gerund,
    names_a_day,
    reports_of,
    target_of,
    to_infinitive,
    took_place,
)
from .harm import (
    _HIT_AND_RUN,
    _ROAD_CRASHES,
    _agent_of,
    _counted_people,
    _harm_done,
    _harms_people,
    _injuries_suffered,
    _to_death,
    _treated_for_harm,
    hurt_own_body,
    lost_home,
)
from .roles import _running_total, _someone, _toll_figure, received
from .strategic import strategic_verb
from .words import (
    _ADRIFT,
    _AIRCRAFT,
    _ASKED_OF_REPORTERS,
    _ATTACK_WORDS,
    _AUDIENCES,
    _BACKING,
    _BARRIERS,
    _BLADES,
    _BUILDINGS,
    _CALLED_FOR,
    _CAPTIVES,
    _CASES,
    _CAUSING_VERBS,
    _CONTENT,
    _CONVICTIONS,
    _CROWD_ACTIONS,
    _CROWD_DAMAGE,
    _CULPRITS,
    _CUSTODY,
    _CUSTODY_PHRASALS,
    _DEALING,
    _DEALS,
    _DECLARING,
    _DECLINING,
    _DISAPPROVING,
    _DRIVING_OUT,
    _ENTRY_PHRASALS,
    _EVENT_WORK,
    _EVIDENCE,
    _EXPLOSIONS,
    _FILINGS,
    _FINANCIAL,
    _FINDING,
    _FIREARMS,
    _FIRES,
    _FOILING,
    _FORCE_MODIFIERS,
    _FORCE_NOUNS,
    _FORCE_PHRASALS,
    _FORCE_WORDS,
    _FORCES_PRESENT,
    _GAMES,
    _GUNFIRE,
    _HAPPENING_VERBS,
    _HARM_DONE_TO_BODIES,
    _HARM_RESULTS,
    _HELPING,
    _HOMES,
    _INFORMATION,
    _INSISTING,
    _ISSUING,
    _LABS,
    _LAUNCHING,
    _LAWS,
    _LEGAL_ACTIONS,
    _LEGAL_APPEALS,
    _MEMBERSHIP,
    _MODALS,
    _NAMING,
    _NEWS,
    _NOT_PRODUCTS,
    _OCCASIONS,
    _ORDERED_WORK,
    _PARTIES,
    _PEOPLE,
    _PLEASED,
    _POPULATIONS,
    _POSTING_VERBS,
    _PRODUCTS,
    _PROTESTERS,
    _RECORDINGS,
    _RELEASED_ON,
    _REPORTED_ATTACKS,
    _REPORTED_HARMS,
    _RESULTS,
    _ROLES,
    _ROUGH_VERBS,
    _RULING_ON_CONVICTIONS,
    _RULING_ON_RULES,
    _SHOOTERS,
    _SITE_WORDS,
    _STRIKING_VERBS,
    _SUFFERING_VERBS,
    _SWEEPING,
    _TALKS,
    _THROWN,
    _TIPS,
    _TOLD_DEATH,
    _TOLL_VERBS,
    _VEHICLE_PHRASALS,
    _VEHICLES,
    _VESSELS,
    _WAGING,
    _WARS,
    _WATCHES,
    _WATER,
    _WHERE_ONE_LIVES,
    _WISH_HEADS,
    _WITNESSING,
    BODY_PARTS,
    BUSINESSES,
    CARRIERS,
    CASUALTY,
    FAMILY_VERBS,
    HAZARDS,
    NOUN_TRIGGERS,
    PHRASAL_TRIGGERS,
    SOON,
    SUPPORT_VERBS,
    UNHARMED,
    VERB_TRIGGERS,
    VERBS_ONLY,
    WEAPONS,
)


@dataclass(frozen=True)
class Trigger:
    """A word that starts an event: the type, and the rule that made it one (`Event.source`)."""

    kind: str
    rule: str


# Who acts for a state as a body: accused, it is accused by another, not charged.
_STATE_BODIES = frozenset(["army", "military", "government", "regime", "force", "troop", "authority", "ministry"])


def _is_state(token: Token) -> bool:
    """A country, a US state or a state's body (`Sudan`, `Iran`, `Sudan's army`): no person."""
    if token.lemma.lower() in _STATE_BODIES:
        return True
    return token.pos == "PROPN" and (country_code(token.text) is not None or resolve_place(token.text) is not None)


def _is_state_named(sentence: Sentence, token: Token) -> bool:
    """`_is_state`, but not a person whose surname a town shares (`Andrew Lopez`: Lopez, Philippines)."""
    names = [c.text for c in sentence.children(token) if c.dep == "compound" and c.pos == "PROPN" and c.i < token.i]
    full = " ".join([*names, token.text])
    if names and country_code(full) is None and resolve_place(full) is None:
        return False
    return _is_state(token)


_CROWD_TYPES = frozenset({"riot", "protest", "rally"})  # what an act done `in protest`, or a gathering, may be


def _trigger_type(sentence: Sentence, token: Token) -> Trigger | None:
    lemma = token.lemma.lower()
    if lemma == "deploy" and _cyber(sentence):
        return None  # `The volume of iFrames deploying this thing`: code put on web sites, no forces
    if lemma == "agree" and _agreed_with_a_view(sentence, token):
        return None  # `Other security companies agreed with Verisign's assessment`: a view shared
    if _infinitive_as_subject(sentence, token):
        return None  # `To become an honorary life member ... is something extremely special`: the idea of it
    if _left_wounded(sentence, token):
        return None  # `that left two women dead and a third employee wounded`: one harm told by `left`
    if lemma in {"request", "ask", "seek"} and any(
        c.dep == "dobj" and c.lemma.lower() == "anonymity" for c in sentence.children(token)
    ):
        return None  # `an election official told the AFP news agency, requesting anonymity`: how one speaks
    if _crime_read_as_a_verb(sentence, token):
        # `will face murder and kidnapping charges`, the second crime read as a verb taking the charges
        faced = sentence.tokens[sentence.tokens[token.head].head].lemma.lower()
        return Trigger("charge", "charges faced or filed") if faced in _CHARGES_BROUGHT else None
    if _kind_given_as_reason(sentence, token):
        return None  # `Since these are targeted attacks, someone is restricting use of it`: a reason, no news
    if lemma == "suggest" and token.dep == "aux" and _doing_suggested_misread(sentence, token):
        return Trigger("request", "recommended")  # `We suggest applying the Fix - It`, read as an auxiliary
    if _protesting_what(sentence, token):
        return None  # `demonstrate in Athens protesting the harsh austerity measures`: what the protest is against
    if lemma in UNHARMED and token.dep in {"acomp", "oprd", "advmod"}:
        return Trigger(CASUALTY, "unharmed")  # `Another bank employee was uninjured`, `managed to escape unharmed`
    if _escaped_without(sentence, token):
        return Trigger(CASUALTY, "unharmed")  # `were able to escape without injury`
    if token.dep == "amod" and lemma in {"ban", "prohibit", "banned", "prohibited", "outlaw"}:
        return None  # `900 prohibited cell phones`, `a banned stimulant`: a kind of thing, no ban told
    if _in_hazard_warning(sentence, token):
        return None  # `prompting a brief tsunami warning`: a hazard's warning, neither a threat nor the hazard
    if _damage_read_as_adjective(sentence, token):
        return Trigger("other", "damage done")  # `injuring five people and damaging buildings`
    if lemma in VERBS_ONLY and token.pos == "NOUN":
        # `Police allege Eric Allen Kirkpatrick ... opened fire`, `led him to divulge information`: no nouns
        return Trigger("statement", "verb read as a noun")
    if _closed_as_a_state(sentence, token):
        return Trigger("restrict", "public place closed")  # `and surrounding roads were closed`, read as an adjective
    if _outage_it_was(sentence, token):
        return Trigger("other", "outage told")  # `It was the second large-scale Internet outage`
    if _violence_told(sentence, token):
        return Trigger("riot", "violence reported")  # `Violence was also reported in Thessaloniki`
    if _break_happened(sentence, token):
        return Trigger("other", "outage")  # `the break which happened on 8 October 2011 on ... cables`
    if _disruption_read_as_adjective(sentence, token):
        return Trigger("other", "outage")  # `cables were cut ..., interrupting service to a number of countries`
    if lemma == "be" and _outage(sentence, token, list(sentence.children(token))):
        return Trigger("other", "power out")  # `The lights are out and the heat is off`
    if lemma in {"be", "go", "knock"} and _off_the_network(sentence, list(sentence.children(token))):
        return Trigger("other", "out of service")  # `was out of service early Friday`, `were off-line`
    if lemma in {"be", "return", "come", "sit", "get", "go", "head"} and _at_negotiating_table(sentence, token):
        return Trigger("consult", "at the negotiating table")  # `he will be back at the negotiating table`
    if lemma in {"be", "remain"} and _voiced_on_an_occasion(sentence, token):
        return Trigger("statement", "views voiced")  # `fans were outspoken last week in their disappointment`
    if _first_aid(sentence, token) or (
        token.pos == "VERB" and any(c.dep == "dobj" and _first_aid(sentence, c) for c in sentence.children(token))
    ):
        return None  # `gave Johnson first aid`, `provide first aid`: care for someone hurt, no aid between parties
    if _by_the_rules(sentence):
        return None  # `According to the Turkmen constitution, the parliament passes laws ...`: powers, no events
    if lemma == "rally" and _market_talk(sentence):
        return None  # `Before a late session rally, the index was trading below`: prices rising, no gathering
    if lemma == "collapse" and _what_collapses(sentence, token) & _INSTITUTIONS:
        return None  # `fears about the country's major financial institutions collapsing`: a failure, no disaster
    if lemma == "collapse" and _what_collapses(sentence, token) & ({"he", "she", "i", "who"} | _PEOPLE):
        return None  # `She then grips her chest and collapses to the ground`: a person falling, no structure
    if lemma in {"attack", "commandeer", "hijack"} and _cyber(sentence):
        # `hackers exploited a security flaw ... to attack an unknown number of users`, `the websites
        # ... have been commandeered`: computers taken over, no force
        return None
    if token.dep == "pobj" and lemma == "aid" and sentence.tokens[token.head].lemma.lower() == "without":
        return None  # `it can make it through this year without any government aid`: none given
    if token.pos == "VERB" and _none_for_years(sentence, token):
        return None  # `The surrounding area has not been hit by a quake in more than 25 years`: a span with none
    if _named_gerund_in_phrase(sentence, token):
        return None  # `killing ... a judge in a court room shooting in 2005`: what the killing was part of
    harm_word = VERB_TRIGGERS.get(lemma) in {"assault", CASUALTY} or lemma == "find"
    if token.pos == "VERB" and harm_word and _harms_an_animal(sentence, token):
        return None  # `the family's dog was also found beaten to death`: no type of the taxonomy harms animals
    court_step = _court_step(sentence, token)
    if court_step is not None:
        return Trigger("charge", court_step)
    if token.pos == "VERB" and VERB_TRIGGERS.get(lemma) in {"assault", CASUALTY} and _threatened(sentence, token):
        return Trigger("statement", "threat made")  # `shouting they "were going to kill them"`: a threat, no attack
    if (
        token.pos == "VERB"
        and VERB_TRIGGERS.get(lemma) in {"assault", CASUALTY}
        and _content_of_a_threat(sentence, token)
    ):
        return None  # `made some veiled threats that they'd have to shoot him`: what is threatened
    if token.pos == "NOUN" and lemma in {"statement", "argument"} and _trial_speeches(sentence, token):
        return Trigger("charge", "opening or closing statements")  # `In opening statements Tuesday, ...`: a trial step
    if lemma == "impress" and token.tag == "VBN" and _pleased_at_someone(sentence, token, ("with", "by")):
        # `I was immediately impressed with Dr. Benjamin's background`
        return Trigger("support", "pleased with someone")
    if token.pos == "VERB":
        for child in sentence.children(token):
            pair = (lemma, child.lemma.lower())
            if child.dep in {"prt", "prep", "advmod"} and pair in PHRASAL_TRIGGERS:
                objects = {g.lemma.lower() for g in sentence.children(child) if g.dep == "pobj"}
                if pair == ("throw", "out") and _patients_of(list(sentence.children(token))) & _CONVICTIONS:
                    return Trigger("charge", "conviction ruled on")  # `Keating's convictions were thrown out`
                if pair == ("take", "to") and objects & _JAILS:
                    return Trigger("arrest", "taken to jail")  # `He was taken to the County jail`: custody
                if pair == ("take", "to") and not objects & {"street", "streets"}:
                    continue  # only `took to the streets`
                if pair == ("call", "to") and not objects & {"service", "duty", "scene"}:
                    continue
                if pair in _FORCE_PHRASALS and not (
                    objects & _FORCE_WORDS or _objects_are_forces(sentence, token) or child.dep == "prt"
                ):
                    continue
                called = {c.lemma.lower() for c in sentence.children(token) if c.dep in {"dobj", "nsubjpass"}}
                if pair in _FORCE_PHRASALS and called & _PRESS and not _objects_are_forces(sentence, token):
                    continue  # `calling up reporters for secret meetings`: telephoned, no forces
                if pair in _FORCE_PHRASALS and _called_out_person(sentence, token):
                    continue  # `after being called out by the British-Irish fighter`: challenged, no forces
                if pair in _FORCE_PHRASALS and _emergency_kit_called(sentence, token):
                    continue  # `a second aerial platform was called in`: fire appliances, no forces
                if pair in _ENTRY_PHRASALS and not objects & _SITE_WORDS and not _names_place(sentence, child):
                    continue  # `getting into the spirit`
                if pair in {("force", "in"), ("force", "through")} and not _forced_way(sentence, token):
                    continue  # `forced her way in`, not `forced through a bill`
                if pair in {("drive", "through"), ("ram", "through")} and not objects & _BARRIERS:
                    continue  # `drove through the city`
                if pair == ("beat", "out"):
                    continue
                if pair == ("push", "back") and any(
                    c.dep == "dobj" and c.lemma.lower() == "way" for c in sentence.children(token)
                ):
                    continue  # `McAllister pushed her way back to Kathina`: a way made, no resistance
                if lemma == "hide" and _thing_hidden(sentence, token):
                    continue  # `the gun he used was kept hidden under a shed`: a thing put away, no one sheltering
                if pair in {("converge", "on"), ("converge", "upon")}:
                    crowd = _doer_lemma(sentence, token, list(sentence.children(token)))
                    if crowd in _FORCE_WORDS | {"investigator", "official", "reporter", "journalist", "agent"}:
                        continue  # `Investigators converged on the scene`: people at work, no crowd
                    if crowd in _PROTESTERS:
                        return Trigger("protest", "crowd of protesters")  # `Protesters converged on parliament`
                lashed_at = [
                    g.lemma.lower()
                    for p in sentence.children(token)
                    for g in (p, *sentence.children(p))
                    if (p.dep == "prep" and p.lemma.lower() == "at" and g.dep == "pobj")
                    or (g is p and p.dep == "advmod")  # `at all` read as an adverb
                ]
                if pair == ("lash", "out") and set(lashed_at) & {"all", "everything", "anything", "something"}:
                    continue  # `lashing out at all that ails Greece`: at troubles, no one criticised
                if pair == ("pass", "away") and any(c.dep == "dobj" for c in sentence.children(token)):
                    continue  # `passed the ball away`: no one died
                if pair == ("slip", "away") and not _slipped_away(sentence, token):
                    continue  # `the gunman slipped away in the confusion`: an escape
                if pair == ("walk", "out") and (
                    _out_of(sentence, child) or _out_of(sentence, token) or _across(sentence, token)
                ):
                    continue  # `a woman walking out of a store`: leaving it, no walkout
                if pair == ("push", "back") and any(c.dep == "auxpass" for c in sentence.children(token)):
                    continue  # `development has been pushed back several years`: delayed, no rejection
                if pair == ("blow", "up") and not any(c.dep in {"dobj", "nsubjpass"} for c in sentence.children(token)):
                    return Trigger("other", "blew up")  # `It just blew up in the air`: an explosion, no attack
                if pair in _VEHICLE_PHRASALS and _vehicle_into_building(sentence, token, pair, objects):
                    return Trigger("breach", "vehicle driven into a building")  # `rammed their car into a store`
                struck = [child] if child.dep == "prep" else [token]  # `ran her over`: the verb's object
                if pair in _VEHICLE_PHRASALS and not _has_people(sentence, struck):
                    continue  # `ran into trouble`, `drove into the city`
                if pair == ("mow", "down") and not _has_people(sentence, [token]):
                    continue
                if pair == ("look", "at") and not _by_an_inquiry(sentence, token):
                    continue  # `The panel will look at the exodus`, not `look at the figures`
                if pair == ("show", "up") and not _counted_people(sentence, token, list(sentence.children(token))):
                    continue  # `Thousands showed up`, not `we just show up to do the broadcast`
                if pair == ("call", "for") and _doer_is_a_document(sentence, token):
                    continue  # `Future plans call for SeaMicro to build servers`: what a plan provides
                if pair in _CUSTODY_PHRASALS and not objects & _CUSTODY:
                    continue  # `take the proposal into consideration`
                if pair == ("surrender", "to") and not objects & (word_list("state_forces") | {"authority"}):
                    continue  # `surrendered to police`, not `surrendered to the rebels` or `to temptation`
                if pair == ("round", "up") and not _has_people(sentence, [token]):
                    continue  # `rounded up 40 suspects`, not `rounded up the figures`
                if pair == ("pick", "up") and not (_by_police(sentence, token) and _has_people(sentence, [token])):
                    continue  # `was picked up by police`, not `picked up the phone`
                if pair[0] == "speak" and _spoken_to_one(sentence, token):
                    # `spoke to one man`, `As he spoke to the woman at the door of the apartment`: a
                    # conversation wherever it was, no speech to a crowd
                    continue
                if pair[0] == "hide" and sentence.tokens[token.head].lemma.lower() == "find" and token.dep != "ROOT":
                    continue  # `Deputies found him hiding in a bathtub`: a suspect caught, no one sheltering
                if pair == ("speak", "to") and objects & _PRESS and _would_not(list(sentence.children(token))):
                    return Trigger("statement", "declined to comment")  # `would not speak to reporters`: a refusal
                if pair == ("call", "for") and "dobj" in {c.dep for c in sentence.children(token)}:
                    continue  # `calling up reporters for secret meetings`: someone called, nothing demanded
                if pair == ("call", "for") and objects & {"help", "assistance", "backup", "ambulance"}:
                    continue  # `she called for help`: an emergency call, no demand
                if pair == ("call", "for") and objects & {"redemption", "conversion", "tender"}:
                    continue  # `Conseco ... is calling for the redemption ... of its preferred stock`: business
                if pair == ("run", "into") and _met_by_chance(sentence, token):
                    continue  # `Gomes ran into Jean and his mother a few days later`: a meeting, no crash
                return Trigger(PHRASAL_TRIGGERS[pair], f"phrasal verb: {pair[0]} {pair[1]}")
        if _protest_aimed_or_allowed(sentence, token):
            return None
        children = list(sentence.children(token))
        deps = {c.dep for c in children}
        patients = _patients_of(children)  # what the verb acts on: its object, or its subject in the passive
        if lemma in _ISSUING and token.dep == "acl" and _issued_statement(sentence, sentence.tokens[token.head]):
            return None  # `The statement released by the ministry on Monday said`: the statement is the event
        if lemma == "agree" and any(c.dep == "xcomp" and c.lemma.lower() in _TRADING for c in children):
            return None  # `QVC agreed to pay $19 ... a share`: a deal's terms, business
        if lemma == "tackle" and any(
            c.dep == "amod" and c.lemma.lower() in {"defensive", "offensive"} for c in children
        ):
            return None  # `Chargers defensive tackle Jamal Williams`: a player's position
        if lemma in _SPREADING and _fire_as_subject(sentence, token, children):
            return Trigger("other", FIRE_SPREAD)  # `The fire ... broke out ... and quickly spread to the rest`
        # (`suffered smashed windows and smoke damage`, however the parser joins the list)
        suffered = [t for t in sentence.subtree(token) if 0 < t.i - token.i <= 6 and t.pos == "NOUN"]
        if lemma == "suffer" and any(t.lemma.lower() == "damage" for t in suffered):
            return Trigger("other", "damage suffered")  # `Other properties in the area suffered damage in the blaze`
        if lemma in {"launch", "start", "begin", "mount", "organize", "organise"} and _campaign_of_support(
            sentence, children
        ):
            return Trigger("support", "campaign to show support")  # `launched the ... campaign to show support`
        if _petition_spread(sentence, token, children):
            return Trigger("request", "petition circulated")  # `a petition has been circulating Twitter`
        if lemma in {"remain", "be", "stay"} and _roads_closed(sentence, children):
            return Trigger("restrict", "roads closed")  # `Roads in the immediate area are expected to remain closed`
        if lemma == "barricade" and patients & _ROADS:
            return Trigger("restrict", "roads closed")  # `police barricaded Snyder Avenue`: a street closed
        if lemma == "turn" and _turned_violent(sentence, children):
            return Trigger("riot", "gathering turned violent")  # `A candle light vigil turned violent`
        sheltering = any(c.dep == "xcomp" and c.lemma.lower() in _SHELTERING for c in children)
        advised = deps & {"dobj", "nsubjpass"} and _infinitive_child(sentence, children)
        if lemma == "advise" and advised and not sheltering:
            # `advised concerned users to set ... settings`, `users ... are advised to download the fix`
            return Trigger("request", "advised to")
        if lemma == "encourage" and deps & {"dobj", "nsubjpass"} and _infinitive_child(sentence, children):
            return Trigger("request", "encouraged to")  # `Residents were encouraged to find other routes`
        if lemma == "revoke" and patients & _PERMISSIONS:
            return Trigger("sanction", "permission revoked")  # `His supervision was revoked`
        if lemma == "return" and _back_to_prison(sentence, children):
            return Trigger("arrest", "returned to prison")  # `he returned to prison in May 1984`
        if lemma == "go" and token.tag != "VB" and _gone_to_prison(sentence, children):  # (not `that they go to jail`)
            return Trigger("arrest", "returned to prison")  # `Mendes went back to prison for 2-1/2 years`
        if lemma == "convict" and token.dep == "amod":
            return None  # `a convicted sex offender`: who he is, no verdict told
        if lemma in {"send", "dispatch", "rush", "deploy"} and _relief_teams(sentence, children):
            return Trigger("aid", "relief teams sent")  # `medical teams with supplies ... had been sent`
        if lemma == "poison" and not _has_people(sentence, [token]):
            return None  # `an attempt at poisoning the California election`: a figure of speech
        if _act_weighed(sentence, token):
            return None  # `there would many difficulties in attacking land bases`: an act weighed, not done
        if _demanded_that(sentence, token):
            return None  # `insisted that the union agree to increase wage cuts`: wanted, not done
        if lemma in _INSISTING and any(c.dep == "ccomp" and _demanded_that(sentence, c) for c in children):
            return Trigger("request", "demanded that")  # `Republican Party leaders insisted that the UAW agree`
        if lemma in {"make", "adopt", "enact", "finalize", "finalise"} and _rule_changed(sentence, children):
            return Trigger("statement", "rule made or undone")  # `The change to the ESA was made last December`
        rolled_back = lemma == "roll" and _has_particle(sentence, token, "back")
        if (lemma in _RULING_ON_RULES or rolled_back) and patients & _LAWS:
            # `President Obama overturned an administration regulation`, `he passed legislation`, `By
            # rolling back this eleventh - hour regulation`: a ruling
            return Trigger("statement", "rule made or undone")
        if lemma in _RULING_ON_CONVICTIONS and patients & _CONVICTIONS:
            return Trigger("charge", "conviction ruled on")  # `A federal appeals court has reinstated his convictions`
        if lemma in {"take", "make"} and _decision_on(sentence, children):
            return Trigger("statement", "decision taken")  # `a decision was taken on establishment of districts`
        if VERB_TRIGGERS.get(lemma) == "statement" and any(
            c.dep == "nsubj" and _issued_statement(sentence, c) == "statement" for c in children
        ):
            return None  # `A statement from Apple Computer stated that`: the statement is the one event
        if _kept_from(sentence, token):
            return None  # `an injunction blocking the board from recommending or supporting an offer`: not done
        # a person's refusal, not a document's silence (`a program ... that didn't specify a share amount`)
        if (
            lemma in _COMMENTING - {"comment", "answer", "respond"}
            and _would_not_say(children, joined=token.dep == "conj")
            and not _doer_is_a_document(sentence, token)
        ):
            return Trigger("statement", "declined to comment")  # `The police would not discuss a possible motive`
        details_withheld = lemma in {"give", "provide", "offer"} and patients & {"detail", "specific", "comment"}
        if details_withheld and _would_not_say(children) and not _doer_is_a_document(sentence, token):
            return Trigger("statement", "declined to comment")  # `The official did not give details as to why`
        if VERB_TRIGGERS.get(lemma) == "deploy" and any(
            c.dep in {"dobj", "nsubjpass"} and {t.lemma.lower() for t in sentence.subtree(c)} & _CIVIL_WORK
            for c in children
        ):
            return None  # `it immediately mobilized security engineering teams worldwide`: a company's staff
        if _any_subject(sentence, children) and any(
            c.dep == "aux" and c.lemma.lower() in _MODALS | {"must", "shall"} for c in children
        ):
            return None  # `Any decision to expel Sinn Fein must be agreed jointly`: a rule for what may come
        if (
            VERB_TRIGGERS.get(lemma) == "statement"
            and {"auxpass", "neg"} <= deps
            and any(c.dep == "aux" and c.lemma.lower() in _MODALS for c in children)
        ):
            return None  # `a nature that cannot be denied`: undeniable, no denial made
        modified = sentence.tokens[token.head]
        # `the recently announced iPhone 4`; a name that heads a sentence with no verb is a misparse
        # (`Some accused Trump of inciting violence`, the verb read as a modifier)
        # and `privately negotiated transactions`, `an agreed plan`: what a thing is, no talks or agreement told
        named_kind = VERB_TRIGGERS.get(lemma) == "statement" or (lemma not in VERB_TRIGGERS and lemma in FAMILY_VERBS)
        statement_modifier = named_kind and (
            modified.pos == "NOUN" or (modified.pos == "PROPN" and modified.dep != "ROOT")
        )
        in_noun_phrase = (token.dep == "conj" and token.tag == "VBG" and sentence.tokens[token.head].pos == "NOUN") or (
            token.dep == "pobj" and token.tag == "VBN"
        )  # `a landslide or collapsing buildings`, `25 of the injured`: names things and people
        if (token.dep == "amod" or in_noun_phrase) and (lemma in _NAMING_PARTICIPLES or statement_modifier):
            return None  # `the still-jailed journalist`, `the dying man`: names people, reports nothing
        if hurt_own_body(sentence, token):
            return Trigger(CASUALTY, "hurt a part of the body")  # `he hurt his knee on the play`: an injury
        if lemma == "hurt" and not _harms_people(sentence, token, children):
            return None  # `will hurt Clinton's chances`
        if lemma == "sink" and any(c.dep == "dobj" and c.lemma.lower() in _VESSELS for c in children):
            return Trigger("assault", "vessel sunk")  # `INS Tabar sunk a fishing trawler`: an attack at sea
        if lemma == "sink" and not any(
            c.dep in {"nsubj", "nsubjpass"} and c.lemma.lower() in _VESSELS for c in children
        ):
            return None  # `sink the nomination`
        being = any(c.dep == "aux" and c.lemma.lower() == "be" for c in children)
        if lemma in {"treat", "hospitalize", "hospitalise"} and _treated_for_harm(sentence, children):
            return Trigger(
                CASUALTY, "treated for injuries"
            )  # `19 patients were treated for broken bones`, `treated 20 quake victims`
        if lemma == "lament" and any(c.dep == "ccomp" for c in children):
            return Trigger("statement", "complaint")  # `Sununu lamented that "the noose is tightening"`
        might = any(c.dep == "aux" and c.lemma.lower() in _MODALS for c in children)  # `acts which may result in`
        if (
            lemma == "result"
            and not might
            and not _in_crime_charged(sentence, token)
            and any(c.dep == "prep" and _names(sentence, c, _HARM_RESULTS) for c in children)
        ):
            return Trigger(CASUALTY, "resulting in casualties")  # `bombing ... resulting in civilian casualties`
        if lemma in _SUFFERING_VERBS and _injuries_suffered(sentence, children):
            return Trigger(CASUALTY, "injuries suffered")  # `eight people had suffered from serious injury`
        if lemma in _SUFFERING_VERBS and _dated_injury(sentence, token):
            return Trigger(CASUALTY, "injuries suffered")  # `a knee injury suffered in an October 19 game`
        if lemma == "lose" and any(c.dep == "dobj" and c.lemma.lower() == "life" for c in children):
            return Trigger(CASUALTY, "lost their lives")  # `four Americans lost their lives`
        if lemma == "claim" and any(c.dep == "dobj" and c.lemma.lower() == "life" for c in children):
            return Trigger(CASUALTY, "claimed lives")  # `the bombings claimed at least 217 lives`
        if lemma == "take" and any(
            c.lemma.lower() == "hostage" and c.dep in {"dobj", "oprd", "npadvmod", "advmod", "attr"} for c in children
        ):
            return Trigger("assault", "taken hostage")  # `a store owner they took hostage`
        if lemma == "confirm" and _confirmed_to_press(sentence, children):
            return Trigger("statement", "confirmed to the press")  # `her rep confirms to PEOPLE`
        if lemma == "leave" and patients & {"statement"}:
            return Trigger("statement", "statement left")  # `left a statement for the press`
        if lemma in {"put", "pump", "fire"} and patients & {"bullet", "round"} and _has_people_hit(sentence, children):
            return Trigger("assault", "bullet put through")  # `put a bullet through his head`
        if lemma == "have" and patients & {"wound", "injury"} and _has_object(sentence, token):
            # `a deputy ... who had gunshot wounds`; not `Thomas has an ankle injury`, a player's condition
            part = any(
                c.dep == "dobj" and any(g.lemma.lower() in BODY_PARTS for g in sentence.children(c)) for c in children
            )
            if not part:
                return Trigger(CASUALTY, "injuries had")
        if lemma == "come" and _came_under_fire(sentence, children):
            return Trigger("assault", CAME_UNDER_FIRE)  # `as it came under fire from two boats`
        if lemma == "hold" and _held_to_ransom(sentence, children):
            return Trigger("assault", "held to ransom")  # `They still hold ... 300 crew members to ransom`
        if lemma == "notice" and patients & _FIRES:
            return Trigger("other", FIRE_FOUND)  # `at the time the fire was noticed`: a fire found
        if lemma == "unmask" and _has_people(sentence, [token]):
            return Trigger("statement", "identity revealed")  # `Felt's family unmasked him in Vanity Fair`
        if lemma == "cite" and _cited_for_offence(sentence, children):
            return Trigger("charge", "cited for an offence")  # `Jackson was cited for driving on probation`
        if lemma == "stop" and _agent_of(sentence, token) is not None and _by_police(sentence, token):
            return Trigger("investigate", "stopped by police")  # `I was stopped by an officer`: a stop
        # (and their vehicle: `police stopped LaSalle's vehicle`)
        stopped_someone = lemma == "stop" and any(
            c.dep == "dobj"
            and (
                _someone(sentence, c)
                or (c.lemma.lower() in _VEHICLES and any(g.dep == "poss" for g in sentence.children(c)))
            )
            for c in children
        )
        if stopped_someone and _by_police(sentence, token):
            return Trigger("investigate", "stopped by police")  # `when the cops stopped him`
        if lemma == "nab" and not (patients & _CULPRITS or _nabbed_by_force(sentence, token)):
            return None  # `those of you lucky enough to nab him`: a player drafted, no arrest
        if lemma == "hold" and "auxpass" in deps and patients & _CULPRITS and not patients & _TALKS:
            return Trigger("arrest", "held captive")  # `The pirates are being held on board the Mysore`
        held_without_bail = any(
            c.dep == "prep" and c.lemma.lower() == "without" and _names(sentence, c, {"bail"}) for c in children
        )
        if lemma == "hold" and "auxpass" in deps and held_without_bail:
            return Trigger("arrest", "held without bail")  # `at one point was held for 90 days without bail`
        if lemma in {"escort", "bring", "lead", "guide", "tow", "airlift"} and _to_safety(sentence, children):
            return Trigger("other", "brought to safety")  # `The INS Mysore later escorted the MV Gibe to safety`
        if (
            lemma in {"commence", "begin", "start"}
            and token.dep == "relcl"
            and _patrol_noun(sentence, sentence.tokens[token.head])
        ):
            return Trigger("deploy", "patrol begun")  # `her ongoing patrol mission ..., which commenced in September`
        described = sentence.tokens[token.head]
        set_off = token.i > 0 and sentence.tokens[token.i - 1].text == ","
        describing = token.dep == "acl" and token.tag == "VBN" and (described.pos == "PROPN" or set_off)
        if VERB_TRIGGERS.get(lemma) == "deploy" and describing and not _dated_participle(sentence, token):
            return None  # `Indian Naval Ship Sukanya, deployed on anti-piracy patrols ..., thwarted`: who it is
        if lemma == "replace" and any(c.dep == "prep" and _names(sentence, c, {"patrol", "duty"}) for c in children):
            return Trigger("deploy", "took over a patrol")  # `The Mysore ... replaced the Tabar on patrol`
        if lemma == "give" and _approval_given(sentence, children) and not _given_by_a_law(sentence, token, children):
            # `the government gave a go-ahead to the Navy's request`; a go-ahead to an enlargement a
            # ratification (`after the Netherlands gave its go-ahead`, in a report of accession)
            ratified = any(t.lemma.lower() in _MEMBERSHIP | {"ratification", "treaty"} for t in sentence.tokens)
            return Trigger("agree" if ratified else "statement", "approval given")
        if lemma in {"issue", "publish", "release"} and _report_published(sentence, children):
            return Trigger("statement", "report issued")  # `Cisco issued a report saying ...`
        done_away = lemma in {"eliminate", "scrap"} and patients & _RULED_AWAY
        if lemma in _RULES_CHANGED and (patients & _LAWS or done_away):
            # `The rules were weakened in the final days`, `is changing endangered species regulations`
            return Trigger("statement", "rule made or undone")
        if lemma == "book" and _person_booked(sentence, children):
            return Trigger("arrest", "booked")  # `he has been booked and later released on bail`
        if lemma == "resist" and patients & _ATTEMPTS:
            return Trigger("statement", "attempts resisted")  # `the Iraqis have resisted attempts to inspect`
        if lemma in {"resume", "begin", "start", "continue"} and _inspectors_at_work(sentence, token, children):
            return Trigger(
                "investigate", "inspections resumed"
            )  # `An American leader of a U.N. weapons inspection team resumed work`
        if lemma == "sign" and _pact_signed_by_parties(sentence, children):
            return Trigger("agree", "plan signed by both")  # `The two presidents on Friday signed the plan`
        if lemma == "work" and _agreement_worked_out(children, patients):
            return Trigger("agree", "agreement worked out")  # `The U.N.-Iraq accord was worked out by U.N.`
        if lemma == "offer" and any(c.dep == "xcomp" and c.lemma.lower() in {"help", "assist"} for c in children):
            return Trigger("aid", "help offered")  # `The president also has offered to help offset Jordan's costs`
        if lemma == "cut" and patients & _TIES and any(c.lemma.lower() == "off" for c in children):
            return Trigger("sanction", "talks cut off")  # `Israel-Syrian talks have been cut off for nearly two years`
        if lemma == "hold" and _hostages_held(sentence, token, children):
            return Trigger("assault", "hostages held")  # `Pirates holding about a dozen ships and nearly 300 crewmen`
        if lemma == "leak" and (_has_object(sentence, token) or any(c.dep == "auxpass" for c in children)):
            return Trigger("statement", "leaked")  # `the date of February 11 was leaked`, not `the pipe leaked`
        leaker = _doer(sentence, token, children)
        if lemma == "leak" and leaker is not None and leaker.pos in {"PRON", "PROPN"} and leaker.lemma.lower() != "it":
            return Trigger("statement", "leaked")  # `He didn't leak`: a person who gave away secrets
        if (
            lemma == "miss"
            and token.tag == "VBG"
            and (being or token.dep == "oprd")
            and not _has_object(sentence, token)
        ):
            return Trigger(CASUALTY, "missing")  # `five fishermen are missing`, not `a missing activist`
        if _joins_alliance(sentence, token, children):
            return Trigger("agree", "members admitted")  # `accepted as members`, `to become full members of NATO`
        if lemma == "cut" and _harms_people(sentence, token, children) and _in_attack(sentence, children):
            return Trigger(CASUALTY, "cut in an attack")  # `The ambassador was cut on her lip ... in the blast`
        if lemma == "recognize" and any(c.dep == "neg" for c in children):
            return Trigger("statement", "not recognized")  # `he does not recognize the courts`: a rejection
        if lemma == "find" and _found_adrift(sentence, token, children):
            return Trigger("other", "found adrift")  # `he was found on an inner tube off the Florida coast`
        if lemma == "dismiss" and any(c.dep == "dobj" and c.lemma.lower() in _LEGAL_ACTIONS for c in children):
            asked = token.dep == "xcomp" and sentence.tokens[token.head].lemma.lower() in {"move", "seek", "ask"}
            # `lawyers have moved to dismiss the lawsuit`: a motion; a judge dismissing it rules
            return Trigger("charge" if asked else "statement", "dismissal sought or ruled")
        dismissing = lemma in {"dismiss", "rebuff"}
        if dismissing and any(c.dep == "dobj" and c.lemma.lower() in _DISMISSED_WORDS for c in children):
            return Trigger("statement", "words dismissed")  # `Karamanlis has dismissed calls to quit`: a rejection
        if lemma in {"declare", "recommend", "propose"} and _of_finances(sentence, children):
            # `declared a 10% stock dividend`, `recommended a suspension of dividend payments`: a company's business
            return None
        if lemma == "release" and _released_from_care(sentence, children):
            return None  # `They were also released after being examined by medics`: patients sent home
        if lemma in {"release", "free"} and _out_of_custody(sentence, children):
            return Trigger("other", "released from custody")  # `to be released from RCMP custody`
        if lemma == "turn" and _has_particle(sentence, token, "down") and _turned_down(sentence, token, children):
            return Trigger("statement", "turned down")  # `she wanted to serve as a missionary but was turned down`
        if lost_home(sentence, token):
            return Trigger("other", "homes lost")  # `relief goods ... to those who have lost their homes`: displaced
        if lemma in {"move", "head", "cross", "trek"} and _population_on_the_move(sentence, token):
            return Trigger("other", "population on the move")  # `55,000 civilians are said to be moving southwards`
        if (
            lemma in {"live", "stay", "sleep"}
            and token.dep != "acl"
            and any(
                c.dep == "prep" and c.lemma.lower() in {"in", "at"} and _names(sentence, c, _REFUGES) for c in children
            )
        ):
            return Trigger("lockdown", "living in shelters")  # `thousands of people have been living in tents`
        if lemma in {"tell", "order", "ask", "instruct", "urge", "advise"} and _told_to_shelter(sentence, children):
            return Trigger("lockdown", "told to shelter")  # `Police at first told workers to stay in their offices`
        if (
            lemma == "tell"
            and _has_people(sentence, [token])
            and any(
                c.dep in {"xcomp", "ccomp"}
                and any(g.dep == "aux" and g.text.lower() == "to" for g in sentence.children(c))
                for c in children
            )
        ):
            return Trigger("request", "told to do")  # `We already told people to return to their houses`
        if lemma in {"require", "oblige", "compel"} and _required_of_someone(sentence, children):
            return Trigger("request", "required to act")  # `Congress required them to produce viability plans`
        burning = [c for c in children if c.dep == "nsubj" and c.lemma.lower() in _FIRES | {"smoke"}]
        # (not what was found so: `found flames and smoke coming out of windows`, however parsed)
        found_burning = (
            token.dep in {"acl", "ccomp", "xcomp", "conj"} and sentence.tokens[token.head].lemma.lower() in _FINDING
        )
        if lemma in _ISSUING_FROM and burning and any(c.dep == "prep" for c in children) and not found_burning:
            # `Flames and smoke were coming from the Wasilla Bible Church`, `smoke was pouring out of
            # the building`: a fire seen (not people fleeing, nor shots)
            return Trigger("other", "fire seen")
        if lemma in {"run", "rush", "pour", "stream"} and _out_of_buildings(sentence, children):
            return Trigger("other", "population fleeing")  # `villagers ran out of their homes in panic`
        expelled = _expelled_from_body(sentence, children)
        escorted_to = lemma == "escort" and any(c.dep == "prep" and c.lemma.lower() == "to" for c in children)
        if escorted_to and not any(c.lemma.lower() in {"from", "out", "off", "away"} for c in children):
            return None  # `as he was being escorted to a trial for rape`: taken somewhere in custody, not removed
        # `She was suspended on the spot and escorted from the building`: the subject the two verbs share
        own_subject = any(c.dep in {"nsubj", "nsubjpass"} for c in children)
        # (not in a clause of time: `Minutes after a woman was suspended and escorted from her job`)
        held_by = sentence.tokens[token.head]
        timed = held_by.dep == "advcl" or any(
            c.dep == "mark" and c.lemma.lower() in {"after", "before", "when", "since", "until", "as"}
            for c in sentence.children(held_by)
        )
        shared = [sentence.tokens[token.head]] if token.dep == "conj" and not own_subject and not timed else []
        if (
            lemma in {"escort", "eject"}
            and token.tag == "VBN"
            and _has_people(sentence, [token, *shared])
            and not expelled
        ):
            return Trigger("other", "removed by security")  # `They were escorted from the meeting room`
        if lemma in _DRIVING_OUT and _driven_from_homes(sentence, children):
            return Trigger("other", "driven from homes")  # `having been hounded from their homes by warfare`
        if lemma == "flee" and _fled_into_streets(sentence, children, panic=False):
            return Trigger("other", PEOPLE_FLED)  # `people fled into the streets`
        if lemma in {"flee", "displace", "uproot"} and not _counted_people(sentence, token, children):
            return None  # a population displaced (`thousands have fled`), not one man's flight
        if lemma in {"pour", "rush", "run", "spill", "flood"} and _fled_into_streets(sentence, children, panic=True):
            return Trigger("other", PEOPLE_FLED)  # `people poured into the streets in panic`
        if lemma in {"fall", "plunge", "tumble"} and _person_fell(sentence, token, children):
            return Trigger("other", PERSON_FELL)  # `the man fell around 2000ft`, `fell to his death`
        struck = _harm_done(sentence, token, children)
        if struck is not None:
            return Trigger(struck, "hazard or weapon doing harm")
        verdict = any(c.dep in {"ccomp", "oprd", "acomp"} and c.lemma.lower() == "guilty" for c in children)
        # `found a former Kraft Foods company employee guilty of murder`: `guilty` read as the object's adjective
        verdict = verdict or (lemma == "find" and _guilty_object(sentence, token))
        found = {c.lemma.lower() for c in children if c.dep in {"oprd", "xcomp", "acomp", "ccomp"}}
        if lemma == "find" and found & _FOUND_SLAIN:
            return Trigger("assault", "found slain")  # `are found slain in their home`
        finder = sentence.tokens[token.head]
        if (
            token.dep in {"oprd", "xcomp", "acomp", "ccomp"}
            and finder.lemma.lower() == "find"
            and lemma in _FOUND_SLAIN
        ):
            return None  # `were found stabbed to death`: one killing, told by the finding
        if lemma in {"find", "discover", "recover"} and any(
            c.dep in {"nsubjpass", "dobj"} and c.lemma.lower() in {"body", "remains"} and _a_person_s(sentence, c)
            for c in children
        ):
            return Trigger("other", "body found")  # `Flynn's body was found in a car`
        if lemma == "find" and verdict:
            return Trigger("charge", "found guilty")  # `a jury found him guilty`
        # and `someone called 911 to and reported a fire at the Matanuska Maid building`
        found_objects = [c for c in children if c.dep == "dobj"]
        # `to find smoke and flames coming out of the windows`: the fire one of the things found
        found_objects += [g for c in found_objects for g in sentence.children(c) if g.dep == "conj"]
        if lemma in {"find", "discover", "see", "spot", "report"} and any(
            c.lemma.lower() in _FIRES
            # not `to find flames completely engulfing the structure`: the engulfing tells the fire
            and not any(g.dep == "acl" and g.lemma.lower() in _FIRE_DOING for g in sentence.children(c))
            for c in found_objects
        ):
            return Trigger("other", FIRE_FOUND)  # `firefighters ... found flames and smoke coming out windows`
        found_things = {c.lemma.lower() for c in children if c.dep in {"dobj", "nsubjpass"}}
        # `had recovered 80% of the haul`: what a share is of
        found_things |= {
            g.lemma.lower()
            for c in children
            if c.dep in {"dobj", "nsubjpass"}
            for p in sentence.children(c)
            if p.dep == "prep" and p.lemma.lower() == "of"
            for g in sentence.children(p)
            if g.dep == "pobj"
        }
        # (not `rifles ... were found and confiscated`: the seizure is the one event)
        seized = any(c.dep == "conj" and c.lemma.lower() in {"confiscate", "seize", "recover"} for c in children)
        if lemma in _FINDING and found_things & _EVIDENCE and not seized:
            return Trigger("investigate", "evidence found")  # `they found a rifle buried near his home`
        if lemma == "send" and any(c.dep == "prep" and _names(sentence, c, _LABS) for c in children):
            return Trigger("investigate", "sent for tests")  # `The gun was sent to the FBI laboratory`
        if lemma == "decline" and any(
            (c.dep == "xcomp" and c.lemma.lower() in _COMMENTING | {"say"})
            or (c.dep == "dobj" and c.lemma.lower() == "comment")
            or (c.dep == "xcomp" and _information_given(sentence, c))
            for c in children
        ):
            # `declined to comment`, `declined to say where`, `declined further comment`: a refusal
            return Trigger("statement", "declined to comment")
        if lemma == "say" and _would_not_tell(sentence, children):
            return Trigger("statement", "declined to comment")  # `Mr. Fabi wouldn't say directly whether`
        if lemma in {"want", "wish", "try"} and _unwilling_to_say(sentence, children):
            return Trigger("statement", "declined to comment")  # `I don't want to comment in that direction`
        if (
            lemma == "try"
            and any(c.dep == "auxpass" for c in children)
            and any(c.dep == "prep" and c.lemma.lower() == "for" for c in children)
        ):
            return Trigger("charge", "tried for a crime")  # `Nichols was being tried for rape in March 2005`
        rolled_out = lemma == "roll" and any(c.dep == "prt" and c.lemma.lower() == "out" for c in children)
        if rolled_out and "carpet" in patients:
            return Trigger("consult", "red carpet rolled out")  # `for prime minister Blair`: a visitor welcomed
        if rolled_out and _product_launched(sentence, token, children):
            return Trigger("statement", "product launched")  # `Apple also rolled out an updated version of iWork`
        rushed_out = lemma in {"rush", "push"} and any(c.dep == "prt" and c.lemma.lower() == "out" for c in children)
        # and `it has rushed out an additional patch`, `will push out an out-of-cycle Windows patch`
        fixing = lemma == "issue" or rushed_out
        if fixing and patients & {"patch", "fix", "update"} and _product_launched(sentence, token, children):
            return Trigger("statement", "product launched")  # `Microsoft has issued an emergency patch`
        if lemma in {"fix", "repair", "patch"} and patients & _FLAWS and _flaws_fixed(sentence, token, children):
            return Trigger("statement", "product launched")  # `Microsoft repaired 47 vulnerabilities`: updates out
        if lemma in {"offer", "carry", "sell"} and _product_to_come(sentence, token, children):
            return Trigger("statement", "release to come")  # `T-Mobile will be offering the Curve 8900 this February`
        purpose = token.dep == "advcl" and any(c.dep == "aux" and c.text.lower() == "to" for c in children)
        if lemma == "express" and patients & _DISAPPROVAL and not purpose:
            return Trigger("statement", "disapproval expressed")  # `Politicians expressed disappointment`
        if lemma in {"announce", "receive", "get"} and patients & {"sentence", "sentences"}:
            # `before his sentence was announced Saturday`, `who also received an additional sentence`
            return Trigger("charge", "sentence given")
        shown = patients | _shown_of(sentence, children)
        if lemma in {"offer", "show", "express"} and shown & {"remorse", "contrition"} and token.dep != "acl":
            # (not `the officers' failure to express remorse`)
            return Trigger("concede", "remorse shown")  # `offered a show of remorse`
        if (
            lemma == "deliberate"
            and token.tag == "VBG"
            and any(c.dep == "nsubj" and c.lemma.lower() in {"jury", "jurors"} for c in children)
        ):
            # `The jury is still deliberating`: a trial under way (not `deliberated ... before
            # convicting`, the verdict the event)
            return Trigger("charge", "jury deliberating")
        if lemma == "sign" and patients & {"order", "decree", "proclamation", "memorandum"}:
            return Trigger("statement", "order signed")  # `a judge signed an order yesterday allowing the transfer`
        if lemma == "issue" and patients & {"memorandum", "memo", "directive", "decree", "proclamation"}:
            return Trigger("statement", "order issued")  # `Obama issued a memorandum that effectively suspends`
        if lemma == "blow" and "whistle" in patients and any(c.dep == "prep" for c in children):
            return Trigger(
                "statement", "whistle blown"
            )  # `Felt blew the whistle on a corrupt administration`: a disclosure
        if lemma == "express" and "regret" in patients:
            return Trigger("concede", "regret expressed")
        if lemma == "challenge" and any(c.dep == "dobj" for c in children) and _infinitive_child(sentence, children):
            return Trigger("request", "challenged to act")  # `has challenged authorities to file charges against him`
        if lemma == "challenge" and _objection(sentence, token, children):
            return Trigger("statement", "objection")  # `we've already challenged, very strongly, the terms`
        if lemma == "release" and patients & _RECORDINGS:
            return None  # `The IDF released video footage from 2007`: shown, no captive freed
        if lemma in {"want", "seek", "demand"} and patients & _CALLED_FOR:
            return Trigger("request", "inquiry wanted")  # `the agency wants an impartial investigation`
        if lemma in {"bring", "take", "file"} and _case_to_court(sentence, children):
            return Trigger("charge", "case brought")  # `Libya, which brought the case to the highest judicial body`
        case = any(
            c.dep in {"nsubjpass", "dobj"} and c.lemma.lower() == "case" and _plain(sentence, c) for c in children
        )
        if lemma == "submit" and case:
            # `Williams' case had not been submitted as of Tuesday`: a case put to prosecutors, charges
            return Trigger("charge", "case brought")
        if lemma in {"file", "submit"} and _petition_to_no_court(sentence, token, patients):
            return Trigger("request", "petition filed")  # `Residents filed a petition against the new tax`
        if lemma == "file" and patients & _FILINGS:
            return Trigger("charge", "legal filing")  # `officials filed objections to the court's jurisdiction`
        if lemma == "comment" and any(c.dep == "neg" for c in children):
            return Trigger("statement", "no comment given")  # `DPC said it couldn't comment on the suit`
        if lemma == "comment" and token.dep == "pcomp" and sentence.tokens[token.head].lemma.lower() == "without":
            return Trigger("statement", "no comment given")  # `Without commenting on the allegations raised`
        if lemma == "counter" and patients & _COUNTERED:
            return Trigger("statement", "rebuttal")  # `That was countered by Deadline.com's Nikki Finke`
        if lemma == "credit" and _credited_for_help(sentence, children):
            return Trigger("support", "credit given")  # `Both men credited Felt for helping them`
        if lemma == "dignify" and any(c.dep == "prep" and _names(sentence, c, _RESPONSES) for c in children):
            return Trigger(
                "statement", "response refused"
            )  # `We're not going to dignify the latest false leak with a response`
        if lemma in _DISAPPROVING and _disapproval_felt(sentence, token, children):
            return Trigger("statement", "disapproval voiced")  # `I am shocked and dismayed by the numerous leaks`
        if lemma == "comment" and token.dep == "xcomp" and _not_available(sentence, sentence.tokens[token.head]):
            return Trigger("statement", "no comment given")  # `Rally officials weren't available to comment`
        if lemma == "respond" and any(c.dep == "advcl" and c.lemma.lower() == "say" for c in children):
            return Trigger("statement", "response")  # `the deputy foreign minister responded from Baghdad, saying`
        if (
            lemma in {"clear", "approve", "authorize", "authorise"}
            and patients & _DEALS
            and _by_a_ruling_body(sentence, token, children)
        ):
            return Trigger("statement", "deal cleared")  # `authorities have cleared Dresdner's takeover`: a ruling
        if lemma == "torch" and _arson_by_no_crowd(sentence, token, children):
            return Trigger("other", "set on fire")  # `Palin's church was torched`: a fire set, no riot told
        if lemma in {"approve", "authorize", "authorise"} and _by_an_office(sentence, token, children):
            return Trigger("statement", "approved by an office")  # `President Bush has approved duty-free treatment`
        if lemma in {"give", "receive"} and _given_treatment(sentence, token, children):
            return Trigger(CASUALTY, "treated for injuries")  # `300 others were given outpatient treatment`
        as_opposed = lemma == "oppose" and token.tag == "VBN"
        if as_opposed and any(c.dep == "mark" and c.lemma.lower() == "as" for c in children):
            return None  # `as opposed to the bloated spectacle`: a contrast, no one opposed
        if lemma == "shell" and any(c.dep in {"prt", "advmod"} and c.lemma.lower() == "out" for c in children):
            return None  # `AMD shelled out $334 million`: paid, no shelling
        if lemma == "breach" and any(
            c.dep == "dobj" and (c.pos == "NUM" or c.lemma.lower() in _NOT_BREACHED) for c in children
        ):
            return None  # `when we breached 8,000`, `breached the agreement`: a level passed, a pact broken
        forces_move = lemma in {"mass", "join", "move"} and any(
            c.dep == "nsubj" and c.lemma.lower() in _FORCE_WORDS | {"gi"} for c in children
        )
        if lemma in _POSTING_VERBS and (_objects_are_forces(sentence, token) or forces_move):
            return Trigger("deploy", "forces posted")  # `sent in troops`, `160 security personnel were added`
        refuge = {"shelter", "refuge", "cover", "safety"}
        if (
            lemma in {"seek", "take", "find"} and any(c.dep == "dobj" and c.lemma.lower() in refuge for c in children)
        ) or (lemma == "stay" and any(c.lemma.lower() in {"home", "inside", "indoors"} for c in children)):
            return Trigger("lockdown", "shelter taken")  # `sought shelter`, `urged people to stay home`
        if lemma == "make" and _help_made_available(sentence, token):
            return Trigger("aid", "help made available")  # `We have made available a distress fund for residents`
        if lemma in {"leave", "vacate", "abandon"} and _made_to_leave_home(sentence, token, children):
            return Trigger("lockdown", "evacuation")  # `People living near the store were made to leave their homes`
        if (
            lemma in {"move", "relocate"}
            and token.tag == "VBN"
            and any(c.dep == "auxpass" for c in children)
            and not any(c.dep == "agent" for c in children)
            and _driven_from_homes(sentence, children)
        ):
            return Trigger("lockdown", "evacuation")  # `Sixty residents were moved from their homes`
        if lemma == "turn" and _turned_oneself_in(children):
            return Trigger("arrest", "turned himself in")  # `the suspect turned himself in around 6 p.m.`
        if lemma == "give" and _gave_oneself_up(children):
            return Trigger("arrest", "turned himself in")  # `before the gunman gave himself up`
        if lemma == "give" and _culprits_gave_up(sentence, token, children):
            return Trigger("arrest", "culprits surrendered")  # `forcing the pirates to give up`
        if lemma == "take" and _taken_on_board(sentence, token, children) and patients & _CULPRITS:
            return Trigger("arrest", "held on board")  # `The pirates have been taken on board the INS Mysore`
        if lemma == "force" and _made_to_act(sentence, token, children):
            return Trigger("assault", "forced at gunpoint")  # `The guards ... were forced to drive to the Baytown area`
        if lemma in {"cuff", "handcuff"} and _guards_restrained(sentence, token, patients):
            return Trigger("assault", "guards restrained")  # `Comeaux ... handcuffed them together`: hostages
        if (
            lemma in {"cuff", "handcuff"}
            and not patients & (_REFLEXIVES | _GUARDS)
            and (_has_people(sentence, [token]) or patients & _PRONOUNS)
        ):
            return Trigger("arrest", "handcuffed")  # `They cuffed him on the ground`
        if lemma in {"have", "hold", "keep"} and _in_custody(sentence, children) and _has_object(sentence, token):
            return Trigger("arrest", "held in custody")  # `Police have a suspect in custody`
        if lemma == "catch" and _caught_up_with(sentence, token, children):
            return Trigger("arrest", "caught up with")  # `Police caught up with the driver ... a few blocks away`
        if lemma == "remand" and not any(
            c.dep == "prep" and c.lemma.lower() == "on" and _names(sentence, c, {"bail"}) for c in children
        ):
            return Trigger("arrest", "remanded")  # `was remanded in custody` (not `remanded on bail`: set free)
        if lemma == "bring" and any(
            c.dep == "prep" and c.lemma.lower() == "into" and _names(sentence, c, _CUSTODY) for c in children
        ):
            return Trigger("arrest", "taken into custody")  # `before bringing him into custody`
        if lemma == "fire" and any(
            c.dep == "prep" and c.lemma.lower() == "in" and _names(sentence, c, _SELF_DEFENCE) for c in children
        ):
            return Trigger("assault", "fired in self-defense")  # `it had fired in self-defense`
        if lemma in {"hijack", "commandeer"} or (lemma == "seize" and _pirates_seize(sentence, token, children)):
            return Trigger("assault", "vessel hijacked")  # `a trawler commandeered by pirates`: seized with its crew
        if lemma in {"repulse", "repel"} and patients & _ATTACKERS:
            return Trigger("assault", "attackers repulsed")  # `Indian forces repulsed the pirates`: an armed clash
        if lemma in {"draw", "attract", "earn", "receive"} and patients & _CRITICISM:
            return Trigger("statement", "criticism drawn")  # `India's navy drew criticism`: others criticised it
        if lemma in _DRAWING_PRAISE and _praise_drawn(sentence, children):
            return Trigger("support", "praise drawn")  # `She also garnered positive responses as ... host`
        counted_out = any(c.dep in {"dobj", "nsubjpass"} and c.pos == "NUM" for c in children)  # `two of them`
        if lemma == "execute" and (counted_out or _has_people(sentence, [token])):
            return Trigger(CASUALTY, "executed")  # `executed two of them with a single bullet each`
        way_in = any(c.dep == "prep" and c.lemma.lower() in {"past", "into", "through", "inside"} for c in children)
        if lemma == "force" and patients & {"way"} and way_in:
            return Trigger("breach", "forced a way in")  # `used it to force her way past security guards`
        if lemma == "miss" and token.tag in {"VBD", "VBZ", "VBP"} and _projectile_subject(sentence, children):
            return Trigger("assault", SHOT_MISSED)  # `That shot missed`: a shot fired that hit no one
        if (
            lemma == "go"
            and _has_particle(sentence, token, "up")
            and any(
                c.dep == "prep" and c.lemma.lower() == "in" and _names(sentence, c, {"flame", "fire", "smoke"})
                for c in children
            )
        ):
            return Trigger("other", "fire")  # `their branch went up in flames`
        if lemma in {"rescue", "save"} and patients & _RESCUED_THINGS:
            return None  # `spending cuts aimed at rescuing the country's economy`: a bail-out, no one saved
        if lemma == "engulf":
            engulfing = sentence.tokens[token.head] if token.dep == "acl" else _doer(sentence, token, children)
            if engulfing is not None and engulfing.lemma.lower() in {"flame", "fire", "blaze"}:
                return Trigger("other", "fire")  # `flames completely engulfing the structure`
            in_flames = any(
                c.dep == "prep" and c.lemma.lower() == "in" and _names(sentence, c, {"flame", "fire"}) for c in children
            )
            if in_flames and "auxpass" in {c.dep for c in children}:
                return Trigger("other", "fire")  # `soon the entire roof was engulfed in flames`
        if lemma == "attack" and any(c.dep == "nsubj" and c.lemma.lower() in _FIREFIGHTERS for c in children):
            return None  # `fire crews attacked it from all sides`: a fire fought
        if lemma == "patrol" and _on_the_beat(sentence, token, children):
            return None  # `A cop patrolling on foot happened to see the fleeing vehicle`: one officer's round
        if lemma == "shoot" and any(c.dep == "prep" and _names(sentence, c, _FAME) for c in children):
            return None  # `who shot to fame in 1999 movie American Pie`: a career, no gun
        if lemma == "shoot" and _filming(sentence, token):
            return None  # `"Catching Fire" begins shooting in August with a script from Simon Beaufoy`: filming
        if lemma == "shoot" and _aims_for(sentence, children):
            return None  # `the project was shooting for a 2011 release date`: aiming at it
        if lemma == "die" and _dies_in_prison(sentence, children):
            return None  # `he will likely die in prison`: what a life sentence means, no death told
        if lemma in {"shut", "close"} and patients & {"door", "window"} and _residents_advised(sentence, token):
            return Trigger("lockdown", "shelter taken")  # `Police advised residents to shut all doors and windows`
        if (lemma == "open" and "fire" in patients) or (lemma == "fire" and patients & (_GUNFIRE | _FIREARMS)):
            return Trigger("assault", "opened fire")  # `opened fire on revelers`, `shots were fired into the crowd`
        if lemma == "fire" and not patients and _fired_a_gun(sentence, token, children):
            return Trigger("assault", "opened fire")  # `he fired when he thought he saw someone ... reach for a gun`
        if lemma in {"hit", "strike"} and _projectile_hit_person(sentence, token, children):
            return Trigger(
                "assault", "struck by gunfire"
            )  # `The bullet ... traveled about a block before hitting Kathina`
        if lemma == "bleed" and _bleeding_from_a_weapon(sentence, token, children):
            return Trigger("assault", "bleeding from a wound")  # `while she bled from a gunshot wound in her back`
        if lemma == "bring" and patients & {"case", "prosecution"} and _against_someone(sentence, children):
            return Trigger("charge", "case brought")  # `Prosecutors are bringing the case against Timmons`
        if lemma == "spray" and patients & (WEAPONS | _GUNFIRE | {"bullet"}):
            return Trigger("assault", "weapons fired")  # `he sprayed 13 bullets from a Brooklyn rooftop`
        if lemma in {"launch", "fire", "lob"} and patients & WEAPONS:
            return Trigger("assault", "weapons fired")  # `Hamas launched rockets at Israel`, `fired mortars`
        shooter = _doer(sentence, token, children)  # through `and`: `the gunman stood and fired`
        if lemma == "fire" and not patients and shooter is not None and shooter.lemma.lower() in _WHAT_SHOOTS:
            return Trigger("assault", "a shooter fired")  # `near where the sniper fired`, `the gunman stood and fired`
        if lemma == "fire" and not patients and any(c.lemma.lower() in _FIRED_TOWARD for c in children):
            return Trigger("assault", "shots fired")  # `fired ahead of it`, `fired into the crowd`: no job lost
        if lemma == "engage" and patients & _ARMED_FOES:
            return Trigger("assault", "foes engaged")  # `As Mysore engaged the pirates`: an armed clash
        if lemma == "fire" and not patients - {"time"} and _fired_from_a_place(sentence, token, children):
            return Trigger("assault", "a person fired")  # `Andrew Lopez, 20, fired from the rooftop`
        if lemma == "catch" and "fire" in patients:
            return Trigger("other", "caught fire")  # `A Waitrose supermarket ... caught fire yesterday`
        if lemma == "assault" and any(c.dep == "dobj" and c.text.lower().startswith("weapon") for c in children):
            return None  # `armed with “assault weapons”`, read as a verb: a kind of gun
        if lemma in {"take", "claim"} and patients & {"life"} and not _only_supposed(children):
            return Trigger("casualty", "lives taken")  # `This individual took the life of two police officers`
        if lemma in {"punch", "kick", "slap", "hit", "strike"} and patients and patients <= _SOMETHING:
            return None  # `somewhere Manny Ramirez just punched something`: no one hit
        if "barricade" in patients and _barricades_put_up(sentence, token):
            # `Several hundred protesters set up burning barricades`: a street blocked in protest, with
            # fires a riot
            on_fire = any(
                m.lemma.lower() in {"burning", "flaming", "blazing"}
                for c in children
                if c.dep == "dobj"
                for m in sentence.children(c)
            )
            return Trigger("riot" if on_fire else "protest", "barricades put up")
        burnt = patients & (_VEHICLES | _BUILDINGS | {"tire", "tyre", "barricade", "bin", "shop", "bank"})
        if lemma == "set" and burnt and any(c.dep == "prep" and _names(sentence, c, {"fire"}) for c in children):
            # `The van ... was also set on fire`: arson; by protesters a riot
            return Trigger("riot" if _done_by_protesters(sentence, token) else "other", "set on fire")
        if lemma == "set" and patients and any(c.lemma.lower() in {"ablaze", "alight"} for c in children):
            # `hurled petrol bombs at stores ..., setting the bank and two government buildings ablaze`:
            # arson by a crowd, or as part of a riot, is a riot; anyone else's, an incident
            return Trigger("riot" if _rioting_arson(sentence, token) else "other", "set ablaze")
        if (
            lemma in {"light", "set"}
            and (patients | _relative_antecedent(sentence, token)) & _FIRES
            and "auxpass" in deps
        ):
            return Trigger("other", "fire lit")  # `the fire was lit at the entrance`: set by no one named
        if (
            lemma == "appear"
            and any(c.dep == "aux" and c.lemma.lower() == "will" for c in children)
            and any(
                c.dep == "prep" and c.lemma.lower() in {"in", "before", "at"} and _names(sentence, c, _COURTS)
                for c in children
            )
        ):
            # `will appear at Taunton Deane Magistrates Court`: told as due (and `was due to appear`,
            # `_court_step`; not `were to appear`, which the gold leaves as background to the arrest)
            return Trigger("charge", "due in court")
        if lemma == "deny" and patients & {"tenure", "promotion", "job", "post", "raise", "contract"}:
            return None  # `a professor whose tenure had been denied`: a post not given, no denial said
        if lemma in {"deny", "refuse"} and "bail" in patients:
            return Trigger("arrest", "bail denied")  # `He has been denied bail`: kept in custody
        if lemma == "treat" and _treated_as_a_crime(sentence, children):
            return Trigger("investigate", "treated as a crime")  # `the blaze was being treated as arson`
        if lemma in _FIGHTING_FIRE and (patients & _FIRES or _by_firefighters(sentence, children)):
            # `Dozens of firefighters tackled the blaze`, `which was ... being tackled by firefighters`:
            # a fire fought, no one attacked
            return None
        if lemma in {"burn", "rage", "smoulder", "smolder"} and _fire_as_subject(sentence, token, children):
            return Trigger("other", "fire burning")  # `The fire was still burning on Saturday morning`
        # (`cordoned off streets`, `off` read as a preposition: what it is off is what was closed)
        off = [g.lemma.lower() for c in children if c.lemma.lower() == "off" for g in sentence.children(c)]
        closed = patients | set(off)
        if (
            lemma in {"cordon", "cordone", "seal"}
            and closed & (_ROADS | {"area"})
            and (_has_particle(sentence, token, "off") or bool(off))
        ):
            return Trigger("restrict", "roads closed")  # `Many nearby roads were cordoned off`
        if lemma == "spend" and _night_in_shelter(sentence, children):
            return Trigger("lockdown", "shelter taken")  # `spent the night in a nearby church`
        if _fire_breaking_out(sentence, token, children):
            return Trigger("other", "fire broke out")  # `when the fire broke out`, `the blaze, which started at 9:40`
        ruin = _agent_of(sentence, token) if lemma in _RUINING else None
        if ruin is not None and ruin.lemma.lower() in _FIRES | {"smoke"}:
            return Trigger("other", "damaged by fire")  # `was heavily damaged by flames and smoke`
        if lemma == "empty" and patients & (WEAPONS | _FIREARMS | {"magazine", "clip"}):
            return Trigger("assault", "weapons fired")  # `two would-be robbers emptied their pistols into the store`
        if (
            lemma == "fire"
            and not patients
            and token.dep == "xcomp"
            and sentence.tokens[token.head].lemma.lower() in _SET_GOING
        ):
            return Trigger("assault", "shots fired")  # `they just started firing`: no one's job taken
        held_out = patients & (WEAPONS | _FIREARMS | _BLADES)
        if lemma in _BRANDISHING and held_out and _aimed_at_someone(sentence, children):
            # `held a knife to her throat`, `waved a gun within a foot of a security guard's face`; to get
            # back in, a way forced (`to regain access to the plant`)
            return Trigger("breach" if _to_get_in(sentence, children) else "assault", "weapon aimed at people")
        if lemma in {"pull", "draw"} and patients & (WEAPONS | _FIREARMS) and _drawn_on_someone(sentence, children):
            return Trigger("assault", "gun drawn on people")  # `he pulled a gun on two guards`, `drew a gun on him`
        joined = _part_taken_in(sentence, token, children)
        if joined is not None:
            return Trigger(joined, "took part")  # `Greek Media are also taking part to the general strike`
        if lemma == "burn" and "auxpass" in deps and _to_death(sentence, token):
            return Trigger(CASUALTY, "burnt to death")  # `the 3 bank employees were burnt to death`
        if lemma == "order" and any(c.dep in {"oprd", "xcomp", "ccomp"} and c.lemma.lower() in _HELD for c in children):
            return Trigger("arrest", "ordered held")  # `He was ordered held without bail`: kept in custody
        if lemma == "pass" and any(c.dep == "advmod" and c.lemma.lower() == "peacefully" for c in children):
            return Trigger(CASUALTY, "passed away")  # `Esther Williams passed peacefully this morning`
        if _scene_searched(sentence, token, children):
            return Trigger("investigate", "scene searched")  # `Forensic policemen are going through the site`
        if _footage_examined(sentence, token, children):
            return Trigger("investigate", "footage examined")  # `is looking over its surveillance tape`
        if lemma in _MAKING_CALLS and any(
            c.dep == "dobj" and c.lemma.lower() in {"call", "demand", "appeal"} and _calls_for(sentence, c)
            for c in children
        ):
            return Trigger("request", "calls made")  # `has increased calls for the prime minister to quit`
        if lemma == "face" and any(
            c.dep == "dobj"
            and c.lemma.lower() == "count"
            and any(g.dep == "prep" and _names(sentence, g, _CRIMES) for g in sentence.children(c))
            for c in children
        ):
            return Trigger("charge", "counts faced")  # `Kirkpatrick faces one count of first-degree murder`
        if lemma == "face" and any(c.dep == "dobj" and _court_penalty(sentence, c) for c in children):
            return Trigger("charge", "penalty faced")  # `was charged with murder and faces the death penalty`
        if lemma in {"call", "brand", "label"} and any(
            (c.dep in {"oprd", "dobj"} and c.lemma.lower() in _NAMES_CALLED)
            or (c.dep == "oprd" and c.lemma.lower() in _WRONGS_CALLED)  # `called the cuts "savage attacks"`
            for c in children
        ):
            return Trigger("statement", "accusation made")  # `LaRue called Magruder a "congenital liar"`
        if lemma in {"make", "issue", "level"} and patients & {"threat"}:
            return Trigger("threaten", "threats made")  # `made some veiled threats`
        if lemma == "say" and any(c.dep == "dobj" and c.lemma.lower() == "nothing" for c in children):
            return Trigger("statement", "no comment given")  # `LaCalamita said nothing after officers surrounded him`
        if lemma == "hear" and patients & {"evidence", "testimony", "argument"} and _court_in(sentence):
            # `the same jury will begin hearing evidence`: a trial; a grand jury's is an inquiry
            grand = any(t.lemma.lower() == "grand" for t in sentence.tokens)
            return Trigger("investigate", "grand jury heard") if grand else Trigger("charge", "trial held")
        if _investigators_at_work(sentence, token, children):
            return Trigger("investigate", "investigators at work")  # `investigators were considering arson`
        hostage = next((c for c in children if c.lemma.lower() == "hostage"), None)
        held = hostage is not None and (
            _has_people(sentence, [token])
            # the parser may read `hostage` as a verb whose subject is who is taken
            or any(c.dep in {"nsubj", "dobj"} and c.lemma.lower() in _PEOPLE for c in sentence.children(hostage))
        )
        if lemma == "take" and held:
            return Trigger("assault", "taken hostage")  # `took two transport officers hostage`
        # and a driver's (`drove over Johnson, hitting her and dragging her 10 feet`)
        shots_hitting = (
            token.tag == "VBG"
            and token.dep == "advcl"
            and sentence.tokens[token.head].lemma.lower() in {"fire", "shoot", "drive", "run", "ram", "plow", "plough"}
        )
        if lemma in {"strike", "hit"} and shots_hitting and _has_people(sentence, [token]):
            return Trigger("assault", "person struck")  # `Both officers fired at the suspect, hitting Gray`
        if lemma in {"suggest", "propose"} and _doing_suggested(sentence, token, children):
            return Trigger("request", "recommended")  # `We suggest applying the Fix - It as soon as possible`
        if lemma in {"suggest", "propose"} and _good_idea_suggested(sentence, token, children):
            return Trigger("request", "recommended")  # `the Softies suggest that it would be a good idea to configure`
        if lemma in {"respond", "retaliate", "react"} and any(
            c.dep == "prep" and c.lemma.lower() == "with" and _names(sentence, c, _FORCE_MEANS) for c in children
        ):
            return Trigger("use_of_force", "responded with force")  # `who responded with stun grenades and tear gas`
        if lemma == "knock" and _knocked_down(sentence, children):
            return Trigger("assault", "person struck")  # `The impact knocked Johnson to the ground`
        if lemma in {"gather", "take", "collect"} and _statements_taken(sentence, token, children):
            return Trigger("investigate", "statements taken")  # `Police were still gathering statements from witnesses`
        if lemma == "drag" and _vehicle_hit_person(sentence, token, children):
            return Trigger("assault", "person struck")  # `The car dragged her 10 feet`
        if lemma in {"strike", "hit"} and _person_struck(sentence, token, children):
            return Trigger(
                "assault", "person struck"
            )  # `was fatally struck by stray gunfire`, `was hit in the crosswalk`
        if lemma in {"strike", "hit", "sideswipe"} and any(
            c.dep == "dobj" and c.lemma.lower() in _VEHICLES for c in children
        ):
            # `he had struck two other vehicles`, `the suspect sideswiped a parked vehicle`: a crash, no one hurt
            return Trigger("other", "vehicles struck")
        rear_ended = lemma == "end" and any(c.lemma.lower() == "rear" and c.i < token.i for c in children)
        if rear_ended and any(c.dep == "dobj" and c.lemma.lower() in _VEHICLES for c in children):
            return Trigger("other", "vehicles struck")  # `he rear-ended a parked car`, which the tokenizer splits
        if lemma == "throw" and "punch" in patients:
            return Trigger("assault", "threw punches")
        hurling = lemma in {"throw", "hurl", "lob", "toss", "pelt", "fling"} or (
            lemma == "launch" and _done_by_protesters(sentence, token, shared=True)  # `The protesters launched rocks`
        )
        if hurling and _missiles_thrown(sentence, children, patients):
            # `hurled a grenade at security guards`; by protesters a riot (`threw stones at police`),
            # and by a crowd of youths (`about 100 youths hurled volleys of petrol bombs`)
            rioting = (
                _done_by_protesters(sentence, token, shared=True) or _doer_lemma(sentence, token, children) == "youth"
            )
            return Trigger("riot" if rioting else "assault", "missiles thrown")
        if (
            lemma in {"target", "overturn", "overturned"}
            and _done_by_protesters(sentence, token, shared=True)
            and (patients & (_VEHICLES | _BUILDINGS | {"area", "district", "street", "office", "shop", "store"}))
        ):
            return Trigger("riot", "property attacked")  # `protesters targeted a commercial area, overturning cars`
        armed = (_ATTACKERS | _ARMED_FOES) - {"troop", "attack"}  # (not `attacks have only targeted IE 7`)
        if lemma == "target" and _doer_lemma(sentence, token, children) in armed and not _cyber(sentence):
            return Trigger("assault", "targeted by attackers")  # `Both ships that were targeted by the pirates`
        # `struck supporters as unfair`: seemed to them, not hit them
        struck_as = lemma == "strike" and any(
            c.dep == "prep" and c.lemma.lower() == "as" and c.i > token.i for c in children
        )
        held_gun = bool(patients & _FIREARMS)  # `grabbed a .357 Magnum`: a gun taken up, no one handled
        if lemma in _ROUGH_VERBS and not struck_as and not held_gun and _has_people(sentence, [token]):
            return Trigger("assault", "rough handling of people")
        if lemma == "spray" and _pepper_before(sentence, token):
            return Trigger("use_of_force", "pepper-sprayed")  # `pepper-sprayed`, which the tokenizer splits
        # (a pronoun or a word for people: a name thrown may be a thing's, `threw down his Salvation Army Bell`)
        thrown_person = any(
            c.dep in {"dobj", "nsubjpass"} and c.pos != "PROPN" and _someone(sentence, c) for c in children
        )
        if lemma in _THROWING_DOWN and _to_the_ground(sentence, token, children) and thrown_person:
            return Trigger("assault", "person thrown down")  # `grabbed her by the throat, threw her down`
        by_means = token.dep == "pcomp" and sentence.tokens[token.head].lemma.lower() == "by"
        if lemma == "spray" and _has_people(sentence, [token]) and not by_means:
            # `had been spraying her with a deer scent`; by police, force (`sprayed protesters with tear gas`)
            police = _doer_lemma(sentence, token, children) in _FORCE_WORDS
            return Trigger("use_of_force" if police else "assault", "people sprayed")
        if lemma == "remove" and _has_people(sentence, [token]):
            return Trigger("other", "removed by police")  # `removed from a debate site by police`
        vowed = any(c.dep in {"xcomp", "ccomp"} for c in children)
        if lemma == "promise" and not (vowed and _someone_did_it(sentence, token)):
            # `promised to remain on the streets`, `promised that he's staying`: a vow (not `The plane
            # promises increased fuel efficiency`, nor `promises` read as a verb in a list)
            return None
        if lemma in {"claim", "assert"} and "responsibility" in patients:
            return Trigger("statement", "claimed responsibility")
        if lemma == "claim" and any(
            c.dep == "ccomp" and _someone_did_it(sentence, c) and _kind_of_clause(sentence, c) in {"assault", CASUALTY}
            for c in children
        ):
            return Trigger("statement", "harm alleged")  # `claimed they were poisoning her`: an accusation
        their_way = lemma != "make" or any(c.dep == "dobj" and c.lemma.lower() == "way" for c in children)
        if lemma in _CROWD_ACTIONS and their_way and _done_by_protesters(sentence, token):
            return Trigger(
                "protest", "crowd of protesters"
            )  # `protesters filled the arena`, `protesters making their way south`
        if lemma in {"tell", "warn", "inform"} and _bomb_threat_told(sentence, token, children):
            return Trigger(
                "statement", "bomb threat"
            )  # `had been contacted by an individual and told that a bomb had been planted`
        if lemma == "let" and _has_particle(sentence, token, "off") and patients & _GUNFIRE:
            return Trigger("assault", "shots let off")  # `letting off 13 shots in Horton's death`
        fired_shots = any(c.dep == "nsubj" and c.lemma.lower() in _GUNFIRE for c in children)
        if lemma in {"begin", "start", "ring", "erupt"} and fired_shots and not _market_talk(sentence):
            return Trigger("assault", "shots rang out")  # `which is when the shots began`, `shots rang out`
        if (
            lemma in {"bring", "light", "lay", "leave", "place"}
            and patients & _TRIBUTES
            and (_at_a_site(sentence, children) or (lemma == "lay" and "wreath" in patients))
        ):
            # `hundreds of others brought candles to the site`: a vigil; a wreath laid anywhere a tribute
            # (`a few hundred ethnic Albanians laid a black wreath at the gate of Yugoslavian embassy`)
            return Trigger("rally", "tributes brought")
        if lemma == "burn" and patients & _EMBLEMS_BURNED:
            return Trigger("protest", "flags burned")  # `marched Sunday in downtown Istanbul, burning Serbian flags`
        kept_away = _kept_from_going(sentence, children) and not to_infinitive(sentence, token)
        if lemma in {"bar", "block", "prevent", "stop", "keep"} and kept_away:  # (not `to prevent children from`)
            return Trigger("restrict", "crowd kept away")  # `The police barred the crowd from reaching the consulate`
        if lemma == "stand" and _standing_together(sentence, children):
            return Trigger("support", "stood together")  # `pledged to stand united with the president`
        if lemma in _BOLSTERING and any(c.dep == "dobj" and _forces_present(sentence, c) for c in children):
            return Trigger("deploy", "presence bolstered")  # `The US is bolstering its military presence in the gulf`
        if lemma == "heckle":
            return Trigger("protest", "heckled")
        if lemma == "take" and any(c.dep == "dobj" and c.lemma.lower() in {"stage", "podium"} for c in children):
            return Trigger("speech", "took the stage")  # `took the stage at a rally`
        # `a judge ordered the city to release the video`; `Clinton ordered an assessment`, not `ordered 50 jets`
        instructed = any(c.dep in {"xcomp", "ccomp"} for c in children)
        work_ordered = lemma == "order" and any(c.dep == "dobj" and c.lemma.lower() in _ORDERED_WORK for c in children)
        # `was ordered to remain in custody by an Athens magistrate`: the custody is the one event
        ordered = lemma in {"order", "instruct", "direct"} and (instructed or work_ordered)
        if ordered and not any(c.dep == "xcomp" and _kept_in_custody(sentence, c) for c in children):
            return Trigger("statement", "order given")
        if lemma in _DECLARING and any(c.dep == "dobj" and c.lemma.lower() in _BACKING for c in children):
            return Trigger("support", "support declared")  # `announced support for the decision`
        if lemma == "call" and _calls_on_to(sentence, children):
            return Trigger("request", "called on to")  # `called on all states to cooperate`, not `called on him`
        aimed_by = sentence.tokens[token.head]
        if token.dep == "acl" and aimed_by.lemma.lower() in _TALKS | _PROPOSALS | _BODIES_SET_UP:
            # `talks to settle the dispute`, `a seven-member panel to investigate`: what they are for, not done
            return None
        set_up = [c for c in sentence.children(aimed_by) if c.dep == "dobj" and c.lemma.lower() in _BODIES_SET_UP]
        if token.dep == "advcl" and set_up and any(c.dep == "aux" and c.text.lower() == "to" for c in children):
            return None  # `agreed to set up a panel to investigate`, the parser tying the purpose to the verb
        if token.dep == "acl" and any(
            c.dep == "det" and c.lemma.lower() in {"any", "no"} for c in sentence.children(aimed_by)
        ):
            return None  # `Any decision to expel Sinn Fein must be agreed`: none taken
        if lemma == "agree" and any(c.dep == "xcomp" and c.lemma.lower() in _DEALING for c in children):
            return None  # `agreed to buy all of the shares`: a company's deal, no agreement between parties
        if lemma == "ask" and _post_offered(sentence, children):
            return None  # `had asked CNN's Dr. Sanjay Gupta to be Surgeon General`: a post offered, no demand
        if lemma == "ask" and _asks_for(sentence, token, children) and not _pay_asked(sentence, children):
            return Trigger("request", "asked for")  # `He also asked for a list of the priorities`
        if lemma == "appeal" and token.dep != "amod" and _legal_appeal(children):
            return Trigger("charge", "appeal in court")  # `they plan to appeal`, `appealed the ruling`
        decider = _doer(sentence, token, children) if lemma == "decide" else None
        if decider is not None and decider.lemma.lower() in _SITTING_BODIES and _infinitive_child(sentence, children):
            return Trigger("statement", "decision taken")  # `The Federal Reserve ... decided to maintain its rate`
        if lemma in {"reveal", "decide"} and _says_that(sentence, token, children):
            return Trigger("statement", f"{lemma} that")  # `Castro revealed that`, `The INS decided that`
        if lemma in {"reveal", "disclose"} and token.tag == "VBN" and _as_clause(children):
            return Trigger("statement", "as disclosed")  # `the vision ..., as revealed today during his keynote`
        # only what is done, not `cannot confirm`, `evidence that would confirm`, `did not want`
        done = not any(c.dep == "neg" or (c.dep == "aux" and c.text.lower() in _MODALS) for c in children)
        if (
            lemma == "confirm"
            and done
            and _says_that(sentence, token, children)
            and not _doer_is_a_document(sentence, token)
            and not _clause_tells_event(sentence, children)
        ):
            return Trigger("statement", "confirmed that")  # `Airbus has confirmed that there was a software glitch`
        if lemma == "want" and done and _wants_others_to(sentence, token, children):
            return Trigger("request", "wants others to act")  # `EADS wants this cost to be shouldered by the nations`
        if lemma in _NAMING and _named_to(sentence, token, children):
            return Trigger("statement", "named to a role")  # `Capaldi has been named the new Doctor`
        if lemma == "refuse" and _stays_sheltered(sentence, children):
            return Trigger("lockdown", "staying in shelter")  # `thousands refused to leave camps on higher ground`
        if lemma == "camp" and any(c.dep == "prep" and _names(sentence, c, _CAMPED_BY) for c in children):
            return Trigger("lockdown", "camping outside homes")  # `Residents camped out in yards outside their homes`
        if lemma == "set" and _has_particle(sentence, token, "up") and _shelter_set_up(sentence, children):
            return Trigger("aid", "shelter set up")  # `17 camps had been set up for the displaced`
        if lemma == "hear" and _heard_by_a_court(sentence, children):
            return Trigger("investigate", "evidence heard")  # `The Texas grand jury heard evidence`
        if lemma == "refuse" and any(c.dep == "xcomp" and c.lemma.lower() in {"let", "believe"} for c in children):
            # `refuse to let hate destroy me`: will not allow; `refused to believe that the offer was
            # real`: a mind not changed; neither a refusal made
            return None
        if lemma == "address" and not _has_audience(sentence, token):
            return None  # `not addressing realities`: dealt with a matter, gave no speech
        if lemma == "threaten" and patients and not _has_people(sentence, [token]):
            return None  # `terrorism threatens the way of life`: endangers, says nothing
        if lemma == "demonstrate" and (any(c.dep in {"dobj", "ccomp"} for c in children) or token.dep == "acl"):
            return None  # `demonstrated that ...`, `the applications demonstrated`: showed, not protested
        sheltered_by = sentence.tokens[token.head]
        if lemma == "shelter" and token.dep == "acl" and sheltered_by.lemma.lower() not in _PEOPLE | _POPULATIONS:
            return None  # `a refugee camp sheltering 20,000 civilians`: what the camp is, no shelter taken
        if lemma in {"gather", "assemble"} and (
            any(c.dep in {"dobj", "nsubjpass"} for c in children) or _gathers_its_noun(sentence, token, children)
        ):
            return None  # `statistics gathered`, `gather official statistics`, `assemble the planes`
        ruled_out = any(c.dep in {"prt", "prep"} and c.lemma.lower() == "out" for c in children)
        if lemma == "rule" and ruled_out:
            return Trigger("statement", "ruled out")  # `ruled himself out of the running`: a rejection
        if lemma == "rule" and any(c.dep in {"dobj", "prt"} for c in children):
            return None  # `ruled the country`: governed, not a ruling
        if lemma == "shoot" and any(
            c.dep == "prep" and c.lemma.lower() == "to" and _names(sentence, c, _IN_PIECES) for c in children
        ):
            return None  # `Confidence is shot to ribbons`: ruined, no one shot
        if lemma == "sanction" and (
            token.dep == "amod"
            or any(c.dep == "advmod" and c.lemma.lower() in {"officially", "legally"} for c in children)
        ):
            return None  # `an officially sanctioned site`, `state-sanctioned`: approved, no sanction
        if lemma == "declare" and any(
            c.dep == "prep" and c.lemma.lower() == "under" and _names_a_measure(sentence.subtree(c)) for c in children
        ):
            return Trigger("restrict", "declared under a measure")  # `counties declared under a state of emergency`
        if lemma in {"speak", "talk"} and any(c.dep == "advmod" and c.lemma.lower() == "highly" for c in children):
            return Trigger("support", "spoken highly of")  # `Intel had spoken highly of the startup`: praise
        spoken_with = [c for c in children if c.dep == "prep" and c.lemma.lower() == "with"]
        if lemma in {"speak", "talk"} and any(_names(sentence, c, _PRESS) for c in spoken_with):
            return Trigger("speech", "spoke with the press")  # `Feldman, who also spoke with media Wednesday`
        if lemma in {"speak", "talk"} and any(_names_someone(sentence, c) for c in spoken_with):
            return Trigger("consult", "spoke with someone")  # `when we began speaking with AMD`: talks
        if lemma == "present" and _company_presents_product(sentence, children):
            return Trigger("statement", "product presented")  # `Last week the company presented the iPhone`
        if lemma == "have" and _outage(sentence, token, children):
            return Trigger("other", "power out")  # `half a million people still don't have power`
        if lemma in {"eject", "expel", "oust", "excommunicate"} and expelled:
            return Trigger("sanction", "expelled from a body")  # `was ejected from the sect in 2003 by its leader`
        if lemma == "appoint" and any(c.dep == "dobj" and c.lemma.lower() in _ROLES | {"prosecutor"} for c in children):
            return Trigger("statement", "post filled")  # `Wally Oppal appointed a special prosecutor`
        if lemma == "announce" and "term" in patients:
            return None  # `Hudson's Bay announced terms of a rights issue`: a company's business
        if lemma == "announce" and _announces_figures(sentence, token, children):
            return None  # `announced that there were 3,800 attendees`, `to announce HP's earnings`: results
        if lemma == "state" and any(c.dep == "nsubjpass" and c.lemma.lower() == "it" for c in children):
            return None  # `it has not been stated where`: nothing stated
        if lemma == "blame" and token.dep == "xcomp" and sentence.tokens[token.head].lemma.lower() == "be":
            return None  # `could be to blame for the loss`: the cause, no one blamed
        if lemma == "release" and _announced_release(sentence, token):
            return Trigger("statement", "release announced")  # `announced that Mac OS X Leopard would be released`
        if lemma == "approve" and any(
            c.dep == "dobj" and c.lemma.lower() in _PROPOSALS | {"law", "request"} for c in children
        ):
            return Trigger("statement", "measure approved")  # `Turkey's government approving a measure`: a decision
        if lemma == "plead" and any(c.lemma.lower() in {"guilty", "innocent"} for c in children):
            return Trigger("charge", "plea entered")  # `has pleaded innocent to charges`: a case in court
        # `two terms as mayor`, `served a term as chair of the AMA's Council`, the `as` on the verb or its term
        as_an_office = any(
            c.dep == "prep" and c.lemma.lower() == "as"
            for c in (*children, *(g for t in children if t.dep == "dobj" for g in sentence.children(t)))
        )
        if (
            lemma == "serve"
            and not as_an_office
            and any(c.dep == "dobj" and c.lemma.lower() in {"sentence", "term"} for c in children)
        ):
            return Trigger("arrest", "serving a sentence")  # `is serving a life sentence`: kept in prison
        if lemma == "serve" and _time_inside(sentence, children):
            return Trigger("arrest", "serving a sentence")  # `served 41 months in federal prison`
        if (
            lemma == "turn"
            and not any(c.dep == "dobj" for c in children)  # `turn your keys over to HP`: handed over
            and any(
                c.dep == "prep"
                and c.lemma.lower() == "to"
                and _names_someone(sentence, c)
                and not _faith(sentence, c)
                and not _names(sentence, c, _BODIES | _SCHEMES)
                for c in children
            )
        ):
            # `she turned to her community rabbi`, not `after turning to Christianity` (a faith taken up)
            # nor `she turned to the National Health Service Corps` (a body or scheme, for its help)
            return Trigger("consult", "turned to someone")
        if lemma == "name" and _named_to_a_post(sentence, children):
            return Trigger("statement", "named to a post")  # `named Hugh Jackman as the host`
        if lemma == "pull" and _pulled_over(sentence, token, children):
            return Trigger("investigate", "pulled over")  # `was pulled over for investigation of DUI`: a stop
        handed_down = lemma == "hand" and _has_particle(sentence, token, "down")
        if handed_down and any(c.dep == "dobj" and c.lemma.lower() in _SENTENCES for c in children):
            return Trigger("charge", "sentence handed down")  # `handed down the maximum sentence on each charge`
        # what a hazard does, told of it or in a participle on its harm (`causing major destruction`;
        # not `no single blow appeared to cause serious damage`, nor what a quake `can cause`)
        causer = next((c for c in children if c.dep == "nsubj"), None)
        by_hazard = causer is not None and causer.lemma.lower() in HAZARDS | WEAPONS | {"fire", "blaze", "explosion"}
        caused = lemma == "cause" and not any(c.dep == "aux" and c.lemma.lower() in _MODALS for c in children)
        harmful = by_hazard or (token.tag == "VBG" and token.dep == "advcl")
        # (and `caused more than $1 million in damages`: the damage its worth)
        worth = _worth_in(sentence, children, "dobj")
        if caused and harmful and (patients | worth) & {"damage", "destruction", "devastation", "havoc"}:
            return Trigger("other", "damage done")  # `causing major destruction in seven villages`
        worth_done = _worth_in(sentence, children, "nsubjpass")
        if lemma == "do" and "auxpass" in deps and (patients | worth_done) & {"damage", "destruction"}:
            return Trigger("other", "damage done")  # `an estimated one million dollars in damage was done`
        if caused and "congestion" in patients and any(t.lemma.lower() in _SERVICES for t in sentence.tokens):
            return Trigger("other", "outage")  # `this rerouting has caused network congestion`
        if lemma == "post" and _published_online(sentence, children):
            return Trigger("statement", "posted online")  # `Cybersmart posted on its website that ...`
        if lemma in {"summon", "subpoena"} and any(
            c.dep == "xcomp" and c.lemma.lower() in {"testify", "appear"} for c in children
        ):
            return Trigger("investigate", "summoned to testify")  # `was summoned to testify before the U.S. Senate`
        if lemma == "release" and _out_of_an_institution(sentence, children):
            return Trigger("other", "released from custody")  # `after being released from a mental hospital in 1992`
        if lemma in {"hold", "keep"} and any(
            c.dep in {"oprd", "ccomp", "acomp", "xcomp"} and c.lemma.lower() in {"close", "closed", "shut"}
            for c in children
        ):
            return Trigger("restrict", "kept closed")  # `has continued to hold all stock markets closed`
        if lemma == "go" and any(
            c.dep == "prep" and c.lemma.lower() == "on" and _names(sentence, c, {"television", "tv", "radio"})
            for c in children
        ):
            return Trigger("speech", "address broadcast")  # `went on national television to appease the public`
        if lemma == "order" and "execution" in patients:
            return Trigger("charge", "sentence handed down")  # `A Norwalk jury on Tuesday ordered execution`
        if lemma in {"reach", "return", "deliver"} and "verdict" in patients:
            return Trigger("charge", "verdict reached")  # `The jury reached its verdict in less than a day`
        if lemma in {"bar", "enjoin"} and any(
            c.dep == "nsubj" and c.lemma.lower() in {"judge", "court"} for c in children
        ):
            return Trigger("statement", "court ruling")  # `a United States federal judge barred him from working`
        if handed_down and patients & {"charge", "indictment"}:
            return Trigger("charge", "charges handed down")  # `handed down charges to Anthony Lasalle Friday`
        if lemma == "rise" and _has_particle(sentence, token, "up") and _people_rose(sentence, children):
            return Trigger("riot", "people rose up")  # `A coming-of-age generation ... rose up`: an uprising
        if lemma == "run" and any(c.lemma.lower() == "amok" for c in children):
            return Trigger("riot", "ran amok")  # `ran amok near government banks with Molotov cocktails`
        if lemma == "occupy" and patients & _OCCUPIED_PREMISES and not _by_armed_forces(sentence, token):
            return Trigger("protest", "premises occupied")  # `occupy university campuses`: a sit-in
        if lemma in {"pelt", "stone"} and _pelted_with(sentence, children):
            # `pelted police with stones`: by protesters a riot, as stones thrown
            return Trigger("riot" if _done_by_protesters(sentence, token) else "assault", "missiles thrown")
        fended = lemma == "fend" and _has_particle(sentence, token, "off") and not _an_aim(sentence, token)
        if fended and patients & _OFFERS:
            return Trigger("statement", "offer rejected")  # `fended off unsolicited overtures`: a rejection
        brought = {c.lemma.lower() for c in children if c.dep == "dobj"} if lemma == "bring" else set()
        # `given a new 20 year sentence` (read as a preposition and its object)
        given = lemma == "give" and any(g.lemma.lower() == "sentence" for g in children)
        # `adding three years to his sentence`: a longer term given
        added = lemma == "add" and any(
            c.dep == "prep" and c.lemma.lower() == "to" and _names(sentence, c, {"sentence", "term"}) for c in children
        )
        given = given or (added and bool(patients & {"year", "month"}))
        if ("sentence" in brought and "dative" in deps) or given:
            return Trigger("charge", "sentence brought")  # `That brought him another three-year sentence`
        if lemma == "confess" and (
            token.dep in {"amod", "compound"} or any(c.lemma.lower() == "self" for c in children)
        ):
            return None  # `Self confessed sci-fi geek`: what someone calls himself
        if lemma in {"catch", "capture"} and _person_taken(sentence, token, children):
            return Trigger("arrest", "person caught")  # `They caught him a few doors down`, `was captured the next day`
        if lemma == "seize" and _people_seized_by_forces(sentence, token, children):
            return Trigger("arrest", "people seized by forces")  # `seizing 12 Somali and 11 Yemeni nationals`
        if lemma == "appeal" and any(c.dep == "prep" and _names(sentence, c, _BELIEFS) for c in children):
            return None  # `by appealing to his religious beliefs`: persuasion, no call on anyone
        if lemma == "intercept" and any(
            c.dep in {"dobj", "nsubjpass"} and c.lemma.lower() in _VESSELS for c in children
        ):
            return Trigger("other", "vessels intercepted")  # `intercepted three boats with 26 Somali pirates`
        if lemma == "slam" and not any(c.dep == "dobj" and c.lemma.lower() not in _SLAMMED_THINGS for c in children):
            return None  # `slammed the door`, `the car slammed into a wall`: no verbal attack
        if lemma == "slam" and _on_a_sign(sentence, token):
            return None  # `placards supporting Sanders or slamming the DNC`: what a sign says, no one speaking
        if lemma == "beat" and any(c.dep == "prt" and c.lemma.lower() == "out" for c in children):
            return None  # `beat out Dallas and Denver`: won
        if lemma == "blame" and patients & (_CHANGES | {"slide", "decline", "slump", "sell-off", "selloff"}):
            return None  # `Analysts blamed the slide on a number of factors`: a market's causes, no one accused
        # (a name or one person: `he was barricaded inside the apartment with an unidentified person`)
        holed_up = any(
            c.dep == "nsubjpass" and (c.pos == "PROPN" or c.lemma.lower() in {"he", "she"}) for c in children
        )
        holed_up = holed_up or bool(patients & {"himself", "herself"})  # `had barricaded himself in a room`
        if lemma == "barricade" and (sentence.tokens[token.head].lemma.lower() == "find" or holed_up):
            # `where he was found barricaded with a third person`, `Gomes was barricaded inside`: a
            # suspect holed up, no lockdown
            return None
        if lemma == "investigate" and patients & {"odor", "odour", "smell", "noise", "sound", "leak"}:
            return None  # `entering the apartment to investigate the odor`: a look, no inquiry
        if lemma == "work" and _working_a_case(sentence, children):
            return Trigger("investigate", "case worked")  # `after working on the case ... the team of detectives`
        if lemma in _LOOKING and _to_look_after_moving(sentence, token):
            # `after they exited their vehicle to investigate`, `had gone to an apartment complex ...
            # to question a woman`: officers going to look or ask
            return None
        if lemma == "beat" and any(c.dep == "dobj" and c.lemma.lower() in _BEATEN_THINGS for c in children):
            return None  # `despite beating the count`, `beat expectations`: no one beaten
        if lemma == "punch" and patients & {"ticket", "clock", "card", "hole", "button", "number", "key"}:
            return None  # `to punch their postseason ticket`: a place won, no one hit
        if lemma in {"defend", "retain"} and patients & _TITLES:
            return None  # `will defend his WBC title`: a bout to come, no one defended in words
        if token.tag == "VBG" and (
            token.dep in {"compound", "amod", "nmod", "poss"} or any(c.dep == "det" for c in children)
        ):
            # `the fatal shooting`, `the 2014 shooting death`: a gerund naming an incident, background
            # unless a verb makes it happen, as for nouns (`protests sparked by the police shooting`)
            governor = sentence.tokens[token.head]
            if token.dep == "pobj" and governor.head != governor.i:
                governor = sentence.tokens[governor.head]
            if not (governor.pos == "VERB" and governor.lemma.lower() in SUPPORT_VERBS):
                return None
        if token.dep == "csubj":
            return None  # `Physically assaulting a reporter is a fireable offense`: a kind of act, not one
        able = sentence.tokens[token.head].lemma.lower() in _ABILITIES
        if token.dep == "acl" and able and to_infinitive(sentence, token):
            return None  # `he is in a good position to ask for more money`: what one could do, not done
        of = sentence.tokens[token.head]
        means = sentence.tokens[of.head] if of.head != of.i else of
        if token.tag == "VBG" and token.dep == "pcomp" and of.lemma.lower() == "for" and means.lemma.lower() in _MEANS:
            return None  # `used as a mechanism for ejecting us from the talks`: what it is for
        blamed_for = means.pos == "VERB" and means.lemma.lower() in _BLAMING
        if token.tag == "VBG" and token.dep == "pcomp" and of.lemma.lower() == "for" and blamed_for:
            return None  # `criticized Dow Jones for not disclosing`: what the criticism is of, told in it
        named_by = sentence.tokens[of.head] if of.head != of.i else of
        by_charge = named_by.dep == "acl" and named_by.tag == "VBN" and named_by.lemma.lower() in _CHARGING
        if token.tag == "VBG" and token.dep == "pcomp" and by_charge:
            return None  # `the two youths charged with murdering Horton`: who they are, by their charge
        if token.tag == "VBG" and token.dep == "pcomp" and of.lemma.lower() == "of" and of.head != of.i:
            planned = sentence.tokens[of.head]
            # (not `There were reports of people fleeing buildings`: told through the reports)
            if planned.pos == "NOUN" and planned.lemma.lower() not in _PEOPLE | REPORT_WORDS:
                # `the plan of bombing U.S. embassies`: what a plan is of, not an act done (but
                # `convicted a 27-year-old man of shooting dead his girlfriend`)
                return None
        if lemma == "accuse" and any(c.dep in {"nsubjpass", "auxpass"} for c in children):
            # `Bin Laden is accused of masterminding the attack`, `who is accused of fatally shooting`:
            # a person accused with no accuser named stands charged (the act is its own event); a
            # state accused (`Sudan has often been accused of bombing`) is accused by someone
            accused = next((c for c in children if c.dep == "nsubjpass"), None)
            if any(c.dep == "agent" for c in children) or accused is None or _is_state_named(sentence, accused):
                return Trigger("statement", "accused")
            return Trigger("charge", "accused of a crime")
        if lemma == "charge" and _baton_before(sentence, token):
            return Trigger("use_of_force", "lathi charge")  # `police lathi-charged the protesters`
        if lemma == "set" and "fire" in {c.lemma.lower() for c in children if c.dep == "dobj"}:
            # `agitators set fire to a bus`: a crowd's arson is a riot; anyone else's, an incident
            return Trigger("riot" if _done_by_protesters(sentence, token, shared=True) else "other", "set fire")
        if lemma in _CROWD_DAMAGE and _done_by_protesters(sentence, token):
            return Trigger("riot", "damage done by a crowd")  # `the mob damaged several shops`
        if lemma == "book" and any(
            c.dep == "prep" and c.lemma.lower() == "into" and _names(sentence, c, _CUSTODY) for c in children
        ):
            return Trigger("arrest", "booked")  # `booked into the Hennepin County Jail`
        if (
            lemma == "book"
            and _has_people(sentence, [token])
            and (_by_police(sentence, token) or _held_for(sentence, children))
        ):
            return Trigger("arrest", "booked")  # `booked into the county jail`, `booked on charges of`
        if lemma == "hold" and _has_people(sentence, [token]) and _held_for(sentence, children):
            return Trigger("arrest", "held")  # `two men were held for questioning`, `held without bail`
        if lemma == "admit" and any(c.dep == "dobj" and _is_state(c) for c in children):
            return Trigger("agree", "members admitted")  # `NATO has decided to admit Poland`: joining an alliance
        if lemma == "admit" and (
            any(c.dep in {"nsubjpass", "auxpass"} for c in children)
            or any(c.dep == "dobj" and (c.pos == "PROPN" or c.lemma.lower() in _PEOPLE) for c in children)
            or any(c.dep == "dobj" and c.text.lower() in _REFLEXIVES for c in children)
        ):
            # `NATO decided to admit Poland`, `was admitted to hospital`, `admitted herself to the Betty
            # Ford Center`: let in, no admission
            return None
        if lemma == "apprehend" and not any(c.dep in {"dobj", "nsubjpass", "auxpass", "agent"} for c in children):
            # `residents apprehend that violence may return`: fear, no arrest (but `fled the scene but
            # was apprehended by police`, a passive sharing its subject)
            return None
        if lemma == "charge" and any(c.dep == "ccomp" for c in children):
            return Trigger("statement", "charged that")  # `He also charged that the party ignored ...`: an accusation
        if lemma == "charge" and not (
            any(c.lemma.lower() == "with" for c in sentence.children(token))
            or _person_charged(sentence, token, children)
        ):
            return None  # `charge` without `with ...` is mostly about prices and batteries
        if lemma == "challenge" and any(
            c.dep == "prep" and c.lemma.lower() == "in" and _names(sentence, c, {"court"}) for c in children
        ):
            return Trigger("charge", "challenged in court")  # `would challenge the fine in court`: a legal challenge
        if (
            VERB_TRIGGERS.get(lemma) == "statement"
            and lemma in SUPPORT_VERBS
            and any(
                c.dep == "dobj" and c.lemma.lower() in NOUN_TRIGGERS and not _commercial_deal(sentence, c)
                for c in sentence.children(token)
            )
        ):
            return None  # `declared a local emergency`: the emergency is the event
        if any(c.dep in {"dobj", "nsubjpass"} and _is_force_noun(sentence, c) for c in sentence.children(token)):
            return None  # `the pepper spray was deployed`: the spray is the event
        if lemma == "flood" and _has_person_subject(sentence, token):
            # supporters `flooded the capital (in protest)`: crowds, not water
            in_protest = any(
                t.lemma.lower() == "protest" and sentence.tokens[t.head].lemma.lower() == "in"
                for t in sentence.subtree(token)
            )
            into_refuge = any(
                c.dep == "prep" and _names(sentence, c, _REFUGES) for c in sentence.children(token)
            )  # `14,000 people flooded into camps on high ground`: taking refuge
            if into_refuge:
                return Trigger("lockdown", "crowds taking refuge")
            if lemma == "flood" and any(
                c.dep == "prep" and c.lemma.lower() == "with" for c in sentence.children(token)
            ):
                return None  # `armies of hijacked computers are flooding the world with spam`: filled, no crowd
            return Trigger("protest" if in_protest else "rally", "crowds flooding a place")
        if _forces_posted(sentence, token, children):
            return Trigger("deploy", "forces posted")  # `Police kept watch outside`, `troopers lined the route`
        alleged = any(c.dep == "ccomp" and c.lemma.lower() in _VIOLATING for c in children)
        # `argued that the iTunes Music Store was a breach of the 1991 settlement`: the breach as the predicate
        alleged = alleged or any(
            c.dep == "ccomp" and any(g.dep == "attr" and g.lemma.lower() in _BREACHES for g in sentence.children(c))
            for c in children
        )
        if lemma in {"claim", "contend", "argue"} and alleged:
            return Trigger(
                "statement", "violation alleged"
            )  # `Apple Corps claims that the store violates an agreement`
        if lemma == "claim" and token.dep == "relcl" and _claimed_of_a_thing(sentence, children):
            # `plans, which it claims were put in place to deter bidders`: an allegation about the noun
            return Trigger("statement", "violation alleged")
        if (
            lemma == "identify"
            and {"auxpass", "neg"} <= {c.dep for c in children}
            and not any(c.dep == "prep" and c.lemma.lower() == "as" for c in children)
        ):
            return Trigger("statement", "name withheld")  # `The other concern wasn't identified`
        if lemma in {"reveal", "disclose", "release"} and _name_withheld(token, children, patients):
            return Trigger("statement", "name withheld")  # `whose location was not revealed publicly`
        if lemma in {"give", "offer", "provide", "disclose", "release"} and _none_given(sentence, children):
            return Trigger("statement", "name withheld")  # `No specific reason or addiction was given`
        if (
            lemma == "keep"
            and patients & (_WITHHELD | {"term", "figure", "amount"})
            and any(
                c.dep in {"oprd", "acomp", "xcomp"}
                and c.lemma.lower() in {"quiet", "secret", "confidential", "private"}
                for c in children
            )
        ):
            return Trigger("statement", "information kept quiet")  # `monetary details have been kept quiet`
        if (got := received(sentence, token)) is not None:
            # `has received $15 billion in bailout money from the government`, `received support from`
            return Trigger(got, f"{got} received")
        if lemma == "come" and _product_coming(sentence, token, children):
            return Trigger("statement", PRODUCT_COMING)  # `the BlackBerry Q10 is coming to their network`
        if lemma == "work" and _working_closely_with(sentence, children):
            return Trigger("cooperate", "working closely with")  # `was working closely with the Tourist Commission`
        if lemma == "launch" and patients & _SENT_OUT:
            return Trigger("deploy", "aircraft or patrols launched")  # `launched an armed helicopter`
        rolled_out = lemma == "roll" and any(c.dep == "prt" and c.lemma.lower() == "out" for c in children)
        if (lemma in _LAUNCHING or rolled_out) and _product_launched(sentence, token, children):
            return Trigger("statement", "product launched")  # `Apple launched a refresh of the MacBook Pro`
        strategic = strategic_verb(sentence, token)
        if strategic is not None:
            return Trigger(strategic.kind, f"strategic_verbs.tsv: {lemma}")  # `rebels seized the town`
        if lemma in {"acknowledge", "confirm"} and patients & _NEWS and not _doer_is_a_document(sentence, token):
            return Trigger("statement", "news confirmed")  # `HP acknowledged the news`, `confirmed the talks`
        if lemma in {"announce", "report"} and _results_told(sentence, children):
            return None  # `GM announced that it saw a 45% drop in vehicle sales`: a company's results
        if (
            lemma == "cite"
            and _by_police(sentence, token)
            and any(c.dep == "prep" and c.lemma.lower() == "for" for c in children)
        ):
            return Trigger("charge", "cited by police")  # `cited by traffic police for driving under the influence`
        sent = any(c.dep == "nsubjpass" for c in children) or _has_people(sentence, [token])
        sent_off = sent and any(
            c.dep in {"advmod", "npadvmod", "prt"} and c.lemma.lower() in {"home", "away", "out", "back", "off"}
            for c in children
        )
        if lemma == "order" and sent_off:
            return Trigger("statement", "order given")  # `Farkas was ordered home`, `ordered that worker away`
        if lemma == "go" and _aircraft_down(sentence, children):
            return Trigger("other", "aircraft went down")  # `the night the TWA Flight 800 went down`
        if lemma in {"suspend", "halt"} and patients & {"trading", "trade", "market", "exchange", "bourse"}:
            return Trigger("restrict", "trading halted")  # `Trading on Russia's stock markets has been suspended`
        to_come = any(c.dep == "aux" and c.text.lower() == "to" for c in children)  # `calls to close the borders`
        if (
            lemma in {"close", "shut"}
            and not to_come
            and any(
                c.dep == "prep" and c.lemma.lower() == "until" and _names(sentence, c, {"notice"}) for c in children
            )
        ):
            return Trigger("restrict", "closed until further notice")  # `our facility is closed until further notice`
        if lemma in {"close", "shut", "seal", "reopen"} and patients <= {"they", "it"} and not to_come:
            patients = patients | _place_it_stands_for(sentence, token)  # `they were all reopened by 4.30pm`
        if lemma in {"close", "shut", "seal", "reopen"} and patients & _PUBLIC_PLACES and not to_come:
            closer = _doer(sentence, token, children)
            if closer is None and not any(c.dep == "nsubjpass" for c in children):
                # the parser may hang the subject elsewhere (`after Wednesday's strike over pension
                # reform shut down the country`): a protest noun just before the verb
                closer = next(
                    (
                        t
                        for t in reversed(sentence.tokens[max(token.i - 8, 0) : token.i])
                        if t.pos == "NOUN" and NOUN_TRIGGERS.get(t.lemma.lower()) == "protest"
                    ),
                    None,
                )
            if closer is not None and NOUN_TRIGGERS.get(closer.lemma.lower()) == "protest":
                # `Wednesday's massive general strike ... shut down the country`: the strike is the event
                return Trigger("protest", "strike shut places")
            return Trigger("restrict", "public place closed")  # `Manokwari's Rendai Airport was temporarily closed`
        if lemma in {"release", "disclose", "divulge", "reveal"} and (
            patients & _INFORMATION or _findings_of_a_test(sentence, children)
        ):
            # `Pricing and a release date were not released` (details given or provided are saying)
            return Trigger("statement", "information released")
        if lemma == "meet" and _met_together(sentence, children):
            return Trigger("consult", "met together")  # `The G7 nations had met in Washington`
        if lemma == "identify" and any(c.dep == "prep" and _names(sentence, c, _CULPRITS) for c in children):
            return Trigger("investigate", "identified as a suspect")  # `was identified Thursday as two more suspects`
        if lemma == "identify" and patients & _CULPRITS:
            return Trigger("investigate", "suspects identified")  # `they had identified different suspects`
        if lemma == "identify" and patients & _IDENTIFIED and not any(c.dep == "neg" for c in children):
            return Trigger("statement", "victim named")  # `Police identified the victim on Thursday as ...`
        if lemma == "identify" and _named_as(sentence, children) and not any(c.dep == "neg" for c in children):
            return Trigger("statement", "victim named")  # `The Detroit Free Press identified them as Paul Riva`
        if lemma == "express" and patients & _MISGIVINGS:
            return Trigger("statement", "criticism expressed")  # `politicians expressed disappointment`
        if lemma in _SETTING_UP and _inquiry_set_up(sentence, children):
            return Trigger("investigate", "inquiry set up")  # `the prosecutor, who created the task force`
        if lemma in {"experience", "suffer"} and patients & {"downtime", "outage", "blackout"}:
            return Trigger("other", "outage")  # `The SEACOM undersea cable ... experienced downtime`
        if lemma == "vote" and _body_voted_to_act(sentence, children):
            return Trigger("statement", "body voted")  # `the People's Council ... voted to abolish itself`: a decision
        if lemma in {"experience", "sense"} and patients & _TREMORS and _done(children):
            # `Dubai experienced a slight "tremor" today`, `reported sensing a definite tremor`
            return Trigger("other", TREMOR_FELT)
        if lemma in {"shake", "tremble", "sway"} and _ground_moved(sentence, token, children):
            return Trigger("other", TREMOR_FELT)  # `they felt the ground shaking beneath them`
        if lemma in {"pen", "write"} and patients & _WRITTEN_PIECES and _done(children, also={"must"}):
            # `Meyer penned a letter that sought to calm fans`, `Dr. Arthur Caplan penned the article`
            return Trigger("statement", "letter issued")
        if lemma == "defend" and _someone_defended(sentence, children):
            return Trigger("support", "someone defended")  # `defended Dr. Benjamin due to her tireless effort`
        if (
            lemma == "confirm"
            and token.tag == "VBN"
            and any(c.dep == "nsubjpass" and c.text.lower() == "it" for c in children)
            and not any(c.dep in {"neg", "aux", "prep"} for c in children)  # (`In a statement ..., it was confirmed`)
        ):
            return Trigger("statement", "it was confirmed")  # `it was confirmed several days later when ...`
        # `I thank you for this opportunity`: thanks given in the speaker's own words (`In a
        # statement, the family thanked its neighbours`: the statement is the one event)
        if (
            lemma == "thank"
            and any(c.dep == "nsubj" and c.lemma.lower() in {"i", "we"} for c in children)
            and _has_object(sentence, token)
            and _done(children)
        ):
            return Trigger("support", "thanks")
        if lemma in _FOILING and any(c.dep == "dobj" and _attack_attempt(sentence, c) for c in children):
            return Trigger("assault", "attack foiled")  # `foiled a piracy attempt`, `thwarted a hijack bid`
        if lemma in {"send", "dispatch", "deploy"} and any(
            c.dep == "prep" and c.lemma.lower() in {"for", "on"} and _names(sentence, c, _PATROLS) for c in children
        ):
            return Trigger("deploy", "sent on patrol")  # `after it was sent for patrol missions to the Gulf of Aden`
        if _service_trouble(sentence, token, children) or _service_lost(sentence, token, children):
            return Trigger("other", "outage")  # `Services ... were disrupted`, `users ... face connection issues`
        if _kit_damaged(sentence, token, children):
            return Trigger("other", "cable cut")  # `three undersea cables were damaged in the Mediterranean`
        if _network_failed(sentence, token, children):
            # `A total of three cables ... went down`, `cable service ... has failed`
            return Trigger("other", NETWORK_DOWN)
        if lemma in {"lose", "win"} and any(c.dep == "dobj" and c.lemma.lower() in _CASES for c in children):
            return Trigger("statement", "case decided")  # `Apple Corps lost its court case`: a court's ruling
        if lemma in {"report", "detect", "record"} and _trouble_reported(sentence, children):
            # `A fault was also reported on the GO submarine cable`, `some seismic activity was reported near Malta`
            return Trigger("other", "fault or tremor reported")
        # not `Future plans call for the company to build servers`: what a document provides
        if lemma == "call" and _calls_for_to(sentence, children) and not _doer_is_a_document(sentence, token):
            return Trigger("request", "called for others to act")  # `Gates called for companies to protect their ships`
        if lemma == "confirm" and _not_confirming(sentence, children):
            return Trigger("statement", "declined to confirm")  # `We are not confirming anything at this point`
        if lemma == "boycott" and any(c.dep == "nsubj" for c in children):
            return Trigger("protest", "boycott")  # `opposition groups boycotted the election`
        if lemma == "issue" and patients & {"update", "advisory", "bulletin"}:
            return Trigger("statement", "update issued")  # `MWEB operations has issued an update`
        if lemma in {"rescind", "revoke", "repeal"} and patients & _RULES:
            return Trigger("statement", "rule rescinded")  # `Salazar rescinded ... changes to ... regulations`
        if lemma == "talk" and _parties_talking(sentence, token, children):
            return Trigger("consult", "sides talking")  # `though the sides continue to talk`
        if lemma == "retaliate" and any(c.dep == "prep" and _names(sentence, c, WEAPONS | {"arm"}) for c in children):
            return Trigger("assault", "retaliated with arms")  # `The merchant vessel retaliated with small arms`
        if lemma == "hold" and _held_people(sentence, token, children):
            return Trigger("arrest", "people held")  # `The pair have each been held since Monday`
        formal = [c for c in children if c.lemma.lower() in {"formal", "official"} and c.dep in _MADE_PUBLIC]
        # (the choice read as the adjective's subject: `makes the nomination formal`)
        made_formal = patients | {g.lemma.lower() for c in formal for g in sentence.children(c) if g.dep == "nsubj"}
        if lemma == "make" and formal and made_formal & _APPOINTMENTS:
            return Trigger("statement", "made formal")  # `as the president makes the nomination formal`
        made_public = lemma == "make" and _made_public(sentence, token, children)
        if made_public and token.dep == "xcomp" and not patients:
            # `A ballistics report is yet to be made public`: the subject of the verb it completes
            patients = {c.lemma.lower() for c in sentence.children(sentence.tokens[token.head]) if c.dep == "nsubj"}
        if made_public and patients & (_INFORMATION | _MADE_KNOWN):
            # `The reason ... had not been made public Friday`, as a name released; evidence or a
            # video made public is shown, no statement (`information released` below)
            return Trigger("statement", "made public")
        if lemma == "seek" and _sought_from(sentence, children):
            return Trigger("request", "sought from someone")  # `seeking waivers from debenture holders`
        if lemma in _WAGING and patients & _WARS and _armed_waging(sentence, children):
            return Trigger("assault", "armed clash")  # `the guerrilla fighters waged war on the troops`, not `on drugs`
        if lemma in {"clash", "fight", "battle"} and _armed_on_a_side(sentence, token, children):
            return Trigger("assault", "armed clash")  # `rebels clashed with army troops`: a battle, not a riot
        if lemma in {"fight", "battle"} and _street_battle(sentence, token, children):
            return Trigger("riot", "street battles")  # `police fought pitched battles with striking protesters`
        if lemma == "clash" and _named_sides(sentence, children):
            return None  # `Hardwicke reportedly clashed with Summit Entertainment`: a dispute between two names
        if lemma in {"agree", "require"} and _by_a_court(sentence, children):
            # `Judge James R. Dabney agreed in the hearing that Lohan should remain`, `the treatment a
            # judge required the actress to receive`: a ruling or an order, no agreement or demand
            return Trigger("statement", "ruling")
        if lemma == "contribute" and {t.lemma.lower() for t in sentence.tokens} & (_FINANCIAL | {"tax", "pretax"}):
            return None  # `last year they contributed #34 million, before tax`: a business line's profit, no aid
        if lemma not in VERB_TRIGGERS and lemma in FAMILY_VERBS:
            family = _family_type(sentence, token, children)
            return Trigger(family, f"event_verbs.tsv: {lemma}") if family else None
        listed = VERB_TRIGGERS.get(lemma)
        if listed == "restrict" and token.tag in {"VBZ", "VBP"} and _doer_is_a_document(sentence, token):
            return None  # `The rules also prohibit federal agencies from evaluating`: what a rule says, no act
        if listed == "rally" and any(c.dep == "nsubj" and c.lemma.lower() in _OFFICIALS for c in children):
            return Trigger("consult", "officials gathering")  # `Finance ministers from the G7 will be gathering`
        if lemma == "gather" and _staff_outside(sentence, children):
            return None  # `some employees gathered outside the building`: people out of their workplace, no rally
        if listed == "deploy" and _aid_team(sentence, children):
            return Trigger("aid", "aid team sent")  # `A United Nations assessment team was dispatched to the province`
        return Trigger(listed, f"verb list: {lemma}") if listed else None
    if token.pos == "NOUN" and lemma in _REPORTED_ATTACKS and reports_of(sentence, token) is not None:
        return Trigger("assault", "reports of attacks")  # `There are also reports this week of bombing`
    # `There were no (immediate) reports of damage`; with injuries beside it, the injuries tell it
    damage_alone = lemma == "damage" and not any(
        c.dep == "conj" and c.lemma.lower() in _REPORTED_HARMS for c in sentence.children(token)
    )
    if token.pos == "NOUN" and (lemma in _REPORTED_HARMS or damage_alone) and reports_of(sentence, token) is not None:
        return Trigger(CASUALTY, "reports of harm")
    caused = token.dep == "dobj" and sentence.tokens[token.head].lemma.lower() in {"cause", "inflict"}
    if token.pos == "NOUN" and lemma in _REPORTED_HARMS and caused:
        return Trigger(CASUALTY, "harm caused")  # `they caused no casualties`
    subject = sentence.tokens[token.head] if token.dep == "conj" else token  # `No damage or injuries`
    subject_verb = sentence.tokens[token.head]
    reported = subject.dep == "nsubjpass" and sentence.tokens[subject.head].lemma.lower() == "report"
    # `No one reported damage`: damage reported (or not) by anyone
    reported = reported or (lemma == "damage" and token.dep == "dobj" and subject_verb.lemma.lower() == "report")
    if token.pos == "NOUN" and lemma in _REPORTED_HARMS | {"damage"} and reported:
        return Trigger(CASUALTY, "harm reported")  # `no damage or injuries had been reported`
    if token.pos == "NOUN" and lemma == "injury" and _there_is(sentence, token):
        return Trigger(CASUALTY, "harm reported")  # `There were no reported injuries in Dubai`
    commenting = sentence.tokens[token.head]
    comment_made = commenting.lemma.lower() in {"make", "give", "issue", "offer", "have", "add"}
    # `No member of the team's front office would add comment`: the one who would is no one
    nobody = any(
        c.dep == "nsubj" and any(g.dep == "det" and g.lemma.lower() == "no" for g in sentence.children(c))
        for c in sentence.children(commenting)
    )
    if (
        token.pos == "NOUN"
        and lemma == "comment"
        and token.dep in {"nsubjpass", "dobj"}
        and comment_made
        and (nobody or any(c.dep == "det" and c.lemma.lower() == "no" for c in sentence.children(token)))
    ):
        return Trigger("statement", "comment given or not")  # `no additional comment has been made by Apple`
    if token.pos == "NOUN" and lemma == "claim" and _legal_claim(sentence, token):
        return Trigger("charge", "claim for damages")  # `presented claims for $1.5 billion damages`
    offered = sentence.tokens[token.head]
    if token.pos == "NOUN" and _congratulations(sentence, token):
        return Trigger("support", "congratulations offered")  # `added his congrats`, `received a congratulatory letter`
    if token.pos == "NOUN" and lemma == "injunction" and token.dep == "dobj" and offered.lemma.lower() in _SOUGHT:
        return Trigger("charge", "injunction sought")  # `The university had sought an injunction`: a legal action
    asked_for = sentence.tokens[token.head] if token.dep == "pobj" else None
    if token.pos == "NOUN" and lemma == "comment" and asked_for is not None and asked_for.lemma.lower() == "for":
        available = sentence.tokens[asked_for.head]
        if available.pos == "ADJ" and _not_available(sentence, available):
            return Trigger("statement", "no comment given")  # `weren't immediately available for comment`
    if token.pos == "NOUN" and lemma == "comment" and _there_is(sentence, token):
        return Trigger("statement", "comment given or not")  # `There was no immediate comment from Khartoum`
    if token.pos == "NOUN" and lemma in {"buildup", "build-up"} and _armed(sentence, token):
        return Trigger("deploy", "forces built up")  # `The U.S. military buildup in Saudi Arabia continued`
    if token.pos == "NOUN" and lemma == "attempt" and _attack_suffered(sentence, token):
        return Trigger("assault", "attack attempted")  # `Saddam was the target of an assassination attempt`
    if token.pos == "NOUN" and lemma == "firing" and _firing_read_as_noun(sentence, token):
        return Trigger("assault", "a shooter fired")  # `two boats were closing in and firing`
    if token.pos == "NOUN" and _forces_on_duty(sentence, token):
        return Trigger("deploy", "forces on patrol")  # `INS Mysore ... were on anti-piracy patrol`
    setting = sentence.tokens[token.head].lemma.lower() == "set"  # `set two police cars ablaze`: arson, above
    if lemma in {"alight", "ablaze"} and token.dep in {"acomp", "advmod", "oprd"} and not setting:
        return Trigger("other", "on fire")  # `A corner of the building ... was well alight`
    if lemma == "condition" and token.pos == "NOUN" and _in_grave_condition(sentence, token):
        return Trigger("casualty", "in critical condition")  # `was listed in critical condition at OHSU`
    if token.pos == "ADJ" and lemma == "due" and _due_in_court(sentence, token):
        return Trigger("charge", "due in court")  # `is due in court over the murders`, `due before magistrates`
    if token.pos == "ADJ" and lemma == "dead" and _animal_found(sentence, token):
        return None  # `after the family dog was found dead`: no one killed
    if token.pos == "ADJ" and lemma == "dead" and _running_total(sentence, token) is not None:
        return Trigger(CASUALTY, "running total")  # `the number of dead stands at 40`
    if token.pos == "ADJ" and lemma == "dead" and token.dep == "acomp" and _people_are(sentence, token):
        return Trigger(CASUALTY, "reported or found dead")  # `both were dead at the scene of the explosion`
    if token.pos == "ADJ" and lemma == "dead" and token.dep == "oprd":
        return Trigger(CASUALTY, "reported or found dead")  # `were reported dead`, `found dead`, `24 people dead`
    if token.pos == "ADJ" and lemma == "dead" and _found_dead(sentence, token):
        return Trigger(CASUALTY, "reported or found dead")  # `police found two women dead in a house`
    left_dead = token.dep == "dobj" and sentence.tokens[token.head].lemma.lower() == "leave"
    left = sentence.tokens[sentence.tokens[token.head].head]
    # `leaving more than 220,000 people dead`, the adjective read as the people's
    left_dead = left_dead or (
        token.dep == "amod"
        and sentence.tokens[token.head].dep == "dobj"
        and left.lemma.lower() == "leave"
        and any(c.dep == "nummod" for c in sentence.children(sentence.tokens[token.head]))  # not `the dead man`
    )
    if token.pos == "ADJ" and lemma == "dead" and left_dead:
        return Trigger(CASUALTY, "left dead")  # `an earthquake hit Aceh province leaving 24 dead`
    if token.pos == "ADJ" and lemma == "sorry" and _saying_sorry(sentence, token):
        return Trigger("concede", "said sorry")  # `I've done caused a lot of pain, and I am sorry`
    if token.pos == "ADJ" and lemma == "homeless" and _left_so(sentence, token):
        return Trigger("other", "left homeless")  # `left nearly half a million homeless`: a population displaced
    if token.pos == "NOUN" and lemma in _STRIKING_VERBS and _hazard_subject(sentence, token):
        return Trigger("other", "hazard struck")  # `As the quake hit,`, its verb read as a noun
    if token.pos == "ADJ" and lemma == "available" and token.dep == "acomp" and _product_subject(sentence, token):
        return Trigger("statement", "product available")  # `the new Curve will be available in February`
    if token.pos == "ADJ" and lemma in _PLEASED and token.dep == "acomp" and _pleased_that_others_did(sentence, token):
        return Trigger("support", "pleased with what others did")  # `We are gratified Secretary Salazar ... acted`
    if token.pos == "ADJ" and lemma in _PLEASED and _pleased_at_someone(sentence, token):
        return Trigger("support", "pleased with someone")  # `proud of Dr. Benjamin's accomplishments`
    if token.pos == "ADJ" and lemma in _PLEASED and token.dep == "acomp" and _pleased_with_help(sentence, token):
        return Trigger("support", "pleased with help")  # `he is very satisfied with the close cooperation`
    if token.pos == "ADJ" and lemma == "missing" and token.dep in {"acomp", "oprd"}:
        return Trigger(CASUALTY, "missing")  # `five people are missing`, `were reported missing`
    toll_verb = sentence.tokens[token.head]
    if lemma == "toll" and token.pos == "NOUN" and toll_verb.lemma.lower() in _TOLL_VERBS:
        # `the death toll rose to 12`: a running total; `the toll could rise` gives no figure
        return Trigger(CASUALTY, "death toll") if _toll_figure(sentence, toll_verb) is not None else None
    at = sentence.tokens[token.head]
    at_war = lemma == "war" and token.dep == "pobj" and at.lemma.lower() == "at" and at.head != at.i
    if at_war and sentence.tokens[at.head].lemma.lower() == "be":
        return Trigger("assault", "at war")  # `Afghanistan has been at war for twenty years`: armed conflict
    on_fire = lemma == "fire" and token.dep == "pobj" and at.lemma.lower() == "on" and at.head != at.i
    if on_fire and sentence.tokens[at.head].lemma.lower() == "be":
        return Trigger("other", "on fire")  # `the vacated building was on fire`
    went_on = (
        at.lemma.lower() == "on" and at.head != at.i and sentence.tokens[at.head].lemma.lower() in {"go", "embark"}
    )
    if lemma in {"rampage", "spree"} and token.dep == "pobj" and went_on:
        # `went on a shooting rampage`, `a killing spree`: an attack; `Youths went on a rampage`: a riot
        kinds = {c.lemma.lower() for c in sentence.children(token) if c.dep in {"compound", "amod"}}
        if kinds & {"shooting", "killing", "stabbing", "shoot", "kill", "stab", "murder"}:
            return Trigger("assault", "went on a rampage")
        return Trigger("riot", "went on a rampage") if lemma == "rampage" else None
    if token.pos == "NOUN" and lemma in _TALKS and token.dep == "pobj" and _in_talks(sentence, token):
        return Trigger("consult", "in talks")  # `Both sides are in talks`, `it is in advanced discussions`
    if token.pos == "NOUN" and lemma in {"meeting", "summit"} | _TALKS and _at_a_meeting(sentence, token):
        return Trigger("consult", "at a meeting")  # `LaRue was at a meeting at Nixon's Florida holiday home`
    stages = sentence.tokens[token.head]
    if (
        token.pos == "NOUN"
        and lemma in _TALKS
        and token.dep == "compound"
        and stages.lemma.lower() in {"stage", "phase"}
        and stages.dep == "pobj"
        and _in_talks(sentence, stages)
    ):
        return Trigger("consult", "in talks")  # `Gary Ross is currently in the negotiation stages`
    if token.pos == "NOUN" and lemma in _CUSTODY and token.dep == "pobj" and token.head != token.i:
        held_in = sentence.tokens[token.head]
        holder = sentence.tokens[held_in.head]
        held = held_in.lemma.lower() == "in" and holder.lemma.lower() == "be" and holder.i != held_in.i
        if held and any(c.dep == "nsubj" for c in sentence.children(holder)):
            return Trigger("arrest", "held in custody")  # `Both men are currently in the RCMP lockup`: held
    # A trigger word naming the kind of a work noun counts however it is tagged (`a memorial service`).
    names_work = token.dep in {"compound", "amod"} and sentence.tokens[token.head].lemma.lower() in _EVENT_WORK
    charging = sentence.tokens[token.head]
    charged_by = charging.lemma.lower() if token.dep in {"dobj", "nsubjpass"} else ""
    # and `challenged authorities to file charges`: what someone is urged or dared to do is not done
    urged = sentence.tokens[charging.head].lemma.lower() in _DECLINING | _WISH_HEADS
    declined = charging.dep in {"xcomp", "advcl"} and urged
    if declined:
        charged_by = ""  # `declining to pursue charges`: none brought
    faced = charged_by in {"face", "await", "stand"}
    if lemma in {"trial", "arraignment"} and token.pos == "NOUN" and token.dep == "dobj" and faced:
        return Trigger("charge", "trial faced")  # `six leaders now face trial in Texas`, `faces arraignment`
    held = token.dep in {"nsubj", "nsubjpass"} and _happening(sentence, charging, also=_TRIAL_UNDER_WAY)
    if lemma == "trial" and token.pos == "NOUN" and held:
        return Trigger("charge", "trial held")  # `The trial is set to begin on Wednesday`
    if lemma == "trial" and token.pos == "NOUN" and _on_trial(sentence, token):
        return Trigger("charge", "on trial")  # `He was on trial for rape in 2005`
    if lemma == "violation" and token.pos == "NOUN" and charged_by == "face":
        return Trigger("charge", "charges faced or filed")  # `will not face a probation violation`
    if lemma == "charge" and token.pos == "NOUN" and charged_by in {"face", "file", "bring", "press", "pursue"}:
        # `facing similar charges there`, `The criminal charges were filed Tuesday`
        return Trigger("charge", "charges faced or filed")
    filed_on_a_day = any(
        c.dep == "acl" and c.lemma.lower() in {"file", "bring"} and _dated_participle(sentence, c)
        for c in sentence.children(token)
    )
    if lemma == "charge" and token.pos == "NOUN" and filed_on_a_day:
        # `according to charges filed Friday`: a reduced relative with a day of its own tells them filed
        return Trigger("charge", "charges faced or filed")
    issued = _issued_statement(sentence, token) if token.pos == "NOUN" else None
    if issued is not None:
        return Trigger(issued, "statement or address issued")  # `In a statement, ...`, `in a televised address`
    stands_for = _stands_for(sentence, token) if token.pos in {"NOUN", "PROPN"} else None
    if stands_for is not None:
        lemma = stands_for  # read as the noun it stands for: `prohibitory orders` as a ban
    if token.pos == "NOUN" and token.dep == "compound" and not names_work and _names_a_thing(sentence, token):
        return None  # `an early tsunami warning system`, `riot police`, `an arrest warrant`: a kind of thing
    scheduled = sentence.tokens[sentence.tokens[token.head].head] if token.dep == "pobj" else token
    if lemma == "release" and token.pos == "NOUN" and scheduled.lemma.lower() in {"schedule", "set", "slate", "plan"}:
        return Trigger("statement", "release to come")  # `is scheduled for public release in June`
    if lemma in _EXPLOSIONS and any(
        c.dep == "prep" and c.lemma.lower() == "of" and _names(sentence, c, _FEELINGS) for c in sentence.children(token)
    ):
        return None  # `we saw an explosion of anger`: feelings shown, nothing went off
    seen_by = sentence.tokens[token.head]
    if token.pos == "NOUN" and lemma in _EXPLOSIONS and token.dep == "dobj" and seen_by.lemma.lower() in _WITNESSING:
        return Trigger("other", "explosion seen or heard")  # `we just saw an explosion up ahead of us`
    if lemma == "sound" and token.pos == "NOUN" and _gunfire_heard(sentence, token):
        return Trigger("assault", "gunfire heard")  # `there were sounds of gunfire around 10: 30 a. m.`
    happened = token.dep == "nsubj" and took_place(sentence, sentence.tokens[token.head])
    if lemma in _ROAD_CRASHES and happened and _HIT_AND_RUN.search(" ".join(t.text for t in sentence.subtree(token))):
        return Trigger("assault", "hit-and-run happened")  # `a serious hit - and - run accident took place`
    holder = sentence.tokens[token.head]
    if (
        token.dep == "nsubj"
        and holder.lemma.lower() == "turn"
        and _turned_violent(sentence, list(sentence.children(holder)))
    ):
        return None  # `A candle light vigil turned violent`: the riot it turned into is the event
    if lemma == "service" and token.pos == "NOUN" and _held_in_memory(sentence, token):
        return Trigger("rally", "service held in memory")  # `services had been held to remember the teenager`
    if lemma in {"death", "passing"} and token.pos == "NOUN" and _dated_death_of_someone(sentence, token):
        # `The passing yesterday of W. Mark Felt`: a death with no killer told, no toll of an incident
        return Trigger("other", "death told with its day")
    broken_off = holder.lemma.lower() in {"break", "call"} and _has_particle(sentence, holder, "off")
    if token.dep == "dobj" and broken_off and NOUN_TRIGGERS.get(lemma) in {"assault", "protest", "consult"}:
        return None  # `the pirates broke off their attack`: stopped, the attack told before
    if (token.pos in {"NOUN", "PROPN"} or names_work) and lemma in NOUN_TRIGGERS:
        if lemma in _FORCE_NOUNS and not _is_force_noun(sentence, token):
            return None
        if _counted_again(sentence, token):
            return None  # `has filed a lawsuit ..., the third such lawsuit in a dispute`: the one told, again
        gun_kind = sentence.tokens[token.head].lemma.lower() in {"weapon", "rifle", "gun", "style"}
        if lemma == "assault" and token.dep in {"compound", "amod", "nmod"} and gun_kind:
            return None  # `deadly assault weapons`: a kind of gun, no attack
        if lemma == "attack" and any(c.lemma.lower() in {"heart", "panic", "asthma"} for c in sentence.children(token)):
            return None  # `a heart attack`: an illness, no one attacked
        month = _beside_a_number(sentence, token) or _after_month_word(sentence, token)
        if lemma == "march" and token.text == "March" and month:
            return None  # `on March 12`, `12 March`: the month
        if lemma == "address" and any(
            c.lemma.lower() in _WHERE_ONE_LIVES | _NETWORK_WORDS for c in sentence.children(token)
        ):
            return None  # `gave a false address for him`, `to e-mail addresses`: where one is reached, no speech
        followed = sentence.tokens[token.head].lemma.lower() == "follow"
        if (
            lemma == "suit"
            and followed
            and not any(c.dep in {"det", "poss", "compound", "amod"} for c in sentence.children(token))
        ):
            return None  # `pushed other automakers to follow suit`: an idiom, no lawsuit
        if (
            lemma == "talk"
            and token.tag == "NN"
            and any(c.dep == "prep" and c.lemma.lower() in {"of", "about"} for c in sentence.children(token))
        ):
            return None  # `The talk of guns had made Armstead nervous`: chatter, no talks
        if (
            NOUN_TRIGGERS[lemma] == "charge"
            and token.dep == "dobj"
            and sentence.tokens[token.head].lemma.lower() == "have"
        ):
            return None  # `LaSalle has three prior DUI convictions`: a record, nothing done now
        if _commercial_deal(sentence, token):
            return None  # `a definitive agreement to acquire SeaMicro`: a deal, no agreement between parties
        # The noun that stands in the clause for the event: itself, the quantity it is counted by
        # (`Dozens of aftershocks followed`, `a total of 24 arrests`) or the work it names (`Rescue
        # operations are under way`).
        if (
            NOUN_TRIGGERS[lemma] == "agree"
            and token.dep == "nsubj"
            and sentence.tokens[token.head].lemma.lower()
            in {
                "call",
                "provide",
                "require",
                "allow",
                "stipulate",
            }
        ):
            return None  # `That accord also called for Hewlett-Packard to buy shares`: what a deal provides
        if lemma == "cooperation" and token.dep == "pobj" and sentence.tokens[token.head].lemma.lower() == "in":
            return None  # `continued ... in cooperation with customers`: how something was done
        at_address = token.dep == "pobj" and sentence.tokens[token.head].lemma.lower() in {"to", "at", "from"}
        if lemma == "address" and at_address:
            return None  # `were called to the address`: where someone lives, no speech
        if token.dep == "pobj" and sentence.tokens[token.head].lemma.lower() == "like":
            return None  # `More like protest that just went a little too far`: a likeness, nothing told
        if lemma == "emergency" and token.dep in {"compound", "amod", "nmod"}:
            return None  # `called emergency services`, `the emergency room`: no state of emergency
        if token.dep == "oprd" and sentence.tokens[token.head].lemma.lower() in {"call", "brand", "label", "term"}:
            return None  # `called the cuts "savage attacks on workers' rights"`: what they are called
        owner = sentence.tokens[sentence.tokens[token.head].head] if token.dep == "pobj" else token
        # and `triggered five days of rioting`: the days it lasted
        lasted = owner.lemma.lower() in _SPANS_OF_TIME and any(c.dep == "nummod" for c in sentence.children(owner))
        if (
            token.dep == "pobj"
            and sentence.tokens[token.head].lemma.lower() == "of"
            and (_is_quantity(owner) or lasted)
        ):
            token = owner
        elif names_work:
            token = sentence.tokens[token.head]
        if _planned_or_going(sentence, token, NOUN_TRIGGERS[lemma]):
            return Trigger(NOUN_TRIGGERS[lemma], f"noun planned or under way: {lemma}")
        if NOUN_TRIGGERS[lemma] in _INCIDENTS and (
            _misparsed_object_of_cause(sentence, token) or misparsed_subject_of_sweeping(sentence, token)
        ):
            return Trigger(NOUN_TRIGGERS[lemma], f"noun made to happen: {lemma}")
        head = sentence.tokens[token.head]
        at_where = (
            token.dep == "pobj"
            and head.lemma.lower() == "at"
            # a summit or a meeting is a venue (`held at the Madrid summit`)
            and (sentence.tokens[head.head].lemma.lower() not in SUPPORT_VERBS or NOUN_TRIGGERS[lemma] == "consult")
            and not any(c.dep == "relcl" for c in sentence.children(token))
            # `at a news conference already planned Wednesday afternoon`: one set for a day of its own
            and not any(
                c.dep == "acl" and c.tag == "VBN" and _dated_participle(sentence, c) for c in sentence.children(token)
            )
        )
        spans = {"from", "for", "after", "before", "since", "throughout", "during", "following"}
        # (but `had stepped away from negotiations`: talks left, which were under way)
        left_talks = NOUN_TRIGGERS[lemma] == "consult" and head.text.lower() == "from" and _left_from(sentence, head)
        if (at_where or (token.dep in {"pobj", "dobj"} and head.text.lower() in spans)) and not left_talks:
            # `released from house arrest`, `called for attacks`, `days after the attack`, `held at the
            # Washington summit`: the noun is not what happens here, or only tells when or where (but
            # `join her supporters at the protest` takes part in it)
            return None
        if token.dep == "dobj" and head.dep == "acl" and head.tag == "VBG" and head.lemma.lower() == "attend":
            return None  # `officials attending a meeting of the forum`: who they are, background
        if NOUN_TRIGGERS[lemma] == "consult" and any(
            c.dep == "prep" and c.lemma.lower() == "to" and _names(sentence, c, _CEREMONIES | {"bowl", "final"})
            for c in sentence.children(token)
        ):
            return None  # `a repeat trip to the Super Bowl`: a game, no one visited
        # `in protest`, `in large protests`, not `in the Greek capital's running street protests`
        # (protests named, where one stands)
        bare = not any(c.dep in {"det", "poss"} for c in sentence.children(token))
        if lemma == "protest" and token.dep == "pobj" and head.lemma.lower() == "as" and head.head != head.i:
            staged = [sentence.tokens[head.head], *sentence.children(sentence.tokens[head.head])]
            if any(NOUN_TRIGGERS.get(a.lemma.lower()) in _CROWD_TYPES for a in staged if a.i != token.i):
                return None  # `The general strike was staged as a protest against ...`: the strike is the protest
        if lemma == "protest" and token.dep == "pobj" and head.lemma.lower() == "in" and bare:
            act = sentence.tokens[head.head]
            # (or the subject of the verb it hangs on: `Fresh riots were reported ... in protest at the killing`)
            acts = [act, *(c for c in sentence.children(act) if c.dep in {"nsubj", "nsubjpass"})]
            if any(
                NOUN_TRIGGERS.get(a.lemma.lower()) in _CROWD_TYPES or VERB_TRIGGERS.get(a.lemma.lower()) in _CROWD_TYPES
                for a in acts
            ):
                return None  # `more rioting in Greece in protest at the death`: the rioting is the protest
            return Trigger(
                "protest", "in protest"
            )  # `handcuffed herself to a chair in protest`: the act is the protest
        if token.dep == "pobj" and head.head != head.i:
            if head.i < head.head:
                return None  # `In his statements since then, he has made ...`: set before the verb, not its object
            head = sentence.tokens[head.head]
            if head.lemma.lower() in {"away", "out", "back"} and head.dep == "advmod" and head.head != head.i:
                head = sentence.tokens[head.head]  # `had stepped away from negotiations`
        # `Rescue operations are under way`
        under_way = head.lemma.lower() == "be" and any(
            c.dep == "prep"
            and c.lemma.lower() == "under"
            and any(g.lemma.lower() == "way" for g in sentence.subtree(c))
            for c in sentence.children(head)
        )
        # `Investigations into what caused the fire are ongoing`
        under_way = under_way or (
            head.lemma.lower() == "be"
            and any(c.dep == "acomp" and c.lemma.lower() in {"ongoing", "continuing"} for c in sentence.children(head))
        )
        supported = head.pos in {"VERB", "AUX"} and (head.lemma.lower() in SUPPORT_VERBS or under_way)
        if lemma in HAZARDS and token.dep == "dobj" and head.lemma.lower() == "send":
            supported = True  # `the quakes, which also sent small tsunamis into Japan's coast`
        if token.dep == "dobj" and head.lemma.lower() == "touch" and _has_particle(sentence, head, "off"):
            supported = True  # `The assassination touched off riots`
        if token.dep == "pobj" and head.lemma.lower() == "result" and NOUN_TRIGGERS[lemma] in {"lockdown", "arrest"}:
            # `resulting in the evacuation of Emirates Towers` (not `in the partial closure of ten of
            # its plants`, a business's)
            supported = True
        if head.lemma.lower() == "lead" and head.dep == "acl" and sentence.tokens[head.head].lemma.lower() in _TIPS:
            supported = False  # `a reward for information leading to the arrest`: an arrest hoped for
        left = head.lemma.lower() in {"pull", "walk", "withdraw", "drop", "break", "step"} and not any(
            c.dep == "dobj" for c in sentence.children(head)
        )  # (and `had stepped away from negotiations`)
        if token.dep == "dobj" and _aim_of_its_kind(sentence, head, NOUN_TRIGGERS[lemma]):
            supported = False  # `set to meet with Lionsgate officials on Monday to resume negotiations`: its aim
        if NOUN_TRIGGERS[lemma] == "consult" and token.dep == "pobj" and left:
            supported = True  # `has pulled out of negotiations to direct a sequel`: talks he was in, ended
        if head.lemma.lower() == "go" and _has_particle(sentence, head, "along"):
            supported = False  # `the negativity that went along with the bailout`: what came with it
        if lemma == "apology" and token.dep == "dobj" and head.lemma.lower() in {"offer", "extend", "tender"}:
            supported = True  # `offered an apology to the assistant pastor`
        if NOUN_TRIGGERS[lemma] == "assault" and token.dep == "dobj" and head.lemma.lower() in _FOILING:
            supported = True  # `foiled an attack on merchant vessels`: an attack made, and stopped
        if NOUN_TRIGGERS[lemma] == "assault" and (_attack_on_computers(sentence, token) or _cyber(sentence)):
            return None  # `an IFrame attack on November 11`: a web site hacked, no force on anyone
        if lemma == "offensive" and any(
            c.dep in {"compound", "amod"} and c.lemma.lower() in _WORDS_OFFENSIVES for c in sentence.children(token)
        ):
            return None  # `launched a charm offensive`: a campaign of words, no fighting
        set_before = any(c.dep == "acl" and c.tag == "VBN" for c in sentence.children(token))
        if lemma == "deadline" and (head.lemma.lower() in {"have", "face", "meet", "miss", "make"} or set_before):
            # (nor `barely making the deadline`, `past the Nov. 1 deadline set in that agreement`)
            # `The automaker has a June 1 deadline`, `has a deadline set at June 1`: one set before, by someone else
            return None
        if lemma == "murder" and not (token.dep == "nsubj" and _happening(sentence, head)):
            # `the murder took place`; a murder committed is named in a charge or a finding (`used a
            # handgun to commit the murder`), told by its verb when it is news
            return None
        if head.lemma.lower() == "have" and any(
            c.dep == "amod" and c.lemma.lower() in {"prior", "previous", "past"} for c in sentence.children(token)
        ):
            return None  # `had prior arrests for convictions for assault`: a record, none told
        if head.lemma.lower() == "suffer" and token.dep != "dobj":
            supported = False  # `suffered 39 deaths`, not `who suffered in the bombing`
        if NOUN_TRIGGERS[lemma] == CASUALTY and head.lemma.lower() not in _TOLD_DEATH:
            supported = False  # a death is told happening by few verbs; `sparked by his death` only names it
        # `The attack on a barracks ... had something in common` is not the attack happening; but a
        # bare participle or a headline's elided passive (`with tear gas used`, `Curfew lifted`)
        # makes its subject the thing acted on
        elided_passive = head.tag in {"VBN", "VBD"} and not any(c.dep == "dobj" for c in sentence.children(head))
        # (not a perfect, whose object the parser lost: `has sparked the worst rioting Greece has seen`)
        elided_passive = elided_passive and not any(c.dep == "aux" for c in sentence.children(head))
        # (and `where the shooting was believed to have occurred`, in the passive of a belief)
        believed = token.dep == "nsubjpass" and head.lemma.lower() in _BELIEVING
        if (token.dep == "nsubj" or believed) and _happening(sentence, head):
            supported = True  # `the rape took place in 1978`, `the attack occurred`
        winding_down = token.dep == "nsubj" and head.lemma.lower() == "wind" and _has_particle(sentence, head, "down")
        if winding_down or (token.dep == "nsubjpass" and head.lemma.lower() in _HAMPERING):
            supported = True  # `the rescue effort is now winding down`, `Rescue efforts were hampered`: under way
        if lemma == "aftershock" and token.dep == "nsubjpass" and head.lemma.lower() in {"feel", "record", "register"}:
            # `three strong aftershocks were felt`: quakes that followed (the quake felt afar is its reach)
            supported = True
        # `Protests, riots and clashes have overtaken Greece`, `solidarity protests spread to
        # Turkey`: unrest told sweeping over a place is unrest happening
        sweeping = (
            token.dep in {"nsubj", "pobj"}
            and NOUN_TRIGGERS[lemma] in {"riot", "protest"}
            and head.lemma.lower() in _SWEEPING
            # and `Greece has been shaken by a rebellion`: the same sweep told in the passive (not
            # `places rocked by protests`, a kind of place)
            and (token.dep == "nsubj" or (sentence.tokens[token.head].dep == "agent" and head.dep != "acl"))
        )
        # `A major rally is expected on Friday`: on the calendar (what it is expected to do is
        # `_happening`'s: `The trial is expected to begin`)
        expected = (
            token.dep == "nsubjpass"
            and head.lemma.lower() == "expect"
            and NOUN_TRIGGERS[lemma] in _INCIDENTS
            and not any(c.dep == "xcomp" for c in sentence.children(head))
        )
        supported = supported or sweeping or expected
        # `The announcement came today`, `EDS's response came an hour later`: what is said comes when
        # it is made (`The attack came on a holiday` only dates an attack told before)
        came = token.dep == "nsubj" and head.lemma.lower() == "come" and NOUN_TRIGGERS[lemma] == "statement"
        going = elided_passive or under_way or sweeping or winding_down
        if token.dep == "nsubj" and not going and not _happening(sentence, head):
            supported = False
        supported = supported or came
        # `There were 24 arrests`: the existential `be` reports them
        there = sentence.tokens[token.head]
        existential = _there_is(sentence, token)
        if existential and lemma in HAZARDS and _tally_since(sentence, there):
            # `There have been hundreds of earthquakes in Indonesia since 2004`: a tally over years
            # (but `There have been 24 arrests since Monday` is a running total)
            return None
        # `terrorist attacks, which occurred last year`, `the bombings that targeted U.S. embassies`:
        # a relative clause of its own tells the incident happening
        # (a clause that kills or hurts is the one event, with its count: `the 1996 Olympic bombing
        # that killed one person`, `the assault that killed five officers`)
        if lemma in HAZARDS and any(
            c.dep == "relcl" and c.lemma.lower() in _STRIKING_VERBS for c in sentence.children(token)
        ):
            return None  # `similar deadly quakes that hit Manokwari in 2002`: the clause's verb is the event
        told = NOUN_TRIGGERS[lemma] in _INCIDENTS and any(
            c.dep == "relcl"
            and c.tag in {"VBD", "VBN", "VBZ", "VBP"}
            and _told_happening(sentence, c)
            and _kind_of_clause(sentence, c) != CASUALTY
            for c in sentence.children(token)
        )
        # `the curfew it put in place Thursday`, `a ban which had been imposed`: made to happen in
        # a relative clause
        # (a reduced relative only with a time of its own: `the lawsuit launched by the University of
        # Toronto` is background)
        told = told or any(
            (c.dep == "relcl" or (c.dep == "acl" and c.tag == "VBN" and _dated_participle(sentence, c)))
            and c.lemma.lower() in SUPPORT_VERBS
            and c.lemma.lower() not in _HAPPENING_VERBS
            for c in sentence.children(token)
        )  # and `a news conference ... held in Taipei yesterday`
        # `the negotiations that took place Thursday`: a clause of happening tells any kind of noun
        # happening, talks as well as incidents
        told = told or any(
            c.dep == "relcl" and c.tag in {"VBD", "VBN", "VBZ", "VBP"} and _happening(sentence, c)
            for c in sentence.children(token)
        )
        # `The march left City Hall`: a march that goes is under way
        told = told or (token.dep == "nsubj" and NOUN_TRIGGERS[lemma] == "protest" and head.lemma.lower() in _MARCHING)
        # `an initial investigation left him sure`, `The inquiry found that`: an inquiry with its findings was made
        told = told or (
            token.dep == "nsubj" and NOUN_TRIGGERS[lemma] == "investigate" and head.lemma.lower() in _INQUIRY_FINDINGS
        )
        # `A refugee camp was the target of an air strike`: the place or person it hit is named
        told = told or target_of(sentence, token)
        # `It's the second day of an offensive`: a day of it counted now; `More heavy gunfire in the
        # Serbian province of Kosovo.`: a line with no verb that is the incident
        told = told or day_of(sentence, token) is not None
        told = told or (NOUN_TRIGGERS[lemma] in _INCIDENTS and _verbless_news(sentence, token))
        # `remains under a state of emergency`, `was placed under curfew`
        under = sentence.tokens[token.head] if token.dep == "pobj" else None
        # `The village was subjected to heavy shelling`: told of who suffers it
        subjected = under is not None and under.lemma.lower() == "to" and under.head != under.i
        subjected = subjected and sentence.tokens[under.head].tag == "VBN"  # (not `subject to an agreement`)
        told = told or (subjected and sentence.tokens[under.head].lemma.lower() == "subject")
        if NOUN_TRIGGERS[lemma] == "investigate" and under is not None and under.lemma.lower() == "under":
            told = True  # `The crash is still under investigation`
        if NOUN_TRIGGERS[lemma] in {"restrict", "lockdown"} and under is not None and under.lemma.lower() == "under":
            told = told or sentence.tokens[under.head].lemma.lower() in {"remain", "be", "stay", "place", "put"}
        if NOUN_TRIGGERS[lemma] == "assault" and under is not None and under.lemma.lower() == "under":
            # `it was under attack from two boats`, `came under fire`: told of who suffers it (not
            # `two merchant vessels under attack`, a noun's description)
            told = told or sentence.tokens[under.head].lemma.lower() in {"be", "come"}
        if sweeping and any(
            c.dep == "conj" and NOUN_TRIGGERS.get(c.lemma.lower()) == "riot" for c in sentence.children(token)
        ):
            return Trigger("riot", f"unrest sweeping: {lemma}")  # `Protests, riots and clashes ... have overtaken`
        if supported or existential or told:
            return Trigger(NOUN_TRIGGERS[lemma], f"noun made to happen: {lemma}")
    return None


def _barricades_put_up(sentence: Sentence, verb: Token) -> bool:
    """`set up burning barricades`, `erected barricades`, `threw up barricades`."""
    lemma = verb.lemma.lower()
    if lemma in {"erect", "build", "construct", "man"}:
        return True
    return lemma in {"set", "put", "throw"} and _has_particle(sentence, verb, "up")


def _misparsed_object_of_cause(sentence: Sentence, token: Token) -> bool:
    """`has sparked the worst rioting Greece has seen`: the noun a causing verb makes happen, which
    the parser took for a compound of the clause after it; read by the words between (only
    determiners and adjectives)."""
    if token.dep != "compound" or sentence.tokens[token.head].pos != "PROPN":
        return False
    i = token.i - 1
    while i >= 0 and sentence.tokens[i].pos in {"DET", "ADJ", "ADV"}:
        i -= 1
    return i >= 0 and sentence.tokens[i].pos == "VERB" and sentence.tokens[i].lemma.lower() in _CAUSING_VERBS


# A court's order asked for or given (`had sought an injunction`, `won an injunction`).
_SOUGHT = frozenset(["seek", "file", "request", "obtain", "win", "grant", "issue", "apply"])


_REMEMBERING = frozenset({"remember", "honor", "honour", "mourn", "commemorate", "memorialize"})


def _held_in_memory(sentence: Sentence, noun: Token) -> bool:
    """`several peaceful services had been held to remember the teenager`, `a service was held in
    memory of the victims`: a commemoration (a religious or public service alone is none)."""
    held = sentence.tokens[noun.head]
    if noun.dep != "nsubjpass" or held.lemma.lower() != "hold":
        return False
    near = [*sentence.children(held), *sentence.children(noun)]
    return any(t.lemma.lower() in _REMEMBERING for t in near) or any(
        t.lemma.lower() == "in" and any(g.lemma.lower() == "memory" for g in sentence.children(t)) for t in near
    )


_THIRD_SINGULAR = frozenset({"he", "she", "it"})


def _demanded_that(sentence: Sentence, verb: Token) -> bool:
    """The verb of a clause asked for, in the subjunctive: `insisted that the union agree` (`agree`,
    not `agrees`, of one union), `demanded that he be released`. An indicative (`insisted that he
    was innocent`) is what is said, not asked for."""
    if verb.dep != "ccomp" or verb.head == verb.i or sentence.tokens[verb.head].lemma.lower() not in _INSISTING:
        return False
    children = list(sentence.children(verb))
    subject = next((c for c in children if c.dep in {"nsubj", "nsubjpass"}), None)
    if subject is None or any(c.dep == "mark" and c.lemma.lower() != "that" for c in children):
        return False  # `asked whether the deal should be seen as a step`: a question
    auxiliaries = [c for c in children if c.dep in {"aux", "auxpass"}]
    if any(a.text.lower() not in {"be", "should", "must"} for a in auxiliaries):
        return False  # `insisted that the role would not overshadow`, `that he was`: what is said
    if any(a.text.lower() in {"should", "must"} for a in auxiliaries):
        return True  # `demanded that he should resign`, `insists any deal must allow inspectors access`
    one = subject.tag in {"NN", "NNP"} or subject.text.lower() in _THIRD_SINGULAR
    # `suggested shippers employ armed guards`: a present under a past, which a report would have
    # put in the past (`suggested shippers employed`)
    # (not a state: `suggested the shares are cheap`)
    present_under_past = (
        verb.tag == "VBP" and verb.lemma.lower() not in {"be", "have"} and sentence.tokens[verb.head].tag == "VBD"
    )
    # `that he be released`: the passive's `be` in its base form
    return (
        verb.tag == "VB"
        or (verb.tag == "VBP" and one)
        or present_under_past
        or any(a.dep == "auxpass" for a in auxiliaries)
    )


def _decision_on(sentence: Sentence, children: Sequence[Token]) -> bool:
    """A decision taken on a matter, told in the passive (`a decision was taken on establishment of
    electoral districts`): a ruling. Not one with no matter (`The decision is made & the time has come`)."""
    decision = next((c for c in children if c.dep == "nsubjpass" and c.lemma.lower() == "decision"), None)
    if decision is None:
        return False
    return any(
        c.dep == "prep" and c.lemma.lower() in {"on", "about", "regarding"}
        for c in [*children, *sentence.children(decision)]
    ) or any(c.dep == "acl" and c.tag == "VB" for c in sentence.children(decision))


# What an act only weighed has (`difficulties in attacking land bases`, `no interest in meeting`).
_WEIGHED = frozenset({"difficulty", "problem", "risk", "danger", "obstacle", "challenge", "cost", "interest"})


def _act_weighed(sentence: Sentence, verb: Token) -> bool:
    """A gerund after `in` that a noun of difficulty or risk governs: the act is weighed, not told."""
    within = sentence.tokens[verb.head]
    if verb.tag != "VBG" or verb.dep != "pcomp" or within.lemma.lower() != "in" or within.head == within.i:
        return False
    return sentence.tokens[within.head].lemma.lower() in _WEIGHED


def _outage_it_was(sentence: Sentence, token: Token) -> bool:
    """An outage told as what happened: `It was the second large-scale Internet outage in Egypt`."""
    if token.lemma.lower() not in _OUTAGES or token.dep != "attr":
        return False
    be = sentence.tokens[token.head]
    return any(c.dep == "nsubj" and c.text.lower() in {"it", "this", "that"} for c in sentence.children(be))


def _violence_told(sentence: Sentence, token: Token) -> bool:
    """Violence told breaking out or reported (`Violence was also reported in Thessaloniki`,
    `violence erupted`), not named as a kind (`the senseless gang violence that plagues Brooklyn`)."""
    if token.lemma.lower() != "violence" or token.dep not in {"nsubj", "nsubjpass"} or token.head == token.i:
        return False
    verb = sentence.tokens[token.head]
    return verb.lemma.lower() in {"report", "erupt", "flare"} or (
        verb.lemma.lower() == "break" and _has_particle(sentence, verb, "out")
    )


def _break_happened(sentence: Sentence, token: Token) -> bool:
    """A break or a fault in a cable told happening in a clause of its own, in a sentence about the
    carriers' kit: `the break which happened on 8 October 2011 on one of their ... cables`."""
    if token.pos != "NOUN" or token.lemma.lower() not in {"break", "fault", "cut", "rupture"}:
        return False
    happened = any(c.dep == "relcl" and took_place(sentence, c) for c in sentence.children(token))
    return happened and any(t.lemma.lower() in _SERVICE_KIT for t in sentence.tokens)


def _damage_read_as_adjective(sentence: Sentence, token: Token) -> bool:
    """`a quake hit ..., injuring five people and damaging buildings`: a participle of damage joined
    to a harm, which the parser reads as an adjective of the buildings."""
    if token.pos != "ADJ" or token.dep != "amod" or token.text.lower() not in {"damaging", "destroying"}:
        return False
    if sentence.tokens[token.head].lemma.lower() not in _BUILDINGS | _HOMES:
        return False
    return token.i > 0 and sentence.tokens[token.i - 1].text.lower() == "and"


def _infinitive_as_subject(sentence: Sentence, verb: Token) -> bool:
    """An infinitive that is the subject of `is` (`To become a member is something special`, `To
    win there would be huge`): what it would be like, no act told."""
    if verb.pos != "VERB" or verb.dep not in {"csubj", "advcl"} or verb.head == verb.i or verb.i > verb.head:
        return False
    holder = sentence.tokens[verb.head]
    subjectless = not any(c.dep in {"nsubj", "nsubjpass", "expl"} for c in sentence.children(holder))
    return to_infinitive(sentence, verb) and holder.lemma.lower() == "be" and subjectless


def _network_failed(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """A network or its cables that went down or failed (`A total of three cables linking Italy and
    Egypt went down`, `cable service to the region has failed`), not `failed to reach a deal`."""
    lemma = verb.lemma.lower()
    down = lemma == "go" and any(c.dep in {"prt", "advmod"} and c.lemma.lower() == "down" for c in children)
    failed = lemma == "fail" and not any(c.dep in {"xcomp", "dobj"} for c in children)
    if not (down or failed):
        return False
    for subject in (c for c in children if c.dep == "nsubj"):
        # `A total of three cables`: the cables the total counts
        counted = [g for p in sentence.children(subject) if p.lemma.lower() == "of" for g in sentence.children(p)]
        if any(t.lemma.lower() in _SERVICES | _SERVICE_KIT - {"operator", "provider"} for t in (subject, *counted)):
            return True
    return False


def _disruption_read_as_adjective(sentence: Sentence, token: Token) -> bool:
    """`cables were cut ..., interrupting service to a number of countries`: a participle of an
    outage after a comma, which the parser reads as an adjective of the service."""
    if token.dep != "amod" or token.tag != "VBG" or token.lemma.lower() not in _DISRUPTING:
        return False
    if sentence.tokens[token.head].lemma.lower() not in _SERVICES:
        return False
    return token.i > 0 and sentence.tokens[token.i - 1].text in {",", "and"}


# Who is sent with relief (`medical teams with supplies and rescue equipment`), and what tells it is relief.
# Teams sent to a disaster (`rescue teams`, `medical workers`).
_RELIEF_CREWS = frozenset({"team", "crew", "worker", "doctor", "volunteer", "unit", "mission", "expert"})
_RELIEF_WORDS = frozenset({"medical", "supply", "supplies", "aid", "relief", "rescue", "medicine", "humanitarian"})


def _relief_teams(sentence: Sentence, children: Sequence[Token]) -> bool:
    """Teams sent with relief or to rescue: aid delivered (not police or troops, which are forces)."""
    return any(
        c.dep in {"dobj", "nsubjpass"}
        and c.lemma.lower() in _RELIEF_CREWS
        and any(t.lemma.lower() in _RELIEF_WORDS or t.text.lower() in _RELIEF_WORDS for t in sentence.subtree(c))
        for c in children
    )


def _guilty_object(sentence: Sentence, found: Token) -> bool:
    """`found a former Kraft Foods company employee guilty of murder`: `guilty` read as the adjective
    of the one found, whatever the parser hung that noun on, within the clause of `found`."""
    for t in sentence.tokens:
        if t.lemma.lower() != "guilty" or t.dep != "amod" or t.i < found.i:
            continue
        noun, steps = sentence.tokens[t.head], 0
        while noun.i != found.i and noun.head != noun.i and noun.dep not in {"relcl", "acl", "advcl"} and steps < 4:
            noun, steps = sentence.tokens[noun.head], steps + 1
        if noun.i == found.i:
            return True
    return False


# What fire spreads as, and roads that are closed, and permissions that are revoked.
_ROADS = frozenset({"road", "street", "avenue", "highway", "motorway", "bridge", "lane", "route", "boulevard"})
_PERMISSIONS = frozenset({"permission", "parole", "supervision", "probation", "license", "licence", "visa", "permit"})
# What people are advised to do that is a measure of its own (`advised residents to shut all doors`: a lockdown).
_SHELTERING = frozenset({"shut", "stay", "remain", "lock", "evacuate", "leave", "close", "keep", "avoid"})
_FEELINGS = frozenset({"anger", "rage", "emotion", "joy", "grief", "frustration", "fury", "outrage"})


def _fire_as_subject(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """A fire or its flames as what does the verb (`spread`, `burning`), the subject its own or that of
    the verb it is joined to."""
    subjects = [c for c in children if c.dep == "nsubj"]
    if not subjects and verb.dep == "conj" and verb.head != verb.i:
        # `the fire was lit at the entrance and moved inward`: the passive's subject too
        subjects = [c for c in sentence.children(sentence.tokens[verb.head]) if c.dep in {"nsubj", "nsubjpass"}]
    if verb.dep == "relcl" and any(s.tag == "WDT" for s in subjects):
        fire = sentence.tokens[verb.head]  # `the fire, which was still burning`
        likened = fire.dep == "pobj" and sentence.tokens[fire.head].lemma.lower() in {"like", "as"}
        if not likened:  # (`it is like a forest fire that has raced across the clearing`: a simile)
            subjects.append(fire)
    return any(s.lemma.lower() in _FIRES for s in subjects)


def _by_firefighters(sentence: Sentence, children: Sequence[Token]) -> bool:
    """`being tackled by firefighters`: the passive's agent is a fire crew."""
    return any(c.dep == "agent" and _names(sentence, c, _FIREFIGHTERS) for c in children)


_SOMETHING = frozenset({"something", "anything", "nothing", "everything"})
# What an intransitive `fire` after it is shooting under (`they just started firing`).
_SET_GOING = frozenset({"start", "begin", "continue", "keep", "resume"})
# What a fire does when it starts, and what it does to a building; what it does as it spreads
# (`moved inward`, `swept through`), and what firefighters do to it.
_SPREADING = frozenset({"spread", "move", "sweep", "race", "tear", "rip", "jump", "grow"})
# What flames do that tells a fire by itself (`flames engulfing the structure`).
_FIRE_DOING = _SPREADING | {"engulf", "burn", "rage", "consume", "gut", "destroy", "devour", "lick"}
_FIGHTING_FIRE = frozenset({"tackle", "fight", "battle", "attack", "combat"})
# What a fire or a death is treated as when it is under inquiry (`treated as suspicious`).
_SUSPECTED = frozenset({"suspicious", "arson", "homicide", "murder", "crime", "criminal", "terrorism", "terrorist"})


def _treated_as_a_crime(sentence: Sentence, children: Sequence[Token]) -> bool:
    """`the blaze was being treated as arson`, `is being treated as suspicious`: a case under inquiry."""
    return any(
        c.dep == "prep"
        and c.lemma.lower() == "as"
        and any(g.lemma.lower() in _SUSPECTED for g in sentence.subtree(c) if g.i != c.i)
        for c in children
    )


_BREAKING_OUT = frozenset({"break", "start", "begin", "erupt", "ignite"})
_RUINING = frozenset({"damage", "destroy", "gut", "ravage", "devastate", "consume"})


# Where people sent from their homes spend a night (`in a nearby church`, `at a local day care centre`).
_SHELTERS = frozenset(
    {"church", "shelter", "centre", "center", "school", "hall", "gym", "gymnasium", "camp", "mosque", "hut"}
)


def _night_in_shelter(sentence: Sentence, children: Sequence[Token]) -> bool:
    """A night or an evening spent in a church, a hall or a shelter: shelter taken."""
    if not any(c.dep in {"dobj", "npadvmod"} and c.lemma.lower() in {"night", "evening", "day"} for c in children):
        return False
    return any(c.dep == "prep" and c.lemma.lower() in {"in", "at"} and _names(sentence, c, _SHELTERS) for c in children)


def _fire_breaking_out(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """A fire that broke out or started, its subject its own or what a relative pronoun stands for (`the
    blaze, which started about 9:40 p.m.`); not `started a fire`, which someone did."""
    lemma = verb.lemma.lower()
    if lemma not in _BREAKING_OUT or (lemma == "break" and not _has_particle(sentence, verb, "out")):
        return False
    subject = _doer(sentence, verb, children)
    if subject is not None and verb.dep == "relcl" and subject.lemma.lower() not in _FIRES:
        subject = _fire_before_place(sentence, subject) or subject
    # (not a title's word: `"Catching Fire" begins shooting in August`)
    return subject is not None and subject.lemma.lower() in _FIRES and subject.pos != "PROPN"


def _fire_before_place(sentence: Sentence, antecedent: Token) -> Token | None:
    """The fire a relative clause tells of when the parser hung it on the place that ends the fire's
    phrase (`the blaze at the store in High Street, Banstead, which broke out on the roof`): the
    nearest fire before that place, with no verb between."""
    if antecedent.pos != "PROPN" and antecedent.lemma.lower() not in _BUILDINGS | {"street", "roof"}:
        return None
    for token in reversed(sentence.tokens[: antecedent.i]):
        if token.pos in {"VERB", "AUX"}:
            return None
        if token.lemma.lower() in _FIRES and token.pos == "NOUN":
            return token
    return None


# How a hurt person's condition is told (`in critical condition`, `in serious but stable condition`).
_GRAVE = frozenset({"critical", "serious", "grave", "stable", "fair", "poor", "life-threatening"})


def _in_grave_condition(sentence: Sentence, condition: Token) -> bool:
    """A person told `in critical condition` (listed, reported, left or remaining so): an injury
    told as a state (not `in good condition`, nor a building's or a road's condition)."""
    if condition.dep != "pobj" or condition.head == condition.i:
        return False
    at = sentence.tokens[condition.head]
    if at.lemma.lower() != "in" or not any(
        c.dep in {"amod", "conj"} and c.lemma.lower() in _GRAVE for c in sentence.subtree(condition)
    ):
        return False
    holder = sentence.tokens[at.head] if at.head != at.i else at
    if holder.pos == "NOUN":  # `a man in critical condition`
        return holder.lemma.lower() in _PEOPLE | _FORCE_WORDS
    subject = next((c for c in sentence.children(holder) if c.dep in {"nsubj", "nsubjpass"}), None)
    return subject is not None and (
        subject.pos in {"PROPN", "PRON"} or subject.lemma.lower() in _PEOPLE | _FORCE_WORDS | {"chief"}
    )


def _only_supposed(children: Sequence[Token]) -> bool:
    """`could have taken the lives of bank employees`: what might have happened, and did not."""
    modal = any(c.dep == "aux" and c.lemma.lower() in {"could", "would", "might"} for c in children)
    return modal and any(c.dep == "aux" and c.lemma.lower() == "have" for c in children)


def _unwilling_to_say(sentence: Sentence, children: Sequence[Token]) -> bool:
    """`I don't want to comment`, `We're trying not to talk about specifics`: a refusal to say, the
    `not` on the wanting or on the saying."""
    refused = any(c.dep == "neg" for c in children)
    return any(
        c.dep == "xcomp"
        and c.lemma.lower() in _COMMENTING | {"say", "talk", "speak"}
        and (refused or any(g.dep == "neg" for g in sentence.children(c)))
        for c in children
    )


def _someone_did_it(sentence: Sentence, clause: Token) -> bool:
    """A clause whose subject is someone acting (`they were poisoning her`), not a thing or a
    passive (`the bullet ... was fired in self-defence`)."""
    return any(c.dep == "nsubj" and (c.pos == "PRON" or _someone(sentence, c)) for c in sentence.children(clause))


# Verbs of a person thrown or knocked to the ground.
_THROWING_DOWN = frozenset(["throw", "shove", "push", "knock", "slam"])
_GROUND = frozenset(["ground", "floor", "pavement", "sidewalk", "wall", "car", "concrete"])


def _to_the_ground(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """`threw her down`, `knocked him to the ground`, `slammed him against a wall`."""
    if _has_particle(sentence, verb, "down"):
        return True
    return any(
        c.dep == "prep"
        and c.lemma.lower() in {"to", "onto", "against", "into", "on"}
        and any(g.dep == "pobj" and g.lemma.lower() in _GROUND for g in sentence.children(c))
        for c in children
    )


def _worth_in(sentence: Sentence, children: Sequence[Token], dep: str) -> set[str]:
    """What a sum is worth of, told after `in` (`$1 million in damages`), for the verb's `dep` child."""
    return {
        g.lemma.lower()
        for c in children
        if c.dep == dep
        for p in sentence.children(c)
        if p.dep == "prep" and p.lemma.lower() == "in"
        for g in sentence.children(p)
        if g.dep == "pobj"
    }


# What flames and smoke do as they come out of a place.
_ISSUING_FROM = frozenset(["come", "pour", "billow", "shoot", "rise", "spew", "leap", "belch", "stream", "emerge"])


# Verbs of a weapon shown or held at someone.
_BRANDISHING = frozenset(["wave", "brandish", "point", "hold", "put", "press"])
_HELD_AT = BODY_PARTS | {"throat", "temple"}  # where a weapon is held at someone
_WAYS_IN = frozenset(["access", "entry", "entrance", "way"])


def _aimed_at_someone(sentence: Sentence, children: Sequence[Token]) -> bool:
    """A weapon held to, at or in the face of a person (`held a knife to her throat`, `pointed a gun
    at officers`, `within a foot of a security guard's face`), not one held in a hand or a bag."""
    return any(
        g.pos in {"PROPN", "PRON"} or g.lemma.lower() in _PEOPLE | _FORCE_WORDS | _HELD_AT
        for c in children
        if c.dep == "prep" and c.lemma.lower() in {"at", "to", "within", "against", "toward", "towards", "in"}
        for g in sentence.subtree(c)
        if g.dep in {"pobj", "poss"}
        # `in` only into a face (`waved a gun in a guard's face`, not `held a gun in her hand`)
        and (c.lemma.lower() != "in" or g.lemma.lower() == "face")
    )


def _to_get_in(sentence: Sentence, children: Sequence[Token]) -> bool:
    """A purpose of getting in (`to regain access to the plant`, `to force his way in`)."""
    return any(
        c.dep in {"xcomp", "advcl"}
        and any(g.dep == "dobj" and g.lemma.lower() in _WAYS_IN for g in sentence.children(c))
        for child in children
        for c in sentence.subtree(child)
    )


def _drawn_on_someone(sentence: Sentence, children: Sequence[Token]) -> bool:
    """A weapon pulled `on` people (`pulled a gun on two guards`, `on two officers driving him`, the
    parser making the people the subject of what follows), not one pulled from a bag."""
    aimed_at = [
        g
        for c in children
        if c.dep == "prep" and c.lemma.lower() == "on"
        for p in sentence.children(c)
        for g in ([p] if p.dep == "pobj" else [s for s in sentence.children(p) if s.dep == "nsubj"])
    ]
    return any(g.pos in {"PROPN", "PRON"} or g.lemma.lower() in _PEOPLE | _FORCE_WORDS for g in aimed_at)


# Who investigates, and what they do when they are at it (`working on finding out what happened`,
# `were considering arson`).
_INVESTIGATORS = frozenset({"investigator", "detective", "inspector"})
_WEIGHING = frozenset({"consider", "examine", "study", "comb", "sift", "probe"})
_FINDING_OUT = frozenset({"find", "determine", "establish", "identify", "ascertain", "pinpoint", "figure"})


def _investigators_at_work(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """Investigators weighing causes or working to find out what happened: an investigation under way."""
    lemma = verb.lemma.lower()
    if lemma not in _WEIGHING | {"work", "try", "seek"}:
        return False
    subject = _doer(sentence, verb, children)
    # officials weighing a cause (`officials are considering arson among possibilities`) inquire too
    cause = any(c.dep == "dobj" and c.lemma.lower() in _CAUSES for c in children)
    weighers = _INVESTIGATORS | ({"official", "authority"} if cause and lemma in _WEIGHING else set())
    if subject is None or subject.lemma.lower() not in weighers:
        return False
    if lemma in _WEIGHING:
        return True
    return any(t.lemma.lower() in _FINDING_OUT and t.pos == "VERB" for t in sentence.subtree(verb) if t.i > verb.i)


def _good_idea_suggested(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """A party suggesting that doing something would be a good idea: advice to others (not
    `evidence suggests that`)."""
    doer = _doer(sentence, verb, children)
    party = doer is not None and doer.lemma.lower() not in _FINDINGS and doer.lemma.lower() not in _DOCUMENTS
    ideas = [
        g
        for c in children
        if c.dep == "ccomp" and c.lemma.lower() == "be"
        for g in sentence.children(c)
        if g.dep == "attr" and g.lemma.lower() in {"idea", "advisable", "wise"}
    ]
    return party and any(any(a.dep in {"acl", "relcl"} for a in sentence.children(g)) for g in ideas)


def _doing_suggested(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """A speaker who suggests that others do something, told as a gerund (`We suggest applying the
    Fix - It`): advice to others (not `the data suggest rising prices`, a finding)."""
    gerund = any(c.dep in {"xcomp", "ccomp", "dobj"} and c.tag == "VBG" and c.pos == "VERB" for c in children)
    return _we_or_i(children) and gerund and verb.tag in {"VBP", "VB"} and _done(children)


def _doing_suggested_misread(sentence: Sentence, suggest: Token) -> bool:
    """`We suggest applying ...`, the parser's `suggest` an auxiliary of the gerund it takes."""
    gerund = sentence.tokens[suggest.head]
    return gerund.tag == "VBG" and _we_or_i(list(sentence.children(gerund)))


def _we_or_i(children: Sequence[Token]) -> bool:
    """Whether the clause's subject is the speaker (`We`, `I`)."""
    return any(c.dep == "nsubj" and c.lemma.lower() in {"we", "i"} for c in children)


# What a person does with charges, or has done to him (`facing similar charges`, `The charges were filed`).
_CHARGES_BROUGHT = frozenset(["face", "file", "bring", "press", "pursue"])


def _crime_read_as_a_verb(sentence: Sentence, token: Token) -> bool:
    """`murder and kidnapping charges`: a crime joined to a noun, read as a gerund whose object is
    the charges it names the kind of."""
    if token.tag != "VBG" or token.dep != "conj" or token.head == token.i:
        return False
    crime = sentence.tokens[token.head]
    return (
        crime.pos == "NOUN"
        and crime.dep == "dobj"
        and any(c.dep == "dobj" and c.lemma.lower() == "charge" for c in sentence.children(token))
    )


def _kind_given_as_reason(sentence: Sentence, noun: Token) -> bool:
    """An event noun that says what something is, in a clause of reason (`Since these are targeted
    attacks`): the kind of what was told, given as a reason, not an incident reported."""
    if noun.pos != "NOUN" or noun.dep != "attr" or noun.head == noun.i:
        return False
    be = sentence.tokens[noun.head]
    children = list(sentence.children(be))
    reason = any(c.dep == "mark" and c.lemma.lower() in {"since", "because"} for c in children)
    return be.lemma.lower() == "be" and reason and any(c.dep == "nsubj" and c.pos == "PRON" for c in children)


# What police answer a crowd with (`responded with stun grenades and tear gas`): the means of force
_FORCE_MEANS = frozenset(noun for noun, kind in NOUN_TRIGGERS.items() if kind == "use_of_force")
# What suggests without advising anyone (`the evidence suggests that`).
_FINDINGS = frozenset(["evidence", "study", "data", "research", "finding", "poll", "survey", "result", "analysis"])


def _knocked_down(sentence: Sentence, children: Sequence[Token]) -> bool:
    """A person knocked down or to the ground (`The impact knocked Johnson to the ground`)."""
    person = any(
        c.dep == "dobj" and (c.pos in {"PROPN", "PRON"} or c.lemma.lower() in _PEOPLE) and c.lemma.lower() != "it"
        for c in children
    )
    down = any(
        (c.dep == "prt" and c.lemma.lower() == "down")
        or (c.dep == "prep" and c.lemma.lower() == "to" and _names(sentence, c, {"ground", "floor", "pavement"}))
        for c in children
    )
    return person and down


def _statements_taken(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """Statements or evidence gathered by police or from witnesses: people questioned."""
    taken = any(c.dep == "dobj" and c.lemma.lower() in {"statement", "testimony", "evidence"} for c in children)
    from_witnesses = any(
        c.dep == "prep" and c.lemma.lower() == "from" and _names(sentence, c, {"witness", "bystander", "resident"})
        for c in children
    )
    return taken and (from_witnesses or _doer_lemma(sentence, verb, children) in _INQUIRERS)


# Causes an inquiry weighs (`considering arson`).
_CAUSES = frozenset(["arson", "cause", "motive", "sabotage", "terrorism"])


def _roads_closed(sentence: Sentence, children: Sequence[Token]) -> bool:
    """`Roads in the immediate area are expected to remain closed`: roads told closed."""
    closed = any(c.dep in {"acomp", "oprd"} and c.lemma.lower() == "closed" for c in children)
    holder = children[0].head if children else None
    subjects = [c for c in children if c.dep in {"nsubj", "nsubjpass"}]
    if not subjects and holder is not None:
        # `are expected to remain closed`: the subject of the raising verb above
        above = sentence.tokens[holder]
        while above.dep == "xcomp" and above.head != above.i and not subjects:
            above = sentence.tokens[above.head]
            subjects = [c for c in sentence.children(above) if c.dep in {"nsubj", "nsubjpass"}]
    # (and `The main building remains closed`: a place kept shut after what happened there)
    return closed and any(s.lemma.lower() in _CLOSABLE for s in subjects)


def _turned_violent(sentence: Sentence, children: Sequence[Token]) -> bool:
    """A gathering that `turned violent` or `turned into a riot`."""
    gathered = any(
        c.dep == "nsubj"
        and (NOUN_TRIGGERS.get(c.lemma.lower()) in _CROWD_TYPES or c.lemma.lower() in {"crowd", "gathering"})
        for c in children
    )
    violent = any(c.dep in {"acomp", "oprd"} and c.lemma.lower() in {"violent", "ugly", "deadly"} for c in children)
    return gathered and violent


# What protesters burn to say what they think (`burning Serbian flags`).
_EMBLEMS_BURNED = frozenset(["flag", "effigy", "portrait", "banner", "poster"])


def _kept_from_going(sentence: Sentence, children: Sequence[Token]) -> bool:
    """People kept from going somewhere (`barred the crowd from reaching the consulate`, `stopped
    marchers from entering the square`)."""
    kept = any(
        c.dep == "dobj" and (c.lemma.lower() in _PEOPLE | _PROTESTERS | {"crowd", "march", "marcher"}) for c in children
    )
    going = any(
        c.dep == "prep"
        and c.lemma.lower() == "from"
        and any(g.dep == "pcomp" and g.lemma.lower() in _GOING_TO for g in sentence.children(c))
        for c in children
    )
    return kept and going


_GOING_TO = frozenset(["reach", "enter", "approach", "march", "go", "get", "access", "gather"])


def _protest_aimed_or_allowed(sentence: Sentence, verb: Token) -> bool:
    """A protest in a `to` infinitive that is the aim of a protest act told (`marched ..., burning
    Serbian flags to protest the killings`: the march is the protest) or what a crowd is let do
    (`allowed them to demonstrate on nearby streets`: a permission)."""
    if VERB_TRIGGERS.get(verb.lemma.lower()) not in _CROWD_TYPES or verb.dep not in {"xcomp", "advcl", "ccomp"}:
        return False
    if verb.head == verb.i or not to_infinitive(sentence, verb):
        return False
    governor = sentence.tokens[verb.head]
    if governor.lemma.lower() in {"allow", "permit", "let"}:
        return True
    return _kind_of_clause(sentence, governor) in _CROWD_TYPES


def _met_by_chance(sentence: Sentence, verb: Token) -> bool:
    """`ran into Jean and his mother`: a person met by a person, not a crowd a vehicle ran into."""
    into = [c for c in sentence.children(verb) if c.dep == "prep" and c.lemma.lower() == "into"]
    met = [g for p in into for g in sentence.children(p) if g.dep == "pobj"]
    walker = next((c for c in sentence.children(verb) if c.dep == "nsubj"), None)
    return walker is not None and _someone(sentence, walker) and any(g.pos in {"PROPN", "PRON"} for g in met)


def _gone_to_prison(sentence: Sentence, children: Sequence[Token]) -> bool:
    """`went to prison`, `went back to jail`: custody (not `went to the prison to visit his son`)."""
    back = [c for c in children if c.dep == "advmod" and c.lemma.lower() == "back"]
    for prep in [c for c in [*children, *(g for b in back for g in sentence.children(b))] if c.dep == "prep"]:
        places = [g for g in sentence.children(prep) if g.dep == "pobj" and g.lemma.lower() in {"prison", "jail"}]
        bare = any(not any(d.dep == "det" for d in sentence.children(g)) for g in places)
        if prep.lemma.lower() == "to" and places and (bare or back):
            return True
    return False


def _back_to_prison(sentence: Sentence, children: Sequence[Token]) -> bool:
    """`he returned to prison`, `was returned to jail`: custody again."""
    return any(
        c.dep == "prep" and c.lemma.lower() == "to" and _names(sentence, c, {"prison", "jail", "custody"})
        for c in children
    )


# What is agreed to that is a deal's terms (`agreed to pay $19 a share`).
_TRADING = frozenset({"pay", "buy", "acquire", "sell", "purchase", "merge"})


_CHARTERS = frozenset({"constitution", "charter", "statute", "law", "rule", "bylaw"})


def _by_the_rules(sentence: Sentence) -> bool:
    """A sentence that tells what a body may or must do by its charter (`According to the Turkmen
    constitution, the parliament passes laws ... and announces presidential elections`). Asked for
    every word, so the sentence's text is looked at first."""
    return "ccording" in sentence.text and any(
        t.text.lower() == "according"
        and sentence.tokens[t.head].tag in {"VBZ", "VBP"}  # what it does by its charter, not what was done
        and any(
            p.lemma.lower() == "to"
            and any(g.dep == "pobj" and g.lemma.lower() in _CHARTERS for g in sentence.children(p))
            for p in sentence.children(t)
        )
        for t in sentence.tokens
    )


def _congratulations(sentence: Sentence, noun: Token) -> bool:
    """Praise sent, added or received: `added his congrats`, `sent his congratulations`,
    `received a congratulatory letter from Airbus` (condolences are not marked)."""
    offered = sentence.tokens[noun.head].lemma.lower()
    if noun.dep == "dobj" and noun.lemma.lower() in _CONGRATULATIONS:
        return offered in _OFFERING
    congratulatory = any(c.dep == "amod" and c.lemma.lower() == "congratulatory" for c in sentence.children(noun))
    return congratulatory and offered in _OFFERING | {"receive", "get", "write"}


_CONGRATULATIONS = frozenset(["congratulation", "congrat", "kudos"])
_OFFERING = frozenset(["add", "send", "offer", "extend", "express", "convey", "pass", "tweet"])


def _legal_claim(sentence: Sentence, claim: Token) -> bool:
    """A claim lodged for damages or in a court, a suit of a kind (`presented claims for $1.5
    billion damages in the bankruptcy court`), not a claim that something is so."""
    lodged = sentence.tokens[claim.head]
    if claim.dep != "dobj" or lodged.lemma.lower() not in {"file", "present", "lodge", "submit", "bring"}:
        return False
    for_damages = any(
        c.dep == "prep" and c.lemma.lower() == "for" and _names(sentence, c, _REDRESS) for c in sentence.children(claim)
    )
    in_court = any(
        c.dep == "prep" and c.lemma.lower() == "in" and _names(sentence, c, frozenset(["court", "tribunal"]))
        for c in sentence.children(lodged)
    )
    return for_damages or in_court


_REDRESS = frozenset(["damage", "damages", "compensation", "restitution"])


def _expelled_from_body(sentence: Sentence, children: Sequence[Token]) -> bool:
    """Put out of a body, not out of a room: `ejected from the sect`, or by a body's leader (`was
    ejected in 2003 by that group's leader`)."""
    return any(
        (c.dep == "prep" and c.lemma.lower() == "from" and _names(sentence, c, _BODIES))
        or (c.dep == "agent" and any(t.lemma.lower() in _BODIES | {"leader"} for t in sentence.subtree(c)))
        for c in children
    )


def _dated_participle(sentence: Sentence, participle: Token) -> bool:
    """A participle with a time of its own: `held in Taipei yesterday`, `imposed on Monday`, `suffered
    in an October 19 game`."""
    for c in sentence.children(participle):
        if c.dep in {"npadvmod", "tmod"}:
            return True
        if c.dep == "prep" and c.lemma.lower() in {"on", "in", "at"}:
            objects = [g for g in sentence.children(c) if g.dep == "pobj"]
            words = {g.lemma.lower() for g in objects}
            numbers = any(g.tag == "CD" for g in objects)
            days = any(names_a_day(sentence, g) for g in objects)
            if numbers or days or words & TIME_WORDS:
                return True
    return False


def _dated_injury(sentence: Sentence, participle: Token) -> bool:
    """An injury told by a participle with a day of its own (`a knee injury suffered in an October 19
    game`): a reduced relative that tells it happening, not one that names it."""
    noun = sentence.tokens[participle.head]
    dated = _dated_participle(sentence, participle)
    return participle.dep == "acl" and noun.lemma.lower() in _HARM_DONE_TO_BODIES and dated


# The rule of a product's release to come told by `come`: the product is not who releases it.
PRODUCT_COMING = "product coming"
PERSON_FELL = "a person's fall"  # the one who falls is harmed, no actor
FIRE_SPREAD = "fire spread"  # an event beside the fire's start it is joined to
FIRE_FOUND = "fire found"  # who found it did not do it: no actor
SHOT_MISSED = "shot missed"  # `That shot missed`: what was fired is no actor
CAME_UNDER_FIRE = "came under fire"  # its subject was attacked: no actor
PEOPLE_FLED = "people fled into the streets"  # who flee a disaster are its harmed, no actor
NETWORK_DOWN = "network went down"  # the cables that went down did nothing
TREMOR_FELT = "tremor felt"  # who felt it, and the ground that shook, did nothing


def _product_coming(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """A product that is coming or will come to a network, a carrier or stores, or soon: a release
    to come (`the BlackBerry Q10 is coming to their network`, `Updates should be coming soon`; not
    `the Pope is coming to Cuba`)."""
    to_come = verb.tag == "VBG" or any(c.dep == "aux" and c.lemma.lower() in {"will", "shall"} for c in children)
    subject = next((c for c in children if c.dep == "nsubj"), None)
    product = subject is not None and (
        subject.lemma.lower() in _PRODUCTS | _CONTENT or _product_name(subject) or _the_name(sentence, subject)
    )
    # `soon` only of a product named by what it is (`The Pope is coming soon`)
    soon = subject is not None and subject.lemma.lower() in _PRODUCTS | _CONTENT
    soon = soon and any(c.dep == "advmod" and c.lemma.lower() in SOON for c in children)
    return to_come and product and (soon or any(c.dep == "prep" and _names(sentence, c, _MARKETS) for c in children))


def _as_clause(children: Sequence[Token]) -> bool:
    """A bare participle brought in by `as` (`as revealed today`): a reduced clause that reports."""
    return any(c.dep == "mark" and c.lemma.lower() == "as" for c in children) and not any(
        c.dep in {"nsubj", "nsubjpass"} for c in children
    )


_MARKETS = frozenset(["network", "carrier", "store", "market", "shelf", "platform", "customer", "retailer"])


# What an allegation says someone did (`claims that the store violates an agreement`).
_VIOLATING = frozenset(["violate", "breach", "infringe", "break"])


def _working_closely_with(sentence: Sentence, children: Sequence[Token]) -> bool:
    """Working closely or together with a party: `the airline was working closely with the
    Australian Tourist Commission`, `worked alongside the emergency services`, `are actively
    working with partners to monitor the threat` (not `working with partners` in a company's
    business, told with no such word)."""
    closely = any(
        c.dep == "advmod" and c.lemma.lower() in {"closely", "together", "jointly", "actively"} for c in children
    )
    alongside = [
        g for c in children if c.dep == "prep" and c.lemma.lower() == "alongside" for g in sentence.children(c)
    ]
    partners = alongside + [
        g for c in children if c.dep == "prep" and c.lemma.lower() == "with" for g in sentence.children(c)
    ]  # a party named, not a thing worked with (`worked closely ... with Intel processors`)
    parties = _BODIES | {"authority", "police", "service", "partner"}  # (`actively working with partners`)
    return (closely or bool(alongside)) and any(
        g.dep == "pobj" and (g.pos == "PROPN" or g.lemma.lower() in parties) for g in partners
    )


def _counted_again(sentence: Sentence, noun: Token) -> bool:
    """The event just told, counted among its kind: `the third such lawsuit`, `another such attack`
    (not `has held such rallies almost daily`)."""
    modifiers = {c.lemma.lower() for c in sentence.children(noun) if c.dep in {"amod", "det"}}
    return "such" in modifiers and bool(modifiers & _ORDINALS)


_ORDINALS = frozenset(["another", "first", "second", "third", "fourth", "fifth", "latest", "last", "sixth"])


def _after_month_word(sentence: Sentence, token: Token) -> bool:
    """`in early March`, `since March`, `last March`: the month, not a march."""
    return token.i > 0 and sentence.tokens[token.i - 1].text.lower() in _BEFORE_A_MONTH


_BEFORE_A_MONTH = frozenset(["in", "early", "late", "mid", "last", "next", "this", "since", "until", "by", "of"])


def _infinitive_child(sentence: Sentence, children: Sequence[Token]) -> bool:
    """Whether the verb takes a `to` infinitive (`challenged authorities to file charges`)."""
    return any(c.dep in {"xcomp", "ccomp", "advcl"} and to_infinitive(sentence, c) for c in children)


# What a trial does that tells it under way (`The trial opened`, `is expected to last several days`).
_TRIAL_UNDER_WAY = frozenset(["open", "last", "resume"])


def _bomb_threat_told(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """Someone told, by a caller, that a bomb has been planted (`a bank had been contacted by an
    individual and told that a bomb had been planted`): a threat made to them (not `police told
    reporters that a bomb had been planted`, a police account)."""
    passive = any(c.dep == "auxpass" for c in children) or (
        verb.dep == "conj" and any(c.dep == "auxpass" for c in sentence.children(sentence.tokens[verb.head]))
    )
    planted = [
        t
        for c in children
        if c.dep == "ccomp"
        for t in sentence.subtree(c)
        if t.lemma.lower() in {"plant", "place", "hide", "set"}
    ]
    return passive and any(
        g.dep == "nsubjpass" and g.lemma.lower() in {"bomb", "explosive", "device"}
        for t in planted
        for g in sentence.children(t)
    )


def _standing_together(sentence: Sentence, children: Sequence[Token]) -> bool:
    """`stand united with the president`, `he and Blair will stand together`: backing, not `stood
    together at the bus stop` (a place) nor `stand trial`."""
    if any(c.dep in {"dobj", "neg"} for c in children):
        return False
    together = any(
        c.lemma.lower() in {"united", "together", "unite"} and c.dep in {"acomp", "advmod", "oprd"} for c in children
    )
    # `We will, of course, stand alongside the families`: beside people, not a thing or a place
    alongside = any(
        c.dep in {"prep", "advmod"}
        and c.lemma.lower() in {"alongside", "beside", "behind", "by"}
        and any(g.dep == "pobj" and (g.lemma.lower() in _PEOPLE or g.pos == "PROPN") for g in sentence.children(c))
        for c in children
    )
    placed = any(c.dep == "prep" and c.lemma.lower() in {"at", "in", "outside", "near"} for c in children)
    return (together or alongside) and not placed


# Verbs that make a force's presence grow (`bolstering its military presence`).
_BOLSTERING = frozenset(["bolster", "boost", "increase", "strengthen", "expand", "reinforce", "step"])


def _forces_present(sentence: Sentence, noun: Token) -> bool:
    """`its military presence`, `the naval presence`, `troop presence`: armed forces posted somewhere."""
    return noun.lemma.lower() == "presence" and any(
        c.dep in {"amod", "compound"}
        and c.lemma.lower() in {"military", "naval", "troop", "army", "police", "security"}
        for c in sentence.children(noun)
    )


# What officers go somewhere to do (`to investigate`, `to question a woman`): a look, no inquiry.
_LOOKING = frozenset(["investigate", "question", "interview", "inspect", "examine"])


def _court_penalty(sentence: Sentence, noun: Token) -> bool:
    """`the death penalty`, `a life sentence`: what a court may give a defendant."""
    kinds = {c.lemma.lower() for c in sentence.children(noun) if c.dep in {"compound", "amod", "nmod"}}
    if noun.lemma.lower() == "penalty":
        return "death" in kinds
    return noun.lemma.lower() == "sentence" and bool(kinds & {"life", "prison", "jail"})


def _an_aim(sentence: Sentence, verb: Token) -> bool:
    """A verb in an infinitive of purpose, or completing one (`bought shares, apparently to help fend
    off an unwelcome takeover bid`): what was meant, not done."""
    while verb.dep in {"xcomp", "conj"} and verb.head != verb.i:
        if verb.dep == "xcomp" and verb.tag != "VB":
            return False
        verb = sentence.tokens[verb.head]
    return verb.dep == "advcl" and verb.tag == "VB" and to_infinitive(sentence, verb)


def _working_a_case(sentence: Sentence, children: Sequence[Token]) -> bool:
    """`after working on the case at great length the team of detectives isolated two members`:
    detectives at work on a case, an inquiry (not lawyers on theirs)."""
    on_case = any(
        c.dep == "prep" and c.lemma.lower() == "on" and _names(sentence, c, {"case", "investigation"}) for c in children
    )
    return on_case and any(t.lemma.lower() in _INVESTIGATORS for t in sentence.tokens)


_INVESTIGATORS = frozenset(["detective", "investigator", "police", "fbi", "agent", "inspector"])


# Verbs of officers moving to a spot (`exited their vehicle`, `went over`, `stopped`).
_MOVING_TO_LOOK = frozenset(["exit", "enter", "leave", "step", "get", "go", "come", "approach", "stop", "pull", "walk"])


def _to_look_after_moving(sentence: Sentence, verb: Token) -> bool:
    """An infinitive of purpose after a verb of moving (`exited their vehicle to investigate`): a
    look its movers meant to take, not an inquiry (an inquiry sent, `dispatched agents to
    investigate the bombings`, is one)."""
    head = sentence.tokens[verb.head]
    return verb.dep == "advcl" and to_infinitive(sentence, verb) and head.lemma.lower() in _MOVING_TO_LOOK


def _across(sentence: Sentence, word: Token) -> bool:
    """`walking quickly out through a parking lot`: a way taken, no walkout."""
    return any(c.dep == "prep" and c.lemma.lower() in {"through", "across", "past"} for c in sentence.children(word))


def _out_of(sentence: Sentence, word: Token) -> bool:
    """`walking out of the store`: an `of` on the verb or on its `out`, as the parser hangs it."""
    return any(c.dep == "prep" and c.lemma.lower() == "of" for c in sentence.children(word))


def _first_aid(sentence: Sentence, token: Token) -> bool:
    return token.lemma.lower() == "aid" and any(c.lemma.lower() == "first" for c in sentence.children(token))


def _kept_from(sentence: Sentence, verb: Token) -> bool:
    """A gerund that someone is kept from doing: `blocking the board from recommending or supporting`."""
    while verb.dep == "conj" and verb.head != verb.i:
        verb = sentence.tokens[verb.head]
    from_ = sentence.tokens[verb.head]
    if verb.dep != "pcomp" or from_.lemma.lower() != "from" or from_.head == from_.i:
        return False
    return sentence.tokens[from_.head].lemma.lower() in _PREVENTING


_PREVENTING = frozenset(["block", "prevent", "bar", "stop", "keep", "ban", "prohibit", "restrain", "deter", "forbid"])


# Who or what fires when `fire` has no object: shooters, and boats or tanks (`two boats were closing
# in and firing`, `pirates fired`), whose firing loses no one a job.
_WHAT_SHOOTS = _SHOOTERS | _CULPRITS | _VESSELS | {"boat", "skiff", "tank", "helicopter", "gunboat"}


def _confirmed_to_press(sentence: Sentence, children: Sequence[Token]) -> bool:
    """A confirmation given to a paper, an agency or reporters, with no object of its own (`her rep
    confirms to PEOPLE`, `Industry sources have confirmed to eWEEK that`): a statement made."""
    if any(c.dep in {"neg", "dobj"} for c in children):
        return False  # (`confirmed her death to the Associated Press`: the death it tells is the event)
    return any(
        c.dep == "prep"
        and c.lemma.lower() == "to"
        and any(g.dep == "pobj" and (g.pos == "PROPN" or g.lemma.lower() in _PRESS) for g in sentence.children(c))
        for c in children
    )


def _has_people_hit(sentence: Sentence, children: Sequence[Token]) -> bool:
    """A bullet put `through` or `into` someone or a body part (`through his head`)."""
    hit = [
        g
        for c in children
        if c.dep == "prep" and c.lemma.lower() in {"through", "into", "in"}
        for g in sentence.children(c)
    ]
    return any(g.dep == "pobj" and (g.pos == "PRON" or g.lemma.lower() in _PEOPLE | BODY_PARTS) for g in hit)


def _came_under_fire(sentence: Sentence, children: Sequence[Token]) -> bool:
    """`came under fire from two boats`, `came under attack from gunmen`: attacked (not `came under
    fire for` what one did: criticised)."""
    under = [c for c in children if c.dep == "prep" and c.lemma.lower() == "under"]
    attacks = {"fire", "attack", "assault", "shelling", "bombardment", "gunfire"}
    if any(c.dep == "prep" and c.lemma.lower() == "for" for c in children):
        return False  # `has come under fire for violence at his campaign events`: criticised
    return any(g.dep == "pobj" and g.lemma.lower() in attacks for u in under for g in sentence.children(u))


def _held_to_ransom(sentence: Sentence, children: Sequence[Token]) -> bool:
    """People or ships held to (or for) ransom: a kidnapping going on, whoever holds them (`ransom`
    read as a noun or, after `to`, as a verb)."""
    return any(
        t.lemma.lower() == "ransom" and t.i > 0 and sentence.tokens[t.i - 1].text.lower() in {"to", "for"}
        for c in children
        for t in sentence.subtree(c)
    )


def _cited_for_offence(sentence: Sentence, children: Sequence[Token]) -> bool:
    """A person cited for doing something (`cited for driving on probation`, `cited for speeding`),
    not a study cited or a hero cited for bravery."""
    person = any(c.dep == "nsubjpass" and (c.pos in {"PROPN", "PRON"} or c.lemma.lower() in _PEOPLE) for c in children)
    doing = any(
        c.dep == "prep"
        and c.lemma.lower() == "for"
        and any(g.dep == "pcomp" and g.tag == "VBG" for g in sentence.children(c))
        for c in children
    )
    return person and doing


def _person_booked(sentence: Sentence, children: Sequence[Token]) -> bool:
    """A person booked, in the passive (`he has been booked`), not a flight or a hall booked, nor a
    performer booked to play."""
    if any(c.dep in {"xcomp", "dobj"} for c in children) or not any(c.dep == "auxpass" for c in children):
        return False
    return any(c.dep == "nsubjpass" and c.lemma.lower() in {"he", "she", "they"} for c in children)


# What one resists that someone tries to impose (`resisted attempts to inspect such quarters`).
_ATTEMPTS = frozenset(["attempt", "effort", "pressure", "demand", "call", "inspection", "move", "bid"])
# Talks and ties between parties, cut off (`talks have been cut off`, `cut off diplomatic ties`).
_TIES = frozenset(["talk", "negotiation", "tie", "relation", "contact", "aid"])
# What two parties sign that binds both (`The two presidents on Friday signed the plan`).
_JOINT_PAPERS = frozenset(["plan", "document", "statement", "communique", "charter", "program", "programme"])


def _armed(sentence: Sentence, noun: Token) -> bool:
    """A noun said of armed forces (`military buildup`, `troop build-up`)."""
    return any(
        c.dep in {"amod", "compound"} and c.lemma.lower() in _ARMED_KINDS | {"troop", "force", "arm"}
        for c in sentence.children(noun)
    )


def _attack_suffered(sentence: Sentence, attempt: Token) -> bool:
    """An attempt at an attack that someone was the target of or survived (`Saddam was the target of
    an assassination attempt`, `survived a murder attempt`): the attack, failed or not."""
    kind = [c for c in sentence.children(attempt) if c.dep in {"compound", "amod"}]
    if not any(NOUN_TRIGGERS.get(c.lemma.lower()) == "assault" or c.lemma.lower() == "murder" for c in kind):
        return False
    head = sentence.tokens[attempt.head]
    if attempt.dep == "pobj" and head.lemma.lower() == "of" and head.head != head.i:
        return sentence.tokens[head.head].lemma.lower() == "target"
    return attempt.dep == "dobj" and head.lemma.lower() in {"survive", "escape"}


def _inspectors_at_work(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """Inspectors or an inspection team back at work (`An American leader of a U.N. weapons inspection
    team resumed work in Iraq`, `inspectors began inspections`): an inspection, PLOVER's investigate."""
    doers = [t for c in children if c.dep == "nsubj" for t in sentence.subtree(c)]
    inspecting = any(t.lemma.lower() in {"inspection", "inspector"} for t in doers)
    return inspecting and any(
        c.dep == "dobj" and c.lemma.lower() in {"work", "inspection", "mission"} for c in children
    )


def _pact_signed_by_parties(sentence: Sentence, children: Sequence[Token]) -> bool:
    """A plan or a joint document signed by two or more parties (`The two presidents ... signed the
    plan`, `Both sides signed the document`), not a bill one president signs."""
    signed = any(c.dep in {"dobj", "nsubjpass"} and c.lemma.lower() in _JOINT_PAPERS for c in children)
    signers = [c for c in children if c.dep == "nsubj"]
    several = [c for c in signers if c.tag == "NNS" and any(g.lemma.lower() in _SEVERAL for g in sentence.children(c))]
    joined = [c for c in signers if any(g.dep == "conj" for g in sentence.children(c))]
    parties = bool(several or joined)
    return signed and parties


_SEVERAL = frozenset(["two", "three", "both", "all", "the"])


def _agreement_worked_out(children: Sequence[Token], patients: set[str]) -> bool:
    """`worked out an accord`, `The U.N.-Iraq accord was worked out by U.N.`: an agreement reached."""
    agreed = any(NOUN_TRIGGERS.get(p) == "agree" for p in patients)  # the agreements the nouns list, no deal
    return agreed and any(c.dep == "prt" and c.lemma.lower() == "out" for c in children)


def _firing_read_as_noun(sentence: Sentence, noun: Token) -> bool:
    """`firing` the parser reads as a noun joined to a verb (`two boats were closing in and firing`):
    the verb's subject firing, when it is what shoots."""
    verb = sentence.tokens[noun.head]
    if noun.dep != "conj" or verb.pos != "VERB" or verb.tag != "VBG":
        return False
    shooter = next((c for c in sentence.children(verb) if c.dep == "nsubj"), None)
    return shooter is not None and shooter.lemma.lower() in _WHAT_SHOOTS


# What says an operation or a mission is one of armed forces (`naval operations`, `a police operation`).
_ARMED_KINDS = frozenset(["naval", "military", "police", "security", "army", "peacekeeping", "anti-piracy", "piracy"])


def _forces_on_duty(sentence: Sentence, noun: Token) -> bool:
    """Forces told where they are, with `be`: on patrol (`INS Mysore and its armed helicopter were on
    anti-piracy patrol`), or an armed operation under way (`Several international naval operations are
    under way off Somalia`); not police at the scene of what they came to, which the gold never marks."""
    lemma = noun.lemma.lower()
    head = sentence.tokens[noun.head]
    if lemma == "patrol" and noun.dep == "pobj" and head.lemma.lower() == "on" and head.head != head.i:
        return sentence.tokens[head.head].lemma.lower() == "be"
    if noun.dep != "nsubj" or head.lemma.lower() != "be":
        return False
    there = [g for c in sentence.children(head) if c.dep == "prep" for g in sentence.children(c) if g.dep == "pobj"]
    armed = any(c.dep in {"amod", "compound"} and c.lemma.lower() in _ARMED_KINDS for c in sentence.children(noun))
    under_way = any(g.lemma.lower() == "way" and sentence.tokens[g.head].lemma.lower() == "under" for g in there)
    return lemma in {"operation", "mission", "patrol"} and armed and under_way


def _there_is(sentence: Sentence, token: Token) -> bool:
    """What an existential `be` names, under a raising verb too: `There were 24 arrests`, `There
    appeared to be no casualties`, `there were a lot of objections`."""
    of = sentence.tokens[token.head]
    if token.dep == "pobj" and of.lemma.lower() == "of" and sentence.tokens[of.head].lemma.lower() in _LOTS:
        token = sentence.tokens[of.head]  # `a lot of objections`: what the amount is of
    if token.dep != "attr":
        return False
    be = sentence.tokens[token.head]
    if any(c.dep == "expl" for c in sentence.children(be)):
        return True
    raising = sentence.tokens[be.head]
    return (
        be.dep == "xcomp"
        and raising.lemma.lower() in _RAISING_VERBS
        and any(c.dep == "expl" for c in sentence.children(raising))
    )


_RAISING_VERBS = frozenset({"appear", "seem"})
_LOTS = frozenset({"lot", "number", "series", "spate", "wave", "string", "handful", "dozen", "hundred"})


def _any_subject(sentence: Sentence, children: Sequence[Token]) -> bool:
    """A subject that is any one of its kind (`Any decision`, `any attack`): no one in particular."""
    return any(
        c.dep in {"nsubj", "nsubjpass"}
        and any(d.dep == "det" and d.lemma.lower() == "any" for d in sentence.children(c))
        for c in children
    )


def _has_particle(sentence: Sentence, verb: Token, particle: str) -> bool:
    # (or a preposition with no object, as the parser may read one: `pulled the driver over at 115th St.`)
    return any(
        c.lemma.lower() == particle
        and (c.dep in {"prt", "advmod"} or (c.dep == "prep" and not any(sentence.children(c))))
        for c in sentence.children(verb)
    )


def _by_an_inquiry(sentence: Sentence, verb: Token) -> bool:
    """Done by a body that inquires (a panel, an investigator, the police), or by its work."""
    doer = _doer(sentence, verb, list(sentence.children(verb)))
    return doer is not None and doer.lemma.lower() in _BODIES_SET_UP | _INQUIRERS


def _doer_is_a_document(sentence: Sentence, verb: Token) -> bool:
    """The subject is a plan, a law, a deal or an announcement, which provides or shows, not a
    party who asks or confirms (`The announcement confirms rumors from December`)."""
    doer = _doer(sentence, verb, list(sentence.children(verb)))
    return doer is not None and doer.lemma.lower() in _DOCUMENTS


def _product_launched(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """A thing that is no event, weapon, campaign or piece of news put on the market: by a company
    (a word for one, or a name that is no country), or a product by anyone (`it will release this
    smartphone`, `a facelifted model is expected to be launched`)."""
    doer = _doer(sentence, verb, children)
    if doer is None and verb.dep == "xcomp":  # `AMD expects to release the first servers`
        doer = next((c for c in sentence.children(sentence.tokens[verb.head]) if c.dep == "nsubj"), None)
    products = [c for c in children if c.dep in {"dobj", "nsubjpass"}]
    # a thing that is hers or his is a person's (`Reid who launched Mantra, her new fashion line`)
    owned = any(g.dep == "poss" and g.lemma.lower() in {"her", "his"} for p in products for g in sentence.subtree(p))
    company = (
        doer is not None
        and not owned
        and (
            # a name that is no country nor a people (`Indonesian have launched a warning system`)
            doer.lemma.lower() in BUSINESSES or (doer.pos == "PROPN" and not actor_country(doer.text))
        )
    )
    if verb.dep == "relcl" and any(p.tag in {"WDT", "WP"} for p in products):
        products = [sentence.tokens[verb.head]]  # `the iPhone 2.0 update that was released as a beta`
    if not products and verb.dep == "xcomp":  # `a model is expected to be launched`
        products = [c for c in sentence.children(sentence.tokens[verb.head]) if c.dep == "nsubjpass"]
    if not products or any(
        # `has rolled out the first that is to be delivered`: the adjective stands for the thing
        (p.pos not in {"NOUN", "PROPN"} and not (p.pos == "ADJ" and p.lemma.lower() in {"first", "latest"}))
        or p.lemma.lower() in NOUN_TRIGGERS
        or p.lemma.lower() in WEAPONS | _NOT_PRODUCTS | _PEOPLE
        for p in products
    ):
        return False
    # a product's own name makes it one when it is released (`the original iPhone was released`)
    return company or any(
        p.lemma.lower() in _PRODUCTS or (p.dep == "nsubjpass" and (_product_name(p) or _the_name(sentence, p)))
        for p in products
    )


def _product_name(token: Token) -> bool:
    """A name written as products are and people never are: `iPhone`, `iPod`, `eReader`."""
    text = token.text
    return token.pos == "PROPN" and len(text) > 2 and text[0].islower() and any(ch.isupper() for ch in text[1:])


def _the_name(sentence: Sentence, token: Token) -> bool:
    """A name after `the` (`the Shuffle was introduced`): a thing's, as a person's is not; a place
    named so is no product."""
    the = any(c.dep == "det" and c.lemma.lower() == "the" for c in sentence.children(token))
    return token.pos == "PROPN" and the and resolve_place(token.text) is None and country_code(token.text) is None


def _beside_a_number(sentence: Sentence, token: Token) -> bool:
    before = sentence.tokens[token.i - 1] if token.i > 0 else None
    after = sentence.tokens[token.i + 1] if token.i + 1 < len(sentence.tokens) else None
    return any(t is not None and t.pos == "NUM" for t in (before, after))


def _joins_alliance(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """Members admitted to an alliance: `accepted as members`, `become full members of NATO`, `the
    upper house voted in favor of their inclusion`."""
    lemma = verb.lemma.lower()
    if lemma in {"accept", "admit"}:
        return any(c.dep == "prep" and c.lemma.lower() == "as" and _names(sentence, c, _MEMBERSHIP) for c in children)
    if lemma == "become":
        member = any(c.dep == "attr" and c.lemma.lower() == "member" for c in children)
        joiner = _doer(sentence, verb, children)
        # `Dr. Benjamin became a member` of a sorority: a person joins a club, no state an alliance
        person = joiner is not None and (
            joiner.lemma.lower() in {"he", "she", "i", "you"}
            or (joiner.pos == "PROPN" and not _is_state_named(sentence, joiner))
        )
        return member and not person
    if lemma == "vote":  # `in favor of their inclusion`, `for their accession`
        favour = [c for c in children if c.dep == "prep" and c.lemma.lower() in {"in", "for"}]
        return any(t.lemma.lower() in _MEMBERSHIP for c in favour for t in sentence.subtree(c))
    return False


def _in_attack(sentence: Sentence, children: Sequence[Token]) -> bool:
    """`in the blast`, `by shrapnel in the attack`: harm done by a weapon or an attack."""
    words = _EXPLOSIONS | _ATTACK_WORDS | WEAPONS  # through the phrase: `cut on her lip in the blast`
    return any(
        c.dep in {"prep", "agent"} and any(t.lemma.lower() in words for t in sentence.subtree(c)) for c in children
    )


def _found_adrift(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """People found at sea or on a coast: rescued (`he was found ... off the Florida coast`)."""
    people = _has_people(sentence, [verb])
    places = {
        t.lemma.lower()
        for c in children
        if c.dep == "prep" and c.lemma.lower() in {"on", "off", "at", "in"}
        for t in sentence.subtree(c)
    }
    return people and bool(places & _ADRIFT)


def _hazard_subject(sentence: Sentence, token: Token) -> bool:
    """A striking verb the parser took for a noun, with a hazard for its subject (`As the quake hit`)."""
    if token.dep not in {"advcl", "ROOT", "conj", "ccomp", "relcl"}:
        return False
    return any(c.dep == "nsubj" and c.lemma.lower() in HAZARDS for c in sentence.children(token))


def _on_a_sign(sentence: Sentence, verb: Token) -> bool:
    """A participle describing a placard, a banner or a sign (through `or`: `placards supporting X
    or slamming Y`)."""
    while verb.dep == "conj" and verb.head != verb.i:
        verb = sentence.tokens[verb.head]
    return verb.dep == "acl" and sentence.tokens[verb.head].lemma.lower() in _SIGNS


def _company_presents_product(sentence: Sentence, children: Sequence[Token]) -> bool:
    """A company presenting a named product (`the company presented the iPhone`), not someone
    presenting a message or an award."""
    named = any(c.dep == "dobj" and c.pos == "PROPN" for c in children)
    return named and any(c.dep == "nsubj" and c.lemma.lower() in {"company", "firm", "maker"} for c in children)


def _off_the_network(sentence: Sentence, children: Sequence[Token]) -> bool:
    """`82 percent of India's voice traffic capability was out of service`, `routes were off-line`,
    `ISPs that had been knocked off-line`, `the site went offline`: a service cut, told as a state."""
    for c in children:
        lemma = c.lemma.lower()
        if lemma in {"offline", "off-line"}:
            return True
        if lemma == "line" and any(g.lemma.lower() == "off" for g in sentence.children(c)):
            return True  # `off-line`, tokenised `off - line`
        if lemma == "out" and c.dep == "prep":
            of = next((g for g in sentence.children(c) if g.lemma.lower() == "of"), None)
            if of is not None and any(g.dep == "pobj" and g.lemma.lower() == "service" for g in sentence.children(of)):
                return True
    return False


def _outage(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """Power lost, told as a state: `The lights are out`, `the heat is off`, `half a million people
    still don't have power`."""
    lemma = verb.lemma.lower()
    subjects = {c.lemma.lower() for c in children if c.dep == "nsubj"}
    if lemma == "be" and subjects & _POWER:
        return any(c.dep in {"advmod", "acomp", "prt", "prep"} and c.lemma.lower() in {"out", "off"} for c in children)
    if lemma == "be" and subjects & _SERVICES:
        # `the Internet is almost completely down`
        return any(c.dep in {"advmod", "acomp", "prt"} and c.lemma.lower() == "down" for c in children)
    if lemma == "have" and any(c.dep == "neg" for c in children):
        # bare `power`, not `the power to suspend`: authority
        return any(c.dep == "dobj" and c.lemma.lower() in _POWER and not list(sentence.children(c)) for c in children)
    return False


def _announces_figures(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """What is announced is figures: a count that there were (`that there were 3,800 attendees`,
    `that there have been 2 million copies sold`) or a company's results (`earnings`)."""
    for c in children:
        if c.dep in {"dobj", "nsubjpass"} and c.lemma.lower() in _RESULTS | {"earning", "result", "figure"}:
            # `to announce HP's earnings`, `As soon as the results were announced`; not a vote's
            # (`Official election results will be announced`: a declaration to come)
            return not any(g.lemma.lower() in _VOTES for g in sentence.children(c))
        if c.dep == "ccomp" and any(g.dep == "expl" for g in sentence.children(c)):
            return any(
                g.dep == "attr" and any(n.dep == "nummod" for n in sentence.children(g)) for g in sentence.children(c)
            )
    return False


def _announced_release(sentence: Sentence, verb: Token) -> bool:
    """A release told as what an announcement says is to come (`announced that Mac OS X Leopard
    would be released in 2007`): a product's, not a prisoner's."""
    head = sentence.tokens[verb.head]
    future = any(c.dep == "aux" and c.lemma.lower() in {"will", "would"} for c in sentence.children(verb))
    held = _CAPTIVES | _PEOPLE
    released = [c for c in sentence.children(verb) if c.dep == "nsubjpass"]
    things = bool(released) and all(c.lemma.lower() not in held and c.pos != "PRON" for c in released)
    return verb.dep == "ccomp" and future and things and head.lemma.lower() == "announce"


def _out_of_buildings(sentence: Sentence, children: Sequence[Token]) -> bool:
    """`ran out of their homes`, `rushed from their homes`: people leaving where they are in fear."""
    for c in children:
        if c.dep in {"prep", "prt", "advmod"} and c.lemma.lower() in {"out", "from"}:
            places = {t.lemma.lower() for t in sentence.subtree(c) if t.dep == "pobj"}
            if places & (_HOMES | {"building", "office", "school", "hotel"}):
                return True
    return False


def _driven_from_homes(sentence: Sentence, children: Sequence[Token]) -> bool:
    """`hounded from their homes`, `driven out of their villages`: people made to leave where they live."""
    for c in children:
        if c.dep == "prep" and c.lemma.lower() in {"from", "out"}:
            places = {t.lemma.lower() for t in sentence.subtree(c) if t.dep == "pobj"}
            if places & _HOMES:
                return True
    return False


def _of_finances(sentence: Sentence, children: Sequence[Token]) -> bool:
    """A dividend or a payout as what is declared or recommended, or what its object is of (`a
    suspension of dividend payments`)."""
    for c in children:
        if c.dep != "dobj":
            continue
        words = {c.lemma.lower()} | {
            t.lemma.lower() for p in sentence.children(c) if p.dep == "prep" for t in sentence.subtree(p)
        }
        if words & _FINANCIAL:
            return True
    return False


def _out_of_custody(sentence: Sentence, children: Sequence[Token]) -> bool:
    """`released from RCMP custody`, `freed from jail`, `released on bail`, `released without
    charge`, released in a sentence of an arrest or a booking: let out by the police or a court, not
    prisoners handed back by a party to a war."""
    for c in children:
        if c.dep != "prep":
            continue
        words = {g.lemma.lower() for g in sentence.subtree(c)}
        preposition = c.lemma.lower()
        if (preposition == "from" and words & _CUSTODY) or (preposition == "on" and words & _RELEASED_ON):
            return True
        if preposition in {"into", "to"} and "custody" in words:
            return True  # `released into the custody of relatives`
        if preposition == "without" and words & {"charge", "bail"}:
            return True
    if _findings_of_a_test(sentence, children):
        return False  # `Results from a test administered when Williams was arrested were released`
    released = next((c for c in children if c.dep == "nsubjpass"), None)
    if released is not None and released.text.lower() in {"he", "she"} and not any(c.dep == "agent" for c in children):
        return True  # `When she was released in 1992`: a person let out, no party to a war handing anyone back
    # `arrested him ... and booked him before releasing him`: a release told with the arrest (or
    # with the prison or the term: `went back to prison for 2-1/2 years and was recently released`,
    # `was serving a 12-year sentence ... and was due to be released in June 2010`)
    return bool({t.lemma.lower() for t in sentence.tokens} & {"arrest", "book", "prison", "jail", "sentence"})


# What is tested or examined for findings (`Results from a blood-alcohol test`, `the autopsy report`).
_TESTS = frozenset(["test", "autopsy", "examination", "ballistics", "toxicology", "analysis", "post-mortem"])


def _findings_of_a_test(sentence: Sentence, children: Sequence[Token]) -> bool:
    """The results or report of a test or an examination as what is released or made public: findings,
    not a company's results."""
    # (or a test named earlier in the sentence: `He was given a blood alcohol test but the results
    # have not been revealed`)
    tested = any(t.lemma.lower() in _TESTS for t in sentence.tokens)
    return any(
        c.dep in {"dobj", "nsubjpass"}
        and c.lemma.lower() in {"result", "report", "finding"}
        and ({g.lemma.lower() for g in sentence.subtree(c)} & _TESTS or (tested and c.lemma.lower() == "result"))
        for c in children
    )


def _gathers_its_noun(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """`the evidence we have gathered`: a relative clause with a subject of its own gathers the noun it
    describes, which is no crowd unless it is people (in `the people who gathered` the subject is the
    relative pronoun: the people gathered)."""
    if verb.dep != "relcl" or not any(c.dep == "nsubj" and c.tag not in {"WP", "WDT"} for c in children):
        return False
    if any(c.tag == "WRB" for c in children):
        return False  # `where demonstrators have gathered`: the place where, not what was gathered
    described = sentence.tokens[verb.head]
    return described.pos != "PROPN" and described.lemma.lower() not in _PEOPLE


def _results_told(sentence: Sentence, children: Sequence[Token]) -> bool:
    """A company's results told (`that it saw a 45% drop in United States vehicle sales`): business,
    no event, as a dividend declared."""
    told = [t for c in children if c.dep == "ccomp" for t in sentence.subtree(c)]
    # `announced an eighteen percent drop in profits`: the results as the thing announced
    told += [t for c in children if c.dep == "dobj" and c.lemma.lower() in _CHANGES for t in sentence.subtree(c)]
    # `sales` as written: a price cut of a phone `on sale` is news, not results
    if any(t.text.lower() in _RESULTS or t.lemma.lower() in _RESULTS - {"sales"} for t in told):
        return True
    # `has announced that it lost US$ 2.24 billion in the third quarter`, `announcing a $14.6 billion
    # annual loss`: a loss in money is results
    if any(t.lemma.lower() == "loss" for t in told) and any(t.lemma.lower() in _MONEY for t in told):
        return True
    return any(
        t.lemma.lower() == "lose" and any(g.dep == "dobj" and g.lemma.lower() in _MONEY for g in sentence.children(t))
        for t in told
    )


def _names_a_thing(sentence: Sentence, noun: Token) -> bool:
    """Whether a noun before another (through a run of them) names what kind of thing that one is,
    and that one is no event (`tsunami warning system`), rather than an event told by it (`curfew
    order`, `protest march`)."""
    head = sentence.tokens[noun.head]
    for _ in range(4):
        if head.dep != "compound" or head.head == head.i:
            break
        head = sentence.tokens[head.head]
    lemma = head.lemma.lower()
    return head.pos == "NOUN" and lemma not in NOUN_TRIGGERS and lemma not in _EVENT_WORK | {"order", "measure"}


def _in_talks(sentence: Sentence, noun: Token) -> bool:
    """`are in talks`, `is in advanced discussions`: talks going on, as one is held in custody."""
    into = sentence.tokens[noun.head]
    being = sentence.tokens[into.head]
    return into.lemma.lower() == "in" and into.head != into.i and being.lemma.lower() == "be"


def _time_inside(sentence: Sentence, children: Sequence[Token]) -> bool:
    """`served 41 months in federal prison`, `served time in jail`: a term told by its length and where
    or what for."""
    length = any(c.dep == "dobj" and c.lemma.lower() in _TERMS_SERVED for c in children)
    inside = any(
        c.dep == "prep"
        and c.lemma.lower() in {"in", "behind"}
        and any(g.dep == "pobj" and g.lemma.lower() in _PRISONS for g in sentence.children(c))
        for c in children
    )
    # `after serving more than four years for his role in the Watergate scandal`: a term for a crime
    # (`for fraud` may hang on the length: `served two years for fraud`)
    lengths = [g for c in children if c.dep == "dobj" for g in sentence.children(c)]
    for_a_crime = any(
        c.dep == "prep"
        and c.lemma.lower() == "for"
        and any(g.dep == "pobj" and g.lemma.lower() in _SERVED_FOR for g in sentence.children(c))
        for c in [*children, *lengths]
    )
    # `served 9 months of a 2-1/2 year sentence`: a part of a term
    of_a_term = any(
        p.dep == "prep" and p.lemma.lower() == "of" and _names(sentence, p, {"sentence", "term"}) for p in lengths
    )
    return length and (inside or for_a_crime or of_a_term)


_SERVED_FOR = frozenset({"role", "part", "conviction", "crime", "murder", "fraud", "manslaughter", "robbery", "theft"})
_TERMS_SERVED = frozenset({"time", "day", "week", "month", "year", "decade", "life"})
_PRISONS = frozenset({"prison", "jail", "gaol", "penitentiary", "custody", "detention", "bar"})


def _named_owner(sentence: Sentence, kin: Token) -> bool:
    """`met with Horton's family`, `visited the victim's relatives`: someone else's family, met
    by the one who calls on it (not `visiting her family`, a call of one's own)."""
    return any(c.dep == "poss" and c.pos in {"PROPN", "NOUN"} for c in sentence.children(kin))


# Bodies whose members meet as one (`The Federal Reserve met this week`).
_SITTING_BODIES = frozenset(
    ["board", "committee", "council", "cabinet", "commission", "panel", "parliament", "reserve", "fed", "assembly"]
)


def _met_together(sentence: Sentence, children: Sequence[Token]) -> bool:
    """`The G7 nations had met`, `the two leaders met on Sunday`: parties meeting one another, with
    no one met named after the verb (`met with Putin` is read from event_verbs.tsv)."""
    if any(c.dep in {"dobj", "nsubjpass"} or (c.dep == "prep" and c.lemma.lower() == "with") for c in children):
        return False  # `met the standard`, `needs were met`, `met with Putin`
    subject = next((c for c in children if c.dep == "nsubj"), None)
    if subject is not None and subject.lemma.lower() in {"they", "we"}:
        return True  # `even though they met privately`: a plural pronoun stands for the parties
    if subject is not None and subject.lemma.lower() in _SITTING_BODIES:
        return True  # `The Federal Reserve met this week`, `the board met on Tuesday`: its members in session
    if subject is None or not (
        subject.tag in {"NNS", "NNPS"} or any(c.dep == "conj" for c in sentence.children(subject))
    ):
        return False
    # parties that can meet (`the G7 nations`, `the two leaders`), not `where two plates meet`
    words = {t.lemma.lower() for t in sentence.subtree(subject)}
    return subject.pos == "PROPN" or bool(words & (_PEOPLE | _PARTIES))


def _aircraft_down(sentence: Sentence, children: Sequence[Token]) -> bool:
    """`the plane went down`, `TWA Flight eight hundred went down`: a crash."""
    down = any(c.dep in {"prt", "advmod"} and c.lemma.lower() == "down" for c in children)
    subject = next((c for c in children if c.dep == "nsubj"), None)
    return down and subject is not None and subject.lemma.lower() in _AIRCRAFT


def _population_on_the_move(sentence: Sentence, verb: Token) -> bool:
    """`As many as 55,000 civilians ... are said to be moving southwards`, `Some of these people are
    heading to Chali`: a population displaced, told by where it goes (not `the market moved`)."""
    subject = next((c for c in sentence.children(verb) if c.dep in {"nsubj", "nsubjpass"}), None)
    holder = verb
    while subject is None and holder.dep == "xcomp" and holder.head != holder.i:
        holder = sentence.tokens[holder.head]  # `are said to be moving`
        subject = next((c for c in sentence.children(holder) if c.dep in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return False
    words = {t.lemma.lower() for t in sentence.subtree(subject)}
    going = any(
        (c.dep == "prep" and c.lemma.lower() in {"to", "into", "towards", "toward", "across"})
        or (c.dep in {"advmod", "dobj", "npadvmod"} and c.text.lower().endswith(("ward", "wards")))
        for c in sentence.children(verb)
    )
    return going and bool(words & (_POPULATIONS - {"thousand"} | {"refugee", "civilian", "migrant", "villager"}))


def _product_subject(sentence: Sentence, adjective: Token) -> bool:
    """`the new Curve will be available`, `The Q10 will be available very soon`: a product named or
    called one, to be released to the public (a release to come), not `tickets are available`."""
    verb = sentence.tokens[adjective.head]
    to_come = any(c.dep == "aux" and c.lemma.lower() in {"will", "would", "shall"} for c in sentence.children(verb))
    if verb.dep == "xcomp" and verb.head != verb.i:  # `is anticipated to be available`
        verb = sentence.tokens[verb.head]
        to_come = to_come or verb.lemma.lower() in {"expect", "anticipate", "set", "schedule", "plan", "due"}
    if not to_come:
        return False  # `The entire notebook lineup is available for purchase today`: on sale, no release told
    on_demand = any(
        c.dep == "prep" and c.lemma.lower() == "on" and any(g.lemma.lower() == "demand" for g in sentence.children(c))
        for c in [*sentence.children(adjective), *sentence.children(verb)]
    )
    if on_demand:
        return False  # `The Webcast will be available on demand after that`: how it can be watched again
    subject = next((c for c in sentence.children(verb) if c.dep in {"nsubj", "nsubjpass"}), None)
    if subject is not None and subject.tag == "WDT" and verb.dep == "relcl":
        subject = sentence.tokens[verb.head]  # `the Motorola ROKR E1, which will be available`
    if subject is None:
        return False
    words = {t.lemma.lower() for t in sentence.subtree(subject) if t.i < verb.i or subject.i == verb.i}
    if subject.dep == "appos":  # `a cell phone, the Motorola ROKR E1`
        words.add(sentence.tokens[subject.head].lemma.lower())
    return subject.pos == "PROPN" or bool(words & (_PRODUCTS | _CONTENT))


def _pleased_with_help(sentence: Sentence, adjective: Token) -> bool:
    """`satisfied with the close and effective cooperation`, `grateful for the help`: praise of what
    others did, not `satisfied with the results`."""
    return any(
        (c.dep == "prep" and c.lemma.lower() in {"with", "by", "for"} and _names(sentence, c, _HELPING))
        # `grateful to the emergency services for their quick response`: thanks to those who helped
        or (c.dep == "prep" and c.lemma.lower() == "to" and _names(sentence, c, _RESPONDERS))
        # `incredibly grateful to President Obama, Secretary Locke and Secretary Salazar for their
        # leadership`: thanks to people named
        or (
            adjective.lemma.lower() in {"grateful", "thankful"}
            and c.dep == "prep"
            and c.lemma.lower() == "to"
            and _names_someone(sentence, c)
        )
        for c in sentence.children(adjective)
    )


def _pleased_that_others_did(sentence: Sentence, adjective: Token) -> bool:
    """`We are gratified Secretary Salazar and Secretary Locke acted to restore the act`: pleasure
    at what someone named did, a clause of its own with a name for its subject (read as the
    adjective's clause or one joined to its verb)."""
    holder = sentence.tokens[adjective.head]
    clauses = [c for c in sentence.children(adjective) if c.dep == "ccomp"]
    clauses += [c for c in sentence.children(holder) if c.dep in {"ccomp", "conj"} and c.pos == "VERB"]
    # (or a third person: `we are grateful that she is continuing to dedicate her knowledge`; or
    # what was done to someone named: `is delighted that Dr. Regina Benjamin has been nominated`)
    return any(
        (
            (
                g.dep == "nsubj"
                and (g.pos == "PROPN" or (g.pos == "PRON" and g.lemma.lower() in {"she", "he", "they"} and _acts(c)))
            )
            or (g.dep == "nsubjpass" and g.pos == "PROPN" and c.dep == "ccomp")
        )
        and g.i > adjective.i
        for c in clauses
        for g in sentence.children(c)
    )


def _pleased_at_someone(sentence: Sentence, adjective: Token, prepositions: tuple[str, ...] = ("of",)) -> bool:
    """Pride or pleasure in someone named (`The AMA is immensely proud of Dr. Benjamin's
    accomplishments`, `We are particularly gratified to see her recognized`, `impressed with Dr.
    Benjamin's background`): praise. Not pride in a thing (`proud of the results`) nor in oneself
    (`proud of our work`)."""
    someone = {"she", "he", "they", "her", "him", "them", "his", "their"}

    def names_someone(token: Token) -> bool:
        return token.pos == "PROPN" or token.lemma.lower() in someone or token.text.lower() in someone

    of = [
        g
        for c in sentence.children(adjective)
        if c.dep in {"prep", "agent"} and c.lemma.lower() in prepositions
        for g in sentence.children(c)
    ]
    if any(
        g.dep == "pobj"
        and (names_someone(g) or any(p.dep == "poss" and names_someone(p) for p in sentence.children(g)))
        for g in of
    ):
        return True
    seen = [c for c in sentence.children(adjective) if c.dep == "xcomp" and c.lemma.lower() == "see"]
    return any(
        names_someone(s)
        for c in seen
        for g in sentence.children(c)
        if g.dep in {"ccomp", "dobj"}
        for s in (g, *sentence.children(g))
        if s.dep in {"nsubj", "dobj"}
    )


def _acts(verb: Token) -> bool:
    """A verb of doing, not of feeling or thinking (`she is continuing`, not `he feels positively`)."""
    return verb.lemma.lower() not in {"feel", "think", "believe", "be", "seem", "know", "like", "want", "see", "say"}


def _rule_changed(sentence: Sentence, children: Sequence[Token]) -> bool:
    """A passive verb whose subject is a rule or a change to one (`The change to the ESA was made
    ... by the Bush administration`), not any change made (`changes were made to the schedule`)."""
    if not any(c.dep == "auxpass" for c in children):
        return False
    for subject in (c for c in children if c.dep == "nsubjpass"):
        if subject.lemma.lower() in _LAWS:
            return True
        to_law = [g for c in sentence.children(subject) if c.lemma.lower() == "to" for g in sentence.children(c)]
        if subject.lemma.lower() == "change" and any(g.lemma.lower() in _LAWS or g.pos == "PROPN" for g in to_law):
            return True
    return False


def _projectile_subject(sentence: Sentence, children: Sequence[Token]) -> bool:
    """`That shot missed`, `the bullets missed him`: what was fired is the subject."""
    return any(c.dep == "nsubj" and c.lemma.lower() in _PROJECTILES for c in children)


_PROJECTILES = frozenset(["shot", "bullet", "round", "shell", "missile", "rocket", "grenade", "arrow"])
_RESPONDERS = frozenset(["service", "police", "firefighter", "crew", "rescuer", "volunteer", "responder", "officer"])


def _a_person_s(sentence: Sentence, body: Token) -> bool:
    """A body that is someone's (`the man's body`, `the body of a girl`), not `a body of work`."""
    of = [
        g for c in sentence.children(body) if c.dep == "prep" and c.lemma.lower() == "of" for g in sentence.children(c)
    ]
    return not of or any(g.pos == "PROPN" or g.lemma.lower() in _PEOPLE | _FALLERS for g in of)


def _calls_on_to(sentence: Sentence, children: Sequence[Token]) -> bool:
    """`called on all states to cooperate`: a call on someone to do something (a visit is `called on
    the president`); `on` read as a particle too (`I'm calling on women to speak up`)."""
    on = [c for c in children if c.dep in {"prep", "prt"} and c.lemma.lower() == "on"]
    if not on:
        return False
    asked = [g for c in on for g in sentence.children(c)]
    return any(c.dep in {"xcomp", "ccomp"} for c in children) or any(
        g.dep in {"xcomp", "acl"} for a in asked for g in sentence.children(a)
    )


def _asks_for(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """`asked for a list of the priorities`, `asking them to tell Bush`, `asked that a decision be
    made`: someone asking others for something or to do something; not `when asked for comment`
    (the reporter's question) nor one who is asked."""
    perfect = any(c.dep == "aux" and c.lemma.lower() == "have" for c in children)  # `I have asked Tim Cook to`
    if _appeal_made_to(sentence, verb, children):
        return True
    if any(c.dep in {"auxpass", "nsubjpass"} for c in children) or (verb.tag == "VBN" and not perfect):
        return False
    wanted = [g for c in children if c.dep == "prep" and c.lemma.lower() == "for" for g in sentence.children(c)]
    if any(g.dep == "pobj" and g.lemma.lower() not in _ASKED_OF_REPORTERS for g in wanted):
        return True
    # `asking them to tell Bush that ...`: someone asked to do something, not to comment
    asked = any(c.dep == "dobj" and (c.pos in {"PRON", "PROPN"} or c.lemma.lower() in _PEOPLE) for c in children)
    if asked and any(
        c.dep == "xcomp" and (c.lemma.lower() not in _ASKED_OF_REPORTERS or _by_a_day(sentence, c)) for c in children
    ):
        return True  # and `asked it to respond by Oct. 31`: a deadline makes a reply a demand
    # `asked anyone with information to call`: the infinitive the parser hangs on the phrase between
    misread = [t for c in children if c.dep == "prep" for t in sentence.subtree(c) if t.dep == "acl"]
    if asked and any(to_infinitive(sentence, t) and t.lemma.lower() not in _ASKED_OF_REPORTERS for t in misread):
        return True
    # `Airbus has asked that a decision be made`: something asked to be done, not `asked whether`
    return any(
        c.dep == "ccomp" and any(g.dep == "mark" and g.text.lower() == "that" for g in sentence.children(c))
        for c in children
    )


def _appeal_made_to(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """`People are asked to avoid the area`, `Anyone with information is asked to call police`: an
    appeal made to people, in a clause of its own (not `when asked to comment`, a reporter's question)."""
    asked = any(c.dep == "nsubjpass" for c in children) and any(c.dep == "auxpass" for c in children)
    return (
        asked
        and verb.dep in {"ROOT", "conj", "ccomp"}
        and any(c.dep == "xcomp" and c.lemma.lower() not in _ASKED_OF_REPORTERS for c in children)
    )


def _by_a_day(sentence: Sentence, verb: Token) -> bool:
    """A deadline on what is to be done: `by Oct. 31`, `by Friday`."""
    return any(
        c.dep == "prep"
        and c.lemma.lower() == "by"
        and any(g.dep == "pobj" and g.text.lower().rstrip(".") in TIME_WORDS for g in sentence.children(c))
        for c in sentence.children(verb)
    )


def _legal_appeal(children: Sequence[Token]) -> bool:
    """An appeal to a higher court (`they plan to appeal`, `appealed the verdict`), not an appeal to
    someone or for something (`appealed for calm`, `appealed to voters`)."""
    if any(c.dep == "prep" and c.lemma.lower() in {"to", "for"} for c in children):
        return False
    objects = [c for c in children if c.dep == "dobj"]
    return all(c.lemma.lower() in _LEGAL_APPEALS for c in objects)


def _says_that(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """A person or a body making known a finding or a ruling (`Castro revealed that`, `The INS
    decided that`, `it's been revealed that`, `He took six months off, later revealing he had
    undergone a transplant`), not a document showing something (`the autopsy revealed`) nor a
    choice to act (`decided to leave`)."""
    subject = next((c for c in children if c.dep == "nsubj"), None)
    if subject is None and verb.dep == "conj" and verb.head != verb.i:  # `wouldn't comment ... but confirmed`
        subject = next((c for c in sentence.children(sentence.tokens[verb.head]) if c.dep == "nsubj"), None)
    if subject is None and verb.dep == "advcl" and verb.tag == "VBG":  # the participle's subject is its clause's
        clause = sentence.tokens[verb.head]
        subject = _doer(sentence, clause, list(sentence.children(clause)))
    made_known = any(c.dep == "nsubjpass" and c.lemma.lower() == "it" for c in children)
    if not made_known and (subject is None or not (subject.pos in {"PROPN", "PRON"} or subject.text.isupper())):
        return False
    return any(
        c.dep == "ccomp" and any(g.dep in {"nsubj", "nsubjpass", "expl"} for g in sentence.children(c))
        for c in children
    )


def _clause_tells_event(sentence: Sentence, children: Sequence[Token]) -> bool:
    """Whether the clause confirmed tells an event of its own (`confirmed that three people died`:
    the deaths are the news, told once), rather than only a fact (`that there was a glitch`)."""
    clauses = [c for c in children if c.dep == "ccomp"]
    return any(_trigger_type(sentence, t) is not None for c in clauses for t in sentence.subtree(c))


def _required_of_someone(sentence: Sentence, children: Sequence[Token]) -> bool:
    """Someone told by a body or a person to act (`Congress required them to produce viability
    plans`), not what a law or a rule requires (`The law requires companies to report`)."""
    asker = next((c for c in children if c.dep == "nsubj"), None)
    told = any(c.dep == "dobj" for c in children)
    act = any(c.dep in {"xcomp", "ccomp"} and to_infinitive(sentence, c) for c in children)
    if asker is None or not told or not act or asker.lemma.lower() in _RULES | {"act", "constitution", "treaty"}:
        return False
    return asker.pos == "PROPN" or asker.lemma.lower() in _PEOPLE or asker.text.lower() in {"he", "she", "they", "we"}


def _shown_of(sentence: Sentence, children: Sequence[Token]) -> set[str]:
    """What the object is a show, sign or expression of (`offered a show of remorse`)."""
    return {
        g.lemma.lower()
        for c in children
        if c.dep == "dobj" and c.lemma.lower() in {"show", "sign", "expression"}
        for p in sentence.children(c)
        if p.lemma.lower() == "of"
        for g in sentence.children(p)
    }


def _post_offered(sentence: Sentence, children: Sequence[Token]) -> bool:
    """Someone asked to be, or to serve as, what a post is (`asked Gupta to be Surgeon General`)."""
    for c in children:
        if c.dep != "xcomp" or c.lemma.lower() not in {"be", "serve", "become"}:
            continue
        roles = [g for g in sentence.children(c) if g.dep == "attr"]
        roles += [g for p in sentence.children(c) if p.lemma.lower() == "as" for g in sentence.children(p)]
        if any(r.lemma.lower() in _ROLES for r in roles):
            return True
    return False


def _turned_down(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """A person or what they ask for turned down (`was turned down`, `turned down the offer`): a
    rejection, not a volume or the heat."""
    passive = any(c.dep == "auxpass" for c in children) and not any(c.dep == "nsubjpass" for c in children)
    if passive and verb.dep == "conj" and verb.head != verb.i:
        # `she wanted to serve as a missionary but was turned down`: the subject the two verbs share
        children = [*children, *(c for c in sentence.children(sentence.tokens[verb.head]) if c.dep == "nsubj")]
    for c in children:
        if c.dep == "nsubj" and passive and (c.tag == "PRP" or c.pos == "PROPN" or c.lemma.lower() in _PEOPLE):
            return True
        if c.dep == "nsubjpass" and (c.tag == "PRP" or c.pos == "PROPN" or c.lemma.lower() in _PEOPLE):
            return True
        if c.dep in {"dobj", "nsubjpass"} and c.lemma.lower() in _ASKED_FOR:
            return True
        if (
            c.dep == "dobj"
            and c.lemma.lower() == "it"
            and any(t.lemma.lower() in _ASKED_FOR and t.pos == "NOUN" for t in sentence.tokens[: verb.i])
        ):
            return True  # `mulled the offer for a while, but eventually turned it down`
    return False


# What someone asks for that can be turned down (`turned down the offer`).
_ASKED_FOR = frozenset(
    ["offer", "request", "bid", "application", "invitation", "appeal", "plea", "proposal", "job", "demand"]
)


def _none_for_years(sentence: Sentence, verb: Token) -> bool:
    """A verb negated over a span of years (`has not been hit by a quake in more than 25 years`):
    how long none has happened, no event."""
    children = list(sentence.children(verb))
    if not any(c.dep == "neg" for c in children):
        return False
    return any(
        c.dep == "prep"
        and c.lemma.lower() in {"in", "for"}
        and any(
            g.dep == "pobj"
            and g.lemma.lower() in {"year", "decade", "century"}
            and any(n.dep in {"nummod", "amod"} for n in sentence.children(g))
            for g in sentence.children(c)
        )
        for c in children
    )


# Faiths one turns to (`turning to Christianity`): no one consulted.
_FAITHS = frozenset(["christianity", "islam", "judaism", "buddhism", "hinduism", "god", "religion", "faith", "jesus"])


def _faith(sentence: Sentence, preposition: Token) -> bool:
    return any(
        g.dep == "pobj" and (g.lemma.lower() in _FAITHS or g.lemma.lower().endswith("ism"))
        for g in sentence.children(preposition)
    )


# What one may want others to do that is no act they are asked for (`She wanted her fans to
# remember her as she was`): a wish about what they think or feel.
_MINDS = frozenset(["remember", "know", "understand", "think", "believe", "feel", "realize", "realise", "see"])


def _wants_others_to(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """`EADS wants this cost to be shouldered by the customer nations`, `wants the talks to resume`:
    a demand that others act, the wanted clause with a subject of its own; not `wants to buy` (the
    wanter's own aim), `I want it to be clear` in words of one's own, nor a wish told in what
    someone said (`said in a letter that he wants Cuban diplomats to meet with his son`)."""
    wanter = next((c for c in children if c.dep == "nsubj"), None)
    if wanter is None or wanter.text.lower() in {"i", "we", "you"}:
        return False
    said = verb
    while said.dep == "conj" and said.head != said.i:
        said = sentence.tokens[said.head]  # `wrote that Ross hadn't stepped away, and that Lionsgate wanted`
    if said.dep == "ccomp" and sentence.tokens[said.head].lemma.lower() in {"say", "tell", "write", "add", "state"}:
        return False
    return any(
        c.dep in {"ccomp", "xcomp"}
        # `wants this cost to be shouldered`, or a participle: `wants the remains tested for DNA`
        and (c.tag == "VBN" or to_infinitive(sentence, c))
        and any(g.dep in {"nsubj", "nsubjpass"} and g.text.lower() != "it" for g in sentence.children(c))
        and c.lemma.lower() not in _MINDS
        for c in children
    )


def _named_to(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """A person named to a role (`Peter Capaldi has been named the new Doctor`, `named Mary Barra as
    its new chief executive`, `was made a brigadier general`, `who was appointed by the
    government`), not a show or a company given a name, nor men named in a bulletin or as suspects."""
    relative = verb.dep == "relcl" and sentence.tokens[verb.head].pos == "PROPN"  # `Akerson, who was appointed`
    person = next((c for c in children if c.dep in {"nsubjpass", "dobj"}), None)
    # `A special prosecutor, Terry Robertson, was appointed`: a role with the name beside it
    named = (
        verb.lemma.lower() == "appoint"
        and person is not None
        and any(c.dep == "appos" and c.pos == "PROPN" for c in sentence.children(person))
    )
    if person is None or not (
        person.pos == "PROPN" or person.lemma.lower() in {"he", "she", "him", "her"} or relative or named
    ):
        return False
    roles = [c for c in children if c.dep in {"oprd", "attr"}] + [
        g for c in children if c.dep == "prep" and c.lemma.lower() == "as" for g in sentence.children(c)
    ]
    # `has been nominated to serve as our nation's next U. S. Surgeon General`
    serving = [c for c in children if c.dep in {"xcomp", "advcl"} and c.lemma.lower() == "serve"]
    roles += [g for c in serving for p in sentence.children(c) if p.lemma.lower() == "as" for g in sentence.children(p)]
    if verb.lemma.lower() == "nominate":  # `nominated her for U. S. Surgeon General`: a post
        # (not a candidate put up for an election: `poised to nominate him for president`)
        roles += [
            g
            for c in children
            if c.dep == "prep" and c.lemma.lower() == "for"
            for g in sentence.children(c)
            if g.lemma.lower() not in _ELECTED_OFFICES
        ]
    if any(r.lemma.lower() in _TEAM_POSTS for r in roles):
        return False  # `Tony DiLeo was named interim coach`: a team's hiring, sport
    if any(_an_honour(sentence, r) for r in roles):
        return False  # `was also named "Miss Pinup Girl of the World"`, `Player of the Year`: an award, no post
    if verb.lemma.lower() == "appoint":
        return True  # its object is always someone put in a post
    if verb.lemma.lower() in {"make", "nominate", "promote", "pick", "select", "choose"}:
        # `was made a brigadier general`, not `made a mistake`; `was picked as a NASA astronaut`, not
        # `Paris was chosen as the host`
        return any(r.lemma.lower() in _ROLES for r in roles)
    return any(r.pos == "PROPN" or r.lemma.lower() in _ROLES or r.dep in {"oprd", "attr"} for r in roles)


# Offices a party nominates a candidate for, to be elected: a nomination for one is no appointment.
_ELECTED_OFFICES = frozenset(["president", "vice", "governor", "mayor", "senator", "senate", "congress", "office"])


def _an_honour(sentence: Sentence, role: Token) -> bool:
    """A title given as an award: `Miss ...`, `... of the Year`, `... of the Month`, `of the World`."""
    words = {t.lemma.lower() for t in sentence.subtree(role)}
    return "miss" in words or bool(words & {"year", "month", "world", "week"} and "of" in words)


# A team's posts, filled as sport is played: a hiring, no appointment announced.
_TEAM_POSTS = frozenset({"coach", "quarterback", "pitcher", "goalkeeper"})


def _patients_of(children: Sequence[Token]) -> set[str]:
    """The lemmas of what a verb acts on: its object, or its subject in the passive."""
    return {c.lemma.lower() for c in children if c.dep in {"dobj", "nsubjpass"}}


def _by_a_ruling_body(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """Done by those who rule on deals (regulators, a government, a court, a state), not by the
    parties to them (`Shareholders approved the merger`: the company's business)."""
    doer = _doer(sentence, verb, children)
    return doer is not None and (doer.lemma.lower() in _RULING_BODIES or _is_state(doer))


def _arson_by_no_crowd(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """A building torched by no one named, in a sentence that tells no crowd, riot or protest: a fire
    set (`other`), where `rioters torched cars` is the riot."""
    if _doer(sentence, verb, children) is not None:
        return False
    return not any(
        t.lemma.lower() in _PROTESTERS
        or VERB_TRIGGERS.get(t.lemma.lower()) in _CROWD_TYPES
        or NOUN_TRIGGERS.get(t.lemma.lower()) in _CROWD_TYPES
        for t in sentence.tokens
        if t.i != verb.i
    )


# Who holds an office that decides for a state (`President Bush`, `Gov. Palin`).
_OFFICES = frozenset({"president", "governor", "gov.", "premier", "chancellor", "mayor", "king", "queen"})
_GOVERNING_BODIES = frozenset({"government", "cabinet", "parliament", "congress", "senate", "ministry", "legislature"})


def _by_an_office(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """Done by a governing body or by one named by the office that decides for a state (`President
    Bush has approved duty-free treatment`): a decision, not a company's, a bank's or a person's
    consent (a judge's approval is a ruling the court rules find)."""
    doer = _doer(sentence, verb, children)
    if doer is None:
        return False
    titled = doer.lemma.lower() in _OFFICES or any(
        c.dep == "compound" and c.lemma.lower() in _OFFICES for c in sentence.children(doer)
    )
    return titled or doer.lemma.lower() in _GOVERNING_BODIES


def _case_to_court(sentence: Sentence, children: Sequence[Token]) -> bool:
    """A case brought or taken to a court or a judicial body (`brought the case to the United
    Nations' highest judicial body`), not `in this case`."""
    if "case" not in _patients_of(children):
        return False
    return any(
        c.dep == "prep" and c.lemma.lower() in {"to", "before"} and _names(sentence, c, _JUDICIAL_BODIES)
        for c in children
    )


def _product_to_come(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """A company that will offer, carry or sell a product (`T-Mobile will be offering the
    BlackBerry Curve 8900 this February`): a release to come; one it sells now is business."""
    future = any(c.dep == "aux" and c.lemma.lower() in {"will", "shall"} for c in children)
    going = verb.dep == "xcomp" and sentence.tokens[verb.head].lemma.lower() in {"go", "plan", "expect"}
    # with the time it comes (`this February`, `next month`): what a company will sell for the
    # foreseeable future is its business, no release
    dated = any(
        (t.text[:1].isupper() and t.text.lower() in MONTHS) or t.lemma.lower() in {"month", "week"}
        for t in sentence.subtree(verb)
    )
    products = [c for c in children if c.dep == "dobj"]  # active: a company offers; `will have been sold` is sales
    if not (future or going) or not dated or not any(p.lemma.lower() in _PRODUCTS for p in products):
        return False
    return _product_launched(sentence, verb, children)


def _objection(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """A party challenging a decision, a move or its terms (`we're challenging it on the ground
    that`), not a person challenged to do something nor a task that challenges someone."""
    doer = _doer(sentence, verb, children)
    if doer is None or not (doer.pos in {"PRON", "PROPN"} or doer.lemma.lower() in _PEOPLE | _PARTIES):
        return False
    if any(c.dep == "prep" and _names(sentence, c, _LEGAL_VENUES) for c in children):
        return False  # `challenged the award in a formal protest before the GAO`, `in court`: a legal challenge
    # the object, or a noun the parser left beside the verb (`challenged, very strongly, the terms`)
    objects = [c for c in children if c.dep == "dobj" or (c.dep == "npadvmod" and c.lemma.lower() not in _TIME_WORDS)]
    return bool(objects) and not any(
        o.lemma.lower() in _PEOPLE or o.lemma.lower() in {"he", "she", "him", "her", "them", "you"} for o in objects
    )


def _given_treatment(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """People given or receiving treatment for harm done to them (`were given treatment for
    wounds`), or beside others treated or hospitalised for it (`50 were hospitalised for broken
    bones while 300 others were given outpatient treatment`); not a treatment for an illness."""
    if not any(c.dep == "dobj" and c.lemma.lower() == "treatment" for c in children):
        return False
    if _treated_for_harm(sentence, children):
        return True
    beside = sentence.tokens[verb.head]
    return (
        verb.dep in {"advcl", "conj"}
        and beside.lemma.lower() in {"treat", "hospitalize", "hospitalise"}
        and _treated_for_harm(sentence, list(sentence.children(beside)))
    )


def _commercial_deal(sentence: Sentence, token: Token) -> bool:
    """A deal of trade between companies (`an agreement to acquire SeaMicro`, `a merger
    agreement`): no agreement of the kind PLOVER codes, so the announcement of it is the event."""
    if token.lemma.lower() not in {"agreement", "deal", "accord", "contract"}:
        return False
    if token.lemma.lower() == "contract":
        return True  # `signed a three-year, $31.5-million contract with the Philadelphia Phillies`: hired, paid
    terms = [t for t in sentence.subtree(token) if t.i < token.i]
    if any(t.text.startswith("$") or t.lemma.lower() in {"million", "billion"} for t in terms):
        return True  # `agreed to a seven-year, $161-million deal with the Yankees`: a price, business
    approver = _agent_of(sentence, sentence.tokens[token.head]) if token.dep == "nsubjpass" else None
    if approver is not None and approver.lemma.lower() in _BOARDS:
        return True  # `The deal was approved unanimously by China Eastern's board of directors`: business
    for c in sentence.children(token):
        if c.dep in {"acl", "relcl"} and c.lemma.lower() in _DEALING:
            return True
        if c.dep == "relcl" and any(t.lemma.lower() in _ON_SALE for t in sentence.subtree(c)):
            return True  # `a deal in which episodes ... will be available ... for $1.99`: things sold
        if c.dep in {"compound", "nmod"} and c.lemma.lower() in _DEALS:
            return True
        if c.dep == "prep" and c.lemma.lower() in {"on", "for"} and _names(sentence, c, _DEALS | {"deal"}):
            return True  # `has reached no agreement on any deals` (sales of units to buyers)
    return False


def _missiles_thrown(sentence: Sentence, children: Sequence[Token], patients: set[str]) -> bool:
    """What is thrown is weapons or missiles, or volleys of them (`hurled volleys of petrol bombs`)."""
    thrown = patients | {
        g.lemma.lower()
        for c in children
        if c.dep == "dobj" and c.lemma.lower() in {"volley", "hail", "barrage", "shower"}
        for p in sentence.children(c)
        if p.lemma.lower() == "of"
        for g in sentence.children(p)
    }
    return bool(thrown & (WEAPONS | _THROWN))


def _at_a_site(sentence: Sentence, children: Sequence[Token]) -> bool:
    """Brought or laid at a site of mourning (`brought candles to the site`)."""
    return any(
        c.dep in {"prep", "dative"}
        and c.lemma.lower() in {"to", "at", "outside"}
        and _names(sentence, c, _SITES_OF_MOURNING)
        for c in children
    )


# What a party is called when accused of a wrong (`called the cuts "savage attacks on workers' rights"`).
_WRONGS_CALLED = frozenset(["attack", "assault", "crime", "betrayal", "theft", "robbery", "outrage", "massacre"])
# What mourners bring to a site (`brought candles to the site`), and where.
_TRIBUTES = frozenset(["candle", "flower", "wreath", "bouquet"])
_SITES_OF_MOURNING = frozenset(["site", "scene", "memorial", "grave", "shrine", "spot"])


# What is rescued with money, not from danger (`rescuing the country's economy`).
_RESCUED_THINGS = frozenset(["economy", "bank", "currency", "euro", "company", "industry", "firm", "deal", "budget"])
# What a presenter hosts that is no meeting (`hosted 'Taradise', the half-hour show`).
_SHOWS = frozenset(["show", "program", "programme", "series", "podcast", "broadcast", "segment", "sitcom"])
# Who approves a company's deals (`approved by the board of directors`).
_BOARDS = frozenset({"board", "shareholder", "stockholder", "director"})
# What a deal that puts things on sale says of them (`episodes will be available for $1.99`).
_ON_SALE = frozenset(["available", "sell", "sale", "price"])


def _company_subject(sentence: Sentence, children: Sequence[Token]) -> bool:
    """Whether the verb's subject is a company (`Hallwood Group Inc.`, `the firm`)."""
    subject = next((c for c in children if c.dep == "nsubj"), None)
    return subject is not None and actor_kind(" ".join(t.text for t in sentence.subtree(subject))) == "business"


def _armed_waging(sentence: Sentence, children: Sequence[Token]) -> bool:
    """`the guerrilla fighters waged war on the troops`: an armed group wages it or is waged on (not
    `waged a lonely battle to force the government`)."""
    sides = [c for c in children if c.dep == "nsubj"] + [
        g for c in children if c.dep == "prep" and c.lemma.lower() in {"on", "against"} for g in sentence.children(c)
    ]
    armed = word_list("armed")
    return any(t.lemma.lower() in armed for side in sides for t in sentence.subtree(side))


def _armed_on_a_side(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """Whether the subject, the object or the `with`/`against` side of a fight is an armed group."""
    sides = [c for c in children if c.dep in {"nsubj", "dobj"}] + [
        g for c in children if c.dep == "prep" and c.lemma.lower() in {"with", "against"} for g in sentence.children(c)
    ]
    armed = word_list("armed")
    if any(t.lemma.lower() in _PROTESTERS for side in sides for t in sentence.subtree(side)):
        return False  # `security forces clashed in Lagos with anti-government demonstrators`: a riot
    return any(t.lemma.lower() in armed for side in sides for t in sentence.subtree(side))


_WEATHER = frozenset(["rain", "weather", "river", "wind", "snow", "flooding", "water", "heat", "tide"])


def _family_type(sentence: Sentence, verb: Token, children: Sequence[Token]) -> str | None:
    """The type of a verb of `event_verbs.tsv` when its object is what the table asks for."""
    kind, wanted = FAMILY_VERBS[verb.lemma.lower()]
    signed = [c for c in children if c.dep == "dobj"]
    if (
        kind == "agree"
        and verb.lemma.lower() == "sign"
        and any(c.pos == "PROPN" or c.lemma.lower() in _PEOPLE for c in signed)
    ):
        return None  # `signed free-agent forward Elton Brand to a five-year contract`: a player hired, business
    if verb.tag == "VBG" and (verb.dep == "amod" or _over_a_team(sentence, verb)):
        return None  # `a 91-73 victory over visiting Evansville`: what a team is, no visit
    if verb.lemma.lower() == "host" and any(
        t.lemma.lower() in _SHOWS for c in children if c.dep == "dobj" for t in sentence.subtree(c)
    ):
        return None  # `Reid has also hosted 'Taradise', the short-lived, half-hour show`: a programme presented
    if kind == "investigate" and _by_the_press(sentence, children):
        return None  # `NBC Philadelphia has interviewed another co-worker`: a reporter's interview, no questioning
    after = sentence.tokens[verb.i + 1] if verb.i + 1 < len(sentence.tokens) else None
    if kind == "request" and after is not None and after.lemma.lower() == "on" and after.head == verb.i:
        return None  # `urging on fans in the football stadium`: cheering, no demand
    asked = [c for c in children if c.dep == "dobj"] + [
        g for c in children if c.dep == "prep" and c.lemma.lower() == "for" for g in sentence.children(c)
    ]
    if kind == "request" and any(t.lemma.lower() == "privacy" for a in asked for t in sentence.subtree(a)):
        # `their families had requested privacy`, `pleaded for her and her family's privacy`: a plea
        # to be left alone, no demand
        return None
    warned = [c for c in children if c.dep == "dobj"]
    if (
        kind == "threaten"
        and any(t.lemma.lower() in HAZARDS | _WEATHER for t in sentence.subtree(verb))
        and not _has_people(sentence, [verb])
        and not any(w.lemma.lower() in _POPULATIONS for w in warned)
    ):
        # `warned that more rain was expected`: a forecast, not a threat; but `Officials are
        # warning residents that rains will cause landslides` is a warning issued to people
        return None
    deals = [c for c in children if c.dep in {"dobj", "nsubjpass"}] + [
        g for c in children if c.dep == "prep" and c.lemma.lower() in {"to", "on"} for g in sentence.children(c)
    ]
    to_act = not deals and _infinitive_child(sentence, children)
    if kind == "agree" and to_act and _company_subject(sentence, children):
        return None  # `Hallwood Group Inc. has agreed to exercise any rights`: a company's business
    # `fans will agree that Capaldi is the perfect choice`, `I agreed with Craig and Neil immediately
    # that Ellen is the ideal host` (the clause read as the adverb's): an opinion shared, no agreement
    opinion = [c for c in children if c.dep == "ccomp"] + [
        g for c in children if c.dep == "advmod" for g in sentence.children(c) if g.dep == "ccomp"
    ]
    if kind == "agree" and not deals and any(c.lemma.lower() in {"be", "amount"} for c in opinion):
        return None
    if kind == "agree" and any(_commercial_deal(sentence, d) for d in deals):
        return None  # `reached a $334 million agreement to purchase SeaMicro`, `agreed to a deal in which`: a deal
    if wanted == "*":
        return kind
    objects = [c for c in children if c.dep in {"dobj", "nsubjpass"}] + [
        g
        for c in children
        if (c.dep == "prep" and c.lemma.lower() in {"with", "on", "to", "for", "from"})
        or (c.dep == "agent" and kind == "support")  # `heartened by the cooperation`
        for g in sentence.children(c)
        if g.dep == "pobj"
    ]
    # `thanked two of her mentors`: the people a number is of, as those thanked or praised (not `released
    # one of two men who were sought for questioning`, nor `One of the suspects is named`)
    objects += [
        g
        for o in objects
        if o.pos == "NUM" and o.dep == "dobj" and kind == "support"
        for c in sentence.children(o)
        if c.dep == "prep" and c.lemma.lower() == "of"
        for g in sentence.children(c)
        if g.dep == "pobj"
    ]
    thing = None
    if verb.dep == "relcl" and any(o.tag in {"WDT", "WP"} for o in objects):
        # `the help that your governments have provided`; the pronoun is only the noun it stands for
        # (`the update that was released`: no captive)
        objects = [o for o in objects if o.tag != "WDT"] + [sentence.tokens[verb.head]]  # `who` is someone
        # `the new Holden Commodore, which will be released`: a name `which` stands for is a thing's
        thing = sentence.tokens[verb.head] if any(o.lemma.lower() == "which" for o in children) else None
    if kind == "consult" and any(o.lemma.lower() in _SOCIAL_CALLS and not _named_owner(sentence, o) for o in objects):
        return None  # `She was in the neighborhood visiting someone`: a social call, no talks
    if kind == "consult" and verb.lemma.lower() == "meet" and {t.lemma.lower() for t in sentence.tokens} & _GAMES:
        return None  # `The Chargers are due to meet Pittsburgh Steelers in a playoff match`: a game, no talks
    words = set(wanted.split(","))
    # `pledged $500 million in aid`: what is given, never who (`In Washington today`)
    given = [g for c in children if c.dep == "prep" and c.lemma.lower() == "in" for g in sentence.children(c)]
    # `bringing 1.5 billion rupiah in aid`, the `in` phrase hung on the money
    given += [
        g
        for c in children
        if c.dep == "dobj"
        for p in sentence.children(c)
        if p.dep == "prep" and p.lemma.lower() == "in"
        for g in sentence.children(p)
    ]
    if any(g.dep == "pobj" and g.lemma.lower() in words for g in given):
        return kind
    # `sending in aid teams`, `in` read as a preposition: what is sent named by its kind
    if kind == "aid" and any(
        g.dep == "pobj" and any(k.dep == "compound" and k.lemma.lower() in words for k in sentence.children(g))
        for g in given
    ):
        return kind
    if kind == "retreat" and not any(c.dep == "dobj" for c in children):
        objects += [c for c in children if c.dep == "nsubj"]  # `NATO troops withdrew from the province`
    # `to host the Oscars`, `hosted the 79th Academy Awards`: a ceremony's name, no one met
    objects = [o for o in objects if o.lemma.lower() not in _CEREMONIES and not (o is thing and o.pos == "PROPN")]
    # a name, a word for people or a pronoun for them (not `it isn't even released yet`: a film)
    # (a day is no one: `visited the church on Saturday`)
    # (and a broadcast is no one: `is hosting two Webcasts`)
    people = "@" in words and any(
        (
            o.pos in {"PROPN", "PRON"}
            and o.lemma.lower() not in {"it", "this", "that"} | _TIME_WORDS
            and o.lemma.lower().rstrip("s") not in _BROADCASTS
        )
        or o.lemma.lower() in _PEOPLE | _GROUPS_OF_PEOPLE  # (`thank the local community`)
        for o in objects
    )
    # the object or the noun that names its kind (`approved the enlargement move`)
    kinds = {o.lemma.lower() for o in objects} | {
        c.lemma.lower() for o in objects for c in sentence.children(o) if c.dep == "compound"
    }
    # `Two tonnes of medicine was flown in`: what an amount is of
    kinds |= {
        g.lemma.lower()
        for o in objects
        if o.lemma.lower() in _AMOUNTS
        for c in sentence.children(o)
        if c.dep == "prep" and c.lemma.lower() == "of"
        for g in sentence.children(c)
        if g.dep == "pobj"
    }
    return kind if people or kinds & words else None


def _over_a_team(sentence: Sentence, verb: Token) -> bool:
    """`a victory over visiting Evansville`, the adjective read as a gerund: the team beaten."""
    over = sentence.tokens[verb.head]
    if verb.dep != "pcomp" or over.lemma.lower() not in {"over", "against"} or over.head == over.i:
        return False
    return sentence.tokens[over.head].lemma.lower() in {"victory", "win", "defeat", "loss", "triumph"}


# Who is named when police or a coroner identify them (`identified the victim as ...`).
_IDENTIFIED = frozenset(["victim", "body", "dead", "deceased", "man", "woman", "driver"])
# What is expressed that is a complaint (`expressed concerns`, `expressed disappointment`).
# (not concerns or doubts, which analysts voice about a market as much as critics about a government)
_MISGIVINGS = frozenset(["disappointment", "outrage", "anger", "dismay"])
_SETTING_UP = frozenset(["create", "form", "establish", "appoint", "launch", "convene"])
# Bodies set up to look into something (`created the task force`).
_INQUIRIES = frozenset(["commission", "panel", "inquiry", "committee"])


def _inquiry_set_up(sentence: Sentence, children: Sequence[Token]) -> bool:
    """`who created the task force`, `formed a commission of inquiry`: a body set up to look into
    something (a task force is a `force` the parser reads, named by its `task`)."""
    for c in children:
        if c.dep not in {"dobj", "nsubjpass"}:
            continue
        words = {g.lemma.lower() for g in sentence.children(c) if g.dep == "compound"}
        if (c.lemma.lower() == "force" and "task" in words) or c.lemma.lower() in _INQUIRIES:
            return True
    return False


def _would_not_say(children: Sequence[Token], joined: bool = False) -> bool:
    """`The police would not discuss a possible motive`, `He did not specify what she was treated
    for`: someone who will not say, a refusal (`joined`: a verb joined to one with the subject,
    `confirmed ..., but would not specify`)."""
    deps = {c.dep for c in children}
    will = any(c.dep == "aux" and c.lemma.lower() in {"would", "will", "do"} for c in children)
    return {"neg", "aux"} <= deps and ("nsubj" in deps or joined) and will


def _staff_outside(sentence: Sentence, children: Sequence[Token]) -> bool:
    """The staff of a place gathered outside it with nothing they gathered for (`some employees
    gathered outside the building`), as a crowd gathered at a scene is no rally."""
    staff = any(c.dep == "nsubj" and c.lemma.lower() in _STAFF for c in children)
    outside = any(c.dep == "prep" and c.lemma.lower() in {"outside", "near", "around"} for c in children)
    purpose = any(c.dep in {"xcomp", "advcl"} or (c.dep == "prep" and c.lemma.lower() == "for") for c in children)
    return staff and outside and not purpose


_STAFF = frozenset(["employee", "worker", "staff", "staffer", "co-worker", "coworker", "colleague"])


def _court_in(sentence: Sentence) -> bool:
    """Whether the sentence names a jury, a judge or a court."""
    return any(t.lemma.lower() in _COURTS_AND_JURIES for t in sentence.tokens)


def _by_a_court(sentence: Sentence, children: Sequence[Token]) -> bool:
    """Whether the verb's subject is a judge or a court (`Superior Court Judge James R. Dabney`)."""
    return any(c.dep == "nsubj" and any(t.lemma.lower() in _COURTS for t in sentence.subtree(c)) for c in children)


def _would_not(children: Sequence[Token]) -> bool:
    """`would not`, `won't`: a refusal, not `did not`, which tells only what was not done."""
    will = any(c.dep == "aux" and c.lemma.lower() in {"would", "will"} for c in children)
    return will and any(c.dep == "neg" for c in children)


def _would_not_tell(sentence: Sentence, children: Sequence[Token]) -> bool:
    """`wouldn't say directly whether terms were disclosed`, `would not say where`: a refusal to answer
    a question (not `I would not say it failed`, an opinion hedged, nor `did not say`, no refusal told)."""
    if not _would_not(children):
        return False
    asked = [c for c in children if c.dep in {"ccomp", "advcl", "dobj"}]
    return any(
        (g.dep == "mark" and g.lemma.lower() == "whether") or g.tag in {"WRB", "WP"}
        for c in asked
        for g in sentence.children(c)
    )


def _residents_advised(sentence: Sentence, verb: Token) -> bool:
    """Residents or people told to do it (`advised local residents to shut all doors`), not `asked
    her to close the door`."""
    if verb.dep != "xcomp":
        return False
    advised = [c for c in sentence.children(sentence.tokens[verb.head]) if c.dep == "dobj"]
    return any(c.lemma.lower() in _POPULATIONS for c in advised)


def _parties_talking(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """Sides or parties that talk, as the subject or the subject of the verb it completes (`the
    sides continue to talk`)."""
    talkers = [c for c in children if c.dep == "nsubj"]
    if not talkers and verb.dep == "xcomp":
        talkers = [c for c in sentence.children(sentence.tokens[verb.head]) if c.dep == "nsubj"]
    return any(c.lemma.lower() in _NEGOTIATORS for c in talkers)


# What is made public beside information: `A ballistics report is yet to be made public`, `their
# offer was never made public`, the reason for a suspension.
_MADE_KNOWN = frozenset(["reason", "cause", "motive", "report", "offer", "result"])
# Choices a person in office makes known (`makes the nomination formal`).
_APPOINTMENTS = frozenset(["nomination", "appointment", "announcement", "decision", "choice", "selection"])


def _made_public(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """`made public`, the adjective right after the verb even when it is read as the next noun's
    (`had not been made public Friday afternoon`)."""
    after = sentence.tokens[verb.i + 1] if verb.i + 1 < len(sentence.tokens) else None
    if after is not None and after.lemma.lower() == "public":
        return True
    return any(c.lemma.lower() == "public" and c.dep in _MADE_PUBLIC for c in children)


def _held_people(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """People held, in the passive with nothing else they are held in, at or as (`The pair have
    each been held since Monday`; not `was held at the hospital`, `a meeting was held`)."""
    if not any(c.dep == "auxpass" for c in children) or any(c.dep in {"dobj", "oprd", "attr"} for c in children):
        return False
    held = next((c for c in children if c.dep == "nsubjpass"), None)
    people = held is not None and (
        held.lemma.lower() in _PEOPLE | {"pair", "suspect", "man", "woman", "officer"}
        or held.lemma.lower() in {"he", "she", "they"}
    )
    times = {"since", "for", "without", "until", "after"}
    return people and all(c.lemma.lower() in times for c in children if c.dep == "prep")


_MADE_PUBLIC = frozenset(["oprd", "acomp", "advmod", "ccomp", "xcomp", "dobj", "amod"])
# Who something is sought from that can grant it (`waivers from debenture holders`).
_GRANTERS = frozenset(["holder", "investor", "lender", "creditor", "bank", "government", "shareholder", "donor"])


def _sought_from(sentence: Sentence, children: Sequence[Token]) -> bool:
    """`is seeking other financing sources and waivers from debenture holders`: something asked of
    a party that can grant it (the `from` on the verb or on what is sought)."""
    sought = [c for c in children if c.dep == "dobj"]
    sought += [g for o in sought for g in sentence.children(o) if g.dep == "conj"]
    froms = [c for c in children if c.dep == "prep" and c.lemma.lower() == "from"]
    froms += [p for o in sought for p in sentence.children(o) if p.dep == "prep" and p.lemma.lower() == "from"]
    # `seeks $16.6 billion in loans from the government`: the `from` on what the money is in
    kinds = [g for o in sought for p in sentence.children(o) if p.lemma.lower() == "in" for g in sentence.children(p)]
    froms += [p for k in kinds for p in sentence.children(k) if p.dep == "prep" and p.lemma.lower() == "from"]
    return bool(sought) and any(
        g.dep == "pobj" and (g.lemma.lower() in _GRANTERS or g.pos == "PROPN")
        for p in froms
        for g in sentence.children(p)
    )


def _threatened(sentence: Sentence, verb: Token) -> bool:
    """An attack someone shouts or says they are going to make (`shouting they "were going to kill
    them"`): a threat told, the attack not made."""
    going = sentence.tokens[verb.head]
    if verb.dep != "xcomp" or going.lemma.lower() != "go" or going.tag != "VBG" or going.head == going.i:
        return False
    return going.dep == "ccomp" and sentence.tokens[going.head].lemma.lower() in _SHOUTING


def _footage_examined(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """Recordings examined (`looking over its surveillance tape`, `reviewed the footage`,
    `went through the video`): evidence studied."""
    lemma = verb.lemma.lower()
    if lemma in _STUDYING:
        return any(c.dep == "dobj" and c.lemma.lower() in _FOOTAGE for c in children)
    if lemma in {"look", "go", "pore", "comb"}:
        return any(
            c.dep in {"prep", "prt"} and c.lemma.lower() in {"over", "through", "at"} and _names(sentence, c, _FOOTAGE)
            for c in children
        )
    return False


def _scene_searched(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """Police or investigators going through, combing or examining a scene (`Forensic policemen are
    currently going through the site of the robbery`, `Forensic teams were examining the crime
    scene`)."""
    examined = verb.lemma.lower() in _STUDYING | {"comb", "search", "inspect"} and any(
        c.dep == "dobj" and c.lemma.lower() in _SCENES for c in children
    )
    if verb.lemma.lower() not in {"go", "comb", "sift", "search"} and not examined:
        return False
    doer = _doer(sentence, verb, children)
    searchers = _SEARCHERS | word_list("state_forces")
    if doer is None or not (
        doer.lemma.lower() in searchers or any(c.lemma.lower() == "forensic" for c in sentence.children(doer))
    ):
        return False
    return examined or any(
        c.dep == "prep" and c.lemma.lower() == "through" and _names(sentence, c, _SCENES) for c in children
    )


def _on_the_beat(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """One officer patrolling (`A cop patrolling on foot`): a round walked, no forces sent out."""
    doer = sentence.tokens[verb.head] if verb.dep == "acl" else _doer(sentence, verb, children)
    one = doer is not None and doer.tag == "NN" and doer.lemma.lower() in _FORCE_WORDS
    return one and doer.lemma.lower() not in {"police", "army", "military", "force", "personnel"}


_SEARCHERS = frozenset(["investigator", "detective", "policeman", "officer", "expert", "team"])
_SCENES = frozenset(["site", "scene", "wreckage", "debris", "rubble", "area", "building", "store", "home", "house"])


_STUDYING = frozenset(["review", "examine", "study", "analyze", "analyse", "scour", "check"])
_FOOTAGE = frozenset(["tape", "footage", "video", "videotape", "recording", "image"])


# Verbs that make calls for something (`increased calls for`, `renewed calls for`, `issued an appeal for`).
_MAKING_CALLS = frozenset(["increase", "renew", "repeat", "intensify", "issue", "make", "voice", "echo", "step"]) | {
    "prompt",  # `Unrest has now spread ..., prompting calls for ... to stand down`
    "spark",
    "trigger",
}


def _calls_for(sentence: Sentence, call: Token) -> bool:
    """`calls for new elections`, `calls for the prime minister to quit` (which the parser reads as a
    clause with `for`): what is called for, not `calls for hours`."""
    spans = _SPANS_OF_TIME | {"minute", "year"}
    for c in sentence.children(call):
        if (
            c.dep == "prep"
            and c.lemma.lower() == "for"
            and not any(g.dep == "pobj" and g.lemma.lower() in spans for g in sentence.children(c))
        ):
            return True
        if c.dep in {"acl", "advcl"} and any(
            g.dep == "mark" and g.lemma.lower() == "for" for g in sentence.children(c)
        ):
            return True
    return False


_HELD = frozenset(["hold", "detain", "jail", "imprison", "remand"])


def _at_a_meeting(sentence: Sentence, noun: Token) -> bool:
    """Someone who was at a meeting or present at one (`LaRue was at a meeting`, `was present at a
    1972 meeting`): a meeting attended."""
    at = sentence.tokens[noun.head]
    if noun.dep != "pobj" or at.lemma.lower() != "at" or at.head == at.i:
        return False
    holder = sentence.tokens[at.head]
    if holder.lemma.lower() == "present" and holder.head != holder.i:
        holder = sentence.tokens[holder.head]
    return holder.lemma.lower() == "be" and any(
        c.dep == "nsubj" and (c.pos in {"PROPN", "PRON"} or c.lemma.lower() in _PEOPLE)
        for c in sentence.children(holder)
    )


def _agreed_with_a_view(sentence: Sentence, verb: Token) -> bool:
    """`agreed with Verisign's assessment`: an opinion shared, no agreement made."""
    return any(
        c.dep == "prep" and c.lemma.lower() == "with" and _names(sentence, c, _VIEWS) for c in sentence.children(verb)
    )


_VIEWS = frozenset(
    [
        *("assessment", "view", "analysis", "conclusion", "finding", "opinion", "statement", "estimate", "decision"),
        *("policy", "nomination", "idea", "position", "argument", "sentiment", "verdict"),
    ]
)


def _left_wounded(sentence: Sentence, token: Token) -> bool:
    """`wounded` in `left two women dead and a third employee wounded`, which the parser reads as a
    verb of its own: the second half of what `left` tells, when it has no count of its own (`left one
    person dead and dozens injured` is two events, each with its count)."""
    if token.lemma.lower() not in {"wound", "injure", "hurt"} or token.tag not in {"VBD", "VBN"}:
        return False
    if any(c.dep in {"aux", "auxpass"} for c in sentence.children(token)):
        return False
    subject = next((c for c in sentence.children(token) if c.dep in {"nsubj", "nsubjpass"}), None)
    words = [] if subject is None else [t.text for t in sentence.subtree(subject)]
    if subject is None or parse_count(" ".join(words)) is not None:
        return False
    for left in sentence.tokens[max(token.i - 10, 0) : token.i]:
        dead = any(c.dep in {"oprd", "acomp"} and c.lemma.lower() == "dead" for c in sentence.children(left))
        between = sentence.tokens[left.i + 1 : token.i]
        if left.lemma.lower() == "leave" and dead and any(b.text.lower() == "and" for b in between):
            return True
    return False


def _protesting_what(sentence: Sentence, token: Token) -> bool:
    """A participle `protesting` that says what a protest told by its own verb is against."""
    if token.lemma.lower() != "protest" or token.tag != "VBG" or token.dep not in {"advcl", "xcomp", "acl"}:
        return False
    head = sentence.tokens[token.head]
    # (not `a rally protesting the certification`: a noun's participle is the protest's own clause)
    return head.i != token.i and head.pos == "VERB" and VERB_TRIGGERS.get(head.lemma.lower()) in _CROWD_TYPES


def _part_taken_in(sentence: Sentence, verb: Token, children: Sequence[Token]) -> str | None:
    """The kind of the gathering people take part in (`taking part to the general strike`, `took part
    in a rally`), or None."""
    if verb.lemma.lower() != "take" or not any(c.dep == "dobj" and c.lemma.lower() == "part" for c in children):
        return None
    for c in children:
        if c.dep == "prep" and c.lemma.lower() in {"in", "to", "at"}:
            for g in sentence.children(c):
                kind = NOUN_TRIGGERS.get(g.lemma.lower())
                if g.dep == "pobj" and kind in _CROWD_TYPES:
                    return kind
    return None


# Where one slips away from or to when one escapes.
_SLIPPED_FROM = frozenset(["from", "into", "through", "out", "past", "across", "to", "in", "under"])


def _slipped_away(sentence: Sentence, verb: Token) -> bool:
    """`He slipped away` as a death: said of someone by those who tell it (`"He slipped away," she
    said`) or peacefully, with nowhere slipped from or to."""
    children = sentence.children(verb)
    away = [g for c in children if c.lemma.lower() == "away" for g in sentence.children(c)]
    if any(c.dep == "dobj" or (c.dep == "prep" and c.lemma.lower() in _SLIPPED_FROM) for c in (*children, *away)):
        return False
    said = verb.dep == "ccomp" and sentence.tokens[verb.head].lemma.lower() in {"say", "tell", "add"}
    return said or any(c.lemma.lower() == "peacefully" for c in children)


# The parts of a building a vehicle strikes (`into the front of the store`).
_FACES = frozenset(["front", "side", "facade", "façade", "rear", "back", "entrance", "window", "wall"])


def _vehicle_into_building(sentence: Sentence, verb: Token, pair: tuple[str, str], objects: set[str]) -> bool:
    """A car rammed or driven into a building (`Four men rammed their car into a jewellery store`,
    `drove a large car into the store`): a break-in; not a person who `ran into the store`."""
    into = [g for c in sentence.children(verb) if c.lemma.lower() == pair[1] for g in sentence.children(c)]
    # `rammed an SUV into the front of the Casty store`: the building whose face was struck
    faces = [p for t in into if t.lemma.lower() in _FACES for p in sentence.children(t) if p.lemma.lower() == "of"]
    objects = objects | {g.lemma.lower() for p in faces for g in sentence.children(p) if g.dep == "pobj"}
    if not objects & (_BUILDINGS | {"bank", "showroom", "gate", "entrance", "window", "wall", "embassy"}):
        return False
    if pair in {("ram", "into"), ("plow", "into"), ("plough", "into")}:
        return True
    return any(c.dep == "dobj" and c.lemma.lower() in _VEHICLES for c in sentence.children(verb))


# Crimes a person is charged with counts of.
_CRIMES = frozenset(["murder", "manslaughter", "homicide", "assault", "battery", "robbery", "theft", "fraud"]) | {
    "rape",
    "kidnapping",
    "burglary",
    "arson",
    "possession",
    "conspiracy",
    "attempt",
    "endangerment",
    "abuse",
}


# What calling someone accuses them of being.
_NAMES_CALLED = frozenset(["liar", "criminal", "crook", "thief", "traitor", "fraud", "murderer", "racist"]) | {
    "terrorist",
    "killer",
    "bigot",
    "coward",
    "cheat",
    "hypocrite",
    "extremist",
    "fascist",
}


# Broadcasts a company hosts for its customers: no one met.
_BROADCASTS = frozenset(["webcast", "webinar", "podcast", "broadcast", "livestream", "stream"])


_SHOUTING = frozenset(["shout", "yell", "scream", "threaten", "warn", "vow", "chant"])


def _content_of_a_threat(sentence: Sentence, verb: Token) -> bool:
    """A verb in the clause that says what a threat or a warning is (`veiled threats that they'd have
    to shoot him`): the act threatened, not done."""
    token = verb
    for _ in range(3):
        if token.dep not in {"xcomp", "ccomp", "acl", "relcl"} or token.head == token.i:
            return False
        token = sentence.tokens[token.head]
        if token.pos == "NOUN" and token.lemma.lower() in _THREATS:
            return True
    return False


_THREATS = frozenset(["threat", "warning"])


_SPANS_OF_TIME = frozenset(["day", "night", "week", "hour", "month"])


# What is rescinded or repealed that is a ruling (`rescinded changes to regulations`).
_RULES = frozenset(["rule", "regulation", "change", "law", "order", "policy", "decision", "directive"])


# What a champion defends or retains (`will defend his WBC title`).
_TITLES = frozenset(["title", "crown", "belt", "championship"])
# Titles before a person's name (`Ms. Sanders`): pipeline.TITLES's first ones, which this package
# cannot import (the pipeline imports it to choose the sentences worth parsing).
_HONORIFICS = frozenset({"mr", "ms", "mrs", "miss", "dr"})


# Who talk to one another as parties (`the sides continue to talk`).
_NEGOTIATORS = frozenset(["side", "party", "negotiator", "delegation", "envoy", "mediator"])


# What one declines to do that would be saying something (`declined to describe the bomb`).
_COMMENTING = frozenset(
    ["comment", "answer", "respond", "describe", "discuss", "elaborate", "speculate", "identify", "specify", "reveal"]
) | {"confirm"}  # `would not confirm the reported gang links`


# What is beaten that is no one (`beating the count`, `beat expectations`).
_BEATEN_THINGS = frozenset(["count", "odds", "expectation", "estimate", "forecast", "record", "deadline", "clock"])


# Named gatherings one hosts or attends that are no one met (`hosting the Oscars`).
_CEREMONIES = frozenset(
    {"oscar", "oscars", "award", "awards", "emmys", "grammys", "globes", "show", "ceremony", "gala", "party"}
    | {"festival", "game", "games", "olympics", "cup", "championship", "tournament", "pageant", "concert"}
)


# What results are told as (`a 45% drop in sales`, `an eighteen percent drop in profits`).
_CHANGES = frozenset(["drop", "rise", "fall", "increase", "decrease", "decline", "gain", "jump", "loss"])


def _in_hazard_warning(sentence: Sentence, token: Token) -> bool:
    """A word of `a tsunami warning`, `the storm alert` (however the parser tags it): the warning of
    a hazard, neither a threat nor the hazard itself."""
    words = sentence.tokens
    if token.lemma.lower() in {"warning", "warn", "alert"} and token.i > 0:
        return words[token.i - 1].lemma.lower() in HAZARDS | {"weather"}
    if token.lemma.lower() in HAZARDS and token.pos != "VERB" and token.i + 1 < len(words):
        # (not `fired warning shots`: a verb before the warning's noun)
        return words[token.i + 1].text.lower() in {"warning", "warnings", "alert", "alerts", "watch", "siren"}
    return False


def _stays_sheltered(sentence: Sentence, children: Sequence[Token]) -> bool:
    """`refused to leave camps on higher ground`: people staying where they took shelter."""
    left = [c for c in children if c.dep == "xcomp" and c.lemma.lower() == "leave"]
    return any(g.dep == "dobj" and g.lemma.lower() in _REFUGES for c in left for g in sentence.children(c))


def _shelter_set_up(sentence: Sentence, children: Sequence[Token]) -> bool:
    """`17 camps had been set up for the displaced`: shelter made for people, not `set up camp`."""
    built = any(c.dep in {"dobj", "nsubjpass"} and c.lemma.lower() in _REFUGES and c.tag == "NNS" for c in children)
    return built and any(c.dep == "prep" and c.lemma.lower() == "for" for c in children)


def _heard_by_a_court(sentence: Sentence, children: Sequence[Token]) -> bool:
    """`The Texas grand jury heard evidence`, `heard testimony from four women`: an inquiry."""
    court = any(c.dep == "nsubj" and c.lemma.lower() in {"jury", "court", "panel", "committee"} for c in children)
    return court and any(c.dep == "dobj" and c.lemma.lower() in {"evidence", "testimony"} for c in children)


# Amounts of goods sent (`Two tonnes of medicine`), not people (`One of the suspects`).
_AMOUNTS = frozenset(
    ["tonne", "ton", "kilogram", "kilo", "pound", "crate", "box", "truckload", "planeload", "shipment", "load"]
)
# Where people who left their homes camp (`camped out in yards and streets outside their homes`).
_CAMPED_BY = frozenset(["home", "house", "yard", "street", "field", "tent", "open"])


def _not_available(sentence: Sentence, adjective: Token) -> bool:
    """`weren't available to`, `unable to`, `not able to`: no one there to do it."""
    word = adjective.lemma.lower()
    if word in {"unavailable", "unable"}:
        return True
    copula = sentence.tokens[adjective.head]
    negated = any(c.dep == "neg" for c in [*sentence.children(adjective), *sentence.children(copula)])
    return word in {"available", "able"} and negated


def _tally_since(sentence: Sentence, being: Token) -> bool:
    """`There have been hundreds of earthquakes ... since a 9.1 temblor in 2004 ...`: a perfect
    `be` counting what has happened since a time, not an incident."""
    children = list(sentence.children(being))
    perfect = any(c.dep == "aux" and c.lemma.lower() == "have" for c in children)
    since = any(
        (c.dep == "prep" and c.lemma.lower() == "since")
        or (c.dep == "advcl" and any(g.dep == "mark" and g.lemma.lower() == "since" for g in sentence.children(c)))
        for c in children
    )
    return perfect and since


def _market_talk(sentence: Sentence) -> bool:
    """A sentence about shares, indexes and trading (`shares ... fell ten percent before rallying`)."""
    return any(t.pos in {"NOUN", "PROPN"} and t.lemma.lower() in _MARKET_WORDS for t in sentence.tokens)


_MARKET_WORDS = frozenset(
    ["index", "stock", "share", "investor", "trading", "dow", "nasdaq", "percent", "profit", "earnings", "bourse"]
)


def _person_fell(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """`the man fell around 2000ft`, `after falling about 150 metres`, `fell to his death`, `fell from a
    balcony`: a person's fall, told by its height, its end or what it was from (not `prices fell`,
    `fell ill`, `fell silent`, `fell short`, `fell in the polls`)."""
    if any(c.dep in {"acomp", "oprd", "attr"} for c in children):
        return False  # `fell ill`, `fell victim to`
    if any(c.dep == "prep" and c.lemma.lower() == "to" and _names(sentence, c, {"death"}) for c in children):
        return True  # `the second climber to fall to his death`: only a person falls to a death
    subject = next((c for c in children if c.dep == "nsubj"), None)
    # `died after slipping and falling about 60m`: the subject of the verb it is joined to
    anchor = sentence.tokens[verb.head] if subject is None and verb.dep == "conj" else verb
    if subject is None and anchor is not verb:  # `slipped and fell approximately 200 metres`
        subject = next((c for c in sentence.children(anchor) if c.dep == "nsubj"), None)
    if subject is None and anchor.dep in {"acl", "relcl"}:  # `the second climber to fall to his death`
        subject = sentence.tokens[anchor.head]
    if subject is not None and subject.tag in {"WP", "WDT"} and anchor.dep == "relcl":
        subject = sentence.tokens[anchor.head]  # `a New Zealand climber who fell on Friday morning`
    if subject is None and anchor.dep in {"advcl", "pcomp", "xcomp"}:  # `died after falling`, `thought to have fallen`
        head = sentence.tokens[anchor.head]
        head = sentence.tokens[head.head] if head.dep == "prep" else head
        subject = next((c for c in sentence.children(head) if c.dep in {"nsubj", "nsubjpass"}), None)
    # (a name too, when the fall is told by its height: `Robert Buckley fell about 600m`; or a person
    # told by their age: `The 36-year-old ... fell approximately 200 metres`)
    named = subject is not None and subject.pos == "PROPN"
    aged = (
        subject is not None
        and subject.lemma.lower() == "old"
        and any(c.dep == "npadvmod" and c.lemma.lower() == "year" for c in sentence.children(subject))
    )
    if subject is None or not (subject.lemma.lower() in _PEOPLE | _FALLERS or subject.tag == "PRP" or named or aged):
        return False
    if subject.lemma.lower() in _MOUNTAIN_FALLERS and not any(c.dep == "dobj" for c in children):
        return True  # `The climber fell in fading light yesterday`: a climber's fall is an accident
    # (the height may hang on the preposition after it: `fell approximately 200 metres down a gully`)
    height = any(
        c.dep in {"npadvmod", "dobj", "advmod"} and _a_height(sentence, c)
        for c in [*children, *(g for c in children if c.dep == "prep" for g in sentence.children(c))]
    ) or any(
        c.dep == "prep"
        and c.lemma.lower() in {"around", "about", "some", "nearly", "over", "almost"}
        and any(g.dep == "pobj" and _a_height(sentence, g) for g in sentence.children(c))
        for c in children
    )  # and `fell around 2000 ft`, the approximation read as a preposition
    from_somewhere = any(
        c.dep == "prep"
        and c.lemma.lower() in {"from", "off", "down"}
        and any(g.dep in {"pobj", "pcomp"} and g.lemma.lower() in _HEIGHTS for g in sentence.children(c))
        for c in children
    )
    return height or (from_somewhere and not named)


def _a_height(sentence: Sentence, token: Token) -> bool:
    """`2000ft`, `about 150 metres`, `20 feet`: a distance fallen."""
    words = {t.lemma.lower() for t in sentence.subtree(token)} | {token.text.lower()}
    return bool(words & _LENGTHS) or bool(re.fullmatch(r"\d+(?:ft|m|feet|metres|meters)", token.text.lower()))


_FALLERS = frozenset({"climber", "hiker", "mountaineer", "skier", "tourist", "walker", "worker", "toddler", "teenager"})
# Those whose fall is an accident however it is told (not `the teenager falls to the ground` when shot).
_MOUNTAIN_FALLERS = frozenset({"climber", "hiker", "mountaineer", "skier"})
_LENGTHS = frozenset(
    {"foot", "feet", "ft", "metre", "meter", "metres", "meters", "m", "yard", "storey", "story", "floor"}
)
_HEIGHTS = frozenset(
    {"cliff", "ledge", "roof", "balcony", "window", "ladder", "bridge", "building", "tower", "scaffold", "ridge"}
    | {"mountain", "peak", "summit", "rock", "crane", "stairs", "staircase", "train", "platform", "horse", "boat"}
)
# Aircraft, boats and patrols that forces launch (`launched an armed helicopter`), no product.
_SENT_OUT = frozenset(
    {"helicopter", "chopper", "aircraft", "plane", "jet", "drone", "patrol", "lifeboat", "warship", "commando"}
)


# What a game is played in (`meet Pittsburgh Steelers in a playoff match`): teams meeting, no talks.
# What something is said in (`said in an alert`, `asked in a strong dissent`, `said in the Academy's announcement`).
_BULLETINS = frozenset({"alert", "dissent", "announcement", "report"})
# Notices an authority or a company issues (`an advisory issued today`); a bulletin sent is no statement.
_NOTICES = frozenset({"advisory", "notice", "communique"})
_PUTTING_OUT = frozenset({"issue", "release", "publish"})


def _named_to_a_post(sentence: Sentence, children: Sequence[Token]) -> bool:
    """`named Australian actor Hugh Jackman as the host`, `was named as the new chairman`: an
    appointment announced (a suspect named is read elsewhere; a coach named is a team's hiring)."""
    posts = [
        g
        for c in children
        if c.dep == "prep" and c.lemma.lower() == "as"
        for g in sentence.children(c)
        if g.dep == "pobj"
    ]
    return any(p.lemma.lower() in _POSTS for p in posts)


# Posts one is named to (`named Hugh Jackman as the host`; not `named Cleveland as the fifth most
# dangerous city`, a ranking, nor `named as a suspect`).
_POSTS = frozenset(
    {"host", "chairman", "chairwoman", "chair", "head", "chief", "director", "manager", "president"}
    | {"successor", "replacement", "captain", "ambassador", "envoy", "minister", "secretary", "editor", "judge"}
    | {"nominee", "spokesman", "spokeswoman", "leader", "commander", "governor", "executive", "officer", "presenter"}
)


# Where shots go (`fired ahead of it`, `fired back`): an intransitive `fire` that is shooting.
_FIRED_TOWARD = frozenset({"at", "on", "into", "ahead", "toward", "towards", "upon", "back", "over"})
# Whom forces engage in a fight (`engaged the pirates`; not `engaged the public`).
_ARMED_FOES = frozenset(
    {"pirate", "militant", "rebel", "insurgent", "gunman", "enemy", "fighter", "attacker", "terrorist", "troop"}
)


def _pulled_over(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """`was pulled over`, `police pulled him over`: a driver stopped, not `the car pulled over` (a
    driver stopping of his own accord)."""
    stopped = any(c.dep == "nsubjpass" for c in children) or any(
        c.dep == "dobj" and (c.pos in {"PRON", "PROPN"} or c.lemma.lower() in _PEOPLE) for c in children
    )
    return stopped and _has_particle(sentence, verb, "over")


def _cyber(sentence: Sentence) -> bool:
    """A sentence of hackers and software flaws: its attacks are on computers, no force used."""
    return any(t.lemma.lower() in _CYBER_WORDS or t.lemma.lower().rstrip("s") in _CYBER_WORDS for t in sentence.tokens)


_CYBER_WORDS = frozenset(
    {"hacker", "hacking", "cyber", "cyberattack", "malware", "virus", "vulnerability", "bug", "browser", "software"}
    | {"website", "server", "phishing", "spyware", "ransomware", "botnet", "iframe", "web", "e-mail"}
    | {"exploit", "patch"}  # `an exploit ... being used in attacks on IE8 and IE9`
)


def _what_collapses(sentence: Sentence, verb: Token) -> set[str]:
    """The words of what collapses: the verb's subject, or the noun its participle describes
    (`institutions collapsing`)."""
    # (an object too: `in collapsing banks`, read as banks collapsed by someone)
    subjects = [c for c in sentence.children(verb) if c.dep in {"nsubj", "nsubjpass", "dobj"}]
    if not subjects and verb.dep in {"acl", "amod"} and verb.head != verb.i:
        subjects = [sentence.tokens[verb.head]]  # and `in collapsing banks`
    if not subjects and verb.dep == "conj" and verb.head != verb.i:  # `She grips her chest and collapses`
        subjects = [c for c in sentence.children(sentence.tokens[verb.head]) if c.dep == "nsubj"]
    return {s.lemma.lower() for s in subjects}


_INSTITUTIONS = frozenset(
    [
        "institution",
        "bank",
        "company",
        "firm",
        "lender",
        "market",
        "economy",
        "currency",
        "deal",
        "talk",
        "business",
        "insurer",
        "fund",
        "government",
        "coalition",
        "bid",
        "negotiation",
        "price",
    ]
)


def _person_taken(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """Someone caught or captured (`They caught him`, `Mr. Nichols was captured`), not a town
    captured, a fish caught or fire caught."""
    if any(c.dep == "prt" and c.lemma.lower() in {"up", "on", "out"} for c in children):
        return False  # `caught up`, `caught on`
    if any(t.lemma.lower() in _CAUGHT_UNAWARE for t in sentence.subtree(verb)):
        return False  # `This just caught me so off guard`
    if any(c.dep == "auxpass" and c.lemma.lower() == "get" for c in children) and not any(
        c.dep == "agent" for c in children
    ):
        return False  # `I got caught but I'm OK`: a boxer hit, no one taken
    taken = [c for c in children if c.dep in {"dobj", "nsubjpass"}]
    return any(
        (c.pos == "PRON" and c.lemma.lower() not in {"it", "this", "that", "which", "what"})
        or (c.pos == "PROPN" and c.dep == "nsubjpass")
        or c.lemma.lower() in _PEOPLE | _CULPRITS | _FUGITIVES
        # `caught 12 Somalis and 11 Yemenis`: people counted by where they are from
        or (c.pos == "PROPN" and c.tag == "NNPS" and any(g.dep == "nummod" for g in sentence.children(c)))
        for c in taken
    )


def _people_seized_by_forces(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """People seized by police, troops or commandos (`Indian commandos boarded the larger pirate boat,
    seizing 12 Somali and 11 Yemeni nationals as well as arms`): an arrest, not arms seized."""
    seized = [t for c in children if c.dep in {"dobj", "nsubjpass"} for t in sentence.subtree(c)]
    # not whom the things were taken from (`confiscated 14 AK 47 Rifles ... from pirates`)
    taken_from = {t.i for p in seized if p.dep == "prep" and p.lemma.lower() == "from" for t in sentence.subtree(p)}
    seized = [t for t in seized if t.i not in taken_from]
    people = _PEOPLE | _CULPRITS | _FUGITIVES | {"national", "crew", "crewman", "smuggler"}
    if not any(t.pos == "NOUN" and t.lemma.lower() in people for t in seized):
        return False
    doer = _doer(sentence, verb, children)
    if doer is None and verb.dep == "advcl":
        # a participle after the clause it hangs on takes that clause's subject
        doer = next((c for c in sentence.children(sentence.tokens[verb.head]) if c.dep == "nsubj"), None)
    return doer is not None and doer.lemma.lower() in _FORCE_WORDS | word_list("state_forces")


# Whom a manhunt is for, beside the culprits of a fresh crime (`A convicted sex offender ... was captured
# Monday`, `the escapee was caught`).
_FUGITIVES = frozenset(
    ["offender", "fugitive", "escapee", "inmate", "prisoner", "convict", "felon", "robber", "burglar", "thief"]
) | {"murderer", "rapist", "kidnapper", "smuggler", "poacher"}


# What a court hands down that decides a case (a ruling handed down is a statement, as `ruled`).
_SENTENCES = frozenset(["sentence", "verdict", "indictment", "conviction", "penalty"])
# Premises protesters take over (`occupy university campuses`); towns and land are a military's.
_OCCUPIED_PREMISES = frozenset(
    ["campus", "university", "school", "building", "office", "ministry", "parliament", "embassy", "factory"]
)
# Approaches a company turns away (`fended off unsolicited overtures`).
_OFFERS = frozenset(["overture", "offer", "bid", "approach", "advance"])
_CAUGHT_UNAWARE = frozenset(["guard", "surprise", "unaware", "unawares", "eye", "attention", "glimpse", "breath"])
# What one appeals to that is no one (`appealing to his religious beliefs`).
_BELIEFS = frozenset(["belief", "emotion", "conscience", "faith", "reason", "sense", "instinct", "value", "nature"])
_INTERCEPTED = _VESSELS | {"skiff", "dhow", "trawler", "tanker", "shipment", "convoy"}
# A court one is due in or before (`due in court`, `due before Furness district magistrates' court`).
_COURTS = frozenset(["court", "magistrate", "magistrates", "judge", "tribunal", "courtroom"])
_COURTS_AND_JURIES = _COURTS | {"jury", "juror"}
_ANIMALS = frozenset(
    [
        "dog",
        "cat",
        "horse",
        "cow",
        "animal",
        "pet",
        "bird",
        "fish",
        "sheep",
        "goat",
        "livestock",
        "collie",
        "puppy",
        "kitten",
    ]
)


def _fired_from_a_place(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """A person who fired from, at, into or through somewhere or in the air (`Andrew Lopez, 20,
    fired from the rooftop`, `he took out his revolver and fired two or three times in the air`),
    not one fired from a job (a passive) or a company that fired its staff."""
    doer = _doer(sentence, verb, children)
    person = doer is not None and (doer.pos == "PROPN" or doer.lemma.lower() in {"he", "she", "they"})
    aimed = any(
        c.dep == "prep"
        and (c.lemma.lower() in {"from", "at", "into", "on", "through"} or _names(sentence, c, {"air"}))
        and not _names(sentence, c, _JOBS)
        for c in children
    )
    return person and aimed and not any(c.dep in {"nsubjpass", "auxpass"} for c in children)


_JOBS = frozenset(["job", "post", "position", "company", "firm", "team", "role", "office"])


def _kept_in_custody(sentence: Sentence, verb: Token) -> bool:
    """`remain in custody`, `be kept in jail`: a verb of staying with custody as where."""
    staying = verb.lemma.lower() in {"remain", "stay", "keep", "be", "hold"}
    return staying and any(c.dep == "prep" and _names(sentence, c, _CUSTODY) for c in sentence.children(verb))


def _person_struck(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """Someone struck or hit, in the passive (`a Brooklyn mom was fatally struck by stray gunfire`,
    `was hit in the crosswalk`): harm done to a person, not a town a quake hit."""
    if not any(c.dep == "auxpass" for c in children):
        return _vehicle_hit_person(sentence, verb, children)
    agents = [g for c in children if c.dep == "agent" for g in sentence.children(c) if g.dep == "pobj"]
    if any(g.lemma.lower() in _VEHICLES | {"driver", "motorist"} for g in agents):
        return True  # `after being struck by a hit-and-run driver`
    if any(_attack_on_computers(sentence, g) for g in agents):
        return False  # `Victims of the latest exploit are hit by drive-by injection attacks`: on the web
    subject = next((c for c in children if c.dep == "nsubjpass"), None)
    if subject is not None and subject.lemma.lower() in {"she", "he"} and not _market_talk(sentence):
        return _by_no_hazard(sentence, children)  # `when she was hit`: a person
    if subject is None or subject.lemma.lower() not in _STRUCK:
        # a name struck by something named (`Johnson was hit by a car`), not `The S&P 500 was also hit
        # hard`; or a name told with its age (`59 - year old Raj Chohan was hit while walking`)
        agent = any(c.dep == "agent" for c in children)
        aged = subject is not None and any(c.lemma.lower() == "old" for c in sentence.children(subject))
        # or a person by a title (`Ms. Sanders was hit several times`), or by a full name (`LuAnn Marie
        # Johnson was hit at such a high rate of speed`)
        titled = subject is not None and any(
            c.dep == "compound" and c.lemma.lower().rstrip(".") in _HONORIFICS for c in sentence.children(subject)
        )
        full_name = (
            subject is not None
            and sum(1 for c in sentence.children(subject) if c.dep == "compound" and c.pos == "PROPN") >= 1
            and resolve_place(subject.text) is None
            and country_code(subject.text) is None
        )
        known = agent or aged or titled or full_name
        named = subject is not None and subject.pos == "PROPN" and known and not _market_talk(sentence)
        return named and _by_no_hazard(sentence, children)
    return _by_no_hazard(sentence, children)


def _vehicle_hit_person(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """A car, a driver or a person that struck a person (`the car that hit her`), in the active voice."""
    hitter = next((c for c in children if c.dep == "nsubj"), None)
    if hitter is not None and hitter.tag in {"WDT", "WP"} and verb.dep == "relcl":
        hitter = sentence.tokens[verb.head]  # `the car that hit her`, `the driver who hit her`
    if hitter is None and verb.dep == "conj" and verb.head != verb.i:
        # `the car "came out of nowhere" and hit her from behind`: the subject the two verbs share
        hitter = next((c for c in sentence.children(sentence.tokens[verb.head]) if c.dep == "nsubj"), None)
    if hitter is None and verb.dep == "advcl" and verb.tag == "VBG" and verb.head != verb.i:
        # `the driver ... drove over Johnson, hitting her`: the participle shares its clause's subject
        clause = sentence.tokens[verb.head]
        hitter = _doer(sentence, clause, list(sentence.children(clause)))
    if hitter is None:
        return False
    struck = [c for c in children if c.dep == "dobj"]
    if hitter.lemma.lower() in {"he", "she", "they"} | _PEOPLE:
        # `He hit her and rolled over her`: a person who hits a person (not `the news hit him`)
        return any(c.lemma.lower() in _STRUCK | {"her", "him", "she", "he", "someone", "somebody"} for c in struck)
    if hitter.lemma.lower() not in _VEHICLES | {"driver", "motorist"}:
        return False
    return any(c.lemma.lower() in _STRUCK or c.tag == "PRP" for c in struck)


_STRUCK = _PEOPLE | {"mom", "mother", "father", "wife", "husband"}


def _escaped_without(sentence: Sentence, harm: Token) -> bool:
    """`were able to escape without injury`, `walked away without a scratch`: no one hurt."""
    within = sentence.tokens[harm.head]
    if (
        harm.dep != "pobj"
        or harm.lemma.lower() not in {"injury", "harm", "scratch"}
        or within.lemma.lower() != "without"
    ):
        return False
    return sentence.tokens[within.head].lemma.lower() in _ESCAPING


_ESCAPING = frozenset(["escape", "get", "walk", "emerge", "survive", "flee", "leave", "come"])


def _attack_on_computers(sentence: Sentence, attack: Token) -> bool:
    """An attack named by what it does to computers (`an IFrame attack`, `drive-by injection attacks`)."""
    words = {attack.lemma.lower()} | {
        t.lemma.lower() for c in sentence.children(attack) if c.dep in {"compound", "amod"} for t in sentence.subtree(c)
    }
    return bool(words & (_CYBER_WORDS | _WEB_ATTACKS))


_WEB_ATTACKS = frozenset(["iframe", "injection", "exploit", "ddos", "denial-of-service", "trojan", "worm", "drive"])


def _by_no_hazard(sentence: Sentence, children: Sequence[Token]) -> bool:
    """Whether the `by` phrase, if any, names no quake or storm (a person hit by one is a disaster's)."""
    agents = [g for c in children if c.dep == "agent" for g in sentence.children(c) if g.dep == "pobj"]
    return not any(g.lemma.lower() in HAZARDS for g in agents)


# What a software update fixes (`repaired 47 vulnerabilities`).
_FLAWS = frozenset(["vulnerability", "flaw", "bug", "hole", "loophole"])


def _flaws_fixed(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """Flaws told fixed by a company, in a finite verb (`Microsoft repaired 47 vulnerabilities`; not a
    hole to plug, an aim)."""
    doer = _doer(sentence, verb, children)
    company = doer is not None and (
        doer.lemma.lower() in BUSINESSES or (doer.pos == "PROPN" and not actor_country(doer.text))
    )
    return company and verb.tag in {"VBD", "VBZ", "VBN"} and verb.dep != "xcomp" and _done(children)


# Bodies whose vote is a decision they take (`the People's Council ... voted to abolish itself`).
_VOTING_BODIES = frozenset(["council", "parliament", "assembly", "senate", "house", "congress", "committee"]) | (
    frozenset(["board", "legislature", "cabinet", "court", "chamber", "commission"])
)


def _body_voted_to_act(sentence: Sentence, children: Sequence[Token]) -> bool:
    """A body that voted to do something, done (`voted to abolish itself`); not voters choosing."""
    body = any(
        c.dep == "nsubj" and any(t.lemma.lower() in _VOTING_BODIES for t in sentence.subtree(c) if t.i <= c.i)
        for c in children
    )
    act = any(c.dep == "xcomp" and c.lemma.lower() in _DECIDED_BY_VOTE for c in children)
    return body and act and _done(children)


# What a body decides by its vote (`voted to abolish itself`; not `voted to pay $5.5 million`).
_DECIDED_BY_VOTE = frozenset(["abolish", "dissolve", "disband", "suspend", "expel", "impeach", "ban", "approve"]) | (
    frozenset(["reject", "ratify", "adopt", "repeal", "end", "cede", "remove", "censure", "outlaw", "lift"])
)


def _caught_up_with(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """Police who `caught up with` someone: an arrest (not a runner who caught up with the pack)."""
    up = any(c.dep in {"prt", "advmod"} and c.lemma.lower() == "up" for c in children)
    with_someone = any(
        c.dep == "prep" and c.lemma.lower() == "with" and any(_someone(sentence, g) for g in sentence.children(c))
        for c in children
    )
    # (not `caught up with ... Subryan ..., where he was taken into custody`: the custody is the arrest)
    custody = any(t.lemma.lower() in _CUSTODY for t in sentence.tokens)
    police = _doer_lemma(sentence, verb, children) in word_list("state_forces") | {"officer"}
    return up and with_someone and police and not custody


# A quake told by its shaking (`experienced a slight tremor`).
_TREMORS = frozenset(["tremor", "earthquake", "quake", "temblor", "aftershock"])


def tremor_felt_first(sentence: Sentence, verb: Token) -> bool:
    """Tremors told `felt` in a place (`Tremors from an earthquake ... were felt in Dubai today`):
    the report's own incident when it tells no quake before them (else the quake's reach)."""
    children = list(sentence.children(verb))
    felt = verb.lemma.lower() == "feel" and any(c.dep == "auxpass" for c in children)
    # (not `felt as far away as Australia`: how far the quake reached)
    afar = any(t.lemma.lower() in {"far", "away"} for c in children if c.dep == "advmod" for t in sentence.subtree(c))
    # (the shaking, not the quake itself: `The quake was felt in the neighbouring Gulf states`)
    tremors = any(c.dep == "nsubjpass" and c.lemma.lower() == "tremor" for c in children)
    return felt and tremors and not afar and _done(children)


def _ground_moved(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """The ground or the earth shaking, told as felt or as done (`felt the ground shaking beneath
    them`, `the ground shook`): a quake felt; not a question (`Did the earth move?`)."""
    if not any(c.dep == "nsubj" and c.lemma.lower() in {"ground", "earth"} for c in children):
        return False
    head = sentence.tokens[verb.head]
    return verb.dep in {"ROOT", "conj"} or (verb.dep in {"ccomp", "xcomp"} and head.lemma.lower() in {"feel", "see"})


# What sets a day in court for a case (`a trial hearing was penciled in for October`).
_SETTING_A_DATE = frozenset(["set", "schedule", "pencil", "fix", "list", "book", "slate"])
# What a case does in court when it is heard (`The case continued in his absence`).
_CASE_HEARD = frozenset(["hear", "continue", "proceed", "adjourn"])
_COURT_STEP_WORDS = _CASE_HEARD | {"date", "hearing", "plea", "appear"}


def _pay_asked(sentence: Sentence, children: Sequence[Token]) -> bool:
    """`is asking for a significant raise for Catching Fire`: a person's pay in a negotiation, business."""
    asked = {
        g.lemma.lower() for c in children if c.dep == "prep" and c.lemma.lower() == "for" for g in sentence.children(c)
    }
    return bool(asked & _PAY)


_PAY = frozenset(["raise", "salary", "fee", "bonus", "payday"])


def _plain(sentence: Sentence, noun: Token) -> bool:
    """A noun with no other noun naming its kind (`the case`, not `a case study`)."""
    return not any(c.dep == "compound" and c.pos == "NOUN" for c in sentence.children(noun))


def _court_step(sentence: Sentence, token: Token) -> str | None:
    """A step of a case in court told done, set or due, which the accused takes no part in
    choosing: a trial or plea hearing set or held (`A trial date's been set`, `a three day trial
    hearing was penciled in for October`, `A plea and case management hearing will be held on
    September 6`, `a bail hearing was scheduled for Wednesday`), a plea entered or due (`no plea
    was entered`, `due to enter his plea in September`), a case heard (`The case was heard in his
    absence`, `The case continued in his absence`) and an appearance due in court (`was due to
    appear via video link at Preston Crown Court`, `was remanded in custody to appear before
    Taunton Crown Court`); None for anything else (`A June 3 hearing has been scheduled in the US Bankruptcy
    Court`: no trial or plea named)."""
    lemma = token.lemma.lower()
    if lemma not in _COURT_STEP_WORDS:
        return None
    head = sentence.tokens[token.head]
    children = list(sentence.children(token))
    if token.pos == "NOUN" and token.dep == "nsubjpass" and lemma in {"date", "hearing"}:
        kinds = {t.lemma.lower() for t in sentence.subtree(token) if t.i < token.i}
        setting = head.lemma.lower() in _SETTING_A_DATE or (lemma == "hearing" and head.lemma.lower() == "hold")
        if setting and kinds & {"trial", "plea", "sentencing", "court", "bail"}:  # (`Jackson's court date is set for`)
            return "day in court set"
    if token.pos == "NOUN" and lemma == "plea" and token.dep in {"dobj", "nsubjpass"} and head.lemma.lower() == "enter":
        return "plea entered"
    if token.pos == "VERB" and lemma in _CASE_HEARD:
        case = any(c.dep in {"nsubj", "nsubjpass"} and c.lemma.lower() == "case" for c in children)
        absent = any(c.dep == "prep" and c.lemma.lower() == "in" and _names(sentence, c, {"absence"}) for c in children)
        heard = lemma in {"hear", "adjourn"} and any(c.dep == "auxpass" for c in children)
        # (not `when the case is heard in May`: a clause of time or condition, no hearing told)
        if case and (absent or heard) and token.dep in {"ROOT", "conj"}:
            return "case heard"
    if token.pos == "VERB" and lemma == "appear" and token.dep in {"xcomp", "advcl"}:
        # (`was remanded in custody to appear before Taunton Crown Court`: held until the day)
        due = head.lemma.lower() in _SCHEDULED or head.lemma.lower() in {"remand", "bail"}
        where = {t.lemma.lower() for c in children if c.dep == "prep" for t in sentence.subtree(c)}
        if due and where & (_COURTS | {"link", "videolink"}):
            return "due in court"
    return None


def _named_sides(sentence: Sentence, children: Sequence[Token]) -> bool:
    """Whether a clash's two sides are a name each, a person or an organisation (`Hardwicke ...
    clashed with Summit Entertainment`), not crowds or forces (`protesters clashing with police`)."""
    subject = next((c for c in children if c.dep == "nsubj"), None)
    others = [g for c in children if c.dep == "prep" and c.lemma.lower() == "with" for g in sentence.children(c)]
    return subject is not None and subject.pos == "PROPN" and any(g.pos == "PROPN" for g in others)


def _on_trial(sentence: Sentence, trial: Token) -> bool:
    """`He was on trial for rape`, `is on trial`: a person being tried, as `being tried for`."""
    on = sentence.tokens[trial.head]
    if trial.dep != "pobj" or on.lemma.lower() != "on" or on.head == on.i:
        return False
    verb = sentence.tokens[on.head]
    return verb.lemma.lower() in {"be", "go", "stand", "remain"} and any(
        c.dep == "nsubj" for c in sentence.children(verb)
    )


def _service_trouble(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """Telecom or power services cut or in trouble (`Services ... were disrupted`, `This has
    affected ... communications`, `users ... face connection issues`, `We are seeing some problems
    in our telecom towers`, `the problems began at around 08: 30 am`), in a sentence about services."""
    lemma = verb.lemma.lower()
    if lemma == "black" and any(c.dep == "prt" and c.lemma.lower() == "out" for c in children):
        return True  # `leaving the country largely blacked out for days`
    if lemma not in _TROUBLE_VERBS:
        return False
    patients = {c.lemma.lower() for c in children if c.dep in {"dobj", "nsubjpass"}}
    modal = any(c.dep == "aux" and c.lemma.lower() in {"could", "would", "might"} for c in children)
    if lemma == "lose":
        return bool(patients & _SERVICES) and not modal  # `the country has lost Internet service`
    troubled = any(c.dep == "nsubj" and c.lemma.lower() in _OUTAGES | {"cut"} for c in children)
    if lemma in _DISRUPTING and troubled and not modal:
        return True  # `this cut is affecting how I work`: what an outage does
    if lemma in _DISRUPTING:
        # not `intelligence that could disrupt terror networks`; `Many countries were affected by the
        # outage`, `Internet traffic also has been hit by the incident`
        served = bool(patients & _SERVICES) or any(
            c.dep in {"dobj", "nsubjpass"} and _service_traffic(sentence, c) for c in children
        )
        # `disrupting about 70 percent of the communications network`: the share is of a service
        served = served or any(
            g.lemma.lower() in _SERVICES
            for c in children
            if c.dep in {"dobj", "nsubjpass"}
            for p in sentence.children(c)
            if p.lemma.lower() == "of"
            for g in sentence.children(p)
        )
        agent = _agent_of(sentence, verb)
        # (an outage, not `performance was hampered by problems`; `affected by the cable cut`)
        by_trouble = agent is not None and agent.lemma.lower() in _OUTAGES | {"cut", "break"}  # a cable's
        return (served or by_trouble) and not modal
    words = {t.lemma.lower() for t in sentence.tokens}
    if not words & _SERVICE_KIT:
        return False  # the carriers' words (`cable`, `tower`), not `customer service line` on a website
    if lemma in {"experience", "face", "see", "suffer", "have"}:
        # `Yemen and Sudan were also having phone and Internet difficulties`
        trouble = patients | {g.lemma.lower() for c in children if c.dep == "dobj" for g in sentence.children(c)}
        # and `were experiencing degraded ADSL service`
        degraded = bool(patients & _SERVICES) and bool(trouble & {"degraded", "degrade", "intermittent", "patchy"})
        return (
            bool(patients & _TROUBLE) or degraded or ("connection" in trouble and bool(trouble & _TROUBLE | {"slow"}))
        )
    subjects = {c.lemma.lower() for c in children if c.dep == "nsubj"}
    return lemma in {"begin", "start"} and bool(subjects & _TROUBLE)


def _service_lost(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """A damage `resulting in the loss of all telecommunications`: the outage it causes."""
    if verb.lemma.lower() not in {"result", "lead"}:
        return False
    losses = [g for c in children if c.dep == "prep" for g in sentence.children(c) if g.dep == "pobj"]
    return any(
        loss.lemma.lower() == "loss"
        and any(
            t.lemma.lower() in _SERVICES
            for o in sentence.children(loss)
            if o.lemma.lower() == "of"
            for t in sentence.subtree(o)
        )
        for loss in losses
    )


def _service_traffic(sentence: Sentence, token: Token) -> bool:
    """`Internet traffic`, `voice traffic`: the traffic a network carries, not cars."""
    return token.lemma.lower() == "traffic" and any(
        c.dep in {"compound", "amod"} and c.lemma.lower() in {"internet", "voice", "data", "phone", "telephone", "web"}
        for c in sentence.children(token)
    )


def _kit_damaged(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """Cables or lines cut, severed or damaged (`three undersea cables were damaged`, `cables ... that
    were damaged Friday`, `The damage broke all three of the cables`): the damage of an outage."""
    if verb.lemma.lower() not in _BREAKING:
        return False
    hit = [c for c in children if c.dep in {"dobj", "nsubjpass"}]
    if verb.dep == "relcl" and any(c.tag in {"WDT", "WP"} for c in hit):
        hit.append(sentence.tokens[verb.head])  # `cables ... that were damaged`
    if verb.dep == "acl" and verb.head != verb.i and any(c.dep == "auxpass" for c in children):
        hit.append(sentence.tokens[verb.head])  # `an incident of an undersea cable being severed on Tuesday`
    # `all three of the cables`: the noun after `of`
    hit += [g for c in hit for p in sentence.children(c) if p.lemma.lower() == "of" for g in sentence.children(p)]
    # `the FLAG FEA, SMW4, and SMW3 lines ... have all been cut`: the names joined to the first
    for _ in range(2):
        hit += [g for c in hit for g in sentence.children(c) if g.dep == "conj" and g not in hit]
    return any(_carrier(sentence, c) for c in hit) or (
        # `only two lines were snapped`: what snaps or is severed is a cable
        verb.lemma.lower() in {"sever", "snap"} and any(c.lemma.lower() == "line" for c in hit)
    )


# What an agreement or a law suffers when it is broken (`was a breach of the 1991 settlement`).
_BREACHES = frozenset(["breach", "violation", "infringement", "contravention"])


def _trouble_reported(sentence: Sentence, children: Sequence[Token]) -> bool:
    """What is reported or detected, in the passive, that is an incident: a fault or a break on a
    cable or a line, or seismic or volcanic activity (a tremor)."""
    for told in (c for c in children if c.dep == "nsubjpass"):
        kinds = {g.lemma.lower() for g in sentence.children(told) if g.dep in {"amod", "compound"}}
        if told.lemma.lower() == "activity" and kinds & {"seismic", "volcanic"}:
            return True
        on = [g for c in (*sentence.children(told), *children) if c.dep == "prep" for g in sentence.children(c)]
        if told.lemma.lower() in {"fault", "break", "failure"} and any(_carrier(sentence, g) for g in on):
            return True
    return False


def _carrier(sentence: Sentence, token: Token) -> bool:
    lemma = token.lemma.lower()
    if lemma in CARRIERS:
        return True
    kinds = [c for c in sentence.children(token) if c.dep in {"compound", "amod"}]
    # and lines named as cables are (`the FLAG FEA, SMW4, and SMW3 lines`)
    named = any(c.pos == "PROPN" for c in kinds) and any(t.lemma.lower() in CARRIERS for t in sentence.tokens)
    if lemma == "system" and any(c.lemma.lower() in CARRIERS for c in kinds):
        return True  # `The cable system that was cut`
    return lemma == "line" and (bool({c.lemma.lower() for c in kinds} & _LINE_KINDS) or named)


_BREAKING = frozenset(["cut", "sever", "damage", "break", "rupture", "snap"])
# Lines that carry a service (`data lines`, `power lines`), not a queue or a front line.
_LINE_KINDS = frozenset(["data", "phone", "telephone", "power", "communication", "underwater", "undersea", "fiber"])


def _not_confirming(sentence: Sentence, children: Sequence[Token]) -> bool:
    """`We are not confirming anything`, `We are not confirming`: a confirmation withheld (not
    `cannot confirm`, which is no refusal)."""
    modal = any(c.dep == "aux" and c.text.lower() in _MODALS for c in children)
    objects = [c for c in children if c.dep in {"dobj", "ccomp"}]
    withheld = all(c.lemma.lower() in {"anything", "it", "that", "this"} for c in objects)
    return _negated(children) and not modal and withheld


def _negated(children: Sequence[Token]) -> bool:
    return any(c.dep == "neg" for c in children)


def _done(children: Sequence[Token], also: frozenset[str] | set[str] = frozenset()) -> bool:
    """Neither negated nor only possible (`must not have written the letter`)."""
    modal = any(c.dep == "aux" and c.lemma.lower() in _MODALS | also for c in children)
    return not modal and not _negated(children)


def _people_are(sentence: Sentence, adjective: Token) -> bool:
    """Whether the subject of the `be` an adjective completes is people (`both were dead`, `he is
    dead`, `Two officers were dead`), not a thing (`the battery is dead`, `the deal is dead`)."""
    verb = sentence.tokens[adjective.head]
    if verb.lemma.lower() != "be" or verb.tag not in {"VBD", "VBZ", "VBP"}:
        return False  # `were dead`, `is dead`; not `He better not be dead`
    children = list(sentence.children(verb))
    subject = next((c for c in children if c.dep == "nsubj"), None)
    before = sentence.tokens[verb.i - 1] if verb.i > 0 else None
    if subject is None and before is not None and before.dep == "dobj":
        # `only to be told her youngest daughter was already dead`: what was told, its subject
        # read as the object of `told`
        told = sentence.tokens[before.head].lemma.lower() in {"tell", "inform", "learn", "hear"}
        subject = before if told else None
    if subject is None or any(c.dep in {"neg", "aux"} for c in children):
        return False  # `He better not be dead`: a fear, no death told
    word = subject.lemma.lower()
    if word in {"i", "we", "you"}:
        return False  # `I'm half-dead in my tent`: a way of speaking
    personal = subject.pos == "PRON" and word not in {"it", "this", "that", "which", "what"}
    return personal or word in _PEOPLE | {"both", "all"} or subject.pos in {"PROPN", "NUM"}


def _gave_oneself_up(children: Sequence[Token]) -> bool:
    """`the gunman gave himself up`: a surrender."""
    up = any(c.dep in {"prt", "advmod"} and c.lemma.lower() == "up" for c in children)
    return up and any(c.dep == "dobj" and c.lemma.lower() in _REFLEXIVES for c in children)


# What is made available to people in need (`made available a distress fund`), not a product.
_HELP_MADE_AVAILABLE = _RELIEF_WORDS | {"fund", "assistance", "shelter", "food", "water", "blanket", "housing"}


def _help_made_available(sentence: Sentence, verb: Token) -> bool:
    """`made available a distress fund`, `made funds available`: help given (however the parser
    hangs the noun)."""
    available = next(
        (t for t in sentence.subtree(verb) if t.lemma.lower() == "available" and 0 < t.i - verb.i <= 4), None
    )
    if available is None:
        return False
    near = sentence.tokens[verb.i + 1 : available.i] + sentence.tokens[available.i + 1 : available.i + 5]
    return any(t.pos == "NOUN" and t.lemma.lower() in _HELP_MADE_AVAILABLE for t in near)


_RESPONSES = frozenset({"response", "reply", "answer", "comment"})
# What is countered when a counter is a rebuttal (`That was countered by ...`), not a move or a cost.
_COUNTERED = frozenset({"that", "this", "claim", "report", "allegation", "argument", "assertion", "account"})


def _credited_for_help(sentence: Sentence, children: Sequence[Token]) -> bool:
    """`credited Felt for helping them`: a person praised for what they did (not money credited)."""
    person = any(c.dep == "dobj" and _someone(sentence, c) for c in children)
    return person and any(c.dep == "prep" and c.lemma.lower() in {"for", "with"} for c in children)


def _disapproval_felt(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """`I am shocked and dismayed by the numerous leaks`: a person who says they disapprove of
    something done (PLOVER's ACCUSE), with what they disapprove of named."""
    if not any(c.dep in {"agent", "prep"} and c.lemma.lower() in {"by", "at", "over"} for c in children):
        return False
    holder = feeling_holder(sentence, verb)
    if holder.lemma.lower() not in {"be", "feel"} | _DISAPPROVING:
        return False
    subject = next((c for c in sentence.children(holder) if c.dep in {"nsubj", "nsubjpass"}), None)
    if subject is None or any(c.dep == "aux" and c.lemma.lower() in _MODALS for c in sentence.children(holder)):
        return False  # (`My father would be so appalled at what's going on`: imagined)
    return _someone(sentence, subject)


# Words for the people of a place or a cause, as those thanked or met (`thank the local community`).
_GROUPS_OF_PEOPLE = frozenset({"community", "public", "volunteer", "congregation"})


def _place_it_stands_for(sentence: Sentence, verb: Token) -> set[str]:
    """The public place a pronoun closed or reopened stands for, named before it in the sentence
    (`Roads around the area ... were closed for some time, but ... they were all reopened`)."""
    named = [
        t.lemma.lower()
        for t in sentence.tokens[: verb.i]
        if t.dep in {"nsubj", "nsubjpass"} and t.lemma.lower() in _PUBLIC_PLACES
    ]
    return set(named[-1:])


def _left_from(sentence: Sentence, preposition: Token) -> bool:
    """`stepped away from`, `withdrew from`, `walked out from`: a party leaving what it was in."""
    verb = sentence.tokens[preposition.head]
    if verb.lemma.lower() in {"away", "out", "back"} and verb.dep == "advmod" and verb.head != verb.i:
        verb = sentence.tokens[verb.head]
    return verb.lemma.lower() in {"step", "walk", "withdraw", "pull", "break"}


# What a sentence about making a film names (`begins shooting in August with a script`).
_FILM_MAKING = frozenset({"script", "film", "movie", "scene", "sequel", "cast", "studio", "footage", "episode"})


def _filming(sentence: Sentence, verb: Token) -> bool:
    """`begins shooting in August with a script`: a film shot, no one fired at (not `the director
    was shot`)."""
    if _has_people(sentence, [verb]) or any(c.dep == "auxpass" for c in sentence.children(verb)):
        return False
    return any(t.lemma.lower() in _FILM_MAKING for t in sentence.tokens)


def _made_to_leave_home(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """`were made to leave their homes`, `forced to leave their houses`: an evacuation, not a move
    of one's own (`left home at 18`)."""
    if not any(c.dep == "dobj" and c.lemma.lower() in {"home", "house", "apartment", "flat"} for c in children):
        return False
    if verb.head == verb.i or verb.dep not in {"xcomp", "advcl"} or not to_infinitive(sentence, verb):
        return False
    return sentence.tokens[verb.head].lemma.lower() in {"make", "force", "order", "tell", "compel", "oblige"}


def _closed_as_a_state(sentence: Sentence, token: Token) -> bool:
    """`surrounding roads were closed`, the participle read as an adjective after `were`: a public
    place closed."""
    if token.lemma.lower() not in {"closed", "shut"} or token.pos != "ADJ" or token.dep != "acomp":
        return False
    being = sentence.tokens[token.head]
    return being.lemma.lower() == "be" and any(
        c.dep in {"nsubj", "nsubjpass"} and c.lemma.lower() in _CLOSABLE for c in sentence.children(being)
    )


def _culprits_gave_up(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """`forcing the pirates to give up`, `the gunman gave up`: armed men or suspects surrendering,
    with nothing given up (not `gave up the search`, `gave up his seat`)."""
    up = any(c.dep == "prt" and c.lemma.lower() == "up" for c in children)
    if not up or any(c.dep in {"dobj", "nsubjpass"} for c in children):
        return False
    giver = next((c for c in children if c.dep == "nsubj"), None)
    if giver is None and verb.dep == "xcomp" and verb.head != verb.i:
        made = sentence.tokens[verb.head]  # `forcing the pirates to give up`: who was forced
        giver = next((c for c in sentence.children(made) if c.dep == "dobj"), None)
    return giver is not None and giver.lemma.lower() in _CULPRITS | _ARMED_FOES - {"troop"}


def _taken_on_board(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """`taken on board the INS Mysore`, `taken aboard`: onto the ship that holds them."""
    aboard = any(c.lemma.lower() == "aboard" for c in children)
    return aboard or any(
        c.dep == "prep" and c.lemma.lower() == "on" and _names(sentence, c, {"board"}) for c in children
    )


def _turned_oneself_in(children: Sequence[Token]) -> bool:
    """`turned himself in` (the parser may read `in` as a preposition of the time after it)."""
    turned_in = any(c.dep in {"prt", "prep"} and c.lemma.lower() == "in" for c in children)
    return turned_in and any(c.dep == "dobj" and c.lemma.lower() in _REFLEXIVES for c in children)


def _name_withheld(verb: Token, children: Sequence[Token], patients: set[str]) -> bool:
    """`his identity will not be released`; `whose location was not revealed publicly`."""
    if {"auxpass", "neg"} <= {c.dep for c in children} and patients & _WITHHELD:
        return True
    return verb.dep == "relcl" and _negated(children) and any(c.dep == "nsubjpass" and c.tag == "WP$" for c in children)


def _none_given(sentence: Sentence, children: Sequence[Token]) -> bool:
    """`No specific reason ... was given for her treatment`, `no details were released`: an
    explanation withheld."""
    withheld = [c for c in children if c.dep == "nsubjpass" and c.lemma.lower() in _WITHHELD | _EXPLANATIONS]
    if any(g.dep == "det" and g.lemma.lower() == "no" for c in withheld for g in sentence.children(c)):
        return True
    # `Neither Equus nor Tony Lama gave a reason for the changed offer`, `did not give a reason`
    given = [c for c in children if c.dep == "dobj" and c.lemma.lower() in _EXPLANATIONS]
    givers = [c for c in children if c.dep == "nsubj"]
    nobody = any(
        g.dep in {"preconj", "det"} and g.lemma.lower() in {"neither", "no"}
        for c in givers
        for g in sentence.children(c)
    )
    return bool(given) and (nobody or any(c.dep == "neg" for c in children))


_EXPLANATIONS = frozenset(["reason", "explanation", "cause", "motive", "detail"])
# Facts one gives out or keeps back (`declining to offer the numbers of Washington's proposal`).
# (not a name: `declining to give her name` is a source kept anonymous)
_FIGURES_GIVEN = _EXPLANATIONS | {"number", "figure", "term", "price", "amount", "information", "value", "cost", "size"}


def _information_given(sentence: Sentence, verb: Token) -> bool:
    """`offer the numbers`, `give details`, `release the figures`: facts given out, so that declining
    to is a refusal to say."""
    return verb.lemma.lower() in {"offer", "give", "provide", "release", "share", "disclose"} and any(
        c.dep == "dobj" and c.lemma.lower() in _FIGURES_GIVEN for c in sentence.children(verb)
    )


def _calls_for_to(sentence: Sentence, children: Sequence[Token]) -> bool:
    """`called for companies to protect their ships`: `for` read as opening the clause it asks for."""
    return any(
        c.dep in {"advcl", "ccomp", "xcomp"}
        and any(g.dep == "mark" and g.lemma.lower() == "for" for g in sentence.children(c))
        for c in children
    )


def _attack_attempt(sentence: Sentence, noun: Token) -> bool:
    """`a piracy attempt`, `a hijack bid`, `an attempted robbery`: an attack tried."""
    kinds = {c.lemma.lower() for c in sentence.children(noun) if c.dep in {"compound", "amod"}}
    return noun.lemma.lower() in {"attempt", "bid", "plot"} and bool(kinds & _ATTACK_KINDS)


def _in_crime_charged(sentence: Sentence, token: Token) -> bool:
    """Whether the word is inside the crime a charge names (`charged with ... leaving the scene of an
    accident resulting in death`): the law's words, no incident of their own."""
    current = token
    while current.head != current.i:  # up to a charge whose `with` comes before the word
        current = sentence.tokens[current.head]
        if current.lemma.lower() in _CHARGING and any(
            c.dep == "prep" and c.lemma.lower() in {"with", "of"} and c.i < token.i for c in sentence.children(current)
        ):
            return True
    return False


def _in_custody(sentence: Sentence, children: Sequence[Token]) -> bool:
    """An `in custody` phrase under the verb or its object (`have a suspect in custody`)."""
    heads = [*children, *(g for c in children if c.dep == "dobj" for g in sentence.children(c))]
    return any(c.dep == "prep" and c.lemma.lower() == "in" and _names(sentence, c, {"custody"}) for c in heads)


def _pirates_seize(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """Vessels seized by pirates or hijackers, who take their crews with them (`Somali pirates ...,
    seizing a number of vessels`), not boats seized by a navy."""
    seized = [c for c in children if c.dep in {"dobj", "nsubjpass"}]
    if verb.dep == "relcl" and any(c.tag == "WDT" for c in seized):
        seized.append(sentence.tokens[verb.head])  # `a Thai fishing trawler that had been seized by pirates`
    seized += [g for c in seized for p in sentence.children(c) if p.lemma.lower() == "of" for g in sentence.children(p)]
    if not any(c.lemma.lower() in _VESSELS for c in seized):
        return False
    doer = _doer_lemma(sentence, verb, children)
    if verb.dep == "advcl" and verb.tag == "VBG" and not doer:
        head = sentence.tokens[verb.head]
        doer = _doer_lemma(sentence, head, list(sentence.children(head)))
    return doer in {"pirate", "hijacker", "gunman", "militant"}


def _doer_lemma(sentence: Sentence, verb: Token, children: Sequence[Token]) -> str:
    doer = _doer(sentence, verb, children)
    return doer.lemma.lower() if doer is not None else ""


def _aims_for(sentence: Sentence, children: Sequence[Token]) -> bool:
    """`shooting for a 2011 release date`: active, no one shot, a `for` of what is aimed at (not
    `shot for refusing`, `was shooting for minutes`)."""
    if any(c.dep in {"dobj", "auxpass", "nsubjpass"} for c in children):
        return False
    aimed = [g for c in children if c.dep == "prep" and c.lemma.lower() == "for" for g in sentence.children(c)]
    return any(g.dep == "pobj" and g.pos == "NOUN" and g.lemma.lower() not in _TIME_UNITS for g in aimed)


_TIME_UNITS = frozenset(["second", "minute", "hour", "day", "week", "month", "year", "while", "time"])


def _dies_in_prison(sentence: Sentence, children: Sequence[Token]) -> bool:
    """`will die in prison`, `will likely die behind bars`: a sentence's length, no death."""
    future = any(c.dep == "aux" and c.lemma.lower() in {"will", "would", "could", "may", "might"} for c in children)
    jailed = any(
        c.dep == "prep" and c.lemma.lower() in {"in", "behind"} and _names(sentence, c, {"prison", "jail", "bar"})
        for c in children
    )
    return future and jailed


_REFLEXIVES = frozenset(["himself", "herself", "themselves", "myself", "yourself", "ourselves"])
_PRONOUNS = frozenset(["he", "she", "they", "him", "her", "them", "i", "me", "we", "us"])
_ONE_LISTENER = frozenset(["man", "woman", "him", "her", "me", "us"])


def _spoken_to_one(sentence: Sentence, verb: Token) -> bool:
    """`spoke to the woman`, `speak to the interest of`: a conversation with one listener or words
    on a matter, wherever it was held."""
    return any(
        c.dep == "prep" and c.lemma.lower() == "to" and _names(sentence, c, _ONE_LISTENER | _ABSTRACT_HEARERS)
        for c in sentence.children(verb)
    )


# Who a prisoner may handcuff (`handcuffed the officers together`): the guards, not a suspect.
_GUARDS = frozenset(["officer", "deputy", "guard", "policeman", "agent", "warden", "trooper"])


# Who holds people captive (`Pirates holding ... 300 crewmen`), not police holding suspects.
_CAPTORS = _CULPRITS | {"kidnapper", "abductor", "captor", "militant", "rebel", "insurgent", "gang"}
_HELD_CAPTIVE = frozenset(["crew", "crewman", "crewmember", "hostage", "sailor", "seafarer", "captive"])


def _hostages_held(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """People held by pirates, kidnappers or militants: a kidnapping going on."""
    held = [t for c in children if c.dep == "dobj" for t in sentence.subtree(c)]
    if not any(t.lemma.lower() in _HELD_CAPTIVE | _PEOPLE for t in held if t.pos == "NOUN"):
        return False
    holder = next((c for c in children if c.dep == "nsubj"), None)
    if holder is None and verb.dep == "acl":
        holder = sentence.tokens[verb.head]  # `Pirates holding ...`
    return holder is not None and holder.lemma.lower() in _CAPTORS


# What hostages are made to do (`forced to drive to the Baytown area`, `forced to kneel`), not an
# official forced to resign or a plane forced to land.
_COERCED_ACTS = frozenset(["drive", "kneel", "lie", "strip", "undress", "march", "crawl", "carry", "dig"]) | {"walk"}


def _made_to_act(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """People forced by someone to do what hostages are made to do, or to do anything at gunpoint."""
    acts = [c for c in children if c.dep == "xcomp"]
    people = [c for c in children if c.dep in {"nsubjpass", "dobj"}]
    if not people and verb.dep in {"pcomp", "advcl"}:
        # `Both guards were released after being forced to drive`: the clause's subject
        governor = sentence.tokens[verb.head]
        governor = sentence.tokens[governor.head] if governor.dep == "prep" else governor
        people = [c for c in sentence.children(governor) if c.dep in {"nsubj", "nsubjpass"}]
    at_gunpoint = any(t.lemma.lower() in {"gunpoint", "knifepoint"} for c in children for t in sentence.subtree(c))
    made = at_gunpoint or any(c.lemma.lower() in _COERCED_ACTS for c in acts)
    return bool(acts) and made and any(c.lemma.lower() in _PEOPLE | _GUARDS or c.pos == "PRON" for c in people)


def _guards_restrained(sentence: Sentence, verb: Token, patients: set[str]) -> bool:
    """Guards or officers handcuffed (by the prisoner who took them hostage), named or as the
    pronoun for the guards the sentence is about (`The guards ... were forced to drive to the Baytown
    area, where Comeaux took their weapons, handcuffed them together`)."""
    if patients & _GUARDS:
        return True
    return bool(patients & {"they", "them", "he", "him", "she", "her"}) and any(
        t.dep in {"nsubj", "nsubjpass"} and t.lemma.lower() in _GUARDS and t.i < verb.i for t in sentence.tokens
    )


# What is fired when a gun is (`began firing a gun`); `gun` is no weapon word of its own (`gun laws`).
# Whom a social call is paid to (`visiting someone`, `to visit a former neighbor`).
_SOCIAL_CALLS = frozenset(
    ["someone", "somebody", "friend", "relative", "family", "neighbor", "neighbour", "grandmother", "grandparent"]
)
# Services that an outage cuts, and what carries them.
_SERVICES = frozenset(
    ["service", "network", "connection", "communication", "internet", "link", "telecommunication", "connectivity"]
)
_SERVICE_KIT = frozenset(["cable", "fiber", "fibre", "tower", "telecom", "broadband", "operator", "provider"]) | {
    "adsl",
    "dsl",
    "isp",
}
_TROUBLE = frozenset(
    ["problem", "issue", "downtime", "outage", "disruption", "cut", "slowdown", "interruption", "difficulty"]
)
_OUTAGES = frozenset(["outage", "blackout", "downtime", "disruption", "interruption"])
# What is done to a service (`Services ... were disrupted`, `blocking internet and mobile services`).
_DISRUPTING = frozenset(["disrupt", "affect", "interrupt", "hit", "hamper", "block", "cut"])
_TROUBLE_VERBS = _DISRUPTING | {"experience", "face", "see", "suffer", "have", "begin", "start", "lose"}
# What is withheld when a name is (`his identity will not be released`, `whose location was not revealed`).
_WITHHELD = frozenset(["name", "identity", "location", "motive", "detail"])
# What `speak to` means when it is no audience (`speak both to the intense insider interest of fans`).
_ABSTRACT_HEARERS = frozenset(["interest", "importance", "issue", "need", "concern", "point", "question"])
# What a tried attack is called (`a piracy attempt`, `a hijack bid`).
_ATTACK_KINDS = frozenset(["piracy", "hijack", "hijacking", "robbery", "bombing", "bomb", "attack", "kidnap"]) | {
    "kidnapping",
    "murder",
    "assassination",
    "terror",
    "terrorist",
}
# What forces are sent on (`sent for patrol missions`).
_PATROLS = frozenset(["patrol", "patrols", "mission", "missions", "duty", "deployment"])
_SELF_DEFENCE = frozenset(["self-defense", "self-defence", "defense", "defence"])
_CRITICISM = frozenset(["criticism", "condemnation", "rebuke"])
_PRAISE = frozenset(["praise", "acclaim", "plaudit", "accolade", "applause"])
_DRAWING_PRAISE = frozenset(["draw", "attract", "earn", "receive", "garner", "win", "get"])
_FAVOURABLE = frozenset(["positive", "favorable", "favourable", "rave", "glowing", "warm", "enthusiastic"])


def _praise_drawn(sentence: Sentence, children: Sequence[Token]) -> bool:
    """Praise one receives (`drew praise`, `garnered positive responses`, `received rave reviews`):
    others' praise of one, PLOVER's SUPPORT."""
    for c in children:
        if c.dep != "dobj":
            continue
        if c.lemma.lower() in _PRAISE:
            return True
        told = c.lemma.lower() in {"response", "review", "reaction", "notice"}
        if told and any(g.dep in {"amod", "compound"} and g.lemma.lower() in _FAVOURABLE for g in sentence.children(c)):
            return True
    return False


# Verbs of charging: whose `with` or `of` names a crime (`charged with murdering`), and which name
# people by their charge in a reduced relative (`the youths charged with murdering`).
_CHARGING = frozenset(["charge", "accuse", "convict", "indict"])
_ATTACKERS = frozenset(["pirate", "attacker", "assailant", "gunman", "militant", "raider", "insurgent", "attack"])
_FIREFIGHTERS = frozenset(["crew", "firefighter", "fireman", "firemen"])


def _due_in_court(sentence: Sentence, due: Token) -> bool:
    """`is due in court`, `due before Furness district magistrates' court`: a case in court awaited."""
    heads = [due, sentence.tokens[due.head]]  # the parser may hang the court on `is`
    return any(
        c.dep == "prep" and c.lemma.lower() in {"in", "before", "at"} and _names(sentence, c, _COURTS)
        for head in heads
        for c in sentence.children(head)
    )


def _claimed_of_a_thing(sentence: Sentence, children: Sequence[Token]) -> bool:
    """`plans, which it claims were put in place to deter bidders`: the claim's clause is about the
    thing the relative pronoun stands for (not `Obama, who claimed Trump was not addressing`)."""
    return any(
        c.dep == "ccomp" and any(g.dep in {"nsubj", "nsubjpass"} and g.tag == "WDT" for g in sentence.children(c))
        for c in children
    )


def _named_as(sentence: Sentence, children: Sequence[Token]) -> bool:
    """People identified by name, actively (`identified them as Paul Riva, 47`): an `as` phrase
    naming someone, the identified a pronoun or a word for people."""
    identified = any(c.dep == "dobj" and (c.lemma.lower() in {"they", "he", "she"} | _PEOPLE) for c in children)
    as_named = [c for c in children if c.dep == "prep" and c.lemma.lower() == "as"]
    return identified and any(g.dep == "pobj" and g.pos == "PROPN" for c in as_named for g in sentence.children(c))


def _named_gerund_in_phrase(sentence: Sentence, token: Token) -> bool:
    """A gerund the parse reads as a verb but that stands as a noun with a word naming its kind, in a
    phrase of a harm told by its own verb (`killing ... a judge in a court room shooting`): the
    incident the killing belongs to, background as a noun there is."""
    if not named_gerund(sentence, token):
        return False
    current = sentence.tokens[token.head]
    for _ in range(6):
        if current.pos == "VERB" and VERB_TRIGGERS.get(current.lemma.lower()) in {"assault", CASUALTY}:
            return True
        if current.head == current.i:
            return False
        current = sentence.tokens[current.head]
    return False


def _saying_sorry(sentence: Sentence, sorry: Token) -> bool:
    """`I am sorry`, `we are deeply sorry for what happened`: an apology by who speaks, not sorrow
    for someone (`sorry for your loss`, `sorry to hear`)."""
    verb = sentence.tokens[sorry.head]
    if sorry.dep != "acomp" or verb.lemma.lower() != "be":
        return False
    children = list(sentence.children(verb))
    # who speaks (`he said he was sorry`, told of in passing, is as an email to his wife: no event)
    if not any(c.dep == "nsubj" and c.lemma.lower() in {"i", "we"} for c in children) or any(
        c.dep == "neg" for c in children
    ):
        return False
    for c in sentence.children(sorry):
        if c.dep == "xcomp" or (c.dep == "prep" and any(t.lemma.lower() == "loss" for t in sentence.subtree(c))):
            return False  # `sorry to hear`, `sorry for your loss`: sympathy
    return True


def _left_so(sentence: Sentence, adjective: Token) -> bool:
    """`left nearly half a million homeless`, `left 2,000 people homeless`: people a disaster left in
    that state, counted (not `the homeless` it left cold)."""
    verb = sentence.tokens[adjective.head]
    if verb.lemma.lower() != "leave" or adjective.dep not in {"dobj", "oprd", "ccomp"}:
        return False
    counted = [adjective] + [c for c in sentence.children(verb) if c.dep == "dobj"]
    return any(c.dep == "nummod" for w in counted for c in sentence.children(w))


def _found_dead(sentence: Sentence, dead: Token) -> bool:
    """`police found two women dead in a house`: people found, parsed as the subject of `dead`."""
    verb = sentence.tokens[dead.head]
    if dead.dep != "ccomp" or verb.lemma.lower() not in {"find", "discover"}:
        return False
    subject = next((c for c in sentence.children(dead) if c.dep == "nsubj"), None)
    if subject is None or subject.lemma.lower() in _ANIMALS:
        return False
    return subject.lemma.lower() in _PEOPLE | {"both", "all"} or subject.pos in {"PROPN", "NUM"}


def _harms_an_animal(sentence: Sentence, verb: Token) -> bool:
    """Whether whom a verb harms or finds is animals alone: its object or passive subject, or for
    a verb completing another (`found beaten to death`) that one's."""
    patients = [c for c in sentence.children(verb) if c.dep in {"dobj", "nsubjpass"}]
    if not patients and verb.dep in {"xcomp", "oprd", "ccomp"}:
        holder = sentence.tokens[verb.head]
        patients = [c for c in sentence.children(holder) if c.dep in {"dobj", "nsubjpass"}]
    return bool(patients) and all(p.lemma.lower() in _ANIMALS for p in patients)


def _animal_found(sentence: Sentence, dead: Token) -> bool:
    """`the family dog was found dead`: the subject of the verb `dead` completes is an animal."""
    verb = sentence.tokens[dead.head]
    return any(c.dep in {"nsubj", "nsubjpass"} and c.lemma.lower() in _ANIMALS for c in sentence.children(verb))


def _aid_team(sentence: Sentence, children: Sequence[Token]) -> bool:
    """What is sent is a team of relief, not of force (`a United Nations assessment team`, `medical
    teams`): aid."""
    sent = [c for c in children if c.dep in {"dobj", "nsubjpass"} and c.lemma.lower() in _TEAMS]
    return any(
        k.dep in {"compound", "amod"} and k.lemma.lower() in _AID_KINDS for t in sent for k in sentence.children(t)
    )


_TEAMS = frozenset(["team", "mission", "crew", "expert", "worker", "doctor"])
# Who meets, not rallies, when they gather (`Finance ministers from the G7 will be gathering`).
_OFFICIALS = frozenset(
    ["minister", "leader", "official", "delegate", "envoy", "diplomat", "negotiator", "ambassador", "governor"]
)
# Places whose closing restricts where people may go (not a company's shop or plant: business).
_PUBLIC_PLACES = frozenset(
    [
        "airport",
        "port",
        "border",
        "crossing",
        "school",
        "road",
        "highway",
        "bridge",
        "embassy",
        "courtroom",
        "courthouse",
    ]
)
# Places told closed, by a verb or as a state (`Roads ... are expected to remain closed`, `The main
# building remains closed`, `surrounding roads were closed`).
_CLOSABLE = _ROADS | _PUBLIC_PLACES | {"building", "premises"}
_AID_KINDS = frozenset(["aid", "relief", "humanitarian", "medical", "assessment", "health", "emergency"])


def _has_people(sentence: Sentence, heads: Sequence[Token]) -> bool:
    """Whether the object (or passive subject) of these verbs or prepositions is people."""
    for head in heads:
        for c in sentence.children(head):
            if c.dep not in {"dobj", "pobj", "nsubjpass"}:
                continue
            named = c.pos in {"PROPN", "PRON"} and c.lemma.lower() not in {"it", "this", "that"}
            # `The 14 foreigners` (not `a few hundred million US dollars`)
            counted = (
                c.tag == "NNS"
                and any(g.dep == "nummod" for g in sentence.children(c))
                and c.lemma.lower() not in _MONEY
            )
            if named or counted or c.lemma.lower() in _PEOPLE:
                return True
    return False


def _has_audience(sentence: Sentence, verb: Token) -> bool:
    """`addressing the rally`, `addressed supporters`, `Stein address demonstrators`: people spoken to."""
    for c in sentence.children(verb):
        audience = c.lemma.lower() in _AUDIENCES | _OCCASIONS  # `Addressing a flag-lowering ceremony`
        if c.dep in {"dobj", "nsubjpass"} and (audience or c.pos == "PROPN" or c.tag == "WDT"):
            return True
        if c.dep == "prep" and _names(sentence, c, _OCCASIONS):
            return True  # `addressed during an autumn debate`
    return False


# Pieces written to be published: penning one is a statement (`penned a letter`, `the article`).
_WRITTEN_PIECES = frozenset(["letter", "article", "op-ed", "editorial"])


def _someone_defended(sentence: Sentence, children: Sequence[Token]) -> bool:
    """A person defended (`defended Dr. Benjamin`, `defended him`): backing given; a deed, a policy or
    a title defended (`The navy defended its actions`) stays a statement, and a state defended is war."""
    defended = next((c for c in children if c.dep == "dobj"), None)
    if defended is None:
        return False
    if defended.lemma.lower() in {"he", "she", "they", "him", "her", "them"}:
        return True
    return defended.pos == "PROPN" and not _is_state_named(sentence, defended)


def _trial_speeches(sentence: Sentence, noun: Token) -> bool:
    """A trial's opening statements or closing arguments, begun, made or heard, or what is said in them
    (`Prosecutor David Rossi began opening statements`, `In opening statements Tuesday, the public
    defender said`): a step of the trial, not a statement issued."""
    head = sentence.tokens[noun.head].lemma.lower()
    opened = sentence.tokens[noun.head]
    if noun.dep == "dobj" and head == "open" and opened.tag == "VBG" and opened.dep == "xcomp":
        # `began opening statements`, `opening` read as a verb after `began`
        return sentence.tokens[opened.head].lemma.lower() in {"begin", "start"}
    if not any(
        c.dep in {"amod", "compound"} and c.lemma.lower() in {"opening", "closing"} for c in sentence.children(noun)
    ):
        return False
    made = noun.dep == "dobj" and head in {"begin", "start", "make", "deliver", "give", "present", "hear", "finish"}
    return made or (noun.dep == "pobj" and head in {"in", "during"})


def _fired_a_gun(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """`fire` with no object, said of a person in a sentence of guns or shots (`he fired when he thought
    he saw someone reach for a gun`): a shot fired, not a job lost (`was fired`) nor an engine."""
    if any(c.dep in {"auxpass", "nsubjpass"} for c in children):
        return False
    shooter = _doer(sentence, verb, children)
    person = shooter is not None and (
        shooter.lemma.lower() in {"he", "she", "they", "i", "we"}
        or shooter.pos == "PROPN"
        or shooter.lemma.lower() in _PEOPLE
    )
    guns = {t.lemma.lower() for t in sentence.tokens} & (_FIREARMS | _GUNFIRE)
    return person and bool(guns)


# What a gun sends flying (`The bullet ... before hitting Kathina`).
_PROJECTILES = frozenset(["bullet", "shot", "round", "pellet", "slug"])


def _projectile_hit_person(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """A bullet or a shot that hit someone named or a person (`The bullet missed its intended target and
    traveled about a block before hitting Kathina`): the subject its own, or that of the clause its
    phrase hangs on."""
    hitter = _doer(sentence, verb, children)
    clause = verb
    while hitter is None and clause.head != clause.i and clause.dep in {"pcomp", "pobj", "prep", "advcl", "conj"}:
        clause = sentence.tokens[clause.head]
        hitter = next((c for c in sentence.children(clause) if c.dep == "nsubj"), None)
    hit = [c for c in children if c.dep == "dobj"]
    person = any(
        c.lemma.lower() in {"him", "her", "them", "he", "she"}
        or (c.pos == "PROPN" and not _is_state(c))
        or c.lemma.lower() in _PEOPLE
        for c in hit
    )
    return hitter is not None and hitter.lemma.lower() in _PROJECTILES and person


def _bleeding_from_a_weapon(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """Someone who bled from a wound a weapon made (`while she bled from a gunshot wound in her back`):
    harm someone did; bleeding with no weapon told (a fall, a nosebleed) is not read."""
    bleeder = _doer(sentence, verb, children)
    someone = bleeder is not None and (bleeder.pos in {"PRON", "PROPN"} or bleeder.lemma.lower() in _PEOPLE)
    caused = {t.lemma.lower() for c in children if c.dep == "prep" for t in sentence.subtree(c)}
    return someone and bool(caused & (WEAPONS | _GUNFIRE | _FIREARMS | _BLADES | {"stab"}))


def _against_someone(sentence: Sentence, children: Sequence[Token]) -> bool:
    """`bringing the case against Timmons`: a case against someone, on the verb or on the case."""
    phrases = [c for c in children if c.dep == "prep"] + [
        p for c in children if c.dep == "dobj" for p in sentence.children(c) if p.dep == "prep"
    ]
    return any(p.lemma.lower() == "against" for p in phrases)


def _thing_hidden(sentence: Sentence, verb: Token) -> bool:
    """A weapon or a thing hidden (`the gun he used was kept hidden`, `hid the money under the bed`),
    not people hiding: its object, its passive subject or that of the verb it completes."""
    holders = [verb] + ([sentence.tokens[verb.head]] if verb.dep in {"oprd", "xcomp", "ccomp"} else [])
    hidden = [c for h in holders for c in sentence.children(h) if c.dep in {"dobj", "nsubjpass"}]
    return any(_hazard_or_weapon(c) or c.lemma.lower() in _HIDDEN_THINGS for c in hidden)


# Things one hides, not shelter in (`hid the money`, `the drugs were hidden`).
_HIDDEN_THINGS = frozenset(["money", "cash", "drug", "body", "evidence", "weapon", "gun", "knife", "phone"])


def _street_battle(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """Battles fought between a crowd and the police, or by a crowd (`police fought pitched battles
    with striking protesters`, `youths fought running battles with police`): clashes in the street,
    not a war fought nor a fight against an illness or a charge."""
    doer = _doer(sentence, verb, children)
    sides = [doer] if doer is not None else []
    for phrase in [verb, *(c for c in children if c.dep == "dobj")]:
        for c in sentence.children(phrase):
            if c.dep == "prep" and c.lemma.lower() in {"with", "against"}:
                sides += [g for g in sentence.children(c) if g.dep == "pobj"]
    words = {t.lemma.lower() for t in sides}
    crowd = words & (_PROTESTERS | {"youth", "student", "hooligan", "crowd", "fan"})
    return bool(crowd) and bool(words & (_FORCE_WORDS | _PROTESTERS))


def _rioting_arson(sentence: Sentence, verb: Token) -> bool:
    """Arson by protesters, or told by a participle or a joined verb after a riot (`Hooded youths
    hurled petrol bombs at stores ..., setting the bank ... ablaze`)."""
    if _done_by_protesters(sentence, verb, shared=True):
        return True
    if verb.dep not in {"advcl", "conj"} or verb.head == verb.i:
        return False
    before = _trigger_type(sentence, sentence.tokens[verb.head])
    return before is not None and before.kind == "riot"


def _done_by_protesters(sentence: Sentence, verb: Token, shared: bool = False) -> bool:
    doers = list(sentence.children(verb))
    subjectless = not any(c.dep in {"nsubj", "agent"} for c in doers)
    if shared and subjectless and verb.dep in {"advcl", "conj"} and verb.head != verb.i:
        # `protesters targeted a commercial area ..., overturning cars and setting fire to three banks`:
        # a participle or a joined verb shares the subject of the verb it hangs on
        clause = sentence.tokens[verb.head]
        while (
            clause.dep in {"advcl", "conj"}
            and clause.head != clause.i
            and not any(c.dep == "nsubj" for c in sentence.children(clause))
        ):
            clause = sentence.tokens[clause.head]
        doers = list(sentence.children(clause))
    for c in doers:
        doer = c
        if c.dep == "agent":  # `greeted by protesters`
            doer = next((g for g in sentence.children(c) if g.dep == "pobj"), c)
        elif c.dep != "nsubj":
            continue
        if doer.lemma.lower() in _PROTESTERS or _taking_part(sentence, doer):
            return True
        # `hundreds of demonstrators`: the counted noun after `of`
        if any(
            p.dep == "prep" and p.lemma.lower() == "of" and _names(sentence, p, _PROTESTERS)
            for p in sentence.children(doer)
        ):
            return True
    return False


def _fled_into_streets(sentence: Sentence, children: Sequence[Token], panic: bool) -> bool:
    """`people fled into the streets`, `people poured into the streets in panic`: a population
    fleeing buildings (crowds that pour into the streets to protest or celebrate do not)."""
    people = any(c.dep == "nsubj" and c.tag == "NNS" and c.lemma.lower() in _PEOPLE - _PROTESTERS for c in children)
    streets = any(
        c.dep == "prep" and c.lemma.lower() in {"into", "onto"} and _names(sentence, c, {"street", "open"})
        for c in children
    )
    afraid = any(t.lemma.lower() in {"panic", "fear", "terror", "fright"} for t in sentence.tokens)
    return people and streets and (afraid or not panic)


def _published_online(sentence: Sentence, children: Sequence[Token]) -> bool:
    """`posted on its website that ...`: a statement published, with what it says (a tweet quoted
    is bare saying)."""
    says = any(c.dep == "ccomp" for c in children)
    return says and any(
        c.dep == "prep" and c.lemma.lower() == "on" and _names(sentence, c, _ONLINE_PLACES) for c in children
    )


_ONLINE_PLACES = frozenset(["website", "site", "twitter", "facebook", "blog", "page", "account"])


def _released_from_care(sentence: Sentence, children: Sequence[Token]) -> bool:
    """`released after being examined by medics`, `released from hospital`: a patient let go, no
    captive freed."""
    for c in children:
        words = {t.lemma.lower() for t in sentence.subtree(c)}
        after = c.dep == "advcl" or (c.dep == "prep" and c.lemma.lower() == "after")
        if after and words & {"examine", "treat", "check"}:
            return True
        if c.dep == "prep" and c.lemma.lower() == "from" and words & {"hospital", "clinic", "care"}:
            return not words & {"mental", "psychiatric"}
    return False


def _out_of_an_institution(sentence: Sentence, children: Sequence[Token]) -> bool:
    """`released from a mental hospital`, `from a psychiatric facility`: out of being held (not a
    patient sent home from hospital)."""
    for c in children:
        if c.dep != "prep" or c.lemma.lower() != "from":
            continue
        for place in (g for g in sentence.children(c) if g.dep == "pobj"):
            kinds = {g.lemma.lower() for g in sentence.children(place) if g.dep in {"amod", "compound"}}
            if kinds & {"mental", "psychiatric"} or place.lemma.lower() in {"asylum", "institution"}:
                return True
    return False


def _people_rose(sentence: Sentence, children: Sequence[Token]) -> bool:
    """`A coming-of-age generation ... rose up`, `they rose up`: people rising, not prices or water."""
    return any(
        c.dep == "nsubj"
        and (
            (c.pos == "PRON" and c.lemma.lower() not in {"it", "this", "that", "which"})
            or c.lemma.lower() in _PEOPLE | _PROTESTERS | {"generation", "population", "worker", "peasant"}
        )
        for c in children
    )


def _by_armed_forces(sentence: Sentence, verb: Token) -> bool:
    """Whether the sentence's doers are troops or police (`troops occupied the university`): a
    military occupation, no sit-in."""
    forces = word_list("state_forces") | word_list("armed")
    return any(t.dep in {"nsubj", "pobj"} and t.lemma.lower() in forces for t in sentence.tokens)


def _pelted_with(sentence: Sentence, children: Sequence[Token]) -> bool:
    """`pelted police with stones`: what is thrown is the object of `with`."""
    return any(
        c.dep == "prep" and c.lemma.lower() == "with" and _names(sentence, c, WEAPONS | _THROWN) for c in children
    )


def _taking_part(sentence: Sentence, doer: Token) -> bool:
    """`March participants`, `participants in the vigil`: those taking part in a protest."""
    if doer.lemma.lower() not in {"participant", "attendee"}:
        return False
    named = [c for c in sentence.children(doer) if c.dep == "compound"]
    named += [g for c in sentence.children(doer) if c.dep == "prep" for g in sentence.children(c) if g.dep == "pobj"]
    return any(t.lemma.lower() in _PROTEST_GATHERINGS for t in named)


_PROTEST_GATHERINGS = frozenset(["march", "protest", "rally", "vigil", "demonstration", "sit-in", "walkout"])


def _happening(sentence: Sentence, verb: Token, also: frozenset[str] = frozenset()) -> bool:
    """A verb whose subject is the event itself: `the attack occurred`, `the rape took place`
    (`also`: more verbs that say so of one kind of event)."""
    lemma = verb.lemma.lower()
    if lemma in _SCHEDULED:  # `The trial is set to begin on Wednesday`: what it is set, due or expected to do
        return any(c.dep == "xcomp" and _happening(sentence, c, also) for c in sentence.children(verb))
    if lemma in _BELIEVING and any(c.dep == "auxpass" for c in sentence.children(verb)):
        # `where the shooting was believed to have occurred`: told happening, hedged
        return any(c.dep == "xcomp" and _happening(sentence, c, also) for c in sentence.children(verb))
    if lemma in {"end", "break"} and any(c.dep == "dobj" for c in sentence.children(verb)):
        return False  # `His disclosure ended a mystery`: it put an end to something else
    return lemma in _HAPPENING_VERBS | also or took_place(sentence, verb)


_SCHEDULED = frozenset(["set", "due", "expect", "schedule", "slate", "plan"])
# Verbs whose passive hedges what it tells (`was believed to have occurred`).
_BELIEVING = frozenset(["believe", "think", "say", "report", "understand"])
# What is done to an effort under way (`Rescue efforts were hampered by weather conditions`).
_HAMPERING = frozenset(["hamper", "hinder", "slow", "complicate", "frustrate", "impede"])


def _kind_of_clause(sentence: Sentence, clause: Token) -> str | None:
    trigger = _trigger_type(sentence, clause)
    return None if trigger is None else trigger.kind


def _told_happening(sentence: Sentence, clause: Token) -> bool:
    """A relative clause that tells its noun happening: its verb is one of happening, or the
    relative pronoun is its subject (`that targeted`, `that left three dead`, `which hit`)."""
    if _happening(sentence, clause):
        return True
    return any(c.dep == "nsubj" and c.tag in {"WDT", "WP"} for c in sentence.children(clause))


# Kinds of incident a noun names (not a statement, a talk or a sanction, which a clause only describes).
_INCIDENTS = frozenset(["assault", "other", "riot", "protest", "rally", "breach", "arrest", "use_of_force"])


def _issued_statement(sentence: Sentence, token: Token) -> str | None:
    """One statement, address or speech told as the vehicle of what is said: `In a statement
    released Thursday`, `in his weekly radio address`, `responded with a statement on his blog`,
    `A statement by the Foreign Affairs Department described the attacks`. Not statements in the
    plural, which name what someone has said over time (`In his statements since then`)."""
    lemma = token.lemma.lower()
    kind = {"statement": "statement", "address": "speech", "speech": "speech"}.get(lemma)
    blog_post = lemma in {"post", "posting"} and any(
        c.dep == "compound" and c.lemma.lower() == "blog" for c in sentence.children(token)
    )
    # `said in a blog posting on Sept. 18`, `posting` parsed as a participle on `blog`
    blog_post = blog_post or (
        lemma == "blog" and any(c.dep == "acl" and c.text.lower() == "posting" for c in sentence.children(token))
    )
    if (lemma in _BULLETINS or blog_post) and token.dep == "pobj" and sentence.tokens[token.head].lemma.lower() == "in":
        # `said in an alert`, `asked in a strong dissent`, `said in a report last month`, `wrote in a
        # blog post`, `said in a blog posting`: a bulletin, a report or an opinion issued
        kind = "statement"
    if _emailed_to_press(sentence, token):
        kind = "statement"  # `In an e-mail to media members Thursday night, Henry said`: a written statement
    with_press = any(
        c.dep == "prep" and c.lemma.lower() == "with" and _names(sentence, c, _PRESS) for c in sentence.children(token)
    )
    if lemma == "filing" and any(c.dep == "prep" and c.lemma.lower() == "with" for c in sentence.children(token)):
        kind = "statement"  # `In a filing with the Securities and Exchange Commission, DPC said`: a statement filed
    if lemma in {"discussion", "briefing", "interview"} and with_press:
        kind = "speech"  # `in a discussion with reporters at the headquarters`: a news conference
    if lemma == "call" and any(
        c.dep == "compound" and c.lemma.lower() == "conference" for c in sentence.children(token)
    ):
        kind = "speech"  # `In a May 20 conference call with reporters`: a news conference held
    if lemma == "response" and token.dep == "dobj" and sentence.tokens[token.head].lemma.lower() in _ISSUING:
        return "statement"  # `she released a jokey response to the honor`
    if lemma == "release" and any(
        c.dep in {"compound", "amod"} and c.lemma.lower() in {"press", "news"} for c in sentence.children(token)
    ):
        kind = "statement"  # `in a press release released earlier today`, `in today's news release`
    said_in = sentence.tokens[sentence.tokens[token.head].head] if token.dep == "pobj" else None
    if lemma == "release" and said_in is not None and said_in.lemma.lower() in {"say", "state", "announce"}:
        kind = "statement"  # `The District Attorney's office says in a release`: a statement issued
    head = sentence.tokens[token.head]
    if lemma == "letter" and (
        any(c.dep == "acl" and c.lemma.lower() in _ISSUING for c in sentence.children(token))
        or (token.dep == "nsubjpass" and head.lemma.lower() in _ISSUING)
        or (token.dep == "dobj" and head.lemma.lower() in {"receive", "get"} and _tells_something(sentence, token))
    ):
        # `said in a letter published Wednesday`, `His letter was published in Granma`, `dealers will
        # receive a letter telling them of the decision`: a letter sent
        kind = "statement"
        if token.dep in {"nsubjpass", "dobj"}:
            return kind
    if (
        lemma == "letter"
        and token.dep == "pobj"
        and head.lemma.lower() == "with"
        and any(c.dep == "amod" and c.lemma.lower() == "open" for c in sentence.children(token))
    ):
        return "statement"  # `Jobs ended weeks of speculation with an open letter`: a letter made public
    issued = any(c.dep == "acl" and c.lemma.lower() in _ISSUING for c in sentence.children(token))
    put_out = any(c.dep == "acl" and c.lemma.lower() in _PUTTING_OUT for c in sentence.children(token))
    if lemma in _NOTICES and put_out:
        return "statement"  # `According to an advisory issued today`: a bulletin issued
    if lemma == "resolution" and issued and token.dep == "nsubj" and head.lemma.lower() in {"say", "state"}:
        return "statement"  # a body's resolution issued, told as what says (not `video ... with high resolution`)
    if kind is None or token.tag != "NN":
        return None
    one = any(c.dep in {"det", "poss"} and c.lemma.lower() not in _DEFINITE for c in sentence.children(token))
    if token.dep == "pobj" and head.lemma.lower() in {"in", "with"} and one:
        verb = sentence.tokens[head.head]
        if verb.dep == "acl" and verb.tag == "VBN":
            return None  # `the community gun described in a police statement`: a document cited, no statement told
        # `In a statement, the company denied ...`, `... the rep confirmed that ...`: the denial is
        # the statement, told once
        told = _trigger_type(sentence, verb) if verb.pos == "VERB" else None
        if told is not None and (lemma == "report" or blog_post):
            return None  # `In a blog post, Microsoft's Dustin Childs advised`: the post its vehicle
        if lemma == "report" and not _said_by_no_outlet(sentence, verb):
            return None  # `when German magazine Der Spiegel cited ... documents ... in a report`: the press's
        return None if VERB_TRIGGERS.get(verb.lemma.lower()) == kind or (told and told.kind == kind) else kind
    said_by = sentence.tokens[token.head].lemma.lower() if token.dep == "nsubj" else ""
    told_again = any(c.dep == "det" and c.lemma.lower() in _DEFINITE for c in sentence.children(token))
    # `the resolution of the Central Election Commission released on Friday said`: issued, told first
    if kind == "statement" and said_by in {"say", "state", "describe", "call", "read", "add", "note"}:
        # `A statement by the ministry said`; `the statement said` again, unless told as issued
        return None if told_again and not issued else kind
    return None


_DEFINITE = frozenset(["the", "this", "that"])


def _said_by_no_outlet(sentence: Sentence, verb: Token) -> bool:
    """A report's words said or written by a body that is no news outlet (`Human Rights Watch said in
    a report`), not a magazine's story (`Der Spiegel cited ... documents ... in a report`)."""
    if verb.lemma.lower() not in {"say", "write", "state", "warn", "conclude"}:
        return False
    sayer = next((c for c in sentence.children(verb) if c.dep == "nsubj"), None)
    words = {t.lemma.lower() for t in sentence.subtree(sayer)} if sayer is not None else set()
    return sayer is not None and not words & (_OUTLET_WORDS | _PRESS | {"magazine", "paper", "daily", "broadcaster"})


# Words of a news outlet's name (`NBC Philadelphia`, `The San Diego Union-Tribune`, `SportsCenter 5`).
_OUTLET_WORDS = frozenset(
    ["nbc", "cbs", "abc", "cnn", "bbc", "fox", "msnbc", "npr", "espn", "sportscenter", "reuters", "ap", "afp"]
) | frozenset(["news", "tv", "times", "post", "journal", "tribune", "herald", "radio", "television", "newspaper"])


def _by_the_press(sentence: Sentence, children: Sequence[Token]) -> bool:
    """Whether the subject is a reporter or a news outlet (`NBC Philadelphia`, `a reporter`)."""
    doer = next((c for c in children if c.dep == "nsubj"), None)
    if doer is None:
        return False
    words = {t.text.lower() for t in sentence.subtree(doer)} | {t.lemma.lower() for t in sentence.subtree(doer)}
    return bool(words & (_PRESS | _OUTLET_WORDS | {"correspondent", "interviewer", "station", "paper"}))


# What is dismissed in words, a rejection (`dismissed calls to quit`, `dismissed the claims`).
_DISMISSED_WORDS = frozenset(
    ["call", "claim", "allegation", "accusation", "criticism", "suggestion", "rumour", "rumor", "speculation"]
) | frozenset(["demand", "concern", "report", "charge", "idea", "notion", "fear"])


# Campaigns called offensives that are no fighting (`a charm offensive`, `a diplomatic offensive`).
_WORDS_OFFENSIVES = frozenset(["charm", "diplomatic", "media", "publicity", "advertising", "legal", "political"])


def _verbless_news(sentence: Sentence, token: Token) -> bool:
    """A line with no verb whose head is the incident and says where (`More heavy gunfire in the Serbian
    province of Kosovo.`): a broadcast's headline sentence, told as the news."""
    if token.dep != "ROOT" or any(t.pos in {"VERB", "AUX"} for t in sentence.tokens):
        return False
    return any(c.dep == "prep" and c.lemma.lower() in {"in", "at", "near", "across"} for c in sentence.children(token))


def _emailed_to_press(sentence: Sentence, token: Token) -> bool:
    """An e-mail sent to reporters or the media (`in an e-mail to media members`, tokenised `e - mail`
    in some feeds), a statement issued in writing; not one to a friend."""
    lemma = token.lemma.lower()
    children = sentence.children(token)
    if lemma not in {"email", "e-mail"} and not (
        lemma == "mail" and any(c.dep == "compound" and c.lemma.lower() == "e" for c in children)
    ):
        return False
    return any(
        c.dep == "prep" and c.lemma.lower() == "to" and {g.lemma.lower() for g in sentence.subtree(c)} & _PRESS
        for c in children
    )  # `to media members`, the press as a modifier


# What a thing shot to these is ruined, not shot.
_IN_PIECES = frozenset(["ribbon", "ribbons", "piece", "pieces", "bit", "bits", "shred", "shreds", "hell"])

# What an inquiry does when it has been made.
# (and `lead`: `the investigation led them to the nearby West Coast office`)
_INQUIRY_FINDINGS = frozenset(
    {"find", "show", "reveal", "conclude", "determine", "leave", "establish", "confirm", "uncover", "discover"}
    | {"lead"}
)

# What protesters carry, that says things without anyone speaking.
_SIGNS = frozenset(["placard", "sign", "banner", "poster", "shirt", "t-shirt", "sticker"])


def _tells_something(sentence: Sentence, letter: Token) -> bool:
    """`a letter telling them of the decision`: a letter that informs, not one only got."""
    return any(c.dep == "acl" and c.lemma.lower() in _INFORMING for c in sentence.children(letter))


_INFORMING = frozenset(["tell", "inform", "notify", "announce", "say", "explain", "warn", "ask"])

# Bodies one is expelled from (`ejected from the sect`): an expulsion, not a removal from a room.
_BODIES = frozenset(["sect", "party", "church", "group", "organization", "organisation", "movement", "union"]) | (
    frozenset(["league", "council", "association", "club", "order", "caucus", "alliance"])
)

# How people are found killed (`found slain`, `found stabbed to death`).
_FOUND_SLAIN = frozenset(["slay", "slain", "murder", "stab", "shoot", "kill", "strangle", "beat"])
# Bodies and schemes one turns to for help, not people consulted.
_SCHEMES = frozenset(["corps", "service", "agency", "program", "programme", "fund", "foundation", "charity", "bank"])

# What a place is declared under.
_MEASURES = frozenset(["emergency", "curfew", "law", "lockdown", "siege"])


def _petition_to_no_court(sentence: Sentence, verb: Token, patients: set[str]) -> bool:
    """A petition filed (`filed a petition`; `, a petition filed by residents,` set off by commas: a
    bare reduced relative is background) in a sentence that names no court: a request to those who
    govern, where one filed with a court is a case in it."""
    filed = patients | ({sentence.tokens[verb.head].lemma.lower()} if verb.dep == "acl" else set())
    return "petition" in filed and not any(t.lemma.lower() in _COURTS for t in sentence.tokens)


_VOTES = frozenset({"election", "electoral", "poll", "vote", "voting", "referendum", "primary"})


def _names_a_measure(tokens: Sequence[Token]) -> bool:
    """`a state of emergency`, `martial law`: a measure declared, not the laws a thing is declared
    under (`Under Turkmen laws, elections can only be declared valid`)."""
    words = {t.lemma.lower() for t in tokens}
    return bool(words & (_MEASURES - {"law"})) or {"martial", "law"} <= words


# Who a person speaks with when speaking to the press.
_PRESS = frozenset(["media", "medium", "reporter", "journalist", "press", "newsman"])

# What goes out when power is lost.
_POWER = frozenset(["power", "light", "electricity", "heat", "heating", "phone"])

# Where people who flee take refuge.
_REFUGES = frozenset(["camp", "tent", "shelter", "refuge", "stadium", "school", "mosque", "church", "evacuation"])

# What a `to` clause after these is for, not what is done (`a measure to send troops`).
_PROPOSALS = frozenset(["effort", "bid", "attempt", "plan", "measure", "bill", "motion", "resolution", "proposal"])
# Who rules on a deal between companies.
_RULING_BODIES = frozenset(["authority", "regulator", "government", "commission", "court", "judge", "ministry"]) | {
    "agency",
    "watchdog",
    "minister",
    "department",
    "parliament",
    "congress",
}


# What names an address on a network (`e-mail addresses`, `IP address`).
_NETWORK_WORDS = frozenset(["mail", "email", "e-mail", "web", "ip", "internet", "url", "mac"])
# Teams of a company's own work, whom mobilising sends no forces (`mobilized security engineering teams`).
_CIVIL_WORK = frozenset(["engineering", "engineer", "software", "developer", "programmer", "sales", "marketing"])
# Where people are taken into custody (`taken to the County jail`).
_JAILS = frozenset(["jail", "prison", "lockup", "jailhouse", "custody", "precinct"])
# Rules made weaker or stronger (`The rules were weakened`): a ruling, like one made or undone.
_RULES_CHANGED = frozenset(["weaken", "strengthen", "loosen", "tighten", "relax", "gut"]) | {
    "change",
    "revise",
    "amend",
    "eliminate",
    "scrap",
}
# What a rule change does away with besides the rules themselves (`mandatory reviews ... are being
# eliminated`; not `changed his review of the film`).
_RULED_AWAY = frozenset(["requirement", "review", "protection", "safeguard"])
# What gives the go-ahead (`gave a go-ahead to the Navy's request`, `gave its approval`).
_APPROVALS = frozenset(["go-ahead", "approval", "permission", "clearance", "authorization", "authorisation", "nod"])
# What makes a report a company's accounts, not a publication of findings.
_ACCOUNTS = frozenset(["quarterly", "annual", "earnings", "financial", "interim", "sales", "profit"])


# What one shoots to, rising in a career (`shot to fame`).
_FAME = frozenset(["fame", "stardom", "prominence", "notoriety", "celebrity", "top", "number"])


def _patrol_noun(sentence: Sentence, noun: Token) -> bool:
    """A patrol or a mission of one (`her ongoing patrol mission`)."""
    return noun.lemma.lower() in {"patrol", "deployment"} or (
        noun.lemma.lower() in {"mission", "operation"}
        and any(c.dep == "compound" and c.lemma.lower() == "patrol" for c in sentence.children(noun))
    )


def _told_to_shelter(sentence: Sentence, children: Sequence[Token]) -> bool:
    """People told to stay or shelter inside (`told workers to stay in their offices`): shelter ordered."""
    if not any(c.dep in {"dobj", "nsubjpass"} for c in children):
        return False
    return any(
        c.dep == "xcomp"
        and c.lemma.lower() in {"stay", "remain", "shelter", "hide"}
        and any(
            (p.dep == "prep" and p.lemma.lower() in {"in", "inside", "indoors"})
            or p.lemma.lower() in {"inside", "indoors"}
            for p in sentence.children(c)
        )
        for c in children
    )


def _gunfire_heard(sentence: Sentence, sound: Token) -> bool:
    """Sounds of gunfire there were or that were heard: shots fired, told by who heard them."""
    of_gunfire = any(
        p.dep == "prep" and p.lemma.lower() == "of" and _names(sentence, p, _GUNFIRE | {"gunshot", "shooting"})
        for p in sentence.children(sound)
    )
    holder = sentence.tokens[sound.head]
    return of_gunfire and (_there_is(sentence, sound) or holder.lemma.lower() in {"hear", "report"})


def _to_safety(sentence: Sentence, children: Sequence[Token]) -> bool:
    """`escorted the MV Gibe to safety`, `brought them to safety`: a rescue."""
    # (`to safety` the parser may hang on the object: `escorted the damaged ferry to safety`)
    reached = [g for c in children if c.dep == "dobj" for g in sentence.children(c)]
    return any(
        c.dep == "prep" and c.lemma.lower() == "to" and _names(sentence, c, {"safety"}) for c in [*children, *reached]
    )


def _nabbed_by_force(sentence: Sentence, verb: Token) -> bool:
    """Police or troops who nab, as the verb's doer or the doer of the clause its infinitive hangs on
    (`Marine commandos boarded the vessels to nab 12 Somali and 11 Yemeni pirates`)."""
    governing = sentence.tokens[verb.head] if verb.dep in {"xcomp", "advcl"} else verb
    return _by_police(sentence, verb) or _by_police(sentence, governing)


def _given_by_a_law(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """`the Gold Reserve Act of 1934, which gives the Treasury the permission`: what a law provides."""
    giver = _doer(sentence, verb, children)
    return giver is not None and giver.lemma.lower() in _LAWS | {"act"}


def _approval_given(sentence: Sentence, children: Sequence[Token]) -> bool:
    """`gave a go-ahead`, `gave its approval`, `gave the green light`: an authorisation."""
    for c in children:
        if c.dep != "dobj":
            continue
        words = {t.lemma.lower() for t in sentence.subtree(c)}
        if c.lemma.lower() in _APPROVALS or {"go", "ahead"} <= words or {"green", "light"} <= words:
            return True
    return False


def _report_published(sentence: Sentence, children: Sequence[Token]) -> bool:
    """`Cisco issued a report saying`, `House Republicans issued a report`: findings published, not a
    company's quarterly report."""
    return any(
        c.dep in {"dobj", "nsubjpass"}
        and c.lemma.lower() == "report"
        and not {t.lemma.lower() for t in sentence.subtree(c)} & _ACCOUNTS
        for c in children
    )


def _at_negotiating_table(sentence: Sentence, verb: Token) -> bool:
    """`back at the negotiating table`, `returned to the bargaining table`: talks held or resumed."""
    holders = [verb, *(c for c in sentence.children(verb) if c.dep == "advmod" and c.lemma.lower() == "back")]
    tables = [
        g
        for h in holders
        for p in sentence.children(h)
        if p.dep == "prep" and p.lemma.lower() in {"at", "to"}
        for g in sentence.children(p)
        if g.dep == "pobj" and g.lemma.lower() == "table"
    ]
    return any(
        c.lemma.lower() in {"negotiating", "bargaining", "negotiation", "peace"}
        for t in tables
        for c in sentence.children(t)
    )


def _voiced_on_an_occasion(sentence: Sentence, verb: Token) -> bool:
    """People who were outspoken or vocal at a time (`fans were outspoken last week in their
    disappointment`): views voiced; `he is outspoken in his belief`, what someone is like, is none."""
    children = list(sentence.children(verb))
    if verb.tag != "VBD" or not any(c.dep == "acomp" and c.lemma.lower() in _VOCAL for c in children):
        return False
    return any(c.dep == "npadvmod" and c.lemma.lower() in _TIME_WORDS for c in children) or any(
        c.dep == "prep" and c.lemma.lower() in {"at", "during", "on"} for c in children
    )


def _campaign_of_support(sentence: Sentence, children: Sequence[Token]) -> bool:
    """A campaign or drive started to show or express support (`launched the "Gary Ross Is Boss"
    campaign to show support`): backing given; a campaign for an office or a cause is not."""
    campaigns = [c for c in children if c.dep == "dobj" and c.lemma.lower() in {"campaign", "drive", "movement"}]
    aims = [a for c in campaigns for a in sentence.children(c) if a.dep in {"acl", "relcl"}]
    aims += [a for a in children if a.dep in {"advcl", "xcomp"}] if campaigns else []
    return any(
        a.lemma.lower() in {"show", "express", "voice", "demonstrate", "offer"}
        and any(o.dep == "dobj" and o.lemma.lower() in {"support", "solidarity"} for o in sentence.children(a))
        for a in aims
    )


def _petition_spread(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """A petition going round or started (`a petition has been circulating Twitter`, `have started a
    petition`): an appeal made; `a petition filed by Timex`, a noun's description, is not."""
    lemma = verb.lemma.lower()
    if verb.dep == "acl":
        return False
    circulating = lemma in {"circulate", "gather", "spread"} and any(
        c.dep in {"nsubj", "nsubjpass"} and c.lemma.lower() == "petition" for c in children
    )
    started = lemma in {"start", "launch", "circulate", "begin", "organize", "organise"} and any(
        c.dep in {"dobj", "nsubjpass"} and c.lemma.lower() == "petition" for c in children
    )
    return circulating or started


def _aim_of_its_kind(sentence: Sentence, verb: Token, kind: str) -> bool:
    """An infinitive of purpose under a verb that is itself an event of the kind (`to meet ... to
    resume negotiations`): one event, the meeting, and what it is for."""
    if verb.dep != "advcl" or not any(c.dep == "aux" and c.lemma.lower() == "to" for c in sentence.children(verb)):
        return False
    held = sentence.tokens[verb.head].lemma.lower()
    return VERB_TRIGGERS.get(held) == kind or FAMILY_VERBS.get(held, ("",))[0] == kind


def _dated_death_of_someone(sentence: Sentence, noun: Token) -> bool:
    """A death with its own day and the name of who died (`The passing yesterday of W. Mark Felt`,
    `the death Tuesday of Senator Kennedy`): the news of a death, where `learning of the death, at
    age 95, of W. Mark Felt` or `the death penalty` tell none."""
    children = list(sentence.children(noun))
    dated = any(c.dep == "npadvmod" and c.lemma.lower() in _TIME_WORDS for c in children) or any(
        c.dep == "prep" and c.lemma.lower() == "on" and any(g.lemma.lower() in WEEKDAYS for g in sentence.children(c))
        for c in children
    )
    named = any(
        c.dep == "prep"
        and c.lemma.lower() == "of"
        and any(g.dep == "pobj" and any(t.pos == "PROPN" for t in sentence.subtree(g)) for g in sentence.children(c))
        for c in children
    )
    return dated and named


def _relative_antecedent(sentence: Sentence, verb: Token) -> set[str]:
    """What `which` or `that` as the verb's subject stands for: the noun its relative clause hangs on,
    or, where the parser hung the clause on the main verb (`the fire last night, which was
    intentionally set`), the last noun before the pronoun that is not a time."""
    pronouns = [
        c for c in sentence.children(verb) if c.dep in {"nsubj", "nsubjpass"} and c.lemma.lower() in {"which", "that"}
    ]
    if not pronouns:
        return set()
    if verb.dep == "relcl":
        return {sentence.tokens[verb.head].lemma.lower()}
    before = [t for t in sentence.tokens[: pronouns[0].i] if t.pos in {"NOUN", "PROPN"}]
    nouns = [t for t in before if t.lemma.lower() not in _TIME_WORDS]
    return {nouns[-1].lemma.lower()} if nouns else set()


# Words for a person who says loudly what they think (`were outspoken in their disappointment`).
_VOCAL = frozenset(["outspoken", "vocal", "vociferous", "forthright"])
# Bodies set up or sent to do something (`a seven-member panel to investigate`): their purpose is
# not done.
_BODIES_SET_UP = frozenset(["panel", "committee", "commission", "team", "board", "tribunal", "council", "inquiry"])
# What a noun the parser hangs on a verb by itself names when it is only when (`Tuesday`, `this week`).
_TIME_WORDS = (
    frozenset(["day", "week", "month", "year", "today", "yesterday", "tomorrow", "time"])
    | frozenset(WEEKDAYS)
    | frozenset(MONTHS)
    | frozenset(PARTS_OF_DAY)
)
# Judicial bodies a case is taken to (`to the United Nations' highest judicial body`).
_JUDICIAL_BODIES = frozenset(["court", "body", "tribunal", "judge", "commission", "panel", "authority"])
# Where a challenge is a legal one.
_LEGAL_VENUES = frozenset(["court", "protest", "suit", "lawsuit", "appeal", "tribunal", "hearing"])
# Who inquires (`Investigators looked at the wreckage`).
_INQUIRERS = frozenset(["investigator", "investigation", "probe", "prosecutor", "police", "detective", "auditor"])
_MONEY = frozenset(["billion", "million", "$", "dollar", "cent", "euro", "pound", "yen"])
# Verbs whose `for` phrase says what someone is blamed or praised for.
_BLAMING = frozenset(["criticize", "criticise", "blame", "fault", "praise", "thank", "condemn", "fine", "punish"])
# What one has to do something with that says it could be done, not that it was (`in a good position
# to ask`, `the right to protest`, `a chance to meet`).
_ABILITIES = frozenset(["position", "right", "chance", "opportunity", "ability", "power", "freedom", "authority"])
# What something is a means for (`a mechanism for ejecting us`).
_MEANS = frozenset(["mechanism", "means", "way", "tool", "pretext", "excuse", "basis", "plan", "method"])
# Participles that name people or things by what happened to them (`the still-jailed journalist`,
# `the dying man`, `collapsing buildings`), reporting nothing.
_NAMING_PARTICIPLES = frozenset(["jail", "imprison", "hurt", "trap", "die", "perish", "murder", "kill", "wound"]) | {
    "injure",
    "displace",
    "collapse",
}
# What provides for something (`The plan calls for new elections`) rather than asking for it.
_DOCUMENTS = frozenset(["plan", "proposal", "bill", "law", "rule", "budget", "contract", "strategy", "schedule"]) | {
    "term",
    "agreement",
    "deal",
    "design",
    "forecast",
    "guideline",
    "announcement",
    "statement",
    "report",
    "study",
    "document",
    "accord",
    "treaty",
    "program",
    "programme",
}
# What is expressed in criticism (`expressed disappointment at the cancellation`).
_DISAPPROVAL = frozenset(["disappointment", "anger", "outrage", "dismay", "displeasure", "frustration", "indignation"])
# What is breached with no place broken into: a level passed, a pact or rule broken.
_NOT_BREACHED = frozenset(["level", "mark", "threshold", "barrier", "limit", "ceiling", "record", "agreement"]) | {
    "contract",
    "rule",
    "law",
    "promise",
    "trust",
    "duty",
    "regulation",
    "covenant",
}

# What is slammed by hand, not in words.
_SLAMMED_THINGS = frozenset(["door", "brake", "lid", "gate", "fist", "hand", "phone", "ball", "table", "window"])
# What a march does as it goes: a march that does these is under way.
_MARCHING = frozenset(["leave", "wind", "snake", "proceed", "head", "reach", "arrive"])


# Words that put an event on the calendar: `a planned march`, `the rally scheduled for Sunday`.
_PLANNED = frozenset(["plan", "schedule"])
# Which way a march goes: `its long march down Broad Street`, `a march to City Hall`.
_HABITUAL = frozenset(["regularly", "usually", "normally", "annually", "traditionally", "often"])
_PATHS = frozenset(["down", "through", "along", "to", "from", "across", "toward", "towards", "past"])


# Crews who fight a fire or tend the hurt: at a scene they work, they are not posted there.
_FIRE_CREWS = frozenset(["firefighter", "fireman", "firemen", "paramedic"])


def _forces_posted(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """A verb of being posted somewhere whose subject (or passive subject) is police or troops."""
    lemma = verb.lemma.lower()
    posted = (
        lemma in _FORCES_PRESENT
        or any(c.dep in {"dobj", "xcomp"} and c.lemma.lower() == _WATCHES.get(lemma) for c in children)
        or (
            lemma in {"remain", "stay"}
            and any(c.dep == "prep" and c.lemma.lower() in {"in", "at", "on", "outside"} for c in children)
        )
    )
    if lemma in {"remain", "stay"} and any(t.lemma.lower() in _FIRE_CREWS for t in sentence.tokens[: verb.i]):
        return False  # `firefighters ... and police officers would remain at the scene`: crews at work
    subjects = [c for c in children if c.dep in {"nsubj", "nsubjpass"}]
    return posted and any(
        t.lemma.lower() in _FORCE_WORDS and t.dep in {"nsubj", "nsubjpass", "compound", "conj"}
        for subject in subjects
        for t in sentence.subtree(subject)
    )


def _person_charged(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """`He was charged Thursday in state and federal complaints`, `is charged in three attacks`:
    a person charged, the passive with a pronoun, a name or a word for people as its subject (or
    the subject of the verb it completes: `LaSalle is expected to be charged today`); or one person
    charged by the police (`Police have this morning charged him`; a crowd they charge is rushed at)."""
    charger = next((c for c in children if c.dep == "nsubj"), None)
    charged = next((c for c in children if c.dep == "dobj"), None)
    if (
        charger is not None
        and charged is not None
        and charger.lemma.lower() in _FORCE_WORDS | {"prosecutor", "prosecutors"}
        and (charged.lemma.lower() in {"he", "she"} or (charged.pos == "PROPN" and not _is_state(charged)))
    ):
        return True
    subject = next((c for c in children if c.dep == "nsubjpass"), None)
    if subject is None and verb.dep == "xcomp" and any(c.dep == "auxpass" for c in children):
        subject = next((c for c in sentence.children(sentence.tokens[verb.head]) if c.dep == "nsubjpass"), None)
    # a name a town shares is still a person's (`LaSalle is expected to be charged`); a country is none
    return subject is not None and (
        (subject.pos == "PRON" and subject.lemma.lower() not in {"it", "this", "that", "which"})
        or subject.lemma.lower() in _PEOPLE
        or (
            subject.pos == "PROPN" and subject.lemma.lower() not in _STATE_BODIES and country_code(subject.text) is None
        )
    )


def _planned_or_going(sentence: Sentence, token: Token, kind: str) -> bool:
    """A noun of a protest or rally that the report puts on the calendar (`before a planned march`,
    `A memorial service planned at the university`) or on its way (`on its long march down Broad
    Street`): the event planned or under way, wherever the noun stands in the clause."""
    if kind not in {"protest", "rally"}:
        return False
    children = list(sentence.children(token))
    planned = any(
        c.dep in {"amod", "acl"}
        and c.lemma.lower() in _PLANNED
        and c.tag == "VBN"
        # `the oldest regularly scheduled military parade`: a custom, not this one
        and not any(g.dep == "advmod" and g.lemma.lower() in _HABITUAL for g in sentence.children(c))
        for c in children
    )
    going = token.lemma.lower() == "march" and any(
        c.dep == "prep" and c.lemma.lower() in _PATHS and any(g.pos == "PROPN" for g in sentence.subtree(c))
        for c in children
    )
    return planned or going


def _stands_for(sentence: Sentence, token: Token) -> str | None:
    """The trigger noun a report writes another way: `prohibitory orders` and `Section 144` (the
    law that bans gatherings) for a ban, a `lathi-charge` for a baton charge, a missile strike for
    an air strike."""
    lemma = token.lemma.lower()
    children = list(sentence.children(token))
    if lemma == "order" and any(c.lemma.lower() == "prohibitory" for c in children):
        return "ban"
    if lemma == "section" and any(c.text == "144" for c in children):
        return "ban"
    if lemma == "conference" and any(c.dep == "compound" and c.lemma.lower() in {"press", "news"} for c in children):
        return "speech"  # `held a press conference`
    if lemma == "charge" and _baton_before(sentence, token):
        return "lathi-charge"
    if lemma == "strike" and any(c.dep in {"compound", "amod"} and c.lemma.lower() in _ARMED_STRIKES for c in children):
        return "airstrike"  # `launched cruise missile strikes`: an attack, not a walk-out
    ordered = sentence.tokens[token.head]
    if lemma == "strike" and token.dep == "dobj" and ordered.lemma.lower() in {"order", "conduct", "carry"}:
        return "airstrike"  # `he had ordered the strikes`: workers go on strike, forces launch strikes
    return None


# What makes a strike an attack: `missile strikes`, `air strikes`, `retaliatory strikes`.
_ARMED_STRIKES = frozenset(
    {"missile", "air", "drone", "rocket", "artillery", "military", "retaliatory", "cruise", "nuclear", "naval"}
)


def _baton_before(sentence: Sentence, verb: Token) -> bool:
    """`lathi-charged`, `baton-charged`, which the tokenizer splits: a charge with sticks."""
    before = sentence.tokens[max(0, verb.i - 2) : verb.i]
    return any(t.lemma.lower() in {"lathi", "baton"} for t in before)


def _by_police(sentence: Sentence, verb: Token) -> bool:
    """Whether the verb's subject or `by` agent is the police or another force."""
    doers = [c for c in sentence.children(verb) if c.dep in {"nsubj", "agent"}]
    forces = _FORCE_WORDS | word_list("state_forces")
    return any(t.lemma.lower() in forces for d in doers for t in sentence.subtree(d))


def _held_for(sentence: Sentence, children: Sequence[Token]) -> bool:
    """`held for questioning`, `without bail`, `on charges of`, `in connection with`: held in custody."""
    return any(c.dep == "prep" and any(g.lemma.lower() in _HELD_FOR for g in sentence.children(c)) for c in children)


_HELD_FOR = frozenset(["questioning", "question", "bail", "bond", "charge", "connection", "suspicion", "jail"])


def _pepper_before(sentence: Sentence, verb: Token) -> bool:
    before = sentence.tokens[max(0, verb.i - 2) : verb.i]
    return any(t.lemma.lower() in {"pepper", "peppered"} for t in before)


def _names_place(sentence: Sentence, preposition: Token) -> bool:
    return any(c.dep == "pobj" and c.pos == "PROPN" for c in sentence.children(preposition))


def _has_person_subject(sentence: Sentence, verb: Token) -> bool:
    subject = next((c for c in sentence.children(verb) if c.dep == "nsubj"), None)
    if subject is None and verb.dep == "conj":
        subject = next((c for c in sentence.children(sentence.tokens[verb.head]) if c.dep == "nsubj"), None)
    return subject is not None and subject.lemma.lower() not in _WATER


def _is_force_noun(sentence: Sentence, token: Token) -> bool:
    """`tear gas`, `pepper spray`, `rubber bullets`: a crowd-control weapon, not any gas or spray."""
    return token.lemma.lower() in _FORCE_NOUNS and any(
        c.dep in {"compound", "amod"} and c.lemma.lower() in _FORCE_MODIFIERS for c in sentence.children(token)
    )


def _forced_way(sentence: Sentence, verb: Token) -> bool:
    """`forced her way in`, `forced their way through the gate`: one's way made by force."""
    return any(c.dep == "dobj" and c.lemma.lower() == "way" for c in sentence.children(verb))


def _emergency_kit_called(sentence: Sentence, verb: Token) -> bool:
    """Engines, platforms or units of the fire and ambulance services called in (as the gold reads
    fire crews called: no event)."""
    objects = [c for c in sentence.children(verb) if c.dep in {"dobj", "nsubjpass"}]
    return any(o.lemma.lower() in _EMERGENCY_KIT for o in objects)


_EMERGENCY_KIT = frozenset(
    [
        "platform",
        "engine",
        "appliance",
        "ambulance",
        "tender",
        "unit",
        "vehicle",
        "responder",
        "paramedic",
        "firefighter",
    ]
)


def _called_out_person(sentence: Sentence, verb: Token) -> bool:
    """A person called out (challenged or criticised, `Klitschko ... called out by Fury`): a verb
    with no forces named and either no object at all or a person or a name as its object."""
    if _objects_are_forces(sentence, verb):
        return False
    objects = [c for c in sentence.children(verb) if c.dep in {"dobj", "nsubjpass"}]
    return not objects or any(o.pos in {"PROPN", "PRON"} for o in objects)


def _objects_are_forces(sentence: Sentence, verb: Token) -> bool:
    objects = [c for c in sentence.children(verb) if c.dep in {"dobj", "nsubjpass"}]
    return any(t.lemma.lower() in _FORCE_WORDS for o in objects for t in sentence.subtree(o))
