// SPDX-License-Identifier: GPL-3.0-or-later
// The times a trainer cannot teach, edited in the trainer's form through its dialog on a real
// file: each step read back from the file on a connection of its own, as plain rows.
#include "ui/MainWindow.h"

#include "CatchQt.h"
#include "ModalDriver.h"
#include "TestDatabase.h"
#include "UiTestSupport.h"
#include "core/storage/Database.h"
#include "core/storage/TrainerRepository.h"
#include "core/storage/Transaction.h"
#include "ui/Document.h"
#include "ui/dialogs/UnavailabilityDialog.h"
#include "ui/forms/TrainerForm.h"
#include "ui/forms/UnavailabilityText.h"
#include "ui/pages/ListPages.h"
#include "ui/pages/TablePage.h"
#include "ui/widgets/DateField.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>
#include <QtSql/QSqlRecord>
#include <QTimeEdit>
#include <QUndoStack>
#include <QUuid>

using namespace parcours;
using namespace parcours::ui;

namespace {

const QString kTrainer = QStringLiteral("T-000001");

/// One period as the dialog takes it; empty dates: unticked.
struct Period
{
    int weekday;
    QTime start;
    QTime end;
    QDate from;
    QDate to;
};

void fillDialog(UnavailabilityDialog* d, const Period& p)
{
    d->weekdayCombo()->setCurrentIndex(p.weekday - 1);
    d->startEdit()->setTime(p.start);
    d->endEdit()->setTime(p.end);
    d->fromField()->setDate(p.from);
    d->toField()->setDate(p.to);
}

/// The sample file with one trainer, open in a window on the Trainers page, the trainer shown.
struct AwayEditing
{
    explicit AwayEditing(const QLocale& locale = QLocale(QLocale::English, QLocale::UnitedKingdom))
        : language(locale)
    {
        test::fillSample(file.db());
        {
            Transaction tx(file.db());
            REQUIRE(tx.begun());
            Trainer t;
            t.ref = kTrainer;
            t.name = QStringLiteral("Élodie Martin");
            t.modules = {Module::Fle};
            REQUIRE(TrainerRepository(file.db()).save(t));
            REQUIRE(tx.commit());
        }
        file.close();
        window.setErrorReporter([this](const QString& m, const QString&) { errors << m; });
        REQUIRE(window.openFile(file.path()));
        window.showPage(Page::Trainers);
        window.tablePage(Page::Trainers)->selectRef(kTrainer);
        form = qobject_cast<TrainerForm*>(window.tablePage(Page::Trainers)->form());
        REQUIRE(form);
        REQUIRE(form->currentRef() == kTrainer);
    }

    /// The rows of trainer_unavailability as stored, read with a plain connection of their own:
    /// "trainer weekday start end from to" ordered by weekday then start.
    QStringList rows()
    {
        return query(QStringLiteral(
            "SELECT t.ref, u.weekday, u.start, u.\"end\", coalesce(u.from_date, '-'), coalesce(u.to_date, '-')"
            " FROM trainer_unavailability u JOIN trainer t ON t.id = u.trainer_id ORDER BY u.weekday, u.start"));
    }

    /// The rows of `sql` on a read-only connection of their own, columns joined by spaces.
    QStringList query(const QString& sql)
    {
        const QString name = QUuid::createUuid().toString();
        QStringList out;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(file.path());
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            REQUIRE(db.open());
            QSqlQuery q(db);
            REQUIRE(q.exec(sql));
            while (q.next()) {
                QStringList columns;
                for (int i = 0; i < q.record().count(); ++i)
                    columns << q.value(i).toString();
                out << columns.join(QLatin1Char(' '));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return out;
    }

    QStringList listed() const
    {
        QStringList out;
        for (int i = 0; i < form->unavailableList()->count(); ++i)
            out << form->unavailableList()->item(i)->text();
        return out;
    }

    /// Clicks `button`, fills the dialog it opens with `p` and clicks its OK; returns the
    /// problems the dialog shows (it is then cancelled), empty when it closed.
    QString throughDialog(QPushButton* button, const Period& p)
    {
        QString problems;
        test::ModalDriver<UnavailabilityDialog> driver([&](UnavailabilityDialog* d) {
            fillDialog(d, p);
            d->okButton()->click();
            if (d->isVisible()) {
                problems = d->problemText();
                d->reject();
            }
        });
        REQUIRE(button->isEnabled());
        button->click();
        REQUIRE(driver.seen());
        return problems;
    }

    QUndoStack* undo() { return window.document()->undoStack(); }

    test::IsolatedSettings settings;
    test::ScopedLanguage language;
    test::TestDatabase file;
    MainWindow window;
    QStringList errors;
    TrainerForm* form = nullptr;
};

const Period kTuesday{2, QTime(14, 0), QTime(18, 0), {}, {}};
const Period kMarchMondays{1, QTime(8, 0), QTime(12, 0), QDate(2025, 3, 3), QDate(2025, 3, 28)};

} // namespace

TEST_CASE("times away added, changed and removed in the trainer's form are in the file, one undo step each",
          "[ui][editing][unavailability]")
{
    AwayEditing e;
    CHECK(e.form->unavailableList()->isHidden());
    CHECK_FALSE(e.form->unavailableEmptyLabel()->isHidden());
    CHECK(e.form->unavailableEmptyLabel()->text()
          == QStringLiteral("Available every day: no time recorded when this trainer cannot teach."));
    CHECK_FALSE(e.form->editUnavailableButton()->isEnabled()); // nothing to change yet
    CHECK(e.rows().isEmpty());

    CHECK(e.throughDialog(e.form->addUnavailableButton(), kTuesday).isEmpty());
    CHECK(e.throughDialog(e.form->addUnavailableButton(), kMarchMondays).isEmpty());
    const QStringList both = {QStringLiteral("T-000001 1 08:00 12:00 2025-03-03 2025-03-28"),
                              QStringLiteral("T-000001 2 14:00 18:00 - -")};
    CHECK(e.rows() == both);
    CHECK(e.listed()
          == QStringList({QStringLiteral("Monday 08:00–12:00, from 3 March to 28 March 2025"),
                          QStringLiteral("Tuesday 14:00–18:00, every week")}));
    CHECK(e.form->unavailableEmptyLabel()->isHidden());
    REQUIRE(e.undo()->count() == 2);
    CHECK(e.undo()->undoText() == QStringLiteral("Add unavailability of “Élodie Martin”"));
    CHECK_FALSE(e.form->isDirty()); // the trainer's own fields are untouched

    // Change Tuesday's end: the row is replaced, nothing else moves.
    e.form->unavailableList()->setCurrentRow(1);
    CHECK(e.throughDialog(e.form->editUnavailableButton(), {2, QTime(14, 0), QTime(17, 30), {}, {}}).isEmpty());
    const QStringList changed = {QStringLiteral("T-000001 1 08:00 12:00 2025-03-03 2025-03-28"),
                                 QStringLiteral("T-000001 2 14:00 17:30 - -")};
    CHECK(e.rows() == changed);
    CHECK(e.listed().at(1) == QStringLiteral("Tuesday 14:00–17:30, every week"));
    CHECK(e.undo()->undoText() == QStringLiteral("Edit unavailability of “Élodie Martin”"));

    // Remove March's Mondays.
    e.form->unavailableList()->setCurrentRow(0);
    REQUIRE(e.form->removeUnavailableButton()->isEnabled());
    e.form->removeUnavailableButton()->click();
    const QStringList removed = {QStringLiteral("T-000001 2 14:00 17:30 - -")};
    CHECK(e.rows() == removed);
    CHECK(e.listed() == QStringList({QStringLiteral("Tuesday 14:00–17:30, every week")}));
    REQUIRE(e.undo()->count() == 4);
    CHECK(e.undo()->undoText() == QStringLiteral("Remove unavailability of “Élodie Martin”"));

    // Undo each step: the file (and the list) as before it, exactly; then redo them all.
    e.window.undoAction()->trigger();
    CHECK(e.rows() == changed);
    CHECK(e.listed().size() == 2);
    e.window.undoAction()->trigger();
    CHECK(e.rows() == both);
    CHECK(e.listed().at(1) == QStringLiteral("Tuesday 14:00–18:00, every week"));
    e.window.undoAction()->trigger();
    CHECK(e.rows() == QStringList({QStringLiteral("T-000001 2 14:00 18:00 - -")}));
    e.window.undoAction()->trigger();
    CHECK(e.rows().isEmpty());
    CHECK(e.listed().isEmpty());
    CHECK_FALSE(e.form->unavailableEmptyLabel()->isHidden());
    for (int i = 0; i < 4; ++i)
        e.window.redoAction()->trigger();
    CHECK(e.rows() == removed);
    CHECK(e.listed() == QStringList({QStringLiteral("Tuesday 14:00–17:30, every week")}));
    e.window.undoAction()->trigger();
    CHECK(e.rows() == changed);
    CHECK(e.errors.isEmpty());

    // The audit log saw every row go in and out. Inserts: 2 adds, the change, the undone
    // removal, the undone change, 2 redone adds, the redone change, the last undo = 9. Deletes:
    // the change, the removal, the undone change, 2 undone adds, the redone change, the redone
    // removal = 7.
    const QStringList audit = e.query(QStringLiteral(
        "SELECT action, count(*) FROM audit_log WHERE kind = 'trainer_unavailability' AND record_ref = 'T-000001'"
        " GROUP BY action ORDER BY action"));
    CHECK(audit == QStringList({QStringLiteral("delete 7"), QStringLiteral("insert 9")}));
}

TEST_CASE("a time away that ends before it starts, or is already listed, is refused in the dialog and nothing is written",
          "[ui][editing][unavailability]")
{
    AwayEditing e;
    CHECK(e.throughDialog(e.form->addUnavailableButton(), {3, QTime(14, 0), QTime(13, 0), {}, {}})
          == QStringLiteral("End: Must be after “Start”."));
    CHECK(e.throughDialog(e.form->addUnavailableButton(), {3, QTime(14, 0), QTime(14, 0), {}, {}})
          == QStringLiteral("End: Must be after “Start”."));
    CHECK(e.throughDialog(e.form->addUnavailableButton(),
                          {3, QTime(9, 0), QTime(12, 0), QDate(2025, 3, 28), QDate(2025, 3, 3)})
          == QStringLiteral("To: Must not be before “From”."));
    CHECK(e.rows().isEmpty());
    CHECK(e.undo()->count() == 0);

    CHECK(e.throughDialog(e.form->addUnavailableButton(), kTuesday).isEmpty());
    CHECK(e.throughDialog(e.form->addUnavailableButton(), kTuesday)
          == QStringLiteral("Day: This trainer is already away at exactly that time."));
    CHECK(e.rows() == QStringList({QStringLiteral("T-000001 2 14:00 18:00 - -")}));
    CHECK(e.undo()->count() == 1);

    // Changing a period into one already listed is refused the same way, the first one kept.
    CHECK(e.throughDialog(e.form->addUnavailableButton(), kMarchMondays).isEmpty());
    e.form->unavailableList()->setCurrentRow(0); // the Mondays
    CHECK(e.throughDialog(e.form->editUnavailableButton(), kTuesday)
          == QStringLiteral("Day: This trainer is already away at exactly that time."));
    CHECK(e.rows()
          == QStringList({QStringLiteral("T-000001 1 08:00 12:00 2025-03-03 2025-03-28"),
                          QStringLiteral("T-000001 2 14:00 18:00 - -")}));
    CHECK(e.undo()->count() == 2);
    CHECK(e.errors.isEmpty());
}

TEST_CASE("a new trainer is saved before times away can be added", "[ui][editing][unavailability]")
{
    AwayEditing e;
    e.form->newAction()->trigger();
    REQUIRE(e.form->isNew());
    CHECK_FALSE(e.form->addUnavailableButton()->isEnabled());
    CHECK(e.form->unavailableEmptyLabel()->text()
          == QStringLiteral("Save the new trainer first, then add the times they cannot teach."));
    e.form->nameEdit()->setText(QStringLiteral("Karim Benali"));
    e.form->saveAction()->trigger();
    REQUIRE_FALSE(e.form->isNew());
    CHECK(e.form->addUnavailableButton()->isEnabled());
    CHECK(e.throughDialog(e.form->addUnavailableButton(), {5, QTime(8, 30), QTime(10, 0), {}, QDate(2025, 6, 30)})
              .isEmpty());
    CHECK(e.rows() == QStringList({QStringLiteral("T-000002 5 08:30 10:00 - 2025-06-30")}));
    CHECK(e.listed() == QStringList({QStringLiteral("Friday 08:30–10:00, until 30 June 2025")}));
}

TEST_CASE("times away read in words in English and in French", "[ui][unavailability]")
{
    const TrainerUnavailability weekly{0, kTrainer, 2, QTime(14, 0), QTime(18, 0), {}, {}};
    const TrainerUnavailability dated{0, kTrainer, 1, QTime(8, 0), QTime(12, 0), QDate(2025, 3, 3), QDate(2025, 3, 28)};
    const TrainerUnavailability acrossYears{0, kTrainer, 4, QTime(9, 0), QTime(17, 0), QDate(2025, 12, 15),
                                            QDate(2026, 1, 9)};
    const TrainerUnavailability fromOnly{0, kTrainer, 7, QTime(10, 0), QTime(11, 15), QDate(2025, 9, 1), {}};
    {
        test::ScopedLanguage english(QLocale(QLocale::English, QLocale::UnitedKingdom));
        CHECK(UnavailabilityText::describe(weekly) == QStringLiteral("Tuesday 14:00–18:00, every week"));
        CHECK(UnavailabilityText::describe(dated)
              == QStringLiteral("Monday 08:00–12:00, from 3 March to 28 March 2025"));
        CHECK(UnavailabilityText::describe(acrossYears)
              == QStringLiteral("Thursday 09:00–17:00, from 15 December 2025 to 9 January 2026"));
        CHECK(UnavailabilityText::describe(fromOnly) == QStringLiteral("Sunday 10:00–11:15, from 1 September 2025 on"));
    }
    {
        test::ScopedLanguage french(QLocale(QLocale::French, QLocale::France));
        CHECK(UnavailabilityText::describe(weekly) == QStringLiteral("Mardi 14:00–18:00, toutes les semaines"));
        CHECK(UnavailabilityText::describe(dated) == QStringLiteral("Lundi 08:00–12:00, du 3 mars au 28 mars 2025"));
        CHECK(UnavailabilityText::describe(acrossYears)
              == QStringLiteral("Jeudi 09:00–17:00, du 15 décembre 2025 au 9 janvier 2026"));
        CHECK(UnavailabilityText::describe(fromOnly) == QStringLiteral("Dimanche 10:00–11:15, à partir du 1 septembre 2025"));
    }
}

TEST_CASE("the trainer's form lists the times away in French", "[ui][unavailability]")
{
    AwayEditing e(QLocale(QLocale::French, QLocale::France));
    CHECK(e.throughDialog(e.form->addUnavailableButton(), kMarchMondays).isEmpty());
    CHECK(e.listed() == QStringList({QStringLiteral("Lundi 08:00–12:00, du 3 mars au 28 mars 2025")}));
    CHECK(e.throughDialog(e.form->addUnavailableButton(), {2, QTime(14, 0), QTime(13, 0), {}, {}})
          == QStringLiteral("Fin\u00a0: Doit être après «\u00a0Début\u00a0»."));
}
