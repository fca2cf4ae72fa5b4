"""``peerready phones`` (a group answers on their own phones, served from this machine) and ``peerready close``."""

from __future__ import annotations

from peerready import paths
from peerready.cli.output import EXIT_INVALID, EXIT_OK, err, out
from peerready.cli.running import failing
from peerready.engine import instrument, vocabulary, wording
from peerready.store import assessments, errors, structures
from peerready.web.server import Counts, PhoneCollection, ServeError
from peerready.workshop import collecting, preparing


@failing
def cmd_phones(store, args) -> int:
    if bool(args.assessment) == bool(args.structure):
        err("Donnez soit une évaluation ouverte, soit --structure NOM --stage ÉTAPE (pour en commencer une).")
        return EXIT_INVALID
    if args.structure:
        if not args.stage:
            err("--structure demande aussi --stage ÉTAPE (" + ", ".join(vocabulary.STAGES) + ").")
            return EXIT_INVALID
        assessment = _new_assessment(store, args)
        if assessment is None:
            return EXIT_INVALID
    else:
        assessment = assessments.get_assessment(store, args.assessment)
    collection = PhoneCollection(
        paths.data_dir(), assessment.id, args.group, host=args.host, port=args.port or 0, on_change=_said()
    )
    try:
        collection.start()
    except ServeError as error:
        err(str(error))
        return EXIT_INVALID
    out(collection.url)  # the first line: the participants' address, with its token
    group = vocabulary.GROUPS.get(args.group, args.group)
    err(f"{group} : chaque personne ouvre cette adresse sur son téléphone, sur le même Wi-Fi que cet ordinateur.")
    err(f"Évaluation {assessment.id}. Ctrl+C arrête la collecte sur les téléphones ; l'évaluation reste ouverte.")
    try:
        while not collection.wait(1):
            pass
    except KeyboardInterrupt:
        collection.stop()
        err("Collecte sur les téléphones arrêtée ; l'évaluation reste ouverte, les réponses sont gardées.")
        return EXIT_OK
    if collection.closed_by_collection:
        err("La collecte de l'évaluation a été close : les téléphones ne peuvent plus répondre.")
    return EXIT_OK


def _new_assessment(store, args):
    """A new assessment of the structure (made if needed), with the group person by person; None if refused."""
    try:
        structure = structures.find_structure(store, args.structure)
    except errors.RecordError:
        structure = structures.create_structure(store, args.structure)
    already = assessments.open_assessments(store, structure.id)
    if already:
        err(
            f"« {structure.name} » a déjà une évaluation ouverte : {already[0].id} "
            f"(commencée le {wording.short_date(already[0].started_at)}). "
            f"Que faire : peerready phones {already[0].id} --group {args.group}"
        )
        return None
    groups = {"management": "consensus", "team": "individual", args.group: "individual"}
    return preparing.start_assessment(store, structure.id, instrument.find(None), args.stage, groups, short=args.short)


def _said():
    """Tell on standard error how many phones came and finished (never what they answered)."""
    last = [Counts(0, 0)]

    def changed(counts) -> None:
        if isinstance(counts, Counts) and counts != last[0]:
            last[0] = counts
            err(f"{wording.plural(counts.phones, 'téléphone')} venus, dont {counts.finished} ont terminé")

    return changed


@failing
def cmd_close(store, args) -> int:
    assessment = assessments.get_assessment(store, args.assessment)
    if assessment.closed:
        out(f"La collecte de l'évaluation {assessment.id} était déjà close.")
        return EXIT_OK
    collecting.close(store, assessment.id)
    out(f"Collecte close : {assessment.id}. Les résultats peuvent être affichés ; les téléphones ne répondent plus.")
    return EXIT_OK


COMMANDS = {"phones": cmd_phones, "close": cmd_close}
