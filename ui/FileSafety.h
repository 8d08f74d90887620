// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QObject>
#include <functional>
#include <memory>
#include <optional>

class QMessageBox;
class QWidget;

namespace parcours {
struct FileLocation;
struct LockOwner;
class WriteLock;
} // namespace parcours

namespace parcours::ui {

class BackgroundJob;
class Document;

/// What the main window does around opening a file for writing (core/storage/DataSafety.md): take its
/// write lock, or offer read-only when another Parcours holds it; then make the day's automatic
/// backup and warn about a file on a network share or in a synchronised folder.
class FileSafety : public QObject
{
    Q_OBJECT
public:
    /// Asks whether to open read-only instead; true for yes. Tests answer without a modal box.
    using ReadOnlyOffer = std::function<bool(const QString& message)>;
    /// Shows a warning that does not stop anything.
    using WarningReporter = std::function<void(const QString& message)>;

    /// Dialogs open over `window`.
    explicit FileSafety(QWidget* window);
    /// Stops a backup still being made (nothing of it is left) and waits for its thread.
    ~FileSafety() override;

    /// Files of at least this size have their daily backup made on a thread of its own (the
    /// window stays free meanwhile); smaller ones at once, as it takes a blink.
    static constexpr qint64 kBackgroundFromBytes = 16 * 1024 * 1024;
    /// For tests: another threshold (0: every backup on its thread).
    void setBackgroundFrom(qint64 bytes) { m_backgroundFrom = bytes; }
    /// For tests: called on the backup's thread between its steps (pages done, total).
    using BackupObserver = std::function<void(const BackgroundJob& job, int done, int total)>;
    void setBackupObserver(BackupObserver observer) { m_observer = std::move(observer); }
    /// True while a backup is made on its thread.
    bool isBackingUp() const;
    /// Blocks until the backup being made ends and its outcome was shown (tests, the bench).
    void waitForBackup();
    /// Stops the backup being made, if any: the partial copy is removed. Blocks until its thread
    /// ended (a step of a few thousand pages). Before the file is replaced or closed for good.
    void stopBackup();

    void setReadOnlyOffer(ReadOnlyOffer offer) { m_offer = std::move(offer); }
    void setWarningReporter(WarningReporter reporter) { m_warn = std::move(reporter); }

    /// How `path` is to be opened.
    struct Opening
    {
        OpenMode mode = OpenMode::ReadWrite;
        std::unique_ptr<WriteLock> lock; ///< held when mode is ReadWrite
    };
    /// Takes the lock of `path` when `requested` is ReadWrite. When another program holds it,
    /// offers read-only: nothing when the person declines. A folder this user may not write in
    /// gives ReadOnly without asking (as a file they may not write does).
    std::optional<Opening> prepare(const QString& path, OpenMode requested);

    /// After a file was opened for writing: today's backup (on its own thread and connection
    /// for a large file: "Making today's backup…" in the status bar until it is made), and the
    /// warning about where it is.
    void afterOpen(Document& document);
    /// The warning about where `path` is, when it is somewhere risky.
    void warnAboutLocation(const QString& path);

    // The sentences, for the dialogs and their tests.
    static QString lockedMessage(const QString& path, const LockOwner& owner);
    static QString locationMessage(const QString& path, const FileLocation& where);
    static QString backupFailedMessage(const QString& path, const QString& reason);
    /// The box that offers read-only (buttons "Open read-only" and "Cancel").
    static std::unique_ptr<QMessageBox> makeOfferBox(const QString& message, QWidget* parent);
    /// The box of a warning, with the way to the multi-office documentation.
    static std::unique_ptr<QMessageBox> makeWarningBox(const QString& message, QWidget* parent);

signals:
    /// A short message for the status bar.
    void message(const QString& text);

private:
    void backUpInBackground(const QString& path);
    void reportBackup(const Result<QString>& made, const QString& path);

    QWidget* m_window;
    qint64 m_backgroundFrom = kBackgroundFromBytes;
    BackupObserver m_observer;
    std::unique_ptr<BackgroundJob> m_backup;
    ReadOnlyOffer m_offer;
    WarningReporter m_warn;
};

} // namespace parcours::ui
