<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <source>module</source>
        <translation>module</translation>
    </message>
    <message>
        <source>participant status</source>
        <translation>statut de participant·e</translation>
    </message>
    <message>
        <source>volunteer role</source>
        <translation>rôle de bénévole</translation>
    </message>
    <message>
        <source>trainer kind</source>
        <translation>type d'intervenant·e</translation>
    </message>
    <message>
        <source>enrolment status</source>
        <translation>statut d'inscription</translation>
    </message>
    <message>
        <source>session status</source>
        <translation>statut de séance</translation>
    </message>
    <message>
        <source>attendance status</source>
        <translation>statut de présence</translation>
    </message>
    <message>
        <source>pairing role</source>
        <translation>rôle dans le trinôme</translation>
    </message>
    <message>
        <source>pairing status</source>
        <translation>statut de binôme</translation>
    </message>
    <message>
        <source>check-in kind</source>
        <translation>type de rencontre de suivi</translation>
    </message>
    <message>
        <source>milestone</source>
        <translation>échéance</translation>
    </message>
    <message>
        <source>situation</source>
        <translation>situation</translation>
    </message>
    <message>
        <source>CEFR level</source>
        <translation>niveau CECRL</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>genre</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a %2 (%3)</source>
        <translation>« %1 » n'est pas un code valide de %2 (%3)</translation>
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
