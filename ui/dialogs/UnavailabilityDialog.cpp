// SPDX-License-Identifier: GPL-3.0-or-later
#include "UnavailabilityDialog.h"

#include "ui/ErrorMessages.h"
#include "ui/forms/ProblemText.h"
#include "ui/forms/UnavailabilityText.h"
#include "ui/widgets/DateField.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace parcours::ui {

namespace {

QTimeEdit* timeEdit(const QString& name, QWidget* parent)
{
    auto* edit = new QTimeEdit(parent);
    edit->setDisplayFormat(QStringLiteral("HH:mm"));
    edit->setAccessibleName(name);
    return edit;
}

} // namespace

UnavailabilityDialog::UnavailabilityDialog(const QString& trainerRef, const QString& trainerName,
                                           const std::optional<TrainerUnavailability>& current,
                                           Commit commit, QWidget* parent)
    : QDialog(parent), m_trainerRef(trainerRef), m_commit(std::move(commit)), m_weekday(new QComboBox(this)),
      m_start(timeEdit(tr("Start"), this)), m_end(timeEdit(tr("End"), this)), m_from(new DateField(this)),
      m_to(new DateField(this)), m_problem(new QLabel(this)), m_ok(nullptr)
{
    setObjectName(QStringLiteral("unavailabilityDialog"));
    setWindowTitle(current ? tr("Change a time away") : tr("Add a time away"));
    auto* intro = new QLabel(tr("When %1 cannot teach: every week, or only between two dates "
                                "(holidays, a training course).")
                                 .arg(trainerName),
                             this);
    intro->setWordWrap(true);

    for (int day = 1; day <= 7; ++day)
        m_weekday->addItem(UnavailabilityText::dayName(day), day);
    m_weekday->setAccessibleName(tr("Day"));
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_from->checkBox()->setAccessibleName(tr("Only from a date"));
    m_from->checkBox()->setToolTip(tr("Tick when the period starts on a date; unticked, it has always held"));
    m_to->checkBox()->setAccessibleName(tr("Only until a date"));
    m_to->checkBox()->setToolTip(tr("Tick when the period ends on a date; unticked, it holds on"));

    const TrainerUnavailability shown =
        current.value_or(TrainerUnavailability{0, trainerRef, 2, QTime(14, 0), QTime(18, 0), {}, {}});
    m_weekday->setCurrentIndex(qBound(0, shown.weekday - 1, 6));
    m_start->setTime(shown.start);
    m_end->setTime(shown.end);
    m_from->setDate(shown.fromDate);
    m_to->setDate(shown.toDate);

    m_problem->setObjectName(QStringLiteral("unavailabilityProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_problem->hide();

    auto* form = new QFormLayout;
    const auto row = [this, form](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    row(tr("&Day"), m_weekday);
    row(tr("&Start"), m_start);
    row(tr("&End"), m_end);
    row(tr("&From"), m_from);
    row(tr("&To"), m_to);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(current ? tr("&Save") : tr("&Add"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

TrainerUnavailability UnavailabilityDialog::value() const
{
    TrainerUnavailability u;
    u.trainerRef = m_trainerRef;
    u.weekday = m_weekday->currentData().toInt();
    u.start = m_start->time();
    u.end = m_end->time();
    u.fromDate = m_from->date();
    u.toDate = m_to->date();
    return u;
}

QString UnavailabilityDialog::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

QString UnavailabilityDialog::labelOf(const QString& field) const
{
    if (field == QLatin1String("weekday"))
        return tr("Day");
    if (field == QLatin1String("start"))
        return tr("Start");
    if (field == QLatin1String("end"))
        return tr("End");
    if (field == QLatin1String("from_date"))
        return tr("From");
    if (field == QLatin1String("to_date"))
        return tr("To");
    return field;
}

void UnavailabilityDialog::accept()
{
    const TrainerUnavailability u = value();
    QList<Problem> problems = u.validate();
    QString refusal;
    if (problems.isEmpty() && m_commit) {
        auto done = m_commit(u);
        if (done) {
            m_problem->hide();
            QDialog::accept();
            return;
        }
        if (done.error().code == ErrorCode::Invalid && !done.error().problems.isEmpty())
            problems = done.error().problems;
        else
            refusal = ErrorMessages::editFailed(done.error());
    } else if (problems.isEmpty()) {
        QDialog::accept();
        return;
    }
    QStringList lines;
    const auto label = [this](const QString& field) { return labelOf(field); };
    for (const Problem& p : std::as_const(problems)) {
        const QString sentence = p.reason == QLatin1String("is already listed")
            ? tr("This trainer is already away at exactly that time.")
            : ProblemText::sentence(p, label);
        lines << tr("%1: %2").arg(labelOf(p.field), sentence);
    }
    if (!refusal.isEmpty())
        lines << refusal;
    m_problem->setText(lines.join(QLatin1Char('\n')));
    m_problem->show();
}

} // namespace parcours::ui
