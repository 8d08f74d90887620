// SPDX-License-Identifier: GPL-3.0-or-later
// The Reports page on a real file (tests/ui/UiTestSupport's sample: cohort C-2024-1, 8 January
// to 5 April 2024, three participants): the preview paints the report; the PDF exported from the
// page reads (pdftotext) as the one `parcours-cli report cohort` writes, with the organisation
// name saved through the Report settings dialog; a cancelled export leaves no file and no
// folder; the review pack lands in a folder of its own; the named annex warns.
#include "CatchQt.h"
#include "PdfText.h"
#include "TestDatabase.h"
#include "UiTestSupport.h"

#include "ui/Document.h"
#include "ui/dialogs/ReportSettingsDialog.h"
#include "ui/jobs/BackgroundJob.h"
#include "ui/pages/ReportsPage.h"
#include "ui/print/ReviewPackWriter.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>

using namespace parcours;
using namespace parcours::ui;
using namespace parcours::test;

namespace {

const QLocale kEnglish(QLocale::English, QLocale::UnitedKingdom);
const QString kCohort = QStringLiteral("C-2024-1");
const QString kOrganisation = QStringLiteral("Association Horizon Emploi");

struct Office
{
    Office()
    {
        fillSample(file.db());
        file.close();
        auto db = Database::open(file.path());
        REQUIRE(db);
        document = std::make_unique<Document>(std::move(*db));
        page.setDocument(document.get());
        page.setReportLanguage(QLocale::English);
        page.setPathAsker([this](const QString& suggested) { return out.filePath(suggested); },
                          [this](const QString&) { return out.path(); });
        out.setPath(file.dir() + QStringLiteral("/out"));
        REQUIRE(QDir().mkpath(out.path()));
        page.resize(1000, 700);
    }
    /// The files and folders in the export folder, hidden ones included.
    QStringList exported() const
    {
        return out.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    }

    IsolatedSettings settings;
    TestDatabase file;
    std::unique_ptr<Document> document;
    ReportsPage page;
    QDir out;
};

/// parcours-cli run with `arguments` in English, as a cron job would.
int cli(const QStringList& arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("PARCOURS_LANG"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PARCOURS_CLI), arguments);
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return p.exitCode();
}

} // namespace

TEST_CASE("reports page: the cohort report previewed, exported as the CLI writes it, with the organisation",
          "[reports][page]")
{
    ScopedLanguage english{kEnglish};
    Office o;
    // The organisation's name saved through the Report settings dialog.
    {
        ReportSettingsDialog settings(*o.document);
        settings.organisationField()->setText(kOrganisation);
        REQUIRE(settings.save());
    }

    CHECK(o.page.kind() == ReportsPage::Kind::Cohort);
    CHECK(o.page.cohortRef() == kCohort);
    CHECK(o.page.refreshPreview() >= 1);
    CHECK_FALSE(o.page.previewMessage()->isVisibleTo(&o.page));

    REQUIRE(o.page.exportPdf());
    const QString fromPage = o.out.filePath(QStringLiteral("report-C-2024-1.pdf"));
    CHECK(o.page.lastExport() == fromPage);
    CHECK(o.exported() == QStringList{QStringLiteral("report-C-2024-1.pdf")});

    if (tool(QStringLiteral("pdftotext")).isEmpty())
        return;
    const QString fromCli = o.file.dir() + QStringLiteral("/cli.pdf");
    REQUIRE(cli({QStringLiteral("report"), QStringLiteral("cohort"), kCohort, QStringLiteral("-o"), fromCli,
                 QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"), o.file.path()}) == 0);
    const QStringList pages = pagesOf(fromPage);
    REQUIRE_FALSE(pages.isEmpty());
    CHECK(pages == pagesOf(fromCli));
    CHECK(pages.first().contains(kOrganisation));
    CHECK(pages.first().contains(QStringLiteral("Tremplin Lyon 2024-1")));
    // No annex asked: no name in it.
    for (const QString& page : pages) {
        CHECK_FALSE(page.contains(QStringLiteral("Zerrouki"), Qt::CaseInsensitive));
        CHECK_FALSE(page.contains(QStringLiteral("Karimi"), Qt::CaseInsensitive));
    }
}

TEST_CASE("reports page: the named annex warns that names leave the office, and holds the names",
          "[reports][page]")
{
    ScopedLanguage english{kEnglish};
    Office o;
    o.page.show();
    CHECK_FALSE(o.page.annexWarning()->isVisible());
    o.page.setNamedAnnex(true);
    CHECK(o.page.annexWarning()->isVisible());
    CHECK(o.page.annexWarning()->text().contains(QStringLiteral("personal data")));
    REQUIRE(o.page.exportPdf());
    CHECK(o.exported() == QStringList{QStringLiteral("report-C-2024-1-with-names.pdf")});
    if (tool(QStringLiteral("pdftotext")).isEmpty())
        return;
    // The annex writes last names in capitals.
    const QString text = pagesOf(o.page.lastExport()).join(QString());
    CHECK(text.contains(QStringLiteral("Zerrouki"), Qt::CaseInsensitive));
    CHECK(text.contains(QStringLiteral("Karimi"), Qt::CaseInsensitive));
}

TEST_CASE("reports page: a cancelled export leaves no file and no folder behind", "[reports][page]")
{
    ScopedLanguage english{kEnglish};
    Office o;
    // A previous report stays as it was.
    const QString previous = o.out.filePath(QStringLiteral("report-C-2024-1.pdf"));
    writeBytes(previous, "previous");

    SECTION("the cohort PDF, cancelled once written but before it is moved in place")
    {
        o.page.setJobObserver([](BackgroundJob& job) {
            job.setProgressObserver([&job](int done, int) {
                if (done >= 1)
                    job.cancel();
            });
        });
        CHECK_FALSE(o.page.exportPdf());
        CHECK(o.exported() == QStringList{QStringLiteral("report-C-2024-1.pdf")});
        CHECK(readBytes(previous) == "previous");
        CHECK(o.page.lastExport().isEmpty());
    }
    SECTION("the review pack, cancelled half-way")
    {
        o.page.setKind(ReportsPage::Kind::Period);
        o.page.setPeriod(QDate(2024, 1, 1), QDate(2024, 12, 31));
        const auto entries = [&o] {
            return QDir(o.file.dir()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
        };
        const QStringList before = entries();
        int reports = 0;
        o.page.setJobObserver([&reports](BackgroundJob& job) {
            job.setProgressObserver([&job, &reports](int, int) {
                if (++reports == 2)
                    job.cancel();
            });
        });
        CHECK_FALSE(o.page.exportReviewPack());
        CHECK(reports >= 2);
        CHECK(o.exported() == QStringList{QStringLiteral("report-C-2024-1.pdf")});
        // Nor beside the folder chosen (ReviewPack stages beside its target).
        CHECK(entries() == before);
    }
}

TEST_CASE("reports page: the review pack goes into a new folder of its own, never into a full one",
          "[reports][page]")
{
    ScopedLanguage english{kEnglish};
    Office o;
    o.page.setKind(ReportsPage::Kind::Period);
    o.page.setPeriod(QDate(2024, 1, 1), QDate(2024, 12, 31));
    CHECK(o.page.exportPackButton()->isVisibleTo(&o.page));
    // A folder of that name with something in it already.
    const QString taken = o.out.filePath(QStringLiteral("review-pack-2024-01-01-2024-12-31"));
    REQUIRE(QDir().mkpath(taken));
    writeBytes(taken + QStringLiteral("/mine.txt"), "mine");

    REQUIRE(o.page.exportReviewPack());
    const QString pack = o.out.filePath(QStringLiteral("review-pack-2024-01-01-2024-12-31-2"));
    CHECK(o.page.lastExport() == pack);
    const QStringList files = QDir(pack).entryList(QDir::Files, QDir::Name);
    CHECK(files.contains(print::ReviewPackWriter::summaryFileName()));
    CHECK(files.contains(QStringLiteral("README.txt")));
    for (const QString& csv : ReviewPack::csvFileNames())
        CHECK(files.contains(csv));
    CHECK(QDir(taken).entryList(QDir::Files) == QStringList{QStringLiteral("mine.txt")});
    // The kind of report chosen is the one a new page starts with.
    CHECK(ReportsPage().kind() == ReportsPage::Kind::Period);
    if (tool(QStringLiteral("pdftotext")).isEmpty())
        return;
    CHECK(pagesOf(pack + QStringLiteral("/summary.pdf")).join(QString()).contains(QStringLiteral("Tremplin Lyon 2024-1")));
}
