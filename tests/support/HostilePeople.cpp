// SPDX-License-Identifier: GPL-3.0-or-later
#include "HostilePeople.h"

#include "CatchQt.h"
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

} // namespace parcours::test
