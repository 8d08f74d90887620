// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostilePeople.h"

#include "CatchQt.h"
#include "TestDatabase.h"
#include "core/exchange/ExchangeExporter.h"
#include "core/services/EditService.h"
#include "core/services/SubjectAccess.h"
#include "core/services/SubjectAccessCsv.h"
#include "core/storage/ParticipantRepository.h"
#include "core/exchange/CsvReader.h"

namespace parcours::test {

QString longText()
{
    QString s;
    while (s.size() < 2000)
        s += QStringLiteral("Ligne « longue », \"citée\", l'été; ");
    s.truncate(2000);
    return s;
}

const QStringList& hostile()
{
    static const QStringList values{
        QStringLiteral("Jean \"Jo\" O'Brien, l'aîné"),
        QStringLiteral("Robert'); DROP TABLE participant;--"),
        longText(),
        QStringLiteral("tab\there\nnew line\r\ncrlf \x01\x07\x1b[31m end"),
        QString::fromUtf8("أمينة حداد \u202Eمرحبا\u202C (RTL)"),
    };
    return values;
}

QString valueFor(int person, int field)
{
    return hostile().at((person + field) % hostile().size());
}

QString hostileEmail()
{
    return QString::fromUtf8("o'brien\");DROP--@مثال.example");
}

QString hostilePhone()
{
    return QStringLiteral("+33 (0)6 12-34/56.78");
}

Participant hostileParticipant(int i)
{
    Participant p;
    p.ref = QStringLiteral("H-%1").arg(i);
    p.firstName = valueFor(i, 0);
    p.lastName = valueFor(i, 1);
    p.professionalProject = valueFor(i, 2);
    p.sector = valueFor(i, 3);
    p.referrer = valueFor(i, 4);
    p.notes = valueFor(i, 5);
    p.email = hostileEmail();
    p.phone = hostilePhone();
    p.countryOfOrigin = QStringLiteral("SY");
    p.consentDate = QDate(2025, 2, 20);
    return p;
}

Volunteer hostileVolunteer(int i)
{
    Volunteer v;
    v.ref = QStringLiteral("HV-%1").arg(i);
    v.role = VolunteerRole::Both;
    v.firstName = valueFor(i, 0);
    v.lastName = valueFor(i, 1);
    v.profession = valueFor(i, 2);
    v.employer = valueFor(i, 3);
    v.sector = valueFor(i, 4);
    v.school = valueFor(i, 5);
    v.notes = valueFor(i, 6);
    v.email = hostileEmail();
    v.phone = hostilePhone();
    return v;
}

QMap<QString, QString> rowOf(const QByteArray& bytes, const QString& ref)
{
    const auto doc = CsvReader::parse(bytes);
    REQUIRE(doc.has_value());
    REQUIRE(doc->records.size() >= 2);
    const QStringList header = doc->records.first().cells;
    for (qsizetype r = 1; r < doc->records.size(); ++r) {
        const QStringList cells = doc->records.at(r).cells;
        if (cells.value(0) != ref)
            continue;
        REQUIRE(cells.size() == header.size());
        QMap<QString, QString> out;
        for (qsizetype c = 0; c < header.size(); ++c)
            out.insert(header.at(c), cells.at(c));
        return out;
    }
    FAIL("no row " << ref.toStdString());
    return {};
}

QMap<QString, QString> fieldsOf(const Participant& p)
{
    return {{QStringLiteral("first_name"), p.firstName}, {QStringLiteral("last_name"), p.lastName},     {QStringLiteral("professional_project"), p.professionalProject},
            {QStringLiteral("sector"), p.sector},        {QStringLiteral("referrer"), p.referrer},      {QStringLiteral("notes"), p.notes},
            {QStringLiteral("email"), p.email},          {QStringLiteral("phone"), p.phone}};
}

QMap<QString, QString> fieldsOf(const Volunteer& v)
{
    return {{QStringLiteral("first_name"), v.firstName}, {QStringLiteral("last_name"), v.lastName}, {QStringLiteral("profession"), v.profession},
            {QStringLiteral("employer"), v.employer},    {QStringLiteral("sector"), v.sector},      {QStringLiteral("school"), v.school},
            {QStringLiteral("notes"), v.notes},          {QStringLiteral("email"), v.email},        {QStringLiteral("phone"), v.phone}};
}

void checkRow(const QMap<QString, QString>& row, const QMap<QString, QString>& expected, const std::string& where)
{
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        INFO(where << ", column " << it.key().toStdString());
        CHECK(row.value(it.key()) == it.value());
    }
}

int storeAndCheckHostilePeople(TestDatabase& file)
{
    const int people = int(hostile().size());
    {
        EditService edits(file.db());
        for (int i = 0; i < people; ++i) {
            const auto p = edits.save(hostileParticipant(i));
            INFO((p ? std::string() : p.error().toString().toStdString()));
            REQUIRE(p.has_value());
            const auto v = edits.save(hostileVolunteer(i));
            INFO((v ? std::string() : v.error().toString().toStdString()));
            REQUIRE(v.has_value());
        }
    }

    // The file and the subject access CSVs.
    SubjectAccess access(file.db());
    for (int i = 0; i < people; ++i) {
        const Participant p = hostileParticipant(i);
        const auto stored = ParticipantRepository(file.db()).find(p.ref);
        REQUIRE(stored.has_value());
        REQUIRE(stored->has_value());
        checkRow(fieldsOf(**stored), fieldsOf(p), "participant " + p.ref.toStdString() + " in the file");
        const auto data = access.collect(PersonKind::Participant, p.ref);
        REQUIRE(data.has_value());
        const auto files = SubjectAccessCsv::files(*data);
        REQUIRE(files.first().name == QStringLiteral("participant.csv"));
        checkRow(rowOf(files.first().bytes, p.ref), fieldsOf(p), "subject access of " + p.ref.toStdString());

        const Volunteer v = hostileVolunteer(i);
        const auto vData = access.collect(PersonKind::Volunteer, v.ref);
        REQUIRE(vData.has_value());
        checkRow(fieldsOf(*vData->volunteer), fieldsOf(v), "volunteer " + v.ref.toStdString() + " in the file");
        const auto vFiles = SubjectAccessCsv::files(*vData);
        REQUIRE(vFiles.first().name == QStringLiteral("volunteer.csv"));
        checkRow(rowOf(vFiles.first().bytes, v.ref), fieldsOf(v), "subject access of " + v.ref.toStdString());
    }

    // The exchange export.
    ExchangeExporter exporter(file.db());
    const QString participantsCsv = file.dir() + QStringLiteral("/participants.csv");
    const QString volunteersCsv = file.dir() + QStringLiteral("/volunteers.csv");
    REQUIRE(exporter.exportTable(QStringLiteral("participants"), participantsCsv).has_value());
    REQUIRE(exporter.exportTable(QStringLiteral("volunteers"), volunteersCsv).has_value());
    for (int i = 0; i < people; ++i) {
        const Participant p = hostileParticipant(i);
        checkRow(rowOf(readBytes(participantsCsv), p.ref), fieldsOf(p), "exchange export of " + p.ref.toStdString());
        const Volunteer v = hostileVolunteer(i);
        checkRow(rowOf(readBytes(volunteersCsv), v.ref), fieldsOf(v), "exchange export of " + v.ref.toStdString());
    }
    return people;
}

} // namespace parcours::test
