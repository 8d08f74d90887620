// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BackgroundJob.h"

#include <QProgressDialog>

namespace parcours::ui {

/// The progress of a BackgroundJob as the person sees it: a window-modal progress dialog with
/// a Cancel button, shown after a short moment (quick jobs never flash it).
class JobDialog : public QProgressDialog
{
    Q_OBJECT
public:
    /// Whether the person may stop the job. A job that cannot stop half-way (a file's
    /// migration, one transaction) shows no Cancel button, and Escape does not hide its dialog.
    enum class Cancel { Offered, NotOffered };

    JobDialog(BackgroundJob& job, const QString& label, QWidget* parent, Cancel cancel = Cancel::Offered);

    /// Starts `job` and returns when it ended, the dialog shown meanwhile (events go on: the
    /// window repaints, the Cancel button works). The job's outcome.
    static BackgroundJob::Outcome run(BackgroundJob& job, const QString& label, QWidget* parent,
                                      Cancel cancel = Cancel::Offered);

    void reject() override;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    BackgroundJob& m_job;
    Cancel m_cancel;
};

} // namespace parcours::ui
