// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportSettings.h"

#include "core/storage/SettingRepository.h"
#include "core/storage/Transaction.h"

namespace parcours {

const QString ReportSettings::kOrganisationNameKey = QStringLiteral("organisation_name");
const QString ReportSettings::kOrganisationLogoKey = QStringLiteral("organisation_logo");
const QString ReportSettings::kSmallCountThresholdKey =
    QStringLiteral("report_small_count_threshold");

Result<int> ReportSettings::smallCountThreshold() const
{
    auto stored = SettingRepository(m_db).value(kSmallCountThresholdKey);
    if (!stored)
        return fail(stored.error());
    bool ok = false;
    const int value = stored->value_or(QString()).trimmed().toInt(&ok);
    if (!ok || value < kMinSmallCountThreshold || value > kMaxSmallCountThreshold)
        return kDefaultSmallCountThreshold;
    return value;
}

Result<ReportSettings::Values> ReportSettings::read() const
{
    const SettingRepository settings(m_db);
    Values out;
    auto name = settings.value(kOrganisationNameKey);
    if (!name)
        return fail(name.error());
    out.organisationName = name->value_or(QString()).trimmed();
    auto logo = settings.value(kOrganisationLogoKey);
    if (!logo)
        return fail(logo.error());
    out.logo = QByteArray::fromBase64(logo->value_or(QString()).toLatin1());
    auto threshold = smallCountThreshold();
    if (!threshold)
        return fail(threshold.error());
    out.smallCountThreshold = *threshold;
    return out;
}

Result<void> ReportSettings::write(const Values& values)
{
    QList<Problem> problems;
    if (values.smallCountThreshold < kMinSmallCountThreshold ||
        values.smallCountThreshold > kMaxSmallCountThreshold)
        problems << Problem{{}, 0, kSmallCountThresholdKey,
                            QStringLiteral("must be from %1 to %2")
                                .arg(kMinSmallCountThreshold)
                                .arg(kMaxSmallCountThreshold)};
    if (values.logo.size() > kMaxLogoBytes)
        problems << Problem{{}, 0, kOrganisationLogoKey,
                            QStringLiteral("larger than %1 KiB").arg(kMaxLogoBytes / 1024)};
    if (!problems.isEmpty())
        return fail(invalid(problems, QStringLiteral("The report settings are not valid.")));

    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    SettingRepository settings(m_db);
    if (auto ok = settings.setValue(kOrganisationNameKey, values.organisationName.trimmed()); !ok)
        return ok;
    if (auto ok = settings.setValue(kOrganisationLogoKey, QString::fromLatin1(values.logo.toBase64()));
        !ok)
        return ok;
    if (auto ok = settings.setValue(kSmallCountThresholdKey,
                                    QString::number(values.smallCountThreshold));
        !ok)
        return ok;
    return tx.commit();
}

} // namespace parcours
