// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QTemporaryDir>

namespace parcours {
class Database;
}

namespace parcours::test {

/// QSettings kept in a temporary folder while the object lives, so that tests never read or
/// change the settings of the person running them, and start from none.
class IsolatedSettings
{
public:
    IsolatedSettings();
    ~IsolatedSettings();

private:
    QTemporaryDir m_dir;
};

/// Sets the default locale and the translators of a language while the object lives; back to
/// the C locale (with the English translator, as for any language Parcours lacks) afterwards.
class ScopedLanguage
{
public:
    explicit ScopedLanguage(const QLocale& locale);
    ~ScopedLanguage();
};

/// Fills `db` through the repositories with a small known set (see UiTestSupport.cpp): one
/// site, one cohort, three participants (one of them Hélène Zerrouki), two volunteers.
void fillSample(Database& db);

} // namespace parcours::test
