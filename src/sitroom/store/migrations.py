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
)
