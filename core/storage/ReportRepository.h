// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Codes.h"
#include "core/indicators/IndicatorInput.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace parcours {

class Database;

/// The cohorts a report reads: one cohort by its ref, or the cohorts whose end date falls in a
/// period (indicators.md, Periods).
struct ReportScope
{
    QString cohortRef; ///< not empty: this one cohort
    QDate from;        ///< else the period [from, to]
    QDate to;

    static ReportScope cohort(const QString& ref) { return {ref, {}, {}}; }
    static ReportScope period(const QDate& from, const QDate& to) { return {{}, from, to}; }
    bool isCohort() const { return !cohortRef.isEmpty(); }
};

/// What reports know of a participant. Contact details, addresses and notes are never read;
/// names only when the caller asks for them (the named annex of a cohort report).
struct ReportParticipant
{
    QString ref;
    QString firstName; ///< empty unless read with names
    QString lastName;  ///< empty unless read with names
    QDate birthDate;
    std::optional<Gender> gender;
    QString countryOfOrigin; ///< ISO 3166-1 alpha-2
    std::optional<ParticipantStatus> status;
    std::optional<CefrLevel> frenchLevelEntry;
    QDate consentDate;
};

/// Everything the reports of a scope are computed from.
struct ReportRows
{
    /// The indicators' input, restricted to the scope's cohorts (cohorts in start-date order,
    /// then ref), their enrolments, sessions, marks, outcomes, the pairings of their enrolled
    /// participants and the kinds of the trainers of their sessions.
    IndicatorInput input;
    QHash<QString, QString> siteNames;  ///< by cohort ref; absent when the cohort has no site
    QList<ReportParticipant> participants; ///< the enrolled participants, each once, by ref
};

/// The reads of reports, set-based: one fixed set of statements for a scope, whatever the
/// number of cohorts, enrolments, sessions or marks (issue 8 runs it on 5,000 cohorts).
class ReportRepository
{
public:
    explicit ReportRepository(Database& db) : m_db(db) {}

    /// Whether the attendance marks are read one by one into input.attendance, or only their
    /// counts per enrolment and module into input.countedMarks (the totals of migration 0008:
    /// what figures need, without millions of marks).
    enum class Marks { Listed, Counted };

    /// The rows of `scope`. ErrorCode::NotFound for an unknown cohort ref; ErrorCode::Usage for
    /// a period with an invalid date or from after to. An empty period gives empty rows.
    [[nodiscard]] Result<ReportRows> read(const ReportScope& scope, bool withNames = false,
                                          Marks marks = Marks::Listed) const;

    /// What the weekly attendance of a scope needs, counted by the database instead of read
    /// mark by mark (a year of a network is half a million marks): the scope's cohorts, the
    /// first and last dates of their held sessions, and each held session's date and marks as
    /// Indicators::marksOfEachSession counts them (the pairs expected from the cohort's
    /// enrolments covering the date; a session that expects none is left out).
    struct SessionMarkCounts
    {
        QList<Cohort> cohorts;
        QDate firstHeld; ///< invalid when none is held
        QDate lastHeld;
        QList<std::pair<QDate, IndicatorFigures::Marks>> sessions;
    };
    /// Fails as read() does.
    [[nodiscard]] Result<SessionMarkCounts> sessionMarkCounts(const ReportScope& scope) const;

private:
    Database& m_db;
};

} // namespace parcours
