"""The passphrase envelope around a share or feedback file: scrypt + AES-256-GCM.

Layout (all integers unsigned, big-endian), 64 bytes of header then the ciphertext::

    magic      8  b"\\x89VJENC\\r\\n" (the \\x89 and CR LF catch text-mode transfers)
    version    1  1
    log2_n     1  scrypt cost: N = 2 ** log2_n
    r, p       1+1 scrypt block size and parallelism
    salt      16  random, per file
    nonce     12  random, per file
    check     16  bytes 32..47 of the scrypt output: tells a wrong passphrase apart
    digest     8  SHA-256 of everything above, truncated: tells a damaged header apart
    ciphertext    AES-GCM over the whole plain file, the 64-byte header as associated data

The key is bytes 0..31 of the scrypt output. A wrong passphrase fails the check (and never
reaches AES); a flipped byte anywhere fails the digest or the GCM tag. The library is
`cryptography` (scrypt and AES-GCM from OpenSSL), no crypto of our own.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import struct
import unicodedata
from dataclasses import dataclass

from valuejournal.store.errors import JournalError, NewerSchemaError

MAGIC = b"\x89VJENC\r\n"
VERSION = 1
_HEAD = struct.Struct(">8sBBBB16s12s16s")
_DIGEST = 8
HEADER_SIZE = _HEAD.size + _DIGEST
SCRYPT_LOG2_N = 17  # 128 MiB of memory with r=8: slow enough to make guessing expensive
SCRYPT_R = 8
SCRYPT_P = 1
MAX_SCRYPT_MEMORY = 256 * 2**20  # refuse headers that would make us allocate more
MIN_PASSPHRASE = 8


class PassphraseNeededError(JournalError):
    """The file is encrypted and no passphrase was given."""


class WrongPassphraseError(JournalError):
    """The passphrase does not open this file (the file itself looks intact)."""


class TamperedError(JournalError):
    """The encrypted file was changed or damaged after it was written."""


@dataclass(frozen=True, slots=True)
class Header:
    """The parsed, digest-checked header of an encrypted file."""

    version: int
    log2_n: int
    r: int
    p: int
    salt: bytes
    nonce: bytes
    check: bytes
    raw: bytes


def is_sealed(prefix: bytes) -> bool:
    """True if these first bytes of a file start an encrypted envelope."""
    return prefix[: len(MAGIC)] == MAGIC


def check_passphrase(passphrase: str) -> bytes:
    """The passphrase as bytes (Unicode NFC, UTF-8); raises JournalError if too short."""
    text = unicodedata.normalize("NFC", passphrase)
    if len(text) < MIN_PASSPHRASE:
        raise JournalError(f"the passphrase must have at least {MIN_PASSPHRASE} characters")
    return text.encode("utf-8")


def _derive(secret: bytes, salt: bytes, log2_n: int, r: int, p: int) -> tuple[bytes, bytes]:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    try:
        out = Scrypt(salt=salt, length=48, n=2**log2_n, r=r, p=p).derive(secret)
    except (ValueError, MemoryError, OverflowError) as exc:  # OpenSSL refused the settings
        raise TamperedError("the file asks for key settings Value Journal does not accept") from exc
    return out[:32], out[32:]


def seal(plain: bytes, passphrase: str) -> bytes:
    """Encrypt a whole file's bytes under the passphrase; returns header + ciphertext."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    secret = check_passphrase(passphrase)
    salt, nonce = os.urandom(16), os.urandom(12)
    key, check = _derive(secret, salt, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P)
    head = _HEAD.pack(MAGIC, VERSION, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P, salt, nonce, check)
    header = head + hashlib.sha256(head).digest()[:_DIGEST]
    return header + AESGCM(key).encrypt(nonce, plain, header)


def read_header(data: bytes, name: str = "the file") -> Header:
    """Parse and verify the header; raises TamperedError or NewerSchemaError."""
    if len(data) < HEADER_SIZE + 16 or not is_sealed(data):
        raise TamperedError(f"{name} is an encrypted Value Journal file, but it is cut short")
    head, digest = data[: _HEAD.size], data[_HEAD.size : HEADER_SIZE]
    if not hmac.compare_digest(hashlib.sha256(head).digest()[:_DIGEST], digest):
        raise TamperedError(
            f"{name} was changed or damaged after it was encrypted (its header does not match); "
            "ask the sender for a new copy"
        )
    _magic, version, log2_n, r, p, salt, nonce, check = _HEAD.unpack(head)
    if version != VERSION:
        raise NewerSchemaError(
            f"{name} was encrypted by a newer version of Value Journal; update the app to open it"
        )
    # Memory is 128·r·N; time grows with N·r·p: both bounded, whatever the header says.
    if not (10 <= log2_n <= 20 and 1 <= r <= 16 and 1 <= p <= 4) or (
        128 * r * p * 2**log2_n > MAX_SCRYPT_MEMORY
    ):
        raise TamperedError(f"{name} asks for key settings Value Journal does not accept")
    return Header(version, log2_n, r, p, salt, nonce, check, data[:HEADER_SIZE])


def open_sealed(data: bytes, passphrase: str, name: str = "the file") -> bytes:
    """Decrypt an envelope; raises WrongPassphraseError or TamperedError (distinct messages)."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    header = read_header(data, name)
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    key, check = _derive(secret, header.salt, header.log2_n, header.r, header.p)
    if not hmac.compare_digest(check, header.check):
        raise WrongPassphraseError(f"that passphrase does not open {name}; check it and try again")
    try:
        return AESGCM(key).decrypt(header.nonce, data[HEADER_SIZE:], header.raw)
    except InvalidTag:
        raise TamperedError(
            f"{name} was changed or damaged after it was encrypted (the passphrase is right, "
            "but the contents do not match); ask the sender for a new copy"
        ) from None
