// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"

#include <tl/expected.hpp>

namespace parcours {

/// What a core operation that can fail returns: a value, or an Error. The core never throws.
template<class T>
using Result = tl::expected<T, Error>;

/// Shorthand for the failing side of a Result: `return fail(ErrorCode::NotFound, ...)`.
inline tl::unexpected<Error> fail(ErrorCode code, QString detail, QStringList args = {})
{
    return tl::unexpected<Error>(Error{code, std::move(detail), std::move(args), {}});
}

inline tl::unexpected<Error> fail(Error error)
{
    return tl::unexpected<Error>(std::move(error));
}

} // namespace parcours
