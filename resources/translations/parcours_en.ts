<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read or write the file</source>
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
        <source>Fill an empty database with realistic invented data: two sites, three cohorts of 20 (one finished about nine months ago, one running, one starting soon) with their timetables, trainers, volunteers, pairings, attendance and outcomes. The --db file is created when it does not exist; a file that holds data is refused. The same seed on the same day gives the same data; set PARCOURS_TODAY=YYYY-MM-DD to fix the day.</source>
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
        <source>--scale large is not available yet</source>
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
    <name>parcours::ExchangeImporter</name>
    <message>
        <source>%1: not a file of the exchange format, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the folder, nothing imported from them: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parcours::T</name>
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
