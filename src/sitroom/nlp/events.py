"""Events: who did what to whom, where, when and how many, each tied to its evidence sentence.

Rules over a parsed sentence (plain data from `parse.py`): a trigger word gives the type from a
fixed taxonomy (docs/events.md maps each to PLOVER and ACLED), the parse gives actor and target,
the places and dates found in the sentence give where and when, and the count comes from the
phrase that is counted (`at least ten people were arrested`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..model import DateMention, Entity, Event, Participant, Quantity, Span
from .counts import parse_count
from .lexicon import lemma_of, word_list, word_table
from .parse import Sentence, Token
from .places import LANDMARK_NAMES, landmark_named
from .plover import code_event


@dataclass(frozen=True)
class EventType:
    name: str
    description: str
    plover: str
    acled: str


EVENT_TYPES: tuple[EventType, ...] = (
    EventType("protest", "demonstration, march, strike, picket", "PROTEST", "Protests"),
    EventType("riot", "violent demonstration, clashes, looting", "PROTEST (riot)", "Riots / Violent demonstration"),
    EventType("assault", "physical attack on people", "ASSAULT", "Violence against civilians / Attack"),
    EventType("arrest", "arrest or detention", "COERCE (arrest)", "Strategic developments / Arrests"),
    EventType("charge", "criminal charge or indictment", "ACCUSE (legal)", "Strategic developments / Other"),
    EventType("deploy", "deployment or mobilisation of forces", "MOBILIZE", "Strategic developments / Other"),
    EventType("restrict", "curfew, ban, state of emergency", "COERCE (restrict)", "Strategic developments / Other"),
    EventType(
        "lockdown", "lockdown, evacuation, shelter in place", "COERCE (restrict)", "Strategic developments / Other"
    ),
    EventType("breach", "storming or breaking into a place", "PROTEST (riot) / ASSAULT", "Riots / Mob violence"),
    EventType(
        "use_of_force",
        "tear gas, pepper spray, rubber bullets used",
        "ASSAULT (crowd control)",
        "Protests / Excessive force against protesters",
    ),
    EventType("rally", "rally or gathering", "PROTEST (demonstrate)", "Protests / Peaceful protest"),
    EventType(
        "speech", "speech or address to a crowd", "CONSULT / SUPPORT (statement)", "Strategic developments / Other"
    ),
    EventType("statement", "announcement, accusation, rejection, defiance", "ACCUSE / REJECT / ENGAGE", "(not coded)"),
    EventType("other", "disasters and other incidents: flood, fire, explosion, rescue", "(not coded)", "(not coded)"),
    # The kinds PLOVER codes beyond these (guidelines version 3): verbs in data/en/event_verbs.tsv,
    # nouns in data/en/event_nouns.tsv.
    EventType("agree", "agreement, treaty, ceasefire signed or reached", "AGREE", "Strategic developments / Agreement"),
    EventType("consult", "meeting, visit, talks, negotiation", "CONSULT", "(not coded)"),
    EventType("support", "praise, endorsement, backing", "SUPPORT", "(not coded)"),
    EventType("concede", "apology, concession", "CONCEDE", "(not coded)"),
    EventType("cooperate", "cooperation, collaboration", "COOPERATE", "(not coded)"),
    EventType("aid", "aid, relief, assistance given, sent or pledged", "AID", "(not coded)"),
    EventType("retreat", "withdrawal of forces, release of prisoners", "RETREAT", "(not coded)"),
    EventType("request", "demand, appeal, call, request", "REQUEST", "(not coded)"),
    EventType("threaten", "warning, threat", "THREATEN", "(not coded)"),
    EventType("sanction", "sanctions, embargo, expulsion, suspension", "SANCTION", "(not coded)"),
    EventType("investigate", "investigation, probe, inquiry", "ACCUSE (investigate)", "(not coded)"),
)
# The types of the first taxonomy (guidelines versions 1 and 2); the rest came with version 3.
FIRST_TYPES = frozenset(t.name for t in EVENT_TYPES[:14])

# Not a type: a trigger of death or injury, typed `assault` or `other` by its cause.
CASUALTY = "casualty"
# What kills or destroys with no one who did it, and what people fire or drop (data/en/).
HAZARDS = word_list("hazards")
WEAPONS = word_list("weapons")
# A hazard or a weapon that does these happens (`the quake struck`, `bombs landed`).
_STRIKING_VERBS = frozenset(
    ["hit", "strike", "rock", "shake", "jolt", "ravage", "devastate", "batter", "pound", "sweep", "land", "fall"]
) | frozenset(["occur", "happen", "record", "register", "go", "explode", "erupt", "engulf"])
_CAUSING_VERBS = frozenset(["cause", "trigger", "spark", "unleash", "send"])
_DESTROYING_VERBS = frozenset(["destroy", "damage", "flatten", "level", "raze"])
# Death and injury the weapon or the attack names (`killed in the bombing`, `shot dead`).
_ATTACK_WORDS = frozenset(
    ["attack", "bombing", "shooting", "gunman", "gunfire", "shot", "sniper", "raid", "attacker", "murder", "weapon"]
) | frozenset(["gun", "shooter", "stabbing", "knife", "assault", "homicide"])
_DEFAULT_CASUALTY = {
    "die": "other",
    "perish": "other",
    "dead": "other",
    "trap": "other",
    "missing": "other",
    "miss": "other",
    "toll": "other",
    "treat": "other",
}
# What a toll does (`rose to 12`, `stands at 12`).
_TOLL_VERBS = frozenset(["rise", "climb", "reach", "stand", "increase", "jump", "mount", "hit", "grow", "be", "top"])
# What the count of a death or an injury counts (`Event.casualty`).
_HARMS = {
    **dict.fromkeys(["kill", "die", "perish", "dead", "death", "slay", "toll"], "killed"),
    **dict.fromkeys(["injure", "wound", "hurt"], "injured"),
    "missing": "missing",
    "miss": "missing",
    "treat": "injured",
}

VERB_TRIGGERS: dict[str, str] = {
    **dict.fromkeys(["protest", "demonstrate", "march", "picket"], "protest"),
    **dict.fromkeys(["riot", "clash", "loot", "vandalize", "vandalise", "rampage", "torch"], "riot"),
    **dict.fromkeys(
        [
            "assault",
            "attack",
            "beat",
            "stab",
            "shoot",
            "punch",
            "rape",
            "murder",
            "slay",
            "shove",
            "slap",
            "choke",
            "tackle",
        ],
        "assault",
    ),
    **dict.fromkeys(["bomb", "shell", "kidnap", "abduct"], "assault"),
    **dict.fromkeys(["arrest", "detain", "apprehend", "jail", "imprison"], "arrest"),
    **dict.fromkeys(["charge", "indict", "prosecute", "sue", "sentence", "acquit", "convict"], "charge"),
    **dict.fromkeys(["deploy", "mobilize", "mobilise", "dispatch", "patrol"], "deploy"),
    **dict.fromkeys(["pepper-spray", "tear-gas", "taser", "tase"], "use_of_force"),
    **dict.fromkeys(["ban", "outlaw", "forbid", "prohibit"], "restrict"),
    **dict.fromkeys(["evacuate", "shelter", "barricade"], "lockdown"),
    **dict.fromkeys(["storm", "breach", "invade", "overrun", "ransack"], "breach"),
    **dict.fromkeys(["rally", "gather", "assemble", "congregate"], "rally"),
    **dict.fromkeys(["address"], "speech"),
    **dict.fromkeys(
        [
            "announce",
            "declare",
            "accuse",
            "condemn",
            "reject",
            "defy",
            "deny",
            "refuse",
            "concede",
            "oppose",
            "object",
            "vow",
            "threaten",
            "blast",
            "assail",
            "berate",
            "dispute",
            "disclose",
            "defend",
            "rule",
        ],
        "statement",
    ),
    **dict.fromkeys(["flood", "rescue", "explode", "collapse", "eject", "sink", "flee", "displace"], "other"),
    # Killed, hurt or dead: an attack or a disaster, decided by the cause (`_casualty_kind`).
    **dict.fromkeys(["kill", "injure", "wound", "hurt", "die", "perish", "trap"], CASUALTY),
}
# Verb + particle or preposition (`break through`, `call in`, `walk off`).
PHRASAL_TRIGGERS: dict[tuple[str, str], str] = {
    ("break", "through"): "breach",
    ("break", "into"): "breach",
    ("get", "inside"): "breach",
    ("get", "into"): "breach",
    ("force", "into"): "breach",
    ("push", "into"): "breach",
    ("push", "past"): "breach",
    ("call", "for"): "request",
    ("look", "into"): "investigate",
    ("call", "in"): "deploy",
    ("send", "in"): "deploy",
    ("call", "up"): "deploy",
    ("call", "out"): "deploy",
    ("walk", "off"): "protest",
    ("take", "to"): "protest",
    ("call", "to"): "deploy",
    ("walk", "out"): "protest",
    ("descend", "on"): "rally",
    ("lock", "down"): "lockdown",
    ("take", "into"): "arrest",
    ("speak", "at"): "speech",
    ("hide", "under"): "lockdown",
    ("climb", "up"): "breach",
    ("climb", "into"): "breach",
    ("climb", "over"): "breach",
    ("speak", "during"): "speech",
    ("speak", "to"): "speech",
    ("hide", "in"): "lockdown",
    ("lash", "out"): "statement",
    ("push", "back"): "statement",
    ("show", "up"): "rally",
    # vehicles driven into people (`plowed into the crowd`); only with people as the object
    ("plow", "through"): "breach",
    ("crash", "through"): "breach",
    ("plow", "into"): "assault",
    ("plough", "into"): "assault",
    ("ram", "into"): "assault",
    ("drive", "into"): "assault",
    ("run", "into"): "assault",
    ("run", "over"): "assault",
    ("mow", "down"): "assault",
    # held: only with custody or jail as the object
    ("remain", "in"): "arrest",
    ("keep", "in"): "arrest",
    ("hold", "in"): "arrest",
    # removed from an event by police or guards
    ("escort", "out"): "other",
    ("escort", "off"): "other",
    ("lead", "out"): "other",
    ("lead", "away"): "other",
    ("carry", "away"): "other",
    ("drag", "out"): "other",
    ("throw", "out"): "other",
    ("kick", "out"): "other",
}
# Phrasal triggers that mean forces sent only when forces are named (`called in the Guard`, not
# `called the assault ... in somber comments`), and breaches only into a place.
_FORCE_PHRASALS = frozenset({("call", "in"), ("send", "in"), ("call", "up"), ("call", "out")})
_ENTRY_PHRASALS = frozenset({("get", "inside"), ("get", "into"), ("force", "into"), ("push", "into")})
_VEHICLE_PHRASALS = frozenset(
    {("plow", "into"), ("plough", "into"), ("ram", "into"), ("drive", "into"), ("run", "into"), ("run", "over")}
)
_CUSTODY_PHRASALS = frozenset({("remain", "in"), ("keep", "in"), ("hold", "in")})
_CUSTODY = frozenset({"custody", "jail", "prison", "detention", "lockup"})
# People as the object of a rough verb (`grabbed a photographer`, `ran over people`), not things.
_PEOPLE = frozenset(
    [
        "people",
        "crowd",
        "pedestrian",
        "reveler",
        "protester",
        "demonstrator",
        "man",
        "woman",
        "child",
        "reporter",
        "photographer",
        "journalist",
        "officer",
        "aide",
        "heckler",
        "bystander",
        "supporter",
        "student",
        "girl",
        "boy",
        "person",
        "diplomat",
        "ambassador",
        "envoy",
        "official",
        "worker",
        "leader",
        "minister",
        "president",
        "citizen",
        "civilian",
        "resident",
        "refugee",
        "victim",
    ]
)
_GUNFIRE = frozenset({"shot", "gunshot", "round", "bullet", "gunfire"})
# With forces as their object (or, for the last three, their subject): deploy.
_POSTING_VERBS = frozenset({"send", "assign", "station", "post", "add", "position", "move", "mass", "join"})
_ROUGH_VERBS = frozenset({"grab", "yank", "strike"})  # with people: assault
# Verbs that start an event only through a rule in `_trigger_type` (`opened fire`, `took the stage`).
_RULE_VERBS = frozenset(
    {"open", "fire", "throw", "spray", "remove", "claim", "assert", "order", "take", "seek", "stay"}
)
# What crowds of protesters do, with them as the subject (`hundreds of demonstrators moved through the
# city`), or as the agent (`will be greeted by as many as 6,000 protesters`): protest events.
_PROTESTERS = frozenset({"protester", "protestor", "demonstrator", "marcher"})
_CROWD_ACTIONS = frozenset(
    [
        "move",
        "stream",
        "fill",
        "block",
        "chant",
        "confront",
        "greet",
        "interrupt",
        "occupy",
        "pour",
        "spill",
        "surround",
        "swarm",
        "converge",
        "walk",
        "make",
        "shout",
        "heckle",
        "disrupt",
    ]
)
# Nouns that name an event when a verb makes them happen (`a curfew has been imposed`, `fired tear gas`).
_FIRST_NOUN_TRIGGERS: dict[str, str] = {
    "curfew": "restrict",
    "ban": "restrict",
    "restriction": "restrict",
    "emergency": "restrict",
    "lockdown": "lockdown",
    "evacuation": "lockdown",
    "gas": "use_of_force",
    "spray": "use_of_force",
    "bullet": "use_of_force",
    "cannon": "use_of_force",
    "grenade": "use_of_force",
    "arrest": "arrest",
    "rally": "rally",
    "protest": "protest",
    "demonstration": "protest",
    "strike": "protest",
    "march": "protest",
    "riot": "riot",
    "clash": "riot",
    "speech": "speech",
    "flood": "other",
    "sit-in": "protest",
    "lawsuit": "charge",
    "suit": "charge",
    "citation": "charge",
    "attack": "assault",
    "rape": "assault",
    "statement": "statement",
    "parade": "protest",
    "raid": "assault",
    "bombing": "assault",
    "bombardment": "assault",
    "airstrike": "assault",
    "shelling": "assault",
    "fighting": "assault",
    "rescue": "other",
    "celebration": "rally",
    "commemoration": "rally",
    "confrontation": "riot",
    "death": CASUALTY,
    "casualty": CASUALTY,
    "toll": CASUALTY,
    "earthquake": "other",
    "quake": "other",
    "aftershock": "other",
    "tsunami": "other",
    "landslide": "other",
    "explosion": "other",
    "blast": "other",
}
# Verbs and nouns of the kinds PLOVER codes beyond the first taxonomy, kept as data.
FAMILY_VERBS: dict[str, tuple[str, str]] = {row[0]: (row[1], row[2]) for row in word_table("event_verbs")}
NOUN_TRIGGERS: dict[str, str] = {**_FIRST_NOUN_TRIGGERS, **{row[0]: row[1] for row in word_table("event_nouns")}}
# Support verbs whose subject is the event itself (`protests erupted`, `the attack occurred`).
_HAPPENING_VERBS = frozenset(
    ["erupt", "begin", "start", "continue", "go", "occur", "happen", "remain", "break", "end", "follow"]
)
_FORCE_NOUNS = frozenset({"gas", "spray", "bullet", "cannon", "grenade"})
_FORCE_MODIFIERS = frozenset({"tear", "pepper", "rubber", "water", "stun", "flash"})
# Verbs that make a noun trigger happen; anything else merely talks about it (`prompted the protests`).
SUPPORT_VERBS = frozenset(
    [
        "impose",
        "declare",
        "order",
        "issue",
        "enforce",
        "extend",
        "announce",
        "put",
        "place",
        "send",
        "hold",
        "stage",
        "attend",
        "join",
        "lead",
        "organize",
        "organise",
        "address",
        "give",
        "deliver",
        "use",
        "fire",
        "spray",
        "launch",
        "shoot",
        "deploy",
        "make",
        "break",
        "erupt",
        "begin",
        "start",
        "continue",
        "go",
        "have",
        "lift",
        "end",
        "call",
        "spark",
        "prompt",
        "trigger",
        "turn",
        "remain",
        "praise",
        "file",
        "release",
        "occur",
        "happen",
        "engage",
        "carry",
        "report",
        "plan",
        "hold",
        "stage",
        "organize",
        "organise",
        "attend",
        "join",
        "participate",
        "lead",
        "pause",
        "suffer",
        "provoke",
        "follow",
    ]
)
# Lemmas, as tokens are compared by lemma (`troops` is `troop`).
_FORCE_WORDS = frozenset(
    [
        "guard",
        "troop",
        "soldier",
        "police",
        "officer",
        "army",
        "military",
        "force",
        "marine",
        "agent",
        "personnel",
        "trooper",
        "deputy",
    ]
)
_PLACE_PREPS = frozenset(
    {
        "in",
        "at",
        "on",
        "near",
        "outside",
        "inside",
        "around",
        "across",
        "into",
        "through",
        "onto",
        "along",
        "toward",
        "towards",
        "past",
        "within",
    }
)
_SAYING = frozenset(
    [
        "say",
        "tell",
        "announce",
        "add",
        "state",
        "report",
        "confirm",
        "claim",
        "insist",
        "argue",
        "write",
        "tweet",
        "note",
    ]
)
_UNCONFIRMED = frozenset(["understand", "believe", "report", "allege", "rumor", "rumour", "suspect", "think"])
_POSSIBLE = frozenset({"may", "might", "could", "would", "should", "can"})
_PLANNED_HEADS = frozenset(["plan", "threaten", "vow", "promise", "intend", "prepare", "expect", "want", "aim", "hope"])
_NEGATORS = frozenset({"not", "n't", "never", "no"})
_PHRASE_CUT = frozenset({"relcl", "acl", "appos", "advcl", "parataxis", "punct", "cc", "conj"})


def extract_events(
    sentences: Sequence[tuple[Sentence, bool]],
    entities: Sequence[Entity],
    dates: Sequence[DateMention],
    text: str,
) -> tuple[Event, ...]:
    """Events of one article; `sentences` come with whether they stand in a caption."""
    events: list[Event] = []
    harms: list[Event] = []  # attacks, deaths and disasters: what a death told next belongs to
    for sentence, in_caption in sentences:
        taken: set[int] = set()
        if _is_question(sentence):
            continue  # `Did you shoot him?` asks; it reports nothing
        for token in sentence.tokens:
            raw = _trigger_type(sentence, token)
            if raw is None or token.i in taken or _is_command(sentence, token) or _is_wished(sentence, token, raw):
                continue
            if _is_background(sentence, token) or _is_conditional(sentence, token):
                continue
            head = sentence.tokens[token.head]
            own_subject = any(c.dep in {"nsubj", "nsubjpass"} for c in sentence.children(token))
            if (
                token.dep == "conj"
                and head.i != token.i
                and not own_subject
                and _same_kind(raw, _trigger_type(sentence, head))
                and not (_has_object(sentence, head) and _has_object(sentence, token))
            ):
                # `shot and killed`: one event; `nine were killed and 21 were wounded`, `killing 81
                # and injuring 1,700`: two
                continue
            kind = raw if raw != CASUALTY else _casualty_type(sentence, token, harms, text)
            event = _event(sentence, token, kind, entities, dates, in_caption)
            if event is not None:
                event = replace(event, casualty=_harm_counted(sentence, token, raw, event))
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


_HARM_DONE_TO_BODIES = frozenset(["injury", "wound", "bone", "burn", "cut", "bruise", "fracture"])
_THE_HARMED = frozenset(["victim", "patient", "survivor", "casualty", "wounded", "injured"])
# Words for a whole population, counted or not (`people fled their homes`).
_POPULATIONS = frozenset(["people", "resident", "civilian", "refugee", "villager", "family", "inhabitant", "thousand"])


def _treated_for_harm(sentence: Sentence, children: Sequence[Token]) -> bool:
    for c in children:
        if c.dep in {"dobj", "nsubjpass"} and c.lemma.lower() in _THE_HARMED:
            return True
        if (
            c.dep == "prep"
            and c.lemma.lower() == "for"
            and any(t.lemma.lower() in _HARM_DONE_TO_BODIES for t in sentence.subtree(c))
        ):
            return True
    return False


def _counted_people(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """Whether the subject of the verb (or the noun a relative pronoun stands for) is people
    counted: `thousands of people`, `10,000 residents`, `hundreds of thousands of civilians`."""
    subject = next((c for c in children if c.dep in {"nsubj", "nsubjpass"}), None)
    if subject is not None and subject.tag in {"WP", "WDT"} and verb.dep == "relcl":
        subject = sentence.tokens[verb.head]
    for _ in range(3):  # `civilians` in `hundreds of thousands of civilians` counts through `of`
        if subject is None:
            return False
        counted = _is_toll(sentence, subject) or any(
            c.dep in {"nummod", "quantmod"} for c in sentence.children(subject)
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
    if raw == CASUALTY:
        return _HARMS.get(lemma, "")
    if lemma in {"flee", "displace"} and event.count is not None:
        return "displaced"  # `hundreds of thousands of civilians have fled`
    return ""


def _same_kind(one: str | None, other: str | None) -> bool:
    return one == other or {one, other} <= {"assault", CASUALTY}


def _has_object(sentence: Sentence, verb: Token) -> bool:
    return any(c.dep == "dobj" for c in sentence.children(verb))


def _casualty_type(sentence: Sentence, trigger: Token, harms: Sequence[Event], text: str) -> str:
    """Killed or hurt by people (`assault`) or by a hazard (`other`): by what the sentence says,
    else as the attack, death or disaster told just before (`harms`: `At least seven were reported dead` after a
    bombing), else by the word (`died`, `dead`, `trapped`: other; `killed`, `injured`: assault)."""
    kind = _casualty_kind(sentence, trigger)
    if kind is not None:
        return kind
    last = harms[-1] if harms else None
    if last is not None and _adjacent(text, last.evidence, sentence.span):
        return last.type
    return _DEFAULT_CASUALTY.get(trigger.lemma.lower(), "assault")


_NOT_HARM = frozenset(["rescue", "eject", "escort", "lead", "carry", "drag", "throw", "kick", "remove"])
_VESSELS = frozenset(["boat", "ship", "ferry", "vessel", "submarine", "raft", "dinghy"])


def _adjacent(text: str, before: Span, after: Span) -> bool:
    """Same paragraph, or the next one with nothing (no caption, no other paragraph) between."""
    between = text[before.end : after.start]
    middle = between.split("\n")[1:-1]
    return len(between) < 400 and all(not line.strip() for line in middle)


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
            and last.date.granularity in {"day", "part_of_day"}
            and event.modality != "planned"
            and _adjacent(text, last.evidence, event.evidence)
        ):
            event = replace(event, date=last.date)
        carried.append(event)
        last = event
    return carried


def _is_question(sentence: Sentence) -> bool:
    words = [t for t in sentence.tokens if t.pos != "PUNCT" or t.text == "?"]
    return bool(words) and words[-1].text == "?"


def _is_command(sentence: Sentence, verb: Token) -> bool:
    """`Don't shoot him`: an imperative, a base-form verb with no subject of its own."""
    if verb.pos != "VERB" or verb.tag != "VB" or verb.dep not in {"ROOT", "ccomp", "parataxis"}:
        return False
    return not any(
        c.dep in {"nsubj", "nsubjpass", "aux"} and c.lemma.lower() not in {"do"} for c in sentence.children(verb)
    )


# Heads whose `to` complement is wanted or urged, not done: `fanatics that want to attack her`,
# `called on its followers to kill`, `willing to be arrested`. Plans (`plans to march`) are kept.
_WISH_HEADS = frozenset(
    ["want", "wish", "urge", "encourage", "ask", "incite", "call", "willing", "ready", "eager", "dare", "like"]
)


def _is_wished(sentence: Sentence, verb: Token, kind: str) -> bool:
    if verb.pos != "VERB" or verb.dep not in {"xcomp", "ccomp", "advcl"} or verb.head == verb.i:
        return False
    if kind == "lockdown":
        return False  # `urged people to stay home`: the call to shelter is the measure
    infinitive = any(c.dep == "aux" and c.text.lower() == "to" for c in sentence.children(verb))
    return infinitive and sentence.tokens[verb.head].lemma.lower() in _WISH_HEADS


def _is_background(sentence: Sentence, verb: Token) -> bool:
    """A reduced relative (`two Americans killed in the 2012 attacks`, `a man fatally shot by police`)
    names people by what once happened to them; the incident is background, not reported here. Set
    off by commas (`Guard members, called to service by the governor, are ...`) it reports."""
    if verb.pos == "VERB" and verb.dep in {"xcomp", "advcl"} and verb.head != verb.i:
        return _is_background(sentence, sentence.tokens[verb.head])  # `the gun used to kill him`
    if not (verb.pos == "VERB" and verb.tag == "VBN" and verb.dep == "acl"):
        return False
    if sentence.tokens[verb.head].dep == "ROOT":
        return False  # a sentence with no other verb: the participle is what it reports (`Curfew lifted`)
    if _is_toll(sentence, sentence.tokens[verb.head]) and VERB_TRIGGERS.get(verb.lemma.lower()) == CASUALTY:
        return False  # `more than 200 injured`, `among hundreds injured`: a toll is the news
    first = sentence.subtree(verb)[0]
    return first.i == 0 or sentence.tokens[first.i - 1].text != ","


def _is_toll(sentence: Sentence, noun: Token) -> bool:
    """A bare number of people (`200`, `hundreds`, `14 others`), not people known already (`the 49
    people`): what a participle after it counts."""
    children = list(sentence.children(noun))
    if any(
        c.dep in {"det", "poss"} and c.lemma.lower() in {"the", "these", "those"} | {"his", "her", "their"}
        for c in children
    ):
        return False
    return noun.pos == "NUM" or noun.lemma.lower() in _VAGUE_NUMBERS


_VAGUE_NUMBERS = frozenset(["dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score", "scores"])
_QUANTITIES = frozenset(["total", "number", "string", "series", "spate", "wave"]) | _VAGUE_NUMBERS
# Nouns a noun event names the work of (`rescue operations`).
_EVENT_WORK = frozenset(["operation", "effort", "mission", "work"])


def _is_quantity(noun: Token) -> bool:
    return noun.lemma.lower() in _QUANTITIES or noun.pos == "NUM"


_CONDITIONS = frozenset({"if", "unless"})
_GENERIC_WHEN = frozenset({"when", "whenever"})
_MODALS = frozenset({"will", "would", "'ll", "can", "could", "might", "may", "should", "wo"})


def _is_conditional(sentence: Sentence, verb: Token) -> bool:
    """`If they attack ...`, `... he will punch back` after `when you attack him`: a condition and
    what would follow from it report nothing that happened."""
    if verb.pos != "VERB":
        return False
    main = sentence.tokens[verb.head] if verb.dep == "advcl" and verb.head != verb.i else verb
    clauses = [verb] + [c for c in sentence.children(main) if c.dep == "advcl"]
    modal = any(c.dep == "aux" and c.text.lower() in _MODALS for c in sentence.children(main))
    for clause in clauses:
        marks = {c.lemma.lower() for c in sentence.children(clause) if c.dep == "mark"}
        whens = {c.lemma.lower() for c in sentence.children(clause) if c.dep in {"mark", "advmod"}}
        if marks & _CONDITIONS or (whens & _GENERIC_WHEN and modal):
            return True
    return False


def _trigger_type(sentence: Sentence, token: Token) -> str | None:
    lemma = lemma_of(token.text, token.lemma)
    if token.pos == "VERB":
        for child in sentence.children(token):
            pair = (lemma, child.lemma.lower())
            if child.dep in {"prt", "prep", "advmod"} and pair in PHRASAL_TRIGGERS:
                objects = {g.lemma.lower() for g in sentence.children(child) if g.dep == "pobj"}
                if pair == ("take", "to") and not objects & {"street", "streets"}:
                    continue  # only `took to the streets`
                if pair == ("call", "to") and not objects & {"service", "duty", "scene"}:
                    continue
                if pair in _FORCE_PHRASALS and not (
                    objects & _FORCE_WORDS or _objects_are_forces(sentence, token) or child.dep == "prt"
                ):
                    continue
                if pair in _ENTRY_PHRASALS and not objects & _SITE_WORDS and not _names_place(sentence, child):
                    continue  # `getting into the spirit`
                if pair == ("beat", "out"):
                    continue
                if pair in _VEHICLE_PHRASALS and not _has_people(sentence, [child]):
                    continue  # `ran into trouble`, `drove into the city`
                if pair == ("mow", "down") and not _has_people(sentence, [token]):
                    continue
                if pair in _CUSTODY_PHRASALS and not objects & _CUSTODY:
                    continue
                return PHRASAL_TRIGGERS[pair]
        children = list(sentence.children(token))
        deps = {c.dep for c in children}
        if (
            VERB_TRIGGERS.get(lemma) == "statement"
            and {"auxpass", "neg"} <= deps
            and any(c.dep == "aux" and c.lemma.lower() in _MODALS for c in children)
        ):
            return None  # `a nature that cannot be denied`: undeniable, no denial made
        statement_modifier = VERB_TRIGGERS.get(lemma) == "statement" and sentence.tokens[token.head].pos == "NOUN"
        naming = {"jail", "imprison", "hurt", "trap", "die", "perish", "murder", "kill", "wound", "injure", "displace"}
        if token.dep == "amod" and (lemma in naming or statement_modifier):
            return None  # `the still-jailed journalist`, `the dying man`: names people, reports nothing
        if lemma == "hurt" and not _harms_people(sentence, token, children):
            return None  # `will hurt Clinton's chances`
        if lemma == "sink" and not any(
            c.dep in {"nsubj", "nsubjpass"} and c.lemma.lower() in _VESSELS for c in children
        ):
            return None  # `sink the nomination`
        being = any(c.dep == "aux" and c.lemma.lower() == "be" for c in children)
        if lemma == "treat" and _treated_for_harm(sentence, children):
            return CASUALTY  # `19 patients were treated for broken bones`, `treated 20 quake victims`
        if lemma == "miss" and token.tag == "VBG" and being and not _has_object(sentence, token):
            return CASUALTY  # `five fishermen are missing`, not `a missing activist`
        if lemma in {"flee", "displace"} and not _counted_people(sentence, token, children):
            return None  # a population displaced (`thousands have fled`), not one man's flight
        struck = _harm_done(sentence, token, children)
        if struck is not None:
            return struck
        verdict = any(c.dep in {"ccomp", "oprd", "acomp"} and c.lemma.lower() == "guilty" for c in children)
        if lemma == "find" and verdict:
            return "charge"  # `a jury found him guilty`
        if lemma == "decline" and any(
            c.dep == "xcomp" and c.lemma.lower() in {"comment", "answer", "respond"} for c in children
        ):
            return "statement"  # `declined to comment`: a refusal
        forces_move = lemma in {"mass", "join", "move"} and any(
            c.dep == "nsubj" and c.lemma.lower() in _FORCE_WORDS | {"gi"} for c in children
        )
        if lemma in _POSTING_VERBS and (_objects_are_forces(sentence, token) or forces_move):
            return "deploy"  # `sent in troops`, `160 security personnel were added`
        refuge = {"shelter", "refuge", "cover"}
        if (lemma in {"seek", "take"} and any(c.dep == "dobj" and c.lemma.lower() in refuge for c in children)) or (
            lemma == "stay" and any(c.lemma.lower() in {"home", "inside", "indoors"} for c in children)
        ):
            return "lockdown"  # `sought shelter`, `urged people to stay home`
        patients = {c.lemma.lower() for c in children if c.dep in {"dobj", "nsubjpass"}}
        if (lemma == "open" and "fire" in patients) or (lemma == "fire" and patients & _GUNFIRE):
            return "assault"  # `opened fire on revelers`, `shots were fired into the crowd`
        if lemma == "throw" and "punch" in patients:
            return "assault"
        # `struck supporters as unfair`: seemed to them, not hit them
        struck_as = lemma == "strike" and any(
            c.dep == "prep" and c.lemma.lower() == "as" and c.i > token.i for c in children
        )
        if lemma in _ROUGH_VERBS and not struck_as and _has_people(sentence, [token]):
            return "assault"
        if lemma == "spray" and _pepper_before(sentence, token):
            return "use_of_force"  # `pepper-sprayed`, which the tokenizer splits
        if lemma == "remove" and _has_people(sentence, [token]):
            return "other"  # `removed from a debate site by police`
        if lemma in {"claim", "assert"} and "responsibility" in patients:
            return "statement"
        their_way = lemma != "make" or any(c.dep == "dobj" and c.lemma.lower() == "way" for c in children)
        if lemma in _CROWD_ACTIONS and their_way and _done_by_protesters(sentence, token):
            return "protest"  # `protesters filled the arena`, `protesters making their way south`
        if lemma == "heckle":
            return "protest"
        if lemma == "take" and any(c.dep == "dobj" and c.lemma.lower() in {"stage", "podium"} for c in children):
            return "speech"  # `took the stage at a rally`
        if lemma in {"order", "instruct", "direct"} and any(c.dep in {"xcomp", "ccomp"} for c in children):
            return "statement"  # `a judge ordered the city to release the video`
        if lemma == "refuse" and any(c.dep == "xcomp" and c.lemma.lower() == "let" for c in children):
            return None  # `refuse to let hate destroy me`: will not allow, not a refusal made
        if lemma == "address" and not _has_audience(sentence, token):
            return None  # `not addressing realities`: dealt with a matter, gave no speech
        if lemma == "threaten" and patients and not _has_people(sentence, [token]):
            return None  # `terrorism threatens the way of life`: endangers, says nothing
        if lemma == "demonstrate" and any(c.dep in {"dobj", "ccomp"} for c in children):
            return None  # `demonstrated that ...`, `demonstrated the silence`: showed, not protested
        if lemma == "gather" and any(c.dep in {"dobj", "nsubjpass"} for c in children):
            return None  # `statistics gathered`, `gather official statistics`
        if lemma == "rule" and any(c.dep in {"dobj", "prt"} for c in children):
            return None  # `ruled the country`, `ruled out a run`: not a ruling
        if lemma == "beat" and any(c.dep == "prt" and c.lemma.lower() == "out" for c in children):
            return None  # `beat out Dallas and Denver`: won
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
        if lemma == "accuse" and any(c.dep in {"nsubjpass", "auxpass"} for c in children):
            return None  # `X is accused of killing ...`: the event is the act, not an accusation made here
        if lemma == "charge" and not any(c.lemma.lower() == "with" for c in sentence.children(token)):
            return None  # `charge` without `with ...` is mostly about prices and batteries
        if (
            VERB_TRIGGERS.get(lemma) == "statement"
            and lemma in SUPPORT_VERBS
            and any(c.dep == "dobj" and c.lemma.lower() in NOUN_TRIGGERS for c in sentence.children(token))
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
            return "protest" if in_protest else "rally"
        if lemma in {"clash", "fight", "battle"} and _armed_on_a_side(sentence, token, children):
            return "assault"  # `rebels clashed with army troops`: a battle, not a riot
        if lemma not in VERB_TRIGGERS and lemma in FAMILY_VERBS:
            return _family_type(sentence, token, children)
        return VERB_TRIGGERS.get(lemma)
    if token.pos == "ADJ" and lemma == "dead" and token.dep == "oprd":
        return CASUALTY  # `were reported dead`, `found dead`, `24 people dead`
    if token.pos == "ADJ" and lemma == "missing" and token.dep in {"acomp", "oprd"}:
        return CASUALTY  # `five people are missing`, `were reported missing`
    toll_verb = sentence.tokens[token.head]
    if lemma == "toll" and token.pos == "NOUN" and toll_verb.lemma.lower() in _TOLL_VERBS:
        # `the death toll rose to 12`: a running total; `the toll could rise` gives no figure
        return CASUALTY if _toll_figure(sentence, toll_verb) is not None else None
    if token.pos == "NOUN" and lemma in _CUSTODY and token.dep == "pobj" and token.head != token.i:
        held_in = sentence.tokens[token.head]
        holder = sentence.tokens[held_in.head]
        held = held_in.lemma.lower() == "in" and holder.lemma.lower() == "be" and holder.i != held_in.i
        if held and any(c.dep == "nsubj" for c in sentence.children(holder)):
            return "arrest"  # `Both men are currently in the RCMP lockup`: held
    if token.pos in {"NOUN", "PROPN"} and lemma in NOUN_TRIGGERS:
        if lemma in _FORCE_NOUNS and not _is_force_noun(sentence, token):
            return None
        # The noun that stands in the clause for the event: itself, the quantity it is counted by
        # (`Dozens of aftershocks followed`, `a total of 24 arrests`) or the work it names (`Rescue
        # operations are under way`).
        owner = sentence.tokens[sentence.tokens[token.head].head] if token.dep == "pobj" else token
        if token.dep == "pobj" and sentence.tokens[token.head].lemma.lower() == "of" and _is_quantity(owner):
            token = owner
        elif token.dep == "compound" and sentence.tokens[token.head].lemma.lower() in _EVENT_WORK:
            token = sentence.tokens[token.head]
        head = sentence.tokens[token.head]
        if token.dep == "pobj" and head.lemma.lower() in {"from", "for", "after", "before", "since"}:
            # `released from house arrest`, `called for attacks`, `days after the attack`: the noun is
            # not what happens here, or only tells when
            return None
        if lemma == "protest" and token.dep == "pobj" and head.lemma.lower() == "in":
            return "protest"  # `handcuffed herself to a chair in protest`: the act is the protest
        if token.dep == "pobj" and head.head != head.i:
            if head.i < head.head:
                return None  # `In his statements since then, he has made ...`: set before the verb, not its object
            head = sentence.tokens[head.head]
        # `Rescue operations are under way`
        under_way = head.lemma.lower() == "be" and any(
            c.dep == "prep"
            and c.lemma.lower() == "under"
            and any(g.lemma.lower() == "way" for g in sentence.subtree(c))
            for c in sentence.children(head)
        )
        supported = head.pos in {"VERB", "AUX"} and (head.lemma.lower() in SUPPORT_VERBS or under_way)
        if head.lemma.lower() == "suffer" and token.dep != "dobj":
            supported = False  # `suffered 39 deaths`, not `who suffered in the bombing`
        if NOUN_TRIGGERS[lemma] == CASUALTY and head.lemma.lower() not in {"suffer", "cause", "report", "leave"}:
            supported = False  # a death is told happening by few verbs; `sparked by his death` only names it
        # `The attack on a barracks ... had something in common` is not the attack happening; but a
        # bare participle or a headline's elided passive (`with tear gas used`, `Curfew lifted`)
        # makes its subject the thing acted on
        elided_passive = head.tag in {"VBN", "VBD"} and not any(c.dep == "dobj" for c in sentence.children(head))
        if token.dep == "nsubj" and not elided_passive and not under_way and head.lemma.lower() not in _HAPPENING_VERBS:
            supported = False
        # `There were 24 arrests`: the existential `be` reports them
        there = sentence.tokens[token.head]
        existential = token.dep == "attr" and any(c.dep == "expl" for c in sentence.children(there))
        if supported or existential:
            return NOUN_TRIGGERS[lemma]
    return None


_WATER = frozenset(["water", "river", "rain", "floodwater", "floodwaters", "sea", "tide", "storm", "creek", "stream"])


def _armed_on_a_side(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """Whether the subject, the object or the `with`/`against` side of a fight is an armed group."""
    sides = [c for c in children if c.dep in {"nsubj", "dobj"}] + [
        g for c in children if c.dep == "prep" and c.lemma.lower() in {"with", "against"} for g in sentence.children(c)
    ]
    armed = word_list("armed")
    return any(t.lemma.lower() in armed for side in sides for t in sentence.subtree(side))


def _family_type(sentence: Sentence, verb: Token, children: Sequence[Token]) -> str | None:
    """The type of a verb of `event_verbs.tsv` when its object is what the table asks for."""
    kind, wanted = FAMILY_VERBS[verb.lemma.lower()]
    if wanted == "*":
        return kind
    objects = [c for c in children if c.dep in {"dobj", "nsubjpass"}] + [
        g
        for c in children
        if c.dep == "prep" and c.lemma.lower() in {"with", "on", "to", "for", "from"}
        for g in sentence.children(c)
        if g.dep == "pobj"
    ]
    if wanted == "@":
        people = any(o.pos in {"PROPN", "PRON"} or o.lemma.lower() in _PEOPLE for o in objects)
        return kind if people else None
    words = set(wanted.split(","))
    if "@" in words and any(o.pos in {"PROPN", "PRON"} or o.lemma.lower() in _PEOPLE for o in objects):
        return kind
    return kind if any(o.lemma.lower() in words for o in objects) else None


def _doer(sentence: Sentence, verb: Token, children: Sequence[Token]) -> Token | None:
    """The subject of an active verb, or the object of `by` in the passive; through a relative
    pronoun, the noun it stands for (`the quake, which struck`); for a verb joined to another
    with no subject of its own, that verb's (`killed one person ... and destroyed buildings`)."""
    agent = next((c for c in children if c.dep == "agent"), None)
    if agent is not None:
        return next((c for c in sentence.children(agent) if c.dep == "pobj"), None)
    subjects = [c for c in children if c.dep == "nsubj"]
    # A parse that gives two subjects (`A magnitude 4. 6 earthquake struck`): the harmful one.
    subject = next((c for c in subjects if _hazard_or_weapon(c)), subjects[0] if subjects else None)
    if subject is not None and subject.tag in {"WDT", "WP"} and verb.dep == "relcl":
        return sentence.tokens[verb.head]
    if subject is None and verb.dep == "conj" and verb.head != verb.i:
        head = sentence.tokens[verb.head]
        return next((c for c in sentence.children(head) if c.dep == "nsubj"), None)
    return subject


def _hazard_or_weapon(token: Token) -> bool:
    return token.lemma.lower() in HAZARDS | WEAPONS


def _harms_people(sentence: Sentence, verb: Token, children: Sequence[Token]) -> bool:
    """Whether who is hurt is people: named, a pronoun, counted, or a word for people."""
    for c in children:
        if c.dep in {"dobj", "nsubjpass", "nsubj"} and (
            c.pos in {"PRON", "NUM"}
            or c.lemma.lower() in _PEOPLE
            or any(g.dep == "nummod" for g in sentence.children(c))
        ):
            return c.dep != "nsubj" or verb.tag == "VBN"  # `were hurt`, `72 others were hurt`
    return False


def _harm_done(sentence: Sentence, verb: Token, children: Sequence[Token]) -> str | None:
    """A hazard or a weapon doing harm: `the quake struck` (other), `bombs landed` (assault),
    `triggered a tsunami`, `buildings were damaged in the quake`."""
    lemma = verb.lemma.lower()
    doer = _doer(sentence, verb, children)
    doer_word = doer.lemma.lower() if doer is not None else ""
    patients = {c.lemma.lower() for c in children if c.dep in {"dobj", "nsubjpass"}}
    if lemma == "go" and not any(c.dep == "prt" and c.lemma.lower() == "off" for c in children):
        return None  # only `went off`
    if lemma in _HAPPENING_VERBS | {"occur", "happen"} and doer_word in NOUN_TRIGGERS:
        return None  # `the quake occurred`: the noun is the event, told by its own rule
    if lemma in _STRIKING_VERBS:
        if doer_word in HAZARDS or (lemma in {"record", "register"} and patients & HAZARDS):
            return "other"
        if doer_word in WEAPONS:
            # `a bomb went off`, `exploded`: an explosion; `bombs landed`, `hit`: the attack
            return "other" if lemma in {"go", "explode"} else "assault"
    if lemma in _CAUSING_VERBS and patients & HAZARDS:
        return "other"
    if lemma == "drop" and patients & WEAPONS:
        return "assault"  # `bombs were dropped`
    if lemma in _DESTROYING_VERBS:
        blamed = doer_word in HAZARDS or any(
            c.dep == "prep" and c.lemma.lower() in {"in", "by"} and _names(sentence, c, HAZARDS) for c in children
        )
        conj_of_harm = (
            verb.dep == "conj"
            and _harm_done(sentence, sentence.tokens[verb.head], list(sentence.children(sentence.tokens[verb.head])))
            is not None
        )
        if blamed or conj_of_harm:
            return "other"
    return None


def _casualty_kind(sentence: Sentence, trigger: Token) -> str | None:
    """`assault` when people or what they fire did it, `other` when a hazard did, None when the
    sentence does not say (the event before decides)."""
    verb = trigger if trigger.pos == "VERB" else sentence.tokens[trigger.head]
    doer = _doer(sentence, verb, list(sentence.children(verb)))
    if doer is not None and doer.lemma.lower() in HAZARDS:
        return "other"
    if doer is not None and doer.lemma.lower() in WEAPONS | _ATTACK_WORDS:
        return "assault"
    words = {t.lemma.lower() for t in sentence.tokens}
    if words & (WEAPONS | _ATTACK_WORDS):
        return "assault"
    things = {t.lemma.lower() for t in sentence.tokens if t.pos in {"NOUN", "PROPN"}}  # `fire`, not `fired`
    if things & HAZARDS or any(
        t.pos == "VERB" and _harm_done(sentence, t, list(sentence.children(t))) for t in sentence.tokens
    ):
        return "other"
    killing = trigger.pos == "VERB" and trigger.lemma.lower() in {"kill", "injure", "wound", "hurt"}
    if killing and doer is not None and doer.pos in {"PROPN", "PRON", "NOUN"} and _has_object(sentence, trigger):
        return "assault"  # `the gunman killed three`, `he killed himself`
    return None


def _has_people(sentence: Sentence, heads: Sequence[Token]) -> bool:
    """Whether the object (or passive subject) of these verbs or prepositions is people."""
    for head in heads:
        for c in sentence.children(head):
            if c.dep not in {"dobj", "pobj", "nsubjpass"}:
                continue
            named = c.pos in {"PROPN", "PRON"} and c.lemma.lower() not in {"it", "this", "that"}
            if named or c.lemma.lower() in _PEOPLE:
                return True
    return False


_AUDIENCES = frozenset(
    [
        "rally",
        "crowd",
        "supporter",
        "convention",
        "nation",
        "reporter",
        "audience",
        "meeting",
        "gathering",
        "protester",
        "demonstrator",
        "congress",
        "parliament",
        "assembly",
        "conference",
        "delegate",
        "voter",
        "people",
        "student",
        "graduate",
        "troop",
    ]
)


def _has_audience(sentence: Sentence, verb: Token) -> bool:
    """`addressing the rally`, `addressed supporters`, `Stein address demonstrators`: people spoken to."""
    for c in sentence.children(verb):
        if c.dep in {"dobj", "nsubjpass"} and (c.lemma.lower() in _AUDIENCES or c.pos == "PROPN" or c.tag == "WDT"):
            return True
        if c.dep == "prep" and _names(sentence, c, _OCCASIONS):
            return True  # `addressed during an autumn debate`
    return False


_OCCASIONS = frozenset(
    ["debate", "rally", "convention", "meeting", "conference", "event", "ceremony", "hearing", "session", "summit"]
)


def _done_by_protesters(sentence: Sentence, verb: Token) -> bool:
    for c in sentence.children(verb):
        doer = c
        if c.dep == "agent":  # `greeted by protesters`
            doer = next((g for g in sentence.children(c) if g.dep == "pobj"), c)
        elif c.dep != "nsubj":
            continue
        if doer.lemma.lower() in _PROTESTERS:
            return True
        # `hundreds of demonstrators`: the counted noun after `of`
        if any(
            p.dep == "prep" and p.lemma.lower() == "of" and _names(sentence, p, _PROTESTERS)
            for p in sentence.children(doer)
        ):
            return True
    return False


def _names(sentence: Sentence, preposition: Token, lemmas: frozenset[str] | set[str]) -> bool:
    """Whether the object of a preposition is one of these words."""
    return any(g.dep == "pobj" and g.lemma.lower() in lemmas for g in sentence.children(preposition))


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


def _objects_are_forces(sentence: Sentence, verb: Token) -> bool:
    objects = [c for c in sentence.children(verb) if c.dep in {"dobj", "nsubjpass"}]
    return any(t.lemma.lower() in _FORCE_WORDS for o in objects for t in sentence.subtree(o))


def _covered(sentence: Sentence, trigger: Token) -> set[int]:
    """A noun trigger under a verb trigger (`addressing the rally`) is the same event."""
    covered = {trigger.i}
    if trigger.pos == "VERB":
        for child in sentence.children(trigger):
            if child.dep in {"dobj", "nsubjpass", "prep"}:
                covered.update(t.i for t in sentence.subtree(child) if t.pos in {"NOUN", "PROPN"})
    return covered


def _event(
    sentence: Sentence,
    trigger: Token,
    kind: str,
    entities: Sequence[Entity],
    dates: Sequence[DateMention],
    in_caption: bool,
) -> Event | None:
    verb = trigger if trigger.pos == "VERB" else _governing_verb(sentence, trigger)
    actor_token, target_token = event_roles(sentence, trigger)
    actor = _participant(sentence, actor_token, entities)
    target = _participant(sentence, target_token, entities)
    # Who is counted: the arrested, charged, hurt, sent or rescued; the crowd for the rest. Weapons
    # are never counted (`Two bombs exploded`).
    countable_target = None if target_token is not None and target_token.lemma.lower() in WEAPONS else target
    countable_actor = None if actor_token is not None and actor_token.lemma.lower() in WEAPONS else actor
    first, second = (
        (countable_target, countable_actor)
        if kind in {"arrest", "charge", "assault", "deploy", "lockdown", "other"}
        else (countable_actor, countable_target)
    )
    # Speakers are not counted: `no terrorist organization has claimed responsibility` is no count of 0.
    countable = kind not in {"statement", "speech"}
    count = (_count(sentence, first) or _count(sentence, second)) if countable else None
    if count is None and countable and trigger.pos in {"NOUN", "PROPN"} and kind != "assault":
        # `There were 24 arrests` counts the arrested; `two bombing raids` counts no one hurt
        count = _count(sentence, _counted_noun(sentence, trigger))
    if count is None and countable:
        count = _count(sentence, _counted_conjunct(sentence, target_token or actor_token))
    if count is None and trigger.lemma.lower() == "toll" and verb is not None:
        count = _count(sentence, _toll_figure(sentence, verb))  # `rose to 12`, `stands at 12`
    place = _place(
        sentence,
        [t for t in (trigger, verb, target_token, actor_token) if t is not None],
        entities,
        # the place stormed, or struck (`the quake hit Indonesia's Aceh province`)
        target_token if kind == "breach" or (kind == "other" and trigger.lemma.lower() in _STRIKING_VERBS) else None,
    )
    date = _date(sentence, trigger, verb, dates)
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


def event_roles(sentence: Sentence, trigger: Token) -> tuple[Token | None, Token | None]:
    """Who did it and to whom, as the head tokens of their phrases: the subject and object of the
    trigger's verb, turned round in the passive, through a relative pronoun to its noun; the
    victim, not the actor, of a verb that happens to its subject (`died`); no actor for a hazard
    or a weapon. Scored on MEANTIME's participants by `eval/participants.py`."""
    verb = trigger if trigger.pos == "VERB" else _governing_verb(sentence, trigger)
    actor_token = target_token = None
    if trigger.pos == "VERB":
        actor_token, target_token = _roles(sentence, trigger)
    elif verb is not None and (trigger.dep == "dobj" or sentence.tokens[trigger.head].dep == "prep"):
        actor_token, _ = _roles(sentence, verb)  # `police fired tear gas`: the one who makes it happen
        if trigger.lemma.lower() in {"curfew", "lockdown", "ban", "restriction", "emergency", "evacuation"}:
            actor_token = actor_token if actor_token is not None and actor_token.i != trigger.i else None
    elif verb is not None and trigger.dep == "nsubjpass" and trigger.head == verb.i:
        actor_token, _ = _roles(sentence, verb)  # `the attacks were carried out by the bombers`
    elif trigger.pos == "ADJ" and verb is not None:
        _, target_token = _roles(sentence, verb)  # `seven were reported dead`: who reported is no killer
    if trigger.pos == "VERB" and _undergoes(sentence, trigger):
        # `His mother died`, `a mosque collapsed`, `20 wounded`: the subject is who or what it
        # happened to, not who did it
        target_token = target_token or actor_token
        actor_token = _agent_of(sentence, trigger)
    doer = _doer(sentence, verb, list(sentence.children(verb))) if verb is not None else None
    if actor_token is not None and (
        actor_token.i == trigger.i or _hazard_or_weapon(actor_token) or (doer is not None and _hazard_or_weapon(doer))
    ):
        actor_token = None  # a quake or a bomb does harm, but is no one
    if actor_token is not None and actor_token.tag in {"WP", "WDT"} and verb is not None and verb.dep == "relcl":
        actor_token = sentence.tokens[verb.head]  # `a group of about 100 people who gathered`: the group
    if target_token is not None and target_token.tag in {"WP", "WDT"} and verb is not None and verb.dep == "relcl":
        target_token = sentence.tokens[verb.head]  # `11 people who died`: the people
    return actor_token, target_token


# Verbs whose subject undergoes them (`died`, `collapsed`, `exploded`, `sank`).
_UNDERGOING = frozenset(["die", "perish", "collapse", "explode", "sink", "trap", "drown"])


def _undergoes(sentence: Sentence, verb: Token) -> bool:
    """A verb that happens to its subject: `died`, `collapsed`, or a death or injury with no object
    (`20 wounded`, `more than 200 injured`)."""
    lemma = verb.lemma.lower()
    return lemma in _UNDERGOING or (VERB_TRIGGERS.get(lemma) == CASUALTY and not _has_object(sentence, verb))


def _agent_of(sentence: Sentence, verb: Token) -> Token | None:
    agent = next((c for c in sentence.children(verb) if c.dep == "agent"), None)
    return None if agent is None else next((c for c in sentence.children(agent) if c.dep == "pobj"), None)


def _governing_verb(sentence: Sentence, token: Token) -> Token | None:
    current = token
    for _ in range(6):
        if current.head == current.i:
            return current if current.pos in {"VERB", "AUX"} else None
        current = sentence.tokens[current.head]
        if current.pos == "VERB":
            return current
    return None


def _roles(sentence: Sentence, verb: Token) -> tuple[Token | None, Token | None]:
    """(actor, target) of a verb: subject and object, turned round in the passive (`were arrested`)."""
    children = list(sentence.children(verb))
    actor = next((c for c in children if c.dep == "nsubj"), None)
    target = next((c for c in children if c.dep in {"dobj", "nsubjpass"}), None)
    agent = next((c for c in children if c.dep == "agent"), None)
    if agent is not None:
        actor = next((c for c in sentence.children(agent) if c.dep == "pobj"), actor)
    if target is None:  # `clashing with police`, `spoke at a rally`
        prep = next((c for c in children if c.dep == "prep" and c.lemma.lower() in {"with", "against"}), None)
        if prep is not None:
            target = next((c for c in sentence.children(prep) if c.dep == "pobj"), None)
    if actor is None and verb.dep in {"xcomp", "conj", "advcl"} and verb.head != verb.i:
        # `try to break through`, `stormed ... and flooded`: the subject of the verb it depends on.
        actor = next((c for c in sentence.children(sentence.tokens[verb.head]) if c.dep == "nsubj"), None)
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


def _phrase_tokens(sentence: Sentence, token: Token) -> list[Token]:
    """The noun phrase of a token, without relative clauses, appositions and coordinated parts."""
    inside = {token.i}
    frontier = [token]
    while frontier:
        current = frontier.pop()
        for child in sentence.children(current):
            if current is token and (child.dep in _PHRASE_CUT or (child.dep == "prep" and child.lemma.lower() != "of")):
                continue
            if child.dep in {"relcl", "acl", "appos", "advcl", "parataxis"}:
                continue
            inside.add(child.i)
            frontier.append(child)
    return [t for t in sentence.tokens if t.i in inside]


def phrase_span(sentence: Sentence, token: Token) -> tuple[int, int]:
    """The characters of a participant's phrase, as sitroom cuts it (`_phrase_tokens`)."""
    tokens = _phrase_tokens(sentence, token)
    return tokens[0].span.start, tokens[-1].span.end


def _participant(sentence: Sentence, token: Token | None, entities: Sequence[Entity]) -> Participant | None:
    if token is None or (token.pos == "PRON" and token.lemma.lower() in {"it", "this", "that", "which"}):
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
    if len(words) < 2:
        return None
    span = Span(words[0].span.start, noun.span.end)
    return Participant(sentence.text[span.start - sentence.span.start : span.end - sentence.span.start], span)


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


def _toll_figure(sentence: Sentence, verb: Token) -> Participant | None:
    """The figure a toll reaches: the object of `to`/`at` under its verb, or its verb's object."""
    for child in sentence.children(verb):
        figure = None
        if child.dep == "prep" and child.lemma.lower() in {"to", "at"}:
            figure = next((g for g in sentence.children(child) if g.dep == "pobj"), None)
        elif child.dep in {"dobj", "attr"}:
            figure = child
        if figure is not None:
            words = sentence.subtree(figure)
            span = Span(words[0].span.start, words[-1].span.end)
            return Participant(sentence.text_of(span), span)
    return None


def _count(sentence: Sentence, participant: Participant | None) -> Quantity | None:
    if participant is None:
        return None
    count = parse_count(participant.text)
    if count is None:
        return None
    offset = participant.text.find(count.text)
    start = participant.span.start + max(offset, 0)
    return Quantity(count.value, count.qualifier, count.low, count.high, Span(start, start + len(count.text)))


def _place(
    sentence: Sentence, heads: Sequence[Token], entities: Sequence[Entity], stormed: Token | None
) -> Participant | None:
    """Where it happened: a place attached by `in`, `at`, `outside`... to the trigger, its verb or
    its participants, or the place stormed. Places named elsewhere in the sentence are not it."""
    seen: set[int] = set()
    for head in heads:
        if head.i in seen:
            continue
        seen.add(head.i)
        for prep in sentence.children(head):
            if prep.dep != "prep" or prep.lemma.lower() not in _PLACE_PREPS:
                continue
            for obj in sentence.children(prep):
                if obj.dep == "pobj" and (found := _place_in(sentence, obj, entities)) is not None:
                    return found
    return _place_in(sentence, stormed, entities) if stormed is not None else None


_SITE_WORDS = frozenset(
    [
        "city",
        "district",
        "building",
        "capital",
        "capitol",
        "street",
        "square",
        "town",
        "park",
        "gate",
        "port",
        "plaza",
        "hall",
        "station",
    ]
)


def _place_in(sentence: Sentence, obj: Token, entities: Sequence[Entity]) -> Participant | None:
    """The place a noun phrase names: the place entity at its head or nearest before it, or a site word."""
    core = [obj] + [
        c
        for c in sentence.children(obj)
        if c.dep in {"compound", "amod", "det", "nmod", "poss"} or (c.dep == "prep" and c.lemma.lower() == "of")
    ]
    core_tokens = sorted(
        {t.i: t for c in core for t in ([c] if c is obj else sentence.subtree(c))}.values(), key=lambda t: t.i
    )
    span = Span(core_tokens[0].span.start, core_tokens[-1].span.end)
    named = [
        (mention.span, entity.name)
        for entity in entities
        if entity.kind == "place" or entity.name in LANDMARK_NAMES
        for mention in entity.mentions
        if span.start <= mention.span.start and mention.span.end <= span.end
    ]
    text = sentence.text_of(span)
    landmark = landmark_named(text)
    if landmark is not None:
        return Participant(text, span, landmark)
    if named:
        return Participant(text, span, max(named)[1])  # the one nearest the head word
    if obj.lemma.lower() in _SITE_WORDS:
        return Participant(text, span, None)
    return None


def _date(sentence: Sentence, trigger: Token, verb: Token | None, dates: Sequence[DateMention]) -> DateMention | None:
    """The date in the trigger's own clause nearest the trigger; a date in another clause is not the event's."""
    clause = {trigger.i} | ({verb.i} if verb is not None else set())
    if verb is not None and verb.dep in {"xcomp", "conj"} and verb.head != verb.i:
        clause.add(verb.head)
    if verb is not None and verb.dep == "advcl" and verb.tag == "VBG" and verb.head != verb.i:
        clause.add(verb.head)  # `rammed into a crowd on Thursday night, killing at least 80`
    clause.update(t.i for t in sentence.tokens if t.head in clause and t.dep == "xcomp")
    own = []
    for date in dates:
        if not (sentence.span.start <= date.span.start and date.span.end <= sentence.span.end):
            continue
        token = next((t for t in sentence.tokens if t.span.start <= date.span.start < t.span.end), None)
        if token is None:
            continue
        governor = _governing_verb(sentence, token)
        if governor is not None and governor.dep == "acl" and governor.tag == "VBG" and governor.head != governor.i:
            # `a crowd celebrating Bastille Day ... on Thursday night`: the participle has no time of its own
            governor = _governing_verb(sentence, sentence.tokens[governor.head])
        # Its own clause, or right next to the trigger (`arrested overnight related to ...`).
        if (governor is not None and governor.i in clause) or token.head == trigger.i or abs(token.i - trigger.i) <= 2:
            own.append(date)
    if not own:
        return None
    calendar = [d for d in own if d.first_day is not None] or own
    return min(calendar, key=lambda d: abs(d.span.start - trigger.span.start))


def _polarity(sentence: Sentence, trigger: Token, verb: Token | None, target: Token | None) -> str:
    heads = {trigger.i} | ({verb.i} if verb is not None else set())
    for token in sentence.tokens:
        if token.head in heads and token.dep == "neg":
            return "negated"
        if (
            token.lemma.lower() in _NEGATORS
            and token.dep in {"det", "neg"}
            and (token.head in heads or (target is not None and token.head == target.i))
        ):
            return "negated"
    return "asserted"


def _modality(sentence: Sentence, verb: Token) -> str:
    """asserted by the reporter, attributed to a speaker, unconfirmed, possible or planned."""
    children = list(sentence.children(verb))
    if verb.lemma.lower() in {"plan", "schedule"} and any(
        c.dep == "auxpass" and c.tag in {"VBZ", "VBP"} for c in children
    ):
        return "planned"  # `two marches are planned for Monday`
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


# Lemmas worth parsing a sentence into plain data for: any word that can start an event.
TRIGGER_LEMMAS = (
    frozenset(VERB_TRIGGERS)
    | {verb for verb, _ in PHRASAL_TRIGGERS}
    | frozenset(NOUN_TRIGGERS)
    | _POSTING_VERBS
    | _ROUGH_VERBS
    | _RULE_VERBS
    | _CROWD_ACTIONS
    # A hazard or a weapon is what makes `struck`, `triggered`, `destroyed`, `dropped` an event.
    | HAZARDS
    | WEAPONS
    | {"dead", "guilty", "decline", "missing", "toll", "treat", "shelter", "refuge", "follow"}
    | _CUSTODY
    | frozenset(FAMILY_VERBS)
    | {"fight", "battle"}
)
