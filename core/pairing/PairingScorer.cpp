// SPDX-License-Identifier: GPL-3.0-or-later
#include "PairingScorer.h"

#include "PairingFeatures.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace parcours {

namespace pairing {

namespace {

QString folded(const QString& text)
{
    return codes::fold(text);
}

const QSet<QString>& stopWords()
{
    static const QSet<QString> words = {
        QStringLiteral("dans"),  QStringLiteral("pour"),  QStringLiteral("avec"),  QStringLiteral("sans"),
        QStringLiteral("chez"),  QStringLiteral("etre"),  QStringLiteral("faire"), QStringLiteral("autre"),
        QStringLiteral("autres"), QStringLiteral("leur"), QStringLiteral("leurs"), QStringLiteral("cette"),
        QStringLiteral("vers"),  QStringLiteral("plus"),  QStringLiteral("tres"),  QStringLiteral("travailler"),
        QStringLiteral("metier"), QStringLiteral("emploi"), QStringLiteral("poste"), QStringLiteral("secteur"),
        QStringLiteral("with"),  QStringLiteral("from"),  QStringLiteral("into"),  QStringLiteral("work"),
    };
    return words;
}

} // namespace

QStringList significantWords(const QString& text)
{
    QStringList out;
    const QString f = folded(text);
    QString word;
    auto flush = [&] {
        if (word.size() >= 4 && !stopWords().contains(word) && !out.contains(word))
            out << word;
        word.clear();
    };
    for (const QChar c : f) {
        if (c.isLetterOrNumber())
            word += c;
        else
            flush();
    }
    flush();
    return out;
}

ParticipantFeatures participantFeatures(const Participant& participant)
{
    ParticipantFeatures f;
    f.sector = folded(participant.sector);
    f.projectWords = significantWords(participant.professionalProject);
    const bool beginner = !participant.frenchLevelEntry || *participant.frenchLevelEntry == CefrLevel::A0
        || *participant.frenchLevelEntry == CefrLevel::A1;
    for (const QString& l : participant.languages) {
        const QString code = l.trimmed().toLower();
        if (code.isEmpty() || (beginner && code == QLatin1String("fr")) || f.languages.contains(code))
            continue;
        f.languages << code;
    }
    return f;
}

CandidateFeatures candidateFeatures(const Candidate& candidate, const MatchCohort& cohort)
{
    const Volunteer& v = candidate.volunteer;
    CandidateFeatures f;
    f.sector = folded(v.sector);
    f.professionWords = significantWords(v.profession);
    for (const QString& l : v.languages)
        f.languages << l.trimmed().toLower();
    f.sameSite = !cohort.siteRef.isEmpty() && candidate.siteRefs.contains(cohort.siteRef);
    const QString city = folded(cohort.siteCity);
    f.sameCity = !f.sameSite && !city.isEmpty() && folded(v.employer).contains(city);
    if (!v.school.trimmed().isEmpty()) {
        const QString school = folded(v.school);
        const QString name = folded(cohort.siteName);
        f.schoolAtSite = (!city.isEmpty() && school.contains(city)) || (!name.isEmpty() && school.contains(name));
    }
    f.availabilityCovers = cohort.startDate.isValid() && cohort.endDate.isValid()
        && (!v.availableFrom.isValid() || v.availableFrom <= cohort.startDate)
        && (!v.availableTo.isValid() || v.availableTo >= cohort.endDate);
    return f;
}

bool wordsMatch(const QString& a, const QString& b)
{
    if (a == b)
        return true;
    constexpr int kPrefix = 6;
    return a.size() >= kPrefix && b.size() >= kPrefix && QStringView(a).left(kPrefix) == QStringView(b).left(kPrefix);
}

QString matchingWord(const QStringList& professionWords, const QStringList& projectWords)
{
    for (const QString& w : professionWords)
        for (const QString& p : projectWords)
            if (wordsMatch(w, p))
                return w;
    return {};
}

QStringList sharedLanguages(const QStringList& participant, const QStringList& candidate)
{
    QStringList out;
    for (const QString& l : participant)
        if (candidate.contains(l))
            out << l;
    return out;
}

QString wordKey(const QString& word)
{
    constexpr int kPrefix = 6;
    return word.size() >= kPrefix ? word.left(kPrefix) : word + QLatin1Char('#');
}

int Vocabulary::id(const QString& text)
{
    if (text.isEmpty())
        return -1;
    const auto it = m_ids.constFind(text);
    if (it != m_ids.cend())
        return *it;
    const int next = int(m_ids.size());
    m_ids.insert(text, next);
    return next;
}

std::vector<int> Vocabulary::ids(const QStringList& texts)
{
    std::vector<int> out;
    for (const QString& t : texts)
        if (const int i = id(t); i >= 0)
            out.push_back(i);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::vector<int> Vocabulary::keyIds(const QStringList& words)
{
    QStringList keys;
    for (const QString& w : words)
        keys << wordKey(w);
    return ids(keys);
}

ParticipantKeys keysOf(const ParticipantFeatures& p, Vocabulary& vocabulary)
{
    return {vocabulary.id(p.sector), vocabulary.keyIds(p.projectWords), vocabulary.ids(p.languages)};
}

CandidateKeys keysOf(const CandidateFeatures& c, Vocabulary& vocabulary)
{
    return {vocabulary.id(c.sector), vocabulary.keyIds(c.professionWords), vocabulary.ids(c.languages),
            c.sameSite,              c.sameCity,                           c.schoolAtSite,
            c.availabilityCovers};
}

namespace {

bool meet(const std::vector<int>& a, const std::vector<int>& b)
{
    auto i = a.begin();
    auto j = b.begin();
    while (i != a.end() && j != b.end()) {
        if (*i == *j)
            return true;
        if (*i < *j)
            ++i;
        else
            ++j;
    }
    return false;
}

} // namespace

int points(const ParticipantKeys& p, const CandidateKeys& c, PairingRole role)
{
    int total = 0;
    if (role == PairingRole::Mentor) {
        if (p.sector >= 0 && p.sector == c.sector)
            total += PairingScorer::kSameSector;
        if (meet(c.professionWords, p.projectWords))
            total += PairingScorer::kProfessionFitsProject;
    }
    if (meet(p.languages, c.languages))
        total += PairingScorer::kSharedLanguage;
    if (c.sameSite)
        total += PairingScorer::kSameSite;
    else if (c.sameCity)
        total += PairingScorer::kSameCity;
    if (role == PairingRole::Coach && c.schoolAtSite)
        total += PairingScorer::kSchoolAtSite;
    if (c.availabilityCovers)
        total += PairingScorer::kAvailabilityCovers;
    return total;
}

} // namespace pairing

PairingScorer::PairingScorer(MatchCohort cohort, PairingRole role) : m_cohort(std::move(cohort)), m_role(role) {}

int PairingScorer::points(const Participant& participant, const Candidate& candidate) const
{
    pairing::Vocabulary vocabulary;
    return pairing::points(pairing::keysOf(pairing::participantFeatures(participant), vocabulary),
                           pairing::keysOf(pairing::candidateFeatures(candidate, m_cohort), vocabulary), m_role);
}

PairScore PairingScorer::score(const Participant& participant, const Candidate& candidate) const
{
    using namespace pairing;
    const ParticipantFeatures p = participantFeatures(participant);
    const CandidateFeatures c = candidateFeatures(candidate, m_cohort);
    const Volunteer& v = candidate.volunteer;
    PairScore s;
    auto add = [&s](int points, QString text) {
        s.points += points;
        s.reasons.append({points, std::move(text)});
    };
    if (m_role == PairingRole::Mentor) {
        if (!p.sector.isEmpty() && p.sector == c.sector)
            add(kSameSector, QCoreApplication::translate("PairingScorer", "Same sector: %1").arg(v.sector.trimmed()));
        if (!matchingWord(c.professionWords, p.projectWords).isEmpty())
            add(kProfessionFitsProject,
                QCoreApplication::translate("PairingScorer", "Profession \"%1\" fits the project \"%2\"")
                    .arg(v.profession.trimmed(), participant.professionalProject.trimmed()));
    }
    const QStringList shared = sharedLanguages(p.languages, c.languages);
    if (!shared.isEmpty())
        add(kSharedLanguage,
            QCoreApplication::translate("PairingScorer", "Shared languages: %1").arg(shared.join(QLatin1String(", "))));
    if (c.sameSite)
        add(kSameSite, QCoreApplication::translate("PairingScorer", "Already paired at site %1")
                           .arg(m_cohort.siteName.isEmpty() ? m_cohort.siteRef : m_cohort.siteName));
    else if (c.sameCity)
        add(kSameCity, QCoreApplication::translate("PairingScorer", "Works in %1").arg(m_cohort.siteCity));
    if (m_role == PairingRole::Coach && c.schoolAtSite)
        add(kSchoolAtSite, QCoreApplication::translate("PairingScorer", "School near the site: %1").arg(v.school.trimmed()));
    if (c.availabilityCovers) {
        add(kAvailabilityCovers, QCoreApplication::translate("PairingScorer", "Available for the whole cohort"));
    } else if (m_cohort.startDate.isValid() && m_cohort.endDate.isValid()) {
        const QLocale locale;
        const QString from = v.availableFrom.isValid() ? locale.toString(v.availableFrom, QLocale::ShortFormat)
                                                       : QStringLiteral("…");
        const QString to = v.availableTo.isValid() ? locale.toString(v.availableTo, QLocale::ShortFormat)
                                                   : QStringLiteral("…");
        add(0, QCoreApplication::translate("PairingScorer", "Available only from %1 to %2").arg(from, to));
    }
    return s;
}

} // namespace parcours
