// SPDX-License-Identifier: GPL-3.0-or-later
#include "TablePage.h"

#include "core/Error.h"
#include "ui/ErrorMessages.h"
#include "ui/forms/RecordForm.h"
#include "ui/models/ListTableModel.h"
#include "ui/models/TableExport.h"
#include "ui/models/TableFilterProxy.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace parcours::ui {

namespace {
// Past this many rows, sizing columns to their contents costs more than it helps.
constexpr int kFitColumnsMaxRows = 2000;
constexpr int kMaxColumnWidth = 320;
// A column cut to share the list's width keeps at least this (and what its header needs).
constexpr int kMinSharedWidth = 64;
constexpr int kSearchAtOnceMaxRows = 5000;
} // namespace

TablePage::TablePage(const QString& title, QAbstractItemModel* model, int sortColumn,
                     std::function<QString(int, int)> countText, const QString& emptyText,
                     QWidget* parent)
    : QWidget(parent), m_model(model), m_proxy(new TableFilterProxy(this)),
      m_heading(new QLabel(title, this)), m_search(new QLineEdit(this)), m_filters(new QHBoxLayout),
      m_buttons(new QHBoxLayout),
      m_exportButton(new QToolButton(this)), m_exportCsv(new QAction(tr("CSV file…"), this)),
      m_exportExcel(new QAction(tr("CSV file for Excel…"), this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_stack(new QStackedWidget(m_splitter)),
      m_view(new QTableView(m_stack)), m_empty(new QLabel(emptyText, m_stack)),
      m_count(new QLabel(this)), m_searchDelay(new QTimer(this)), m_countText(std::move(countText)),
      m_exportName(title)
{
    m_heading->setObjectName(QStringLiteral("pageHeading"));
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    m_heading->setFont(font);
    m_heading->setVisible(!title.isEmpty());

    m_search->setPlaceholderText(tr("Search…"));
    m_search->setAccessibleName(tr("Search the list"));
    m_search->setToolTip(tr("Shows the rows holding every word typed, in any column; accents "
                            "and capitals do not matter (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);
    m_search->setMaximumWidth(320);
    m_search->setObjectName(QStringLiteral("searchField"));

    m_exportButton->setText(tr("Export list"));
    m_exportButton->setToolTip(tr("Save the rows shown to a file"));
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    auto* menu = new QMenu(m_exportButton);
    m_exportCsv->setToolTip(tr("UTF-8, commas: for other programs"));
    m_exportExcel->setToolTip(tr("Semicolons and a byte-order mark: opens as is in French Excel"));
    menu->addAction(m_exportCsv);
    menu->addAction(m_exportExcel);
    m_exportButton->setMenu(menu);
    connect(m_exportCsv, &QAction::triggered, this, [this] { exportDialog(CsvDialect::Exchange); });
    connect(m_exportExcel, &QAction::triggered, this, [this] { exportDialog(CsvDialect::Excel); });

    m_proxy->setSourceModel(model);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(sortColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Compact rows: more people on screen at once.
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->setAccessibleName(title.isEmpty() ? tr("List") : title);
    m_view->viewport()->installEventFilter(this);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setEnabled(false); // greyed: it is a remark, not content
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    m_splitter->addWidget(m_stack);
    m_splitter->setChildrenCollapsible(false);

    m_count->setObjectName(QStringLiteral("countLabel"));

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search);
    bar->addLayout(m_filters);
    bar->addStretch(1);
    bar->addLayout(m_buttons);
    bar->addWidget(m_exportButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_count);

    // A long list is searched once the typing pauses, not at every key.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &TablePage::applySearch);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        if (m_model->rowCount() > kSearchAtOnceMaxRows)
            m_searchDelay->start();
        else
            applySearch();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TablePage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &TablePage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &TablePage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TablePage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TablePage::fitColumns);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TablePage::refreshFilters);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TablePage::currentChanged);
    // A reset (another file, a reread) leaves no row chosen, without saying so.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] { m_shownRef.clear(); });
    updateCount();
}

QComboBox* TablePage::addFilter(int column, const QString& label,
                                std::function<QList<Choice>()> choices)
{
    auto* combo = new QComboBox(this);
    combo->setAccessibleName(label);
    combo->setToolTip(label);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo->setObjectName(QStringLiteral("filter%1").arg(column));
    auto* caption = new QLabel(tr("%1:", "a filter's caption").arg(label), this);
    caption->setBuddy(combo);
    m_filters->addSpacing(8);
    m_filters->addWidget(caption);
    m_filters->addWidget(combo);
    m_filterCombos.append({combo, column, std::move(choices)});
    connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, column] {
        const QVariant code = combo->currentData();
        filter([&] { m_proxy->setColumnFilter(column, combo->currentIndex() <= 0 ? QVariant() : code); });
    });
    refreshFilters();
    return combo;
}

QToolButton* TablePage::addButton(QAction* action)
{
    auto* button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_buttons->addWidget(button);
    return button;
}

void TablePage::refreshFilters()
{
    for (const Filter& filter : std::as_const(m_filterCombos)) {
        QComboBox* combo = filter.combo;
        const QString current = combo->currentIndex() > 0 ? combo->currentData().toString() : QString();
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(tr("All"), QString());
        for (const Choice& c : filter.choices())
            combo->addItem(c.label, c.code);
        const int i = current.isEmpty() ? 0 : combo->findData(current);
        combo->setCurrentIndex(i < 0 ? 0 : i);
        if (i < 0) // the chosen code is gone (a cohort deleted): keep every row
            m_proxy->setColumnFilter(filter.column, QVariant());
    }
}

void TablePage::setForm(RecordForm* form)
{
    m_form = form;
    m_splitter->addWidget(form);
    // The list gets the room; the form what its fields need.
    form->setMaximumWidth(qMax(520, form->minimumWidth()));
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setSizes({2000, 400});
    // New and Save reach from anywhere in the page; Delete from the list only, since in a
    // field the key deletes characters.
    for (QAction* action : {form->newAction(), form->saveAction()}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    auto* del = new QShortcut(QKeySequence::Delete, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, form->deleteAction(), [form] {
        if (form->deleteAction()->isEnabled())
            form->deleteAction()->trigger();
    });
    connect(form, &RecordForm::recordSaved, this, &TablePage::selectRef);
}

QString TablePage::currentRef() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.data(RefRole).toString() : QString();
}

bool TablePage::selectRef(const QString& ref)
{
    const QModelIndex index = m_proxy->indexOfRef(ref);
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                         | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void TablePage::applySearch()
{
    m_searchDelay->stop();
    const QString text = m_search->text();
    filter([&] { m_proxy->setSearchText(text); });
}

void TablePage::filter(const std::function<void()>& change)
{
    // Searching moves no record into the form, and saves none: the record shown stays, chosen
    // in the list while the list shows it.
    m_reselecting = true;
    change();
    if (m_shownRef.isEmpty() || !selectRef(m_shownRef))
        m_view->selectionModel()->clear();
    m_reselecting = false;
}

void TablePage::currentChanged()
{
    const QString ref = currentRef();
    if (m_reselecting || ref == m_shownRef)
        return;
    if (m_form && (m_form->isDirty() || m_form->isNew())) {
        // Saving selects the saved row: hold that, then come back to the row chosen, or to
        // the record whose changes the person keeps.
        m_reselecting = true;
        const bool settled = m_form->settle();
        selectRef(settled ? ref : m_shownRef);
        m_reselecting = false;
        if (!settled)
            return;
    }
    m_shownRef = ref;
    if (m_form && !m_form->isNew())
        m_form->showRef(ref);
    emit currentRefChanged(ref);
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
    m_exportButton->setEnabled(m_proxy->rowCount() > 0);
    m_count->setText(m_countText(m_proxy->rowCount(), total));
}

void TablePage::fitColumns()
{
    m_fitted.clear();
    if (m_model->rowCount() > kFitColumnsMaxRows)
        return;
    m_view->resizeColumnsToContents();
    QHeaderView* header = m_view->horizontalHeader();
    for (int i = 0; i < header->count(); ++i)
        m_fitted << qMin(header->sectionSize(i), kMaxColumnWidth);
    m_sharedFor = -1;
    shareWidth();
}

void TablePage::shareWidth()
{
    QHeaderView* header = m_view->horizontalHeader();
    const int room = m_view->viewport()->width();
    if (m_fitted.size() != header->count() || room <= 0 || room == m_sharedFor)
        return;
    m_sharedFor = room;
    // Each column keeps at least what its header needs (and kMinSharedWidth); above that the
    // widest are cut to one width, the largest that lets every column fit the list.
    QList<int> floors;
    int floorSum = 0, fittedSum = 0;
    for (int i = 0; i < m_fitted.size(); ++i) {
        const int floor = qMin(m_fitted.at(i), qMax(header->sectionSizeHint(i), kMinSharedWidth));
        floors << floor;
        floorSum += floor;
        fittedSum += m_fitted.at(i);
    }
    int cap = kMaxColumnWidth;
    if (fittedSum > room && floorSum <= room) {
        const auto widthAt = [&](int c) {
            int sum = 0;
            for (int i = 0; i < m_fitted.size(); ++i)
                sum += qMax(floors.at(i), qMin(m_fitted.at(i), c));
            return sum;
        };
        int low = 0, high = kMaxColumnWidth; // widthAt(low) <= room < widthAt(high)
        while (high - low > 1) {
            const int mid = (low + high) / 2;
            (widthAt(mid) <= room ? low : high) = mid;
        }
        cap = low;
    }
    for (int i = 0; i < m_fitted.size(); ++i)
        header->resizeSection(i, fittedSum > room && floorSum <= room
                                     ? qMax(floors.at(i), qMin(m_fitted.at(i), cap))
                                     : m_fitted.at(i));
}

bool TablePage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        shareWidth();
    return QWidget::eventFilter(watched, event);
}

Result<void> TablePage::exportTo(const QString& path, CsvDialect dialect) const
{
    return TableExport::write(path, TableExport::csv(*m_proxy, dialect));
}

void TablePage::exportDialog(CsvDialect dialect)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the rows shown"), QDir(folder).filePath(m_exportName + QStringLiteral(".csv")),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto written = exportTo(path, dialect); !written)
        emit failed(tr("The list could not be exported to “%1”. Check that the folder exists and "
                       "that you are allowed to write in it.")
                        .arg(QDir::toNativeSeparators(path)),
                    written.error());
}

} // namespace parcours::ui
