// SPDX-License-Identifier: GPL-3.0-or-later
// `parcours-cli privacy access`, run as a process on a file imported from
// tests/data/subject-access: the PDF (read back with pdftotext: every value held on the person
// in words, in English and in French, and nothing of the others) and the CSVs of a participant
// and of a volunteer, a ref shared by both, and the mistakes of the command line
// (SubjectAccessTest checks every CSV byte).
#include "../print/PdfText.h"
#include "CatchQt.h"
#include "CliTestSupport.h"
#include "TestDatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace parcours::test;

namespace {

class Fixture
{
public:
    Fixture()
    {
        REQUIRE(m_dir.isValid());
        // The folder, plus a participant and a volunteer who share the ref SAME.
        const QDir folder(m_dir.filePath(QStringLiteral("folder")));
        copyFolder(testDataPath(QStringLiteral("subject-access")), folder.path());
        writeBytes(folder.filePath(QStringLiteral("participants.csv")),
                   readBytes(folder.filePath(QStringLiteral("participants.csv"))) + "SAME,Sam,Twin,,,,,,,,,,,,,,\n");
        writeBytes(folder.filePath(QStringLiteral("volunteers.csv")),
                   readBytes(folder.filePath(QStringLiteral("volunteers.csv"))) + "SAME,Sam,Twin,coach,,,,,,,,1,,,\n");
        REQUIRE(runCli({QStringLiteral("init"), QStringLiteral("--db"), path()}).exitCode == 0);
        const CliRun import = runCli({QStringLiteral("import-dir"), folder.path(), QStringLiteral("--db"), path()});
        INFO(import.errText().toStdString());
        REQUIRE(import.exitCode == 0);
    }
    QString path() const { return m_dir.filePath(QStringLiteral("t.parcours")); }
    QString dir(const QString& name) const { return m_dir.filePath(name); }
    CliRun access(const QStringList& arguments) const
    {
        return runCli(QStringList{QStringLiteral("privacy"), QStringLiteral("access")} + arguments
                          + QStringList{QStringLiteral("--db"), path()},
                      {{QStringLiteral("PARCOURS_TODAY"), QStringLiteral("2026-12-05")}});
    }

private:
    QTemporaryDir m_dir;
};

QStringList list(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* item : items)
        out << QString::fromUtf8(item);
    return out;
}

/// The PDF's text in painting order (pdftotext -raw), spaces and no-break spaces folded.
QString paintedText(const QString& pdf)
{
    QString text = run(tool(QStringLiteral("pdftotext")), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    text.replace(QLatin1Char('\f'), QLatin1Char(' '));
    text.replace(QChar(0x202F), QLatin1Char(' '));
    text.replace(QChar(0x00A0), QLatin1Char(' '));
    return text.simplified();
}

void checkHolds(const QString& text, const QStringList& values)
{
    for (const QString& value : values) {
        INFO("expected in the PDF: " << value.toStdString());
        CHECK(text.contains(value));
    }
}

void checkHoldsNone(const QString& text, const QStringList& values)
{
    for (const QString& value : values) {
        INFO("not expected in the PDF: " << value.toStdString());
        CHECK_FALSE(text.contains(value));
    }
}

// Values of P2 and of the volunteers that P1's export may not show; of the participants for V1's.
const QStringList kNotP1 = list({"P2", "Zoltan", "Otherperson", "0799999999", "zoltan@", "Otherproject",
                                 "Otherreferrer", "Othernote", "Otherreason", "Othertitle", "K2", "Otherending",
                                 "Othercheckin", "Otheremployer", "Otheroutcome", "V1", "V2", "Vera", "Mentorname",
                                 "Victor", "Coachname", "Acme", "Sciences Po", "SAME", "Twin"});
const QStringList kNotV1 = list({"P1", "P2", "Amina", "Haddad", "Zoltan", "Otherperson", "K3", "K2", "Othercheckin",
                                 "Victor", "Coachname", "Twin"});

} // namespace

TEST_CASE("privacy access writes a participant's PDF and CSVs", "[cli][subject-access]")
{
    Fixture f;
    const QString out = f.dir(QStringLiteral("out"));
    const CliRun run = f.access({QStringLiteral("P1"), QStringLiteral("-o"), out, QStringLiteral("--lang"), QStringLiteral("en")});
    INFO(run.errText().toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.outText().contains(QStringLiteral("and 6 CSV file(s) in")));
    CHECK(QFileInfo(out + QStringLiteral("/P1.pdf")).size() > 1000);
    const auto csv = readFolder(out + QStringLiteral("/P1"));
    CHECK(csv.keys()
          == QStringList({QStringLiteral("attendance.csv"), QStringLiteral("checkins.csv"), QStringLiteral("enrolments.csv"),
                          QStringLiteral("outcomes.csv"), QStringLiteral("pairings.csv"), QStringLiteral("participant.csv")}));
    CHECK(csv.value(QStringLiteral("attendance.csv"))
          == "session_ref,cohort_ref,date,start,end,module,session_status,status,minutes_late\n"
             "S1,C1,2025-03-03,09:00,12:30,fle,held,present,0\n"
             "S2,C1,2025-03-04,14:00,16:00,english,held,late,15\n");
    if (tool(QStringLiteral("pdftotext")).isEmpty())
        return;
    const QString text = paintedText(out + QStringLiteral("/P1.pdf"));
    checkHolds(text, list({"YOUR PERSONAL DATA", "Amina Haddad", "Participant, file reference P1", "5 December 2026",
                           // identity, every field
                           "12 April 1990", "Woman", "SY", "ar, fr, en", "A2", "Refugee", "1 June 2021",
                           "+33 6 12 34 56 78", "amina@example.org", "Aide-soignante", "health",
                           "France terre d'asile", "20 February 2025", "Needs childcare, Tuesdays",
                           // enrolments
                           "Tremplin printemps (C1)", "From 3 March 2025 to 30 May 2025", "Completed",
                           "Found a job, early", "B1", "Tremplin automne (C2)",
                           "From 1 September 2025 to 28 November 2025", "Enrolled",
                           // attendance: each session's date, time, module, programme and mark
                           "2 sessions with your attendance recorded",
                           "3 March 2025 09:00–12:30 French (FLE) Tremplin printemps Present",
                           "4 March 2025 14:00–16:00 English Tremplin printemps Late (15 min)",
                           // pairings by role, check-ins, outcomes
                           "Mentor, pairing K1", "10 March 2025", "Ended", "Programme over", "Coach, pairing K3",
                           "8 September 2025", "Active", "20 March 2025, pairing K1", "45 min", "In person",
                           "Talked about the CV", "15 April 2025, pairing K1", "Message",
                           "Tremplin printemps (C1): At exit", "Fixed-term contract under 6 months", "2 June 2025",
                           "Boulangerie Paul", "food", "Starts in June", "Tremplin printemps (C1): 6 months",
                           "Permanent contract (CDI)", "1 December 2025", "Page 1 of"}));
    checkHoldsNone(text, kNotP1);
}

TEST_CASE("privacy access writes the PDF in French by default", "[cli][subject-access]")
{
    Fixture f;
    const QString out = f.dir(QStringLiteral("fr"));
    REQUIRE(f.access({QStringLiteral("P1"), QStringLiteral("-o"), out}).exitCode == 0);
    if (tool(QStringLiteral("pdftotext")).isEmpty())
        return;
    const QString text = paintedText(out + QStringLiteral("/P1.pdf"));
    checkHolds(text, list({"VOS DONNÉES PERSONNELLES", "Amina Haddad", "Participant·e, référence P1", "5 décembre 2026",
                           "12 avril 1990", "Femme", "Réfugié·e", "Aide-soignante", "Needs childcare, Tuesdays",
                           "Du 3 mars 2025 au 30 mai 2025", "Terminé", "Présent·e", "(15 min)",
                           "Mentor, binôme K1", "Talked about the CV", "CDI", "Page 1 sur"}));
    checkHoldsNone(text, kNotP1 + list({"YOUR PERSONAL DATA", "Attendance", "Page 1 of"}));
}

TEST_CASE("privacy access finds a volunteer by ref, and asks which person a shared ref means", "[cli][subject-access]")
{
    Fixture f;
    const CliRun volunteer = f.access({QStringLiteral("V1"), QStringLiteral("-o"), f.dir(QStringLiteral("v")),
                                       QStringLiteral("--lang"), QStringLiteral("en")});
    REQUIRE(volunteer.exitCode == 0);
    CHECK(readFolder(f.dir(QStringLiteral("v/V1"))).keys()
          == QStringList({QStringLiteral("checkins.csv"), QStringLiteral("pairings.csv"), QStringLiteral("volunteer.csv")}));
    if (!tool(QStringLiteral("pdftotext")).isEmpty()) {
        const QString text = paintedText(f.dir(QStringLiteral("v/V1.pdf")));
        checkHolds(text, list({"Vera Mentorname", "Volunteer, file reference V1", "Mentor", "vera@example.org",
                               "0601020304", "Engineer", "Acme", "industry", "fr, en", "1 January 2025",
                               "31 December 2025", "Prefers mornings", "Mentor, pairing K1", "Programme over",
                               "Talked about the CV"}));
        checkHoldsNone(text, kNotV1);
    }

    const CliRun shared = f.access({QStringLiteral("SAME"), QStringLiteral("-o"), f.dir(QStringLiteral("s"))});
    CHECK(shared.exitCode == 2);
    CHECK(shared.errText().contains(QStringLiteral("add --participant or --volunteer")));
    CHECK_FALSE(QFileInfo::exists(f.dir(QStringLiteral("s"))));
    const CliRun chosen = f.access({QStringLiteral("SAME"), QStringLiteral("--volunteer"), QStringLiteral("-o"), f.dir(QStringLiteral("s"))});
    REQUIRE(chosen.exitCode == 0);
    CHECK(readFolder(f.dir(QStringLiteral("s/SAME"))).contains(QStringLiteral("volunteer.csv")));
}

TEST_CASE("privacy access: unknown person, missing folder, unknown language", "[cli][subject-access]")
{
    Fixture f;
    const CliRun nobody = f.access({QStringLiteral("NOBODY"), QStringLiteral("-o"), f.dir(QStringLiteral("n"))});
    CHECK(nobody.exitCode == 1);
    CHECK(nobody.errText().contains(QStringLiteral("NOBODY: no such participant or volunteer")));
    CHECK_FALSE(QFileInfo::exists(f.dir(QStringLiteral("n"))));
    const CliRun notVolunteer = f.access({QStringLiteral("P1"), QStringLiteral("--volunteer"), QStringLiteral("-o"), f.dir(QStringLiteral("n"))});
    CHECK(notVolunteer.exitCode == 1);
    CHECK(notVolunteer.errText().contains(QStringLiteral("P1: no such volunteer")));
    CHECK(f.access({QStringLiteral("P1")}).exitCode == 2);
    CHECK(f.access({QStringLiteral("P1"), QStringLiteral("-o"), f.dir(QStringLiteral("n")), QStringLiteral("--lang"), QStringLiteral("de")})
              .exitCode
          == 2);
    CHECK_FALSE(QFileInfo::exists(f.dir(QStringLiteral("n"))));
}
