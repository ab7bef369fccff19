-- Version 1: the workbook of one submitting unit.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE school (
    id          INTEGER PRIMARY KEY,
    position    INTEGER NOT NULL,
    name        TEXT NOT NULL,
    school_code TEXT NOT NULL DEFAULT '',
    type        TEXT NOT NULL DEFAULT '',
    affiliation TEXT NOT NULL DEFAULT '',
    city        TEXT NOT NULL DEFAULT '',
    tiers       TEXT NOT NULL DEFAULT ''
);

CREATE TABLE certificate_row (
    id          INTEGER PRIMARY KEY,
    school_id   INTEGER NOT NULL REFERENCES school(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    certificate TEXT NOT NULL DEFAULT '',
    levels      TEXT NOT NULL DEFAULT '',
    majors      TEXT NOT NULL DEFAULT '',
    major_count TEXT NOT NULL DEFAULT '',
    students    TEXT NOT NULL DEFAULT '',
    remark      TEXT NOT NULL DEFAULT '',
    evidence    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX certificate_row_by_school ON certificate_row(school_id, position);

CREATE TABLE explanation (
    finding TEXT PRIMARY KEY,
    text    TEXT NOT NULL
) WITHOUT ROWID;
