// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"

#include "core/storage/FileLocation.h"

#include <QFileInfo>
#include <QLocale>

#include <cstdio>

namespace parcours::cli {

namespace {

void write(std::FILE* stream, const QString& line)
{
    const QByteArray bytes = (line + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stream);
    std::fflush(stream);
}

// Details come from the core in one line each; a stray line break would break the
// one-line-per-problem contract.
QString oneLine(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("; "));
    text.replace(QLatin1Char('\n'), QLatin1String("; "));
    return text;
}

QString lockedSentence(const Error& e)
{
    const LockOwner holder = WriteLock::ownerOf(e);
    const QString since = holder.since.isValid()
        ? QLocale().toString(holder.since.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm"))
        : Cli::tr("an unknown time");
    return Cli::tr("open for writing on computer %1 by user %2 since %3 (process %4); only one program "
                   "may write at a time: try again once it is closed")
        .arg(holder.host, holder.user, since)
        .arg(holder.pid);
}

} // namespace

void CliContext::out(const QString& line) const
{
    write(stdout, line);
}

void CliContext::err(const QString& line) const
{
    write(stderr, line);
}

void CliContext::error(const QString& subject, const QString& message) const
{
    if (subject.isEmpty())
        err(programName() + QLatin1String(": ") + oneLine(message));
    else
        err(programName() + QLatin1String(": ") + subject + QLatin1String(": ") + oneLine(message));
}

void CliContext::error(const QString& subject, const Error& e) const
{
    error(subject, describe(e));
    for (const Problem& p : e.problems)
        err(oneLine(p.toString()));
}

int CliContext::usageError(const QString& command, const QString& message) const
{
    const QString who = command.isEmpty() ? programName() : programName() + QLatin1Char(' ') + command;
    err(who + QLatin1String(": ") + oneLine(message));
    err(Cli::tr("Try '%1 --help'.").arg(who));
    return kExitUsage;
}

int CliContext::exitStatusFor(const Error& e)
{
    return e.code == ErrorCode::Usage ? kExitUsage : kExitUserError;
}

QString CliContext::describe(const Error& e)
{
    QString sentence;
    switch (e.code) {
    case ErrorCode::Io:
        sentence = Cli::tr("cannot read or write the file: check that its disk is there, has free space "
                           "and may be written");
        break;
    case ErrorCode::NotADatabase: sentence = Cli::tr("not a Parcours database"); break;
    case ErrorCode::NewerVersion:
        sentence = Cli::tr("made by a newer version of Parcours; update Parcours to open it");
        break;
    case ErrorCode::Corrupt: sentence = Cli::tr("the file is damaged"); break;
    case ErrorCode::ReadOnly: sentence = Cli::tr("the file cannot be written"); break;
    case ErrorCode::Busy: sentence = Cli::tr("another program is writing to the file; try again later"); break;
    case ErrorCode::Locked: return lockedSentence(e);
    case ErrorCode::DiskFull:
        sentence = Cli::tr("the disk is full; nothing was written: free some space and try again");
        break;
    case ErrorCode::Sql: sentence = Cli::tr("database error"); break;
    case ErrorCode::Invalid: sentence = Cli::tr("invalid data"); break;
    // For these the core's detail is the whole message.
    case ErrorCode::NotFound:
        return e.detail.isEmpty() ? Cli::tr("not found") : oneLine(e.detail);
    case ErrorCode::Exists:
        return e.detail.isEmpty() ? Cli::tr("already exists") : oneLine(e.detail);
    case ErrorCode::Usage:
        return e.detail.isEmpty() ? Cli::tr("cannot be used this way") : oneLine(e.detail);
    }
    return e.detail.isEmpty() ? sentence : sentence + QLatin1String(" (") + oneLine(e.detail) + QLatin1Char(')');
}

void CliContext::warnAboutLocation(const QString& path) const
{
    const FileLocation where = FileLocation::of(path);
    if (where.risk == FileLocation::Risk::Local)
        return;
    error(path, Cli::tr("warning: this file is in %1 (%2); SQLite files can be damaged when written there. "
                        "Keep it on this computer's disk; for several offices see 'Working in several offices' in README.md")
                    .arg(where.risk == FileLocation::Risk::NetworkShare ? Cli::tr("a network folder")
                                                                         : Cli::tr("a synchronised folder"),
                         where.what));
}

std::unique_ptr<Database> CliContext::openExisting(const QString& path, OpenMode mode) const
{
    const QFileInfo info(path);
    if (!info.exists()) {
        error(path, Cli::tr("does not exist (create a database with '%1 init')").arg(programName()));
        return nullptr;
    }
    if (info.isDir()) {
        error(path, Cli::tr("is a folder, not a database file"));
        return nullptr;
    }
    std::unique_ptr<WriteLock> lock;
    if (mode == OpenMode::ReadWrite) {
        auto taken = WriteLock::acquire(QFileInfo(path).absoluteFilePath(), programName());
        if (!taken) {
            error(path, taken.error());
            return nullptr;
        }
        lock = std::move(*taken);
        warnAboutLocation(path);
    }
    auto db = Database::open(path, mode);
    if (!db) {
        error(path, db.error());
        return nullptr;
    }
    if (lock)
        m_lock = std::move(lock);
    (*db)->setAuditActor(auditActor());
    return std::move(*db);
}

AuditActor CliContext::auditActor() const
{
    const QString name = m_user.trimmed().isEmpty() ? qEnvironmentVariable("PARCOURS_USER") : m_user;
    AuditActor actor = AuditActor::ofThisProcess(name);
    actor.program = programName();
    return actor;
}

} // namespace parcours::cli
