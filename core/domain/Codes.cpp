// SPDX-License-Identifier: GPL-3.0-or-later
#include "Codes.h"

namespace parcours::codes {

QString fold(QStringView text)
{
    // Decompose so that accents become separate combining marks, then drop them.
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isSpace() || c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('.')
            || c == QChar(0x00B7) || c == QChar(0x2027) || c == QChar(0x2019)
            || c == QLatin1Char('\'') || c == QLatin1Char('(') || c == QLatin1Char(')')) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out += QLatin1Char(' ');
            pendingSpace = false;
        }
        out += c.toCaseFolded();
    }
    return out;
}

int lookup(QStringView text, const CodeInfo* table, int size)
{
    const QString key = fold(text);
    if (key.isEmpty())
        return -1;
    for (int i = 0; i < size; ++i) {
        if (key == fold(QString::fromLatin1(table[i].code))
            || key == fold(QString::fromUtf8(table[i].label)))
            return i;
    }
    for (int i = 0; i < size; ++i) {
        const QStringList aliases = QString::fromUtf8(table[i].aliases).split(QLatin1Char('|'), Qt::SkipEmptyParts);
        for (const QString& alias : aliases)
            if (key == fold(alias))
                return i;
    }
    return -1;
}

} // namespace parcours::codes
