// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace parcours::ui {

class Document;

/// Report settings of the open file: the organisation's name and logo printed on every
/// document, the small-count threshold of the review pack, and the two alert thresholds of
/// attendance and check-ins. Saved when accepted (see ui/pages/ReportsPage.md).
class ReportSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReportSettingsDialog(Document& document, QWidget* parent = nullptr);

    /// Takes the image file at `path` as the logo (shown, saved on accept). A file that is not
    /// a PNG or JPEG image, cannot be read or is too large is refused: the message says which
    /// file and why, and the logo stays as it was. False when refused.
    bool chooseLogoFile(const QString& path);
    void removeLogo();
    /// Writes the settings; on failure says why in the dialog and returns false.
    bool save();
    void accept() override;

    QLineEdit* organisationField() const { return m_organisation; }
    QSpinBox* smallCountBox() const { return m_smallCount; }
    QSpinBox* attendanceThresholdBox() const { return m_attendance; }
    QSpinBox* followUpWeeksBox() const { return m_followUp; }
    QLabel* logoPreview() const { return m_logo; }
    /// The last refusal or failure, empty when none.
    QString problem() const;
    QByteArray logoBytes() const { return m_logoBytes; }

private:
    void load();
    void showLogo();
    void showProblem(const QString& text);

    Document& m_document;
    QByteArray m_logoBytes;
    QLineEdit* m_organisation;
    QLabel* m_logo;
    QPushButton* m_chooseLogo;
    QPushButton* m_removeLogo;
    QSpinBox* m_smallCount;
    QSpinBox* m_attendance;
    QSpinBox* m_followUp;
    QLabel* m_problem;
};

} // namespace parcours::ui
