// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportReportView.h"

#include "ui/dialogs/ExchangeLabels.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace parcours::ui {

ImportReportView::ImportReportView(QWidget* parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_problemHeading(new QLabel(this)),
      m_problems(new QListWidget(this)), m_noticeHeading(new QLabel(tr("Notes:"), this)),
      m_notices(new QListWidget(this))
{
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setAccessibleName(tr("Problems found"));
    m_problems->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_problemHeading->setBuddy(m_problems);
    m_problemHeading->setWordWrap(true);
    m_notices->setObjectName(QStringLiteral("importNotices"));
    m_notices->setAccessibleName(tr("Notes"));
    m_noticeHeading->setBuddy(m_notices);
    // Lines of a report are long (`file:line: column: reason`): scroll rather than cut them.
    for (QListWidget* list : {m_problems, m_notices}) {
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
        list->setUniformItemSizes(true);
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_problemHeading);
    layout->addWidget(m_problems, 3);
    layout->addWidget(m_noticeHeading);
    layout->addWidget(m_notices, 1);

    m_columnName = [](const QString&, const QString& column) {
        const QString label = ExchangeLabels::column(column);
        return label == column ? column : tr("%1 (%2)").arg(label, column);
    };
}

QString ImportReportView::summaryOf(const ImportReport& report, bool dryRun)
{
    int rows = 0;
    for (int n : report.rowsRead)
        rows += n;
    const QString read = tr("%n row(s) read", nullptr, rows);
    if (!report.ok()) {
        return tr("%1. %n problem(s) to correct first: nothing has been written.", nullptr,
                  int(report.problems.size()))
            .arg(read);
    }
    if (dryRun) {
        return tr("%1, all valid: importing adds %2 and updates %3.")
            .arg(read, tr("%n new row(s)", nullptr, report.inserted),
                 tr("%n existing row(s)", nullptr, report.updated));
    }
    return tr("%1: %2 added, %3 updated.")
        .arg(read, tr("%n row(s)", nullptr, report.inserted),
             tr("%n row(s)", nullptr, report.updated));
}

void ImportReportView::setReport(const ImportReport& report, bool dryRun)
{
    m_summary->setText(summaryOf(report, dryRun));
    m_problems->clear();
    for (const Problem& problem : report.problems)
        m_problems->addItem(lineOf(problem));
    m_problemHeading->setText(tr("Problems (%n):", nullptr, int(report.problems.size())));
    m_problemHeading->setVisible(!report.problems.isEmpty());
    m_problems->setVisible(!report.problems.isEmpty());
    m_notices->clear();
    m_notices->addItems(report.notices);
    m_noticeHeading->setVisible(!report.notices.isEmpty());
    m_notices->setVisible(!report.notices.isEmpty());
}

QString ImportReportView::lineOf(const Problem& problem) const
{
    Problem shown = problem;
    if (!shown.field.isEmpty() && m_columnName)
        shown.field = m_columnName(problem.file, problem.field);
    return shown.toString();
}

QStringList ImportReportView::problemLines() const
{
    QStringList out;
    for (int i = 0; i < m_problems->count(); ++i)
        out << m_problems->item(i)->text();
    return out;
}

} // namespace parcours::ui
