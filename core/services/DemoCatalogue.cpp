// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoCatalogue.h"

namespace parcours {

namespace {

QStringList words(const char* text)
{
    return QString::fromUtf8(text).split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

} // namespace

const QList<DemoCountry>& DemoCatalogue::countries()
{
    static const QList<DemoCountry> list = {
        {QStringLiteral("AF"), 16,
         words("Ahmad|Mohammad|Ali|Reza|Farid|Jawad|Naveed|Sami|Hamid|Zabihullah|Mustafa|Bilal"),
         words("Fatima|Zahra|Mariam|Laila|Parisa|Nazanin|Shabnam|Freshta|Marzia|Sakina"),
         words("Ahmadi|Hakimi|Rahimi|Karimi|Sultani|Noori|Hashimi|Popal|Wardak|Safi|Azizi|Mohammadi"),
         words("fa"), words("ps|ur|en"), {50, 35, 15, 0}, false},
        {QStringLiteral("SY"), 12,
         words("Mohammed|Ahmad|Omar|Khaled|Yousef|Bassel|Hussam|Rami|Majd|Tarek"),
         words("Rania|Hala|Lina|Nour|Rasha|Yasmin|Dima|Reem|Ghalia"),
         words("Haddad|Khalil|Mansour|Darwish|Hamdan|Al-Masri|Sabbagh|Kurdi|Nassar|Al-Hussein"),
         words("ar"), words("ku|en|tr"), {60, 30, 10, 0}, false},
        {QStringLiteral("ER"), 12,
         words("Tesfay|Yonas|Dawit|Samuel|Filmon|Berhane|Mehari|Amanuel|Robel"),
         words("Selam|Helen|Senait|Luwam|Saba|Eden|Rahwa|Feven"),
         words("Tesfamariam|Ghebreyesus|Haile|Kidane|Tekle|Berhe|Woldu|Mebrahtu|Gebremedhin|Abraha"),
         words("ti"), words("ar|en|am"), {75, 10, 15, 0}, false},
        {QStringLiteral("SD"), 12,
         words("Mohamed|Abdelrahman|Osman|Musa|Adam|Ibrahim|Yahya|Hamza|Elsadig"),
         words("Amna|Hawa|Fatima|Mariam|Zeinab|Sara|Hiba"),
         words("Abdallah|Osman|Ibrahim|Elnour|Abakar|Ismail|Yagoub|Suleiman|Haroun|Babiker"),
         words("ar"), words("en"), {65, 15, 20, 0}, false},
        {QStringLiteral("UA"), 12,
         words("Oleksandr|Dmytro|Andriy|Serhiy|Mykola|Bohdan|Yaroslav|Volodymyr"),
         words("Olena|Iryna|Natalia|Kateryna|Oksana|Yulia|Tetiana|Svitlana|Halyna"),
         words("Kovalenko|Shevchenko|Bondarenko|Tkachenko|Melnyk|Kravchenko|Oliinyk|Moroz|Savchenko|Lysenko"),
         words("uk"), words("ru|en|pl"), {0, 0, 0, 100}, false},
        {QStringLiteral("GN"), 9,
         words("Mamadou|Alpha|Ibrahima|Ousmane|Sekou|Thierno|Abdoulaye|Lansana"),
         words("Mariama|Fatoumata|Aissatou|Kadiatou|Hawa|Djenabou|Oumou"),
         words("Diallo|Bah|Barry|Camara|Sow|Condé|Soumah|Keita|Sylla|Touré"),
         words("fr|ff"), words("en"), {40, 5, 35, 20}, true},
        {QStringLiteral("SO"), 7,
         words("Abdi|Mohamed|Ahmed|Hassan|Abdullahi|Farah|Mahad|Liban"),
         words("Hodan|Amina|Fadumo|Sahra|Ifrah|Hibo|Nimco"),
         words("Warsame|Farah|Abdi|Hassan|Jama|Mohamud|Ali|Omar|Yusuf|Dahir"),
         words("so"), words("ar|en|sw"), {55, 35, 10, 0}, false},
        {QStringLiteral("IQ"), 6,
         words("Haider|Ali|Mustafa|Karrar|Ahmed|Zaid|Hussein"),
         words("Zainab|Noor|Ruqaya|Shahad|Sara|Maryam"),
         words("Al-Jabouri|Al-Obaidi|Hussein|Kadhim|Al-Saadi|Jasim|Hamid|Al-Rubaie"),
         words("ar"), words("ku|en"), {45, 35, 20, 0}, false},
        {QStringLiteral("CI"), 7,
         words("Kouadio|Yao|Koffi|Moussa|Serge|Adama|Ange"),
         words("Aya|Adjoua|Mariam|Awa|Affoué|Christelle|Fanta"),
         words("Kouassi|Koné|Traoré|Yao|N'Guessan|Ouattara|Bamba|Coulibaly|Kouamé|Diomandé"),
         words("fr"), words("en"), {35, 10, 30, 25}, true},
        {QStringLiteral("GE"), 7,
         words("Giorgi|Levan|Davit|Irakli|Nika|Zurab"),
         words("Nino|Tamar|Mariam|Ketevan|Ana|Salome"),
         words("Beridze|Kapanadze|Gelashvili|Lomidze|Tsiklauri|Maisuradze|Chikovani|Gogoladze"),
         words("ka"), words("ru|en"), {15, 5, 50, 30}, false},
    };
    return list;
}

const QList<DemoSector>& DemoCatalogue::sectors()
{
    static const QList<DemoSector> list = {
        {QStringLiteral("Santé"),
         words("aide-soignant·e|agent·e de service hospitalier|infirmier·ère|préparateur·rice en pharmacie"),
         words("infirmier·ère|aide-soignant·e|cadre de santé|médecin généraliste|pharmacien·ne"),
         words("Centre hospitalier des Tilleuls|Clinique du Parc|EHPAD Les Glycines|Pharmacie de la Gare")},
        {QStringLiteral("Services à la personne"),
         words("auxiliaire de vie|aide à domicile|auxiliaire de puériculture|animateur·rice"),
         words("éducateur·rice spécialisé·e|directeur·rice de crèche|responsable de secteur"),
         words("Domicile Services|Crèche Les Petits Pas|Association Vivre Chez Soi")},
        {QStringLiteral("Restauration"),
         words("boulanger·ère|commis de cuisine|pâtissier·ère|boucher·ère"),
         words("chef·fe cuisinier·ère|boulanger·ère|responsable de salle|pâtissier·ère"),
         words("Pains du Nord|Brasserie du Port|Maison Fournier|Le Comptoir des Saveurs")},
        {QStringLiteral("Bâtiment"),
         words("électricien·ne|maçon·ne|peintre en bâtiment|plombier·ère|carreleur·euse"),
         words("conducteur·rice de travaux|chef·fe de chantier|électricien·ne|architecte"),
         words("Bâtir Ensemble|Rénovation Durable|Constructions du Rhône|Électricité Leblanc")},
        {QStringLiteral("Numérique"),
         words("développeur·euse web|technicien·ne support|technicien·ne réseaux"),
         words("développeur·euse web|chef·fe de projet informatique|administrateur·rice systèmes|data analyste"),
         words("Numéris Conseil|Pixel et Code|Réseaux Plus|Datalis")},
        {QStringLiteral("Logistique"),
         words("préparateur·rice de commandes|cariste|agent·e logistique"),
         words("responsable d'entrepôt|agent·e de planification|acheteur·euse"),
         words("LogiNord|Entrepôts du Rhône|Plateforme Est Logistique")},
        {QStringLiteral("Transport"),
         words("chauffeur·euse poids lourd|chauffeur·euse de bus|livreur·euse"),
         words("responsable d'exploitation|conducteur·rice de bus|formateur·rice en conduite"),
         words("Transports Urbains Réunis|Trans'Alpes|Cars du Littoral")},
        {QStringLiteral("Hôtellerie"),
         words("réceptionniste|agent·e d'entretien en hôtellerie|serveur·euse"),
         words("directeur·rice d'hôtel|responsable d'hébergement|maître d'hôtel"),
         words("Hôtel des Voyageurs|Résidence Bellevue|Hôtel du Théâtre")},
        {QStringLiteral("Comptabilité et finance"),
         words("comptable|assistant·e administratif·ve|secrétaire comptable"),
         words("comptable|conseiller·ère bancaire|expert·e-comptable|contrôleur·euse de gestion"),
         words("Cabinet Martin et Associés|Crédit Solidaire|Fiduciaire Delorme")},
        {QStringLiteral("Automobile"),
         words("mécanicien·ne automobile|carrossier·ère|technicien·ne de maintenance"),
         words("mécanicien·ne|chef·fe d'atelier|technicien·ne de maintenance"),
         words("Garage du Centre|Auto Services Rousseau|Maintenance Industrielle Nord")},
        {QStringLiteral("Commerce"),
         words("vendeur·euse|employé·e de libre-service|caissier·ère"),
         words("responsable de magasin|chef·fe de rayon|vendeur·euse"),
         words("Supermarché Coop Quartier|Boutique Solidaire|Librairie des Arcades")},
    };
    return list;
}

const QStringList& DemoCatalogue::frenchMen()
{
    static const QStringList list = words(
        "Thomas|Nicolas|Antoine|Hugo|Lucas|Pierre|Mathieu|Maxime|Julien|Karim|Mehdi|Olivier|"
        "Sébastien|François|Guillaume|Bernard|Alain|Philippe|Yann|Romain|Samuel|Vincent");
    return list;
}

const QStringList& DemoCatalogue::frenchWomen()
{
    static const QStringList list = words(
        "Julie|Camille|Léa|Sophie|Manon|Chloé|Claire|Émilie|Sarah|Inès|Yasmine|Anne|Isabelle|"
        "Catherine|Mathilde|Pauline|Laure|Hélène|Agathe|Lucie|Nathalie|Sylvie");
    return list;
}

const QStringList& DemoCatalogue::frenchSurnames()
{
    static const QStringList list = words(
        "Martin|Bernard|Dubois|Thomas|Robert|Richard|Petit|Durand|Leroy|Moreau|Simon|Laurent|"
        "Lefebvre|Michel|Garcia|David|Bertrand|Roux|Vincent|Fournier|Morel|Girard|Benali|Nguyen|"
        "Dupont|Lambert|Bonnet|François|Mercier|Blanc|Guérin|Boyer|Chevalier|Perrin|Mazouz|Lemaire");
    return list;
}

QStringList DemoCatalogue::schools(const QString& city)
{
    if (city == QLatin1String("Lyon"))
        return words("Université Lumière Lyon 2|Sciences Po Lyon|INSA Lyon|Université Jean Moulin Lyon 3|"
                     "IUT Lyon 1|École de travail social de Lyon");
    return words("Université de Lille|Sciences Po Lille|IUT de Lille|École de travail social de Lille|"
                 "Université catholique de Lille");
}

QStringList DemoCatalogue::referrers(const QString& city)
{
    Q_UNUSED(city)
    return words("France Travail|Mission locale|CADA|Centre d'hébergement|Assistante sociale du département|"
                 "Association d'accueil des réfugiés|Bouche-à-oreille");
}

const QStringList& DemoCatalogue::participantNotes()
{
    static const QStringList list = words(
        "Garde d'enfants le mercredi après-midi|Rendez-vous en préfecture à prévoir|"
        "Cherche un logement plus proche du centre|Permis de conduire obtenu dans le pays d'origine|"
        "Souhaite faire reconnaître son diplôme|Suivi médical régulier le lundi matin|"
        "Très motivé·e par une formation qualifiante");
    return list;
}

const QStringList& DemoCatalogue::checkInNotes()
{
    static const QStringList list = words(
        "Point sur le CV|Préparation d'un entretien d'embauche|Aide au dossier CAF|"
        "Visite d'une entreprise du secteur|Conversation en français au café|"
        "Recherche de formations qualifiantes|Démarches auprès de France Travail|"
        "Ouverture d'un compte bancaire");
    return list;
}

const QStringList& DemoCatalogue::softSkillsTitles()
{
    static const QStringList list = words(
        "Se présenter en deux minutes|Les codes de l'entreprise en France|Travailler en équipe|"
        "CV et lettre de motivation|Simulation d'entretien|Gérer son temps et ses trajets|"
        "Communiquer avec sa hiérarchie|Droits et devoirs du salarié|Confiance en soi|"
        "Préparer son premier jour|Réseau et candidatures spontanées|Bilan du parcours");
    return list;
}

const QStringList& DemoCatalogue::professionalDayTitles()
{
    static const QStringList list = words(
        "Visite d'un chantier|Visite d'une plateforme logistique|Forum de l'emploi|"
        "Rencontre avec des recruteurs de la restauration|Découverte des métiers du soin|"
        "Journée en entreprise avec les mentors");
    return list;
}

const QStringList& DemoCatalogue::withdrawalReasons()
{
    static const QStringList list = words(
        "A trouvé un emploi|Déménagement dans une autre région|Raisons de santé|"
        "Garde d'enfants|Entrée en formation qualifiante");
    return list;
}

const QStringList& DemoCatalogue::trainingBodies()
{
    static const QStringList list = words("AFPA|GRETA|CFA des métiers|Organisme de formation régional");
    return list;
}

} // namespace parcours
