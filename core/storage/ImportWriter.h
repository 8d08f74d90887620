// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <memory>

namespace parcours {

class Database;
struct Participant;

/// The inserts of an exchange import (ImportRun) for rows the importer has already validated
/// and knows to be new (no stored row has their ref): each row bound straight to one prepared
/// SQLite statement kept for the import, without the repository's second validation, its
/// lookup by ref and its QVariant list. A row is stored exactly as the repository's save stores
/// it (same columns, NULL for the same empty values); a failure is the Error the repository
/// would give (a constraint names its column). Needs the caller's open Transaction.
class ImportWriter
{
public:
    explicit ImportWriter(Database& db);
    ~ImportWriter();
    ImportWriter(const ImportWriter&) = delete;
    ImportWriter& operator=(const ImportWriter&) = delete;

    /// Inserts `value` (validated, its ref not stored) and returns its id.
    [[nodiscard]] Result<qint64> insertParticipant(const Participant& value);

private:
    struct Impl;
    Database& m_db;
    std::unique_ptr<Impl> d;
};

} // namespace parcours
