"""One window per journal: a second launch on the same journal brings the first forward.

The running window listens on a local socket (QLocalServer) named after the user and the
journal's resolved path; a launch first tries to connect to it, and if someone answers it
asks them to come forward and ends.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)
RAISE = b"raise\n"


def server_name(journal: Path) -> str:
    """The socket name for this user and journal (short: sockets have a path limit)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no name for this uid
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    digest = hashlib.sha256(f"{user}\0{Path(journal).resolve()}".encode()).hexdigest()[:20]
    return f"valuejournal-{digest}"


def ask_running(journal: Path, timeout_ms: int = 800) -> bool:
    """If a window has ``journal`` open, ask it to come forward; True if one answered."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(journal))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(RAISE)  # the connection itself is the request; the word is for people
    socket.waitForBytesWritten(100)  # the window may already have closed it: that is fine
    socket.abort()
    return True


class InstanceServer(QObject):
    """Listens for later launches on the open journal; `raise_requested` when one comes."""

    raise_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server: QLocalServer | None = None
        self.journal: Path | None = None

    def listen(self, journal: Path) -> bool:
        """Answer launches on ``journal`` (and no longer on the one before)."""
        journal = Path(journal).resolve()
        if self.server is not None and self.journal == journal:
            return True
        self.close()
        name = server_name(journal)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(name):
            if ask_running(journal, 300):  # another window holds it: leave it be
                log.info("another window already answers for %s", journal)
                server.deleteLater()
                return False
            QLocalServer.removeServer(name)  # a socket left by a killed run
            if not server.listen(name):
                log.warning("cannot listen on %s: %s", name, server.errorString())
                server.deleteLater()
                return False
        server.newConnection.connect(self._accept)
        self.server, self.journal = server, journal
        return True

    def _accept(self) -> None:
        """Any connection is a later launch asking for the window (nothing else connects)."""
        assert self.server is not None
        came = False
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.abort()
            socket.deleteLater()
            came = True
        if came:
            log.info("a second launch on %s: bringing the window forward", self.journal)
            self.raise_requested.emit()

    def close(self) -> None:
        """Stop listening."""
        if self.server is not None:
            self.server.close()
            self.server.deleteLater()
        self.server, self.journal = None, None
