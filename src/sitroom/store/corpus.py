"""The corpus stage's state in SQLite: copy groups, document frequencies, situations and their
candidate index. `place_article` runs inside the transaction that stores the article, so an
article and its place in the corpus are written together or not at all."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from ..corpus import lifecycle
from ..corpus import situations as grouping
from ..corpus.profile import (
    COPY_THRESHOLD,
    COPY_WINDOW_DAYS,
    FURNITURE_REPEATS,
    MIN_STORY_WORDS,
    Profile,
    band_keys,
    signature_of,
    similarity,
    story_words,
)
from ..errors import store_error
from .database import now
from .frequencies import DocumentFrequencies


@dataclass(frozen=True)
class Placement:
    """Where a new article went: its situation, and the article it copies, if any."""

    article_id: str
    situation_id: int
    new_situation: bool
    copy_of: str | None
    score: float | None


@dataclass(frozen=True)
class SituationSummary:
    id: int
    title: str
    first: date
    last: date
    articles: int
    sources: int  # distinct outlets
    independent: int  # distinct reports once copies are folded
    actors: list[str]
    places: list[str]
    edited: bool
    status: str = "active"  # active, quiet or closed (corpus/lifecycle.py)


def place_article(conn: sqlite3.Connection, prof: Profile, frequencies: DocumentFrequencies) -> Placement:
    """Find the article's copies and its situation (from its profile), and record both."""
    furniture = _furniture(conn, prof)
    words = story_words(prof, furniture)
    signature = signature_of(words) if furniture else prof.signature
    copy_of, copy_similarity = _find_copy(conn, prof, signature) if len(words) >= MIN_STORY_WORDS else (None, None)
    if copy_of is None:
        # Only originals are indexed: a copy is found again through its original, so a flood of
        # near-duplicates costs each newcomer one comparison, not one per earlier copy.
        conn.executemany(
            "INSERT INTO copy_bands (band_key, article_id) VALUES (?, ?)",
            [(key, prof.article_id) for key in band_keys(signature)],
        )
    df, total = frequencies.count(conn, prof.features)
    vector = grouping.weigh(prof.features, df, total)
    conn.execute(
        "INSERT INTO corpus_profiles VALUES (?, ?, ?, ?, ?, ?)",
        (prof.article_id, signature.tobytes(), json.dumps(vector), prof.lead, copy_of, copy_similarity),
    )
    situation_id, score = None, None
    if copy_of is not None:
        row = conn.execute("SELECT situation_id FROM situation_articles WHERE article_id = ?", (copy_of,)).fetchone()
        situation_id = row[0] if row else None
        score = copy_similarity
    if situation_id is None:
        situation_id, score = grouping.choose(vector, prof.published, _candidates(conn, vector, prof.published))
    new = situation_id is None
    if situation_id is None:
        situation_id = _new_situation(conn, prof, vector)
        score = None
    else:
        _join(conn, situation_id, prof, vector, copy_of is not None)
    conn.execute(
        "INSERT INTO situation_articles (article_id, situation_id, score, added_at) VALUES (?, ?, ?, ?)",
        (prof.article_id, situation_id, score, now()),
    )
    conn.execute(
        "INSERT INTO situation_days VALUES (?, ?, 1)"
        " ON CONFLICT(situation_id, day) DO UPDATE SET reports = reports + 1",
        (situation_id, prof.published.isoformat()),
    )
    conn.execute(
        "INSERT INTO situation_sources VALUES (?, ?, 1)"
        " ON CONFLICT(situation_id, source) DO UPDATE SET reports = reports + 1",
        (situation_id, prof.source),
    )
    if copy_of is None:  # a copy is one more source of a report already counted
        conn.execute("UPDATE situations SET independent = independent + 1 WHERE id = ?", (situation_id,))
    return Placement(prof.article_id, situation_id, new, copy_of, score)


COPY_CANDIDATES = 200  # earlier articles compared for copies at the most (the latest indexed first)


def _furniture(conn: sqlite3.Connection, prof: Profile) -> set[int]:
    """The article's paragraphs its outlet already ran in FURNITURE_REPEATS earlier articles; the
    article's own paragraphs are then counted."""
    keys = sorted({key for key, _ in prof.paragraphs})
    found: set[int] = set()
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        marks = ",".join("?" * len(chunk))
        found.update(
            row[0]
            for row in conn.execute(
                f"SELECT key FROM outlet_paragraphs WHERE source = ? AND key IN ({marks}) AND articles >= ?",
                [prof.source, *chunk, FURNITURE_REPEATS],
            )
        )
    conn.executemany(
        "INSERT INTO outlet_paragraphs VALUES (?, ?, 1) ON CONFLICT(source, key) DO UPDATE SET articles = articles + 1",
        [(prof.source, key) for key in keys],
    )
    return found


def _find_copy(conn: sqlite3.Connection, prof: Profile, signature: np.ndarray) -> tuple[str | None, float | None]:
    keys = band_keys(signature)
    marks = ",".join("?" * len(keys))
    candidates = conn.execute(
        f"SELECT p.article_id, p.signature, p.copy_of, a.published FROM (SELECT article_id, MAX(rowid) AS latest"
        f" FROM copy_bands WHERE band_key IN ({marks}) GROUP BY article_id ORDER BY latest DESC"
        f" LIMIT {COPY_CANDIDATES}) b JOIN corpus_profiles p ON p.article_id = b.article_id"
        " JOIN articles a ON a.id = p.article_id",
        keys,
    ).fetchall()
    best: tuple[float, str] | None = None
    for article_id, stored, root, published in candidates:
        if abs((date.fromisoformat(published) - prof.published).days) > COPY_WINDOW_DAYS:
            continue
        value = similarity(signature, np.frombuffer(stored, dtype=np.uint64))
        if value >= COPY_THRESHOLD and (best is None or value > best[0]):
            best = (value, root or article_id)
    return (best[1], round(best[0], 3)) if best else (None, None)


def _candidates(conn: sqlite3.Connection, vector: dict[str, float], published: date) -> list[grouping.SituationState]:
    keys = grouping.key_features(vector)
    if not keys:
        return []
    since = (published - timedelta(days=grouping.WINDOW_DAYS)).isoformat()
    marks = ",".join("?" * len(keys))
    rows = conn.execute(
        f"SELECT situation_id, COUNT(*) AS shared FROM situation_keys WHERE feature IN ({marks})"
        " AND last_published >= ? GROUP BY situation_id ORDER BY shared DESC, situation_id LIMIT ?",
        [*keys, since, grouping.CANDIDATES],
    ).fetchall()
    return [_state(conn, situation_id) for situation_id, _ in rows]


def _state(conn: sqlite3.Connection, situation_id: int) -> grouping.SituationState:
    row = conn.execute(
        "SELECT centroid, first_published, last_published, independent FROM situations WHERE id = ?", (situation_id,)
    ).fetchone()
    return grouping.SituationState(
        situation_id, json.loads(row[0]), date.fromisoformat(row[1]), date.fromisoformat(row[2]), row[3]
    )


def _new_situation(conn: sqlite3.Connection, prof: Profile, vector: dict[str, float]) -> int:
    stamp = now()
    day = prof.published.isoformat()
    cursor = conn.execute(
        "INSERT INTO situations (title, title_article, first_published, last_published, articles, centroid,"
        " created_at, updated_at) VALUES (?, ?, ?, ?, 1, ?, ?, ?)",
        (prof.lead, prof.article_id, day, day, json.dumps(grouping.trim(vector)), stamp, stamp),
    )
    situation_id = int(cursor.lastrowid or 0)
    _index(conn, situation_id, vector, day)
    return situation_id


def _join(conn: sqlite3.Connection, situation_id: int, prof: Profile, vector: dict[str, float], copy: bool) -> None:
    row = conn.execute(
        "SELECT centroid, first_published, last_published, title_article FROM situations WHERE id = ?",
        (situation_id,),
    ).fetchone()
    # A copy is the same report again: counted, but it does not weigh its words twice.
    centroid = json.loads(row[0]) if copy else grouping.add(json.loads(row[0]), vector)
    first = min(row[1], prof.published.isoformat())
    last = max(row[2], prof.published.isoformat())
    # The title is the lead of the article closest to the situation as it now stands.
    title_vector = json.loads(
        conn.execute("SELECT vector FROM corpus_profiles WHERE article_id = ?", (row[3],)).fetchone()[0]
    )
    if grouping.cosine(vector, centroid) > grouping.cosine(title_vector, centroid):
        conn.execute(
            "UPDATE situations SET title = ?, title_article = ? WHERE id = ?",
            (prof.lead, prof.article_id, situation_id),
        )
    conn.execute(
        "UPDATE situations SET first_published = ?, last_published = ?, articles = articles + 1, centroid = ?,"
        " updated_at = ? WHERE id = ?",
        (first, last, json.dumps(centroid), now(), situation_id),
    )
    _index(conn, situation_id, centroid, last)


def _index(conn: sqlite3.Connection, situation_id: int, vector: dict[str, float], last: str) -> None:
    conn.execute("DELETE FROM situation_keys WHERE situation_id = ?", (situation_id,))
    conn.executemany(
        "INSERT INTO situation_keys (feature, last_published, situation_id) VALUES (?, ?, ?)",
        [(f, last, situation_id) for f in grouping.key_features(vector)],
    )


# -- edits by hand -------------------------------------------------------------------------


def merge_situations(conn: sqlite3.Connection, into: int, others: Sequence[int]) -> None:
    """Fold `others` into `into`; the articles stay together from now on."""
    for situation_id in (into, *others):
        _require(conn, situation_id)
    for other in others:
        if other == into:
            continue
        conn.execute(
            "UPDATE situation_articles SET situation_id = ?, by_hand = 1 WHERE situation_id = ?", (into, other)
        )
        conn.execute("DELETE FROM situation_keys WHERE situation_id = ?", (other,))
        conn.execute("DELETE FROM situation_days WHERE situation_id = ?", (other,))
        conn.execute("DELETE FROM situation_sources WHERE situation_id = ?", (other,))
        conn.execute("DELETE FROM situations WHERE id = ?", (other,))
    _rebuild(conn, into)
    _log(conn, "merge", {"into": into, "merged": list(others)})


def split_situation(conn: sqlite3.Connection, situation_id: int, article_ids: Sequence[str]) -> int:
    """Move `article_ids` out of the situation into a new one of their own; its id."""
    _require(conn, situation_id)
    members = {
        r[0] for r in conn.execute("SELECT article_id FROM situation_articles WHERE situation_id = ?", (situation_id,))
    }
    moving = [a for a in article_ids if a in members]
    if not moving or len(moving) == len(members):
        raise store_error("E205", situation=situation_id)
    stamp = now()
    cursor = conn.execute(
        "INSERT INTO situations (title, title_article, first_published, last_published, articles, centroid,"
        " edited, created_at, updated_at) VALUES ('', ?, '', '', 0, '{}', 1, ?, ?)",
        (moving[0], stamp, stamp),
    )
    new_id = int(cursor.lastrowid or 0)
    conn.executemany(
        "UPDATE situation_articles SET situation_id = ?, by_hand = 1 WHERE article_id = ?",
        [(new_id, a) for a in moving],
    )
    _rebuild(conn, situation_id)
    _rebuild(conn, new_id)
    _log(conn, "split", {"from": situation_id, "into": new_id, "articles": moving})
    return new_id


def _rebuild(conn: sqlite3.Connection, situation_id: int) -> None:
    """Recompute a situation from its articles after an edit by hand."""
    rows = conn.execute(
        "SELECT p.article_id, p.vector, p.lead, a.published, p.copy_of FROM situation_articles s"
        " JOIN corpus_profiles p ON p.article_id = s.article_id JOIN articles a ON a.id = s.article_id"
        " WHERE s.situation_id = ? ORDER BY a.published, a.id",
        (situation_id,),
    ).fetchall()
    conn.execute("DELETE FROM situation_days WHERE situation_id = ?", (situation_id,))
    conn.execute(
        "INSERT INTO situation_days SELECT s.situation_id, a.published, COUNT(*) FROM situation_articles s"
        " JOIN articles a ON a.id = s.article_id WHERE s.situation_id = ? GROUP BY a.published",
        (situation_id,),
    )
    conn.execute("DELETE FROM situation_sources WHERE situation_id = ?", (situation_id,))
    conn.execute(
        "INSERT INTO situation_sources SELECT s.situation_id, a.source, COUNT(*) FROM situation_articles s"
        " JOIN articles a ON a.id = s.article_id WHERE s.situation_id = ? GROUP BY a.source",
        (situation_id,),
    )
    conn.execute(
        "UPDATE situations SET independent = (SELECT COUNT(DISTINCT COALESCE(p.copy_of, p.article_id))"
        " FROM situation_articles m JOIN corpus_profiles p ON p.article_id = m.article_id"
        " WHERE m.situation_id = ?) WHERE id = ?",
        (situation_id, situation_id),
    )
    vectors = [json.loads(r[1]) for r in rows]
    members = {r[0] for r in rows}
    centroid: dict[str, float] = {}
    for row, vector in zip(rows, vectors, strict=True):
        if row[4] not in members:  # a copy of a report already here does not weigh twice
            centroid = grouping.add(centroid, vector)
    best = max(range(len(rows)), key=lambda k: grouping.cosine(vectors[k], centroid))
    last = rows[-1][3]
    conn.execute(
        "UPDATE situations SET title = ?, title_article = ?, first_published = ?, last_published = ?, articles = ?,"
        " centroid = ?, edited = 1, updated_at = ? WHERE id = ?",
        (rows[best][2], rows[best][0], rows[0][3], last, len(rows), json.dumps(centroid), now(), situation_id),
    )
    _index(conn, situation_id, centroid, last)


def _require(conn: sqlite3.Connection, situation_id: int) -> None:
    if conn.execute("SELECT 1 FROM situations WHERE id = ?", (situation_id,)).fetchone() is None:
        raise store_error("E204", situation=situation_id)


def _log(conn: sqlite3.Connection, action: str, detail: dict[str, object]) -> None:
    conn.execute(
        "INSERT INTO situation_edits (at, action, detail) VALUES (?, ?, ?)", (now(), action, json.dumps(detail))
    )


# -- reading -------------------------------------------------------------------------------


# How a list of situations can be ordered: the SQL of each.
SITUATION_ORDERS = {
    "latest": "s.last_published DESC, s.articles DESC, s.id",
    "reports": "s.articles DESC, s.last_published DESC, s.id",
    "outlets": "sources DESC, s.articles DESC, s.id",
    "alerts": "(SELECT COUNT(*) FROM alert_notifications n WHERE n.situation_id = s.id) DESC,"
    " s.last_published DESC, s.id",
    "started": "s.first_published DESC, s.id",
}


@dataclass(frozen=True)
class ListFilter:
    """What the situation list keeps besides words and status: a least size, reports within a span
    of days, a place among the situation's key places, a type among its reports' events."""

    min_reports: int | None = None
    since: date | None = None  # the situation's last report on or after this day
    until: date | None = None  # ... and its first on or before this one
    place: str | None = None
    event_type: str | None = None


STATUSES = ("active", "quiet", "closed")


def _situation_filter(
    conn: sqlite3.Connection,
    ids: Sequence[int] | None,
    query: str | None,
    status: str | None,
    keep: ListFilter | None = None,
) -> tuple[str, list[object]]:
    where: list[str] = []
    params: list[object] = []
    if keep is not None:
        where, params = _kept(keep)
    if ids is not None:
        where.append(f"s.id IN ({','.join('?' * len(ids))})")
        params += list(ids)
    if query:
        pattern = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        if any(c.isalnum() for c in query):
            where.append("(s.title LIKE ? ESCAPE '\\' OR s.centroid LIKE ? ESCAPE '\\')")
            params += [pattern, pattern]
        else:  # punctuation alone names nothing (and would match inside every stored centroid)
            where.append("0")
    if status is not None:
        since, until = lifecycle.last_report_bounds(status, _newest(conn))
        where.append("s.last_published <= ?")
        params.append(until.isoformat())
        if since is not None:
            where.append("s.last_published >= ?")
            params.append(since.isoformat())
    return (" WHERE " + " AND ".join(where) if where else ""), params


def _kept(keep: ListFilter) -> tuple[list[str], list[object]]:
    where: list[str] = []
    params: list[object] = []
    if keep.min_reports is not None:
        where.append("s.articles >= ?")
        params.append(keep.min_reports)
    if keep.since is not None:
        where.append("s.last_published >= ?")
        params.append(keep.since.isoformat())
    if keep.until is not None:
        where.append("s.first_published <= ?")
        params.append(keep.until.isoformat())
    if keep.place:  # a key place of the centroid: `"p:Washington, D.C."`
        stored = json.dumps(keep.place)[1:-1]  # as the centroid's JSON writes it (`\\u00fc` for `ü`)
        escaped = stored.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        where.append("s.centroid LIKE ? ESCAPE '\\'")
        params.append(f'%"p:{escaped}%')
    if keep.event_type:
        where.append(
            "EXISTS (SELECT 1 FROM situation_articles m JOIN events e ON e.article_id = m.article_id"
            " WHERE m.situation_id = s.id AND e.type = ?)"
        )
        params.append(keep.event_type)
    return where, params


def _newest(conn: sqlite3.Connection) -> date:
    """The store's clock: its newest report's day."""
    row = conn.execute("SELECT MAX(last_published) FROM situations").fetchone()
    return date.fromisoformat(row[0]) if row and row[0] else date.today()


def situation_count(
    conn: sqlite3.Connection, query: str | None = None, status: str | None = None, keep: ListFilter | None = None
) -> int:
    where, params = _situation_filter(conn, None, query, status, keep)
    return int(conn.execute(f"SELECT COUNT(*) FROM situations s{where}", params).fetchone()[0])


def situation_summaries(
    conn: sqlite3.Connection,
    limit: int = 50,
    ids: Sequence[int] | None = None,
    query: str | None = None,
    status: str | None = None,
    order: str = "latest",
    offset: int = 0,
    keep: ListFilter | None = None,
) -> list[SituationSummary]:
    """Situations, the one with the latest report first unless `order` says otherwise (a key of
    SITUATION_ORDERS); `status` keeps the active, quiet or closed ones, `keep` what it says;
    `offset` pages."""
    where, params = _situation_filter(conn, ids, query, status, keep)
    sql = (
        "SELECT s.*, (SELECT COUNT(*) FROM situation_sources o WHERE o.situation_id = s.id) AS sources"
        f" FROM situations s{where} ORDER BY {SITUATION_ORDERS[order]} LIMIT ? OFFSET ?"
    )
    params += [limit, offset]
    summaries = []
    newest = _newest(conn)
    for row in conn.execute(sql, params):
        actors, places = grouping.actors_and_places(json.loads(row["centroid"]))
        summaries.append(
            SituationSummary(
                id=row["id"],
                title=row["title"],
                first=date.fromisoformat(row["first_published"]),
                last=date.fromisoformat(row["last_published"]),
                articles=row["articles"],
                sources=row["sources"],
                independent=row["independent"],
                actors=actors,
                places=places,
                edited=bool(row["edited"]),
                status=lifecycle.status(date.fromisoformat(row["last_published"]), newest),
            )
        )
    return summaries


OPEN_LIMIT = 200  # open situations looked at for suggestions, the latest first
SPLIT_LIMIT = 60  # a situation with more reports is not checked for strays (the cost grows as its square)


def suggestions(conn: sqlite3.Connection) -> list[lifecycle.Suggestion]:
    """Merges and splits worth a look among the situations still open (active or quiet)."""
    if conn.execute("SELECT 1 FROM situations LIMIT 1").fetchone() is None:
        return []
    since = (_newest(conn) - timedelta(days=grouping.WINDOW_DAYS)).isoformat()
    ids = [
        r[0]
        for r in conn.execute(
            "SELECT id FROM situations WHERE last_published >= ? ORDER BY last_published DESC, id LIMIT ?",
            (since, OPEN_LIMIT),
        )
    ]
    states = {i: _state(conn, i) for i in ids}
    merges = []
    for situation_id, state in states.items():
        for other_id in _sharing_keys(conn, situation_id, since):
            if other_id in states and other_id > situation_id:
                found = lifecycle.merge_suggestion(state, states[other_id])
                if found is not None:
                    merges.append(found)
    splits = []
    for situation_id, state in states.items():
        if 3 <= state.articles <= SPLIT_LIMIT:
            rows = conn.execute(
                "SELECT p.article_id, p.vector FROM situation_articles s JOIN corpus_profiles p"
                " ON p.article_id = s.article_id WHERE s.situation_id = ? AND p.copy_of IS NULL ORDER BY s.rowid",
                (situation_id,),
            ).fetchall()
            splits += lifecycle.split_suggestions(situation_id, [(r[0], json.loads(r[1])) for r in rows])
    return sorted(merges, key=lambda m: -m.score) + sorted(splits, key=lambda m: m.score)


def _sharing_keys(conn: sqlite3.Connection, situation_id: int, since: str) -> list[int]:
    return [
        r[0]
        for r in conn.execute(
            "SELECT k.situation_id FROM situation_keys k JOIN situation_keys mine ON mine.feature = k.feature"
            " WHERE mine.situation_id = ? AND k.situation_id != ? AND k.last_published >= ?"
            " GROUP BY k.situation_id ORDER BY COUNT(*) DESC LIMIT 30",
            (situation_id, situation_id, since),
        )
    ]


def situation_articles(
    conn: sqlite3.Connection, situation_id: int, latest: int | None = None
) -> list[tuple[str, str | None]]:
    """(article id, the article it copies) of each article of the situation (or of its `latest`
    ones), oldest first."""
    _require(conn, situation_id)
    rows = conn.execute(
        "SELECT s.article_id, (SELECT copy_of FROM corpus_profiles p WHERE p.article_id = s.article_id)"
        " FROM situation_articles s JOIN articles a INDEXED BY articles_recency ON a.id = s.article_id"
        " WHERE s.situation_id = ? ORDER BY a.published DESC, a.ingested_at DESC, a.id DESC LIMIT ?",
        (situation_id, latest if latest else -1),
    ).fetchall()
    return [(r[0], r[1]) for r in reversed(rows)]


def situation_of(conn: sqlite3.Connection, article_id: str) -> int | None:
    row = conn.execute("SELECT situation_id FROM situation_articles WHERE article_id = ?", (article_id,)).fetchone()
    return None if row is None else int(row[0])
