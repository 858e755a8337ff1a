from __future__ import annotations

import pytest

import sitroom
from sitroom.model import Analysis, Event
from sitroom.nlp.counts import VAGUE, parse_count
from sitroom.nlp.events import EVENT_TYPES
from sitroom.nlp.places import resolve_place
from sitroom.nlp.tolls import report_tolls


@pytest.mark.parametrize(
    ("phrase", "value", "qualifier", "low", "high"),
    [
        ("at least ten people", 10, "at_least", 10, None),
        ("six people", 6, "exact", 6, 6),
        ("About 20 aides", 20, "approximate", 18, 22),
        ("more than 150 soldiers", 150, "at_least", 151, None),
        ("up to 1,200 residents", 1200, "at_most", 0, 1200),
        ("thousands of protesters", 2000, "range", 2000, 9999),
        ("Hundreds of people", 200, "range", 200, 999),
        ("tens of thousands", 20000, "range", 20000, 99999),
        ("twenty-five officers", 25, "exact", 25, 25),
        ("2.5 million people", 2500000, "exact", 2500000, 2500000),
        ("the 17-year-old and two friends", 2, "exact", 2, 2),  # an age is not a count
        ("as many as 6,000 protesters", 6000, "at_most", 0, 6000),
        ("nearly 23, 000 refugees", 23000, "approximate", 20700, 23000),  # thousands as a wire tokenised them
        ("about a half million people", 500000, "approximate", 450000, 550000),  # not `a million`
        ("half a million residents", 500000, "exact", 500000, 500000),
        ("nearly half a million", 500000, "approximate", 450000, 500000),  # as `nearly 20`
        ("more than a dozen people", 12, "at_least", 13, None),  # not the `a` of `a dozen`
        ("about a dozen officers", 12, "approximate", 10, 13),
        ("a dozen people", 12, "exact", 12, 12),
        ("12 Somali and 11 Yemeni pirates", 23, "exact", 23, 23),  # one head counted by kind
    ],
)
def test_parse_count(phrase: str, value: int, qualifier: str, low: int, high: int | None) -> None:
    count = parse_count(phrase)
    assert count is not None and (count.value, count.qualifier, count.low, count.high) == (value, qualifier, low, high)


@pytest.mark.parametrize(
    "phrase",
    [
        "the police",
        "a crowd",
        "people",
        "17-year-old Laquan McDonald",
        "the premises of Hofstra University on Sept. 26",
        "someone",
        "the 9/11 attacks",
        "shot 16 times",
        "3: 00 pm",  # a clock time as a wire tokenised it
        "the mother of two",  # her children, not the people an event counts
        "nineteen ninety-one Charles Keating",  # a year as a transcript writes it
    ],
)
def test_no_count(phrase: str) -> None:
    assert parse_count(phrase) is None


def events_of(analysis: Analysis, kind: str, words: str) -> list[Event]:
    text = analysis.article.text
    return [e for e in analysis.events if e.type == kind and words in e.evidence.of(text)]


def one(analysis: Analysis, kind: str, words: str) -> Event:
    found = events_of(analysis, kind, words)
    assert len(found) == 1, (kind, words, found)
    return found[0]


def typed(text: str, published: str) -> tuple[Analysis, list[tuple[str, str]]]:
    """The analysis of a text and its events as (type, trigger word)."""
    analysis = sitroom.analyze(text, published=published)
    return analysis, [(e.type, e.trigger_text) for e in analysis.events]


def count_of(event: Event) -> tuple[int, str] | None:
    return None if event.count is None else (event.count.value, event.count.qualifier)


def test_reference_report_arrests_and_charges(reference_analysis: Analysis) -> None:
    ten = one(reference_analysis, "arrest", "at least ten people were arrested overnight")
    assert count_of(ten) == (10, "at_least") and ten.date is not None and ten.date.value == "2021-01-05TNI"
    assert ten.modality == "attributed"  # the mayor announced it
    gun = one(reference_analysis, "arrest", "arrested for carrying an unlicensed gun")
    assert count_of(gun) == (1, "at_least") and gun.date is not None and gun.date.text == "overnight"
    charged = one(reference_analysis, "charge", "six people were charged with assault")
    assert count_of(charged) == (6, "exact")
    officer = one(reference_analysis, "assault", "assaulting a police officer")
    assert officer.target is not None and officer.target.text == "a police officer"


def test_reference_report_security_measures(reference_analysis: Analysis) -> None:
    guard = one(reference_analysis, "deploy", "National Guard has been called in")
    assert guard.target is not None and guard.target.entity == "National Guard"
    assert guard.modality == "unconfirmed"  # `It is understood`
    curfew = one(reference_analysis, "restrict", "A curfew has been imposed tonight")
    assert curfew.date is not None and curfew.date.value == "2021-01-06TNI"
    assert one(reference_analysis, "lockdown", "sending it into lockdown")
    assert one(reference_analysis, "lockdown", "hide under their desks")
    assert one(reference_analysis, "use_of_force", "tear gas")


def test_reference_report_breach_rally_and_places(reference_analysis: Analysis) -> None:
    stormed = one(reference_analysis, "breach", "have stormed the US capitol")
    assert stormed.actor is not None and stormed.actor.text == "Pro-Trump supporters"
    assert stormed.place is not None and stormed.place.entity == "Capitol"
    inside = one(reference_analysis, "breach", "got inside the US Capitol building")
    assert inside.in_caption and inside.place is not None and inside.place.entity == "Capitol"
    # The caption repeated with another photographer's credit is read once: one event, not two.
    assert len(events_of(reference_analysis, "breach", "try to break through a police barrier")) == 1
    ellipse = one(reference_analysis, "speech", "addressing the rally on the Ellipse")
    assert ellipse.actor is not None and ellipse.actor.entity == "Rudy Giuliani"
    assert ellipse.place is not None and ellipse.place.entity == "Ellipse"
    monument = one(reference_analysis, "rally", "gathered around the Washington Monument")
    assert count_of(monument) == (2000, "range") and monument.place.entity == "Washington Monument"
    places = {p.name: p for p in reference_analysis.places}
    assert places["Capitol"].kind == "landmark" and abs(places["Capitol"].latitude - 38.89) < 0.01
    assert abs(places["Washington, D.C."].longitude + 77.04) < 0.01


def test_reference_report_negation(reference_analysis: Analysis) -> None:
    concede = one(reference_analysis, "statement", "wouldn’t concede")
    assert concede.polarity == "negated"
    defied, oppose = events_of(reference_analysis, "statement", "defied Trump")
    assert (defied.trigger_text, defied.polarity, defied.actor.entity) == ("defied", "asserted", "Mike Pence")
    assert (oppose.trigger_text, oppose.polarity) == ("oppose", "negated")


def test_events_in_questions_and_commands_are_not_events() -> None:
    analysis = sitroom.analyze(
        '"Don\'t shoot him," she said. "Did you shoot him?" Police arrested two men.', published="2016-09-25"
    )
    assert [(e.type, count_of(e)) for e in analysis.events] == [("arrest", (2, "exact"))]


def test_wished_and_urged_acts_are_not_events_but_plans_are() -> None:
    analysis = sitroom.analyze(
        "Fanatics want to attack the city. The group called on its followers to kill civilians. "
        "Activists plan to march on Saturday. There were 24 arrests. Curfew lifted.",
        published="2016-09-25",
    )
    found = [(e.type, e.trigger_text, count_of(e)) for e in analysis.events]
    # the killing urged is no event; the call on the followers is a request (PLOVER's REQUEST, guidelines v3)
    assert found == [
        ("request", "called", None),
        ("protest", "march", None),
        ("arrest", "arrests", (24, "exact")),
        ("restrict", "Curfew", None),
    ]
    march = analysis.events[1]
    assert march.modality == "planned" and march.date is not None and march.date.value == "2016-10-01"


def test_attacks_told_in_many_ways_are_found_and_conditions_are_not() -> None:
    analysis = sitroom.analyze(
        "A truck plowed into the crowd on Thursday night. The driver opened fire on revelers. "
        "At least nine people were killed and 21 were wounded. A girl was pepper-sprayed outside the rally. "
        "The suspect remained in custody. There were a total of 24 arrests. "
        "If they attack us, we will fight back. The truck ran into trouble at the border.",
        published="2016-07-15",
    )
    found = [(e.type, e.trigger_text, count_of(e)) for e in analysis.events]
    assert found == [
        ("assault", "plowed", None),
        ("assault", "opened", None),
        ("assault", "killed", (9, "at_least")),
        ("assault", "wounded", (21, "exact")),
        ("use_of_force", "sprayed", None),
        ("arrest", "remained", None),
        ("arrest", "arrests", (24, "exact")),
    ]
    assert analysis.events[0].date is not None and analysis.events[0].date.value == "2016-07-14TNI"


def test_look_alike_verbs_give_no_event() -> None:
    analysis = sitroom.analyze(
        "The inquiry demonstrated that the plan failed. Cleveland beat out Dallas and Denver. "
        "The FBI does gather official statistics. Crowds refuse to let the weather stop them. "
        "The mayor was not addressing realities. Terrorism threatens the way of life. "
        "Roof is accused of killing nine people. Giuliani was addressing the rally. "
        "Sanders took the stage at a rally in Carson. Protesters asked about the fatal shooting. "
        "He auctioned the gun used to kill Trayvon Martin. "
        "A week after the police shooting of a black man sparked protests, the city is calm.",
        published="2016-07-15",
    )
    found = [(e.type, e.trigger_text) for e in analysis.events]
    assert found == [
        ("charge", "accused"),  # a person accused with no accuser named stands charged (docs/events.md)
        ("assault", "killing"),
        ("speech", "addressing"),
        ("speech", "took"),
        ("assault", "shooting"),
        ("protest", "protests"),
    ]


def test_what_crowds_of_protesters_do_and_protests_planned_are_protests() -> None:
    analysis = sitroom.analyze(
        "Hundreds of demonstrators moved through the city on Saturday. Trump will be greeted by as many as "
        "6,000 protesters. Two marches are planned for Monday. She handcuffed herself to a chair in protest. "
        "Supporters moved to a new office.",
        published="2016-07-15",
    )
    found = [(e.type, e.trigger_text, count_of(e)) for e in analysis.events]
    assert found == [
        ("protest", "moved", (200, "range")),
        ("protest", "greeted", (6000, "at_most")),
        ("protest", "marches", (2, "exact")),
        ("protest", "protest", None),
    ]
    marches = analysis.events[2]
    assert marches.modality == "planned" and marches.date is not None and marches.date.value == "2016-07-18"


def test_shelter_deployments_and_vehicles() -> None:
    analysis = sitroom.analyze(
        "Officials urged people to stay home. As everyone who could sought shelter, the truck struck the crowd. "
        "Organizers added 160 security personnel. The truck plowed through security barriers. "
        "The governor assigned 200 troops to the city. "
        "The schedule struck supporters as unfair.",
        published="2016-07-15",
    )
    found = [(e.type, e.trigger_text) for e in analysis.events]
    assert found == [
        ("request", "urged"),
        ("lockdown", "stay"),
        ("lockdown", "sought"),
        ("assault", "struck"),
        ("deploy", "added"),
        ("breach", "plowed"),
        ("deploy", "assigned"),  # `troops` is compared by its lemma, `troop`
    ]


def test_a_noun_set_before_the_verb_or_called_for_is_not_made_to_happen() -> None:
    analysis = sitroom.analyze(
        "In his statements since then, Sanders has made no attempt to heal it. "
        "The group has called for attacks on civilians. Activists will participate in the march.",
        published="2016-07-15",
    )
    # the call itself is a request (guidelines version 3); the attacks called for are no event
    assert [(e.type, e.trigger_text) for e in analysis.events] == [("request", "called"), ("protest", "march")]


def test_who_in_a_relative_clause_is_the_group_it_stands_for() -> None:
    analysis = sitroom.analyze(
        "The day started early for a group of about 100 people who gathered outside City Hall. "
        "No group has claimed responsibility.",
        published="2016-07-15",
    )
    rally, claim = analysis.events
    assert rally.type == "rally" and count_of(rally) == (100, "approximate")
    assert rally.actor is not None and rally.actor.text == "about 100 people"
    assert claim.type == "statement" and claim.count is None  # speakers are not counted


def test_release_from_arrest_is_not_an_arrest() -> None:
    analysis = sitroom.analyze(
        "She visited the White House on Wednesday, six years after she was released from house arrest.",
        published="2016-09-16",
    )
    assert [e.type for e in analysis.events if e.type == "arrest"] == []


def test_event_spans_point_at_their_words(reference_analysis: Analysis) -> None:
    text = reference_analysis.article.text
    for event in reference_analysis.events:
        assert event.trigger.of(text) == event.trigger_text
        assert event.evidence.start <= event.trigger.start < event.evidence.end
        for who in (event.actor, event.target, event.place):
            if who is not None:
                assert who.span.of(text) == who.text


def test_gazetteer_disambiguates_by_the_article() -> None:
    capitol = resolve_place("Capitol")
    assert capitol is not None and capitol.kind == "landmark"  # not Jerusalem
    assert resolve_place("Washington", states={"DC"}).label.startswith("Washington (DC")
    paris_fr = resolve_place("Paris", countries={"FR"})
    paris_us = resolve_place("Paris", countries={"US"}, states={"TX"})
    assert paris_fr.label.endswith("FR)") and paris_us.label == "Paris (TX, US)"
    michigan = resolve_place("Mich.")
    assert michigan is not None and michigan.kind == "state"


def test_events_are_stored_and_exported(store) -> None:  # type: ignore[no-untyped-def]
    analysis = sitroom.analyze("Police arrested about 20 protesters in Portland on Monday.", published="2020-06-02")
    (event,) = analysis.events
    assert (event.type, count_of(event), event.date.value, event.place.entity) == (
        "arrest",
        (20, "approximate"),
        "2020-06-01",
        "Portland",
    )
    store.save(analysis)
    assert store.analysis(analysis.article.id).events == analysis.events
    assert store.analysis(analysis.article.id).places == analysis.places


def test_every_event_type_and_vague_count_is_documented(reference_analysis: Analysis) -> None:
    from pathlib import Path

    docs = (Path(__file__).resolve().parents[1] / "docs" / "events.md").read_text(encoding="utf-8")
    names = {t.name for t in EVENT_TYPES}
    for name in names:
        assert f"| {name} |" in docs, name
    for words in ("several", "dozens", "hundreds", "thousands", "millions"):
        assert words in VAGUE and f"`{words}`" in docs
    assert {e.type for e in reference_analysis.events} <= names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A hazard's deaths are `other`; an attack's are `assault` (docs/events.md, guidelines v2).
        (
            "A 6.1 magnitude earthquake hit the province on Tuesday. At least 24 people were killed "
            "and more than 200 injured by the quake.",
            [("other", "hit", None), ("other", "killed", (24, "at_least")), ("other", "injured", (200, "at_least"))],
        ),
        (
            "Two bombs exploded outside the embassies, killing at least 81 people and injuring more than 1,700 others.",
            [
                ("other", "exploded", None),
                ("assault", "killing", (81, "at_least")),
                ("assault", "injuring", (1700, "at_least")),
            ],
        ),
        # With no cause in its sentence, a death belongs to the attack or disaster told just before.
        (
            "At least 74 were killed in the bombing in Nairobi. At least seven were reported dead in Dar es Salaam.",
            [("assault", "killed", (74, "at_least")), ("assault", "dead", (7, "at_least"))],
        ),
        (
            "The ferry sank off the coast. His mother and 10 others died at sea.",
            [("other", "sank", None), ("other", "died", (10, "exact"))],
        ),
        ("A bomb went off at the embassy.", [("other", "went", None)]),
        ("At least four bombs were dropped on the camp.", [("assault", "dropped", None)]),
        ("The quake triggered a tsunami.", [("other", "triggered", None)]),
        ("A jury found Jeffs guilty on Thursday.", [("charge", "found", None)]),
        ("The companies declined to comment.", [("statement", "declined", None)]),
        # Nothing is counted where nothing happened, and weapons are never counted.
        ("No one was killed in the attack.", [("assault", "killed", None)]),
        # Not harm: figures of speech and a participle that only names people.
        ("The split will hurt Clinton's chances. The still-jailed journalist wrote again.", []),
        # What a quake breaks, with no cause named, in a report of the quake; no one did it.
        (
            "A strong quake struck the city on Sunday. Power supplies were cut after cracks appeared on the runway.",
            [("other", "struck", None), ("other", "cut", None), ("other", "appeared", None)],
        ),
        # Outside a disaster the same words tell nothing.
        ("Power supplies were cut after cracks appeared in the coalition.", []),
        # A town shaken by a quake is one event, not two; goods knocked down; no reports of injuries.
        (
            "A quake shook the region early Thursday. Cobb was shaken awake by a magnitude 4.6 earthquake that"
            " startled residents. Bottles in the fridge had been knocked to the ground. No reports of injuries have"
            " yet to be indicated by local news.",
            [
                ("other", "shook", None),
                ("other", "shaken", None),
                ("other", "knocked", None),
                ("other", "injuries", None),
            ],
        ),
        # An airliner's crash and the dead it left: an accident, no attack.
        (
            "The Airbus A330 jetliner crashed into the Atlantic Ocean in June, killing all 228 people on board.",
            [("other", "crashed", None), ("other", "killing", (228, "exact"))],
        ),
        # Treatment given beside the hurt treated is harm; damaged or toppled is one incident.
        (
            "A quake hit the province. At least 50 people were hospitalised for broken bones while 300 others were"
            " given outpatient treatment. About 135 homes were badly damaged or toppled in the quakes.",
            [
                ("other", "hit", None),
                ("other", "hospitalised", (50, "at_least")),
                ("other", "given", (300, "exact")),
                ("other", "damaged", None),
            ],
        ),
        # A fire set and the fire spreading, joined by `and`: two events (not `shot and killed`).
        (
            "Authorities believe the fire was set at the entrance of the building and moved inward.",
            [("other", "set", None), ("other", "moved", None)],
        ),
    ],
)
def test_deaths_injuries_and_disasters(text: str, expected: list[tuple[str, str, tuple[int, str] | None]]) -> None:
    analysis = sitroom.analyze(text, published="2013-07-03")
    assert [(e.type, e.trigger_text, count_of(e)) for e in analysis.events] == expected


def _example_rows() -> list[tuple[str, ...]]:
    from sitroom.nlp.lexicon import word_table

    return [row + ("",) * (6 - len(row)) for row in word_table("event_examples")]


@pytest.mark.parametrize("row", _example_rows(), ids=lambda row: row[0][:40])
def test_guideline_examples_of_types_and_codes(row: tuple[str, ...]) -> None:
    sentence, kind, trigger, plover, mode, acled = row
    events = sitroom.analyze(sentence, published="2020-03-02").events
    if kind == "-":
        assert events == (), events
        return
    assert [(e.type, e.trigger_text, e.plover, e.plover_mode, e.acled) for e in events] == [
        (kind, trigger, plover, mode, acled)
    ]


def test_every_plover_type_has_a_guideline_example() -> None:
    from sitroom.nlp.plover import PLOVER_TYPES

    covered = {row[3] for row in _example_rows() if row[1] != "-"}
    assert set(PLOVER_TYPES) <= covered, set(PLOVER_TYPES) - covered


def test_every_acled_sub_event_type_has_a_guideline_example() -> None:
    from sitroom.nlp.plover import ACLED_SUB_EVENTS

    every = {f"{kind} / {sub}" for kind, subs in ACLED_SUB_EVENTS.items() for sub in subs}
    covered = {row[5] for row in _example_rows() if row[1] != "-"}
    assert every <= covered, sorted(every - covered)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("73 people have died in the floods.", [("other", "killed", (73, "exact"))]),
        ("The death toll rose to 12 on Friday.", [("other", "killed", (12, "exact"))]),
        ("Five fishermen are missing after the storm.", [("other", "missing", (5, "exact"))]),
        ("Some 10,000 people were displaced by the floods.", [("other", "displaced", (10000, "approximate"))]),
        ("Police arrested 52 people in all.", [("arrest", "arrested", (52, "exact"))]),
        (
            "A gunman killed three people and wounded five others.",
            [("assault", "killed", (3, "exact")), ("assault", "injured", (5, "exact"))],
        ),
        ("A man was shot to death outside his home.", [("assault", "killed", None)]),
        ("Several shots were fired at the house.", [("assault", "", None)]),  # shots are no people hurt
        ("Police rounded up 40 suspects after the clashes.", [("arrest", "arrested", (40, "exact"))]),
        ("A 32-year-old man was fatally stabbed on Friday night.", [("assault", "killed", None)]),
        ("Three people lost their lives in the floods.", [("other", "killed", (3, "exact"))]),
        (
            "Two persons were injured when the police opened fire on a mob.",  # not a fire that burns
            [("assault", "injured", (2, "exact")), ("assault", "", None)],
        ),
    ],
)
def test_casualties_say_what_their_count_counts(text: str, expected: list) -> None:
    events = sitroom.analyze(text, published="2020-01-01").events
    assert [(e.type, e.casualty, count_of(e)) for e in events] == expected


def test_killed_and_injured_are_tallied_apart_across_reports() -> None:
    from sitroom.corpus.timeline import build_timeline, tallies, tally_text

    first = sitroom.analyze(
        "At least 24 people were killed and 200 injured by the quake on Tuesday.", published="2013-07-03"
    )
    later = sitroom.analyze("The death toll has risen to 41, and 310 people were injured.", published="2013-07-04")
    timeline = build_timeline([(first, None), (later, None)])
    assert {(t.casualty, t.count_role) for t in timeline} >= {
        ("killed", "figure"),
        ("killed", "total"),
        ("injured", "figure"),
    }
    (killed,) = [t for t in tallies(timeline) if t.casualty == "killed"]
    assert killed.latest.quantity.value == 41
    assert tally_text(killed).startswith("killed: 41 in all")


def test_a_clock_time_falls_on_the_day_its_clause_names() -> None:
    (event,) = sitroom.analyze(
        "The first quake struck at 4:43 a.m. local time on Sunday.", published="2011-11-10"
    ).events
    assert event.date is not None and event.date.value == "2011-11-06T04:43" and event.date.text == "4:43 a.m."
    (today,) = sitroom.analyze("Troops attacked the camp at 2:53 p.m. local time today.", published="2011-11-10").events
    assert today.date is not None and today.date.value == "2011-11-10T14:53"


def test_every_event_says_which_rule_made_it(reference_analysis: Analysis) -> None:
    assert all(e.source for e in reference_analysis.events)
    found = {(e.type, e.source) for e in reference_analysis.events}
    assert ("arrest", "verb list: arrest") in found
    assert any(source.startswith("noun made to happen:") for _, source in found)


def test_actor_kinds_and_forecasts() -> None:
    from sitroom.nlp.actors import actor_kind

    assert actor_kind("eight plainclothes RCMP officers") == "state forces: police"
    assert actor_kind("the Indonesian air force") == "military"
    assert actor_kind("Hundreds of protesters") == "protesters"
    assert actor_kind("The Cuban government") == "government"
    assert actor_kind("Pro-Trump supporters") == ""
    # A weather service's warning is a forecast, not a threat; an army's is a threat.
    forecast = sitroom.analyze(
        "The weather service warned that more rain was expected tonight.", published="2020-01-01"
    )
    assert [e.type for e in forecast.events] == []
    threat = sitroom.analyze("The army warned of reprisals.", published="2020-01-01")
    assert [e.type for e in threat.events] == ["threaten"]


def test_an_attacker_named_in_the_phrase_that_says_how_is_the_actor() -> None:
    for text in ("Four people were killed in police firing in the town.", "Two protesters died in a police shooting."):
        (event,) = sitroom.analyze(text, published="2020-01-01").events
        assert event.type == "assault" and event.actor is not None and event.actor.text == "police", text
    (plain,) = sitroom.analyze("He was killed in a deadly shooting.", published="2020-01-01").events
    assert plain.actor is None


def test_a_noun_s_own_by_phrase_names_its_actor_and_a_target_named_no_one() -> None:
    (probe,) = sitroom.analyze(
        "The price cut follows an investigation by the European Commission.", published="2008-01-09"
    ).events
    assert probe.type == "investigate" and probe.actor is not None and probe.actor.text == "the European Commission"
    (strike,) = sitroom.analyze(
        "A refugee camp was the target of an air strike on Thursday, a witness said.", published="2011-11-10"
    ).events
    assert strike.type == "assault" and strike.actor is None  # the witness tells of it
    (deadline,) = sitroom.analyze("An investigation by Friday was demanded.", published="2008-01-09").events
    assert deadline.actor is None or deadline.actor.text != "Friday"


def test_a_participle_set_off_by_commas_is_told_and_its_noun_did_not_do_it() -> None:
    # misparsed with `announced` as the verb and `disclosed` joined to it
    analysis = sitroom.analyze(
        "Financial details of the acquisition, announced Nov. 12, were not disclosed.", published="2007-11-12"
    )
    announced, disclosed = sorted(analysis.events, key=lambda e: e.trigger.start)
    assert (announced.trigger_text, announced.actor) == ("announced", None)
    assert announced.date is not None and announced.date.value == "2007-11-12"
    assert (disclosed.trigger_text, disclosed.polarity) == ("disclosed", "negated")


def test_who_did_it_read_across_a_name_a_passive_and_a_statement() -> None:
    (announced,) = sitroom.analyze(
        "The United States automobile manufacturing firm General Motors announced on Wednesday that it had failed.",
        published="2009-05-28",
    ).events
    assert announced.actor is not None and announced.actor.text.endswith("firm General Motors")
    (launched,) = sitroom.analyze(
        "Apple Computer was started by Steve Jobs in 1976, and launched the iTunes Music Store in 2003.",
        published="2006-03-28",
    ).events
    assert launched.actor is not None and launched.actor.text == "Apple Computer"
    (statement,) = sitroom.analyze(
        "A statement from Apple Computer stated that the two now differ.", published="2006-03-28"
    ).events
    assert statement.actor is not None and statement.actor.text == "Apple Computer"
    (coming,) = sitroom.analyze("The BlackBerry Q10 is coming to their network.", published="2013-05-14").events
    assert coming.actor is None  # the phone is what comes, not who releases it


def test_an_infinitive_of_purpose_takes_the_date_of_what_was_done_for_it() -> None:
    (strike,) = sitroom.analyze(
        "Union officials said nearly 14,000 employees had a two hour work stoppage Wednesday afternoon"
        " to protest the cuts.",
        published="2007-02-28",
    ).events
    assert strike.type == "protest" and strike.date is not None and strike.date.value == "2007-02-28TAF"
    assert count_of(strike) == (14000, "approximate")


def test_a_copula_heading_a_relative_clause_is_the_clause_of_its_noun() -> None:
    # `200 others who follow Jeffs, who is in jail`: Jeffs is in jail, not the 200 who follow him
    analysis = sitroom.analyze(
        "There are about 300 Americans there who are loyal to Blackmore and 200 others who follow Jeffs,"
        " who is in jail awaiting trial in Arizona.",
        published="2009-01-07",
    )
    jail = one(analysis, "arrest", "in jail")
    assert jail.count is None and jail.target is not None and jail.target.text == "Jeffs"


def test_an_actor_s_country_is_the_one_its_words_name() -> None:
    from sitroom.nlp.actors import actor_country
    from sitroom.serialize import event_to_dict

    assert actor_country("Sudan Armed Forces") == "Sudan"
    assert actor_country("the South Sudanese army") == "South Sudan"
    assert actor_country("U.S. troops") == "United States"
    assert actor_country("let us go") == ""
    analysis = sitroom.analyze("Israeli soldiers arrested three Palestinian protesters.", published="2020-01-01")
    (arrest,) = analysis.events
    row = event_to_dict(arrest, analysis.article.text)
    assert (row["actor"]["kind"], row["actor"]["country"]) == ("military", "Israel")
    assert (row["target"]["kind"], row["target"]["country"]) == ("protesters", "Palestinian Territory")


def test_an_event_is_where_its_own_phrase_puts_it_not_whose_building_it_was() -> None:
    import sitroom

    analysis = sitroom.analyze(
        "NAIROBI, Kenya (AP) _ Two bombs exploded outside the U.S. embassy in Nairobi on Friday, killing at"
        " least 81 people.\n\nA gunman shot a doctor at his home in Amherst on Friday.",
        published="1998-08-07",
    )
    exploded, killing, shot = (
        next(e for e in analysis.events if e.trigger_text == word) for word in ("exploded", "killing", "shot")
    )
    # `the U.S. embassy in Nairobi` is in Nairobi: the country names whose embassy it is.
    assert exploded.place is not None and exploded.place.text == "Nairobi" and not exploded.place_inherited
    # The killing told by a participle is where the bombs went off.
    assert killing.place == exploded.place and not killing.place_inherited
    # `his home in Amherst`: the home is the site, Amherst the place.
    assert shot.place is not None and shot.place.entity == "Amherst"


def test_a_town_the_sentence_names_outweighs_the_dateline() -> None:
    import sitroom

    analysis = sitroom.analyze(
        "WASHINGTON (AP) -- DNA tests link a missing activist to hair found near where a sniper shot and"
        " killed a Buffalo, N.Y., doctor, an official said Friday.",
        published="1999-01-22",
    )
    (killed,) = (e for e in analysis.events if e.type == "assault")
    assert killed.place is not None and killed.place.entity == "Buffalo" and killed.place_inherited


PAPUA = (
    "A 7.3-magnitude tremor was felt as far away as Australia and sent small tsunamis into Japan.\n\n"
    "The quakes killed three people in Manokwari, where a hotel collapsed.\n\n"
    "Another 19 patients at the hospital were treated, and fires damaged 18 houses in the main city."
)


@pytest.mark.parametrize(
    ("text", "published", "trigger", "town"),
    [
        # The lead names only countries; the report's events happen in Manokwari.
        (PAPUA, "2009-01-04", "treated", "Manokwari"),
        # `the main city` names no place: the event takes the report's, not a description it cannot map.
        (PAPUA, "2009-01-04", "damaged", "Manokwari"),
        # A local report whose events name no town is where the police it quotes are.
        (
            "Police arrested two teens after a shooting near Lincoln High School on Tuesday.\n\n"
            "The victim was taken to a hospital, where he died. Tacoma police are investigating.",
            "2016-05-03",
            "arrested",
            "Tacoma",
        ),
        # A country is too wide: the town of it the report names.
        (
            "Two bombs went off at the embassy in Tanzania on Friday, officials said.\n\n"
            "Rescuers searched the rubble in Dar es Salaam through the night.",
            "1998-08-07",
            "went",
            "Dar es Salaam",
        ),
    ],
)
def test_an_event_with_no_town_of_its_own_takes_the_reports(text: str, published: str, trigger: str, town: str) -> None:
    analysis = sitroom.analyze(text, published=published)
    event = next(e for e in analysis.events if e.trigger_text == trigger)
    assert event.place is not None and (event.place.entity, event.place_inherited) == (town, True)


def test_old_killings_after_a_lead_that_speaks_of_no_harm_are_recalled() -> None:
    from sitroom.nlp.tolls import report_tolls

    closed = sitroom.analyze(
        "ATLANTA (AP) --\n\nAn Internet provider closed a web site on Thursday.\n\n"
        "Its creator said Friday that he would seek a new provider.\n\n"
        "A jury ruled this week that such sites are threats.\n\n"
        "Last October Dr. Barnett Slepian was gunned down by sniper fire in his home outside Buffalo, N.Y.",
        published="1999-02-06",
    )
    assert dict(report_tolls(closed)) == {}  # the report is about the site; the killing is recalled
    follow_up = sitroom.analyze(
        "Police arrested a man on Tuesday in the killing of a doctor.\n\n"
        "He was charged on Wednesday.\n\nThe suspect denied it.\n\n"
        "Last October Dr. Barnett Slepian was gunned down by sniper fire in his home outside Buffalo, N.Y.",
        published="1999-02-06",
    )
    assert report_tolls(follow_up).get("killed") == 1  # a lead of the killing: it is the report's
    riots = sitroom.analyze(
        "They gripped rocks and stones, looking ready for a fight.\n\n"
        '"The system has failed us," said one young man.\n\n'
        "Greece has been shaken by a rebellion for more than a week.\n\n"
        "A teenager was killed by police on Dec. 6 in Athens, which touched off the first riots.\n\n"
        "Then something else stirred.\n\n"
        "They looted businesses and pelted police with stones.\n\nAbout 100 people have been injured.",
        published="2008-12-15",
    )
    # the killing that touched off the week of riots is recalled; the riots' injured are the report's
    assert dict(report_tolls(riots)) == {"injured": 100}


def test_everyone_out_safely_is_no_one_hurt() -> None:
    from sitroom.nlp.tolls import report_tolls

    fire = sitroom.analyze(
        "Firefighters found flames and smoke coming out windows at the back of the church.\n\n"
        "Five women were inside working on crafts, but everyone got out safely after a fire alarm alerted them.",
        published="2008-12-13",
    )
    assert dict(report_tolls(fire)) == {"injured": 0}
    evacuated = sitroom.analyze(
        "Firefighters found flames in the church. Everyone was evacuated.", published="2008-12-13"
    )
    assert dict(report_tolls(evacuated)) == {}  # leaving is not said to be unhurt


def test_what_follows_a_placed_incident_in_its_paragraph_happens_there() -> None:
    analysis = sitroom.analyze(
        "Officials in California are warning residents of landslides.\n\n"
        "In Los Angeles that lesson was brought home today when tons of earth cascaded down a hillside, "
        "ripping two houses from their foundations. No one was hurt, but firefighters ordered the "
        "evacuation of nearby homes. In the northern California town of Rio Nido, a slab of hillside "
        "could still break loose.",
        published="1998-02-13",
    )
    places = {e.trigger_text: e.place.text if e.place else None for e in analysis.events}
    assert places["cascaded"] == places["ripping"] == "Los Angeles"
    assert places["hurt"] == places["evacuation"] == "Los Angeles"
    assert places["break"] != "Los Angeles"  # its own sentence has moved on to another town


def test_a_town_in_the_actors_phrase_and_a_town_with_its_province() -> None:
    ruled = sitroom.analyze(
        "ATLANTA (AP) --\n\nThe Portland, Ore., jury ruled that such sites are threats.", published="1999-02-06"
    )
    (ruling,) = ruled.events
    assert ruling.place is not None and ruling.place.entity == "Portland" and ruling.place_inherited
    filed = sitroom.analyze(
        "Two leaders were arrested in Canada.\n\nThe charges were filed Tuesday in Creston, British Columbia.",
        published="2009-01-07",
    )
    charge = next(e for e in filed.events if e.type == "charge")
    creston = next(p for p in filed.places if p.name == "Creston")
    assert charge.place is not None and charge.place.entity == "Creston"
    assert round(creston.latitude) == 49 and round(creston.longitude) == -117  # British Columbia, not Iowa


def test_a_reports_tolls_are_its_own_incidents_not_the_ones_it_recalls() -> None:
    from sitroom.nlp.tolls import report_tolls

    quake = sitroom.analyze(
        "At least 24 people were killed and more than 200 injured by the quake, which struck Aceh on Tuesday.\n\n"
        '"We have recorded 24 people dead and 249 people injured," a disaster agency spokesman said.\n\n'
        "In 2004, a magnitude 9.1 quake off Indonesia triggered a tsunami that killed some 230,000 people.",
        published="2013-07-03",
    )
    assert dict(report_tolls(quake)) == {"killed": 24, "injured": 249}  # the largest figure of its own quake
    munich = sitroom.analyze(
        "On Friday, at least nine people were killed and 21 were wounded in an attack in Munich.\n\n"
        "The attack in Munich is now one of many which have occurred in recent weeks and follows upon the heels"
        " of the Bastille Day attack in Nice, France — where 84 were killed and roughly 200 wounded.",
        published="2016-07-23",
    )
    assert dict(report_tolls(munich)) == {"killed": 9, "injured": 21}  # not Nice's, in another town
    memorial = sitroom.analyze(
        "A sniper shot and killed a doctor in Amherst on Friday, police said.\n\n"
        "A nurse who was critically injured in the 1998 abortion clinic bombing in Birmingham attended.",
        published="1999-10-24",
    )
    assert dict(report_tolls(memorial)) == {"killed": 1}  # the nurse was hurt in another incident
    calm = sitroom.analyze(
        "A magnitude 4.6 earthquake struck near Healdsburg on Thursday morning.\n\n"
        "There were no reports of damage or injuries.",
        published="2013-03-14",
    )
    assert dict(report_tolls(calm)) == {"injured": 0}  # said to be none; no word on deaths
    strikes = sitroom.analyze(
        "WELLINGTON, New Zealand (AP) _\n\nNew Zealand said Friday the United States had the right to act.\n\n"
        "The minister said terrorism kills innocent people.\n\n"
        "U.S. forces Thursday launched cruise missile strikes against camps in Afghanistan.\n\n"
        "The embassy bombings, on Aug. 7, killed 247 people in Kenya. More than 5,500 people were injured.",
        published="1998-08-20",
    )
    assert dict(report_tolls(strikes)) == {}  # its lead's strikes harmed no one it counts; the bombings are recalled
    bombed = sitroom.analyze(
        "The camp was bombed on Thursday.\n\nThere have been no casualties or fatalities confirmed.",
        published="2011-11-15",
    )
    assert dict(report_tolls(bombed)) == {"killed": 0, "injured": 0}  # casualties are both
    sniper = sitroom.analyze(
        "A sniper shot and killed a doctor in Amherst on Friday, police said.", published="1998-10-24"
    )
    assert report_tolls(sniper).get("killed") == 1
    from sitroom.serialize import analysis_to_dict

    assert analysis_to_dict(quake)["tolls"] == {"killed": 24, "injured": 249}  # in `show --json` and exports


def test_harm_with_no_cause_named_is_of_the_kind_the_report_first_told() -> None:
    quake = sitroom.analyze(
        "A strong earthquake struck Aceh province on Tuesday.\n\n"
        "The agency said schools would stay closed.\n\n"
        '"Many people were injured but it is difficult to reach them," a resident said.',
        published="2013-07-02",
    )
    assert [e.type for e in quake.events if e.casualty == "injured"] == ["other"]  # the quake's, not an attack
    bombing = sitroom.analyze(
        "Gunmen opened fire on a market in the city on Tuesday.\n\n"
        "The agency said schools would stay closed.\n\n"
        "Many people were injured.\n\nTwo men died at sea the same night.",
        published="2013-07-02",
    )
    kinds = {e.casualty: e.type for e in bombing.events if e.casualty}
    assert kinds == {"injured": "assault", "killed": "other"}  # `died` names no killer, whatever came first


def test_requests_attempts_and_things_assembled() -> None:
    gao = sitroom.analyze(
        "The GAO issued a non-binding recommendation that the Air Force re-open the competition.\n\n"
        "Cuba's government exhorted citizens to keep rallying.\n\n"
        "The delay imperils the plan to assemble the planes in Mobile, Alabama.\n\n"
        "He spoke of 40 years of sabotage and attempts to kill President Fidel Castro.",
        published="2008-07-02",
    )
    assert [(e.type, e.trigger_text) for e in gao.events] == [("request", "recommendation"), ("request", "exhorted")]
    tried = sitroom.analyze(
        "Their efforts to arrest the leaders failed.\n\nHe made a bid to kill the king.", published="2008-07-02"
    )
    assert tried.events == ()  # an act only attempted is not done


def test_running_totals_told_by_the_number_of_people_harmed_or_held() -> None:
    from sitroom.nlp.counts import count_role

    said = {
        "The number of people arrested has gone up to 1,587.": ("arrest", "arrested", 1587),
        "The explosions killed at least 110 people, and the number injured topped 2,200.": ("assault", "injured", 2200),
        "The number of dead stands at 40 after the floods.": ("other", "killed", 40),
    }
    for text, (kind, casualty, value) in said.items():
        events = sitroom.analyze(text, published="2013-07-02").events
        total = [e for e in events if e.count is not None and e.count.value == value]
        assert [(e.type, e.casualty) for e in total] == [(kind, casualty)], text
        figure = total[0].count
        assert count_role(text, figure.span.start, figure.span.end) == "total", text
        # a total that topped a figure is more than it; one that stands at or rose to it, it
        assert figure.qualifier == ("at_least" if "topped" in text else "exact"), text
    # people known already and named by what happened to them stay background
    assert sitroom.analyze("The 49 people killed at Pulse were remembered.", published="2016-07-02").events == ()


def test_the_doer_of_a_gerund_after_a_preposition_and_of_a_weapon_with_an_owner() -> None:
    convicted = sitroom.analyze(
        "The jury deliberated almost seven hours Thursday before convicting Christopher Simpson.",
        published="2013-09-28",
    )
    (charge,) = convicted.events
    assert charge.actor is not None and charge.actor.text == "The jury"  # the subject of the clause it hangs on
    shot = sitroom.analyze("He was killed by a sniper's bullet a year ago.", published="1999-10-24")
    (killed,) = shot.events
    assert killed.actor is not None and "sniper" in killed.actor.text  # the bullet is no one; its owner is
    quake = sitroom.analyze("Three people were killed by the quake.", published="2013-07-02")
    assert [e.actor for e in quake.events] == [None]  # a hazard has no owner and is no one
    held = sitroom.analyze(
        "Page was institutionalized in a mental facility after attacking a woman with a knife.",
        published="2008-12-12",
    )
    attack = next(e for e in held.events if e.type == "assault")
    assert attack.actor is not None and attack.actor.text == "Page"  # the passive subject did the gerund too


def test_a_lathi_charge_is_force_used_by_the_police() -> None:
    analysis = sitroom.analyze("Police lathi-charged the protesters, injuring 12.", published="1990-03-02")
    charge, injuring = analysis.events
    assert (charge.type, charge.actor.text if charge.actor else None) == ("use_of_force", "Police")
    assert (injuring.type, injuring.casualty, count_of(injuring)) == ("assault", "injured", (12, "exact"))


def test_the_accused_act_is_not_done_by_the_accuser() -> None:
    analysis = sitroom.analyze("Iran accused Israel of killing its nuclear scientist.", published="2020-11-28")
    killing = next(e for e in analysis.events if e.trigger_text == "killing")
    assert killing.actor is None or killing.actor.text != "Iran"


def test_a_date_told_once_for_the_dead_and_the_hurt_is_each_ones() -> None:
    analysis = sitroom.analyze(
        "INDIANAPOLIS, Ind. – Two people were killed and three others were injured in a shooting Saturday night.",
        published="1995-04-12",
    )
    assert [(e.casualty, e.date.value if e.date else None) for e in analysis.events] == [
        ("killed", "1995-04-08TNI"),
        ("injured", "1995-04-08TNI"),
    ]


def test_a_date_told_on_the_death_of_shot_and_killed_and_inside_according_to_is_the_events() -> None:
    analysis = sitroom.analyze(
        "The teenager was shot and killed by police in Athens eight days ago.\n\n"
        "According to an advisory issued today, the flaw is a remote code bug.",
        published="2008-12-14",
    )
    assert [(e.type, e.date.value if e.date else None) for e in analysis.events] == [
        ("assault", "2008-12-06"),
        ("statement", "2008-12-14"),
    ]


def test_a_quake_s_damage_read_as_an_adjective_its_distance_and_a_joined_participle_s_date() -> None:
    analysis = sitroom.analyze(
        "A 5.6 magnitude earthquake hit an island off Iran's southern coast on Sunday, injuring five people "
        "and damaging buildings.\n\n"
        "Five people were injured by the quake, which struck seven km east of Dargahan.\n\n"
        "A quake struck southern Iran in September, killing at least seven people and injuring 40.",
        published="2008-12-07",
    )
    got = [
        (e.trigger_text, e.count.value if e.count else None, e.date.value if e.date else None) for e in analysis.events
    ]
    assert ("damaging", None, "2008-12-07") in got
    assert ("struck", None, "2008-12-07") in got  # seven km is no one counted
    assert ("injuring", 40, "2008-09") in got  # the date of the participle it is joined to


def test_what_is_said_about_a_place_is_not_said_there() -> None:
    analysis = sitroom.analyze(
        "HAVANA (AP) --\n\nThe Cuban government on Friday condemned the bombings in Kenya.", published="1998-08-08"
    )
    (condemned,) = [e for e in analysis.events if e.type == "statement"]
    assert condemned.place is not None and condemned.place.text == "HAVANA" and condemned.place_inherited


def test_an_event_told_in_a_relative_clause_happens_where_the_noun_it_describes_did() -> None:
    analysis = sitroom.analyze(
        "JOHANNESBURG, August 7 (Xinhua) -- South Africa deplored Friday the bomb blasts at the U.S. "
        "embassies in Kenya which killed scores of people and injured more than 1,000 others.",
        published="1998-08-07",
    )
    harms = [e for e in analysis.events if e.type == "assault"]
    assert [(e.trigger_text, e.place.entity if e.place else None) for e in harms] == [
        ("killed", "Kenya"),
        ("injured", "Kenya"),
    ]


def test_deaths_in_a_blast_are_the_attacks_in_a_report_of_one_and_the_accidents_in_another() -> None:
    bombing = sitroom.analyze(
        "The bombs killed 224 people at two embassies.\n\nThe bombs went off almost simultaneously.\n\n"
        "Eleven people, none of them Americans, died in the blast in Dar es Salaam.",
        published="1999-10-08",
    )
    accident = sitroom.analyze(
        "A gas main exploded under a street in Leeds on Monday.\n\nTwo people died in the blast.",
        published="1999-10-08",
    )
    assert [e.type for e in bombing.events if e.trigger_text == "died"] == ["assault"]
    assert [e.type for e in accident.events if e.trigger_text == "died"] == ["other"]


def test_buildings_damaged_with_no_cause_named_are_the_disasters_damage_and_no_count() -> None:
    quake = sitroom.analyze(
        "A strong earthquake struck Aceh on Tuesday.\n\nAt least 10 houses were damaged in Takengon.\n\n"
        # the subject parsed as a phrase of the verb, and villages hit
        "On Qeshm island, between half and two - thirds of homes in five villages had been damaged, officials"
        " said.\n\nThe governor said five villages had been badly hit.",
        published="2013-07-02",
    )
    raid = sitroom.analyze(
        "Gunmen attacked the village on Tuesday.\n\nTen houses were destroyed. Five villages had been badly hit.",
        published="2013-07-02",
    )
    damage = [(e.type, e.trigger_text, e.count) for e in quake.events if e.trigger_text in {"damaged", "hit"}]
    assert damage == [("other", "damaged", None), ("other", "damaged", None), ("other", "hit", None)]
    assert [e.trigger_text for e in raid.events] == ["attacked"]  # an attack's damage is no disaster's


def test_a_sport_report_s_blows_are_play_and_its_arrests_are_still_arrests() -> None:
    fight = (
        "Klitschko defended his heavyweight crown by a seventh-round knockout on Saturday.\n\n"
        "Rahman looked reinvigorated in the fourth round, using his whole torso to make ambitious attacks.\n\n"
        "Klitschko dropped Rahman early in the sixth with two hard lefts, and the referee stepped in.\n\n"
        "On the undercard, a boxer was arrested by police after the bout."
    )
    events = sitroom.analyze(fight, published="2008-12-14").events
    assert [(e.type, e.trigger_text) for e in events] == [("arrest", "arrested")]
    # the play of a fight and of a game, the sport words in the report (its headline counts)
    bout = sitroom.analyze(
        "Klitschko landed 178 of 369 punches thrown. He has held a belt since beating Chris Byrd for the IBF"
        " version. By the sixth round Rahman looked tired and clearly beaten. Rahman famously beat Lennox"
        " Lewis to become heavyweight champion in 2001.",
        published="2008-12-14",
        title="Klitschko (52-3, 46 KOs) stops Rahman to retain the heavyweight titles; the referee steps in",
    )
    game = sitroom.analyze(
        "Jackson was held without a catch last week. Luck marched Indy to the Chiefs 7 and rallied his team"
        " to victory in the fourth quarter with a touchdown pass, the rookie quarterback putting the Colts in the"
        " playoffs.",
        published="2012-12-23",
    )
    assert bout.events == () and game.events == ()
    # one sport word is no sport report: an attack told there is still one
    street = "Rahman was attacked outside the arena after the bout."
    assert [e.type for e in sitroom.analyze(street, published="2008-12-14").events] == ["assault"]


def test_a_death_after_a_vehicle_struck_her_is_an_attack_and_the_driver_who_hit_her_its_doer() -> None:
    analysis = sitroom.analyze(
        "Police say a woman died after being struck by a vehicle in Queens Friday night and that officers"
        " arrested the driver who hit her a few blocks away.",
        published="2013-09-14",
    )
    told = {e.trigger_text: (e.type, e.actor.text if e.actor else None) for e in analysis.events}
    assert told["died"] == ("assault", None) and told["struck"] == ("assault", None)
    assert told["hit"] == ("assault", "the driver") and told["arrested"] == ("arrest", "officers")


def test_where_a_reporter_speaks_from_is_not_where_the_events_happened() -> None:
    analysis = sitroom.analyze(
        "A powerful earthquake hit Qeshm island on Sunday, killing at least 10 people.\n\n"
        "The BBC's Frances Harrison in Tehran says a number of children suffered broken legs as they rushed to"
        " evacuate their school.",
        published="2005-11-28",
    )
    places = _places_by_word(analysis)
    assert places["suffered"][0] != "Tehran" and places["evacuate"][0] != "Tehran"


def test_a_year_naming_an_incident_is_no_count() -> None:
    analysis = sitroom.analyze(
        "The 2004 tsunami that killed about 230,000 people was triggered by a quake.", published="2013-07-02"
    )
    assert [
        (e.trigger_text, e.count.value if e.count else None) for e in analysis.events if e.trigger_text == "killed"
    ] == [("killed", 230000)]
    assert all(e.count is None or e.count.value != 2004 for e in analysis.events)


def test_quakes_and_the_bombs_a_number_stands_for_are_not_counted() -> None:
    quakes = sitroom.analyze(
        "Altogether, 23 quakes occurred Sunday. Two aftershocks followed.\n\nThe quake killed five people.",
        published="2009-01-04",
    )
    assert [(e.trigger_text, e.count.value if e.count else None) for e in quakes.events] == [
        ("quakes", None),
        ("aftershocks", None),
        ("killed", 5),
    ]
    bombs = sitroom.analyze(
        "Four bombs were dropped on the camp. Of the bombs that landed inside the camp, one detonated near the "
        "school.\n\nThree other bombs exploded outside: two landed and exploded on the outskirts.",
        published="2011-11-15",
    )
    told = [(e.type, e.trigger_text, e.count) for e in bombs.events]
    assert ("other", "detonated", None) in told and ("assault", "landed", None) in told
    assert [t for t in told if t[1] in {"exploded", "landed"}][-1:] == [("other", "exploded", None)]
    assert sum(1 for t in told if t[1] == "landed") == 1  # landed and exploded: one event, the explosion


def test_an_incident_whose_relative_clause_kills_is_one_event_with_its_count() -> None:
    analysis = sitroom.analyze(
        "He also is charged in three Atlanta attacks, including the 1996 Olympic bombing that killed one person.",
        published="1999-05-07",
    )
    harms = [(e.trigger_text, e.count.value if e.count else None) for e in analysis.events if e.type == "assault"]
    assert harms == [("killed", 1)]


def test_a_quake_happens_at_the_point_its_report_places_by_distance_and_bearing() -> None:
    analysis = sitroom.analyze(
        "A magnitude 6.1 earthquake struck Indonesia's Aceh province on Tuesday, killing at least one.\n\n"
        "The epicenter was located 34 miles west of the town of Bireun, near the western coast of Sumatra.",
        published="2013-07-02",
    )
    (point,) = [p for p in analysis.places if p.kind == "offset"]
    assert point.name == "34 miles west of the town of Bireun"
    # Bireun is at 5.203 N, 96.701 E: 55 km due west
    assert abs(point.latitude - 5.203) < 0.01 and abs(point.longitude - 96.207) < 0.01
    struck = next(e for e in analysis.events if e.trigger_text == "struck")
    assert struck.place is not None and struck.place.entity == point.name and struck.place_inherited


def test_a_quake_measured_from_two_towns_is_at_its_point_and_a_town_its_sentence_names_is_its_own() -> None:
    analysis = sitroom.analyze(
        "A strong earthquake struck Aceh today, injuring at least 50 people.\n\n"
        "The quake hit inland at 0737 GMT, 55 kilometres south of Bireun and 72 kilometres southeast of Reuleuet.\n\n"
        "People also ran out of buildings in panic in the provincial capital Banda Aceh as the quake shook houses.",
        published="2013-07-02",
    )
    points = {p.name for p in analysis.places if p.kind == "offset"}
    hit = next(e for e in analysis.events if e.trigger_text == "hit")
    # the point measured from the town the sentence names, not the town itself
    assert hit.place is not None and hit.place.entity in points and not hit.place_inherited
    assert hit.date is not None and hit.date.value == "2013-07-02T07:37"
    shook = next(e for e in analysis.events if e.trigger_text == "shook")
    assert shook.place is not None and shook.place.entity == "Banda Aceh"


def test_a_distance_in_words_places_a_quake_and_a_town_it_struck_outside_is_not_where_it_struck() -> None:
    analysis = sitroom.analyze(
        "A California earthquake has erupted outside Santa Rosa.\n\n"
        "The quake began early Thursday four miles west of Cobb, twenty - six miles north of Santa Rosa.",
        published="2013-03-14",
    )
    points = {p.name: p for p in analysis.places if p.kind == "offset"}
    assert set(points) == {"four miles west of Cobb", "twenty - six miles north of Santa Rosa"}
    # Santa Rosa is at 38.440 N, 122.714 W: 26 miles (41.8 km) due north
    north = points["twenty - six miles north of Santa Rosa"]
    assert abs(north.latitude - (38.440 + 41.84 / 111.0)) < 0.01 and abs(north.longitude + 122.714) < 0.01
    erupted = analysis.events[0]  # `earthquake`, made to happen by `erupted`
    # `outside Santa Rosa` measures from the town: the report's point, inherited
    assert erupted.trigger_text == "earthquake" and erupted.place is not None
    assert erupted.place.entity == "four miles west of Cobb" and erupted.place_inherited


def test_a_quake_report_tells_the_people_it_shakes_and_wakes_and_the_aftershocks_that_follow() -> None:
    analysis = sitroom.analyze(
        "A 4.6-magnitude earthquake rattled Northern California overnight Thursday, shaking residents "
        "from San Francisco to north of Sacramento.\n\n"
        "USGS measurements indicated at least 20 smaller earthquakes followed throughout the morning.\n\n"
        "There were no immediate reports of damage, the newspaper said.\n\nBut it woke people up.",
        published="2013-03-14",
    )
    told = [(e.trigger_text, e.type, e.actor, e.date.value if e.date else None) for e in analysis.events]
    # the night into Thursday, carried from paragraph to paragraph as the guidelines date them
    night = "2013-03-13TNI"
    assert told == [
        ("rattled", "other", None, night),
        ("shaking", "other", None, night),
        ("followed", "other", None, night),
        ("damage", "other", None, night),
        ("woke", "other", None, night),  # `it` is the quake, no one who did it
    ]
    # outside a disaster's report, people shaken and woken are no event
    assert sitroom.analyze("He shook hands with the mayor. It woke people up.", published="2013-03-14").events == ()


def test_a_county_puts_a_report_in_the_us_and_a_small_town_of_its_state_outranks_a_namesake_abroad() -> None:
    analysis = sitroom.analyze(
        "The temblor occurred at 9:27 a.m., 13 miles east of Cloverdale.\n\n"
        "The quake caught the attention of people in Cobb, a small community in Lake County.",
        published="2009-01-04",
    )
    (cloverdale,) = [p for p in analysis.places if p.name == "Cloverdale"]
    # Cloverdale, California (38.805 N, 123.017 W), not the Cloverdale of British Columbia (49.1 N)
    assert abs(cloverdale.latitude - 38.805) < 0.01 and abs(cloverdale.longitude + 123.017) < 0.01
    occurred = next(e for e in analysis.events if e.trigger_text == "occurred")
    assert occurred.place is not None and occurred.place.entity == "13 miles east of Cloverdale"


def test_a_town_a_person_is_from_is_not_where_the_report_s_events_happened() -> None:
    analysis = sitroom.analyze(
        "Trial is set for June 17 for Christopher Kenyon Simpson, who is accused of fatally shooting "
        "Ka'Loni Marie Flynn of Fort Smith, Ark.\n\n"
        "Flynn's body was found in a car near Spiro on April 9.\n\n"
        "Prosecutors allege Simpson shot Flynn after she told him she was pregnant.",
        published="2013-06-01",
    )
    placed = {e.trigger_text: e.place.entity if e.place else None for e in analysis.events if e.type == "assault"}
    # Fort Smith is Flynn's home; the shooting is told where the body was found
    assert placed == {"shooting": "Spiro", "shot": "Spiro"}


def test_a_quake_report_counts_people_not_homes_and_keeps_a_clause_after_a_clock_time_whole() -> None:
    analysis = sitroom.analyze(
        "The quake struck off the coast at 7:48 a.m. local time, 75 kilometers west of Manokwari.\n\n"
        "At least five people were killed, 250 others injured and more than 800 homes destroyed by those "
        "temblors.\n\nTwo hotels collapsed in the quakes and buildings were also damaged in the town of Sorong.",
        published="2009-01-07",
    )
    told = [(e.trigger_text, e.count.value if e.count else None, e.actor) for e in analysis.events]
    assert told == [
        ("struck", None, None),
        ("killed", 5, None),
        ("injured", 250, None),  # not the 800 homes the parser gives it as an object
        ("collapsed", None, None),
        ("damaged", None, None),  # a clause of its own (`were damaged`), though the parser joins it
    ]
    # `a.m. local time` does not end the sentence: the evidence runs to the distance
    struck = analysis.events[0]
    assert analysis.article.text[struck.evidence.start : struck.evidence.end].endswith("west of Manokwari.")


def test_a_point_measured_from_a_described_city_and_a_response_made_from_a_capital_are_placed() -> None:
    quake = sitroom.analyze(
        "The quake struck off the coast at 7:48 a.m. local time, 75 kilometers (50 miles) west of the "
        "region's main city of Manokwari, the U.S. Geological Survey said.",
        published="2009-01-07",
    )
    (point,) = [p for p in quake.places if p.kind == "offset"]
    assert point.name.endswith("west of the region's main city of Manokwari")
    # Manokwari is at 0.863 S, 134.064 E: 75 km due west
    assert abs(point.latitude + 0.863) < 0.01 and abs(point.longitude - 133.390) < 0.01
    (response,) = sitroom.analyze(
        "Iraq's deputy foreign minister responded from Baghdad in less than one hour, saying Washington "
        "would break international law.",
        published="1998-02-13",
    ).events
    assert response.type == "statement" and response.place is not None and response.place.entity == "Baghdad"


def test_what_is_released_during_an_occasion_happens_where_the_occasion_was_held() -> None:
    analysis = sitroom.analyze(
        "During a media event held at its Cupertino headquarters, Apple released the iPhone software kit.",
        published="2008-03-06",
    )
    (released,) = analysis.events
    assert released.type == "statement" and released.place is not None and released.place.entity == "Cupertino"


def test_a_relative_clause_takes_the_date_of_its_noun_and_a_time_clause_that_of_its_clause() -> None:
    bombing = sitroom.analyze(
        "Rudolph has been on the run since the January 1998 bombing of a Birmingham abortion clinic "
        "that killed an off-duty police officer and maimed a nurse.",
        published="1999-05-07",
    )
    assert [(e.trigger_text, e.date.value if e.date else None) for e in bombing.events] == [
        ("killed", "1998-01"),
        ("maimed", "1998-01"),
    ]
    (gunned,) = sitroom.analyze(
        "Dr. Slepian was heating soup in his kitchen last fall when he was gunned down.", published="1999-05-07"
    ).events
    # the time is the clause's it hangs on; who heated soup did not shoot him
    assert (gunned.date.value if gunned.date else None, gunned.actor) == ("1998-FA", None)


def test_reports_of_harm_tell_it_and_no_reports_deny_it() -> None:
    (none,) = sitroom.analyze(
        "A dispatcher said that there had been no reports of damage or injuries.", published="2013-03-14"
    ).events
    (some,) = sitroom.analyze("There were reports of injuries in the town.", published="2013-03-14").events
    assert (none.casualty, none.polarity) == ("injured", "negated")
    assert (some.casualty, some.polarity) == ("injured", "asserted")


def test_an_act_not_planned_is_negated_and_one_planned_is_not() -> None:
    (removal,) = sitroom.analyze(
        "Officials said they did not plan to remove Elian on Thursday morning.", published="2000-03-29"
    ).events
    assert (removal.type, removal.polarity, removal.modality) == ("other", "negated", "planned")
    (arrest,) = sitroom.analyze("Police plan to arrest him on Friday.", published="2000-03-29").events
    assert (arrest.type, arrest.polarity, arrest.modality) == ("arrest", "asserted", "planned")


def test_the_dead_after_a_blast_in_a_report_of_bombings_are_the_attacks() -> None:
    analysis = sitroom.analyze(
        "The suspected car bombings occurred minutes apart on Friday.\n\n"
        "The blast in Nairobi occurred at about 10:35 a.m. Friday, toppling a crowded building. "
        "At least 75 people were killed and 1,643 wounded there, officials said.",
        published="1998-08-08",
    )
    kinds = {e.trigger_text: e.type for e in analysis.events}
    assert kinds["blast"] == kinds["toppling"] == "other"  # the explosion and the damage it did
    assert kinds["killed"] == kinds["wounded"] == "assault"  # its dead and hurt are the bombing's
    quake = sitroom.analyze(
        "A strong quake struck the town on Friday, toppling a crowded building.\n\n"
        "At least 75 people were killed there, officials said.",
        published="1998-08-08",
    )
    assert {e.trigger_text: e.type for e in quake.events}["killed"] == "other"  # a disaster's dead


def test_two_acts_of_one_kind_joined_by_and_are_two_events_when_each_has_its_own_complement() -> None:
    joined = sitroom.analyze(
        "The president condemned the attacks and vowed to find the bombers.", published="1998-08-13"
    ).events
    assert [(e.type, e.trigger_text) for e in joined] == [("statement", "condemned"), ("statement", "vowed")]
    one = sitroom.analyze("A sniper shot and killed a doctor in Amherst.", published="1998-10-24").events
    assert len(one) == 1


def test_deaths_with_no_killer_in_a_report_that_opens_on_warfare_are_the_fightings() -> None:
    opening = (
        "About 1000 people were sheltering in the school after having been hounded from their homes by warfare.\n\n"
    )
    war = sitroom.analyze(
        opening + '"Enough people, among them women and children, have died," he said.', published="2009-01-07"
    )
    assert [(e.type, e.trigger_text) for e in war.events] == [
        ("lockdown", "sheltering"),
        ("other", "hounded"),  # a population driven out, no harm done to its body
        ("assault", "died"),
    ]
    illness = sitroom.analyze(
        "He has been fighting pancreatic cancer since 2004.\n\nSteve Jobs has died at the age of 56.",
        published="2011-10-06",
    )
    assert [(e.type, e.trigger_text) for e in illness.events] == [("other", "died")]  # `fighting cancer` is no war


def test_a_quakes_tolls_told_as_what_it_left_and_what_was_reported() -> None:
    analysis = sitroom.analyze(
        "An earthquake hit Aceh province leaving 24 dead and over 200 injured.\n\n"
        "Another two people are also reported to have been killed, although it has not been stated where.\n\n"
        "He said at least 25 of the injured were hospitalised in intensive care.\n\n"
        "As the quake hit, villagers ran out of their homes in panic.\n\n"
        "No damage or injuries had been reported in the capital.",
        published="2013-07-03",
    )
    found = [(e.type, e.trigger_text, count_of(e), e.polarity) for e in analysis.events]
    assert found == [
        ("other", "hit", None, "asserted"),
        ("other", "dead", (24, "exact"), "asserted"),  # counted on the word itself
        ("other", "injured", (200, "at_least"), "asserted"),
        ("other", "killed", (2, "exact"), "asserted"),  # the subject of `reported`; nothing `stated`
        ("other", "hospitalised", (25, "at_least"), "asserted"),  # `of the injured` only names them
        ("other", "hit", None, "asserted"),  # the verb the parser read as a noun
        ("other", "ran", None, "asserted"),
        ("other", "damage", None, "negated"),  # `No damage or injuries`: one event, from its first word
    ]


def test_a_release_announced_is_a_products_and_a_prisoners_stays_a_release() -> None:
    product = sitroom.analyze(
        "Steve announced that Mac OS X Leopard would be released in 2007.", published="2005-06-06"
    )
    assert [(e.type, e.trigger_text) for e in product.events] == [("statement", "announced"), ("statement", "released")]
    hostages = sitroom.analyze(
        "The army announced that the hostages would be released on Friday.", published="2005-06-06"
    )
    assert [(e.type, e.trigger_text) for e in hostages.events] == [("statement", "announced"), ("retreat", "released")]


def _places_by_word(analysis: Analysis) -> dict[str, tuple[str | None, bool]]:
    """Each event's word: the entity of its place, and whether it is inherited."""
    return {e.trigger_text: (e.place.entity if e.place else None, e.place_inherited) for e in analysis.events}


def test_a_hall_no_gazetteer_knows_is_placed_at_its_town_and_its_speakers_announcements_there() -> None:
    analysis = sitroom.analyze(
        "Apple chief Steve Jobs gave his keynote at Moscone Center in San Francisco on Monday.\n\n"
        "He announced that future Macs will feature Intel processors.\n\n"
        "Analysts said the move was a surprise.",
        published="2005-06-06",
    )
    places = _places_by_word(analysis)
    assert places["keynote"] == ("San Francisco", False)
    assert places["announced"] == ("San Francisco", True)  # said in the keynote, by its speaker


def test_a_town_a_quake_hit_is_where_it_struck_not_the_earlier_quakes_point() -> None:
    analysis = sitroom.analyze(
        "The quake hit at 7:48 am, some 75 kilometres west of Manokwari.\n\n"
        "It revived memories of deadly quakes that hit Manokwari in 2002.",
        published="2009-01-07",
    )
    hits = [e for e in analysis.events if e.trigger_text == "hit"]
    assert hits[0].place is not None and "west of Manokwari" in hits[0].place.text
    assert hits[1].place is not None and hits[1].place.text == "Manokwari" and not hits[1].place_inherited


def test_soon_dates_an_event_to_come_and_not_one_done_soon_after() -> None:
    (coming,) = sitroom.analyze("Updates for other programs should be coming soon.", published="2012-06-11").events
    (arrest,) = sitroom.analyze("The police soon arrested him.", published="2012-06-11").events
    # `soon` is read on the event's own word, pointing back to it
    assert coming.date is not None
    assert (coming.date.value, coming.date.text) == ("FUTURE_REF", "soon")
    assert arrest.date is None


def test_aid_received_is_given_by_whom_it_came_from() -> None:
    (bailout,) = sitroom.analyze(
        "The manufacturer has received over $15 billion in bailout money from the federal government.",
        published="2009-05-07",
    ).events
    assert (bailout.type, bailout.actor.text if bailout.actor else None, bailout.plover_mode) == (
        "aid",
        "the federal government",
        "economic",
    )


def test_a_named_description_is_the_actor_and_an_asked_deadline_is_not_the_asking_date() -> None:
    (speech,) = sitroom.analyze(
        "Japan's prime minister, Taro Aso, spoke to reporters in Tokyo.", published="2008-10-27"
    ).events
    (request,) = sitroom.analyze("The parent asked it to respond by Oct. 31.", published="1989-10-26").events
    # the name set off by commas says who the description is
    assert speech.actor is not None and speech.actor.text == "Japan's prime minister, Taro Aso"
    assert (request.type, request.actor.text if request.actor else None, request.date) == (
        "request",
        "The parent",
        None,
    )


def test_who_takes_in_who_surrenders_and_who_foils_an_attack_are_not_its_doers() -> None:
    (surrender,) = sitroom.analyze("A 61-year-old man surrendered to police.", published="2008-12-19").events
    intercepted, foiled = sitroom.analyze(
        "An Indian warship on Thursday intercepted three boats and foiled an attack on merchant vessels.",
        published="2011-11-12",
    ).events
    assert (surrender.type, surrender.actor.text if surrender.actor else None) == ("arrest", "police")
    assert (intercepted.type, intercepted.count, foiled.type, foiled.actor) == ("other", None, "assault", None)


def test_an_age_is_no_count_and_a_clause_with_its_own_subject_keeps_its_own_date() -> None:
    (guilty,) = sitroom.analyze(
        "The man, Brian G. Nichols, 37, was found guilty last month of murder.", published="2008-12-13"
    ).events
    custody, withheld = sitroom.analyze(
        "He is currently in custody and his identity will not be released.", published="2008-12-19"
    ).events
    assert (guilty.count, guilty.date.value if guilty.date else None) == (None, "2008-11")
    assert (custody.date.value if custody.date else None, withheld.date) == ("PRESENT_REF", None)


def test_a_town_named_only_in_its_police_force_is_where_the_report_happened() -> None:
    analysis = sitroom.analyze(
        "Just past 4 p.m. Friday, Vancouver Police received a call from a business.\n\n"
        "Police say a recently laid off employee opened fire shortly after entering the party, "
        "killing one male employee.",
        published="2008-12-19",
    )
    fired = next(e for e in analysis.events if e.trigger_text == "opened")
    assert fired.place is not None and fired.place_inherited
    assert (fired.place.text, fired.place.entity) == ("Vancouver", "Vancouver")
    assert any(p.name == "Vancouver" and p.kind == "city" for p in analysis.places)


def test_a_shooting_told_once_dates_its_participle_its_relative_and_the_verbs_joined_after_it() -> None:
    shot, killing, charged = sitroom.analyze(
        "The woman who allegedly shot three co-workers, killing two, at the plant Thursday night has been "
        "charged with murder.",
        published="2010-09-10",
    ).events
    assert [(e.type, e.date.value if e.date else None) for e in (shot, killing)] == [
        ("assault", "2010-09-09TNI"),
        ("assault", "2010-09-09TNI"),
    ]
    # the participle is done by the noun the relative pronoun stands for, not by `who`
    assert shot.actor is not None and killing.actor is not None and killing.actor.text == shot.actor.text
    assert charged.type == "charge"
    (escorted,) = sitroom.analyze(
        "Hiller got into an argument with two women Thursday night, was taken to an office, suspended and "
        "escorted out of the building.",
        published="2010-09-10",
    ).events
    # a passive joined to an active verb is done to its subject: no actor
    assert (escorted.type, escorted.date.value if escorted.date else None, escorted.actor) == (
        "other",
        "2010-09-09TNI",
        None,
    )


def test_a_person_accused_in_a_reduced_relative_is_background_and_the_accused_did_the_act() -> None:
    background = sitroom.analyze(
        "Dorsey says the woman accused of killing two co-workers and critically injuring a third is a good person.",
        published="2010-09-10",
    )
    assert background.events == ()
    events = sitroom.analyze(
        "And so were the two women she is accused of gunning down with a handgun.", published="2010-09-10"
    ).events
    gunning = next(e for e in events if e.type == "assault")
    assert gunning.actor is not None and gunning.actor.text == "she"


def test_a_man_left_wounded_is_harm_done_and_a_death_told_after_an_attack_is_the_attacks() -> None:
    from sitroom.nlp.tolls import report_tolls

    events = sitroom.analyze(
        "Hiller returned Thursday evening, gunned down two women and leaving a man wounded.", published="2010-09-10"
    ).events
    assert [e.type for e in events] == ["assault", "assault"]
    analysis = sitroom.analyze(
        "A 66-year-old woman was struck and killed by a motorist on Wednesday.\n\n"
        "Police pulled the driver over a few blocks away.\n\n"
        "The woman was pronounced dead at the hospital.",
        published="2008-12-11",
    )
    struck = analysis.events[0]
    assert struck.actor is not None and struck.actor.text == "a motorist"  # one `by` for both participles
    dead = analysis.events[-1]
    assert (dead.type, dead.casualty) == ("assault", "killed")
    assert report_tolls(analysis).get("killed") == 1  # `the woman`: one person told of
    crash = sitroom.analyze(
        "A gunman shot a guard on Monday.\n\nThe guard was taken to a hospital.\n\n"
        "Two men perished when their boat sank off the coast.",
        published="2008-12-11",
    ).events
    assert next(e for e in crash if e.trigger_text == "perished").type == "other"  # its own cause told


def test_a_charge_with_no_place_of_its_own_is_filed_where_the_report_happened() -> None:
    analysis = sitroom.analyze(
        "A suspended worker shot three co-workers at a plant in Philadelphia on Thursday night.\n\n"
        "She has been charged with two counts of murder.",
        published="2010-09-10",
    )
    charged = next(e for e in analysis.events if e.type == "charge")
    assert charged.place is not None and charged.place_inherited and charged.place.entity == "Philadelphia"


def test_an_officer_charged_and_kept_in_custody_and_shots_fired_in_the_air_by_him() -> None:
    events = sitroom.analyze(
        "The officer has been charged with homicide and was ordered to remain in custody by a magistrate.",
        published="2008-12-10",
    ).events
    assert [e.type for e in events] == ["charge", "arrest"]  # the order is the custody, no second event
    (fired,) = sitroom.analyze(
        "The officer said that he took out his revolver and fired two or three times in the air.",
        published="2008-12-10",
    ).events
    # times are no people; the doer of the second verb is the first's
    assert (fired.type, fired.count, fired.actor.text if fired.actor else None) == ("assault", None, "he")
    (rioting,) = sitroom.analyze("The unrest triggered five days of rioting.", published="2008-12-10").events
    assert (rioting.type, rioting.actor) == ("riot", None)  # what set it off is no one who did it


def test_a_date_in_the_subject_s_since_phrase_is_not_the_clause_s() -> None:
    (inquiry,) = sitroom.analyze(
        "Eight of the 14 killings since 1993 were already under investigation by the police.",
        published="1998-04-02",
    ).events
    assert (inquiry.type, inquiry.date) == ("investigate", None)
    (held,) = sitroom.analyze("The pair have each been held since Monday.", published="2008-12-10").events
    assert (held.type, held.date.value if held.date else None) == ("arrest", "2008-12-08")


def test_weapons_found_and_confiscated_are_one_seizure_of_things_never_counted_as_people() -> None:
    (seized,) = sitroom.analyze(
        "During the operation, six rifles, 12 magazines and about 300 rounds of ammunition were found and "
        "confiscated, the officer said.",
        published="2011-11-11",
    ).events
    assert (seized.type, seized.trigger_text, seized.count) == ("other", "confiscated", None)


def test_a_news_conference_set_for_a_day_is_a_speech_and_a_trial_faced_has_no_doer() -> None:
    (conference,) = sitroom.analyze(
        "The district attorney is expected to discuss the case at a news conference already planned "
        "Wednesday afternoon.",
        published="2008-12-10",
    ).events
    assert (conference.type, conference.date.value if conference.date else None) == ("speech", "2008-12-10TAF")
    (arraignment,) = sitroom.analyze("Gomes faces arraignment on Wednesday morning.", published="2008-12-09").events
    assert (arraignment.type, arraignment.actor) == ("charge", None)
    assert arraignment.target is not None and arraignment.target.text == "Gomes"


def test_deaths_told_after_a_bomb_in_the_lead_are_the_attacks_and_that_day_after_a_month_is_no_day() -> None:
    analysis = sitroom.analyze(
        "A bomb explosion at a bank killed a police officer, officials said Saturday.\n\n"
        "The explosion occurred Friday afternoon at a bank branch.\n\n"
        "The police went to check on a telephoned threat.\n\n"
        "Two officers died at the scene.",
        published="2008-12-13",
    )
    assert [e.type for e in analysis.events if e.trigger_text == "died"] == ["assault"]
    shot = sitroom.analyze(
        "Nichols was being tried for rape in March 2005.\n\nLater that day, he shot and killed a customs agent.",
        published="2008-12-13",
    ).events[-1]
    # `that day` after a month names a day the text does not give, not the day of the report
    assert (shot.trigger_text, shot.date) == ("shot", None)


def test_a_hit_and_run_is_a_driver_s_doing_and_its_victim_s_death_the_same_attack() -> None:
    events = sitroom.analyze(
        "A 59 - year - old woman was killed in a hit - and - run crash Friday evening, and the man "
        "behind the wheel of the car that hit her was charged.\n\n"
        "Witnesses saw a crowd of people on 117th Street.\n\n"
        "Emergency responders took her to Jamaica Hospital, where she was later pronounced dead.",
        published="2013-09-14",
    ).events
    # the crash names no one, but a driver struck her and fled: an attack, and her death its own;
    # a car is no one (its driver is), and responders called in are no forces sent
    assert [(e.type, e.trigger_text, e.actor) for e in events] == [
        ("assault", "killed", None),
        ("assault", "hit", None),
        ("charge", "charged", None),
        ("assault", "dead", None),
    ]


def test_people_unharmed_are_a_harm_denied_and_counted_by_the_casualty_they_escaped() -> None:
    events = sitroom.analyze(
        "A gunman opened fire at the party. The other partygoers managed to escape unharmed.",
        published="2008-12-20",
    ).events
    assert [(e.type, e.trigger_text, e.polarity, e.casualty) for e in events] == [
        ("assault", "opened", "asserted", ""),
        ("assault", "unharmed", "negated", "injured"),
    ]


def test_a_participle_inside_a_clause_of_time_takes_the_date_it_hangs_on_and_charges_are_not_counted() -> None:
    trial, shooting = sitroom.analyze(
        "He was on trial for rape in 2005 in an Atlanta courtroom when he grabbed a guard's gun, "
        "fatally shooting a judge.",
        published="2008-12-13",
    ).events
    (faced,) = sitroom.analyze("Nichols faced more than 50 charges in the case.", published="2008-12-13").events
    # the accused on trial is its target, no actor; the shooting is dated by the trial's `in 2005`
    assert (trial.type, trial.actor, trial.date.value if trial.date else None) == ("charge", None, "2005")
    assert (shooting.type, shooting.date.value if shooting.date else None) == ("assault", "2005")
    assert (faced.type, faced.count) == ("charge", None)


def test_a_city_named_once_in_the_us_chooses_among_namesakes_without_letting_in_small_towns() -> None:
    analysis = sitroom.analyze(
        "Police have a suspect in custody after a hit and run accident that killed a woman in Queens.\n\n"
        "Raj Chohan was hit at 97th Avenue and 117th Street in Richmond Hill.",
        published="2013-09-14",
    )
    (richmond_hill,) = [p for p in analysis.places if p.name == "Richmond Hill"]
    # Queens is New York's alone, so Richmond Hill is the Queens neighbourhood (40.70 N), not the
    # city of Ontario (43.87 N)
    assert abs(richmond_hill.latitude - 40.70) < 0.01 and abs(richmond_hill.longitude + 73.83) < 0.01


def test_an_outage_told_in_many_clauses_is_one_kind_of_event_and_a_whether_clause_tells_nothing() -> None:
    events = sitroom.analyze(
        "Services on Egypt's three telecom operators were disrupted in parts of Alexandria on Tuesday "
        "afternoon.\n\n"
        "Some users are continuing to face slight problems due to damage in the fiber cables.\n\n"
        "Many buyers experienced issues connecting to the website. Intelligence that could disrupt "
        "terror networks was ignored.",
        published="2011-08-18",
    ).events
    # services cut or in trouble where the sentence speaks of their carriers; not a web site's
    # customers, nor what intelligence could do
    assert [(e.type, e.trigger_text, e.actor) for e in events] == [
        ("other", "disrupted", None),
        ("other", "face", None),
    ]
    # `in parts of Alexandria`: the place it is part of, though the recogniser took it for a person
    assert events[0].place is not None and events[0].place.entity == "Alexandria"
    assert events[0].date is not None and events[0].date.value == "2011-08-16TAF"


def test_pirates_seize_ships_forces_repulse_them_and_a_film_released_frees_no_one() -> None:
    def kinds(text: str) -> list[tuple[str, str]]:
        return [(e.type, e.trigger_text) for e in sitroom.analyze(text, published="2008-12-13").events]

    assert kinds("It was a Thai fishing trawler that had been seized by pirates off Yemen.") == [("assault", "seized")]
    assert kinds("They needed to be targeted accurately to avoid killing innocent civilians.") == []
    assert kinds("Well, it isn't even released yet.") == []
    assert kinds("The project was shooting for a 2011 release date.") == []
    assert kinds("Whether the studio will make an announcement is anyone's guess.") == []


def test_a_driver_s_victim_a_refusal_to_specify_and_a_foiled_attempt() -> None:
    def found(text: str) -> list[tuple[str, str, str | None, str]]:
        events = sitroom.analyze(text, published="2008-12-11").events
        return [(e.type, e.trigger_text, e.actor.text if e.actor else None, e.polarity) for e in events]

    assert found("The woman was walking in a crosswalk when she was hit.") == [("assault", "hit", None, "asserted")]
    assert found("He did not specify what she was being treated for.") == [("statement", "specify", "He", "negated")]
    # who stopped an attack did not make it; who repulsed attackers fought them
    assert found("Warship INS Sukanya on Thursday foiled a piracy attempt.") == [
        ("assault", "foiled", None, "asserted")
    ]
    assert found("Indian forces repulsed the pirates.") == [("assault", "repulsed", "Indian forces", "asserted")]
    assert found("Juan Miguel must not have written the letter himself.") == []


def test_a_city_part_named_by_its_bearing_is_the_city_and_a_body_discovered_is_found() -> None:
    analysis = sitroom.analyze(
        "A woman opened fire at the Kraft Foods plant in Northeast Philadelphia, police said.\n\n"
        "His body was discovered Tuesday by a maid.",
        published="2010-09-10",
    )
    fired, found = analysis.events
    assert fired.place is not None and fired.place.entity == "Northeast Philadelphia"
    (philadelphia,) = [p for p in analysis.places if p.name == "Northeast Philadelphia"]
    assert abs(philadelphia.latitude - 39.95) < 0.05 and abs(philadelphia.longitude + 75.16) < 0.05
    assert (found.type, found.source) == ("other", "body found")
    # a state's name is no part of a city (`West Virginia`, not Virginia), nor a region of no city
    assert [p.label for p in sitroom.analyze("He lives in West Virginia.", published="2010-09-10").places] == [
        "West Virginia"
    ]


def test_a_driver_s_crash_kills_by_attack_an_age_is_no_count_and_a_statement_is_its_issuer_s() -> None:
    events = sitroom.analyze(
        "An allegedly intoxicated driver who tried to flee after striking a woman in Queens has been charged.\n\n"
        "Police responded to the Richmond Hill crash on Friday.\n\n"
        "EMS crews rushed her to Jamaica Hospital, where she was later pronounced dead.\n\n"
        "Vishwanand Subryan, 23, of Schenectady, was arrested not far from the scene.\n\n"
        "In a statement released by the team, General Manager A. J. Smith noted the arrest.",
        published="2013-09-14",
    ).events
    # the crash the lead's driver caused is no disaster: the death is the attack's; `23,` after a
    # name is an age; a statement released by someone is theirs, not the speaker's of the clause
    dead = next(e for e in events if e.trigger_text == "dead")
    arrested = next(e for e in events if e.trigger_text == "arrested")
    statement = next(e for e in events if e.trigger_text == "statement")
    assert dead.type == "assault" and arrested.count is None
    assert statement.actor is not None and statement.actor.text == "the team"


def test_a_fire_on_the_move_its_damage_and_appeals_to_the_public_and_no_attack_on_computers() -> None:
    events = sitroom.analyze(
        "The fire has progressed rapidly through the store which is almost totally destroyed.\n\n"
        "Local road closures have been put in place. No one is believed to be injured at this time.\n\n"
        "People are asked to avoid the high street area.\n\n"
        "Hackers exploited a security flaw in the browser to attack an unknown number of users.\n\n"
        "Once Microsoft issues a warning about a bug, other hackers rush to build viruses.",
        published="2008-12-12",
    ).events
    assert [(e.type, e.trigger_text) for e in events] == [
        ("other", "progressed"),
        ("other", "destroyed"),
        ("restrict", "closures"),
        ("other", "injured"),
        ("request", "asked"),
    ]
    # the fire's no one hurt is a harm denied, now; no one is named as the asker
    assert events[3].polarity == "negated" and events[3].date is not None and events[3].date.value == "PRESENT_REF"
    assert events[4].actor is None


def test_a_town_after_its_street_is_a_place_and_the_report_s_when_its_disaster_is_told_there() -> None:
    analysis = sitroom.analyze(
        "Residents nearby were evacuated as a precaution.\n\n"
        '"Police are at the scene of a large fire at a Waitrose Store in High Street, Banstead."',
        published="2008-12-12",
    )
    (evacuated,) = analysis.events
    # the recogniser passes over the town after the street; the paragraph of the fire names it
    assert evacuated.place is not None and evacuated.place.entity == "Banstead" and evacuated.place_inherited
    assert [p.name for p in analysis.places] == ["Banstead"]


def test_a_climber_s_fall_a_body_recovered_a_release_after_booking_and_no_talks_at_a_game() -> None:
    analysis = sitroom.analyze(
        "The rescue team recovered the body of the second climber to fall to his death over the weekend.\n\n"
        "Police arrested him at 2.30am and booked him before releasing him.\n\n"
        "The Chargers are due to meet Pittsburgh Steelers in a playoff match on Sunday.\n\n"
        "The FBI named Cleveland as the fifth most dangerous city in America.",
        published="2013-09-15",
    )
    found = [(e.type, e.trigger_text, e.source) for e in analysis.events]
    assert found == [
        ("other", "recovered", "body found"),
        ("other", "fall", "a person's fall"),
        ("arrest", "arrested", "verb list: arrest"),
        ("other", "releasing", "released from custody"),
    ]
    # the climber who fell is harmed, no actor, and his fall to his death is a death in the tolls
    fall = analysis.events[1]
    assert fall.actor is None and fall.casualty == "killed"


def test_a_term_served_is_custody_whose_length_counts_no_one() -> None:
    (served,) = sitroom.analyze("He served 41 months in federal prison.", published="2004-07-29").events
    assert (served.type, served.source, served.count) == ("arrest", "serving a sentence", None)


def test_a_headline_that_names_a_bomb_makes_an_explosions_dead_an_attacks() -> None:
    from sitroom.nlp.tolls import report_tolls

    text = (
        "The police said Saturday both were dead at the scene of the explosion the day before.\n\n"
        "State police say the inside of the bank branch office was extensively damaged.\n\n"
        "The plane was not damaged."
    )
    headline = "Police say a bomb explosion at a bank killed a local police officer and a technician"
    bombed = sitroom.analyze(text, published="2008-12-13", title=headline)
    assert [(e.type, e.trigger_text) for e in bombed.events] == [("assault", "dead"), ("other", "damaged")]
    assert report_tolls(bombed).get("killed") == 2  # `both`
    unexplained = sitroom.analyze(text, published="2008-12-13")
    assert [e.type for e in unexplained.events if e.trigger_text == "dead"] == ["other"]  # an explosion alone


def test_two_named_dead_a_grave_condition_and_injuries_received_make_the_tolls() -> None:
    from sitroom.nlp.tolls import report_tolls

    text = (
        "The explosion happened at the West Coast Bank just before 5:30 p.m.\n\n"
        "Woodburn Police Department Capt. Tom Tennant and Oregon State Police bomb technician Bill Hakim were "
        "killed in the blast.\n\n"
        "Chief Scott Russell was listed in critical condition and a female bank employee received minor injuries."
    )
    headline = "Two officers killed after a bomb exploded late Friday at a Woodburn bank"
    analysis = sitroom.analyze(text, published="2008-12-13", title=headline)
    harms = [(e.type, e.trigger_text, e.casualty) for e in analysis.events if e.casualty]
    assert harms == [
        ("assault", "killed", "killed"),
        ("assault", "condition", "injured"),
        ("assault", "received", "injured"),
    ]
    assert report_tolls(analysis) == {"killed": 2, "injured": 1}
    blast = next(e for e in analysis.events if e.trigger_text == "explosion")
    assert blast.date is not None and blast.date.value == "2008-12-12T17:30"  # the headline's Friday


def _roles_of(text: str, verb: str) -> tuple[str | None, str | None]:
    """The actor and target phrases sitroom's role code gives the verb `verb` of a one-sentence text."""
    from sitroom.model import Span
    from sitroom.nlp import load_pipeline
    from sitroom.nlp.events.roles import event_roles, phrase_span
    from sitroom.nlp.pipeline import read_units
    from sitroom.settings import Options

    (reading,) = read_units(load_pipeline(Options().model), [(text, Span(0, len(text)))])
    (sentence,) = reading.parsed
    trigger = next(t for t in sentence.tokens if t.text == verb)
    phrases = [phrase_span(sentence, t) if t is not None else None for t in event_roles(sentence, trigger)]
    return tuple(text[p[0] : p[1]] if p is not None else None for p in phrases)  # type: ignore[return-value]


@pytest.mark.parametrize(
    ("text", "verb", "roles"),
    [
        # a change in the subject, told with no object or only an amount: what changed, no one who did it
        ("Global stock markets fell sharply today.", "fell", (None, "Global stock markets")),
        (
            "The Japanese economy contracted by 0.9% between April and June.",
            "contracted",
            (None, "The Japanese economy"),
        ),
        (
            "The Dow Jones Industrial Average gained 155.91 points on Monday.",
            "gained",
            (None, "The Dow Jones Industrial Average"),
        ),
        ("The store closed early on Friday.", "closed", (None, "The store")),
        # an object that is no amount, money one owned, a clause: the subject did it
        ("Police closed the road on Friday.", "closed", ("Police", "the road")),
        ("General Motors lost US$ 6 billion in the first quarter.", "lost", ("General Motors", "US$ 6 billion")),
        ("The companies declined to comment on the deal.", "declined", ("The companies", None)),
    ],
)
def test_a_change_told_of_its_subject_has_no_actor(text: str, verb: str, roles: tuple[str | None, str | None]) -> None:
    assert _roles_of(text, verb) == roles


def _told(text: str, published: str = "2020-03-02") -> list[tuple[str, str, str | None, str | None]]:
    """Each event's type, trigger, date and place entity."""
    events = sitroom.analyze(text, published=published).events
    return [(e.type, e.trigger_text, e.date and e.date.value, e.place and e.place.entity) for e in events]


def test_shots_that_hit_someone_and_a_disasters_damage_told_as_seen() -> None:
    assert [t[:2] for t in _told("Both officers fired at the suspect, hitting him eleven times.")] == [
        ("assault", "fired"),
        ("assault", "hitting"),
    ]
    quake = _told(
        "A strong earthquake struck southern Iran on Sunday, killing 10 people. According to the agency, the"
        " village of Dargahan saw serious destruction, while two other villages were all but destroyed."
    )
    assert [t[:2] for t in quake][2:] == [("other", "saw"), ("other", "destroyed")]


def test_a_clause_after_or_before_takes_the_day_of_the_clause_it_hangs_on_but_gives_it_none() -> None:
    assert [t[2] for t in _told("The climber died on Friday after slipping and falling from a ridge.")] == [
        "2020-02-28",
        "2020-02-28",
    ]
    lockdown, surrender = _told("Police locked down the neighbourhood before the suspect turned himself in on Friday.")
    assert lockdown[:3] == ("lockdown", "locked", None) and surrender[:3] == ("arrest", "turned", "2020-02-28")


def test_questions_without_a_mark_and_numbers_asked_for_report_nothing() -> None:
    assert _told("It is hard to estimate how many users were affected by the cut.") == []
    assert [t[:3] for t in _told("March participants chanted “how many kids will you kill today”.")] == [
        ("protest", "chanted", None)  # the walk's people, not the month's; the chant asks
    ]


def test_places_from_a_towns_police_a_neighbourhood_and_not_from_a_description_of_an_island() -> None:
    assert {t[3] for t in _told("According to Woodburn police an officer arrived. The bank was evacuated.")} == {
        "Woodburn"
    }
    (vigil,) = _told("Dozens joined in a candlelit vigil in the East Flatbush neighborhood in Brooklyn.")
    assert vigil[3] == "East Flatbush"
    quake = _told(
        "A powerful earthquake hit Qeshm island on Sunday, killing 10 people.\n\nQeshm, a 1,500-square-kilometer"
        " island off the coast southwest of Bandar Abbas and 1,500 kilometers south of Tehran, has 100,000 people."
    )
    assert {t[3] for t in quake} == {"Qeshm"}


def test_the_accused_and_what_they_are_accused_of_named_charged_or_described() -> None:
    accused = _told("Twenty-year-old Andrew Lopez has been accused of carelessly firing at rival gang members.")
    assert [t[:2] for t in accused] == [("charge", "accused"), ("assault", "firing")]  # no town named Lopez
    assert _told("Prosecutors showed the footage at the trial of the two youths charged with murdering Horton.") == []
    rally = sitroom.analyze("Supporters began a two day rally in the capital, Abuja.", published="1998-03-03").events
    assert [(e.type, e.count) for e in rally] == [("rally", None)]  # two days, no two people


def test_falls_told_by_a_clause_and_homes_and_a_weekend_written_on_it() -> None:
    text = (
        "Two men have died in separate climbing accidents at Mt Cook this weekend.\n\nThe first was a climber who"
        " fell on Friday morning. The 36-year-old, who had been living in Melbourne, slipped and fell"
        " approximately 200 metres down a steep ice gully."
    )
    told = _told(text, published="2013-09-15")
    assert [t[:3] for t in told] == [
        ("other", "died", "2013-W37-WE"),
        ("other", "fell", "2013-09-13TMO"),
        ("other", "fell", "2013-09-13TMO"),
    ]
    assert "Melbourne" not in {t[3] for t in told}  # where he lived


def test_a_meeting_or_a_request_of_a_report_with_no_dateline_is_made_where_its_story_is() -> None:
    analysis = sitroom.analyze(
        "A gunman shot a man at a party in Vancouver on Friday.\n\n"
        "Police spent about two hours negotiating with the suspect. An officer told the driver to stop.\n\n"
        "No talks were held.",
        published="2008-12-19",
    )
    places = _places_by_word(analysis)
    assert places["negotiating"] == ("Vancouver", True) and places["told"] == ("Vancouver", True)
    assert places["talks"] == (None, False)  # no meeting held, nowhere


def test_the_harmed_counted_after_a_placed_count_were_harmed_there_and_harm_told_from_abroad_too() -> None:
    analysis = sitroom.analyze(
        "HAVANA, August 7 (Xinhua) --\n\nThe Cuban government condemned the bombings.\n\n"
        "At least 74 people were killed in Nairobi, the capital of Kenya, and more than 1,640 were wounded.\n\n"
        "The two bombings happened only minutes apart.",
        published="1998-08-08",
    )
    places = _places_by_word(analysis)
    assert places["wounded"] == ("Nairobi", False)
    assert places["bombings"] == ("Nairobi", True)  # not Havana, where the reporter is
    assert places["condemned"] == ("HAVANA", True)
    # told from the country it happened in, the harm with no town is the dateline's
    atlanta = sitroom.analyze(
        "ATLANTA (AP) --\n\nA bomb exploded at a clinic in Birmingham, Alabama, on Thursday.\n\nOne person was killed.",
        published="1998-02-27",
    )
    killed = next(e for e in atlanta.events if e.trigger_text == "killed")
    assert killed.place is not None and killed.place.entity == "Atlanta"


def test_a_small_town_named_in_its_church_resolves_in_the_state_the_report_names() -> None:
    analysis = sitroom.analyze(
        "A fire damaged the Wasilla Bible Church in Alaska on Friday night.\n\nNo one was hurt.",
        published="2008-12-14",
    )
    assert ("Wasilla", "city") in [(p.name, p.kind) for p in analysis.places]
    hurt = next(e for e in analysis.events if e.trigger_text == "hurt")
    assert hurt.place is not None and hurt.place.entity == "Wasilla" and hurt.place_inherited
    # with no state named, a church named for the one town of its name is still that town's; one
    # named for a name many towns share (Springfield) places nothing
    alone = sitroom.analyze("A fire damaged the Wasilla Bible Church on Friday night.", published="2008-12-14")
    assert [p.label for p in alone.places] == ["Wasilla (AK, US)"]
    shared = sitroom.analyze("A fire damaged the Springfield Bible Church on Friday night.", published="2008-12-14")
    assert shared.places == ()


def test_a_hospital_s_town_is_where_the_hurt_were_taken_not_where_they_were_hurt() -> None:
    analysis = sitroom.analyze(
        "A bomb exploded at a bank on Friday, killing two officers.\n\n"
        "The Woodburn police chief is in a Portland hospital, in critical condition.",
        published="2008-12-14",
    )
    places = {e.trigger_text: e.place.entity if e.place else None for e in analysis.events}
    assert places["exploded"] == "Woodburn" and places["killing"] == "Woodburn"
    assert places["condition"] == "Portland"


def test_a_name_written_with_hyphens_is_the_city_written_with_spaces() -> None:
    place = resolve_place("Dar-es-Salaam")
    assert place is not None and place.label == "Dar es Salaam (23, TZ)"
    assert resolve_place("Winston-Salem") is not None  # GeoNames writes this one with its hyphen


def test_a_disaster_s_damage_told_after_it_and_a_toll_elsewhere_keep_their_own_places_and_counts() -> None:
    analysis = sitroom.analyze(
        "An earthquake hit southern Iran on Sunday, killing at least 10 people.\n\n"
        "Buildings were toppled in the island's capital.\n\n"
        "On Saturday, more than a dozen people were killed by a quake in eastern China.\n\n"
        "It destroyed thousands of buildings and left nearly half a million homeless.",
        published="2005-11-27",
    )
    got = {
        e.trigger_text: (e.type, (e.count.value, e.count.qualifier) if e.count else None, e.casualty)
        for e in analysis.events
    }
    assert got["toppled"] == ("other", None, "")  # the quake's damage, buildings no people counted
    assert got["killed"] == ("other", (12, "at_least"), "killed")  # more than a dozen
    assert got["destroyed"] == ("other", None, "")  # `It`: the quake told before
    assert got["homeless"] == ("other", (500_000, "approximate"), "displaced")
    china = next(e for e in analysis.events if e.trigger_text == "killed")
    assert china.place is None  # told of China, not of the report's Iran


def test_a_day_after_a_year_is_no_day_a_title_ends_no_sentence_and_the_doer_of_a_crime_tried() -> None:
    earlier = sitroom.analyze(
        "He was convicted of killing four people in 2005.\n\n"
        "A court officer was also killed outside the court and an off-duty officer the next day.",
        published="2008-12-13",
    )
    killed = next(e for e in earlier.events if e.trigger_text == "killed")
    assert killed.date is None  # `the next day` of a day in 2005 the text does not name, not tomorrow
    assert next(e for e in earlier.events if e.trigger_text == "killing").actor.text == "He"  # type: ignore[union-attr]
    sergeant = sitroom.analyze(
        "He also was convicted on killing Sgt. Hoyt Teasley outside the courthouse.", published="2008-12-13"
    )
    assert {e.evidence.of(sergeant.article.text) for e in sergeant.events} == {
        "He also was convicted on killing Sgt. Hoyt Teasley outside the courthouse."
    }
    assert next(e for e in sergeant.events if e.type == "assault").actor.text == "He"  # type: ignore[union-attr]
    trial = sitroom.analyze(
        "Two accused gangbangers went on trial Wednesday for killing a mother of 12.", published="2013-04-11"
    )
    killing = next(e for e in trial.events if e.type == "assault")
    # who stands trial did it; an assault counts the harmed, never the attackers
    assert (killing.actor.text if killing.actor else None, killing.count) == ("Two accused gangbangers", None)
    shot = sitroom.analyze(
        "A man walked into his former office with a shotgun on Monday and shot three people, killing one.",
        published="2007-04-10",
    )
    assert [e.actor.text if e.actor else None for e in shot.events] == ["A man", "A man"]


def test_a_date_before_the_reporter_s_words_is_the_event_s() -> None:
    (died,) = sitroom.analyze(
        "Felt died at his home in Santa Rosa, California, Thursday, the Press Democrat newspaper reported, "
        "citing his grandson.",
        published="2008-12-19",
    ).events
    assert died.date is not None and died.date.value == "2008-12-18"
    (arrested,) = sitroom.analyze("Two men were arrested, police said Thursday.", published="2008-12-19").events
    assert arrested.date is None  # the day it was said, after the words of saying


def test_a_town_whose_police_speak_a_town_named_as_one_and_a_bearing_between_two() -> None:
    troy = sitroom.analyze(
        "A gunman shot three people at an accounting firm on Monday.\n\n"
        "The Troy police chief, Charles Craft, said the gunman had been dismissed from his job in Michigan.\n\n"
        "Police apprehended him near Bay City.",
        published="2007-04-10",
    )
    assert _places_by_word(troy)["shot"] == ("Troy", True)  # not the town of the arrest after a chase
    port = sitroom.analyze(
        "The quake also shook the major port city of Bandar Abbas and was felt in nearby countries.",
        published="2005-11-27",
    )
    assert [(e.name, e.kind) for e in port.entities] == [("Bandar Abbas", "place")]  # not a person
    assert _places_by_word(port)["shook"] == ("Bandar Abbas", False)
    gulf = sitroom.analyze(
        "A 5.9 magnitude earthquake has leveled seven villages in Iran's southern area, killing 10 people.\n\n"
        "The epicenter was in the Persian Gulf, between the port city of Bandar Abbas and Qeshm Island.\n\n"
        "The only hospital in Qeshm was full.",
        published="2005-11-28",
    )
    assert _places_by_word(gulf)["killing"] == ("Qeshm", True)


def test_a_sum_of_money_is_no_count_a_since_phrase_no_date_and_the_unhurt_and_the_accused_no_actors() -> None:
    (died,) = sitroom.analyze(
        'The self-described "Million Dollar Mermaid" died Thursday at 91.', published="2013-06-06"
    ).events
    assert died.type == "other" and died.count is None  # a film title's sum, not a million dead
    (arrests,) = sitroom.analyze(
        "Dozens of arrests have been made across the continent.", published="2008-12-11"
    ).events
    assert count_of(arrests) == (24, "range")
    (unrest,) = sitroom.analyze(
        "Protests, riots and clashes with police have overtaken Greece for the sixth straight day since the "
        "fatal police shooting of a teenage boy in Athens Saturday night.",
        published="2008-12-11",
    ).events
    assert unrest.type == "riot" and unrest.date is None  # Saturday is when it began
    (escaped,) = sitroom.analyze(
        "The other people at the office party were able to escape without injury.", published="2008-12-21"
    ).events
    assert escaped.polarity == "negated" and escaped.actor is None
    (faces,) = sitroom.analyze(
        "Eric Allen Kirkpatrick faces one count of first-degree murder.", published="2008-12-21"
    ).events
    assert faces.type == "charge" and faces.actor is None and faces.count is None
    (strike,) = sitroom.analyze("A strike shut down the port on Monday.", published="2008-12-11").events
    assert strike.type == "protest" and strike.actor is None


def test_a_firebombed_blaze_is_an_attack_a_county_no_city_and_each_harm_with_its_own_count() -> None:
    fire = sitroom.analyze(
        "THREE PEOPLE HAVE DIED IN A BLAZE that broke out at MARFIN EGNATIA BANK, on Stadiou Street, downtown Athens."
        "\n\nThe fire started when demonstrators hurled Molotov cocktail fire bombs at the Bank.",
        published="2010-05-05",
        title="BREAKING NEWS - 3 DEAD due to Molotov cocktail at Bank",
    )
    assert count_of(one(fire, "assault", "DIED")) == (3, "exact")  # the firebombs' blaze, no accident
    verdict = sitroom.analyze(
        "Assistant Oakland County Prosecutor Rob Novy said the man shot his former co-workers in Troy, Michigan.",
        published="2008-04-30",
    )
    assert _places_by_word(verdict)["shot"][0] == "Troy"  # not Oakland, California
    harms = sitroom.analyze(
        "The incident Sunday evening left one person dead and dozens injured.", published="2015-12-22"
    ).events
    assert sorted(count_of(e) or (0, "") for e in harms) == [(1, "exact"), (24, "range")]
    (left,) = sitroom.analyze(
        "The shooting left two women dead and a third employee wounded.", published="2008-04-30"
    ).events
    assert count_of(left) == (2, "exact")  # the wounded employee has no count of its own: one event
    (drove,) = sitroom.analyze(
        "The men drove a large car into the store in the early hours of the morning.", published="2013-09-09"
    ).events
    assert drove.type == "breach" and drove.date is not None and drove.date.value == "2013-09-09TMO"


def test_a_day_after_early_a_meeting_s_year_and_who_is_charged_for_a_shooting() -> None:
    (arrested,) = sitroom.analyze(
        "Receiver Vincent Jackson was arrested early Jan. 6 on suspicion of driving under the influence.",
        published="2009-02-02",
    ).events
    assert arrested.date is not None and arrested.date.value == "2009-01-06"  # the day, not early January
    (meeting,) = sitroom.analyze("LaRue was present at a 1972 meeting with Mitchell.", published="2004-07-29").events
    assert meeting.type == "consult" and meeting.date is not None and meeting.date.value == "1972"
    assert meeting.actor is not None and meeting.actor.text == "LaRue"
    shooting = one(
        sitroom.analyze(
            "Hiller is also charged with attempted murder for allegedly shooting and injuring a third co-worker.",
            published="2012-09-10",
        ),
        "assault",
        "shooting",
    )
    assert shooting.actor is not None and shooting.actor.text == "Hiller"  # who is charged did it


def test_a_standfirst_over_a_date_line_is_the_headline_s_and_a_time_clause_dates_both_tolls() -> None:
    quake = sitroom.analyze(
        "Ten people are killed and about 50 hurt.\n\nThe survey puts the magnitude at 6.1.\n\nNovember 28, 2005\n\n"
        "Ten people were killed and at least 50 injured when an earthquake razed villages on Qeshm Sunday.",
        published="2005-11-28",
    )
    harms = [e for e in quake.events if e.trigger_text in {"killed", "injured"}]
    # the summary lines above the date line are the headline's: only the story's own sentence counts
    assert [(e.trigger_text, count_of(e)) for e in harms] == [("killed", (10, "exact")), ("injured", (50, "at_least"))]
    # the clause of time hangs on the second toll; its Sunday is the first's too
    assert {e.date.value for e in harms if e.date is not None} == {"2005-11-27"} and all(e.date for e in harms)
    cables = sitroom.analyze(
        "Earlier this year, five undersea cables were cut, interrupting service to a number of countries.",
        published="2008-12-19",
    ).events
    assert [(e.type, e.trigger_text) for e in cables] == [("other", "cut"), ("other", "interrupting")]


def test_a_bare_clock_time_is_of_the_last_day_named() -> None:
    quake = sitroom.analyze(
        "A powerful earthquake hit southern Iran on Sunday, causing major destruction in seven villages.\n\n"
        "A major earthquake killed more than 31,000 in Bam in 2003, and 600 were killed in Zarand in February.\n\n"
        "The quake was followed at 1:53 p.m. by at least four strong aftershocks.\n\n"
        "There were no reported injuries in Dubai.",
        published="2005-11-28",
    )
    (aftershocks,) = [e for e in quake.events if e.trigger_text == "aftershocks"]
    # a year and a month were named since Sunday: the clock time is still Sunday's, not the day of writing
    assert aftershocks.date is not None and aftershocks.date.value == "2005-11-27T13:53"
    (none_hurt,) = [e for e in quake.events if e.trigger_text == "injuries"]
    assert none_hurt.type == "other" and none_hurt.polarity == "negated"


def test_a_day_in_court_set_for_a_month_is_read_forward_and_a_case_is_heard_at_its_court() -> None:
    hearing = sitroom.analyze(
        "A trial date's been set for a Millom man accused of murdering his mother and sister.\n\n"
        "John Jenkin was due to appear via video link at Preston Crown Court today.\n\n"
        "The case continued in his absence and a three day trial hearing was penciled in for October.\n\n"
        "The bodies of Alice McMeekin and Katie Jenkin were found at their home in Millom on Saturday morning.\n\n"
        "They'd suffered severe head injuries.",
        published="2013-06-12",
    )
    found = [(e.type, e.trigger_text, e.date.value if e.date else None) for e in hearing.events]
    assert found == [
        ("charge", "date", None),
        ("charge", "appear", "2013-06-12"),
        ("charge", "continued", "2013-06-12"),
        ("charge", "hearing", "2013-10"),  # a day set `for October` is to come, though the verb is past
        ("other", "found", "2013-06-08TMO"),
        ("assault", "suffered", "2013-06-08TMO"),  # head injuries, in a report of murders: the killer's doing
    ]
    places = {e.trigger_text: e.place.entity if e.place else None for e in hearing.events}
    # the court's town for the case, carried to the next paragraph; Millom, the one town of its name
    assert places["appear"] == places["continued"] == places["hearing"] == "Preston"
    assert places["found"] == "Millom"


def test_in_a_sport_report_a_game_s_quarter_is_no_date_and_an_appeal_of_a_fine_no_charge() -> None:
    brief = sitroom.analyze(
        "The quarterback threw a touchdown as the Colts clinched a playoff spot.\n\n"
        "Jones was injured in the first quarter two Sundays ago at Pittsburgh in his first game.\n\n"
        "Finnegan has been fined $25,000 by the NFL and told the Tennessean he planned to appeal.",
        published="2008-12-19",
    )
    assert [(e.type, e.trigger_text, e.date.value if e.date else None) for e in brief.events] == [
        ("other", "injured", "2008-12-07")
    ]
    outside_sport = sitroom.analyze("Elian's relatives have indicated they plan to appeal.", published="2000-01-06")
    assert [(e.type, e.trigger_text) for e in outside_sport.events] == [("charge", "appeal")]


def test_a_meeting_hours_before_a_clause_s_night_takes_its_date() -> None:
    (met,) = sitroom.analyze(
        "Sabathia agreed to a seven-year, $161-million deal with the Yankees late Tuesday night, "
        "hours after Moreno met with Boras.",
        published="2008-12-13",
    ).events
    assert (met.type, met.date.value if met.date else None) == ("consult", "2008-12-09TNI")


def test_a_state_dateline_under_a_standfirst_leaves_the_town_to_its_lead() -> None:
    fire = sitroom.analyze(
        "No injuries reported\n\nStory Created: Aug 7, 2012 at 9: 56 AM AKDT\n\n"
        "ALASKA - Shortly after 3: 30 Tuesday morning someone called 911 and reported a fire at the "
        "Matanuska Maid building in downtown Palmer.\n\n"
        "Soon the entire roof was engulfed in flames.",
        published="2012-08-07",
    )
    assert [e.trigger_text for e in fire.events] == ["reported", "engulfed"]
    for event in fire.events:
        # Palmer, Alaska, not Palmer, Massachusetts: the dateline names the state
        assert event.place is not None and event.place.entity == "Palmer"
    (palmer,) = [p for p in fire.places if p.name == "Palmer"]
    assert palmer.label == "Palmer (AK, US)"


def test_named_bodies_found_are_the_dead_and_a_quake_s_harm_in_another_town_is_its_own() -> None:
    from sitroom.nlp.tolls import report_tolls

    murders = sitroom.analyze(
        "A trial date has been set for a man accused of murdering his mother and sister.\n\n"
        "The bodies of Alice McMeekin and Katie Jenkin were found at their home on Saturday morning.",
        published="2013-06-12",
    )
    assert report_tolls(murders).get("killed") == 2  # two named, no number written
    quake = sitroom.analyze(
        "A magnitude 6.1 earthquake struck Indonesia's Aceh province on Tuesday, killing a child, "
        "34 miles west of the town of Bireun.\n\n"
        "No tsunami warnings were issued following the quake, which injured 24 people and damaged several "
        "houses in Takengon.",
        published="2013-07-02",
    )
    # a quake strikes many towns: the injured of a town away from the epicentre are its own
    assert report_tolls(quake) == {"killed": 1, "injured": 24}


def test_a_spokesman_stating_after_a_statement_is_a_statement_of_his_own() -> None:
    opposed = sitroom.analyze(
        "Obama opposed the rule changes, with a spokesman stating that he would undo them.", published="2009-04-28"
    )
    assert [(e.type, e.trigger_text) for e in opposed.events] == [("statement", "opposed"), ("statement", "stating")]
    revealed = sitroom.analyze(
        "Coach Sean Payton announced it himself on Wednesday, revealing through the team's Twitter account "
        "that Thomas had been placed on IR.",
        published="2011-01-05",
    )
    assert [e.trigger_text for e in revealed.events] == ["announced"]  # one saying, told twice


def test_a_rule_made_and_the_criticism_it_drew_are_two_statements_and_a_headline_line_no_story() -> None:
    rule = sitroom.analyze(
        "The change to the ESA was made last December by the Bush administration and drew heavy criticism "
        "from environmental and conservation groups.",
        published="2009-04-28",
    )
    assert [(e.trigger_text, e.date.value if e.date else None) for e in rule.events] == [
        ("made", "2008-12"),
        ("drew", "2008-12"),  # a passive with its own subject and a verb with its own object: two events
    ]
    shooting = sitroom.analyze(
        "Kraft Shooting: Yvonne Hiller Charged With Two Counts Of Murder\n\n"
        "A Kraft Foods plant worker executed two of her co-workers, police said Friday.\n\n"
        "She had gotten into an argument with her co-workers at the northeast Philadelphia plant, police said.",
        published="2010-09-11",
    )
    # the title-case line over the story is its headline, and the town its opening names is its place
    assert [(e.type, e.trigger_text, e.casualty) for e in shooting.events] == [("assault", "executed", "killed")]
    (executed,) = shooting.events
    assert executed.place is not None and executed.place.entity == "Philadelphia" and executed.place_inherited


def test_a_name_the_report_calls_a_candidate_is_no_town_and_a_church_named_for_a_town_places_its_fire() -> None:
    analysis = sitroom.analyze(
        "Authorities estimate the damages to the Wasilla Bible Church at $1 million.\n\n"
        "No one was injured in the fire last night, which was intentionally set.\n\n"
        "The pastor declined to say if the blaze was directed at Palin, the failed Republican vice "
        "presidential candidate.",
        published="2008-12-13",
    )
    assert "Palin" in {e.name for e in analysis.entities if e.kind == "person"}  # not Palín, Guatemala
    (town,) = analysis.places
    assert town.label == "Wasilla (AK, US)"
    set_fire = next(e for e in analysis.events if e.trigger_text == "set")
    assert set_fire.place is not None and set_fire.place.entity == "Wasilla Bible Church"


def test_a_clause_of_when_after_a_date_is_that_dates_and_an_apology_told_takes_the_visits_morning() -> None:
    analysis = sitroom.analyze(
        "Felt insisted on remaining completely anonymous until May 30, 2005 when Felt's family revealed his "
        "identity in an article for Vanity Fair magazine.\n\n"
        'Governor Palin stopped by the church this morning and "told an assistant pastor that she apologizes '
        'if the incident is in any way connected to the attention the church has received."\n\n'
        "Given the hatred that Democrats directed toward Palin during the campaign, it would be easy to jump "
        "to conclusions.\n\n"
        "In the early hours of Monday, thieves rammed a 4x4 vehicle through the windows of a jewellery store.",
        published="2008-12-13",
    )
    (revealed,) = events_of(analysis, "statement", "revealed")
    assert revealed.date is not None and revealed.date.value == "2005-05-30"  # the date it follows, not none
    (apology,) = events_of(analysis, "concede", "apologizes")
    assert apology.date is not None and apology.date.value == "2008-12-13TMO"  # the morning she stopped by
    # `toward Palin`, taken for a place, is the governor the report titles: no town of Guatemala
    assert "Palin" in {e.name for e in analysis.entities if e.kind == "person"}
    assert not any(p.name == "Palin" for p in analysis.places)
    (rammed,) = events_of(analysis, "breach", "rammed")
    assert rammed.date is not None and rammed.date.value == "2008-12-08TMO"


def test_two_people_found_stabbed_to_death_are_one_killing_of_two_and_a_strike_is_dated_by_its_beginning() -> None:
    analysis = sitroom.analyze(
        "Police say the landlord's son found the bodies yesterday after entering the apartment.\n\n"
        "35-year-old Gomes faces two counts of murder after his mother and his ex-girlfriend were found "
        "stabbed to death inside a New Bedford home yesterday afternoon.\n\n"
        "Eastern Airlines is in bankruptcy proceedings in the wake of a strike that began last spring.",
        published="2008-12-10",
    )
    (killing,) = events_of(analysis, "assault", "stabbed to death")  # the finding tells it, once
    assert killing.casualty == "killed"
    assert report_tolls(analysis)["killed"] == 2  # his mother and his ex-girlfriend
    (faces,) = events_of(analysis, "charge", "two counts of murder")
    assert faces.count is None  # counts of a crime are no people
    (strike,) = events_of(analysis, "protest", "strike")
    assert strike.date is not None and strike.date.value == "2008-SP"


def test_a_court_level_is_no_town_and_a_sentence_takes_no_date_from_its_crime() -> None:
    analysis = sitroom.analyze(
        "Superior Court Judge James Bodiford sentenced Nichols to seven consecutive life sentences for the "
        "March 11, 2005, incident that left four people dead.",
        published="2008-12-13",
    )
    (sentenced,) = events_of(analysis, "charge", "sentenced Nichols")
    assert sentenced.date is None  # the date is the incident's, the crime the sentence is for
    assert not any(p.name == "Superior" for p in analysis.places)  # a court's level, no town


def test_a_year_before_a_noun_dates_that_noun_not_the_clause_and_a_spoken_year_is_no_count() -> None:
    analysis = sitroom.analyze(
        "Letters claim responsibility for the clinic bombing, a nineteen ninety-seven attack on a gay lounge.\n\n"
        "In nineteen ninety-one Charles Keating was convicted in state court.",
        published="1998-02-27",
    )
    claim = next(e for e in analysis.events if e.trigger_text == "claim")
    assert claim.date is None  # the attack's year, not the claim's
    convicted = next(e for e in analysis.events if e.trigger_text == "convicted")
    assert convicted.date is not None and convicted.date.value == "1991" and convicted.count is None


def test_a_navy_report_dates_a_repulsed_attack_by_its_when_clause_and_an_incident_told_after_it_is_that_attack() -> (
    None
):
    analysis = sitroom.analyze(
        "The pirates were attempting to hijack the merchant vessel around noon today, when the destroyer "
        "intervened and repulsed the attack.\n\n"
        "The incident took place about 150 nautical miles off Aden.\n\n"
        "Last month, the INS Tabar had sunk a Thai trawler.",
        published="2008-12-13",
    )
    repulsed = next(e for e in analysis.events if e.trigger_text == "repulsed")
    assert repulsed.date is not None and repulsed.date.value == "2008-12-13T12:00"
    assert repulsed.actor is None  # who stopped the attack did not make it
    incident = next(e for e in analysis.events if e.trigger_text == "incident")
    assert incident.type == "assault"
    sunk = next(e for e in analysis.events if e.trigger_text == "sunk")
    assert sunk.actor is not None and sunk.actor.text == "the INS Tabar"  # sinking a ship is done to it


def test_a_stop_hung_on_a_clock_time_takes_it_and_a_press_release_speaks_for_its_sender() -> None:
    analysis = sitroom.analyze(
        "He was driving his car at about 1: 00 am Sunday on highway 94 when the cops stopped him.\n\n"
        "The Department of Interior sent out this press release announcing the decision today.",
        published="2009-02-04",
    )
    stopped = next(e for e in analysis.events if e.trigger_text == "stopped")
    assert stopped.type == "investigate" and stopped.date is not None and stopped.date.value == "2009-02-01T01:00"
    announcing = next(e for e in analysis.events if e.trigger_text == "announcing")
    assert announcing.actor is not None and announcing.actor.text == "The Department of Interior"


def test_a_sport_report_s_coaching_change_is_its_business_and_the_shot_less_the_dead_are_the_hurt() -> None:
    sport = sitroom.analyze(
        "General manager Ed Stefanski announced Tony DiLeo will take over as the head coach for the rest "
        "of the season.\n\n"
        "Stefanski fired Cheeks with the Sixers floundering at 9-14 and in the basement of the Eastern "
        "Conference's Atlantic Division.\n\n"
        "Friday night's 88-72 loss in Cleveland was the last straw; Cheeks is the fifth NBA coach fired "
        "this season, his team out of the playoff places.",
        published="2008-12-13",
    )
    assert [e for e in sport.events if e.trigger_text == "announced"] == []
    from sitroom.nlp.tolls import report_tolls

    shooting = sitroom.analyze(
        "A gunman shot three people at an office building on Monday morning, police said.\n\n"
        "Two of the victims died at the hospital.",
        published="2007-04-09",
    )
    assert report_tolls(shooting).get("injured") == 1  # three shot, two of them dead


def test_spaced_points_clock_times_read_as_objects_and_model_years_are_no_actors() -> None:
    # `4. 30am` and `Ave. about`: the tokenizer's point is no sentence's end, so each time is its clause's
    heist = sitroom.analyze(
        "A police source said the men drove a large four - by - four car into the store at around 4. 30am "
        "and grabbed jewellery.",
        published="2013-09-09",
    )
    drove = next(e for e in heist.events if e.trigger_text == "drove")
    assert drove.type == "breach" and drove.date is not None and drove.date.value == "2013-09-09T04:30"
    crash = sitroom.analyze(
        "A grandmother crossing a Queens street Friday was mowed down by a drunken driver.\n\n"
        "Raj Chohan, 59, had just parked her car and was walking toward a Sikh temple when she was struck "
        "by a gray 2013 Toyota Camry heading north on 117th St. near 97th Ave. about 7 p. m., police said.",
        published="2013-09-14",
    )
    struck = next(e for e in crash.events if e.trigger_text == "struck")
    # the time the parser made the object of `parked`, of the day last named (Friday), no year-number as actor
    assert struck.date is not None and struck.date.value == "2013-09-13T19:00"
    assert struck.actor is None


def test_a_sport_report_s_contracts_and_visits_to_teams_are_its_business() -> None:
    sport = sitroom.analyze(
        "Samuel Dalembert agreed to a six year deal with the Philadelphia 76ers on Saturday.\n\n"
        "The signing came just one day before Dalembert was set to get on a plane and visit the Atlanta Hawks.\n\n"
        "He played the part of a franchise center in the playoffs, and the Sixers made a power move this "
        "offseason, firing head coach Jim O'Brien.",
        published="2005-07-25",
    )
    assert [e.type for e in sport.events if e.type in {"agree", "consult"}] == []
    talks = sitroom.analyze("Israel and Hamas agreed to a deal on Saturday.", published="2005-07-25")
    assert [e.type for e in talks.events] == ["agree"]


def test_a_driver_s_participle_a_raised_passive_a_name_used_as_a_verb_and_the_night_of_a_day() -> None:
    crash = sitroom.analyze(
        "Instead, the driver gunned the engine and drove over Johnson, hitting her and dragging her 10 feet as "
        "he sped away.\n\n"
        "Police say they had to Taser him to get him out of his car.\n\n"
        "LaSalle is expected to be charged today, Earley said.",
        published="2008-12-11",
    )
    by_word = {e.trigger_text: e for e in crash.events}
    assert by_word["drove"].type == by_word["hitting"].type == "assault"
    assert by_word["hitting"].actor is not None and by_word["hitting"].actor.text == "the driver"
    assert by_word["drove"].plover_mode == "assault"  # an engine gunned is no firearm
    assert by_word["Taser"].actor is not None and by_word["Taser"].actor.text == "they"
    charged = by_word["charged"]
    assert charged.type == "charge" and charged.actor is None and charged.date is not None
    assert charged.date.value == "2008-12-11"
    night = sitroom.analyze(
        "A woman was killed by a hit-and-run driver in Queens on the night of Sept. 13.\n\n"
        "She was hit by a grey Toyota Camry that had been traveling north on 117th Street.",
        published="2013-09-18",
    )
    killed = next(e for e in night.events if e.trigger_text == "killed")
    assert killed.date is not None and killed.date.value == "2013-09-13TNI"
    hit = next(e for e in night.events if e.trigger_text == "hit")
    assert hit.actor is None  # a make and model told by its colour: a car, no one


def test_a_death_after_a_fire_rioters_set_a_date_line_first_and_the_day_of_the_story() -> None:
    athens = sitroom.analyze(
        "7: 00pm UK, Wednesday 05 May 2010\n\n"
        "Three people have died after rioters in Greece set fire to a bank in Athens.\n\n"
        "Violence was also reported in Thessaloniki, where a further 20, 000 people joined the city's "
        "demonstrations.",
        published="2010-05-05",
    )
    died = next(e for e in athens.events if e.trigger_text == "died")
    assert died.type == "assault" and died.count is not None and died.count.value == 3
    joined = next(e for e in athens.events if e.trigger_text == "demonstrations")
    assert joined.count is not None and (joined.count.value, joined.count.qualifier) == (20000, "exact")
    # the town a `where` clause opens is its event's, though the violence there took it first
    assert joined.place is not None and joined.place.entity == "Thessaloniki"
    assert died.place is not None and died.place.entity == "Athens"  # the lead's town, past the date line
    riots = sitroom.analyze(
        "Fresh riots were reported in Greece on Saturday December 13 2008 in protest at the killing by police "
        "of a boy eight days ago.\n\n"
        "The disturbances were the worst since protests that preceded the fall of the junta in 1974.\n\n"
        "Students held a silent vigil during the day in Syntagma Square.",
        published="2008-12-14",
    )
    assert [e.type for e in riots.events if e.trigger_text == "protest"] == []  # the riots are the protest
    vigil = next(e for e in riots.events if e.trigger_text == "vigil")
    assert vigil.date is not None and vigil.date.value == "2008-12-13"  # the day of the week told, not 1974


def test_a_while_of_contrast_takes_no_date_and_a_cable_break_told_happening_is_its_own_event() -> None:
    weitz = sitroom.analyze(
        "While Summit Entertainment will not confirm Weitz is attached to the series, The Hollywood Reporter "
        "said Friday he is the current candidate.",
        published="2008-12-12",
    )
    confirm = next(e for e in weitz.events if e.trigger_text == "confirm")
    assert confirm.date is None
    seacom = sitroom.analyze(
        "All Seacom traffic to Europe was affected by the break which happened on 8 October 2011 on one of "
        "their backhaul service providers' cables.",
        published="2011-11-04",
    )
    by_word = {e.trigger_text: e for e in seacom.events}
    assert by_word["affected"].type == by_word["break"].type == "other"
    assert by_word["break"].date is not None and by_word["break"].date.value == "2011-10-08"


def test_days_joined_date_no_event_and_a_cause_is_no_actor_of_what_it_prompts() -> None:
    currie = sitroom.analyze(
        "Following are statements made Friday and Thursday by Lawrence Wechsler, a lawyer for Betty Currie.",
        published="1998-02-06",
    )
    made = next(e for e in currie.events if e.trigger_text == "statements")
    assert made.date is None  # two days, no one day
    cruise = sitroom.analyze(
        "The threat of pirates recently prompted a German cruise ship to evacuate some 420 passengers.",
        published="2008-12-13",
    )
    evacuated = next(e for e in cruise.events if e.type == "lockdown")
    assert evacuated.actor is not None and evacuated.actor.text == "a German cruise ship"
    assert evacuated.date is not None and evacuated.date.value == "PAST_REF"


def test_a_verb_read_as_a_noun_and_a_feeling_of_disapproval_name_who_speaks() -> None:
    police = sitroom.analyze(
        "Police allege Eric Allen Kirkpatrick, 61, opened fire at a Vancouver office Christmas party Friday, "
        "killing one man.",
        published="2008-12-20",
    )
    alleged = next(e for e in police.events if e.trigger_text == "allege")
    assert alleged.type == "statement" and alleged.actor is not None and alleged.actor.text == "Police"
    assert alleged.date is None  # `Friday` is the shooting's
    mccurry = sitroom.analyze("I am shocked and dismayed by the numerous leaks.", published="1998-02-06")
    (dismay,) = mccurry.events
    assert dismay.actor is not None and dismay.actor.text == "I"
    lawyer = sitroom.analyze(
        "Without commenting on the allegations raised in this article, that implication is entirely inaccurate.",
        published="1998-02-06",
    )
    (withheld,) = lawyer.events
    assert withheld.polarity == "negated" and withheld.actor is None


def test_no_one_hyphened_is_no_one_hurt_and_a_fire_through_which_burns_while_firefighters_tackle_it() -> None:
    banstead = sitroom.analyze(
        "A Waitrose supermarket in Surrey has been destroyed in a fire.\n\n"
        "Mr Guest added that no-one had been injured in what was a serious incident.\n\n"
        "An investigation is taking place into the cause of the fire, which was still burning and being "
        "tackled by firefighters on Saturday morning.",
        published="2008-12-13",
    )
    hurt = next(e for e in banstead.events if e.trigger_text == "injured")
    assert hurt.polarity == "negated" and hurt.count is None
    assert report_tolls(banstead).get("injured") == 0
    burning = next(e for e in banstead.events if e.trigger_text == "burning")
    assert burning.type == "other"  # the fire `which` burns
    assert not [e for e in banstead.events if e.trigger_text == "tackled"]  # a fire fought


def test_a_refusal_but_a_confirmation_are_two_statements_and_a_closure_reopened_by_its_pronoun() -> None:
    gupta = sitroom.analyze(
        "Gupta wouldn't comment to me -- while not denying the story -- but confirmed on his Twitter feed "
        'that he "has been approached by the Obama administration."',
        published="2009-01-07",
    )
    assert sorted(e.trigger_text for e in gupta.events if e.type == "statement") == ["comment", "confirmed", "denying"]
    roads = sitroom.analyze(
        "Roads around the area were closed for some time, but the spokeswoman said they were all reopened by "
        "4.30pm on Saturday.",
        published="2008-12-13",
    )
    reopened = next(e for e in roads.events if e.trigger_text == "reopened")
    assert reopened.type == "restrict" and reopened.date is not None and reopened.date.value == "2008-12-13T16:30"


def test_a_person_described_takes_no_day_from_what_is_told_of_them_after_and_a_high_street_its_town() -> None:
    felt = sitroom.analyze(
        "W. Mark Felt, who leaked information to reporters about the Watergate break-in, died Thursday at the "
        "age of 95.",
        published="2008-12-19",
    )
    leaked = next(e for e in felt.events if e.trigger_text == "leaked")
    died = next(e for e in felt.events if e.trigger_text == "died")
    assert leaked.date is None and died.date is not None and died.date.value == "2008-12-18"
    banstead = sitroom.analyze(
        "Sixty local residents had to be evacuated from their homes.\n\n"
        "Roads around the area, including Banstead High Street itself, were closed for some time.",
        published="2008-12-13",
    )
    (town,) = banstead.places
    assert town.label == "Banstead (ENG, GB)"


def test_harm_told_with_a_riot_a_shared_object_a_claim_and_dates_of_who_someone_is() -> None:
    athens = sitroom.analyze(
        "The killing of Grigoropoulos has sparked the worst rioting Greece has seen in decades, with at least 70 "
        "people injured in cities across the country.",
        published="2008-12-14",
    )
    assert sorted((e.type, e.trigger_text) for e in athens.events) == [("assault", "injured"), ("riot", "rioting")]
    assert count_of(one(athens, "assault", "injured")) == (70, "at_least")
    shot = sitroom.analyze("She shot and killed two workers.", published="2010-09-10")
    assert count_of(one(shot, "assault", "shot")) == (2, "exact")
    claim = sitroom.analyze("Hiller claimed they were poisoning her.", published="2012-09-10")
    assert sorted(e.type for e in claim.events) == ["assault", "statement"]
    defence = sitroom.analyze("The officers claim the bullet was fired in self-defence.", published="2008-12-11")
    assert [e.type for e in defence.events] == ["assault"]  # a defence claimed, no one accused
    williams = sitroom.analyze(
        "Williams, one of the biggest box-office stars of the 1940s and 1950s, died peacefully in her sleep.",
        published="2013-06-06",
    )
    assert one(williams, "other", "died").date is None
    hiller = sitroom.analyze(
        "At a hearing on Tuesday, the prosecutor described Yvonne Hiller as a methodical killer who waved a gun "
        "within a foot of a security guard's face to regain access to the plant.",
        published="2010-12-07",
    )
    assert one(hiller, "breach", "waved").date is None  # the describing's day, not the act's
    gomes = sitroom.analyze("Both women had been stabbed to death.", published="2008-12-10")
    assert report_tolls(gomes).get("killed") == 2


def test_charges_filed_a_driver_hitting_a_condition_made_to_happen_a_release_from_prison_and_two_bodies() -> None:
    charges = sitroom.analyze(
        "He had a blood-alcohol level more than five times the legal limit, according to charges filed Friday.",
        published="2008-12-12",
    )
    filed = one(charges, "charge", "charges")
    assert filed.date is not None and filed.date.value == "2008-12-12"
    lasalle = sitroom.analyze(
        "Instead, LaSalle gunned the engine and drove over Johnson, hitting her and dragging her 10 feet as he sped "
        "away, a witness said.",
        published="2008-12-12",
    )
    assert sorted(e.trigger_text for e in lasalle.events if e.type == "assault") == ["drove", "hitting"]
    apology = sitroom.analyze(
        'The Governor of Alaska has apologized if "undeserved attention" focused on Wasilla Bible Church caused '
        "haters to set a fire there.",
        published="2008-12-13",
    )
    assert [e.type for e in apology.events] == ["concede"]  # the fire set is inside the condition
    mendes = sitroom.analyze(
        "Mendes went back to prison for 2-1/2 years and was recently released.", published="2008-12-10"
    )
    assert sorted(e.type for e in mendes.events) == ["arrest", "other"]
    istanbul = sitroom.analyze(
        "Some 1,500 ethnic Albanians marched Sunday in downtown Istanbul, burning Serbian flags to protest the "
        "killings of ethnic Albanians by Serb police.",
        published="1998-03-08",
    )
    assert sorted(e.trigger_text for e in istanbul.events) == ["burning", "marched"]  # the march is the protest
    bodies = sitroom.analyze(
        "The body of Katherine Gomes, 61, and Robyn Norma Mendes, 48, were discovered on Tuesday.",
        published="2008-12-10",
    )
    assert report_tolls(bodies).get("killed") == 2


def test_a_verdict_and_a_sentence_a_term_and_its_release_years_added_and_killings_counted() -> None:
    ortiz = sitroom.analyze(
        "In April 2007 the suspect was found guilty of capital murder and sentenced to death.", published="2007-04-30"
    )
    assert sorted(e.trigger_text for e in ortiz.events) == ["found", "sentenced"]  # a verdict, then a sentence
    assert {e.date.value for e in ortiz.events if e.date is not None} == {"2007-04"}
    gigante = sitroom.analyze(
        "Gigante was serving a 12 - year sentence for a racketeering conspiracy conviction in Brooklyn in 1997 and "
        "was due to be released in June 2010. In April 2003, Gigante plead guilty to charges he feigned mental "
        "illness in the 1990s, adding three years to his sentence.",
        published="2005-12-19",
    )
    assert sorted((e.type, e.trigger_text) for e in gigante.events) == [
        ("arrest", "serving"),
        ("charge", "adding"),
        ("charge", "plead"),
        ("other", "released"),
    ]
    released = one(gigante, "other", "released")
    assert released.date is not None and released.date.value == "2010-06"
    shot = sitroom.analyze("Deputy Jerry Ortiz was shot and killed after knocking on a door.", published="2007-04-30")
    assert one(shot, "assault", "shot").casualty == "killed"
    assert report_tolls(shot).get("killed") == 1  # one deputy, named
    murdered = sitroom.analyze(
        "He had been a deputy for less than 3 years when he was murdered.", published="2008-12-13"
    )
    assert report_tolls(murdered).get("killed") == 1


def test_a_question_quoted_at_the_end_asks_only_inside_its_quote() -> None:
    praise = sitroom.analyze(
        "DeGeneres also earned praise for her performance as the host of TV's Emmy awards in 2001, memorably "
        'lightening the somber mood by asking, "What would bug the Taliban more than seeing a gay woman in a suit?"',
        published="2013-08-02",
    )
    earned = one(praise, "support", "earned")
    assert earned.date is not None and earned.date.value == "2001"
    asked = sitroom.analyze('"Did police shoot him?" she asked.', published="2013-08-02")
    assert asked.events == ()
    walk = sitroom.analyze(
        "\"When you watched him walk out in the room tonight, didn't you just think 'well, there he is'?\"",
        published="2013-08-04",
    )
    assert walk.events == ()  # a single-quoted phrase inside the question closes nothing


def test_a_driver_who_struck_her_with_his_car_a_car_is_no_actor_and_a_home_town_chooses_the_city() -> None:
    queens = sitroom.analyze(
        "A 59-year-old mother of two died when a drunken driver struck her with his car and then drove off. "
        "Raj Chohan, 59, of Queens, had just parked her car at 97th Avenue in Richmond Hill when she was hit by a "
        "2013 Toyota Camry, which then fled.",
        published="2013-09-14",
    )
    assert sorted(e.trigger_text for e in queens.events) == ["died", "hit", "struck"]  # the car's flight no event
    assert {e.type for e in queens.events} == {"assault"}  # a driver did it, with his car
    hit = one(queens, "assault", "hit")
    assert hit.actor is None  # a car is no one
    assert hit.place is not None and hit.place.text == "Richmond Hill"
    richmond = next(p for p in queens.places if p.name == "Richmond Hill")
    assert 40.5 < richmond.latitude < 41.0  # the Queens one, not Ontario's


def test_a_killing_before_the_protests_a_report_opens_on_is_their_cause_not_their_toll() -> None:
    vigil = sitroom.analyze(
        "Police intervened when more than a hundred people joined in a candlelit vigil in East Flatbush. "
        "Sixteen-year-old Kimani Gray was shot and killed on Saturday night after, police say, pointing a gun at "
        "approaching cops.",
        published="2013-03-11",
    )
    assert one(vigil, "assault", "shot").casualty == "killed"
    assert "killed" not in report_tolls(vigil)
    riot = sitroom.analyze(
        "Rioters set fire to a bank in Athens on Wednesday. Three people died in the blaze.", published="2010-05-05"
    )
    assert report_tolls(riot).get("killed") == 3  # killed in the riot, that day


def test_a_remand_a_court_step_after_it_and_the_roles_of_a_passive_gerund() -> None:
    remand, found = typed(
        "A man has been remanded in custody after being charged with the murder of his mother. "
        "He was remanded in custody to appear before Taunton Crown Court on 19 August.",
        "2013-06-10",
    )
    assert found == [
        ("arrest", "remanded"),
        ("charge", "charged"),
        ("arrest", "remanded"),
        ("charge", "appear"),
    ]
    charged = one(remand, "charge", "charged")
    assert charged.actor is None  # who was charged did not charge
    appear = one(remand, "charge", "appear")
    assert appear.date is not None and appear.date.value == "2013-08-19"
    absent = sitroom.analyze(
        "John Jenkin, 23, was remanded in his absence by Barrow magistrates.", published="2013-06-10"
    )
    by_magistrates = one(absent, "arrest", "remanded")
    assert by_magistrates.actor is not None and by_magistrates.actor.text == "Barrow magistrates"
    evacuated = sitroom.analyze(
        "Around 60 people spent the evening at a day centre after being evacuated from their homes.",
        published="2013-07-22",
    )
    moved = next(e for e in evacuated.events if e.trigger_text == "evacuated")
    assert moved.actor is None and moved.count is not None and moved.count.value == 60  # the evacuated, counted


def test_a_tremor_felt_where_the_report_is_and_an_evacuation_it_results_in() -> None:
    dubai, found = typed(
        "Dubai experienced a slight tremor today, resulting in the evacuation of Emirates Towers. "
        "Witnesses said they felt the ground shaking beneath them.",
        "2005-11-27",
    )
    assert found == [
        ("other", "experienced"),
        ("lockdown", "evacuation"),
        ("other", "shaking"),
    ]
    assert all(e.actor is None for e in dubai.events)  # a place that shook, the ground: no one did it
    assert all(e.date is not None and e.date.value == "2005-11-27" for e in dubai.events)
    reach = sitroom.analyze("The quake was felt across the gulf in Oman.", published="2005-11-27")
    assert reach.events == ()  # the quake's reach, no second quake


def test_a_present_perfect_leaves_the_day_to_the_incident_it_follows() -> None:
    denied = sitroom.analyze(
        "A man has denied arson following a fire at a Somerset supermarket early on Sunday.", published="2013-07-23"
    )
    (denial,) = denied.events
    assert denial.type == "statement" and denial.date is None
    arrested = sitroom.analyze("Police arrested a man on Sunday after the riot.", published="2013-07-23")
    (arrest,) = arrested.events
    assert arrest.date is not None and arrest.date.value == "2013-07-21"  # a past tense takes its day


def test_the_actor_of_a_vow_joined_to_a_clause_about_things_and_of_a_relative_after_an_address() -> None:
    vow = sitroom.analyze(
        "Berdymukhamedov rolled back some of the decrees which had celebrated the previous leader and vowed to "
        "increase democracy.",
        published="2008-12-14",
    )
    vowed = one(vow, "statement", "vowed")
    assert vowed.actor is not None and vowed.actor.text == "Berdymukhamedov"
    address = sitroom.analyze(
        "Mr Jenkin, of Newton Street, Millom, who arrested an hour after the bodies were discovered, has also "
        "been charged with animal cruelty.",
        published="2013-06-10",
    )
    assert one(address, "arrest", "arrested").actor is None  # a town is no one
    named = sitroom.analyze(
        '"We will see," Maral, a resident of Ashgabat who declined to comment further, told the agency.',
        published="2008-12-14",
    )
    declined = one(named, "statement", "declined")
    assert declined.actor is not None and declined.actor.text == "Maral"


def test_a_fact_named_is_no_event_but_what_its_clause_of_time_tells_is() -> None:
    _, found = typed(
        "Adding to her bewilderment was the fact that this new popularity surge happened while Page was "
        "institutionalized in a mental facility.",
        "2008-12-12",
    )
    assert found == [("arrest", "institutionalized")]


def test_the_wounds_of_the_dead_are_no_injured_toll_and_an_address_town_is_a_place() -> None:
    millom = sitroom.analyze(
        "The bodies of Alice McMeekin, 58, and Kathryn Jenkin, 20, were found at a terraced house in Newton "
        "Street, Millom, on Saturday.\n\nBoth had suffered head injuries.\n\nA man has been charged in Cumbria.",
        published="2013-06-10",
    )
    assert report_tolls(millom) == {"killed": 2}  # the two found dead; their wounds are no one else's
    found = one(millom, "other", "found")
    assert found.place is not None and found.place.entity == "Millom"
    town = next(p for p in millom.places if p.name == "Millom")
    assert 54.0 < town.latitude < 54.5  # Millom, Cumbria
    court = sitroom.analyze(
        "Robert Pitman, 24, entered a not guilty plea at Taunton Deane Magistrates.", published="2013-07-23"
    )
    plea = one(court, "charge", "plea")
    assert plea.place is not None and plea.place.text == "Taunton"  # a court's name begins with its town


def test_a_crime_read_as_a_verb_before_charges_and_a_date_split_off_before_its_clause() -> None:
    _, found = typed(
        "Gary Gomes, 35, will face murder and kidnapping charges after police found the bodies of two women -- 68 "
        "and 48-years-old -- inside an Independent Street apartment.",
        "2008-12-10",
    )
    assert found == [("charge", "kidnapping"), ("other", "found")]  # the kidnapping is a kind of charge
    weitz = sitroom.analyze(
        "Of course though it's not official yet. December 14th the announcement will be made for the hiring decision.",
        published="2008-12-12",
    )
    (announcement,) = weitz.events
    assert announcement.date is not None and announcement.date.value == "2008-12-14"


def test_a_part_of_a_city_in_the_state_a_report_names_and_no_harm_to_persons() -> None:
    queens = sitroom.analyze(
        "A woman has died after being hit by a car in Queens. Raj Chohan, 59, of Queens, was leaving her car on "
        "117th Street in South Richmond Hill Friday when she was hit by a Toyota Camry.",
        published="2013-09-14",
    )
    south = next(p for p in queens.places if p.name == "South Richmond Hill")
    assert 40.5 < south.latitude < 41.0  # the Queens neighbourhood, not Richmond Hill, Ontario
    calm = sitroom.analyze(
        "Tremors from an earthquake in Iran were felt in Dubai today, prompting the evacuation of high-rise "
        "buildings. The authorities said there has been no damage to persons or property.",
        published="2005-11-27",
    )
    assert report_tolls(calm) == {"killed": 0, "injured": 0}


def test_a_hyphened_no_one_a_subject_joined_to_an_object_and_a_vague_time_of_a_thing() -> None:
    (unhurt,) = sitroom.analyze("No-one was injured in the fire.", published="2008-12-13").events
    assert unhurt.polarity == "negated" and unhurt.count is None
    athens = sitroom.analyze(
        "A fire-bomb attack on a bank in Athens left three people dead.\n\nProtesters also tried to storm the "
        "Greek Parliament and the rioting spread to Greece's second city, Thessaloniki.",
        published="2010-05-05",
    )
    assert [(e.type, e.trigger_text) for e in athens.events] == [("assault", "dead"), ("riot", "rioting")]
    assert athens.events[1].place is not None and athens.events[1].place.text == "Thessaloniki"  # where it spread
    (apology,) = sitroom.analyze(
        "She visited the church after the fire to apologize for any tie in with her recent national political "
        "exposure.",
        published="2008-12-13",
    ).events
    assert apology.type == "concede" and apology.date is None  # `recent` is the exposure's, not the apology's


def test_a_weapons_size_is_no_actor_and_a_time_counted_from_an_incident_carries_no_day() -> None:
    (killing,) = sitroom.analyze("Kathina was killed by a .45-caliber bullet.", published="2008-12-09").events
    assert killing.type == "assault" and killing.actor is None  # the calibre is the bullet's, no one's
    trial = sitroom.analyze(
        "In opening statements Tuesday, the public defender said his client had a gun.\n\n"
        "Timmons, who was arrested 12 days after the shooting, faces a long sentence.\n\n"
        "He's charged with two counts of second-degree murder.",
        published="2008-12-09",
    )
    assert [(e.type, e.date.value if e.date else None) for e in trial.events] == [
        ("charge", "2008-12-09"),  # the opening statements, a trial step
        ("arrest", None),  # 12 days after the shooting: not the Tuesday told just before
        ("charge", None),
    ]
