"""The schema, as named migrations applied in order; never edit one that has shipped."""

from __future__ import annotations

MIGRATIONS: tuple[tuple[str, str], ...] = (
    (
        "0001_initial",
        """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY,
            source TEXT NOT NULL,
            published TEXT NOT NULL,
            title TEXT,
            url TEXT,
            origin TEXT,
            text TEXT NOT NULL,
            pipeline TEXT NOT NULL,
            ingested_at TEXT NOT NULL
        );
        CREATE INDEX articles_published ON articles(published);
        CREATE TABLE paragraphs (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('body', 'caption')),
            caption_idx INTEGER,
            PRIMARY KEY (article_id, idx)
        );
        CREATE TABLE captions (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (article_id, idx)
        );
        CREATE TABLE caption_places (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            caption_idx INTEGER NOT NULL,
            place_idx INTEGER NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            text_start INTEGER NOT NULL,
            text_end INTEGER NOT NULL,
            credit_start INTEGER,
            credit_end INTEGER,
            photographer TEXT,
            agency TEXT,
            PRIMARY KEY (article_id, caption_idx, place_idx)
        );
        CREATE TABLE entities (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            PRIMARY KEY (article_id, idx)
        );
        CREATE INDEX entities_name ON entities(name, kind);
        CREATE TABLE mentions (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            entity_idx INTEGER NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            text TEXT NOT NULL,
            label TEXT NOT NULL,
            in_caption INTEGER NOT NULL,
            PRIMARY KEY (article_id, start, end)
        );
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, text, content='articles', content_rowid='rowid'
        );
        CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
        END;
        CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, title, text)
            VALUES ('delete', old.rowid, old.title, old.text);
        END;
        """,
    ),
    (
        "0002_dates",
        """
        CREATE TABLE dates (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            text TEXT NOT NULL,
            value TEXT NOT NULL,
            granularity TEXT NOT NULL,
            first_day TEXT,
            last_day TEXT,
            anchored INTEGER NOT NULL,
            in_caption INTEGER NOT NULL,
            PRIMARY KEY (article_id, start, end)
        );
        CREATE INDEX dates_days ON dates(first_day, last_day);
        """,
    ),
    (
        "0003_events_places",
        """
        CREATE TABLE events (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            type TEXT NOT NULL,
            trigger_start INTEGER NOT NULL,
            trigger_end INTEGER NOT NULL,
            trigger_text TEXT NOT NULL,
            evidence_start INTEGER NOT NULL,
            evidence_end INTEGER NOT NULL,
            actor_text TEXT, actor_start INTEGER, actor_end INTEGER, actor_entity TEXT,
            target_text TEXT, target_start INTEGER, target_end INTEGER, target_entity TEXT,
            place_text TEXT, place_start INTEGER, place_end INTEGER, place_entity TEXT,
            date_start INTEGER, date_end INTEGER,
            count_value INTEGER, count_qualifier TEXT, count_low INTEGER, count_high INTEGER,
            count_start INTEGER, count_end INTEGER,
            polarity TEXT NOT NULL,
            modality TEXT NOT NULL,
            in_caption INTEGER NOT NULL,
            PRIMARY KEY (article_id, idx)
        );
        CREATE INDEX events_type ON events(type);
        CREATE TABLE places (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            latitude REAL NOT NULL,
            longitude REAL NOT NULL,
            label TEXT NOT NULL,
            source TEXT NOT NULL,
            PRIMARY KEY (article_id, name)
        );
        """,
    ),
    (
        "0004_attributions",
        """
        CREATE TABLE attributions (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            cue_start INTEGER NOT NULL,
            cue_end INTEGER NOT NULL,
            cue_text TEXT NOT NULL,
            content_start INTEGER NOT NULL,
            content_end INTEGER NOT NULL,
            source_text TEXT, source_start INTEGER, source_end INTEGER, source_entity TEXT,
            direct INTEGER NOT NULL,
            in_caption INTEGER NOT NULL,
            PRIMARY KEY (article_id, idx)
        );
        CREATE INDEX attributions_source ON attributions(source_entity);
        """,
    ),
    (
        "0005_claims",
        """
        -- Further pieces of a quote split around its cue or running on: a JSON list of [start, end].
        ALTER TABLE attributions ADD COLUMN continued TEXT NOT NULL DEFAULT '[]';
        CREATE TABLE claims (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            attribution INTEGER NOT NULL,
            content_start INTEGER NOT NULL,
            content_end INTEGER NOT NULL,
            framing TEXT NOT NULL,
            signals TEXT NOT NULL,  -- JSON list of [start, end]
            counter_start INTEGER, counter_end INTEGER,
            PRIMARY KEY (article_id, idx),
            FOREIGN KEY (article_id, attribution) REFERENCES attributions(article_id, idx)
        );
        CREATE INDEX claims_framing ON claims(framing);
        """,
    ),
    (
        "0006_situations",
        """
        -- What the corpus stage keeps of each article: MinHash signature, weighted vector, lead.
        CREATE TABLE corpus_profiles (
            article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            signature BLOB NOT NULL,
            vector TEXT NOT NULL,
            lead TEXT NOT NULL,
            copy_of TEXT,  -- the first article of its copy group; NULL when it is the first
            copy_similarity REAL
        );
        CREATE INDEX corpus_profiles_copy_of ON corpus_profiles(copy_of);
        CREATE TABLE copy_bands (band_key INTEGER NOT NULL, article_id TEXT NOT NULL);
        CREATE INDEX copy_bands_key ON copy_bands(band_key);
        -- Document frequency of each word and name, for tf-idf; the row '' holds the article count.
        CREATE TABLE feature_df (feature TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE situations (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            title_article TEXT NOT NULL,
            first_published TEXT NOT NULL,
            last_published TEXT NOT NULL,
            articles INTEGER NOT NULL,
            centroid TEXT NOT NULL,
            edited INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX situations_last ON situations(last_published);
        CREATE TABLE situation_articles (
            article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            situation_id INTEGER NOT NULL REFERENCES situations(id),
            score REAL,  -- similarity when it joined; NULL when it started the situation
            by_hand INTEGER NOT NULL DEFAULT 0,
            added_at TEXT NOT NULL
        );
        CREATE INDEX situation_articles_situation ON situation_articles(situation_id);
        -- Candidate index: a situation's key features with its last report date.
        CREATE TABLE situation_keys (
            feature TEXT NOT NULL,
            last_published TEXT NOT NULL,
            situation_id INTEGER NOT NULL,
            PRIMARY KEY (feature, last_published, situation_id)
        ) WITHOUT ROWID;
        CREATE INDEX situation_keys_situation ON situation_keys(situation_id);
        CREATE TABLE situation_edits (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            action TEXT NOT NULL,
            detail TEXT NOT NULL
        );
        """,
    ),
    (
        "0007_alerts",
        """
        CREATE TABLE alert_rules (
            name TEXT PRIMARY KEY,
            spec TEXT NOT NULL,  -- the rule as JSON
            silenced INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL
        );
        -- One row per (rule, article, event): a match is recorded once, however often it is seen.
        CREATE TABLE alert_matches (
            rule TEXT NOT NULL,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            event INTEGER NOT NULL,  -- index into the article's events; -1 for a spike
            situation_id INTEGER,
            reason TEXT NOT NULL,
            matched_at TEXT NOT NULL,
            PRIMARY KEY (rule, article_id, event)
        );
        -- Spikes fire once per rule, situation and day.
        CREATE TABLE alert_spikes (
            rule TEXT NOT NULL,
            situation_id INTEGER NOT NULL,
            day TEXT NOT NULL,
            PRIMARY KEY (rule, situation_id, day)
        );
        -- One notification per report, however many rules it matches; `state` makes sending once-only:
        -- pending -> sending -> sent or failed.
        CREATE TABLE alert_notifications (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL UNIQUE REFERENCES articles(id) ON DELETE CASCADE,
            situation_id INTEGER,
            priority TEXT NOT NULL,
            rules TEXT NOT NULL,
            summary TEXT NOT NULL,
            created_at TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending',
            sent_at TEXT,
            error TEXT
        );
        CREATE INDEX alert_notifications_state ON alert_notifications(state);
        """,
    ),
    (
        "0008_sitreps",
        """
        -- Each brief written, with what it covered, so the next one can say what changed.
        CREATE TABLE sitreps (
            id INTEGER PRIMARY KEY,
            situation_id INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            articles TEXT NOT NULL,  -- JSON list of the article ids it covered
            brief TEXT NOT NULL  -- the Markdown written
        );
        CREATE INDEX sitreps_situation ON sitreps(situation_id, id);
        """,
    ),
    (
        "0009_situation_days",
        """
        -- Reports per situation and day, kept as articles arrive, so a spike rule reads a few rows
        -- rather than every article of a long-running situation.
        CREATE TABLE situation_days (
            situation_id INTEGER NOT NULL,
            day TEXT NOT NULL,
            reports INTEGER NOT NULL,
            PRIMARY KEY (situation_id, day)
        ) WITHOUT ROWID;
        INSERT INTO situation_days
            SELECT s.situation_id, a.published, COUNT(*) FROM situation_articles s
            JOIN articles a ON a.id = s.article_id GROUP BY s.situation_id, a.published;
        """,
    ),
    (
        "0010_web",
        """
        -- Values the web server keeps: the hash of its API token.
        CREATE TABLE server_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE INDEX events_actor ON events(actor_entity);
        CREATE INDEX events_target ON events(target_entity);
        """,
    ),
    (
        "0011_situation_counts",
        """
        -- Outlets and independent reports per situation, kept as articles arrive, so listing
        -- situations reads a few rows rather than every article of a long story.
        ALTER TABLE situations ADD COLUMN independent INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE situation_sources (
            situation_id INTEGER NOT NULL,
            source TEXT NOT NULL,
            reports INTEGER NOT NULL,
            PRIMARY KEY (situation_id, source)
        ) WITHOUT ROWID;
        INSERT INTO situation_sources
            SELECT s.situation_id, a.source, COUNT(*) FROM situation_articles s
            JOIN articles a ON a.id = s.article_id GROUP BY s.situation_id, a.source;
        UPDATE situations SET independent = (
            SELECT COUNT(DISTINCT COALESCE(p.copy_of, p.article_id)) FROM situation_articles m
            JOIN corpus_profiles p ON p.article_id = m.article_id WHERE m.situation_id = situations.id
        );
        CREATE INDEX alert_notifications_situation ON alert_notifications(situation_id);
        """,
    ),
    (
        "0012_entity_lookups",
        """
        -- The distinct canonical names, with how many articles name each: what the search box looks
        -- through (a small table, not every entity row of the store).
        CREATE TABLE entity_names (
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            articles INTEGER NOT NULL,
            PRIMARY KEY (name, kind)
        ) WITHOUT ROWID;
        INSERT INTO entity_names SELECT name, kind, COUNT(*) FROM entities GROUP BY name, kind;
        -- An entity's latest rows first, straight down the index.
        CREATE INDEX entities_recent ON entities(name);
        """,
    ),
    (
        "0013_flat_inserts",
        """
        -- Each new article's features, until they are folded into feature_df (store/frequencies.py).
        CREATE TABLE df_journal (id INTEGER PRIMARY KEY AUTOINCREMENT, features TEXT NOT NULL);
        -- entities_recent serves every lookup by name; a second index on it only cost writes.
        DROP INDEX entities_name;
        """,
    ),
    (
        "0014_entity_identities",
        """
        -- One identity for one entity across articles (store/identities.py): `Donald J. Trump` in
        -- one report and `Donald Trump` in the next.
        CREATE TABLE entity_identities (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            articles INTEGER NOT NULL
        );
        CREATE TABLE entity_keys (
            key TEXT NOT NULL,
            kind TEXT NOT NULL,
            identity INTEGER NOT NULL REFERENCES entity_identities(id),
            PRIMARY KEY (key, kind, identity)
        ) WITHOUT ROWID;
        ALTER TABLE entities ADD COLUMN identity INTEGER REFERENCES entity_identities(id);
        CREATE INDEX entities_identity ON entities(identity);
        """,
    ),
    (
        "0015_outlet_paragraphs",
        """
        -- How many articles of each outlet ran each paragraph (a hash of its words): the outlet's
        -- furniture is left out when looking for copies (store/corpus.py).
        CREATE TABLE outlet_paragraphs (
            source TEXT NOT NULL,
            key INTEGER NOT NULL,
            articles INTEGER NOT NULL,
            PRIMARY KEY (source, key)
        ) WITHOUT ROWID;
        """,
    ),
    (
        "0016_alert_outbox",
        """
        -- Delivery at least once: a notification is leased while it is sent (a sender that dies
        -- lets the lease run out and another sends it), and retried with backoff when it fails.
        ALTER TABLE alert_notifications ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE alert_notifications ADD COLUMN next_attempt_at TEXT;
        ALTER TABLE alert_notifications ADD COLUMN leased_until TEXT;
        -- What an older sitroom left `sending` is handed out again; what it marked `failed` is retried.
        UPDATE alert_notifications SET state = 'retry', error = COALESCE(error, 'sent by an older sitroom')
            WHERE state IN ('sending', 'failed');
        """,
    ),
    (
        "0017_dateline_paragraphs",
        """
        -- A paragraph may be a dateline (`INDIANAPOLIS, Ind. –`): the CHECK is widened by
        -- rebuilding the table (SQLite cannot alter a CHECK in place).
        CREATE TABLE paragraphs_widened (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('body', 'caption', 'dateline')),
            caption_idx INTEGER,
            PRIMARY KEY (article_id, idx)
        );
        INSERT INTO paragraphs_widened SELECT article_id, idx, start, end, kind, caption_idx FROM paragraphs;
        DROP TABLE paragraphs;
        ALTER TABLE paragraphs_widened RENAME TO paragraphs;
        """,
    ),
    (
        "0018_inherited_places",
        """
        -- An event whose place is the report's dateline, not its sentence's.
        ALTER TABLE events ADD COLUMN place_inherited INTEGER NOT NULL DEFAULT 0;
        """,
    ),
    (
        "0019_plover_acled",
        """
        -- Each event as PLOVER (type and mode) and ACLED (event type / sub-event type) code it.
        ALTER TABLE events ADD COLUMN plover TEXT NOT NULL DEFAULT '';
        ALTER TABLE events ADD COLUMN plover_mode TEXT NOT NULL DEFAULT '';
        ALTER TABLE events ADD COLUMN acled TEXT NOT NULL DEFAULT '';
        """,
    ),
    (
        "0020_casualties",
        """
        -- Who an event's count counts when it counts people harmed or held: killed, injured,
        -- missing, displaced, arrested.
        ALTER TABLE events ADD COLUMN casualty TEXT NOT NULL DEFAULT '';
        """,
    ),
    (
        "0021_event_sources",
        """
        -- The rule that made an event's word an event.
        ALTER TABLE events ADD COLUMN source TEXT NOT NULL DEFAULT '';
        """,
    ),
    (
        "0022_outlets",
        """
        -- An outlet's page: its latest reports and the situations it reported, without a scan.
        CREATE INDEX articles_source ON articles(source, published);
        CREATE INDEX situation_sources_source ON situation_sources(source, reports);
        """,
    ),
    (
        "0023_identity_pages",
        """
        -- An entity's page without a scan of everything it was ever named in: one row for each
        -- article that names an identity, newest first down the key, with how many mentions,
        -- quotes and events it has there (store/identities.py keeps it as articles arrive).
        CREATE TABLE identity_articles (
            identity INTEGER NOT NULL REFERENCES entity_identities(id),
            published TEXT NOT NULL,
            article_rowid INTEGER NOT NULL,
            article_id TEXT NOT NULL,
            name TEXT NOT NULL,
            mentions INTEGER NOT NULL,
            quotes INTEGER NOT NULL,
            events INTEGER NOT NULL,
            PRIMARY KEY (identity, published, article_rowid, name)
        ) WITHOUT ROWID;
        INSERT INTO identity_articles
            SELECT e.identity, a.published, a.rowid, a.id, e.name,
                SUM(COALESCE(m.n, 0)), MAX(COALESCE(q.n, 0)), MAX(COALESCE(v.n, 0))
            FROM entities e JOIN articles a ON a.id = e.article_id
            LEFT JOIN (SELECT article_id, entity_idx, COUNT(*) AS n FROM mentions GROUP BY article_id, entity_idx) m
                ON m.article_id = e.article_id AND m.entity_idx = e.idx
            LEFT JOIN (SELECT article_id, source_entity AS name, COUNT(*) AS n FROM attributions
                    GROUP BY article_id, source_entity) q
                ON q.article_id = e.article_id AND q.name = e.name
            LEFT JOIN (SELECT article_id, name, COUNT(*) AS n FROM (
                    SELECT article_id, idx, actor_entity AS name FROM events WHERE in_caption = 0
                    UNION SELECT article_id, idx, target_entity FROM events WHERE in_caption = 0
                ) GROUP BY article_id, name) v
                ON v.article_id = e.article_id AND v.name = e.name
            WHERE e.identity IS NOT NULL
            GROUP BY e.identity, a.rowid, e.name;
        -- Every name an identity goes by, and how many articles use it: a name's identity and an
        -- identity's names in one lookup each.
        CREATE TABLE identity_names (
            name TEXT NOT NULL,
            identity INTEGER NOT NULL REFERENCES entity_identities(id),
            articles INTEGER NOT NULL,
            PRIMARY KEY (name, identity)
        ) WITHOUT ROWID;
        INSERT INTO identity_names
            SELECT name, identity, COUNT(*) FROM identity_articles GROUP BY name, identity;
        CREATE INDEX identity_names_identity ON identity_names(identity);
        -- The totals an entity's page states.
        ALTER TABLE entity_identities ADD COLUMN mentions INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE entity_identities ADD COLUMN quotes INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE entity_identities ADD COLUMN events INTEGER NOT NULL DEFAULT 0;
        UPDATE entity_identities SET (mentions, quotes, events) = (
            SELECT COALESCE(SUM(mentions), 0), COALESCE(SUM(quotes), 0), COALESCE(SUM(events), 0)
            FROM identity_articles i WHERE i.identity = entity_identities.id
        );
        """,
    ),
    (
        "0024_article_recency",
        """
        -- A situation's latest reports without reading each of its articles' rows (thousands, on a
        -- long story): their ids and dates side by side in one index.
        CREATE INDEX articles_recency ON articles(id, published, ingested_at);
        """,
    ),
    (
        "0025_followed_sources",
        """
        -- Feeds, news sitemaps and URL lists that `sitroom follow` polls, with their health.
        CREATE TABLE followed_sources (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            kind TEXT,  -- rss, atom, json, sitemap or list: known after the first fetch
            language TEXT,
            country TEXT,
            interval_s INTEGER NOT NULL,
            enabled INTEGER NOT NULL DEFAULT 1,
            added_at TEXT NOT NULL,
            next_poll_at TEXT NOT NULL,
            etag TEXT,
            last_modified TEXT,
            last_polled_at TEXT,
            last_success_at TEXT,
            last_status TEXT,  -- `ok 200`, `not modified 304`, or the error's code and words
            last_error TEXT,
            last_error_at TEXT,
            failures INTEGER NOT NULL DEFAULT 0,  -- in a row; failing from FAILING_AFTER on
            items_seen INTEGER NOT NULL DEFAULT 0,  -- distinct items it offered
            latencies TEXT NOT NULL DEFAULT '[]'  -- milliseconds of the latest fetches
        );
        CREATE INDEX followed_sources_due ON followed_sources(enabled, next_poll_at);
        -- Every page a source offered, under its canonical URL: fetched once, then rechecked
        -- on a schedule; state `due` (to fetch), `fetched` (archived, not yet stored), `stored`,
        -- `failed` (for good, or until the feed offers it changed) or `refused` (robots.txt).
        CREATE TABLE followed_pages (
            url TEXT PRIMARY KEY,
            source_id INTEGER NOT NULL REFERENCES followed_sources(id) ON DELETE CASCADE,
            title TEXT,
            published TEXT,
            feed_updated TEXT,
            state TEXT NOT NULL,
            first_seen_at TEXT NOT NULL,
            due_at TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            checks INTEGER NOT NULL DEFAULT 0,  -- fetches that found the page unchanged or changed
            error TEXT,
            etag TEXT,
            last_modified TEXT,
            warc_file TEXT,  -- the response last fetched, as archived
            warc_offset INTEGER,
            warc_length INTEGER,
            fetched_at TEXT,
            article_id TEXT  -- the latest version's article
        );
        CREATE INDEX followed_pages_due ON followed_pages(state, due_at);
        -- Which sources offered which pages (a page is fetched once, for the first source that
        -- offered it; each source counts what it offered).
        CREATE TABLE source_items (
            source_id INTEGER NOT NULL REFERENCES followed_sources(id) ON DELETE CASCADE,
            url TEXT NOT NULL,
            PRIMARY KEY (source_id, url)
        ) WITHOUT ROWID;
        CREATE INDEX followed_pages_source ON followed_pages(source_id, first_seen_at);
        -- Each version of a page, its article and the archived response it was read from; an
        -- earlier version's article stays stored, and is superseded by the next.
        CREATE TABLE page_versions (
            url TEXT NOT NULL REFERENCES followed_pages(url) ON DELETE CASCADE,
            version INTEGER NOT NULL,
            article_id TEXT NOT NULL,
            fetched_at TEXT NOT NULL,
            warc_file TEXT,
            warc_offset INTEGER,
            warc_length INTEGER,
            PRIMARY KEY (url, version)
        );
        CREATE INDEX page_versions_article ON page_versions(article_id);
        """,
    ),
)
