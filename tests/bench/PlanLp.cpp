// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanLp.h"

#include <QFile>
#include <QTextStream>

#include <map>
#include <vector>

namespace parcours {

bool writePlanLp(const PlanProblem& p, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QTextStream out(&file);
    std::vector<QString> rows, binaries;
    // Covering lists: key -> variables whose session covers that half hour.
    std::map<std::tuple<int, int, int>, QStringList> cohortUnits, roomUnits, trainerUnits;
    std::map<int, QStringList> trainerMinutes;
    int row = 0;
    auto name = [&](const QString& base) { return base + QString::number(row++); };
    for (int c = 0; c < p.cohorts.size(); ++c) {
        const PlanCohort& co = p.cohorts[c];
        const PlanSite* site = p.site(co.siteRef);
        if (!site)
            continue;
        QStringList dayMinutes;
        for (int g = 0; g < co.blocks.size(); ++g) {
            const PlanBlock& b = co.blocks[g];
            QStringList all;
            std::vector<int> starts;
            const bool lunch = site->lunchStart >= 0;
            for (int s = site->opens; s + b.minutes <= (lunch ? site->lunchStart : site->closes); s += p.stepMinutes)
                starts.push_back(s);
            if (lunch)
                for (int s = site->lunchEnd; s + b.minutes <= site->closes; s += p.stepMinutes)
                    starts.push_back(s);
            for (int d : p.daysOf(co)) {
                QStringList day;
                for (int s : starts) {
                    const QString y = QStringLiteral("y_%1_%2_%3_%4").arg(c).arg(g).arg(d).arg(s);
                    QStringList zs, ws;
                    for (int r = 0; r < p.rooms.size(); ++r) {
                        const PlanRoom& room = p.rooms[r];
                        if (room.siteRef != co.siteRef || (room.capacity > 0 && room.capacity < co.size))
                            continue;
                        bool free = true;
                        for (const PlanInterval& i : room.unavailable)
                            free = free && !i.overlaps(d, s, s + b.minutes);
                        if (!free)
                            continue;
                        const QString z = QStringLiteral("z_%1_%2_%3_%4_%5").arg(c).arg(g).arg(d).arg(s).arg(r);
                        zs << z;
                        binaries.push_back(z);
                        for (int u = s; u < s + b.minutes; u += 30)
                            roomUnits[{r, d, u}] << z;
                    }
                    for (int t = 0; t < p.trainers.size(); ++t) {
                        const PlanTrainer& tr = p.trainers[t];
                        if (!tr.modules.contains(b.module))
                            continue;
                        bool free = true;
                        for (const PlanInterval& i : tr.unavailable)
                            free = free && !i.overlaps(d, s, s + b.minutes);
                        if (!free)
                            continue;
                        const QString w = QStringLiteral("w_%1_%2_%3_%4_%5").arg(c).arg(g).arg(d).arg(s).arg(t);
                        ws << w;
                        binaries.push_back(w);
                        for (int u = s; u < s + b.minutes; u += 30)
                            trainerUnits[{t, d, u}] << w;
                        trainerMinutes[t] << QStringLiteral("%1 %2").arg(b.minutes).arg(w);
                    }
                    if (zs.isEmpty() || ws.isEmpty())
                        continue;
                    binaries.push_back(y);
                    all << y;
                    day << y;
                    dayMinutes << QStringLiteral("%1 %2").arg(b.minutes).arg(y);
                    rows.push_back(name(QStringLiteral("room")) + QStringLiteral(": ") + zs.join(QStringLiteral(" + "))
                                   + QStringLiteral(" - ") + y + QStringLiteral(" = 0"));
                    rows.push_back(name(QStringLiteral("trainer")) + QStringLiteral(": ") + ws.join(QStringLiteral(" + "))
                                   + QStringLiteral(" - ") + y + QStringLiteral(" = 0"));
                    for (int u = s; u < s + b.minutes; u += 30)
                        cohortUnits[{c, d, u}] << y;
                }
                if (b.distinctDays && day.size() > 1)
                    rows.push_back(name(QStringLiteral("distinct")) + QStringLiteral(": ") + day.join(QStringLiteral(" + "))
                                   + QStringLiteral(" <= 1"));
            }
            rows.push_back(name(QStringLiteral("count")) + QStringLiteral(": ") + all.join(QStringLiteral(" + "))
                           + QStringLiteral(" = %1").arg(b.count));
        }
        Q_UNUSED(dayMinutes);
        for (int d : p.daysOf(co)) {
            QStringList terms;
            for (const QString& t : dayMinutes)
                if (t.section(QLatin1Char('_'), 3, 3) == QString::number(d))
                    terms << t;
            if (!terms.isEmpty())
                rows.push_back(name(QStringLiteral("daymax")) + QStringLiteral(": ") + terms.join(QStringLiteral(" + "))
                               + QStringLiteral(" <= %1").arg(co.maxMinutesPerDay));
        }
    }
    auto overlap = [&](const char* what, const std::map<std::tuple<int, int, int>, QStringList>& units) {
        for (const auto& [key, vars] : units)
            if (vars.size() > 1)
                rows.push_back(name(QLatin1String(what)) + QStringLiteral(": ") + vars.join(QStringLiteral(" + "))
                               + QStringLiteral(" <= 1"));
    };
    overlap("c", cohortUnits);
    overlap("r", roomUnits);
    overlap("t", trainerUnits);
    for (const auto& [t, terms] : trainerMinutes)
        if (p.trainers[t].maxMinutesWeek)
            rows.push_back(name(QStringLiteral("tmax")) + QStringLiteral(": ") + terms.join(QStringLiteral(" + "))
                           + QStringLiteral(" <= %1").arg(*p.trainers[t].maxMinutesWeek));
    out << "Minimize\n obj: 0 " << (binaries.empty() ? QStringLiteral("dummy") : binaries.front()) << "\nSubject To\n";
    for (const QString& r : rows)
        out << ' ' << r << '\n';
    out << "Binary\n";
    for (const QString& b : binaries)
        out << ' ' << b << '\n';
    out << "End\n";
    return out.status() == QTextStream::Ok;
}

} // namespace parcours
