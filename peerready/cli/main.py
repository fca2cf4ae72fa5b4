"""``peerready COMMAND``: parse the command line and run one command.

The desktop app is not imported here: the composition root (``peerready.launcher``)
gives it: the command line itself never imports Qt.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from peerready.cli.output import EXIT_INVALID, err, out
from peerready.cli.parser import COMMAND_NAMES, build_parser

# Which module runs each command. Only the module of the command given is imported (by
# ``importlib``, below), so that ``check`` never loads the database layer and ``--version``
# loads neither the engine nor the database: it keeps start-up fast.
_MODULES = {
    "check": "file_commands",
    "questionnaire": "file_commands",
    "plan": "file_commands",
    "record": "store_commands",
    "structures": "store_commands",
    "assessments": "store_commands",
    "compare": "store_commands",
    "overview": "store_commands",
    "print": "store_commands",
    "export": "transfer_commands",
    "import": "transfer_commands",
    "backup": "transfer_commands",
    "restore": "transfer_commands",
    "delete-structure": "transfer_commands",
    "phones": "phone_commands",
    "close": "phone_commands",
}


def main(argv: list[str] | None = None, desktop=None) -> int:
    """Run one command. ``desktop`` is the desktop face (see ``peerready.launcher``), for ``peerready``
    alone and ``self-test``; without it those two say that the window is not available."""
    argv = sys.argv[1:] if argv is None else list(argv)
    if not argv or argv == ["--startup-probe"]:
        # ``peerready`` alone: the window, with no grammar to build (keeps start-up fast). The
        # start-up benchmark's probe takes the same path, so that it times what people start.
        args = argparse.Namespace(command=None, data_dir=None, startup_probe=bool(argv))
    else:
        # The usual ``peerready COMMAND …``: only that command's options are built.
        args = build_parser(argv[0] if argv[0] in COMMAND_NAMES else None).parse_args(argv)
    if args.data_dir:
        os.environ["PEERREADY_DATA_DIR"] = args.data_dir
    if args.command in (None, "self-test"):
        if desktop is None:
            err("L'application de bureau n'est pas disponible ici : utilisez les commandes (peerready --help).")
            return EXIT_INVALID
        return desktop.self_test(out, err) if args.command == "self-test" else desktop.run(args, err)
    handler = importlib.import_module(f"peerready.cli.{_MODULES[args.command]}").COMMANDS[args.command]
    try:
        return handler(args)
    except KeyboardInterrupt:
        err("interrompu")
        return 130
