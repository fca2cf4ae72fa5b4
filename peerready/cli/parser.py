"""The ``peerready`` command line's grammar (argparse, in French): every command and option.

Building it imports nothing but argparse, so that ``peerready --help`` and a mistyped option
answer at once.
"""

from __future__ import annotations

import argparse
import sys

from peerready import __version__
from peerready.cli.output import EXIT_USAGE, err


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
        description="PeerReady : se préparer à accueillir un travailleur pair ou une travailleuse paire. "
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

    _database_commands(commands, common)
    return parser


def _database_commands(commands, common) -> None:
    record = commands.add_parser("record", parents=[common], help="enregistrer un fichier de réponses dans la base")
    record.add_argument("--answers", required=True, metavar="FICHIER")
    record.add_argument("--structure", required=True, metavar="NOM", help="la structure (créée si besoin)")
    record.add_argument("--questionnaire", metavar="ID|FICHIER")
    record.add_argument("--label", default="", metavar="TEXTE", help="un nom pour cette évaluation")

    structures = commands.add_parser("structures", parents=[common], help="lister les structures")
    structures.add_argument("--search", default="", metavar="TEXTE")
    structures.add_argument("--json", action="store_true")

    assessments = commands.add_parser("assessments", parents=[common], help="lister les évaluations")
    assessments.add_argument("structure", nargs="?", metavar="STRUCTURE", help="nom ou identifiant")
    assessments.add_argument("--json", action="store_true")

    compare = commands.add_parser("compare", parents=[common], help="comparer deux évaluations d'une structure")
    compare.add_argument("before", metavar="EVALUATION_1")
    compare.add_argument("after", metavar="EVALUATION_2")
    compare.add_argument("--json", action="store_true")

    export = commands.add_parser("export", parents=[common], help="exporter vers un fichier .peerready")
    what = export.add_mutually_exclusive_group(required=True)
    what.add_argument("--structure", metavar="NOM", help="toute une structure")
    what.add_argument("--assessment", metavar="ID", help="une évaluation")
    export.add_argument("--out", required=True, metavar="FICHIER.peerready")
    export.add_argument("--with-comments", action="store_true", help="inclure les commentaires libres")

    importing = commands.add_parser("import", parents=[common], help="importer des fichiers .peerready")
    importing.add_argument("files", nargs="+", metavar="FICHIER.peerready")

    overview = commands.add_parser("overview", parents=[common], help="vue d'ensemble anonyme des structures")
    overview.add_argument("--json", action="store_true")

    backup = commands.add_parser("backup", parents=[common], help="faire une sauvegarde maintenant")
    backup.add_argument("--out", metavar="FICHIER", help="où l'écrire (par défaut : le dossier des sauvegardes)")

    restore = commands.add_parser("restore", parents=[common], help="revenir à une sauvegarde")
    restore.add_argument("file", metavar="SAUVEGARDE")
    restore.add_argument("--yes", action="store_true", help="ne pas demander de confirmation")

    printing = commands.add_parser("print", parents=[common], help="imprimer un document PDF")
    printing.add_argument(
        "assessment", nargs="?", metavar="EVALUATION", help="identifiant (sauf pour --document blank)"
    )
    printing.add_argument(
        "--document",
        choices=("plan", "report", "blank"),
        default="plan",
        help="plan d'action, rapport complet ou questionnaire vierge",
    )
    printing.add_argument("--out", required=True, metavar="FICHIER.pdf")
    printing.add_argument("--group", choices=("management", "team", "peer", "people"), help="pour blank")
    printing.add_argument("--version", choices=("full", "short"), default="full", help="pour blank")
    printing.add_argument(
        "--stage", choices=("preparing", "recruiting", "integrating", "established"), help="pour blank sans évaluation"
    )
    printing.add_argument("--questionnaire", metavar="ID|FICHIER", help="pour blank sans évaluation")
    printing.add_argument("--with-comments", action="store_true", help="inclure les commentaires (rapport)")

    delete = commands.add_parser("delete-structure", parents=[common], help="supprimer une structure et ses données")
    delete.add_argument("structure", metavar="STRUCTURE")
    delete.add_argument("--yes", action="store_true", help="ne pas demander de confirmation")
