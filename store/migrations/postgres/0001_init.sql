-- Corpus schema, version 1 (PostgreSQL). Same tables as SQLite; full-text
-- search is a tsvector built from the gojieba tokens, with a GIN index.
-- Only de-identified data is stored; never the original bytes or text.
CREATE TABLE reports (
    id          BIGSERIAL PRIMARY KEY,
    sha256      TEXT        NOT NULL UNIQUE,
    name        TEXT        NOT NULL,
    format      TEXT        NOT NULL,
    bytes       BIGINT      NOT NULL,
    title       TEXT        NOT NULL,
    doc_type    TEXT        NOT NULL DEFAULT '',
    year        INTEGER     NOT NULL DEFAULT 0,
    paragraphs  INTEGER     NOT NULL,
    categories  JSONB       NOT NULL,
    entities    INTEGER     NOT NULL,
    ingested_at TIMESTAMPTZ NOT NULL,
    body        JSONB       NOT NULL
);
CREATE INDEX reports_year ON reports(year);

CREATE TABLE paragraphs (
    id         BIGSERIAL PRIMARY KEY,
    report_id  BIGINT   NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    position   INTEGER  NOT NULL,
    heading    BOOLEAN  NOT NULL,
    role       TEXT     NOT NULL,
    section    TEXT     NOT NULL,
    category   TEXT     NOT NULL,
    confidence DOUBLE PRECISION NOT NULL,
    text       TEXT     NOT NULL,
    tsv        TSVECTOR NOT NULL,
    UNIQUE (report_id, position)
);
CREATE INDEX paragraphs_tsv ON paragraphs USING GIN (tsv);
CREATE INDEX paragraphs_category ON paragraphs(category);

CREATE TABLE quantities (
    report_id        BIGINT  NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    paragraph        INTEGER NOT NULL,
    section          TEXT    NOT NULL,
    category         TEXT    NOT NULL,
    text             TEXT    NOT NULL,
    subject          TEXT    NOT NULL,
    value            DOUBLE PRECISION,
    unit             TEXT    NOT NULL,
    normalized_value DOUBLE PRECISION,
    normalized_unit  TEXT    NOT NULL,
    approx           BOOLEAN NOT NULL,
    masked           BOOLEAN NOT NULL,
    change           BOOLEAN NOT NULL,
    PRIMARY KEY (report_id, position)
);

CREATE TABLE entities (
    report_id   BIGINT  NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    type        TEXT    NOT NULL,
    placeholder TEXT    NOT NULL,
    count       INTEGER NOT NULL
);
CREATE INDEX entities_report ON entities(report_id);

CREATE TABLE tags (
    report_id BIGINT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    key       TEXT   NOT NULL,
    value     TEXT   NOT NULL,
    PRIMARY KEY (report_id, key)
);
CREATE INDEX tags_kv ON tags(key, value);
