// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErrorMessages.h"

#include <QDir>
#include <QFileInfo>

namespace parcours::ui {

namespace {
QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}
} // namespace

QString ErrorMessages::openFailed(const Error& error, const QString& path)
{
    const QString file = shown(path);
    switch (error.code) {
    case ErrorCode::NotADatabase:
        return tr("“%1” is not a Parcours file. Choose a file made by Parcours, usually ending "
                  "in .parcours.")
            .arg(file);
    case ErrorCode::NewerVersion:
        return tr("“%1” was saved by a newer version of Parcours. Install the latest version of "
                  "Parcours to open it; the file has not been changed.")
            .arg(file);
    case ErrorCode::Busy:
        return tr("“%1” is busy: another program is writing to it. Wait a moment and try again.")
            .arg(file);
    case ErrorCode::Corrupt:
        return tr("“%1” is damaged and cannot be opened safely. Open a backup copy instead, or "
                  "ask for help.")
            .arg(file);
    case ErrorCode::ReadOnly:
        return tr("“%1” cannot be written to. Check that you are allowed to change it.").arg(file);
    case ErrorCode::Locked:
        return tr("“%1” is open for writing in another Parcours. Open it read-only, or ask for "
                  "it to be closed first.")
            .arg(file);
    case ErrorCode::DiskFull:
        return tr("“%1” could not be opened: the disk is full. Free some space and try again; "
                  "the file has not been changed.")
            .arg(file);
    case ErrorCode::NotFound:
        return tr("“%1” no longer exists. It may have been moved, renamed or deleted.").arg(file);
    case ErrorCode::Io:
        if (!QFileInfo::exists(path))
            return tr("“%1” no longer exists. It may have been moved, renamed or deleted.")
                .arg(file);
        return tr("“%1” could not be read. Check that the disk or network folder is available "
                  "and that you are allowed to open the file.")
            .arg(file);
    case ErrorCode::Sql:
    case ErrorCode::Invalid:
    case ErrorCode::Exists:
    case ErrorCode::Usage:
        break;
    }
    return tr("“%1” could not be opened because of an unexpected problem.").arg(file);
}

QString ErrorMessages::createFailed(const Error& error, const QString& path)
{
    const QString file = shown(path);
    switch (error.code) {
    case ErrorCode::Exists:
        return tr("A file named “%1” already exists. Choose another name: Parcours never "
                  "replaces an existing file.")
            .arg(file);
    case ErrorCode::Locked:
        return tr("“%1” is in use by another Parcours: close it there first.").arg(file);
    case ErrorCode::DiskFull:
        return tr("“%1” could not be created: the disk is full. Free some space and try again.")
            .arg(file);
    case ErrorCode::Io:
    case ErrorCode::ReadOnly:
        return tr("“%1” could not be created. Check that the folder exists and that you are "
                  "allowed to write in it.")
            .arg(file);
    default:
        break;
    }
    return tr("“%1” could not be created because of an unexpected problem.").arg(file);
}

QString ErrorMessages::readFailed(const Error& error)
{
    switch (error.code) {
    case ErrorCode::Busy:
        return tr("The file is busy: another program is writing to it. Wait a moment and try "
                  "again.");
    case ErrorCode::Corrupt:
        return tr("The file is damaged: some of its content cannot be read.");
    default:
        break;
    }
    return tr("The content of the file could not be read because of an unexpected problem.");
}

QString ErrorMessages::editFailed(const Error& error)
{
    switch (error.code) {
    case ErrorCode::ReadOnly:
        return tr("This file is open for reading only: the change was not saved.");
    case ErrorCode::Busy:
        return tr("The file is busy: another program is writing to it. Nothing was changed; wait "
                  "a moment and try again.");
    case ErrorCode::Invalid:
        return tr("The change was not saved because it breaks a rule of the data (see the "
                  "details). Nothing was changed.");
    case ErrorCode::NotFound:
        return tr("The change was not saved: what it refers to no longer exists in the file. "
                  "Nothing was changed.");
    case ErrorCode::Corrupt:
        return tr("The file is damaged: the change was not saved.");
    case ErrorCode::DiskFull:
        return tr("The disk is full: the change was not saved and the file is as before it. "
                  "Free some space on the disk, then make the change again.");
    default:
        break;
    }
    return tr("The change was not saved because of an unexpected problem. Nothing was changed.");
}

QString ErrorMessages::restoreFailed(const Error& error, const QString& backup)
{
    const QString file = shown(backup);
    switch (error.code) {
    case ErrorCode::NotADatabase:
    case ErrorCode::NewerVersion:
    case ErrorCode::Corrupt:
        return tr("“%1” cannot be restored: it is not a sound backup of a Parcours file. The "
                  "open file has not been changed.")
            .arg(file);
    case ErrorCode::DiskFull:
        return tr("“%1” could not be restored: the disk is full. The open file has not been "
                  "changed; free some space and try again.")
            .arg(file);
    default:
        break;
    }
    return tr("“%1” could not be restored (see the details). The open file has not been changed.")
        .arg(file);
}

QString ErrorMessages::details(const Error& error)
{
    return error.toString();
}

} // namespace parcours::ui
