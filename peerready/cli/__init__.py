"""The ``peerready`` command line: argparse faces on the engine, the store and the workshop."""

from peerready.cli.main import build_parser, main

__all__ = ["build_parser", "main"]
