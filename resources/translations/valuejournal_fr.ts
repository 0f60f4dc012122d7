<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>ValueJournal</name>
        <message>
            <location filename="../../src/valuejournal/charts/bubbles.py" line="59" />
            <source>Mean impact</source>
            <translation>Impact moyen</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/bubbles.py" line="60" />
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" line="65" />
            <source>Impact on the three bubbles</source>
            <translation>Impact sur les trois bulles</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/bubbles.py" line="30" />
            <source>No data in this range (no impacts recorded yet)</source>
            <translation>Aucune donnée sur cette période (aucun impact noté pour l’instant)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/capture.py" line="74" />
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" line="63" />
            <source>Value created and captured</source>
            <translation>Valeur créée et captée</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/capture.py" line="148" />
            <source>Days from the work to the payment</source>
            <translation>Jours entre le travail et le paiement</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/capture.py" line="76" />
            <source>Waiting to be paid: {money}</source>
            <translation>En attente de paiement : {money}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/capture.py" line="91" />
            <source> ({money} invoiced)</source>
            <translation> ({money} facturés)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/capture.py" line="156" />
            <source>No payments with a date yet</source>
            <translation>Aucun paiement daté pour l’instant</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/capture.py" line="61" />
            <source>Money captured</source>
            <translation>Argent capté</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/capture.py" line="71" />
            <source>Total ({currency})</source>
            <translation>Total ({currency})</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/capture.py" line="113" />
            <source>no invoice paid yet</source>
            <translation>aucune facture payée pour l’instant</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/capture.py" line="149" />
            <source>Paid ({currency})</source>
            <translation>Payé ({currency})</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/capture.py" line="59" />
            <source>Value created (at your rates)</source>
            <translation>Valeur créée (à vos tarifs)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/capture.py" line="64" />
            <location filename="../../src/valuejournal/ui/widgets/filter_bar.py" line="60" />
            <source>Pending</source>
            <translation>En attente</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/capture.py" line="107" />
            <source>work → invoice {days} d</source>
            <translation>travail → facture {days} j</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/capture.py" line="111" />
            <source>invoice → cash {days} d</source>
            <translation>facture → paiement {days} j</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/quadrant.py" line="19" />
            <source>Pay against value, per day (dot size: hours)</source>
            <translation>Paie face à la valeur, par jour (taille du point : heures)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/quadrant.py" line="20" />
            <source>Pay against value, per week (dot size: hours)</source>
            <translation>Paie face à la valeur, par semaine (taille du point : heures)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/quadrant.py" line="21" />
            <source>Pay against value, per month (dot size: hours)</source>
            <translation>Paie face à la valeur, par mois (taille du point : heures)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/charts/quadrant.py" line="64" />
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
            <location filename="../../src/valuejournal/charts/quadrant.py" line="24" />
            <source>High value, low pay</source>
            <translation>Forte valeur, faible paie</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/quadrant.py" line="25" />
            <source>High value, high pay</source>
            <translation>Forte valeur, bonne paie</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/quadrant.py" line="26" />
            <source>Low value, low pay</source>
            <translation>Faible valeur, faible paie</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/quadrant.py" line="27" />
            <location filename="../../src/valuejournal/charts/timeline.py" line="21" />
            <location filename="../../src/valuejournal/report/summary.py" line="27" />
            <source>High pay, low value</source>
            <translation>Bonne paie, faible valeur</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/quadrant.py" line="118" />
            <location filename="../../src/valuejournal/charts/timeline.py" line="80" />
            <source>Value created (0-10)</source>
            <translation>Valeur créée (0-10)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/quadrant.py" line="121" />
            <source>Mood (1-5)</source>
            <translation>Humeur (1-5)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/scales.py" line="22" />
            <source>even</source>
            <translation>équilibre</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/scales.py" line="31" />
            <location filename="../../src/valuejournal/charts/scales.py" line="72" />
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" line="163" />
            <source>not rated</source>
            <translation>non noté</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/scales.py" line="92" />
            <source>← you give more than you get        you get more than you give →</source>
            <translation>← vous donnez plus que vous ne recevez        vous recevez plus que vous ne donnez →</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/charts/scales.py" line="94" />
            <source> (%n more not shown)</source>
            <translation>
                <numerusform> (%n autre non affiché)</numerusform>
                <numerusform> (%n autres non affichés)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/scales.py" line="95" />
            <source>Balance per client: value created against value captured</source>
            <translation>Balance par client : valeur créée face à la valeur captée</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/scales.py" line="29" />
            <source>value {value}</source>
            <translation>valeur {value}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/style.py" line="44" />
            <source>No data in this range</source>
            <translation>Aucune donnée sur cette période</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/style.py" line="244" />
            <source>Pay per hour ({currency})</source>
            <translation>Paie par heure ({currency})</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/timeline.py" line="22" />
            <location filename="../../src/valuejournal/report/summary.py" line="28" />
            <location filename="../../src/valuejournal/ui/widgets/chart_panel.py" line="64" />
            <source>High value, no pay</source>
            <translation>Forte valeur, sans paie</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/timeline.py" line="81" />
            <source>Pay and value over time</source>
            <translation>Paie et valeur au fil du temps</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/timeline.py" line="83" />
            <location filename="../../src/valuejournal/charts/wellbeing.py" line="110" />
            <location filename="../../src/valuejournal/report/summary.py" line="94" />
            <source>Pay per hour</source>
            <translation>Paie par heure</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/timeline.py" line="84" />
            <location filename="../../src/valuejournal/charts/wellbeing.py" line="113" />
            <source>Value (0-10)</source>
            <translation>Valeur (0-10)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/wellbeing.py" line="77" />
            <source>Mean (1-5)</source>
            <translation>Moyenne (1-5)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/wellbeing.py" line="122" />
            <source>Wellbeing, value and pay</source>
            <translation>Bien-être, valeur et paie</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/wellbeing.py" line="40" />
            <source>No data in this range (no mood, energy or stress yet)</source>
            <translation>Aucune donnée sur cette période (ni humeur, ni énergie, ni stress pour l’instant)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/wellbeing.py" line="109" />
            <location filename="../../src/valuejournal/report/documents.py" line="66" />
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" line="141" />
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/wellbeing.py" line="116" />
            <source>Pay/h ({currency})</source>
            <translation>Paie/h ({currency})</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/charts/wellbeing.py" line="74" />
            <source>Mood diary</source>
            <translation>Journal d’humeur</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/entities.py" line="197" />
            <source>Value created, and for whom</source>
            <translation>La valeur créée, et pour qui</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/entities.py" line="198" />
            <source>Value captured: money and otherwise</source>
            <translation>La valeur captée : l’argent et le reste</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/entities.py" line="199" />
            <source>Where the scales tipped, and with whom</source>
            <translation>Où la balance a penché, et avec qui</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/entities.py" line="200" />
            <source>What I will change next quarter</source>
            <translation>Ce que je changerai le trimestre prochain</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/entities.py" line="201" />
            <source>Free notes</source>
            <translation>Notes libres</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/core/insights/engine.py" line="183" />
            <source>None of the %n session(s) is rated yet, so the value figures wait for your ratings.</source>
            <translation>
                <numerusform>Aucune séance n’est encore notée (%n au total) : les chiffres de valeur attendent vos notes.</numerusform>
                <numerusform>Aucune séance n’est encore notée (%n au total) : les chiffres de valeur attendent vos notes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/core/insights/engine.py" line="172" />
            <source>%n session(s) paid in another currency than {currency} count as paid but are left out of the amounts.</source>
            <translation>
                <numerusform>%n séance payée dans une autre devise que {currency} compte comme payée, mais reste hors des montants.</numerusform>
                <numerusform>%n séances payées dans une autre devise que {currency} comptent comme payées, mais restent hors des montants.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/engine.py" line="191" />
            <source>{unrated} of {total} sessions are not rated yet; value rests on the {rated} rated ones.</source>
            <translation>{unrated} séances sur {total} ne sont pas encore notées ; la valeur repose sur les {rated} séances notées.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" line="22" />
            <source>days</source>
            <translation>jours</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" line="22" />
            <source>weeks</source>
            <translation>semaines</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" line="22" />
            <source>months</source>
            <translation>mois</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/core/insights/summary.py" line="24" />
            <location filename="../../src/valuejournal/core/insights/summary.py" line="242" />
            <location filename="../../src/valuejournal/core/insights/summary.py" line="246" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n jour</numerusform>
                <numerusform>%n jours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/core/insights/summary.py" line="25" />
            <source>%n week(s)</source>
            <translation>
                <numerusform>%n semaine</numerusform>
                <numerusform>%n semaines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/core/insights/summary.py" line="26" />
            <source>%n month(s)</source>
            <translation>
                <numerusform>%n mois</numerusform>
                <numerusform>%n mois</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" line="28" />
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" line="167" />
            <source>mood</source>
            <translation>humeur</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" line="28" />
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" line="167" />
            <source>energy</source>
            <translation>énergie</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" line="28" />
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" line="168" />
            <source>stress</source>
            <translation>stress</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" line="29" />
            <source>pay rate</source>
            <translation>taux horaire</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" line="29" />
            <location filename="../../src/valuejournal/ui/widgets/reflection_figures.py" line="109" />
            <source>value</source>
            <translation>valeur</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" line="80" />
            <source>There is nothing to show yet: the journal has no work sessions.</source>
            <translation>Rien à montrer pour l’instant : le journal ne contient aucune séance de travail.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" line="176" />
            <source>the balance is unknown until the work is rated</source>
            <translation>la balance reste inconnue tant que le travail n’est pas noté</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" line="128" />
            <location filename="../../src/valuejournal/report/summary.py" line="112" />
            <source>mostly your own work</source>
            <translation>surtout pour vous-même</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" line="135" />
            <source>unrated</source>
            <translation>non noté</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" line="175" />
            <source>the scales are balanced</source>
            <translation>la balance est équilibrée</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" line="308" />
            <source>not known yet (no paid periods)</source>
            <translation>encore inconnu (aucune période payée)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" line="35" />
            <location filename="../../src/valuejournal/report/text.py" line="79" />
            <source>{n} h</source>
            <translation>{n} h</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" line="86" />
            <source>Between {start} and {end} you logged {hours} over {sessions}</source>
            <translation>Du {start} au {end}, vous avez noté {hours} en {sessions}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/core/insights/summary.py" line="90" />
            <location filename="../../src/valuejournal/core/insights/summary.py" line="218" />
            <location filename="../../src/valuejournal/ui/dialogs/weekly_review.py" line="31" />
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n séance</numerusform>
                <numerusform>%n séances</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" line="143" />
            <source>{when} you put {hours} into high-value work ({value}) that nothing was paid for, {who}.</source>
            <translation>{when}, vous avez consacré {hours} à un travail de forte valeur ({value}) que personne n’a payé, {who}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" line="187" />
            <source>paid {paid} against your alternative rate of {rate}</source>
            <translation>payé {paid} face à votre tarif alternatif de {rate}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" line="189" />
            <source>paid {paid} against your median rate of {rate}</source>
            <translation>payé {paid} face à votre tarif médian de {rate}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" line="197" />
            <source>With {client} {tip}{details}.</source>
            <translation>Avec {client}, {tip}{details}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" line="203" />
            <source>The scales tip furthest with {client}: {tip}{details}.</source>
            <translation>C’est avec {client} que la balance penche le plus : {tip}{details}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" line="249" />
            <source>{money} is not invoiced yet</source>
            <translation>{money} ne sont pas encore facturés</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" line="252" />
            <source>{money} is invoiced and unpaid</source>
            <translation>{money} sont facturés et impayés</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" line="274" />
            <source>Over {periods}, your {measure} was clearly higher when your {against} was higher</source>
            <translation>Sur {periods}, votre {measure} était nettement plus élevé(e) quand votre {against} était plus élevé(e)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" line="276" />
            <source>Over {periods}, your {measure} was somewhat higher when your {against} was higher</source>
            <translation>Sur {periods}, votre {measure} était un peu plus élevé(e) quand votre {against} était plus élevé(e)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" line="282" />
            <source>Over {periods}, your {measure} was clearly lower when your {against} was higher</source>
            <translation>Sur {periods}, votre {measure} était nettement plus bas(se) quand votre {against} était plus élevé(e)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" line="284" />
            <source>Over {periods}, your {measure} was somewhat lower when your {against} was higher</source>
            <translation>Sur {periods}, votre {measure} était un peu plus bas(se) quand votre {against} était plus élevé(e)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" line="77" />
            <source>There is nothing to show yet: no work sessions between {start} and {end}.</source>
            <translation>Rien à montrer pour l’instant : aucune séance de travail du {start} au {end}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" line="93" />
            <source>, earning {money}</source>
            <translation>, pour {money} gagnés</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" line="97" />
            <source>, with an average value of {value}/10</source>
            <translation>, avec une valeur moyenne de {value}/10</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" line="123" />
            <source>On {day}</source>
            <translation>Le {day}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" line="125" />
            <source>Between {start} and {end}</source>
            <translation>Du {start} au {end}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" line="130" />
            <location filename="../../src/valuejournal/report/summary.py" line="114" />
            <source>mostly for {client}</source>
            <translation>surtout pour {client}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" line="133" />
            <location filename="../../src/valuejournal/core/insights/summary.py" line="182" />
            <source>value {value}/10</source>
            <translation>valeur {value}/10</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" line="140" />
            <source>{when} you spent {hours} in high-pay, low-value work ({details}), {who}.</source>
            <translation>{when}, vous avez passé {hours} sur un travail bien payé mais de faible valeur ({details}), {who}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" line="166" />
            <source>at least {ratio}×</source>
            <translation>au moins {ratio}×</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" line="168" />
            <source>about {ratio}×</source>
            <translation>environ {ratio}×</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" line="171" />
            <source>you give {times} what you get</source>
            <translation>vous donnez {times} ce que vous recevez</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" line="173" />
            <source>you get {times} what you give</source>
            <translation>vous recevez {times} ce que vous donnez</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" line="244" />
            <source>Work waited a median {days} to be invoiced, and invoices a median {paid} to be paid.</source>
            <translation>Le travail a attendu en médiane {days} avant d’être facturé, et les factures en médiane {paid} avant d’être payées.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" line="248" />
            <source>Work waited a median {days} to be invoiced.</source>
            <translation>Le travail a attendu en médiane {days} avant d’être facturé.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" line="256" />
            <source> Of the money waiting, {first} and {second}.</source>
            <translation> De l’argent en attente, {first} et {second}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" line="289" />
            <source> (r = {r}).</source>
            <translation> (r = {r}).</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" line="306" />
            <source>at least {rate}</source>
            <translation>au moins {rate}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" line="311" />
            <source>High pay: a pay rate in the top third of your own {periods}, {pay}.</source>
            <translation>Bonne paie : un taux horaire dans le tiers supérieur de vos propres {periods}, {pay}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" line="314" />
            <source>Low value: {low}/10 or less. High value: {high}/10 or more.</source>
            <translation>Faible valeur : {low}/10 ou moins. Forte valeur : {high}/10 ou plus.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" line="317" />
            <source>{periods} with less than {hours} h of rated work are not judged.</source>
            <translation>Les {periods} comptant moins de {hours} h de travail noté ne sont pas jugés.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" line="320" />
            <source>A client is named for the furthest-tipping scales only from {hours} h of work with them.</source>
            <translation>Un client n’est cité pour la balance la plus penchée qu’à partir de {hours} h de travail avec lui.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" line="213" />
            <source>{money} is still waiting to be paid, from {sessions}; the oldest dates from {day} ({days} ago).</source>
            <translation>{money} attendent encore d’être payés, pour {sessions} ; la plus ancienne date du {day} (il y a {days}).</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" line="226" />
            <source>Half of the money you were paid arrived within {median} days of the work, nine tenths within {p90} days.</source>
            <translation>La moitié de l’argent qui vous a été payé est arrivée dans les {median} jours suivant le travail, les neuf dixièmes dans les {p90} jours.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/core/insights/summary.py" line="260" />
            <source> Of the money waiting, {first}.</source>
            <translation> De l’argent en attente, {first}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/core/insights/summary.py" line="113" />
            <source>%n shorter span(s) like these add {hours}.</source>
            <translation>
                <numerusform>%n séquence plus courte comme celles-ci ajoute {hours}.</numerusform>
                <numerusform>%n séquences plus courtes comme celles-ci ajoutent {hours}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/interop/plan.py" line="45" />
            <source>shorter than a minute</source>
            <translation>de moins d’une minute</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/interop/plan.py" line="46" />
            <source>longer than 24 hours</source>
            <translation>de plus de 24 heures</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/interop/plan.py" line="47" />
            <source>a totals row</source>
            <translation>une ligne de totaux</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/interop/plan.py" line="48" />
            <source>an exact repeat of another row</source>
            <translation>une répétition exacte d’une autre ligne</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/interop/plan.py" line="49" />
            <source>another person's work</source>
            <translation>le travail d’une autre personne</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/canvas.py" line="168" />
            <source>Page {page} of {total}</source>
            <translation>Page {page} sur {total}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/canvas_sheet.py" line="56" />
            <source>Business model canvas {quarter}</source>
            <translation>Business model canvas {quarter}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/canvas_sheet.py" line="89" />
            <location filename="../../src/valuejournal/ui/widgets/canvas_block.py" line="97" />
            <source>Nothing this quarter.</source>
            <translation>Rien ce trimestre.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/canvas_sheet.py" line="59" />
            <source>Closed on {date}: the evidence as it was then.</source>
            <translation>Clos le {date} : les éléments tels qu’ils étaient alors.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/canvas_sheet.py" line="63" />
            <source>From {n} sessions, {h}; your words under each block.</source>
            <translation>À partir de {n} séances, {h} ; vos mots sous chaque bloc.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/cover.py" line="41" />
            <source>VALUE JOURNAL</source>
            <translation>VALUE JOURNAL</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/cover.py" line="43" />
            <source>Quarterly reflection</source>
            <translation>Réflexion trimestrielle</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/cover.py" line="84" />
            <source>The same charts as on the Insights page, for this quarter, week by week.</source>
            <translation>Les mêmes graphiques que sur la page Analyses, pour ce trimestre, semaine par semaine.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/cover.py" line="52" />
            <source>Prepared on {date} from the journal “{name}”.</source>
            <translation>Préparé le {date} à partir du journal « {name} ».</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/cover.py" line="62" />
            <location filename="../../src/valuejournal/report/summary.py" line="92" />
            <location filename="../../src/valuejournal/ui/widgets/reflection_figures.py" line="80" />
            <source>Hours worked</source>
            <translation>Heures travaillées</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/cover.py" line="63" />
            <location filename="../../src/valuejournal/report/summary.py" line="93" />
            <location filename="../../src/valuejournal/ui/widgets/reflection_figures.py" line="82" />
            <source>Pay earned</source>
            <translation>Paie perçue</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/cover.py" line="64" />
            <location filename="../../src/valuejournal/ui/widgets/reflection_figures.py" line="84" />
            <source>Average value</source>
            <translation>Valeur moyenne</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/cover.py" line="83" />
            <source>Charts</source>
            <translation>Graphiques</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" line="61" />
            <source>Value created for each client against value captured from them. The yardstick for the pay is the client’s alternative rate when you set one, otherwise your median rate.</source>
            <translation>La valeur créée pour chaque client face à la valeur captée auprès de lui. L’étalon de la paie est le tarif alternatif du client si vous en avez fixé un, sinon votre tarif médian.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" line="66" />
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" line="141" />
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" line="53" />
            <source>Client</source>
            <translation>Client</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" line="66" />
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" line="141" />
            <location filename="../../src/valuejournal/ui/session_model.py" line="42" />
            <source>Hours</source>
            <translation>Heures</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" line="66" />
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" line="141" />
            <location filename="../../src/valuejournal/ui/session_model.py" line="43" />
            <source>Pay</source>
            <translation>Paie</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" line="66" />
            <source>Per hour</source>
            <translation>Par heure</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" line="67" />
            <source>Yardstick</source>
            <translation>Étalon</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" line="67" />
            <location filename="../../src/valuejournal/ui/widgets/reflection_figures.py" line="115" />
            <source>The scales</source>
            <translation>La balance</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" line="65" />
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" line="61" />
            <source>Balance per client</source>
            <translation>Balance par client</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" line="86" />
            <source>alternative</source>
            <translation>alternatif</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" line="86" />
            <source>median</source>
            <translation>médian</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" line="99" />
            <source>Value counts hours times the value you gave the work (5/10 is ordinary work); pay counts money paid or pending for it. Work without a client is listed for completeness: giving is its purpose.</source>
            <translation>La valeur compte les heures multipliées par la valeur donnée au travail (5/10 est un travail ordinaire) ; la paie compte l’argent payé ou en attente pour ce travail. Le travail sans client figure pour être complet : donner est son but.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" line="108" />
            <source>Reflection</source>
            <translation>Réflexion</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" line="127" />
            <source>Session notes</source>
            <translation>Notes des séances</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" line="145" />
            <source>Appendix: weekly reviews</source>
            <translation>Annexe : bilans hebdomadaires</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" line="129" />
            <source>No session in this quarter has a note.</source>
            <translation>Aucune séance de ce trimestre n’a de note.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" line="133" />
            <source>private</source>
            <translation>privée</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" line="147" />
            <source>No weekly review was answered in this quarter.</source>
            <translation>Aucun bilan hebdomadaire n’a été rempli ce trimestre.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" line="111" />
            <source>Last edited on {date}</source>
            <translation>Modifié pour la dernière fois le {date}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/documents.py" line="115" />
            <source>No reflection has been written for {q} yet.</source>
            <translation>Aucune réflexion n’a encore été écrite pour {q}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/render.py" line="90" />
            <source>{owner} · Reflection {quarter}</source>
            <translation>{owner} · Réflexion {quarter}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/render.py" line="85" />
            <source>Reflection {quarter} — {owner}</source>
            <translation>Réflexion {quarter} — {owner}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" line="42" />
            <source>Not known yet</source>
            <translation>Encore inconnu</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" line="41" />
            <source>Balanced</source>
            <translation>Équilibrée</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" line="80" />
            <source>no paid weeks to compare with</source>
            <translation>aucune semaine payée pour comparer</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" line="182" />
            <source>not known yet</source>
            <translation>encore inconnu</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" line="48" />
            <source>The quarter at a glance</source>
            <translation>Le trimestre en un coup d’œil</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" line="73" />
            <source>over {n} sessions</source>
            <translation>sur {n} séances</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" line="74" />
            <source>{paid} paid · {pending} pending</source>
            <translation>{paid} payés · {pending} en attente</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" line="87" />
            <source>energy {e} · stress {s}</source>
            <translation>énergie {e} · stress {s}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" line="88" />
            <source>pending from {n} sessions</source>
            <translation>en attente pour {n} séances</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" line="99" />
            <location filename="../../src/valuejournal/ui/widgets/reflection_figures.py" line="87" />
            <source>Waiting to be captured</source>
            <translation>En attente d’être capté</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" line="120" />
            <source>nothing paid</source>
            <translation>rien de payé</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" line="192" />
            <source>How to read this</source>
            <translation>Comment lire ceci</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" line="35" />
            <source>at least {times}</source>
            <translation>au moins {times}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" line="37" />
            <source>You give {times} what you get</source>
            <translation>Vous donnez {times} ce que vous recevez</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" line="39" />
            <source>You get {times} what you give</source>
            <translation>Vous recevez {times} ce que vous donnez</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" line="78" />
            <source>high pay from {rate}</source>
            <translation>bonne paie à partir de {rate}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" line="83" />
            <source>{n} sessions not rated</source>
            <translation>{n} séances non notées</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" line="85" />
            <source>over {h} rated</source>
            <translation>sur {h} notées</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" line="90" />
            <source>, the oldest {d} days</source>
            <translation>, la plus ancienne depuis {d} jours</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" line="97" />
            <source>Average value created</source>
            <translation>Valeur moyenne créée</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" line="98" />
            <source>Mood (1–5)</source>
            <translation>Humeur (1–5)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" line="116" />
            <location filename="../../src/valuejournal/ui/dialogs/weekly_review.py" line="38" />
            <source>value {v}</source>
            <translation>valeur {v}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" line="129" />
            <location filename="../../src/valuejournal/ui/widgets/reflection_figures.py" line="100" />
            <source>Where pay and value parted ways</source>
            <translation>Là où la paie et la valeur se sont séparées</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" line="176" />
            <source>What stands out</source>
            <translation>Ce qui ressort</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" line="184" />
            <source>High pay: a week’s pay per hour in the top third of all your weeks ({pay} or more). Low value: {low}/10 or less; high value: {high}/10 or more. Weeks with less than {hours} of work, or none of it rated, are not judged.</source>
            <translation>Bonne paie : une paie horaire de la semaine dans le tiers supérieur de toutes vos semaines ({pay} ou plus). Faible valeur : {low}/10 ou moins ; forte valeur : {high}/10 ou plus. Les semaines de moins de {hours} de travail, ou sans rien de noté, ne sont pas jugées.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" line="54" />
            <source>No work sessions were logged in this quarter, so there are no figures, charts or client balances to show.</source>
            <translation>Aucune séance de travail n’a été notée ce trimestre : il n’y a ni chiffres, ni graphiques, ni balances par client à montrer.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" line="133" />
            <source>No stretch of weeks this quarter paid well for little value, or created high value for no pay.</source>
            <translation>Aucune suite de semaines de ce trimestre n’a bien payé pour peu de valeur, ni créé une forte valeur sans paie.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" line="142" />
            <source>{h} of high-value work in these weeks has not been paid for.</source>
            <translation>{h} de travail de forte valeur dans ces semaines n’ont pas été payées.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" line="156" />
            <source>The scales tip furthest with {client}: {tip}.</source>
            <translation>C’est avec {client} que la balance penche le plus : {tip}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/summary.py" line="165" />
            <source>Half of the money paid for this quarter’s work arrived within {d} days.</source>
            <translation>La moitié de l’argent payé pour le travail de ce trimestre est arrivée dans les {d} jours.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/text.py" line="67" />
            <source>{money}/h</source>
            <translation>{money}/h</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/vector.py" line="30" />
            <source>Pay per hour and value per week. Shaded weeks are where the two part ways: high pay with low value, or high value with no pay.</source>
            <translation>Paie par heure et valeur par semaine. Les semaines grisées sont celles où les deux se séparent : bonne paie pour faible valeur, ou forte valeur sans paie.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/vector.py" line="33" />
            <source>Each dot is a week: further right pays more per hour, higher up created more value. Dot size shows the hours, colour the mood.</source>
            <translation>Chaque point est une semaine : plus à droite, elle paie plus par heure ; plus haut, elle a créé plus de valeur. La taille du point montre les heures, sa couleur l’humeur.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/vector.py" line="36" />
            <source>Per client, value created against value captured: bars to the left mean you give more than you get.</source>
            <translation>Par client, la valeur créée face à la valeur captée : une barre vers la gauche signifie que vous donnez plus que vous ne recevez.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/vector.py" line="39" />
            <source>Value created by rated work and money captured for it, added up over the quarter, and how long payments took to arrive.</source>
            <translation>La valeur créée par le travail noté et l’argent capté pour lui, cumulés sur le trimestre, et le temps qu’ont mis les paiements à arriver.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/vector.py" line="42" />
            <source>Mood, energy and stress per week, beside value and pay.</source>
            <translation>Humeur, énergie et stress par semaine, à côté de la valeur et de la paie.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/report/vector.py" line="44" />
            <source>Average impact of the work on the ecological, economic and social bubbles.</source>
            <translation>Impact moyen du travail sur les bulles écologique, économique et sociale.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/backups.py" line="71" />
            <source>another computer</source>
            <translation>un autre ordinateur</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/backups.py" line="74" />
            <source>Journal open on another computer</source>
            <translation>Journal ouvert sur un autre ordinateur</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/backups.py" line="52" />
            <source>Unlock journal</source>
            <translation>Déverrouiller le journal</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/backups.py" line="92" />
            <source>The daily backup</source>
            <translation>La sauvegarde quotidienne</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/backups.py" line="109" />
            <source>Restored the backup {when}; File → Backups… restores the state before it.</source>
            <translation>Sauvegarde {when} restaurée ; Fichier → Sauvegardes… rétablit l’état d’avant.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/backups.py" line="75" />
            <source>{name} is open in {where}.

It opens read-only here, so the two copies cannot drift apart in your synced folder. Close it there, then open it again here to write in it. If that computer is not running Value Journal, delete {lock}.</source>
            <translation>{name} est ouvert sur {where}.

Il s’ouvre ici en lecture seule, pour que les deux copies ne divergent pas dans votre dossier synchronisé. Fermez-le là-bas, puis rouvrez-le ici pour y écrire. Si cet ordinateur n’exécute pas Value Journal, supprimez {lock}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/backups.py" line="54" />
            <source>{name} is encrypted. Its passphrase:</source>
            <translation>{name} est chiffré. Sa phrase secrète :</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/backups.py" line="94" />
            <source>No backup today: {error}</source>
            <translation>Pas de sauvegarde aujourd’hui : {error}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" line="83" />
            <source>Could not import the feedback</source>
            <translation>Impossible d’importer les retours</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" line="49" />
            <source>Save share file</source>
            <translation>Enregistrer le fichier de partage</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" line="67" />
            <source>Shared with coach</source>
            <translation>Partagé avec le coach</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" line="99" />
            <source>your coach</source>
            <translation>votre coach</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" line="110" />
            <source>Coach feedback</source>
            <translation>Retours du coach</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" line="118" />
            <source>your client</source>
            <translation>votre client</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" line="123" />
            <source>Save feedback file</source>
            <translation>Enregistrer le fichier de retours</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" line="142" />
            <source>Feedback saved</source>
            <translation>Retours enregistrés</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" line="40" />
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" line="64" />
            <source>Share with coach</source>
            <translation>Partager avec le coach</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" line="40" />
            <location filename="../../src/valuejournal/ui/actions/comments.py" line="85" />
            <location filename="../../src/valuejournal/ui/actions/merge.py" line="53" />
            <source>Open your own journal first.</source>
            <translation>Ouvrez d’abord votre propre journal.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" line="60" />
            <source>Saved {name}: {s} sessions, {c} clients, {r} reflections.</source>
            <translation>{name} enregistré : {s} séances, {c} clients, {r} réflexions.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" line="66" />
            <source>It is encrypted: tell your coach the passphrase another way.</source>
            <translation>Il est chiffré : donnez la phrase secrète à votre coach par un autre moyen.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" line="88" />
            <source>Import coach feedback</source>
            <translation>Importer les retours du coach</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" line="100" />
            <source>Added {n} comments from {who}.</source>
            <translation>{n} commentaires de {who} ajoutés.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" line="58" />
            <source>Could not share</source>
            <translation>Impossible de partager</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" line="138" />
            <source>Could not save the feedback</source>
            <translation>Impossible d’enregistrer les retours</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" line="143" />
            <source>Saved {n} comments to {name}. Send it to {owner}.</source>
            <translation>{n} commentaires enregistrés dans {name}. Envoyez-le à {owner}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" line="64" />
            <source>{n} private sessions stayed here.</source>
            <translation>{n} séances privées sont restées ici.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" line="102" />
            <source>{n} were already here.</source>
            <translation>{n} étaient déjà là.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/comments.py" line="104" />
            <source>{n} are about sessions or reflections no longer in your journal; they are kept on the Coach page.</source>
            <translation>{n} portent sur des séances ou des réflexions qui ne sont plus dans votre journal ; elles sont gardées sur la page Coach.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/imports.py" line="30" />
            <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
            <translation>Fichiers CSV (*.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/imports.py" line="100" />
            <source>Import sessions</source>
            <translation>Importer des séances</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/imports.py" line="107" />
            <location filename="../../src/valuejournal/ui/actions/imports.py" line="118" />
            <source>Export journal</source>
            <translation>Exporter le journal</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/imports.py" line="53" />
            <location filename="../../src/valuejournal/ui/actions/imports.py" line="55" />
            <location filename="../../src/valuejournal/ui/actions/imports.py" line="55" />
            <source>Import moods</source>
            <translation>Importer des humeurs</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/imports.py" line="132" />
            <source>Export failed</source>
            <translation>Échec de l’export</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/imports.py" line="137" />
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" line="125" />
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/imports.py" line="49" />
            <source>{name} is a Daylio mood diary: {n} new mood entries, {p} already here.</source>
            <translation>{name} est un journal d’humeur Daylio : {n} nouvelles humeurs, {p} déjà présentes.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/imports.py" line="51" />
            <source>
Rows that cannot be read (left out):</source>
            <translation>
Lignes illisibles (laissées de côté) :</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/imports.py" line="63" />
            <source>Imported {n} mood entries from {name}.</source>
            <translation>{n} humeurs importées depuis {name}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/imports.py" line="80" />
            <source>Imported {n} sessions from {name}.</source>
            <translation>{n} séances importées depuis {name}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/imports.py" line="120" />
            <source>Exporting to {path}…</source>
            <translation>Export vers {path}…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/imports.py" line="126" />
            <source>Exported {n} sessions to {path}.</source>
            <translation>{n} séances exportées vers {path}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/merge.py" line="55" />
            <source>Merge another copy of this journal</source>
            <translation>Fusionner une autre copie de ce journal</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/merge.py" line="44" />
            <source>Looking for conflict copies</source>
            <translation>Recherche des copies en conflit</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/merge.py" line="53" />
            <source>Merge another copy</source>
            <translation>Fusionner une autre copie</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/merge.py" line="102" />
            <source>details are in the log</source>
            <translation>les détails sont dans le journal technique</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/merge.py" line="105" />
            <source>Could not merge</source>
            <translation>Impossible de fusionner</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/merge.py" line="122" />
            <source>Could not move the copy</source>
            <translation>Impossible de déplacer la copie</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/merge.py" line="126" />
            <source>Moved {name} to {folder}</source>
            <translation>{name} déplacé vers {folder}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/merge.py" line="82" />
            <source>Merging {name}…</source>
            <translation>Fusion de {name}…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/merge.py" line="94" />
            <source>Merged {name}</source>
            <translation>{name} fusionné</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/merge.py" line="106" />
            <source>{name} was not merged: {text}</source>
            <translation>{name} n’a pas été fusionné : {text}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/merge.py" line="88" />
            <source>Merging {name}</source>
            <translation>Fusion de {name}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/merge.py" line="93" />
            <source>Merge {name}</source>
            <translation>Fusionner {name}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/merge.py" line="123" />
            <source>{name} stays where it is: {text}</source>
            <translation>{name} reste où il est : {text}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/weekly_review.py" line="52" />
            <source>Reading last week</source>
            <translation>Lecture de la semaine dernière</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/actions/weekly_review.py" line="73" />
            <source>Could not save the review</source>
            <translation>Impossible d’enregistrer le bilan</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/context.py" line="208" />
            <source>Import %n session(s)</source>
            <translation>
                <numerusform>Importer %n séance</numerusform>
                <numerusform>Importer %n séances</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/context.py" line="189" />
            <source>Delete %n session(s)</source>
            <translation>
                <numerusform>Supprimer %n séance</numerusform>
                <numerusform>Supprimer %n séances</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/context.py" line="317" />
            <source>Mark %n session(s) paid</source>
            <translation>
                <numerusform>Marquer %n séance comme payée</numerusform>
                <numerusform>Marquer %n séances comme payées</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/context.py" line="123" />
            <source>Mark skills</source>
            <translation>Marquer les compétences</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/context.py" line="247" />
            <source>Import %n mood(s)</source>
            <translation>
                <numerusform>Importer %n humeur</numerusform>
                <numerusform>Importer %n humeurs</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/context.py" line="266" />
            <source>Stop timer</source>
            <translation>Arrêter le chronomètre</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/context.py" line="187" />
            <source>Delete session of {day}</source>
            <translation>Supprimer la séance du {day}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/context.py" line="315" />
            <source>Invoice {number} paid</source>
            <translation>Facture {number} payée</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/context.py" line="330" />
            <source>Add client {name}</source>
            <translation>Ajouter le client {name}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/context.py" line="330" />
            <source>Edit client {name}</source>
            <translation>Modifier le client {name}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/context.py" line="144" />
            <source>Add session of {day}</source>
            <translation>Ajouter une séance le {day}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/context.py" line="175" />
            <source>Edit session of {day}</source>
            <translation>Modifier la séance du {day}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/context.py" line="280" />
            <source>Invoice {number}</source>
            <translation>Facture {number}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" line="76" />
            <source>Taken</source>
            <translation>Faite le</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" line="76" />
            <source>Why</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" line="76" />
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" line="36" />
            <location filename="../../src/valuejournal/ui/widgets/reflection_figures.py" line="81" />
            <source>Sessions</source>
            <translation>Séances</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" line="76" />
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" line="37" />
            <location filename="../../src/valuejournal/ui/pages/__init__.py" line="69" />
            <source>Clients</source>
            <translation>Clients</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" line="85" />
            <source>Reading the backups…</source>
            <translation>Lecture des sauvegardes…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" line="88" />
            <source>&amp;Back up now</source>
            <translation>&amp;Sauvegarder maintenant</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" line="90" />
            <source>&amp;Restore…</source>
            <translation>&amp;Restaurer…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" line="179" />
            <location filename="../../src/valuejournal/ui/widgets/settings_dialog.py" line="50" />
            <source>Backups</source>
            <translation>Sauvegardes</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" line="184" />
            <source>Backing up…</source>
            <translation>Sauvegarde en cours…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" line="208" />
            <source>contents unknown</source>
            <translation>contenu inconnu</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" line="218" />
            <source>Restoring…</source>
            <translation>Restauration…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" line="39" />
            <source>daily</source>
            <translation>quotidienne</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" line="40" />
            <source>backed up by you</source>
            <translation>faite par vous</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" line="41" />
            <source>before an import</source>
            <translation>avant un import</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" line="42" />
            <source>before a merge</source>
            <translation>avant une fusion</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" line="43" />
            <source>before a restore (restore it to undo)</source>
            <translation>avant une restauration (restaurez-la pour l’annuler)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" line="44" />
            <source>before an upgrade</source>
            <translation>avant une mise à niveau</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" line="45" />
            <source>before encrypting</source>
            <translation>avant le chiffrement</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" line="46" />
            <source>before decrypting</source>
            <translation>avant le déchiffrement</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" line="118" />
            <source>Reading the backups</source>
            <translation>Lecture des sauvegardes</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" line="145" />
            <source>No backups yet: Back up now makes one.</source>
            <translation>Aucune sauvegarde pour l’instant : Sauvegarder maintenant en crée une.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" line="188" />
            <source>Backing up</source>
            <translation>Sauvegarde en cours</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" line="210" />
            <source>Put back the journal as it was at {when} ({what})?

Everything you did since is replaced. The journal as it is now is backed up first, so you can undo this by restoring that backup.</source>
            <translation>Remettre le journal tel qu’il était le {when} ({what}) ?

Tout ce que vous avez fait depuis est remplacé. Le journal tel qu’il est maintenant est d’abord sauvegardé : vous pourrez annuler en restaurant cette sauvegarde.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" line="215" />
            <source>Restore a backup</source>
            <translation>Restaurer une sauvegarde</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" line="215" />
            <source>Restore</source>
            <translation>Restaurer</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" line="222" />
            <source>Restoring a backup</source>
            <translation>Restauration d’une sauvegarde</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" line="70" />
            <source>Backups of {name}</source>
            <translation>Sauvegardes de {name}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" line="73" />
            <source>Backups are kept in {folder}</source>
            <translation>Les sauvegardes sont gardées dans {folder}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" line="131" />
            <source>unreadable</source>
            <translation>illisible</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" line="206" />
            <source>{s} sessions, {c} clients</source>
            <translation>{s} séances, {c} clients</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/backups_dialog.py" line="143" />
            <source>{n} backups. Choose one and Restore… to put it back.</source>
            <translation>{n} sauvegardes. Choisissez-en une, puis Restaurer… pour la remettre en place.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/files.py" line="45" />
            <source>Something went wrong; details are in the log.</source>
            <translation>Une erreur s’est produite ; les détails sont dans le journal technique.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/invoice_dialog.py" line="48" />
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" line="247" />
            <source>Mark as invoiced</source>
            <translation>Marquer comme facturé</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/invoice_dialog.py" line="61" />
            <source>What the invoice asks for (the sessions' pay unless changed)</source>
            <translation>Ce que demande la facture (la paie des séances, sauf modification)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/invoice_dialog.py" line="78" />
            <source>Number</source>
            <translation>Numéro</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/invoice_dialog.py" line="79" />
            <source>Sent on</source>
            <translation>Envoyée le</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/invoice_dialog.py" line="81" />
            <source>Due on</source>
            <translation>Échéance le</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/invoice_dialog.py" line="143" />
            <source>Mark as paid</source>
            <translation>Marquer comme payé</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/invoice_dialog.py" line="151" />
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" line="144" />
            <source>Paid on</source>
            <translation>Payé le</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/dialogs/invoice_dialog.py" line="68" />
            <source>%n session(s) for {client}</source>
            <translation>
                <numerusform>%n séance pour {client}</numerusform>
                <numerusform>%n séances pour {client}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/invoice_dialog.py" line="102" />
            <source>The invoice needs a number.</source>
            <translation>La facture doit avoir un numéro.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/invoice_dialog.py" line="107" />
            <source>The due date cannot be before the day it was sent.</source>
            <translation>L’échéance ne peut pas précéder le jour d’envoi.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/invoice_dialog.py" line="109" />
            <source>The invoice needs an amount.</source>
            <translation>La facture doit avoir un montant.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/invoice_dialog.py" line="65" />
            <source>amount</source>
            <translation>montant</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/invoice_dialog.py" line="83" />
            <source>Amount ({currency})</source>
            <translation>Montant ({currency})</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/invoice_dialog.py" line="104" />
            <source>There is already an invoice numbered {n}.</source>
            <translation>Il existe déjà une facture numérotée {n}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" line="38" />
            <location filename="../../src/valuejournal/ui/pages/__init__.py" line="70" />
            <location filename="../../src/valuejournal/ui/pages/reflections_page.py" line="99" />
            <source>Reflections</source>
            <translation>Réflexions</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" line="39" />
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" line="74" />
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" line="417" />
            <source>Comments</source>
            <translation>Commentaires</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" line="40" />
            <source>Mood entries</source>
            <translation>Humeurs notées</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" line="47" />
            <source>Added from
the other copy</source>
            <translation>Ajouté depuis
l’autre copie</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" line="48" />
            <source>Updated
from it</source>
            <translation>Mis à jour
depuis elle</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" line="49" />
            <source>Kept from
this one</source>
            <translation>Gardé
de celle-ci</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" line="50" />
            <source>Deleted (deleted
in the other copy)</source>
            <translation>Supprimé (supprimé
dans l’autre copie)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" line="51" />
            <source>Not brought back
(deleted here)</source>
            <translation>Non rétabli
(supprimé ici)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" line="52" />
            <source>Conflicts
resolved</source>
            <translation>Conflits
résolus</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" line="53" />
            <source>Unchanged</source>
            <translation>Inchangé</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" line="69" />
            <source>Merge report</source>
            <translation>Rapport de fusion</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" line="74" />
            <source>Merged “{other}” into “{journal}”.</source>
            <translation>« {other} » a été fusionné dans « {journal} ».</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" line="76" />
            <source>“{other}” holds nothing that “{journal}” lacks: nothing changed.</source>
            <translation>« {other} » ne contient rien qui manque à « {journal} » : rien n’a changé.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" line="90" />
            <source>The other file is another journal, not a copy of this one.</source>
            <translation>L’autre fichier est un autre journal, pas une copie de celui-ci.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" line="108" />
            <source>&amp;Move the copy aside</source>
            <translation>&amp;Mettre la copie de côté</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" line="111" />
            <source>Into the folder “Merged conflict copies” beside it; nothing is deleted</source>
            <translation>Dans le dossier « Merged conflict copies » à côté ; rien n’est supprimé</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" line="85" />
            <source>Deletions remembered from the other copy: {n}</source>
            <translation>Suppressions retenues de l’autre copie : {n}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/merge_report.py" line="93" />
            <source>A backup was made first: {path}. Edit → Undo takes the merge back.</source>
            <translation>Une sauvegarde a été faite d’abord : {path}. Édition → Annuler défait la fusion.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/messages.py" line="33" />
            <source>Something went wrong: {error}
Details are in the log; your journal is saved.</source>
            <translation>Une erreur s’est produite : {error}
Les détails sont dans le journal technique ; votre journal est enregistré.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/session_dialog.py" line="30" />
            <source>Edit session</source>
            <translation>Modifier la séance</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/weekly_review.py" line="29" />
            <source>Nothing logged that week.</source>
            <translation>Rien de noté cette semaine-là.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/dialogs/weekly_review.py" line="42" />
            <source>%n not rated yet</source>
            <translation>
                <numerusform>%n pas encore notée</numerusform>
                <numerusform>%n pas encore notées</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/weekly_review.py" line="55" />
            <source>Weekly review</source>
            <translation>Bilan hebdomadaire</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/weekly_review.py" line="92" />
            <source>Save answers</source>
            <translation>Enregistrer les réponses</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/weekly_review.py" line="95" />
            <source>Not this week</source>
            <translation>Pas cette semaine</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/weekly_review.py" line="97" />
            <source>Keep the answers (Ctrl+Enter)</source>
            <translation>Garder les réponses (Ctrl+Entrée)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/weekly_review.py" line="98" />
            <source>Close; the review does not open again this week</source>
            <translation>Fermer ; le bilan ne s’ouvrira plus cette semaine</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/weekly_review.py" line="32" />
            <source>{h} h</source>
            <translation>{h} h</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/weekly_review.py" line="33" />
            <source>pay {pay}</source>
            <translation>paie {pay}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/weekly_review.py" line="85" />
            <source>A sentence or two is enough</source>
            <translation>Une phrase ou deux suffisent</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/weekly_review.py" line="36" />
            <source>{rate}</source>
            <translation>{rate}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/weekly_review.py" line="40" />
            <source>mood {m}</source>
            <translation>humeur {m}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/weekly_review.py" line="57" />
            <source>The week of {range}</source>
            <translation>La semaine du {range}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/dialogs/weekly_review.py" line="66" />
            <source>No span of high pay with low value, or of high value without pay, touched this week.</source>
            <translation>Aucune séquence de bonne paie pour faible valeur, ni de forte valeur sans paie, n’a touché cette semaine.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/first_start.py" line="20" />
            <source>Welcome to Value Journal</source>
            <translation>Bienvenue dans Value Journal</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/first_start.py" line="27" />
            <source>Welcome! Tell Value Journal who keeps this journal; your name goes on your reflection reports. You can change all of it later in Settings (Ctrl+,).</source>
            <translation>Bienvenue ! Dites à Value Journal qui tient ce journal ; votre nom figure sur vos rapports de réflexion. Vous pourrez tout changer plus tard dans les Paramètres (Ctrl+,).</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/first_start.py" line="34" />
            <source>Start with an empty journal and log your first session, or explore a demo journal with a year of a freelancer's work so the charts have something to show (a separate file; your own journal stays empty until you use it).</source>
            <translation>Commencez avec un journal vide et notez votre première séance, ou explorez un journal de démonstration avec une année de travail d’une indépendante, pour que les graphiques aient quelque chose à montrer (un fichier à part ; votre propre journal reste vide tant que vous ne l’utilisez pas).</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/first_start.py" line="45" />
            <source>Start &amp;empty</source>
            <translation>Commencer &amp;vide</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/first_start.py" line="46" />
            <source>Explore a &amp;demo journal</source>
            <translation>Explorer un journal de &amp;démonstration</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/first_start.py" line="63" />
            <location filename="../../src/valuejournal/ui/widgets/settings_dialog.py" line="73" />
            <source>The currency is a three-letter code, such as EUR or USD.</source>
            <translation>La devise est un code de trois lettres, comme EUR ou USD.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" line="429" />
            <source>Something went wrong; the details are in the log.</source>
            <translation>Une erreur s’est produite ; les détails sont dans le journal technique.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" line="125" />
            <source>Read with these columns</source>
            <translation>Lire avec ces colonnes</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" line="126" />
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" line="127" />
            <source>Rate them now</source>
            <translation>Les noter maintenant</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" line="128" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" line="129" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" line="375" />
            <source>Nothing was imported</source>
            <translation>Rien n’a été importé</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" line="359" />
            <source>{n} sessions from {name} are now in your journal.</source>
            <translation>{n} séances de {name} sont maintenant dans votre journal.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" line="117" />
            <source>Import {name}</source>
            <translation>Importer {name}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" line="204" />
            <source>Reading {name}…</source>
            <translation>Lecture de {name}…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" line="276" />
            <source>Import 1 session</source>
            <translation>Importer 1 séance</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" line="278" />
            <source>Nothing to import</source>
            <translation>Rien à importer</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" line="296" />
            <source>This file cannot be imported</source>
            <translation>Ce fichier ne peut pas être importé</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" line="327" />
            <source>Adding {n} sessions to your journal…</source>
            <translation>Ajout de {n} séances à votre journal…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" line="367" />
            <source>Imported {n} sessions</source>
            <translation>{n} séances importées</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" line="376" />
            <source>{reason}
Your journal is unchanged.</source>
            <translation>{reason}
Votre journal est inchangé.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" line="223" />
            <source>Reading {name}</source>
            <translation>Lecture de {name}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" line="274" />
            <source>Import {n} sessions</source>
            <translation>Importer {n} séances</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" line="342" />
            <source>Importing {name}</source>
            <translation>Import de {name}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" line="363" />
            <source>{k} of them are not rated yet: give each a value (and a mood) with a few keystrokes in rating mode.</source>
            <translation>{k} ne sont pas encore notées : donnez à chacune une valeur (et une humeur) en quelques touches dans le mode de notation.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/import_dialog.py" line="297" />
            <source>{reason}

Nothing was written to your journal.</source>
            <translation>{reason}

Rien n’a été écrit dans votre journal.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" line="100" />
            <source>Opening your journal…</source>
            <translation>Ouverture de votre journal…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" line="133" />
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" line="134" />
            <source>&amp;New journal…</source>
            <translation>&amp;Nouveau journal…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" line="136" />
            <source>&amp;Open journal…</source>
            <translation>&amp;Ouvrir un journal…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" line="138" />
            <source>Open &amp;recent</source>
            <translation>Ouvrir un journal &amp;récent</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" line="141" />
            <source>Open &amp;my journal</source>
            <translation>Ouvrir &amp;mon journal</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" line="146" />
            <source>&amp;Import…</source>
            <translation>&amp;Importer…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" line="148" />
            <source>&amp;Export…</source>
            <translation>&amp;Exporter…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" line="150" />
            <source>Mer&amp;ge another copy…</source>
            <translation>&amp;Fusionner une autre copie…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" line="153" />
            <source>&amp;Share with coach…</source>
            <translation>&amp;Partager avec le coach…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" line="154" />
            <source>Open &amp;shared journal…</source>
            <translation>Ouvrir un journal p&amp;artagé…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" line="155" />
            <source>Import coach &amp;feedback…</source>
            <translation>Importer les retours du &amp;coach…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" line="158" />
            <source>&amp;Backups…</source>
            <translation>&amp;Sauvegardes…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" line="161" />
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" line="163" />
            <source>&amp;Edit</source>
            <translation>&amp;Édition</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" line="164" />
            <location filename="../../src/valuejournal/ui/main_window.py" line="436" />
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" line="165" />
            <location filename="../../src/valuejournal/ui/main_window.py" line="439" />
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" line="170" />
            <source>&amp;Settings…</source>
            <translation>&amp;Paramètres…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" line="174" />
            <source>Start or stop the &amp;timer</source>
            <translation>Démarrer ou arrêter le &amp;chronomètre</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" line="178" />
            <source>Mark as &amp;invoiced…</source>
            <translation>Marquer comme &amp;facturé…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" line="182" />
            <source>Mark as &amp;paid…</source>
            <translation>Marquer comme pa&amp;yé…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" line="186" />
            <source>&amp;Go</source>
            <translation>A&amp;ller</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" line="196" />
            <source>&amp;Weekly review…</source>
            <translation>&amp;Bilan hebdomadaire…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" line="199" />
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" line="201" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Raccourcis clavier</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" line="203" />
            <source>Open &amp;log folder</source>
            <translation>Ouvrir le dossier des &amp;logs</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" line="205" />
            <source>&amp;About Value Journal</source>
            <translation>À &amp;propos de Value Journal</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" line="237" />
            <source>Writing a demo journal…</source>
            <translation>Écriture d’un journal de démonstration…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" line="322" />
            <source>Something went wrong while opening the journal; details are in the log.</source>
            <translation>Une erreur s’est produite à l’ouverture du journal ; les détails sont dans le journal technique.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" line="432" />
            <source>Undone: {what}</source>
            <translation>Annulé : {what}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" line="432" />
            <source>Redone: {what}</source>
            <translation>Rétabli : {what}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" line="501" />
            <source>Open journal</source>
            <translation>Ouvrir un journal</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" line="527" />
            <source>New journal</source>
            <translation>Nouveau journal</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" line="755" />
            <source>About Value Journal</source>
            <translation>À propos de Value Journal</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" line="231" />
            <location filename="../../src/valuejournal/ui/session_preview.py" line="39" />
            <source>Opening {path}…</source>
            <translation>Ouverture de {path}…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" line="325" />
            <source>Could not open the journal:
{text}

Use File → Open journal… to pick another file.</source>
            <translation>Impossible d’ouvrir le journal :
{text}

Utilisez Fichier → Ouvrir un journal… pour choisir un autre fichier.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" line="350" />
            <source>review, read-only</source>
            <translation>relecture, lecture seule</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" line="352" />
            <source>read-only: open on another computer</source>
            <translation>lecture seule : ouvert sur un autre ordinateur</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" line="482" />
            <source>Select the sessions in the list first.</source>
            <translation>Sélectionnez d’abord les séances dans la liste.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" line="688" />
            <source>This week: {h} h · {pay} · average value {v}</source>
            <translation>Cette semaine : {h} h · {pay} · valeur moyenne {v}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" line="436" />
            <source>&amp;Undo {t}</source>
            <translation>&amp;Annuler {t}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" line="439" />
            <source>&amp;Redo {t}</source>
            <translation>&amp;Rétablir {t}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" line="519" />
            <source>No journals opened yet</source>
            <translation>Aucun journal ouvert pour l’instant</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" line="710" />
            <source>Dialogs and pages opened from now on speak {language}; the menus and the pages already open change at the next start.</source>
            <translation>Les dialogues et les pages ouverts désormais sont en {language} ; les menus et les pages déjà ouvertes changent au prochain démarrage.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/main_window.py" line="743" />
            <source>The log folder is {path}</source>
            <translation>Le dossier des logs est {path}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/__init__.py" line="67" />
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" line="29" />
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" line="30" />
            <source>Journal</source>
            <translation>Journal</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/__init__.py" line="68" />
            <source>Insights</source>
            <translation>Analyses</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/__init__.py" line="71" />
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" line="381" />
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" line="190" />
            <source>Coach</source>
            <translation>Coach</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/__init__.py" line="72" />
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" line="35" />
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" line="37" />
            <source>Calendar</source>
            <translation>Calendrier</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/__init__.py" line="73" />
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" line="125" />
            <source>Canvas</source>
            <translation>Canvas</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" line="72" />
            <source>pay 8× value</source>
            <translation>paie 8× valeur</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" line="73" />
            <source>value 8× pay</source>
            <translation>valeur 8× paie</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" line="47" />
            <source>Value created</source>
            <translation>Valeur créée</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" line="49" />
            <location filename="../../src/valuejournal/ui/session_model.py" line="46" />
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" line="145" />
            <source>Mood</source>
            <translation>Humeur</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" line="50" />
            <source>Value minus pay</source>
            <translation>Valeur moins paie</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" line="58" />
            <source>Hours-weighted value of the day's rated sessions (0-10).</source>
            <translation>Valeur pondérée par les heures des séances notées du jour (0-10).</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" line="60" />
            <source>Mean mood of the day's sessions (1-5).</source>
            <translation>Humeur moyenne des séances du jour (1-5).</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" line="67" />
            <source>Pay (paid and pending) per hour of the day's work; darkest: the year's best day.</source>
            <translation>Paie (payée et en attente) par heure de travail du jour ; le plus foncé : le meilleur jour de l’année.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" line="206" />
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" line="224" />
            <source>Year</source>
            <translation>Année</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" line="209" />
            <source>Year before (Page Up)</source>
            <translation>Année précédente (Page préc.)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" line="212" />
            <source>Year after (Page Down)</source>
            <translation>Année suivante (Page suiv.)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" line="214" />
            <source>Today</source>
            <translation>Aujourd’hui</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" line="230" />
            <source>&amp;Colour by</source>
            <translation>&amp;Colorer selon</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" line="257" />
            <source>&amp;Year</source>
            <translation>&amp;Année</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" line="258" />
            <source>&amp;Week grid (back-fill)</source>
            <translation>Grille de la &amp;semaine (rattrapage)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" line="74" />
            <source>Value and pay on one scale: value ÷ {neutral} (ordinary work = 1) against pay per hour ÷ your median day rate ({rate} = 1). Grey: paid what the work was worth; blue: value given beyond the pay; red: pay beyond the value.</source>
            <translation>Valeur et paie sur une même échelle : valeur ÷ {neutral} (travail ordinaire = 1) face à la paie par heure ÷ votre tarif journalier médian ({rate} = 1). Gris : payé ce que valait le travail ; bleu : valeur donnée au-delà de la paie ; rouge : paie au-delà de la valeur.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" line="141" />
            <location filename="../../src/valuejournal/ui/widgets/week_grid.py" line="92" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" line="283" />
            <source>Reading the calendar</source>
            <translation>Lecture du calendrier</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" line="348" />
            <source>This journal is open read-only.</source>
            <translation>Ce journal est ouvert en lecture seule.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" line="349" />
            <source>Back-fill {sessions} of the week of {day}</source>
            <translation>Rattraper {sessions} de la semaine du {day}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" line="159" />
            <source>(no client)</source>
            <translation>(sans client)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" line="343" />
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" line="218" />
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" line="205" />
            <source>Could not save</source>
            <translation>Impossible d’enregistrer</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/calendar_page.py" line="356" />
            <source>Saved {sessions}.</source>
            <translation>Enregistré : {sessions}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" line="96" />
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" line="208" />
            <source>Close quarter</source>
            <translation>Clore le trimestre</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" line="98" />
            <source>Keep this quarter's evidence as it is now, with your words</source>
            <translation>Garder les éléments de ce trimestre tels qu’ils sont maintenant, avec vos mots</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" line="101" />
            <source>Skills…</source>
            <translation>Compétences…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" line="102" />
            <source>Choose the tags that are your skills (key resources)</source>
            <translation>Choisissez les étiquettes qui sont vos compétences (ressources clés)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" line="216" />
            <location filename="../../src/valuejournal/ui/pages/reflections_page.py" line="183" />
            <source>Editing…</source>
            <translation>Modification…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" line="252" />
            <source>Reopen canvas {quarter}</source>
            <translation>Rouvrir le canvas {quarter}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" line="304" />
            <source>Reading the quarter's evidence…</source>
            <translation>Lecture des éléments du trimestre…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" line="320" />
            <source>Tag a session with @ and a name (“@Ana”) for whoever helped.</source>
            <translation>Étiquetez une séance avec @ et un nom (« @Ana ») pour qui vous a aidé.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" line="321" />
            <source>Mark the tags that are your skills with Skills…</source>
            <translation>Marquez les étiquettes qui sont vos compétences avec Compétences…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" line="389" />
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" line="199" />
            <source>Comment saved.</source>
            <translation>Commentaire enregistré.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" line="130" />
            <location filename="../../src/valuejournal/ui/pages/reflections_page.py" line="104" />
            <source>Quarter</source>
            <translation>Trimestre</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" line="208" />
            <source>Reopen quarter</source>
            <translation>Rouvrir le trimestre</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" line="235" />
            <source>Edit canvas {quarter}</source>
            <translation>Modifier le canvas {quarter}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" line="256" />
            <source>Close canvas {quarter}</source>
            <translation>Clore le canvas {quarter}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" line="309" />
            <source>Reading the canvas</source>
            <translation>Lecture du canvas</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" line="276" />
            <source>Evidence from your sessions; nothing written yet</source>
            <translation>Éléments tirés de vos séances ; rien d’écrit pour l’instant</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" line="329" />
            <source>Against {quarter}:</source>
            <translation>Par rapport à {quarter} :</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" line="274" />
            <source>Closed {when}: evidence as it was then</source>
            <translation>Clos {when} : les éléments tels qu’ils étaient alors</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" line="333" />
            <source>Nothing to compare with {quarter}.</source>
            <translation>Rien à comparer avec {quarter}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" line="239" />
            <location filename="../../src/valuejournal/ui/pages/reflections_page.py" line="204" />
            <source>Not saved: {error}</source>
            <translation>Non enregistré : {error}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/canvas_page.py" line="281" />
            <location filename="../../src/valuejournal/ui/pages/reflections_page.py" line="220" />
            <source>Saved {when}</source>
            <translation>Enregistré {when}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" line="38" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" line="38" />
            <source>Currency</source>
            <translation>Devise</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" line="38" />
            <source>Alternative rate / h</source>
            <translation>Tarif alternatif / h</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" line="38" />
            <source>Archived</source>
            <translation>Archivé</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" line="38" />
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" line="79" />
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" line="169" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" line="66" />
            <source>what they would pay elsewhere per hour</source>
            <translation>ce qu’il paierait ailleurs par heure</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" line="69" />
            <source>Archived (hidden from quick entry)</source>
            <translation>Archivé (masqué dans la saisie rapide)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" line="76" />
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" line="77" />
            <source>&amp;Currency</source>
            <translation>&amp;Devise</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" line="78" />
            <source>&amp;Alternative rate</source>
            <translation>Tarif &amp;alternatif</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" line="141" />
            <source>&amp;Add client…</source>
            <translation>A&amp;jouter un client…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" line="143" />
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" line="145" />
            <source>Archive / unarchive</source>
            <translation>Archiver / désarchiver</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" line="152" />
            <source>The alternative rate is what a client would pay someone else per hour; the Insights page weighs what they pay you against it.</source>
            <translation>Le tarif alternatif est ce qu’un client paierait quelqu’un d’autre par heure ; la page Analyses compare ce qu’il vous paie à ce tarif.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" line="53" />
            <source>New client</source>
            <translation>Nouveau client</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" line="178" />
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/clients_page.py" line="213" />
            <source>Could not save the client</source>
            <translation>Impossible d’enregistrer le client</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" line="81" />
            <source>Share your journal, or one quarter of it, with your coach; import the feedback file they send back and their comments appear beside your sessions.</source>
            <translation>Partagez votre journal, ou un trimestre de celui-ci, avec votre coach ; importez le fichier de retours qu’il vous renvoie et ses commentaires apparaîtront à côté de vos séances.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" line="156" />
            <source>To comment on one session, select it on the Journal page and write in the panel beside the list.</source>
            <translation>Pour commenter une séance, sélectionnez-la sur la page Journal et écrivez dans le panneau à côté de la liste.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" line="63" />
            <source>No comments yet.</source>
            <translation>Aucun commentaire pour l’instant.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" line="79" />
            <source>Your coach</source>
            <translation>Votre coach</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" line="95" />
            <source>Feedback from your coach</source>
            <translation>Retours de votre coach</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" line="98" />
            <source>Review a client's journal</source>
            <translation>Relire le journal d’un client</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" line="138" />
            <source>Your name, as your client will see it</source>
            <translation>Votre nom, tel que votre client le verra</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" line="163" />
            <source>Your comments on this journal</source>
            <translation>Vos commentaires sur ce journal</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" line="87" />
            <source>Share with coach…</source>
            <translation>Partager avec le coach…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" line="91" />
            <source>Import coach feedback…</source>
            <translation>Importer les retours du coach…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" line="100" />
            <source>Coaches: open the share files your clients send you.</source>
            <translation>Coachs : ouvrez les fichiers de partage que vos clients vous envoient.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" line="107" />
            <source>Review</source>
            <translation>Relecture</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" line="130" />
            <source>Reviewing</source>
            <translation>En relecture</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" line="132" />
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" line="110" />
            <source>Open shared journal…</source>
            <translation>Ouvrir un journal partagé…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" line="133" />
            <source>Close this file</source>
            <translation>Fermer ce fichier</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" line="134" />
            <source>Back to my journal</source>
            <translation>Revenir à mon journal</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" line="141" />
            <source>Your name on comments:</source>
            <translation>Votre nom sur les commentaires :</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" line="149" />
            <source>Comment on a period or span</source>
            <translation>Commenter une période ou une séquence</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" line="150" />
            <source>Comment on a reflection</source>
            <translation>Commenter une réflexion</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" line="166" />
            <source>Save feedback file…</source>
            <translation>Enregistrer le fichier de retours…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" line="174" />
            <source>Shared by {owner} · {range} · written {written} with Value Journal {app} · {n} sessions · read-only{lock}</source>
            <translation>Partagé par {owner} · {range} · écrit le {written} avec Value Journal {app} · {n} séances · lecture seule{lock}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" line="197" />
            <location filename="../../src/valuejournal/ui/widgets/comment_panel.py" line="144" />
            <source>Could not save the comment</source>
            <translation>Impossible d’enregistrer le commentaire</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/coach_page.py" line="183" />
            <source>was encrypted</source>
            <translation>était chiffré</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" line="60" />
            <source>Pay rate and value over time</source>
            <translation>Taux horaire et valeur au fil du temps</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" line="62" />
            <source>Pay against value</source>
            <translation>Paie face à la valeur</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" line="64" />
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" line="170" />
            <source>Wellbeing</source>
            <translation>Bien-être</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" line="67" />
            <location filename="../../src/valuejournal/ui/widgets/filter_bar.py" line="69" />
            <source>This quarter</source>
            <translation>Ce trimestre</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" line="67" />
            <location filename="../../src/valuejournal/ui/widgets/filter_bar.py" line="70" />
            <source>Last 12 months</source>
            <translation>12 derniers mois</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" line="67" />
            <location filename="../../src/valuejournal/ui/widgets/filter_bar.py" line="66" />
            <source>All time</source>
            <translation>Depuis le début</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" line="68" />
            <location filename="../../src/valuejournal/ui/widgets/filter_bar.py" line="71" />
            <source>Custom…</source>
            <translation>Personnalisé…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" line="121" />
            <source>Reading your journal…</source>
            <translation>Lecture de votre journal…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" line="199" />
            <source>Thresholds…</source>
            <translation>Seuils…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" line="195" />
            <source>by day</source>
            <translation>par jour</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" line="195" />
            <source>by week</source>
            <translation>par semaine</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" line="196" />
            <source>by month</source>
            <translation>par mois</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" line="208" />
            <source>Range</source>
            <translation>Période</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" line="256" />
            <source>Reading the journal</source>
            <translation>Lecture du journal</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" line="329" />
            <source>The start of the range is after its end.</source>
            <translation>Le début de la période est après sa fin.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" line="368" />
            <source>Coach comments on these weeks</source>
            <translation>Commentaires du coach sur ces semaines</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" line="401" />
            <source>%n overdue invoice(s): {total}</source>
            <translation>
                <numerusform>%n facture en retard : {total}</numerusform>
                <numerusform>%n factures en retard : {total}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" line="268" />
            <source>Could not read the journal: {e}</source>
            <translation>Impossible de lire le journal : {e}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" line="361" />
            <location filename="../../src/valuejournal/ui/widgets/canvas_block.py" line="137" />
            <location filename="../../src/valuejournal/ui/widgets/reflection_section.py" line="186" />
            <source>resolved</source>
            <translation>résolu</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/insights_page.py" line="391" />
            <source>&lt;b&gt;{number}&lt;/b&gt;, {client}: {amount}, due {due}, {days} overdue</source>
            <translation>&lt;b&gt;{number}&lt;/b&gt;, {client} : {amount}, échéance le {due}, {days} de retard</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" line="268" />
            <source>Invoice {number}: %n session(s). Ctrl+Z to undo.</source>
            <translation>
                <numerusform>Facture {number} : %n séance. Ctrl+Z pour annuler.</numerusform>
                <numerusform>Facture {number} : %n séances. Ctrl+Z pour annuler.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" line="54" />
            <source>Add (Enter)</source>
            <translation>Ajouter (Entrée)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" line="65" />
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" line="316" />
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" line="67" />
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" line="220" />
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" line="220" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" line="69" />
            <source>Rate…</source>
            <translation>Noter…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" line="70" />
            <source>Rate the unrated sessions listed here, keyboard only</source>
            <translation>Noter les séances non notées de cette liste, au clavier seulement</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" line="76" />
            <source>Show or hide the coach's comments</source>
            <translation>Afficher ou masquer les commentaires du coach</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" line="217" />
            <source>Delete these %n session(s)?</source>
            <translation>
                <numerusform>Supprimer cette séance ?</numerusform>
                <numerusform>Supprimer ces %n séances ?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" line="228" />
            <source>Deleted %n session(s). Ctrl+Z to undo.</source>
            <translation>
                <numerusform>%n séance supprimée. Ctrl+Z pour annuler.</numerusform>
                <numerusform>%n séances supprimées. Ctrl+Z pour annuler.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" line="308" />
            <source>Marked %n session(s) paid. Ctrl+Z to undo.</source>
            <translation>
                <numerusform>%n séance marquée payée. Ctrl+Z pour annuler.</numerusform>
                <numerusform>%n séances marquées payées. Ctrl+Z pour annuler.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" line="350" />
            <source>Rated %n session(s).</source>
            <translation>
                <numerusform>%n séance notée.</numerusform>
                <numerusform>%n séances notées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" line="270" />
            <source>%n were on an invoice already.</source>
            <translation>
                <numerusform>%n était déjà sur une facture.</numerusform>
                <numerusform>%n étaient déjà sur une facture.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" line="291" />
            <source>Nothing to mark paid: no money is owed for these.</source>
            <translation>Rien à marquer payé : aucun argent n’est dû pour celles-ci.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" line="299" />
            <source>%n session(s) on no invoice</source>
            <translation>
                <numerusform>%n séance sans facture</numerusform>
                <numerusform>%n séances sans facture</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" line="317" />
            <source>Mark as invoiced…</source>
            <translation>Marquer comme facturé…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" line="318" />
            <source>Mark as paid…</source>
            <translation>Marquer comme payé…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" line="347" />
            <source>Nothing to rate: every session listed has a value.</source>
            <translation>Rien à noter : chaque séance de la liste a une valeur.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" line="417" />
            <source>Comments (%n)</source>
            <translation>
                <numerusform>Commentaires (%n)</numerusform>
                <numerusform>Commentaires (%n)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" line="180" />
            <source>Added {h} h on {d}</source>
            <translation>{h} h ajoutées le {d}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" line="215" />
            <source>Delete the session {what}?</source>
            <translation>Supprimer la séance {what} ?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" line="220" />
            <source>Ctrl+Z undoes it.</source>
            <translation>Ctrl+Z l’annule.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" line="226" />
            <source>Could not delete</source>
            <translation>Impossible de supprimer</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" line="265" />
            <source>Could not save the invoice</source>
            <translation>Impossible d’enregistrer la facture</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" line="306" />
            <source>Could not mark paid</source>
            <translation>Impossible de marquer comme payé</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" line="241" />
            <source>Already invoiced: {numbers}.</source>
            <translation>Déjà facturé : {numbers}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/pages/journal_page.py" line="296" />
            <source>%n invoice(s): {numbers}</source>
            <translation>
                <numerusform>%n facture : {numbers}</numerusform>
                <numerusform>%n factures : {numbers}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/reflections_page.py" line="71" />
            <source>Preview</source>
            <translation>Aperçu</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/reflections_page.py" line="74" />
            <source>Export PDF…</source>
            <translation>Exporter en PDF…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/reflections_page.py" line="215" />
            <source>Not written yet</source>
            <translation>Pas encore écrit</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/reflections_page.py" line="241" />
            <source>Reading the quarter's figures</source>
            <translation>Lecture des chiffres du trimestre</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/pages/reflections_page.py" line="233" />
            <source>The figures could not be read; details are in the log.</source>
            <translation>Impossible de lire les chiffres ; les détails sont dans le journal technique.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/rating.py" line="49" />
            <source>Rate sessions</source>
            <translation>Noter des séances</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/rating.py" line="133" />
            <source>Give it a value first (0–9, T for 10).</source>
            <translation>Donnez-lui d’abord une valeur (0–9, T pour 10).</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/rating.py" line="174" />
            <source>Rate {n} sessions</source>
            <translation>Noter {n} séances</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/reminder_center.py" line="41" />
            <source>Show the journal</source>
            <translation>Afficher le journal</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/reminder_center.py" line="35" />
            <source>Nothing logged today yet. How did the day go?</source>
            <translation>Rien de noté aujourd’hui pour l’instant. Comment s’est passée la journée ?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/reminder_center.py" line="35" />
            <source>Log today</source>
            <translation>Noter aujourd’hui</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/valuejournal/ui/reminder_center.py" line="37" />
            <source>%n session(s) wait for a rating.</source>
            <translation>
                <numerusform>%n séance attend une note.</numerusform>
                <numerusform>%n séances attendent une note.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/reminder_center.py" line="37" />
            <source>Rate them</source>
            <translation>Les noter</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/reminder_center.py" line="38" />
            <source>{money} has waited more than {n} days to be paid.</source>
            <translation>{money} attendent d’être payés depuis plus de {n} jours.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/review.py" line="193" />
            <source>Could not open the shared journal</source>
            <translation>Impossible d’ouvrir le journal partagé</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/review.py" line="75" />
            <source>Someone</source>
            <translation>Quelqu’un</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/review.py" line="215" />
            <source>Open shared journals</source>
            <translation>Ouvrir des journaux partagés</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/session_model.py" line="62" />
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" line="126" />
            <source>unpaid</source>
            <translation>impayé</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/session_model.py" line="63" />
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" line="71" />
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" line="127" />
            <source>pending</source>
            <translation>en attente</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/session_model.py" line="64" />
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" line="71" />
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" line="128" />
            <source>paid</source>
            <translation>payé</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/session_model.py" line="39" />
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" line="140" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/session_model.py" line="41" />
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/session_model.py" line="44" />
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/session_model.py" line="47" />
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/session_model.py" line="209" />
            <source>Mood diary:</source>
            <translation>Journal d’humeur :</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/session_model.py" line="234" />
            <source>to rate</source>
            <translation>à noter</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/stop_card.py" line="40" />
            <source>Value created (0–9, T = 10)</source>
            <translation>Valeur créée (0–9, T = 10)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/stop_card.py" line="41" />
            <source>Mood (1 drained – 5 great)</source>
            <translation>Humeur (1 épuisé – 5 excellente)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/stop_card.py" line="42" />
            <source>Energy (1–5)</source>
            <translation>Énergie (1–5)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/stop_card.py" line="43" />
            <source>Stress (1 calm – 5 very stressed)</source>
            <translation>Stress (1 calme – 5 très stressé)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/stop_card.py" line="171" />
            <source>Stop the timer</source>
            <translation>Arrêter le chronomètre</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/stop_card.py" line="184" />
            <source>&amp;Keep it whole</source>
            <translation>&amp;Garder tel quel</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/stop_card.py" line="185" />
            <source>&amp;Split at midnight</source>
            <translation>&amp;Couper à minuit</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/stop_card.py" line="52" />
            <source>How did it go?</source>
            <translation>Comment ça s’est passé ?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/stop_card.py" line="74" />
            <source>Save (Enter)</source>
            <translation>Enregistrer (Entrée)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/stop_card.py" line="167" />
            <source>it ran past midnight</source>
            <translation>il a dépassé minuit</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/stop_card.py" line="186" />
            <source>&amp;Trim the idle part</source>
            <translation>&amp;Retirer le temps inactif</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/stop_card.py" line="80" />
            <source>Each key answers and moves on; the last one saves. Enter saves what is answered · Backspace steps back · Esc keeps the timer running</source>
            <translation>Chaque touche répond et passe à la suite ; la dernière enregistre. Entrée enregistre les réponses données · Retour arrière revient en arrière · Échap laisse tourner le chronomètre</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/stop_card.py" line="176" />
            <source>{a} and {b}</source>
            <translation>{a} et {b}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/stop_card.py" line="179" />
            <source>The timer ran {t}: {why}. How should it be logged?</source>
            <translation>Le chronomètre a tourné {t} : {why}. Comment le noter ?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/stop_card.py" line="164" />
            <source>the computer slept for {t}</source>
            <translation>l’ordinateur a été en veille {t}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/stop_card.py" line="169" />
            <source>it ran longer than {h} h</source>
            <translation>il a tourné plus de {h} h</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/stop_card.py" line="188" />
            <source>&amp;Trim to {h} h</source>
            <translation>&amp;Réduire à {h} h</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/tasks.py" line="211" />
            <source>A background task</source>
            <translation>Une tâche en arrière-plan</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/timer_controller.py" line="125" />
            <source>{t} since {start}</source>
            <translation>{t} depuis {start}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/timer_controller.py" line="100" />
            <source>Timer</source>
            <translation>Chronomètre</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/timer_controller.py" line="142" />
            <source>Could not stop the timer</source>
            <translation>Impossible d’arrêter le chronomètre</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/timer_controller.py" line="124" />
            <location filename="../../src/valuejournal/ui/tray.py" line="73" />
            <location filename="../../src/valuejournal/ui/widgets/filter_bar.py" line="112" />
            <source>No client</source>
            <translation>Sans client</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/tray.py" line="32" />
            <location filename="../../src/valuejournal/ui/tray.py" line="70" />
            <source>No timer running</source>
            <translation>Aucun chronomètre en marche</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/tray.py" line="34" />
            <source>Today: 0 h</source>
            <translation>Aujourd’hui : 0 h</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/tray.py" line="37" />
            <location filename="../../src/valuejournal/ui/tray.py" line="71" />
            <source>Start timer</source>
            <translation>Démarrer le chronomètre</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/tray.py" line="38" />
            <source>Quick add…</source>
            <translation>Ajout rapide…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/tray.py" line="39" />
            <source>Open Value Journal</source>
            <translation>Ouvrir Value Journal</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/tray.py" line="40" />
            <source>Snooze reminders</source>
            <translation>Reporter les rappels</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/tray.py" line="42" />
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/tray.py" line="76" />
            <source>Stop timer…</source>
            <translation>Arrêter le chronomètre…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/tray.py" line="77" />
            <source>Today: {h} h</source>
            <translation>Aujourd’hui : {h} h</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/tray.py" line="75" />
            <source>● {t} · {who}</source>
            <translation>● {t} · {who}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/amount_field.py" line="20" />
            <source>Pay for this session, e.g. 450 or 1,234.50 (empty: none)</source>
            <translation>Paie de cette séance, par ex. 450 ou 1 234,50 (vide : aucune)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/amount_field.py" line="30" />
            <source>not an amount</source>
            <translation>pas un montant</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/amount_field.py" line="29" />
            <source>not an amount: {t}</source>
            <translation>pas un montant : {t}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/backup_form.py" line="37" />
            <source>beside the journal</source>
            <translation>à côté du journal</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/backup_form.py" line="38" />
            <source>C&amp;hoose…</source>
            <translation>C&amp;hoisir…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/backup_form.py" line="47" />
            <source>Backup &amp;folder:</source>
            <translation>Dossier des sa&amp;uvegardes :</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/backup_form.py" line="48" />
            <source>Keep &amp;daily:</source>
            <translation>Garder les &amp;quotidiennes :</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/backup_form.py" line="49" />
            <source>Keep &amp;weekly:</source>
            <translation>Garder les hebdomada&amp;ires :</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/backup_form.py" line="50" />
            <source>Keep &amp;monthly:</source>
            <translation>Garder les &amp;mensuelles :</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/backup_form.py" line="60" />
            <source>Backup folder</source>
            <translation>Dossier des sauvegardes</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/canvas_block.py" line="62" />
            <source>Your words (Markdown)…</source>
            <translation>Vos mots (Markdown)…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/canvas_block.py" line="73" />
            <source>Your comment on this block…</source>
            <translation>Votre commentaire sur ce bloc…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/canvas_block.py" line="75" />
            <location filename="../../src/valuejournal/ui/widgets/comment_panel.py" line="83" />
            <source>Add comment</source>
            <translation>Ajouter le commentaire</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/chart_panel.py" line="54" />
            <source>{h} h · {pay}</source>
            <translation>{h} h · {pay}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/chart_panel.py" line="81" />
            <source>Click to see these sessions</source>
            <translation>Cliquez pour voir ces séances</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/chart_panel.py" line="69" />
            <location filename="../../src/valuejournal/ui/widgets/chart_panel.py" line="78" />
            <source>value {v}/10</source>
            <translation>valeur {v}/10</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/chart_panel.py" line="71" />
            <source>mostly {c}</source>
            <translation>surtout {c}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/chart_panel.py" line="76" />
            <source>{r}/h</source>
            <translation>{r}/h</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/chart_panel.py" line="80" />
            <source>mood {m}/5</source>
            <translation>humeur {m}/5</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_composer.py" line="67" />
            <source>Any days you choose</source>
            <translation>Les jours de votre choix</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_composer.py" line="74" />
            <source>What do you notice in these weeks?</source>
            <translation>Que remarquez-vous dans ces semaines ?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_composer.py" line="75" />
            <source>Add comment on this period</source>
            <translation>Ajouter un commentaire sur cette période</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_composer.py" line="83" />
            <source>Span</source>
            <translation>Séquence</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_composer.py" line="84" />
            <source>Days</source>
            <translation>Jours</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_composer.py" line="138" />
            <source>Your comment on this section…</source>
            <translation>Votre commentaire sur cette section…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_composer.py" line="139" />
            <source>Add comment on this section</source>
            <translation>Ajouter un commentaire sur cette section</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_composer.py" line="79" />
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" line="100" />
            <source>to</source>
            <translation>au</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_composer.py" line="156" />
            <source>This share holds no reflections.</source>
            <translation>Ce partage ne contient aucune réflexion.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_composer.py" line="160" />
            <source>(nothing written in this section)</source>
            <translation>(rien d’écrit dans cette section)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" line="115" />
            <source>Your coach gets a file with the sessions, clients and reflections of the range you choose. Private sessions stay here unless you include them.</source>
            <translation>Votre coach reçoit un fichier avec les séances, les clients et les réflexions de la période choisie. Les séances privées restent ici, sauf si vous les incluez.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" line="145" />
            <source>all</source>
            <translation>tout</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" line="211" />
            <source>{name} is encrypted. Enter the passphrase it was sent with.</source>
            <translation>{name} est chiffré. Saisissez la phrase secrète transmise avec lui.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" line="69" />
            <source>Everything</source>
            <translation>Tout</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" line="70" />
            <source>One quarter</source>
            <translation>Un trimestre</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" line="71" />
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" line="80" />
            <source>Include private sessions and my notes about clients</source>
            <translation>Inclure les séances privées et mes notes sur les clients</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" line="81" />
            <source>Protect the file with a passphrase</source>
            <translation>Protéger le fichier par une phrase secrète</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" line="108" />
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" line="109" />
            <source>Repeat it</source>
            <translation>Répétez-la</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" line="111" />
            <source>Save share file…</source>
            <translation>Enregistrer le fichier de partage…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" line="201" />
            <source>Passphrase needed</source>
            <translation>Phrase secrète requise</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" line="158" />
            <source>The file will hold {s} sessions, {c} clients and {r} reflections.</source>
            <translation>Le fichier contiendra {s} séances, {c} clients et {r} réflexions.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" line="176" />
            <source>The two passphrases differ.</source>
            <translation>Les deux phrases secrètes diffèrent.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" line="162" />
            <source>{n} private sessions stay here.</source>
            <translation>{n} séances privées restent ici.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_dialogs.py" line="172" />
            <source>The passphrase needs at least {n} characters.</source>
            <translation>La phrase secrète doit compter au moins {n} caractères.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_list.py" line="100" />
            <source>Resolved</source>
            <translation>Résolu</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_list.py" line="107" />
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_list.py" line="208" />
            <source>Session {day}</source>
            <translation>Séance du {day}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_list.py" line="180" />
            <source>Period {start} to {end}</source>
            <translation>Période du {start} au {end}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_list.py" line="97" />
            <source>no longer in the journal</source>
            <translation>n’est plus dans le journal</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_list.py" line="188" />
            <source>Canvas {quarter}, “{block}”</source>
            <translation>Canvas {quarter}, « {block} »</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_list.py" line="202" />
            <source>A session</source>
            <translation>Une séance</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_list.py" line="195" />
            <source>Reflection {quarter}, “{section}”</source>
            <translation>Réflexion {quarter}, « {section} »</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_panel.py" line="49" />
            <source>Select a session to see its comments.</source>
            <translation>Sélectionnez une séance pour voir ses commentaires.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_panel.py" line="50" />
            <source>Select a session to see or write its comments.</source>
            <translation>Sélectionnez une séance pour voir ou écrire ses commentaires.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_panel.py" line="65" />
            <source>Coach comments</source>
            <translation>Commentaires du coach</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_panel.py" line="70" />
            <source>Hide the comments (the Comments button opens them)</source>
            <translation>Masquer les commentaires (le bouton Commentaires les ouvre)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_panel.py" line="71" />
            <source>Hide the comments</source>
            <translation>Masquer les commentaires</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_panel.py" line="77" />
            <source>No comments on this session.</source>
            <translation>Aucun commentaire sur cette séance.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/comment_panel.py" line="81" />
            <source>Write a comment on the selected session…</source>
            <translation>Écrivez un commentaire sur la séance sélectionnée…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/conflict_banner.py" line="32" />
            <location filename="../../src/valuejournal/ui/widgets/conflict_banner.py" line="61" />
            <source>Merge &amp;all</source>
            <translation>&amp;Tout fusionner</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/conflict_banner.py" line="34" />
            <source>Not now</source>
            <translation>Pas maintenant</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/conflict_banner.py" line="51" />
            <source>A copy of this journal made by a sync tool lies beside it. Merging takes in what it holds that this one lacks (backed up first, undoable):</source>
            <translation>Une copie de ce journal faite par un outil de synchronisation se trouve à côté. La fusion reprend ce qu’elle contient et qui manque à celui-ci (sauvegardé d’abord, annulable) :</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/conflict_banner.py" line="61" />
            <source>Merge &amp;it</source>
            <translation>&amp;Fusionner</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/conflict_banner.py" line="56" />
            <source>{n} copies of this journal made by sync tools lie beside it. Merging takes in what they hold that this one lacks (backed up first, undoable):</source>
            <translation>{n} copies de ce journal faites par des outils de synchronisation se trouvent à côté. La fusion reprend ce qu’elles contiennent et qui manque à celui-ci (sauvegardé d’abord, annulable) :</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/date_field.py" line="57" />
            <source>Choose from a calendar (Alt+Down)</source>
            <translation>Choisir dans un calendrier (Alt+Bas)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/date_field.py" line="55" />
            <source>Type {help}; Up/Down: a day; Alt+Down: calendar</source>
            <translation>Tapez {help} ; Haut/Bas : un jour ; Alt+Bas : calendrier</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/date_field.py" line="73" />
            <source>no such day</source>
            <translation>ce jour n’existe pas</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/date_field.py" line="73" />
            <source>not a date</source>
            <translation>pas une date</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/filter_bar.py" line="52" />
            <source>Search titles, notes, clients… (Ctrl+F)</source>
            <translation>Chercher dans les titres, notes, clients… (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/filter_bar.py" line="57" />
            <source>Any pay status</source>
            <translation>Tout état de paiement</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/filter_bar.py" line="67" />
            <source>This week</source>
            <translation>Cette semaine</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/filter_bar.py" line="68" />
            <source>This month</source>
            <translation>Ce mois-ci</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/filter_bar.py" line="79" />
            <source>To rate</source>
            <translation>À noter</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/filter_bar.py" line="80" />
            <source>Only sessions whose value is not rated yet</source>
            <translation>Seulement les séances dont la valeur n’est pas encore notée</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/filter_bar.py" line="111" />
            <source>All clients</source>
            <translation>Tous les clients</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/filter_bar.py" line="59" />
            <source>Unpaid</source>
            <translation>Impayé</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/filter_bar.py" line="61" />
            <source>Paid</source>
            <translation>Payé</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/habits_form.py" line="45" />
            <source> h</source>
            <translation> h</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/habits_form.py" line="46" />
            <source>Closing the window leaves the app in the tray</source>
            <translation>Fermer la fenêtre laisse l’application dans la zone de notification</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/habits_form.py" line="50" />
            <source>Remind me to log the day, from</source>
            <translation>Me rappeler de noter la journée, à partir de</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/habits_form.py" line="52" />
            <source>:00</source>
            <translation>:00</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/habits_form.py" line="53" />
            <source>Remind me when sessions wait for a rating, at least</source>
            <translation>Me rappeler quand des séances attendent une note, au moins</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/habits_form.py" line="56" />
            <source>Remind me of money unpaid for more than</source>
            <translation>Me rappeler l’argent impayé depuis plus de</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/habits_form.py" line="58" />
            <source> days</source>
            <translation> jours</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/habits_form.py" line="59" />
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/habits_form.py" line="49" />
            <source>This desktop shows no tray icons.</source>
            <translation>Ce bureau n’affiche pas d’icônes dans la zone de notification.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/habits_form.py" line="63" />
            <source>A timer that ran longer asks keep, split or trim</source>
            <translation>Un chronomètre qui a tourné plus longtemps demande s’il faut garder, couper ou réduire</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/habits_form.py" line="68" />
            <source>Snooze a reminder for</source>
            <translation>Reporter un rappel de</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" line="29" />
            <source>Start a new entry in the quick entry</source>
            <translation>Commencer une nouvelle saisie dans la saisie rapide</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" line="30" />
            <source>Add the entry; in the list: edit the selected session</source>
            <translation>Ajouter la saisie ; dans la liste : modifier la séance sélectionnée</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" line="31" />
            <source>Search the sessions</source>
            <translation>Chercher dans les séances</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" line="32" />
            <source>Delete the selected sessions (Ctrl+Z brings them back)</source>
            <translation>Supprimer les séances sélectionnées (Ctrl+Z les rétablit)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" line="33" />
            <source>In the list: the first / the last session</source>
            <translation>Dans la liste : la première / la dernière séance</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" line="34" />
            <source>Bold / italic in a section</source>
            <translation>Gras / italique dans une section</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" line="36" />
            <source>A week / a day earlier or later; Home / End: the year's ends</source>
            <translation>Une semaine / un jour plus tôt ou plus tard ; Début / Fin : les bouts de l’année</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" line="37" />
            <source>The year before / after</source>
            <translation>L’année d’avant / d’après</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" line="38" />
            <source>The day's sessions; in that list: edit the session</source>
            <translation>Les séances du jour ; dans cette liste : modifier la séance</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" line="39" />
            <source>Week grid: the next cell; save every filled cell</source>
            <translation>Grille de la semaine : la case suivante ; enregistrer chaque case remplie</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" line="40" />
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" line="41" />
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" line="42" />
            <source>Rating</source>
            <translation>Notation</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" line="40" />
            <source>Rate the session 0 to 9, T for 10</source>
            <translation>Noter la séance de 0 à 9, T pour 10</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" line="41" />
            <source>Skip this session</source>
            <translation>Passer cette séance</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" line="42" />
            <source>Back to the previous session or step</source>
            <translation>Revenir à la séance ou à l’étape précédente</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" line="43" />
            <source>Rate a batch / also ask the mood</source>
            <translation>Noter un lot / demander aussi l’humeur</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" line="80" />
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" line="112" />
            <source>Journal schema</source>
            <translation>Schéma du journal</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" line="102" />
            <source>{n} (this app writes {m})</source>
            <translation>{n} (cette application écrit {m})</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" line="104" />
            <source>none open (this app writes {m})</source>
            <translation>aucun ouvert (cette application écrit {m})</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/help_dialogs.py" line="124" />
            <source>Journal your work; see where pay and value part ways.</source>
            <translation>Tenez le journal de votre travail ; voyez où la paie et la valeur se séparent.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/hours_box.py" line="32" />
            <source>Hours, e.g. 1.5, 1,5 or 1:30 (Up and Down step a quarter hour)</source>
            <translation>Heures, par ex. 1.5, 1,5 ou 1:30 (Haut et Bas ajoutent ou retirent un quart d’heure)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/hours_box.py" line="47" />
            <source>max 24 h</source>
            <translation>24 h max.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/hours_box.py" line="41" />
            <source>type the hours, e.g. 1.5 or 1:30</source>
            <translation>tapez les heures, par ex. 1.5 ou 1:30</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/hours_box.py" line="41" />
            <source>hours?</source>
            <translation>heures ?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/hours_box.py" line="44" />
            <source>not hours</source>
            <translation>pas des heures</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/hours_box.py" line="46" />
            <source>must be more than 0 hours</source>
            <translation>doit dépasser 0 heure</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/hours_box.py" line="46" />
            <source>over 0 h</source>
            <translation>plus de 0 h</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/hours_box.py" line="43" />
            <source>not hours: {t} (try 1.5 or 1:30)</source>
            <translation>pas des heures : {t} (essayez 1.5 ou 1:30)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/hours_box.py" line="47" />
            <source>{t} is more than 24 hours</source>
            <translation>{t} dépasse 24 heures</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_choices.py" line="38" />
            <source>Whose work is this?</source>
            <translation>À qui est ce travail ?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_choices.py" line="39" />
            <source>Entries longer than 24 hours:</source>
            <translation>Entrées de plus de 24 heures :</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_choices.py" line="47" />
            <source>{name} ({n} rows)</source>
            <translation>{name} ({n} lignes)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_mapping.py" line="38" />
            <source>The columns of this file were not recognised. Choose which column holds what; a date and the hours (or minutes) are needed, everything else is optional.</source>
            <translation>Les colonnes de ce fichier n’ont pas été reconnues. Choisissez quelle colonne contient quoi ; une date et les heures (ou les minutes) sont nécessaires, tout le reste est facultatif.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_mapping.py" line="76" />
            <source>— not in the file —</source>
            <translation>— absent du fichier —</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_mapping.py" line="71" />
            <source>Columns in this file: {columns}</source>
            <translation>Colonnes de ce fichier : {columns}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_pages.py" line="98" />
            <source>My own choice of columns…</source>
            <translation>Mon propre choix de colonnes…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_pages.py" line="100" />
            <source>My invoices for this work are paid</source>
            <translation>Mes factures pour ce travail sont payées</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_pages.py" line="102" />
            <source>Billable amounts are stored as paid instead of pending (awaiting payment).</source>
            <translation>Les montants facturables sont enregistrés comme payés plutôt qu’en attente (de paiement).</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_pages.py" line="116" />
            <source>Rejected rows (they are not imported):</source>
            <translation>Lignes refusées (elles ne sont pas importées) :</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_pages.py" line="123" />
            <source>Format:</source>
            <translation>Format :</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_pages.py" line="156" />
            <source>new</source>
            <translation>nouvelle</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_pages.py" line="157" />
            <source>already present</source>
            <translation>déjà présente</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_pages.py" line="158" />
            <source>skipped (not work sessions)</source>
            <translation>ignorée (pas des séances de travail)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_pages.py" line="172" />
            <source>rejected</source>
            <translation>refusée</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_pages.py" line="174" />
            <source>New work: {h} hours ({m} minutes), pay {pay}</source>
            <translation>Nouveau travail : {h} heures ({m} minutes), paie {pay}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_pages.py" line="189" />
            <source>Nothing new: these sessions are already in your journal.</source>
            <translation>Rien de nouveau : ces séances sont déjà dans votre journal.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_pages.py" line="191" />
            <source>No session in this file can be imported.</source>
            <translation>Aucune séance de ce fichier ne peut être importée.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_pages.py" line="160" />
            <source>Skipped: {reasons}.</source>
            <translation>Ignorées : {reasons}.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/import_pages.py" line="183" />
            <source>The first {k} of {n} new sessions, as they will be stored:</source>
            <translation>Les {k} premières des {n} nouvelles séances, telles qu’elles seront enregistrées :</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/pay_fill.py" line="112" />
            <source>share of the price</source>
            <translation>part du prix</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/pay_fill.py" line="114" />
            <source>share of the retainer</source>
            <translation>part de l’abonnement</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/person_form.py" line="79" />
            <source>as it should appear on your reports</source>
            <translation>tel qu’il doit figurer sur vos rapports</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/person_form.py" line="82" />
            <source>optional</source>
            <translation>facultatif</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/person_form.py" line="100" />
            <source>As the system</source>
            <translation>Comme le système</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/person_form.py" line="106" />
            <source>Your &amp;name</source>
            <translation>Votre &amp;nom</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/person_form.py" line="107" />
            <source>&amp;Business name</source>
            <translation>Nom de l’&amp;entreprise</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/person_form.py" line="108" />
            <source>Base &amp;currency</source>
            <translation>&amp;Devise de base</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/person_form.py" line="109" />
            <source>Numbers and &amp;dates</source>
            <translation>Nombres et d&amp;ates</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/person_form.py" line="110" />
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/person_form.py" line="92" />
            <source>As the system ({name})</source>
            <translation>Comme le système ({name})</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" line="44" />
            <source>0–9 value · T = 10 · then 1–5 mood · Enter saves and moves on · S or Tab skips
← back · Backspace steps back · B batch · M mood step · Home first unrated · Esc closes</source>
            <translation>0–9 valeur · T = 10 · puis 1–5 humeur · Entrée enregistre et continue · S ou Tab passe
← retour · Retour arrière recule d’une étape · B lot · M étape humeur · Début première non notée · Échap ferme</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" line="66" />
            <source>no pay</source>
            <translation>sans paie</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" line="100" />
            <source>Whole batch: this client's week (B)</source>
            <translation>Lot entier : la semaine de ce client (B)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" line="101" />
            <source>Ask for mood (M)</source>
            <translation>Demander l’humeur (M)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" line="103" />
            <source>← Back</source>
            <translation>← Retour</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" line="104" />
            <source>Skip (S)</source>
            <translation>Passer (S)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" line="195" />
            <source>Value created: keys 0–9, T for 10</source>
            <translation>Valeur créée : touches 0–9, T pour 10</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" line="197" />
            <source>Mood: keys 1–5 (Enter keeps it as it is)</source>
            <translation>Humeur : touches 1–5 (Entrée la laisse telle quelle)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" line="262" />
            <source>Enter or Esc closes. Every rating is already saved.</source>
            <translation>Entrée ou Échap ferme. Chaque note est déjà enregistrée.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" line="138" />
            <source>0 none · 5 some · 10 exceptional</source>
            <translation>0 aucune · 5 un peu · 10 exceptionnelle</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" line="143" />
            <source>1 drained · 3 all right · 5 great</source>
            <translation>1 épuisé · 3 correct · 5 excellent</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" line="213" />
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" line="238" />
            <source>(no title)</source>
            <translation>(sans titre)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" line="253" />
            <source>All done</source>
            <translation>Tout est fait</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" line="253" />
            <source>End of the list</source>
            <translation>Fin de la liste</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" line="172" />
            <source>&lt;b&gt;{r} of {n} rated&lt;/b&gt;</source>
            <translation>&lt;b&gt;{r} sur {n} notées&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" line="217" />
            <source>(private) </source>
            <translation>(privée) </translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" line="229" />
            <source>Week of {d} · {k} sessions · {h} h</source>
            <translation>Semaine du {d} · {k} séances · {h} h</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" line="236" />
            <source>{k} sessions this week</source>
            <translation>{k} séances cette semaine</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" line="247" />
            <source>One rating for all {k} ({r} rated so far)</source>
            <translation>Une seule note pour les {k} ({r} notées jusqu’ici)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" line="220" />
            <source>Not rated yet</source>
            <translation>Pas encore notée</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" line="222" />
            <source> · mood {m}</source>
            <translation> · humeur {m}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" line="242" />
            <source>• …and {k} more</source>
            <translation>• …et {k} de plus</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" line="255" />
            <source>All {n} sessions are rated.</source>
            <translation>Les {n} séances sont notées.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" line="258" />
            <source>{r} of {n} rated; {k} still to rate (Home goes to the first).</source>
            <translation>{r} sur {n} notées ; {k} restent à noter (Début va à la première).</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" line="180" />
            <source>Session {i} of {n}</source>
            <translation>Séance {i} sur {n}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" line="184" />
            <source>Sessions {a}–{b} of {n}</source>
            <translation>Séances {a}–{b} sur {n}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/rating_card.py" line="223" />
            <source>Rated: value {v}</source>
            <translation>Notée : valeur {v}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" line="47" />
            <source>By my locale (A4 or Letter)</source>
            <translation>Selon mes paramètres régionaux (A4 ou Letter)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" line="48" />
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" line="49" />
            <source>Letter</source>
            <translation>Letter</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" line="91" />
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" line="144" />
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" line="267" />
            <source>Export PDF</source>
            <translation>Exporter en PDF</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" line="93" />
            <source>Browse…</source>
            <translation>Parcourir…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" line="99" />
            <source>Include the sessions’ notes</source>
            <translation>Inclure les notes des séances</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" line="100" />
            <source>…including private notes</source>
            <translation>…y compris les notes privées</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" line="103" />
            <source>Append the weekly reviews’ answers</source>
            <translation>Ajouter les réponses des bilans hebdomadaires</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" line="104" />
            <source>Include the business model canvas page</source>
            <translation>Inclure la page du business model canvas</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" line="106" />
            <source>Open the PDF when it is ready</source>
            <translation>Ouvrir le PDF quand il est prêt</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" line="112" />
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" line="113" />
            <source>Paper</source>
            <translation>Papier</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" line="144" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" line="220" />
            <source>Exporting… %p%</source>
            <translation>Export… %p%</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" line="289" />
            <source>Something went wrong while writing the PDF; details are in the log.</source>
            <translation>Une erreur s’est produite en écrivant le PDF ; les détails sont dans le journal technique.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" line="291" />
            <source>Could not export the PDF</source>
            <translation>Impossible d’exporter le PDF</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" line="168" />
            <source>Give a file name for the PDF.</source>
            <translation>Donnez un nom de fichier au PDF.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_export.py" line="282" />
            <source>Saved the PDF to {path}</source>
            <translation>PDF enregistré dans {path}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_figures.py" line="57" />
            <source>Reading the quarter…</source>
            <translation>Lecture du trimestre…</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_figures.py" line="74" />
            <source>No work sessions logged in this quarter yet. The reflection can still be written, and the PDF will say there is nothing to show.</source>
            <translation>Aucune séance de travail notée ce trimestre pour l’instant. La réflexion peut quand même être écrite, et le PDF dira qu’il n’y a rien à montrer.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_figures.py" line="85" />
            <source>Mood · energy · stress</source>
            <translation>Humeur · énergie · stress</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_figures.py" line="104" />
            <source>your own work</source>
            <translation>votre propre travail</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_figures.py" line="56" />
            <location filename="../../src/valuejournal/ui/widgets/reflection_figures.py" line="67" />
            <source>{q} at a glance</source>
            <translation>{q} en un coup d’œil</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_figures.py" line="102" />
            <source>No such stretch this quarter.</source>
            <translation>Aucune séquence de ce genre ce trimestre.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_section.py" line="40" />
            <source>Which work made a real difference this quarter, and for whom: clients, community, yourself?</source>
            <translation>Quel travail a vraiment compté ce trimestre, et pour qui : clients, communauté, vous-même ?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_section.py" line="42" />
            <source>What came back: money, and also referrals, repeat work, learning, reputation, joy? What is still waiting?</source>
            <translation>Qu’est-ce qui est revenu : de l’argent, mais aussi des recommandations, des missions renouvelées, des apprentissages, de la réputation, de la joie ? Qu’est-ce qui attend encore ?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_section.py" line="44" />
            <source>Where did you give much more than you got, or get paid well for work that meant little? With whom?</source>
            <translation>Où avez-vous donné bien plus que reçu, ou été bien payé pour un travail qui comptait peu ? Avec qui ?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_section.py" line="46" />
            <source>One to three concrete changes: rates, clients, hours, what you will say no to.</source>
            <translation>Un à trois changements concrets : tarifs, clients, heures, ce à quoi vous direz non.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_section.py" line="48" />
            <source>Anything else worth remembering about this quarter.</source>
            <translation>Tout ce qui mérite encore d’être retenu de ce trimestre.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_section.py" line="98" />
            <source>Write here. Markdown works: **bold**, *italic*, “- ” for a list.</source>
            <translation>Écrivez ici. Le Markdown fonctionne : **gras**, *italique*, « - » pour une liste.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reflection_section.py" line="173" />
            <source>Nothing written yet.</source>
            <translation>Rien d’écrit pour l’instant.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reminder_banner.py" line="30" />
            <source>Snooze</source>
            <translation>Reporter</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/reminder_banner.py" line="31" />
            <source>Dismiss</source>
            <translation>Ignorer</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/score_box.py" line="21" />
            <source>empty: not rated</source>
            <translation>vide : non noté</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/score_box.py" line="37" />
            <source>{n} is not from {low} to {high}</source>
            <translation>{n} n’est pas entre {low} et {high}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/score_box.py" line="38" />
            <location filename="../../src/valuejournal/ui/widgets/score_box.py" line="33" />
            <source>{low}–{high}</source>
            <translation>{low}–{high}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/score_box.py" line="32" />
            <source>not a whole number from {low} to {high}</source>
            <translation>pas un nombre entier entre {low} et {high}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" line="55" />
            <source>referral</source>
            <translation>recommandation</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" line="56" />
            <source>repeat</source>
            <translation>mission renouvelée</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" line="57" />
            <source>learning</source>
            <translation>apprentissage</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" line="58" />
            <source>reputation</source>
            <translation>réputation</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" line="59" />
            <source>joy</source>
            <translation>joie</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" line="63" />
            <source>Ecological impact</source>
            <translation>Impact écologique</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" line="63" />
            <source>Ecological impact, -2 … +2</source>
            <translation>Impact écologique, -2 … +2</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" line="64" />
            <source>Economic impact</source>
            <translation>Impact économique</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" line="64" />
            <source>Economic impact, -2 … +2</source>
            <translation>Impact économique, -2 … +2</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" line="65" />
            <source>Social impact</source>
            <translation>Impact social</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" line="65" />
            <source>Social impact, -2 … +2</source>
            <translation>Impact social, -2 … +2</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" line="104" />
            <source>no client</source>
            <translation>sans client</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" line="113" />
            <source>no project</source>
            <translation>sans projet</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" line="116" />
            <source>What did you do?</source>
            <translation>Qu’avez-vous fait ?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" line="118" />
            <source>Value created, 0–10</source>
            <translation>Valeur créée, 0–10</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" line="132" />
            <source>Mood, 1 (low) – 5 (great)</source>
            <translation>Humeur, 1 (basse) – 5 (excellente)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" line="133" />
            <source>Energy, 1–5</source>
            <translation>Énergie, 1–5</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" line="134" />
            <source>Stress, 1 (calm) – 5 (very stressed)</source>
            <translation>Stress, 1 (calme) – 5 (très stressé)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" line="146" />
            <source>Energy</source>
            <translation>Énergie</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" line="147" />
            <source>Stress</source>
            <translation>Stress</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" line="163" />
            <source>Start time</source>
            <translation>Heure de début</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" line="171" />
            <source>Private notes (never shared unless you ask)</source>
            <translation>Notes privées (jamais partagées sauf si vous le demandez)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" line="178" />
            <source>tags, separated by ;</source>
            <translation>étiquettes, séparées par ;</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" line="358" />
            <source>A date in the future</source>
            <translation>Une date dans le futur</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" line="362" />
            <source>Save on that date</source>
            <translation>Enregistrer à cette date</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" line="363" />
            <source>Change the date</source>
            <translation>Changer la date</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" line="181" />
            <source>no: work for pay</source>
            <translation>non : travail rémunéré</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" line="182" />
            <source>pro bono</source>
            <translation>pro bono</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" line="183" />
            <source>a gift</source>
            <translation>un cadeau</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" line="312" />
            <source>new client</source>
            <translation>nouveau client</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" line="346" />
            <source>the date is in the future</source>
            <translation>la date est dans le futur</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_form.py" line="359" />
            <source>This session is dated {d}, in the future. Save it on that date?</source>
            <translation>Cette séance est datée du {d}, dans le futur. L’enregistrer à cette date ?</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" line="36" />
            <source>ecological</source>
            <translation>écologique</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" line="36" />
            <source>economic</source>
            <translation>économique</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" line="36" />
            <source>social</source>
            <translation>social</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" line="146" />
            <source>Start</source>
            <translation>Début</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" line="154" />
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" line="101" />
            <source>&amp;What</source>
            <translation>&amp;Quoi</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" line="155" />
            <source>N&amp;otes</source>
            <translation>N&amp;otes</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" line="158" />
            <source>paid o&amp;n</source>
            <translation>payé &amp;le</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" line="165" />
            <source>Also captured</source>
            <translation>Aussi capté</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" line="174" />
            <source>Impact</source>
            <translation>Impact</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" line="175" />
            <source>Ta&amp;gs</source>
            <translation>Étiquett&amp;es</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" line="98" />
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" line="145" />
            <source>&amp;Date</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" line="99" />
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" line="147" />
            <source>&amp;Hours</source>
            <translation>&amp;Heures</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" line="100" />
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" line="152" />
            <source>&amp;Client</source>
            <translation>&amp;Client</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" line="102" />
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" line="153" />
            <source>Pro&amp;ject</source>
            <translation>Pro&amp;jet</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" line="103" />
            <source>&amp;Value</source>
            <translation>&amp;Valeur</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" line="104" />
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" line="163" />
            <source>&amp;Pay</source>
            <translation>&amp;Paie</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" line="105" />
            <source>&amp;Status</source>
            <translation>É&amp;tat</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" line="106" />
            <source>Paid o&amp;n</source>
            <translation>Payé &amp;le</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" line="107" />
            <source>&amp;Mood</source>
            <translation>H&amp;umeur</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" line="108" />
            <source>&amp;Energy</source>
            <translation>É&amp;nergie</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" line="109" />
            <source>S&amp;tress</source>
            <translation>&amp;Stress</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" line="157" />
            <source>&amp;Value created</source>
            <translation>&amp;Valeur créée</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/session_layout.py" line="164" />
            <source>Given on p&amp;urpose</source>
            <translation>Travail &amp;gratuit</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/settings_dialog.py" line="35" />
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/settings_dialog.py" line="40" />
            <source>You</source>
            <translation>Vous</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/settings_dialog.py" line="43" />
            <location filename="../../src/valuejournal/ui/widgets/thresholds_dialog.py" line="118" />
            <source>Insight thresholds</source>
            <translation>Seuils des analyses</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/settings_dialog.py" line="53" />
            <source>Timer and reminders</source>
            <translation>Chronomètre et rappels</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/skills_dialog.py" line="28" />
            <source>Skills</source>
            <translation>Compétences</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/skills_dialog.py" line="46" />
            <source>Tick the tags that name what you are good at. Partners are tags starting with @ (“@Ana”) on the sessions you did with them.</source>
            <translation>Cochez les étiquettes qui nomment ce que vous savez bien faire. Les partenaires sont les étiquettes commençant par @ (« @Ana ») sur les séances faites avec eux.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/thresholds_dialog.py" line="29" />
            <source>Low value: at most</source>
            <translation>Faible valeur : au plus</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/thresholds_dialog.py" line="30" />
            <source>High value: at least</source>
            <translation>Forte valeur : au moins</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/thresholds_dialog.py" line="33" />
            <source>High pay: pay rate above this share of your periods</source>
            <translation>Bonne paie : taux horaire au-dessus de cette part de vos périodes</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/thresholds_dialog.py" line="38" />
            <source>Judge a day from (hours)</source>
            <translation>Juger un jour à partir de (heures)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/thresholds_dialog.py" line="39" />
            <source>Judge a week from (hours)</source>
            <translation>Juger une semaine à partir de (heures)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/thresholds_dialog.py" line="40" />
            <source>Judge a month from (hours)</source>
            <translation>Juger un mois à partir de (heures)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/thresholds_dialog.py" line="41" />
            <source>Name a client's balance from (hours)</source>
            <translation>Citer la balance d’un client à partir de (heures)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/timer_bar.py" line="45" />
            <source>Stop… (Ctrl+T)</source>
            <translation>Arrêter… (Ctrl+T)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/timer_bar.py" line="41" />
            <source>No timer running. Ctrl+T starts one for the client and “what” typed above.</source>
            <translation>Aucun chronomètre en marche. Ctrl+T en démarre un pour le client et le « quoi » saisis au-dessus.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/timer_bar.py" line="43" />
            <source>Start timer (Ctrl+T)</source>
            <translation>Démarrer le chronomètre (Ctrl+T)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/timer_bar.py" line="56" />
            <source>● &lt;b&gt;{t}&lt;/b&gt; · {who} · since {since}</source>
            <translation>● &lt;b&gt;{t}&lt;/b&gt; · {who} · depuis {since}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/week_grid.py" line="75" />
            <source>◀ Week before</source>
            <translation>◀ Semaine précédente</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/week_grid.py" line="77" />
            <source>Week after ▶</source>
            <translation>Semaine suivante ▶</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/week_grid.py" line="79" />
            <source>Save the week</source>
            <translation>Enregistrer la semaine</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/week_grid.py" line="81" />
            <source>Add a row</source>
            <translation>Ajouter une ligne</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/week_grid.py" line="100" />
            <source>Hours per day as in the hours field (1.5, 1:30, 90m); Tab moves, Enter saves every filled cell as a session (unrated: rate them later).</source>
            <translation>Heures par jour comme dans le champ des heures (1.5, 1:30, 90m) ; Tab avance, Entrée enregistre chaque case remplie comme une séance (non notée : notez-les plus tard).</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/week_grid.py" line="125" />
            <source>client (optional)</source>
            <translation>client (facultatif)</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/week_grid.py" line="131" />
            <source>what you did</source>
            <translation>ce que vous avez fait</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/week_grid.py" line="215" />
            <source>Type hours in at least one day first.</source>
            <translation>Tapez d’abord des heures dans au moins un jour.</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/week_grid.py" line="189" />
            <source>{day}: {problem}</source>
            <translation>{day} : {problem}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/weekly_answers.py" line="60" />
            <source>No weekly review answered in this quarter yet (Go → Weekly review…).</source>
            <translation>Aucun bilan hebdomadaire rempli ce trimestre pour l’instant (Aller → Bilan hebdomadaire…).</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/weekly_answers.py" line="42" />
            <source>Weekly reviews</source>
            <translation>Bilans hebdomadaires</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/year_grid.py" line="106" />
            <source>Year calendar</source>
            <translation>Calendrier de l’année</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/year_grid.py" line="69" />
            <source>Nothing logged</source>
            <translation>Rien de noté</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/year_grid.py" line="72" />
            <source>{sessions}, {h} h</source>
            <translation>{sessions}, {h} h</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/year_grid.py" line="75" />
            <source>Pay: {pay}</source>
            <translation>Paie : {pay}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/year_grid.py" line="80" />
            <source>Value: {v}</source>
            <translation>Valeur : {v}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/year_grid.py" line="78" />
            <source>Pay per hour: {r}</source>
            <translation>Paie par heure : {r}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/year_grid.py" line="82" />
            <source>Mood: {m}</source>
            <translation>Humeur : {m}</translation>
        </message>
        <message>
            <location filename="../../src/valuejournal/ui/widgets/year_grid.py" line="85" />
            <source>Value minus pay: {g} (value ×{v}, pay ×{p})</source>
            <translation>Valeur moins paie : {g} (valeur ×{v}, paie ×{p})</translation>
        </message>
    </context>
</TS>
