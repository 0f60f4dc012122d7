"""Reading a journal file back as an outsider would: plain sqlite3, or SQLCipher with the
passphrase itself (its own key derivation, SQLCipher 4's defaults), never the app's code."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def session_uuids(path: Path, passphrase: str | None) -> list[str] | None:
    """Every session's uuid, sorted, if ``passphrase`` (None: plain sqlite3) opens ``path``
    and it passes a quick check; else None."""
    import sqlcipher3

    if passphrase is None:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        error: tuple[type[Exception], ...] = (sqlite3.DatabaseError,)
    else:
        conn = sqlcipher3.connect(str(path))
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA key = '" + passphrase.replace("'", "''") + "'")
        error = (sqlcipher3.DatabaseError,)
    try:
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            return None
        return sorted(r[0] for r in conn.execute("SELECT uuid FROM work_session"))
    except error:
        return None
    finally:
        conn.close()
