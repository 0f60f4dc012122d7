"""`valuejournal rates` (list, add, import-ecb) and the EUR + USD case in `insights`."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from valuejournal.cli import main

ECB = Path(__file__).parent / "interop" / "fixtures" / "ecb" / "eurofxref-hist.csv"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def journal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    path = str(tmp_path / "j.vjournal")
    common = ["--journal", path, "--hours", "4", "--status", "paid", "--paid-on", "2026-11-20"]
    for day in ("2026-11-02", "2026-11-03", "2026-11-04"):
        assert main(["add", *common, "--date", day, "--value", "8", "--client", "Acme US",
                     "--pay", "300", "--currency", "USD"]) == 0  # fmt: skip
        assert main(["add", *common, "--date", day, "--value", "4", "--client", "Euro GmbH",
                     "--pay", "400"]) == 0  # fmt: skip
    capsys.readouterr()
    return path


def test_eur_and_usd_give_the_right_balance_and_pay_rate(
    capsys: pytest.CaptureFixture[str], journal: str
) -> None:
    code, out, _ = run(capsys, "insights", "--journal", journal)
    assert code == 0
    assert "earning €1,200.00 (€50.00/h)" in out  # the dollars are not counted yet...
    assert "3 sessions in USD without an exchange rate to EUR" in out  # ...and it says so
    assert "valuejournal rates add USD RATE --date 2026-11-02" in out
    code, out, _ = run(capsys, "rates", "add", "USD", "1.25", "--date", "2026-11-02",
                       "--journal", journal)  # fmt: skip
    assert code == 0
    assert out.splitlines() == [
        "Added USD 1.25 per 1 EUR on 2026-11-02",
        "  3 sessions got this rate; sessions with a rate keep theirs",
    ]
    code, out, _ = run(capsys, "insights", "--journal", journal)
    # $300 / 1.25 = €240 a session: €1,200 + €720 over 24 h = €80.00/h
    assert "earning €1,920.00 (€80.00/h)" in out
    assert "paid €60.00/h" in out  # Acme US: €720 over 12 h
    assert "no exchange rate" not in out
    code, out, _ = run(capsys, "insights", "--journal", journal, "--json")
    data = json.loads(out)
    assert data["totals"]["pay"] == 1920.0 and data["totals"]["pay_rate"] == 80.0
    assert data["totals"]["currency"] == "EUR" and data["totals"]["uncounted"] == []
    acme = next(c for c in data["clients"] if c["name"] == "Acme US")
    assert (acme["pay"], acme["pay_rate"]) == (720.0, 60.0)


def test_json_lists_the_money_no_rate_counts(
    capsys: pytest.CaptureFixture[str], journal: str
) -> None:
    code, out, _ = run(capsys, "insights", "--journal", journal, "--json")
    assert code == 0
    assert json.loads(out)["totals"]["uncounted"] == [
        {"currency": "USD", "sessions": 3, "amount": 900.0, "first_day": "2026-11-02"}
    ]


def test_import_ecb_then_list(capsys: pytest.CaptureFixture[str], journal: str) -> None:
    code, out, _ = run(capsys, "rates", "import-ecb", str(ECB), "--dry-run", "--journal", journal)
    assert code == 0 and out.startswith("Would import 37 rates for 7 currencies per EUR")
    assert run(capsys, "rates", "list", "--journal", journal)[1].startswith("No exchange rates")
    code, out, _ = run(capsys, "rates", "import-ecb", str(ECB), "--journal", journal)
    assert code == 0 and "3 sessions got a rate" in out
    code, out, _ = run(capsys, "rates", "--journal", journal)
    assert "USD 1.0812 per 1 EUR on 2026-11-06  (7 days)" in out.splitlines()
    code, out, _ = run(capsys, "rates", "list", "--currency", "usd", "--json", "--journal", journal)
    data = json.loads(out)
    assert data["base"] == "EUR" and len(data["rates"]) == 7
    assert data["rates"][0] == {"currency": "USD", "per": "EUR", "date": "2026-11-06",
                                "rate": "1.0812", "days": 1}  # fmt: skip
    code, out, _ = run(capsys, "insights", "--journal", journal, "--json")
    # 2, 3 and 4 November: 1.0730, 1.0741 and 1.0765 USD per EUR
    assert json.loads(out)["totals"]["pay"] == pytest.approx(1200 + 279.59 + 279.30 + 278.68)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["add", "ABC", "1.1"], "ABC is not an ISO 4217 currency"),
        (["add", "US", "1.1"], "currency must be a three-letter ISO code"),
        (["add", "USD", "-3"], "a rate must be above zero"),
        (["add", "USD", "one"], "not a rate"),
        (["add", "USD", "1.1", "--date", "2 Nov"], "--date must be a date like"),
        (["add", "EUR", "1.1"], "a rate of EUR per EUR is always 1"),
        (["list", "--currency", "ABC"], "ABC is not an ISO 4217 currency"),
        (["import-ecb", "missing.csv"], "there is no file at missing.csv"),
    ],
)
def test_bad_input_exits_2_with_one_line(
    capsys: pytest.CaptureFixture[str], journal: str, args: list[str], message: str
) -> None:
    code, out, err = run(capsys, "rates", *args, "--journal", journal)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and message in err
    assert "Traceback" not in err


def test_a_file_that_is_not_the_ecbs_exits_2(
    capsys: pytest.CaptureFixture[str], journal: str, tmp_path: Path
) -> None:
    bad = tmp_path / "sessions.csv"
    bad.write_text("date,hours\n2026-11-02,3\n", encoding="utf-8")
    code, _, err = run(capsys, "rates", "import-ecb", str(bad), "--journal", journal)
    assert code == 2 and err.count("\n") == 1
    assert "sessions.csv is not an ECB reference-rate file" in err


def test_an_import_in_dollars_gets_the_days_rate_frozen(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from valuejournal.store.journal import Journal

    path = str(tmp_path / "imported.vjournal")
    assert main(["demo", path, "--weeks", "1"]) == 0
    assert main(["rates", "import-ecb", str(ECB), "--journal", path]) == 0
    export = tmp_path / "tracker.csv"
    export.write_text(
        "date,hours,value,client,title,pay,currency,status\n"
        "2026-11-04,2,7,Acme US,Audit,200.00,USD,pending\n"
        "2026-11-05,1.5,6,Tokyo KK,Review,30000,JPY,pending\n",
        encoding="utf-8",
    )
    capsys.readouterr()
    code, out, err = run(capsys, "import", str(export), "--journal", path)
    assert code == 0, err
    with Journal.open(path) as journal:
        got = {s.title: s for s in journal.all_sessions() if s.title in ("Audit", "Review")}
    assert (got["Audit"].fx_rate, got["Audit"].fx_day) == ("1.0765", date(2026, 11, 4))
    assert (got["Review"].fx_rate, got["Review"].fx_day) == ("162.1", date(2026, 11, 5))
    code, out, _ = run(capsys, "insights", "--journal", path, "--from", "2026-11-04",
                       "--to", "2026-11-05", "--json")  # fmt: skip
    # $200 / 1.0765 = €185.79; ¥30,000 / 162.10 = €185.07
    assert json.loads(out)["totals"]["pay"] == pytest.approx(185.79 + 185.07)


def test_a_json_export_carries_the_rates_and_the_frozen_ones(
    capsys: pytest.CaptureFixture[str], journal: str, tmp_path: Path
) -> None:
    from valuejournal.store.journal import Journal

    assert main(["rates", "add", "USD", "1.25", "--date", "2026-11-02", "--journal", journal]) == 0
    out = tmp_path / "all.json"
    assert main(["export", str(out), "--journal", journal]) == 0
    copy = str(tmp_path / "copy.vjournal")
    capsys.readouterr()
    code, _, err = run(capsys, "import", str(out), "--journal", copy)
    assert code == 0, err
    with Journal.open(copy) as restored:
        rates = [(r.currency, str(r.rate), r.day) for r in restored.list_rates()]
        frozen = {s.currency: s.fx_rate for s in restored.all_sessions()}
    assert rates == [("USD", "1.25", date(2026, 11, 2))]
    assert frozen == {"USD": "1.25", "EUR": "1"}
    code, data, _ = run(capsys, "insights", "--journal", copy, "--json")
    assert json.loads(data)["totals"]["pay"] == 1920.0  # as in the journal it came from


def test_add_puts_pay_in_the_clients_currency(tmp_path: Path, capsys) -> None:
    """`add --client C --pay A` for a client kept in USD is in dollars, as the window's
    quick entry has it; --currency still says otherwise."""
    from valuejournal.core.entities import Client
    from valuejournal.store.journal import Journal

    path = tmp_path / "j.vjournal"
    with Journal.open(path) as journal:
        journal.save_client(Client("Yankee Labs", currency="USD"))
    base = ["add", "--journal", str(path), "--date", "2026-12-01", "--value", "9"]
    code, out, _ = run(capsys, *base, "--hours", "4", "--client", "Yankee Labs", "--pay", "299,50")
    assert code == 0 and "US$299.50" in out
    assert main([*base, "--hours", "1", "--client", "Yankee Labs", "--pay", "20",
                 "--currency", "EUR"]) == 0  # fmt: skip
    assert main([*base, "--hours", "2", "--client", "New client", "--pay", "150"]) == 0
    with Journal.open(path) as journal:
        rows = sorted((s.minutes, s.pay_minor, s.currency) for s in journal.all_sessions())
    assert rows == [(60, 2000, "EUR"), (120, 15000, "EUR"), (240, 29950, "USD")]


def test_a_rate_from_the_day_after_the_work_is_called_so(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # the first user's case: a rate added today (no --date), a session from yesterday
    path = str(tmp_path / "j.vjournal")
    yesterday = date.fromordinal(date.today().toordinal() - 1).isoformat()
    assert main(["add", "--journal", path, "--hours", "2", "--date", yesterday, "--value", "7",
                 "--client", "Acme US", "--pay", "200", "--currency", "USD"]) == 0  # fmt: skip
    assert main(["rates", "add", "USD", "1.10", "--journal", path]) == 0
    capsys.readouterr()
    code, out, _ = run(capsys, "insights", "--journal", path)
    assert code == 0
    assert (
        "1 session in USD counted at a guessed exchange rate from 1 day after the work "
        "(the nearest known)" in out
    )
    assert "more than 4 days" not in out


def _frozen(path: str) -> dict[tuple[str, date], tuple[str | None, date | None]]:
    from valuejournal.store.journal import Journal

    with Journal.open(path) as journal:
        return {(s.currency, s.day): (s.fx_rate, s.fx_day) for s in journal.all_sessions()}


def test_delete_then_list_and_the_sessions_keep_their_rate(
    capsys: pytest.CaptureFixture[str], journal: str
) -> None:
    # the 4th's rate comes first: the three dollar sessions are counted with it
    for args in (["USD", "1.30", "--date", "2026-11-04"], ["USD", "1.25", "--date", "2026-11-02"]):
        assert main(["rates", "add", *args, "--journal", journal]) == 0
    capsys.readouterr()
    frozen = _frozen(journal)
    assert {v for (c, _), v in frozen.items() if c == "USD"} == {("1.3", date(2026, 11, 4))}
    before = json.loads(run(capsys, "insights", "--journal", journal, "--json")[1])["totals"]
    code, out, err = run(capsys, "rates", "delete", "usd", "2026-11-04", "--journal", journal)
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "Deleted USD 1.3 per 1 EUR on 2026-11-04",
        "  sessions that carry this rate keep it, so their figures do not move",
    ]
    code, out, _ = run(capsys, "rates", "list", "--currency", "USD", "--journal", journal)
    assert out.splitlines() == ["USD 1.25 per 1 EUR on 2026-11-02"]
    # as after the window's Del: the sessions counted with it are still counted with it
    assert _frozen(journal) == frozen
    after = json.loads(run(capsys, "insights", "--journal", journal, "--json")[1])["totals"]
    assert after == before and after["uncounted"] == []
    assert after["pay"] == pytest.approx(1200 + 3 * 230.77)  # $300 / 1.30 = €230.77
    # a session added on that day now gets the rate the table still has
    assert main(["add", "--journal", journal, "--hours", "1", "--date", "2026-11-04",
                 "--value", "5", "--client", "Acme US", "--pay", "125", "--currency", "USD",
                 "--title", "Later"]) == 0  # fmt: skip
    from valuejournal.store.journal import Journal

    with Journal.open(journal) as opened:
        (later,) = [s for s in opened.all_sessions() if s.title == "Later"]
    assert (later.fx_rate, later.fx_day) == ("1.25", date(2026, 11, 2))


def test_delete_picks_the_pair_with_per(capsys: pytest.CaptureFixture[str], journal: str) -> None:
    assert main(["rates", "add", "USD", "1.25", "--date", "2026-11-02", "--journal", journal]) == 0
    assert main(["rates", "add", "USD", "1.5", "--date", "2026-11-02", "--per", "GBP",
                 "--journal", journal]) == 0  # fmt: skip
    capsys.readouterr()
    code, out, err = run(capsys, "rates", "delete", "USD", "2026-11-02", "--journal", journal)
    assert (code, out) == (2, "") and err.count("\n") == 1
    assert "USD has rates per EUR, GBP on 2026-11-02: name one with --per" in err
    code, out, _ = run(capsys, "rates", "delete", "USD", "2026-11-02", "--per", "gbp",
                       "--journal", journal)  # fmt: skip
    assert code == 0 and out.startswith("Deleted USD 1.5 per 1 GBP on 2026-11-02")
    from valuejournal.store.journal import Journal

    with Journal.open(journal) as opened:
        assert [(r.currency, r.per) for r in opened.list_rates()] == [("USD", "EUR")]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["USD", "2026-11-03"], "there is no USD rate on 2026-11-03 (see `valuejournal rates list"),
        (["USD", "2026-11-02", "--per", "GBP"], "there is no USD rate per GBP on 2026-11-02"),
        (["JPY", "2026-11-02"], "there is no JPY rate on 2026-11-02"),
        (["USD", "2 Nov"], "DAY must be a date like 2026-03-31, got '2 Nov'"),
        (["ABC", "2026-11-02"], "ABC is not an ISO 4217 currency"),
        (["USD"], "the following arguments are required: DAY"),
    ],
)
def test_deleting_a_rate_that_is_not_there_exits_2_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], journal: str, args: list[str], message: str
) -> None:
    assert main(["rates", "add", "USD", "1.25", "--date", "2026-11-02", "--journal", journal]) == 0
    capsys.readouterr()
    table, frozen = Path(journal).read_bytes(), _frozen(journal)
    code, out, err = run(capsys, "rates", "delete", *args, "--journal", journal)
    assert (code, out) == (2, "") and err.count("\n") == 1 and message in err
    assert "Traceback" not in err
    assert Path(journal).read_bytes() == table and _frozen(journal) == frozen


def test_delete_in_an_encrypted_journal_takes_the_passphrase_after_the_action(
    capsys: pytest.CaptureFixture[str], journal: str, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from valuejournal.store import cipher, envelope

    monkeypatch.setattr(envelope, "SCRYPT_LOG2_N", 12)
    key = tmp_path / "pass.txt"
    key.write_text("correct horse battery staple\n")
    j = ("--journal", journal, "--passphrase-file", str(key))
    assert main(["rates", "add", "USD", "1.25", "--date", "2026-11-02", "--journal", journal]) == 0
    assert main(["encrypt", "--journal", journal, "--new-passphrase-file", str(key)]) == 0
    cipher._keys.clear()
    capsys.readouterr()
    code, _, err = run(capsys, "rates", "delete", "USD", "2026-11-02", "--journal", journal)
    assert code == 2 and "--passphrase-file F" in err
    cipher._keys.clear()
    code, out, err = run(capsys, "rates", "delete", "USD", "2026-11-02", *j)
    assert (code, err) == (0, "") and out.startswith("Deleted USD 1.25 per 1 EUR")
    cipher._keys.clear()
    code, out, _ = run(capsys, "rates", "list", *j)
    assert code == 0 and out.startswith("No exchange rates yet")
