// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoTimetable.h"

#include "DemoCatalogue.h"
#include "DemoRandom.h"
#include "core/timetable/FrenchHolidays.h"

#include <algorithm>
#include <array>
#include <initializer_list>

namespace parcours {

namespace {

constexpr int kDays = 5; // Monday to Friday
constexpr int kMonday = 0, kTuesday = 1, kWednesday = 2, kThursday = 3, kFriday = 4;

// Weeks (counted from 0) whose Friday is a professional day, when nothing else moves that week.
bool isProfessionalDayWeek(int weekIndex)
{
    return weekIndex == 3 || weekIndex == 7 || weekIndex == 10;
}

QTime addHours(const QTime& start, double hours)
{
    return start.addSecs(int(hours * 3600));
}

struct Slot
{
    bool used = false;
    Module module = Module::Fle;
    QTime start;
    QTime end;
    QString trainer;
    QString room;
    QString title;
};

} // namespace

QList<Session> DemoTimetable::build(const Cohort& cohort, const DemoStaff& staff, int& refCounter)
{
    QList<Session> out;
    const QDate firstMonday = cohort.startDate.addDays(1 - cohort.startDate.dayOfWeek());
    int index = 0;
    for (QDate monday = firstMonday; monday <= cohort.endDate; monday = monday.addDays(7), ++index) {
        for (Session s : week(cohort, staff, monday, index)) {
            s.ref = QStringLiteral("SE-%1").arg(++refCounter, 6, 10, QLatin1Char('0'));
            out.append(std::move(s));
        }
    }
    return out;
}

QList<Session> DemoTimetable::week(const Cohort& cohort, const DemoStaff& staff,
                                   const QDate& monday, int weekIndex)
{
    std::array<bool, kDays> open{};
    bool holidayWeek = false;
    int openDays = 0;
    for (int d = 0; d < kDays; ++d) {
        const QDate date = monday.addDays(d);
        const bool inCohort = date >= cohort.startDate && date <= cohort.endDate;
        const bool holiday = FrenchHolidays::isHoliday(date);
        holidayWeek = holidayWeek || (inCohort && holiday);
        open[d] = inCohort && !holiday;
        openDays += open[d] ? 1 : 0;
    }
    const bool fullWeek = monday >= cohort.startDate && monday.addDays(4) <= cohort.endDate;

    std::array<Slot, kDays> morning;
    std::array<Slot, kDays> afternoon;
    auto freeAfternoon = [&](std::initializer_list<int> order) {
        for (int d : order)
            if (open[d] && !afternoon[d].used)
                return d;
        return -1;
    };

    // English and soft skills first: their targets are exact, so they get the first pick of the
    // afternoons when a holiday takes their usual day.
    const QTime afternoonStart(13, 30);
    const QTime workshopStart(14, 0);
    if (cohort.englishHours > 0) {
        const int d = freeAfternoon({kTuesday, kWednesday, kMonday, kThursday, kFriday});
        if (d >= 0)
            afternoon[d] = {true, Module::English, workshopStart, addHours(workshopStart, cohort.englishHours),
                            staff.english, staff.room, QStringLiteral("English for work")};
    }
    if (cohort.softSkillsHours > 0) {
        const int d = freeAfternoon({kThursday, kWednesday, kMonday, kTuesday, kFriday});
        const QStringList& titles = DemoCatalogue::softSkillsTitles();
        if (d >= 0)
            afternoon[d] = {true, Module::SoftSkills, workshopStart,
                            addHours(workshopStart, cohort.softSkillsHours), staff.softSkills,
                            staff.room, titles.at(weekIndex % titles.size())};
    }

    const bool professionalDay = isProfessionalDayWeek(weekIndex) && fullWeek && openDays == kDays;
    if (professionalDay) {
        const QString title = m_random.pick(DemoCatalogue::professionalDayTitles());
        morning[kFriday] = {true, Module::ProfessionalDay, QTime(9, 0), QTime(12, 0),
                            staff.professionalDay, staff.room, QStringLiteral("Préparation : ") + title};
        // The afternoon is spent at the employer's, hence no room.
        afternoon[kFriday] = {true, Module::ProfessionalDay, afternoonStart, QTime(16, 30),
                              staff.professionalDay, QString(), title};
    }

    // The usual FLE week: 3 h every morning and 2 h on Friday (14 h), 12 h with a professional
    // day; never more than the cohort's maximum nor, in a full week, less than its minimum.
    double target = professionalDay ? 12 : 14;
    target = std::clamp(target, cohort.fleHoursMin, cohort.fleHoursMax);
    double fle = 0;
    for (int d = 0; d < kDays; ++d) {
        if (!open[d] || morning[d].used || fle >= target)
            continue;
        const double hours = std::min(3.0, target - fle);
        morning[d] = {true, Module::Fle, QTime(9, 0), addHours(QTime(9, 0), hours),
                      d <= kWednesday ? staff.fle : staff.fleLateWeek, staff.room, QString()};
        fle += hours;
    }
    // A holiday's FLE hours move to free afternoons of the same week.
    if (holidayWeek) {
        for (int d : {kWednesday, kMonday, kFriday, kTuesday, kThursday}) {
            if (fle >= target)
                break;
            if (!open[d] || afternoon[d].used)
                continue;
            const double hours = std::min(3.0, target - fle);
            afternoon[d] = {true, Module::Fle, afternoonStart, addHours(afternoonStart, hours), staff.fle,
                            staff.room, QStringLiteral("Cours déplacé (jour férié)")};
            fle += hours;
        }
    }

    QList<Session> out;
    for (int d = 0; d < kDays; ++d) {
        for (const Slot* slot : {&morning[d], &afternoon[d]}) {
            if (!slot->used)
                continue;
            Session s;
            s.cohortRef = cohort.ref;
            s.module = slot->module;
            s.date = monday.addDays(d);
            s.start = slot->start;
            s.end = slot->end;
            s.trainerRef = slot->trainer;
            s.roomRef = slot->room;
            s.title = slot->title;
            s.status = s.date < m_today ? SessionStatus::Held : SessionStatus::Planned;
            // A short Friday FLE class is sometimes cancelled (a trainer off sick): the week still
            // has its 12 h.
            const bool shortFridayFle = d == kFriday && s.module == Module::Fle && s.hours() < 3
                                        && fle - s.hours() >= cohort.fleHoursMin;
            if (s.status == SessionStatus::Held && shortFridayFle && m_random.chance(10))
                s.status = SessionStatus::Cancelled;
            out.append(std::move(s));
        }
    }
    return out;
}

} // namespace parcours
