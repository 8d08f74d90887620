// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewPackWriter.h"

#include "ReviewSummary.h"

#include <QDir>

namespace parcours::print {

Result<ReviewPackSummary> ReviewPackWriter::write(Database& db, const QDate& from, const QDate& to,
                                                  const QString& targetDir, const QLocale& locale,
                                                  const ReviewPack::Progress& progress)
{
    // The PDF is painted into the staging folder with the CSVs, so that the pack is moved in
    // whole or not at all.
    const ReviewPack::ExtraFiles summary = [&](const QString& staging, const IndicatorInput& input) -> Result<void> {
        ReviewSummaryOptions options;
        options.locale = locale;
        auto pages = ReviewSummary::writeFile(db, from, to, input, QDir(staging).filePath(summaryFileName()), options);
        if (!pages)
            return fail(pages.error());
        return {};
    };
    return ReviewPack::write(db, from, to, targetDir, progress, summary);
}

} // namespace parcours::print
