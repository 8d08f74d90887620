// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportCanvas.h"

#include "core/Result.h"
#include "core/reports/ReportData.h"

#include <QLocale>
#include <QString>

class QPagedPaintDevice;

namespace parcours {
class Clock;
class Database;
}

namespace parcours::print {

struct CohortReportOptions
{
    QLocale locale;          ///< the language of the texts (French or English) and the format of figures
    bool namedAnnex = false; ///< add the annex that names the participants (personal data)
    const Clock* clock = nullptr; ///< "today" for the outcomes due and the cover; null: the system clock
};

/// What the cohort report shows: the organisation that issues it and ReportService's data.
struct CohortReportContent
{
    Organisation organisation;
    CohortReportData data;
    QDate today; ///< the day the figures are read, on the cover
};

/// The cohort report for the funder: portrait A4, a cover (organisation's name and logo,
/// cohort, programme, site, dates), key figures (participants, hours and attendance per module,
/// pairings, French progression, exits at each milestone), charts painted with QPainter
/// (attendance per week, exits by class), weeks off target and what the office has yet to
/// record. No participant is named unless the named annex is asked for. The texts are in the
/// language of `options.locale` whatever the program's (ReportLanguage), figures in its format.
class CohortReport
{
public:
    /// NotFound for an unknown cohort.
    [[nodiscard]] static Result<CohortReportContent> load(Database& db, const QString& cohortRef,
                                                          const CohortReportOptions& options);

    /// Paints `content` on `device` (a QPdfWriter, or the QPrinter of a preview), which this sets
    /// to portrait A4. Returns the number of pages. Io when the device cannot be painted on.
    [[nodiscard]] static Result<int> print(const CohortReportContent& content, QPagedPaintDevice& device,
                                           const CohortReportOptions& options);
    /// load() then print().
    [[nodiscard]] static Result<int> print(Database& db, const QString& cohortRef, QPagedPaintDevice& device,
                                           const CohortReportOptions& options);

    /// load() then print() to a PDF at `pdfPath` through QSaveFile: on any failure nothing is
    /// written (a previous file stays as it was). Io (detail: the file's error) when the file
    /// cannot be written.
    [[nodiscard]] static Result<int> writeFile(Database& db, const QString& cohortRef, const QString& pdfPath,
                                               const CohortReportOptions& options);
};

} // namespace parcours::print
