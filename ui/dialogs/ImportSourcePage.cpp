// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportSourcePage.h"

#include "ExchangeLabels.h"
#include "core/domain/Codes.h"
#include "core/exchange/ExchangeTables.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace parcours::ui {

ImportSourcePage::ImportSourcePage(QWidget* parent)
    : QWizardPage(parent), m_pathField(new QLineEdit(this)), m_table(new QComboBox(this)),
      m_info(new QLabel(this)), m_preview(new QTableWidget(this))
{
    setTitle(tr("File to import"));
    setSubTitle(tr("Choose a CSV file (from a spreadsheet: comma or semicolon separated) and "
                   "what it holds. Nothing is written before the last step."));

    m_pathField->setObjectName(QStringLiteral("importFile"));
    m_pathField->setAccessibleName(tr("CSV file"));
    m_pathField->setPlaceholderText(tr("Path of a .csv file"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_pathField, 1);
    fileRow->addWidget(browse);

    m_table->setObjectName(QStringLiteral("importTable"));
    m_table->setAccessibleName(tr("Table the file feeds"));
    for (const QString& name : ExchangeTables::names())
        m_table->addItem(ExchangeLabels::table(name), name);
    setTable(QStringLiteral("participants"));

    m_info->setObjectName(QStringLiteral("importFileInfo"));
    m_info->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setAccessibleName(tr("First rows of the file"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 8);

    auto* form = new QFormLayout;
    auto* fileLabel = new QLabel(tr("&File"), this);
    fileLabel->setBuddy(m_pathField);
    form->addRow(fileLabel, fileRow);
    auto* tableLabel = new QLabel(tr("&Holds"), this);
    tableLabel->setBuddy(m_table);
    form->addRow(tableLabel, m_table);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_info);
    layout->addWidget(m_preview, 1);

    connect(browse, &QPushButton::clicked, this, &ImportSourcePage::browse);
    connect(m_pathField, &QLineEdit::editingFinished, this, [this] {
        if (m_pathField->text() != m_path)
            setFile(m_pathField->text());
    });
    connect(m_table, qOverload<int>(&QComboBox::activated), this, [this] { m_tableChosen = true; });
    connect(m_table, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &QWizardPage::completeChanged);
}

void ImportSourcePage::setFile(const QString& path)
{
    m_path = path;
    m_pathField->setText(path);
    if (!m_tableChosen) {
        const QString guessed = tableFromName(path);
        if (!guessed.isEmpty())
            setTable(guessed);
    }
    read();
}

void ImportSourcePage::setTable(const QString& table)
{
    const int index = m_table->findData(table);
    if (index >= 0)
        m_table->setCurrentIndex(index);
}

QString ImportSourcePage::table() const
{
    return m_table->currentData().toString();
}

bool ImportSourcePage::isComplete() const
{
    return m_read && m_doc.records.size() > 1 && !table().isEmpty();
}

void ImportSourcePage::browse()
{
    const QString start = m_path.isEmpty() ? QString() : QFileInfo(m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a CSV file"), start,
        tr("CSV files (*.csv *.txt)") + QStringLiteral(";;") + tr("All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportSourcePage::read()
{
    m_read = false;
    m_doc = CsvDocument();
    QFile file(m_path);
    if (m_path.isEmpty()) {
        m_info->clear();
    } else if (!file.open(QIODevice::ReadOnly)) {
        m_info->setText(tr("This file cannot be read: %1").arg(file.errorString()));
    } else if (auto doc = CsvReader::parse(file.readAll()); !doc) {
        const Problem problem = doc.error().problems.value(0);
        m_info->setText(tr("This file cannot be read as CSV: a quote opened on line %1 is "
                           "never closed.")
                            .arg(problem.line));
    } else {
        m_doc = *doc;
        m_read = true;
        const int rows = int(m_doc.records.size()) - 1;
        if (rows < 1) {
            m_info->setText(tr("This file holds no rows to import."));
        } else {
            const QString separator = m_doc.separator == QLatin1Char(';')    ? tr("semicolons")
                                      : m_doc.separator == QLatin1Char('\t') ? tr("tabs")
                                                                             : tr("commas");
            const QString encoding =
                m_doc.windows1252 ? tr("read as Windows-1252 (not UTF-8)") : tr("UTF-8");
            m_info->setText(tr("%n row(s) besides the header, separated by %1, %2.", nullptr, rows)
                                .arg(separator, encoding));
        }
    }
    showPreview();
    emit completeChanged();
}

void ImportSourcePage::showPreview()
{
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    if (m_doc.records.isEmpty())
        return;
    const QStringList header = m_doc.records.first().cells;
    m_preview->setColumnCount(int(header.size()));
    m_preview->setHorizontalHeaderLabels(header);
    const int rows = int(qMin<qsizetype>(kPreviewRows, m_doc.records.size() - 1));
    m_preview->setRowCount(rows);
    QStringList lines;
    for (int r = 0; r < rows; ++r) {
        const CsvRecord& record = m_doc.records.at(r + 1);
        lines << QString::number(record.line);
        for (int c = 0; c < header.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(record.cells.value(c)));
    }
    // The row headers give the file's line numbers, as the report of problems does.
    m_preview->setVerticalHeaderLabels(lines);
    m_preview->resizeColumnsToContents();
}

QString ImportSourcePage::tableFromName(const QString& path)
{
    const QString base = codes::fold(QFileInfo(path).completeBaseName());
    if (base.isEmpty())
        return {};
    // Files are named by people in either language, whatever the program's language is: the
    // French names (folded) besides the codes and the labels of the current language.
    static const QList<QPair<QString, QStringList>> kFrench = {
        {QStringLiteral("trainer_unavailability"), {QStringLiteral("indisponibilites")}},
        {QStringLiteral("participants"),
         {QStringLiteral("participant"), QStringLiteral("inscrits")}},
        {QStringLiteral("volunteers"), {QStringLiteral("benevole"), QStringLiteral("mentors")}},
        {QStringLiteral("trainers"),
         {QStringLiteral("intervenant"), QStringLiteral("formateur"),
          QStringLiteral("formatrice")}},
        {QStringLiteral("cohorts"), {QStringLiteral("cohorte")}},
        {QStringLiteral("rooms"), {QStringLiteral("salle")}},
        {QStringLiteral("enrolments"), {QStringLiteral("inscription")}},
        {QStringLiteral("sessions"), {QStringLiteral("seance")}},
        {QStringLiteral("attendance"), {QStringLiteral("presence"), QStringLiteral("emargement")}},
        {QStringLiteral("pairings"), {QStringLiteral("trinome"), QStringLiteral("binome")}},
        {QStringLiteral("checkins"), {QStringLiteral("rencontre"), QStringLiteral("suivi")}},
        {QStringLiteral("outcomes"), {QStringLiteral("situation"), QStringLiteral("sortie")}},
    };
    QStringList tables = ExchangeTables::names();
    // The longest name first: `trainer_unavailability` before `trainers`.
    std::sort(tables.begin(), tables.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
    for (const QString& table : std::as_const(tables)) {
        QStringList words = {codes::fold(table), codes::fold(ExchangeLabels::table(table))};
        for (const auto& french : kFrench)
            if (french.first == table)
                words << french.second;
        for (const QString& word : std::as_const(words))
            if (base.contains(word))
                return table;
    }
    return {};
}

} // namespace parcours::ui
