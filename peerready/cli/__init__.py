"""The ``peerready`` command line: argparse faces on the engine, the store and the workshop."""

from peerready.cli.main import main
from peerready.cli.parser import build_parser

__all__ = ["build_parser", "main"]
