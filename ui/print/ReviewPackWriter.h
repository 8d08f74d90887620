// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/reports/ReviewPack.h"

#include <QDate>
#include <QLocale>
#include <QString>

namespace parcours {
class Database;
}

namespace parcours::print {

/// The whole review pack of a period: the CSVs and README.txt of core's ReviewPack and the
/// summary PDF (`summary.pdf`, ReviewSummary), all staged together and moved into `targetDir`
/// at the end. The one function the CLI's `report review` and the Reports page both call.
class ReviewPackWriter
{
public:
    /// The name of the summary PDF in the pack.
    static QString summaryFileName() { return QStringLiteral("summary.pdf"); }

    /// See ReviewPack::write: `targetDir` missing or empty (ErrorCode::Exists otherwise), never
    /// half a pack, `progress` may cancel (then ReviewPackSummary::cancelled and nothing
    /// written). The PDF's language and number format follow `locale`.
    [[nodiscard]] static Result<ReviewPackSummary> write(Database& db, const QDate& from, const QDate& to,
                                                         const QString& targetDir, const QLocale& locale,
                                                         const ReviewPack::Progress& progress = {});
};

} // namespace parcours::print
