// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandText.h"

namespace parcours::ui {

// Whole sentences per kind rather than a kind word inserted into one sentence: French needs
// the gender of the noun ("Ajouter la salle", "Ajouter le site").
QString CommandText::added(EntityKind kind, const QString& name)
{
    switch (kind) {
    case EntityKind::Site:
        return tr("Add site “%1”").arg(name);
    case EntityKind::Room:
        return tr("Add room “%1”").arg(name);
    case EntityKind::Cohort:
        return tr("Add cohort “%1”").arg(name);
    case EntityKind::Participant:
        return tr("Add participant “%1”").arg(name);
    case EntityKind::Volunteer:
        return tr("Add volunteer “%1”").arg(name);
    case EntityKind::Trainer:
        return tr("Add trainer “%1”").arg(name);
    default:
        break;
    }
    return tr("Add “%1”").arg(name);
}

QString CommandText::edited(EntityKind kind, const QString& name)
{
    switch (kind) {
    case EntityKind::Site:
        return tr("Edit site “%1”").arg(name);
    case EntityKind::Room:
        return tr("Edit room “%1”").arg(name);
    case EntityKind::Cohort:
        return tr("Edit cohort “%1”").arg(name);
    case EntityKind::Participant:
        return tr("Edit participant “%1”").arg(name);
    case EntityKind::Volunteer:
        return tr("Edit volunteer “%1”").arg(name);
    case EntityKind::Trainer:
        return tr("Edit trainer “%1”").arg(name);
    default:
        break;
    }
    return tr("Edit “%1”").arg(name);
}

QString CommandText::removed(EntityKind kind, const QString& name)
{
    switch (kind) {
    case EntityKind::Site:
        return tr("Delete site “%1”").arg(name);
    case EntityKind::Room:
        return tr("Delete room “%1”").arg(name);
    case EntityKind::Cohort:
        return tr("Delete cohort “%1”").arg(name);
    case EntityKind::Participant:
        return tr("Delete participant “%1”").arg(name);
    case EntityKind::Volunteer:
        return tr("Delete volunteer “%1”").arg(name);
    case EntityKind::Trainer:
        return tr("Delete trainer “%1”").arg(name);
    default:
        break;
    }
    return tr("Delete “%1”").arg(name);
}

} // namespace parcours::ui
