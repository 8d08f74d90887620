-- SPDX-License-Identifier: GPL-3.0-or-later
-- The tables of exchange-format.md. Codes are those of domain.md, checked here so that no
-- program, import or hand edit can store a code the rest of Parcours does not know.
-- Dates are ISO text (YYYY-MM-DD), times HH:MM. `date(x, '+0 days') IS x` holds only for a real
-- calendar date (date(x) alone lets 1990-02-30 through), and the same with strftime for times
-- (24:00 is refused). Each statement ends with a semicolon at the end of a line: the Migrator
-- splits on that.

CREATE TABLE site (
    id          INTEGER PRIMARY KEY,
    ref         TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 64),
    name        TEXT NOT NULL CHECK (name <> ''),
    address     TEXT,
    city        TEXT,
    opens       TEXT NOT NULL DEFAULT '08:00' CHECK (strftime('%H:%M', opens, '+0 seconds') IS opens),
    closes      TEXT NOT NULL DEFAULT '18:00' CHECK (strftime('%H:%M', closes, '+0 seconds') IS closes),
    lunch_start TEXT CHECK (lunch_start IS NULL OR strftime('%H:%M', lunch_start, '+0 seconds') IS lunch_start),
    lunch_end   TEXT CHECK (lunch_end IS NULL OR strftime('%H:%M', lunch_end, '+0 seconds') IS lunch_end),
    CHECK (closes > opens),
    CHECK ((lunch_start IS NULL) = (lunch_end IS NULL)),
    CHECK (lunch_end IS NULL OR lunch_end > lunch_start)
);

CREATE TABLE room (
    id       INTEGER PRIMARY KEY,
    ref      TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 64),
    site_id  INTEGER NOT NULL REFERENCES site (id) ON DELETE CASCADE,
    name     TEXT NOT NULL CHECK (name <> ''),
    capacity INTEGER CHECK (capacity IS NULL OR capacity > 0)
);

CREATE TABLE cohort (
    id                INTEGER PRIMARY KEY,
    ref               TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 64),
    name              TEXT NOT NULL CHECK (name <> ''),
    programme         TEXT,
    site_id           INTEGER REFERENCES site (id) ON DELETE SET NULL,
    start_date        TEXT NOT NULL CHECK (date(start_date, '+0 days') IS start_date),
    end_date          TEXT NOT NULL CHECK (date(end_date, '+0 days') IS end_date),
    capacity          INTEGER NOT NULL DEFAULT 20 CHECK (capacity > 0),
    fle_hours_min     REAL NOT NULL DEFAULT 12 CHECK (fle_hours_min >= 0),
    fle_hours_max     REAL NOT NULL DEFAULT 15 CHECK (fle_hours_max >= fle_hours_min),
    english_hours     REAL NOT NULL DEFAULT 2 CHECK (english_hours >= 0),
    soft_skills_hours REAL NOT NULL DEFAULT 2 CHECK (soft_skills_hours >= 0),
    CHECK (end_date >= start_date)
);

CREATE TABLE participant (
    id                   INTEGER PRIMARY KEY,
    ref                  TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 64),
    first_name           TEXT NOT NULL CHECK (first_name <> ''),
    last_name            TEXT NOT NULL CHECK (last_name <> ''),
    birth_date           TEXT CHECK (birth_date IS NULL OR date(birth_date, '+0 days') IS birth_date),
    gender               TEXT CHECK (gender IN ('f', 'm', 'x')),
    country_of_origin    TEXT CHECK (country_of_origin IS NULL OR (length(country_of_origin) = 2 AND upper(country_of_origin) = country_of_origin)),
    languages            TEXT,
    french_level_entry   TEXT CHECK (french_level_entry IN ('A0', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
    status               TEXT CHECK (status IN ('refugee', 'subsidiary_protection', 'asylum_seeker', 'other_newcomer')),
    arrival_date         TEXT CHECK (arrival_date IS NULL OR date(arrival_date, '+0 days') IS arrival_date),
    phone                TEXT,
    email                TEXT,
    professional_project TEXT,
    sector               TEXT,
    referrer             TEXT,
    consent_date         TEXT CHECK (consent_date IS NULL OR date(consent_date, '+0 days') IS consent_date),
    notes                TEXT
);

CREATE TABLE volunteer (
    id            INTEGER PRIMARY KEY,
    ref           TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 64),
    first_name    TEXT NOT NULL CHECK (first_name <> ''),
    last_name     TEXT NOT NULL CHECK (last_name <> ''),
    role          TEXT NOT NULL CHECK (role IN ('mentor', 'coach', 'both')),
    email         TEXT,
    phone         TEXT,
    profession    TEXT,
    employer      TEXT,
    sector        TEXT,
    school        TEXT,
    languages     TEXT,
    max_pairings  INTEGER NOT NULL DEFAULT 1 CHECK (max_pairings >= 0),
    available_from TEXT CHECK (available_from IS NULL OR date(available_from, '+0 days') IS available_from),
    available_to  TEXT CHECK (available_to IS NULL OR date(available_to, '+0 days') IS available_to),
    notes         TEXT,
    CHECK (available_to IS NULL OR available_from IS NULL OR available_to >= available_from)
);

CREATE TABLE trainer (
    id             INTEGER PRIMARY KEY,
    ref            TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 64),
    name           TEXT NOT NULL CHECK (name <> ''),
    kind           TEXT NOT NULL DEFAULT 'staff' CHECK (kind IN ('staff', 'volunteer', 'external')),
    email          TEXT,
    phone          TEXT,
    max_hours_week REAL CHECK (max_hours_week IS NULL OR max_hours_week >= 0)
);

CREATE TABLE trainer_module (
    trainer_id INTEGER NOT NULL REFERENCES trainer (id) ON DELETE CASCADE,
    module     TEXT NOT NULL CHECK (module IN ('fle', 'english', 'soft_skills', 'professional_day', 'other')),
    PRIMARY KEY (trainer_id, module)
);

CREATE TABLE trainer_unavailability (
    id         INTEGER PRIMARY KEY,
    trainer_id INTEGER NOT NULL REFERENCES trainer (id) ON DELETE CASCADE,
    weekday    INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    start      TEXT NOT NULL CHECK (strftime('%H:%M', start, '+0 seconds') IS start),
    "end"      TEXT NOT NULL CHECK (strftime('%H:%M', "end", '+0 seconds') IS "end"),
    from_date  TEXT CHECK (from_date IS NULL OR date(from_date, '+0 days') IS from_date),
    to_date    TEXT CHECK (to_date IS NULL OR date(to_date, '+0 days') IS to_date),
    CHECK ("end" > start),
    CHECK (to_date IS NULL OR from_date IS NULL OR to_date >= from_date)
);

CREATE UNIQUE INDEX trainer_unavailability_key
    ON trainer_unavailability (trainer_id, weekday, start, "end", coalesce(from_date, ''), coalesce(to_date, ''));

CREATE TABLE enrolment (
    id                INTEGER PRIMARY KEY,
    cohort_id         INTEGER NOT NULL REFERENCES cohort (id) ON DELETE CASCADE,
    participant_id    INTEGER NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
    enrolled_on       TEXT CHECK (enrolled_on IS NULL OR date(enrolled_on, '+0 days') IS enrolled_on),
    status            TEXT NOT NULL DEFAULT 'enrolled' CHECK (status IN ('enrolled', 'completed', 'withdrawn')),
    exit_date         TEXT CHECK (exit_date IS NULL OR date(exit_date, '+0 days') IS exit_date),
    exit_reason       TEXT,
    french_level_exit TEXT CHECK (french_level_exit IN ('A0', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2')),
    UNIQUE (cohort_id, participant_id),
    CHECK (exit_date IS NULL OR enrolled_on IS NULL OR exit_date >= enrolled_on)
);

CREATE TABLE session (
    id         INTEGER PRIMARY KEY,
    ref        TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 64),
    cohort_id  INTEGER NOT NULL REFERENCES cohort (id) ON DELETE CASCADE,
    module     TEXT NOT NULL CHECK (module IN ('fle', 'english', 'soft_skills', 'professional_day', 'other')),
    date       TEXT NOT NULL CHECK (date(date, '+0 days') IS date),
    start      TEXT NOT NULL CHECK (strftime('%H:%M', start, '+0 seconds') IS start),
    "end"      TEXT NOT NULL CHECK (strftime('%H:%M', "end", '+0 seconds') IS "end"),
    trainer_id INTEGER REFERENCES trainer (id) ON DELETE SET NULL,
    room_id    INTEGER REFERENCES room (id) ON DELETE SET NULL,
    status     TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'cancelled')),
    title      TEXT,
    CHECK ("end" > start)
);

CREATE TABLE attendance (
    id             INTEGER PRIMARY KEY,
    session_id     INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
    status         TEXT NOT NULL CHECK (status IN ('present', 'late', 'excused', 'absent')),
    minutes_late   INTEGER NOT NULL DEFAULT 0 CHECK (minutes_late >= 0),
    UNIQUE (session_id, participant_id),
    CHECK (minutes_late = 0 OR status = 'late')
);

CREATE TABLE pairing (
    id             INTEGER PRIMARY KEY,
    ref            TEXT NOT NULL UNIQUE CHECK (length(ref) BETWEEN 1 AND 64),
    participant_id INTEGER NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
    volunteer_id   INTEGER NOT NULL REFERENCES volunteer (id) ON DELETE CASCADE,
    role           TEXT NOT NULL CHECK (role IN ('mentor', 'coach')),
    cohort_id      INTEGER REFERENCES cohort (id) ON DELETE SET NULL,
    start_date     TEXT CHECK (start_date IS NULL OR date(start_date, '+0 days') IS start_date),
    end_date       TEXT CHECK (end_date IS NULL OR date(end_date, '+0 days') IS end_date),
    status         TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('proposed', 'active', 'ended')),
    end_reason     TEXT,
    CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);

-- Never two active pairings of one role for one participant (domain rule).
CREATE UNIQUE INDEX pairing_one_active_per_role ON pairing (participant_id, role) WHERE status = 'active';

CREATE TABLE checkin (
    id               INTEGER PRIMARY KEY,
    pairing_id       INTEGER NOT NULL REFERENCES pairing (id) ON DELETE CASCADE,
    date             TEXT NOT NULL CHECK (date(date, '+0 days') IS date),
    duration_minutes INTEGER CHECK (duration_minutes IS NULL OR duration_minutes > 0),
    kind             TEXT CHECK (kind IN ('in_person', 'phone', 'video', 'message')),
    notes            TEXT,
    UNIQUE (pairing_id, date)
);

CREATE TABLE outcome (
    id             INTEGER PRIMARY KEY,
    participant_id INTEGER NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
    cohort_id      INTEGER NOT NULL REFERENCES cohort (id) ON DELETE CASCADE,
    milestone      TEXT NOT NULL CHECK (milestone IN ('exit', 'm3', 'm6', 'm12')),
    situation      TEXT NOT NULL CHECK (situation IN ('cdi', 'cdd_6m_plus', 'interim_6m_plus', 'self_employed', 'cdd_under_6m', 'interim_under_6m', 'subsidised_contract', 'qualifying_training', 'other_training', 'job_seeking', 'inactive', 'unknown')),
    recorded_on    TEXT CHECK (recorded_on IS NULL OR date(recorded_on, '+0 days') IS recorded_on),
    employer       TEXT,
    sector         TEXT,
    notes          TEXT
);

CREATE UNIQUE INDEX outcome_key ON outcome (participant_id, cohort_id, milestone, coalesce(recorded_on, ''));

-- Lookups the program makes: a cohort's timetable, a trainer's or a room's week, a person's
-- enrolments, pairings and marks, reports by period.
CREATE INDEX room_site ON room (site_id);
CREATE INDEX cohort_site ON cohort (site_id);
CREATE INDEX cohort_end_date ON cohort (end_date);
CREATE INDEX participant_name ON participant (last_name, first_name);
CREATE INDEX volunteer_name ON volunteer (last_name, first_name);
CREATE INDEX enrolment_participant ON enrolment (participant_id);
CREATE INDEX session_cohort_date ON session (cohort_id, date);
CREATE INDEX session_trainer_date ON session (trainer_id, date);
CREATE INDEX session_room_date ON session (room_id, date);
CREATE INDEX session_date ON session (date);
CREATE INDEX attendance_participant ON attendance (participant_id);
CREATE INDEX pairing_volunteer ON pairing (volunteer_id);
CREATE INDEX pairing_cohort ON pairing (cohort_id);
CREATE INDEX outcome_cohort ON outcome (cohort_id, milestone);
