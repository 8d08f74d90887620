// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

class QCoreApplication;

namespace parcours {

/// Installs into `app` the translation of Parcours for `locale` (the embedded
/// `:/i18n/parcours_<lang>.qm`) and Qt's own `qtbase_<lang>.qm` when Qt ships one, replacing
/// translators a previous call installed. Returns true when a Parcours translation was found;
/// a language Parcours does not have gets the English one, false is returned.
bool installTranslators(QCoreApplication& app, const QLocale& locale);

/// The locale both programs use: the one named by the environment variable PARCOURS_LANG
/// (`fr`, `en`, `fr_FR`, ...) when set, else the system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG
/// on Linux; the user's settings on Windows and macOS).
QLocale preferredLocale();

} // namespace parcours
