-- 0001_initial: articles, their events (with actors and place), and reported speech.
-- Rows of one article are deleted and rewritten together by the store code (no FK cascades in DuckDB).

CREATE TABLE articles (
    article_id       VARCHAR PRIMARY KEY,
    url              VARCHAR,
    title            VARCHAR,
    author           VARCHAR,
    published        DATE,
    language         VARCHAR,
    language_score   DOUBLE NOT NULL DEFAULT 0,
    status           VARCHAR NOT NULL CHECK (status IN ('ok', 'not_analysed')),
    source_format    VARCHAR NOT NULL,
    raw_sha256       VARCHAR NOT NULL,
    text_sha256      VARCHAR NOT NULL,
    text             VARCHAR NOT NULL,
    removed          JSON NOT NULL,          -- [{"reason": ..., "text": ...}]
    pipeline_version VARCHAR NOT NULL,
    origin           VARCHAR NOT NULL,
    n_events         INTEGER NOT NULL,
    ingested_at      TIMESTAMP NOT NULL       -- UTC
);
CREATE INDEX articles_raw_sha256 ON articles (raw_sha256);

CREATE TABLE events (
    event_id        VARCHAR PRIMARY KEY,
    article_id      VARCHAR NOT NULL,
    seq             INTEGER NOT NULL,        -- order within the article
    event_type      VARCHAR NOT NULL,
    mode            VARCHAR,
    status          VARCHAR NOT NULL,
    date            VARCHAR,                 -- EDTF as extracted
    date_start      DATE,                    -- inclusive bounds of `date`, NULL when unknown or open
    date_end        DATE,
    date_text       VARCHAR,
    place_text      VARCHAR,                 -- NULL when the event has no location
    place_name      VARCHAR,
    place_country   VARCHAR,
    place_admin1    VARCHAR,
    lat             DOUBLE,
    lon             DOUBLE,
    place_precision VARCHAR,
    dead            BIGINT,
    injured         BIGINT,
    size            BIGINT,
    approximate     BOOLEAN NOT NULL DEFAULT false,
    evidence_text   VARCHAR NOT NULL,
    evidence_start  INTEGER NOT NULL,
    evidence_end    INTEGER NOT NULL,
    language        VARCHAR,
    confidence      DOUBLE NOT NULL,
    trigger         VARCHAR NOT NULL DEFAULT '',
    quote_id        VARCHAR,                 -- the quotes row of the event's reported speech, if any
    quote_text      VARCHAR,
    quote_speaker   JSON                     -- actor object or null
);
CREATE INDEX events_article ON events (article_id);

CREATE TABLE event_actors (
    event_id   VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    role       VARCHAR NOT NULL CHECK (role IN ('source', 'target')),
    position   INTEGER NOT NULL,
    text       VARCHAR NOT NULL,
    name       VARCHAR NOT NULL,
    actor_id   VARCHAR,
    country    VARCHAR,
    kind       VARCHAR NOT NULL,
    char_start INTEGER,
    char_end   INTEGER,
    PRIMARY KEY (event_id, role, position)
);
CREATE INDEX event_actors_article ON event_actors (article_id);

CREATE TABLE quotes (
    quote_id        VARCHAR PRIMARY KEY,     -- sha256 of article_id, start, end, text
    article_id      VARCHAR NOT NULL,
    seq             INTEGER NOT NULL,
    text            VARCHAR NOT NULL,
    quote_start     INTEGER NOT NULL,
    quote_end       INTEGER NOT NULL,
    speaker_text    VARCHAR,                 -- NULL when the speaker is unknown
    speaker_name    VARCHAR,
    speaker_id      VARCHAR,
    speaker_country VARCHAR,
    speaker_kind    VARCHAR,
    speaker_start   INTEGER,
    speaker_end     INTEGER,
    evidence_text   VARCHAR NOT NULL,
    evidence_start  INTEGER NOT NULL,
    evidence_end    INTEGER NOT NULL,
    language        VARCHAR,
    direct          BOOLEAN NOT NULL
);
CREATE INDEX quotes_article ON quotes (article_id);

CREATE VIEW event_places AS
SELECT event_id, article_id, place_text AS text, place_name AS name, place_country AS country,
       place_admin1 AS admin1, lat, lon, place_precision AS precision
FROM events
WHERE place_text IS NOT NULL;
