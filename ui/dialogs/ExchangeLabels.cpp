// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExchangeLabels.h"

namespace parcours::ui {

namespace {

struct Label
{
    const char* code;
    const char* text;
};

// Every table and column of exchange-format.md: a new column without a label shows its code.
constexpr Label kTables[] = {
    {"sites", QT_TRANSLATE_NOOP("ExchangeLabels", "Sites")},
    {"rooms", QT_TRANSLATE_NOOP("ExchangeLabels", "Rooms")},
    {"cohorts", QT_TRANSLATE_NOOP("ExchangeLabels", "Cohorts")},
    {"participants", QT_TRANSLATE_NOOP("ExchangeLabels", "Participants")},
    {"volunteers", QT_TRANSLATE_NOOP("ExchangeLabels", "Volunteers")},
    {"trainers", QT_TRANSLATE_NOOP("ExchangeLabels", "Trainers")},
    {"trainer_unavailability", QT_TRANSLATE_NOOP("ExchangeLabels", "Trainer unavailability")},
    {"enrolments", QT_TRANSLATE_NOOP("ExchangeLabels", "Enrolments")},
    {"sessions", QT_TRANSLATE_NOOP("ExchangeLabels", "Sessions")},
    {"attendance", QT_TRANSLATE_NOOP("ExchangeLabels", "Attendance")},
    {"pairings", QT_TRANSLATE_NOOP("ExchangeLabels", "Pairings")},
    {"checkins", QT_TRANSLATE_NOOP("ExchangeLabels", "Check-ins")},
    {"outcomes", QT_TRANSLATE_NOOP("ExchangeLabels", "Outcomes")},
};

constexpr Label kColumns[] = {
    {"ref", QT_TRANSLATE_NOOP("ExchangeLabels", "Ref")},
    {"name", QT_TRANSLATE_NOOP("ExchangeLabels", "Name")},
    {"address", QT_TRANSLATE_NOOP("ExchangeLabels", "Address")},
    {"city", QT_TRANSLATE_NOOP("ExchangeLabels", "City")},
    {"opens", QT_TRANSLATE_NOOP("ExchangeLabels", "Opens")},
    {"closes", QT_TRANSLATE_NOOP("ExchangeLabels", "Closes")},
    {"lunch_start", QT_TRANSLATE_NOOP("ExchangeLabels", "Lunch starts")},
    {"lunch_end", QT_TRANSLATE_NOOP("ExchangeLabels", "Lunch ends")},
    {"site_ref", QT_TRANSLATE_NOOP("ExchangeLabels", "Site (ref)")},
    {"capacity", QT_TRANSLATE_NOOP("ExchangeLabels", "Capacity")},
    {"programme", QT_TRANSLATE_NOOP("ExchangeLabels", "Programme")},
    {"start_date", QT_TRANSLATE_NOOP("ExchangeLabels", "Start date")},
    {"end_date", QT_TRANSLATE_NOOP("ExchangeLabels", "End date")},
    {"fle_hours_min", QT_TRANSLATE_NOOP("ExchangeLabels", "French hours, minimum")},
    {"fle_hours_max", QT_TRANSLATE_NOOP("ExchangeLabels", "French hours, maximum")},
    {"english_hours", QT_TRANSLATE_NOOP("ExchangeLabels", "English hours")},
    {"soft_skills_hours", QT_TRANSLATE_NOOP("ExchangeLabels", "Soft skills hours")},
    {"first_name", QT_TRANSLATE_NOOP("ExchangeLabels", "First name")},
    {"last_name", QT_TRANSLATE_NOOP("ExchangeLabels", "Last name")},
    {"birth_date", QT_TRANSLATE_NOOP("ExchangeLabels", "Birth date")},
    {"gender", QT_TRANSLATE_NOOP("ExchangeLabels", "Gender")},
    {"country_of_origin", QT_TRANSLATE_NOOP("ExchangeLabels", "Country of origin")},
    {"languages", QT_TRANSLATE_NOOP("ExchangeLabels", "Languages")},
    {"french_level_entry", QT_TRANSLATE_NOOP("ExchangeLabels", "French level at entry")},
    {"status", QT_TRANSLATE_NOOP("ExchangeLabels", "Status")},
    {"arrival_date", QT_TRANSLATE_NOOP("ExchangeLabels", "Arrival in France")},
    {"phone", QT_TRANSLATE_NOOP("ExchangeLabels", "Phone")},
    {"email", QT_TRANSLATE_NOOP("ExchangeLabels", "Email")},
    {"professional_project", QT_TRANSLATE_NOOP("ExchangeLabels", "Professional project")},
    {"sector", QT_TRANSLATE_NOOP("ExchangeLabels", "Sector")},
    {"referrer", QT_TRANSLATE_NOOP("ExchangeLabels", "Referred by")},
    {"consent_date", QT_TRANSLATE_NOOP("ExchangeLabels", "Consent date")},
    {"notes", QT_TRANSLATE_NOOP("ExchangeLabels", "Notes")},
    {"role", QT_TRANSLATE_NOOP("ExchangeLabels", "Role")},
    {"profession", QT_TRANSLATE_NOOP("ExchangeLabels", "Profession")},
    {"employer", QT_TRANSLATE_NOOP("ExchangeLabels", "Employer")},
    {"school", QT_TRANSLATE_NOOP("ExchangeLabels", "School")},
    {"max_pairings", QT_TRANSLATE_NOOP("ExchangeLabels", "Maximum pairings")},
    {"available_from", QT_TRANSLATE_NOOP("ExchangeLabels", "Available from")},
    {"available_to", QT_TRANSLATE_NOOP("ExchangeLabels", "Available until")},
    {"kind", QT_TRANSLATE_NOOP("ExchangeLabels", "Kind")},
    {"modules", QT_TRANSLATE_NOOP("ExchangeLabels", "Modules")},
    {"max_hours_week", QT_TRANSLATE_NOOP("ExchangeLabels", "Maximum hours a week")},
    {"trainer_ref", QT_TRANSLATE_NOOP("ExchangeLabels", "Trainer (ref)")},
    {"weekday", QT_TRANSLATE_NOOP("ExchangeLabels", "Weekday")},
    {"start", QT_TRANSLATE_NOOP("ExchangeLabels", "Start")},
    {"end", QT_TRANSLATE_NOOP("ExchangeLabels", "End")},
    {"from_date", QT_TRANSLATE_NOOP("ExchangeLabels", "From")},
    {"to_date", QT_TRANSLATE_NOOP("ExchangeLabels", "Until")},
    {"cohort_ref", QT_TRANSLATE_NOOP("ExchangeLabels", "Cohort (ref)")},
    {"participant_ref", QT_TRANSLATE_NOOP("ExchangeLabels", "Participant (ref)")},
    {"enrolled_on", QT_TRANSLATE_NOOP("ExchangeLabels", "Enrolled on")},
    {"exit_date", QT_TRANSLATE_NOOP("ExchangeLabels", "Exit date")},
    {"exit_reason", QT_TRANSLATE_NOOP("ExchangeLabels", "Exit reason")},
    {"french_level_exit", QT_TRANSLATE_NOOP("ExchangeLabels", "French level at exit")},
    {"module", QT_TRANSLATE_NOOP("ExchangeLabels", "Module")},
    {"date", QT_TRANSLATE_NOOP("ExchangeLabels", "Date")},
    {"room_ref", QT_TRANSLATE_NOOP("ExchangeLabels", "Room (ref)")},
    {"title", QT_TRANSLATE_NOOP("ExchangeLabels", "Title")},
    {"session_ref", QT_TRANSLATE_NOOP("ExchangeLabels", "Session (ref)")},
    {"minutes_late", QT_TRANSLATE_NOOP("ExchangeLabels", "Minutes late")},
    {"volunteer_ref", QT_TRANSLATE_NOOP("ExchangeLabels", "Volunteer (ref)")},
    {"end_reason", QT_TRANSLATE_NOOP("ExchangeLabels", "End reason")},
    {"pairing_ref", QT_TRANSLATE_NOOP("ExchangeLabels", "Pairing (ref)")},
    {"duration_minutes", QT_TRANSLATE_NOOP("ExchangeLabels", "Duration (minutes)")},
    {"milestone", QT_TRANSLATE_NOOP("ExchangeLabels", "Milestone")},
    {"situation", QT_TRANSLATE_NOOP("ExchangeLabels", "Situation")},
    {"recorded_on", QT_TRANSLATE_NOOP("ExchangeLabels", "Recorded on")},
};

template <std::size_t N> const char* find(const Label (&labels)[N], const QString& code)
{
    for (const Label& label : labels)
        if (code == QLatin1String(label.code))
            return label.text;
    return nullptr;
}

} // namespace

QString ExchangeLabels::table(const QString& name)
{
    const char* text = find(kTables, name);
    return text ? tr(text) : name;
}

QString ExchangeLabels::column(const QString& name)
{
    const char* text = find(kColumns, name);
    return text ? tr(text) : name;
}

} // namespace parcours::ui
