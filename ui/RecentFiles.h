// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace parcours::ui {

/// The files opened lately, most recent first, kept in QSettings.
class RecentFiles
{
public:
    static constexpr int kMaxCount = 8;

    /// The files that still exist, most recent first; forgets the ones that are gone.
    static QStringList list();
    /// Puts `path` first (moving it up when already there), keeping at most kMaxCount.
    static void add(const QString& path);
    static void remove(const QString& path);
    static void clear();
};

} // namespace parcours::ui
