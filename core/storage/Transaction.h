// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

namespace parcours {

class Database;

/// A write transaction, begun with `BEGIN IMMEDIATE` so that the write lock is taken at once
/// (or a busy error reported at once) rather than half-way through. Rolled back when destroyed
/// without commit(). Not nestable: a second Transaction on the same database fails to begin.
class Transaction
{
public:
    /// Begins; check begin's result through ok() / error().
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    /// The result of BEGIN IMMEDIATE.
    [[nodiscard]] const Result<void>& begun() const { return m_begun; }
    [[nodiscard]] Result<void> commit();
    void rollback();

private:
    Database& m_db;
    Result<void> m_begun;
    bool m_open = false;
};

} // namespace parcours
