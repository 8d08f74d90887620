// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Hostile people for the tests of issue 9 (quotes, `'); DROP TABLE`, 2,000-character fields,
// control characters, right-to-left Arabic in every text field of participants and volunteers),
// and the reading of a CSV row back, shared by the core and window tests of the subject access.

#include "core/domain/Participant.h"
#include "core/domain/Volunteer.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <string>

namespace parcours::test {

QString longText();
/// The hostile values; the text fields of person i get them in turn from value i, so that every
/// field receives every value across the five people.
const QStringList& hostile();
QString valueFor(int person, int field);

/// The most hostile e-mail and phone the rules accept (quotes, a parenthesis, Arabic letters).
QString hostileEmail();
QString hostilePhone();

Participant hostileParticipant(int i);
Volunteer hostileVolunteer(int i);

/// Column name -> value of the data row of `ref` in a CSV (header + rows), parsed by the importer's reader.
QMap<QString, QString> rowOf(const QByteArray& bytes, const QString& ref);
/// The text fields of a person by their exchange column names.
QMap<QString, QString> fieldsOf(const Participant& p);
QMap<QString, QString> fieldsOf(const Volunteer& v);
/// Every expected column of `row` holds its value (`where` names the row in a failure).
void checkRow(const QMap<QString, QString>& row, const QMap<QString, QString>& expected, const std::string& where);

class TestDatabase;
/// Saves every hostile participant and volunteer through EditService (the forms' write path)
/// into `file`, then checks each text field, cell by cell, in the file, in the subject access
/// CSVs and in the exchange export (written into file.dir()). Returns how many people of each
/// kind were checked, so that the calling test case can check it got them all.
int storeAndCheckHostilePeople(TestDatabase& file);

} // namespace parcours::test
