// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/AttendanceService.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <functional>

namespace parcours::ui {

/// One week of a cohort's attendance: a row per expected participant, a column per session of
/// the week. A cell shows the mark's letter (P, R, E, A in French; P, L, E, A in English);
/// an expected cell of a session already over with no mark stands out; cancelled sessions,
/// sessions to come and days outside a participant's enrolment cannot be marked.
///
/// setData() never writes: it hands the edit to the Writer (the page), which sets the marks
/// through AttendanceService and pushes the undo command; the grid follows the file's signals.
class AttendanceGridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        /// The mark's status code ("present"...), empty when unmarked.
        StatusRole = Qt::UserRole + 1,
        MinutesLateRole,
        /// Whether a mark can be set here.
        MarkableRole,
        /// An expected cell of a session already over, with no mark.
        MissingRole,
    };

    /// Sets or clears marks; `text` names the step for the undo stack. False when not done.
    using Writer = std::function<bool(const QList<MarkEdit>& edits, const QString& text)>;

    explicit AttendanceGridModel(QObject* parent = nullptr);

    /// Shows `week` as it is at `now`. When the rows and sessions are those already shown, the
    /// cells change in place (the current cell and the selection stay).
    void setWeek(AttendanceWeek week, const QDateTime& now);
    const AttendanceWeek& week() const { return m_week; }
    void setWriter(Writer writer) { m_write = std::move(writer); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    /// EditRole: a letter of the legend (in any case) or a status code sets the mark, an empty
    /// value clears it; MinutesLateRole: the minutes of a late mark (the cell becomes late).
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    bool isMarkable(const QModelIndex& index) const;
    bool isMissing(const QModelIndex& index) const;
    /// Marks present every markable participant of the session `column` with no mark yet, in
    /// one step. False when there was nothing to mark or it was not done.
    bool markAllPresent(int column);
    /// Sets `status` on the cell (minutes kept for a late mark) or clears it (nothing).
    bool setStatus(const QModelIndex& index, std::optional<AttendanceStatus> status);

    /// The letter of a status in the installed translation: P, R, E, A in French.
    static QString letter(AttendanceStatus status);
    /// The status a typed letter stands for (letters of letter(), any case), or nothing.
    static std::optional<AttendanceStatus> statusOfLetter(const QString& text);
    /// "Mon 3 · 09:00-12:00 · French" in the locale, for headers and spoken names.
    static QString sessionTitle(const Session& session, const QLocale& locale, const QString& separator);

private:
    bool sameShape(const AttendanceWeek& week) const;
    QString participantRef(int row) const;
    QString name(int row) const;

    AttendanceWeek m_week;
    QDateTime m_now;
    Writer m_write;
};

} // namespace parcours::ui
