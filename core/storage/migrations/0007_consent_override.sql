-- SPDX-License-Identifier: GPL-3.0-or-later
-- GDPR (issue 9): a participant is enrolled once their consent date is recorded, or with an
-- explicit override whose reason is kept here, one row per enrolment made that way. A program
-- column only: the exchange format keeps its columns (see core/storage/DataSafety.md, "Privacy").
-- The row goes with its enrolment (and so with an erased person).

CREATE TABLE enrolment_consent_override (
    enrolment_id INTEGER PRIMARY KEY REFERENCES enrolment (id) ON DELETE CASCADE,
    reason       TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    recorded_on  TEXT NOT NULL CHECK (date(recorded_on, '+0 days') IS recorded_on)
);

-- The audit log (0006) records the rows of this table as it does the others: names of the
-- fields written, never their values (the reason is personal data).
CREATE TRIGGER audit_row_enrolment_consent_override_insert AFTER INSERT ON enrolment_consent_override WHEN (SELECT quiet FROM audit_context) = 0
BEGIN INSERT INTO audit_log (at, actor, os_user, program, action, kind, record_id, record_ref, fields)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), actor, os_user, program, 'insert', 'enrolment_consent_override', NEW.enrolment_id, (SELECT coalesce((SELECT ref FROM cohort WHERE id = e.cohort_id), '#' || e.cohort_id) || ' / ' || coalesce((SELECT ref FROM participant WHERE id = e.participant_id), '#' || e.participant_id) FROM enrolment e WHERE e.id = NEW.enrolment_id), 'reason,recorded_on'
    FROM audit_context; END;
CREATE TRIGGER audit_row_enrolment_consent_override_update AFTER UPDATE ON enrolment_consent_override WHEN (SELECT quiet FROM audit_context) = 0
    AND (OLD.reason IS NOT NEW.reason OR OLD.recorded_on IS NOT NEW.recorded_on)
BEGIN INSERT INTO audit_log (at, actor, os_user, program, action, kind, record_id, record_ref, fields)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), actor, os_user, program, 'update', 'enrolment_consent_override', NEW.enrolment_id, (SELECT coalesce((SELECT ref FROM cohort WHERE id = e.cohort_id), '#' || e.cohort_id) || ' / ' || coalesce((SELECT ref FROM participant WHERE id = e.participant_id), '#' || e.participant_id) FROM enrolment e WHERE e.id = NEW.enrolment_id), substr(iif(OLD.reason IS NEW.reason, '', ',reason') || iif(OLD.recorded_on IS NEW.recorded_on, '', ',recorded_on'), 2)
    FROM audit_context; END;
CREATE TRIGGER audit_row_enrolment_consent_override_delete BEFORE DELETE ON enrolment_consent_override WHEN (SELECT quiet FROM audit_context) = 0
BEGIN INSERT INTO audit_log (at, actor, os_user, program, action, kind, record_id, record_ref, fields)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), actor, os_user, program, 'delete', 'enrolment_consent_override', OLD.enrolment_id, coalesce((SELECT coalesce((SELECT ref FROM cohort WHERE id = e.cohort_id), '#' || e.cohort_id) || ' / ' || coalesce((SELECT ref FROM participant WHERE id = e.participant_id), '#' || e.participant_id) FROM enrolment e WHERE e.id = OLD.enrolment_id), '#' || OLD.enrolment_id), NULL
    FROM audit_context; END;
