// SPDX-License-Identifier: GPL-3.0-or-later
#include "RefResolver.h"

#include "SqlSupport.h"

namespace parcours::storage {

QVariant RefResolver::id(const QString& field, const QString& table, const QString& what, const QString& ref)
{
    if (ref.isEmpty() || m_failure)
        return {};
    auto found = idOfRef(m_db, table, ref);
    if (!found) {
        m_failure = found.error();
        return {};
    }
    if (!*found) {
        m_unknown.append({{}, 0, field, QStringLiteral("unknown %1 '%2'").arg(what, ref)});
        return {};
    }
    return **found;
}

std::optional<Error> RefResolver::error() const
{
    if (m_failure)
        return m_failure;
    if (m_unknown.isEmpty())
        return std::nullopt;
    Error e;
    e.code = ErrorCode::NotFound;
    e.detail = m_unknown.size() == 1 ? QStringLiteral("A reference resolves to nothing.")
                                     : QStringLiteral("%1 references resolve to nothing.").arg(m_unknown.size());
    e.problems = m_unknown;
    return e;
}

} // namespace parcours::storage
