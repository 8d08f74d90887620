// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QStyledItemDelegate>

namespace parcours::ui {

/// Edits a cell with a list of choices (a label shown, a code kept): the exit CEFR level of an
/// enrolment. The model's EditRole gives and takes the code.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    /// `choices`: (label, code) pairs, in the order shown.
    ChoiceDelegate(QList<QPair<QString, QString>> choices, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

private:
    QList<QPair<QString, QString>> m_choices;
};

} // namespace parcours::ui
