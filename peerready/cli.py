"""The ``peerready`` command: the desktop app when called alone, and its sub-commands.

Exit codes: 0 success, 1 invalid input (questionnaire, answers file…), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from peerready import __version__

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


def _write(stream, text: str) -> None:
    # A frozen Windows app without a console has no stdout / stderr at all.
    if stream is not None:
        try:
            stream.write(text if text.endswith("\n") else text + "\n")
            stream.flush()
        except (OSError, UnicodeEncodeError):
            stream.write(text.encode("ascii", "replace").decode("ascii") + "\n")


def out(text: str) -> None:
    _write(sys.stdout, text)


def err(text: str) -> None:
    _write(sys.stderr, text)


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

    from peerready import cli_store

    cli_store.add_commands(commands, common)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.data_dir:
        os.environ["PEERREADY_DATA_DIR"] = args.data_dir
    if args.command is None:
        from peerready.ui import app

        problem = app.display_problem()  # Qt would abort the process with its own message
        if problem:
            err(problem)
            return EXIT_INVALID
        return app.run(startup_probe=args.startup_probe)
    if args.command == "self-test":
        from peerready.ui import app

        return app.self_test(out, err)
    from peerready import cli_store

    handler = {"check": cmd_check, "questionnaire": cmd_questionnaire, "plan": cmd_plan, **cli_store.COMMANDS}[
        args.command
    ]
    try:
        return handler(args)
    except KeyboardInterrupt:
        err("interrompu")
        return 130


def cmd_check(args) -> int:
    from peerready import instrument

    paths = [Path(f) for f in args.files] or instrument.bundled_paths()
    if not paths:
        err("aucun questionnaire à vérifier")
        return EXIT_INVALID
    failed = False
    for path in paths:
        try:
            questionnaire = instrument.load(path)
        except instrument.QuestionnaireError as error:
            failed = True
            for line in error.lines():
                out(line)
            continue
        out(
            f"{_shown(path)}: valide ({questionnaire.id} {questionnaire.version}, "
            f"{len(questionnaire.questions)} questions, {len(questionnaire.flags)} alertes, "
            f"{len(questionnaire.actions)} actions)"
        )
    return EXIT_INVALID if failed else EXIT_OK


def _shown(path: Path) -> str:
    """A path as the user would type it: relative to the current folder when inside it."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def cmd_questionnaire(args) -> int:
    from peerready import instrument

    try:
        questionnaire = instrument.find(args.reference)
    except instrument.QuestionnaireError as error:
        for line in error.lines():
            err(line)
        return EXIT_INVALID
    if args.json:
        out(instrument.to_json(questionnaire))
        return EXIT_OK
    out(f"{questionnaire.title} ({questionnaire.id} {questionnaire.version})")
    for dimension in questionnaire.dimensions:
        out(f"\n{dimension.label}")
        for question in questionnaire.questions:
            if question.dimension == dimension.id:
                short = " [court]" if question.short else ""
                out(f"  {question.id}{short} — {question.text}")
    return EXIT_OK


def cmd_plan(args) -> int:
    from peerready import answers, instrument, plan, results

    try:
        answer_set = answers.load(args.answers)
        questionnaire = instrument.find(args.questionnaire or answer_set.questionnaire or None)
        answer_set = answers.validate(answer_set, questionnaire)
    except instrument.QuestionnaireError as error:
        for line in error.lines():
            err(line)
        return EXIT_INVALID
    except answers.AnswersError as error:
        for line in error.lines():
            err(line)
        return EXIT_INVALID
    result = results.compute(questionnaire, answer_set)
    action_plan = plan.build(questionnaire, result)
    if args.format == "pdf":
        if args.out == "-":
            err("Un PDF s'écrit dans un fichier : donnez --out FICHIER.pdf")
            return EXIT_USAGE
        from peerready import report  # reportlab is imported only when a document is made

        return _write_file(Path(args.out), report.action_plan(questionnaire, result, action_plan.actions))
    text = results.to_json(result, action_plan)
    if args.out == "-":
        out(text)
        return EXIT_OK
    return _write_file(Path(args.out), text.encode("utf-8"))


def _write_file(path: Path, data: bytes) -> int:
    """Write atomically: a half-written file is never left behind, and no database is overwritten."""
    refusal = _refuse_to_overwrite(path)
    if refusal:
        err(refusal)
        return EXIT_INVALID
    tmp = path.with_name(path.name + ".tmp")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError as error:
        tmp.unlink(missing_ok=True)
        err(f"{path} : écriture impossible : {error.strerror}")
        return EXIT_INVALID
    return EXIT_OK


def _refuse_to_overwrite(path: Path) -> str | None:
    """Why ``path`` must not be replaced by a document (it is a database, or a folder), or None."""
    if path.is_dir():
        return f"{path} est un dossier : donnez un nom de fichier à --out."
    if not path.is_file():
        return None
    # Imported here: only when the target exists, so that writing a new file stays light.
    from peerready import store

    is_database = store.is_open_database(path)
    if not is_database:
        # Safe to read: no SQLite connection of this process has this file open.
        try:
            with path.open("rb") as handle:
                is_database = handle.read(len(store.SQLITE_HEADER)) == store.SQLITE_HEADER
        except OSError:
            return None
    if is_database:
        return f"{path} est une base de données : elle n'a pas été remplacée. Choisissez un autre nom pour --out."
    return None


if __name__ == "__main__":
    sys.exit(main())
