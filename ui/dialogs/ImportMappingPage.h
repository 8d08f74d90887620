// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QTableWidget;

namespace parcours::ui {

class ImportWizard;

/// The import wizard's second page: what each column of the file holds. Headers the core
/// recognises (`Nom`, `Prénom`, `Date de naissance`, `birth_date`, ...) are chosen already;
/// every choice can be changed, and a column left on "Ignored" is not imported.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT
public:
    enum Column
    {
        FileColumn,
        Example,
        Target,
        ColumnCount
    };

    explicit ImportMappingPage(ImportWizard* wizard);

    QStringList targets() const;
    void setTarget(int column, const QString& target);
    /// True when no column gives the ref and the table's refs can be generated.
    bool generatesRefs() const;

    QTableWidget* table() const { return m_table; }
    QComboBox* targetBox(int column) const;
    QLabel* status() const { return m_status; }

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override { return isComplete(); }

private:
    void build();
    void update();
    /// The first non-empty cell of a column among the first rows, as an example.
    QString example(int column) const;

    ImportWizard* m_wizard;
    QTableWidget* m_table;
    QLabel* m_status;
    QString m_builtFor; ///< the file and table the rows were made for: Back keeps the choices
    QStringList m_missing;
    QStringList m_repeated;
};

} // namespace parcours::ui
