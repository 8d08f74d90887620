// SPDX-License-Identifier: GPL-3.0-or-later
// The review pack's CSVs on the fixture of ReportFixture.cpp: read back byte for byte with
// CsvReader, expected cells computed by hand from indicators.md and REVIEW_PACK.md's rules.
#include "CatchQt.h"
#include "ReportFixture.h"
#include "TestDatabase.h"

#include "core/exchange/CsvReader.h"
#include "core/indicators/IndicatorInput.h"
#include "core/reports/ReviewPack.h"
#include "core/reports/WorldRegion.h"
#include "core/storage/SettingRepository.h"
#include "core/storage/Transaction.h"

#include <QDir>
#include <QDirIterator>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace parcours;
using namespace parcours::test;

namespace {

const QDate kFrom(2025, 1, 1);
const QDate kTo(2025, 3, 31);

/// A CSV file of the pack as a header and rows of cells by column name.
struct Table
{
    QStringList header;
    QList<QHash<QString, QString>> rows;

    QHash<QString, QString> row(const QString& column, const QString& value) const
    {
        for (const auto& r : rows)
            if (r.value(column) == value)
                return r;
        FAIL("no row with " << column.toStdString() << " = " << value.toStdString());
        return {};
    }
};

Table readTable(const QString& path)
{
    const QByteArray bytes = readBytes(path);
    REQUIRE_FALSE(bytes.isEmpty());
    CHECK_FALSE(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 without BOM
    CHECK_FALSE(bytes.contains('\r'));
    auto doc = CsvReader::parse(bytes);
    REQUIRE(doc.has_value());
    CHECK(doc->separator == QLatin1Char(','));
    REQUIRE_FALSE(doc->records.isEmpty());
    Table t;
    t.header = doc->records.first().cells;
    for (qsizetype i = 1; i < doc->records.size(); ++i) {
        const QStringList& cells = doc->records[i].cells;
        REQUIRE(cells.size() == t.header.size());
        QHash<QString, QString> r;
        for (qsizetype c = 0; c < cells.size(); ++c)
            r.insert(t.header[c], cells[c]);
        t.rows.append(r);
    }
    return t;
}

QStringList common(const QStringList& own)
{
    return QStringList{QStringLiteral("schema_version"), QStringLiteral("partner"), QStringLiteral("period_from"),
                       QStringLiteral("period_to")}
        + own + QStringList{QStringLiteral("suppressed")};
}

// The columns of REVIEW_PACK.md, written out here independently of the code's tables.
QStringList cohortsColumns()
{
    QStringList c = {QStringLiteral("cohort_ref"), QStringLiteral("cohort_name"), QStringLiteral("programme"),
                     QStringLiteral("site"),       QStringLiteral("start_date"),  QStringLiteral("end_date"),
                     QStringLiteral("enrolled"),   QStringLiteral("completed"),   QStringLiteral("withdrawn")};
    for (const char* m : {"fle", "english", "soft_skills", "professional_day", "other"})
        c << QStringLiteral("hours_%1_planned").arg(QLatin1String(m)) << QStringLiteral("hours_%1_delivered").arg(QLatin1String(m));
    c << QStringLiteral("weeks_off_target") << QStringLiteral("attendance_present") << QStringLiteral("attendance_late")
      << QStringLiteral("attendance_excused") << QStringLiteral("attendance_absent") << QStringLiteral("attendance_unmarked")
      << QStringLiteral("attendance_rate") << QStringLiteral("attended_hours_avg") << QStringLiteral("with_mentor")
      << QStringLiteral("with_coach") << QStringLiteral("with_both") << QStringLiteral("mentor_coverage")
      << QStringLiteral("coach_coverage") << QStringLiteral("trio_coverage") << QStringLiteral("volunteers_involved")
      << QStringLiteral("french_assessed") << QStringLiteral("french_levels_gained_avg")
      << QStringLiteral("french_gained_one_level_or_more");
    for (const char* m : {"exit", "m3", "m6", "m12"})
        for (const char* f : {"durable", "transition", "positive", "other", "unknown", "dynamic", "permanent",
                              "dynamic_exit_rate", "permanent_share", "durable_share"})
            c << QStringLiteral("%1_%2").arg(QLatin1String(m), QLatin1String(f));
    return common(c);
}

struct Pack
{
    TestDatabase db;
    QTemporaryDir out;
    QString dir;
    ReviewPackSummary summary;

    Pack()
    {
        importReportFixture(db.db());
        REQUIRE(out.isValid());
        dir = QDir(out.path()).filePath(QStringLiteral("pack"));
        auto written = ReviewPack::write(db.db(), kFrom, kTo, dir);
        REQUIRE(written.has_value());
        summary = *written;
    }
    QString file(const QString& name) const { return QDir(dir).filePath(name); }
};

QStringList entriesOf(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
}

} // namespace

TEST_CASE("the review pack's files parse back with exactly the documented columns", "[reports][pack]")
{
    Pack p;
    CHECK_FALSE(p.summary.cancelled);
    CHECK(p.summary.cohorts == 2);
    CHECK(p.summary.participantRows == 7);
    CHECK(entriesOf(p.dir)
          == QStringList{QStringLiteral("README.txt"), QStringLiteral("attendance.csv"), QStringLiteral("cohorts.csv"),
                         QStringLiteral("outcomes.csv"), QStringLiteral("participants.csv")});
    // Nothing but the pack beside it: the staging folder is gone.
    CHECK(entriesOf(p.out.path()) == QStringList{QStringLiteral("pack")});

    const Table cohorts = readTable(p.file(QStringLiteral("cohorts.csv")));
    CHECK(cohorts.header == cohortsColumns());
    CHECK(cohorts.rows.size() == 2);
    const Table outcomes = readTable(p.file(QStringLiteral("outcomes.csv")));
    CHECK(outcomes.header
          == common({QStringLiteral("cohort_ref"), QStringLiteral("milestone"), QStringLiteral("situation"),
                     QStringLiteral("situation_class"), QStringLiteral("completed"), QStringLiteral("participants")}));
    CHECK(outcomes.rows.size() == 2 * 4 * 12); // cohorts x milestones x situations
    const Table attendance = readTable(p.file(QStringLiteral("attendance.csv")));
    CHECK(attendance.header
          == common({QStringLiteral("cohort_ref"), QStringLiteral("module"), QStringLiteral("hours_planned"),
                     QStringLiteral("hours_delivered"), QStringLiteral("present"), QStringLiteral("late"),
                     QStringLiteral("excused"), QStringLiteral("absent"), QStringLiteral("unmarked"),
                     QStringLiteral("attendance_rate")}));
    CHECK(attendance.rows.size() == 2 * 5);
    const Table participants = readTable(p.file(QStringLiteral("participants.csv")));
    CHECK(participants.header
          == common({QStringLiteral("pseudonym"), QStringLiteral("age_band"), QStringLiteral("gender"),
                     QStringLiteral("region_of_origin"), QStringLiteral("status"), QStringLiteral("enrolment_status"),
                     QStringLiteral("french_level_entry"), QStringLiteral("french_level_exit"),
                     QStringLiteral("attended_hours"), QStringLiteral("situation_exit"), QStringLiteral("situation_m3"),
                     QStringLiteral("situation_m6"), QStringLiteral("situation_m12")}));
    CHECK(participants.rows.size() == 7);

    for (const Table* t : {&cohorts, &outcomes, &attendance, &participants}) {
        for (const auto& r : t->rows) {
            CHECK(r.value(QStringLiteral("schema_version")) == QStringLiteral("1"));
            CHECK(r.value(QStringLiteral("partner")) == QStringLiteral("Association Horizon"));
            CHECK(r.value(QStringLiteral("period_from")) == QStringLiteral("2025-01-01"));
            CHECK(r.value(QStringLiteral("period_to")) == QStringLiteral("2025-03-31"));
        }
    }

    // README.txt names every column of every file, and REVIEW_PACK.md documents each of them.
    const QString readme = QString::fromUtf8(readBytes(p.file(QStringLiteral("README.txt"))));
    const QString doc = QString::fromUtf8(
        readBytes(QStringLiteral(PARCOURS_TEST_DATA_DIR "/../../core/reports/REVIEW_PACK.md")));
    REQUIRE_FALSE(doc.isEmpty());
    for (const Table* t : {&cohorts, &outcomes, &attendance, &participants})
        for (const QString& column : t->header) {
            INFO(column.toStdString());
            CHECK(readme.contains(column));
            CHECK(doc.contains(QLatin1Char('`') + column + QLatin1Char('`')));
        }
}

TEST_CASE("the review pack's cohort figures, computed by hand, small counts suppressed", "[reports][pack]")
{
    Pack p;
    const Table cohorts = readTable(p.file(QStringLiteral("cohorts.csv")));
    CHECK(cohorts.rows[0].value(QStringLiteral("cohort_ref")) == QStringLiteral("A-2025")); // start-date order
    const auto a = cohorts.row(QStringLiteral("cohort_ref"), QStringLiteral("A-2025"));
    CHECK(a.value(QStringLiteral("cohort_name")) == QStringLiteral("Alpha janvier"));
    CHECK(a.value(QStringLiteral("site")) == QStringLiteral("Maison Horizon"));
    CHECK(a.value(QStringLiteral("end_date")) == QStringLiteral("2025-01-17"));
    CHECK(a.value(QStringLiteral("enrolled")) == QStringLiteral("4"));
    CHECK(a.value(QStringLiteral("completed")) == QStringLiteral("3"));
    // withdrawn 1 < 3: empty, listed.
    CHECK(a.value(QStringLiteral("withdrawn")).isEmpty());
    CHECK(a.value(QStringLiteral("hours_fle_planned")) == QStringLiteral("9"));
    CHECK(a.value(QStringLiteral("hours_fle_delivered")) == QStringLiteral("6"));
    CHECK(a.value(QStringLiteral("hours_soft_skills_planned")) == QStringLiteral("0"));
    // Marks are participant-sessions, never suppressed: present 6, late 2, excused 1, absent 1.
    CHECK(a.value(QStringLiteral("attendance_present")) == QStringLiteral("6"));
    CHECK(a.value(QStringLiteral("attendance_excused")) == QStringLiteral("1"));
    CHECK(a.value(QStringLiteral("attendance_unmarked")) == QStringLiteral("1"));
    CHECK(a.value(QStringLiteral("attendance_rate")) == QStringLiteral("0.8")); // 8 / 10
    CHECK(a.value(QStringLiteral("attended_hours_avg")) == QStringLiteral("4.88")); // 19.5 / 4 = 4.875
    // with_mentor 1, with_coach 2, with_both 1: suppressed, and so are the coverages.
    for (const char* c : {"with_mentor", "with_coach", "with_both", "mentor_coverage", "coach_coverage", "trio_coverage"})
        CHECK(a.value(QLatin1String(c)).isEmpty());
    CHECK(a.value(QStringLiteral("volunteers_involved")) == QStringLiteral("3"));
    CHECK(a.value(QStringLiteral("french_assessed")) == QStringLiteral("3"));
    CHECK(a.value(QStringLiteral("french_levels_gained_avg")) == QStringLiteral("1")); // 3 / 3
    CHECK(a.value(QStringLiteral("french_gained_one_level_or_more")).isEmpty()); // 2
    // exit: positive 1, unknown 2, dynamic 1: suppressed with the three rates; zeros shown.
    CHECK(a.value(QStringLiteral("exit_positive")).isEmpty());
    CHECK(a.value(QStringLiteral("exit_unknown")).isEmpty());
    CHECK(a.value(QStringLiteral("exit_dynamic_exit_rate")).isEmpty());
    CHECK(a.value(QStringLiteral("exit_durable")) == QStringLiteral("0"));
    // m3: 3 unknown, nothing dynamic: 0 / 3 = 0; shares have no denominator (empty, not listed).
    CHECK(a.value(QStringLiteral("m3_unknown")) == QStringLiteral("3"));
    CHECK(a.value(QStringLiteral("m3_dynamic_exit_rate")) == QStringLiteral("0"));
    CHECK(a.value(QStringLiteral("m3_permanent_share")).isEmpty());
    const QStringList listed = a.value(QStringLiteral("suppressed")).split(QLatin1Char('|'));
    CHECK(listed.contains(QStringLiteral("withdrawn")));
    CHECK(listed.contains(QStringLiteral("trio_coverage")));
    CHECK(listed.contains(QStringLiteral("m6_durable_share")));
    CHECK_FALSE(listed.contains(QStringLiteral("m3_permanent_share")));
    CHECK_FALSE(listed.contains(QStringLiteral("enrolled")));

    const auto b = cohorts.row(QStringLiteral("cohort_ref"), QStringLiteral("B-2025"));
    // B: m6 cdi x3: durable 3, permanent 3, dynamic 3, rate 3 / 3 = 1, shares 1.
    CHECK(b.value(QStringLiteral("m6_durable")) == QStringLiteral("3"));
    CHECK(b.value(QStringLiteral("m6_permanent")) == QStringLiteral("3"));
    CHECK(b.value(QStringLiteral("m6_dynamic_exit_rate")) == QStringLiteral("1"));
    CHECK(b.value(QStringLiteral("m6_permanent_share")) == QStringLiteral("1"));
    CHECK(b.value(QStringLiteral("attended_hours_avg")) == QStringLiteral("3.67")); // 11 / 3
    CHECK(b.value(QStringLiteral("attendance_rate")) == QStringLiteral("0.8"));      // 4 / 5
    CHECK(b.value(QStringLiteral("volunteers_involved")) == QStringLiteral("0"));   // 0 is shown
    // french_assessed 1 (P5): suppressed with the average.
    CHECK(b.value(QStringLiteral("french_assessed")).isEmpty());
    CHECK(b.value(QStringLiteral("french_levels_gained_avg")).isEmpty());
    CHECK(p.summary.suppressedCells > 0);
}

TEST_CASE("outcomes by situation and attendance by module", "[reports][pack]")
{
    Pack p;
    const Table outcomes = readTable(p.file(QStringLiteral("outcomes.csv")));
    const auto find = [&](const char* cohort, const char* milestone, const char* situation) {
        for (const auto& r : outcomes.rows)
            if (r.value(QStringLiteral("cohort_ref")) == QLatin1String(cohort)
                && r.value(QStringLiteral("milestone")) == QLatin1String(milestone)
                && r.value(QStringLiteral("situation")) == QLatin1String(situation))
                return r;
        FAIL("no row");
        return QHash<QString, QString>();
    };
    // B at m6: 3 cdi of 3 completed.
    const auto cdi = find("B-2025", "m6", "cdi");
    CHECK(cdi.value(QStringLiteral("participants")) == QStringLiteral("3"));
    CHECK(cdi.value(QStringLiteral("completed")) == QStringLiteral("3"));
    CHECK(cdi.value(QStringLiteral("situation_class")) == QStringLiteral("durable"));
    CHECK(find("B-2025", "exit", "unknown").value(QStringLiteral("participants")) == QStringLiteral("3"));
    // A at m6: P1 cdi (1, suppressed), P2 job_seeking (1), P4 nothing (unknown, 1).
    const auto aCdi = find("A-2025", "m6", "cdi");
    CHECK(aCdi.value(QStringLiteral("participants")).isEmpty());
    CHECK(aCdi.value(QStringLiteral("suppressed")) == QStringLiteral("participants"));
    CHECK(find("A-2025", "m6", "job_seeking").value(QStringLiteral("situation_class")) == QStringLiteral("other"));
    CHECK(find("A-2025", "m3", "unknown").value(QStringLiteral("participants")) == QStringLiteral("3"));
    CHECK(find("A-2025", "m3", "cdi").value(QStringLiteral("participants")) == QStringLiteral("0"));

    const Table attendance = readTable(p.file(QStringLiteral("attendance.csv")));
    const auto module = [&](const char* cohort, const char* m) {
        for (const auto& r : attendance.rows)
            if (r.value(QStringLiteral("cohort_ref")) == QLatin1String(cohort)
                && r.value(QStringLiteral("module")) == QLatin1String(m))
                return r;
        FAIL("no row");
        return QHash<QString, QString>();
    };
    // A FLE: A1 (P1 P2 present, P3 late, P4 absent) and A2 (P1 P3 present, P2 excused, P4
    // unmarked): present 4, late 1, excused 1, absent 1, unmarked 1; (4 + 1) / 7 = 0.7143.
    const auto fle = module("A-2025", "fle");
    CHECK(fle.value(QStringLiteral("present")) == QStringLiteral("4"));
    CHECK(fle.value(QStringLiteral("late")) == QStringLiteral("1"));
    CHECK(fle.value(QStringLiteral("unmarked")) == QStringLiteral("1"));
    CHECK(fle.value(QStringLiteral("attendance_rate")) == QStringLiteral("0.7143"));
    CHECK(fle.value(QStringLiteral("hours_planned")) == QStringLiteral("9"));
    // A English (A3): P2 P4 present, P1 late: 3 / 3.
    CHECK(module("A-2025", "english").value(QStringLiteral("attendance_rate")) == QStringLiteral("1"));
    CHECK(module("A-2025", "other").value(QStringLiteral("attendance_rate")).isEmpty()); // no marks
}

TEST_CASE("participants are pseudonymised and rare combinations give up attributes", "[reports][pack]")
{
    Pack p;
    const Table t = readTable(p.file(QStringLiteral("participants.csv")));
    QStringList pseudonyms;
    for (const auto& r : t.rows)
        pseudonyms << r.value(QStringLiteral("pseudonym"));
    QStringList sorted = pseudonyms;
    sorted.sort();
    CHECK(pseudonyms == sorted); // rows in pseudonym order, not in ref or cohort order
    for (const QString& s : pseudonyms)
        CHECK(QRegularExpression(QStringLiteral("^P-[0-9a-f]{12}$")).match(s).hasMatch());

    // Combinations (age band on the cohort's first day, gender, region, status):
    //   P1 (34), P2 (32), P4 (29): 26_35 m central_southern_asia refugee: three, kept whole.
    //   P3 (36), P7 (39): 36_45 m central_southern_asia refugee: two -> give up region; still
    //   two -> age band; (*, m, *, refugee) still P3 P7 -> status; (*, m, *, *) now P3 P6 P7.
    //   P6 (31, SY, subsidiary_protection): alone -> region, age band, status, as P3 P7.
    //   P5 (24, f, ER): alone at every step -> gives up all four.
    int whole = 0;
    int threeGivenUp = 0;
    int allGivenUp = 0;
    for (const auto& r : t.rows) {
        const QString s = r.value(QStringLiteral("suppressed"));
        if (s.isEmpty()) {
            ++whole;
            CHECK(r.value(QStringLiteral("age_band")) == QStringLiteral("26_35"));
            CHECK(r.value(QStringLiteral("region_of_origin")) == QStringLiteral("central_southern_asia"));
            CHECK(r.value(QStringLiteral("gender")) == QStringLiteral("m"));
            CHECK(r.value(QStringLiteral("status")) == QStringLiteral("refugee"));
        } else if (s == QStringLiteral("age_band|region_of_origin|status")) {
            ++threeGivenUp;
            CHECK(r.value(QStringLiteral("gender")) == QStringLiteral("m"));
            CHECK(r.value(QStringLiteral("age_band")).isEmpty());
            CHECK(r.value(QStringLiteral("status")).isEmpty());
        } else {
            CHECK(s == QStringLiteral("age_band|gender|region_of_origin|status"));
            ++allGivenUp;
            CHECK(r.value(QStringLiteral("gender")).isEmpty());
            CHECK(r.value(QStringLiteral("french_level_exit")) == QStringLiteral("B2")); // P5
            CHECK(r.value(QStringLiteral("situation_m6")) == QStringLiteral("cdi"));
        }
    }
    CHECK(whole == 3);
    CHECK(threeGivenUp == 3);
    CHECK(allGivenUp == 1);

    // P1: 7 attended hours, A1 -> A2, qualifying_training at exit, cdi at m6, nothing at m3.
    bool foundP1 = false;
    for (const auto& r : t.rows) {
        if (r.value(QStringLiteral("situation_exit")) == QStringLiteral("qualifying_training")) {
            foundP1 = true;
            CHECK(r.value(QStringLiteral("attended_hours")) == QStringLiteral("7"));
            CHECK(r.value(QStringLiteral("french_level_entry")) == QStringLiteral("A1"));
            CHECK(r.value(QStringLiteral("french_level_exit")) == QStringLiteral("A2"));
            CHECK(r.value(QStringLiteral("situation_m6")) == QStringLiteral("cdi"));
            CHECK(r.value(QStringLiteral("situation_m3")).isEmpty());
            CHECK(r.value(QStringLiteral("enrolment_status")) == QStringLiteral("completed"));
        }
    }
    CHECK(foundP1);

    // Stable: a second pack of the same file gives the same pseudonyms.
    QTemporaryDir again;
    const QString dir2 = QDir(again.path()).filePath(QStringLiteral("pack"));
    REQUIRE(ReviewPack::write(p.db.db(), kFrom, kTo, dir2).has_value());
    QStringList second;
    for (const auto& r : readTable(QDir(dir2).filePath(QStringLiteral("participants.csv"))).rows)
        second << r.value(QStringLiteral("pseudonym"));
    CHECK(second == pseudonyms);
}

TEST_CASE("the review pack holds none of the personal data of the file", "[reports][pack]")
{
    Pack p;
    QDirIterator it(p.dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        ++files;
        const QByteArray bytes = readBytes(path);
        for (const QString& s : personalStrings()) {
            INFO(path.toStdString() << " holds " << s.toStdString());
            CHECK_FALSE(bytes.contains(s.toUtf8()));
        }
        // The refs of the file are not in it either (refs are often made from names).
        for (const char* ref : {"P1,", "P5,", ",P2", "V1", "K1"}) {
            INFO(path.toStdString() << " holds " << ref);
            CHECK_FALSE(bytes.contains(ref));
        }
    }
    CHECK(files == 5);
}

TEST_CASE("the small-count threshold is a setting", "[reports][pack]")
{
    TestDatabase db;
    importReportFixture(db.db());
    CHECK(*ReviewPack::smallCountThreshold(db.db()) == 3);
    {
        Transaction tx(db.db());
        REQUIRE(tx.begun().has_value());
        REQUIRE(SettingRepository(db.db()).setValue(QStringLiteral("report_small_count_threshold"), QStringLiteral("1")));
        REQUIRE(tx.commit().has_value());
    }
    CHECK(*ReviewPack::smallCountThreshold(db.db()) == 1);
    QTemporaryDir out;
    const QString dir = QDir(out.path()).filePath(QStringLiteral("pack"));
    const auto written = ReviewPack::write(db.db(), kFrom, kTo, dir);
    REQUIRE(written.has_value());
    CHECK(written->suppressedCells == 0);
    const Table cohorts = readTable(QDir(dir).filePath(QStringLiteral("cohorts.csv")));
    CHECK(cohorts.row(QStringLiteral("cohort_ref"), QStringLiteral("A-2025")).value(QStringLiteral("withdrawn"))
          == QStringLiteral("1"));
    // 1 / 4 = 0.25
    CHECK(cohorts.row(QStringLiteral("cohort_ref"), QStringLiteral("A-2025")).value(QStringLiteral("mentor_coverage"))
          == QStringLiteral("0.25"));
    CHECK(QString::fromUtf8(readBytes(QDir(dir).filePath(QStringLiteral("README.txt")))).contains(QStringLiteral("threshold is 1")));
    {
        Transaction tx(db.db());
        REQUIRE(tx.begun().has_value());
        REQUIRE(SettingRepository(db.db()).setValue(QStringLiteral("report_small_count_threshold"), QStringLiteral("lots")));
        REQUIRE(tx.commit().has_value());
    }
    CHECK(*ReviewPack::smallCountThreshold(db.db()) == 3);
    {
        Transaction tx(db.db());
        REQUIRE(tx.begun().has_value());
        REQUIRE(SettingRepository(db.db()).setValue(QStringLiteral("report_small_count_threshold"), QStringLiteral("5")));
        REQUIRE(tx.commit().has_value());
    }
    CHECK(*ReviewPack::smallCountThreshold(db.db()) == 5);
    {
        Transaction tx(db.db());
        REQUIRE(tx.begun().has_value());
        REQUIRE(SettingRepository(db.db()).setValue(QStringLiteral("report_small_count_threshold"), QStringLiteral("60")));
        REQUIRE(tx.commit().has_value());
    }
    CHECK(*ReviewPack::smallCountThreshold(db.db()) == 3); // ReportSettings allows 1 to 50
}

TEST_CASE("a cancelled or failed pack leaves nothing; a folder that is not empty is refused", "[reports][pack]")
{
    TestDatabase db;
    importReportFixture(db.db());
    QTemporaryDir out;
    REQUIRE(out.isValid());
    const QString dir = QDir(out.path()).filePath(QStringLiteral("pack"));

    SECTION("cancelled at each step")
    {
        int total = 0;
        REQUIRE(ReviewPack::write(db.db(), kFrom, kTo, QDir(out.path()).filePath(QStringLiteral("probe")),
                                  [&](int, int t) { total = t; return true; })
                    .has_value());
        REQUIRE(QDir(QDir(out.path()).filePath(QStringLiteral("probe"))).removeRecursively());
        REQUIRE(total > 0);
        // The callback sees done = 0 .. total; it says stop once done reaches `stop`.
        for (int stop = 0; stop <= total + 1; ++stop) {
            INFO("cancelled at step " << stop);
            int calls = 0;
            const auto r = ReviewPack::write(db.db(), kFrom, kTo, dir, [&](int done, int) {
                ++calls;
                return done < stop;
            });
            REQUIRE(r.has_value());
            CHECK(calls == std::min(stop, total) + 1);
            if (stop > total) {
                CHECK_FALSE(r->cancelled);
                REQUIRE(QDir(dir).removeRecursively());
            } else {
                CHECK(r->cancelled);
            }
            CHECK(entriesOf(out.path()).isEmpty());
        }
    }
    SECTION("an empty folder takes the pack; cancelled, it stays empty")
    {
        REQUIRE(QDir().mkdir(dir));
        const auto cancelled = ReviewPack::write(db.db(), kFrom, kTo, dir, [](int done, int) { return done < 5; });
        REQUIRE(cancelled.has_value());
        CHECK(cancelled->cancelled);
        CHECK(entriesOf(out.path()) == QStringList{QStringLiteral("pack")});
        CHECK(entriesOf(dir).isEmpty());
        const auto r = ReviewPack::write(db.db(), kFrom, kTo, dir);
        REQUIRE(r.has_value());
        CHECK(entriesOf(dir).size() == 5);
    }
    SECTION("a folder with a file in it is refused and left alone")
    {
        REQUIRE(QDir().mkdir(dir));
        writeBytes(QDir(dir).filePath(QStringLiteral("notes.txt")), "mine");
        const auto r = ReviewPack::write(db.db(), kFrom, kTo, dir);
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().code == ErrorCode::Exists);
        CHECK(entriesOf(dir) == QStringList{QStringLiteral("notes.txt")});
        CHECK(readBytes(QDir(dir).filePath(QStringLiteral("notes.txt"))) == "mine");
    }
    SECTION("extra files that fail take the whole pack with them")
    {
        const auto r = ReviewPack::write(db.db(), kFrom, kTo, dir, {}, [](const QString& staging, const IndicatorInput&) -> Result<void> {
            writeBytes(QDir(staging).filePath(QStringLiteral("summary.pdf")), "half");
            return fail(ErrorCode::Io, QStringLiteral("disk full"));
        });
        REQUIRE_FALSE(r.has_value());
        CHECK(entriesOf(out.path()).isEmpty());
    }
    SECTION("extra files join the pack")
    {
        // They are handed the rows the pack was computed from (read once): the period's
        // cohorts, marks counted.
        qsizetype handed = -1;
        bool counted = false;
        const auto r = ReviewPack::write(db.db(), kFrom, kTo, dir, {},
                                         [&](const QString& staging, const IndicatorInput& input) -> Result<void> {
                                             handed = input.cohorts.size();
                                             counted = input.marksCounted;
                                             writeBytes(QDir(staging).filePath(QStringLiteral("summary.pdf")), "%PDF");
                                             return {};
                                         });
        REQUIRE(r.has_value());
        CHECK(r->cohorts > 0);
        CHECK(handed == r->cohorts);
        CHECK(counted);
        CHECK(r->files.last() == QStringLiteral("summary.pdf"));
        CHECK(readBytes(QDir(dir).filePath(QStringLiteral("summary.pdf"))) == "%PDF");
    }
}

TEST_CASE("world regions and age bands", "[reports][pack]")
{
    CHECK(WorldRegion::ofCountry(QStringLiteral("AF")) == QStringLiteral("central_southern_asia"));
    CHECK(WorldRegion::ofCountry(QStringLiteral("sy")) == QStringLiteral("northern_africa_western_asia"));
    CHECK(WorldRegion::ofCountry(QStringLiteral("SD")) == QStringLiteral("northern_africa_western_asia"));
    CHECK(WorldRegion::ofCountry(QStringLiteral("ER")) == QStringLiteral("sub_saharan_africa"));
    CHECK(WorldRegion::ofCountry(QStringLiteral("UA")) == QStringLiteral("europe_northern_america"));
    CHECK(WorldRegion::ofCountry(QStringLiteral("VE")) == QStringLiteral("latin_america_caribbean"));
    CHECK(WorldRegion::ofCountry(QStringLiteral("MM")) == QStringLiteral("eastern_southeastern_asia"));
    CHECK(WorldRegion::ofCountry(QStringLiteral("FJ")) == QStringLiteral("oceania"));
    CHECK(WorldRegion::ofCountry(QStringLiteral("ZZ")).isEmpty());
    CHECK(WorldRegion::ofCountry(QString()).isEmpty());
    const QDate on(2025, 1, 6);
    CHECK(WorldRegion::ageBand(QDate(1999, 1, 7), on) == QStringLiteral("under_26")); // 25 the day before 26
    CHECK(WorldRegion::ageBand(QDate(1999, 1, 6), on) == QStringLiteral("26_35"));
    CHECK(WorldRegion::ageBand(QDate(1989, 1, 6), on) == QStringLiteral("36_45"));   // 36
    CHECK(WorldRegion::ageBand(QDate(1979, 1, 7), on) == QStringLiteral("36_45"));   // 45
    CHECK(WorldRegion::ageBand(QDate(1979, 1, 6), on) == QStringLiteral("46_plus")); // 46
    CHECK(WorldRegion::ageBand(QDate(), on).isEmpty());
}
