"""One running Facilitateur per user: a second launch (a double-clicked `.atelier`, the desktop
entry, `facilitator open FILE`) hands its file to the running app and exits, instead of opening a
second window that would be refused the file (the session file has one writer).

The running app listens on a QLocalServer named for the user and the data folder (so separate
FACILITATOR_HOME folders, as tests and portable use have, are separate instances). A request is
one line of JSON, `{"open": "/abs/path"}` or `{"open": null}` (just show the window); the answer is
one line, `ok`. The running app then opens the file or says why it cannot, in its own window.
"""
from __future__ import annotations

import getpass
import hashlib
import json

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from facilitator import paths


def server_name() -> str:
    try:
        user = getpass.getuser()
    except Exception:  # no user name (some containers): the data folder still tells apart
        user = "user"
    folder = str(paths.user_config_dir())
    digest = hashlib.sha256(f"{user}\0{folder}".encode("utf-8", "surrogatepass")).hexdigest()
    return f"facilitateur-{digest[:20]}"


class Handoff(QObject):
    """The listening side (`listen`) and the handing side (`hand_over`)."""

    openRequested = Signal(object)   # a path (str), or None to just show the window

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or server_name()
        self.server: QLocalServer | None = None

    # -- a second launch --------------------------------------------------------------------
    def hand_over(self, path: str | None, timeout_ms: int = 3000) -> bool:
        """True when a running app took the request (this launch should then exit)."""
        sock = QLocalSocket()
        sock.connectToServer(self.name)
        if not sock.waitForConnected(timeout_ms):
            return False
        sock.write((json.dumps({"open": path}) + "\n").encode("utf-8"))
        sock.flush()
        ok = sock.waitForBytesWritten(timeout_ms) or sock.bytesToWrite() == 0
        answered = False
        while ok:
            if sock.canReadLine():      # the answer may already be buffered
                answered = bytes(sock.readLine()).strip() == b"ok"
                break
            if not sock.waitForReadyRead(timeout_ms):
                break
        sock.disconnectFromServer()
        return answered

    # -- the running app --------------------------------------------------------------------
    def listen(self) -> bool:
        """Start listening. A name left by an app that crashed (no one answers on it) is
        cleaned first; a live one is never taken over."""
        probe = QLocalSocket()
        probe.connectToServer(self.name)
        if probe.waitForConnected(500):     # someone is there: never take it over
            probe.disconnectFromServer()
            return False
        QLocalServer.removeServer(self.name)   # a name left by an app that crashed
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            return False
        server.newConnection.connect(self._accept)
        self.server = server
        return True

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None

    def _accept(self) -> None:
        while self.server is not None and self.server.hasPendingConnections():
            sock = self.server.nextPendingConnection()
            sock.readyRead.connect(lambda s=sock: self._read(s))
            sock.disconnected.connect(sock.deleteLater)
            if sock.bytesAvailable():       # the request came with the connection
                self._read(sock)

    def _read(self, sock: QLocalSocket) -> None:
        if not sock.canReadLine():
            if sock.bytesAvailable() > 65536:        # not a request of ours
                sock.abort()
            return
        line = bytes(sock.readLine())
        try:
            request = json.loads(line.decode("utf-8"))
            path = request["open"]
            if path is not None and not isinstance(path, str):
                raise ValueError
        except (ValueError, KeyError, TypeError):
            sock.abort()
            return
        sock.write(b"ok\n")
        sock.flush()
        self.openRequested.emit(path)
