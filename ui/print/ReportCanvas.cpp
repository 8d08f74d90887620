// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCanvas.h"

#include "core/services/ReportSettings.h"

#include <QFontMetricsF>
#include <QPageSize>
#include <QPagedPaintDevice>

namespace parcours::print {

Result<Organisation> organisationOf(Database& db)
{
    const auto settings = ReportSettings(db).read();
    if (!settings)
        return fail(settings.error());
    Organisation out;
    out.name = settings->organisationName.trimmed();
    if (!settings->logo.isEmpty())
        out.logo = QImage::fromData(settings->logo); // null when not a PNG or JPEG: printed without
    return out;
}

namespace {

/// Text without ligatures: "fi" and "ff" stay two letters, so that the PDF's text reads back,
/// searches and copies as it was written ("Key figures", not "Key ﬁgures").
QFont plain(QFont font)
{
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

} // namespace

Result<void> ReportCanvas::begin(QPagedPaintDevice& device, QPageLayout::Orientation orientation)
{
    m_device = &device;
    if (!device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF()))) {
        // A printer with unprintable edges: A4 with its own margins.
        device.setPageSize(QPageSize(QPageSize::A4));
        device.setPageOrientation(orientation);
    }
    if (!m_painter.begin(&device))
        return fail(ErrorCode::Io, QStringLiteral("cannot start painting the report"));
    m_painter.setRenderHint(QPainter::Antialiasing);
    m_painter.setRenderHint(QPainter::SmoothPixmapTransform);
    m_unit = device.logicalDpiX() / 72.0;
    const QRectF area = device.pageLayout().paintRect(QPageLayout::Point);
    m_width = area.width();
    m_height = area.height();
    return {};
}

Result<void> ReportCanvas::newPage()
{
    if (!m_device || !m_device->newPage())
        return fail(ErrorCode::Io, QStringLiteral("cannot add a page to the report"));
    return {};
}

Result<void> ReportCanvas::end()
{
    if (!m_painter.end())
        return fail(ErrorCode::Io, QStringLiteral("cannot finish the report"));
    return {};
}

QRectF ReportCanvas::toDevice(const QRectF& rect) const
{
    return {rect.x() * m_unit, rect.y() * m_unit, rect.width() * m_unit, rect.height() * m_unit};
}

void ReportCanvas::text(const QRectF& rect, const QString& s, const QFont& given, const QColor& colour, int flags)
{
    const QFont font = plain(given);
    const QRectF r = toDevice(rect);
    const QFontMetricsF fm(font, m_painter.device());
    m_painter.setFont(font);
    m_painter.setPen(colour);
    m_painter.drawText(r, flags, fm.elidedText(s, Qt::ElideRight, r.width()));
}

double ReportCanvas::paragraph(const QRectF& rect, const QString& s, const QFont& given, const QColor& colour, int flags)
{
    const QFont font = plain(given);
    m_painter.setFont(font);
    m_painter.setPen(colour);
    QRectF used;
    m_painter.drawText(toDevice(rect), flags | Qt::TextWordWrap, s, &used);
    return used.height() / m_unit;
}

double ReportCanvas::paragraphHeight(double width, const QString& s, const QFont& font) const
{
    const QFontMetricsF fm(plain(font), m_painter.device());
    return fm.boundingRect(QRectF(0, 0, width * m_unit, 1e6), Qt::TextWordWrap, s).height() / m_unit;
}

double ReportCanvas::textWidth(const QString& s, const QFont& font) const
{
    return QFontMetricsF(plain(font), m_painter.device()).horizontalAdvance(s) / m_unit;
}

void ReportCanvas::fill(const QRectF& rect, const QColor& colour)
{
    m_painter.fillRect(toDevice(rect), colour);
}

void ReportCanvas::frame(const QRectF& rect, const QColor& colour, double penPoints)
{
    m_painter.setPen(QPen(colour, penPoints * m_unit));
    m_painter.setBrush(Qt::NoBrush);
    m_painter.drawRect(toDevice(rect));
}

void ReportCanvas::line(QPointF from, QPointF to, const QColor& colour, double penPoints)
{
    m_painter.setPen(QPen(colour, penPoints * m_unit, Qt::SolidLine, Qt::FlatCap));
    m_painter.drawLine(from * m_unit, to * m_unit);
}

double ReportCanvas::image(const QRectF& rect, const QImage& image)
{
    if (image.isNull() || image.width() <= 0 || image.height() <= 0)
        return 0;
    const QSizeF size = QSizeF(image.size()).scaled(rect.size(), Qt::KeepAspectRatio);
    m_painter.drawImage(toDevice(QRectF(rect.topLeft(), size)), image);
    return size.width();
}

} // namespace parcours::print
