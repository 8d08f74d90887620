// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordFormT.h"
#include "core/domain/Room.h"

class QLineEdit;
class QSpinBox;

namespace parcours::ui {

class RoomTableModel;
class SiteChoice;
class SiteTableModel;

/// The details of one room, beside the rooms of the chosen site.
class RoomForm : public RecordFormT<Room>
{
    Q_OBJECT
public:
    RoomForm(RoomTableModel* model, SiteTableModel* sites, QWidget* parent = nullptr);

    /// The site a new room starts in (the one chosen in the list of sites).
    void setDefaultSite(const QString& siteRef) { m_defaultSite = siteRef; }

    QLineEdit* nameEdit() const { return m_name; }
    QSpinBox* capacitySpin() const { return m_capacity; }
    SiteChoice* siteChoice() const { return m_site; }

protected:
    void fill(const Room& r) override;
    Room collect() const override;
    Room blank() const override;
    QString newHeading() const override { return tr("New room"); }
    void focusFirstField() override;

private:
    QLineEdit* m_refEdit;
    QLineEdit* m_name;
    SiteChoice* m_site;
    QSpinBox* m_capacity;
    QString m_defaultSite;
};

} // namespace parcours::ui
