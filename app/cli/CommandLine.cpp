// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "CliContext.h"
#include "core/services/AppPaths.h"

#include <algorithm>

#include <QDate>
#include <QDir>

namespace parcours::cli {

CommandLine::CommandLine(const CliContext& cli, QString command, QString description)
    : m_cli(cli), m_command(std::move(command))
{
    m_parser.setApplicationDescription(description);
    m_parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, Cli::tr("Show this help and exit.")});
    m_parser.addOption({QStringLiteral("db"),
                        Cli::tr("The Parcours database file (default: %1).")
                            .arg(QDir::toNativeSeparators(AppPaths::defaultDatabasePath())),
                        Cli::tr("FILE")});
    m_parser.addOption({QStringLiteral("user"),
                        Cli::tr("The staff name the changes are recorded under in the audit log "
                                "(default: PARCOURS_USER, else the system user)."),
                        Cli::tr("NAME")});
}

void CommandLine::addArgument(const QString& name, const QString& description)
{
    m_arguments << name;
    m_parser.addPositionalArgument(name, description);
}

std::optional<int> CommandLine::parse(const QStringList& arguments)
{
    // QCommandLineParser expects the program first.
    if (!m_parser.parse(QStringList{CliContext::programName()} + arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_cli.out(helpText());
        return kExitOk;
    }
    if (m_parser.isSet(QStringLiteral("db")) && m_parser.value(QStringLiteral("db")).isEmpty())
        return usageError(Cli::tr("--db needs a file name"));
    if (m_parser.isSet(QStringLiteral("user"))) {
        if (m_parser.value(QStringLiteral("user")).trimmed().isEmpty())
            return usageError(Cli::tr("--user needs a name"));
        m_cli.setUser(m_parser.value(QStringLiteral("user")));
    }
    const QStringList given = m_parser.positionalArguments();
    if (given.size() < m_arguments.size())
        return usageError(Cli::tr("missing argument %1").arg(m_arguments.at(given.size())));
    if (given.size() > m_arguments.size())
        return usageError(Cli::tr("unexpected argument '%1'").arg(given.at(m_arguments.size())));
    return std::nullopt;
}

QString CommandLine::databasePath() const
{
    if (m_parser.isSet(QStringLiteral("db")))
        return m_parser.value(QStringLiteral("db"));
    return AppPaths::defaultDatabasePath();
}

int CommandLine::usageError(const QString& message) const
{
    return m_cli.usageError(m_command, message);
}

QString CommandLine::helpText() const
{
    // Qt's own usage line names the program only; ours names the command too.
    QString text = m_parser.helpText();
    const int firstLineEnd = text.indexOf(QLatin1Char('\n'));
    QString usage = Cli::tr("Usage: %1 %2 [options]").arg(CliContext::programName(), m_command);
    for (const QString& a : m_arguments)
        usage += QLatin1Char(' ') + a;
    text = usage + text.mid(firstLineEnd);
    while (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    return text;
}

std::optional<int> CommandLine::requireCohort(QString& ref) const
{
    if (!isSet(QStringLiteral("cohort")))
        return usageError(Cli::tr("--cohort REF is required"));
    ref = value(QStringLiteral("cohort"));
    if (ref.trimmed().isEmpty())
        return usageError(Cli::tr("--cohort needs a ref"));
    return std::nullopt;
}

std::optional<int> CommandLine::requireOutput(QString& file) const
{
    file = value(QStringLiteral("output"));
    if (!isSet(QStringLiteral("output")) || file.isEmpty())
        return usageError(Cli::tr("-o FILE is required"));
    return std::nullopt;
}

std::optional<QDate> isoDate(const QString& text)
{
    const QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

int runSubcommand(const CliContext& cli, const QString& command, const QString& description,
                  const QList<Subcommand>& subcommands, const QStringList& arguments)
{
    // The subcommands are named from the table, so that a new one needs only its row.
    QStringList names;
    qsizetype width = 0;
    for (const Subcommand& s : subcommands) {
        names << QString::fromLatin1(s.name);
        width = std::max(width, names.constLast().size());
    }
    const QString list = names.join(QStringLiteral(", "));
    if (arguments.isEmpty())
        return cli.usageError(command, Cli::tr("missing command: one of %1").arg(list));
    const QString first = arguments.constFirst();
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        QStringList lines;
        lines << Cli::tr("Usage: %1 %2 COMMAND [options]").arg(CliContext::programName(), command) << QString()
              << description << QString() << Cli::tr("Commands:");
        for (const Subcommand& s : subcommands)
            lines << QStringLiteral("  %1  %2").arg(QString::fromLatin1(s.name), -int(width)).arg(Cli::tr(s.summary));
        lines << QString() << Cli::tr("'%1 %2 COMMAND --help' tells more.").arg(CliContext::programName(), command);
        cli.out(lines.join(QLatin1Char('\n')));
        return kExitOk;
    }
    for (const Subcommand& s : subcommands)
        if (first == QLatin1String(s.name))
            return s.run(cli, arguments.mid(1));
    return cli.usageError(command, Cli::tr("unknown command '%1': one of %2").arg(first, list));
}

} // namespace parcours::cli
