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

Result<void> SettingRepository::setValue(const QString& key, const QString& value)
{
    if (auto ok = storage::requireWritable(m_db); !ok)
        return ok;
    const QVariant stored = storage::textOrNull(value);
    auto written = storage::write(m_db,
                                  QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?)"
                                                 " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                                  {key, stored});
    if (!written)
        return fail(written.error());
    return {};
}

} // namespace parcours
