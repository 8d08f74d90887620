// SPDX-License-Identifier: GPL-3.0-or-later
#include "AlertsBox.h"

#include <QColor>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>

namespace parcours::ui {

AlertsBox::AlertsBox(QWidget* parent) : QGroupBox(tr("Attendance alerts"), parent)
{
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Attendance alerts"));
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFocusPolicy(Qt::TabFocus);
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
}

QString AlertsBox::percent(double fraction)
{
    //: A percentage: French puts a (narrow no-break) space before the sign
    return tr("%1%", "percentage").arg(QLocale().toString(fraction * 100, 'f', 0));
}

QString AlertsBox::text(const AttendanceAlert& alert, const QString& name, double threshold)
{
    const QLocale locale;
    QStringList why;
    if (alert.tooManyAbsences)
        //: %n absences in a row, %1 the date of the last one
        why << tr("%n absence(s) in a row (last on %1)", nullptr, alert.absencesInARow)
                   .arg(locale.toString(alert.runEnd, QStringLiteral("d MMMM")));
    if (alert.lowRate && alert.rate)
        //: %1 the participant's attendance rate, %2 the threshold, both in percent
        why << tr("attends %1, below %2")
                   .arg(percent(*alert.rate), percent(threshold));
    //: %1 a participant's name, %2 why the alert (French puts a no-break space before the colon)
    return tr("%1: %2", "alert").arg(name, why.join(QStringLiteral("; ")));
}

void AlertsBox::setAlerts(const QList<AttendanceAlert>& alerts, const QHash<QString, QString>& names,
                          double threshold, bool noCohort)
{
    m_list->clear();
    setTitle(alerts.isEmpty() ? tr("Attendance alerts") : tr("Attendance alerts (%1)").arg(alerts.size()));
    if (noCohort)
        return;
    if (alerts.isEmpty()) {
        //: %1 the number of absences in a row that raises an alert, %2 the threshold in percent
        m_list->addItem(tr("No alert: nobody missed %1 sessions in a row or attends less than %2.")
                            .arg(AttendanceAlerts::kAbsencesInARow)
                            .arg(percent(threshold)));
        return;
    }
    QList<AttendanceAlert> sorted = alerts;
    std::sort(sorted.begin(), sorted.end(), [&](const AttendanceAlert& a, const AttendanceAlert& b) {
        return QString::localeAwareCompare(names.value(a.participantRef), names.value(b.participantRef)) < 0;
    });
    for (const AttendanceAlert& a : sorted) {
        auto* item = new QListWidgetItem(text(a, names.value(a.participantRef, a.participantRef), threshold), m_list);
        item->setData(Qt::UserRole, a.participantRef);
        item->setForeground(QColor(0xa0, 0x30, 0x00));
    }
}

} // namespace parcours::ui
