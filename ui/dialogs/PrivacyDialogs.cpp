// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivacyDialogs.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parcours::ui {

ConsentOverrideDialog::ConsentOverrideDialog(const QStringList& names, QWidget* parent)
    : QDialog(parent), m_reason(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("consentOverrideDialog"));
    setWindowTitle(tr("Enrol without a consent date"));
    const QString who = names.size() == 1 ? tr("“%1” has no consent date.").arg(names.first())
                                          : tr("%n participant(s) have no consent date: %1.", nullptr,
                                               int(names.size()))
                                                .arg(names.join(QStringLiteral(", ")));
    auto* intro = new QLabel(who + QLatin1Char(' ')
                                 + tr("A participant is enrolled once they have agreed to the use of their "
                                      "data (GDPR). Record the date of their consent in their details, or "
                                      "give the reason to enrol them now: it is kept with the enrolment."),
                             this);
    intro->setWordWrap(true);
    intro->setObjectName(QStringLiteral("consentIntro"));

    m_reason->setObjectName(QStringLiteral("consentReason"));
    m_reason->setAccessibleName(tr("Reason to enrol without a consent date"));
    m_reason->setPlaceholderText(tr("For instance: consent given orally, form to be signed on the first day"));
    m_reason->setTabChangesFocus(true);
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4 + 12);
    auto* reasonLabel = new QLabel(tr("&Reason"), this);
    reasonLabel->setBuddy(m_reason);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_enrol = buttons->addButton(tr("&Enrol without consent"), QDialogButtonBox::AcceptRole);
    m_enrol->setObjectName(QStringLiteral("consentEnrolButton"));
    m_enrol->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this,
            [this] { m_enrol->setEnabled(!reason().trimmed().isEmpty()); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

QString ConsentOverrideDialog::reason() const
{
    return m_reason->toPlainText();
}

EraseDialog::EraseDialog(const ErasurePreview& p, QWidget* parent)
    : QDialog(parent), m_summary(new QLabel(this)), m_understood(new QCheckBox(this)),
      m_purge(new QCheckBox(this))
{
    setObjectName(QStringLiteral("eraseDialog"));
    setWindowTitle(tr("Erase “%1”").arg(p.name));
    auto* heading = new QLabel(tr("Erase the %1 “%2” (%3) and everything that refers to them?")
                                   .arg(p.kindLabel, p.name, p.ref),
                               this);
    heading->setWordWrap(true);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);

    QStringList goes;
    const auto add = [&goes](int n, const QString& text) {
        if (n > 0)
            goes << text;
    };
    add(p.enrolments, tr("%n enrolment(s)", nullptr, p.enrolments));
    add(p.attendance, tr("%n attendance mark(s)", nullptr, p.attendance));
    add(p.pairings, tr("%n pairing(s)", nullptr, p.pairings));
    add(p.checkIns, tr("%n check-in(s)", nullptr, p.checkIns));
    add(p.outcomes, tr("%n outcome(s)", nullptr, p.outcomes));
    QString text = goes.isEmpty() ? tr("Nothing else refers to them.")
                                  : tr("With them go: %1.").arg(QLocale().createSeparatedList(goes));
    text += QLatin1String("\n\n")
        + tr("This cannot be undone, not even with Undo: their data is overwritten in the file. The "
             "audit log keeps that %1 was erased, not who it was. Figures of past cohorts change, since "
             "they no longer count this person.")
              .arg(p.ref);
    m_summary->setObjectName(QStringLiteral("eraseSummary"));
    m_summary->setText(text);
    m_summary->setWordWrap(true);

    m_understood->setObjectName(QStringLiteral("eraseUnderstood"));
    m_understood->setText(tr("I understand that this erasure is final"));
    m_purge->setObjectName(QStringLiteral("erasePurge"));
    m_purge->setText(tr("Also remove the %n backup copy(ies) that still hold their data (a new backup is "
                        "made at once)",
                        nullptr, p.copies));
    m_purge->setVisible(p.copies > 0);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_erase = buttons->addButton(tr("&Erase"), QDialogButtonBox::DestructiveRole);
    m_erase->setObjectName(QStringLiteral("eraseButton"));
    m_erase->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_erase, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_understood, &QCheckBox::toggled, m_erase, &QPushButton::setEnabled);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_purge);
    layout->addWidget(m_understood);
    layout->addWidget(buttons);
    // The size of the layout's hint, fixed: the wrapped texts get the height of the width the
    // check boxes (which do not wrap) need. A window's own adjustSize() would cap the width at
    // two thirds of the screen, then cut the texts it had measured wider.
    layout->setSizeConstraint(QLayout::SetFixedSize);
}

bool EraseDialog::purgeCopies() const
{
    return m_purge->isVisible() && m_purge->isChecked();
}

RetentionDialog::RetentionDialog(int years, Lister lister, QWidget* parent)
    : QDialog(parent), m_lister(std::move(lister)), m_years(new QSpinBox(this)),
      m_table(new QTableWidget(0, 4, this)), m_count(new QLabel(this)), m_understood(new QCheckBox(this)),
      m_purge(new QCheckBox(this))
{
    setObjectName(QStringLiteral("retentionDialog"));
    setWindowTitle(tr("Retention of personal data"));
    auto* intro = new QLabel(tr("Personal data is kept no longer than needed. The CNIL suggests 2 years after "
                                "the end of the support for social support. Listed here: participants whose "
                                "last programme ended, and volunteers whose availability ended, more than "
                                "the period below."),
                             this);
    intro->setWordWrap(true);

    m_years->setObjectName(QStringLiteral("retentionYears"));
    m_years->setRange(1, 100);
    m_years->setValue(years);
    m_years->setSuffix(tr(" year(s)"));
    m_years->setAccessibleName(tr("Retention period in years"));
    auto* form = new QFormLayout;
    auto* yearsLabel = new QLabel(tr("&Keep data for"), this);
    yearsLabel->setBuddy(m_years);
    form->addRow(yearsLabel, m_years);

    m_table->setObjectName(QStringLiteral("retentionTable"));
    m_table->setAccessibleName(tr("People whose data has been kept long enough"));
    m_table->setHorizontalHeaderLabels({tr("Kind"), tr("Ref"), tr("Name"), tr("Ended on")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_count->setObjectName(QStringLiteral("retentionCount"));
    m_count->setWordWrap(true);

    m_understood->setObjectName(QStringLiteral("retentionUnderstood"));
    m_understood->setText(tr("I understand that erasing them is final"));
    m_purge->setObjectName(QStringLiteral("retentionPurge"));
    m_purge->setText(tr("Also remove the backup copies that still hold their data (a new backup is made at once)"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_erase = buttons->addButton(tr("&Erase them"), QDialogButtonBox::DestructiveRole);
    m_erase->setObjectName(QStringLiteral("retentionEraseButton"));
    connect(m_erase, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_understood, &QCheckBox::toggled, this, &RetentionDialog::updateState);
    connect(m_years, &QSpinBox::valueChanged, this, &RetentionDialog::refresh);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_purge);
    layout->addWidget(m_understood);
    layout->addWidget(buttons);
    resize(720, 480);
    refresh();
}

int RetentionDialog::years() const
{
    return m_years->value();
}

bool RetentionDialog::purgeCopies() const
{
    return m_purge->isChecked();
}

void RetentionDialog::refresh()
{
    auto people = m_lister(years());
    m_people = people ? *people : QList<ExpiredPerson>();
    m_table->setRowCount(int(m_people.size()));
    const QLocale locale;
    for (int row = 0; row < m_people.size(); ++row) {
        const ExpiredPerson& p = m_people.at(row);
        const QStringList cells = {p.kind == ExpiredPerson::Kind::Volunteer ? tr("Volunteer") : tr("Participant"),
                                   p.ref, p.firstName + QLatin1Char(' ') + p.lastName,
                                   locale.toString(p.lastEnd, QLocale::ShortFormat)};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    m_table->resizeColumnToContents(3);
    if (!people)
        m_count->setText(tr("The list cannot be read: %1").arg(people.error().detail));
    else if (m_people.isEmpty())
        m_count->setText(tr("Nobody's data has been kept longer than %n year(s).", nullptr, years()));
    else
        m_count->setText(tr("%n person(s) to erase, with everything that refers to them.", nullptr,
                            int(m_people.size())));
    updateState();
}

void RetentionDialog::updateState()
{
    m_understood->setEnabled(!m_people.isEmpty());
    m_purge->setEnabled(!m_people.isEmpty());
    m_erase->setEnabled(!m_people.isEmpty() && m_understood->isChecked());
}

} // namespace parcours::ui
