// SPDX-License-Identifier: GPL-3.0-or-later
#include "SubjectAccessCsv.h"

#include "SubjectAccess.h"

#include "core/exchange/CsvWriter.h"
#include "core/exchange/ExchangeTables.h"
#include "core/exchange/ExchangeValues.h"

#include <QDir>
#include <QSaveFile>

namespace parcours {

namespace {

QString date(const QDate& d)
{
    return ExchangeValues::formatDate(d);
}

template<class E>
QString code(const std::optional<E>& value)
{
    return value ? codeOf(*value) : QString();
}

SubjectAccessCsv::File file(const QString& name, const QStringList& header, const QList<QStringList>& rows)
{
    CsvWriter csv(CsvDialect::Exchange);
    csv.addRecord(header);
    for (const QStringList& row : rows)
        csv.addRecord(row);
    return {name, csv.bytes()};
}

SubjectAccessCsv::File participantFile(const Participant& p)
{
    const auto& table = ExchangeTables::participants();
    return file(QStringLiteral("participant.csv"), table.header(), {table.format(p)});
}

SubjectAccessCsv::File volunteerFile(const Volunteer& v)
{
    // The exchange columns, then the onboarding dates the exchange format does not carry.
    const auto& table = ExchangeTables::volunteers();
    return file(QStringLiteral("volunteer.csv"),
                table.header() << QStringLiteral("charter_signed_on") << QStringLiteral("training_on"),
                {table.format(v) << date(v.charterSignedOn) << date(v.trainingOn)});
}

SubjectAccessCsv::File enrolmentsFile(const SubjectAccessData& data)
{
    QList<QStringList> rows;
    for (const Enrolment& e : data.enrolments) {
        const Cohort c = data.cohorts.value(e.cohortRef);
        rows << QStringList{e.cohortRef, c.name, date(c.startDate), date(c.endDate), date(e.enrolledOn), codeOf(e.status),
                            date(e.exitDate), e.exitReason, code(e.frenchLevelExit)};
    }
    return file(QStringLiteral("enrolments.csv"),
                {QStringLiteral("cohort_ref"), QStringLiteral("cohort_name"), QStringLiteral("cohort_start_date"),
                 QStringLiteral("cohort_end_date"), QStringLiteral("enrolled_on"), QStringLiteral("status"),
                 QStringLiteral("exit_date"), QStringLiteral("exit_reason"), QStringLiteral("french_level_exit")},
                rows);
}

SubjectAccessCsv::File attendanceFile(const SubjectAccessData& data)
{
    QList<QStringList> rows;
    for (const MarkedSession& m : data.attendance) {
        const Session& s = m.session;
        rows << QStringList{s.ref,
                            s.cohortRef,
                            date(s.date),
                            ExchangeValues::formatTime(s.start),
                            ExchangeValues::formatTime(s.end),
                            codeOf(s.module),
                            codeOf(s.status),
                            codeOf(m.mark.status),
                            QString::number(m.mark.minutesLate)};
    }
    return file(QStringLiteral("attendance.csv"),
                {QStringLiteral("session_ref"), QStringLiteral("cohort_ref"), QStringLiteral("date"),
                 QStringLiteral("start"), QStringLiteral("end"), QStringLiteral("module"),
                 QStringLiteral("session_status"), QStringLiteral("status"), QStringLiteral("minutes_late")},
                rows);
}

SubjectAccessCsv::File pairingsFile(const SubjectAccessData& data)
{
    QList<QStringList> rows;
    for (const Pairing& k : data.pairings)
        rows << QStringList{k.ref,       codeOf(k.role),   k.cohortRef,     date(k.startDate),
                            date(k.endDate), codeOf(k.status), k.endReason};
    return file(QStringLiteral("pairings.csv"),
                {QStringLiteral("ref"), QStringLiteral("role"), QStringLiteral("cohort_ref"), QStringLiteral("start_date"),
                 QStringLiteral("end_date"), QStringLiteral("status"), QStringLiteral("end_reason")},
                rows);
}

SubjectAccessCsv::File checkInsFile(const SubjectAccessData& data)
{
    QList<QStringList> rows;
    for (const CheckIn& c : data.checkIns)
        rows << QStringList{c.pairingRef, date(c.date),
                            c.durationMinutes ? QString::number(*c.durationMinutes) : QString(), code(c.kind), c.notes};
    return file(QStringLiteral("checkins.csv"),
                {QStringLiteral("pairing_ref"), QStringLiteral("date"), QStringLiteral("duration_minutes"),
                 QStringLiteral("kind"), QStringLiteral("notes")},
                rows);
}

SubjectAccessCsv::File outcomesFile(const SubjectAccessData& data)
{
    QList<QStringList> rows;
    for (const Outcome& o : data.outcomes)
        rows << QStringList{o.cohortRef,        codeOf(o.milestone), codeOf(o.situation), date(o.recordedOn),
                            o.employer,         o.sector,            o.notes};
    return file(QStringLiteral("outcomes.csv"),
                {QStringLiteral("cohort_ref"), QStringLiteral("milestone"), QStringLiteral("situation"),
                 QStringLiteral("recorded_on"), QStringLiteral("employer"), QStringLiteral("sector"),
                 QStringLiteral("notes")},
                rows);
}

} // namespace

QList<SubjectAccessCsv::File> SubjectAccessCsv::files(const SubjectAccessData& data)
{
    QList<File> out;
    if (data.participant) {
        out << participantFile(*data.participant) << enrolmentsFile(data) << attendanceFile(data)
            << pairingsFile(data) << checkInsFile(data) << outcomesFile(data);
    } else if (data.volunteer) {
        out << volunteerFile(*data.volunteer) << pairingsFile(data) << checkInsFile(data);
    }
    return out;
}

Result<QStringList> SubjectAccessCsv::write(const SubjectAccessData& data, const QString& dir)
{
    if (!QDir().mkpath(dir))
        return fail(ErrorCode::Io, QStringLiteral("cannot create the folder %1").arg(dir), {dir});
    QStringList names;
    for (const File& f : files(data)) {
        const QString path = QDir(dir).filePath(f.name);
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(f.bytes) != f.bytes.size() || !out.commit())
            return fail(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, out.errorString()), {path});
        names << f.name;
    }
    return names;
}

QString SubjectAccessCsv::safeFileName(const QString& ref)
{
    QString out;
    out.reserve(ref.size());
    for (const QChar c : ref) {
        const bool kept = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                          || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-')
                          || c == QLatin1Char('_') || c == QLatin1Char('.');
        out += kept ? c : QLatin1Char('_');
    }
    while (out.startsWith(QLatin1Char('.')))
        out[0] = QLatin1Char('_');
    return out.isEmpty() ? QStringLiteral("person") : out;
}

} // namespace parcours
