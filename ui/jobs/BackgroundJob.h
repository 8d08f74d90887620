// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/Result.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

class QThread;

namespace parcours {
class Database;
enum class OpenMode;
}

namespace parcours::ui {

class BackgroundJob;

/// What a job's work sees of its job on the worker thread: where to report progress, and
/// whether the person asked to cancel. See ui/jobs/JOBS.md.
class JobProgress
{
public:
    /// Reports `done` steps of `total`; false once a cancel was asked: the work then stops,
    /// removes what it began to write and returns an error.
    bool report(int done, int total);
    bool isCancelled() const;
    /// report() as the `std::function<bool(int done, int total)>` that core functions take.
    std::function<bool(int, int)> callback();

private:
    friend class BackgroundJob;
    explicit JobProgress(BackgroundJob& job) : m_job(job) {}
    BackgroundJob& m_job;
    qint64 m_lastSignal = -1;
};

/// Runs a piece of long work (a review pack over years, a cohort report of hundreds of pages)
/// off the GUI thread, on its own read-only connection to the open file (Qt Sql connections
/// belong to the thread that opened them), with progress and cancel. Start it, then wait for
/// finished(); JobDialog shows it to the person. Destroying a running job cancels it and waits.
class BackgroundJob : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        NotStarted,
        Running,
        Done,      ///< the work returned success
        Cancelled, ///< a cancel was asked and the work stopped (it left nothing behind)
        Failed,    ///< the work, or opening the file, failed: see error()
    };
    /// The work, run on the worker thread with a connection of its own to the file. It must not
    /// touch widgets or the GUI's Database.
    using Work = std::function<Result<void>(Database& db, JobProgress& progress)>;

    BackgroundJob(QString databasePath, Work work, QObject* parent = nullptr);
    ~BackgroundJob() override;

    /// How the job's connection opens the file; set before start(). ReadOnly unless set.
    /// ReadWrite lets the work write, and moves an older file up to the latest schema on opening
    /// (the window migrates a file this way, off the GUI thread).
    void setOpenMode(OpenMode mode) { m_mode = mode; }

    /// Starts the work on a new thread (once).
    void start();
    /// Asks the work to stop; it sees it at its next JobProgress::report(). Any thread.
    void cancel();
    bool isCancelRequested() const { return m_cancel.load(); }
    bool isRunning() const { return m_outcome == Outcome::Running; }
    /// Blocks until the work ends and finished() was emitted (for tests and the destructor).
    void wait();
    /// For tests: called on the worker thread at each JobProgress::report(), before the cancel
    /// is looked at (so that a test can cancel at a chosen step). Set before start().
    void setProgressObserver(std::function<void(int done, int total)> observer)
    {
        m_observer = std::move(observer);
    }

    Outcome outcome() const { return m_outcome; }
    /// Why the job failed (Outcome::Failed).
    const std::optional<Error>& error() const { return m_error; }

signals:
    /// Progress of the work, delivered on the GUI thread, at most every 50 ms or so.
    void progressed(int done, int total);
    /// The work ended: outcome() and error() tell how.
    void finished();

private:
    friend class JobProgress;
    void conclude();

    QString m_path;
    OpenMode m_mode;
    Work m_work;
    std::function<void(int, int)> m_observer;
    QThread* m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
    Outcome m_outcome = Outcome::NotStarted;
    // Written by the worker, read after the thread finished.
    std::optional<Error> m_workError;
    std::optional<Error> m_error;
};

} // namespace parcours::ui
