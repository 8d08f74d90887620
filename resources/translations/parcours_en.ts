<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Codes</name>
    <message>
        <source>French (FLE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refugee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subsidiary protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asylum seeker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other newcomer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor and coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent contract (CDI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed-term contract, 6 months or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temping, 6 months or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business creation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed-term contract under 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temping under 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subsidised contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifying training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Man</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other or not stated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>“%1” is not a Parcours file. Choose a file made by Parcours, usually ending in .parcours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Parcours. Install the latest version of Parcours to open it; the file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is busy: another program is writing to it. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened safely. Open a backup copy instead, or ask for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be written to. Check that you are allowed to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” no longer exists. It may have been moved, renamed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read. Check that the disk or network folder is available and that you are allowed to open the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be opened because of an unexpected problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file named “%1” already exists. Choose another name: Parcours never replaces an existing file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be created. Check that the folder exists and that you are allowed to write in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be created because of an unexpected problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is busy: another program is writing to it. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged: some of its content cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content of the file could not be read because of an unexpected problem.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>a quoted cell that starts on this line is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time (HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a weekday (1 = Monday to 7 = Sunday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participant status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volunteer role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trainer kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrolment status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendance status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pairing role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pairing status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-in kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CEFR level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrenchHolidays</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victory in Europe Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bastille Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumption Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Saints&apos; Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Armistice Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timetable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites and rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard will show the week at a glance: the sessions to come, attendance, participants still waiting for a mentor or a coach, and the outcomes to record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timetable will show each cohort&apos;s week, session by session, with rooms and trainers, the weekly hours of each module, and any clash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here you will pair each participant with a mentor and a coach, with suggestions for the best matches, and follow the check-ins of each trio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here you will take attendance session by session and print the weekly sign-in sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here you will record each participant&apos;s situation at exit and 3, 6 and 12 months later, and follow the dynamic exit rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of trainers (staff, volunteers and external), with the times they are not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sites where cohorts meet, their rooms and their opening hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort reports, review packs for the funder and sign-in sheets, as PDF and CSV files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Programme office for the vocational integration of refugees and newcomers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Parcours file to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::CohortTableModel</name>
    <message>
        <source>Ref.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::MainWindow</name>
    <message>
        <source>Parcours files (*.parcours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is open for reading only: changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 shown out of %n participant(s)</source>
        <translation>
            <numerusform>%1 shown out of %n participant</numerusform>
            <numerusform>%1 shown out of %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n volunteer(s)</source>
        <translation>
            <numerusform>%n volunteer</numerusform>
            <numerusform>%n volunteers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 shown out of %n volunteer(s)</source>
        <translation>
            <numerusform>%1 shown out of %n volunteer</numerusform>
            <numerusform>%1 shown out of %n volunteers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cohort(s)</source>
        <translation>
            <numerusform>%n cohort</numerusform>
            <numerusform>%n cohorts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 shown out of %n cohort(s)</source>
        <translation>
            <numerusform>%1 shown out of %n cohort</numerusform>
            <numerusform>%1 shown out of %n cohorts</numerusform>
        </translation>
    </message>
    <message>
        <source>This file has no cohorts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file has no participants yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file has no volunteers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new, empty Parcours file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Parcours file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Parcours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Parcours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Parcours %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The programme office&apos;s desktop program for the vocational integration of refugees and newcomers.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a Parcours file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [read-only] - Parcours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - Parcours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::ParticipantTableModel</name>
    <message>
        <source>Ref.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived in France</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::PlaceholderPage</name>
    <message>
        <source>This page comes in a later version of Parcours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::TablePage</name>
    <message>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::VolunteerTableModel</name>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many participants this volunteer can follow at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer or school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max. participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::WelcomePage</name>
    <message>
        <source>Create a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty file for your programmes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue with a Parcours file you already have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore Parcours with invented cohorts, participants and volunteers. Your own files are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Parcours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcours keeps the cohorts, participants, volunteers, timetables and outcomes of your programmes in one file on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
