// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/Cohort.h"
#include "core/domain/Room.h"
#include "core/domain/Trainer.h"
#include "core/timetable/SessionSeries.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;
class QSpinBox;
class QTimeEdit;

namespace parcours::ui {

/// Makes a weekly series: a cohort, a module, weekdays, times, a trainer, a room, a title, and
/// either the cohort's weeks N to M or a first and last date. While the person types it checks
/// the rule (a weekday, an end after the start, dates inside the cohort) and shows how many
/// sessions it makes and which days it skips (public holidays by name, office closures with
/// their reason), as TimetableService::preview says. OK stays disabled while anything is wrong.
class SeriesDialog : public QDialog
{
    Q_OBJECT
public:
    /// What the rule would make (TimetableService::preview).
    using Previewer = std::function<Result<SeriesOccurrences>(const Series&)>;

    /// `cohortRef` is chosen first (empty or unknown: the first cohort); `trainerRef` and
    /// `roomRef` are chosen when given.
    SeriesDialog(const QList<Cohort>& cohorts, const QList<Trainer>& trainers, const QList<Room>& rooms,
                 Previewer previewer, const QString& cohortRef, QWidget* parent = nullptr);

    /// The rule as typed (its ref empty: the service numbers it).
    Series series() const;
    /// The rule's sessions and skipped days as last previewed.
    const SeriesOccurrences& occurrences() const { return m_occurrences; }
    /// What is wrong with the rule, one sentence a line; empty when it can be made.
    QStringList problems() const { return m_problems; }

    QComboBox* cohortBox() const { return m_cohort; }
    QComboBox* moduleBox() const { return m_module; }
    /// Monday (index 0) to Saturday (index 5).
    QCheckBox* weekdayBox(int isoWeekday) const { return m_days.value(isoWeekday - 1); }
    QTimeEdit* startEdit() const { return m_start; }
    QTimeEdit* endEdit() const { return m_end; }
    QComboBox* trainerBox() const { return m_trainer; }
    QComboBox* roomBox() const { return m_room; }
    QLineEdit* titleEdit() const { return m_title; }
    QRadioButton* byWeeksButton() const { return m_byWeeks; }
    QRadioButton* byDatesButton() const { return m_byDates; }
    QSpinBox* firstWeekBox() const { return m_firstWeek; }
    QSpinBox* lastWeekBox() const { return m_lastWeek; }
    QDateEdit* firstDateEdit() const { return m_firstDate; }
    QDateEdit* lastDateEdit() const { return m_lastDate; }
    QLabel* summaryLabel() const { return m_summary; }
    QListWidget* skippedList() const { return m_skipped; }
    QLabel* problemLabel() const { return m_problem; }
    QDialogButtonBox* buttons() const { return m_buttons; }

    /// "Monday 21 April 2025: Easter Monday" in `locale`.
    static QString skippedText(const SkippedDate& day, const QLocale& locale);

private:
    const Cohort* cohort() const;
    void cohortChosen();
    void periodChosen();
    /// Checks the rule, previews it and shows the result.
    void refresh();

    QList<Cohort> m_cohorts;
    Previewer m_previewer;
    SeriesOccurrences m_occurrences;
    QStringList m_problems;
    bool m_updating = false;

    QComboBox* m_cohort;
    QComboBox* m_module;
    QList<QCheckBox*> m_days;
    QTimeEdit* m_start;
    QTimeEdit* m_end;
    QComboBox* m_trainer;
    QComboBox* m_room;
    QLineEdit* m_title;
    QRadioButton* m_byWeeks;
    QRadioButton* m_byDates;
    QSpinBox* m_firstWeek;
    QSpinBox* m_lastWeek;
    QDateEdit* m_firstDate;
    QDateEdit* m_lastDate;
    QLabel* m_cohortDates;
    QLabel* m_summary;
    QListWidget* m_skipped;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

} // namespace parcours::ui
