// SPDX-License-Identifier: GPL-3.0-or-later
// BackgroundJob on a real file: the work runs on another thread with its own connection,
// reports progress to the GUI thread, stops when cancelled, reports a file it cannot open, and
// a job destroyed while running is cancelled and waited for. JobDialog runs one to its end.
#include "CatchQt.h"
#include "TestDatabase.h"
#include "UiTestSupport.h"

#include "core/storage/CohortRepository.h"
#include "core/storage/Database.h"
#include "ui/jobs/BackgroundJob.h"
#include "ui/jobs/JobDialog.h"

#include <QApplication>
#include <QPushButton>
#include <QSignalSpy>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <optional>

using namespace parcours;
using namespace parcours::ui;
using namespace parcours::test;

namespace {

/// Counts steps up to `steps`, reporting each, until cancelled (an error) or done.
BackgroundJob::Work counting(int steps, std::atomic<int>& reached)
{
    return [steps, &reached](Database&, JobProgress& progress) -> Result<void> {
        for (int i = 0; i <= steps; ++i) {
            reached = i;
            if (!progress.report(i, steps))
                return fail(Error{ErrorCode::Io, QStringLiteral("cancelled"), {}, {}});
            QThread::usleep(200);
        }
        return {};
    };
}

} // namespace

TEST_CASE("a background job reads the file on a thread of its own and reports progress", "[jobs]")
{
    TestDatabase file;
    fillSample(file.db());
    const QThread* gui = QThread::currentThread();
    std::atomic<int> cohorts{-1};
    std::atomic<bool> otherThread{false};
    BackgroundJob job(file.path(), [&](Database& db, JobProgress& progress) -> Result<void> {
        otherThread = QThread::currentThread() != gui;
        auto all = CohortRepository(db).all();
        if (!all)
            return fail(all.error());
        cohorts = int(all->size());
        progress.report(1, 1);
        return {};
    });
    QSignalSpy progressed(&job, &BackgroundJob::progressed);
    QSignalSpy finished(&job, &BackgroundJob::finished);
    CHECK(job.outcome() == BackgroundJob::Outcome::NotStarted);
    job.start();
    CHECK(job.isRunning());
    REQUIRE(finished.wait(5000));
    CHECK(job.outcome() == BackgroundJob::Outcome::Done);
    CHECK_FALSE(job.error().has_value());
    CHECK(otherThread);
    CHECK(cohorts == 1); // fillSample's one cohort
    REQUIRE(progressed.size() == 1);
    CHECK(progressed.at(0).at(0).toInt() == 1);
    CHECK(progressed.at(0).at(1).toInt() == 1);
    // The GUI's own connection is untouched and still works.
    CHECK(CohortRepository(file.db()).all());
}

TEST_CASE("a cancelled job stops at its next progress report", "[jobs]")
{
    TestDatabase file;
    std::atomic<int> reached{-1};
    BackgroundJob job(file.path(), counting(100000, reached));
    QSignalSpy finished(&job, &BackgroundJob::finished);
    // Cancelled at the first progress the GUI hears.
    QObject::connect(&job, &BackgroundJob::progressed, &job, [&job] { job.cancel(); });
    job.start();
    REQUIRE(finished.wait(10000));
    CHECK(job.outcome() == BackgroundJob::Outcome::Cancelled);
    CHECK(job.isCancelRequested());
    CHECK_FALSE(job.error().has_value());
    CHECK(reached < 100000);
}

TEST_CASE("a job whose file cannot be opened fails with the reason", "[jobs]")
{
    TestDatabase file;
    std::atomic<bool> ran{false};
    BackgroundJob job(file.dir() + QStringLiteral("/missing.parcours"),
                      [&ran](Database&, JobProgress&) -> Result<void> {
                          ran = true;
                          return {};
                      });
    job.start();
    job.wait();
    CHECK(job.outcome() == BackgroundJob::Outcome::Failed);
    REQUIRE(job.error().has_value());
    CHECK_FALSE(ran);
}

TEST_CASE("a job destroyed while it runs is cancelled and waited for", "[jobs]")
{
    TestDatabase file;
    std::atomic<int> reached{-1};
    {
        BackgroundJob job(file.path(), counting(1000000, reached));
        job.start();
        QThread::msleep(20);
    }
    const int stoppedAt = reached;
    QThread::msleep(20);
    CHECK(reached == stoppedAt); // nothing runs on after the job is gone
    CHECK(stoppedAt < 1000000);
}

TEST_CASE("the job dialog runs a job to its end and its Cancel button cancels", "[jobs]")
{
    TestDatabase file;
    std::atomic<int> reached{-1};
    QWidget window;
    window.show();
    {
        BackgroundJob job(file.path(), counting(50, reached));
        CHECK(JobDialog::run(job, QStringLiteral("Counting"), &window) ==
              BackgroundJob::Outcome::Done);
        CHECK(reached == 50);
    }
    {
        BackgroundJob job(file.path(), counting(1000000, reached));
        // The dialog shows after a moment; then its Cancel button is pressed.
        QTimer::singleShot(800, &window, [&window] {
            auto* dialog = window.findChild<JobDialog*>();
            auto* cancel = dialog ? dialog->findChild<QPushButton*>() : nullptr;
            CHECK(cancel);
            if (!cancel)
                return;
            CHECK(dialog->isVisible());
            cancel->click();
        });
        CHECK(JobDialog::run(job, QStringLiteral("Counting"), &window) ==
              BackgroundJob::Outcome::Cancelled);
        CHECK(reached < 1000000);
    }
}

TEST_CASE("a job that cannot stop half-way shows no Cancel button and Escape does not hide it", "[jobs]")
{
    TestDatabase file;
    std::atomic<int> reached{-1};
    QWidget window;
    window.show();
    BackgroundJob job(file.path(), counting(3000, reached));
    bool looked = false;
    QTimer::singleShot(800, &window, [&] {
        auto* dialog = window.findChild<JobDialog*>();
        REQUIRE(dialog);
        looked = true;
        CHECK(dialog->isVisible());
        CHECK(dialog->findChild<QPushButton*>() == nullptr);
        dialog->reject(); // what Escape does
        dialog->close();
        CHECK(dialog->isVisible());
        CHECK_FALSE(job.isCancelRequested());
    });
    CHECK(JobDialog::run(job, QStringLiteral("Updating"), &window, JobDialog::Cancel::NotOffered) ==
          BackgroundJob::Outcome::Done);
    CHECK(looked);
    CHECK(reached == 3000);
}

TEST_CASE("a job's connection is read-only unless the job is set to write", "[jobs]")
{
    // Migrating an older file on the job's thread (MainWindowTest) relies on ReadWrite.
    TestDatabase file;
    file.close();
    const auto modeOf = [](std::optional<bool>& readOnly) {
        return [&readOnly](Database& db, JobProgress&) -> Result<void> {
            readOnly = db.isReadOnly();
            return {};
        };
    };
    std::optional<bool> readerReadOnly;
    BackgroundJob reader(file.path(), modeOf(readerReadOnly));
    reader.start();
    reader.wait();
    CHECK(reader.outcome() == BackgroundJob::Outcome::Done);
    CHECK(readerReadOnly == std::optional<bool>(true));

    std::optional<bool> writerReadOnly;
    BackgroundJob writer(file.path(), modeOf(writerReadOnly));
    writer.setOpenMode(OpenMode::ReadWrite);
    writer.start();
    writer.wait();
    CHECK(writer.outcome() == BackgroundJob::Outcome::Done);
    CHECK(writerReadOnly == std::optional<bool>(false));
}
