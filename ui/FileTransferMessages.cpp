// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileTransferMessages.h"

#include <QDir>

namespace parcours::ui {

QString FileTransferMessages::importFailed(const Error& error)
{
    switch (error.code) {
    case ErrorCode::ReadOnly:
        return tr("This file is open for reading only: nothing can be imported into it.");
    case ErrorCode::Busy:
        return tr("The file is busy: another program is writing to it. Nothing was imported; "
                  "wait a moment and try again.");
    case ErrorCode::Io:
        return tr("The files to import could not be read. Check that the folder is available "
                  "and that you are allowed to open it. Nothing was imported.");
    case ErrorCode::DiskFull:
        return tr("The disk is full: nothing was imported and the file is as before. Free some "
                  "space on the disk and import again.");
    default:
        break;
    }
    return tr("The import stopped because of an unexpected problem. Nothing was imported.");
}

QString FileTransferMessages::exportFailed(const Error& error, const QString& dir)
{
    const QString folder = QDir::toNativeSeparators(dir);
    switch (error.code) {
    case ErrorCode::Io:
    case ErrorCode::ReadOnly:
        return tr("The files could not be written into “%1”. Check that the folder exists and "
                  "that you are allowed to write in it; the files already there are unchanged.")
            .arg(folder);
    case ErrorCode::Busy:
        return tr("The file is busy: another program is writing to it. Wait a moment and try "
                  "again.");
    default:
        break;
    }
    return tr("The export into “%1” failed because of an unexpected problem.").arg(folder);
}

QString FileTransferMessages::backupFailed(const Error& error, const QString& target)
{
    const QString file = QDir::toNativeSeparators(target);
    switch (error.code) {
    case ErrorCode::Exists:
        return tr("A file named “%1” already exists. Choose another name.").arg(file);
    case ErrorCode::Io:
    case ErrorCode::ReadOnly:
        return tr("The backup “%1” could not be written. Check that the folder exists, that "
                  "there is space left and that you are allowed to write in it.")
            .arg(file);
    case ErrorCode::Busy:
        return tr("The file is busy: another program is writing to it. Wait a moment and try "
                  "again.");
    case ErrorCode::Corrupt:
        return tr("The copy “%1” did not pass its check and was removed. The open file may be "
                  "damaged: ask for help.")
            .arg(file);
    case ErrorCode::DiskFull:
        return tr("The backup “%1” could not be written: the disk is full. Free some space or "
                  "choose another disk.")
            .arg(file);
    default:
        break;
    }
    return tr("The backup “%1” failed because of an unexpected problem.").arg(file);
}

} // namespace parcours::ui
