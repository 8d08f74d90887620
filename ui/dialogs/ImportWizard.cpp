// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportWizard.h"

#include "ImportCheckPage.h"
#include "ImportMappingPage.h"
#include "ImportSourcePage.h"

namespace parcours::ui {

ImportWizard::ImportWizard(Database& db, QWidget* parent)
    : QWizard(parent), m_db(db), m_source(new ImportSourcePage(this)),
      m_mapping(new ImportMappingPage(this)), m_check(new ImportCheckPage(db, this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import a CSV file"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Import"));
    setPage(SourcePage, m_source);
    setPage(MappingPage, m_mapping);
    setPage(CheckPage, m_check);
    resize(860, 620);
}

void ImportWizard::setFile(const QString& path)
{
    m_source->setFile(path);
}

QString ImportWizard::file() const
{
    return m_source->file();
}

void ImportWizard::setTable(const QString& table)
{
    m_source->setTable(table);
}

QString ImportWizard::table() const
{
    return m_source->table();
}

const CsvDocument& ImportWizard::document() const
{
    return m_source->document();
}

QStringList ImportWizard::targets() const
{
    return m_mapping->targets();
}

void ImportWizard::setTarget(int column, const QString& target)
{
    m_mapping->setTarget(column, target);
}

bool ImportWizard::generatesRefs() const
{
    return m_mapping->generatesRefs();
}

const std::optional<ImportReport>& ImportWizard::checkReport() const
{
    return m_check->checkReport();
}

const std::optional<ImportReport>& ImportWizard::result() const
{
    return m_check->result();
}

} // namespace parcours::ui
