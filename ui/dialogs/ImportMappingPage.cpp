// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportMappingPage.h"

#include "ExchangeLabels.h"
#include "ImportMapping.h"
#include "ImportWizard.h"
#include "core/exchange/ExchangeTables.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parcours::ui {

ImportMappingPage::ImportMappingPage(ImportWizard* wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_table(new QTableWidget(0, ColumnCount, this)),
      m_status(new QLabel(this))
{
    setTitle(tr("Columns"));
    setSubTitle(tr("Say what each column of the file holds. Recognised headers are chosen "
                   "already; a column left on “Ignored” is not imported."));
    m_table->setObjectName(QStringLiteral("importMapping"));
    m_table->setAccessibleName(tr("Columns of the file and what they hold"));
    m_table->setHorizontalHeaderLabels(
        {tr("Column in the file"), tr("Example"), tr("Imported as")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(FileColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Example, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(Target, QHeaderView::ResizeToContents);
    m_status->setObjectName(QStringLiteral("mappingStatus"));
    m_status->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
}

void ImportMappingPage::initializePage()
{
    const QString key = m_wizard->file() + QLatin1Char('\n') + m_wizard->table() +
                        QLatin1Char('\n') +
                        m_wizard->document().records.value(0).cells.join(QLatin1Char('\n'));
    if (key != m_builtFor) {
        m_builtFor = key;
        build();
    }
    update();
}

void ImportMappingPage::build()
{
    const QString table = m_wizard->table();
    const QStringList header = m_wizard->document().records.value(0).cells;
    const QStringList guessed = ImportMapping::guess(header, table);
    const QStringList columns = ExchangeTables::columnsOf(table);
    const QStringList required = ExchangeTables::requiredColumnsOf(table);

    m_table->setRowCount(int(header.size()));
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    for (int row = 0; row < header.size(); ++row) {
        const QString name = header.at(row).trimmed();
        m_table->setItem(row, FileColumn,
                         new QTableWidgetItem(name.isEmpty() ? tr("(no header)") : name));
        auto* sample = new QTableWidgetItem(example(row));
        sample->setToolTip(sample->text());
        m_table->setItem(row, Example, sample);

        auto* box = new QComboBox(m_table);
        box->setAccessibleName(tr("What the column “%1” holds").arg(name));
        box->addItem(tr("Ignored"), QString());
        for (const QString& column : columns) {
            const QString label = ExchangeLabels::column(column);
            box->addItem(required.contains(column) ? tr("%1 (required)").arg(label) : label,
                         column);
            box->setItemData(box->count() - 1, column, Qt::ToolTipRole);
        }
        box->setCurrentIndex(qMax(0, box->findData(guessed.value(row))));
        connect(box, qOverload<int>(&QComboBox::currentIndexChanged), this,
                &ImportMappingPage::update);
        m_table->setCellWidget(row, Target, box);
    }
}

QString ImportMappingPage::example(int column) const
{
    const auto& records = m_wizard->document().records;
    for (qsizetype r = 1; r < records.size() && r <= 20; ++r) {
        const QString cell = records.at(r).cells.value(column);
        if (!cell.isEmpty())
            return cell.simplified();
    }
    return {};
}

QComboBox* ImportMappingPage::targetBox(int column) const
{
    return qobject_cast<QComboBox*>(m_table->cellWidget(column, Target));
}

QStringList ImportMappingPage::targets() const
{
    QStringList out;
    for (int row = 0; row < m_table->rowCount(); ++row)
        out << (targetBox(row) ? targetBox(row)->currentData().toString() : QString());
    return out;
}

void ImportMappingPage::setTarget(int column, const QString& target)
{
    if (QComboBox* box = targetBox(column))
        box->setCurrentIndex(qMax(0, box->findData(target)));
}

bool ImportMappingPage::generatesRefs() const
{
    const QString table = m_wizard->table();
    return ExchangeTables::columnsOf(table).contains(QLatin1String("ref")) &&
           !targets().contains(QLatin1String("ref")) && ImportMapping::canGenerateRefs(table);
}

void ImportMappingPage::update()
{
    const QString table = m_wizard->table();
    const QStringList chosen = targets();
    m_missing.clear();
    m_repeated.clear();
    for (const QString& column : ExchangeTables::requiredColumnsOf(table)) {
        if (chosen.contains(column))
            continue;
        if (column == QLatin1String("ref") && generatesRefs())
            continue;
        m_missing << ExchangeLabels::column(column);
    }
    for (const QString& column : ExchangeTables::columnsOf(table))
        if (chosen.count(column) > 1)
            m_repeated << ExchangeLabels::column(column);

    QStringList lines;
    if (!m_missing.isEmpty())
        lines << tr("Required and not given by any column: %1.")
                     .arg(m_missing.join(QStringLiteral(", ")));
    if (!m_repeated.isEmpty())
        lines << tr("Given by more than one column: %1. Keep one.")
                     .arg(m_repeated.join(QStringLiteral(", ")));
    if (generatesRefs())
        lines << tr("No column gives the ref: each row gets a new one, so importing the same "
                    "file twice adds its rows twice.");
    const int ignored = int(chosen.count(QString()));
    if (ignored > 0)
        lines << tr("%n column(s) ignored.", nullptr, ignored);
    m_status->setText(lines.join(QLatin1Char('\n')));
    emit completeChanged();
}

bool ImportMappingPage::isComplete() const
{
    return m_missing.isEmpty() && m_repeated.isEmpty() && m_table->rowCount() > 0;
}

} // namespace parcours::ui
