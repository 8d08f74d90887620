// SPDX-License-Identifier: GPL-3.0-or-later
#include "WithdrawDialog.h"

#include "ui/models/Format.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace parcours::ui {

QStringList WithdrawDialog::commonReasons()
{
    return {tr("Found a job"),    tr("Started a training course"),
            tr("Moved away"),     tr("Health reasons"),
            tr("Family reasons"), tr("Administrative situation"),
            tr("No news")};
}

WithdrawDialog::WithdrawDialog(const QString& name, const QDate& enrolledOn, const QDate& today,
                               QWidget* parent)
    : QDialog(parent), m_date(new QDateEdit(this)), m_reason(new QComboBox(this)),
      m_level(new QComboBox(this)), m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("withdrawDialog"));
    setWindowTitle(tr("Withdraw “%1”").arg(name));

    auto* intro = new QLabel(tr("“%1” leaves the cohort before its end. The enrolment is kept, "
                                "marked as a withdrawal.")
                                 .arg(name),
                             this);
    intro->setWordWrap(true);

    m_date->setObjectName(QStringLiteral("withdrawDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    if (enrolledOn.isValid())
        m_date->setMinimumDate(enrolledOn);
    m_date->setMaximumDate(today);
    m_date->setDate(today);

    m_reason->setObjectName(QStringLiteral("withdrawReason"));
    m_reason->setEditable(true);
    m_reason->setInsertPolicy(QComboBox::NoInsert);
    m_reason->addItems(commonReasons());
    m_reason->setCurrentIndex(-1);
    m_reason->lineEdit()->setPlaceholderText(tr("Choose or type the reason"));

    m_level->setObjectName(QStringLiteral("withdrawLevel"));
    m_level->addItem(tr("Not assessed"), QString());
    for (CefrLevel level : allValues<CefrLevel>())
        m_level->addItem(format::label(level), codeOf(level));

    auto* form = new QFormLayout;
    auto* dateLabel = new QLabel(tr("&Left on"), this);
    dateLabel->setBuddy(m_date);
    form->addRow(dateLabel, m_date);
    auto* reasonLabel = new QLabel(tr("&Reason"), this);
    reasonLabel->setBuddy(m_reason);
    form->addRow(reasonLabel, m_reason);
    auto* levelLabel = new QLabel(tr("French &level reached"), this);
    levelLabel->setBuddy(m_level);
    form->addRow(levelLabel, m_level);
    m_date->setAccessibleName(tr("Left on"));
    m_reason->setAccessibleName(tr("Reason"));
    m_level->setAccessibleName(tr("French level reached"));

    m_problem->setObjectName(QStringLiteral("withdrawProblem"));
    m_problem->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_withdraw = buttons->addButton(tr("&Withdraw"), QDialogButtonBox::AcceptRole);
    m_withdraw->setObjectName(QStringLiteral("withdrawButton"));
    m_withdraw->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QComboBox::currentTextChanged, this, &WithdrawDialog::updateState);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    updateState();
}

Withdrawal WithdrawDialog::withdrawal() const
{
    return {m_date->date(), m_reason->currentText().trimmed(),
            fromCode<CefrLevel>(m_level->currentData().toString())};
}

void WithdrawDialog::updateState()
{
    // The reason is what the office reports on withdrawals: it is asked for, not optional.
    const bool hasReason = !m_reason->currentText().trimmed().isEmpty();
    m_withdraw->setEnabled(hasReason);
    m_problem->setText(hasReason ? QString() : tr("Give the reason for leaving."));
}

} // namespace parcours::ui
