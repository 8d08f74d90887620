// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportCanvas.h"

#include "core/Result.h"
#include "core/services/SubjectAccess.h"

#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;

namespace parcours::print {

/// What a subject access export shows: the person's data, who holds it, and when it was read.
struct SubjectAccessContent
{
    Organisation organisation;
    SubjectAccessData data;
    QDate today;
};

/// What SubjectAccessReport::writeExport() wrote.
struct SubjectAccessFiles
{
    QString pdf;         ///< DIR/<ref>.pdf
    QString csvFolder;   ///< DIR/<ref>/
    QStringList csvFiles; ///< the names of the CSVs in csvFolder
    int pages = 0;
};

/// The PDF of a subject access request (GDPR article 15) for the person themself: portrait A4,
/// in French or English (the language of `locale`, whatever the program's), every field held
/// on them in plain words (codes shown by their labels, dates written out), each record in
/// full (long texts wrap, nothing is cut), and the other people of their file left out: a
/// participant's mentor and coach appear by role only. See core/services/SubjectAccess.md.
class SubjectAccessReport
{
public:
    /// Paints `content` on `device`. Returns the number of pages; Io when it cannot be painted.
    [[nodiscard]] static Result<int> print(const SubjectAccessContent& content, QPagedPaintDevice& device,
                                           const QLocale& locale);

    /// The whole export of person `ref` of `kind` into the folder `dir` (created if missing):
    /// `<ref>.pdf` and the CSVs of SubjectAccessCsv in `<ref>/` (the ref made safe for a file
    /// name). NotFound for an unknown person; Io naming the file that could not be written.
    [[nodiscard]] static Result<SubjectAccessFiles> writeExport(Database& db, PersonKind kind, const QString& ref,
                                                                const QString& dir, const QLocale& locale,
                                                                const QDate& today);
};

} // namespace parcours::print
