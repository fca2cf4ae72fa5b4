"""What can go wrong with a request on stored data."""

from __future__ import annotations

from peerready.engine.errors import PeerReadyError


class RecordError(PeerReadyError):
    """A request on stored data is not possible; the message says why, in French."""
