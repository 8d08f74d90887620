// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/storage/PrivacyRepository.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace parcours::ui {

/// Asks why participants without a consent date are enrolled all the same (GDPR): the reason
/// is kept with each enrolment. Enrol stays disabled until a reason is typed.
class ConsentOverrideDialog : public QDialog
{
    Q_OBJECT
public:
    /// `names`: the participants without a consent date.
    explicit ConsentOverrideDialog(const QStringList& names, QWidget* parent = nullptr);

    QString reason() const;
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    QPushButton* enrolButton() const { return m_enrol; }

private:
    QPlainTextEdit* m_reason;
    QPushButton* m_enrol;
};

/// What an erasure will take away, for the confirmation.
struct ErasurePreview
{
    QString kindLabel; ///< "participant" / "volunteer", translated
    QString ref;
    QString name;
    int enrolments = 0;
    int attendance = 0;
    int pairings = 0;
    int checkIns = 0;
    int outcomes = 0;
    int copies = 0; ///< backup copies that still hold the person
};

/// The confirmation of "Erase this person…": what goes, that it cannot be undone, and the
/// backups that still hold them. Erase is enabled only once "I understand" is ticked.
class EraseDialog : public QDialog
{
    Q_OBJECT
public:
    explicit EraseDialog(const ErasurePreview& preview, QWidget* parent = nullptr);

    /// Also remove the backup copies that hold the person (then make a fresh one).
    bool purgeCopies() const;
    QCheckBox* understoodBox() const { return m_understood; }
    QCheckBox* purgeBox() const { return m_purge; }
    QPushButton* eraseButton() const { return m_erase; }
    QLabel* summaryLabel() const { return m_summary; }

private:
    QLabel* m_summary;
    QCheckBox* m_understood;
    QCheckBox* m_purge;
    QPushButton* m_erase;
};

/// Retention: the people whose programme ended more than N years ago (the file's setting,
/// changeable here), listed, and erased together once confirmed.
class RetentionDialog : public QDialog
{
    Q_OBJECT
public:
    /// Lists the people for a number of years.
    using Lister = std::function<Result<QList<ExpiredPerson>>(int years)>;
    RetentionDialog(int years, Lister lister, QWidget* parent = nullptr);

    int years() const;
    const QList<ExpiredPerson>& people() const { return m_people; }
    bool purgeCopies() const;

    QSpinBox* yearsBox() const { return m_years; }
    QTableWidget* table() const { return m_table; }
    QLabel* countLabel() const { return m_count; }
    QCheckBox* understoodBox() const { return m_understood; }
    QCheckBox* purgeBox() const { return m_purge; }
    QPushButton* eraseButton() const { return m_erase; }

private:
    void refresh();
    void updateState();

    Lister m_lister;
    QList<ExpiredPerson> m_people;
    QSpinBox* m_years;
    QTableWidget* m_table;
    QLabel* m_count;
    QCheckBox* m_understood;
    QCheckBox* m_purge;
    QPushButton* m_erase;
};

} // namespace parcours::ui
