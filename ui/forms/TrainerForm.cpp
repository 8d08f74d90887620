// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrainerForm.h"

#include "CodeCombo.h"
#include "FormFields.h"
#include "ui/models/TrainerTableModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QVBoxLayout>
#include <QLineEdit>

namespace parcours::ui {

TrainerForm::TrainerForm(TrainerTableModel* model, QWidget* parent)
    : RecordFormT(model, parent), m_refEdit(new QLineEdit), m_name(new QLineEdit),
      m_kind(new QComboBox), m_modulesBox(new QWidget), m_email(new QLineEdit),
      m_phone(new QLineEdit), m_maxHours(new QDoubleSpinBox)
{
    setObjectName(QStringLiteral("trainerForm"));
    m_refEdit->setReadOnly(true);
    combo::fill<TrainerKind>(m_kind);
    auto* column = new QVBoxLayout(m_modulesBox);
    column->setContentsMargins(0, 0, 0, 0);
    for (Module m : allValues<Module>()) {
        auto* box = new QCheckBox(format::label(m), m_modulesBox);
        m_modules.insert(m, box);
        column->addWidget(box);
    }
    // 0 stands for "no limit": a trainer who may teach no hour at all would not be listed.
    m_maxHours->setRange(0, 60);
    m_maxHours->setDecimals(1);
    m_maxHours->setSingleStep(0.5);
    m_maxHours->setSpecialValueText(tr("No limit"));
    m_maxHours->setSuffix(tr(" h"));
    m_phone->setPlaceholderText(tr("06 12 34 56 78"));
    m_email->setPlaceholderText(tr("name@example.org"));

    addField(QStringLiteral("ref"), tr("Ref."), m_refEdit);
    addField(QStringLiteral("name"), tr("Na&me"), m_name);
    addField(QStringLiteral("kind"), tr("&Kind"), m_kind);
    addField(QStringLiteral("modules"), tr("Mod&ules taught"), m_modulesBox);
    addField(QStringLiteral("email"), tr("&Email"), m_email);
    addField(QStringLiteral("phone"), tr("&Phone"), m_phone);
    addField(QStringLiteral("max_hours_week"), tr("Max. &hours a week"), m_maxHours);
    finishFields();
}

void TrainerForm::fill(const Trainer& t)
{
    fields::setText(m_refEdit, t.ref);
    fields::setText(m_name, t.name);
    combo::select(m_kind, std::optional<TrainerKind>(t.kind));
    for (auto it = m_modules.cbegin(); it != m_modules.cend(); ++it)
        it.value()->setChecked(t.modules.contains(it.key()));
    m_maxHours->setValue(t.maxHoursWeek.value_or(0));
    fields::setText(m_email, t.email);
    fields::setText(m_phone, t.phone);
}

Trainer TrainerForm::collect() const
{
    Trainer t = m_original;
    t.ref = m_ref;
    t.name = fields::text(m_name);
    t.kind = combo::selected<TrainerKind>(m_kind).value_or(TrainerKind::Staff);
    t.modules.clear();
    for (auto it = m_modules.cbegin(); it != m_modules.cend(); ++it)
        if (it.value()->isChecked())
            t.modules << it.key();
    t.maxHoursWeek = m_maxHours->value() > 0 ? std::optional<double>(m_maxHours->value()) : std::nullopt;
    t.email = fields::text(m_email);
    t.phone = fields::text(m_phone);
    return t;
}

void TrainerForm::focusFirstField()
{
    m_name->setFocus(Qt::OtherFocusReason);
}

} // namespace parcours::ui
