// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pairing/PairingMatcher.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace parcours::ui {

/// The matcher's proposals for one role of a cohort, each with its score and the reasons of
/// the score (one line per rule met), and what the volunteer's onboarding lacks. Every proposal
/// starts checked; the person unchecks those they do not want and accepts the others, all at
/// once (one undo step).
class SuggestPairingsDialog : public QDialog
{
    Q_OBJECT
public:
    /// `names` gives the participants' and volunteers' names by ref.
    SuggestPairingsDialog(const QString& cohortName, PairingRole role, const MatchResult& result,
                          const QHash<QString, QString>& names, QWidget* parent = nullptr);

    /// The proposals checked, in the order shown.
    QList<Proposal> accepted() const;
    /// Checks or unchecks the proposal of `row` (in the order of the result).
    void setChecked(int row, bool checked);
    void setAllChecked(bool checked);

    QTreeWidget* tree() const { return m_tree; }
    QPushButton* acceptButton() const { return m_accept; }
    QLabel* summaryLabel() const { return m_summary; }

private:
    void updateState();

    QList<Proposal> m_proposals;
    QTreeWidget* m_tree;
    QLabel* m_summary;
    QPushButton* m_accept;
};

} // namespace parcours::ui
