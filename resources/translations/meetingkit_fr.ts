<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Actions</name>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nouvel événement…</translation>
    </message>
    <message>
        <source>Create a new event file</source>
        <translation>Créer un nouveau fichier d&apos;événement</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open an event file</source>
        <translation>Ouvrir un fichier d&apos;événement</translation>
    </message>
    <message>
        <source>Open the &amp;sample event</source>
        <translation>Ouvrir l&apos;événement d&apos;&amp;exemple</translation>
    </message>
    <message>
        <source>Open the Barcelona learning meeting sample</source>
        <translation>Ouvrir l&apos;exemple de la réunion d&apos;apprentissage de Barcelone</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Restaurer une &amp;sauvegarde…</translation>
    </message>
    <message>
        <source>Put one of this event&apos;s backups in place of the file</source>
        <translation>Remettre une sauvegarde de cet événement à la place du fichier</translation>
    </message>
    <message>
        <source>Sen&amp;d my notes…</source>
        <translation>En&amp;voyer mes notes…</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>&amp;Merge rapporteurs&apos; files…</source>
        <translation>&amp;Fusionner les fichiers des rapporteurs…</translation>
    </message>
    <message>
        <source>Bring other copies of this event into this file</source>
        <translation>Intégrer d&apos;autres copies de cet événement dans ce fichier</translation>
    </message>
    <message>
        <source>&amp;Inbox folder…</source>
        <translation>Dossier de &amp;réception…</translation>
    </message>
    <message>
        <source>A folder whose update files are merged as they arrive (a sync folder)</source>
        <translation>Un dossier dont les fichiers de mise à jour sont fusionnés dès leur arrivée (un dossier synchronisé)</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Conflits</translation>
    </message>
    <message>
        <source>Fields two rapporteurs changed at the same time: choose the value</source>
        <translation>Champs modifiés en même temps par deux rapporteurs : choisissez la valeur</translation>
    </message>
    <message>
        <source>Connect to the &amp;venue…</source>
        <translation>Se connecter au &amp;lieu de la réunion…</translation>
    </message>
    <message>
        <source>Sync live with the organiser&apos;s laptop: paste the join code</source>
        <translation>Synchroniser en direct avec l&apos;ordinateur de l&apos;organisateur : collez le code d&apos;accès</translation>
    </message>
    <message>
        <source>&amp;Share this event at the venue…</source>
        <translation>&amp;Partager cet événement sur place…</translation>
    </message>
    <message>
        <source>Let rapporteurs&apos; laptops sync live with this one: shows the join code</source>
        <translation>Laisser les ordinateurs des rapporteurs se synchroniser en direct avec celui-ci : affiche le code d&apos;accès</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>&amp;Fermer la fenêtre</translation>
    </message>
    <message>
        <source>Close this event window</source>
        <translation>Fermer la fenêtre de cet événement</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit meetingkit (every line is already saved)</source>
        <translation>Quitter meetingkit (chaque ligne est déjà enregistrée)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Redo the change just undone</source>
        <translation>Rétablir la modification annulée</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Change meetingkit&apos;s settings</source>
        <translation>Modifier les réglages de meetingkit</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>&amp;Add session</source>
        <translation>&amp;Ajouter une session</translation>
    </message>
    <message>
        <source>Add a session to the selected day</source>
        <translation>Ajouter une session au jour sélectionné</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>Rename the selected session, or change a day&apos;s theme</source>
        <translation>Renommer la session sélectionnée, ou changer le thème d&apos;un jour</translation>
    </message>
    <message>
        <source>Move session &amp;up</source>
        <translation>Monter la &amp;session</translation>
    </message>
    <message>
        <source>Move the session earlier in the day</source>
        <translation>Placer la session plus tôt dans la journée</translation>
    </message>
    <message>
        <source>Move session &amp;down</source>
        <translation>&amp;Descendre la session</translation>
    </message>
    <message>
        <source>Move the session later in the day</source>
        <translation>Placer la session plus tard dans la journée</translation>
    </message>
    <message>
        <source>&amp;Delete session</source>
        <translation>&amp;Supprimer la session</translation>
    </message>
    <message>
        <source>Delete the selected session (undo brings it back)</source>
        <translation>Supprimer la session sélectionnée (annuler la fait revenir)</translation>
    </message>
    <message>
        <source>Merge with the session of the same &amp;title</source>
        <translation>Fusionner avec la session du même &amp;titre</translation>
    </message>
    <message>
        <source>Fold the other session of this day with the same title into this one (notes kept)</source>
        <translation>Réunir dans celle-ci l&apos;autre session de ce jour portant le même titre (les notes sont conservées)</translation>
    </message>
    <message>
        <source>Session &amp;details…</source>
        <translation>&amp;Détails de la session…</translation>
    </message>
    <message>
        <source>Edit time, room, people and guiding questions</source>
        <translation>Modifier l&apos;horaire, la salle, les personnes et les questions directrices</translation>
    </message>
    <message>
        <source>&amp;Previous session</source>
        <translation>Session &amp;précédente</translation>
    </message>
    <message>
        <source>Open the session before this one</source>
        <translation>Ouvrir la session qui précède</translation>
    </message>
    <message>
        <source>&amp;Next session</source>
        <translation>Session &amp;suivante</translation>
    </message>
    <message>
        <source>Open the session after this one</source>
        <translation>Ouvrir la session qui suit</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Go to the &amp;capture line</source>
        <translation>Aller à la ligne de &amp;saisie</translation>
    </message>
    <message>
        <source>Type a new note</source>
        <translation>Saisir une nouvelle note</translation>
    </message>
    <message>
        <source>Edit the &amp;summary</source>
        <translation>Modifier la &amp;synthèse</translation>
    </message>
    <message>
        <source>Write the rapporteur&apos;s summary</source>
        <translation>Rédiger la synthèse du rapporteur</translation>
    </message>
    <message>
        <source>&amp;Edit note</source>
        <translation>&amp;Modifier la note</translation>
    </message>
    <message>
        <source>Edit the selected note in place</source>
        <translation>Modifier la note sélectionnée sur place</translation>
    </message>
    <message>
        <source>&amp;Delete note</source>
        <translation>&amp;Supprimer la note</translation>
    </message>
    <message>
        <source>Delete the selected note (undo brings it back)</source>
        <translation>Supprimer la note sélectionnée (annuler la fait revenir)</translation>
    </message>
    <message>
        <source>Move note &amp;up</source>
        <translation>&amp;Monter la note</translation>
    </message>
    <message>
        <source>Move the note earlier</source>
        <translation>Placer la note plus haut</translation>
    </message>
    <message>
        <source>Move note do&amp;wn</source>
        <translation>&amp;Descendre la note</translation>
    </message>
    <message>
        <source>Move the note later</source>
        <translation>Placer la note plus bas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <source>Tag the selected note as an action</source>
        <translation>Étiqueter la note sélectionnée comme action</translation>
    </message>
    <message>
        <source>&amp;Synergy</source>
        <translation>&amp;Synergie</translation>
    </message>
    <message>
        <source>Tag the selected note as a synergy</source>
        <translation>Étiqueter la note sélectionnée comme synergie</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Décision</translation>
    </message>
    <message>
        <source>Tag the selected note as a decision</source>
        <translation>Étiqueter la note sélectionnée comme décision</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Question</translation>
    </message>
    <message>
        <source>Tag the selected note as a question</source>
        <translation>Étiqueter la note sélectionnée comme question</translation>
    </message>
    <message>
        <source>&amp;Key point</source>
        <translation>&amp;Point clé</translation>
    </message>
    <message>
        <source>Tag the selected note as a key point</source>
        <translation>Étiqueter la note sélectionnée comme point clé</translation>
    </message>
    <message>
        <source>Q&amp;uote</source>
        <translation>&amp;Citation</translation>
    </message>
    <message>
        <source>Tag the selected note as a quote</source>
        <translation>Étiqueter la note sélectionnée comme citation</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>&amp;Filter this session…</source>
        <translation>&amp;Filtrer cette session…</translation>
    </message>
    <message>
        <source>Show only the notes of this session that match</source>
        <translation>N&apos;afficher que les notes de cette session qui correspondent</translation>
    </message>
    <message>
        <source>&amp;Search the event…</source>
        <translation>&amp;Rechercher dans l&apos;événement…</translation>
    </message>
    <message>
        <source>Search notes, summaries and captions of every session</source>
        <translation>Rechercher dans les notes, synthèses et légendes de toutes les sessions</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>Summary &amp;preview</source>
        <translation>&amp;Aperçu de la synthèse</translation>
    </message>
    <message>
        <source>Show the summary rendered beside its Markdown</source>
        <translation>Afficher la synthèse mise en forme à côté de son Markdown</translation>
    </message>
    <message>
        <source>&amp;Navigator</source>
        <translation>&amp;Navigateur</translation>
    </message>
    <message>
        <source>Show or hide the days and sessions</source>
        <translation>Afficher ou masquer les jours et les sessions</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>&amp;Inspecteur</translation>
    </message>
    <message>
        <source>Show or hide the selected note&apos;s fields</source>
        <translation>Afficher ou masquer les champs de la note sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>Use the whole screen</source>
        <translation>Utiliser tout l&apos;écran</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Raccourcis clavier…</translation>
    </message>
    <message>
        <source>List every keyboard shortcut</source>
        <translation>Lister tous les raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About meetingkit…</source>
        <translation>À &amp;propos de meetingkit…</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version et licence</translation>
    </message>
    <message>
        <source>About &amp;Qt…</source>
        <translation>À propos de &amp;Qt…</translation>
    </message>
    <message>
        <source>The Qt version in use</source>
        <translation>La version de Qt utilisée</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Afficher %1</translation>
    </message>
    <message>
        <source>S&amp;plit note at the cursor</source>
        <translation>&amp;Scinder la note au curseur</translation>
    </message>
    <message>
        <source>Write an update file of your notes to hand over to the organiser</source>
        <translation>Écrire un fichier de mise à jour de vos notes à remettre à l&apos;organisateur</translation>
    </message>
    <message>
        <source>Cut the note in two where the cursor is in the inspector&apos;s text</source>
        <translation>Couper la note en deux là où se trouve le curseur dans le texte de l’inspecteur</translation>
    </message>
    <message>
        <source>&amp;Join with the next note</source>
        <translation>&amp;Joindre à la note suivante</translation>
    </message>
    <message>
        <source>Make the selected note and the one after it a single note</source>
        <translation>Faire de la note sélectionnée et de la suivante une seule note</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Agrandir</translation>
    </message>
    <message>
        <source>Larger text in the notes and the capture line</source>
        <translation>Texte plus grand dans les notes et la ligne de saisie</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Réduire</translation>
    </message>
    <message>
        <source>Smaller text in the notes and the capture line</source>
        <translation>Texte plus petit dans les notes et la ligne de saisie</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Taille normale</translation>
    </message>
    <message>
        <source>Text in the notes and the capture line at its usual size</source>
        <translation>Texte des notes et de la ligne de saisie à sa taille habituelle</translation>
    </message>
</context>
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
    <name>AppController</name>
    <message>
        <source>{0} Open it read-only? You can read and search it, but not change it.</source>
        <translation>{0} L&apos;ouvrir en lecture seule ? Vous pourrez le lire et y chercher, mais pas le modifier.</translation>
    </message>
    <message>
        <source>Event already open</source>
        <translation>Événement déjà ouvert</translation>
    </message>
    <message>
        <source>Open an event</source>
        <translation>Ouvrir un événement</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Writing the sample event (photos and slides included)…</source>
        <translation>Écriture de l&apos;événement d&apos;exemple (photos et diapositives comprises)…</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your name, written as the author of every note you take (you can change it in Preferences):</source>
        <translation>Votre nom, inscrit comme auteur de chaque note que vous prenez (modifiable dans les Préférences) :</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Hide this message</source>
        <translation>Masquer ce message</translation>
    </message>
    <message>
        <source>Hide message</source>
        <translation>Masquer le message</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>CaptureBox</name>
    <message>
        <source>Multi-line note</source>
        <translation>Note sur plusieurs lignes</translation>
    </message>
    <message>
        <source>Shift+Enter starts a new line, Enter adds the note, Escape goes back to one line</source>
        <translation>Maj+Entrée commence une nouvelle ligne, Entrée ajoute la note, Échap revient à une seule ligne</translation>
    </message>
</context>
<context>
    <name>CaptureLine</name>
    <message>
        <source>Type a note and press Enter  ·  ! action  ~ synergy  = decision  ? question  * key point  &quot; quote  ·  @who  #tag  due:YYYY-MM-DD  ^short</source>
        <translation>Saisissez une note et appuyez sur Entrée  ·  ! action  ~ synergie  = décision  ? question  * point clé  &quot; citation  ·  @qui  #étiquette  due:AAAA-MM-JJ  ^court</translation>
    </message>
    <message>
        <source>Capture line</source>
        <translation>Ligne de saisie</translation>
    </message>
    <message>
        <source>Type a note and press Enter to add it to the session. Start with ! for an action, ~ for a synergy, = for a decision, ? for a question, * for a key point, a quote mark for a quote.</source>
        <translation>Saisissez une note et appuyez sur Entrée pour l&apos;ajouter à la session. Commencez par ! pour une action, ~ pour une synergie, = pour une décision, ? pour une question, * pour un point clé, un guillemet pour une citation.</translation>
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
    <name>ConflictsPanel</name>
    <message>
        <source>No conflicts: every field has one value.</source>
        <translation>Aucun conflit : chaque champ a une seule valeur.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Reading the conflicts</source>
        <translation>Lecture des conflits</translation>
    </message>
    <message>
        <source>deleted on one laptop, edited on another</source>
        <translation>supprimé sur un ordinateur, modifié sur un autre</translation>
    </message>
    <message>
        <source>deleted while notes were added to it</source>
        <translation>supprimée pendant que des notes y étaient ajoutées</translation>
    </message>
    <message>
        <source>Move the notes to…</source>
        <translation>Déplacer les notes vers…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Conflict: {0}, {1}</source>
        <translation>Conflit : {0}, {1}</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>Keep this</source>
        <translation>Garder celle-ci</translation>
    </message>
    <message>
        <source>Keep {0}</source>
        <translation>Garder {0}</translation>
    </message>
    <message>
        <source>The session to move the notes to (its title or the start of it):</source>
        <translation>La session où déplacer les notes (son titre ou son début) :</translation>
    </message>
    <message>
        <source>The value of {0}:</source>
        <translation>La valeur de {0} :</translation>
    </message>
</context>
<context>
    <name>ConnectVenueDialog</name>
    <message>
        <source>Connect to the venue</source>
        <translation>Se connecter sur place</translation>
    </message>
    <message>
        <source>Paste the join code the organiser shared (or scan its QR code with your phone and paste it here). Your notes stay in your file and sync while you are connected; edits made offline are sent when the connection is back.</source>
        <translation>Collez le code d&apos;accès partagé par l&apos;organisateur (ou scannez son code QR avec votre téléphone et collez-le ici). Vos notes restent dans votre fichier et se synchronisent tant que vous êtes connecté ; les modifications faites hors ligne partent dès que la connexion revient.</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Code d&apos;accès</translation>
    </message>
    <message>
        <source>Relays of this event found on the network</source>
        <translation>Relais de cet événement trouvés sur le réseau</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Join code:</source>
        <translation>Code d&apos;accès :</translation>
    </message>
    <message>
        <source>Relays of this event on the network (the code is still needed):</source>
        <translation>Relais de cet événement sur le réseau (le code reste nécessaire) :</translation>
    </message>
    <message>
        <source>{0} at {1}:{2}</source>
        <translation>{0} à {1}:{2}</translation>
    </message>
    <message>
        <source>Paste the join code too: the network does not announce the secret.</source>
        <translation>Collez aussi le code d&apos;accès : le réseau n&apos;annonce pas le secret.</translation>
    </message>
    <message>
        <source>That is not a join code: it looks like meetingkit://HOST:PORT/EVENT?key=…&amp;tls=… (copy it whole).</source>
        <translation>Ce n&apos;est pas un code d&apos;accès : il ressemble à meetingkit://HÔTE:PORT/ÉVÉNEMENT?key=…&amp;tls=… (copiez-le en entier).</translation>
    </message>
    <message>
        <source>This join code is for another event than the one open here.</source>
        <translation>Ce code d&apos;accès concerne un autre événement que celui ouvert ici.</translation>
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
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Type a date in full: {0} or {1}</source>
        <translation>Saisissez une date complète : {0} ou {1}</translation>
    </message>
    <message>
        <source>Choose a date on a calendar</source>
        <translation>Choisir une date dans un calendrier</translation>
    </message>
    <message>
        <source>“{0}” is not a date: type it as {1}</source>
        <translation>« {0} » n’est pas une date : saisissez-la sous la forme {1}</translation>
    </message>
</context>
<context>
    <name>DraftPanel</name>
    <message>
        <source>&amp;Draft from the notes</source>
        <translation>&amp;Rédiger à partir des notes</translation>
    </message>
    <message>
        <source>Draft this session&apos;s summary from its notes (your summary is kept)</source>
        <translation>Rédiger la synthèse de la session à partir de ses notes (votre synthèse est conservée)</translation>
    </message>
    <message>
        <source>&amp;Accept selected</source>
        <translation>&amp;Accepter la sélection</translation>
    </message>
    <message>
        <source>Accept a&amp;ll</source>
        <translation>&amp;Tout accepter</translation>
    </message>
    <message>
        <source>Copy into the summary</source>
        <translation>Copier dans la synthèse</translation>
    </message>
    <message>
        <source>Append the selected sentences (or all) to the summary, to edit there</source>
        <translation>Ajouter les phrases sélectionnées (ou toutes) à la synthèse, pour les y modifier</translation>
    </message>
    <message>
        <source>Drafted sentences</source>
        <translation>Phrases du brouillon</translation>
    </message>
    <message>
        <source>No draft yet: “Draft from the notes” drafts this session&apos;s summary.</source>
        <translation>Pas encore de brouillon : « Rédiger à partir des notes » rédige la synthèse de cette session.</translation>
    </message>
    <message numerus="yes">
        <source>From %n note(s); double-click to see the first</source>
        <translation>
            <numerusform>Tirée de %n note ; double-clic pour la voir</numerusform>
            <numerusform>Tirée de %n notes ; double-clic pour voir la première</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft: %1 sentences, %2 accepted. Hover or select a sentence to see its notes.</source>
        <translation>Brouillon : %1 phrases, %2 acceptées. Survolez ou sélectionnez une phrase pour voir ses notes.</translation>
    </message>
    <message>
        <source>The session has a written summary, which documents use. Compared with it: %1 new, %2 not in the draft.</source>
        <translation>La session a une synthèse rédigée, que les documents utilisent. Par rapport à elle : %1 nouvelles, %2 absentes du brouillon.</translation>
    </message>
</context>
<context>
    <name>EventDocument</name>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré à %1</translation>
    </message>
</context>
<context>
    <name>EventSettingsDialog</name>
    <message>
        <source>Event settings</source>
        <translation>Paramètres de l&apos;événement</translation>
    </message>
    <message>
        <source>Time zone of the meeting</source>
        <translation>Fuseau horaire de la réunion</translation>
    </message>
    <message>
        <source>This computer&apos;s time zone</source>
        <translation>Fuseau horaire de cet ordinateur</translation>
    </message>
    <message>
        <source>Notes are shown and exported on this clock, wherever they are read</source>
        <translation>Les notes sont affichées et exportées à cette heure, où qu&apos;elles soient lues</translation>
    </message>
    <message>
        <source>One organisation a line</source>
        <translation>Une organisation par ligne</translation>
    </message>
    <message>
        <source>Acronyms</source>
        <translation>Sigles</translation>
    </message>
    <message>
        <source>One acronym a line: UCLG = United Cities and Local Governments</source>
        <translation>Un sigle par ligne : CGLU = Cités et gouvernements locaux unis</translation>
    </message>
    <message>
        <source>The documents list, in an annex, the acronyms they use</source>
        <translation>Les documents listent en annexe les sigles qu’ils emploient</translation>
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
        <source>Time zone:</source>
        <translation>Fuseau horaire :</translation>
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
        <source>Acronyms:</source>
        <translation>Sigles :</translation>
    </message>
    <message>
        <source>Cover logo:</source>
        <translation>Logo de couverture :</translation>
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
    <name>Inspector</name>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>Select a note to see its fields.</source>
        <translation>Sélectionnez une note pour voir ses champs.</translation>
    </message>
    <message>
        <source>Note captured {0} by {1}</source>
        <translation>Note saisie {0} par {1}</translation>
    </message>
    <message>
        <source>Note captured {0}</source>
        <translation>Note saisie {0}</translation>
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
        <source>Agreed to publication</source>
        <translation>Accord pour la publication</translation>
    </message>
    <message>
        <source>Refused: never published</source>
        <translation>Refusé : jamais publiée</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Pas encore demandé</translation>
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
        <source>Rendering the PDF</source>
        <translation>Création du PDF</translation>
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
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Days and sessions</source>
        <translation>Jours et sessions</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>Search the event</source>
        <translation>Rechercher dans l&apos;événement</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>This event is open read-only</source>
        <translation>Cet événement est ouvert en lecture seule</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Tag the selected note</source>
        <translation>É&amp;tiqueter la note sélectionnée</translation>
    </message>
    <message>
        <source>Sea&amp;rch</source>
        <translation>Re&amp;cherche</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation>&amp;Pages</translation>
    </message>
    <message>
        <source>E&amp;vent</source>
        <translation>É&amp;vénement</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>No recent events</source>
        <translation>Aucun événement récent</translation>
    </message>
    <message>
        <source>&amp;Undo {0}</source>
        <translation>&amp;Annuler : {0}</translation>
    </message>
    <message>
        <source>&amp;Redo {0}</source>
        <translation>&amp;Rétablir : {0}</translation>
    </message>
    <message>
        <source>{0} — {1} (read-only)</source>
        <translation>{0} — {1} (lecture seule)</translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <source>Edit session details</source>
        <translation>Modifier les détails de la session</translation>
    </message>
    <message>
        <source>About meetingkit</source>
        <translation>À propos de meetingkit</translation>
    </message>
    <message>
        <source>Session notes of multi-day meetings, full written summaries and outcome packs.</source>
        <translation>Notes de session des réunions de plusieurs jours, comptes rendus complets et dossiers de résultats.</translation>
    </message>
    <message>
        <source>MIT licence</source>
        <translation>Licence MIT</translation>
    </message>
</context>
<context>
    <name>MediaModel</name>
    <message>
        <source>Consent not asked: left out of the outcomes</source>
        <translation>Consentement non demandé : exclue des résultats</translation>
    </message>
    <message>
        <source>Consent refused: never in the outcomes</source>
        <translation>Consentement refusé : jamais dans les résultats</translation>
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
        <source>Consent of the people shown</source>
        <translation>Consentement des personnes visibles</translation>
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
        <source>Consent:</source>
        <translation>Consentement :</translation>
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
        <source>Move &amp;earlier</source>
        <translation>Déplacer &amp;avant</translation>
    </message>
    <message>
        <source>Move &amp;later</source>
        <translation>Déplacer a&amp;près</translation>
    </message>
    <message>
        <source>Move to &amp;first</source>
        <translation>Mettre en &amp;premier</translation>
    </message>
    <message>
        <source>Move to l&amp;ast</source>
        <translation>Mettre en &amp;dernier</translation>
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
    <name>MergeFilesDialog</name>
    <message>
        <source>Rapporteurs&apos; files</source>
        <translation>Fichiers des rapporteurs</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Merge rapporteurs&apos; files</source>
        <translation>Fusionner les fichiers des rapporteurs</translation>
    </message>
    <message>
        <source>Bring other copies of this event into {0}: new notes and sessions are added, each field takes the latest edit its writer had seen, and edits made at the same time on two laptops become conflicts for you to settle. A backup of {0} is made first; a merge cannot be undone, but File &gt; Restore from backup… brings the file back as it was.</source>
        <translation>Intégrer d&apos;autres copies de cet événement dans {0} : les nouvelles notes et sessions sont ajoutées, chaque champ prend la dernière modification que son auteur avait vue, et les modifications faites en même temps sur deux ordinateurs deviennent des conflits à trancher. Une sauvegarde de {0} est faite d&apos;abord ; une fusion ne peut pas être annulée, mais Fichier &gt; Restaurer une sauvegarde… remet le fichier tel qu&apos;il était.</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>Choisir les fichiers…</translation>
    </message>
    <message>
        <source>What merging would do</source>
        <translation>Ce que la fusion ferait</translation>
    </message>
    <message>
        <source>meetingkit update files (*{0})</source>
        <translation>Fichiers de mise à jour meetingkit (*{0})</translation>
    </message>
    <message>
        <source>Event copies and update files (*.meeting *{0})</source>
        <translation>Copies de l&apos;événement et fichiers de mise à jour (*.meeting *{0})</translation>
    </message>
    <message>
        <source>Choose the rapporteurs&apos; .meeting files or update files to see what merging would do.</source>
        <translation>Choisissez les fichiers .meeting ou les fichiers de mise à jour des rapporteurs pour voir ce que la fusion ferait.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Nothing was changed yet. Merge adds all of this to {0} in one step.</source>
        <translation>Rien n&apos;a encore changé. Fusionner ajoute tout ceci à {0} en une seule étape.</translation>
    </message>
    <message>
        <source>{0}: {1}, {2}, {3}</source>
        <translation>{0} : {1}, {2}, {3}</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added</source>
        <translation>
            <numerusform>%n fiche ajoutée</numerusform>
            <numerusform>%n fiches ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed</source>
        <translation>
            <numerusform>%n champ modifié</numerusform>
            <numerusform>%n champs modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>quelqu&apos;un</translation>
    </message>
    <message>
        <source>{0}, {1}: {2}</source>
        <translation>{0}, {1} : {2}</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Day {0} · {1}</source>
        <translation>Jour {0} · {1}</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>{0} au {1}</translation>
    </message>
    <message>
        <source>Day {0}, {1}</source>
        <translation>Jour {0}, {1}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>Days and sessions</source>
        <translation>Jours et sessions</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nouvelle session</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <source>e.g. UCLG–Metropolis Learning Meeting</source>
        <translation>p. ex. Rencontre d’apprentissage CGLU–Metropolis</translation>
    </message>
    <message>
        <source>Event title</source>
        <translation>Titre de l&apos;événement</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
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
        <source>&amp;Dates</source>
        <translation>&amp;Dates</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;Ville</translation>
    </message>
    <message>
        <source>One organisation per line</source>
        <translation>Une organisation par ligne</translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation>Organisateurs</translation>
    </message>
    <message>
        <source>&amp;Organisers</source>
        <translation>&amp;Organisateurs</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Language codes of the meeting, separated by commas</source>
        <translation>Codes des langues de la réunion, séparés par des virgules</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>La&amp;ngues</translation>
    </message>
    <message>
        <source>Event file</source>
        <translation>Fichier de l&apos;événement</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose where to save the event file</source>
        <translation>Choisir où enregistrer le fichier de l&apos;événement</translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation>&amp;Enregistrer sous</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Create event</source>
        <translation>Créer l&apos;événement</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} jours</translation>
    </message>
    <message>
        <source>Save the new event as</source>
        <translation>Enregistrer le nouvel événement sous</translation>
    </message>
</context>
<context>
    <name>NoteForm</name>
    <message>
        <source>Note text</source>
        <translation>Texte de la note</translation>
    </message>
    <message>
        <source>The note&apos;s text (Markdown); Ctrl+Enter or leaving the field saves it</source>
        <translation>Le texte de la note (Markdown) ; Ctrl+Entrée ou quitter le champ l&apos;enregistre</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Tag {0}</source>
        <translation>Étiquette {0}</translation>
    </message>
    <message>
        <source>other tags, separated by commas</source>
        <translation>autres étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <source>Other tags</source>
        <translation>Autres étiquettes</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Action owner</source>
        <translation>Responsable de l&apos;action</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>Action due date</source>
        <translation>Échéance de l&apos;action</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sans échéance</translation>
    </message>
    <message>
        <source>Clear due date</source>
        <translation>Effacer l&apos;échéance</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>É&amp;chéance</translation>
    </message>
    <message>
        <source>Action horizon</source>
        <translation>Horizon de l&apos;action</translation>
    </message>
    <message>
        <source>&amp;Horizon</source>
        <translation>&amp;Horizon</translation>
    </message>
    <message>
        <source>Action status</source>
        <translation>Statut de l&apos;action</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>Roadmap focus area</source>
        <translation>Axe prioritaire de la feuille de route</translation>
    </message>
    <message>
        <source>roadmap focus area</source>
        <translation>axe prioritaire de la feuille de route</translation>
    </message>
    <message>
        <source>&amp;Focus area</source>
        <translation>&amp;Axe prioritaire</translation>
    </message>
    <message>
        <source>Synergy</source>
        <translation>Synergie</translation>
    </message>
    <message>
        <source>UCLG, Metropolis</source>
        <translation>CGLU, Metropolis</translation>
    </message>
    <message>
        <source>Synergy parties</source>
        <translation>Parties de la synergie</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>&amp;Parties</translation>
    </message>
    <message>
        <source>Synergy theme</source>
        <translation>Thème de la synergie</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Quote speaker</source>
        <translation>Auteur de la citation</translation>
    </message>
    <message>
        <source>S&amp;peaker</source>
        <translation>&amp;Auteur</translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation>Modifier les étiquettes</translation>
    </message>
    <message>
        <source>Edit speaker</source>
        <translation>Modifier l&apos;auteur</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>synergy</source>
        <translation>synergie</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>décision</translation>
    </message>
    <message>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <source>key point</source>
        <translation>point clé</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>citation</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Synergies</source>
        <translation>Synergies</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Points clés</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <source>short term</source>
        <translation>court terme</translation>
    </message>
    <message>
        <source>medium term</source>
        <translation>moyen terme</translation>
    </message>
    <message>
        <source>long term</source>
        <translation>long terme</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>done</source>
        <translation>faite</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>abandonnée</translation>
    </message>
    <message>
        <source>owner {0}</source>
        <translation>responsable {0}</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>sans responsable</translation>
    </message>
    <message>
        <source>due {0}</source>
        <translation>échéance {0}</translation>
    </message>
    <message>
        <source>focus: {0}</source>
        <translation>axe : {0}</translation>
    </message>
    <message>
        <source>Action: {0}</source>
        <translation>Action : {0}</translation>
    </message>
    <message>
        <source>no parties yet</source>
        <translation>pas encore de parties</translation>
    </message>
    <message>
        <source>Synergy: {0}</source>
        <translation>Synergie : {0}</translation>
    </message>
    <message>
        <source>tags: {0}</source>
        <translation>étiquettes : {0}</translation>
    </message>
    <message>
        <source>Captured {0} by {1}</source>
        <translation>Saisie {0} par {1}</translation>
    </message>
    <message>
        <source>Captured {0}</source>
        <translation>Saisie {0}</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Edit organisation</source>
        <translation>Modifier l’organisation</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>Ajouter une organisation</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>city, network, agency…</source>
        <translation>ville, réseau, agence…</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
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
        <source>Report status</source>
        <translation>Statut du rapport</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Version finale</translation>
    </message>
    <message>
        <source>Session layout</source>
        <translation>Mise en page des sessions</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>IGF session report</source>
        <translation>Rapport de session du FGI</translation>
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
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>Sessions :</translation>
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
        <source>Also photos whose consent nobody asked</source>
        <translation>Aussi les photos dont personne n’a demandé le consentement</translation>
    </message>
    <message>
        <source>Off: only photos whose people agreed go into the pack and the documents</source>
        <translation>Décoché : seules les photos dont les personnes ont donné leur accord vont dans le dossier et les documents</translation>
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
    <name>PackReviewDialog</name>
    <message>
        <source>Check the selected photos</source>
        <translation>Vérifier les photos sélectionnées</translation>
    </message>
    <message numerus="yes">
        <source>Before the pack is built, %n selected photo(s) need a look:</source>
        <translation>
            <numerusform>Avant de constituer le dossier, %n photo sélectionnée demande un coup d’œil :</numerusform>
            <numerusform>Avant de constituer le dossier, %n photos sélectionnées demandent un coup d’œil :</numerusform>
        </translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manque</translation>
    </message>
    <message>
        <source>Photos that need a look</source>
        <translation>Photos à vérifier</translation>
    </message>
    <message>
        <source>Fix on the Media page</source>
        <translation>Corriger dans la page Médias</translation>
    </message>
    <message>
        <source>Build anyway…</source>
        <translation>Constituer quand même…</translation>
    </message>
    <message>
        <source>no caption</source>
        <translation>pas de légende</translation>
    </message>
    <message>
        <source>no credit</source>
        <translation>pas de crédit</translation>
    </message>
    <message>
        <source>consent not asked (included)</source>
        <translation>consentement non demandé (incluse)</translation>
    </message>
    <message>
        <source>consent not asked (left out)</source>
        <translation>consentement non demandé (exclue)</translation>
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
        <source>Add participant…</source>
        <translation>Ajouter un participant…</translation>
    </message>
    <message>
        <source>Type in one participant by hand</source>
        <translation>Saisir un participant à la main</translation>
    </message>
    <message>
        <source>Edit participant…</source>
        <translation>Modifier le participant…</translation>
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
    <message>
        <source>Add organisation…</source>
        <translation>Ajouter une organisation…</translation>
    </message>
    <message>
        <source>Edit organisation…</source>
        <translation>Modifier l’organisation…</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>Supprimer l’organisation</translation>
    </message>
    <message>
        <source>Its participants keep the organisation&apos;s name; you can undo this</source>
        <translation>Ses participants gardent le nom de l’organisation ; vous pouvez l’annuler</translation>
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
    <message>
        <source>Give the participant a name.</source>
        <translation>Donnez un nom au participant.</translation>
    </message>
    <message>
        <source>%1 is already in the participants list.</source>
        <translation>%1 est déjà dans la liste des participants.</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address.</source>
        <translation>%1 n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>Give the organisation a name.</source>
        <translation>Donnez un nom à l’organisation.</translation>
    </message>
    <message>
        <source>%1 is already in the organisations list.</source>
        <translation>%1 est déjà dans la liste des organisations.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit participant</source>
        <translation>Modifier le participant</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
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
    <name>Replication</name>
    <message>
        <source>Inbox folder</source>
        <translation>Dossier de réception</translation>
    </message>
    <message>
        <source>Update files arriving in {0} are merged into this event.</source>
        <translation>Les fichiers de mise à jour qui arrivent dans {0} sont fusionnés dans cet événement.</translation>
    </message>
    <message>
        <source>Choose another…</source>
        <translation>En choisir un autre…</translation>
    </message>
    <message>
        <source>Stop using it</source>
        <translation>Ne plus l&apos;utiliser</translation>
    </message>
    <message>
        <source>Send my notes</source>
        <translation>Envoyer mes notes</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Show the conflicts to settle</source>
        <translation>Afficher les conflits à trancher</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged {0}: {1}, {2}.</source>
        <translation>Fusionné {0} : {1}, {2}.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added</source>
        <translation>
            <numerusform>%n fiche ajoutée</numerusform>
            <numerusform>%n fiches ajoutées</numerusform>
        </translation>
    </message>
    <message>
        <source>No inbox folder: merge files with Event &gt; Merge rapporteurs&apos; files…</source>
        <translation>Aucun dossier de réception : fusionnez les fichiers avec Événement &gt; Fusionner les fichiers des rapporteurs…</translation>
    </message>
    <message>
        <source>{0} holds the open event file itself, which a sync tool would copy while it is being written; choose a folder of its own.</source>
        <translation>{0} contient le fichier de l&apos;événement ouvert, qu&apos;un outil de synchronisation copierait pendant son écriture ; choisissez un dossier à part.</translation>
    </message>
    <message>
        <source>Update files arriving in {0} are merged as they arrive.</source>
        <translation>Les fichiers de mise à jour qui arrivent dans {0} sont fusionnés dès leur arrivée.</translation>
    </message>
    <message>
        <source>Backing up the event</source>
        <translation>Sauvegarde de l&apos;événement</translation>
    </message>
    <message>
        <source>Your notes are in {0}: hand this file over.</source>
        <translation>Vos notes sont dans {0} : remettez ce fichier.</translation>
    </message>
    <message>
        <source>Writing your notes</source>
        <translation>Écriture de vos notes</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Put a backup in place of {0}. What the file holds now is backed up first, so a restore can itself be taken back. The event closes and opens again.</source>
        <translation>Remettre une sauvegarde à la place de {0}. Le contenu actuel du fichier est sauvegardé d&apos;abord : une restauration peut elle-même être défaite. L&apos;événement se ferme et se rouvre.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Sauvegardes, la plus récente d&apos;abord</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>No backups of this event yet.</source>
        <translation>Pas encore de sauvegarde de cet événement.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>while open</source>
        <translation>pendant l&apos;édition</translation>
    </message>
    <message>
        <source>before a merge</source>
        <translation>avant une fusion</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>à la main</translation>
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
    <message numerus="yes">
        <source>Show %n more</source>
        <translation>
            <numerusform>Afficher %n de plus</numerusform>
            <numerusform>Afficher %n de plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) of this cell are not shown yet</source>
        <translation>
            <numerusform>%n action de cette case n’est pas encore affichée</numerusform>
            <numerusform>%n actions de cette case ne sont pas encore affichées</numerusform>
        </translation>
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
    <name>SafePreview</name>
    <message>
        <source>Summary preview</source>
        <translation>Aperçu de la synthèse</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Trouvé dans</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>Synthèse de session</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>{0} in {1}: {2}</source>
        <translation>{0} dans {1} : {2}</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search notes, summaries and captions of the whole event</source>
        <translation>Rechercher dans les notes, synthèses et légendes de tout l&apos;événement</translation>
    </message>
    <message>
        <source>Search the event</source>
        <translation>Rechercher dans l&apos;événement</translation>
    </message>
    <message>
        <source>Number of results</source>
        <translation>Nombre de résultats</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>1 résultat</translation>
    </message>
    <message>
        <source>{0} results</source>
        <translation>{0} résultats</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
</context>
<context>
    <name>SessionDetailsDialog</name>
    <message>
        <source>Session details</source>
        <translation>Détails de la session</translation>
    </message>
    <message>
        <source>Session title</source>
        <translation>Titre de la session</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Heure de fin</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>T&amp;ime</source>
        <translation>&amp;Horaire</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Salle</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Modérateur</translation>
    </message>
    <message>
        <source>&amp;Moderator</source>
        <translation>&amp;Modérateur</translation>
    </message>
    <message>
        <source>One speaker per line</source>
        <translation>Un intervenant par ligne</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <source>S&amp;peakers</source>
        <translation>&amp;Intervenants</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <source>R&amp;apporteur</source>
        <translation>R&amp;apporteur</translation>
    </message>
    <message>
        <source>One guiding question per line</source>
        <translation>Une question directrice par ligne</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>Questions directrices</translation>
    </message>
    <message>
        <source>&amp;Guiding questions</source>
        <translation>&amp;Questions directrices</translation>
    </message>
</context>
<context>
    <name>SessionHeader</name>
    <message>
        <source>Day {0}, {1}</source>
        <translation>Jour {0}, {1}</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Modérateur</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Rapporteur</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0} : {1}</translation>
    </message>
    <message>
        <source>Session title</source>
        <translation>Titre de la session</translation>
    </message>
    <message>
        <source>When and where</source>
        <translation>Quand et où</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>Questions directrices</translation>
    </message>
    <message>
        <source>No session selected</source>
        <translation>Aucune session sélectionnée</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>{0} h {1:02d}</source>
        <translation>{0} h {1:02d}</translation>
    </message>
    <message>
        <source>{0} · starts in {1}</source>
        <translation>{0} · commence dans {1}</translation>
    </message>
    <message>
        <source>{0} · ended {1} ago</source>
        <translation>{0} · terminée depuis {1}</translation>
    </message>
    <message>
        <source>{0} in</source>
        <translation>{0} écoulées</translation>
    </message>
    <message>
        <source>{0} · {1} · {2} left</source>
        <translation>{0} · {1} · reste {2}</translation>
    </message>
    <message>
        <source>Session clock</source>
        <translation>Horloge de la session</translation>
    </message>
</context>
<context>
    <name>SessionMerger</name>
    <message>
        <source>&quot;{0}&quot; is there twice on day {1}: probably the same session, created by two rapporteurs. Merge them? The notes, photos and people of both are kept (Undo takes it back).</source>
        <translation>« {0} » figure deux fois au jour {1} : sans doute la même session, créée par deux rapporteurs. Les fusionner ? Les notes, photos et personnes des deux sont conservées (Annuler revient en arrière).</translation>
    </message>
    <message>
        <source>&amp;Merge them</source>
        <translation>&amp;Les fusionner</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Garder les deux</translation>
    </message>
    <message>
        <source>Merged the two &quot;{0}&quot; sessions into one.</source>
        <translation>Les deux sessions « {0} » n&apos;en font plus qu&apos;une.</translation>
    </message>
    <message>
        <source>No other session of that day has the same title.</source>
        <translation>Aucune autre session de ce jour ne porte ce titre.</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>Recovered an unsent line: it is back in the capture line.</source>
        <translation>Une ligne non envoyée a été récupérée : elle est de retour dans la ligne de saisie.</translation>
    </message>
    <message>
        <source>Filter this session&apos;s notes (Ctrl+F)</source>
        <translation>Filtrer les notes de cette session (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter notes</source>
        <translation>Filtrer les notes</translation>
    </message>
    <message>
        <source>Show notes tagged</source>
        <translation>Afficher les notes étiquetées</translation>
    </message>
    <message>
        <source>All notes</source>
        <translation>Toutes les notes</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Number of notes</source>
        <translation>Nombre de notes</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>&amp;Discard it</source>
        <translation>&amp;L&apos;abandonner</translation>
    </message>
    <message>
        <source>{0} is open read-only: you can read and search, not edit.</source>
        <translation>{0} est ouvert en lecture seule : vous pouvez lire et chercher, pas modifier.</translation>
    </message>
    <message>
        <source>{0} of {1} notes shown</source>
        <translation>{0} notes affichées sur {1}</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 note</translation>
    </message>
    <message>
        <source>{0} notes</source>
        <translation>{0} notes</translation>
    </message>
    <message>
        <source>Capture line warning</source>
        <translation>Avertissement de la ligne de saisie</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>The summary assistant&apos;s draft, each sentence with its notes</source>
        <translation>Le brouillon de l’assistant de synthèse, chaque phrase avec ses notes</translation>
    </message>
    <message>
        <source>Pasted {0} lines: add them as {0} notes, one per line, or as one note?</source>
        <translation>{0} lignes collées : les ajouter comme {0} notes, une par ligne, ou comme une seule note ?</translation>
    </message>
    <message>
        <source>{0} &amp;notes</source>
        <translation>{0} &amp;notes</translation>
    </message>
    <message>
        <source>&amp;One note</source>
        <translation>&amp;Une seule note</translation>
    </message>
    <message>
        <source>Add {0} notes</source>
        <translation>Ajouter {0} notes</translation>
    </message>
    <message>
        <source>Split note</source>
        <translation>Scinder la note</translation>
    </message>
    <message>
        <source>Join notes</source>
        <translation>Joindre les notes</translation>
    </message>
    <message>
        <source>Tag {0} notes</source>
        <translation>Étiqueter {0} notes</translation>
    </message>
    <message>
        <source>Delete {0} notes</source>
        <translation>Supprimer {0} notes</translation>
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
    <name>ShareVenueDialog</name>
    <message>
        <source>Share this event at the venue</source>
        <translation>Partager cet événement sur place</translation>
    </message>
    <message>
        <source>Rapporteurs choose Event › Connect to the venue… and paste this code, or scan the QR code. Keep this laptop awake and on the venue&apos;s network; closing the event stops sharing.</source>
        <translation>Les rapporteurs choisissent Événement › Se connecter au lieu de la réunion… et collent ce code, ou scannent le code QR. Gardez cet ordinateur allumé et sur le réseau du lieu ; fermer l&apos;événement arrête le partage.</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Code d&apos;accès</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>The join code as a QR code</source>
        <translation>Le code d&apos;accès en code QR</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Copier le code</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Arrêter le partage</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>! at the start</source>
        <translation>! au début</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>~ at the start</source>
        <translation>~ au début</translation>
    </message>
    <message>
        <source>synergy</source>
        <translation>synergie</translation>
    </message>
    <message>
        <source>= at the start</source>
        <translation>= au début</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>décision</translation>
    </message>
    <message>
        <source>? at the start</source>
        <translation>? au début</translation>
    </message>
    <message>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <source>* at the start</source>
        <translation>* au début</translation>
    </message>
    <message>
        <source>key point</source>
        <translation>point clé</translation>
    </message>
    <message>
        <source>&quot; at the start</source>
        <translation>&quot; au début</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>citation</translation>
    </message>
    <message>
        <source>@Name or @[Two Words]</source>
        <translation>@Nom ou @[Deux Mots]</translation>
    </message>
    <message>
        <source>owner, party or speaker</source>
        <translation>responsable, partie ou auteur</translation>
    </message>
    <message>
        <source>#tag</source>
        <translation>#étiquette</translation>
    </message>
    <message>
        <source>a free tag</source>
        <translation>une étiquette libre</translation>
    </message>
    <message>
        <source>due:2017-10-15</source>
        <translation>due:2017-10-15</translation>
    </message>
    <message>
        <source>action due date</source>
        <translation>échéance de l&apos;action</translation>
    </message>
    <message>
        <source>^short ^medium ^long</source>
        <translation>^court ^moyen ^long</translation>
    </message>
    <message>
        <source>action horizon</source>
        <translation>horizon de l&apos;action</translation>
    </message>
    <message>
        <source>Ctrl+Z in an empty capture line</source>
        <translation>Ctrl+Z dans une ligne de saisie vide</translation>
    </message>
    <message>
        <source>take back the last note</source>
        <translation>reprendre la dernière note</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Capture line</source>
        <translation>Ligne de saisie</translation>
    </message>
</context>
<context>
    <name>StreamView</name>
    <message>
        <source>Notes stream</source>
        <translation>Fil des notes</translation>
    </message>
    <message>
        <source>The notes of this session, oldest first</source>
        <translation>Les notes de cette session, les plus anciennes d&apos;abord</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
    <message>
        <source>Apply the suggested tag (Enter)</source>
        <translation>Appliquer l’étiquette suggérée (Entrée)</translation>
    </message>
    <message>
        <source>Tag as an action?</source>
        <translation>Étiqueter comme action ?</translation>
    </message>
    <message>
        <source>Tag as a decision?</source>
        <translation>Étiqueter comme décision ?</translation>
    </message>
    <message>
        <source>Tag as a question?</source>
        <translation>Étiqueter comme question ?</translation>
    </message>
    <message>
        <source>Same point noted by %1 — %2</source>
        <translation>Même point noté par %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s). Nothing changes until you apply one.</source>
        <translation>
            <numerusform>%n suggestion. Rien ne change tant que vous ne l’appliquez pas.</numerusform>
            <numerusform>%n suggestions. Rien ne change tant que vous n’en appliquez pas une.</numerusform>
        </translation>
    </message>
    <message>
        <source>No suggestions: untagged notes that read like an action, a decision or a question show here.</source>
        <translation>Aucune suggestion : les notes sans étiquette qui ressemblent à une action, une décision ou une question apparaissent ici.</translation>
    </message>
</context>
<context>
    <name>SummaryEditor</name>
    <message>
        <source>Rapporteur&apos;s summary (Markdown)</source>
        <translation>Synthèse du rapporteur (Markdown)</translation>
    </message>
    <message>
        <source>Rapporteur&apos;s summary</source>
        <translation>Synthèse du rapporteur</translation>
    </message>
    <message>
        <source>Summarise the session: **bold**, *italic*, - lists, [links](https://…)</source>
        <translation>Résumez la session : **gras**, *italique*, - listes, [liens](https://…)</translation>
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
<context>
    <name>Venue</name>
    <message>
        <source>At the venue</source>
        <translation>Sur place</translation>
    </message>
    <message>
        <source>At the venue: connecting…</source>
        <translation>Sur place : connexion…</translation>
    </message>
    <message>
        <source>nobody else yet</source>
        <translation>personne d&apos;autre pour l&apos;instant</translation>
    </message>
    <message>
        <source>At the venue: connected · {0}</source>
        <translation>Sur place : connecté · {0}</translation>
    </message>
    <message numerus="yes">
        <source>At the venue: offline · %n change(s) waiting</source>
        <translation>
            <numerusform>Sur place : hors ligne · %n modification en attente</numerusform>
            <numerusform>Sur place : hors ligne · %n modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>At the venue: offline</source>
        <translation>Sur place : hors ligne</translation>
    </message>
    <message>
        <source>Sharing at the venue: nobody connected yet</source>
        <translation>Partage sur place : personne n&apos;est encore connecté</translation>
    </message>
    <message>
        <source>Sharing at the venue: {0}</source>
        <translation>Partage sur place : {0}</translation>
    </message>
    <message>
        <source>At the venue: not connected</source>
        <translation>Sur place : non connecté</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Welcome to meetingkit</source>
        <translation>Bienvenue dans meetingkit</translation>
    </message>
    <message>
        <source>meetingkit logo</source>
        <translation>logo de meetingkit</translation>
    </message>
    <message>
        <source>Day-by-day notes of multi-day meetings, turned into full written summaries and outcome packs.</source>
        <translation>Les notes jour par jour des réunions de plusieurs jours, transformées en comptes rendus complets et en dossiers de résultats.</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nouvel événement…</translation>
    </message>
    <message>
        <source>Create an event file: title, dates, venue</source>
        <translation>Créer un fichier d&apos;événement : titre, dates, lieu</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open an event file</source>
        <translation>Ouvrir un fichier d&apos;événement</translation>
    </message>
    <message>
        <source>Open the &amp;sample event</source>
        <translation>Ouvrir l&apos;événement d&apos;&amp;exemple</translation>
    </message>
    <message>
        <source>A three-day learning meeting in Barcelona, with notes, photos and slides</source>
        <translation>Une réunion d&apos;apprentissage de trois jours à Barcelone, avec notes, photos et diapositives</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation>Événements récents</translation>
    </message>
    <message>
        <source>Events you open appear here. Start with the sample event to look around.</source>
        <translation>Les événements que vous ouvrez apparaissent ici. Commencez par l&apos;événement d&apos;exemple pour faire le tour.</translation>
    </message>
</context>
</TS>
