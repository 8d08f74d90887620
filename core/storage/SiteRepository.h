// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Room.h"
#include "core/domain/Site.h"

#include <optional>

namespace parcours {

class Database;

/// Reads and writes sites and their rooms.
class SiteRepository
{
public:
    explicit SiteRepository(Database& db) : m_db(db) {}

    [[nodiscard]] Result<QList<Site>> all() const; ///< ordered by ref
    [[nodiscard]] Result<std::optional<Site>> find(const QString& ref) const;
    [[nodiscard]] Result<Site> save(Site value);   ///< upsert by ref; needs a Transaction
    [[nodiscard]] Result<void> remove(const QString& ref);
    [[nodiscard]] Result<QString> nextRef() const; ///< `S-000001`

    [[nodiscard]] Result<QList<Room>> rooms() const; ///< every room, ordered by ref
    [[nodiscard]] Result<QList<Room>> roomsOf(const QString& siteRef) const;
    [[nodiscard]] Result<std::optional<Room>> findRoom(const QString& ref) const;
    [[nodiscard]] Result<Room> saveRoom(Room value);
    [[nodiscard]] Result<void> removeRoom(const QString& ref);
    [[nodiscard]] Result<QString> nextRoomRef() const; ///< `R-000001`

private:
    Database& m_db;
};

} // namespace parcours
