// SPDX-License-Identifier: GPL-3.0-or-later
// The schema itself refuses bad rows, whatever program writes them: each statement below is
// raw SQL through the sqlite3 C library on a file made by Database::create.
#include "CatchQt.h"
#include "RawSqlite.h"
#include "TestDatabase.h"

#include <sqlite3.h>

using namespace parcours;
using parcours::test::RawSqlite;

namespace {

const char* const kSeed = R"sql(
INSERT INTO site (id, ref, name) VALUES (1, 'S1', 'Site');
INSERT INTO room (id, ref, site_id, name, capacity) VALUES (1, 'R1', 1, 'Room', 10);
INSERT INTO cohort (id, ref, name, site_id, start_date, end_date) VALUES (1, 'C1', 'Cohort', 1, '2025-03-03', '2025-06-27');
INSERT INTO participant (id, ref, first_name, last_name) VALUES (1, 'P1', 'Awa', 'Diallo'), (2, 'P2', 'Bilal', 'Ahmadi');
INSERT INTO volunteer (id, ref, first_name, last_name, role) VALUES (1, 'V1', 'Julie', 'Petit', 'both');
INSERT INTO trainer (id, ref, name) VALUES (1, 'T1', 'Anne Leroy');
INSERT INTO trainer_module (trainer_id, module) VALUES (1, 'fle');
INSERT INTO trainer_unavailability (trainer_id, weekday, start, "end") VALUES (1, 3, '14:00', '18:00');
INSERT INTO enrolment (cohort_id, participant_id) VALUES (1, 1);
INSERT INTO session (id, ref, cohort_id, module, date, start, "end") VALUES (1, 'SE1', 1, 'fle', '2025-03-03', '09:00', '12:00');
INSERT INTO attendance (session_id, participant_id, status) VALUES (1, 1, 'present');
INSERT INTO pairing (id, ref, participant_id, volunteer_id, role) VALUES (1, 'K1', 1, 1, 'mentor');
INSERT INTO checkin (pairing_id, date) VALUES (1, '2025-03-07');
INSERT INTO outcome (participant_id, cohort_id, milestone, situation, recorded_on) VALUES (1, 1, 'm6', 'cdi', '2025-12-01');
INSERT INTO office_closure (from_date, to_date) VALUES ('2025-05-01', '2025-05-01');
)sql";

struct Row
{
    const char* why;
    const char* kind; ///< the start of SQLite's message: CHECK, NOT NULL, UNIQUE, FOREIGN KEY
    const char* sql;
};

const Row kBadRows[] = {
    // A code that domain.md does not know, for every coded column.
    {"participant gender", "CHECK", "INSERT INTO participant (ref, first_name, last_name, gender) VALUES ('PX', 'A', 'B', 'w')"},
    {"participant CEFR level", "CHECK", "INSERT INTO participant (ref, first_name, last_name, french_level_entry) VALUES ('PX', 'A', 'B', 'D1')"},
    {"participant CEFR level in lower case", "CHECK", "INSERT INTO participant (ref, first_name, last_name, french_level_entry) VALUES ('PX', 'A', 'B', 'a1')"},
    {"participant status", "CHECK", "INSERT INTO participant (ref, first_name, last_name, status) VALUES ('PX', 'A', 'B', 'tourist')"},
    {"participant country in lower case", "CHECK", "INSERT INTO participant (ref, first_name, last_name, country_of_origin) VALUES ('PX', 'A', 'B', 'sy')"},
    {"participant country of three letters", "CHECK", "INSERT INTO participant (ref, first_name, last_name, country_of_origin) VALUES ('PX', 'A', 'B', 'SYR')"},
    {"volunteer role", "CHECK", "INSERT INTO volunteer (ref, first_name, last_name, role) VALUES ('VX', 'A', 'B', 'boss')"},
    {"trainer kind", "CHECK", "INSERT INTO trainer (ref, name, kind) VALUES ('TX', 'A', 'boss')"},
    {"trainer module", "CHECK", "INSERT INTO trainer_module (trainer_id, module) VALUES (1, 'maths')"},
    {"enrolment status", "CHECK", "INSERT INTO enrolment (cohort_id, participant_id, status) VALUES (1, 2, 'gone')"},
    {"enrolment CEFR level at exit", "CHECK", "INSERT INTO enrolment (cohort_id, participant_id, french_level_exit) VALUES (1, 2, 'Z9')"},
    {"session module", "CHECK", "INSERT INTO session (ref, cohort_id, module, date, start, \"end\") VALUES ('SEX', 1, 'maths', '2025-03-04', '09:00', '12:00')"},
    {"session status", "CHECK", "INSERT INTO session (ref, cohort_id, module, date, start, \"end\", status) VALUES ('SEX', 1, 'fle', '2025-03-04', '09:00', '12:00', 'done')"},
    {"attendance status", "CHECK", "INSERT INTO attendance (session_id, participant_id, status) VALUES (1, 2, 'here')"},
    {"pairing role both (a volunteer's role, not a pairing's)", "CHECK", "INSERT INTO pairing (ref, participant_id, volunteer_id, role) VALUES ('KX', 2, 1, 'both')"},
    {"pairing status", "CHECK", "INSERT INTO pairing (ref, participant_id, volunteer_id, role, status) VALUES ('KX', 2, 1, 'coach', 'paused')"},
    {"check-in kind", "CHECK", "INSERT INTO checkin (pairing_id, date, kind) VALUES (1, '2025-03-14', 'fax')"},
    {"outcome milestone", "CHECK", "INSERT INTO outcome (participant_id, cohort_id, milestone, situation) VALUES (1, 1, 'm24', 'cdi')"},
    {"outcome situation", "CHECK", "INSERT INTO outcome (participant_id, cohort_id, milestone, situation) VALUES (1, 1, 'm12', 'cdi_part_time')"},

    // Dates and times: well formed, and in order.
    {"date in French order", "CHECK", "INSERT INTO participant (ref, first_name, last_name, birth_date) VALUES ('PX', 'A', 'B', '01/05/1990')"},
    {"date that does not exist", "CHECK", "INSERT INTO participant (ref, first_name, last_name, birth_date) VALUES ('PX', 'A', 'B', '1990-02-30')"},
    {"29 February of a common year", "CHECK", "INSERT INTO cohort (ref, name, start_date, end_date) VALUES ('CX', 'X', '2025-02-29', '2025-12-31')"},
    {"cohort month 13", "CHECK", "INSERT INTO cohort (ref, name, start_date, end_date) VALUES ('CX', 'X', '2025-13-01', '2025-12-31')"},
    {"cohort ending before it starts", "CHECK", "INSERT INTO cohort (ref, name, start_date, end_date) VALUES ('CX', 'X', '2025-06-01', '2025-05-31')"},
    {"site closing before it opens", "CHECK", "INSERT INTO site (ref, name, opens, closes) VALUES ('SX', 'X', '18:00', '08:00')"},
    {"site time without its leading zero", "CHECK", "INSERT INTO site (ref, name, opens) VALUES ('SX', 'X', '8:00')"},
    {"site lunch start without an end", "CHECK", "INSERT INTO site (ref, name, lunch_start) VALUES ('SX', 'X', '12:00')"},
    {"site lunch ending before it starts", "CHECK", "INSERT INTO site (ref, name, lunch_start, lunch_end) VALUES ('SX', 'X', '13:00', '12:00')"},
    {"session ending before it starts", "CHECK", "INSERT INTO session (ref, cohort_id, module, date, start, \"end\") VALUES ('SEX', 1, 'fle', '2025-03-04', '12:00', '09:00')"},
    {"session of no length", "CHECK", "INSERT INTO session (ref, cohort_id, module, date, start, \"end\") VALUES ('SEX', 1, 'fle', '2025-03-04', '09:00', '09:00')"},
    {"session ending at 24:00", "CHECK", "INSERT INTO session (ref, cohort_id, module, date, start, \"end\") VALUES ('SEX', 1, 'fle', '2025-03-04', '20:00', '24:00')"},
    {"session at 25:00", "CHECK", "INSERT INTO session (ref, cohort_id, module, date, start, \"end\") VALUES ('SEX', 1, 'fle', '2025-03-04', '09:00', '25:00')"},
    {"unavailability ending before it starts", "CHECK", "INSERT INTO trainer_unavailability (trainer_id, weekday, start, \"end\") VALUES (1, 1, '12:00', '09:00')"},
    {"unavailability dates in the wrong order", "CHECK", "INSERT INTO trainer_unavailability (trainer_id, weekday, start, \"end\", from_date, to_date) VALUES (1, 1, '09:00', '12:00', '2025-04-30', '2025-04-01')"},
    {"unavailability on weekday 0", "CHECK", "INSERT INTO trainer_unavailability (trainer_id, weekday, start, \"end\") VALUES (1, 0, '09:00', '12:00')"},
    {"unavailability on weekday 8", "CHECK", "INSERT INTO trainer_unavailability (trainer_id, weekday, start, \"end\") VALUES (1, 8, '09:00', '12:00')"},
    {"volunteer available to before from", "CHECK", "INSERT INTO volunteer (ref, first_name, last_name, role, available_from, available_to) VALUES ('VX', 'A', 'B', 'coach', '2025-06-01', '2025-01-01')"},
    {"enrolment exit before enrolment", "CHECK", "INSERT INTO enrolment (cohort_id, participant_id, enrolled_on, exit_date) VALUES (1, 2, '2025-03-03', '2025-03-02')"},
    {"pairing ending before it starts", "CHECK", "INSERT INTO pairing (ref, participant_id, volunteer_id, role, start_date, end_date) VALUES ('KX', 2, 1, 'coach', '2025-03-03', '2025-03-01')"},
    {"office closure ending before it starts", "CHECK", "INSERT INTO office_closure (from_date, to_date) VALUES ('2025-05-08', '2025-05-01')"},

    // Numbers that make no sense.
    {"room of capacity 0", "CHECK", "INSERT INTO room (ref, site_id, name, capacity) VALUES ('RX', 1, 'X', 0)"},
    {"cohort of capacity 0", "CHECK", "INSERT INTO cohort (ref, name, start_date, end_date, capacity) VALUES ('CX', 'X', '2025-03-03', '2025-06-27', 0)"},
    {"cohort FLE maximum below its minimum", "CHECK", "INSERT INTO cohort (ref, name, start_date, end_date, fle_hours_min, fle_hours_max) VALUES ('CX', 'X', '2025-03-03', '2025-06-27', 15, 12)"},
    {"cohort negative English hours", "CHECK", "INSERT INTO cohort (ref, name, start_date, end_date, english_hours) VALUES ('CX', 'X', '2025-03-03', '2025-06-27', -1)"},
    {"volunteer negative pairings", "CHECK", "INSERT INTO volunteer (ref, first_name, last_name, role, max_pairings) VALUES ('VX', 'A', 'B', 'coach', -1)"},
    {"trainer negative hours", "CHECK", "INSERT INTO trainer (ref, name, max_hours_week) VALUES ('TX', 'X', -2)"},
    {"minutes late on a present mark", "CHECK", "INSERT INTO attendance (session_id, participant_id, status, minutes_late) VALUES (1, 2, 'present', 10)"},
    {"negative minutes late", "CHECK", "INSERT INTO attendance (session_id, participant_id, status, minutes_late) VALUES (1, 2, 'late', -5)"},
    {"check-in of no length", "CHECK", "INSERT INTO checkin (pairing_id, date, duration_minutes) VALUES (1, '2025-03-14', 0)"},

    // Required values.
    {"participant without a first name", "NOT NULL", "INSERT INTO participant (ref, first_name, last_name) VALUES ('PX', NULL, 'B')"},
    {"participant with an empty last name", "CHECK", "INSERT INTO participant (ref, first_name, last_name) VALUES ('PX', 'A', '')"},
    {"site with an empty name", "CHECK", "INSERT INTO site (ref, name) VALUES ('SX', '')"},
    {"site with an empty ref", "CHECK", "INSERT INTO site (ref, name) VALUES ('', 'X')"},
    {"site with a ref of 65 characters", "CHECK", "INSERT INTO site (ref, name) VALUES ('S2345678901234567890123456789012345678901234567890123456789012345', 'X')"},
    {"site without a ref", "NOT NULL", "INSERT INTO site (ref, name) VALUES (NULL, 'X')"},
    {"cohort without a start", "NOT NULL", "INSERT INTO cohort (ref, name, start_date, end_date) VALUES ('CX', 'X', NULL, '2025-06-27')"},
    {"session without a cohort", "NOT NULL", "INSERT INTO session (ref, cohort_id, module, date, start, \"end\") VALUES ('SEX', NULL, 'fle', '2025-03-04', '09:00', '12:00')"},
    {"volunteer without a role", "NOT NULL", "INSERT INTO volunteer (ref, first_name, last_name, role) VALUES ('VX', 'A', 'B', NULL)"},
    {"outcome without a situation", "NOT NULL", "INSERT INTO outcome (participant_id, cohort_id, milestone, situation) VALUES (1, 1, 'exit', NULL)"},

    // Unique refs and natural keys.
    {"duplicate site ref", "UNIQUE", "INSERT INTO site (ref, name) VALUES ('S1', 'Other')"},
    {"duplicate room ref", "UNIQUE", "INSERT INTO room (ref, site_id, name) VALUES ('R1', 1, 'Other')"},
    {"duplicate cohort ref", "UNIQUE", "INSERT INTO cohort (ref, name, start_date, end_date) VALUES ('C1', 'Other', '2025-03-03', '2025-06-27')"},
    {"duplicate participant ref", "UNIQUE", "INSERT INTO participant (ref, first_name, last_name) VALUES ('P1', 'A', 'B')"},
    {"duplicate volunteer ref", "UNIQUE", "INSERT INTO volunteer (ref, first_name, last_name, role) VALUES ('V1', 'A', 'B', 'coach')"},
    {"duplicate trainer ref", "UNIQUE", "INSERT INTO trainer (ref, name) VALUES ('T1', 'Other')"},
    {"duplicate session ref", "UNIQUE", "INSERT INTO session (ref, cohort_id, module, date, start, \"end\") VALUES ('SE1', 1, 'english', '2025-03-04', '09:00', '12:00')"},
    {"duplicate pairing ref", "UNIQUE", "INSERT INTO pairing (ref, participant_id, volunteer_id, role) VALUES ('K1', 2, 1, 'coach')"},
    {"second enrolment of one participant in one cohort", "UNIQUE", "INSERT INTO enrolment (cohort_id, participant_id) VALUES (1, 1)"},
    {"second mark for one session and participant", "UNIQUE", "INSERT INTO attendance (session_id, participant_id, status) VALUES (1, 1, 'absent')"},
    {"second check-in of one pairing on one day", "UNIQUE", "INSERT INTO checkin (pairing_id, date) VALUES (1, '2025-03-07')"},
    {"same outcome recorded twice", "UNIQUE", "INSERT INTO outcome (participant_id, cohort_id, milestone, situation, recorded_on) VALUES (1, 1, 'm6', 'inactive', '2025-12-01')"},
    {"same undated outcome twice", "UNIQUE", "INSERT INTO outcome (participant_id, cohort_id, milestone, situation) VALUES (1, 1, 'exit', 'cdi'); INSERT INTO outcome (participant_id, cohort_id, milestone, situation) VALUES (1, 1, 'exit', 'inactive')"},
    {"same module twice for one trainer", "UNIQUE", "INSERT INTO trainer_module (trainer_id, module) VALUES (1, 'fle')"},
    {"same unavailability twice", "UNIQUE", "INSERT INTO trainer_unavailability (trainer_id, weekday, start, \"end\") VALUES (1, 3, '14:00', '18:00')"},
    {"same setting twice", "UNIQUE", "INSERT INTO setting (key, value) VALUES ('pseudonym_salt', 'x')"},
    {"two active mentor pairings for one participant", "UNIQUE", "INSERT INTO pairing (ref, participant_id, volunteer_id, role) VALUES ('KX', 1, 1, 'mentor')"},
    {"an ended mentor pairing made active beside the active one", "UNIQUE", "INSERT INTO pairing (ref, participant_id, volunteer_id, role, status) VALUES ('KX', 1, 1, 'mentor', 'ended'); UPDATE pairing SET status = 'active' WHERE ref = 'KX'"},

    // References that resolve to nothing.
    {"room of an unknown site", "FOREIGN KEY", "INSERT INTO room (ref, site_id, name) VALUES ('RX', 99, 'X')"},
    {"cohort at an unknown site", "FOREIGN KEY", "INSERT INTO cohort (ref, name, site_id, start_date, end_date) VALUES ('CX', 'X', 99, '2025-03-03', '2025-06-27')"},
    {"enrolment in an unknown cohort", "FOREIGN KEY", "INSERT INTO enrolment (cohort_id, participant_id) VALUES (99, 2)"},
    {"enrolment of an unknown participant", "FOREIGN KEY", "INSERT INTO enrolment (cohort_id, participant_id) VALUES (1, 99)"},
    {"session of an unknown cohort", "FOREIGN KEY", "INSERT INTO session (ref, cohort_id, module, date, start, \"end\") VALUES ('SEX', 99, 'fle', '2025-03-04', '09:00', '12:00')"},
    {"session with an unknown trainer", "FOREIGN KEY", "INSERT INTO session (ref, cohort_id, module, date, start, \"end\", trainer_id) VALUES ('SEX', 1, 'fle', '2025-03-04', '09:00', '12:00', 99)"},
    {"session in an unknown room", "FOREIGN KEY", "INSERT INTO session (ref, cohort_id, module, date, start, \"end\", room_id) VALUES ('SEX', 1, 'fle', '2025-03-04', '09:00', '12:00', 99)"},
    {"mark for an unknown session", "FOREIGN KEY", "INSERT INTO attendance (session_id, participant_id, status) VALUES (99, 2, 'present')"},
    {"mark for an unknown participant", "FOREIGN KEY", "INSERT INTO attendance (session_id, participant_id, status) VALUES (1, 99, 'present')"},
    {"pairing of an unknown participant", "FOREIGN KEY", "INSERT INTO pairing (ref, participant_id, volunteer_id, role) VALUES ('KX', 99, 1, 'coach')"},
    {"pairing with an unknown volunteer", "FOREIGN KEY", "INSERT INTO pairing (ref, participant_id, volunteer_id, role) VALUES ('KX', 2, 99, 'coach')"},
    {"pairing in an unknown cohort", "FOREIGN KEY", "INSERT INTO pairing (ref, participant_id, volunteer_id, role, cohort_id) VALUES ('KX', 2, 1, 'coach', 99)"},
    {"check-in of an unknown pairing", "FOREIGN KEY", "INSERT INTO checkin (pairing_id, date) VALUES (99, '2025-03-14')"},
    {"outcome of an unknown participant", "FOREIGN KEY", "INSERT INTO outcome (participant_id, cohort_id, milestone, situation) VALUES (99, 1, 'exit', 'cdi')"},
    {"outcome in an unknown cohort", "FOREIGN KEY", "INSERT INTO outcome (participant_id, cohort_id, milestone, situation) VALUES (1, 99, 'exit', 'cdi')"},
    {"module of an unknown trainer", "FOREIGN KEY", "INSERT INTO trainer_module (trainer_id, module) VALUES (99, 'english')"},
    {"unavailability of an unknown trainer", "FOREIGN KEY", "INSERT INTO trainer_unavailability (trainer_id, weekday, start, \"end\") VALUES (99, 1, '09:00', '12:00')"},
    {"closure of an unknown site", "FOREIGN KEY", "INSERT INTO office_closure (site_id, from_date, to_date) VALUES (99, '2025-05-01', '2025-05-02')"},
    {"a site moved to an id its rooms do not follow", "FOREIGN KEY", "UPDATE room SET site_id = 42 WHERE ref = 'R1'"},
};

/// Rows close to the bad ones that the rules must let through, so that a refusal above is not
/// a rule refusing everything.
const Row kGoodRows[] = {
    {"participant with every optional value empty", "", "INSERT INTO participant (ref, first_name, last_name) VALUES ('PX', 'A', 'B')"},
    {"participant with codes", "", "INSERT INTO participant (ref, first_name, last_name, gender, french_level_entry, status, country_of_origin, birth_date) VALUES ('PX', 'A', 'B', 'x', 'C2', 'asylum_seeker', 'SY', '1990-05-01')"},
    {"site with a lunch break", "", "INSERT INTO site (ref, name, lunch_start, lunch_end) VALUES ('SX', 'X', '12:00', '13:30')"},
    {"cohort of one day without a site", "", "INSERT INTO cohort (ref, name, start_date, end_date) VALUES ('CX', 'X', '2025-03-03', '2025-03-03')"},
    {"late mark with minutes", "", "INSERT INTO attendance (session_id, participant_id, status, minutes_late) VALUES (1, 2, 'late', 10)"},
    {"ended mentor pairing beside the active one", "", "INSERT INTO pairing (ref, participant_id, volunteer_id, role, status) VALUES ('KX', 1, 1, 'mentor', 'ended')"},
    {"proposed mentor pairing beside the active one", "", "INSERT INTO pairing (ref, participant_id, volunteer_id, role, status) VALUES ('KX', 1, 1, 'mentor', 'proposed')"},
    {"active coach pairing beside the active mentor", "", "INSERT INTO pairing (ref, participant_id, volunteer_id, role) VALUES ('KX', 1, 1, 'coach')"},
    {"same unavailability slot within dates", "", "INSERT INTO trainer_unavailability (trainer_id, weekday, start, \"end\", from_date, to_date) VALUES (1, 3, '14:00', '18:00', '2025-04-14', '2025-04-25')"},
    {"same outcome milestone recorded later", "", "INSERT INTO outcome (participant_id, cohort_id, milestone, situation, recorded_on) VALUES (1, 1, 'm6', 'cdd_6m_plus', '2026-01-05')"},
    {"a second module for the trainer", "", "INSERT INTO trainer_module (trainer_id, module) VALUES (1, 'professional_day')"},
    {"29 February of a leap year", "", "INSERT INTO cohort (ref, name, start_date, end_date) VALUES ('CX', 'X', '2024-02-29', '2024-03-01')"},
    {"a session ending at 23:59", "", "INSERT INTO session (ref, cohort_id, module, date, start, \"end\") VALUES ('SEX', 1, 'fle', '2025-03-04', '20:00', '23:59')"},
    {"a ref of 64 characters", "", "INSERT INTO site (ref, name) VALUES ('S234567890123456789012345678901234567890123456789012345678901234', 'X')"},
};

/// Runs `sql` inside a savepoint that is rolled back afterwards, so that cases do not see each
/// other's rows; returns the result code and SQLite's message.
std::pair<int, QString> tryRow(RawSqlite& raw, const char* sql)
{
    REQUIRE(raw.exec(QStringLiteral("SAVEPOINT attempt")) == SQLITE_OK);
    const int rc = raw.exec(QString::fromUtf8(sql));
    const QString message = raw.lastMessage();
    REQUIRE(raw.exec(QStringLiteral("ROLLBACK TO attempt; RELEASE attempt")) == SQLITE_OK);
    return {rc, message};
}

} // namespace

TEST_CASE("the schema refuses every bad row with the constraint meant for it", "[storage][constraints]")
{
    test::TestDatabase t;
    t.close();
    RawSqlite raw(t.path());
    REQUIRE(raw.integer(QStringLiteral("PRAGMA foreign_keys")) == 1);
    REQUIRE(raw.exec(QString::fromUtf8(kSeed)) == SQLITE_OK);

    for (const Row& row : kBadRows) {
        INFO(row.why << ": " << row.sql);
        const auto [rc, message] = tryRow(raw, row.sql);
        CHECK(rc == SQLITE_CONSTRAINT);
        CHECK(message.startsWith(QLatin1String(row.kind)));
    }
    // Nothing of the refused rows stayed.
    CHECK(raw.integer(QStringLiteral("SELECT count(*) FROM participant")) == 2);
    CHECK(raw.integer(QStringLiteral("SELECT count(*) FROM pairing")) == 1);
    CHECK(raw.text(QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
}

TEST_CASE("the schema accepts the good rows next to the refused ones", "[storage][constraints]")
{
    test::TestDatabase t;
    t.close();
    RawSqlite raw(t.path());
    REQUIRE(raw.exec(QString::fromUtf8(kSeed)) == SQLITE_OK);
    for (const Row& row : kGoodRows) {
        INFO(row.why << ": " << row.sql);
        const auto [rc, message] = tryRow(raw, row.sql);
        CHECK(rc == SQLITE_OK);
        CHECK(message.isEmpty());
    }
}

TEST_CASE("deleting a row removes or detaches what depends on it", "[storage][constraints]")
{
    test::TestDatabase t;
    t.close();
    RawSqlite raw(t.path());
    REQUIRE(raw.exec(QString::fromUtf8(kSeed)) == SQLITE_OK);

    REQUIRE(raw.exec(QStringLiteral("DELETE FROM site WHERE ref = 'S1'")) == SQLITE_OK);
    CHECK(raw.integer(QStringLiteral("SELECT count(*) FROM room")) == 0);            // cascade
    CHECK(raw.text(QStringLiteral("SELECT site_id FROM cohort WHERE ref = 'C1'")).isNull()); // set null
    CHECK(raw.integer(QStringLiteral("SELECT count(*) FROM session WHERE room_id IS NULL")) == 1);

    REQUIRE(raw.exec(QStringLiteral("DELETE FROM participant WHERE ref = 'P1'")) == SQLITE_OK);
    CHECK(raw.integer(QStringLiteral("SELECT count(*) FROM enrolment")) == 0);
    CHECK(raw.integer(QStringLiteral("SELECT count(*) FROM attendance")) == 0);
    CHECK(raw.integer(QStringLiteral("SELECT count(*) FROM pairing")) == 0);
    CHECK(raw.integer(QStringLiteral("SELECT count(*) FROM checkin")) == 0);
    CHECK(raw.integer(QStringLiteral("SELECT count(*) FROM outcome")) == 0);
    CHECK(raw.text(QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
}
