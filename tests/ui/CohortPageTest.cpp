// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/CohortPage.h"

#include "CatchQt.h"
#include "TestDatabase.h"
#include "UiTestSupport.h"
#include "core/storage/CohortRepository.h"
#include "core/storage/Database.h"
#include "core/storage/ParticipantRepository.h"
#include "core/storage/Transaction.h"
#include "ui/Document.h"
#include "ui/models/EnrolmentTableModel.h"
#include "ui/models/ParticipantTableModel.h"

#include <QAction>
#include <QLabel>
#include <QTableView>
#include <QUndoStack>

using namespace parcours;
using namespace parcours::ui;

namespace {

const QString kCohort = QStringLiteral("C-2024-1");
const QString kHelene = QStringLiteral("P-000001"); // enrolled
const QString kAhmad = QStringLiteral("P-000002");  // enrolled
const QString kAmina = QStringLiteral("P-000003");  // withdrawn on 2024-02-01
const QString kNour = QStringLiteral("P-000004");   // not enrolled
const QString kSelam = QStringLiteral("P-000005");  // not enrolled

/// The sample file with two more participants and a cohort of three places, open in a
/// Document with the window's participant list, shown on a cohort page on 12 February 2024.
struct CohortFixture
{
    CohortFixture()
    {
        test::fillSample(file.db());
        {
            Transaction tx(file.db());
            REQUIRE(tx.begun());
            auto cohort = CohortRepository(file.db()).find(kCohort);
            REQUIRE(cohort);
            REQUIRE(*cohort);
            Cohort c = **cohort;
            c.capacity = 3;
            REQUIRE(CohortRepository(file.db()).save(c));
            for (const auto& [ref, first, last] :
                 {std::tuple{kNour, "Nour", "Haddad"}, std::tuple{kSelam, "Selam", "Haile"}}) {
                Participant p;
                p.ref = ref;
                p.firstName = QString::fromUtf8(first);
                p.lastName = QString::fromUtf8(last);
                p.consentDate = QDate(2024, 1, 5); // enrolled below: their consent is recorded
                REQUIRE(ParticipantRepository(file.db()).save(p));
            }
            REQUIRE(tx.commit());
        }
        file.close();
        auto db = Database::open(file.path());
        REQUIRE(db);
        document = std::make_unique<Document>(std::move(*db));
        participants.attach(document.get());
        REQUIRE(participants.reload(document->database()));
        page = std::make_unique<CohortPage>(&participants);
        page->setClock(clock);
        page->setConfirmer([this](const QString& question, const QString& details) {
            questions << question + QLatin1Char(' ') + details;
            return answer;
        });
        // A consent question would be a surprise here (PrivacyUiTest asks them): answered "cancel".
        page->setConsentAsker([this](const QStringList& names) {
            consentQuestions << names;
            return std::optional<QString>();
        });
        page->setDocument(document.get());
        REQUIRE(page->showCohort(kCohort));
    }

    Database& db() { return document->database(); }
    QUndoStack* stack() { return document->undoStack(); }

    /// The enrolment of a participant in the cohort, as the file holds it.
    std::optional<Enrolment> stored(const QString& participant)
    {
        auto list = CohortRepository(db()).enrolmentsOf(kCohort);
        REQUIRE(list);
        for (const Enrolment& e : *list)
            if (e.participantRef == participant)
                return e;
        return std::nullopt;
    }
    int storedCount()
    {
        auto list = CohortRepository(db()).enrolmentsOf(kCohort);
        REQUIRE(list);
        return int(list->size());
    }

    // English with its plural forms: the texts checked are the source strings.
    test::ScopedLanguage language{QLocale(QLocale::English, QLocale::UnitedKingdom)};
    test::TestDatabase file;
    std::unique_ptr<Document> document;
    ParticipantTableModel participants;
    FixedClock clock{QDateTime(QDate(2024, 2, 12), QTime(10, 0))};
    std::unique_ptr<CohortPage> page;
    QStringList questions;
    QStringList consentQuestions;
    bool answer = true;
};

} // namespace

TEST_CASE("cohort page shows the cohort's details, weekly targets and enrolments", "[ui][cohort]")
{
    CohortFixture f;
    CHECK(f.page->heading()->text() == QStringLiteral("Tremplin Lyon 2024-1"));
    const QString details = f.page->detailsLabel()->text();
    CHECK(details.contains(QStringLiteral("C-2024-1")));
    CHECK(details.contains(QStringLiteral("Maison des associations")));
    // The sample's defaults: 12 to 15 h of French, 2 h of English, 2 h of soft skills.
    const QString targets = f.page->targetsLabel()->text();
    CHECK(targets.contains(QStringLiteral("12 to 15 h")));
    CHECK(targets.count(QStringLiteral("<b>2 h</b>")) == 2);
    // Hélène and Ahmad enrolled, Amina withdrawn: 2 of 3 places taken.
    EnrolmentTableModel* model = f.page->enrolments();
    REQUIRE(model->rowCount() == 3);
    CHECK(model->activeCount() == 2);
    CHECK(f.page->capacityLabel()->text() ==
          QStringLiteral("2 enrolled for 3 places · 1 withdrawn"));
    CHECK_FALSE(f.page->isOverCapacity());
    const int amina = model->rowOf(kAmina);
    REQUIRE(amina >= 0);
    CHECK(model->index(amina, EnrolmentTableModel::Participant).data().toString() ==
          QStringLiteral("Amina Bakari"));
    CHECK(model->index(amina, EnrolmentTableModel::Status).data().toString() ==
          QStringLiteral("Withdrawn"));
}

TEST_CASE("enrolling from the picker's choice is one step, undone and redone", "[ui][cohort]")
{
    CohortFixture f;
    QSet<QString> excluded;
    f.page->setParticipantChooser([&excluded](const QSet<QString>& already) {
        excluded = already;
        return QStringList{kNour};
    });
    f.page->enrolAction()->trigger();
    // Those in the cohort, withdrawn or not, are not offered.
    CHECK(excluded == QSet<QString>{kHelene, kAhmad, kAmina});
    const auto nour = f.stored(kNour);
    REQUIRE(nour);
    CHECK(nour->status == EnrolmentStatus::Enrolled);
    CHECK(nour->enrolledOn == QDate(2024, 2, 12)); // today, within the cohort's dates
    CHECK(f.questions.isEmpty());                  // 3 of 3 places: no warning
    CHECK(f.stack()->undoText() == QStringLiteral("Enrol “Nour Haddad” in “Tremplin Lyon 2024-1”"));
    CHECK(f.page->enrolments()->rowCount() == 4);
    CHECK(f.page->selectedRefs() == QStringList{kNour});

    f.stack()->undo();
    CHECK_FALSE(f.stored(kNour));
    CHECK(f.storedCount() == 3);
    CHECK(f.page->enrolments()->rowCount() == 3);
    f.stack()->redo();
    REQUIRE(f.stored(kNour));
    CHECK(f.stored(kNour)->enrolledOn == QDate(2024, 2, 12));
    CHECK(f.page->enrolments()->rowCount() == 4);
}

TEST_CASE("enrolling beyond the places warns first; refused, nothing is written", "[ui][cohort]")
{
    CohortFixture f;
    f.answer = false;
    CHECK_FALSE(f.page->enrol({kNour, kSelam})); // 2 + 2 = 4 for 3 places
    REQUIRE(f.questions.size() == 1);
    CHECK(f.questions.first().contains(QStringLiteral("3 places")));
    CHECK(f.questions.first().contains(QStringLiteral("4 participants, 1 beyond its places")));
    CHECK(f.storedCount() == 3);
    CHECK(f.stack()->count() == 0);

    f.answer = true;
    REQUIRE(f.page->enrol({kNour, kSelam}));
    CHECK(f.questions.size() == 2);
    CHECK(f.storedCount() == 5);
    CHECK(f.page->isOverCapacity());
    CHECK(f.page->capacityLabel()->text().contains(QStringLiteral("1 over capacity")));
    CHECK(f.stack()->undoText() ==
          QStringLiteral("Enrol 2 participants in “Tremplin Lyon 2024-1”"));

    f.stack()->undo();
    CHECK(f.storedCount() == 3);
    CHECK_FALSE(f.page->isOverCapacity());
    f.stack()->redo();
    CHECK(f.stored(kNour).has_value());
    CHECK(f.stored(kSelam).has_value());
    CHECK(f.page->isOverCapacity());
}

TEST_CASE("withdrawing asks the date and the reason, and is undone and redone", "[ui][cohort]")
{
    CohortFixture f;
    QString askedFor;
    f.page->setWithdrawalAsker([&askedFor](const Enrolment& e, const QString& name) {
        askedFor = name + QLatin1Char('/') + e.participantRef;
        return std::optional<Withdrawal>(
            Withdrawal{QDate(2024, 2, 9), QStringLiteral("Found a job"), CefrLevel::A2});
    });
    f.page->selectRefs({kAhmad});
    REQUIRE(f.page->withdrawAction()->isEnabled());
    f.page->withdrawAction()->trigger();
    CHECK(askedFor == QStringLiteral("Ahmad Karimi/P-000002"));
    auto ahmad = f.stored(kAhmad);
    REQUIRE(ahmad);
    CHECK(ahmad->status == EnrolmentStatus::Withdrawn);
    CHECK(ahmad->exitDate == QDate(2024, 2, 9));
    CHECK(ahmad->exitReason == QStringLiteral("Found a job"));
    CHECK(ahmad->frenchLevelExit == CefrLevel::A2);
    CHECK(ahmad->enrolledOn == QDate(2024, 1, 8)); // the rest kept
    CHECK(f.page->enrolments()->activeCount() == 1);
    CHECK(f.stack()->undoText() ==
          QStringLiteral("Withdraw “Ahmad Karimi” from “Tremplin Lyon 2024-1”"));

    f.stack()->undo();
    ahmad = f.stored(kAhmad);
    REQUIRE(ahmad);
    CHECK(ahmad->status == EnrolmentStatus::Enrolled);
    CHECK_FALSE(ahmad->exitDate.isValid());
    CHECK(ahmad->exitReason.isEmpty());
    CHECK_FALSE(ahmad->frenchLevelExit.has_value());
    f.stack()->redo();
    CHECK(f.stored(kAhmad)->exitReason == QStringLiteral("Found a job"));

    // A withdrawal cancelled in the dialog changes nothing.
    f.page->setWithdrawalAsker([](const Enrolment&, const QString&) { return std::nullopt; });
    f.page->selectRefs({kHelene});
    f.page->withdrawAction()->trigger();
    CHECK(f.stored(kHelene)->status == EnrolmentStatus::Enrolled);
    CHECK(f.stack()->count() == 1);
}

TEST_CASE("marking completed sets the cohort's end as exit date, undone and redone", "[ui][cohort]")
{
    CohortFixture f;
    f.page->selectRefs({kHelene, kAhmad, kAmina});
    REQUIRE(f.page->completedAction()->isEnabled());
    f.page->completedAction()->trigger();
    // Amina was withdrawn: completing her too is what the person asked for.
    for (const QString& ref : {kHelene, kAhmad, kAmina}) {
        const auto e = f.stored(ref);
        REQUIRE(e);
        CHECK(e->status == EnrolmentStatus::Completed);
        CHECK(e->exitDate == QDate(2024, 4, 5));
        CHECK(e->exitReason.isEmpty());
    }
    CHECK(f.stack()->undoText() ==
          QStringLiteral("Mark 3 participants as having completed “Tremplin Lyon 2024-1”"));
    f.stack()->undo();
    CHECK(f.stored(kHelene)->status == EnrolmentStatus::Enrolled);
    CHECK_FALSE(f.stored(kHelene)->exitDate.isValid());
    CHECK(f.stored(kAmina)->status == EnrolmentStatus::Withdrawn);
    CHECK(f.stored(kAmina)->exitDate == QDate(2024, 2, 1));
    f.stack()->redo();
    CHECK(f.stored(kAmina)->status == EnrolmentStatus::Completed);

    // And back to enrolled.
    f.page->selectRefs({kHelene});
    REQUIRE(f.page->reinstateAction()->isEnabled());
    f.page->reinstateAction()->trigger();
    CHECK(f.stored(kHelene)->status == EnrolmentStatus::Enrolled);
    CHECK_FALSE(f.stored(kHelene)->exitDate.isValid());
    f.stack()->undo();
    CHECK(f.stored(kHelene)->status == EnrolmentStatus::Completed);
}

TEST_CASE("the exit level is set in place and through the page, undone and redone", "[ui][cohort]")
{
    CohortFixture f;
    EnrolmentTableModel* model = f.page->enrolments();
    const QModelIndex level = model->index(model->rowOf(kHelene), EnrolmentTableModel::ExitLevel);
    REQUIRE(model->flags(level).testFlag(Qt::ItemIsEditable));
    REQUIRE(model->setData(level, QStringLiteral("B1")));
    CHECK(f.stored(kHelene)->frenchLevelExit == CefrLevel::B1);
    CHECK(model->index(model->rowOf(kHelene), EnrolmentTableModel::ExitLevel).data().toString() ==
          QStringLiteral("B1"));
    CHECK(f.stack()->undoText() == QStringLiteral("Set the exit level of “Hélène Zerrouki”"));
    CHECK_FALSE(model->setData(level, QStringLiteral("Z9"))); // not a level: nothing pushed
    CHECK(f.stack()->count() == 1);

    REQUIRE(f.page->setExitLevel(kHelene, CefrLevel::B2));
    CHECK(f.stored(kHelene)->frenchLevelExit == CefrLevel::B2);
    f.stack()->undo();
    CHECK(f.stored(kHelene)->frenchLevelExit == CefrLevel::B1);
    f.stack()->undo();
    CHECK_FALSE(f.stored(kHelene)->frenchLevelExit.has_value());
    f.stack()->redo();
    f.stack()->redo();
    CHECK(f.stored(kHelene)->frenchLevelExit == CefrLevel::B2);
}

TEST_CASE("an enrolment removed from the list comes back with undo", "[ui][cohort]")
{
    CohortFixture f;
    f.page->selectRefs({kAmina});
    f.page->removeAction()->trigger();
    CHECK_FALSE(f.stored(kAmina));
    CHECK(f.page->enrolments()->rowCount() == 2);
    f.stack()->undo();
    const auto amina = f.stored(kAmina);
    REQUIRE(amina);
    CHECK(amina->status == EnrolmentStatus::Withdrawn);
    CHECK(amina->exitDate == QDate(2024, 2, 1));
    f.stack()->redo();
    CHECK_FALSE(f.stored(kAmina));
}

TEST_CASE("on a read-only file the cohort page changes nothing", "[ui][cohort]")
{
    test::TestDatabase file;
    test::fillSample(file.db());
    file.close();
    auto db = Database::open(file.path(), OpenMode::ReadOnly);
    REQUIRE(db);
    Document document(std::move(*db));
    ParticipantTableModel participants;
    REQUIRE(participants.reload(document.database()));
    CohortPage page(&participants);
    page.setDocument(&document);
    REQUIRE(page.showCohort(kCohort));
    page.selectRefs({kHelene});
    CHECK_FALSE(page.enrolAction()->isEnabled());
    CHECK_FALSE(page.withdrawAction()->isEnabled());
    CHECK_FALSE(page.completedAction()->isEnabled());
    CHECK_FALSE(page.enrolments()
                    ->flags(page.enrolments()->index(0, EnrolmentTableModel::ExitLevel))
                    .testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(page.markCompleted({kHelene}));
}
