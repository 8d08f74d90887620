-- SPDX-License-Identifier: GPL-3.0-or-later
-- Settings kept in the file (organisation name, thresholds) and office closures that the
-- timetable skips. A separate step so that files made by the first version move up.

CREATE TABLE setting (
    key   TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 100),
    value TEXT
);

CREATE TABLE office_closure (
    id        INTEGER PRIMARY KEY,
    site_id   INTEGER REFERENCES site (id) ON DELETE CASCADE,
    from_date TEXT NOT NULL CHECK (date(from_date, '+0 days') IS from_date),
    to_date   TEXT NOT NULL CHECK (date(to_date, '+0 days') IS to_date),
    label     TEXT,
    CHECK (to_date >= from_date)
);

CREATE INDEX office_closure_dates ON office_closure (from_date, to_date);

-- A secret of this file from which exports derive stable pseudonyms (never exported itself).
INSERT INTO setting (key, value) VALUES ('pseudonym_salt', lower(hex(randomblob(16))));
