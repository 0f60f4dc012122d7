<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>ValueJournal</name>
        <message>
            <location filename="../../src/valuejournal/charts/bubbles.py" />
            <source>Ecological</source>
            <translation>Écologique</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/bubbles.py" />
            <source>Economic</source>
            <translation>Économique</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/bubbles.py" />
            <source>Social</source>
            <translation>Sociale</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/bubbles.py" />
            <source>Mean impact</source>
            <translation>Impact moyen</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/bubbles.py" />
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" />
            <source>Impact on the three bubbles</source>
            <translation>Impact sur les trois bulles</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/bubbles.py" />
            <source>No data in this range (no impacts recorded yet)</source>
            <translation>Aucune donnée sur cette période (aucun impact noté pour l’instant)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/bubbles.py" />
            <source>-2 harm</source>
            <translation>-2 tort</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/bubbles.py" />
            <source>+2 benefit</source>
            <translation>+2 bienfait</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/bubbles.py" />
            <source> (mean {mean})</source>
            <translation> (moyenne {mean})</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/capture.py" />
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" />
            <source>Value created and captured</source>
            <translation>Valeur créée et captée</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/capture.py" />
            <source>Days from the work to the payment</source>
            <translation>Jours entre le travail et le paiement</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/capture.py" />
            <source>Medians: {to_invoice}, {to_cash}</source>
            <translation>Médianes : {to_invoice}, {to_cash}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/capture.py" />
            <source>Waiting to be paid: {money}</source>
            <translation>En attente de paiement : {money}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/capture.py" />
            <source> ({money} invoiced)</source>
            <translation> ({money} facturés)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/capture.py" />
            <source>No payments with a date yet</source>
            <translation>Aucun paiement daté pour l’instant</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/capture.py" />
            <source>median</source>
            <translation>médiane</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/capture.py" />
            <source>Money captured</source>
            <translation>Argent capté</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/capture.py" />
            <source>Total ({currency})</source>
            <translation>Total ({currency})</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/capture.py" />
            <source>no invoice paid yet</source>
            <translation>aucune facture payée pour l’instant</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/capture.py" />
            <source>Paid ({currency})</source>
            <translation>Payé ({currency})</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/capture.py" />
            <source>Value created (at your rates)</source>
            <translation>Valeur créée (à vos tarifs)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/capture.py" />
            <location filename="../../src/valuejournal/ui/widgets/filter_bar.py" />
            <source>Pending</source>
            <translation>En attente</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/capture.py" />
            <source>work → invoice {days} d</source>
            <translation>travail → facture {days} j</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/capture.py" />
            <source> {labels}: {days} d</source>
            <translation> {labels} : {days} j</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/capture.py" />
            <source>invoice → cash {days} d</source>
            <translation>facture → paiement {days} j</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/quadrant.py" />
            <source>Pay against value, per day (dot size: hours)</source>
            <translation>Paie face à la valeur, par jour (taille du point : heures)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/quadrant.py" />
            <source>Pay against value, per week (dot size: hours)</source>
            <translation>Paie face à la valeur, par semaine (taille du point : heures)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/quadrant.py" />
            <source>Pay against value, per month (dot size: hours)</source>
            <translation>Paie face à la valeur, par mois (taille du point : heures)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/charts/quadrant.py" />
            <source>No rated work in this range: %n session(s) wait for a rating.
Rate them on the Journal page with Rate… (keys 0-9, T for 10).</source>
            <translation>
                <numerusform>Aucun travail noté sur cette période : %n séance attend une note.
Notez-les sur la page Journal avec Noter… (touches 0-9, T pour 10).</numerusform>
                <numerusform>Aucun travail noté sur cette période : %n séances attendent une note.
Notez-les sur la page Journal avec Noter… (touches 0-9, T pour 10).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/quadrant.py" />
            <source>High value, low pay</source>
            <translation>Forte valeur, faible paie</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/quadrant.py" />
            <source>High value, high pay</source>
            <translation>Forte valeur, bonne paie</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/quadrant.py" />
            <source>Low value, low pay</source>
            <translation>Faible valeur, faible paie</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/quadrant.py" />
            <location filename="../../src/valuejournal/charts/timeline.py" />
            <location filename="../../src/valuejournal/report/summary.py" />
            <location filename="../../src/valuejournal/ui/widgets/chart_panel.py" />
            <location filename="../../src/valuejournal/ui/widgets/comment_composer.py" />
            <source>High pay, low value</source>
            <translation>Bonne paie, faible valeur</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/quadrant.py" />
            <location filename="../../src/valuejournal/charts/timeline.py" />
            <source>Value created (0-10)</source>
            <translation>Valeur créée (0-10)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/quadrant.py" />
            <source>Mood (1-5)</source>
            <translation>Humeur (1-5)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/scales.py" />
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <location filename="../../src/valuejournal/ui/widgets/year_grid.py" />
            <source>not rated</source>
            <translation>non noté</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/scales.py" />
            <source>Balance per client: value created against value captured</source>
            <translation>Balance par client : valeur créée face à la valeur captée</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/scales.py" />
            <source>Balance per project: value created against value captured</source>
            <translation>Balance par projet : valeur créée face à la valeur captée</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/scales.py" />
            <source>even</source>
            <translation>équilibre</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/charts/scales.py" />
            <source>%n session(s) without an exchange rate</source>
            <translation>
                <numerusform>%n séance sans taux de change</numerusform>
                <numerusform>%n séances sans taux de change</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/scales.py" />
            <source>← you give more than you get        you get more than you give →</source>
            <translation>← vous donnez plus que vous ne recevez        vous recevez plus que vous ne donnez →</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/charts/scales.py" />
            <source> (%n more not shown)</source>
            <translation>
                <numerusform> (%n autre non affiché)</numerusform>
                <numerusform> (%n autres non affichés)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/scales.py" />
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <location filename="../../src/valuejournal/core/weekly_review.py" />
            <source>value {value}</source>
            <translation>valeur {value}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/style.py" />
            <source>No data in this range</source>
            <translation>Aucune donnée sur cette période</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/style.py" />
            <source>Pay per hour ({currency})</source>
            <translation>Paie par heure ({currency})</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/timeline.py" />
            <location filename="../../src/valuejournal/report/summary.py" />
            <location filename="../../src/valuejournal/ui/widgets/chart_panel.py" />
            <location filename="../../src/valuejournal/ui/widgets/comment_composer.py" />
            <source>High value, no pay</source>
            <translation>Forte valeur, sans paie</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/timeline.py" />
            <source>Pay and value over time</source>
            <translation>Paie et valeur au fil du temps</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/timeline.py" />
            <location filename="../../src/valuejournal/charts/wellbeing.py" />
            <location filename="../../src/valuejournal/report/summary.py" />
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <location filename="../../src/valuejournal/ui/widgets/reflection_figures.py" />
            <source>Pay per hour</source>
            <translation>Paie par heure</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/timeline.py" />
            <location filename="../../src/valuejournal/charts/wellbeing.py" />
            <source>Value (0-10)</source>
            <translation>Valeur (0-10)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/wellbeing.py" />
            <source>pay</source>
            <translation>paie</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/wellbeing.py" />
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <location filename="../../src/valuejournal/ui/widgets/reflection_figures.py" />
            <source>value</source>
            <translation>valeur</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/charts/wellbeing.py" />
            <location filename="../../src/valuejournal/core/insights/engine.py" />
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n jour</numerusform>
                <numerusform>%n jours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/charts/wellbeing.py" />
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>%n week(s)</source>
            <translation>
                <numerusform>%n semaine</numerusform>
                <numerusform>%n semaines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/charts/wellbeing.py" />
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n mois</numerusform>
                <numerusform>%n mois</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/wellbeing.py" />
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" />
            <source>mood</source>
            <translation>humeur</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/wellbeing.py" />
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" />
            <source>energy</source>
            <translation>énergie</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/wellbeing.py" />
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" />
            <source>stress</source>
            <translation>stress</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/wellbeing.py" />
            <source>Mean (1-5)</source>
            <translation>Moyenne (1-5)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/wellbeing.py" />
            <source>Wellbeing, value and pay</source>
            <translation>Bien-être, valeur et paie</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/wellbeing.py" />
            <source>No data in this range (no mood, energy or stress yet)</source>
            <translation>Aucune donnée sur cette période (ni humeur, ni énergie, ni stress pour l’instant)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/wellbeing.py" />
            <location filename="../../src/valuejournal/report/documents.py" />
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <location filename="../../src/valuejournal/ui/session_model.py" />
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/wellbeing.py" />
            <source>Pay/h ({currency})</source>
            <translation>Paie/h ({currency})</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/wellbeing.py" />
            <source>Mood diary</source>
            <translation>Journal d’humeur</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/commands/canvas.py" />
            <location filename="../../src/valuejournal/ui/widgets/comment_list.py" />
            <source>(withdrawn by the coach)</source>
            <translation>(retiré par le coach)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/commands/canvas.py" />
            <source>Reply by {author} on {date}: {text}</source>
            <translation>Réponse de {author} du {date} : {text}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/commands/canvas.py" />
            <source>closed, evidence as kept</source>
            <translation>clos, éléments tels que conservés</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/commands/canvas.py" />
            <source>evidence computed now</source>
            <translation>éléments calculés maintenant</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/commands/canvas.py" />
            <source>Comment by {author} on {date}, resolved: {text}</source>
            <translation>Commentaire de {author} du {date}, résolu : {text}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/commands/canvas.py" />
            <source>Comment by {author} on {date}: {text}</source>
            <translation>Commentaire de {author} du {date} : {text}</translation>
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
            <translation>Canvas {quarter} ({state}) : {sessions}, {hours} h</translation>
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
                <numerusform>%n séance</numerusform>
                <numerusform>%n séances</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/commands/canvas.py" />
            <source>(nothing this quarter)</source>
            <translation>(rien ce trimestre)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/commands/canvas.py" />
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" />
            <source>Against {quarter}:</source>
            <translation>Par rapport à {quarter} :</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/commands/canvas.py" />
            <source>Your words: {text}</source>
            <translation>Vos mots : {text}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/blocks.py" />
            <source>Key partners</source>
            <translation>Partenaires clés</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/blocks.py" />
            <source>Who helps you</source>
            <translation>Qui vous aide</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/blocks.py" />
            <source>Key activities</source>
            <translation>Activités clés</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/blocks.py" />
            <source>What you do</source>
            <translation>Ce que vous faites</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/blocks.py" />
            <source>Key resources</source>
            <translation>Ressources clés</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/blocks.py" />
            <source>Who you are and what you have</source>
            <translation>Qui vous êtes et ce que vous avez</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/blocks.py" />
            <source>Value provided</source>
            <translation>Valeur apportée</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/blocks.py" />
            <source>How you help</source>
            <translation>Comment vous aidez</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/blocks.py" />
            <source>Customer relationships</source>
            <translation>Relation client</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/blocks.py" />
            <source>How you interact</source>
            <translation>Comment vous interagissez</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/blocks.py" />
            <source>Channels</source>
            <translation>Canaux</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/blocks.py" />
            <source>How they find you and how you deliver</source>
            <translation>Comment on vous trouve et comment vous livrez</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/blocks.py" />
            <source>Customers</source>
            <translation>Clients</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/blocks.py" />
            <source>Whom you help</source>
            <translation>Qui vous aidez</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/blocks.py" />
            <source>Costs</source>
            <translation>Coûts</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/blocks.py" />
            <source>What you give</source>
            <translation>Ce que vous donnez</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/blocks.py" />
            <source>Revenue and benefits</source>
            <translation>Revenus et bénéfices</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/blocks.py" />
            <source>What you get</source>
            <translation>Ce que vous recevez</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/evidence.py" />
            <source>Untitled</source>
            <translation>Sans titre</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/evidence.py" />
            <source>No client: pro bono</source>
            <translation>Sans client : pro bono</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/evidence.py" />
            <source>No client: gifts</source>
            <translation>Sans client : cadeaux</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/evidence.py" />
            <source>No client: own work</source>
            <translation>Sans client : travail personnel</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>vendor relationship: you give about {ratio}× what you get</source>
            <translation>relation de fournisseur : vous donnez environ {ratio}× ce que vous recevez</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>you get about {ratio}× what you give</source>
            <translation>vous recevez environ {ratio}× ce que vous donnez</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>best return for both: the scales are balanced</source>
            <translation>le meilleur rendement pour les deux : la balance est équilibrée</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>balance unknown until the work is rated</source>
            <translation>balance inconnue tant que le travail n’est pas noté</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>referrals</source>
            <translation>recommandations</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>repeat business</source>
            <translation>missions renouvelées</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>learning</source>
            <translation>apprentissage</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>reputation</source>
            <translation>réputation</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>joy</source>
            <translation>joie</translation>
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
            <translation>cadeaux</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>{block} · {name}: new in {after}, {now} of your hours.</source>
            <translation>{block} · {name} : nouveau en {after}, {now} de vos heures.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>{block} · {name}: new in {after}, {now} of your pay.</source>
            <translation>{block} · {name} : nouveau en {after}, {now} de votre paie.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>{block} · {name}: {was} of your hours in {before}, none in {after}.</source>
            <translation>{block} · {name} : {was} de vos heures en {before}, rien en {after}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>{block} · {name}: {was} of your pay in {before}, none in {after}.</source>
            <translation>{block} · {name} : {was} de votre paie en {before}, rien en {after}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>{block} · {name}: {was} of your hours in {before}, {now} in {after}.</source>
            <translation>{block} · {name} : {was} de vos heures en {before}, {now} en {after}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>{block} · {name}: {was} of your pay in {before}, {now} in {after}.</source>
            <translation>{block} · {name} : {was} de votre paie en {before}, {now} en {after}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>stress {value}/5</source>
            <translation>stress {value}/5</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>energy {value}/5</source>
            <translation>énergie {value}/5</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>ecological {value}</source>
            <translation>écologique {value}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>economic {value}</source>
            <translation>économique {value}</translation>
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
            <translation>{list} ; {item}</translation>
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
            <translation>{name} : {hours} ({share}), {value}, {pay}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>{name}: {hours}, {value}</source>
            <translation>{name} : {hours}, {value}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>{kind}: {sessions}</source>
            <translation>{kind} : {sessions}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>{name}: {n} value-hours, {value}</source>
            <translation>{name} : {n} heures-valeur, {value}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>{name}: {tip}</source>
            <translation>{name} : {tip}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>{paid} paid or pending ({pending} pending)</source>
            <translation>{paid} payé ou en attente ({pending} en attente)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>{name}: {pay} ({share})</source>
            <translation>{name} : {pay} ({share})</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>{hours} of work, {strained} under strain</source>
            <translation>{hours} de travail, {strained} sous tension</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>value not captured: {hours}</source>
            <translation>valeur non captée : {hours}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>{name} moved from {was} in {before} to {now} in {after}.</source>
            <translation>{name} est passé de {was} en {before} à {now} en {after}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>{name}: {hours}, {value}, {rate}</source>
            <translation>{name} : {hours}, {value}, {rate}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>new clients: {names}</source>
            <translation>nouveaux clients : {names}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>returning: {names}</source>
            <translation>de retour : {names}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>beyond money: {captures}</source>
            <translation>au-delà de l’argent : {captures}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>chosen giving: {given}</source>
            <translation>don choisi : {given}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/canvas/words.py" />
            <source>bubbles: {bubbles}</source>
            <translation>bulles : {bubbles}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/coach.py" />
            <source>The scales tip far with {name}: you give {ratio}× what you get</source>
            <translation>La balance penche fort avec {name} : vous donnez {ratio}× ce que vous recevez</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/coach.py" />
            <source>The scales tip far with {name}: you get {ratio}× what you give</source>
            <translation>La balance penche fort avec {name} : vous recevez {ratio}× ce que vous donnez</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/core/coach.py" />
            <source>{money} waiting to be paid, the oldest for %n day(s)</source>
            <translation>
                <numerusform>{money} en attente de paiement, le plus ancien depuis %n jour</numerusform>
                <numerusform>{money} en attente de paiement, le plus ancien depuis %n jours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/core/coach.py" />
            <source>Stress rising ({s0} → {s1}) and mood falling ({m0} → {m1}) over %n week(s) since {day}</source>
            <translation>
                <numerusform>Stress en hausse ({s0} → {s1}) et humeur en baisse ({m0} → {m1}) sur %n semaine depuis le {day}</numerusform>
                <numerusform>Stress en hausse ({s0} → {s1}) et humeur en baisse ({m0} → {m1}) sur %n semaines depuis le {day}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/entities.py" />
            <source>Value created, and for whom</source>
            <translation>La valeur créée, et pour qui</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/entities.py" />
            <source>Value captured: money and otherwise</source>
            <translation>La valeur captée : l’argent et le reste</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/entities.py" />
            <source>Where the scales tipped, and with whom</source>
            <translation>Où la balance a penché, et avec qui</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/entities.py" />
            <source>What I will change next quarter</source>
            <translation>Ce que je changerai le trimestre prochain</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/entities.py" />
            <source>Free notes</source>
            <translation>Notes libres</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/homework.py" />
            <source>A task</source>
            <translation>Une tâche</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/homework.py" />
            <source>Raise a client's rate by a percentage</source>
            <translation>Augmenter le tarif d’un client d’un pourcentage</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/homework.py" />
            <source>Rate every session for a while</source>
            <translation>Noter chaque séance pendant un temps</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/homework.py" />
            <source>At most so many hours of high-pay, low-value work</source>
            <translation>Au plus tant d’heures de travail bien payé et de faible valeur</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/homework.py" />
            <source>Rate every session</source>
            <translation>Noter chaque séance</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/core/homework.py" />
            <source>No paid {client} work in the %n day(s) before</source>
            <translation>
                <numerusform>Aucun travail payé pour {client} dans le %n jour d’avant</numerusform>
                <numerusform>Aucun travail payé pour {client} dans les %n jours d’avant</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/homework.py" />
            <source>Marked done</source>
            <translation>Marquée comme faite</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/homework.py" />
            <source>Not marked done yet</source>
            <translation>Pas encore marquée comme faite</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/homework.py" />
            <source>No sessions in the range yet</source>
            <translation>Pas encore de séance sur la période</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/core/homework.py" />
            <source>{rated} of %n session(s) rated</source>
            <translation>
                <numerusform>{rated} séance notée sur %n</numerusform>
                <numerusform>{rated} séances notées sur %n</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/homework.py" />
            <source>{client}: {before} before, {since} since ({change} % of +{target} %)</source>
            <translation>{client} : {before} avant, {since} depuis ({change} % sur +{target} %)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/homework.py" />
            <source>{used} h of at most {cap} h so far</source>
            <translation>{used} h sur {cap} h au plus jusqu’ici</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/homework.py" />
            <source>Raise the {client} rate by {n} %</source>
            <translation>Augmenter le tarif de {client} de {n} %</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/homework.py" />
            <source>At most {hours} h of high-pay, low-value work</source>
            <translation>Au plus {hours} h de travail bien payé et de faible valeur</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/homework.py" />
            <source>{client}: {before} before; no work since yet</source>
            <translation>{client} : {before} avant ; pas encore de travail depuis</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/homework.py" />
            <source>Starts on {day}</source>
            <translation>Commence le {day}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/balance.py" />
            <source>No client (personal / pro bono)</source>
            <translation>Sans client (personnel / pro bono)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/core/insights/engine.py" />
            <source>up to %n day(s)</source>
            <translation>
                <numerusform>jusqu’à %n jour</numerusform>
                <numerusform>jusqu’à %n jours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/core/insights/engine.py" />
            <source>%n session(s) in {currencies} counted at a guessed exchange rate from {days} after the work (the nearest known): import the ECB's rates or add the days' rates for exact figures.</source>
            <translation>
                <numerusform>%n séance en {currencies} comptée à un taux de change supposé de {days} après le travail (le plus proche connu) : importez les taux de la BCE ou ajoutez ceux de ces jours pour des chiffres exacts.</numerusform>
                <numerusform>%n séances en {currencies} comptées à un taux de change supposé de {days} après le travail (le plus proche connu) : importez les taux de la BCE ou ajoutez ceux de ces jours pour des chiffres exacts.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/core/insights/engine.py" />
            <source>%n session(s) in {currencies} counted at a guessed exchange rate from {days} before the work (the nearest known, more than {limit} days older than the work): import the ECB's rates or add the days' rates for exact figures.</source>
            <translation>
                <numerusform>%n séance en {currencies} comptée à un taux de change supposé de {days} avant le travail (le plus proche connu, plus de {limit} jours avant le travail) : importez les taux de la BCE ou ajoutez ceux de ces jours pour des chiffres exacts.</numerusform>
                <numerusform>%n séances en {currencies} comptées à un taux de change supposé de {days} avant le travail (le plus proche connu, plus de {limit} jours avant le travail) : importez les taux de la BCE ou ajoutez ceux de ces jours pour des chiffres exacts.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/core/insights/engine.py" />
            <source>None of the %n session(s) is rated yet, so the value figures wait for your ratings.</source>
            <translation>
                <numerusform>Aucune séance n’est encore notée (%n au total) : les chiffres de valeur attendent vos notes.</numerusform>
                <numerusform>Aucune séance n’est encore notée (%n au total) : les chiffres de valeur attendent vos notes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/core/insights/engine.py" />
            <source>%n session(s) in {currency} without an exchange rate to {base}: {amount} is not counted in these figures. Add one with Edit → Exchange rates… or `valuejournal rates add {currency} RATE --date {day}` (RATE: {currency} per 1 {base}).</source>
            <translation>
                <numerusform>%n séance en {currency} sans taux de change vers {base} : {amount} n’est pas compté dans ces chiffres. Ajoutez-en un avec Édition → Taux de change… ou `valuejournal rates add {currency} RATE --date {day}` (RATE : {currency} pour 1 {base}).</numerusform>
                <numerusform>%n séances en {currency} sans taux de change vers {base} : {amount} n’est pas compté dans ces chiffres. Ajoutez-en un avec Édition → Taux de change… ou `valuejournal rates add {currency} RATE --date {day}` (RATE : {currency} pour 1 {base}).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/engine.py" />
            <source>{unrated} of {total} sessions are not rated yet; value rests on the {rated} rated ones.</source>
            <translation>{unrated} séances sur {total} ne sont pas encore notées ; la valeur repose sur les {rated} séances notées.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>days</source>
            <translation>jours</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>weeks</source>
            <translation>semaines</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>months</source>
            <translation>mois</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>pay rate</source>
            <translation>taux horaire</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>There is nothing to show yet: the journal has no work sessions.</source>
            <translation>Rien à montrer pour l’instant : le journal ne contient aucune séance de travail.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>the balance is unknown until the work is rated</source>
            <translation>la balance reste inconnue tant que le travail n’est pas noté</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>mostly your own work</source>
            <translation>surtout pour vous-même</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <location filename="../../src/valuejournal/core/weekly_review.py" />
            <source>unrated</source>
            <translation>non noté</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>the scales are balanced</source>
            <translation>la balance est équilibrée</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>the balance waits for an exchange rate for %n session(s)</source>
            <translation>
                <numerusform>le bilan attend un taux de change pour %n séance</numerusform>
                <numerusform>le bilan attend un taux de change pour %n séances</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>not known yet (no paid periods)</source>
            <translation>encore inconnu (aucune période payée)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>{hours} of it was chosen giving (pro bono {pro_bono}, gifts {gifts}): the balance, the spans and the capture leave it out, so it never reads as value not captured.</source>
            <translation>{hours} relevaient du don choisi (pro bono {pro_bono}, cadeaux {gifts}) : l'équilibre, les périodes et la captation les laissent de côté, pour qu'ils ne comptent jamais comme de la valeur non captée.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>Between {start} and {end} you logged {hours} over {sessions}</source>
            <translation>Du {start} au {end}, vous avez noté {hours} en {sessions}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>{when} you put {hours} into high-value work ({value}) that nothing was paid for, {who}.</source>
            <translation>{when}, vous avez consacré {hours} à un travail de forte valeur ({value}) que personne n’a payé, {who}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>paid {paid} against your alternative rate of {rate}</source>
            <translation>payé {paid} face à votre tarif alternatif de {rate}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>paid {paid} against your median rate of {rate}</source>
            <translation>payé {paid} face à votre tarif médian de {rate}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>%n session(s) without an exchange rate not counted</source>
            <translation>
                <numerusform>%n séance sans taux de change non comptée</numerusform>
                <numerusform>%n séances sans taux de change non comptées</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>With {client} {tip}{details}.</source>
            <translation>Avec {client}, {tip}{details}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>The scales tip furthest with {client}: {tip}{details}.</source>
            <translation>C’est avec {client} que la balance penche le plus : {tip}{details}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>{money} is not invoiced yet</source>
            <translation>{money} ne sont pas encore facturés</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>{money} is invoiced and unpaid</source>
            <translation>{money} sont facturés et impayés</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>Over {periods}, your {measure} was clearly higher when your {against} was higher</source>
            <translation>Sur {periods}, votre {measure} montait nettement quand votre {against} montait</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>Over {periods}, your {measure} was somewhat higher when your {against} was higher</source>
            <translation>Sur {periods}, votre {measure} montait un peu quand votre {against} montait</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>Over {periods}, your {measure} was clearly lower when your {against} was higher</source>
            <translation>Sur {periods}, votre {measure} baissait nettement quand votre {against} montait</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>Over {periods}, your {measure} was somewhat lower when your {against} was higher</source>
            <translation>Sur {periods}, votre {measure} baissait un peu quand votre {against} montait</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" />
            <source>ecological</source>
            <translation>écologique</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" />
            <source>economic</source>
            <translation>économique</translation>
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
            <translation>Aucune séquence où la paie et la valeur se séparent sur cette période.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>No client's scales tip far enough to name.</source>
            <translation>La balance d’aucun client ne penche assez pour le citer.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>No money is waiting and no payment has a date yet.</source>
            <translation>Aucun argent n’attend et aucun paiement n’est encore daté.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>No notable link between mood, energy or stress and pay or value.</source>
            <translation>Aucun lien notable entre l’humeur, l’énergie ou le stress et la paie ou la valeur.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>No impacts recorded yet.</source>
            <translation>Aucun impact noté pour l’instant.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>No project's scales tip far enough to name.</source>
            <translation>La balance d’aucun projet ne penche assez pour le citer.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>There is nothing to show yet: no work sessions between {start} and {end}.</source>
            <translation>Rien à montrer pour l’instant : aucune séance de travail du {start} au {end}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>, earning {money}</source>
            <translation>, pour {money} gagnés</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>, with an average value of {value}/10</source>
            <translation>, avec une valeur moyenne de {value}/10</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>On {day}</source>
            <translation>Le {day}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>Between {start} and {end}</source>
            <translation>Du {start} au {end}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>mostly for {client}</source>
            <translation>surtout pour {client}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>value {value}/10</source>
            <translation>valeur {value}/10</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>{when} you spent {hours} in high-pay, low-value work ({details}), {who}.</source>
            <translation>{when}, vous avez passé {hours} sur un travail bien payé mais de faible valeur ({details}), {who}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>at least {ratio}×</source>
            <translation>au moins {ratio}×</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>about {ratio}×</source>
            <translation>environ {ratio}×</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>you give {times} what you get</source>
            <translation>vous donnez {times} ce que vous recevez</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>you get {times} what you give</source>
            <translation>vous recevez {times} ce que vous donnez</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>Work waited a median {days} to be invoiced, and invoices a median {paid} to be paid.</source>
            <translation>Le travail a attendu en médiane {days} avant d’être facturé, et les factures en médiane {paid} avant d’être payées.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>Work waited a median {days} to be invoiced.</source>
            <translation>Le travail a attendu en médiane {days} avant d’être facturé.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source> Of the money waiting, {first} and {second}.</source>
            <translation> De l’argent en attente, {first} et {second}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source> (r = {r}).</source>
            <translation> (r = {r}).</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>at least {rate}</source>
            <translation>au moins {rate}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>High pay: a pay rate in the top third of your own {periods}, {pay}.</source>
            <translation>Bonne paie : un taux horaire dans le tiers supérieur de vos propres {periods}, {pay}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>Low value: {low}/10 or less. High value: {high}/10 or more.</source>
            <translation>Faible valeur : {low}/10 ou moins. Forte valeur : {high}/10 ou plus.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>A client is named for the furthest-tipping scales only from {hours} h of work with them.</source>
            <translation>Un client n’est cité pour la balance la plus penchée qu’à partir de {hours} h de travail avec lui.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>{money} is still waiting to be paid, from {sessions}; the oldest dates from {day} ({days} ago).</source>
            <translation>{money} attendent encore d’être payés, pour {sessions} ; la plus ancienne date du {day} (il y a {days}).</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>Half of the money you were paid arrived within {median} days of the work, nine tenths within {p90} days.</source>
            <translation>La moitié de l’argent qui vous a été payé est arrivée dans les {median} jours suivant le travail, les neuf dixièmes dans les {p90} jours.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source> Of the money waiting, {first}.</source>
            <translation> De l’argent en attente, {first}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>{periods} with less than {hours} h of rated work are not judged.</source>
            <translation>Aucun jugement sur les {periods} comptant moins de {hours} h de travail noté.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>Mean impact on the bubbles (-2 to +2): {means}.</source>
            <translation>Impact moyen sur les bulles (de -2 à +2) : {means}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/core/insights/summary.py" />
            <source>%n shorter span(s) like these add {hours}.</source>
            <translation>
                <numerusform>%n séquence plus courte comme celles-ci ajoute {hours}.</numerusform>
                <numerusform>%n séquences plus courtes comme celles-ci ajoutent {hours}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/weekly_review.py" />
            <source>What was the most valuable hour of last week, and why?</source>
            <translation>Quelle a été l’heure la plus précieuse de la semaine dernière, et pourquoi ?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/weekly_review.py" />
            <source>What will you stop doing this week?</source>
            <translation>Qu’allez-vous arrêter de faire cette semaine ?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/weekly_review.py" />
            <source>You logged nothing last week: was that rest, or did logging slip?</source>
            <translation>Vous n’avez rien noté la semaine dernière : était-ce du repos, ou la saisie a-t-elle glissé ?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/weekly_review.py" />
            <source>What value did you create last week that no session shows?</source>
            <translation>Quelle valeur avez-vous créée la semaine dernière qu’aucune séance ne montre ?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/weekly_review.py" />
            <source>What one thing will you do differently this week?</source>
            <translation>Quelle chose ferez-vous autrement cette semaine ?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/weekly_review.py" />
            <source>what would change that?</source>
            <translation>qu’est-ce qui changerait cela ?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/weekly_review.py" />
            <source>how do you get more work like that?</source>
            <translation>comment obtenir plus de travail de ce genre ?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/weekly_review.py" />
            <source>what would make it worth more?</source>
            <translation>qu’est-ce qui lui donnerait plus de valeur ?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/weekly_review.py" />
            <source>on your own work</source>
            <translation>sur votre propre travail</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/weekly_review.py" />
            <source>You gave {hours} h pro bono or as gifts: did it give back what you hoped?</source>
            <translation>Vous avez donné {hours} h en pro bono ou en cadeau : cela vous a-t-il rendu ce que vous espériez ?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/weekly_review.py" />
            <source>on “{title}”</source>
            <translation>sur « {title} »</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/weekly_review.py" />
            <source>Your mood was lowest on {day} ({mood} of 5), {what}: what drained you, and what would help?</source>
            <translation>Votre humeur a été la plus basse le {day} ({mood} sur 5), {what} : qu’est-ce qui vous a épuisé, et qu’est-ce qui aiderait ?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/weekly_review.py" />
            <source>{client} paid you the most per hour ({rate}, {value}): is that the work you want more of?</source>
            <translation>{client} vous a le mieux payé par heure ({rate}, {value}) : est-ce le travail que vous voulez davantage ?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/weekly_review.py" />
            <source>You spent {hours} h for {client} and rated none of it: how did it go?</source>
            <translation>Vous avez passé {hours} h pour {client} sans rien noter : comment ça s’est passé ?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/weekly_review.py" />
            <source>You spent {hours} h on your own work and rated none of it: how did it go?</source>
            <translation>Vous avez passé {hours} h sur votre propre travail sans rien noter : comment ça s’est passé ?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/weekly_review.py" />
            <source>You spent {hours} h for {client} at value {value}: {question}</source>
            <translation>Vous avez passé {hours} h pour {client} à une valeur de {value} : {question}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/weekly_review.py" />
            <source>You spent {hours} h on your own work at value {value}: {question}</source>
            <translation>Vous avez passé {hours} h sur votre propre travail à une valeur de {value} : {question}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/weekly_review.py" />
            <source>You put {hours} h of high-value work for {clients} into the week without pay: how could you capture some of that value?</source>
            <translation>Vous avez mis {hours} h de travail de forte valeur pour {clients} dans la semaine sans être payé : comment capter une part de cette valeur ?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/weekly_review.py" />
            <source>You put {hours} h of high-value work into the week without pay: how could you capture some of that value?</source>
            <translation>Vous avez mis {hours} h de travail de forte valeur dans la semaine sans être payé : comment capter une part de cette valeur ?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/weekly_review.py" />
            <source>on work for {client}</source>
            <translation>sur du travail pour {client}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/interop/clockify.py" />
            <source>Clockify detailed report</source>
            <translation>Rapport détaillé Clockify</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/interop/harvest.py" />
            <source>Harvest time report</source>
            <translation>Rapport de temps Harvest</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/interop/importer.py" />
            <source>Value Journal CSV</source>
            <translation>CSV de Value Journal</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/interop/kimai.py" />
            <source>Kimai timesheet export</source>
            <translation>Export des feuilles de temps Kimai</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/interop/plan.py" />
            <source>shorter than a minute</source>
            <translation>de moins d’une minute</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/interop/plan.py" />
            <source>longer than 24 hours</source>
            <translation>de plus de 24 heures</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/interop/plan.py" />
            <source>a totals row</source>
            <translation>une ligne de totaux</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/interop/plan.py" />
            <source>an exact repeat of another row</source>
            <translation>une répétition exacte d’une autre ligne</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/interop/plan.py" />
            <source>another person's work</source>
            <translation>le travail d’une autre personne</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/interop/toggl.py" />
            <source>Toggl Track detailed report</source>
            <translation>Rapport détaillé Toggl Track</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/canvas.py" />
            <source>Page {page} of {total}</source>
            <translation>Page {page} sur {total}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/canvas_sheet.py" />
            <source>Business model canvas {quarter}</source>
            <translation>Canvas du modèle économique {quarter}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/canvas_sheet.py" />
            <location filename="../../src/valuejournal/ui/widgets/canvas_block.py" />
            <source>Nothing this quarter.</source>
            <translation>Rien ce trimestre.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/canvas_sheet.py" />
            <source>Closed on {date}: the evidence as it was then.</source>
            <translation>Clos le {date} : les éléments tels qu’ils étaient alors.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/canvas_sheet.py" />
            <source>From {n} sessions, {h}; your words under each block.</source>
            <translation>À partir de {n} séances, {h} ; vos mots sous chaque bloc.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/cover.py" />
            <source>VALUE JOURNAL</source>
            <translation>VALUE JOURNAL</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/cover.py" />
            <source>Quarterly reflection</source>
            <translation>Réflexion trimestrielle</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/cover.py" />
            <source>The same charts as on the Insights page, for this quarter, week by week.</source>
            <translation>Les mêmes graphiques que sur la page Analyses, pour ce trimestre, semaine par semaine.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/cover.py" />
            <source>Prepared on {date} from the journal “{name}”.</source>
            <translation>Préparé le {date} à partir du journal « {name} ».</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/cover.py" />
            <location filename="../../src/valuejournal/report/summary.py" />
            <location filename="../../src/valuejournal/ui/widgets/reflection_figures.py" />
            <source>Hours worked</source>
            <translation>Heures travaillées</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/cover.py" />
            <location filename="../../src/valuejournal/report/summary.py" />
            <location filename="../../src/valuejournal/ui/widgets/reflection_figures.py" />
            <source>Pay earned</source>
            <translation>Paie perçue</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/cover.py" />
            <location filename="../../src/valuejournal/ui/widgets/reflection_figures.py" />
            <source>Average value</source>
            <translation>Valeur moyenne</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/cover.py" />
            <source>Charts</source>
            <translation>Graphiques</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <source>Value created for each client against value captured from them. The yardstick for the pay is the client’s alternative rate when you set one, otherwise your median rate.</source>
            <translation>La valeur créée pour chaque client face à la valeur captée auprès de lui. L’étalon de la paie est le tarif alternatif du client si vous en avez fixé un, sinon votre tarif médian.</translation>
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
            <translation>Client</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <location filename="../../src/valuejournal/ui/session_model.py" />
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>Hours</source>
            <translation>Heures</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <location filename="../../src/valuejournal/ui/session_model.py" />
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>Pay</source>
            <translation>Paie</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <source>Per hour</source>
            <translation>Par heure</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <source>Yardstick</source>
            <translation>Étalon</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <location filename="../../src/valuejournal/ui/widgets/reflection_figures.py" />
            <source>The scales</source>
            <translation>La balance</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <location filename="../../src/valuejournal/ui/dialogs/invoice_dialog.py" />
            <source>Number</source>
            <translation>Numéro</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <source>Sent</source>
            <translation>Envoyée</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <location filename="../../src/valuejournal/ui/widgets/filter_bar.py" />
            <source>Paid</source>
            <translation>Payé</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <source>Amount</source>
            <translation>Montant</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" />
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <location filename="../../src/valuejournal/ui/widgets/reflection_figures.py" />
            <source>Sessions</source>
            <translation>Séances</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" />
            <source>Balance per client</source>
            <translation>Balance par client</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <source>alternative rate</source>
            <translation>tarif alternatif</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <source>median rate</source>
            <translation>tarif médian</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <source>Value counts hours times the value you gave the work (5/10 is ordinary work); pay counts money paid or pending for it. Work without a client is listed for completeness: giving is its purpose.</source>
            <translation>La valeur compte les heures multipliées par la valeur donnée au travail (5/10 est un travail ordinaire) ; la paie compte l’argent payé ou en attente pour ce travail. Le travail sans client figure pour être complet : donner est son but.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <source>The invoices sent in {quarter}: when each was paid, or how many days past its due date it was on {today}.</source>
            <translation>Les factures envoyées en {quarter} : quand chacune a été payée, ou de combien de jours elle dépassait son échéance le {today}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" />
            <source>Invoices</source>
            <translation>Factures</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <source>Invoiced: {sent}. Not paid yet: {unpaid}.</source>
            <translation>Facturé : {sent}. Pas encore payé : {unpaid}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <source>Reflection</source>
            <translation>Réflexion</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <source>Session notes</source>
            <translation>Notes des séances</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <source>Appendix: weekly reviews</source>
            <translation>Annexe : bilans hebdomadaires</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <source>{n} days overdue</source>
            <translation>{n} jours de retard</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <source>not yet</source>
            <translation>pas encore</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <source>No session in this quarter has a note.</source>
            <translation>Aucune séance de ce trimestre n’a de note.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <source>private</source>
            <translation>privée</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <source>No weekly review was answered in this quarter.</source>
            <translation>Aucun bilan hebdomadaire n’a été rempli ce trimestre.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <source>Last edited on {date}</source>
            <translation>Modifié pour la dernière fois le {date}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" />
            <source>No reflection has been written for {q} yet.</source>
            <translation>Aucune réflexion n’a encore été écrite pour {q}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/render.py" />
            <source>{owner} · Reflection {quarter}</source>
            <translation>{owner} · Réflexion {quarter}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/render.py" />
            <source>Reflection {quarter} — {owner}</source>
            <translation>Réflexion {quarter} — {owner}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>Not known yet</source>
            <translation>Encore inconnu</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>pending from %n session(s)</source>
            <translation>
                <numerusform>en attente pour %n séance</numerusform>
                <numerusform>en attente pour %n séances</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>Balanced</source>
            <translation>Équilibrée</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>Not known: %n session(s) without an exchange rate</source>
            <translation>
                <numerusform>Inconnu : %n séance sans taux de change</numerusform>
                <numerusform>Inconnu : %n séances sans taux de change</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>no paid weeks to compare with</source>
            <translation>aucune semaine payée pour comparer</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>%n session(s) not rated</source>
            <translation>
                <numerusform>%n séance non notée</numerusform>
                <numerusform>%n séances non notées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>, the oldest %n day(s)</source>
            <translation>
                <numerusform>, la plus ancienne depuis %n jour</numerusform>
                <numerusform>, la plus ancienne depuis %n jours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>Work waited a median %n day(s) to be invoiced</source>
            <translation>
                <numerusform>Le travail a attendu en médiane %n jour avant d’être facturé</numerusform>
                <numerusform>Le travail a attendu en médiane %n jours avant d’être facturé</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>not known yet</source>
            <translation>encore inconnu</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>The quarter at a glance</source>
            <translation>Le trimestre en un coup d’œil</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>over {n} sessions</source>
            <translation>sur {n} séances</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>{paid} paid · {pending} pending</source>
            <translation>{paid} payés · {pending} en attente</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>energy {e} · stress {s}</source>
            <translation>énergie {e} · stress {s}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" />
            <location filename="../../src/valuejournal/ui/widgets/reflection_figures.py" />
            <source>Waiting to be captured</source>
            <translation>En attente d’être capté</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>nothing paid</source>
            <translation>rien de payé</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>, and invoices a median %n day(s) to be paid</source>
            <translation>
                <numerusform>, et les factures en médiane %n jour avant d’être payées</numerusform>
                <numerusform>, et les factures en médiane %n jours avant d’être payées</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>How to read this</source>
            <translation>Comment lire ceci</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>at least {times}</source>
            <translation>au moins {times}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>You give {times} what you get</source>
            <translation>Vous donnez {times} ce que vous recevez</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>You get {times} what you give</source>
            <translation>Vous recevez {times} ce que vous donnez</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>high pay from {rate}</source>
            <translation>bonne paie à partir de {rate}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>over {h} rated</source>
            <translation>sur {h} notées</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>Average value created</source>
            <translation>Valeur moyenne créée</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>Mood (1–5)</source>
            <translation>Humeur (1–5)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" />
            <location filename="../../src/valuejournal/ui/dialogs/weekly_review.py" />
            <source>value {v}</source>
            <translation>valeur {v}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" />
            <location filename="../../src/valuejournal/ui/widgets/reflection_figures.py" />
            <source>Where pay and value parted ways</source>
            <translation>Là où la paie et la valeur se sont séparées</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>What stands out</source>
            <translation>Ce qui ressort</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>High pay: a week’s pay per hour in the top third of all your weeks ({pay} or more). Low value: {low}/10 or less; high value: {high}/10 or more. Weeks with less than {hours} of work, or none of it rated, are not judged.</source>
            <translation>Bonne paie : une paie horaire de la semaine dans le tiers supérieur de toutes vos semaines ({pay} ou plus). Faible valeur : {low}/10 ou moins ; forte valeur : {high}/10 ou plus. Les semaines de moins de {hours} de travail, ou sans rien de noté, ne sont pas jugées.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>No work sessions were logged in this quarter, so there are no figures, charts or client balances to show.</source>
            <translation>Aucune séance de travail n’a été notée ce trimestre : il n’y a ni chiffres, ni graphiques, ni balances par client à montrer.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>No stretch of weeks this quarter paid well for little value, or created high value for no pay.</source>
            <translation>Aucune suite de semaines de ce trimestre n’a bien payé pour peu de valeur, ni créé une forte valeur sans paie.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>{h} of high-value work in these weeks has not been paid for.</source>
            <translation>{h} de travail de forte valeur dans ces semaines n’ont pas été payées.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>The scales tip furthest with {client}: {tip}.</source>
            <translation>C’est avec {client} que la balance penche le plus : {tip}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" />
            <source>Half of the money paid for this quarter’s work arrived within {d} days.</source>
            <translation>La moitié de l’argent payé pour le travail de ce trimestre est arrivée dans les {d} jours.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/text.py" />
            <source>{money}/h</source>
            <translation>{money}/h</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/vector.py" />
            <source>Pay per hour and value per week. Shaded weeks are where the two part ways: high pay with low value, or high value with no pay.</source>
            <translation>Paie par heure et valeur par semaine. Les semaines grisées sont celles où les deux se séparent : bonne paie pour faible valeur, ou forte valeur sans paie.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/vector.py" />
            <source>Each dot is a week: further right pays more per hour, higher up created more value. Dot size shows the hours, colour the mood.</source>
            <translation>Chaque point est une semaine : plus à droite, elle paie plus par heure ; plus haut, elle a créé plus de valeur. La taille du point montre les heures, sa couleur l’humeur.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/vector.py" />
            <source>Per client, value created against value captured: bars to the left mean you give more than you get.</source>
            <translation>Par client, la valeur créée face à la valeur captée : une barre vers la gauche signifie que vous donnez plus que vous ne recevez.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/vector.py" />
            <source>Value created by rated work and money captured for it, added up over the quarter, and how long payments took to arrive.</source>
            <translation>La valeur créée par le travail noté et l’argent capté pour lui, cumulés sur le trimestre, et le temps qu’ont mis les paiements à arriver.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/vector.py" />
            <source>Mood, energy and stress per week, beside value and pay.</source>
            <translation>Humeur, énergie et stress par semaine, à côté de la valeur et de la paie.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/vector.py" />
            <source>Average impact of the work on the ecological, economic and social bubbles.</source>
            <translation>Impact moyen du travail sur les bulles écologique, économique et sociale.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/backups.py" />
            <source>another computer</source>
            <translation>un autre ordinateur</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/backups.py" />
            <source>Journal open on another computer</source>
            <translation>Journal ouvert sur un autre ordinateur</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/backups.py" />
            <source>Unlock journal</source>
            <translation>Déverrouiller le journal</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/backups.py" />
            <source>The daily backup</source>
            <translation>La sauvegarde quotidienne</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/backups.py" />
            <source>Restored the backup {when}; File → Backups… restores the state before it.</source>
            <translation>Sauvegarde {when} restaurée ; Fichier → Sauvegardes… rétablit l’état d’avant.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/backups.py" />
            <source>{name} is open in {where}.

It opens read-only here, so the two copies cannot drift apart in your synced folder. Close it there, then open it again here to write in it. If that computer is not running Value Journal, delete {lock}.</source>
            <translation>{name} est ouvert sur {where}.

Il s’ouvre ici en lecture seule, pour que les deux copies ne divergent pas dans votre dossier synchronisé. Fermez-le là-bas, puis rouvrez-le ici pour y écrire. Si cet ordinateur n’exécute pas Value Journal, supprimez {lock}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/backups.py" />
            <source>{name} is encrypted. Its passphrase:</source>
            <translation>{name} est chiffré. Sa phrase secrète :</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/backups.py" />
            <source>No backup today: {error}</source>
            <translation>Pas de sauvegarde aujourd’hui : {error}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <source>Could not import the feedback</source>
            <translation>Impossible d’importer les retours</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <source>Save share file</source>
            <translation>Enregistrer le fichier de partage</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <source>Shared with coach</source>
            <translation>Partagé avec le coach</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>your coach</source>
            <translation>votre coach</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <source>Coach feedback</source>
            <translation>Retours du coach</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <source>your client</source>
            <translation>votre client</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <source>Save feedback file</source>
            <translation>Enregistrer le fichier de retours</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" />
            <source>Share with coach</source>
            <translation>Partager avec le coach</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <location filename="../../src/valuejournal/ui/actions/merge.py" />
            <source>Open your own journal first.</source>
            <translation>Ouvrez d’abord votre propre journal.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <source>Saved {name}: {sessions}, {clients}, {reflections}.</source>
            <translation>{name} enregistré : {sessions}, {clients}, {reflections}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" />
            <source>%n client(s)</source>
            <translation>
                <numerusform>%n client</numerusform>
                <numerusform>%n clients</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" />
            <source>%n reflection(s)</source>
            <translation>
                <numerusform>%n réflexion</numerusform>
                <numerusform>%n réflexions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <source>%n private session(s) stayed here.</source>
            <translation>
                <numerusform>%n séance privée est restée ici.</numerusform>
                <numerusform>%n séances privées sont restées ici.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <source>It is encrypted: tell your coach the passphrase another way.</source>
            <translation>Il est chiffré : donnez la phrase secrète à votre coach par un autre moyen.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <source>Import coach feedback</source>
            <translation>Importer les retours du coach</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <source>Added %n comment(s) from {who}.</source>
            <translation>
                <numerusform>%n commentaire de {who} ajouté.</numerusform>
                <numerusform>%n commentaires de {who} ajoutés.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <source>Already here: %n comment(s).</source>
            <translation>
                <numerusform>Déjà là : %n commentaire.</numerusform>
                <numerusform>Déjà là : %n commentaires.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <source>Updated %n comment(s) your coach changed.</source>
            <translation>
                <numerusform>%n commentaire modifié par votre coach a été mis à jour.</numerusform>
                <numerusform>%n commentaires modifiés par votre coach ont été mis à jour.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <source>New homework: %n item(s) (see the Coach page).</source>
            <translation>
                <numerusform>Nouveaux devoirs : %n (voir la page Coach).</numerusform>
                <numerusform>Nouveaux devoirs : %n (voir la page Coach).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <source>About sessions or reflections no longer in your journal, kept on the Coach page: %n comment(s).</source>
            <translation>
                <numerusform>Sur des séances ou des réflexions qui ne sont plus dans votre journal, gardé sur la page Coach : %n commentaire.</numerusform>
                <numerusform>Sur des séances ou des réflexions qui ne sont plus dans votre journal, gardés sur la page Coach : %n commentaires.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <source>Encrypting and writing {name}…</source>
            <translation>Chiffrement et écriture de {name}…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <source>Writing {name}…</source>
            <translation>Écriture de {name}…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <source>Feedback saved</source>
            <translation>Retours enregistrés</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <location filename="../../src/valuejournal/ui/share_opening.py" />
            <source>Saving the feedback file</source>
            <translation>Enregistrement du fichier de retours</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <source>Could not share</source>
            <translation>Impossible de partager</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <source>Saved %n comment(s) to {name}. Send it to {owner}.</source>
            <translation>
                <numerusform>%n commentaire enregistré dans {name}. Envoyez-le à {owner}.</numerusform>
                <numerusform>%n commentaires enregistrés dans {name}. Envoyez-le à {owner}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <source>It sets %n homework item(s).</source>
            <translation>
                <numerusform>Il fixe %n devoir.</numerusform>
                <numerusform>Il fixe %n devoirs.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <source>It is encrypted: tell your client the passphrase another way.</source>
            <translation>Il est chiffré : donnez la phrase secrète à votre client par un autre moyen.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" />
            <source>Could not save the feedback</source>
            <translation>Impossible d’enregistrer les retours</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/encryption.py" />
            <source>Nothing was changed.</source>
            <translation>Rien n’a changé.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/encryption.py" />
            <source>Encrypting the journal…</source>
            <translation>Chiffrement du journal…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/encryption.py" />
            <source>Changing the passphrase…</source>
            <translation>Changement de la phrase secrète…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/encryption.py" />
            <source>Decrypting the journal…</source>
            <translation>Déchiffrement du journal…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/encryption.py" />
            <source>{doing} {percent} % done</source>
            <translation>{doing} : {percent} % effectué</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/encryption.py" />
            <source>The journal is encrypted. The state before is in the backup {b}.</source>
            <translation>Le journal est chiffré. L’état d’avant est dans la sauvegarde {b}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/encryption.py" />
            <source>The passphrase is changed. The backup {b} opens with the old one.</source>
            <translation>La phrase secrète a changé. La sauvegarde {b} s’ouvre avec l’ancienne.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/encryption.py" />
            <source>The journal is stored plain again. The backup {b} stays encrypted.</source>
            <translation>Le journal est de nouveau enregistré en clair. La sauvegarde {b} reste chiffrée.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/imports.py" />
            <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
            <translation>Fichiers CSV (*.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/imports.py" />
            <source>Import sessions</source>
            <translation>Importer des séances</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/imports.py" />
            <source>Export journal</source>
            <translation>Exporter le journal</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/imports.py" />
            <source>Import moods</source>
            <translation>Importer des humeurs</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/imports.py" />
            <source>Export failed</source>
            <translation>Échec de l’export</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/imports.py" />
            <source>Exporting the journal</source>
            <translation>Export du journal</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/imports.py" />
            <source>{name} is a Daylio mood diary: {n} new mood entries, {p} already here.</source>
            <translation>{name} est un journal d’humeur Daylio : {n} nouvelles humeurs, {p} déjà présentes.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/imports.py" />
            <source>
Rows that cannot be read (left out):</source>
            <translation>
Lignes illisibles (laissées de côté) :</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/imports.py" />
            <source>Imported {n} mood entries from {name}.</source>
            <translation>{n} humeurs importées depuis {name}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/imports.py" />
            <source>Imported {n} sessions from {name}.</source>
            <translation>{n} séances importées depuis {name}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/imports.py" />
            <source>Exporting to {path}…</source>
            <translation>Export vers {path}…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/imports.py" />
            <source>Exported {n} sessions to {path}.</source>
            <translation>{n} séances exportées vers {path}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/merge.py" />
            <source>Merge another copy of this journal</source>
            <translation>Fusionner une autre copie de ce journal</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/merge.py" />
            <source>Looking for conflict copies</source>
            <translation>Recherche des copies en conflit</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/merge.py" />
            <source>Merge another copy</source>
            <translation>Fusionner une autre copie</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/merge.py" />
            <source>details are in the log</source>
            <translation>les détails sont dans le journal technique</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/merge.py" />
            <source>Could not merge</source>
            <translation>Impossible de fusionner</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/merge.py" />
            <source>Could not move the copy</source>
            <translation>Impossible de déplacer la copie</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/merge.py" />
            <source>Moved {name} to {folder}</source>
            <translation>{name} déplacé vers {folder}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/merge.py" />
            <source>Merging {name}…</source>
            <translation>Fusion de {name}…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/merge.py" />
            <source>Merged {name}</source>
            <translation>{name} fusionné</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/merge.py" />
            <source>{name} was not merged: {text}</source>
            <translation>{name} n’a pas été fusionné : {text}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/merge.py" />
            <source>Merging {name}</source>
            <translation>Fusion de {name}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/merge.py" />
            <source>Merge {name}</source>
            <translation>Fusionner {name}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/merge.py" />
            <source>{name} stays where it is: {text}</source>
            <translation>{name} reste où il est : {text}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/weekly_review.py" />
            <source>Reading last week</source>
            <translation>Lecture de la semaine dernière</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/weekly_review.py" />
            <source>Could not save the review</source>
            <translation>Impossible d’enregistrer le bilan</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/context.py" />
            <source>Import %n session(s)</source>
            <translation>
                <numerusform>Importer %n séance</numerusform>
                <numerusform>Importer %n séances</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/context.py" />
            <source>Delete %n session(s)</source>
            <translation>
                <numerusform>Supprimer %n séance</numerusform>
                <numerusform>Supprimer %n séances</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/context.py" />
            <source>Mark %n session(s) paid</source>
            <translation>
                <numerusform>Marquer %n séance comme payée</numerusform>
                <numerusform>Marquer %n séances comme payées</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/context.py" />
            <source>Edit rate {currency} {rate}</source>
            <translation>Modifier le taux {currency} {rate}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/context.py" />
            <source>Add rate {currency} {rate}</source>
            <translation>Ajouter le taux {currency} {rate}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/context.py" />
            <source>Mark skills</source>
            <translation>Marquer les compétences</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/context.py" />
            <source>Import %n mood(s)</source>
            <translation>
                <numerusform>Importer %n humeur</numerusform>
                <numerusform>Importer %n humeurs</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/context.py" />
            <source>Stop timer</source>
            <translation>Arrêter le chronomètre</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/context.py" />
            <source>Delete rate {currency} {rate}</source>
            <translation>Supprimer le taux {currency} {rate}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/context.py" />
            <source>Delete session of {day}</source>
            <translation>Supprimer la séance du {day}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/context.py" />
            <source>Invoice {number} paid</source>
            <translation>Facture {number} payée</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/context.py" />
            <source>Add project {name}</source>
            <translation>Ajouter le projet {name}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/context.py" />
            <source>Edit project {name}</source>
            <translation>Modifier le projet {name}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/context.py" />
            <source>Add client {name}</source>
            <translation>Ajouter le client {name}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/context.py" />
            <source>Edit client {name}</source>
            <translation>Modifier le client {name}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/context.py" />
            <source>Add session of {day}</source>
            <translation>Ajouter une séance le {day}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/context.py" />
            <source>Edit session of {day}</source>
            <translation>Modifier la séance du {day}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/context.py" />
            <source>Invoice {number}</source>
            <translation>Facture {number}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>unreadable</source>
            <translation>illisible</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>earlier passphrase</source>
            <translation>ancienne phrase secrète</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>{name} was encrypted with an earlier passphrase. Type that one: the journal comes back encrypted with the passphrase it has now.</source>
            <translation>{name} a été chiffré avec une ancienne phrase secrète. Saisissez celle-là : le journal revient chiffré avec la phrase secrète qu’il a maintenant.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>Taken</source>
            <translation>Faite le</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>Why</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" />
            <location filename="../../src/valuejournal/ui/pages/__init__.py" />
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <source>Clients</source>
            <translation>Clients</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>Reading the backups…</source>
            <translation>Lecture des sauvegardes…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>&amp;Back up now</source>
            <translation>&amp;Sauvegarder maintenant</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>&amp;Restore…</source>
            <translation>&amp;Restaurer…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <location filename="../../src/valuejournal/ui/widgets/settings_dialog.py" />
            <source>Backups</source>
            <translation>Sauvegardes</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>Backing up…</source>
            <translation>Sauvegarde en cours…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>contents unknown</source>
            <translation>contenu inconnu</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>Restoring…</source>
            <translation>Restauration…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>daily</source>
            <translation>quotidienne</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>backed up by you</source>
            <translation>faite par vous</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>before an import</source>
            <translation>avant un import</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>before a merge</source>
            <translation>avant une fusion</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>before a restore (restore it to undo)</source>
            <translation>avant une restauration (restaurez-la pour l’annuler)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>before an upgrade</source>
            <translation>avant une mise à niveau</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>before encrypting</source>
            <translation>avant le chiffrement</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>before decrypting</source>
            <translation>avant le déchiffrement</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>Reading the backups</source>
            <translation>Lecture des sauvegardes</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>%n backup(s). Choose one and Restore… to put it back.</source>
            <translation>
                <numerusform>%n sauvegarde. Choisissez-la, puis Restaurer… pour la remettre en place.</numerusform>
                <numerusform>%n sauvegardes. Choisissez-en une, puis Restaurer… pour la remettre en place.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>No backups yet: Back up now makes one.</source>
            <translation>Aucune sauvegarde pour l’instant : Sauvegarder maintenant en crée une.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>Backing up</source>
            <translation>Sauvegarde en cours</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>Put back the journal as it was at {when} ({what})?

Everything you did since is replaced. The journal as it is now is backed up first, so you can undo this by restoring that backup.</source>
            <translation>Remettre le journal tel qu’il était le {when} ({what}) ?

Tout ce que vous avez fait depuis est remplacé. Le journal tel qu’il est maintenant est d’abord sauvegardé : vous pourrez annuler en restaurant cette sauvegarde.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>Restore a backup</source>
            <translation>Restaurer une sauvegarde</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>Restore</source>
            <translation>Restaurer</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>Restoring a backup</source>
            <translation>Restauration d’une sauvegarde</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>Backups of {name}</source>
            <translation>Sauvegardes de {name}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" />
            <source>Backups are kept in {folder}</source>
            <translation>Les sauvegardes sont gardées dans {folder}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/encryption_dialog.py" />
            <source>Encrypt journal</source>
            <translation>Chiffrer le journal</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/encryption_dialog.py" />
            <source>Change passphrase</source>
            <translation>Changer la phrase secrète</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/encryption_dialog.py" />
            <source>Decrypt journal</source>
            <translation>Déchiffrer le journal</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/encryption_dialog.py" />
            <source>{name} will be encrypted with a passphrase: without it nobody can read the journal or its backups. Nobody can recover a forgotten passphrase either, so keep it somewhere safe. A backup is taken first; the journal reopens when done.</source>
            <translation>{name} sera chiffré avec une phrase secrète : sans elle, personne ne peut lire le journal ni ses sauvegardes. Personne ne peut non plus retrouver une phrase oubliée : gardez-la en lieu sûr. Une sauvegarde est faite d’abord ; le journal se rouvre à la fin.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/encryption_dialog.py" />
            <source>{name} and its new backups will open with the new passphrase only. Backups taken before keep the current one. A backup is taken first.</source>
            <translation>{name} et ses nouvelles sauvegardes ne s’ouvriront qu’avec la nouvelle phrase secrète. Les sauvegardes déjà faites gardent l’actuelle. Une sauvegarde est faite d’abord.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/encryption_dialog.py" />
            <source>{name} will be stored plain again: anyone who can read the file can read your journal. Its backups stay encrypted. A backup is taken first.</source>
            <translation>{name} sera de nouveau enregistré en clair : quiconque peut lire le fichier peut lire votre journal. Ses sauvegardes restent chiffrées. Une sauvegarde est faite d’abord.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/encryption_dialog.py" />
            <source>Very weak: among the first guesses anyone tries.</source>
            <translation>Très faible : parmi les premiers essais de n’importe qui.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/encryption_dialog.py" />
            <source>Weak: easy to guess. Add a word or two.</source>
            <translation>Faible : facile à deviner. Ajoutez un mot ou deux.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/encryption_dialog.py" />
            <source>Fair: add another unusual word to be safe.</source>
            <translation>Correcte : ajoutez un autre mot peu courant pour être tranquille.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/encryption_dialog.py" />
            <source>Strong.</source>
            <translation>Forte.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/encryption_dialog.py" />
            <source>Very strong.</source>
            <translation>Très forte.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/encryption_dialog.py" />
            <source>Type the current passphrase.</source>
            <translation>Saisissez la phrase secrète actuelle.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/encryption_dialog.py" />
            <source>The two new passphrases differ.</source>
            <translation>Les deux nouvelles phrases secrètes diffèrent.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/encryption_dialog.py" />
            <source>The new passphrase is the current one.</source>
            <translation>La nouvelle phrase secrète est l’actuelle.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/encryption_dialog.py" />
            <source>Checking the passphrase…</source>
            <translation>Vérification de la phrase secrète…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/encryption_dialog.py" />
            <source>At least {n} characters; a few unusual words are best.</source>
            <translation>Au moins {n} caractères ; quelques mots peu courants, c’est le mieux.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/encryption_dialog.py" />
            <source>Too short: at least {n} characters.</source>
            <translation>Trop courte : au moins {n} caractères.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/encryption_dialog.py" />
            <source>Current passphrase</source>
            <translation>Phrase secrète actuelle</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/encryption_dialog.py" />
            <source>New passphrase</source>
            <translation>Nouvelle phrase secrète</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/encryption_dialog.py" />
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" />
            <source>Repeat it</source>
            <translation>Répétez-la</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/encryption_dialog.py" />
            <source>Checking the passphrase</source>
            <translation>Vérification de la phrase secrète</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/encryption_dialog.py" />
            <source>The new passphrase needs at least {n} characters.</source>
            <translation>La nouvelle phrase secrète doit compter au moins {n} caractères.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/files.py" />
            <location filename="../../src/valuejournal/ui/share_opening.py" />
            <source>Something went wrong; details are in the log.</source>
            <translation>Une erreur s’est produite ; les détails sont dans le journal technique.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/invoice_dialog.py" />
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <source>Mark as invoiced</source>
            <translation>Marquer comme facturé</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/invoice_dialog.py" />
            <source>What the invoice asks for (the sessions' pay unless changed)</source>
            <translation>Ce que demande la facture (la paie des séances, sauf modification)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/invoice_dialog.py" />
            <source>Sent on</source>
            <translation>Envoyée le</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/invoice_dialog.py" />
            <source>Due on</source>
            <translation>Échéance le</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/invoice_dialog.py" />
            <source>Mark as paid</source>
            <translation>Marquer comme payé</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/invoice_dialog.py" />
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>Paid on</source>
            <translation>Payé le</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/dialogs/invoice_dialog.py" />
            <source>%n session(s) for {client}</source>
            <translation>
                <numerusform>%n séance pour {client}</numerusform>
                <numerusform>%n séances pour {client}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/invoice_dialog.py" />
            <source>The invoice needs a number.</source>
            <translation>La facture doit avoir un numéro.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/invoice_dialog.py" />
            <source>The due date cannot be before the day it was sent.</source>
            <translation>L’échéance ne peut pas précéder le jour d’envoi.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/invoice_dialog.py" />
            <source>The invoice needs an amount.</source>
            <translation>La facture doit avoir un montant.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/invoice_dialog.py" />
            <location filename="../../src/valuejournal/ui/widgets/rate_field.py" />
            <source>amount</source>
            <translation>montant</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/invoice_dialog.py" />
            <source>Amount ({currency})</source>
            <translation>Montant ({currency})</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/invoice_dialog.py" />
            <source>There is already an invoice numbered {n}.</source>
            <translation>Il existe déjà une facture numérotée {n}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" />
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>Projects</source>
            <translation>Projets</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" />
            <location filename="../../src/valuejournal/ui/pages/__init__.py" />
            <location filename="../../src/valuejournal/ui/pages/reflections_page.py" />
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" />
            <source>Reflections</source>
            <translation>Réflexions</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" />
            <source>Canvases</source>
            <translation>Canvas</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" />
            <source>Skill tags</source>
            <translation>Étiquettes de compétence</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" />
            <location filename="../../src/valuejournal/ui/widgets/weekly_answers.py" />
            <source>Weekly reviews</source>
            <translation>Bilans hebdomadaires</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" />
            <location filename="../../src/valuejournal/ui/dialogs/rates_dialog.py" />
            <source>Exchange rates</source>
            <translation>Taux de change</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" />
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <source>Comments</source>
            <translation>Commentaires</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" />
            <source>Mood entries</source>
            <translation>Humeurs notées</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" />
            <source>Added from
the other copy</source>
            <translation>Ajouté depuis
l’autre copie</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" />
            <source>Updated
from it</source>
            <translation>Mis à jour
depuis elle</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" />
            <source>Kept from
this one</source>
            <translation>Gardé
de celle-ci</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" />
            <source>Deleted (deleted
in the other copy)</source>
            <translation>Supprimé (supprimé
dans l’autre copie)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" />
            <source>Not brought back
(deleted here)</source>
            <translation>Non rétabli
(supprimé ici)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" />
            <source>Conflicts
resolved</source>
            <translation>Conflits
résolus</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" />
            <source>Unchanged</source>
            <translation>Inchangé</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" />
            <source>Merge report</source>
            <translation>Rapport de fusion</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" />
            <source>Merged “{other}” into “{journal}”.</source>
            <translation>« {other} » a été fusionné dans « {journal} ».</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" />
            <source>“{other}” holds nothing that “{journal}” lacks: nothing changed.</source>
            <translation>« {other} » ne contient rien qui manque à « {journal} » : rien n’a changé.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" />
            <source>The other file is another journal, not a copy of this one.</source>
            <translation>L’autre fichier est un autre journal, pas une copie de celui-ci.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" />
            <source>&amp;Move the copy aside</source>
            <translation>&amp;Mettre la copie de côté</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" />
            <source>Into the folder “Merged conflict copies” beside it; nothing is deleted</source>
            <translation>Dans le dossier « Merged conflict copies » à côté ; rien n’est supprimé</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" />
            <source>Deletions remembered from the other copy: {n}</source>
            <translation>Suppressions retenues de l’autre copie : {n}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" />
            <source>A backup was made first: {path}. Edit → Undo takes the merge back.</source>
            <translation>Une sauvegarde a été faite d’abord : {path}. Édition → Annuler défait la fusion.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/messages.py" />
            <source>Something went wrong: {error}
Details are in the log; your journal is saved.</source>
            <translation>Une erreur s’est produite : {error}
Les détails sont dans le journal technique ; votre journal est enregistré.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/rates_dialog.py" />
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>Currency</source>
            <translation>Devise</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/rates_dialog.py" />
            <location filename="../../src/valuejournal/ui/session_model.py" />
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/rates_dialog.py" />
            <source>Exchange rate</source>
            <translation>Taux de change</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/rates_dialog.py" />
            <source>The ISO code of the currency, e.g. USD</source>
            <translation>Le code ISO de la devise, p. ex. USD</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/rates_dialog.py" />
            <source>&amp;Add</source>
            <translation>&amp;Ajouter</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/rates_dialog.py" />
            <source>&amp;Delete</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/rates_dialog.py" />
            <source>&amp;Import ECB file…</source>
            <translation>&amp;Importer un fichier de la BCE…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/rates_dialog.py" />
            <source>A session in another currency keeps its amount and the rate of its day, frozen when it is written: changing a rate here never changes past sessions.</source>
            <translation>Une séance dans une autre devise garde son montant et le taux de son jour, figé à l’enregistrement : changer un taux ici ne change jamais les séances passées.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/rates_dialog.py" />
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/dialogs/rates_dialog.py" />
            <source>%n session(s) got this rate.</source>
            <translation>
                <numerusform>%n séance a reçu ce taux.</numerusform>
                <numerusform>%n séances ont reçu ce taux.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/rates_dialog.py" />
            <source>Sessions with a rate keep theirs.</source>
            <translation>Les séances qui ont un taux gardent le leur.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/rates_dialog.py" />
            <source>Deleted; sessions keep the rates frozen on them (Ctrl+Z undoes).</source>
            <translation>Supprimé ; les séances gardent les taux figés sur elles (Ctrl+Z annule).</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/rates_dialog.py" />
            <source>Import ECB rates</source>
            <translation>Importer les taux de la BCE</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/rates_dialog.py" />
            <source>ECB rate files (*.csv *.zip);;All files (*)</source>
            <translation>Fichiers de taux de la BCE (*.csv *.zip);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/rates_dialog.py" />
            <source>1 {per} = {rate} {currency}</source>
            <translation>1 {per} = {rate} {currency}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/rates_dialog.py" />
            <source>on</source>
            <translation>le</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/rates_dialog.py" />
            <source>Every session has its rate.</source>
            <translation>Chaque séance a son taux.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/rates_dialog.py" />
            <source>Saved: 1 {base} = {rate} {currency} on {day}.</source>
            <translation>Enregistré : 1 {base} = {rate} {currency} le {day}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/rates_dialog.py" />
            <source>Importing exchange rates</source>
            <translation>Import des taux de change</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/rates_dialog.py" />
            <source>How many units of the currency one {base} buys</source>
            <translation>Combien d’unités de la devise achète 1 {base}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/rates_dialog.py" />
            <source>Importing {name}…</source>
            <translation>Import de {name}…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/rates_dialog.py" />
            <source>Imported {rates}; {sessions} got a rate.</source>
            <translation>Importé {rates} ; {sessions} ont reçu un taux.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/dialogs/rates_dialog.py" />
            <source>%n rate(s)</source>
            <translation>
                <numerusform>%n taux</numerusform>
                <numerusform>%n taux</numerusform>
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
                <numerusform>%n séance pas encore comptée, faute de taux : {which}</numerusform>
                <numerusform>%n séances pas encore comptées, faute de taux : {which}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/rates_dialog.py" />
            <source>{base} is the base currency: its rate is always 1</source>
            <translation>{base} est la devise de base : son taux vaut toujours 1</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/session_dialog.py" />
            <source>Edit session</source>
            <translation>Modifier la séance</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/weekly_review.py" />
            <source>Nothing logged that week.</source>
            <translation>Rien de noté cette semaine-là.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/dialogs/weekly_review.py" />
            <source>%n not rated yet</source>
            <translation>
                <numerusform>%n pas encore notée</numerusform>
                <numerusform>%n pas encore notées</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/weekly_review.py" />
            <source>Weekly review</source>
            <translation>Bilan hebdomadaire</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/weekly_review.py" />
            <source>Save answers</source>
            <translation>Enregistrer les réponses</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/weekly_review.py" />
            <source>Not this week</source>
            <translation>Pas cette semaine</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/weekly_review.py" />
            <source>Keep the answers (Ctrl+Enter)</source>
            <translation>Garder les réponses (Ctrl+Entrée)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/weekly_review.py" />
            <source>Close; the review does not open again this week</source>
            <translation>Fermer ; le bilan ne s’ouvrira plus cette semaine</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/weekly_review.py" />
            <source>{h} h</source>
            <translation>{h} h</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/weekly_review.py" />
            <source>pay {pay}</source>
            <translation>paie {pay}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/weekly_review.py" />
            <source>A sentence or two is enough</source>
            <translation>Une phrase ou deux suffisent</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/weekly_review.py" />
            <source>{rate}</source>
            <translation>{rate}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/weekly_review.py" />
            <source>mood {m}</source>
            <translation>humeur {m}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/weekly_review.py" />
            <source>The week of {range}</source>
            <translation>La semaine du {range}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/weekly_review.py" />
            <source>No span of high pay with low value, or of high value without pay, touched this week.</source>
            <translation>Aucune séquence de bonne paie pour faible valeur, ni de forte valeur sans paie, n’a touché cette semaine.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/first_start.py" />
            <source>Welcome to Value Journal</source>
            <translation>Bienvenue dans Value Journal</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/first_start.py" />
            <source>Welcome! Tell Value Journal who keeps this journal; your name goes on your reflection reports. You can change all of it later in Settings (Ctrl+,).</source>
            <translation>Bienvenue ! Dites à Value Journal qui tient ce journal ; votre nom figure sur vos rapports de réflexion. Vous pourrez tout changer plus tard dans les Paramètres (Ctrl+,).</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/first_start.py" />
            <source>Start with an empty journal and log your first session, or explore a demo journal with a year of a freelancer's work so the charts have something to show (a separate file; your own journal stays empty until you use it).</source>
            <translation>Commencez avec un journal vide et notez votre première séance, ou explorez un journal de démonstration avec une année de travail d’une indépendante, pour que les graphiques aient quelque chose à montrer (un fichier à part ; votre propre journal reste vide tant que vous ne l’utilisez pas).</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/first_start.py" />
            <source>Start &amp;empty</source>
            <translation>Commencer &amp;vide</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/first_start.py" />
            <source>Explore a &amp;demo journal</source>
            <translation>Explorer un journal de &amp;démonstration</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/first_start.py" />
            <location filename="../../src/valuejournal/ui/widgets/settings_dialog.py" />
            <source>The currency is a three-letter code, such as EUR or USD.</source>
            <translation>La devise est un code de trois lettres, comme EUR ou USD.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" />
            <source>Something went wrong; the details are in the log.</source>
            <translation>Une erreur s’est produite ; les détails sont dans le journal technique.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" />
            <source>Read with these columns</source>
            <translation>Lire avec ces colonnes</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" />
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" />
            <source>Rate them now</source>
            <translation>Les noter maintenant</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" />
            <location filename="../../src/valuejournal/ui/share_opening.py" />
            <location filename="../../src/valuejournal/ui/widgets/homework_view.py" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" />
            <source>Nothing was imported</source>
            <translation>Rien n’a été importé</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" />
            <source>{n} sessions from {name} are now in your journal.</source>
            <translation>{n} séances de {name} sont maintenant dans votre journal.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" />
            <source>Import {name}</source>
            <translation>Importer {name}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" />
            <source>Reading {name}…</source>
            <translation>Lecture de {name}…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" />
            <source>Import 1 session</source>
            <translation>Importer 1 séance</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" />
            <source>Nothing to import</source>
            <translation>Rien à importer</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" />
            <source>This file cannot be imported</source>
            <translation>Ce fichier ne peut pas être importé</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" />
            <source>Adding {n} sessions to your journal…</source>
            <translation>Ajout de {n} séances à votre journal…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" />
            <source>Imported {n} sessions</source>
            <translation>{n} séances importées</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" />
            <source>{reason}
Your journal is unchanged.</source>
            <translation>{reason}
Votre journal est inchangé.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" />
            <source>Reading {name}</source>
            <translation>Lecture de {name}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" />
            <source>Import {n} sessions</source>
            <translation>Importer {n} séances</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" />
            <source>Importing {name}</source>
            <translation>Import de {name}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" />
            <source>{k} of them are not rated yet: give each a value (and a mood) with a few keystrokes in rating mode.</source>
            <translation>{k} ne sont pas encore notées : donnez à chacune une valeur (et une humeur) en quelques touches dans le mode de notation.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" />
            <source>{reason}

Nothing was written to your journal.</source>
            <translation>{reason}

Rien n’a été écrit dans votre journal.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>Opening your journal…</source>
            <translation>Ouverture de votre journal…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>&amp;New journal…</source>
            <translation>&amp;Nouveau journal…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>&amp;Open journal…</source>
            <translation>&amp;Ouvrir un journal…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>Open &amp;recent</source>
            <translation>Ouvrir un journal &amp;récent</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>Open &amp;my journal</source>
            <translation>Ouvrir &amp;mon journal</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>&amp;Import…</source>
            <translation>&amp;Importer…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>&amp;Export…</source>
            <translation>&amp;Exporter…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>Mer&amp;ge another copy…</source>
            <translation>&amp;Fusionner une autre copie…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>&amp;Share with coach…</source>
            <translation>&amp;Partager avec le coach…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>Open &amp;shared journal…</source>
            <translation>Ouvrir un journal p&amp;artagé…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>Import coach &amp;feedback…</source>
            <translation>Importer les retours du &amp;coach…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>&amp;Backups…</source>
            <translation>&amp;Sauvegardes…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>&amp;Edit</source>
            <translation>&amp;Édition</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>&amp;Settings…</source>
            <translation>&amp;Paramètres…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>Start or stop the &amp;timer</source>
            <translation>Démarrer ou arrêter le &amp;chronomètre</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>E&amp;xchange rates…</source>
            <translation>&amp;Taux de change…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>Mark as &amp;invoiced…</source>
            <translation>Marquer comme &amp;facturé…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>Mark as &amp;paid…</source>
            <translation>Marquer comme pa&amp;yé…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>&amp;Go</source>
            <translation>A&amp;ller</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>&amp;Weekly review…</source>
            <translation>&amp;Bilan hebdomadaire…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Raccourcis clavier</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>Open &amp;log folder</source>
            <translation>Ouvrir le dossier des &amp;logs</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>&amp;About Value Journal</source>
            <translation>À &amp;propos de Value Journal</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>En&amp;cryption</source>
            <translation>C&amp;hiffrement</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>Writing a demo journal…</source>
            <translation>Écriture d’un journal de démonstration…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>Something went wrong while opening the journal; details are in the log.</source>
            <translation>Une erreur s’est produite à l’ouverture du journal ; les détails sont dans le journal technique.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>Undone: {what}</source>
            <translation>Annulé : {what}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>Redone: {what}</source>
            <translation>Rétabli : {what}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>Open journal</source>
            <translation>Ouvrir un journal</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>New journal</source>
            <translation>Nouveau journal</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>About Value Journal</source>
            <translation>À propos de Value Journal</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>&amp;Encrypt journal…</source>
            <translation>&amp;Chiffrer le journal…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>&amp;Change passphrase…</source>
            <translation>Changer la &amp;phrase secrète…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>&amp;Decrypt journal…</source>
            <translation>&amp;Déchiffrer le journal…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <location filename="../../src/valuejournal/ui/session_preview.py" />
            <source>Opening {path}…</source>
            <translation>Ouverture de {path}…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>Could not open the journal:
{text}

Use File → Open journal… to pick another file.</source>
            <translation>Impossible d’ouvrir le journal :
{text}

Utilisez Fichier → Ouvrir un journal… pour choisir un autre fichier.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>review, read-only</source>
            <translation>relecture, lecture seule</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>read-only: open on another computer</source>
            <translation>lecture seule : ouvert sur un autre ordinateur</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>Select the sessions in the list first.</source>
            <translation>Sélectionnez d’abord les séances dans la liste.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>This week: {h} h · {pay} · average value {v}</source>
            <translation>Cette semaine : {h} h · {pay} · valeur moyenne {v}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>&amp;Undo {t}</source>
            <translation>&amp;Annuler {t}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>&amp;Redo {t}</source>
            <translation>&amp;Rétablir {t}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>No journals opened yet</source>
            <translation>Aucun journal ouvert pour l’instant</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" />
            <source>The log folder is {path}</source>
            <translation>Le dossier des logs est {path}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/__init__.py" />
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" />
            <source>Journal</source>
            <translation>Journal</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/__init__.py" />
            <source>Insights</source>
            <translation>Analyses</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/__init__.py" />
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" />
            <source>Calendar</source>
            <translation>Calendrier</translation>
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
            <translation>Vue d’ensemble des clients</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <source>pay 8× value</source>
            <translation>paie 8× valeur</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <source>value 8× pay</source>
            <translation>valeur 8× paie</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <source>Value created</source>
            <translation>Valeur créée</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <location filename="../../src/valuejournal/ui/session_model.py" />
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>Mood</source>
            <translation>Humeur</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <source>Value minus pay</source>
            <translation>Valeur moins paie</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <source>Hours-weighted value of the day's rated sessions (0-10).</source>
            <translation>Valeur pondérée par les heures des séances notées du jour (0-10).</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <source>Mean mood of the day's sessions (1-5).</source>
            <translation>Humeur moyenne des séances du jour (1-5).</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <source>Pay (paid and pending) per hour of the day's work; darkest: the year's best day.</source>
            <translation>Paie (payée et en attente) par heure de travail du jour ; le plus foncé : le meilleur jour de l’année.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <source>The day's sessions</source>
            <translation>Les séances du jour</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <source>Year</source>
            <translation>Année</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <source>Year before (Page Up)</source>
            <translation>Année précédente (Page préc.)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <source>Year after (Page Down)</source>
            <translation>Année suivante (Page suiv.)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <source>Today</source>
            <translation>Aujourd’hui</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <source>&amp;Colour by</source>
            <translation>&amp;Colorer selon</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <source>&amp;Year</source>
            <translation>&amp;Année</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <source>&amp;Week grid (back-fill)</source>
            <translation>Grille de la &amp;semaine (rattrapage)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <source>Value and pay on one scale: value ÷ {neutral} (ordinary work = 1) against pay per hour ÷ your median day rate ({rate} = 1). Grey: paid what the work was worth; blue: value given beyond the pay; red: pay beyond the value.</source>
            <translation>Valeur et paie sur une même échelle : valeur ÷ {neutral} (travail ordinaire = 1) face à la paie par heure ÷ votre tarif journalier médian ({rate} = 1). Gris : payé ce que valait le travail ; bleu : valeur donnée au-delà de la paie ; rouge : paie au-delà de la valeur.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <location filename="../../src/valuejournal/ui/widgets/week_grid.py" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <source>Reading the calendar</source>
            <translation>Lecture du calendrier</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <source>This journal is open read-only.</source>
            <translation>Ce journal est ouvert en lecture seule.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <source>Back-fill {sessions} of the week of {day}</source>
            <translation>Rattraper {sessions} de la semaine du {day}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <source>(no client)</source>
            <translation>(sans client)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <location filename="../../src/valuejournal/ui/widgets/comment_panel.py" />
            <source>Could not save</source>
            <translation>Impossible d’enregistrer</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" />
            <source>Saved {sessions}.</source>
            <translation>Enregistré : {sessions}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" />
            <source>Close quarter</source>
            <translation>Clore le trimestre</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" />
            <source>Keep this quarter's evidence as it is now, with your words</source>
            <translation>Garder les éléments de ce trimestre tels qu’ils sont maintenant, avec vos mots</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" />
            <source>Skills…</source>
            <translation>Compétences…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" />
            <source>Choose the tags that are your skills (key resources)</source>
            <translation>Choisissez les étiquettes qui sont vos compétences (ressources clés)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" />
            <location filename="../../src/valuejournal/ui/pages/reflections_page.py" />
            <source>Editing…</source>
            <translation>Modification…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" />
            <source>Reopen canvas {quarter}</source>
            <translation>Rouvrir le canvas {quarter}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" />
            <source>Reading the quarter's evidence…</source>
            <translation>Lecture des éléments du trimestre…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" />
            <source>Tag a session with @ and a name (“@Ana”) for whoever helped.</source>
            <translation>Étiquetez une séance avec @ et un nom (« @Ana ») pour qui vous a aidé.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" />
            <source>Mark the tags that are your skills with Skills…</source>
            <translation>Marquez les étiquettes qui sont vos compétences avec Compétences…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" />
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Comment saved.</source>
            <translation>Commentaire enregistré.</translation>
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
            <translation>Rouvrir le trimestre</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" />
            <source>Edit canvas {quarter}</source>
            <translation>Modifier le canvas {quarter}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" />
            <source>Close canvas {quarter}</source>
            <translation>Clore le canvas {quarter}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" />
            <source>Read-only: the canvas as it was shared</source>
            <translation>Lecture seule : le canvas tel qu’il a été partagé</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" />
            <source>Reading the canvas</source>
            <translation>Lecture du canvas</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" />
            <source>Evidence from your sessions; nothing written yet</source>
            <translation>Éléments tirés de vos séances ; rien d’écrit pour l’instant</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" />
            <source>Nothing to compare with {quarter}.</source>
            <translation>Rien à comparer avec {quarter}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" />
            <source>{quarter} · closed</source>
            <translation>{quarter} · clos</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" />
            <location filename="../../src/valuejournal/ui/pages/reflections_page.py" />
            <source>Not saved: {error}</source>
            <translation>Non enregistré : {error}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" />
            <source>Closed {when}: evidence as it was then</source>
            <translation>Clos {when} : les éléments tels qu’ils étaient alors</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" />
            <location filename="../../src/valuejournal/ui/pages/reflections_page.py" />
            <source>Saved {when}</source>
            <translation>Enregistré {when}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>Alternative rate / h</source>
            <translation>Tarif alternatif / h</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>Agreed rate</source>
            <translation>Tarif convenu</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>Archived</source>
            <translation>Archivé</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>Project</source>
            <translation>Projet</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>Rate</source>
            <translation>Tarif</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>what they would pay elsewhere per hour</source>
            <translation>ce qu’il paierait ailleurs par heure</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>Archived (hidden from quick entry)</source>
            <translation>Archivé (masqué dans la saisie rapide)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>&amp;Currency</source>
            <translation>&amp;Devise</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>&amp;Alternative rate</source>
            <translation>Tarif &amp;alternatif</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>A&amp;greed rate</source>
            <translation>Tarif &amp;convenu</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>New project for {client}</source>
            <translation>Nouveau projet pour {client}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>Project of {client}</source>
            <translation>Projet de {client}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>&amp;Rate</source>
            <translation>&amp;Tarif</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>&amp;Add client…</source>
            <translation>A&amp;jouter un client…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>Archive / unarchive</source>
            <translation>Archiver / désarchiver</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>Add &amp;project…</source>
            <translation>Ajouter un &amp;projet…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>Edit p&amp;roject…</source>
            <translation>Modifier le p&amp;rojet…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>Archive / unarchive project</source>
            <translation>Archiver / désarchiver le projet</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>The alternative rate is what a client would pay someone else per hour; the Insights page weighs what they pay you against it.</source>
            <translation>Le tarif alternatif est ce qu’un client paierait quelqu’un d’autre par heure ; la page Analyses compare ce qu’il vous paie à ce tarif.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>New client</source>
            <translation>Nouveau client</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>A rate here wins over the client's for this project's sessions ({currency}).</source>
            <translation>Un tarif fixé ici l’emporte sur celui du client pour les séances de ce projet ({currency}).</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>Projects of {client}</source>
            <translation>Projets de {client}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>Could not save the project</source>
            <translation>Impossible d’enregistrer le projet</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" />
            <source>Could not save the client</source>
            <translation>Impossible d’enregistrer le client</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Share your journal, or one quarter of it, with your coach; import the feedback file they send back and their comments appear beside your sessions.</source>
            <translation>Partagez votre journal, ou un trimestre de celui-ci, avec votre coach ; importez le fichier de retours qu’il vous renvoie et ses commentaires apparaîtront à côté de vos séances.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>To comment on one session, select it on the Journal page and write in the panel beside the list.</source>
            <translation>Pour commenter une séance, sélectionnez-la sur la page Journal et écrivez dans le panneau à côté de la liste.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>No comments yet.</source>
            <translation>Aucun commentaire pour l’instant.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Your coach</source>
            <translation>Votre coach</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Feedback from your coach</source>
            <translation>Retours de votre coach</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Homework from your coach</source>
            <translation>Devoirs de votre coach</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Review a client's journal</source>
            <translation>Relire le journal d’un client</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Your name, as your client will see it</source>
            <translation>Votre nom, tel que votre client le verra</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Your comments on this journal</source>
            <translation>Vos commentaires sur ce journal</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Change homework</source>
            <translation>Modifier le devoir</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Withdraw homework</source>
            <translation>Retirer le devoir</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" />
            <source>Protect the file with a passphrase</source>
            <translation>Protéger le fichier par une phrase secrète</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Save feedback file…</source>
            <translation>Enregistrer le fichier de retours…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Homework set again: {title}</source>
            <translation>Devoir fixé à nouveau : {title}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Homework withdrawn: {title}; the next feedback file tells your client.</source>
            <translation>Devoir retiré : {title} ; le prochain fichier de retours le dira à votre client.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Change your comment:</source>
            <translation>Modifiez votre commentaire :</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Comment withdrawn; the next feedback file says so.</source>
            <translation>Commentaire retiré ; le prochain fichier de retours l’indiquera.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Share with coach…</source>
            <translation>Partager avec le coach…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Import coach feedback…</source>
            <translation>Importer les retours du coach…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Tick an item when it is done; your next share tells your coach.</source>
            <translation>Cochez un devoir une fois fait ; votre prochain partage le dira à votre coach.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Coaches: open the share files your clients send you.</source>
            <translation>Coachs : ouvrez les fichiers de partage que vos clients vous envoient.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Review</source>
            <translation>Relecture</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Reviewing</source>
            <translation>En relecture</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Open shared journal…</source>
            <translation>Ouvrir un journal partagé…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Close this file</source>
            <translation>Fermer ce fichier</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Back to my journal</source>
            <translation>Revenir à mon journal</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Your name on comments:</source>
            <translation>Votre nom sur les commentaires :</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Comment on a period or span</source>
            <translation>Commenter une période ou une séquence</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Comment on a reflection</source>
            <translation>Commenter une réflexion</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Homework set, with the client's status</source>
            <translation>Devoirs fixés, avec l’état donné par le client</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" />
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Shared by {owner} · {range} · written {written} with Value Journal {app} · {n} sessions · read-only{lock}</source>
            <translation>Partagé par {owner} · {range} · écrit le {written} avec Value Journal {app} · {n} séances · lecture seule{lock}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Set it again</source>
            <translation>Le fixer à nouveau</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Homework for {name}</source>
            <translation>Devoirs pour {name}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <location filename="../../src/valuejournal/ui/widgets/comment_panel.py" />
            <source>Could not save the comment</source>
            <translation>Impossible d’enregistrer le commentaire</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Could not set the homework</source>
            <translation>Impossible de fixer le devoir</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Homework set: {title}</source>
            <translation>Devoir fixé : {title}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Could not change the homework</source>
            <translation>Impossible de modifier le devoir</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Homework changed: {title}</source>
            <translation>Devoir modifié : {title}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Your reply to {name}:</source>
            <translation>Votre réponse à {name} :</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Comment changed.</source>
            <translation>Commentaire modifié.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Me</source>
            <translation>Moi</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Reply saved; it goes with your next share.</source>
            <translation>Réponse enregistrée ; elle partira avec votre prochain partage.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>was encrypted</source>
            <translation>était chiffré</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Writing the feedback file…</source>
            <translation>Écriture du fichier de retours…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" />
            <source>Feedback saved: {name}</source>
            <translation>Retours enregistrés : {name}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" />
            <source>Pay rate and value over time</source>
            <translation>Taux horaire et valeur au fil du temps</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" />
            <source>Pay against value</source>
            <translation>Paie face à la valeur</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" />
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" />
            <source>Wellbeing</source>
            <translation>Bien-être</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" />
            <source>Balance per project</source>
            <translation>Balance par projet</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" />
            <location filename="../../src/valuejournal/ui/widgets/filter_bar.py" />
            <source>This quarter</source>
            <translation>Ce trimestre</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" />
            <location filename="../../src/valuejournal/ui/widgets/filter_bar.py" />
            <source>Last 12 months</source>
            <translation>12 derniers mois</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" />
            <location filename="../../src/valuejournal/ui/widgets/filter_bar.py" />
            <source>All time</source>
            <translation>Depuis le début</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" />
            <location filename="../../src/valuejournal/ui/widgets/filter_bar.py" />
            <source>Custom…</source>
            <translation>Personnalisé…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" />
            <source>Reading your journal…</source>
            <translation>Lecture de votre journal…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" />
            <source>Thresholds…</source>
            <translation>Seuils…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" />
            <source>by day</source>
            <translation>par jour</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" />
            <source>by week</source>
            <translation>par semaine</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" />
            <source>by month</source>
            <translation>par mois</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" />
            <source>Range</source>
            <translation>Période</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" />
            <source>Reading the journal</source>
            <translation>Lecture du journal</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" />
            <source>The start of the range is after its end.</source>
            <translation>Le début de la période est après sa fin.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" />
            <source>Coach comments on these weeks</source>
            <translation>Commentaires du coach sur ces semaines</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" />
            <source>%n overdue invoice(s): {total}</source>
            <translation>
                <numerusform>%n facture en retard : {total}</numerusform>
                <numerusform>%n factures en retard : {total}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" />
            <source>Could not read the journal: {e}</source>
            <translation>Impossible de lire le journal : {e}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" />
            <location filename="../../src/valuejournal/ui/widgets/canvas_block.py" />
            <location filename="../../src/valuejournal/ui/widgets/reflection_section.py" />
            <source>resolved</source>
            <translation>résolu</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" />
            <source>&lt;b&gt;{number}&lt;/b&gt;, {client}: {amount}, due {due}, {days} overdue</source>
            <translation>&lt;b&gt;{number}&lt;/b&gt;, {client} : {amount}, échéance le {due}, {days} de retard</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <source>Invoice {number}: %n session(s). Ctrl+Z to undo.</source>
            <translation>
                <numerusform>Facture {number} : %n séance. Ctrl+Z pour annuler.</numerusform>
                <numerusform>Facture {number} : %n séances. Ctrl+Z pour annuler.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <source>Add (Enter)</source>
            <translation>Ajouter (Entrée)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <source>Rate…</source>
            <translation>Noter…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <source>Rate the unrated sessions listed here, keyboard only</source>
            <translation>Noter les séances non notées de cette liste, au clavier seulement</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <source>Show or hide the coach's comments</source>
            <translation>Afficher ou masquer les commentaires du coach</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <source>Delete these %n session(s)?</source>
            <translation>
                <numerusform>Supprimer cette séance ?</numerusform>
                <numerusform>Supprimer ces %n séances ?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <source>Deleted %n session(s). Ctrl+Z to undo.</source>
            <translation>
                <numerusform>%n séance supprimée. Ctrl+Z pour annuler.</numerusform>
                <numerusform>%n séances supprimées. Ctrl+Z pour annuler.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <source>Marked %n session(s) paid. Ctrl+Z to undo.</source>
            <translation>
                <numerusform>%n séance marquée payée. Ctrl+Z pour annuler.</numerusform>
                <numerusform>%n séances marquées payées. Ctrl+Z pour annuler.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <source>Rated %n session(s).</source>
            <translation>
                <numerusform>%n séance notée.</numerusform>
                <numerusform>%n séances notées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <source>%n were on an invoice already.</source>
            <translation>
                <numerusform>%n était déjà sur une facture.</numerusform>
                <numerusform>%n étaient déjà sur une facture.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <source>Nothing to mark paid: no money is owed for these.</source>
            <translation>Rien à marquer payé : aucun argent n’est dû pour celles-ci.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <source>%n session(s) on no invoice</source>
            <translation>
                <numerusform>%n séance sans facture</numerusform>
                <numerusform>%n séances sans facture</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <source>Mark as invoiced…</source>
            <translation>Marquer comme facturé…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <source>Mark as paid…</source>
            <translation>Marquer comme payé…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <source>Nothing to rate: every session listed has a value.</source>
            <translation>Rien à noter : chaque séance de la liste a une valeur.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <source>Comments (%n)</source>
            <translation>
                <numerusform>Commentaires (%n)</numerusform>
                <numerusform>Commentaires (%n)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <source>Added {h} h on {d}</source>
            <translation>{h} h ajoutées le {d}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <source>Delete the session {what}?</source>
            <translation>Supprimer la séance {what} ?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <source>Ctrl+Z undoes it.</source>
            <translation>Ctrl+Z l’annule.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <source>Could not delete</source>
            <translation>Impossible de supprimer</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <source>Could not save the invoice</source>
            <translation>Impossible d’enregistrer la facture</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <source>Could not mark paid</source>
            <translation>Impossible de marquer comme payé</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <source>Already invoiced: {numbers}.</source>
            <translation>Déjà facturé : {numbers}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" />
            <source>%n invoice(s): {numbers}</source>
            <translation>
                <numerusform>%n facture : {numbers}</numerusform>
                <numerusform>%n factures : {numbers}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <source>Last share</source>
            <translation>Dernier partage</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <source>Received</source>
            <translation>Reçu</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <source>New since last look</source>
            <translation>Nouveau depuis la dernière visite</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <source>Unresolved</source>
            <translation>Non résolus</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <source>Homework done</source>
            <translation>Devoirs faits</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <source>Attention</source>
            <translation>Attention</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <source>Next meeting</source>
            <translation>Prochain rendez-vous</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <source>Filter clients (any column)</source>
            <translation>Filtrer les clients (toute colonne)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <source>Needs attention only</source>
            <translation>Seulement ceux qui demandent de l’attention</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <source>Next meeting:</source>
            <translation>Prochain rendez-vous :</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <source>Set meeting</source>
            <translation>Fixer le rendez-vous</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <source>Open client</source>
            <translation>Ouvrir le client</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <source>everything</source>
            <translation>tout</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <source>nothing new</source>
            <translation>rien de nouveau</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <source>No client yet: open the share files your clients send you.</source>
            <translation>Pas encore de client : ouvrez les fichiers de partage que vos clients vous envoient.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <source>Nothing needs attention.</source>
            <translation>Rien ne demande d’attention.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <source>Could not open the client</source>
            <translation>Impossible d’ouvrir le client</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <source>{n} clients · {f} need attention</source>
            <translation>{n} clients · {f} demandent de l’attention</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <source>all new ({n} sessions)</source>
            <translation>tout est nouveau ({n} séances)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <location filename="../../src/valuejournal/ui/share_opening.py" />
            <source>Someone</source>
            <translation>Quelqu’un</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <source>Next meeting with {name}:</source>
            <translation>Prochain rendez-vous avec {name} :</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <source>Next meeting with {name} kept.</source>
            <translation>Prochain rendez-vous avec {name} enregistré.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <source>The last share from {name} is no longer at {path}.</source>
            <translation>Le dernier partage de {name} n’est plus à {path}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <source>{n} sessions</source>
            <translation>{n} séances</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <source>{n} reflection sections</source>
            <translation>{n} sections de réflexion</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/overview_page.py" />
            <source>{n} replies</source>
            <translation>{n} réponses</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/reflections_page.py" />
            <source>Preview</source>
            <translation>Aperçu</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/reflections_page.py" />
            <source>Export PDF…</source>
            <translation>Exporter en PDF…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/reflections_page.py" />
            <source>Not written yet</source>
            <translation>Pas encore écrit</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/reflections_page.py" />
            <source>Reading the quarter's figures</source>
            <translation>Lecture des chiffres du trimestre</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/reflections_page.py" />
            <source>The figures could not be read; details are in the log.</source>
            <translation>Impossible de lire les chiffres ; les détails sont dans le journal technique.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/rating.py" />
            <source>Rate sessions</source>
            <translation>Noter des séances</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/rating.py" />
            <source>Give it a value first (0–9, T for 10).</source>
            <translation>Donnez-lui d’abord une valeur (0–9, T pour 10).</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/rating.py" />
            <source>Rate {n} sessions</source>
            <translation>Noter {n} séances</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/reminder_center.py" />
            <source>Show the journal</source>
            <translation>Afficher le journal</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/reminder_center.py" />
            <source>Nothing logged today yet. How did the day go?</source>
            <translation>Rien de noté aujourd’hui pour l’instant. Comment s’est passée la journée ?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/reminder_center.py" />
            <source>Log today</source>
            <translation>Noter aujourd’hui</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/reminder_center.py" />
            <source>%n session(s) wait for a rating.</source>
            <translation>
                <numerusform>%n séance attend une note.</numerusform>
                <numerusform>%n séances attendent une note.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/reminder_center.py" />
            <source>Rate them</source>
            <translation>Les noter</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/reminder_center.py" />
            <source>{money} has waited more than {n} days to be paid.</source>
            <translation>{money} attendent d’être payés depuis plus de {n} jours.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/review.py" />
            <source>Open shared journals</source>
            <translation>Ouvrir des journaux partagés</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/session_model.py" />
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>unpaid</source>
            <translation>impayé</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/session_model.py" />
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>pending</source>
            <translation>en attente</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/session_model.py" />
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>paid</source>
            <translation>payé</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/session_model.py" />
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/session_model.py" />
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/session_model.py" />
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/session_model.py" />
            <source>Mood diary:</source>
            <translation>Journal d’humeur :</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/session_model.py" />
            <source>{own} ≈ {converted} at 1 {base} = {rate} {currency} ({day})</source>
            <translation>{own} ≈ {converted} à 1 {base} = {rate} {currency} ({day})</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/session_model.py" />
            <source>a guessed rate, from another day</source>
            <translation>un taux supposé, d’un autre jour</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/session_model.py" />
            <source>to rate</source>
            <translation>à noter</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/session_model.py" />
            <source>invoiced</source>
            <translation>facturé</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/session_model.py" />
            <source>{own}: no exchange rate to {base} yet, so the insights do not count it (Edit → Exchange rates…)</source>
            <translation>{own} : pas encore de taux de change vers {base}, l’analyse ne le compte donc pas (Édition → Taux de change…)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/session_model.py" />
            <source>On invoice {number}</source>
            <translation>Sur la facture {number}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/share_opening.py" />
            <source>Could not open the shared journal</source>
            <translation>Impossible d’ouvrir le journal partagé</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/share_opening.py" />
            <source>Opening %n share(s)…</source>
            <translation>
                <numerusform>Ouverture de %n journal partagé…</numerusform>
                <numerusform>Ouverture de %n journaux partagés…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/share_opening.py" />
            <source>Opening shared journals</source>
            <translation>Ouverture des journaux partagés</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/share_opening.py" />
            <source>Stopping after this file…</source>
            <translation>Arrêt après ce fichier…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/share_opening.py" />
            <source>{name} ({i} of {n})</source>
            <translation>{name} ({i} sur {n})</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/stop_card.py" />
            <source>Value created (0–9, T = 10)</source>
            <translation>Valeur créée (0–9, T = 10)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/stop_card.py" />
            <source>Mood (1 drained – 5 great)</source>
            <translation>Humeur (1 épuisé – 5 excellente)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/stop_card.py" />
            <source>Energy (1–5)</source>
            <translation>Énergie (1–5)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/stop_card.py" />
            <source>Stress (1 calm – 5 very stressed)</source>
            <translation>Stress (1 calme – 5 très stressé)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/stop_card.py" />
            <source>Stop the timer</source>
            <translation>Arrêter le chronomètre</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/stop_card.py" />
            <source>&amp;Keep it whole</source>
            <translation>&amp;Garder tel quel</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/stop_card.py" />
            <source>&amp;Split at midnight</source>
            <translation>&amp;Couper à minuit</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/stop_card.py" />
            <source>How did it go?</source>
            <translation>Comment ça s’est passé ?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/stop_card.py" />
            <source>Save (Enter)</source>
            <translation>Enregistrer (Entrée)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/stop_card.py" />
            <source>it ran past midnight</source>
            <translation>il a dépassé minuit</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/stop_card.py" />
            <source>&amp;Trim the idle part</source>
            <translation>&amp;Retirer le temps inactif</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/stop_card.py" />
            <source>Each key answers and moves on; the last one saves. Enter saves what is answered · Backspace steps back · Esc keeps the timer running</source>
            <translation>Chaque touche répond et passe à la suite ; la dernière enregistre. Entrée enregistre les réponses données · Retour arrière revient en arrière · Échap laisse tourner le chronomètre</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/stop_card.py" />
            <source>{a} and {b}</source>
            <translation>{a} et {b}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/stop_card.py" />
            <source>The timer ran {t}: {why}. How should it be logged?</source>
            <translation>Le chronomètre a tourné {t} : {why}. Comment le noter ?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/stop_card.py" />
            <source>the computer slept for {t}</source>
            <translation>l’ordinateur a été en veille {t}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/stop_card.py" />
            <source>it ran longer than {h} h</source>
            <translation>il a tourné plus de {h} h</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/stop_card.py" />
            <source>&amp;Trim to {h} h</source>
            <translation>&amp;Réduire à {h} h</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/tasks.py" />
            <source>A background task</source>
            <translation>Une tâche en arrière-plan</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/timer_controller.py" />
            <source>{t} since {start}</source>
            <translation>{t} depuis {start}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/timer_controller.py" />
            <source>Timer</source>
            <translation>Chronomètre</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/timer_controller.py" />
            <source>Could not stop the timer</source>
            <translation>Impossible d’arrêter le chronomètre</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/timer_controller.py" />
            <location filename="../../src/valuejournal/ui/tray.py" />
            <location filename="../../src/valuejournal/ui/widgets/filter_bar.py" />
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <location filename="../../src/valuejournal/ui/widgets/timer_bar.py" />
            <source>No client</source>
            <translation>Sans client</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/tray.py" />
            <source>No timer running</source>
            <translation>Aucun chronomètre en marche</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/tray.py" />
            <source>Today: 0 h</source>
            <translation>Aujourd’hui : 0 h</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/tray.py" />
            <source>Start timer</source>
            <translation>Démarrer le chronomètre</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/tray.py" />
            <source>Quick add…</source>
            <translation>Ajout rapide…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/tray.py" />
            <source>Open Value Journal</source>
            <translation>Ouvrir Value Journal</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/tray.py" />
            <source>Snooze reminders</source>
            <translation>Reporter les rappels</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/tray.py" />
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/tray.py" />
            <source>Stop timer…</source>
            <translation>Arrêter le chronomètre…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/tray.py" />
            <source>Today: {h} h</source>
            <translation>Aujourd’hui : {h} h</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/tray.py" />
            <source>● {t} · {who}</source>
            <translation>● {t} · {who}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/amount_field.py" />
            <source>Pay for this session, e.g. 450 or 1,234.50 (empty: none)</source>
            <translation>Paie de cette séance, par ex. 450 ou 1 234,50 (vide : aucune)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/amount_field.py" />
            <source>not an amount</source>
            <translation>pas un montant</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/amount_field.py" />
            <source>not an amount: {t}</source>
            <translation>pas un montant : {t}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/backup_form.py" />
            <source>beside the journal</source>
            <translation>à côté du journal</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/backup_form.py" />
            <source>C&amp;hoose…</source>
            <translation>C&amp;hoisir…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/backup_form.py" />
            <source>Backup &amp;folder:</source>
            <translation>Dossier des sa&amp;uvegardes :</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/backup_form.py" />
            <source>Keep &amp;daily:</source>
            <translation>Garder les &amp;quotidiennes :</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/backup_form.py" />
            <source>Keep &amp;weekly:</source>
            <translation>Garder les hebdomada&amp;ires :</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/backup_form.py" />
            <source>Keep &amp;monthly:</source>
            <translation>Garder les &amp;mensuelles :</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/backup_form.py" />
            <source>Backup folder</source>
            <translation>Dossier des sauvegardes</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/canvas_block.py" />
            <source>Your words (Markdown)…</source>
            <translation>Vos mots (Markdown)…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/canvas_block.py" />
            <source>Your comment on this block…</source>
            <translation>Votre commentaire sur ce bloc…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/canvas_block.py" />
            <location filename="../../src/valuejournal/ui/widgets/comment_panel.py" />
            <source>Add comment</source>
            <translation>Ajouter le commentaire</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/chart_panel.py" />
            <source>{h} h · {pay}</source>
            <translation>{h} h · {pay}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/chart_panel.py" />
            <source>Click to see these sessions</source>
            <translation>Cliquez pour voir ces séances</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/chart_panel.py" />
            <source>value {v}/10</source>
            <translation>valeur {v}/10</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/chart_panel.py" />
            <source>mostly {c}</source>
            <translation>surtout {c}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/chart_panel.py" />
            <source>{r}/h</source>
            <translation>{r}/h</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/chart_panel.py" />
            <source>mood {m}/5</source>
            <translation>humeur {m}/5</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_composer.py" />
            <source>Any days you choose</source>
            <translation>Les jours de votre choix</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_composer.py" />
            <source>What do you notice in these weeks?</source>
            <translation>Que remarquez-vous dans ces semaines ?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_composer.py" />
            <source>Add comment on this period</source>
            <translation>Ajouter un commentaire sur cette période</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_composer.py" />
            <source>Span</source>
            <translation>Séquence</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_composer.py" />
            <location filename="../../src/valuejournal/ui/widgets/homework_view.py" />
            <source>Days</source>
            <translation>Jours</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_composer.py" />
            <source>Your comment on this section…</source>
            <translation>Votre commentaire sur cette section…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_composer.py" />
            <source>Add comment on this section</source>
            <translation>Ajouter un commentaire sur cette section</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_composer.py" />
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" />
            <location filename="../../src/valuejournal/ui/widgets/homework_view.py" />
            <source>to</source>
            <translation>au</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_composer.py" />
            <source>This share holds no reflections.</source>
            <translation>Ce partage ne contient aucune réflexion.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_composer.py" />
            <source>(nothing written in this section)</source>
            <translation>(rien d’écrit dans cette section)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" />
            <source>The two passphrases differ.</source>
            <translation>Les deux phrases secrètes diffèrent.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" />
            <source>Your coach gets a file with the sessions, clients and reflections of the range you choose. Private sessions stay here unless you include them.</source>
            <translation>Votre coach reçoit un fichier avec les séances, les clients et les réflexions de la période choisie. Les séances privées restent ici, sauf si vous les incluez.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" />
            <source>all</source>
            <translation>tout</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" />
            <source>Everything</source>
            <translation>Tout</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" />
            <source>One quarter</source>
            <translation>Un trimestre</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" />
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" />
            <source>Include private sessions and my notes about clients</source>
            <translation>Inclure les séances privées et mes notes sur les clients</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" />
            <source>Save share file…</source>
            <translation>Enregistrer le fichier de partage…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" />
            <source>Passphrase needed</source>
            <translation>Phrase secrète requise</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" />
            <source>{name} is encrypted. Enter the passphrase it was sent with.</source>
            <translation>{name} est chiffré. Saisissez la phrase secrète transmise avec lui.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" />
            <source>The passphrase needs at least {n} characters.</source>
            <translation>La phrase secrète doit compter au moins {n} caractères.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" />
            <source>The file will hold {sessions}, {clients} and {reflections}.</source>
            <translation>Le fichier contiendra {sessions}, {clients} et {reflections}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" />
            <source>%n private session(s) will stay here.</source>
            <translation>
                <numerusform>%n séance privée restera ici.</numerusform>
                <numerusform>%n séances privées resteront ici.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_list.py" />
            <source>Resolved</source>
            <translation>Résolu</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_list.py" />
            <source>Edit</source>
            <translation>Modifier</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_list.py" />
            <source>Withdraw</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_list.py" />
            <source>Reply</source>
            <translation>Répondre</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_list.py" />
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_list.py" />
            <source>Session {day}</source>
            <translation>Séance du {day}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_list.py" />
            <source>reply, {when}</source>
            <translation>réponse, {when}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_list.py" />
            <source>Period {start} to {end}</source>
            <translation>Période du {start} au {end}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_list.py" />
            <source>{when}, changed {changed}</source>
            <translation>{when}, modifié {changed}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_list.py" />
            <source>no longer in the journal</source>
            <translation>n’est plus dans le journal</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_list.py" />
            <source>Canvas {quarter}, “{block}”</source>
            <translation>Canvas {quarter}, « {block} »</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_list.py" />
            <source>A session</source>
            <translation>Une séance</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_list.py" />
            <source>Reflection {quarter}, “{section}”</source>
            <translation>Réflexion {quarter}, « {section} »</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_panel.py" />
            <source>Select a session to see its comments.</source>
            <translation>Sélectionnez une séance pour voir ses commentaires.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_panel.py" />
            <source>Select a session to see or write its comments.</source>
            <translation>Sélectionnez une séance pour voir ou écrire ses commentaires.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_panel.py" />
            <source>Coach comments</source>
            <translation>Commentaires du coach</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_panel.py" />
            <source>Hide the comments (the Comments button opens them)</source>
            <translation>Masquer les commentaires (le bouton Commentaires les ouvre)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_panel.py" />
            <source>Hide the comments</source>
            <translation>Masquer les commentaires</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_panel.py" />
            <source>No comments on this session.</source>
            <translation>Aucun commentaire sur cette séance.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_panel.py" />
            <source>Write a comment on the selected session…</source>
            <translation>Écrivez un commentaire sur la séance sélectionnée…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/conflict_banner.py" />
            <source>Merge &amp;all</source>
            <translation>&amp;Tout fusionner</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/conflict_banner.py" />
            <source>Not now</source>
            <translation>Pas maintenant</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/conflict_banner.py" />
            <source>A copy of this journal made by a sync tool lies beside it. Merging takes in what it holds that this one lacks (backed up first, undoable):</source>
            <translation>Une copie de ce journal faite par un outil de synchronisation se trouve à côté. La fusion reprend ce qu’elle contient et qui manque à celui-ci (sauvegardé d’abord, annulable) :</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/conflict_banner.py" />
            <source>Merge &amp;it</source>
            <translation>&amp;Fusionner</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/conflict_banner.py" />
            <source>{n} copies of this journal made by sync tools lie beside it. Merging takes in what they hold that this one lacks (backed up first, undoable):</source>
            <translation>{n} copies de ce journal faites par des outils de synchronisation se trouvent à côté. La fusion reprend ce qu’elles contiennent et qui manque à celui-ci (sauvegardé d’abord, annulable) :</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/date_field.py" />
            <source>today</source>
            <translation>aujourd’hui</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/date_field.py" />
            <source>yesterday</source>
            <translation>hier</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/date_field.py" />
            <source>tomorrow</source>
            <translation>demain</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/date_field.py" />
            <source>not a date</source>
            <translation>pas une date</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/date_field.py" />
            <source>a date like {example}, today, yesterday, -1 or mon</source>
            <translation>une date comme {example}, aujourd’hui, hier, -1 ou lun</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/date_field.py" />
            <source>Choose from a calendar (Alt+Down)</source>
            <translation>Choisir dans un calendrier (Alt+Bas)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/date_field.py" />
            <source>no such day</source>
            <translation>ce jour n’existe pas</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/date_field.py" />
            <source>not a date: {text} (type {help})</source>
            <translation>pas une date : {text} (tapez {help})</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/date_field.py" />
            <source>Type {help}; Up/Down: a day; Alt+Down: calendar</source>
            <translation>Tapez {help} ; Haut/Bas : un jour ; Alt+Bas : calendrier</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/date_field.py" />
            <source>the date is missing: type {help}</source>
            <translation>la date manque : tapez {help}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/date_field.py" />
            <source>there is no such day: {text}</source>
            <translation>ce jour n’existe pas : {text}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/filter_bar.py" />
            <source>Search titles, notes, clients… (Ctrl+F)</source>
            <translation>Chercher dans les titres, notes, clients… (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/filter_bar.py" />
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" />
            <source>Search the sessions</source>
            <translation>Chercher dans les séances</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/filter_bar.py" />
            <source>Any pay status</source>
            <translation>Tout état de paiement</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/filter_bar.py" />
            <source>This week</source>
            <translation>Cette semaine</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/filter_bar.py" />
            <source>This month</source>
            <translation>Ce mois-ci</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/filter_bar.py" />
            <source>To rate</source>
            <translation>À noter</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/filter_bar.py" />
            <source>Only sessions whose value is not rated yet</source>
            <translation>Seulement les séances dont la valeur n’est pas encore notée</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/filter_bar.py" />
            <source>All clients</source>
            <translation>Tous les clients</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/filter_bar.py" />
            <source>Unpaid</source>
            <translation>Impayé</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/habits_form.py" />
            <source> h</source>
            <translation> h</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/habits_form.py" />
            <source>Closing the window leaves the app in the tray</source>
            <translation>Fermer la fenêtre laisse l’application dans la zone de notification</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/habits_form.py" />
            <source>Remind me to log the day, from</source>
            <translation>Me rappeler de noter la journée, à partir de</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/habits_form.py" />
            <source>:00</source>
            <translation>:00</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/habits_form.py" />
            <source>Remind me when sessions wait for a rating, at least</source>
            <translation>Me rappeler quand des séances attendent une note, au moins</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/habits_form.py" />
            <source>Remind me of money unpaid for more than</source>
            <translation>Me rappeler l’argent impayé depuis plus de</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/habits_form.py" />
            <source> days</source>
            <translation> jours</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/habits_form.py" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/habits_form.py" />
            <source>This desktop shows no tray icons.</source>
            <translation>Ce bureau n’affiche pas d’icônes dans la zone de notification.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/habits_form.py" />
            <source>A timer that ran longer asks keep, split or trim</source>
            <translation>Un chronomètre qui a tourné plus longtemps demande s’il faut garder, couper ou réduire</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/habits_form.py" />
            <source>Snooze a reminder for</source>
            <translation>Reporter un rappel de</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" />
            <source>Start a new entry in the quick entry</source>
            <translation>Commencer une nouvelle saisie dans la saisie rapide</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" />
            <source>Add the entry; in the list: edit the selected session</source>
            <translation>Ajouter la saisie ; dans la liste : modifier la séance sélectionnée</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" />
            <source>Delete the selected sessions (Ctrl+Z brings them back)</source>
            <translation>Supprimer les séances sélectionnées (Ctrl+Z les rétablit)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" />
            <source>In the list: the first / the last session</source>
            <translation>Dans la liste : la première / la dernière séance</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" />
            <source>Bold / italic in a section</source>
            <translation>Gras / italique dans une section</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" />
            <source>A week / a day earlier or later; Home / End: the year's ends</source>
            <translation>Une semaine / un jour plus tôt ou plus tard ; Début / Fin : les bouts de l’année</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" />
            <source>The year before / after</source>
            <translation>L’année d’avant / d’après</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" />
            <source>The day's sessions; in that list: edit the session</source>
            <translation>Les séances du jour ; dans cette liste : modifier la séance</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" />
            <source>Week grid: the next cell; save every filled cell</source>
            <translation>Grille de la semaine : la case suivante ; enregistrer chaque case remplie</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" />
            <source>Rating</source>
            <translation>Notation</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" />
            <source>Rate the session 0 to 9, T for 10</source>
            <translation>Noter la séance de 0 à 9, T pour 10</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" />
            <source>Skip this session</source>
            <translation>Passer cette séance</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" />
            <source>Back to the previous session or step</source>
            <translation>Revenir à la séance ou à l’étape précédente</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" />
            <source>Rate a batch / also ask the mood</source>
            <translation>Noter un lot / demander aussi l’humeur</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" />
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" />
            <source>not installed</source>
            <translation>non installé</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" />
            <source>Journal schema</source>
            <translation>Schéma du journal</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" />
            <source>{n} (this app writes {m})</source>
            <translation>{n} (cette application écrit {m})</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" />
            <source>none open (this app writes {m})</source>
            <translation>aucun ouvert (cette application écrit {m})</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" />
            <source>Journal your work; see where pay and value part ways.</source>
            <translation>Tenez le journal de votre travail ; voyez où la paie et la valeur se séparent.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/homework_view.py" />
            <source>What to do (empty: said for you)</source>
            <translation>Que faire (vide : rédigé pour vous)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/homework_view.py" />
            <source>Set homework</source>
            <translation>Fixer le devoir</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/homework_view.py" />
            <source>Cancel the change</source>
            <translation>Annuler la modification</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/homework_view.py" />
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/homework_view.py" />
            <source>Words</source>
            <translation>Texte</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/homework_view.py" />
            <source>Percent or hours</source>
            <translation>Pourcentage ou heures</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/homework_view.py" />
            <source>10 (percent)</source>
            <translation>10 (pour cent)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/homework_view.py" />
            <source>20 (hours)</source>
            <translation>20 (heures)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/homework_view.py" />
            <source>Save the change</source>
            <translation>Enregistrer la modification</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/homework_view.py" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/homework_view.py" />
            <source>No homework yet.</source>
            <translation>Pas encore de devoirs.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/homework_view.py" />
            <source>done</source>
            <translation>fait</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/homework_view.py" />
            <source>open</source>
            <translation>à faire</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/homework_view.py" />
            <source>withdrawn</source>
            <translation>retiré</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/homework_view.py" />
            <source>Type the raise as a whole number of percent, e.g. 10.</source>
            <translation>Tapez la hausse en pour cent entier, par ex. 10.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/homework_view.py" />
            <source>Type the hours, e.g. 20 or 20:30.</source>
            <translation>Tapez les heures, par ex. 20 ou 20:30.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/homework_view.py" />
            <source>Withdrawn by your coach</source>
            <translation>Retiré par votre coach</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/hours_box.py" />
            <source>Hours, e.g. 1.5, 1,5 or 1:30 (Up and Down step a quarter hour)</source>
            <translation>Heures, par ex. 1.5, 1,5 ou 1:30 (Haut et Bas ajoutent ou retirent un quart d’heure)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/hours_box.py" />
            <source>max 24 h</source>
            <translation>24 h max.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/hours_box.py" />
            <source>type the hours, e.g. 1.5 or 1:30</source>
            <translation>tapez les heures, par ex. 1.5 ou 1:30</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/hours_box.py" />
            <source>hours?</source>
            <translation>heures ?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/hours_box.py" />
            <source>not hours</source>
            <translation>pas des heures</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/hours_box.py" />
            <source>must be more than 0 hours</source>
            <translation>doit dépasser 0 heure</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/hours_box.py" />
            <source>over 0 h</source>
            <translation>plus de 0 h</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/hours_box.py" />
            <source>not hours: {t} (try 1.5 or 1:30)</source>
            <translation>pas des heures : {t} (essayez 1.5 ou 1:30)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/hours_box.py" />
            <source>{t} is more than 24 hours</source>
            <translation>{t} dépasse 24 heures</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_choices.py" />
            <source>Whose work is this?</source>
            <translation>À qui est ce travail ?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_choices.py" />
            <source>Entries longer than 24 hours:</source>
            <translation>Entrées de plus de 24 heures :</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_choices.py" />
            <source>{name} ({n} rows)</source>
            <translation>{name} ({n} lignes)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_mapping.py" />
            <source>The columns of this file were not recognised. Choose which column holds what; a date and the hours (or minutes) are needed, everything else is optional.</source>
            <translation>Les colonnes de ce fichier n’ont pas été reconnues. Choisissez quelle colonne contient quoi ; une date et les heures (ou les minutes) sont nécessaires, tout le reste est facultatif.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_mapping.py" />
            <source>— not in the file —</source>
            <translation>— absent du fichier —</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_mapping.py" />
            <source>Columns in this file: {columns}</source>
            <translation>Colonnes de ce fichier : {columns}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_pages.py" />
            <source>My own choice of columns…</source>
            <translation>Mon propre choix de colonnes…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_pages.py" />
            <source>My invoices for this work are paid</source>
            <translation>Mes factures pour ce travail sont payées</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_pages.py" />
            <source>Billable amounts are stored as paid instead of pending (awaiting payment).</source>
            <translation>Les montants facturables sont enregistrés comme payés plutôt qu’en attente (de paiement).</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_pages.py" />
            <source>Rejected rows (they are not imported):</source>
            <translation>Lignes refusées (elles ne sont pas importées) :</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_pages.py" />
            <source>Format:</source>
            <translation>Format :</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_pages.py" />
            <source>new</source>
            <translation>nouvelle</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_pages.py" />
            <source>already present</source>
            <translation>déjà présente</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_pages.py" />
            <source>skipped (not work sessions)</source>
            <translation>ignorée (pas des séances de travail)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_pages.py" />
            <source>rejected</source>
            <translation>refusée</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_pages.py" />
            <source>New work: {h} hours ({m} minutes), pay {pay}</source>
            <translation>Nouveau travail : {h} heures ({m} minutes), paie {pay}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_pages.py" />
            <source>Nothing new: these sessions are already in your journal.</source>
            <translation>Rien de nouveau : ces séances sont déjà dans votre journal.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_pages.py" />
            <source>No session in this file can be imported.</source>
            <translation>Aucune séance de ce fichier ne peut être importée.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_pages.py" />
            <source>Skipped: {reasons}.</source>
            <translation>Ignorées : {reasons}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_pages.py" />
            <source>The first {k} of {n} new sessions, as they will be stored:</source>
            <translation>Les {k} premières des {n} nouvelles séances, telles qu’elles seront enregistrées :</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/pay_fill.py" />
            <source>share of the price</source>
            <translation>part du prix</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/pay_fill.py" />
            <source>share of the retainer</source>
            <translation>part de l’abonnement</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/person_form.py" />
            <source>as it should appear on your reports</source>
            <translation>tel qu’il doit figurer sur vos rapports</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/person_form.py" />
            <source>optional</source>
            <translation>facultatif</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/person_form.py" />
            <location filename="../../src/valuejournal/ui/widgets/settings_dialog.py" />
            <source>As the system</source>
            <translation>Comme le système</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/person_form.py" />
            <source>Your &amp;name</source>
            <translation>Votre &amp;nom</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/person_form.py" />
            <source>&amp;Business name</source>
            <translation>Nom de l’&amp;entreprise</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/person_form.py" />
            <source>Base &amp;currency</source>
            <translation>&amp;Devise de base</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/person_form.py" />
            <source>Numbers and &amp;dates</source>
            <translation>Nombres et d&amp;ates</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/person_form.py" />
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/person_form.py" />
            <source>As the system ({name})</source>
            <translation>Comme le système ({name})</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rate_field.py" />
            <source>No agreed rate</source>
            <translation>Pas de tarif convenu</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rate_field.py" />
            <source>Hourly</source>
            <translation>À l’heure</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rate_field.py" />
            <source>Daily (8 h)</source>
            <translation>À la journée (8 h)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rate_field.py" />
            <source>Fixed price for the project</source>
            <translation>Prix forfaitaire pour le projet</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rate_field.py" />
            <source>Monthly retainer</source>
            <translation>Forfait mensuel</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rate_field.py" />
            <source>{money} per hour</source>
            <translation>{money} par heure</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rate_field.py" />
            <source>{money} per day</source>
            <translation>{money} par jour</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rate_field.py" />
            <source>{money} fixed price</source>
            <translation>{money} prix forfaitaire</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rate_field.py" />
            <source>{money} a month</source>
            <translation>{money} par mois</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rate_field.py" />
            <source>Type the rate's amount.</source>
            <translation>Saisissez le montant du tarif.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <source>0–9 value · T = 10 · then 1–5 mood · Enter saves and moves on · S or Tab skips
← back · Backspace steps back · B batch · M mood step · Home first unrated · Esc closes</source>
            <translation>0–9 valeur · T = 10 · puis 1–5 humeur · Entrée enregistre et continue · S ou Tab passe
← retour · Retour arrière recule d’une étape · B lot · M étape humeur · Début première non notée · Échap ferme</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <source>no pay</source>
            <translation>sans paie</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <source>Whole batch: this client's week (B)</source>
            <translation>Lot entier : la semaine de ce client (B)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <source>Ask for mood (M)</source>
            <translation>Demander l’humeur (M)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <source>← Back</source>
            <translation>← Retour</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <source>Skip (S)</source>
            <translation>Passer (S)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <source>Value created: keys 0–9, T for 10</source>
            <translation>Valeur créée : touches 0–9, T pour 10</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <source>Mood: keys 1–5 (Enter keeps it as it is)</source>
            <translation>Humeur : touches 1–5 (Entrée la laisse telle quelle)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <source>Enter or Esc closes. Every rating is already saved.</source>
            <translation>Entrée ou Échap ferme. Chaque note est déjà enregistrée.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <source>0 none · 5 some · 10 exceptional</source>
            <translation>0 aucune · 5 un peu · 10 exceptionnelle</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <source>1 drained · 3 all right · 5 great</source>
            <translation>1 épuisé · 3 correct · 5 excellent</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <source>(no title)</source>
            <translation>(sans titre)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <source>All done</source>
            <translation>Tout est fait</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <source>End of the list</source>
            <translation>Fin de la liste</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <source>&lt;b&gt;{r} of {n} rated&lt;/b&gt;</source>
            <translation>&lt;b&gt;{r} sur {n} notées&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <source>(private) </source>
            <translation>(privée) </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <source>Week of {d} · {k} sessions · {h} h</source>
            <translation>Semaine du {d} · {k} séances · {h} h</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <source>{k} sessions this week</source>
            <translation>{k} séances cette semaine</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <source>One rating for all {k} ({r} rated so far)</source>
            <translation>Une seule note pour les {k} ({r} notées jusqu’ici)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <source>Not rated yet</source>
            <translation>Pas encore notée</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <source> · mood {m}</source>
            <translation> · humeur {m}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <source>• …and {k} more</source>
            <translation>• …et {k} de plus</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <source>All {n} sessions are rated.</source>
            <translation>Les {n} séances sont notées.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <source>{r} of {n} rated; {k} still to rate (Home goes to the first).</source>
            <translation>{r} sur {n} notées ; {k} restent à noter (Début va à la première).</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <source>Session {i} of {n}</source>
            <translation>Séance {i} sur {n}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <source>Sessions {a}–{b} of {n}</source>
            <translation>Séances {a}–{b} sur {n}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" />
            <source>Rated: value {v}</source>
            <translation>Notée : valeur {v}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" />
            <source>By my locale (A4 or Letter)</source>
            <translation>Selon mes paramètres régionaux (A4 ou Letter)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" />
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" />
            <source>Letter</source>
            <translation>Letter</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" />
            <source>Export PDF</source>
            <translation>Exporter en PDF</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" />
            <source>Browse…</source>
            <translation>Parcourir…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" />
            <source>Include the sessions’ notes</source>
            <translation>Inclure les notes des séances</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" />
            <source>…including private notes</source>
            <translation>…y compris les notes privées</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" />
            <source>Append the weekly reviews’ answers</source>
            <translation>Ajouter les réponses des bilans hebdomadaires</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" />
            <source>Include the business model canvas page</source>
            <translation>Inclure la page du business model canvas</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" />
            <source>Open the PDF when it is ready</source>
            <translation>Ouvrir le PDF quand il est prêt</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" />
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" />
            <source>Paper</source>
            <translation>Papier</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" />
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" />
            <source>Exporting… %p%</source>
            <translation>Export… %p%</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" />
            <source>Something went wrong while writing the PDF; details are in the log.</source>
            <translation>Une erreur s’est produite en écrivant le PDF ; les détails sont dans le journal technique.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" />
            <source>Could not export the PDF</source>
            <translation>Impossible d’exporter le PDF</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" />
            <source>Give a file name for the PDF.</source>
            <translation>Donnez un nom de fichier au PDF.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" />
            <source>Saved the PDF to {path}</source>
            <translation>PDF enregistré dans {path}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_figures.py" />
            <source>Reading the quarter…</source>
            <translation>Lecture du trimestre…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_figures.py" />
            <source>No work sessions logged in this quarter yet. The reflection can still be written, and the PDF will say there is nothing to show.</source>
            <translation>Aucune séance de travail notée ce trimestre pour l’instant. La réflexion peut quand même être écrite, et le PDF dira qu’il n’y a rien à montrer.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_figures.py" />
            <source>Mood · energy · stress</source>
            <translation>Humeur · énergie · stress</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_figures.py" />
            <source>your own work</source>
            <translation>votre propre travail</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_figures.py" />
            <source>{q} at a glance</source>
            <translation>{q} en un coup d’œil</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_figures.py" />
            <source>No such stretch this quarter.</source>
            <translation>Aucune séquence de ce genre ce trimestre.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_section.py" />
            <source>Which work made a real difference this quarter, and for whom: clients, community, yourself?</source>
            <translation>Quel travail a vraiment compté ce trimestre, et pour qui : clients, communauté, vous-même ?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_section.py" />
            <source>What came back: money, and also referrals, repeat work, learning, reputation, joy? What is still waiting?</source>
            <translation>Qu’est-ce qui est revenu : de l’argent, mais aussi des recommandations, des missions renouvelées, des apprentissages, de la réputation, de la joie ? Qu’est-ce qui attend encore ?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_section.py" />
            <source>Where did you give much more than you got, or get paid well for work that meant little? With whom?</source>
            <translation>Où avez-vous donné bien plus que reçu, ou été bien payé pour un travail qui comptait peu ? Avec qui ?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_section.py" />
            <source>One to three concrete changes: rates, clients, hours, what you will say no to.</source>
            <translation>Un à trois changements concrets : tarifs, clients, heures, ce à quoi vous direz non.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_section.py" />
            <source>Anything else worth remembering about this quarter.</source>
            <translation>Tout ce qui mérite encore d’être retenu de ce trimestre.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_section.py" />
            <source>Write here. Markdown works: **bold**, *italic*, “- ” for a list.</source>
            <translation>Écrivez ici. Le Markdown fonctionne : **gras**, *italique*, « - » pour une liste.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_section.py" />
            <source>Nothing written yet.</source>
            <translation>Rien d’écrit pour l’instant.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reminder_banner.py" />
            <source>Snooze</source>
            <translation>Reporter</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reminder_banner.py" />
            <source>Dismiss</source>
            <translation>Ignorer</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/score_box.py" />
            <source>empty: not rated</source>
            <translation>vide : non noté</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/score_box.py" />
            <source>{n} is not from {low} to {high}</source>
            <translation>{n} n’est pas entre {low} et {high}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/score_box.py" />
            <source>{low}–{high}</source>
            <translation>{low}–{high}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/score_box.py" />
            <source>not a whole number from {low} to {high}</source>
            <translation>pas un nombre entier entre {low} et {high}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>referral</source>
            <translation>recommandation</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>repeat</source>
            <translation>mission renouvelée</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>Ecological impact</source>
            <translation>Impact écologique</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>Ecological impact, -2 … +2</source>
            <translation>Impact écologique, -2 … +2</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>Economic impact</source>
            <translation>Impact économique</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>Economic impact, -2 … +2</source>
            <translation>Impact économique, -2 … +2</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>Social impact</source>
            <translation>Impact social</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>Social impact, -2 … +2</source>
            <translation>Impact social, -2 … +2</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>no client</source>
            <translation>sans client</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>no project</source>
            <translation>sans projet</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>What did you do?</source>
            <translation>Qu’avez-vous fait ?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>Value created, 0–10</source>
            <translation>Valeur créée, 0–10</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>Mood, 1 (low) – 5 (great)</source>
            <translation>Humeur, 1 (basse) – 5 (excellente)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>Energy, 1–5</source>
            <translation>Énergie, 1–5</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>Stress, 1 (calm) – 5 (very stressed)</source>
            <translation>Stress, 1 (calme) – 5 (très stressé)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>Energy</source>
            <translation>Énergie</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>Stress</source>
            <translation>Stress</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>Start time</source>
            <translation>Heure de début</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>Private notes (never shared unless you ask)</source>
            <translation>Notes privées (jamais partagées sauf si vous le demandez)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>tags, separated by ;</source>
            <translation>étiquettes, séparées par ;</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>A date in the future</source>
            <translation>Une date dans le futur</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>Save on that date</source>
            <translation>Enregistrer à cette date</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>Change the date</source>
            <translation>Changer la date</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>no: work for pay</source>
            <translation>non : travail rémunéré</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>a gift</source>
            <translation>un cadeau</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>new client</source>
            <translation>nouveau client</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>the date is in the future</source>
            <translation>la date est dans le futur</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>This session is dated {d}, in the future. Save it on that date?</source>
            <translation>Cette séance est datée du {d}, dans le futur. L’enregistrer à cette date ?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" />
            <source>{field}: {problem}</source>
            <translation>{field} : {problem}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" />
            <source>Start</source>
            <translation>Début</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" />
            <source>&amp;What</source>
            <translation>&amp;Quoi</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" />
            <source>N&amp;otes</source>
            <translation>N&amp;otes</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" />
            <source>paid o&amp;n</source>
            <translation>payé &amp;le</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" />
            <source>Also captured</source>
            <translation>Aussi capté</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" />
            <source>Impact</source>
            <translation>Impact</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" />
            <source>Ta&amp;gs</source>
            <translation>Étiquett&amp;es</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" />
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" />
            <source>&amp;Hours</source>
            <translation>&amp;Heures</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" />
            <source>&amp;Client</source>
            <translation>&amp;Client</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" />
            <source>Pro&amp;ject</source>
            <translation>Pro&amp;jet</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" />
            <source>&amp;Value</source>
            <translation>&amp;Valeur</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" />
            <source>&amp;Pay</source>
            <translation>&amp;Paie</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" />
            <source>&amp;Status</source>
            <translation>É&amp;tat</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" />
            <source>Paid o&amp;n</source>
            <translation>Payé &amp;le</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" />
            <source>&amp;Mood</source>
            <translation>H&amp;umeur</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" />
            <source>&amp;Energy</source>
            <translation>É&amp;nergie</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" />
            <source>S&amp;tress</source>
            <translation>&amp;Stress</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" />
            <source>&amp;Value created</source>
            <translation>&amp;Valeur créée</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" />
            <source>Given on p&amp;urpose</source>
            <translation>Travail &amp;gratuit</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/settings_dialog.py" />
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/settings_dialog.py" />
            <source>You</source>
            <translation>Vous</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/settings_dialog.py" />
            <source>&amp;Theme</source>
            <translation>&amp;Thème</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/settings_dialog.py" />
            <location filename="../../src/valuejournal/ui/widgets/thresholds_dialog.py" />
            <source>Insight thresholds</source>
            <translation>Seuils des analyses</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/settings_dialog.py" />
            <source>Timer and reminders</source>
            <translation>Chronomètre et rappels</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/settings_dialog.py" />
            <source>Light</source>
            <translation>Clair</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/settings_dialog.py" />
            <source>Dark</source>
            <translation>Sombre</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/skills_dialog.py" />
            <source>Skills</source>
            <translation>Compétences</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/skills_dialog.py" />
            <source>Tick the tags that name what you are good at. Partners are tags starting with @ (“@Ana”) on the sessions you did with them.</source>
            <translation>Cochez les étiquettes qui nomment ce que vous savez bien faire. Les partenaires sont les étiquettes commençant par @ (« @Ana ») sur les séances faites avec eux.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/thresholds_dialog.py" />
            <source>Low value: at most</source>
            <translation>Faible valeur : au plus</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/thresholds_dialog.py" />
            <source>High value: at least</source>
            <translation>Forte valeur : au moins</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/thresholds_dialog.py" />
            <source>High pay: pay rate above this share of your periods</source>
            <translation>Bonne paie : taux horaire au-dessus de cette part de vos périodes</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/thresholds_dialog.py" />
            <source>Judge a day from (hours)</source>
            <translation>Juger un jour à partir de (heures)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/thresholds_dialog.py" />
            <source>Judge a week from (hours)</source>
            <translation>Juger une semaine à partir de (heures)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/thresholds_dialog.py" />
            <source>Judge a month from (hours)</source>
            <translation>Juger un mois à partir de (heures)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/thresholds_dialog.py" />
            <source>Name a client's balance from (hours)</source>
            <translation>Citer la balance d’un client à partir de (heures)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/timer_bar.py" />
            <source>Stop… (Ctrl+T)</source>
            <translation>Arrêter… (Ctrl+T)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/timer_bar.py" />
            <source>No timer running. Ctrl+T starts one for the client and “what” typed above.</source>
            <translation>Aucun chronomètre en marche. Ctrl+T en démarre un pour le client et le « quoi » saisis au-dessus.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/timer_bar.py" />
            <source>Start timer (Ctrl+T)</source>
            <translation>Démarrer le chronomètre (Ctrl+T)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/timer_bar.py" />
            <source>● &lt;b&gt;{t}&lt;/b&gt; · {who} · since {since}</source>
            <translation>● &lt;b&gt;{t}&lt;/b&gt; · {who} · depuis {since}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/week_grid.py" />
            <source>◀ Week before</source>
            <translation>◀ Semaine précédente</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/week_grid.py" />
            <source>Week after ▶</source>
            <translation>Semaine suivante ▶</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/week_grid.py" />
            <source>Save the week</source>
            <translation>Enregistrer la semaine</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/week_grid.py" />
            <source>Add a row</source>
            <translation>Ajouter une ligne</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/week_grid.py" />
            <source>Hours per day as in the hours field (1.5, 1:30, 90m); Tab moves, Enter saves every filled cell as a session (unrated: rate them later).</source>
            <translation>Heures par jour comme dans le champ des heures (1.5, 1:30, 90m) ; Tab avance, Entrée enregistre chaque case remplie comme une séance (non notée : notez-les plus tard).</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/week_grid.py" />
            <source>client (optional)</source>
            <translation>client (facultatif)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/week_grid.py" />
            <source>what you did</source>
            <translation>ce que vous avez fait</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/week_grid.py" />
            <source>Type hours in at least one day first.</source>
            <translation>Tapez d’abord des heures dans au moins un jour.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/week_grid.py" />
            <source>{day}: {problem}</source>
            <translation>{day} : {problem}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/weekly_answers.py" />
            <source>No weekly review answered in this quarter yet (Go → Weekly review…).</source>
            <translation>Aucun bilan hebdomadaire rempli ce trimestre pour l’instant (Aller → Bilan hebdomadaire…).</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/year_grid.py" />
            <source>Year calendar</source>
            <translation>Calendrier de l’année</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/year_grid.py" />
            <source>Nothing logged</source>
            <translation>Rien de noté</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/year_grid.py" />
            <source>{sessions}, {h} h</source>
            <translation>{sessions}, {h} h</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/year_grid.py" />
            <source>Pay: {pay}</source>
            <translation>Paie : {pay}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/year_grid.py" />
            <source>Value: {v}</source>
            <translation>Valeur : {v}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/year_grid.py" />
            <source>Pay per hour: {r}</source>
            <translation>Paie par heure : {r}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/year_grid.py" />
            <source>Mood: {m}</source>
            <translation>Humeur : {m}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/year_grid.py" />
            <source>Value minus pay: {g} (value ×{v}, pay ×{p})</source>
            <translation>Valeur moins paie : {g} (valeur ×{v}, paie ×{p})</translation>
        </message>
    </context>
</TS>
