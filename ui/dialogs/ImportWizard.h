// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/CsvReader.h"
#include "core/exchange/ExchangeImporter.h"

#include <QWizard>
#include <optional>

namespace parcours {
class Database;
}

namespace parcours::ui {

class ImportCheckPage;
class ImportMappingPage;
class ImportSourcePage;

/// Imports one CSV file into one table: choose the file and the table it feeds, look at its
/// first rows, say what each column holds, see every bad row, then import in one transaction.
/// The file is read by the core's CsvReader and checked by the core's importer (a dry run on
/// the mapped records): the wizard has no parser and no rules of its own.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        SourcePage,
        MappingPage,
        CheckPage
    };

    /// `db` must be open for writing and outlive the wizard.
    explicit ImportWizard(Database& db, QWidget* parent = nullptr);

    Database& database() const { return m_db; }

    /// Reads `path` and shows its first rows; guesses the table from the file's name.
    void setFile(const QString& path);
    QString file() const;
    /// The table the file feeds (`participants`, ...).
    void setTable(const QString& table);
    QString table() const;
    /// The file as read, header first; empty until a file was read.
    const CsvDocument& document() const;

    /// For each column of the file, the table column it feeds (empty: ignored).
    QStringList targets() const;
    void setTarget(int column, const QString& target);
    /// True when the file gives no ref and new ones will be made.
    bool generatesRefs() const;

    /// The last check (dry run), if any.
    const std::optional<ImportReport>& checkReport() const;
    /// What the import did, once it was done.
    const std::optional<ImportReport>& result() const;

    ImportSourcePage* sourcePage() const { return m_source; }
    ImportMappingPage* mappingPage() const { return m_mapping; }
    ImportCheckPage* checkPage() const { return m_check; }

private:
    Database& m_db;
    ImportSourcePage* m_source;
    ImportMappingPage* m_mapping;
    ImportCheckPage* m_check;
};

} // namespace parcours::ui
