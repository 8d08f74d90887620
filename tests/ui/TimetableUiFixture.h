// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The timetable's office (TimetableFixture.h) opened in a Document, with three sessions in the
// week of Monday 19 May 2025 made through the service:
//   SE-000001  C1  FLE      Mon 19 May 09:00-12:30  F1  LIL-1
//   SE-000002  C1  English  Tue 20 May 14:00-16:00  F2  LIL-1
//   SE-000003  C2  FLE      Mon 19 May 10:00-12:00  F1  LIL-2   (F1 twice: a trainer clash with 1)

#include "TestDatabase.h"
#include "TimetableFixture.h"

#include "core/services/TimetableService.h"
#include "core/storage/SessionRepository.h"
#include "ui/Document.h"

#include <catch2/catch.hpp>

#include <memory>

namespace parcours::test {

inline Session makeSession(const char* cohort, Module module, QDate date, QTime start, QTime end,
                           const char* trainer, const char* room)
{
    Session s;
    s.cohortRef = QString::fromLatin1(cohort);
    s.module = module;
    s.date = date;
    s.start = start;
    s.end = end;
    s.trainerRef = QString::fromLatin1(trainer);
    s.roomRef = QString::fromLatin1(room);
    return s;
}

struct TimetableOffice
{
    TimetableOffice()
    {
        seedOffice(file.db());
        const QDate monday(2025, 5, 19);
        REQUIRE(TimetableService(file.db()).createSessions({
            makeSession("C1", Module::Fle, monday, QTime(9, 0), QTime(12, 30), "F1", "LIL-1"),
            makeSession("C1", Module::English, monday.addDays(1), QTime(14, 0), QTime(16, 0), "F2", "LIL-1"),
            makeSession("C2", Module::Fle, monday, QTime(10, 0), QTime(12, 0), "F1", "LIL-2"),
        }));
        file.close();
        auto db = Database::open(file.path());
        REQUIRE(db);
        document = std::make_unique<ui::Document>(std::move(*db));
    }
    Database& db() { return document->database(); }
    Session stored(int n)
    {
        auto s = SessionRepository(db()).find(sessionRef(n));
        REQUIRE(s);
        REQUIRE(s->has_value());
        return **s;
    }

    TestDatabase file;
    std::unique_ptr<ui::Document> document;
};

} // namespace parcours::test
