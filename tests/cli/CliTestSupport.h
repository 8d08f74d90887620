// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace parcours::test {

/// What one run of the real parcours-cli binary gave.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    /// Standard error split into lines, without the last empty one.
    QStringList errLines() const;
    QStringList outLines() const;
};

/// Runs parcours-cli with `arguments` and waits for it. HOME and the XDG folders point into a
/// temporary folder of this test process, so that the default database and settings are never
/// the real user's; PARCOURS_TODAY is unset unless `environment` sets it.
CliRun runCli(const QStringList& arguments, const QMap<QString, QString>& environment = {});

/// The folder that stands for the user's home in runCli.
QString fakeHome();

/// Every file of a folder (not recursive): name -> bytes.
QMap<QString, QByteArray> readFolder(const QString& dir);

/// The rows of a CSV text (RFC 4180: quoted cells with separators, quotes and line breaks),
/// the header first.
QList<QStringList> parseCsv(const QByteArray& bytes, QChar separator = QLatin1Char(','));

/// Copies the files of a folder into another (created).
void copyFolder(const QString& from, const QString& to);

} // namespace parcours::test
