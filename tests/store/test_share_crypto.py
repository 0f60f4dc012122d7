"""The passphrase envelope: round trip, wrong passphrase, tampering, told apart in words."""

from __future__ import annotations

import struct
from datetime import date
from pathlib import Path

import pytest

from valuejournal.core.entities import Session
from valuejournal.store import envelope
from valuejournal.store.envelope import (
    HEADER_SIZE,
    MAGIC,
    PassphraseNeededError,
    TamperedError,
    WrongPassphraseError,
)
from valuejournal.store.errors import JournalError, NewerSchemaError, NotAJournalError
from valuejournal.store.journal import Journal
from valuejournal.store.safety import check_file
from valuejournal.store.share import ShareOptions, write_share
from valuejournal.store.untrusted import open_untrusted

PASSPHRASE = "correct horse battery"


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    """Cheaper key derivation in tests (the file records its own settings)."""
    monkeypatch.setattr(envelope, "SCRYPT_LOG2_N", 12)


@pytest.fixture
def sealed(journal: Journal, tmp_path: Path) -> Path:
    journal.add_session(Session(day=date(2026, 8, 3), minutes=60, title="SECRET-TITLE-Z9"))
    out = tmp_path / "sealed.vjshare"
    summary = write_share(journal, out, ShareOptions(), passphrase=PASSPHRASE)
    assert summary.encrypted
    return out


def test_round_trip_opens_with_the_passphrase(sealed: Path, journal: Journal) -> None:
    raw = sealed.read_bytes()
    assert raw.startswith(MAGIC)
    assert b"SQLite format 3" not in raw and b"SECRET-TITLE-Z9" not in raw
    opened = open_untrusted(sealed, passphrase=PASSPHRASE)
    try:
        assert opened.encrypted
        assert [s.title for s in opened.journal.all_sessions()] == ["SECRET-TITLE-Z9"]
        assert opened.meta.journal_uuid == journal.info().uuid
    finally:
        opened.close()


def test_no_passphrase_wrong_passphrase_and_check(sealed: Path) -> None:
    with pytest.raises(PassphraseNeededError, match="encrypted"):
        open_untrusted(sealed)
    with pytest.raises(WrongPassphraseError, match="passphrase does not open sealed.vjshare"):
        open_untrusted(sealed, passphrase="not the passphrase")
    report = check_file(sealed)
    assert not report.ok
    assert "encrypted" in report.problems[0] and "passphrase" in report.problems[0]


def flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("offset", "words"),
    [
        (-1, "contents do not match"),  # the GCM tag
        (HEADER_SIZE + 100, "contents do not match"),  # the ciphertext
        (20, "header does not match"),  # the salt
        (HEADER_SIZE - 1, "header does not match"),  # the header digest
    ],
)
def test_a_flipped_byte_is_tampering_not_a_wrong_passphrase(
    sealed: Path, offset: int, words: str
) -> None:
    flip(sealed, offset if offset >= 0 else sealed.stat().st_size + offset)
    with pytest.raises(TamperedError, match=words) as caught:
        open_untrusted(sealed, passphrase=PASSPHRASE)
    assert "changed or damaged after it was encrypted" in str(caught.value)


def test_cut_short_and_corrupt_plain_files_have_their_own_messages(
    sealed: Path, tmp_path: Path
) -> None:
    sealed.write_bytes(sealed.read_bytes()[:40])
    with pytest.raises(TamperedError, match="cut short"):
        open_untrusted(sealed, passphrase=PASSPHRASE)
    other = tmp_path / "junk.vjshare"
    other.write_bytes(b"\x00\x01garbage" * 100)
    with pytest.raises(NotAJournalError, match="not a Value Journal file"):
        open_untrusted(other, passphrase=PASSPHRASE)


def _forged(log2_n: int, version: int = 1) -> bytes:
    import hashlib

    head = struct.pack(">8sBBBB16s12s16s", MAGIC, version, log2_n, 8, 1, b"s" * 16, b"n" * 12,
                       b"c" * 16)  # fmt: skip
    return head + hashlib.sha256(head).digest()[:8] + b"x" * 64


def test_headers_asking_for_huge_key_settings_or_newer_versions_are_refused(
    tmp_path: Path,
) -> None:
    path = tmp_path / "greedy.vjshare"
    path.write_bytes(_forged(log2_n=22))
    with pytest.raises(TamperedError, match="key settings"):
        open_untrusted(path, passphrase=PASSPHRASE)
    path.write_bytes(_forged(log2_n=14, version=9))
    with pytest.raises(NewerSchemaError, match="update the app"):
        open_untrusted(path, passphrase=PASSPHRASE)


def test_short_passphrases_are_refused_before_writing(journal: Journal, tmp_path: Path) -> None:
    journal.add_session(Session(day=date(2026, 8, 3), minutes=60))
    with pytest.raises(JournalError, match="at least 8"):
        write_share(journal, tmp_path / "s.vjshare", ShareOptions(), passphrase="short")
    assert not (tmp_path / "s.vjshare").exists()
