"""The ECB's reference-rate file (eurofxref-hist.csv layout, N/A cells, trailing comma)."""

from __future__ import annotations

import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from valuejournal.interop.ecb import EcbError, parse_ecb, read_ecb

FIXTURE = Path(__file__).parent / "fixtures" / "ecb" / "eurofxref-hist.csv"


def test_the_history_file_is_read_with_its_gaps() -> None:
    rates = read_ecb(FIXTURE)
    by_key = {(r.currency, r.day): r for r in rates}
    assert {r.per for r in rates} == {"EUR"}
    assert by_key["USD", date(2026, 11, 2)].rate == Decimal("1.073")
    assert by_key["JPY", date(2026, 11, 6)].rate == Decimal("162.44")
    assert ("CYP", date(2026, 11, 6)) not in by_key  # N/A: no rate, not zero
    assert by_key["CYP", date(2007, 12, 31)].rate == Decimal("0.585274")
    assert len(rates) == 6 * 5 + 7  # five quoted currencies a day, all seven in 2007


def test_the_daily_file_and_the_ecb_zip_are_read_too(tmp_path: Path) -> None:
    daily = "Date, USD, JPY, \n27 November 2026, 1.0563, 161.12, \n"
    (rate,) = [r for r in parse_ecb(daily) if r.currency == "USD"]
    assert (rate.day, rate.rate) == (date(2026, 11, 27), Decimal("1.0563"))
    packed = tmp_path / "eurofxref-hist.zip"
    with zipfile.ZipFile(packed, "w") as archive:
        archive.write(FIXTURE, "eurofxref-hist.csv")
    assert len(read_ecb(packed)) == len(read_ecb(FIXTURE))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("day,hours\n2026-11-02,3\n", "not an ECB reference-rate file"),
        ("Date,USD,QQQ\n2026-11-02,1.07,2\n", "QQQ is not an ISO 4217 currency"),
        ("Date,USD\n2026-11-02,one\n", "line 2, USD: not a rate"),
        ("Date,USD\n02/11/2026,1.07\n", "line 2: not a date"),
        ("Date,USD\n2026-11-02,N/A\n", "holds no rates"),
        ("", "not an ECB reference-rate file"),
    ],
)
def test_a_file_of_another_kind_is_refused_in_words(text: str, message: str) -> None:
    with pytest.raises(EcbError, match=message):
        parse_ecb(text)


def test_a_binary_file_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "rates.csv"
    bad.write_bytes(b"\xff\xfe\x00garbage\x00")
    with pytest.raises(EcbError, match="not a text file"):
        read_ecb(bad)
