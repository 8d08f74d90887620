// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/models/TableFilterProxy.h"

#include "CatchQt.h"
#include "UiTestSupport.h"
#include "ui/models/ParticipantTableModel.h"

#include <QItemSelectionModel>
#include <QStandardItemModel>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <numeric>

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

QStringList lastNames(const QAbstractItemModel& model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, M::LastName).data().toString();
    return out;
}

QStringList texts(const QAbstractItemModel& model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, 0).data().toString();
    return out;
}

/// Five people whose names differ by accents and case only, in no order.
QList<Participant> fivePeople()
{
    return {person("P-1", "Hélène", "Zerrouki", ""), person("P-2", "Zoé", "Bakari", ""),
            person("P-3", "emile", "Durand", ""), person("P-4", "helene", "Abadie", ""),
            person("P-5", "Émile", "Martin", "")};
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

TEST_CASE("the rows shown keep the sort through the search, an empty search gives every row back",
          "[ui][models][shown]")
{
    M model;
    model.setRows(fivePeople());
    TableFilterProxy proxy;
    proxy.setSourceModel(&model);
    const QString abadie = QStringLiteral("Abadie"), bakari = QStringLiteral("Bakari"),
                  durand = QStringLiteral("Durand"), martin = QStringLiteral("Martin"),
                  zerrouki = QStringLiteral("Zerrouki");
    // Unsorted until asked: the model's order.
    CHECK(lastNames(proxy) == QStringList({zerrouki, bakari, durand, abadie, martin}));
    proxy.sort(M::LastName);
    CHECK(lastNames(proxy) == QStringList({abadie, bakari, durand, martin, zerrouki}));

    // Without case or accents, in the order of the sort.
    proxy.setSearchText(QStringLiteral("HELENE"));
    CHECK(lastNames(proxy) == QStringList({abadie, zerrouki}));
    proxy.setSearchText(QStringLiteral("hélène"));
    CHECK(lastNames(proxy) == QStringList({abadie, zerrouki}));
    // Sorted again while searching: the rows shown follow the new order.
    proxy.sort(M::LastName, Qt::DescendingOrder);
    CHECK(lastNames(proxy) == QStringList({zerrouki, abadie}));
    // Erased: every row, in the order of the sort.
    proxy.setSearchText(QString());
    CHECK(lastNames(proxy) == QStringList({zerrouki, martin, durand, bakari, abadie}));
    proxy.setSearchText(QStringLiteral("   "));
    CHECK(proxy.rowCount() == 5);

    // Typing on ("e", "em", "emx") looks only at the rows still shown; erasing ("em") at all.
    proxy.setSearchText(QStringLiteral("E"));
    CHECK(proxy.rowCount() == 5); // helene, zoe, emile: every row has an e
    proxy.setSearchText(QStringLiteral("Em"));
    CHECK(lastNames(proxy) == QStringList({martin, durand}));
    proxy.setSearchText(QStringLiteral("emx"));
    CHECK(proxy.rowCount() == 0);
    proxy.setSearchText(QStringLiteral("ÉM"));
    CHECK(lastNames(proxy) == QStringList({martin, durand}));
    // Two words: both in the row, in any column.
    proxy.setSearchText(QStringLiteral("emile p-3"));
    CHECK(lastNames(proxy) == QStringList({durand}));
    proxy.sort(M::FirstName, Qt::AscendingOrder);
    proxy.setSearchText(QStringLiteral("o"));
    // Zoé Bakari, Hélène Zerrouki: first names sorted as the locale does.
    CHECK(firstNames(proxy) == QStringList({QStringLiteral("Hélène"), QStringLiteral("Zoé")}));
}

TEST_CASE("the row chosen stays chosen when the search or the sort moves it", "[ui][models][shown]")
{
    M model;
    model.setRows(fivePeople());
    TableFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(M::LastName);
    QItemSelectionModel selection(&proxy);
    selection.setCurrentIndex(proxy.index(1, M::LastName), QItemSelectionModel::ClearAndSelect
                                                               | QItemSelectionModel::Rows);
    REQUIRE(selection.currentIndex().data().toString() == QStringLiteral("Bakari"));

    // "a": Abadie, Bakari, Durand, Martin (not Hélène Zerrouki): Bakari still second.
    proxy.setSearchText(QStringLiteral("a"));
    CHECK(proxy.rowCount() == 4);
    CHECK(selection.currentIndex().data().toString() == QStringLiteral("Bakari"));
    // "ar": Bakari, Martin (not Durand: "ra"): Bakari now first, still the one chosen.
    proxy.setSearchText(QStringLiteral("ar"));
    CHECK(proxy.rowCount() == 2);
    CHECK(selection.currentIndex().row() == 0);
    CHECK(selection.currentIndex().data().toString() == QStringLiteral("Bakari"));
    CHECK(selection.isRowSelected(0));
    proxy.sort(M::LastName, Qt::DescendingOrder); // Martin, Bakari
    CHECK(selection.currentIndex().row() == 1);
    CHECK(selection.currentIndex().data().toString() == QStringLiteral("Bakari"));
    CHECK(selection.isRowSelected(1));
    CHECK(!selection.isRowSelected(0));
    // Hidden by the search: nothing is chosen (the page chooses it again when shown).
    proxy.setSearchText(QStringLiteral("zoe"));
    CHECK(selection.currentIndex().data().toString() == QStringLiteral("Bakari"));
    proxy.setSearchText(QStringLiteral("durand"));
    CHECK(!selection.currentIndex().isValid());
    CHECK(proxy.indexOfRef(QStringLiteral("P-2")) == QModelIndex());
    proxy.setSearchText(QString());
    CHECK(proxy.indexOfRef(QStringLiteral("P-2")).row() == 3); // Zerrouki, Martin, Durand, Bakari
    CHECK(proxy.indexOfRef(QStringLiteral("P-9")) == QModelIndex());
}

TEST_CASE("a changed row is one dataChanged where it stays, one layout change where it moves",
          "[ui][models][shown]")
{
    QStandardItemModel model;
    for (const char* name : {"Carla", "Alice", "Bruno"})
        model.appendRow(new QStandardItem(QString::fromLatin1(name)));
    TableFilterProxy proxy;
    proxy.setSortRole(Qt::DisplayRole);
    proxy.setSourceModel(&model);
    proxy.sort(0);
    REQUIRE(texts(proxy) == QStringList({QStringLiteral("Alice"), QStringLiteral("Bruno"),
                                         QStringLiteral("Carla")}));
    // What the proxy tells its views: rows of dataChanged, layout changes, rows inserted and
    // removed (first, last), resets.
    QList<std::pair<int, int>> changed, inserted, removed;
    int layouts = 0, resets = 0;
    QObject::connect(&proxy, &QAbstractItemModel::dataChanged,
                     [&](const QModelIndex& from, const QModelIndex& to) { changed.append({from.row(), to.row()}); });
    QObject::connect(&proxy, &QAbstractItemModel::layoutChanged, [&] { ++layouts; });
    QObject::connect(&proxy, &QAbstractItemModel::rowsInserted,
                     [&](const QModelIndex&, int first, int last) { inserted.append({first, last}); });
    QObject::connect(&proxy, &QAbstractItemModel::rowsRemoved,
                     [&](const QModelIndex&, int first, int last) { removed.append({first, last}); });
    QObject::connect(&proxy, &QAbstractItemModel::modelReset, [&] { ++resets; });

    // Bruno -> Bruna: still second; only that row is told.
    model.item(2)->setText(QStringLiteral("Bruna"));
    CHECK(changed == QList<std::pair<int, int>>{{1, 1}});
    CHECK(layouts == 0);

    // Carla -> Aaron: moves first; the index held on it follows.
    const QPersistentModelIndex carla = proxy.index(2, 0);
    model.item(0)->setText(QStringLiteral("Aaron"));
    CHECK(layouts == 1);
    CHECK(texts(proxy) == QStringList({QStringLiteral("Aaron"), QStringLiteral("Alice"),
                                       QStringLiteral("Bruna")}));
    CHECK(carla.row() == 0);
    CHECK(carla.data().toString() == QStringLiteral("Aaron"));

    // A row added: one row inserted where it sorts.
    model.appendRow(new QStandardItem(QStringLiteral("Berta")));
    CHECK(inserted == QList<std::pair<int, int>>{{2, 2}});
    CHECK(texts(proxy) == QStringList({QStringLiteral("Aaron"), QStringLiteral("Alice"),
                                       QStringLiteral("Berta"), QStringLiteral("Bruna")}));
    // A row removed (Alice, source row 1): one row removed, where it was shown.
    model.removeRow(1);
    CHECK(removed == QList<std::pair<int, int>>{{1, 1}});
    CHECK(texts(proxy) == QStringList({QStringLiteral("Aaron"), QStringLiteral("Berta"),
                                       QStringLiteral("Bruna")}));
    CHECK(carla.data().toString() == QStringLiteral("Aaron"));

    // While searching "br": a row added that does not match is not shown, nor told.
    proxy.setSearchText(QStringLiteral("br"));
    CHECK(texts(proxy) == QStringList({QStringLiteral("Bruna")}));
    const int insertsBefore = int(inserted.size());
    model.insertRow(0, new QStandardItem(QStringLiteral("Zed")));
    CHECK(inserted.size() == insertsBefore);
    CHECK(texts(proxy) == QStringList({QStringLiteral("Bruna")}));
    // A row that comes to match shows, in its place.
    model.item(0)->setText(QStringLiteral("Abril"));
    CHECK(texts(proxy) == QStringList({QStringLiteral("Abril"), QStringLiteral("Bruna")}));
    CHECK(resets == 0);
    CHECK(layouts == 3); // Aaron moved; the search "br"; Zed, renamed Abril, shown
    proxy.setSearchText(QString());
    CHECK(texts(proxy) == QStringList({QStringLiteral("Aaron"), QStringLiteral("Abril"),
                                       QStringLiteral("Berta"), QStringLiteral("Bruna")}));
}

TEST_CASE("a word is found in a row's text wherever it lies, as QString::contains finds it", "[ui][models][search]")
{
    const auto has = [](const char* text, const char* word) {
        return TableFilterProxy::containsWord(QString::fromUtf8(text), QString::fromUtf8(word));
    };
    CHECK(has("gogoladze nino", ""));
    CHECK(!has("", "a"));
    CHECK(!has("go", "gog"));
    CHECK(has("gog", "gog"));
    // One letter; two letters at the start, the end, across the eighth place.
    CHECK(has("gogoladze", "z"));
    CHECK(!has("gogoladze", "x"));
    CHECK(has("ab", "ab"));
    CHECK(has("xxxxxxxxxxxxxxxxab", "ab"));
    CHECK(has("xxxxxxxab", "ab"));  // at place 7, the last of the first eight tested at once
    CHECK(has("xxxxxxxxab", "ab")); // at place 8, after them
    CHECK(!has("xxxxxxxxxxxxxxxxxxxxba", "ab"));
    // First and last letters in place, the middle not: "gozo" is no "gogo".
    CHECK(!has("gozo gozo gozo gozo gozo", "gogo"));
    CHECK(has("gozo gozo gozo gozo gogo", "gogo"));
    CHECK(has("p 051519 gogoladze nino tremplin montpellier automne 2022", "montpellier automne"));
    CHECK(!has("p 051519 gogoladze nino tremplin montpellier automne 2022", "montpellier  automne"));
    // Beyond ASCII: compared as UTF-16, as QString does (é, Arabic, a character outside the BMP).
    CHECK(has("zoé bakari", "é b"));
    CHECK(has("\xd8\xa3\xd8\xad\xd9\x85\xd8\xaf \xd9\x83\xd8\xb1\xd9\x8a\xd9\x85\xd9\x8a", "\xd9\x83\xd8\xb1\xd9\x8a"));
    CHECK(has("note \xf0\x9f\x98\x80 ok", "\xf0\x9f\x98\x80 o"));
    CHECK(!has("note \xf0\x9f\x98\x80 ok", "\xf0\x9f\x98\x81"));

    // Every word of up to four letters of a small alphabet, in texts of 0 to 40 letters: the
    // same answer as QStringView::contains, at every place and across every block of eight.
    const QString letters = QStringLiteral("abé");
    std::uint32_t seed = 12345;
    const auto next = [&seed] { return (seed = seed * 1103515245u + 12345u) >> 16; };
    int compared = 0;
    for (int length = 0; length <= 40; ++length) {
        for (int sample = 0; sample < 20; ++sample) {
            QString text;
            for (int i = 0; i < length; ++i)
                text += letters.at(int(next() % 3));
            for (int wordLength = 1; wordLength <= 4; ++wordLength) {
                for (int w = 0; w < 81; ++w) {
                    QString word;
                    for (int i = 0, code = w; i < wordLength; ++i, code /= 3)
                        word += letters.at(code % 3);
                    if (TableFilterProxy::containsWord(text, word) != QStringView(text).contains(word)) {
                        FAIL_CHECK("differs from QStringView::contains: '" << text.toStdString() << "' / '"
                                                                            << word.toStdString() << "'");
                    }
                    ++compared;
                }
            }
        }
    }
    CHECK(compared == 41 * 20 * 4 * 81);
}

namespace {
/// Five people for a word typed and erased: "m" is in every row, "ma" and "mar" in four
/// (not Samir Nasri), "marq" in one (Maria Marquez), "mart" in one (Martine Garnier).
QList<Participant> typedPeople()
{
    return {person("P-1", "Marc", "Dupont", ""), person("P-2", "Samir", "Nasri", ""),
            person("P-3", "Martine", "Garnier", ""), person("P-4", "Omar", "Haddad", ""),
            person("P-5", "Maria", "Marquez", "")};
}
} // namespace

TEST_CASE("erasing a letter shows exactly the rows of the shorter search, in the order of the sort",
          "[ui][models][shown][search]")
{
    M model;
    model.setRows(typedPeople());
    TableFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(M::LastName);
    int layouts = 0, resets = 0;
    QObject::connect(&proxy, &QAbstractItemModel::layoutChanged, [&] { ++layouts; });
    QObject::connect(&proxy, &QAbstractItemModel::modelReset, [&] { ++resets; });
    const QString dupont = QStringLiteral("Dupont"), garnier = QStringLiteral("Garnier"),
                  haddad = QStringLiteral("Haddad"), marquez = QStringLiteral("Marquez"),
                  nasri = QStringLiteral("Nasri");
    const QStringList all{dupont, garnier, haddad, marquez, nasri};
    const QStringList four{dupont, garnier, haddad, marquez};

    // Typed: m, ma, mar, marq.
    proxy.setSearchText(QStringLiteral("m"));
    CHECK(lastNames(proxy) == all);
    proxy.setSearchText(QStringLiteral("ma"));
    CHECK(lastNames(proxy) == four);
    proxy.setSearchText(QStringLiteral("mar"));
    CHECK(lastNames(proxy) == four);
    proxy.setSearchText(QStringLiteral("marq"));
    CHECK(lastNames(proxy) == QStringList{marquez});
    // Erased letter by letter: each search's rows again.
    proxy.setSearchText(QStringLiteral("mar"));
    CHECK(lastNames(proxy) == four);
    proxy.setSearchText(QStringLiteral("ma"));
    CHECK(lastNames(proxy) == four);
    proxy.setSearchText(QStringLiteral("m"));
    CHECK(lastNames(proxy) == all);
    // Another word from there ("mart" after "m"), and from a search erased to ("max" after "ma").
    proxy.setSearchText(QStringLiteral("mart"));
    CHECK(lastNames(proxy) == QStringList{garnier});
    proxy.setSearchText(QStringLiteral("ma"));
    CHECK(lastNames(proxy) == four);
    proxy.setSearchText(QStringLiteral("max"));
    CHECK(proxy.rowCount() == 0);
    proxy.setSearchText(QStringLiteral("MAR"));
    CHECK(lastNames(proxy) == four);
    // Two words, one erased: "nasri m" is Samir Nasri alone; "nasri" still; "m" every row.
    proxy.setSearchText(QStringLiteral("nasri m"));
    CHECK(lastNames(proxy) == QStringList{nasri});
    proxy.setSearchText(QStringLiteral("m"));
    CHECK(lastNames(proxy) == all);
    // Sorted the other way while searching, then erased: the kept rows in the new order.
    proxy.setSearchText(QStringLiteral("mar"));
    proxy.sort(M::LastName, Qt::DescendingOrder);
    proxy.setSearchText(QStringLiteral("marq"));
    CHECK(lastNames(proxy) == QStringList{marquez});
    proxy.setSearchText(QStringLiteral("mar"));
    CHECK(lastNames(proxy) == QStringList({marquez, haddad, garnier, dupont}));
    proxy.setSearchText(QString());
    CHECK(lastNames(proxy) == QStringList({nasri, marquez, haddad, garnier, dupont}));
    // Every search, typed or erased, was one layout change; nothing was reset.
    CHECK(layouts == 18);
    CHECK(resets == 0);
}

TEST_CASE("the row chosen stays chosen when erasing a letter widens the search", "[ui][models][shown][search]")
{
    M model;
    model.setRows(typedPeople());
    TableFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(M::LastName);
    QItemSelectionModel selection(&proxy);
    proxy.setSearchText(QStringLiteral("mar"));
    proxy.setSearchText(QStringLiteral("marq"));
    selection.setCurrentIndex(proxy.index(0, M::LastName), QItemSelectionModel::ClearAndSelect
                                                               | QItemSelectionModel::Rows);
    REQUIRE(selection.currentIndex().data().toString() == QStringLiteral("Marquez"));
    // "mar": Dupont, Garnier, Haddad, Marquez: the one chosen is now fourth, still chosen.
    proxy.setSearchText(QStringLiteral("mar"));
    CHECK(selection.currentIndex().row() == 3);
    CHECK(selection.currentIndex().data().toString() == QStringLiteral("Marquez"));
    CHECK(selection.isRowSelected(3));
    CHECK(!selection.isRowSelected(0));
    // Every row: Marquez before Nasri.
    proxy.setSearchText(QString());
    CHECK(selection.currentIndex().row() == 3);
    CHECK(selection.isRowSelected(3));
    CHECK(selection.selectedRows().size() == 1);
    CHECK(proxy.indexOfRef(QStringLiteral("P-5")).row() == 3);
}

TEST_CASE("a search erased to shows the rows as they are now, not as they were when it was typed",
          "[ui][models][shown][search]")
{
    QStandardItemModel model;
    for (const char* name : {"Bruno", "Carla", "Marc"})
        model.appendRow({new QStandardItem(QString::fromLatin1(name)), new QStandardItem()});
    TableFilterProxy proxy;
    proxy.setSortRole(Qt::DisplayRole);
    proxy.setSourceModel(&model);
    proxy.sort(0);
    proxy.setSearchText(QStringLiteral("ar"));
    CHECK(texts(proxy) == QStringList({QStringLiteral("Carla"), QStringLiteral("Marc")}));
    proxy.setSearchText(QStringLiteral("arc"));
    CHECK(texts(proxy) == QStringList{QStringLiteral("Marc")});
    // Bruno renamed Barclay while "arc" is shown: it holds "arc", and "ar" when erased to.
    model.item(0)->setText(QStringLiteral("Barclay"));
    CHECK(texts(proxy) == QStringList({QStringLiteral("Barclay"), QStringLiteral("Marc")}));
    proxy.setSearchText(QStringLiteral("ar"));
    CHECK(texts(proxy) == QStringList({QStringLiteral("Barclay"), QStringLiteral("Carla"), QStringLiteral("Marc")}));
    // A row added while "arc" is shown, then erased to "ar".
    proxy.setSearchText(QStringLiteral("arc"));
    model.appendRow({new QStandardItem(QStringLiteral("Arlette")), new QStandardItem()});
    CHECK(texts(proxy) == QStringList({QStringLiteral("Barclay"), QStringLiteral("Marc")}));
    proxy.setSearchText(QStringLiteral("ar"));
    CHECK(texts(proxy) == QStringList({QStringLiteral("Arlette"), QStringLiteral("Barclay"),
                                       QStringLiteral("Carla"), QStringLiteral("Marc")}));
    // A row removed while "ar" is shown (Carla), then "arc", then erased to "ar" again.
    model.removeRow(1);
    proxy.setSearchText(QStringLiteral("arc"));
    proxy.setSearchText(QStringLiteral("ar"));
    CHECK(texts(proxy) == QStringList({QStringLiteral("Arlette"), QStringLiteral("Barclay"), QStringLiteral("Marc")}));

    // A column filter chosen after "ma" and "mar" were typed: erased to "ma", the rows of that
    // filter only. Codes in column 1: Barclay none, Marc B, Arlette none, Marco A, Mary A.
    model.item(1, 1)->setData(QStringLiteral("B"), FilterRole);
    model.appendRow({new QStandardItem(QStringLiteral("Marco")), new QStandardItem()});
    model.item(3, 1)->setData(QStringLiteral("A"), FilterRole);
    model.appendRow({new QStandardItem(QStringLiteral("Mary")), new QStandardItem()});
    model.item(4, 1)->setData(QStringLiteral("A"), FilterRole);
    proxy.setSearchText(QStringLiteral("ma"));
    CHECK(texts(proxy) == QStringList({QStringLiteral("Marc"), QStringLiteral("Marco"), QStringLiteral("Mary")}));
    proxy.setSearchText(QStringLiteral("mar"));
    proxy.setColumnFilter(1, QStringLiteral("A"));
    CHECK(texts(proxy) == QStringList({QStringLiteral("Marco"), QStringLiteral("Mary")}));
    proxy.setSearchText(QStringLiteral("ma"));
    CHECK(texts(proxy) == QStringList({QStringLiteral("Marco"), QStringLiteral("Mary")}));
    proxy.setSearchText(QStringLiteral("arc"));
    CHECK(texts(proxy) == QStringList{QStringLiteral("Marco")});
    // The filter removed: "arc" among every row again.
    proxy.setColumnFilter(1, QVariant());
    CHECK(texts(proxy) == QStringList({QStringLiteral("Barclay"), QStringLiteral("Marc"), QStringLiteral("Marco")}));
    proxy.setSearchText(QStringLiteral("ma"));
    CHECK(texts(proxy) == QStringList({QStringLiteral("Marc"), QStringLiteral("Marco"), QStringLiteral("Mary")}));
}

TEST_CASE("each row is searched in its own text: a word across two rows' texts is not found",
          "[ui][models][search]")
{
    test::ScopedLanguage french(QLocale(QLocale::French, QLocale::France));
    // The rows' folded texts lie one after the other: P-1's ends with its e-mail "...zz",
    // P-2's starts with its ref "Q-2".
    Participant first = person("P-1", "Anne", "Martin", "");
    first.email = QStringLiteral("anne@zz");
    Participant second = person("Q-2", "Éloïse", "Durand", "");
    second.arrivalDate = QDate(2024, 3, 15);
    M model;
    model.setRows({first, second});
    TableFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(M::Ref);

    proxy.setSearchText(QStringLiteral("zzq"));
    CHECK(proxy.rowCount() == 0);
    proxy.setSearchText(QStringLiteral("zz q"));
    CHECK(proxy.rowCount() == 0);
    proxy.setSearchText(QStringLiteral("zz"));
    CHECK(firstNames(proxy) == QStringList({QStringLiteral("Anne")}));
    proxy.setSearchText(QStringLiteral("q"));
    CHECK(firstNames(proxy) == QStringList({QStringLiteral("Éloïse")}));
    // Accents and case folded; the date as the list shows it in French.
    proxy.setSearchText(QStringLiteral("ELOISE 15/03/2024"));
    CHECK(firstNames(proxy) == QStringList({QStringLiteral("Éloïse")}));
    proxy.setSearchText(QStringLiteral("15/03/2024 anne"));
    CHECK(proxy.rowCount() == 0);
    proxy.setSearchText(QStringLiteral("04/2024"));
    CHECK(proxy.rowCount() == 0);
}

namespace {
/// `n` people named from a few names with accents and case (many alike: ties), the k-th of
/// the names given by `pick(i)`.
QList<Participant> manyPeople(int n, const std::function<int(int)>& pick)
{
    static const char* const lasts[] = {"Élie", "Eliane", "emma", "Fabre", "Ábel", "Zoé", "Durand", "durand", "Émile"};
    static const char* const firsts[] = {"Léa", "Lea", "Noé", "anne", "Anne"};
    QList<Participant> out;
    for (int i = 0; i < n; ++i) {
        const int k = pick(i);
        const QByteArray ref = QStringLiteral("P-%1").arg(i, 5, 10, QLatin1Char('0')).toUtf8();
        out.append(person(ref.constData(), firsts[k % 5], lasts[(k / 5) % 9], ""));
    }
    return out;
}

/// The refs of `people` as the list must show them sorted by last name: "last first" in the
/// collator's order, ties in the order given.
QStringList sortedRefs(const QList<Participant>& people, bool descending = false)
{
    QList<int> order(people.size());
    std::iota(order.begin(), order.end(), 0);
    const QCollator collator;
    const auto name = [&](int i) { return people.at(i).lastName + QLatin1Char(' ') + people.at(i).firstName; };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return descending ? collator.compare(name(b), name(a)) < 0 : collator.compare(name(a), name(b)) < 0;
    });
    QStringList refs;
    for (int i : order)
        refs << people.at(i).ref;
    return refs;
}
} // namespace

TEST_CASE("a long list read again is sorted as the locale sorts, ties in the order read",
          "[ui][models][sort]")
{
    test::ScopedLanguage french(QLocale(QLocale::French, QLocale::France));
    // 6,000 rows: the model makes the keys of the column sorted by on a second thread at a
    // reset; a list read again in the order it had keeps it only if still sorted.
    M model;
    TableFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(M::LastName);
    const int n = 6000;
    const QList<Participant> first = manyPeople(n, [](int i) { return (i * 7) % 45; });
    model.setRows(first);
    const auto shown = [&] { return texts(proxy); };
    CHECK(shown() == sortedRefs(first));

    // The same people in another source order: the order before is not kept.
    QList<Participant> reversed = first;
    std::reverse(reversed.begin(), reversed.end());
    model.setRows(reversed);
    CHECK(shown() == sortedRefs(reversed));
    // Read again unchanged, and again with one name changed: as many rows each time.
    model.setRows(reversed);
    CHECK(shown() == sortedRefs(reversed));
    QList<Participant> renamed = reversed;
    renamed[4321].lastName = QStringLiteral("Aaron");
    model.setRows(renamed);
    CHECK(shown().constFirst() == renamed.at(4321).ref);
    CHECK(shown() == sortedRefs(renamed));
    proxy.sort(M::LastName, Qt::DescendingOrder);
    CHECK(shown().constLast() == renamed.at(4321).ref);
    CHECK(shown() == sortedRefs(renamed, true));

    // The search over the rows read last.
    proxy.sort(M::LastName);
    proxy.setSearchText(QStringLiteral("aaron"));
    CHECK(shown() == QStringList({renamed.at(4321).ref}));
    proxy.setSearchText(QStringLiteral("p 01234"));
    CHECK(shown() == QStringList({QStringLiteral("P-01234")}));
}
