"""One editor process per user: a second `journeymapper FILE` hands its files to the first.

Double-clicking a second .journey in the file manager starts the program again. Without
this, the second process would find the file locked by the first (a lock warning for
the user's own window) and copy and paste would cross processes. Instead the second
start connects to the first one's local socket, sends the absolute paths, waits for the
answer and exits; the first opens each file in a window of its own (or brings forward
the window that already shows it) and, for an empty list, opens a welcome window. The
answer names the windows now showing the files, which the second start prints.

The socket name is derived from the user and the settings file, so tests with a private
JOURNEYMAPPER_SETTINGS never talk to a real editor. Messages are one line of JSON,
`{"open": ["/abs/path", ...]}` and `{"windows": ["title", ...]}`, read with a size limit;
anything else is dropped. Only the same user can connect (QLocalServer.UserAccessOption).
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from journeymapper.ui.preferences import app_settings

CONNECT_TIMEOUT_MS = 1000
REPLY_TIMEOUT_MS = 10000
MAX_MESSAGE_BYTES = 1 << 20

log = logging.getLogger(__name__)


def server_name() -> str:
    """Per user and per settings file: one editor for each, never another user's."""
    try:
        user = getpass.getuser()
    except (OSError, KeyError):
        user = "user"
    key = f"{user}\0{app_settings().fileName()}".encode()
    return "journeymapper-" + hashlib.sha256(key).hexdigest()[:16]


def forward_to_running(files: list[str], name: str | None = None) -> list[str] | None:
    """Hand `files` to an editor already running: the titles of the windows that show them
    (empty if it is busy, say with a dialog, and has not answered yet), or None when no
    editor is running and this process must be the editor."""
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return None
    message = json.dumps({"open": [str(Path(f).resolve()) for f in files]}).encode() + b"\n"
    socket.write(message)
    if not socket.waitForBytesWritten(CONNECT_TIMEOUT_MS):
        return None
    reply = b""
    while not reply.endswith(b"\n") and socket.waitForReadyRead(REPLY_TIMEOUT_MS):
        reply += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    try:
        titles = json.loads(reply.decode("utf-8")).get("windows", []) if reply else []
    except (UnicodeDecodeError, ValueError, AttributeError):
        titles = []
    return [str(t) for t in titles] if isinstance(titles, list) else []


def parse_message(data: bytes) -> list[str] | None:
    """The paths in one message, or None if it is not one of ours."""
    try:
        message = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    files = message.get("open") if isinstance(message, dict) else None
    if not isinstance(files, list) or not all(isinstance(f, str) for f in files):
        return None
    return files


class InstanceServer(QObject):
    """Listens for later starts of the editor and passes their files to `open_files`."""

    def __init__(self, open_files: Callable[[list[str]], list[str]], name: str | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.open_files = open_files
        self.name = name or server_name()
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        """Start listening; a socket left behind by a crashed editor is removed first."""
        if self.server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)
        if self.server.listen(self.name):
            return True
        log.warning("cannot listen on %s: %s", self.name, self.server.errorString())
        return False

    def close(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._drop(s))

    def _drop(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()

    def _read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if len(data) > MAX_MESSAGE_BYTES:
            socket.abort()
            return
        self._buffers[socket] = data
        if not data.endswith(b"\n"):
            return
        files = parse_message(data)
        if files is None:
            socket.abort()
            return
        titles = self.open_files(files)
        if socket.state() == QLocalSocket.LocalSocketState.ConnectedState:
            socket.write(json.dumps({"windows": titles}).encode() + b"\n")
            socket.flush()
