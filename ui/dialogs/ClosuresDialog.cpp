// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClosuresDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <tuple>

namespace parcours::ui {

ClosuresDialog::ClosuresDialog(const QList<OfficeClosure>& closures, const QList<Site>& sites, QWidget* parent)
    : QDialog(parent), m_sites(sites)
{
    setWindowTitle(tr("Office closures"));
    auto* intro = new QLabel(tr("Days when the office is closed (a summer break, a move). A series "
                                "made afterwards skips them and says why."),
                             this);
    intro->setWordWrap(true);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels({tr("From"), tr("To (included)"), tr("Site"), tr("Reason")});
    m_table->setAccessibleName(tr("Office closures"));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Reason, QHeaderView::Stretch);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    for (const OfficeClosure& c : closures)
        addRow(c);

    m_add = new QPushButton(tr("&Add a closure"), this);
    m_remove = new QPushButton(tr("&Remove the closure"), this);
    auto* row = new QHBoxLayout;
    row->addWidget(m_add);
    row->addWidget(m_remove);
    row->addStretch(1);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00000"));
    m_problem->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ClosuresDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ClosuresDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        const int r = addLine(QDate::currentDate());
        m_table->setCurrentCell(r, From);
        m_table->cellWidget(r, From)->setFocus();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
        check();
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, [this] { check(); });
    resize(720, 380);
    check();
}

int ClosuresDialog::addLine(const QDate& from)
{
    OfficeClosure c;
    c.fromDate = from;
    c.toDate = from;
    addRow(c);
    check();
    return m_table->rowCount() - 1;
}

void ClosuresDialog::addRow(const OfficeClosure& closure)
{
    const int r = m_table->rowCount();
    m_table->insertRow(r);
    auto* id = new QTableWidgetItem;
    id->setData(Qt::UserRole, closure.id);
    m_table->setItem(r, From, id);
    for (const auto& [column, date, name] :
         {std::tuple{From, closure.fromDate, tr("First day closed")},
          std::tuple{To, closure.toDate, tr("Last day closed")}}) {
        auto* edit = new QDateEdit(date, m_table);
        edit->setCalendarPopup(true);
        edit->setAccessibleName(name);
        connect(edit, &QDateEdit::dateChanged, this, &ClosuresDialog::check);
        m_table->setCellWidget(r, column, edit);
    }
    auto* site = new QComboBox(m_table);
    site->addItem(tr("All sites"), QString());
    for (const Site& s : std::as_const(m_sites))
        site->addItem(s.name.isEmpty() ? s.ref : s.name, s.ref);
    site->setCurrentIndex(qMax(0, site->findData(closure.siteRef)));
    site->setAccessibleName(tr("Site closed"));
    m_table->setCellWidget(r, SiteColumn, site);
    auto* reason = new QLineEdit(closure.label, m_table);
    reason->setAccessibleName(tr("Reason"));
    m_table->setCellWidget(r, Reason, reason);
    m_table->resizeColumnToContents(From);
    m_table->resizeColumnToContents(To);
    m_table->resizeColumnToContents(SiteColumn);
}

QList<OfficeClosure> ClosuresDialog::closures() const
{
    QList<OfficeClosure> list;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        OfficeClosure c;
        c.id = m_table->item(r, From)->data(Qt::UserRole).toLongLong();
        c.fromDate = qobject_cast<QDateEdit*>(m_table->cellWidget(r, From))->date();
        c.toDate = qobject_cast<QDateEdit*>(m_table->cellWidget(r, To))->date();
        c.siteRef = qobject_cast<QComboBox*>(m_table->cellWidget(r, SiteColumn))->currentData().toString();
        c.label = qobject_cast<QLineEdit*>(m_table->cellWidget(r, Reason))->text().trimmed();
        list << c;
    }
    return list;
}

void ClosuresDialog::check()
{
    QStringList problems;
    const QList<OfficeClosure> list = closures();
    for (qsizetype i = 0; i < list.size(); ++i)
        if (list[i].toDate < list[i].fromDate)
            problems << tr("Line %1: the last day must not come before the first.").arg(i + 1);
    m_problem->setText(problems.join(QLatin1Char('\n')));
    m_problem->setVisible(!problems.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
    m_remove->setEnabled(m_table->currentRow() >= 0);
}

} // namespace parcours::ui
