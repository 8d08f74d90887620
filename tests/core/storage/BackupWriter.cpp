// SPDX-License-Identifier: GPL-3.0-or-later
// A second process for BackupTest: writes sites into a Parcours file, ten per transaction, so
// that a consistent copy always holds a multiple of ten. Plain sqlite3, no Qt.
//
//   storage_backup_writer FILE MAX_TRANSACTIONS MAX_MILLISECONDS
//
// Prints "ready" after the first commit and "done N" (transactions committed) at the end.
#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

bool run(sqlite3* db, const char* sql)
{
    char* error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        std::fprintf(stderr, "%s: %s\n", sql, error ? error : "?");
        sqlite3_free(error);
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: %s FILE MAX_TRANSACTIONS MAX_MILLISECONDS\n", argv[0]);
        return 2;
    }
    const long maxTransactions = std::atol(argv[2]);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(std::atol(argv[3]));

    sqlite3* db = nullptr;
    if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "cannot open %s\n", argv[1]);
        return 1;
    }
    sqlite3_busy_timeout(db, 10000);
    if (!run(db, "PRAGMA foreign_keys = ON") || !run(db, "PRAGMA synchronous = FULL"))
        return 1;
    sqlite3_stmt* insert = nullptr;
    if (sqlite3_prepare_v2(db, "INSERT INTO site (ref, name) VALUES (?, 'written by the second process')", -1,
                           &insert, nullptr)
        != SQLITE_OK) {
        std::fprintf(stderr, "%s\n", sqlite3_errmsg(db));
        return 1;
    }

    long committed = 0;
    long row = 0;
    while (committed < maxTransactions && std::chrono::steady_clock::now() < deadline) {
        if (!run(db, "BEGIN IMMEDIATE"))
            return 1;
        for (int i = 0; i < 10; ++i) {
            const std::string ref = "W-" + std::to_string(++row);
            sqlite3_bind_text(insert, 1, ref.c_str(), -1, SQLITE_TRANSIENT);
            if (sqlite3_step(insert) != SQLITE_DONE) {
                std::fprintf(stderr, "insert: %s\n", sqlite3_errmsg(db));
                return 1;
            }
            sqlite3_reset(insert);
        }
        if (!run(db, "COMMIT"))
            return 1;
        if (++committed == 1) {
            std::printf("ready\n");
            std::fflush(stdout);
        }
    }
    sqlite3_finalize(insert);
    sqlite3_close(db);
    std::printf("done %ld\n", committed);
    return 0;
}
