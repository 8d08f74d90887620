// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// PDFs read back with poppler's tools (pdftotext, pdfinfo), for the tests of printed documents.

#include <QString>
#include <QStringList>

namespace parcours::test {

/// A poppler tool, or an empty string (the test then skips with a warning).
QString tool(const QString& name);

/// The standard output of `program` run with `arguments`, which must succeed.
QString run(const QString& program, const QStringList& arguments);

/// The text of each page, laid out as on the page.
QStringList pagesOf(const QString& pdf);

} // namespace parcours::test
