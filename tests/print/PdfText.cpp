// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfText.h"

#include "CatchQt.h"

#include <QProcess>
#include <QStandardPaths>

namespace parcours::test {

QString tool(const QString& name)
{
    const QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        WARN("SKIPPED: " << name.toStdString() << " (poppler-utils) is not installed, the PDF is not read back");
    return path;
}

QString run(const QString& program, const QStringList& arguments)
{
    QProcess p;
    p.start(program, arguments);
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QStringList pagesOf(const QString& pdf)
{
    QStringList pages = run(tool(QStringLiteral("pdftotext")), {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
                            .split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

} // namespace parcours::test
