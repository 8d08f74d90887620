// SPDX-License-Identifier: GPL-3.0-or-later
// A test-only reader of tests/data/exchange-mini, so that the engine can be checked on the
// fixture with no database and no importer. It refuses what it does not understand.
#include "IndicatorBuilders.h"
#include "TestDatabase.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <stdexcept>

namespace parcours::test {

namespace {

QList<QHash<QString, QString>> rows(const char* file)
{
    const QString path = testDataPath(QStringLiteral("exchange-mini/") + QLatin1String(file));
    const QByteArray bytes = readBytes(path);
    if (bytes.isEmpty() || bytes.contains('"'))
        throw std::runtime_error("the mini reader cannot read " + path.toStdString());
    QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
    const QStringList header = lines.takeFirst().trimmed().split(QLatin1Char(','));
    QList<QHash<QString, QString>> out;
    for (const QString& line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const QStringList fields = line.trimmed().split(QLatin1Char(','));
        if (fields.size() != header.size())
            throw std::runtime_error("bad row in " + path.toStdString());
        QHash<QString, QString> row;
        for (int i = 0; i < header.size(); ++i)
            row.insert(header[i], fields[i]);
        out.append(row);
    }
    return out;
}

template<class E>
E code(const QString& text)
{
    const auto value = fromCode<E>(text);
    if (!value)
        throw std::runtime_error("bad code " + text.toStdString());
    return *value;
}

QDate date(const QString& text)
{
    return QDate::fromString(text, Qt::ISODate);
}

} // namespace

IndicatorInput readMiniFixture()
{
    IndicatorInput in;
    for (const auto& r : rows("cohorts.csv")) {
        Cohort c;
        c.ref = r[QStringLiteral("ref")];
        c.startDate = date(r[QStringLiteral("start_date")]);
        c.endDate = date(r[QStringLiteral("end_date")]);
        c.fleHoursMin = r[QStringLiteral("fle_hours_min")].toDouble();
        c.fleHoursMax = r[QStringLiteral("fle_hours_max")].toDouble();
        c.englishHours = r[QStringLiteral("english_hours")].toDouble();
        c.softSkillsHours = r[QStringLiteral("soft_skills_hours")].toDouble();
        in.cohorts.append(c);
    }
    for (const auto& r : rows("participants.csv"))
        if (!r[QStringLiteral("french_level_entry")].isEmpty())
            in.entryLevels.insert(r[QStringLiteral("ref")],
                                  code<CefrLevel>(r[QStringLiteral("french_level_entry")]));
    for (const auto& r : rows("enrolments.csv")) {
        Enrolment e;
        e.cohortRef = r[QStringLiteral("cohort_ref")];
        e.participantRef = r[QStringLiteral("participant_ref")];
        e.enrolledOn = date(r[QStringLiteral("enrolled_on")]);
        e.status = code<EnrolmentStatus>(r[QStringLiteral("status")]);
        e.exitDate = date(r[QStringLiteral("exit_date")]);
        if (!r[QStringLiteral("french_level_exit")].isEmpty())
            e.frenchLevelExit = code<CefrLevel>(r[QStringLiteral("french_level_exit")]);
        in.enrolments.append(e);
    }
    for (const auto& r : rows("sessions.csv")) {
        Session s;
        s.ref = r[QStringLiteral("ref")];
        s.cohortRef = r[QStringLiteral("cohort_ref")];
        s.module = code<Module>(r[QStringLiteral("module")]);
        s.date = date(r[QStringLiteral("date")]);
        s.start = QTime::fromString(r[QStringLiteral("start")], QStringLiteral("HH:mm"));
        s.end = QTime::fromString(r[QStringLiteral("end")], QStringLiteral("HH:mm"));
        s.trainerRef = r[QStringLiteral("trainer_ref")];
        s.status = code<SessionStatus>(r[QStringLiteral("status")]);
        in.sessions.append(s);
    }
    for (const auto& r : rows("attendance.csv")) {
        Attendance a;
        a.sessionRef = r[QStringLiteral("session_ref")];
        a.participantRef = r[QStringLiteral("participant_ref")];
        a.status = code<AttendanceStatus>(r[QStringLiteral("status")]);
        a.minutesLate = r[QStringLiteral("minutes_late")].toInt();
        in.attendance.append(a);
    }
    for (const auto& r : rows("pairings.csv")) {
        Pairing p;
        p.ref = r[QStringLiteral("ref")];
        p.participantRef = r[QStringLiteral("participant_ref")];
        p.volunteerRef = r[QStringLiteral("volunteer_ref")];
        p.role = code<PairingRole>(r[QStringLiteral("role")]);
        p.cohortRef = r[QStringLiteral("cohort_ref")];
        p.startDate = date(r[QStringLiteral("start_date")]);
        p.endDate = date(r[QStringLiteral("end_date")]);
        p.status = code<PairingStatus>(r[QStringLiteral("status")]);
        in.pairings.append(p);
    }
    for (const auto& r : rows("trainers.csv"))
        in.trainerKinds.insert(r[QStringLiteral("ref")], code<TrainerKind>(r[QStringLiteral("kind")]));
    for (const auto& r : rows("outcomes.csv")) {
        Outcome o;
        o.participantRef = r[QStringLiteral("participant_ref")];
        o.cohortRef = r[QStringLiteral("cohort_ref")];
        o.milestone = code<Milestone>(r[QStringLiteral("milestone")]);
        o.situation = code<Situation>(r[QStringLiteral("situation")]);
        o.recordedOn = date(r[QStringLiteral("recorded_on")]);
        in.outcomes.append(o);
    }
    return in;
}

} // namespace parcours::test
