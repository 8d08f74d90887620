// SPDX-License-Identifier: GPL-3.0-or-later
#include "ParticipantPicker.h"

#include "ui/models/ListTableModel.h"
#include "ui/models/ParticipantTableModel.h"
#include "ui/models/RefExclusionProxy.h"
#include "ui/models/TableFilterProxy.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace parcours::ui {

ParticipantPicker::ParticipantPicker(ParticipantTableModel* participants,
                                     const QSet<QString>& excluded, const QString& cohortName,
                                     QWidget* parent)
    : QDialog(parent), m_proxy(new TableFilterProxy(this)), m_exclude(new RefExclusionProxy(this)),
      m_search(new QLineEdit(this)), m_view(new QTableView(this)), m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("participantPicker"));
    setWindowTitle(tr("Enrol in “%1”").arg(cohortName));
    participants->ensureRead(); // the list is read when first needed (ListTableModel)

    m_exclude->setSourceModel(participants);
    m_exclude->setExcluded(excluded);
    m_proxy->setSourceModel(m_exclude);
    m_proxy->sort(ParticipantTableModel::LastName);

    auto* intro = new QLabel(tr("Choose the participants to enrol (several with Ctrl or Shift). "
                                "Those already in the cohort are not listed."),
                             this);
    intro->setWordWrap(true);
    m_search->setObjectName(QStringLiteral("pickerSearch"));
    m_search->setPlaceholderText(tr("Search by name, country, status…"));
    m_search->setAccessibleName(tr("Search participants"));
    m_search->setClearButtonEnabled(true);

    m_view->setObjectName(QStringLiteral("pickerView"));
    m_view->setAccessibleName(tr("Participants who can be enrolled"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ParticipantTableModel::LastName, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // What tells two people apart when choosing: names, where they come from, their status.
    for (int c = 0; c < ParticipantTableModel::ColumnCount; ++c) {
        const bool shown =
            c == ParticipantTableModel::LastName || c == ParticipantTableModel::FirstName ||
            c == ParticipantTableModel::Cohort || c == ParticipantTableModel::Status ||
            c == ParticipantTableModel::Country || c == ParticipantTableModel::FrenchLevel;
        m_view->setColumnHidden(c, !shown);
    }
    m_view->resizeColumnsToContents();

    m_count->setObjectName(QStringLiteral("pickerCount"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_enrol = buttons->addButton(tr("&Enrol"), QDialogButtonBox::AcceptRole);
    m_enrol->setObjectName(QStringLiteral("enrolButton"));
    m_enrol->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setSearchText(text);
        // One match left: it is the one meant, Enter enrols it.
        if (m_proxy->rowCount() == 1)
            m_view->selectRow(0);
        updateState();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ParticipantPicker::updateState);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (!selectedRefs().isEmpty())
            accept();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
    resize(760, 520);
    m_search->setFocus();
    updateState();
}

QStringList ParticipantPicker::selectedRefs() const
{
    QStringList refs;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    QList<int> order;
    for (const QModelIndex& index : rows)
        order << index.row();
    std::sort(order.begin(), order.end());
    for (int row : std::as_const(order))
        refs << m_proxy->index(row, 0).data(RefRole).toString();
    return refs;
}

QStringList ParticipantPicker::shownRefs() const
{
    QStringList refs;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        refs << m_proxy->index(row, 0).data(RefRole).toString();
    return refs;
}

void ParticipantPicker::select(const QStringList& refs)
{
    QItemSelection selection;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (refs.contains(index.data(RefRole).toString()))
            selection.select(index, index);
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                    QItemSelectionModel::Rows);
}

void ParticipantPicker::updateState()
{
    const int chosen = int(selectedRefs().size());
    m_enrol->setEnabled(chosen > 0);
    m_enrol->setText(chosen > 1 ? tr("&Enrol %n participant(s)", nullptr, chosen) : tr("&Enrol"));
    m_count->setText(tr("%n participant(s) shown", nullptr, m_proxy->rowCount()));
}

} // namespace parcours::ui
