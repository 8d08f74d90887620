// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoomForm.h"

#include "FormFields.h"
#include "SiteChoice.h"
#include "ui/models/RoomTableModel.h"

#include <QLineEdit>
#include <QSpinBox>

namespace parcours::ui {

RoomForm::RoomForm(RoomTableModel* model, SiteTableModel* sites, QWidget* parent)
    : RecordFormT(model, parent), m_refEdit(new QLineEdit), m_name(new QLineEdit),
      m_site(new SiteChoice(sites, QString())), m_capacity(new QSpinBox)
{
    setObjectName(QStringLiteral("roomForm"));
    m_refEdit->setReadOnly(true);
    m_capacity->setRange(0, 1000);
    m_capacity->setSpecialValueText(tr("Not given"));
    m_capacity->setToolTip(tr("How many people the room seats"));
    addField(QStringLiteral("ref"), tr("Ref."), m_refEdit);
    addField(QStringLiteral("name"), tr("N&ame"), m_name);
    addField(QStringLiteral("site_ref"), tr("Si&te"), m_site);
    addField(QStringLiteral("capacity"), tr("S&eats"), m_capacity);
    finishFields();
}

Room RoomForm::blank() const
{
    Room r;
    r.siteRef = m_defaultSite;
    return r;
}

void RoomForm::fill(const Room& r)
{
    fields::setText(m_refEdit, r.ref);
    fields::setText(m_name, r.name);
    m_site->setSiteRef(r.siteRef);
    m_capacity->setValue(r.capacity.value_or(0));
}

Room RoomForm::collect() const
{
    Room r = m_original;
    r.ref = m_ref;
    r.name = fields::text(m_name);
    r.siteRef = m_site->siteRef();
    r.capacity = m_capacity->value() > 0 ? std::optional<int>(m_capacity->value()) : std::nullopt;
    return r;
}

void RoomForm::focusFirstField()
{
    m_name->setFocus(Qt::OtherFocusReason);
}

} // namespace parcours::ui
