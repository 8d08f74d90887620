// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>

#include <optional>

namespace parcours {

class Database;

/// Reads the settings kept in the file (the `setting` table of migration 0002).
class SettingRepository
{
public:
    explicit SettingRepository(Database& db) : m_db(db) {}

    /// The value of `key`; nothing when the file has no such setting.
    [[nodiscard]] Result<std::optional<QString>> value(const QString& key) const;

private:
    Database& m_db;
};

} // namespace parcours
