// SPDX-License-Identifier: GPL-3.0-or-later
#include "ParticipantForm.h"

#include "CodeCombo.h"
#include "FormFields.h"
#include "ui/models/ParticipantTableModel.h"
#include "ui/widgets/DateField.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>

namespace parcours::ui {

ParticipantForm::ParticipantForm(ParticipantTableModel* model, QWidget* parent)
    : RecordFormT(model, parent), m_participants(model), m_refEdit(new QLineEdit),
      m_firstName(new QLineEdit), m_lastName(new QLineEdit), m_birthDate(new DateField),
      m_gender(new QComboBox), m_country(new QLineEdit), m_languages(new QLineEdit),
      m_level(new QComboBox), m_status(new QComboBox), m_arrival(new DateField),
      m_phone(new QLineEdit), m_email(new QLineEdit), m_project(new QLineEdit),
      m_sector(new QLineEdit), m_referrer(new QLineEdit), m_consent(new DateField),
      m_notes(new QPlainTextEdit)
{
    setObjectName(QStringLiteral("participantForm"));
    m_refEdit->setReadOnly(true);
    m_refEdit->setToolTip(tr("The participant's reference, made by Parcours"));
    combo::fill<Gender>(m_gender, tr("Not stated"));
    combo::fill<CefrLevel>(m_level, tr("Not assessed"));
    combo::fill<ParticipantStatus>(m_status, tr("Not given"));
    m_country->setMaxLength(2);
    m_country->setPlaceholderText(tr("FR, SY, AF…"));
    m_country->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,2}")), m_country));
    m_languages->setPlaceholderText(tr("fa, en"));
    m_languages->setToolTip(tr("Two-letter codes of the languages spoken, separated by commas"));
    m_phone->setPlaceholderText(tr("06 12 34 56 78"));
    m_email->setPlaceholderText(tr("name@example.org"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);

    addField(QStringLiteral("ref"), tr("Ref."), m_refEdit);
    addField(QStringLiteral("first_name"), tr("&First name"), m_firstName);
    addField(QStringLiteral("last_name"), tr("&Last name"), m_lastName);
    addField(QStringLiteral("birth_date"), tr("&Birth date"), m_birthDate);
    addField(QStringLiteral("gender"), tr("&Gender"), m_gender);
    addField(QStringLiteral("country_of_origin"), tr("Countr&y of origin"), m_country);
    addField(QStringLiteral("languages"), tr("Lang&uages"), m_languages);
    addField(QStringLiteral("french_level_entry"), tr("French le&vel at entry"), m_level);
    addField(QStringLiteral("status"), tr("S&tatus"), m_status);
    addField(QStringLiteral("arrival_date"), tr("&Arrived in France"), m_arrival);
    addField(QStringLiteral("phone"), tr("&Phone"), m_phone);
    addField(QStringLiteral("email"), tr("&Email"), m_email);
    addField(QStringLiteral("professional_project"), tr("Professional pro&ject"), m_project);
    addField(QStringLiteral("sector"), tr("Se&ctor"), m_sector);
    addField(QStringLiteral("referrer"), tr("&Referred by"), m_referrer);
    addField(QStringLiteral("consent_date"), tr("Consent g&iven on"), m_consent);
    addField(QStringLiteral("notes"), tr("N&otes"), m_notes);
    finishFields();
}

void ParticipantForm::fill(const Participant& p)
{
    fields::setText(m_refEdit, p.ref);
    fields::setText(m_firstName, p.firstName);
    fields::setText(m_lastName, p.lastName);
    m_birthDate->setDate(p.birthDate);
    combo::select(m_gender, p.gender);
    fields::setText(m_country, p.countryOfOrigin);
    fields::setText(m_languages, fields::languagesText(p.languages));
    combo::select(m_level, p.frenchLevelEntry);
    combo::select(m_status, p.status);
    m_arrival->setDate(p.arrivalDate);
    fields::setText(m_phone, p.phone);
    fields::setText(m_email, p.email);
    fields::setText(m_project, p.professionalProject);
    fields::setText(m_sector, p.sector);
    fields::setText(m_referrer, p.referrer);
    m_consent->setDate(p.consentDate);
    fields::setText(m_notes, p.notes);
}

Participant ParticipantForm::collect() const
{
    Participant p = m_original;
    p.ref = m_ref;
    p.firstName = fields::text(m_firstName);
    p.lastName = fields::text(m_lastName);
    p.birthDate = m_birthDate->date();
    p.gender = combo::selected<Gender>(m_gender);
    p.countryOfOrigin = fields::text(m_country).toUpper();
    p.languages = fields::languages(m_languages->text());
    p.frenchLevelEntry = combo::selected<CefrLevel>(m_level);
    p.status = combo::selected<ParticipantStatus>(m_status);
    p.arrivalDate = m_arrival->date();
    p.phone = fields::text(m_phone);
    p.email = fields::text(m_email);
    p.professionalProject = fields::text(m_project);
    p.sector = fields::text(m_sector);
    p.referrer = fields::text(m_referrer);
    p.consentDate = m_consent->date();
    p.notes = fields::text(m_notes);
    return p;
}

void ParticipantForm::focusFirstField()
{
    m_firstName->setFocus(Qt::OtherFocusReason);
}

QString ParticipantForm::warningFor(const Participant& p) const
{
    const QStringList refs = m_participants->probableDuplicates(p);
    if (refs.isEmpty())
        return {};
    QStringList who;
    for (const QString& ref : refs) {
        const int row = m_participants->rowOfRef(ref);
        if (row >= 0)
            who << QStringLiteral("%1 (%2)").arg(m_participants->rowAt(row).fullName(), ref);
    }
    return tr("Probably already in the file: %1 has the same name and birth date. Check before "
              "saving a second record for the same person.")
        .arg(who.join(QStringLiteral(", ")));
}

} // namespace parcours::ui
