// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/services/SubjectAccess.h"

#include <QDialog>
#include <QLocale>
#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QLineEdit;
class QPushButton;

namespace parcours::print {
struct SubjectAccessFiles;
}

namespace parcours::ui {

class TablePage;

/// Where a subject access export goes and in which language its PDF is written.
struct SubjectAccessChoice
{
    QString folder;
    QLocale locale;
};

/// "Export this person's data": the folder and the PDF's language, asked before the export.
class SubjectAccessDialog : public QDialog
{
    Q_OBJECT
public:
    SubjectAccessDialog(const QString& personName, const QString& folder, QWidget* parent = nullptr);

    SubjectAccessChoice choice() const;
    QLineEdit* folderField() const { return m_folder; }
    QComboBox* languageBox() const { return m_language; }
    QPushButton* exportButton() const { return m_export; }

private:
    QLineEdit* m_folder;
    QComboBox* m_language;
    QPushButton* m_export;
};

/// The action "Export this person's data…" of the Participants or the Volunteers page: writes
/// the subject access export (PDF and CSVs, see print::SubjectAccessReport) of the person
/// selected in the page's list into a folder the user chooses. Reads only: it works on a file
/// open read-only too.
class SubjectAccessAction : public QObject
{
    Q_OBJECT
public:
    /// Adds the action's button to `page`'s bar; `page`'s form gives the open file.
    SubjectAccessAction(TablePage* page, PersonKind kind);

    QAction* action() const { return m_action; }

    /// What asks for the folder and the language (a SubjectAccessDialog by default); nothing:
    /// cancelled. Tests put their own.
    using Chooser = std::function<std::optional<SubjectAccessChoice>(const QString& personName)>;
    void setChooser(Chooser chooser) { m_chooser = std::move(chooser); }
    /// What tells the user it is done (a message box by default).
    using Reporter = std::function<void(const QString& message)>;
    void setReporter(Reporter reporter) { m_reporter = std::move(reporter); }

    /// Exports the person selected: asks, writes, reports (failures go to the page's `failed`).
    void run();

private:
    void updateEnabled();

    TablePage* m_page;
    PersonKind m_kind;
    QAction* m_action;
    Chooser m_chooser;
    Reporter m_reporter;
};

} // namespace parcours::ui
