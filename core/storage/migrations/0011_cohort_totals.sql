-- SPDX-License-Identifier: GPL-3.0-or-later
-- Totals per cohort (issue 8: the all-time figures of a network in well under 2 seconds), kept
-- exact by the same means as mark_total (migration 0008): the triggers mark_total_* name in
-- mark_total_stale every cohort a write to its sessions, enrolments or marks may change, and
-- core/storage/MarkTotals recounts these tables for the named cohorts before each Transaction
-- commits; readers count a cohort still named there from the base tables (MarkTotals.md).
--
-- week_total: per cohort and ISO week (monday = the Julian day number of its Monday), the
-- seconds of its planned and held sessions per module (planned_*: planned or held, the hours
-- planned and the week's hours; held_*: held only, the hours delivered), as
-- core/storage/IndicatorTotals counted them from every session. One row per week holding at
-- least one planned or held session (a session lasts at least a minute: the table's CHECK).
-- cohort_mark_total: mark_total summed per cohort and module.
-- cohort_exit_total: per cohort and milestone, the completed enrolments with an outcome there,
-- classed by the latest one (IndicatorTotals' exits). Outcomes and an enrolment's status are
-- not among what 0008's triggers watch: two more triggers name their cohort stale too (named
-- mark_total_* so that BulkLoader drops and restores them with the others).

CREATE TABLE week_total (
    cohort_id             INTEGER NOT NULL,
    monday                INTEGER NOT NULL,
    planned_fle           INTEGER NOT NULL,
    planned_english       INTEGER NOT NULL,
    planned_soft_skills   INTEGER NOT NULL,
    planned_professional  INTEGER NOT NULL,
    planned_other         INTEGER NOT NULL,
    held_fle              INTEGER NOT NULL,
    held_english          INTEGER NOT NULL,
    held_soft_skills      INTEGER NOT NULL,
    held_professional     INTEGER NOT NULL,
    held_other            INTEGER NOT NULL,
    PRIMARY KEY (cohort_id, monday)
) WITHOUT ROWID;

CREATE TABLE cohort_mark_total (
    cohort_id     INTEGER NOT NULL,
    module        TEXT NOT NULL,
    present       INTEGER NOT NULL,
    late          INTEGER NOT NULL,
    excused       INTEGER NOT NULL,
    absent        INTEGER NOT NULL,
    unmarked      INTEGER NOT NULL,
    attended_secs INTEGER NOT NULL,
    PRIMARY KEY (cohort_id, module)
) WITHOUT ROWID;

CREATE TABLE cohort_exit_total (
    cohort_id   INTEGER NOT NULL,
    milestone   TEXT NOT NULL,
    outcomes    INTEGER NOT NULL,
    durable     INTEGER NOT NULL,
    transition  INTEGER NOT NULL,
    positive    INTEGER NOT NULL,
    other       INTEGER NOT NULL,
    unknown     INTEGER NOT NULL,
    permanent   INTEGER NOT NULL,
    PRIMARY KEY (cohort_id, milestone)
) WITHOUT ROWID;

CREATE TRIGGER mark_total_outcome_insert AFTER INSERT ON outcome BEGIN INSERT OR IGNORE INTO mark_total_stale (cohort_id) VALUES (NEW.cohort_id); END;

CREATE TRIGGER mark_total_outcome_update AFTER UPDATE OF participant_id, cohort_id, milestone, situation, recorded_on ON outcome BEGIN INSERT OR IGNORE INTO mark_total_stale (cohort_id) VALUES (OLD.cohort_id), (NEW.cohort_id); END;

CREATE TRIGGER mark_total_outcome_delete AFTER DELETE ON outcome BEGIN INSERT OR IGNORE INTO mark_total_stale (cohort_id) VALUES (OLD.cohort_id); END;

CREATE TRIGGER mark_total_enrolment_status AFTER UPDATE OF status ON enrolment BEGIN INSERT OR IGNORE INTO mark_total_stale (cohort_id) VALUES (OLD.cohort_id), (NEW.cohort_id); END;

-- The distinct volunteer trainers of each cohort's held sessions (IndicatorTotals' volunteers)
-- read from this index alone rather than from every session's row.
CREATE INDEX session_held_trainer ON session (cohort_id, trainer_id) WHERE status = 'held';

-- Counted for an existing file here (MarkTotals.cpp's statements for every cohort): a cohort
-- named stale now is counted again, as every stale cohort, when this migration commits.
INSERT INTO week_total (cohort_id, monday, planned_fle, planned_english, planned_soft_skills, planned_professional, planned_other, held_fle, held_english, held_soft_skills, held_professional, held_other)
SELECT s.cohort_id, s.day - s.day % 7 AS monday,
    sum(CASE WHEN s.module = 'fle' THEN s.secs ELSE 0 END),
    sum(CASE WHEN s.module = 'english' THEN s.secs ELSE 0 END),
    sum(CASE WHEN s.module = 'soft_skills' THEN s.secs ELSE 0 END),
    sum(CASE WHEN s.module = 'professional_day' THEN s.secs ELSE 0 END),
    sum(CASE WHEN s.module = 'other' THEN s.secs ELSE 0 END),
    sum(CASE WHEN s.module = 'fle' AND s.status = 'held' THEN s.secs ELSE 0 END),
    sum(CASE WHEN s.module = 'english' AND s.status = 'held' THEN s.secs ELSE 0 END),
    sum(CASE WHEN s.module = 'soft_skills' AND s.status = 'held' THEN s.secs ELSE 0 END),
    sum(CASE WHEN s.module = 'professional_day' AND s.status = 'held' THEN s.secs ELSE 0 END),
    sum(CASE WHEN s.module = 'other' AND s.status = 'held' THEN s.secs ELSE 0 END)
FROM (SELECT cohort_id, module, status, CAST(julianday(date) + 0.5 AS INTEGER) AS day,
             max(0, (substr("end", 1, 2) * 60 + substr("end", 4, 2) - substr(start, 1, 2) * 60 - substr(start, 4, 2)) * 60) AS secs
      FROM session WHERE status IN ('planned', 'held')) s
GROUP BY s.cohort_id, monday;

INSERT INTO cohort_mark_total (cohort_id, module, present, late, excused, absent, unmarked, attended_secs)
SELECT e.cohort_id, t.module, sum(t.present), sum(t.late), sum(t.excused), sum(t.absent), sum(t.unmarked), sum(t.attended_secs)
FROM enrolment e JOIN mark_total t ON t.enrolment_id = e.id
GROUP BY e.cohort_id, t.module;

INSERT INTO cohort_exit_total (cohort_id, milestone, outcomes, durable, transition, positive, other, unknown, permanent)
SELECT o.cohort_id, o.milestone, count(*),
    sum(o.situation IN ('cdi', 'cdd_6m_plus', 'interim_6m_plus', 'self_employed')),
    sum(o.situation IN ('cdd_under_6m', 'interim_under_6m', 'subsidised_contract')),
    sum(o.situation = 'qualifying_training'),
    sum(o.situation IN ('other_training', 'job_seeking', 'inactive')),
    sum(o.situation = 'unknown'),
    sum(o.situation = 'cdi')
FROM outcome o CROSS JOIN enrolment e
WHERE e.cohort_id = o.cohort_id AND e.participant_id = o.participant_id AND e.status = 'completed'
    AND NOT EXISTS (SELECT 1 FROM outcome n WHERE n.participant_id = o.participant_id
        AND n.cohort_id = o.cohort_id AND n.milestone = o.milestone
        AND coalesce(n.recorded_on, '') > coalesce(o.recorded_on, ''))
GROUP BY o.cohort_id, o.milestone;
