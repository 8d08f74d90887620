// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace parcours::ui {

/// Help > About: the version, the licence (its full text a click away) and the libraries
/// Parcours is made with, with their licences.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);

    /// The version as `parcours --version` prints it: `0.1.0 (git 1a2b3c4d5e)`.
    static QString versionText();
    /// The full text of the GNU GPL version 3, embedded in the program.
    static QString licenceText();

    QLabel* heading() const { return m_heading; }
    QLabel* licence() const { return m_licence; }
    QTableWidget* credits() const { return m_credits; }
    QPushButton* licenceButton() const { return m_showLicence; }
    /// The full licence text, hidden until asked for.
    QPlainTextEdit* licenceView() const { return m_licenceView; }

private:
    QLabel* m_heading;
    QLabel* m_licence;
    QTableWidget* m_credits;
    QPushButton* m_showLicence;
    QPlainTextEdit* m_licenceView;
};

} // namespace parcours::ui
