// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands/RemoveCommand.h"
#include "ui/commands/SaveCommand.h"

#include "CatchQt.h"
#include "TestDatabase.h"
#include "UiTestSupport.h"
#include "core/storage/CohortRepository.h"
#include "core/storage/ParticipantRepository.h"
#include "core/storage/Database.h"
#include "ui/Document.h"

#include <QSignalSpy>
#include <QUndoStack>

using namespace parcours;
using namespace parcours::ui;

namespace {

/// The sample file (see fillSample) opened in a Document, as the window holds it.
struct OpenSample
{
    OpenSample()
    {
        test::fillSample(file.db());
        file.close();
        auto db = Database::open(file.path());
        REQUIRE(db);
        document = std::make_unique<Document>(std::move(*db));
    }
    Database& db() { return document->database(); }
    test::TestDatabase file;
    std::unique_ptr<Document> document;
};

std::optional<Participant> participant(Database& db, const QString& ref)
{
    auto found = ParticipantRepository(db).find(ref);
    REQUIRE(found);
    return *found;
}

} // namespace

TEST_CASE("an added participant is undone and redone through the undo stack", "[ui][commands]")
{
    OpenSample sample;
    Participant p;
    p.ref = QStringLiteral("P-000004");
    p.firstName = QStringLiteral("Nour");
    p.lastName = QStringLiteral("Haddad");
    REQUIRE(sample.document->push(new SaveCommand<Participant>(*sample.document, p, true)));
    QUndoStack* stack = sample.document->undoStack();
    CHECK(stack->count() == 1);
    CHECK(stack->undoText() == QStringLiteral("Add participant “Nour Haddad”"));
    CHECK(participant(sample.db(), p.ref).has_value());

    stack->undo();
    CHECK_FALSE(participant(sample.db(), p.ref).has_value());
    stack->redo();
    REQUIRE(participant(sample.db(), p.ref).has_value());
    CHECK(participant(sample.db(), p.ref)->lastName == QStringLiteral("Haddad"));
}

TEST_CASE("an edit is undone to the previous values", "[ui][commands]")
{
    OpenSample sample;
    Participant p = *participant(sample.db(), QStringLiteral("P-000001"));
    p.phone = QStringLiteral("06 12 34 56 78");
    p.firstName = QStringLiteral("Helena");
    REQUIRE(sample.document->push(new SaveCommand<Participant>(*sample.document, p, false)));
    CHECK(participant(sample.db(), p.ref)->phone == QStringLiteral("06 12 34 56 78"));
    sample.document->undoStack()->undo();
    const Participant back = *participant(sample.db(), p.ref);
    CHECK(back.firstName == QStringLiteral("Hélène"));
    CHECK(back.phone.isEmpty());
    sample.document->undoStack()->redo();
    CHECK(participant(sample.db(), p.ref)->firstName == QStringLiteral("Helena"));
}

TEST_CASE("a failed save is not kept on the stack and says why", "[ui][commands]")
{
    OpenSample sample;
    Participant p;
    p.ref = QStringLiteral("P-000004");
    p.firstName = QStringLiteral("Nour"); // no last name
    QSignalSpy failed(sample.document.get(), &Document::commandFailed);
    auto pushed = sample.document->push(new SaveCommand<Participant>(*sample.document, p, true));
    REQUIRE_FALSE(pushed);
    CHECK(pushed.error().code == ErrorCode::Invalid);
    CHECK(sample.document->undoStack()->count() == 0);
    CHECK(failed.isEmpty()); // push() returned the error: nothing else to report
}

TEST_CASE("a failed command leaves the undo stack as it was, what could be redone included",
          "[ui][commands]")
{
    OpenSample sample;
    QUndoStack* stack = sample.document->undoStack();
    Participant first = *participant(sample.db(), QStringLiteral("P-000001"));
    first.phone = QStringLiteral("06 12 34 56 78");
    REQUIRE(sample.document->push(new SaveCommand<Participant>(*sample.document, first, false)));
    Participant added;
    added.ref = QStringLiteral("P-000004");
    added.firstName = QStringLiteral("Nour");
    added.lastName = QStringLiteral("Haddad");
    REQUIRE(sample.document->push(new SaveCommand<Participant>(*sample.document, added, true)));
    stack->undo(); // the addition can be redone
    REQUIRE(stack->count() == 2);
    REQUIRE(stack->index() == 1);
    REQUIRE(stack->canRedo());
    const QString redoText = stack->redoText();

    Participant bad;
    bad.ref = QStringLiteral("P-000005");
    bad.firstName = QStringLiteral("Sans nom"); // no last name: refused
    auto pushed = sample.document->push(new SaveCommand<Participant>(*sample.document, bad, true));
    REQUIRE_FALSE(pushed);
    CHECK(pushed.error().code == ErrorCode::Invalid);
    CHECK(stack->count() == 2);
    CHECK(stack->index() == 1);
    CHECK(stack->canRedo());
    CHECK(stack->redoText() == redoText);
    CHECK(stack->undoText().startsWith(QStringLiteral("Edit participant “Hélène")));
    CHECK_FALSE(participant(sample.db(), bad.ref).has_value());

    // The history still works both ways.
    stack->redo();
    CHECK(participant(sample.db(), added.ref).has_value());
    stack->undo();
    stack->undo();
    CHECK(participant(sample.db(), first.ref)->phone.isEmpty());
    CHECK_FALSE(participant(sample.db(), added.ref).has_value());
}

TEST_CASE("an undo that fails takes the step off the stack and is reported", "[ui][commands]")
{
    OpenSample sample;
    QUndoStack* stack = sample.document->undoStack();
    Participant added;
    added.ref = QStringLiteral("P-000004");
    added.firstName = QStringLiteral("Nour");
    added.lastName = QStringLiteral("Haddad");
    REQUIRE(sample.document->push(new SaveCommand<Participant>(*sample.document, added, true)));
    CHECK(stack->undoText() == QStringLiteral("Add participant “Nour Haddad”"));
    // Another program removed the record meanwhile: undoing the addition finds nothing.
    REQUIRE(sample.document->edits().remove(EntityKind::Participant, added.ref));
    QSignalSpy failed(sample.document.get(), &Document::commandFailed);
    stack->undo();
    CHECK(failed.count() == 1);
    CHECK(stack->count() == 0);
}

TEST_CASE("a deletion with dependants is undone with all of them", "[ui][commands]")
{
    OpenSample sample;
    REQUIRE(sample.document->push(new RemoveCommand(*sample.document, EntityKind::Cohort,
                                                    QStringLiteral("C-2024-1"), QStringLiteral("Tremplin"))));
    CHECK(CohortRepository(sample.db()).enrolments()->isEmpty());
    sample.document->undoStack()->undo();
    auto enrolments = CohortRepository(sample.db()).enrolments();
    REQUIRE(enrolments);
    CHECK(enrolments->size() == 3);
    sample.document->undoStack()->redo();
    CHECK(CohortRepository(sample.db()).all()->isEmpty());
}
