// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingRepository.h"

#include "SqlSupport.h"

namespace parcours {

Result<std::optional<QString>> SettingRepository::value(const QString& key) const
{
    auto v = storage::selectValue(m_db, QStringLiteral("SELECT value FROM setting WHERE key = ?"), {key});
    if (!v)
        return fail(v.error());
    if (!*v || (*v)->isNull())
        return std::optional<QString>();
    return std::optional<QString>((*v)->toString());
}

} // namespace parcours
