// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/TableFilterProxy.h"

#include "CatchQt.h"
#include "ui/models/ParticipantTableModel.h"

using namespace parcours;
using namespace parcours::ui;
using M = ParticipantTableModel;

namespace {
Participant person(const char* ref, const char* first, const char* last, const char* country)
{
    Participant p;
    p.ref = QString::fromUtf8(ref);
    p.firstName = QString::fromUtf8(first);
    p.lastName = QString::fromUtf8(last);
    p.countryOfOrigin = QString::fromUtf8(country);
    return p;
}

QStringList firstNames(const QAbstractItemModel& model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, M::FirstName).data().toString();
    return out;
}
} // namespace

TEST_CASE("the search ignores case and accents and needs every word", "[ui][models]")
{
    M model;
    model.setRows({person("P-1", "Hélène", "Zerrouki", "SY"),
                   person("P-2", "Ahmad", "Karimi", "AF"), person("P-3", "Amina", "Bakari", "SD"),
                   person("P-4", "Jean-Marc", "Élie", "HT")});
    TableFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(M::Ref);

    proxy.setSearchText(QStringLiteral("HELENE"));
    CHECK(firstNames(proxy) == QStringList{QStringLiteral("Hélène")});
    proxy.setSearchText(QStringLiteral("élie"));
    CHECK(firstNames(proxy) == QStringList{QStringLiteral("Jean-Marc")});
    proxy.setSearchText(QStringLiteral("jean marc"));
    CHECK(firstNames(proxy) == QStringList{QStringLiteral("Jean-Marc")});
    // Every word must match somewhere in the row: "ar" alone matches three people (Karimi,
    // Bakari, Jean-Marc), "ar af" only the one from Afghanistan.
    proxy.setSearchText(QStringLiteral("ar"));
    CHECK(firstNames(proxy) == QStringList({QStringLiteral("Ahmad"), QStringLiteral("Amina"),
                                            QStringLiteral("Jean-Marc")}));
    proxy.setSearchText(QStringLiteral("ar af"));
    CHECK(firstNames(proxy) == QStringList{QStringLiteral("Ahmad")});
    proxy.setSearchText(QStringLiteral("nobody"));
    CHECK(proxy.rowCount() == 0);
    proxy.setSearchText(QString());
    CHECK(proxy.rowCount() == 4);
}

TEST_CASE("the proxy sorts dates as dates, not as their text", "[ui][models]")
{
    // In a dd/MM/yyyy text, "02/01/2024" sorts before "15/03/2023"; as dates it comes after.
    Participant early = person("P-1", "Early", "A", "");
    early.arrivalDate = QDate(2023, 3, 15);
    Participant late = person("P-2", "Late", "B", "");
    late.arrivalDate = QDate(2024, 1, 2);
    Participant unknown = person("P-3", "Unknown", "C", "");
    M model;
    model.setRows({late, unknown, early});
    TableFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(M::ArrivalDate, Qt::AscendingOrder);
    CHECK(firstNames(proxy) == QStringList({QStringLiteral("Unknown"), QStringLiteral("Early"),
                                            QStringLiteral("Late")}));
}
