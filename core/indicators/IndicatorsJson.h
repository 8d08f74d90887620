// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IndicatorFigures.h"

#include <QByteArray>
#include <QJsonObject>

namespace parcours {

/// The JSON of indicators.md (`parcours-cli stats --json`): keys in the spec's order, rates
/// rounded to 4 decimals, hours to 2, null for a rate whose denominator is 0.
///
/// Rounding is half away from zero, as a person rounds by hand (0.03125 -> 0.0313).
/// `attended_hours_avg` and `levels_gained_avg` are null too when nobody is in their
/// denominator (no enrolment; no enrolment with both French levels).
class IndicatorsJson
{
public:
    /// Indented UTF-8 text, ending with a newline.
    static QByteArray toJson(const IndicatorFigures& figures);
    /// The same document as an object (key order lost, values equal).
    static QJsonObject toObject(const IndicatorFigures& figures);
    /// `value` rounded to `decimals`, half away from zero.
    static double round(double value, int decimals);
};

} // namespace parcours
