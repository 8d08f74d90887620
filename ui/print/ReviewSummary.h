// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReportCanvas.h"

#include "core/Result.h"
#include "core/domain/Cohort.h"
#include "core/indicators/IndicatorFigures.h"

#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>

class QPagedPaintDevice;

namespace parcours {
class Database;
struct IndicatorInput;
}

namespace parcours::print {

struct ReviewSummaryOptions
{
    QLocale locale; ///< the language of the texts (French or English) and the format of figures
};

/// What the review summary shows: the cohorts whose end date falls in [from, to] and their sum.
struct ReviewSummaryContent
{
    Organisation organisation;
    QDate from;
    QDate to;
    QList<Cohort> cohorts;           ///< by start date, then ref
    QList<IndicatorFigures> figures; ///< one per cohort, same order
    IndicatorFigures total;          ///< the period's figures: counts summed, rates recomputed
    /// Counts of persons above 0 and below it are shown as "s", with the rates computed from
    /// them (setting `report_small_count_threshold`, as in the pack's CSVs); 0: none hidden.
    int smallCountThreshold = 0;
};

/// The PDF summary of the review pack for a period: one row per cohort (dates, participants,
/// hours delivered, attendance, full-trio coverage, dynamic exit rate at exit, 6 and 12 months,
/// permanent and durable shares at 6 months) and a totals row whose rates are computed from the
/// summed counts, never averaged. Landscape A4, the table's header repeated on each page. No
/// participant appears in it: only counts.
class ReviewSummary
{
public:
    /// ErrorCode::Usage when a date is invalid or from is after to. A period without cohorts
    /// gives an empty content (the PDF then says so).
    [[nodiscard]] static Result<ReviewSummaryContent> load(Database& db, const QDate& from, const QDate& to);
    /// The same from the period's rows already read with counted marks (what
    /// IndicatorService::countedInputForPeriod reads; the review pack hands its own).
    [[nodiscard]] static Result<ReviewSummaryContent> load(Database& db, const QDate& from, const QDate& to,
                                                           const IndicatorInput& counted);

    /// Paints `content` on `device` (a QPdfWriter, or the QPrinter of a preview), which this sets
    /// to landscape A4. Returns the number of pages. Io when the device cannot be painted on.
    [[nodiscard]] static Result<int> print(const ReviewSummaryContent& content, QPagedPaintDevice& device,
                                           const ReviewSummaryOptions& options);
    /// load() then print().
    [[nodiscard]] static Result<int> print(Database& db, const QDate& from, const QDate& to,
                                           QPagedPaintDevice& device, const ReviewSummaryOptions& options);

    /// load() then print() to a PDF at `pdfPath` through QSaveFile: on any failure nothing is
    /// written (a previous file stays as it was). Io (detail: the file's error) when the file
    /// cannot be written.
    [[nodiscard]] static Result<int> writeFile(Database& db, const QDate& from, const QDate& to,
                                               const QString& pdfPath, const ReviewSummaryOptions& options);
    /// The same from the period's rows already read (load() with `counted`).
    [[nodiscard]] static Result<int> writeFile(Database& db, const QDate& from, const QDate& to,
                                               const IndicatorInput& counted, const QString& pdfPath,
                                               const ReviewSummaryOptions& options);

    /// How many cohort rows fit on a page (the layout's own limit, for tests).
    static int rowsPerPage();
};

} // namespace parcours::print
