// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportLanguage.h"

#include <QTranslator>

namespace parcours::print {

ReportLanguage::ReportLanguage(const QLocale& locale) : m_locale(locale)
{
    auto translator = std::make_unique<QTranslator>();
    // The same files and lookup as installTranslators (resources/Translations.cpp): fr-FR, fr, ...
    if (translator->load(locale, QStringLiteral("parcours"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        m_translator = std::move(translator);
}

ReportLanguage::~ReportLanguage() = default;

QString ReportLanguage::translate(const char* context, const char* source, const char* disambiguation, int n) const
{
    QString text;
    if (m_translator)
        text = m_translator->translate(context, source, disambiguation, n);
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0)
        text.replace(QStringLiteral("%n"), m_locale.toString(n));
    return text;
}

} // namespace parcours::print
