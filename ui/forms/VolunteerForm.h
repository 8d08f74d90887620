// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordFormT.h"
#include "core/domain/Volunteer.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace parcours::ui {

class DateField;
class VolunteerTableModel;

/// The details of one volunteer (mentor or coach), beside the list of volunteers.
class VolunteerForm : public RecordFormT<Volunteer>
{
    Q_OBJECT
public:
    explicit VolunteerForm(VolunteerTableModel* model, QWidget* parent = nullptr);

    QLineEdit* firstNameEdit() const { return m_firstName; }
    QLineEdit* lastNameEdit() const { return m_lastName; }
    QComboBox* roleCombo() const { return m_role; }
    DateField* availableFromField() const { return m_from; }
    DateField* availableToField() const { return m_to; }
    DateField* charterSignedField() const { return m_charter; }
    DateField* trainingField() const { return m_training; }

protected:
    void fill(const Volunteer& v) override;
    Volunteer collect() const override;
    QString newHeading() const override { return tr("New volunteer"); }
    void focusFirstField() override;

private:
    QLineEdit* m_refEdit;
    QLineEdit* m_firstName;
    QLineEdit* m_lastName;
    QComboBox* m_role;
    QLineEdit* m_email;
    QLineEdit* m_phone;
    QLineEdit* m_profession;
    QLineEdit* m_employer;
    QLineEdit* m_school;
    QLineEdit* m_sector;
    QLineEdit* m_languages;
    QSpinBox* m_maxPairings;
    DateField* m_from;
    DateField* m_to;
    DateField* m_charter;
    DateField* m_training;
    QPlainTextEdit* m_notes;
};

} // namespace parcours::ui
