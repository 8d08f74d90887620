// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrintPage.h"

#include "core/storage/SettingRepository.h"
#include "core/storage/SiteRepository.h"

#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>

namespace parcours::print {

void setUpPdf(QPdfWriter& writer, QPageLayout::Orientation orientation, const QString& title)
{
    writer.setResolution(kResolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF()));
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Parcours"));
}

Result<int> writePdfFile(const QString& pdfPath, QPageLayout::Orientation orientation, const QString& title,
                         const std::function<Result<int>(QPagedPaintDevice&)>& paint)
{
    QSaveFile out(pdfPath);
    if (!out.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, out.errorString(), {pdfPath});
    int pages = 0;
    {
        QPdfWriter writer(&out);
        setUpPdf(writer, orientation, title);
        const auto painted = paint(writer);
        if (!painted)
            return fail(painted.error());
        pages = *painted;
    }
    if (!out.commit())
        return fail(ErrorCode::Io, out.errorString(), {pdfPath});
    return pages;
}

QFont font(double points, bool bold)
{
    QFont f;
    f.setFamilies({QStringLiteral("Arial"), QStringLiteral("Liberation Sans"), QStringLiteral("Nimbus Sans"),
                   QStringLiteral("DejaVu Sans")});
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

Result<Letterhead> letterheadOf(Database& db, const Cohort& cohort)
{
    Letterhead out;
    const auto organisation = SettingRepository(db).value(QStringLiteral("organisation_name"));
    if (!organisation)
        return fail(organisation.error());
    out.organisation = organisation->value_or(QString()).trimmed();
    if (!cohort.siteRef.isEmpty()) {
        const auto site = SiteRepository(db).find(cohort.siteRef);
        if (!site)
            return fail(site.error());
        if (*site)
            out.siteName = (*site)->name;
    }
    return out;
}

} // namespace parcours::print
