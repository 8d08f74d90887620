// SPDX-License-Identifier: GPL-3.0-or-later
#include "JobDialog.h"

#include <QCloseEvent>
#include <QEventLoop>

namespace parcours::ui {

namespace {
constexpr int kShowAfterMs = 400;
}

JobDialog::JobDialog(BackgroundJob& job, const QString& label, QWidget* parent, Cancel cancel)
    : QProgressDialog(label, tr("Cancel"), 0, 0, parent), m_job(job), m_cancel(cancel)
{
    if (cancel == Cancel::NotOffered)
        setCancelButton(nullptr);
    setObjectName(QStringLiteral("jobDialog"));
    setWindowTitle(tr("Please wait"));
    setWindowModality(Qt::WindowModal);
    setMinimumDuration(kShowAfterMs);
    setAutoClose(false);
    setAutoReset(false);
    setAccessibleName(label);
    connect(&job, &BackgroundJob::progressed, this, [this](int done, int total) {
        // A maximum of 0 shows a busy bar until the work knows how much there is.
        setMaximum(qMax(0, total));
        setValue(qBound(0, done, qMax(0, total)));
    });
    if (cancel == Cancel::Offered)
        connect(this, &QProgressDialog::canceled, this, [this] {
            m_job.cancel();
            setLabelText(tr("Cancelling…"));
        });
}

void JobDialog::reject()
{
    if (m_cancel == Cancel::Offered)
        QProgressDialog::reject();
}

void JobDialog::closeEvent(QCloseEvent* event)
{
    if (m_cancel == Cancel::Offered)
        QProgressDialog::closeEvent(event);
    else
        event->ignore();
}

BackgroundJob::Outcome JobDialog::run(BackgroundJob& job, const QString& label, QWidget* parent, Cancel cancel)
{
    JobDialog dialog(job, label, parent, cancel);
    QEventLoop loop;
    connect(&job, &BackgroundJob::finished, &loop, &QEventLoop::quit);
    job.start();
    // QProgressDialog shows itself after minimumDuration once a value is set.
    dialog.setValue(0);
    if (job.isRunning())
        loop.exec();
    return job.outcome();
}

} // namespace parcours::ui
