// SPDX-License-Identifier: GPL-3.0-or-later
#include "SeriesDialog.h"

#include "ui/ErrorMessages.h"
#include "ui/forms/CodeCombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace parcours::ui {

namespace {

QTimeEdit* timeEdit(const QTime& time, const QString& name, QWidget* parent)
{
    auto* edit = new QTimeEdit(time, parent);
    edit->setDisplayFormat(QStringLiteral("HH:mm"));
    edit->setAccessibleName(name);
    return edit;
}

QDateEdit* dateEdit(const QString& name, QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setAccessibleName(name);
    return edit;
}

/// The number of the cohort's week (week 1: the ISO week of its start) that holds `date`.
int weekOf(const Cohort& cohort, const QDate& date)
{
    const QDate monday = cohort.startDate.addDays(1 - cohort.startDate.dayOfWeek());
    return int(monday.daysTo(date) / 7) + 1;
}

} // namespace

SeriesDialog::SeriesDialog(const QList<Cohort>& cohorts, const QList<Trainer>& trainers,
                           const QList<Room>& rooms, Previewer previewer, const QString& cohortRef,
                           QWidget* parent)
    : QDialog(parent), m_cohorts(cohorts), m_previewer(std::move(previewer))
{
    setWindowTitle(tr("New series"));
    auto* form = new QFormLayout;

    m_cohort = new QComboBox(this);
    for (const Cohort& c : cohorts)
        m_cohort->addItem(c.name.isEmpty() || c.name == c.ref ? c.ref : c.name + QStringLiteral(" (") + c.ref + QLatin1Char(')'),
                          c.ref);
    m_cohort->setCurrentIndex(qMax(0, m_cohort->findData(cohortRef)));
    form->addRow(tr("C&ohort"), m_cohort);
    m_cohortDates = new QLabel(this);
    form->addRow(QString(), m_cohortDates);

    m_module = new QComboBox(this);
    combo::fill<Module>(m_module);
    combo::select<Module>(m_module, Module::Fle);
    form->addRow(tr("&Module"), m_module);

    auto* daysRow = new QHBoxLayout;
    const QLocale locale;
    for (int day = 1; day <= 6; ++day) {
        auto* box = new QCheckBox(locale.dayName(day, QLocale::ShortFormat), this);
        box->setAccessibleName(locale.dayName(day, QLocale::LongFormat));
        box->setChecked(day <= 4);
        m_days << box;
        daysRow->addWidget(box);
    }
    daysRow->addStretch(1);
    auto* daysLabel = new QLabel(tr("Da&ys"), this);
    daysLabel->setBuddy(m_days.first());
    form->addRow(daysLabel, daysRow);

    m_start = timeEdit(QTime(9, 0), tr("Start"), this);
    m_end = timeEdit(QTime(12, 30), tr("End"), this);
    auto* timesRow = new QHBoxLayout;
    timesRow->addWidget(m_start);
    timesRow->addWidget(new QLabel(tr("to"), this));
    timesRow->addWidget(m_end);
    timesRow->addStretch(1);
    auto* timesLabel = new QLabel(tr("&Times"), this);
    timesLabel->setBuddy(m_start);
    form->addRow(timesLabel, timesRow);

    m_trainer = new QComboBox(this);
    m_trainer->addItem(tr("(no trainer)"), QString());
    for (const Trainer& t : trainers)
        m_trainer->addItem(t.name.isEmpty() ? t.ref : t.name, t.ref);
    form->addRow(tr("T&rainer"), m_trainer);

    m_room = new QComboBox(this);
    m_room->addItem(tr("(no room)"), QString());
    for (const Room& r : rooms)
        m_room->addItem(r.name.isEmpty() ? r.ref : r.name, r.ref);
    form->addRow(tr("Roo&m"), m_room);

    m_title = new QLineEdit(this);
    form->addRow(tr("T&itle"), m_title);

    m_byWeeks = new QRadioButton(tr("&Weeks of the cohort"), this);
    m_firstWeek = new QSpinBox(this);
    m_firstWeek->setAccessibleName(tr("First week"));
    m_lastWeek = new QSpinBox(this);
    m_lastWeek->setAccessibleName(tr("Last week"));
    m_byDates = new QRadioButton(tr("&Dates"), this);
    m_firstDate = dateEdit(tr("First date"), this);
    m_lastDate = dateEdit(tr("Last date"), this);
    auto* period = new QGridLayout;
    period->addWidget(m_byWeeks, 0, 0);
    period->addWidget(m_firstWeek, 0, 1);
    period->addWidget(new QLabel(tr("to"), this), 0, 2);
    period->addWidget(m_lastWeek, 0, 3);
    period->addWidget(m_byDates, 1, 0);
    period->addWidget(m_firstDate, 1, 1);
    period->addWidget(new QLabel(tr("to"), this), 1, 2);
    period->addWidget(m_lastDate, 1, 3);
    period->setColumnStretch(4, 1);
    m_byWeeks->setChecked(true);
    form->addRow(tr("Period"), period);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00000"));
    m_problem->setAccessibleName(tr("Problems"));

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_skipped = new QListWidget(this);
    m_skipped->setAccessibleName(tr("Days skipped"));
    m_skipped->setSelectionMode(QAbstractItemView::NoSelection);
    m_skipped->setMinimumHeight(110);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_summary);
    layout->addWidget(m_skipped, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SeriesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SeriesDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_cohort, &QComboBox::currentIndexChanged, this, &SeriesDialog::cohortChosen);
    connect(m_byWeeks, &QRadioButton::toggled, this, &SeriesDialog::periodChosen);
    for (QComboBox* box : {m_module, m_trainer, m_room})
        connect(box, &QComboBox::currentIndexChanged, this, &SeriesDialog::refresh);
    for (QCheckBox* box : std::as_const(m_days))
        connect(box, &QCheckBox::toggled, this, &SeriesDialog::refresh);
    for (QTimeEdit* edit : {m_start, m_end})
        connect(edit, &QTimeEdit::timeChanged, this, &SeriesDialog::refresh);
    for (QSpinBox* box : {m_firstWeek, m_lastWeek})
        connect(box, &QSpinBox::valueChanged, this, &SeriesDialog::refresh);
    for (QDateEdit* edit : {m_firstDate, m_lastDate})
        connect(edit, &QDateEdit::dateChanged, this, &SeriesDialog::refresh);
    connect(m_title, &QLineEdit::textChanged, this, &SeriesDialog::refresh);

    cohortChosen();
    periodChosen();
}

const Cohort* SeriesDialog::cohort() const
{
    const QString ref = m_cohort->currentData().toString();
    for (const Cohort& c : m_cohorts)
        if (c.ref == ref)
            return &c;
    return nullptr;
}

void SeriesDialog::cohortChosen()
{
    m_updating = true;
    const Cohort* c = cohort();
    const bool dated = c && c->startDate.isValid() && c->endDate.isValid();
    const int weeks = dated ? weekOf(*c, c->endDate) : 1;
    m_firstWeek->setRange(1, qMax(1, weeks));
    m_lastWeek->setRange(1, qMax(1, weeks));
    m_firstWeek->setValue(1);
    m_lastWeek->setValue(weeks);
    if (dated) {
        m_firstDate->setDate(c->startDate);
        m_lastDate->setDate(c->endDate);
        const QLocale locale;
        //: %1 and %2 the cohort's first and last days, %3 its number of weeks
        m_cohortDates->setText(tr("From %1 to %2, %n week(s)", nullptr, weeks)
                                   .arg(locale.toString(c->startDate, QLocale::LongFormat),
                                        locale.toString(c->endDate, QLocale::LongFormat)));
    } else {
        m_cohortDates->setText(c ? tr("This cohort has no start or end date yet.") : QString());
    }
    m_updating = false;
    refresh();
}

void SeriesDialog::periodChosen()
{
    const bool weeks = m_byWeeks->isChecked();
    m_firstWeek->setEnabled(weeks);
    m_lastWeek->setEnabled(weeks);
    m_firstDate->setEnabled(!weeks);
    m_lastDate->setEnabled(!weeks);
    refresh();
}

Series SeriesDialog::series() const
{
    Series s;
    s.cohortRef = m_cohort->currentData().toString();
    s.module = combo::selected<Module>(m_module).value_or(Module::Fle);
    for (int i = 0; i < m_days.size(); ++i)
        if (m_days[i]->isChecked())
            s.weekdays << i + 1;
    s.start = m_start->time();
    s.end = m_end->time();
    s.trainerRef = m_trainer->currentData().toString();
    s.roomRef = m_room->currentData().toString();
    s.title = m_title->text().trimmed();
    if (m_byWeeks->isChecked()) {
        if (const Cohort* c = cohort())
            if (auto range = SessionSeries::cohortWeeks(*c, m_firstWeek->value(), m_lastWeek->value())) {
                s.firstDate = range->first;
                s.lastDate = range->second;
            }
    } else {
        s.firstDate = m_firstDate->date();
        s.lastDate = m_lastDate->date();
    }
    return s;
}

QString SeriesDialog::skippedText(const SkippedDate& day, const QLocale& locale)
{
    //: %1 a date ("Monday 21 April 2025"), %2 why ("Easter Monday", "Office closed: move")
    return tr("%1: %2").arg(locale.toString(day.date, QStringLiteral("dddd d MMMM yyyy")), day.reasonText());
}

void SeriesDialog::refresh()
{
    if (m_updating)
        return;
    m_problems.clear();
    m_occurrences = {};
    const Cohort* c = cohort();
    const Series s = series();
    if (!c)
        m_problems << tr("Choose a cohort.");
    if (s.weekdays.isEmpty())
        m_problems << tr("Tick at least one day of the week.");
    if (s.end <= s.start)
        m_problems << tr("The sessions must end after they start.");
    if (c && (!c->startDate.isValid() || !c->endDate.isValid())) {
        m_problems << tr("Give the cohort its start and end dates first.");
    } else if (c && m_byWeeks->isChecked()) {
        if (m_lastWeek->value() < m_firstWeek->value())
            m_problems << tr("The last week must not come before the first.");
    } else if (c) {
        if (s.lastDate < s.firstDate)
            m_problems << tr("The last date must not come before the first.");
        if (s.firstDate < c->startDate || s.lastDate > c->endDate)
            m_problems << tr("The dates must be inside the cohort's, from %1 to %2.")
                              .arg(QLocale().toString(c->startDate, QLocale::ShortFormat),
                                   QLocale().toString(c->endDate, QLocale::ShortFormat));
    }
    if (m_byWeeks->isChecked() && s.firstDate.isValid()) {
        // The dates the weeks stand for, for the person to see.
        const QSignalBlocker b1(m_firstDate);
        const QSignalBlocker b2(m_lastDate);
        m_firstDate->setDate(s.firstDate);
        m_lastDate->setDate(s.lastDate);
    }
    if (m_problems.isEmpty() && m_previewer) {
        Series rule = s;
        rule.ref = QStringLiteral("SR-PREVIEW");
        if (auto preview = m_previewer(rule))
            m_occurrences = std::move(*preview);
        else
            m_problems << ErrorMessages::readFailed(preview.error());
        if (m_problems.isEmpty() && m_occurrences.sessions.isEmpty())
            m_problems << tr("Every day of this period is closed: the series would make no session.");
    }

    const QLocale locale;
    m_skipped->clear();
    if (m_problems.isEmpty() && !m_occurrences.sessions.isEmpty()) {
        const QList<Session>& list = m_occurrences.sessions;
        //: %1 and %2 the first and last sessions' dates
        m_summary->setText(tr("%n session(s), from %1 to %2.", nullptr, int(list.size()))
                               .arg(locale.toString(list.first().date, QLocale::ShortFormat),
                                    locale.toString(list.last().date, QLocale::ShortFormat))
                           + QLatin1Char(' ')
                           + (m_occurrences.skipped.isEmpty()
                                  ? tr("No day skipped.")
                                  : tr("%n day(s) skipped:", nullptr, int(m_occurrences.skipped.size()))));
        for (const SkippedDate& day : std::as_const(m_occurrences.skipped))
            new QListWidgetItem(skippedText(day, locale), m_skipped);
    } else {
        m_summary->clear();
    }
    m_skipped->setVisible(!m_occurrences.skipped.isEmpty());
    m_problem->setText(m_problems.join(QLatin1Char('\n')));
    m_problem->setVisible(!m_problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problems.isEmpty());
}

} // namespace parcours::ui
