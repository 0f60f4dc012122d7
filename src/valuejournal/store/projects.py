"""Projects under clients: reads and writes (mixed into Journal).

A session names its project by name under its client; the store finds the project (names
match without regard to case) or creates it, as it does for clients. Saving a project
re-derives the shares resting on its rate (store/shares.py).
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from valuejournal.core.entities import Project, new_uuid
from valuejournal.core.rules import validate_project
from valuejournal.store import convert, shares, tombstones
from valuejournal.store.errors import JournalError
from valuejournal.store.queries import CLIENTS, PROJECTS


class ProjectsMixin:
    """Project reads and writes for `Journal`."""

    if TYPE_CHECKING:

        def _read(self) -> Connection: ...
        def _write(self) -> AbstractContextManager[Connection]: ...

    def list_projects(
        self, client: str | None = None, *, include_archived: bool = True
    ) -> list[Project]:
        """Projects (of one client if named), sorted by client and name."""
        stmt = (
            select(PROJECTS, CLIENTS.c.name.label("client_name"))
            .join(CLIENTS, CLIENTS.c.id == PROJECTS.c.client_id)
            .order_by(CLIENTS.c.name, PROJECTS.c.name)
        )
        if client is not None:
            stmt = stmt.where(CLIENTS.c.name == client.strip())
        if not include_archived:
            stmt = stmt.where(PROJECTS.c.archived.is_(False))
        with self._read() as conn:
            return [
                convert.project_from_row(r, r["client_name"]) for r in conn.execute(stmt).mappings()
            ]

    def project_names(self, client: str | None) -> list[str]:
        """The names of a client's projects that are not archived (for completers)."""
        if not client or not client.strip():
            return []
        return [p.name for p in self.list_projects(client, include_archived=False)]

    def get_project(self, client: str, name: str) -> Project | None:
        """The client's project with this name (case-insensitive), or None."""
        key = name.strip().casefold()
        found = [p for p in self.list_projects(client) if p.name.casefold() == key]
        return found[0] if found else None

    def save_project(self, project: Project) -> Project:
        """Insert the project, or update the one with the same uuid (rename and archive
        included); its client must exist."""
        project = validate_project(
            replace(project, name=project.name.strip(), client=project.client.strip())
        )
        now = datetime.now(UTC)
        try:
            with self._write() as conn:
                client_id = conn.execute(
                    select(CLIENTS.c.id).where(CLIENTS.c.name == project.client)
                ).scalar()
                if client_id is None:
                    raise JournalError(f"there is no client named {project.client!r}")
                values = convert.project_values(project, int(client_id), now)
                old_client = conn.execute(
                    select(PROJECTS.c.client_id).where(PROJECTS.c.uuid == project.uuid)
                ).scalar()
                if old_client is not None:
                    conn.execute(
                        update(PROJECTS).where(PROJECTS.c.uuid == project.uuid).values(**values)
                    )
                else:
                    conn.execute(
                        insert(PROJECTS).values(uuid=project.uuid, created_at=now, **values)
                    )
                    tombstones.unbury(conn, [project.uuid])
                shares.respread(conn, [int(client_id), old_client])
        except IntegrityError as exc:
            raise JournalError(
                f"{project.client} already has a project named {project.name!r}"
            ) from exc
        return replace(project, updated_at=now, created_at=project.created_at or now)

    def delete_project(self, uuid: str) -> None:
        """Delete a project (remembered as a tombstone); its sessions keep their data and
        lose the project, and the shares resting on it are derived again."""
        with self._write() as conn:
            client_id = conn.execute(
                select(PROJECTS.c.client_id).where(PROJECTS.c.uuid == uuid)
            ).scalar()
            if conn.execute(delete(PROJECTS).where(PROJECTS.c.uuid == uuid)).rowcount:
                tombstones.bury(conn, tombstones.PROJECT, [uuid])
            shares.respread(conn, [client_id])

    def _client_id_of(self, conn: Connection, uuid: str) -> int | None:
        found = conn.execute(select(CLIENTS.c.id).where(CLIENTS.c.uuid == uuid)).scalar()
        return None if found is None else int(found)

    def _project_id(self, conn: Connection, client_id: int | None, name: str | None) -> int | None:
        """The id of the client's project named ``name``, created if missing."""
        if client_id is None or name is None or not name.strip():
            return None
        name = name.strip()
        found = conn.execute(
            select(PROJECTS.c.id).where(PROJECTS.c.client_id == client_id, PROJECTS.c.name == name)
        ).scalar()
        if found is not None:
            return int(found)
        now = datetime.now(UTC)
        result = conn.execute(
            insert(PROJECTS).values(
                uuid=new_uuid(),
                client_id=client_id,
                name=name[:120],
                archived=False,
                rate_kind="none",
                rate_minor=None,
                created_at=now,
                updated_at=now,
            )
        )
        key = result.inserted_primary_key
        assert key is not None
        return int(key[0])
