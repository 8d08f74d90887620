// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProblemText.h"

#include <QRegularExpression>

namespace parcours::ui {

QString ProblemText::sentence(const Problem& problem,
                              const std::function<QString(const QString&)>& labelOf)
{
    const QString& r = problem.reason;
    if (r == QLatin1String("is required"))
        return tr("Required.");
    if (r == QLatin1String("is not an e-mail address"))
        return tr("Not an e-mail address (name@example.org).");
    if (r == QLatin1String("is not a phone number"))
        return tr("Not a phone number: digits, spaces and + only.");
    if (r == QLatin1String("is not a plausible birth date"))
        return tr("Not a plausible birth date.");
    if (r == QLatin1String("is not an ISO 3166-1 alpha-2 code"))
        return tr("Two capital letters, as in FR, SY or AF.");
    if (r == QLatin1String("is longer than 64 characters"))
        return tr("At most 64 characters.");
    if (r == QLatin1String("starts or ends with a space"))
        return tr("No space at the start or end.");
    if (r == QLatin1String("contains a control character or '|'"))
        return tr("Must not contain “|”.");
    if (r == QLatin1String("lunch_start and lunch_end go together"))
        return tr("Give both the start and the end of the lunch break.");
    if (r == QLatin1String("the lunch break is outside opening hours"))
        return tr("The lunch break must be within the opening hours.");
    static const QRegularExpression before(QStringLiteral("^is before (\\w+)$"));
    static const QRegularExpression notAfter(QStringLiteral("^is not after (\\w+)$"));
    static const QRegularExpression below(QStringLiteral("^is below (\\w+)$"));
    static const QRegularExpression between(QStringLiteral("^must be between (\\S+) and (\\S+)$"));
    static const QRegularExpression language(QStringLiteral("^'(.*)' is not an ISO 639-1 language code$"));
    if (auto m = before.match(r); m.hasMatch())
        return tr("Must not be before “%1”.").arg(labelOf(m.captured(1)));
    if (auto m = notAfter.match(r); m.hasMatch())
        return tr("Must be after “%1”.").arg(labelOf(m.captured(1)));
    if (auto m = below.match(r); m.hasMatch())
        return tr("Must not be below “%1”.").arg(labelOf(m.captured(1)));
    if (auto m = between.match(r); m.hasMatch())
        return tr("Must be between %1 and %2.").arg(m.captured(1), m.captured(2));
    if (auto m = language.match(r); m.hasMatch())
        return tr("“%1” is not a two-letter language code (such as fa, en, ar).").arg(m.captured(1));
    return r; // a rule this list does not know yet: its English words rather than nothing
}

} // namespace parcours::ui
