"""Entities across the store: one identity for one person however the reports name them."""

from __future__ import annotations

from pathlib import Path

import sitroom
from sitroom.store import Store


def _save(store: Store, text: str, day: str, source: str) -> str:
    analysis = sitroom.analyze(text, published=day, source=source)
    store.save(analysis)
    return analysis.article.id


def test_name_variants_across_reports_are_one_entity_newest_first(tmp_path: Path) -> None:
    with Store(tmp_path / "i.db") as store:
        _save(store, "President Donald J. Trump spoke at a rally in Ohio on Monday.", "2020-10-05", "a")
        _save(store, "Donald Trump said on Tuesday that he would hold a rally in Ohio again.", "2020-10-06", "b")
        _save(store, "Trump told the rally in Ohio that he would win the state.", "2020-10-07", "c")
        report = store.entity_report("Donald Trump")
        assert report["names"] == ["Donald J. Trump", "Donald Trump", "Trump"]
        assert report["name"] == "Donald J. Trump"
        assert store.entity_report("Donald J. Trump")["names"] == report["names"]
        days = [m["published"] for m in report["mentions"]]
        assert days == sorted(days, reverse=True) and days[0] == "2020-10-07"
        assert report["totals"]["mentions"] == len(report["mentions"]) == 3
        assert len(store.entity_report("Donald Trump", limit=1)["mentions"]) == 1
        assert store.entity_report("Donald Trump", limit=1)["totals"]["mentions"] == 3


def test_a_bare_surname_goes_to_the_person_of_its_situation(tmp_path: Path) -> None:
    with Store(tmp_path / "c.db") as store:
        for day in ("2016-07-26", "2016-07-27"):
            _save(
                store,
                "Bill Clinton spoke at the Democratic convention in Philadelphia about his wife's record.",
                day,
                "conv-" + day,
            )
        _save(
            store,
            "Hillary Clinton released her tax returns in Chappaqua, New York, and attacked her rival over his.",
            "2016-08-12",
            "tax-1",
        )
        _save(store, "Hillary Clinton's tax returns show she paid a rate of 34 percent.", "2016-08-13", "tax-2")
        bare = _save(
            store,
            "Clinton's tax returns, released in Chappaqua, New York, show her income fell, and Clinton"
            " attacked her rival's refusal to release his tax returns.",
            "2016-08-13",
            "tax-3",
        )
        hillary = store.entity_report("Hillary Clinton")
        assert bare in {m["article_id"] for m in hillary["mentions"]}
        assert bare not in {m["article_id"] for m in store.entity_report("Bill Clinton")["mentions"]}


def test_an_older_store_gets_its_entities_tied_by_backfill(tmp_path: Path) -> None:
    with Store(tmp_path / "o.db") as store:
        _save(store, "President Donald J. Trump spoke at a rally in Ohio on Monday.", "2020-10-05", "a")
        _save(store, "Donald Trump said on Tuesday that he would hold a rally in Ohio again.", "2020-10-06", "b")
        with store.db.write() as conn:  # as a store made before identities existed would be
            conn.execute("UPDATE entities SET identity = NULL")
            conn.execute("DELETE FROM entity_keys")
            conn.execute("DELETE FROM identity_articles")
            conn.execute("DELETE FROM identity_names")
            conn.execute("DELETE FROM entity_identities")
        assert store.entity_report("Donald Trump")["names"] == ["Donald Trump"]
        store.place_unplaced()
        assert store.entity_report("Donald Trump")["names"] == ["Donald J. Trump", "Donald Trump"]


def test_a_store_made_before_entity_pages_gets_the_same_pages_once_migrated(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    with Store(path) as store:
        _save(store, '"We will win Ohio," Donald J. Trump said at a rally in Ohio on Monday.', "2020-10-05", "a")
        _save(store, "Police arrested a critic as Donald Trump spoke in Ohio on Tuesday.", "2020-10-06", "b")
        made_live = store.entity_report("Donald Trump")
        with store.db.write() as conn:  # as the store was before the pages' tables existed
            conn.execute("DROP TABLE identity_articles")
            conn.execute("DROP TABLE identity_names")
            for column in ("mentions", "quotes", "events"):
                conn.execute(f"ALTER TABLE entity_identities DROP COLUMN {column}")
            conn.execute("DELETE FROM migrations WHERE name = '0023_identity_pages'")
    assert made_live["totals"]["quotes"] == 1 and made_live["totals"]["mentions"] == 2
    with Store(path) as store:
        assert store.entity_report("Donald Trump") == made_live


def test_names_written_differently_share_a_key() -> None:
    from sitroom.nlp.name_keys import name_key
    from sitroom.store.identities import given_name_keys, initials, person_keys

    assert name_key("Hewlett - Packard Co.", "organisation") == name_key("Hewlett-Packard Company", "organisation")
    assert name_key("Intel Corp.", "organisation") == "intel" and name_key("Co", "organisation") == "co"
    assert name_key("U. S. Geological Survey", "organisation") == name_key("US Geological Survey", "organisation")
    assert name_key("Mt Cook", "place") == name_key("Mount Cook", "place")
    assert name_key("Place Vendôme", "place") == name_key("Place Vendome", "place")
    assert name_key("John F. Kennedy", "person") == "john f kennedy"  # one initial is not an acronym
    assert initials("Advanced Micro Devices Inc.") == "amd" and initials("Hewlett-Packard") == "hp"
    assert initials("Intel") is None
    assert person_keys("Anthony LaCalamita III") == ("anthony lacalamita", "~lacalamita")
    assert "ellen degeneres" in given_name_keys("Comedian Ellen DeGeneres")


def test_a_name_with_a_word_in_front_finds_the_person(tmp_path: Path) -> None:
    with Store(tmp_path / "k.db") as store:
        first = "Ellen DeGeneres will host the Oscars in Los Angeles, the academy said on Monday."
        _save(store, first, "2013-08-02", "a")
        second = "Comedian Ellen DeGeneres said on Tuesday she was thrilled to host the Oscars."
        later = _save(store, second, "2013-08-03", "b")
        assert "Comedian Ellen DeGeneres" in {e.name for e in store.analysis(later).entities}
        report = store.entity_report("Ellen DeGeneres")
        assert later in {m["article_id"] for m in report["mentions"]}
