"""The Store: the one handle that the CLI, the API and the tests use to keep and read analyses."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from ..corpus.alerts import Rule, parse_rules
from ..corpus.lifecycle import Suggestion
from ..corpus.profile import profile
from ..corpus.revisions import Revision, compare, with_revisions
from ..corpus.sitrep import Brief, write_sitrep
from ..corpus.timeline import build_timeline
from ..errors import store_error
from ..model import (
    Analysis,
    Article,
    Attribution,
    Caption,
    CaptionPlace,
    Claim,
    Credit,
    DateMention,
    Document,
    Entity,
    Event,
    Mention,
    Paragraph,
    Participant,
    Quantity,
    ResolvedPlace,
    Span,
    TimelineEvent,
)
from ..sources.feeds import SourceSpec
from . import alerts, corpus, following, identities
from .database import Database, now
from .frequencies import DocumentFrequencies

# The parts of a stored analysis, each by the table it is read from.
PARTS = frozenset(
    {
        "caption_places",
        "captions",
        "paragraphs",
        "mentions",
        "entities",
        "dates",
        "events",
        "places",
        "attributions",
        "claims",
    }
)

TIMELINE_PARTS = frozenset({"events"})  # what a timeline reads of each report (with the events' dates)


@dataclass(frozen=True)
class ArticleSummary:
    id: str
    source: str
    published: date
    title: str | None
    origin: str | None
    entities: int
    snippet: str | None = None  # with a search: the words around the match


class Store:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.db = Database(self.path)
        self._frequencies = DocumentFrequencies()  # touched only under the writer lock

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    # -- writing -------------------------------------------------------------------------

    def backup(self, path: Path) -> int:
        """Copy the whole store to `path` with SQLite's online backup (a consistent copy while
        others read and write), written beside it first and renamed, so a half-written backup never
        takes its name; the bytes written."""
        path = Path(path)
        if path.exists():
            raise store_error("E209", path=path, reason="the file exists")
        partial = path.with_name(path.name + ".partial")
        try:
            target = sqlite3.connect(partial)
            try:
                self.db.reader.backup(target)
            finally:
                target.close()
            partial.replace(path)
        except (OSError, sqlite3.Error) as exc:
            partial.unlink(missing_ok=True)
            raise store_error("E209", path=path, reason=str(exc)) from exc
        return path.stat().st_size

    def has_article(self, article_id: str) -> bool:
        row = self.db.reader.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row is not None

    def save(self, analysis: Analysis) -> bool:
        """Store one analysis and place it in the corpus (copies, situation), in one transaction;
        False when the article was already stored."""
        prof = profile(analysis)  # MinHash and word counts: computed before the writer lock is taken
        with self.db.write() as conn:
            if not _insert_analysis(conn, analysis):
                return False
            placement = corpus.place_article(conn, prof, self._frequencies)
            identities.link_entities(conn, analysis.article.id, analysis.entities, placement.situation_id)
            alerts.record_matches(conn, analysis, placement.situation_id)
            return True

    # -- reading -------------------------------------------------------------------------

    def resolve(self, key: str) -> str:
        """The id of the one article whose id starts with `key`."""
        rows = self.db.reader.execute(
            "SELECT id FROM articles WHERE id >= ? AND id < ? LIMIT 2", (key, key + "\uffff")
        ).fetchall()
        if not rows:
            raise store_error("E201", key=key)
        if len(rows) > 1:
            count = self.db.reader.execute(
                "SELECT COUNT(*) FROM articles WHERE id >= ? AND id < ?", (key, key + "\uffff")
            ).fetchone()[0]
            raise store_error("E202", key=key, count=count)
        return str(rows[0]["id"])

    def analysis(self, key: str) -> Analysis:
        return _load_analysis(self.db.reader, self.resolve(key))

    def analyses(self) -> Iterator[Analysis]:
        ids = [row["id"] for row in self.db.reader.execute("SELECT id FROM articles ORDER BY published, id")]
        for article_id in ids:
            yield _load_analysis(self.db.reader, article_id)

    def articles(self, limit: int = 50, query: str | None = None, order: str = "relevance") -> list[ArticleSummary]:
        """Latest articles first; with `query` (an FTS5 query over titles and text: words, "a
        phrase", AND, OR, NOT), the best matches first by BM25 (`order="relevance"`) or the newest
        published first (`order="newest"`), each with the words around the match."""
        columns = (
            "SELECT a.id, a.source, a.published, a.title, a.origin,"
            " (SELECT COUNT(*) FROM entities e WHERE e.article_id = a.id) AS entities"
        )
        reader = self.db.reader
        if query and order == "relevance":
            # The best matches are ranked from the index alone; only they are read and quoted (a
            # word in most articles would otherwise read every one of them).
            best = reader.execute(
                "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 4.0, 1.0)"
                " LIMIT ?",
                (query, limit),
            ).fetchall()
            snippet = (
                "(SELECT snippet(articles_fts, 1, '', '', '…', 14) FROM articles_fts"
                " WHERE articles_fts MATCH ? AND rowid = a.rowid) AS snippet"
            )
            rows = [
                reader.execute(f"{columns}, {snippet} FROM articles a WHERE a.rowid = ?", (query, rowid)).fetchone()
                for (rowid,) in best
            ]
        elif query:
            rows = reader.execute(
                f"{columns}, snippet(articles_fts, 1, '', '', '…', 14) AS snippet FROM articles_fts f"
                " JOIN articles a ON a.rowid = f.rowid WHERE articles_fts MATCH ?"
                " ORDER BY a.published DESC, a.rowid DESC LIMIT ?",
                (query, limit),
            ).fetchall()
        else:
            rows = reader.execute(
                f"{columns}, NULL AS snippet FROM articles a"
                " ORDER BY a.published DESC, a.ingested_at DESC, a.id LIMIT ?",
                (limit,),
            ).fetchall()
        return [
            ArticleSummary(
                r["id"],
                r["source"],
                date.fromisoformat(r["published"]),
                r["title"],
                r["origin"],
                r["entities"],
                r["snippet"],
            )
            for r in rows
        ]

    def outlet(self, source: str, limit: int = 50, offset: int = 0) -> dict[str, object]:
        """One outlet: how many reports it has in the store, its latest reports (`offset` pages),
        and the situations it reported, the one it reported most first."""
        conn = self.db.reader
        total = conn.execute("SELECT COUNT(*) FROM articles WHERE source = ?", (source,)).fetchone()[0]
        if not total:
            raise store_error("E210", source=source)
        reports = [
            {"id": r["id"], "published": r["published"], "title": r["title"]}
            for r in conn.execute(
                "SELECT id, published, title FROM articles WHERE source = ?"
                " ORDER BY published DESC, ingested_at DESC, id LIMIT ? OFFSET ?",
                (source, limit, offset),
            )
        ]
        reported = conn.execute(
            "SELECT situation_id, reports FROM situation_sources WHERE source = ?"
            " ORDER BY reports DESC, situation_id DESC LIMIT ?",
            (source, limit),
        ).fetchall()
        summaries = {s.id: s for s in corpus.situation_summaries(conn, limit, ids=[r[0] for r in reported])}
        situations = [
            {"id": sid, "title": summaries[sid].title, "reports": n, "of": summaries[sid].articles}
            for sid, n in reported
            if sid in summaries
        ]
        return {"source": source, "reports": total, "latest": reports, "offset": offset, "situations": situations}

    # -- situations -------------------------------------------------------------------------

    def situations(
        self,
        limit: int = 50,
        query: str | None = None,
        status: str | None = None,
        order: str = "latest",
        offset: int = 0,
        keep: corpus.ListFilter | None = None,
    ) -> list[corpus.SituationSummary]:
        """Situations, the one with the latest report first (or by `order`: latest, reports,
        outlets, alerts, started); `query`: words of the title or of the situation's key names and
        words; `status`: active, quiet or closed only; `keep`: size, days, place, event type;
        `offset`: the page."""
        return corpus.situation_summaries(
            self.db.reader, limit, query=query, status=status, order=order, offset=offset, keep=keep
        )

    def situation_count(
        self, query: str | None = None, status: str | None = None, keep: corpus.ListFilter | None = None
    ) -> int:
        return corpus.situation_count(self.db.reader, query, status, keep)

    def situation_suggestions(self) -> list[Suggestion]:
        """Merges and splits worth a look among the open situations, with their reasons."""
        return corpus.suggestions(self.db.reader)

    def situation(self, situation_id: int) -> corpus.SituationSummary:
        found = corpus.situation_summaries(self.db.reader, 1, [situation_id])
        if not found:
            raise store_error("E204", situation=situation_id)
        return found[0]

    def situation_articles(
        self, situation_id: int, latest: int | None = None, superseded: bool = False
    ) -> list[tuple[str, str | None]]:
        """(article id, the article it copies or None) for each article of a situation (or of its
        `latest` ones), oldest first; an earlier version of a followed page that a later one
        replaced is left out unless `superseded`."""
        found = corpus.situation_articles(self.db.reader, situation_id, latest)
        return found if superseded else self._latest_versions(found)

    def analyses_of(self, article_ids: list[str], parts: frozenset[str] = PARTS) -> list[Analysis]:
        """The analyses of these exact article ids, in that order. A page that reads a few parts of
        many reports asks for those `parts` only (`events`, `places`, ...: the tables of `PARTS`);
        the others are left empty."""
        return [_load_analysis(self.db.reader, article_id, parts) for article_id in article_ids]

    def situation_of(self, article_id: str) -> int | None:
        return corpus.situation_of(self.db.reader, article_id)

    def place_unplaced(self) -> int:
        """Give situations to stored articles that have none (stored before situations existed),
        oldest first, as if they had just arrived; no alerts are raised for them. How many. Entities
        not yet tied to identities across articles (older stores) are tied too, oldest first."""
        ids = [
            row[0]
            for row in self.db.reader.execute(
                "SELECT a.id FROM articles a LEFT JOIN situation_articles s ON s.article_id = a.id"
                " WHERE s.article_id IS NULL ORDER BY a.published, a.ingested_at, a.id"
            )
        ]
        for article_id in ids:
            analysis = _load_analysis(self.db.reader, article_id)
            prof = profile(analysis)
            with self.db.write() as conn:
                placement = corpus.place_article(conn, prof, self._frequencies)
                if _unlinked(conn, article_id):
                    identities.link_entities(conn, article_id, analysis.entities, placement.situation_id)
        # Stores made before entities had identities across articles: their entities are tied now.
        for article_id in [r[0] for r in self.db.reader.execute(_UNLINKED_ARTICLES)]:
            analysis = _load_analysis(self.db.reader, article_id)
            with self.db.write() as conn:
                if _unlinked(conn, article_id):
                    identities.link_entities(conn, article_id, analysis.entities, corpus.situation_of(conn, article_id))
        return len(ids)

    def merge_situations(self, into: int, others: list[int]) -> None:
        """Fold situations into one, by hand; kept as new reports arrive."""
        with self.db.write() as conn:
            corpus.merge_situations(conn, into, others)

    def split_situation(self, situation_id: int, article_ids: list[str]) -> int:
        """Move articles (ids or the start of them) out into a new situation, by hand; its id."""
        ids = [self.resolve(key) for key in article_ids]
        with self.db.write() as conn:
            return corpus.split_situation(conn, situation_id, ids)

    def timeline(self, situation_id: int, latest: int | None = None) -> list[TimelineEvent]:
        """The situation's events merged across its reports (or its `latest` reports), in time order."""
        articles = self.situation_articles(situation_id, latest)
        analyses = self.analyses_of([aid for aid, _ in articles], TIMELINE_PARTS)
        return self.timeline_of(articles, analyses)

    def timeline_of(self, articles: list[tuple[str, str | None]], analyses: list[Analysis]) -> list[TimelineEvent]:
        """The timeline of these latest versions, each figure a later version revised noted."""
        timeline = build_timeline(list(zip(analyses, (copy_of for _, copy_of in articles), strict=True)))
        found = following.earlier_versions(self.db.reader, [aid for aid, _ in articles])
        earlier = {aid: self.analyses_of(ids, TIMELINE_PARTS) for aid, ids in found.items()}
        return with_revisions(timeline, earlier) if earlier else timeline

    def _latest_versions(self, articles: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
        """A situation's articles less the versions of followed pages that a later version
        replaced; a later version is no copy of its own page's earlier one."""
        replaced = following.superseded(self.db.reader, [aid for aid, _ in articles])
        if not replaced:
            return articles
        return [
            (aid, None if copy_of is not None and replaced.get(copy_of) == aid else copy_of)
            for aid, copy_of in articles
            if aid not in replaced
        ]

    def sitrep(self, situation_id: int, record: bool = True, latest: int | None = None) -> Brief:
        """A brief on the situation; `record` keeps it, so the next one says what changed since;
        `latest` briefs on the latest reports only (a page on a story of thousands stays fast)."""
        summary = self.situation(situation_id)
        articles = self.situation_articles(situation_id, latest=latest)
        analyses = self.analyses_of([aid for aid, _ in articles], TIMELINE_PARTS | {"places", "attributions", "claims"})
        timeline = self.timeline_of(articles, analyses)
        row = self.db.reader.execute(
            "SELECT created_at, articles FROM sitreps WHERE situation_id = ? ORDER BY id DESC LIMIT 1", (situation_id,)
        ).fetchone()
        last = (row["created_at"], set(json.loads(row["articles"]))) if row else None
        brief = write_sitrep(summary, timeline, analyses, last)
        if record:
            with self.db.write() as conn:
                conn.execute(
                    "INSERT INTO sitreps (situation_id, created_at, articles, brief) VALUES (?, ?, ?, ?)",
                    (situation_id, now(), json.dumps([aid for aid, _ in articles]), brief.markdown),
                )
        return brief

    # -- alerts ----------------------------------------------------------------------------

    def rules(self) -> list[Rule]:
        return alerts.load_rules(self.db.reader)

    def add_rules(self, rules: list[Rule]) -> None:
        """Watch for these rules in reports stored from now on (a rule of the same name is replaced)."""
        with self.db.write() as conn:
            alerts.save_rules(conn, rules)

    def load_rules_file(self, path: str | Path) -> list[Rule]:
        """Add the rules of a TOML file; the rules read."""
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise store_error("E206", path=path, reason=str(exc)) from exc
        rules = parse_rules(text, str(path))
        self.add_rules(rules)
        return rules

    def silence_rule(self, name: str, silenced: bool = True) -> None:
        with self.db.write() as conn:
            alerts.silence(conn, name, silenced)

    def delete_rule(self, name: str) -> None:
        with self.db.write() as conn:
            alerts.delete_rule(conn, name)

    def notifications(self, limit: int = 50, state: str | None = None) -> list[alerts.Notification]:
        """Alerts raised, newest first: one per report, with every rule it matched."""
        return alerts.notifications(self.db.reader, limit, state)

    def alert_counts(self, situation_ids: list[int]) -> dict[int, int]:
        """How many alerts each of these situations has raised."""
        if not situation_ids:
            return {}
        marks = ",".join("?" * len(situation_ids))
        rows = self.db.reader.execute(
            f"SELECT situation_id, COUNT(*) FROM alert_notifications WHERE situation_id IN ({marks})"
            " GROUP BY situation_id",
            situation_ids,
        )
        return {int(r[0]): int(r[1]) for r in rows}

    def notification_states(self) -> dict[str, int]:
        """How many alert notifications are pending, sending, sent, waiting for a retry, failed."""
        return alerts.notification_states(self.db.reader)

    def claim_notification(self) -> alerts.Notification | None:
        """Lease the next notification due for sending (store/alerts.claim_next); None when none is."""
        with self.db.write() as conn:
            return alerts.claim_next(conn)

    def requeue_failed_notifications(self) -> int:
        """The notifications that failed after every attempt are due again, with fresh attempts."""
        with self.db.write() as conn:
            return alerts.requeue_failed(conn)

    def mark_sent(self, notification_id: int, error: str | None = None) -> None:
        """Sent, or with `error` failed this time: due again after a backoff (store/alerts.mark_sent)."""
        with self.db.write() as conn:
            alerts.mark_sent(conn, notification_id, error)

    # -- what the web room asks ------------------------------------------------------------

    def entity_report(self, name: str, limit: int = 200) -> dict[str, object]:
        """An entity across the store, under every name it goes by (`Donald J. Trump`, `Donald
        Trump`): its mentions, quotes and events, newest published first, at most `limit` of each,
        with the situation of each article, and how many of each there are in all. Read from the
        newest articles down (`identity_articles`), so the most named entity costs what the least does."""
        reader = self.db.reader
        identity = identities.identity_of(reader, name)
        if identity is None:
            return {"name": name, "names": [name], "totals": dict.fromkeys(_ENTITY_ITEMS, 0)} | {
                item: [] for item in _ENTITY_ITEMS
            }
        totals = reader.execute(
            "SELECT mentions, quotes, events FROM entity_identities WHERE id = ?", (identity,)
        ).fetchone()
        report: dict[str, object] = {
            "name": identities.display_name(reader, identity),
            "names": sorted(identities.names_of(reader, identity)),
            "totals": dict(totals),
        }
        for item, sql in _ENTITY_ITEMS.items():
            rows: list[dict[str, object]] = []
            newest = reader.execute(
                f"SELECT article_id, name FROM identity_articles WHERE identity = ? AND {item} > 0"
                " ORDER BY published DESC, article_rowid DESC LIMIT ?",
                (identity, limit),
            )
            for article_id, entity_name in newest.fetchall():
                rows += [dict(r) for r in reader.execute(sql, {"article": article_id, "name": entity_name})]
                if len(rows) >= limit:
                    break
            report[item] = rows[:limit]
        return report

    def entity_identities(self, article_id: str) -> list[int | None]:
        """The identity across the store of each of the article's entities, in their order."""
        rows = self.db.reader.execute(
            "SELECT identity FROM entities WHERE article_id = ? ORDER BY idx", (article_id,)
        ).fetchall()
        return [r[0] for r in rows]

    def entity_names(self, q: str, limit: int = 20) -> list[dict[str, object]]:
        """Canonical entity names containing `q`, most named first."""
        rows = self.db.reader.execute(
            "SELECT name, kind, articles FROM entity_names WHERE name LIKE ? ESCAPE '\\'"
            " ORDER BY articles DESC, name LIMIT ?",
            ("%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%", limit),
        ).fetchall()
        return [dict(r) for r in rows]

    def received_per_hour(self, article_ids: list[str]) -> list[tuple[str, int]]:
        """How many of the articles arrived in each hour (UTC), by when they were stored."""
        if not article_ids:
            return []
        marks = ",".join("?" * len(article_ids))
        rows = self.db.reader.execute(
            f"SELECT substr(ingested_at, 1, 13) AS hour, COUNT(*) FROM articles WHERE id IN ({marks})"
            " GROUP BY hour ORDER BY hour",
            article_ids,
        ).fetchall()
        return [(f"{r[0]}:00", r[1]) for r in rows]

    def quotes(
        self, q: str | None = None, entity: str | None = None, limit: int = 50, articles: list[str] | None = None
    ) -> list[dict[str, object]]:
        """Attributed statements outside captions, newest first: those of one canonical `entity`,
        whose words contain `q`, or of the given `articles`. `source` is who said it (the canonical
        entity when known, else the reporter's words, kept in `source_text`); `content` is every
        piece of the statement, the pieces joined by ` … `."""
        where, params = ["t.in_caption = 0"], []
        if entity:
            where.append("t.source_entity = ?")
            params.append(entity)
        if q:
            where.append("instr(lower(substr(a.text, t.content_start + 1, t.content_end - t.content_start)), ?) > 0")
            params.append(q.lower())
        if articles is not None:
            where.append(f"t.article_id IN ({','.join('?' * len(articles))})")
            params += articles
        rows = self.db.reader.execute(
            "SELECT a.id AS article_id, a.published, a.source AS outlet,"
            " COALESCE(t.source_entity, t.source_text) AS source, t.source_text, t.source_entity AS entity,"
            " t.cue_text AS cue, t.direct,"
            " substr(a.text, t.content_start + 1, t.content_end - t.content_start) AS content, t.continued,"
            f" {_IN_SITUATION} FROM attributions t JOIN articles a ON a.id = t.article_id WHERE "
            + " AND ".join(where)
            + " ORDER BY a.published DESC, a.rowid DESC, t.idx LIMIT ?",
            (*params, limit),
        ).fetchall()
        # A quote's further pieces are cut from its article's text, read once for all its quotes.
        texts = self._texts({r["article_id"] for r in rows if r["continued"] != "[]"})
        found = []
        for row in rows:
            quote = dict(row)
            text = texts.get(quote["article_id"], "")
            pieces = [quote["content"], *(text[start:end] for start, end in json.loads(quote.pop("continued")))]
            quote["content"] = " … ".join(" ".join(piece.split()) for piece in pieces)
            quote["direct"] = bool(quote["direct"])
            found.append(quote)
        return found

    def claims(self, articles: list[str], limit: int = 500) -> list[dict[str, object]]:
        """The claims of the given articles, newest first: who made each (as `quotes` names them),
        what is claimed, how the report frames it, the words that frame it and what counters it."""
        rows = self.db.reader.execute(
            "SELECT a.id AS article_id, a.published, a.source AS outlet,"
            " COALESCE(t.source_entity, t.source_text) AS source,"
            " substr(a.text, c.content_start + 1, c.content_end - c.content_start) AS content, c.framing, c.signals,"
            " substr(a.text, c.counter_start + 1, c.counter_end - c.counter_start) AS counter,"
            f" {_IN_SITUATION} FROM claims c"
            " JOIN attributions t ON t.article_id = c.article_id AND t.idx = c.attribution"
            f" JOIN articles a ON a.id = c.article_id WHERE c.article_id IN ({','.join('?' * len(articles))})"
            " ORDER BY a.published DESC, a.rowid DESC, c.idx LIMIT ?",
            (*articles, limit),
        ).fetchall()
        texts = self._texts({r["article_id"] for r in rows if r["signals"] != "[]"})
        found = []
        for row in rows:
            claim = dict(row)
            text = texts.get(claim["article_id"], "")
            claim["content"] = " ".join(claim["content"].split())
            claim["signals"] = [text[start:end] for start, end in json.loads(claim["signals"])]
            claim["counter"] = " ".join(claim["counter"].split()) if claim["counter"] is not None else None
            found.append(claim)
        return found

    def _texts(self, article_ids: set[str]) -> dict[str, str]:
        if not article_ids:
            return {}
        ids = sorted(article_ids)
        rows = self.db.reader.execute(f"SELECT id, text FROM articles WHERE id IN ({','.join('?' * len(ids))})", ids)
        return dict(rows.fetchall())

    def latest(self) -> dict[str, int]:
        """Counters that grow as reports and alerts arrive: what a live page polls."""
        reader = self.db.reader
        return {
            "articles": reader.execute("SELECT COALESCE(MAX(rowid), 0) FROM articles").fetchone()[0],
            "alerts": reader.execute("SELECT COALESCE(MAX(id), 0) FROM alert_notifications").fetchone()[0],
        }

    # -- followed sources ------------------------------------------------------------------

    def add_sources(self, specs: list[SourceSpec], interval_s: int) -> list[tuple[following.FollowedSource, bool]]:
        """Follow sources (due at once); a source already followed takes the values given."""
        with self.db.write() as conn:
            return following.add_sources(conn, specs, interval_s, datetime.now(UTC))

    def followed_sources(self) -> list[following.FollowedSource]:
        return following.all_sources(self.db.reader)

    def followed_source(self, key: str) -> following.FollowedSource:
        """The source whose id, URL or name is `key` (E308 when none)."""
        return following.find_source(self.db.reader, key)

    def enable_source(self, key: str, enabled: bool = True) -> following.FollowedSource:
        """Enable (due at once, its failures forgotten) or disable a source."""
        source = self.followed_source(key)
        with self.db.write() as conn:
            following.set_enabled(conn, source.id, enabled, datetime.now(UTC))
            return following.source_by_id(conn, source.id)

    def remove_source(self, key: str) -> following.FollowedSource:
        """Stop following a source; the articles it brought stay."""
        source = self.followed_source(key)
        with self.db.write() as conn:
            following.remove_source(conn, source.id)
        return source

    def source_pages(self) -> dict[int, dict[str, int]]:
        """Per source id, its pages by state (due, fetched, stored, failed, refused)."""
        return following.page_counts(self.db.reader)

    def page_versions(self, article_id: str) -> list[following.PageVersion]:
        """The versions of the followed page an article was read from (none for other inputs)."""
        return following.versions_of(self.db.reader, article_id)

    def page_revisions(self, article_id: str) -> list[tuple[following.PageVersion, Revision | None]]:
        """Each version of the page an article was read from, with what changed since the one before."""
        versions = self.page_versions(article_id)
        found: list[tuple[following.PageVersion, Revision | None]] = []
        for k, version in enumerate(versions):
            earlier = versions[k - 1] if k and versions[k - 1].url == version.url else None
            revision = None
            if earlier is not None:
                revision = compare(self.analysis(earlier.article_id), self.analysis(version.article_id))
            found.append((version, revision))
        return found

    def followed_page(self, url: str) -> following.Page | None:
        return following.page(self.db.reader, url)

    def server_setting(self, key: str) -> str | None:
        row = self.db.reader.execute("SELECT value FROM server_settings WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_server_setting(self, key: str, value: str) -> None:
        with self.db.write() as conn:
            conn.execute(
                "INSERT INTO server_settings VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def counts(self) -> dict[str, int]:
        tables = (
            "articles",
            "captions",
            "entities",
            "mentions",
            "dates",
            "events",
            "places",
            "attributions",
            "claims",
            "situations",
        )
        return {t: self.db.reader.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}

    def integrity(self) -> str:
        return str(self.db.reader.execute("PRAGMA integrity_check").fetchone()[0])


# An entity's items in one article, for `Store.entity_report`: `:article` and the entity's `:name`
# there. The `+` keeps SQLite on the article's rows, not on every row of that name in the store.
_IN_SITUATION = "(SELECT situation_id FROM situation_articles s WHERE s.article_id = a.id) AS situation"
_ENTITY_ITEMS = {
    "mentions": "SELECT a.id AS article_id, a.published, a.source, m.start, m.end, m.text, "
    + _IN_SITUATION
    + " FROM entities e JOIN mentions m ON m.article_id = e.article_id AND m.entity_idx = e.idx"
    " JOIN articles a ON a.id = e.article_id WHERE e.article_id = :article AND +e.name = :name ORDER BY m.start",
    "quotes": "SELECT a.id AS article_id, a.published, t.cue_text, t.content_start, t.content_end, t.direct,"
    " substr(a.text, t.content_start + 1, t.content_end - t.content_start) AS content, "
    + _IN_SITUATION
    + " FROM attributions t JOIN articles a ON a.id = t.article_id"
    " WHERE t.article_id = :article AND +t.source_entity = :name ORDER BY t.content_start",
    "events": "SELECT a.id AS article_id, a.published, v.type, v.count_value, v.count_qualifier,"
    " substr(a.text, v.evidence_start + 1, v.evidence_end - v.evidence_start) AS evidence, "
    + _IN_SITUATION
    + " FROM events v JOIN articles a ON a.id = v.article_id WHERE v.article_id = :article"
    " AND (+v.actor_entity = :name OR +v.target_entity = :name) AND v.in_caption = 0 ORDER BY v.evidence_start",
}

_UNLINKED_ARTICLES = (
    "SELECT a.id FROM articles a WHERE EXISTS (SELECT 1 FROM entities e WHERE e.article_id = a.id"
    " AND e.identity IS NULL) ORDER BY a.published, a.ingested_at, a.id"
)


def _unlinked(conn: sqlite3.Connection, article_id: str) -> bool:
    row = conn.execute(
        "SELECT 1 FROM entities WHERE article_id = ? AND identity IS NULL LIMIT 1", (article_id,)
    ).fetchone()
    return row is not None


def _insert_analysis(conn: sqlite3.Connection, analysis: Analysis) -> bool:
    article = analysis.article
    cursor = conn.execute(
        "INSERT OR IGNORE INTO articles (id, source, published, title, url, origin, text, pipeline, ingested_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            article.id,
            article.source,
            article.published.isoformat(),
            article.title,
            article.url,
            article.origin,
            article.text,
            analysis.pipeline,
            now(),
        ),
    )
    if cursor.rowcount == 0:
        return False
    doc = analysis.document
    conn.executemany(
        "INSERT INTO paragraphs VALUES (?, ?, ?, ?, ?, ?)",
        [(article.id, i, p.span.start, p.span.end, p.kind, p.caption) for i, p in enumerate(doc.paragraphs)],
    )
    conn.executemany(
        "INSERT INTO captions VALUES (?, ?, ?)", [(article.id, i, c.text) for i, c in enumerate(doc.captions)]
    )
    conn.executemany(
        "INSERT INTO caption_places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                article.id,
                ci,
                pi,
                p.span.start,
                p.span.end,
                p.text_span.start,
                p.text_span.end,
                p.credit.span.start if p.credit else None,
                p.credit.span.end if p.credit else None,
                p.credit.photographer if p.credit else None,
                p.credit.agency if p.credit else None,
            )
            for ci, c in enumerate(doc.captions)
            for pi, p in enumerate(c.places)
        ],
    )
    conn.executemany(
        "INSERT INTO entities (article_id, idx, name, kind) VALUES (?, ?, ?, ?)",
        [(article.id, i, e.name, e.kind) for i, e in enumerate(analysis.entities)],
    )
    conn.executemany(
        "INSERT INTO entity_names VALUES (?, ?, 1) ON CONFLICT(name, kind) DO UPDATE SET articles = articles + 1",
        sorted({(e.name, e.kind) for e in analysis.entities}),
    )
    conn.executemany(
        "INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (article.id, i, m.span.start, m.span.end, m.text, m.label, int(m.in_caption))
            for i, e in enumerate(analysis.entities)
            for m in e.mentions
        ],
    )
    conn.executemany(
        "INSERT INTO dates VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                article.id,
                d.span.start,
                d.span.end,
                d.text,
                d.value,
                d.granularity,
                _iso(d.first_day),
                _iso(d.last_day),
                int(d.anchored),
                int(d.in_caption),
            )
            for d in analysis.dates
        ],
    )
    conn.executemany(
        "INSERT INTO events VALUES (" + ", ".join("?" * 37) + ")",
        [(article.id, i, *_event_row(e)) for i, e in enumerate(analysis.events)],
    )
    conn.executemany(
        "INSERT INTO attributions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                article.id,
                i,
                a.cue.start,
                a.cue.end,
                a.cue_text,
                a.content.start,
                a.content.end,
                *_participant_row(a.source),
                int(a.direct),
                int(a.in_caption),
                _spans_json(a.continued),
            )
            for i, a in enumerate(analysis.attributions)
        ],
    )
    conn.executemany(
        "INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                article.id,
                i,
                c.attribution,
                c.content.start,
                c.content.end,
                c.framing,
                _spans_json(c.signals),
                c.counter.start if c.counter else None,
                c.counter.end if c.counter else None,
            )
            for i, c in enumerate(analysis.claims)
        ],
    )
    conn.executemany(
        "INSERT OR IGNORE INTO places VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(article.id, p.name, p.kind, p.latitude, p.longitude, p.label, p.source) for p in analysis.places],
    )
    return True


def _spans_json(spans: tuple[Span, ...]) -> str:
    return json.dumps([[s.start, s.end] for s in spans])


def _spans(stored: str) -> tuple[Span, ...]:
    if stored == "[]":  # most quotes and claims: no JSON to read
        return ()
    return tuple(Span(start, end) for start, end in json.loads(stored))


def _participant_row(p: Participant | None) -> tuple[object, ...]:
    return (p.text, p.span.start, p.span.end, p.entity) if p else (None, None, None, None)


def _event_row(e: Event) -> tuple[object, ...]:
    count = e.count
    return (
        e.type,
        e.trigger.start,
        e.trigger.end,
        e.trigger_text,
        e.evidence.start,
        e.evidence.end,
        *_participant_row(e.actor),
        *_participant_row(e.target),
        *_participant_row(e.place),
        e.date.span.start if e.date else None,
        e.date.span.end if e.date else None,
        *(
            (count.value, count.qualifier, count.low, count.high, count.span.start, count.span.end)
            if count
            else (None,) * 6
        ),
        e.polarity,
        e.modality,
        int(e.in_caption),
        int(e.place_inherited),
        e.plover,
        e.plover_mode,
        e.acled,
        e.casualty,
        e.source,
    )


def _participant(row: sqlite3.Row, role: str) -> Participant | None:
    if row[f"{role}_text"] is None:
        return None
    return Participant(row[f"{role}_text"], Span(row[f"{role}_start"], row[f"{role}_end"]), row[f"{role}_entity"])


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _load_analysis(conn: sqlite3.Connection, article_id: str, parts: frozenset[str] = PARTS) -> Analysis:
    """The stored analysis of the article; only the given `parts` read, the others left empty
    (an event's date is read with the events)."""
    wanted = parts | {"dates"} if "events" in parts else parts

    def rows(table: str, order: str) -> list[sqlite3.Row]:
        if table not in wanted:
            return []
        return conn.execute(f"SELECT * FROM {table} WHERE article_id = ? ORDER BY {order}", (article_id,)).fetchall()

    row = conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        raise store_error("E201", key=article_id)
    article = Article(
        id=row["id"],
        source=row["source"],
        published=date.fromisoformat(row["published"]),
        text=row["text"],
        title=row["title"],
        url=row["url"],
        origin=row["origin"],
    )
    places: dict[int, list[CaptionPlace]] = {}
    for p in rows("caption_places", "caption_idx, place_idx"):
        credit = None
        if p["credit_start"] is not None:
            credit = Credit(Span(p["credit_start"], p["credit_end"]), p["photographer"], p["agency"])
        places.setdefault(p["caption_idx"], []).append(
            CaptionPlace(Span(p["start"], p["end"]), Span(p["text_start"], p["text_end"]), credit)
        )
    captions = tuple(Caption(c["text"], tuple(places.get(c["idx"], ()))) for c in rows("captions", "idx"))
    paragraphs = tuple(
        Paragraph(Span(p["start"], p["end"]), p["kind"], p["caption_idx"]) for p in rows("paragraphs", "idx")
    )
    mentions: dict[int, list[Mention]] = {}
    for m in rows("mentions", "start, end"):
        mentions.setdefault(m["entity_idx"], []).append(
            Mention(Span(m["start"], m["end"]), m["text"], m["label"], bool(m["in_caption"]))
        )
    entities = tuple(Entity(e["name"], e["kind"], tuple(mentions.get(e["idx"], ()))) for e in rows("entities", "idx"))
    dates = tuple(
        DateMention(
            Span(d["start"], d["end"]),
            d["text"],
            d["value"],
            d["granularity"],
            _day(d["first_day"]),
            _day(d["last_day"]),
            bool(d["anchored"]),
            bool(d["in_caption"]),
        )
        for d in rows("dates", "start")
    )
    date_at = {(d.span.start, d.span.end): d for d in dates}
    events = tuple(
        Event(
            type=e["type"],
            trigger=Span(e["trigger_start"], e["trigger_end"]),
            trigger_text=e["trigger_text"],
            evidence=Span(e["evidence_start"], e["evidence_end"]),
            actor=_participant(e, "actor"),
            target=_participant(e, "target"),
            place=_participant(e, "place"),
            date=date_at.get((e["date_start"], e["date_end"])),
            count=None
            if e["count_value"] is None
            else Quantity(
                e["count_value"],
                e["count_qualifier"],
                e["count_low"],
                e["count_high"],
                Span(e["count_start"], e["count_end"]),
            ),
            polarity=e["polarity"],
            modality=e["modality"],
            in_caption=bool(e["in_caption"]),
            place_inherited=bool(e["place_inherited"]),
            plover=e["plover"],
            plover_mode=e["plover_mode"],
            acled=e["acled"],
            casualty=e["casualty"],
            source=e["source"],
        )
        for e in rows("events", "idx")
    )
    places = tuple(
        ResolvedPlace(p["name"], p["kind"], p["latitude"], p["longitude"], p["label"], p["source"])
        for p in rows("places", "rowid")
    )
    attributions = tuple(
        Attribution(
            cue=Span(a["cue_start"], a["cue_end"]),
            cue_text=a["cue_text"],
            content=Span(a["content_start"], a["content_end"]),
            source=_participant(a, "source"),
            direct=bool(a["direct"]),
            in_caption=bool(a["in_caption"]),
            continued=_spans(a["continued"]),
        )
        for a in rows("attributions", "idx")
    )
    claims = tuple(
        Claim(
            attribution=c["attribution"],
            content=Span(c["content_start"], c["content_end"]),
            framing=c["framing"],
            signals=_spans(c["signals"]),
            counter=Span(c["counter_start"], c["counter_end"]) if c["counter_start"] is not None else None,
        )
        for c in rows("claims", "idx")
    )
    document = Document(article=article, paragraphs=paragraphs, captions=captions)
    return Analysis(
        attributions=attributions,
        claims=claims,
        document=document,
        entities=entities,
        pipeline=row["pipeline"],
        dates=dates,
        events=events,
        places=places,
    )
