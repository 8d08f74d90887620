// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EntityKind.h"

#include <QObject>
#include <QString>

namespace parcours {

/// Tells the lists of one open file what changed in it, always after the change was committed
/// (a list that rereads on a signal sees the new state). One per open file.
///
/// `saved` and `removed` name one record: a list of that kind can update the one row. `changed`
/// says that several records of a kind may have changed (dependants of a deletion, an import):
/// a list of that kind rereads. `reset` says that anything may have changed.
class ChangeNotifier : public QObject
{
    Q_OBJECT
public:
    explicit ChangeNotifier(QObject* parent = nullptr);

    void notifySaved(EntityKind kind, const QString& ref) { emit saved(kind, ref); }
    void notifyRemoved(EntityKind kind, const QString& ref) { emit removed(kind, ref); }
    void notifyChanged(EntityKind kind) { emit changed(kind); }
    void notifyReset() { emit reset(); }

signals:
    /// One record was added or changed. For records without a ref of their own (enrolments,
    /// marks, outcomes) `ref` is empty.
    void saved(parcours::EntityKind kind, const QString& ref);
    /// One record was removed.
    void removed(parcours::EntityKind kind, const QString& ref);
    /// Several records of `kind` may have been added, changed or removed.
    void changed(parcours::EntityKind kind);
    /// Anything in the file may have changed (after an import).
    void reset();
};

} // namespace parcours
