// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/ParticipantPicker.h"

#include "CatchQt.h"
#include "TestDatabase.h"
#include "UiTestSupport.h"
#include "ui/models/ParticipantTableModel.h"

#include <QLineEdit>
#include <QPushButton>

using namespace parcours;
using namespace parcours::ui;

TEST_CASE("participant picker: accent-insensitive search, those enrolled left out", "[ui][cohort]")
{
    test::TestDatabase file;
    test::fillSample(file.db()); // Hélène Zerrouki, Ahmad Karimi, Amina Bakari
    ParticipantTableModel participants;
    REQUIRE(participants.reload(file.db()));

    ParticipantPicker picker(&participants, {QStringLiteral("P-000002")},
                             QStringLiteral("Tremplin"));
    // Sorted by last name; Ahmad is in the cohort already.
    CHECK(picker.shownRefs() ==
          QStringList({QStringLiteral("P-000003"), QStringLiteral("P-000001")}));
    CHECK_FALSE(picker.enrolButton()->isEnabled());

    picker.searchField()->setText(QStringLiteral("helene"));
    CHECK(picker.shownRefs() == QStringList{QStringLiteral("P-000001")});
    // The one match is chosen: Enter enrols her.
    CHECK(picker.selectedRefs() == QStringList{QStringLiteral("P-000001")});
    CHECK(picker.enrolButton()->isEnabled());

    picker.searchField()->setText(QStringLiteral("ZERROUKI hél"));
    CHECK(picker.shownRefs() == QStringList{QStringLiteral("P-000001")});
    picker.searchField()->setText(QStringLiteral("karimi"));
    CHECK(picker.shownRefs().isEmpty());

    picker.searchField()->clear();
    picker.select({QStringLiteral("P-000001"), QStringLiteral("P-000003")});
    CHECK(picker.selectedRefs() ==
          QStringList({QStringLiteral("P-000003"), QStringLiteral("P-000001")}));
}
