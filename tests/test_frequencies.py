"""Document frequencies through the journal: exact whoever writes, across folds and rollbacks."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pytest

from sitroom.store import Store
from sitroom.store import frequencies as frequencies_module
from sitroom.store.frequencies import DocumentFrequencies

WORDS = [f"t:w{i}" for i in range(40)]


def _articles(n: int, seed: int) -> list[list[str]]:
    rng = random.Random(seed)
    return [rng.sample(WORDS, rng.randrange(3, 12)) for _ in range(n)]


def _expected(seen: list[list[str]], features: list[str]) -> tuple[dict[str, int], int]:
    counts = Counter(f for article in seen for f in set(article))
    return {f: counts[f] for f in set(features)}, len(seen)


@pytest.mark.parametrize("fold_every", [1, 3, 1000])
def test_two_writers_interleaved_count_exactly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fold_every: int
) -> None:
    monkeypatch.setattr(frequencies_module, "FOLD_EVERY", fold_every)
    # Two Store objects on one file stand for two processes, each with its own view of the journal.
    with Store(tmp_path / "s.db") as one, Store(tmp_path / "s.db") as two:
        views = [(one, DocumentFrequencies()), (two, DocumentFrequencies())]
        seen: list[list[str]] = []
        rng = random.Random(3)
        for features in _articles(40, 1):
            store, frequencies = views[rng.randrange(2)]
            seen.append(features)
            with store.db.write() as conn:
                got = frequencies.count(conn, features)
            assert got == _expected(seen, features)


def test_a_fold_rolled_back_is_counted_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(frequencies_module, "FOLD_EVERY", 4)
    with Store(tmp_path / "s.db") as store:
        frequencies = DocumentFrequencies()
        seen: list[list[str]] = []
        articles = _articles(12, 2)
        for n, features in enumerate(articles):
            if n == 3:  # the fourth article folds the journal, then its transaction fails
                with pytest.raises(RuntimeError), store.db.write() as conn:
                    frequencies.count(conn, features)
                    raise RuntimeError("crash after the fold")
                assert store.db.reader.execute("SELECT COUNT(*) FROM df_journal").fetchone()[0] == 3
            seen.append(features)
            with store.db.write() as conn:
                assert frequencies.count(conn, features) == _expected(seen, features)
        folded = dict(store.db.reader.execute("SELECT feature, df FROM feature_df").fetchall())
        assert folded.pop("") == 12 and folded == dict(Counter(f for a in seen for f in set(a)))
