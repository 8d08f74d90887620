// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Compares two JSON values value by value (key order does not matter, 21 equals 21.0) and
// names every difference by its path, so that a failing test says which figure is wrong.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QStringList>

namespace parcours::test {

inline QString jsonText(const QJsonValue& v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

inline void jsonDiff(const QJsonValue& expected, const QJsonValue& actual, const QString& path,
                     QStringList& out)
{
    if (expected.isObject() && actual.isObject()) {
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        QStringList keys = e.keys();
        for (const QString& k : a.keys())
            if (!e.contains(k))
                keys << k;
        for (const QString& k : keys) {
            if (!a.contains(k))
                out << path + QLatin1Char('.') + k + QStringLiteral(": missing");
            else if (!e.contains(k))
                out << path + QLatin1Char('.') + k + QStringLiteral(": unexpected");
            else
                jsonDiff(e.value(k), a.value(k), path + QLatin1Char('.') + k, out);
        }
        return;
    }
    if (expected.isArray() && actual.isArray()) {
        const QJsonArray e = expected.toArray();
        const QJsonArray a = actual.toArray();
        if (e.size() != a.size()) {
            out << path + QStringLiteral(": expected ") + jsonText(expected) + QStringLiteral(", got ") + jsonText(actual);
            return;
        }
        for (qsizetype i = 0; i < e.size(); ++i)
            jsonDiff(e.at(i), a.at(i), path + QStringLiteral("[%1]").arg(i), out);
        return;
    }
    if (expected != actual)
        out << path + QStringLiteral(": expected ") + jsonText(expected) + QStringLiteral(", got ") + jsonText(actual);
}

/// Every difference between two documents, as `$.path: expected X, got Y`; empty when equal.
inline QStringList jsonDiff(const QJsonObject& expected, const QJsonObject& actual)
{
    QStringList out;
    jsonDiff(expected, actual, QStringLiteral("$"), out);
    return out;
}

} // namespace parcours::test
