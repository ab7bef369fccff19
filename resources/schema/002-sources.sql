-- Version 2: merging. Where each school came from, unresolved versions, the stored order.
CREATE TABLE source (
    id                INTEGER PRIMARY KEY,
    file_name         TEXT NOT NULL,
    sha256            TEXT NOT NULL,
    imported_at       TEXT NOT NULL,
    verification_code TEXT NOT NULL DEFAULT '',
    unit              TEXT NOT NULL DEFAULT '',
    contact           TEXT NOT NULL DEFAULT '',
    phone             TEXT NOT NULL DEFAULT '',
    fill_date         TEXT NOT NULL DEFAULT ''
);
ALTER TABLE school ADD COLUMN source_id INTEGER REFERENCES source(id);
ALTER TABLE school ADD COLUMN conflict_group INTEGER NOT NULL DEFAULT 0;
ALTER TABLE school ADD COLUMN sort_key TEXT NOT NULL DEFAULT '';
