// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatchQt.h"

#include "core/storage/FileLocation.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace parcours;
using Risk = FileLocation::Risk;

TEST_CASE("network file systems are recognised by their statfs magic number", "[storage][location]")
{
    const QString path = QStringLiteral("/mnt/office/parcours.parcours");
    CHECK(FileLocation::classify(path, 0xFF534D42).risk == Risk::NetworkShare);
    CHECK(FileLocation::classify(path, 0xFF534D42).what == QStringLiteral("SMB/CIFS"));
    CHECK(FileLocation::classify(path, 0xFE534D42).risk == Risk::NetworkShare);
    CHECK(FileLocation::classify(path, 0x6969).what == QStringLiteral("NFS"));
    CHECK(FileLocation::classify(path, 0xEF53).risk == Risk::Local);    // ext4
    CHECK(FileLocation::classify(path, 0x01021994).risk == Risk::Local); // tmpfs
    CHECK(FileLocation::classify(QStringLiteral("/run/user/1000/gvfs/smb-share:server=nas,share=data/p.parcours"),
                                 0x65735546)
              .risk
          == Risk::NetworkShare);
}

TEST_CASE("files inside synchronised folders are recognised by the folders above them", "[storage][location]")
{
    auto at = [](const char* path) { return FileLocation::classify(QString::fromUtf8(path), 0xEF53); };
    CHECK(at("/home/marie/Dropbox/asso/office.parcours").risk == Risk::SyncedFolder);
    CHECK(at("/home/marie/Dropbox/asso/office.parcours").what == QStringLiteral("Dropbox"));
    CHECK(at("/home/marie/OneDrive - Association Horizon/office.parcours").what == QStringLiteral("OneDrive"));
    CHECK(at("/home/marie/Nextcloud/office.parcours").risk == Risk::SyncedFolder);
    CHECK(at("/home/marie/Google Drive/My Drive/office.parcours").risk == Risk::SyncedFolder);
    CHECK(at("C:/Users/marie/OneDrive/Documents/office.parcours").risk == Risk::SyncedFolder);
    // A name that only looks like one, and the file's own name, do not count.
    CHECK(at("/home/marie/Documents/office.parcours").risk == Risk::Local);
    CHECK(at("/home/marie/Dropboxes/office.parcours").risk == Risk::Local);
    CHECK(at("/home/marie/Documents/Dropbox.parcours").risk == Risk::Local);
}

TEST_CASE("a real file in a synchronised folder, or reached through a link to one, is flagged", "[storage][location]")
{
    QTemporaryDir tmp;
    const QDir dir(tmp.path());
    REQUIRE(dir.mkpath(QStringLiteral("Nextcloud/bureau")));
    const QString inside = dir.filePath(QStringLiteral("Nextcloud/bureau/office.parcours"));
    QFile file(inside);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.close();
    CHECK(FileLocation::of(inside).risk == Risk::SyncedFolder);

    REQUIRE(QFile::link(dir.filePath(QStringLiteral("Nextcloud/bureau")), dir.filePath(QStringLiteral("raccourci"))));
    CHECK(FileLocation::of(dir.filePath(QStringLiteral("raccourci/office.parcours"))).risk == Risk::SyncedFolder);

    const QString plain = dir.filePath(QStringLiteral("office.parcours"));
    CHECK(FileLocation::of(plain).risk == Risk::Local);
}
