// SPDX-License-Identifier: GPL-3.0-or-later
// FetExport: the FET file of a tiny week checked element by element against values worked out
// by hand, and a week with one valid answer read back by fet-cl (when it is installed: the
// Debian package fet, in packaging/dev's PACKAGES) whose timetable must be that answer.
#include "CatchQt.h"

#include "FetRun.h"
#include "PlanCheck.h"

#include "core/planning/FetExport.h"
#include "core/planning/WeekPlanner.h"

#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <memory>

using namespace parcours;

namespace {

constexpr int h(int hours, int minutes = 0) { return hours * 60 + minutes; }

/// The XML as a tree, to check it element by element.
struct Node
{
    QString name;
    QString text;
    std::vector<std::unique_ptr<Node>> children;

    QList<const Node*> all(const QString& childName) const
    {
        QList<const Node*> list;
        for (const auto& c : children)
            if (c->name == childName)
                list.append(c.get());
        return list;
    }
    const Node* one(const QString& childName) const
    {
        const QList<const Node*> list = all(childName);
        return list.size() == 1 ? list.constFirst() : nullptr;
    }
    QString value(const QString& childName) const
    {
        const Node* c = one(childName);
        return c ? c->text : QStringLiteral("<missing or repeated %1>").arg(childName);
    }
    QStringList values(const QString& childName) const
    {
        QStringList list;
        for (const Node* c : all(childName))
            list.append(c->text);
        return list;
    }
    /// "Day Hour" of each (day, hour) pair under `element`.
    QStringList times(const QString& element, const QString& dayTag = QStringLiteral("Day"),
                      const QString& hourTag = QStringLiteral("Hour")) const
    {
        QStringList list;
        for (const Node* c : all(element))
            list.append(c->value(dayTag) + QLatin1Char(' ') + c->value(hourTag));
        return list;
    }
};

std::unique_ptr<Node> parse(const QByteArray& xml)
{
    QXmlStreamReader r(xml);
    auto root = std::make_unique<Node>();
    std::vector<Node*> stack{root.get()};
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            auto n = std::make_unique<Node>();
            n->name = r.name().toString();
            Node* raw = n.get();
            stack.back()->children.push_back(std::move(n));
            stack.push_back(raw);
        } else if (r.isCharacters() && !r.isWhitespace()) {
            stack.back()->text += r.text();
        } else if (r.isEndElement()) {
            stack.pop_back();
        }
    }
    REQUIRE_FALSE(r.hasError());
    return root;
}

/// The constraints of `kind` under `list` whose `key` child is `value`.
QList<const Node*> constraints(const Node& list, const QString& kind, const QString& key = QString(),
                               const QString& value = QString())
{
    QList<const Node*> found;
    for (const Node* c : list.all(kind))
        if (key.isEmpty() || c->value(key) == value)
            found.append(c);
    return found;
}

PlanCohort cohort(const QString& ref, int size, QList<PlanBlock> blocks, QList<int> closed = {})
{
    PlanCohort c;
    c.ref = ref;
    c.siteRef = QStringLiteral("S");
    c.size = size;
    c.blocks = blocks;
    c.closedWeekdays = closed;
    return c;
}

/// Site S open 09:00-17:00 with lunch 12:00-13:00, Wednesday a holiday. A: FLE 2 x 3 h
/// (morning wish) and English 1 x 2 h, closed on Fridays; B: English 2 x 2 h, one of them
/// locked on Tuesday 09:00. A cohort Z not planned has a locked FLE session on Thursday morning.
PlanProblem tiny()
{
    PlanProblem p;
    p.monday = QDate(2026, 3, 16);
    p.closedWeekdays = {3};
    p.sites.append(PlanSite{QStringLiteral("S"), h(9), h(17), h(12), h(13)});
    p.cohorts.append(cohort(QStringLiteral("A"), 15,
                            {PlanBlock{Module::Fle, 180, 2, true, true}, PlanBlock{Module::English, 120, 1, true, false}},
                            {5}));
    p.cohorts.append(cohort(QStringLiteral("B"), 25, {PlanBlock{Module::English, 120, 2, true, false}}));
    p.trainers.append(PlanTrainer{QStringLiteral("F1"), {Module::Fle}, 600, {PlanInterval{1, h(9), h(12)}}});
    p.trainers.append(PlanTrainer{QStringLiteral("E1"), {Module::English}, 240, {}});
    p.trainers.append(PlanTrainer{QStringLiteral("E2"), {Module::English}, 240, {PlanInterval{2, h(13), h(14)}}});
    p.rooms.append(PlanRoom{QStringLiteral("R1"), QStringLiteral("S"), 20, {}});
    p.rooms.append(PlanRoom{QStringLiteral("R2"), QStringLiteral("S"), 30, {PlanInterval{4, h(13), h(15)}}});
    p.rooms.append(PlanRoom{QStringLiteral("X1"), QStringLiteral("T"), 40, {}});
    p.locked.append(PlanLocked{QStringLiteral("L1"), QStringLiteral("B"), Module::English, 2, h(9), h(11),
                               QStringLiteral("E1"), QStringLiteral("R2")});
    p.locked.append(PlanLocked{QStringLiteral("L9"), QStringLiteral("Z"), Module::Fle, 4, h(9), h(12),
                               QStringLiteral("F1"), QStringLiteral("R1")});
    return p;
}

QStringList halfHours(const QString& day, int from, int to)
{
    QStringList list;
    for (int m = from; m < to; m += 30)
        list.append(QStringLiteral("%1 %2:%3").arg(day).arg(m / 60, 2, 10, QLatin1Char('0')).arg(m % 60, 2, 10, QLatin1Char('0')));
    return list;
}

} // namespace

TEST_CASE("FetExport writes the tiny week as worked out by hand", "[planning][fet]")
{
    const PlanProblem p = tiny();
    const FetFile file = FetExport::build(p);
    const auto root = parse(file.xml);
    const Node* fet = root->one(QStringLiteral("fet"));
    REQUIRE(fet);
    CHECK(fet->value(QStringLiteral("Mode")) == QStringLiteral("Official"));

    // Days without the holiday; half hours from 09:00 to 16:30.
    CHECK(file.weekdays == QList<int>{1, 2, 4, 5});
    CHECK(fet->one(QStringLiteral("Days_List"))->value(QStringLiteral("Number_of_Days")) == QStringLiteral("4"));
    QStringList days;
    for (const Node* d : fet->one(QStringLiteral("Days_List"))->all(QStringLiteral("Day")))
        days.append(d->value(QStringLiteral("Name")));
    CHECK(days == QStringList{QStringLiteral("Monday"), QStringLiteral("Tuesday"), QStringLiteral("Thursday"), QStringLiteral("Friday")});
    CHECK(file.slotMinutes == 30);
    CHECK(file.hours == 16);
    const Node* hoursList = fet->one(QStringLiteral("Hours_List"));
    CHECK(hoursList->value(QStringLiteral("Number_of_Hours")) == QStringLiteral("16"));
    const QList<const Node*> hours = hoursList->all(QStringLiteral("Hour"));
    REQUIRE(hours.size() == 16);
    CHECK(hours.constFirst()->value(QStringLiteral("Name")) == QStringLiteral("09:00"));
    CHECK(hours[6]->value(QStringLiteral("Name")) == QStringLiteral("12:00"));
    CHECK(hours.constLast()->value(QStringLiteral("Name")) == QStringLiteral("16:30"));

    // Subjects, teachers, cohorts with their size, buildings and rooms with their capacity.
    QStringList subjects;
    for (const Node* s : fet->one(QStringLiteral("Subjects_List"))->all(QStringLiteral("Subject")))
        subjects.append(s->value(QStringLiteral("Name")));
    CHECK(subjects == QStringList{QStringLiteral("english"), QStringLiteral("fle")});
    QStringList teachers;
    for (const Node* t : fet->one(QStringLiteral("Teachers_List"))->all(QStringLiteral("Teacher")))
        teachers.append(t->value(QStringLiteral("Name")) + QLatin1Char(':')
                        + t->one(QStringLiteral("Qualified_Subjects"))->values(QStringLiteral("Qualified_Subject")).join(QLatin1Char(',')));
    CHECK(teachers == QStringList{QStringLiteral("F1:fle"), QStringLiteral("E1:english"), QStringLiteral("E2:english")});
    QStringList years;
    for (const Node* y : fet->one(QStringLiteral("Students_List"))->all(QStringLiteral("Year")))
        years.append(y->value(QStringLiteral("Name")) + QLatin1Char(':') + y->value(QStringLiteral("Number_of_Students")));
    CHECK(years == QStringList{QStringLiteral("A:15"), QStringLiteral("B:25")});
    QStringList buildings;
    for (const Node* b : fet->one(QStringLiteral("Buildings_List"))->all(QStringLiteral("Building")))
        buildings.append(b->value(QStringLiteral("Name")));
    CHECK(buildings == QStringList{QStringLiteral("S"), QStringLiteral("T")});
    QStringList rooms;
    for (const Node* r : fet->one(QStringLiteral("Rooms_List"))->all(QStringLiteral("Room")))
        rooms.append(QStringList{r->value(QStringLiteral("Name")), r->value(QStringLiteral("Building")),
                                 r->value(QStringLiteral("Capacity"))}.join(QLatin1Char(':')));
    CHECK(rooms == QStringList{QStringLiteral("R1:S:20"), QStringLiteral("R2:S:30"), QStringLiteral("X1:T:40")});

    // Activities: B's locked English first (1), then A's FLE (2, 3) and English (4), B's
    // second English (5). Balanced trainers: F1 has Z's 3 h, E1 B's locked 2 h; A's FLE can
    // only go to F1 (9 h of 10); A's English to E2 (E1 would reach its maximum); B's English
    // then ties at 4 h of 4 h for both and goes to E1, first by ref.
    QStringList activities;
    for (const Node* a : fet->one(QStringLiteral("Activities_List"))->all(QStringLiteral("Activity")))
        activities.append(QStringList{a->value(QStringLiteral("Id")), a->value(QStringLiteral("Students")),
                                      a->value(QStringLiteral("Subject")), a->value(QStringLiteral("Teacher")),
                                      a->value(QStringLiteral("Duration")), a->value(QStringLiteral("Total_Duration"))}
                              .join(QLatin1Char(' ')));
    CHECK(activities == QStringList{QStringLiteral("1 B english E1 4 4"), QStringLiteral("2 A fle F1 6 6"),
                                    QStringLiteral("3 A fle F1 6 6"), QStringLiteral("4 A english E2 4 4"),
                                    QStringLiteral("5 B english E1 4 4")});
    CHECK(file.balanced == 4);
    CHECK(file.overMax == 0);
    REQUIRE(file.activities.size() == 5);
    CHECK(file.activities[0].lockedIndex == 0);
    CHECK(file.activities[1].rooms == QStringList{QStringLiteral("R1"), QStringLiteral("R2")});
    CHECK(file.activities[4].rooms == QStringList{QStringLiteral("R2")}); // B's 25 do not fit R1

    const Node* time = fet->one(QStringLiteral("Time_Constraints_List"));
    REQUIRE(time);
    CHECK(constraints(*time, QStringLiteral("ConstraintBasicCompulsoryTime")).size() == 1);
    // Lunch: the break, 12:00 and 12:30 of the four days.
    const QList<const Node*> breaks = constraints(*time, QStringLiteral("ConstraintBreakTimes"));
    REQUIRE(breaks.size() == 1);
    CHECK(breaks[0]->value(QStringLiteral("Number_of_Break_Times")) == QStringLiteral("8"));
    CHECK(breaks[0]->times(QStringLiteral("Break_Time"))
          == halfHours(QStringLiteral("Monday"), h(12), h(13)) + halfHours(QStringLiteral("Tuesday"), h(12), h(13))
              + halfHours(QStringLiteral("Thursday"), h(12), h(13)) + halfHours(QStringLiteral("Friday"), h(12), h(13)));
    // F1 away Monday morning and busy with Z on Thursday morning; E2 away Tuesday 13:00-14:00.
    const QList<const Node*> f1 = constraints(*time, QStringLiteral("ConstraintTeacherNotAvailableTimes"),
                                              QStringLiteral("Teacher"), QStringLiteral("F1"));
    REQUIRE(f1.size() == 1);
    CHECK(f1[0]->value(QStringLiteral("Number_of_Not_Available_Times")) == QStringLiteral("12"));
    CHECK(f1[0]->times(QStringLiteral("Not_Available_Time"))
          == halfHours(QStringLiteral("Monday"), h(9), h(12)) + halfHours(QStringLiteral("Thursday"), h(9), h(12)));
    const QList<const Node*> e2 = constraints(*time, QStringLiteral("ConstraintTeacherNotAvailableTimes"),
                                              QStringLiteral("Teacher"), QStringLiteral("E2"));
    REQUIRE(e2.size() == 1);
    CHECK(e2[0]->times(QStringLiteral("Not_Available_Time")) == halfHours(QStringLiteral("Tuesday"), h(13), h(14)));
    CHECK(constraints(*time, QStringLiteral("ConstraintTeacherNotAvailableTimes")).size() == 2); // E1 free
    // A closed on Friday: its 16 half hours; B open every day the office is.
    const QList<const Node*> a = constraints(*time, QStringLiteral("ConstraintStudentsSetNotAvailableTimes"),
                                             QStringLiteral("Students"), QStringLiteral("A"));
    REQUIRE(a.size() == 1);
    CHECK(a[0]->value(QStringLiteral("Number_of_Not_Available_Times")) == QStringLiteral("16"));
    CHECK(a[0]->times(QStringLiteral("Not_Available_Time")) == halfHours(QStringLiteral("Friday"), h(9), h(17)));
    CHECK(constraints(*time, QStringLiteral("ConstraintStudentsSetNotAvailableTimes")).size() == 1);
    // At most 5 h a day: 10 half hours each.
    const QList<const Node*> daily = constraints(*time, QStringLiteral("ConstraintStudentsSetMaxHoursDaily"));
    REQUIRE(daily.size() == 2);
    CHECK(daily[0]->value(QStringLiteral("Students")) == QStringLiteral("A"));
    CHECK(daily[0]->value(QStringLiteral("Maximum_Hours_Daily")) == QStringLiteral("10"));
    CHECK(daily[1]->value(QStringLiteral("Students")) == QStringLiteral("B"));
    CHECK(daily[1]->value(QStringLiteral("Maximum_Hours_Daily")) == QStringLiteral("10"));
    // Different days: A's FLE (2, 3) and B's English, the locked one included (1, 5).
    const QList<const Node*> minDays = constraints(*time, QStringLiteral("ConstraintMinDaysBetweenActivities"));
    REQUIRE(minDays.size() == 2);
    CHECK(minDays[0]->values(QStringLiteral("Activity_Id")) == QStringList{QStringLiteral("2"), QStringLiteral("3")});
    CHECK(minDays[1]->values(QStringLiteral("Activity_Id")) == QStringList{QStringLiteral("1"), QStringLiteral("5")});
    for (const Node* c : minDays) {
        CHECK(c->value(QStringLiteral("MinDays")) == QStringLiteral("1"));
        CHECK(c->value(QStringLiteral("Weight_Percentage")) == QStringLiteral("100"));
    }
    // The locked session: Tuesday 09:00, for good.
    const QList<const Node*> locked = constraints(*time, QStringLiteral("ConstraintActivityPreferredStartingTime"));
    REQUIRE(locked.size() == 1);
    CHECK(locked[0]->value(QStringLiteral("Activity_Id")) == QStringLiteral("1"));
    CHECK(locked[0]->value(QStringLiteral("Preferred_Day")) == QStringLiteral("Tuesday"));
    CHECK(locked[0]->value(QStringLiteral("Preferred_Hour")) == QStringLiteral("09:00"));
    CHECK(locked[0]->value(QStringLiteral("Permanently_Locked")) == QStringLiteral("true"));
    // The morning wish of A's FLE (3 h ending by 12:00: only 09:00), soft at 95 %.
    const QList<const Node*> mornings = constraints(*time, QStringLiteral("ConstraintActivityPreferredStartingTimes"));
    REQUIRE(mornings.size() == 2);
    for (int i = 0; i < 2; ++i) {
        CHECK(mornings[i]->value(QStringLiteral("Activity_Id")) == QString::number(i + 2));
        CHECK(mornings[i]->value(QStringLiteral("Weight_Percentage")) == QStringLiteral("95"));
        CHECK(mornings[i]->times(QStringLiteral("Preferred_Starting_Time"), QStringLiteral("Preferred_Starting_Day"),
                                 QStringLiteral("Preferred_Starting_Hour"))
              == QStringList{QStringLiteral("Monday 09:00"), QStringLiteral("Tuesday 09:00"), QStringLiteral("Thursday 09:00"),
                             QStringLiteral("Friday 09:00")});
    }

    const Node* space = fet->one(QStringLiteral("Space_Constraints_List"));
    REQUIRE(space);
    CHECK(constraints(*space, QStringLiteral("ConstraintBasicCompulsorySpace")).size() == 1);
    // R1 taken by Z's locked session on Thursday morning; R2 booked Thursday 13:00-15:00.
    const QList<const Node*> r1 = constraints(*space, QStringLiteral("ConstraintRoomNotAvailableTimes"),
                                              QStringLiteral("Room"), QStringLiteral("R1"));
    REQUIRE(r1.size() == 1);
    CHECK(r1[0]->times(QStringLiteral("Not_Available_Time")) == halfHours(QStringLiteral("Thursday"), h(9), h(12)));
    const QList<const Node*> r2 = constraints(*space, QStringLiteral("ConstraintRoomNotAvailableTimes"),
                                              QStringLiteral("Room"), QStringLiteral("R2"));
    REQUIRE(r2.size() == 1);
    CHECK(r2[0]->times(QStringLiteral("Not_Available_Time")) == halfHours(QStringLiteral("Thursday"), h(13), h(15)));
    CHECK(constraints(*space, QStringLiteral("ConstraintRoomNotAvailableTimes")).size() == 2);
    const QList<const Node*> lockedRoom = constraints(*space, QStringLiteral("ConstraintActivityPreferredRoom"));
    REQUIRE(lockedRoom.size() == 1);
    CHECK(lockedRoom[0]->value(QStringLiteral("Activity_Id")) == QStringLiteral("1"));
    CHECK(lockedRoom[0]->value(QStringLiteral("Room")) == QStringLiteral("R2"));
    CHECK(lockedRoom[0]->value(QStringLiteral("Permanently_Locked")) == QStringLiteral("true"));
    const QList<const Node*> allowed = constraints(*space, QStringLiteral("ConstraintActivityPreferredRooms"));
    REQUIRE(allowed.size() == 4);
    QStringList allowedRooms;
    for (const Node* c : allowed)
        allowedRooms.append(c->value(QStringLiteral("Activity_Id")) + QLatin1Char(':')
                            + c->values(QStringLiteral("Preferred_Room")).join(QLatin1Char(',')));
    CHECK(allowedRooms == QStringList{QStringLiteral("2:R1,R2"), QStringLiteral("3:R1,R2"), QStringLiteral("4:R1,R2"),
                                      QStringLiteral("5:R2")});
}

TEST_CASE("FetExport takes trainers from a given week, the rest balanced; no morning wish at weight 0", "[planning][fet]")
{
    const PlanProblem p = tiny();
    FetExportOptions o;
    o.morningWeightPercent = 0;
    // The week names E1 for A's English and E2 for B's second English (B's locked one is left out).
    o.trainersFrom = {PlannedSession{QStringLiteral("A"), Module::English, 2, h(13), h(15), QStringLiteral("E1"),
                                     QStringLiteral("R1"), false, QString()},
                      PlannedSession{QStringLiteral("B"), Module::English, 2, h(9), h(11), QStringLiteral("E1"),
                                     QStringLiteral("R2"), true, QStringLiteral("L1")},
                      PlannedSession{QStringLiteral("B"), Module::English, 4, h(9), h(11), QStringLiteral("E2"),
                                     QStringLiteral("R2"), false, QString()}};
    const FetFile file = FetExport::build(p, o);
    REQUIRE(file.activities.size() == 5);
    QStringList trainers;
    for (const FetActivity& a : file.activities)
        trainers.append(a.trainerRef + (a.fromWeek ? QStringLiteral("*") : QString()));
    CHECK(trainers == QStringList{QStringLiteral("E1"), QStringLiteral("F1"), QStringLiteral("F1"), QStringLiteral("E1*"),
                                  QStringLiteral("E2*")});
    CHECK(file.balanced == 2);
    const auto root = parse(file.xml);
    const Node* time = root->one(QStringLiteral("fet"))->one(QStringLiteral("Time_Constraints_List"));
    REQUIRE(time);
    CHECK(constraints(*time, QStringLiteral("ConstraintActivityPreferredStartingTimes")).isEmpty());
}

namespace {

/// A week with one valid answer (worked out by hand): site S open 09:00-12:00 only, Wednesday
/// a holiday. A (10 people, closed on Friday): FLE 3 x 3 h on different days; B (25): FLE 1 x 3 h.
/// R1 seats 12, R2 30 but is booked Monday and Tuesday. F1 (9 h a week) and F2 (3 h, away on
/// Friday). The balanced assignment gives A's three sessions to F1 (9 h of 9 h) and B's to F2
/// (F1 would go over). So B is on Thursday in R2 (not Friday: F2 away; not Monday or Tuesday:
/// R2 booked), and A on Monday, Tuesday and Thursday in R1 (R2 booked or taken).
PlanProblem unique()
{
    PlanProblem p;
    p.monday = QDate(2026, 3, 16);
    p.closedWeekdays = {3};
    p.sites.append(PlanSite{QStringLiteral("S"), h(9), h(12), -1, -1});
    p.cohorts.append(cohort(QStringLiteral("A"), 10, {PlanBlock{Module::Fle, 180, 3, true, false}}, {5}));
    p.cohorts.append(cohort(QStringLiteral("B"), 25, {PlanBlock{Module::Fle, 180, 1, true, false}}));
    p.trainers.append(PlanTrainer{QStringLiteral("F1"), {Module::Fle}, 540, {}});
    p.trainers.append(PlanTrainer{QStringLiteral("F2"), {Module::Fle}, 180, {PlanInterval{5, h(9), h(12)}}});
    p.rooms.append(PlanRoom{QStringLiteral("R1"), QStringLiteral("S"), 12, {}});
    p.rooms.append(PlanRoom{QStringLiteral("R2"), QStringLiteral("S"), 30,
                            {PlanInterval{1, h(9), h(12)}, PlanInterval{2, h(9), h(12)}}});
    return p;
}

QStringList lines(const QList<PlannedSession>& sessions, bool trainers = true)
{
    QStringList list;
    for (const PlannedSession& s : sessions)
        list.append(QStringLiteral("%1 %2 %3-%4 %5 %6")
                        .arg(s.cohortRef)
                        .arg(s.weekday)
                        .arg(s.start)
                        .arg(s.end)
                        .arg(trainers ? s.trainerRef : QStringLiteral("-"), s.roomRef));
    return list;
}

} // namespace

TEST_CASE("fet-cl reads the exported week back and finds its one answer", "[planning][fet]")
{
    const PlanProblem p = unique();
    const QStringList expected{QStringLiteral("A 1 540-720 F1 R1"), QStringLiteral("A 2 540-720 F1 R1"),
                               QStringLiteral("A 4 540-720 F1 R1"), QStringLiteral("B 4 540-720 F2 R2")};
    // Our planner finds the same times and rooms (it may give Thursday's two sessions to F1
    // and F2 the other way round: it chooses the trainers, FET is given them).
    const PlanResult ours = WeekPlanner::plan(p);
    REQUIRE(ours.status == PlanResult::Status::Solved);
    CHECK(lines(ours.sessions, false)
          == QStringList{QStringLiteral("A 1 540-720 - R1"), QStringLiteral("A 2 540-720 - R1"),
                         QStringLiteral("A 4 540-720 - R1"), QStringLiteral("B 4 540-720 - R2")});
    CHECK(test::checkWeek(p, ours.sessions).isEmpty());

    const FetFile file = FetExport::build(p);
    REQUIRE(file.activities.size() == 4);
    CHECK(file.balanced == 4);
    if (test::fetClPath().isEmpty()) {
        WARN("SKIPPED: fet-cl (Debian package fet) is not installed, the FET file is not read back");
        return;
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const test::FetRun run = test::runFet(p, file, dir.path(), QStringLiteral("unique"), 60);
    INFO(run.log.toStdString() << run.error.toStdString());
    REQUIRE(run.status == test::FetRun::Status::Solved);
    CHECK(run.error.isEmpty());
    // Every activity placed, as the one answer; no hard rule broken (the independent checker).
    CHECK(lines(run.sessions) == expected);
    CHECK(test::checkWeek(p, run.sessions).isEmpty());

    // Impossible for FET too: A needs a fourth FLE session, on a fourth day it does not have.
    PlanProblem impossible = p;
    impossible.cohorts[0].blocks[0].count = 4;
    const test::FetRun refused = test::runFet(impossible, FetExport::build(impossible), dir.path(),
                                              QStringLiteral("impossible"), 60);
    INFO(refused.log.toStdString());
    CHECK(refused.status == test::FetRun::Status::Impossible);
}

TEST_CASE("FetExport keeps locked sessions where the rules would not put them, and fet-cl accepts them", "[planning][fet]")
{
    // A's FLE locked on Monday 09:00 while F1 is away, and 3 h of soft skills locked on Monday
    // afternoon: 6 h that Monday, over A's 5 h a day. The planner keeps locked sessions as they
    // are; so must FET's file.
    PlanProblem p = tiny();
    p.locked.append(PlanLocked{QStringLiteral("L2"), QStringLiteral("A"), Module::Fle, 1, h(9), h(12),
                               QStringLiteral("F1"), QStringLiteral("R1")});
    p.locked.append(PlanLocked{QStringLiteral("L3"), QStringLiteral("A"), Module::SoftSkills, 1, h(13), h(16), QString(),
                               QStringLiteral("R1")});
    const FetFile file = FetExport::build(p);
    // L1 (B), L2 (A's first FLE), L3 (no block of A's), then A's second FLE, A's English, B's English.
    REQUIRE(file.activities.size() == 6);
    CHECK(file.activities[2].lockedIndex == 3);
    CHECK(file.activities[3].cohortRef == QStringLiteral("A"));
    CHECK(file.activities[3].lockedIndex == -1);
    const auto root = parse(file.xml);
    const Node* time = root->one(QStringLiteral("fet"))->one(QStringLiteral("Time_Constraints_List"));
    REQUIRE(time);
    // F1's Monday morning is no longer out of bounds: only Thursday (Z's session) is.
    const QList<const Node*> f1 = constraints(*time, QStringLiteral("ConstraintTeacherNotAvailableTimes"),
                                              QStringLiteral("Teacher"), QStringLiteral("F1"));
    REQUIRE(f1.size() == 1);
    CHECK(f1[0]->times(QStringLiteral("Not_Available_Time")) == halfHours(QStringLiteral("Thursday"), h(9), h(12)));
    // A's hours a day rise to its locked Monday: 12 half hours.
    const QList<const Node*> daily = constraints(*time, QStringLiteral("ConstraintStudentsSetMaxHoursDaily"),
                                                 QStringLiteral("Students"), QStringLiteral("A"));
    REQUIRE(daily.size() == 1);
    CHECK(daily[0]->value(QStringLiteral("Maximum_Hours_Daily")) == QStringLiteral("12"));
    // A's FLE block: the locked session and the one to place, on different days.
    const QList<const Node*> minDays = constraints(*time, QStringLiteral("ConstraintMinDaysBetweenActivities"));
    REQUIRE(minDays.size() == 2);
    CHECK(minDays[0]->values(QStringLiteral("Activity_Id")) == QStringList{QStringLiteral("2"), QStringLiteral("4")});
    CHECK(minDays[1]->values(QStringLiteral("Activity_Id")) == QStringList{QStringLiteral("1"), QStringLiteral("6")});
    // A second locked FLE of A on that Monday stays out of the block's different days.
    PlanProblem twice = p;
    twice.locked.append(PlanLocked{QStringLiteral("L4"), QStringLiteral("A"), Module::Fle, 1, h(16), h(19), QString(), QString()});
    const FetFile twiceFile = FetExport::build(twice);
    REQUIRE(twiceFile.activities.size() == 6); // L4 took A's second FLE session
    CHECK(twiceFile.activities[3].lockedIndex == 4);
    const auto twiceRoot = parse(twiceFile.xml);
    const QList<const Node*> twiceDays = constraints(
        *twiceRoot->one(QStringLiteral("fet"))->one(QStringLiteral("Time_Constraints_List")),
        QStringLiteral("ConstraintMinDaysBetweenActivities"));
    REQUIRE(twiceDays.size() == 1);
    CHECK(twiceDays[0]->values(QStringLiteral("Activity_Id")) == QStringList{QStringLiteral("1"), QStringLiteral("6")});

    if (test::fetClPath().isEmpty()) {
        WARN("SKIPPED: fet-cl (Debian package fet) is not installed, the FET file is not read back");
        return;
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const test::FetRun run = test::runFet(p, file, dir.path(), QStringLiteral("locked"), 60);
    INFO(run.log.toStdString() << run.error.toStdString());
    REQUIRE(run.status == test::FetRun::Status::Solved);
    CHECK(run.error.isEmpty());
    REQUIRE(run.sessions.size() == 6);
    QStringList locked;
    for (const PlannedSession& s : run.sessions)
        if (s.locked)
            locked.append(QStringLiteral("%1 %2 %3 %4").arg(s.lockedRef).arg(s.weekday).arg(s.start).arg(s.roomRef));
    locked.sort();
    CHECK(locked == QStringList{QStringLiteral("L1 2 540 R2"), QStringLiteral("L2 1 540 R1"), QStringLiteral("L3 1 780 R1")});
    // A's second FLE session with F1: not on Monday (different days), not Thursday morning (Z),
    // not Friday (A closed), not Wednesday (holiday).
    for (const PlannedSession& s : run.sessions)
        if (s.cohortRef == QStringLiteral("A") && s.module == Module::Fle && !s.locked)
            CHECK((s.weekday == 2 || (s.weekday == 4 && s.start >= h(13))));
}

TEST_CASE("FetExport lets FET choose the trainers through virtual rooms", "[planning][fet]")
{
    // The tiny week: A (15) is seated by R1 and R2 of site S, B (25) by R2 only; F1 leads FLE,
    // E1 and E2 English. Activities: 1 = B's locked English (E1, R2), 2-3 = A's FLE, 4 = A's
    // English, 5 = B's English left. Their virtual rooms, by hand: 1 ({R2}, {Trainer E1}),
    // 2-3 ({R1, R2}, {Trainer F1}), 4 ({R1, R2}, {Trainer E1, Trainer E2}), 5 ({R2}, {Trainer E1,
    // Trainer E2}).
    FetExportOptions options;
    options.trainers = FetTrainers::Choose;
    const PlanProblem p = tiny();
    const FetFile file = FetExport::build(p, options);
    REQUIRE(file.activities.size() == 5);
    CHECK(file.balanced == 0);
    CHECK(file.trainerOfRoom
          == QMap<QString, QString>{{QStringLiteral("Trainer E1"), QStringLiteral("E1")},
                                    {QStringLiteral("Trainer E2"), QStringLiteral("E2")},
                                    {QStringLiteral("Trainer F1"), QStringLiteral("F1")}});
    const auto root = parse(file.xml);
    const Node* fet = root->one(QStringLiteral("fet"));
    REQUIRE(fet);
    // No teachers: nobody is fixed, not even on the locked session.
    CHECK(fet->one(QStringLiteral("Teachers_List"))->children.empty());
    for (const Node* a : fet->one(QStringLiteral("Activities_List"))->all(QStringLiteral("Activity")))
        CHECK(a->all(QStringLiteral("Teacher")).isEmpty());

    QMap<QString, QStringList> sets; // room -> "R1 R2 | Trainer F1"
    QMap<QString, QString> isVirtual;
    for (const Node* r : fet->one(QStringLiteral("Rooms_List"))->all(QStringLiteral("Room"))) {
        isVirtual.insert(r->value(QStringLiteral("Name")), r->value(QStringLiteral("Virtual")));
        QStringList list;
        for (const Node* s : r->all(QStringLiteral("Set_of_Real_Rooms"))) {
            CHECK(s->value(QStringLiteral("Number_of_Real_Rooms")).toInt() == s->values(QStringLiteral("Real_Room")).size());
            list.append(s->values(QStringLiteral("Real_Room")).join(QLatin1Char(',')));
        }
        if (!list.isEmpty()) {
            CHECK(r->value(QStringLiteral("Number_of_Sets_of_Real_Rooms")) == QString::number(list.size()));
            sets.insert(r->value(QStringLiteral("Name")), list);
        }
    }
    CHECK(isVirtual.keys()
          == QStringList{QStringLiteral("R1"), QStringLiteral("R2"), QStringLiteral("Trainer E1"), QStringLiteral("Trainer E2"),
                         QStringLiteral("Trainer F1"), QStringLiteral("Virtual 1"), QStringLiteral("Virtual 2"),
                         QStringLiteral("Virtual 3"), QStringLiteral("Virtual 4"), QStringLiteral("X1")});
    CHECK(isVirtual.value(QStringLiteral("Trainer F1")) == QStringLiteral("false"));
    CHECK(isVirtual.value(QStringLiteral("Virtual 1")) == QStringLiteral("true"));
    CHECK(sets.value(QStringLiteral("Virtual 1")) == QStringList{QStringLiteral("R2"), QStringLiteral("Trainer E1")});
    CHECK(sets.value(QStringLiteral("Virtual 2")) == QStringList{QStringLiteral("R1,R2"), QStringLiteral("Trainer F1")});
    CHECK(sets.value(QStringLiteral("Virtual 3"))
          == QStringList{QStringLiteral("R1,R2"), QStringLiteral("Trainer E1,Trainer E2")});
    CHECK(sets.value(QStringLiteral("Virtual 4")) == QStringList{QStringLiteral("R2"), QStringLiteral("Trainer E1,Trainer E2")});
    CHECK(sets.size() == 4);

    const Node* space = fet->one(QStringLiteral("Space_Constraints_List"));
    const QStringList expectedRoom{QString(), QStringLiteral("Virtual 1"), QStringLiteral("Virtual 2"), QStringLiteral("Virtual 2"),
                                   QStringLiteral("Virtual 3"), QStringLiteral("Virtual 4")};
    for (int id = 1; id <= 5; ++id) {
        const auto preferred = constraints(*space, QStringLiteral("ConstraintActivityPreferredRoom"),
                                           QStringLiteral("Activity_Id"), QString::number(id));
        REQUIRE(preferred.size() == 1);
        CHECK(preferred[0]->value(QStringLiteral("Room")) == expectedRoom[id]);
        CHECK(preferred[0]->value(QStringLiteral("Permanently_Locked")) == (id == 1 ? QStringLiteral("true") : QStringLiteral("false")));
    }
    CHECK(constraints(*space, QStringLiteral("ConstraintActivityPreferredRooms")).isEmpty());
    // The trainers' absences (F1 Monday morning, E2 Tuesday 13:00-14:00) and Z's locked FLE with
    // F1 on Thursday morning are their trainer-rooms' not-available times; E1 has none.
    auto notAvailable = [&](const QString& room) {
        const auto list = constraints(*space, QStringLiteral("ConstraintRoomNotAvailableTimes"), QStringLiteral("Room"), room);
        return list.size() == 1 ? list[0]->times(QStringLiteral("Not_Available_Time")) : QStringList{};
    };
    CHECK(notAvailable(QStringLiteral("Trainer F1")) == halfHours(QStringLiteral("Monday"), h(9), h(12)) + halfHours(QStringLiteral("Thursday"), h(9), h(12)));
    CHECK(notAvailable(QStringLiteral("Trainer E2")) == halfHours(QStringLiteral("Tuesday"), h(13), h(14)));
    CHECK(constraints(*space, QStringLiteral("ConstraintRoomNotAvailableTimes"), QStringLiteral("Room"), QStringLiteral("Trainer E1")).isEmpty());
    CHECK(constraints(*fet->one(QStringLiteral("Time_Constraints_List")), QStringLiteral("ConstraintTeacherNotAvailableTimes")).isEmpty());
}

TEST_CASE("fet-cl chooses the trainers of a week with one answer", "[planning][fet]")
{
    // Monday and Tuesday open, 09:00-12:00. A (10): FLE 2 x 3 h on different days; B (25):
    // English 1 x 3 h. F1 (FLE) away Monday, F2 (FLE, English) away Tuesday, E1 (English) away
    // Monday; R1 seats 12, R2 30 but is booked Monday. So, by hand: A on Monday with F2 in R1;
    // B's English not Monday (F2 teaches A, E1 away), on Tuesday with E1 (F2 away) in R2 (R1 is
    // too small); A on Tuesday with F1 in R1.
    PlanProblem p;
    p.monday = QDate(2026, 3, 16);
    p.closedWeekdays = {3, 4, 5};
    p.sites.append(PlanSite{QStringLiteral("S"), h(9), h(12), -1, -1});
    p.cohorts.append(cohort(QStringLiteral("A"), 10, {PlanBlock{Module::Fle, 180, 2, true, false}}));
    p.cohorts.append(cohort(QStringLiteral("B"), 25, {PlanBlock{Module::English, 180, 1, true, false}}));
    p.trainers.append(PlanTrainer{QStringLiteral("F1"), {Module::Fle}, 540, {PlanInterval{1, h(9), h(12)}}});
    p.trainers.append(PlanTrainer{QStringLiteral("F2"), {Module::Fle, Module::English}, 540, {PlanInterval{2, h(9), h(12)}}});
    p.trainers.append(PlanTrainer{QStringLiteral("E1"), {Module::English}, 540, {PlanInterval{1, h(9), h(12)}}});
    p.rooms.append(PlanRoom{QStringLiteral("R1"), QStringLiteral("S"), 12, {}});
    p.rooms.append(PlanRoom{QStringLiteral("R2"), QStringLiteral("S"), 30, {PlanInterval{1, h(9), h(12)}}});
    const QStringList expected{QStringLiteral("A 1 540-720 F2 R1"), QStringLiteral("A 2 540-720 F1 R1"),
                               QStringLiteral("B 2 540-720 E1 R2")};
    const PlanResult ours = WeekPlanner::plan(p);
    REQUIRE(ours.status == PlanResult::Status::Solved);
    CHECK(lines(ours.sessions) == expected);

    FetExportOptions options;
    options.trainers = FetTrainers::Choose;
    const FetFile file = FetExport::build(p, options);
    REQUIRE(file.activities.size() == 3);
    if (test::fetClPath().isEmpty()) {
        WARN("SKIPPED: fet-cl (Debian package fet) is not installed, the FET file is not read back");
        return;
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const test::FetRun run = test::runFet(p, file, dir.path(), QStringLiteral("choose"), 60);
    INFO(run.log.toStdString() << run.error.toStdString());
    REQUIRE(run.status == test::FetRun::Status::Solved);
    CHECK(run.error.isEmpty());
    CHECK(lines(run.sessions) == expected);
    CHECK(test::checkWeek(p, run.sessions).isEmpty());
}
