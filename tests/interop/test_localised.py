"""Clockify and Kimai exports in the languages they ship, Kimai's duration variants, and
an unknown header's columns guessed from the cells."""

from __future__ import annotations

from datetime import date, time

import pytest

from valuejournal.interop import read_csv
from valuejournal.interop.content_guess import guess_by_content
from valuejournal.interop.plan import TOTALS

# Clockify's detailed report: project, client, description, user, e-mail, start date,
# start time, duration (h), duration (decimal), billable amount, per language.
CLOCKIFY = {
    "en": "Project,Client,Description,User,Email,Start Date,Start Time,Duration (h),"
    "Duration (decimal),Billable Amount (EUR)",
    "de": "Projekt,Kunde,Beschreibung,Benutzer,E-Mail,Startdatum,Startzeit,Dauer (h),"
    "Dauer (dezimal),Abrechenbarer Betrag (EUR)",
    "fr": "Projet,Client,Description,Utilisateur,Email,Date de début,Heure de début,Durée (h),"
    "Durée (décimal),Montant facturable (EUR)",
    "es": "Proyecto,Cliente,Descripción,Usuario,Correo electrónico,Fecha de inicio,"
    "Hora de inicio,Duración (h),Duración (decimal),Importe facturable (EUR)",
    "pt": "Projeto,Cliente,Descrição,Usuário,Email,Data de início,Hora de início,Duração (h),"
    "Duração (decimal),Valor faturável (EUR)",
    "it": "Progetto,Cliente,Descrizione,Utente,Email,Data di inizio,Ora di inizio,Durata (h),"
    "Durata (decimale),Importo fatturabile (EUR)",
    "nl": "Project,Klant,Beschrijving,Gebruiker,E-mail,Startdatum,Starttijd,Duur (h),"
    "Duur (decimaal),Factureerbaar bedrag (EUR)",
}
CLOCKIFY_ROW = "Site,Acme,Homepage,Ana,ana@x.org,13/01/2026,09:00:00,01:30:15,1.50,120.00"

# Kimai's timesheet export: date, from, to, duration, price, user, customer, project,
# activity, description, per language (words from Kimai's translation files).
KIMAI = {
    "en": "Date,From,To,Duration,Price,User,Customer,Project,Activity,Description",
    "de": "Datum,Von,Bis,Dauer,Preis,Benutzer,Kunde,Projekt,Tätigkeit,Beschreibung",
    "fr": "Date,De,À,Durée,Prix,Utilisateur,Client,Projet,Activité,Description",
    "es": "Fecha,De,Para,Duración,Precio,Usuario,Cliente,Proyecto,Actividad,Descripción",
    "pt": "Data,De,Para,Duração,Preço,Usuário,Cliente,Projeto,Atividade,Descrição",
    "it": "Data,Da,A,Durata,Prezzo,Utente,Cliente,Progetto,Attività,Descrizione",
    "nl": "Datum,Van,Tot,Duur,Prijs,Gebruiker,Klant,Project,Activiteit,Beschrijving",
}
KIMAI_ROW = "2026-04-01,09:00,10:30,1:30,120.00,kim,Acme,Site,Design,Homepage"


@pytest.mark.parametrize("language", sorted(CLOCKIFY))
def test_clockify_headers_in_each_language(language):
    plan = read_csv(f"{CLOCKIFY[language]}\n{CLOCKIFY_ROW}\n")
    assert plan.format == "clockify" and plan.errors == []
    (s,) = plan.sessions
    assert (s.day, s.start_time, s.duration_seconds) == (date(2026, 1, 13), time(9), 5415)
    assert (s.client, s.project, s.title) == ("Acme", "Site", "Homepage")
    assert (s.pay_minor, s.currency) == (12000, "EUR")
    assert plan.people == {"Ana": 1}


CLOCKIFY_RATE = {  # the billable rate column, in the same languages
    "en": "Billable Rate (EUR)", "de": "Abrechenbarer Satz (EUR)", "fr": "Taux facturable (EUR)",
    "es": "Tarifa facturable (EUR)", "pt": "Taxa faturável (EUR)",
    "it": "Tariffa fatturabile (EUR)", "nl": "Factureerbaar tarief (EUR)",
}  # fmt: skip


@pytest.mark.parametrize("language", sorted(CLOCKIFY))
def test_clockify_rate_in_each_language_pays_an_empty_amount(language):
    header = f"{CLOCKIFY[language]},{CLOCKIFY_RATE[language]}"
    row = CLOCKIFY_ROW.rsplit(",", 1)[0] + ",,80.00"  # no amount, 80.00 an hour
    (s,) = read_csv(f"{header}\n{row}\n").sessions
    assert s.duration_seconds == 5415
    assert (s.pay_minor, s.currency) == (round(8000 * 5415 / 3600), "EUR")  # 120.33


@pytest.mark.parametrize("language", sorted(KIMAI))
def test_kimai_headers_in_each_language(language):
    plan = read_csv(f"{KIMAI[language]}\n{KIMAI_ROW}\n", currency="CHF")
    assert plan.format == "kimai" and plan.errors == []
    (s,) = plan.sessions
    assert (s.day, s.start_time, s.minutes) == (date(2026, 4, 1), time(9), 90)
    assert (s.client, s.project, s.title) == ("Acme", "Site", "Homepage")
    assert (s.pay_minor, s.currency) == (12000, "CHF")


@pytest.mark.parametrize(
    ("duration", "seconds"),
    [("1:30", 5400), ("1.5", 5400), ("5400", 5400), ("2", 7200), ("1:30:20", 5420)],
)
def test_kimai_durations_told_apart_against_from_and_to(duration, seconds):
    text = f"{KIMAI['en']}\n2026-04-01,09:00,10:30,{duration},0,kim,Acme,Site,Design,x\n"
    text = text.replace("10:30", "11:00") if duration == "2" else text
    (s,) = read_csv(text).sessions
    assert s.duration_seconds == seconds


def test_kimai_money_with_its_currency_before_or_after_and_a_totals_row():
    header = "Date,From,To,Duration,Rate,Internal rate,User,Customer,Project,Activity,Description"
    rows = [
        '2019-05-13,12:00,12:45,2700," NZD 48.75 ",x,Steve,Camping,Web,Web,Booking',
        '2019-05-14,12:00,13:00,3600,"65.00 NZD",x,Steve,Camping,Web,Web,Mail',
        ",,,[00]:00,113.75,113.75,,,,,",
    ]
    plan = read_csv("\n".join([header, *rows]) + "\n")
    assert [(s.pay_minor, s.currency) for s in plan.sessions] == [(4875, "NZD"), (6500, "NZD")]
    assert plan.skipped == {TOTALS: 1} and plan.errors == []


def test_harvest_currency_written_out_in_words():
    text = (
        "Date,Client,Project,Task,Notes,Hours,First Name,Last Name,Billable Amount,Currency\n"
        "2025-12-07,Ex,Data,Film,Audio,1.33,Jeff,St.Hubert,63.84,United States Dollar - USD\n"
    )
    (s,) = read_csv(text).sessions
    assert (s.pay_minor, s.currency, s.duration_seconds) == (6384, "USD", 4788)


def test_an_unknown_header_is_guessed_from_its_cells():
    text = (
        "Tag,Anfang,Ende,Zeit,Kunde,Notiz,Satz,Betrag\n"
        "2026-03-02,09:00,10:30,1:30,Acme,Homepage layout and more,80.00,120.00\n"
        "2026-03-03,13:00,13:45,0:45,Acme,Call,80.00,60.00\n"
    )
    assert guess_by_content(text) == {
        "date": "Tag", "hours": "Zeit", "start": "Anfang", "pay": "Betrag", "title": "Notiz",
    }  # fmt: skip
