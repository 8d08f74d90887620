// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>

namespace parcours::storage {

/// The first 100 bytes of a SQLite file, read without SQLite, so that a file can be judged
/// before any library that might write to it (a journal, a WAL) touches it. Internal to storage.
struct SqliteHeader
{
    qint64 fileSize = 0;
    int pageSize = 0;
    quint32 changeCounter = 0;
    quint32 pageCount = 0;     ///< "in-header database size", valid when validFor == changeCounter
    quint32 validFor = 0;
    bool walMode = false;      ///< read and write versions 2

    /// Reads the header of `path`: ErrorCode::NotADatabase for an empty file or one that does not
    /// start with "SQLite format 3", ErrorCode::Corrupt for an impossible page size or a file whose
    /// length is not what its header says (a truncated copy). Messages name the file.
    [[nodiscard]] static Result<SqliteHeader> read(const QString& path);
};

} // namespace parcours::storage
