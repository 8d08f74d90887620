// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QStringList>

// Small conversions between fields and record values shared by the forms.
namespace parcours::ui::fields {

/// "fa, en" or "fa|en" or "fa en" into {"fa", "en"} (lower case).
inline QStringList languages(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;|/]+"));
    return text.toLower().split(separators, Qt::SkipEmptyParts);
}

inline QString languagesText(const QStringList& codes)
{
    return codes.join(QStringLiteral(", "));
}

inline QString text(const QLineEdit* edit)
{
    return edit->text().trimmed();
}

inline QString text(const QPlainTextEdit* edit)
{
    return edit->toPlainText().trimmed();
}

/// Sets the text only when it differs, so that the cursor stays where the person typed. A text
/// put in from a record shows its start (the cursor before its first letter), not its end.
inline void setText(QLineEdit* edit, const QString& text)
{
    if (edit->text() != text) {
        edit->setText(text);
        edit->setCursorPosition(0);
    }
}

inline void setText(QPlainTextEdit* edit, const QString& text)
{
    if (edit->toPlainText() != text) {
        edit->setPlainText(text);
        edit->moveCursor(QTextCursor::Start);
    }
}

} // namespace parcours::ui::fields
