// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/domain/OutcomeRow.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace parcours::ui {

class Document;
class OutcomeTableModel;


/// The outcomes page: every enrolment of a cohort (or of all) at each milestone with its due
/// date, latest situation and class and the French levels; the follow-ups due (overdue, or due
/// this month) so that the office calls people in time; and a quick entry form that records an
/// outcome at once, one undo step each.
class OutcomesPage : public QWidget
{
    Q_OBJECT
public:
    explicit OutcomesPage(QWidget* parent = nullptr);
    ~OutcomesPage() override;

    void setDocument(Document* document);
    /// The day the follow-ups are counted on (AppClock: PARCOURS_TODAY when set, else today).
    static QDate today();

    /// Shows one cohort (empty: every cohort).
    void showCohort(const QString& cohortRef);
    QString cohortRef() const;

    OutcomeTableModel* outcomes() const { return m_model; }
    OutcomeTableModel* followUps() const { return m_followUpModel; }

signals:
    void failed(const QString& message, const parcours::Error& error);
    void message(const QString& text);

private:
    void buildForm(QWidget* panel);
    void reloadCohorts();
    void reload();
    void fillParticipants();
    void applyFilter();
    /// Fills the form from a row (a copy: choosing it may reload the lists).
    void takeRow(OutcomeRow row);
    void record();
    void updateLevels();

    QPointer<Document> m_document;
    QComboBox* m_cohort;
    QComboBox* m_milestone;
    QLineEdit* m_search;
    OutcomeTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QLabel* m_followUpTitle;
    OutcomeTableModel* m_followUpModel;
    QTableView* m_followUpTable;
    QComboBox* m_participant = nullptr;
    QComboBox* m_formMilestone = nullptr;
    QComboBox* m_situation = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_employer = nullptr;
    QLineEdit* m_sector = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_levels = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_record = nullptr;
    QList<OutcomeRow> m_rows; ///< every milestone of the cohort shown, before the milestone filter
};

} // namespace parcours::ui
