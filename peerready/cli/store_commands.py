"""The ``peerready`` commands that use the local database: record, list, compare, move, back up."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from peerready import paths
from peerready.cli.output import EXIT_INVALID, EXIT_OK, err, out, write_file


def add_commands(commands, common) -> None:
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


def _open():
    from peerready.store.database import Store
    from peerready.store.faults import StoreError

    try:
        store = Store.open(paths.data_dir())
    except StoreError as error:
        err(str(error))
        return None
    for warning in store.warnings:  # e.g. an automatic backup that could not be made: say it, carry on
        err(warning)
    return store


def _failing(errors):
    """Run a command body; known errors become a message and exit code 1, never a traceback.

    A fault of the disk or of a file (``sqlite3.Error``, ``OSError``) is told in French too,
    never with SQLite's or the system's English text.
    """

    def wrap(function):
        def run(args):
            import sqlite3

            from peerready.store.faults import error_for

            store = _open()
            if store is None:
                return EXIT_INVALID
            try:
                return function(store, args)
            except errors() as error:
                lines = error.lines() if hasattr(error, "lines") else str(error).splitlines()
                for line in lines:
                    err(line)
                return EXIT_INVALID
            except sqlite3.Error as error:
                err(str(store.error_for(error)))
                return EXIT_INVALID
            except OSError as error:
                err(str(error_for(error, Path(error.filename) if error.filename else None, "file")))
                return EXIT_INVALID
            finally:
                store.close()

        return run

    return wrap


def _known_errors():
    from peerready.engine.errors import PeerReadyError

    return (PeerReadyError,)


def _confirm(question: str, assume_yes: bool) -> bool:
    if assume_yes:
        return True
    if sys.stdin is None or not sys.stdin.isatty():
        err("Confirmation impossible sans terminal : relancez avec --yes si vous êtes sûr·e.")
        return False
    out(question + " Tapez « oui » pour confirmer : ")
    return sys.stdin.readline().strip().lower() in ("oui", "o", "yes", "y")


@_failing(_known_errors)
def cmd_record(store, args) -> int:
    from peerready.engine import answers, instrument, wording
    from peerready.store import structures, summaries
    from peerready.workshop import recording

    answer_set = answers.load(args.answers)
    questionnaire = instrument.find(args.questionnaire or answer_set.questionnaire or None)
    assessment = recording.record(store, args.structure, answer_set, questionnaire, label=args.label)
    structure = structures.get_structure(store, assessment.structure_id)
    count = summaries.answer_count(store, assessment.id)
    out(f"Évaluation enregistrée : {assessment.id}")
    answered = wording.plural(count, "réponse")
    out(f"  {structure.name}, étape {assessment.stage}, {answered} ({', '.join(assessment.groups)})")
    return EXIT_OK


@_failing(_known_errors)
def cmd_structures(store, args) -> int:
    from peerready.engine import wording
    from peerready.store import summaries

    summaries = summaries.list_structures(store, args.search)
    if args.json:
        out(
            json.dumps(
                [
                    {
                        "id": s.structure.id,
                        "name": s.structure.name,
                        "sector": s.structure.sector,
                        "service_kind": s.structure.service_kind,
                        "assessments": s.assessments,
                        "last_assessment": s.last_assessment_id,
                        "last_date": s.last_date,
                        "last_stage": s.last_stage,
                        "level": s.level,
                        "open_actions": s.open_actions,
                    }
                    for s in summaries
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return EXIT_OK
    if not summaries:
        out("Aucune structure." if not args.search else f"Aucune structure ne correspond à « {args.search} ».")
    for s in summaries:
        last = (
            f"dernière évaluation le {wording.short_date(s.last_date)}, {s.last_stage}"
            if s.last_date
            else "pas d'évaluation"
        )
        level = f", {wording.level(s.level).lower()}" if s.level else ""
        out(
            f"{s.structure.name}  [{s.structure.id[:8]}]  {wording.plural(s.assessments, 'évaluation')}, "
            f"{last}{level}, {wording.plural(s.open_actions, 'action ouverte', 'actions ouvertes')}"
        )
    err(paths.describe())
    return EXIT_OK


@_failing(_known_errors)
def cmd_assessments(store, args) -> int:
    from peerready.engine import wording
    from peerready.store import structures, summaries

    structure = structures.find_structure(store, args.structure) if args.structure else None
    listed = summaries.list_assessments(store, structure.id if structure else None)
    names = structures.names(store)
    if args.json:
        out(
            json.dumps(
                [
                    {
                        "id": a.id,
                        "structure": names[a.structure_id],
                        "structure_id": a.structure_id,
                        "questionnaire": a.questionnaire_id,
                        "questionnaire_version": a.questionnaire_version,
                        "stage": a.stage,
                        "short": a.short,
                        "label": a.label,
                        "started_at": a.started_at,
                        "closed": a.closed,
                        "groups": a.groups,
                        **info,
                    }
                    for a, info in listed
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return EXIT_OK
    if not listed:
        out("Aucune évaluation.")
    for a, info in listed:
        score = f", {wording.score(info['score'])}" if info["score"] is not None else ""
        out(
            f"{a.id}  {names[a.structure_id]}  {wording.short_date(a.started_at)}  {a.stage}  "
            f"{wording.plural(info['respondents'], 'répondant·e')}, {wording.plural(info['answers'], 'réponse')}{score}"
        )
    return EXIT_OK


@_failing(_known_errors)
def cmd_compare(store, args) -> int:
    from peerready.engine import wording
    from peerready.store import assessments, history

    before = assessments.get_assessment(store, args.before)
    after = assessments.get_assessment(store, args.after)
    result = history.compare(store, before.id, after.id)
    if args.json:
        out(json.dumps(result, ensure_ascii=False, indent=2))
        return EXIT_OK
    b, a = result["before"], result["after"]
    out(
        f"Du {wording.long_date(b['date'])} ({wording.level(b['level']).lower()}, {wording.score(b['score'])}) "
        f"au {wording.long_date(a['date'])} ({wording.level(a['level']).lower()}, {wording.score(a['score'])})"
    )
    for item in result["dimensions"]:
        change = "" if item["change"] is None else f" ({wording.change(item['change'])})"
        out(f"  {item['label']} : {wording.number(item['before'])} → {wording.number(item['after'])}{change}")
    for title in result["flags_cleared"]:
        out(f"  Alerte levée : {title}")
    for title in result["flags_new"]:
        out(f"  Nouvelle alerte : {title}")
    done = [x for x in result["actions"] if x["status_now"] == "done"]
    out(f"  Actions faites : {len(done)} sur {len(result['actions'])}")
    return EXIT_OK


@_failing(_known_errors)
def cmd_export(store, args) -> int:
    from peerready.engine import wording
    from peerready.store import assessments, bundle, structures

    target = Path(args.out)
    if target.suffix != ".peerready":
        target = target.with_name(target.name + ".peerready")
    if args.structure:
        manifest = bundle.export(
            store,
            target,
            structure_id=structures.find_structure(store, args.structure).id,
            include_comments=args.with_comments,
        )
    else:
        manifest = bundle.export(
            store,
            target,
            assessment_id=assessments.get_assessment(store, args.assessment).id,
            include_comments=args.with_comments,
        )
    counts = manifest["counts"]
    comments = "avec" if args.with_comments else "sans"
    out(
        f"Exporté vers {target} : {wording.plural(counts['assessments'], 'évaluation')}, "
        f"{wording.plural(counts['answers'], 'réponse')}, {wording.plural(counts['actions'], 'action')} "
        f"({comments} les commentaires)"
    )
    return EXIT_OK


@_failing(_known_errors)
def cmd_import(store, args) -> int:
    from peerready.engine import wording
    from peerready.store import bundle

    for file in args.files:
        bundle.refuse_open_database(Path(file))
    checked = [(file, bundle.read(Path(file))[1]) for file in args.files]  # all checked before any is written
    for file, data in checked:
        report = bundle.merge(store, data)
        if report.changed == 0:
            out(f"{file} : déjà à jour, rien n'a changé")
        else:
            counted = (
                wording.plural(report.structures, "structure"),
                wording.plural(report.assessments, "évaluation"),
                wording.plural(report.respondents, "répondant·e"),
                wording.plural(report.answers, "réponse"),
                wording.plural(report.actions, "action"),
            )
            out(f"{file} : importé ({', '.join(counted)})")
        for renamed in report.renamed:
            out(f"  Une autre structure portait déjà ce nom : renommée {renamed}")
    return EXIT_OK


@_failing(_known_errors)
def cmd_overview(store, args) -> int:
    from peerready.engine import wording
    from peerready.store import history

    data = history.overview(store)
    if args.json:
        out(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    out(
        f"{wording.plural(data['structures'], 'structure')}, dont {wording.plural(data['assessed'], 'évaluée')} "
        "(dernière évaluation de chacune)"
    )
    out("Étapes : " + ", ".join(f"{wording.stage_short(k)} {v}" for k, v in data["stages"].items() if v))
    out("Niveaux : " + ", ".join(f"{wording.level(k)} {v}" for k, v in data["levels"].items() if v))
    for dimension in data["dimensions"]:
        count = wording.plural(dimension["structures"], "structure")
        out(f"  {dimension['label']} : {wording.score(dimension['score'])} en moyenne ({count})")
    if data["flags"]:
        out("Alertes les plus fréquentes :")
        for flag in data["flags"][:8]:
            out(f"  {wording.plural(flag['structures'], 'structure')} : {flag['title']}")
    actions = data["actions"]
    out(
        f"Actions : {wording.plural(actions['done'], 'faite')}, {actions['doing']} en cours, "
        f"{actions['todo']} à faire (sur {actions['total']})"
    )
    return EXIT_OK


@_failing(_known_errors)
def cmd_backup(store, args) -> int:
    target = store.backup("manuelle", Path(args.out) if args.out else None)
    out(f"Sauvegarde faite : {target}")
    return EXIT_OK


@_failing(_known_errors)
def cmd_restore(store, args) -> int:
    from peerready.store import instance
    from peerready.store.opening import inspect

    source = Path(args.file)
    inspect(source)
    folder = store.path.parent
    # Held for the whole restore: an app started meanwhile is told, instead of showing the old data.
    try:
        lock = instance.acquire(folder, program="restore")
    except instance.FolderInUse as busy:
        err(
            f"{busy} Restaurer maintenant remplacerait les données sous ses yeux : fermez d'abord PeerReady "
            "(ou restaurez depuis l'application : Fichier → Restaurer une sauvegarde). Rien n'a été changé."
        )
        return EXIT_INVALID
    try:
        if not _confirm(
            f"Remplacer toutes les données actuelles par la sauvegarde {source} ? "
            "(Les données actuelles seront d'abord sauvegardées.)",
            args.yes,
        ):
            out("Rien n'a été changé.")
            return EXIT_INVALID
        safety = store.restore(source)
    finally:
        if lock is not None:
            lock.release()
    out(f"Sauvegarde restaurée. Les données d'avant ont été gardées dans {safety}")
    return EXIT_OK


@_failing(_known_errors)
def cmd_delete_structure(store, args) -> int:
    from peerready.engine import wording
    from peerready.store import structures

    structure = structures.find_structure(store, args.structure)
    counts = structures.deletion_counts(store, structure.id)
    counted = (
        wording.plural(counts["assessments"], "évaluation"),
        wording.plural(counts["answers"], "réponse"),
        wording.plural(counts["actions"], "action"),
    )
    question = f"Supprimer « {structure.name} » et toutes ses données ({', '.join(counted)}) ? C'est définitif."
    if not _confirm(question, args.yes):
        out("Rien n'a été supprimé.")
        return EXIT_INVALID
    structures.delete_structure(store, structure.id)
    from peerready.store.backups import latest_backup

    out(f"« {structure.name} » a été supprimée, avec {counted[0]}, {counted[1]} et {counted[2]}.")
    out(f"Une sauvegarde d'avant la suppression est gardée : {latest_backup(store.path.parent)}")
    return EXIT_OK


@_failing(_known_errors)
def cmd_print(store, args) -> int:
    from peerready.engine import instrument
    from peerready.store import action_plan, assessments, structures, summaries

    if args.document == "blank":
        if args.group is None:
            err("Précisez le groupe du questionnaire vierge : --group management|team|peer|people")
            return EXIT_INVALID
        structure = ""
        if args.assessment:
            assessment = assessments.get_assessment(store, args.assessment)
            questionnaire = assessments.questionnaire(store, assessment.questionnaire_hash)
            stage, short = args.stage or assessment.stage, assessment.short or args.version == "short"
            structure = structures.get_structure(store, assessment.structure_id).name
        else:
            if args.stage is None:
                err("Précisez l'étape du projet : --stage preparing|recruiting|integrating|established")
                return EXIT_INVALID
            questionnaire = instrument.find(args.questionnaire)
            stage, short = args.stage, args.version == "short"
        if not questionnaire.questions_for(args.group, stage, short):
            err("Ce questionnaire ne pose aucune question à ce groupe à cette étape.")
            return EXIT_INVALID
        from peerready import report

        pdf = report.blank_questionnaire(questionnaire, args.group, stage=stage, short=short, structure=structure)
        return write_file(Path(args.out), pdf)
    if not args.assessment:
        err("Précisez l'évaluation à imprimer (voir : peerready assessments).")
        return EXIT_INVALID
    assessment = assessments.get_assessment(store, args.assessment)
    questionnaire = assessments.questionnaire(store, assessment.questionnaire_hash)
    result = summaries.assessment_results(store, assessment.id)
    actions = [a for a in action_plan.sync_plan(store, assessment.id) if a.status != "dropped"]
    from peerready import report

    if args.document == "plan":
        pdf = report.action_plan(questionnaire, result, actions, date=assessment.started_at)
    else:
        pdf = report.full_report(
            questionnaire, result, actions, date=assessment.started_at, include_comments=args.with_comments
        )
    code = write_file(Path(args.out), pdf)
    if code == EXIT_OK:
        out(f"Document écrit : {args.out}")
    return code


COMMANDS = {
    "print": cmd_print,
    "record": cmd_record,
    "structures": cmd_structures,
    "assessments": cmd_assessments,
    "compare": cmd_compare,
    "export": cmd_export,
    "import": cmd_import,
    "overview": cmd_overview,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "delete-structure": cmd_delete_structure,
}
