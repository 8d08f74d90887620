// SPDX-License-Identifier: GPL-3.0-or-later
// match: the best pairings for a cohort's unpaired participants, one role or both, with each
// pair's score and reasons; --apply records them.
#include "CliContext.h"
#include "CommandLine.h"
#include "CommandTable.h"
#include "core/services/PairingService.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace parcours::cli {

namespace {

const QString kCommand = QStringLiteral("match");

QString roleLabel(PairingRole role)
{
    return QCoreApplication::translate("Codes", labelOf(role)).toLower();
}

/// The day an applied pairing starts: PARCOURS_TODAY when set (reproducible runs), else today.
QDate today()
{
    const QDate fixed = QDate::fromString(qEnvironmentVariable("PARCOURS_TODAY"), Qt::ISODate);
    return fixed.isValid() ? fixed : QDate::currentDate();
}

/// Prints the proposals of one role; returns them for --apply.
QList<Proposal> printProposals(const CliContext& cli, const MatchInput& in, const MatchResult& result)
{
    const QLocale locale;
    QHash<QString, QString> names;
    for (const Participant& p : in.participants)
        names.insert(p.ref, p.fullName());
    for (const Candidate& c : in.candidates)
        names.insert(c.volunteer.ref, c.volunteer.fullName());
    const QString role = roleLabel(in.role);
    for (const Proposal& p : result.proposals) {
        cli.out(Cli::tr("%1 %2 - %3 %4 (%5): %n point(s)", nullptr, p.score.points)
                    .arg(p.participantRef, names.value(p.participantRef), p.volunteerRef, names.value(p.volunteerRef), role));
        for (const ScoreReason& r : p.score.reasons)
            cli.out(QStringLiteral("  %1 %2").arg(r.points > 0 ? QStringLiteral("+%1").arg(r.points) : QStringLiteral(" 0"), r.text));
        if (!p.missing.isEmpty())
            cli.out(Cli::tr("  ! not ready: %1").arg(VolunteerReadiness::labels(p.missing)));
    }
    cli.out(Cli::tr("%1, %2: %n proposal(s), total score %3", nullptr, int(result.proposals.size()))
                .arg(in.cohort.ref, role, locale.toString(result.totalPoints)));
    if (!result.unpaired.isEmpty())
        cli.out(Cli::tr("No volunteer with room left for: %1").arg(result.unpaired.join(QLatin1String(", "))));
    return result.proposals;
}

} // namespace

int runMatch(const CliContext& cli, const QStringList& arguments)
{
    CommandLine cl(cli, kCommand,
                   Cli::tr("Propose the best pairings for a cohort's enrolled participants who have no active mentor "
                           "(or coach): as many pairs as the volunteers' room allows, then the highest total score. "
                           "Each proposal is printed with its score, its reasons and what the volunteer's readiness "
                           "lacks. A pair that ended in mismatch is never proposed again. Without --apply nothing "
                           "is written (the file is opened read-only). With --apply the proposals become active "
                           "pairings from today (PARCOURS_TODAY when set); those of volunteers who are not ready "
                           "are recorded as proposed, to activate in Parcours after checking. Exits with 1 for an "
                           "unknown cohort or when the proposals cannot be recorded (then nothing is)."));
    cl.addOption({QStringLiteral("cohort"), Cli::tr("The cohort's ref."), Cli::tr("REF")});
    cl.addOption({QStringLiteral("role"), Cli::tr("mentor or coach (default: both, mentors first)."), Cli::tr("ROLE")});
    cl.addOption({QStringLiteral("apply"), Cli::tr("Record the proposals as pairings.")});
    if (auto stop = cl.parse(arguments))
        return *stop;
    QString ref;
    if (auto stop = cl.requireCohort(ref))
        return *stop;
    QList<PairingRole> roles{PairingRole::Mentor, PairingRole::Coach};
    if (cl.isSet(QStringLiteral("role"))) {
        const auto role = fromCode<PairingRole>(cl.value(QStringLiteral("role")));
        if (!role)
            return cl.usageError(Cli::tr("--role must be mentor or coach, not '%1'").arg(cl.value(QStringLiteral("role"))));
        roles = {*role};
    }
    const bool apply = cl.isSet(QStringLiteral("apply"));

    auto db = cli.openExisting(cl.databasePath(), apply ? OpenMode::ReadWrite : OpenMode::ReadOnly);
    if (!db)
        return kExitUserError;
    PairingService service(*db);
    // Without --apply nothing is written between the roles: the mentors proposed are taken into
    // account by hand, so that the coaches' proposals neither reuse their room nor pair one
    // volunteer in both roles of a participant.
    QHash<QString, int> proposedTo;
    QSet<std::pair<QString, QString>> proposedPairs;
    for (PairingRole role : std::as_const(roles)) {
        auto in = service.matchInput(ref, role);
        if (!in) {
            if (in.error().code == ErrorCode::NotFound)
                cli.error(ref, Cli::tr("no such cohort"));
            else
                cli.error(ref, in.error());
            return CliContext::exitStatusFor(in.error());
        }
        for (Candidate& c : in->candidates)
            c.remaining -= proposedTo.value(c.volunteer.ref);
        in->excluded.unite(proposedPairs);
        const QList<Proposal> proposals = printProposals(cli, *in, PairingMatcher::match(*in));
        if (!apply) {
            for (const Proposal& p : proposals) {
                ++proposedTo[p.volunteerRef];
                proposedPairs.insert({p.participantRef, p.volunteerRef});
            }
            continue;
        }
        if (proposals.isEmpty())
            continue;
        auto applied = service.apply(ref, proposals, today());
        if (!applied) {
            cli.error(ref, applied.error());
            return CliContext::exitStatusFor(applied.error());
        }
        const QList<Pairing>& made = applied->change.after;
        const int active = int(std::count_if(made.cbegin(), made.cend(),
                                             [](const Pairing& k) { return k.status == PairingStatus::Active; }));
        const int proposed = int(made.size()) - active;
        const int unchanged = int(proposals.size()) - active - proposed;
        cli.out(Cli::tr("Recorded %n active pairing(s).", nullptr, active));
        if (proposed > 0)
            cli.out(Cli::tr("Recorded %n pairing(s) as proposed: the volunteer is not ready; activate them in Parcours "
                            "after checking.", nullptr, proposed));
        if (unchanged > 0)
            cli.out(Cli::tr("%n pair(s) already proposed before, left as they are.", nullptr, unchanged));
    }
    return kExitOk;
}

} // namespace parcours::cli
