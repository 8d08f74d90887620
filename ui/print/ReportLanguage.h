// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Codes.h"

#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

namespace parcours::print {

/// The language of one printed report, chosen for that report whatever the program's own
/// language: a French office sends an English report to a funder without switching its screens.
///
/// It holds its own QTranslator, loaded from the embedded translations (`:/i18n/parcours_<lang>.qm`
/// of parcours_translations) and never installed in the application: painting a report on a
/// worker thread changes no other text of the program. The report's strings are marked for
/// lupdate by the calls `translate("Context", "Source")`. A language Parcours does not have (or a
/// program without the embedded translations) prints the English sources; figures and dates
/// still follow `locale`.
class ReportLanguage
{
public:
    explicit ReportLanguage(const QLocale& locale);
    ~ReportLanguage();
    ReportLanguage(const ReportLanguage&) = delete;
    ReportLanguage& operator=(const ReportLanguage&) = delete;

    const QLocale& locale() const { return m_locale; }

    /// `source` of `context` in the report's language; with `n` >= 0, the plural form for `n`
    /// with `%n` replaced by `n` in the locale's digits.
    QString translate(const char* context, const char* source, const char* disambiguation = nullptr,
                      int n = -1) const;

    /// The label of a code (module, milestone, situation) in the report's language.
    template<class E>
    QString label(E value) const
    {
        return translate("Codes", labelOf(value));
    }

private:
    QLocale m_locale;
    std::unique_ptr<QTranslator> m_translator; ///< null when no translation was found
};

} // namespace parcours::print
