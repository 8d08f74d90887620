// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCanvas.h"

#include "core/storage/SettingRepository.h"

#include <QFontMetricsF>
#include <QPageSize>
#include <QPagedPaintDevice>

namespace parcours::print {

Result<Organisation> organisationOf(Database& db)
{
    SettingRepository settings(db);
    Organisation out;
    const auto name = settings.value(QStringLiteral("organisation_name"));
    if (!name)
        return fail(name.error());
    out.name = name->value_or(QString()).trimmed();
    const auto logo = settings.value(QStringLiteral("organisation_logo"));
    if (!logo)
        return fail(logo.error());
    const QByteArray bytes = QByteArray::fromBase64(logo->value_or(QString()).trimmed().toLatin1());
    if (!bytes.isEmpty())
        out.logo = QImage::fromData(bytes); // null when not a PNG or JPEG: printed without
    return out;
}

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

void ReportCanvas::text(const QRectF& rect, const QString& s, const QFont& font, const QColor& colour, int flags)
{
    const QRectF r = toDevice(rect);
    const QFontMetricsF fm(font, m_painter.device());
    m_painter.setFont(font);
    m_painter.setPen(colour);
    m_painter.drawText(r, flags, fm.elidedText(s, Qt::ElideRight, r.width()));
}

double ReportCanvas::paragraph(const QRectF& rect, const QString& s, const QFont& font, const QColor& colour, int flags)
{
    m_painter.setFont(font);
    m_painter.setPen(colour);
    QRectF used;
    m_painter.drawText(toDevice(rect), flags | Qt::TextWordWrap, s, &used);
    return used.height() / m_unit;
}

double ReportCanvas::paragraphHeight(double width, const QString& s, const QFont& font) const
{
    const QFontMetricsF fm(font, m_painter.device());
    return fm.boundingRect(QRectF(0, 0, width * m_unit, 1e6), Qt::TextWordWrap, s).height() / m_unit;
}

double ReportCanvas::textWidth(const QString& s, const QFont& font) const
{
    return QFontMetricsF(font, m_painter.device()).horizontalAdvance(s) / m_unit;
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
