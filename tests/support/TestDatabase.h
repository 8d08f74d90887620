// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Database.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace parcours::test {

/// A fresh Parcours file in its own temporary folder, removed with the object.
class TestDatabase
{
public:
    TestDatabase();
    Database& db() { return *m_db; }
    Database* operator->() { return m_db.get(); }
    /// The folder the file lives in, for files a test writes beside it.
    QString dir() const { return m_dir.path(); }
    QString path() const;
    /// Closes the connection (for tests that reopen the file or look at its bytes).
    void close() { m_db.reset(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

/// The bytes of a file, or an empty array.
QByteArray readBytes(const QString& path);
/// Writes bytes to a file, replacing it.
void writeBytes(const QString& path, const QByteArray& bytes);
/// The path of a file of tests/data.
QString testDataPath(const QString& relative);

} // namespace parcours::test
