// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace parcours {

/// Where invented participants come from: names of the country, languages, usual statuses.
struct DemoCountry
{
    QString code; ///< ISO 3166-1 alpha-2
    int weight;   ///< relative share among participants
    QStringList men;
    QStringList women;
    QStringList surnames;
    QStringList languages;      ///< ISO 639-1, spoken by everyone from there
    QStringList otherLanguages; ///< each spoken by some
    QList<int> statusWeights;   ///< refugee, subsidiary protection, asylum seeker, other newcomer
    bool francophone;
};

/// A kind of work: the words a participant's project or a mentor's profession use for it.
struct DemoSector
{
    QString name;             ///< the sector as stored and shown: free text, in French (`Santé`, ...)
    QStringList projects;     ///< professional projects of participants
    QStringList professions;  ///< professions of mentors
    QStringList employers;    ///< invented employers
};

/// The word lists from which the demo data is drawn. All names of people and firms are
/// invented combinations; phone numbers use the range France reserves for fiction and e-mail
/// addresses the reserved example.org domain.
class DemoCatalogue
{
public:
    static const QList<DemoCountry>& countries();
    static const QList<DemoSector>& sectors();
    static const QStringList& frenchMen();
    static const QStringList& frenchWomen();
    static const QStringList& frenchSurnames();
    /// Schools of student coaches, by city ("Lille", "Lyon").
    static QStringList schools(const QString& city);
    static QStringList referrers(const QString& city);
    static const QStringList& participantNotes();
    static const QStringList& checkInNotes();
    static const QStringList& softSkillsTitles();
    static const QStringList& professionalDayTitles();
    static const QStringList& withdrawalReasons();
    static const QStringList& trainingBodies();
};

} // namespace parcours
