<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AttendanceSheet</name>
    <message>
        <source>Sign-in sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sheet %2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer: to be named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants expected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in sheet of %1, week %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Parcours database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by a newer version of Parcours; update Parcours to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program is writing to the file; try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be used this way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Parcours database file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 %2 [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty database (never overwrites a file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill an empty database with invented demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read an exchange folder of CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the database as an exchange folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read one table of the exchange format from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one table of the exchange format to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the indicators of a cohort or of a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the integrity of the file and of its data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a consistent copy, even while Parcours is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 COMMAND [options] [arguments]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command-line twin of the Parcours desktop program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every command takes --db FILE (default: %1) and --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 on success, 1 on bad input or data (one line per problem on standard error), 2 on a usage error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  -h, --help     Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  -v, --version  Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  PARCOURS_TODAY=YYYY-MM-DD  the day &apos;demo&apos; takes as today (for reproducible data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  QT_LOGGING_RULES=parcours.*=true  show the log lines of the core on standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;; options come after the command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty Parcours database at the --db file. An existing file is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already exists; init never overwrites a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created an empty database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the integrity of the database file (SQLite&apos;s integrity and foreign-key checks) and of its data (every record against the rules of its kind). Prints OK and exits with 0 when all is sound; prints one line per problem and exits with 1 otherwise. The file is opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the database into FILE with SQLite&apos;s online backup API: the copy is consistent even while the desktop program or another command writes. FILE must not exist yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already exists; backup never overwrites a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill an empty database with realistic invented data: two sites, three cohorts of 20 (one finished about nine months ago, one running, one starting soon) with their timetables, trainers, volunteers, pairings, attendance and outcomes. The --db file is created when it does not exist; a file that holds data is refused. The same seed on the same day gives the same data; set PARCOURS_TODAY=YYYY-MM-DD to fix the day. --scale large writes ten years of a national network instead: 24 sites, 5,000 cohorts, more than 100,000 participants, 20,000 volunteers and about 8 million attendance marks, with its progress on standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much data: small (the default) or large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCALE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed of the random choices, a whole number (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PARCOURS_DEMO_FACTOR must be a number above 0 and at most 10, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown scale &apos;%1&apos; (small or large)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 4294967295, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PARCOURS_TODAY must be a date YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data: %1 sites, %2 cohorts, %3 participants, %4 volunteers, %5 trainers, %6 sessions, %7 attendance marks, %8 pairings, %9 outcomes (seed %10, today %11) in %12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check everything and report, but write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown table &apos;%1&apos; (tables: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) read</source>
        <translation>
            <numerusform>%1: %n row read</numerusform>
            <numerusform>%1: %n rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; nothing was imported</source>
        <translation>
            <numerusform>%n problem found; nothing was imported</numerusform>
            <numerusform>%n problems found; nothing was imported</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: %1 row(s) read, %2 would be inserted and %3 updated; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 row(s) read, %2 inserted, %3 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read an exchange folder (one CSV file per table) into the database, all or nothing: rows with a known ref are updated, new ones inserted. When any row is bad, every problem is listed as file:line: column: reason and nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange folder to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read one table of the exchange format from a CSV file, all or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the whole database as an exchange folder, one CSV file per table (UTF-8, comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to write (created if missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace names and contact details with stable pseudonyms and leave out free-text notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n table(s) to %1</source>
        <translation>
            <numerusform>Exported %n table to %1</numerusform>
            <numerusform>Exported %n tables to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Write one table of the exchange format to a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to write (replaced if it exists).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what concerns the cohort with this ref.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write for French Excel: UTF-8 with a byte order mark, &apos;;&apos; between cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cohort with ref &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohorts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants: %1 enrolled, %2 completed, %3 withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks off target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unmarked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended hours per participant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairings: %1 with a mentor (%2), %3 with a coach (%4), %5 in a full trio (%6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers involved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French: %1 level(s) gained on average, %2 participant(s) gained one level or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>durable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dynamic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dynamic exit rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permanent share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>durable share</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exit rates are over the %n completed participant(s).</source>
        <translation>
            <numerusform>Exit rates are over the %n completed participant.</numerusform>
            <numerusform>Exit rates are over the %n completed participants.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the indicators of one cohort, or of the cohorts whose end date falls in a period (their counts added up, their rates recomputed from the sums): hours, weeks off target, attendance, pairings, French progression and exits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cohort&apos;s ref.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object instead of a summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --cohort REF or --from DATE --to DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a period needs both --from and --to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a date of the form YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from must not be after --to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cohort needs a ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not exist (create a database with &apos;%1 init&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not exist or is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a cohort&apos;s timetable, or write it as an iCalendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a cohort&apos;s conflicts and weeks off target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a cohort&apos;s or a trainer&apos;s sessions as an iCalendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 %2 COMMAND [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timetable of a cohort: its conflicts and weekly targets, and its calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1 %2 COMMAND --help&apos; tells more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1 is off target: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List a cohort&apos;s conflicts, one line each naming both sessions and what they share (a trainer or a room, also with other cohorts; two sessions of the cohort at once; a session outside its dates; a trainer outside their modules; a room too small), then its weeks off their weekly targets. Exits with 1 when anything is found, with 0 and a short line when the timetable is clean. The file is opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cohort REF is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no conflict, every week on target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the sessions of a cohort, or of a trainer, as an iCalendar file (RFC 5545) that phones and calendar programs can import or subscribe to: times in Europe/Paris, one stable UID per session, cancelled sessions marked as such.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trainer&apos;s ref, instead of --cohort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .ics file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --cohort REF or --trainer REF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--trainer needs a ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be written (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n session(s) to %1</source>
        <translation>
            <numerusform>Wrote %n session to %1</numerusform>
            <numerusform>Wrote %n sessions to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a cohort&apos;s timetable as a PDF, one landscape A4 page per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a cohort&apos;s timetable as a PDF to print for its participants: one landscape A4 page per week that has sessions, each session in its module&apos;s colour with its times, trainer and room, cancelled sessions struck through, a legend of the modules. --from and --to keep the weeks of a period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day to print (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day to print (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .pdf file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from needs a date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to needs a date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no session to print in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n week(s) to %1</source>
        <translation>
            <numerusform>Wrote %n week to %1</numerusform>
            <numerusform>Wrote %n weeks to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Write printed documents, such as a week&apos;s sign-in sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a cohort&apos;s sign-in sheet of a week as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed documents of a cohort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the sign-in sheet (émargement) of a cohort for one ISO week as a PDF: one portrait A4 page per half-day that has planned or held sessions, listing them with their times and trainer, one row per participant expected that day with a signature box per session, and a box for the trainer&apos;s signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ISO week (YYYY-Www, as 2025-W10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WEEK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--week YYYY-Www is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--week needs an ISO week as YYYY-Www (2025-W10), not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no session in week %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s) to %1</source>
        <translation>
            <numerusform>Wrote %n page to %1</numerusform>
            <numerusform>Wrote %n pages to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>  ! not ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 - %3 %4 (%5): %n point(s)</source>
        <translation>
            <numerusform>%1 %2 - %3 %4 (%5): %n point</numerusform>
            <numerusform>%1 %2 - %3 %4 (%5): %n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n proposal(s), total score %3</source>
        <translation>
            <numerusform>%1, %2: %n proposal, total score %3</numerusform>
            <numerusform>%1, %2: %n proposals, total score %3</numerusform>
        </translation>
    </message>
    <message>
        <source>--role must be mentor or coach, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No volunteer with room left for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose the best mentor and coach pairings for a cohort, with their reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose the best pairings for a cohort&apos;s enrolled participants who have no active mentor (or coach): as many pairs as the volunteers&apos; room allows, then the highest total score. Each proposal is printed with its score, its reasons and what the volunteer&apos;s readiness lacks. A pair that ended in mismatch is never proposed again. Without --apply nothing is written (the file is opened read-only). With --apply the proposals become active pairings from today (PARCOURS_TODAY when set); those of volunteers who are not ready are recorded as proposed, to activate in Parcours after checking. Exits with 1 for an unknown cohort or when the proposals cannot be recorded (then nothing is).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the proposals as pairings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n active pairing(s).</source>
        <translation>
            <numerusform>Recorded %n active pairing.</numerusform>
            <numerusform>Recorded %n active pairings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n pairing(s) as proposed: the volunteer is not ready; activate them in Parcours after checking.</source>
        <translation>
            <numerusform>Recorded %n pairing as proposed: the volunteer is not ready; activate it in Parcours after checking.</numerusform>
            <numerusform>Recorded %n pairings as proposed: the volunteer is not ready; activate them in Parcours after checking.</numerusform>
        </translation>
    </message>
    <message>
        <source>mentor or coach (default: both, mentors first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) already proposed before, left as they are.</source>
        <translation>
            <numerusform>%n pair already proposed before, left as it is.</numerusform>
            <numerusform>%n pairs already proposed before, left as they are.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the review pack of a period: a PDF summary and CSVs, no names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the review pack of a period for the funder into a new or empty folder: summary.pdf (a row per cohort and the totals), cohorts.csv (every indicator per cohort), outcomes.csv (situations at each milestone), attendance.csv (per module), participants.csv (pseudonymised) and README.txt (every column). The period holds the cohorts whose end date falls in it. No name, e-mail, phone, birth date, address or note is written; counts of fewer persons than the setting report_small_count_threshold (3 by default) are left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to write: new, or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary&apos;s language: fr (the default) or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from DATE and --to DATE are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o DIR is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang is fr or en, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an empty folder: give a new or empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: warning: the setting organisation_name is not set: the pack&apos;s partner column is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: warning: no cohort ends between %2 and %3; the pack is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote the review pack of %n cohort(s) to %1: %2</source>
        <translation>
            <numerusform>Wrote the review pack of %n cohort to %1: %2</numerusform>
            <numerusform>Wrote the review pack of %n cohorts to %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open for writing on computer %1 by user %2 since %3 (process %4); only one program may write at a time: try again once it is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read or write the file: check that its disk is there, has free space and may be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full; nothing was written: free some space and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: this file is in %1 (%2); SQLite files can be damaged when written there. Keep it on this computer&apos;s disk; for several offices see &apos;Working in several offices&apos; in README.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a network folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a synchronised folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a cohort&apos;s report for the funder as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report of a cohort as a PDF for the funder: a cover, the key figures (participants, hours and attendance per module, mentors and coaches, French progression, exits at each milestone), charts, weeks off target and what is left to record. It names no participant unless --named-annex is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s language: fr (the default) or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an annex that names the participants (personal data: keep it in the team).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cohort&apos;s REF is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing command: one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;: one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDPR: retention of personal data and erasure of a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the people whose programme ended more than N years ago; --erase erases them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase one participant or volunteer with everything that refers to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased %1 %2 with %3 enrolment(s), %4 attendance mark(s), %5 pairing(s), %6 check-in(s) and %7 outcome(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: another program has the file open: the erased data leaves the file&apos;s log when the last program closes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 backup copy(ies) made before the erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 backup copy(ies) made before the erasure still hold the data (in %2); they go as backups rotate, or at once with --purge-backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the participants whose last programme ended, and the volunteers whose availability ended, more than N years ago (the file&apos;s setting retention_years, 2 unless set; --years for this run), one per line: kind, ref, name, end. With --erase, erase them all with everything that refers to them, in one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention period in years for this run (1 to 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the people listed (cannot be undone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --erase: remove the backup copies that still hold them, then make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--years must be a whole number from 1 to 100, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--purge-backups goes with --erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) whose programme ended before %1 (%2 year(s) ago)</source>
        <translation>
            <numerusform>%n person whose programme ended before %1 (%2 year(s) ago)</numerusform>
            <numerusform>%n people whose programme ended before %1 (%2 year(s) ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased %n person(s) whose programme ended before %1</source>
        <translation>
            <numerusform>Erased %n person whose programme ended before %1</numerusform>
            <numerusform>Erased %n people whose programme ended before %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase the participant or volunteer REF with their enrolments, attendance marks, pairings, check-ins and outcomes. Cannot be undone: the data is overwritten in the file and its log. The audit log keeps that REF was erased, not who it was. When a participant and a volunteer have the same ref, say which with --kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ref of the person to erase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participant or volunteer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the backup copies that still hold the person, then make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind must be participant or volunteer, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is both a participant and a volunteer: say which with --kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no participant or volunteer &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write everything the file holds on one person, for their request of access (GDPR article 15), into the folder DIR: REF.pdf, readable by the person, and a folder REF of CSV files (UTF-8, one per kind of record, a header row): the person&apos;s record, and for a participant their enrolments, attendance (each session&apos;s date, module and mark), pairings, check-ins and outcomes; for a volunteer their pairings and check-ins. The other person of a pairing is given by role only, never by name or ref. REF is a participant&apos;s or a volunteer&apos;s ref.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s ref.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to write into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF&apos;s language: fr (the default) or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REF is a participant&apos;s (when a volunteer has the same ref).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REF is a volunteer&apos;s (when a participant has the same ref).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person&apos;s REF is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--participant and --volunteer exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such participant or volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is both a participant&apos;s and a volunteer&apos;s ref: add --participant or --volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)) and %2 CSV file(s) in %3</source>
        <translation>
            <numerusform>Wrote %1 (%n page) and %2 CSV file(s) in %3</numerusform>
            <numerusform>Wrote %1 (%n pages) and %2 CSV file(s) in %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Write everything held on one person (a PDF and CSVs) for their request of access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the audit log as CSV, oldest first: when (UTC), who, which record and the names of the fields changed (never their values). To standard output, or to FILE with -o.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries of this UTC day or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries of this UTC day or earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the changes of this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the records whose ref contains REF (or #ID for an id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a date YYYY-MM-DD, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no audit log yet: it was made by an older Parcours; open it for writing once</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n audit entry(ies) to %1</source>
        <translation>
            <numerusform>Wrote %n audit entry to %1</numerusform>
            <numerusform>Wrote %n audit entries to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff name the changes are recorded under in the audit log (default: PARCOURS_USER, else the system user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the audit log (who changed which record, when) as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  PARCOURS_USER=NAME  the staff name changes are recorded under in the audit log (as --user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a week&apos;s timetable for cohorts sharing trainers and rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(fixed: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: %1 (lower is better; sessions after the morning %2, extra start times %3, extra rooms %4, trainers&apos; waiting half hours %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to create: every session of the week exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Created series %1: cohort %2, %3, %4 %5-%6, trainer %7, room %8, from %9 to %10, %n session(s)</source>
        <translation>
            <numerusform>Created series %1: cohort %2, %3, %4 %5-%6, trainer %7, room %8, from %9 to %10, %n session</numerusform>
            <numerusform>Created series %1: cohort %2, %3, %4 %5-%6, trainer %7, room %8, from %9 to %10, %n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cohort&apos;s ref (repeat for several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the cohorts of this site that meet that week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan every cohort that meets that week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any day of the week to plan (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the week as series over each cohort&apos;s weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds the planner may take (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seed of the search: the same seed gives the same week (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --cohort REF (one or more), --site REF or --all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--site needs a ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing --week-of DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--week-of needs a date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--time-limit needs a number of seconds above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed needs a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cohort does not meet in the week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cohort meets in the week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No week meets every rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No week was found within %1 s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GDPR commands: retention of personal data, erasure and access of one person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the FET file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>FET file written: %1 (%n session(s))</source>
        <translation>
            <numerusform>FET file written: %1 (%n session)</numerusform>
            <numerusform>FET file written: %1 (%n sessions)</numerusform>
        </translation>
    </message>
    <message>
        <source>--export-fet needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>FET chooses each session&apos;s trainer among the %n trainer(s) written as rooms (&quot;Trainer&quot; and the ref); it cannot be given their weekly maximum hours.</source>
        <translation>
            <numerusform>FET chooses each session&apos;s trainer among the %n trainer written as a room (&quot;Trainer&quot; and the ref); it cannot be given their weekly maximum hours.</numerusform>
            <numerusform>FET chooses each session&apos;s trainer among the %n trainers written as rooms (&quot;Trainer&quot; and the ref); it cannot be given their weekly maximum hours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trainers fixed for FET: %1 from the planned week, %2 shared out by hours, %3 of fixed sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan one week&apos;s timetable for the chosen cohorts (or a site&apos;s cohorts, or all that meet that week): every hard rule met (no trainer, room or cohort at two places at once, trainers&apos; modules, maximum hours and absences, room sizes, opening hours, weekly targets, blocks on different days), then the soft wishes improved within the time limit. Prints the week with its score, or why no week exists (exit status 1). The week&apos;s existing sessions are kept as they are. --apply writes the new sessions as weekly series from that week to each cohort&apos;s end, holidays and closures skipped; without it the file is opened read-only. --export-fet also writes the week&apos;s problem as a FET input file (fet-cl): FET chooses the trainers as the planner does, or, with --fet-trainers fixed, each session&apos;s trainer is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the week&apos;s problem as a FET input file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the FET file, &quot;choose&quot;: FET chooses each session&apos;s trainer among those who teach its module (the default, the same problem as the planner&apos;s); &quot;fixed&quot;: each session&apos;s trainer is fixed, from the planned week (or shared out by hours when none was found).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose|fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fet-trainers needs &quot;choose&quot; or &quot;fixed&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fet-trainers goes with --export-fet FILE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>Mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer unavailable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CohortReport</name>
    <message>
        <source>Cohort report</source>
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
        <source>No site yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n enrolled</source>
        <translation>
            <numerusform>%n enrolled</numerusform>
            <numerusform>%n enrolled</numerusform>
        </translation>
    </message>
    <message>
        <source>completed the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attendance rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with a mentor and a coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dynamic exits at 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This copy names the participants in its annex: personal data, not to be passed on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Cohort report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volunteers involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours attended per participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours and attendance by module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session planned yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours delivered</source>
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
        <source>Not marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance rate: present or late, out of the expected participants marked at held sessions. Sessions not marked are counted apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentors and coaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants paired with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both: a full trio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers involved: %1 (mentors and coaches of active or ended pairings, and volunteer trainers who led a session).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French progression (CEFR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No participant has both an entry and an exit level yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic exit rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durable share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the participants who completed the programme. Durable: permanent contract (CDI), fixed-term or temping of 6 months or more, business creation. Transition: shorter contracts, subsidised contracts. Positive: qualifying training. Dynamic = durable + transition + positive; the permanent and durable shares are of the dynamic exits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exits by class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks off target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets of a full week: French %1 to %2 h, English %3 h, soft skills %4 h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: every full week meets its targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week %1 (from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) off target: %1.</source>
        <translation>
            <numerusform>%n week off target: %1.</numerusform>
            <numerusform>%n weeks off target: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is missing: every expected attendance is marked, every outcome due is recorded and every participant has a consent date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance not marked (participant-sessions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes due and not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants without a consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions with attendance not marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annex: the participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data: this annex is for the programme&apos;s team and is not to be passed on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No participant is enrolled yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CEFR entry → exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durable employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transition employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifying training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attendance marked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance rate of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole cohort: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No participant has completed the programme yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dynamic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants with an entry and an exit level: %1. Average progression in CEFR levels: %2. Gained one level or more: %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>And %n more session(s).</source>
        <translation>
            <numerusform>And %n more session.</numerusform>
            <numerusform>And %n more sessions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandText</name>
    <message>
        <source>Add site “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add room “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add cohort “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add participant “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add volunteer “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add trainer “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit site “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit room “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit cohort “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit participant “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit volunteer “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit trainer “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete site “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete room “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete cohort “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete participant “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete volunteer “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete trainer “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictFinder</name>
    <message>
        <source>%1 %2-%3, %4, %5 (%6)</source>
        <extracomment>date, start time, end time, cohort ref, module, session ref: &quot;10/03/2025 09:00-12:00, MINI, French (FLE) (W2-1)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer %1 is in two sessions at once: %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room %1 holds two sessions at once: %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort %1 has two sessions at once: %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 is outside the dates of cohort %2 (%3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 is outside the dates of cohort %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer %1 does not teach %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Room %1 has %n seat(s) for %2 participants expected: %3</source>
        <extracomment>%n seats, %1 room, %2 participants expected, %3 session</extracomment>
        <translation>
            <numerusform>Room %1 has %n seat for %2 participants expected: %3</numerusform>
            <numerusform>Room %1 has %n seats for %2 participants expected: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>Dynamic exits at 6 months, per cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic exits at 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert threshold (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairings, per cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full trio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no pairing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1&lt;br&gt;(the last %2 of %Ln cohorts)</source>
        <translation>
            <numerusform>%1&lt;br&gt;(the last %2 of %Ln cohort)</numerusform>
            <numerusform>%1&lt;br&gt;(the last %2 of %Ln cohorts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardText</name>
    <message>
        <source>No cohort ends between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cohort(s)</source>
        <translation>
            <numerusform>%Ln cohort</numerusform>
            <numerusform>%Ln cohorts</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2; nobody has completed the course yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2; no outcome recorded at 6 months yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3 dynamic exits at 6 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3 dynamic exits at 6 months, of which %4 permanent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Outcome at 6 months not known yet for %Ln of the %1 participants who completed the course (counted as not dynamic in the rate).</source>
        <translation>
            <numerusform>Outcome at 6 months not known yet for %Ln of the %1 participants who completed the course (counted as not dynamic in the rate).</numerusform>
            <numerusform>Outcome at 6 months not known yet for %Ln of the %1 participants who completed the course (counted as not dynamic in the rate).</numerusform>
        </translation>
    </message>
    <message>
        <source>nobody completed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no outcome yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nobody has completed the course yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: no outcome recorded at 6 months yet for the %Ln participant(s) who completed the course.</source>
        <translation>
            <numerusform>%1: no outcome recorded at 6 months yet for the %Ln participant who completed the course.</numerusform>
            <numerusform>%1: no outcome recorded at 6 months yet for the %Ln participants who completed the course.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 dynamic exits at 6 months (%3 of the %Ln participant(s) who completed the course; %4 not known yet).</source>
        <translation>
            <numerusform>%1: %2 dynamic exits at 6 months (%3 of the %Ln participant who completed the course; %4 not known yet).</numerusform>
            <numerusform>%1: %2 dynamic exits at 6 months (%3 of the %Ln participants who completed the course; %4 not known yet).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): of %Ln participant(s), %3 with a mentor, %4 with a coach, %5 in a full trio.</source>
        <translation>
            <numerusform>%1 (%2): of %Ln participant, %3 with a mentor, %4 with a coach, %5 in a full trio.</numerusform>
            <numerusform>%1 (%2): of %Ln participants, %3 with a mentor, %4 with a coach, %5 in a full trio.</numerusform>
        </translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no session held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing marked yet (%Ln expected presence(s) unmarked).</source>
        <translation>
            <numerusform>%1: nothing marked yet (%Ln expected presence unmarked).</numerusform>
            <numerusform>%1: nothing marked yet (%Ln expected presences unmarked).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: attendance %2 (%3 present or late of %4 marked; %5 unmarked).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DependantsText</name>
    <message numerus="yes">
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n room</numerusform>
            <numerusform>%n rooms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enrolment(s)</source>
        <translation>
            <numerusform>%n enrolment</numerusform>
            <numerusform>%n enrolments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendance mark(s)</source>
        <translation>
            <numerusform>%n attendance mark</numerusform>
            <numerusform>%n attendance marks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pairing(s) with a volunteer</source>
        <translation>
            <numerusform>%n pairing with a volunteer</numerusform>
            <numerusform>%n pairings with a volunteer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n check-in</numerusform>
            <numerusform>%n check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recorded outcome(s)</source>
        <translation>
            <numerusform>%n recorded outcome</numerusform>
            <numerusform>%n recorded outcomes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unavailability period(s)</source>
        <translation>
            <numerusform>%n unavailability period</numerusform>
            <numerusform>%n unavailability periods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cohort(s) will have no site</source>
        <translation>
            <numerusform>%n cohort will have no site</numerusform>
            <numerusform>%n cohorts will have no site</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) will have no trainer</source>
        <translation>
            <numerusform>%n session will have no trainer</numerusform>
            <numerusform>%n sessions will have no trainer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) will have no room</source>
        <translation>
            <numerusform>%n session will have no room</numerusform>
            <numerusform>%n sessions will have no room</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pairing(s) will no longer be tied to a cohort</source>
        <translation>
            <numerusform>%n pairing will no longer be tied to a cohort</numerusform>
            <numerusform>%n pairings will no longer be tied to a cohort</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the site “%1” and what depends on it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the room “%1” and what depends on it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the cohort “%1” and what depends on it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the participant “%1” and what depends on them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the volunteer “%1” and what depends on them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the trainer “%1” and what depends on them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” and what depends on it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This also deletes or changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings everything back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n office closure(s)</source>
        <translation>
            <numerusform>%n office closure</numerusform>
            <numerusform>%n office closures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n series of sessions</source>
        <translation>
            <numerusform>%n series of sessions</numerusform>
            <numerusform>%n series of sessions</numerusform>
        </translation>
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
    <message>
        <source>This file is open for reading only: the change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is busy: another program is writing to it. Nothing was changed; wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved because it breaks a rule of the data (see the details). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved: what it refers to no longer exists in the file. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged: the change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved because of an unexpected problem. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is open for writing in another Parcours. Open it read-only, or ask for it to be closed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be opened: the disk is full. Free some space and try again; the file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is in use by another Parcours: close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be created: the disk is full. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: the change was not saved and the file is as before it. Free some space on the disk, then make the change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be restored: it is not a sound backup of a Parcours file. The open file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be restored: the disk is full. The open file has not been changed; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be restored (see the details). The open file has not been changed.</source>
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
        <source>a module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a participant status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a volunteer role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a trainer kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an enrolment status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a session status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an attendance status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pairing role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pairing status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a check-in kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a CEFR level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid UTF-8, read as Windows-1252</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pairing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a file of the exchange format, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the folder, nothing imported from them: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: empty file, nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: unknown column &apos;%3&apos; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column appears more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 cells but the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate ref &apos;%1&apos; (first on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same %1 as line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported from %1, line %2, without a consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: participant_ref: &apos;%3&apos; has no consent date; enrolled in &apos;%4&apos; without it (record the consent date in the participant&apos;s details)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeLabels</name>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohorts</source>
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
        <source>Trainer unavailability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lunch starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lunch ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site (ref)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French hours, minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French hours, maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft skills hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French level at entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival in France</source>
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
    <message>
        <source>Professional project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum pairings</source>
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
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum hours a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer (ref)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekday</source>
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
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort (ref)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant (ref)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French level at exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room (ref)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session (ref)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer (ref)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing (ref)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileTransferMessages</name>
    <message>
        <source>This file is open for reading only: nothing can be imported into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is busy: another program is writing to it. Nothing was imported; wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files to import could not be read. Check that the folder is available and that you are allowed to open it. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import stopped because of an unexpected problem. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files could not be written into “%1”. Check that the folder exists and that you are allowed to write in it; the files already there are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is busy: another program is writing to it. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export into “%1” failed because of an unexpected problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file named “%1” already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup “%1” could not be written. Check that the folder exists, that there is space left and that you are allowed to write in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy “%1” did not pass its check and was removed. The open file may be damaged: ask for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup “%1” failed because of an unexpected problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: nothing was imported and the file is as before. Free some space on the disk and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup “%1” could not be written: the disk is full. Free some space or choose another disk.</source>
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
    <name>IcsWriter</name>
    <message>
        <source>%1: %2</source>
        <extracomment>iCalendar event title: module, session title: &quot;French (FLE): Job interview role play&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort: %1</source>
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
</context>
<context>
    <name>PairingScorer</name>
    <message>
        <source>Already paired at site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available for the whole cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available only from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profession &quot;%1&quot; fits the project &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same sector: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School near the site: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared languages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanReason</name>
    <message>
        <source>Cohort %1 needs %2 sessions of %3 on different days, but meets on only %4 days this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort %1 needs %2 h of classes, but its days this week hold at most %3 h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site %2 of cohort %1 is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No room of site %2 seats the %3 participants of cohort %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trainer teaches %1, and the cohorts need %2 h of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trainers of %1 (%2) can give %3 h this week, but the cohorts need %4 h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fixed sessions of trainer %1 already take %2 h this week, more than their maximum of %3 h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rooms of site %1 (%2) are free for %3 h this week, but its cohorts need %4 h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session of %2 of %3 h of cohort %1 fits at no time of the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session of %2 of %3 h of cohort %1 fits at no time of the week (in the way: %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fixed session %2 (%3) overlaps another fixed session of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No place was found in the time given for a session of %2 of %3 h of cohort %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No place was found in the time given for a session of %2 of %3 h of cohort %1 (in the way: %4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an e-mail address (name@example.org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a phone number: digits, spaces and + only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a plausible birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two capital letters, as in FR, SY or AF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No space at the start or end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must not contain “|”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both the start and the end of the lunch break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lunch break must be within the opening hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must not be before “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be after “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must not be below “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a two-letter language code (such as fa, en, ar).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>Availability window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity of one pairing or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charter signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training attended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewSummary</name>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic exit rate</source>
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
        <source>Hours delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-trio coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent share at 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durable share at 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohorts ending from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cohort(s)</source>
        <translation>
            <numerusform>%n cohort</numerusform>
            <numerusform>%n cohorts</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cohort ends in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continued on the next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review summary, %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s</source>
        <comment>a cell suppressed by statistical confidentiality</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rates of the totals row are computed from the summed counts of the cohorts, never averaged. Attendance rate: sessions attended (present or late) out of the expected sessions marked. Full trio: participants with both a mentor and a coach. Dynamic exit rate: participants in durable or transition employment or in qualifying training, out of those who completed the programme; the permanent (CDI) and durable shares are of those dynamic exits. A dash: no participant to count. s: not shown because it counts, or is computed from, fewer than %1 persons (statistical confidentiality).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionSeries</name>
    <message>
        <source>Public holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer %1 busy: session %2 of cohort %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room %1 busy: session %2 of cohort %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort %1 busy: session %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubjectAccessReport</name>
    <message>
        <source>Personal data of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential: personal data, for the person named only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the programme office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document lists all the information %1 holds about you in its programme file (Parcours) on %2, in answer to your request for access under article 15 of the General Data Protection Regulation. The CSV files given with it hold the same data in a form that a computer can read. You may ask us to correct what is wrong, or to erase your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant, file reference %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer, file reference %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity and situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French level on arrival (CEFR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival in France</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector sought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not been enrolled in a programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates of the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French level at the end (CEFR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mentor and your coach are shown by their role only: their names are their own personal data. The office can put you in touch with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation after the programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No situation has been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attendance has been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) with your attendance recorded.</source>
        <translation>
            <numerusform>%n session with your attendance recorded.</numerusform>
            <numerusform>%n sessions with your attendance recorded.</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor and coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pairing has been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, pairing %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason it ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-up meeting has been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity and volunteering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants at a time, at most</source>
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
        <source>Charter signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training attended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participants you accompany are not named: their data is their own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimetablePrint</name>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timetable of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1 · from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnavailabilityCommand</name>
    <message>
        <source>Add unavailability of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove unavailability of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit unavailability of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnavailabilityText</name>
    <message>
        <source>%1 %2, from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, from %3 on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, until %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, every week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeeklyTargets</name>
    <message>
        <source>FLE</source>
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
        <source>%1 %2 h</source>
        <extracomment>module, hours scheduled in the week: &quot;Other 3 h&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 h / %3 h</source>
        <extracomment>module, hours scheduled, target: &quot;English 2 h / 2 h&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 h / %3-%4 h</source>
        <extracomment>module, hours scheduled, lowest and highest target: &quot;FLE 13,5 h / 12-15 h&quot;</extracomment>
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
    <name>parcours::ui::AboutDialog</name>
    <message>
        <source>windows, data access, translations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database inside each file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>results and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tests (not installed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the &amp;licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Parcours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Parcours&lt;/h2&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;The programme office&apos;s desktop program for the vocational integration of refugees and newcomers.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software: you may use, study, share and change it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libraries used and their licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GNU General Public License, version 3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::AlertsBox</name>
    <message>
        <source>Attendance alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>percentage</comment>
        <extracomment>A percentage: French puts a (narrow no-break) space before the sign</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n absence(s) in a row (last on %1)</source>
        <extracomment>%n absences in a row, %1 the date of the last one</extracomment>
        <translation>
            <numerusform>%n absence in a row (last on %1)</numerusform>
            <numerusform>%n absences in a row (last on %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>attends %1, below %2</source>
        <extracomment>%1 the participant&apos;s attendance rate, %2 the threshold, both in percent</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance alerts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alert: nobody missed %1 sessions in a row or attends less than %2.</source>
        <extracomment>%1 the number of absences in a row that raises an alert, %2 the threshold in percent</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>alert</comment>
        <extracomment>%1 a participant&apos;s name, %2 why the alert (French puts a no-break space before the colon)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::AttendanceGridModel</name>
    <message>
        <source>P</source>
        <comment>attendance letter</comment>
        <extracomment>The one-letter mark of a participant present (French: P)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L</source>
        <comment>attendance letter</comment>
        <extracomment>The one-letter mark of a participant late (French: R, retard)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E</source>
        <comment>attendance letter</comment>
        <extracomment>The one-letter mark of an excused absence (French: E, excusé)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <comment>attendance letter</comment>
        <extracomment>The one-letter mark of an absence (French: A)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2′</source>
        <comment>late letter and minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enrolled on that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>late, %n minute(s)</source>
        <translation>
            <numerusform>late, %n minute</numerusform>
            <numerusform>late, %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>not marked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “%1” %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the mark of “%1” at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Set “%1” late by %n minute(s) at %2</source>
        <translation>
            <numerusform>Set “%1” late by %n minute at %2</numerusform>
            <numerusform>Set “%1” late by %n minutes at %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark everyone present at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::AttendancePage</name>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Delete&lt;/b&gt; clears a mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not marked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys of the marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks present everyone not marked yet at the session of the current column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark everyone present at the current session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in &amp;sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the sign-in sheet of the cohort and week shown, to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minutes late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert below this attendance rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert &amp;below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert threshold could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attendance could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in-%1-%2.pdf</source>
        <extracomment>A file name: the cohort&apos;s ref and the ISO week (2025-W10)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the sign-in sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in sheet could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in sheet saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cohort yet: create one on the Cohorts page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is enrolled on the days of this week&apos;s sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every mark of the sessions held so far is in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s) missing for the sessions held so far (in orange).</source>
        <translation>
            <numerusform>%n mark missing for the sessions held so far (in orange).</numerusform>
            <numerusform>%n marks missing for the sessions held so far (in orange).</numerusform>
        </translation>
    </message>
    <message>
        <source>The marks could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::AuditLogDialog</name>
    <message>
        <source>Any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who changed which record, and when. Only the names of the fields are kept, never their values. Times are shown in this computer&apos;s time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref (P-000012) or #id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the entries shown as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>-audit.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log could not be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n entry(ies) to %1</source>
        <translation>
            <numerusform>Saved %n entry to %1</numerusform>
            <numerusform>Saved %n entries to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parcours::ui::AuditLogModel</name>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer&apos;s module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer&apos;s unavailability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment without consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series of sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(outside Parcours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::CheckInDialog</name>
    <message>
        <source>Log a check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was discussed, what comes next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::ClosuresDialog</name>
    <message>
        <source>Office closures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days when the office is closed (a summer break, a move). A series made afterwards skips them and says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove the closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the last day must not come before the first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::CohortForm</name>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No site yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tremplin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French (FLE): the fewest hours a full week should have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French (FLE): the most hours a full week should have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French, at &amp;least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French, at &amp;most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;glish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;te</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pla&amp;ces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So&amp;ft skills</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::CohortPage</name>
    <message>
        <source>&amp;Enrol…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to e&amp;nrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list of cohorts (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the enrolments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol participants in this cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant leaves before the end: date and reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participants selected followed the cohort to its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo a withdrawal or a completion recorded by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the participants selected off the list, as if never enrolled (a mistake); Edit &gt; Undo brings them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolments of the cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French (FLE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 h</source>
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
    <message numerus="yes">
        <source>%1 enrolled for %n place(s)</source>
        <translation>
            <numerusform>%1 enrolled for %n place</numerusform>
            <numerusform>%1 enrolled for %n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn</source>
        <translation>
            <numerusform>%n withdrawn</numerusform>
            <numerusform>%n withdrawn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n over capacity</source>
        <translation>
            <numerusform>%n over capacity</numerusform>
            <numerusform>%n over capacity</numerusform>
        </translation>
    </message>
    <message>
        <source>More participants are enrolled than the cohort has places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n place(s).</source>
        <translation>
            <numerusform>“%1” has %n place.</numerusform>
            <numerusform>“%1” has %n places.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 are enrolled already; with %2 more the cohort would have %3 participants, %4 beyond its places. Enrol anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol “%1” in “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Enrol %n participant(s) in “%1”</source>
        <translation>
            <numerusform>Enrol %n participant in “%1”</numerusform>
            <numerusform>Enrol %n participants in “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdraw “%1” from “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “%1” as having completed “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mark %n participant(s) as having completed “%1”</source>
        <translation>
            <numerusform>Mark %n participant as having completed “%1”</numerusform>
            <numerusform>Mark %n participants as having completed “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>Put “%1” back as enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Put %n participant(s) back as enrolled</source>
        <translation>
            <numerusform>Put %n participant back as enrolled</numerusform>
            <numerusform>Put %n participants back as enrolled</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the exit level of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” from “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n participant(s) from “%1”</source>
        <translation>
            <numerusform>Remove %n participant from “%1”</numerusform>
            <numerusform>Remove %n participants from “%1”</numerusform>
        </translation>
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
    <message>
        <source>More participants are enrolled than the cohort has places.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::ConsentOverrideDialog</name>
    <message>
        <source>Enrol without a consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no consent date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) have no consent date: %1.</source>
        <translation>
            <numerusform>%n participant has no consent date: %1.</numerusform>
            <numerusform>%n participants have no consent date: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A participant is enrolled once they have agreed to the use of their data (GDPR). Record the date of their consent in their details, or give the reason to enrol them now: it is kept with the enrolment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason to enrol without a consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For instance: consent given orally, form to be signed on the first day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol without consent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::DashboardPage</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cohorts whose end date falls in the period are counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohorts ending from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohorts ending until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit the start of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit the end of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick for no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohorts e&amp;nding from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic exits at 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of which permanent (CDI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attendance marked yet for the cohorts of this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file has no cohort yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cohort ends in this period. Choose another period above, or All time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No outcome at 6 months recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Present or late, over the marked presences of held sessions; %Ln presence(s) not marked yet</source>
        <translation>
            <numerusform>Present or late, over the marked presences of held sessions; %Ln presence not marked yet</numerusform>
            <numerusform>Present or late, over the marked presences of held sessions; %Ln presences not marked yet</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the figures of the period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the cohorts that end in this period…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::DateField</name>
    <message>
        <source>%1 known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when the date is known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::EndPairingDialog</name>
    <message>
        <source>Ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nds on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::EnrolmentTableModel</name>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit level (CEFR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the enrolment date of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the exit date of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the exit reason of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the exit level of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::EraseDialog</name>
    <message>
        <source>Erase “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the %1 “%2” (%3) and everything that refers to them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n enrolment(s)</source>
        <translation>
            <numerusform>%n enrolment</numerusform>
            <numerusform>%n enrolments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendance mark(s)</source>
        <translation>
            <numerusform>%n attendance mark</numerusform>
            <numerusform>%n attendance marks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pairing(s)</source>
        <translation>
            <numerusform>%n pairing</numerusform>
            <numerusform>%n pairings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n check-in</numerusform>
            <numerusform>%n check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outcome(s)</source>
        <translation>
            <numerusform>%n outcome</numerusform>
            <numerusform>%n outcomes</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing else refers to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With them go: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone, not even with Undo: their data is overwritten in the file. The audit log keeps that %1 was erased, not who it was. Figures of past cohorts change, since they no longer count this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand that this erasure is final</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Also remove the %n backup copy(ies) that still hold their data (a new backup is made at once)</source>
        <translation>
            <numerusform>Also remove the %n backup copy that still holds their data (a new backup is made at once)</numerusform>
            <numerusform>Also remove the %n backup copies that still hold their data (a new backup is made at once)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::ExportFolderDialog</name>
    <message>
        <source>&amp;Pseudonymise: names and contact details replaced, notes left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For &amp;Excel: semicolons, and formulas neutralised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the whole file as CSV files, one per table, that Parcours and spreadsheets read. Files of the same name in the folder are replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to write into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a review or a test outside the office: the people can no longer be recognised, the figures stay the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to export into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::FileActions</name>
    <message>
        <source>Import a &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a CSV file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Parcours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an exchange folder: one CSV file per table, checked before anything is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import one CSV file from a spreadsheet: participants, volunteers, cohorts, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the whole file as CSV files, one per table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the whole file, safe even while it is in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is open for reading only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcours files (*.parcours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-backup-%2.parcours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put one of the automatic backups in place of the open file; the file as it is now is kept as a backup first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who changed which record, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name your changes are recorded under in the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name your changes are recorded under in the audit log of every file you open on this computer. Leave it empty to use the system user (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes are now recorded as “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::FileSafety</name>
    <message>
        <source>Making today&apos;s backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup is in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already open for writing on the computer “%2” by the user “%3”, since %4.

Only one person at a time can change a file. You can open it read-only to look at it; to change it, ask them to close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a network folder (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder synchronised by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is in %2.

A Parcours file can be damaged when it is written there, above all when several computers use it. Keep the file on this computer&apos;s disk. To work in several offices, each office keeps its own file and they exchange folders: see “Working in several offices” in the README of Parcours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup of “%1” could not be made. The file is open as usual; check that there is space left on the disk and that the folder “%2” can be written.

%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::ImportCheckPage</name>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row has been checked; nothing is written until you click Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::ImportMappingPage</name>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what each column of the file holds. Recognised headers are chosen already; a column left on “Ignored” is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of the file and what they hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the column “%1” holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required and not given by any column: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given by more than one column: %1. Keep one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column gives the ref: each row gets a new one, so importing the same file twice adds its rows twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) ignored.</source>
        <translation>
            <numerusform>%n column ignored.</numerusform>
            <numerusform>%n columns ignored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parcours::ui::ImportReportDialog</name>
    <message>
        <source>Import a folder: check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a folder: done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every file of “%1” has been checked. Nothing is written until you click Import, and then all or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files of “%1” have been imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::ImportReportView</name>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n row read</numerusform>
            <numerusform>%n rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1. %n problem(s) to correct first: nothing has been written.</source>
        <translation>
            <numerusform>%1. %n problem to correct first: nothing has been written.</numerusform>
            <numerusform>%1. %n problems to correct first: nothing has been written.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, all valid: importing adds %2 and updates %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new row(s)</source>
        <translation>
            <numerusform>%n new row</numerusform>
            <numerusform>%n new rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing row(s)</source>
        <translation>
            <numerusform>%n existing row</numerusform>
            <numerusform>%n existing rows</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Problems (%n):</source>
        <translation>
            <numerusform>Problem (%n):</numerusform>
            <numerusform>Problems (%n):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parcours::ui::ImportSourcePage</name>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file (from a spreadsheet: comma or semicolon separated) and what it holds. Nothing is written before the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of a .csv file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table the file feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be read as CSV: a quote opened on line %1 is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file holds no rows to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read as Windows-1252 (not UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) besides the header, separated by %1, %2.</source>
        <translation>
            <numerusform>%n row besides the header, separated by %1, %2.</numerusform>
            <numerusform>%n rows besides the header, separated by %1, %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Holds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::ImportWizard</name>
    <message>
        <source>Import a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::JobDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::ListPages</name>
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
        <source>This file has no cohorts yet. Use New to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
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
    <message>
        <source>This file has no participants yet. Use New to add one, or File &gt; Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>This file has no volunteers yet. Use New to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n trainer(s)</source>
        <translation>
            <numerusform>%n trainer</numerusform>
            <numerusform>%n trainers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 shown out of %n trainer(s)</source>
        <translation>
            <numerusform>%1 shown out of %n trainer</numerusform>
            <numerusform>%1 shown out of %n trainers</numerusform>
        </translation>
    </message>
    <message>
        <source>This file has no trainers yet. Use New to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
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
    <message>
        <source>Try the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a file of invented data to explore Parcours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo file could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the list shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a cohort (or press Enter) to see its enrolments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its details, weekly targets and enrolments (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1; the file as it was is kept as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating %1 for this version of Parcours. A copy of the file as it was is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::OutcomeTableModel</name>
    <message>
        <source>Durable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as no news: still to reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French (entry → exit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::OutcomesPage</name>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this outcome now (Ctrl+Enter); Undo takes it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;ilestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emplo&amp;yer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sec&amp;tor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups due: none, every call is made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups due: %1 overdue, %2 this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at entry, %2 at exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the outcome of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::PairingTableModel</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mentor yet: drop a volunteer here or use Assign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coach yet: drop a volunteer here or use Assign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pairing(s) in this role, the earlier ones ended</source>
        <translation>
            <numerusform>%n pairing in this role, the earlier ones ended</numerusform>
            <numerusform>%n pairings in this role, the earlier ones ended</numerusform>
        </translation>
    </message>
    <message>
        <source>No mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentor pairing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach pairing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::PairingVolunteerModel</name>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n active pairing(s)</source>
        <translation>
            <numerusform>%n active pairing</numerusform>
            <numerusform>%n active pairings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capacity: %n pairing(s)</source>
        <translation>
            <numerusform>Capacity: %n pairing</numerusform>
            <numerusform>Capacity: %n pairings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposed (not counted)</source>
        <translation>
            <numerusform>%n proposed (not counted)</numerusform>
            <numerusform>%n proposed (not counted)</numerusform>
        </translation>
    </message>
    <message>
        <source>Onboarding complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag onto a participant&apos;s mentor or coach cell to pair them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::PairingVolunteerPicker</name>
    <message>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No room left: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be paired with this participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a volunteer to see why they fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No criterion met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::PairingsPage</name>
    <message>
        <source>Pairings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unpaired only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With room &amp;left only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest &amp;mentors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rematch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a &amp;check-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a check-&amp;in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the participants still without an active or proposed mentor or coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the pairings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose the best mentors for the participants without one, with the reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose the best coaches for the participants without one, with the reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the volunteer of the cell selected (or drag one from the list of volunteers onto the cell)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposed pairing selected starts today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the pairing selected, with a date and a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the pairing selected and pair the participant with another volunteer; the ended pairing stays in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn down the proposed pairing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a meeting of the active pairing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a meeting of the pairing selected in this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentors and coaches of the cohort&apos;s participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the volunteers whose capacity is used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteers and their load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a volunteer onto a participant&apos;s mentor or coach cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks without a check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> week(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-in for more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairings to follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volunteers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rematch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the pairing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pairing of %1 ends; %2 takes over from that day. The ended pairing stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pairing of %1 ends. It stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n week(s) ago)</source>
        <translation>
            <numerusform>%1 (%n week ago)</numerusform>
            <numerusform>%1 (%n weeks ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None since the start, %n week(s) ago</source>
        <translation>
            <numerusform>None since the start, %n week ago</numerusform>
            <numerusform>None since the start, %n weeks ago</numerusform>
        </translation>
    </message>
    <message>
        <source>No cohort yet: create one on the Cohorts page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is enrolled in this cohort yet.</source>
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
        <source>%n without a mentor</source>
        <translation>
            <numerusform>%n without a mentor</numerusform>
            <numerusform>%n without a mentor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a coach</source>
        <translation>
            <numerusform>%n without a coach</numerusform>
            <numerusform>%n without a coach</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 with the mentor %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with the coach %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a coach and cannot be a mentor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a mentor and cannot be a coach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no room left: capacity used %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be paired with this participant: they already are in the other role, are proposed already, or a pairing of theirs ended in a mismatch. See the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not finished onboarding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n volunteer(s) have not finished onboarding.</source>
        <translation>
            <numerusform>%n volunteer has not finished onboarding.</numerusform>
            <numerusform>%n volunteers have not finished onboarding.</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate the pairing anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair “%1” with the mentor “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair “%1” with the coach “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggested mentor(s)</source>
        <translation>
            <numerusform>Accept %n suggested mentor</numerusform>
            <numerusform>Accept %n suggested mentors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggested coach(es)</source>
        <translation>
            <numerusform>Accept %n suggested coach</numerusform>
            <numerusform>Accept %n suggested coaches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the volunteers chosen have not finished onboarding.</source>
        <translation>
            <numerusform>%n of the volunteers chosen has not finished onboarding.</numerusform>
            <numerusform>%n of the volunteers chosen have not finished onboarding.</numerusform>
        </translation>
    </message>
    <message>
        <source>Activate their pairings anyway? Otherwise they are recorded as proposed, to activate once the onboarding is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose the mentor “%2” to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose the coach “%2” to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate the pairing of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate the pairing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the pairing of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the pairing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rematch “%1” with “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rematch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn down the pairing of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn down the pairing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a check-in of %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a check-in on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a mentor for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a coach for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The best score first. The pairing is active from today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest coache&amp;s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To follo&amp;w up</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing to follow up: every active pairing had a check-in in the last %n week(s).</source>
        <translation>
            <numerusform>Nothing to follow up: every active pairing had a check-in in the last %n week.</numerusform>
            <numerusform>Nothing to follow up: every active pairing had a check-in in the last %n weeks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active pairing(s) without a recent check-in: call them.</source>
        <translation>
            <numerusform>%n active pairing without a recent check-in: call them.</numerusform>
            <numerusform>%n active pairings without a recent check-in: call them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parcours::ui::ParticipantForm</name>
    <message>
        <source>The participant&apos;s reference, made by Parcours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FR, SY, AF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fa, en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-letter codes of the languages spoken, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>06 12 34 56 78</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arrived in France</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probably already in the file: %1 has the same name and birth date. Check before saving a second record for the same person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countr&amp;y of origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lang&amp;uages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French le&amp;vel at entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional pro&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent g&amp;iven on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::ParticipantPicker</name>
    <message>
        <source>Enrol in “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the participants to enrol (several with Ctrl or Shift). Those already in the cohort are not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, country, status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants who can be enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Enrol %n participant(s)</source>
        <translation>
            <numerusform>&amp;Enrol %n participant</numerusform>
            <numerusform>&amp;Enrol %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) shown</source>
        <translation>
            <numerusform>%n participant shown</numerusform>
            <numerusform>%n participants shown</numerusform>
        </translation>
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
    <name>parcours::ui::PlanWeekDialog</name>
    <message>
        <source>Plan the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These &amp;cohorts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every cohort of the s&amp;ite:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohorts meeting that week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site whose cohorts are planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day of the week to plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same seed gives the same week; another seed, another week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time the planner may take, in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why no week was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the proposed week of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort, trainer or room shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock or unlock the selected session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A locked session stays exactly where it is when you plan again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept: create the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes the week&apos;s sessions weekly series up to each cohort&apos;s end, skipping holidays, closures and days already taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the cohorts, then Plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cohort meets that week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one cohort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The week could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cohort of that site meets in the week of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning stopped: nothing was planned, nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) after the morning</source>
        <translation>
            <numerusform>%n session after the morning</numerusform>
            <numerusform>%n sessions after the morning</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extra start time(s)</source>
        <translation>
            <numerusform>%n extra start time</numerusform>
            <numerusform>%n extra start times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extra room(s)</source>
        <translation>
            <numerusform>%n extra room</numerusform>
            <numerusform>%n extra rooms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n half hour(s) trainers wait</source>
        <translation>
            <numerusform>%n half hour trainers wait</numerusform>
            <numerusform>%n half hours trainers wait</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) proposed for the week of %1, in %2 s. Score %3 (0 is perfect, lower is better): %4.</source>
        <translation>
            <numerusform>%n session proposed for the week of %1, in %2 s. Score %3 (0 is perfect, lower is better): %4.</numerusform>
            <numerusform>%n sessions proposed for the week of %1, in %2 s. Score %3 (0 is perfect, lower is better): %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept makes %n of them weekly series up to each cohort&apos;s end.</source>
        <translation>
            <numerusform>Accept makes it a weekly series up to its cohort&apos;s end.</numerusform>
            <numerusform>Accept makes %n of them weekly series up to each cohort&apos;s end.</numerusform>
        </translation>
    </message>
    <message>
        <source>No week meets every rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No week was found within %1 s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to create: every session of the week exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: the series of cohort %1 could not be made (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series %1 could not be undone: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series were made but could not be put on the undo stack: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::PrivacyActions</name>
    <message>
        <source>Re&amp;tention of personal data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List and erase the people whose programme ended long ago (GDPR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase this person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the person chosen and everything that refers to them, for good (GDPR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased %1 (%2) with everything that referred to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Erased %n person(s) whose data had been kept long enough</source>
        <translation>
            <numerusform>Erased %n person whose data had been kept long enough</numerusform>
            <numerusform>Erased %n people whose data had been kept long enough</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parcours::ui::RecordForm</name>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new record (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S); Edit &gt; Undo takes them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this record (Del in the list); Edit &gt; Undo brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes cannot be saved as they are. Drop them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a row of the list to see it here, or New to add one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::ReportSettingsDialog</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed at the top of every document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PNG or JPEG image of up to %1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small-count threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the review pack, a count below this number is left out, so that nobody can be recognised in a small group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance alert below this rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in follow-up after this many weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Small-count threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendance alert below:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in &amp;follow-up after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used as the logo: it cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used as the logo: it is %2 KiB, larger than the %3 KiB allowed. Save a smaller image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used as the logo: it is not a PNG or JPEG image.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::ReportsPage</name>
    <message>
        <source>&amp;Cohort report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review &amp;pack of a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an annex with participants&apos; &amp;names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the review pac&amp;k…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;port settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One cohort&apos;s figures, charts and data quality, for the team and the partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the funder: a summary of the cohorts that ended in the period and CSV files without names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The annex lists participants by name: the PDF then holds personal data. Keep it in the office; never send it to the funder or a partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ohort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cohorts that ended in the period. The pack holds no name; counts below the small-count threshold are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder with the summary PDF, the CSV files and a README.txt describing every column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation name and logo, small-count threshold, alert thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the page&apos;s width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole pa&amp;ge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show whole pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport the report as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport the summary as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a file to make its reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cohort yet: create one on the Cohorts page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report-%1-with-names.pdf</source>
        <extracomment>File names: the cohort&apos;s ref; the period&apos;s first and last days (ISO dates)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review-summary-%1-%2.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to put the review pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review-pack-%1-%2</source>
        <extracomment>A folder name: the period&apos;s first and last days (ISO dates)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the review pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review pack saved in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::RestoreBackupDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to put in place of “%1”. The file as it is now is first kept as a backup too, so nothing is lost.

Backups are kept in the folder “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup of this file yet. Parcours makes one each day the file is opened for changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::RetentionDialog</name>
    <message>
        <source>Retention of personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data is kept no longer than needed. The CNIL suggests 2 years after the end of the support for social support. Listed here: participants whose last programme ended, and volunteers whose availability ended, more than the period below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> year(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention period in years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep data for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People whose data has been kept long enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand that erasing them is final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also remove the backup copies that still hold their data (a new backup is made at once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nobody&apos;s data has been kept longer than %n year(s).</source>
        <translation>
            <numerusform>Nobody&apos;s data has been kept longer than %n year.</numerusform>
            <numerusform>Nobody&apos;s data has been kept longer than %n years.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) to erase, with everything that refers to them.</source>
        <translation>
            <numerusform>%n person to erase, with everything that refers to them.</numerusform>
            <numerusform>%n people to erase, with everything that refers to them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parcours::ui::RoomForm</name>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people the room seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;eats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;te</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::RoomTableModel</name>
    <message>
        <source>Ref.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::SeriesDialog</name>
    <message>
        <source>New series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Da&amp;ys</source>
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
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no trainer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;rainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no room)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roo&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weeks of the cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2, %n week(s)</source>
        <extracomment>%1 and %2 the cohort&apos;s first and last days, %3 its number of weeks</extracomment>
        <translation>
            <numerusform>From %1 to %2, %n week</numerusform>
            <numerusform>From %1 to %2, %n weeks</numerusform>
        </translation>
    </message>
    <message>
        <source>This cohort has no start or end date yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 a date (&quot;Monday 21 April 2025&quot;), %2 why (&quot;Easter Monday&quot;, &quot;Office closed: move&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a cohort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one day of the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sessions must end after they start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the cohort its start and end dates first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last week must not come before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last date must not come before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates must be inside the cohort&apos;s, from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day of this period is closed: the series would make no session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), from %1 to %2.</source>
        <extracomment>%1 and %2 the first and last sessions&apos; dates</extracomment>
        <translation>
            <numerusform>%n session, from %1 to %2.</numerusform>
            <numerusform>%n sessions, from %1 to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>No day skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) skipped:</source>
        <translation>
            <numerusform>%n day skipped:</numerusform>
            <numerusform>%n days skipped:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parcours::ui::SessionDialog</name>
    <message>
        <source>Session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no trainer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trainer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no room)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session belongs to the series %1. Change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session &amp;only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session and the &amp;following ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All the sessions of the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::SiteForm</name>
    <message>
        <source>The office closes for lunch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opens at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;loses at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lunch &amp;break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lunch &amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lunch &amp;until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::SiteTableModel</name>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lunch break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::SitesPage</name>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n site</numerusform>
            <numerusform>%n sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 shown out of %n site(s)</source>
        <translation>
            <numerusform>%1 shown out of %n site</numerusform>
            <numerusform>%1 shown out of %n sites</numerusform>
        </translation>
    </message>
    <message>
        <source>This file has no sites yet. Use New to add the places where cohorts meet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a site to see its rooms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) at this site</source>
        <translation>
            <numerusform>%n room at this site</numerusform>
            <numerusform>%n rooms at this site</numerusform>
        </translation>
    </message>
    <message>
        <source>No site has rooms yet. Choose a site, then use New under Rooms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::SubjectAccessAction</name>
    <message>
        <source>Export this person&apos;s data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything the file holds on the person selected, as a PDF and CSV files, for their request of access (GDPR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this person&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export this person&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 and %n CSV file(s) in %2. They hold personal data: hand them to the person only.</source>
        <translation>
            <numerusform>Wrote %1 and %n CSV file in %2. They hold personal data: hand them to the person only.</numerusform>
            <numerusform>Wrote %1 and %n CSV files in %2. They hold personal data: hand them to the person only.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parcours::ui::SubjectAccessDialog</name>
    <message>
        <source>Export this person&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes everything the file holds on %1, for their request of access (GDPR): a PDF they can read and a folder of CSV files. The other people of the file (their mentor and coach, the participants a volunteer accompanies) are not named. Hand it to the person only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to write into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::SuggestPairingsDialog</name>
    <message>
        <source>Suggested mentors for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested coaches for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcours pairs as many participants as the mentors&apos; capacity allows and, among those pairings, the ones with the highest total score. Uncheck the ones you do not want.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcours pairs as many participants as the coaches&apos; capacity allows and, among those pairings, the ones with the highest total score. Uncheck the ones you do not want.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed pairings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant and volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No criterion met: the only volunteer with room left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No mentor with room left for %n participant(s): %1.</source>
        <translation>
            <numerusform>No mentor with room left for %n participant: %1.</numerusform>
            <numerusform>No mentor with room left for %n participants: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No coach with room left for %n participant(s): %1.</source>
        <translation>
            <numerusform>No coach with room left for %n participant: %1.</numerusform>
            <numerusform>No coach with room left for %n participants: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccept the pairings checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proposal: everyone is paired in this role, or no volunteer has room left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n proposal(s) checked</source>
        <translation>
            <numerusform>%1 of %n proposal checked</numerusform>
            <numerusform>%1 of %n proposals checked</numerusform>
        </translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding not finished, missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::TablePage</name>
    <message>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file for Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the rows holding every word typed, in any column; accents and capitals do not matter (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows shown to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8, commas: for other programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolons and a byte-order mark: opens as is in French Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the rows shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list could not be exported to “%1”. Check that the folder exists and that you are allowed to write in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a filter&apos;s caption</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::TimetablePage</name>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the timetable of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort, trainer or room shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark past sessions &amp;held…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks held every planned session that has already ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy to next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours of the week against the targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours this &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timetable could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1 · %2</source>
        <extracomment>%1 the ISO week number, %2 its days (&quot;17-21 March 2025&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off target this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(week cut by the cohort&apos;s dates: no target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a cohort, a trainer or a room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timetable could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session of a series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session belongs to the series %1. Change only this session, this one and the following ones, or every session of the series?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark session %1 held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy session %1 to next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark held every planned session of every cohort that has already ended?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark held every planned session of %1 that has already ended?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark past sessions held</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) marked held.</source>
        <translation>
            <numerusform>%n session marked held.</numerusform>
            <numerusform>%n sessions marked held.</numerusform>
        </translation>
    </message>
    <message>
        <source>New &amp;series…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes the sessions of a weekly rule, skipping public holidays and office closures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;losures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The days when the office is closed, which new series skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a cohort first: a series belongs to a cohort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New series %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Series %1: %n session(s) made.</source>
        <translation>
            <numerusform>Series %1: %n session made.</numerusform>
            <numerusform>Series %1: %n sessions made.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) skipped:</source>
        <translation>
            <numerusform>%n day skipped:</numerusform>
            <numerusform>%n days skipped:</numerusform>
        </translation>
    </message>
    <message>
        <source>New series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office closures could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office closures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the wee&amp;k…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposes a week for chosen cohorts (or a site&apos;s) that meets every rule, then makes it weekly series</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Week planned: %1 series made, %n session(s).</source>
        <translation>
            <numerusform>Week planned: %1 series made, %n session.</numerusform>
            <numerusform>Week planned: %1 series made, %n sessions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan the week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::TrainerForm</name>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>06 12 34 56 78</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max. &amp;hours a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mod&amp;ules taught</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a day and time when this trainer cannot teach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the time selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the time selected; Edit &gt; Undo brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a time unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the time unavailable selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the time unavailable selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavaila&amp;ble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the new trainer first, then add the times they cannot teach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available every day: no time recorded when this trainer cannot teach.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::TrainerTableModel</name>
    <message>
        <source>The most hours this trainer teaches in a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max. hours a week</source>
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
    <name>parcours::ui::UnavailabilityDialog</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a time away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a time away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When %1 cannot teach: every week, or only between two dates (holidays, a training course).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only from a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when the period starts on a date; unticked, it has always held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only until a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick when the period ends on a date; unticked, it holds on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This trainer is already away at exactly that time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::ui::VolunteerForm</name>
    <message>
        <source>How many participants this volunteer can follow at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fa, en</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>06 12 34 56 78</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mployer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New volunteer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profess&amp;ion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;hool or university</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lang&amp;uages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max. p&amp;articipants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availa&amp;ble from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available un&amp;til</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charter si&amp;gned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the volunteer attended the training; empty until then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the volunteer signed the charter; empty until then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trai&amp;ning attended on</source>
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
    <name>parcours::ui::WeekGrid</name>
    <message>
        <source>Week grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Down and Page Up select the next or previous session; the arrow keys move it by 15 minutes or a day; Shift with Up or Down changes its end; Enter edits it; the menu key shows its actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session this week</source>
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
<context>
    <name>parcours::ui::WithdrawDialog</name>
    <message>
        <source>Found a job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started a training course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” leaves the cohort before its end. The enrolment is kept, marked as a withdrawal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French level reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for leaving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French &amp;level reached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
