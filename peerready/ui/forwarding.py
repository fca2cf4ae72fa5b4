"""A second start of PeerReady on the same data folder brings the first window forward.

The first app listens on a local channel (a named pipe or a local socket, never the network)
named after its data folder; a second start that finds the folder held asks it to come forward
and ends, so nobody works in a second window on stale data. QtNetwork may be missing (a trimmed
frozen build): then there is no channel, and the second start just says the folder is in use.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from peerready.store import instance

try:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket
except ImportError:  # a build without QtNetwork still runs, only without the hand-over
    QLocalServer = QLocalSocket = None

REQUEST = b"peerready:show\n"
ANSWER = b"peerready:shown\n"


def listen(parent, folder: Path, on_request: Callable[[], None]):
    """Answer second starts for ``folder`` with ``on_request``; returns the server, or None if it cannot listen."""
    if QLocalServer is None:
        return None
    name = instance.channel_name(folder)
    server = QLocalServer(parent)
    server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
    if not server.listen(name):
        # This process holds the folder's lock, so a channel of that name is a leftover of a crash.
        QLocalServer.removeServer(name)
        if not server.listen(name):
            server.deleteLater()
            return None

    def on_connection():
        while server.hasPendingConnections():
            connection = server.nextPendingConnection()

            def on_ready(connection=connection):
                if REQUEST.strip() in bytes(connection.readAll().data()):
                    connection.write(ANSWER)
                    connection.flush()
                    on_request()
                connection.disconnectFromServer()

            connection.readyRead.connect(on_ready)
            connection.disconnected.connect(connection.deleteLater)

    server.newConnection.connect(on_connection)
    return server


def ask_to_come_forward(folder: Path, milliseconds: int = 1500) -> bool:
    """Ask the PeerReady holding ``folder`` to show its window; True when it answered."""
    if QLocalSocket is None:
        return False
    socket = QLocalSocket()
    socket.connectToServer(instance.channel_name(folder))
    if not socket.waitForConnected(milliseconds):
        return False
    socket.write(REQUEST)
    if not socket.waitForBytesWritten(milliseconds):
        socket.abort()
        return False
    answered = b""
    while ANSWER not in answered and socket.waitForReadyRead(milliseconds):
        answered += bytes(socket.readAll().data())
    socket.abort()
    return ANSWER in answered
