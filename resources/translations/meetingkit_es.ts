<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Actions</name>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nuevo evento…</translation>
    </message>
    <message>
        <source>Create a new event file</source>
        <translation>Crear un nuevo archivo de evento</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open an event file</source>
        <translation>Abrir un archivo de evento</translation>
    </message>
    <message>
        <source>Open the &amp;sample event</source>
        <translation>Abrir el evento de &amp;ejemplo</translation>
    </message>
    <message>
        <source>Open the Barcelona learning meeting sample</source>
        <translation>Abrir el ejemplo de la reunión de aprendizaje de Barcelona</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Restaurar una &amp;copia de seguridad…</translation>
    </message>
    <message>
        <source>Put one of this event&apos;s backups in place of the file</source>
        <translation>Poner una copia de seguridad de este evento en lugar del archivo</translation>
    </message>
    <message>
        <source>Sen&amp;d my notes…</source>
        <translation>En&amp;viar mis notas…</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>&amp;Merge rapporteurs&apos; files…</source>
        <translation>&amp;Fusionar los archivos de los relatores…</translation>
    </message>
    <message>
        <source>Bring other copies of this event into this file</source>
        <translation>Incorporar otras copias de este evento a este archivo</translation>
    </message>
    <message>
        <source>&amp;Inbox folder…</source>
        <translation>Carpeta de &amp;entrada…</translation>
    </message>
    <message>
        <source>A folder whose update files are merged as they arrive (a sync folder)</source>
        <translation>Una carpeta cuyos archivos de actualización se fusionan al llegar (una carpeta sincronizada)</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Conflictos</translation>
    </message>
    <message>
        <source>Fields two rapporteurs changed at the same time: choose the value</source>
        <translation>Campos que dos relatores cambiaron a la vez: elija el valor</translation>
    </message>
    <message>
        <source>Connect to the &amp;venue…</source>
        <translation>Conectar con la &amp;sede…</translation>
    </message>
    <message>
        <source>Sync live with the organiser&apos;s laptop: paste the join code</source>
        <translation>Sincronizar en directo con el portátil de la organización: pegue el código de acceso</translation>
    </message>
    <message>
        <source>&amp;Share this event at the venue…</source>
        <translation>&amp;Compartir este evento en la sede…</translation>
    </message>
    <message>
        <source>Let rapporteurs&apos; laptops sync live with this one: shows the join code</source>
        <translation>Permitir que los portátiles de los relatores se sincronicen en directo con este: muestra el código de acceso</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>&amp;Cerrar la ventana</translation>
    </message>
    <message>
        <source>Close this event window</source>
        <translation>Cerrar la ventana de este evento</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit meetingkit (every line is already saved)</source>
        <translation>Salir de meetingkit (cada línea ya está guardada)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edición</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Deshacer el último cambio</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Redo the change just undone</source>
        <translation>Rehacer el cambio deshecho</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Change meetingkit&apos;s settings</source>
        <translation>Cambiar los ajustes de meetingkit</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>&amp;Add session</source>
        <translation>&amp;Añadir una sesión</translation>
    </message>
    <message>
        <source>Add a session to the selected day</source>
        <translation>Añadir una sesión al día seleccionado</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renombrar</translation>
    </message>
    <message>
        <source>Rename the selected session, or change a day&apos;s theme</source>
        <translation>Renombrar la sesión seleccionada o cambiar el tema de un día</translation>
    </message>
    <message>
        <source>Move session &amp;up</source>
        <translation>&amp;Subir la sesión</translation>
    </message>
    <message>
        <source>Move the session earlier in the day</source>
        <translation>Poner la sesión antes en el día</translation>
    </message>
    <message>
        <source>Move session &amp;down</source>
        <translation>&amp;Bajar la sesión</translation>
    </message>
    <message>
        <source>Move the session later in the day</source>
        <translation>Poner la sesión más tarde en el día</translation>
    </message>
    <message>
        <source>&amp;Delete session</source>
        <translation>&amp;Eliminar la sesión</translation>
    </message>
    <message>
        <source>Delete the selected session (undo brings it back)</source>
        <translation>Eliminar la sesión seleccionada (deshacer la recupera)</translation>
    </message>
    <message>
        <source>Merge with the session of the same &amp;title</source>
        <translation>Fusionar con la sesión del mismo &amp;título</translation>
    </message>
    <message>
        <source>Fold the other session of this day with the same title into this one (notes kept)</source>
        <translation>Unir a esta la otra sesión de este día con el mismo título (se conservan las notas)</translation>
    </message>
    <message>
        <source>Session &amp;details…</source>
        <translation>&amp;Detalles de la sesión…</translation>
    </message>
    <message>
        <source>Edit time, room, people and guiding questions</source>
        <translation>Editar el horario, la sala, las personas y las preguntas guía</translation>
    </message>
    <message>
        <source>&amp;Previous session</source>
        <translation>Sesión &amp;anterior</translation>
    </message>
    <message>
        <source>Open the session before this one</source>
        <translation>Abrir la sesión anterior a esta</translation>
    </message>
    <message>
        <source>&amp;Next session</source>
        <translation>Sesión &amp;siguiente</translation>
    </message>
    <message>
        <source>Open the session after this one</source>
        <translation>Abrir la sesión posterior a esta</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Go to the &amp;capture line</source>
        <translation>Ir a la línea de &amp;captura</translation>
    </message>
    <message>
        <source>Type a new note</source>
        <translation>Escribir una nueva nota</translation>
    </message>
    <message>
        <source>Edit the &amp;summary</source>
        <translation>Editar el &amp;resumen</translation>
    </message>
    <message>
        <source>Write the rapporteur&apos;s summary</source>
        <translation>Redactar el resumen del relator</translation>
    </message>
    <message>
        <source>&amp;Edit note</source>
        <translation>&amp;Editar la nota</translation>
    </message>
    <message>
        <source>Edit the selected note in place</source>
        <translation>Editar la nota seleccionada en su sitio</translation>
    </message>
    <message>
        <source>&amp;Delete note</source>
        <translation>&amp;Eliminar la nota</translation>
    </message>
    <message>
        <source>Delete the selected note (undo brings it back)</source>
        <translation>Eliminar la nota seleccionada (deshacer la recupera)</translation>
    </message>
    <message>
        <source>Move note &amp;up</source>
        <translation>&amp;Subir la nota</translation>
    </message>
    <message>
        <source>Move the note earlier</source>
        <translation>Poner la nota antes</translation>
    </message>
    <message>
        <source>Move note do&amp;wn</source>
        <translation>&amp;Bajar la nota</translation>
    </message>
    <message>
        <source>Move the note later</source>
        <translation>Poner la nota después</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Acción</translation>
    </message>
    <message>
        <source>Tag the selected note as an action</source>
        <translation>Etiquetar la nota seleccionada como acción</translation>
    </message>
    <message>
        <source>&amp;Synergy</source>
        <translation>&amp;Sinergia</translation>
    </message>
    <message>
        <source>Tag the selected note as a synergy</source>
        <translation>Etiquetar la nota seleccionada como sinergia</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Decisión</translation>
    </message>
    <message>
        <source>Tag the selected note as a decision</source>
        <translation>Etiquetar la nota seleccionada como decisión</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Pregunta</translation>
    </message>
    <message>
        <source>Tag the selected note as a question</source>
        <translation>Etiquetar la nota seleccionada como pregunta</translation>
    </message>
    <message>
        <source>&amp;Key point</source>
        <translation>Punto &amp;clave</translation>
    </message>
    <message>
        <source>Tag the selected note as a key point</source>
        <translation>Etiquetar la nota seleccionada como punto clave</translation>
    </message>
    <message>
        <source>Q&amp;uote</source>
        <translation>Ci&amp;ta</translation>
    </message>
    <message>
        <source>Tag the selected note as a quote</source>
        <translation>Etiquetar la nota seleccionada como cita</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>&amp;Filter this session…</source>
        <translation>&amp;Filtrar esta sesión…</translation>
    </message>
    <message>
        <source>Show only the notes of this session that match</source>
        <translation>Mostrar solo las notas de esta sesión que coinciden</translation>
    </message>
    <message>
        <source>&amp;Search the event…</source>
        <translation>&amp;Buscar en el evento…</translation>
    </message>
    <message>
        <source>Search notes, summaries and captions of every session</source>
        <translation>Buscar en las notas, resúmenes y pies de foto de todas las sesiones</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>Summary &amp;preview</source>
        <translation>&amp;Vista previa del resumen</translation>
    </message>
    <message>
        <source>Show the summary rendered beside its Markdown</source>
        <translation>Mostrar el resumen formateado junto a su Markdown</translation>
    </message>
    <message>
        <source>&amp;Navigator</source>
        <translation>&amp;Navegador</translation>
    </message>
    <message>
        <source>Show or hide the days and sessions</source>
        <translation>Mostrar u ocultar los días y las sesiones</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>&amp;Inspector</translation>
    </message>
    <message>
        <source>Show or hide the selected note&apos;s fields</source>
        <translation>Mostrar u ocultar los campos de la nota seleccionada</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>Use the whole screen</source>
        <translation>Usar toda la pantalla</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Atajos de teclado…</translation>
    </message>
    <message>
        <source>List every keyboard shortcut</source>
        <translation>Listar todos los atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About meetingkit…</source>
        <translation>&amp;Acerca de meetingkit…</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Versión y licencia</translation>
    </message>
    <message>
        <source>About &amp;Qt…</source>
        <translation>Acerca de &amp;Qt…</translation>
    </message>
    <message>
        <source>The Qt version in use</source>
        <translation>La versión de Qt en uso</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <source>S&amp;plit note at the cursor</source>
        <translation>&amp;Dividir la nota en el cursor</translation>
    </message>
    <message>
        <source>Write an update file of your notes to hand over to the organiser</source>
        <translation>Escribir un archivo de actualización de sus notas para entregar al organizador</translation>
    </message>
    <message>
        <source>Cut the note in two where the cursor is in the inspector&apos;s text</source>
        <translation>Cortar la nota en dos donde está el cursor en el texto del inspector</translation>
    </message>
    <message>
        <source>&amp;Join with the next note</source>
        <translation>&amp;Unir con la nota siguiente</translation>
    </message>
    <message>
        <source>Make the selected note and the one after it a single note</source>
        <translation>Convertir la nota seleccionada y la siguiente en una sola nota</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Larger text in the notes and the capture line</source>
        <translation>Texto más grande en las notas y la línea de captura</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>Smaller text in the notes and the capture line</source>
        <translation>Texto más pequeño en las notas y la línea de captura</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Tamaño normal</translation>
    </message>
    <message>
        <source>Text in the notes and the capture line at its usual size</source>
        <translation>Texto de las notas y de la línea de captura a su tamaño habitual</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizonte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Focus area</source>
        <translation>Área prioritaria</translation>
    </message>
    <message>
        <source>Overdue: still open after its due date</source>
        <translation>Atrasada: sigue abierta después de su plazo</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>atrasada</translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <source>Filter actions by text, owner, session or focus area…</source>
        <translation>Filtrar las acciones por texto, responsable, sesión o área…</translation>
    </message>
    <message>
        <source>Filter actions</source>
        <translation>Filtrar las acciones</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasadas</translation>
    </message>
    <message>
        <source>Horizon filter</source>
        <translation>Filtro de horizonte</translation>
    </message>
    <message>
        <source>All horizons</source>
        <translation>Todos los horizontes</translation>
    </message>
    <message>
        <source>Actions register</source>
        <translation>Registro de acciones</translation>
    </message>
    <message>
        <source>Go to note</source>
        <translation>Ir a la nota</translation>
    </message>
    <message>
        <source>Show the selected action in its session</source>
        <translation>Mostrar la acción seleccionada en su sesión</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar a CSV…</translation>
    </message>
    <message>
        <source>Save the actions as a spreadsheet (opens in Excel)</source>
        <translation>Guardar las acciones como hoja de cálculo (se abre en Excel)</translation>
    </message>
    <message>
        <source>Export calendar…</source>
        <translation>Exportar el calendario…</translation>
    </message>
    <message>
        <source>Save the actions with a due date as calendar entries (.ics)</source>
        <translation>Guardar las acciones con plazo como citas de calendario (.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n acción</numerusform>
            <numerusform>%n acciones</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n atrasada</numerusform>
            <numerusform>%n atrasadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Export actions</source>
        <translation>Exportar las acciones</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export actions calendar</source>
        <translation>Exportar el calendario de acciones</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 guardado</translation>
    </message>
    <message>
        <source>The export</source>
        <translation>La exportación</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>{0} Open it read-only? You can read and search it, but not change it.</source>
        <translation>{0} ¿Abrirlo en solo lectura? Podrá leerlo y buscar en él, pero no modificarlo.</translation>
    </message>
    <message>
        <source>Event already open</source>
        <translation>Evento ya abierto</translation>
    </message>
    <message>
        <source>Open an event</source>
        <translation>Abrir un evento</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Writing the sample event (photos and slides included)…</source>
        <translation>Escribiendo el evento de ejemplo (fotos y diapositivas incluidas)…</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Your name, written as the author of every note you take (you can change it in Preferences):</source>
        <translation>Su nombre, registrado como autor de cada nota que tome (puede cambiarlo en Preferencias):</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Hide this message</source>
        <translation>Ocultar este mensaje</translation>
    </message>
    <message>
        <source>Hide message</source>
        <translation>Ocultar el mensaje</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>CaptureBox</name>
    <message>
        <source>Multi-line note</source>
        <translation>Nota de varias líneas</translation>
    </message>
    <message>
        <source>Shift+Enter starts a new line, Enter adds the note, Escape goes back to one line</source>
        <translation>Mayús+Intro empieza una línea nueva, Intro añade la nota, Esc vuelve a una sola línea</translation>
    </message>
</context>
<context>
    <name>CaptureLine</name>
    <message>
        <source>Type a note and press Enter  ·  ! action  ~ synergy  = decision  ? question  * key point  &quot; quote  ·  @who  #tag  due:YYYY-MM-DD  ^short</source>
        <translation>Escriba una nota y pulse Intro  ·  ! acción  ~ sinergia  = decisión  ? pregunta  * punto clave  &quot; cita  ·  @quién  #etiqueta  due:AAAA-MM-DD  ^corto</translation>
    </message>
    <message>
        <source>Capture line</source>
        <translation>Línea de captura</translation>
    </message>
    <message>
        <source>Type a note and press Enter to add it to the session. Start with ! for an action, ~ for a synergy, = for a decision, ? for a question, * for a key point, a quote mark for a quote.</source>
        <translation>Escriba una nota y pulse Intro para añadirla a la sesión. Empiece con ! para una acción, ~ para una sinergia, = para una decisión, ? para una pregunta, * para un punto clave, comillas para una cita.</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>Open the note in its session</source>
        <translation>Abrir la nota en su sesión</translation>
    </message>
    <message>
        <source>Strategic action from %1. Ctrl+arrows move it.</source>
        <translation>Acción estratégica de %1. Ctrl+flechas para moverla.</translation>
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
        <translation>No hay conflictos: cada campo tiene un solo valor.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Reading the conflicts</source>
        <translation>Leyendo los conflictos</translation>
    </message>
    <message>
        <source>deleted on one laptop, edited on another</source>
        <translation>eliminado en un portátil, editado en otro</translation>
    </message>
    <message>
        <source>deleted while notes were added to it</source>
        <translation>eliminada mientras se le añadían notas</translation>
    </message>
    <message>
        <source>Move the notes to…</source>
        <translation>Mover las notas a…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Conflict: {0}, {1}</source>
        <translation>Conflicto: {0}, {1}</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>Keep this</source>
        <translation>Conservar este</translation>
    </message>
    <message>
        <source>Keep {0}</source>
        <translation>Conservar {0}</translation>
    </message>
    <message>
        <source>The session to move the notes to (its title or the start of it):</source>
        <translation>La sesión a la que mover las notas (su título o su comienzo):</translation>
    </message>
    <message>
        <source>The value of {0}:</source>
        <translation>El valor de {0}:</translation>
    </message>
</context>
<context>
    <name>ConnectVenueDialog</name>
    <message>
        <source>Connect to the venue</source>
        <translation>Conectar con la sede</translation>
    </message>
    <message>
        <source>Paste the join code the organiser shared (or scan its QR code with your phone and paste it here). Your notes stay in your file and sync while you are connected; edits made offline are sent when the connection is back.</source>
        <translation>Pegue el código de acceso que compartió la organización (o escanee su código QR con el teléfono y péguelo aquí). Sus notas se quedan en su archivo y se sincronizan mientras esté conectado; lo editado sin conexión se envía cuando vuelve la conexión.</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Código de acceso</translation>
    </message>
    <message>
        <source>Relays of this event found on the network</source>
        <translation>Relés de este evento encontrados en la red</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Join code:</source>
        <translation>Código de acceso:</translation>
    </message>
    <message>
        <source>Relays of this event on the network (the code is still needed):</source>
        <translation>Relés de este evento en la red (el código sigue siendo necesario):</translation>
    </message>
    <message>
        <source>{0} at {1}:{2}</source>
        <translation>{0} en {1}:{2}</translation>
    </message>
    <message>
        <source>Paste the join code too: the network does not announce the secret.</source>
        <translation>Pegue también el código de acceso: la red no anuncia el secreto.</translation>
    </message>
    <message>
        <source>That is not a join code: it looks like meetingkit://HOST:PORT/EVENT?key=…&amp;tls=… (copy it whole).</source>
        <translation>Eso no es un código de acceso: tiene la forma meetingkit://HOST:PUERTO/EVENTO?key=…&amp;tls=… (cópielo entero).</translation>
    </message>
    <message>
        <source>This join code is for another event than the one open here.</source>
        <translation>Este código de acceso es de otro evento distinto del abierto aquí.</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import programme</source>
        <translation>Importar el programa</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Importar los participantes</translation>
    </message>
    <message>
        <source>A CSV file with one session a row. Columns: day (number or date), title, start, end, room, format, speakers, moderator, rapporteur, questions (separated by ;).</source>
        <translation>Un archivo CSV con una sesión por fila. Columnas: day (número o fecha), title, start, end, room, format, speakers, moderator, rapporteur, questions (separadas por ;).</translation>
    </message>
    <message>
        <source>A CSV file with one participant a row. Columns: name, organisation, title (or role), e-mail. A participant already in the event is updated.</source>
        <translation>Un archivo CSV con un participante por fila. Columnas: name, organisation, title (o role), e-mail. Un participante ya presente se actualiza.</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Archivo CSV</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Elegir un archivo…</translation>
    </message>
    <message>
        <source>Rows that will be imported</source>
        <translation>Filas que se importarán</translation>
    </message>
    <message>
        <source>Rows with errors</source>
        <translation>Filas con errores</translation>
    </message>
    <message>
        <source>Choose a CSV file to see what will be imported.</source>
        <translation>Elija un archivo CSV para ver lo que se importará.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Rows with errors (skipped):</source>
        <translation>Filas con errores (omitidas):</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Ponentes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will be imported.</source>
        <translation>
            <numerusform>Se importará %n fila.</numerusform>
            <numerusform>Se importarán %n filas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with errors will be skipped.</source>
        <translation>
            <numerusform>Se omitirá %n fila con errores.</numerusform>
            <numerusform>Se omitirán %n filas con errores.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateDelegate</name>
    <message>
        <source>Due date</source>
        <translation>Plazo</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Type a date in full: {0} or {1}</source>
        <translation>Escriba la fecha completa: {0} o {1}</translation>
    </message>
    <message>
        <source>Choose a date on a calendar</source>
        <translation>Elegir una fecha en un calendario</translation>
    </message>
    <message>
        <source>“{0}” is not a date: type it as {1}</source>
        <translation>«{0}» no es una fecha: escríbala como {1}</translation>
    </message>
</context>
<context>
    <name>DraftPanel</name>
    <message>
        <source>&amp;Draft from the notes</source>
        <translation>&amp;Redactar a partir de las notas</translation>
    </message>
    <message>
        <source>Draft this session&apos;s summary from its notes (your summary is kept)</source>
        <translation>Redactar el resumen de la sesión a partir de sus notas (su resumen se conserva)</translation>
    </message>
    <message>
        <source>&amp;Accept selected</source>
        <translation>&amp;Aceptar la selección</translation>
    </message>
    <message>
        <source>Accept a&amp;ll</source>
        <translation>Aceptar &amp;todo</translation>
    </message>
    <message>
        <source>Copy into the summary</source>
        <translation>Copiar en el resumen</translation>
    </message>
    <message>
        <source>Append the selected sentences (or all) to the summary, to edit there</source>
        <translation>Añadir las frases seleccionadas (o todas) al resumen, para editarlas allí</translation>
    </message>
    <message>
        <source>Drafted sentences</source>
        <translation>Frases del borrador</translation>
    </message>
    <message>
        <source>No draft yet: “Draft from the notes” drafts this session&apos;s summary.</source>
        <translation>Aún no hay borrador: «Redactar a partir de las notas» redacta el resumen de esta sesión.</translation>
    </message>
    <message numerus="yes">
        <source>From %n note(s); double-click to see the first</source>
        <translation>
            <numerusform>De %n nota; doble clic para verla</numerusform>
            <numerusform>De %n notas; doble clic para ver la primera</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft: %1 sentences, %2 accepted. Hover or select a sentence to see its notes.</source>
        <translation>Borrador: %1 frases, %2 aceptadas. Pase el ratón o seleccione una frase para ver sus notas.</translation>
    </message>
    <message>
        <source>The session has a written summary, which documents use. Compared with it: %1 new, %2 not in the draft.</source>
        <translation>La sesión tiene un resumen escrito, que usan los documentos. Comparado con él: %1 nuevas, %2 fuera del borrador.</translation>
    </message>
</context>
<context>
    <name>EventDocument</name>
    <message>
        <source>Saved %1</source>
        <translation>Guardado a las %1</translation>
    </message>
</context>
<context>
    <name>EventSettingsDialog</name>
    <message>
        <source>Event settings</source>
        <translation>Ajustes del evento</translation>
    </message>
    <message>
        <source>Time zone of the meeting</source>
        <translation>Zona horaria de la reunión</translation>
    </message>
    <message>
        <source>This computer&apos;s time zone</source>
        <translation>Zona horaria de este ordenador</translation>
    </message>
    <message>
        <source>Notes are shown and exported on this clock, wherever they are read</source>
        <translation>Las notas se muestran y exportan con esta hora, dondequiera que se lean</translation>
    </message>
    <message>
        <source>One organisation a line</source>
        <translation>Una organización por línea</translation>
    </message>
    <message>
        <source>Acronyms</source>
        <translation>Siglas</translation>
    </message>
    <message>
        <source>One acronym a line: UCLG = United Cities and Local Governments</source>
        <translation>Una sigla por línea: CGLU = Ciudades y Gobiernos Locales Unidos</translation>
    </message>
    <message>
        <source>The documents list, in an annex, the acronyms they use</source>
        <translation>Los documentos enumeran en un anexo las siglas que usan</translation>
    </message>
    <message>
        <source>Logo on the cover</source>
        <translation>Logotipo en la portada</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Subtitle:</source>
        <translation>Subtítulo:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Fechas:</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>Lugar:</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ciudad:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zona horaria:</translation>
    </message>
    <message>
        <source>Organisers:</source>
        <translation>Organizadores:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <source>Acronyms:</source>
        <translation>Siglas:</translation>
    </message>
    <message>
        <source>Cover logo:</source>
        <translation>Logo de portada:</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>El último día es anterior al primero.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s).</source>
        <translation>
            <numerusform>%n día.</numerusform>
            <numerusform>%n días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Day %1 would disappear but holds %n session(s): %2. Move or delete them first.</source>
        <translation>
            <numerusform>El día %1 desaparecería, pero contiene %n sesión: %2. Muévala o elimínela antes.</numerusform>
            <numerusform>El día %1 desaparecería, pero contiene %n sesiones: %2. Muévalas o elimínelas antes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n empty day(s) at the end will be removed.</source>
        <translation>
            <numerusform>Se quitará %n día vacío al final.</numerusform>
            <numerusform>Se quitarán %n días vacíos al final.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Select a note to see its fields.</source>
        <translation>Seleccione una nota para ver sus campos.</translation>
    </message>
    <message>
        <source>Note captured {0} by {1}</source>
        <translation>Nota capturada {0} por {1}</translation>
    </message>
    <message>
        <source>Note captured {0}</source>
        <translation>Nota capturada {0}</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Moderator</source>
        <translation>Moderador</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Ponente</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Relator</translation>
    </message>
    <message>
        <source>Short term</source>
        <translation>Corto plazo</translation>
    </message>
    <message>
        <source>Medium term</source>
        <translation>Medio plazo</translation>
    </message>
    <message>
        <source>Long term</source>
        <translation>Largo plazo</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>Sin ubicar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Agreed to publication</source>
        <translation>Aceptó la publicación</translation>
    </message>
    <message>
        <source>Refused: never published</source>
        <translation>Rechazado: nunca se publica</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Aún sin preguntar</translation>
    </message>
    <message>
        <source>No focus area</source>
        <translation>Sin área prioritaria</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Día %1</translation>
    </message>
    <message>
        <source>meetingkit</source>
        <translation>meetingkit</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Resizing photos</source>
        <translation>Redimensionando las fotos</translation>
    </message>
    <message>
        <source>Writing the summaries</source>
        <translation>Escribiendo las relatorías</translation>
    </message>
    <message>
        <source>Rendering the PDF</source>
        <translation>Generando el PDF</translation>
    </message>
    <message>
        <source>Copying presentations</source>
        <translation>Copiando las presentaciones</translation>
    </message>
    <message>
        <source>Writing the zip</source>
        <translation>Escribiendo el zip</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Days and sessions</source>
        <translation>Días y sesiones</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Search the event</source>
        <translation>Buscar en el evento</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Todos los cambios guardados</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>This event is open read-only</source>
        <translation>Este evento está abierto en solo lectura</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>&amp;Tag the selected note</source>
        <translation>E&amp;tiquetar la nota seleccionada</translation>
    </message>
    <message>
        <source>Sea&amp;rch</source>
        <translation>&amp;Búsqueda</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation>&amp;Páginas</translation>
    </message>
    <message>
        <source>E&amp;vent</source>
        <translation>E&amp;vento</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>No recent events</source>
        <translation>Ningún evento reciente</translation>
    </message>
    <message>
        <source>&amp;Undo {0}</source>
        <translation>&amp;Deshacer: {0}</translation>
    </message>
    <message>
        <source>&amp;Redo {0}</source>
        <translation>&amp;Rehacer: {0}</translation>
    </message>
    <message>
        <source>{0} — {1} (read-only)</source>
        <translation>{0} — {1} (solo lectura)</translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <source>Edit session details</source>
        <translation>Editar los detalles de la sesión</translation>
    </message>
    <message>
        <source>About meetingkit</source>
        <translation>Acerca de meetingkit</translation>
    </message>
    <message>
        <source>Session notes of multi-day meetings, full written summaries and outcome packs.</source>
        <translation>Notas de sesión de reuniones de varios días, resúmenes escritos completos y paquetes de resultados.</translation>
    </message>
    <message>
        <source>MIT licence</source>
        <translation>Licencia MIT</translation>
    </message>
</context>
<context>
    <name>MediaModel</name>
    <message>
        <source>Consent not asked: left out of the outcomes</source>
        <translation>Consentimiento sin preguntar: excluida de los resultados</translation>
    </message>
    <message>
        <source>Consent refused: never in the outcomes</source>
        <translation>Consentimiento rechazado: nunca en los resultados</translation>
    </message>
</context>
<context>
    <name>MediaView</name>
    <message>
        <source>Media library</source>
        <translation>Mediateca</translation>
    </message>
    <message>
        <source>Photos of</source>
        <translation>Fotos de</translation>
    </message>
    <message>
        <source>Selected photos only</source>
        <translation>Solo las fotos seleccionadas</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Añadir archivos…</translation>
    </message>
    <message>
        <source>Attach photos or presentations (you can also drop them here)</source>
        <translation>Adjuntar fotos o presentaciones (también puede soltarlas aquí)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Photos; tick a photo to select it for the outcomes</source>
        <translation>Fotos; marque una foto para seleccionarla para los resultados</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Pie de foto</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
    <message>
        <source>Photo: name / organisation</source>
        <translation>Foto: nombre / organización</translation>
    </message>
    <message>
        <source>Selected for the outcomes</source>
        <translation>Seleccionada para los resultados</translation>
    </message>
    <message>
        <source>Consent of the people shown</source>
        <translation>Consentimiento de las personas que aparecen</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>Pie de foto:</translation>
    </message>
    <message>
        <source>Credit:</source>
        <translation>Crédito:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Consentimiento:</translation>
    </message>
    <message>
        <source>Presentations and documents</source>
        <translation>Presentaciones y documentos</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>The whole event</source>
        <translation>Todo el evento</translation>
    </message>
    <message>
        <source>The session open on the Sessions page; follows it as you change sessions</source>
        <translation>La sesión abierta en la página Sesiones; la sigue cuando cambia de sesión</translation>
    </message>
    <message>
        <source>This session (none open)</source>
        <translation>Esta sesión (ninguna abierta)</translation>
    </message>
    <message>
        <source>This session: %1</source>
        <translation>Esta sesión: %1</translation>
    </message>
    <message>
        <source>Move &amp;earlier</source>
        <translation>Mover &amp;antes</translation>
    </message>
    <message>
        <source>Move &amp;later</source>
        <translation>Mover &amp;después</translation>
    </message>
    <message>
        <source>Move to &amp;first</source>
        <translation>Mover al &amp;principio</translation>
    </message>
    <message>
        <source>Move to l&amp;ast</source>
        <translation>Mover al &amp;final</translation>
    </message>
    <message>
        <source>Select a photo to see it large.</source>
        <translation>Seleccione una foto para verla en grande.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Attach photos or presentations</source>
        <translation>Adjuntar fotos o presentaciones</translation>
    </message>
    <message>
        <source>Photos and presentations (*.jpg *.jpeg *.png *.webp *.heic *.pdf *.pptx *.ppt *.odp *.docx *.key);;All files (*)</source>
        <translation>Fotos y presentaciones (*.jpg *.jpeg *.png *.webp *.heic *.pdf *.pptx *.ppt *.odp *.docx *.key);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Attaching %n file(s)…</source>
        <translation>
            <numerusform>Adjuntando %n archivo…</numerusform>
            <numerusform>Adjuntando %n archivos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached.</source>
        <translation>
            <numerusform>%n archivo adjuntado.</numerusform>
            <numerusform>%n archivos adjuntados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attaching files</source>
        <translation>Adjuntando los archivos</translation>
    </message>
</context>
<context>
    <name>MergeFilesDialog</name>
    <message>
        <source>Rapporteurs&apos; files</source>
        <translation>Archivos de los relatores</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Merge rapporteurs&apos; files</source>
        <translation>Fusionar los archivos de los relatores</translation>
    </message>
    <message>
        <source>Bring other copies of this event into {0}: new notes and sessions are added, each field takes the latest edit its writer had seen, and edits made at the same time on two laptops become conflicts for you to settle. A backup of {0} is made first; a merge cannot be undone, but File &gt; Restore from backup… brings the file back as it was.</source>
        <translation>Incorporar otras copias de este evento a {0}: se añaden las notas y sesiones nuevas, cada campo toma la última edición que su autor había visto, y las ediciones hechas a la vez en dos portátiles se convierten en conflictos que usted resuelve. Antes se hace una copia de seguridad de {0}; una fusión no se puede deshacer, pero Archivo &gt; Restaurar una copia de seguridad… devuelve el archivo a como estaba.</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>Elegir archivos…</translation>
    </message>
    <message>
        <source>What merging would do</source>
        <translation>Lo que haría la fusión</translation>
    </message>
    <message>
        <source>meetingkit update files (*{0})</source>
        <translation>Archivos de actualización de meetingkit (*{0})</translation>
    </message>
    <message>
        <source>Event copies and update files (*.meeting *{0})</source>
        <translation>Copias del evento y archivos de actualización (*.meeting *{0})</translation>
    </message>
    <message>
        <source>Choose the rapporteurs&apos; .meeting files or update files to see what merging would do.</source>
        <translation>Elija los archivos .meeting o los archivos de actualización de los relatores para ver qué haría la fusión.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <source>Nothing was changed yet. Merge adds all of this to {0} in one step.</source>
        <translation>Aún no ha cambiado nada. Fusionar añade todo esto a {0} en un solo paso.</translation>
    </message>
    <message>
        <source>{0}: {1}, {2}, {3}</source>
        <translation>{0}: {1}, {2}, {3}</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added</source>
        <translation>
            <numerusform>%n registro añadido</numerusform>
            <numerusform>%n registros añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed</source>
        <translation>
            <numerusform>%n campo cambiado</numerusform>
            <numerusform>%n campos cambiados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>{0}, {1}: {2}</source>
        <translation>{0}, {1}: {2}</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Day {0} · {1}</source>
        <translation>Día {0} · {1}</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>{0} a {1}</translation>
    </message>
    <message>
        <source>Day {0}, {1}</source>
        <translation>Día {0}, {1}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>Days and sessions</source>
        <translation>Días y sesiones</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nueva sesión</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <source>New event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <source>e.g. UCLG–Metropolis Learning Meeting</source>
        <translation>p. ej. Encuentro de aprendizaje CGLU–Metropolis</translation>
    </message>
    <message>
        <source>Event title</source>
        <translation>Título del evento</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Fechas</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Sede</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Sede</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;Ciudad</translation>
    </message>
    <message>
        <source>One organisation per line</source>
        <translation>Una organización por línea</translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation>Organizadores</translation>
    </message>
    <message>
        <source>&amp;Organisers</source>
        <translation>&amp;Organizadores</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Language codes of the meeting, separated by commas</source>
        <translation>Códigos de los idiomas de la reunión, separados por comas</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Idiomas</translation>
    </message>
    <message>
        <source>Event file</source>
        <translation>Archivo del evento</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Choose where to save the event file</source>
        <translation>Elegir dónde guardar el archivo del evento</translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation>&amp;Guardar como</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Create event</source>
        <translation>Crear el evento</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} días</translation>
    </message>
    <message>
        <source>Save the new event as</source>
        <translation>Guardar el nuevo evento como</translation>
    </message>
</context>
<context>
    <name>NoteForm</name>
    <message>
        <source>Note text</source>
        <translation>Texto de la nota</translation>
    </message>
    <message>
        <source>The note&apos;s text (Markdown); Ctrl+Enter or leaving the field saves it</source>
        <translation>El texto de la nota (Markdown); Ctrl+Intro o salir del campo lo guarda</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Tag {0}</source>
        <translation>Etiqueta {0}</translation>
    </message>
    <message>
        <source>other tags, separated by commas</source>
        <translation>otras etiquetas, separadas por comas</translation>
    </message>
    <message>
        <source>Other tags</source>
        <translation>Otras etiquetas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Action owner</source>
        <translation>Responsable de la acción</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <source>Action due date</source>
        <translation>Plazo de la acción</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Sin plazo</translation>
    </message>
    <message>
        <source>Clear due date</source>
        <translation>Borrar el plazo</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Plazo</translation>
    </message>
    <message>
        <source>Action horizon</source>
        <translation>Horizonte de la acción</translation>
    </message>
    <message>
        <source>&amp;Horizon</source>
        <translation>&amp;Horizonte</translation>
    </message>
    <message>
        <source>Action status</source>
        <translation>Estado de la acción</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <source>Roadmap focus area</source>
        <translation>Área prioritaria de la hoja de ruta</translation>
    </message>
    <message>
        <source>roadmap focus area</source>
        <translation>área prioritaria de la hoja de ruta</translation>
    </message>
    <message>
        <source>&amp;Focus area</source>
        <translation>Área &amp;prioritaria</translation>
    </message>
    <message>
        <source>Synergy</source>
        <translation>Sinergia</translation>
    </message>
    <message>
        <source>UCLG, Metropolis</source>
        <translation>CGLU, Metropolis</translation>
    </message>
    <message>
        <source>Synergy parties</source>
        <translation>Partes de la sinergia</translation>
    </message>
    <message>
        <source>&amp;Parties</source>
        <translation>Par&amp;tes</translation>
    </message>
    <message>
        <source>Synergy theme</source>
        <translation>Tema de la sinergia</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Quote speaker</source>
        <translation>Autor de la cita</translation>
    </message>
    <message>
        <source>S&amp;peaker</source>
        <translation>&amp;Autor</translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation>Editar las etiquetas</translation>
    </message>
    <message>
        <source>Edit speaker</source>
        <translation>Editar el autor</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>action</source>
        <translation>acción</translation>
    </message>
    <message>
        <source>synergy</source>
        <translation>sinergia</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>decisión</translation>
    </message>
    <message>
        <source>question</source>
        <translation>pregunta</translation>
    </message>
    <message>
        <source>key point</source>
        <translation>punto clave</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>cita</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Synergies</source>
        <translation>Sinergias</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Puntos clave</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>short term</source>
        <translation>corto plazo</translation>
    </message>
    <message>
        <source>medium term</source>
        <translation>medio plazo</translation>
    </message>
    <message>
        <source>long term</source>
        <translation>largo plazo</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecha</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>descartada</translation>
    </message>
    <message>
        <source>owner {0}</source>
        <translation>responsable {0}</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>sin responsable</translation>
    </message>
    <message>
        <source>due {0}</source>
        <translation>plazo {0}</translation>
    </message>
    <message>
        <source>focus: {0}</source>
        <translation>área: {0}</translation>
    </message>
    <message>
        <source>Action: {0}</source>
        <translation>Acción: {0}</translation>
    </message>
    <message>
        <source>no parties yet</source>
        <translation>aún sin partes</translation>
    </message>
    <message>
        <source>Synergy: {0}</source>
        <translation>Sinergia: {0}</translation>
    </message>
    <message>
        <source>tags: {0}</source>
        <translation>etiquetas: {0}</translation>
    </message>
    <message>
        <source>Captured {0} by {1}</source>
        <translation>Capturada {0} por {1}</translation>
    </message>
    <message>
        <source>Captured {0}</source>
        <translation>Capturada {0}</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Edit organisation</source>
        <translation>Editar la organización</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>Añadir una organización</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>city, network, agency…</source>
        <translation>ciudad, red, agencia…</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
</context>
<context>
    <name>OrganiserViews</name>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Synergies</source>
        <translation>Sinergias</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Hoja de ruta</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medios</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>E&amp;vent</source>
        <translation>E&amp;vento</translation>
    </message>
    <message>
        <source>Event &amp;settings…</source>
        <translation>&amp;Ajustes del evento…</translation>
    </message>
    <message>
        <source>Title, dates, venue, organisers and cover logo</source>
        <translation>Título, fechas, lugar, organizadores y logotipo de portada</translation>
    </message>
    <message>
        <source>Import &amp;programme from CSV…</source>
        <translation>Importar el &amp;programa desde un CSV…</translation>
    </message>
    <message>
        <source>Create days&apos; sessions from a spreadsheet saved as CSV</source>
        <translation>Crear las sesiones de cada día desde una hoja de cálculo guardada como CSV</translation>
    </message>
    <message>
        <source>Import p&amp;articipants from CSV…</source>
        <translation>Importar los p&amp;articipantes desde un CSV…</translation>
    </message>
</context>
<context>
    <name>OutcomesView</name>
    <message>
        <source>Outcomes</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Document format</source>
        <translation>Formato del documento</translation>
    </message>
    <message>
        <source>Word document (.docx)</source>
        <translation>Documento Word (.docx)</translation>
    </message>
    <message>
        <source>Markdown (.md)</source>
        <translation>Markdown (.md)</translation>
    </message>
    <message>
        <source>Web page (.html)</source>
        <translation>Página web (.html)</translation>
    </message>
    <message>
        <source>Article for a newsletter (.md)</source>
        <translation>Artículo para un boletín (.md)</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Idioma del documento</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Estado del informe</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Versión final</translation>
    </message>
    <message>
        <source>Session layout</source>
        <translation>Diseño de las sesiones</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>IGF session report</source>
        <translation>Informe de sesión del FGI</translation>
    </message>
    <message>
        <source>Word template</source>
        <translation>Plantilla de Word</translation>
    </message>
    <message>
        <source>Built-in template</source>
        <translation>Plantilla incorporada</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Notes of each session</source>
        <translation>Notas de cada sesión</translation>
    </message>
    <message>
        <source>Time of each note</source>
        <translation>Hora de cada nota</translation>
    </message>
    <message>
        <source>Participants list</source>
        <translation>Lista de participantes</translation>
    </message>
    <message>
        <source>Selected photos</source>
        <translation>Fotos seleccionadas</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Write the full written summaries to a file</source>
        <translation>Escribir las relatorías completas en un archivo</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Full written summaries</source>
        <translation>Relatorías completas</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Word template:</source>
        <translation>Plantilla de Word:</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Incluir:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>Sesiones:</translation>
    </message>
    <message>
        <source>Photo size</source>
        <translation>Tamaño de las fotos</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Also photos whose consent nobody asked</source>
        <translation>También las fotos cuyo consentimiento nadie pidió</translation>
    </message>
    <message>
        <source>Off: only photos whose people agreed go into the pack and the documents</source>
        <translation>Desmarcado: solo las fotos cuyas personas aceptaron van al paquete y a los documentos</translation>
    </message>
    <message>
        <source>Also make one .zip file</source>
        <translation>Crear también un archivo .zip</translation>
    </message>
    <message>
        <source>Build outcome pack…</source>
        <translation>Crear el paquete de resultados…</translation>
    </message>
    <message>
        <source>A folder to hand over: the summaries, selected photos, presentations, actions and calendar</source>
        <translation>Una carpeta para entregar: relatorías, fotos seleccionadas, presentaciones, acciones y calendario</translation>
    </message>
    <message>
        <source>Outcome pack</source>
        <translation>Paquete de resultados</translation>
    </message>
    <message>
        <source>Photos:</source>
        <translation>Fotos:</translation>
    </message>
    <message>
        <source>Long side of photos:</source>
        <translation>Lado mayor de las fotos:</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Nothing running.</source>
        <translation>Nada en curso.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir la carpeta</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Abrir el documento</translation>
    </message>
    <message numerus="yes">
        <source>%n selected photo(s) of %1</source>
        <translation>
            <numerusform>%n foto seleccionada de %1</numerusform>
            <numerusform>%n fotos seleccionadas de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out (no consent)</source>
        <translation>
            <numerusform>%n excluida (sin consentimiento)</numerusform>
            <numerusform>%n excluidas (sin consentimiento)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n presentation(s) or document(s)</source>
        <translation>
            <numerusform>%n presentación o documento</numerusform>
            <numerusform>%n presentaciones o documentos</numerusform>
        </translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documentos Word (*.docx)</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Listo: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n foto</numerusform>
            <numerusform>%n fotos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n presentation(s)</source>
        <translation>
            <numerusform>%n presentación</numerusform>
            <numerusform>%n presentaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Detenido: %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Cancelado; no se escribió nada.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>The export</source>
        <translation>La exportación</translation>
    </message>
    <message>
        <source>The outcome pack</source>
        <translation>El paquete de resultados</translation>
    </message>
    <message>
        <source>Export the full written summaries</source>
        <translation>Exportar las relatorías completas</translation>
    </message>
    <message>
        <source>Build the outcome pack in the folder</source>
        <translation>Crear el paquete de resultados en la carpeta</translation>
    </message>
    <message>
        <source>Folder (*)</source>
        <translation>Carpeta (*)</translation>
    </message>
    <message>
        <source>Preparing the document</source>
        <translation>Preparando el documento</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PackReviewDialog</name>
    <message>
        <source>Check the selected photos</source>
        <translation>Revisar las fotos seleccionadas</translation>
    </message>
    <message numerus="yes">
        <source>Before the pack is built, %n selected photo(s) need a look:</source>
        <translation>
            <numerusform>Antes de crear el paquete, %n foto seleccionada necesita una revisión:</numerusform>
            <numerusform>Antes de crear el paquete, %n fotos seleccionadas necesitan una revisión:</numerusform>
        </translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Falta</translation>
    </message>
    <message>
        <source>Photos that need a look</source>
        <translation>Fotos que revisar</translation>
    </message>
    <message>
        <source>Fix on the Media page</source>
        <translation>Corregir en la página Medios</translation>
    </message>
    <message>
        <source>Build anyway…</source>
        <translation>Crear de todos modos…</translation>
    </message>
    <message>
        <source>no caption</source>
        <translation>sin pie de foto</translation>
    </message>
    <message>
        <source>no credit</source>
        <translation>sin crédito</translation>
    </message>
    <message>
        <source>consent not asked (included)</source>
        <translation>consentimiento sin preguntar (incluida)</translation>
    </message>
    <message>
        <source>consent not asked (left out)</source>
        <translation>consentimiento sin preguntar (excluida)</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Roles in sessions</source>
        <translation>Funciones en las sesiones</translation>
    </message>
</context>
<context>
    <name>ParticipantsView</name>
    <message>
        <source>Participants and organisations</source>
        <translation>Participantes y organizaciones</translation>
    </message>
    <message>
        <source>Search by name, organisation, title, e-mail or session…</source>
        <translation>Buscar por nombre, organización, cargo, correo o sesión…</translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation>Buscar participantes</translation>
    </message>
    <message>
        <source>Import from CSV…</source>
        <translation>Importar desde un CSV…</translation>
    </message>
    <message>
        <source>Add or update participants from a spreadsheet saved as CSV</source>
        <translation>Añadir o actualizar participantes desde una hoja de cálculo guardada como CSV</translation>
    </message>
    <message>
        <source>Add participant…</source>
        <translation>Añadir participante…</translation>
    </message>
    <message>
        <source>Type in one participant by hand</source>
        <translation>Escribir un participante a mano</translation>
    </message>
    <message>
        <source>Edit participant…</source>
        <translation>Editar participante…</translation>
    </message>
    <message>
        <source>Delete participant…</source>
        <translation>Eliminar participante…</translation>
    </message>
    <message>
        <source>Remove the selected participant and their roles in sessions</source>
        <translation>Quitar el participante seleccionado y sus funciones en las sesiones</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Double-click or press F2 to edit; Delete removes the participant</source>
        <translation>Doble clic o F2 para editar; Supr quita al participante</translation>
    </message>
    <message>
        <source>Select a participant to see and edit their roles.</source>
        <translation>Seleccione un participante para ver y editar sus funciones.</translation>
    </message>
    <message>
        <source>Roles in sessions</source>
        <translation>Funciones en las sesiones</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Add role</source>
        <translation>Añadir la función</translation>
    </message>
    <message>
        <source>Remove role</source>
        <translation>Quitar la función</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>Organisation / participant</source>
        <translation>Organización / participante</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Add organisation…</source>
        <translation>Añadir organización…</translation>
    </message>
    <message>
        <source>Edit organisation…</source>
        <translation>Editar organización…</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>Eliminar organización</translation>
    </message>
    <message>
        <source>Its participants keep the organisation&apos;s name; you can undo this</source>
        <translation>Sus participantes conservan el nombre de la organización; puede deshacerlo</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participante</numerusform>
            <numerusform>%n participantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organización</numerusform>
            <numerusform>%n organizaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation>Funciones de %1</translation>
    </message>
    <message>
        <source>Delete %1 from the participants?</source>
        <translation>¿Quitar a %1 de los participantes?</translation>
    </message>
    <message numerus="yes">
        <source>Their roles in %n session(s) go too.</source>
        <translation>
            <numerusform>También se quita su función en %n sesión.</numerusform>
            <numerusform>También se quitan sus funciones en %n sesiones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete participant</source>
        <translation>Eliminar participante</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Podrá deshacerlo.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Give the participant a name.</source>
        <translation>Dé un nombre al participante.</translation>
    </message>
    <message>
        <source>%1 is already in the participants list.</source>
        <translation>%1 ya está en la lista de participantes.</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address.</source>
        <translation>%1 no es una dirección de correo.</translation>
    </message>
    <message>
        <source>Give the organisation a name.</source>
        <translation>Dé un nombre a la organización.</translation>
    </message>
    <message>
        <source>%1 is already in the organisations list.</source>
        <translation>%1 ya está en la lista de organizaciones.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit participant</source>
        <translation>Editar participante</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Añadir participante</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Built-in template</source>
        <translation>Plantilla incorporada</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Author name:</source>
        <translation>Nombre del autor:</translation>
    </message>
    <message>
        <source>Word template:</source>
        <translation>Plantilla de Word:</translation>
    </message>
    <message>
        <source>Photo size in the pack:</source>
        <translation>Tamaño de las fotos del paquete:</translation>
    </message>
    <message>
        <source>JPEG quality:</source>
        <translation>Calidad JPEG:</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Idioma de la interfaz:</translation>
    </message>
    <message>
        <source>Document language:</source>
        <translation>Idioma de los documentos:</translation>
    </message>
    <message>
        <source>The interface language changes when meetingkit restarts.</source>
        <translation>El idioma de la interfaz cambia al reiniciar meetingkit.</translation>
    </message>
    <message>
        <source>Word template</source>
        <translation>Plantilla de Word</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Documentos Word (*.docx)</translation>
    </message>
</context>
<context>
    <name>Replication</name>
    <message>
        <source>Inbox folder</source>
        <translation>Carpeta de entrada</translation>
    </message>
    <message>
        <source>Update files arriving in {0} are merged into this event.</source>
        <translation>Los archivos de actualización que llegan a {0} se fusionan en este evento.</translation>
    </message>
    <message>
        <source>Choose another…</source>
        <translation>Elegir otra…</translation>
    </message>
    <message>
        <source>Stop using it</source>
        <translation>Dejar de usarla</translation>
    </message>
    <message>
        <source>Send my notes</source>
        <translation>Enviar mis notas</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Show the conflicts to settle</source>
        <translation>Mostrar los conflictos por resolver</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged {0}: {1}, {2}.</source>
        <translation>Fusionado {0}: {1}, {2}.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) added</source>
        <translation>
            <numerusform>%n registro añadido</numerusform>
            <numerusform>%n registros añadidos</numerusform>
        </translation>
    </message>
    <message>
        <source>No inbox folder: merge files with Event &gt; Merge rapporteurs&apos; files…</source>
        <translation>Sin carpeta de entrada: fusione los archivos con Evento &gt; Fusionar los archivos de los relatores…</translation>
    </message>
    <message>
        <source>{0} holds the open event file itself, which a sync tool would copy while it is being written; choose a folder of its own.</source>
        <translation>{0} contiene el propio archivo del evento abierto, que una herramienta de sincronización copiaría mientras se escribe; elija una carpeta aparte.</translation>
    </message>
    <message>
        <source>Update files arriving in {0} are merged as they arrive.</source>
        <translation>Los archivos de actualización que llegan a {0} se fusionan al llegar.</translation>
    </message>
    <message>
        <source>Backing up the event</source>
        <translation>Copia de seguridad del evento</translation>
    </message>
    <message>
        <source>Your notes are in {0}: hand this file over.</source>
        <translation>Sus notas están en {0}: entregue este archivo.</translation>
    </message>
    <message>
        <source>Writing your notes</source>
        <translation>Escribiendo sus notas</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Put a backup in place of {0}. What the file holds now is backed up first, so a restore can itself be taken back. The event closes and opens again.</source>
        <translation>Poner una copia de seguridad en lugar de {0}. Antes se guarda lo que el archivo contiene ahora, así que una restauración también puede deshacerse. El evento se cierra y se vuelve a abrir.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Copias de seguridad, la más reciente primero</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>No backups of this event yet.</source>
        <translation>Aún no hay copias de seguridad de este evento.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>while open</source>
        <translation>durante la edición</translation>
    </message>
    <message>
        <source>before a merge</source>
        <translation>antes de una fusión</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>a mano</translation>
    </message>
</context>
<context>
    <name>RoadmapBoard</name>
    <message>
        <source>Roadmap</source>
        <translation>Hoja de ruta</translation>
    </message>
    <message>
        <source>Drag a card to another horizon or focus area, or select it and press Ctrl+Left/Right (horizon) or Ctrl+Up/Down (focus area). Enter opens the note it came from.</source>
        <translation>Arrastre una tarjeta a otro horizonte o área, o selecciónela y pulse Ctrl+Izquierda/Derecha (horizonte) o Ctrl+Arriba/Abajo (área prioritaria). Intro abre la nota de origen.</translation>
    </message>
    <message>
        <source>Add focus area…</source>
        <translation>Añadir un área prioritaria…</translation>
    </message>
    <message>
        <source>Add a row to the roadmap</source>
        <translation>Añadir una fila a la hoja de ruta</translation>
    </message>
    <message numerus="yes">
        <source>Show %n more</source>
        <translation>
            <numerusform>Mostrar %n más</numerusform>
            <numerusform>Mostrar %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) of this cell are not shown yet</source>
        <translation>
            <numerusform>%n acción de esta celda aún no se muestra</numerusform>
            <numerusform>%n acciones de esta celda aún no se muestran</numerusform>
        </translation>
    </message>
    <message>
        <source>There is already a focus area named “%1”; choose another name.</source>
        <translation>Ya existe un área prioritaria llamada «%1»; elija otro nombre.</translation>
    </message>
    <message>
        <source>Delete the focus area “%1”?</source>
        <translation>¿Eliminar el área prioritaria «%1»?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n action(s) will move to “%1”.</source>
        <translation>
            <numerusform>Su acción pasará a «%1».</numerusform>
            <numerusform>Sus %n acciones pasarán a «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete focus area</source>
        <translation>Eliminar área prioritaria</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Podrá deshacerlo.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Add focus area</source>
        <translation>Añadir un área prioritaria</translation>
    </message>
    <message>
        <source>Name of the new focus area:</source>
        <translation>Nombre de la nueva área prioritaria:</translation>
    </message>
</context>
<context>
    <name>RowHeader</name>
    <message>
        <source>New name of the focus area</source>
        <translation>Nuevo nombre del área prioritaria</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message numerus="yes">
        <source>Focus area with %n action(s). F2 renames it, Delete deletes it.</source>
        <translation>
            <numerusform>Área prioritaria con %n acción. F2 le cambia el nombre, Supr la elimina.</numerusform>
            <numerusform>Área prioritaria con %n acciones. F2 le cambia el nombre, Supr la elimina.</numerusform>
        </translation>
    </message>
    <message>
        <source>Right-click or F2 to rename, Delete to delete</source>
        <translation>Clic derecho o F2 para cambiar el nombre, Supr para eliminar</translation>
    </message>
</context>
<context>
    <name>SafePreview</name>
    <message>
        <source>Summary preview</source>
        <translation>Vista previa del resumen</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Encontrado en</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>Resumen de la sesión</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Pie de foto</translation>
    </message>
    <message>
        <source>{0} in {1}: {2}</source>
        <translation>{0} en {1}: {2}</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search notes, summaries and captions of the whole event</source>
        <translation>Buscar en las notas, resúmenes y pies de foto de todo el evento</translation>
    </message>
    <message>
        <source>Search the event</source>
        <translation>Buscar en el evento</translation>
    </message>
    <message>
        <source>Number of results</source>
        <translation>Número de resultados</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Ningún resultado</translation>
    </message>
    <message>
        <source>1 result</source>
        <translation>1 resultado</translation>
    </message>
    <message>
        <source>{0} results</source>
        <translation>{0} resultados</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
</context>
<context>
    <name>SessionDetailsDialog</name>
    <message>
        <source>Session details</source>
        <translation>Detalles de la sesión</translation>
    </message>
    <message>
        <source>Session title</source>
        <translation>Título de la sesión</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Hora de fin</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>T&amp;ime</source>
        <translation>&amp;Horario</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Sala</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Formato</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderador</translation>
    </message>
    <message>
        <source>&amp;Moderator</source>
        <translation>&amp;Moderador</translation>
    </message>
    <message>
        <source>One speaker per line</source>
        <translation>Un ponente por línea</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Ponentes</translation>
    </message>
    <message>
        <source>S&amp;peakers</source>
        <translation>&amp;Ponentes</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Relator</translation>
    </message>
    <message>
        <source>R&amp;apporteur</source>
        <translation>R&amp;elator</translation>
    </message>
    <message>
        <source>One guiding question per line</source>
        <translation>Una pregunta guía por línea</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>Preguntas guía</translation>
    </message>
    <message>
        <source>&amp;Guiding questions</source>
        <translation>Pre&amp;guntas guía</translation>
    </message>
</context>
<context>
    <name>SessionHeader</name>
    <message>
        <source>Day {0}, {1}</source>
        <translation>Día {0}, {1}</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderador</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Ponentes</translation>
    </message>
    <message>
        <source>Rapporteur</source>
        <translation>Relator</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Session title</source>
        <translation>Título de la sesión</translation>
    </message>
    <message>
        <source>When and where</source>
        <translation>Cuándo y dónde</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>Preguntas guía</translation>
    </message>
    <message>
        <source>No session selected</source>
        <translation>Ninguna sesión seleccionada</translation>
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
        <translation>{0} · empieza en {1}</translation>
    </message>
    <message>
        <source>{0} · ended {1} ago</source>
        <translation>{0} · terminó hace {1}</translation>
    </message>
    <message>
        <source>{0} in</source>
        <translation>{0} transcurridos</translation>
    </message>
    <message>
        <source>{0} · {1} · {2} left</source>
        <translation>{0} · {1} · quedan {2}</translation>
    </message>
    <message>
        <source>Session clock</source>
        <translation>Reloj de la sesión</translation>
    </message>
</context>
<context>
    <name>SessionMerger</name>
    <message>
        <source>&quot;{0}&quot; is there twice on day {1}: probably the same session, created by two rapporteurs. Merge them? The notes, photos and people of both are kept (Undo takes it back).</source>
        <translation>«{0}» aparece dos veces el día {1}: seguramente la misma sesión, creada por dos relatores. ¿Fusionarlas? Se conservan las notas, fotos y personas de ambas (Deshacer lo revierte).</translation>
    </message>
    <message>
        <source>&amp;Merge them</source>
        <translation>&amp;Fusionarlas</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Conservar ambas</translation>
    </message>
    <message>
        <source>Merged the two &quot;{0}&quot; sessions into one.</source>
        <translation>Las dos sesiones «{0}» ahora son una.</translation>
    </message>
    <message>
        <source>No other session of that day has the same title.</source>
        <translation>Ninguna otra sesión de ese día tiene el mismo título.</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>Recovered an unsent line: it is back in the capture line.</source>
        <translation>Se recuperó una línea no enviada: ha vuelto a la línea de captura.</translation>
    </message>
    <message>
        <source>Filter this session&apos;s notes (Ctrl+F)</source>
        <translation>Filtrar las notas de esta sesión (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter notes</source>
        <translation>Filtrar las notas</translation>
    </message>
    <message>
        <source>Show notes tagged</source>
        <translation>Mostrar las notas etiquetadas</translation>
    </message>
    <message>
        <source>All notes</source>
        <translation>Todas las notas</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Number of notes</source>
        <translation>Número de notas</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <source>&amp;Discard it</source>
        <translation>&amp;Descartarla</translation>
    </message>
    <message>
        <source>{0} is open read-only: you can read and search, not edit.</source>
        <translation>{0} está abierto en solo lectura: puede leer y buscar, no editar.</translation>
    </message>
    <message>
        <source>{0} of {1} notes shown</source>
        <translation>{0} de {1} notas mostradas</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 nota</translation>
    </message>
    <message>
        <source>{0} notes</source>
        <translation>{0} notas</translation>
    </message>
    <message>
        <source>Capture line warning</source>
        <translation>Aviso de la línea de captura</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>The summary assistant&apos;s draft, each sentence with its notes</source>
        <translation>El borrador del asistente de resumen, cada frase con sus notas</translation>
    </message>
    <message>
        <source>Pasted {0} lines: add them as {0} notes, one per line, or as one note?</source>
        <translation>{0} líneas pegadas: ¿añadirlas como {0} notas, una por línea, o como una sola nota?</translation>
    </message>
    <message>
        <source>{0} &amp;notes</source>
        <translation>{0} &amp;notas</translation>
    </message>
    <message>
        <source>&amp;One note</source>
        <translation>&amp;Una sola nota</translation>
    </message>
    <message>
        <source>Add {0} notes</source>
        <translation>Añadir {0} notas</translation>
    </message>
    <message>
        <source>Split note</source>
        <translation>Dividir la nota</translation>
    </message>
    <message>
        <source>Join notes</source>
        <translation>Unir las notas</translation>
    </message>
    <message>
        <source>Tag {0} notes</source>
        <translation>Etiquetar {0} notas</translation>
    </message>
    <message>
        <source>Delete {0} notes</source>
        <translation>Eliminar {0} notas</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your name, written as the author of every note and edit you make.</source>
        <translation>Su nombre, registrado como autor de cada nota y cambio que haga.</translation>
    </message>
    <message>
        <source>Word template (.docx) for the full written summaries; empty uses the built-in one.</source>
        <translation>Plantilla de Word (.docx) de las relatorías completas; vacío: la incorporada.</translation>
    </message>
    <message>
        <source>Long side in pixels of the photos put in the outcome pack.</source>
        <translation>Lado mayor en píxeles de las fotos del paquete de resultados.</translation>
    </message>
    <message>
        <source>JPEG quality of the photos put in the outcome pack (higher is larger and sharper).</source>
        <translation>Calidad JPEG de las fotos del paquete de resultados (más alta: más pesadas y nítidas).</translation>
    </message>
    <message>
        <source>Language of the interface; empty follows the system. Applies when meetingkit restarts.</source>
        <translation>Idioma de la interfaz; vacío: el del sistema. Se aplica al reiniciar meetingkit.</translation>
    </message>
    <message>
        <source>Language of headings and labels in the documents meetingkit writes.</source>
        <translation>Idioma de los títulos y etiquetas de los documentos que escribe meetingkit.</translation>
    </message>
</context>
<context>
    <name>ShareVenueDialog</name>
    <message>
        <source>Share this event at the venue</source>
        <translation>Compartir este evento en la sede</translation>
    </message>
    <message>
        <source>Rapporteurs choose Event › Connect to the venue… and paste this code, or scan the QR code. Keep this laptop awake and on the venue&apos;s network; closing the event stops sharing.</source>
        <translation>Los relatores eligen Evento › Conectar con la sede… y pegan este código, o escanean el código QR. Mantenga este portátil encendido y en la red de la sede; cerrar el evento deja de compartirlo.</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Código de acceso</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>The join code as a QR code</source>
        <translation>El código de acceso como código QR</translation>
    </message>
    <message>
        <source>Copy the code</source>
        <translation>Copiar el código</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Dejar de compartir</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>! at the start</source>
        <translation>! al principio</translation>
    </message>
    <message>
        <source>action</source>
        <translation>acción</translation>
    </message>
    <message>
        <source>~ at the start</source>
        <translation>~ al principio</translation>
    </message>
    <message>
        <source>synergy</source>
        <translation>sinergia</translation>
    </message>
    <message>
        <source>= at the start</source>
        <translation>= al principio</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>decisión</translation>
    </message>
    <message>
        <source>? at the start</source>
        <translation>? al principio</translation>
    </message>
    <message>
        <source>question</source>
        <translation>pregunta</translation>
    </message>
    <message>
        <source>* at the start</source>
        <translation>* al principio</translation>
    </message>
    <message>
        <source>key point</source>
        <translation>punto clave</translation>
    </message>
    <message>
        <source>&quot; at the start</source>
        <translation>&quot; al principio</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>cita</translation>
    </message>
    <message>
        <source>@Name or @[Two Words]</source>
        <translation>@Nombre o @[Dos Palabras]</translation>
    </message>
    <message>
        <source>owner, party or speaker</source>
        <translation>responsable, parte o autor</translation>
    </message>
    <message>
        <source>#tag</source>
        <translation>#etiqueta</translation>
    </message>
    <message>
        <source>a free tag</source>
        <translation>una etiqueta libre</translation>
    </message>
    <message>
        <source>due:2017-10-15</source>
        <translation>due:2017-10-15</translation>
    </message>
    <message>
        <source>action due date</source>
        <translation>plazo de la acción</translation>
    </message>
    <message>
        <source>^short ^medium ^long</source>
        <translation>^corto ^medio ^largo</translation>
    </message>
    <message>
        <source>action horizon</source>
        <translation>horizonte de la acción</translation>
    </message>
    <message>
        <source>Ctrl+Z in an empty capture line</source>
        <translation>Ctrl+Z en una línea de captura vacía</translation>
    </message>
    <message>
        <source>take back the last note</source>
        <translation>retirar la última nota</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Capture line</source>
        <translation>Línea de captura</translation>
    </message>
</context>
<context>
    <name>StreamView</name>
    <message>
        <source>Notes stream</source>
        <translation>Flujo de notas</translation>
    </message>
    <message>
        <source>The notes of this session, oldest first</source>
        <translation>Las notas de esta sesión, las más antiguas primero</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <source>Apply the suggested tag (Enter)</source>
        <translation>Aplicar la etiqueta sugerida (Intro)</translation>
    </message>
    <message>
        <source>Tag as an action?</source>
        <translation>¿Etiquetar como acción?</translation>
    </message>
    <message>
        <source>Tag as a decision?</source>
        <translation>¿Etiquetar como decisión?</translation>
    </message>
    <message>
        <source>Tag as a question?</source>
        <translation>¿Etiquetar como pregunta?</translation>
    </message>
    <message>
        <source>Same point noted by %1 — %2</source>
        <translation>Mismo punto anotado por %1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s). Nothing changes until you apply one.</source>
        <translation>
            <numerusform>%n sugerencia. Nada cambia hasta que la aplique.</numerusform>
            <numerusform>%n sugerencias. Nada cambia hasta que aplique una.</numerusform>
        </translation>
    </message>
    <message>
        <source>No suggestions: untagged notes that read like an action, a decision or a question show here.</source>
        <translation>Sin sugerencias: aquí aparecen las notas sin etiqueta que parecen una acción, una decisión o una pregunta.</translation>
    </message>
</context>
<context>
    <name>SummaryEditor</name>
    <message>
        <source>Rapporteur&apos;s summary (Markdown)</source>
        <translation>Resumen del relator (Markdown)</translation>
    </message>
    <message>
        <source>Rapporteur&apos;s summary</source>
        <translation>Resumen del relator</translation>
    </message>
    <message>
        <source>Summarise the session: **bold**, *italic*, - lists, [links](https://…)</source>
        <translation>Resuma la sesión: **negrita**, *cursiva*, - listas, [enlaces](https://…)</translation>
    </message>
</context>
<context>
    <name>SynergiesModel</name>
    <message>
        <source>Party / synergy</source>
        <translation>Parte / sinergia</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>No party named</source>
        <translation>Ninguna parte nombrada</translation>
    </message>
</context>
<context>
    <name>SynergiesView</name>
    <message>
        <source>Synergies by party</source>
        <translation>Sinergias por parte</translation>
    </message>
    <message>
        <source>Synergy matrix, organisation by organisation</source>
        <translation>Matriz de sinergias, organización por organización</translation>
    </message>
    <message>
        <source>Click a cell to list its synergies.</source>
        <translation>Haga clic en una celda para ver sus sinergias.</translation>
    </message>
    <message>
        <source>Synergies of the selected pair</source>
        <translation>Sinergias del par seleccionado</translation>
    </message>
    <message>
        <source>Synergy</source>
        <translation>Sinergia</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Partes</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>By party</source>
        <translation>Por parte</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matriz</translation>
    </message>
    <message>
        <source>Synergies</source>
        <translation>Sinergias</translation>
    </message>
    <message numerus="yes">
        <source>%n synergy(ies)</source>
        <translation>
            <numerusform>%n sinergia</numerusform>
            <numerusform>%n sinergias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organización</numerusform>
            <numerusform>%n organizaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>All synergies of %1</source>
        <translation>Todas las sinergias de %1</translation>
    </message>
    <message>
        <source>Synergies between %1 and %2</source>
        <translation>Sinergias entre %1 y %2</translation>
    </message>
</context>
<context>
    <name>ThumbnailLoader</name>
    <message>
        <source>The thumbnail</source>
        <translation>La miniatura</translation>
    </message>
</context>
<context>
    <name>Venue</name>
    <message>
        <source>At the venue</source>
        <translation>En la sede</translation>
    </message>
    <message>
        <source>At the venue: connecting…</source>
        <translation>En la sede: conectando…</translation>
    </message>
    <message>
        <source>nobody else yet</source>
        <translation>nadie más todavía</translation>
    </message>
    <message>
        <source>At the venue: connected · {0}</source>
        <translation>En la sede: conectado · {0}</translation>
    </message>
    <message numerus="yes">
        <source>At the venue: offline · %n change(s) waiting</source>
        <translation>
            <numerusform>En la sede: sin conexión · %n cambio pendiente</numerusform>
            <numerusform>En la sede: sin conexión · %n cambios pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>At the venue: offline</source>
        <translation>En la sede: sin conexión</translation>
    </message>
    <message>
        <source>Sharing at the venue: nobody connected yet</source>
        <translation>Compartiendo en la sede: nadie conectado todavía</translation>
    </message>
    <message>
        <source>Sharing at the venue: {0}</source>
        <translation>Compartiendo en la sede: {0}</translation>
    </message>
    <message>
        <source>At the venue: not connected</source>
        <translation>En la sede: no conectado</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Welcome to meetingkit</source>
        <translation>Bienvenido a meetingkit</translation>
    </message>
    <message>
        <source>meetingkit logo</source>
        <translation>logotipo de meetingkit</translation>
    </message>
    <message>
        <source>Day-by-day notes of multi-day meetings, turned into full written summaries and outcome packs.</source>
        <translation>Las notas día a día de reuniones de varios días, convertidas en resúmenes escritos completos y paquetes de resultados.</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>&amp;Nuevo evento…</translation>
    </message>
    <message>
        <source>Create an event file: title, dates, venue</source>
        <translation>Crear un archivo de evento: título, fechas, sede</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open an event file</source>
        <translation>Abrir un archivo de evento</translation>
    </message>
    <message>
        <source>Open the &amp;sample event</source>
        <translation>Abrir el evento de &amp;ejemplo</translation>
    </message>
    <message>
        <source>A three-day learning meeting in Barcelona, with notes, photos and slides</source>
        <translation>Una reunión de aprendizaje de tres días en Barcelona, con notas, fotos y diapositivas</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Recent events</source>
        <translation>Eventos recientes</translation>
    </message>
    <message>
        <source>Events you open appear here. Start with the sample event to look around.</source>
        <translation>Los eventos que abra aparecen aquí. Empiece por el evento de ejemplo para echar un vistazo.</translation>
    </message>
</context>
</TS>
