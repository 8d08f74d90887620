// SPDX-License-Identifier: GPL-3.0-or-later
#include "VolunteerForm.h"

#include "CodeCombo.h"
#include "FormFields.h"
#include "ui/models/VolunteerTableModel.h"
#include "ui/widgets/DateField.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace parcours::ui {

VolunteerForm::VolunteerForm(VolunteerTableModel* model, QWidget* parent)
    : RecordFormT(model, parent), m_refEdit(new QLineEdit), m_firstName(new QLineEdit),
      m_lastName(new QLineEdit), m_role(new QComboBox), m_email(new QLineEdit),
      m_phone(new QLineEdit), m_profession(new QLineEdit), m_employer(new QLineEdit),
      m_school(new QLineEdit), m_sector(new QLineEdit), m_languages(new QLineEdit),
      m_maxPairings(new QSpinBox), m_from(new DateField), m_to(new DateField), m_charter(new DateField),
      m_training(new DateField), m_notes(new QPlainTextEdit)
{
    setObjectName(QStringLiteral("volunteerForm"));
    m_refEdit->setReadOnly(true);
    combo::fill<VolunteerRole>(m_role);
    m_maxPairings->setRange(0, 20);
    m_maxPairings->setToolTip(tr("How many participants this volunteer can follow at the same time"));
    m_languages->setPlaceholderText(tr("fa, en"));
    m_phone->setPlaceholderText(tr("06 12 34 56 78"));
    m_email->setPlaceholderText(tr("name@example.org"));
    m_charter->setToolTip(tr("The day the volunteer signed the charter; empty until then"));
    m_training->setToolTip(tr("The day the volunteer attended the training; empty until then"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);

    addField(QStringLiteral("ref"), tr("Ref."), m_refEdit);
    addField(QStringLiteral("first_name"), tr("&First name"), m_firstName);
    addField(QStringLiteral("last_name"), tr("&Last name"), m_lastName);
    addField(QStringLiteral("role"), tr("&Role"), m_role);
    addField(QStringLiteral("email"), tr("&Email"), m_email);
    addField(QStringLiteral("phone"), tr("&Phone"), m_phone);
    addField(QStringLiteral("profession"), tr("Profess&ion"), m_profession);
    addField(QStringLiteral("employer"), tr("E&mployer"), m_employer);
    addField(QStringLiteral("school"), tr("Sc&hool or university"), m_school);
    addField(QStringLiteral("sector"), tr("Se&ctor"), m_sector);
    addField(QStringLiteral("languages"), tr("Lang&uages"), m_languages);
    addField(QStringLiteral("max_pairings"), tr("Max. p&articipants"), m_maxPairings);
    addField(QStringLiteral("available_from"), tr("Availa&ble from"), m_from);
    addField(QStringLiteral("available_to"), tr("Available un&til"), m_to);
    addField(QStringLiteral("charter_signed_on"), tr("Charter si&gned on"), m_charter);
    addField(QStringLiteral("training_on"), tr("Trai&ning attended on"), m_training);
    addField(QStringLiteral("notes"), tr("N&otes"), m_notes);
    finishFields();
}

void VolunteerForm::fill(const Volunteer& v)
{
    fields::setText(m_refEdit, v.ref);
    fields::setText(m_firstName, v.firstName);
    fields::setText(m_lastName, v.lastName);
    combo::select(m_role, std::optional<VolunteerRole>(v.role));
    fields::setText(m_email, v.email);
    fields::setText(m_phone, v.phone);
    fields::setText(m_profession, v.profession);
    fields::setText(m_employer, v.employer);
    fields::setText(m_school, v.school);
    fields::setText(m_sector, v.sector);
    fields::setText(m_languages, fields::languagesText(v.languages));
    m_maxPairings->setValue(v.maxPairings);
    m_from->setDate(v.availableFrom);
    m_to->setDate(v.availableTo);
    m_charter->setDate(v.charterSignedOn);
    m_training->setDate(v.trainingOn);
    fields::setText(m_notes, v.notes);
}

Volunteer VolunteerForm::collect() const
{
    Volunteer v = m_original;
    v.ref = m_ref;
    v.firstName = fields::text(m_firstName);
    v.lastName = fields::text(m_lastName);
    v.role = combo::selected<VolunteerRole>(m_role).value_or(VolunteerRole::Mentor);
    v.email = fields::text(m_email);
    v.phone = fields::text(m_phone);
    v.profession = fields::text(m_profession);
    v.employer = fields::text(m_employer);
    v.school = fields::text(m_school);
    v.sector = fields::text(m_sector);
    v.languages = fields::languages(m_languages->text());
    v.maxPairings = m_maxPairings->value();
    v.availableFrom = m_from->date();
    v.availableTo = m_to->date();
    v.charterSignedOn = m_charter->date();
    v.trainingOn = m_training->date();
    v.notes = fields::text(m_notes);
    return v;
}

void VolunteerForm::focusFirstField()
{
    m_firstName->setFocus(Qt::OtherFocusReason);
}

} // namespace parcours::ui
