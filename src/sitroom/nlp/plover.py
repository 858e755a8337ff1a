"""Each event coded as PLOVER and ACLED code it: PLOVER's event type and mode, ACLED's event type
and sub-event type where ACLED codes such an event at all.

sitroom's own types (`nlp/events.EVENT_TYPES`) stay the project's layer; this maps each event to
both standards from its type, its trigger and what its sentence names (a gun, a bomb, an aircraft,
armed groups on both sides). PLOVER codes interactions between actors: a natural disaster, a bare
announcement or a speech is none of its 16 types, and gets none. Guidelines and examples:
docs/events.md.
"""

from __future__ import annotations

from dataclasses import dataclass

from .events.strategic import StrategicVerb, strategic_verb
from .events.words import _BLADES, _WAGING, _WARS
from .events.words import _FIREARMS as _GUNS_CARRIED
from .lexicon import word_list
from .parse import Sentence, Token

PLOVER_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

# ACLED's six event types and 25 sub-event types.
ACLED_SUB_EVENTS: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}


@dataclass(frozen=True)
class Coding:
    plover: str = ""  # one of PLOVER_TYPES, or "" when PLOVER codes no such event
    mode: str = ""  # PLOVER's mode of that type (`firearms`, `arrest`, `demonstrate`)
    acled: str = ""  # `Event type / Sub-event type`, or "" when ACLED codes no such event


_FIREARMS = frozenset(
    ["shoot", "shot", "gun", "gunfire", "gunman", "sniper", "rifle", "fire", "bullet", "shooter", "pistol", "handgun"]
)
_AERIAL = frozenset(["airstrike", "aircraft", "plane", "jet", "bomber", "helicopter", "drone", "warplane", "air"])
_SHELLING = frozenset(["shell", "shelling", "artillery", "missile", "rocket", "mortar"])
_SUICIDE = frozenset(["suicide"])
_EXPLOSIVES = frozenset(["bomb", "bombing", "explosive", "blast", "explosion", "ied", "landmine", "mine"])
_ABDUCTION = frozenset(["kidnap", "abduct", "hostage", "abduction", "kidnapping"])
_SEXUAL = frozenset(["rape", "sexual", "sexually"])
_MILITARY = frozenset(["troop", "soldier", "army", "military", "guard", "marine", "force"]) | {
    "naval",
    "navy",
    "warship",
    "destroyer",
    "commando",
}
_MILITARY_TARGETS = frozenset(["convoy", "patrol", "checkpoint", "outpost", "base", "barracks", "garrison"])
_CHEMICAL = frozenset(["chemical", "sarin", "chlorine", "mustard", "toxic", "nerve"])
_LOOTING = frozenset(["loot", "vandalize", "vandalise", "torch", "ransack", "plunder", "pillage"])
# The own types with one coding whatever the words.
_FIXED: dict[str, Coding] = {
    "protest": Coding("PROTEST", "demonstrate", "Protests / Peaceful protest"),
    "rally": Coding("PROTEST", "demonstrate", "Protests / Peaceful protest"),
    "riot": Coding("PROTEST", "riot", "Riots / Violent demonstration"),
    "arrest": Coding("COERCE", "arrest", "Strategic developments / Arrests"),
    "charge": Coding("ACCUSE", "legal", ""),
    "restrict": Coding("COERCE", "restrict", "Strategic developments / Other"),
    "lockdown": Coding("COERCE", "restrict", ""),
    "use_of_force": Coding("ASSAULT", "crowd control", "Protests / Excessive force against protesters"),
    "speech": Coding(),
    "agree": Coding("AGREE", "agree", "Strategic developments / Agreement"),
    "consult": Coding("CONSULT", "meet", ""),
    "support": Coding("SUPPORT", "praise", ""),
    "concede": Coding("CONCEDE", "concede", ""),
    "cooperate": Coding("COOPERATE", "cooperate", ""),
    "aid": Coding("AID", "humanitarian", ""),
    "retreat": Coding("RETREAT", "withdraw", ""),
    "request": Coding("REQUEST", "demand", ""),
    "sanction": Coding("SANCTION", "sanction", ""),
    "investigate": Coding("ACCUSE", "investigate", ""),
    "threaten": Coding("THREATEN", "warn", ""),
}
_STATEMENTS: dict[str, Coding] = {
    **dict.fromkeys(
        [
            *["accuse", "condemn", "blast", "assail", "berate", "dispute", "attack", "allege", "blame"],
            *["slam", "lambaste", "castigate", "rebuke", "tirade", "diatribe", "broadside"],
            *["condemnation", "accusation", "deplore", "decry", "denounce", "criticize", "criticise", "complain"],
            "charge",
            # disapproval voiced as a feeling (`shocked and dismayed by the numerous leaks`)
            *["dismay", "appal", "appall", "outrage", "disgust", "anger", "incense", "infuriate"],
        ],
        Coding("ACCUSE", "disapprove", ""),
    ),
    **dict.fromkeys(
        [
            *["deny", "reject", "refuse", "defy", "oppose", "object", "decline", "veto", "dismiss", "denial"],
            *["renounce", "resist", "counter"],
        ],
        Coding("REJECT", "reject", ""),
    ),
    **dict.fromkeys(["concede", "admit", "acknowledge"], Coding("CONCEDE", "concede", "")),
    **dict.fromkeys(["threaten", "vow", "warn"], Coding("THREATEN", "warn", "")),
    **dict.fromkeys(["order", "rule"], Coding("COERCE", "order", "")),
}


# Aid given as a bailout or loans (PLOVER's economic aid; money brought to a stricken town is still relief).
_MONEY = frozenset(["bailout", "loan", "funding"])


def _revved(sentence: Sentence, token: Token) -> bool:
    return token.lemma.lower() == "gun" and any(
        c.dep == "dobj" and c.lemma.lower() in {"engine", "motor", "car"} for c in sentence.children(token)
    )


def code_event(sentence: Sentence, trigger: Token, kind: str, actor: Token | None) -> Coding:
    """PLOVER and ACLED codes of one event of sitroom type `kind`."""
    lemma = trigger.lemma.lower()
    # (an engine gunned is revved, no firearm: `the driver gunned the engine and drove over Johnson`)
    words = {t.lemma.lower() for t in sentence.tokens if not _revved(sentence, t)}
    strategic = strategic_verb(sentence, trigger) if trigger.pos == "VERB" else None
    if strategic is not None and strategic.kind == kind:
        return _strategic(strategic, actor)
    if kind in {"protest", "rally"} and _intervened(sentence):
        return Coding("PROTEST", "demonstrate", "Protests / Protest with intervention")
    by_forces = actor is not None and actor.lemma.lower() in word_list("state_forces") | word_list("armed")
    if kind == "riot" and lemma in _LOOTING and by_forces:
        return Coding("COERCE", "seize", "Strategic developments / Looting/property destruction")
    if kind == "protest" and lemma == "boycott":
        return Coding("PROTEST", "boycott", "")  # `boycotted the election`: no one gathered, ACLED codes none
    if kind == "aid" and words & _MONEY:
        return Coding("AID", "economic", "")  # `received $15 billion in bailout money`
    if kind in _FIXED:
        return _FIXED[kind]
    if kind == "statement":
        if any((lemma, c.lemma.lower()) in {("rule", "out"), ("turn", "down")} for c in sentence.children(trigger)):
            return Coding("REJECT", "reject", "")  # `ruled himself out of the running`, `was turned down`
        return _STATEMENTS.get(lemma, Coding())
    if kind == "deploy":
        return Coding("MOBILIZE", "military" if words & _MILITARY else "police", "")
    if kind == "breach" and lemma == "invade":
        return Coding("COERCE", "seize", "")  # a state's invasion: territory taken, no mob
    if kind == "breach":
        by_forces = actor is not None and actor.lemma.lower() in _MILITARY | {"police", "officer", "agent"}
        return Coding("COERCE", "raid", "") if by_forces else Coding("PROTEST", "riot", "Riots / Mob violence")
    if kind == "assault":
        return _assault(words, lemma)
    if kind == "other":
        if words & _EXPLOSIVES and words & word_list("weapons"):
            return Coding("ASSAULT", "explosives", "Explosions/Remote violence / Remote explosive/landmine/IED")
        to_safety = any(c.lemma.lower() == "safety" for c in sentence.subtree(trigger))
        # (`led away` by police, not `the quake has led to a power outage`)
        led_off = lemma != "lead" or any(c.dep in {"prt", "advmod"} for c in sentence.children(trigger))
        expelled = lemma in {"eject", "escort", "remove", "lead", "drag", "carry", "throw", "kick"}
        if expelled and not to_safety and led_off:
            return Coding("COERCE", "expel", "")  # (but `escorted the MV Gibe to safety` brings it out of harm)
        return Coding()
    return Coding()


def _strategic(row: StrategicVerb, actor: Token | None) -> Coding:
    """A verb of `strategic_verbs.tsv`: territory taken is regained by state forces and overtaken
    by anyone else, whatever the verb (`rebels recaptured the town` is an overtaking)."""
    if row.acled.startswith("Battles"):
        doer = actor.lemma.lower() if actor is not None else ""
        if doer in word_list("state_forces"):
            return Coding("COERCE", "seize", "Battles / Government regains territory")
        if doer in word_list("armed") - word_list("state_forces"):
            return Coding("COERCE", "seize", "Battles / Non-state actor overtakes territory")
        return Coding("COERCE", "seize", row.acled)
    if row.kind == "retreat":
        return Coding("RETREAT", "withdraw", row.acled)
    if row.kind == "deploy":
        return Coding("MOBILIZE", "military", row.acled)
    if "weapons" in row.acled:
        return Coding("COERCE", "seize", row.acled)
    return Coding("", "", row.acled)


def _intervened(sentence: Sentence) -> bool:
    """Whether the sentence tells forces stepping into the protest: `police dispersed the march`,
    `broke up the rally`, `arrested dozens of protesters`."""
    for token in sentence.tokens:
        lemma = token.lemma.lower()
        if lemma in {"disperse", "intervene", "arrest", "detain"} and token.pos == "VERB":
            return True
        if lemma == "break" and any(c.dep == "prt" and c.lemma.lower() == "up" for c in sentence.children(token)):
            return True
    return False


def _assault(words: set[str], lemma: str) -> Coding:
    armed = word_list("armed")
    if words & _CHEMICAL:
        return Coding("ASSAULT", "cbrn", "Explosions/Remote violence / Chemical weapon")
    waged = lemma in _WAGING and words & _WARS  # `waged war on the troops`
    if (lemma in {"fight", "fighting", "clash", "battle"} or waged) and len(words & armed) >= 1:
        return Coding("ASSAULT", "armed clash", "Battles / Armed clash")
    if lemma == "war":  # `Afghanistan has been at war for twenty years`: a war is fought, no one attacked
        return Coding("ASSAULT", "armed clash", "Battles / Armed clash")
    if lemma in {"ambush", "attack", "raid"} and words & armed and words & _MILITARY_TARGETS:
        # `Militants ambushed a military convoy`: an armed group against forces is a battle
        return Coding("ASSAULT", "armed clash", "Battles / Armed clash")
    held_captive = lemma == "hold" and not words & (_GUNS_CARRIED | _BLADES)  # (not `held a knife to her throat`)
    if words & _ABDUCTION or lemma in _ABDUCTION or held_captive:  # `Pirates holding ... 300 crewmen`
        return Coding("ASSAULT", "abduct", "Violence against civilians / Abduction/forced disappearance")
    if words & _SEXUAL:
        return Coding("ASSAULT", "sexual", "Violence against civilians / Sexual violence")
    if words & _SUICIDE and words & (_EXPLOSIVES | {"bomber", "attacker"}):
        return Coding("ASSAULT", "explosives", "Explosions/Remote violence / Suicide bomb")
    if words & _AERIAL and words & (_EXPLOSIVES | {"strike", "raid", "drop"}):
        return Coding("ASSAULT", "aerial", "Explosions/Remote violence / Air/drone strike")
    if words & _SHELLING:
        return Coding("ASSAULT", "explosives", "Explosions/Remote violence / Shelling/artillery/missile attack")
    if "grenade" in words:
        return Coding("ASSAULT", "explosives", "Explosions/Remote violence / Grenade")
    if words & _EXPLOSIVES:
        return Coding("ASSAULT", "explosives", "Explosions/Remote violence / Remote explosive/landmine/IED")
    if words & _FIREARMS or lemma in _FIREARMS:
        return Coding("ASSAULT", "firearms", "Violence against civilians / Attack")
    if lemma in {"beat", "punch", "slap", "shove", "tackle", "choke", "stab", "assault"}:
        return Coding("ASSAULT", "beat", "Violence against civilians / Attack")
    return Coding(
        "ASSAULT",
        "kill" if lemma in {"kill", "murder", "slay", "death", "die", "dead"} else "assault",
        "Violence against civilians / Attack",
    )
