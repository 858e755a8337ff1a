"""Document frequencies of words and names, kept so that storing one more article costs the same
however large the store.

Counting an article's few hundred features straight into `feature_df` dirties a page of that
table per feature: the number of pages written per article grows with the table until it is one
per feature, and is then half of all that an article writes. So each article appends its feature
list to `df_journal` (one sequential row), and every FOLD_EVERY articles the journal is folded into
`feature_df` in one sorted pass and emptied. A frequency is the folded count plus the journal's;
the journal's counts are held in memory, read back from the table when another process has
written or folded, so the figures are exact and survive a crash (the journal is in the same
transactions as the articles).
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterable, Mapping

FOLD_EVERY = 1000  # journal rows folded into feature_df at once
TOTAL = ""  # the feature_df row that counts articles


class DocumentFrequencies:
    """The journal's counts for one store, as this process last read them; used only by the writer."""

    def __init__(self) -> None:
        self._reset(0)

    def _reset(self, base: int) -> None:
        self._base = base  # journal rows up to this id are folded into feature_df
        self._upto = base  # ... and rows up to this one are counted in `_pending`
        self._first: int | None = None  # the first row counted in `_pending`
        self._rows = 0
        self._pending: Counter[str] = Counter()

    def count(self, conn: sqlite3.Connection, features: Iterable[str]) -> tuple[dict[str, int], int]:
        """Document frequencies of `features` and the number of articles, the article being
        stored (whose features these are) counted in; records it in the journal."""
        wanted = sorted(set(features))
        self._catch_up(conn)
        df = {f: self._pending[f] + 1 for f in wanted}
        total = self._rows + 1
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for feature, folded in conn.execute(
                f"SELECT feature, df FROM feature_df WHERE feature IN ({marks})", chunk
            ):
                df[feature] += folded
        row = conn.execute("SELECT df FROM feature_df WHERE feature = ?", (TOTAL,)).fetchone()
        total += row[0] if row else 0
        appended = conn.execute("INSERT INTO df_journal (features) VALUES (?)", (json.dumps(wanted),)).lastrowid
        if self._rows + 1 >= FOLD_EVERY:
            self._fold(conn, wanted, int(appended or 0))
        return df, total

    def _catch_up(self, conn: sqlite3.Connection) -> None:
        """Bring `_pending` in line with the journal as committed: rows appended since (by this
        process or another), or everything again after a fold elsewhere or one rolled back here."""
        first = conn.execute("SELECT MIN(id) FROM df_journal").fetchone()[0]
        if first is None:
            if self._rows:  # folded elsewhere
                self._reset(self._upto)
        elif first <= self._base or (self._first is not None and first > self._first):
            self._reset(first - 1)
        elif self._first is None and first > self._upto + 1:
            self._reset(first - 1)  # rows before `first` were folded elsewhere
        for row_id, listed in conn.execute(
            "SELECT id, features FROM df_journal WHERE id > ? ORDER BY id", (self._upto,)
        ):
            self._pending.update(json.loads(listed))
            self._rows += 1
            self._upto = row_id
            if self._first is None:
                self._first = row_id

    def _fold(self, conn: sqlite3.Connection, latest: list[str], latest_id: int) -> None:
        """Move the journal (caught up at the start of this transaction, plus `latest`, the row
        just appended) into feature_df. Should the transaction roll back, the next `_catch_up`
        finds the journal still there and counts it again."""
        counts = Counter(self._pending)
        counts.update(latest)
        _add(conn, {**counts, TOTAL: self._rows + 1})
        conn.execute("DELETE FROM df_journal")
        self._reset(latest_id)


def _add(conn: sqlite3.Connection, counts: Mapping[str, int]) -> None:
    # In key order, so the pass over feature_df's B-tree is sequential.
    conn.executemany(
        "INSERT INTO feature_df (feature, df) VALUES (?, ?) ON CONFLICT(feature) DO UPDATE SET df = df + excluded.df",
        sorted(counts.items()),
    )
