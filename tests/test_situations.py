"""Across articles: copies, situations as reports arrive, edits by hand, timelines and briefs."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

import sitroom
from sitroom.cli import sample_dir
from sitroom.ingest import ingest
from sitroom.settings import Options
from sitroom.store import Store

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "eval"))


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    store = Store(tmp_path_factory.mktemp("samples") / "s.db")
    report = ingest(store, [sample_dir()], Options())
    assert report.stored == 7
    return store


def _holding(store: Store, words: str) -> int:
    """The situation holding the report whose text has these words."""
    (found,) = [
        s.id
        for s in store.situations()
        if any(words in a.article.text for a in store.analyses_of([i for i, _ in store.situation_articles(s.id)]))
    ]
    return found


def _by_title(store: Store, words: str) -> int:
    (found,) = [s.id for s in store.situations() if words in s.title]
    return found


def test_samples_form_two_situations_with_copies_folded(sample_store: Store) -> None:
    situations = sample_store.situations()
    assert len(situations) == 2
    flood = sample_store.situation(_by_title(sample_store, "Marrow River"))
    # Four reports, three outlets; the Gazette runs the wire story, so three independent reports.
    assert (flood.articles, flood.sources, flood.independent) == (4, 3, 3)
    assert "Helen Ashcroft" in flood.actors and "Riverton" in flood.places
    copies = [copy_of for _, copy_of in sample_store.situation_articles(flood.id) if copy_of]
    assert len(copies) == 1
    strike = sample_store.situation(_by_title(sample_store, "Kelso"))
    assert strike.articles == 3 and "Port of Kelso" in strike.places


def test_timeline_merges_one_incident_from_several_reports(sample_store: Store) -> None:
    flood = _by_title(sample_store, "Marrow River")
    timeline = sample_store.timeline(flood)
    rescue = next(t for t in timeline if t.counts and t.counts[0][0].value == 40)
    # Reported by the local paper, the wire and the wire's copy: one incident, one count, three reports,
    # two of them independent.
    assert len(rescue.counts) == 1 and len(rescue.counts[0][1]) == 3
    assert len(rescue.reports) == 3 and rescue.independent == 2
    assert {"wire", "Riverton Gazette"} <= set(rescue.sources)
    # In time order: the night of the 13th before the morning of the 15th.
    days = [(t.date.first_day if t.date and t.date.first_day else t.reported) for t in timeline]
    assert days == sorted(days)
    assert all(r.evidence and r.article_id for t in timeline for r in t.reports)


def test_conflicting_counts_side_by_side() -> None:
    from sitroom.corpus.timeline import build_timeline

    one = sitroom.analyze("Police arrested 12 people in Kelso on Monday night.", published="2024-06-04", source="a")
    two = sitroom.analyze("Police arrested 15 people in Kelso on Monday night.", published="2024-06-04", source="b")
    (arrest,) = [t for t in build_timeline([(one, None), (two, None)]) if t.type == "arrest"]
    assert sorted(q.value for q, _ in arrest.counts) == [12, 15]  # shown side by side, not averaged
    assert arrest.sources == ("a", "b")


def test_edits_by_hand_are_kept_as_reports_arrive(tmp_path: Path) -> None:
    with Store(tmp_path / "e.db") as store:
        ingest(store, [sample_dir()], Options())
        strike = _by_title(store, "Kelso")
        council = next(aid for aid, _ in store.situation_articles(strike) if store.analysis(aid).article.title)
        apart = store.split_situation(strike, [council[:10]])
        assert [aid for aid, _ in store.situation_articles(apart)] == [council]
        assert store.situation(apart).edited and store.situation(strike).articles == 2
        flood = _by_title(store, "Marrow River")
        store.merge_situations(flood, [apart])
        with pytest.raises(sitroom.SitroomError, match="E204"):
            store.situation(apart)
        # A new report on the strike joins the strike; the council article stays where it was put.
        later = sitroom.analyze(
            "Dock workers at the Port of Kelso stayed off the job on Thursday as the Harbour Workers Union "
            "and the Kelso Port Authority failed to agree on a contract. Union leader Priya Raman said the strike "
            "would go on.",
            published="2024-06-06",
            source="Kelso Courier",
        )
        store.save(later)
        assert store.situation_of(later.article.id) == strike
        assert store.situation_of(council) == flood


def test_sitrep_sources_every_line_and_says_what_changed(tmp_path: Path, reference_path: Path) -> None:
    with Store(tmp_path / "r.db") as store:
        ingest(store, [reference_path], Options())
        (situation,) = store.situations()
        brief = store.sitrep(situation.id)
        text = brief.markdown
        for heading in ("## What happened", "## Where", "## Who said what", "## What is disputed"):
            assert heading in text
        happened = text.split("## What happened")[1].split("##")[0]
        lines = [line for line in happened.splitlines() if line.startswith("- ")]
        assert len(lines) > 10 and all(line.rstrip().endswith("]") for line in lines)
        assert "at least ten people were arrested overnight" in happened
        assert "arrest (attributed) · at least 10 [" in happened  # Bowser announced it
        assert "Rudy Giuliani" in text.split("## What is disputed")[1] and "`baselessly`" in text
        assert "First brief" in text
        assert "Nothing new since" in store.sitrep(situation.id).markdown


def test_bcubed_scores_a_known_case() -> None:
    from situations import bcubed

    gold = {"a": "x", "b": "x", "c": "y"}
    system = {"a": "1", "b": "2", "c": "2"}
    precision, recall, _ = bcubed(system, gold, ["a", "b", "c"])
    # a: 1/1, b: 1/2, c: 1/2 -> P = 2/3; a: 1/2, b: 1/2, c: 1/1 -> R = 2/3.
    assert precision == pytest.approx(2 / 3) and recall == pytest.approx(2 / 3)


def test_export_writes_situations_and_timelines(sample_store: Store, tmp_path: Path) -> None:
    import csv

    from sitroom.store.export import corpus_rows, export

    written = export(sample_store.analyses(), "csv", tmp_path, corpus_rows(sample_store))
    assert {p.name for p in written} >= {"situations.csv", "situation_articles.csv", "timeline.csv"}
    with (tmp_path / "timeline.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    rescue = [r for r in rows if r["counts"] == "40 at_least"]
    assert len(rescue) == 3 and len({r["incident"] for r in rescue}) == 1
    assert all(r["evidence"] for r in rows)


def test_articles_stored_before_situations_are_placed_by_backfill(tmp_path: Path) -> None:
    with Store(tmp_path / "old.db") as store:
        ingest(store, [sample_dir()], Options())
        with store.db.write() as conn:  # as a store made before situations existed would be
            for table in (
                "situation_keys",
                "situation_days",
                "situation_articles",
                "situations",
                "corpus_profiles",
                "copy_bands",
                "df_journal",
            ):
                conn.execute(f"DELETE FROM {table}")
            conn.execute("DELETE FROM feature_df")
        assert store.situations() == []
        assert store.place_unplaced() == 7
        assert store.place_unplaced() == 0
        # Placed in publication order, not the order of ingest, so the day-2 flood report may
        # start its own situation (the similarity puts it just under the threshold here); the
        # flood and the strike never share one, and the copy stays with its original.
        situations = store.situations()
        assert 2 <= len(situations) <= 3
        for summary in situations:
            ids = [article_id for article_id, _ in store.situation_articles(summary.id)]
            titles = " ".join(a.article.title or a.article.text[:80] for a in store.analyses_of(ids))
            assert not ("Kelso" in titles and "Riverton" in titles), titles
        # found by the report it holds, not its title: three reports of the flood share a day, and
        # which of them is the most central (and titles the situation) turns on their order
        flood = store.situation(_holding(store, "Floodwaters swept"))
        assert [copy_of for _, copy_of in store.situation_articles(flood.id) if copy_of]


def test_next_day_report_joins_its_story_and_a_look_alike_stays_apart(tmp_path: Path, reference_path: Path) -> None:
    next_day = Path(__file__).parent / "fixtures" / "capitol-next-day-2021-01-07.txt"
    with Store(tmp_path / "c.db") as store:
        ingest(store, [reference_path, next_day], Options())
        (riot,) = store.situations()
        assert riot.articles == 2 and riot.independent == 2
        # A report of another story of the same kind (a protest, police, arrests) on the next day
        # starts its own situation.
        other = sitroom.analyze(
            "Police in Riverton arrested eleven people on Thursday after a protest over the closure of the "
            "Eastbank hospital blocked Mill Street for most of the afternoon. Mayor Helen Ashcroft said the "
            "hospital would stay open until a review reports in March.",
            published="2021-01-07",
            source="Riverton Gazette",
        )
        store.save(other)
        assert store.situation_of(other.article.id) != riot.id


def test_pairwise_scores_a_known_case_and_the_model_must_match_its_features() -> None:
    from sitroom.corpus import situations as grouping
    from situations import pairwise

    gold = {"a": "x", "b": "x", "c": "y", "d": "y"}
    system = {"a": "1", "b": "1", "c": "1", "d": "2"}
    precision, recall, _ = pairwise(system, gold, ["a", "b", "c", "d"])
    # Pairs put together: ab, ac, bc (one right); pairs of one story: ab, cd.
    assert precision == pytest.approx(1 / 3) and recall == pytest.approx(1 / 2)
    stored = {"weights": {name: 1.0 for name in grouping.PAIR_FEATURES[:-1]}, "bias": 0.0, "threshold": 0.5}
    with pytest.raises(ValueError, match="features"):
        grouping.model_from_json(stored)
    assert len(grouping.similarity_model().weights) == len(grouping.PAIR_FEATURES)


def test_people_are_compared_by_surname_and_kept_as_named() -> None:
    """Reports name one person differently; the similarity compares surnames, the centroid keeps
    the names as written (a situation's key actors)."""
    from sitroom.corpus import situations as grouping

    article = {"e:Dr. Sanjay Gupta": 1.0, "t:surgeon": 1.0}
    situation = grouping.SituationState(
        1, {"e:Gupta": 0.8, "e:Obama": 0.6, "t:surgeon": 1.0}, date(2009, 1, 6), date(2009, 1, 6)
    )
    other = grouping.SituationState(2, {"e:Regina Benjamin": 1.0, "t:surgeon": 1.0}, date(2009, 1, 6), date(2009, 1, 6))
    people = grouping.PAIR_FEATURES.index("cosine_people")
    disagree = grouping.PAIR_FEATURES.index("people_disagree")
    same = grouping.pair_features(article, date(2009, 1, 6), situation)
    apart = grouping.pair_features(article, date(2009, 1, 6), other)
    assert same[people] == pytest.approx(0.8) and same[disagree] == 0.0
    assert apart[people] == 0.0 and apart[disagree] == 1.0
    actors, _ = grouping.actors_and_places(grouping.add(situation.centroid, article))
    assert "Dr. Sanjay Gupta" in actors and "Gupta" in actors


def test_running_totals_reconcile_across_the_capitol_reports(tmp_path: Path, reference_path: Path) -> None:
    next_day = Path(__file__).parent / "fixtures" / "capitol-next-day-2021-01-07.txt"
    with Store(tmp_path / "t.db") as store:
        ingest(store, [reference_path, next_day], Options())
        (riot,) = store.situations()
        timeline = store.timeline(riot.id)
        from sitroom.corpus.timeline import counts_text, tallies

        (arrests,) = [t for t in tallies(timeline) if t.type == "arrest"]
        assert (arrests.latest.quantity.value, arrests.latest.role) == (52, "total")
        assert str(arrests.latest.published) == "2021-01-07"
        assert [(e.quantity.value, e.quantity.qualifier) for e in arrests.before] == [(10, "at_least")]
        assert sorted(e.quantity.value for e in arrests.additions) == [9, 17]
        # The additions are incidents of their own, not one incident in conflict with the total.
        arrest_lines = [counts_text(t) for t in timeline if t.type == "arrest" and t.counts]
        assert "52 in all" in arrest_lines and "+9" in arrest_lines and "+17" in arrest_lines
        assert not any("vs" in line and "52" in line for line in arrest_lines)
        brief = store.sitrep(riot.id).markdown
        assert (
            "## Running totals" in brief and "arrest: 52 in all (2021-01-07); before: at least 10 (2021-01-06)" in brief
        )


def test_count_roles_in_their_sentences() -> None:
    from sitroom.nlp.counts import count_role

    cases = {
        ("52 people had been arrested in all since Wednesday", "52"): "total",
        ("the number of people arrested has gone up to 1,587", "1,587"): "total",
        ("The death toll rose to 12 on Friday.", "12"): "total",
        ("bringing the total number of deaths to 40", "40"): "total",
        ("Nine more people were arrested overnight", "Nine"): "addition",
        ("and another 17 were arrested on Thursday", "17"): "addition",
        ("at least ten people were arrested overnight", "ten"): "figure",
        ("Police arrested 7 people on their way to 12 protests", "7"): "figure",
    }
    for (sentence, count), role in cases.items():
        start = sentence.index(count)
        assert count_role(sentence, start, start + len(count)) == role, sentence


FOOTER = (
    "Share this story on Facebook, Twitter and by email with your friends and family, and sign up for the"
    " Kelso Courier newsletter to get the day's news from the harbour, the council and the schools in your inbox"
    " every morning before breakfast. Subscribers can read every story on the website and in the app without"
    " limits, and support local reporting in Kelso and the towns around it."
)


def test_an_outlets_furniture_makes_no_copies_and_copies_are_of_the_same_weeks(tmp_path: Path) -> None:
    stories = [
        "The council voted on Tuesday to close the Eastbank library for repairs to its roof, which leaked"
        " through the winter, and said the work would take until the spring.",
        "Two fishing boats collided in fog off the north pier on Wednesday morning; the harbour master said"
        " no one was hurt and both crews brought their boats back to port.",
        "The Kelso Rovers beat Marrow Town three goals to one on Saturday and moved to the top of the league,"
        " with two goals from their new striker in the second half.",
        "A new bakery opened on Mill Street on Monday, the third shop to open there this year.",
        "Road works on the coast road will close one lane from next week, the county said.",
    ]
    with Store(tmp_path / "f.db") as store:
        ids = []
        for k, story in enumerate(stories):
            analysis = sitroom.analyze(f"{story}\n\n{FOOTER}", published=f"2024-05-{10 + k}", source="Kelso Courier")
            store.save(analysis)
            ids.append(analysis.article.id)
        # The two short pages are mostly footer: once the footer is known as the outlet's own, they
        # are not copies of anything.
        copies = {aid: copy_of for s in store.situations() for aid, copy_of in store.situation_articles(s.id)}
        assert copies[ids[3]] is None and copies[ids[4]] is None
        report = (
            "Firefighters put out a blaze at a warehouse on the Kelso docks on Thursday night; the fire service"
            " said the building was empty and the cause of the fire was not yet known."
        )
        first = sitroom.analyze(report, published="2024-05-16", source="wire")
        same_week = sitroom.analyze(report, published="2024-05-17", source="Riverton Gazette")
        months_later = sitroom.analyze(report, published="2024-08-20", source="Marrow Post")
        for analysis in (first, same_week, months_later):
            store.save(analysis)
        copies = {aid: copy_of for s in store.situations() for aid, copy_of in store.situation_articles(s.id)}
        assert copies[same_week.article.id] == first.article.id
        assert copies[months_later.article.id] is None


def test_lifecycle_and_suggestions_with_their_reasons(tmp_path: Path) -> None:
    from sitroom.corpus.lifecycle import status

    assert [status(date(2024, 6, d), date(2024, 6, 20)) for d in (19, 10, 1)] == ["active", "quiet", "closed"]
    with Store(tmp_path / "l.db") as store:
        ingest(store, [sample_dir()], Options())
        # The samples' last report is of 5 June: the strike is active, the March flood closed.
        by_status = {s.title[:20]: s.status for s in store.situations()}
        assert sorted(by_status.values()) == ["active", "closed"]
        strike = _by_title(store, "Kelso")
        council = next(aid for aid, _ in store.situation_articles(strike) if store.analysis(aid).article.title)
        apart = store.split_situation(strike, [council[:10]])
        (merge,) = [s for s in store.situation_suggestions() if s.action == "merge"]
        assert set(merge.situations) == {strike, apart}
        assert "Harbour Workers Union" in merge.reason or "Port of Kelso" in merge.reason
        # A report that has nothing to do with its situation is suggested for a split.
        stray = sitroom.analyze(
            "The Kelso Rovers beat Marrow Town three goals to one on Saturday and moved to the top of the"
            " league, with two goals from their new striker in the second half.",
            published="2024-06-05",
            source="Kelso Courier",
        )
        store.save(stray)
        alone = store.situation_of(stray.article.id)
        assert alone is not None and alone != strike
        store.merge_situations(strike, [alone, apart])
        splits = [s for s in store.situation_suggestions() if s.action == "split"]
        assert [s.articles for s in splits] == [(stray.article.id,)]


def test_an_incident_no_report_states_as_fact_says_how_it_is_put() -> None:
    from sitroom.corpus.timeline import build_timeline

    planned = sitroom.analyze("The union said workers would march through Kelso on Monday.", published="2024-06-01")
    done = sitroom.analyze("Workers marched through Kelso on Monday.", published="2024-06-03")
    only_planned = [t for t in build_timeline([(planned, None)]) if t.type == "protest"]
    assert only_planned and only_planned[0].modality != "asserted"
    both = [t for t in build_timeline([(planned, None), (done, None)]) if t.type == "protest"]
    assert any(t.modality == "asserted" for t in both)


def test_a_date_line_is_no_headline(tmp_path: Path) -> None:
    from sitroom.corpus.profile import profile

    analysis = sitroom.analyze(
        "MONDAY, MAY 23, 2005\n\nThe Philadelphia 76ers fired coach Jim O'Brien on Monday after one season.",
        published="2005-05-23",
        title="MONDAY, MAY 23, 2005",
    )
    prof = profile(analysis)
    assert prof.lead.startswith("The Philadelphia 76ers fired")  # what the report says, not when
    assert "h:fired" in prof.features and "h:may" not in prof.features
    with Store(tmp_path / "s.db") as store:
        store.save(analysis)
        (summary,) = store.situations()
        assert summary.title.startswith("The Philadelphia 76ers")
