// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/Room.h"
#include "core/domain/Session.h"
#include "core/domain/Trainer.h"
#include "core/services/TimetableChange.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTimeEdit;

namespace parcours::ui {

/// Edits one session: module, date, times, trainer, room, status and title, and, for a
/// session of a series, how far the edit reaches (this one, the following ones, all).
class SessionDialog : public QDialog
{
    Q_OBJECT
public:
    SessionDialog(const Session& session, const QList<Trainer>& trainers, const QList<Room>& rooms,
                  QWidget* parent = nullptr);

    /// The session as edited (its ref, cohort and series kept).
    Session session() const;
    EditScope scope() const;

    QComboBox* moduleBox() const { return m_module; }
    QDateEdit* dateEdit() const { return m_date; }
    QTimeEdit* startEdit() const { return m_start; }
    QTimeEdit* endEdit() const { return m_end; }
    QComboBox* trainerBox() const { return m_trainer; }
    QComboBox* roomBox() const { return m_room; }
    QComboBox* statusBox() const { return m_status; }
    QLineEdit* titleEdit() const { return m_title; }
    QButtonGroup* scopeGroup() const { return m_scope; }

    void accept() override;

private:
    Session m_session;
    QComboBox* m_module;
    QDateEdit* m_date;
    QTimeEdit* m_start;
    QTimeEdit* m_end;
    QComboBox* m_trainer;
    QComboBox* m_room;
    QComboBox* m_status;
    QLineEdit* m_title;
    QButtonGroup* m_scope = nullptr;
    QLabel* m_problem;
};

} // namespace parcours::ui
