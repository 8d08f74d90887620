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
    JobDialog(BackgroundJob& job, const QString& label, QWidget* parent);

    /// Starts `job` and returns when it ended, the dialog shown meanwhile (events go on: the
    /// window repaints, the Cancel button works). The job's outcome.
    static BackgroundJob::Outcome run(BackgroundJob& job, const QString& label, QWidget* parent);

private:
    BackgroundJob& m_job;
};

} // namespace parcours::ui
