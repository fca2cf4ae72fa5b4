"""The root of every error PeerReady raises on purpose, so that a face catches one type.

Each error says what is wrong in French, ready to be shown; ``lines()`` gives it as the
lines a command prints (``file:line: message`` where a file and a line are known). A bug
(``TypeError``, ``KeyError``…) is never a ``PeerReadyError``: it still ends in a traceback.
"""

from __future__ import annotations


class PeerReadyError(Exception):
    """Something PeerReady refuses or cannot do; ``str()`` says what, in French."""

    def lines(self) -> list[str]:
        """The message as printed lines: ``file:line: message`` for errors that know where."""
        return str(self).splitlines()
