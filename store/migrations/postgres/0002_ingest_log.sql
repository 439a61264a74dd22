-- Ingest log, version 2: one row per input entry per ingest run, so every
-- entry is accounted for in the corpus itself, not only in a run's
-- summary. entry is the de-identified entry path; code and message never
-- carry original names. The row of an ingested report is written in the
-- same transaction as the report.
CREATE TABLE ingest_log (
    id        BIGSERIAL   PRIMARY KEY,
    run       TEXT        NOT NULL,
    entry     TEXT        NOT NULL,
    status    TEXT        NOT NULL, -- ingested, duplicate, failed, skipped
    code      TEXT        NOT NULL DEFAULT '',
    message   TEXT        NOT NULL DEFAULT '',
    sha256    TEXT        NOT NULL DEFAULT '',
    report_id BIGINT      REFERENCES reports(id) ON DELETE SET NULL,
    at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX ingest_log_run ON ingest_log(run, status);
CREATE INDEX ingest_log_status ON ingest_log(status);
CREATE INDEX ingest_log_sha ON ingest_log(sha256);
CREATE INDEX ingest_log_report ON ingest_log(report_id);
