// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLogDialog.h"

#include "ui/models/AuditLogModel.h"
#include "core/exchange/AuditExport.h"
#include "core/storage/Database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace parcours::ui {

namespace {

const QDate kAnyDay(2000, 1, 1);

QDateEdit* dayEdit(const QString& accessibleName, QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kAnyDay);
    // The earliest day stands for "no limit".
    edit->setSpecialValueText(AuditLogDialog::tr("Any day"));
    edit->setDate(kAnyDay);
    edit->setAccessibleName(accessibleName);
    return edit;
}

} // namespace

AuditLogDialog::AuditLogDialog(const Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_model(new AuditLogModel(this))
    , m_from(dayEdit(tr("From"), this))
    , m_to(dayEdit(tr("To"), this))
    , m_actor(new QComboBox(this))
    , m_record(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
    , m_export(new QPushButton(tr("Save as CSV…"), this))
{
    setWindowTitle(tr("Audit log"));
    auto* intro = new QLabel(tr("Who changed which record, and when. Only the names of the fields are kept, "
                                "never their values. Times are shown in this computer's time zone."),
                             this);
    intro->setWordWrap(true);

    m_actor->setAccessibleName(tr("Person"));
    m_actor->addItem(tr("Everyone"), QString());
    if (auto actors = AuditLog(db).actors())
        for (const QString& a : std::as_const(*actors))
            m_actor->addItem(a, a);
    m_record->setPlaceholderText(tr("Ref (P-000012) or #id"));
    m_record->setAccessibleName(tr("Record"));
    m_record->setClearButtonEnabled(true);

    auto* filters = new QHBoxLayout;
    auto addField = [&](const QString& label, QWidget* field) {
        auto* l = new QLabel(label, this);
        l->setBuddy(field);
        filters->addWidget(l);
        filters->addWidget(field);
    };
    addField(tr("&From"), m_from);
    addField(tr("&To"), m_to);
    addField(tr("&Person"), m_actor);
    addField(tr("&Record"), m_record);
    filters->setStretchFactor(m_record, 1);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->setAccessibleName(tr("Audit log entries"));
    m_export->setAccessibleName(tr("Save the entries shown as a CSV file"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &AuditLogDialog::exportCsv);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    // Typing in the record box reads again after a short pause, not at every key.
    auto* typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(250);
    connect(typing, &QTimer::timeout, this, &AuditLogDialog::refresh);
    connect(m_record, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(m_from, &QDateEdit::dateChanged, this, &AuditLogDialog::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditLogDialog::refresh);
    connect(m_actor, &QComboBox::currentIndexChanged, this, &AuditLogDialog::refresh);

    resize(1100, 620);
    refresh();
    m_view->resizeColumnsToContents();
    m_view->setColumnWidth(AuditLogModel::Record, std::max(m_view->columnWidth(AuditLogModel::Record), 160));
}

AuditFilter AuditLogDialog::filter() const
{
    AuditFilter f;
    if (m_from->date() != kAnyDay)
        f.from = m_from->date();
    if (m_to->date() != kAnyDay)
        f.to = m_to->date();
    f.actor = m_actor->currentData().toString();
    f.record = m_record->text().trimmed();
    return f;
}

void AuditLogDialog::refresh()
{
    if (!m_model->load(&m_db, filter())) {
        m_count->setText(tr("The audit log cannot be read: %1").arg(m_model->lastError().detail));
        m_export->setEnabled(false);
        return;
    }
    m_count->setText(tr("%n entry(ies)", nullptr, int(m_model->total())));
    m_export->setEnabled(m_model->total() > 0);
}

bool AuditLogDialog::exportCsv()
{
    const QString suggestion = QDir(QFileInfo(m_db.path()).absolutePath())
                                   .filePath(QFileInfo(m_db.path()).completeBaseName() + tr("-audit.csv"));
    const QString path = m_choose ? m_choose(suggestion)
                                  : QFileDialog::getSaveFileName(this, tr("Save the audit log"), suggestion,
                                                                 tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return false;
    auto written = AuditExport::writeFile(m_db, filter(), path, CsvDialect::Excel);
    if (!written) {
        QMessageBox::warning(this, windowTitle(),
                             tr("The audit log could not be saved to %1.").arg(QDir::toNativeSeparators(path)) + QLatin1Char('\n')
                                 + written.error().detail);
        return false;
    }
    m_count->setText(tr("Saved %n entry(ies) to %1", nullptr, int(*written)).arg(QFileInfo(path).fileName()));
    return true;
}

} // namespace parcours::ui
