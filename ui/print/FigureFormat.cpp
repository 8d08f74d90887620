// SPDX-License-Identifier: GPL-3.0-or-later
#include "FigureFormat.h"

#include <cmath>

namespace parcours::print::format {

namespace {

/// Languages whose CLDR percent pattern puts a space before the sign ("#,##0 %"). QLocale does
/// not expose the pattern; these are the languages Parcours is likely to print in. The space is
/// CLDR's narrow no-break space (U+202F), as QLocale's French group separator.
bool spacedPercent(const QLocale& locale)
{
    switch (locale.language()) {
    case QLocale::French:
    case QLocale::German:
    case QLocale::Spanish:
    case QLocale::Italian:
        return true;
    default:
        return false;
    }
}

} // namespace

QString longDate(const QDate& date, const QLocale& locale)
{
    return locale.toString(date, QStringLiteral("d MMMM yyyy"));
}

QString none()
{
    return QStringLiteral("–");
}

QString number(double value, const QLocale& locale, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    double rounded = std::round(value * scale) / scale;
    if (rounded == 0)
        rounded = 0; // no "-0"
    return locale.toString(rounded, 'f', QLocale::FloatingPointShortest);
}

QString percent(std::optional<double> rate, const QLocale& locale)
{
    if (!rate)
        return none();
    const QString digits = number(*rate * 100, locale, 1);
    const QString sign = locale.percent();
    return spacedPercent(locale) ? digits + QChar(0x202F) + sign : digits + sign;
}

} // namespace parcours::print::format
