// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportFixture.h"

#include "CatchQt.h"
#include "PdfText.h"

#include "core/exchange/ExchangeImporter.h"
#include "core/storage/SettingRepository.h"
#include "core/storage/Transaction.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>

namespace parcours::test {

ReportFixture::ReportFixture(const QMap<QString, QByteArray>& extra)
{
    const QDir source(testDataPath(QStringLiteral("exchange-mini")));
    const QDir folder(m_db.dir() + QStringLiteral("/folder"));
    REQUIRE(QDir().mkpath(folder.path()));
    for (const QString& name : source.entryList(QDir::Files))
        writeBytes(folder.filePath(name), readBytes(source.filePath(name)) + extra.value(name));
    const auto report = ExchangeImporter(m_db.db()).importDir(folder.path());
    REQUIRE(report.has_value());
    for (const Problem& problem : report->problems)
        UNSCOPED_INFO(problem.toString().toStdString());
    REQUIRE(report->written);
}

void ReportFixture::setSetting(const QString& key, const QString& value)
{
    Transaction t(db());
    REQUIRE(t.begun().has_value());
    REQUIRE(SettingRepository(db()).setValue(key, value).has_value());
    REQUIRE(t.commit().has_value());
}

QString paintedText(const QString& pdf)
{
    QString text = run(tool(QStringLiteral("pdftotext")), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    text.replace(QLatin1Char('\f'), QLatin1Char(' '));
    text.replace(QChar(0x202F), QLatin1Char(' '));
    text.replace(QChar(0x00A0), QLatin1Char(' '));
    return text.simplified();
}

QString logoBase64()
{
    QImage image(240, 120, QImage::Format_ARGB32);
    image.fill(QColor(0x1d, 0x4e, 0x89));
    {
        QPainter p(&image);
        p.fillRect(QRect(30, 50, 180, 20), Qt::white);
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE(image.save(&buffer, "PNG"));
    return QString::fromLatin1(bytes.toBase64());
}

bool hasFrench()
{
    return QFile::exists(QStringLiteral(":/i18n/parcours_fr.qm"));
}

} // namespace parcours::test
