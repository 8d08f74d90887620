// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Error.h"
#include "core/Result.h"

#include <QDate>
#include <QLocale>
#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPrinter;
class QPrintPreviewWidget;
class QPushButton;
class QRadioButton;

namespace parcours {
class Database;
}

namespace parcours::ui {

class BackgroundJob;
class Document;
class JobProgress;

/// The Reports page: a cohort report (cohort, language, optional named annex) or the review
/// pack of a period (from, to), previewed page by page, exported as a PDF, and the review pack
/// exported as a folder. Exports run off the GUI thread with progress and cancel (BackgroundJob)
/// through the same functions as `parcours-cli report cohort` and `report review`. See
/// ReportsPage.md.
class ReportsPage : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Cohort, Period };
    /// Asks where to save: a PDF file, or the folder in which the review pack's folder goes.
    /// `suggested` is a file name or a folder path. Empty: cancelled.
    using PathAsker = std::function<QString(const QString& suggested)>;

    explicit ReportsPage(QWidget* parent = nullptr);
    ~ReportsPage() override;

    void setDocument(Document* document);

    Kind kind() const;
    void setKind(Kind kind);
    /// Chooses the cohort of the cohort report; false when the file has no such cohort.
    bool setCohort(const QString& ref);
    QString cohortRef() const;
    void setPeriod(const QDate& from, const QDate& to);
    QDate from() const;
    QDate to() const;
    /// The language of the report: French or English.
    QLocale reportLocale() const;
    void setReportLanguage(QLocale::Language language);
    void setNamedAnnex(bool on);

    /// Writes the PDF of what is chosen (the cohort report or the period's summary) to a file
    /// the person chooses, on a worker thread. False when cancelled or failed (the window says
    /// why); a cancel leaves no file.
    bool exportPdf();
    /// Writes the review pack of the period into a new folder inside the folder the person
    /// chooses. False when cancelled or failed; a cancel leaves no folder.
    bool exportReviewPack();
    /// Opens the Report settings dialog.
    void editSettings();
    /// "Report settings…" for the main window's menu; enabled while a writable file is open.
    QAction* settingsAction() const { return m_settingsAction; }

    void setPathAsker(PathAsker pdf, PathAsker folder);
    /// For tests: called with each export's job before it starts (to watch or cancel it).
    void setJobObserver(std::function<void(BackgroundJob&)> observer) { m_observeJob = std::move(observer); }
    /// Where the last export went (the PDF or the pack's folder); empty when none.
    QString lastExport() const { return m_lastExport; }

    /// Repaints the preview now (it is otherwise repainted when the page is shown and after a
    /// change, a moment later). The number of pages shown.
    int refreshPreview();
    QPrintPreviewWidget* preview() const { return m_preview; }
    QComboBox* cohortBox() const { return m_cohort; }
    QCheckBox* namedAnnexBox() const { return m_namedAnnex; }
    QLabel* annexWarning() const { return m_annexWarning; }
    QLabel* previewMessage() const { return m_previewMessage; }
    QPushButton* exportPdfButton() const { return m_exportPdf; }
    QPushButton* exportPackButton() const { return m_exportPack; }

signals:
    void failed(const QString& message, const parcours::Error& error);
    void message(const QString& text);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillCohorts();
    void updateState();
    void schedulePreview();
    void paint(QPrinter* printer);
    bool runJob(const QString& label, const std::function<Result<void>(Database&, JobProgress&)>& work);
    QString documentFolder() const;

    QPointer<Document> m_document;
    QRadioButton* m_cohortKind;
    QRadioButton* m_periodKind;
    QWidget* m_cohortPanel;
    QWidget* m_periodPanel;
    QComboBox* m_cohort;
    QCheckBox* m_namedAnnex;
    QLabel* m_annexWarning;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_language;
    QPushButton* m_exportPdf;
    QPushButton* m_exportPack;
    QPushButton* m_settings;
    QAction* m_settingsAction;
    QPrintPreviewWidget* m_preview;
    QPrinter* m_printer;
    QLabel* m_previewMessage;
    QLabel* m_pageCount;
    bool m_previewStale = true;
    bool m_previewScheduled = false;
    int m_pagesPainted = 0;
    PathAsker m_askPdf;
    PathAsker m_askFolder;
    std::function<void(BackgroundJob&)> m_observeJob;
    QString m_lastExport;
};

} // namespace parcours::ui
