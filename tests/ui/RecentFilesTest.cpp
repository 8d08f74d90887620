// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/RecentFiles.h"

#include "CatchQt.h"
#include "TestDatabase.h"
#include "UiTestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace parcours;
using namespace parcours::ui;

TEST_CASE("recent files keep the last eight that exist, most recent first", "[ui][settings]")
{
    test::IsolatedSettings settings;
    QTemporaryDir dir;
    QStringList files;
    for (int i = 1; i <= 10; ++i) {
        files << dir.filePath(QStringLiteral("file%1.parcours").arg(i));
        test::writeBytes(files.last(), "x");
        RecentFiles::add(files.last());
    }
    QStringList expected;
    for (int i = 10; i >= 3; --i)
        expected << files.at(i - 1);
    CHECK(RecentFiles::list() == expected);

    // Opening one again moves it to the top without duplicating it.
    RecentFiles::add(files.at(4));
    CHECK(RecentFiles::list().constFirst() == files.at(4));
    CHECK(RecentFiles::list().size() == 8);
    CHECK(RecentFiles::list().count(files.at(4)) == 1);

    // A file that has gone is forgotten.
    REQUIRE(QFile::remove(files.at(9)));
    CHECK_FALSE(RecentFiles::list().contains(files.at(9)));
    CHECK(RecentFiles::list().size() == 7);

    RecentFiles::clear();
    CHECK(RecentFiles::list().isEmpty());
}

TEST_CASE("recent files are stored as absolute paths", "[ui][settings]")
{
    test::IsolatedSettings settings;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("office.parcours"));
    test::writeBytes(path, "x");
    RecentFiles::add(
        QDir(dir.path()).relativeFilePath(path).prepend(dir.path() + QStringLiteral("/./")));
    CHECK(RecentFiles::list() == QStringList{path});
}
