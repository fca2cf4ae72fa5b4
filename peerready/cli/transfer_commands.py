"""The ``peerready`` commands that move data in or out of the database: export, import, back up, restore, delete."""

from __future__ import annotations

from pathlib import Path

from peerready.cli.output import EXIT_INVALID, EXIT_OK, err, out
from peerready.cli.running import confirm, failing
from peerready.engine import wording
from peerready.store import assessments, bundle, instance, structures
from peerready.store.backups import latest_backup
from peerready.store.opening import inspect


@failing
def cmd_export(store, args) -> int:
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


@failing
def cmd_import(store, args) -> int:
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
                wording.plural(report.respondents, "personne"),
                wording.plural(report.answers, "réponse"),
                wording.plural(report.actions, "action"),
            )
            out(f"{file} : importé ({', '.join(counted)})")
        for renamed in report.renamed:
            out(f"  Une autre structure portait déjà ce nom : renommée {renamed}")
    return EXIT_OK


@failing
def cmd_backup(store, args) -> int:
    target = store.backup("manuelle", Path(args.out) if args.out else None)
    out(f"Sauvegarde faite : {target}")
    return EXIT_OK


@failing
def cmd_restore(store, args) -> int:
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
        if not confirm(
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


@failing
def cmd_delete_structure(store, args) -> int:
    structure = structures.find_structure(store, args.structure)
    counts = structures.deletion_counts(store, structure.id)
    counted = (
        wording.plural(counts["assessments"], "évaluation"),
        wording.plural(counts["answers"], "réponse"),
        wording.plural(counts["actions"], "action"),
    )
    question = f"Supprimer « {structure.name} » et toutes ses données ({', '.join(counted)}) ? C'est définitif."
    if not confirm(question, args.yes):
        out("Rien n'a été supprimé.")
        return EXIT_INVALID
    structures.delete_structure(store, structure.id)

    out(f"« {structure.name} » a été supprimée, avec {counted[0]}, {counted[1]} et {counted[2]}.")
    out(f"Une sauvegarde d'avant la suppression est gardée : {latest_backup(store.path.parent)}")
    return EXIT_OK


COMMANDS = {
    "export": cmd_export,
    "import": cmd_import,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "delete-structure": cmd_delete_structure,
}
