// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QList>
#include <QStringList>

#include <optional>

class QDate;

namespace parcours::cli {

class CliContext;

/// The options and arguments of one command: a QCommandLineParser with the options every
/// command has (--db, --help), a fixed list of positional arguments, and cli.md's rules for
/// mistakes (a usage error, exit status 2).
class CommandLine
{
public:
    CommandLine(const CliContext& cli, QString command, QString description);

    void addOption(const QCommandLineOption& option) { m_parser.addOption(option); }
    /// A required positional argument, shown as `name` in the usage line.
    void addArgument(const QString& name, const QString& description);

    /// Parses the arguments that follow the command name. Returns an exit status when the
    /// command must stop here (after printing help: kExitOk; after a usage error: kExitUsage),
    /// nothing when it can run.
    std::optional<int> parse(const QStringList& arguments);

    bool isSet(const QString& name) const { return m_parser.isSet(name); }
    QString value(const QString& name) const { return m_parser.value(name); }
    /// Every value of an option given several times (`--cohort A --cohort B`).
    QStringList values(const QString& name) const { return m_parser.values(name); }
    /// The positional arguments, in the order of addArgument().
    QString argument(int index) const { return m_parser.positionalArguments().value(index); }
    /// The file of --db, or the default database file (AppPaths::defaultDatabasePath()).
    QString databasePath() const;
    /// True when --db was not given and the default file is used.
    bool usesDefaultDatabase() const { return !m_parser.isSet(QStringLiteral("db")); }

    /// The cohort's ref of the required --cohort option into `ref`; an exit status (a usage
    /// error) when --cohort is missing or blank.
    std::optional<int> requireCohort(QString& ref) const;
    /// The file of the required -o/--output option into `file`; an exit status (a usage error)
    /// when -o is missing or empty.
    std::optional<int> requireOutput(QString& file) const;

    /// A usage error of this command (see CliContext::usageError).
    int usageError(const QString& message) const;
    QString helpText() const;

private:
    const CliContext& m_cli;
    QString m_command;
    QStringList m_arguments;
    QCommandLineParser m_parser;
};

/// A date of the command line: YYYY-MM-DD exactly (2025-03-17), or nothing when it is not one.
std::optional<QDate> isoDate(const QString& text);

/// One command of a command that has several (timetable, report).
struct Subcommand
{
    const char* name;
    const char* summary; ///< source string, context "Cli"
    int (*run)(const CliContext& cli, const QStringList& arguments);
};

/// Runs the subcommand that the first argument names, with the arguments after it. Prints the
/// help of `command` (usage, `description`, one line per subcommand) for --help or -h; a usage
/// error of `command` naming the subcommands for no argument or a name that is none of them.
int runSubcommand(const CliContext& cli, const QString& command, const QString& description,
                  const QList<Subcommand>& subcommands, const QStringList& arguments);

} // namespace parcours::cli
