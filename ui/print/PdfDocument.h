// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace parcours::print {

/// Placeholder for the PDF writing of later issues (reports, sign-in sheets).
class PdfDocument
{
};

} // namespace parcours::print
