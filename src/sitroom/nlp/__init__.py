"""analyze(Document) -> Analysis: the per-article language work, pure and database-free."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from ..clean import dateline_place, is_date_line, story_start
from ..model import Analysis, Attribution, DateMention, Document, Entity, Event, Participant, ResolvedPlace, Span
from .attribution_tagger import ArticleParse, attributions_of
from .attributions import extract_attributions
from .claims import extract_claims
from .dates import ResolvedDate, find_date_expressions, is_anchor, resolve_date, story_day
from .entities import COURT_LEVELS, fold_entities
from .events import HAZARDS, extract_events
from .events.context import is_sport_report
from .parse import Sentence
from .pipeline import NamedSpan, UnitReading, load_pipeline, pipeline_id, read_units
from .places import (
    COMMUNITY_BUILDINGS,
    Offset,
    after_in,
    city_country,
    country_code,
    country_of,
    offset_places,
    place_context,
    resolve_place,
    resolve_places,
)

__all__ = ["analyze_document", "analyze_documents", "article_parses", "load_pipeline"]


def analyze_document(document: Document, nlp: Any, events: bool = True) -> Analysis:
    """Entities, dates and events of one cleaned article."""
    return analyze_documents([document], nlp, events)[0]


def analyze_documents(documents: Sequence[Document], nlp: Any, events: bool = True) -> list[Analysis]:
    """Analyse several articles with one pass of the model over all their paragraphs (the model is
    much faster on full batches); each article's result is the same as analysing it alone."""
    plans = [(document, _units(document)) for document in documents]
    readings = read_units(nlp, [(d.article.text, span) for d, units in plans for span, _ in units], events=events)
    return [
        _analysis(document, units, [next(readings) for _ in units], pipeline_id(nlp), events)
        for document, units in plans
    ]


def article_parses(documents: Sequence[Document], nlp: Any) -> list[ArticleParse]:
    """What the attribution tagger reads of each article (for training and scoring it), read as
    `analyze_documents` reads it."""
    plans = [(document, _units(document)) for document in documents]
    readings = read_units(nlp, [(d.article.text, span) for d, units in plans for span, _ in units])
    found = []
    for document, units in plans:
        unit_readings = [next(readings) for _ in units]
        text = document.article.text
        entities = fold_entities(_names(units, unit_readings, document), text, units)
        found.append(_article_parse(text, units, unit_readings, entities, _sentences(units, unit_readings)))
    return found


def _names(
    units: list[tuple[Span, bool]], readings: list[UnitReading], document: Document
) -> list[tuple[NamedSpan, bool]]:
    names = [(named, in_caption) for (_, in_caption), r in zip(units, readings, strict=True) for named in r.names]
    dateline = document.dateline
    found = None if dateline is None else dateline_place(dateline.span.of(document.article.text))
    if dateline is not None and found is not None:
        # The recogniser often misses a place in capitals on a line of its own (`HAVANA (AP) --`),
        # or takes only the state after it (`BUFFALO, N.Y. (AP)`): the dateline's form says where
        # the report's place is.
        span = Span(dateline.span.start + found[0], dateline.span.start + found[1])
        overlapping = [(n, c) for n, c in names if n.span.start < span.end and span.start < n.span.end]
        if not any(n.label in _PLACE_LABELS for n, _ in overlapping):
            # (`CORK` read as an organisation: the dateline's place, named once)
            names = [name for name in names if name not in overlapping]
            words = span.of(document.article.text)
            names.append((NamedSpan(span, "GPE", "", words.title()), False))
            names.sort(key=lambda n: n[0].span.start)
    return names


_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _sentences(units: list[tuple[Span, bool]], readings: list[UnitReading]) -> list[tuple[Sentence, bool]]:
    """The sentences the rules read, each with whether it is in a caption."""
    return [(s, in_caption) for (_, in_caption), r in zip(units, readings, strict=True) for s in r.sentences]


def _article_parse(
    text: str,
    units: list[tuple[Span, bool]],
    readings: list[UnitReading],
    entities: tuple[Entity, ...],
    sentences: list[tuple[Sentence, bool]],
) -> ArticleParse:
    parsed = tuple((tuple(r.parsed), in_caption) for (_, in_caption), r in zip(units, readings, strict=True))
    return ArticleParse(text, parsed, extract_attributions(sentences, entities, text), entities)


def _units(document: Document) -> list[tuple[Span, bool]]:
    """The parts read, in text order: the dateline (read alone, so that its place is found and
    never taken for a participant), body paragraphs, and each caption once, at its first place."""
    units: list[tuple[Span, bool]] = [(p.span, False) for p in document.paragraphs if p.kind in ("body", "dateline")]
    units += [(c.places[0].text_span, True) for c in document.captions if len(c.places[0].text_span)]
    return sorted(units)


# Events that happen somewhere (`other`: explosions, quakes, deaths with no killer named);
# statements and speeches are said where the speaker is, which a report seldom says.
_PLACED_TYPES = frozenset(
    {"protest", "riot", "assault", "arrest", "deploy", "restrict", "lockdown", "breach", "use_of_force", "rally"}
    | {"other", "investigate", "aid", "charge"}
)


# What is said, asked, warned or met over happens where the reporter is, with the speakers.
_SAID_TYPES = frozenset({"statement", "speech", "threaten", "request", "support", "concede", "consult"})

# Of those, what is done with the people there: a meeting held, a request made of them.
_TOLD_THERE = frozenset({"consult", "request"})


def _with_sentence_place(events: tuple[Event, ...]) -> tuple[Event, ...]:
    """An event told by a participle after a placed event of its sentence happens where that one
    did (`Two bombs exploded outside U.S. embassies in Kenya and Tanzania, killing at least 81
    people`: the killing is where the bombs went off), and the harmed counted after the harmed of a
    placed count (`74 were killed in Nairobi, and more than 1,640 were wounded`) where those were,
    before any report's place is considered. A clause of its own (`Rescuers deployed soldiers and
    police arrested looters in Santiago`) keeps to itself, and what is said is not placed so."""
    placed: dict[Span, Event] = {}
    for e in events:
        if e.place is not None and e.place.entity is not None:
            placed.setdefault(e.evidence, e)
    shared = []
    for e in events:
        giver = placed.get(e.evidence)
        if (
            e.place is None
            and e.type in _PLACED_TYPES
            and giver is not None
            and giver.trigger.end <= e.trigger.start
            and (e.trigger_text.endswith("ing") or (e.casualty and giver.casualty and e.type == giver.type))
        ):
            e = replace(e, place=giver.place)
        shared.append(e)
    return tuple(shared)


def _at_offsets(
    events: tuple[Event, ...],
    offsets: tuple[Offset, ...],
    places: tuple[ResolvedPlace, ...],
    entities: tuple[Entity, ...],
    text: str,
) -> tuple[Event, ...]:
    """A quake, or what it did, happens at the point its report places by distance and bearing
    (`34 miles west of the town of Bireun`): the one in its own sentence (the town named there is
    where it is measured from, not where it struck), else, when it has no town of its own and its
    sentence names none (`ran out of buildings in the provincial capital Banda Aceh`), the
    report's first, marked as inherited. A town it struck `outside` or `near` is no town of its
    own either (`A California earthquake has erupted outside Santa Rosa`)."""
    if not offsets:
        return events
    precise = {p.name for p in places if p.kind in {"city", "landmark"}}
    towns = [m.span for e in entities if e.kind == "place" and e.name in precise for m in e.mentions]
    return tuple(
        e if e.type != "other" or e.in_caption else _at_offset(e, offsets, precise, towns, text) for e in events
    )


_NEAR = re.compile(r"\b(?:outside|near|nearby)\s+(?:the\s+)?$", re.IGNORECASE)


def _at_offset(event: Event, offsets: tuple[Offset, ...], precise: set[str], towns: list[Span], text: str) -> Event:
    own_offsets = [o for o in offsets if event.evidence.start <= o.start < event.evidence.end]
    place = event.place
    # the offset the event's own place is measured in (`55 km south of Bireun and 72 km southeast of
    # Reuleuet`: the quake's place is the point, whichever town it names), else the sentence's first
    own = next((o for o in own_offsets if place is not None and o.start <= place.span.start < o.end), None)
    own = own or next(iter(own_offsets), None)
    measured_from = own is not None and place is not None and own.start < place.span.end and place.span.start < own.end
    near = place is not None and _NEAR.search(text[max(0, place.span.start - 20) : place.span.start]) is not None
    if near and own is None:
        return replace(event, place=_offset_participant(offsets[0]), place_inherited=True)
    if place is not None and place.entity in precise and not measured_from:
        return event  # a town of its own, not the one the distance is measured from
    if own is not None:
        return replace(event, place=_offset_participant(own), place_inherited=False)
    if place is None and any(town.within(event.evidence) for town in towns):
        return event  # its sentence names a town: where it happened, as `_with_report_place` reads it
    return replace(event, place=_offset_participant(offsets[0]), place_inherited=True)


def _offset_participant(offset: Offset) -> Participant:
    return Participant(offset.place.name, Span(offset.start, offset.end), offset.place.name)


def _with_report_place(
    events: tuple[Event, ...],
    document: Document,
    entities: tuple[Entity, ...],
    places: tuple[ResolvedPlace, ...],
    forces: Sequence[tuple[Participant, ResolvedPlace]] = (),
) -> tuple[Event, ...]:
    """An event of the body with no place of its own happens in the town its sentence names
    (nearest its word), else at the report's own place, marked as inherited either way: its
    dateline's (a report datelined INDIANAPOLIS about a shooting is about Indianapolis), else the
    first town, city or landmark its lead names (`A 6.1 magnitude earthquake hit near Bireun, in
    Aceh ...`: the rescue told later happens there too), else, when the lead names only a country,
    the town of that country the report names most; a country or a state is too wide to say
    where (`the US capitol`)."""
    events = _with_sentence_place(events)
    precise = {p.name for p in places if p.kind in {"city", "landmark"}}
    text = document.article.text
    homes = _homes(entities, text)
    named = sorted(
        (
            Participant(m.text, m.span, e.name)
            for e in entities
            if e.kind == "place"
            for m in e.mentions
            # nor a town named as one end of a stretch, a bearing (`between the port city of Bandar
            # Abbas and Qeshm Island`), as one named after `near` is
            if m.span not in homes and not _BETWEEN.search(text, max(0, m.span.start - 80), m.span.start)
        ),
        key=lambda p: p.span.start,
    )
    # A town that is where another event of the sentence happened is that event's, not this one's
    # (`Rescuers deployed soldiers and police arrested looters in Santiago`).
    taken = {e.place.span for e in events if e.place is not None}

    def town_of(sentence: Span, trigger: Span) -> Participant | None:
        """The town, city or landmark the sentence names nearest the trigger, if it names one
        (`a sniper shot and killed a Buffalo, N.Y., doctor`, in a report datelined WASHINGTON)."""
        towns = [p for p in named if p.entity in precise and p.span.within(sentence) and p.span not in taken]
        # (a town that opens a clause of `where` is that clause's too: `Violence was also reported in
        # Thessaloniki, where a further 20, 000 people joined the city's demonstrations`)
        towns += [
            p
            for p in named
            if p.entity in precise
            and p.span.within(sentence)
            and p.span in taken
            and p.span.end < trigger.start
            and _WHERE_AFTER.match(text, p.span.end)
        ]
        return min(towns, key=lambda p: abs(p.span.start - trigger.start), default=None)

    dateline = document.dateline
    # (the story's first paragraph, not a headline line above it: `Kraft Shooting: Yvonne Hiller Charged`)
    begins = story_start(text, document.article.title)
    # (nor a date line the text opens with: `7: 00pm UK, Wednesday 05 May 2010`)
    frame = dateline or next(
        (p for p in document.body if p.span.end > begins and not is_date_line(p.span.of(text))), None
    )
    # (not a city named for the area around it: `an accounting firm in suburban Detroit`)
    framed = [] if frame is None else [p for p in named if p.span.within(frame.span) and not _suburban(text, p.span)]
    report_place = next((p for p in framed if frame is dateline or p.entity in precise), None)
    lead = None if dateline is None else next((p for p in document.body if p.span.start >= dateline.span.end), None)
    if frame is dateline and report_place is not None and report_place.entity not in precise and lead is not None:
        # `ALASKA - ... reported a fire ... in downtown Palmer`: a dateline that names only a state or
        # a country leaves the town to its lead
        report_place = next((p for p in named if p.span.within(lead.span) and p.entity in precise), report_place)
    dateline_place = report_place if frame is dateline else None
    if report_place is None and frame is not None:
        # A lead that names only a country (`attacked a refugee camp in South Sudan`): the town of
        # that country the report names most. Not any town: one named for what else happened there
        # (`lawmakers met in Washington`) is not where the lead's events were.
        countries = {code for p in framed if p.entity is not None for code in [country_code(p.entity)] if code}
        in_country = {p.name for p in places if city_country(p) in countries}
        report_place = _most_named_town([p for p in named if p.entity in in_country])
    if report_place is None:
        report_place = _police_town(named, precise, text) or _events_town(events, named, precise, text)
    if report_place is None:
        report_place = _scene_town(named, precise, document)
    if report_place is None and forces:
        report_place = forces[0][0]  # `Vancouver Police received a call`: the body names its town no other way
    if report_place is None:
        # `had gotten into an argument ... at the northeast Philadelphia plant`: the only town the
        # report names, in its opening paragraphs, when no event, police or scene names one (not one
        # of several: `In Washington, lawmakers met at the Capitol`, above arrests elsewhere)
        opening = [p.span for p in document.body if p.span.end > begins][:_OPENING_PARAGRAPHS]
        towns = [p for p in named if p.entity in precise]
        only = len({p.entity for p in towns}) == 1
        report_place = next((p for p in towns if only and any(p.span.within(s) for s in opening)), None)
    abroad = _harm_abroad(events, dateline_place, places, precise)
    report_country = country_of(report_place.entity if report_place is not None else None, places)
    placed = []
    told_before: Event | None = None  # the last event placed in a town of its own
    speech: Event | None = None  # the last speech given in a town, by someone named
    heard_at: Participant | None = None  # the town of the court a case was last told heard in
    speakers: set[str | None] = set()
    resolved = {p.name for p in places}
    for e in events:
        if e.place is not None and e.place.entity not in resolved:
            # `at Taunton Deane Magistrates`, a court no gazetteer knows: the town its name begins with
            court_town = next((t for t, _ in forces if t.span.within(e.place.span)), None)
            e = replace(e, place=court_town) if court_town is not None else e
        suburb = e.place is not None and f"suburban {e.place.entity}".lower() in e.place.text.lower()
        if suburb and report_place is not None and report_place.entity != e.place.entity:  # type: ignore[union-attr]
            # `at a suburban Detroit office building`, in a report out of Troy, a suburb of Detroit:
            # the suburb the report names, not the city
            e = replace(e, place=report_place, place_inherited=True)
        if e.place is not None and not e.in_caption and e.type in _PLACED_TYPES:
            e = _narrowed(e, named, places)
        local = _actor_town(e, named, precise)
        if e.place is None and not e.in_caption and local is not None and e.type in _PLACED_TYPES | _SAID_TYPES:
            # `the Portland, Ore., jury ruled`, `Tacoma police arrested`: a town's own body acts there
            e = replace(e, place=local, place_inherited=True)
        if e.place is None and not e.in_caption and e.type in _PLACED_TYPES:
            # `was due to appear via video link at Preston Crown Court`: a case is heard where its court is
            court = next(
                (t for t, _ in forces if t.span.within(e.evidence) and _COURT_AFTER.match(text, t.span.end)), None
            )
            town = (court if e.type == "charge" else None) or town_of(e.evidence, e.trigger)
            if town is None and e.type == "charge" and heard_at is not None:
                town = heard_at  # `The case continued in his absence`: in the court it was heard in
            if court is not None and e.type == "charge":
                heard_at = court
            # a sentence that names a place of its own (`In the northern California town of Rio
            # Nido`) has moved on, even to one the gazetteer does not know
            moved_on = any(p.span.within(e.evidence) for p in named)
            carried = None if moved_on else _carried_place(told_before, e, text)
            # a sentence that names another country than the report's is told of somewhere else
            # (`more than a dozen people were killed by a quake in eastern China`, in a report of Iran)
            elsewhere = _names_another_country(e.evidence, named, report_country, text)
            place = town or carried or (abroad if e.type in _HARM_TYPES else None)
            place = place or (None if elsewhere else report_place)
            if place is not None:
                e = replace(e, place=place, place_inherited=True)
            if town is not None:
                told_before = e
        elif e.place is not None and not e.place_inherited and e.place.entity in precise and not e.in_caption:
            told_before = e
        if e.place is not None and e.place.entity is None and e.type in _SAID_TYPES:
            e = replace(e, place=None)  # `in a building adjacent to the embassy`: no place to map
        if e.place is None and not e.in_caption and e.type in _SAID_TYPES and _by_speaker(e, speech, speakers):
            # `Jobs gave his keynote at Moscone Center in San Francisco ... He announced`: said in it
            e = replace(e, place=speech.place, place_inherited=True)  # type: ignore[union-attr]
        if e.place is None and not e.in_caption and e.type in _SAID_TYPES and dateline_place is not None:
            # what is said in a datelined report is said where the reporter is, with the speaker
            e = replace(e, place=dateline_place, place_inherited=True)
        if (
            e.place is None
            and not e.in_caption
            and e.type in _TOLD_THERE
            and e.polarity == "asserted"
            and dateline is None
            and report_place is not None
        ):
            # a meeting or a request of a report with no dateline is made where its story is (police
            # negotiating with a gunman, a driver told to stop, residents asked to stay away)
            e = replace(e, place=report_place, place_inherited=True)
        if e.type == "speech" and e.place is not None and e.place.entity in precise and e.actor is not None:
            speech = e
            # who gave it: the person the actor's phrase names (`Apple Computer CEO ... Steve Jobs`)
            speakers = {e.actor.entity} | {
                x.name
                for x in entities
                if x.kind == "person"
                for m in x.mentions
                if m.span.within(Span(e.actor.span.start, e.evidence.end))
            }
        placed.append(e)
    return tuple(placed)


# What harms people or things: told from abroad, it happened where the report's harm did.
_HARM_TYPES = frozenset({"assault", "other"})
_OPENING_PARAGRAPHS = 3  # a report tells where its story happened in its first paragraphs


def _harm_abroad(
    events: tuple[Event, ...], dateline_place: Participant | None, places: tuple[ResolvedPlace, ...], precise: set[str]
) -> Participant | None:
    """Where the harm a report tells from another country happened (`HAVANA -- The Cuban
    government condemned the two bomb explosions ... killed in Nairobi`): the town the report's
    harm is placed in most, when that town lies in another country than the dateline's."""
    if dateline_place is None:
        return None
    own = [e.place for e in events if e.place is not None and e.type in _HARM_TYPES and e.place.entity in precise]
    town = _most_named_town([p for p in own if p is not None])
    here = country_of(dateline_place.entity, places)
    there = country_of(town.entity, places) if town is not None else None
    return town if there and here and there != here else None


# A place named as one end of a stretch (`between the port city of Bandar Abbas and Qeshm Island`).
_BETWEEN = re.compile(r"\bbetween\b[^.,;]{0,60}$")


def _names_another_country(sentence: Span, named: list[Participant], here: str | None, text: str) -> bool:
    """Whether the sentence names a country after `in`, and no other place, and that country is not
    `here`, the one the report's place lies in."""
    inside = [p for p in named if p.span.within(sentence) and after_in(text, p.span.start)]
    codes = [country_code(p.entity) if p.entity else None for p in inside]
    return bool(inside) and here is not None and all(code is not None and code != here for code in codes)


# Buildings a person is `of` as their minister, teacher or member, not as where they live (a
# hospital's or a college's staff may live anywhere).
_SERVED_BUILDINGS = COMMUNITY_BUILDINGS - {"hospital", "college"}


def _homes(entities: Sequence[Entity], text: str) -> set[Span]:
    """Place mentions that tell where a person is from (`Ka'Loni Marie Flynn of Fort Smith, Ark.`,
    `Simpson, of Spiro`), lives (`who had been living in Melbourne`) or reports from (`Frances
    Harrison in Tehran says`): where no event of the report happened, and not the report's own place."""
    person_ends = {m.span.end for e in entities if e.kind == "person" for m in e.mentions}
    homes = set()
    for entity in entities:
        if entity.kind != "place":
            continue
        # `the Rev. Larry Kroon of the Wasilla Bible Church`: whom a person serves, in the story's town
        served = entity.name.split()[-1].lower() in _SERVED_BUILDINGS
        for mention in entity.mentions:
            of = _OF_BEFORE.search(text, max(0, mention.span.start - 8), mention.span.start)
            if (of is not None and of.start() in person_ends and not served) or _LIVING_IN.search(
                text, max(0, mention.span.start - 24), mention.span.start
            ):
                homes.add(mention.span)
            # `The BBC's Frances Harrison in Tehran says`: where a reporter speaks from
            # `A trial date's been set for a Millom man`: a person named by the town they are from
            a_person = _A_BEFORE.search(text, max(0, mention.span.start - 4), mention.span.start)
            if a_person is not None and _PERSON_AFTER.match(text, mention.span.end):
                homes.add(mention.span)
            posted = _IN_BEFORE.search(text, max(0, mention.span.start - 6), mention.span.start)
            if posted is not None and posted.start() in person_ends and _SAYS_AFTER.match(text, mention.span.end):
                homes.add(mention.span)
    return homes


_IN_BEFORE = re.compile(r"\s+in\s+$")
_A_BEFORE = re.compile(r"\ban?\s+$", re.IGNORECASE)
_PERSON_AFTER = re.compile(r"\s+(?:man|woman|teenager|teen|boy|girl|resident|couple|native|mother|father)\b")
_SAYS_AFTER = re.compile(r"\s+(?:says|said|reports|reported|tells|told)\b")


_LIVING_IN = re.compile(r"\b(?:liv(?:e|es|ed|ing)|resid(?:e|es|ed|ing))\s+in\s+$")


_OF_BEFORE = re.compile(r",?\s+of\s+$")


def _by_speaker(event: Event, speech: Event | None, speakers: set[str | None]) -> bool:
    """Whether the event is said by who gave the speech before it (the person named, or `he`/`she`)."""
    if speech is None or event.actor is None:
        return False
    if event.actor.text.lower() in {"he", "she"}:
        return True
    return event.actor.entity is not None and event.actor.entity in speakers


def _actor_town(event: Event, named: list[Participant], precise: set[str]) -> Participant | None:
    """The town named inside the actor's phrase (`the Portland, Ore., jury`), if one is."""
    actor = event.actor
    if actor is None:
        return None
    return next((p for p in named if p.entity in precise and p.span.within(actor.span)), None)


def _carried_place(before: Event | None, event: Event, text: str) -> Participant | None:
    """The town of the event told just before, in the same paragraph: what follows an incident
    placed in its sentence is told of the same place (`In Los Angeles ... earth cascaded down a
    hillside ... No one was hurt, but firefighters ordered the evacuation of nearby homes`)."""
    if before is None or before.type not in _PLACED_TYPES or before.evidence.end > event.evidence.start:
        return None
    return None if "\n" in text[before.evidence.end : event.evidence.start] else before.place


# The last word of a building's or a street's name.
_FACILITY = re.compile(
    r"\b(?:Bank|Street|St|Avenue|Ave|Road|Rd|Highway|Boulevard|Lane|Drive|Store|Mall|Hotel|Building|Centre|Center)\.?$"
)


def _narrowed(event: Event, named: list[Participant], places: tuple[ResolvedPlace, ...]) -> Event:
    """An event placed by a description that names no place (`in the main city`, `the area`)
    takes the report's place as if it had none; one placed in a country the report names a town
    of happens in that town (`a bomb went off at the embassy in Tanzania`, in a report that names
    Dar es Salaam), the most named of them: a country is too wide to put on a map."""
    place = event.place
    if place is None or place.entity is None:
        return replace(event, place=None)
    code = country_code(place.entity)
    if code is None and _FACILITY.search(place.entity) and resolve_place(place.entity) is None:
        # `at the West Coast Bank`, `at 2088 Philip Street`: a building or a street no gazetteer
        # knows (not a town it lacks, `Rio Nido`), as if it named none
        return replace(event, place=None)
    if code is None or any(p.name == place.entity and p.kind == "city" for p in places):
        return event
    towns = {p.name for p in places if city_country(p) == code}
    town = _most_named_town([p for p in named if p.entity in towns])
    return event if town is None else replace(event, place=town, place_inherited=True)


# Where the hurt are treated (`is in a Portland hospital, in critical condition`), not where they
# were hurt.
_HOSPITAL = re.compile(r"(?:\W+\w+)??\W+(?:hospital|medical cent(?:er|re)|infirmary|clinic)\b", re.IGNORECASE)


def _events_town(
    events: tuple[Event, ...], named: list[Participant], precise: set[str], text: str
) -> Participant | None:
    """Where a report whose lead names no town tells its events: the town its events are placed in
    most (`Several stories of a hotel collapsed ... killing three people` in Manokwari), else the
    town named most in the sentences that tell them. A town named only where nothing happens (`In
    Washington, lawmakers met`) is where the report was written about, not where its events were,
    and a hospital's town is where the hurt were taken."""
    own = [
        e.place
        for e in events
        if e.place is not None
        and e.type in _PLACED_TYPES
        and e.place.entity in precise
        and not _HOSPITAL.search(e.place.text)
    ]
    if own:
        return _most_named_town(own)
    telling = {e.evidence for e in events if e.type in _PLACED_TYPES and not e.in_caption}
    return _most_named_town(
        [
            p
            for p in named
            if p.entity in precise
            and any(p.span.within(sentence) for sentence in telling)
            and not _HOSPITAL.match(text, p.span.end)
        ]
    )


# A town named as whose police or officials they are (`Tacoma police are investigating`) is the
# town a local report is about.
_LOCAL_FORCE = re.compile(r"(?:'s)?\s+(?:police|sheriff|officers|authorities|fire\s+department|city\s+council)\b", re.I)
# A town's own church, school, hospital or court (`Banstead Baptist Church`, `New Bedford District
# Court`): the town's name, a word of its own, then what it is.
_COURT_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+\s+)*(?:Court|Magistrates)\b")
_LOCAL_HOUSE = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+)?(?:Church|Cathedral|Mosque|Synagogue|School|Hospital|Court|Magistrates)\b"
)


def _force_towns(
    entities: Sequence[Entity], places: tuple[ResolvedPlace, ...], text: str = ""
) -> list[tuple[Participant, ResolvedPlace]]:
    """Towns named only inside the name of their own police, sheriff or fire department (`Vancouver
    Police`, or `Woodburn` read as a body before `police`) or of their own church, school or court
    (`Banstead Baptist Church`), which the recogniser reads as a body, not a place: each with its
    first mention, the town's words alone, for a report whose body names its town no other way."""
    known = {p.name for p in places}
    # a small town resolves only in the country or state the article names (`Alaska`: Wasilla)
    countries, states = place_context(entities)
    found = []
    for entity in entities:
        if entity.kind not in {"organisation", "place"} or not entity.mentions:
            continue
        mention = entity.mentions[0]
        force = _LOCAL_FORCE.search(mention.text) if entity.kind == "organisation" else None
        town = mention.text[: force.start()] if force else ""
        if entity.kind == "organisation" and not force and _LOCAL_FORCE.match(text, mention.span.end):
            town = mention.text  # `According to Woodburn police`: the name alone the recogniser took
        start = mention.span.start
        # (the recogniser may read a church as a place: `the Wasilla Bible Church`)
        name = re.sub(r"^the\s+", "", mention.text, flags=re.IGNORECASE)
        house = None if force else _LOCAL_HOUSE.search(name)
        if house is not None and house.start() > 0:
            town = name[: house.start()]
            start += len(mention.text) - len(name)
        if town.strip().lower() in COURT_LEVELS:
            continue  # `Superior Court Judge James Bodiford`: a court's level, no town Superior
        place = resolve_place(town, countries, states) if town else None
        if place is None or place.kind != "city" or place.name in known:
            continue
        span = Span(start, start + len(town))
        found.append((Participant(town, span, place.name), place))
    return found


def _police_town(named: list[Participant], precise: set[str], text: str) -> Participant | None:
    """The town whose police or officials the report quotes, when its events name no town."""
    return _most_named_town(
        [p for p in named if p.entity in precise and _LOCAL_FORCE.match(text, p.span.end) is not None]
    )


def _scene_town(named: list[Participant], precise: set[str], document: Document) -> Participant | None:
    """The town named in a paragraph that names the disaster the report is about, when no event
    names one (`at the scene of a large fire at a Waitrose Store in High Street, Banstead`)."""
    text = document.article.text
    scenes = [
        p.span for p in document.body if any(w in HAZARDS for w in re.findall(r"[a-z]+", p.span.of(text).lower()))
    ]
    return _most_named_town([p for p in named if p.entity in precise and any(p.span.within(s) for s in scenes)])


def _most_named_town(towns: list[Participant]) -> Participant | None:
    """The first mention of the town named most often (the first named, of two named as often)."""
    counts: dict[str | None, int] = {}
    for town in towns:
        counts[town.entity] = counts.get(town.entity, 0) + 1
    return max(towns, key=lambda t: (counts[t.entity], -t.span.start), default=None)


def _suburban(text: str, span: Span) -> bool:
    return text[max(0, span.start - 10) : span.start].lower().endswith("suburban ")


# A clause of `where` a town opens (`in Thessaloniki, where ...`).
_WHERE_AFTER = re.compile(r",?\s+where\b")
# The day a story tells, named as such (`held a silent vigil during the day`).
_THE_DAY = re.compile(r"(?:during )?the day", re.IGNORECASE)


def _headline_day(title: str | None, published: date) -> ResolvedDate | None:
    """The last day a headline names, read from the publication date, for the body's bare times."""
    found, text = None, title or ""
    for start, end in find_date_expressions(text):
        resolved = resolve_date(text[start:end], published)
        if resolved is not None and resolved.granularity in {"day", "part_of_day"} and is_anchor(resolved, published):
            found = resolved
    return found


def _analysis(
    document: Document, units: list[tuple[Span, bool]], readings: list[UnitReading], pipeline: str, events: bool
) -> Analysis:
    article = document.article
    dates: list[DateMention] = []
    # a report that names its day only in its headline (`after a bomb exploded late Friday`) tells
    # the times of its body on that day (`just before 5:30 p.m.`)
    anchor: ResolvedDate | None = _headline_day(article.title, article.published)
    day = anchor  # the last day named: a bare clock time's, though a year or a month was named since
    story = anchor  # the last day of the week before publication named: the day `during the day` is
    sporting = is_sport_report(f"{article.title or ''}\n{article.text}")
    for (_, in_caption), reading in zip(units, readings, strict=True):
        for span, tense in reading.dates:
            # (`during the day` is the last day of the story's week named: the riots of `Saturday
            # December 13`, not the killing `eight days ago` nor `1974`)
            the_day = _THE_DAY.fullmatch(span.of(article.text))
            resolved = resolve_date(span.of(article.text), article.published, tense, story if the_day else anchor)
            if resolved is not None and resolved.granularity == "time" and day is not None and anchor is not day:
                # `It hit at 1:53 p.m.` after `on Sunday`, `in 2003` and `in February`: Sunday's
                resolved = resolve_date(span.of(article.text), article.published, tense, day) or resolved
            if resolved is None:
                continue
            if sporting and resolved.granularity == "quarter" and not re.search(r"\d", span.of(article.text)):
                continue  # `injured in the first quarter`, in a report of games: a period of play, no date
            if is_anchor(resolved, article.published) and not in_caption:  # captions restate the day
                anchor = resolved
                day = resolved if resolved.granularity in {"day", "part_of_day", "time"} else day
                story = resolved if story_day(resolved, article.published) is not None else story
            dates.append(
                DateMention(
                    span,
                    span.of(article.text),
                    resolved.value,
                    resolved.granularity,
                    resolved.start,
                    resolved.end,
                    resolved.anchored,
                    in_caption,
                )
            )
    entities = fold_entities(_names(units, readings, document), article.text, units)
    sentences = _sentences(units, readings)
    attributions: tuple[Attribution, ...] = ()
    if events:
        parse = _article_parse(article.text, units, readings, entities, sentences)
        attributions = attributions_of(parse)
    found = extract_events(sentences, entities, dates, article.text, article.title) if events else ()
    places = resolve_places(entities, article.text)
    offsets = offset_places(article.text, entities, places)
    forces = _force_towns(entities, places, article.text)
    return Analysis(
        document=document,
        entities=entities,
        pipeline=pipeline,
        dates=tuple(dates),
        events=_with_report_place(
            _at_offsets(found, offsets, places, entities, article.text), document, entities, places, forces
        ),
        places=places + tuple(o.place for o in offsets) + tuple(place for _, place in forces),
        attributions=attributions,
        claims=extract_claims(attributions, [s for s, _ in sentences], article.text),
    )
