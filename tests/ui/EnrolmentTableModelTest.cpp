// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/EnrolmentTableModel.h"

#include "CatchQt.h"
#include "TestDatabase.h"
#include "UiTestSupport.h"
#include "core/storage/CohortRepository.h"
#include "core/storage/Database.h"
#include "ui/Document.h"
#include "ui/models/ListTableModel.h"
#include "ui/models/ParticipantTableModel.h"

#include <QAbstractItemModelTester>
#include <QUndoStack>

using namespace parcours;
using namespace parcours::ui;

TEST_CASE("enrolment model: one row per participant of the cohort, edits through undo",
          "[ui][cohort]")
{
    test::ScopedLanguage english(QLocale(QLocale::English, QLocale::UnitedKingdom));
    test::TestDatabase file;
    test::fillSample(file.db());
    file.close();
    auto db = Database::open(file.path());
    REQUIRE(db);
    Document document(std::move(*db));
    ParticipantTableModel participants;
    participants.attach(&document);
    REQUIRE(participants.reload(document.database()));

    EnrolmentTableModel model(&participants);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDocument(&document);
    CHECK(model.rowCount() == 0); // no cohort yet
    model.setCohort(QStringLiteral("C-2024-1"));
    REQUIRE(model.rowCount() == 3);
    CHECK(model.columnCount() == EnrolmentTableModel::ColumnCount);
    const int amina = model.rowOf(QStringLiteral("P-000003"));
    REQUIRE(amina >= 0);
    CHECK(model.index(amina, EnrolmentTableModel::Participant).data().toString() ==
          QStringLiteral("Amina Bakari"));
    CHECK(model.index(amina, EnrolmentTableModel::Participant).data(RefRole).toString() ==
          QStringLiteral("P-000003"));
    CHECK(model.index(amina, EnrolmentTableModel::ExitDate).data(SortRole).toDate() ==
          QDate(2024, 2, 1));
    CHECK(model.activeCount() == 2);

    // An exit date before the enrolment breaks a rule: refused, nothing on the stack.
    QStringList failures;
    QObject::connect(&document, &Document::commandFailed,
                     [&failures](const Error& e) { failures << e.toString(); });
    CHECK_FALSE(
        model.setData(model.index(amina, EnrolmentTableModel::ExitDate), QDate(2023, 1, 1)));
    CHECK(failures.size() == 1);
    CHECK(document.undoStack()->count() == 0);
    CHECK(model.index(model.rowOf(QStringLiteral("P-000003")), EnrolmentTableModel::ExitDate)
              .data(SortRole)
              .toDate() == QDate(2024, 2, 1));

    // An exit reason typed in place: saved, undone, redone.
    REQUIRE(model.setData(model.index(amina, EnrolmentTableModel::ExitReason),
                          QStringLiteral(" Moved to Lille ")));
    auto stored = CohortRepository(document.database()).enrolmentsOf(QStringLiteral("C-2024-1"));
    REQUIRE(stored);
    CHECK(stored->at(2).exitReason == QStringLiteral("Moved to Lille"));
    CHECK(model.index(model.rowOf(QStringLiteral("P-000003")), EnrolmentTableModel::ExitReason)
              .data()
              .toString() == QStringLiteral("Moved to Lille"));
    document.undoStack()->undo();
    CHECK(model.index(model.rowOf(QStringLiteral("P-000003")), EnrolmentTableModel::ExitReason)
              .data()
              .toString()
              .isEmpty());

    // A participant renamed elsewhere shows the new name.
    Participant renamed = participants.at(participants.rowOfRef(QStringLiteral("P-000003")));
    renamed.lastName = QStringLiteral("Bakari-Idriss");
    REQUIRE(document.edits().save(renamed));
    CHECK(model.index(model.rowOf(QStringLiteral("P-000003")), EnrolmentTableModel::Participant)
              .data()
              .toString() == QStringLiteral("Amina Bakari-Idriss"));

    model.setCohort(QString());
    CHECK(model.rowCount() == 0);
}
