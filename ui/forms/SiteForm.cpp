// SPDX-License-Identifier: GPL-3.0-or-later
#include "SiteForm.h"

#include "FormFields.h"
#include "ui/models/SiteTableModel.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QLocale>
#include <QTimeEdit>

namespace parcours::ui {

namespace {
QTimeEdit* timeEdit()
{
    auto* edit = new QTimeEdit;
    edit->setDisplayFormat(QLocale().timeFormat(QLocale::ShortFormat));
    return edit;
}
} // namespace

SiteForm::SiteForm(SiteTableModel* model, QWidget* parent)
    : RecordFormT(model, parent), m_refEdit(new QLineEdit), m_name(new QLineEdit),
      m_address(new QLineEdit), m_city(new QLineEdit), m_opens(timeEdit()), m_closes(timeEdit()),
      m_lunch(new QCheckBox(tr("The office closes for lunch"))), m_lunchStart(timeEdit()),
      m_lunchEnd(timeEdit())
{
    setObjectName(QStringLiteral("siteForm"));
    m_refEdit->setReadOnly(true);
    addField(QStringLiteral("ref"), tr("Ref."), m_refEdit);
    addField(QStringLiteral("name"), tr("N&ame"), m_name);
    addField(QStringLiteral("address"), tr("Add&ress"), m_address);
    addField(QStringLiteral("city"), tr("&City"), m_city);
    addField(QStringLiteral("opens"), tr("&Opens at"), m_opens);
    addField(QStringLiteral("closes"), tr("C&loses at"), m_closes);
    addField(QStringLiteral("lunch"), tr("Lunch &break"), m_lunch);
    addField(QStringLiteral("lunch_start"), tr("Lunch &from"), m_lunchStart);
    addField(QStringLiteral("lunch_end"), tr("Lunch &until"), m_lunchEnd);
    finishFields();
}

void SiteForm::fill(const Site& s)
{
    fields::setText(m_refEdit, s.ref);
    fields::setText(m_name, s.name);
    fields::setText(m_address, s.address);
    fields::setText(m_city, s.city);
    m_opens->setTime(s.opens);
    m_closes->setTime(s.closes);
    const bool lunch = s.lunchStart.isValid() && s.lunchEnd.isValid();
    m_lunch->setChecked(lunch);
    m_lunchStart->setTime(lunch ? s.lunchStart : QTime(12, 0));
    m_lunchEnd->setTime(lunch ? s.lunchEnd : QTime(13, 30));
}

Site SiteForm::collect() const
{
    Site s = m_original;
    s.ref = m_ref;
    s.name = fields::text(m_name);
    s.address = fields::text(m_address);
    s.city = fields::text(m_city);
    s.opens = m_opens->time();
    s.closes = m_closes->time();
    s.lunchStart = m_lunch->isChecked() ? m_lunchStart->time() : QTime();
    s.lunchEnd = m_lunch->isChecked() ? m_lunchEnd->time() : QTime();
    return s;
}

void SiteForm::updateState()
{
    RecordFormT::updateState();
    // The times of the break mean something only when there is one.
    m_lunchStart->setEnabled(m_lunch->isEnabled() && m_lunch->isChecked());
    m_lunchEnd->setEnabled(m_lunch->isEnabled() && m_lunch->isChecked());
}

void SiteForm::focusFirstField()
{
    m_name->setFocus(Qt::OtherFocusReason);
}

} // namespace parcours::ui
