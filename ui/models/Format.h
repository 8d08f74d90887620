// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Codes.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>
#include <optional>

// How the tables show values: codes by their translated label, dates in the locale's short form.
namespace parcours::ui::format {

template <class E> QString label(E value)
{
    return QCoreApplication::translate("Codes", labelOf(value));
}

template <class E> QString label(const std::optional<E>& value)
{
    return value ? label(*value) : QString();
}

inline QString shortDate(const QDate& date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

} // namespace parcours::ui::format
