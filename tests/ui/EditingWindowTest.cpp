// SPDX-License-Identifier: GPL-3.0-or-later
// Create, edit, delete, undo and redo driven through the window's actions on a real file; the
// file read back through the repositories (on a connection of its own) after each step.
#include "ui/MainWindow.h"

#include "CatchQt.h"
#include "TestDatabase.h"
#include "UiTestSupport.h"
#include "core/storage/CohortRepository.h"
#include "core/storage/ParticipantRepository.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/TrainerRepository.h"
#include "core/storage/VolunteerRepository.h"
#include "ui/Document.h"
#include "ui/forms/ParticipantForm.h"
#include "ui/forms/RoomForm.h"
#include "ui/forms/SiteForm.h"
#include "ui/forms/TrainerForm.h"
#include "ui/forms/VolunteerForm.h"
#include "ui/models/ParticipantTableModel.h"
#include "ui/models/TableFilterProxy.h"
#include "ui/pages/ListPages.h"
#include "ui/pages/SitesPage.h"
#include "ui/pages/TablePage.h"
#include "ui/widgets/DateField.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>
#include <QUndoStack>

using namespace parcours;
using namespace parcours::ui;

namespace {

struct Asked
{
    QString question;
    QString details;
};

/// The sample file open in a window whose errors and questions are collected, not shown.
struct Editing
{
    Editing()
    {
        test::fillSample(file.db());
        file.close();
        window.setErrorReporter([this](const QString& m, const QString&) { errors << m; });
        window.setConfirmer([this](const QString& q, const QString& d) {
            asked.append({q, d});
            return answer;
        });
        REQUIRE(window.openFile(file.path()));
    }

    /// Reads the file on a connection of its own, as another program would.
    template<class F>
    auto read(F f)
    {
        auto db = Database::open(file.path(), OpenMode::ReadOnly);
        REQUIRE(db);
        return f(**db);
    }
    std::optional<Participant> participant(const QString& ref)
    {
        return read([&](Database& db) {
            auto p = ParticipantRepository(db).find(ref);
            REQUIRE(p);
            return *p;
        });
    }
    int enrolmentsOf(const QString& ref)
    {
        return read([&](Database& db) {
            auto e = CohortRepository(db).enrolmentsOfParticipant(ref);
            REQUIRE(e);
            return int(e->size());
        });
    }

    TablePage* page(Page p) { return window.tablePage(p); }
    ParticipantForm* participantForm()
    {
        return qobject_cast<ParticipantForm*>(page(Page::Participants)->form());
    }

    test::IsolatedSettings settings;
    test::ScopedLanguage english{QLocale(QLocale::English, QLocale::UnitedKingdom)};
    test::TestDatabase file;
    MainWindow window;
    QStringList errors;
    QList<Asked> asked;
    bool answer = true;
};

} // namespace

TEST_CASE("a participant created in the form is in the file, and undo and redo take it out and back",
          "[ui][editing]")
{
    Editing e;
    e.window.showPage(Page::Participants);
    ParticipantForm* form = e.participantForm();
    REQUIRE(form);
    form->newAction()->trigger();
    CHECK(form->isNew());
    CHECK(form->currentRef() == QStringLiteral("P-000004")); // after P-000001..3
    CHECK_FALSE(form->saveAction()->isEnabled());            // names still missing
    form->firstNameEdit()->setText(QStringLiteral("Nour"));
    form->lastNameEdit()->setText(QStringLiteral("Haddad"));
    form->emailEdit()->setText(QStringLiteral("nour@example.org"));
    form->statusCombo()->setCurrentIndex(form->statusCombo()->findData(QStringLiteral("refugee")));
    REQUIRE(form->saveAction()->isEnabled());
    form->saveAction()->trigger();
    CHECK(e.errors.isEmpty());

    auto stored = e.participant(QStringLiteral("P-000004"));
    REQUIRE(stored);
    CHECK(stored->fullName() == QStringLiteral("Nour Haddad"));
    CHECK(stored->email == QStringLiteral("nour@example.org"));
    CHECK(stored->status == ParticipantStatus::Refugee);
    // The list shows it, selected, and the form shows it as saved.
    CHECK(e.page(Page::Participants)->currentRef() == QStringLiteral("P-000004"));
    CHECK_FALSE(form->isNew());
    CHECK(e.page(Page::Participants)->countLabel()->text() == QStringLiteral("4 participants"));
    CHECK(e.window.undoAction()->text() == QStringLiteral("&Undo Add participant “Nour Haddad”"));
    // Everything is saved at once: the title never says there is something to save.
    CHECK_FALSE(e.window.windowTitle().contains(QLatin1Char('*')));

    e.window.undoAction()->trigger();
    CHECK_FALSE(e.participant(QStringLiteral("P-000004")));
    CHECK(e.window.participantModel()->rowCount() == 3);
    e.window.redoAction()->trigger();
    CHECK(e.participant(QStringLiteral("P-000004")));
    CHECK(e.window.participantModel()->rowCount() == 4);
}

TEST_CASE("an edit saved from the form is undone and redone", "[ui][editing]")
{
    Editing e;
    e.window.showPage(Page::Participants);
    TablePage* list = e.page(Page::Participants);
    list->selectRef(QStringLiteral("P-000002"));
    ParticipantForm* form = e.participantForm();
    REQUIRE(form->currentRef() == QStringLiteral("P-000002"));
    CHECK(form->firstNameEdit()->text() == QStringLiteral("Ahmad"));
    CHECK_FALSE(form->saveAction()->isEnabled()); // nothing changed yet

    form->phoneEdit()->setText(QStringLiteral("+33 6 12 34 56 78"));
    form->levelCombo()->setCurrentIndex(form->levelCombo()->findData(QStringLiteral("B1")));
    REQUIRE(form->saveAction()->isEnabled());
    form->saveAction()->trigger();
    CHECK(e.participant(QStringLiteral("P-000002"))->phone == QStringLiteral("+33 6 12 34 56 78"));
    CHECK(e.participant(QStringLiteral("P-000002"))->frenchLevelEntry == CefrLevel::B1);

    e.window.undoAction()->trigger();
    auto back = e.participant(QStringLiteral("P-000002"));
    CHECK(back->phone.isEmpty());
    CHECK_FALSE(back->frenchLevelEntry.has_value());
    // The form follows the undo.
    CHECK(form->phoneEdit()->text().isEmpty());
    e.window.redoAction()->trigger();
    CHECK(e.participant(QStringLiteral("P-000002"))->phone == QStringLiteral("+33 6 12 34 56 78"));
    CHECK(form->phoneEdit()->text() == QStringLiteral("+33 6 12 34 56 78"));
}

TEST_CASE("an inline edit in the list is saved and undone", "[ui][editing]")
{
    Editing e;
    TablePage* list = e.page(Page::Participants);
    QAbstractItemModel* shown = list->view()->model();
    QModelIndex cell;
    for (int row = 0; row < shown->rowCount(); ++row)
        if (shown->index(row, 0).data(RefRole) == QStringLiteral("P-000003"))
            cell = shown->index(row, ParticipantTableModel::LastName);
    REQUIRE(cell.isValid());
    REQUIRE(shown->setData(cell, QStringLiteral("Bakari-Musa")));
    CHECK(e.participant(QStringLiteral("P-000003"))->lastName == QStringLiteral("Bakari-Musa"));
    e.window.undoAction()->trigger();
    CHECK(e.participant(QStringLiteral("P-000003"))->lastName == QStringLiteral("Bakari"));
}

TEST_CASE("deleting a participant with an enrolment asks first, and undo brings both back", "[ui][editing]")
{
    Editing e;
    e.window.showPage(Page::Participants);
    e.page(Page::Participants)->selectRef(QStringLiteral("P-000001"));
    ParticipantForm* form = e.participantForm();
    REQUIRE(form->deleteAction()->isEnabled());

    // Declined: nothing happens.
    e.answer = false;
    form->deleteAction()->trigger();
    REQUIRE(e.asked.size() == 1);
    CHECK(e.asked.at(0).question
          == QStringLiteral("Delete the participant “Hélène Zerrouki” and what depends on them?"));
    CHECK(e.asked.at(0).details.contains(QStringLiteral("1 enrolment")));
    CHECK(e.participant(QStringLiteral("P-000001")));
    CHECK(e.window.document()->undoStack()->count() == 0);

    e.answer = true;
    form->deleteAction()->trigger();
    CHECK_FALSE(e.participant(QStringLiteral("P-000001")));
    CHECK(e.enrolmentsOf(QStringLiteral("P-000001")) == 0);
    CHECK(e.window.participantModel()->rowCount() == 2);

    e.window.undoAction()->trigger();
    auto back = e.participant(QStringLiteral("P-000001"));
    REQUIRE(back);
    CHECK(back->firstName == QStringLiteral("Hélène"));
    CHECK(back->countryOfOrigin == QStringLiteral("SY"));
    CHECK(e.enrolmentsOf(QStringLiteral("P-000001")) == 1);
    CHECK(e.window.participantModel()->rowCount() == 3);
    e.window.redoAction()->trigger();
    CHECK_FALSE(e.participant(QStringLiteral("P-000001")));
}

TEST_CASE("a deletion without dependants does not ask, and is undoable", "[ui][editing]")
{
    Editing e;
    e.window.showPage(Page::Volunteers);
    TablePage* list = e.page(Page::Volunteers);
    list->selectRef(QStringLiteral("V-000002"));
    list->form()->deleteAction()->trigger();
    CHECK(e.asked.isEmpty());
    auto gone = e.read([](Database& db) { return *VolunteerRepository(db).find(QStringLiteral("V-000002")); });
    CHECK_FALSE(gone);
    e.window.undoAction()->trigger();
    auto back = e.read([](Database& db) { return *VolunteerRepository(db).find(QStringLiteral("V-000002")); });
    REQUIRE(back);
    CHECK(back->school == QStringLiteral("Université Lyon 2"));
}

TEST_CASE("the form shows problems as the person types and refuses to save", "[ui][editing][validation]")
{
    Editing e;
    e.window.showPage(Page::Participants);
    e.page(Page::Participants)->selectRef(QStringLiteral("P-000002"));
    ParticipantForm* form = e.participantForm();

    form->emailEdit()->setText(QStringLiteral("ahmad.example.org"));
    CHECK(form->problemText(QStringLiteral("email")) == QStringLiteral("Not an e-mail address (name@example.org)."));
    CHECK_FALSE(form->saveAction()->isEnabled());
    form->emailEdit()->setText(QStringLiteral("ahmad@example.org"));
    CHECK(form->problemText(QStringLiteral("email")).isEmpty());
    CHECK(form->saveAction()->isEnabled());

    form->phoneEdit()->setText(QStringLiteral("call me"));
    CHECK_FALSE(form->problemText(QStringLiteral("phone")).isEmpty());
    CHECK_FALSE(form->saveAction()->isEnabled());
    form->phoneEdit()->clear();

    form->firstNameEdit()->clear();
    CHECK(form->problemText(QStringLiteral("first_name")) == QStringLiteral("Required."));
    CHECK_FALSE(form->saveAction()->isEnabled());
    form->firstNameEdit()->setText(QStringLiteral("Ahmad"));

    // Arrived before being born.
    form->birthDateField()->setDate(QDate(1995, 6, 1));
    DateField* arrival = form->arrivalField();
    arrival->checkBox()->setChecked(true);
    arrival->dateEdit()->setDate(QDate(1990, 1, 1));
    CHECK(form->problemText(QStringLiteral("arrival_date")) == QStringLiteral("Must not be before “Birth date”."));
    CHECK_FALSE(form->saveAction()->isEnabled());
    // Nothing was written while the form was invalid.
    CHECK(e.participant(QStringLiteral("P-000002"))->email.isEmpty());
    CHECK(e.window.document()->undoStack()->count() == 0);
}

TEST_CASE("a volunteer available until a date before the first is refused", "[ui][editing][validation]")
{
    Editing e;
    e.window.showPage(Page::Volunteers);
    e.page(Page::Volunteers)->selectRef(QStringLiteral("V-000001"));
    auto* form = qobject_cast<VolunteerForm*>(e.page(Page::Volunteers)->form());
    REQUIRE(form);
    form->availableFromField()->setDate(QDate(2025, 9, 1));
    form->availableToField()->setDate(QDate(2025, 6, 30));
    CHECK(form->problemText(QStringLiteral("available_to")) == QStringLiteral("Must not be before “Available from”."));
    CHECK_FALSE(form->saveAction()->isEnabled());
    form->availableToField()->setDate(QDate(2026, 6, 30));
    CHECK(form->saveAction()->isEnabled());
}

TEST_CASE("a volunteer's charter and training dates are saved from the form and undone", "[ui][editing]")
{
    Editing e;
    e.window.showPage(Page::Volunteers);
    e.page(Page::Volunteers)->selectRef(QStringLiteral("V-000001"));
    auto* form = qobject_cast<VolunteerForm*>(e.page(Page::Volunteers)->form());
    REQUIRE(form);
    auto stored = [&e] {
        return e.read([](Database& db) {
            auto v = VolunteerRepository(db).find(QStringLiteral("V-000001"));
            REQUIRE(v);
            REQUIRE(v->has_value());
            return **v;
        });
    };
    const Volunteer before = stored();
    form->charterSignedField()->setDate(QDate(2025, 1, 20));
    form->trainingField()->setDate(QDate(2025, 2, 3));
    form->saveAction()->trigger();
    CHECK(stored().charterSignedOn == QDate(2025, 1, 20));
    CHECK(stored().trainingOn == QDate(2025, 2, 3));
    CHECK(stored().lastName == before.lastName);
    e.window.document()->undoStack()->undo();
    CHECK(stored().charterSignedOn == before.charterSignedOn);
    CHECK(stored().trainingOn == before.trainingOn);
    CHECK(form->charterSignedField()->date() == before.charterSignedOn);
}

TEST_CASE("a new participant with the name and birth date of another is flagged", "[ui][editing][validation]")
{
    Editing e;
    e.window.showPage(Page::Participants);
    e.page(Page::Participants)->selectRef(QStringLiteral("P-000001"));
    ParticipantForm* form = e.participantForm();
    form->birthDateField()->setDate(QDate(1990, 3, 14));
    form->saveAction()->trigger();
    REQUIRE(e.participant(QStringLiteral("P-000001"))->birthDate == QDate(1990, 3, 14));

    form->newAction()->trigger();
    form->firstNameEdit()->setText(QStringLiteral("Helene"));
    form->lastNameEdit()->setText(QStringLiteral("ZERROUKI"));
    CHECK(form->warningText().isEmpty()); // no birth date yet
    form->birthDateField()->setDate(QDate(1990, 3, 14));
    CHECK(form->warningText().contains(QStringLiteral("Hélène Zerrouki (P-000001)")));
    // A warning, not a refusal: the office may have two people of that name and birth date.
    CHECK(form->saveAction()->isEnabled());
    form->birthDateField()->setDate(QDate(1991, 3, 14));
    CHECK(form->warningText().isEmpty());
}

TEST_CASE("a site with a room, deleted and undone, comes back with its room", "[ui][editing]")
{
    Editing e;
    e.window.showPage(Page::Sites);
    SitesPage* sites = e.window.lists()->sitesPage();
    REQUIRE(sites);
    SiteForm* siteForm = sites->siteForm();
    siteForm->newAction()->trigger();
    siteForm->nameEdit()->setText(QStringLiteral("Centre social Villeurbanne"));
    siteForm->opensEdit()->setTime(QTime(9, 0));
    siteForm->closesEdit()->setTime(QTime(8, 0));
    CHECK(siteForm->problemText(QStringLiteral("closes")) == QStringLiteral("Must be after “Opens at”."));
    CHECK_FALSE(siteForm->saveAction()->isEnabled());
    siteForm->closesEdit()->setTime(QTime(17, 30));
    siteForm->saveAction()->trigger();
    const QString siteRef = sites->sitesList()->currentRef();
    CHECK(siteRef == QStringLiteral("S-000001"));

    RoomForm* roomForm = sites->roomForm();
    roomForm->newAction()->trigger();
    roomForm->nameEdit()->setText(QStringLiteral("Salle polyvalente"));
    roomForm->capacitySpin()->setValue(16);
    roomForm->saveAction()->trigger();
    auto rooms = e.read([&](Database& db) { return *SiteRepository(db).roomsOf(siteRef); });
    REQUIRE(rooms.size() == 1);
    CHECK(rooms.at(0).name == QStringLiteral("Salle polyvalente"));
    CHECK(rooms.at(0).capacity == 16);
    CHECK(sites->roomsList()->view()->model()->rowCount() == 1);

    sites->sitesList()->selectRef(siteRef);
    siteForm->deleteAction()->trigger();
    REQUIRE(e.asked.size() == 1);
    CHECK(e.asked.at(0).details.contains(QStringLiteral("1 room")));
    CHECK(e.read([&](Database& db) { return SiteRepository(db).roomsOf(siteRef)->size(); }) == 0);
    e.window.undoAction()->trigger();
    CHECK(e.read([&](Database& db) { return SiteRepository(db).roomsOf(siteRef)->size(); }) == 1);
    CHECK(e.read([&](Database& db) { return SiteRepository(db).find(siteRef)->has_value(); }));
}

TEST_CASE("a trainer made in the form keeps the modules ticked", "[ui][editing]")
{
    Editing e;
    e.window.showPage(Page::Trainers);
    auto* form = qobject_cast<TrainerForm*>(e.page(Page::Trainers)->form());
    REQUIRE(form);
    CHECK(e.page(Page::Trainers)->showsEmptyState());
    form->newAction()->trigger();
    form->nameEdit()->setText(QStringLiteral("Élodie Martin"));
    form->moduleBox(Module::Fle)->setChecked(true);
    form->moduleBox(Module::English)->setChecked(true);
    form->maxHoursSpin()->setValue(20);
    form->saveAction()->trigger();
    auto t = e.read([](Database& db) { return *TrainerRepository(db).find(QStringLiteral("T-000001")); });
    REQUIRE(t);
    CHECK(t->modules == QList<Module>({Module::Fle, Module::English}));
    CHECK(t->maxHoursWeek == 20.0);
    CHECK_FALSE(e.page(Page::Trainers)->showsEmptyState());
}

TEST_CASE("choosing another row saves the valid changes of the form first", "[ui][editing]")
{
    Editing e;
    e.window.showPage(Page::Participants);
    TablePage* list = e.page(Page::Participants);
    list->selectRef(QStringLiteral("P-000002"));
    e.participantForm()->emailEdit()->setText(QStringLiteral("ahmad@example.org"));
    list->selectRef(QStringLiteral("P-000003"));
    CHECK(e.participant(QStringLiteral("P-000002"))->email == QStringLiteral("ahmad@example.org"));
    CHECK(e.participantForm()->currentRef() == QStringLiteral("P-000003"));
    CHECK(list->currentRef() == QStringLiteral("P-000003"));

    // Invalid changes: the person is asked; keeping them stays on the record.
    e.participantForm()->emailEdit()->setText(QStringLiteral("broken"));
    e.answer = false;
    list->selectRef(QStringLiteral("P-000001"));
    CHECK(e.asked.size() == 1);
    CHECK(e.participantForm()->currentRef() == QStringLiteral("P-000003"));
    CHECK(list->currentRef() == QStringLiteral("P-000003"));
    CHECK(e.participantForm()->emailEdit()->text() == QStringLiteral("broken"));
    // Dropping them moves on and writes nothing.
    e.answer = true;
    list->selectRef(QStringLiteral("P-000001"));
    CHECK(e.participantForm()->currentRef() == QStringLiteral("P-000001"));
    CHECK(e.participant(QStringLiteral("P-000003"))->email.isEmpty());
}

TEST_CASE("the undo history belongs to the file: opening another clears it", "[ui][editing]")
{
    Editing e;
    e.page(Page::Participants)->selectRef(QStringLiteral("P-000002"));
    e.participantForm()->phoneEdit()->setText(QStringLiteral("0612345678"));
    e.participantForm()->saveAction()->trigger();
    CHECK(e.window.undoAction()->isEnabled());
    test::TestDatabase other;
    other.close();
    REQUIRE(e.window.openFile(other.path()));
    CHECK_FALSE(e.window.undoAction()->isEnabled());
    CHECK(e.window.document()->undoStack()->count() == 0);
}

TEST_CASE("Find puts the cursor in the search field of the list shown", "[ui][editing]")
{
    Editing e;
    e.window.show();
    e.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&e.window));
    e.window.showPage(Page::Volunteers);
    QLineEdit* search = e.page(Page::Volunteers)->searchField();
    search->setText(QStringLiteral("claire"));
    e.window.findAction()->trigger();
    CHECK(search->hasFocus());
    CHECK(search->selectedText() == QStringLiteral("claire"));
    CHECK(e.window.findAction()->shortcut() == QKeySequence(QKeySequence::Find));
    CHECK(e.window.undoAction()->shortcut() == QKeySequence(QKeySequence::Undo));
    CHECK(e.window.redoAction()->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
}

TEST_CASE("the filters above the participants keep the chosen status and cohort", "[ui][editing][filters]")
{
    Editing e;
    TablePage* list = e.page(Page::Participants);
    QComboBox* status = list->findChild<QComboBox*>(QStringLiteral("filter%1").arg(ParticipantTableModel::Status));
    QComboBox* cohort = list->findChild<QComboBox*>(QStringLiteral("filter%1").arg(ParticipantTableModel::Cohort));
    REQUIRE(status);
    REQUIRE(cohort);
    CHECK(cohort->count() == 2); // All, and the one cohort
    CHECK(cohort->itemText(1) == QStringLiteral("Tremplin Lyon 2024-1"));
    status->setCurrentIndex(status->findData(QStringLiteral("asylum_seeker")));
    CHECK(list->view()->model()->rowCount() == 1);
    CHECK(list->countLabel()->text() == QStringLiteral("1 shown out of 3 participants"));
    status->setCurrentIndex(0);
    cohort->setCurrentIndex(1);
    CHECK(list->view()->model()->rowCount() == 3);
    // The export writes what is shown.
    status->setCurrentIndex(status->findData(QStringLiteral("refugee")));
    const QString path = e.file.dir() + QStringLiteral("/shown.csv");
    REQUIRE(list->exportTo(path, CsvDialect::Exchange));
    const QByteArray bytes = test::readBytes(path);
    CHECK(bytes.count('\n') == 2); // the header and Hélène
    CHECK(bytes.contains("Zerrouki"));
}

TEST_CASE("Delete in the list deletes the row chosen; in a field it stays a key of the field", "[ui][editing]")
{
    Editing e;
    e.window.show();
    e.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&e.window));
    e.window.showPage(Page::Volunteers);
    TablePage* list = e.page(Page::Volunteers);
    list->selectRef(QStringLiteral("V-000002"));
    auto* form = qobject_cast<VolunteerForm*>(list->form());
    form->firstNameEdit()->setFocus();
    form->firstNameEdit()->setCursorPosition(0);
    QTest::keyClick(form->firstNameEdit(), Qt::Key_Delete);
    CHECK(form->firstNameEdit()->text() == QStringLiteral("anis")); // Yanis lost its first letter
    CHECK(e.read([](Database& db) { return VolunteerRepository(db).find(QStringLiteral("V-000002"))->has_value(); }));
    form->firstNameEdit()->setText(QStringLiteral("Yanis"));

    list->view()->setFocus();
    CHECK(list->view()->hasFocus());
    CHECK(form->deleteAction()->isEnabled());
    QTest::keyClick(list->view(), Qt::Key_Delete);
    CHECK_FALSE(e.read([](Database& db) { return VolunteerRepository(db).find(QStringLiteral("V-000002"))->has_value(); }));
    // One command: the name typed into the deleted record was not saved back on the way.
    CHECK(e.window.document()->undoStack()->count() == 1);
    // The list moved on to the remaining volunteer, and the form with it.
    CHECK(list->currentRef() == QStringLiteral("V-000001"));
    CHECK(form->currentRef() == QStringLiteral("V-000001"));
}

TEST_CASE("searching keeps the record in the form and saves nothing on the way", "[ui][editing][search]")
{
    Editing e;
    TablePage* list = e.page(Page::Participants);
    ParticipantForm* form = e.participantForm();
    list->selectRef(QStringLiteral("P-000002"));
    form->phoneEdit()->setText(QStringLiteral("06 11 22 33 44")); // typed, not saved yet
    list->searchField()->setText(QStringLiteral("helene"));        // hides Ahmad
    CHECK(list->view()->model()->rowCount() == 1);
    CHECK(form->currentRef() == QStringLiteral("P-000002"));
    CHECK(form->isDirty());
    CHECK(list->currentRef().isEmpty()); // no other row chosen in its place
    CHECK(e.participant(QStringLiteral("P-000002"))->phone.isEmpty());
    list->searchField()->clear(); // shown again, and chosen again
    CHECK(list->currentRef() == QStringLiteral("P-000002"));
    CHECK(form->phoneEdit()->text() == QStringLiteral("06 11 22 33 44"));
    // A new record being typed survives a search too.
    form->saveAction()->trigger();
    form->newAction()->trigger();
    form->firstNameEdit()->setText(QStringLiteral("Nour"));
    form->lastNameEdit()->setText(QStringLiteral("Haddad"));
    list->searchField()->setText(QStringLiteral("karimi"));
    CHECK(form->isNew());
    CHECK(e.window.participantModel()->rowCount() == 3);
}
