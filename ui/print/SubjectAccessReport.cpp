// SPDX-License-Identifier: GPL-3.0-or-later
#include "SubjectAccessReport.h"

#include "FigureFormat.h"
#include "PrintPage.h"
#include "ReportFlow.h"
#include "ReportLanguage.h"

#include "core/services/SubjectAccessCsv.h"

#include <QDir>
#include <QPagedPaintDevice>
#include <QTextLayout>

namespace parcours::print {

namespace {

// Portrait A4 in points (595 x 842).
constexpr double kMargin = 42;
constexpr double kRunningHead = 30;
constexpr double kFooter = 22;
constexpr double kLabelWidth = 150;
constexpr double kValueSize = 9.5;

/// Whether `s` holds a script whose letters join or reorder (Arabic, Hebrew, Devanagari...): those
/// need the font's shaping, which the reports otherwise turn off so that "fi" reads back as two
/// letters.
bool needsShaping(const QString& s)
{
    for (const QChar c : s) {
        switch (c.script()) {
        case QChar::Script_Common:
        case QChar::Script_Inherited:
        case QChar::Script_Unknown:
        case QChar::Script_Latin:
        case QChar::Script_Greek:
        case QChar::Script_Cyrillic:
            continue;
        default:
            return true;
        }
    }
    return false;
}

/// One field of a record: what it is, and its value as the person reads it.
struct Field
{
    QString label;
    QString value;
};

class Painter
{
public:
    Painter(const SubjectAccessContent& content, const QLocale& locale)
        : m_content(content), m_data(content.data), m_lang(locale), m_l(m_lang.locale())
    {
    }

    QString translate(const char* context, const char* source, const char* disambiguation = nullptr, int n = -1) const
    {
        return m_lang.translate(context, source, disambiguation, n);
    }

    Result<int> paint(QPagedPaintDevice& device)
    {
        if (auto ok = m_canvas.begin(device, QPageLayout::Portrait); !ok)
            return fail(ok.error());
        m_device = &device;
        m_left = kMargin;
        m_width = m_canvas.width() - 2 * kMargin;
        m_pageHeight = m_canvas.height() - 2 * kMargin - kRunningHead - kFooter;
        ReportFlow flow(kMargin + kRunningHead, m_canvas.height() - kMargin - kFooter);
        addTitle(flow);
        if (m_data.participant)
            addParticipant(flow);
        else if (m_data.volunteer)
            addVolunteer(flow);
        const int pages = flow.pageCount();
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                if (auto ok = m_canvas.newPage(); !ok)
                    return fail(ok.error());
            paintRunningHead();
            flow.paintPage(page);
            paintFooter(page + 1, pages);
        }
        if (auto ok = m_canvas.end(); !ok)
            return fail(ok.error());
        return pages;
    }

private:
    QString date(const QDate& d) const { return d.isValid() ? format::longDate(d, m_l) : QString(); }
    QString number(int n) const { return m_l.toString(n); }
    template<class E>
    QString label(const std::optional<E>& value) const
    {
        return value ? m_lang.label(*value) : QString();
    }
    QString languages(const QStringList& codes) const { return codes.join(QStringLiteral(", ")); }
    QString cohort(const QString& ref) const
    {
        if (ref.isEmpty())
            return QString();
        const QString name = m_data.cohortName(ref);
        return name == ref ? ref : QStringLiteral("%1 (%2)").arg(name, ref);
    }

    // ---- text that wraps anywhere a line is full ------------------------------------------

    /// `s` laid out in `width` points: broken between words, or inside a word longer than a
    /// line (a pasted link, 2,000 letters without a space), at its own line breaks too.
    void layOut(QTextLayout& layout, const QString& s, const QFont& given, double width) const
    {
        QFont font = given;
        font.setStyleStrategy(needsShaping(s) ? QFont::PreferDefault : QFont::PreferNoShaping);
        QString text = s;
        text.replace(QStringLiteral("\r\n"), QString(QChar::LineSeparator));
        text.replace(QLatin1Char('\n'), QChar::LineSeparator);
        text.replace(QLatin1Char('\r'), QChar::LineSeparator);
        layout.setText(text);
        layout.setFont(QFont(font, m_device)); // sized for the device's resolution, as painted
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        option.setTextDirection(Qt::LeftToRight);
        layout.setTextOption(option);
        const double w = m_canvas.toDevice(QRectF(0, 0, width, 0)).width();
        double y = 0;
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(w);
            line.setPosition(QPointF(0, y));
            y += line.height();
        }
        layout.endLayout();
    }
    double textHeight(const QString& s, const QFont& font, double width) const
    {
        QTextLayout layout(QString(), font, m_device);
        layOut(layout, s, font, width);
        return layout.boundingRect().height() / m_canvas.toDevice(QRectF(0, 0, 1, 0)).width();
    }
    void paintText(double x, double y, double width, const QString& s, const QFont& font, const QColor& colour)
    {
        QTextLayout layout(QString(), font, m_device);
        layOut(layout, s, font, width);
        m_canvas.painter().setPen(colour);
        layout.draw(&m_canvas.painter(), m_canvas.toDevice(QRectF(x, y, 0, 0)).topLeft());
    }

    // ---- page furniture -------------------------------------------------------------------

    void paintRunningHead()
    {
        const double y = kMargin;
        m_canvas.text(QRectF(m_left, y, m_width * 0.6, 12), translate("SubjectAccessReport", "Personal data of %1").arg(m_data.fullName()), font(8),
                      palette::kMuted);
        m_canvas.text(QRectF(m_left + m_width * 0.6, y, m_width * 0.4, 12), m_content.organisation.name, font(8),
                      palette::kMuted, Qt::AlignRight | Qt::AlignVCenter);
        m_canvas.line({m_left, y + 15}, {m_left + m_width, y + 15}, palette::kRule, 0.5);
    }

    void paintFooter(int page, int pages)
    {
        const QRectF footer(m_left, m_canvas.height() - kMargin - 12, m_width, 12);
        m_canvas.line(footer.topLeft() - QPointF(0, 4), footer.topRight() - QPointF(0, 4), palette::kRule, 0.5);
        m_canvas.text(QRectF(footer.left(), footer.top(), m_width * 0.7, 12),
                      translate("SubjectAccessReport", "Confidential: personal data, for the person named only"), font(8, true), palette::kWarning);
        m_canvas.text(footer, translate("SubjectAccessReport", "Page %1 of %2").arg(number(page), number(pages)), font(8), palette::kMuted,
                      Qt::AlignRight | Qt::AlignVCenter);
    }

    // ---- blocks ---------------------------------------------------------------------------

    void addTitle(ReportFlow& flow)
    {
        const QString who = m_data.fullName();
        const QString issuer = m_content.organisation.name.isEmpty() ? translate("SubjectAccessReport", "the programme office")
                                                                     : m_content.organisation.name;
        const QString intro =
            translate("SubjectAccessReport", "This document lists all the information %1 holds about you in its programme file (Parcours) on %2, "
               "in answer to your request for access under article 15 of the General Data Protection Regulation. "
               "The CSV files given with it hold the same data in a form that a computer can read. You may ask us to "
               "correct what is wrong, or to erase your data.")
                .arg(issuer, date(m_content.today));
        const double titleHeight = 18 + textHeight(who, font(22, true), m_width) + 24;
        const double introHeight = textHeight(intro, font(kValueSize), m_width) + 14;
        flow.add(titleHeight + introHeight, false, [this, who, intro, titleHeight](double y) {
            m_canvas.text(QRectF(m_left, y, m_width, 16), translate("SubjectAccessReport", "Your personal data").toUpper(), font(10.5, true),
                          palette::kAccent);
            paintText(m_left, y + 18, m_width, who, font(22, true), palette::kInk);
            const double refTop = y + titleHeight - 22;
            m_canvas.text(QRectF(m_left, refTop, m_width, 14),
                          (m_data.kind == PersonKind::Participant ? translate("SubjectAccessReport", "Participant, file reference %1")
                                                                  : translate("SubjectAccessReport", "Volunteer, file reference %1"))
                              .arg(m_data.ref()),
                          font(10), palette::kMuted);
            paintText(m_left, y + titleHeight, m_width, intro, font(kValueSize), palette::kInk);
        });
    }

    void h1(ReportFlow& flow, const QString& title)
    {
        flow.add(40, true, [this, title](double y) {
            m_canvas.text(QRectF(m_left, y + 14, m_width, 20), title, font(14, true), palette::kAccent);
            m_canvas.line({m_left, y + 36}, {m_left + m_width, y + 36}, palette::kAccent, 1);
        });
    }

    void para(ReportFlow& flow, const QString& text, const QColor& colour = palette::kMuted)
    {
        const double h = textHeight(text, font(9), m_width) + 6;
        flow.add(h, false, [this, text, colour](double y) { paintText(m_left, y + 2, m_width, text, font(9), colour); });
    }

    double fieldHeight(const Field& f) const
    {
        const QString value = f.value.isEmpty() ? format::none() : f.value;
        return std::max(textHeight(f.label, font(8.5), kLabelWidth - 8), textHeight(value, font(kValueSize), m_width - kLabelWidth))
               + 5;
    }
    void paintField(double y, const Field& f)
    {
        paintText(m_left, y + 1, kLabelWidth - 8, f.label, font(8.5), palette::kMuted);
        if (f.value.isEmpty())
            paintText(m_left + kLabelWidth, y, m_width - kLabelWidth, format::none(), font(kValueSize), palette::kMuted);
        else
            paintText(m_left + kLabelWidth, y, m_width - kLabelWidth, f.value, font(kValueSize), palette::kInk);
    }

    /// A record: an optional heading, then its fields, label beside value; kept on one page
    /// when it fits in half of one, else field by field.
    void record(ReportFlow& flow, const QString& heading, const QList<Field>& fields)
    {
        const double headHeight = heading.isEmpty() ? 4 : textHeight(heading, font(10, true), m_width) + 10;
        QList<double> heights;
        double total = headHeight;
        for (const Field& f : fields) {
            heights << fieldHeight(f);
            total += heights.last();
        }
        const auto paintHead = [this, heading](double y) {
            if (!heading.isEmpty())
                paintText(m_left, y + 4, m_width, heading, font(10, true), palette::kInk);
        };
        if (total <= m_pageHeight / 2) {
            flow.add(total + 4, false, [=](double y) {
                paintHead(y);
                double top = y + headHeight;
                for (int i = 0; i < fields.size(); ++i) {
                    paintField(top, fields[i]);
                    top += heights[i];
                }
                m_canvas.line({m_left, y + total + 1}, {m_left + m_width, y + total + 1}, palette::kRule, 0.4);
            });
            return;
        }
        flow.add(headHeight, true, paintHead);
        for (int i = 0; i < fields.size(); ++i)
            flow.add(heights[i], false, [this, f = fields[i]](double y) { paintField(y, f); });
    }

    void none(ReportFlow& flow, const QString& text) { para(flow, text); }

    // ---- a participant --------------------------------------------------------------------

    void addParticipant(ReportFlow& flow)
    {
        const Participant& p = *m_data.participant;
        h1(flow, translate("SubjectAccessReport", "Identity and situation"));
        record(flow, QString(),
               {{translate("SubjectAccessReport", "File reference"), p.ref},
                {translate("SubjectAccessReport", "First name"), p.firstName},
                {translate("SubjectAccessReport", "Last name"), p.lastName},
                {translate("SubjectAccessReport", "Date of birth"), date(p.birthDate)},
                {translate("SubjectAccessReport", "Gender"), label(p.gender)},
                {translate("SubjectAccessReport", "Country of origin"), p.countryOfOrigin},
                {translate("SubjectAccessReport", "Languages"), languages(p.languages)},
                {translate("SubjectAccessReport", "French level on arrival (CEFR)"), label(p.frenchLevelEntry)},
                {translate("SubjectAccessReport", "Residence status"), label(p.status)},
                {translate("SubjectAccessReport", "Arrival in France"), date(p.arrivalDate)},
                {translate("SubjectAccessReport", "Phone"), p.phone},
                {translate("SubjectAccessReport", "E-mail"), p.email},
                {translate("SubjectAccessReport", "Professional project"), p.professionalProject},
                {translate("SubjectAccessReport", "Sector sought"), p.sector},
                {translate("SubjectAccessReport", "Referred by"), p.referrer},
                {translate("SubjectAccessReport", "Consent given on"), date(p.consentDate)},
                {translate("SubjectAccessReport", "Notes"), p.notes}});

        h1(flow, translate("SubjectAccessReport", "Programmes"));
        if (m_data.enrolments.isEmpty())
            none(flow, translate("SubjectAccessReport", "You have not been enrolled in a programme."));
        for (const Enrolment& e : m_data.enrolments) {
            const Cohort c = m_data.cohorts.value(e.cohortRef);
            record(flow, cohort(e.cohortRef),
                   {{translate("SubjectAccessReport", "Dates of the programme"), translate("SubjectAccessReport", "From %1 to %2").arg(date(c.startDate), date(c.endDate))},
                    {translate("SubjectAccessReport", "Enrolled on"), date(e.enrolledOn)},
                    {translate("SubjectAccessReport", "Enrolment"), m_lang.label(e.status)},
                    {translate("SubjectAccessReport", "Left on"), date(e.exitDate)},
                    {translate("SubjectAccessReport", "Reason for leaving"), e.exitReason},
                    {translate("SubjectAccessReport", "French level at the end (CEFR)"), label(e.frenchLevelExit)}});
        }

        addAttendance(flow);
        addPairings(flow, translate("SubjectAccessReport", "Your mentor and your coach are shown by their role only: their names are their own "
                             "personal data. The office can put you in touch with them."));
        addCheckIns(flow);

        h1(flow, translate("SubjectAccessReport", "Situation after the programme"));
        if (m_data.outcomes.isEmpty())
            none(flow, translate("SubjectAccessReport", "No situation has been recorded."));
        for (const Outcome& o : m_data.outcomes)
            record(flow, translate("SubjectAccessReport", "%1: %2").arg(cohort(o.cohortRef), m_lang.label(o.milestone)),
                   {{translate("SubjectAccessReport", "Situation"), m_lang.label(o.situation)},
                    {translate("SubjectAccessReport", "Recorded on"), date(o.recordedOn)},
                    {translate("SubjectAccessReport", "Employer"), o.employer},
                    {translate("SubjectAccessReport", "Sector"), o.sector},
                    {translate("SubjectAccessReport", "Notes"), o.notes}});
    }

    void addAttendance(ReportFlow& flow)
    {
        h1(flow, translate("SubjectAccessReport", "Attendance"));
        if (m_data.attendance.isEmpty()) {
            none(flow, translate("SubjectAccessReport", "No attendance has been recorded."));
            return;
        }
        para(flow, translate("SubjectAccessReport", "%n session(s) with your attendance recorded.", nullptr, int(m_data.attendance.size())),
             palette::kInk);
        const QList<double> widths{0.22, 0.14, 0.24, 0.20, 0.20};
        const QStringList header{translate("SubjectAccessReport", "Date"), translate("SubjectAccessReport", "Time"), translate("SubjectAccessReport", "Module"), translate("SubjectAccessReport", "Programme"), translate("SubjectAccessReport", "Attendance")};
        QList<QStringList> rows;
        for (const MarkedSession& m : m_data.attendance) {
            const Session& s = m.session;
            QString mark = m_lang.label(m.mark.status);
            if (m.mark.status == AttendanceStatus::Late && m.mark.minutesLate > 0)
                mark = translate("SubjectAccessReport", "%1 (%2 min)").arg(mark, number(m.mark.minutesLate));
            rows << QStringList{date(s.date),
                                translate("SubjectAccessReport", "%1–%2").arg(m_l.toString(s.start, QStringLiteral("HH:mm")),
                                                m_l.toString(s.end, QStringLiteral("HH:mm"))),
                                m_lang.label(s.module), m_data.cohortName(s.cohortRef), mark};
        }
        const int perBlock = 40;
        for (int first = 0; first < rows.size(); first += perBlock)
            table(flow, widths, header, rows.mid(first, perBlock));
    }

    void table(ReportFlow& flow, const QList<double>& widths, const QStringList& header, const QList<QStringList>& rows)
    {
        const double headHeight = 18;
        const double rowHeight = 14;
        flow.add(headHeight + rowHeight * rows.size() + 4, false, [=](double y) {
            QList<double> x{m_left};
            for (double share : widths)
                x << x.last() + m_width * share;
            m_canvas.fill(QRectF(m_left, y, m_width, headHeight), palette::kAccentPale);
            for (int c = 0; c < header.size(); ++c)
                m_canvas.text(QRectF(x[c] + 4, y, x[c + 1] - x[c] - 8, headHeight), header[c], font(8, true), palette::kInk);
            double top = y + headHeight;
            for (int r = 0; r < rows.size(); ++r) {
                if (r % 2 == 1)
                    m_canvas.fill(QRectF(m_left, top, m_width, rowHeight), palette::kStripe);
                for (int c = 0; c < rows[r].size(); ++c)
                    m_canvas.text(QRectF(x[c] + 4, top, x[c + 1] - x[c] - 8, rowHeight), rows[r][c], font(8.5), palette::kInk);
                top += rowHeight;
            }
            m_canvas.line({m_left, top}, {m_left + m_width, top}, palette::kRule, 0.6);
        });
    }

    QString roleOf(const QString& pairingRef) const
    {
        for (const Pairing& k : m_data.pairings)
            if (k.ref == pairingRef)
                return m_lang.label(k.role);
        return QString();
    }

    void addPairings(ReportFlow& flow, const QString& note)
    {
        h1(flow, m_data.kind == PersonKind::Participant ? translate("SubjectAccessReport", "Mentor and coach") : translate("SubjectAccessReport", "Pairings"));
        para(flow, note);
        if (m_data.pairings.isEmpty())
            none(flow, translate("SubjectAccessReport", "No pairing has been recorded."));
        for (const Pairing& k : m_data.pairings)
            record(flow, translate("SubjectAccessReport", "%1, pairing %2").arg(m_lang.label(k.role), k.ref),
                   {{translate("SubjectAccessReport", "Programme"), cohort(k.cohortRef)},
                    {translate("SubjectAccessReport", "From"), date(k.startDate)},
                    {translate("SubjectAccessReport", "To"), date(k.endDate)},
                    {translate("SubjectAccessReport", "Pairing"), m_lang.label(k.status)},
                    {translate("SubjectAccessReport", "Reason it ended"), k.endReason}});
    }

    void addCheckIns(ReportFlow& flow)
    {
        h1(flow, translate("SubjectAccessReport", "Follow-up meetings"));
        if (m_data.checkIns.isEmpty())
            none(flow, translate("SubjectAccessReport", "No follow-up meeting has been recorded."));
        for (const CheckIn& c : m_data.checkIns)
            record(flow, translate("SubjectAccessReport", "%1, pairing %2").arg(date(c.date), c.pairingRef),
                   {{translate("SubjectAccessReport", "Pairing"), roleOf(c.pairingRef)},
                    {translate("SubjectAccessReport", "Duration"), c.durationMinutes ? translate("SubjectAccessReport", "%1 min").arg(number(*c.durationMinutes)) : QString()},
                    {translate("SubjectAccessReport", "Kind of meeting"), label(c.kind)},
                    {translate("SubjectAccessReport", "Notes"), c.notes}});
    }

    // ---- a volunteer ----------------------------------------------------------------------

    void addVolunteer(ReportFlow& flow)
    {
        const Volunteer& v = *m_data.volunteer;
        h1(flow, translate("SubjectAccessReport", "Identity and volunteering"));
        record(flow, QString(),
               {{translate("SubjectAccessReport", "File reference"), v.ref},
                {translate("SubjectAccessReport", "First name"), v.firstName},
                {translate("SubjectAccessReport", "Last name"), v.lastName},
                {translate("SubjectAccessReport", "Role"), m_lang.label(v.role)},
                {translate("SubjectAccessReport", "E-mail"), v.email},
                {translate("SubjectAccessReport", "Phone"), v.phone},
                {translate("SubjectAccessReport", "Profession"), v.profession},
                {translate("SubjectAccessReport", "Employer"), v.employer},
                {translate("SubjectAccessReport", "Sector"), v.sector},
                {translate("SubjectAccessReport", "School"), v.school},
                {translate("SubjectAccessReport", "Languages"), languages(v.languages)},
                {translate("SubjectAccessReport", "Participants at a time, at most"), number(v.maxPairings)},
                {translate("SubjectAccessReport", "Available from"), date(v.availableFrom)},
                {translate("SubjectAccessReport", "Available until"), date(v.availableTo)},
                {translate("SubjectAccessReport", "Charter signed on"), date(v.charterSignedOn)},
                {translate("SubjectAccessReport", "Training attended on"), date(v.trainingOn)},
                {translate("SubjectAccessReport", "Notes"), v.notes}});
        addPairings(flow, translate("SubjectAccessReport", "The participants you accompany are not named: their data is their own."));
        addCheckIns(flow);
    }

    const SubjectAccessContent& m_content;
    const SubjectAccessData& m_data;
    ReportLanguage m_lang;
    const QLocale& m_l;
    ReportCanvas m_canvas;
    double m_left = 0;
    double m_width = 0;
    double m_pageHeight = 0;
    QPaintDevice* m_device = nullptr;
};

} // namespace

Result<int> SubjectAccessReport::print(const SubjectAccessContent& content, QPagedPaintDevice& device,
                                       const QLocale& locale)
{
    Painter painter(content, locale);
    return painter.paint(device);
}

Result<SubjectAccessFiles> SubjectAccessReport::writeExport(Database& db, PersonKind kind, const QString& ref,
                                                            const QString& dir, const QLocale& locale,
                                                            const QDate& today)
{
    const auto data = SubjectAccess(db).collect(kind, ref);
    if (!data)
        return fail(data.error());
    const auto organisation = organisationOf(db);
    if (!organisation)
        return fail(organisation.error());
    if (!QDir().mkpath(dir))
        return fail(ErrorCode::Io, QStringLiteral("cannot create the folder %1").arg(dir), {dir});
    const SubjectAccessContent content{*organisation, *data, today};
    const QString name = SubjectAccessCsv::safeFileName(ref);
    SubjectAccessFiles out;
    out.pdf = QDir(dir).filePath(name + QStringLiteral(".pdf"));
    out.csvFolder = QDir(dir).filePath(name);
    const ReportLanguage lang(locale);
    const auto pages = writePdfFile(out.pdf, QPageLayout::Portrait,
                                    lang.translate("SubjectAccessReport", "Personal data of %1").arg(data->fullName()),
                                    [&](QPagedPaintDevice& device) { return print(content, device, locale); });
    if (!pages)
        return fail(pages.error());
    out.pages = *pages;
    const auto csv = SubjectAccessCsv::write(*data, out.csvFolder);
    if (!csv)
        return fail(csv.error());
    out.csvFiles = *csv;
    return out;
}

} // namespace parcours::print
