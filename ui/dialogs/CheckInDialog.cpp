// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckInDialog.h"

#include "ui/models/Format.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace parcours::ui {

CheckInDialog::CheckInDialog(const QString& pairingRef, const QString& pairing,
                             const QDate& start, const QDate& today, QWidget* parent)
    : QDialog(parent), m_pairingRef(pairingRef), m_date(new QDateEdit(this)),
      m_duration(new QSpinBox(this)), m_kind(new QComboBox(this)),
      m_notes(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("checkInDialog"));
    setWindowTitle(tr("Log a check-in"));
    auto* intro = new QLabel(tr("A meeting of %1.").arg(pairing), this);
    intro->setWordWrap(true);

    m_date->setObjectName(QStringLiteral("checkInDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    const QDate latest = start.isValid() ? qMax(today, start) : today;
    if (start.isValid())
        m_date->setMinimumDate(start);
    m_date->setMaximumDate(latest);
    m_date->setDate(latest);
    m_date->setAccessibleName(tr("Date"));

    m_duration->setObjectName(QStringLiteral("checkInDuration"));
    m_duration->setRange(0, 600);
    m_duration->setSingleStep(15);
    m_duration->setValue(60);
    m_duration->setSuffix(tr(" min"));
    m_duration->setSpecialValueText(tr("Not recorded"));
    m_duration->setAccessibleName(tr("Duration in minutes"));

    m_kind->setObjectName(QStringLiteral("checkInKind"));
    m_kind->addItem(tr("Not recorded"), QString());
    for (CheckInKind kind : allValues<CheckInKind>())
        m_kind->addItem(format::label(kind), codeOf(kind));
    m_kind->setCurrentIndex(m_kind->findData(codeOf(CheckInKind::InPerson)));
    m_kind->setAccessibleName(tr("Kind of meeting"));

    m_notes->setObjectName(QStringLiteral("checkInNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setPlaceholderText(tr("What was discussed, what comes next"));

    auto* form = new QFormLayout;
    const auto row = [this, form](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    row(tr("&Date"), m_date);
    row(tr("D&uration"), m_duration);
    row(tr("&Kind"), m_kind);
    row(tr("&Notes"), m_notes);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* log = buttons->addButton(tr("&Log"), QDialogButtonBox::AcceptRole);
    log->setObjectName(QStringLiteral("logButton"));
    log->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

CheckIn CheckInDialog::checkIn() const
{
    CheckIn c;
    c.pairingRef = m_pairingRef;
    c.date = m_date->date();
    if (m_duration->value() > 0)
        c.durationMinutes = m_duration->value();
    c.kind = fromCode<CheckInKind>(m_kind->currentData().toString());
    c.notes = m_notes->toPlainText().trimmed();
    return c;
}

} // namespace parcours::ui
