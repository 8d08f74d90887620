// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the reports (cohort report, review summary) share to paint on any paged device: a
// QPdfWriter for a file, a QPrinter for the preview. Layouts are written in points (1/72 inch)
// and converted here to the device's units, so they do not depend on its resolution.

#include "core/Result.h"

#include <QColor>
#include <QFont>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QRectF>
#include <QString>

class QPagedPaintDevice;

namespace parcours {
class Database;
}

namespace parcours::print {

/// The colours of the reports: one accent, greys for the text, pale fills for tables.
namespace palette {
inline const QColor kInk(0x1a, 0x1a, 0x1a);
inline const QColor kMuted(0x5f, 0x63, 0x68);
inline const QColor kAccent(0x1d, 0x4e, 0x89);
inline const QColor kAccentPale(0xe6, 0xee, 0xf7);
inline const QColor kRule(0xc4, 0xc9, 0xd0);
inline const QColor kStripe(0xf6, 0xf7, 0xf9);
inline const QColor kWarning(0xb3, 0x4a, 0x00);
} // namespace palette

/// The organisation that issues a report: the settings `organisation_name` (trimmed, empty when
/// unset) and `organisation_logo` (PNG or JPEG bytes in base64; a null image when unset or
/// when the bytes are not an image, so that a broken logo never stops a report).
struct Organisation
{
    QString name;
    QImage logo;
};
[[nodiscard]] Result<Organisation> organisationOf(Database& db);

/// A painter on a paged device with the page's size in points and helpers that take points.
class ReportCanvas
{
public:
    /// Sets `device` to A4 in `orientation` without margins (or with the printer's smallest ones
    /// when it refuses none) and begins painting. Io when the device cannot be painted on.
    [[nodiscard]] Result<void> begin(QPagedPaintDevice& device, QPageLayout::Orientation orientation);
    /// The next page. Io when the device refuses it.
    [[nodiscard]] Result<void> newPage();
    [[nodiscard]] Result<void> end();

    QPainter& painter() { return m_painter; }
    double width() const { return m_width; }   ///< of the page's paintable area, in points
    double height() const { return m_height; } ///< likewise

    /// `rect` (points) in device units.
    QRectF toDevice(const QRectF& rect) const;

    /// `s` on one line in `rect`, elided at the right when too wide.
    void text(const QRectF& rect, const QString& s, const QFont& font, const QColor& colour,
              int flags = Qt::AlignLeft | Qt::AlignVCenter);
    /// `s` wrapped at word boundaries in `rect`; returns the height used, in points.
    double paragraph(const QRectF& rect, const QString& s, const QFont& font, const QColor& colour,
                     int flags = Qt::AlignLeft | Qt::AlignTop);
    /// The height `s` takes wrapped in `width` points.
    double paragraphHeight(double width, const QString& s, const QFont& font) const;
    /// The width of `s` on one line, in points.
    double textWidth(const QString& s, const QFont& font) const;

    void fill(const QRectF& rect, const QColor& colour);
    void frame(const QRectF& rect, const QColor& colour, double penPoints);
    void line(QPointF from, QPointF to, const QColor& colour, double penPoints);
    /// `image` scaled to fit `rect`, its aspect kept, against the left and top of `rect`.
    /// Returns the width used, in points.
    double image(const QRectF& rect, const QImage& image);

private:
    QPagedPaintDevice* m_device = nullptr;
    QPainter m_painter;
    double m_unit = 1; ///< device units in a point
    double m_width = 0;
    double m_height = 0;
};

} // namespace parcours::print
