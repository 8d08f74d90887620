-- SPDX-License-Identifier: GPL-3.0-or-later
-- Attendance totals per enrolment and module (issue 8): the marks of the expected pairs of
-- held sessions (indicators.md, Attendance), counted once instead of from millions of marks
-- at every all-time figure or review pack. A cache kept exact by cheap triggers: any change
-- that can move a figure (a mark, a session, an enrolment, a cohort's start) only names its
-- cohort in mark_total_stale; core/storage/MarkTotals recounts the named cohorts set-based
-- before each Transaction commits, and readers count a cohort still named there from its
-- marks, so a figure never comes from a stale total (see core/storage/MarkTotals.md).
-- Trigger bodies keep their `;` inside a line: the Migrator splits statements at a `;` that
-- ends a line.

CREATE TABLE mark_total (
    enrolment_id  INTEGER NOT NULL,
    module        TEXT NOT NULL,
    present       INTEGER NOT NULL,
    late          INTEGER NOT NULL,
    excused       INTEGER NOT NULL,
    absent        INTEGER NOT NULL,
    unmarked      INTEGER NOT NULL,
    attended_secs INTEGER NOT NULL,
    PRIMARY KEY (enrolment_id, module)
) WITHOUT ROWID;

CREATE TABLE mark_total_stale (
    cohort_id INTEGER PRIMARY KEY
);

CREATE TRIGGER mark_total_attendance_insert AFTER INSERT ON attendance BEGIN INSERT OR IGNORE INTO mark_total_stale (cohort_id) SELECT cohort_id FROM session WHERE id = NEW.session_id; END;

CREATE TRIGGER mark_total_attendance_update AFTER UPDATE ON attendance BEGIN INSERT OR IGNORE INTO mark_total_stale (cohort_id) SELECT cohort_id FROM session WHERE id IN (OLD.session_id, NEW.session_id); END;

CREATE TRIGGER mark_total_attendance_delete AFTER DELETE ON attendance BEGIN INSERT OR IGNORE INTO mark_total_stale (cohort_id) SELECT cohort_id FROM session WHERE id = OLD.session_id; END;

CREATE TRIGGER mark_total_session_insert AFTER INSERT ON session BEGIN INSERT OR IGNORE INTO mark_total_stale (cohort_id) VALUES (NEW.cohort_id); END;

CREATE TRIGGER mark_total_session_update AFTER UPDATE OF cohort_id, module, date, start, "end", status ON session BEGIN INSERT OR IGNORE INTO mark_total_stale (cohort_id) VALUES (OLD.cohort_id), (NEW.cohort_id); END;

CREATE TRIGGER mark_total_session_delete AFTER DELETE ON session BEGIN INSERT OR IGNORE INTO mark_total_stale (cohort_id) VALUES (OLD.cohort_id); END;

CREATE TRIGGER mark_total_enrolment_insert AFTER INSERT ON enrolment BEGIN INSERT OR IGNORE INTO mark_total_stale (cohort_id) VALUES (NEW.cohort_id); END;

CREATE TRIGGER mark_total_enrolment_update AFTER UPDATE OF id, cohort_id, participant_id, enrolled_on, exit_date ON enrolment BEGIN INSERT OR IGNORE INTO mark_total_stale (cohort_id) VALUES (OLD.cohort_id), (NEW.cohort_id); DELETE FROM mark_total WHERE enrolment_id = OLD.id; END;

CREATE TRIGGER mark_total_enrolment_delete AFTER DELETE ON enrolment BEGIN INSERT OR IGNORE INTO mark_total_stale (cohort_id) VALUES (OLD.cohort_id); DELETE FROM mark_total WHERE enrolment_id = OLD.id; END;

CREATE TRIGGER mark_total_cohort_update AFTER UPDATE OF id, start_date ON cohort BEGIN INSERT OR IGNORE INTO mark_total_stale (cohort_id) VALUES (OLD.id), (NEW.id); END;

-- Every cohort of an existing file is counted at the commit of this migration.
INSERT INTO mark_total_stale (cohort_id) SELECT id FROM cohort;
