// SPDX-License-Identifier: GPL-3.0-or-later
// A second program for WriteLockTest: takes the write lock of FILE, prints "locked", and holds
// it until its standard input closes (or it is killed).
//
//   storage_lock_holder FILE
#include "core/storage/WriteLock.h"

#include <cstdio>

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s FILE\n", argv[0]);
        return 2;
    }
    auto lock = parcours::WriteLock::acquire(QString::fromLocal8Bit(argv[1]), QStringLiteral("lock-holder"));
    if (!lock) {
        std::printf("refused %s\n", qPrintable(lock.error().detail));
        return 1;
    }
    std::printf("locked\n");
    std::fflush(stdout);
    while (std::getchar() != EOF) {
    }
    return 0;
}
