// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/exchange/CsvWriter.h"

class QAbstractItemModel;

namespace parcours::ui {

/// A list as people see it, to CSV: the header row, then each row of `model` in its order
/// (a proxy: only the rows shown, sorted as shown), each cell as displayed.
class TableExport
{
public:
    static QByteArray csv(const QAbstractItemModel& model, CsvDialect dialect);
    /// Writes `bytes` to `path` whole or not at all (QSaveFile).
    [[nodiscard]] static Result<void> write(const QString& path, const QByteArray& bytes);
};

} // namespace parcours::ui
