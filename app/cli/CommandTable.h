// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace parcours::cli {

class CliContext;

/// One command of parcours-cli: its name, a one-line summary for `parcours-cli --help`, and the
/// function that runs it with the arguments after its name and returns the exit status.
struct Command
{
    const char* name;
    const char* summary; ///< source string, translation context "Cli"
    int (*run)(const CliContext& cli, const QStringList& arguments);
};

/// Every command, in the order `--help` lists them. A new command is one file with its run
/// function, declared below, and one line in CommandTable.cpp.
const QList<Command>& commands();

/// Runs the command line after the program name: a command, or --help / --version.
int runCommandLine(const CliContext& cli, const QStringList& arguments);

// DatabaseCommands.cpp
int runInit(const CliContext& cli, const QStringList& arguments);
int runCheck(const CliContext& cli, const QStringList& arguments);
int runBackup(const CliContext& cli, const QStringList& arguments);
// ExchangeCommands.cpp
int runImportDir(const CliContext& cli, const QStringList& arguments);
int runExportDir(const CliContext& cli, const QStringList& arguments);
int runImport(const CliContext& cli, const QStringList& arguments);
int runExport(const CliContext& cli, const QStringList& arguments);
// DemoCommand.cpp
int runDemo(const CliContext& cli, const QStringList& arguments);
// StatsCommand.cpp
int runStats(const CliContext& cli, const QStringList& arguments);
// TimetableCommand.cpp
int runTimetable(const CliContext& cli, const QStringList& arguments);
// PlanCommand.cpp
int runPlan(const CliContext& cli, const QStringList& arguments);
// ReportCommand.cpp
int runReport(const CliContext& cli, const QStringList& arguments);
// MatchCommand.cpp
int runMatch(const CliContext& cli, const QStringList& arguments);
// AuditCommand.cpp
int runAudit(const CliContext& cli, const QStringList& arguments);
// PrivacyAccessCommand.cpp: `privacy access`, a row of the table of PrivacyCommand.cpp
int runPrivacyAccess(const CliContext& cli, const QStringList& arguments);
// PrivacyCommand.cpp
int runPrivacy(const CliContext& cli, const QStringList& arguments);

} // namespace parcours::cli
