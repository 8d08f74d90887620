// SPDX-License-Identifier: GPL-3.0-or-later
// The outcomes page offscreen on a real file made from the mini fixture, on a fixed today
// (PARCOURS_TODAY=2025-06-10): the model under QAbstractItemModelTester, the milestone filter,
// the follow-ups due, a quick entry with its undo and redo, and the page in French.
#include "ui/pages/OutcomesPage.h"

#include "CatchQt.h"
#include "TestDatabase.h"
#include "UiTestSupport.h"

#include "core/exchange/ExchangeImporter.h"
#include "core/storage/Database.h"
#include "core/storage/OutcomeRepository.h"
#include "ui/Document.h"
#include "ui/models/OutcomeTableModel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QUndoStack>
#include <QTest>

using namespace parcours;
using namespace parcours::ui;

namespace {

/// PARCOURS_TODAY set while the object lives.
class FixedToday
{
public:
    explicit FixedToday(const char* day) { qputenv("PARCOURS_TODAY", day); }
    ~FixedToday() { qunsetenv("PARCOURS_TODAY"); }
};

/// The mini fixture (MINI ends on 14 March 2025: M1 Bilal Ahmadi and M2 Selam Haile completed,
/// with an m6 outcome each, cdi and other_training; M3 Iryna Shevchenko withdrew) open in a
/// Document and shown on the page, on 10 June 2025.
struct Fixture
{
    FixedToday today{"2025-06-10"};
    test::TestDatabase file;
    std::unique_ptr<Document> document;
    OutcomesPage page;

    /// `extra`: lines added to files of the mini fixture.
    explicit Fixture(const QMap<QString, QByteArray>& extra = {})
    {
        const QDir source(test::testDataPath(QStringLiteral("exchange-mini")));
        const QDir folder(file.dir() + QStringLiteral("/folder"));
        REQUIRE(QDir().mkpath(folder.path()));
        for (const QString& name : source.entryList(QDir::Files))
            test::writeBytes(folder.filePath(name), test::readBytes(source.filePath(name)) + extra.value(name));
        const auto report = ExchangeImporter(file.db()).importDir(folder.path());
        REQUIRE(report.has_value());
        REQUIRE(report->written);
        file.close();
        auto db = Database::open(file.path());
        REQUIRE(db);
        document = std::make_unique<Document>(std::move(*db));
        page.setDocument(document.get());
        page.resize(1100, 700);
    }
    template<class T>
    T* child(const char* name)
    {
        auto* w = page.findChild<T*>(QString::fromLatin1(name));
        REQUIRE(w != nullptr);
        return w;
    }
    QString cell(OutcomeTableModel* model, int row, int column)
    {
        return model->index(row, column).data().toString();
    }
    int outcomesStored() { return OutcomeRepository(document->database()).count().value(); }
    /// The page's keyboard letters (Alt+letter) of its labels and buttons, each label pointing
    /// at a field; a letter used twice goes in the list twice.
    QStringList mnemonics()
    {
        QStringList letters;
        const auto letterOf = [](const QString& text) {
            const int at = text.indexOf(QLatin1Char('&'));
            return at >= 0 && at + 1 < text.size() ? text.mid(at + 1, 1).toLower() : QString();
        };
        for (QLabel* label : page.findChildren<QLabel*>()) {
            const QString letter = letterOf(label->text());
            if (letter.isEmpty())
                continue;
            CHECK(label->buddy() != nullptr);
            letters << letter;
        }
        for (QPushButton* button : page.findChildren<QPushButton*>())
            if (!letterOf(button->text()).isEmpty())
                letters << letterOf(button->text());
        return letters;
    }
};

} // namespace

TEST_CASE("the outcomes page lists every enrolment at each milestone of the latest ended cohort", "[ui][outcomes]")
{
    test::IsolatedSettings settings;
    Fixture f;
    OutcomeTableModel* model = f.page.outcomes();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester followUpTester(f.page.followUps(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(f.page.cohortRef() == QStringLiteral("MINI"));
    // Ahmadi, Haile, Shevchenko, four milestones each.
    REQUIRE(model->rowCount() == 12);
    CHECK(f.cell(model, 0, OutcomeTableModel::Participant) == QStringLiteral("AHMADI Bilal"));
    CHECK(f.cell(model, 0, OutcomeTableModel::Milestone) == QStringLiteral("At exit"));
    CHECK(f.cell(model, 0, OutcomeTableModel::FollowUp) == QStringLiteral("Overdue"));
    CHECK(f.cell(model, 1, OutcomeTableModel::FollowUp) == QStringLiteral("Due this month"));
    CHECK(f.cell(model, 2, OutcomeTableModel::Situation) == QStringLiteral("Permanent contract (CDI)"));
    CHECK(f.cell(model, 2, OutcomeTableModel::Class) == QStringLiteral("Durable"));
    CHECK(f.cell(model, 2, OutcomeTableModel::FollowUp) == QStringLiteral("Recorded"));
    CHECK(f.cell(model, 2, OutcomeTableModel::Employer) == QStringLiteral("Pains du Nord"));
    CHECK(f.cell(model, 2, OutcomeTableModel::FrenchLevels) == QStringLiteral("A1 → A2"));
    CHECK(f.cell(model, 3, OutcomeTableModel::FollowUp) == QStringLiteral("Not yet due"));
    CHECK(f.cell(model, 6, OutcomeTableModel::Class) == QStringLiteral("Other"));
    CHECK(f.cell(model, 8, OutcomeTableModel::FollowUp) == QStringLiteral("Withdrawn"));
    CHECK(model->index(2, OutcomeTableModel::DueDate).data(Qt::UserRole).toDate() == QDate(2025, 9, 14));

    // The milestone filter: the three m6 rows.
    auto* milestone = f.child<QComboBox>("outcomeMilestoneFilter");
    milestone->setCurrentIndex(milestone->findData(int(Milestone::M6)));
    REQUIRE(model->rowCount() == 3);
    CHECK(f.cell(model, 2, OutcomeTableModel::Situation) == QStringLiteral("Permanent contract (CDI)"));
    CHECK(f.cell(model, 2, OutcomeTableModel::Participant) == QStringLiteral("SHEVCHENKO Iryna"));

    // The search narrows the rows shown.
    f.child<QLineEdit>("outcomeSearch")->setText(QStringLiteral("haile"));
    CHECK(f.child<QTableView>("outcomeTable")->model()->rowCount() == 1);
}

TEST_CASE("the follow-ups due on a fixed today: the exits overdue, the 3-month calls of this month", "[ui][outcomes]")
{
    test::IsolatedSettings settings;
    Fixture f;
    OutcomeTableModel* due = f.page.followUps();
    REQUIRE(due->rowCount() == 4);
    CHECK(f.cell(due, 0, OutcomeTableModel::Participant) == QStringLiteral("AHMADI Bilal"));
    CHECK(f.cell(due, 0, OutcomeTableModel::Milestone) == QStringLiteral("At exit"));
    CHECK(f.cell(due, 1, OutcomeTableModel::Participant) == QStringLiteral("HAILE Selam"));
    CHECK(f.cell(due, 2, OutcomeTableModel::Milestone) == QStringLiteral("3 months"));
    CHECK(f.cell(due, 3, OutcomeTableModel::FollowUp) == QStringLiteral("Due this month"));
    CHECK(f.child<QLabel>("followUpTitle")->text() == QStringLiteral("Follow-ups due: 2 overdue, 2 this month"));
    CHECK_FALSE(f.child<QTableView>("followUpTable")->isColumnHidden(OutcomeTableModel::Phone));
}

TEST_CASE("a quick entry is saved at once, leaves the follow-ups list, and is one undo step", "[ui][outcomes]")
{
    test::IsolatedSettings settings;
    Fixture f;
    auto* followUps = f.child<QTableView>("followUpTable");
    // Choosing Selam Haile's 3-month call fills the form.
    followUps->setCurrentIndex(f.page.followUps()->index(3, OutcomeTableModel::Participant));
    CHECK(f.child<QComboBox>("outcomeParticipant")->currentText() == QStringLiteral("HAILE Selam"));
    auto* milestone = f.child<QComboBox>("outcomeMilestone");
    CHECK(milestone->currentData().toInt() == int(Milestone::M3));
    CHECK(f.child<QDateEdit>("outcomeDate")->date() == QDate(2025, 6, 10));
    CHECK(f.child<QLabel>("outcomeLevels")->text() == QStringLiteral("A0 at entry, A1 at exit"));

    auto* situation = f.child<QComboBox>("outcomeSituation");
    situation->setCurrentIndex(situation->findData(int(Situation::CddUnder6m)));
    f.child<QLineEdit>("outcomeEmployer")->setText(QStringLiteral("Aide et Vie"));
    f.child<QLineEdit>("outcomeSector")->setText(QStringLiteral("care"));
    f.child<QPushButton>("outcomeRecord")->click();

    CHECK_FALSE(f.child<QLabel>("outcomeProblem")->isVisibleTo(&f.page));
    CHECK(f.outcomesStored() == 4);
    CHECK(f.document->undoStack()->count() == 1);
    CHECK(f.page.followUps()->rowCount() == 3);
    CHECK(f.child<QLabel>("followUpTitle")->text() == QStringLiteral("Follow-ups due: 2 overdue, 1 this month"));
    // Haile's 3 months (row 5): the new situation and its class.
    OutcomeTableModel* model = f.page.outcomes();
    CHECK(f.cell(model, 5, OutcomeTableModel::Situation) == QStringLiteral("Fixed-term contract under 6 months"));
    CHECK(f.cell(model, 5, OutcomeTableModel::Class) == QStringLiteral("Transition"));
    CHECK(f.cell(model, 5, OutcomeTableModel::Employer) == QStringLiteral("Aide et Vie"));

    f.document->undoStack()->undo();
    CHECK(f.outcomesStored() == 3);
    CHECK(f.page.followUps()->rowCount() == 4);
    CHECK(f.cell(model, 5, OutcomeTableModel::Situation).isEmpty());
    f.document->undoStack()->redo();
    CHECK(f.outcomesStored() == 4);
    CHECK(f.page.followUps()->rowCount() == 3);
    CHECK(f.cell(model, 5, OutcomeTableModel::Class) == QStringLiteral("Transition"));
}

TEST_CASE("the outcomes page speaks French", "[ui][outcomes][translations]")
{
    test::IsolatedSettings settings;
    test::ScopedLanguage french(QLocale(QLocale::French, QLocale::France));
    Fixture f;
    OutcomeTableModel* model = f.page.outcomes();
    CHECK(model->headerData(OutcomeTableModel::Situation, Qt::Horizontal).toString() == QStringLiteral("Situation"));
    CHECK(model->headerData(OutcomeTableModel::DueDate, Qt::Horizontal).toString() == QStringLiteral("Échéance"));
    CHECK(f.cell(model, 0, OutcomeTableModel::Milestone) == QStringLiteral("À la sortie"));
    CHECK(f.cell(model, 0, OutcomeTableModel::FollowUp) == QStringLiteral("En retard"));
    CHECK(f.cell(model, 0, OutcomeTableModel::DueDate) == QStringLiteral("14/03/2025"));
    CHECK(f.cell(model, 2, OutcomeTableModel::Situation) == QStringLiteral("CDI"));
    CHECK(f.cell(model, 2, OutcomeTableModel::Class) == QStringLiteral("Durable"));
    CHECK(f.cell(model, 6, OutcomeTableModel::Class) == QStringLiteral("Autre"));
    CHECK(f.child<QLabel>("followUpTitle")->text() == QStringLiteral("Suivis à faire\u00a0: 2 en retard, 2 ce mois-ci"));
    CHECK(f.child<QPushButton>("outcomeRecord")->text() == QStringLiteral("Enre&gistrer"));
    // Every field reachable with Alt and a letter of its own, in French too.
    const QStringList letters = f.mnemonics();
    CHECK(letters.size() == 10);
    CHECK(QSet<QString>(letters.begin(), letters.end()).size() == letters.size());
}

TEST_CASE("every field of the outcomes page has its own keyboard letter and an accessible name", "[ui][outcomes]")
{
    test::IsolatedSettings settings;
    Fixture f;
    const QStringList letters = f.mnemonics();
    // Cohort and milestone filters; participant, milestone, situation, date, employer, sector,
    // notes; the Record button.
    CHECK(letters.size() == 10);
    CHECK(QSet<QString>(letters.begin(), letters.end()).size() == letters.size());
    for (const char* name : {"outcomeCohort", "outcomeMilestoneFilter", "outcomeSearch", "outcomeTable", "followUpTable",
                             "outcomeParticipant", "outcomeMilestone", "outcomeSituation", "outcomeDate",
                             "outcomeEmployer", "outcomeSector", "outcomeNotes"})
        CHECK_FALSE(f.child<QWidget>(name)->accessibleName().isEmpty());
}

TEST_CASE("choosing a follow-up of another cohort shows that cohort and fills the form", "[ui][outcomes]")
{
    test::IsolatedSettings settings;
    // EARLY ended on 31 January 2025 with M2: her exit is overdue on 10 June 2025 as well.
    Fixture f({{QStringLiteral("cohorts.csv"), "EARLY,Tremplin hiver 2025,Tremplin,LIL,2024-11-04,2025-01-31,12,12,15,2,2\n"},
               {QStringLiteral("enrolments.csv"), "EARLY,M2,2024-11-04,completed,2025-01-31,,A1\n"}});
    CHECK(f.page.cohortRef() == QStringLiteral("MINI"));
    OutcomeTableModel* due = f.page.followUps();
    // Overdue by due date: EARLY's exit (31 January), MINI's two exits (14 March), EARLY's m3
    // (30 April); then MINI's two m3 due this month.
    REQUIRE(due->rowCount() == 6);
    CHECK(f.cell(due, 0, OutcomeTableModel::Cohort) == QStringLiteral("Tremplin hiver 2025"));
    CHECK(f.cell(due, 1, OutcomeTableModel::Cohort) == QStringLiteral("Tremplin Lille printemps 2025"));
    CHECK(f.cell(due, 3, OutcomeTableModel::Cohort) == QStringLiteral("Tremplin hiver 2025"));
    CHECK(f.cell(due, 3, OutcomeTableModel::Milestone) == QStringLiteral("3 months"));
    f.child<QTableView>("followUpTable")->setCurrentIndex(due->index(3, OutcomeTableModel::Participant));
    // The switch waits for the event loop (the list is still busy with its click).
    CHECK(f.page.cohortRef() == QStringLiteral("MINI"));
    REQUIRE(QTest::qWaitFor([&] { return f.page.cohortRef() == QStringLiteral("EARLY"); }, 2000));
    CHECK(f.child<QComboBox>("outcomeParticipant")->currentText() == QStringLiteral("HAILE Selam"));
    CHECK(f.child<QComboBox>("outcomeMilestone")->currentData().toInt() == int(Milestone::M3));
    CHECK(f.page.outcomes()->rowCount() == 4);
    CHECK(due->rowCount() == 6);
}
