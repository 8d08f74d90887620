// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/pages/PairingsPage.h"

#include "CatchQt.h"
#include "ModalDriver.h"
#include "TestDatabase.h"
#include "UiTestSupport.h"
#include "core/pairing/PairingScorer.h"
#include "core/storage/Database.h"
#include "core/storage/PairingRepository.h"
#include "core/storage/ParticipantRepository.h"
#include "core/storage/Transaction.h"
#include "core/storage/VolunteerRepository.h"
#include "ui/Document.h"
#include "ui/dialogs/SuggestPairingsDialog.h"
#include "ui/models/ListTableModel.h"
#include "ui/models/PairingTableModel.h"
#include "ui/models/PairingVolunteerModel.h"
#include "ui/models/TableFilterProxy.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace parcours;
using namespace parcours::ui;

namespace {

const QString kCohort = QStringLiteral("C-2024-1");
const QString kHelene = QStringLiteral("P-000001"); // enrolled; project and sector in finance
const QString kAhmad = QStringLiteral("P-000002");  // enrolled
const QString kAmina = QStringLiteral("P-000003");  // withdrawn: not on the page
const QString kClaire = QStringLiteral("V-000001"); // mentor, 2 places, onboarding not done
const QString kYanis = QStringLiteral("V-000002");  // coach, 1 place, onboarding not done
const QString kMarc = QStringLiteral("V-000003");   // mentor, 1 place, ready
const QString kLea = QStringLiteral("V-000004");    // coach, 2 places, ready

/// The sample file (UiTestSupport.cpp) with two volunteers who finished their onboarding and a
/// professional project for Hélène, open in a Document and shown on a PairingsPage on Monday
/// 12 February 2024 (the cohort runs from 8 January to 5 April 2024).
struct PairingsFixture
{
    PairingsFixture()
    {
        test::fillSample(file.db());
        {
            Transaction tx(file.db());
            REQUIRE(tx.begun());
            auto helene = ParticipantRepository(file.db()).find(kHelene);
            REQUIRE(helene);
            REQUIRE(*helene);
            Participant h = **helene;
            h.professionalProject = QStringLiteral("Comptable dans une PME");
            h.sector = QStringLiteral("Finance");
            h.languages = {QStringLiteral("ar")};
            REQUIRE(ParticipantRepository(file.db()).save(h));

            Volunteer marc;
            marc.ref = kMarc;
            marc.firstName = QStringLiteral("Marc");
            marc.lastName = QStringLiteral("Petit");
            marc.role = VolunteerRole::Mentor;
            marc.profession = QStringLiteral("Comptable");
            marc.sector = QStringLiteral("Finance");
            marc.employer = QStringLiteral("Cabinet Durand");
            marc.languages = {QStringLiteral("fr"), QStringLiteral("ar")};
            marc.maxPairings = 1;
            marc.availableFrom = QDate(2023, 9, 1);
            marc.availableTo = QDate(2024, 12, 31);
            marc.charterSignedOn = QDate(2023, 11, 20);
            marc.trainingOn = QDate(2023, 12, 2);
            REQUIRE(VolunteerRepository(file.db()).save(marc));

            Volunteer lea;
            lea.ref = kLea;
            lea.firstName = QStringLiteral("Léa");
            lea.lastName = QStringLiteral("Martin");
            lea.role = VolunteerRole::Coach;
            lea.school = QStringLiteral("Sciences Po Lyon");
            lea.languages = {QStringLiteral("fr"), QStringLiteral("en")};
            lea.maxPairings = 2;
            lea.availableFrom = QDate(2023, 9, 1);
            lea.availableTo = QDate(2024, 6, 30);
            lea.charterSignedOn = QDate(2023, 11, 20);
            lea.trainingOn = QDate(2023, 12, 2);
            REQUIRE(VolunteerRepository(file.db()).save(lea));
            REQUIRE(tx.commit());
        }
        file.close();
        auto db = Database::open(file.path());
        REQUIRE(db);
        document = std::make_unique<Document>(std::move(*db));
        page = std::make_unique<PairingsPage>();
        page->setClock(clock);
        page->setConfirmer([this](const QString& question, const QString& details) {
            questions << question + QLatin1Char('\n') + details;
            return answer;
        });
        page->setDocument(document.get());
        REQUIRE(page->cohortRef() == kCohort);
        QObject::connect(page.get(), &PairingsPage::failed, page.get(),
                         [this](const QString& message) { failures << message; });
    }

    Database& db() { return document->database(); }
    QUndoStack* stack() { return document->undoStack(); }

    /// The pairings of a participant in one role, as the file holds them, by ref.
    QList<Pairing> stored(const QString& participant, PairingRole role)
    {
        auto all = PairingRepository(db()).ofParticipant(participant);
        REQUIRE(all);
        QList<Pairing> out;
        for (const Pairing& p : std::as_const(*all))
            if (p.role == role)
                out << p;
        return out;
    }
    /// The one pairing not ended of a participant in a role, or nothing.
    std::optional<Pairing> current(const QString& participant, PairingRole role)
    {
        for (const Pairing& p : stored(participant, role))
            if (p.status != PairingStatus::Ended)
                return p;
        return std::nullopt;
    }
    QString cell(const QString& participant, int column)
    {
        const int row = page->model()->rowOf(participant);
        REQUIRE(row >= 0);
        return page->model()->index(row, column).data().toString();
    }
    /// Chooses `volunteer` in the picker of the next Assign or Rematch.
    void choose(const QString& volunteer)
    {
        page->setVolunteerChooser([volunteer](const QString&, PairingRole, const QString&) {
            return volunteer;
        });
    }

    test::ScopedLanguage english{QLocale(QLocale::English, QLocale::UnitedKingdom)};
    test::TestDatabase file;
    std::unique_ptr<Document> document;
    std::unique_ptr<PairingsPage> page;
    FixedClock clock{QDateTime(QDate(2024, 2, 12), QTime(10, 0))};
    QStringList questions;
    QStringList failures;
    bool answer = true;
};

} // namespace

TEST_CASE("the pairings model shows the cohort's participants with their mentor and coach",
          "[ui][pairings]")
{
    PairingsFixture f;
    PairingTableModel* model = f.page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    // Hélène and Ahmad are enrolled; Amina withdrew: she is not to be paired.
    REQUIRE(model->rowCount() == 2);
    CHECK(model->rowOf(kAmina) == -1);
    CHECK(model->columnCount() == PairingTableModel::ColumnCount);
    CHECK(model->headerData(PairingTableModel::Mentor, Qt::Horizontal) == QStringLiteral("Mentor"));
    CHECK(model->headerData(PairingTableModel::Coach, Qt::Horizontal) == QStringLiteral("Coach"));
    CHECK(f.cell(kHelene, PairingTableModel::Participant) == QStringLiteral("Hélène Zerrouki"));
    CHECK(f.cell(kHelene, PairingTableModel::Mentor).isEmpty());
    CHECK(f.cell(kHelene, PairingTableModel::MentorStatus) == QStringLiteral("None"));
    CHECK(model->lacking(PairingRole::Mentor) == 2);
    CHECK(model->lacking(PairingRole::Coach) == 2);
    CHECK(f.page->summaryLabel()->text() ==
          QStringLiteral("2 participants · 2 without a mentor · 2 without a coach"));

    // The model follows the file: a pairing made shows, with its status.
    f.choose(kMarc);
    REQUIRE(f.page->selectCell(kHelene, PairingRole::Mentor));
    f.page->assignAction()->trigger();
    CHECK(f.cell(kHelene, PairingTableModel::Mentor) == QStringLiteral("Marc Petit"));
    CHECK(f.cell(kHelene, PairingTableModel::MentorStatus) == QStringLiteral("Active"));
    const int row = model->rowOf(kHelene);
    CHECK(model->index(row, PairingTableModel::Mentor).data(PairingTableModel::VolunteerRefRole) ==
          kMarc);
    CHECK(model->lacking(PairingRole::Mentor) == 1);
    CHECK(f.page->summaryLabel()->text() ==
          QStringLiteral("2 participants · 1 without a mentor · 2 without a coach"));

    // A proposal shows as such.
    REQUIRE(f.page->propose(kAhmad, PairingRole::Coach, kLea));
    CHECK(f.cell(kAhmad, PairingTableModel::Coach) == QStringLiteral("Léa Martin"));
    CHECK(f.cell(kAhmad, PairingTableModel::CoachStatus) == QStringLiteral("Proposed"));

    // In French.
    test::ScopedLanguage french{QLocale(QLocale::French, QLocale::France)};
    CHECK(f.cell(kHelene, PairingTableModel::MentorStatus) == QStringLiteral("Actif"));
    CHECK(f.cell(kAhmad, PairingTableModel::CoachStatus) == QStringLiteral("Proposé"));
    CHECK(f.cell(kAhmad, PairingTableModel::MentorStatus) == QStringLiteral("Aucun"));
    CHECK(model->headerData(PairingTableModel::MentorStatus, Qt::Horizontal) ==
          QStringLiteral("Binôme mentor"));
}

TEST_CASE("assigning, ending and undoing through the pairings page's actions", "[ui][pairings]")
{
    PairingsFixture f;
    const int steps = f.stack()->count();

    // Nothing chosen: Assign is off.
    CHECK_FALSE(f.page->assignAction()->isEnabled());
    REQUIRE(f.page->selectCell(kHelene, PairingRole::Mentor));
    CHECK(f.page->assignAction()->isEnabled());
    CHECK_FALSE(f.page->endAction()->isEnabled());

    f.choose(kMarc);
    f.page->assignAction()->trigger();
    auto made = f.current(kHelene, PairingRole::Mentor);
    REQUIRE(made);
    CHECK(made->volunteerRef == kMarc);
    CHECK(made->status == PairingStatus::Active);
    CHECK(made->startDate == QDate(2024, 2, 12));
    CHECK(made->cohortRef == kCohort);
    CHECK(f.questions.isEmpty()); // Marc is ready: nothing asked
    CHECK(f.stack()->count() == steps + 1);
    CHECK(f.stack()->undoText() == QStringLiteral("Pair “Hélène Zerrouki” with the mentor “Marc Petit”"));

    // Undo and redo go through the file.
    f.stack()->undo();
    CHECK(f.stored(kHelene, PairingRole::Mentor).isEmpty());
    CHECK(f.cell(kHelene, PairingTableModel::Mentor).isEmpty());
    f.stack()->redo();
    REQUIRE(f.current(kHelene, PairingRole::Mentor));
    CHECK(f.cell(kHelene, PairingTableModel::Mentor) == QStringLiteral("Marc Petit"));

    // End it with a reason.
    REQUIRE(f.page->selectCell(kHelene, PairingRole::Mentor));
    CHECK(f.page->endAction()->isEnabled());
    CHECK_FALSE(f.page->assignAction()->isEnabled()); // an active pairing: end or rematch first
    f.page->setEndingAsker([](const Pairing& p, const QString& newVolunteer) {
        CHECK(newVolunteer.isEmpty());
        CHECK(p.volunteerRef == kMarc);
        return PairingsPage::Ending{QDate(2024, 3, 1), PairingEndReason::VolunteerUnavailable};
    });
    f.page->endAction()->trigger();
    QList<Pairing> mentors = f.stored(kHelene, PairingRole::Mentor);
    REQUIRE(mentors.size() == 1);
    CHECK(mentors.first().status == PairingStatus::Ended);
    CHECK(mentors.first().endDate == QDate(2024, 3, 1));
    CHECK(mentors.first().endReason == QStringLiteral("volunteer_unavailable"));
    CHECK(f.cell(kHelene, PairingTableModel::MentorStatus) ==
          QStringLiteral("Ended (Volunteer unavailable)"));
    CHECK(f.page->model()->lacking(PairingRole::Mentor) == 2);

    f.stack()->undo();
    mentors = f.stored(kHelene, PairingRole::Mentor);
    REQUIRE(mentors.size() == 1);
    CHECK(mentors.first().status == PairingStatus::Active);
    CHECK_FALSE(mentors.first().endDate.isValid());
    f.stack()->redo();
    CHECK(f.stored(kHelene, PairingRole::Mentor).first().status == PairingStatus::Ended);
    CHECK(f.stack()->count() == steps + 2);
}

TEST_CASE("a rematch ends the pairing and keeps it as history", "[ui][pairings]")
{
    PairingsFixture f;
    REQUIRE(f.page->assign(kHelene, PairingRole::Coach, kLea));
    REQUIRE(f.page->selectCell(kHelene, PairingRole::Coach));
    CHECK(f.page->rematchAction()->isEnabled());

    QString excludedSeen;
    f.page->setVolunteerChooser([&excludedSeen](const QString& participant, PairingRole role,
                                                const QString& excluded) {
        CHECK(participant == kHelene);
        CHECK(role == PairingRole::Coach);
        excludedSeen = excluded;
        return kYanis;
    });
    f.page->setEndingAsker([](const Pairing&, const QString& newVolunteer) {
        CHECK(newVolunteer == kYanis);
        return PairingsPage::Ending{QDate(2024, 2, 12), PairingEndReason::Mismatch};
    });
    f.answer = true; // Yanis has not finished onboarding: go ahead
    f.page->rematchAction()->trigger();
    CHECK(excludedSeen == kLea); // the picker never offers the one being replaced
    const QList<Pairing> coaches = f.stored(kHelene, PairingRole::Coach);
    REQUIRE(coaches.size() == 2);
    CHECK(coaches.at(0).volunteerRef == kLea);
    CHECK(coaches.at(0).status == PairingStatus::Ended);
    CHECK(coaches.at(0).endReason == QStringLiteral("mismatch"));
    CHECK(coaches.at(1).volunteerRef == kYanis);
    CHECK(coaches.at(1).status == PairingStatus::Active);
    CHECK(f.cell(kHelene, PairingTableModel::Coach) == QStringLiteral("Yanis Benali"));
    CHECK(f.questions.size() == 1);

    // One step: the undo puts Léa back.
    f.document->undoStack()->undo();
    const auto back = f.current(kHelene, PairingRole::Coach);
    REQUIRE(back);
    CHECK(back->volunteerRef == kLea);
    CHECK(back->status == PairingStatus::Active);
    CHECK(f.stored(kHelene, PairingRole::Coach).size() == 1);
}

TEST_CASE("activating a volunteer who is not ready asks first, naming what is missing",
          "[ui][pairings]")
{
    PairingsFixture f;
    const int steps = f.stack()->count();
    f.answer = false;
    f.choose(kClaire);
    REQUIRE(f.page->selectCell(kHelene, PairingRole::Mentor));
    f.page->assignAction()->trigger();
    REQUIRE(f.questions.size() == 1);
    const QString asked = f.questions.first();
    CHECK(asked.contains(QStringLiteral("Claire Dubois")));
    // Claire has no charter, no training, no sector, no availability and no language.
    for (ReadinessItem item : {ReadinessItem::CharterSigned, ReadinessItem::TrainingAttended,
                               ReadinessItem::Sector, ReadinessItem::Availability,
                               ReadinessItem::Languages})
        CHECK(asked.contains(VolunteerReadiness::label(item)));
    // Her profession is known: not named as missing.
    CHECK_FALSE(asked.contains(VolunteerReadiness::label(ReadinessItem::Profession)));
    // Declined: nothing recorded.
    CHECK(f.stored(kHelene, PairingRole::Mentor).isEmpty());
    CHECK(f.stack()->count() == steps);

    // Agreed: active.
    f.answer = true;
    f.page->assignAction()->trigger();
    CHECK(f.questions.size() == 2);
    const auto made = f.current(kHelene, PairingRole::Mentor);
    REQUIRE(made);
    CHECK(made->volunteerRef == kClaire);
    CHECK(made->status == PairingStatus::Active);
    CHECK(f.stack()->count() == steps + 1);

    // A ready volunteer is never asked about.
    f.questions.clear();
    REQUIRE(f.page->assign(kAhmad, PairingRole::Mentor, kMarc));
    CHECK(f.questions.isEmpty());
}

TEST_CASE("suggested mentors with their scores, some accepted as one undo step", "[ui][pairings]")
{
    PairingsFixture f;
    const int steps = f.stack()->count();

    // Hand-computed from PairingScorer's table: Marc for Hélène meets the sector (Finance), the
    // profession in her project ("Comptable"), a shared language other than French (Arabic)
    // and availability over the cohort: 25 + 20 + 15 + 20 = 80. Claire for Hélène: profession
    // (20) and an open availability (20) = 40. For Ahmad, who has no project, sector nor
    // language, each only covers the cohort (20). Two participants, room for three: both are
    // paired, and the best total is Hélène-Marc + Ahmad-Claire (100 against 60).
    MatchResult seen;
    f.page->setSuggestionChooser(
        [&seen](PairingRole role, const MatchResult& result) -> std::optional<QList<Proposal>> {
            CHECK(role == PairingRole::Mentor);
            seen = result;
            return QList<Proposal>{result.proposals.first()}; // Hélène's only
        });
    REQUIRE(f.page->suggestMentorsAction()->isEnabled());
    f.page->suggestMentorsAction()->trigger();
    REQUIRE(seen.proposals.size() == 2);
    CHECK(seen.proposals.at(0).participantRef == kHelene);
    CHECK(seen.proposals.at(0).volunteerRef == kMarc);
    CHECK(seen.proposals.at(0).score.points ==
          PairingScorer::kSameSector + PairingScorer::kProfessionFitsProject +
              PairingScorer::kSharedLanguage + PairingScorer::kAvailabilityCovers);
    CHECK(seen.proposals.at(0).score.reasons.size() == 4);
    CHECK(seen.proposals.at(1).participantRef == kAhmad);
    CHECK(seen.proposals.at(1).volunteerRef == kClaire);
    CHECK(seen.proposals.at(1).score.points == PairingScorer::kAvailabilityCovers);
    CHECK_FALSE(seen.proposals.at(1).missing.isEmpty());

    const auto marc = f.current(kHelene, PairingRole::Mentor);
    REQUIRE(marc);
    CHECK(marc->volunteerRef == kMarc);
    CHECK(marc->status == PairingStatus::Active);
    CHECK(f.stored(kAhmad, PairingRole::Mentor).isEmpty()); // not accepted
    CHECK(f.stack()->count() == steps + 1);
    f.stack()->undo();
    CHECK(f.stored(kHelene, PairingRole::Mentor).isEmpty());
}

TEST_CASE("the suggestions dialog accepts the proposals checked, all in one step",
          "[ui][pairings]")
{
    PairingsFixture f;
    const int steps = f.stack()->count();
    // Accept both mentors in the real dialog; Claire is not ready and the person keeps her
    // pairing as proposed.
    f.answer = false;
    test::ModalDriver<SuggestPairingsDialog> driver([](SuggestPairingsDialog* dialog) {
        CHECK(dialog->tree()->topLevelItemCount() == 2);
        CHECK(dialog->accepted().size() == 2); // all checked to start with
        dialog->setAllChecked(false);
        CHECK_FALSE(dialog->acceptButton()->isEnabled());
        dialog->setAllChecked(true);
        CHECK(dialog->summaryLabel()->text() == QStringLiteral("2 of 2 proposals checked"));
        dialog->acceptButton()->click();
    });
    REQUIRE(f.page->suggest(PairingRole::Mentor));
    CHECK(driver.seen());
    REQUIRE(f.questions.size() == 1);
    CHECK(f.questions.first().contains(QStringLiteral("Claire Dubois")));
    CHECK(f.current(kHelene, PairingRole::Mentor)->status == PairingStatus::Active);
    const auto claire = f.current(kAhmad, PairingRole::Mentor);
    REQUIRE(claire);
    CHECK(claire->volunteerRef == kClaire);
    CHECK(claire->status == PairingStatus::Proposed);
    CHECK(f.cell(kAhmad, PairingTableModel::MentorStatus) == QStringLiteral("Proposed"));
    CHECK(f.stack()->count() == steps + 1);
    CHECK(f.stack()->undoText() == QStringLiteral("Accept 2 suggested mentors"));

    // The proposal is activated later, once asked.
    REQUIRE(f.page->selectCell(kAhmad, PairingRole::Mentor));
    CHECK(f.page->activateAction()->isEnabled());
    f.answer = true;
    f.page->activateAction()->trigger();
    CHECK(f.current(kAhmad, PairingRole::Mentor)->status == PairingStatus::Active);

    // Undo twice: nothing left of either.
    f.stack()->undo();
    CHECK(f.current(kAhmad, PairingRole::Mentor)->status == PairingStatus::Proposed);
    f.stack()->undo();
    CHECK(f.stored(kHelene, PairingRole::Mentor).isEmpty());
    CHECK(f.stored(kAhmad, PairingRole::Mentor).isEmpty());
}

TEST_CASE("a volunteer dropped on a participant's cell is paired in that role", "[ui][pairings]")
{
    PairingsFixture f;
    PairingVolunteerModel* volunteers = f.page->volunteers();
    QAbstractItemModelTester tester(volunteers,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    f.page->volunteerRoleBox()->setCurrentIndex(1); // coaches
    REQUIRE(volunteers->role() == PairingRole::Coach);
    // Léa and Yanis are coaches; nobody has a pairing yet.
    REQUIRE(volunteers->rowCount() == 2);
    const int leaRow = volunteers->rowOf(kLea);
    REQUIRE(leaRow >= 0);
    CHECK(volunteers->index(leaRow, PairingVolunteerModel::Load).data().toString() ==
          QStringLiteral("0 / 2"));
    CHECK(volunteers->index(leaRow, PairingVolunteerModel::Readiness).data().toString() ==
          QStringLiteral("Ready"));
    CHECK(volunteers->index(volunteers->rowOf(kYanis), PairingVolunteerModel::Readiness)
              .data()
              .toString() == QStringLiteral("Not ready"));

    // Drag Léa from the view's list of volunteers...
    QAbstractItemModel* from = f.page->volunteerView()->model();
    QModelIndex lea;
    for (int row = 0; row < from->rowCount(); ++row)
        if (from->index(row, 0).data(RefRole).toString() == kLea)
            lea = from->index(row, 0);
    REQUIRE(lea.isValid());
    std::unique_ptr<QMimeData> data(from->mimeData({lea}));
    REQUIRE(data);
    // ...onto Ahmad's coach cell of the table's model.
    QAbstractItemModel* to = f.page->view()->model();
    QModelIndex target;
    for (int row = 0; row < to->rowCount(); ++row)
        if (to->index(row, 0).data(RefRole).toString() == kAhmad)
            target = to->index(row, PairingTableModel::Coach);
    REQUIRE(target.isValid());
    CHECK(to->flags(target) & Qt::ItemIsDropEnabled);
    // Not onto the participant's name, nor between rows.
    CHECK_FALSE(to->canDropMimeData(data.get(), Qt::CopyAction, -1, -1,
                                    target.siblingAtColumn(PairingTableModel::Participant)));
    CHECK_FALSE(to->canDropMimeData(data.get(), Qt::CopyAction, 0, 0, QModelIndex()));
    // The view drops onto the cell under the pointer, never between rows.
    CHECK(f.page->view()->dragDropOverwriteMode());
    REQUIRE(to->canDropMimeData(data.get(), Qt::CopyAction, -1, -1, target));
    REQUIRE(to->dropMimeData(data.get(), Qt::CopyAction, -1, -1, target));
    QTRY_VERIFY(f.current(kAhmad, PairingRole::Coach).has_value());
    const auto made = f.current(kAhmad, PairingRole::Coach);
    CHECK(made->volunteerRef == kLea);
    CHECK(made->status == PairingStatus::Active);
    CHECK(f.cell(kAhmad, PairingTableModel::Coach) == QStringLiteral("Léa Martin"));
    // The load view follows: one of Léa's two places used.
    CHECK(volunteers->index(volunteers->rowOf(kLea), PairingVolunteerModel::Load)
              .data()
              .toString() == QStringLiteral("1 / 2"));

    // A mentor dropped on a coach cell is refused, with a reason, and nothing changes.
    f.page->volunteerRoleBox()->setCurrentIndex(0);
    const int steps = f.stack()->count();
    QModelIndex heleneCoach;
    for (int row = 0; row < to->rowCount(); ++row)
        if (to->index(row, 0).data(RefRole).toString() == kHelene)
            heleneCoach = to->index(row, PairingTableModel::Coach);
    QMimeData marc;
    marc.setData(QLatin1String(kVolunteerMimeType), kMarc.toUtf8());
    REQUIRE(to->dropMimeData(&marc, Qt::CopyAction, -1, -1, heleneCoach));
    QTRY_VERIFY(!f.failures.isEmpty());
    CHECK(f.failures.first() == QStringLiteral("Marc Petit is a mentor and cannot be a coach."));
    CHECK(f.stored(kHelene, PairingRole::Coach).isEmpty());
    CHECK(f.stack()->count() == steps);
}

TEST_CASE("a volunteer's capacity is shown and never exceeded", "[ui][pairings]")
{
    PairingsFixture f;
    PairingVolunteerModel* volunteers = f.page->volunteers();
    REQUIRE(f.page->assign(kHelene, PairingRole::Mentor, kMarc));
    CHECK(volunteers->index(volunteers->rowOf(kMarc), PairingVolunteerModel::Load)
              .data()
              .toString() == QStringLiteral("1 / 1"));
    // "With room left only" hides Marc from the list.
    f.page->findChild<QCheckBox*>(QStringLiteral("roomOnly"))->setChecked(true);
    QAbstractItemModel* shown = f.page->volunteerView()->model();
    QStringList refs;
    for (int row = 0; row < shown->rowCount(); ++row)
        refs << shown->index(row, 0).data(RefRole).toString();
    CHECK(refs == QStringList{kClaire});

    // Marc has one place: a second active pairing is refused and the page says why.
    const int steps = f.stack()->count();
    CHECK_FALSE(f.page->assign(kAhmad, PairingRole::Mentor, kMarc));
    REQUIRE(f.failures.size() == 1);
    CHECK(f.failures.first() == QStringLiteral("Marc Petit has no room left: capacity used 1 / 1."));
    CHECK(f.stored(kAhmad, PairingRole::Mentor).isEmpty());
    CHECK(f.stack()->count() == steps);
}

TEST_CASE("the unpaired-only filter keeps the participants still missing someone",
          "[ui][pairings]")
{
    PairingsFixture f;
    REQUIRE(f.page->assign(kHelene, PairingRole::Mentor, kMarc));
    REQUIRE(f.page->assign(kHelene, PairingRole::Coach, kLea));
    QAbstractItemModel* shown = f.page->view()->model();
    CHECK(shown->rowCount() == 2);
    f.page->unpairedOnlyBox()->setChecked(true);
    REQUIRE(shown->rowCount() == 1);
    CHECK(shown->index(0, 0).data(RefRole).toString() == kAhmad);
    // A proposal counts as someone found.
    REQUIRE(f.page->propose(kAhmad, PairingRole::Mentor, kClaire));
    CHECK(shown->rowCount() == 1);
    REQUIRE(f.page->propose(kAhmad, PairingRole::Coach, kYanis));
    CHECK(shown->rowCount() == 0);
    f.page->unpairedOnlyBox()->setChecked(false);
    CHECK(shown->rowCount() == 2);
}

TEST_CASE("check-ins are logged and the pairings without one for weeks are listed",
          "[ui][pairings]")
{
    PairingsFixture f;
    REQUIRE(f.page->assign(kHelene, PairingRole::Mentor, kMarc)); // from 12 February
    CHECK(f.page->followUps().isEmpty());
    CHECK(f.page->followUpWeeksBox()->value() == 3);
    CHECK(f.page->followUpLabel()->text() ==
          QStringLiteral("Nothing to follow up: every active pairing had a check-in in the last 3 "
                         "weeks."));

    // Four weeks later, no check-in: more than three weeks, to follow up.
    FixedClock later(QDateTime(QDate(2024, 3, 11), QTime(9, 0)));
    f.page->setClock(later);
    REQUIRE(f.page->followUps().size() == 1);
    CHECK(f.page->followUps().first().pairing.participantRef == kHelene);
    REQUIRE(f.page->followUpList()->topLevelItemCount() == 1);
    CHECK(f.page->followUpLabel()->text() ==
          QStringLiteral("1 active pairing without a recent check-in: call them."));
    CHECK(f.page->followUpList()->topLevelItem(0)->text(0) == QStringLiteral("Hélène Zerrouki"));
    CHECK(f.page->followUpList()->topLevelItem(0)->text(1) == QStringLiteral("Marc Petit"));
    CHECK(f.page->followUpList()->topLevelItem(0)->text(3) ==
          QStringLiteral("None since the start, 4 weeks ago"));

    // Log a meeting from the follow-up list.
    f.page->setCheckInAsker([](const Pairing& p) -> std::optional<CheckIn> {
        CheckIn c;
        c.pairingRef = p.ref;
        c.date = QDate(2024, 3, 8);
        c.durationMinutes = 45;
        c.kind = CheckInKind::Video;
        c.notes = QStringLiteral("CV relu ensemble");
        return c;
    });
    f.page->followUpList()->setCurrentItem(f.page->followUpList()->topLevelItem(0));
    REQUIRE(f.page->findChild<QAction*>(QStringLiteral("followUpCheckInAction"))->isEnabled());
    f.page->findChild<QAction*>(QStringLiteral("followUpCheckInAction"))->trigger();
    auto logged = PairingRepository(f.db()).checkInsOfParticipant(kHelene);
    REQUIRE(logged);
    REQUIRE(logged->size() == 1);
    CHECK(logged->first().date == QDate(2024, 3, 8));
    CHECK(logged->first().durationMinutes == 45);
    CHECK(logged->first().kind == CheckInKind::Video);
    CHECK(logged->first().notes == QStringLiteral("CV relu ensemble"));
    CHECK(f.page->followUps().isEmpty()); // three days ago

    // Undone: to follow up again.
    f.stack()->undo();
    CHECK(f.page->followUps().size() == 1);
    f.stack()->redo();
    CHECK(f.page->followUps().isEmpty());

    // With a threshold of one week, a check-in three days ago is still fine; ten days later not.
    f.page->followUpWeeksBox()->setValue(1);
    CHECK(f.page->followUps().isEmpty());
    FixedClock evenLater(QDateTime(QDate(2024, 3, 18), QTime(9, 0)));
    f.page->setClock(evenLater);
    REQUIRE(f.page->followUps().size() == 1);
    CHECK(f.page->followUpList()->topLevelItem(0)->text(3).startsWith(
        QLocale().toString(QDate(2024, 3, 8), QLocale::ShortFormat)));

    // The check-in action on the table works on the active pairing selected.
    REQUIRE(f.page->selectCell(kHelene, PairingRole::Mentor));
    CHECK(f.page->checkInAction()->isEnabled());
    REQUIRE(f.page->selectCell(kAhmad, PairingRole::Mentor));
    CHECK_FALSE(f.page->checkInAction()->isEnabled());
}

TEST_CASE("the pairings page offers the file's cohorts and nothing to do without a file",
          "[ui][pairings]")
{
    PairingsFixture f;
    CHECK(f.page->cohortBox()->count() == 1);
    CHECK(f.page->cohortBox()->currentText().startsWith(QStringLiteral("Tremplin Lyon 2024-1")));
    CHECK(f.page->cohortBox()->accessibleName() == QStringLiteral("Cohort"));
    CHECK_FALSE(f.page->view()->accessibleName().isEmpty());
    CHECK_FALSE(f.page->volunteerView()->accessibleName().isEmpty());
    f.page->setDocument(nullptr);
    CHECK(f.page->model()->rowCount() == 0);
    CHECK(f.page->cohortBox()->count() == 0);
    for (QAction* a : {f.page->suggestMentorsAction(), f.page->suggestCoachesAction(),
                       f.page->assignAction(), f.page->endAction(), f.page->checkInAction()})
        CHECK_FALSE(a->isEnabled());
}
