// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/indicators/AttendanceAlerts.h"

#include <QGroupBox>
#include <QHash>

class QLabel;
class QListWidget;

namespace parcours::ui {

/// The attendance alerts of a cohort (AttendanceAlerts): one line per participant, naming the
/// absences in a row and the rate below the threshold, or a line saying there is none.
class AlertsBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit AlertsBox(QWidget* parent = nullptr);

    /// Shows `alerts`, the participants named from `names` (ref when missing), `threshold` a
    /// fraction; `noCohort`: no cohort is chosen.
    void setAlerts(const QList<AttendanceAlert>& alerts, const QHash<QString, QString>& names,
                   double threshold, bool noCohort = false);
    QListWidget* list() const { return m_list; }
    /// The line shown for one alert, in the installed translation and the default locale.
    static QString text(const AttendanceAlert& alert, const QString& name, double threshold);
    /// `fraction` as a whole percentage in the locale and translation ("80 %" in French).
    static QString percent(double fraction);

private:
    QListWidget* m_list;
};

} // namespace parcours::ui
