-- SPDX-License-Identifier: GPL-3.0-or-later
-- The all-time figures of indicators.md over every cohort, written as plain SQL for the
-- `sqlite3` shell: what bench_scale times Parcours against (`sqlite3 FILE < all_time_stats.sql`).
-- The same counting rules as core/indicators/Indicators.cpp: populations, hours per module,
-- the marks of the expected pairs of held sessions (an enrolment covers a session's date from
-- its enrolled_on, else the cohort's start, to its exit_date), attended hours, pairings that
-- count (not proposed, overlapping the cohort), French progression, exits at each milestone
-- from the latest outcome. Weeks off target are left out (SQLite 3.40 has no ISO week).
-- One `name|value` line per figure; bench_scale compares them with Parcours's.
.mode list
.separator |

SELECT 'enrolled', count(*), 'completed', sum(e.status = 'completed'), 'withdrawn', sum(e.status = 'withdrawn')
FROM enrolment e JOIN cohort c ON c.id = e.cohort_id;

SELECT 'hours_' || module,
       sum(CASE WHEN status IN ('planned', 'held') THEN secs ELSE 0 END) / 3600.0,
       sum(CASE WHEN status = 'held' THEN secs ELSE 0 END) / 3600.0
FROM (SELECT module, status, max(0, strftime('%s', "end") - strftime('%s', start)) AS secs FROM session)
GROUP BY module;

SELECT 'marks_' || coalesce(status, 'unmarked'), count(*), sum(attended) / 3600.0
FROM (SELECT a.status,
             CASE a.status
                 WHEN 'present' THEN len
                 WHEN 'late' THEN max(0, len - a.minutes_late * 60)
                 ELSE 0 END AS attended
      FROM (SELECT s.id, s.cohort_id, s.date,
                   max(0, strftime('%s', s."end") - strftime('%s', s.start)) AS len
            FROM session s WHERE s.status = 'held') s
      JOIN cohort c ON c.id = s.cohort_id
      JOIN enrolment e ON e.cohort_id = s.cohort_id
                      AND coalesce(e.enrolled_on, c.start_date) <= s.date
                      AND (e.exit_date IS NULL OR s.date <= e.exit_date)
      LEFT JOIN attendance a ON a.session_id = s.id AND a.participant_id = e.participant_id)
GROUP BY status;

SELECT 'pairings', sum(mentor), sum(coach), sum(mentor AND coach)
FROM (SELECT e.id, coalesce(max(p.role = 'mentor'), 0) AS mentor, coalesce(max(p.role = 'coach'), 0) AS coach
      FROM enrolment e JOIN cohort c ON c.id = e.cohort_id
      LEFT JOIN pairing p ON p.participant_id = e.participant_id AND p.status <> 'proposed'
                         AND (p.start_date IS NULL OR p.start_date <= c.end_date)
                         AND (p.end_date IS NULL OR p.end_date >= c.start_date)
      GROUP BY e.id);

SELECT 'french', count(*), sum(gain), sum(gain >= 1)
FROM (SELECT (instr('A0A1A2B1B2C1C2', e.french_level_exit) - instr('A0A1A2B1B2C1C2', p.french_level_entry)) / 2 AS gain
      FROM enrolment e JOIN cohort c ON c.id = e.cohort_id JOIN participant p ON p.id = e.participant_id
      WHERE e.french_level_exit IS NOT NULL AND p.french_level_entry IS NOT NULL);

-- Exits: each completed enrolment at each milestone, classed by its latest outcome (an outcome
-- without recorded_on is older than any dated one; on equal dates the later row wins).
WITH latest AS (
    SELECT participant_id, cohort_id, milestone, situation
    FROM (SELECT o.*, row_number() OVER (PARTITION BY participant_id, cohort_id, milestone
                                         ORDER BY recorded_on DESC, id DESC) AS n
          FROM outcome o)
    WHERE n = 1),
milestones(milestone) AS (VALUES ('exit'), ('m3'), ('m6'), ('m12'))
SELECT 'exits_' || m.milestone, count(*),
       sum(l.situation IN ('cdi', 'cdd_6m_plus', 'interim_6m_plus', 'self_employed')),
       sum(l.situation IN ('cdd_under_6m', 'interim_under_6m', 'subsidised_contract')),
       sum(l.situation = 'qualifying_training'),
       sum(coalesce(l.situation, 'unknown') = 'unknown')
FROM enrolment e JOIN cohort c ON c.id = e.cohort_id CROSS JOIN milestones m
LEFT JOIN latest l ON l.participant_id = e.participant_id AND l.cohort_id = e.cohort_id AND l.milestone = m.milestone
WHERE e.status = 'completed'
GROUP BY m.milestone;
