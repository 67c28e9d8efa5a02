<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Plazo</translation>
    </message>
</context>
<context>
    <name>EventSettingsDialog</name>
    <message>
        <source>Event settings</source>
        <translation>Ajustes del evento</translation>
    </message>
    <message>
        <source>One organisation a line</source>
        <translation>Una organización por línea</translation>
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
        <source>Organisers:</source>
        <translation>Organizadores:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <source>Logo on the cover:</source>
        <translation>Logotipo en la portada:</translation>
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
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
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
        <source>Copying presentations</source>
        <translation>Copiando las presentaciones</translation>
    </message>
    <message>
        <source>Writing the zip</source>
        <translation>Escribiendo el zip</translation>
    </message>
</context>
<context>
    <name>MediaModel</name>
    <message>
        <source>No consent: left out of the outcomes</source>
        <translation>Sin consentimiento: excluida de los resultados</translation>
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
        <source>People shown agreed to publication</source>
        <translation>Las personas que aparecen aceptaron la publicación</translation>
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
        <source>Photo size</source>
        <translation>Tamaño de las fotos</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
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
    <message numerus="yes">
        <source>%1: %n synergy(ies) in all</source>
        <translation>
            <numerusform>%1: %n sinergia en total</numerusform>
            <numerusform>%1: %n sinergias en total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2: %n synergy(ies)</source>
        <translation>
            <numerusform>%1 y %2: %n sinergia</numerusform>
            <numerusform>%1 y %2: %n sinergias</numerusform>
        </translation>
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
</TS>
