// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnrolmentFacts.h"

#include "core/indicators/Indicators.h"

namespace parcours {

QList<EnrolmentFacts> EnrolmentFacts::of(const ReportRows& rows)
{
    const IndicatorInput& in = rows.input;
    QHash<QString, const Cohort*> cohorts;
    for (const Cohort& c : in.cohorts)
        cohorts.insert(c.ref, &c);
    QHash<QString, const ReportParticipant*> people;
    for (const ReportParticipant& p : rows.participants)
        people.insert(p.ref, &p);
    // The latest outcome of each (cohort, participant, milestone), by the rule of Indicators.
    QHash<QString, std::array<const Outcome*, IndicatorFigures::kMilestones>> latest;
    for (const Outcome& o : in.outcomes) {
        auto& perMilestone = latest[o.cohortRef + QChar(0) + o.participantRef];
        const Outcome*& slot = perMilestone[std::size_t(o.milestone)];
        if (!slot || Indicators::supersedes(o, *slot))
            slot = &o;
    }

    const QList<IndicatorFigures> figures = Indicators::ofEachEnrolment(in);
    QList<EnrolmentFacts> out;
    out.reserve(in.enrolments.size());
    for (qsizetype i = 0; i < in.enrolments.size(); ++i) {
        const Enrolment& e = in.enrolments[i];
        EnrolmentFacts f;
        f.enrolment = &e;
        f.cohort = cohorts.value(e.cohortRef, nullptr);
        f.participant = people.value(e.participantRef, nullptr);
        f.figures = figures[i];
        const auto known = latest.value(e.cohortRef + QChar(0) + e.participantRef, {});
        for (std::size_t m = 0; m < known.size(); ++m)
            if (known[m])
                f.situations[m] = known[m]->situation;
        out.append(std::move(f));
    }
    return out;
}

} // namespace parcours
