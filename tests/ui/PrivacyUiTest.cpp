// SPDX-License-Identifier: GPL-3.0-or-later
// GDPR in the window (issue 9 point 6): enrolling without a consent date asks for a reason,
// "Erase this person…" and the retention dialog. PARCOURS_GDPR_SHOTS=DIR writes the dialogs
// in French as PNGs there.
#include "CatchQt.h"
#include "TestDatabase.h"
#include "UiTestSupport.h"
#include "core/services/EditService.h"
#include "core/storage/CohortRepository.h"
#include "core/storage/ParticipantRepository.h"
#include "core/storage/Transaction.h"
#include "core/storage/VolunteerRepository.h"
#include "ui/AppClock.h"
#include "ui/Document.h"
#include "ui/PrivacyActions.h"
#include "ui/dialogs/PrivacyDialogs.h"
#include "ui/models/ParticipantTableModel.h"
#include "ui/pages/CohortPage.h"

#include <QCheckBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QUndoStack>

using namespace parcours;
using namespace parcours::ui;

namespace {

const QString kCohort = QStringLiteral("C-2024-1");
const QString kNadia = QStringLiteral("P-000009"); // no consent date
const QString kOmar = QStringLiteral("P-000010");  // consent recorded

/// The sample file with two more participants, open in a Document, a cohort page on it.
struct Fixture
{
    Fixture()
    {
        test::fillSample(file.db());
        {
            Transaction tx(file.db());
            REQUIRE(tx.begun());
            for (const auto& [ref, first, consent] : {std::tuple{kNadia, "Nadia", QDate()},
                                                      std::tuple{kOmar, "Omar", QDate(2024, 1, 5)}}) {
                Participant p;
                p.ref = ref;
                p.firstName = QString::fromUtf8(first);
                p.lastName = QStringLiteral("Karimi");
                p.consentDate = consent;
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
        page->setConfirmer([](const QString&, const QString&) { return true; });
        page->setConsentAsker([this](const QStringList& names) {
            asked << names;
            return reason;
        });
        page->setDocument(document.get());
        REQUIRE(page->showCohort(kCohort));
    }

    Database& db() { return document->database(); }
    bool enrolled(const QString& ref)
    {
        auto list = CohortRepository(db()).enrolmentsOf(kCohort);
        REQUIRE(list);
        for (const Enrolment& e : *list)
            if (e.participantRef == ref)
                return true;
        return false;
    }

    test::TestDatabase file;
    FixedClock clock{QDateTime(QDate(2024, 2, 12), QTime(10, 0))};
    std::unique_ptr<Document> document;
    ParticipantTableModel participants;
    std::unique_ptr<CohortPage> page;
    QStringList asked;
    std::optional<QString> reason;
};

} // namespace

TEST_CASE("enrolling a participant without a consent date asks for a reason, kept with the enrolment",
          "[ui][privacy][consent]")
{
    Fixture f;
    // With a consent date: nothing asked.
    REQUIRE(f.page->enrol({kOmar}));
    CHECK(f.asked.isEmpty());
    CHECK(f.enrolled(kOmar));

    // Without, cancelled: nothing enrolled, nothing on the undo stack.
    const int steps = f.document->undoStack()->count();
    CHECK_FALSE(f.page->enrol({kNadia}));
    CHECK(f.asked == QStringList{QStringLiteral("Nadia Karimi")});
    CHECK_FALSE(f.enrolled(kNadia));
    CHECK(f.document->undoStack()->count() == steps);

    // With a reason: enrolled, the reason kept as typed; undo and redo keep it.
    const QString hostile = QStringLiteral("oral ‘oui’ \"ok\"'); DROP TABLE enrolment; --\x07\n")
        + QString::fromUtf8("\u202Eموافقة\u202C") + QString(2000, QLatin1Char('r'));
    f.reason = hostile;
    REQUIRE(f.page->enrol({kNadia}));
    CHECK(f.enrolled(kNadia));
    EditService& edits = f.document->edits();
    CHECK(edits.consentOverrideOf(kCohort, kNadia).value() == std::optional<QString>(hostile));
    f.document->undoStack()->undo();
    CHECK_FALSE(f.enrolled(kNadia));
    f.document->undoStack()->redo();
    CHECK(f.enrolled(kNadia));
    CHECK(edits.consentOverrideOf(kCohort, kNadia).value() == std::optional<QString>(hostile));

    // Taken off the list and put back by undo: the reason comes back with the enrolment.
    REQUIRE(f.page->removeFromList({kNadia}));
    CHECK_FALSE(f.enrolled(kNadia));
    f.document->undoStack()->undo();
    CHECK(f.enrolled(kNadia));
    CHECK(edits.consentOverrideOf(kCohort, kNadia).value() == std::optional<QString>(hostile));
}

TEST_CASE("the consent dialog enrols only once a reason is typed", "[ui][privacy][consent]")
{
    ConsentOverrideDialog dialog({QStringLiteral("Nadia Karimi")});
    CHECK_FALSE(dialog.enrolButton()->isEnabled());
    dialog.reasonEdit()->setPlainText(QStringLiteral("   \n"));
    CHECK_FALSE(dialog.enrolButton()->isEnabled());
    const QString text = QStringLiteral("line 1\n\tline 2 \x01 ") + QString::fromUtf8("\u202Eטקסט");
    dialog.reasonEdit()->setPlainText(text);
    CHECK(dialog.enrolButton()->isEnabled());
    CHECK(dialog.reason() == text);
}

TEST_CASE("Erase this person… erases after a clear confirmation and clears the undo history",
          "[ui][privacy][erase]")
{
    Fixture f;
    REQUIRE(f.page->enrol({kOmar}));
    REQUIRE(f.document->undoStack()->count() == 1);
    QWidget window;
    PrivacyActions actions(&window);
    actions.setDocument(f.document.get());

    QString summary;
    bool eraseWasOff = false;
    actions.setDialogRunner([&](QDialog& d) {
        auto& dialog = dynamic_cast<EraseDialog&>(d);
        summary = dialog.summaryLabel()->text();
        eraseWasOff = !dialog.eraseButton()->isEnabled();
        return false; // cancelled
    });
    CHECK_FALSE(actions.erase(EntityKind::Participant, kOmar, QString()));
    CHECK(eraseWasOff);
    CHECK(summary.contains(QStringLiteral("1 enrolment")));
    CHECK(summary.contains(QStringLiteral("cannot be undone")));
    CHECK(ParticipantRepository(f.db()).find(kOmar).value().has_value());

    actions.setDialogRunner([](QDialog& d) {
        auto& dialog = dynamic_cast<EraseDialog&>(d);
        dialog.understoodBox()->setChecked(true);
        return dialog.eraseButton()->isEnabled();
    });
    REQUIRE(actions.erase(EntityKind::Participant, kOmar, QString()));
    CHECK_FALSE(ParticipantRepository(f.db()).find(kOmar).value().has_value());
    CHECK_FALSE(f.enrolled(kOmar));
    CHECK(f.document->undoStack()->count() == 0);

    // A volunteer too.
    REQUIRE(actions.erase(EntityKind::Volunteer, QStringLiteral("V-000001"), QString()));
    CHECK_FALSE(VolunteerRepository(f.db()).find(QStringLiteral("V-000001")).value().has_value());
}

TEST_CASE("the retention dialog lists by the period chosen and erases who it lists", "[ui][privacy][retention]")
{
    Fixture f;
    // The sample cohort ran in early 2024; Omar enrolled in it. Two years after: not yet; with
    // one year on 12 February 2024 the cut-off is 2023-02-12: the cohort had not ended.
    QWidget window;
    PrivacyActions actions(&window);
    actions.setDocument(f.document.get());
    int listed = -1;
    actions.setDialogRunner([&](QDialog& d) {
        auto& dialog = dynamic_cast<RetentionDialog&>(d);
        listed = dialog.table()->rowCount();
        CHECK(dialog.yearsBox()->value() == 2);
        CHECK_FALSE(dialog.eraseButton()->isEnabled());
        dialog.yearsBox()->setValue(5);
        return false;
    });
    CHECK_FALSE(actions.retention());
    CHECK(listed >= 0);
    // The period chosen is kept in the file.
    actions.setDialogRunner([&](QDialog& d) {
        CHECK(dynamic_cast<RetentionDialog&>(d).yearsBox()->value() == 5);
        return false;
    });
    CHECK_FALSE(actions.retention());
}

TEST_CASE("the retention dialog with people listed", "[ui][privacy][retention]")
{
    QList<ExpiredPerson> people = {
        {ExpiredPerson::Kind::Participant, QStringLiteral("P-000012"), QStringLiteral("Bilal"), QStringLiteral("Ahmadi"),
         QDate(2022, 6, 30)},
        {ExpiredPerson::Kind::Volunteer, QStringLiteral("V-000004"), QStringLiteral("Julie"), QStringLiteral("Petit"),
         QDate(2022, 9, 15)},
    };
    QList<int> asked;
    RetentionDialog dialog(2, [&](int years) -> Result<QList<ExpiredPerson>> {
        asked << years;
        return years <= 2 ? people : QList<ExpiredPerson>();
    });
    CHECK(dialog.table()->rowCount() == 2);
    CHECK(dialog.table()->item(0, 2)->text() == QStringLiteral("Bilal Ahmadi"));
    CHECK_FALSE(dialog.eraseButton()->isEnabled());
    dialog.understoodBox()->setChecked(true);
    CHECK(dialog.eraseButton()->isEnabled());
    dialog.yearsBox()->setValue(3);
    CHECK(asked == QList<int>{2, 3});
    CHECK(dialog.table()->rowCount() == 0);
    CHECK_FALSE(dialog.eraseButton()->isEnabled());
    CHECK(dialog.people().isEmpty());
}

TEST_CASE("screenshots of the GDPR dialogs in French", "[ui][privacy][.screenshots]")
{
    const QString dir = qEnvironmentVariable("PARCOURS_GDPR_SHOTS");
    if (dir.isEmpty())
        return;
    test::ScopedLanguage french(QLocale(QLocale::French, QLocale::France));
    const auto shoot = [&](QWidget& w, const QString& name) {
        w.show();
        w.adjustSize();
        QCoreApplication::processEvents();
        REQUIRE(w.grab().save(dir + QLatin1Char('/') + name));
    };
    ConsentOverrideDialog consent({QStringLiteral("Nadia Karimi")});
    consent.reasonEdit()->setPlainText(QStringLiteral("Consentement donné oralement, formulaire signé le premier jour"));
    shoot(consent, QStringLiteral("consent.png"));
    ErasurePreview p;
    p.kindLabel = QCoreApplication::translate("parcours::ui::PrivacyActions", "participant");
    p.ref = QStringLiteral("P-000012");
    p.name = QStringLiteral("Bilal Ahmadi");
    p.enrolments = 1;
    p.attendance = 42;
    p.pairings = 2;
    p.checkIns = 5;
    p.outcomes = 3;
    p.copies = 4;
    EraseDialog erase(p);
    shoot(erase, QStringLiteral("erase.png"));
    QList<ExpiredPerson> people;
    for (int i = 0; i < 6; ++i)
        people << ExpiredPerson{i % 3 == 2 ? ExpiredPerson::Kind::Volunteer : ExpiredPerson::Kind::Participant,
                                QStringLiteral("P-0000%1").arg(12 + i), QStringLiteral("Prénom%1").arg(i),
                                QStringLiteral("Nom de famille"), QDate(2022, 3 + i, 14)};
    RetentionDialog retention(2, [&](int) -> Result<QList<ExpiredPerson>> { return people; });
    retention.show();
    QCoreApplication::processEvents();
    REQUIRE(retention.grab().save(dir + QStringLiteral("/retention.png")));
}
