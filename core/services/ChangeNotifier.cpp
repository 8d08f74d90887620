// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeNotifier.h"

namespace parcours {

ChangeNotifier::ChangeNotifier(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<EntityKind>();
}

} // namespace parcours
