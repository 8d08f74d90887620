// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace parcours {

/// Coarse, documented groupings of what the review pack says about a person, so that a row
/// cannot name a country or a birth year (see core/reports/REVIEW_PACK.md).
class WorldRegion
{
public:
    /// The region of an ISO 3166-1 alpha-2 country code: the seven SDG regions of the UN
    /// statistics division's M49 standard (Australia/New Zealand merged into Oceania):
    /// `sub_saharan_africa`, `northern_africa_western_asia`, `central_southern_asia`,
    /// `eastern_southeastern_asia`, `latin_america_caribbean`, `oceania`,
    /// `europe_northern_america`. Empty for an empty or unknown code. Case-insensitive.
    static QString ofCountry(const QString& isoCode);

    /// Every region code, in the order above.
    static QStringList codes();

    /// The age band on `on` of someone born on `birthDate`: `under_26`, `26_35`, `36_45`,
    /// `46_plus`; empty when the birth date is unknown (or after `on`).
    static QString ageBand(const QDate& birthDate, const QDate& on);
};

} // namespace parcours
