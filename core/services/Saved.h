// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

namespace parcours {

/// What a save did: the record as stored (with its id) and the record it replaced, if any, so
/// that an undo can put the previous one back or remove a new one.
template<class T>
struct Saved
{
    T value;
    std::optional<T> previous;
};

} // namespace parcours
