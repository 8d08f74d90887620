// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanReasonText.h"

#include <QCoreApplication>
#include <QLocale>

namespace parcours {

namespace {

/// Minutes as hours in the locale: 720 -> "12", 450 -> "7.5" ("7,5" in French).
QString hours(int minutes, const QLocale& locale)
{
    const int decimals = minutes % 60 == 0 ? 0 : (minutes % 30 == 0 ? 1 : 2);
    return locale.toString(minutes / 60.0, 'f', decimals);
}

QString moduleText(Module m)
{
    return QCoreApplication::translate("Codes", labelOf(m));
}

} // namespace

QString describePlanReason(const PlanReason& r, const QLocale& locale)
{
    using K = PlanReason::Kind;
    const QString list = r.blockers.join(QLatin1String(", "));
    const QString first = r.blockers.value(0);
    switch (r.kind) {
    case K::CohortBlocksExceedDays:
        return QCoreApplication::translate("PlanReason", "Cohort %1 needs %2 sessions of %3 on different days, but meets on only %4 days this week.")
            .arg(r.ref, locale.toString(r.needed), moduleText(r.module), locale.toString(r.available));
    case K::CohortHoursExceedWeek:
        return QCoreApplication::translate("PlanReason", "Cohort %1 needs %2 h of classes, but its days this week hold at most %3 h.")
            .arg(r.ref, hours(r.needed, locale), hours(r.available, locale));
    case K::CohortNoSite:
        return QCoreApplication::translate("PlanReason", "The site %2 of cohort %1 is unknown.").arg(r.ref, first);
    case K::CohortNoRoom:
        return QCoreApplication::translate("PlanReason", "No room of site %2 seats the %3 participants of cohort %1.")
            .arg(r.ref, first, locale.toString(r.needed));
    case K::ModuleNoTrainer:
        return QCoreApplication::translate("PlanReason", "No trainer teaches %1, and the cohorts need %2 h of it.")
            .arg(moduleText(r.module), hours(r.needed, locale));
    case K::ModuleTrainersShort:
        return QCoreApplication::translate("PlanReason", "The trainers of %1 (%2) can give %3 h this week, but the cohorts need %4 h.")
            .arg(moduleText(r.module), list, hours(r.available, locale), hours(r.needed, locale));
    case K::TrainerOverMax:
        return QCoreApplication::translate("PlanReason", "The fixed sessions of trainer %1 already take %2 h this week, more than their maximum of %3 h.")
            .arg(r.ref, hours(r.needed, locale), hours(r.available, locale));
    case K::SiteRoomsShort:
        return QCoreApplication::translate("PlanReason", "The rooms of site %1 (%2) are free for %3 h this week, but its cohorts need %4 h.")
            .arg(r.ref, list, hours(r.available, locale), hours(r.needed, locale));
    case K::SessionNoPlace:
        if (r.blockers.isEmpty())
            return QCoreApplication::translate("PlanReason", "A session of %2 of %3 h of cohort %1 fits at no time of the week.")
                .arg(r.ref, moduleText(r.module), hours(r.needed, locale));
        return QCoreApplication::translate("PlanReason", "A session of %2 of %3 h of cohort %1 fits at no time of the week (in the way: %4).")
            .arg(r.ref, moduleText(r.module), hours(r.needed, locale), list);
    case K::LockedClash:
        return QCoreApplication::translate("PlanReason", "The fixed session %2 (%3) overlaps another fixed session of %1.")
            .arg(r.ref, first, moduleText(r.module));
    case K::SearchGaveUp:
        break;
    }
    if (r.blockers.isEmpty())
        return QCoreApplication::translate("PlanReason", "No place was found in the time given for a session of %2 of %3 h of cohort %1.")
            .arg(r.ref, moduleText(r.module), hours(r.needed, locale));
    return QCoreApplication::translate("PlanReason", "No place was found in the time given for a session of %2 of %3 h of cohort %1 (in the way: %4).")
        .arg(r.ref, moduleText(r.module), hours(r.needed, locale), list);
}

} // namespace parcours
