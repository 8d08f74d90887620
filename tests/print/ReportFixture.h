// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A Parcours file for the tests of the reports: the mini fixture (cohort MINI) plus extra rows
// given per file of the exchange format, imported as the office would import them.

#include "TestDatabase.h"

#include <QMap>
#include <QString>

namespace parcours::test {

class ReportFixture
{
public:
    /// `extra`: rows appended to the mini fixture's files (file name -> CSV lines).
    explicit ReportFixture(const QMap<QString, QByteArray>& extra = {});
    Database& db() { return m_db.db(); }
    QString file(const QString& name) const { return m_db.dir() + QLatin1Char('/') + name; }
    /// Stores a setting as the Report settings dialog does.
    void setSetting(const QString& key, const QString& value);

private:
    TestDatabase m_db;
};

/// The PDF's text in the order it was painted (pdftotext -raw: a table row reads cell after
/// cell whatever the columns' widths), every run of spaces and no-break spaces folded into one
/// space; pages separated by a space.
QString paintedText(const QString& pdf);

/// A small PNG logo (a blue square with a white bar), base64 as the setting stores it.
QString logoBase64();

/// True when the French translation is embedded in this program (the report tests in French
/// need it).
bool hasFrench();

} // namespace parcours::test
