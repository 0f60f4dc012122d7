<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>ValueJournal</name>
        <message>
            <location filename="../../src/valuejournal/charts/bubbles.py" />
            <source>Ecological</source>
            <translation>Ecológica</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/bubbles.py" />
            <source>Economic</source>
            <translation>Económica</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/bubbles.py" />
            <source>Social</source>
            <translation>Social</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/bubbles.py" />
            <source>Mean impact</source>
            <translation>Impacto medio</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/bubbles.py" />
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" />
            <source>Impact on the three bubbles</source>
            <translation>Impacto en las tres burbujas</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/bubbles.py" />
            <source>No data in this range (no impacts recorded yet)</source>
            <translation>No hay datos en este periodo (aún no hay impactos registrados)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/bubbles.py" />
            <source>-2 harm</source>
            <translation>-2 daño</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/bubbles.py" />
            <source>+2 benefit</source>
            <translation>+2 beneficio</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/bubbles.py" />
            <source> (mean {mean})</source>
            <translation> (media {mean})</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/capture.py" />
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" />
            <source>Value created and captured</source>
            <translation>Valor creado y captado</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/capture.py" />
            <source>Days from the work to the payment</source>
            <translation>Días desde el trabajo hasta el pago</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/capture.py" />
            <source>Medians: {to_invoice}, {to_cash}</source>
            <translation>Medianas: {to_invoice}, {to_cash}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/capture.py" />
            <source>Waiting to be paid: {money}</source>
            <translation>Pendiente de cobro: {money}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/capture.py" />
            <source> ({money} invoiced)</source>
            <translation> ({money} facturado)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/capture.py" />
            <source>No payments with a date yet</source>
            <translation>Aún no hay pagos con fecha</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/capture.py" />
            <source>median</source>
            <translation>mediana</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/capture.py" />
            <source>Money captured</source>
            <translation>Dinero captado</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/capture.py" />
            <source>Total ({currency})</source>
            <translation>Total ({currency})</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/capture.py" />
            <source>no invoice paid yet</source>
            <translation>aún no se ha cobrado ninguna factura</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/capture.py" />
            <source>Paid ({currency})</source>
            <translation>Cobrado ({currency})</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/capture.py" />
            <source>Value created (at your rates)</source>
            <translation>Valor creado (a tus tarifas)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/capture.py" />
            <location filename="../../src/valuejournal/ui/widgets/filter_bar.py" />
            <source>Pending</source>
            <translation>Pendiente</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/capture.py" />
            <source>work → invoice {days} d</source>
            <translation>trabajo → factura {days} d</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/capture.py" />
            <source> {labels}: {days} d</source>
            <translation> {labels}: {days} d</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/capture.py" />
            <source>invoice → cash {days} d</source>
            <translation>factura → cobro {days} d</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/quadrant.py" />
            <source>Pay against value, per day (dot size: hours)</source>
            <translation>Pago frente a valor, por día (tamaño del punto: horas)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/quadrant.py" />
            <source>Pay against value, per week (dot size: hours)</source>
            <translation>Pago frente a valor, por semana (tamaño del punto: horas)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/quadrant.py" />
            <source>Pay against value, per month (dot size: hours)</source>
            <translation>Pago frente a valor, por mes (tamaño del punto: horas)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/charts/quadrant.py" />
            <source>No rated work in this range: %n session(s) wait for a rating.
Rate them on the Journal page with Rate… (keys 0-9, T for 10).</source>
            <translation>
                <numerusform>No hay trabajo valorado en este periodo: %n sesión espera una valoración.
Valóralas en la página Diario con Valorar… (teclas 0-9, T para 10).</numerusform>
                <numerusform>No hay trabajo valorado en este periodo: %n sesiones esperan una valoración.
Valóralas en la página Diario con Valorar… (teclas 0-9, T para 10).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/quadrant.py" />
            <source>High value, low pay</source>
            <translation>Mucho valor, poco pago</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/quadrant.py" />
            <source>High value, high pay</source>
            <translation>Mucho valor, buen pago</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/quadrant.py" />
            <source>Low value, low pay</source>
            <translation>Poco valor, poco pago</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/quadrant.py" />
            <location filename="../../src/valuejournal/charts/timeline.py" />
            <location filename="../../src/valuejournal/report/summary.py" />
            <location filename="../../src/valuejournal/ui/widgets/chart_panel.py" />
            <location filename="../../src/valuejournal/ui/widgets/comment_composer.py" />
            <source>High pay, low value</source>
            <translation>Buen pago, poco valor</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/quadrant.py" />
            <location filename="../../src/valuejournal/charts/timeline.py" />
            <source>Value created (0-10)</source>
            <translation>Valor creado (0-10)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/quadrant.py" />
            <source>Mood (1-5)</source>
            <translation>Ánimo (1-5)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/scales.py" />
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <location filename="../../src/valuejournal/ui/widgets/year_grid.py" />
            <source>not rated</source>
            <translation>sin valorar</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/scales.py" />
            <source>Balance per client: value created against value captured</source>
            <translation>Balanza por cliente: valor creado frente a valor captado</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/scales.py" />
            <source>Balance per project: value created against value captured</source>
            <translation>Balanza por proyecto: valor creado frente a valor captado</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/scales.py" />
            <source>even</source>
            <translation>equilibrio</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/charts/scales.py" />
            <source>%n session(s) without an exchange rate</source>
            <translation>
                <numerusform>%n sesión sin tipo de cambio</numerusform>
                <numerusform>%n sesiones sin tipo de cambio</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/scales.py" />
            <source>← you give more than you get        you get more than you give →</source>
            <translation>← das más de lo que recibes        recibes más de lo que das →</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/charts/scales.py" />
            <source> (%n more not shown)</source>
            <translation>
                <numerusform> (%n más sin mostrar)</numerusform>
                <numerusform> (%n más sin mostrar)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/scales.py" />
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <location filename="../../src/valuejournal/core/weekly_review.py" />
            <source>value {value}</source>
            <translation>valor {value}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/style.py" />
            <source>No data in this range</source>
            <translation>No hay datos en este periodo</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/style.py" />
            <source>Pay per hour ({currency})</source>
            <translation>Pago por hora ({currency})</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/timeline.py" />
            <location filename="../../src/valuejournal/report/summary.py" />
            <location filename="../../src/valuejournal/ui/widgets/chart_panel.py" />
            <location filename="../../src/valuejournal/ui/widgets/comment_composer.py" />
            <source>High value, no pay</source>
            <translation>Mucho valor, sin pago</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/timeline.py" />
            <source>Pay and value over time</source>
            <translation>Pago y valor a lo largo del tiempo</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/timeline.py" />
            <location filename="../../src/valuejournal/charts/wellbeing.py" />
            <location filename="../../src/valuejournal/report/summary.py" />
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <location filename="../../src/valuejournal/ui/widgets/reflection_figures.py" />
            <source>Pay per hour</source>
            <translation>Pago por hora</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/timeline.py" />
            <location filename="../../src/valuejournal/charts/wellbeing.py" />
            <source>Value (0-10)</source>
            <translation>Valor (0-10)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/wellbeing.py" />
            <source>pay</source>
            <translation>pago</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/wellbeing.py" />
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <location filename="../../src/valuejournal/ui/widgets/reflection_figures.py" />
            <source>value</source>
            <translation>valor</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/charts/wellbeing.py" />
            <location filename="../../src/valuejournal/core/insights/engine.py" />
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n día</numerusform>
                <numerusform>%n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/charts/wellbeing.py" />
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>%n week(s)</source>
            <translation>
                <numerusform>%n semana</numerusform>
                <numerusform>%n semanas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/charts/wellbeing.py" />
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n mes</numerusform>
                <numerusform>%n meses</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/wellbeing.py" />
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" />
            <source>mood</source>
            <translation>ánimo</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/wellbeing.py" />
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" />
            <source>energy</source>
            <translation>energía</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/wellbeing.py" />
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" />
            <source>stress</source>
            <translation>estrés</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/wellbeing.py" />
            <source>Mean (1-5)</source>
            <translation>Media (1-5)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/wellbeing.py" />
            <source>Wellbeing, value and pay</source>
            <translation>Bienestar, valor y pago</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/wellbeing.py" />
            <source>No data in this range (no mood, energy or stress yet)</source>
            <translation>No hay datos en este periodo (aún no hay ánimo, energía ni estrés)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/wellbeing.py" />
            <location filename="../../src/valuejournal/report/documents.py" />
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <location filename="../../src/valuejournal/ui/session_model.py" />
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/wellbeing.py" />
            <source>Pay/h ({currency})</source>
            <translation>Pago/h ({currency})</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/wellbeing.py" />
            <source>Mood diary</source>
            <translation>Diario de ánimo</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/commands/canvas.py" />
            <location filename="../../src/valuejournal/ui/widgets/comment_list.py" />
            <source>(withdrawn by the coach)</source>
            <translation>(retirado por el coach)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/commands/canvas.py" />
            <source>Reply by {author} on {date}: {text}</source>
            <translation>Respuesta de {author} del {date}: {text}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/commands/canvas.py" />
            <source>closed, evidence as kept</source>
            <translation>cerrado, pruebas tal como se guardaron</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/commands/canvas.py" />
            <source>evidence computed now</source>
            <translation>pruebas calculadas ahora</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/commands/canvas.py" />
            <source>Comment by {author} on {date}, resolved: {text}</source>
            <translation>Comentario de {author} del {date}, resuelto: {text}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/commands/canvas.py" />
            <source>Comment by {author} on {date}: {text}</source>
            <translation>Comentario de {author} del {date}: {text}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/commands/canvas.py" />
            <location filename="../../src/valuejournal/ui/pages/__init__.py" />
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" />
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <location filename="../../src/valuejournal/ui/widgets/canvas_block.py" />
            <location filename="../../src/valuejournal/ui/widgets/comment_list.py" />
            <location filename="../../src/valuejournal/ui/widgets/comment_panel.py" />
            <location filename="../../src/valuejournal/ui/widgets/reflection_section.py" />
            <source>Coach</source>
            <translation>Coach</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/commands/canvas.py" />
            <source>Canvas {quarter} ({state}): {sessions}, {hours} h</source>
            <translation>Canvas {quarter} ({state}): {sessions}, {hours} h</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/commands/canvas.py" />
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <location filename="../../src/valuejournal/ui/dialogs/rates_dialog.py" />
            <location filename="../../src/valuejournal/ui/dialogs/weekly_review.py" />
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" />
            <location filename="../../src/valuejournal/ui/widgets/year_grid.py" />
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n sesión</numerusform>
                <numerusform>%n sesiones</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/commands/canvas.py" />
            <source>(nothing this quarter)</source>
            <translation>(nada este trimestre)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/commands/canvas.py" />
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" />
            <source>Against {quarter}:</source>
            <translation>Frente a {quarter}:</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/commands/canvas.py" />
            <source>Your words: {text}</source>
            <translation>Tus palabras: {text}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/blocks.py" />
            <source>Key partners</source>
            <translation>Socios clave</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/blocks.py" />
            <source>Who helps you</source>
            <translation>Quién te ayuda</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/blocks.py" />
            <source>Key activities</source>
            <translation>Actividades clave</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/blocks.py" />
            <source>What you do</source>
            <translation>Qué haces</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/blocks.py" />
            <source>Key resources</source>
            <translation>Recursos clave</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/blocks.py" />
            <source>Who you are and what you have</source>
            <translation>Quién eres y qué tienes</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/blocks.py" />
            <source>Value provided</source>
            <translation>Valor proporcionado</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/blocks.py" />
            <source>How you help</source>
            <translation>Cómo ayudas</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/blocks.py" />
            <source>Customer relationships</source>
            <translation>Relaciones con los clientes</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/blocks.py" />
            <source>How you interact</source>
            <translation>Cómo te relacionas</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/blocks.py" />
            <source>Channels</source>
            <translation>Canales</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/blocks.py" />
            <source>How they find you and how you deliver</source>
            <translation>Cómo te encuentran y cómo entregas</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/blocks.py" />
            <source>Customers</source>
            <translation>Clientes</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/blocks.py" />
            <source>Whom you help</source>
            <translation>A quién ayudas</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/blocks.py" />
            <source>Costs</source>
            <translation>Costes</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/blocks.py" />
            <source>What you give</source>
            <translation>Qué das</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/blocks.py" />
            <source>Revenue and benefits</source>
            <translation>Ingresos y beneficios</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/blocks.py" />
            <source>What you get</source>
            <translation>Qué obtienes</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/evidence.py" />
            <source>Untitled</source>
            <translation>Sin título</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/evidence.py" />
            <source>No client: pro bono</source>
            <translation>Sin cliente: pro bono</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/evidence.py" />
            <source>No client: gifts</source>
            <translation>Sin cliente: regalos</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/evidence.py" />
            <source>No client: own work</source>
            <translation>Sin cliente: trabajo propio</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>vendor relationship: you give about {ratio}× what you get</source>
            <translation>relación de proveedor: das unas {ratio}× lo que recibes</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>you get about {ratio}× what you give</source>
            <translation>recibes unas {ratio}× lo que das</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>best return for both: the scales are balanced</source>
            <translation>el mejor resultado para ambos: la balanza está equilibrada</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>balance unknown until the work is rated</source>
            <translation>balance desconocido hasta que se valore el trabajo</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>referrals</source>
            <translation>recomendaciones</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>repeat business</source>
            <translation>trabajo repetido</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>learning</source>
            <translation>aprendizaje</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>reputation</source>
            <translation>reputación</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>joy</source>
            <translation>alegría</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>pro bono</source>
            <translation>pro bono</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>gifts</source>
            <translation>regalos</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>{block} · {name}: new in {after}, {now} of your hours.</source>
            <translation>{block} · {name}: nuevo en {after}, {now} de tus horas.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>{block} · {name}: new in {after}, {now} of your pay.</source>
            <translation>{block} · {name}: nuevo en {after}, {now} de tus ingresos.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>{block} · {name}: {was} of your hours in {before}, none in {after}.</source>
            <translation>{block} · {name}: {was} de tus horas en {before}, nada en {after}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>{block} · {name}: {was} of your pay in {before}, none in {after}.</source>
            <translation>{block} · {name}: {was} de tus ingresos en {before}, nada en {after}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>{block} · {name}: {was} of your hours in {before}, {now} in {after}.</source>
            <translation>{block} · {name}: {was} de tus horas en {before}, {now} en {after}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>{block} · {name}: {was} of your pay in {before}, {now} in {after}.</source>
            <translation>{block} · {name}: {was} de tus ingresos en {before}, {now} en {after}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>stress {value}/5</source>
            <translation>estrés {value}/5</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>energy {value}/5</source>
            <translation>energía {value}/5</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>ecological {value}</source>
            <translation>ecológico {value}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>economic {value}</source>
            <translation>económico {value}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>social {value}</source>
            <translation>social {value}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>{n} %</source>
            <translation>{n} %</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>{list}; {item}</source>
            <translation>{list}; {item}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <location filename="../../src/valuejournal/report/text.py" />
            <source>{n} h</source>
            <translation>{n} h</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>{name}: {hours} ({share}), {value}, {pay}</source>
            <translation>{name}: {hours} ({share}), {value}, {pay}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>{name}: {hours}, {value}</source>
            <translation>{name}: {hours}, {value}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>{kind}: {sessions}</source>
            <translation>{kind}: {sessions}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>{name}: {n} value-hours, {value}</source>
            <translation>{name}: {n} horas de valor, {value}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>{name}: {tip}</source>
            <translation>{name}: {tip}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>{paid} paid or pending ({pending} pending)</source>
            <translation>{paid} cobrado o pendiente ({pending} pendiente)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>{name}: {pay} ({share})</source>
            <translation>{name}: {pay} ({share})</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>{hours} of work, {strained} under strain</source>
            <translation>{hours} de trabajo, {strained} bajo tensión</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>value not captured: {hours}</source>
            <translation>valor no capturado: {hours}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>{name} moved from {was} in {before} to {now} in {after}.</source>
            <translation>{name} pasó de {was} en {before} a {now} en {after}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>{name}: {hours}, {value}, {rate}</source>
            <translation>{name}: {hours}, {value}, {rate}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>new clients: {names}</source>
            <translation>clientes nuevos: {names}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>returning: {names}</source>
            <translation>que vuelven: {names}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>beyond money: {captures}</source>
            <translation>más allá del dinero: {captures}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>chosen giving: {given}</source>
            <translation>entrega elegida: {given}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>bubbles: {bubbles}</source>
            <translation>burbujas: {bubbles}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/coach.py" />
            <source>The scales tip far with {name}: you give {ratio}× what you get</source>
            <translation>La balanza se inclina mucho con {name}: das {ratio}× lo que recibes</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/coach.py" />
            <source>The scales tip far with {name}: you get {ratio}× what you give</source>
            <translation>La balanza se inclina mucho con {name}: recibes {ratio}× lo que das</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/core/coach.py" />
            <source>{money} waiting to be paid, the oldest for %n day(s)</source>
            <translation>
                <numerusform>{money} pendientes de cobro, lo más antiguo desde hace %n día</numerusform>
                <numerusform>{money} pendientes de cobro, lo más antiguo desde hace %n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/core/coach.py" />
            <source>Stress rising ({s0} → {s1}) and mood falling ({m0} → {m1}) over %n week(s) since {day}</source>
            <translation>
                <numerusform>Estrés en aumento ({s0} → {s1}) y ánimo a la baja ({m0} → {m1}) durante %n semana desde el {day}</numerusform>
                <numerusform>Estrés en aumento ({s0} → {s1}) y ánimo a la baja ({m0} → {m1}) durante %n semanas desde el {day}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/entities.py" />
            <source>Value created, and for whom</source>
            <translation>El valor creado, y para quién</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/entities.py" />
            <source>Value captured: money and otherwise</source>
            <translation>El valor captado: dinero y más</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/entities.py" />
            <source>Where the scales tipped, and with whom</source>
            <translation>Dónde se inclinó la balanza, y con quién</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/entities.py" />
            <source>What I will change next quarter</source>
            <translation>Qué cambiaré el próximo trimestre</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/entities.py" />
            <source>Free notes</source>
            <translation>Notas libres</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/homework.py" />
            <source>A task</source>
            <translation>Una tarea</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/homework.py" />
            <source>Raise a client's rate by a percentage</source>
            <translation>Subir la tarifa de un cliente en un porcentaje</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/homework.py" />
            <source>Rate every session for a while</source>
            <translation>Valorar cada sesión durante un tiempo</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/homework.py" />
            <source>At most so many hours of high-pay, low-value work</source>
            <translation>Como mucho tantas horas de trabajo bien pagado y de poco valor</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/homework.py" />
            <source>Rate every session</source>
            <translation>Valorar cada sesión</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/core/homework.py" />
            <source>No paid {client} work in the %n day(s) before</source>
            <translation>
                <numerusform>Ningún trabajo pagado de {client} en el %n día anterior</numerusform>
                <numerusform>Ningún trabajo pagado de {client} en los %n días anteriores</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/homework.py" />
            <source>Marked done</source>
            <translation>Marcada como hecha</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/homework.py" />
            <source>Not marked done yet</source>
            <translation>Aún no marcada como hecha</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/homework.py" />
            <source>No sessions in the range yet</source>
            <translation>Aún no hay sesiones en el periodo</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/core/homework.py" />
            <source>{rated} of %n session(s) rated</source>
            <translation>
                <numerusform>{rated} de %n sesión valorada</numerusform>
                <numerusform>{rated} de %n sesiones valoradas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/homework.py" />
            <source>{client}: {before} before, {since} since ({change} % of +{target} %)</source>
            <translation>{client}: {before} antes, {since} desde entonces ({change} % de +{target} %)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/homework.py" />
            <source>{used} h of at most {cap} h so far</source>
            <translation>{used} h de como mucho {cap} h hasta ahora</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/homework.py" />
            <source>Raise the {client} rate by {n} %</source>
            <translation>Subir la tarifa de {client} un {n} %</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/homework.py" />
            <source>At most {hours} h of high-pay, low-value work</source>
            <translation>Como mucho {hours} h de trabajo bien pagado y de poco valor</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/homework.py" />
            <source>{client}: {before} before; no work since yet</source>
            <translation>{client}: {before} antes; aún sin trabajo desde entonces</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/homework.py" />
            <source>Starts on {day}</source>
            <translation>Empieza el {day}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/balance.py" />
            <source>No client (personal / pro bono)</source>
            <translation>Sin cliente (personal / pro bono)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/core/insights/engine.py" />
            <source>up to %n day(s)</source>
            <translation>
                <numerusform>hasta %n día</numerusform>
                <numerusform>hasta %n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/core/insights/engine.py" />
            <source>%n session(s) in {currencies} counted at a guessed exchange rate from {days} after the work (the nearest known): import the ECB's rates or add the days' rates for exact figures.</source>
            <translation>
                <numerusform>%n sesión en {currencies} contada a un tipo de cambio supuesto de {days} después del trabajo (el conocido más cercano): importa los tipos del BCE o añade los de esos días para cifras exactas.</numerusform>
                <numerusform>%n sesiones en {currencies} contadas a un tipo de cambio supuesto de {days} después del trabajo (el conocido más cercano): importa los tipos del BCE o añade los de esos días para cifras exactas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/core/insights/engine.py" />
            <source>%n session(s) in {currencies} counted at a guessed exchange rate from {days} before the work (the nearest known, more than {limit} days older than the work): import the ECB's rates or add the days' rates for exact figures.</source>
            <translation>
                <numerusform>%n sesión en {currencies} contada a un tipo de cambio supuesto de {days} antes del trabajo (el conocido más cercano, más de {limit} días antes del trabajo): importa los tipos del BCE o añade los de esos días para cifras exactas.</numerusform>
                <numerusform>%n sesiones en {currencies} contadas a un tipo de cambio supuesto de {days} antes del trabajo (el conocido más cercano, más de {limit} días antes del trabajo): importa los tipos del BCE o añade los de esos días para cifras exactas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/core/insights/engine.py" />
            <source>None of the %n session(s) is rated yet, so the value figures wait for your ratings.</source>
            <translation>
                <numerusform>Aún no hay ninguna sesión valorada (%n en total), así que las cifras de valor esperan tus valoraciones.</numerusform>
                <numerusform>Aún no hay ninguna sesión valorada (%n en total), así que las cifras de valor esperan tus valoraciones.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/core/insights/engine.py" />
            <source>%n session(s) in {currency} without an exchange rate to {base}: {amount} is not counted in these figures. Add one with Edit → Exchange rates… or `valuejournal rates add {currency} RATE --date {day}` (RATE: {currency} per 1 {base}).</source>
            <translation>
                <numerusform>%n sesión en {currency} sin tipo de cambio a {base}: {amount} no se cuenta en estas cifras. Añade uno con Editar → Tipos de cambio… o `valuejournal rates add {currency} RATE --date {day}` (RATE: {currency} por 1 {base}).</numerusform>
                <numerusform>%n sesiones en {currency} sin tipo de cambio a {base}: {amount} no se cuenta en estas cifras. Añade uno con Editar → Tipos de cambio… o `valuejournal rates add {currency} RATE --date {day}` (RATE: {currency} por 1 {base}).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/engine.py" />
            <source>{unrated} of {total} sessions are not rated yet; value rests on the {rated} rated ones.</source>
            <translation>{unrated} de {total} sesiones aún no están valoradas; el valor se basa en las {rated} valoradas.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>days</source>
            <translation>días</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>weeks</source>
            <translation>semanas</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>months</source>
            <translation>meses</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>pay rate</source>
            <translation>tarifa</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>There is nothing to show yet: the journal has no work sessions.</source>
            <translation>Aún no hay nada que mostrar: el diario no tiene sesiones de trabajo.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>the balance is unknown until the work is rated</source>
            <translation>la balanza no se conoce hasta que el trabajo esté valorado</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>mostly your own work</source>
            <translation>sobre todo trabajo propio</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <location filename="../../src/valuejournal/core/weekly_review.py" />
            <source>unrated</source>
            <translation>sin valorar</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>the scales are balanced</source>
            <translation>la balanza está equilibrada</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>the balance waits for an exchange rate for %n session(s)</source>
            <translation>
                <numerusform>el balance espera un tipo de cambio para %n sesión</numerusform>
                <numerusform>el balance espera un tipo de cambio para %n sesiones</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>not known yet (no paid periods)</source>
            <translation>aún desconocido (ningún periodo pagado)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>{hours} of it was chosen giving (pro bono {pro_bono}, gifts {gifts}): the balance, the spans and the capture leave it out, so it never reads as value not captured.</source>
            <translation>{hours} fueron entrega elegida (pro bono {pro_bono}, regalos {gifts}): el balance, los periodos y la captura lo dejan aparte, así que nunca cuenta como valor no capturado.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>Between {start} and {end} you logged {hours} over {sessions}</source>
            <translation>Entre el {start} y el {end} registraste {hours} en {sessions}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>{when} you put {hours} into high-value work ({value}) that nothing was paid for, {who}.</source>
            <translation>{when} dedicaste {hours} a trabajo de mucho valor ({value}) por el que nadie pagó, {who}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>paid {paid} against your alternative rate of {rate}</source>
            <translation>cobrando {paid} frente a tu tarifa alternativa de {rate}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>paid {paid} against your median rate of {rate}</source>
            <translation>cobrando {paid} frente a tu tarifa mediana de {rate}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>%n session(s) without an exchange rate not counted</source>
            <translation>
                <numerusform>%n sesión sin tipo de cambio no contada</numerusform>
                <numerusform>%n sesiones sin tipo de cambio no contadas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>With {client} {tip}{details}.</source>
            <translation>Con {client}, {tip}{details}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>The scales tip furthest with {client}: {tip}{details}.</source>
            <translation>La balanza se inclina más con {client}: {tip}{details}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>{money} is not invoiced yet</source>
            <translation>{money} aún no está facturado</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>{money} is invoiced and unpaid</source>
            <translation>{money} está facturado y sin cobrar</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>Over {periods}, your {measure} was clearly higher when your {against} was higher</source>
            <translation>A lo largo de {periods}, tu {measure} subía claramente cuando subía tu {against}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>Over {periods}, your {measure} was somewhat higher when your {against} was higher</source>
            <translation>A lo largo de {periods}, tu {measure} subía algo cuando subía tu {against}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>Over {periods}, your {measure} was clearly lower when your {against} was higher</source>
            <translation>A lo largo de {periods}, tu {measure} bajaba claramente cuando subía tu {against}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>Over {periods}, your {measure} was somewhat lower when your {against} was higher</source>
            <translation>A lo largo de {periods}, tu {measure} bajaba algo cuando subía tu {against}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" />
            <source>ecological</source>
            <translation>ecológico</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" />
            <source>economic</source>
            <translation>económico</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" />
            <source>social</source>
            <translation>social</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>No span where pay and value part ways in this range.</source>
            <translation>Ningún tramo en el que el pago y el valor se separen en este periodo.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>No client's scales tip far enough to name.</source>
            <translation>La balanza de ningún cliente se inclina lo bastante como para nombrarlo.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>No money is waiting and no payment has a date yet.</source>
            <translation>No hay dinero pendiente y ningún pago tiene fecha todavía.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>No notable link between mood, energy or stress and pay or value.</source>
            <translation>Ninguna relación notable entre el ánimo, la energía o el estrés y el pago o el valor.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>No impacts recorded yet.</source>
            <translation>Aún no hay impactos registrados.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>No project's scales tip far enough to name.</source>
            <translation>La balanza de ningún proyecto se inclina lo bastante como para nombrarlo.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>There is nothing to show yet: no work sessions between {start} and {end}.</source>
            <translation>Aún no hay nada que mostrar: no hay sesiones de trabajo entre el {start} y el {end}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>, earning {money}</source>
            <translation>, ganando {money}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>, with an average value of {value}/10</source>
            <translation>, con un valor medio de {value}/10</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>On {day}</source>
            <translation>El {day}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>Between {start} and {end}</source>
            <translation>Entre el {start} y el {end}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>mostly for {client}</source>
            <translation>sobre todo para {client}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>value {value}/10</source>
            <translation>valor {value}/10</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>{when} you spent {hours} in high-pay, low-value work ({details}), {who}.</source>
            <translation>{when} pasaste {hours} en trabajo bien pagado y de poco valor ({details}), {who}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>at least {ratio}×</source>
            <translation>al menos {ratio}×</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>about {ratio}×</source>
            <translation>unas {ratio}×</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>you give {times} what you get</source>
            <translation>das {times} lo que recibes</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>you get {times} what you give</source>
            <translation>recibes {times} lo que das</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>Work waited a median {days} to be invoiced, and invoices a median {paid} to be paid.</source>
            <translation>El trabajo esperó una mediana de {days} hasta facturarse, y las facturas una mediana de {paid} hasta cobrarse.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>Work waited a median {days} to be invoiced.</source>
            <translation>El trabajo esperó una mediana de {days} hasta facturarse.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source> Of the money waiting, {first} and {second}.</source>
            <translation> Del dinero pendiente, {first} y {second}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source> (r = {r}).</source>
            <translation> (r = {r}).</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>at least {rate}</source>
            <translation>al menos {rate}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>High pay: a pay rate in the top third of your own {periods}, {pay}.</source>
            <translation>Buen pago: una tarifa en el tercio superior de tus propios {periods}, {pay}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>Low value: {low}/10 or less. High value: {high}/10 or more.</source>
            <translation>Poco valor: {low}/10 o menos. Mucho valor: {high}/10 o más.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>A client is named for the furthest-tipping scales only from {hours} h of work with them.</source>
            <translation>Solo se nombra a un cliente por la balanza más inclinada a partir de {hours} h de trabajo con él.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>{money} is still waiting to be paid, from {sessions}; the oldest dates from {day} ({days} ago).</source>
            <translation>{money} siguen pendientes de cobro, de {sessions}; la más antigua es del {day} (hace {days}).</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>Half of the money you were paid arrived within {median} days of the work, nine tenths within {p90} days.</source>
            <translation>La mitad del dinero que cobraste llegó en {median} días desde el trabajo; nueve décimas partes, en {p90} días.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source> Of the money waiting, {first}.</source>
            <translation> Del dinero pendiente, {first}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>{periods} with less than {hours} h of rated work are not judged.</source>
            <translation>No se juzga ningún periodo ({periods}) con menos de {hours} h de trabajo valorado.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>Mean impact on the bubbles (-2 to +2): {means}.</source>
            <translation>Impacto medio en las burbujas (de -2 a +2): {means}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>%n shorter span(s) like these add {hours}.</source>
            <translation>
                <numerusform>%n tramo más corto como estos suma {hours}.</numerusform>
                <numerusform>%n tramos más cortos como estos suman {hours}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/weekly_review.py" />
            <source>What was the most valuable hour of last week, and why?</source>
            <translation>¿Cuál fue la hora más valiosa de la semana pasada, y por qué?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/weekly_review.py" />
            <source>What will you stop doing this week?</source>
            <translation>¿Qué vas a dejar de hacer esta semana?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/weekly_review.py" />
            <source>You logged nothing last week: was that rest, or did logging slip?</source>
            <translation>La semana pasada no registraste nada: ¿fue descanso, o se te pasó registrar?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/weekly_review.py" />
            <source>What value did you create last week that no session shows?</source>
            <translation>¿Qué valor creaste la semana pasada que no muestra ninguna sesión?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/weekly_review.py" />
            <source>What one thing will you do differently this week?</source>
            <translation>¿Qué harás de otra manera esta semana?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/weekly_review.py" />
            <source>what would change that?</source>
            <translation>¿qué cambiaría eso?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/weekly_review.py" />
            <source>how do you get more work like that?</source>
            <translation>¿cómo consigues más trabajo así?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/weekly_review.py" />
            <source>what would make it worth more?</source>
            <translation>¿qué haría que valiera más?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/weekly_review.py" />
            <source>on your own work</source>
            <translation>en tu propio trabajo</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/weekly_review.py" />
            <source>You gave {hours} h pro bono or as gifts: did it give back what you hoped?</source>
            <translation>Diste {hours} h pro bono o como regalo: ¿te devolvió lo que esperabas?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/weekly_review.py" />
            <source>on “{title}”</source>
            <translation>en «{title}»</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/weekly_review.py" />
            <source>Your mood was lowest on {day} ({mood} of 5), {what}: what drained you, and what would help?</source>
            <translation>Tu ánimo fue el más bajo el {day} ({mood} de 5), {what}: ¿qué te agotó, y qué te ayudaría?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/weekly_review.py" />
            <source>{client} paid you the most per hour ({rate}, {value}): is that the work you want more of?</source>
            <translation>{client} te pagó más por hora ({rate}, {value}): ¿es el trabajo del que quieres más?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/weekly_review.py" />
            <source>You spent {hours} h for {client} and rated none of it: how did it go?</source>
            <translation>Dedicaste {hours} h a {client} y no valoraste nada: ¿qué tal fue?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/weekly_review.py" />
            <source>You spent {hours} h on your own work and rated none of it: how did it go?</source>
            <translation>Dedicaste {hours} h a tu propio trabajo y no valoraste nada: ¿qué tal fue?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/weekly_review.py" />
            <source>You spent {hours} h for {client} at value {value}: {question}</source>
            <translation>Dedicaste {hours} h a {client} con un valor de {value}: {question}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/weekly_review.py" />
            <source>You spent {hours} h on your own work at value {value}: {question}</source>
            <translation>Dedicaste {hours} h a tu propio trabajo con un valor de {value}: {question}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/weekly_review.py" />
            <source>You put {hours} h of high-value work for {clients} into the week without pay: how could you capture some of that value?</source>
            <translation>Pusiste {hours} h de trabajo de mucho valor para {clients} en la semana sin cobrar: ¿cómo podrías captar parte de ese valor?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/weekly_review.py" />
            <source>You put {hours} h of high-value work into the week without pay: how could you capture some of that value?</source>
            <translation>Pusiste {hours} h de trabajo de mucho valor en la semana sin cobrar: ¿cómo podrías captar parte de ese valor?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/weekly_review.py" />
            <source>on work for {client}</source>
            <translation>en trabajo para {client}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/interop/clockify.py" />
            <source>Clockify detailed report</source>
            <translation>Informe detallado de Clockify</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/interop/harvest.py" />
            <source>Harvest time report</source>
            <translation>Informe de tiempo de Harvest</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/interop/importer.py" />
            <source>Value Journal CSV</source>
            <translation>CSV de Value Journal</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/interop/kimai.py" />
            <source>Kimai timesheet export</source>
            <translation>Exportación de hojas de horas de Kimai</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/interop/plan.py" />
            <source>shorter than a minute</source>
            <translation>de menos de un minuto</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/interop/plan.py" />
            <source>longer than 24 hours</source>
            <translation>de más de 24 horas</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/interop/plan.py" />
            <source>a totals row</source>
            <translation>una fila de totales</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/interop/plan.py" />
            <source>an exact repeat of another row</source>
            <translation>una repetición exacta de otra fila</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/interop/plan.py" />
            <source>another person's work</source>
            <translation>trabajo de otra persona</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/interop/toggl.py" />
            <source>Toggl Track detailed report</source>
            <translation>Informe detallado de Toggl Track</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/canvas.py" />
            <source>Page {page} of {total}</source>
            <translation>Página {page} de {total}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/canvas_sheet.py" />
            <source>Business model canvas {quarter}</source>
            <translation>Modelo de negocio (canvas) {quarter}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/canvas_sheet.py" />
            <location filename="../../src/valuejournal/ui/widgets/canvas_block.py" />
            <source>Nothing this quarter.</source>
            <translation>Nada este trimestre.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/canvas_sheet.py" />
            <source>Closed on {date}: the evidence as it was then.</source>
            <translation>Cerrado el {date}: las pruebas tal como eran entonces.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/canvas_sheet.py" />
            <source>From {n} sessions, {h}; your words under each block.</source>
            <translation>A partir de {n} sesiones, {h}; tus palabras bajo cada bloque.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/cover.py" />
            <source>VALUE JOURNAL</source>
            <translation>VALUE JOURNAL</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/cover.py" />
            <source>Quarterly reflection</source>
            <translation>Reflexión trimestral</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/cover.py" />
            <source>The same charts as on the Insights page, for this quarter, week by week.</source>
            <translation>Los mismos gráficos que en la página Análisis, para este trimestre, semana a semana.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/cover.py" />
            <source>Prepared on {date} from the journal “{name}”.</source>
            <translation>Preparado el {date} a partir del diario «{name}».</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/cover.py" />
            <location filename="../../src/valuejournal/report/summary.py" />
            <location filename="../../src/valuejournal/ui/widgets/reflection_figures.py" />
            <source>Hours worked</source>
            <translation>Horas trabajadas</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/cover.py" />
            <location filename="../../src/valuejournal/report/summary.py" />
            <location filename="../../src/valuejournal/ui/widgets/reflection_figures.py" />
            <source>Pay earned</source>
            <translation>Pago obtenido</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/cover.py" />
            <location filename="../../src/valuejournal/ui/widgets/reflection_figures.py" />
            <source>Average value</source>
            <translation>Valor medio</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/cover.py" />
            <source>Charts</source>
            <translation>Gráficos</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <source>Value created for each client against value captured from them. The yardstick for the pay is the client’s alternative rate when you set one, otherwise your median rate.</source>
            <translation>El valor creado para cada cliente frente al valor captado de él. La referencia para el pago es la tarifa alternativa del cliente si la has indicado; si no, tu tarifa mediana.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <location filename="../../src/valuejournal/ui/session_model.py" />
            <location filename="../../src/valuejournal/ui/widgets/homework_view.py" />
            <location filename="../../src/valuejournal/ui/widgets/week_grid.py" />
            <source>Client</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <location filename="../../src/valuejournal/ui/session_model.py" />
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>Hours</source>
            <translation>Horas</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <location filename="../../src/valuejournal/ui/session_model.py" />
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>Pay</source>
            <translation>Pago</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <source>Per hour</source>
            <translation>Por hora</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <source>Yardstick</source>
            <translation>Referencia</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <location filename="../../src/valuejournal/ui/widgets/reflection_figures.py" />
            <source>The scales</source>
            <translation>La balanza</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <location filename="../../src/valuejournal/ui/dialogs/invoice_dialog.py" />
            <source>Number</source>
            <translation>Número</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <source>Sent</source>
            <translation>Enviada</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <source>Due</source>
            <translation>Vence</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <location filename="../../src/valuejournal/ui/widgets/filter_bar.py" />
            <source>Paid</source>
            <translation>Cobrado</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <source>Amount</source>
            <translation>Importe</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" />
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <location filename="../../src/valuejournal/ui/widgets/reflection_figures.py" />
            <source>Sessions</source>
            <translation>Sesiones</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" />
            <source>Balance per client</source>
            <translation>Balanza por cliente</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <source>alternative rate</source>
            <translation>tarifa alternativa</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <source>median rate</source>
            <translation>tarifa mediana</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <source>Value counts hours times the value you gave the work (5/10 is ordinary work); pay counts money paid or pending for it. Work without a client is listed for completeness: giving is its purpose.</source>
            <translation>El valor cuenta las horas por el valor que diste al trabajo (5/10 es trabajo corriente); el pago cuenta el dinero cobrado o pendiente por él. El trabajo sin cliente aparece para que esté completo: dar es su propósito.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <source>The invoices sent in {quarter}: when each was paid, or how many days past its due date it was on {today}.</source>
            <translation>Las facturas enviadas en {quarter}: cuándo se cobró cada una, o cuántos días había pasado de su vencimiento el {today}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" />
            <source>Invoices</source>
            <translation>Facturas</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <source>Invoiced: {sent}. Not paid yet: {unpaid}.</source>
            <translation>Facturado: {sent}. Aún sin cobrar: {unpaid}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <source>Reflection</source>
            <translation>Reflexión</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <source>Session notes</source>
            <translation>Notas de las sesiones</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <source>Appendix: weekly reviews</source>
            <translation>Anexo: revisiones semanales</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <source>{n} days overdue</source>
            <translation>{n} días de retraso</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <source>not yet</source>
            <translation>todavía no</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <source>No session in this quarter has a note.</source>
            <translation>Ninguna sesión de este trimestre tiene nota.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <source>private</source>
            <translation>privada</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <source>No weekly review was answered in this quarter.</source>
            <translation>No se respondió ninguna revisión semanal en este trimestre.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <source>Last edited on {date}</source>
            <translation>Editado por última vez el {date}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <source>No reflection has been written for {q} yet.</source>
            <translation>Aún no se ha escrito ninguna reflexión para {q}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/render.py" />
            <source>{owner} · Reflection {quarter}</source>
            <translation>{owner} · Reflexión {quarter}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/render.py" />
            <source>Reflection {quarter} — {owner}</source>
            <translation>Reflexión {quarter} — {owner}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>Not known yet</source>
            <translation>Aún desconocido</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>pending from %n session(s)</source>
            <translation>
                <numerusform>pendiente de %n sesión</numerusform>
                <numerusform>pendiente de %n sesiones</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>Balanced</source>
            <translation>Equilibrada</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>Not known: %n session(s) without an exchange rate</source>
            <translation>
                <numerusform>Desconocido: %n sesión sin tipo de cambio</numerusform>
                <numerusform>Desconocido: %n sesiones sin tipo de cambio</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>no paid weeks to compare with</source>
            <translation>no hay semanas pagadas con las que comparar</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>%n session(s) not rated</source>
            <translation>
                <numerusform>%n sesión sin valorar</numerusform>
                <numerusform>%n sesiones sin valorar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>, the oldest %n day(s)</source>
            <translation>
                <numerusform>, la más antigua hace %n día</numerusform>
                <numerusform>, la más antigua hace %n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>Work waited a median %n day(s) to be invoiced</source>
            <translation>
                <numerusform>El trabajo esperó una mediana de %n día hasta facturarse</numerusform>
                <numerusform>El trabajo esperó una mediana de %n días hasta facturarse</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>not known yet</source>
            <translation>aún desconocido</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>The quarter at a glance</source>
            <translation>El trimestre de un vistazo</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>over {n} sessions</source>
            <translation>en {n} sesiones</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>{paid} paid · {pending} pending</source>
            <translation>{paid} cobrado · {pending} pendiente</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>energy {e} · stress {s}</source>
            <translation>energía {e} · estrés {s}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" />
            <location filename="../../src/valuejournal/ui/widgets/reflection_figures.py" />
            <source>Waiting to be captured</source>
            <translation>Pendiente de captar</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>nothing paid</source>
            <translation>nada cobrado</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>, and invoices a median %n day(s) to be paid</source>
            <translation>
                <numerusform>, y las facturas una mediana de %n día hasta cobrarse</numerusform>
                <numerusform>, y las facturas una mediana de %n días hasta cobrarse</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>How to read this</source>
            <translation>Cómo leer esto</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>at least {times}</source>
            <translation>al menos {times}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>You give {times} what you get</source>
            <translation>Das {times} lo que recibes</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>You get {times} what you give</source>
            <translation>Recibes {times} lo que das</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>high pay from {rate}</source>
            <translation>buen pago desde {rate}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>over {h} rated</source>
            <translation>sobre {h} valoradas</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>Average value created</source>
            <translation>Valor medio creado</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>Mood (1–5)</source>
            <translation>Ánimo (1–5)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" />
            <location filename="../../src/valuejournal/ui/dialogs/weekly_review.py" />
            <source>value {v}</source>
            <translation>valor {v}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" />
            <location filename="../../src/valuejournal/ui/widgets/reflection_figures.py" />
            <source>Where pay and value parted ways</source>
            <translation>Dónde se separaron el pago y el valor</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>What stands out</source>
            <translation>Lo que destaca</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>High pay: a week’s pay per hour in the top third of all your weeks ({pay} or more). Low value: {low}/10 or less; high value: {high}/10 or more. Weeks with less than {hours} of work, or none of it rated, are not judged.</source>
            <translation>Buen pago: un pago por hora semanal en el tercio superior de todas tus semanas ({pay} o más). Poco valor: {low}/10 o menos; mucho valor: {high}/10 o más. No se juzgan las semanas con menos de {hours} de trabajo o sin nada valorado.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>No work sessions were logged in this quarter, so there are no figures, charts or client balances to show.</source>
            <translation>No se registró ninguna sesión de trabajo en este trimestre, así que no hay cifras, gráficos ni balanzas por cliente que mostrar.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>No stretch of weeks this quarter paid well for little value, or created high value for no pay.</source>
            <translation>Ningún tramo de semanas de este trimestre pagó bien por poco valor ni creó mucho valor sin pago.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>{h} of high-value work in these weeks has not been paid for.</source>
            <translation>{h} de trabajo de mucho valor en estas semanas no se han pagado.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>The scales tip furthest with {client}: {tip}.</source>
            <translation>La balanza se inclina más con {client}: {tip}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>Half of the money paid for this quarter’s work arrived within {d} days.</source>
            <translation>La mitad del dinero pagado por el trabajo de este trimestre llegó en {d} días.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/text.py" />
            <source>{money}/h</source>
            <translation>{money}/h</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/vector.py" />
            <source>Pay per hour and value per week. Shaded weeks are where the two part ways: high pay with low value, or high value with no pay.</source>
            <translation>Pago por hora y valor por semana. Las semanas sombreadas son donde ambos se separan: buen pago con poco valor, o mucho valor sin pago.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/vector.py" />
            <source>Each dot is a week: further right pays more per hour, higher up created more value. Dot size shows the hours, colour the mood.</source>
            <translation>Cada punto es una semana: más a la derecha paga más por hora; más arriba creó más valor. El tamaño del punto muestra las horas y el color, el ánimo.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/vector.py" />
            <source>Per client, value created against value captured: bars to the left mean you give more than you get.</source>
            <translation>Por cliente, el valor creado frente al valor captado: las barras a la izquierda indican que das más de lo que recibes.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/vector.py" />
            <source>Value created by rated work and money captured for it, added up over the quarter, and how long payments took to arrive.</source>
            <translation>El valor creado por el trabajo valorado y el dinero captado por él, sumados a lo largo del trimestre, y cuánto tardaron en llegar los pagos.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/vector.py" />
            <source>Mood, energy and stress per week, beside value and pay.</source>
            <translation>Ánimo, energía y estrés por semana, junto al valor y el pago.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/vector.py" />
            <source>Average impact of the work on the ecological, economic and social bubbles.</source>
            <translation>Impacto medio del trabajo en las burbujas ecológica, económica y social.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/backups.py" />
            <source>another computer</source>
            <translation>otro ordenador</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/backups.py" />
            <source>Journal open on another computer</source>
            <translation>El diario está abierto en otro ordenador</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/backups.py" />
            <source>Unlock journal</source>
            <translation>Desbloquear el diario</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/backups.py" />
            <source>The daily backup</source>
            <translation>La copia de seguridad diaria</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/backups.py" />
            <source>Restored the backup {when}; File → Backups… restores the state before it.</source>
            <translation>Se restauró la copia {when}; Archivo → Copias de seguridad… restaura el estado anterior.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/backups.py" />
            <source>{name} is open in {where}.

It opens read-only here, so the two copies cannot drift apart in your synced folder. Close it there, then open it again here to write in it. If that computer is not running Value Journal, delete {lock}.</source>
            <translation>{name} está abierto en {where}.

Aquí se abre solo para lectura, para que las dos copias no diverjan en tu carpeta sincronizada. Ciérralo allí y vuelve a abrirlo aquí para escribir en él. Si ese ordenador no está ejecutando Value Journal, borra {lock}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/backups.py" />
            <source>{name} is encrypted. Its passphrase:</source>
            <translation>{name} está cifrado. Su frase de contraseña:</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/backups.py" />
            <source>No backup today: {error}</source>
            <translation>Hoy no hay copia de seguridad: {error}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <source>Could not import the feedback</source>
            <translation>No se pudieron importar los comentarios</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <source>Save share file</source>
            <translation>Guardar el archivo para compartir</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <source>Shared with coach</source>
            <translation>Compartido con el coach</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>your coach</source>
            <translation>tu coach</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <source>Coach feedback</source>
            <translation>Comentarios del coach</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <source>your client</source>
            <translation>tu cliente</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <source>Save feedback file</source>
            <translation>Guardar el archivo de comentarios</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" />
            <source>Share with coach</source>
            <translation>Compartir con el coach</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <location filename="../../src/valuejournal/ui/actions/merge.py" />
            <source>Open your own journal first.</source>
            <translation>Abre primero tu propio diario.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <source>Saved {name}: {sessions}, {clients}, {reflections}.</source>
            <translation>Guardado {name}: {sessions}, {clients}, {reflections}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" />
            <source>%n client(s)</source>
            <translation>
                <numerusform>%n cliente</numerusform>
                <numerusform>%n clientes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" />
            <source>%n reflection(s)</source>
            <translation>
                <numerusform>%n reflexión</numerusform>
                <numerusform>%n reflexiones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <source>%n private session(s) stayed here.</source>
            <translation>
                <numerusform>%n sesión privada se quedó aquí.</numerusform>
                <numerusform>%n sesiones privadas se quedaron aquí.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <source>It is encrypted: tell your coach the passphrase another way.</source>
            <translation>Está cifrado: dile la frase de contraseña a tu coach por otra vía.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <source>Import coach feedback</source>
            <translation>Importar los comentarios del coach</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <source>Added %n comment(s) from {who}.</source>
            <translation>
                <numerusform>Se añadió %n comentario de {who}.</numerusform>
                <numerusform>Se añadieron %n comentarios de {who}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <source>Already here: %n comment(s).</source>
            <translation>
                <numerusform>Ya estaba aquí: %n comentario.</numerusform>
                <numerusform>Ya estaban aquí: %n comentarios.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <source>Updated %n comment(s) your coach changed.</source>
            <translation>
                <numerusform>Se actualizó %n comentario que tu coach cambió.</numerusform>
                <numerusform>Se actualizaron %n comentarios que tu coach cambió.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <source>New homework: %n item(s) (see the Coach page).</source>
            <translation>
                <numerusform>Nuevas tareas: %n (mira la página Coach).</numerusform>
                <numerusform>Nuevas tareas: %n (mira la página Coach).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <source>About sessions or reflections no longer in your journal, kept on the Coach page: %n comment(s).</source>
            <translation>
                <numerusform>Sobre sesiones o reflexiones que ya no están en tu diario, guardado en la página Coach: %n comentario.</numerusform>
                <numerusform>Sobre sesiones o reflexiones que ya no están en tu diario, guardados en la página Coach: %n comentarios.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <source>Encrypting and writing {name}…</source>
            <translation>Cifrando y escribiendo {name}…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <source>Writing {name}…</source>
            <translation>Escribiendo {name}…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <source>Feedback saved</source>
            <translation>Comentarios guardados</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <location filename="../../src/valuejournal/ui/share_opening.py" />
            <source>Saving the feedback file</source>
            <translation>Guardando el archivo de comentarios</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <source>Could not share</source>
            <translation>No se pudo compartir</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <source>Saved %n comment(s) to {name}. Send it to {owner}.</source>
            <translation>
                <numerusform>Se guardó %n comentario en {name}. Envíaselo a {owner}.</numerusform>
                <numerusform>Se guardaron %n comentarios en {name}. Envíaselo a {owner}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <source>It sets %n homework item(s).</source>
            <translation>
                <numerusform>Incluye %n tarea.</numerusform>
                <numerusform>Incluye %n tareas.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <source>It is encrypted: tell your client the passphrase another way.</source>
            <translation>Está cifrado: dile la frase de contraseña a tu cliente por otra vía.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <source>Could not save the feedback</source>
            <translation>No se pudieron guardar los comentarios</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/encryption.py" />
            <source>Nothing was changed.</source>
            <translation>No se cambió nada.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/encryption.py" />
            <source>Encrypting the journal…</source>
            <translation>Cifrando el diario…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/encryption.py" />
            <source>Changing the passphrase…</source>
            <translation>Cambiando la frase de contraseña…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/encryption.py" />
            <source>Decrypting the journal…</source>
            <translation>Descifrando el diario…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/encryption.py" />
            <source>{doing} {percent} % done</source>
            <translation>{doing}: {percent} % hecho</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/encryption.py" />
            <source>The journal is encrypted. The state before is in the backup {b}.</source>
            <translation>El diario está cifrado. El estado anterior está en la copia de seguridad {b}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/encryption.py" />
            <source>The passphrase is changed. The backup {b} opens with the old one.</source>
            <translation>La frase de contraseña ha cambiado. La copia {b} se abre con la antigua.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/encryption.py" />
            <source>The journal is stored plain again. The backup {b} stays encrypted.</source>
            <translation>El diario vuelve a guardarse sin cifrar. La copia {b} sigue cifrada.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/imports.py" />
            <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
            <translation>Archivos CSV (*.csv *.tsv *.txt);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/imports.py" />
            <source>Import sessions</source>
            <translation>Importar sesiones</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/imports.py" />
            <source>Export journal</source>
            <translation>Exportar el diario</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/imports.py" />
            <source>Import moods</source>
            <translation>Importar estados de ánimo</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/imports.py" />
            <source>Export failed</source>
            <translation>La exportación falló</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/imports.py" />
            <source>Exporting the journal</source>
            <translation>Exportando el diario</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/imports.py" />
            <source>{name} is a Daylio mood diary: {n} new mood entries, {p} already here.</source>
            <translation>{name} es un diario de ánimo de Daylio: {n} entradas de ánimo nuevas, {p} ya estaban aquí.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/imports.py" />
            <source>
Rows that cannot be read (left out):</source>
            <translation>
Filas que no se pueden leer (se omiten):</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/imports.py" />
            <source>Imported {n} mood entries from {name}.</source>
            <translation>Se importaron {n} entradas de ánimo de {name}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/imports.py" />
            <source>Imported {n} sessions from {name}.</source>
            <translation>Se importaron {n} sesiones de {name}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/imports.py" />
            <source>Exporting to {path}…</source>
            <translation>Exportando a {path}…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/imports.py" />
            <source>Exported {n} sessions to {path}.</source>
            <translation>Se exportaron {n} sesiones a {path}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/merge.py" />
            <source>Merge another copy of this journal</source>
            <translation>Fusionar otra copia de este diario</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/merge.py" />
            <source>Looking for conflict copies</source>
            <translation>Buscando copias en conflicto</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/merge.py" />
            <source>Merge another copy</source>
            <translation>Fusionar otra copia</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/merge.py" />
            <source>details are in the log</source>
            <translation>los detalles están en el registro</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/merge.py" />
            <source>Could not merge</source>
            <translation>No se pudo fusionar</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/merge.py" />
            <source>Could not move the copy</source>
            <translation>No se pudo mover la copia</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/merge.py" />
            <source>Moved {name} to {folder}</source>
            <translation>{name} se movió a {folder}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/merge.py" />
            <source>Merging {name}…</source>
            <translation>Fusionando {name}…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/merge.py" />
            <source>Merged {name}</source>
            <translation>{name} fusionado</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/merge.py" />
            <source>{name} was not merged: {text}</source>
            <translation>{name} no se fusionó: {text}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/merge.py" />
            <source>Merging {name}</source>
            <translation>Fusionando {name}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/merge.py" />
            <source>Merge {name}</source>
            <translation>Fusionar {name}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/merge.py" />
            <source>{name} stays where it is: {text}</source>
            <translation>{name} se queda donde está: {text}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/weekly_review.py" />
            <source>Reading last week</source>
            <translation>Leyendo la semana pasada</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/weekly_review.py" />
            <source>Could not save the review</source>
            <translation>No se pudo guardar la revisión</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/context.py" />
            <source>Import %n session(s)</source>
            <translation>
                <numerusform>Importar %n sesión</numerusform>
                <numerusform>Importar %n sesiones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/context.py" />
            <source>Delete %n session(s)</source>
            <translation>
                <numerusform>Borrar %n sesión</numerusform>
                <numerusform>Borrar %n sesiones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/context.py" />
            <source>Mark %n session(s) paid</source>
            <translation>
                <numerusform>Marcar %n sesión como cobrada</numerusform>
                <numerusform>Marcar %n sesiones como cobradas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/context.py" />
            <source>Edit rate {currency} {rate}</source>
            <translation>Editar el tipo {currency} {rate}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/context.py" />
            <source>Add rate {currency} {rate}</source>
            <translation>Añadir el tipo {currency} {rate}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/context.py" />
            <source>Mark skills</source>
            <translation>Marcar habilidades</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/context.py" />
            <source>Import %n mood(s)</source>
            <translation>
                <numerusform>Importar %n estado de ánimo</numerusform>
                <numerusform>Importar %n estados de ánimo</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/context.py" />
            <source>Stop timer</source>
            <translation>Parar el cronómetro</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/context.py" />
            <source>Delete rate {currency} {rate}</source>
            <translation>Eliminar el tipo {currency} {rate}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/context.py" />
            <source>Delete session of {day}</source>
            <translation>Borrar la sesión del {day}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/context.py" />
            <source>Invoice {number} paid</source>
            <translation>Factura {number} cobrada</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/context.py" />
            <source>Add project {name}</source>
            <translation>Añadir el proyecto {name}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/context.py" />
            <source>Edit project {name}</source>
            <translation>Editar el proyecto {name}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/context.py" />
            <source>Add client {name}</source>
            <translation>Añadir el cliente {name}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/context.py" />
            <source>Edit client {name}</source>
            <translation>Editar el cliente {name}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/context.py" />
            <source>Add session of {day}</source>
            <translation>Añadir una sesión el {day}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/context.py" />
            <source>Edit session of {day}</source>
            <translation>Editar la sesión del {day}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/context.py" />
            <source>Invoice {number}</source>
            <translation>Factura {number}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>unreadable</source>
            <translation>ilegible</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>earlier passphrase</source>
            <translation>frase de contraseña anterior</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>{name} was encrypted with an earlier passphrase. Type that one: the journal comes back encrypted with the passphrase it has now.</source>
            <translation>{name} se cifró con una frase de contraseña anterior. Escribe esa: el diario vuelve cifrado con la frase de contraseña que tiene ahora.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>Taken</source>
            <translation>Hecha</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" />
            <location filename="../../src/valuejournal/ui/pages/__init__.py" />
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <source>Clients</source>
            <translation>Clientes</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>Reading the backups…</source>
            <translation>Leyendo las copias de seguridad…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>&amp;Back up now</source>
            <translation>Hacer una &amp;copia ahora</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>&amp;Restore…</source>
            <translation>&amp;Restaurar…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <location filename="../../src/valuejournal/ui/widgets/settings_dialog.py" />
            <source>Backups</source>
            <translation>Copias de seguridad</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>Backing up…</source>
            <translation>Haciendo la copia…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>contents unknown</source>
            <translation>contenido desconocido</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>Restoring…</source>
            <translation>Restaurando…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>daily</source>
            <translation>diaria</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>backed up by you</source>
            <translation>hecha por ti</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>before an import</source>
            <translation>antes de una importación</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>before a merge</source>
            <translation>antes de una fusión</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>before a restore (restore it to undo)</source>
            <translation>antes de una restauración (restáurala para deshacerla)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>before an upgrade</source>
            <translation>antes de una actualización</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>before encrypting</source>
            <translation>antes de cifrar</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>before decrypting</source>
            <translation>antes de descifrar</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>Reading the backups</source>
            <translation>Leyendo las copias de seguridad</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>%n backup(s). Choose one and Restore… to put it back.</source>
            <translation>
                <numerusform>%n copia de seguridad. Elígela y pulsa Restaurar… para recuperarla.</numerusform>
                <numerusform>%n copias de seguridad. Elige una y pulsa Restaurar… para recuperarla.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>No backups yet: Back up now makes one.</source>
            <translation>Aún no hay copias de seguridad: Hacer una copia ahora crea una.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>Backing up</source>
            <translation>Haciendo la copia de seguridad</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>Put back the journal as it was at {when} ({what})?

Everything you did since is replaced. The journal as it is now is backed up first, so you can undo this by restoring that backup.</source>
            <translation>¿Devolver el diario al estado en que estaba el {when} ({what})?

Todo lo que hiciste después se reemplaza. Antes se hace una copia del diario tal como está ahora, así que puedes deshacerlo restaurando esa copia.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>Restore a backup</source>
            <translation>Restaurar una copia de seguridad</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>Restoring a backup</source>
            <translation>Restaurando una copia de seguridad</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>Backups of {name}</source>
            <translation>Copias de seguridad de {name}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>Backups are kept in {folder}</source>
            <translation>Las copias de seguridad se guardan en {folder}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/encryption_dialog.py" />
            <source>Encrypt journal</source>
            <translation>Cifrar el diario</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/encryption_dialog.py" />
            <source>Change passphrase</source>
            <translation>Cambiar la frase de contraseña</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/encryption_dialog.py" />
            <source>Decrypt journal</source>
            <translation>Descifrar el diario</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/encryption_dialog.py" />
            <source>{name} will be encrypted with a passphrase: without it nobody can read the journal or its backups. Nobody can recover a forgotten passphrase either, so keep it somewhere safe. A backup is taken first; the journal reopens when done.</source>
            <translation>{name} se cifrará con una frase de contraseña: sin ella nadie puede leer el diario ni sus copias de seguridad. Nadie puede recuperar una frase olvidada, así que guárdala en un lugar seguro. Antes se hace una copia de seguridad; el diario se vuelve a abrir al terminar.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/encryption_dialog.py" />
            <source>{name} and its new backups will open with the new passphrase only. Backups taken before keep the current one. A backup is taken first.</source>
            <translation>{name} y sus nuevas copias de seguridad se abrirán solo con la nueva frase de contraseña. Las copias anteriores conservan la actual. Antes se hace una copia de seguridad.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/encryption_dialog.py" />
            <source>{name} will be stored plain again: anyone who can read the file can read your journal. Its backups stay encrypted. A backup is taken first.</source>
            <translation>{name} volverá a guardarse sin cifrar: quien pueda leer el archivo podrá leer tu diario. Sus copias de seguridad siguen cifradas. Antes se hace una copia de seguridad.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/encryption_dialog.py" />
            <source>Very weak: among the first guesses anyone tries.</source>
            <translation>Muy débil: de las primeras que cualquiera prueba.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/encryption_dialog.py" />
            <source>Weak: easy to guess. Add a word or two.</source>
            <translation>Débil: fácil de adivinar. Añade una palabra o dos.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/encryption_dialog.py" />
            <source>Fair: add another unusual word to be safe.</source>
            <translation>Aceptable: añade otra palabra poco común para ir sobre seguro.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/encryption_dialog.py" />
            <source>Strong.</source>
            <translation>Fuerte.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/encryption_dialog.py" />
            <source>Very strong.</source>
            <translation>Muy fuerte.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/encryption_dialog.py" />
            <source>Type the current passphrase.</source>
            <translation>Escribe la frase de contraseña actual.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/encryption_dialog.py" />
            <source>The two new passphrases differ.</source>
            <translation>Las dos frases de contraseña nuevas no coinciden.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/encryption_dialog.py" />
            <source>The new passphrase is the current one.</source>
            <translation>La frase de contraseña nueva es la actual.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/encryption_dialog.py" />
            <source>Checking the passphrase…</source>
            <translation>Comprobando la frase de contraseña…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/encryption_dialog.py" />
            <source>At least {n} characters; a few unusual words are best.</source>
            <translation>Al menos {n} caracteres; lo mejor son unas cuantas palabras poco comunes.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/encryption_dialog.py" />
            <source>Too short: at least {n} characters.</source>
            <translation>Demasiado corta: al menos {n} caracteres.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/encryption_dialog.py" />
            <source>Current passphrase</source>
            <translation>Frase de contraseña actual</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/encryption_dialog.py" />
            <source>New passphrase</source>
            <translation>Frase de contraseña nueva</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/encryption_dialog.py" />
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" />
            <source>Repeat it</source>
            <translation>Repítela</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/encryption_dialog.py" />
            <source>Checking the passphrase</source>
            <translation>Comprobando la frase de contraseña</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/encryption_dialog.py" />
            <source>The new passphrase needs at least {n} characters.</source>
            <translation>La frase de contraseña nueva necesita al menos {n} caracteres.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/files.py" />
            <location filename="../../src/valuejournal/ui/share_opening.py" />
            <source>Something went wrong; details are in the log.</source>
            <translation>Algo salió mal; los detalles están en el registro.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/invoice_dialog.py" />
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <source>Mark as invoiced</source>
            <translation>Marcar como facturado</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/invoice_dialog.py" />
            <source>What the invoice asks for (the sessions' pay unless changed)</source>
            <translation>Lo que pide la factura (el pago de las sesiones, salvo que lo cambies)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/invoice_dialog.py" />
            <source>Sent on</source>
            <translation>Enviada el</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/invoice_dialog.py" />
            <source>Due on</source>
            <translation>Vence el</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/invoice_dialog.py" />
            <source>Mark as paid</source>
            <translation>Marcar como cobrado</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/invoice_dialog.py" />
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>Paid on</source>
            <translation>Cobrado el</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/dialogs/invoice_dialog.py" />
            <source>%n session(s) for {client}</source>
            <translation>
                <numerusform>%n sesión para {client}</numerusform>
                <numerusform>%n sesiones para {client}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/invoice_dialog.py" />
            <source>The invoice needs a number.</source>
            <translation>La factura necesita un número.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/invoice_dialog.py" />
            <source>The due date cannot be before the day it was sent.</source>
            <translation>La fecha de vencimiento no puede ser anterior al día de envío.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/invoice_dialog.py" />
            <source>The invoice needs an amount.</source>
            <translation>La factura necesita un importe.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/invoice_dialog.py" />
            <location filename="../../src/valuejournal/ui/widgets/rate_field.py" />
            <source>amount</source>
            <translation>importe</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/invoice_dialog.py" />
            <source>Amount ({currency})</source>
            <translation>Importe ({currency})</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/invoice_dialog.py" />
            <source>There is already an invoice numbered {n}.</source>
            <translation>Ya hay una factura con el número {n}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" />
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>Projects</source>
            <translation>Proyectos</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" />
            <location filename="../../src/valuejournal/ui/pages/__init__.py" />
            <location filename="../../src/valuejournal/ui/pages/reflections_page.py" />
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" />
            <source>Reflections</source>
            <translation>Reflexiones</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" />
            <source>Canvases</source>
            <translation>Canvas</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" />
            <source>Skill tags</source>
            <translation>Etiquetas de habilidad</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" />
            <location filename="../../src/valuejournal/ui/widgets/weekly_answers.py" />
            <source>Weekly reviews</source>
            <translation>Revisiones semanales</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" />
            <location filename="../../src/valuejournal/ui/dialogs/rates_dialog.py" />
            <source>Exchange rates</source>
            <translation>Tipos de cambio</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" />
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <source>Comments</source>
            <translation>Comentarios</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" />
            <source>Mood entries</source>
            <translation>Entradas de ánimo</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" />
            <source>Added from
the other copy</source>
            <translation>Añadido desde
la otra copia</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" />
            <source>Updated
from it</source>
            <translation>Actualizado
desde ella</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" />
            <source>Kept from
this one</source>
            <translation>Conservado
de esta</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" />
            <source>Deleted (deleted
in the other copy)</source>
            <translation>Borrado (borrado
en la otra copia)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" />
            <source>Not brought back
(deleted here)</source>
            <translation>No recuperado
(borrado aquí)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" />
            <source>Conflicts
resolved</source>
            <translation>Conflictos
resueltos</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" />
            <source>Unchanged</source>
            <translation>Sin cambios</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" />
            <source>Merge report</source>
            <translation>Informe de la fusión</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" />
            <source>Merged “{other}” into “{journal}”.</source>
            <translation>«{other}» se fusionó en «{journal}».</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" />
            <source>“{other}” holds nothing that “{journal}” lacks: nothing changed.</source>
            <translation>«{other}» no tiene nada que le falte a «{journal}»: no cambió nada.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" />
            <source>The other file is another journal, not a copy of this one.</source>
            <translation>El otro archivo es otro diario, no una copia de este.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" />
            <source>&amp;Move the copy aside</source>
            <translation>&amp;Apartar la copia</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" />
            <source>Into the folder “Merged conflict copies” beside it; nothing is deleted</source>
            <translation>En la carpeta «Copias en conflicto fusionadas», a su lado; no se borra nada</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" />
            <source>Deletions remembered from the other copy: {n}</source>
            <translation>Borrados recordados de la otra copia: {n}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" />
            <source>A backup was made first: {path}. Edit → Undo takes the merge back.</source>
            <translation>Antes se hizo una copia de seguridad: {path}. Editar → Deshacer revierte la fusión.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/messages.py" />
            <source>Something went wrong: {error}
Details are in the log; your journal is saved.</source>
            <translation>Algo salió mal: {error}
Los detalles están en el registro; tu diario está guardado.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/rates_dialog.py" />
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>Currency</source>
            <translation>Moneda</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/rates_dialog.py" />
            <location filename="../../src/valuejournal/ui/session_model.py" />
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/rates_dialog.py" />
            <source>Exchange rate</source>
            <translation>Tipo de cambio</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/rates_dialog.py" />
            <source>The ISO code of the currency, e.g. USD</source>
            <translation>El código ISO de la moneda, p. ej. USD</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/rates_dialog.py" />
            <source>&amp;Add</source>
            <translation>&amp;Añadir</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/rates_dialog.py" />
            <source>&amp;Delete</source>
            <translation>&amp;Eliminar</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/rates_dialog.py" />
            <source>&amp;Import ECB file…</source>
            <translation>&amp;Importar archivo del BCE…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/rates_dialog.py" />
            <source>A session in another currency keeps its amount and the rate of its day, frozen when it is written: changing a rate here never changes past sessions.</source>
            <translation>Una sesión en otra moneda conserva su importe y el tipo de su día, fijado al guardarla: cambiar aquí un tipo nunca cambia las sesiones pasadas.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/rates_dialog.py" />
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/dialogs/rates_dialog.py" />
            <source>%n session(s) got this rate.</source>
            <translation>
                <numerusform>%n sesión recibió este tipo.</numerusform>
                <numerusform>%n sesiones recibieron este tipo.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/rates_dialog.py" />
            <source>Sessions with a rate keep theirs.</source>
            <translation>Las sesiones con tipo conservan el suyo.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/rates_dialog.py" />
            <source>Deleted; sessions keep the rates frozen on them (Ctrl+Z undoes).</source>
            <translation>Eliminado; las sesiones conservan los tipos fijados en ellas (Ctrl+Z lo deshace).</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/rates_dialog.py" />
            <source>Import ECB rates</source>
            <translation>Importar tipos del BCE</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/rates_dialog.py" />
            <source>ECB rate files (*.csv *.zip);;All files (*)</source>
            <translation>Archivos de tipos del BCE (*.csv *.zip);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/rates_dialog.py" />
            <source>1 {per} = {rate} {currency}</source>
            <translation>1 {per} = {rate} {currency}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/rates_dialog.py" />
            <source>on</source>
            <translation>el</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/rates_dialog.py" />
            <source>Every session has its rate.</source>
            <translation>Cada sesión tiene su tipo.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/rates_dialog.py" />
            <source>Saved: 1 {base} = {rate} {currency} on {day}.</source>
            <translation>Guardado: 1 {base} = {rate} {currency} el {day}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/rates_dialog.py" />
            <source>Importing exchange rates</source>
            <translation>Importando tipos de cambio</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/rates_dialog.py" />
            <source>How many units of the currency one {base} buys</source>
            <translation>Cuántas unidades de la moneda compra 1 {base}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/rates_dialog.py" />
            <source>Importing {name}…</source>
            <translation>Importando {name}…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/rates_dialog.py" />
            <source>Imported {rates}; {sessions} got a rate.</source>
            <translation>Importados {rates}; {sessions} recibieron un tipo.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/dialogs/rates_dialog.py" />
            <source>%n rate(s)</source>
            <translation>
                <numerusform>%n tipo</numerusform>
                <numerusform>%n tipos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/rates_dialog.py" />
            <source>1 {base} =</source>
            <translation>1 {base} =</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/dialogs/rates_dialog.py" />
            <source>%n session(s) not counted yet, for want of a rate: {which}</source>
            <translation>
                <numerusform>%n sesión aún sin contar, por falta de un tipo: {which}</numerusform>
                <numerusform>%n sesiones aún sin contar, por falta de un tipo: {which}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/rates_dialog.py" />
            <source>{base} is the base currency: its rate is always 1</source>
            <translation>{base} es la moneda base: su tipo es siempre 1</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/session_dialog.py" />
            <source>Edit session</source>
            <translation>Editar la sesión</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/weekly_review.py" />
            <source>Nothing logged that week.</source>
            <translation>Nada registrado esa semana.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/dialogs/weekly_review.py" />
            <source>%n not rated yet</source>
            <translation>
                <numerusform>%n sin valorar aún</numerusform>
                <numerusform>%n sin valorar aún</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/weekly_review.py" />
            <source>Weekly review</source>
            <translation>Revisión semanal</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/weekly_review.py" />
            <source>Save answers</source>
            <translation>Guardar las respuestas</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/weekly_review.py" />
            <source>Not this week</source>
            <translation>Esta semana no</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/weekly_review.py" />
            <source>Keep the answers (Ctrl+Enter)</source>
            <translation>Conservar las respuestas (Ctrl+Intro)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/weekly_review.py" />
            <source>Close; the review does not open again this week</source>
            <translation>Cerrar; la revisión no vuelve a abrirse esta semana</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/weekly_review.py" />
            <source>{h} h</source>
            <translation>{h} h</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/weekly_review.py" />
            <source>pay {pay}</source>
            <translation>pago {pay}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/weekly_review.py" />
            <source>A sentence or two is enough</source>
            <translation>Basta con una o dos frases</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/weekly_review.py" />
            <source>{rate}</source>
            <translation>{rate}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/weekly_review.py" />
            <source>mood {m}</source>
            <translation>ánimo {m}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/weekly_review.py" />
            <source>The week of {range}</source>
            <translation>La semana del {range}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/weekly_review.py" />
            <source>No span of high pay with low value, or of high value without pay, touched this week.</source>
            <translation>Ningún tramo de buen pago con poco valor, ni de mucho valor sin pago, tocó esta semana.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/first_start.py" />
            <source>Welcome to Value Journal</source>
            <translation>Te damos la bienvenida a Value Journal</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/first_start.py" />
            <source>Welcome! Tell Value Journal who keeps this journal; your name goes on your reflection reports. You can change all of it later in Settings (Ctrl+,).</source>
            <translation>¡Hola! Dile a Value Journal quién lleva este diario; tu nombre aparece en tus informes de reflexión. Puedes cambiarlo todo más tarde en Ajustes (Ctrl+,).</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/first_start.py" />
            <source>Start with an empty journal and log your first session, or explore a demo journal with a year of a freelancer's work so the charts have something to show (a separate file; your own journal stays empty until you use it).</source>
            <translation>Empieza con un diario vacío y registra tu primera sesión, o explora un diario de demostración con un año de trabajo de una persona autónoma para que los gráficos tengan algo que mostrar (es un archivo aparte; tu propio diario sigue vacío hasta que lo uses).</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/first_start.py" />
            <source>Start &amp;empty</source>
            <translation>Empezar &amp;vacío</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/first_start.py" />
            <source>Explore a &amp;demo journal</source>
            <translation>Explorar un diario de &amp;demostración</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/first_start.py" />
            <location filename="../../src/valuejournal/ui/widgets/settings_dialog.py" />
            <source>The currency is a three-letter code, such as EUR or USD.</source>
            <translation>La moneda es un código de tres letras, como EUR o USD.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" />
            <source>Something went wrong; the details are in the log.</source>
            <translation>Algo salió mal; los detalles están en el registro.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" />
            <source>Read with these columns</source>
            <translation>Leer con estas columnas</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" />
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" />
            <source>Rate them now</source>
            <translation>Valorarlas ahora</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" />
            <location filename="../../src/valuejournal/ui/share_opening.py" />
            <location filename="../../src/valuejournal/ui/widgets/homework_view.py" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" />
            <source>Nothing was imported</source>
            <translation>No se importó nada</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" />
            <source>{n} sessions from {name} are now in your journal.</source>
            <translation>{n} sesiones de {name} ya están en tu diario.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" />
            <source>Import {name}</source>
            <translation>Importar {name}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" />
            <source>Reading {name}…</source>
            <translation>Leyendo {name}…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" />
            <source>Import 1 session</source>
            <translation>Importar 1 sesión</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" />
            <source>Nothing to import</source>
            <translation>Nada que importar</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" />
            <source>This file cannot be imported</source>
            <translation>Este archivo no se puede importar</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" />
            <source>Adding {n} sessions to your journal…</source>
            <translation>Añadiendo {n} sesiones a tu diario…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" />
            <source>Imported {n} sessions</source>
            <translation>Se importaron {n} sesiones</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" />
            <source>{reason}
Your journal is unchanged.</source>
            <translation>{reason}
Tu diario no ha cambiado.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" />
            <source>Reading {name}</source>
            <translation>Leyendo {name}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" />
            <source>Import {n} sessions</source>
            <translation>Importar {n} sesiones</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" />
            <source>Importing {name}</source>
            <translation>Importando {name}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" />
            <source>{k} of them are not rated yet: give each a value (and a mood) with a few keystrokes in rating mode.</source>
            <translation>{k} aún no están valoradas: dale a cada una un valor (y un ánimo) con unas pocas teclas en el modo de valoración.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" />
            <source>{reason}

Nothing was written to your journal.</source>
            <translation>{reason}

No se escribió nada en tu diario.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>Opening your journal…</source>
            <translation>Abriendo tu diario…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>&amp;New journal…</source>
            <translation>&amp;Nuevo diario…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>&amp;Open journal…</source>
            <translation>&amp;Abrir un diario…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>Open &amp;recent</source>
            <translation>Abrir &amp;reciente</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>Open &amp;my journal</source>
            <translation>Abrir &amp;mi diario</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>&amp;Import…</source>
            <translation>&amp;Importar…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>&amp;Export…</source>
            <translation>&amp;Exportar…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>Mer&amp;ge another copy…</source>
            <translation>&amp;Fusionar otra copia…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>&amp;Share with coach…</source>
            <translation>&amp;Compartir con el coach…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>Open &amp;shared journal…</source>
            <translation>Abrir un diario com&amp;partido…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>Import coach &amp;feedback…</source>
            <translation>Importar los comen&amp;tarios del coach…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>&amp;Backups…</source>
            <translation>Copias de seg&amp;uridad…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>&amp;Settings…</source>
            <translation>&amp;Ajustes…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>Start or stop the &amp;timer</source>
            <translation>Iniciar o parar el &amp;cronómetro</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>E&amp;xchange rates…</source>
            <translation>&amp;Tipos de cambio…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>Mark as &amp;invoiced…</source>
            <translation>Marcar como &amp;facturado…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>Mark as &amp;paid…</source>
            <translation>Marcar como co&amp;brado…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>&amp;Go</source>
            <translation>&amp;Ir</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>&amp;Weekly review…</source>
            <translation>Revisión &amp;semanal…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Atajos de teclado</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>Open &amp;log folder</source>
            <translation>Abrir la carpeta de &amp;registros</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>&amp;About Value Journal</source>
            <translation>A&amp;cerca de Value Journal</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>En&amp;cryption</source>
            <translation>Cifrado del &amp;diario</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>Writing a demo journal…</source>
            <translation>Escribiendo un diario de demostración…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>Something went wrong while opening the journal; details are in the log.</source>
            <translation>Algo salió mal al abrir el diario; los detalles están en el registro.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>Undone: {what}</source>
            <translation>Deshecho: {what}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>Redone: {what}</source>
            <translation>Rehecho: {what}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>Open journal</source>
            <translation>Abrir un diario</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>New journal</source>
            <translation>Nuevo diario</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>About Value Journal</source>
            <translation>Acerca de Value Journal</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>&amp;Encrypt journal…</source>
            <translation>&amp;Cifrar el diario…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>&amp;Change passphrase…</source>
            <translation>Cambiar la &amp;frase de contraseña…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>&amp;Decrypt journal…</source>
            <translation>&amp;Descifrar el diario…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <location filename="../../src/valuejournal/ui/session_preview.py" />
            <source>Opening {path}…</source>
            <translation>Abriendo {path}…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>Could not open the journal:
{text}

Use File → Open journal… to pick another file.</source>
            <translation>No se pudo abrir el diario:
{text}

Usa Archivo → Abrir un diario… para elegir otro archivo.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>review, read-only</source>
            <translation>revisión, solo lectura</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>read-only: open on another computer</source>
            <translation>solo lectura: abierto en otro ordenador</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>Select the sessions in the list first.</source>
            <translation>Selecciona primero las sesiones en la lista.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>This week: {h} h · {pay} · average value {v}</source>
            <translation>Esta semana: {h} h · {pay} · valor medio {v}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>&amp;Undo {t}</source>
            <translation>&amp;Deshacer {t}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>&amp;Redo {t}</source>
            <translation>&amp;Rehacer {t}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>No journals opened yet</source>
            <translation>Aún no se ha abierto ningún diario</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>The log folder is {path}</source>
            <translation>La carpeta de registros es {path}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/__init__.py" />
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" />
            <source>Journal</source>
            <translation>Diario</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/__init__.py" />
            <source>Insights</source>
            <translation>Análisis</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/__init__.py" />
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" />
            <source>Calendar</source>
            <translation>Calendario</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/__init__.py" />
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" />
            <source>Canvas</source>
            <translation>Canvas</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/__init__.py" />
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <source>Clients overview</source>
            <translation>Resumen de clientes</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <source>pay 8× value</source>
            <translation>pago 8× valor</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <source>value 8× pay</source>
            <translation>valor 8× pago</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <source>Value created</source>
            <translation>Valor creado</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <location filename="../../src/valuejournal/ui/session_model.py" />
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>Mood</source>
            <translation>Ánimo</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <source>Value minus pay</source>
            <translation>Valor menos pago</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <source>Hours-weighted value of the day's rated sessions (0-10).</source>
            <translation>Valor ponderado por horas de las sesiones valoradas del día (0-10).</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <source>Mean mood of the day's sessions (1-5).</source>
            <translation>Ánimo medio de las sesiones del día (1-5).</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <source>Pay (paid and pending) per hour of the day's work; darkest: the year's best day.</source>
            <translation>Pago (cobrado y pendiente) por hora de trabajo del día; lo más oscuro: el mejor día del año.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <source>The day's sessions</source>
            <translation>Las sesiones del día</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <source>Year</source>
            <translation>Año</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <source>Year before (Page Up)</source>
            <translation>Año anterior (Re Pág)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <source>Year after (Page Down)</source>
            <translation>Año siguiente (Av Pág)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <source>Today</source>
            <translation>Hoy</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <source>&amp;Colour by</source>
            <translation>&amp;Colorear por</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <source>&amp;Year</source>
            <translation>&amp;Año</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <source>&amp;Week grid (back-fill)</source>
            <translation>Cuadrícula &amp;semanal (completar)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <source>Value and pay on one scale: value ÷ {neutral} (ordinary work = 1) against pay per hour ÷ your median day rate ({rate} = 1). Grey: paid what the work was worth; blue: value given beyond the pay; red: pay beyond the value.</source>
            <translation>Valor y pago en una sola escala: valor ÷ {neutral} (trabajo corriente = 1) frente a pago por hora ÷ tu tarifa diaria mediana ({rate} = 1). Gris: se pagó lo que valía el trabajo; azul: valor dado más allá del pago; rojo: pago más allá del valor.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <location filename="../../src/valuejournal/ui/widgets/week_grid.py" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <source>Reading the calendar</source>
            <translation>Leyendo el calendario</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <source>This journal is open read-only.</source>
            <translation>Este diario está abierto solo para lectura.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <source>Back-fill {sessions} of the week of {day}</source>
            <translation>Completar {sessions} de la semana del {day}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <source>(no client)</source>
            <translation>(sin cliente)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <location filename="../../src/valuejournal/ui/widgets/comment_panel.py" />
            <source>Could not save</source>
            <translation>No se pudo guardar</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <source>Saved {sessions}.</source>
            <translation>Guardado: {sessions}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" />
            <source>Close quarter</source>
            <translation>Cerrar el trimestre</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" />
            <source>Keep this quarter's evidence as it is now, with your words</source>
            <translation>Conservar las pruebas de este trimestre tal como están ahora, con tus palabras</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" />
            <source>Skills…</source>
            <translation>Habilidades…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" />
            <source>Choose the tags that are your skills (key resources)</source>
            <translation>Elige las etiquetas que son tus habilidades (recursos clave)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" />
            <location filename="../../src/valuejournal/ui/pages/reflections_page.py" />
            <source>Editing…</source>
            <translation>Editando…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" />
            <source>Reopen canvas {quarter}</source>
            <translation>Reabrir el canvas {quarter}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" />
            <source>Reading the quarter's evidence…</source>
            <translation>Leyendo las pruebas del trimestre…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" />
            <source>Tag a session with @ and a name (“@Ana”) for whoever helped.</source>
            <translation>Etiqueta una sesión con @ y un nombre («@Ana») para quien te ayudó.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" />
            <source>Mark the tags that are your skills with Skills…</source>
            <translation>Marca las etiquetas que son tus habilidades con Habilidades…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" />
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Comment saved.</source>
            <translation>Comentario guardado.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" />
            <location filename="../../src/valuejournal/ui/pages/reflections_page.py" />
            <source>Quarter</source>
            <translation>Trimestre</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" />
            <source>Reopen quarter</source>
            <translation>Reabrir el trimestre</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" />
            <source>Edit canvas {quarter}</source>
            <translation>Editar el canvas {quarter}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" />
            <source>Close canvas {quarter}</source>
            <translation>Cerrar el canvas {quarter}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" />
            <source>Read-only: the canvas as it was shared</source>
            <translation>Solo lectura: el canvas tal como se compartió</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" />
            <source>Reading the canvas</source>
            <translation>Leyendo el canvas</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" />
            <source>Evidence from your sessions; nothing written yet</source>
            <translation>Pruebas de tus sesiones; aún no hay nada escrito</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" />
            <source>Nothing to compare with {quarter}.</source>
            <translation>Nada con lo que comparar {quarter}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" />
            <source>{quarter} · closed</source>
            <translation>{quarter} · cerrado</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" />
            <location filename="../../src/valuejournal/ui/pages/reflections_page.py" />
            <source>Not saved: {error}</source>
            <translation>Sin guardar: {error}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" />
            <source>Closed {when}: evidence as it was then</source>
            <translation>Cerrado {when}: las pruebas tal como eran entonces</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" />
            <location filename="../../src/valuejournal/ui/pages/reflections_page.py" />
            <source>Saved {when}</source>
            <translation>Guardado {when}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>Alternative rate / h</source>
            <translation>Tarifa alternativa / h</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>Agreed rate</source>
            <translation>Tarifa acordada</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>Archived</source>
            <translation>Archivado</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>Project</source>
            <translation>Proyecto</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>Rate</source>
            <translation>Tarifa</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>what they would pay elsewhere per hour</source>
            <translation>lo que pagaría en otro sitio por hora</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>Archived (hidden from quick entry)</source>
            <translation>Archivado (oculto en la entrada rápida)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>&amp;Currency</source>
            <translation>&amp;Moneda</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>&amp;Alternative rate</source>
            <translation>Tarifa &amp;alternativa</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>A&amp;greed rate</source>
            <translation>Tarifa a&amp;cordada</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>New project for {client}</source>
            <translation>Proyecto nuevo para {client}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>Project of {client}</source>
            <translation>Proyecto de {client}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>&amp;Rate</source>
            <translation>&amp;Tarifa</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>&amp;Add client…</source>
            <translation>&amp;Añadir cliente…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>&amp;Edit…</source>
            <translation>&amp;Editar…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>Archive / unarchive</source>
            <translation>Archivar / desarchivar</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>Add &amp;project…</source>
            <translation>Añadir &amp;proyecto…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>Edit p&amp;roject…</source>
            <translation>Editar p&amp;royecto…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>Archive / unarchive project</source>
            <translation>Archivar / desarchivar el proyecto</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>The alternative rate is what a client would pay someone else per hour; the Insights page weighs what they pay you against it.</source>
            <translation>La tarifa alternativa es lo que un cliente pagaría a otra persona por hora; la página Análisis compara con ella lo que te paga a ti.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>New client</source>
            <translation>Nuevo cliente</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>A rate here wins over the client's for this project's sessions ({currency}).</source>
            <translation>Aquí una tarifa prevalece sobre la del cliente para las sesiones de este proyecto ({currency}).</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>Projects of {client}</source>
            <translation>Proyectos de {client}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>Could not save the project</source>
            <translation>No se pudo guardar el proyecto</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>Could not save the client</source>
            <translation>No se pudo guardar el cliente</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Share your journal, or one quarter of it, with your coach; import the feedback file they send back and their comments appear beside your sessions.</source>
            <translation>Comparte tu diario, o un trimestre de él, con tu coach; importa el archivo de comentarios que te devuelva y sus comentarios aparecerán junto a tus sesiones.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>To comment on one session, select it on the Journal page and write in the panel beside the list.</source>
            <translation>Para comentar una sesión, selecciónala en la página Diario y escribe en el panel junto a la lista.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>No comments yet.</source>
            <translation>Aún no hay comentarios.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Your coach</source>
            <translation>Tu coach</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Feedback from your coach</source>
            <translation>Comentarios de tu coach</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Homework from your coach</source>
            <translation>Tareas de tu coach</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Review a client's journal</source>
            <translation>Revisar el diario de un cliente</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Your name, as your client will see it</source>
            <translation>Tu nombre, tal como lo verá tu cliente</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Your comments on this journal</source>
            <translation>Tus comentarios sobre este diario</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Change homework</source>
            <translation>Cambiar la tarea</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Withdraw homework</source>
            <translation>Retirar la tarea</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" />
            <source>Protect the file with a passphrase</source>
            <translation>Proteger el archivo con una frase de contraseña</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Save feedback file…</source>
            <translation>Guardar el archivo de comentarios…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Homework set again: {title}</source>
            <translation>Tarea fijada de nuevo: {title}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Homework withdrawn: {title}; the next feedback file tells your client.</source>
            <translation>Tarea retirada: {title}; el próximo archivo de comentarios se lo dirá a tu cliente.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Change your comment:</source>
            <translation>Cambia tu comentario:</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Comment withdrawn; the next feedback file says so.</source>
            <translation>Comentario retirado; el próximo archivo de comentarios lo indica.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Share with coach…</source>
            <translation>Compartir con el coach…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Import coach feedback…</source>
            <translation>Importar los comentarios del coach…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Tick an item when it is done; your next share tells your coach.</source>
            <translation>Marca una tarea cuando esté hecha; tu próximo envío se lo dice a tu coach.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Coaches: open the share files your clients send you.</source>
            <translation>Coaches: abrid los archivos compartidos que os envían vuestros clientes.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Review</source>
            <translation>Revisión</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Reviewing</source>
            <translation>Revisando</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Open shared journal…</source>
            <translation>Abrir un diario compartido…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Close this file</source>
            <translation>Cerrar este archivo</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Back to my journal</source>
            <translation>Volver a mi diario</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Your name on comments:</source>
            <translation>Tu nombre en los comentarios:</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Comment on a period or span</source>
            <translation>Comentar un periodo o un tramo</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Comment on a reflection</source>
            <translation>Comentar una reflexión</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Homework set, with the client's status</source>
            <translation>Tareas fijadas, con el estado del cliente</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" />
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Shared by {owner} · {range} · written {written} with Value Journal {app} · {n} sessions · read-only{lock}</source>
            <translation>Compartido por {owner} · {range} · escrito el {written} con Value Journal {app} · {n} sesiones · solo lectura{lock}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Set it again</source>
            <translation>Fijarla de nuevo</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Homework for {name}</source>
            <translation>Tareas para {name}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <location filename="../../src/valuejournal/ui/widgets/comment_panel.py" />
            <source>Could not save the comment</source>
            <translation>No se pudo guardar el comentario</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Could not set the homework</source>
            <translation>No se pudo fijar la tarea</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Homework set: {title}</source>
            <translation>Tarea fijada: {title}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Could not change the homework</source>
            <translation>No se pudo cambiar la tarea</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Homework changed: {title}</source>
            <translation>Tarea cambiada: {title}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Your reply to {name}:</source>
            <translation>Tu respuesta a {name}:</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Comment changed.</source>
            <translation>Comentario cambiado.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Me</source>
            <translation>Yo</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Reply saved; it goes with your next share.</source>
            <translation>Respuesta guardada; va con tu próximo envío.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>was encrypted</source>
            <translation>estaba cifrado</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Writing the feedback file…</source>
            <translation>Escribiendo el archivo de comentarios…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Feedback saved: {name}</source>
            <translation>Comentarios guardados: {name}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" />
            <source>Pay rate and value over time</source>
            <translation>Tarifa y valor a lo largo del tiempo</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" />
            <source>Pay against value</source>
            <translation>Pago frente a valor</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" />
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" />
            <source>Wellbeing</source>
            <translation>Bienestar</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" />
            <source>Balance per project</source>
            <translation>Balanza por proyecto</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" />
            <location filename="../../src/valuejournal/ui/widgets/filter_bar.py" />
            <source>This quarter</source>
            <translation>Este trimestre</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" />
            <location filename="../../src/valuejournal/ui/widgets/filter_bar.py" />
            <source>Last 12 months</source>
            <translation>Últimos 12 meses</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" />
            <location filename="../../src/valuejournal/ui/widgets/filter_bar.py" />
            <source>All time</source>
            <translation>Todo</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" />
            <location filename="../../src/valuejournal/ui/widgets/filter_bar.py" />
            <source>Custom…</source>
            <translation>Personalizado…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" />
            <source>Reading your journal…</source>
            <translation>Leyendo tu diario…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" />
            <source>Thresholds…</source>
            <translation>Umbrales…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" />
            <source>by day</source>
            <translation>por día</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" />
            <source>by week</source>
            <translation>por semana</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" />
            <source>by month</source>
            <translation>por mes</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" />
            <source>Range</source>
            <translation>Periodo</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" />
            <source>Reading the journal</source>
            <translation>Leyendo el diario</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" />
            <source>The start of the range is after its end.</source>
            <translation>El inicio del periodo es posterior a su final.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" />
            <source>Coach comments on these weeks</source>
            <translation>Comentarios del coach sobre estas semanas</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" />
            <source>%n overdue invoice(s): {total}</source>
            <translation>
                <numerusform>%n factura vencida: {total}</numerusform>
                <numerusform>%n facturas vencidas: {total}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" />
            <source>Could not read the journal: {e}</source>
            <translation>No se pudo leer el diario: {e}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" />
            <location filename="../../src/valuejournal/ui/widgets/canvas_block.py" />
            <location filename="../../src/valuejournal/ui/widgets/reflection_section.py" />
            <source>resolved</source>
            <translation>resuelto</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" />
            <source>&lt;b&gt;{number}&lt;/b&gt;, {client}: {amount}, due {due}, {days} overdue</source>
            <translation>&lt;b&gt;{number}&lt;/b&gt;, {client}: {amount}, vence el {due}, {days} de retraso</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <source>Invoice {number}: %n session(s). Ctrl+Z to undo.</source>
            <translation>
                <numerusform>Factura {number}: %n sesión. Ctrl+Z para deshacer.</numerusform>
                <numerusform>Factura {number}: %n sesiones. Ctrl+Z para deshacer.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <source>Add (Enter)</source>
            <translation>Añadir (Intro)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <source>Edit…</source>
            <translation>Editar…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <source>Delete</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <source>Rate…</source>
            <translation>Valorar…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <source>Rate the unrated sessions listed here, keyboard only</source>
            <translation>Valorar las sesiones sin valorar de esta lista, solo con el teclado</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <source>Show or hide the coach's comments</source>
            <translation>Mostrar u ocultar los comentarios del coach</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <source>Delete these %n session(s)?</source>
            <translation>
                <numerusform>¿Borrar esta sesión?</numerusform>
                <numerusform>¿Borrar estas %n sesiones?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <source>Deleted %n session(s). Ctrl+Z to undo.</source>
            <translation>
                <numerusform>Se borró %n sesión. Ctrl+Z para deshacer.</numerusform>
                <numerusform>Se borraron %n sesiones. Ctrl+Z para deshacer.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <source>Marked %n session(s) paid. Ctrl+Z to undo.</source>
            <translation>
                <numerusform>Se marcó %n sesión como cobrada. Ctrl+Z para deshacer.</numerusform>
                <numerusform>Se marcaron %n sesiones como cobradas. Ctrl+Z para deshacer.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <source>Rated %n session(s).</source>
            <translation>
                <numerusform>Se valoró %n sesión.</numerusform>
                <numerusform>Se valoraron %n sesiones.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <source>%n were on an invoice already.</source>
            <translation>
                <numerusform>%n ya estaba en una factura.</numerusform>
                <numerusform>%n ya estaban en una factura.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <source>Nothing to mark paid: no money is owed for these.</source>
            <translation>Nada que marcar como cobrado: no se debe dinero por estas.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <source>%n session(s) on no invoice</source>
            <translation>
                <numerusform>%n sesión sin factura</numerusform>
                <numerusform>%n sesiones sin factura</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <source>Mark as invoiced…</source>
            <translation>Marcar como facturado…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <source>Mark as paid…</source>
            <translation>Marcar como cobrado…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <source>Nothing to rate: every session listed has a value.</source>
            <translation>Nada que valorar: todas las sesiones de la lista tienen valor.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <source>Comments (%n)</source>
            <translation>
                <numerusform>Comentarios (%n)</numerusform>
                <numerusform>Comentarios (%n)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <source>Added {h} h on {d}</source>
            <translation>Añadidas {h} h el {d}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <source>Delete the session {what}?</source>
            <translation>¿Borrar la sesión {what}?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <source>Ctrl+Z undoes it.</source>
            <translation>Ctrl+Z lo deshace.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <source>Could not delete</source>
            <translation>No se pudo borrar</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <source>Could not save the invoice</source>
            <translation>No se pudo guardar la factura</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <source>Could not mark paid</source>
            <translation>No se pudo marcar como cobrado</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <source>Already invoiced: {numbers}.</source>
            <translation>Ya facturado: {numbers}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <source>%n invoice(s): {numbers}</source>
            <translation>
                <numerusform>%n factura: {numbers}</numerusform>
                <numerusform>%n facturas: {numbers}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <source>Last share</source>
            <translation>Último envío</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <source>Received</source>
            <translation>Recibido</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <source>New since last look</source>
            <translation>Nuevo desde la última vez</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <source>Unresolved</source>
            <translation>Sin resolver</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <source>Homework done</source>
            <translation>Tareas hechas</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <source>Attention</source>
            <translation>Atención</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <source>Next meeting</source>
            <translation>Próxima reunión</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <source>Filter clients (any column)</source>
            <translation>Filtrar clientes (cualquier columna)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <source>Needs attention only</source>
            <translation>Solo los que necesitan atención</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <source>Next meeting:</source>
            <translation>Próxima reunión:</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <source>Set meeting</source>
            <translation>Fijar reunión</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <source>Open client</source>
            <translation>Abrir cliente</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <source>everything</source>
            <translation>todo</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <source>nothing new</source>
            <translation>nada nuevo</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <source>No client yet: open the share files your clients send you.</source>
            <translation>Aún no hay clientes: abre los archivos que te envían tus clientes.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <source>Nothing needs attention.</source>
            <translation>Nada necesita atención.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <source>Could not open the client</source>
            <translation>No se pudo abrir el cliente</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <source>{n} clients · {f} need attention</source>
            <translation>{n} clientes · {f} necesitan atención</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <source>all new ({n} sessions)</source>
            <translation>todo nuevo ({n} sesiones)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <location filename="../../src/valuejournal/ui/share_opening.py" />
            <source>Someone</source>
            <translation>Alguien</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <source>Next meeting with {name}:</source>
            <translation>Próxima reunión con {name}:</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <source>Next meeting with {name} kept.</source>
            <translation>Próxima reunión con {name} guardada.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <source>The last share from {name} is no longer at {path}.</source>
            <translation>El último envío de {name} ya no está en {path}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <source>{n} sessions</source>
            <translation>{n} sesiones</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <source>{n} reflection sections</source>
            <translation>{n} apartados de reflexión</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <source>{n} replies</source>
            <translation>{n} respuestas</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/reflections_page.py" />
            <source>Preview</source>
            <translation>Vista previa</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/reflections_page.py" />
            <source>Export PDF…</source>
            <translation>Exportar PDF…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/reflections_page.py" />
            <source>Not written yet</source>
            <translation>Aún sin escribir</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/reflections_page.py" />
            <source>Reading the quarter's figures</source>
            <translation>Leyendo las cifras del trimestre</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/reflections_page.py" />
            <source>The figures could not be read; details are in the log.</source>
            <translation>No se pudieron leer las cifras; los detalles están en el registro.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/rating.py" />
            <source>Rate sessions</source>
            <translation>Valorar sesiones</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/rating.py" />
            <source>Give it a value first (0–9, T for 10).</source>
            <translation>Primero dale un valor (0–9, T para 10).</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/rating.py" />
            <source>Rate {n} sessions</source>
            <translation>Valorar {n} sesiones</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/reminder_center.py" />
            <source>Show the journal</source>
            <translation>Mostrar el diario</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/reminder_center.py" />
            <source>Nothing logged today yet. How did the day go?</source>
            <translation>Hoy aún no hay nada registrado. ¿Qué tal fue el día?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/reminder_center.py" />
            <source>Log today</source>
            <translation>Registrar hoy</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/reminder_center.py" />
            <source>%n session(s) wait for a rating.</source>
            <translation>
                <numerusform>%n sesión espera una valoración.</numerusform>
                <numerusform>%n sesiones esperan una valoración.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/reminder_center.py" />
            <source>Rate them</source>
            <translation>Valorarlas</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/reminder_center.py" />
            <source>{money} has waited more than {n} days to be paid.</source>
            <translation>{money} llevan más de {n} días esperando el pago.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/review.py" />
            <source>Open shared journals</source>
            <translation>Abrir diarios compartidos</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/session_model.py" />
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>unpaid</source>
            <translation>sin cobrar</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/session_model.py" />
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>pending</source>
            <translation>pendiente</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/session_model.py" />
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>paid</source>
            <translation>cobrado</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/session_model.py" />
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/session_model.py" />
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/session_model.py" />
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/session_model.py" />
            <source>Mood diary:</source>
            <translation>Diario de ánimo:</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/session_model.py" />
            <source>{own} ≈ {converted} at 1 {base} = {rate} {currency} ({day})</source>
            <translation>{own} ≈ {converted} a 1 {base} = {rate} {currency} ({day})</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/session_model.py" />
            <source>a guessed rate, from another day</source>
            <translation>un tipo supuesto, de otro día</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/session_model.py" />
            <source>to rate</source>
            <translation>por valorar</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/session_model.py" />
            <source>invoiced</source>
            <translation>facturado</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/session_model.py" />
            <source>{own}: no exchange rate to {base} yet, so the insights do not count it (Edit → Exchange rates…)</source>
            <translation>{own}: aún sin tipo de cambio a {base}, así que el análisis no lo cuenta (Editar → Tipos de cambio…)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/session_model.py" />
            <source>On invoice {number}</source>
            <translation>En la factura {number}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/share_opening.py" />
            <source>Could not open the shared journal</source>
            <translation>No se pudo abrir el diario compartido</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/share_opening.py" />
            <source>Opening %n share(s)…</source>
            <translation>
                <numerusform>Abriendo %n diario compartido…</numerusform>
                <numerusform>Abriendo %n diarios compartidos…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/share_opening.py" />
            <source>Opening shared journals</source>
            <translation>Abriendo diarios compartidos</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/share_opening.py" />
            <source>Stopping after this file…</source>
            <translation>Parando tras este archivo…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/share_opening.py" />
            <source>{name} ({i} of {n})</source>
            <translation>{name} ({i} de {n})</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/stop_card.py" />
            <source>Value created (0–9, T = 10)</source>
            <translation>Valor creado (0–9, T = 10)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/stop_card.py" />
            <source>Mood (1 drained – 5 great)</source>
            <translation>Ánimo (1 agotado – 5 genial)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/stop_card.py" />
            <source>Energy (1–5)</source>
            <translation>Energía (1–5)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/stop_card.py" />
            <source>Stress (1 calm – 5 very stressed)</source>
            <translation>Estrés (1 en calma – 5 muy estresado)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/stop_card.py" />
            <source>Stop the timer</source>
            <translation>Parar el cronómetro</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/stop_card.py" />
            <source>&amp;Keep it whole</source>
            <translation>&amp;Dejarlo entero</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/stop_card.py" />
            <source>&amp;Split at midnight</source>
            <translation>&amp;Partir a medianoche</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/stop_card.py" />
            <source>How did it go?</source>
            <translation>¿Qué tal fue?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/stop_card.py" />
            <source>Save (Enter)</source>
            <translation>Guardar (Intro)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/stop_card.py" />
            <source>it ran past midnight</source>
            <translation>pasó de la medianoche</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/stop_card.py" />
            <source>&amp;Trim the idle part</source>
            <translation>&amp;Recortar el tiempo inactivo</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/stop_card.py" />
            <source>Each key answers and moves on; the last one saves. Enter saves what is answered · Backspace steps back · Esc keeps the timer running</source>
            <translation>Cada tecla responde y pasa a la siguiente; la última guarda. Intro guarda lo respondido · Retroceso vuelve atrás · Esc deja el cronómetro en marcha</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/stop_card.py" />
            <source>{a} and {b}</source>
            <translation>{a} y {b}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/stop_card.py" />
            <source>The timer ran {t}: {why}. How should it be logged?</source>
            <translation>El cronómetro marcó {t}: {why}. ¿Cómo se registra?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/stop_card.py" />
            <source>the computer slept for {t}</source>
            <translation>el ordenador estuvo en reposo {t}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/stop_card.py" />
            <source>it ran longer than {h} h</source>
            <translation>funcionó más de {h} h</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/stop_card.py" />
            <source>&amp;Trim to {h} h</source>
            <translation>&amp;Recortar a {h} h</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/tasks.py" />
            <source>A background task</source>
            <translation>Una tarea en segundo plano</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/timer_controller.py" />
            <source>{t} since {start}</source>
            <translation>{t} desde las {start}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/timer_controller.py" />
            <source>Timer</source>
            <translation>Cronómetro</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/timer_controller.py" />
            <source>Could not stop the timer</source>
            <translation>No se pudo parar el cronómetro</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/timer_controller.py" />
            <location filename="../../src/valuejournal/ui/tray.py" />
            <location filename="../../src/valuejournal/ui/widgets/filter_bar.py" />
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <location filename="../../src/valuejournal/ui/widgets/timer_bar.py" />
            <source>No client</source>
            <translation>Sin cliente</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/tray.py" />
            <source>No timer running</source>
            <translation>Ningún cronómetro en marcha</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/tray.py" />
            <source>Today: 0 h</source>
            <translation>Hoy: 0 h</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/tray.py" />
            <source>Start timer</source>
            <translation>Iniciar el cronómetro</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/tray.py" />
            <source>Quick add…</source>
            <translation>Añadir rápido…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/tray.py" />
            <source>Open Value Journal</source>
            <translation>Abrir Value Journal</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/tray.py" />
            <source>Snooze reminders</source>
            <translation>Posponer los recordatorios</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/tray.py" />
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/tray.py" />
            <source>Stop timer…</source>
            <translation>Parar el cronómetro…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/tray.py" />
            <source>Today: {h} h</source>
            <translation>Hoy: {h} h</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/tray.py" />
            <source>● {t} · {who}</source>
            <translation>● {t} · {who}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/amount_field.py" />
            <source>Pay for this session, e.g. 450 or 1,234.50 (empty: none)</source>
            <translation>Pago de esta sesión, p. ej. 450 o 1.234,50 (vacío: ninguno)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/amount_field.py" />
            <source>not an amount</source>
            <translation>no es un importe</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/amount_field.py" />
            <source>not an amount: {t}</source>
            <translation>no es un importe: {t}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/backup_form.py" />
            <source>beside the journal</source>
            <translation>junto al diario</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/backup_form.py" />
            <source>C&amp;hoose…</source>
            <translation>E&amp;legir…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/backup_form.py" />
            <source>Backup &amp;folder:</source>
            <translation>&amp;Carpeta de las copias:</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/backup_form.py" />
            <source>Keep &amp;daily:</source>
            <translation>Conservar &amp;diarias:</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/backup_form.py" />
            <source>Keep &amp;weekly:</source>
            <translation>Conservar &amp;semanales:</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/backup_form.py" />
            <source>Keep &amp;monthly:</source>
            <translation>Conservar &amp;mensuales:</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/backup_form.py" />
            <source>Backup folder</source>
            <translation>Carpeta de las copias de seguridad</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/canvas_block.py" />
            <source>Your words (Markdown)…</source>
            <translation>Tus palabras (Markdown)…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/canvas_block.py" />
            <source>Your comment on this block…</source>
            <translation>Tu comentario sobre este bloque…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/canvas_block.py" />
            <location filename="../../src/valuejournal/ui/widgets/comment_panel.py" />
            <source>Add comment</source>
            <translation>Añadir comentario</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/chart_panel.py" />
            <source>{h} h · {pay}</source>
            <translation>{h} h · {pay}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/chart_panel.py" />
            <source>Click to see these sessions</source>
            <translation>Haz clic para ver estas sesiones</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/chart_panel.py" />
            <source>value {v}/10</source>
            <translation>valor {v}/10</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/chart_panel.py" />
            <source>mostly {c}</source>
            <translation>sobre todo {c}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/chart_panel.py" />
            <source>{r}/h</source>
            <translation>{r}/h</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/chart_panel.py" />
            <source>mood {m}/5</source>
            <translation>ánimo {m}/5</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_composer.py" />
            <source>Any days you choose</source>
            <translation>Los días que elijas</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_composer.py" />
            <source>What do you notice in these weeks?</source>
            <translation>¿Qué notas en estas semanas?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_composer.py" />
            <source>Add comment on this period</source>
            <translation>Añadir un comentario sobre este periodo</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_composer.py" />
            <source>Span</source>
            <translation>Tramo</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_composer.py" />
            <location filename="../../src/valuejournal/ui/widgets/homework_view.py" />
            <source>Days</source>
            <translation>Días</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_composer.py" />
            <source>Your comment on this section…</source>
            <translation>Tu comentario sobre esta sección…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_composer.py" />
            <source>Add comment on this section</source>
            <translation>Añadir un comentario sobre esta sección</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_composer.py" />
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" />
            <location filename="../../src/valuejournal/ui/widgets/homework_view.py" />
            <source>to</source>
            <translation>a</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_composer.py" />
            <source>This share holds no reflections.</source>
            <translation>Este archivo compartido no contiene reflexiones.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_composer.py" />
            <source>(nothing written in this section)</source>
            <translation>(no hay nada escrito en esta sección)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" />
            <source>The two passphrases differ.</source>
            <translation>Las dos frases de contraseña no coinciden.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" />
            <source>Your coach gets a file with the sessions, clients and reflections of the range you choose. Private sessions stay here unless you include them.</source>
            <translation>Tu coach recibe un archivo con las sesiones, los clientes y las reflexiones del periodo que elijas. Las sesiones privadas se quedan aquí salvo que las incluyas.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" />
            <source>all</source>
            <translation>todo</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" />
            <source>Everything</source>
            <translation>Todo</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" />
            <source>One quarter</source>
            <translation>Un trimestre</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" />
            <source>Dates</source>
            <translation>Fechas</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" />
            <source>Include private sessions and my notes about clients</source>
            <translation>Incluir las sesiones privadas y mis notas sobre los clientes</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" />
            <source>Save share file…</source>
            <translation>Guardar el archivo para compartir…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" />
            <source>Passphrase needed</source>
            <translation>Hace falta la frase de contraseña</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" />
            <source>{name} is encrypted. Enter the passphrase it was sent with.</source>
            <translation>{name} está cifrado. Escribe la frase de contraseña con la que se envió.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" />
            <source>The passphrase needs at least {n} characters.</source>
            <translation>La frase de contraseña necesita al menos {n} caracteres.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" />
            <source>The file will hold {sessions}, {clients} and {reflections}.</source>
            <translation>El archivo contendrá {sessions}, {clients} y {reflections}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" />
            <source>%n private session(s) will stay here.</source>
            <translation>
                <numerusform>%n sesión privada se quedará aquí.</numerusform>
                <numerusform>%n sesiones privadas se quedarán aquí.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_list.py" />
            <source>Resolved</source>
            <translation>Resuelto</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_list.py" />
            <source>Edit</source>
            <translation>Editar</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_list.py" />
            <source>Withdraw</source>
            <translation>Retirar</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_list.py" />
            <source>Reply</source>
            <translation>Responder</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_list.py" />
            <source>Show</source>
            <translation>Mostrar</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_list.py" />
            <source>Session {day}</source>
            <translation>Sesión del {day}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_list.py" />
            <source>reply, {when}</source>
            <translation>respuesta, {when}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_list.py" />
            <source>Period {start} to {end}</source>
            <translation>Periodo del {start} al {end}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_list.py" />
            <source>{when}, changed {changed}</source>
            <translation>{when}, cambiado {changed}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_list.py" />
            <source>no longer in the journal</source>
            <translation>ya no está en el diario</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_list.py" />
            <source>Canvas {quarter}, “{block}”</source>
            <translation>Canvas {quarter}, «{block}»</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_list.py" />
            <source>A session</source>
            <translation>Una sesión</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_list.py" />
            <source>Reflection {quarter}, “{section}”</source>
            <translation>Reflexión {quarter}, «{section}»</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_panel.py" />
            <source>Select a session to see its comments.</source>
            <translation>Selecciona una sesión para ver sus comentarios.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_panel.py" />
            <source>Select a session to see or write its comments.</source>
            <translation>Selecciona una sesión para ver o escribir sus comentarios.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_panel.py" />
            <source>Coach comments</source>
            <translation>Comentarios del coach</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_panel.py" />
            <source>Hide the comments (the Comments button opens them)</source>
            <translation>Ocultar los comentarios (el botón Comentarios los abre)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_panel.py" />
            <source>Hide the comments</source>
            <translation>Ocultar los comentarios</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_panel.py" />
            <source>No comments on this session.</source>
            <translation>Esta sesión no tiene comentarios.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_panel.py" />
            <source>Write a comment on the selected session…</source>
            <translation>Escribe un comentario sobre la sesión seleccionada…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/conflict_banner.py" />
            <source>Merge &amp;all</source>
            <translation>Fusionar &amp;todas</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/conflict_banner.py" />
            <source>Not now</source>
            <translation>Ahora no</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/conflict_banner.py" />
            <source>A copy of this journal made by a sync tool lies beside it. Merging takes in what it holds that this one lacks (backed up first, undoable):</source>
            <translation>Junto a este diario hay una copia hecha por una herramienta de sincronización. Fusionar incorpora lo que tiene y a este le falta (con copia de seguridad previa, se puede deshacer):</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/conflict_banner.py" />
            <source>Merge &amp;it</source>
            <translation>&amp;Fusionarla</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/conflict_banner.py" />
            <source>{n} copies of this journal made by sync tools lie beside it. Merging takes in what they hold that this one lacks (backed up first, undoable):</source>
            <translation>Junto a este diario hay {n} copias hechas por herramientas de sincronización. Fusionar incorpora lo que tienen y a este le falta (con copia de seguridad previa, se puede deshacer):</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/date_field.py" />
            <source>today</source>
            <translation>hoy</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/date_field.py" />
            <source>yesterday</source>
            <translation>ayer</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/date_field.py" />
            <source>tomorrow</source>
            <translation>mañana</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/date_field.py" />
            <source>not a date</source>
            <translation>no es una fecha</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/date_field.py" />
            <source>a date like {example}, today, yesterday, -1 or mon</source>
            <translation>una fecha como {example}, hoy, ayer, -1 o lun</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/date_field.py" />
            <source>Choose from a calendar (Alt+Down)</source>
            <translation>Elegir en un calendario (Alt+Abajo)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/date_field.py" />
            <source>no such day</source>
            <translation>ese día no existe</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/date_field.py" />
            <source>not a date: {text} (type {help})</source>
            <translation>no es una fecha: {text} (escribe {help})</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/date_field.py" />
            <source>Type {help}; Up/Down: a day; Alt+Down: calendar</source>
            <translation>Escribe {help}; Arriba/Abajo: un día; Alt+Abajo: calendario</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/date_field.py" />
            <source>the date is missing: type {help}</source>
            <translation>falta la fecha: escribe {help}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/date_field.py" />
            <source>there is no such day: {text}</source>
            <translation>ese día no existe: {text}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/filter_bar.py" />
            <source>Search titles, notes, clients… (Ctrl+F)</source>
            <translation>Buscar en títulos, notas, clientes… (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/filter_bar.py" />
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" />
            <source>Search the sessions</source>
            <translation>Buscar en las sesiones</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/filter_bar.py" />
            <source>Any pay status</source>
            <translation>Cualquier estado de pago</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/filter_bar.py" />
            <source>This week</source>
            <translation>Esta semana</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/filter_bar.py" />
            <source>This month</source>
            <translation>Este mes</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/filter_bar.py" />
            <source>To rate</source>
            <translation>Por valorar</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/filter_bar.py" />
            <source>Only sessions whose value is not rated yet</source>
            <translation>Solo las sesiones cuyo valor aún no está valorado</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/filter_bar.py" />
            <source>All clients</source>
            <translation>Todos los clientes</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/filter_bar.py" />
            <source>Unpaid</source>
            <translation>Sin cobrar</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/habits_form.py" />
            <source> h</source>
            <translation> h</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/habits_form.py" />
            <source>Closing the window leaves the app in the tray</source>
            <translation>Cerrar la ventana deja la aplicación en la bandeja</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/habits_form.py" />
            <source>Remind me to log the day, from</source>
            <translation>Recordarme registrar el día, a partir de las</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/habits_form.py" />
            <source>:00</source>
            <translation>:00</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/habits_form.py" />
            <source>Remind me when sessions wait for a rating, at least</source>
            <translation>Recordarme cuando haya sesiones esperando valoración, al menos</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/habits_form.py" />
            <source>Remind me of money unpaid for more than</source>
            <translation>Recordarme el dinero sin cobrar desde hace más de</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/habits_form.py" />
            <source> days</source>
            <translation> días</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/habits_form.py" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/habits_form.py" />
            <source>This desktop shows no tray icons.</source>
            <translation>Este escritorio no muestra iconos en la bandeja.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/habits_form.py" />
            <source>A timer that ran longer asks keep, split or trim</source>
            <translation>Un cronómetro que funcionó más tiempo pregunta si mantener, partir o recortar</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/habits_form.py" />
            <source>Snooze a reminder for</source>
            <translation>Posponer un recordatorio durante</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" />
            <source>Start a new entry in the quick entry</source>
            <translation>Empezar una entrada nueva en la entrada rápida</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" />
            <source>Add the entry; in the list: edit the selected session</source>
            <translation>Añadir la entrada; en la lista: editar la sesión seleccionada</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" />
            <source>Delete the selected sessions (Ctrl+Z brings them back)</source>
            <translation>Borrar las sesiones seleccionadas (Ctrl+Z las recupera)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" />
            <source>In the list: the first / the last session</source>
            <translation>En la lista: la primera / la última sesión</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" />
            <source>Bold / italic in a section</source>
            <translation>Negrita / cursiva en una sección</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" />
            <source>A week / a day earlier or later; Home / End: the year's ends</source>
            <translation>Una semana / un día antes o después; Inicio / Fin: los extremos del año</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" />
            <source>The year before / after</source>
            <translation>El año anterior / siguiente</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" />
            <source>The day's sessions; in that list: edit the session</source>
            <translation>Las sesiones del día; en esa lista: editar la sesión</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" />
            <source>Week grid: the next cell; save every filled cell</source>
            <translation>Cuadrícula semanal: la celda siguiente; guardar todas las celdas rellenas</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" />
            <source>Rating</source>
            <translation>Valoración</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" />
            <source>Rate the session 0 to 9, T for 10</source>
            <translation>Valorar la sesión de 0 a 9, T para 10</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" />
            <source>Skip this session</source>
            <translation>Saltar esta sesión</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" />
            <source>Back to the previous session or step</source>
            <translation>Volver a la sesión o al paso anterior</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" />
            <source>Rate a batch / also ask the mood</source>
            <translation>Valorar un lote / preguntar también el ánimo</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" />
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" />
            <source>not installed</source>
            <translation>no instalado</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" />
            <source>Journal schema</source>
            <translation>Esquema del diario</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" />
            <source>{n} (this app writes {m})</source>
            <translation>{n} (esta aplicación escribe {m})</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" />
            <source>none open (this app writes {m})</source>
            <translation>ninguno abierto (esta aplicación escribe {m})</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" />
            <source>Journal your work; see where pay and value part ways.</source>
            <translation>Lleva un diario de tu trabajo; mira dónde se separan el pago y el valor.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/homework_view.py" />
            <source>What to do (empty: said for you)</source>
            <translation>Qué hacer (vacío: se redacta solo)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/homework_view.py" />
            <source>Set homework</source>
            <translation>Fijar tarea</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/homework_view.py" />
            <source>Cancel the change</source>
            <translation>Cancelar el cambio</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/homework_view.py" />
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/homework_view.py" />
            <source>Words</source>
            <translation>Texto</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/homework_view.py" />
            <source>Percent or hours</source>
            <translation>Porcentaje u horas</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/homework_view.py" />
            <source>10 (percent)</source>
            <translation>10 (por ciento)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/homework_view.py" />
            <source>20 (hours)</source>
            <translation>20 (horas)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/homework_view.py" />
            <source>Save the change</source>
            <translation>Guardar el cambio</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/homework_view.py" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/homework_view.py" />
            <source>No homework yet.</source>
            <translation>Aún no hay tareas.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/homework_view.py" />
            <source>done</source>
            <translation>hecha</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/homework_view.py" />
            <source>open</source>
            <translation>pendiente</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/homework_view.py" />
            <source>withdrawn</source>
            <translation>retirada</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/homework_view.py" />
            <source>Type the raise as a whole number of percent, e.g. 10.</source>
            <translation>Escribe la subida como un número entero de por ciento, p. ej. 10.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/homework_view.py" />
            <source>Type the hours, e.g. 20 or 20:30.</source>
            <translation>Escribe las horas, p. ej. 20 o 20:30.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/homework_view.py" />
            <source>Withdrawn by your coach</source>
            <translation>Retirada por tu coach</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/hours_box.py" />
            <source>Hours, e.g. 1.5, 1,5 or 1:30 (Up and Down step a quarter hour)</source>
            <translation>Horas, p. ej. 1.5, 1,5 o 1:30 (Arriba y Abajo cambian un cuarto de hora)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/hours_box.py" />
            <source>max 24 h</source>
            <translation>máx. 24 h</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/hours_box.py" />
            <source>type the hours, e.g. 1.5 or 1:30</source>
            <translation>escribe las horas, p. ej. 1.5 o 1:30</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/hours_box.py" />
            <source>hours?</source>
            <translation>¿horas?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/hours_box.py" />
            <source>not hours</source>
            <translation>no son horas</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/hours_box.py" />
            <source>must be more than 0 hours</source>
            <translation>deben ser más de 0 horas</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/hours_box.py" />
            <source>over 0 h</source>
            <translation>más de 0 h</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/hours_box.py" />
            <source>not hours: {t} (try 1.5 or 1:30)</source>
            <translation>no son horas: {t} (prueba 1.5 o 1:30)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/hours_box.py" />
            <source>{t} is more than 24 hours</source>
            <translation>{t} son más de 24 horas</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_choices.py" />
            <source>Whose work is this?</source>
            <translation>¿De quién es este trabajo?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_choices.py" />
            <source>Entries longer than 24 hours:</source>
            <translation>Entradas de más de 24 horas:</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_choices.py" />
            <source>{name} ({n} rows)</source>
            <translation>{name} ({n} filas)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_mapping.py" />
            <source>The columns of this file were not recognised. Choose which column holds what; a date and the hours (or minutes) are needed, everything else is optional.</source>
            <translation>No se reconocieron las columnas de este archivo. Elige qué columna contiene qué; hacen falta una fecha y las horas (o los minutos), todo lo demás es opcional.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_mapping.py" />
            <source>— not in the file —</source>
            <translation>— no está en el archivo —</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_mapping.py" />
            <source>Columns in this file: {columns}</source>
            <translation>Columnas de este archivo: {columns}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_pages.py" />
            <source>My own choice of columns…</source>
            <translation>Mi propia elección de columnas…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_pages.py" />
            <source>My invoices for this work are paid</source>
            <translation>Mis facturas por este trabajo están cobradas</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_pages.py" />
            <source>Billable amounts are stored as paid instead of pending (awaiting payment).</source>
            <translation>Los importes facturables se guardan como cobrados en lugar de pendientes (a la espera de pago).</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_pages.py" />
            <source>Rejected rows (they are not imported):</source>
            <translation>Filas rechazadas (no se importan):</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_pages.py" />
            <source>Format:</source>
            <translation>Formato:</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_pages.py" />
            <source>new</source>
            <translation>nueva</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_pages.py" />
            <source>already present</source>
            <translation>ya presente</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_pages.py" />
            <source>skipped (not work sessions)</source>
            <translation>omitida (no son sesiones de trabajo)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_pages.py" />
            <source>rejected</source>
            <translation>rechazada</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_pages.py" />
            <source>New work: {h} hours ({m} minutes), pay {pay}</source>
            <translation>Trabajo nuevo: {h} horas ({m} minutos), pago {pay}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_pages.py" />
            <source>Nothing new: these sessions are already in your journal.</source>
            <translation>Nada nuevo: estas sesiones ya están en tu diario.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_pages.py" />
            <source>No session in this file can be imported.</source>
            <translation>No se puede importar ninguna sesión de este archivo.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_pages.py" />
            <source>Skipped: {reasons}.</source>
            <translation>Omitidas: {reasons}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_pages.py" />
            <source>The first {k} of {n} new sessions, as they will be stored:</source>
            <translation>Las primeras {k} de {n} sesiones nuevas, tal como se guardarán:</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/pay_fill.py" />
            <source>share of the price</source>
            <translation>parte del precio</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/pay_fill.py" />
            <source>share of the retainer</source>
            <translation>parte de la iguala</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/person_form.py" />
            <source>as it should appear on your reports</source>
            <translation>tal como debe aparecer en tus informes</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/person_form.py" />
            <source>optional</source>
            <translation>opcional</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/person_form.py" />
            <location filename="../../src/valuejournal/ui/widgets/settings_dialog.py" />
            <source>As the system</source>
            <translation>Como el sistema</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/person_form.py" />
            <source>Your &amp;name</source>
            <translation>Tu &amp;nombre</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/person_form.py" />
            <source>&amp;Business name</source>
            <translation>&amp;Empresa</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/person_form.py" />
            <source>Base &amp;currency</source>
            <translation>Moneda &amp;base</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/person_form.py" />
            <source>Numbers and &amp;dates</source>
            <translation>Números y &amp;fechas</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/person_form.py" />
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/person_form.py" />
            <source>As the system ({name})</source>
            <translation>Como el sistema ({name})</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rate_field.py" />
            <source>No agreed rate</source>
            <translation>Sin tarifa acordada</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rate_field.py" />
            <source>Hourly</source>
            <translation>Por hora</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rate_field.py" />
            <source>Daily (8 h)</source>
            <translation>Por día (8 h)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rate_field.py" />
            <source>Fixed price for the project</source>
            <translation>Precio fijo por el proyecto</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rate_field.py" />
            <source>Monthly retainer</source>
            <translation>Iguala mensual</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rate_field.py" />
            <source>{money} per hour</source>
            <translation>{money} por hora</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rate_field.py" />
            <source>{money} per day</source>
            <translation>{money} por día</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rate_field.py" />
            <source>{money} fixed price</source>
            <translation>{money} precio cerrado</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rate_field.py" />
            <source>{money} a month</source>
            <translation>{money} al mes</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rate_field.py" />
            <source>Type the rate's amount.</source>
            <translation>Escribe el importe de la tarifa.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <source>0–9 value · T = 10 · then 1–5 mood · Enter saves and moves on · S or Tab skips
← back · Backspace steps back · B batch · M mood step · Home first unrated · Esc closes</source>
            <translation>0–9 valor · T = 10 · después 1–5 ánimo · Intro guarda y sigue · S o Tab salta
← atrás · Retroceso vuelve un paso · B lote · M paso de ánimo · Inicio primera sin valorar · Esc cierra</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <source>no pay</source>
            <translation>sin pago</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <source>Whole batch: this client's week (B)</source>
            <translation>Lote entero: la semana de este cliente (B)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <source>Ask for mood (M)</source>
            <translation>Preguntar el ánimo (M)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <source>← Back</source>
            <translation>← Atrás</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <source>Skip (S)</source>
            <translation>Saltar (S)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <source>Value created: keys 0–9, T for 10</source>
            <translation>Valor creado: teclas 0–9, T para 10</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <source>Mood: keys 1–5 (Enter keeps it as it is)</source>
            <translation>Ánimo: teclas 1–5 (Intro lo deja como está)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <source>Enter or Esc closes. Every rating is already saved.</source>
            <translation>Intro o Esc cierra. Todas las valoraciones ya están guardadas.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <source>0 none · 5 some · 10 exceptional</source>
            <translation>0 ninguno · 5 algo · 10 excepcional</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <source>1 drained · 3 all right · 5 great</source>
            <translation>1 agotado · 3 bien · 5 genial</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <source>(no title)</source>
            <translation>(sin título)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <source>All done</source>
            <translation>Todo hecho</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <source>End of the list</source>
            <translation>Fin de la lista</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <source>&lt;b&gt;{r} of {n} rated&lt;/b&gt;</source>
            <translation>&lt;b&gt;{r} de {n} valoradas&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <source>(private) </source>
            <translation>(privada) </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <source>Week of {d} · {k} sessions · {h} h</source>
            <translation>Semana del {d} · {k} sesiones · {h} h</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <source>{k} sessions this week</source>
            <translation>{k} sesiones esta semana</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <source>One rating for all {k} ({r} rated so far)</source>
            <translation>Una sola valoración para las {k} ({r} valoradas hasta ahora)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <source>Not rated yet</source>
            <translation>Aún sin valorar</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <source> · mood {m}</source>
            <translation> · ánimo {m}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <source>• …and {k} more</source>
            <translation>• …y {k} más</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <source>All {n} sessions are rated.</source>
            <translation>Las {n} sesiones están valoradas.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <source>{r} of {n} rated; {k} still to rate (Home goes to the first).</source>
            <translation>{r} de {n} valoradas; quedan {k} por valorar (Inicio va a la primera).</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <source>Session {i} of {n}</source>
            <translation>Sesión {i} de {n}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <source>Sessions {a}–{b} of {n}</source>
            <translation>Sesiones {a}–{b} de {n}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <source>Rated: value {v}</source>
            <translation>Valorada: valor {v}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" />
            <source>By my locale (A4 or Letter)</source>
            <translation>Según mi configuración regional (A4 o Carta)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" />
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" />
            <source>Letter</source>
            <translation>Carta</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" />
            <source>Export PDF</source>
            <translation>Exportar PDF</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" />
            <source>Browse…</source>
            <translation>Examinar…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" />
            <source>Include the sessions’ notes</source>
            <translation>Incluir las notas de las sesiones</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" />
            <source>…including private notes</source>
            <translation>…incluidas las notas privadas</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" />
            <source>Append the weekly reviews’ answers</source>
            <translation>Añadir las respuestas de las revisiones semanales</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" />
            <source>Include the business model canvas page</source>
            <translation>Incluir la página del modelo de negocio (canvas)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" />
            <source>Open the PDF when it is ready</source>
            <translation>Abrir el PDF cuando esté listo</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" />
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" />
            <source>Paper</source>
            <translation>Papel</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" />
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" />
            <source>Exporting… %p%</source>
            <translation>Exportando… %p%</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" />
            <source>Something went wrong while writing the PDF; details are in the log.</source>
            <translation>Algo salió mal al escribir el PDF; los detalles están en el registro.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" />
            <source>Could not export the PDF</source>
            <translation>No se pudo exportar el PDF</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" />
            <source>Give a file name for the PDF.</source>
            <translation>Indica un nombre de archivo para el PDF.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" />
            <source>Saved the PDF to {path}</source>
            <translation>El PDF se guardó en {path}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_figures.py" />
            <source>Reading the quarter…</source>
            <translation>Leyendo el trimestre…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_figures.py" />
            <source>No work sessions logged in this quarter yet. The reflection can still be written, and the PDF will say there is nothing to show.</source>
            <translation>Aún no hay sesiones de trabajo registradas en este trimestre. La reflexión se puede escribir igualmente, y el PDF dirá que no hay nada que mostrar.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_figures.py" />
            <source>Mood · energy · stress</source>
            <translation>Ánimo · energía · estrés</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_figures.py" />
            <source>your own work</source>
            <translation>tu propio trabajo</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_figures.py" />
            <source>{q} at a glance</source>
            <translation>{q} de un vistazo</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_figures.py" />
            <source>No such stretch this quarter.</source>
            <translation>Ningún tramo así este trimestre.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_section.py" />
            <source>Which work made a real difference this quarter, and for whom: clients, community, yourself?</source>
            <translation>¿Qué trabajo marcó una diferencia real este trimestre, y para quién: clientes, comunidad, tú?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_section.py" />
            <source>What came back: money, and also referrals, repeat work, learning, reputation, joy? What is still waiting?</source>
            <translation>¿Qué volvió: dinero, y también recomendaciones, trabajo repetido, aprendizaje, reputación, alegría? ¿Qué sigue pendiente?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_section.py" />
            <source>Where did you give much more than you got, or get paid well for work that meant little? With whom?</source>
            <translation>¿Dónde diste mucho más de lo que recibiste, o te pagaron bien por un trabajo que significó poco? ¿Con quién?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_section.py" />
            <source>One to three concrete changes: rates, clients, hours, what you will say no to.</source>
            <translation>De uno a tres cambios concretos: tarifas, clientes, horas, a qué dirás que no.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_section.py" />
            <source>Anything else worth remembering about this quarter.</source>
            <translation>Cualquier otra cosa que merezca recordar de este trimestre.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_section.py" />
            <source>Write here. Markdown works: **bold**, *italic*, “- ” for a list.</source>
            <translation>Escribe aquí. Funciona Markdown: **negrita**, *cursiva*, «- » para una lista.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_section.py" />
            <source>Nothing written yet.</source>
            <translation>Aún no hay nada escrito.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reminder_banner.py" />
            <source>Snooze</source>
            <translation>Posponer</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reminder_banner.py" />
            <source>Dismiss</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/score_box.py" />
            <source>empty: not rated</source>
            <translation>vacío: sin valorar</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/score_box.py" />
            <source>{n} is not from {low} to {high}</source>
            <translation>{n} no está entre {low} y {high}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/score_box.py" />
            <source>{low}–{high}</source>
            <translation>{low}–{high}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/score_box.py" />
            <source>not a whole number from {low} to {high}</source>
            <translation>no es un número entero entre {low} y {high}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>referral</source>
            <translation>recomendación</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>repeat</source>
            <translation>repetición</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>Ecological impact</source>
            <translation>Impacto ecológico</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>Ecological impact, -2 … +2</source>
            <translation>Impacto ecológico, -2 … +2</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>Economic impact</source>
            <translation>Impacto económico</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>Economic impact, -2 … +2</source>
            <translation>Impacto económico, -2 … +2</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>Social impact</source>
            <translation>Impacto social</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>Social impact, -2 … +2</source>
            <translation>Impacto social, -2 … +2</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>no client</source>
            <translation>sin cliente</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>no project</source>
            <translation>sin proyecto</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>What did you do?</source>
            <translation>¿Qué hiciste?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>Value created, 0–10</source>
            <translation>Valor creado, 0–10</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>Mood, 1 (low) – 5 (great)</source>
            <translation>Ánimo, 1 (bajo) – 5 (genial)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>Energy, 1–5</source>
            <translation>Energía, 1–5</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>Stress, 1 (calm) – 5 (very stressed)</source>
            <translation>Estrés, 1 (en calma) – 5 (muy estresado)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>Energy</source>
            <translation>Energía</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>Stress</source>
            <translation>Estrés</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>Start time</source>
            <translation>Hora de inicio</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>Private notes (never shared unless you ask)</source>
            <translation>Notas privadas (nunca se comparten salvo que lo pidas)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>tags, separated by ;</source>
            <translation>etiquetas, separadas por ;</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>A date in the future</source>
            <translation>Una fecha en el futuro</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>Save on that date</source>
            <translation>Guardar en esa fecha</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>Change the date</source>
            <translation>Cambiar la fecha</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>no: work for pay</source>
            <translation>no: trabajo pagado</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>a gift</source>
            <translation>un regalo</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>new client</source>
            <translation>cliente nuevo</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>the date is in the future</source>
            <translation>la fecha está en el futuro</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>This session is dated {d}, in the future. Save it on that date?</source>
            <translation>Esta sesión tiene fecha del {d}, en el futuro. ¿Guardarla en esa fecha?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>{field}: {problem}</source>
            <translation>{field}: {problem}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" />
            <source>Start</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" />
            <source>&amp;What</source>
            <translation>&amp;Qué</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" />
            <source>N&amp;otes</source>
            <translation>N&amp;otas</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" />
            <source>paid o&amp;n</source>
            <translation>cobrado e&amp;l</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" />
            <source>Also captured</source>
            <translation>También captado</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" />
            <source>Impact</source>
            <translation>Impacto</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" />
            <source>Ta&amp;gs</source>
            <translation>Et&amp;iquetas</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" />
            <source>&amp;Date</source>
            <translation>&amp;Fecha</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" />
            <source>&amp;Hours</source>
            <translation>&amp;Horas</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" />
            <source>&amp;Client</source>
            <translation>&amp;Cliente</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" />
            <source>Pro&amp;ject</source>
            <translation>Pro&amp;yecto</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" />
            <source>&amp;Value</source>
            <translation>&amp;Valor</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" />
            <source>&amp;Pay</source>
            <translation>&amp;Pago</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" />
            <source>&amp;Status</source>
            <translation>E&amp;stado</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" />
            <source>Paid o&amp;n</source>
            <translation>Cobrado e&amp;l</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" />
            <source>&amp;Mood</source>
            <translation>Á&amp;nimo</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" />
            <source>&amp;Energy</source>
            <translation>&amp;Energía</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" />
            <source>S&amp;tress</source>
            <translation>Es&amp;trés</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" />
            <source>&amp;Value created</source>
            <translation>&amp;Valor creado</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" />
            <source>Given on p&amp;urpose</source>
            <translation>Trabajo &amp;gratuito</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/settings_dialog.py" />
            <source>Settings</source>
            <translation>Ajustes</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/settings_dialog.py" />
            <source>You</source>
            <translation>Tú</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/settings_dialog.py" />
            <source>&amp;Theme</source>
            <translation>&amp;Tema</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/settings_dialog.py" />
            <location filename="../../src/valuejournal/ui/widgets/thresholds_dialog.py" />
            <source>Insight thresholds</source>
            <translation>Umbrales del análisis</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/settings_dialog.py" />
            <source>Timer and reminders</source>
            <translation>Cronómetro y recordatorios</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/settings_dialog.py" />
            <source>Light</source>
            <translation>Claro</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/settings_dialog.py" />
            <source>Dark</source>
            <translation>Oscuro</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/skills_dialog.py" />
            <source>Skills</source>
            <translation>Habilidades</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/skills_dialog.py" />
            <source>Tick the tags that name what you are good at. Partners are tags starting with @ (“@Ana”) on the sessions you did with them.</source>
            <translation>Marca las etiquetas que nombran aquello en lo que eres bueno. Los socios son etiquetas que empiezan por @ («@Ana») en las sesiones que hiciste con ellos.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/thresholds_dialog.py" />
            <source>Low value: at most</source>
            <translation>Poco valor: como máximo</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/thresholds_dialog.py" />
            <source>High value: at least</source>
            <translation>Mucho valor: al menos</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/thresholds_dialog.py" />
            <source>High pay: pay rate above this share of your periods</source>
            <translation>Buen pago: tarifa por encima de esta parte de tus periodos</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/thresholds_dialog.py" />
            <source>Judge a day from (hours)</source>
            <translation>Juzgar un día a partir de (horas)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/thresholds_dialog.py" />
            <source>Judge a week from (hours)</source>
            <translation>Juzgar una semana a partir de (horas)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/thresholds_dialog.py" />
            <source>Judge a month from (hours)</source>
            <translation>Juzgar un mes a partir de (horas)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/thresholds_dialog.py" />
            <source>Name a client's balance from (hours)</source>
            <translation>Nombrar la balanza de un cliente a partir de (horas)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/timer_bar.py" />
            <source>Stop… (Ctrl+T)</source>
            <translation>Parar… (Ctrl+T)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/timer_bar.py" />
            <source>No timer running. Ctrl+T starts one for the client and “what” typed above.</source>
            <translation>Ningún cronómetro en marcha. Ctrl+T inicia uno para el cliente y el «qué» escritos arriba.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/timer_bar.py" />
            <source>Start timer (Ctrl+T)</source>
            <translation>Iniciar el cronómetro (Ctrl+T)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/timer_bar.py" />
            <source>● &lt;b&gt;{t}&lt;/b&gt; · {who} · since {since}</source>
            <translation>● &lt;b&gt;{t}&lt;/b&gt; · {who} · desde las {since}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/week_grid.py" />
            <source>◀ Week before</source>
            <translation>◀ Semana anterior</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/week_grid.py" />
            <source>Week after ▶</source>
            <translation>Semana siguiente ▶</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/week_grid.py" />
            <source>Save the week</source>
            <translation>Guardar la semana</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/week_grid.py" />
            <source>Add a row</source>
            <translation>Añadir una fila</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/week_grid.py" />
            <source>Hours per day as in the hours field (1.5, 1:30, 90m); Tab moves, Enter saves every filled cell as a session (unrated: rate them later).</source>
            <translation>Horas por día como en el campo de horas (1.5, 1:30, 90m); Tab avanza, Intro guarda cada celda rellena como una sesión (sin valorar: valóralas después).</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/week_grid.py" />
            <source>client (optional)</source>
            <translation>cliente (opcional)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/week_grid.py" />
            <source>what you did</source>
            <translation>lo que hiciste</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/week_grid.py" />
            <source>Type hours in at least one day first.</source>
            <translation>Primero escribe horas en al menos un día.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/week_grid.py" />
            <source>{day}: {problem}</source>
            <translation>{day}: {problem}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/weekly_answers.py" />
            <source>No weekly review answered in this quarter yet (Go → Weekly review…).</source>
            <translation>Aún no se ha respondido ninguna revisión semanal en este trimestre (Ir → Revisión semanal…).</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/year_grid.py" />
            <source>Year calendar</source>
            <translation>Calendario del año</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/year_grid.py" />
            <source>Nothing logged</source>
            <translation>Nada registrado</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/year_grid.py" />
            <source>{sessions}, {h} h</source>
            <translation>{sessions}, {h} h</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/year_grid.py" />
            <source>Pay: {pay}</source>
            <translation>Pago: {pay}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/year_grid.py" />
            <source>Value: {v}</source>
            <translation>Valor: {v}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/year_grid.py" />
            <source>Pay per hour: {r}</source>
            <translation>Pago por hora: {r}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/year_grid.py" />
            <source>Mood: {m}</source>
            <translation>Ánimo: {m}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/year_grid.py" />
            <source>Value minus pay: {g} (value ×{v}, pay ×{p})</source>
            <translation>Valor menos pago: {g} (valor ×{v}, pago ×{p})</translation>
        </message>
    </context>
</TS>
