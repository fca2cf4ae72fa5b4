"""The questionnaire's rules checked: flags (when answers raise an alert) and action templates.

Called by ``checker.check`` once the questions are read, since a flag points at a question's
answers and an action at flags; each function returns the frozen values it builds and notes
what is wrong in the reader's problems.
"""

from __future__ import annotations

from peerready.engine import posts, vocabulary
from peerready.engine.instrument.model import ActionTemplate, Flag, Question, Trigger
from peerready.engine.instrument.reader import Reader, word
from peerready.engine.yamlsource import line_of

_FLAG_KEYS = {
    "id",
    "factor",
    "severity",
    "title",
    "explanation",
    "question",
    "answers",
    "below",
    "groups",
    "stages",
    "sources",
    "posts",
    "same_as",
}
_ACTION_KEYS = {
    "id",
    "factors",
    "priority",
    "owner_role",
    "horizon",
    "stages",
    "when",
    "title",
    "steps",
    "resources",
    "workstream",
    "funder",
}


def flags(reader: Reader, tree, questions: list[Question], factors, references) -> list[Flag]:
    out: list[Flag] = []
    seen: dict = {}
    by_id: dict[str, Question] = {}
    for q in questions:
        by_id.setdefault(q.id, q)
    for _, node, line in reader.items(tree, "flags", required=False):
        flag_id = reader.identifier(node, "id", "alerte")
        where = f"alerte « {flag_id or '?'} »"
        on_posts = "posts" in node
        required = {"id", "factor", "severity", "title", "explanation"} | (set() if on_posts else {"question"})
        reader.known_keys(node, _FLAG_KEYS, required, where)
        reader.unique(seen, flag_id, line, "l'alerte")
        factor = word(node.get("factor"))
        if "factor" in node and factor not in factors:
            reader.error(line_of(node, "factor"), f"{where} : facteur inconnu « {factor} »")
        severity = word(node.get("severity"))
        if "severity" in node and severity not in vocabulary.SEVERITIES:
            reader.error(line_of(node, "severity"), f"{where} : « severity » doit valoir critical ou warning")
        question = by_id.get(word(node.get("question")))
        if "question" in node and question is None:
            reader.error(line_of(node, "question"), f"{where} : question inconnue « {node.get('question')} »")
        groups = reader.id_list(node, "groups", where, vocabulary.GROUPS, "groupe inconnu")
        if question:
            for group in groups:
                if group not in question.groups:
                    reader.error(
                        line_of(node, "groups"),
                        f"{where} : la question « {question.id} » n'est pas posée au groupe « {group} »",
                    )
        if on_posts:
            condition, incoherent = _posts_condition(reader, node, where)
            threshold, inclusive, answers = 0.0, True, ()
        else:
            condition, incoherent = {}, False
            threshold, inclusive, answers = _flag_condition(reader, node, where, question)
        sources = reader.id_list(node, "sources", where, references, "source inconnue")
        out.append(
            Flag(
                id=flag_id,
                factor=factor if isinstance(factor, str) else "",
                severity=severity if severity in vocabulary.SEVERITIES else "warning",
                title=reader.text(node, "title", where),
                explanation=reader.text(node, "explanation", where),
                question=question.id if question else "",
                threshold=threshold,
                inclusive=inclusive,
                answers=answers,
                groups=groups,
                stages=reader.id_list(node, "stages", where, vocabulary.STAGES, "étape inconnue"),
                sources=sources,
                posts=condition,
                incoherent_posts=incoherent,
                same_as=reader.id_list(node, "same_as", where),
            )
        )
    known = {f.id for f in out}
    for flag in out:
        for other in flag.same_as:
            if other not in known or other == flag.id:
                reader.error(None, f"alerte « {flag.id} » : « same_as » : alerte inconnue « {other} »")
    return out


def _posts_condition(reader: Reader, node, where) -> tuple[dict[str, tuple[str, ...]], bool]:
    """A flag on the posts: ``posts: incoherent``, or ``posts: {field: [values]}`` (one post is enough)."""
    for key in ("question", "answers", "below", "groups"):
        if key in node:
            reader.error(line_of(node, key), f"{where} : une alerte sur les postes (« posts ») n'a pas de « {key} »")
    value = node.get("posts")
    if value == "incoherent":
        return {}, True
    if not isinstance(value, dict) or not value:
        reader.error(
            line_of(node, "posts"), f"{where} : « posts » vaut incoherent, ou une rubrique {{champ: [valeurs]}}"
        )
        return {}, False
    condition = {}
    for key in value:
        if key not in posts.FIELDS:
            reader.error(line_of(value, key), f"{where} : « posts » : champ inconnu « {key} »")
            continue
        values = reader.id_list(value, key, where, posts.FIELDS[key], f"valeur inconnue pour « {key} »")
        if values:
            condition[key] = values
    return condition, False


def _flag_condition(reader: Reader, node, where, question) -> tuple[float, bool, tuple[str, ...]]:
    """When a flag fires: ``(threshold 0–1, inclusive, answers listed)``, from ``answers`` or ``below``."""
    if ("answers" in node) == ("below" in node):
        reader.error(
            node.line, f"{where} : donnez soit « answers » (des réponses), soit « below » (un score), pas les deux"
        )
        return 0.0, True, ()
    if "below" in node:
        below = reader.number(node, "below", where, 0, 100)
        return (below or 0) / 100, False, ()
    values = reader.id_list(node, "answers", where)
    if not question:
        return 0.0, True, values
    listed = []
    for value in values:
        option = question.option(value)
        if option is None:
            reader.error(
                line_of(node, "answers"), f"{where} : la question « {question.id} » n'a pas de réponse « {value} »"
            )
        elif not option.scored:
            reader.error(
                line_of(node, "answers"),
                f"{where} : « {value} » n'a pas de score et ne peut pas déclencher d'alerte",
            )
        else:
            listed.append(option)
    if not listed:
        if values:
            return 0.0, True, values
        reader.error(line_of(node, "answers"), f"{where} : « answers » est vide")
        return 0.0, True, values
    worst_kept = max(o.score for o in listed)
    better = [o.score for o in question.options if o.scored and o.score > worst_kept]
    # A group's average answer, rounded to the nearest option, is one of those listed:
    # the threshold is halfway to the next better answer (ties count as listed).
    threshold = (worst_kept + min(better)) / 2 if better else worst_kept
    for option in question.options:
        if option.scored and option.score <= worst_kept and option.value not in values:
            reader.error(
                line_of(node, "answers"),
                f"{where} : la réponse « {option.value} » (score {option.score:g}) n'est pas meilleure que celles"
                " listées et déclencherait aussi l'alerte ; ajoutez-la à « answers »",
            )
    if not better:
        reader.error(line_of(node, "answers"), f"{where} : toutes les réponses déclencheraient l'alerte")
    return threshold, True, values


def actions(reader: Reader, tree, factors, references, flag_ids) -> list[ActionTemplate]:
    out: list[ActionTemplate] = []
    seen: dict = {}
    for _, node, line in reader.items(tree, "actions", required=False):
        action_id = reader.identifier(node, "id", "action")
        where = f"action « {action_id or '?'} »"
        reader.known_keys(
            node, _ACTION_KEYS, {"id", "factors", "priority", "owner_role", "horizon", "when", "title", "steps"}, where
        )
        reader.unique(seen, action_id, line, "l'action")
        action_factors = reader.id_list(node, "factors", where, factors, "facteur inconnu")
        for key, vocab in (
            ("priority", vocabulary.PRIORITIES),
            ("owner_role", vocabulary.OWNER_ROLES),
            ("horizon", vocabulary.HORIZONS),
        ):
            if key in node and word(node[key]) not in vocab:
                reader.error(
                    line_of(node, key), f"{where} : « {key} » vaut « {node[key]} » ; attendu : {', '.join(vocab)}"
                )
        trigger = _trigger(reader, node, where, flag_ids)
        steps = _steps(reader, node, where)
        out.append(
            ActionTemplate(
                id=action_id,
                factors=action_factors,
                priority=node.get("priority") if word(node.get("priority")) in vocabulary.PRIORITIES else "medium",
                owner_role=node.get("owner_role")
                if word(node.get("owner_role")) in vocabulary.OWNER_ROLES
                else "direction",
                horizon=node.get("horizon") if word(node.get("horizon")) in vocabulary.HORIZONS else "ongoing",
                when=trigger,
                title=reader.text(node, "title", where),
                steps=steps,
                stages=reader.id_list(node, "stages", where, vocabulary.STAGES, "étape inconnue"),
                resources=reader.id_list(node, "resources", where, references, "source inconnue"),
                workstream=node.get("workstream") if isinstance(node.get("workstream"), str) else "",
                funder=reader.boolean(node, "funder", where, False),
            )
        )
    return out


def _steps(reader: Reader, node, where) -> tuple[str, ...]:
    steps_node = node.get("steps")
    steps: list[str] = []
    if isinstance(steps_node, list) and steps_node:
        for index, step in enumerate(steps_node):
            if isinstance(step, str) and step.strip():
                steps.append(reader.typeset(" ".join(step.split())))
            else:
                reader.error(line_of(steps_node, index), f"{where} : chaque étape doit être une phrase")
    elif "steps" in node:
        reader.error(line_of(node, "steps"), f"{where} : « steps » doit être une liste de phrases")
    return tuple(steps)


def _trigger(reader: Reader, node, where, flag_ids) -> Trigger:
    """What makes an action suggested (``when``): flags raised, a low factor, a gap…"""
    when = node.get("when")
    if when is None:
        return Trigger()
    when = reader.mapping(when, f"{where} : « when »", line_of(node, "when"))
    if when is None:
        return Trigger()
    reader.known_keys(
        when,
        {"flags", "factor_below", "factor_at_least", "gap", "divided", "missing", "critical_flags"},
        set(),
        f"{where} : « when »",
    )
    if not when:
        reader.error(line_of(node, "when"), f"{where} : « when » ne contient aucune condition")
    factor_below = reader.number(when, "factor_below", where, 0, 100) if "factor_below" in when else None
    critical_flags = reader.number(when, "critical_flags", where, 1, 100) if "critical_flags" in when else None
    at_least = reader.number(when, "factor_at_least", where, 0, 100) if "factor_at_least" in when else None
    return Trigger(
        flags=reader.id_list(when, "flags", where, flag_ids, "alerte inconnue"),
        factor_below=factor_below,
        gap=reader.boolean(when, "gap", where, False),
        divided=reader.boolean(when, "divided", where, False),
        missing=reader.boolean(when, "missing", where, False),
        critical_flags=int(critical_flags) if critical_flags else None,
        factor_at_least=at_least,
    )
