// SPDX-License-Identifier: GPL-3.0-or-later
#include "EndPairingDialog.h"

#include "ui/models/Format.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace parcours::ui {

EndPairingDialog::EndPairingDialog(const QString& title, const QString& intro, const QDate& start,
                                   const QDate& today, QWidget* parent)
    : QDialog(parent), m_date(new QDateEdit(this)), m_reason(new QComboBox(this))
{
    setObjectName(QStringLiteral("endPairingDialog"));
    setWindowTitle(title);
    auto* text = new QLabel(intro, this);
    text->setWordWrap(true);

    m_date->setObjectName(QStringLiteral("endDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    if (start.isValid())
        m_date->setMinimumDate(start);
    m_date->setMaximumDate(qMax(today, start.isValid() ? start : today));
    m_date->setDate(qMax(today, start.isValid() ? start : today));
    m_date->setAccessibleName(tr("Ends on"));

    m_reason->setObjectName(QStringLiteral("endReason"));
    for (PairingEndReason r : allValues<PairingEndReason>())
        m_reason->addItem(format::label(r), codeOf(r));
    m_reason->setAccessibleName(tr("Reason"));

    auto* form = new QFormLayout;
    auto* dateLabel = new QLabel(tr("E&nds on"), this);
    dateLabel->setBuddy(m_date);
    form->addRow(dateLabel, m_date);
    auto* reasonLabel = new QLabel(tr("&Reason"), this);
    reasonLabel->setBuddy(m_reason);
    form->addRow(reasonLabel, m_reason);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QDate EndPairingDialog::date() const
{
    return m_date->date();
}

PairingEndReason EndPairingDialog::reason() const
{
    return fromCode<PairingEndReason>(m_reason->currentData().toString())
        .value_or(PairingEndReason::Other);
}

void EndPairingDialog::setReason(PairingEndReason reason)
{
    m_reason->setCurrentIndex(m_reason->findData(codeOf(reason)));
}

} // namespace parcours::ui
