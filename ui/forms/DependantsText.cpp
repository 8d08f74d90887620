// SPDX-License-Identifier: GPL-3.0-or-later
#include "DependantsText.h"

namespace parcours::ui {

QStringList DependantsText::lines(const Removal& r)
{
    QStringList out;
    const auto add = [&out](qsizetype n, const QString& text) {
        if (n > 0)
            out << text;
    };
    add(r.rooms.size(), tr("%n room(s)", nullptr, int(r.rooms.size())));
    add(r.enrolments.size(), tr("%n enrolment(s)", nullptr, int(r.enrolments.size())));
    add(r.sessions.size(), tr("%n session(s)", nullptr, int(r.sessions.size())));
    add(r.attendance.size(), tr("%n attendance mark(s)", nullptr, int(r.attendance.size())));
    add(r.pairings.size(), tr("%n pairing(s) with a volunteer", nullptr, int(r.pairings.size())));
    add(r.checkIns.size(), tr("%n check-in(s)", nullptr, int(r.checkIns.size())));
    add(r.outcomes.size(), tr("%n recorded outcome(s)", nullptr, int(r.outcomes.size())));
    add(r.closures.size(), tr("%n office closure(s)", nullptr, int(r.closures.size())));
    add(r.series.size(), tr("%n series of sessions", nullptr, int(r.series.size())));
    add(r.unavailability.size(),
        tr("%n unavailability period(s)", nullptr, int(r.unavailability.size())));
    add(r.unlinkedCohorts.size(),
        tr("%n cohort(s) will have no site", nullptr, int(r.unlinkedCohorts.size())));
    if (!r.unlinkedSessions.isEmpty()) {
        const int n = int(r.unlinkedSessions.size());
        out << (r.kind == EntityKind::Trainer ? tr("%n session(s) will have no trainer", nullptr, n)
                                              : tr("%n session(s) will have no room", nullptr, n));
    }
    add(r.unlinkedPairings.size(),
        tr("%n pairing(s) will no longer be tied to a cohort", nullptr, int(r.unlinkedPairings.size())));
    return out;
}

QString DependantsText::details(const Removal& removal)
{
    return tr("This also deletes or changes:") + QStringLiteral("\n• ")
        + lines(removal).join(QStringLiteral("\n• ")) + QStringLiteral("\n\n")
        + tr("Edit > Undo brings everything back.");
}

QString DependantsText::deleteButton()
{
    return tr("Delete");
}

QString DependantsText::question(EntityKind kind, const QString& name)
{
    switch (kind) {
    case EntityKind::Site:
        return tr("Delete the site “%1” and what depends on it?").arg(name);
    case EntityKind::Room:
        return tr("Delete the room “%1” and what depends on it?").arg(name);
    case EntityKind::Cohort:
        return tr("Delete the cohort “%1” and what depends on it?").arg(name);
    case EntityKind::Participant:
        return tr("Delete the participant “%1” and what depends on them?").arg(name);
    case EntityKind::Volunteer:
        return tr("Delete the volunteer “%1” and what depends on them?").arg(name);
    case EntityKind::Trainer:
        return tr("Delete the trainer “%1” and what depends on them?").arg(name);
    default:
        break;
    }
    return tr("Delete “%1” and what depends on it?").arg(name);
}

} // namespace parcours::ui
