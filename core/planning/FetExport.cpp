// SPDX-License-Identifier: GPL-3.0-or-later
#include "FetExport.h"

#include <QMap>
#include <QSet>
#include <QXmlStreamWriter>

#include <algorithm>
#include <numeric>
#include <tuple>

namespace parcours {

namespace {

constexpr int kMaxFetHours = 60; // FET 6's MAX_HOURS_PER_DAY

struct Slot
{
    int day = 0; ///< ISO weekday
    int hour = 0; ///< FET hour index
};

class Writer
{
public:
    Writer(const FetFile& file, QXmlStreamWriter& xml) : m_file(file), m_xml(xml) {}

    void text(const QString& name, const QString& value) { m_xml.writeTextElement(name, value); }
    void number(const QString& name, qint64 value) { text(name, QString::number(value)); }
    void flag(const QString& name, bool value) { text(name, value ? QStringLiteral("true") : QStringLiteral("false")); }
    void tail()
    {
        flag(QStringLiteral("Active"), true);
        text(QStringLiteral("Comments"), QString());
    }
    QString hourName(int hour) const { return m_file.hourName(m_file.dayStart + hour * m_file.slotMinutes); }
    /// A list of (day, hour) pairs under `element` with `dayTag`/`hourTag`.
    void slotList(const QList<Slot>& list, const QString& element, const QString& dayTag, const QString& hourTag)
    {
        for (const Slot& s : list) {
            m_xml.writeStartElement(element);
            text(dayTag, FetExport::dayName(s.day));
            text(hourTag, hourName(s.hour));
            m_xml.writeEndElement();
        }
    }
    void notAvailable(const QString& constraint, const QString& whoTag, const QString& who, const QList<Slot>& list)
    {
        if (list.isEmpty())
            return;
        m_xml.writeStartElement(constraint);
        number(QStringLiteral("Weight_Percentage"), 100);
        text(whoTag, who);
        number(QStringLiteral("Number_of_Not_Available_Times"), list.size());
        slotList(list, QStringLiteral("Not_Available_Time"), QStringLiteral("Day"), QStringLiteral("Hour"));
        tail();
        m_xml.writeEndElement();
    }

private:
    const FetFile& m_file;
    QXmlStreamWriter& m_xml;
};

} // namespace

QString FetExport::dayName(int weekday)
{
    static const char* const names[] = {"", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    return weekday >= 1 && weekday <= 7 ? QString::fromLatin1(names[weekday]) : QString();
}

QString FetFile::hourName(int minutes) const
{
    return QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

int FetFile::minutesOfHour(const QString& name) const
{
    for (int h = 0; h < hours; ++h)
        if (hourName(dayStart + h * slotMinutes) == name)
            return dayStart + h * slotMinutes;
    return -1;
}

int FetFile::weekdayOf(const QString& name) const
{
    for (int d : weekdays)
        if (FetExport::dayName(d) == name)
            return d;
    return 0;
}

FetFile FetExport::build(const PlanProblem& problem, const FetExportOptions& options)
{
    FetFile file;
    const bool choose = options.trainers == FetTrainers::Choose;
    for (int d : problem.openWeekdays)
        if (!problem.closedWeekdays.contains(d) && !file.weekdays.contains(d) && d >= 1 && d <= 7)
            file.weekdays.append(d);
    std::sort(file.weekdays.begin(), file.weekdays.end());

    // Hours: the grid from the earliest opening to the latest closing. One FET hour is the grid
    // step, made finer (gcd) when lengths, openings, lunches or locked times fall between steps.
    int dayStart = 24 * 60, dayEnd = 0;
    for (const PlanSite& s : problem.sites) {
        dayStart = std::min(dayStart, s.opens);
        dayEnd = std::max(dayEnd, s.closes);
    }
    if (dayEnd <= dayStart) {
        dayStart = 8 * 60;
        dayEnd = 18 * 60;
    }
    const int step = problem.stepMinutes > 0 ? problem.stepMinutes : 30;
    int g = step;
    auto fold = [&](int minutes) { g = std::gcd(g, std::abs(minutes)); };
    for (const PlanSite& s : problem.sites) {
        fold(s.opens - dayStart);
        fold(s.closes - dayStart);
        if (s.lunchStart >= 0 && s.lunchEnd > s.lunchStart) {
            fold(s.lunchStart - dayStart);
            fold(s.lunchEnd - dayStart);
        }
    }
    for (const PlanCohort& c : problem.cohorts)
        for (const PlanBlock& b : c.blocks)
            fold(b.minutes);
    for (const PlanLocked& l : problem.locked) {
        fold(l.start - dayStart);
        fold(l.end - dayStart);
    }
    if (g <= 0 || (dayEnd - dayStart) / g > kMaxFetHours)
        g = step; // too fine for FET: back to the step; odd times are rounded outwards
    file.dayStart = dayStart;
    file.slotMinutes = g;
    file.hours = std::max(1, (dayEnd - dayStart + g - 1) / g);
    const int hours = file.hours;

    auto covering = [&](int day, int from, int to) {
        QList<Slot> list;
        if (!file.weekdays.contains(day))
            return list;
        for (int h = 0; h < hours; ++h) {
            const int s = dayStart + h * g;
            if (s < to && from < s + g)
                list.append(Slot{day, h});
        }
        return list;
    };
    auto slotsToDuration = [&](int minutes) { return std::max(1, (minutes + g - 1) / g); };
    auto sortSlots = [](QList<Slot>& list) {
        std::sort(list.begin(), list.end(), [](const Slot& a, const Slot& b) {
            return std::tie(a.day, a.hour) < std::tie(b.day, b.hour);
        });
        list.erase(std::unique(list.begin(), list.end(), [](const Slot& a, const Slot& b) {
                       return a.day == b.day && a.hour == b.hour;
                   }),
                   list.end());
    };

    // Activities: locked sessions of planned cohorts first (as the planner matches them to the
    // first block of the same module and length), then the sessions left of each block.
    QMap<QString, int> cohortIndex;
    for (int c = 0; c < problem.cohorts.size(); ++c)
        cohortIndex.insert(problem.cohorts[c].ref, c);
    QList<QList<int>> left; // [cohort][block] sessions to place
    QList<QList<QList<int>>> blockActivities; // [cohort][block] -> activity ids
    for (const PlanCohort& c : problem.cohorts) {
        QList<int> counts;
        for (const PlanBlock& b : c.blocks)
            counts.append(b.count);
        left.append(counts);
        blockActivities.append(QList<QList<int>>(c.blocks.size()));
    }
    QMap<QString, int> load; // trainer -> fixed minutes
    QList<int> outsideLocked; // locked sessions of cohorts not planned: they only occupy
    for (int l = 0; l < problem.locked.size(); ++l) {
        const PlanLocked& lk = problem.locked[l];
        if (!lk.trainerRef.isEmpty())
            load[lk.trainerRef] += lk.end - lk.start;
        const auto it = cohortIndex.constFind(lk.cohortRef);
        if (it == cohortIndex.constEnd()) {
            outsideLocked.append(l);
            continue;
        }
        FetActivity a;
        a.id = file.activities.size() + 1;
        a.cohortRef = lk.cohortRef;
        a.module = lk.module;
        a.minutes = lk.end - lk.start;
        a.trainerRef = lk.trainerRef;
        if (choose && !lk.trainerRef.isEmpty())
            a.trainers = {lk.trainerRef};
        if (!lk.roomRef.isEmpty())
            a.rooms = {lk.roomRef};
        a.lockedIndex = l;
        const PlanCohort& co = problem.cohorts[*it];
        for (int b = 0; b < co.blocks.size(); ++b)
            if (co.blocks[b].module == lk.module && co.blocks[b].minutes == a.minutes && left[*it][b] > 0) {
                --left[*it][b];
                blockActivities[*it][b].append(a.id);
                break;
            }
        file.activities.append(a);
    }

    // Trainers of the given week, per cohort and module, in its order (locked ones left out).
    QMap<QPair<QString, int>, QStringList> given;
    for (const PlannedSession& s : options.trainersFrom)
        if (!s.locked)
            given[{s.cohortRef, int(s.module)}].append(s.trainerRef);
    QMap<QPair<QString, int>, int> used;
    // A trainer without a maximum is weighed against a whole week.
    const int openMinutes = std::max(1, int(file.weekdays.size()) * (dayEnd - dayStart));
    auto balancedTrainer = [&](Module module, int minutes) {
        const PlanTrainer* best = nullptr;
        auto key = [&](const PlanTrainer& t) {
            const int after = load.value(t.ref) + minutes;
            const bool over = t.maxMinutesWeek && after > *t.maxMinutesWeek;
            const double ratio = double(after) / (t.maxMinutesWeek ? std::max(1, *t.maxMinutesWeek) : openMinutes);
            return std::make_tuple(over, ratio, t.ref);
        };
        for (const PlanTrainer& t : problem.trainers)
            if (t.modules.contains(module) && (!best || key(t) < key(*best)))
                best = &t;
        return best ? best->ref : QString();
    };
    for (int c = 0; c < problem.cohorts.size(); ++c) {
        const PlanCohort& co = problem.cohorts[c];
        for (int b = 0; b < co.blocks.size(); ++b) {
            const PlanBlock& block = co.blocks[b];
            for (int k = 0; k < left[c][b]; ++k) {
                FetActivity a;
                a.id = file.activities.size() + 1;
                a.cohortRef = co.ref;
                a.module = block.module;
                a.minutes = block.minutes;
                const QPair<QString, int> key{co.ref, int(block.module)};
                const QStringList& fromWeek = given[key];
                int& next = used[key];
                if (choose) {
                    for (const PlanTrainer& t : problem.trainers)
                        if (t.modules.contains(block.module))
                            a.trainers.append(t.ref);
                } else if (next < fromWeek.size()) {
                    a.trainerRef = fromWeek[next++];
                    a.fromWeek = true;
                } else {
                    a.trainerRef = balancedTrainer(block.module, block.minutes);
                    ++file.balanced;
                }
                if (!a.trainerRef.isEmpty())
                    load[a.trainerRef] += a.minutes;
                for (const PlanRoom& r : problem.rooms)
                    if (r.siteRef == co.siteRef && (r.capacity <= 0 || r.capacity >= co.size))
                        a.rooms.append(r.ref);
                blockActivities[c][b].append(a.id);
                file.activities.append(a);
            }
        }
    }
    for (const PlanTrainer& t : problem.trainers)
        if (t.maxMinutesWeek && load.value(t.ref) > *t.maxMinutesWeek)
            ++file.overMax;

    // Names FET must know: every trainer and room, and those only locked sessions name.
    QStringList teachers, rooms;
    for (const PlanTrainer& t : problem.trainers)
        teachers.append(t.ref);
    for (const PlanRoom& r : problem.rooms)
        rooms.append(r.ref);
    QStringList extraRooms;
    for (const PlanLocked& l : problem.locked) {
        if (!l.trainerRef.isEmpty() && !teachers.contains(l.trainerRef))
            teachers.append(l.trainerRef);
        if (!l.roomRef.isEmpty() && !rooms.contains(l.roomRef) && !extraRooms.contains(l.roomRef))
            extraRooms.append(l.roomRef);
    }
    for (const FetActivity& a : std::as_const(file.activities))
        if (!a.trainerRef.isEmpty() && !teachers.contains(a.trainerRef))
            teachers.append(a.trainerRef);
    // Choose: each trainer is a real room ("Trainer F1", more underscores if a room has that
    // name), each activity with trainers gets the virtual room of its two sets (shared by the
    // activities with the same sets).
    QMap<QString, QString> roomOfTrainer;
    QList<QPair<QStringList, QStringList>> virtualSets; // (rooms, trainer-rooms) of "Virtual N"
    if (choose) {
        QString prefix = QStringLiteral("Trainer ");
        auto clash = [&] {
            return std::any_of(teachers.cbegin(), teachers.cend(), [&](const QString& t) {
                return rooms.contains(prefix + t) || extraRooms.contains(prefix + t)
                    || (prefix + t).startsWith(QLatin1String("Virtual "));
            });
        };
        while (clash())
            prefix.prepend(QLatin1Char('_'));
        for (const QString& t : std::as_const(teachers)) {
            roomOfTrainer.insert(t, prefix + t);
            file.trainerOfRoom.insert(prefix + t, t);
        }
        for (FetActivity& a : file.activities) {
            if (a.trainers.isEmpty())
                continue;
            QStringList trainerRooms;
            for (const QString& t : std::as_const(a.trainers))
                trainerRooms.append(roomOfTrainer.value(t));
            const QPair<QStringList, QStringList> sets{a.rooms, trainerRooms};
            int v = int(virtualSets.indexOf(sets));
            if (v < 0) {
                v = int(virtualSets.size());
                virtualSets.append(sets);
            }
            a.virtualRoom = QStringLiteral("Virtual %1").arg(v + 1);
        }
        teachers.clear();
    }
    int largest = 1;
    for (const PlanCohort& c : problem.cohorts)
        largest = std::max(largest, c.size);

    QXmlStreamWriter xml(&file.xml);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    Writer w(file, xml);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("fet"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("6.8.5"));
    w.text(QStringLiteral("Mode"), QStringLiteral("Official"));
    w.text(QStringLiteral("Institution_Name"), options.institution);
    w.text(QStringLiteral("Comments"),
           choose ? QStringLiteral("Written by Parcours: the week of %1. FET chooses the trainers: each trainer is a "
                                   "real room, each activity's virtual room has a set of rooms and a set of trainers.")
                        .arg(problem.monday.toString(Qt::ISODate))
                  : QStringLiteral("Written by Parcours (parcours-cli plan --export-fet): the week of %1. Trainers are fixed on "
                          "each activity (%2 from a given week, %3 by a balanced assignment).")
               .arg(problem.monday.toString(Qt::ISODate))
               .arg(file.activities.size() - file.balanced - int(std::count_if(file.activities.cbegin(), file.activities.cend(),
                                                                              [](const FetActivity& a) { return a.lockedIndex >= 0; })))
               .arg(file.balanced));

    xml.writeStartElement(QStringLiteral("Days_List"));
    w.number(QStringLiteral("Number_of_Days"), file.weekdays.size());
    for (int d : file.weekdays) {
        xml.writeStartElement(QStringLiteral("Day"));
        w.text(QStringLiteral("Name"), dayName(d));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("Hours_List"));
    w.number(QStringLiteral("Number_of_Hours"), hours);
    for (int h = 0; h < hours; ++h) {
        xml.writeStartElement(QStringLiteral("Hour"));
        w.text(QStringLiteral("Name"), w.hourName(h));
        xml.writeEndElement();
    }
    xml.writeEndElement();

    QList<Module> modules;
    for (const FetActivity& a : std::as_const(file.activities))
        if (!modules.contains(a.module))
            modules.append(a.module);
    xml.writeStartElement(QStringLiteral("Subjects_List"));
    for (Module m : modules) {
        xml.writeStartElement(QStringLiteral("Subject"));
        w.text(QStringLiteral("Name"), codeOf(m));
        w.text(QStringLiteral("Comments"), QString());
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEmptyElement(QStringLiteral("Activity_Tags_List"));

    xml.writeStartElement(QStringLiteral("Teachers_List"));
    for (const QString& ref : std::as_const(teachers)) {
        xml.writeStartElement(QStringLiteral("Teacher"));
        w.text(QStringLiteral("Name"), ref);
        w.number(QStringLiteral("Target_Number_of_Hours"), 0);
        xml.writeStartElement(QStringLiteral("Qualified_Subjects"));
        for (const PlanTrainer& t : problem.trainers)
            if (t.ref == ref)
                for (Module m : t.modules)
                    if (modules.contains(m))
                        w.text(QStringLiteral("Qualified_Subject"), codeOf(m));
        xml.writeEndElement();
        w.text(QStringLiteral("Comments"), QString());
        xml.writeEndElement();
    }
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("Students_List"));
    for (const PlanCohort& c : problem.cohorts) {
        xml.writeStartElement(QStringLiteral("Year"));
        w.text(QStringLiteral("Name"), c.ref);
        w.number(QStringLiteral("Number_of_Students"), std::max(0, c.size));
        w.text(QStringLiteral("Comments"), QString());
        w.number(QStringLiteral("Number_of_Categories"), 0);
        w.text(QStringLiteral("Separator"), QStringLiteral(" "));
        xml.writeEndElement();
    }
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("Activities_List"));
    for (const FetActivity& a : std::as_const(file.activities)) {
        xml.writeStartElement(QStringLiteral("Activity"));
        if (!a.trainerRef.isEmpty() && !choose)
            w.text(QStringLiteral("Teacher"), a.trainerRef);
        w.text(QStringLiteral("Subject"), codeOf(a.module));
        w.text(QStringLiteral("Students"), a.cohortRef);
        w.number(QStringLiteral("Duration"), slotsToDuration(a.minutes));
        w.number(QStringLiteral("Total_Duration"), slotsToDuration(a.minutes));
        w.number(QStringLiteral("Id"), a.id);
        w.number(QStringLiteral("Activity_Group_Id"), 0);
        w.flag(QStringLiteral("Active"), true);
        w.text(QStringLiteral("Comments"), a.lockedIndex >= 0 ? QStringLiteral("locked %1").arg(problem.locked[a.lockedIndex].ref)
                                                               : QString());
        xml.writeEndElement();
    }
    xml.writeEndElement();

    QStringList buildings;
    for (const PlanRoom& r : problem.rooms)
        if (!r.siteRef.isEmpty() && !buildings.contains(r.siteRef))
            buildings.append(r.siteRef);
    xml.writeStartElement(QStringLiteral("Buildings_List"));
    for (const QString& b : std::as_const(buildings)) {
        xml.writeStartElement(QStringLiteral("Building"));
        w.text(QStringLiteral("Name"), b);
        w.text(QStringLiteral("Comments"), QString());
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("Rooms_List"));
    auto room = [&](const QString& ref, const QString& building, int capacity) {
        xml.writeStartElement(QStringLiteral("Room"));
        w.text(QStringLiteral("Name"), ref);
        w.text(QStringLiteral("Building"), building);
        w.number(QStringLiteral("Capacity"), capacity);
        w.flag(QStringLiteral("Virtual"), false);
        w.text(QStringLiteral("Comments"), QString());
        xml.writeEndElement();
    };
    for (const PlanRoom& r : problem.rooms)
        room(r.ref, r.siteRef, r.capacity > 0 ? r.capacity : largest); // 0: unknown, seats any cohort
    for (const QString& r : std::as_const(extraRooms))
        room(r, QString(), largest);
    for (auto it = roomOfTrainer.cbegin(); it != roomOfTrainer.cend(); ++it)
        room(it.value(), QString(), largest);
    for (int v = 0; v < virtualSets.size(); ++v) {
        xml.writeStartElement(QStringLiteral("Room"));
        w.text(QStringLiteral("Name"), QStringLiteral("Virtual %1").arg(v + 1));
        w.text(QStringLiteral("Building"), QString());
        w.number(QStringLiteral("Capacity"), largest);
        w.flag(QStringLiteral("Virtual"), true);
        QList<QStringList> sets;
        for (const QStringList& set : {virtualSets[v].first, virtualSets[v].second})
            if (!set.isEmpty())
                sets.append(set);
        w.number(QStringLiteral("Number_of_Sets_of_Real_Rooms"), sets.size());
        for (const QStringList& set : std::as_const(sets)) {
            xml.writeStartElement(QStringLiteral("Set_of_Real_Rooms"));
            w.number(QStringLiteral("Number_of_Real_Rooms"), set.size());
            for (const QString& r : set)
                w.text(QStringLiteral("Real_Room"), r);
            xml.writeEndElement();
        }
        w.text(QStringLiteral("Comments"), QString());
        xml.writeEndElement();
    }
    xml.writeEndElement();

    // Time constraints.
    xml.writeStartElement(QStringLiteral("Time_Constraints_List"));
    xml.writeStartElement(QStringLiteral("ConstraintBasicCompulsoryTime"));
    w.number(QStringLiteral("Weight_Percentage"), 100);
    w.tail();
    xml.writeEndElement();
    // Locked sessions are kept as they are, even where the rules would not put them (the planner
    // does not check them against absences, bookings or hours a day): their slots are taken out
    // of the not-available times of their trainer, room and cohort, lunch becomes the cohorts'
    // not-available times when one crosses it, and a cohort's hours a day rise to its locked day.
    auto lockedSlots = [&](auto&& take) {
        QList<Slot> list;
        for (const FetActivity& a : std::as_const(file.activities))
            if (a.lockedIndex >= 0 && take(a))
                list += covering(problem.locked[a.lockedIndex].weekday, problem.locked[a.lockedIndex].start,
                                 problem.locked[a.lockedIndex].end);
        return list;
    };
    auto without = [](QList<Slot> list, const QList<Slot>& kept) {
        list.erase(std::remove_if(list.begin(), list.end(), [&](const Slot& s) {
                       return std::any_of(kept.cbegin(), kept.cend(),
                                          [&](const Slot& k) { return k.day == s.day && k.hour == s.hour; });
                   }),
                   list.end());
        return list;
    };
    const QList<Slot> allLocked = lockedSlots([](const FetActivity&) { return true; });
    // Lunch: a break where every site lunches; the rest as the cohorts' absences below.
    QList<Slot> breaks;
    QSet<int> breakHours;
    if (!problem.sites.isEmpty())
        for (int h = 0; h < hours; ++h) {
            const int s = dayStart + h * g;
            const bool all = std::all_of(problem.sites.cbegin(), problem.sites.cend(), [&](const PlanSite& site) {
                return site.lunchStart >= 0 && site.lunchStart <= s && s + g <= site.lunchEnd;
            });
            const bool lockedIn = std::any_of(allLocked.cbegin(), allLocked.cend(), [&](const Slot& k) { return k.hour == h; });
            if (all && !lockedIn) {
                breakHours.insert(h);
                for (int d : file.weekdays)
                    breaks.append(Slot{d, h});
            }
        }
    sortSlots(breaks);
    if (!breaks.isEmpty()) {
        xml.writeStartElement(QStringLiteral("ConstraintBreakTimes"));
        w.number(QStringLiteral("Weight_Percentage"), 100);
        w.number(QStringLiteral("Number_of_Break_Times"), breaks.size());
        w.slotList(breaks, QStringLiteral("Break_Time"), QStringLiteral("Day"), QStringLiteral("Hour"));
        w.tail();
        xml.writeEndElement();
    }
    // Trainers: their absences, and the locked sessions of cohorts not planned (Choose: as the
    // not-available times of their trainer-rooms, among the space constraints).
    auto trainerAway = [&](const QString& ref) {
        QList<Slot> away;
        for (const PlanTrainer& t : problem.trainers)
            if (t.ref == ref)
                for (const PlanInterval& i : t.unavailable)
                    away += covering(i.weekday, i.start, i.end);
        for (int l : std::as_const(outsideLocked))
            if (problem.locked[l].trainerRef == ref)
                away += covering(problem.locked[l].weekday, problem.locked[l].start, problem.locked[l].end);
        away = without(away, lockedSlots([&](const FetActivity& a) { return a.trainerRef == ref; }));
        sortSlots(away);
        return away;
    };
    for (const QString& ref : std::as_const(teachers))
        w.notAvailable(QStringLiteral("ConstraintTeacherNotAvailableTimes"), QStringLiteral("Teacher"), ref, trainerAway(ref));
    // Cohorts: closed days, outside their site's hours and lunch, hours a day.
    for (const PlanCohort& c : problem.cohorts) {
        const PlanSite* site = problem.site(c.siteRef);
        QList<Slot> away;
        for (int d : file.weekdays)
            for (int h = 0; h < hours; ++h) {
                const int s = dayStart + h * g;
                const bool closed = c.closedWeekdays.contains(d) || !site || s < site->opens || s + g > site->closes
                    || (site->lunchStart >= 0 && s < site->lunchEnd && site->lunchStart < s + g && !breakHours.contains(h));
                if (closed)
                    away.append(Slot{d, h});
            }
        const QList<Slot> kept = lockedSlots([&](const FetActivity& a) { return a.cohortRef == c.ref; });
        away = without(away, kept);
        w.notAvailable(QStringLiteral("ConstraintStudentsSetNotAvailableTimes"), QStringLiteral("Students"), c.ref, away);
        int daily = c.maxMinutesPerDay / g;
        for (int d : file.weekdays)
            daily = std::max(daily, int(std::count_if(kept.cbegin(), kept.cend(), [&](const Slot& k) { return k.day == d; })));
        if (c.maxMinutesPerDay > 0 && daily < hours) {
            xml.writeStartElement(QStringLiteral("ConstraintStudentsSetMaxHoursDaily"));
            w.number(QStringLiteral("Weight_Percentage"), 100);
            w.number(QStringLiteral("Maximum_Hours_Daily"), daily);
            w.text(QStringLiteral("Students"), c.ref);
            w.tail();
            xml.writeEndElement();
        }
    }
    // Blocks: their sessions on different days (a locked session on the day of an earlier locked
    // one of its block is left out: it stays where it is).
    for (int c = 0; c < problem.cohorts.size(); ++c)
        for (int b = 0; b < problem.cohorts[c].blocks.size(); ++b) {
            QList<int> ids;
            QList<int> lockedDays;
            for (int id : std::as_const(blockActivities[c][b])) {
                const FetActivity& a = file.activities[id - 1];
                if (a.lockedIndex >= 0) {
                    const int day = problem.locked[a.lockedIndex].weekday;
                    if (lockedDays.contains(day))
                        continue;
                    lockedDays.append(day);
                }
                ids.append(id);
            }
            if (!problem.cohorts[c].blocks[b].distinctDays || ids.size() < 2)
                continue;
            xml.writeStartElement(QStringLiteral("ConstraintMinDaysBetweenActivities"));
            w.number(QStringLiteral("Weight_Percentage"), 100);
            w.flag(QStringLiteral("Consecutive_If_Same_Day"), false);
            w.number(QStringLiteral("Number_of_Activities"), ids.size());
            for (int id : ids)
                w.number(QStringLiteral("Activity_Id"), id);
            w.number(QStringLiteral("MinDays"), 1);
            w.tail();
            xml.writeEndElement();
        }
    // Locked sessions: locked in time.
    for (const FetActivity& a : std::as_const(file.activities)) {
        if (a.lockedIndex < 0)
            continue;
        const PlanLocked& lk = problem.locked[a.lockedIndex];
        xml.writeStartElement(QStringLiteral("ConstraintActivityPreferredStartingTime"));
        w.number(QStringLiteral("Weight_Percentage"), 100);
        w.number(QStringLiteral("Activity_Id"), a.id);
        w.text(QStringLiteral("Preferred_Day"), dayName(lk.weekday));
        w.text(QStringLiteral("Preferred_Hour"), w.hourName(std::max(0, (lk.start - dayStart) / g)));
        w.flag(QStringLiteral("Permanently_Locked"), true);
        w.tail();
        xml.writeEndElement();
    }
    // The morning wish (soft): a start from which the session ends by the morning's end.
    if (options.morningWeightPercent > 0)
        for (const FetActivity& a : std::as_const(file.activities)) {
            if (a.lockedIndex >= 0)
                continue;
            const PlanCohort& co = problem.cohorts[cohortIndex.value(a.cohortRef)];
            const PlanSite* site = problem.site(co.siteRef);
            const bool wish = std::any_of(co.blocks.cbegin(), co.blocks.cend(), [&](const PlanBlock& b) {
                return b.morningWish && b.module == a.module && b.minutes == a.minutes;
            });
            if (!wish || !site)
                continue;
            QList<Slot> starts;
            for (int d : file.weekdays)
                for (int h = 0; h < hours; ++h) {
                    const int s = dayStart + h * g;
                    if (s >= site->opens && s + a.minutes <= site->morningEnd())
                        starts.append(Slot{d, h});
                }
            if (starts.isEmpty())
                continue;
            xml.writeStartElement(QStringLiteral("ConstraintActivityPreferredStartingTimes"));
            w.number(QStringLiteral("Weight_Percentage"), std::min(100, options.morningWeightPercent));
            w.number(QStringLiteral("Activity_Id"), a.id);
            w.number(QStringLiteral("Number_of_Preferred_Starting_Times"), starts.size());
            w.slotList(starts, QStringLiteral("Preferred_Starting_Time"), QStringLiteral("Preferred_Starting_Day"),
                    QStringLiteral("Preferred_Starting_Hour"));
            w.tail();
            xml.writeEndElement();
        }
    xml.writeEndElement();

    // Space constraints.
    xml.writeStartElement(QStringLiteral("Space_Constraints_List"));
    xml.writeStartElement(QStringLiteral("ConstraintBasicCompulsorySpace"));
    w.number(QStringLiteral("Weight_Percentage"), 100);
    w.tail();
    xml.writeEndElement();
    for (const PlanRoom& r : problem.rooms) {
        QList<Slot> booked;
        for (const PlanInterval& i : r.unavailable)
            booked += covering(i.weekday, i.start, i.end);
        for (int l : std::as_const(outsideLocked))
            if (problem.locked[l].roomRef == r.ref)
                booked += covering(problem.locked[l].weekday, problem.locked[l].start, problem.locked[l].end);
        booked = without(booked, lockedSlots([&](const FetActivity& a) { return a.rooms == QStringList{r.ref}; }));
        sortSlots(booked);
        w.notAvailable(QStringLiteral("ConstraintRoomNotAvailableTimes"), QStringLiteral("Room"), r.ref, booked);
    }
    for (auto it = roomOfTrainer.cbegin(); it != roomOfTrainer.cend(); ++it)
        w.notAvailable(QStringLiteral("ConstraintRoomNotAvailableTimes"), QStringLiteral("Room"), it.value(),
                       trainerAway(it.key()));
    for (const FetActivity& a : std::as_const(file.activities)) {
        if (!a.virtualRoom.isEmpty()) {
            xml.writeStartElement(QStringLiteral("ConstraintActivityPreferredRoom"));
            w.number(QStringLiteral("Weight_Percentage"), 100);
            w.number(QStringLiteral("Activity_Id"), a.id);
            w.text(QStringLiteral("Room"), a.virtualRoom);
            w.flag(QStringLiteral("Permanently_Locked"), a.lockedIndex >= 0);
            w.tail();
            xml.writeEndElement();
            continue;
        }
        if (a.rooms.isEmpty())
            continue;
        if (a.lockedIndex >= 0) {
            xml.writeStartElement(QStringLiteral("ConstraintActivityPreferredRoom"));
            w.number(QStringLiteral("Weight_Percentage"), 100);
            w.number(QStringLiteral("Activity_Id"), a.id);
            w.text(QStringLiteral("Room"), a.rooms.constFirst());
            w.flag(QStringLiteral("Permanently_Locked"), true);
        } else {
            xml.writeStartElement(QStringLiteral("ConstraintActivityPreferredRooms"));
            w.number(QStringLiteral("Weight_Percentage"), 100);
            w.number(QStringLiteral("Activity_Id"), a.id);
            w.number(QStringLiteral("Number_of_Preferred_Rooms"), a.rooms.size());
            for (const QString& r : a.rooms)
                w.text(QStringLiteral("Preferred_Room"), r);
        }
        w.tail();
        xml.writeEndElement();
    }
    xml.writeEndElement();

    xml.writeEndElement(); // fet
    xml.writeEndDocument();
    return file;
}

} // namespace parcours
