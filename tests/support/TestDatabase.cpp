// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include <QFile>

#include <stdexcept>

namespace parcours::test {

TestDatabase::TestDatabase()
{
    auto db = Database::create(path());
    if (!db)
        throw std::runtime_error("cannot create a test database: " + db.error().toString().toStdString());
    m_db = std::move(*db);
}

QString TestDatabase::path() const
{
    return m_dir.filePath(QStringLiteral("test.parcours"));
}

QByteArray readBytes(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        throw std::runtime_error("cannot write " + path.toStdString());
}

QString testDataPath(const QString& relative)
{
    return QStringLiteral(PARCOURS_TEST_DATA_DIR "/") + relative;
}

} // namespace parcours::test
