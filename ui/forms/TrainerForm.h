// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordFormT.h"
#include "core/domain/Trainer.h"
#include "core/domain/TrainerUnavailability.h"

#include <QMap>
#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace parcours::ui {

class TrainerTableModel;

/// The details of one trainer, beside the list of trainers, with the times they cannot teach
/// ("Unavailable"): each period is added, changed or removed in a small dialog and written at
/// once as its own undo step (the trainer's other fields wait for Save). See TrainerForm.md.
class TrainerForm : public RecordFormT<Trainer>
{
    Q_OBJECT
public:
    explicit TrainerForm(TrainerTableModel* model, QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* kindCombo() const { return m_kind; }
    QCheckBox* moduleBox(Module module) const { return m_modules.value(module); }
    QDoubleSpinBox* maxHoursSpin() const { return m_maxHours; }
    QListWidget* unavailableList() const { return m_awayList; }
    QLabel* unavailableEmptyLabel() const { return m_awayEmpty; }
    QPushButton* addUnavailableButton() const { return m_addAway; }
    QPushButton* editUnavailableButton() const { return m_editAway; }
    QPushButton* removeUnavailableButton() const { return m_removeAway; }
    /// The periods listed, in the list's order (the repository's).
    const QList<TrainerUnavailability>& unavailability() const { return m_away; }

    void setDocument(Document* document) override;

    /// Opens the dialog for a new period (Add…), or for the selected one (Change…).
    void addUnavailability();
    void editUnavailability();
    /// Removes the selected period (undoable).
    bool removeUnavailability();

protected:
    void fill(const Trainer& t) override;
    Trainer collect() const override;
    QString newHeading() const override { return tr("New trainer"); }
    void focusFirstField() override;

private:
    void reloadUnavailability();
    void updateUnavailableButtons();
    void openUnavailabilityDialog(const std::optional<TrainerUnavailability>& current);

    QLineEdit* m_refEdit;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QWidget* m_modulesBox;
    QMap<Module, QCheckBox*> m_modules;
    QLineEdit* m_email;
    QLineEdit* m_phone;
    QDoubleSpinBox* m_maxHours;
    QWidget* m_awayPanel;
    QListWidget* m_awayList;
    QLabel* m_awayEmpty;
    QPushButton* m_addAway;
    QPushButton* m_editAway;
    QPushButton* m_removeAway;
    QString m_awayRef; ///< the saved trainer whose periods are listed (empty: none, or a new one)
    QList<TrainerUnavailability> m_away;
    QMetaObject::Connection m_awayWatch;
};

} // namespace parcours::ui
