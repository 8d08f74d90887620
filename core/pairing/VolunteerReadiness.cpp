// SPDX-License-Identifier: GPL-3.0-or-later
#include "VolunteerReadiness.h"

#include <QCoreApplication>

namespace parcours {

namespace {

bool applies(ReadinessItem item, VolunteerRole role)
{
    switch (item) {
    case ReadinessItem::Sector:
    case ReadinessItem::Profession:
        return role != VolunteerRole::Coach;
    case ReadinessItem::School:
        return role != VolunteerRole::Mentor;
    default:
        return true;
    }
}

bool isDone(ReadinessItem item, const Volunteer& v)
{
    switch (item) {
    case ReadinessItem::CharterSigned:
        return v.charterSignedOn.isValid();
    case ReadinessItem::TrainingAttended:
        return v.trainingOn.isValid();
    case ReadinessItem::Sector:
        return !v.sector.trimmed().isEmpty();
    case ReadinessItem::Profession:
        return !v.profession.trimmed().isEmpty();
    case ReadinessItem::School:
        return !v.school.trimmed().isEmpty();
    case ReadinessItem::Availability:
        return v.availableFrom.isValid() && v.availableTo.isValid();
    case ReadinessItem::Languages:
        return !v.languages.isEmpty();
    case ReadinessItem::Capacity:
        return v.maxPairings > 0;
    }
    return false;
}

constexpr ReadinessItem kItems[] = {
    ReadinessItem::CharterSigned, ReadinessItem::TrainingAttended, ReadinessItem::Sector,
    ReadinessItem::Profession,    ReadinessItem::School,           ReadinessItem::Availability,
    ReadinessItem::Languages,     ReadinessItem::Capacity,
};

} // namespace

QList<ReadinessCheck> VolunteerReadiness::checklist(const Volunteer& volunteer)
{
    QList<ReadinessCheck> out;
    for (ReadinessItem item : kItems)
        if (applies(item, volunteer.role))
            out.append({item, isDone(item, volunteer)});
    return out;
}

QList<ReadinessItem> VolunteerReadiness::missing(const Volunteer& volunteer)
{
    QList<ReadinessItem> out;
    for (const ReadinessCheck& c : checklist(volunteer))
        if (!c.done)
            out.append(c.item);
    return out;
}

QString VolunteerReadiness::label(ReadinessItem item)
{
    switch (item) {
    case ReadinessItem::CharterSigned:
        return QCoreApplication::translate("Readiness", "Charter signed");
    case ReadinessItem::TrainingAttended:
        return QCoreApplication::translate("Readiness", "Training attended");
    case ReadinessItem::Sector:
        return QCoreApplication::translate("Readiness", "Sector");
    case ReadinessItem::Profession:
        return QCoreApplication::translate("Readiness", "Profession");
    case ReadinessItem::School:
        return QCoreApplication::translate("Readiness", "School");
    case ReadinessItem::Availability:
        return QCoreApplication::translate("Readiness", "Availability window");
    case ReadinessItem::Languages:
        return QCoreApplication::translate("Readiness", "Languages");
    case ReadinessItem::Capacity:
        return QCoreApplication::translate("Readiness", "Capacity of one pairing or more");
    }
    return {};
}

QString VolunteerReadiness::code(ReadinessItem item)
{
    switch (item) {
    case ReadinessItem::CharterSigned:
        return QStringLiteral("charter_signed");
    case ReadinessItem::TrainingAttended:
        return QStringLiteral("training_attended");
    case ReadinessItem::Sector:
        return QStringLiteral("sector");
    case ReadinessItem::Profession:
        return QStringLiteral("profession");
    case ReadinessItem::School:
        return QStringLiteral("school");
    case ReadinessItem::Availability:
        return QStringLiteral("availability");
    case ReadinessItem::Languages:
        return QStringLiteral("languages");
    case ReadinessItem::Capacity:
        return QStringLiteral("capacity");
    }
    return {};
}

QString VolunteerReadiness::labels(const QList<ReadinessItem>& items)
{
    QStringList out;
    for (ReadinessItem item : items)
        out << label(item);
    return out.join(QLatin1String(", "));
}

} // namespace parcours
