// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"

#include <QDate>
#include <QTime>

#include <optional>

namespace parcours {

/// Collects the problems of one record, field by field, in the words the import reports.
class Validation
{
public:
    void add(const QString& field, const QString& reason) { m_problems.append({{}, 0, field, reason}); }

    void require(const QString& field, const QString& value);
    /// A ref: required, at most 64 characters, no control character, no `|`.
    void requireRef(const QString& field, const QString& value);
    /// `later` is not before `earlier` (both optional); the problem is reported on `field`.
    void dateOrder(const QString& field, const QDate& earlier, const QDate& later, const QString& earlierField);
    /// `later` is strictly after `earlier`.
    void timeOrder(const QString& field, const QTime& earlier, const QTime& later, const QString& earlierField);
    void range(const QString& field, std::optional<int> value, int min, int max);
    void range(const QString& field, int value, int min, int max) { range(field, std::optional<int>(value), min, max); }
    void rangeReal(const QString& field, double value, double min, double max);
    void email(const QString& field, const QString& value);
    void phone(const QString& field, const QString& value);
    /// Each entry is a two-letter lower-case ISO 639-1 code.
    void languages(const QString& field, const QStringList& codes);

    const QList<Problem>& problems() const { return m_problems; }

private:
    QList<Problem> m_problems;
};

/// True when `text` has the shape of an e-mail address (something@domain.tld).
bool looksLikeEmail(const QString& text);
/// True when `text` has the shape of a phone number (digits, spaces, dots, dashes, +, parentheses; 6 to 20 digits).
bool looksLikePhone(const QString& text);

} // namespace parcours
