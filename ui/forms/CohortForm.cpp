// SPDX-License-Identifier: GPL-3.0-or-later
#include "CohortForm.h"

#include "FormFields.h"
#include "SiteChoice.h"
#include "ui/models/CohortTableModel.h"
#include "ui/widgets/DateField.h"

#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSpinBox>

namespace parcours::ui {

namespace {
QDoubleSpinBox* hoursSpin()
{
    auto* spin = new QDoubleSpinBox;
    spin->setRange(0, 60);
    spin->setDecimals(1);
    spin->setSingleStep(0.5);
    spin->setSuffix(CohortForm::tr(" h"));
    return spin;
}
} // namespace

CohortForm::CohortForm(CohortTableModel* model, SiteTableModel* sites, QWidget* parent)
    : RecordFormT(model, parent), m_refEdit(new QLineEdit), m_name(new QLineEdit),
      m_programme(new QLineEdit), m_site(new SiteChoice(sites, tr("No site yet"))),
      m_start(new DateField), m_end(new DateField), m_capacity(new QSpinBox),
      m_fleMin(hoursSpin()), m_fleMax(hoursSpin()), m_english(hoursSpin()),
      m_softSkills(hoursSpin())
{
    setObjectName(QStringLiteral("cohortForm"));
    m_refEdit->setReadOnly(true);
    m_programme->setPlaceholderText(tr("Tremplin"));
    m_capacity->setRange(1, 500);
    m_fleMin->setToolTip(tr("French (FLE): the fewest hours a full week should have"));
    m_fleMax->setToolTip(tr("French (FLE): the most hours a full week should have"));

    addField(QStringLiteral("ref"), tr("Ref."), m_refEdit);
    addField(QStringLiteral("name"), tr("N&ame"), m_name);
    addField(QStringLiteral("programme"), tr("&Programme"), m_programme);
    addField(QStringLiteral("site_ref"), tr("Si&te"), m_site);
    addField(QStringLiteral("start_date"), tr("Starts &on"), m_start);
    addField(QStringLiteral("end_date"), tr("&Ends on"), m_end);
    addField(QStringLiteral("capacity"), tr("Pla&ces"), m_capacity);
    addField(QStringLiteral("fle_hours_min"), tr("French, at &least"), m_fleMin);
    addField(QStringLiteral("fle_hours_max"), tr("French, at &most"), m_fleMax);
    addField(QStringLiteral("english_hours"), tr("En&glish"), m_english);
    addField(QStringLiteral("soft_skills_hours"), tr("So&ft skills"), m_softSkills);
    finishFields();
}

void CohortForm::fill(const Cohort& c)
{
    fields::setText(m_refEdit, c.ref);
    fields::setText(m_name, c.name);
    fields::setText(m_programme, c.programme);
    m_site->setSiteRef(c.siteRef);
    m_start->setDate(c.startDate);
    m_end->setDate(c.endDate);
    m_capacity->setValue(c.capacity);
    m_fleMin->setValue(c.fleHoursMin);
    m_fleMax->setValue(c.fleHoursMax);
    m_english->setValue(c.englishHours);
    m_softSkills->setValue(c.softSkillsHours);
}

Cohort CohortForm::collect() const
{
    Cohort c = m_original;
    c.ref = m_ref;
    c.name = fields::text(m_name);
    c.programme = fields::text(m_programme);
    c.siteRef = m_site->siteRef();
    c.startDate = m_start->date();
    c.endDate = m_end->date();
    c.capacity = m_capacity->value();
    c.fleHoursMin = m_fleMin->value();
    c.fleHoursMax = m_fleMax->value();
    c.englishHours = m_english->value();
    c.softSkillsHours = m_softSkills->value();
    return c;
}

void CohortForm::focusFirstField()
{
    m_name->setFocus(Qt::OtherFocusReason);
}

} // namespace parcours::ui
