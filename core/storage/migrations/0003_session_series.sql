-- SPDX-License-Identifier: GPL-3.0-or-later
-- Series of sessions: the weekly rule a run of sessions was made from ("every Monday to
-- Thursday 09:00-12:30, FLE, ..."), so that an edit can reach one occurrence, the following
-- ones or the whole series. A grouping of the program only: the exchange format does not
-- carry it, and a session whose series is deleted stays, on its own.
-- weekdays: the ISO days of the rule as bits, Monday = 1, Tuesday = 2, ... Sunday = 64.

CREATE TABLE series (
    id         INTEGER PRIMARY KEY,
    ref        TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 64),
    cohort_id  INTEGER NOT NULL REFERENCES cohort (id) ON DELETE CASCADE,
    module     TEXT NOT NULL CHECK (module IN ('fle', 'english', 'soft_skills', 'professional_day', 'other')),
    weekdays   INTEGER NOT NULL CHECK (weekdays BETWEEN 1 AND 127),
    start      TEXT NOT NULL CHECK (strftime('%H:%M', start, '+0 seconds') IS start),
    "end"      TEXT NOT NULL CHECK (strftime('%H:%M', "end", '+0 seconds') IS "end"),
    trainer_id INTEGER REFERENCES trainer (id) ON DELETE SET NULL,
    room_id    INTEGER REFERENCES room (id) ON DELETE SET NULL,
    title      TEXT,
    first_date TEXT NOT NULL CHECK (date(first_date, '+0 days') IS first_date),
    last_date  TEXT NOT NULL CHECK (date(last_date, '+0 days') IS last_date),
    CHECK ("end" > start),
    CHECK (last_date >= first_date)
);

ALTER TABLE session ADD COLUMN series_id INTEGER REFERENCES series (id) ON DELETE SET NULL;

CREATE INDEX series_cohort ON series (cohort_id);
CREATE INDEX session_series ON session (series_id, date);
