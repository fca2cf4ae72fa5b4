"""The ``peerready`` commands that read or add to the local database: record, list, compare, overview, print."""

from __future__ import annotations

import json
from pathlib import Path

from peerready import paths
from peerready.cli.output import EXIT_INVALID, EXIT_OK, EXIT_USAGE, err, out, write_file
from peerready.cli.running import failing
from peerready.engine import answers, instrument, wording
from peerready.store import action_plan, assessments, history, structures, summaries
from peerready.workshop import recording


def _report():
    # Deferred import: a document's library loads only when it is made (keeps start-up fast).
    from peerready import report

    return report


@failing
def cmd_record(store, args) -> int:
    answer_set = answers.load(args.answers)
    questionnaire = instrument.find(args.questionnaire or answer_set.questionnaire or None)
    assessment = recording.record(store, args.structure, answer_set, questionnaire, label=args.label)
    structure = structures.get_structure(store, assessment.structure_id)
    count = summaries.answer_count(store, assessment.id)
    out(f"Évaluation enregistrée : {assessment.id}")
    answered = wording.plural(count, "réponse")
    out(f"  {structure.name}, étape {assessment.stage}, {answered} ({', '.join(assessment.groups)})")
    return EXIT_OK


@failing
def cmd_structures(store, args) -> int:
    listed = summaries.list_structures(store, args.search)
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
                    for s in listed
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return EXIT_OK
    if not listed:
        out("Aucune structure." if not args.search else f"Aucune structure ne correspond à « {args.search} ».")
    for s in listed:
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


@failing
def cmd_assessments(store, args) -> int:
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
            f"{wording.plural(info['respondents'], 'personne')}, {wording.plural(info['answers'], 'réponse')}{score}"
        )
    return EXIT_OK


@failing
def cmd_compare(store, args) -> int:
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
    compared = result["compared"]
    if compared["only_before"] or compared["only_after"]:
        out(
            f"  Comparées sur les {wording.plural(compared['questions'], 'question')} posées les deux fois "
            f"({len(compared['only_before'])} posées seulement la première fois, "
            f"{len(compared['only_after'])} seulement la seconde)"
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


@failing
def cmd_overview(store, args) -> int:
    shape = args.format or ("json" if args.json else "xlsx" if (args.out or "").lower().endswith(".xlsx") else "text")
    if shape == "xlsx" and not args.out:
        err("Un classeur s'écrit dans un fichier : donnez --out FICHIER.xlsx")
        return EXIT_USAGE
    if args.out and shape != "xlsx":
        err("--out sert au classeur : ajoutez --format xlsx")
        return EXIT_USAGE
    data = history.overview(store)
    if shape == "xlsx":
        code = write_file(Path(args.out), _report().overview_xlsx(data))
        if code == EXIT_OK:
            out(f"Classeur écrit : {args.out}")
        return code
    if shape == "json":
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


#: The formats of each document, the first one its default.
FORMATS = {"plan": ("pdf", "docx"), "report": ("pdf", "docx"), "followup": ("xlsx", "csv"), "blank": ("pdf",)}
DOCUMENT_NAMES = {
    "plan": "Le plan d'action",
    "report": "Le rapport complet",
    "followup": "Le suivi des actions",
    "blank": "Le questionnaire vierge",
}


def print_format(document: str, asked: str | None, out_path: str) -> tuple[str, str]:
    """The format asked for, else the one ``out_path``'s extension names, else the document's first;
    with the message when the format asked is not one of the document's (else "")."""
    allowed = FORMATS[document]
    if asked is None:
        extension = Path(out_path).suffix.lower().lstrip(".")
        return (extension if extension in allowed else allowed[0]), ""
    if asked not in allowed:
        return asked, (
            f"{DOCUMENT_NAMES[document]} se fait en {' ou '.join(allowed)}, pas en {asked} : "
            f"--document {document} --format {'|'.join(allowed)}"
        )
    return asked, ""


@failing
def cmd_print(store, args) -> int:
    shape, problem = print_format(args.document, args.format, args.out)
    if problem:
        err(problem)
        return EXIT_USAGE
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
        pdf = _report().blank_questionnaire(questionnaire, args.group, stage=stage, short=short, structure=structure)
        return write_file(Path(args.out), pdf)
    if not args.assessment:
        err("Précisez l'évaluation à imprimer (voir : peerready assessments).")
        return EXIT_INVALID
    assessment = assessments.get_assessment(store, args.assessment)
    questionnaire = assessments.questionnaire(store, assessment.questionnaire_hash)
    result = summaries.assessment_results(store, assessment.id)
    planned = action_plan.sync_plan(store, assessment.id)
    # The follow-up keeps the abandoned actions (with their status); the documents leave them out.
    actions = planned if args.document == "followup" else [a for a in planned if a.status != "dropped"]
    report, date = _report(), assessment.started_at
    if args.document == "followup":
        made = (report.followup_xlsx if shape == "xlsx" else report.followup_csv)(
            questionnaire, result, actions, date=date
        )
    elif args.document == "plan":
        made = (report.plan_docx if shape == "docx" else report.action_plan)(questionnaire, result, actions, date=date)
    else:
        full = report.report_docx if shape == "docx" else report.full_report
        made = full(questionnaire, result, actions, date=date, include_comments=args.with_comments)
    code = write_file(Path(args.out), made)
    if code == EXIT_OK:
        out(f"Document écrit : {args.out}")
    return code


COMMANDS = {
    "record": cmd_record,
    "structures": cmd_structures,
    "assessments": cmd_assessments,
    "compare": cmd_compare,
    "overview": cmd_overview,
    "print": cmd_print,
}
