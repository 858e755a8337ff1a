"""The vocabulary of events: the taxonomy with its PLOVER and ACLED mapping, the words and
phrases that start each type, and the word sets the rules read. The longer lists are data
(`src/sitroom/data/en/`), read through `nlp/lexicon.py`.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..lexicon import word_list, word_table


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
_STRIKING_VERBS = (
    frozenset(["hit", "strike", "rock", "shake", "rattle", "jolt", "ravage", "devastate", "batter", "pound", "sweep"])
    | frozenset(
        ["land", "fall", "occur", "happen", "record", "register", "go", "explode", "detonate", "erupt", "engulf"]
    )
    | frozenset(["rage", "persist", "intensify", "grip", "linger", "continue"])
    # a fire or a blast on the move (`The fire has progressed rapidly through the store`, `ripped through`)
    | frozenset(["spread", "progress", "rip", "tear"])
)


# `No one was hurt`, which the parser reads as a noun `one`.
_ANYONE = frozenset({"one", "nobody", "anyone", "anybody", "everyone", "someone"})

# Earth on the move, and what it carries away: a landslide told by its verbs (`tons of earth
# cascaded down a hillside`, `a slab of hillside could break loose`, `a mansion is slipping toward
# the sea`).
_MOVING_EARTH = frozenset(
    ["earth", "mud", "rock", "soil", "debris", "hillside", "hill", "slope", "cliff", "slab", "boulder", "land"]
)
_EARTH_MOVING = frozenset(["cascade", "slide", "slip", "tumble", "collapse", "give", "break", "crumble", "pour"])
_CARRIED_AWAY = frozenset(["house", "home", "mansion", "building", "road", "highway"])


_CAUSING_VERBS = frozenset(["cause", "trigger", "spark", "unleash", "send"])


_DESTROYING_VERBS = frozenset(
    ["destroy", "damage", "flatten", "level", "raze", "rip", "wreck", "bury", "shatter", "topple"]
)


# Who fires a gun when they fire (`the sniper fired`), not a boss firing staff;
# and whose fire or bullet killed (`sniper fire`).
_SHOOTERS = frozenset(["sniper", "gunman", "shooter", "attacker", "assailant", "soldier", "police", "officer", "troop"])


# Death and injury the weapon or the attack names (`killed in the bombing`, `shot dead`).
_ATTACK_WORDS = (
    frozenset(["attack", "bombing", "shooting", "gunman", "gunfire", "shot", "sniper", "raid", "attacker", "murder"])
    | frozenset(["weapon", "gun", "shooter", "stabbing", "knife", "assault", "homicide"])
    | frozenset(["war", "fighting", "combat", "battle"])
)


# What goes off: a bomb's in a report of an attack, a gas main's in one of an accident.
_EXPLOSIONS = frozenset(["blast", "explosion", "detonation"])

_DEFAULT_CASUALTY = {
    "die": "other",
    "pass": "other",  # `passed away`
    "slip": "other",  # `slipped away`
    "asphyxiate": "other",  # `suffocated in the smoke`; after an attack, the attack's
    "suffocate": "other",
    "perish": "other",
    "dead": "other",
    "trap": "other",
    "missing": "other",
    "miss": "other",
    "toll": "other",
    "treat": "other",
    "damage": "other",  # `No one reported damage`: a disaster's unless an attack was just told
}


# What a toll does (`rose to 12`, `stands at 12`).
_TOLL_VERBS = frozenset(
    ["rise", "climb", "reach", "stand", "increase", "jump", "mount", "hit", "grow", "be", "top", "bring"]
) | {"put", "place", "estimate"}  # `Gunness put the death toll of the shelling at 40`


# Who came out of it unhurt: an injury denied (`Another bank employee was uninjured`).
UNHARMED = frozenset(["uninjured", "unharmed", "unhurt", "unscathed"])

# What the count of a death or an injury counts (`Event.casualty`).
_HARMS = {
    **dict.fromkeys(["kill", "die", "perish", "dead", "death", "slay", "toll", "lose", "claim", "fatality"], "killed"),
    "execute": "killed",  # `executed two of them with a single bullet each`
    **dict.fromkeys(["strangle", "asphyxiate", "suffocate", "smother"], "killed"),
    **dict.fromkeys(["injure", "wound", "hurt", "maim", "injury"], "injured"),
    "take": "killed",  # `took the life of two police officers` (the only harm `take` triggers)
    # `was listed in critical condition`, `received minor injuries` (the harm these verbs trigger)
    **dict.fromkeys(["condition", "suffer", "sustain", "get", "receive", "incur"], "injured"),
    **dict.fromkeys(["uninjured", "unharmed", "unhurt", "unscathed"], "injured"),
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
            "overpower",
            "poison",
        ],
        "assault",
    ),
    **dict.fromkeys(["bomb", "firebomb", "shell", "kidnap", "abduct", "raid"], "assault"),
    **dict.fromkeys(["ambush", "massacre", "lynch", "behead", "assassinate", "torture", "slaughter"], "assault"),
    **dict.fromkeys(["arrest", "detain", "apprehend", "jail", "imprison", "incarcerate", "institutionalize"], "arrest"),
    "nab": "arrest",  # `to nab 12 Somali and 11 Yemeni pirates`
    **dict.fromkeys(["charge", "indict", "prosecute", "sue", "sentence", "acquit", "convict", "arraign"], "charge"),
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
            "promise",  # a vow (`promised to remain on the streets`)
            "threaten",
            "blast",
            "assail",
            "berate",
            "dispute",
            "disclose",
            "defend",
            "rule",
            "deplore",
            "blame",
            "veto",
            "decry",
            "denounce",
            "renounce",
            "unveil",
            "divulge",
            "state",
            "criticize",
            "criticise",
            "slam",
            "lambaste",
            "castigate",
            "rebuke",
            "complain",
            "allege",
        ],
        "statement",
    ),
    **dict.fromkeys(
        [
            "flood",
            "rescue",
            "explode",
            "detonate",
            "collapse",
            "eject",
            "sink",
            "capsize",
            "flee",
            "displace",
            "uproot",
        ],
        "other",
    ),
    # Killed, hurt or dead: an attack or a disaster, decided by the cause (`_casualty_kind`).
    **dict.fromkeys(["kill", "injure", "wound", "hurt", "maim", "die", "perish", "trap"], CASUALTY),
    **dict.fromkeys(["strangle", "asphyxiate", "suffocate", "smother"], CASUALTY),
}


# Verb + particle or preposition (`break through`, `call in`, `walk off`).
PHRASAL_TRIGGERS: dict[tuple[str, str], str] = {
    ("vote", "down"): "statement",  # `the Senate voted the proposition down`: a measure rejected
    ("break", "through"): "breach",
    ("break", "into"): "breach",
    ("get", "inside"): "breach",
    ("get", "into"): "breach",
    ("force", "into"): "breach",
    ("force", "in"): "breach",  # `forced her way in at gunpoint`: only one's way forced
    ("force", "through"): "breach",
    ("drive", "through"): "breach",  # only through a barrier (`drove her car through a security barrier`)
    ("ram", "through"): "breach",  # so too (`rammed a 4x4 vehicle through the windows`, not `rammed through a bill`)
    ("push", "into"): "breach",
    ("push", "past"): "breach",
    ("call", "for"): "request",
    ("blow", "up"): "assault",
    ("blow", "apart"): "other",
    ("gun", "down"): "assault",
    ("look", "into"): "investigate",
    ("delve", "into"): "investigate",  # `began delving Thursday into the slayings`
    ("look", "at"): "investigate",  # by an inquiry only (`The panel also will look at the exodus`)
    ("press", "for"): "request",  # `it would press anew for a trial`
    ("call", "in"): "deploy",
    ("send", "in"): "deploy",
    ("call", "up"): "deploy",
    ("call", "out"): "deploy",
    ("walk", "off"): "protest",
    ("take", "to"): "protest",
    ("call", "to"): "deploy",
    ("walk", "out"): "protest",
    ("descend", "on"): "rally",
    ("converge", "on"): "rally",  # `members of the main unions began converging on parliament`
    ("converge", "upon"): "rally",
    ("lock", "down"): "lockdown",
    ("take", "into"): "arrest",
    ("round", "up"): "arrest",
    ("pick", "up"): "arrest",
    ("speak", "at"): "speech",
    ("hide", "under"): "lockdown",
    ("climb", "up"): "breach",
    ("climb", "into"): "breach",
    ("climb", "over"): "breach",
    ("speak", "during"): "speech",
    ("speak", "to"): "speech",
    ("hide", "in"): "lockdown",
    ("hide", "inside"): "lockdown",
    ("burst", "into"): "breach",
    ("surrender", "to"): "arrest",
    ("lash", "out"): "statement",
    ("push", "back"): "statement",
    ("show", "up"): "rally",
    ("pass", "away"): CASUALTY,  # `He passed away on Sunday`: a death
    ("slip", "away"): CASUALTY,  # `"He slipped away," she said`: a death told by the family (not an escape)
    # vehicles driven into people (`plowed into the crowd`); only with people as the object
    ("plow", "through"): "breach",
    ("crash", "through"): "breach",
    ("plow", "into"): "assault",
    ("plough", "into"): "assault",
    ("ram", "into"): "assault",
    ("drive", "into"): "assault",
    ("run", "into"): "assault",
    ("run", "over"): "assault",
    ("drive", "over"): "assault",  # `drove over Johnson`: a person, not a bridge (`triggers._has_people`)
    ("mow", "down"): "assault",
    # held: only with custody or jail as the object
    ("remain", "in"): "arrest",
    ("keep", "in"): "arrest",
    ("hold", "in"): "arrest",
    # removed from an event by police or guards
    ("escort", "out"): "other",
    ("escort", "off"): "other",
    ("shuttle", "out"): "other",
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


_ENTRY_PHRASALS = frozenset(
    {("get", "inside"), ("get", "into"), ("force", "into"), ("push", "into"), ("burst", "into")}
)


_VEHICLE_PHRASALS = frozenset(
    {("plow", "into"), ("plough", "into"), ("ram", "into"), ("drive", "into"), ("run", "into"), ("run", "over")}
    | {("drive", "over")}
)


# What a vehicle is driven through to break in (`drove her car through a security barrier`).
_BARRIERS = frozenset(["barrier", "gate", "fence", "barricade", "checkpoint", "door", "wall", "window", "cordon"])


_CUSTODY_PHRASALS = frozenset({("remain", "in"), ("keep", "in"), ("hold", "in"), ("take", "into")})


_CUSTODY = frozenset({"custody", "jail", "prison", "detention", "lockup"})

# Let out on these (`released on bail`), as from custody.
_RELEASED_ON = frozenset(["bail", "bond", "parole", "probation", "recognizance"])


# A product put on the market by a company is an announcement (`Apple launched a refresh of the
# MacBook`, `Dell introduced laptops`); none of these is a product.
_LAUNCHING = frozenset(["launch", "introduce", "debut", "release"])
# People a party holds and lets go: what is released that is no product.
_CAPTIVES = frozenset(["prisoner", "hostage", "detainee", "captive"])
_NOT_PRODUCTS = (
    frozenset(
        ["offensive", "operation", "campaign", "war", "invasion", "crackdown", "effort", "manhunt", "search", "hunt"]
    )
    | frozenset(
        # what is released that is no product: people let go, and information made public
        ["statement", "report", "video", "footage", "tape", "letter"]
    )
    | _CAPTIVES
    | frozenset(["name", "information", "detail", "figure", "data", "photo", "image", "record", "result", "document"])
    | frozenset(["offer", "bid", "tender"])  # `DPC launched a new $10-a-share offer`: a deal proposed, business
)
# Things a company puts on the market, whoever the sentence says does it (`it will release this
# smartphone`, `a facelifted model is expected to be launched`).
_PRODUCTS = (
    frozenset(["phone", "smartphone", "model", "server", "laptop", "notebook", "computer", "car", "device", "version"])
    | frozenset(
        ["update", "product", "tablet", "chip", "processor", "software", "console", "handset", "vehicle", "system"]
    )
    | frozenset(["fix", "patch"])
)  # `it has released a stopgap fix`
# Content a store puts on sale (`music videos will be available at the store`); released by an
# artist it is no company's announcement (`The rapper released a new album`).
_CONTENT = frozenset(["video", "episode", "song", "album", "movie", "film", "app", "game"])
BUSINESSES = frozenset(row[0] for row in word_table("actor_kinds") if row[1] == "business")


# Evidence found or sent for tests is an investigation's work (`they found a rifle buried near
# his home`, `The gun was sent to the FBI laboratory`).
_FINDING = frozenset(["find", "unearth", "discover", "recover", "uncover"])
_EVIDENCE = frozenset(
    ["rifle", "gun", "weapon", "pistol", "knife", "bullet", "casing", "hair", "fingerprint", "dna", "evidence", "clue"]
) | {"shotgun", "revolver", "handgun", "haul", "loot", "booty"}  # and stolen goods recovered
_LABS = frozenset(["laboratory", "lab"])


# Verbs that tell a death happening (`suffered 39 deaths`, `confirmed his death`).
_TOLD_DEATH = frozenset(["suffer", "cause", "report", "leave", "confirm"])


# A company's results declared are no statement (`declared a 10% stock dividend`).
_FINANCIAL = frozenset(["dividend", "quarterly", "split", "payout", "profit", "loss", "earnings", "bankruptcy"])

# Vehicles struck in a crash (`struck two other vehicles`): things, never counted as people.
_VEHICLES = frozenset(["vehicle", "car", "truck", "bus", "van", "taxi", "suv", "motorcycle", "lorry"])
# Fires by name (`the blaze`, `flames`), what a fire set or a firebomb started is called.
_FIRES = frozenset({"fire", "blaze", "flame", "inferno", "wildfire", "bushfire"})

# Said of an event to come (`should be coming soon`): TimeML's FUTURE_REF, read on the event only.
SOON = frozenset(["soon", "shortly"])

# Verbs by which an attack under way is stopped (`foiled an attack`, `repelled the assault`).
_FOILING = frozenset(["foil", "thwart", "repel", "repulse", "avert"])

# People driven out of where they live (`hounded from their homes by warfare`): a population displaced.
_DRIVING_OUT = frozenset(["hound", "drive", "force", "chase", "push", "evict", "expel", "flush"])
_HOMES = frozenset(["home", "house", "village", "town", "land", "neighborhood", "neighbourhood", "camp"])
# Buildings, never people counted (`more than 800 homes destroyed`).
_BUILDINGS = frozenset(
    ["home", "house", "building", "hotel", "office", "school", "shop", "store", "structure", "church"]
)

# A letter, a release or a ruling issued is a statement (`said in a letter published Wednesday`,
# `in today's news release`).
_ISSUING = frozenset(["publish", "release", "issue", "send", "post", "deliver", "hand"])

# Water and coasts where people are found adrift (`found on an inner tube off the Florida coast`).
_ADRIFT = frozenset(["coast", "sea", "ocean", "water", "shore", "raft", "tube", "boat"])

# What a court or a party files or moves against: `moved to dismiss the lawsuit`.
_LEGAL_ACTIONS = frozenset(["lawsuit", "suit", "case", "charge", "indictment", "complaint", "appeal", "petition"])
# What is appealed to a higher court (`appealed the verdict`).
_LEGAL_APPEALS = frozenset(["ruling", "verdict", "decision", "sentence", "conviction", "judgment", "case", "order"])

# What an order that is no instruction to someone can be of (`ordered an assessment`): work to be
# done, never goods bought (`Ryanair ordered 100 jets`).
_ORDERED_WORK = frozenset(["assessment", "review", "audit", "evaluation", "study", "recount", "halt", "suspension"]) | (
    frozenset(["strike", "airstrike", "attack", "raid", "offensive"])  # `ordered the strikes`
)
_DECLARING = frozenset(["announce", "express", "voice", "declare", "reaffirm"])
_BACKING = frozenset(["support", "backing", "endorsement"])
# What is asked for that asks nothing of the one asked: a reporter's question.
_ASKED_OF_REPORTERS = frozenset(["comment", "response", "reaction", "clarification", "interview", "name"]) | (
    frozenset(["respond", "elaborate", "explain", "clarify"])  # `asked him to comment`, `to explain`
)


# Joining an alliance told by what members become or are accepted as (`accepted as members`,
# `scheduled to become full members of NATO`), and what a vote in favour of is for.
_MEMBERSHIP = frozenset(["member", "membership", "inclusion", "accession", "admission", "enlargement", "expansion"])


# An address qualified so is where someone lives or is reached, not a speech.
_WHERE_ONE_LIVES = frozenset(
    ["false", "home", "street", "mailing", "email", "e-mail", "web", "ip", "postal", "correct", "wrong", "fake"]
) | frozenset(["current", "real", "forwarding", "business", "office", "his", "her", "their"])


# A bomb going off as a report words it, as the trigger's own words (`The blast in Nairobi
# occurred`, `the bomb went off`): the explosion nouns, their plurals and the verbs' past.
_BLAST_WORDS = (
    _EXPLOSIONS | {f"{noun}s" for noun in _EXPLOSIONS} | frozenset(["went", "exploded", "detonated", "bombing"])
)


# What a reward is offered for: an arrest it leads to is only hoped for.
_TIPS = frozenset(["information", "tip", "tips", "clue"])


# What companies trade in: an agreement to do these, or of these kinds, is a deal, not an accord.
_DEALING = frozenset(["acquire", "buy", "purchase", "sell", "merge", "supply", "license", "lease", "distribute"])
_DEALS = frozenset(["merger", "acquisition", "purchase", "supply", "licensing", "sale", "distribution", "takeover"])


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
        "fan",
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
        "counterpart",
        "ally",
        "delegation",
        "premier",
        "chancellor",
        "suspect",
        "teen",
        "teenager",
        "youth",
        "driver",
        "culprit",
        "activist",
        # who is questioned, caught or harmed at a workplace or on the way
        "employee",
        "staffer",
        "guest",
        "witness",
        "customer",
        "passenger",
        "colleague",
        # who is met, consoled or harmed at home (`met with Horton's family`, `shot his wife`)
        "family",
        "relative",
        "parent",
        "mother",
        "father",
        "wife",
        "husband",
        "son",
        "daughter",
        "grandmother",  # `A grandmother crossing a Queens street ... was mowed down`
        "grandfather",
        "grandparent",
        # `thanked two of her mentors`
        "mentor",
        "friend",
        "teacher",
    ]
)


_GUNFIRE = frozenset({"shot", "gunshot", "round", "bullet", "gunfire"})

# What is released when a release is a disclosure (`released the names`, `pricing was not released`),
# not a captive freed; a video or a letter released is no event by the guidelines.
_INFORMATION = frozenset(
    {"name", "detail", "pricing", "price", "date", "figure", "information", "data", "list", "identity"}
    | {"number", "toll", "cost", "finding", "schedule", "specification"}
)
# What is released that shows what happened (`The IDF released video footage`): no one let go, and
# no statement either, as the gold has always read a police video released.
_RECORDINGS = frozenset(["footage", "video", "tape", "recording", "photo", "photograph", "image", "transcript"])

# Putting someone in a post (`named Mary Barra as its new chief executive`): a `statement`.
_NAMING = frozenset({"name", "appoint", "nominate", "promote", "make", "pick", "select", "choose"})
# Posts someone is named or made to (`was made a brigadier general`), beside any word after `as`.
_ROLES = frozenset(
    {"president", "chairman", "chairwoman", "chair", "chief", "executive", "director", "minister", "secretary"}
    | {"ambassador", "attache", "general", "commander", "governor", "head", "leader", "coach", "manager"}
    | {"editor", "judge", "envoy", "officer", "spokesman", "spokeswoman", "captain", "doctor", "deputy"}
    | {"adviser", "advisor", "treasurer", "ceo", "mayor", "premier", "chancellor", "successor", "admiral"}
    | {"astronaut", "pilot", "prosecutor", "ambassador", "candidate", "nominee", "captain"}
    | {"consultant", "mediator", "negotiator", "counsel", "administrator", "receiver", "trustee"}
)

# News confirmed or acknowledged (`HP acknowledged the news`): a statement, not a concession.
_NEWS = frozenset({"news", "report", "talk", "discussion", "rumor", "rumour", "deal", "plan", "negotiation"}) | {
    "revelation",
    "allegation",
}
# A company's results, told in what it announces or reports: business, no event.
_RESULTS = frozenset({"sales", "profit", "earnings", "revenue", "income", "dividend", "turnover"})

# Attacks told through the reports of them (`There are also reports this week of bombing in New
# Guffa`), and the harm a clause results in (`resulting in civilian casualties`).
# Harms told through reports of them or as caused (`There were no reports of injuries`).
_REPORTED_HARMS = frozenset(["injury", "death", "casualty", "fatality"])
# What a quake does to people that the report tells as its own event (`shaking residents`).
_SHAKING_PEOPLE = frozenset(["shake", "wake", "awaken", "rouse", "jolt", "rattle", "startle", "frighten", "scare"])
# Where a quake starts, told as the quake itself (`The epicenter ... occurred at a depth of 22 miles`).
_QUAKE_CENTRES = frozenset({"epicenter", "epicentre", "hypocenter", "hypocentre"})
# What is wanted or demanded of others that makes a call for it (`wants an impartial investigation`).
_CALLED_FOR = frozenset(["investigation", "inquiry", "probe", "explanation", "apology", "trial", "hearing"])
# What is filed in court besides a lawsuit (`filed objections to the court's jurisdiction`).
_FILINGS = frozenset(["objection", "complaint", "motion", "petition", "appeal", "claim"])
_REPORTED_ATTACKS = frozenset({"bombing", "attack", "shelling", "airstrike", "shooting", "fighting", "clash"})
_HARM_RESULTS = frozenset({"casualty", "death", "injury", "fatality"})

# Parties that meet one another (`The G7 nations had met`), beside words for people.
_PARTIES = frozenset({"nation", "country", "side", "party", "delegation", "government", "state", "g7", "g8", "g20"})

# Verbs by which the harmed get their injuries (`suffered from serious injury`, `got minor injury`).
_SUFFERING_VERBS = frozenset({"suffer", "sustain", "get", "receive", "incur"})
# War waged (`the guerrilla fighters waged war on the troops`); the parser lemmatises `waged` as `wag`.
_WAGING = frozenset({"wage", "wag"})
_WARS = frozenset({"war", "battle", "insurgency", "offensive"})

# Talks one is in (`are in talks`): a consultation going on.
_TALKS = frozenset({"talk", "discussion", "negotiation"})

# What goes down in a crash (`the plane went down`), and what one sees or hears an explosion by.
_AIRCRAFT = frozenset({"plane", "aircraft", "airliner", "jet", "flight", "helicopter", "airplane", "chopper"}) | {
    "jetliner"
}
_WITNESSING = frozenset({"see", "hear", "witness", "feel"})

# Who an inquiry identifies someone as (`was identified as the gunman`): a finding of the inquiry.
_CULPRITS = frozenset(
    {"suspect", "gunman", "attacker", "bomber", "shooter", "perpetrator", "killer", "assailant", "culprit", "hijacker"}
    | {"pirate"}
)

# What a hazard cuts off (`the quake stopped electricity supply`): damage it does, an event.
_SUPPLIES = frozenset({"supply", "power", "electricity", "water", "service", "communication", "telephone"})

# Thrown at people beside the weapons list: `threw stones at police`, `hurled petrol bombs`.
_THROWN = frozenset({"stone", "rock", "brick", "bottle", "molotov", "cocktail", "firebomb", "projectile", "acid"})

# Pleased with what others did for one (`satisfied with the cooperation`): praise, PLOVER's SUPPORT.
_PLEASED = frozenset({"satisfied", "pleased", "grateful", "thankful", "heartened", "happy", "gratified"}) | {
    "delighted",
    "thrilled",
    "proud",
}
_HELPING = frozenset(
    {"cooperation", "collaboration", "help", "assistance", "support", "effort", "work", "response"}
) | {
    "treatment",  # `grateful for the treatment she received at the Betty Ford Center`
    "care",
}


# With forces as their object (or, for the last three, their subject): deploy.
_POSTING_VERBS = frozenset({"send", "assign", "station", "post", "add", "position", "move", "mass", "join", "commit"})


# With police or troops as their subject: forces posted somewhere, deployed (`undercover police were
# scattered throughout the crowd`, `security personnel dotted the route`, `police helicopters hovered
# overhead`); `keep watch` and `stand guard` by their object, `remain` and `stay` only with a place.
_FORCES_PRESENT = frozenset(["scatter", "dot", "line", "hover", "ring", "occupy", "guard"])
_WATCHES = {"keep": "watch", "stand": "guard", "mount": "guard"}

_ROUGH_VERBS = frozenset({"grab", "yank", "strike"})  # with people: assault


# Verbs that start an event only through a rule in `_trigger_type` (`opened fire`, `took the stage`).
_RULE_VERBS = frozenset(
    {"open", "fire", "throw", "spray", "remove", "claim", "assert", "order", "take", "seek", "stay"}
)


# What crowds of protesters do, with them as the subject (`hundreds of demonstrators moved through the
# city`), or as the agent (`will be greeted by as many as 6,000 protesters`): protest events.
# What a crowd of protesters damages it riots in doing (`the mob burned tires`).
_CROWD_DAMAGE = frozenset(["damage", "destroy", "smash", "burn", "vandalize", "vandalise", "torch", "pelt", "stone"])
# Games and bouts, where players are hurt and rivals meet (`hurt in the overtime loss`, `met in a bout`).
_GAMES = frozenset({"match", "game", "playoff", "final", "semifinal", "tournament", "bowl", "fixture", "league"}) | {
    "bout",
    "round",  # `Thompson last met Klitschko in 2008, when ... was ended in the 11th round`: a fight
}

_PROTESTERS = frozenset({"protester", "protestor", "demonstrator", "marcher", "agitator", "mob", "rioter"})


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
    "taser": "use_of_force",
    "evacuation": "lockdown",
    "gas": "use_of_force",
    "spray": "use_of_force",
    "bullet": "use_of_force",
    "cannon": "use_of_force",
    "grenade": "use_of_force",
    "lathi-charge": "use_of_force",
    "arrest": "arrest",
    "rally": "rally",
    "protest": "protest",
    "demonstration": "protest",
    "strike": "protest",
    "walkout": "protest",  # `tens of thousands of people joined a 24-hour walkout`
    "march": "protest",
    "riot": "riot",
    "rioting": "riot",
    "clash": "riot",
    "speech": "speech",
    "flood": "other",
    "sit-in": "protest",
    "lawsuit": "charge",
    "arraignment": "charge",  # `Gomes faces arraignment ... on Wednesday morning`
    "indictment": "charge",
    "suit": "charge",
    "citation": "charge",
    "attack": "assault",
    "rape": "assault",
    "statement": "statement",
    "condemnation": "statement",
    "accusation": "statement",
    "denial": "statement",
    "blame": "statement",
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
    "memorial": "rally",
    "vigil": "rally",
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
    ["erupt", "begin", "start", "continue", "go", "occur", "happen", "remain", "break", "end", "follow", "conclude"]
)


_FORCE_NOUNS = frozenset({"gas", "spray", "bullet", "cannon", "grenade"})


_FORCE_MODIFIERS = frozenset({"tear", "pepper", "rubber", "water", "stun", "flash"})


# Verbs that make a noun trigger happen; anything else merely talks about it (`prompted the protests`).
SUPPORT_VERBS = frozenset(
    [
        "unleash",  # `unleashed a wave of unrest`
        "wrap",  # `wrapped up a three hour meeting`: held, to its end
        "conclude",
        "impose",
        "implement",  # `had implemented on-floor trading restrictions`
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
        "open",
        "initiate",
        "keep",
        "engage",
        "resort",
        "clamp",
        "promulgate",
        "burst",
        "lob",
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
        "conduct",
        "report",
        "plan",
        "schedule",
        "hold",
        "stage",
        "organize",
        "organise",
        "attend",
        "join",
        "participate",
        "assist",  # `is assisting in the investigation of the cause of the fire`
        "lead",
        "pause",
        "suffer",
        "provoke",
        "follow",
        "confirm",
        "commit",  # `a female college student committed a shooting`
        "kick",  # `as rallies all around the country kicked off`
        "set",
        # `reignited the civil war`, `concluded its investigation` (not `finish`: `met again to
        # finish their discussion` is the meeting told again)
        "reignite",
        "rekindle",
        "resume",
        "conclude",
    ]
)


# Guns a person carries that the weapons list leaves to these words (`pulled a gun`).
_FIREARMS = frozenset(["gun", "handgun", "shotgun", "revolver", "weapon", "magnum", "pistol", "rifle"])
# Weapons held in the hand to cut or strike (`held a knife to her throat`).
_BLADES = frozenset(["knife", "blade", "machete", "sword", "axe", "dagger", "bat", "crowbar"])

# Lemmas, as tokens are compared by lemma (`troops` is `troop`).
_FORCE_WORDS = frozenset(
    [
        "guard",
        "troop",
        "soldier",
        "police",
        "cop",
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


# What is said of a speaker moved to disapprove of something (`dismayed by the numerous leaks`).
_DISAPPROVING = frozenset({"dismay", "appal", "appall", "outrage", "disgust", "anger", "incense", "infuriate"})

# Words that are only ever verbs: one the parser tags a noun is a verb it misread (`Police allege
# Eric Allen Kirkpatrick, 61, opened fire`, `allege` read as a compound of the name).
VERBS_ONLY = frozenset(["allege", "divulge"])
_UNCONFIRMED = frozenset(["understand", "believe", "report", "allege", "rumor", "rumour", "suspect", "think"])


_POSSIBLE = frozenset({"may", "might", "could", "would", "should", "can"})


_PLANNED_HEADS = frozenset(["plan", "threaten", "vow", "promise", "intend", "prepare", "expect", "want", "aim", "hope"])


_NEGATORS = frozenset({"not", "n't", "never", "no"})


_PHRASE_CUT = frozenset({"relcl", "acl", "appos", "advcl", "parataxis", "punct", "cc", "conj"})


_HARM_DONE_TO_BODIES = frozenset(["injury", "wound", "bone", "burn", "cut", "bruise", "fracture"])

# What carries a service and is cut in an outage (`three undersea cables were damaged`); `line` only
# with a word that says so (`data lines`).
CARRIERS = frozenset(["cable", "fiber", "fibre", "pipeline"])

# A body part hurt by its owner (`he hurt his knee`): the verbs and the parts.
SELF_INJURING = frozenset(["hurt", "injure", "sprain", "twist", "tear", "strain", "fracture", "break", "dislocate"])
BODY_PARTS = (
    frozenset(["knee", "ankle", "leg", "arm", "back", "shoulder", "head", "hand", "wrist", "foot", "neck", "hip"])
    | frozenset(
        ["elbow", "hamstring", "thumb", "finger", "toe", "groin", "rib", "jaw", "nose", "calf", "achilles", "shin"]
    )
    | frozenset(["chest", "face", "stomach"])
)


_THE_HARMED = frozenset(["victim", "patient", "survivor", "casualty", "wounded", "injured"])


# Words for a whole population, counted or not (`people fled their homes`).
_POPULATIONS = frozenset(["people", "resident", "civilian", "refugee", "villager", "family", "inhabitant", "thousand"])


_NOT_HARM = frozenset(["rescue", "eject", "escort", "lead", "carry", "drag", "throw", "kick", "remove"]) | _DRIVING_OUT

# Armed violence a report's opening may name, for the deaths it then tells with no killer (not
# `fighting` or `war`: `fighting cancer`, `a price war`).
_FIGHTING = frozenset(
    ["warfare", "bombing", "bombings", "shelling", "airstrike", "airstrikes", "bombardment", "gunfire"]
)


_VESSELS = frozenset(
    [
        "boat",
        "ship",
        "ferry",
        "vessel",
        "submarine",
        "raft",
        "dinghy",
        "trawler",
        "dhow",
        "tanker",
        "supertanker",
        "freighter",
        "yacht",
        "skiff",
    ]
)


# Heads whose `to` complement is wanted or urged, not done: `fanatics that want to attack her`,
# `called on its followers to kill`, `willing to be arrested`. Plans (`plans to march`) are kept.
# `attempts to kill` (a noun the parser may read as a verb) was tried, not done.
_WISH_HEADS = (
    frozenset(
        ["want", "wish", "urge", "exhort", "encourage", "ask", "incite", "call", "willing", "ready", "eager", "dare"]
    )
    | {"like", "attempt", "invite", "hope", "seek", "pray", "challenge", "reluctant", "unwilling", "mean"}
    | {
        # what a threat, a direction or a vow is of, and what would be needed: `threatened to kill him`,
        # `directed Lopez to kill their enemies`, `officers would need to kill him` (not `ordered to
        # remain in custody`, which the custody rule reads)
        "threaten",
        "direct",
        "instruct",
        "vow",
        "promise",  # `Obama has promised to reverse the new rules`: the vow is the event
        "pledge",
        "need",
        # what is offered is not yet done (`had offered to plead guilty ... but prosecutors had refused`)
        "offer",
    }
)
# Nouns whose `to` complement was tried, plotted or planned, not done: `attempts to kill`, `a plot to
# bomb`, `abandoned their plans to hijack the vessel`.
_ATTEMPT_HEADS = frozenset(["attempt", "effort", "bid", "plot", "try", "scheme", "conspiracy", "plan", "proposal"])
# Nouns whose `of` gerund is only aimed at: `in the hope of questioning him`.
_AIM_HEADS = _ATTEMPT_HEADS | {"hope", "aim", "goal", "purpose", "intention", "prospect"}
# Nouns whose `to` complement may be done, not is: `no alternative than to arrest them`.
_POSSIBILITY_HEADS = frozenset(
    ["alternative", "option", "choice", "right", "power", "authority", "ability", "chance", "time"]
)  # and `needed more time to investigate the place`: not done yet
# Nouns whose `to` complement is a reason for an act, not the act: `a motive to kill his wife`.
_MOTIVE_HEADS = frozenset(["motive", "reason", "incentive", "intent", "desire", "temptation", "opportunity"])
# Adjectives whose `to` complement is hard or impossible, not done: `difficult to evacuate them`.
_HARD_HEADS = frozenset(["difficult", "hard", "impossible", "unsafe", "dangerous"])
# Verbs a wish reaches through to the act: `exhorted citizens to keep rallying`.
_ASPECT_VERBS = frozenset(["keep", "continue", "start", "begin", "stop"])


_VAGUE_NUMBERS = frozenset(["dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score", "scores"])


_QUANTITIES = frozenset(["total", "number", "string", "series", "spate", "wave"]) | _VAGUE_NUMBERS


# Nouns a noun event names the work of (`rescue operations`).
# Nouns a trigger word names the kind of (`Rescue operations`, `a memorial service`, `a candlelight vigil`).
_EVENT_WORK = frozenset(
    ["operation", "effort", "mission", "work", "service", "shell", "canister", "process", "stage", "phase"]
)


_CONDITIONS = frozenset({"if", "unless"})


_GENERIC_WHEN = frozenset({"when", "whenever"})


_MODALS = frozenset({"will", "would", "'ll", "can", "could", "might", "may", "should", "wo"})


_WATER = frozenset(["water", "river", "rain", "floodwater", "floodwaters", "sea", "tide", "storm", "creek", "stream"])


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


_OCCASIONS = frozenset(
    ["debate", "rally", "convention", "meeting", "conference", "event", "ceremony", "hearing", "session", "summit"]
)


# Verbs whose subject undergoes them (`died`, `collapsed`, `exploded`, `sank`).
_UNDERGOING = frozenset(["die", "perish", "collapse", "explode", "sink", "capsize", "trap", "drown", "flee"])


_SITE_WORDS = frozenset(
    [
        "courtroom",
        "courthouse",
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


# Lemmas worth parsing a sentence into plain data for: any word that can start an event.
# Verbs that make, undo or pass a rule, and the rules they act on: rulings (`statement`).
# (`rescinded`, `repealed` and `revoked` are rulings on any rule: `triggers._RULES`)
_RULING_ON_RULES = frozenset({"overturn", "enact", "pass", "approve", "reverse"})


# A court's word on a verdict already given is a step of the case (`reinstated his convictions`,
# `the sentence was vacated`): a `charge`, like the verdict.
_RULING_ON_CONVICTIONS = frozenset({"overturn", "reverse", "reinstate", "vacate", "uphold", "quash", "affirm"})
_CONVICTIONS = frozenset({"conviction", "verdict", "sentence", "acquittal"})
_LAWS = frozenset({"regulation", "rule", "law", "legislation", "bill", "ordinance", "statute", "decree"})
# Verbs of asking that something be done (`insisted that the union agree`).
_INSISTING = frozenset({"insist", "demand", "require", "urge", "ask", "request", "suggest", "recommend", "propose"})


TRIGGER_LEMMAS = (
    frozenset(VERB_TRIGGERS)
    | {verb for verb, _ in PHRASAL_TRIGGERS}
    | frozenset(NOUN_TRIGGERS)
    | _POSTING_VERBS
    | _FORCES_PRESENT
    | frozenset(_WATCHES)
    | _ROUGH_VERBS
    | _RULE_VERBS
    | _CROWD_ACTIONS
    # A hazard or a weapon is what makes `struck`, `triggered`, `destroyed`, `dropped` an event.
    | HAZARDS
    | WEAPONS
    | _EARTH_MOVING
    | _LAUNCHING
    | {"cut", "hospitalize", "hospitalise", "accept", "become", "vote"}
    | _RULING_ON_RULES
    | {"outage", "blackout", "internet", "downtime"}  # outages told as states (`triggers._outage_it_was`)
    # fires spreading, roads closed or barricaded, gatherings turned violent, advice, a return to prison
    | {"spread", "remain", "close", "closed", "barricade", "turn", "advise", "return", "suffer"}
    | {"rescind", "revoke", "repeal", "change", "revise", "amend", "eliminate", "scrap", "weaken", "gut"}
    # a remand in custody, a tremor felt or the ground shaking, flaws fixed, a blog post or a report
    # said in, a suggestion (`triggers._doing_suggested`)
    | {"remand", "experience", "shake", "tremble", "sway", "repair", "fix", "patch", "post", "report", "suggest"}
    # the rules that need a fire (`triggers._fire_breaking_out`, `_fire_as_subject`) are asked only
    # where one is named; guns emptied or pulled on people need one of WEAPONS or `_FIREARMS`
    | {"fire", "blaze", "flame", "inferno", "wildfire", "bushfire", "smoke"}
    | _FIREARMS
    | _BLADES
    # apologies offered, investigators at work, bail denied, court appearances, a grave condition,
    # lives taken, appeals, threats received, roads cordoned off, a night spent in a shelter
    | {"apology", "investigator", "detective", "inspector", "bail", "appear", "condition", "life", "encourage"}
    | {"threatening", "cordon", "cordone", "spend"}  # (the lemmatiser reads `cordoned` as `cordone`)
    # backing pledged (`stand united with`), a force's presence bolstered, police searches and sweeps,
    # services' connectivity lost, bomb warnings, patches issued, red carpets rolled out
    | {"united", "together", "presence", "search", "sweep", "connectivity", "warning", "patch", "carpet"}
    # shots let off or ringing out (`letting off 13 shots`, `when the shots began`), a reason not
    # given, a person dragged by a car
    | {"shot", "gunshot", "gunfire", "reason", "drag"}
    # a scene searched (`Forensic teams were examining the crime scene`), arson weighed by officials
    | {"examine", "inspect", "comb", "sift", "arson"}
    | {
        "target",
        "overturn",
        "fling",
        "volley",
        "candle",
        "wreath",
        "violence",
        "respond",
        "retaliate",
    }  # property attacked by protesters, missiles flung
    # forces told where they are (`naval operations are under way`)
    | {"operation", "mission"}
    | {"garner", "firing"}  # praise drawn (`garnered positive responses`), `closing in and firing`
    | {"penalty"}  # a penalty faced (`faces the death penalty`)
    # a military buildup, attempts resisted, an inspection team back at work, an identity unmasked, a
    # person cited or stopped (`came under fire`, `held to ransom`, an accord `worked out` and an
    # `assassination attempt` are asked already by their nouns and `hold`)
    | {"buildup", "build-up", "resist", "inspection", "unmask", "cite", "stop"}
    # days set in court, cases heard, people executed, ways forced in, shots that missed, pleasure at
    # what others did, rules rolled back (the rules ask for more than the word)
    | {"date", "hearing", "plea", "case", "execute", "force", "miss", "gratified", "roll", "rush"}
    | {"delighted", "thrilled", "proud"}
    # what a disaster did told with no cause in its sentence (`Buildings were toppled`, `It destroyed`)
    | _DESTROYING_VERBS
    | {"homeless", "sorry", "response", "nothing", "hear"}
    | _INSISTING
    | _FINDING
    | {"dead", "guilty", "decline", "missing", "toll", "treat", "shelter", "refuge", "follow", "public"}
    | frozenset(row[0] for row in word_table("strategic_verbs"))
    # words the rules in `triggers.py` start from beside the lists
    | {
        "book",
        "hold",
        "lathi",
        "baton",
        "order",
        "section",
        "set",
        "conference",
        "address",
        "speech",
        "statement",
        "lose",
        "letter",
        "dismiss",  # `has dismissed calls to quit`
        "violation",  # `will not face a probation violation`
        "cable",  # `three undersea cables were damaged`, a service cut
        "fiber",
        "pipeline",
        "offline",
        "line",  # `routes were off-line`
        "service",  # `was out of service`
        "mail",  # `In an e - mail to media members`
        "email",
        "e-mail",
        "pull",  # `was pulled over`
        "fall",  # `the man fell around 2000ft`
        "engage",  # `As Mysore engaged the pirates`
        "plunge",
        "tumble",
    }
    | _CROWD_DAMAGE
    | SELF_INJURING
    | _CUSTODY
    | frozenset(FAMILY_VERBS)
    | {"fight", "battle"}
    # `waged war` (lemmatised `wag`), `identified as the gunman`, `hurled a grenade`, disclosures
    | _WAGING
    | _SUFFERING_VERBS
    | {"identify", "throw", "hurl", "toss", "pelt", "disclose", "divulge", "halt", "stop", "knock", "disrupt"}
    | {"available", "cite", "go", "explosion", "blast", "discussion", "result", "lament", "ask"}
    | {"move", "head", "cross", "trek"}
    | {"express", "retaliate", "create", "form", "appoint", "convene", "establish", "alight", "ablaze", "roll"}
    | {"experience", "rescind", "revoke", "repeal", "spray", "update", "advisory", "bulletin", "try", "discuss"}
    | _NAMING
    | _PLEASED
    | _DRIVING_OUT
    | {"run", "rush", "pour", "stream", "escort", "plead", "serve", "turn", "accompany", "live", "tell"}
    | {"stay", "sleep", "speak", "talk", "discussion", "briefing", "interview", "present"}
    # an outage told as a state (`The lights are out`): its nouns, not `be` or `have`, which every
    # sentence holds and which decide what is parsed (`pipeline._WORTH_PARSING`)
    | {"power", "light", "electricity", "heat", "heating"}
    | {"expel", "oust", "excommunicate", "appoint", "comment", "inflict"}
    # a takeover cleared, treatment given, cracks that appear in a quake
    | {"takeover", "merger", "treatment", "crack"}
    # a product rolled out or to be offered, disapproval expressed, a challenge, a rampage touched off
    | {"roll", "offer", "express", "challenge", "touch"}
    # an aircraft that crashed, goods knocked down, a country at war, a case brought to a court
    | {"crash", "knock", "war", "case"}
    # the harms reported, the inquiries called for and the papers filed that the rules read
    | _REPORTED_HARMS
    | _CALLED_FOR
    | _FILINGS
    # news confirmed, a demand that others act, a statement filed, people a quake shakes or wakes
    | {"confirm", "want", "filing", "close", "shut", "transport", "airlift", "distribute", "alert"}
    # shelter kept or set up, aid flown or brought, evidence heard
    | {"camp", "fly", "bring", "hear", "trial"}
    # the rarer word each newer rule needs (the parser reads only sentences with one of these): a
    # product coming to a network or carrier or soon, work done closely or jointly, a violation claimed,
    # damages claimed, an injunction, a comment not given, congratulations, a role picked, a
    # deadline, a rejection
    | SOON
    | {"network", "carrier", "retailer", "closely", "jointly", "violate", "breach", "infringe"}
    | {"compensation", "injunction", "comment", "congratulation", "congrat"}
    | {"pick", "select", "deadline", "renounce", "reluctant", "congratulatory"}
    # aid received, someone caught, boats intercepted, a court date
    | {"assistance", "bailout", "catch", "intercept", "due", "hand", "foil", "thwart", "repel", "repulse", "avert"}
    # a fire, a person struck, a place sealed, investigations ongoing, thanks to those who helped
    | {"fire", "blaze", "strike", "hit", "seal", "reopen", "ongoing", "grateful", "hostage"}
    # a shooting spree, a suspect cuffed or held in custody, a ship hijacked, pirates repulsed, a
    # criticism drawn, flames engulfing, people unharmed
    | {"spree", "cuff", "handcuff", "custody", "hijack", "commandeer", "criticism", "engulf", "self-defense"}
    # services disrupted or in trouble, a boycott
    | {"disrupt", "affect", "interrupt", "experience", "face", "boycott"}
    # a letter penned, thanks, an attack foiled, a ship sent on patrol, a refusal to specify
    | {"pen", "thank", "attempt", "bid", "patrol", "specify", "reveal"}
    # a car rear-ended (which the tokenizer splits), a term served
    | {"rear", "serve", "sideswipe", "gather", "collect"}
    # an offer fended off, people who rose up or ran amok, a campus occupied, a disclosure made
    | {"fend", "rise", "amok", "occupy", "disclosure", "fail"}
    # a subpoena, a blessing given, markets kept closed, an address on television, a post online
    | {"summon", "subpoena", "blessing", "keep", "television", "tv", "radio", "post"}
    # disapproval voiced, a response refused, homes left under orders
    | _DISAPPROVING
    | {"dignify", "leave", "vacate", "abandon", "alongside", "credit", "counter", "leak"}
    # someone admired, a crowd converging on a place, a piece written
    | {"impress", "converge", "write"}
    # a wound bleeding, a case brought
    | {"bleed", "bring"}
    | UNHARMED
    | _SHAKING_PEOPLE
    | _QUAKE_CENTRES
)


# Words of declining to do something (`refused to disclose`, `declined to pursue charges`).
_DECLINING = frozenset(["decline", "refuse", "fail", "reluctant", "unwilling", "hesitant", "loath"])

# What is lost or won in court (`Apple Corps lost its court case`): a ruling.
_CASES = frozenset(["case", "lawsuit", "suit", "appeal"])


# Verbs of unrest sweeping over a place: `riots have gripped Greece`, `violence has wracked the city`.
_SWEEPING = frozenset(
    ["overtake", "grip", "engulf", "sweep", "rock", "wrack", "rack", "roil", "convulse", "paralyse", "paralyze"]
) | frozenset(["spread", "hit", "shake", "spill"])
