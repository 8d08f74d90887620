// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/PairingService.h"

#include <QDialog>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace parcours::ui {

/// One volunteer the picker offers: their load and readiness, and their score with the
/// participant (nothing when they cannot be chosen: full, or a pair that may not be made).
struct PickerChoice
{
    VolunteerLoad load;
    std::optional<PairScore> score;
};

/// Chooses the volunteer for one role of one participant: the volunteers who can serve the
/// role, the best score first, each with their load ("1 / 2") and readiness; the reasons of
/// the score of the one selected show below. A volunteer without room left cannot be chosen.
/// Search is accent-blind.
class PairingVolunteerPicker : public QDialog
{
    Q_OBJECT
public:
    PairingVolunteerPicker(const QString& title, const QString& intro, QList<PickerChoice> choices,
                           QWidget* parent = nullptr);

    /// The ref chosen, or empty.
    QString selectedRef() const;
    /// Selects the volunteer `ref`; false when they are not offered or cannot be chosen.
    bool select(const QString& ref);

    QTreeWidget* tree() const { return m_tree; }
    QLineEdit* searchField() const { return m_search; }
    QLabel* reasonsLabel() const { return m_reasons; }
    QPushButton* chooseButton() const { return m_choose; }

private:
    void filter(const QString& text);
    void updateState();

    QList<PickerChoice> m_choices;
    QTreeWidget* m_tree;
    QLineEdit* m_search;
    QLabel* m_reasons;
    QPushButton* m_choose;
};

} // namespace parcours::ui
