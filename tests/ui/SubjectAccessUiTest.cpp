// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 9, Tests: hostile text (quotes, `'); DROP TABLE`, 2,000-character fields, control
// characters, right-to-left Arabic) in every text field of participants and volunteers goes in
// through EditService, the write path of the program's forms, and comes out intact: in the file,
// in the subject access export (its CSVs parsed back, cell by cell), in the exchange export, and
// in the lists of the window (offscreen), whose "Export this person's data…" action writes the
// export of the person selected.
#include "ui/MainWindow.h"

#include "CatchQt.h"
#include "HostilePeople.h"
#include "TestDatabase.h"
#include "UiTestSupport.h"
#include "core/services/SubjectAccess.h"
#include "ui/models/ParticipantTableModel.h"
#include "ui/models/VolunteerTableModel.h"
#include "ui/pages/SubjectAccessAction.h"
#include "ui/pages/TablePage.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QTest>
#include <QToolButton>

using namespace parcours;
using namespace parcours::test;
using namespace parcours::ui;

namespace {

int rowOfRef(const QAbstractItemModel* model, const QString& ref)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 0).data().toString() == ref)
            return r;
    return -1;
}

} // namespace

TEST_CASE("Hostile text in every field of a person comes out intact: file, subject access, exchange, lists",
          "[subject-access][hostile]")
{
    test::IsolatedSettings settings;
    test::ScopedLanguage english{QLocale(QLocale::English, QLocale::UnitedKingdom)};
    test::TestDatabase file;
    const int people = storeAndCheckHostilePeople(file);
    CHECK(people == 5); // one per hostile value (HostilePeople.cpp)

    // The lists of the window, and the export action on the person selected.
    file.close();
    MainWindow window;
    window.setErrorReporter([](const QString& m, const QString& d) { FAIL(m.toStdString() << ": " << d.toStdString()); });
    REQUIRE(window.openFile(file.path()));
    window.showPage(Page::Participants);
    const ParticipantTableModel* participants = window.participantModel();
    window.showPage(Page::Volunteers);
    const VolunteerTableModel* volunteers = window.volunteerModel();
    for (int i = 0; i < people; ++i) {
        const Participant p = hostileParticipant(i);
        const int r = rowOfRef(participants, p.ref);
        REQUIRE(r >= 0);
        CHECK(participants->index(r, ParticipantTableModel::FirstName).data().toString() == p.firstName);
        CHECK(participants->index(r, ParticipantTableModel::LastName).data().toString() == p.lastName);
        CHECK(participants->index(r, ParticipantTableModel::Email).data().toString() == p.email);
        CHECK(participants->index(r, ParticipantTableModel::Phone).data().toString() == p.phone);
        const Volunteer v = hostileVolunteer(i);
        const int w = rowOfRef(volunteers, v.ref);
        REQUIRE(w >= 0);
        CHECK(volunteers->index(w, VolunteerTableModel::FirstName).data().toString() == v.firstName);
        CHECK(volunteers->index(w, VolunteerTableModel::LastName).data().toString() == v.lastName);
        CHECK(volunteers->index(w, VolunteerTableModel::Occupation).data().toString() == v.profession);
        CHECK(volunteers->index(w, VolunteerTableModel::Organisation).data().toString() == v.employer);
        CHECK(volunteers->index(w, VolunteerTableModel::Sector).data().toString() == v.sector);
    }

    for (const Page page : {Page::Participants, Page::Volunteers}) {
        window.showPage(page);
        TablePage* list = window.tablePage(page);
        REQUIRE(list);
        auto* exportAction = list->findChild<SubjectAccessAction*>();
        REQUIRE(exportAction);
        const bool isParticipant = page == Page::Participants;
        const QString ref = isParticipant ? QStringLiteral("H-3") : QStringLiteral("HV-4");
        REQUIRE(list->selectRef(ref));
        REQUIRE(exportAction->action()->isEnabled());
        const QString dir = file.dir() + QStringLiteral("/access-") + ref;
        QString askedFor;
        QString reported;
        exportAction->setChooser([&](const QString& name) {
            askedFor = name;
            return std::optional<SubjectAccessChoice>({dir, QLocale(QLocale::French, QLocale::France)});
        });
        exportAction->setReporter([&](const QString& message) { reported = message; });
        exportAction->action()->trigger();
        const QString expectedName = isParticipant ? hostileParticipant(3).fullName() : hostileVolunteer(4).fullName();
        CHECK(askedFor == expectedName);
        CHECK(reported.contains(QDir::toNativeSeparators(dir + QLatin1Char('/') + ref + QStringLiteral(".pdf"))));
        CHECK(QFileInfo(dir + QLatin1Char('/') + ref + QStringLiteral(".pdf")).size() > 1000);
        const QString csv = dir + QLatin1Char('/') + ref + (isParticipant ? QStringLiteral("/participant.csv")
                                                                           : QStringLiteral("/volunteer.csv"));
        if (isParticipant)
            checkRow(rowOf(test::readBytes(csv), ref), fieldsOf(hostileParticipant(3)), "the window's export of H-3");
        else
            checkRow(rowOf(test::readBytes(csv), ref), fieldsOf(hostileVolunteer(4)), "the window's export of HV-4");
    }
}

TEST_CASE("The export action waits for a person to be selected", "[subject-access]")
{
    test::IsolatedSettings settings;
    test::ScopedLanguage english{QLocale(QLocale::English, QLocale::UnitedKingdom)};
    test::TestDatabase file;
    test::fillSample(file.db());
    file.close();
    MainWindow window;
    REQUIRE(window.openFile(file.path()));
    window.showPage(Page::Participants);
    TablePage* list = window.tablePage(Page::Participants);
    REQUIRE(list);
    auto* exportAction = list->findChild<SubjectAccessAction*>();
    REQUIRE(exportAction);
    CHECK(exportAction->action()->text() == QStringLiteral("Export this person's data…"));
    REQUIRE(window.participantModel()->rowCount() > 0);
    const QString first = window.participantModel()->index(0, 0).data().toString();
    REQUIRE(list->selectRef(first));
    CHECK(exportAction->action()->isEnabled());
    bool asked = false;
    exportAction->setChooser([&](const QString&) {
        asked = true;
        return std::optional<SubjectAccessChoice>(); // cancelled: nothing written
    });
    exportAction->action()->trigger();
    CHECK(asked);
}

TEST_CASE("Export this person's data… is named, reachable by keyboard and in French on both pages",
          "[subject-access][keyboard]")
{
    test::IsolatedSettings settings;
    test::ScopedLanguage french{QLocale(QLocale::French, QLocale::France)};
    test::TestDatabase file;
    test::fillSample(file.db());
    file.close();
    MainWindow window;
    window.setErrorReporter([](const QString& m, const QString& d) { FAIL(m.toStdString() << ": " << d.toStdString()); });
    REQUIRE(window.openFile(file.path()));
    window.resize(1280, 800);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    for (const Page page : {Page::Participants, Page::Volunteers}) {
        const bool isParticipant = page == Page::Participants;
        INFO((isParticipant ? "Participants" : "Volunteers"));
        window.showPage(page);
        TablePage* list = window.tablePage(page);
        REQUIRE(list);
        auto* exportAction = list->findChild<SubjectAccessAction*>();
        REQUIRE(exportAction);
        CHECK(exportAction->action()->text() == QString::fromUtf8("Exporter les données de cette personne…"));
        QToolButton* button = nullptr;
        for (QToolButton* b : list->findChildren<QToolButton*>())
            if (b->defaultAction() == exportAction->action())
                button = b;
        REQUIRE(button);
        CHECK(button->accessibleName() == QString::fromUtf8("Exporter les données de cette personne"));
        CHECK(button->text() == QString::fromUtf8("Accès RGPD…"));
        CHECK(button->isVisible());

        // Reachable with Tab: the button takes the focus from the keyboard and is in the
        // window's focus chain.
        CHECK((button->focusPolicy() & Qt::TabFocus) == Qt::TabFocus);
        bool inChain = false;
        QWidget* w = &window;
        for (int i = 0; i < 2000 && !inChain; ++i) {
            w = w->nextInFocusChain();
            inChain = w == button;
        }
        CHECK(inChain);

        const QAbstractItemModel* model = isParticipant ? static_cast<const QAbstractItemModel*>(window.participantModel())
                                                        : static_cast<const QAbstractItemModel*>(window.volunteerModel());
        REQUIRE(model->rowCount() > 0);
        const QString ref = model->index(0, 0).data().toString();
        REQUIRE(list->selectRef(ref));
        REQUIRE(button->isEnabled());

        // Space on the focused button runs the export of the person selected.
        const QString dir = file.dir() + QStringLiteral("/keyboard-") + ref;
        QString reported;
        exportAction->setChooser([&](const QString&) {
            return std::optional<SubjectAccessChoice>({dir, QLocale(QLocale::French, QLocale::France)});
        });
        exportAction->setReporter([&](const QString& message) { reported = message; });
        button->setFocus(Qt::TabFocusReason);
        REQUIRE(button->hasFocus());
        QTest::keyClick(button, Qt::Key_Space);
        CHECK(reported.startsWith(QDir::toNativeSeparators(dir + QLatin1Char('/') + ref + QStringLiteral(".pdf"))));
        CHECK(QFileInfo(dir + QLatin1Char('/') + ref + QStringLiteral(".pdf")).size() > 1000);
        CHECK(QFileInfo::exists(dir + QLatin1Char('/') + ref +
                                (isParticipant ? QStringLiteral("/participant.csv") : QStringLiteral("/volunteer.csv"))));
    }
}
