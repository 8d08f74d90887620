// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QString>

namespace parcours::ui {

/// Turns the errors of imports, exports and backups into translated sentences (ErrorMessages
/// does the same for opening and editing a file).
class FileTransferMessages
{
    Q_DECLARE_TR_FUNCTIONS(FileTransferMessages)
public:
    /// Why an import (a folder or one CSV file) stopped as a whole; bad rows are not errors but
    /// lines of the import's report.
    static QString importFailed(const Error& error);
    /// Why the export into `dir` failed.
    static QString exportFailed(const Error& error, const QString& dir);
    /// Why the backup to `target` failed.
    static QString backupFailed(const Error& error, const QString& target);
};

} // namespace parcours::ui
