// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace parcours {

struct SubjectAccessData;

/// The CSV side of a subject access export: one file per kind of record, UTF-8 without BOM,
/// comma-separated, RFC 4180 quoting, a header row, codes and ISO dates as in the exchange
/// format (exchange-format.md), so that the person, or another program, can read them.
/// Every file of the person's kind is written, with its header alone when nothing is held.
/// A participant: participant.csv, enrolments.csv, attendance.csv, pairings.csv,
/// checkins.csv, outcomes.csv. A volunteer: volunteer.csv, pairings.csv, checkins.csv.
class SubjectAccessCsv
{
public:
    struct File
    {
        QString name; ///< `participant.csv`
        QByteArray bytes;
    };

    /// The files, in the order above.
    static QList<File> files(const SubjectAccessData& data);

    /// Writes files() into `dir` (created if missing) through QSaveFile each; returns the
    /// names written. Io naming the file that could not be written.
    [[nodiscard]] static Result<QStringList> write(const SubjectAccessData& data, const QString& dir);

    /// A file name made of `ref`: letters, digits, `-`, `_` and `.` kept, anything else (a
    /// slash, a space, a control character) as `_`, no leading dot; `person` when empty.
    static QString safeFileName(const QString& ref);
};

} // namespace parcours
