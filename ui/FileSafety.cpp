// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileSafety.h"

#include "AppClock.h"
#include "Document.h"
#include "ErrorMessages.h"
#include "jobs/BackgroundJob.h"
#include "core/storage/BackupRotation.h"
#include "core/storage/FileLocation.h"
#include "core/storage/WriteLock.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace parcours::ui {

namespace {

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

FileSafety::FileSafety(QWidget* window) : QObject(window), m_window(window)
{
    m_offer = [this](const QString& text) {
        auto box = makeOfferBox(text, m_window);
        box->exec();
        return box->clickedButton() == box->button(QMessageBox::Open);
    };
    m_warn = [this](const QString& text) { makeWarningBox(text, m_window)->exec(); };
}

FileSafety::~FileSafety()
{
    stopBackup();
}

bool FileSafety::isBackingUp() const
{
    return m_backup && m_backup->isRunning();
}

void FileSafety::waitForBackup()
{
    if (m_backup)
        m_backup->wait(); // emits finished(): reportBackup() runs now
}

void FileSafety::stopBackup()
{
    if (!m_backup)
        return;
    // Stopped on purpose (another file, a restore, the window closing): nothing to report.
    m_backup->disconnect(this);
    m_backup->cancel();
    m_backup->wait();
    m_backup.reset();
}

std::optional<FileSafety::Opening> FileSafety::prepare(const QString& path, OpenMode requested)
{
    Opening opening;
    opening.mode = requested;
    if (requested == OpenMode::ReadOnly)
        return opening;
    auto taken = WriteLock::acquire(path, QStringLiteral("parcours"));
    if (taken) {
        opening.lock = std::move(*taken);
        return opening;
    }
    if (taken.error().code == ErrorCode::Locked) {
        if (!m_offer(lockedMessage(path, WriteLock::ownerOf(taken.error()))))
            return std::nullopt;
    }
    // Locked and read-only accepted, or a folder where no lock can be made: read it.
    opening.mode = OpenMode::ReadOnly;
    return opening;
}

void FileSafety::afterOpen(Document& document)
{
    if (document.isReadOnly())
        return;
    const QString path = document.path();
    if (QFileInfo(path).size() >= m_backgroundFrom)
        backUpInBackground(path);
    else
        reportBackup(BackupRotation::daily(document.database(), AppClock::instance().today()), path);
    warnAboutLocation(path);
}

void FileSafety::backUpInBackground(const QString& path)
{
    stopBackup(); // the backup of a file opened before, still being made
    const QDate today = AppClock::instance().today();
    auto made = std::make_shared<QString>();
    // The work reads the file on a connection of its own (BackgroundJob) and writes only into
    // the backup folder; the window writes on meanwhile (WAL), the copy is the file as it was
    // when the copy began.
    m_backup = std::make_unique<BackgroundJob>(path, [today, made](Database& db, JobProgress& progress) -> Result<void> {
        auto r = BackupRotation::daily(db, today, progress.callback());
        if (!r)
            return fail(r.error());
        *made = *r;
        return {};
    });
    BackgroundJob* job = m_backup.get();
    if (m_observer)
        job->setProgressObserver([observer = m_observer, job](int done, int total) { observer(*job, done, total); });
    connect(job, &BackgroundJob::finished, this, [this, job, made, path] {
        switch (job->outcome()) {
        case BackgroundJob::Outcome::Done:
            reportBackup(*made, path);
            break;
        case BackgroundJob::Outcome::Failed:
            reportBackup(fail(job->error().value_or(Error{ErrorCode::Io, path, {}, {}})), path);
            break;
        default: // stopped: nothing was left
            break;
        }
    });
    emit message(tr("Making today's backup…"));
    job->start();
}

void FileSafety::reportBackup(const Result<QString>& made, const QString& path)
{
    if (!made)
        m_warn(backupFailedMessage(path, ErrorMessages::details(made.error())));
    else if (!made->isEmpty())
        emit message(tr("Today's backup is in %1").arg(shown(BackupRotation::folderFor(path))));
}

void FileSafety::warnAboutLocation(const QString& path)
{
    const FileLocation where = FileLocation::of(path);
    if (where.risk != FileLocation::Risk::Local)
        m_warn(locationMessage(path, where));
}

QString FileSafety::lockedMessage(const QString& path, const LockOwner& owner)
{
    const QString since = owner.since.isValid()
        ? QLocale().toString(owner.since.toLocalTime(), QLocale::ShortFormat)
        : tr("an unknown time");
    return tr("“%1” is already open for writing on the computer “%2” by the user “%3”, since %4.\n\n"
              "Only one person at a time can change a file. You can open it read-only to look at "
              "it; to change it, ask them to close it first.")
        .arg(shown(path), owner.host, owner.user, since);
}

QString FileSafety::locationMessage(const QString& path, const FileLocation& where)
{
    const QString place = where.risk == FileLocation::Risk::NetworkShare
        ? tr("a network folder (%1)").arg(where.what)
        : tr("a folder synchronised by %1").arg(where.what);
    return tr("“%1” is in %2.\n\nA Parcours file can be damaged when it is written there, above all "
              "when several computers use it. Keep the file on this computer's disk. To work in "
              "several offices, each office keeps its own file and they exchange folders: see "
              "“Working in several offices” in the README of Parcours.")
        .arg(shown(path), place);
}

QString FileSafety::backupFailedMessage(const QString& path, const QString& reason)
{
    return tr("Today's automatic backup of “%1” could not be made. The file is open as usual; "
              "check that there is space left on the disk and that the folder “%2” can be "
              "written.\n\n%3")
        .arg(shown(path), shown(BackupRotation::folderFor(path)), reason);
}

std::unique_ptr<QMessageBox> FileSafety::makeOfferBox(const QString& text, QWidget* parent)
{
    auto box = std::make_unique<QMessageBox>(QMessageBox::Information, tr("File in use"), text,
                                             QMessageBox::Open | QMessageBox::Cancel, parent);
    box->button(QMessageBox::Open)->setText(tr("Open &read-only"));
    box->button(QMessageBox::Open)->setAccessibleName(tr("Open read-only"));
    box->setDefaultButton(QMessageBox::Open);
    box->setObjectName(QStringLiteral("lockedOfferBox"));
    return box;
}

std::unique_ptr<QMessageBox> FileSafety::makeWarningBox(const QString& text, QWidget* parent)
{
    auto box = std::make_unique<QMessageBox>(QMessageBox::Warning, tr("Parcours"), text,
                                             QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("safetyWarningBox"));
    return box;
}

} // namespace parcours::ui
