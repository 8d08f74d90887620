// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace parcours {

class Database;

/// The settings of printed reports kept in the file: the organisation's name and logo on every
/// printout, and the small-count threshold of the review pack. Read by the reports, written by
/// the Report settings dialog.
class ReportSettings
{
public:
    /// Text; the letterhead of every printout (trimmed, empty = none).
    static const QString kOrganisationNameKey;
    /// The logo file's bytes (PNG or JPEG), base64-encoded so that the file carries it.
    static const QString kOrganisationLogoKey;
    /// Aggregate cells of the review pack below this count are suppressed.
    static const QString kSmallCountThresholdKey;
    static constexpr int kDefaultSmallCountThreshold = 3;
    static constexpr int kMinSmallCountThreshold = 1;
    static constexpr int kMaxSmallCountThreshold = 50;
    /// A logo larger than this is refused: it travels in every copy of the file and every PDF.
    static constexpr int kMaxLogoBytes = 512 * 1024;

    struct Values
    {
        QString organisationName;
        QByteArray logo; ///< the image file's bytes (not base64); empty = no logo
        int smallCountThreshold = kDefaultSmallCountThreshold;
    };

    explicit ReportSettings(Database& db) : m_db(db) {}

    /// The stored values; a missing or unreadable threshold reads as the default.
    [[nodiscard]] Result<Values> read() const;
    [[nodiscard]] Result<int> smallCountThreshold() const;
    /// Writes the three in one transaction. Invalid (nothing written) for a threshold out of
    /// range or a logo over kMaxLogoBytes; whether the bytes are an image is the caller's check
    /// (the core has no image decoder).
    [[nodiscard]] Result<void> write(const Values& values);

private:
    Database& m_db;
};

} // namespace parcours
