// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QSet>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace parcours::ui {

class ParticipantTableModel;
class RefExclusionProxy;
class TableFilterProxy;

/// Chooses participants to enrol in a cohort: a search as you type (case and accents ignored,
/// "helene" finds "Hélène") over the participants of the file, those already in the cohort left
/// out; several can be chosen at once.
class ParticipantPicker : public QDialog
{
    Q_OBJECT
public:
    /// `participants` is the window's list (already read: nothing is queried here).
    ParticipantPicker(ParticipantTableModel* participants, const QSet<QString>& excluded,
                      const QString& cohortName, QWidget* parent = nullptr);

    /// The refs chosen, in the order shown.
    QStringList selectedRefs() const;
    /// The refs shown now, in order.
    QStringList shownRefs() const;
    /// Selects the participants `refs` among those shown.
    void select(const QStringList& refs);

    QLineEdit* searchField() const { return m_search; }
    QTableView* view() const { return m_view; }
    QPushButton* enrolButton() const { return m_enrol; }

private:
    void updateState();

    TableFilterProxy* m_proxy;
    RefExclusionProxy* m_exclude;
    QLineEdit* m_search;
    QTableView* m_view;
    QLabel* m_count;
    QPushButton* m_enrol;
};

} // namespace parcours::ui
