// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Codes.h"

#include <QColor>

namespace parcours::print {

/// The colour of each module, shared by the printed timetable and the desktop week grid so a
/// participant finds the same colours on paper and on screen. Pale fills with dark text read
/// well in black and white too; the border is the strong shade of the same hue.
struct ModuleColours
{
    QColor fill;   ///< the block's background
    QColor border; ///< its frame and the legend's swatch frame
    QColor text;   ///< text drawn on the fill

    static ModuleColours of(Module module)
    {
        switch (module) {
        case Module::Fle:
            return {QColor(0xd6, 0xe6, 0xfa), QColor(0x1f, 0x5f, 0xb4), QColor(0x10, 0x1a, 0x2c)};
        case Module::English:
            return {QColor(0xfb, 0xe3, 0xc4), QColor(0xc0, 0x6a, 0x00), QColor(0x2c, 0x1a, 0x08)};
        case Module::SoftSkills:
            return {QColor(0xd9, 0xf0, 0xd3), QColor(0x2e, 0x8b, 0x3a), QColor(0x10, 0x2a, 0x12)};
        case Module::ProfessionalDay:
            return {QColor(0xec, 0xdc, 0xf5), QColor(0x7b, 0x3f, 0xa6), QColor(0x24, 0x10, 0x30)};
        case Module::Other:
            break;
        }
        return {QColor(0xe6, 0xe6, 0xe6), QColor(0x6b, 0x6b, 0x6b), QColor(0x1a, 0x1a, 0x1a)};
    }
};

} // namespace parcours::print
