// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

namespace parcours {

class Database;

/// The data half of `parcours-cli check`: every record read back through the repositories must
/// pass its own validation, and every pairing's volunteer must be able to serve in its role.
/// Catches what a hand edit or another program may have stored past the schema's checks.
/// Only reads, so it runs on a file opened read-only.
class DataCheck
{
public:
    /// One problem per fault, `file` naming the record (`participant P-000001`); empty when sound.
    [[nodiscard]] static Result<QList<Problem>> run(Database& db);
};

} // namespace parcours
