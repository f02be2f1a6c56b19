<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ActionPlanPanel</name>
    <message>
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="96"/>
        <source>Filter actions…</source>
        <translation>Filtrar acciones…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="98"/>
        <source>Filter by stage</source>
        <translation>Filtrar por etapa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="99"/>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="100"/>
        <source>Filter by priority</source>
        <translation>Filtrar por prioridad</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="102"/>
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="395"/>
        <source>Add action</source>
        <translation>Añadir acción</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="109"/>
        <source>Action from pain point</source>
        <translation>Acción desde punto de dolor</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="112"/>
        <source>Create an action for the pain point selected on the canvas, or pick one from the menu</source>
        <translation>Crear una acción para el punto de dolor seleccionado en el lienzo, o elegir uno en el menú</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="119"/>
        <source>Link pain points…</source>
        <translation>Vincular puntos de dolor…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="122"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="125"/>
        <source>Delete the selected actions</source>
        <translation>Eliminar las acciones seleccionadas</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="127"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="130"/>
        <source>Save the action plan as a spreadsheet (CSV, UTF-8)</source>
        <translation>Guardar el plan de acción como hoja de cálculo (CSV, UTF-8)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="187"/>
        <source>(no stage)</source>
        <translation>(sin etapa)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="197"/>
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="438"/>
        <source>(no text)</source>
        <translation>(sin texto)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="203"/>
        <source>Double-click to link pain points</source>
        <translation>Doble clic para vincular puntos de dolor</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="249"/>
        <source>(none)</source>
        <translation>(sin categoría)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="266"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="266"/>
        <source>Edit action task</source>
        <translation>Editar tarea de la acción</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="268"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="275"/>
        <source>Change action stage</source>
        <translation>Cambiar etapa de la acción</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="280"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="282"/>
        <source>Change action priority</source>
        <translation>Cambiar prioridad de la acción</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="287"/>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="287"/>
        <source>Edit action objective</source>
        <translation>Editar objetivo de la acción</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="288"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="288"/>
        <source>Edit action owner</source>
        <translation>Editar responsable de la acción</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="289"/>
        <source>Input</source>
        <translation>Insumo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="289"/>
        <source>Edit action input</source>
        <translation>Editar insumo de la acción</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="291"/>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="297"/>
        <source>Change action due date</source>
        <translation>Cambiar fecha límite de la acción</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="300"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="300"/>
        <source>Edit action duration</source>
        <translation>Editar duración de la acción</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="303"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="305"/>
        <source>Change action status</source>
        <translation>Cambiar estado de la acción</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="312"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="314"/>
        <source>Change action category</source>
        <translation>Cambiar categoría de la acción</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="318"/>
        <source>Pain points</source>
        <translation>Puntos de dolor</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="325"/>
        <source>All stages</source>
        <translation>Todas las etapas</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="329"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="334"/>
        <source>All priorities</source>
        <translation>Todas las prioridades</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="356"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n acción</numerusform>
            <numerusform>%n acciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="358"/>
        <source>{shown} of %n action(s) shown</source>
        <translation>
            <numerusform>{shown} de %n acción visible</numerusform>
            <numerusform>{shown} de %n acciones visibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="509"/>
        <source>Exported %n action(s) to {file}</source>
        <translation>
            <numerusform>%n acción exportada a {file}</numerusform>
            <numerusform>%n acciones exportadas a {file}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="394"/>
        <source>New action</source>
        <translation>Nueva acción</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="408"/>
        <source>Address pain point</source>
        <translation>Atender punto de dolor</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="414"/>
        <source>Create action from pain point</source>
        <translation>Crear acción desde punto de dolor</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="436"/>
        <source>This map has no pain points yet</source>
        <translation>Este mapa aún no tiene puntos de dolor</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="453"/>
        <source>Delete action</source>
        <translation>Eliminar acción</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="453"/>
        <source>Delete actions</source>
        <translation>Eliminar acciones</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="463"/>
        <source>Link pain points</source>
        <translation>Vincular puntos de dolor</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="486"/>
        <source>action plan</source>
        <translation>plan de acción</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="488"/>
        <source>Export action plan</source>
        <translation>Exportar plan de acción</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="488"/>
        <source>CSV spreadsheets (*.csv)</source>
        <translation>Hojas de cálculo CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/action_plan.py" line="503"/>
        <source>Could not export the plan: {error}</source>
        <translation>No se pudo exportar el plan: {error}</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="65"/>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="65"/>
        <source>Start a new map from a template</source>
        <translation>Empezar un mapa nuevo a partir de una plantilla</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="66"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="66"/>
        <source>Open a .journey file</source>
        <translation>Abrir un archivo .journey</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="67"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="67"/>
        <source>Save the map</source>
        <translation>Guardar el mapa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="69"/>
        <source>Save &amp;As…</source>
        <translation>Guardar c&amp;omo…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="69"/>
        <source>Save the map under a new name</source>
        <translation>Guardar el mapa con otro nombre</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="73"/>
        <source>&amp;Export Poster…</source>
        <translation>&amp;Exportar póster…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="74"/>
        <source>Export the map as a PDF, SVG or PNG poster</source>
        <translation>Exportar el mapa como póster en PDF, SVG o PNG</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="80"/>
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="81"/>
        <source>Language, theme, autosave, defaults for new maps and posters</source>
        <translation>Idioma, tema, autoguardado y valores predeterminados de mapas nuevos y pósteres</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="85"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="85"/>
        <source>Close this map</source>
        <translation>Cerrar este mapa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="86"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="86"/>
        <source>Quit JourneyMapper</source>
        <translation>Salir de JourneyMapper</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="88"/>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="88"/>
        <source>Cut the selected cards</source>
        <translation>Cortar las tarjetas seleccionadas</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="91"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="92"/>
        <source>Copy the selected cards</source>
        <translation>Copiar las tarjetas seleccionadas</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="99"/>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="100"/>
        <source>Paste cards into the selected cell</source>
        <translation>Pegar tarjetas en la celda seleccionada</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="107"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="108"/>
        <source>Duplicate the selected cards</source>
        <translation>Duplicar las tarjetas seleccionadas</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="115"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="116"/>
        <source>Delete the selection (with its pain points)</source>
        <translation>Eliminar la selección (con sus puntos de dolor)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="123"/>
        <source>Select &amp;All</source>
        <translation>Seleccionar t&amp;odo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="124"/>
        <source>Select every card</source>
        <translation>Seleccionar todas las tarjetas</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="131"/>
        <source>&amp;Rename / Edit Title</source>
        <translation>Cambiar &amp;nombre o título</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="132"/>
        <source>Edit the selected card&apos;s title or header&apos;s name</source>
        <translation>Editar el título de la tarjeta o el nombre del encabezado seleccionado</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="140"/>
        <source>Add &amp;Card</source>
        <translation>Añadir &amp;tarjeta</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="141"/>
        <source>Add a card to the selected cell</source>
        <translation>Añadir una tarjeta a la celda seleccionada</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="161"/>
        <source>Fold the selected lane to a thin row</source>
        <translation>Plegar el carril seleccionado en una fila estrecha</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="185"/>
        <source>Connect the selected card to the next card you click</source>
        <translation>Conectar la tarjeta seleccionada con la siguiente tarjeta en la que hagas clic</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="193"/>
        <source>Add a pain point to the selected card</source>
        <translation>Añadir un punto de dolor a la tarjeta seleccionada</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="200"/>
        <source>Add Oppor&amp;tunity</source>
        <translation>Añadir oport&amp;unidad</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="201"/>
        <source>Add an opportunity to the selected card and type it in place</source>
        <translation>Añade una oportunidad a la tarjeta seleccionada y escríbela en el sitio</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="208"/>
        <source>Edit &amp;Note</source>
        <translation>Editar &amp;nota</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="209"/>
        <source>Write the selected card&apos;s note (its description) in place</source>
        <translation>Escribe la nota (la descripción) de la tarjeta seleccionada en el sitio</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="225"/>
        <source>Frustration → inefficiency → need → …</source>
        <translation>Frustración → ineficiencia → necesidad → …</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="233"/>
        <source>Make the pain point more severe</source>
        <translation>Hacer más grave el punto de dolor</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="241"/>
        <source>Make the pain point less severe</source>
        <translation>Hacer menos grave el punto de dolor</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="249"/>
        <source>Add a vote to the pain point</source>
        <translation>Añadir un voto al punto de dolor</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="257"/>
        <source>Remove a vote from the pain point</source>
        <translation>Quitar un voto al punto de dolor</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="276"/>
        <source>Remove the selected cards&apos; emotion</source>
        <translation>Quitar la emoción de las tarjetas seleccionadas</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="331"/>
        <source>List every key of the editor</source>
        <translation>Lista todas las teclas del editor</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="390"/>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="148"/>
        <source>Add &amp;Stage</source>
        <translation>Añadir &amp;etapa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="149"/>
        <source>Add a stage (a column) after the selected one</source>
        <translation>Añadir una etapa (una columna) después de la seleccionada</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="154"/>
        <source>Add &amp;Lane</source>
        <translation>Añadir &amp;carril</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="155"/>
        <source>Add a lane (a row) below the selected one</source>
        <translation>Añadir un carril (una fila) debajo del seleccionado</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="160"/>
        <source>Collapse / Expand Lane</source>
        <translation>Plegar / desplegar carril</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="168"/>
        <source>Move Stage Left / Lane Up</source>
        <translation>Mover etapa a la izquierda / carril arriba</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="169"/>
        <source>Move the selected stage or lane back</source>
        <translation>Mover hacia atrás la etapa o el carril seleccionado</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="176"/>
        <source>Move Stage Right / Lane Down</source>
        <translation>Mover etapa a la derecha / carril abajo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="177"/>
        <source>Move the selected stage or lane forward</source>
        <translation>Mover hacia adelante la etapa o el carril seleccionado</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="184"/>
        <source>C&amp;onnect To…</source>
        <translation>C&amp;onectar con…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="192"/>
        <source>Add &amp;Pain Point</source>
        <translation>Añadir punto de &amp;dolor</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="216"/>
        <source>Create &amp;Action for This Pain</source>
        <translation>Crear &amp;acción para este punto de dolor</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="217"/>
        <source>Add an action to the plan for the selected pain point, linked to it</source>
        <translation>Añadir al plan una acción vinculada al punto de dolor seleccionado</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="224"/>
        <source>Cycle Pain &amp;Kind</source>
        <translation>Cambiar &amp;tipo de dolor</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="232"/>
        <source>Raise Severity</source>
        <translation>Aumentar gravedad</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="240"/>
        <source>Lower Severity</source>
        <translation>Reducir gravedad</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="248"/>
        <source>Vote +1</source>
        <translation>Votar +1</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="256"/>
        <source>Vote −1</source>
        <translation>Votar −1</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="265"/>
        <source>Emotion %1</source>
        <translation>Emoción %1</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="266"/>
        <source>Set the selected cards&apos; emotion (1 = lowest, 5 = highest)</source>
        <translation>Asignar la emoción de las tarjetas seleccionadas (1 = la más baja, 5 = la más alta)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="275"/>
        <source>Clear Emotion</source>
        <translation>Quitar emoción</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="284"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="285"/>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Acercar (Ctrl+rueda)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="291"/>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="292"/>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Alejar (Ctrl+rueda)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="298"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="299"/>
        <source>Show the map at 100 %</source>
        <translation>Mostrar el mapa al 100 %</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="305"/>
        <source>&amp;Fit to Window</source>
        <translation>A&amp;justar a la ventana</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="306"/>
        <source>Show the whole map</source>
        <translation>Mostrar el mapa completo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="312"/>
        <source>&amp;Large Text for Projectors</source>
        <translation>Texto &amp;grande para proyectores</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="313"/>
        <source>Bigger type on the canvas, for a room</source>
        <translation>Letra más grande en el lienzo, para proyectar en una sala</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="319"/>
        <source>&amp;Presentation View</source>
        <translation>Vista de &amp;presentación</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="321"/>
        <source>The map alone, full screen, for the projector: Page Down / Page Up go stage by stage, Home shows the whole journey, Escape or F5 leaves</source>
        <translation>Solo el mapa, a pantalla completa, para el proyector: Av Pág / Re Pág van etapa a etapa, Inicio muestra todo el recorrido, Esc o F5 salen</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="330"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="335"/>
        <source>&amp;About JourneyMapper</source>
        <translation>A&amp;cerca de JourneyMapper</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/actions.py" line="335"/>
        <source>Version and licence</source>
        <translation>Versión y licencia</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../journeymapper/ui/app.py" line="100"/>
        <source>Opened in the running JourneyMapper: %1</source>
        <translation>Abierto en el JourneyMapper que ya está en marcha: %1</translation>
    </message>
</context>
<context>
    <name>AsIsToBeDialog</name>
    <message>
        <location filename="../../journeymapper/ui/compare/as_is_to_be.py" line="59"/>
        <source>As-Is vs To-Be</source>
        <translation>Situación actual frente a deseada</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare/as_is_to_be.py" line="63"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare/as_is_to_be.py" line="74"/>
        <location filename="../../journeymapper/ui/compare/as_is_to_be.py" line="82"/>
        <source>Export Comparison</source>
        <translation>Exportar la comparación</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare/as_is_to_be.py" line="75"/>
        <source>Posters (*.pdf *.svg *.png)</source>
        <translation>Pósteres (*.pdf *.svg *.png)</translation>
    </message>
</context>
<context>
    <name>ClearableDateEdit</name>
    <message>
        <location filename="../../journeymapper/ui/panels/table_model.py" line="262"/>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
</context>
<context>
    <name>CompareMode</name>
    <message>
        <location filename="../../journeymapper/ui/compare/mode.py" line="88"/>
        <location filename="../../journeymapper/ui/compare/mode.py" line="172"/>
        <location filename="../../journeymapper/ui/compare/mode.py" line="210"/>
        <location filename="../../journeymapper/ui/compare/mode.py" line="226"/>
        <location filename="../../journeymapper/ui/compare/mode.py" line="234"/>
        <location filename="../../journeymapper/ui/compare/mode.py" line="243"/>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare/mode.py" line="165"/>
        <source>To-Be Map</source>
        <translation>Mapa de la situación deseada</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare/mode.py" line="179"/>
        <source>Compare &amp;With</source>
        <translation>Com&amp;parar con</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare/mode.py" line="182"/>
        <source>Another &amp;File…</source>
        <translation>Otro &amp;archivo…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare/mode.py" line="183"/>
        <source>Last &amp;Saved Version</source>
        <translation>Última versión &amp;guardada</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare/mode.py" line="184"/>
        <source>&amp;Backup (.bak)</source>
        <translation>Copia de &amp;seguridad (.bak)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare/mode.py" line="185"/>
        <source>Earlier &amp;Commit (git)…</source>
        <translation>&amp;Commit anterior (git)…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare/mode.py" line="186"/>
        <source>As-Is vs &amp;To-Be…</source>
        <translation>Actual frente a &amp;deseada…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare/mode.py" line="191"/>
        <source>&amp;Leave Compare</source>
        <translation>Sa&amp;lir de la comparación</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare/mode.py" line="217"/>
        <source>Compare With</source>
        <translation>Comparar con</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare/mode.py" line="166"/>
        <location filename="../../journeymapper/ui/compare/mode.py" line="218"/>
        <source>JourneyMapper maps (*.journey)</source>
        <translation>Mapas de JourneyMapper (*.journey)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare/mode.py" line="227"/>
        <location filename="../../journeymapper/ui/compare/mode.py" line="235"/>
        <source>This map has not been saved yet.</source>
        <translation>Este mapa aún no se ha guardado.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare/mode.py" line="229"/>
        <source>the last saved version</source>
        <translation>la última versión guardada</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare/mode.py" line="244"/>
        <source>This map has no earlier versions in git.</source>
        <translation>Este mapa no tiene versiones anteriores en git.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare/mode.py" line="247"/>
        <source>Compare With Commit</source>
        <translation>Comparar con un commit</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare/mode.py" line="248"/>
        <source>Earlier version:</source>
        <translation>Versión anterior:</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <location filename="../../journeymapper/ui/compare/mode.py" line="52"/>
        <source>Leave Compare</source>
        <translation>Salir de la comparación</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/compare/mode.py" line="61"/>
        <source>No differences from %1.</source>
        <translation>Ninguna diferencia con %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/compare/mode.py" line="63"/>
        <source>%n difference(s) from %1:</source>
        <translation>
            <numerusform>%n diferencia con %1:</numerusform>
            <numerusform>%n diferencias con %1:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContextMenus</name>
    <message>
        <location filename="../../journeymapper/ui/context_menus.py" line="38"/>
        <source>Emotion</source>
        <translation>Emoción</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/context_menus.py" line="54"/>
        <source>Add Stage Before</source>
        <translation>Añadir etapa antes</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/context_menus.py" line="55"/>
        <source>Add Stage After</source>
        <translation>Añadir etapa después</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/context_menus.py" line="60"/>
        <source>Delete Stage</source>
        <translation>Eliminar etapa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/context_menus.py" line="66"/>
        <source>Add Lane Above</source>
        <translation>Añadir carril encima</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/context_menus.py" line="67"/>
        <source>Add Lane Below</source>
        <translation>Añadir carril debajo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/context_menus.py" line="71"/>
        <source>Delete Lane</source>
        <translation>Eliminar carril</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/context_menus.py" line="75"/>
        <source>Add Card Here</source>
        <translation>Añadir tarjeta aquí</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/context_menus.py" line="86"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/context_menus.py" line="93"/>
        <location filename="../../journeymapper/ui/context_menus.py" line="97"/>
        <source>Set channel</source>
        <translation>Asignar canal</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/context_menus.py" line="99"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="65"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="66"/>
        <source>Save the changes to “%1” before closing?</source>
        <translation>¿Guardar los cambios de “%1” antes de cerrar?</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="67"/>
        <source>If you don&apos;t save, your changes since the last save will be lost.</source>
        <translation>Si no guardas, se perderán los cambios hechos desde la última vez que guardaste.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="86"/>
        <source>Cannot open the map</source>
        <translation>No se puede abrir el mapa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="87"/>
        <source>“%1” could not be opened.</source>
        <translation>No se pudo abrir “%1”.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="100"/>
        <source>Could not save</source>
        <translation>No se pudo guardar</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="101"/>
        <source>The map was not saved: %1.</source>
        <translation>El mapa no se guardó: %1.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="103"/>
        <source>Your work is still open here and the file on disk is unchanged. Try Save As to save it somewhere else.</source>
        <translation>Tu trabajo sigue abierto aquí y el archivo en disco no ha cambiado. Prueba con Guardar como para guardarlo en otro lugar.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="112"/>
        <source>Opened with a notice</source>
        <translation>Abierto con un aviso</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="129"/>
        <source>%1 (process %2) on %3</source>
        <translation>%1 (proceso %2) en %3</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="135"/>
        <source>another program</source>
        <translation>otro programa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="132"/>
        <source>this computer</source>
        <translation>este equipo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="144"/>
        <source>Map already open</source>
        <translation>Mapa ya abierto</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="142"/>
        <source>“%1” is already open in %2.</source>
        <translation>“%1” ya está abierto en %2.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="137"/>
        <source>“%1” is shared in a live session by %2.</source>
        <translation>“%1” se comparte en una sesión en vivo desde %2.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="139"/>
        <source>Its host saves it. To edit it, join that session (File ▸ Live Session ▸ Join Live Session…), or open it read-only here.</source>
        <translation>Lo guarda su anfitrión. Para editarlo, únete a esa sesión (Archivo ▸ Colaborar en vivo ▸ Unirse a una sesión en vivo…), o ábrelo aquí solo para lectura.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="143"/>
        <source>You can open it read-only, or cancel and switch to the window that has it.</source>
        <translation>Puedes abrirlo en solo lectura, o cancelar y cambiar a la ventana que lo tiene abierto.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="145"/>
        <source>Open Read-Only</source>
        <translation>Abrir en solo lectura</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="194"/>
        <source>The map was never saved: the recovery copy is the only copy.</source>
        <translation>El mapa nunca se guardó: la copia de recuperación es la única copia.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="195"/>
        <source>It has %1, %2 and %3.</source>
        <translation>Tiene %1, %2 y %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/dialogs.py" line="196"/>
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n etapa</numerusform>
            <numerusform>%n etapas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/dialogs.py" line="197"/>
        <source>%n lane(s)</source>
        <translation>
            <numerusform>%n carril</numerusform>
            <numerusform>%n carriles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/dialogs.py" line="198"/>
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n tarjeta</numerusform>
            <numerusform>%n tarjetas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="203"/>
        <source>Title: “%1” → “%2”</source>
        <translation>Título: “%1” → “%2”</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="206"/>
        <source>stages</source>
        <translation>etapas</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="207"/>
        <source>lanes</source>
        <translation>carriles</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="208"/>
        <source>cards</source>
        <translation>tarjetas</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="209"/>
        <source>pain points</source>
        <translation>puntos de dolor</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="210"/>
        <source>connections</source>
        <translation>conexiones</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="219"/>
        <source>%1: %2 added, %3 removed, %4 changed</source>
        <translation>%1: %2 más, %3 menos, %4 con cambios</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="231"/>
        <source>The recovery copy is the same as the saved file.</source>
        <translation>La copia de recuperación es igual al archivo guardado.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="248"/>
        <source>Damaged Recovery Copy</source>
        <translation>Copia de recuperación dañada</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/dialogs.py" line="250"/>
        <source>%n recovery record(s) could not be read and were set aside (renamed, not deleted) in %1.</source>
        <translation>
            <numerusform>%n registro de recuperación no se pudo leer y se ha apartado (renombrado, no borrado) en %1.</numerusform>
            <numerusform>%n registros de recuperación no se pudieron leer y se han apartado (renombrados, no borrados) en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiskChangeGuard</name>
    <message>
        <location filename="../../journeymapper/ui/changed_on_disk.py" line="42"/>
        <location filename="../../journeymapper/ui/changed_on_disk.py" line="86"/>
        <source>Map Changed on Disk</source>
        <translation>Mapa cambiado en el disco</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/changed_on_disk.py" line="43"/>
        <source>“%1” was changed on disk by another program.</source>
        <translation>Otro programa ha cambiado «%1» en el disco.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/changed_on_disk.py" line="46"/>
        <source>You have unsaved changes. Reload takes the version on disk (Undo brings yours back); Keep Mine saves over it next time; Merge combines both, using the version you opened as the common ancestor.</source>
        <translation>Tienes cambios sin guardar. Recargar toma la versión del disco (Deshacer recupera la tuya); Conservar la mía la sobrescribe al guardar; Combinar une ambas, con la versión que abriste como antecesora común.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/changed_on_disk.py" line="49"/>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/changed_on_disk.py" line="50"/>
        <source>Keep Mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/changed_on_disk.py" line="51"/>
        <source>Merge</source>
        <translation>Combinar</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/changed_on_disk.py" line="79"/>
        <source>Reloaded “%1”: it was changed on disk.</source>
        <translation>«%1» recargado: había cambiado en el disco.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/changed_on_disk.py" line="87"/>
        <source>The version on disk cannot be read, so yours is kept:</source>
        <translation>La versión del disco no se puede leer, así que se conserva la tuya:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/changed_on_disk.py" line="97"/>
        <source>Merged the changes from disk; save to keep the result.</source>
        <translation>Cambios del disco combinados; guarda para conservar el resultado.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/changed_on_disk.py" line="101"/>
        <source>Merged with Conflicts</source>
        <translation>Combinado con conflictos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/changed_on_disk.py" line="102"/>
        <source>Merged, but %n change(s) collided; yours were kept.</source>
        <translation>
            <numerusform>Combinado, pero %n cambio chocaba; se conservó el tuyo.</numerusform>
            <numerusform>Combinado, pero %n cambios chocaban; se conservaron los tuyos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/changed_on_disk.py" line="104"/>
        <source>Check the objects listed below, then save.</source>
        <translation>Revisa los objetos de la lista y luego guarda.</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../../journeymapper/ui/document.py" line="114"/>
        <source>This map is open read-only; use Save As to edit a copy.</source>
        <translation>Este mapa está abierto en solo lectura; usa Guardar como para editar una copia.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/document.py" line="123"/>
        <source>This change could not be applied. {detail}</source>
        <translation>No se pudo aplicar este cambio. {detail}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/document.py" line="125"/>
        <source>This change could not be applied.</source>
        <translation>No se pudo aplicar este cambio.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/document.py" line="152"/>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/document.py" line="186"/>
        <source>Saved, but no backup was written.</source>
        <translation>Guardado, pero no se pudo escribir la copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/document.py" line="256"/>
        <source>Reload from Disk</source>
        <translation>Recargar del disco</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/document.py" line="274"/>
        <source>Merge Changes from Disk</source>
        <translation>Combinar los cambios del disco</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../journeymapper/ui/errors.py" line="51"/>
        <source>Something went wrong, but your work is safe.</source>
        <translation>Algo salió mal, pero tu trabajo está a salvo.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/errors.py" line="52"/>
        <source>Your maps are autosaved regularly. Please save your work, and consider reporting this problem with the log file:
%1</source>
        <translation>Tus mapas se guardan automáticamente cada poco tiempo. Guarda tu trabajo y, si puedes, informa de este problema adjuntando el archivo de registro:
%1</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/errors.py" line="60"/>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="91"/>
        <source>Exporting the poster…</source>
        <translation>Exportando el póster…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="107"/>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="108"/>
        <source>The poster could not be exported.</source>
        <translation>No se pudo exportar el póster.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="115"/>
        <source>Exported with warnings</source>
        <translation>Exportado con avisos</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="116"/>
        <source>The poster was exported. Please check:</source>
        <translation>El póster se ha exportado. Revise:</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="129"/>
        <source>Export Poster</source>
        <translation>Exportar póster</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="140"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="147"/>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="147"/>
        <source>Tabloid</source>
        <translation>Tabloide</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="152"/>
        <source>A paper size, or WIDTHxHEIGHTmm such as 1200x800mm</source>
        <translation>Un tamaño de papel, o ANCHOxALTOmm, por ejemplo 1200x800mm</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="159"/>
        <source>Landscape</source>
        <translation>Horizontal</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="160"/>
        <source>Portrait</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="164"/>
        <source>One sheet</source>
        <translation>Una sola hoja</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="165"/>
        <source>Tiled on A4 pages</source>
        <translation>En mosaico sobre páginas A4</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="166"/>
        <source>Tiled on Letter pages</source>
        <translation>En mosaico sobre páginas Carta</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="168"/>
        <source>A4 handout, a stage a page</source>
        <translation>Folleto A4, una etapa por página</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="169"/>
        <source>Letter handout, a stage a page</source>
        <translation>Folleto Carta, una etapa por página</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="170"/>
        <source>Add 3 mm bleed</source>
        <translation>Añadir 3 mm de sangrado</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="171"/>
        <source>Draw crop marks</source>
        <translation>Dibujar marcas de corte</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="175"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="179"/>
        <source> dpi</source>
        <translation> ppp</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="181"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="182"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="183"/>
        <source>Colour-blind safe</source>
        <translation>Apto para daltonismo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="187"/>
        <source>The map&apos;s language (%1)</source>
        <translation>El idioma del mapa (%1)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="191"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="192"/>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="195"/>
        <source>Paper &amp;size:</source>
        <translation>&amp;Tamaño del papel:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="196"/>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientación:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="197"/>
        <source>&amp;Tiling:</source>
        <translation>&amp;Mosaico:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="200"/>
        <source>&amp;Margin:</source>
        <translation>Mar&amp;gen:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="201"/>
        <source>&amp;Resolution (PNG):</source>
        <translation>&amp;Resolución (PNG):</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="202"/>
        <source>T&amp;heme:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="203"/>
        <source>&amp;Labels:</source>
        <translation>&amp;Idioma de etiquetas:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="208"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="234"/>
        <source>Print the date</source>
        <translation>Imprimir la fecha</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="241"/>
        <source>When body text would print smaller than %1 pt</source>
        <translation>Cuando el texto se imprimiría con menos de %1 pt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="243"/>
        <source>Warn me</source>
        <translation>Avisarme</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="244"/>
        <source>Use a larger paper</source>
        <translation>Usar un papel más grande</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="245"/>
        <source>Tile on A4 pages</source>
        <translation>Dividir en hojas A4</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="246"/>
        <source>Split into pages of stages</source>
        <translation>Separar en páginas por etapas</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="249"/>
        <source>Lo&amp;go:</source>
        <translation>&amp;Logotipo:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="253"/>
        <source>RGB (screens, office printers)</source>
        <translation>RGB (pantallas, impresoras de oficina)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="254"/>
        <source>CMYK (print shops)</source>
        <translation>CMYK (imprentas)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="258"/>
        <source>PDF only: a plain conversion, without an ICC profile</source>
        <translation>Solo PDF: una conversión simple, sin perfil ICC</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="259"/>
        <source>&amp;Colours (PDF):</source>
        <translation>&amp;Colores (PDF):</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="260"/>
        <source>Foot&amp;er:</source>
        <translation>&amp;Pie de página:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="262"/>
        <source>Small te&amp;xt:</source>
        <translation>Te&amp;xto pequeño:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="263"/>
        <source>Save these settings in the map</source>
        <translation>Guardar estos ajustes en el mapa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="265"/>
        <source>The map keeps them (an undoable edit), so the next export starts from them</source>
        <translation>El mapa los conserva (un cambio que se puede deshacer), y la próxima exportación parte de ellos</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="271"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="274"/>
        <source>Title block</source>
        <translation>Bloque de título</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="275"/>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="276"/>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="277"/>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="278"/>
        <source>Connection labels</source>
        <translation>Etiquetas de las conexiones</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="279"/>
        <source>Emotion curve</source>
        <translation>Curva de emociones</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="280"/>
        <source>KPIs</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="281"/>
        <source>Opportunities</source>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="292"/>
        <source>Lanes shown</source>
        <translation>Carriles mostrados</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="301"/>
        <source>La&amp;nes:</source>
        <translation>Carrile&amp;s:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="314"/>
        <source>The logo saved in the map</source>
        <translation>El logotipo guardado en el mapa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="314"/>
        <location filename="../../journeymapper/ui/export_dialog.py" line="358"/>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="316"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="319"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="331"/>
        <source>Choose a Logo</source>
        <translation>Elegir un logotipo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="333"/>
        <source>PNG or JPEG images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes PNG o JPEG (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="347"/>
        <source>Logo Not Usable</source>
        <translation>Logotipo no utilizable</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="348"/>
        <source>%1 cannot be used as a logo.</source>
        <translation>%1 no se puede usar como logotipo.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="385"/>
        <source>Export To</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="448"/>
        <source>Save Export Settings</source>
        <translation>Guardar ajustes de exportación</translation>
    </message>
</context>
<context>
    <name>ExportNotice</name>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="459"/>
        <source>Exported %1</source>
        <translation>Exportado %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/export_dialog.py" line="461"/>
        <source>Exported %n files to %1</source>
        <translation>
            <numerusform>Exportado %n archivo en %1</numerusform>
            <numerusform>Exportados %n archivos en %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/export_dialog.py" line="464"/>
        <source>Open &amp;Folder</source>
        <translation>Abrir &amp;carpeta</translation>
    </message>
</context>
<context>
    <name>ExportWarning</name>
    <message>
        <location filename="../../journeymapper/export/coverage.py" line="22"/>
        <source>card</source>
        <translation>tarjeta</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/coverage.py" line="23"/>
        <source>stage header</source>
        <translation>encabezado de etapa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/coverage.py" line="24"/>
        <source>lane label</source>
        <translation>nombre de carril</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/coverage.py" line="25"/>
        <source>persona</source>
        <translation>persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/coverage.py" line="26"/>
        <source>title block</source>
        <translation>bloque de título</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/coverage.py" line="27"/>
        <source>emotion point</source>
        <translation>punto de emoción</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/coverage.py" line="28"/>
        <source>pain point</source>
        <translation>punto de dolor</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/coverage.py" line="29"/>
        <source>opportunity</source>
        <translation>oportunidad</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/coverage.py" line="30"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/coverage.py" line="31"/>
        <source>action</source>
        <translation>acción</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/coverage.py" line="32"/>
        <source>legend</source>
        <translation>leyenda</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/coverage.py" line="33"/>
        <source>connection</source>
        <translation>conexión</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/coverage.py" line="51"/>
        <source>no id</source>
        <translation>sin id</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/coverage.py" line="52"/>
        <source>%1 “%2” (%3): no bundled font has %4; drawn as a box</source>
        <translation>%1 «%2» (%3): ninguna fuente incluida tiene %4; se dibuja como un recuadro</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/coverage.py" line="60"/>
        <source>poster text: no bundled font has %1; drawn as a box</source>
        <translation>texto del póster: ninguna fuente incluida tiene %1; se dibuja como un recuadro</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/legibility.py" line="55"/>
        <source>body text prints at %1 pt on %2, below the %3 pt minimum; to keep it legible, choose a larger paper, tiles or pages of stages (the export dialog&apos;s Small text setting; on the command line --fit larger, tile or split, or a larger --size)</source>
        <translation>el texto se imprime a %1 pt en %2, por debajo del mínimo de %3 pt; para que se lea bien, elija un papel más grande, hojas en mosaico o páginas por etapas (el ajuste «Texto pequeño» del diálogo de exportación; en la línea de órdenes, --fit larger, tile o split, o un --size mayor)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/legibility.py" line="232"/>
        <source>one stage a page</source>
        <translation>una etapa por página</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/legibility.py" line="234"/>
        <source>tall stages continue on the next page (%1 pages)</source>
        <translation>las etapas altas siguen en la página siguiente (%1 páginas)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/run.py" line="139"/>
        <source>printed on %1 so body text reaches %2 pt</source>
        <translation>impreso en %1 para que el texto llegue a %2 pt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/run.py" line="196"/>
        <source>tiles %1 would be nearly blank and are not printed (%2 pages)</source>
        <translation>las hojas %1 quedarían casi en blanco y no se imprimen (%2 páginas)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/run.py" line="214"/>
        <source>split into %1 pages of stages so body text reaches %2 pt</source>
        <translation>separado en %1 páginas por etapas para que el texto llegue a %2 pt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/run.py" line="245"/>
        <source>handout: %1, so body text reaches %2 pt</source>
        <translation>folleto: %1, para que el texto llegue a %2 pt</translation>
    </message>
    <message>
        <location filename="../../journeymapper/export/run.py" line="250"/>
        <source>body text prints at %1 pt on this handout, below the %2 pt minimum: a single lane of a stage is too big for the page; export a poster instead</source>
        <translation>el texto se imprime a %1 pt en este folleto, por debajo del mínimo de %2 pt: un solo carril de una etapa no cabe en la página; exporte un póster</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="239"/>
        <source>Choose a colour</source>
        <translation>Elegir un color</translation>
    </message>
</context>
<context>
    <name>HighlightFilter</name>
    <message>
        <location filename="../../journeymapper/ui/workshop/filters.py" line="65"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/filters.py" line="66"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/filters.py" line="67"/>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/filters.py" line="68"/>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/filters.py" line="69"/>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/filters.py" line="71"/>
        <source>Show all cards</source>
        <translation>Mostrar todas las tarjetas</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/filters.py" line="77"/>
        <source>&amp;Highlight:</source>
        <translation>&amp;Resaltar:</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../journeymapper/ui/import_dialog.py" line="53"/>
        <location filename="../../journeymapper/ui/import_dialog.py" line="120"/>
        <source>Import a Journey</source>
        <translation>Importar un viaje</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/import_dialog.py" line="58"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/import_dialog.py" line="63"/>
        <source>Detect from the file</source>
        <translation>Detectar a partir del archivo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/import_dialog.py" line="64"/>
        <source>Mermaid journey</source>
        <translation>Viaje de Mermaid</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/import_dialog.py" line="65"/>
        <source>CSV table</source>
        <translation>Tabla CSV</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/import_dialog.py" line="66"/>
        <source>Excel workbook</source>
        <translation>Libro de Excel</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/import_dialog.py" line="67"/>
        <source>Lanescape JSON</source>
        <translation>JSON de Lanescape</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/import_dialog.py" line="74"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/import_dialog.py" line="74"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/import_dialog.py" line="77"/>
        <source>Columns of the table and the field each one fills:</source>
        <translation>Columnas de la tabla y el campo que rellena cada una:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/import_dialog.py" line="83"/>
        <source>Stage / card</source>
        <translation>Etapa / tarjeta</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/import_dialog.py" line="83"/>
        <location filename="../../journeymapper/ui/import_dialog.py" line="162"/>
        <source>Lane</source>
        <translation>Carril</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/import_dialog.py" line="83"/>
        <location filename="../../journeymapper/ui/import_dialog.py" line="167"/>
        <source>Emotion</source>
        <translation>Emoción</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/import_dialog.py" line="91"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/import_dialog.py" line="100"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/import_dialog.py" line="101"/>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/import_dialog.py" line="118"/>
        <source>Journeys to import (%1)</source>
        <translation>Viajes para importar (%1)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/import_dialog.py" line="119"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/import_dialog.py" line="147"/>
        <source>(keep in description)</source>
        <translation>(conservar en la descripción)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/import_dialog.py" line="161"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/import_dialog.py" line="163"/>
        <source>Card title</source>
        <translation>Título de la tarjeta</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/import_dialog.py" line="164"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/import_dialog.py" line="165"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/import_dialog.py" line="166"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/import_dialog.py" line="168"/>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/import_dialog.py" line="169"/>
        <source>Pain point</source>
        <translation>Punto de dolor</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/import_dialog.py" line="170"/>
        <source>Pain kind</source>
        <translation>Tipo de dolor</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/import_dialog.py" line="171"/>
        <source>Severity</source>
        <translation>Severidad</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/import_dialog.py" line="172"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/import_dialog.py" line="173"/>
        <source>(ignore)</source>
        <translation>(ignorar)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/import_dialog.py" line="202"/>
        <source>Choose a Mermaid diagram, a CSV or Excel table or a Lanescape file.</source>
        <translation>Elige un diagrama de Mermaid, una tabla CSV o de Excel o un archivo de Lanescape.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/import_dialog.py" line="210"/>
        <source>Cannot import: %1</source>
        <translation>No se puede importar: %1</translation>
    </message>
</context>
<context>
    <name>ImportMessage</name>
    <message>
        <location filename="../../journeymapper/interop/builder.py" line="88"/>
        <source>more than %1 stages</source>
        <translation>más de %1 etapas</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/builder.py" line="101"/>
        <source>more than %1 lanes</source>
        <translation>más de %1 carriles</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/builder.py" line="120"/>
        <source>more than %1 cards</source>
        <translation>más de %1 tarjetas</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/builder.py" line="126"/>
        <source>title longer than %1 characters: kept in full in the description</source>
        <translation>título de más de %1 caracteres: se guarda entero en la descripción</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/errors.py" line="18"/>
        <source>no Mermaid &apos;journey&apos; diagram found</source>
        <translation>no hay ningún diagrama «journey» de Mermaid</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/errors.py" line="31"/>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/errors.py" line="81"/>
        <source>… more warnings not shown</source>
        <translation>… no se muestran más avisos</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/errors.py" line="101"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/errors.py" line="102"/>
        <source>imported as %1: %2</source>
        <translation>importado como %1: %2</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/errors.py" line="107"/>
        <source>; kept in descriptions: %1</source>
        <translation>; guardado en descripciones: %1</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/errors.py" line="112"/>
        <source>; not imported: %1</source>
        <translation>; no importado: %1</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/errors.py" line="120"/>
        <source>stages: %1</source>
        <translation>etapas: %1</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/errors.py" line="121"/>
        <source>lanes: %1</source>
        <translation>carriles: %1</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/errors.py" line="122"/>
        <source>cards: %1</source>
        <translation>tarjetas: %1</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/errors.py" line="123"/>
        <source>connections: %1</source>
        <translation>conexiones: %1</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/errors.py" line="124"/>
        <source>personas: %1</source>
        <translation>personas: %1</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/errors.py" line="125"/>
        <source>pain points: %1</source>
        <translation>puntos de dolor: %1</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/importing.py" line="57"/>
        <source>cannot tell the format; use --from %1</source>
        <translation>no se reconoce el formato; use --from %1</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/importing.py" line="106"/>
        <source>unknown format “%1”; use one of %2</source>
        <translation>formato desconocido «%1»; use uno de %2</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/importing.py" line="127"/>
        <source>--journey %1: the file holds %2 journeys, numbered from 1</source>
        <translation>--journey %1: el archivo contiene %2 viajes, numerados desde 1</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/lanescape.py" line="124"/>
        <source>expected a list, found %1</source>
        <translation>se esperaba una lista y hay %1</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/lanescape.py" line="134"/>
        <source>expected an object, found %1</source>
        <translation>se esperaba un objeto y hay %1</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/lanescape.py" line="145"/>
        <location filename="../../journeymapper/interop/tables.py" line="65"/>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/lanescape.py" line="148"/>
        <source>invalid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/lanescape.py" line="152"/>
        <source>JSON nested too deeply</source>
        <translation>JSON anidado a demasiada profundidad</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/lanescape.py" line="156"/>
        <source>expected “%1”, found “%2”</source>
        <translation>se esperaba «%1» y hay «%2»</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/lanescape.py" line="161"/>
        <source>the file holds no journeys</source>
        <translation>el archivo no contiene ningún viaje</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/lanescape.py" line="196"/>
        <source>lanescape (journey %1)</source>
        <translation>lanescape (viaje %1)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/lanescape.py" line="211"/>
        <location filename="../../journeymapper/interop/tables.py" line="32"/>
        <source>more than %1 rows</source>
        <translation>más de %1 filas</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/lanescape.py" line="241"/>
        <source>cell beyond the last stage: skipped</source>
        <translation>celda más allá de la última etapa: omitida</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/lanescape.py" line="251"/>
        <source>cells spanning several stages</source>
        <translation>celdas que abarcan varias etapas</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/lanescape.py" line="256"/>
        <source>cell modes</source>
        <translation>modos de celda</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/mermaid.py" line="136"/>
        <source>more than %1 lines</source>
        <translation>más de %1 líneas</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/mermaid.py" line="169"/>
        <source>a Mermaid journey starts with the word &apos;journey&apos;, not “%1”</source>
        <translation>un «journey» de Mermaid empieza con la palabra «journey», no «%1»</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/mermaid.py" line="179"/>
        <source>&apos;accDescr {&apos; has no closing brace</source>
        <translation>a «accDescr {» le falta la llave de cierre</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/mermaid.py" line="222"/>
        <source>expected &apos;Task name: score: actors&apos;, got “%1”</source>
        <translation>se esperaba «Tarea: puntuación: actores» y hay «%1»</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/mermaid.py" line="241"/>
        <source>score “%1” is not a whole number: kept in the card&apos;s description</source>
        <translation>la puntuación «%1» no es un número entero: se guarda en la descripción de la tarjeta</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/mermaid.py" line="248"/>
        <source>score %1 is outside Mermaid&apos;s 1–5: kept in the card&apos;s description, no emotion set</source>
        <translation>la puntuación %1 está fuera del 1–5 de Mermaid: se guarda en la descripción de la tarjeta, sin emoción</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/mermaid.py" line="281"/>
        <source>Mermaid scores outside 1–5</source>
        <translation>puntuaciones de Mermaid fuera del 1–5</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/source.py" line="26"/>
        <source>no such file</source>
        <translation>no existe el archivo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/source.py" line="29"/>
        <source>is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/source.py" line="32"/>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/source.py" line="35"/>
        <source>is larger than the import limit of %1 MiB</source>
        <translation>supera el límite de importación de %1 MiB</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/source.py" line="66"/>
        <source>is not readable text (%1: %2)</source>
        <translation>no es texto legible (%1: %2)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/source.py" line="71"/>
        <source>contains a NUL byte: this looks like a binary file, not text</source>
        <translation>contiene un byte NUL: parece un archivo binario, no texto</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/source.py" line="77"/>
        <source>is not readable text</source>
        <translation>no es texto legible</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/table_import.py" line="150"/>
        <source>the sheet is empty</source>
        <translation>la hoja está vacía</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/table_import.py" line="167"/>
        <source>has no rows to import</source>
        <translation>no tiene filas que importar</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/table_import.py" line="173"/>
        <source>%1 (long layout, %2)</source>
        <translation>%1 (formato en filas, %2)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/table_import.py" line="176"/>
        <source>%1 (wide layout, %2)</source>
        <translation>%1 (formato en columnas, %2)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/table_import.py" line="238"/>
        <source>evidence “%1” is not observed/assumed/proposed: kept in the description</source>
        <translation>la evidencia «%1» no es observada/supuesta/propuesta: se guarda en la descripción</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/table_import.py" line="246"/>
        <source>emotion “%1” is not a whole number on the map&apos;s scale (%2…%3): kept in the description</source>
        <translation>la emoción «%1» no es un número entero de la escala del mapa (%2…%3): se guarda en la descripción</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/table_import.py" line="280"/>
        <source>pain kind “%1” is unknown: frustration used</source>
        <translation>tipo de dolor «%1» desconocido: se usa frustración</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/table_import.py" line="292"/>
        <source>severity “%1” is not 1–5: 3 used</source>
        <translation>la severidad «%1» no está entre 1 y 5: se usa 3</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/table_import.py" line="304"/>
        <source>no card-title column and no stage names in the header: cannot tell the layout (name a column &apos;title&apos; or use --map COLUMN=title)</source>
        <translation>no hay columna de título de tarjeta ni nombres de etapa en la cabecera: no se reconoce el formato (llame «título» a una columna o use --map COLUMNA=title)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/table_import.py" line="320"/>
        <source>cell under a column with no stage name (%1): skipped</source>
        <translation>celda bajo una columna sin nombre de etapa (%1): omitida</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/tables.py" line="33"/>
        <source>more than %1 columns</source>
        <translation>más de %1 columnas</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/tables.py" line="72"/>
        <source>sheet %1, row %2</source>
        <translation>hoja %1, fila %2</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/tables.py" line="74"/>
        <source>sheet %1, cell %2</source>
        <translation>hoja %1, celda %2</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/tables.py" line="94"/>
        <source>cell is longer than %1 characters</source>
        <translation>la celda tiene más de %1 caracteres</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/tables.py" line="101"/>
        <source>%1, delimiter %2</source>
        <translation>%1, separador %2</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/tables.py" line="117"/>
        <source>is not valid CSV: %1</source>
        <translation>no es un CSV válido: %1</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/tables.py" line="139"/>
        <source>is not an Excel .xlsx workbook (not a zip archive)</source>
        <translation>no es un libro de Excel .xlsx (no es un archivo zip)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/tables.py" line="142"/>
        <source>unpacks to more than %1 MiB; refused as a possible zip bomb</source>
        <translation>se descomprime en más de %1 MiB; rechazado como posible bomba zip</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/tables.py" line="156"/>
        <source>is not a readable .xlsx workbook (%1)</source>
        <translation>no es un libro .xlsx legible (%1)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/tables.py" line="163"/>
        <source>has a sheet that cannot be read (%1)</source>
        <translation>tiene una hoja que no se puede leer (%1)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/tables.py" line="172"/>
        <source>has no sheet “%1”; sheets: %2</source>
        <translation>no tiene ninguna hoja «%1»; hojas: %2</translation>
    </message>
    <message>
        <location filename="../../journeymapper/interop/tables.py" line="176"/>
        <source>sheet %1</source>
        <translation>hoja %1</translation>
    </message>
</context>
<context>
    <name>InsightsPanel</name>
    <message>
        <location filename="../../journeymapper/ui/panels/insights.py" line="43"/>
        <source>Click a question to select its cards on the map</source>
        <translation>Haz clic en una pregunta para seleccionar sus tarjetas en el mapa</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/panels/insights.py" line="111"/>
        <source>%n question(s) for the team</source>
        <translation>
            <numerusform>%n pregunta para el equipo</numerusform>
            <numerusform>%n preguntas para el equipo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/insights.py" line="113"/>
        <source>No questions yet: connect cards, add emotions, pains, channels and owners.</source>
        <translation>Aún no hay preguntas: conecta tarjetas y añade emociones, dolores, canales y responsables.</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/inspector.py" line="344"/>
        <source>%n object(s) selected</source>
        <translation>
            <numerusform>%n objeto seleccionado</numerusform>
            <numerusform>%n objetos seleccionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/inspector.py" line="346"/>
        <source>%n card(s) selected. Drag to move them together, press Delete to remove them, 1–5 to set their emotion.</source>
        <translation>
            <numerusform>%n tarjeta seleccionada. Arrástrala para moverla, pulsa Supr para eliminarla o 1–5 para asignar su emoción.</numerusform>
            <numerusform>%n tarjetas seleccionadas. Arrástralas para moverlas juntas, pulsa Supr para eliminarlas o 1–5 para asignar su emoción.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="353"/>
        <source>KPI</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="355"/>
        <source>Opportunity</source>
        <translation>Oportunidad</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="353"/>
        <source>Edit this KPI in the KPIs panel.</source>
        <translation>Edita este indicador en el panel Indicadores.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="355"/>
        <source>Edit this opportunity in the Opportunities panel.</source>
        <translation>Edita esta oportunidad en el panel Oportunidades.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="371"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="371"/>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="372"/>
        <source>Pain point</source>
        <translation>Punto de dolor</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="371"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="372"/>
        <source>Lane</source>
        <translation>Carril</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="403"/>
        <location filename="../../journeymapper/ui/inspector.py" line="472"/>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="404"/>
        <source>Subtitle:</source>
        <translation>Subtítulo:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="405"/>
        <location filename="../../journeymapper/ui/inspector.py" line="473"/>
        <location filename="../../journeymapper/ui/inspector.py" line="561"/>
        <location filename="../../journeymapper/ui/inspector.py" line="576"/>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="406"/>
        <source>Authors:</source>
        <translation>Autores:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="407"/>
        <source>Organisation:</source>
        <translation>Organización:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="408"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="409"/>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="410"/>
        <location filename="../../journeymapper/ui/inspector.py" line="482"/>
        <source>Tags:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="411"/>
        <source>Emotion scale</source>
        <translation>Escala emocional</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="415"/>
        <source>Lowest score:</source>
        <translation>Puntuación mínima:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="423"/>
        <source>Highest score:</source>
        <translation>Puntuación máxima:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="431"/>
        <source>Scale labels:</source>
        <translation>Etiquetas de la escala:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="438"/>
        <source>One per line, as “score: label”, e.g. “-2: Very unhappy”.</source>
        <translation>Una por línea, como “puntuación: etiqueta”; p. ej., “-2: Muy insatisfecho”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/inspector.py" line="464"/>
        <source>%n card(s) have emotions outside that range; change them first.</source>
        <translation>
            <numerusform>%n tarjeta tiene una emoción fuera de ese rango; cámbiala primero.</numerusform>
            <numerusform>%n tarjetas tienen emociones fuera de ese rango; cámbialas primero.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="468"/>
        <source>Change emotion scale</source>
        <translation>Cambiar escala emocional</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="475"/>
        <source>Channel:</source>
        <translation>Canal:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="475"/>
        <location filename="../../journeymapper/ui/inspector.py" line="519"/>
        <source>(none)</source>
        <translation>(sin asignar)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="479"/>
        <source>Channel detail:</source>
        <translation>Detalle del canal:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="480"/>
        <source>Owner:</source>
        <translation>Responsable:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="481"/>
        <source>Evidence:</source>
        <translation>Evidencia:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="484"/>
        <source>Emotion:</source>
        <translation>Emoción:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="491"/>
        <source>Emotion label:</source>
        <translation>Etiqueta de la emoción:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="497"/>
        <source>Emotion note:</source>
        <translation>Nota de la emoción:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="504"/>
        <source>Stage:</source>
        <translation>Etapa:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="507"/>
        <source>Lane:</source>
        <translation>Carril:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="539"/>
        <source>Set emotion</source>
        <translation>Asignar emoción</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="548"/>
        <source>Edit emotion</source>
        <translation>Editar emoción</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="557"/>
        <source>Move card</source>
        <translation>Mover tarjeta</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="562"/>
        <location filename="../../journeymapper/ui/inspector.py" line="583"/>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="563"/>
        <source>Severity (1–5):</source>
        <translation>Gravedad (1–5):</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="564"/>
        <source>Votes:</source>
        <translation>Votos:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="566"/>
        <source>Five whys:</source>
        <translation>Cinco porqués:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="575"/>
        <location filename="../../journeymapper/ui/inspector.py" line="582"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="577"/>
        <location filename="../../journeymapper/ui/inspector.py" line="584"/>
        <source>Colour:</source>
        <translation>Color:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/inspector.py" line="585"/>
        <source>Collapsed:</source>
        <translation>Plegado:</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../journeymapper/ui/live/dialogs.py" line="135"/>
        <source>Join live session</source>
        <translation>Unirse a una sesión en vivo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/live/dialogs.py" line="141"/>
        <source>The room code from the facilitator</source>
        <translation>El código de sala que da quien facilita</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/live/dialogs.py" line="146"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/live/dialogs.py" line="147"/>
        <source>Room code</source>
        <translation>Código de sala</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/live/dialogs.py" line="148"/>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/live/dialogs.py" line="148"/>
        <source>Your colour</source>
        <translation>Tu color</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/live/dialogs.py" line="150"/>
        <source>Join</source>
        <translation>Unirse</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/live/dialogs.py" line="154"/>
        <source>Sessions on this network:</source>
        <translation>Sesiones en esta red:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/live/dialogs.py" line="167"/>
        <source>(Sessions cannot be listed on this network.)</source>
        <translation>(No se pueden listar las sesiones en esta red.)</translation>
    </message>
</context>
<context>
    <name>KpiPanel</name>
    <message>
        <location filename="../../journeymapper/ui/panels/kpis.py" line="75"/>
        <source>Show the KPIs of one stage</source>
        <translation>Mostrar los indicadores de una etapa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/kpis.py" line="78"/>
        <location filename="../../journeymapper/ui/panels/kpis.py" line="271"/>
        <source>Add KPI</source>
        <translation>Añadir indicador</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/kpis.py" line="82"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/kpis.py" line="85"/>
        <source>Delete the selected KPIs</source>
        <translation>Eliminar los indicadores seleccionados</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/kpis.py" line="87"/>
        <source>Show on canvas</source>
        <translation>Mostrar en el lienzo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/kpis.py" line="102"/>
        <source>Stage:</source>
        <translation>Etapa:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/kpis.py" line="120"/>
        <location filename="../../journeymapper/ui/panels/kpis.py" line="130"/>
        <source>Whole journey</source>
        <translation>Todo el viaje</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/kpis.py" line="139"/>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/kpis.py" line="140"/>
        <source>On target</source>
        <translation>En meta</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/kpis.py" line="140"/>
        <source>Off target</source>
        <translation>Fuera de meta</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/kpis.py" line="152"/>
        <source>Lower is better</source>
        <translation>Cuanto menor, mejor</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/kpis.py" line="152"/>
        <source>Higher is better</source>
        <translation>Cuanto mayor, mejor</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/kpis.py" line="177"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/kpis.py" line="184"/>
        <source>Change KPI stage</source>
        <translation>Cambiar etapa del indicador</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/kpis.py" line="188"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/kpis.py" line="194"/>
        <source>Change KPI kind</source>
        <translation>Cambiar tipo de indicador</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/kpis.py" line="198"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/kpis.py" line="202"/>
        <source>Rename KPI</source>
        <translation>Cambiar nombre del indicador</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/kpis.py" line="207"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/kpis.py" line="211"/>
        <source>Change KPI unit</source>
        <translation>Cambiar unidad del indicador</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/kpis.py" line="214"/>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/kpis.py" line="214"/>
        <source>Change KPI target</source>
        <translation>Cambiar meta del indicador</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/kpis.py" line="215"/>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/kpis.py" line="215"/>
        <source>Change KPI actual value</source>
        <translation>Cambiar valor real del indicador</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/kpis.py" line="217"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/kpis.py" line="229"/>
        <source>All stages</source>
        <translation>Todas las etapas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/panels/kpis.py" line="241"/>
        <source>{on} of %n measured KPI(s) on target</source>
        <translation>
            <numerusform>{on} de %n indicador medido en meta</numerusform>
            <numerusform>{on} de %n indicadores medidos en meta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/kpis.py" line="270"/>
        <source>New KPI</source>
        <translation>Nuevo indicador</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/kpis.py" line="282"/>
        <source>Delete KPI</source>
        <translation>Eliminar indicador</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/kpis.py" line="282"/>
        <source>Delete KPIs</source>
        <translation>Eliminar indicadores</translation>
    </message>
</context>
<context>
    <name>LargeMapControls</name>
    <message>
        <location filename="../../journeymapper/ui/canvas/large_maps.py" line="48"/>
        <source>&amp;Minimap</source>
        <translation>&amp;Minimapa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/canvas/large_maps.py" line="53"/>
        <source>Show the whole map in a corner of the canvas; click or drag it to move around</source>
        <translation>Muestra el mapa entero en una esquina del lienzo; haz clic o arrastra en él para desplazarte</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/canvas/large_maps.py" line="61"/>
        <source>&amp;Full Cards</source>
        <translation>Tarjetas &amp;completas</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/canvas/large_maps.py" line="61"/>
        <source>Cards with all their text, channel and pains</source>
        <translation>Tarjetas con todo su texto, canal y puntos de dolor</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/canvas/large_maps.py" line="62"/>
        <source>&amp;Compact Cards</source>
        <translation>Tarjetas c&amp;ompactas</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/canvas/large_maps.py" line="62"/>
        <source>Each card&apos;s title and emotion only</source>
        <translation>Solo el título y la emoción de cada tarjeta</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/canvas/large_maps.py" line="63"/>
        <source>&amp;Dots</source>
        <translation>&amp;Puntos</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/canvas/large_maps.py" line="63"/>
        <source>Each card as a dot in its emotion&apos;s colour: thousands fit</source>
        <translation>Cada tarjeta como un punto del color de su emoción: caben miles</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/canvas/large_maps.py" line="76"/>
        <source>Collapse / Expand &amp;Stage</source>
        <translation>Contraer / expandir &amp;etapa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/canvas/large_maps.py" line="77"/>
        <source>Fold the selected stage to a narrow column, or open it again</source>
        <translation>Pliega la etapa seleccionada en una columna estrecha, o vuelve a abrirla</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/canvas/large_maps.py" line="79"/>
        <source>&amp;Expand All Stages</source>
        <translation>E&amp;xpandir todas las etapas</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/canvas/large_maps.py" line="80"/>
        <source>Open every folded stage</source>
        <translation>Abre todas las etapas plegadas</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/canvas/large_maps.py" line="129"/>
        <source>Click a stage&apos;s header (or one of its cards) first, then fold it.</source>
        <translation>Primero haz clic en la cabecera de una etapa (o en una de sus tarjetas) y luego pliégala.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/canvas/large_maps.py" line="133"/>
        <source>Expand stage</source>
        <translation>Expandir etapa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/canvas/large_maps.py" line="133"/>
        <source>Collapse stage</source>
        <translation>Contraer etapa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/canvas/large_maps.py" line="144"/>
        <source>Expand all stages</source>
        <translation>Expandir todas las etapas</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/canvas/large_maps.py" line="152"/>
        <source>Card &amp;Density</source>
        <translation>&amp;Densidad de tarjetas</translation>
    </message>
</context>
<context>
    <name>LiveColours</name>
    <message>
        <location filename="../../journeymapper/ui/preferences.py" line="100"/>
        <source>Raspberry</source>
        <translation>Frambuesa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/preferences.py" line="100"/>
        <source>Teal</source>
        <translation>Verde azulado</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/preferences.py" line="101"/>
        <source>Saffron</source>
        <translation>Azafrán</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/preferences.py" line="101"/>
        <source>Blue</source>
        <translation>Azul</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/preferences.py" line="102"/>
        <source>Purple</source>
        <translation>Morado</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/preferences.py" line="102"/>
        <source>Jade</source>
        <translation>Jade</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/preferences.py" line="103"/>
        <source>Coral</source>
        <translation>Coral</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/preferences.py" line="103"/>
        <source>Sage</source>
        <translation>Salvia</translation>
    </message>
</context>
<context>
    <name>LiveController</name>
    <message>
        <location filename="../../journeymapper/ui/live/controller.py" line="279"/>
        <source>Live session: connected.</source>
        <translation>Sesión en vivo: conectado.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/live/controller.py" line="283"/>
        <source>The live session&apos;s host cannot be reached. Your copy of the map is kept: keep editing, save a copy or start a new session from it (Participants panel). Reconnecting…</source>
        <translation>No se puede contactar con el anfitrión de la sesión en vivo. Tu copia del mapa se conserva: sigue editando, guarda una copia o inicia una nueva sesión a partir de ella (panel Participantes). Reconectando…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/live/controller.py" line="287"/>
        <source>The live session&apos;s host refused this window ({reason}). Your copy of the map is kept: save a copy or start a new session from it (Participants panel).</source>
        <translation>El anfitrión de la sesión en vivo ha rechazado esta ventana ({reason}). Tu copia del mapa se conserva: guarda una copia o inicia una nueva sesión a partir de ella (panel Participantes).</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/live/controller.py" line="301"/>
        <source>Could not save the shared map: {error}</source>
        <translation>No se pudo guardar el mapa compartido: {error}</translation>
    </message>
</context>
<context>
    <name>LiveMenu</name>
    <message>
        <location filename="../../journeymapper/ui/live/menu.py" line="35"/>
        <source>Start &amp;Live Session…</source>
        <translation>Iniciar sesión en &amp;vivo…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/live/menu.py" line="36"/>
        <source>Let others on the local network edit this map with you</source>
        <translation>Permitir que otras personas de la red local editen este mapa contigo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/live/menu.py" line="38"/>
        <source>&amp;Join Live Session…</source>
        <translation>&amp;Unirse a una sesión en vivo…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/live/menu.py" line="39"/>
        <source>Edit a map someone shares on the local network</source>
        <translation>Editar un mapa que alguien comparte en la red local</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/live/menu.py" line="41"/>
        <source>Leave Live Session</source>
        <translation>Salir de la sesión en vivo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/live/menu.py" line="44"/>
        <source>Li&amp;ve Session</source>
        <translation>Cola&amp;borar en vivo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/live/menu.py" line="49"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/live/menu.py" line="78"/>
        <source>Cannot listen there: {error}</source>
        <translation>No se puede escuchar ahí: {error}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/live/menu.py" line="103"/>
        <location filename="../../journeymapper/ui/live/menu.py" line="109"/>
        <source>Join live session</source>
        <translation>Unirse a una sesión en vivo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/live/menu.py" line="104"/>
        <source>This window cannot open another one.</source>
        <translation>Esta ventana no puede abrir otra.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/live/menu.py" line="106"/>
        <source>Joining the live session…</source>
        <translation>Uniéndose a la sesión en vivo…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/live/menu.py" line="110"/>
        <source>Could not join the live session: {reason}</source>
        <translation>No se pudo unir a la sesión en vivo: {reason}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="114"/>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="116"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;al abrir&gt;</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="117"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="130"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="133"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="137"/>
        <source>Undo the last change</source>
        <translation>Deshacer el último cambio</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="138"/>
        <source>Redo the change you undid</source>
        <translation>Rehacer el cambio que deshiciste</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="167"/>
        <source>Double-click a cell to add a card. Drag cards to move them; 1–5 set the emotion; P adds a pain point.</source>
        <translation>Haz doble clic en una celda para añadir una tarjeta. Arrastra las tarjetas para moverlas; 1–5 asignan la emoción; P añade un punto de dolor.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="210"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="212"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="215"/>
        <source>Import a Mermaid journey, a CSV or Excel table or a Lanescape file</source>
        <translation>Importar un viaje de Mermaid, una tabla CSV o de Excel o un archivo de Lanescape</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="218"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="226"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="235"/>
        <source>&amp;Map</source>
        <translation>&amp;Mapa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="239"/>
        <source>&amp;Emotion</source>
        <translation>E&amp;moción</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="242"/>
        <source>&amp;Pain Point</source>
        <translation>&amp;Punto de dolor</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="249"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="262"/>
        <source>&amp;Workshop</source>
        <translation>&amp;Taller</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="264"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="325"/>
        <source>(no recent maps)</source>
        <translation>(no hay mapas recientes)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="360"/>
        <source>That item is not drawn on the map.</source>
        <translation>Ese elemento no aparece en el mapa.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="386"/>
        <source>Select a pain point on the map first.</source>
        <translation>Primero selecciona un punto de dolor en el mapa.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="391"/>
        <source>Action added to the plan: type its task, then its owner and due date.</source>
        <translation>Acción añadida al plan: escribe su tarea y después su responsable y su fecha límite.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="405"/>
        <source>The new language applies from the next start.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que abras JourneyMapper.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="459"/>
        <source> (read-only)</source>
        <translation> (solo lectura)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="476"/>
        <source>Open Map</source>
        <translation>Abrir mapa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="476"/>
        <location filename="../../journeymapper/ui/main_window.py" line="496"/>
        <source>JourneyMapper maps (*.journey)</source>
        <translation>Mapas de JourneyMapper (*.journey)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="496"/>
        <source>Save Map As</source>
        <translation>Guardar mapa como</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="508"/>
        <source>Map already open</source>
        <translation>Mapa ya abierto</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="509"/>
        <source>“%1” is open in another window; choose another name.</source>
        <translation>“%1” está abierto en otra ventana; elige otro nombre.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/main_window.py" line="528"/>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/help.py" line="47"/>
        <source>Double-click a cell</source>
        <translation>Doble clic en una celda</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/help.py" line="29"/>
        <source>Arrow keys</source>
        <translation>Teclas de flecha</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/help.py" line="30"/>
        <source>move the cell cursor: cells, cards in a cell, stage and lane headers</source>
        <translation>mover el cursor de celda: celdas, tarjetas de una celda, cabeceras de etapa y de carril</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/help.py" line="35"/>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/help.py" line="36"/>
        <source>new card in the cursor&apos;s cell (while typing — Enter: next card, Tab / Shift+Tab: next / previous stage, Escape: cancel)</source>
        <translation>nueva tarjeta en la celda del cursor (al escribir — Intro: siguiente tarjeta, Tab / Mayús+Tab: etapa siguiente / anterior, Esc: cancelar)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/help.py" line="43"/>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/help.py" line="44"/>
        <source>cancel; in a panel: back to the map</source>
        <translation>cancelar; en un panel: volver al mapa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/help.py" line="48"/>
        <source>new card</source>
        <translation>nueva tarjeta</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/help.py" line="51"/>
        <source>Ctrl+wheel</source>
        <translation>Ctrl+rueda</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/help.py" line="52"/>
        <source>zoom</source>
        <translation>zoom</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/help.py" line="55"/>
        <source>Space+drag, middle drag</source>
        <translation>Espacio+arrastrar, arrastrar con el botón central</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/help.py" line="56"/>
        <source>pan</source>
        <translation>desplazar la vista</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/help.py" line="60"/>
        <source>show / hide the minimap (click or drag in it to move)</source>
        <translation>mostrar / ocultar el minimapa (haz clic o arrastra en él para moverte)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/help.py" line="94"/>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/help.py" line="98"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/help.py" line="98"/>
        <source>Does</source>
        <translation>Hace</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/help.py" line="127"/>
        <source>About JourneyMapper</source>
        <translation>Acerca de JourneyMapper</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/help.py" line="122"/>
        <source>JourneyMapper %1 — an open, offline editor for customer-journey maps.</source>
        <translation>JourneyMapper %1: un editor abierto y sin conexión para mapas de viaje del cliente.</translation>
    </message>
</context>
<context>
    <name>MapEditor</name>
    <message>
        <location filename="../../journeymapper/ui/map_editor.py" line="101"/>
        <source>New card — Enter: next, Tab: next stage</source>
        <translation>Nueva tarjeta — Enter: siguiente, Tab: etapa siguiente</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/map_editor.py" line="105"/>
        <source>Type the card&apos;s title. Enter adds it and starts the next; Tab moves to the next stage; Escape cancels.</source>
        <translation>Escribe el título de la tarjeta. Enter la añade y empieza la siguiente; Tab pasa a la etapa siguiente; Escape cancela.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/map_editor.py" line="140"/>
        <source>Edit card title</source>
        <translation>Editar título de la tarjeta</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/map_editor.py" line="144"/>
        <source>Rename stage</source>
        <translation>Cambiar nombre de la etapa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/map_editor.py" line="144"/>
        <source>Rename lane</source>
        <translation>Cambiar nombre del carril</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/map_editor.py" line="160"/>
        <source>Describe pain point</source>
        <translation>Describir punto de dolor</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/map_editor.py" line="161"/>
        <source>Describe opportunity</source>
        <translation>Describir oportunidad</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/map_editor.py" line="162"/>
        <source>Edit note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/map_editor.py" line="194"/>
        <source>Pain point — Enter: done, Escape: cancel</source>
        <translation>Punto de dolor — Intro: listo, Esc: cancelar</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/map_editor.py" line="195"/>
        <source>Opportunity — Enter: done, Escape: cancel</source>
        <translation>Oportunidad — Intro: listo, Esc: cancelar</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/map_editor.py" line="196"/>
        <source>Note on this card — Enter: done</source>
        <translation>Nota de esta tarjeta — Intro: listo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/map_editor.py" line="204"/>
        <source>Add card</source>
        <translation>Añadir tarjeta</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/map_editor.py" line="236"/>
        <source>Add a stage and a lane first.</source>
        <translation>Primero añade una etapa y un carril.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/map_editor.py" line="269"/>
        <source>Move card</source>
        <translation>Mover tarjeta</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/map_editor.py" line="269"/>
        <source>Move %n cards</source>
        <translation>
            <numerusform>Mover %n tarjeta</numerusform>
            <numerusform>Mover %n tarjetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/map_editor.py" line="285"/>
        <source>Delete %n card(s)</source>
        <translation>
            <numerusform>Eliminar %n tarjeta</numerusform>
            <numerusform>Eliminar %n tarjetas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/map_editor.py" line="285"/>
        <source>Delete pain point</source>
        <translation>Eliminar punto de dolor</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/map_editor.py" line="298"/>
        <location filename="../../journeymapper/ui/map_editor.py" line="310"/>
        <source>Clear emotion</source>
        <translation>Quitar emoción</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/map_editor.py" line="298"/>
        <location filename="../../journeymapper/ui/map_editor.py" line="310"/>
        <source>Set emotion</source>
        <translation>Asignar emoción</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/map_editor.py" line="305"/>
        <source>Select a card to set its emotion.</source>
        <translation>Selecciona una tarjeta para asignarle una emoción.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/map_editor.py" line="317"/>
        <source>Select a card to add a pain point to it.</source>
        <translation>Selecciona una tarjeta para añadirle un punto de dolor.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/map_editor.py" line="320"/>
        <source>Add pain point</source>
        <translation>Añadir punto de dolor</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/map_editor.py" line="326"/>
        <source>Type what hurts, then Enter (Escape takes the pain point back). Then K: kind, Shift+↑/↓: severity, +/−: votes.</source>
        <translation>Escribe qué duele y pulsa Intro (Esc retira el punto de dolor). Después K: tipo, Mayús+↑/↓: gravedad, +/−: votos.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/map_editor.py" line="349"/>
        <source>Add opportunity</source>
        <translation>Añadir oportunidad</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/map_editor.py" line="358"/>
        <source>Select a card to write a note on it.</source>
        <translation>Selecciona una tarjeta para escribir una nota en ella.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/map_editor.py" line="392"/>
        <source>Select a pain point (or a card with one) first.</source>
        <translation>Primero selecciona un punto de dolor (o una tarjeta que tenga uno).</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/map_editor.py" line="397"/>
        <source>Vote</source>
        <translation>Votar</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/map_editor.py" line="400"/>
        <source>Change severity</source>
        <translation>Cambiar gravedad</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/map_editor.py" line="403"/>
        <source>Change pain kind</source>
        <translation>Cambiar tipo de dolor</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/map_editor.py" line="409"/>
        <source>Select the card to connect from, then press C.</source>
        <translation>Selecciona la tarjeta de origen y pulsa C.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/map_editor.py" line="412"/>
        <source>Click the card to connect to (Escape cancels).</source>
        <translation>Haz clic en la tarjeta de destino (Escape cancela).</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/map_editor.py" line="416"/>
        <source>These cards are already connected.</source>
        <translation>Estas tarjetas ya están conectadas.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/map_editor.py" line="419"/>
        <source>Connect cards</source>
        <translation>Conectar tarjetas</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/map_editor.py" line="439"/>
        <source>Add stage</source>
        <translation>Añadir etapa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/map_editor.py" line="447"/>
        <source>Add lane</source>
        <translation>Añadir carril</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/map_editor.py" line="452"/>
        <source>Delete stage</source>
        <translation>Eliminar etapa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/map_editor.py" line="452"/>
        <source>Delete lane</source>
        <translation>Eliminar carril</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/map_editor.py" line="460"/>
        <source>Reorder stages</source>
        <translation>Reordenar etapas</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/map_editor.py" line="460"/>
        <source>Reorder lanes</source>
        <translation>Reordenar carriles</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/map_editor.py" line="483"/>
        <source>Expand lane</source>
        <translation>Desplegar carril</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/map_editor.py" line="483"/>
        <source>Collapse lane</source>
        <translation>Plegar carril</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/map_editor.py" line="492"/>
        <source>Copied %n card(s).</source>
        <translation>
            <numerusform>%n tarjeta copiada.</numerusform>
            <numerusform>%n tarjetas copiadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/map_editor.py" line="498"/>
        <source>Cut %n card(s)</source>
        <translation>
            <numerusform>Cortar %n tarjeta</numerusform>
            <numerusform>Cortar %n tarjetas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/map_editor.py" line="504"/>
        <source>Nothing to paste.</source>
        <translation>No hay nada que pegar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/map_editor.py" line="513"/>
        <source>Paste %n card(s)</source>
        <translation>
            <numerusform>Pegar %n tarjeta</numerusform>
            <numerusform>Pegar %n tarjetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/map_editor.py" line="521"/>
        <source>Duplicate %n card(s)</source>
        <translation>
            <numerusform>Duplicar %n tarjeta</numerusform>
            <numerusform>Duplicar %n tarjetas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Minimap</name>
    <message>
        <location filename="../../journeymapper/ui/canvas/minimap.py" line="166"/>
        <source>Minimap: click or drag to move around the map</source>
        <translation>Minimapa: haz clic o arrastra para moverte por el mapa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/canvas/minimap.py" line="167"/>
        <source>Minimap</source>
        <translation>Minimapa</translation>
    </message>
</context>
<context>
    <name>NewMapDialog</name>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="159"/>
        <source>New Journey Map</source>
        <translation>Nuevo mapa de viaje del cliente</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="161"/>
        <source>5 A lifecycle (Attract, Accept, Adopt, Amplify, Advance)</source>
        <translation>Ciclo de las 5 A (atraer, aceptar, adoptar, amplificar, avanzar)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="162"/>
        <source>Service blueprint (Before, During, After)</source>
        <translation>Blueprint de servicio (antes, durante, después)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="163"/>
        <source>Blank grid</source>
        <translation>Cuadrícula en blanco</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="171"/>
        <source>(from the template)</source>
        <translation>(el de la plantilla)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="174"/>
        <source>&amp;Template:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="175"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="176"/>
        <source>T&amp;itle:</source>
        <translation>&amp;Título:</translation>
    </message>
</context>
<context>
    <name>OpportunityPanel</name>
    <message>
        <location filename="../../journeymapper/ui/panels/opportunities.py" line="123"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/opportunities.py" line="126"/>
        <source>Add an opportunity</source>
        <translation>Añadir una oportunidad</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/opportunities.py" line="128"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/opportunities.py" line="131"/>
        <source>Delete the selected opportunity</source>
        <translation>Eliminar la oportunidad seleccionada</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/opportunities.py" line="133"/>
        <source>Show on canvas</source>
        <translation>Mostrar en el lienzo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/opportunities.py" line="139"/>
        <source>The opportunity in a few words</source>
        <translation>La oportunidad en pocas palabras</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/opportunities.py" line="142"/>
        <source>The stage or card this opportunity belongs to</source>
        <translation>La etapa o la tarjeta a la que pertenece esta oportunidad</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/opportunities.py" line="146"/>
        <source>a new strategy</source>
        <translation>una nueva estrategia</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/opportunities.py" line="147"/>
        <source>the customer&apos;s need</source>
        <translation>la necesidad del cliente</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/opportunities.py" line="148"/>
        <source>the solution</source>
        <translation>la solución</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/opportunities.py" line="149"/>
        <source>the new practice or behaviour</source>
        <translation>la nueva práctica o comportamiento</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/opportunities.py" line="164"/>
        <source>Edit opportunity</source>
        <translation>Editar oportunidad</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/opportunities.py" line="166"/>
        <source>Edit hypothesis strategy</source>
        <translation>Editar estrategia de la hipótesis</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/opportunities.py" line="167"/>
        <source>Edit hypothesis need</source>
        <translation>Editar necesidad de la hipótesis</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/opportunities.py" line="168"/>
        <source>Edit hypothesis solution</source>
        <translation>Editar solución de la hipótesis</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/opportunities.py" line="169"/>
        <source>Edit hypothesis outcome</source>
        <translation>Editar resultado de la hipótesis</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/opportunities.py" line="182"/>
        <source>Opportunity</source>
        <translation>Oportunidad</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/opportunities.py" line="183"/>
        <source>Linked to</source>
        <translation>Vinculada a</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/opportunities.py" line="184"/>
        <source>Hypothesis</source>
        <translation>Hipótesis</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/opportunities.py" line="187"/>
        <source>We believe</source>
        <translation>Creemos que</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/opportunities.py" line="188"/>
        <source>will solve</source>
        <translation>resolverá</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/opportunities.py" line="189"/>
        <source>through</source>
        <translation>mediante</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/opportunities.py" line="190"/>
        <source>resulting in</source>
        <translation>y dará como resultado</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/opportunities.py" line="206"/>
        <source>We believe {strategy} will solve {need} through {solution}, resulting in {outcome}.</source>
        <translation>Creemos que {strategy} resolverá {need} mediante {solution}, y dará como resultado {outcome}.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/opportunities.py" line="209"/>
        <source>[strategy]</source>
        <translation>[estrategia]</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/opportunities.py" line="210"/>
        <source>[need]</source>
        <translation>[necesidad]</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/opportunities.py" line="211"/>
        <source>[solution]</source>
        <translation>[solución]</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/opportunities.py" line="212"/>
        <source>[outcome]</source>
        <translation>[resultado]</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/opportunities.py" line="216"/>
        <location filename="../../journeymapper/ui/panels/opportunities.py" line="246"/>
        <source>Not linked</source>
        <translation>Sin vincular</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/opportunities.py" line="228"/>
        <source>Stage: {name}</source>
        <translation>Etapa: {name}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/opportunities.py" line="308"/>
        <source>New opportunity</source>
        <translation>Nueva oportunidad</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/opportunities.py" line="312"/>
        <source>Add opportunity</source>
        <translation>Añadir oportunidad</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/opportunities.py" line="328"/>
        <source>Delete opportunity</source>
        <translation>Eliminar oportunidad</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/opportunities.py" line="337"/>
        <source>Link opportunity</source>
        <translation>Vincular oportunidad</translation>
    </message>
</context>
<context>
    <name>PainPickerDialog</name>
    <message>
        <location filename="../../journeymapper/ui/panels/pain_picker.py" line="69"/>
        <source>Linked pain points</source>
        <translation>Puntos de dolor vinculados</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/pain_picker.py" line="72"/>
        <source>Filter pain points…</source>
        <translation>Filtrar puntos de dolor…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/pain_picker.py" line="77"/>
        <source>(no text)</source>
        <translation>(sin texto)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/pain_picker.py" line="85"/>
        <source>Tick the pain points this action addresses.</source>
        <translation>Marca los puntos de dolor que atiende esta acción.</translation>
    </message>
</context>
<context>
    <name>PanelFocus</name>
    <message>
        <location filename="../../journeymapper/ui/workshop/focus.py" line="42"/>
        <source>Go to the Map</source>
        <translation>Ir al mapa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/focus.py" line="45"/>
        <source>Put the keyboard on the map canvas</source>
        <translation>Lleva el teclado al lienzo del mapa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/focus.py" line="59"/>
        <source>Go to %1</source>
        <translation>Ir a %1</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/focus.py" line="62"/>
        <source>Show the panel and put the keyboard in it</source>
        <translation>Muestra el panel y lleva el teclado a él</translation>
    </message>
</context>
<context>
    <name>ParkingLotPanel</name>
    <message>
        <location filename="../../journeymapper/ui/workshop/parking.py" line="83"/>
        <source>An idea for later, then Enter</source>
        <translation>Una idea para más tarde y luego Intro</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/parking.py" line="89"/>
        <source>&amp;Place in Cell</source>
        <translation>&amp;Colocar en la celda</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/parking.py" line="90"/>
        <source>Make the selected idea a card in the cell cursor&apos;s cell (Enter)</source>
        <translation>Convierte la idea seleccionada en una tarjeta en la celda del cursor (Intro)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/parking.py" line="92"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/parking.py" line="114"/>
        <source>Park idea</source>
        <translation>Aparcar idea</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/parking.py" line="122"/>
        <source>Select a card to park it.</source>
        <translation>Selecciona una tarjeta para aparcarla.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/parking.py" line="126"/>
        <source>Park card</source>
        <translation>Aparcar tarjeta</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/parking.py" line="127"/>
        <source>“%1” is in the parking lot.</source>
        <translation>«%1» está en el aparcamiento de ideas.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/parking.py" line="154"/>
        <source>Place idea in cell</source>
        <translation>Colocar idea en la celda</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/parking.py" line="162"/>
        <source>Remove idea</source>
        <translation>Quitar idea</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <location filename="../../journeymapper/ui/live/presence.py" line="143"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/live/presence.py" line="144"/>
        <source>Connected.</source>
        <translation>Conectado.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/live/presence.py" line="126"/>
        <source>Save a Copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/live/presence.py" line="128"/>
        <source>Start a New Session from This Copy…</source>
        <translation>Iniciar una nueva sesión con esta copia…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/live/presence.py" line="145"/>
        <source>The host cannot be reached. Your copy of the map is kept: keep editing. Reconnecting…</source>
        <translation>No se puede contactar con el anfitrión. Tu copia del mapa se conserva: sigue editando. Reconectando…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/live/presence.py" line="147"/>
        <source>Refused: {reason}</source>
        <translation>Rechazado: {reason}</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/live/presence.py" line="148"/>
        <source>Not in a live session.</source>
        <translation>No estás en una sesión en vivo.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/live/presence.py" line="169"/>
        <source>{name} (you)</source>
        <translation>{name} (tú)</translation>
    </message>
</context>
<context>
    <name>PendingJoin</name>
    <message>
        <location filename="../../journeymapper/ui/live/controller.py" line="98"/>
        <source>the host cannot be reached ({detail})</source>
        <translation>no se puede contactar con el anfitrión ({detail})</translation>
    </message>
</context>
<context>
    <name>PersonaPanel</name>
    <message>
        <location filename="../../journeymapper/ui/panels/personas.py" line="93"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/personas.py" line="96"/>
        <source>Add a persona</source>
        <translation>Añadir una persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/personas.py" line="98"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/personas.py" line="101"/>
        <source>Delete the selected persona</source>
        <translation>Eliminar la persona seleccionada</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/personas.py" line="105"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/personas.py" line="109"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/personas.py" line="116"/>
        <source>Choose photo…</source>
        <translation>Elegir foto…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/personas.py" line="119"/>
        <source>Remove photo</source>
        <translation>Quitar foto</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/personas.py" line="132"/>
        <source>Main persona (shown in the title block)</source>
        <translation>Persona principal (aparece en el bloque del título)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/personas.py" line="137"/>
        <source>One goal per line</source>
        <translation>Un objetivo por línea</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/personas.py" line="140"/>
        <source>One frustration per line</source>
        <translation>Una frustración por línea</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/personas.py" line="143"/>
        <source>Something they said, in their words</source>
        <translation>Algo que haya dicho, con sus propias palabras</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/personas.py" line="146"/>
        <source>Rename persona</source>
        <translation>Cambiar nombre de la persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/personas.py" line="147"/>
        <source>Edit persona role</source>
        <translation>Editar rol de la persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/personas.py" line="148"/>
        <source>Edit persona goals</source>
        <translation>Editar objetivos de la persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/personas.py" line="149"/>
        <source>Edit persona frustrations</source>
        <translation>Editar frustraciones de la persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/personas.py" line="150"/>
        <source>Edit persona quote</source>
        <translation>Editar cita de la persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/personas.py" line="170"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/personas.py" line="171"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/personas.py" line="173"/>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/personas.py" line="174"/>
        <source>Frustrations</source>
        <translation>Frustraciones</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/personas.py" line="175"/>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/personas.py" line="197"/>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/personas.py" line="199"/>
        <source>main</source>
        <translation>principal</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/personas.py" line="237"/>
        <source>New persona</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/personas.py" line="238"/>
        <source>Add persona</source>
        <translation>Añadir persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/personas.py" line="254"/>
        <source>Delete persona</source>
        <translation>Eliminar persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/personas.py" line="260"/>
        <source>Reorder personas</source>
        <translation>Reordenar personas</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/personas.py" line="270"/>
        <source>Set main persona</source>
        <translation>Elegir persona principal</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/personas.py" line="274"/>
        <source>Choose a photo</source>
        <translation>Elegir una foto</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/personas.py" line="274"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/personas.py" line="287"/>
        <source>the file is {size} MB; photos can be at most {limit} MB</source>
        <translation>el archivo ocupa {size} MB y las fotos pueden ocupar como máximo {limit} MB</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/personas.py" line="294"/>
        <source>it is not a PNG or JPEG image</source>
        <translation>no es una imagen PNG ni JPEG</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/personas.py" line="297"/>
        <source>This photo cannot be used: {reason}.</source>
        <translation>No se puede usar esta foto: {reason}.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/personas.py" line="300"/>
        <source>Set persona photo</source>
        <translation>Poner foto de la persona</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/panels/personas.py" line="310"/>
        <source>Remove persona photo</source>
        <translation>Quitar foto de la persona</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../journeymapper/ui/preferences.py" line="272"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/preferences.py" line="275"/>
        <location filename="../../journeymapper/ui/preferences.py" line="287"/>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/preferences.py" line="281"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/preferences.py" line="285"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/preferences.py" line="286"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/preferences.py" line="290"/>
        <source>Reopen the maps that were open when I last quit</source>
        <translation>Volver a abrir los mapas que estaban abiertos al salir</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/preferences.py" line="292"/>
        <source>Large text for projectors</source>
        <translation>Texto grande para proyectores</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/preferences.py" line="297"/>
        <source>5 A lifecycle</source>
        <translation>Ciclo de las 5 A</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/preferences.py" line="298"/>
        <source>Service blueprint</source>
        <translation>Blueprint de servicio</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/preferences.py" line="299"/>
        <source>Blank grid</source>
        <translation>Cuadrícula en blanco</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/preferences.py" line="304"/>
        <source>Same as the editor</source>
        <translation>El mismo que el editor</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/preferences.py" line="314"/>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/preferences.py" line="315"/>
        <source>Tabloid</source>
        <translation>Tabloide</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/preferences.py" line="319"/>
        <source>Landscape</source>
        <translation>Horizontal</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/preferences.py" line="319"/>
        <source>Portrait</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/preferences.py" line="324"/>
        <source>How the others in a live session see you</source>
        <translation>Cómo te ven los demás en una sesión en vivo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/preferences.py" line="330"/>
        <source>A new language takes effect when JourneyMapper restarts.</source>
        <translation>El cambio de idioma se aplica cuando JourneyMapper se reinicia.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/preferences.py" line="334"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/preferences.py" line="335"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/preferences.py" line="337"/>
        <source>Save a recovery copy every</source>
        <translation>Guardar una copia de recuperación cada</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/preferences.py" line="339"/>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/preferences.py" line="340"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/preferences.py" line="342"/>
        <source>New maps</source>
        <translation>Mapas nuevos</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/preferences.py" line="343"/>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/preferences.py" line="344"/>
        <source>Template language</source>
        <translation>Idioma de la plantilla</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/preferences.py" line="345"/>
        <source>Poster export</source>
        <translation>Exportación del póster</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/preferences.py" line="346"/>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/preferences.py" line="347"/>
        <source>Orientation</source>
        <translation>Orientación</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/preferences.py" line="348"/>
        <source>Live sessions</source>
        <translation>Sesiones en vivo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/preferences.py" line="349"/>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/preferences.py" line="350"/>
        <source>Your colour</source>
        <translation>Tu color</translation>
    </message>
</context>
<context>
    <name>QuickCapture</name>
    <message>
        <location filename="../../journeymapper/ui/workshop/capture.py" line="119"/>
        <source>Add a stage and a lane first.</source>
        <translation>Añade antes una etapa y un carril.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/workshop/capture.py" line="147"/>
        <source>Quick capture: %n card(s)</source>
        <translation>
            <numerusform>Captura rápida: %n tarjeta</numerusform>
            <numerusform>Captura rápida: %n tarjetas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuickCaptureDialog</name>
    <message>
        <location filename="../../journeymapper/ui/workshop/capture.py" line="86"/>
        <source>Quick Capture</source>
        <translation>Captura rápida</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/capture.py" line="89"/>
        <source>One card per line: type or paste, then Ctrl+Enter</source>
        <translation>Una tarjeta por línea: escribe o pega y luego Ctrl+Intro</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/capture.py" line="94"/>
        <source>Stage: %1</source>
        <translation>Etapa: %1</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/capture.py" line="96"/>
        <source>&amp;Lane:</source>
        <translation>&amp;Carril:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/capture.py" line="100"/>
        <source>Add Cards</source>
        <translation>Añadir tarjetas</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="269"/>
        <source>Recover Unsaved Work</source>
        <translation>Recuperar trabajo sin guardar</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="270"/>
        <source>an untitled map</source>
        <translation>un mapa sin título</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="273"/>
        <source>JourneyMapper closed unexpectedly. A recovery copy of %1 (“%2”) from %3 was found.</source>
        <translation>JourneyMapper se cerró inesperadamente. Se encontró una copia de recuperación de %1 (“%2”) del %3.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="284"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="285"/>
        <source>&amp;Compare…</source>
        <translation>&amp;Comparar…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="286"/>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/dialogs.py" line="287"/>
        <source>Decide &amp;Later</source>
        <translation>Decidir más &amp;tarde</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../../journeymapper/ui/live/dialogs.py" line="62"/>
        <source>Start live session</source>
        <translation>Iniciar sesión en vivo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/live/dialogs.py" line="66"/>
        <location filename="../../journeymapper/ui/live/dialogs.py" line="71"/>
        <source>This computer only ({address})</source>
        <translation>Solo este ordenador ({address})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/live/dialogs.py" line="67"/>
        <source>The network of {name} ({address})</source>
        <translation>La red de {name} ({address})</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/live/dialogs.py" line="73"/>
        <source>All interfaces (anyone who can reach this computer)</source>
        <translation>Todas las interfaces (cualquiera que llegue a este ordenador)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/live/dialogs.py" line="84"/>
        <source>The address to share appears here</source>
        <translation>Aquí aparece la dirección para compartir</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/live/dialogs.py" line="85"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/live/dialogs.py" line="89"/>
        <source>Participants need the whole address, including its code. Anyone with the code who can reach this computer can edit the map; the connection is not encrypted.</source>
        <translation>Los participantes necesitan la dirección completa, con su código. Cualquiera que tenga el código y llegue a este ordenador puede editar el mapa; la conexión no está cifrada.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/live/dialogs.py" line="93"/>
        <source>This map has not been saved yet: save it first (File ▸ Save As…) to have the session&apos;s edits saved to a file as they happen.</source>
        <translation>Este mapa aún no se ha guardado: guárdalo primero (Archivo ▸ Guardar como…) para que los cambios de la sesión se guarden en un archivo a medida que se hacen.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/live/dialogs.py" line="97"/>
        <source>Listen on</source>
        <translation>Escuchar en</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/live/dialogs.py" line="98"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/live/dialogs.py" line="99"/>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/live/dialogs.py" line="99"/>
        <source>Your colour</source>
        <translation>Tu color</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/live/dialogs.py" line="100"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/live/dialogs.py" line="103"/>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/live/dialogs.py" line="123"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message>
        <location filename="../../journeymapper/ui/workshop/voting.py" line="166"/>
        <source>Participant&apos;s name, then Enter</source>
        <translation>Nombre del participante y luego Intro</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/voting.py" line="168"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/voting.py" line="170"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/voting.py" line="174"/>
        <source>Dots each: </source>
        <translation>Puntos por persona: </translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/voting.py" line="176"/>
        <location filename="../../journeymapper/ui/workshop/voting.py" line="301"/>
        <source>Start Voting &amp;Round</source>
        <translation>Empezar &amp;ronda de votación</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/voting.py" line="184"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/voting.py" line="215"/>
        <source>Add participant</source>
        <translation>Añadir participante</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/voting.py" line="222"/>
        <source>Remove participant</source>
        <translation>Quitar participante</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/voting.py" line="227"/>
        <source>Change dots per participant</source>
        <translation>Cambiar puntos por participante</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/voting.py" line="262"/>
        <source>%1%2 — %3 of %4 dots left</source>
        <translation>%1%2 — le quedan %3 de %4 puntos</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/voting.py" line="284"/>
        <source>Pain point</source>
        <translation>Punto de dolor</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/voting.py" line="285"/>
        <source>Opportunity</source>
        <translation>Oportunidad</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/voting.py" line="286"/>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/workshop/voting.py" line="288"/>
        <source>%1. %2 (%3) — %n dot(s)</source>
        <translation>
            <numerusform>%1. %2 (%3) — %n punto</numerusform>
            <numerusform>%1. %2 (%3) — %n puntos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/voting.py" line="301"/>
        <source>End Voting &amp;Round</source>
        <translation>Terminar &amp;ronda de votación</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/voting.py" line="304"/>
        <source>Select a pain point, opportunity or card on the map, then press a participant&apos;s number to give one of their dots (Shift+number takes it back).</source>
        <translation>Selecciona un punto de dolor, una oportunidad o una tarjeta en el mapa y pulsa el número de un participante para darle uno de sus puntos (Mayús+número lo retira).</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/voting.py" line="330"/>
        <source>No participant %1.</source>
        <translation>No hay participante %1.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/voting.py" line="334"/>
        <source>Select a pain point, opportunity or card to vote for.</source>
        <translation>Selecciona un punto de dolor, una oportunidad o una tarjeta para votarla.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/voting.py" line="338"/>
        <source>%1 has no dots left.</source>
        <translation>A %1 no le quedan puntos.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/voting.py" line="339"/>
        <source>%1 has no dot here to take back.</source>
        <translation>%1 no tiene aquí ningún punto que retirar.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/voting.py" line="340"/>
        <source>Dot from %1</source>
        <translation>Punto de %1</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/voting.py" line="340"/>
        <source>Take back dot of %1</source>
        <translation>Retirar punto de %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../journeymapper/ui/workshop/voting.py" line="343"/>
        <source>%1: %n dot(s) left.</source>
        <translation>
            <numerusform>%1: le queda %n punto.</numerusform>
            <numerusform>%1: le quedan %n puntos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../../journeymapper/ui/welcome.py" line="91"/>
        <source>Welcome — JourneyMapper</source>
        <translation>Bienvenida — JourneyMapper</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/welcome.py" line="107"/>
        <source>&amp;Open a File…</source>
        <translation>&amp;Abrir un archivo…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/welcome.py" line="109"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/welcome.py" line="126"/>
        <source>JourneyMapper</source>
        <translation>JourneyMapper</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/welcome.py" line="134"/>
        <source>Start a new journey map from a template, or open one you have.</source>
        <translation>Empieza un mapa de viaje nuevo a partir de una plantilla o abre uno que ya tengas.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/welcome.py" line="144"/>
        <source>Template &amp;language:</source>
        <translation>&amp;Idioma de la plantilla:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/welcome.py" line="146"/>
        <source>New map from a &amp;template</source>
        <translation>Mapa nuevo a partir de una &amp;plantilla</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/welcome.py" line="153"/>
        <source>No recent maps yet: the maps you open or save appear here.</source>
        <translation>Aún no hay mapas recientes: aquí aparecerán los mapas que abras o guardes.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/welcome.py" line="174"/>
        <source>&amp;Recent maps</source>
        <translation>Mapas &amp;recientes</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/welcome.py" line="177"/>
        <source>E&amp;xamples</source>
        <translation>E&amp;jemplos</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/welcome.py" line="190"/>
        <source>&lt;b&gt;How to build a map.&lt;/b&gt; Name the stages the customer goes through (columns) and the lanes of what happens in each (rows). Double-click a cell to add a card; 1–5 set its emotion, and the curve follows. P adds a pain point; Ctrl+E exports a poster; Help ▸ Keyboard Shortcuts lists every key.</source>
        <translation>&lt;b&gt;Cómo construir un mapa.&lt;/b&gt; Nombra las etapas por las que pasa la persona (columnas) y los carriles de lo que ocurre en cada una (filas). Haz doble clic en una celda para añadir una tarjeta; 1–5 fijan su emoción y la curva la sigue. P añade un punto de dolor; Ctrl+E exporta un póster; Ayuda ▸ Atajos de teclado muestra todas las teclas.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/welcome.py" line="199"/>
        <source>5 A lifecycle</source>
        <translation>Ciclo de las 5 A</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/welcome.py" line="199"/>
        <source>Attract, Accept, Adopt, Amplify, Advance</source>
        <translation>Atraer, Aceptar, Adoptar, Amplificar, Avanzar</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/welcome.py" line="201"/>
        <source>Service blueprint</source>
        <translation>Blueprint de servicio</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/welcome.py" line="202"/>
        <source>Before, during and after, with front stage, back stage and support lanes</source>
        <translation>Antes, durante y después, con carriles de escenario, trastienda y soporte</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/welcome.py" line="205"/>
        <source>Blank grid</source>
        <translation>Cuadrícula en blanco</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/welcome.py" line="206"/>
        <source>An empty grid of stages and lanes to name as you like</source>
        <translation>Una cuadrícula vacía de etapas y carriles para nombrar a tu gusto</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/welcome.py" line="245"/>
        <source>Cannot be read: %1</source>
        <translation>No se puede leer: %1</translation>
    </message>
</context>
<context>
    <name>Windows</name>
    <message>
        <location filename="../../journeymapper/ui/windows.py" line="47"/>
        <source>New &amp;Window</source>
        <translation>&amp;Ventana nueva</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/windows.py" line="51"/>
        <source>Open another window, to start or open a second map</source>
        <translation>Abre otra ventana, para empezar o abrir un segundo mapa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/windows.py" line="59"/>
        <source>&amp;Window</source>
        <translation>Ve&amp;ntana</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <location filename="../../journeymapper/ui/workbench.py" line="48"/>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workbench.py" line="49"/>
        <source>KPIs</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workbench.py" line="50"/>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workbench.py" line="51"/>
        <source>Opportunities</source>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workbench.py" line="52"/>
        <source>Insights</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workbench.py" line="112"/>
        <source>Show or hide the %s panel</source>
        <translation>Mostrar u ocultar el panel %s</translation>
    </message>
</context>
<context>
    <name>WorkshopTimer</name>
    <message>
        <location filename="../../journeymapper/ui/workshop/timer.py" line="91"/>
        <source>Timer</source>
        <translation>Temporizador</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/timer.py" line="92"/>
        <source>Minutes:</source>
        <translation>Minutos:</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/timer.py" line="126"/>
        <source>Time is up</source>
        <translation>Se acabó el tiempo</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/timer.py" line="128"/>
        <source>%1 (paused)</source>
        <translation>%1 (en pausa)</translation>
    </message>
</context>
<context>
    <name>WorkshopTools</name>
    <message>
        <location filename="../../journeymapper/ui/workshop/tools.py" line="37"/>
        <source>Dot Voting</source>
        <translation>Votación con puntos</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/tools.py" line="38"/>
        <source>Parking Lot</source>
        <translation>Aparcamiento de ideas</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/tools.py" line="42"/>
        <source>Time is up.</source>
        <translation>Se acabó el tiempo.</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/tools.py" line="44"/>
        <source>Highlight</source>
        <translation>Resaltar</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/tools.py" line="51"/>
        <source>Start / End &amp;Voting Round</source>
        <translation>Empezar / terminar ronda de &amp;votación</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/tools.py" line="52"/>
        <source>Digits give the selected item a participant&apos;s dot while a round runs</source>
        <translation>Durante una ronda, los dígitos dan al elemento seleccionado un punto del participante</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/tools.py" line="58"/>
        <source>Par&amp;k Card</source>
        <translation>&amp;Aparcar tarjeta</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/tools.py" line="59"/>
        <source>Move the selected card to the parking lot</source>
        <translation>Lleva la tarjeta seleccionada al aparcamiento de ideas</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/tools.py" line="65"/>
        <source>Start / Pause &amp;Timer</source>
        <translation>Iniciar / pausar &amp;temporizador</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/tools.py" line="66"/>
        <source>A countdown in the corner of the map, also in the presentation view</source>
        <translation>Una cuenta atrás en la esquina del mapa, también en la vista de presentación</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/tools.py" line="72"/>
        <source>R&amp;eset Timer</source>
        <translation>R&amp;einiciar temporizador</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/tools.py" line="73"/>
        <source>Back to the full duration</source>
        <translation>Vuelve a la duración completa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/tools.py" line="79"/>
        <source>Set Timer &amp;Duration…</source>
        <translation>&amp;Duración del temporizador…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/tools.py" line="80"/>
        <source>How many minutes the timer counts down</source>
        <translation>Cuántos minutos cuenta atrás el temporizador</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/tools.py" line="85"/>
        <source>&amp;Hide Timer</source>
        <translation>&amp;Ocultar temporizador</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/tools.py" line="85"/>
        <source>Take the timer off the map</source>
        <translation>Quita el temporizador del mapa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/tools.py" line="89"/>
        <source>Highli&amp;ght Cards…</source>
        <translation>Resaltar tar&amp;jetas…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/tools.py" line="90"/>
        <source>Show only the cards of a channel, owner, evidence level, persona or tag; the rest dims</source>
        <translation>Muestra solo las tarjetas de un canal, responsable, nivel de evidencia, persona o etiqueta; el resto se atenúa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/tools.py" line="96"/>
        <source>&amp;Quick Capture…</source>
        <translation>Captura &amp;rápida…</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/tools.py" line="97"/>
        <source>Type or paste lines; each becomes a card in the cursor&apos;s cell (one undo step)</source>
        <translation>Escribe o pega líneas; cada una se convierte en una tarjeta en la celda del cursor (un solo paso de deshacer)</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workshop/tools.py" line="166"/>
        <source>Add the participants first.</source>
        <translation>Añade antes a los participantes.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../journeymapper/ui/workspace.py" line="199"/>
        <source>Open Map</source>
        <translation>Abrir mapa</translation>
    </message>
    <message>
        <location filename="../../journeymapper/ui/workspace.py" line="199"/>
        <source>JourneyMapper maps (*.journey)</source>
        <translation>Mapas de JourneyMapper (*.journey)</translation>
    </message>
</context>
</TS>
