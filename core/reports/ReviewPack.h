// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>

namespace parcours {

class Database;
struct IndicatorInput;

/// What a review pack run did.
struct ReviewPackSummary
{
    bool cancelled = false; ///< the progress callback said stop: nothing was left behind
    QStringList files;      ///< the file names in the pack, in the order written
    int cohorts = 0;        ///< cohorts whose end date falls in the period
    int participantRows = 0;
    int suppressedCells = 0; ///< cells left empty by the privacy rules (small counts, rare combinations)
    QString partner;         ///< the `partner` column: setting organisation_name, empty when unset
};

/// The review pack of a period for the funder: CSVs of aggregates and of pseudonymised
/// participants, and a README.txt describing every column, written from the same column tables
/// as the CSVs (see core/reports/REVIEW_PACK.md for the schema and the privacy rules).
///
/// No name, e-mail, phone, birth date, address or free-text note is ever read into it.
class ReviewPack
{
public:
    /// The version of the pack's schema, written in every CSV (`schema_version`).
    static constexpr int kSchemaVersion = 1;
    /// The small-count threshold when the setting `report_small_count_threshold` is unset or
    /// not a whole number from 1 to 50 (ReportSettings).
    static constexpr int kDefaultSmallCountThreshold = 3;

    /// Called as work advances; returns false to cancel.
    using Progress = std::function<bool(int done, int total)>;
    /// Writes more files into the staging folder before the pack is moved in (the summary PDF,
    /// painted by ui/print, which core cannot link), given the period's rows the pack was
    /// computed from (ReportRepository::read with counted marks), so that they are read once.
    using ExtraFiles = std::function<Result<void>(const QString& stagingDir, const IndicatorInput& input)>;

    /// Writes the pack of [from, to] into `targetDir`, which must not exist or be an empty
    /// folder (ErrorCode::Exists otherwise, nothing written). Every file goes first into a
    /// hidden staging folder beside `targetDir`, which is renamed into place at the end: a
    /// failure or a cancel leaves `targetDir` as it was (and no staging folder).
    /// ErrorCode::Usage for an invalid period; ErrorCode::Io when a file cannot be written.
    [[nodiscard]] static Result<ReviewPackSummary> write(Database& db, const QDate& from, const QDate& to,
                                                         const QString& targetDir, const Progress& progress = {},
                                                         const ExtraFiles& extra = {});

    /// The CSV files of the pack, in the order written (README.txt comes after them).
    static QStringList csvFileNames();
    /// The text of README.txt: every file and every column, from the tables the CSVs are
    /// written with.
    static QString readme(int smallCountThreshold = kDefaultSmallCountThreshold);
    /// The setting `report_small_count_threshold`, read by ReportSettings.
    [[nodiscard]] static Result<int> smallCountThreshold(Database& db);
};

} // namespace parcours
