// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QVariant>

#include <optional>

namespace parcours {
class Database;
}

namespace parcours::storage {

/// Turns the refs of one record into row ids, noting a problem for every ref that resolves to
/// nothing, so that a save reports all its unknown refs at once. Internal to core/storage.
class RefResolver
{
public:
    explicit RefResolver(const Database& db) : m_db(db) {}

    /// The id of the row of `table` whose ref is `ref`, as a value to bind; NULL for an empty
    /// ref (an optional link). An unknown ref is reported on `field` as "unknown `what` 'X'".
    QVariant id(const QString& field, const QString& table, const QString& what, const QString& ref);

    /// What the save must return instead of going on: a failed query, or ErrorCode::NotFound
    /// carrying every unknown ref. Nothing when every ref resolved.
    std::optional<Error> error() const;

private:
    const Database& m_db;
    QList<Problem> m_unknown;
    std::optional<Error> m_failure;
};

} // namespace parcours::storage
