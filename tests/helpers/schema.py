"""Journal files at an older schema, made by the migrations' own downgrade steps."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config

from valuejournal.store.engine import make_engine


def alembic_config() -> Config:
    """An Alembic config pointing at the package's migrations."""
    config = Config()
    config.set_main_option(
        "script_location", str(resources.files("valuejournal.store") / "migrations")
    )
    return config


def downgrade(path: Path, revision: str) -> None:
    """Take the journal at ``path`` down to ``revision`` (what an older app wrote)."""
    config = alembic_config()
    engine = make_engine(path)
    try:
        with engine.connect() as connection:
            # Off before the transaction (ignored inside one): a rebuilt table's drop would
            # cascade into the rows pointing at it, as the app's own migration run knows.
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.exec_driver_sql("BEGIN")
            config.attributes["connection"] = connection
            command.downgrade(config, revision)
            connection.commit()
    finally:
        engine.dispose()


def upgrade(path: Path, revision: str) -> None:
    """Build or migrate the file at ``path`` up to ``revision`` only."""
    config = alembic_config()
    engine = make_engine(path)
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    finally:
        engine.dispose()
