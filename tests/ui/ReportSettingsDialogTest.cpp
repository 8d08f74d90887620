// SPDX-License-Identifier: GPL-3.0-or-later
// The Report settings dialog on a real file: it shows the stored settings (defaults when none),
// writes what was changed, and refuses a logo that is not a PNG or JPEG image or is too large
// with a message naming the file, the stored logo unchanged.
#include "CatchQt.h"
#include "TestDatabase.h"
#include "UiTestSupport.h"

#include "core/services/ReportSettings.h"
#include "core/storage/SettingRepository.h"
#include "ui/Document.h"
#include "ui/dialogs/ReportSettingsDialog.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

using namespace parcours;
using namespace parcours::ui;
using namespace parcours::test;

namespace {

const QLocale kEnglish(QLocale::English, QLocale::UnitedKingdom);

QString stored(Database& db, const QString& key)
{
    auto v = SettingRepository(db).value(key);
    REQUIRE(v);
    return v->value_or(QStringLiteral("<unset>"));
}

/// A small PNG: 40x20, blue.
QByteArray pngBytes()
{
    QImage image(40, 20, QImage::Format_RGB32);
    image.fill(QColor(0x20, 0x40, 0xa0));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(image.save(&buffer, "PNG"));
    return bytes;
}

struct Office
{
    Office()
    {
        file.close();
        auto db = Database::open(file.path());
        REQUIRE(db);
        document = std::make_unique<Document>(std::move(*db));
    }
    Database& db() { return document->database(); }
    TestDatabase file;
    std::unique_ptr<Document> document;
};

} // namespace

TEST_CASE("report settings: defaults shown, changes written to the file", "[reports][settings]")
{
    ScopedLanguage english{kEnglish};
    Office o;
    const QString logoPath = o.file.dir() + QStringLiteral("/logo.png");
    const QByteArray logo = pngBytes();
    writeBytes(logoPath, logo);
    {
        ReportSettingsDialog dialog(*o.document);
        CHECK(dialog.organisationField()->text().isEmpty());
        CHECK(dialog.smallCountBox()->value() == 3);
        CHECK(dialog.attendanceThresholdBox()->value() == 80); // AttendanceAlerts' default
        CHECK(dialog.followUpWeeksBox()->value() == 3);        // PairingService::kDefaultFollowUpWeeks
        CHECK(dialog.logoPreview()->text() == QStringLiteral("No logo"));

        dialog.organisationField()->setText(QStringLiteral("  Association Horizon Emploi "));
        REQUIRE(dialog.chooseLogoFile(logoPath));
        CHECK(dialog.problem().isEmpty());
        CHECK_FALSE(dialog.logoPreview()->pixmap().isNull());
        dialog.smallCountBox()->setValue(5);
        dialog.attendanceThresholdBox()->setValue(70);
        dialog.followUpWeeksBox()->setValue(6);
        REQUIRE(dialog.save());
    }
    CHECK(stored(o.db(), QStringLiteral("organisation_name")) == QStringLiteral("Association Horizon Emploi"));
    CHECK(QByteArray::fromBase64(stored(o.db(), QStringLiteral("organisation_logo")).toLatin1()) == logo);
    CHECK(stored(o.db(), QStringLiteral("report_small_count_threshold")) == QStringLiteral("5"));
    CHECK(stored(o.db(), QStringLiteral("attendance_alert_threshold")) == QStringLiteral("70"));
    CHECK(stored(o.db(), QStringLiteral("checkin_follow_up_weeks")) == QStringLiteral("6"));

    // Opened again: what was saved; the logo removed and saved leaves none.
    ReportSettingsDialog again(*o.document);
    CHECK(again.organisationField()->text() == QStringLiteral("Association Horizon Emploi"));
    CHECK(again.logoBytes() == logo);
    CHECK(again.smallCountBox()->value() == 5);
    CHECK(again.attendanceThresholdBox()->value() == 70);
    CHECK(again.followUpWeeksBox()->value() == 6);
    again.removeLogo();
    CHECK(again.logoPreview()->text() == QStringLiteral("No logo"));
    REQUIRE(again.save());
    CHECK(stored(o.db(), QStringLiteral("organisation_logo")) == QStringLiteral("<unset>"));
    auto read = ReportSettings(o.db()).read();
    REQUIRE(read);
    CHECK(read->logo.isEmpty());
}

TEST_CASE("report settings: a logo that is not an image or too large is refused, nothing changed",
          "[reports][settings]")
{
    ScopedLanguage english{kEnglish};
    Office o;
    const QByteArray logo = pngBytes();
    const QString good = o.file.dir() + QStringLiteral("/logo.png");
    writeBytes(good, logo);
    {
        ReportSettingsDialog dialog(*o.document);
        REQUIRE(dialog.chooseLogoFile(good));
        REQUIRE(dialog.save());
    }
    const QString before = stored(o.db(), QStringLiteral("organisation_logo"));

    ReportSettingsDialog dialog(*o.document);
    // A text file named like an image.
    const QString text = o.file.dir() + QStringLiteral("/notes.png");
    writeBytes(text, "Ceci n'est pas une image.\n");
    CHECK_FALSE(dialog.chooseLogoFile(text));
    CHECK(dialog.problem() == QStringLiteral("%1 cannot be used as the logo: it is not a PNG or JPEG image.")
                                  .arg(QDir::toNativeSeparators(text)));
    CHECK(dialog.logoBytes() == logo);

    // A valid PNG header followed by 600 KiB: too large, whatever it holds.
    const QString huge = o.file.dir() + QStringLiteral("/huge.png");
    writeBytes(huge, logo + QByteArray(600 * 1024, '\0'));
    CHECK_FALSE(dialog.chooseLogoFile(huge));
    CHECK(dialog.problem().startsWith(QDir::toNativeSeparators(huge) + QStringLiteral(" cannot be used as the logo: it is 6")));
    CHECK(dialog.problem().contains(QStringLiteral("larger than the 512 KiB allowed")));
    CHECK(dialog.logoBytes() == logo);

    // A file that is not there.
    CHECK_FALSE(dialog.chooseLogoFile(o.file.dir() + QStringLiteral("/absent.png")));
    CHECK(dialog.problem().contains(QStringLiteral("cannot be read")));
    CHECK(dialog.logoBytes() == logo);

    REQUIRE(dialog.save());
    CHECK(stored(o.db(), QStringLiteral("organisation_logo")) == before);
}

TEST_CASE("report settings: the core refuses a threshold out of range and writes nothing",
          "[reports][settings]")
{
    Office o;
    ReportSettings settings(o.db());
    ReportSettings::Values values;
    values.organisationName = QStringLiteral("Horizon");
    values.smallCountThreshold = 0;
    auto refused = settings.write(values);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Invalid);
    values.smallCountThreshold = 3;
    values.logo = QByteArray(ReportSettings::kMaxLogoBytes + 1, 'x');
    REQUIRE_FALSE(settings.write(values));
    CHECK(stored(o.db(), QStringLiteral("organisation_name")) == QStringLiteral("<unset>"));
    auto threshold = settings.smallCountThreshold();
    REQUIRE(threshold);
    CHECK(*threshold == 3);
}
