// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Database.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace parcours::test {

/// Copies the CSV files of tests/data/exchange-mini into `dir` (created if missing).
void copyMiniFixture(const QString& dir);
/// Every `*.csv` of a folder by file name.
QMap<QString, QByteArray> folderFiles(const QString& dir);
/// Rows per exchange table, counted through the repositories.
QMap<QString, int> tableCounts(Database& db);
/// Replaces line `line` (1-based, without its line end) of a `\n`-ended text file.
void replaceLine(const QString& path, int line, const QByteArray& text);
/// Appends one line (a `\n` is added).
void appendLine(const QString& path, const QByteArray& text);

} // namespace parcours::test
