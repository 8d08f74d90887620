// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordFormT.h"
#include "core/domain/Trainer.h"

#include <QMap>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;

namespace parcours::ui {

class TrainerTableModel;

/// The details of one trainer, beside the list of trainers.
class TrainerForm : public RecordFormT<Trainer>
{
    Q_OBJECT
public:
    explicit TrainerForm(TrainerTableModel* model, QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* kindCombo() const { return m_kind; }
    QCheckBox* moduleBox(Module module) const { return m_modules.value(module); }
    QDoubleSpinBox* maxHoursSpin() const { return m_maxHours; }

protected:
    void fill(const Trainer& t) override;
    Trainer collect() const override;
    QString newHeading() const override { return tr("New trainer"); }
    void focusFirstField() override;

private:
    QLineEdit* m_refEdit;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QWidget* m_modulesBox;
    QMap<Module, QCheckBox*> m_modules;
    QLineEdit* m_email;
    QLineEdit* m_phone;
    QDoubleSpinBox* m_maxHours;
};

} // namespace parcours::ui
