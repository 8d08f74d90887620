// SPDX-License-Identifier: GPL-3.0-or-later
// `parcours-cli report attendance-sheet`, run as a process on a real file made from the mini
// fixture: the French sheet read back with pdftotext, its exit codes, and a failure that
// leaves the file that was there (or none).
#include "CatchQt.h"
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace parcours::test;

namespace {

struct Run
{
    int status = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& arguments, bool french = false)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString locale = french ? QStringLiteral("fr_FR.UTF-8") : QStringLiteral("C.UTF-8");
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.insert(QStringLiteral("LANG"), locale);
    env.insert(QStringLiteral("LANGUAGE"), french ? QStringLiteral("fr") : QStringLiteral("C"));
    env.insert(QStringLiteral("PARCOURS_LANG"), french ? QStringLiteral("fr_FR") : QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PARCOURS_CLI), arguments);
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

class Fixture
{
public:
    Fixture()
    {
        REQUIRE(m_dir.isValid());
        REQUIRE(cli({QStringLiteral("init"), QStringLiteral("--db"), path()}).status == 0);
        const Run import = cli({QStringLiteral("import-dir"), testDataPath(QStringLiteral("exchange-mini")),
                                QStringLiteral("--db"), path()});
        INFO(import.err.toStdString());
        REQUIRE(import.status == 0);
    }
    QString path() const { return m_dir.filePath(QStringLiteral("t.parcours")); }
    QString file(const QString& name) const { return m_dir.filePath(name); }
    Run sheet(const QStringList& arguments, bool french = false) const
    {
        return cli(QStringList{QStringLiteral("report"), QStringLiteral("attendance-sheet")} + arguments
                       + QStringList{QStringLiteral("--db"), path()},
                   french);
    }

private:
    QTemporaryDir m_dir;
};

QStringList pagesOf(const QString& pdf)
{
    QProcess p;
    p.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    QStringList pages = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

} // namespace

TEST_CASE("report attendance-sheet writes the week's sheet in French, one page per half-day", "[cli][sheet]")
{
    Fixture f;
    const QString pdf = f.file(QStringLiteral("emargement.pdf"));
    const Run ok = f.sheet({QStringLiteral("--cohort"), QStringLiteral("MINI"), QStringLiteral("--week"),
                            QStringLiteral("2025-W10"), QStringLiteral("-o"), pdf},
                           true);
    INFO(ok.err.toStdString());
    CHECK(ok.status == 0);
    CHECK(ok.out.contains(QStringLiteral("6")));
    REQUIRE(QFile::exists(pdf));
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        WARN("SKIPPED: pdftotext (poppler-utils) is not installed, the PDF is not read back");
        return;
    }
    const QStringList pages = pagesOf(pdf);
    REQUIRE(pages.size() == 6);
    INFO(pages[0].toStdString());
    CHECK(pages[0].contains(QStringLiteral("Feuille d'émargement")));
    CHECK(pages[0].contains(QStringLiteral("Semaine 10 · du 3 au 7 mars 2025")));
    CHECK(pages[0].contains(QStringLiteral("Lundi 3 mars 2025 · Matin")));
    CHECK(pages[0].contains(QStringLiteral("Français (FLE)")));
    CHECK(pages[0].contains(QRegularExpression(QStringLiteral("Signature de\\s+l'intervenant·e"))));
    // pdftotext gives the no-break space before the colon as a space.
    CHECK(pages[0].contains(QRegularExpression(QStringLiteral("Participant·es attendu·es[\\x{00a0} ]: 3"))));
    CHECK(pages[0].contains(QStringLiteral("Page 1 sur 6")));
    CHECK(pages[4].contains(QStringLiteral("Jeudi 6 mars 2025 · Après-midi")));
    CHECK(pages[4].contains(QStringLiteral("Anglais")));
    CHECK(pages[5].contains(QStringLiteral("Ateliers soft skills")));
    CHECK(pages[5].contains(QRegularExpression(QStringLiteral("Participant·es attendu·es[\\x{00a0} ]: 2"))));
}

TEST_CASE("report attendance-sheet exits with 1 for an unknown cohort or an empty week and 2 for usage errors, "
          "leaving the file that was there",
          "[cli][sheet]")
{
    Fixture f;
    const QString pdf = f.file(QStringLiteral("kept.pdf"));
    {
        QFile old(pdf);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    const auto kept = [&] {
        QFile in(pdf);
        REQUIRE(in.open(QIODevice::ReadOnly));
        return in.readAll() == "old";
    };
    const QStringList out{QStringLiteral("-o"), pdf};
    const QStringList mini{QStringLiteral("--cohort"), QStringLiteral("MINI")};

    const Run unknown = f.sheet(QStringList{QStringLiteral("--cohort"), QStringLiteral("NOPE"), QStringLiteral("--week"),
                                            QStringLiteral("2025-W10")} + out);
    CHECK(unknown.status == 1);
    CHECK(unknown.err.contains(QStringLiteral("NOPE: no such cohort")));
    CHECK(kept());

    const Run empty = f.sheet(mini + QStringList{QStringLiteral("--week"), QStringLiteral("2025-W12")} + out);
    CHECK(empty.status == 1);
    CHECK(empty.err.contains(QStringLiteral("MINI: no session in week 2025-W12")));
    CHECK(kept());

    const Run badWeek = f.sheet(mini + QStringList{QStringLiteral("--week"), QStringLiteral("2025-10")} + out);
    CHECK(badWeek.status == 2);
    CHECK(badWeek.err.contains(QStringLiteral("YYYY-Www")));
    CHECK(f.sheet(mini + QStringList{QStringLiteral("--week"), QStringLiteral("2025-W53")} + out).status == 2);
    CHECK(f.sheet(mini + out).status == 2);
    CHECK(f.sheet(QStringList{QStringLiteral("--week"), QStringLiteral("2025-W10")} + out).status == 2);
    CHECK(f.sheet(mini + QStringList{QStringLiteral("--week"), QStringLiteral("2025-W10")}).status == 2);
    CHECK(kept());
    CHECK(cli({QStringLiteral("report")}).status == 2);
    CHECK(cli({QStringLiteral("report"), QStringLiteral("nothing")}).status == 2);

    const QString unwritable = f.file(QStringLiteral("missing/folder/s.pdf"));
    const Run failed = f.sheet(mini + QStringList{QStringLiteral("--week"), QStringLiteral("2025-W10"),
                                                  QStringLiteral("-o"), unwritable});
    CHECK(failed.status == 1);
    CHECK(failed.err.contains(QStringLiteral("cannot be written")));
    CHECK_FALSE(QFile::exists(unwritable));

    const Run help = cli({QStringLiteral("report"), QStringLiteral("--help")});
    CHECK(help.status == 0);
    CHECK(help.out.contains(QStringLiteral("attendance-sheet")));
}
