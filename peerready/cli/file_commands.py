"""The commands that work on files alone, with no database: check, questionnaire, plan."""

from __future__ import annotations

from pathlib import Path

from peerready.cli.output import EXIT_INVALID, EXIT_OK, EXIT_USAGE, err, out, write_file
from peerready.engine import instrument, wording
from peerready.engine.errors import PeerReadyError


def cmd_check(args) -> int:
    paths = [Path(f) for f in args.files] or instrument.bundled_paths()
    if not paths:
        err("aucun questionnaire à vérifier")
        return EXIT_INVALID
    failed = False
    for path in paths:
        try:
            questionnaire = instrument.load(path)
        except PeerReadyError as error:
            failed = True
            for line in error.lines():
                out(line)
            continue
        counted = (
            wording.plural(len(questionnaire.questions), "question"),
            wording.plural(len(questionnaire.flags), "alerte"),
            wording.plural(len(questionnaire.actions), "action"),
        )
        out(f"{_shown(path)}: valide ({questionnaire.id} {questionnaire.version}, {', '.join(counted)})")
    return EXIT_INVALID if failed else EXIT_OK


def _shown(path: Path) -> str:
    """A path as the user would type it: relative to the current folder when inside it."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def cmd_questionnaire(args) -> int:
    try:
        questionnaire = instrument.find(args.reference)
    except PeerReadyError as error:
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
    # Deferred: answers, results and the plan load only for this command, never for ``check``
    # (keeps start-up fast).
    from peerready.engine import answers, plan, results

    try:
        answer_set = answers.load(args.answers)
        questionnaire = instrument.find(args.questionnaire or answer_set.questionnaire or None)
        answer_set = answers.validate(answer_set, questionnaire)
    except PeerReadyError as error:
        for line in error.lines():
            err(line)
        return EXIT_INVALID
    result = results.compute(questionnaire, answer_set)
    action_plan = plan.build(questionnaire, result)
    if args.format == "pdf":
        if args.out == "-":
            err("Un PDF s'écrit dans un fichier : donnez --out FICHIER.pdf")
            return EXIT_USAGE
        from peerready import report  # deferred: reportlab loads only for a PDF (keeps start-up fast)

        return write_file(Path(args.out), report.action_plan(questionnaire, result, action_plan.actions))
    text = results.to_json(result, action_plan)
    if args.out == "-":
        out(text)
        return EXIT_OK
    return write_file(Path(args.out), text.encode("utf-8"))


COMMANDS = {
    "check": cmd_check,
    "questionnaire": cmd_questionnaire,
    "plan": cmd_plan,
}
