// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Cohort.h"
#include "core/domain/Session.h"

#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>

class QIODevice;

namespace parcours {
class Database;
}

namespace parcours::print {

/// One half-day of a sign-in sheet: its sessions and the participants expected that day.
struct SheetHalfDay
{
    QDate date;
    bool afternoon = false;   ///< false: the morning (sessions starting before 13:00)
    QList<Session> sessions;  ///< by start time; never cancelled ones
    QStringList trainers;     ///< the trainer's name of each session, same order; empty: none yet
    QStringList participants; ///< "LASTNAME First name", sorted, those whose enrolment covers `date`
};

/// What a week's sign-in sheet shows.
struct AttendanceSheetContent
{
    QString organisation; ///< the `organisation_name` setting; empty when unset
    Cohort cohort;
    QString siteName;           ///< empty: the cohort has no site yet
    QDate monday;               ///< of the ISO week printed
    QList<SheetHalfDay> halfDays; ///< only those with sessions, in order: one page each (or more)
};

/// The weekly sign-in sheet (feuille d'émargement) of a cohort: one portrait A4 page per
/// half-day that has sessions, listing them (module, times, trainer), one row per participant
/// expected that day with a signature box per session, and a row for the trainer's signature.
/// A half-day with more participants than fit on a page continues on the next one.
class AttendanceSheet
{
public:
    /// The half-days of `cohortRef`'s planned or held sessions in the ISO week of `monday` (any
    /// day of it will do). NotFound for an unknown cohort; Invalid when the week has no session.
    [[nodiscard]] static Result<AttendanceSheetContent> load(Database& db, const QString& cohortRef,
                                                             const QDate& dayOfWeek);

    /// Writes `content` as a PDF to `out` (open for writing), dates in `locale`, texts in the
    /// installed translation. Returns the number of pages. Io when painting fails.
    [[nodiscard]] static Result<int> write(const AttendanceSheetContent& content, QIODevice& out,
                                           const QLocale& locale = QLocale());

    /// load() then write() to `path` through QSaveFile: on any failure nothing is written (a
    /// previous file stays as it was). Io (with the file's error) when the file cannot be written.
    [[nodiscard]] static Result<int> writeFile(Database& db, const QString& cohortRef, const QDate& dayOfWeek,
                                               const QString& path, const QLocale& locale = QLocale());

    /// The Monday of an ISO week written `2025-W10`; a null date when the text is not one
    /// (a week 53 only in the years that have one).
    static QDate mondayOfIsoWeek(const QString& text);

    /// How many participant rows fit on one page (the layout's own limit, for tests).
    static int rowsPerPage();
};

} // namespace parcours::print
