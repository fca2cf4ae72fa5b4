"""The ``peerready`` command line: its parser, and the dispatch to each command.

Called alone (or with ``self-test``), it hands over to the desktop face that the launcher
gives it: the command line itself never imports Qt.
"""

from __future__ import annotations

import argparse
import os
import sys

from peerready import __version__
from peerready.cli import file_commands, store_commands
from peerready.cli.output import EXIT_INVALID, EXIT_USAGE, err, out


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # French message, exit 2, no traceback
        self.print_usage(sys.stderr)
        err(f"{self.prog} : erreur : {message}")
        raise SystemExit(EXIT_USAGE)


def _global_options(default) -> argparse.ArgumentParser:
    """The options every command takes, before or after the command name.

    The sub-commands' copy has ``SUPPRESS`` as default: otherwise argparse would let a
    sub-command's empty default overwrite a value given before the command name.
    """
    options = argparse.ArgumentParser(add_help=False)
    options.add_argument(
        "--data-dir",
        metavar="DOSSIER",
        default=default,
        help="dossier des données (base et sauvegardes) ; aussi PEERREADY_DATA_DIR",
    )
    return options


def build_parser() -> argparse.ArgumentParser:
    common = _global_options(argparse.SUPPRESS)
    parser = _Parser(
        prog="peerready",
        description="PeerReady : se préparer à accueillir un·e travailleur·se pair·e. "
        "Sans commande, ouvre l'application.",
        parents=[_global_options(None)],
    )
    parser.add_argument("--version", action="version", version=f"PeerReady {__version__}")
    parser.add_argument("--startup-probe", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMANDE", parser_class=_Parser)

    check = commands.add_parser("check", parents=[common], help="vérifier des questionnaires")
    check.add_argument("files", nargs="*", metavar="FICHIER", help="questionnaires YAML (par défaut : ceux fournis)")

    commands.add_parser("self-test", parents=[common], help="vérifier que PeerReady fonctionne, sans utilisateur")

    show = commands.add_parser("questionnaire", parents=[common], help="afficher un questionnaire")
    show.add_argument("reference", nargs="?", metavar="ID|FICHIER")
    show.add_argument("--json", action="store_true", help="forme normalisée en JSON")

    plan = commands.add_parser(
        "plan", parents=[common], help="résultats et plan d'action depuis un fichier de réponses"
    )
    plan.add_argument("--answers", required=True, metavar="FICHIER", help="fichier de réponses YAML ou JSON")
    plan.add_argument("--questionnaire", metavar="ID|FICHIER")
    plan.add_argument("--format", choices=("json", "pdf"), default="json")
    plan.add_argument(
        "--out", required=True, metavar="CHEMIN", help="fichier à écrire (- pour la sortie standard en JSON)"
    )

    store_commands.add_commands(commands, common)
    return parser


def main(argv: list[str] | None = None, desktop=None) -> int:
    """Run one command. ``desktop`` is the desktop face (see ``peerready.launcher``), for ``peerready``
    alone and ``self-test``; without it those two say that the window is not available."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.data_dir:
        os.environ["PEERREADY_DATA_DIR"] = args.data_dir
    if args.command in (None, "self-test"):
        if desktop is None:
            err("L'application de bureau n'est pas disponible ici : utilisez les commandes (peerready --help).")
            return EXIT_INVALID
        return desktop.self_test(out, err) if args.command == "self-test" else desktop.run(args, err)
    handler = {
        "check": file_commands.cmd_check,
        "questionnaire": file_commands.cmd_questionnaire,
        "plan": file_commands.cmd_plan,
        **store_commands.COMMANDS,
    }[args.command]
    try:
        return handler(args)
    except KeyboardInterrupt:
        err("interrompu")
        return 130
