-- Corpus schema, version 1. Only de-identified data is stored: the report
-- body (JSON without the audit), paragraphs, quantities, entity counts,
-- tags and source metadata. Never the original bytes or text.
CREATE TABLE reports (
    id          INTEGER PRIMARY KEY,
    sha256      TEXT    NOT NULL UNIQUE,
    name        TEXT    NOT NULL,
    format      TEXT    NOT NULL,
    bytes       INTEGER NOT NULL,
    title       TEXT    NOT NULL,
    doc_type    TEXT    NOT NULL DEFAULT '',
    year        INTEGER NOT NULL DEFAULT 0,
    paragraphs  INTEGER NOT NULL,
    categories  TEXT    NOT NULL,
    entities    INTEGER NOT NULL,
    ingested_at TEXT    NOT NULL,
    body        BLOB    NOT NULL -- report JSON (no audit), gzip-compressed
);
CREATE INDEX reports_year ON reports(year);

CREATE TABLE paragraphs (
    id         INTEGER PRIMARY KEY,
    report_id  INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    heading    INTEGER NOT NULL,
    role       TEXT    NOT NULL,
    section    TEXT    NOT NULL,
    category   TEXT    NOT NULL,
    confidence REAL    NOT NULL,
    text       TEXT    NOT NULL,
    UNIQUE (report_id, position)
);
CREATE INDEX paragraphs_category ON paragraphs(category);

-- Full-text index: gojieba tokens joined by spaces (tokens) and the
-- report's year and hashed tags (meta); rowid = a category code (1
-- achievement, 2 problem, 3 plan, 4 other, 0 else) << 40 | paragraphs.id,
-- so facets and the category filter are rowid-range scans of the index. The display text lives in
-- paragraphs.text.
CREATE VIRTUAL TABLE paragraphs_fts USING fts5(tokens, meta, tokenize = 'unicode61',
    content = '', contentless_delete = 1); -- index only: the tokens are never read back

CREATE TABLE quantities (
    report_id        INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    paragraph        INTEGER NOT NULL,
    section          TEXT    NOT NULL,
    category         TEXT    NOT NULL,
    text             TEXT    NOT NULL,
    subject          TEXT    NOT NULL,
    value            REAL,
    unit             TEXT    NOT NULL,
    normalized_value REAL,
    normalized_unit  TEXT    NOT NULL,
    approx           INTEGER NOT NULL,
    masked           INTEGER NOT NULL,
    change           INTEGER NOT NULL,
    PRIMARY KEY (report_id, position)
);

CREATE TABLE entities (
    report_id   INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    type        TEXT    NOT NULL,
    placeholder TEXT    NOT NULL,
    count       INTEGER NOT NULL
);
CREATE INDEX entities_report ON entities(report_id);

CREATE TABLE tags (
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    key       TEXT    NOT NULL,
    value     TEXT    NOT NULL,
    PRIMARY KEY (report_id, key)
);
CREATE INDEX tags_kv ON tags(key, value);
