// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Lets Catch2 print Qt values in failed assertions.
#include <catch2/catch.hpp>

#include <QDate>
#include <QString>
#include <QStringList>

namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template<>
struct StringMaker<QStringList>
{
    static std::string convert(const QStringList& l)
    {
        return "[" + l.join(QStringLiteral(", ")).toStdString() + "]";
    }
};
template<>
struct StringMaker<QDate>
{
    static std::string convert(const QDate& d) { return d.toString(Qt::ISODate).toStdString(); }
};
template<>
struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray& b) { return '"' + b.toStdString() + '"'; }
};
} // namespace Catch
