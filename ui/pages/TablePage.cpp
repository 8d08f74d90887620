// SPDX-License-Identifier: GPL-3.0-or-later
#include "TablePage.h"

#include "ui/models/TableFilterProxy.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace parcours::ui {

namespace {
// Past this many rows, sizing columns to their contents costs more than it helps.
constexpr int kFitColumnsMaxRows = 2000;
constexpr int kMaxColumnWidth = 320;
} // namespace

TablePage::TablePage(const QString& title, QAbstractItemModel* model, int sortColumn,
                     std::function<QString(int, int)> countText, const QString& emptyText,
                     QWidget* parent)
    : QWidget(parent), m_model(model), m_proxy(new TableFilterProxy(this)),
      m_search(new QLineEdit(this)), m_stack(new QStackedWidget(this)),
      m_view(new QTableView(m_stack)), m_empty(new QLabel(emptyText, m_stack)),
      m_count(new QLabel(this)), m_countText(std::move(countText))
{
    auto* heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("pageHeading"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);

    m_search->setPlaceholderText(tr("Search…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(360);
    m_search->setObjectName(QStringLiteral("searchField"));

    m_proxy->setSourceModel(model);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(sortColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Compact rows: more people on screen at once.
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setEnabled(false); // greyed: it is a remark, not content
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    m_count->setObjectName(QStringLiteral("countLabel"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_search);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_count);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &TableFilterProxy::setSearchText);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TablePage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &TablePage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &TablePage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TablePage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TablePage::fitColumns);
    updateCount();
}

bool TablePage::showsEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

void TablePage::updateCount()
{
    const int total = m_model->rowCount();
    m_stack->setCurrentWidget(total == 0 ? static_cast<QWidget*>(m_empty) : m_view);
    m_search->setEnabled(total > 0);
    m_count->setText(m_countText(m_proxy->rowCount(), total));
}

void TablePage::fitColumns()
{
    if (m_model->rowCount() > kFitColumnsMaxRows)
        return;
    m_view->resizeColumnsToContents();
    QHeaderView* header = m_view->horizontalHeader();
    for (int i = 0; i < header->count(); ++i)
        if (header->sectionSize(i) > kMaxColumnWidth)
            header->resizeSection(i, kMaxColumnWidth);
}

} // namespace parcours::ui
