// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordFormT.h"
#include "core/domain/Cohort.h"

class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace parcours::ui {

class CohortTableModel;
class DateField;
class SiteChoice;
class SiteTableModel;

/// The basic details of one cohort (name, site, dates, places, weekly targets), beside the list
/// of cohorts.
class CohortForm : public RecordFormT<Cohort>
{
    Q_OBJECT
public:
    CohortForm(CohortTableModel* model, SiteTableModel* sites, QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }
    DateField* startField() const { return m_start; }
    DateField* endField() const { return m_end; }
    SiteChoice* siteChoice() const { return m_site; }

protected:
    void fill(const Cohort& c) override;
    Cohort collect() const override;
    QString newHeading() const override { return tr("New cohort"); }
    void focusFirstField() override;

private:
    QLineEdit* m_refEdit;
    QLineEdit* m_name;
    QLineEdit* m_programme;
    SiteChoice* m_site;
    DateField* m_start;
    DateField* m_end;
    QSpinBox* m_capacity;
    QDoubleSpinBox* m_fleMin;
    QDoubleSpinBox* m_fleMax;
    QDoubleSpinBox* m_english;
    QDoubleSpinBox* m_softSkills;
};

} // namespace parcours::ui
