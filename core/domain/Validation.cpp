// SPDX-License-Identifier: GPL-3.0-or-later
#include "Validation.h"

#include <QRegularExpression>

namespace parcours {

void Validation::require(const QString& field, const QString& value)
{
    if (value.trimmed().isEmpty())
        add(field, QStringLiteral("is required"));
}

void Validation::requireRef(const QString& field, const QString& value)
{
    if (value.trimmed().isEmpty()) {
        add(field, QStringLiteral("is required"));
        return;
    }
    if (value.size() > 64)
        add(field, QStringLiteral("is longer than 64 characters"));
    else if (value != value.trimmed())
        add(field, QStringLiteral("starts or ends with a space"));
    for (const QChar c : value) {
        if (c.category() == QChar::Other_Control || c == QLatin1Char('|')) {
            add(field, QStringLiteral("contains a control character or '|'"));
            break;
        }
    }
}

void Validation::dateOrder(const QString& field, const QDate& earlier, const QDate& later,
                           const QString& earlierField)
{
    if (earlier.isValid() && later.isValid() && later < earlier)
        add(field, QStringLiteral("is before %1").arg(earlierField));
}

void Validation::timeOrder(const QString& field, const QTime& earlier, const QTime& later,
                           const QString& earlierField)
{
    if (earlier.isValid() && later.isValid() && later <= earlier)
        add(field, QStringLiteral("is not after %1").arg(earlierField));
}

void Validation::range(const QString& field, std::optional<int> value, int min, int max)
{
    if (value && (*value < min || *value > max))
        add(field, QStringLiteral("must be between %1 and %2").arg(min).arg(max));
}

void Validation::rangeReal(const QString& field, double value, double min, double max)
{
    if (value < min || value > max)
        add(field, QStringLiteral("must be between %1 and %2").arg(min).arg(max));
}

void Validation::email(const QString& field, const QString& value)
{
    if (!value.isEmpty() && !looksLikeEmail(value))
        add(field, QStringLiteral("is not an e-mail address"));
}

void Validation::phone(const QString& field, const QString& value)
{
    if (!value.isEmpty() && !looksLikePhone(value))
        add(field, QStringLiteral("is not a phone number"));
}

void Validation::languages(const QString& field, const QStringList& codes)
{
    static const QRegularExpression iso639(QStringLiteral("^[a-z]{2}$"));
    for (const QString& code : codes) {
        if (!iso639.match(code).hasMatch()) {
            add(field, QStringLiteral("'%1' is not an ISO 639-1 language code").arg(code));
            return;
        }
    }
}

bool looksLikeEmail(const QString& text)
{
    static const QRegularExpression re(QStringLiteral(R"(^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$)"));
    return re.match(text).hasMatch();
}

bool looksLikePhone(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral(R"(^\+?[0-9 .()\-/]+$)"));
    if (!shape.match(text).hasMatch())
        return false;
    int digits = 0;
    for (const QChar c : text)
        digits += c.isDigit() ? 1 : 0;
    return digits >= 6 && digits <= 20;
}

} // namespace parcours
