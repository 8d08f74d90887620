// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewPack.h"

#include "EnrolmentFacts.h"
#include "PackTable.h"
#include "WorldRegion.h"

#include "core/exchange/Pseudonymiser.h"
#include "core/indicators/Indicators.h"
#include "core/services/ReportSettings.h"
#include "core/storage/ReportRepository.h"
#include "core/storage/SettingRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>

#include <algorithm>

namespace parcours {

using pack::Column;
using pack::Kind;

namespace {

// ---- the rows of each file ------------------------------------------------------------------

struct CohortLine
{
    const Cohort* cohort = nullptr;
    QString siteName;
    const IndicatorFigures* figures = nullptr;
};

struct OutcomeLine
{
    const Cohort* cohort = nullptr;
    Milestone milestone = Milestone::Exit;
    Situation situation = Situation::Unknown;
    int completed = 0;
    int count = 0;
};

struct AttendanceLine
{
    const Cohort* cohort = nullptr;
    Module module = Module::Fle;
    const IndicatorFigures* figures = nullptr;
};

/// The four attributes that could single a person out together (quasi-identifiers), in the
/// order the rare combinations give them up.
const QStringList kQuasiIdentifiers = {QStringLiteral("region_of_origin"), QStringLiteral("age_band"),
                                       QStringLiteral("status"), QStringLiteral("gender")};

struct ParticipantLine
{
    const EnrolmentFacts* facts = nullptr;
    QString pseudonym;
    QHash<QString, QString> quasi; ///< by column name; empty: not known
    QSet<QString> suppressed;      ///< quasi-identifiers left out (rare combination)

    QVariant quasiValue(const QString& name) const
    {
        return suppressed.contains(name) ? QVariant() : QVariant(quasi.value(name));
    }
};

QVariant rate(std::optional<double> r)
{
    return r ? QVariant(*r) : QVariant();
}

template<class E>
QVariant code(const std::optional<E>& v)
{
    return v ? QVariant(codeOf(*v)) : QVariant();
}

QString milestoneCode(Milestone m)
{
    return codeOf(m);
}

// ---- the columns ----------------------------------------------------------------------------

const QList<Column<CohortLine>>& cohortColumns()
{
    static const QList<Column<CohortLine>> table = [] {
        using C = Column<CohortLine>;
        QList<C> t = {
            {QStringLiteral("cohort_ref"), QStringLiteral("the cohort's ref in the partner's file"), Kind::Text,
             [](const CohortLine& r) { return QVariant(r.cohort->ref); }},
            {QStringLiteral("cohort_name"), QStringLiteral("the cohort's name"), Kind::Text,
             [](const CohortLine& r) { return QVariant(r.cohort->name); }},
            {QStringLiteral("programme"), QStringLiteral("the programme"), Kind::Text,
             [](const CohortLine& r) { return QVariant(r.cohort->programme); }},
            {QStringLiteral("site"), QStringLiteral("the site's name"), Kind::Text,
             [](const CohortLine& r) { return QVariant(r.siteName); }},
            {QStringLiteral("start_date"), QStringLiteral("first day of the cohort (YYYY-MM-DD)"), Kind::Text,
             [](const CohortLine& r) { return QVariant(r.cohort->startDate.toString(Qt::ISODate)); }},
            {QStringLiteral("end_date"), QStringLiteral("last day of the cohort (YYYY-MM-DD), in the period"), Kind::Text,
             [](const CohortLine& r) { return QVariant(r.cohort->endDate.toString(Qt::ISODate)); }},
            {QStringLiteral("enrolled"), QStringLiteral("enrolments, whatever their status"), Kind::People,
             [](const CohortLine& r) { return QVariant(r.figures->enrolled); }},
            {QStringLiteral("completed"), QStringLiteral("enrolments with status completed"), Kind::People,
             [](const CohortLine& r) { return QVariant(r.figures->completed); }},
            {QStringLiteral("withdrawn"), QStringLiteral("enrolments with status withdrawn"), Kind::People,
             [](const CohortLine& r) { return QVariant(r.figures->withdrawn); }},
        };
        for (Module m : allValues<Module>()) {
            const QString mc = codeOf(m);
            t.append({QStringLiteral("hours_%1_planned").arg(mc),
                      QStringLiteral("hours of %1 sessions planned or held").arg(mc), Kind::Number,
                      [m](const CohortLine& r) { return QVariant(r.figures->hoursOf(m).planned); }});
            t.append({QStringLiteral("hours_%1_delivered").arg(mc), QStringLiteral("hours of %1 sessions held").arg(mc),
                      Kind::Number, [m](const CohortLine& r) { return QVariant(r.figures->hoursOf(m).delivered); }});
        }
        t.append({QStringLiteral("weeks_off_target"), QStringLiteral("ISO weeks off the weekly hour targets"),
                  Kind::Number, [](const CohortLine& r) { return QVariant(int(r.figures->weeksOffTarget.size())); }});
        const auto marks = [&t](const QString& name, const QString& what, int IndicatorFigures::Marks::*field) {
            t.append({name, what, Kind::Number,
                      [field](const CohortLine& r) { return QVariant(r.figures->attendanceAll.*field); }});
        };
        marks(QStringLiteral("attendance_present"), QStringLiteral("expected participant-sessions marked present (all modules)"),
              &IndicatorFigures::Marks::present);
        marks(QStringLiteral("attendance_late"), QStringLiteral("expected participant-sessions marked late"),
              &IndicatorFigures::Marks::late);
        marks(QStringLiteral("attendance_excused"), QStringLiteral("expected participant-sessions marked excused"),
              &IndicatorFigures::Marks::excused);
        marks(QStringLiteral("attendance_absent"), QStringLiteral("expected participant-sessions marked absent"),
              &IndicatorFigures::Marks::absent);
        marks(QStringLiteral("attendance_unmarked"), QStringLiteral("expected participant-sessions without a mark"),
              &IndicatorFigures::Marks::unmarked);
        t.append({QStringLiteral("attendance_rate"),
                  QStringLiteral("(present + late) / (present + late + excused + absent)"), Kind::Rate,
                  [](const CohortLine& r) { return rate(r.figures->attendanceAll.rate()); }});
        t.append({QStringLiteral("attended_hours_avg"), QStringLiteral("attended hours summed over the enrolled / enrolled"),
                  Kind::Number, [](const CohortLine& r) { return rate(r.figures->attendedHoursAvg()); },
                  {QStringLiteral("enrolled")}});
        t.append({QStringLiteral("with_mentor"), QStringLiteral("enrolled participants with a counting mentor pairing"),
                  Kind::People, [](const CohortLine& r) { return QVariant(r.figures->pairings.withMentor); }});
        t.append({QStringLiteral("with_coach"), QStringLiteral("enrolled participants with a counting coach pairing"),
                  Kind::People, [](const CohortLine& r) { return QVariant(r.figures->pairings.withCoach); }});
        t.append({QStringLiteral("with_both"), QStringLiteral("enrolled participants with both (a full trio)"),
                  Kind::People, [](const CohortLine& r) { return QVariant(r.figures->pairings.withBoth); }});
        t.append({QStringLiteral("mentor_coverage"), QStringLiteral("with_mentor / enrolled"), Kind::Rate,
                  [](const CohortLine& r) { return rate(r.figures->mentorCoverage()); },
                  {QStringLiteral("with_mentor"), QStringLiteral("enrolled")}});
        t.append({QStringLiteral("coach_coverage"), QStringLiteral("with_coach / enrolled"), Kind::Rate,
                  [](const CohortLine& r) { return rate(r.figures->coachCoverage()); },
                  {QStringLiteral("with_coach"), QStringLiteral("enrolled")}});
        t.append({QStringLiteral("trio_coverage"), QStringLiteral("with_both / enrolled"), Kind::Rate,
                  [](const CohortLine& r) { return rate(r.figures->trioCoverage()); },
                  {QStringLiteral("with_both"), QStringLiteral("enrolled")}});
        t.append({QStringLiteral("volunteers_involved"),
                  QStringLiteral("distinct volunteers in counting pairings plus volunteer trainers of held sessions"),
                  Kind::People, [](const CohortLine& r) { return QVariant(r.figures->pairings.volunteersInvolved); }});
        t.append({QStringLiteral("french_assessed"),
                  QStringLiteral("enrolments with both an entry and an exit French level"), Kind::People,
                  [](const CohortLine& r) { return QVariant(r.figures->french.assessed); }});
        t.append({QStringLiteral("french_levels_gained_avg"),
                  QStringLiteral("mean CEFR levels gained over french_assessed, one decimal"), Kind::Number,
                  [](const CohortLine& r) { return rate(r.figures->french.levelsGainedAvg()); },
                  {QStringLiteral("french_assessed")}});
        t.append({QStringLiteral("french_gained_one_level_or_more"),
                  QStringLiteral("of french_assessed, those who gained one level or more"), Kind::People,
                  [](const CohortLine& r) { return QVariant(r.figures->french.gainedOneLevelOrMore); }});
        for (Milestone m : allValues<Milestone>()) {
            const QString p = milestoneCode(m);
            const auto x = [m](const CohortLine& r) -> const IndicatorFigures::Exits& { return r.figures->exitsAt(m); };
            const auto count = [&](const QString& what, const QString& desc, int (*get)(const IndicatorFigures::Exits&)) {
                t.append({p + QLatin1Char('_') + what, QStringLiteral("%1 (completed participants, at milestone %2)").arg(desc, p),
                          Kind::People, [x, get](const CohortLine& r) { return QVariant(get(x(r))); }});
            };
            count(QStringLiteral("durable"), QStringLiteral("in cdi, cdd_6m_plus, interim_6m_plus or self_employed"),
                  [](const IndicatorFigures::Exits& e) { return e.durable; });
            count(QStringLiteral("transition"), QStringLiteral("in cdd_under_6m, interim_under_6m or subsidised_contract"),
                  [](const IndicatorFigures::Exits& e) { return e.transition; });
            count(QStringLiteral("positive"), QStringLiteral("in qualifying_training"),
                  [](const IndicatorFigures::Exits& e) { return e.positive; });
            count(QStringLiteral("other"), QStringLiteral("in other_training, job_seeking or inactive"),
                  [](const IndicatorFigures::Exits& e) { return e.other; });
            count(QStringLiteral("unknown"), QStringLiteral("with no known situation"),
                  [](const IndicatorFigures::Exits& e) { return e.unknown; });
            count(QStringLiteral("dynamic"), QStringLiteral("durable + transition + positive"),
                  [](const IndicatorFigures::Exits& e) { return e.dynamic(); });
            count(QStringLiteral("permanent"), QStringLiteral("in cdi"),
                  [](const IndicatorFigures::Exits& e) { return e.permanent; });
            t.append({p + QStringLiteral("_dynamic_exit_rate"), QStringLiteral("%1_dynamic / completed").arg(p), Kind::Rate,
                      [x](const CohortLine& r) { return rate(x(r).dynamicExitRate()); },
                      {p + QStringLiteral("_dynamic"), QStringLiteral("completed")}});
            t.append({p + QStringLiteral("_permanent_share"), QStringLiteral("%1_permanent / %1_dynamic").arg(p), Kind::Rate,
                      [x](const CohortLine& r) { return rate(x(r).permanentShare()); },
                      {p + QStringLiteral("_permanent"), p + QStringLiteral("_dynamic")}});
            t.append({p + QStringLiteral("_durable_share"), QStringLiteral("%1_durable / %1_dynamic").arg(p), Kind::Rate,
                      [x](const CohortLine& r) { return rate(x(r).durableShare()); },
                      {p + QStringLiteral("_durable"), p + QStringLiteral("_dynamic")}});
        }
        return t;
    }();
    return table;
}

const QList<Column<OutcomeLine>>& outcomeColumns()
{
    using C = Column<OutcomeLine>;
    static const QList<C> table = {
        {QStringLiteral("cohort_ref"), QStringLiteral("the cohort (see cohorts.csv)"), Kind::Text,
         [](const OutcomeLine& r) { return QVariant(r.cohort->ref); }},
        {QStringLiteral("milestone"), QStringLiteral("exit, m3, m6 or m12 (months after the cohort's end)"), Kind::Text,
         [](const OutcomeLine& r) { return QVariant(codeOf(r.milestone)); }},
        {QStringLiteral("situation"),
         QStringLiteral("a situation code of domain.md; unknown also counts those with nothing recorded"), Kind::Text,
         [](const OutcomeLine& r) { return QVariant(codeOf(r.situation)); }},
        {QStringLiteral("situation_class"), QStringLiteral("durable, transition, positive, other or unknown"), Kind::Text,
         [](const OutcomeLine& r) {
             static const char* const names[] = {"durable", "transition", "positive", "other", "unknown"};
             return QVariant(QString::fromLatin1(names[int(classOf(r.situation))]));
         }},
        {QStringLiteral("completed"), QStringLiteral("the cohort's completed enrolments (the denominator)"), Kind::People,
         [](const OutcomeLine& r) { return QVariant(r.completed); }},
        {QStringLiteral("participants"), QStringLiteral("completed participants in that situation at that milestone"),
         Kind::People, [](const OutcomeLine& r) { return QVariant(r.count); }},
    };
    return table;
}

const QList<Column<AttendanceLine>>& attendanceColumns()
{
    using C = Column<AttendanceLine>;
    const auto marks = [](int IndicatorFigures::Marks::*field) {
        return [field](const AttendanceLine& r) { return QVariant(r.figures->attendanceOf(r.module).*field); };
    };
    static const QList<C> table = {
        {QStringLiteral("cohort_ref"), QStringLiteral("the cohort (see cohorts.csv)"), Kind::Text,
         [](const AttendanceLine& r) { return QVariant(r.cohort->ref); }},
        {QStringLiteral("module"), QStringLiteral("fle, english, soft_skills, professional_day or other"), Kind::Text,
         [](const AttendanceLine& r) { return QVariant(codeOf(r.module)); }},
        {QStringLiteral("hours_planned"), QStringLiteral("hours of the module's sessions planned or held"), Kind::Number,
         [](const AttendanceLine& r) { return QVariant(r.figures->hoursOf(r.module).planned); }},
        {QStringLiteral("hours_delivered"), QStringLiteral("hours of the module's sessions held"), Kind::Number,
         [](const AttendanceLine& r) { return QVariant(r.figures->hoursOf(r.module).delivered); }},
        {QStringLiteral("present"), QStringLiteral("expected participant-sessions marked present"), Kind::Number,
         marks(&IndicatorFigures::Marks::present)},
        {QStringLiteral("late"), QStringLiteral("expected participant-sessions marked late"), Kind::Number,
         marks(&IndicatorFigures::Marks::late)},
        {QStringLiteral("excused"), QStringLiteral("expected participant-sessions marked excused"), Kind::Number,
         marks(&IndicatorFigures::Marks::excused)},
        {QStringLiteral("absent"), QStringLiteral("expected participant-sessions marked absent"), Kind::Number,
         marks(&IndicatorFigures::Marks::absent)},
        {QStringLiteral("unmarked"), QStringLiteral("expected participant-sessions without a mark"), Kind::Number,
         marks(&IndicatorFigures::Marks::unmarked)},
        {QStringLiteral("attendance_rate"), QStringLiteral("(present + late) / (present + late + excused + absent)"),
         Kind::Rate, [](const AttendanceLine& r) { return rate(r.figures->attendanceOf(r.module).rate()); }},
    };
    return table;
}

const QList<Column<ParticipantLine>>& participantColumns()
{
    using C = Column<ParticipantLine>;
    const auto quasi = [](const QString& name) {
        return [name](const ParticipantLine& r) { return r.quasiValue(name); };
    };
    static const QList<C> table = [&] {
        QList<C> t = {
            {QStringLiteral("pseudonym"),
             QStringLiteral("P- and 12 hex digits, stable across the partner's packs and pseudonymised exports; "
                            "one row per enrolment, so a person in two cohorts of the period has two rows"),
             Kind::Text, [](const ParticipantLine& r) { return QVariant(r.pseudonym); }},
            {QStringLiteral("age_band"), QStringLiteral("age on the cohort's first day: under_26, 26_35, 36_45, 46_plus"),
             Kind::Text, quasi(QStringLiteral("age_band"))},
            {QStringLiteral("gender"), QStringLiteral("f, m or x"), Kind::Text, quasi(QStringLiteral("gender"))},
            {QStringLiteral("region_of_origin"),
             QStringLiteral("UN M49 SDG region of the country of origin: ") + WorldRegion::codes().join(QLatin1String(", ")),
             Kind::Text, quasi(QStringLiteral("region_of_origin"))},
            {QStringLiteral("status"), QStringLiteral("refugee, subsidiary_protection, asylum_seeker or other_newcomer"),
             Kind::Text, quasi(QStringLiteral("status"))},
            {QStringLiteral("enrolment_status"), QStringLiteral("enrolled, completed or withdrawn"), Kind::Text,
             [](const ParticipantLine& r) { return QVariant(codeOf(r.facts->enrolment->status)); }},
            {QStringLiteral("french_level_entry"), QStringLiteral("CEFR level A0..C2 at entry"), Kind::Text,
             [](const ParticipantLine& r) {
                 return r.facts->participant ? code(r.facts->participant->frenchLevelEntry) : QVariant();
             }},
            {QStringLiteral("french_level_exit"), QStringLiteral("CEFR level A0..C2 at exit"), Kind::Text,
             [](const ParticipantLine& r) { return code(r.facts->enrolment->frenchLevelExit); }},
            {QStringLiteral("attended_hours"),
             QStringLiteral("hours present, plus hours late minus the minutes late, over the sessions expected"),
             Kind::Number, [](const ParticipantLine& r) { return QVariant(r.facts->figures.attendedHours); }},
        };
        for (Milestone m : allValues<Milestone>())
            t.append({QStringLiteral("situation_") + codeOf(m),
                      QStringLiteral("the latest situation recorded at milestone %1; empty: nothing recorded").arg(codeOf(m)),
                      Kind::Text, [m](const ParticipantLine& r) { return code(r.facts->situations[std::size_t(m)]); }});
        return t;
    }();
    return table;
}

// ---- building the rows ----------------------------------------------------------------------

QList<OutcomeLine> outcomeLines(const ReportRows& rows, const QList<EnrolmentFacts>& facts)
{
    QHash<QString, std::array<std::array<int, EnumCodes<Situation>::table.size()>, IndicatorFigures::kMilestones>> counts;
    QHash<QString, int> completed;
    for (const EnrolmentFacts& f : facts) {
        if (f.enrolment->status != EnrolmentStatus::Completed)
            continue;
        ++completed[f.enrolment->cohortRef];
        auto& c = counts[f.enrolment->cohortRef];
        for (std::size_t m = 0; m < IndicatorFigures::kMilestones; ++m)
            ++c[m][std::size_t(f.situations[m].value_or(Situation::Unknown))];
    }
    QList<OutcomeLine> out;
    for (const Cohort& c : rows.input.cohorts) {
        const auto perCohort = counts.value(c.ref);
        for (Milestone m : allValues<Milestone>())
            for (Situation s : allValues<Situation>())
                out.append({&c, m, s, completed.value(c.ref), perCohort[std::size_t(m)][std::size_t(s)]});
    }
    return out;
}

/// Local suppression of rare combinations (k-anonymity with k = the threshold): while some
/// combination of the quasi-identifiers is shared by fewer than k persons, its rows give up the
/// next quasi-identifier of kQuasiIdentifiers.
void suppressRareCombinations(QList<ParticipantLine>& lines, int k)
{
    for (const QString& attribute : kQuasiIdentifiers) {
        const auto keyOf = [](const ParticipantLine& l) {
            QStringList parts;
            for (const QString& q : kQuasiIdentifiers)
                parts << (l.suppressed.contains(q) ? QStringLiteral("*") : QLatin1Char('=') + l.quasi.value(q));
            return parts.join(QChar(0));
        };
        QHash<QString, QSet<QString>> persons;
        for (const ParticipantLine& l : lines)
            persons[keyOf(l)].insert(l.pseudonym);
        bool rare = false;
        for (ParticipantLine& l : lines) {
            if (persons.value(keyOf(l)).size() < k) {
                rare = true;
                if (!l.quasi.value(attribute).isEmpty())
                    l.suppressed.insert(attribute);
            }
        }
        if (!rare)
            return;
    }
}

QList<ParticipantLine> participantLines(const QList<EnrolmentFacts>& facts, const Pseudonymiser& pseudonymiser, int k)
{
    QList<ParticipantLine> out;
    for (const EnrolmentFacts& f : facts) {
        ParticipantLine l;
        l.facts = &f;
        l.pseudonym = pseudonymiser.participantRef(f.enrolment->participantRef);
        if (const ReportParticipant* p = f.participant) {
            l.quasi.insert(QStringLiteral("age_band"),
                           WorldRegion::ageBand(p->birthDate, f.cohort ? f.cohort->startDate : QDate()));
            l.quasi.insert(QStringLiteral("gender"), p->gender ? codeOf(*p->gender) : QString());
            l.quasi.insert(QStringLiteral("region_of_origin"), WorldRegion::ofCountry(p->countryOfOrigin));
            l.quasi.insert(QStringLiteral("status"), p->status ? codeOf(*p->status) : QString());
        }
        out.append(std::move(l));
    }
    // The row order says nothing of refs or cohorts: by pseudonym, then the cohort's start.
    std::stable_sort(out.begin(), out.end(), [](const ParticipantLine& a, const ParticipantLine& b) {
        return a.pseudonym < b.pseudonym;
    });
    suppressRareCombinations(out, k);
    return out;
}

// ---- files ----------------------------------------------------------------------------------

const QString kCohortsFile = QStringLiteral("cohorts.csv");
const QString kOutcomesFile = QStringLiteral("outcomes.csv");
const QString kAttendanceFile = QStringLiteral("attendance.csv");
const QString kParticipantsFile = QStringLiteral("participants.csv");
const QString kReadmeFile = QStringLiteral("README.txt");

Result<void> writeFile(const QString& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = QDir(dir).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush())
        return fail(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()), {path});
    return {};
}

/// ErrorCode::Exists when `target` is anything but a missing path or an empty folder.
Result<void> checkTarget(const QFileInfo& target)
{
    if (!target.exists())
        return {};
    if (!target.isDir())
        return fail(ErrorCode::Exists, QStringLiteral("%1 is a file, not a folder").arg(target.filePath()),
                    {target.filePath()});
    if (!QDir(target.filePath()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return fail(ErrorCode::Exists, QStringLiteral("the folder %1 is not empty").arg(target.filePath()),
                    {target.filePath()});
    return {};
}

} // namespace

QStringList ReviewPack::csvFileNames()
{
    return {kCohortsFile, kOutcomesFile, kAttendanceFile, kParticipantsFile};
}

// One reading of the setting for the pack, the summary PDF and the settings dialog.
static_assert(ReviewPack::kDefaultSmallCountThreshold == ReportSettings::kDefaultSmallCountThreshold);

Result<int> ReviewPack::smallCountThreshold(Database& db)
{
    return ReportSettings(db).smallCountThreshold();
}

QString ReviewPack::readme(int threshold)
{
    QStringList t;
    t << QStringLiteral("Review pack (schema version %1)").arg(kSchemaVersion) << QString()
      << QStringLiteral("Written by Parcours for a funder's review of a period. The figures follow Parcours's")
      << QStringLiteral("indicators.md; the files are UTF-8 CSV (comma, RFC 4180 quotes, \\n line ends, a")
      << QStringLiteral("header row), with the same columns in every partner's pack of this schema version,")
      << QStringLiteral("so that packs merge by appending rows. Dates are YYYY-MM-DD; decimals use a point;")
      << QStringLiteral("rates are between 0 and 1 (4 decimals), hours have 2 decimals at most.") << QString()
      << QStringLiteral("The period covers the cohorts whose end date falls in it.") << QString()
      << QStringLiteral("Merging packs: a cohort is identified by (partner, cohort_ref) and a person by")
      << QStringLiteral("(partner, pseudonym); packs of overlapping periods repeat the cohorts they share.")
      << QString()
      << QStringLiteral("Privacy") << QStringLiteral("-------")
      << QStringLiteral("No name, e-mail, phone, birth date, address or free-text note is in the pack.")
      << QStringLiteral("Small counts: a count of persons above 0 and below %1 is left empty, and so is every").arg(threshold)
      << QStringLiteral("rate or average computed from it; the column `suppressed` of the row lists the cells so")
      << QStringLiteral("left empty, separated by |. An empty cell not listed there has no value (a rate")
      << QStringLiteral("whose denominator is 0, a level not recorded). The threshold is %1 here (setting").arg(threshold)
      << QStringLiteral("report_small_count_threshold). Counts of participant-sessions and hours are not")
      << QStringLiteral("counts of persons and are not suppressed. Totals are not adjusted: a suppressed")
      << QStringLiteral("cell may sometimes be worked back from a total and the other cells (no secondary")
      << QStringLiteral("suppression).")
      << QStringLiteral("participants.csv: a combination of age_band, gender, region_of_origin and status")
      << QStringLiteral("shared by fewer than %1 persons gives up region_of_origin, then age_band, then").arg(threshold)
      << QStringLiteral("status, then gender, until every combination is shared by %1 or more (or nothing").arg(threshold)
      << QStringLiteral("is left); `suppressed` lists what a row gave up. The pseudonyms are stable: a")
      << QStringLiteral("pack is pseudonymised personal data, not anonymous data.") << QString()
      << QStringLiteral("Columns of every CSV file") << QStringLiteral("-------------------------")
      << QStringLiteral("  schema_version: the version of this schema (%1)").arg(kSchemaVersion)
      << QStringLiteral("  partner: the partner organisation (setting organisation_name; empty when unset)")
      << QStringLiteral("  period_from, period_to: the period of the pack (YYYY-MM-DD)")
      << QStringLiteral("  ... the columns of the file, below ...")
      << QStringLiteral("  suppressed: the columns of this row left empty by the privacy rules, | between them")
      << QString();
    const auto file = [&t](const QString& name, const QString& what, const QStringList& columns) {
        t << name << QString(name.size(), QLatin1Char('-')) << what << columns << QString();
    };
    file(kCohortsFile, QStringLiteral("One row per cohort of the period, in start-date order, with every indicator."),
         pack::describe(cohortColumns()));
    file(kOutcomesFile,
         QStringLiteral("One row per cohort, milestone and situation: the completed participants by situation."),
         pack::describe(outcomeColumns()));
    file(kAttendanceFile, QStringLiteral("One row per cohort and module: hours and attendance marks."),
         pack::describe(attendanceColumns()));
    file(kParticipantsFile,
         QStringLiteral("One row per enrolment in a cohort of the period, pseudonymised, ordered by pseudonym."),
         pack::describe(participantColumns()));
    t << QStringLiteral("summary.pdf") << QStringLiteral("-----------")
      << QStringLiteral("The same figures as a document: a row per cohort and the period's totals, whose rates")
      << QStringLiteral("are recomputed from the summed counts.");
    return t.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

Result<ReviewPackSummary> ReviewPack::write(Database& db, const QDate& from, const QDate& to, const QString& targetDir,
                                            const Progress& progress, const ExtraFiles& extra)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return fail(ErrorCode::Usage, QStringLiteral("the period needs two dates, from before to"));
    const QFileInfo target(QDir::cleanPath(QDir(targetDir).absolutePath()));
    if (auto ok = checkTarget(target); !ok)
        return fail(ok.error());
    const QDir parent = target.dir();
    if (!parent.exists())
        return fail(ErrorCode::Io, QStringLiteral("the folder %1 does not exist").arg(parent.path()), {parent.path()});

    ReviewPackSummary summary;
    const int total = 8; // read, compute, four CSVs, README, extra files
    int done = 0;
    const auto advance = [&] { return !progress || progress(++done, total); };
    const auto cancelled = [&] {
        summary.cancelled = true;
        summary.files.clear();
        return summary;
    };
    if (progress && !progress(0, total))
        return cancelled();

    auto threshold = smallCountThreshold(db);
    if (!threshold)
        return fail(threshold.error());
    auto partner = SettingRepository(db).value(ReportSettings::kOrganisationNameKey);
    if (!partner)
        return fail(partner.error());
    auto salt = SettingRepository(db).value(QStringLiteral("pseudonym_salt"));
    if (!salt)
        return fail(salt.error());
    if (!*salt || (*salt)->isEmpty())
        return fail(ErrorCode::Corrupt, QStringLiteral("the file has no pseudonym secret (setting pseudonym_salt)"));
    // The marks counted per enrolment by the database: a network's year holds about a million.
    auto rows = ReportRepository(db).read(ReportScope::period(from, to), false, ReportRepository::Marks::Counted);
    if (!rows)
        return fail(rows.error());
    if (!advance())
        return cancelled();

    const QList<IndicatorFigures> figures = Indicators::ofEachCohort(rows->input);
    const QList<EnrolmentFacts> facts = EnrolmentFacts::of(*rows);
    QList<CohortLine> cohortLines;
    QList<AttendanceLine> attendanceLines;
    for (qsizetype i = 0; i < rows->input.cohorts.size(); ++i) {
        const Cohort& c = rows->input.cohorts[i];
        cohortLines.append({&c, rows->siteNames.value(c.ref), &figures[i]});
        for (Module m : allValues<Module>())
            attendanceLines.append({&c, m, &figures[i]});
    }
    const QList<OutcomeLine> outcomes = outcomeLines(*rows, facts);
    const QList<ParticipantLine> participants =
        participantLines(facts, Pseudonymiser((*salt)->toUtf8()), *threshold);
    summary.cohorts = int(rows->input.cohorts.size());
    summary.participantRows = int(participants.size());
    if (!advance())
        return cancelled();

    // Staged beside the target (same file system), renamed into place at the end.
    QTemporaryDir staging(parent.filePath(QLatin1Char('.') + target.fileName() + QStringLiteral(".partial-XXXXXX")));
    if (!staging.isValid())
        return fail(ErrorCode::Io, QStringLiteral("cannot create a folder in %1: %2").arg(parent.path(), staging.errorString()),
                    {parent.path()});

    pack::Context ctx;
    ctx.schemaVersion = kSchemaVersion;
    ctx.partner = (*partner).value_or(QString()).trimmed();
    summary.partner = ctx.partner;
    ctx.from = from.toString(Qt::ISODate);
    ctx.to = to.toString(Qt::ISODate);
    ctx.threshold = *threshold;
    int suppressed = 0;
    const auto put = [&](const QString& name, const QByteArray& bytes) -> Result<void> {
        if (auto ok = writeFile(staging.path(), name, bytes); !ok)
            return ok;
        summary.files << name;
        return {};
    };
    const std::function<QSet<QString>(const ParticipantLine&)> quasiSuppressed = [](const ParticipantLine& l) {
        return l.suppressed;
    };
    const QList<std::function<QByteArray()>> csvs = {
        [&] { return pack::writeCsv<CohortLine>(ctx, cohortColumns(), cohortLines, {}, suppressed); },
        [&] { return pack::writeCsv<OutcomeLine>(ctx, outcomeColumns(), outcomes, {}, suppressed); },
        [&] { return pack::writeCsv<AttendanceLine>(ctx, attendanceColumns(), attendanceLines, {}, suppressed); },
        [&] { return pack::writeCsv<ParticipantLine>(ctx, participantColumns(), participants, quasiSuppressed, suppressed); },
    };
    const QStringList names = csvFileNames();
    for (qsizetype i = 0; i < csvs.size(); ++i) {
        if (auto ok = put(names[i], csvs[i]()); !ok)
            return fail(ok.error());
        if (!advance())
            return cancelled();
    }
    summary.suppressedCells = suppressed;
    if (auto ok = put(kReadmeFile, readme(*threshold).toUtf8()); !ok)
        return fail(ok.error());
    if (!advance())
        return cancelled();

    if (extra) {
        if (auto ok = extra(staging.path(), rows->input); !ok)
            return fail(ok.error());
        const QStringList all = QDir(staging.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
        for (const QString& name : all)
            if (!summary.files.contains(name))
                summary.files << name;
    }
    if (!advance())
        return cancelled();

    // Past this point the pack is whole: an empty target folder makes way for it.
    const bool existed = target.exists();
    if (existed && !parent.rmdir(target.fileName()))
        return fail(ErrorCode::Io, QStringLiteral("cannot replace the empty folder %1").arg(target.filePath()),
                    {target.filePath()});
    if (!QDir().rename(staging.path(), target.filePath())) {
        if (existed) // put the empty folder back as it was
            parent.mkdir(target.fileName());
        return fail(ErrorCode::Io, QStringLiteral("cannot move the pack into %1").arg(target.filePath()),
                    {target.filePath()});
    }
    staging.setAutoRemove(false);
    return summary;
}

} // namespace parcours
