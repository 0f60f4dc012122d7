"""SQLAlchemy's pysqlcipher dialect for connections keyed by `store.cipher` (no key in a URL).

The stock dialect runs ``PRAGMA key`` with the URL's password on every new connection; the
journal's connections come from a ``creator`` that has keyed them already (with the raw key),
and a path or a passphrase never goes into a URL. The pool is the journal's usual QueuePool.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import pool
from sqlalchemy.dialects.sqlite.pysqlcipher import SQLiteDialect_pysqlcipher
from sqlalchemy.dialects.sqlite.pysqlite import SQLiteDialect_pysqlite


class KeyedDialect(SQLiteDialect_pysqlcipher):
    """sqlcipher3 connections, keyed before SQLAlchemy sees them."""

    supports_statement_cache = True

    @classmethod
    def get_pool_class(cls, url: Any) -> type[pool.Pool]:
        """The journal's pool (the stock dialect uses one connection per thread)."""
        return pool.QueuePool

    def on_connect_url(self, url: Any) -> Any:
        """The plain SQLite set-up only: the key is set by the connection's creator."""
        return SQLiteDialect_pysqlite.on_connect_url(self, url)
