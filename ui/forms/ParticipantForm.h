// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordFormT.h"
#include "core/domain/Participant.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace parcours::ui {

class DateField;
class ParticipantTableModel;

/// The details of one participant, beside the list of participants.
class ParticipantForm : public RecordFormT<Participant>
{
    Q_OBJECT
public:
    explicit ParticipantForm(ParticipantTableModel* model, QWidget* parent = nullptr);

    QLineEdit* firstNameEdit() const { return m_firstName; }
    QLineEdit* lastNameEdit() const { return m_lastName; }
    DateField* birthDateField() const { return m_birthDate; }
    DateField* arrivalField() const { return m_arrival; }
    QLineEdit* emailEdit() const { return m_email; }
    QLineEdit* phoneEdit() const { return m_phone; }
    QComboBox* statusCombo() const { return m_status; }
    QComboBox* levelCombo() const { return m_level; }

protected:
    void fill(const Participant& p) override;
    Participant collect() const override;
    QString newHeading() const override { return tr("New participant"); }
    void focusFirstField() override;
    QString warningFor(const Participant& p) const override;

private:
    ParticipantTableModel* m_participants;
    QLineEdit* m_refEdit;
    QLineEdit* m_firstName;
    QLineEdit* m_lastName;
    DateField* m_birthDate;
    QComboBox* m_gender;
    QLineEdit* m_country;
    QLineEdit* m_languages;
    QComboBox* m_level;
    QComboBox* m_status;
    DateField* m_arrival;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QLineEdit* m_project;
    QLineEdit* m_sector;
    QLineEdit* m_referrer;
    DateField* m_consent;
    QPlainTextEdit* m_notes;
};

} // namespace parcours::ui
