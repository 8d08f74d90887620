<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AttendanceSheet</name>
    <message>
        <source>Sign-in sheet</source>
        <translation>Feuille d&apos;émargement</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Après-midi</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Matin</translation>
    </message>
    <message>
        <source>%1 (sheet %2 of %3)</source>
        <translation>%1 (feuille %2 sur %3)</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant·e</translation>
    </message>
    <message>
        <source>Trainer: to be named</source>
        <translation>Intervenant·e&#xa0;: à désigner</translation>
    </message>
    <message>
        <source>Trainer&apos;s signature</source>
        <translation>Signature de l&apos;intervenant·e</translation>
    </message>
    <message>
        <source>Participants expected: %1</source>
        <translation>Participant·es attendu·es&#xa0;: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Sign-in sheet of %1, week %2</source>
        <translation>Feuille d&apos;émargement de %1, semaine %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Essayez «&#xa0;%1 --help&#xa0;».</translation>
    </message>
    <message>
        <source>not a Parcours database</source>
        <translation>ce n&apos;est pas une base Parcours</translation>
    </message>
    <message>
        <source>made by a newer version of Parcours; update Parcours to open it</source>
        <translation>créé par une version plus récente de Parcours&#xa0;; mettez Parcours à jour pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>le fichier est endommagé</translation>
    </message>
    <message>
        <source>the file cannot be written</source>
        <translation>impossible d&apos;écrire dans le fichier</translation>
    </message>
    <message>
        <source>another program is writing to the file; try again later</source>
        <translation>un autre programme écrit dans le fichier&#xa0;; réessayez plus tard</translation>
    </message>
    <message>
        <source>database error</source>
        <translation>erreur de base de données</translation>
    </message>
    <message>
        <source>invalid data</source>
        <translation>données non valides</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>already exists</source>
        <translation>existe déjà</translation>
    </message>
    <message>
        <source>cannot be used this way</source>
        <translation>ne peut pas être utilisé ainsi</translation>
    </message>
    <message>
        <source>is a folder, not a database file</source>
        <translation>est un dossier, pas un fichier de base</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>The Parcours database file (default: %1).</source>
        <translation>Le fichier de base Parcours (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>--db needs a file name</source>
        <translation>--db demande un nom de fichier</translation>
    </message>
    <message>
        <source>missing argument %1</source>
        <translation>argument %1 manquant</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Usage: %1 %2 [options]</source>
        <translation>Utilisation&#xa0;: %1 %2 [options]</translation>
    </message>
    <message>
        <source>Create an empty database (never overwrites a file)</source>
        <translation>Créer une base vide (n&apos;écrase jamais un fichier)</translation>
    </message>
    <message>
        <source>Fill an empty database with invented demo data</source>
        <translation>Remplir une base vide de données de démo fictives</translation>
    </message>
    <message>
        <source>Read an exchange folder of CSV files</source>
        <translation>Lire un dossier d&apos;échange de fichiers CSV</translation>
    </message>
    <message>
        <source>Write the database as an exchange folder</source>
        <translation>Écrire la base en dossier d&apos;échange</translation>
    </message>
    <message>
        <source>Read one table of the exchange format from a CSV file</source>
        <translation>Lire une table du format d&apos;échange depuis un fichier CSV</translation>
    </message>
    <message>
        <source>Write one table of the exchange format to a CSV file</source>
        <translation>Écrire une table du format d&apos;échange dans un fichier CSV</translation>
    </message>
    <message>
        <source>Print the indicators of a cohort or of a period</source>
        <translation>Afficher les indicateurs d&apos;une cohorte ou d&apos;une période</translation>
    </message>
    <message>
        <source>Check the integrity of the file and of its data</source>
        <translation>Vérifier l&apos;intégrité du fichier et de ses données</translation>
    </message>
    <message>
        <source>Make a consistent copy, even while Parcours is running</source>
        <translation>Faire une copie cohérente, même pendant que Parcours tourne</translation>
    </message>
    <message>
        <source>Usage: %1 COMMAND [options] [arguments]</source>
        <translation>Utilisation&#xa0;: %1 COMMANDE [options] [arguments]</translation>
    </message>
    <message>
        <source>The command-line twin of the Parcours desktop program.</source>
        <translation>Le jumeau en ligne de commande du logiciel Parcours.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Every command takes --db FILE (default: %1) and --help.</source>
        <translation>Chaque commande accepte --db FICHIER (par défaut&#xa0;: %1) et --help.</translation>
    </message>
    <message>
        <source>Exit status: 0 on success, 1 on bad input or data (one line per problem on standard error), 2 on a usage error.</source>
        <translation>Code de sortie&#xa0;: 0 en cas de succès, 1 pour des entrées ou des données incorrectes (une ligne par problème sur la sortie d&apos;erreur), 2 pour une erreur d&apos;utilisation.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>  -h, --help     Show this help and exit.</source>
        <translation>  -h, --help     Afficher cette aide et quitter.</translation>
    </message>
    <message>
        <source>  -v, --version  Show the version and exit.</source>
        <translation>  -v, --version  Afficher la version et quitter.</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Environnement&#xa0;:</translation>
    </message>
    <message>
        <source>  PARCOURS_TODAY=YYYY-MM-DD  the day &apos;demo&apos; takes as today (for reproducible data).</source>
        <translation>  PARCOURS_TODAY=AAAA-MM-JJ  le jour que «&#xa0;demo&#xa0;» prend pour aujourd&apos;hui (pour des données reproductibles).</translation>
    </message>
    <message>
        <source>  QT_LOGGING_RULES=parcours.*=true  show the log lines of the core on standard error.</source>
        <translation>  QT_LOGGING_RULES=parcours.*=true  afficher le journal du cœur sur la sortie d&apos;erreur.</translation>
    </message>
    <message>
        <source>missing command</source>
        <translation>commande manquante</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;; options come after the command</source>
        <translation>option inconnue «&#xa0;%1&#xa0;»&#xa0;; les options se placent après la commande</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Create an empty Parcours database at the --db file. An existing file is never overwritten.</source>
        <translation>Créer une base Parcours vide dans le fichier --db. Un fichier existant n&apos;est jamais écrasé.</translation>
    </message>
    <message>
        <source>already exists; init never overwrites a file</source>
        <translation>existe déjà&#xa0;; init n&apos;écrase jamais un fichier</translation>
    </message>
    <message>
        <source>Created an empty database: %1</source>
        <translation>Base vide créée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Check the integrity of the database file (SQLite&apos;s integrity and foreign-key checks) and of its data (every record against the rules of its kind). Prints OK and exits with 0 when all is sound; prints one line per problem and exits with 1 otherwise. The file is opened read-only.</source>
        <translation>Vérifier l&apos;intégrité du fichier de base (contrôles d&apos;intégrité et de clés étrangères de SQLite) et de ses données (chaque enregistrement selon les règles de son type). Affiche OK et sort avec 0 si tout est correct&#xa0;; sinon affiche une ligne par problème et sort avec 1. Le fichier est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Copy the database into FILE with SQLite&apos;s online backup API: the copy is consistent even while the desktop program or another command writes. FILE must not exist yet.</source>
        <translation>Copier la base dans FICHIER avec l&apos;API de sauvegarde en ligne de SQLite&#xa0;: la copie est cohérente même si le logiciel ou une autre commande écrit en même temps. FICHIER ne doit pas encore exister.</translation>
    </message>
    <message>
        <source>The copy to create.</source>
        <translation>La copie à créer.</translation>
    </message>
    <message>
        <source>already exists; backup never overwrites a file</source>
        <translation>existe déjà&#xa0;; backup n&apos;écrase jamais un fichier</translation>
    </message>
    <message>
        <source>Backed up %1 to %2</source>
        <translation>%1 sauvegardé dans %2</translation>
    </message>
    <message>
        <source>Fill an empty database with realistic invented data: two sites, three cohorts of 20 (one finished about nine months ago, one running, one starting soon) with their timetables, trainers, volunteers, pairings, attendance and outcomes. The --db file is created when it does not exist; a file that holds data is refused. The same seed on the same day gives the same data; set PARCOURS_TODAY=YYYY-MM-DD to fix the day. --scale large writes ten years of a national network instead: 24 sites, 5,000 cohorts, more than 100,000 participants, 20,000 volunteers and about 8 million attendance marks, with its progress on standard error.</source>
        <translation>Remplir une base vide de données fictives réalistes&#xa0;: deux sites, trois cohortes de 20 (une terminée il y a environ neuf mois, une en cours, une qui commence bientôt) avec leurs emplois du temps, intervenant·e·s, bénévoles, trinômes, présences et sorties. Le fichier --db est créé s&apos;il n&apos;existe pas&#xa0;; un fichier qui contient des données est refusé. La même graine le même jour donne les mêmes données&#xa0;; PARCOURS_TODAY=AAAA-MM-JJ fixe le jour. --scale large écrit à la place dix ans d&apos;un réseau national&#xa0;: 24 sites, 5&#xa0;000 cohortes, plus de 100&#xa0;000 participant·e·s, 20&#xa0;000 bénévoles et environ 8 millions de présences, avec son avancement sur la sortie d&apos;erreur.</translation>
    </message>
    <message>
        <source>How much data: small (the default) or large.</source>
        <translation>Quantité de données&#xa0;: small (par défaut) ou large.</translation>
    </message>
    <message>
        <source>SCALE</source>
        <translation>TAILLE</translation>
    </message>
    <message>
        <source>The seed of the random choices, a whole number (default: %1).</source>
        <translation>La graine des tirages aléatoires, un nombre entier (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>PARCOURS_DEMO_FACTOR must be a number above 0 and at most 10, not &apos;%1&apos;</source>
        <translation>PARCOURS_DEMO_FACTOR doit être un nombre supérieur à 0 et au plus égal à 10, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown scale &apos;%1&apos; (small or large)</source>
        <translation>taille inconnue «&#xa0;%1&#xa0;» (small ou large)</translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 4294967295, not &apos;%1&apos;</source>
        <translation>--seed demande un nombre entier de 0 à 4294967295, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>PARCOURS_TODAY must be a date YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>PARCOURS_TODAY doit être une date AAAA-MM-JJ, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Demo data: %1 sites, %2 cohorts, %3 participants, %4 volunteers, %5 trainers, %6 sessions, %7 attendance marks, %8 pairings, %9 outcomes (seed %10, today %11) in %12</source>
        <translation>Données de démo&#xa0;: %1 sites, %2 cohortes, %3 participant·e·s, %4 bénévoles, %5 intervenant·e·s, %6 séances, %7 émargements, %8 binômes, %9 situations de sortie (graine %10, aujourd&apos;hui %11) dans %12</translation>
    </message>
    <message>
        <source>Check everything and report, but write nothing.</source>
        <translation>Tout vérifier et en rendre compte, sans rien écrire.</translation>
    </message>
    <message>
        <source>unknown table &apos;%1&apos; (tables: %2)</source>
        <translation>table inconnue «&#xa0;%1&#xa0;» (tables&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) read</source>
        <translation>
            <numerusform>%1&#xa0;: %n ligne lue</numerusform>
            <numerusform>%1&#xa0;: %n lignes lues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; nothing was imported</source>
        <translation>
            <numerusform>%n problème trouvé&#xa0;; rien n&apos;a été importé</numerusform>
            <numerusform>%n problèmes trouvés&#xa0;; rien n&apos;a été importé</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: %1 row(s) read, %2 would be inserted and %3 updated; nothing was written.</source>
        <translation>Essai à blanc&#xa0;: %1 ligne(s) lue(s), %2 seraient ajoutée(s) et %3 mise(s) à jour&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Imported: %1 row(s) read, %2 inserted, %3 updated.</source>
        <translation>Import&#xa0;: %1 ligne(s) lue(s), %2 ajoutée(s), %3 mise(s) à jour.</translation>
    </message>
    <message>
        <source>Read an exchange folder (one CSV file per table) into the database, all or nothing: rows with a known ref are updated, new ones inserted. When any row is bad, every problem is listed as file:line: column: reason and nothing is written.</source>
        <translation>Lire un dossier d&apos;échange (un fichier CSV par table) dans la base, tout ou rien&#xa0;: les lignes dont la réf. est connue sont mises à jour, les nouvelles ajoutées. Si une ligne est incorrecte, chaque problème est listé sous la forme fichier:ligne: colonne: raison et rien n&apos;est écrit.</translation>
    </message>
    <message>
        <source>The exchange folder to read.</source>
        <translation>Le dossier d&apos;échange à lire.</translation>
    </message>
    <message>
        <source>Read one table of the exchange format from a CSV file, all or nothing.</source>
        <translation>Lire une table du format d&apos;échange depuis un fichier CSV, tout ou rien.</translation>
    </message>
    <message>
        <source>The table: %1.</source>
        <translation>La table&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The CSV file to read.</source>
        <translation>Le fichier CSV à lire.</translation>
    </message>
    <message>
        <source>Write the whole database as an exchange folder, one CSV file per table (UTF-8, comma-separated).</source>
        <translation>Écrire toute la base en dossier d&apos;échange, un fichier CSV par table (UTF-8, séparé par des virgules).</translation>
    </message>
    <message>
        <source>The folder to write (created if missing).</source>
        <translation>Le dossier à écrire (créé s&apos;il n&apos;existe pas).</translation>
    </message>
    <message>
        <source>Replace names and contact details with stable pseudonyms and leave out free-text notes.</source>
        <translation>Remplacer les noms et coordonnées par des pseudonymes stables et omettre les notes libres.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n table(s) to %1</source>
        <translation>
            <numerusform>%n table exportée dans %1</numerusform>
            <numerusform>%n tables exportées dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Write one table of the exchange format to a CSV file.</source>
        <translation>Écrire une table du format d&apos;échange dans un fichier CSV.</translation>
    </message>
    <message>
        <source>The CSV file to write (replaced if it exists).</source>
        <translation>Le fichier CSV à écrire (remplacé s&apos;il existe).</translation>
    </message>
    <message>
        <source>Only what concerns the cohort with this ref.</source>
        <translation>Seulement ce qui concerne la cohorte de cette réf.</translation>
    </message>
    <message>
        <source>REF</source>
        <translation>RÉF</translation>
    </message>
    <message>
        <source>Write for French Excel: UTF-8 with a byte order mark, &apos;;&apos; between cells.</source>
        <translation>Écrire pour Excel en français&#xa0;: UTF-8 avec indicateur d&apos;ordre des octets, «&#xa0;;&#xa0;» entre les cellules.</translation>
    </message>
    <message>
        <source>no cohort with ref &apos;%1&apos;</source>
        <translation>aucune cohorte de réf. «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>%1 exporté dans %2</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>s.o.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Cohorts: %1</source>
        <translation>Cohortes&#xa0;: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Participants: %1 enrolled, %2 completed, %3 withdrawn</source>
        <translation>Participant·e·s&#xa0;: %1 inscrit·e·s, %2 parcours terminés, %3 abandons</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévues</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>réalisées</translation>
    </message>
    <message>
        <source>Weeks off target: %1</source>
        <translation>Semaines hors objectif&#xa0;: %1</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présent·e</translation>
    </message>
    <message>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>excusé·e</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent·e</translation>
    </message>
    <message>
        <source>unmarked</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>taux</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>Tous les modules</translation>
    </message>
    <message>
        <source>Attended hours per participant: %1</source>
        <translation>Heures suivies par participant·e&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pairings: %1 with a mentor (%2), %3 with a coach (%4), %5 in a full trio (%6)</source>
        <translation>Trinômes&#xa0;: %1 avec un mentor (%2), %3 avec un coach (%4), %5 en trinôme complet (%6)</translation>
    </message>
    <message>
        <source>Volunteers involved: %1</source>
        <translation>Bénévoles engagé·e·s&#xa0;: %1</translation>
    </message>
    <message>
        <source>French: %1 level(s) gained on average, %2 participant(s) gained one level or more</source>
        <translation>Français&#xa0;: %1 niveau(x) gagné(s) en moyenne, %2 participant·e(s) ont gagné au moins un niveau</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>durable</source>
        <translation>durables</translation>
    </message>
    <message>
        <source>transition</source>
        <translation>de transition</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positives</translation>
    </message>
    <message>
        <source>dynamic</source>
        <translation>dynamiques</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnues</translation>
    </message>
    <message>
        <source>dynamic exit rate</source>
        <translation>taux de sorties dynamiques</translation>
    </message>
    <message>
        <source>permanent share</source>
        <translation>part en CDI</translation>
    </message>
    <message>
        <source>durable share</source>
        <translation>part durable</translation>
    </message>
    <message numerus="yes">
        <source>Exit rates are over the %n completed participant(s).</source>
        <translation>
            <numerusform>Les taux de sortie portent sur la %n personne qui a terminé son parcours.</numerusform>
            <numerusform>Les taux de sortie portent sur les %n personnes qui ont terminé leur parcours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the indicators of one cohort, or of the cohorts whose end date falls in a period (their counts added up, their rates recomputed from the sums): hours, weeks off target, attendance, pairings, French progression and exits.</source>
        <translation>Afficher les indicateurs d&apos;une cohorte, ou des cohortes dont la date de fin tombe dans une période (leurs effectifs additionnés, leurs taux recalculés à partir des sommes)&#xa0;: heures, semaines hors objectif, présences, trinômes, progression en français et sorties.</translation>
    </message>
    <message>
        <source>The cohort&apos;s ref.</source>
        <translation>La réf. de la cohorte.</translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD).</source>
        <translation>Premier jour de la période (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Last day of the period (YYYY-MM-DD).</source>
        <translation>Dernier jour de la période (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Print one JSON object instead of a summary.</source>
        <translation>Afficher un objet JSON au lieu d&apos;un résumé.</translation>
    </message>
    <message>
        <source>give either --cohort REF or --from DATE --to DATE</source>
        <translation>indiquez soit --cohort RÉF, soit --from DATE --to DATE</translation>
    </message>
    <message>
        <source>a period needs both --from and --to</source>
        <translation>une période demande --from et --to</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a date of the form YYYY-MM-DD</source>
        <translation>--%1 «&#xa0;%2&#xa0;» n&apos;est pas une date de la forme AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>--from must not be after --to</source>
        <translation>--from ne doit pas être après --to</translation>
    </message>
    <message>
        <source>--cohort needs a ref</source>
        <translation>--cohort demande une réf.</translation>
    </message>
    <message>
        <source>no such cohort</source>
        <translation>cohorte introuvable</translation>
    </message>
    <message>
        <source>does not exist (create a database with &apos;%1 init&apos;)</source>
        <translation>n&apos;existe pas (créez une base avec «&#xa0;%1 init&#xa0;»)</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>n&apos;existe pas</translation>
    </message>
    <message>
        <source>does not exist or is not a folder</source>
        <translation>n&apos;existe pas ou n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>Check a cohort&apos;s timetable, or write it as an iCalendar file</source>
        <translation>Vérifier l&apos;emploi du temps d&apos;une cohorte, ou l&apos;écrire en fichier iCalendar</translation>
    </message>
    <message>
        <source>List a cohort&apos;s conflicts and weeks off target</source>
        <translation>Lister les conflits d&apos;une cohorte et ses semaines hors objectif</translation>
    </message>
    <message>
        <source>Write a cohort&apos;s or a trainer&apos;s sessions as an iCalendar file</source>
        <translation>Écrire les séances d&apos;une cohorte ou d&apos;un·e intervenant·e en fichier iCalendar</translation>
    </message>
    <message>
        <source>Usage: %1 %2 COMMAND [options]</source>
        <translation>Utilisation&#xa0;: %1 %2 COMMANDE [options]</translation>
    </message>
    <message>
        <source>The timetable of a cohort: its conflicts and weekly targets, and its calendar.</source>
        <translation>L&apos;emploi du temps d&apos;une cohorte&#xa0;: ses conflits, ses objectifs hebdomadaires et son calendrier.</translation>
    </message>
    <message>
        <source>&apos;%1 %2 COMMAND --help&apos; tells more.</source>
        <translation>«&#xa0;%1 %2 COMMANDE --help&#xa0;» en dit plus.</translation>
    </message>
    <message>
        <source>Week %1 is off target: %2</source>
        <translation>La semaine %1 est hors objectif&#xa0;: %2</translation>
    </message>
    <message>
        <source>List a cohort&apos;s conflicts, one line each naming both sessions and what they share (a trainer or a room, also with other cohorts; two sessions of the cohort at once; a session outside its dates; a trainer outside their modules; a room too small), then its weeks off their weekly targets. Exits with 1 when anything is found, with 0 and a short line when the timetable is clean. The file is opened read-only.</source>
        <translation>Lister les conflits d&apos;une cohorte, une ligne chacun nommant les deux séances et ce qu&apos;elles partagent (un·e intervenant·e ou une salle, y compris avec d&apos;autres cohortes&#xa0;; deux séances de la cohorte en même temps&#xa0;; une séance hors de ses dates&#xa0;; un·e intervenant·e hors de ses modules&#xa0;; une salle trop petite), puis ses semaines hors objectif hebdomadaire. Sort avec 1 si quelque chose est trouvé, avec 0 et une ligne courte si l&apos;emploi du temps est sans problème. Le fichier est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>--cohort REF is required</source>
        <translation>--cohort RÉF est obligatoire</translation>
    </message>
    <message>
        <source>%1: no conflict, every week on target.</source>
        <translation>%1&#xa0;: aucun conflit, chaque semaine dans l&apos;objectif.</translation>
    </message>
    <message>
        <source>Write the sessions of a cohort, or of a trainer, as an iCalendar file (RFC 5545) that phones and calendar programs can import or subscribe to: times in Europe/Paris, one stable UID per session, cancelled sessions marked as such.</source>
        <translation>Écrire les séances d&apos;une cohorte, ou d&apos;un·e intervenant·e, en fichier iCalendar (RFC 5545) que les téléphones et les agendas peuvent importer ou suivre&#xa0;: heures en Europe/Paris, un UID stable par séance, séances annulées marquées comme telles.</translation>
    </message>
    <message>
        <source>A trainer&apos;s ref, instead of --cohort.</source>
        <translation>La réf. d&apos;un·e intervenant·e, au lieu de --cohort.</translation>
    </message>
    <message>
        <source>The .ics file to write.</source>
        <translation>Le fichier .ics à écrire.</translation>
    </message>
    <message>
        <source>give either --cohort REF or --trainer REF</source>
        <translation>indiquez soit --cohort RÉF, soit --trainer RÉF</translation>
    </message>
    <message>
        <source>--trainer needs a ref</source>
        <translation>--trainer demande une réf.</translation>
    </message>
    <message>
        <source>-o FILE is required</source>
        <translation>-o FICHIER est obligatoire</translation>
    </message>
    <message>
        <source>no such trainer</source>
        <translation>intervenant·e introuvable</translation>
    </message>
    <message>
        <source>cannot be written (%1)</source>
        <translation>impossible à écrire (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n session(s) to %1</source>
        <translation>
            <numerusform>%n séance écrite dans %1</numerusform>
            <numerusform>%n séances écrites dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a cohort&apos;s timetable as a PDF, one landscape A4 page per week</source>
        <translation>Écrire l&apos;emploi du temps d&apos;une cohorte en PDF, une page A4 paysage par semaine</translation>
    </message>
    <message>
        <source>Write a cohort&apos;s timetable as a PDF to print for its participants: one landscape A4 page per week that has sessions, each session in its module&apos;s colour with its times, trainer and room, cancelled sessions struck through, a legend of the modules. --from and --to keep the weeks of a period.</source>
        <translation>Écrire l&apos;emploi du temps d&apos;une cohorte en PDF à imprimer pour ses participant·es&#xa0;: une page A4 paysage par semaine qui a des séances, chaque séance dans la couleur de son module avec ses horaires, son formateur ou sa formatrice et sa salle, les séances annulées barrées, une légende des modules. --from et --to gardent les semaines d&apos;une période.</translation>
    </message>
    <message>
        <source>The first day to print (YYYY-MM-DD).</source>
        <translation>Le premier jour à imprimer (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>The last day to print (YYYY-MM-DD).</source>
        <translation>Le dernier jour à imprimer (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>The .pdf file to write.</source>
        <translation>Le fichier .pdf à écrire.</translation>
    </message>
    <message>
        <source>--from needs a date as YYYY-MM-DD</source>
        <translation>--from attend une date au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>--to needs a date as YYYY-MM-DD</source>
        <translation>--to attend une date au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>no session to print in this period</source>
        <translation>aucune séance à imprimer dans cette période</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n week(s) to %1</source>
        <translation>
            <numerusform>%n semaine écrite dans %1</numerusform>
            <numerusform>%n semaines écrites dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Write printed documents, such as a week&apos;s sign-in sheet</source>
        <translation>Écrire des documents à imprimer, comme la feuille d&apos;émargement d&apos;une semaine</translation>
    </message>
    <message>
        <source>Write a cohort&apos;s sign-in sheet of a week as a PDF</source>
        <translation>Écrire en PDF la feuille d&apos;émargement d&apos;une cohorte pour une semaine</translation>
    </message>
    <message>
        <source>Printed documents of a cohort.</source>
        <translation>Les documents imprimés d&apos;une cohorte.</translation>
    </message>
    <message>
        <source>Write the sign-in sheet (émargement) of a cohort for one ISO week as a PDF: one portrait A4 page per half-day that has planned or held sessions, listing them with their times and trainer, one row per participant expected that day with a signature box per session, and a box for the trainer&apos;s signature.</source>
        <translation>Écrire en PDF la feuille d&apos;émargement d&apos;une cohorte pour une semaine ISO&#xa0;: une page A4 en portrait par demi-journée qui a des séances prévues ou réalisées, avec leurs horaires et leur intervenant·e, une ligne par participant·e attendu·e ce jour-là avec une case de signature par séance, et une case pour la signature de l&apos;intervenant·e.</translation>
    </message>
    <message>
        <source>The ISO week (YYYY-Www, as 2025-W10).</source>
        <translation>La semaine ISO (AAAA-Wss, par exemple 2025-W10).</translation>
    </message>
    <message>
        <source>WEEK</source>
        <translation>SEMAINE</translation>
    </message>
    <message>
        <source>--week YYYY-Www is required</source>
        <translation>--week AAAA-Wss est obligatoire</translation>
    </message>
    <message>
        <source>--week needs an ISO week as YYYY-Www (2025-W10), not &apos;%1&apos;</source>
        <translation>--week attend une semaine ISO AAAA-Wss (2025-W10), pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no session in week %1</source>
        <translation>aucune séance la semaine %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s) to %1</source>
        <translation>
            <numerusform>%n page écrite dans %1</numerusform>
            <numerusform>%n pages écrites dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>  ! not ready: %1</source>
        <translation>  ! pas prêt·e : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 - %3 %4 (%5): %n point(s)</source>
        <translation>
            <numerusform>%1 %2 - %3 %4 (%5) : %n point</numerusform>
            <numerusform>%1 %2 - %3 %4 (%5) : %n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n proposal(s), total score %3</source>
        <translation>
            <numerusform>%1, %2 : %n proposition, score total %3</numerusform>
            <numerusform>%1, %2 : %n propositions, score total %3</numerusform>
        </translation>
    </message>
    <message>
        <source>--role must be mentor or coach, not &apos;%1&apos;</source>
        <translation>--role doit valoir mentor ou coach, pas « %1 »</translation>
    </message>
    <message>
        <source>No volunteer with room left for: %1</source>
        <translation>Aucun·e bénévole avec de la place pour : %1</translation>
    </message>
    <message>
        <source>Propose the best mentor and coach pairings for a cohort, with their reasons</source>
        <translation>Proposer les meilleurs binômes mentor et coach d&apos;une cohorte, avec leurs raisons</translation>
    </message>
    <message>
        <source>Propose the best pairings for a cohort&apos;s enrolled participants who have no active mentor (or coach): as many pairs as the volunteers&apos; room allows, then the highest total score. Each proposal is printed with its score, its reasons and what the volunteer&apos;s readiness lacks. A pair that ended in mismatch is never proposed again. Without --apply nothing is written (the file is opened read-only). With --apply the proposals become active pairings from today (PARCOURS_TODAY when set); those of volunteers who are not ready are recorded as proposed, to activate in Parcours after checking. Exits with 1 for an unknown cohort or when the proposals cannot be recorded (then nothing is).</source>
        <translation>Proposer les meilleurs binômes aux participant·e·s inscrit·e·s d&apos;une cohorte qui n&apos;ont pas de mentor (ou de coach) actif : autant de binômes que la place des bénévoles le permet, puis le meilleur score total. Chaque proposition est affichée avec son score, ses raisons et ce qui manque au parcours d&apos;intégration du ou de la bénévole. Un binôme terminé pour inadéquation n&apos;est plus jamais proposé. Sans --apply rien n&apos;est écrit (le fichier est ouvert en lecture seule). Avec --apply les propositions deviennent des binômes actifs à partir d&apos;aujourd&apos;hui (PARCOURS_TODAY s&apos;il est défini) ; ceux des bénévoles qui ne sont pas prêt·e·s sont enregistrés comme proposés, à activer dans Parcours après vérification. Sort avec 1 pour une cohorte inconnue ou quand les propositions ne peuvent pas être enregistrées (rien ne l&apos;est alors).</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>RÔLE</translation>
    </message>
    <message>
        <source>Record the proposals as pairings.</source>
        <translation>Enregistrer les propositions comme binômes.</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n active pairing(s).</source>
        <translation>
            <numerusform>%n binôme actif enregistré.</numerusform>
            <numerusform>%n binômes actifs enregistrés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n pairing(s) as proposed: the volunteer is not ready; activate them in Parcours after checking.</source>
        <translation>
            <numerusform>%n binôme enregistré comme proposé : le ou la bénévole n&apos;est pas prêt·e ; l&apos;activer dans Parcours après vérification.</numerusform>
            <numerusform>%n binômes enregistrés comme proposés : les bénévoles ne sont pas prêt·e·s ; les activer dans Parcours après vérification.</numerusform>
        </translation>
    </message>
    <message>
        <source>mentor or coach (default: both, mentors first).</source>
        <translation>mentor ou coach (par défaut : les deux, les mentors d&apos;abord).</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) already proposed before, left as they are.</source>
        <translation>
            <numerusform>%n binôme déjà proposé auparavant, laissé tel quel.</numerusform>
            <numerusform>%n binômes déjà proposés auparavant, laissés tels quels.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the review pack of a period: a PDF summary and CSVs, no names</source>
        <translation>Écrire le dossier de revue d&apos;une période&#xa0;: un résumé PDF et des CSV, sans noms</translation>
    </message>
    <message>
        <source>Write the review pack of a period for the funder into a new or empty folder: summary.pdf (a row per cohort and the totals), cohorts.csv (every indicator per cohort), outcomes.csv (situations at each milestone), attendance.csv (per module), participants.csv (pseudonymised) and README.txt (every column). The period holds the cohorts whose end date falls in it. No name, e-mail, phone, birth date, address or note is written; counts of fewer persons than the setting report_small_count_threshold (3 by default) are left empty.</source>
        <translation>Écrire le dossier de revue d&apos;une période pour le financeur dans un dossier nouveau ou vide&#xa0;: summary.pdf (une ligne par cohorte et les totaux), cohorts.csv (tous les indicateurs par cohorte), outcomes.csv (situations à chaque échéance), attendance.csv (par module), participants.csv (pseudonymisé) et README.txt (chaque colonne). La période comprend les cohortes dont la date de fin y tombe. Aucun nom, courriel, téléphone, date de naissance, adresse ni note n&apos;y est écrit&#xa0;; les effectifs de moins de personnes que le réglage report_small_count_threshold (3 par défaut) sont laissés vides.</translation>
    </message>
    <message>
        <source>The folder to write: new, or empty.</source>
        <translation>Le dossier à écrire&#xa0;: nouveau, ou vide.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>The summary&apos;s language: fr (the default) or en.</source>
        <translation>La langue du résumé&#xa0;: fr (par défaut) ou en.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <source>--from DATE and --to DATE are required</source>
        <translation>--from DATE et --to DATE sont obligatoires</translation>
    </message>
    <message>
        <source>-o DIR is required</source>
        <translation>-o DOSSIER est obligatoire</translation>
    </message>
    <message>
        <source>--lang is fr or en, not &apos;%1&apos;</source>
        <translation>--lang vaut fr ou en, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>is not an empty folder: give a new or empty folder</source>
        <translation>n&apos;est pas un dossier vide&#xa0;: indiquez un dossier nouveau ou vide</translation>
    </message>
    <message>
        <source>%1: warning: the setting organisation_name is not set: the pack&apos;s partner column is empty</source>
        <translation>%1&#xa0;: attention&#xa0;: le réglage organisation_name n&apos;est pas renseigné&#xa0;: la colonne partner du dossier est vide</translation>
    </message>
    <message>
        <source>%1: warning: no cohort ends between %2 and %3; the pack is empty</source>
        <translation>%1&#xa0;: attention&#xa0;: aucune cohorte ne se termine entre le %2 et le %3&#xa0;; le dossier est vide</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the review pack of %n cohort(s) to %1: %2</source>
        <translation>
            <numerusform>Dossier de revue de %n cohorte écrit dans %1&#xa0;: %2</numerusform>
            <numerusform>Dossier de revue de %n cohortes écrit dans %1&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>une heure inconnue</translation>
    </message>
    <message>
        <source>open for writing on computer %1 by user %2 since %3 (process %4); only one program may write at a time: try again once it is closed</source>
        <translation>ouvert en écriture sur l&apos;ordinateur %1 par l&apos;utilisateur·rice %2 depuis %3 (processus %4)&#xa0;; un seul programme peut y écrire à la fois&#xa0;: réessayez une fois qu&apos;il est fermé</translation>
    </message>
    <message>
        <source>cannot read or write the file: check that its disk is there, has free space and may be written</source>
        <translation>impossible de lire ou d&apos;écrire le fichier&#xa0;: vérifiez que son disque est présent, qu&apos;il y reste de la place et que l&apos;écriture y est permise</translation>
    </message>
    <message>
        <source>the disk is full; nothing was written: free some space and try again</source>
        <translation>le disque est plein&#xa0;; rien n&apos;a été écrit&#xa0;: libérez de la place et réessayez</translation>
    </message>
    <message>
        <source>warning: this file is in %1 (%2); SQLite files can be damaged when written there. Keep it on this computer&apos;s disk; for several offices see &apos;Working in several offices&apos; in README.md</source>
        <translation>avertissement&#xa0;: ce fichier est dans %1 (%2)&#xa0;; un fichier SQLite peut y être endommagé quand on y écrit. Gardez-le sur le disque de cet ordinateur&#xa0;; pour plusieurs bureaux, voir «&#xa0;Working in several offices&#xa0;» dans README.md</translation>
    </message>
    <message>
        <source>a network folder</source>
        <translation>un dossier réseau</translation>
    </message>
    <message>
        <source>a synchronised folder</source>
        <translation>un dossier synchronisé</translation>
    </message>
    <message>
        <source>Write a cohort&apos;s report for the funder as a PDF</source>
        <translation>Écrire en PDF le rapport d&apos;une cohorte pour le financeur</translation>
    </message>
    <message>
        <source>Write the report of a cohort as a PDF for the funder: a cover, the key figures (participants, hours and attendance per module, mentors and coaches, French progression, exits at each milestone), charts, weeks off target and what is left to record. It names no participant unless --named-annex is given.</source>
        <translation>Écrire en PDF le rapport d&apos;une cohorte pour le financeur&#xa0;: une couverture, les chiffres clés (participant·e·s, heures et assiduité par module, mentors et coachs, progression en français, sorties à chaque échéance), des graphiques, les semaines hors objectifs et ce qui reste à saisir. Il ne nomme aucun·e participant·e sans --named-annex.</translation>
    </message>
    <message>
        <source>The report&apos;s language: fr (the default) or en.</source>
        <translation>La langue du rapport&#xa0;: fr (par défaut) ou en.</translation>
    </message>
    <message>
        <source>Add an annex that names the participants (personal data: keep it in the team).</source>
        <translation>Ajouter une annexe qui nomme les participant·e·s (données personnelles&#xa0;: à garder dans l&apos;équipe).</translation>
    </message>
    <message>
        <source>the cohort&apos;s REF is required</source>
        <translation>la RÉF de la cohorte est obligatoire</translation>
    </message>
    <message>
        <source>missing command: one of %1</source>
        <translation>commande manquante&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;: one of %2</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>GDPR: retention of personal data and erasure of a person</source>
        <translation>RGPD&#xa0;: durée de conservation des données personnelles et effacement d&apos;une personne</translation>
    </message>
    <message>
        <source>List the people whose programme ended more than N years ago; --erase erases them</source>
        <translation>Lister les personnes dont le parcours s&apos;est terminé il y a plus de N ans&#xa0;; --erase les efface</translation>
    </message>
    <message>
        <source>Erase one participant or volunteer with everything that refers to them</source>
        <translation>Effacer un·e participant·e ou un·e bénévole avec tout ce qui s&apos;y rapporte</translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation>bénévole</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>participant·e</translation>
    </message>
    <message>
        <source>Erased %1 %2 with %3 enrolment(s), %4 attendance mark(s), %5 pairing(s), %6 check-in(s) and %7 outcome(s)</source>
        <translation>%1 %2 effacé·e avec %3 inscription(s), %4 émargement(s), %5 binôme(s), %6 rencontre(s) de suivi et %7 situation(s) de sortie</translation>
    </message>
    <message>
        <source>warning: another program has the file open: the erased data leaves the file&apos;s log when the last program closes it</source>
        <translation>attention&#xa0;: un autre programme a ouvert le fichier&#xa0;: les données effacées quittent le journal du fichier quand le dernier programme le ferme</translation>
    </message>
    <message>
        <source>Removed %1 backup copy(ies) made before the erasure</source>
        <translation>%1 copie(s) de sauvegarde faite(s) avant l&apos;effacement supprimée(s)</translation>
    </message>
    <message>
        <source>warning: %1 backup copy(ies) made before the erasure still hold the data (in %2); they go as backups rotate, or at once with --purge-backups</source>
        <translation>attention&#xa0;: %1 copie(s) de sauvegarde faite(s) avant l&apos;effacement contiennent encore les données (dans %2)&#xa0;; elles disparaissent avec la rotation des sauvegardes, ou tout de suite avec --purge-backups</translation>
    </message>
    <message>
        <source>List the participants whose last programme ended, and the volunteers whose availability ended, more than N years ago (the file&apos;s setting retention_years, 2 unless set; --years for this run), one per line: kind, ref, name, end. With --erase, erase them all with everything that refers to them, in one step.</source>
        <translation>Lister les participant·e·s dont le dernier parcours s&apos;est terminé, et les bénévoles dont la disponibilité a pris fin, il y a plus de N ans (le réglage retention_years du fichier, 2 par défaut&#xa0;; --years pour cette exécution), un·e par ligne&#xa0;: type, réf., nom, fin. Avec --erase, les effacer tou·te·s avec tout ce qui s&apos;y rapporte, en une seule étape.</translation>
    </message>
    <message>
        <source>The retention period in years for this run (1 to 100).</source>
        <translation>La durée de conservation en années pour cette exécution (1 à 100).</translation>
    </message>
    <message>
        <source>Erase the people listed (cannot be undone).</source>
        <translation>Effacer les personnes listées (irréversible).</translation>
    </message>
    <message>
        <source>With --erase: remove the backup copies that still hold them, then make a new one.</source>
        <translation>Avec --erase&#xa0;: supprimer les copies de sauvegarde qui les contiennent encore, puis en faire une nouvelle.</translation>
    </message>
    <message>
        <source>--years must be a whole number from 1 to 100, not &apos;%1&apos;</source>
        <translation>--years doit être un nombre entier de 1 à 100, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--purge-backups goes with --erase</source>
        <translation>--purge-backups va avec --erase</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) whose programme ended before %1 (%2 year(s) ago)</source>
        <translation>
            <numerusform>%n personne dont le parcours s&apos;est terminé avant le %1 (il y a %2 an(s))</numerusform>
            <numerusform>%n personnes dont le parcours s&apos;est terminé avant le %1 (il y a %2 an(s))</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Erased %n person(s) whose programme ended before %1</source>
        <translation>
            <numerusform>%n personne effacée dont le parcours s&apos;est terminé avant le %1</numerusform>
            <numerusform>%n personnes effacées dont le parcours s&apos;est terminé avant le %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase the participant or volunteer REF with their enrolments, attendance marks, pairings, check-ins and outcomes. Cannot be undone: the data is overwritten in the file and its log. The audit log keeps that REF was erased, not who it was. When a participant and a volunteer have the same ref, say which with --kind.</source>
        <translation>Effacer le ou la participant·e ou bénévole REF avec ses inscriptions, émargements, binômes, rencontres de suivi et situations de sortie. Irréversible&#xa0;: les données sont écrasées dans le fichier et son journal. Le journal d&apos;audit garde que REF a été effacé·e, pas qui c&apos;était. Si un·e participant·e et un·e bénévole ont la même réf., précisez lequel avec --kind.</translation>
    </message>
    <message>
        <source>The ref of the person to erase.</source>
        <translation>La réf. de la personne à effacer.</translation>
    </message>
    <message>
        <source>participant or volunteer.</source>
        <translation>participant ou volunteer.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>Remove the backup copies that still hold the person, then make a new one.</source>
        <translation>Supprimer les copies de sauvegarde qui contiennent encore la personne, puis en faire une nouvelle.</translation>
    </message>
    <message>
        <source>--kind must be participant or volunteer, not &apos;%1&apos;</source>
        <translation>--kind doit être participant ou volunteer, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is both a participant and a volunteer: say which with --kind</source>
        <translation>«&#xa0;%1&#xa0;» est à la fois participant·e et bénévole&#xa0;: précisez lequel avec --kind</translation>
    </message>
    <message>
        <source>no participant or volunteer &apos;%1&apos;</source>
        <translation>aucun·e participant·e ni bénévole «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>no %1 &apos;%2&apos;</source>
        <translation>aucun·e %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Write everything the file holds on one person, for their request of access (GDPR article 15), into the folder DIR: REF.pdf, readable by the person, and a folder REF of CSV files (UTF-8, one per kind of record, a header row): the person&apos;s record, and for a participant their enrolments, attendance (each session&apos;s date, module and mark), pairings, check-ins and outcomes; for a volunteer their pairings and check-ins. The other person of a pairing is given by role only, never by name or ref. REF is a participant&apos;s or a volunteer&apos;s ref.</source>
        <translation>Écrire tout ce que le fichier contient sur une personne, pour sa demande d&apos;accès (article 15 du RGPD), dans le dossier DOSSIER&#xa0;: RÉF.pdf, lisible par la personne, et un dossier RÉF de fichiers CSV (UTF-8, un par type d&apos;enregistrement, une ligne d&apos;en-tête)&#xa0;: la fiche de la personne et, pour un·e participant·e, ses inscriptions, présences (date, module et statut de chaque séance), binômes, rencontres de suivi et situations de sortie&#xa0;; pour un·e bénévole, ses binômes et rencontres de suivi. L&apos;autre personne d&apos;un binôme n&apos;est donnée que par son rôle, jamais par son nom ni sa réf. RÉF est la réf. d&apos;un·e participant·e ou d&apos;un·e bénévole.</translation>
    </message>
    <message>
        <source>The person&apos;s ref.</source>
        <translation>La réf. de la personne.</translation>
    </message>
    <message>
        <source>The folder to write into.</source>
        <translation>Le dossier où écrire.</translation>
    </message>
    <message>
        <source>The PDF&apos;s language: fr (the default) or en.</source>
        <translation>La langue du PDF&#xa0;: fr (par défaut) ou en.</translation>
    </message>
    <message>
        <source>REF is a participant&apos;s (when a volunteer has the same ref).</source>
        <translation>RÉF est celle d&apos;un·e participant·e (quand un·e bénévole a la même réf.).</translation>
    </message>
    <message>
        <source>REF is a volunteer&apos;s (when a participant has the same ref).</source>
        <translation>RÉF est celle d&apos;un·e bénévole (quand un·e participant·e a la même réf.).</translation>
    </message>
    <message>
        <source>the person&apos;s REF is required</source>
        <translation>la RÉF de la personne est obligatoire</translation>
    </message>
    <message>
        <source>--participant and --volunteer exclude each other</source>
        <translation>--participant et --volunteer s&apos;excluent</translation>
    </message>
    <message>
        <source>no such participant</source>
        <translation>aucun·e participant·e avec cette réf.</translation>
    </message>
    <message>
        <source>no such volunteer</source>
        <translation>aucun·e bénévole avec cette réf.</translation>
    </message>
    <message>
        <source>no such participant or volunteer</source>
        <translation>aucun·e participant·e ni bénévole avec cette réf.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is both a participant&apos;s and a volunteer&apos;s ref: add --participant or --volunteer</source>
        <translation>«&#xa0;%1&#xa0;» est la réf. d&apos;un·e participant·e et d&apos;un·e bénévole&#xa0;: ajoutez --participant ou --volunteer</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)) and %2 CSV file(s) in %3</source>
        <translation>
            <numerusform>%1 écrit (%n page) et %2 fichier(s) CSV dans %3</numerusform>
            <numerusform>%1 écrit (%n pages) et %2 fichier(s) CSV dans %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Write everything held on one person (a PDF and CSVs) for their request of access</source>
        <translation>Écrire tout ce qui est détenu sur une personne (un PDF et des CSV) pour sa demande d&apos;accès</translation>
    </message>
    <message>
        <source>Write the audit log as CSV, oldest first: when (UTC), who, which record and the names of the fields changed (never their values). To standard output, or to FILE with -o.</source>
        <translation>Écrit le journal d’audit en CSV, du plus ancien au plus récent : quand (UTC), qui, quel enregistrement et le nom des champs modifiés (jamais leurs valeurs). Sur la sortie standard, ou dans FICHIER avec -o.</translation>
    </message>
    <message>
        <source>Only entries of this UTC day or later.</source>
        <translation>Seulement les entrées de ce jour (UTC) ou après.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Only entries of this UTC day or earlier.</source>
        <translation>Seulement les entrées de ce jour (UTC) ou avant.</translation>
    </message>
    <message>
        <source>Only the changes of this person.</source>
        <translation>Seulement les modifications de cette personne.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Only the records whose ref contains REF (or #ID for an id).</source>
        <translation>Seulement les enregistrements dont la référence contient REF (ou #ID pour un identifiant).</translation>
    </message>
    <message>
        <source>--%1 needs a date YYYY-MM-DD, not &apos;%2&apos;</source>
        <translation>--%1 attend une date AAAA-MM-JJ, pas « %2 »</translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation>--to est avant --from</translation>
    </message>
    <message>
        <source>-o needs a file name</source>
        <translation>-o attend un nom de fichier</translation>
    </message>
    <message>
        <source>has no audit log yet: it was made by an older Parcours; open it for writing once</source>
        <translation>n’a pas encore de journal d’audit : il a été créé par une version antérieure de Parcours ; ouvrez-le une fois en écriture</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n audit entry(ies) to %1</source>
        <translation>
            <numerusform>%n entrée du journal d’audit écrite dans %1</numerusform>
            <numerusform>%n entrées du journal d’audit écrites dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>impossible d’écrire sur la sortie standard</translation>
    </message>
    <message>
        <source>The staff name the changes are recorded under in the audit log (default: PARCOURS_USER, else the system user).</source>
        <translation>Le nom du ou de la salarié·e sous lequel les modifications sont inscrites au journal d’audit (par défaut : PARCOURS_USER, sinon l’utilisateur du système).</translation>
    </message>
    <message>
        <source>--user needs a name</source>
        <translation>--user attend un nom</translation>
    </message>
    <message>
        <source>Write the audit log (who changed which record, when) as CSV</source>
        <translation>Écrire le journal d’audit (qui a modifié quel enregistrement, quand) en CSV</translation>
    </message>
    <message>
        <source>  PARCOURS_USER=NAME  the staff name changes are recorded under in the audit log (as --user).</source>
        <translation>  PARCOURS_USER=NOM  le nom sous lequel les modifications sont inscrites au journal d’audit (comme --user).</translation>
    </message>
    <message>
        <source>Plan a week&apos;s timetable for cohorts sharing trainers and rooms</source>
        <translation>Planifier l&apos;emploi du temps d&apos;une semaine pour des cohortes qui partagent formateurs et salles</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>(fixed: %1)</source>
        <translation>(fixée : %1)</translation>
    </message>
    <message>
        <source>Week of %1:</source>
        <translation>Semaine du %1 :</translation>
    </message>
    <message>
        <source>Cohort %1</source>
        <translation>Cohorte %1</translation>
    </message>
    <message>
        <source>Score: %1 (lower is better; sessions after the morning %2, extra start times %3, extra rooms %4, trainers&apos; waiting half hours %5)</source>
        <translation>Score : %1 (plus bas = meilleur ; séances après la matinée %2, heures de début en plus %3, salles en plus %4, demi-heures d&apos;attente des formateurs %5)</translation>
    </message>
    <message>
        <source>Nothing to create: every session of the week exists already.</source>
        <translation>Rien à créer : toutes les séances de la semaine existent déjà.</translation>
    </message>
    <message>
        <source>nothing was written</source>
        <translation>rien n&apos;a été écrit</translation>
    </message>
    <message numerus="yes">
        <source>Created series %1: cohort %2, %3, %4 %5-%6, trainer %7, room %8, from %9 to %10, %n session(s)</source>
        <translation>
            <numerusform>Série %1 créée : cohorte %2, %3, %4 %5-%6, formateur %7, salle %8, du %9 au %10, %n séance</numerusform>
            <numerusform>Série %1 créée : cohorte %2, %3, %4 %5-%6, formateur %7, salle %8, du %9 au %10, %n séances</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped %1: %2</source>
        <translation>%1 sautée : %2</translation>
    </message>
    <message>
        <source>A cohort&apos;s ref (repeat for several).</source>
        <translation>La référence d&apos;une cohorte (à répéter pour plusieurs).</translation>
    </message>
    <message>
        <source>Plan the cohorts of this site that meet that week.</source>
        <translation>Planifier les cohortes de ce site qui ont cours cette semaine.</translation>
    </message>
    <message>
        <source>Plan every cohort that meets that week.</source>
        <translation>Planifier toutes les cohortes qui ont cours cette semaine.</translation>
    </message>
    <message>
        <source>Any day of the week to plan (YYYY-MM-DD).</source>
        <translation>Un jour quelconque de la semaine à planifier (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Write the week as series over each cohort&apos;s weeks.</source>
        <translation>Écrire la semaine en séries sur les semaines de chaque cohorte.</translation>
    </message>
    <message>
        <source>Seconds the planner may take (default 30).</source>
        <translation>Secondes accordées au planificateur (30 par défaut).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>The seed of the search: the same seed gives the same week (default 1).</source>
        <translation>La graine de la recherche : la même graine donne la même semaine (1 par défaut).</translation>
    </message>
    <message>
        <source>give --cohort REF (one or more), --site REF or --all</source>
        <translation>indiquez --cohort REF (une ou plusieurs), --site REF ou --all</translation>
    </message>
    <message>
        <source>--site needs a ref</source>
        <translation>--site demande une référence</translation>
    </message>
    <message>
        <source>missing --week-of DATE</source>
        <translation>--week-of DATE manquant</translation>
    </message>
    <message>
        <source>--week-of needs a date as YYYY-MM-DD</source>
        <translation>--week-of demande une date au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>--time-limit needs a number of seconds above 0</source>
        <translation>--time-limit demande un nombre de secondes supérieur à 0</translation>
    </message>
    <message>
        <source>--seed needs a whole number</source>
        <translation>--seed demande un nombre entier</translation>
    </message>
    <message>
        <source>no such site</source>
        <translation>site inconnu</translation>
    </message>
    <message>
        <source>the cohort does not meet in the week of %1</source>
        <translation>la cohorte n&apos;a pas cours la semaine du %1</translation>
    </message>
    <message>
        <source>no cohort meets in the week of %1</source>
        <translation>aucune cohorte n&apos;a cours la semaine du %1</translation>
    </message>
    <message>
        <source>No week meets every rule:</source>
        <translation>Aucune semaine ne respecte toutes les règles :</translation>
    </message>
    <message>
        <source>No week was found within %1 s:</source>
        <translation>Aucune semaine trouvée en %1 s :</translation>
    </message>
    <message>
        <source>The GDPR commands: retention of personal data, erasure and access of one person.</source>
        <translation>Les commandes RGPD&#xa0;: durée de conservation des données personnelles, effacement et accès d&apos;une personne.</translation>
    </message>
    <message>
        <source>cannot write the FET file: %1</source>
        <translation>impossible d’écrire le fichier FET : %1</translation>
    </message>
    <message numerus="yes">
        <source>FET file written: %1 (%n session(s))</source>
        <translation>
            <numerusform>Fichier FET écrit : %1 (%n séance)</numerusform>
            <numerusform>Fichier FET écrit : %1 (%n séances)</numerusform>
        </translation>
    </message>
    <message>
        <source>--export-fet needs a file name</source>
        <translation>--export-fet demande un nom de fichier</translation>
    </message>
    <message numerus="yes">
        <source>FET chooses each session&apos;s trainer among the %n trainer(s) written as rooms (&quot;Trainer&quot; and the ref); it cannot be given their weekly maximum hours.</source>
        <translation>
            <numerusform>FET choisit le formateur de chaque séance parmi le %n formateur écrit comme une salle (« Trainer » et la référence) ; on ne peut pas lui donner leur maximum d’heures par semaine.</numerusform>
            <numerusform>FET choisit le formateur de chaque séance parmi les %n formateurs écrits comme des salles (« Trainer » et la référence) ; on ne peut pas lui donner leur maximum d’heures par semaine.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trainers fixed for FET: %1 from the planned week, %2 shared out by hours, %3 of fixed sessions.</source>
        <translation>Formateurs fixés pour FET : %1 d’après la semaine planifiée, %2 répartis selon les heures, %3 de séances déjà fixées.</translation>
    </message>
    <message>
        <source>Plan one week&apos;s timetable for the chosen cohorts (or a site&apos;s cohorts, or all that meet that week): every hard rule met (no trainer, room or cohort at two places at once, trainers&apos; modules, maximum hours and absences, room sizes, opening hours, weekly targets, blocks on different days), then the soft wishes improved within the time limit. Prints the week with its score, or why no week exists (exit status 1). The week&apos;s existing sessions are kept as they are. --apply writes the new sessions as weekly series from that week to each cohort&apos;s end, holidays and closures skipped; without it the file is opened read-only. --export-fet also writes the week&apos;s problem as a FET input file (fet-cl): FET chooses the trainers as the planner does, or, with --fet-trainers fixed, each session&apos;s trainer is fixed.</source>
        <translation>Planifie l&apos;emploi du temps d&apos;une semaine pour les cohortes choisies (ou celles d&apos;un site, ou toutes celles qui ont cours cette semaine) : toutes les règles strictes respectées (aucun formateur, salle ou cohorte à deux endroits à la fois, modules des formateurs, heures maximales et absences, taille des salles, horaires d&apos;ouverture, objectifs hebdomadaires, blocs sur des jours différents), puis les souhaits améliorés dans le temps imparti. Affiche la semaine avec son score, ou pourquoi aucune semaine n&apos;existe (code de sortie 1). Les séances déjà prévues cette semaine-là sont gardées telles quelles. --apply écrit les nouvelles séances en séries hebdomadaires de cette semaine à la fin de chaque cohorte, jours fériés et fermetures sautés ; sans lui, le fichier est ouvert en lecture seule. --export-fet écrit aussi le problème de la semaine dans un fichier d’entrée de FET (fet-cl) : FET choisit les formateurs comme le planificateur, ou, avec --fet-trainers fixed, le formateur de chaque séance est fixé.</translation>
    </message>
    <message>
        <source>Also write the week&apos;s problem as a FET input file.</source>
        <translation>Écrire aussi le problème de la semaine dans un fichier d’entrée de FET.</translation>
    </message>
    <message>
        <source>In the FET file, &quot;choose&quot;: FET chooses each session&apos;s trainer among those who teach its module (the default, the same problem as the planner&apos;s); &quot;fixed&quot;: each session&apos;s trainer is fixed, from the planned week (or shared out by hours when none was found).</source>
        <translation>Dans le fichier FET, « choose » : FET choisit le formateur de chaque séance parmi ceux qui enseignent son module (par défaut, le même problème que celui du planificateur) ; « fixed » : le formateur de chaque séance est fixé, d’après la semaine planifiée (ou réparti selon les heures si aucune n’a été trouvée).</translation>
    </message>
    <message>
        <source>choose|fixed</source>
        <translation>choose|fixed</translation>
    </message>
    <message>
        <source>--fet-trainers needs &quot;choose&quot; or &quot;fixed&quot;</source>
        <translation>--fet-trainers demande « choose » ou « fixed »</translation>
    </message>
    <message>
        <source>--fet-trainers goes with --export-fet FILE</source>
        <translation>--fet-trainers s’emploie avec --export-fet FICHIER</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>French (FLE)</source>
        <translation>Français (FLE)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Soft skills</source>
        <translation>Ateliers soft skills</translation>
    </message>
    <message>
        <source>Professional day</source>
        <translation>Journée professionnelle</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Refugee</source>
        <translation>Réfugié·e</translation>
    </message>
    <message>
        <source>Subsidiary protection</source>
        <translation>Protection subsidiaire</translation>
    </message>
    <message>
        <source>Asylum seeker</source>
        <translation>Demandeur·se d&apos;asile</translation>
    </message>
    <message>
        <source>Other newcomer</source>
        <translation>Primo-arrivant·e</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Mentor and coach</source>
        <translation>Mentor et coach</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Salarié·e</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Bénévole</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Externe</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrit·e</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Parcours terminé</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Abandon</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent·e</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Absence excusée</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent·e</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Visio</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>At exit</source>
        <translation>À la sortie</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>À 3 mois</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>À 6 mois</translation>
    </message>
    <message>
        <source>12 months</source>
        <translation>À 12 mois</translation>
    </message>
    <message>
        <source>Permanent contract (CDI)</source>
        <translation>CDI</translation>
    </message>
    <message>
        <source>Fixed-term contract, 6 months or more</source>
        <translation>CDD de 6 mois ou plus</translation>
    </message>
    <message>
        <source>Temping, 6 months or more</source>
        <translation>Intérim de 6 mois ou plus</translation>
    </message>
    <message>
        <source>Business creation</source>
        <translation>Création d&apos;entreprise</translation>
    </message>
    <message>
        <source>Fixed-term contract under 6 months</source>
        <translation>CDD de moins de 6 mois</translation>
    </message>
    <message>
        <source>Temping under 6 months</source>
        <translation>Intérim de moins de 6 mois</translation>
    </message>
    <message>
        <source>Subsidised contract</source>
        <translation>Contrat aidé</translation>
    </message>
    <message>
        <source>Qualifying training</source>
        <translation>Formation qualifiante</translation>
    </message>
    <message>
        <source>Other training</source>
        <translation>Autre formation</translation>
    </message>
    <message>
        <source>Looking for work</source>
        <translation>En recherche d&apos;emploi</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif·ve</translation>
    </message>
    <message>
        <source>No news</source>
        <translation>Sans nouvelles</translation>
    </message>
    <message>
        <source>Woman</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Other or not stated</source>
        <translation>Autre ou non précisé</translation>
    </message>
    <message>
        <source>Mismatch</source>
        <translation>Inadéquation</translation>
    </message>
    <message>
        <source>Participant left</source>
        <translation>Départ du ou de la participant·e</translation>
    </message>
    <message>
        <source>Programme finished</source>
        <translation>Fin du programme</translation>
    </message>
    <message>
        <source>Volunteer unavailable</source>
        <translation>Bénévole indisponible</translation>
    </message>
</context>
<context>
    <name>CohortReport</name>
    <message>
        <source>Cohort report</source>
        <translation>Rapport de cohorte</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>No site yet</source>
        <translation>Pas encore de site</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participant·e·s</translation>
    </message>
    <message numerus="yes">
        <source>%n enrolled</source>
        <translation>
            <numerusform>%n inscrit·e</numerusform>
            <numerusform>%n inscrit·e·s</numerusform>
        </translation>
    </message>
    <message>
        <source>completed the programme</source>
        <translation>ont terminé le parcours</translation>
    </message>
    <message>
        <source>attendance rate</source>
        <translation>taux d&apos;assiduité</translation>
    </message>
    <message>
        <source>with a mentor and a coach</source>
        <translation>avec un·e mentor et un·e coach</translation>
    </message>
    <message>
        <source>dynamic exits at 6 months</source>
        <translation>de sorties dynamiques à 6 mois</translation>
    </message>
    <message>
        <source>This copy names the participants in its annex: personal data, not to be passed on.</source>
        <translation>Cet exemplaire nomme les participant·e·s dans son annexe&#xa0;: données personnelles, à ne pas diffuser.</translation>
    </message>
    <message>
        <source>Figures as of %1</source>
        <translation>Chiffres au %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>%1 · Cohort report</source>
        <translation>%1 · Rapport de cohorte</translation>
    </message>
    <message>
        <source>Contains personal data</source>
        <translation>Contient des données personnelles</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>inscrit·e·s</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>ont terminé</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>abandons</translation>
    </message>
    <message>
        <source>volunteers involved</source>
        <translation>bénévoles mobilisé·e·s</translation>
    </message>
    <message>
        <source>hours attended per participant</source>
        <translation>heures de présence par participant·e</translation>
    </message>
    <message>
        <source>Hours and attendance by module</source>
        <translation>Heures et assiduité par module</translation>
    </message>
    <message>
        <source>No session planned yet.</source>
        <translation>Aucune séance n&apos;est encore prévue.</translation>
    </message>
    <message>
        <source>All modules</source>
        <translation>Tous les modules</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Hours planned</source>
        <translation>Heures prévues</translation>
    </message>
    <message>
        <source>Hours delivered</source>
        <translation>Heures réalisées</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent·e</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusé·e</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent·e</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Non saisi</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Taux d&apos;assiduité</translation>
    </message>
    <message>
        <source>Attendance rate: present or late, out of the expected participants marked at held sessions. Sessions not marked are counted apart.</source>
        <translation>Taux d&apos;assiduité&#xa0;: présent·e·s ou en retard, sur les participant·e·s attendu·e·s dont la présence est saisie aux séances réalisées. Les présences non saisies sont comptées à part.</translation>
    </message>
    <message>
        <source>Mentors and coaches</source>
        <translation>Mentors et coachs</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Participants paired with</source>
        <translation>Participant·e·s accompagné·e·s par</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>a mentor</source>
        <translation>un·e mentor</translation>
    </message>
    <message>
        <source>a coach</source>
        <translation>un·e coach</translation>
    </message>
    <message>
        <source>both: a full trio</source>
        <translation>les deux&#xa0;: trio complet</translation>
    </message>
    <message>
        <source>Volunteers involved: %1 (mentors and coaches of active or ended pairings, and volunteer trainers who led a session).</source>
        <translation>Bénévoles mobilisé·e·s&#xa0;: %1 (mentors et coachs des binômes actifs ou terminés, et intervenant·e·s bénévoles ayant animé une séance).</translation>
    </message>
    <message>
        <source>French progression (CEFR)</source>
        <translation>Progression en français (CECRL)</translation>
    </message>
    <message>
        <source>No participant has both an entry and an exit level yet.</source>
        <translation>Aucun·e participant·e n&apos;a encore de niveau d&apos;entrée et de sortie.</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Ont terminé</translation>
    </message>
    <message>
        <source>Durable</source>
        <translation>Durables</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>De transition</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positives</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>No news</source>
        <translation>Sans nouvelles</translation>
    </message>
    <message>
        <source>Dynamic exit rate</source>
        <translation>Taux de sorties dynamiques</translation>
    </message>
    <message>
        <source>Permanent share</source>
        <translation>Part de CDI</translation>
    </message>
    <message>
        <source>Durable share</source>
        <translation>Part durable</translation>
    </message>
    <message>
        <source>Over the participants who completed the programme. Durable: permanent contract (CDI), fixed-term or temping of 6 months or more, business creation. Transition: shorter contracts, subsidised contracts. Positive: qualifying training. Dynamic = durable + transition + positive; the permanent and durable shares are of the dynamic exits.</source>
        <translation>Sur les participant·e·s ayant terminé le parcours. Durables&#xa0;: CDI, CDD ou intérim de 6 mois ou plus, création d&apos;entreprise. De transition&#xa0;: contrats plus courts, contrats aidés. Positives&#xa0;: formation qualifiante. Dynamiques = durables + de transition + positives&#xa0;; les parts de CDI et durable se rapportent aux sorties dynamiques.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Attendance per week</source>
        <translation>Assiduité par semaine</translation>
    </message>
    <message>
        <source>Exits by class</source>
        <translation>Sorties par catégorie</translation>
    </message>
    <message>
        <source>Weeks off target</source>
        <translation>Semaines hors objectifs</translation>
    </message>
    <message>
        <source>Targets of a full week: French %1 to %2 h, English %3 h, soft skills %4 h.</source>
        <translation>Objectifs d&apos;une semaine complète&#xa0;: français de %1 à %2 h, anglais %3 h, soft skills %4 h.</translation>
    </message>
    <message>
        <source>None: every full week meets its targets.</source>
        <translation>Aucune&#xa0;: chaque semaine complète atteint ses objectifs.</translation>
    </message>
    <message>
        <source>week %1 (from %2)</source>
        <translation>semaine %1 (à partir du %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) off target: %1.</source>
        <translation>
            <numerusform>%n semaine hors objectifs&#xa0;: %1.</numerusform>
            <numerusform>%n semaines hors objectifs&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Qualité des données</translation>
    </message>
    <message>
        <source>Nothing is missing: every expected attendance is marked, every outcome due is recorded and every participant has a consent date.</source>
        <translation>Rien ne manque&#xa0;: chaque présence attendue est saisie, chaque sortie due est renseignée et chaque participant·e a une date de consentement.</translation>
    </message>
    <message>
        <source>Attendance not marked (participant-sessions)</source>
        <translation>Présences non saisies (participant·e × séance)</translation>
    </message>
    <message>
        <source>Outcomes due and not recorded: %1</source>
        <translation>Sorties dues non renseignées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Participants without a consent date</source>
        <translation>Participant·e·s sans date de consentement</translation>
    </message>
    <message>
        <source>To complete</source>
        <translation>À compléter</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Sessions with attendance not marked</source>
        <translation>Séances aux présences non saisies</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Annex: the participants</source>
        <translation>Annexe&#xa0;: les participant·e·s</translation>
    </message>
    <message>
        <source>Personal data: this annex is for the programme&apos;s team and is not to be passed on.</source>
        <translation>Données personnelles&#xa0;: cette annexe est réservée à l&apos;équipe du programme et ne doit pas être diffusée.</translation>
    </message>
    <message>
        <source>No participant is enrolled yet.</source>
        <translation>Aucun·e participant·e n&apos;est encore inscrit·e.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant·e</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Hours attended</source>
        <translation>Heures de présence</translation>
    </message>
    <message>
        <source>CEFR entry → exit</source>
        <translation>CECRL entrée → sortie</translation>
    </message>
    <message>
        <source>Latest situation</source>
        <translation>Dernière situation</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cohort report: %1</source>
        <translation>Rapport de cohorte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Durable employment</source>
        <translation>Emploi durable</translation>
    </message>
    <message>
        <source>Transition employment</source>
        <translation>Emploi de transition</translation>
    </message>
    <message>
        <source>Qualifying training</source>
        <translation>Formation qualifiante</translation>
    </message>
    <message>
        <source>Other situation</source>
        <translation>Autre situation</translation>
    </message>
    <message>
        <source>No attendance marked yet.</source>
        <translation>Aucune présence n&apos;est encore saisie.</translation>
    </message>
    <message>
        <source>W%1</source>
        <translation>S%1</translation>
    </message>
    <message>
        <source>Attendance rate of the week</source>
        <translation>Taux d&apos;assiduité de la semaine</translation>
    </message>
    <message>
        <source>Whole cohort: %1</source>
        <translation>Ensemble de la cohorte&#xa0;: %1</translation>
    </message>
    <message>
        <source>No participant has completed the programme yet.</source>
        <translation>Aucun·e participant·e n&apos;a encore terminé le parcours.</translation>
    </message>
    <message>
        <source>%1 dynamic</source>
        <translation>%1 dynamiques</translation>
    </message>
    <message>
        <source>Participants with an entry and an exit level: %1. Average progression in CEFR levels: %2. Gained one level or more: %3 (%4).</source>
        <translation>Participant·e·s avec un niveau d&apos;entrée et de sortie&#xa0;: %1. Progression moyenne en niveaux du CECRL&#xa0;: %2. Ont gagné au moins un niveau&#xa0;: %3 (%4).</translation>
    </message>
    <message numerus="yes">
        <source>And %n more session(s).</source>
        <translation>
            <numerusform>Et %n autre séance.</numerusform>
            <numerusform>Et %n autres séances.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandText</name>
    <message>
        <source>Add site “%1”</source>
        <translation>Ajouter le site «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add room “%1”</source>
        <translation>Ajouter la salle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add cohort “%1”</source>
        <translation>Ajouter la cohorte «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add participant “%1”</source>
        <translation>Ajouter «&#xa0;%1&#xa0;» aux participant·e·s</translation>
    </message>
    <message>
        <source>Add volunteer “%1”</source>
        <translation>Ajouter «&#xa0;%1&#xa0;» aux bénévoles</translation>
    </message>
    <message>
        <source>Add trainer “%1”</source>
        <translation>Ajouter «&#xa0;%1&#xa0;» aux intervenant·e·s</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>Ajouter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit site “%1”</source>
        <translation>Modifier le site «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit room “%1”</source>
        <translation>Modifier la salle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit cohort “%1”</source>
        <translation>Modifier la cohorte «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit participant “%1”</source>
        <translation>Modifier la fiche de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit volunteer “%1”</source>
        <translation>Modifier la fiche de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit trainer “%1”</source>
        <translation>Modifier la fiche de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete site “%1”</source>
        <translation>Supprimer le site «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete room “%1”</source>
        <translation>Supprimer la salle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete cohort “%1”</source>
        <translation>Supprimer la cohorte «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete participant “%1”</source>
        <translation>Supprimer la fiche de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete volunteer “%1”</source>
        <translation>Supprimer la fiche de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete trainer “%1”</source>
        <translation>Supprimer la fiche de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ConflictFinder</name>
    <message>
        <source>%1 %2-%3, %4, %5 (%6)</source>
        <extracomment>date, start time, end time, cohort ref, module, session ref: &quot;10/03/2025 09:00-12:00, MINI, French (FLE) (W2-1)&quot;</extracomment>
        <translation>%1 %2-%3, %4, %5 (%6)</translation>
    </message>
    <message>
        <source>Trainer %1 is in two sessions at once: %2 and %3</source>
        <translation>L&apos;intervenant·e %1 est dans deux séances à la fois&#xa0;: %2 et %3</translation>
    </message>
    <message>
        <source>Room %1 holds two sessions at once: %2 and %3</source>
        <translation>La salle %1 accueille deux séances à la fois&#xa0;: %2 et %3</translation>
    </message>
    <message>
        <source>Cohort %1 has two sessions at once: %2 and %3</source>
        <translation>La cohorte %1 a deux séances à la fois&#xa0;: %2 et %3</translation>
    </message>
    <message>
        <source>Session %1 is outside the dates of cohort %2 (%3 to %4)</source>
        <translation>La séance %1 est hors des dates de la cohorte %2 (du %3 au %4)</translation>
    </message>
    <message>
        <source>Session %1 is outside the dates of cohort %2</source>
        <translation>La séance %1 est hors des dates de la cohorte %2</translation>
    </message>
    <message>
        <source>Trainer %1 does not teach %2: %3</source>
        <translation>L&apos;intervenant·e %1 n&apos;enseigne pas %2&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>Room %1 has %n seat(s) for %2 participants expected: %3</source>
        <extracomment>%n seats, %1 room, %2 participants expected, %3 session</extracomment>
        <translation>
            <numerusform>La salle %1 a %n place pour %2 participant·e·s attendu·e·s&#xa0;: %3</numerusform>
            <numerusform>La salle %1 a %n places pour %2 participant·e·s attendu·e·s&#xa0;: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>Dynamic exits at 6 months, per cohort</source>
        <translation>Sorties dynamiques à 6 mois, par cohorte</translation>
    </message>
    <message>
        <source>Dynamic exits at 6 months</source>
        <translation>Sorties dynamiques à 6 mois</translation>
    </message>
    <message>
        <source>Attendance per month</source>
        <translation>Taux de présence par mois</translation>
    </message>
    <message>
        <source>Attendance per week</source>
        <translation>Taux de présence par semaine</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Taux de présence</translation>
    </message>
    <message>
        <source>Alert threshold (%1)</source>
        <translation>Seuil d’alerte (%1)</translation>
    </message>
    <message>
        <source>Pairings, per cohort</source>
        <translation>Trinômes, par cohorte</translation>
    </message>
    <message>
        <source>With a mentor</source>
        <translation>Avec un mentor</translation>
    </message>
    <message>
        <source>With a coach</source>
        <translation>Avec un coach</translation>
    </message>
    <message>
        <source>Full trio</source>
        <translation>Trinôme complet</translation>
    </message>
    <message>
        <source>no pairing yet</source>
        <translation>aucun trinôme encore</translation>
    </message>
    <message numerus="yes">
        <source>%1&lt;br&gt;(the last %2 of %Ln cohorts)</source>
        <translation>
            <numerusform>%1&lt;br&gt;(les %2 dernières sur %Ln cohorte)</numerusform>
            <numerusform>%1&lt;br&gt;(les %2 dernières sur %Ln cohortes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardText</name>
    <message>
        <source>No cohort ends between %1 and %2.</source>
        <translation>Aucune cohorte ne se termine entre le %1 et le %2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln participant·e</numerusform>
            <numerusform>%Ln participant·e·s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cohort(s)</source>
        <translation>
            <numerusform>%Ln cohorte</numerusform>
            <numerusform>%Ln cohortes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2; nobody has completed the course yet.</source>
        <translation>%1, %2&#xa0;; personne n’a encore terminé son parcours.</translation>
    </message>
    <message>
        <source>%1, %2; no outcome recorded at 6 months yet.</source>
        <translation>%1, %2&#xa0;; aucune situation à 6 mois enregistrée pour l’instant.</translation>
    </message>
    <message>
        <source>%1, %2, %3 dynamic exits at 6 months.</source>
        <translation>%1, %2, %3 de sorties dynamiques à 6 mois.</translation>
    </message>
    <message>
        <source>%1, %2, %3 dynamic exits at 6 months, of which %4 permanent.</source>
        <translation>%1, %2, %3 de sorties dynamiques à 6 mois, dont %4 en CDI.</translation>
    </message>
    <message numerus="yes">
        <source>Outcome at 6 months not known yet for %Ln of the %1 participants who completed the course (counted as not dynamic in the rate).</source>
        <translation>
            <numerusform>Situation à 6 mois encore inconnue pour %Ln des %1 participant·e·s ayant terminé le parcours (comptée comme non dynamique dans le taux).</numerusform>
            <numerusform>Situation à 6 mois encore inconnue pour %Ln des %1 participant·e·s ayant terminé le parcours (comptées comme non dynamiques dans le taux).</numerusform>
        </translation>
    </message>
    <message>
        <source>nobody completed yet</source>
        <translation>personne n’a encore terminé</translation>
    </message>
    <message>
        <source>no outcome yet</source>
        <translation>aucune situation encore</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: nobody has completed the course yet.</source>
        <translation>%1&#xa0;: personne n’a encore terminé le parcours.</translation>
    </message>
    <message numerus="yes">
        <source>%1: no outcome recorded at 6 months yet for the %Ln participant(s) who completed the course.</source>
        <translation>
            <numerusform>%1&#xa0;: aucune situation à 6 mois enregistrée pour l’instant (%Ln participant·e a terminé le parcours).</numerusform>
            <numerusform>%1&#xa0;: aucune situation à 6 mois enregistrée pour l’instant (%Ln participant·e·s ont terminé le parcours).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 dynamic exits at 6 months (%3 of the %Ln participant(s) who completed the course; %4 not known yet).</source>
        <translation>
            <numerusform>%1&#xa0;: %2 de sorties dynamiques à 6 mois (%3 sur %Ln participant·e ayant terminé le parcours, situation inconnue pour %4).</numerusform>
            <numerusform>%1&#xa0;: %2 de sorties dynamiques à 6 mois (%3 sur %Ln participant·e·s ayant terminé le parcours, situation inconnue pour %4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): of %Ln participant(s), %3 with a mentor, %4 with a coach, %5 in a full trio.</source>
        <translation>
            <numerusform>%1 (%2)&#xa0;: sur %Ln participant·e, %3 avec un mentor, %4 avec un coach, %5 en trinôme complet.</numerusform>
            <numerusform>%1 (%2)&#xa0;: sur %Ln participant·e·s, %3 avec un mentor, %4 avec un coach, %5 en trinôme complet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semaine du %1</translation>
    </message>
    <message>
        <source>%1: no session held.</source>
        <translation>%1&#xa0;: aucune séance tenue.</translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing marked yet (%Ln expected presence(s) unmarked).</source>
        <translation>
            <numerusform>%1&#xa0;: rien d’émargé pour l’instant (%Ln présence attendue non renseignée).</numerusform>
            <numerusform>%1&#xa0;: rien d’émargé pour l’instant (%Ln présences attendues non renseignées).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: attendance %2 (%3 present or late of %4 marked; %5 unmarked).</source>
        <translation>%1&#xa0;: présence %2 (%3 présent·e·s ou en retard sur %4 émargements&#xa0;; %5 non renseignés).</translation>
    </message>
</context>
<context>
    <name>DependantsText</name>
    <message numerus="yes">
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n salle</numerusform>
            <numerusform>%n salles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enrolment(s)</source>
        <translation>
            <numerusform>%n inscription</numerusform>
            <numerusform>%n inscriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendance mark(s)</source>
        <translation>
            <numerusform>%n émargement</numerusform>
            <numerusform>%n émargements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pairing(s) with a volunteer</source>
        <translation>
            <numerusform>%n binôme avec un·e bénévole</numerusform>
            <numerusform>%n binômes avec des bénévoles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n rencontre de suivi</numerusform>
            <numerusform>%n rencontres de suivi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recorded outcome(s)</source>
        <translation>
            <numerusform>%n situation de sortie enregistrée</numerusform>
            <numerusform>%n situations de sortie enregistrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unavailability period(s)</source>
        <translation>
            <numerusform>%n période d&apos;indisponibilité</numerusform>
            <numerusform>%n périodes d&apos;indisponibilité</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cohort(s) will have no site</source>
        <translation>
            <numerusform>%n cohorte n&apos;aura plus de site</numerusform>
            <numerusform>%n cohortes n&apos;auront plus de site</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) will have no trainer</source>
        <translation>
            <numerusform>%n séance n&apos;aura plus d&apos;intervenant·e</numerusform>
            <numerusform>%n séances n&apos;auront plus d&apos;intervenant·e</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) will have no room</source>
        <translation>
            <numerusform>%n séance n&apos;aura plus de salle</numerusform>
            <numerusform>%n séances n&apos;auront plus de salle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pairing(s) will no longer be tied to a cohort</source>
        <translation>
            <numerusform>%n binôme ne sera plus lié à une cohorte</numerusform>
            <numerusform>%n binômes ne seront plus liés à une cohorte</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the site “%1” and what depends on it?</source>
        <translation>Supprimer le site «&#xa0;%1&#xa0;» et ce qui en dépend&#xa0;?</translation>
    </message>
    <message>
        <source>Delete the room “%1” and what depends on it?</source>
        <translation>Supprimer la salle «&#xa0;%1&#xa0;» et ce qui en dépend&#xa0;?</translation>
    </message>
    <message>
        <source>Delete the cohort “%1” and what depends on it?</source>
        <translation>Supprimer la cohorte «&#xa0;%1&#xa0;» et ce qui en dépend&#xa0;?</translation>
    </message>
    <message>
        <source>Delete the participant “%1” and what depends on them?</source>
        <translation>Supprimer le ou la participant·e «&#xa0;%1&#xa0;» et ce qui en dépend&#xa0;?</translation>
    </message>
    <message>
        <source>Delete the volunteer “%1” and what depends on them?</source>
        <translation>Supprimer le ou la bénévole «&#xa0;%1&#xa0;» et ce qui en dépend&#xa0;?</translation>
    </message>
    <message>
        <source>Delete the trainer “%1” and what depends on them?</source>
        <translation>Supprimer l&apos;intervenant·e «&#xa0;%1&#xa0;» et ce qui en dépend&#xa0;?</translation>
    </message>
    <message>
        <source>Delete “%1” and what depends on it?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» et ce qui en dépend&#xa0;?</translation>
    </message>
    <message>
        <source>This also deletes or changes:</source>
        <translation>Cela supprime ou modifie aussi&#xa0;:</translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings everything back.</source>
        <translation>Édition &gt; Annuler rétablit le tout.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>%n office closure(s)</source>
        <translation>
            <numerusform>%n fermeture du bureau</numerusform>
            <numerusform>%n fermetures du bureau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n series of sessions</source>
        <translation>
            <numerusform>%n série de séances</numerusform>
            <numerusform>%n séries de séances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>“%1” is not a Parcours file. Choose a file made by Parcours, usually ending in .parcours.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fichier Parcours. Choisissez un fichier créé par Parcours, dont le nom se termine en général par .parcours.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Parcours. Install the latest version of Parcours to open it; the file has not been changed.</source>
        <translation>«&#xa0;%1&#xa0;» a été enregistré par une version plus récente de Parcours. Installez la dernière version de Parcours pour l&apos;ouvrir&#xa0;; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>“%1” is busy: another program is writing to it. Wait a moment and try again.</source>
        <translation>«&#xa0;%1&#xa0;» est occupé&#xa0;: un autre programme est en train d&apos;y écrire. Patientez un instant, puis réessayez.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened safely. Open a backup copy instead, or ask for help.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé et ne peut pas être ouvert sans risque. Ouvrez plutôt une copie de sauvegarde, ou demandez de l&apos;aide.</translation>
    </message>
    <message>
        <source>“%1” cannot be written to. Check that you are allowed to change it.</source>
        <translation>Impossible d&apos;écrire dans «&#xa0;%1&#xa0;». Vérifiez que vous avez le droit de le modifier.</translation>
    </message>
    <message>
        <source>“%1” no longer exists. It may have been moved, renamed or deleted.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;existe plus. Il a peut-être été déplacé, renommé ou supprimé.</translation>
    </message>
    <message>
        <source>“%1” could not be read. Check that the disk or network folder is available and that you are allowed to open the file.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;». Vérifiez que le disque ou le dossier réseau est accessible et que vous avez le droit d&apos;ouvrir ce fichier.</translation>
    </message>
    <message>
        <source>“%1” could not be opened because of an unexpected problem.</source>
        <translation>Impossible d&apos;ouvrir «&#xa0;%1&#xa0;» à cause d&apos;un problème inattendu.</translation>
    </message>
    <message>
        <source>A file named “%1” already exists. Choose another name: Parcours never replaces an existing file.</source>
        <translation>Un fichier nommé «&#xa0;%1&#xa0;» existe déjà. Choisissez un autre nom&#xa0;: Parcours ne remplace jamais un fichier existant.</translation>
    </message>
    <message>
        <source>“%1” could not be created. Check that the folder exists and that you are allowed to write in it.</source>
        <translation>Impossible de créer «&#xa0;%1&#xa0;». Vérifiez que le dossier existe et que vous avez le droit d&apos;y écrire.</translation>
    </message>
    <message>
        <source>“%1” could not be created because of an unexpected problem.</source>
        <translation>Impossible de créer «&#xa0;%1&#xa0;» à cause d&apos;un problème inattendu.</translation>
    </message>
    <message>
        <source>The file is busy: another program is writing to it. Wait a moment and try again.</source>
        <translation>Le fichier est occupé&#xa0;: un autre programme est en train d&apos;y écrire. Patientez un instant, puis réessayez.</translation>
    </message>
    <message>
        <source>The file is damaged: some of its content cannot be read.</source>
        <translation>Le fichier est endommagé&#xa0;: une partie de son contenu est illisible.</translation>
    </message>
    <message>
        <source>The content of the file could not be read because of an unexpected problem.</source>
        <translation>Le contenu du fichier n&apos;a pas pu être lu à cause d&apos;un problème inattendu.</translation>
    </message>
    <message>
        <source>This file is open for reading only: the change was not saved.</source>
        <translation>Ce fichier est ouvert en lecture seule&#xa0;: la modification n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The file is busy: another program is writing to it. Nothing was changed; wait a moment and try again.</source>
        <translation>Le fichier est occupé&#xa0;: un autre programme est en train d&apos;y écrire. Rien n&apos;a été modifié&#xa0;; patientez un instant et réessayez.</translation>
    </message>
    <message>
        <source>The change was not saved because it breaks a rule of the data (see the details). Nothing was changed.</source>
        <translation>La modification n&apos;a pas été enregistrée car elle enfreint une règle des données (voir le détail). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The change was not saved: what it refers to no longer exists in the file. Nothing was changed.</source>
        <translation>La modification n&apos;a pas été enregistrée&#xa0;: ce à quoi elle se rapporte n&apos;existe plus dans le fichier. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The file is damaged: the change was not saved.</source>
        <translation>Le fichier est endommagé&#xa0;: la modification n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The change was not saved because of an unexpected problem. Nothing was changed.</source>
        <translation>La modification n&apos;a pas été enregistrée à cause d&apos;un problème inattendu. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>“%1” is open for writing in another Parcours. Open it read-only, or ask for it to be closed first.</source>
        <translation>«&#xa0;%1&#xa0;» est ouvert en écriture dans un autre Parcours. Ouvrez-le en lecture seule, ou demandez d&apos;abord qu&apos;il soit fermé.</translation>
    </message>
    <message>
        <source>“%1” could not be opened: the disk is full. Free some space and try again; the file has not been changed.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être ouvert&#xa0;: le disque est plein. Libérez de la place et réessayez&#xa0;; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>“%1” is in use by another Parcours: close it there first.</source>
        <translation>«&#xa0;%1&#xa0;» est utilisé par un autre Parcours&#xa0;: fermez-le d&apos;abord là-bas.</translation>
    </message>
    <message>
        <source>“%1” could not be created: the disk is full. Free some space and try again.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être créé&#xa0;: le disque est plein. Libérez de la place et réessayez.</translation>
    </message>
    <message>
        <source>The disk is full: the change was not saved and the file is as before it. Free some space on the disk, then make the change again.</source>
        <translation>Le disque est plein&#xa0;: la modification n&apos;a pas été enregistrée et le fichier est tel qu&apos;avant. Libérez de la place sur le disque, puis refaites la modification.</translation>
    </message>
    <message>
        <source>“%1” cannot be restored: it is not a sound backup of a Parcours file. The open file has not been changed.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être restauré&#xa0;: ce n&apos;est pas une sauvegarde saine d&apos;un fichier Parcours. Le fichier ouvert n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>“%1” could not be restored: the disk is full. The open file has not been changed; free some space and try again.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être restauré&#xa0;: le disque est plein. Le fichier ouvert n&apos;a pas été modifié&#xa0;; libérez de la place et réessayez.</translation>
    </message>
    <message>
        <source>“%1” could not be restored (see the details). The open file has not been changed.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être restauré (voir les détails). Le fichier ouvert n&apos;a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>a quoted cell that starts on this line is never closed</source>
        <translation>une cellule entre guillemets qui commence sur cette ligne n&apos;est jamais fermée</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date (AAAA-MM-JJ ou JJ/MM/AAAA)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time (HH:MM)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une heure (HH:MM)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a weekday (1 = Monday to 7 = Sunday)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un jour de la semaine (de 1 = lundi à 7 = dimanche)</translation>
    </message>
    <message>
        <source>a module</source>
        <translation>un module</translation>
    </message>
    <message>
        <source>a participant status</source>
        <translation>un statut de participant·e</translation>
    </message>
    <message>
        <source>a volunteer role</source>
        <translation>un rôle de bénévole</translation>
    </message>
    <message>
        <source>a trainer kind</source>
        <translation>un type d&apos;intervenant·e</translation>
    </message>
    <message>
        <source>an enrolment status</source>
        <translation>un statut d&apos;inscription</translation>
    </message>
    <message>
        <source>a session status</source>
        <translation>un statut de séance</translation>
    </message>
    <message>
        <source>an attendance status</source>
        <translation>un statut de présence</translation>
    </message>
    <message>
        <source>a pairing role</source>
        <translation>un rôle dans le trinôme</translation>
    </message>
    <message>
        <source>a pairing status</source>
        <translation>un statut de binôme</translation>
    </message>
    <message>
        <source>a check-in kind</source>
        <translation>un type de rencontre de suivi</translation>
    </message>
    <message>
        <source>a milestone</source>
        <translation>une échéance</translation>
    </message>
    <message>
        <source>a situation</source>
        <translation>une situation</translation>
    </message>
    <message>
        <source>a CEFR level</source>
        <translation>un niveau CECRL</translation>
    </message>
    <message>
        <source>a gender</source>
        <translation>un genre</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not %2 (%3)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas %2 (%3)</translation>
    </message>
    <message>
        <source>%1: not valid UTF-8, read as Windows-1252</source>
        <translation>%1&#xa0;: pas en UTF-8 valide, lu comme du Windows-1252</translation>
    </message>
    <message>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <source>room</source>
        <translation>salle</translation>
    </message>
    <message>
        <source>cohort</source>
        <translation>cohorte</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>participant·e</translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation>bénévole</translation>
    </message>
    <message>
        <source>trainer</source>
        <translation>intervenant·e</translation>
    </message>
    <message>
        <source>session</source>
        <translation>séance</translation>
    </message>
    <message>
        <source>pairing</source>
        <translation>binôme</translation>
    </message>
    <message>
        <source>%1: not a file of the exchange format, ignored</source>
        <translation>%1&#xa0;: pas un fichier du format d&apos;échange, ignoré</translation>
    </message>
    <message>
        <source>not in the folder, nothing imported from them: %1</source>
        <translation>absents du dossier, rien importé pour eux&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: empty file, nothing to import</source>
        <translation>%1&#xa0;: fichier vide, rien à importer</translation>
    </message>
    <message>
        <source>%1:%2: unknown column &apos;%3&apos; ignored</source>
        <translation>%1:%2&#xa0;: colonne inconnue «&#xa0;%3&#xa0;» ignorée</translation>
    </message>
    <message>
        <source>the column appears more than once</source>
        <translation>la colonne figure plusieurs fois</translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation>une colonne obligatoire manque</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>the row has %1 cells but the header has %2</source>
        <translation>la ligne a %1 cellules mais l&apos;en-tête en a %2</translation>
    </message>
    <message>
        <source>duplicate ref &apos;%1&apos; (first on line %2)</source>
        <translation>réf. «&#xa0;%1&#xa0;» en double (d&apos;abord à la ligne %2)</translation>
    </message>
    <message>
        <source>the same %1 as line %2</source>
        <translation>même %1 qu&apos;à la ligne %2</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos;</source>
        <translation>%1 «&#xa0;%2&#xa0;» inconnu·e</translation>
    </message>
    <message>
        <source>imported from %1, line %2, without a consent date</source>
        <translation>importé de %1, ligne %2, sans date de consentement</translation>
    </message>
    <message>
        <source>%1:%2: participant_ref: &apos;%3&apos; has no consent date; enrolled in &apos;%4&apos; without it (record the consent date in the participant&apos;s details)</source>
        <translation>%1:%2: participant_ref&#xa0;: «&#xa0;%3&#xa0;» n&apos;a pas de date de consentement&#xa0;; inscrit·e dans «&#xa0;%4&#xa0;» sans elle (saisissez la date de consentement dans la fiche de la personne)</translation>
    </message>
</context>
<context>
    <name>ExchangeLabels</name>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salles</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Cohortes</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participant·e·s</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Bénévoles</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Intervenant·e·s</translation>
    </message>
    <message>
        <source>Trainer unavailability</source>
        <translation>Indisponibilités des intervenant·e·s</translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Émargements</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>Trinômes</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Rencontres de suivi</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Situations de sortie</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Fermeture</translation>
    </message>
    <message>
        <source>Lunch starts</source>
        <translation>Début de la pause déjeuner</translation>
    </message>
    <message>
        <source>Lunch ends</source>
        <translation>Fin de la pause déjeuner</translation>
    </message>
    <message>
        <source>Site (ref)</source>
        <translation>Site (réf.)</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>French hours, minimum</source>
        <translation>Heures de FLE, minimum</translation>
    </message>
    <message>
        <source>French hours, maximum</source>
        <translation>Heures de FLE, maximum</translation>
    </message>
    <message>
        <source>English hours</source>
        <translation>Heures d&apos;anglais</translation>
    </message>
    <message>
        <source>Soft skills hours</source>
        <translation>Heures de soft skills</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>Pays d&apos;origine</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>French level at entry</source>
        <translation>Niveau de français à l&apos;entrée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Arrival in France</source>
        <translation>Arrivée en France</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Professional project</source>
        <translation>Projet professionnel</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Orienté·e par</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Date du consentement</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employeur</translation>
    </message>
    <message>
        <source>School</source>
        <translation>École</translation>
    </message>
    <message>
        <source>Maximum pairings</source>
        <translation>Nombre maximal de binômes</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>Disponible à partir du</translation>
    </message>
    <message>
        <source>Available until</source>
        <translation>Disponible jusqu&apos;au</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Maximum hours a week</source>
        <translation>Heures maximales par semaine</translation>
    </message>
    <message>
        <source>Trainer (ref)</source>
        <translation>Intervenant·e (réf.)</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Jour de la semaine</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Cohort (ref)</source>
        <translation>Cohorte (réf.)</translation>
    </message>
    <message>
        <source>Participant (ref)</source>
        <translation>Participant·e (réf.)</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Inscrit·e le</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Date de sortie</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>Motif de sortie</translation>
    </message>
    <message>
        <source>French level at exit</source>
        <translation>Niveau de français à la sortie</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Room (ref)</source>
        <translation>Salle (réf.)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Session (ref)</source>
        <translation>Séance (réf.)</translation>
    </message>
    <message>
        <source>Minutes late</source>
        <translation>Minutes de retard</translation>
    </message>
    <message>
        <source>Volunteer (ref)</source>
        <translation>Bénévole (réf.)</translation>
    </message>
    <message>
        <source>End reason</source>
        <translation>Motif de fin</translation>
    </message>
    <message>
        <source>Pairing (ref)</source>
        <translation>Binôme (réf.)</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Durée (minutes)</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Relevée le</translation>
    </message>
</context>
<context>
    <name>FileTransferMessages</name>
    <message>
        <source>This file is open for reading only: nothing can be imported into it.</source>
        <translation>Ce fichier est ouvert en lecture seule&#xa0;: rien ne peut y être importé.</translation>
    </message>
    <message>
        <source>The file is busy: another program is writing to it. Nothing was imported; wait a moment and try again.</source>
        <translation>Le fichier est occupé&#xa0;: un autre programme est en train d&apos;y écrire. Rien n&apos;a été importé&#xa0;; patientez un instant et réessayez.</translation>
    </message>
    <message>
        <source>The files to import could not be read. Check that the folder is available and that you are allowed to open it. Nothing was imported.</source>
        <translation>Les fichiers à importer n&apos;ont pas pu être lus. Vérifiez que le dossier est accessible et que vous avez le droit de l&apos;ouvrir. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The import stopped because of an unexpected problem. Nothing was imported.</source>
        <translation>L&apos;import s&apos;est arrêté à cause d&apos;un problème inattendu. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The files could not be written into “%1”. Check that the folder exists and that you are allowed to write in it; the files already there are unchanged.</source>
        <translation>Les fichiers n&apos;ont pas pu être écrits dans «&#xa0;%1&#xa0;». Vérifiez que le dossier existe et que vous avez le droit d&apos;y écrire&#xa0;; les fichiers déjà présents n&apos;ont pas changé.</translation>
    </message>
    <message>
        <source>The file is busy: another program is writing to it. Wait a moment and try again.</source>
        <translation>Le fichier est occupé&#xa0;: un autre programme est en train d&apos;y écrire. Patientez un instant et réessayez.</translation>
    </message>
    <message>
        <source>The export into “%1” failed because of an unexpected problem.</source>
        <translation>L&apos;export dans «&#xa0;%1&#xa0;» a échoué à cause d&apos;un problème inattendu.</translation>
    </message>
    <message>
        <source>A file named “%1” already exists. Choose another name.</source>
        <translation>Un fichier nommé «&#xa0;%1&#xa0;» existe déjà. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The backup “%1” could not be written. Check that the folder exists, that there is space left and that you are allowed to write in it.</source>
        <translation>La sauvegarde «&#xa0;%1&#xa0;» n&apos;a pas pu être écrite. Vérifiez que le dossier existe, qu&apos;il reste de la place et que vous avez le droit d&apos;y écrire.</translation>
    </message>
    <message>
        <source>The copy “%1” did not pass its check and was removed. The open file may be damaged: ask for help.</source>
        <translation>La copie «&#xa0;%1&#xa0;» n&apos;a pas passé sa vérification et a été supprimée. Le fichier ouvert est peut-être endommagé&#xa0;: demandez de l&apos;aide.</translation>
    </message>
    <message>
        <source>The backup “%1” failed because of an unexpected problem.</source>
        <translation>La sauvegarde «&#xa0;%1&#xa0;» a échoué à cause d&apos;un problème inattendu.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was imported and the file is as before. Free some space on the disk and import again.</source>
        <translation>Le disque est plein&#xa0;: rien n&apos;a été importé et le fichier est tel qu&apos;avant. Libérez de la place sur le disque et importez à nouveau.</translation>
    </message>
    <message>
        <source>The backup “%1” could not be written: the disk is full. Free some space or choose another disk.</source>
        <translation>La sauvegarde «&#xa0;%1&#xa0;» n&apos;a pas pu être écrite&#xa0;: le disque est plein. Libérez de la place ou choisissez un autre disque.</translation>
    </message>
</context>
<context>
    <name>FrenchHolidays</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Jour de l&apos;an</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Lundi de Pâques</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Fête du Travail</translation>
    </message>
    <message>
        <source>Victory in Europe Day</source>
        <translation>Victoire du 8 mai 1945</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>Ascension</translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation>Lundi de Pentecôte</translation>
    </message>
    <message>
        <source>Bastille Day</source>
        <translation>Fête nationale</translation>
    </message>
    <message>
        <source>Assumption Day</source>
        <translation>Assomption</translation>
    </message>
    <message>
        <source>All Saints&apos; Day</source>
        <translation>Toussaint</translation>
    </message>
    <message>
        <source>Armistice Day</source>
        <translation>Armistice du 11 novembre 1918</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Noël</translation>
    </message>
</context>
<context>
    <name>IcsWriter</name>
    <message>
        <source>%1: %2</source>
        <extracomment>iCalendar event title: module, session title: &quot;French (FLE): Job interview role play&quot;</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Trainer: %1</source>
        <translation>Intervenant·e&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cohort: %1</source>
        <translation>Cohorte&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Cohortes</translation>
    </message>
    <message>
        <source>Timetable</source>
        <translation>Emploi du temps</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>Trinômes</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Émargement</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participant·e·s</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Bénévoles</translation>
    </message>
    <message>
        <source>Trainers</source>
        <translation>Intervenant·e·s</translation>
    </message>
    <message>
        <source>Sites and rooms</source>
        <translation>Sites et salles</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>The dashboard will show the week at a glance: the sessions to come, attendance, participants still waiting for a mentor or a coach, and the outcomes to record.</source>
        <translation>Le tableau de bord montrera la semaine d&apos;un coup d&apos;œil&#xa0;: les séances à venir, les présences, les participant·e·s qui attendent encore un mentor ou un coach, et les situations de sortie à saisir.</translation>
    </message>
    <message>
        <source>The timetable will show each cohort&apos;s week, session by session, with rooms and trainers, the weekly hours of each module, and any clash.</source>
        <translation>L&apos;emploi du temps montrera la semaine de chaque cohorte, séance par séance, avec les salles et les intervenant·e·s, les heures hebdomadaires de chaque module et les éventuels conflits.</translation>
    </message>
    <message>
        <source>Here you will pair each participant with a mentor and a coach, with suggestions for the best matches, and follow the check-ins of each trio.</source>
        <translation>Vous formerez ici les trinômes&#xa0;: chaque participant·e avec un mentor et un coach, avec des suggestions pour les meilleures associations, puis vous suivrez les rencontres de chaque trinôme.</translation>
    </message>
    <message>
        <source>Here you will take attendance session by session and print the weekly sign-in sheets.</source>
        <translation>Vous ferez ici l&apos;émargement séance par séance et imprimerez les feuilles d&apos;émargement de la semaine.</translation>
    </message>
    <message>
        <source>Here you will record each participant&apos;s situation at exit and 3, 6 and 12 months later, and follow the dynamic exit rate.</source>
        <translation>Vous saisirez ici la situation de chaque participant·e à la sortie, puis à 3, 6 et 12 mois, et suivrez le taux de sorties dynamiques.</translation>
    </message>
    <message>
        <source>The list of trainers (staff, volunteers and external), with the times they are not available.</source>
        <translation>La liste des intervenant·e·s (salarié·e·s, bénévoles et externes), avec leurs indisponibilités.</translation>
    </message>
    <message>
        <source>The sites where cohorts meet, their rooms and their opening hours.</source>
        <translation>Les sites où se réunissent les cohortes, leurs salles et leurs horaires d&apos;ouverture.</translation>
    </message>
</context>
<context>
    <name>PairingScorer</name>
    <message>
        <source>Already paired at site %1</source>
        <translation>Déjà en binôme sur le site %1</translation>
    </message>
    <message>
        <source>Available for the whole cohort</source>
        <translation>Disponible pendant toute la cohorte</translation>
    </message>
    <message>
        <source>Available only from %1 to %2</source>
        <translation>Disponible seulement du %1 au %2</translation>
    </message>
    <message>
        <source>Profession &quot;%1&quot; fits the project &quot;%2&quot;</source>
        <translation>Le métier « %1 » correspond au projet « %2 »</translation>
    </message>
    <message>
        <source>Same sector: %1</source>
        <translation>Même secteur : %1</translation>
    </message>
    <message>
        <source>School near the site: %1</source>
        <translation>École près du site : %1</translation>
    </message>
    <message>
        <source>Shared languages: %1</source>
        <translation>Langues en commun : %1</translation>
    </message>
    <message>
        <source>Works in %1</source>
        <translation>Travaille à %1</translation>
    </message>
</context>
<context>
    <name>PlanReason</name>
    <message>
        <source>Cohort %1 needs %2 sessions of %3 on different days, but meets on only %4 days this week.</source>
        <translation>La cohorte %1 a besoin de %2 séances de %3 sur des jours différents, mais n&apos;a cours que %4 jours cette semaine.</translation>
    </message>
    <message>
        <source>Cohort %1 needs %2 h of classes, but its days this week hold at most %3 h.</source>
        <translation>La cohorte %1 a besoin de %2 h de cours, mais ses jours de cette semaine en contiennent au plus %3 h.</translation>
    </message>
    <message>
        <source>The site %2 of cohort %1 is unknown.</source>
        <translation>Le site %2 de la cohorte %1 est inconnu.</translation>
    </message>
    <message>
        <source>No room of site %2 seats the %3 participants of cohort %1.</source>
        <translation>Aucune salle du site %2 n&apos;accueille les %3 participants de la cohorte %1.</translation>
    </message>
    <message>
        <source>No trainer teaches %1, and the cohorts need %2 h of it.</source>
        <translation>Aucun formateur n&apos;enseigne %1, et les cohortes en ont besoin de %2 h.</translation>
    </message>
    <message>
        <source>The trainers of %1 (%2) can give %3 h this week, but the cohorts need %4 h.</source>
        <translation>Les formateurs de %1 (%2) peuvent donner %3 h cette semaine, mais les cohortes ont besoin de %4 h.</translation>
    </message>
    <message>
        <source>The fixed sessions of trainer %1 already take %2 h this week, more than their maximum of %3 h.</source>
        <translation>Les séances déjà fixées du formateur %1 prennent déjà %2 h cette semaine, plus que son maximum de %3 h.</translation>
    </message>
    <message>
        <source>The rooms of site %1 (%2) are free for %3 h this week, but its cohorts need %4 h.</source>
        <translation>Les salles du site %1 (%2) sont libres %3 h cette semaine, mais ses cohortes ont besoin de %4 h.</translation>
    </message>
    <message>
        <source>A session of %2 of %3 h of cohort %1 fits at no time of the week.</source>
        <translation>Une séance de %2 de %3 h de la cohorte %1 ne trouve place à aucun moment de la semaine.</translation>
    </message>
    <message>
        <source>A session of %2 of %3 h of cohort %1 fits at no time of the week (in the way: %4).</source>
        <translation>Une séance de %2 de %3 h de la cohorte %1 ne trouve place à aucun moment de la semaine (obstacles : %4).</translation>
    </message>
    <message>
        <source>The fixed session %2 (%3) overlaps another fixed session of %1.</source>
        <translation>La séance fixée %2 (%3) chevauche une autre séance fixée de %1.</translation>
    </message>
    <message>
        <source>No place was found in the time given for a session of %2 of %3 h of cohort %1.</source>
        <translation>Aucune place n&apos;a été trouvée dans le temps imparti pour une séance de %2 de %3 h de la cohorte %1.</translation>
    </message>
    <message>
        <source>No place was found in the time given for a session of %2 of %3 h of cohort %1 (in the way: %4).</source>
        <translation>Aucune place n&apos;a été trouvée dans le temps imparti pour une séance de %2 de %3 h de la cohorte %1 (obstacles : %4).</translation>
    </message>
</context>
<context>
    <name>ProblemText</name>
    <message>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <source>Not an e-mail address (name@example.org).</source>
        <translation>Ce n&apos;est pas une adresse électronique (nom@exemple.org).</translation>
    </message>
    <message>
        <source>Not a phone number: digits, spaces and + only.</source>
        <translation>Ce n&apos;est pas un numéro de téléphone&#xa0;: chiffres, espaces et + seulement.</translation>
    </message>
    <message>
        <source>Not a plausible birth date.</source>
        <translation>Ce n&apos;est pas une date de naissance plausible.</translation>
    </message>
    <message>
        <source>Two capital letters, as in FR, SY or AF.</source>
        <translation>Deux lettres majuscules, comme FR, SY ou AF.</translation>
    </message>
    <message>
        <source>At most 64 characters.</source>
        <translation>64 caractères au plus.</translation>
    </message>
    <message>
        <source>No space at the start or end.</source>
        <translation>Pas d&apos;espace au début ni à la fin.</translation>
    </message>
    <message>
        <source>Must not contain “|”.</source>
        <translation>Ne doit pas contenir «&#xa0;|&#xa0;».</translation>
    </message>
    <message>
        <source>Give both the start and the end of the lunch break.</source>
        <translation>Indiquez le début et la fin de la pause déjeuner.</translation>
    </message>
    <message>
        <source>The lunch break must be within the opening hours.</source>
        <translation>La pause déjeuner doit être comprise dans les heures d&apos;ouverture.</translation>
    </message>
    <message>
        <source>Must not be before “%1”.</source>
        <translation>Ne doit pas être avant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Must be after “%1”.</source>
        <translation>Doit être après «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Must not be below “%1”.</source>
        <translation>Ne doit pas être inférieur à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Must be between %1 and %2.</source>
        <translation>Doit être compris entre %1 et %2.</translation>
    </message>
    <message>
        <source>“%1” is not a two-letter language code (such as fa, en, ar).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de langue à deux lettres (comme fa, en, ar).</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>Availability window</source>
        <translation>Période de disponibilité</translation>
    </message>
    <message>
        <source>Capacity of one pairing or more</source>
        <translation>Capacité d&apos;au moins un binôme</translation>
    </message>
    <message>
        <source>Charter signed</source>
        <translation>Charte signée</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Métier</translation>
    </message>
    <message>
        <source>School</source>
        <translation>École</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Training attended</source>
        <translation>Formation suivie</translation>
    </message>
</context>
<context>
    <name>ReviewSummary</name>
    <message>
        <source>Participants</source>
        <translation>Participant·e·s</translation>
    </message>
    <message>
        <source>Dynamic exit rate</source>
        <translation>Taux de sorties dynamiques</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrit·e·s</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Ont terminé</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Abandons</translation>
    </message>
    <message>
        <source>Hours delivered</source>
        <translation>Heures réalisées</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Taux d&apos;assiduité</translation>
    </message>
    <message>
        <source>Full-trio coverage</source>
        <translation>Trio complet</translation>
    </message>
    <message>
        <source>At exit</source>
        <translation>À la sortie</translation>
    </message>
    <message>
        <source>At 6 months</source>
        <translation>À 6 mois</translation>
    </message>
    <message>
        <source>At 12 months</source>
        <translation>À 12 mois</translation>
    </message>
    <message>
        <source>Permanent share at 6 months</source>
        <translation>Part de CDI à 6 mois</translation>
    </message>
    <message>
        <source>Durable share at 6 months</source>
        <translation>Part durable à 6 mois</translation>
    </message>
    <message>
        <source>Review summary</source>
        <translation>Synthèse de la revue</translation>
    </message>
    <message>
        <source>Cohorts ending from %1 to %2</source>
        <translation>Cohortes terminées du %1 au %2</translation>
    </message>
    <message numerus="yes">
        <source>%n cohort(s)</source>
        <translation>
            <numerusform>%n cohorte</numerusform>
            <numerusform>%n cohortes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No cohort ends in this period.</source>
        <translation>Aucune cohorte ne se termine sur cette période.</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Continued on the next page</source>
        <translation>Suite page suivante</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Review summary, %1 to %2</source>
        <translation>Synthèse de la revue, du %1 au %2</translation>
    </message>
    <message>
        <source>s</source>
        <comment>a cell suppressed by statistical confidentiality</comment>
        <translation>s</translation>
    </message>
    <message>
        <source>The rates of the totals row are computed from the summed counts of the cohorts, never averaged. Attendance rate: sessions attended (present or late) out of the expected sessions marked. Full trio: participants with both a mentor and a coach. Dynamic exit rate: participants in durable or transition employment or in qualifying training, out of those who completed the programme; the permanent (CDI) and durable shares are of those dynamic exits. A dash: no participant to count. s: not shown because it counts, or is computed from, fewer than %1 persons (statistical confidentiality).</source>
        <translation>Les taux de la ligne Total sont calculés sur les effectifs additionnés des cohortes, jamais en moyenne. Taux d&apos;assiduité&#xa0;: séances suivies (présent·e ou en retard) sur les présences attendues saisies. Trio complet&#xa0;: participant·e·s accompagné·e·s par un·e mentor et un·e coach. Taux de sorties dynamiques&#xa0;: participant·e·s en emploi durable ou de transition ou en formation qualifiante, sur celles et ceux qui ont terminé le parcours&#xa0;; les parts de CDI et durable se rapportent à ces sorties dynamiques. Un tiret&#xa0;: aucun·e participant·e à compter. s&#xa0;: non diffusé, car compte moins de %1 personnes ou en est calculé (secret statistique).</translation>
    </message>
</context>
<context>
    <name>SessionSeries</name>
    <message>
        <source>Public holiday</source>
        <translation>Jour férié</translation>
    </message>
    <message>
        <source>Office closed</source>
        <translation>Association fermée</translation>
    </message>
    <message>
        <source>Office closed: %1</source>
        <translation>Association fermée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Trainer %1 busy: session %2 of cohort %3</source>
        <translation>Intervenant·e %1 déjà pris·e&#xa0;: séance %2 de la cohorte %3</translation>
    </message>
    <message>
        <source>Room %1 busy: session %2 of cohort %3</source>
        <translation>Salle %1 occupée&#xa0;: séance %2 de la cohorte %3</translation>
    </message>
    <message>
        <source>Cohort %1 busy: session %2</source>
        <translation>Cohorte %1 déjà occupée&#xa0;: séance %2</translation>
    </message>
</context>
<context>
    <name>SubjectAccessReport</name>
    <message>
        <source>Personal data of %1</source>
        <translation>Données personnelles de %1</translation>
    </message>
    <message>
        <source>Confidential: personal data, for the person named only</source>
        <translation>Confidentiel&#xa0;: données personnelles, pour la seule personne nommée</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>the programme office</source>
        <translation>l&apos;équipe du programme</translation>
    </message>
    <message>
        <source>This document lists all the information %1 holds about you in its programme file (Parcours) on %2, in answer to your request for access under article 15 of the General Data Protection Regulation. The CSV files given with it hold the same data in a form that a computer can read. You may ask us to correct what is wrong, or to erase your data.</source>
        <translation>Ce document liste toutes les informations que %1 détient sur vous dans son fichier de suivi (Parcours) au %2, en réponse à votre demande d&apos;accès au titre de l&apos;article 15 du Règlement général sur la protection des données. Les fichiers CSV remis avec lui contiennent les mêmes données sous une forme lisible par un ordinateur. Vous pouvez nous demander de corriger ce qui est inexact, ou d&apos;effacer vos données.</translation>
    </message>
    <message>
        <source>Your personal data</source>
        <translation>Vos données personnelles</translation>
    </message>
    <message>
        <source>Participant, file reference %1</source>
        <translation>Participant·e, référence %1</translation>
    </message>
    <message>
        <source>Volunteer, file reference %1</source>
        <translation>Bénévole, référence %1</translation>
    </message>
    <message>
        <source>Identity and situation</source>
        <translation>Identité et situation</translation>
    </message>
    <message>
        <source>File reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Country of origin</source>
        <translation>Pays d&apos;origine</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>French level on arrival (CEFR)</source>
        <translation>Niveau de français à l&apos;entrée (CECRL)</translation>
    </message>
    <message>
        <source>Residence status</source>
        <translation>Statut de séjour</translation>
    </message>
    <message>
        <source>Arrival in France</source>
        <translation>Arrivée en France</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Professional project</source>
        <translation>Projet professionnel</translation>
    </message>
    <message>
        <source>Sector sought</source>
        <translation>Secteur visé</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Orienté·e par</translation>
    </message>
    <message>
        <source>Consent given on</source>
        <translation>Consentement donné le</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>You have not been enrolled in a programme.</source>
        <translation>Vous n&apos;avez été inscrit·e à aucun programme.</translation>
    </message>
    <message>
        <source>Dates of the programme</source>
        <translation>Dates du programme</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Inscrit·e le</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Sorti·e le</translation>
    </message>
    <message>
        <source>Reason for leaving</source>
        <translation>Motif de sortie</translation>
    </message>
    <message>
        <source>French level at the end (CEFR)</source>
        <translation>Niveau de français à la sortie (CECRL)</translation>
    </message>
    <message>
        <source>Your mentor and your coach are shown by their role only: their names are their own personal data. The office can put you in touch with them.</source>
        <translation>Votre mentor et votre coach n&apos;apparaissent que par leur rôle&#xa0;: leurs noms sont leurs propres données personnelles. L&apos;équipe peut vous mettre en relation avec eux.</translation>
    </message>
    <message>
        <source>Situation after the programme</source>
        <translation>Situation après le programme</translation>
    </message>
    <message>
        <source>No situation has been recorded.</source>
        <translation>Aucune situation n&apos;a été enregistrée.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Enregistrée le</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employeur</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>No attendance has been recorded.</source>
        <translation>Aucune présence n&apos;a été enregistrée.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) with your attendance recorded.</source>
        <translation>
            <numerusform>%n séance où votre présence est enregistrée.</numerusform>
            <numerusform>%n séances où votre présence est enregistrée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2&#xa0;min)</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Mentor and coach</source>
        <translation>Mentor et coach</translation>
    </message>
    <message>
        <source>Pairings</source>
        <translation>Binômes</translation>
    </message>
    <message>
        <source>No pairing has been recorded.</source>
        <translation>Aucun binôme n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>%1, pairing %2</source>
        <translation>%1, binôme %2</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>Binôme</translation>
    </message>
    <message>
        <source>Reason it ended</source>
        <translation>Motif de fin</translation>
    </message>
    <message>
        <source>Follow-up meetings</source>
        <translation>Rencontres de suivi</translation>
    </message>
    <message>
        <source>No follow-up meeting has been recorded.</source>
        <translation>Aucune rencontre de suivi n&apos;a été enregistrée.</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1&#xa0;min</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>Type de rencontre</translation>
    </message>
    <message>
        <source>Identity and volunteering</source>
        <translation>Identité et bénévolat</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>School</source>
        <translation>École</translation>
    </message>
    <message>
        <source>Participants at a time, at most</source>
        <translation>Participant·e·s à la fois, au plus</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>Disponible à partir du</translation>
    </message>
    <message>
        <source>Available until</source>
        <translation>Disponible jusqu&apos;au</translation>
    </message>
    <message>
        <source>Charter signed on</source>
        <translation>Charte signée le</translation>
    </message>
    <message>
        <source>Training attended on</source>
        <translation>Formation suivie le</translation>
    </message>
    <message>
        <source>The participants you accompany are not named: their data is their own.</source>
        <translation>Les participant·e·s que vous accompagnez ne sont pas nommé·e·s&#xa0;: leurs données leur appartiennent.</translation>
    </message>
</context>
<context>
    <name>TimetablePrint</name>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Modules:</source>
        <translation>Modules&#xa0;:</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Timetable of %1</source>
        <translation>Emploi du temps de %1</translation>
    </message>
    <message>
        <source>Week %1 · from %2 to %3</source>
        <translation>Semaine %1 · du %2 au %3</translation>
    </message>
</context>
<context>
    <name>UnavailabilityCommand</name>
    <message>
        <source>Add unavailability of “%1”</source>
        <translation>Ajouter une indisponibilité de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove unavailability of “%1”</source>
        <translation>Retirer une indisponibilité de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit unavailability of “%1”</source>
        <translation>Modifier une indisponibilité de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>UnavailabilityText</name>
    <message>
        <source>%1 %2, from %3 to %4</source>
        <translation>%1 %2, du %3 au %4</translation>
    </message>
    <message>
        <source>%1 %2, from %3 on</source>
        <translation>%1 %2, à partir du %3</translation>
    </message>
    <message>
        <source>%1 %2, until %3</source>
        <translation>%1 %2, jusqu’au %3</translation>
    </message>
    <message>
        <source>%1 %2, every week</source>
        <translation>%1 %2, toutes les semaines</translation>
    </message>
</context>
<context>
    <name>WeeklyTargets</name>
    <message>
        <source>FLE</source>
        <translation>FLE</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Soft skills</source>
        <translation>Soft skills</translation>
    </message>
    <message>
        <source>Professional day</source>
        <translation>Journée professionnelle</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>%1 %2 h</source>
        <extracomment>module, hours scheduled in the week: &quot;Other 3 h&quot;</extracomment>
        <translation>%1 %2 h</translation>
    </message>
    <message>
        <source>%1 %2 h / %3 h</source>
        <extracomment>module, hours scheduled, target: &quot;English 2 h / 2 h&quot;</extracomment>
        <translation>%1 %2 h / %3 h</translation>
    </message>
    <message>
        <source>%1 %2 h / %3-%4 h</source>
        <extracomment>module, hours scheduled, lowest and highest target: &quot;FLE 13,5 h / 12-15 h&quot;</extracomment>
        <translation>%1 %2 h / %3-%4 h</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Programme office for the vocational integration of refugees and newcomers.</source>
        <translation>Gestion des programmes d&apos;insertion professionnelle des personnes réfugiées et primo-arrivantes.</translation>
    </message>
    <message>
        <source>The Parcours file to open.</source>
        <translation>Le fichier Parcours à ouvrir.</translation>
    </message>
</context>
<context>
    <name>parcours::ui::AboutDialog</name>
    <message>
        <source>windows, data access, translations</source>
        <translation>fenêtres, accès aux données, traductions</translation>
    </message>
    <message>
        <source>the database inside each file</source>
        <translation>la base de données de chaque fichier</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>domaine public</translation>
    </message>
    <message>
        <source>results and errors</source>
        <translation>résultats et erreurs</translation>
    </message>
    <message>
        <source>the tests (not installed)</source>
        <translation>les tests (non installé)</translation>
    </message>
    <message>
        <source>Read the &amp;licence</source>
        <translation>Lire la &amp;licence</translation>
    </message>
    <message>
        <source>About Parcours</source>
        <translation>À propos de Parcours</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Parcours&lt;/h2&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;The programme office&apos;s desktop program for the vocational integration of refugees and newcomers.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Parcours&lt;/h2&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;Le logiciel des équipes de programme pour l&apos;insertion professionnelle des personnes réfugiées et primo-arrivantes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Free software: you may use, study, share and change it under the terms of the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>Logiciel libre&#xa0;: vous pouvez l&apos;utiliser, l&apos;étudier, le partager et le modifier selon les termes de la licence publique générale GNU, version 3 ou (à votre choix) toute version ultérieure (GPL-3.0-or-later). Il est fourni sans aucune garantie.</translation>
    </message>
    <message>
        <source>Made with:</source>
        <translation>Réalisé avec&#xa0;:</translation>
    </message>
    <message>
        <source>Libraries used and their licences</source>
        <translation>Bibliothèques utilisées et leurs licences</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Sert à</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>GNU General Public License, version 3</source>
        <translation>Licence publique générale GNU, version 3</translation>
    </message>
</context>
<context>
    <name>parcours::ui::AlertsBox</name>
    <message>
        <source>Attendance alerts</source>
        <translation>Alertes d’assiduité</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>percentage</comment>
        <extracomment>A percentage: French puts a (narrow no-break) space before the sign</extracomment>
        <translation>%1&#x202f;%</translation>
    </message>
    <message numerus="yes">
        <source>%n absence(s) in a row (last on %1)</source>
        <extracomment>%n absences in a row, %1 the date of the last one</extracomment>
        <translation>
            <numerusform>%n absence de suite (la dernière le %1)</numerusform>
            <numerusform>%n absences de suite (la dernière le %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>attends %1, below %2</source>
        <extracomment>%1 the participant&apos;s attendance rate, %2 the threshold, both in percent</extracomment>
        <translation>présent·e à %1, sous %2</translation>
    </message>
    <message>
        <source>Attendance alerts (%1)</source>
        <translation>Alertes d’assiduité (%1)</translation>
    </message>
    <message>
        <source>No alert: nobody missed %1 sessions in a row or attends less than %2.</source>
        <extracomment>%1 the number of absences in a row that raises an alert, %2 the threshold in percent</extracomment>
        <translation>Aucune alerte&#xa0;: personne n’a manqué %1 séances de suite ni n’est présent·e à moins de %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>alert</comment>
        <extracomment>%1 a participant&apos;s name, %2 why the alert (French puts a no-break space before the colon)</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>parcours::ui::AttendanceGridModel</name>
    <message>
        <source>P</source>
        <comment>attendance letter</comment>
        <extracomment>The one-letter mark of a participant present (French: P)</extracomment>
        <translation>P</translation>
    </message>
    <message>
        <source>L</source>
        <comment>attendance letter</comment>
        <extracomment>The one-letter mark of a participant late (French: R, retard)</extracomment>
        <translation>R</translation>
    </message>
    <message>
        <source>E</source>
        <comment>attendance letter</comment>
        <extracomment>The one-letter mark of an excused absence (French: E, excusé)</extracomment>
        <translation>E</translation>
    </message>
    <message>
        <source>A</source>
        <comment>attendance letter</comment>
        <extracomment>The one-letter mark of an absence (French: A)</extracomment>
        <translation>A</translation>
    </message>
    <message>
        <source>%1 %2′</source>
        <comment>late letter and minutes</comment>
        <translation>%1 %2′</translation>
    </message>
    <message>
        <source>session cancelled</source>
        <translation>séance annulée</translation>
    </message>
    <message>
        <source>not enrolled on that day</source>
        <translation>pas inscrit·e ce jour-là</translation>
    </message>
    <message numerus="yes">
        <source>late, %n minute(s)</source>
        <translation>
            <numerusform>en retard de %n minute</numerusform>
            <numerusform>en retard de %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>not marked yet</source>
        <translation>pas encore saisi</translation>
    </message>
    <message>
        <source>to come</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>non saisi</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>Mark “%1” %2 at %3</source>
        <translation>Noter «&#xa0;%1&#xa0;» %2 (%3)</translation>
    </message>
    <message>
        <source>Clear the mark of “%1” at %2</source>
        <translation>Effacer la saisie de «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Set “%1” late by %n minute(s) at %2</source>
        <translation>
            <numerusform>Noter «&#xa0;%1&#xa0;» en retard de %n minute (%2)</numerusform>
            <numerusform>Noter «&#xa0;%1&#xa0;» en retard de %n minutes (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark everyone present at %1</source>
        <translation>Noter tout le monde présent (%1)</translation>
    </message>
</context>
<context>
    <name>parcours::ui::AttendancePage</name>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>&amp;Cohort</source>
        <translation>&amp;Cohorte</translation>
    </message>
    <message>
        <source>&amp;Previous week</source>
        <translation>Semaine &amp;précédente</translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation>Cette &amp;semaine</translation>
    </message>
    <message>
        <source>&amp;Next week</source>
        <translation>Semaine s&amp;uivante</translation>
    </message>
    <message>
        <source>Week shown</source>
        <translation>Semaine affichée</translation>
    </message>
    <message>
        <source>Attendance of the week</source>
        <translation>Présences de la semaine</translation>
    </message>
    <message>
        <source>Marks missing</source>
        <translation>Présences à saisir</translation>
    </message>
    <message>
        <source>&lt;b&gt;Delete&lt;/b&gt; clears a mark</source>
        <translation>&lt;b&gt;Suppr&lt;/b&gt; efface une saisie</translation>
    </message>
    <message>
        <source>not marked yet</source>
        <translation>pas encore saisi</translation>
    </message>
    <message>
        <source>Keys of the marks</source>
        <translation>Touches de saisie</translation>
    </message>
    <message>
        <source>&amp;All present</source>
        <translation>&amp;Tous présents</translation>
    </message>
    <message>
        <source>Marks present everyone not marked yet at the session of the current column</source>
        <translation>Note présents ceux qui ne sont pas encore saisis à la séance de la colonne courante</translation>
    </message>
    <message>
        <source>Mark everyone present at the current session</source>
        <translation>Noter tout le monde présent à la séance courante</translation>
    </message>
    <message>
        <source>Sign-in &amp;sheet…</source>
        <translation>Feuille d’émar&amp;gement…</translation>
    </message>
    <message>
        <source>Prints the sign-in sheet of the cohort and week shown, to PDF</source>
        <translation>Imprime en PDF la feuille d’émargement de la cohorte et de la semaine affichées</translation>
    </message>
    <message>
        <source> min</source>
        <translation>&#xa0;min</translation>
    </message>
    <message>
        <source>Minutes late</source>
        <translation>Minutes de retard</translation>
    </message>
    <message>
        <source>&amp;Minutes late</source>
        <translation>&amp;Minutes de retard</translation>
    </message>
    <message>
        <source> %</source>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source>Alert below this attendance rate</source>
        <translation>Alerte sous ce taux de présence</translation>
    </message>
    <message>
        <source>Alert &amp;below</source>
        <translation>Alerte s&amp;ous</translation>
    </message>
    <message>
        <source>The alert threshold could not be saved.</source>
        <translation>Le seuil d’alerte n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>The attendance could not be read.</source>
        <translation>Les présences n’ont pas pu être lues.</translation>
    </message>
    <message>
        <source>sign-in-%1-%2.pdf</source>
        <extracomment>A file name: the cohort&apos;s ref and the ISO week (2025-W10)</extracomment>
        <translation>emargement-%1-%2.pdf</translation>
    </message>
    <message>
        <source>Save the sign-in sheet</source>
        <translation>Enregistrer la feuille d’émargement</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The sign-in sheet could not be written.</source>
        <translation>La feuille d’émargement n’a pas pu être écrite.</translation>
    </message>
    <message>
        <source>Sign-in sheet saved: %1</source>
        <translation>Feuille d’émargement enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>No cohort yet: create one on the Cohorts page.</source>
        <translation>Pas encore de cohorte&#xa0;: créez-en une dans la page Cohortes.</translation>
    </message>
    <message>
        <source>No session this week.</source>
        <translation>Aucune séance cette semaine.</translation>
    </message>
    <message>
        <source>Nobody is enrolled on the days of this week&apos;s sessions.</source>
        <translation>Personne n’est inscrit aux dates des séances de cette semaine.</translation>
    </message>
    <message>
        <source>Every mark of the sessions held so far is in.</source>
        <translation>Toutes les présences des séances passées sont saisies.</translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s) missing for the sessions held so far (in orange).</source>
        <translation>
            <numerusform>%n présence à saisir pour les séances passées (en orange).</numerusform>
            <numerusform>%n présences à saisir pour les séances passées (en orange).</numerusform>
        </translation>
    </message>
    <message>
        <source>The marks could not be saved.</source>
        <translation>Les présences n’ont pas pu être enregistrées.</translation>
    </message>
</context>
<context>
    <name>parcours::ui::AuditLogDialog</name>
    <message>
        <source>Any day</source>
        <translation>Toute date</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Enregistrer en CSV…</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Who changed which record, and when. Only the names of the fields are kept, never their values. Times are shown in this computer&apos;s time zone.</source>
        <translation>Qui a modifié quel enregistrement, et quand. Seuls les noms des champs sont conservés, jamais leurs valeurs. Les heures sont celles du fuseau horaire de cet ordinateur.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Ref (P-000012) or #id</source>
        <translation>Référence (P-000012) ou #id</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Personne</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrement</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Entrées du journal d’audit</translation>
    </message>
    <message>
        <source>Save the entries shown as a CSV file</source>
        <translation>Enregistrer les entrées affichées dans un fichier CSV</translation>
    </message>
    <message>
        <source>The audit log cannot be read: %1</source>
        <translation>Le journal d’audit ne peut pas être lu : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>-audit.csv</source>
        <translation>-audit.csv</translation>
    </message>
    <message>
        <source>Save the audit log</source>
        <translation>Enregistrer le journal d’audit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The audit log could not be saved to %1.</source>
        <translation>Le journal d’audit n’a pas pu être enregistré dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n entry(ies) to %1</source>
        <translation>
            <numerusform>%n entrée enregistrée dans %1</numerusform>
            <numerusform>%n entrées enregistrées dans %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parcours::ui::AuditLogModel</name>
    <message>
        <source>Added</source>
        <translation>Ajout</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message>
        <source>Bulk load</source>
        <translation>Chargement en masse</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Effacement</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant·e</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Bénévole</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formateur·rice</translation>
    </message>
    <message>
        <source>Trainer&apos;s module</source>
        <translation>Module d’un·e formateur·rice</translation>
    </message>
    <message>
        <source>Trainer&apos;s unavailability</source>
        <translation>Indisponibilité d’un·e formateur·rice</translation>
    </message>
    <message>
        <source>Enrolment</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Enrolment without consent date</source>
        <translation>Inscription sans date de consentement</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Attendance mark</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>Binôme</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Point de suivi</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Réglage</translation>
    </message>
    <message>
        <source>Office closure</source>
        <translation>Fermeture</translation>
    </message>
    <message>
        <source>Series of sessions</source>
        <translation>Série de séances</translation>
    </message>
    <message>
        <source>Whole file</source>
        <translation>Fichier entier</translation>
    </message>
    <message>
        <source>(outside Parcours)</source>
        <translation>(hors Parcours)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Record kind</source>
        <translation>Type d’enregistrement</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>Champs modifiés</translation>
    </message>
</context>
<context>
    <name>parcours::ui::CheckInDialog</name>
    <message>
        <source>Log a check-in</source>
        <translation>Noter une rencontre</translation>
    </message>
    <message>
        <source>A meeting of %1.</source>
        <translation>Une rencontre de %1.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>Type de rencontre</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>What was discussed, what comes next</source>
        <translation>Ce qui a été abordé, la suite</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>D&amp;urée</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
</context>
<context>
    <name>parcours::ui::ClosuresDialog</name>
    <message>
        <source>Office closures</source>
        <translation>Fermetures de l&apos;association</translation>
    </message>
    <message>
        <source>Days when the office is closed (a summer break, a move). A series made afterwards skips them and says why.</source>
        <translation>Les jours où l&apos;association est fermée (congés d&apos;été, déménagement). Une série créée ensuite les saute et dit pourquoi.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To (included)</source>
        <translation>Au (inclus)</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&amp;Add a closure</source>
        <translation>&amp;Ajouter une fermeture</translation>
    </message>
    <message>
        <source>&amp;Remove the closure</source>
        <translation>&amp;Retirer la fermeture</translation>
    </message>
    <message>
        <source>First day closed</source>
        <translation>Premier jour fermé</translation>
    </message>
    <message>
        <source>Last day closed</source>
        <translation>Dernier jour fermé</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>Site closed</source>
        <translation>Site fermé</translation>
    </message>
    <message>
        <source>Line %1: the last day must not come before the first.</source>
        <translation>Ligne %1&#xa0;: le dernier jour ne doit pas précéder le premier.</translation>
    </message>
</context>
<context>
    <name>parcours::ui::CohortForm</name>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>No site yet</source>
        <translation>Pas encore de site</translation>
    </message>
    <message>
        <source>Tremplin</source>
        <translation>Tremplin</translation>
    </message>
    <message>
        <source>French (FLE): the fewest hours a full week should have</source>
        <translation>Français (FLE)&#xa0;: le moins d&apos;heures qu&apos;une semaine complète doit avoir</translation>
    </message>
    <message>
        <source>French (FLE): the most hours a full week should have</source>
        <translation>Français (FLE)&#xa0;: le plus d&apos;heures qu&apos;une semaine complète peut avoir</translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>&amp;Programme</source>
        <translation>&amp;Programme</translation>
    </message>
    <message>
        <source>&amp;Ends on</source>
        <translation>Se &amp;termine le</translation>
    </message>
    <message>
        <source>French, at &amp;least</source>
        <translation>Français, au &amp;minimum</translation>
    </message>
    <message>
        <source>French, at &amp;most</source>
        <translation>Français, au ma&amp;ximum</translation>
    </message>
    <message>
        <source>En&amp;glish</source>
        <translation>An&amp;glais</translation>
    </message>
    <message>
        <source>New cohort</source>
        <translation>Nouvelle cohorte</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>N&amp;om</translation>
    </message>
    <message>
        <source>Si&amp;te</source>
        <translation>S&amp;ite</translation>
    </message>
    <message>
        <source>Starts &amp;on</source>
        <translation>&amp;Commence le</translation>
    </message>
    <message>
        <source>Pla&amp;ces</source>
        <translation>Pl&amp;aces</translation>
    </message>
    <message>
        <source>So&amp;ft skills</source>
        <translation>Soft s&amp;kills</translation>
    </message>
</context>
<context>
    <name>parcours::ui::CohortPage</name>
    <message>
        <source>&amp;Enrol…</source>
        <translation>&amp;Inscrire…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Abandon…</translation>
    </message>
    <message>
        <source>Mark &amp;completed</source>
        <translation>Parcours &amp;terminé</translation>
    </message>
    <message>
        <source>Back to e&amp;nrolled</source>
        <translation>Remettre &amp;inscrit·e</translation>
    </message>
    <message>
        <source>Re&amp;move from the list</source>
        <translation>&amp;Retirer de la liste</translation>
    </message>
    <message>
        <source>All cohorts</source>
        <translation>Toutes les cohortes</translation>
    </message>
    <message>
        <source>Back to the list of cohorts (Alt+Left)</source>
        <translation>Revenir à la liste des cohortes (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Weekly targets</source>
        <translation>Objectifs hebdomadaires</translation>
    </message>
    <message>
        <source>Enrolments</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>Search the enrolments</source>
        <translation>Rechercher dans les inscriptions</translation>
    </message>
    <message>
        <source>Enrol participants in this cohort</source>
        <translation>Inscrire des participant·e·s dans cette cohorte</translation>
    </message>
    <message>
        <source>The participant leaves before the end: date and reason</source>
        <translation>La personne quitte la cohorte avant la fin&#xa0;: date et motif</translation>
    </message>
    <message>
        <source>The participants selected followed the cohort to its end</source>
        <translation>Les personnes choisies ont suivi la cohorte jusqu&apos;au bout</translation>
    </message>
    <message>
        <source>Undo a withdrawal or a completion recorded by mistake</source>
        <translation>Annuler un abandon ou une fin de parcours saisis par erreur</translation>
    </message>
    <message>
        <source>Take the participants selected off the list, as if never enrolled (a mistake); Edit &gt; Undo brings them back</source>
        <translation>Retirer de la liste les personnes choisies, comme si elles n&apos;avaient jamais été inscrites (une erreur)&#xa0;; Édition &gt; Annuler les remet</translation>
    </message>
    <message>
        <source>Enrolments of the cohort</source>
        <translation>Inscriptions de la cohorte</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Parcours</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Enrol anyway</source>
        <translation>Inscrire quand même</translation>
    </message>
    <message>
        <source>No cohort</source>
        <translation>Aucune cohorte</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semaine</numerusform>
            <numerusform>%n semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>French (FLE)</source>
        <translation>Français (FLE)</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 to %2 h</source>
        <translation>%1 à %2 h</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Soft skills</source>
        <translation>Soft skills</translation>
    </message>
    <message numerus="yes">
        <source>%1 enrolled for %n place(s)</source>
        <translation>
            <numerusform>%1 inscrit·e·s pour %n place</numerusform>
            <numerusform>%1 inscrit·e·s pour %n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn</source>
        <translation>
            <numerusform>%n abandon</numerusform>
            <numerusform>%n abandons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n over capacity</source>
        <translation>
            <numerusform>%n au-delà des places</numerusform>
            <numerusform>%n au-delà des places</numerusform>
        </translation>
    </message>
    <message>
        <source>More participants are enrolled than the cohort has places.</source>
        <translation>Plus de participant·e·s sont inscrit·e·s que la cohorte n&apos;a de places.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n place(s).</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» a %n place.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» a %n places.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 are enrolled already; with %2 more the cohort would have %3 participants, %4 beyond its places. Enrol anyway?</source>
        <translation>%1 personnes sont déjà inscrites&#xa0;; avec %2 de plus la cohorte compterait %3 participant·e·s, %4 au-delà de ses places. Inscrire quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Enrol “%1” in “%2”</source>
        <translation>Inscrire «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Enrol %n participant(s) in “%1”</source>
        <translation>
            <numerusform>Inscrire %n participant·e dans «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>Inscrire %n participant·e·s dans «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdraw “%1” from “%2”</source>
        <translation>Abandon de «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Mark “%1” as having completed “%2”</source>
        <translation>Parcours terminé pour «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n participant(s) as having completed “%1”</source>
        <translation>
            <numerusform>Parcours terminé pour %n participant·e dans «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>Parcours terminé pour %n participant·e·s dans «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <source>Put “%1” back as enrolled</source>
        <translation>Remettre «&#xa0;%1&#xa0;» comme inscrit·e</translation>
    </message>
    <message numerus="yes">
        <source>Put %n participant(s) back as enrolled</source>
        <translation>
            <numerusform>Remettre %n participant·e comme inscrit·e</numerusform>
            <numerusform>Remettre %n participant·e·s comme inscrit·e·s</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the exit level of “%1”</source>
        <translation>Niveau de sortie de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove “%1” from “%2”</source>
        <translation>Retirer «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n participant(s) from “%1”</source>
        <translation>
            <numerusform>Retirer %n participant·e de «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>Retirer %n participant·e·s de «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parcours::ui::CohortTableModel</name>
    <message>
        <source>Ref.</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrit·e·s</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>More participants are enrolled than the cohort has places.</source>
        <translation>Plus de participant·e·s sont inscrit·e·s que la cohorte n&apos;a de places.</translation>
    </message>
</context>
<context>
    <name>parcours::ui::ConsentOverrideDialog</name>
    <message>
        <source>Enrol without a consent date</source>
        <translation>Inscrire sans date de consentement</translation>
    </message>
    <message>
        <source>“%1” has no consent date.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas de date de consentement.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) have no consent date: %1.</source>
        <translation>
            <numerusform>%n participant·e n&apos;a pas de date de consentement&#xa0;: %1.</numerusform>
            <numerusform>%n participant·e·s n&apos;ont pas de date de consentement&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A participant is enrolled once they have agreed to the use of their data (GDPR). Record the date of their consent in their details, or give the reason to enrol them now: it is kept with the enrolment.</source>
        <translation>On inscrit une personne une fois qu&apos;elle a accepté l&apos;utilisation de ses données (RGPD). Saisissez la date de son consentement dans sa fiche, ou indiquez la raison de l&apos;inscrire dès maintenant&#xa0;: elle est conservée avec l&apos;inscription.</translation>
    </message>
    <message>
        <source>Reason to enrol without a consent date</source>
        <translation>Raison d&apos;inscrire sans date de consentement</translation>
    </message>
    <message>
        <source>For instance: consent given orally, form to be signed on the first day</source>
        <translation>Par exemple&#xa0;: consentement donné oralement, formulaire à signer le premier jour</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Raison</translation>
    </message>
    <message>
        <source>&amp;Enrol without consent</source>
        <translation>&amp;Inscrire sans consentement</translation>
    </message>
</context>
<context>
    <name>parcours::ui::DashboardPage</name>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Dates choisies</translation>
    </message>
    <message>
        <source>The cohorts whose end date falls in the period are counted</source>
        <translation>Sont comptées les cohortes dont la date de fin tombe dans la période</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Période</translation>
    </message>
    <message>
        <source>Cohorts ending from</source>
        <translation>Cohortes se terminant à partir du</translation>
    </message>
    <message>
        <source>Cohorts ending until</source>
        <translation>Cohortes se terminant jusqu’au</translation>
    </message>
    <message>
        <source>Limit the start of the period</source>
        <translation>Limiter le début de la période</translation>
    </message>
    <message>
        <source>Limit the end of the period</source>
        <translation>Limiter la fin de la période</translation>
    </message>
    <message>
        <source>Untick for no limit</source>
        <translation>Décocher pour ne pas limiter</translation>
    </message>
    <message>
        <source>Cohorts e&amp;nding from</source>
        <translation>Cohortes se &amp;terminant du</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>a&amp;u</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participant·e·s</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Cohortes</translation>
    </message>
    <message>
        <source>Dynamic exits at 6 months</source>
        <translation>Sorties dynamiques à 6 mois</translation>
    </message>
    <message>
        <source>Of which permanent (CDI)</source>
        <translation>Dont CDI</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Taux de présence</translation>
    </message>
    <message>
        <source>No attendance marked yet for the cohorts of this period.</source>
        <translation>Aucun émargement pour l’instant dans les cohortes de cette période.</translation>
    </message>
    <message>
        <source>This file has no cohort yet.</source>
        <translation>Ce fichier n’a encore aucune cohorte.</translation>
    </message>
    <message>
        <source>No cohort ends in this period. Choose another period above, or All time.</source>
        <translation>Aucune cohorte ne se termine dans cette période. Choisissez une autre période ci-dessus, ou «&#xa0;Depuis le début&#xa0;».</translation>
    </message>
    <message>
        <source>No outcome at 6 months recorded yet</source>
        <translation>Aucune situation à 6 mois enregistrée pour l’instant</translation>
    </message>
    <message numerus="yes">
        <source>Present or late, over the marked presences of held sessions; %Ln presence(s) not marked yet</source>
        <translation>
            <numerusform>Présent·e·s ou en retard, sur les émargements des séances tenues&#xa0;; %Ln présence non renseignée pour l’instant</numerusform>
            <numerusform>Présent·e·s ou en retard, sur les émargements des séances tenues&#xa0;; %Ln présences non renseignées pour l’instant</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the figures of the period…</source>
        <translation>Lecture des chiffres de la période…</translation>
    </message>
    <message>
        <source>Reading the cohorts that end in this period…</source>
        <translation>Lecture des cohortes qui se terminent dans cette période…</translation>
    </message>
</context>
<context>
    <name>parcours::ui::DateField</name>
    <message>
        <source>%1 known</source>
        <translation>%1 connue</translation>
    </message>
    <message>
        <source>Tick when the date is known</source>
        <translation>Cochez quand la date est connue</translation>
    </message>
</context>
<context>
    <name>parcours::ui::EndPairingDialog</name>
    <message>
        <source>Ends on</source>
        <translation>Se termine le</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>E&amp;nds on</source>
        <translation>Se &amp;termine le</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
</context>
<context>
    <name>parcours::ui::EnrolmentTableModel</name>
    <message>
        <source>Participant</source>
        <translation>Participant·e</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Inscrit·e le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Date de sortie</translation>
    </message>
    <message>
        <source>Exit reason</source>
        <translation>Motif de sortie</translation>
    </message>
    <message>
        <source>Exit level (CEFR)</source>
        <translation>Niveau de sortie (CECRL)</translation>
    </message>
    <message>
        <source>Change the enrolment date of “%1”</source>
        <translation>Modifier la date d&apos;inscription de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Change the exit date of “%1”</source>
        <translation>Modifier la date de sortie de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Change the exit reason of “%1”</source>
        <translation>Modifier le motif de sortie de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Set the exit level of “%1”</source>
        <translation>Niveau de sortie de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>parcours::ui::EraseDialog</name>
    <message>
        <source>Erase “%1”</source>
        <translation>Effacer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Erase the %1 “%2” (%3) and everything that refers to them?</source>
        <translation>Effacer «&#xa0;%2&#xa0;» (%1, %3) et tout ce qui s&apos;y rapporte&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%n enrolment(s)</source>
        <translation>
            <numerusform>%n inscription</numerusform>
            <numerusform>%n inscriptions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendance mark(s)</source>
        <translation>
            <numerusform>%n émargement</numerusform>
            <numerusform>%n émargements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pairing(s)</source>
        <translation>
            <numerusform>%n binôme</numerusform>
            <numerusform>%n binômes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n rencontre de suivi</numerusform>
            <numerusform>%n rencontres de suivi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outcome(s)</source>
        <translation>
            <numerusform>%n situation de sortie</numerusform>
            <numerusform>%n situations de sortie</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing else refers to them.</source>
        <translation>Rien d&apos;autre ne s&apos;y rapporte.</translation>
    </message>
    <message>
        <source>With them go: %1.</source>
        <translation>Partent avec la personne&#xa0;: %1.</translation>
    </message>
    <message>
        <source>This cannot be undone, not even with Undo: their data is overwritten in the file. The audit log keeps that %1 was erased, not who it was. Figures of past cohorts change, since they no longer count this person.</source>
        <translation>C&apos;est irréversible, même avec Ctrl+Z (Annuler la dernière action)&#xa0;: ses données sont écrasées dans le fichier. Le journal d&apos;audit garde que %1 a été effacé·e, pas qui c&apos;était. Les chiffres des cohortes passées changent, puisqu&apos;ils ne comptent plus cette personne.</translation>
    </message>
    <message>
        <source>I understand that this erasure is final</source>
        <translation>Je comprends que cet effacement est définitif</translation>
    </message>
    <message numerus="yes">
        <source>Also remove the %n backup copy(ies) that still hold their data (a new backup is made at once)</source>
        <translation>
            <numerusform>Supprimer aussi %n copie de sauvegarde qui contient encore ses données (une nouvelle sauvegarde est faite aussitôt)</numerusform>
            <numerusform>Supprimer aussi les %n copies de sauvegarde qui contiennent encore ses données (une nouvelle sauvegarde est faite aussitôt)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Effacer</translation>
    </message>
</context>
<context>
    <name>parcours::ui::ExportFolderDialog</name>
    <message>
        <source>&amp;Pseudonymise: names and contact details replaced, notes left out</source>
        <translation>&amp;Pseudonymiser&#xa0;: noms et coordonnées remplacés, remarques omises</translation>
    </message>
    <message>
        <source>For &amp;Excel: semicolons, and formulas neutralised</source>
        <translation>Pour &amp;Excel&#xa0;: points-virgules, et formules neutralisées</translation>
    </message>
    <message>
        <source>Export a folder</source>
        <translation>Exporter un dossier</translation>
    </message>
    <message>
        <source>Writes the whole file as CSV files, one per table, that Parcours and spreadsheets read. Files of the same name in the folder are replaced.</source>
        <translation>Écrit tout le fichier en fichiers CSV, un par table, que Parcours et les tableurs savent lire. Les fichiers de même nom dans le dossier sont remplacés.</translation>
    </message>
    <message>
        <source>Folder to write into</source>
        <translation>Dossier où écrire</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>For a review or a test outside the office: the people can no longer be recognised, the figures stay the same.</source>
        <translation>Pour une revue ou un essai hors de l&apos;association&#xa0;: on ne peut plus reconnaître les personnes, les chiffres restent les mêmes.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Folder to export into</source>
        <translation>Dossier où exporter</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Dossier</translation>
    </message>
</context>
<context>
    <name>parcours::ui::FileActions</name>
    <message>
        <source>Import a &amp;folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <source>&amp;Import a CSV file…</source>
        <translation>&amp;Importer un fichier CSV…</translation>
    </message>
    <message>
        <source>&amp;Export a folder…</source>
        <translation>&amp;Exporter un dossier…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sauvegarder une copie…</translation>
    </message>
    <message>
        <source>&amp;About Parcours</source>
        <translation>&amp;À propos de Parcours</translation>
    </message>
    <message>
        <source>Import an exchange folder: one CSV file per table, checked before anything is written</source>
        <translation>Importer un dossier d&apos;échange&#xa0;: un fichier CSV par table, vérifié avant toute écriture</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import one CSV file from a spreadsheet: participants, volunteers, cohorts, …</source>
        <translation>Importer un fichier CSV venu d&apos;un tableur&#xa0;: participant·e·s, bénévoles, cohortes…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Write the whole file as CSV files, one per table</source>
        <translation>Écrire tout le fichier en fichiers CSV, un par table</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Copie de sauvegarde</translation>
    </message>
    <message>
        <source>Save a copy of the whole file, safe even while it is in use</source>
        <translation>Enregistrer une copie de tout le fichier, sûre même pendant qu&apos;il est utilisé</translation>
    </message>
    <message>
        <source>Parcours</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>This file is open for reading only.</source>
        <translation>Ce fichier est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>Folder to import</source>
        <translation>Dossier à importer</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Sauvegarder dans</translation>
    </message>
    <message>
        <source>Parcours files (*.parcours)</source>
        <translation>Fichiers Parcours (*.parcours)</translation>
    </message>
    <message>
        <source>Exported into %1</source>
        <translation>Exporté dans %1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Copie de sauvegarde&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1-backup-%2.parcours</source>
        <translation>%1-sauvegarde-%2.parcours</translation>
    </message>
    <message>
        <source>Res&amp;tore a backup…</source>
        <translation>Res&amp;taurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Put one of the automatic backups in place of the open file; the file as it is now is kept as a backup first</source>
        <translation>Remettre une des sauvegardes automatiques à la place du fichier ouvert&#xa0;; le fichier tel qu&apos;il est maintenant est d&apos;abord gardé en sauvegarde</translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation>&amp;Journal d’audit…</translation>
    </message>
    <message>
        <source>Your &amp;name…</source>
        <translation>Votre &amp;nom…</translation>
    </message>
    <message>
        <source>Who changed which record, and when</source>
        <translation>Qui a modifié quel enregistrement, et quand</translation>
    </message>
    <message>
        <source>The name your changes are recorded under in the audit log</source>
        <translation>Le nom sous lequel vos modifications sont inscrites au journal d’audit</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>The name your changes are recorded under in the audit log of every file you open on this computer. Leave it empty to use the system user (%1).</source>
        <translation>Le nom sous lequel vos modifications sont inscrites au journal d’audit de chaque fichier ouvert sur cet ordinateur. Laissez vide pour utiliser l’utilisateur du système (%1).</translation>
    </message>
    <message>
        <source>Your changes are now recorded as “%1”</source>
        <translation>Vos modifications sont désormais inscrites au nom de « %1 »</translation>
    </message>
</context>
<context>
    <name>parcours::ui::FileSafety</name>
    <message>
        <source>Making today&apos;s backup…</source>
        <translation>Sauvegarde du jour en cours…</translation>
    </message>
    <message>
        <source>Today&apos;s backup is in %1</source>
        <translation>La sauvegarde du jour est dans %1</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>une heure inconnue</translation>
    </message>
    <message>
        <source>“%1” is already open for writing on the computer “%2” by the user “%3”, since %4.

Only one person at a time can change a file. You can open it read-only to look at it; to change it, ask them to close it first.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà ouvert en écriture sur l&apos;ordinateur «&#xa0;%2&#xa0;» par l&apos;utilisateur·rice «&#xa0;%3&#xa0;», depuis le %4.

Une seule personne à la fois peut modifier un fichier. Vous pouvez l&apos;ouvrir en lecture seule pour le consulter&#xa0;; pour le modifier, demandez-lui d&apos;abord de le fermer.</translation>
    </message>
    <message>
        <source>a network folder (%1)</source>
        <translation>un dossier réseau (%1)</translation>
    </message>
    <message>
        <source>a folder synchronised by %1</source>
        <translation>un dossier synchronisé par %1</translation>
    </message>
    <message>
        <source>“%1” is in %2.

A Parcours file can be damaged when it is written there, above all when several computers use it. Keep the file on this computer&apos;s disk. To work in several offices, each office keeps its own file and they exchange folders: see “Working in several offices” in the README of Parcours.</source>
        <translation>«&#xa0;%1&#xa0;» est dans %2.

Un fichier Parcours peut y être endommagé quand on y écrit, surtout si plusieurs ordinateurs l&apos;utilisent. Gardez le fichier sur le disque de cet ordinateur. Pour travailler dans plusieurs bureaux, chaque bureau garde son propre fichier et ils s&apos;échangent des dossiers&#xa0;: voir «&#xa0;Working in several offices&#xa0;» dans le README de Parcours.</translation>
    </message>
    <message>
        <source>Today&apos;s automatic backup of “%1” could not be made. The file is open as usual; check that there is space left on the disk and that the folder “%2” can be written.

%3</source>
        <translation>La sauvegarde automatique du jour de «&#xa0;%1&#xa0;» n&apos;a pas pu être faite. Le fichier est ouvert normalement&#xa0;; vérifiez qu&apos;il reste de la place sur le disque et que le dossier «&#xa0;%2&#xa0;» peut être écrit.

%3</translation>
    </message>
    <message>
        <source>File in use</source>
        <translation>Fichier en cours d&apos;utilisation</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Parcours</source>
        <translation>Parcours</translation>
    </message>
</context>
<context>
    <name>parcours::ui::ImportCheckPage</name>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Every row has been checked; nothing is written until you click Import.</source>
        <translation>Chaque ligne a été vérifiée&#xa0;; rien n&apos;est écrit avant que vous cliquiez sur Importer.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>parcours::ui::ImportMappingPage</name>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Say what each column of the file holds. Recognised headers are chosen already; a column left on “Ignored” is not imported.</source>
        <translation>Indiquez ce que contient chaque colonne du fichier. Les en-têtes reconnus sont déjà choisis&#xa0;; une colonne laissée sur «&#xa0;Ignorée&#xa0;» n&apos;est pas importée.</translation>
    </message>
    <message>
        <source>Columns of the file and what they hold</source>
        <translation>Colonnes du fichier et ce qu&apos;elles contiennent</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importée comme</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(sans en-tête)</translation>
    </message>
    <message>
        <source>What the column “%1” holds</source>
        <translation>Ce que contient la colonne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (obligatoire)</translation>
    </message>
    <message>
        <source>Required and not given by any column: %1.</source>
        <translation>Obligatoire et fourni par aucune colonne&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Given by more than one column: %1. Keep one.</source>
        <translation>Fourni par plusieurs colonnes&#xa0;: %1. Gardez-en une.</translation>
    </message>
    <message>
        <source>No column gives the ref: each row gets a new one, so importing the same file twice adds its rows twice.</source>
        <translation>Aucune colonne ne donne la réf.&#xa0;: chaque ligne en reçoit une nouvelle, si bien qu&apos;importer deux fois le même fichier ajoute deux fois ses lignes.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) ignored.</source>
        <translation>
            <numerusform>%n colonne ignorée.</numerusform>
            <numerusform>%n colonnes ignorées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parcours::ui::ImportReportDialog</name>
    <message>
        <source>Import a folder: check</source>
        <translation>Importer un dossier&#xa0;: vérification</translation>
    </message>
    <message>
        <source>Import a folder: done</source>
        <translation>Importer un dossier&#xa0;: terminé</translation>
    </message>
    <message>
        <source>Every file of “%1” has been checked. Nothing is written until you click Import, and then all or nothing.</source>
        <translation>Chaque fichier de «&#xa0;%1&#xa0;» a été vérifié. Rien n&apos;est écrit avant que vous cliquiez sur Importer, et alors tout ou rien.</translation>
    </message>
    <message>
        <source>The files of “%1” have been imported.</source>
        <translation>Les fichiers de «&#xa0;%1&#xa0;» ont été importés.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
</context>
<context>
    <name>parcours::ui::ImportReportView</name>
    <message>
        <source>Notes:</source>
        <translation>Remarques&#xa0;:</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problèmes trouvés</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n ligne lue</numerusform>
            <numerusform>%n lignes lues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1. %n problem(s) to correct first: nothing has been written.</source>
        <translation>
            <numerusform>%1. %n problème à corriger d&apos;abord&#xa0;: rien n&apos;a été écrit.</numerusform>
            <numerusform>%1. %n problèmes à corriger d&apos;abord&#xa0;: rien n&apos;a été écrit.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, all valid: importing adds %2 and updates %3.</source>
        <translation>%1, toutes valides&#xa0;: l&apos;import ajoute %2 et met à jour %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n new row(s)</source>
        <translation>
            <numerusform>%n nouvelle ligne</numerusform>
            <numerusform>%n nouvelles lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing row(s)</source>
        <translation>
            <numerusform>%n ligne existante</numerusform>
            <numerusform>%n lignes existantes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated.</source>
        <translation>%1&#xa0;: %2 ajoutée(s), %3 mise(s) à jour.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Problems (%n):</source>
        <translation>
            <numerusform>Problème (%n)&#xa0;:</numerusform>
            <numerusform>Problèmes (%n)&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parcours::ui::ImportSourcePage</name>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>Choose a CSV file (from a spreadsheet: comma or semicolon separated) and what it holds. Nothing is written before the last step.</source>
        <translation>Choisissez un fichier CSV (venu d&apos;un tableur&#xa0;: séparé par des virgules ou des points-virgules) et ce qu&apos;il contient. Rien n&apos;est écrit avant la dernière étape.</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <source>Path of a .csv file</source>
        <translation>Chemin d&apos;un fichier .csv</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Table the file feeds</source>
        <translation>Table que le fichier alimente</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Premières lignes du fichier</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Choisir un fichier CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Fichiers CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This file cannot be read: %1</source>
        <translation>Ce fichier ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>This file cannot be read as CSV: a quote opened on line %1 is never closed.</source>
        <translation>Ce fichier ne peut pas être lu comme un CSV&#xa0;: un guillemet ouvert à la ligne %1 n&apos;est jamais fermé.</translation>
    </message>
    <message>
        <source>This file holds no rows to import.</source>
        <translation>Ce fichier ne contient aucune ligne à importer.</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>des points-virgules</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>des tabulations</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>des virgules</translation>
    </message>
    <message>
        <source>read as Windows-1252 (not UTF-8)</source>
        <translation>lu en Windows-1252 (pas en UTF-8)</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>en UTF-8</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) besides the header, separated by %1, %2.</source>
        <translation>
            <numerusform>%n ligne en plus de l&apos;en-tête, séparée par %1, %2.</numerusform>
            <numerusform>%n lignes en plus de l&apos;en-tête, séparées par %1, %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Holds</source>
        <translation>&amp;Contient</translation>
    </message>
</context>
<context>
    <name>parcours::ui::ImportWizard</name>
    <message>
        <source>Import a CSV file</source>
        <translation>Importer un fichier CSV</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
</context>
<context>
    <name>parcours::ui::JobDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Veuillez patienter</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>parcours::ui::ListPages</name>
    <message numerus="yes">
        <source>%n cohort(s)</source>
        <translation>
            <numerusform>%n cohorte</numerusform>
            <numerusform>%n cohortes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 shown out of %n cohort(s)</source>
        <translation>
            <numerusform>Affichage&#xa0;: %1 sur %n cohorte</numerusform>
            <numerusform>Affichage&#xa0;: %1 sur %n cohortes</numerusform>
        </translation>
    </message>
    <message>
        <source>This file has no cohorts yet. Use New to add one.</source>
        <translation>Ce fichier ne contient encore aucune cohorte. Cliquez sur Nouveau pour en ajouter une.</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant·e</numerusform>
            <numerusform>%n participant·e·s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 shown out of %n participant(s)</source>
        <translation>
            <numerusform>Affichage&#xa0;: %1 sur %n participant·e</numerusform>
            <numerusform>Affichage&#xa0;: %1 sur %n participant·e·s</numerusform>
        </translation>
    </message>
    <message>
        <source>This file has no participants yet. Use New to add one, or File &gt; Import.</source>
        <translation>Ce fichier ne contient encore aucun·e participant·e. Cliquez sur Nouveau pour en ajouter, ou passez par Fichier &gt; Importer.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message numerus="yes">
        <source>%n volunteer(s)</source>
        <translation>
            <numerusform>%n bénévole</numerusform>
            <numerusform>%n bénévoles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 shown out of %n volunteer(s)</source>
        <translation>
            <numerusform>Affichage&#xa0;: %1 sur %n bénévole</numerusform>
            <numerusform>Affichage&#xa0;: %1 sur %n bénévoles</numerusform>
        </translation>
    </message>
    <message>
        <source>This file has no volunteers yet. Use New to add one.</source>
        <translation>Ce fichier ne contient encore aucun·e bénévole. Cliquez sur Nouveau pour en ajouter.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message numerus="yes">
        <source>%n trainer(s)</source>
        <translation>
            <numerusform>%n intervenant·e</numerusform>
            <numerusform>%n intervenant·e·s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 shown out of %n trainer(s)</source>
        <translation>
            <numerusform>Affichage&#xa0;: %1 sur %n intervenant·e</numerusform>
            <numerusform>Affichage&#xa0;: %1 sur %n intervenant·e·s</numerusform>
        </translation>
    </message>
    <message>
        <source>This file has no trainers yet. Use New to add one.</source>
        <translation>Ce fichier ne contient encore aucun·e intervenant·e. Cliquez sur Nouveau pour en ajouter.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
</context>
<context>
    <name>parcours::ui::MainWindow</name>
    <message>
        <source>Parcours files (*.parcours)</source>
        <translation>Fichiers Parcours (*.parcours)</translation>
    </message>
    <message>
        <source>Parcours</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>This file is open for reading only: changes cannot be saved.</source>
        <translation>Ce fichier est ouvert en lecture seule&#xa0;: les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>Create a new, empty Parcours file</source>
        <translation>Créer un nouveau fichier Parcours vide</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a Parcours file</source>
        <translation>Ouvrir un fichier Parcours</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Fichier ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>Create a Parcours file</source>
        <translation>Créer un fichier Parcours</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <source>%1 [read-only] - Parcours</source>
        <translation>%1 [lecture seule] - Parcours</translation>
    </message>
    <message>
        <source>%1 - Parcours</source>
        <translation>%1 - Parcours</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Essayer la &amp;démo</translation>
    </message>
    <message>
        <source>Open a file of invented data to explore Parcours</source>
        <translation>Ouvrir un fichier de données fictives pour découvrir Parcours</translation>
    </message>
    <message>
        <source>The demo file could not be made.</source>
        <translation>Le fichier de démo n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Search the list shown</source>
        <translation>Rechercher dans la liste affichée</translation>
    </message>
    <message>
        <source>Double-click a cohort (or press Enter) to see its enrolments</source>
        <translation>Double-cliquez sur une cohorte (ou appuyez sur Entrée) pour voir ses inscriptions</translation>
    </message>
    <message>
        <source>Open the cohort</source>
        <translation>Ouvrir la cohorte</translation>
    </message>
    <message>
        <source>Its details, weekly targets and enrolments (Enter)</source>
        <translation>Ses détails, ses objectifs hebdomadaires et ses inscriptions (Entrée)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Restored %1; the file as it was is kept as %2</source>
        <translation>%1 restauré&#xa0;; le fichier tel qu&apos;il était est gardé sous le nom %2</translation>
    </message>
    <message>
        <source>Updating %1 for this version of Parcours. A copy of the file as it was is kept beside it.</source>
        <translation>Mise à jour de %1 pour cette version de Parcours. Une copie du fichier tel qu&apos;il était est gardée à côté.</translation>
    </message>
</context>
<context>
    <name>parcours::ui::OutcomeTableModel</name>
    <message>
        <source>Durable</source>
        <translation>Durable</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Transition</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positive</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Renseignée</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Pas encore due</translation>
    </message>
    <message>
        <source>Due this month</source>
        <translation>À faire ce mois-ci</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Recorded as no news: still to reach</source>
        <translation>Notée «&#xa0;sans nouvelles&#xa0;»&#xa0;: encore à joindre</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant·e</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>Relevée le</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employeur</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>French (entry → exit)</source>
        <translation>Français (entrée → sortie)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
</context>
<context>
    <name>parcours::ui::OutcomesPage</name>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Milestone shown</source>
        <translation>Étape affichée</translation>
    </message>
    <message>
        <source>All milestones</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search the outcomes</source>
        <translation>Rechercher dans les sorties</translation>
    </message>
    <message>
        <source>&amp;Cohort</source>
        <translation>&amp;Cohorte</translation>
    </message>
    <message>
        <source>&amp;Milestone</source>
        <translation>Étap&amp;e</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Suivis à faire</translation>
    </message>
    <message>
        <source>Record an outcome</source>
        <translation>Noter une situation</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant·e</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Date of the news</source>
        <translation>Date des nouvelles</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employeur</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <source>Save this outcome now (Ctrl+Enter); Undo takes it back</source>
        <translation>Enregistrer cette situation tout de suite (Ctrl+Entrée)&#xa0;; Annuler la retire</translation>
    </message>
    <message>
        <source>&amp;Participant</source>
        <translation>&amp;Participant·e</translation>
    </message>
    <message>
        <source>French level</source>
        <translation>Niveau de français</translation>
    </message>
    <message>
        <source>M&amp;ilestone</source>
        <translation>É&amp;tape</translation>
    </message>
    <message>
        <source>&amp;Situation</source>
        <translation>&amp;Situation</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Emplo&amp;yer</source>
        <translation>E&amp;mployeur</translation>
    </message>
    <message>
        <source>Sec&amp;tor</source>
        <translation>Secte&amp;ur</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Remarques</translation>
    </message>
    <message>
        <source>All cohorts</source>
        <translation>Toutes les cohortes</translation>
    </message>
    <message>
        <source>Follow-ups due: none, every call is made</source>
        <translation>Suivis à faire&#xa0;: aucun, tous les appels sont faits</translation>
    </message>
    <message>
        <source>Follow-ups due: %1 overdue, %2 this month</source>
        <translation>Suivis à faire&#xa0;: %1 en retard, %2 ce mois-ci</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, withdrawn</source>
        <translation>%1, sorti·e du parcours</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 at entry, %2 at exit</source>
        <translation>%1 à l&apos;entrée, %2 à la sortie</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Record the outcome of %1 (%2)</source>
        <translation>Noter la situation de %1 (%2)</translation>
    </message>
    <message>
        <source>Recorded: %1, %2</source>
        <translation>Noté&#xa0;: %1, %2</translation>
    </message>
</context>
<context>
    <name>parcours::ui::PairingTableModel</name>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No mentor yet: drop a volunteer here or use Assign.</source>
        <translation>Pas encore de mentor&#xa0;: déposez un bénévole ici ou utilisez Attribuer.</translation>
    </message>
    <message>
        <source>No coach yet: drop a volunteer here or use Assign.</source>
        <translation>Pas encore de coach&#xa0;: déposez un bénévole ici ou utilisez Attribuer.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Depuis le %1</translation>
    </message>
    <message>
        <source>Ended on %1</source>
        <translation>Terminé le %1</translation>
    </message>
    <message numerus="yes">
        <source>%n pairing(s) in this role, the earlier ones ended</source>
        <translation>
            <numerusform>%n binôme dans ce rôle</numerusform>
            <numerusform>%n binômes dans ce rôle, les précédents terminés</numerusform>
        </translation>
    </message>
    <message>
        <source>No mentor</source>
        <translation>Pas de mentor</translation>
    </message>
    <message>
        <source>No coach</source>
        <translation>Pas de coach</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant·e</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentor pairing</source>
        <translation>Binôme mentor</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Coach pairing</source>
        <translation>Binôme coach</translation>
    </message>
</context>
<context>
    <name>parcours::ui::PairingVolunteerModel</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Pas prêt</translation>
    </message>
    <message numerus="yes">
        <source>%n active pairing(s)</source>
        <translation>
            <numerusform>%n binôme actif</numerusform>
            <numerusform>%n binômes actifs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Capacity: %n pairing(s)</source>
        <translation>
            <numerusform>Capacité&#xa0;: %n binôme</numerusform>
            <numerusform>Capacité&#xa0;: %n binômes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposed (not counted)</source>
        <translation>
            <numerusform>%n proposé (non compté)</numerusform>
            <numerusform>%n proposés (non comptés)</numerusform>
        </translation>
    </message>
    <message>
        <source>Onboarding complete</source>
        <translation>Intégration terminée</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Manque&#xa0;: %1</translation>
    </message>
    <message>
        <source>Drag onto a participant&apos;s mentor or coach cell to pair them.</source>
        <translation>Glissez sur la case mentor ou coach d&apos;un·e participant·e pour les associer.</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Bénévole</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Intégration</translation>
    </message>
</context>
<context>
    <name>parcours::ui::PairingVolunteerPicker</name>
    <message>
        <source>Search…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>Search the volunteers</source>
        <translation>Rechercher parmi les bénévoles</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Bénévoles</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Bénévole</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Intégration</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Manque&#xa0;: %1</translation>
    </message>
    <message>
        <source>No room left: %1</source>
        <translation>Plus de place&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot be paired with this participant</source>
        <translation>Ne peut pas être associé à ce·tte participant·e</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Choisir</translation>
    </message>
    <message>
        <source>Choose a volunteer to see why they fit.</source>
        <translation>Choisissez un bénévole pour voir pourquoi il convient.</translation>
    </message>
    <message>
        <source>No criterion met.</source>
        <translation>Aucun critère rempli.</translation>
    </message>
    <message>
        <source>+%1  %2</source>
        <translation>+%1  %2</translation>
    </message>
</context>
<context>
    <name>parcours::ui::PairingsPage</name>
    <message>
        <source>Pairings</source>
        <translation>Trinômes</translation>
    </message>
    <message>
        <source>&amp;Unpaired only</source>
        <translation>&amp;Sans binôme seulement</translation>
    </message>
    <message>
        <source>With room &amp;left only</source>
        <translation>Avec de la p&amp;lace seulement</translation>
    </message>
    <message>
        <source>Suggest &amp;mentors…</source>
        <translation>Suggérer des &amp;mentors…</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>Attrib&amp;uer…</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>Acti&amp;ver</translation>
    </message>
    <message>
        <source>&amp;Rematch…</source>
        <translation>&amp;Réattribuer…</translation>
    </message>
    <message>
        <source>Log a &amp;check-in…</source>
        <translation>&amp;Noter une rencontre…</translation>
    </message>
    <message>
        <source>Log a check-&amp;in…</source>
        <translation>Noter une rencontre…</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>C&amp;ohort</source>
        <translation>C&amp;ohorte</translation>
    </message>
    <message>
        <source>Show only the participants still without an active or proposed mentor or coach</source>
        <translation>N&apos;afficher que les participant·es encore sans mentor ou sans coach, actif ou proposé</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>Search the pairings</source>
        <translation>Rechercher dans les binômes</translation>
    </message>
    <message>
        <source>Propose the best mentors for the participants without one, with the reasons</source>
        <translation>Proposer les meilleurs mentors aux participant·es qui n&apos;en ont pas, avec les raisons</translation>
    </message>
    <message>
        <source>Propose the best coaches for the participants without one, with the reasons</source>
        <translation>Proposer les meilleurs coachs aux participant·es qui n&apos;en ont pas, avec les raisons</translation>
    </message>
    <message>
        <source>Choose the volunteer of the cell selected (or drag one from the list of volunteers onto the cell)</source>
        <translation>Choisir le bénévole de la case sélectionnée (ou en glisser un de la liste des bénévoles sur la case)</translation>
    </message>
    <message>
        <source>The proposed pairing selected starts today</source>
        <translation>Le binôme proposé sélectionné commence aujourd&apos;hui</translation>
    </message>
    <message>
        <source>End the pairing selected, with a date and a reason</source>
        <translation>Terminer le binôme sélectionné, avec une date et un motif</translation>
    </message>
    <message>
        <source>End the pairing selected and pair the participant with another volunteer; the ended pairing stays in the history</source>
        <translation>Terminer le binôme sélectionné et associer la personne à un autre bénévole&#xa0;; le binôme terminé reste dans l&apos;historique</translation>
    </message>
    <message>
        <source>Turn down the proposed pairing selected</source>
        <translation>Écarter le binôme proposé sélectionné</translation>
    </message>
    <message>
        <source>Log a meeting of the active pairing selected</source>
        <translation>Noter une rencontre du binôme actif sélectionné</translation>
    </message>
    <message>
        <source>Log a meeting of the pairing selected in this list</source>
        <translation>Noter une rencontre du binôme sélectionné dans cette liste</translation>
    </message>
    <message>
        <source>Mentors and coaches of the cohort&apos;s participants</source>
        <translation>Mentors et coachs des participant·es de la cohorte</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentors</translation>
    </message>
    <message>
        <source>Coaches</source>
        <translation>Coachs</translation>
    </message>
    <message>
        <source>Volunteers shown</source>
        <translation>Bénévoles affichés</translation>
    </message>
    <message>
        <source>Hide the volunteers whose capacity is used up</source>
        <translation>Masquer les bénévoles dont la capacité est atteinte</translation>
    </message>
    <message>
        <source>Volunteers and their load</source>
        <translation>Bénévoles et leur charge</translation>
    </message>
    <message>
        <source>Drag a volunteer onto a participant&apos;s mentor or coach cell.</source>
        <translation>Glissez un bénévole sur la case mentor ou coach d&apos;un·e participant·e.</translation>
    </message>
    <message>
        <source>Weeks without a check-in</source>
        <translation>Semaines sans rencontre</translation>
    </message>
    <message>
        <source> week(s)</source>
        <translation> semaine(s)</translation>
    </message>
    <message>
        <source>No check-in for more than</source>
        <translation>Sans rencontre depuis plus de</translation>
    </message>
    <message>
        <source>Pairings to follow up</source>
        <translation>Binômes à relancer</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant·e</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Bénévole</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Dernière rencontre</translation>
    </message>
    <message>
        <source>&amp;Volunteers</source>
        <translation>&amp;Bénévoles</translation>
    </message>
    <message>
        <source>Rematch</source>
        <translation>Réattribuer</translation>
    </message>
    <message>
        <source>End the pairing</source>
        <translation>Terminer le binôme</translation>
    </message>
    <message>
        <source>The pairing of %1 ends; %2 takes over from that day. The ended pairing stays in the history.</source>
        <translation>Le binôme %1 se termine&#xa0;; %2 prend le relais à partir de ce jour. Le binôme terminé reste dans l&apos;historique.</translation>
    </message>
    <message>
        <source>The pairing of %1 ends. It stays in the history.</source>
        <translation>Le binôme %1 se termine. Il reste dans l&apos;historique.</translation>
    </message>
    <message>
        <source>Parcours</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Activate anyway</source>
        <translation>Activer quand même</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n week(s) ago)</source>
        <translation>
            <numerusform>%1 (il y a %n semaine)</numerusform>
            <numerusform>%1 (il y a %n semaines)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None since the start, %n week(s) ago</source>
        <translation>
            <numerusform>Aucune depuis le début, il y a %n semaine</numerusform>
            <numerusform>Aucune depuis le début, il y a %n semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>No cohort yet: create one on the Cohorts page.</source>
        <translation>Aucune cohorte pour l&apos;instant&#xa0;: créez-en une sur la page Cohortes.</translation>
    </message>
    <message>
        <source>Nobody is enrolled in this cohort yet.</source>
        <translation>Personne n&apos;est encore inscrit dans cette cohorte.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant·e</numerusform>
            <numerusform>%n participant·es</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a mentor</source>
        <translation>
            <numerusform>%n sans mentor</numerusform>
            <numerusform>%n sans mentor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a coach</source>
        <translation>
            <numerusform>%n sans coach</numerusform>
            <numerusform>%n sans coach</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 with the mentor %2</source>
        <translation>%1 avec le mentor %2</translation>
    </message>
    <message>
        <source>%1 with the coach %2</source>
        <translation>%1 avec le coach %2</translation>
    </message>
    <message>
        <source>%1 is a coach and cannot be a mentor.</source>
        <translation>%1 est coach et ne peut pas être mentor.</translation>
    </message>
    <message>
        <source>%1 is a mentor and cannot be a coach.</source>
        <translation>%1 est mentor et ne peut pas être coach.</translation>
    </message>
    <message>
        <source>%1 has no room left: capacity used %2.</source>
        <translation>%1 n&apos;a plus de place&#xa0;: capacité utilisée %2.</translation>
    </message>
    <message>
        <source>%1 cannot be paired with this participant: they already are in the other role, are proposed already, or a pairing of theirs ended in a mismatch. See the details.</source>
        <translation>%1 ne peut pas être associé à ce·tte participant·e&#xa0;: déjà dans l&apos;autre rôle, déjà proposé, ou un binôme entre eux s&apos;est terminé par une inadéquation. Voir les détails.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 has not finished onboarding.</source>
        <translation>%1 n&apos;a pas terminé son intégration.</translation>
    </message>
    <message numerus="yes">
        <source>%n volunteer(s) have not finished onboarding.</source>
        <translation>
            <numerusform>%n bénévole n&apos;a pas terminé son intégration.</numerusform>
            <numerusform>%n bénévoles n&apos;ont pas terminé leur intégration.</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>Manque&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Activate the pairing anyway?</source>
        <translation>Activer le binôme quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Pair “%1” with the mentor “%2”</source>
        <translation>Associer «&#xa0;%1&#xa0;» au mentor «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Pair “%1” with the coach “%2”</source>
        <translation>Associer «&#xa0;%1&#xa0;» au coach «&#xa0;%2&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggested mentor(s)</source>
        <translation>
            <numerusform>Accepter %n mentor suggéré</numerusform>
            <numerusform>Accepter %n mentors suggérés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %n suggested coach(es)</source>
        <translation>
            <numerusform>Accepter %n coach suggéré</numerusform>
            <numerusform>Accepter %n coachs suggérés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the volunteers chosen have not finished onboarding.</source>
        <translation>
            <numerusform>%n des bénévoles choisis n&apos;a pas terminé son intégration.</numerusform>
            <numerusform>%n des bénévoles choisis n&apos;ont pas terminé leur intégration.</numerusform>
        </translation>
    </message>
    <message>
        <source>Activate their pairings anyway? Otherwise they are recorded as proposed, to activate once the onboarding is done.</source>
        <translation>Activer leurs binômes quand même&#xa0;? Sinon ils sont enregistrés comme proposés, à activer une fois l&apos;intégration terminée.</translation>
    </message>
    <message>
        <source>Propose the mentor “%2” to “%1”</source>
        <translation>Proposer le mentor «&#xa0;%2&#xa0;» à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Propose the coach “%2” to “%1”</source>
        <translation>Proposer le coach «&#xa0;%2&#xa0;» à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Activate the pairing of %1</source>
        <translation>Activer le binôme %1</translation>
    </message>
    <message>
        <source>Activate the pairing %1</source>
        <translation>Activer le binôme %1</translation>
    </message>
    <message>
        <source>End the pairing of %1</source>
        <translation>Terminer le binôme %1</translation>
    </message>
    <message>
        <source>End the pairing %1</source>
        <translation>Terminer le binôme %1</translation>
    </message>
    <message>
        <source>Rematch “%1” with “%2”</source>
        <translation>Réattribuer «&#xa0;%1&#xa0;» à «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Rematch %1</source>
        <translation>Réattribuer %1</translation>
    </message>
    <message>
        <source>Turn down the pairing of %1</source>
        <translation>Écarter le binôme %1</translation>
    </message>
    <message>
        <source>Turn down the pairing %1</source>
        <translation>Écarter le binôme %1</translation>
    </message>
    <message>
        <source>Log a check-in of %1 on %2</source>
        <translation>Noter une rencontre de %1 le %2</translation>
    </message>
    <message>
        <source>Log a check-in on %1</source>
        <translation>Noter une rencontre le %1</translation>
    </message>
    <message>
        <source>Choose a mentor for %1</source>
        <translation>Choisir un mentor pour %1</translation>
    </message>
    <message>
        <source>Choose a coach for %1</source>
        <translation>Choisir un coach pour %1</translation>
    </message>
    <message>
        <source>The best score first. The pairing is active from today.</source>
        <translation>Le meilleur score en premier. Le binôme est actif dès aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>É&amp;carter</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Suggest coache&amp;s…</source>
        <translation>Suggérer des coac&amp;hs…</translation>
    </message>
    <message>
        <source>E&amp;nd…</source>
        <translation>&amp;Terminer…</translation>
    </message>
    <message>
        <source>To follo&amp;w up</source>
        <translation>À r&amp;elancer</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to follow up: every active pairing had a check-in in the last %n week(s).</source>
        <translation>
            <numerusform>Personne à relancer&#xa0;: chaque binôme actif a eu une rencontre depuis moins de %n semaine.</numerusform>
            <numerusform>Personne à relancer&#xa0;: chaque binôme actif a eu une rencontre depuis moins de %n semaines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active pairing(s) without a recent check-in: call them.</source>
        <translation>
            <numerusform>%n binôme actif sans rencontre récente&#xa0;: à relancer.</numerusform>
            <numerusform>%n binômes actifs sans rencontre récente&#xa0;: à relancer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parcours::ui::ParticipantForm</name>
    <message>
        <source>The participant&apos;s reference, made by Parcours</source>
        <translation>La référence de la personne, attribuée par Parcours</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>FR, SY, AF…</source>
        <translation>FR, SY, AF…</translation>
    </message>
    <message>
        <source>fa, en</source>
        <translation>fa, en</translation>
    </message>
    <message>
        <source>Two-letter codes of the languages spoken, separated by commas</source>
        <translation>Codes à deux lettres des langues parlées, séparés par des virgules</translation>
    </message>
    <message>
        <source>06 12 34 56 78</source>
        <translation>06 12 34 56 78</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nom@exemple.org</translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>No&amp;m</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>&amp;Date de naissance</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>&amp;Genre</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>St&amp;atut</translation>
    </message>
    <message>
        <source>&amp;Arrived in France</source>
        <translation>Arri&amp;vée en France</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Télép&amp;hone</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>E-ma&amp;il</translation>
    </message>
    <message>
        <source>&amp;Referred by</source>
        <translation>Orienté·e pa&amp;r</translation>
    </message>
    <message>
        <source>Probably already in the file: %1 has the same name and birth date. Check before saving a second record for the same person.</source>
        <translation>Sans doute déjà dans le fichier&#xa0;: %1 a le même nom et la même date de naissance. Vérifiez avant d&apos;enregistrer une seconde fiche pour la même personne.</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Countr&amp;y of origin</source>
        <translation>Pa&amp;ys d&apos;origine</translation>
    </message>
    <message>
        <source>Lang&amp;uages</source>
        <translation>&amp;Langues</translation>
    </message>
    <message>
        <source>French le&amp;vel at entry</source>
        <translation>Niveau de &amp;français à l&apos;entrée</translation>
    </message>
    <message>
        <source>Professional pro&amp;ject</source>
        <translation>Pro&amp;jet professionnel</translation>
    </message>
    <message>
        <source>Se&amp;ctor</source>
        <translation>Sec&amp;teur</translation>
    </message>
    <message>
        <source>Consent g&amp;iven on</source>
        <translation>&amp;Consentement donné le</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
</context>
<context>
    <name>parcours::ui::ParticipantPicker</name>
    <message>
        <source>Enrol in “%1”</source>
        <translation>Inscrire dans «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Choose the participants to enrol (several with Ctrl or Shift). Those already in the cohort are not listed.</source>
        <translation>Choisissez les personnes à inscrire (plusieurs avec Ctrl ou Maj). Celles déjà dans la cohorte ne sont pas listées.</translation>
    </message>
    <message>
        <source>Search by name, country, status…</source>
        <translation>Rechercher par nom, pays, statut…</translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation>Rechercher des participant·e·s</translation>
    </message>
    <message>
        <source>Participants who can be enrolled</source>
        <translation>Participant·e·s pouvant être inscrit·e·s</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Inscrire</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Enrol %n participant(s)</source>
        <translation>
            <numerusform>&amp;Inscrire %n participant·e</numerusform>
            <numerusform>&amp;Inscrire %n participant·e·s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) shown</source>
        <translation>
            <numerusform>%n participant·e affiché·e</numerusform>
            <numerusform>%n participant·e·s affiché·e·s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parcours::ui::ParticipantTableModel</name>
    <message>
        <source>Ref.</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>French level</source>
        <translation>Niveau de français</translation>
    </message>
    <message>
        <source>Arrived in France</source>
        <translation>Arrivée en France</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>parcours::ui::PlaceholderPage</name>
    <message>
        <source>This page comes in a later version of Parcours.</source>
        <translation>Cette page arrivera dans une prochaine version de Parcours.</translation>
    </message>
</context>
<context>
    <name>parcours::ui::PlanWeekDialog</name>
    <message>
        <source>Plan the week</source>
        <translation>Planifier la semaine</translation>
    </message>
    <message>
        <source>These &amp;cohorts:</source>
        <translation>Ces &amp;cohortes&#xa0;:</translation>
    </message>
    <message>
        <source>Every cohort of the s&amp;ite:</source>
        <translation>Toutes les cohortes du s&amp;ite&#xa0;:</translation>
    </message>
    <message>
        <source>Cohorts meeting that week</source>
        <translation>Cohortes qui ont cours cette semaine</translation>
    </message>
    <message>
        <source>Site whose cohorts are planned</source>
        <translation>Site dont les cohortes sont planifiées</translation>
    </message>
    <message>
        <source>A day of the week to plan</source>
        <translation>Un jour de la semaine à planifier</translation>
    </message>
    <message>
        <source>&amp;Week:</source>
        <translation>&amp;Semaine&#xa0;:</translation>
    </message>
    <message>
        <source>Seed of the search</source>
        <translation>Variante de la recherche</translation>
    </message>
    <message>
        <source>The same seed gives the same week; another seed, another week</source>
        <translation>La même variante donne la même semaine&#xa0;; une autre variante, une autre semaine</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>&amp;Variante&#xa0;:</translation>
    </message>
    <message>
        <source> s</source>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <source>Time the planner may take, in seconds</source>
        <translation>Temps que peut prendre la planification, en secondes</translation>
    </message>
    <message>
        <source>&amp;Time limit:</source>
        <translation>&amp;Durée maximale&#xa0;:</translation>
    </message>
    <message>
        <source>What to plan</source>
        <translation>Que planifier</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Planifier</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message>
        <source>Stop planning</source>
        <translation>Arrêter la planification</translation>
    </message>
    <message>
        <source>Planning progress</source>
        <translation>Avancement de la planification</translation>
    </message>
    <message>
        <source>Result of the planning</source>
        <translation>Résultat de la planification</translation>
    </message>
    <message>
        <source>Why no week was found</source>
        <translation>Pourquoi aucune semaine n’a été trouvée</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formateur·rice</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Show the proposed week of</source>
        <translation>Afficher la semaine proposée de</translation>
    </message>
    <message>
        <source>Cohort, trainer or room shown</source>
        <translation>Cohorte, formateur·rice ou salle affichée</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>A&amp;fficher&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Lock or unlock the selected session</source>
        <translation>Verrouiller ou déverrouiller la séance choisie</translation>
    </message>
    <message>
        <source>A locked session stays exactly where it is when you plan again</source>
        <translation>Une séance verrouillée reste exactement à sa place quand vous planifiez à nouveau</translation>
    </message>
    <message>
        <source>Proposed week</source>
        <translation>Semaine proposée</translation>
    </message>
    <message>
        <source>&amp;Accept: create the series</source>
        <translation>&amp;Accepter&#xa0;: créer les séries</translation>
    </message>
    <message>
        <source>Makes the week&apos;s sessions weekly series up to each cohort&apos;s end, skipping holidays, closures and days already taken</source>
        <translation>Fait des séances de la semaine des séries hebdomadaires jusqu’à la fin de chaque cohorte, en sautant les jours fériés, les fermetures et les jours déjà pris</translation>
    </message>
    <message>
        <source>Choose the cohorts, then Plan.</source>
        <translation>Choisissez les cohortes, puis Planifier.</translation>
    </message>
    <message>
        <source>No cohort meets that week</source>
        <translation>Aucune cohorte n’a cours cette semaine</translation>
    </message>
    <message>
        <source>Tick at least one cohort.</source>
        <translation>Cochez au moins une cohorte.</translation>
    </message>
    <message>
        <source>Choose a site.</source>
        <translation>Choisissez un site.</translation>
    </message>
    <message>
        <source>The week could not be read: %1</source>
        <translation>La semaine n’a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>No cohort of that site meets in the week of %1.</source>
        <translation>Aucune cohorte de ce site n’a cours la semaine du %1.</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>Planification…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>Planning stopped: nothing was planned, nothing was written.</source>
        <translation>Planification arrêtée&#xa0;: rien n’a été planifié, rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Planning failed: %1</source>
        <translation>La planification a échoué&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) after the morning</source>
        <translation>
            <numerusform>%n séance après le matin</numerusform>
            <numerusform>%n séances après le matin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extra start time(s)</source>
        <translation>
            <numerusform>%n heure de début en plus</numerusform>
            <numerusform>%n heures de début en plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n extra room(s)</source>
        <translation>
            <numerusform>%n salle en plus</numerusform>
            <numerusform>%n salles en plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n half hour(s) trainers wait</source>
        <translation>
            <numerusform>%n demi-heure d’attente des formateur·rices</numerusform>
            <numerusform>%n demi-heures d’attente des formateur·rices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) proposed for the week of %1, in %2 s. Score %3 (0 is perfect, lower is better): %4.</source>
        <translation>
            <numerusform>%n séance proposée pour la semaine du %1, en %2&#xa0;s. Score %3 (0 est parfait, plus bas est meilleur)&#xa0;: %4.</numerusform>
            <numerusform>%n séances proposées pour la semaine du %1, en %2&#xa0;s. Score %3 (0 est parfait, plus bas est meilleur)&#xa0;: %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept makes %n of them weekly series up to each cohort&apos;s end.</source>
        <translation>
            <numerusform>Accepter en fera %n séance répétée chaque semaine jusqu’à la fin de sa cohorte.</numerusform>
            <numerusform>Accepter en fera %n séances répétées chaque semaine jusqu’à la fin de chaque cohorte.</numerusform>
        </translation>
    </message>
    <message>
        <source>No week meets every rule:</source>
        <translation>Aucune semaine ne respecte toutes les règles&#xa0;:</translation>
    </message>
    <message>
        <source>No week was found within %1 s:</source>
        <translation>Aucune semaine trouvée en %1&#xa0;s&#xa0;:</translation>
    </message>
    <message>
        <source>Locked: %1</source>
        <translation>Verrouillée&#xa0;: %1</translation>
    </message>
    <message>
        <source>In the file: %1</source>
        <translation>Dans le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Plan again</source>
        <translation>&amp;Planifier à nouveau</translation>
    </message>
    <message>
        <source>Un&amp;lock</source>
        <translation>Déverrouil&amp;ler</translation>
    </message>
    <message>
        <source>Nothing to create: every session of the week exists already.</source>
        <translation>Rien à créer&#xa0;: toutes les séances de la semaine existent déjà.</translation>
    </message>
    <message>
        <source>Nothing was written: the series of cohort %1 could not be made (%2).</source>
        <translation>Rien n’a été écrit&#xa0;: les séries de la cohorte %1 n’ont pas pu être créées (%2).</translation>
    </message>
    <message>
        <source>The series %1 could not be undone: %2</source>
        <translation>La série %1 n’a pas pu être annulée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Plan the week of %1</source>
        <translation>Planifier la semaine du %1</translation>
    </message>
    <message>
        <source>The series were made but could not be put on the undo stack: %1</source>
        <translation>Les séries ont été créées mais n’ont pas pu être mises dans l’historique d’annulation&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>parcours::ui::PrivacyActions</name>
    <message>
        <source>Re&amp;tention of personal data…</source>
        <translation>&amp;Durée de conservation des données…</translation>
    </message>
    <message>
        <source>List and erase the people whose programme ended long ago (GDPR)</source>
        <translation>Lister et effacer les personnes dont le parcours s&apos;est terminé il y a longtemps (RGPD)</translation>
    </message>
    <message>
        <source>Erase this person…</source>
        <translation>Effacer cette personne…</translation>
    </message>
    <message>
        <source>Erase the person chosen and everything that refers to them, for good (GDPR)</source>
        <translation>Effacer la personne choisie et tout ce qui s&apos;y rapporte, définitivement (RGPD)</translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation>bénévole</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>participant·e</translation>
    </message>
    <message>
        <source>Erased %1 (%2) with everything that referred to them</source>
        <translation>%1 (%2) effacé·e avec tout ce qui s&apos;y rapportait</translation>
    </message>
    <message numerus="yes">
        <source>Erased %n person(s) whose data had been kept long enough</source>
        <translation>
            <numerusform>%n personne effacée dont les données avaient été gardées assez longtemps</numerusform>
            <numerusform>%n personnes effacées dont les données avaient été gardées assez longtemps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parcours::ui::RecordForm</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Start a new record (Ctrl+N)</source>
        <translation>Commencer une nouvelle fiche (Ctrl+N)</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+S); Edit &gt; Undo takes them back</source>
        <translation>Enregistrer les modifications (Ctrl+S)&#xa0;; Édition &gt; Annuler les reprend</translation>
    </message>
    <message>
        <source>Delete this record (Del in the list); Edit &gt; Undo brings it back</source>
        <translation>Supprimer cette fiche (Suppr dans la liste)&#xa0;; Édition &gt; Annuler la rétablit</translation>
    </message>
    <message>
        <source>Parcours</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>The changes cannot be saved as they are. Drop them?</source>
        <translation>Les modifications ne peuvent pas être enregistrées telles quelles. Les abandonner&#xa0;?</translation>
    </message>
    <message>
        <source>Drop the changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Choose a row of the list to see it here, or New to add one.</source>
        <translation>Choisissez une ligne de la liste pour l&apos;afficher ici, ou cliquez sur Nouveau pour en ajouter une.</translation>
    </message>
</context>
<context>
    <name>parcours::ui::ReportSettingsDialog</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Report settings</source>
        <translation>Réglages des rapports</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Nom de l’organisation</translation>
    </message>
    <message>
        <source>Printed at the top of every document</source>
        <translation>Imprimé en tête de chaque document</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>A PNG or JPEG image of up to %1 KiB</source>
        <translation>Une image PNG ou JPEG de %1&#xa0;Kio au plus</translation>
    </message>
    <message>
        <source>Small-count threshold</source>
        <translation>Seuil des petits effectifs</translation>
    </message>
    <message>
        <source>In the review pack, a count below this number is left out, so that nobody can be recognised in a small group.</source>
        <translation>Dans le dossier de bilan, un effectif inférieur à ce nombre n’est pas publié, pour que personne ne puisse être reconnu dans un petit groupe.</translation>
    </message>
    <message>
        <source> %</source>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source>Attendance alert below this rate</source>
        <translation>Alerte d’assiduité sous ce taux</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semaines</translation>
    </message>
    <message>
        <source>Check-in follow-up after this many weeks</source>
        <translation>Relance après ce nombre de semaines sans rencontre de suivi</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Small-count threshold:</source>
        <translation>&amp;Seuil des petits effectifs&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Attendance alert below:</source>
        <translation>&amp;Alerte d’assiduité sous&#xa0;:</translation>
    </message>
    <message>
        <source>Check-in &amp;follow-up after:</source>
        <translation>&amp;Relance sans rencontre après&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Pas de logo</translation>
    </message>
    <message>
        <source>%1 cannot be used as the logo: it cannot be read (%2).</source>
        <translation>%1 ne peut pas servir de logo&#xa0;: le fichier ne peut pas être lu (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be used as the logo: it is %2 KiB, larger than the %3 KiB allowed. Save a smaller image.</source>
        <translation>%1 ne peut pas servir de logo&#xa0;: il fait %2&#xa0;Kio, plus que les %3&#xa0;Kio permis. Enregistrez une image plus petite.</translation>
    </message>
    <message>
        <source>%1 cannot be used as the logo: it is not a PNG or JPEG image.</source>
        <translation>%1 ne peut pas servir de logo&#xa0;: ce n’est pas une image PNG ou JPEG.</translation>
    </message>
</context>
<context>
    <name>parcours::ui::ReportsPage</name>
    <message>
        <source>&amp;Cohort report</source>
        <translation>Rapport de &amp;cohorte</translation>
    </message>
    <message>
        <source>Review &amp;pack of a period</source>
        <translation>Dossier de bilan d’une &amp;période</translation>
    </message>
    <message>
        <source>Add an annex with participants&apos; &amp;names</source>
        <translation>Ajouter l’annexe des &amp;noms</translation>
    </message>
    <message>
        <source>Export the review pac&amp;k…</source>
        <translation>Exporter le dossier de &amp;bilan…</translation>
    </message>
    <message>
        <source>Report &amp;settings…</source>
        <translation>&amp;Réglages des rapports…</translation>
    </message>
    <message>
        <source>Re&amp;port settings…</source>
        <translation>Ré&amp;glages des rapports…</translation>
    </message>
    <message>
        <source>Preview of the report</source>
        <translation>Aperçu du rapport</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>One cohort&apos;s figures, charts and data quality, for the team and the partners</source>
        <translation>Les chiffres, graphiques et la qualité des données d’une cohorte, pour l’équipe et les partenaires</translation>
    </message>
    <message>
        <source>For the funder: a summary of the cohorts that ended in the period and CSV files without names</source>
        <translation>Pour le financeur&#xa0;: une synthèse des cohortes terminées dans la période et des fichiers CSV sans noms</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>The annex lists participants by name: the PDF then holds personal data. Keep it in the office; never send it to the funder or a partner.</source>
        <translation>L’annexe nomme les participant·e·s&#xa0;: le PDF contient alors des données personnelles. Gardez-le au bureau&#xa0;; ne l’envoyez jamais au financeur ni à un partenaire.</translation>
    </message>
    <message>
        <source>C&amp;ohort:</source>
        <translation>C&amp;ohorte&#xa0;:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Jus&amp;qu’au&#xa0;:</translation>
    </message>
    <message>
        <source>The cohorts that ended in the period. The pack holds no name; counts below the small-count threshold are left out.</source>
        <translation>Les cohortes terminées dans la période. Le dossier ne contient aucun nom&#xa0;; les effectifs sous le seuil des petits effectifs ne sont pas publiés.</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A folder with the summary PDF, the CSV files and a README.txt describing every column</source>
        <translation>Un dossier avec la synthèse en PDF, les fichiers CSV et un README.txt qui décrit chaque colonne</translation>
    </message>
    <message>
        <source>Organisation name and logo, small-count threshold, alert thresholds</source>
        <translation>Nom et logo de l’organisation, seuil des petits effectifs, seuils d’alerte</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>&amp;Toute la largeur</translation>
    </message>
    <message>
        <source>Fit the page&apos;s width</source>
        <translation>Ajuster à la largeur de la page</translation>
    </message>
    <message>
        <source>Whole pa&amp;ge</source>
        <translation>Pa&amp;ge entière</translation>
    </message>
    <message>
        <source>Show whole pages</source>
        <translation>Afficher les pages entières</translation>
    </message>
    <message>
        <source>E&amp;xport the report as PDF…</source>
        <translation>E&amp;xporter le rapport en PDF…</translation>
    </message>
    <message>
        <source>E&amp;xport the summary as PDF…</source>
        <translation>E&amp;xporter la synthèse en PDF…</translation>
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
        <translation>Ouvrez un fichier pour en faire les rapports.</translation>
    </message>
    <message>
        <source>No cohort yet: create one on the Cohorts page.</source>
        <translation>Pas encore de cohorte&#xa0;: créez-en une dans la page Cohortes.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La période finit avant de commencer.</translation>
    </message>
    <message>
        <source>The report cannot be shown: %1</source>
        <translation>Le rapport ne peut pas être affiché&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Annulé&#xa0;: rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The report could not be written.</source>
        <translation>Le rapport n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>report-%1-with-names.pdf</source>
        <extracomment>File names: the cohort&apos;s ref; the period&apos;s first and last days (ISO dates)</extracomment>
        <translation>rapport-%1-avec-noms.pdf</translation>
    </message>
    <message>
        <source>report-%1.pdf</source>
        <translation>rapport-%1.pdf</translation>
    </message>
    <message>
        <source>review-summary-%1-%2.pdf</source>
        <translation>synthese-bilan-%1-%2.pdf</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>Rapport enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose where to put the review pack</source>
        <translation>Choisir où mettre le dossier de bilan</translation>
    </message>
    <message>
        <source>review-pack-%1-%2</source>
        <extracomment>A folder name: the period&apos;s first and last days (ISO dates)</extracomment>
        <translation>dossier-bilan-%1-%2</translation>
    </message>
    <message>
        <source>Writing the review pack…</source>
        <translation>Écriture du dossier de bilan…</translation>
    </message>
    <message>
        <source>Review pack saved in %1</source>
        <translation>Dossier de bilan enregistré dans %1</translation>
    </message>
    <message>
        <source>Report settings saved.</source>
        <translation>Réglages des rapports enregistrés.</translation>
    </message>
</context>
<context>
    <name>parcours::ui::RestoreBackupDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Choose the backup to put in place of “%1”. The file as it is now is first kept as a backup too, so nothing is lost.

Backups are kept in the folder “%2”.</source>
        <translation>Choisissez la sauvegarde à remettre à la place de «&#xa0;%1&#xa0;». Le fichier tel qu&apos;il est maintenant est d&apos;abord gardé lui aussi en sauvegarde&#xa0;: rien n&apos;est perdu.

Les sauvegardes sont gardées dans le dossier «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Kept before a restore</source>
        <translation>Gardée avant une restauration</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Sauvegarde du jour</translation>
    </message>
    <message>
        <source>There is no backup of this file yet. Parcours makes one each day the file is opened for changes.</source>
        <translation>Il n&apos;y a encore aucune sauvegarde de ce fichier. Parcours en fait une chaque jour où le fichier est ouvert pour être modifié.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
</context>
<context>
    <name>parcours::ui::RetentionDialog</name>
    <message>
        <source>Retention of personal data</source>
        <translation>Durée de conservation des données personnelles</translation>
    </message>
    <message>
        <source>Personal data is kept no longer than needed. The CNIL suggests 2 years after the end of the support for social support. Listed here: participants whose last programme ended, and volunteers whose availability ended, more than the period below.</source>
        <translation>Les données personnelles ne sont pas gardées plus longtemps que nécessaire. La CNIL suggère 2 ans après la fin de l&apos;accompagnement social. Listé·e·s ici&#xa0;: les participant·e·s dont le dernier parcours s&apos;est terminé, et les bénévoles dont la disponibilité a pris fin, il y a plus que la durée ci-dessous.</translation>
    </message>
    <message>
        <source> year(s)</source>
        <translation> an(s)</translation>
    </message>
    <message>
        <source>Retention period in years</source>
        <translation>Durée de conservation en années</translation>
    </message>
    <message>
        <source>&amp;Keep data for</source>
        <translation>&amp;Conserver les données</translation>
    </message>
    <message>
        <source>People whose data has been kept long enough</source>
        <translation>Personnes dont les données ont été gardées assez longtemps</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Fin le</translation>
    </message>
    <message>
        <source>I understand that erasing them is final</source>
        <translation>Je comprends que leur effacement est définitif</translation>
    </message>
    <message>
        <source>Also remove the backup copies that still hold their data (a new backup is made at once)</source>
        <translation>Supprimer aussi les copies de sauvegarde qui contiennent encore leurs données (une nouvelle sauvegarde est faite aussitôt)</translation>
    </message>
    <message>
        <source>&amp;Erase them</source>
        <translation>&amp;Les effacer</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Bénévole</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant·e</translation>
    </message>
    <message>
        <source>The list cannot be read: %1</source>
        <translation>Impossible de lire la liste&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Nobody&apos;s data has been kept longer than %n year(s).</source>
        <translation>
            <numerusform>Aucune donnée n&apos;a été gardée plus de %n an.</numerusform>
            <numerusform>Aucune donnée n&apos;a été gardée plus de %n ans.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) to erase, with everything that refers to them.</source>
        <translation>
            <numerusform>%n personne à effacer, avec tout ce qui s&apos;y rapporte.</numerusform>
            <numerusform>%n personnes à effacer, avec tout ce qui s&apos;y rapporte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parcours::ui::RoomForm</name>
    <message>
        <source>Not given</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>How many people the room seats</source>
        <translation>Combien de personnes la salle peut accueillir assises</translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>S&amp;eats</source>
        <translation>&amp;Places</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>Nouvelle salle</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>No&amp;m</translation>
    </message>
    <message>
        <source>Si&amp;te</source>
        <translation>S&amp;ite</translation>
    </message>
</context>
<context>
    <name>parcours::ui::RoomTableModel</name>
    <message>
        <source>Ref.</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Places</translation>
    </message>
</context>
<context>
    <name>parcours::ui::SeriesDialog</name>
    <message>
        <source>New series</source>
        <translation>Nouvelle série</translation>
    </message>
    <message>
        <source>C&amp;ohort</source>
        <translation>C&amp;ohorte</translation>
    </message>
    <message>
        <source>&amp;Module</source>
        <translation>&amp;Module</translation>
    </message>
    <message>
        <source>Da&amp;ys</source>
        <translation>&amp;Jours</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>&amp;Times</source>
        <translation>&amp;Horaires</translation>
    </message>
    <message>
        <source>(no trainer)</source>
        <translation>(sans intervenant·e)</translation>
    </message>
    <message>
        <source>T&amp;rainer</source>
        <translation>Inte&amp;rvenant·e</translation>
    </message>
    <message>
        <source>(no room)</source>
        <translation>(sans salle)</translation>
    </message>
    <message>
        <source>Roo&amp;m</source>
        <translation>Sa&amp;lle</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>T&amp;itre</translation>
    </message>
    <message>
        <source>&amp;Weeks of the cohort</source>
        <translation>&amp;Semaines de la cohorte</translation>
    </message>
    <message>
        <source>First week</source>
        <translation>Première semaine</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Dernière semaine</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Dates</translation>
    </message>
    <message>
        <source>First date</source>
        <translation>Première date</translation>
    </message>
    <message>
        <source>Last date</source>
        <translation>Dernière date</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Days skipped</source>
        <translation>Jours sautés</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2, %n week(s)</source>
        <extracomment>%1 and %2 the cohort&apos;s first and last days, %3 its number of weeks</extracomment>
        <translation>
            <numerusform>Du %1 au %2, %n semaine</numerusform>
            <numerusform>Du %1 au %2, %n semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>This cohort has no start or end date yet.</source>
        <translation>Cette cohorte n&apos;a pas encore de date de début ou de fin.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 a date (&quot;Monday 21 April 2025&quot;), %2 why (&quot;Easter Monday&quot;, &quot;Office closed: move&quot;)</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Choose a cohort.</source>
        <translation>Choisissez une cohorte.</translation>
    </message>
    <message>
        <source>Tick at least one day of the week.</source>
        <translation>Cochez au moins un jour de la semaine.</translation>
    </message>
    <message>
        <source>The sessions must end after they start.</source>
        <translation>Les séances doivent finir après leur début.</translation>
    </message>
    <message>
        <source>Give the cohort its start and end dates first.</source>
        <translation>Donnez d&apos;abord à la cohorte ses dates de début et de fin.</translation>
    </message>
    <message>
        <source>The last week must not come before the first.</source>
        <translation>La dernière semaine ne doit pas précéder la première.</translation>
    </message>
    <message>
        <source>The last date must not come before the first.</source>
        <translation>La dernière date ne doit pas précéder la première.</translation>
    </message>
    <message>
        <source>The dates must be inside the cohort&apos;s, from %1 to %2.</source>
        <translation>Les dates doivent rester dans celles de la cohorte, du %1 au %2.</translation>
    </message>
    <message>
        <source>Every day of this period is closed: the series would make no session.</source>
        <translation>Tous les jours de cette période sont fermés&#xa0;: la série ne créerait aucune séance.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s), from %1 to %2.</source>
        <extracomment>%1 and %2 the first and last sessions&apos; dates</extracomment>
        <translation>
            <numerusform>%n séance, du %1 au %2.</numerusform>
            <numerusform>%n séances, du %1 au %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>No day skipped.</source>
        <translation>Aucun jour sauté.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) skipped:</source>
        <translation>
            <numerusform>%n jour sauté&#xa0;:</numerusform>
            <numerusform>%n jours sautés&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parcours::ui::SessionDialog</name>
    <message>
        <source>Session %1</source>
        <translation>Séance %1</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Module&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <source>(no trainer)</source>
        <translation>(sans formateur)</translation>
    </message>
    <message>
        <source>&amp;Trainer:</source>
        <translation>&amp;Formateur·rice&#xa0;:</translation>
    </message>
    <message>
        <source>(no room)</source>
        <translation>(sans salle)</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Salle&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <source>This session belongs to the series %1. Change:</source>
        <translation>Cette séance fait partie de la série %1. Modifier&#xa0;:</translation>
    </message>
    <message>
        <source>This session &amp;only</source>
        <translation>Cette séance &amp;seulement</translation>
    </message>
    <message>
        <source>This session and the &amp;following ones</source>
        <translation>Cette séance et les &amp;suivantes</translation>
    </message>
    <message>
        <source>&amp;All the sessions of the series</source>
        <translation>&amp;Toutes les séances de la série</translation>
    </message>
    <message>
        <source>The session must end after it starts.</source>
        <translation>La séance doit finir après son début.</translation>
    </message>
</context>
<context>
    <name>parcours::ui::SiteForm</name>
    <message>
        <source>The office closes for lunch</source>
        <translation>Les locaux ferment à midi</translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;Ville</translation>
    </message>
    <message>
        <source>&amp;Opens at</source>
        <translation>&amp;Ouvre à</translation>
    </message>
    <message>
        <source>C&amp;loses at</source>
        <translation>Fe&amp;rme à</translation>
    </message>
    <message>
        <source>Lunch &amp;break</source>
        <translation>Pause &amp;déjeuner</translation>
    </message>
    <message>
        <source>Lunch &amp;from</source>
        <translation>Début de la &amp;pause</translation>
    </message>
    <message>
        <source>Lunch &amp;until</source>
        <translation>&amp;Fin de la pause</translation>
    </message>
    <message>
        <source>New site</source>
        <translation>Nouveau site</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>No&amp;m</translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation>&amp;Adresse</translation>
    </message>
</context>
<context>
    <name>parcours::ui::SiteTableModel</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Heures d&apos;ouverture</translation>
    </message>
    <message>
        <source>Lunch break</source>
        <translation>Pause déjeuner</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salles</translation>
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
            <numerusform>Affichage&#xa0;: %1 sur %n site</numerusform>
            <numerusform>Affichage&#xa0;: %1 sur %n sites</numerusform>
        </translation>
    </message>
    <message>
        <source>This file has no sites yet. Use New to add the places where cohorts meet.</source>
        <translation>Ce fichier ne contient encore aucun site. Cliquez sur Nouveau pour ajouter les lieux où se réunissent les cohortes.</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salles</translation>
    </message>
    <message>
        <source>Choose a site to see its rooms.</source>
        <translation>Choisissez un site pour voir ses salles.</translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) at this site</source>
        <translation>
            <numerusform>%n salle sur ce site</numerusform>
            <numerusform>%n salles sur ce site</numerusform>
        </translation>
    </message>
    <message>
        <source>No site has rooms yet. Choose a site, then use New under Rooms.</source>
        <translation>Aucun site n&apos;a encore de salle. Choisissez un site, puis cliquez sur Nouveau sous Salles.</translation>
    </message>
    <message>
        <source>Rooms of %1</source>
        <translation>Salles du site %1</translation>
    </message>
</context>
<context>
    <name>parcours::ui::SubjectAccessAction</name>
    <message>
        <source>Export this person&apos;s data…</source>
        <translation>Exporter les données de cette personne…</translation>
    </message>
    <message>
        <source>Subject access…</source>
        <translation>Accès RGPD…</translation>
    </message>
    <message>
        <source>Everything the file holds on the person selected, as a PDF and CSV files, for their request of access (GDPR)</source>
        <translation>Tout ce que le fichier contient sur la personne choisie, en PDF et en fichiers CSV, pour sa demande d&apos;accès (RGPD)</translation>
    </message>
    <message>
        <source>Export this person&apos;s data</source>
        <translation>Exporter les données de cette personne</translation>
    </message>
    <message>
        <source>Could not export this person&apos;s data.</source>
        <translation>Impossible d&apos;exporter les données de cette personne.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 and %n CSV file(s) in %2. They hold personal data: hand them to the person only.</source>
        <translation>
            <numerusform>%1 et %n fichier CSV écrits dans %2. Ils contiennent des données personnelles&#xa0;: ne les remettez qu&apos;à la personne.</numerusform>
            <numerusform>%1 et %n fichiers CSV écrits dans %2. Ils contiennent des données personnelles&#xa0;: ne les remettez qu&apos;à la personne.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parcours::ui::SubjectAccessDialog</name>
    <message>
        <source>Export this person&apos;s data</source>
        <translation>Exporter les données de cette personne</translation>
    </message>
    <message>
        <source>Writes everything the file holds on %1, for their request of access (GDPR): a PDF they can read and a folder of CSV files. The other people of the file (their mentor and coach, the participants a volunteer accompanies) are not named. Hand it to the person only.</source>
        <translation>Écrit tout ce que le fichier contient sur %1, pour sa demande d&apos;accès (RGPD)&#xa0;: un PDF qu&apos;elle peut lire et un dossier de fichiers CSV. Les autres personnes du fichier (son mentor et son coach, les participant·es qu&apos;un·e bénévole accompagne) n&apos;y sont pas nommées. À ne remettre qu&apos;à la personne.</translation>
    </message>
    <message>
        <source>Folder to write into</source>
        <translation>Dossier où écrire</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Language of the PDF</source>
        <translation>Langue du PDF</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>&amp;Language of the PDF</source>
        <translation>&amp;Langue du PDF</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
</context>
<context>
    <name>parcours::ui::SuggestPairingsDialog</name>
    <message>
        <source>Suggested mentors for “%1”</source>
        <translation>Mentors suggérés pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Suggested coaches for “%1”</source>
        <translation>Coachs suggérés pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Parcours pairs as many participants as the mentors&apos; capacity allows and, among those pairings, the ones with the highest total score. Uncheck the ones you do not want.</source>
        <translation>Parcours associe autant de participant·es que la capacité des mentors le permet et, parmi ces binômes, ceux dont le score total est le plus élevé. Décochez ceux que vous ne voulez pas.</translation>
    </message>
    <message>
        <source>Parcours pairs as many participants as the coaches&apos; capacity allows and, among those pairings, the ones with the highest total score. Uncheck the ones you do not want.</source>
        <translation>Parcours associe autant de participant·es que la capacité des coachs le permet et, parmi ces binômes, ceux dont le score total est le plus élevé. Décochez ceux que vous ne voulez pas.</translation>
    </message>
    <message>
        <source>Proposed pairings</source>
        <translation>Binômes proposés</translation>
    </message>
    <message>
        <source>Participant and volunteer</source>
        <translation>Participant·e et bénévole</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Intégration</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 avec %2</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>No criterion met: the only volunteer with room left</source>
        <translation>Aucun critère rempli&#xa0;: le seul bénévole qui a encore de la place</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message numerus="yes">
        <source>No mentor with room left for %n participant(s): %1.</source>
        <translation>
            <numerusform>Aucun mentor avec de la place pour %n participant·e&#xa0;: %1.</numerusform>
            <numerusform>Aucun mentor avec de la place pour %n participant·es&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No coach with room left for %n participant(s): %1.</source>
        <translation>
            <numerusform>Aucun coach avec de la place pour %n participant·e&#xa0;: %1.</numerusform>
            <numerusform>Aucun coach avec de la place pour %n participant·es&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check &amp;all</source>
        <translation>&amp;Tout cocher</translation>
    </message>
    <message>
        <source>Check &amp;none</source>
        <translation>Tout &amp;décocher</translation>
    </message>
    <message>
        <source>A&amp;ccept the pairings checked</source>
        <translation>A&amp;ccepter les binômes cochés</translation>
    </message>
    <message>
        <source>No proposal: everyone is paired in this role, or no volunteer has room left.</source>
        <translation>Aucune proposition&#xa0;: tout le monde a un binôme dans ce rôle, ou aucun bénévole n&apos;a de place.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n proposal(s) checked</source>
        <translation>
            <numerusform>%1 cochée(s) sur %n proposition</numerusform>
            <numerusform>%1 cochée(s) sur %n propositions</numerusform>
        </translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Pas prêt</translation>
    </message>
    <message>
        <source>Onboarding not finished, missing: %1</source>
        <translation>Intégration pas terminée, manque&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>parcours::ui::TablePage</name>
    <message>
        <source>Search…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>CSV file…</source>
        <translation>Fichier CSV…</translation>
    </message>
    <message>
        <source>CSV file for Excel…</source>
        <translation>Fichier CSV pour Excel…</translation>
    </message>
    <message>
        <source>Search the list</source>
        <translation>Rechercher dans la liste</translation>
    </message>
    <message>
        <source>Shows the rows holding every word typed, in any column; accents and capitals do not matter (Ctrl+F)</source>
        <translation>Affiche les lignes qui contiennent tous les mots tapés, dans n&apos;importe quelle colonne&#xa0;; accents et majuscules sont ignorés (Ctrl+F)</translation>
    </message>
    <message>
        <source>Save the rows shown to a file</source>
        <translation>Enregistrer les lignes affichées dans un fichier</translation>
    </message>
    <message>
        <source>UTF-8, commas: for other programs</source>
        <translation>UTF-8, virgules&#xa0;: pour d&apos;autres logiciels</translation>
    </message>
    <message>
        <source>Semicolons and a byte-order mark: opens as is in French Excel</source>
        <translation>Points-virgules et indicateur d&apos;ordre des octets&#xa0;: s&apos;ouvre tel quel dans Excel en français</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Export the rows shown</source>
        <translation>Exporter les lignes affichées</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The list could not be exported to “%1”. Check that the folder exists and that you are allowed to write in it.</source>
        <translation>La liste n&apos;a pas pu être exportée dans «&#xa0;%1&#xa0;». Vérifiez que le dossier existe et que vous avez le droit d&apos;y écrire.</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>Exporter la liste</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a filter&apos;s caption</comment>
        <translation>%1&#xa0;:</translation>
    </message>
</context>
<context>
    <name>parcours::ui::TimetablePage</name>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formateur·rice</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Show the timetable of</source>
        <translation>Afficher l&apos;emploi du temps de</translation>
    </message>
    <message>
        <source>Cohort, trainer or room shown</source>
        <translation>Cohorte, formateur·rice ou salle affichée</translation>
    </message>
    <message>
        <source>&amp;Previous week</source>
        <translation>Semaine &amp;précédente</translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation>Cette &amp;semaine</translation>
    </message>
    <message>
        <source>&amp;Next week</source>
        <translation>Semaine s&amp;uivante</translation>
    </message>
    <message>
        <source>Mark past sessions &amp;held…</source>
        <translation>Marquer les séances passées &amp;tenues…</translation>
    </message>
    <message>
        <source>Marks held every planned session that has already ended</source>
        <translation>Marque tenue chaque séance prévue déjà terminée</translation>
    </message>
    <message>
        <source>Week shown</source>
        <translation>Semaine affichée</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Cancel this session</source>
        <translation>&amp;Annuler cette séance</translation>
    </message>
    <message>
        <source>Mark &amp;held</source>
        <translation>Marquer &amp;tenue</translation>
    </message>
    <message>
        <source>C&amp;opy to next week</source>
        <translation>C&amp;opier à la semaine suivante</translation>
    </message>
    <message>
        <source>Hours of the week against the targets</source>
        <translation>Heures de la semaine face aux objectifs</translation>
    </message>
    <message>
        <source>Hours this &amp;week</source>
        <translation>Heures de la &amp;semaine</translation>
    </message>
    <message>
        <source>The timetable could not be read.</source>
        <translation>L&apos;emploi du temps n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>Week %1 · %2</source>
        <extracomment>%1 the ISO week number, %2 its days (&quot;17-21 March 2025&quot;)</extracomment>
        <translation>Semaine %1 · %2</translation>
    </message>
    <message>
        <source>Off target this week</source>
        <translation>Hors objectif cette semaine</translation>
    </message>
    <message>
        <source>off target</source>
        <translation>hors objectif</translation>
    </message>
    <message>
        <source>(week cut by the cohort&apos;s dates: no target)</source>
        <translation>(semaine coupée par les dates de la cohorte&#xa0;: pas d&apos;objectif)</translation>
    </message>
    <message>
        <source>Choose a cohort, a trainer or a room.</source>
        <translation>Choisissez une cohorte, un formateur ou une formatrice, ou une salle.</translation>
    </message>
    <message>
        <source>No session this week.</source>
        <translation>Aucune séance cette semaine.</translation>
    </message>
    <message>
        <source>The timetable could not be changed.</source>
        <translation>L&apos;emploi du temps n&apos;a pas pu être modifié.</translation>
    </message>
    <message>
        <source>Session of a series</source>
        <translation>Séance d&apos;une série</translation>
    </message>
    <message>
        <source>This session belongs to the series %1. Change only this session, this one and the following ones, or every session of the series?</source>
        <translation>Cette séance fait partie de la série %1. Modifier seulement cette séance, celle-ci et les suivantes, ou toutes les séances de la série&#xa0;?</translation>
    </message>
    <message>
        <source>This &amp;one</source>
        <translation>&amp;Celle-ci</translation>
    </message>
    <message>
        <source>&amp;Following</source>
        <translation>Les &amp;suivantes</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Toutes</translation>
    </message>
    <message>
        <source>Move session %1</source>
        <translation>Déplacer la séance %1</translation>
    </message>
    <message>
        <source>Edit session %1</source>
        <translation>Modifier la séance %1</translation>
    </message>
    <message>
        <source>Cancel session %1</source>
        <translation>Annuler la séance %1</translation>
    </message>
    <message>
        <source>Mark session %1 held</source>
        <translation>Marquer la séance %1 tenue</translation>
    </message>
    <message>
        <source>Copy session %1 to next week</source>
        <translation>Copier la séance %1 à la semaine suivante</translation>
    </message>
    <message>
        <source>Mark held every planned session of every cohort that has already ended?</source>
        <translation>Marquer tenue chaque séance prévue de toutes les cohortes déjà terminée&#xa0;?</translation>
    </message>
    <message>
        <source>Mark held every planned session of %1 that has already ended?</source>
        <translation>Marquer tenue chaque séance prévue de %1 déjà terminée&#xa0;?</translation>
    </message>
    <message>
        <source>Mark past sessions held</source>
        <translation>Marquer les séances passées tenues</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) marked held.</source>
        <translation>
            <numerusform>%n séance marquée tenue.</numerusform>
            <numerusform>%n séances marquées tenues.</numerusform>
        </translation>
    </message>
    <message>
        <source>New &amp;series…</source>
        <translation>Nouvelle &amp;série…</translation>
    </message>
    <message>
        <source>Makes the sessions of a weekly rule, skipping public holidays and office closures</source>
        <translation>Crée les séances d&apos;une règle hebdomadaire, en sautant les jours fériés et les fermetures de l&apos;association</translation>
    </message>
    <message>
        <source>C&amp;losures…</source>
        <translation>Fe&amp;rmetures…</translation>
    </message>
    <message>
        <source>The days when the office is closed, which new series skip</source>
        <translation>Les jours de fermeture de l&apos;association, que les nouvelles séries sautent</translation>
    </message>
    <message>
        <source>Add a cohort first: a series belongs to a cohort.</source>
        <translation>Ajoutez d&apos;abord une cohorte&#xa0;: une série appartient à une cohorte.</translation>
    </message>
    <message>
        <source>New series %1</source>
        <translation>Nouvelle série %1</translation>
    </message>
    <message numerus="yes">
        <source>Series %1: %n session(s) made.</source>
        <translation>
            <numerusform>Série %1&#xa0;: %n séance créée.</numerusform>
            <numerusform>Série %1&#xa0;: %n séances créées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) skipped:</source>
        <translation>
            <numerusform>%n jour sauté&#xa0;:</numerusform>
            <numerusform>%n jours sautés&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>New series</source>
        <translation>Nouvelle série</translation>
    </message>
    <message>
        <source>The office closures could not be read.</source>
        <translation>Les fermetures de l&apos;association n&apos;ont pas pu être lues.</translation>
    </message>
    <message>
        <source>Office closures</source>
        <translation>Fermetures de l&apos;association</translation>
    </message>
    <message>
        <source>Plan the wee&amp;k…</source>
        <translation>Planifier la se&amp;maine…</translation>
    </message>
    <message>
        <source>Proposes a week for chosen cohorts (or a site&apos;s) that meets every rule, then makes it weekly series</source>
        <translation>Propose pour les cohortes choisies (ou celles d’un site) une semaine qui respecte toutes les règles, puis en fait des séries hebdomadaires</translation>
    </message>
    <message numerus="yes">
        <source>Week planned: %1 series made, %n session(s).</source>
        <translation>
            <numerusform>Semaine planifiée&#xa0;: %1 série(s) créée(s), %n séance.</numerusform>
            <numerusform>Semaine planifiée&#xa0;: %1 série(s) créée(s), %n séances.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan the week</source>
        <translation>Planifier la semaine</translation>
    </message>
</context>
<context>
    <name>parcours::ui::TrainerForm</name>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>06 12 34 56 78</source>
        <translation>06 12 34 56 78</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nom@exemple.org</translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>E-ma&amp;il</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Télép&amp;hone</translation>
    </message>
    <message>
        <source>Max. &amp;hours a week</source>
        <translation>Heures par semaine, ma&amp;x.</translation>
    </message>
    <message>
        <source>New trainer</source>
        <translation>Nouvel·le intervenant·e</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>N&amp;om</translation>
    </message>
    <message>
        <source>Mod&amp;ules taught</source>
        <translation>&amp;Modules enseignés</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation>Modi&amp;fier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Times unavailable</source>
        <translation>Indisponibilités</translation>
    </message>
    <message>
        <source>Add a day and time when this trainer cannot teach</source>
        <translation>Ajouter un jour et des heures où l’intervenant·e ne peut pas enseigner</translation>
    </message>
    <message>
        <source>Change the time selected</source>
        <translation>Modifier l’indisponibilité sélectionnée</translation>
    </message>
    <message>
        <source>Remove the time selected; Edit &gt; Undo brings it back</source>
        <translation>Retirer l’indisponibilité sélectionnée&#xa0;; Édition &gt; Annuler la rétablit</translation>
    </message>
    <message>
        <source>Add a time unavailable</source>
        <translation>Ajouter une indisponibilité</translation>
    </message>
    <message>
        <source>Change the time unavailable selected</source>
        <translation>Modifier l’indisponibilité sélectionnée</translation>
    </message>
    <message>
        <source>Remove the time unavailable selected</source>
        <translation>Retirer l’indisponibilité sélectionnée</translation>
    </message>
    <message>
        <source>Unavaila&amp;ble</source>
        <translation>Indis&amp;ponible</translation>
    </message>
    <message>
        <source>Save the new trainer first, then add the times they cannot teach.</source>
        <translation>Enregistrez d’abord la fiche, puis ajoutez les moments où l’intervenant·e ne peut pas enseigner.</translation>
    </message>
    <message>
        <source>Available every day: no time recorded when this trainer cannot teach.</source>
        <translation>Disponible tous les jours&#xa0;: aucune indisponibilité enregistrée.</translation>
    </message>
</context>
<context>
    <name>parcours::ui::TrainerTableModel</name>
    <message>
        <source>The most hours this trainer teaches in a week</source>
        <translation>Le nombre maximal d&apos;heures que cette personne enseigne par semaine</translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Max. hours a week</source>
        <translation>Heures max. par semaine</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
</context>
<context>
    <name>parcours::ui::UnavailabilityDialog</name>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Change a time away</source>
        <translation>Modifier une indisponibilité</translation>
    </message>
    <message>
        <source>Add a time away</source>
        <translation>Ajouter une indisponibilité</translation>
    </message>
    <message>
        <source>When %1 cannot teach: every week, or only between two dates (holidays, a training course).</source>
        <translation>Quand %1 ne peut pas enseigner&#xa0;: chaque semaine, ou seulement entre deux dates (congés, formation suivie).</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Only from a date</source>
        <translation>Seulement à partir d’une date</translation>
    </message>
    <message>
        <source>Tick when the period starts on a date; unticked, it has always held</source>
        <translation>Cocher si la période commence à une date&#xa0;; décoché, elle vaut depuis toujours</translation>
    </message>
    <message>
        <source>Only until a date</source>
        <translation>Seulement jusqu’à une date</translation>
    </message>
    <message>
        <source>Tick when the period ends on a date; unticked, it holds on</source>
        <translation>Cocher si la période s’arrête à une date&#xa0;; décoché, elle continue</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>D&amp;u</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>This trainer is already away at exactly that time.</source>
        <translation>Cette indisponibilité figure déjà dans la liste.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>parcours::ui::VolunteerForm</name>
    <message>
        <source>How many participants this volunteer can follow at the same time</source>
        <translation>Combien de participant·e·s ce ou cette bénévole peut suivre en même temps</translation>
    </message>
    <message>
        <source>fa, en</source>
        <translation>fa, en</translation>
    </message>
    <message>
        <source>06 12 34 56 78</source>
        <translation>06 12 34 56 78</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nom@exemple.org</translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>No&amp;m</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>E-ma&amp;il</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Télép&amp;hone</translation>
    </message>
    <message>
        <source>E&amp;mployer</source>
        <translation>Emplo&amp;yeur</translation>
    </message>
    <message>
        <source>New volunteer</source>
        <translation>Nouveau ou nouvelle bénévole</translation>
    </message>
    <message>
        <source>Profess&amp;ion</source>
        <translation>Pro&amp;fession</translation>
    </message>
    <message>
        <source>Sc&amp;hool or university</source>
        <translation>École ou &amp;université</translation>
    </message>
    <message>
        <source>Se&amp;ctor</source>
        <translation>Sec&amp;teur</translation>
    </message>
    <message>
        <source>Lang&amp;uages</source>
        <translation>&amp;Langues</translation>
    </message>
    <message>
        <source>Max. p&amp;articipants</source>
        <translation>Participant·e·s &amp;au plus</translation>
    </message>
    <message>
        <source>Availa&amp;ble from</source>
        <translation>&amp;Disponible à partir du</translation>
    </message>
    <message>
        <source>Available un&amp;til</source>
        <translation>Disponible &amp;jusqu&apos;au</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Charter si&amp;gned on</source>
        <translation>Charte si&amp;gnée le</translation>
    </message>
    <message>
        <source>The day the volunteer attended the training; empty until then</source>
        <translation>Le jour où le ou la bénévole a suivi la formation ; vide jusque-là</translation>
    </message>
    <message>
        <source>The day the volunteer signed the charter; empty until then</source>
        <translation>Le jour où le ou la bénévole a signé la charte ; vide jusque-là</translation>
    </message>
    <message>
        <source>Trai&amp;ning attended on</source>
        <translation>Formatio&amp;n suivie le</translation>
    </message>
</context>
<context>
    <name>parcours::ui::VolunteerTableModel</name>
    <message>
        <source>Student</source>
        <translation>Étudiant·e</translation>
    </message>
    <message>
        <source>How many participants this volunteer can follow at the same time</source>
        <translation>Nombre de participant·e·s que ce ou cette bénévole peut suivre en même temps</translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Employer or school</source>
        <translation>Employeur ou école</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Max. participants</source>
        <translation>Participant·e·s max.</translation>
    </message>
    <message>
        <source>Available from</source>
        <translation>Disponible du</translation>
    </message>
    <message>
        <source>Available until</source>
        <translation>Disponible jusqu&apos;au</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>parcours::ui::WeekGrid</name>
    <message>
        <source>Week grid</source>
        <translation>Grille de la semaine</translation>
    </message>
    <message>
        <source>Page Down and Page Up select the next or previous session; the arrow keys move it by 15 minutes or a day; Shift with Up or Down changes its end; Enter edits it; the menu key shows its actions.</source>
        <translation>Page suivante et Page précédente choisissent la séance suivante ou précédente&#xa0;; les flèches la déplacent de 15 minutes ou d&apos;un jour&#xa0;; Maj avec Haut ou Bas change sa fin&#xa0;; Entrée la modifie&#xa0;; la touche menu montre ses actions.</translation>
    </message>
    <message>
        <source>Trainer: %1</source>
        <translation>Formateur·rice&#xa0;: %1</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Salle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>No session this week</source>
        <translation>Aucune séance cette semaine</translation>
    </message>
</context>
<context>
    <name>parcours::ui::WelcomePage</name>
    <message>
        <source>Create a new file</source>
        <translation>Créer un nouveau fichier</translation>
    </message>
    <message>
        <source>Start an empty file for your programmes.</source>
        <translation>Commencer avec un fichier vide pour vos programmes.</translation>
    </message>
    <message>
        <source>Open a file</source>
        <translation>Ouvrir un fichier</translation>
    </message>
    <message>
        <source>Continue with a Parcours file you already have.</source>
        <translation>Reprendre un fichier Parcours que vous avez déjà.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Essayer la démo</translation>
    </message>
    <message>
        <source>Explore Parcours with invented cohorts, participants and volunteers. Your own files are not touched.</source>
        <translation>Découvrir Parcours avec des cohortes, des participant·e·s et des bénévoles fictifs. Vos propres fichiers ne sont pas modifiés.</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Fichiers récents</translation>
    </message>
    <message>
        <source>Welcome to Parcours</source>
        <translation>Bienvenue dans Parcours</translation>
    </message>
    <message>
        <source>Parcours keeps the cohorts, participants, volunteers, timetables and outcomes of your programmes in one file on this computer.</source>
        <translation>Parcours rassemble les cohortes, les participant·e·s, les bénévoles, les emplois du temps et les sorties de vos programmes dans un seul fichier sur cet ordinateur.</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (dans %2)</translation>
    </message>
</context>
<context>
    <name>parcours::ui::WithdrawDialog</name>
    <message>
        <source>Found a job</source>
        <translation>A trouvé un emploi</translation>
    </message>
    <message>
        <source>Started a training course</source>
        <translation>Est entré·e en formation</translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation>A déménagé</translation>
    </message>
    <message>
        <source>Health reasons</source>
        <translation>Raisons de santé</translation>
    </message>
    <message>
        <source>Family reasons</source>
        <translation>Raisons familiales</translation>
    </message>
    <message>
        <source>Administrative situation</source>
        <translation>Situation administrative</translation>
    </message>
    <message>
        <source>No news</source>
        <translation>Sans nouvelles</translation>
    </message>
    <message>
        <source>Withdraw “%1”</source>
        <translation>Abandon de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” leaves the cohort before its end. The enrolment is kept, marked as a withdrawal.</source>
        <translation>«&#xa0;%1&#xa0;» quitte la cohorte avant la fin. L&apos;inscription est gardée, marquée comme abandon.</translation>
    </message>
    <message>
        <source>Choose or type the reason</source>
        <translation>Choisissez ou tapez le motif</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Date de départ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>French level reached</source>
        <translation>Niveau de français atteint</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Enregistrer l&apos;abandon</translation>
    </message>
    <message>
        <source>Give the reason for leaving.</source>
        <translation>Indiquez le motif du départ.</translation>
    </message>
    <message>
        <source>&amp;Left on</source>
        <translation>&amp;Date de départ</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>French &amp;level reached</source>
        <translation>&amp;Niveau de français atteint</translation>
    </message>
</context>
</TS>
