// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionDialog.h"

#include "ui/forms/CodeCombo.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace parcours::ui {

namespace {

QTimeEdit* timeEdit(const QTime& time, QWidget* parent)
{
    auto* edit = new QTimeEdit(time, parent);
    edit->setDisplayFormat(QStringLiteral("HH:mm"));
    return edit;
}

} // namespace

SessionDialog::SessionDialog(const Session& session, const QList<Trainer>& trainers,
                             const QList<Room>& rooms, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Session %1").arg(session.ref));
    auto* form = new QFormLayout;

    m_module = new QComboBox(this);
    combo::fill<Module>(m_module);
    combo::select<Module>(m_module, session.module);
    form->addRow(tr("&Module:"), m_module);

    m_date = new QDateEdit(session.date, this);
    m_date->setCalendarPopup(true);
    form->addRow(tr("&Date:"), m_date);
    m_start = timeEdit(session.start, this);
    form->addRow(tr("&Start:"), m_start);
    m_end = timeEdit(session.end, this);
    form->addRow(tr("&End:"), m_end);

    m_trainer = new QComboBox(this);
    m_trainer->addItem(tr("(no trainer)"), QString());
    for (const Trainer& t : trainers)
        m_trainer->addItem(t.name.isEmpty() ? t.ref : t.name, t.ref);
    m_trainer->setCurrentIndex(qMax(0, m_trainer->findData(session.trainerRef)));
    form->addRow(tr("&Trainer:"), m_trainer);

    m_room = new QComboBox(this);
    m_room->addItem(tr("(no room)"), QString());
    for (const Room& r : rooms)
        m_room->addItem(r.name.isEmpty() ? r.ref : r.name, r.ref);
    m_room->setCurrentIndex(qMax(0, m_room->findData(session.roomRef)));
    form->addRow(tr("&Room:"), m_room);

    m_status = new QComboBox(this);
    combo::fill<SessionStatus>(m_status);
    combo::select<SessionStatus>(m_status, session.status);
    form->addRow(tr("S&tatus:"), m_status);

    m_title = new QLineEdit(session.title, this);
    form->addRow(tr("T&itle:"), m_title);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);

    if (!session.seriesRef.isEmpty()) {
        auto* box = new QGroupBox(tr("This session belongs to the series %1. Change:")
                                      .arg(session.seriesRef),
                                  this);
        auto* boxLayout = new QVBoxLayout(box);
        m_scope = new QButtonGroup(this);
        const std::pair<EditScope, QString> choices[] = {
            {EditScope::Occurrence, tr("This session &only")},
            {EditScope::Following, tr("This session and the &following ones")},
            {EditScope::Series, tr("&All the sessions of the series")},
        };
        for (const auto& [scope, text] : choices) {
            auto* button = new QRadioButton(text, box);
            m_scope->addButton(button, int(scope));
            boxLayout->addWidget(button);
        }
        m_scope->button(int(EditScope::Occurrence))->setChecked(true);
        layout->addWidget(box);
    }

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00000"));
    m_problem->hide();
    layout->addWidget(m_problem);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SessionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SessionDialog::reject);
    layout->addWidget(buttons);
}

Session SessionDialog::session() const
{
    Session s = m_session;
    s.module = combo::selected<Module>(m_module).value_or(s.module);
    s.date = m_date->date();
    s.start = m_start->time();
    s.end = m_end->time();
    s.trainerRef = m_trainer->currentData().toString();
    s.roomRef = m_room->currentData().toString();
    s.status = combo::selected<SessionStatus>(m_status).value_or(s.status);
    s.title = m_title->text().trimmed();
    return s;
}

EditScope SessionDialog::scope() const
{
    return m_scope ? EditScope(m_scope->checkedId()) : EditScope::Occurrence;
}

void SessionDialog::accept()
{
    const Session s = session();
    if (s.end <= s.start) {
        m_problem->setText(tr("The session must end after it starts."));
        m_problem->show();
        m_end->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace parcours::ui
