"""What can go wrong with a request on stored data."""

from __future__ import annotations


class RecordError(Exception):
    """A request on stored data is not possible; the message says why, in French."""
