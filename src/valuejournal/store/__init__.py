"""The journal file: SQLModel tables, Alembic migrations, the Journal object, safety checks."""
