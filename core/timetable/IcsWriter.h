// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Cohort.h"
#include "core/domain/Room.h"
#include "core/domain/Session.h"
#include "core/domain/Site.h"
#include "core/domain/Trainer.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace parcours {

/// One event of an iCalendar file, as its properties will read.
struct IcsEvent
{
    QString uid;
    QDate date;
    QTime start; ///< Europe/Paris wall-clock time
    QTime end;
    QString summary;
    QString location;    ///< empty: no LOCATION
    QString description; ///< empty: no DESCRIPTION; may hold line breaks
    bool cancelled = false;
};

/// A calendar to subscribe to: a name and its events.
struct IcsCalendar
{
    QString name; ///< X-WR-CALNAME, the name a phone shows; empty: none
    QList<IcsEvent> events;
};

/// Writes iCalendar files (RFC 5545) that phones and calendar programs subscribe to: one
/// VEVENT per session, times in Europe/Paris with its VTIMEZONE, a UID that stays the same
/// across exports so that a subscription updates its events instead of doubling them, cancelled
/// sessions as STATUS:CANCELLED. Lines end in CRLF, are folded at 75 octets without cutting a
/// UTF-8 character, and text values are escaped. Pure: the time stamp comes in.
class IcsWriter
{
public:
    /// The event of a session; the records it points at may be null (not known).
    /// SUMMARY: the module in the user's language and the title; LOCATION: the room, then the
    /// site's name, address and city; DESCRIPTION: the trainer and the cohort.
    static IcsEvent eventOf(const Session& session, const Cohort* cohort, const Trainer* trainer,
                            const Room* room, const Site* site);
    /// `<session ref>@parcours`: stable for as long as the session keeps its ref.
    static QString uidOf(const Session& session);

    /// The whole file; `stamp` is DTSTAMP (written in UTC), the moment of the export.
    static QByteArray write(const IcsCalendar& calendar, const QDateTime& stamp);

    /// A TEXT value escaped (RFC 5545 3.3.11): `\` `;` `,` get a backslash, line breaks become `\n`.
    static QString escapeText(const QString& text);
    /// One content line folded (RFC 5545 3.1): at most 75 octets a line, continued on lines that
    /// start with a space; a UTF-8 sequence is never cut. No line end is added.
    static QByteArray fold(const QByteArray& line);
};

} // namespace parcours
