// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Volunteer.h"

#include <functional>
#include <optional>

namespace parcours {

class Database;

/// Reads and writes volunteers.
class VolunteerRepository
{
public:
    explicit VolunteerRepository(Database& db) : m_db(db) {}

    /// Every volunteer, ordered by ref.
    [[nodiscard]] Result<QList<Volunteer>> all() const;
    /// Each volunteer in the order of all(), one at a time.
    [[nodiscard]] Result<void> forEach(const std::function<void(const Volunteer&)>& onVolunteer) const;
    [[nodiscard]] Result<std::optional<Volunteer>> find(const QString& ref) const;
    [[nodiscard]] Result<int> count() const;
    /// Inserts, or updates the row with the same ref; validates first (ErrorCode::Invalid with
    /// every problem) and resolves refs (ErrorCode::NotFound). Needs an open Transaction.
    [[nodiscard]] Result<Volunteer> save(Volunteer value);
    /// Deletes by ref, with what depends on it (see the schema's ON DELETE). Needs a Transaction.
    [[nodiscard]] Result<void> remove(const QString& ref);
    /// The next free generated ref: `V-000124`.
    [[nodiscard]] Result<QString> nextRef() const;

private:
    Database& m_db;
};

} // namespace parcours
