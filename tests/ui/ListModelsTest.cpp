// SPDX-License-Identifier: GPL-3.0-or-later
// The list models over a real file: Qt's model checks before and after edits, updates that
// follow the ChangeNotifier, the accent-blind search, the coded-column filters and the export
// of the rows shown.
#include "CatchQt.h"
#include "TestDatabase.h"
#include "UiTestSupport.h"
#include "core/services/ChangeNotifier.h"
#include "core/services/EditService.h"
#include "core/storage/CohortRepository.h"
#include "core/storage/ParticipantRepository.h"
#include "core/storage/SiteRepository.h"
#include "core/storage/StatementCache.h"
#include "core/storage/TrainerRepository.h"
#include "core/storage/Transaction.h"
#include "core/storage/VolunteerRepository.h"
#include "ui/Document.h"
#include "ui/forms/ParticipantForm.h"
#include "ui/models/CohortTableModel.h"
#include "ui/models/EnrolmentTableModel.h"
#include "ui/models/ParticipantTableModel.h"
#include "ui/models/RoomTableModel.h"
#include "ui/models/SiteTableModel.h"
#include "ui/models/TableExport.h"
#include "ui/models/TableFilterProxy.h"
#include "ui/models/TrainerTableModel.h"
#include "ui/models/VolunteerTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QUndoStack>

using namespace parcours;
using namespace parcours::ui;

namespace {

/// The sample file with a trainer, a second site and two rooms more, open in a Document.
struct Open
{
    Open()
    {
        test::fillSample(file.db());
        EditService edits(file.db());
        Trainer t;
        t.ref = QStringLiteral("T-000001");
        t.name = QStringLiteral("Élodie Martin");
        t.kind = TrainerKind::Staff;
        t.modules = {Module::Fle, Module::SoftSkills};
        REQUIRE(edits.save(t));
        Trainer e;
        e.ref = QStringLiteral("T-000002");
        e.name = QStringLiteral("Jean Petit");
        e.kind = TrainerKind::External;
        e.modules = {Module::ProfessionalDay};
        e.maxHoursWeek = 4;
        REQUIRE(edits.save(e));
        Site s;
        s.ref = QStringLiteral("S-VILLEURBANNE");
        s.name = QStringLiteral("Centre social");
        REQUIRE(edits.save(s));
        for (const auto& [ref, site, name] :
             {std::tuple{QStringLiteral("R-1"), QStringLiteral("S-LYON"), QStringLiteral("Salle A")},
              std::tuple{QStringLiteral("R-2"), QStringLiteral("S-LYON"), QStringLiteral("Salle B")},
              std::tuple{QStringLiteral("R-3"), QStringLiteral("S-VILLEURBANNE"), QStringLiteral("Atelier")}}) {
            Room r;
            r.ref = ref;
            r.siteRef = site;
            r.name = name;
            r.capacity = 12;
            REQUIRE(edits.save(r));
        }
        file.close();
        auto db = Database::open(file.path());
        REQUIRE(db);
        document = std::make_unique<Document>(std::move(*db));
    }
    EditService& edits() { return document->edits(); }
    Database& db() { return document->database(); }

    test::TestDatabase file;
    std::unique_ptr<Document> document;
};

template<class M>
void load(M& model, Open& open)
{
    model.attach(open.document.get());
    REQUIRE(model.reload(open.db()));
}

/// The statements `model` runs to read its rows; it is detached again afterwards.
template<class M>
quint64 queriesToRead(M& model, Open& open)
{
    model.attach(open.document.get());
    const quint64 before = open.db().statements().requests();
    REQUIRE(model.reload(open.db()));
    const quint64 used = open.db().statements().requests() - before;
    model.attach(nullptr);
    return used;
}

/// The statements run while every cell of `models` is asked for, as a view draws them.
quint64 queriesToShow(Open& open, const std::vector<QAbstractItemModel*>& models)
{
    const quint64 before = open.db().statements().requests();
    for (QAbstractItemModel* m : models)
        for (int row = 0; row < m->rowCount(); ++row)
            for (int column = 0; column < m->columnCount(); ++column)
                for (int role : {int(Qt::DisplayRole), int(Qt::EditRole), int(Qt::ToolTipRole),
                                 int(SearchTextRole)})
                    m->index(row, column).data(role);
    return open.db().statements().requests() - before;
}

QStringList column(const QAbstractItemModel& model, int column, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, column).data(role).toString();
    return out;
}

} // namespace

TEST_CASE("every list model passes Qt's model checks through loads and edits", "[ui][models]")
{
    Open open;
    ParticipantTableModel participants;
    VolunteerTableModel volunteers;
    CohortTableModel cohorts;
    TrainerTableModel trainers;
    SiteTableModel sites;
    RoomTableModel rooms;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (QAbstractItemModel* m : std::initializer_list<QAbstractItemModel*>{
             &participants, &volunteers, &cohorts, &trainers, &sites, &rooms})
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            m, QAbstractItemModelTester::FailureReportingMode::Fatal));
    load(participants, open);
    load(volunteers, open);
    load(cohorts, open);
    load(trainers, open);
    load(sites, open);
    load(rooms, open);
    CHECK(participants.rowCount() == 3);
    CHECK(volunteers.rowCount() == 2);
    CHECK(cohorts.rowCount() == 1);
    CHECK(trainers.rowCount() == 2);
    CHECK(sites.rowCount() == 2);
    CHECK(rooms.rowCount() == 3);

    // One record added, changed, removed: the rows follow without a reload.
    Participant p;
    p.ref = QStringLiteral("P-000009");
    p.firstName = QStringLiteral("Nour");
    p.lastName = QStringLiteral("Haddad");
    REQUIRE(open.edits().save(p));
    REQUIRE(participants.rowCount() == 4);
    CHECK(participants.at(participants.rowOfRef(p.ref)).lastName == QStringLiteral("Haddad"));
    p.lastName = QStringLiteral("Haddad-Nasser");
    REQUIRE(open.edits().save(p));
    CHECK(participants.index(participants.rowOfRef(p.ref), ParticipantTableModel::LastName).data()
          == QStringLiteral("Haddad-Nasser"));
    REQUIRE(open.edits().remove(EntityKind::Participant, p.ref));
    CHECK(participants.rowCount() == 3);
    CHECK(participants.rowOfRef(p.ref) == -1);

    // A removal with dependants: the cohort's enrolled count and the participant's cohort
    // follow the enrolments taken, and come back with the undo.
    const int cohortRow = cohorts.rowOfRef(QStringLiteral("C-2024-1"));
    CHECK(cohorts.index(cohortRow, CohortTableModel::Enrolled).data() == QStringLiteral("2"));
    auto removal = open.edits().remove(EntityKind::Participant, QStringLiteral("P-000001"));
    REQUIRE(removal);
    CHECK(cohorts.index(cohortRow, CohortTableModel::Enrolled).data() == QStringLiteral("1"));
    REQUIRE(open.edits().restore(*removal));
    CHECK(cohorts.index(cohortRow, CohortTableModel::Enrolled).data() == QStringLiteral("2"));
    const int helene = participants.rowOfRef(QStringLiteral("P-000001"));
    REQUIRE(helene >= 0);
    CHECK(participants.index(helene, ParticipantTableModel::Cohort).data()
          == QStringLiteral("Tremplin Lyon 2024-1"));

    // A site renamed: the rooms' and cohorts' site names follow.
    Site lyon = SiteRepository(open.db()).find(QStringLiteral("S-LYON"))->value();
    lyon.name = QStringLiteral("Maison des associations de Lyon");
    REQUIRE(open.edits().save(lyon));
    CHECK(rooms.index(rooms.rowOfRef(QStringLiteral("R-1")), RoomTableModel::Site).data()
          == lyon.name);
    CHECK(cohorts.index(cohortRow, CohortTableModel::Site).data() == lyon.name);
    // Removing it takes its two rooms and empties the cohort's site.
    REQUIRE(open.edits().remove(EntityKind::Site, QStringLiteral("S-LYON")));
    CHECK(rooms.rowCount() == 1);
    CHECK(sites.rowCount() == 1);
    CHECK(cohorts.index(cohortRow, CohortTableModel::Site).data().toString().isEmpty());

    // Inline edits push a command; undo puts the value back.
    const QModelIndex email = volunteers.index(volunteers.rowOfRef(QStringLiteral("V-000001")),
                                               VolunteerTableModel::Email);
    CHECK(volunteers.flags(email).testFlag(Qt::ItemIsEditable));
    CHECK_FALSE(volunteers.flags(volunteers.index(0, VolunteerTableModel::Ref))
                    .testFlag(Qt::ItemIsEditable));
    REQUIRE(volunteers.setData(email, QStringLiteral("claire@example.org")));
    CHECK(email.data() == QStringLiteral("claire@example.org"));
    CHECK(open.document->undoStack()->count() == 1);
    open.document->undoStack()->undo();
    CHECK(email.data().toString().isEmpty());

    // A change of several records rereads the whole list.
    open.document->notifier()->notifyReset();
    CHECK(participants.rowCount() == 3);
    CHECK(trainers.rowCount() == 2);
}

TEST_CASE("an inline edit the record refuses is not saved and is reported", "[ui][models]")
{
    Open open;
    ParticipantTableModel participants;
    load(participants, open);
    QSignalSpy failed(open.document.get(), &Document::commandFailed);
    const QModelIndex email = participants.index(0, ParticipantTableModel::Email);
    CHECK_FALSE(participants.setData(email, QStringLiteral("not an address")));
    CHECK(failed.size() == 1);
    CHECK(open.document->undoStack()->count() == 0);
    auto stored = ParticipantRepository(open.db()).find(participants.at(0).ref);
    REQUIRE(stored);
    CHECK((*stored)->email.isEmpty());
}

TEST_CASE("the search ignores case and accents and needs every word", "[ui][models][search]")
{
    Open open;
    ParticipantTableModel participants;
    load(participants, open);
    TableFilterProxy proxy;
    proxy.setSourceModel(&participants);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);

    proxy.setSearchText(QStringLiteral("helene"));
    CHECK(column(proxy, ParticipantTableModel::FirstName) == QStringList{QStringLiteral("Hélène")});
    proxy.setSearchText(QStringLiteral("ELENE"));
    CHECK(column(proxy, ParticipantTableModel::FirstName) == QStringList{QStringLiteral("Hélène")});
    proxy.setSearchText(QStringLiteral("zerr hél"));
    CHECK(proxy.rowCount() == 1);
    proxy.setSearchText(QStringLiteral("zerrouki karimi")); // no row holds both words
    CHECK(proxy.rowCount() == 0);
    // Any column: a cohort name, a country code, a translated status.
    proxy.setSearchText(QStringLiteral("tremplin"));
    CHECK(proxy.rowCount() == 3);
    proxy.setSearchText(QStringLiteral("af"));
    CHECK(column(proxy, ParticipantTableModel::LastName) == QStringList{QStringLiteral("Karimi")});
    proxy.setSearchText(QString());
    CHECK(proxy.rowCount() == 3);

    // A row changed after a search: the search sees its new text, not the folded old one.
    Participant ahmad = participants.at(participants.rowOfRef(QStringLiteral("P-000002")));
    ahmad.lastName = QStringLiteral("Élouan");
    REQUIRE(open.edits().save(ahmad));
    proxy.setSearchText(QStringLiteral("elouan"));
    CHECK(proxy.rowCount() == 1);
    proxy.setSearchText(QStringLiteral("karimi"));
    CHECK(proxy.rowCount() == 0);
}

TEST_CASE("filters keep the rows of a status, a level, a cohort, a role or a module", "[ui][models][filters]")
{
    Open open;
    ParticipantTableModel participants;
    load(participants, open);
    TableFilterProxy proxy;
    proxy.setSourceModel(&participants);
    proxy.sort(ParticipantTableModel::LastName);

    proxy.setColumnFilter(ParticipantTableModel::Status, QStringLiteral("refugee"));
    CHECK(column(proxy, ParticipantTableModel::LastName) == QStringList{QStringLiteral("Zerrouki")});
    proxy.setColumnFilter(ParticipantTableModel::Status, QVariant());
    proxy.setColumnFilter(ParticipantTableModel::FrenchLevel, QStringLiteral("A2"));
    CHECK(column(proxy, ParticipantTableModel::LastName) == QStringList{QStringLiteral("Zerrouki")});
    proxy.setColumnFilter(ParticipantTableModel::FrenchLevel, QVariant());
    // Everyone enrolled in the cohort, the withdrawn one too (an enrolment all the same).
    proxy.setColumnFilter(ParticipantTableModel::Cohort, QStringLiteral("C-2024-1"));
    CHECK(proxy.rowCount() == 3);
    // Filters and search together.
    proxy.setSearchText(QStringLiteral("ka"));
    CHECK(column(proxy, ParticipantTableModel::LastName)
          == QStringList({QStringLiteral("Bakari"), QStringLiteral("Karimi")}));
    proxy.setSearchText(QString());
    // A participant not enrolled anywhere is not in the cohort.
    Participant p;
    p.ref = QStringLiteral("P-000010");
    p.firstName = QStringLiteral("Sara");
    p.lastName = QStringLiteral("Tesfaye");
    REQUIRE(open.edits().save(p));
    CHECK(participants.rowCount() == 4);
    CHECK(proxy.rowCount() == 3);

    VolunteerTableModel volunteers;
    load(volunteers, open);
    Volunteer both;
    both.ref = QStringLiteral("V-000003");
    both.firstName = QStringLiteral("Inès");
    both.lastName = QStringLiteral("Roux");
    both.role = VolunteerRole::Both;
    REQUIRE(open.edits().save(both));
    TableFilterProxy vproxy;
    vproxy.setSourceModel(&volunteers);
    vproxy.sort(VolunteerTableModel::LastName);
    vproxy.setColumnFilter(VolunteerTableModel::Role, QStringLiteral("mentor"));
    CHECK(column(vproxy, VolunteerTableModel::LastName)
          == QStringList({QStringLiteral("Dubois"), QStringLiteral("Roux")}));
    vproxy.setColumnFilter(VolunteerTableModel::Role, QStringLiteral("coach"));
    CHECK(column(vproxy, VolunteerTableModel::LastName)
          == QStringList({QStringLiteral("Benali"), QStringLiteral("Roux")}));

    TrainerTableModel trainers;
    load(trainers, open);
    TableFilterProxy tproxy;
    tproxy.setSourceModel(&trainers);
    tproxy.setColumnFilter(TrainerTableModel::Modules, QStringLiteral("soft_skills"));
    CHECK(column(tproxy, TrainerTableModel::Name) == QStringList{QStringLiteral("Élodie Martin")});
    tproxy.setColumnFilter(TrainerTableModel::Modules, QVariant());
    tproxy.setColumnFilter(TrainerTableModel::Kind, QStringLiteral("external"));
    CHECK(column(tproxy, TrainerTableModel::Name) == QStringList{QStringLiteral("Jean Petit")});
}

TEST_CASE("the export holds the rows shown, in their order, as the table shows them", "[ui][models][export]")
{
    test::ScopedLanguage english(QLocale(QLocale::English, QLocale::UnitedKingdom));
    Open open;
    TrainerTableModel trainers;
    load(trainers, open);
    TableFilterProxy proxy;
    proxy.setSourceModel(&trainers);
    proxy.sort(TrainerTableModel::Name, Qt::DescendingOrder);

    // By hand: headers, then Jean Petit before Élodie Martin (descending), labels translated,
    // modules joined with ", " (quoted: they hold the separator), 4.0 hours in en_GB.
    const QByteArray plain =
        "Ref.,Name,Kind,Modules,Max. hours a week,Phone,Email\n"
        "T-000002,Jean Petit,External,Professional day,4.0,,\n"
        "T-000001,Élodie Martin,Staff,\"French (FLE), Soft skills\",,,\n";
    CHECK(TableExport::csv(proxy, CsvDialect::Exchange) == plain);

    proxy.setSearchText(QStringLiteral("elodie"));
    const QByteArray excel = "\xEF\xBB\xBF"
                             "Ref.;Name;Kind;Modules;Max. hours a week;Phone;Email\r\n"
                             "T-000001;Élodie Martin;Staff;French (FLE), Soft skills;;;\r\n";
    CHECK(TableExport::csv(proxy, CsvDialect::Excel) == excel);

    const QString path = open.file.dir() + QStringLiteral("/trainers.csv");
    REQUIRE(TableExport::write(path, excel));
    CHECK(test::readBytes(path) == excel);
    // A folder that does not exist: an error, and no file.
    const QString nowhere = open.file.dir() + QStringLiteral("/missing/trainers.csv");
    CHECK_FALSE(TableExport::write(nowhere, excel));
    CHECK_FALSE(QFileInfo::exists(nowhere));
}

TEST_CASE("probable duplicates have the same names, accents and case aside, and birth date", "[ui][models]")
{
    Open open;
    ParticipantTableModel participants;
    load(participants, open);
    Participant helene = participants.at(participants.rowOfRef(QStringLiteral("P-000001")));
    helene.birthDate = QDate(1990, 3, 14);
    REQUIRE(open.edits().save(helene));

    Participant again;
    again.ref = QStringLiteral("P-000099");
    again.firstName = QStringLiteral("HELENE");
    again.lastName = QStringLiteral("zerrouki");
    again.birthDate = QDate(1990, 3, 14);
    CHECK(participants.probableDuplicates(again) == QStringList{QStringLiteral("P-000001")});
    again.birthDate = QDate(1990, 3, 15);
    CHECK(participants.probableDuplicates(again).isEmpty());
    again.birthDate = QDate();
    CHECK(participants.probableDuplicates(again).isEmpty()); // no birth date: no evidence
    // The record itself is not its own duplicate.
    CHECK(participants.probableDuplicates(helene).isEmpty());
}

TEST_CASE("a list is read in the same few queries for 150 rows more, and shown without any",
          "[ui][models][scale]")
{
    // One query per list (and one per column drawn from another table), never one per row:
    // the lists stay quick at 100,000 participants. Counted on the file's connection.
    Open open;
    ParticipantTableModel participants;
    VolunteerTableModel volunteers;
    CohortTableModel cohorts;
    TrainerTableModel trainers;
    SiteTableModel sites;
    RoomTableModel rooms;
    EnrolmentTableModel enrolments(&participants);
    const QString cohortRef = QStringLiteral("C-2024-1");
    const auto queriesToReadAll = [&] {
        std::vector<quint64> out = {queriesToRead(participants, open), queriesToRead(volunteers, open),
                                    queriesToRead(cohorts, open),      queriesToRead(trainers, open),
                                    queriesToRead(sites, open),        queriesToRead(rooms, open)};
        enrolments.setDocument(open.document.get());
        const quint64 before = open.db().statements().requests();
        enrolments.setCohort(cohortRef);
        out.push_back(open.db().statements().requests() - before);
        enrolments.setCohort(QString());
        enrolments.setDocument(nullptr);
        return out;
    };
    const std::vector<QAbstractItemModel*> models = {&participants, &volunteers, &cohorts,
                                                     &trainers,     &sites,      &rooms};

    const std::vector<quint64> few = queriesToReadAll();
    for (quint64 n : few)
        CHECK(n <= 3);
    CHECK(queriesToShow(open, models) == 0);

    auto cohort = CohortRepository(open.db()).find(cohortRef);
    REQUIRE(cohort);
    REQUIRE(*cohort);
    auto enrolled = CohortRepository(open.db()).enrolmentsOf(cohortRef);
    REQUIRE(enrolled);
    REQUIRE_FALSE(enrolled->isEmpty());
    auto volunteer = VolunteerRepository(open.db()).all();
    REQUIRE(volunteer);
    auto trainer = TrainerRepository(open.db()).all();
    REQUIRE(trainer);
    for (int i = 0; i < 150; ++i) {
        const QString n = QString::number(1000 + i);
        Participant p;
        p.ref = QStringLiteral("P-00") + n;
        p.firstName = QStringLiteral("Prénom");
        p.lastName = QStringLiteral("Nom ") + n;
        REQUIRE(open.edits().save(p));
        Enrolment e = enrolled->constFirst();
        e.id = 0;
        e.participantRef = p.ref;
        REQUIRE(open.edits().save(e));
        Cohort c = **cohort;
        c.id = 0;
        c.ref = QStringLiteral("C-") + n;
        REQUIRE(open.edits().save(c));
        Volunteer v = volunteer->constFirst();
        v.id = 0;
        v.ref = QStringLiteral("V-00") + n;
        REQUIRE(open.edits().save(v));
        Trainer t = trainer->constFirst();
        t.id = 0;
        t.ref = QStringLiteral("T-00") + n;
        REQUIRE(open.edits().save(t));
        Site s;
        s.ref = QStringLiteral("S-") + n;
        s.name = QStringLiteral("Site ") + n;
        REQUIRE(open.edits().save(s));
        Room r;
        r.ref = QStringLiteral("R-") + n;
        r.siteRef = s.ref;
        r.name = QStringLiteral("Salle ") + n;
        r.capacity = 10;
        REQUIRE(open.edits().save(r));
    }
    const std::vector<quint64> many = queriesToReadAll();
    CHECK(participants.rowCount() == 153);
    CHECK(cohorts.rowCount() == 151);
    CHECK(rooms.rowCount() == 153);
    CHECK(many == few);
    CHECK(queriesToShow(open, models) == 0);
    enrolments.setDocument(open.document.get());
    enrolments.setCohort(cohortRef);
    CHECK(enrolments.rowCount() == int(enrolled->size()) + 150);
    const quint64 before = open.db().statements().requests();
    for (int row = 0; row < enrolments.rowCount(); ++row)
        for (int column = 0; column < enrolments.columnCount(); ++column)
            enrolments.index(row, column).data();
    CHECK(open.db().statements().requests() == before);
}

TEST_CASE("the participants list holds its columns only; the form and an inline edit read the whole record by ref",
          "[ui][models][participants]")
{
    Open open;
    // Fields the list does not show, saved before the list is read.
    Participant ahmad = ParticipantRepository(open.db()).find(QStringLiteral("P-000002")).value().value();
    ahmad.gender = Gender::Male;
    ahmad.languages = {QStringLiteral("fa"), QStringLiteral("en")};
    ahmad.professionalProject = QStringLiteral("électricien");
    ahmad.sector = QStringLiteral("bâtiment");
    ahmad.referrer = QStringLiteral("CADA Lyon");
    ahmad.consentDate = QDate(2024, 9, 2);
    ahmad.notes = QStringLiteral("Disponible le matin");
    REQUIRE(open.edits().save(ahmad));

    ParticipantTableModel participants;
    load(participants, open);
    const int row = participants.rowOfRef(QStringLiteral("P-000002"));
    REQUIRE(row >= 0);
    CHECK(participants.rowAt(row).fullName() == QStringLiteral("Ahmad Karimi"));
    CHECK(participants.rowAt(row).cohortName == QStringLiteral("Tremplin Lyon 2024-1"));
    // at() gives the participant as the file holds them, every field.
    CHECK(participants.at(row).notes == QStringLiteral("Disponible le matin"));
    CHECK(participants.at(row).languages == QStringList({QStringLiteral("fa"), QStringLiteral("en")}));

    ParticipantForm form(&participants);
    form.setDocument(open.document.get());
    form.showRef(QStringLiteral("P-000002"));
    CHECK(form.currentRef() == QStringLiteral("P-000002"));
    Participant shown = form.current();
    CHECK(shown.firstName == QStringLiteral("Ahmad"));
    CHECK(shown.lastName == QStringLiteral("Karimi"));
    CHECK(shown.status == ParticipantStatus::AsylumSeeker);
    CHECK(shown.gender == Gender::Male);
    CHECK(shown.languages == QStringList({QStringLiteral("fa"), QStringLiteral("en")}));
    CHECK(shown.professionalProject == QStringLiteral("électricien"));
    CHECK(shown.sector == QStringLiteral("bâtiment"));
    CHECK(shown.referrer == QStringLiteral("CADA Lyon"));
    CHECK(shown.consentDate == QDate(2024, 9, 2));
    CHECK(shown.notes == QStringLiteral("Disponible le matin"));
    CHECK_FALSE(form.isDirty());

    // Another participant, then one the list does not hold: an empty form.
    form.showRef(QStringLiteral("P-000001"));
    CHECK(form.current().firstName == QStringLiteral("Hélène"));
    CHECK(form.current().notes.isEmpty());
    form.showRef(QStringLiteral("P-404"));
    CHECK(form.currentRef().isEmpty());
    CHECK(form.current().firstName.isEmpty());

    // Saved elsewhere (another window's edit, an undo): the form shows the file's record again.
    form.showRef(QStringLiteral("P-000002"));
    ahmad.notes = QStringLiteral("Disponible l'après-midi");
    REQUIRE(open.edits().save(ahmad));
    CHECK(form.current().notes == QStringLiteral("Disponible l'après-midi"));

    // An inline edit saves the whole record: the fields the list does not hold stay.
    const QModelIndex email = participants.index(row, ParticipantTableModel::Email);
    REQUIRE(participants.setData(email, QStringLiteral("ahmad@example.org")));
    CHECK(email.data() == QStringLiteral("ahmad@example.org"));
    Participant stored = ParticipantRepository(open.db()).find(QStringLiteral("P-000002")).value().value();
    CHECK(stored.email == QStringLiteral("ahmad@example.org"));
    CHECK(stored.notes == QStringLiteral("Disponible l'après-midi"));
    CHECK(stored.languages == QStringList({QStringLiteral("fa"), QStringLiteral("en")}));
    CHECK(stored.professionalProject == QStringLiteral("électricien"));
    CHECK(stored.gender == Gender::Male);
    CHECK(form.current().email == QStringLiteral("ahmad@example.org"));
    // The same value again: nothing to save, nothing to undo.
    const int commands = open.document->undoStack()->count();
    REQUIRE(participants.setData(email, QStringLiteral("  ahmad@example.org ")));
    CHECK(open.document->undoStack()->count() == commands);
    open.document->undoStack()->undo();
    stored = ParticipantRepository(open.db()).find(QStringLiteral("P-000002")).value().value();
    CHECK(stored.email.isEmpty());
    CHECK(stored.notes == QStringLiteral("Disponible l'après-midi"));
    CHECK(email.data().toString().isEmpty());
}

TEST_CASE("a long participants list is read in two halves at once, the same rows as one read",
          "[ui][models][participants]")
{
    Open open;
    // Participants after the sample's, some enrolled: the second half holds refs of several
    // lengths ("Q-10" sorts before "Q-9", as SQLite compares them) and cohorts.
    const QString cohortRef = QStringLiteral("C-2024-1");
    auto enrolled = CohortRepository(open.db()).enrolmentsOf(cohortRef);
    REQUIRE(enrolled);
    REQUIRE_FALSE(enrolled->isEmpty());
    for (int i = 0; i < 25; ++i) {
        Participant p;
        p.ref = QStringLiteral("Q-%1").arg(i);
        p.firstName = QStringLiteral("Zoé");
        p.lastName = QStringLiteral("Nom %1").arg(i);
        p.arrivalDate = QDate(2023, 1, 1).addDays(i);
        p.email = QStringLiteral("n%1z@exemple.org").arg(i);
        REQUIRE(open.edits().save(p));
        if (i % 3 == 0) {
            Enrolment e = enrolled->constFirst();
            e.id = 0;
            e.participantRef = p.ref;
            REQUIRE(open.edits().save(e));
        }
    }
    const auto same = [](const QList<ParticipantListRow>& a, const QList<ParticipantListRow>& b) {
        REQUIRE(a.size() == b.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            INFO("row " << i << ": " << a.at(i).ref.toStdString());
            CHECK(a.at(i).ref == b.at(i).ref);
            CHECK(a.at(i).firstName == b.at(i).firstName);
            CHECK(a.at(i).lastName == b.at(i).lastName);
            CHECK(a.at(i).birthDate == b.at(i).birthDate);
            CHECK(a.at(i).arrivalDate == b.at(i).arrivalDate);
            CHECK(a.at(i).email == b.at(i).email);
            CHECK(a.at(i).status == b.at(i).status);
            CHECK(a.at(i).cohortName == b.at(i).cohortName);
            CHECK(a.at(i).cohortRefs == b.at(i).cohortRefs);
        }
    };
    const QList<ParticipantListRow> oneRead = ParticipantRepository(open.db()).listRows().value();
    REQUIRE(oneRead.size() == 3 + 25); // the sample's three and the loop's
    // What the sample and the loop above put in, checked by hand: the sample's refs first.
    CHECK(oneRead.constFirst().ref == QStringLiteral("P-000001"));
    CHECK(oneRead.constLast().ref == QStringLiteral("Q-9"));
    CHECK(std::count_if(oneRead.cbegin(), oneRead.cend(), [](const ParticipantListRow& r) {
              return r.ref.startsWith(QLatin1String("Q-")) && !r.cohortRefs.isEmpty();
          }) == 9); // ..., Q-24

    ParticipantTableModel participants;
    participants.setSplitReadMinRows(2);
    load(participants, open);
    same(participants.rows(), oneRead);
    // Every row's search text too (folded after the halves were joined).
    TableFilterProxy proxy;
    proxy.setSourceModel(&participants);
    proxy.setSearchText(QStringLiteral("N7Z"));
    REQUIRE(proxy.rowCount() == 1);
    CHECK(proxy.index(0, 0).data(RefRole) == QStringLiteral("Q-7"));

    // One more participant: an odd number, halves of different sizes.
    Participant odd;
    odd.ref = QStringLiteral("Q-5a");
    odd.firstName = QStringLiteral("Ana");
    odd.lastName = QStringLiteral("Impair");
    REQUIRE(open.edits().save(odd));
    REQUIRE(participants.reload(open.db()));
    const QList<ParticipantListRow> withOdd = ParticipantRepository(open.db()).listRows().value();
    REQUIRE(withOdd.size() == oneRead.size() + 1);
    same(participants.rows(), withOdd);

    // Inside a transaction, a second connection would not see what it wrote: one read.
    {
        Transaction t(open.db());
        REQUIRE(t.begun());
        Participant inside;
        inside.ref = QStringLiteral("Q-99");
        inside.firstName = QStringLiteral("Dans");
        inside.lastName = QStringLiteral("Transaction");
        REQUIRE(ParticipantRepository(open.db()).save(inside));
        REQUIRE(participants.reload(open.db()));
        CHECK(participants.rowOfRef(QStringLiteral("Q-99")) == int(withOdd.size()));
        t.rollback();
    }

    // The second connection cannot open the file (gone from its folder): this one reads it all.
    REQUIRE(QFile::remove(open.db().path()));
    REQUIRE(participants.reload(open.db()));
    same(participants.rows(), withOdd);
}
