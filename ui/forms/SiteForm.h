// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordFormT.h"
#include "core/domain/Site.h"

class QCheckBox;
class QLineEdit;
class QTimeEdit;

namespace parcours::ui {

class SiteTableModel;

/// The details of one site (address, opening hours, lunch break), beside the list of sites.
class SiteForm : public RecordFormT<Site>
{
    Q_OBJECT
public:
    explicit SiteForm(SiteTableModel* model, QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }
    QTimeEdit* opensEdit() const { return m_opens; }
    QTimeEdit* closesEdit() const { return m_closes; }
    QCheckBox* lunchBox() const { return m_lunch; }

protected:
    void fill(const Site& s) override;
    Site collect() const override;
    QString newHeading() const override { return tr("New site"); }
    void focusFirstField() override;
    void updateState() override;

private:
    QLineEdit* m_refEdit;
    QLineEdit* m_name;
    QLineEdit* m_address;
    QLineEdit* m_city;
    QTimeEdit* m_opens;
    QTimeEdit* m_closes;
    QCheckBox* m_lunch;
    QTimeEdit* m_lunchStart;
    QTimeEdit* m_lunchEnd;
};

} // namespace parcours::ui
