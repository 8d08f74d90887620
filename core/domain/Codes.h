// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <array>
#include <optional>

// Every enumeration of domain.md, stored and exchanged by its code, shown translated.
// The English label of each value is the source string for translation (context "Codes"),
// the aliases are the other words an import accepts for it (French masculine, feminine and
// inclusive forms, usual abbreviations), separated by '|'.

#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(scope, x) x
#endif

namespace parcours {

enum class Module { Fle, English, SoftSkills, ProfessionalDay, Other };
enum class ParticipantStatus { Refugee, SubsidiaryProtection, AsylumSeeker, OtherNewcomer };
enum class VolunteerRole { Mentor, Coach, Both };
enum class TrainerKind { Staff, Volunteer, External };
enum class EnrolmentStatus { Enrolled, Completed, Withdrawn };
enum class SessionStatus { Planned, Held, Cancelled };
enum class AttendanceStatus { Present, Late, Excused, Absent };
enum class PairingRole { Mentor, Coach };
enum class PairingStatus { Proposed, Active, Ended };
enum class CheckInKind { InPerson, Phone, Video, Message };
enum class Milestone { Exit, M3, M6, M12 };
enum class Situation {
    Cdi, Cdd6mPlus, Interim6mPlus, SelfEmployed,
    CddUnder6m, InterimUnder6m, SubsidisedContract,
    QualifyingTraining,
    OtherTraining, JobSeeking, Inactive,
    Unknown
};
/// The class of a situation (indicators.md, Exits).
enum class SituationClass { Durable, Transition, Positive, Other, Unknown };
enum class CefrLevel { A0, A1, A2, B1, B2, C1, C2 };
enum class Gender { Female, Male, Other };

/// One value of an enumeration: its code, its English label and the aliases an import accepts.
struct CodeInfo
{
    const char* code;
    const char* label;
    const char* aliases;
};

/// The table of one enumeration, in the order of its values. Specialised below.
template<class E>
struct EnumCodes;

#define PARCOURS_CODES(E, N, ...)                                                                  \
    template<>                                                                                     \
    struct EnumCodes<E>                                                                            \
    {                                                                                              \
        static constexpr const char* name = #E;                                                    \
        static constexpr std::array<CodeInfo, N> table = {{__VA_ARGS__}};                          \
    }

PARCOURS_CODES(Module, 5,
    {"fle", QT_TRANSLATE_NOOP("Codes", "French (FLE)"), "français langue étrangère|français|french|fle"},
    {"english", QT_TRANSLATE_NOOP("Codes", "English"), "anglais"},
    {"soft_skills", QT_TRANSLATE_NOOP("Codes", "Soft skills"), "ateliers soft skills|soft skills|savoir-être|savoir être"},
    {"professional_day", QT_TRANSLATE_NOOP("Codes", "Professional day"), "journée professionnelle|journee pro"},
    {"other", QT_TRANSLATE_NOOP("Codes", "Other"), "autre"});

PARCOURS_CODES(ParticipantStatus, 4,
    {"refugee", QT_TRANSLATE_NOOP("Codes", "Refugee"), "réfugié|réfugiée|réfugié·e|réfugié.e|réfugié(e)"},
    {"subsidiary_protection", QT_TRANSLATE_NOOP("Codes", "Subsidiary protection"), "protection subsidiaire|bénéficiaire de la protection subsidiaire|bpi"},
    {"asylum_seeker", QT_TRANSLATE_NOOP("Codes", "Asylum seeker"), "demandeur d'asile|demandeuse d'asile|demandeur·se d'asile|demandeur·euse d'asile|demandeur.se d'asile"},
    {"other_newcomer", QT_TRANSLATE_NOOP("Codes", "Other newcomer"), "primo-arrivant|primo-arrivante|primo-arrivant·e|primo-arrivant.e|newcomer"});

PARCOURS_CODES(VolunteerRole, 3,
    {"mentor", QT_TRANSLATE_NOOP("Codes", "Mentor"), "mentore|marraine|parrain"},
    {"coach", QT_TRANSLATE_NOOP("Codes", "Coach"), ""},
    {"both", QT_TRANSLATE_NOOP("Codes", "Mentor and coach"), "les deux|mentor et coach|mentor and coach"});

PARCOURS_CODES(TrainerKind, 3,
    {"staff", QT_TRANSLATE_NOOP("Codes", "Staff"), "salarié|salariée|salarié·e|équipe"},
    {"volunteer", QT_TRANSLATE_NOOP("Codes", "Volunteer"), "bénévole"},
    {"external", QT_TRANSLATE_NOOP("Codes", "External"), "externe|prestataire"});

PARCOURS_CODES(EnrolmentStatus, 3,
    {"enrolled", QT_TRANSLATE_NOOP("Codes", "Enrolled"), "inscrit|inscrite|inscrit·e|en cours"},
    {"completed", QT_TRANSLATE_NOOP("Codes", "Completed"), "terminé|terminée|terminé·e|achevé"},
    {"withdrawn", QT_TRANSLATE_NOOP("Codes", "Withdrawn"), "abandon|sorti|sortie|sorti·e|abandonné"});

PARCOURS_CODES(SessionStatus, 3,
    {"planned", QT_TRANSLATE_NOOP("Codes", "Planned"), "prévue|prévu|planifiée"},
    {"held", QT_TRANSLATE_NOOP("Codes", "Held"), "réalisée|réalisé|tenue|faite"},
    {"cancelled", QT_TRANSLATE_NOOP("Codes", "Cancelled"), "annulée|annulé|canceled"});

PARCOURS_CODES(AttendanceStatus, 4,
    {"present", QT_TRANSLATE_NOOP("Codes", "Present"), "présent|présente|présent·e|p"},
    {"late", QT_TRANSLATE_NOOP("Codes", "Late"), "en retard|retard|r|l"},
    {"excused", QT_TRANSLATE_NOOP("Codes", "Excused"), "excusé|excusée|excusé·e|absence excusée|e"},
    {"absent", QT_TRANSLATE_NOOP("Codes", "Absent"), "absente|absent·e|a"});

PARCOURS_CODES(PairingRole, 2,
    {"mentor", QT_TRANSLATE_NOOP("Codes", "Mentor"), "mentore|marraine|parrain"},
    {"coach", QT_TRANSLATE_NOOP("Codes", "Coach"), ""});

PARCOURS_CODES(PairingStatus, 3,
    {"proposed", QT_TRANSLATE_NOOP("Codes", "Proposed"), "proposé|proposée|proposition"},
    {"active", QT_TRANSLATE_NOOP("Codes", "Active"), "actif|active|en cours"},
    {"ended", QT_TRANSLATE_NOOP("Codes", "Ended"), "terminé|terminée|fini|finie"});

PARCOURS_CODES(CheckInKind, 4,
    {"in_person", QT_TRANSLATE_NOOP("Codes", "In person"), "en personne|présentiel|rencontre"},
    {"phone", QT_TRANSLATE_NOOP("Codes", "Phone"), "téléphone|appel"},
    {"video", QT_TRANSLATE_NOOP("Codes", "Video"), "visio|visioconférence"},
    {"message", QT_TRANSLATE_NOOP("Codes", "Message"), "sms|e-mail|courriel|mail"});

PARCOURS_CODES(Milestone, 4,
    {"exit", QT_TRANSLATE_NOOP("Codes", "At exit"), "sortie|à la sortie|fin"},
    {"m3", QT_TRANSLATE_NOOP("Codes", "3 months"), "3 mois|à 3 mois|3m"},
    {"m6", QT_TRANSLATE_NOOP("Codes", "6 months"), "6 mois|à 6 mois|6m"},
    {"m12", QT_TRANSLATE_NOOP("Codes", "12 months"), "12 mois|à 12 mois|12m"});

PARCOURS_CODES(Situation, 12,
    {"cdi", QT_TRANSLATE_NOOP("Codes", "Permanent contract (CDI)"), "cdi|contrat à durée indéterminée|permanent contract"},
    {"cdd_6m_plus", QT_TRANSLATE_NOOP("Codes", "Fixed-term contract, 6 months or more"), "cdd 6 mois et plus|cdd de 6 mois ou plus|cdd 6 mois ou plus"},
    {"interim_6m_plus", QT_TRANSLATE_NOOP("Codes", "Temping, 6 months or more"), "intérim 6 mois et plus|intérim de 6 mois ou plus|interim 6 mois ou plus"},
    {"self_employed", QT_TRANSLATE_NOOP("Codes", "Business creation"), "création d'entreprise|auto-entrepreneur|auto-entrepreneuse|indépendant"},
    {"cdd_under_6m", QT_TRANSLATE_NOOP("Codes", "Fixed-term contract under 6 months"), "cdd de moins de 6 mois|cdd moins de 6 mois"},
    {"interim_under_6m", QT_TRANSLATE_NOOP("Codes", "Temping under 6 months"), "intérim de moins de 6 mois|intérim moins de 6 mois"},
    {"subsidised_contract", QT_TRANSLATE_NOOP("Codes", "Subsidised contract"), "contrat aidé|iae|subsidized contract"},
    {"qualifying_training", QT_TRANSLATE_NOOP("Codes", "Qualifying training"), "formation qualifiante|formation certifiante|formation qualifiante ou certifiante"},
    {"other_training", QT_TRANSLATE_NOOP("Codes", "Other training"), "autre formation|formation linguistique|formation pré-qualifiante"},
    {"job_seeking", QT_TRANSLATE_NOOP("Codes", "Looking for work"), "en recherche d'emploi|recherche d'emploi|demandeur d'emploi|demandeuse d'emploi"},
    {"inactive", QT_TRANSLATE_NOOP("Codes", "Inactive"), "inactif|inactive|inactif·ve"},
    {"unknown", QT_TRANSLATE_NOOP("Codes", "No news"), "inconnu|inconnue|sans nouvelles|pas de nouvelles"});

PARCOURS_CODES(CefrLevel, 7,
    {"A0", "A0", ""}, {"A1", "A1", ""}, {"A2", "A2", ""}, {"B1", "B1", ""}, {"B2", "B2", ""},
    {"C1", "C1", ""}, {"C2", "C2", ""});

PARCOURS_CODES(Gender, 3,
    {"f", QT_TRANSLATE_NOOP("Codes", "Woman"), "femme|female|féminin|w"},
    {"m", QT_TRANSLATE_NOOP("Codes", "Man"), "homme|male|masculin|h"},
    {"x", QT_TRANSLATE_NOOP("Codes", "Other or not stated"), "autre|non binaire|other"});

#undef PARCOURS_CODES

namespace codes {

/// Lower case, accents removed, `·`, `.`, `-`, `_` and runs of spaces folded into one space:
/// the form in which an import compares a word with a code, a label or an alias.
QString fold(QStringView text);

/// Appends fold(text) to `out`, where the text being built began at `from`: after one space
/// when `out` holds some of it already and `text` folds to something. Folding the pieces of a
/// text one after another this way gives fold() of the pieces joined by separators ("\n"),
/// without making the joined text (a list folds 100,000 rows' columns into one buffer).
void foldAppend(QStringView text, QString& out, qsizetype from);

/// Folds texts one after another at the end of a buffer, as foldAppend does, but for many:
/// the characters are written through a pointer into room made ahead, and the buffer is cut
/// to what was written once, by finish() or the destructor. A list folds the columns of
/// 100,000 rows this way. `out` must not be used otherwise until then.
class FoldWriter
{
public:
    /// Appends after what `out` holds; the text being built began at `from` (see foldAppend).
    explicit FoldWriter(QString& out, qsizetype from = -1);
    ~FoldWriter() { finish(); }
    FoldWriter(const FoldWriter&) = delete;
    FoldWriter& operator=(const FoldWriter&) = delete;

    /// A new text begins here: its first piece gets no space before it.
    void startText() { m_from = m_end; }
    /// Appends fold(piece), after one space when the text holds something already.
    void add(QStringView piece);
    /// The characters in the buffer so far, what was there before included.
    qsizetype size() const { return m_end; }
    /// Cuts the buffer to what was written.
    void finish();

private:
    char16_t* room(qsizetype most);

    QString& m_out;
    qsizetype m_from;
    qsizetype m_end;
};

/// Index of the entry whose code, label or alias folds to the same as `text`, or -1.
int lookup(QStringView text, const CodeInfo* table, int size);

} // namespace codes

/// The code of a value, as stored and exchanged.
template<class E>
QString codeOf(E value)
{
    return QString::fromLatin1(EnumCodes<E>::table[static_cast<std::size_t>(value)].code);
}

/// The English label of a value; the ui shows `QCoreApplication::translate("Codes", label)`.
template<class E>
const char* labelOf(E value)
{
    return EnumCodes<E>::table[static_cast<std::size_t>(value)].label;
}

/// The value of an exact code (as stored), or nothing.
template<class E>
std::optional<E> fromCode(QStringView code)
{
    const auto& table = EnumCodes<E>::table;
    for (std::size_t i = 0; i < table.size(); ++i)
        if (code == QLatin1String(table[i].code))
            return static_cast<E>(i);
    return std::nullopt;
}

/// The value meant by a word from outside: a code in any letter case, an English or French
/// label, an alias; accents and `·` ignored. Nothing when it is none of those.
template<class E>
std::optional<E> parseCode(QStringView text)
{
    const auto& table = EnumCodes<E>::table;
    const int i = codes::lookup(text, table.data(), int(table.size()));
    if (i < 0)
        return std::nullopt;
    return static_cast<E>(i);
}

/// Every value of an enumeration, in order.
template<class E>
constexpr std::array<E, EnumCodes<E>::table.size()> allValues()
{
    std::array<E, EnumCodes<E>::table.size()> out{};
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = static_cast<E>(i);
    return out;
}

/// Every code of an enumeration, in order (for messages and CHECK lists).
template<class E>
QStringList allCodes()
{
    QStringList out;
    for (const CodeInfo& c : EnumCodes<E>::table)
        out << QString::fromLatin1(c.code);
    return out;
}

/// The class of a situation (indicators.md).
constexpr SituationClass classOf(Situation s)
{
    switch (s) {
    case Situation::Cdi:
    case Situation::Cdd6mPlus:
    case Situation::Interim6mPlus:
    case Situation::SelfEmployed:
        return SituationClass::Durable;
    case Situation::CddUnder6m:
    case Situation::InterimUnder6m:
    case Situation::SubsidisedContract:
        return SituationClass::Transition;
    case Situation::QualifyingTraining:
        return SituationClass::Positive;
    case Situation::Unknown:
        return SituationClass::Unknown;
    case Situation::OtherTraining:
    case Situation::JobSeeking:
    case Situation::Inactive:
        break;
    }
    return SituationClass::Other;
}

/// A volunteer of this role may hold a pairing of that role.
constexpr bool canServeAs(VolunteerRole volunteer, PairingRole pairing)
{
    return volunteer == VolunteerRole::Both
        || (volunteer == VolunteerRole::Mentor && pairing == PairingRole::Mentor)
        || (volunteer == VolunteerRole::Coach && pairing == PairingRole::Coach);
}

} // namespace parcours
