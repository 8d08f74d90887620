// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/domain/TrainerUnavailability.h"

#include <QDialog>
#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTimeEdit;

namespace parcours::ui {

class DateField;

/// Adds or changes one period when a trainer cannot teach: a day of the week, a start and an
/// end, and optionally the first and last dates it holds (none: every week). OK checks the
/// period, then hands it to `commit` (which writes it); a problem, or a refusal from `commit`,
/// is shown in the dialog, which stays open with nothing written.
class UnavailabilityDialog : public QDialog
{
    Q_OBJECT
public:
    using Commit = std::function<Result<void>(const TrainerUnavailability&)>;

    /// `current`: the period being changed (none: a new one, Tuesday 14:00-18:00 every week).
    UnavailabilityDialog(const QString& trainerRef, const QString& trainerName,
                         const std::optional<TrainerUnavailability>& current, Commit commit,
                         QWidget* parent = nullptr);

    TrainerUnavailability value() const;

    QComboBox* weekdayCombo() const { return m_weekday; }
    QTimeEdit* startEdit() const { return m_start; }
    QTimeEdit* endEdit() const { return m_end; }
    DateField* fromField() const { return m_from; }
    DateField* toField() const { return m_to; }
    QPushButton* okButton() const { return m_ok; }
    /// The problems shown, empty when none.
    QString problemText() const;

    void accept() override;

private:
    QString labelOf(const QString& field) const;

    QString m_trainerRef;
    Commit m_commit;
    QComboBox* m_weekday;
    QTimeEdit* m_start;
    QTimeEdit* m_end;
    DateField* m_from;
    DateField* m_to;
    QLabel* m_problem;
    QPushButton* m_ok;
};

} // namespace parcours::ui
