-- 0002_incidents: every sentence naming an event, incidents across articles, and article republication links.
-- The dedupe tables are derived from articles and events: `vigie incidents rebuild` recreates them.

ALTER TABLE events ADD COLUMN mentions JSON;  -- [{"text", "start", "end"}]: other sentences naming the same event

-- One row per stored event once the incident step has seen it; events without a row are pending.
CREATE TABLE incident_reports (
    event_id    VARCHAR NOT NULL,
    article_id  VARCHAR NOT NULL,
    incident_id VARCHAR NOT NULL,
    event_type  VARCHAR NOT NULL,
    win_start   DATE,               -- when the happening may have taken place (stated date, else days
    win_end     DATE,               -- before publication); NULL when neither is known
    country     VARCHAR,            -- the country of the report's place, for blocking
    why         VARCHAR NOT NULL    -- how this report joined its incident
);
CREATE INDEX incident_reports_event ON incident_reports (event_id);
CREATE INDEX incident_reports_incident ON incident_reports (incident_id);

-- Pairs of events (a < b, in different articles) judged to report one happening.
CREATE TABLE event_links (
    a         VARCHAR NOT NULL,
    b         VARCHAR NOT NULL,
    article_a VARCHAR NOT NULL,
    article_b VARCHAR NOT NULL,
    score     DOUBLE NOT NULL,
    why       VARCHAR NOT NULL
);
CREATE INDEX event_links_a ON event_links (a);
CREATE INDEX event_links_b ON event_links (b);

CREATE TABLE incidents (
    incident_id     VARCHAR NOT NULL,
    event_type      VARCHAR NOT NULL,
    mode            VARCHAR,
    status          VARCHAR NOT NULL,
    date            VARCHAR,
    date_start      DATE,
    date_end        DATE,
    place_name      VARCHAR,
    place_country   VARCHAR,
    place_admin1    VARCHAR,
    lat             DOUBLE,
    lon             DOUBLE,
    place_precision VARCHAR,
    source          JSON NOT NULL,     -- [actor]
    target          JSON NOT NULL,
    dead            BIGINT,
    injured         BIGINT,
    size            BIGINT,
    n_reports       INTEGER NOT NULL,
    n_articles      INTEGER NOT NULL,
    corroboration   INTEGER NOT NULL,  -- independent articles: copies and translations count once
    languages       VARCHAR NOT NULL,  -- "en,fr"
    first_report    DATE,
    last_report     DATE,
    best_event_id   VARCHAR NOT NULL,
    why             VARCHAR NOT NULL,
    stale           BOOLEAN NOT NULL DEFAULT false  -- a report changed: recompute at the next update
);
CREATE INDEX incidents_id ON incidents (incident_id);

-- Copies and translations: `a` is the earlier article (the original), `b` the later one.
CREATE TABLE article_links (
    a     VARCHAR NOT NULL,
    b     VARCHAR NOT NULL,
    kind  VARCHAR NOT NULL CHECK (kind IN ('copy', 'translation')),
    score DOUBLE NOT NULL,
    why   VARCHAR NOT NULL
);
CREATE INDEX article_links_a ON article_links (a);
CREATE INDEX article_links_b ON article_links (b);

-- Discriminating words and numbers per article, to find republication candidates without a full scan.
CREATE TABLE article_keys (
    key        VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL
);
CREATE INDEX article_keys_key ON article_keys (key);
CREATE INDEX article_keys_article ON article_keys (article_id);
