// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/storage/Database.h"
#include "core/storage/WriteLock.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace parcours::cli {

/// The translation context of parcours-cli's messages: `Cli::tr("...")`.
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/// Exit statuses of cli.md.
enum ExitStatus : int {
    kExitOk = 0,        ///< success
    kExitUserError = 1, ///< bad input, unknown ref, a file that cannot be used
    kExitUsage = 2,     ///< unknown command or option, missing or extra argument
};

/// What every command shares: the output streams, the one-line error format and opening the
/// database named by --db.
class CliContext
{
public:
    static QString programName() { return QStringLiteral("parcours-cli"); }

    /// One line on standard output.
    void out(const QString& line) const;
    /// One line on standard error, as it is.
    void err(const QString& line) const;
    /// `parcours-cli: <subject>: <message>` on standard error (no subject: `parcours-cli: <message>`).
    void error(const QString& subject, const QString& message) const;
    /// An error of the core as one line about `subject`, then one line per problem it carries.
    void error(const QString& subject, const Error& e) const;
    /// `parcours-cli <command>: <message>` and a hint to --help on standard error; returns kExitUsage.
    int usageError(const QString& command, const QString& message) const;

    /// The exit status for an error of the core: kExitUsage for ErrorCode::Usage, else kExitUserError.
    static int exitStatusFor(const Error& e);
    /// A short translated sentence for an error, with its detail.
    static QString describe(const Error& e);

    /// Opens an existing database. A missing file is reported (never created) and the file is
    /// left as it was on any failure; nullptr after printing one line. For writing, takes the
    /// file's WriteLock first (held until the program ends) and warns when the file is on a
    /// network or synchronised folder.
    std::unique_ptr<Database> openExisting(const QString& path, OpenMode mode) const;

    /// The name changes are recorded under in the audit log: --user, else the environment
    /// variable PARCOURS_USER, else the OS user (AuditActor::ofThisProcess).
    AuditActor auditActor() const;
    /// The name of --user (CommandLine::parse sets it).
    void setUser(const QString& name) const { m_user = name; }

private:
    void warnAboutLocation(const QString& path) const;
    mutable std::unique_ptr<WriteLock> m_lock;
    mutable QString m_user;
};

} // namespace parcours::cli
