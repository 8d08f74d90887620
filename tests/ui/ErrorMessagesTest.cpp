// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ErrorMessages.h"

#include "CatchQt.h"
#include "UiTestSupport.h"

#include <QSet>

using namespace parcours;
using namespace parcours::ui;

namespace {
Error error(ErrorCode code)
{
    Error e;
    e.code = code;
    e.detail = QStringLiteral("technical detail");
    return e;
}
} // namespace

TEST_CASE("each reason a file cannot be opened gets its own sentence naming the file",
          "[ui][errors]")
{
    const QString path = QStringLiteral("/nowhere/office.parcours");
    QSet<QString> sentences;
    for (ErrorCode code :
         {ErrorCode::NotADatabase, ErrorCode::NewerVersion, ErrorCode::Busy, ErrorCode::Corrupt,
          ErrorCode::ReadOnly, ErrorCode::NotFound, ErrorCode::Sql}) {
        const QString sentence = ErrorMessages::openFailed(error(code), path);
        INFO(int(code) << ": " << sentence.toStdString());
        CHECK(sentence.contains(QStringLiteral("office.parcours")));
        // A sentence for a person, not the technical detail.
        CHECK_FALSE(sentence.contains(QStringLiteral("technical detail")));
        sentences.insert(sentence);
    }
    CHECK(sentences.size() == 7);
    CHECK(ErrorMessages::openFailed(error(ErrorCode::NewerVersion), path)
              .contains(QStringLiteral("newer version of Parcours")));
    CHECK(ErrorMessages::openFailed(error(ErrorCode::NotADatabase), path)
              .contains(QStringLiteral("not a Parcours file")));
    // An unreadable file that is not there is reported as gone.
    CHECK(ErrorMessages::openFailed(error(ErrorCode::Io), path) ==
          ErrorMessages::openFailed(error(ErrorCode::NotFound), path));
    CHECK(ErrorMessages::details(error(ErrorCode::Busy)) == QStringLiteral("technical detail"));
}

TEST_CASE("the error sentences are French with the French translation",
          "[ui][errors][translations]")
{
    test::ScopedLanguage french(QLocale(QLocale::French, QLocale::France));
    const QString sentence = ErrorMessages::openFailed(error(ErrorCode::NotADatabase),
                                                       QStringLiteral("/tmp/notes.parcours"));
    // French typography: non-breaking spaces inside the guillemets.
    CHECK(sentence.startsWith(
        QStringLiteral("«\u00a0/tmp/notes.parcours\u00a0» n'est pas un fichier Parcours")));
    CHECK(ErrorMessages::createFailed(error(ErrorCode::Exists), QStringLiteral("/tmp/a.parcours"))
              .startsWith(
                  QStringLiteral("Un fichier nommé «\u00a0/tmp/a.parcours\u00a0» existe déjà.")));
}
