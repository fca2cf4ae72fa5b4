"""The ``peerready`` command line's grammar (argparse, in French): every command and option.

Building it imports nothing but argparse, so that ``peerready --help`` and a mistyped option
answer at once.
"""

from __future__ import annotations

import argparse
import sys

from peerready.cli.output import EXIT_USAGE, err


class _Version(argparse.Action):
    """``--version``: the app's version alone on the first line (the contract), then what it carries."""

    def __call__(self, parser, _namespace, _values, _option_string=None):
        # start-up: the questionnaires and the store are read only when the version is asked for
        from peerready.workshop import versions

        print(versions.report())
        parser.exit()


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


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The whole grammar; with ``command``, only that command's options are built.

    The other commands are still named, with their help line, so that ``--help`` and a mistyped
    command read the same; their options would only be built to be thrown away (keeps start-up fast).
    """
    parser = _Parser(
        prog="peerready",
        description="PeerReady : se préparer à accueillir un travailleur pair ou une travailleuse paire. "
        "Sans commande, ouvre l'application.",
        parents=[_global_options(None)],
    )
    parser.add_argument("--version", action=_Version, nargs=0, help="afficher la version et quitter")
    parser.add_argument("--startup-probe", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMANDE", parser_class=_Parser)
    common = _global_options(argparse.SUPPRESS)
    for name, (summary, options) in _COMMANDS.items():
        if command is None or name == command:
            options(commands.add_parser(name, parents=[common], help=summary))
        else:
            commands.add_parser(name, help=summary)
    return parser


def _check(check) -> None:
    check.add_argument("files", nargs="*", metavar="FICHIER", help="questionnaires YAML (par défaut : ceux fournis)")


def _no_options(_) -> None:
    pass


def _questionnaire(show) -> None:
    show.add_argument("reference", nargs="?", metavar="ID|FICHIER")
    show.add_argument("--json", action="store_true", help="forme normalisée en JSON")


def _plan(plan) -> None:
    plan.add_argument("--answers", required=True, metavar="FICHIER", help="fichier de réponses YAML ou JSON")
    plan.add_argument("--questionnaire", metavar="ID|FICHIER")
    plan.add_argument("--format", choices=("json", "pdf"), default="json")
    plan.add_argument(
        "--out", required=True, metavar="CHEMIN", help="fichier à écrire (- pour la sortie standard en JSON)"
    )


def _record(record) -> None:
    record.add_argument("--answers", required=True, metavar="FICHIER")
    record.add_argument("--structure", required=True, metavar="NOM", help="la structure (créée si besoin)")
    record.add_argument("--questionnaire", metavar="ID|FICHIER")
    record.add_argument("--label", default="", metavar="TEXTE", help="un nom pour cette évaluation")


def _structures(structures) -> None:
    structures.add_argument("--search", default="", metavar="TEXTE")
    structures.add_argument("--json", action="store_true")


def _assessments(assessments) -> None:
    assessments.add_argument("structure", nargs="?", metavar="STRUCTURE", help="nom ou identifiant")
    assessments.add_argument("--json", action="store_true")


def _compare(compare) -> None:
    compare.add_argument("before", metavar="EVALUATION_1")
    compare.add_argument("after", metavar="EVALUATION_2")
    compare.add_argument("--json", action="store_true")


def _export(export) -> None:
    what = export.add_mutually_exclusive_group(required=True)
    what.add_argument("--structure", metavar="NOM", help="toute une structure")
    what.add_argument("--assessment", metavar="ID", help="une évaluation")
    export.add_argument("--out", required=True, metavar="FICHIER.peerready")
    export.add_argument("--with-comments", action="store_true", help="inclure les commentaires libres")


def _import(importing) -> None:
    importing.add_argument("files", nargs="+", metavar="FICHIER.peerready")


def _overview(overview) -> None:
    overview.add_argument("--json", action="store_true")
    overview.add_argument("--format", choices=("text", "json", "xlsx"), help="xlsx : un classeur, dans --out")
    overview.add_argument("--out", metavar="FICHIER.xlsx", help="le fichier à écrire (pour --format xlsx)")


def _backup(backup) -> None:
    backup.add_argument("--out", metavar="FICHIER", help="où l'écrire (par défaut : le dossier des sauvegardes)")


def _restore(restore) -> None:
    restore.add_argument("file", metavar="SAUVEGARDE")
    restore.add_argument("--yes", action="store_true", help="ne pas demander de confirmation")


def _print(printing) -> None:
    printing.add_argument(
        "assessment", nargs="?", metavar="EVALUATION", help="identifiant (sauf pour --document blank)"
    )
    printing.add_argument(
        "--document",
        choices=("plan", "report", "followup", "blank"),
        default="plan",
        help="plan d'action, rapport complet, suivi des actions (tableur) ou questionnaire vierge",
    )
    printing.add_argument(
        "--format",
        choices=("pdf", "docx", "xlsx", "csv"),
        help="pdf ou docx (plan, report), xlsx ou csv (followup), pdf (blank) ; par défaut : l'extension de --out",
    )
    printing.add_argument("--out", required=True, metavar="FICHIER")
    printing.add_argument("--group", choices=("management", "team", "peer", "people"), help="pour blank")
    printing.add_argument("--version", choices=("full", "short"), default="full", help="pour blank")
    printing.add_argument(
        "--stage", choices=("preparing", "recruiting", "integrating", "established"), help="pour blank sans évaluation"
    )
    printing.add_argument("--questionnaire", metavar="ID|FICHIER", help="pour blank sans évaluation")
    printing.add_argument("--with-comments", action="store_true", help="inclure les commentaires (rapport)")


def _phones(phones) -> None:
    phones.add_argument("assessment", nargs="?", metavar="ÉVALUATION", help="une évaluation ouverte")
    phones.add_argument("--structure", metavar="NOM", help="commencer une évaluation de cette structure")
    phones.add_argument("--stage", metavar="ÉTAPE", help="l'étape de cette nouvelle évaluation")
    phones.add_argument("--short", action="store_true", help="version courte (nouvelle évaluation)")
    phones.add_argument(
        "--group", required=True, choices=("management", "team", "peer", "people"), help="le groupe qui répond"
    )
    phones.add_argument("--host", metavar="ADRESSE", help="adresse IPv4 de cet ordinateur sur le réseau de la salle")
    phones.add_argument("--port", type=int, default=0, metavar="PORT", help="port (par défaut : un port libre)")


def _close(close) -> None:
    close.add_argument("assessment", metavar="ÉVALUATION")


def _delete_structure(delete) -> None:
    delete.add_argument("structure", metavar="STRUCTURE")
    delete.add_argument("--yes", action="store_true", help="ne pas demander de confirmation")


#: Every command, in the order ``--help`` lists them: its help line and what adds its options.
_COMMANDS = {
    "check": ("vérifier des questionnaires", _check),
    "self-test": ("vérifier que PeerReady fonctionne, sans utilisateur", _no_options),
    "questionnaire": ("afficher un questionnaire", _questionnaire),
    "plan": ("résultats et plan d'action depuis un fichier de réponses", _plan),
    "record": ("enregistrer un fichier de réponses dans la base", _record),
    "structures": ("lister les structures", _structures),
    "assessments": ("lister les évaluations", _assessments),
    "compare": ("comparer deux évaluations d'une structure", _compare),
    "export": ("exporter vers un fichier .peerready", _export),
    "import": ("importer des fichiers .peerready", _import),
    "overview": ("vue d'ensemble anonyme des structures", _overview),
    "backup": ("faire une sauvegarde maintenant", _backup),
    "restore": ("revenir à une sauvegarde", _restore),
    "print": ("faire un document : PDF, Word (docx), tableur (xlsx, csv)", _print),
    "phones": ("un groupe répond sur ses téléphones, par le Wi-Fi de la salle", _phones),
    "close": ("clore la collecte d'une évaluation (les résultats s'affichent)", _close),
    "delete-structure": ("supprimer une structure et ses données", _delete_structure),
}
#: The command names, for the dispatch to see which one is asked before building the grammar.
COMMAND_NAMES = frozenset(_COMMANDS)
