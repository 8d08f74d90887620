// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace parcours {

/// The kinds of failure the core reports; the ui turns each into a translated sentence.
enum class ErrorCode {
    Io,           ///< a file could not be read or written
    NotADatabase, ///< the file is not a SQLite database, or not a Parcours one
    NewerVersion, ///< the file was written by a newer Parcours
    Corrupt,      ///< integrity or foreign-key check failed
    ReadOnly,     ///< the database is open read-only
    Busy,         ///< another program holds the write lock
    Locked,       ///< another Parcours has the file open for writing (args: host, user, since, pid, program)
    DiskFull,     ///< the disk (or the file's size limit) is full: nothing was written
    Sql,          ///< an unexpected database error
    Invalid,      ///< input that breaks a rule of the domain (see Error::problems)
    NotFound,     ///< a ref that resolves to nothing
    Exists,       ///< the target already exists (init over an existing file)
    Usage,        ///< a call with arguments that do not fit
};

/// One thing wrong with one piece of input: `file:line: field: reason`.
/// `file` and `line` are empty/0 when the input did not come from a file.
struct Problem
{
    QString file;
    int line = 0;
    QString field;
    QString reason;

    /// `file:line: field: reason`, leaving out what is unknown.
    QString toString() const;
    bool operator==(const Problem& o) const
    {
        return file == o.file && line == o.line && field == o.field && reason == o.reason;
    }
};

/// A failure: a code, an English detail for logs and the command line, its arguments, and for
/// ErrorCode::Invalid every problem found (not just the first).
struct Error
{
    ErrorCode code = ErrorCode::Sql;
    QString detail;
    QStringList args;
    QList<Problem> problems;

    /// The detail followed by one line per problem.
    QString toString() const;
};

/// An Invalid error carrying the given problems.
Error invalid(QList<Problem> problems, QString detail = {});

} // namespace parcours
