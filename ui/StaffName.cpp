// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffName.h"

#include <QSettings>

namespace parcours::ui {

namespace {
const QString kKey = QStringLiteral("audit/staffName");
}

QString StaffName::current()
{
    return QSettings().value(kKey).toString().trimmed();
}

void StaffName::set(const QString& name)
{
    if (name.trimmed().isEmpty())
        QSettings().remove(kKey);
    else
        QSettings().setValue(kKey, name.trimmed());
}

AuditActor StaffName::actor()
{
    AuditActor a = AuditActor::ofThisProcess(current());
    a.program = QStringLiteral("parcours");
    return a;
}

} // namespace parcours::ui
