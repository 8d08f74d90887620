// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiTestSupport.h"

#include "CatchQt.h"
#include "core/storage/CohortRepository.h"
#include "core/storage/Database.h"
#include "core/storage/ParticipantRepository.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/Transaction.h"
#include "core/storage/VolunteerRepository.h"
#include "resources/Translations.h"

#include <QCoreApplication>
#include <QSettings>

namespace parcours::test {

IsolatedSettings::IsolatedSettings()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ParcoursTests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_ui"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    QSettings().clear();
}

IsolatedSettings::~IsolatedSettings()
{
    QSettings().clear();
}

ScopedLanguage::ScopedLanguage(const QLocale& locale)
{
    QLocale::setDefault(locale);
    installTranslators(*QCoreApplication::instance(), locale);
}

ScopedLanguage::~ScopedLanguage()
{
    QLocale::setDefault(QLocale::c());
    installTranslators(*QCoreApplication::instance(), QLocale::c());
}

void fillSample(Database& db)
{
    Transaction tx(db);
    REQUIRE(tx.begun());

    Site site;
    site.ref = QStringLiteral("S-LYON");
    site.name = QStringLiteral("Maison des associations");
    site.city = QStringLiteral("Lyon");
    REQUIRE(SiteRepository(db).save(site));

    CohortRepository cohorts(db);
    Cohort cohort;
    cohort.ref = QStringLiteral("C-2024-1");
    cohort.name = QStringLiteral("Tremplin Lyon 2024-1");
    cohort.programme = QStringLiteral("Tremplin");
    cohort.siteRef = site.ref;
    cohort.startDate = QDate(2024, 1, 8);
    cohort.endDate = QDate(2024, 4, 5);
    cohort.capacity = 20;
    REQUIRE(cohorts.save(cohort));

    ParticipantRepository participants(db);
    Participant helene;
    helene.ref = QStringLiteral("P-000001");
    helene.firstName = QStringLiteral("Hélène");
    helene.lastName = QStringLiteral("Zerrouki");
    helene.status = ParticipantStatus::Refugee;
    helene.countryOfOrigin = QStringLiteral("SY");
    helene.frenchLevelEntry = CefrLevel::A2;
    helene.arrivalDate = QDate(2022, 5, 10);
    REQUIRE(participants.save(helene));
    Participant ahmad;
    ahmad.ref = QStringLiteral("P-000002");
    ahmad.firstName = QStringLiteral("Ahmad");
    ahmad.lastName = QStringLiteral("Karimi");
    ahmad.status = ParticipantStatus::AsylumSeeker;
    ahmad.countryOfOrigin = QStringLiteral("AF");
    REQUIRE(participants.save(ahmad));
    Participant amina;
    amina.ref = QStringLiteral("P-000003");
    amina.firstName = QStringLiteral("Amina");
    amina.lastName = QStringLiteral("Bakari");
    amina.status = ParticipantStatus::SubsidiaryProtection;
    amina.countryOfOrigin = QStringLiteral("SD");
    REQUIRE(participants.save(amina));

    for (const Participant* p : {&helene, &ahmad, &amina}) {
        Enrolment e;
        e.cohortRef = cohort.ref;
        e.participantRef = p->ref;
        e.enrolledOn = QDate(2024, 1, 8);
        if (p == &amina) {
            e.status = EnrolmentStatus::Withdrawn;
            e.exitDate = QDate(2024, 2, 1);
        }
        REQUIRE(cohorts.saveEnrolment(e));
    }

    VolunteerRepository volunteers(db);
    Volunteer claire;
    claire.ref = QStringLiteral("V-000001");
    claire.firstName = QStringLiteral("Claire");
    claire.lastName = QStringLiteral("Dubois");
    claire.role = VolunteerRole::Mentor;
    claire.profession = QStringLiteral("Comptable");
    claire.employer = QStringLiteral("Banque du Rhône");
    claire.maxPairings = 2;
    REQUIRE(volunteers.save(claire));
    Volunteer yanis;
    yanis.ref = QStringLiteral("V-000002");
    yanis.firstName = QStringLiteral("Yanis");
    yanis.lastName = QStringLiteral("Benali");
    yanis.role = VolunteerRole::Coach;
    yanis.school = QStringLiteral("Université Lyon 2");
    yanis.maxPairings = 1;
    REQUIRE(volunteers.save(yanis));

    REQUIRE(tx.commit());
}

} // namespace parcours::test
