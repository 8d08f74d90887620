// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackgroundJob.h"

#include "core/storage/Database.h"

#include <QDateTime>
#include <QThread>

namespace parcours::ui {

namespace {
constexpr qint64 kSignalEveryMs = 50;
}

bool JobProgress::report(int done, int total)
{
    // Every change would flood the GUI's event queue on a fast loop: the first, the last and
    // one every kSignalEveryMs.
    if (m_job.m_observer)
        m_job.m_observer(done, total);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_lastSignal < 0 || done >= total || now - m_lastSignal >= kSignalEveryMs) {
        m_lastSignal = now;
        emit m_job.progressed(done, total);
    }
    return !m_job.isCancelRequested();
}

bool JobProgress::isCancelled() const
{
    return m_job.isCancelRequested();
}

std::function<bool(int, int)> JobProgress::callback()
{
    return [this](int done, int total) { return report(done, total); };
}

BackgroundJob::BackgroundJob(QString databasePath, Work work, QObject* parent)
    : QObject(parent), m_path(std::move(databasePath)), m_mode(OpenMode::ReadOnly), m_work(std::move(work))
{
}

BackgroundJob::~BackgroundJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void BackgroundJob::start()
{
    if (m_outcome != Outcome::NotStarted)
        return;
    m_outcome = Outcome::Running;
    m_thread = QThread::create([this] {
        // The connection is opened, used and closed on this thread.
        auto db = Database::open(m_path, m_mode);
        if (!db) {
            m_workError = db.error();
            return;
        }
        JobProgress progress(*this);
        if (auto done = m_work(**db, progress); !done)
            m_workError = done.error();
    });
    m_thread->setObjectName(QStringLiteral("BackgroundJob"));
    connect(m_thread, &QThread::finished, this, &BackgroundJob::conclude);
    m_thread->start(QThread::LowPriority);
}

void BackgroundJob::cancel()
{
    m_cancel.store(true);
}

void BackgroundJob::wait()
{
    if (!m_thread)
        return;
    m_thread->wait();
    // finished() of the thread is queued to this thread: deliver it now.
    conclude();
}

void BackgroundJob::conclude()
{
    if (m_outcome != Outcome::Running)
        return;
    if (!m_workError)
        m_outcome = Outcome::Done;
    else if (m_cancel.load())
        m_outcome = Outcome::Cancelled;
    else {
        m_outcome = Outcome::Failed;
        m_error = m_workError;
    }
    m_thread->deleteLater();
    m_thread = nullptr;
    emit finished();
}

} // namespace parcours::ui
