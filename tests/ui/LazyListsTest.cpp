// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 8 at the window: a file opens without reading what no page shows (a page reads the file
// when first shown), a list read follows the file's changes one row at a time, and the search
// and the sort of a list work on what the model keeps per row (folded texts, collation keys)
// with the results the person had before.
#include "ui/MainWindow.h"

#include "CatchQt.h"
#include "TestDatabase.h"
#include "UiTestSupport.h"
#include "core/services/EditService.h"
#include "ui/Document.h"
#include "ui/models/ParticipantTableModel.h"
#include "ui/models/TableFilterProxy.h"
#include "ui/models/VolunteerTableModel.h"
#include "ui/models/CohortTableModel.h"
#include "ui/pages/DashboardPage.h"
#include "ui/pages/ListPages.h"
#include "ui/pages/PairingsPage.h"
#include "ui/pages/TablePage.h"

#include <QApplication>
#include <QSettings>
#include <QTableView>

using namespace parcours;
using namespace parcours::ui;

namespace {

/// The sample file (three participants, two volunteers, one cohort), closed.
struct SampleFile
{
    SampleFile()
    {
        test::fillSample(file.db());
        file.close();
    }
    test::TestDatabase file;
};

/// A window over the sample file, opened on `page` (the page left last time).
struct OpenWindow
{
    explicit OpenWindow(const QString& page)
    {
        QSettings().setValue(QStringLiteral("window/page"), page);
        window.setErrorReporter([this](const QString& message, const QString&) { errors << message; });
        REQUIRE(window.openFile(sample.file.path()));
        REQUIRE(errors.isEmpty());
    }
    test::IsolatedSettings settings;
    SampleFile sample;
    MainWindow window;
    QStringList errors;
};

QStringList column(const QAbstractItemModel* model, int column)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row, column).data().toString();
    return out;
}

Participant participant(const QString& ref, const QString& first, const QString& last)
{
    Participant p;
    p.ref = ref;
    p.firstName = first;
    p.lastName = last;
    p.status = ParticipantStatus::Refugee;
    return p;
}

} // namespace

TEST_CASE("a file opens without reading the lists and pages not shown", "[ui][window][scale]")
{
    OpenWindow w(QStringLiteral("trainers"));
    w.window.show();
    QApplication::processEvents();
    REQUIRE(w.window.currentPage() == Page::Trainers);

    // The long lists wait for their page; the Dashboard and Pairings pages were not given the file.
    ListPages* lists = w.window.lists();
    CHECK(lists->participants()->isUnread());
    CHECK(lists->participants()->rowCount() == 0);
    CHECK(lists->volunteers()->isUnread());
    CHECK(lists->cohorts()->isUnread());
    auto* dashboard = qobject_cast<DashboardPage*>(w.window.pageWidget(Page::Dashboard));
    auto* pairings = qobject_cast<PairingsPage*>(w.window.pageWidget(Page::Pairings));
    REQUIRE(dashboard);
    REQUIRE(pairings);
    CHECK(dashboard->loads() == 0);
    CHECK(pairings->cohortRef().isEmpty());

    // Shown, a page reads: the participants with the cohorts their filter chooses among.
    w.window.showPage(Page::Participants);
    CHECK_FALSE(lists->participants()->isUnread());
    CHECK(lists->participants()->rowCount() == 3);
    CHECK_FALSE(lists->cohorts()->isUnread());
    CHECK(lists->volunteers()->isUnread());
    w.window.showPage(Page::Pairings);
    CHECK(pairings->cohortRef() == QStringLiteral("C-2024-1"));
    w.window.showPage(Page::Dashboard);
    QApplication::processEvents();
    CHECK(dashboard->loads() == 1);
    CHECK(w.errors.isEmpty());
}

TEST_CASE("reading the file again rereads the lists of the page shown and lets go of the others",
          "[ui][window][scale]")
{
    OpenWindow w(QStringLiteral("participants"));
    ListPages* lists = w.window.lists();
    REQUIRE(lists->participants()->rowCount() == 3);
    w.window.showPage(Page::Volunteers);
    REQUIRE(lists->volunteers()->rowCount() == 2);

    REQUIRE(w.window.reload());
    CHECK(lists->volunteers()->rowCount() == 2);
    CHECK(lists->participants()->isUnread());
    CHECK(lists->participants()->rowCount() == 0);
    w.window.showPage(Page::Participants);
    CHECK(lists->participants()->rowCount() == 3);

    // Whoever asks the window for a list gets it read, its page shown or not.
    w.window.showPage(Page::Dashboard);
    REQUIRE(w.window.reload());
    REQUIRE(lists->participants()->isUnread());
    CHECK(w.window.participantModel()->rowCount() == 3);
}

TEST_CASE("an unread list ignores changes, a read one follows them a row at a time",
          "[ui][window][scale]")
{
    OpenWindow w(QStringLiteral("dashboard"));
    ListPages* lists = w.window.lists();
    ParticipantTableModel* model = lists->participants();
    REQUIRE(model->isUnread());
    EditService& edits = w.window.document()->edits();

    // Saved while the list is unread: nothing read yet, the list reads it with the rest.
    REQUIRE(edits.save(participant(QStringLiteral("P-000004"), QStringLiteral("Émile"),
                                   QStringLiteral("Durand"))));
    CHECK(model->isUnread());
    CHECK(model->rowCount() == 0);
    w.window.showPage(Page::Participants);
    REQUIRE(model->rowCount() == 4);
    TablePage* page = w.window.tablePage(Page::Participants);
    QAbstractItemModel* shown = page->view()->model();
    CHECK(column(shown, ParticipantTableModel::LastName) ==
          QStringList({QStringLiteral("Bakari"), QStringLiteral("Durand"), QStringLiteral("Karimi"),
                       QStringLiteral("Zerrouki")}));

    // Read, it changes the one row saved, in place: no reset, the sort and the search follow.
    int resets = 0;
    int inserts = 0;
    QList<std::pair<int, int>> changes; ///< first and last row of each dataChanged
    QObject::connect(model, &QAbstractItemModel::modelReset, [&] { ++resets; });
    QObject::connect(model, &QAbstractItemModel::rowsInserted, [&] { ++inserts; });
    QObject::connect(model, &QAbstractItemModel::dataChanged,
                     [&](const QModelIndex& from, const QModelIndex& to) { changes.append({from.row(), to.row()}); });
    REQUIRE(edits.save(participant(QStringLiteral("P-000004"), QStringLiteral("Émile"),
                                   QStringLiteral("Martin"))));
    CHECK(resets == 0);
    REQUIRE(changes.size() == 1);
    CHECK(changes.constFirst().first == changes.constFirst().second);
    CHECK(column(shown, ParticipantTableModel::LastName) ==
          QStringList({QStringLiteral("Bakari"), QStringLiteral("Karimi"), QStringLiteral("Martin"),
                       QStringLiteral("Zerrouki")}));
    page->proxy()->setSearchText(QStringLiteral("MARTIN emile"));
    CHECK(column(shown, ParticipantTableModel::Ref) == QStringList({QStringLiteral("P-000004")}));
    page->proxy()->setSearchText(QStringLiteral("durand"));
    CHECK(shown->rowCount() == 0);

    // A new participant is one row more, sorted in and found.
    page->proxy()->setSearchText(QString());
    REQUIRE(edits.save(participant(QStringLiteral("P-000005"), QStringLiteral("Chloé"),
                                   QStringLiteral("Abadie"))));
    CHECK(resets == 0);
    CHECK(inserts == 1);
    CHECK(column(shown, ParticipantTableModel::LastName).constFirst() == QStringLiteral("Abadie"));
    page->proxy()->setSearchText(QStringLiteral("chloe"));
    CHECK(column(shown, ParticipantTableModel::Ref) == QStringList({QStringLiteral("P-000005")}));
    CHECK(w.errors.isEmpty());
}

TEST_CASE("the list sorts names as the locale does and finds them without case or accents",
          "[ui][models][scale]")
{
    test::ScopedLanguage french(QLocale(QLocale::French, QLocale::France));
    ParticipantTableModel model;
    // Hand-ordered for French: accents and case come after the letters (É with E, é after e
    // only when all else is equal), so "Éloi" sorts between "Eliane" and "Emma".
    model.setRows({participant(QStringLiteral("P1"), QStringLiteral("Anne"), QStringLiteral("emma")),
                   participant(QStringLiteral("P2"), QStringLiteral("Luc"), QStringLiteral("Éloi")),
                   participant(QStringLiteral("P3"), QStringLiteral("Zoé"), QStringLiteral("Eliane")),
                   participant(QStringLiteral("P4"), QStringLiteral("Léa"), QStringLiteral("Ábel")),
                   participant(QStringLiteral("P5"), QStringLiteral("Noé"), QStringLiteral("Fabre"))});
    TableFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(ParticipantTableModel::LastName);
    CHECK(column(&proxy, ParticipantTableModel::LastName) ==
          QStringList({QStringLiteral("Ábel"), QStringLiteral("Eliane"), QStringLiteral("Éloi"),
                       QStringLiteral("emma"), QStringLiteral("Fabre")}));
    proxy.sort(ParticipantTableModel::LastName, Qt::DescendingOrder);
    CHECK(column(&proxy, ParticipantTableModel::LastName).constFirst() == QStringLiteral("Fabre"));

    // The search: every word, in any column, without case or accents.
    proxy.setSearchText(QStringLiteral("ELOI"));
    CHECK(column(&proxy, ParticipantTableModel::Ref) == QStringList({QStringLiteral("P2")}));
    proxy.setSearchText(QStringLiteral("zoe  eliane"));
    CHECK(column(&proxy, ParticipantTableModel::Ref) == QStringList({QStringLiteral("P3")}));
    proxy.setSearchText(QStringLiteral("noé éloi"));
    CHECK(proxy.rowCount() == 0);
    proxy.setSearchText(QStringLiteral("abel"));
    CHECK(column(&proxy, ParticipantTableModel::Ref) == QStringList({QStringLiteral("P4")}));
}

TEST_CASE("a row saved again and again, then a row removed: the search finds each row as it is now",
          "[ui][window][scale][search]")
{
    OpenWindow w(QStringLiteral("participants"));
    ParticipantTableModel* model = w.window.lists()->participants();
    REQUIRE(model->rowCount() == 3);
    TablePage* page = w.window.tablePage(Page::Participants);
    TableFilterProxy* proxy = page->proxy();
    EditService& edits = w.window.document()->edits();
    REQUIRE(edits.save(participant(QStringLiteral("P-000004"), QStringLiteral("Émile"),
                                   QStringLiteral("Durand"))));
    REQUIRE(model->rowCount() == 4);

    // Each save folds the row's new text again (the old one is left unused, until the unused
    // texts are worth folding every row again: more than a hundred saves of this row).
    for (int i = 0; i < 150; ++i) {
        const QString name = QStringLiteral("Zèta%1qx").arg(i, 3, 10, QLatin1Char('0'));
        REQUIRE(edits.save(participant(QStringLiteral("P-000004"), QStringLiteral("Émile"), name)));
        proxy->setSearchText(QStringLiteral("ZETA%1QX").arg(i, 3, 10, QLatin1Char('0')));
        REQUIRE(column(proxy, ParticipantTableModel::Ref) == QStringList({QStringLiteral("P-000004")}));
        if (i > 0) {
            proxy->setSearchText(QStringLiteral("zeta%1qx").arg(i - 1, 3, 10, QLatin1Char('0')));
            REQUIRE(proxy->rowCount() == 0);
        }
    }
    proxy->setSearchText(QStringLiteral("emile"));
    CHECK(column(proxy, ParticipantTableModel::Ref) == QStringList({QStringLiteral("P-000004")}));
    proxy->setSearchText(QString());
    const QStringList before = column(proxy, ParticipantTableModel::Ref);
    REQUIRE(before.size() == 4);

    // A row removed: the others keep their own texts.
    REQUIRE(edits.remove(EntityKind::Participant, before.constFirst()));
    REQUIRE(model->rowCount() == 3);
    for (const QString& ref : before.mid(1)) {
        proxy->setSearchText(ref);
        CHECK(column(proxy, ParticipantTableModel::Ref) == QStringList({ref}));
    }
    proxy->setSearchText(before.constFirst());
    CHECK(proxy->rowCount() == 0);
    CHECK(w.errors.isEmpty());
}
