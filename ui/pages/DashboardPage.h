// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DashboardData.h"

#include "core/Error.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QStackedWidget;
class QTimer;

namespace parcours::ui {

class BackgroundJob;
class CategoryChartView;
class DateField;
class Document;

/// The Dashboard, the page the window opens on: for a chosen period (this year, the last 12
/// months, all time, or dates of one's own), the key figures of the cohorts ending in it as a
/// sentence and as tiles, and three charts: the dynamic exit rate at 6 months of each cohort,
/// attendance week by week (month by month over a long period), and the pairing coverage of
/// each cohort. A click on a cohort (or Enter on it) opens that cohort. The page follows the
/// file's changes, rereading only while it is shown. See DashboardPage.md.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    enum class Period
    {
        ThisYear,
        Last12Months,
        AllTime,
        Custom,
    };

    explicit DashboardPage(QWidget* parent = nullptr);
    ~DashboardPage() override;

    void setDocument(Document* document);
    /// Chooses a preset period (Custom keeps the dates shown).
    void setPeriod(Period period);
    Period period() const;
    /// Chooses the dates of a custom period; an invalid date leaves that end open.
    void setCustomPeriod(const QDate& from, const QDate& to);
    /// Reads the data of the period again and shows it.
    void refresh();

    const DashboardData& data() const { return m_data; }
    QComboBox* periodBox() const { return m_period; }
    DateField* fromField() const { return m_from; }
    DateField* toField() const { return m_to; }
    QLabel* sentenceLabel() const { return m_sentence; }
    QLabel* noteLabel() const { return m_note; }
    QLabel* emptyLabel() const { return m_empty; }
    QLabel* tileValue(int tile) const;
    CategoryChartView* exitChart() const { return m_exitChart; }
    CategoryChartView* attendanceChart() const { return m_attendanceChart; }
    CategoryChartView* pairingChart() const { return m_pairingChart; }
    /// How many times the data was read (tests: no rereading while hidden).
    int loads() const { return m_loads; }
    /// A file with more cohorts than this has its figures read off the GUI thread (the page
    /// says it is reading meanwhile); a smaller one is read at once. Default kBackgroundFrom.
    void setBackgroundFrom(int cohorts) { m_backgroundFrom = cohorts; }
    static constexpr int kBackgroundFrom = 100;
    /// True while figures are being read off the GUI thread.
    bool isReading() const { return m_reading != nullptr; }
    /// Waits for the figures being read off the GUI thread, and shows them (tests, screenshots).
    void waitForFigures();

    /// The tiles, in order.
    enum Tile
    {
        ParticipantsTile,
        CohortsTile,
        DynamicTile,
        PermanentTile,
        AttendanceTile,
        TileCount
    };

signals:
    /// A cohort was clicked or chosen with the keyboard in a chart.
    void cohortActivated(const QString& ref);
    void failed(const QString& message, const parcours::Error& error);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* makeTile(Tile tile, const QString& caption);
    void periodChosen();
    void datesEdited();
    void showDates(const QDate& from, const QDate& to);
    std::pair<QDate, QDate> range() const;
    void scheduleRefresh();
    void readInBackground(const QDate& from, const QDate& to);
    void dropReading();
    void display(const DashboardData& data);
    void showTiles();
    void showExitChart();
    void showAttendanceChart();
    void showPairingChart();
    void saveSettings() const;

    QPointer<Document> m_document;
    DashboardData m_data;
    QComboBox* m_period;
    DateField* m_from;
    DateField* m_to;
    QLabel* m_sentence;
    QLabel* m_note;
    QStackedWidget* m_body;
    QLabel* m_empty;
    QList<QLabel*> m_tileValues;
    QList<QWidget*> m_tiles;
    CategoryChartView* m_exitChart;
    QStackedWidget* m_attendanceStack;
    CategoryChartView* m_attendanceChart;
    QLabel* m_noAttendance;
    CategoryChartView* m_pairingChart;
    QTimer* m_refreshTimer;
    bool m_stale = true;
    int m_loads = 0;
    int m_backgroundFrom = kBackgroundFrom;
    BackgroundJob* m_reading = nullptr;
};

} // namespace parcours::ui
