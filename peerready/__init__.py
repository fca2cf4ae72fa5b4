"""PeerReady: self-assessment of a team's readiness to welcome a peer worker."""

__version__ = "0.1.0"
