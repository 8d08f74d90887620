// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Codes.h"
#include "ui/models/Format.h"

#include <QComboBox>
#include <optional>

// Combo boxes of coded values: each item shows the translated label and holds the code.
namespace parcours::ui::combo {

/// Fills `box` with every value of E; with `none` non-empty, a first item for "no value".
template<class E>
void fill(QComboBox* box, const QString& none = QString())
{
    box->clear();
    if (!none.isEmpty())
        box->addItem(none, QString());
    for (E value : allValues<E>())
        box->addItem(format::label(value), codeOf(value));
}

template<class E>
void select(QComboBox* box, std::optional<E> value)
{
    const int i = box->findData(value ? codeOf(*value) : QString());
    box->setCurrentIndex(i < 0 ? 0 : i);
}

template<class E>
std::optional<E> selected(const QComboBox* box)
{
    return fromCode<E>(box->currentData().toString());
}

} // namespace parcours::ui::combo
