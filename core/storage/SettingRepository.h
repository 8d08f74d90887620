// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>

#include <optional>

namespace parcours {

class Database;

/// Reads and writes the settings kept in the file (the `setting` table of migration 0002).
class SettingRepository
{
public:
    explicit SettingRepository(Database& db) : m_db(db) {}

    /// The value of `key`; nothing when the file has no such setting.
    [[nodiscard]] Result<std::optional<QString>> value(const QString& key) const;
    /// Sets `key` to `value` (an empty value stores NULL); needs a Transaction.
    [[nodiscard]] Result<void> setValue(const QString& key, const QString& value);

private:
    Database& m_db;
};

} // namespace parcours
