// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QString>

namespace parcours::ui {

/// Turns the core's errors into translated sentences for a person.
class ErrorMessages
{
    Q_DECLARE_TR_FUNCTIONS(ErrorMessages)
public:
    /// Why `path` could not be opened, in a sentence chosen by the error's code.
    static QString openFailed(const Error& error, const QString& path);
    /// Why a new file could not be made at `path`.
    static QString createFailed(const Error& error, const QString& path);
    /// Why the content of the open file could not be read.
    static QString readFailed(const Error& error);
    /// Why an edit (a save, a deletion, an undo or redo) was not made; the file is as before it.
    static QString editFailed(const Error& error);
    /// Why a backup could not be put in place of the open file; the file is as before.
    static QString restoreFailed(const Error& error, const QString& backup);
    /// The technical detail shown under the sentence, for support.
    static QString details(const Error& error);
};

} // namespace parcours::ui
