// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The facts PairingScorer's rules look at, worked out once per participant and per candidate
// so that the matcher can score millions of pairs without folding text each time. Private to
// core/pairing.

#include "PairingScorer.h"

#include <QHash>

#include <vector>

namespace parcours::pairing {

/// Folded (case- and accent-blind) words of 4 letters or more, common French and English
/// small words left out.
QStringList significantWords(const QString& text);

struct ParticipantFeatures
{
    QString sector;            ///< folded
    QStringList projectWords;  ///< significant words of the professional project
    QStringList languages;     ///< lower-case codes that count (French left out at A0-A1)
};

struct CandidateFeatures
{
    QString sector;              ///< folded
    QStringList professionWords; ///< significant words of the profession
    QStringList languages;       ///< lower-case codes
    bool sameSite = false;
    bool sameCity = false;
    bool schoolAtSite = false;
    bool availabilityCovers = false;
};

ParticipantFeatures participantFeatures(const Participant& participant);
CandidateFeatures candidateFeatures(const Candidate& candidate, const MatchCohort& cohort);

/// Two words match when equal, or when they share their first six letters (cuisinier,
/// cuisine; infirmier, infirmière).
bool wordsMatch(const QString& a, const QString& b);
/// The first word of `professionWords` that matches a word of `projectWords`, or empty.
QString matchingWord(const QStringList& professionWords, const QStringList& projectWords);
/// The languages in both lists, in the order of `participant`'s.
QStringList sharedLanguages(const QStringList& participant, const QStringList& candidate);

/// The key under which wordsMatch() holds: the first six letters of a longer word, a shorter
/// word whole (marked so that it never equals the prefix of a longer one).
QString wordKey(const QString& word);

/// Numbers for the words, sectors and languages of one scoring run, so that a pair is scored
/// with integer comparisons only.
class Vocabulary
{
public:
    int id(const QString& text); ///< -1 for empty text
    std::vector<int> ids(const QStringList& texts);     ///< sorted, without repeats
    std::vector<int> keyIds(const QStringList& words); ///< of wordKey(), sorted, without repeats

private:
    QHash<QString, int> m_ids;
};

/// ParticipantFeatures as numbers.
struct ParticipantKeys
{
    int sector = -1;
    std::vector<int> projectWords;
    std::vector<int> languages;
};

/// CandidateFeatures as numbers.
struct CandidateKeys
{
    int sector = -1;
    std::vector<int> professionWords;
    std::vector<int> languages;
    bool sameSite = false;
    bool sameCity = false;
    bool schoolAtSite = false;
    bool availabilityCovers = false;
};

ParticipantKeys keysOf(const ParticipantFeatures& p, Vocabulary& vocabulary);
CandidateKeys keysOf(const CandidateFeatures& c, Vocabulary& vocabulary);

/// The total of PairingScorer's rules (the one place they are added up).
int points(const ParticipantKeys& p, const CandidateKeys& c, PairingRole role);

} // namespace parcours::pairing
