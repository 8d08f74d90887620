// SPDX-License-Identifier: GPL-3.0-or-later
#include "Codes.h"

#include <algorithm>
#include <array>

namespace parcours::codes {

namespace {

bool isFoldSeparator(QChar c)
{
    return c.isSpace() || c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('.')
        || c == QChar(0x00B7) || c == QChar(0x2027) || c == QChar(0x2019) || c == QLatin1Char('\'')
        || c == QLatin1Char('(') || c == QLatin1Char(')');
}

QString foldAnyText(QStringView text)
{
    // Decompose so that accents become separate combining marks, then drop them.
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (isFoldSeparator(c)) {
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

/// What foldAnyText makes of each Latin-1 character, worked out once from it: the characters
/// it becomes (at most 3: "¼" is "1⁄4"), and whether it is a separator. A text of Latin-1
/// characters only (names, French words, dates, e-mails) then folds character by character,
/// with the same result (decomposing a text decomposes each character; the marks, reordered
/// among themselves, are dropped anyway).
struct Latin1Fold
{
    static constexpr int kWidth = 4;
    std::array<char16_t, 256 * kWidth> chars{};
    std::array<quint8, 256> size{};
    std::array<bool, 256> separator{};
};

const Latin1Fold& latin1Fold()
{
    static const Latin1Fold table = [] {
        Latin1Fold t;
        for (int i = 0; i < 256; ++i) {
            int n = 0;
            for (const QChar c : QString(QChar(i)).normalized(QString::NormalizationForm_KD)) {
                if (c.category() == QChar::Mark_NonSpacing)
                    continue;
                if (isFoldSeparator(c)) {
                    t.separator[i] = true;
                    continue;
                }
                if (n < Latin1Fold::kWidth)
                    t.chars[i * Latin1Fold::kWidth + n++] = c.toCaseFolded().unicode();
            }
            t.size[i] = quint8(n);
        }
        return t;
    }();
    return table;
}

} // namespace

QString fold(QStringView text)
{
    for (const QChar c : text)
        if (c.unicode() > 0xFF)
            return foldAnyText(text);
    // A list of 100,000 rows folds its search texts this way, several times faster.
    const Latin1Fold& t = latin1Fold();
    QString out(text.size() * Latin1Fold::kWidth, Qt::Uninitialized);
    char16_t* const begin = reinterpret_cast<char16_t*>(out.data());
    char16_t* o = begin;
    bool pendingSpace = false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (t.separator[u])
            pendingSpace = o != begin;
        for (int k = 0; k < t.size[u]; ++k) {
            if (pendingSpace) {
                *o++ = u' ';
                pendingSpace = false;
            }
            *o++ = t.chars[u * Latin1Fold::kWidth + k];
        }
    }
    out.truncate(o - begin);
    return out;
}

void foldAppend(QStringView text, QString& out, qsizetype from)
{
    FoldWriter(out, from).add(text);
}

FoldWriter::FoldWriter(QString& out, qsizetype from)
    : m_out(out), m_from(from < 0 ? out.size() : from), m_end(out.size())
{
}

char16_t* FoldWriter::room(qsizetype most)
{
    // The buffer's size runs ahead of what is written, up to its capacity: one resize now and
    // then rather than two per piece; finish() cuts it back.
    if (m_out.size() < m_end + most)
        m_out.resize(std::max(m_end + most, m_out.capacity()));
    return reinterpret_cast<char16_t*>(m_out.data());
}

void FoldWriter::add(QStringView piece)
{
    // A piece after others of the same text: as if a separator came between them.
    bool pendingSpace = m_end > m_from;
    // A Latin-1 character folds to at most 3 characters, a space before them included: 4.
    char16_t* const begin = room(piece.size() * Latin1Fold::kWidth + 1);
    char16_t* o = begin + m_end;
    const Latin1Fold& t = latin1Fold();
    for (const QChar c : piece) {
        const char16_t u = c.unicode();
        if (u > 0xFF) { // not Latin-1: the whole piece the long way
            const QString folded = foldAnyText(piece);
            if (folded.isEmpty())
                return;
            o = room(folded.size() + 1) + m_end;
            if (m_end > m_from)
                *o++ = u' ';
            std::copy(folded.cbegin(), folded.cend(), reinterpret_cast<QChar*>(o));
            m_end = o + folded.size() - reinterpret_cast<char16_t*>(m_out.data());
            return;
        }
        if (t.separator[u])
            pendingSpace = o != begin + m_from;
        for (int k = 0; k < t.size[u]; ++k) {
            if (pendingSpace) {
                *o++ = u' ';
                pendingSpace = false;
            }
            *o++ = t.chars[u * Latin1Fold::kWidth + k];
        }
    }
    m_end = o - begin;
}

void FoldWriter::finish()
{
    if (m_out.size() != m_end)
        m_out.resize(m_end);
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
