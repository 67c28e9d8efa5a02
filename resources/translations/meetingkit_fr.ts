<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActionsModel</name>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>Axe prioritaire</translation>
    </message>
    <message>
        <source>Overdue: still open after its due date</source>
        <translation>En retard : toujours ouverte après son échéance</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <source>Filter actions by text, owner, session or focus area…</source>
        <translation>Filtrer les actions par texte, responsable, session ou axe…</translation>
    </message>
    <message>
        <source>Filter actions</source>
        <translation>Filtrer les actions</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Horizon filter</source>
        <translation>Filtre d&apos;horizon</translation>
    </message>
    <message>
        <source>All horizons</source>
        <translation>Tous les horizons</translation>
    </message>
    <message>
        <source>Actions register</source>
        <translation>Registre des actions</translation>
    </message>
    <message>
        <source>Go to note</source>
        <translation>Aller à la note</translation>
    </message>
    <message>
        <source>Show the selected action in its session</source>
        <translation>Afficher l&apos;action sélectionnée dans sa session</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save the actions as a spreadsheet (opens in Excel)</source>
        <translation>Enregistrer les actions comme tableur (s&apos;ouvre dans Excel)</translation>
    </message>
    <message>
        <source>Export calendar…</source>
        <translation>Exporter le calendrier…</translation>
    </message>
    <message>
        <source>Save the actions with a due date as calendar entries (.ics)</source>
        <translation>Enregistrer les actions datées comme entrées d&apos;agenda (.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>Export actions</source>
        <translation>Exporter les actions</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export actions calendar</source>
        <translation>Exporter le calendrier des actions</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers d&apos;agenda (*.ics)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>The export</source>
        <translation>L&apos;exportation</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>Open the note in its session</source>
        <translation>Ouvrir la note dans sa session</translation>
    </message>
    <message>
        <source>Strategic action from %1. Ctrl+arrows move it.</source>
        <translation>Action stratégique issue de %1. Ctrl+flèches pour la déplacer.</translation>
    </message>
</context>
<context>
    <name>Cell</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import programme</source>
        <translation>Importer le programme</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Importer les participants</translation>
    </message>
    <message>
        <source>A CSV file with one session a row. Columns: day (number or date), title, start, end, room, format, speakers, moderator, rapporteur, questions (separated by ;).</source>
        <translation>Un fichier CSV avec une session par ligne. Colonnes : day (numéro ou date), title, start, end, room, format, speakers, moderator, rapporteur, questions (séparées par ;).</translation>
    </message>
    <message>
        <source>A CSV file with one participant a row. Columns: name, organisation, title (or role), e-mail. A participant already in the event is updated.</source>
        <translation>Un fichier CSV avec un participant par ligne. Colonnes : name, organisation, title (ou role), e-mail. Un participant déjà présent est mis à jour.</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Rows that will be imported</source>
        <translation>Lignes qui seront importées</translation>
    </message>
    <message>
        <source>Rows with errors</source>
        <translation>Lignes en erreur</translation>
    </message>
    <message>
        <source>Choose a CSV file to see what will be imported.</source>
        <translation>Choisissez un fichier CSV pour voir ce qui sera importé.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Rows with errors (skipped):</source>
        <translation>Lignes en erreur (ignorées) :</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
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
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be imported.</source>
        <translation>
            <numerusform>%n ligne sera importée.</numerusform>
            <numerusform>%n lignes seront importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors will be skipped.</source>
        <translation>
            <numerusform>%n ligne en erreur sera ignorée.</numerusform>
            <numerusform>%n lignes en erreur seront ignorées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateDelegate</name>
    <message>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>EventSettingsDialog</name>
    <message>
        <source>Event settings</source>
        <translation>Paramètres de l&apos;événement</translation>
    </message>
    <message>
        <source>One organisation a line</source>
        <translation>Une organisation par ligne</translation>
    </message>
    <message>
        <source>Logo on the cover</source>
        <translation>Logo en couverture</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>Subtitle:</source>
        <translation>Sous-titre :</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Dates :</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>Lieu :</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ville :</translation>
    </message>
    <message>
        <source>Organisers:</source>
        <translation>Organisateurs :</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description :</translation>
    </message>
    <message>
        <source>Logo on the cover:</source>
        <translation>Logo en couverture :</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>Le dernier jour précède le premier.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s).</source>
        <translation>
            <numerusform>%n jour.</numerusform>
            <numerusform>%n jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Day %1 would disappear but holds %n session(s): %2. Move or delete them first.</source>
        <translation>
            <numerusform>Le jour %1 disparaîtrait, mais il contient %n session : %2. Déplacez-la ou supprimez-la d’abord.</numerusform>
            <numerusform>Le jour %1 disparaîtrait, mais il contient %n sessions : %2. Déplacez-les ou supprimez-les d’abord.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty day(s) at the end will be removed.</source>
        <translation>
            <numerusform>%n jour vide à la fin sera retiré.</numerusform>
            <numerusform>%n jours vides à la fin seront retirés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Moderator</source>
        <translation>Modérateur</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <source>Short term</source>
        <translation>Court terme</translation>
    </message>
    <message>
        <source>Medium term</source>
        <translation>Moyen terme</translation>
    </message>
    <message>
        <source>Long term</source>
        <translation>Long terme</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>Non placées</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>No focus area</source>
        <translation>Sans axe prioritaire</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Jour %1</translation>
    </message>
    <message>
        <source>meetingkit</source>
        <translation>meetingkit</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Resizing photos</source>
        <translation>Redimensionnement des photos</translation>
    </message>
    <message>
        <source>Writing the summaries</source>
        <translation>Rédaction des comptes rendus</translation>
    </message>
    <message>
        <source>Copying presentations</source>
        <translation>Copie des présentations</translation>
    </message>
    <message>
        <source>Writing the zip</source>
        <translation>Écriture du zip</translation>
    </message>
</context>
<context>
    <name>MediaModel</name>
    <message>
        <source>No consent: left out of the outcomes</source>
        <translation>Sans consentement : exclue des résultats</translation>
    </message>
</context>
<context>
    <name>MediaView</name>
    <message>
        <source>Media library</source>
        <translation>Médiathèque</translation>
    </message>
    <message>
        <source>Photos of</source>
        <translation>Photos de</translation>
    </message>
    <message>
        <source>Selected photos only</source>
        <translation>Photos sélectionnées seulement</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Attach photos or presentations (you can also drop them here)</source>
        <translation>Joindre des photos ou des présentations (vous pouvez aussi les déposer ici)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>Photos; tick a photo to select it for the outcomes</source>
        <translation>Photos ; cochez une photo pour la retenir dans les résultats</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <source>Photo: name / organisation</source>
        <translation>Photo : nom / organisation</translation>
    </message>
    <message>
        <source>Selected for the outcomes</source>
        <translation>Retenue pour les résultats</translation>
    </message>
    <message>
        <source>People shown agreed to publication</source>
        <translation>Les personnes visibles ont accepté la publication</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>Légende :</translation>
    </message>
    <message>
        <source>Credit:</source>
        <translation>Crédit :</translation>
    </message>
    <message>
        <source>Presentations and documents</source>
        <translation>Présentations et documents</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>The whole event</source>
        <translation>Tout l&apos;événement</translation>
    </message>
    <message>
        <source>The session open on the Sessions page; follows it as you change sessions</source>
        <translation>La session ouverte sur la page Sessions ; suit vos changements de session</translation>
    </message>
    <message>
        <source>This session (none open)</source>
        <translation>Cette session (aucune ouverte)</translation>
    </message>
    <message>
        <source>This session: %1</source>
        <translation>Cette session : %1</translation>
    </message>
    <message>
        <source>Select a photo to see it large.</source>
        <translation>Sélectionnez une photo pour l&apos;afficher en grand.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Attach photos or presentations</source>
        <translation>Joindre des photos ou des présentations</translation>
    </message>
    <message>
        <source>Photos and presentations (*.jpg *.jpeg *.png *.webp *.heic *.pdf *.pptx *.ppt *.odp *.docx *.key);;All files (*)</source>
        <translation>Photos et présentations (*.jpg *.jpeg *.png *.webp *.heic *.pdf *.pptx *.ppt *.odp *.docx *.key);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Attaching %n file(s)…</source>
        <translation>
            <numerusform>Ajout de %n fichier…</numerusform>
            <numerusform>Ajout de %n fichiers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached.</source>
        <translation>
            <numerusform>%n fichier joint.</numerusform>
            <numerusform>%n fichiers joints.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attaching files</source>
        <translation>Ajout des fichiers</translation>
    </message>
</context>
<context>
    <name>OrganiserViews</name>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Synergies</source>
        <translation>Synergies</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Feuille de route</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Médias</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>E&amp;vent</source>
        <translation>É&amp;vénement</translation>
    </message>
    <message>
        <source>Event &amp;settings…</source>
        <translation>&amp;Paramètres de l&apos;événement…</translation>
    </message>
    <message>
        <source>Title, dates, venue, organisers and cover logo</source>
        <translation>Titre, dates, lieu, organisateurs et logo de couverture</translation>
    </message>
    <message>
        <source>Import &amp;programme from CSV…</source>
        <translation>Importer le &amp;programme depuis un CSV…</translation>
    </message>
    <message>
        <source>Create days&apos; sessions from a spreadsheet saved as CSV</source>
        <translation>Créer les sessions des journées depuis un tableur enregistré en CSV</translation>
    </message>
    <message>
        <source>Import p&amp;articipants from CSV…</source>
        <translation>Importer les p&amp;articipants depuis un CSV…</translation>
    </message>
</context>
<context>
    <name>OutcomesView</name>
    <message>
        <source>Outcomes</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Document format</source>
        <translation>Format du document</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation>Document Word (.docx)</translation>
    </message>
    <message>
        <source>Markdown (.md)</source>
        <translation>Markdown (.md)</translation>
    </message>
    <message>
        <source>Web page (.html)</source>
        <translation>Page web (.html)</translation>
    </message>
    <message>
        <source>Article for a newsletter (.md)</source>
        <translation>Article pour une lettre d&apos;information (.md)</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Langue du document</translation>
    </message>
    <message>
        <source>Word template</source>
        <translation>Modèle Word</translation>
    </message>
    <message>
        <source>Built-in template</source>
        <translation>Modèle intégré</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Notes of each session</source>
        <translation>Notes de chaque session</translation>
    </message>
    <message>
        <source>Time of each note</source>
        <translation>Heure de chaque note</translation>
    </message>
    <message>
        <source>Participants list</source>
        <translation>Liste des participants</translation>
    </message>
    <message>
        <source>Selected photos</source>
        <translation>Photos sélectionnées</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Write the full written summaries to a file</source>
        <translation>Écrire les comptes rendus complets dans un fichier</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Full written summaries</source>
        <translation>Comptes rendus complets</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Word template:</source>
        <translation>Modèle Word :</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Inclure :</translation>
    </message>
    <message>
        <source>Photo size</source>
        <translation>Taille des photos</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Also make one .zip file</source>
        <translation>Créer aussi un fichier .zip</translation>
    </message>
    <message>
        <source>Build outcome pack…</source>
        <translation>Constituer le dossier des résultats…</translation>
    </message>
    <message>
        <source>A folder to hand over: the summaries, selected photos, presentations, actions and calendar</source>
        <translation>Un dossier à remettre : comptes rendus, photos retenues, présentations, actions et calendrier</translation>
    </message>
    <message>
        <source>Outcome pack</source>
        <translation>Dossier des résultats</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation>Photos :</translation>
    </message>
    <message>
        <source>Long side of photos:</source>
        <translation>Grand côté des photos :</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Nothing running.</source>
        <translation>Aucune tâche en cours.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Ouvrir le document</translation>
    </message>
    <message numerus="yes">
        <source>%n selected photo(s) of %1</source>
        <translation>
            <numerusform>%n photo sélectionnée sur %1</numerusform>
            <numerusform>%n photos sélectionnées sur %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out (no consent)</source>
        <translation>
            <numerusform>%n exclue (sans consentement)</numerusform>
            <numerusform>%n exclues (sans consentement)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n presentation(s) or document(s)</source>
        <translation>
            <numerusform>%n présentation ou document</numerusform>
            <numerusform>%n présentations ou documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Terminé : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n presentation(s)</source>
        <translation>
            <numerusform>%n présentation</numerusform>
            <numerusform>%n présentations</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Arrêté : %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Annulé ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>The export</source>
        <translation>L&apos;exportation</translation>
    </message>
    <message>
        <source>The outcome pack</source>
        <translation>Le dossier des résultats</translation>
    </message>
    <message>
        <source>Export the full written summaries</source>
        <translation>Exporter les comptes rendus complets</translation>
    </message>
    <message>
        <source>Build the outcome pack in the folder</source>
        <translation>Constituer le dossier des résultats dans le dossier</translation>
    </message>
    <message>
        <source>Folder (*)</source>
        <translation>Dossier (*)</translation>
    </message>
    <message>
        <source>Preparing the document</source>
        <translation>Préparation du document</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Roles in sessions</source>
        <translation>Rôles dans les sessions</translation>
    </message>
</context>
<context>
    <name>ParticipantsView</name>
    <message>
        <source>Participants and organisations</source>
        <translation>Participants et organisations</translation>
    </message>
    <message>
        <source>Search by name, organisation, title, e-mail or session…</source>
        <translation>Rechercher par nom, organisation, fonction, courriel ou session…</translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation>Rechercher des participants</translation>
    </message>
    <message>
        <source>Import from CSV…</source>
        <translation>Importer depuis un CSV…</translation>
    </message>
    <message>
        <source>Add or update participants from a spreadsheet saved as CSV</source>
        <translation>Ajouter ou mettre à jour des participants depuis un tableur enregistré en CSV</translation>
    </message>
    <message>
        <source>Delete participant…</source>
        <translation>Supprimer le participant…</translation>
    </message>
    <message>
        <source>Remove the selected participant and their roles in sessions</source>
        <translation>Retirer le participant sélectionné et ses rôles dans les sessions</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Double-click or press F2 to edit; Delete removes the participant</source>
        <translation>Double-cliquez ou appuyez sur F2 pour modifier ; Suppr retire le participant</translation>
    </message>
    <message>
        <source>Select a participant to see and edit their roles.</source>
        <translation>Sélectionnez un participant pour voir et modifier ses rôles.</translation>
    </message>
    <message>
        <source>Roles in sessions</source>
        <translation>Rôles dans les sessions</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Add role</source>
        <translation>Ajouter le rôle</translation>
    </message>
    <message>
        <source>Remove role</source>
        <translation>Retirer le rôle</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Organisation / participant</source>
        <translation>Organisation / participant</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation>Rôles de %1</translation>
    </message>
    <message>
        <source>Delete %1 from the participants?</source>
        <translation>Retirer %1 des participants ?</translation>
    </message>
    <message numerus="yes">
        <source>Their roles in %n session(s) go too.</source>
        <translation>
            <numerusform>Son rôle dans %n session disparaît aussi.</numerusform>
            <numerusform>Ses rôles dans %n sessions disparaissent aussi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete participant</source>
        <translation>Supprimer le participant</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Vous pourrez l’annuler.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Built-in template</source>
        <translation>Modèle intégré</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Author name:</source>
        <translation>Nom de l&apos;auteur :</translation>
    </message>
    <message>
        <source>Word template:</source>
        <translation>Modèle Word :</translation>
    </message>
    <message>
        <source>Photo size in the pack:</source>
        <translation>Taille des photos du dossier :</translation>
    </message>
    <message>
        <source>JPEG quality:</source>
        <translation>Qualité JPEG :</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Langue de l&apos;interface :</translation>
    </message>
    <message>
        <source>Document language:</source>
        <translation>Langue des documents :</translation>
    </message>
    <message>
        <source>The interface language changes when meetingkit restarts.</source>
        <translation>La langue de l&apos;interface change au redémarrage de meetingkit.</translation>
    </message>
    <message>
        <source>Word template</source>
        <translation>Modèle Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
</context>
<context>
    <name>RoadmapBoard</name>
    <message>
        <source>Roadmap</source>
        <translation>Feuille de route</translation>
    </message>
    <message>
        <source>Drag a card to another horizon or focus area, or select it and press Ctrl+Left/Right (horizon) or Ctrl+Up/Down (focus area). Enter opens the note it came from.</source>
        <translation>Faites glisser une carte vers un autre horizon ou axe, ou sélectionnez-la et appuyez sur Ctrl+Gauche/Droite (horizon) ou Ctrl+Haut/Bas (axe prioritaire). Entrée ouvre la note d&apos;origine.</translation>
    </message>
    <message>
        <source>Add focus area…</source>
        <translation>Ajouter un axe prioritaire…</translation>
    </message>
    <message>
        <source>Add a row to the roadmap</source>
        <translation>Ajouter une ligne à la feuille de route</translation>
    </message>
    <message>
        <source>There is already a focus area named “%1”; choose another name.</source>
        <translation>Un axe prioritaire s’appelle déjà « %1 » ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Delete the focus area “%1”?</source>
        <translation>Supprimer l’axe prioritaire « %1 » ?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n action(s) will move to “%1”.</source>
        <translation>
            <numerusform>Son action ira dans « %1 ».</numerusform>
            <numerusform>Ses %n actions iront dans « %1 ».</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete focus area</source>
        <translation>Supprimer l’axe prioritaire</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Vous pourrez l’annuler.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Add focus area</source>
        <translation>Ajouter un axe prioritaire</translation>
    </message>
    <message>
        <source>Name of the new focus area:</source>
        <translation>Nom du nouvel axe prioritaire :</translation>
    </message>
</context>
<context>
    <name>RowHeader</name>
    <message>
        <source>New name of the focus area</source>
        <translation>Nouveau nom de l’axe prioritaire</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message numerus="yes">
        <source>Focus area with %n action(s). F2 renames it, Delete deletes it.</source>
        <translation>
            <numerusform>Axe prioritaire avec %n action. F2 le renomme, Suppr le supprime.</numerusform>
            <numerusform>Axe prioritaire avec %n actions. F2 le renomme, Suppr le supprime.</numerusform>
        </translation>
    </message>
    <message>
        <source>Right-click or F2 to rename, Delete to delete</source>
        <translation>Clic droit ou F2 pour renommer, Suppr pour supprimer</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your name, written as the author of every note and edit you make.</source>
        <translation>Votre nom, inscrit comme auteur de chaque note et modification que vous faites.</translation>
    </message>
    <message>
        <source>Word template (.docx) for the full written summaries; empty uses the built-in one.</source>
        <translation>Modèle Word (.docx) des comptes rendus complets ; vide : le modèle intégré.</translation>
    </message>
    <message>
        <source>Long side in pixels of the photos put in the outcome pack.</source>
        <translation>Grand côté en pixels des photos placées dans le dossier des résultats.</translation>
    </message>
    <message>
        <source>JPEG quality of the photos put in the outcome pack (higher is larger and sharper).</source>
        <translation>Qualité JPEG des photos du dossier des résultats (plus haut : plus lourd et plus net).</translation>
    </message>
    <message>
        <source>Language of the interface; empty follows the system. Applies when meetingkit restarts.</source>
        <translation>Langue de l&apos;interface ; vide : celle du système. S&apos;applique au redémarrage de meetingkit.</translation>
    </message>
    <message>
        <source>Language of headings and labels in the documents meetingkit writes.</source>
        <translation>Langue des titres et libellés des documents écrits par meetingkit.</translation>
    </message>
</context>
<context>
    <name>SynergiesModel</name>
    <message>
        <source>Party / synergy</source>
        <translation>Partie / synergie</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>No party named</source>
        <translation>Aucune partie nommée</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n synergy(ies) in all</source>
        <translation>
            <numerusform>%1 : %n synergie au total</numerusform>
            <numerusform>%1 : %n synergies au total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2: %n synergy(ies)</source>
        <translation>
            <numerusform>%1 et %2 : %n synergie</numerusform>
            <numerusform>%1 et %2 : %n synergies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SynergiesView</name>
    <message>
        <source>Synergies by party</source>
        <translation>Synergies par partie</translation>
    </message>
    <message>
        <source>Synergy matrix, organisation by organisation</source>
        <translation>Matrice des synergies, organisation par organisation</translation>
    </message>
    <message>
        <source>Click a cell to list its synergies.</source>
        <translation>Cliquez sur une case pour lister ses synergies.</translation>
    </message>
    <message>
        <source>Synergies of the selected pair</source>
        <translation>Synergies de la paire sélectionnée</translation>
    </message>
    <message>
        <source>Synergy</source>
        <translation>Synergie</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>By party</source>
        <translation>Par partie</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrice</translation>
    </message>
    <message>
        <source>Synergies</source>
        <translation>Synergies</translation>
    </message>
    <message numerus="yes">
        <source>%n synergy(ies)</source>
        <translation>
            <numerusform>%n synergie</numerusform>
            <numerusform>%n synergies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message>
        <source>All synergies of %1</source>
        <translation>Toutes les synergies de %1</translation>
    </message>
    <message>
        <source>Synergies between %1 and %2</source>
        <translation>Synergies entre %1 et %2</translation>
    </message>
</context>
<context>
    <name>ThumbnailLoader</name>
    <message>
        <source>The thumbnail</source>
        <translation>La vignette</translation>
    </message>
</context>
</TS>
