"""Header words of the trackers' exports in the languages they ship, put back in English.

Clockify writes its CSV headers in the language of the person's interface, Kimai in the
language of its translation files. Each tracker module passes its table here; a header key
is looked up whole first ("duração (h)"), then without a parenthesised tail, which is kept
("valor faturável (brl)" -> "billable amount (brl)").

Where the words come from:

- Kimai: its translation files (kimai/kimai ``translations/messages.{de,fr,es,it,nl,pt_BR}.xlf``:
  ``label.date``, ``begin``/``label.starttime``, ``end``, ``duration``, ``user``, ``alias``
  (the "Name" column), ``email``, ``customer``, ``project``, ``activity``, ``description``,
  ``tags``, ``rate``, ``internalRate``, ``hourlyRate``, ``fixedRate``, ``currency``,
  ``billable``).
- Clockify: its localised help pages on exporting the detailed report (de, fr, es, pt
  list the columns: project, client, description, task, user, e-mail, tags, billable,
  start date/time, end date/time, duration, billable rate and amount) and the Portuguese
  export in the project's real-exports folder. The Italian and Dutch Clockify words are NOT
  confirmed: no Italian or Dutch Clockify help page or export could be found (searched for
  again in December 2026); they are the plain Italian and Dutch words for the columns, so a
  header Clockify words differently goes to the mapping step, which pre-fills it by content.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from valuejournal.interop.csv_reading import normalise_header

_ENGLISH = {"from_": "from", "e_mail": "e-mail"}
_TAIL = re.compile(r"^(.*?)\s*(\([^()]*\))$")


def canonical_keys(keys: Sequence[str], words: Mapping[str, str]) -> list[str]:
    """Normalised header keys, each translated through ``words`` when it is listed."""
    if not words:
        return [normalise_header(k) for k in keys]
    out = []
    for raw in keys:
        key = normalise_header(raw)
        if key in words:
            out.append(words[key])
            continue
        match = _TAIL.match(key)
        if match and match.group(1) in words:
            out.append(f"{words[match.group(1)]} {match.group(2)}")
        else:
            out.append(key)
    return out


def _table(**by_key: tuple[str, ...]) -> dict[str, str]:
    """{English key: (translations...)} turned around, keys normalised."""
    table: dict[str, str] = {}
    for english, spellings in by_key.items():
        for word in spellings:
            table[normalise_header(word)] = _ENGLISH.get(english, english.replace("_", " "))
    return table


CLOCKIFY_WORDS: dict[str, str] = {
    **_table(
        project=("Projekt", "Projet", "Proyecto", "Projeto", "Progetto"),
        client=("Kunde", "Cliente", "Klant"),
        description=("Beschreibung", "Descripción", "Descrição", "Descrizione", "Beschrijving"),
        task=("Aufgabe", "Tâche", "Tarea", "Tarefa", "Attività", "Taak"),
        user=("Benutzer", "Utilisateur", "Usuario", "Usuário", "Utente", "Gebruiker"),
        group=("Gruppe", "Groupe", "Grupo", "Gruppo", "Groep"),
        email=("E-Mail", "E-mail", "Correo electrónico", "Courriel"),
        tags=("Balises", "Etiquetas", "Etiqueta", "Etichette", "Tag"),
        billable=("Abrechenbar", "Facturable", "Faturável", "Fatturabile", "Factureerbaar"),
        start_date=(
            "Startdatum",
            "Date de début",
            "Fecha de inicio",
            "Data de início",
            "Data di inizio",
        ),
        start_time=(
            "Startzeit",
            "Heure de début",
            "Hora de inicio",
            "Hora de início",
            "Ora di inizio",
            "Starttijd",
        ),
        end_date=(
            "Enddatum",
            "Date de fin",
            "Fecha de finalización",
            "Data final",
            "Data de término",
            "Data di fine",
            "Einddatum",
        ),
        end_time=(
            "Endzeit",
            "Heure de fin",
            "Hora de finalización",
            "Hora de término",
            "Ora di fine",
            "Eindtijd",
        ),
        billable_rate=(
            "Abrechenbarer Satz",
            "Taux facturable",
            "Tarifa facturable",
            "Taxa faturável",
            "Tariffa fatturabile",
            "Factureerbaar tarief",
        ),
        billable_amount=(
            "Abrechenbarer Betrag",
            "Montant facturable",
            "Importe facturable",
            "Valor faturável",
            "Importo fatturabile",
            "Factureerbaar bedrag",
        ),
    ),  # fmt: skip
    **{
        normalise_header(f"{word} ({unit})"): f"duration ({english})"
        for word in ("Dauer", "Durée", "Duración", "Duração", "Durata", "Duur")
        for unit, english in (
            ("h", "h"),
            ("decimal", "decimal"),
            ("dezimal", "decimal"),
            ("décimal", "decimal"),
            ("decimale", "decimal"),
            ("decimaal", "decimal"),
        )
    },  # fmt: skip
}
"""Clockify's detailed-report headers in German, French, Spanish, Portuguese, Italian, Dutch."""

KIMAI_WORDS: dict[str, str] = _table(
    date=("Datum", "Date", "Fecha", "Data"),
    from_=("Beginn", "Von", "De", "Da", "Van", "Début", "Inicio", "Início", "Inizio"),
    to=("Ende", "Bis", "À", "Para", "A", "Tot", "Fin", "Fim", "Fine", "Einde"),
    duration=("Dauer", "Durée", "Duración", "Duração", "Durata", "Duur"),
    currency=("Währung", "Devise", "Moneda", "Moeda", "Valuta"),
    price=("Preis", "Prix", "Precio", "Preço", "Prezzo", "Prijs", "Lohn", "Tarifa", "Tarief"),
    internal_price=(
        "Interner Preis", "Interner Lohn", "Prix interne", "Precio interno", "Preço interno",
        "Costo interno", "Interne prijs",
    ),
    hourly_price=(
        "Stundenpreis", "Stundenlohn", "Prix horaire", "Taux horaire", "Precio por hora",
        "Preço por hora", "Tariffa oraria", "Uurtarief",
    ),
    fixed_price=(
        "Festpreis", "Prix fixe", "Taux fixe", "Tarifa fija", "Taxa fixa", "Preço fixo",
        "Prezzo fisso", "Vast bedrag", "Vaste prijs",
    ),
    name=("Nom", "Nombre", "Nome", "Naam"),
    user=("Benutzer", "Utilisateur", "Usuario", "Usuário", "Utente", "Gebruiker"),
    e_mail=("E-Mail", "Correo electrónico", "Email"),
    customer=("Kunde", "Client", "Cliente", "Klant"),
    project=("Projekt", "Projet", "Proyecto", "Projeto", "Progetto"),
    activity=("Tätigkeit", "Activité", "Actividad", "Atividade", "Attività", "Activiteit"),
    description=("Beschreibung", "Descripción", "Descrição", "Descrizione", "Beschrijving"),
    billable=("Abrechenbar", "Facturable", "Faturável", "Fatturabile", "Factureerbaar"),
    tags=("Schlagworte", "Étiquettes", "Etiquetas", "Etichette", "Tags"),
)  # fmt: skip
"""Kimai's timesheet export headers in German, French, Spanish, Portuguese, Italian, Dutch."""
