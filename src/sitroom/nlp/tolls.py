"""A report's casualty tolls: how many people it says were killed, injured, missing, displaced or
arrested in the incident it is about, from the counts of its own events.

A report tells a toll as it stands (`at least 24 people were killed`), in parts (`74 in Nairobi
... seven in Dar es Salaam`) and beside tolls of other incidents (`where 168 people were killed in
a bombing in 1995`, `the Bastille Day attack in Nice, where 84 were killed`). A news report puts
its own incident first, so the first event of a kind (outside captions, not only planned or
possible) is the incident's, and the toll is the largest count among it and the later events of
that kind that are not another incident's: dated more than a week before it (or before the
report, when it is undated), placed in another town where both name their own, or told in another
country (`killed by a quake in eastern China`, in a report of Iran's). A first harm
dated more than a week back and told after a lead that tells an attack or a disaster of the
report's own week (or after such an attack, dated, even inside the lead) is recalled, and the
report's incident has no toll (a report of the 1998 US strikes that recalls the embassy bombings'
247 dead) but the counted harm told after it and not dated back (a week of riots that a killing
touched off, `About 100 people have been injured`). A report whose incident is told as harming
none (`no one was killed`, `There were no reports of damage or injuries`) has a toll of 0; one
person harmed and named as one (`killed a Buffalo doctor`) is a toll of 1; a report that gives no
figure has none.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date, timedelta

from ..model import Analysis, DateMention, Event
from .places import after_in, country_code, country_of

BACKGROUND = timedelta(days=7)  # an event dated further back is another incident (`in 1995`)
_UNSURE = frozenset({"possible", "planned"})
# What news says when no one was harmed: these words, told as none, are a toll of 0.
_NONE_HARMED = re.compile(
    r"\bno (?:immediate )?(?:reports? of )?(?:(?P<also>\w+) or )?"
    r"(?P<noun>injur(?:y|ies)|deaths?|fatalit(?:y|ies)|casualties)\b"
    r"|\b(?:no[ -]one|nobody|none) (?:was|were|(?:had|has|have) been) (?:\w+ )?(?P<verb>killed|injured|hurt|wounded)\b"
    # `everyone got out safely`, `all escaped unhurt`: no one hurt
    r"|\b(?:everyone|everybody|all)(?: \w+)? (?:got out|escaped|made it out|was evacuated|were evacuated)"
    r"(?: \w+)? (?P<safe>safely|unharmed|unhurt|uninjured|without injury)\b"
    # `there has been no damage to persons or property`: no one harmed at all
    r"|\bno (?:damage|harm) to (?P<persons>persons|people)\b",
    re.IGNORECASE,
)
_HARM_OF_WORD = {"injur": ("injured",), "hurt": ("injured",), "wound": ("injured",), "death": ("killed",)}
_HARM_OF_WORD |= {"fatalit": ("killed",), "killed": ("killed",), "casualt": ("killed", "injured")}


def report_tolls(analysis: Analysis) -> Mapping[str, int]:
    """The report's toll of each kind of harm it gives a figure or a denial for: killed, injured,
    missing, displaced, arrested."""
    by_kind: dict[str, list[Event]] = {}
    for event in analysis.events:
        counted = event.casualty and not event.in_caption and event.modality not in _UNSURE
        if counted and not _protested(event, analysis):
            by_kind.setdefault(event.casualty, []).append(event)
    dead = by_kind.get("killed", [])
    # `The bodies of ... were found ... Both had suffered head injuries`: the wounds of the dead
    # just told, no one else hurt
    wounds_of_the_dead = [e for e in by_kind.get("injured", []) if _wounds_of(e, dead)]
    if wounds_of_the_dead:
        by_kind["injured"] = [e for e in by_kind["injured"] if e not in wounds_of_the_dead]
        if not by_kind["injured"]:
            by_kind.pop("injured")
    tolls: dict[str, int] = dict.fromkeys(_told_as_none(analysis), 0)
    harms = [e for kind in ("killed", "injured") for e in by_kind.get(kind, [])]
    incident = min(harms, key=lambda e: e.trigger.start, default=None)
    if incident is not None and _recalled(incident, analysis):
        # `The embassy bombings, on Aug. 7, killed 247`, told far down a report of the strikes
        # that answered them two weeks later: the report's own incident harmed no one it counts;
        # but harm told after it and not dated back (`About 100 people have been injured`, after
        # the killing that touched off a week of riots) is the report's own incident's
        recalled = incident
        for kind in ("killed", "injured"):
            later = [
                e
                for e in by_kind.get(kind, [])
                if e.trigger.start > recalled.trigger.start
                and not _older(e.date, analysis.article.published)
                and e.count is not None
            ]
            by_kind[kind] = later
            if not later:
                by_kind.pop(kind)
        incident = min(
            (e for kind in ("killed", "injured") for e in by_kind.get(kind, [])),
            key=lambda e: e.trigger.start,
            default=None,
        )
    for kind, events in by_kind.items():
        first = min(events, key=lambda e: e.trigger.start)
        # The dead and the hurt are of one incident: injuries told after a killing are the
        # killing's unless they are another incident's (`a nurse injured in the 1998 bombing`).
        anchor = incident if incident is not None and kind in ("killed", "injured") else first
        own = [e for e in events if e is anchor or not _another_incident(e, anchor, analysis)]
        if not own:
            continue
        counted = [_count(e, analysis.article.text) for e in own if e.polarity != "negated"]
        if any(c is not None for c in counted):
            tolls[kind] = max(c for c in counted if c is not None)
        elif min(own, key=lambda e: e.trigger.start).polarity == "negated":
            tolls[kind] = 0
    # `Hiller shot three co-workers`: the people shot are the dead and the hurt; the hurt are those
    # the report counts as hurt (`critically wounded a third`), else the shot less the dead
    injured = by_kind.get("injured", [])
    shot = [c for e in injured if _shot_or_stabbed(e) and (c := _count(e, analysis.article.text)) is not None]
    hurt = [c for e in injured if not _shot_or_stabbed(e) and (c := _count(e, analysis.article.text)) is not None]
    if shot and hurt:
        tolls["injured"] = max(hurt)
    elif shot and tolls.get("killed", 0) < max(shot):
        tolls["injured"] = max(shot) - tolls.get("killed", 0)
    return tolls


def _wounds_of(injury: Event, dead: Sequence[Event]) -> bool:
    """An injury of `both`, `they` or `all` with no figure of its own, told after deaths: the dead's
    wounds."""
    target = injury.target.text.lower() if injury.target is not None else ""
    before = [d for d in dead if d.trigger.start < injury.trigger.start]
    return target in {"both", "they", "all"} and bool(before) and injury.count is None


_PROTESTS = frozenset({"protest", "riot", "rally"})


def _protested(event: Event, analysis: Analysis) -> bool:
    """A harm done before the protests a report opens on, and told after them: what they are held
    for, another incident (`Police intervened when more than a hundred people joined in a candlelit
    vigil ... where 16-year-old Kimani Gray was shot 11 times by police on Saturday`, in Monday's
    report; `There's been more rioting in Greece ... The teenager was shot and killed by police in
    Athens eight days ago`), not the toll of a riot that killed (`Three people have died after
    rioters ... set fire to a bank`, that day)."""
    first = next((e for e in analysis.events if not e.in_caption), None)
    if first is None or first.type not in _PROTESTS or event.trigger.start <= first.trigger.start:
        return False
    since = first.date.first_day if first.date is not None and first.date.first_day else None
    since = since or analysis.article.published
    return event.date is not None and event.date.last_day is not None and event.date.last_day < since


def _shot_or_stabbed(event: Event) -> bool:
    """A harm counted by who was shot or stabbed (`A gunman shot three people`), dead or hurt."""
    return event.trigger_text.lower().startswith(("shot", "shoot", "stab"))


LEAD_PARAGRAPHS = 3  # a report tells its own incident in its first paragraphs


def _recalled(event: Event, analysis: Analysis) -> bool:
    """Whether the report's first harm is another incident than its own: dated more than a week
    before the report, told after its lead, and the lead tells an attack or a disaster of its own
    week (a follow-up of an old attack leads with the arrest or the trial, and the attack is its
    incident)."""
    published = analysis.article.published
    if not _older(event.date, published):
        return False
    lead = analysis.document.body[:LEAD_PARAGRAPHS]
    # `A police station in Athens was firebombed on Saturday night. ... where Alexis Grigoropoulos
    # was killed by a police bullet on 6 December`: an attack of the report's own week, dated, told
    # before the old harm makes it a recalled one even inside the lead
    after_own = any(
        e.type in _INCIDENTS
        and not e.in_caption
        and e.date is not None
        and not _older(e.date, published)
        and e.trigger.start < event.trigger.start
        for e in analysis.events
    )
    if any(event.trigger.within(p.span) for p in lead) and not after_own:
        return False
    if any(
        e.type in _INCIDENTS and not e.in_caption and not _older(e.date, published) and e.trigger.within(p.span)
        for e in analysis.events
        for p in lead
    ):
        return True
    # a lead that speaks of no harm at all (a web site closed after a verdict) is about something
    # else, and the killings told later are its background
    text = analysis.article.text
    return not any(_HARM_WORDS.search(p.span.of(text)) for p in lead)


def _older(mention: DateMention | None, since: date) -> bool:
    """Whether a date is over a week before `since`: another incident's."""
    return mention is not None and mention.last_day is not None and mention.last_day < since - BACKGROUND


_INCIDENTS = frozenset({"assault", "other"})  # attacks and disasters: what has a toll

# Words a lead about a harm uses, as a verb or a noun (`in the killing of`, `a deadly quake`).
_HARM_WORDS = re.compile(
    r"\b(?:kill|murder|slay|slain|shoot|shot|gunned|death|dead|die|attack|bomb|blast|explo|injur|wound|hurt"
    r"|quake|earthquake|hurricane|storm|flood|crash|fire|massacre|victim|casualt)",
    re.IGNORECASE,
)


def _count(event: Event, text: str) -> int | None:
    """The event's count, or 1 for one person harmed and named as one (`a doctor`, `Slepian`, `he`,
    `another man`), or 2 for `both` and for two people named together (`Tom Tennant and ... Bill
    Hakim`)."""
    if event.count is not None:
        return event.count.value
    target = event.target
    if target is None:
        return None
    words = target.text.lower()
    if words == "both" or words.startswith("both "):
        return 2  # `both were dead at the scene`, `Both women had been stabbed to death`
    bodies = re.match(r"the (body|bodies) of ", words)
    if bodies is not None:
        # `The bodies of Alice McMeekin and Katie Jenkin were found`: each named is one dead
        # (and `The body of Katherine Gomes, 61, and Robyn Norma Mendes, 48, were discovered`: two named)
        named = words[bodies.end() :].rstrip(", ")
        two = re.fullmatch(r"[^,]+ and [^,]+", named) or re.fullmatch(r"[^,]+, \d+, and [^,]+(?:, \d+)?", named)
        return 2 if two else 1 if bodies[1] == "body" else None
    if target.entity is not None and re.fullmatch(r"(?:[A-Z][\w.'-]*\s+)+and\s+[\w\s.'-]*[A-Z][\w.'-]*", target.text):
        return 2  # `Tom Tennant and Oregon State Police bomb technician Bill Hakim`: two named
    pair = re.fullmatch(
        r"(?:(?:his|her|their|the|a|an) )?([\w' -]+?) and (?:(?:his|her|their|the|a|an) )?([\w' -]+)", words
    )
    if pair is not None and all(_person_word(part) for part in pair.groups()):
        return 2  # `his mother and his ex-girlfriend were found stabbed to death`: two people
    after = text[target.span.end : event.evidence.end]
    another = _AND_ANOTHER_PERSON.match(after)
    if another is not None and _person_word(words) and _person_word(another[1]):
        return 2  # `his mother and his ex-girlfriend were found`, the first read alone
    if target.entity is not None and _AND_ANOTHER_NAMED.match(after):
        return 2  # `Capt. Tom Tennant and ... bomb technician Bill Hakim were killed`: the name read alone
    # `killed another man`: one more person
    one = (
        words.startswith(("a ", "an ", "another ")) or words in {"he", "she", "him", "her"} or target.entity is not None
    )
    # `The woman was pronounced dead`: one person the report has told of
    # (`The victim, Benjamin David Banky, 40, of Vancouver`: the noun before the name set off)
    one = one or (words.startswith("the ") and words.split(",")[0].split()[-1] in _ONE_PERSON)
    return 1 if one else None  # `killed a Buffalo doctor`, `Slepian`, `he was gunned down`


# A second person named after the one the event names (`... and Oregon State Police bomb technician
# Bill Hakim were killed`), up to the verb they share.
_AND_ANOTHER_NAMED = re.compile(r"\s+and\s+(?:[\w.'-]+\s+){0,6}?[A-Z][\w.'-]*\s+(?:were|are|have|had)\b")

# A second person by a word for one after the one the event names (`... and his ex-girlfriend were`).
_AND_ANOTHER_PERSON = re.compile(
    r"\s+and\s+(?:his|her|their|the|a|an)\s+([\w'-]+(?:\s+[\w'-]+)?)\s+(?:were|are|have|had)\b"
)

_ONE_PERSON = frozenset(
    ["man", "woman", "boy", "girl", "child", "victim", "driver", "pedestrian", "officer", "deputy", "teenager"]
)
# Words for a person by their tie to someone (`his mother`, `his ex-girlfriend`).
_KIN = frozenset(["mother", "father", "wife", "husband", "son", "daughter", "brother", "sister", "girlfriend"]) | {
    "boyfriend",
    "fiancee",
    "fiance",
    "grandmother",
    "grandfather",
    "partner",
    "friend",
    "neighbor",
    "neighbour",
}


def _person_word(phrase: str) -> bool:
    """Whether a short phrase names one person by a word for one (`his ex-girlfriend`, `a woman`)."""
    words = phrase.split()
    if not words or len(words) > 3:
        return False
    return re.sub(r"^ex-", "", words[-1]) in _ONE_PERSON | _KIN


def _told_as_none(analysis: Analysis) -> set[str]:
    """The kinds of harm the report's body says no one suffered."""
    text = analysis.article.text
    kinds: set[str] = set()
    for paragraph in analysis.document.body:
        for match in _NONE_HARMED.finditer(paragraph.span.of(text)):
            unhurt = "hurt" if match["safe"] else "casualt" if match["persons"] else ""
            # (`no casualties or fatalities`: both words)
            for word in (match["noun"] or match["verb"] or unhurt, match["also"] or ""):
                kinds.update(next((v for k, v in _HARM_OF_WORD.items() if word.lower().startswith(k)), ()))
    return kinds


def _another_incident(event: Event, first: Event, analysis: Analysis) -> bool:
    """Whether an event is of another incident than the report's first of its kind: dated (by its
    own date, else by a date its sentence opens with: `In 2004, ... a tsunami that killed`) more
    than a week before it, or placed in another town."""
    since = first.date.first_day if first.date is not None and first.date.first_day is not None else None
    since = since or analysis.article.published
    dates = [event.date] if event.date is not None else [d for d in analysis.dates if d.span.within(event.evidence)]
    if any(_older(d, since) for d in dates):
        return True
    # A later event is elsewhere only where its own sentence names the town (`the Bastille Day
    # attack in Nice, where 84 were killed`), and the dateline says where the report was filed,
    # not where its incident was (`JOHANNESBURG` over bombings in Nairobi).
    here = event.place if event.place is not None and event.place.span.within(event.evidence) else None
    if first.type == event.type == "other":
        # a disaster strikes many towns (`the quake, which injured dozens and damaged several houses
        # in Takengon`, a town away from the epicentre): only another country makes another one
        here = None
    dateline = analysis.document.dateline
    there = first.place
    if there is not None and dateline is not None and there.span.within(dateline.span):
        there = None
    if here is not None and there is not None and (here.entity or here.text) != (there.entity or there.text):
        return True
    return _in_another_country(event, first, analysis)


def _in_another_country(event: Event, first: Event, analysis: Analysis) -> bool:
    """Whether the event's sentence tells it in a country (`killed by a quake in eastern China`)
    other than the one the first harm was placed in (Iran's Qeshm)."""
    home = country_of(first.place.entity if first.place is not None else None, analysis.places)
    text = analysis.article.text
    named = [
        country_code(e.name)
        for e in analysis.entities
        if e.kind == "place"
        for m in e.mentions
        if m.span.within(event.evidence) and after_in(text, m.span.start)
    ]
    return home is not None and any(code is not None and code != home for code in named)
