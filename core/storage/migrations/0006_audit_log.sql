-- SPDX-License-Identifier: GPL-3.0-or-later
-- The audit log (issue 9, point 7; core/storage/AuditLog.md): who changed which record, when,
-- and the NAMES of the fields that changed, never their values, so that erasing a person
-- leaves nothing of them here. Written by the triggers below, in the transaction of the change
-- itself (a change rolled back leaves no entry), and by AuditLog::record for summaries
-- (an import: one entry per table; a demo; a restore; an erasure). Append-only: UPDATE and
-- DELETE on audit_log are refused, with no exception.
-- audit_context is one row: who writes now. The program sets it in each transaction
-- (Transaction) and empties it before the commit, so a write made outside Parcours is logged
-- with no user. quiet = 1 stops the per-row entries (imports, demos: they write summaries).
-- The row triggers name each column: a later migration that adds a column to an audited table
-- (or a new table to audit) re-creates that table's triggers (see AuditLog.md).

CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    actor      TEXT,
    os_user    TEXT,
    program    TEXT,
    action     TEXT NOT NULL CHECK (length(action) BETWEEN 1 AND 32),
    kind       TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 64),
    record_id  INTEGER,
    record_ref TEXT,
    fields     TEXT,
    count      INTEGER
);

CREATE INDEX audit_log_at ON audit_log (at);

CREATE TABLE audit_context (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    actor   TEXT,
    os_user TEXT,
    program TEXT,
    quiet   INTEGER NOT NULL DEFAULT 0 CHECK (quiet IN (0, 1))
);

INSERT INTO audit_context (id) VALUES (1);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: an entry cannot be changed'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: an entry cannot be deleted'); END;
CREATE TRIGGER audit_context_no_insert BEFORE INSERT ON audit_context
BEGIN SELECT RAISE(ABORT, 'audit_context holds one row'); END;
CREATE TRIGGER audit_context_no_delete BEFORE DELETE ON audit_context
BEGIN SELECT RAISE(ABORT, 'audit_context holds one row'); END;

-- One trigger per table and change: the record (kind, id, ref) and the names of the fields
-- set (insert) or changed (update). An update that changes nothing is not logged. Deletes are
-- logged BEFORE the row goes, so that the refs of its parents can still be read.
-- site
CREATE TRIGGER audit_row_site_insert AFTER INSERT ON site WHEN (SELECT quiet FROM audit_context) = 0
BEGIN INSERT INTO audit_log (at, actor, os_user, program, action, kind, record_id, record_ref, fields)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), actor, os_user, program, 'insert', 'site', NEW.id, NEW.ref,
        nullif(substr(iif(NEW.ref IS NULL, '', ',ref') || iif(NEW.name IS NULL, '', ',name') || iif(NEW.address IS NULL, '', ',address') || iif(NEW.city IS NULL, '', ',city') || iif(NEW.opens IS NULL, '', ',opens') || iif(NEW.closes IS NULL, '', ',closes') || iif(NEW.lunch_start IS NULL, '', ',lunch_start') || iif(NEW.lunch_end IS NULL, '', ',lunch_end'), 2), '')
    FROM audit_context; END;
CREATE TRIGGER audit_row_site_update AFTER UPDATE ON site WHEN (SELECT quiet FROM audit_context) = 0
    AND (OLD.id IS NOT NEW.id OR OLD.ref IS NOT NEW.ref OR OLD.name IS NOT NEW.name OR OLD.address IS NOT NEW.address OR OLD.city IS NOT NEW.city OR OLD.opens IS NOT NEW.opens OR OLD.closes IS NOT NEW.closes OR OLD.lunch_start IS NOT NEW.lunch_start OR OLD.lunch_end IS NOT NEW.lunch_end)
BEGIN INSERT INTO audit_log (at, actor, os_user, program, action, kind, record_id, record_ref, fields)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), actor, os_user, program, 'update', 'site', NEW.id, NEW.ref,
        substr(iif(OLD.id IS NEW.id, '', ',id') || iif(OLD.ref IS NEW.ref, '', ',ref') || iif(OLD.name IS NEW.name, '', ',name') || iif(OLD.address IS NEW.address, '', ',address') || iif(OLD.city IS NEW.city, '', ',city') || iif(OLD.opens IS NEW.opens, '', ',opens') || iif(OLD.closes IS NEW.closes, '', ',closes') || iif(OLD.lunch_start IS NEW.lunch_start, '', ',lunch_start') || iif(OLD.lunch_end IS NEW.lunch_end, '', ',lunch_end'), 2)
    FROM audit_context; END;
CREATE TRIGGER audit_row_site_delete BEFORE DELETE ON site WHEN (SELECT quiet FROM audit_context) = 0
BEGIN INSERT INTO audit_log (at, actor, os_user, program, action, kind, record_id, record_ref, fields)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), actor, os_user, program, 'delete', 'site', OLD.id, OLD.ref, NULL
    FROM audit_context; END;

-- room
CREATE TRIGGER audit_row_room_insert AFTER INSERT ON room WHEN (SELECT quiet FROM audit_context) = 0
BEGIN INSERT INTO audit_log (at, actor, os_user, program, action, kind, record_id, record_ref, fields)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), actor, os_user, program, 'insert', 'room', NEW.id, NEW.ref,
        nullif(substr(iif(NEW.ref IS NULL, '', ',ref') || iif(NEW.site_id IS NULL, '', ',site_id') || iif(NEW.name IS NULL, '', ',name') || iif(NEW.capacity IS NULL, '', ',capacity'), 2), '')
    FROM audit_context; END;
CREATE TRIGGER audit_row_room_update AFTER UPDATE ON room WHEN (SELECT quiet FROM audit_context) = 0
    AND (OLD.id IS NOT NEW.id OR OLD.ref IS NOT NEW.ref OR OLD.site_id IS NOT NEW.site_id OR OLD.name IS NOT NEW.name OR OLD.capacity IS NOT NEW.capacity)
BEGIN INSERT INTO audit_log (at, actor, os_user, program, action, kind, record_id, record_ref, fields)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), actor, os_user, program, 'update', 'room', NEW.id, NEW.ref,
        substr(iif(OLD.id IS NEW.id, '', ',id') || iif(OLD.ref IS NEW.ref, '', ',ref') || iif(OLD.site_id IS NEW.site_id, '', ',site_id') || iif(OLD.name IS NEW.name, '', ',name') || iif(OLD.capacity IS NEW.capacity, '', ',capacity'), 2)
    FROM audit_context; END;
CREATE TRIGGER audit_row_room_delete BEFORE DELETE ON room WHEN (SELECT quiet FROM audit_context) = 0
BEGIN INSERT INTO audit_log (at, actor, os_user, program, action, kind, record_id, record_ref, fields)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), actor, os_user, program, 'delete', 'room', OLD.id, OLD.ref, NULL
    FROM audit_context; END;

-- cohort
CREATE TRIGGER audit_row_cohort_insert AFTER INSERT ON cohort WHEN (SELECT quiet FROM audit_context) = 0
BEGIN INSERT INTO audit_log (at, actor, os_user, program, action, kind, record_id, record_ref, fields)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), actor, os_user, program, 'insert', 'cohort', NEW.id, NEW.ref,
        nullif(substr(iif(NEW.ref IS NULL, '', ',ref') || iif(NEW.name IS NULL, '', ',name') || iif(NEW.programme IS NULL, '', ',programme') || iif(NEW.site_id IS NULL, '', ',site_id') || iif(NEW.start_date IS NULL, '', ',start_date') || iif(NEW.end_date IS NULL, '', ',end_date') || iif(NEW.capacity IS NULL, '', ',capacity') || iif(NEW.fle_hours_min IS NULL, '', ',fle_hours_min') || iif(NEW.fle_hours_max IS NULL, '', ',fle_hours_max') || iif(NEW.english_hours IS NULL, '', ',english_hours') || iif(NEW.soft_skills_hours IS NULL, '', ',soft_skills_hours'), 2), '')
    FROM audit_context; END;
CREATE TRIGGER audit_row_cohort_update AFTER UPDATE ON cohort WHEN (SELECT quiet FROM audit_context) = 0
    AND (OLD.id IS NOT NEW.id OR OLD.ref IS NOT NEW.ref OR OLD.name IS NOT NEW.name OR OLD.programme IS NOT NEW.programme OR OLD.site_id IS NOT NEW.site_id OR OLD.start_date IS NOT NEW.start_date OR OLD.end_date IS NOT NEW.end_date OR OLD.capacity IS NOT NEW.capacity OR OLD.fle_hours_min IS NOT NEW.fle_hours_min OR OLD.fle_hours_max IS NOT NEW.fle_hours_max OR OLD.english_hours IS NOT NEW.english_hours OR OLD.soft_skills_hours IS NOT NEW.soft_skills_hours)
BEGIN INSERT INTO audit_log (at, actor, os_user, program, action, kind, record_id, record_ref, fields)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), actor, os_user, program, 'update', 'cohort', NEW.id, NEW.ref,
        substr(iif(OLD.id IS NEW.id, '', ',id') || iif(OLD.ref IS NEW.ref, '', ',ref') || iif(OLD.name IS NEW.name, '', ',name') || iif(OLD.programme IS NEW.programme, '', ',programme') || iif(OLD.site_id IS NEW.site_id, '', ',site_id') || iif(OLD.start_date IS NEW.start_date, '', ',start_date') || iif(OLD.end_date IS NEW.end_date, '', ',end_date') || iif(OLD.capacity IS NEW.capacity, '', ',capacity') || iif(OLD.fle_hours_min IS NEW.fle_hours_min, '', ',fle_hours_min') || iif(OLD.fle_hours_max IS NEW.fle_hours_max, '', ',fle_hours_max') || iif(OLD.english_hours IS NEW.english_hours, '', ',english_hours') || iif(OLD.soft_skills_hours IS NEW.soft_skills_hours, '', ',soft_skills_hours'), 2)
    FROM audit_context; END;
CREATE TRIGGER audit_row_cohort_delete BEFORE DELETE ON cohort WHEN (SELECT quiet FROM audit_context) = 0
BEGIN INSERT INTO audit_log (at, actor, os_user, program, action, kind, record_id, record_ref, fields)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), actor, os_user, program, 'delete', 'cohort', OLD.id, OLD.ref, NULL
    FROM audit_context; END;

-- participant
CREATE TRIGGER audit_row_participant_insert AFTER INSERT ON participant WHEN (SELECT quiet FROM audit_context) = 0
BEGIN INSERT INTO audit_log (at, actor, os_user, program, action, kind, record_id, record_ref, fields)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), actor, os_user, program, 'insert', 'participant', NEW.id, NEW.ref,
        nullif(substr(iif(NEW.ref IS NULL, '', ',ref') || iif(NEW.first_name IS NULL, '', ',first_name') || iif(NEW.last_name IS NULL, '', ',last_name') || iif(NEW.birth_date IS NULL, '', ',birth_date') || iif(NEW.gender IS NULL, '', ',gender') || iif(NEW.country_of_origin IS NULL, '', ',country_of_origin') || iif(NEW.languages IS NULL, '', ',languages') || iif(NEW.french_level_entry IS NULL, '', ',french_level_entry') || iif(NEW.status IS NULL, '', ',status') || iif(NEW.arrival_date IS NULL, '', ',arrival_date') || iif(NEW.phone IS NULL, '', ',phone') || iif(NEW.email IS NULL, '', ',email') || iif(NEW.professional_project IS NULL, '', ',professional_project') || iif(NEW.sector IS NULL, '', ',sector') || iif(NEW.referrer IS NULL, '', ',referrer') || iif(NEW.consent_date IS NULL, '', ',consent_date') || iif(NEW.notes IS NULL, '', ',notes'), 2), '')
    FROM audit_context; END;
CREATE TRIGGER audit_row_participant_update AFTER UPDATE ON participant WHEN (SELECT quiet FROM audit_context) = 0
    AND (OLD.id IS NOT NEW.id OR OLD.ref IS NOT NEW.ref OR OLD.first_name IS NOT NEW.first_name OR OLD.last_name IS NOT NEW.last_name OR OLD.birth_date IS NOT NEW.birth_date OR OLD.gender IS NOT NEW.gender OR OLD.country_of_origin IS NOT NEW.country_of_origin OR OLD.languages IS NOT NEW.languages OR OLD.french_level_entry IS NOT NEW.french_level_entry OR OLD.status IS NOT NEW.status OR OLD.arrival_date IS NOT NEW.arrival_date OR OLD.phone IS NOT NEW.phone OR OLD.email IS NOT NEW.email OR OLD.professional_project IS NOT NEW.professional_project OR OLD.sector IS NOT NEW.sector OR OLD.referrer IS NOT NEW.referrer OR OLD.consent_date IS NOT NEW.consent_date OR OLD.notes IS NOT NEW.notes)
BEGIN INSERT INTO audit_log (at, actor, os_user, program, action, kind, record_id, record_ref, fields)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), actor, os_user, program, 'update', 'participant', NEW.id, NEW.ref,
        substr(iif(OLD.id IS NEW.id, '', ',id') || iif(OLD.ref IS NEW.ref, '', ',ref') || iif(OLD.first_name IS NEW.first_name, '', ',first_name') || iif(OLD.last_name IS NEW.last_name, '', ',last_name') || iif(OLD.birth_date IS NEW.birth_date, '', ',birth_date') || iif(OLD.gender IS NEW.gender, '', ',gender') || iif(OLD.country_of_origin IS NEW.country_of_origin, '', ',country_of_origin') || iif(OLD.languages IS NEW.languages, '', ',languages') || iif(OLD.french_level_entry IS NEW.french_level_entry, '', ',french_level_entry') || iif(OLD.status IS NEW.status, '', ',status') || iif(OLD.arrival_date IS NEW.arrival_date, '', ',arrival_date') || iif(OLD.phone IS NEW.phone, '', ',phone') || iif(OLD.email IS NEW.email, '', ',email') || iif(OLD.professional_project IS NEW.professional_project, '', ',professional_project') || iif(OLD.sector IS NEW.sector, '', ',sector') || iif(OLD.referrer IS NEW.referrer, '', ',referrer') || iif(OLD.consent_date IS NEW.consent_date, '', ',consent_date') || iif(OLD.notes IS NEW.notes, '', ',notes'), 2)
    FROM audit_context; END;
CREATE TRIGGER audit_row_participant_delete BEFORE DELETE ON participant WHEN (SELECT quiet FROM audit_context) = 0
BEGIN INSERT INTO audit_log (at, actor, os_user, program, action, kind, record_id, record_ref, fields)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), actor, os_user, program, 'delete', 'participant', OLD.id, OLD.ref, NULL
    FROM audit_context; END;

-- volunteer
CREATE TRIGGER audit_row_volunteer_insert AFTER INSERT ON volunteer WHEN (SELECT quiet FROM audit_context) = 0
BEGIN INSERT INTO audit_log (at, actor, os_user, program, action, kind, record_id, record_ref, fields)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), actor, os_user, program, 'insert', 'volunteer', NEW.id, NEW.ref,
        nullif(substr(iif(NEW.ref IS NULL, '', ',ref') || iif(NEW.first_name IS NULL, '', ',first_name') || iif(NEW.last_name IS NULL, '', ',last_name') || iif(NEW.role IS NULL, '', ',role') || iif(NEW.email IS NULL, '', ',email') || iif(NEW.phone IS NULL, '', ',phone') || iif(NEW.profession IS NULL, '', ',profession') || iif(NEW.employer IS NULL, '', ',employer') || iif(NEW.sector IS NULL, '', ',sector') || iif(NEW.school IS NULL, '', ',school') || iif(NEW.languages IS NULL, '', ',languages') || iif(NEW.max_pairings IS NULL, '', ',max_pairings') || iif(NEW.available_from IS NULL, '', ',available_from') || iif(NEW.available_to IS NULL, '', ',available_to') || iif(NEW.notes IS NULL, '', ',notes') || iif(NEW.charter_signed_on IS NULL, '', ',charter_signed_on') || iif(NEW.training_on IS NULL, '', ',training_on'), 2), '')
    FROM audit_context; END;
CREATE TRIGGER audit_row_volunteer_update AFTER UPDATE ON volunteer WHEN (SELECT quiet FROM audit_context) = 0
    AND (OLD.id IS NOT NEW.id OR OLD.ref IS NOT NEW.ref OR OLD.first_name IS NOT NEW.first_name OR OLD.last_name IS NOT NEW.last_name OR OLD.role IS NOT NEW.role OR OLD.email IS NOT NEW.email OR OLD.phone IS NOT NEW.phone OR OLD.profession IS NOT NEW.profession OR OLD.employer IS NOT NEW.employer OR OLD.sector IS NOT NEW.sector OR OLD.school IS NOT NEW.school OR OLD.languages IS NOT NEW.languages OR OLD.max_pairings IS NOT NEW.max_pairings OR OLD.available_from IS NOT NEW.available_from OR OLD.available_to IS NOT NEW.available_to OR OLD.notes IS NOT NEW.notes OR OLD.charter_signed_on IS NOT NEW.charter_signed_on OR OLD.training_on IS NOT NEW.training_on)
BEGIN INSERT INTO audit_log (at, actor, os_user, program, action, kind, record_id, record_ref, fields)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), actor, os_user, program, 'update', 'volunteer', NEW.id, NEW.ref,
        substr(iif(OLD.id IS NEW.id, '', ',id') || iif(OLD.ref IS NEW.ref, '', ',ref') || iif(OLD.first_name IS NEW.first_name, '', ',first_name') || iif(OLD.last_name IS NEW.last_name, '', ',last_name') || iif(OLD.role IS NEW.role, '', ',role') || iif(OLD.email IS NEW.email, '', ',email') || iif(OLD.phone IS NEW.phone, '', ',phone') || iif(OLD.profession IS NEW.profession, '', ',profession') || iif(OLD.employer IS NEW.employer, '', ',employer') || iif(OLD.sector IS NEW.sector, '', ',sector') || iif(OLD.school IS NEW.school, '', ',school') || iif(OLD.languages IS NEW.languages, '', ',languages') || iif(OLD.max_pairings IS NEW.max_pairings, '', ',max_pairings') || iif(OLD.available_from IS NEW.available_from, '', ',available_from') || iif(OLD.available_to IS NEW.available_to, '', ',available_to') || iif(OLD.notes IS NEW.notes, '', ',notes') || iif(OLD.charter_signed_on IS NEW.charter_signed_on, '', ',charter_signed_on') || iif(OLD.training_on IS NEW.training_on, '', ',training_on'), 2)
    FROM audit_context; END;
CREATE TRIGGER audit_row_volunteer_delete BEFORE DELETE ON volunteer WHEN (SELECT quiet FROM audit_context) = 0
BEGIN INSERT INTO audit_log (at, actor, os_user, program, action, kind, record_id, record_ref, fields)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), actor, os_user, program, 'delete', 'volunteer', OLD.id, OLD.ref, NULL
    FROM audit_context; END;

-- trainer
CREATE TRIGGER audit_row_trainer_insert AFTER INSERT ON trainer WHEN (SELECT quiet FROM audit_context) = 0
BEGIN INSERT INTO audit_log (at, actor, os_user, program, action, kind, record_id, record_ref, fields)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), actor, os_user, program, 'insert', 'trainer', NEW.id, NEW.ref,
        nullif(substr(iif(NEW.ref IS NULL, '', ',ref') || iif(NEW.name IS NULL, '', ',name') || iif(NEW.kind IS NULL, '', ',kind') || iif(NEW.email IS NULL, '', ',email') || iif(NEW.phone IS NULL, '', ',phone') || iif(NEW.max_hours_week IS NULL, '', ',max_hours_week'), 2), '')
    FROM audit_context; END;
CREATE TRIGGER audit_row_trainer_update AFTER UPDATE ON trainer WHEN (SELECT quiet FROM audit_context) = 0
    AND (OLD.id IS NOT NEW.id OR OLD.ref IS NOT NEW.ref OR OLD.name IS NOT NEW.name OR OLD.kind IS NOT NEW.kind OR OLD.email IS NOT NEW.email OR OLD.phone IS NOT NEW.phone OR OLD.max_hours_week IS NOT NEW.max_hours_week)
BEGIN INSERT INTO audit_log (at, actor, os_user, program, action, kind, record_id, record_ref, fields)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), actor, os_user, program, 'update', 'trainer', NEW.id, NEW.ref,
        substr(iif(OLD.id IS NEW.id, '', ',id') || iif(OLD.ref IS NEW.ref, '', ',ref') || iif(OLD.name IS NEW.name, '', ',name') || iif(OLD.kind IS NEW.kind, '', ',kind') || iif(OLD.email IS NEW.email, '', ',email') || iif(OLD.phone IS NEW.phone, '', ',phone') || iif(OLD.max_hours_week IS NEW.max_hours_week, '', ',max_hours_week'), 2)
    FROM audit_context; END;
CREATE TRIGGER audit_row_trainer_delete BEFORE DELETE ON trainer WHEN (SELECT quiet FROM audit_context) = 0
BEGIN INSERT INTO audit_log (at, actor, os_user, program, action, kind, record_id, record_ref, fields)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), actor, os_user, program, 'delete', 'trainer', OLD.id, OLD.ref, NULL
    FROM audit_context; END;

-- trainer_module
CREATE TRIGGER audit_row_trainer_module_insert AFTER INSERT ON trainer_module WHEN (SELECT quiet FROM audit_context) = 0
BEGIN INSERT INTO audit_log (at, actor, os_user, program, action, kind, record_id, record_ref, fields)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), actor, os_user, program, 'insert', 'trainer_module', NEW.rowid, (SELECT ref FROM trainer WHERE id = NEW.trainer_id),
        nullif(substr(iif(NEW.trainer_id IS NULL, '', ',trainer_id') || iif(NEW.module IS NULL, '', ',module'), 2), '')
    FROM audit_context; END;
CREATE TRIGGER audit_row_trainer_module_update AFTER UPDATE ON trainer_module WHEN (SELECT quiet FROM audit_context) = 0
    AND (OLD.trainer_id IS NOT NEW.trainer_id OR OLD.module IS NOT NEW.module)
BEGIN INSERT INTO audit_log (at, actor, os_user, program, action, kind, record_id, record_ref, fields)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), actor, os_user, program, 'update', 'trainer_module', NEW.rowid, (SELECT ref FROM trainer WHERE id = NEW.trainer_id),
        substr(iif(OLD.trainer_id IS NEW.trainer_id, '', ',trainer_id') || iif(OLD.module IS NEW.module, '', ',module'), 2)
    FROM audit_context; END;
CREATE TRIGGER audit_row_trainer_module_delete BEFORE DELETE ON trainer_module WHEN (SELECT quiet FROM audit_context) = 0
BEGIN INSERT INTO audit_log (at, actor, os_user, program, action, kind, record_id, record_ref, fields)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), actor, os_user, program, 'delete', 'trainer_module', OLD.rowid, (SELECT ref FROM trainer WHERE id = OLD.trainer_id), NULL
    FROM audit_context; END;

-- trainer_unavailability
CREATE TRIGGER audit_row_trainer_unavailability_insert AFTER INSERT ON trainer_unavailability WHEN (SELECT quiet FROM audit_context) = 0
BEGIN INSERT INTO audit_log (at, actor, os_user, program, action, kind, record_id, record_ref, fields)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), actor, os_user, program, 'insert', 'trainer_unavailability', NEW.id, (SELECT ref FROM trainer WHERE id = NEW.trainer_id),
        nullif(substr(iif(NEW.trainer_id IS NULL, '', ',trainer_id') || iif(NEW.weekday IS NULL, '', ',weekday') || iif(NEW.start IS NULL, '', ',start') || iif(NEW."end" IS NULL, '', ',end') || iif(NEW.from_date IS NULL, '', ',from_date') || iif(NEW.to_date IS NULL, '', ',to_date'), 2), '')
    FROM audit_context; END;
CREATE TRIGGER audit_row_trainer_unavailability_update AFTER UPDATE ON trainer_unavailability WHEN (SELECT quiet FROM audit_context) = 0
    AND (OLD.id IS NOT NEW.id OR OLD.trainer_id IS NOT NEW.trainer_id OR OLD.weekday IS NOT NEW.weekday OR OLD.start IS NOT NEW.start OR OLD."end" IS NOT NEW."end" OR OLD.from_date IS NOT NEW.from_date OR OLD.to_date IS NOT NEW.to_date)
BEGIN INSERT INTO audit_log (at, actor, os_user, program, action, kind, record_id, record_ref, fields)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), actor, os_user, program, 'update', 'trainer_unavailability', NEW.id, (SELECT ref FROM trainer WHERE id = NEW.trainer_id),
        substr(iif(OLD.id IS NEW.id, '', ',id') || iif(OLD.trainer_id IS NEW.trainer_id, '', ',trainer_id') || iif(OLD.weekday IS NEW.weekday, '', ',weekday') || iif(OLD.start IS NEW.start, '', ',start') || iif(OLD."end" IS NEW."end", '', ',end') || iif(OLD.from_date IS NEW.from_date, '', ',from_date') || iif(OLD.to_date IS NEW.to_date, '', ',to_date'), 2)
    FROM audit_context; END;
CREATE TRIGGER audit_row_trainer_unavailability_delete BEFORE DELETE ON trainer_unavailability WHEN (SELECT quiet FROM audit_context) = 0
BEGIN INSERT INTO audit_log (at, actor, os_user, program, action, kind, record_id, record_ref, fields)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), actor, os_user, program, 'delete', 'trainer_unavailability', OLD.id, (SELECT ref FROM trainer WHERE id = OLD.trainer_id), NULL
    FROM audit_context; END;

-- enrolment
CREATE TRIGGER audit_row_enrolment_insert AFTER INSERT ON enrolment WHEN (SELECT quiet FROM audit_context) = 0
BEGIN INSERT INTO audit_log (at, actor, os_user, program, action, kind, record_id, record_ref, fields)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), actor, os_user, program, 'insert', 'enrolment', NEW.id, coalesce((SELECT ref FROM cohort WHERE id = NEW.cohort_id), '#' || NEW.cohort_id) || ' / ' || coalesce((SELECT ref FROM participant WHERE id = NEW.participant_id), '#' || NEW.participant_id),
        nullif(substr(iif(NEW.cohort_id IS NULL, '', ',cohort_id') || iif(NEW.participant_id IS NULL, '', ',participant_id') || iif(NEW.enrolled_on IS NULL, '', ',enrolled_on') || iif(NEW.status IS NULL, '', ',status') || iif(NEW.exit_date IS NULL, '', ',exit_date') || iif(NEW.exit_reason IS NULL, '', ',exit_reason') || iif(NEW.french_level_exit IS NULL, '', ',french_level_exit'), 2), '')
    FROM audit_context; END;
CREATE TRIGGER audit_row_enrolment_update AFTER UPDATE ON enrolment WHEN (SELECT quiet FROM audit_context) = 0
    AND (OLD.id IS NOT NEW.id OR OLD.cohort_id IS NOT NEW.cohort_id OR OLD.participant_id IS NOT NEW.participant_id OR OLD.enrolled_on IS NOT NEW.enrolled_on OR OLD.status IS NOT NEW.status OR OLD.exit_date IS NOT NEW.exit_date OR OLD.exit_reason IS NOT NEW.exit_reason OR OLD.french_level_exit IS NOT NEW.french_level_exit)
BEGIN INSERT INTO audit_log (at, actor, os_user, program, action, kind, record_id, record_ref, fields)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), actor, os_user, program, 'update', 'enrolment', NEW.id, coalesce((SELECT ref FROM cohort WHERE id = NEW.cohort_id), '#' || NEW.cohort_id) || ' / ' || coalesce((SELECT ref FROM participant WHERE id = NEW.participant_id), '#' || NEW.participant_id),
        substr(iif(OLD.id IS NEW.id, '', ',id') || iif(OLD.cohort_id IS NEW.cohort_id, '', ',cohort_id') || iif(OLD.participant_id IS NEW.participant_id, '', ',participant_id') || iif(OLD.enrolled_on IS NEW.enrolled_on, '', ',enrolled_on') || iif(OLD.status IS NEW.status, '', ',status') || iif(OLD.exit_date IS NEW.exit_date, '', ',exit_date') || iif(OLD.exit_reason IS NEW.exit_reason, '', ',exit_reason') || iif(OLD.french_level_exit IS NEW.french_level_exit, '', ',french_level_exit'), 2)
    FROM audit_context; END;
CREATE TRIGGER audit_row_enrolment_delete BEFORE DELETE ON enrolment WHEN (SELECT quiet FROM audit_context) = 0
BEGIN INSERT INTO audit_log (at, actor, os_user, program, action, kind, record_id, record_ref, fields)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), actor, os_user, program, 'delete', 'enrolment', OLD.id, coalesce((SELECT ref FROM cohort WHERE id = OLD.cohort_id), '#' || OLD.cohort_id) || ' / ' || coalesce((SELECT ref FROM participant WHERE id = OLD.participant_id), '#' || OLD.participant_id), NULL
    FROM audit_context; END;

-- session
CREATE TRIGGER audit_row_session_insert AFTER INSERT ON session WHEN (SELECT quiet FROM audit_context) = 0
BEGIN INSERT INTO audit_log (at, actor, os_user, program, action, kind, record_id, record_ref, fields)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), actor, os_user, program, 'insert', 'session', NEW.id, NEW.ref,
        nullif(substr(iif(NEW.ref IS NULL, '', ',ref') || iif(NEW.cohort_id IS NULL, '', ',cohort_id') || iif(NEW.module IS NULL, '', ',module') || iif(NEW.date IS NULL, '', ',date') || iif(NEW.start IS NULL, '', ',start') || iif(NEW."end" IS NULL, '', ',end') || iif(NEW.trainer_id IS NULL, '', ',trainer_id') || iif(NEW.room_id IS NULL, '', ',room_id') || iif(NEW.status IS NULL, '', ',status') || iif(NEW.title IS NULL, '', ',title') || iif(NEW.series_id IS NULL, '', ',series_id'), 2), '')
    FROM audit_context; END;
CREATE TRIGGER audit_row_session_update AFTER UPDATE ON session WHEN (SELECT quiet FROM audit_context) = 0
    AND (OLD.id IS NOT NEW.id OR OLD.ref IS NOT NEW.ref OR OLD.cohort_id IS NOT NEW.cohort_id OR OLD.module IS NOT NEW.module OR OLD.date IS NOT NEW.date OR OLD.start IS NOT NEW.start OR OLD."end" IS NOT NEW."end" OR OLD.trainer_id IS NOT NEW.trainer_id OR OLD.room_id IS NOT NEW.room_id OR OLD.status IS NOT NEW.status OR OLD.title IS NOT NEW.title OR OLD.series_id IS NOT NEW.series_id)
BEGIN INSERT INTO audit_log (at, actor, os_user, program, action, kind, record_id, record_ref, fields)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), actor, os_user, program, 'update', 'session', NEW.id, NEW.ref,
        substr(iif(OLD.id IS NEW.id, '', ',id') || iif(OLD.ref IS NEW.ref, '', ',ref') || iif(OLD.cohort_id IS NEW.cohort_id, '', ',cohort_id') || iif(OLD.module IS NEW.module, '', ',module') || iif(OLD.date IS NEW.date, '', ',date') || iif(OLD.start IS NEW.start, '', ',start') || iif(OLD."end" IS NEW."end", '', ',end') || iif(OLD.trainer_id IS NEW.trainer_id, '', ',trainer_id') || iif(OLD.room_id IS NEW.room_id, '', ',room_id') || iif(OLD.status IS NEW.status, '', ',status') || iif(OLD.title IS NEW.title, '', ',title') || iif(OLD.series_id IS NEW.series_id, '', ',series_id'), 2)
    FROM audit_context; END;
CREATE TRIGGER audit_row_session_delete BEFORE DELETE ON session WHEN (SELECT quiet FROM audit_context) = 0
BEGIN INSERT INTO audit_log (at, actor, os_user, program, action, kind, record_id, record_ref, fields)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), actor, os_user, program, 'delete', 'session', OLD.id, OLD.ref, NULL
    FROM audit_context; END;

-- attendance
CREATE TRIGGER audit_row_attendance_insert AFTER INSERT ON attendance WHEN (SELECT quiet FROM audit_context) = 0
BEGIN INSERT INTO audit_log (at, actor, os_user, program, action, kind, record_id, record_ref, fields)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), actor, os_user, program, 'insert', 'attendance', NEW.id, coalesce((SELECT ref FROM session WHERE id = NEW.session_id), '#' || NEW.session_id) || ' / ' || coalesce((SELECT ref FROM participant WHERE id = NEW.participant_id), '#' || NEW.participant_id),
        nullif(substr(iif(NEW.session_id IS NULL, '', ',session_id') || iif(NEW.participant_id IS NULL, '', ',participant_id') || iif(NEW.status IS NULL, '', ',status') || iif(NEW.minutes_late IS NULL, '', ',minutes_late'), 2), '')
    FROM audit_context; END;
CREATE TRIGGER audit_row_attendance_update AFTER UPDATE ON attendance WHEN (SELECT quiet FROM audit_context) = 0
    AND (OLD.id IS NOT NEW.id OR OLD.session_id IS NOT NEW.session_id OR OLD.participant_id IS NOT NEW.participant_id OR OLD.status IS NOT NEW.status OR OLD.minutes_late IS NOT NEW.minutes_late)
BEGIN INSERT INTO audit_log (at, actor, os_user, program, action, kind, record_id, record_ref, fields)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), actor, os_user, program, 'update', 'attendance', NEW.id, coalesce((SELECT ref FROM session WHERE id = NEW.session_id), '#' || NEW.session_id) || ' / ' || coalesce((SELECT ref FROM participant WHERE id = NEW.participant_id), '#' || NEW.participant_id),
        substr(iif(OLD.id IS NEW.id, '', ',id') || iif(OLD.session_id IS NEW.session_id, '', ',session_id') || iif(OLD.participant_id IS NEW.participant_id, '', ',participant_id') || iif(OLD.status IS NEW.status, '', ',status') || iif(OLD.minutes_late IS NEW.minutes_late, '', ',minutes_late'), 2)
    FROM audit_context; END;
CREATE TRIGGER audit_row_attendance_delete BEFORE DELETE ON attendance WHEN (SELECT quiet FROM audit_context) = 0
BEGIN INSERT INTO audit_log (at, actor, os_user, program, action, kind, record_id, record_ref, fields)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), actor, os_user, program, 'delete', 'attendance', OLD.id, coalesce((SELECT ref FROM session WHERE id = OLD.session_id), '#' || OLD.session_id) || ' / ' || coalesce((SELECT ref FROM participant WHERE id = OLD.participant_id), '#' || OLD.participant_id), NULL
    FROM audit_context; END;

-- pairing
CREATE TRIGGER audit_row_pairing_insert AFTER INSERT ON pairing WHEN (SELECT quiet FROM audit_context) = 0
BEGIN INSERT INTO audit_log (at, actor, os_user, program, action, kind, record_id, record_ref, fields)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), actor, os_user, program, 'insert', 'pairing', NEW.id, NEW.ref,
        nullif(substr(iif(NEW.ref IS NULL, '', ',ref') || iif(NEW.participant_id IS NULL, '', ',participant_id') || iif(NEW.volunteer_id IS NULL, '', ',volunteer_id') || iif(NEW.role IS NULL, '', ',role') || iif(NEW.cohort_id IS NULL, '', ',cohort_id') || iif(NEW.start_date IS NULL, '', ',start_date') || iif(NEW.end_date IS NULL, '', ',end_date') || iif(NEW.status IS NULL, '', ',status') || iif(NEW.end_reason IS NULL, '', ',end_reason'), 2), '')
    FROM audit_context; END;
CREATE TRIGGER audit_row_pairing_update AFTER UPDATE ON pairing WHEN (SELECT quiet FROM audit_context) = 0
    AND (OLD.id IS NOT NEW.id OR OLD.ref IS NOT NEW.ref OR OLD.participant_id IS NOT NEW.participant_id OR OLD.volunteer_id IS NOT NEW.volunteer_id OR OLD.role IS NOT NEW.role OR OLD.cohort_id IS NOT NEW.cohort_id OR OLD.start_date IS NOT NEW.start_date OR OLD.end_date IS NOT NEW.end_date OR OLD.status IS NOT NEW.status OR OLD.end_reason IS NOT NEW.end_reason)
BEGIN INSERT INTO audit_log (at, actor, os_user, program, action, kind, record_id, record_ref, fields)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), actor, os_user, program, 'update', 'pairing', NEW.id, NEW.ref,
        substr(iif(OLD.id IS NEW.id, '', ',id') || iif(OLD.ref IS NEW.ref, '', ',ref') || iif(OLD.participant_id IS NEW.participant_id, '', ',participant_id') || iif(OLD.volunteer_id IS NEW.volunteer_id, '', ',volunteer_id') || iif(OLD.role IS NEW.role, '', ',role') || iif(OLD.cohort_id IS NEW.cohort_id, '', ',cohort_id') || iif(OLD.start_date IS NEW.start_date, '', ',start_date') || iif(OLD.end_date IS NEW.end_date, '', ',end_date') || iif(OLD.status IS NEW.status, '', ',status') || iif(OLD.end_reason IS NEW.end_reason, '', ',end_reason'), 2)
    FROM audit_context; END;
CREATE TRIGGER audit_row_pairing_delete BEFORE DELETE ON pairing WHEN (SELECT quiet FROM audit_context) = 0
BEGIN INSERT INTO audit_log (at, actor, os_user, program, action, kind, record_id, record_ref, fields)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), actor, os_user, program, 'delete', 'pairing', OLD.id, OLD.ref, NULL
    FROM audit_context; END;

-- checkin
CREATE TRIGGER audit_row_checkin_insert AFTER INSERT ON checkin WHEN (SELECT quiet FROM audit_context) = 0
BEGIN INSERT INTO audit_log (at, actor, os_user, program, action, kind, record_id, record_ref, fields)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), actor, os_user, program, 'insert', 'checkin', NEW.id, (SELECT ref FROM pairing WHERE id = NEW.pairing_id),
        nullif(substr(iif(NEW.pairing_id IS NULL, '', ',pairing_id') || iif(NEW.date IS NULL, '', ',date') || iif(NEW.duration_minutes IS NULL, '', ',duration_minutes') || iif(NEW.kind IS NULL, '', ',kind') || iif(NEW.notes IS NULL, '', ',notes'), 2), '')
    FROM audit_context; END;
CREATE TRIGGER audit_row_checkin_update AFTER UPDATE ON checkin WHEN (SELECT quiet FROM audit_context) = 0
    AND (OLD.id IS NOT NEW.id OR OLD.pairing_id IS NOT NEW.pairing_id OR OLD.date IS NOT NEW.date OR OLD.duration_minutes IS NOT NEW.duration_minutes OR OLD.kind IS NOT NEW.kind OR OLD.notes IS NOT NEW.notes)
BEGIN INSERT INTO audit_log (at, actor, os_user, program, action, kind, record_id, record_ref, fields)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), actor, os_user, program, 'update', 'checkin', NEW.id, (SELECT ref FROM pairing WHERE id = NEW.pairing_id),
        substr(iif(OLD.id IS NEW.id, '', ',id') || iif(OLD.pairing_id IS NEW.pairing_id, '', ',pairing_id') || iif(OLD.date IS NEW.date, '', ',date') || iif(OLD.duration_minutes IS NEW.duration_minutes, '', ',duration_minutes') || iif(OLD.kind IS NEW.kind, '', ',kind') || iif(OLD.notes IS NEW.notes, '', ',notes'), 2)
    FROM audit_context; END;
CREATE TRIGGER audit_row_checkin_delete BEFORE DELETE ON checkin WHEN (SELECT quiet FROM audit_context) = 0
BEGIN INSERT INTO audit_log (at, actor, os_user, program, action, kind, record_id, record_ref, fields)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), actor, os_user, program, 'delete', 'checkin', OLD.id, (SELECT ref FROM pairing WHERE id = OLD.pairing_id), NULL
    FROM audit_context; END;

-- outcome
CREATE TRIGGER audit_row_outcome_insert AFTER INSERT ON outcome WHEN (SELECT quiet FROM audit_context) = 0
BEGIN INSERT INTO audit_log (at, actor, os_user, program, action, kind, record_id, record_ref, fields)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), actor, os_user, program, 'insert', 'outcome', NEW.id, coalesce((SELECT ref FROM participant WHERE id = NEW.participant_id), '#' || NEW.participant_id) || ' / ' || coalesce((SELECT ref FROM cohort WHERE id = NEW.cohort_id), '#' || NEW.cohort_id),
        nullif(substr(iif(NEW.participant_id IS NULL, '', ',participant_id') || iif(NEW.cohort_id IS NULL, '', ',cohort_id') || iif(NEW.milestone IS NULL, '', ',milestone') || iif(NEW.situation IS NULL, '', ',situation') || iif(NEW.recorded_on IS NULL, '', ',recorded_on') || iif(NEW.employer IS NULL, '', ',employer') || iif(NEW.sector IS NULL, '', ',sector') || iif(NEW.notes IS NULL, '', ',notes'), 2), '')
    FROM audit_context; END;
CREATE TRIGGER audit_row_outcome_update AFTER UPDATE ON outcome WHEN (SELECT quiet FROM audit_context) = 0
    AND (OLD.id IS NOT NEW.id OR OLD.participant_id IS NOT NEW.participant_id OR OLD.cohort_id IS NOT NEW.cohort_id OR OLD.milestone IS NOT NEW.milestone OR OLD.situation IS NOT NEW.situation OR OLD.recorded_on IS NOT NEW.recorded_on OR OLD.employer IS NOT NEW.employer OR OLD.sector IS NOT NEW.sector OR OLD.notes IS NOT NEW.notes)
BEGIN INSERT INTO audit_log (at, actor, os_user, program, action, kind, record_id, record_ref, fields)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), actor, os_user, program, 'update', 'outcome', NEW.id, coalesce((SELECT ref FROM participant WHERE id = NEW.participant_id), '#' || NEW.participant_id) || ' / ' || coalesce((SELECT ref FROM cohort WHERE id = NEW.cohort_id), '#' || NEW.cohort_id),
        substr(iif(OLD.id IS NEW.id, '', ',id') || iif(OLD.participant_id IS NEW.participant_id, '', ',participant_id') || iif(OLD.cohort_id IS NEW.cohort_id, '', ',cohort_id') || iif(OLD.milestone IS NEW.milestone, '', ',milestone') || iif(OLD.situation IS NEW.situation, '', ',situation') || iif(OLD.recorded_on IS NEW.recorded_on, '', ',recorded_on') || iif(OLD.employer IS NEW.employer, '', ',employer') || iif(OLD.sector IS NEW.sector, '', ',sector') || iif(OLD.notes IS NEW.notes, '', ',notes'), 2)
    FROM audit_context; END;
CREATE TRIGGER audit_row_outcome_delete BEFORE DELETE ON outcome WHEN (SELECT quiet FROM audit_context) = 0
BEGIN INSERT INTO audit_log (at, actor, os_user, program, action, kind, record_id, record_ref, fields)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), actor, os_user, program, 'delete', 'outcome', OLD.id, coalesce((SELECT ref FROM participant WHERE id = OLD.participant_id), '#' || OLD.participant_id) || ' / ' || coalesce((SELECT ref FROM cohort WHERE id = OLD.cohort_id), '#' || OLD.cohort_id), NULL
    FROM audit_context; END;

-- setting
CREATE TRIGGER audit_row_setting_insert AFTER INSERT ON setting WHEN (SELECT quiet FROM audit_context) = 0
BEGIN INSERT INTO audit_log (at, actor, os_user, program, action, kind, record_id, record_ref, fields)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), actor, os_user, program, 'insert', 'setting', NEW.rowid, NEW.key,
        nullif(substr(iif(NEW.key IS NULL, '', ',key') || iif(NEW.value IS NULL, '', ',value'), 2), '')
    FROM audit_context; END;
CREATE TRIGGER audit_row_setting_update AFTER UPDATE ON setting WHEN (SELECT quiet FROM audit_context) = 0
    AND (OLD.key IS NOT NEW.key OR OLD.value IS NOT NEW.value)
BEGIN INSERT INTO audit_log (at, actor, os_user, program, action, kind, record_id, record_ref, fields)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), actor, os_user, program, 'update', 'setting', NEW.rowid, NEW.key,
        substr(iif(OLD.key IS NEW.key, '', ',key') || iif(OLD.value IS NEW.value, '', ',value'), 2)
    FROM audit_context; END;
CREATE TRIGGER audit_row_setting_delete BEFORE DELETE ON setting WHEN (SELECT quiet FROM audit_context) = 0
BEGIN INSERT INTO audit_log (at, actor, os_user, program, action, kind, record_id, record_ref, fields)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), actor, os_user, program, 'delete', 'setting', OLD.rowid, OLD.key, NULL
    FROM audit_context; END;

-- office_closure
CREATE TRIGGER audit_row_office_closure_insert AFTER INSERT ON office_closure WHEN (SELECT quiet FROM audit_context) = 0
BEGIN INSERT INTO audit_log (at, actor, os_user, program, action, kind, record_id, record_ref, fields)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), actor, os_user, program, 'insert', 'office_closure', NEW.id, (SELECT ref FROM site WHERE id = NEW.site_id),
        nullif(substr(iif(NEW.site_id IS NULL, '', ',site_id') || iif(NEW.from_date IS NULL, '', ',from_date') || iif(NEW.to_date IS NULL, '', ',to_date') || iif(NEW.label IS NULL, '', ',label'), 2), '')
    FROM audit_context; END;
CREATE TRIGGER audit_row_office_closure_update AFTER UPDATE ON office_closure WHEN (SELECT quiet FROM audit_context) = 0
    AND (OLD.id IS NOT NEW.id OR OLD.site_id IS NOT NEW.site_id OR OLD.from_date IS NOT NEW.from_date OR OLD.to_date IS NOT NEW.to_date OR OLD.label IS NOT NEW.label)
BEGIN INSERT INTO audit_log (at, actor, os_user, program, action, kind, record_id, record_ref, fields)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), actor, os_user, program, 'update', 'office_closure', NEW.id, (SELECT ref FROM site WHERE id = NEW.site_id),
        substr(iif(OLD.id IS NEW.id, '', ',id') || iif(OLD.site_id IS NEW.site_id, '', ',site_id') || iif(OLD.from_date IS NEW.from_date, '', ',from_date') || iif(OLD.to_date IS NEW.to_date, '', ',to_date') || iif(OLD.label IS NEW.label, '', ',label'), 2)
    FROM audit_context; END;
CREATE TRIGGER audit_row_office_closure_delete BEFORE DELETE ON office_closure WHEN (SELECT quiet FROM audit_context) = 0
BEGIN INSERT INTO audit_log (at, actor, os_user, program, action, kind, record_id, record_ref, fields)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), actor, os_user, program, 'delete', 'office_closure', OLD.id, (SELECT ref FROM site WHERE id = OLD.site_id), NULL
    FROM audit_context; END;

-- series
CREATE TRIGGER audit_row_series_insert AFTER INSERT ON series WHEN (SELECT quiet FROM audit_context) = 0
BEGIN INSERT INTO audit_log (at, actor, os_user, program, action, kind, record_id, record_ref, fields)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), actor, os_user, program, 'insert', 'series', NEW.id, NEW.ref,
        nullif(substr(iif(NEW.ref IS NULL, '', ',ref') || iif(NEW.cohort_id IS NULL, '', ',cohort_id') || iif(NEW.module IS NULL, '', ',module') || iif(NEW.weekdays IS NULL, '', ',weekdays') || iif(NEW.start IS NULL, '', ',start') || iif(NEW."end" IS NULL, '', ',end') || iif(NEW.trainer_id IS NULL, '', ',trainer_id') || iif(NEW.room_id IS NULL, '', ',room_id') || iif(NEW.title IS NULL, '', ',title') || iif(NEW.first_date IS NULL, '', ',first_date') || iif(NEW.last_date IS NULL, '', ',last_date'), 2), '')
    FROM audit_context; END;
CREATE TRIGGER audit_row_series_update AFTER UPDATE ON series WHEN (SELECT quiet FROM audit_context) = 0
    AND (OLD.id IS NOT NEW.id OR OLD.ref IS NOT NEW.ref OR OLD.cohort_id IS NOT NEW.cohort_id OR OLD.module IS NOT NEW.module OR OLD.weekdays IS NOT NEW.weekdays OR OLD.start IS NOT NEW.start OR OLD."end" IS NOT NEW."end" OR OLD.trainer_id IS NOT NEW.trainer_id OR OLD.room_id IS NOT NEW.room_id OR OLD.title IS NOT NEW.title OR OLD.first_date IS NOT NEW.first_date OR OLD.last_date IS NOT NEW.last_date)
BEGIN INSERT INTO audit_log (at, actor, os_user, program, action, kind, record_id, record_ref, fields)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), actor, os_user, program, 'update', 'series', NEW.id, NEW.ref,
        substr(iif(OLD.id IS NEW.id, '', ',id') || iif(OLD.ref IS NEW.ref, '', ',ref') || iif(OLD.cohort_id IS NEW.cohort_id, '', ',cohort_id') || iif(OLD.module IS NEW.module, '', ',module') || iif(OLD.weekdays IS NEW.weekdays, '', ',weekdays') || iif(OLD.start IS NEW.start, '', ',start') || iif(OLD."end" IS NEW."end", '', ',end') || iif(OLD.trainer_id IS NEW.trainer_id, '', ',trainer_id') || iif(OLD.room_id IS NEW.room_id, '', ',room_id') || iif(OLD.title IS NEW.title, '', ',title') || iif(OLD.first_date IS NEW.first_date, '', ',first_date') || iif(OLD.last_date IS NEW.last_date, '', ',last_date'), 2)
    FROM audit_context; END;
CREATE TRIGGER audit_row_series_delete BEFORE DELETE ON series WHEN (SELECT quiet FROM audit_context) = 0
BEGIN INSERT INTO audit_log (at, actor, os_user, program, action, kind, record_id, record_ref, fields)
    SELECT strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), actor, os_user, program, 'delete', 'series', OLD.id, OLD.ref, NULL
    FROM audit_context; END;

