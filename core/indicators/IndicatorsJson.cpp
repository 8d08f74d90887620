// SPDX-License-Identifier: GPL-3.0-or-later
#include "IndicatorsJson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <vector>

namespace parcours {

namespace {

/// Writes JSON in the order it is told, which QJsonObject (sorted keys) cannot do.
class OrderedWriter
{
public:
    void beginObject(const char* key = nullptr) { open(key, '{'); }
    void endObject() { close('}'); }
    void beginArray(const char* key = nullptr) { open(key, '['); }
    void endArray() { close(']'); }
    void raw(const char* key, const QByteArray& text)
    {
        item(key);
        m_out += text;
    }
    void string(const char* key, const QString& text)
    {
        // QJsonDocument does the escaping; strip the brackets of the one-element array.
        const QByteArray quoted = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
        raw(key, quoted.mid(1, quoted.size() - 2));
    }
    void integer(const char* key, int value) { raw(key, QByteArray::number(value)); }
    void number(const char* key, std::optional<double> value, int decimals)
    {
        raw(key, value ? formatted(*value, decimals) : QByteArrayLiteral("null"));
    }
    QByteArray finish() { return m_out + '\n'; }

private:
    void open(const char* key, char bracket)
    {
        item(key);
        m_out += bracket;
        m_empty.push_back(true);
    }
    void close(char bracket)
    {
        const bool empty = m_empty.back();
        m_empty.pop_back();
        if (!empty) {
            m_out += '\n';
            indent();
        }
        m_out += bracket;
    }
    void item(const char* key)
    {
        if (!m_empty.empty()) {
            if (!m_empty.back())
                m_out += ',';
            m_empty.back() = false;
            m_out += '\n';
            indent();
        }
        if (key) {
            m_out += '"';
            m_out += key;
            m_out += "\": ";
        }
    }
    void indent() { m_out.append(qsizetype(m_empty.size() * 2), ' '); }

    /// Fixed notation with at most `decimals` digits and at least one: 21.0, 9.89, 0.7857.
    static QByteArray formatted(double value, int decimals)
    {
        QByteArray s = QByteArray::number(IndicatorsJson::round(value, decimals), 'f', decimals);
        while (s.endsWith('0') && !s.endsWith(".0"))
            s.chop(1);
        return s;
    }

    QByteArray m_out;
    std::vector<bool> m_empty; // per open bracket: nothing written in it yet
};

void writeMarks(OrderedWriter& w, const char* key, const IndicatorFigures::Marks& m)
{
    w.beginObject(key);
    w.integer("present", m.present);
    w.integer("late", m.late);
    w.integer("excused", m.excused);
    w.integer("absent", m.absent);
    w.integer("unmarked", m.unmarked);
    w.number("rate", m.rate(), 4);
    w.endObject();
}

} // namespace

double IndicatorsJson::round(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    const double scaled = value * scale;
    // A tie worked by hand (x.5) may land a hair below .5 in binary: nudge it back.
    const double rounded = std::round(scaled + std::copysign(1e-9, scaled)) / scale;
    return rounded == 0 ? 0.0 : rounded; // never print -0.0
}

QByteArray IndicatorsJson::toJson(const IndicatorFigures& f)
{
    OrderedWriter w;
    w.beginObject();

    w.beginArray("cohorts");
    for (const QString& ref : f.cohorts)
        w.string(nullptr, ref);
    w.endArray();
    w.integer("enrolled", f.enrolled);
    w.integer("completed", f.completed);
    w.integer("withdrawn", f.withdrawn);

    w.beginObject("hours");
    for (Module m : allValues<Module>()) {
        const QByteArray code = codeOf(m).toLatin1();
        w.beginObject(code.constData());
        w.number("planned", f.hoursOf(m).planned, 2);
        w.number("delivered", f.hoursOf(m).delivered, 2);
        w.endObject();
    }
    w.endObject();

    w.beginArray("weeks_off_target");
    for (const IndicatorFigures::Week& week : f.weeksOffTarget) {
        w.beginObject();
        w.string("cohort", week.cohortRef);
        w.string("week", week.label());
        w.endObject();
    }
    w.endArray();

    w.beginObject("attendance");
    writeMarks(w, "all", f.attendanceAll);
    for (Module m : allValues<Module>())
        writeMarks(w, codeOf(m).toLatin1().constData(), f.attendanceOf(m));
    w.endObject();

    w.number("attended_hours_avg", f.attendedHoursAvg(), 2);

    w.beginObject("pairings");
    w.integer("with_mentor", f.pairings.withMentor);
    w.integer("with_coach", f.pairings.withCoach);
    w.integer("with_both", f.pairings.withBoth);
    w.number("mentor_coverage", f.mentorCoverage(), 4);
    w.number("coach_coverage", f.coachCoverage(), 4);
    w.number("trio_coverage", f.trioCoverage(), 4);
    w.integer("volunteers_involved", f.pairings.volunteersInvolved);
    w.endObject();

    w.beginObject("french");
    w.number("levels_gained_avg", f.french.levelsGainedAvg(), 1);
    w.integer("gained_one_level_or_more", f.french.gainedOneLevelOrMore);
    w.endObject();

    w.beginObject("exits");
    for (Milestone m : allValues<Milestone>()) {
        const IndicatorFigures::Exits& x = f.exitsAt(m);
        w.beginObject(codeOf(m).toLatin1().constData());
        w.integer("durable", x.durable);
        w.integer("transition", x.transition);
        w.integer("positive", x.positive);
        w.integer("dynamic", x.dynamic());
        w.integer("unknown", x.unknown);
        w.number("dynamic_exit_rate", x.dynamicExitRate(), 4);
        w.number("permanent_share", x.permanentShare(), 4);
        w.number("durable_share", x.durableShare(), 4);
        w.endObject();
    }
    w.endObject();

    w.endObject();
    return w.finish();
}

QJsonObject IndicatorsJson::toObject(const IndicatorFigures& figures)
{
    return QJsonDocument::fromJson(toJson(figures)).object();
}

} // namespace parcours
