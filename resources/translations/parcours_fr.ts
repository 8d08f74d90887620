<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Cli</name>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Essayez « %1 --help ».</translation>
    </message>
    <message>
        <source>cannot read or write the file</source>
        <translation>impossible de lire ou d'écrire le fichier</translation>
    </message>
    <message>
        <source>not a Parcours database</source>
        <translation>ce n'est pas une base Parcours</translation>
    </message>
    <message>
        <source>made by a newer version of Parcours; update Parcours to open it</source>
        <translation>créé par une version plus récente de Parcours ; mettez Parcours à jour pour l'ouvrir</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>le fichier est endommagé</translation>
    </message>
    <message>
        <source>the file cannot be written</source>
        <translation>impossible d'écrire dans le fichier</translation>
    </message>
    <message>
        <source>another program is writing to the file; try again later</source>
        <translation>un autre programme écrit dans le fichier ; réessayez plus tard</translation>
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
        <translation>Le fichier de base Parcours (par défaut : %1).</translation>
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
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>Usage: %1 %2 [options]</source>
        <translation>Utilisation : %1 %2 [options]</translation>
    </message>
    <message>
        <source>Create an empty database (never overwrites a file)</source>
        <translation>Créer une base vide (n'écrase jamais un fichier)</translation>
    </message>
    <message>
        <source>Fill an empty database with invented demo data</source>
        <translation>Remplir une base vide de données de démo fictives</translation>
    </message>
    <message>
        <source>Read an exchange folder of CSV files</source>
        <translation>Lire un dossier d'échange de fichiers CSV</translation>
    </message>
    <message>
        <source>Write the database as an exchange folder</source>
        <translation>Écrire la base en dossier d'échange</translation>
    </message>
    <message>
        <source>Read one table of the exchange format from a CSV file</source>
        <translation>Lire une table du format d'échange depuis un fichier CSV</translation>
    </message>
    <message>
        <source>Write one table of the exchange format to a CSV file</source>
        <translation>Écrire une table du format d'échange dans un fichier CSV</translation>
    </message>
    <message>
        <source>Print the indicators of a cohort or of a period</source>
        <translation>Afficher les indicateurs d'une cohorte ou d'une période</translation>
    </message>
    <message>
        <source>Check the integrity of the file and of its data</source>
        <translation>Vérifier l'intégrité du fichier et de ses données</translation>
    </message>
    <message>
        <source>Make a consistent copy, even while Parcours is running</source>
        <translation>Faire une copie cohérente, même pendant que Parcours tourne</translation>
    </message>
    <message>
        <source>Usage: %1 COMMAND [options] [arguments]</source>
        <translation>Utilisation : %1 COMMANDE [options] [arguments]</translation>
    </message>
    <message>
        <source>The command-line twin of the Parcours desktop program.</source>
        <translation>Le jumeau en ligne de commande du logiciel Parcours.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Every command takes --db FILE (default: %1) and --help.</source>
        <translation>Chaque commande accepte --db FICHIER (par défaut : %1) et --help.</translation>
    </message>
    <message>
        <source>Exit status: 0 on success, 1 on bad input or data (one line per problem on standard error), 2 on a usage error.</source>
        <translation>Code de sortie : 0 en cas de succès, 1 pour des entrées ou des données incorrectes (une ligne par problème sur la sortie d'erreur), 2 pour une erreur d'utilisation.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
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
        <translation>Environnement :</translation>
    </message>
    <message>
        <source>  PARCOURS_TODAY=YYYY-MM-DD  the day &apos;demo&apos; takes as today (for reproducible data).</source>
        <translation>  PARCOURS_TODAY=AAAA-MM-JJ  le jour que « demo » prend pour aujourd'hui (pour des données reproductibles).</translation>
    </message>
    <message>
        <source>  QT_LOGGING_RULES=parcours.*=true  show the log lines of the core on standard error.</source>
        <translation>  QT_LOGGING_RULES=parcours.*=true  afficher le journal du cœur sur la sortie d'erreur.</translation>
    </message>
    <message>
        <source>missing command</source>
        <translation>commande manquante</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;; options come after the command</source>
        <translation>option inconnue « %1 » ; les options se placent après la commande</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>Create an empty Parcours database at the --db file. An existing file is never overwritten.</source>
        <translation>Créer une base Parcours vide dans le fichier --db. Un fichier existant n'est jamais écrasé.</translation>
    </message>
    <message>
        <source>already exists; init never overwrites a file</source>
        <translation>existe déjà ; init n'écrase jamais un fichier</translation>
    </message>
    <message>
        <source>Created an empty database: %1</source>
        <translation>Base vide créée : %1</translation>
    </message>
    <message>
        <source>Check the integrity of the database file (SQLite&apos;s integrity and foreign-key checks) and of its data (every record against the rules of its kind). Prints OK and exits with 0 when all is sound; prints one line per problem and exits with 1 otherwise. The file is opened read-only.</source>
        <translation>Vérifier l'intégrité du fichier de base (contrôles d'intégrité et de clés étrangères de SQLite) et de ses données (chaque enregistrement selon les règles de son type). Affiche OK et sort avec 0 si tout est correct ; sinon affiche une ligne par problème et sort avec 1. Le fichier est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Copy the database into FILE with SQLite&apos;s online backup API: the copy is consistent even while the desktop program or another command writes. FILE must not exist yet.</source>
        <translation>Copier la base dans FICHIER avec l'API de sauvegarde en ligne de SQLite : la copie est cohérente même si le logiciel ou une autre commande écrit en même temps. FICHIER ne doit pas encore exister.</translation>
    </message>
    <message>
        <source>The copy to create.</source>
        <translation>La copie à créer.</translation>
    </message>
    <message>
        <source>already exists; backup never overwrites a file</source>
        <translation>existe déjà ; backup n'écrase jamais un fichier</translation>
    </message>
    <message>
        <source>Backed up %1 to %2</source>
        <translation>%1 sauvegardé dans %2</translation>
    </message>
    <message>
        <source>Fill an empty database with realistic invented data: two sites, three cohorts of 20 (one finished about nine months ago, one running, one starting soon) with their timetables, trainers, volunteers, pairings, attendance and outcomes. The --db file is created when it does not exist; a file that holds data is refused. The same seed on the same day gives the same data; set PARCOURS_TODAY=YYYY-MM-DD to fix the day.</source>
        <translation>Remplir une base vide de données fictives réalistes : deux sites, trois cohortes de 20 (une terminée il y a environ neuf mois, une en cours, une qui commence bientôt) avec leurs emplois du temps, intervenant·e·s, bénévoles, trinômes, présences et sorties. Le fichier --db est créé s'il n'existe pas ; un fichier qui contient des données est refusé. La même graine le même jour donne les mêmes données ; PARCOURS_TODAY=AAAA-MM-JJ fixe le jour.</translation>
    </message>
    <message>
        <source>How much data: small (the default) or large.</source>
        <translation>Quantité de données : small (par défaut) ou large.</translation>
    </message>
    <message>
        <source>SCALE</source>
        <translation>TAILLE</translation>
    </message>
    <message>
        <source>The seed of the random choices, a whole number (default: %1).</source>
        <translation>La graine des tirages aléatoires, un nombre entier (par défaut : %1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--scale large is not available yet</source>
        <translation>--scale large n'est pas encore disponible</translation>
    </message>
    <message>
        <source>unknown scale &apos;%1&apos; (small or large)</source>
        <translation>taille inconnue « %1 » (small ou large)</translation>
    </message>
    <message>
        <source>--seed needs a whole number from 0 to 4294967295, not &apos;%1&apos;</source>
        <translation>--seed demande un nombre entier de 0 à 4294967295, pas « %1 »</translation>
    </message>
    <message>
        <source>PARCOURS_TODAY must be a date YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>PARCOURS_TODAY doit être une date AAAA-MM-JJ, pas « %1 »</translation>
    </message>
    <message>
        <source>Demo data: %1 sites, %2 cohorts, %3 participants, %4 volunteers, %5 trainers, %6 sessions, %7 attendance marks, %8 pairings, %9 outcomes (seed %10, today %11) in %12</source>
        <translation>Données de démo : %1 sites, %2 cohortes, %3 participant·e·s, %4 bénévoles, %5 intervenant·e·s, %6 séances, %7 émargements, %8 binômes, %9 situations de sortie (graine %10, aujourd'hui %11) dans %12</translation>
    </message>
    <message>
        <source>Check everything and report, but write nothing.</source>
        <translation>Tout vérifier et en rendre compte, sans rien écrire.</translation>
    </message>
    <message>
        <source>unknown table &apos;%1&apos; (tables: %2)</source>
        <translation>table inconnue « %1 » (tables : %2)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) read</source>
        <translation>
            <numerusform>%1 : %n ligne lue</numerusform>
            <numerusform>%1 : %n lignes lues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; nothing was imported</source>
        <translation>
            <numerusform>%n problème trouvé ; rien n'a été importé</numerusform>
            <numerusform>%n problèmes trouvés ; rien n'a été importé</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: %1 row(s) read, %2 would be inserted and %3 updated; nothing was written.</source>
        <translation>Essai à blanc : %1 ligne(s) lue(s), %2 seraient ajoutée(s) et %3 mise(s) à jour ; rien n'a été écrit.</translation>
    </message>
    <message>
        <source>Imported: %1 row(s) read, %2 inserted, %3 updated.</source>
        <translation>Import : %1 ligne(s) lue(s), %2 ajoutée(s), %3 mise(s) à jour.</translation>
    </message>
    <message>
        <source>Read an exchange folder (one CSV file per table) into the database, all or nothing: rows with a known ref are updated, new ones inserted. When any row is bad, every problem is listed as file:line: column: reason and nothing is written.</source>
        <translation>Lire un dossier d'échange (un fichier CSV par table) dans la base, tout ou rien : les lignes dont la réf. est connue sont mises à jour, les nouvelles ajoutées. Si une ligne est incorrecte, chaque problème est listé sous la forme fichier:ligne: colonne: raison et rien n'est écrit.</translation>
    </message>
    <message>
        <source>The exchange folder to read.</source>
        <translation>Le dossier d'échange à lire.</translation>
    </message>
    <message>
        <source>Read one table of the exchange format from a CSV file, all or nothing.</source>
        <translation>Lire une table du format d'échange depuis un fichier CSV, tout ou rien.</translation>
    </message>
    <message>
        <source>The table: %1.</source>
        <translation>La table : %1.</translation>
    </message>
    <message>
        <source>The CSV file to read.</source>
        <translation>Le fichier CSV à lire.</translation>
    </message>
    <message>
        <source>Write the whole database as an exchange folder, one CSV file per table (UTF-8, comma-separated).</source>
        <translation>Écrire toute la base en dossier d'échange, un fichier CSV par table (UTF-8, séparé par des virgules).</translation>
    </message>
    <message>
        <source>The folder to write (created if missing).</source>
        <translation>Le dossier à écrire (créé s'il n'existe pas).</translation>
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
        <translation>Écrire une table du format d'échange dans un fichier CSV.</translation>
    </message>
    <message>
        <source>The CSV file to write (replaced if it exists).</source>
        <translation>Le fichier CSV à écrire (remplacé s'il existe).</translation>
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
        <translation>Écrire pour Excel en français : UTF-8 avec indicateur d'ordre des octets, « ; » entre les cellules.</translation>
    </message>
    <message>
        <source>no cohort with ref &apos;%1&apos;</source>
        <translation>aucune cohorte de réf. « %1 »</translation>
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
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Cohorts: %1</source>
        <translation>Cohortes : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Participants: %1 enrolled, %2 completed, %3 withdrawn</source>
        <translation>Participant·e·s : %1 inscrit·e·s, %2 parcours terminés, %3 abandons</translation>
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
        <translation>Semaines hors objectif : %1</translation>
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
        <translation>Heures suivies par participant·e : %1</translation>
    </message>
    <message>
        <source>Pairings: %1 with a mentor (%2), %3 with a coach (%4), %5 in a full trio (%6)</source>
        <translation>Trinômes : %1 avec un mentor (%2), %3 avec un coach (%4), %5 en trinôme complet (%6)</translation>
    </message>
    <message>
        <source>Volunteers involved: %1</source>
        <translation>Bénévoles engagé·e·s : %1</translation>
    </message>
    <message>
        <source>French: %1 level(s) gained on average, %2 participant(s) gained one level or more</source>
        <translation>Français : %1 niveau(x) gagné(s) en moyenne, %2 participant·e(s) ont gagné au moins un niveau</translation>
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
        <translation>Afficher les indicateurs d'une cohorte, ou des cohortes dont la date de fin tombe dans une période (leurs effectifs additionnés, leurs taux recalculés à partir des sommes) : heures, semaines hors objectif, présences, trinômes, progression en français et sorties.</translation>
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
        <translation>Afficher un objet JSON au lieu d'un résumé.</translation>
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
        <translation>--%1 « %2 » n'est pas une date de la forme AAAA-MM-JJ</translation>
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
        <translation>n'existe pas (créez une base avec « %1 init »)</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>n'existe pas</translation>
    </message>
    <message>
        <source>does not exist or is not a folder</source>
        <translation>n'existe pas ou n'est pas un dossier</translation>
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
        <translation>Demandeur·se d'asile</translation>
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
        <translation>Création d'entreprise</translation>
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
        <translation>En recherche d'emploi</translation>
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
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>“%1” is not a Parcours file. Choose a file made by Parcours, usually ending in .parcours.</source>
        <translation>« %1 » n'est pas un fichier Parcours. Choisissez un fichier créé par Parcours, dont le nom se termine en général par .parcours.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of Parcours. Install the latest version of Parcours to open it; the file has not been changed.</source>
        <translation>« %1 » a été enregistré par une version plus récente de Parcours. Installez la dernière version de Parcours pour l'ouvrir ; le fichier n'a pas été modifié.</translation>
    </message>
    <message>
        <source>“%1” is busy: another program is writing to it. Wait a moment and try again.</source>
        <translation>« %1 » est occupé : un autre programme est en train d'y écrire. Patientez un instant, puis réessayez.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened safely. Open a backup copy instead, or ask for help.</source>
        <translation>« %1 » est endommagé et ne peut pas être ouvert sans risque. Ouvrez plutôt une copie de sauvegarde, ou demandez de l'aide.</translation>
    </message>
    <message>
        <source>“%1” cannot be written to. Check that you are allowed to change it.</source>
        <translation>Impossible d'écrire dans « %1 ». Vérifiez que vous avez le droit de le modifier.</translation>
    </message>
    <message>
        <source>“%1” no longer exists. It may have been moved, renamed or deleted.</source>
        <translation>« %1 » n'existe plus. Il a peut-être été déplacé, renommé ou supprimé.</translation>
    </message>
    <message>
        <source>“%1” could not be read. Check that the disk or network folder is available and that you are allowed to open the file.</source>
        <translation>Impossible de lire « %1 ». Vérifiez que le disque ou le dossier réseau est accessible et que vous avez le droit d'ouvrir ce fichier.</translation>
    </message>
    <message>
        <source>“%1” could not be opened because of an unexpected problem.</source>
        <translation>Impossible d'ouvrir « %1 » à cause d'un problème inattendu.</translation>
    </message>
    <message>
        <source>A file named “%1” already exists. Choose another name: Parcours never replaces an existing file.</source>
        <translation>Un fichier nommé « %1 » existe déjà. Choisissez un autre nom : Parcours ne remplace jamais un fichier existant.</translation>
    </message>
    <message>
        <source>“%1” could not be created. Check that the folder exists and that you are allowed to write in it.</source>
        <translation>Impossible de créer « %1 ». Vérifiez que le dossier existe et que vous avez le droit d'y écrire.</translation>
    </message>
    <message>
        <source>“%1” could not be created because of an unexpected problem.</source>
        <translation>Impossible de créer « %1 » à cause d'un problème inattendu.</translation>
    </message>
    <message>
        <source>The file is busy: another program is writing to it. Wait a moment and try again.</source>
        <translation>Le fichier est occupé : un autre programme est en train d'y écrire. Patientez un instant, puis réessayez.</translation>
    </message>
    <message>
        <source>The file is damaged: some of its content cannot be read.</source>
        <translation>Le fichier est endommagé : une partie de son contenu est illisible.</translation>
    </message>
    <message>
        <source>The content of the file could not be read because of an unexpected problem.</source>
        <translation>Le contenu du fichier n'a pas pu être lu à cause d'un problème inattendu.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>a quoted cell that starts on this line is never closed</source>
        <translation>une cellule entre guillemets qui commence sur cette ligne n'est jamais fermée</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>« %1 » n'est pas une date (AAAA-MM-JJ ou JJ/MM/AAAA)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time (HH:MM)</source>
        <translation>« %1 » n'est pas une heure (HH:MM)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>« %1 » n'est pas un nombre</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>« %1 » n'est pas un nombre entier</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a weekday (1 = Monday to 7 = Sunday)</source>
        <translation>« %1 » n'est pas un jour de la semaine (de 1 = lundi à 7 = dimanche)</translation>
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
        <translation>un type d'intervenant·e</translation>
    </message>
    <message>
        <source>an enrolment status</source>
        <translation>un statut d'inscription</translation>
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
        <translation>« %1 » n'est pas %2 (%3)</translation>
    </message>
    <message>
        <source>%1: not valid UTF-8, read as Windows-1252</source>
        <translation>%1 : pas en UTF-8 valide, lu comme du Windows-1252</translation>
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
</context>
<context>
    <name>FrenchHolidays</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Jour de l'an</translation>
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
        <translation>Le tableau de bord montrera la semaine d'un coup d'œil : les séances à venir, les présences, les participant·e·s qui attendent encore un mentor ou un coach, et les situations de sortie à saisir.</translation>
    </message>
    <message>
        <source>The timetable will show each cohort&apos;s week, session by session, with rooms and trainers, the weekly hours of each module, and any clash.</source>
        <translation>L'emploi du temps montrera la semaine de chaque cohorte, séance par séance, avec les salles et les intervenant·e·s, les heures hebdomadaires de chaque module et les éventuels conflits.</translation>
    </message>
    <message>
        <source>Here you will pair each participant with a mentor and a coach, with suggestions for the best matches, and follow the check-ins of each trio.</source>
        <translation>Vous formerez ici les trinômes : chaque participant·e avec un mentor et un coach, avec des suggestions pour les meilleures associations, puis vous suivrez les rencontres de chaque trinôme.</translation>
    </message>
    <message>
        <source>Here you will take attendance session by session and print the weekly sign-in sheets.</source>
        <translation>Vous ferez ici l'émargement séance par séance et imprimerez les feuilles d'émargement de la semaine.</translation>
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
        <translation>Les sites où se réunissent les cohortes, leurs salles et leurs horaires d'ouverture.</translation>
    </message>
    <message>
        <source>Cohort reports, review packs for the funder and sign-in sheets, as PDF and CSV files.</source>
        <translation>Les rapports de cohorte, les dossiers de bilan pour le financeur et les feuilles d'émargement, en PDF et en CSV.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Programme office for the vocational integration of refugees and newcomers.</source>
        <translation>Gestion des programmes d'insertion professionnelle des personnes réfugiées et primo-arrivantes.</translation>
    </message>
    <message>
        <source>The Parcours file to open.</source>
        <translation>Le fichier Parcours à ouvrir.</translation>
    </message>
</context>
<context>
    <name>parcours::ExchangeImporter</name>
    <message>
        <source>%1: not a file of the exchange format, ignored</source>
        <translation>%1 : pas un fichier du format d'échange, ignoré</translation>
    </message>
    <message>
        <source>not in the folder, nothing imported from them: %1</source>
        <translation>absents du dossier, rien importé pour eux : %1</translation>
    </message>
</context>
<context>
    <name>parcours::T</name>
    <message>
        <source>%1: empty file, nothing to import</source>
        <translation>%1 : fichier vide, rien à importer</translation>
    </message>
    <message>
        <source>%1:%2: unknown column &apos;%3&apos; ignored</source>
        <translation>%1:%2 : colonne inconnue « %3 » ignorée</translation>
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
        <translation>la ligne a %1 cellules mais l'en-tête en a %2</translation>
    </message>
    <message>
        <source>duplicate ref &apos;%1&apos; (first on line %2)</source>
        <translation>réf. « %1 » en double (d'abord à la ligne %2)</translation>
    </message>
    <message>
        <source>the same %1 as line %2</source>
        <translation>même %1 qu'à la ligne %2</translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos;</source>
        <translation>%1 « %2 » inconnu·e</translation>
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
        <translation>Ce fichier est ouvert en lecture seule : les modifications ne peuvent pas être enregistrées.</translation>
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
            <numerusform>Affichage : %1 sur %n participant·e</numerusform>
            <numerusform>Affichage : %1 sur %n participant·e·s</numerusform>
        </translation>
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
            <numerusform>Affichage : %1 sur %n bénévole</numerusform>
            <numerusform>Affichage : %1 sur %n bénévoles</numerusform>
        </translation>
    </message>
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
            <numerusform>Affichage : %1 sur %n cohorte</numerusform>
            <numerusform>Affichage : %1 sur %n cohortes</numerusform>
        </translation>
    </message>
    <message>
        <source>This file has no cohorts yet.</source>
        <translation>Ce fichier ne contient encore aucune cohorte.</translation>
    </message>
    <message>
        <source>This file has no participants yet.</source>
        <translation>Ce fichier ne contient encore aucun·e participant·e.</translation>
    </message>
    <message>
        <source>This file has no volunteers yet.</source>
        <translation>Ce fichier ne contient encore aucun·e bénévole.</translation>
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
        <source>&amp;About Parcours</source>
        <translation>À &amp;propos de Parcours</translation>
    </message>
    <message>
        <source>About Parcours</source>
        <translation>À propos de Parcours</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Parcours %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The programme office&apos;s desktop program for the vocational integration of refugees and newcomers.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Parcours %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Le logiciel du bureau des programmes pour l'insertion professionnelle des personnes réfugiées et primo-arrivantes.&lt;/p&gt;&lt;p&gt;Logiciel libre sous licence publique générale GNU, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d'outils principale</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Fichier ouvert : %1</translation>
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
        <translation>Le fichier de démo n'a pas pu être créé.</translation>
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
    <name>parcours::ui::TablePage</name>
    <message>
        <source>Search…</source>
        <translation>Rechercher…</translation>
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
        <translation>Disponible jusqu'au</translation>
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
</TS>
