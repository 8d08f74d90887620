// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How reports show figures: the one percent formatter of the printed reports, the dashboard and
// any other screen that shows a rate of indicators.md, so that "81,8 %" reads the same everywhere.

#include <QDate>
#include <QLocale>
#include <QString>

#include <optional>

namespace parcours::print::format {

/// A rate between 0 and 1 as a percentage with at most one decimal, in `locale`: `80 %` and
/// `81,8 %` in French (a narrow no-break space before the sign, as CLDR writes it), `80%` and
/// `81.8%` in English. A null rate (denominator 0) is an en dash.
QString percent(std::optional<double> rate, const QLocale& locale);

/// `value` with at most `decimals` decimals and no trailing zero (`12`, `9,9`), in `locale`.
QString number(double value, const QLocale& locale, int decimals = 1);

/// A date written out without its weekday: `3 mars 2025`, `3 March 2025`.
QString longDate(const QDate& date, const QLocale& locale);

/// The text of a null figure (a rate without denominator): an en dash.
QString none();

} // namespace parcours::print::format
