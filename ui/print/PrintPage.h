// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the printed documents (timetable, sign-in sheet) share: the PDF's resolution, the
// writer's page setup and the type. Internal to parcours_print.

#include "core/Result.h"
#include "core/domain/Cohort.h"

#include <QFont>
#include <QPageLayout>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QPdfWriter;

namespace parcours {
class Database;
}

namespace parcours::print {

inline constexpr int kResolution = 300;              // dots per inch of the PDF's coordinates
inline constexpr double kUnit = kResolution / 72.0;  // device units in a point

/// A4 pages in `orientation` without margins at kResolution, with `title`, made by Parcours.
void setUpPdf(QPdfWriter& writer, QPageLayout::Orientation orientation, const QString& title);

/// Writes the PDF file `pdfPath` through QSaveFile (a failure leaves the previous file, or none):
/// a writer set up by setUpPdf(orientation, title) whose pages `paint` paints. The number of pages
/// `paint` returns, its error, or ErrorCode::Io naming `pdfPath` when the file cannot be written.
Result<int> writePdfFile(const QString& pdfPath, QPageLayout::Orientation orientation, const QString& title,
                         const std::function<Result<int>(QPagedPaintDevice&)>& paint);

/// Arial or its metric twins first: a plain sans serif narrow enough for "Journée
/// professionnelle" in large type in a sixth of the page.
QFont font(double points, bool bold = false);

QString capitalised(QString text);

/// What the header of a page names besides the cohort.
struct Letterhead
{
    QString organisation; ///< the `organisation_name` setting, trimmed; empty when unset
    QString siteName;     ///< empty: the cohort has no site yet
};
Result<Letterhead> letterheadOf(Database& db, const Cohort& cohort);

} // namespace parcours::print
