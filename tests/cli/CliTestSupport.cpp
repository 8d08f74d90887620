// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliTestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <stdexcept>

namespace parcours::test {

namespace {

QStringList lines(const QByteArray& bytes)
{
    QStringList out = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
    if (!out.isEmpty() && out.constLast().isEmpty())
        out.removeLast();
    return out;
}

} // namespace

QStringList CliRun::errLines() const
{
    return lines(err);
}

QStringList CliRun::outLines() const
{
    return lines(out);
}

QString fakeHome()
{
    static QTemporaryDir home;
    return home.path();
}

CliRun runCli(const QStringList& arguments, const QMap<QString, QString>& environment)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PARCOURS_TODAY"));
    env.insert(QStringLiteral("HOME"), fakeHome());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), fakeHome() + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), fakeHome() + QStringLiteral("/data"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());

    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PARCOURS_CLI_PATH), arguments);
    if (!p.waitForStarted(30000))
        throw std::runtime_error("cannot start " PARCOURS_CLI_PATH);
    if (!p.waitForFinished(180000))
        throw std::runtime_error("parcours-cli did not finish");
    CliRun run;
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

QMap<QString, QByteArray> readFolder(const QString& dir)
{
    QMap<QString, QByteArray> out;
    const QDir d(dir);
    for (const QString& name : d.entryList(QDir::Files, QDir::Name)) {
        QFile f(d.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            throw std::runtime_error("cannot read " + name.toStdString());
        out.insert(name, f.readAll());
    }
    return out;
}

QList<QStringList> parseCsv(const QByteArray& bytes, QChar separator)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool any = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            quoted = true;
            any = true;
        } else if (c == separator) {
            row << cell;
            cell.clear();
            any = true;
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            any = false;
        } else {
            cell += c;
            any = true;
        }
    }
    if (any || !cell.isEmpty()) {
        row << cell;
        rows << row;
    }
    return rows;
}

void copyFolder(const QString& from, const QString& to)
{
    QDir().mkpath(to);
    const QDir d(from);
    for (const QString& name : d.entryList(QDir::Files))
        if (!QFile::copy(d.filePath(name), QDir(to).filePath(name)))
            throw std::runtime_error("cannot copy " + name.toStdString());
}

} // namespace parcours::test
