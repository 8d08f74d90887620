// SPDX-License-Identifier: GPL-3.0-or-later
#include "Error.h"

namespace parcours {

QString Problem::toString() const
{
    QString out;
    if (!file.isEmpty()) {
        out += file;
        if (line > 0)
            out += QLatin1Char(':') + QString::number(line);
        out += QLatin1String(": ");
    }
    if (!field.isEmpty())
        out += field + QLatin1String(": ");
    return out + reason;
}

QString Error::toString() const
{
    QStringList lines;
    if (!detail.isEmpty())
        lines << detail;
    for (const Problem& p : problems)
        lines << p.toString();
    return lines.join(QLatin1Char('\n'));
}

Error invalid(QList<Problem> problems, QString detail)
{
    Error e;
    e.code = ErrorCode::Invalid;
    e.detail = std::move(detail);
    e.problems = std::move(problems);
    return e;
}

} // namespace parcours
