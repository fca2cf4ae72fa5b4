"""A located YAML tree checked into a ``Questionnaire``, with every problem and its line.

``check`` reads the whole tree at once, so that a person editing a questionnaire sees every
problem of the file in one go, each as ``file:line: message``, in line order. Each part of the
file is read by a function that returns the frozen values it builds (the flags and actions by
``rules.py``); the only thing that grows along the way is the list of problems.
"""

from __future__ import annotations

import hashlib

from peerready.engine import vocabulary
from peerready.engine.instrument import coverage, rules, workstreams
from peerready.engine.instrument.model import Dimension, Option, Question, Questionnaire, Reference
from peerready.engine.instrument.reader import ID, Problem, Reader, did_you_mean, word
from peerready.engine.yamlsource import line_of

FORMAT_VERSION = 1

_TOP_LEVEL_KEYS = {
    "format",
    "id",
    "version",
    "language",
    "title",
    "description",
    "labels",
    "factors",
    "references",
    "scales",
    "dimensions",
    "questions",
    "flags",
    "actions",
    "workstreams",
}
_QUESTION_KEYS = {
    "id",
    "dimension",
    "factors",
    "groups",
    "stages",
    "short",
    "text",
    "text_by_group",
    "text_by_stage",
    "help",
    "sources",
    "scale",
    "options",
    "reverse",
    "dont_know",
    "not_applicable",
    "compares_with",
    "fact",
}


def check(tree, path: str, text: str) -> tuple[Questionnaire | None, list[Problem]]:
    """The questionnaire read from ``tree`` (the YAML ``text`` of file ``path``) and its problems, in line order.

    The questionnaire is only to be used when there is no problem.
    """
    reader = Reader(path)
    questionnaire = _questionnaire(reader, tree, text)
    return questionnaire, sorted(reader.problems, key=lambda p: p[1] or 0)


def _questionnaire(reader: Reader, tree, text: str) -> Questionnaire | None:
    tree = reader.mapping(tree, "le questionnaire", 1)
    if tree is None:
        return None
    reader.known_keys(
        tree,
        _TOP_LEVEL_KEYS,
        {"format", "id", "version", "language", "title", "dimensions", "questions"},
        "questionnaire",
    )
    if "format" in tree and tree.get("format") != FORMAT_VERSION:
        reader.error(
            line_of(tree, "format"),
            f"format {tree.get('format')!r} inconnu : cette version de PeerReady lit le format {FORMAT_VERSION}",
        )
    language = tree.get("language")
    if "language" in tree and language not in ("fr", "en"):
        reader.error(line_of(tree, "language"), "« language » doit valoir fr ou en")
    reader = Reader(reader.path, reader.problems, french=language == "fr")
    version = tree.get("version")
    if "version" in tree and not isinstance(version, str):
        reader.error(
            line_of(tree, "version"), f'« version » doit être du texte entre guillemets, par exemple "{version}"'
        )
        version = str(version)

    labels = _labels(reader, tree, language)
    factors = _factors(reader, tree)
    references = _references(reader, tree)
    scales = _scales(reader, tree)
    dimensions, dimension_lines = _dimensions(reader, tree)
    questions, question_lines = _questions(
        reader, tree, scales, factors, references, {d.id for d in dimensions}, labels
    )
    coverage.check(reader, questions, question_lines)
    flags = rules.flags(reader, tree, questions, factors, references)
    actions = rules.actions(reader, tree, factors, references, {f.id for f in flags})
    streams = workstreams.workstreams(reader, tree)
    workstreams.check_actions(reader, tree, actions, {w.id for w in streams})

    used = {q.dimension for q in questions}
    for dimension in dimensions:
        if dimension.id not in used:
            reader.error(
                dimension_lines.get(dimension.id), f"la dimension « {dimension.id} » ne contient aucune question"
            )

    return Questionnaire(
        id=reader.identifier(tree, "id", "questionnaire"),
        version=version or "",
        language=language if language in ("fr", "en") else "fr",
        title=reader.text(tree, "title", "questionnaire"),
        description=reader.text(tree, "description", "questionnaire", required=False),
        dimensions=tuple(dimensions),
        questions=tuple(questions),
        flags=tuple(flags),
        actions=tuple(actions),
        factors=factors,
        references=references,
        labels=labels,
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        workstreams=tuple(streams),
        path=reader.path,
        text=text,
    )


def _labels(reader: Reader, tree, language) -> dict[str, str]:
    """The words of the automatic answers (« Je ne sais pas », « Non concerné »), in the questionnaire's language."""
    labels = {"dont_know": "Je ne sais pas", "not_applicable": "Non concerné"}
    if language == "en":
        labels = {"dont_know": "I don't know", "not_applicable": "Not applicable"}
    if "labels" in tree:
        node = reader.mapping(tree["labels"], "« labels »", line_of(tree, "labels"))
        if node is not None:
            reader.known_keys(node, {"dont_know", "not_applicable"}, set(), "labels")
            for key in ("dont_know", "not_applicable"):
                if key in node:
                    labels[key] = reader.text(node, key, "labels")
    return labels


def _factors(reader: Reader, tree) -> dict[str, vocabulary.Factor]:
    """The factors of FACTORS.md, then the questionnaire's own."""
    factors = {f.id: f for f in vocabulary.FACTORS}
    seen: dict = {}
    for _, node, line in reader.items(tree, "factors", required=False):
        reader.known_keys(node, {"id", "label"}, {"id", "label"}, f"facteur (ligne {line})")
        factor_id = reader.identifier(node, "id", "facteur")
        if factor_id in factors:
            reader.error(line, f"le facteur « {factor_id} » existe déjà dans FACTORS.md")
            continue
        reader.unique(seen, factor_id, line, "le facteur")
        if factor_id:
            factors[factor_id] = vocabulary.Factor(factor_id, reader.text(node, "label", "facteur"))
    return factors


def _references(reader: Reader, tree) -> dict[str, Reference]:
    references: dict[str, Reference] = {}
    seen: dict = {}
    for _, node, line in reader.items(tree, "references", required=False):
        reader.known_keys(node, {"id", "title", "author", "date", "url", "note"}, {"id", "title"}, "référence")
        ref_id = reader.identifier(node, "id", "référence")
        reader.unique(seen, ref_id, line, "la référence")
        date = node.get("date", "")
        if not isinstance(date, str):
            reader.error(line_of(node, "date"), 'référence : « date » doit être entre guillemets, par exemple "2021"')
            date = str(date)
        if ref_id:
            references[ref_id] = Reference(
                id=ref_id,
                title=reader.text(node, "title", "référence"),
                author=reader.text(node, "author", "référence", required=False),
                date=date,
                url=reader.text(node, "url", "référence", required=False),
                note=reader.text(node, "note", "référence", required=False),
            )
    return references


def _option(reader: Reader, node, where: str, line) -> Option | None:
    node = reader.mapping(node, where, line)
    if node is None:
        return None
    reader.known_keys(node, {"value", "label", "score", "kind"}, {"value", "label", "score"}, where)
    value = reader.identifier(node, "value", where)
    label = reader.text(node, "label", where)
    kind = node.get("kind", "scored")
    if kind not in ("scored", vocabulary.DONT_KNOW, vocabulary.NOT_APPLICABLE):
        reader.error(line_of(node, "kind"), f"{where} : « kind » doit valoir dont_know ou not_applicable")
        kind = "scored"
    score = node.get("score")
    if score is None:
        if "score" in node and kind == "scored":
            reader.error(
                line_of(node, "score"),
                f"{where} : une réponse sans score doit préciser « kind: dont_know » ou « kind: not_applicable »",
            )
    else:
        score = reader.number(node, "score", where, 0, 1)
        if kind != "scored":
            reader.error(line_of(node, "score"), f"{where} : une réponse « {kind} » n'a pas de score (score: null)")
    if not value:
        return None
    return Option(value=value, label=label, score=score, kind=kind if score is None else "scored")


def _scales(reader: Reader, tree) -> dict[str, tuple[Option, ...]]:
    """The named lists of answers that questions share (``scale: agreement``)."""
    scales: dict[str, tuple[Option, ...]] = {}
    node = tree.get("scales")
    if node is None:
        return scales
    node = reader.mapping(node, "« scales »", line_of(tree, "scales"))
    if node is None:
        return scales
    for scale_id, options in node.items():
        line = line_of(node, scale_id)
        if not isinstance(scale_id, str) or not ID.match(scale_id):
            reader.error(line, f"échelle : l'identifiant {scale_id!r} n'est pas valide")
            continue
        if not isinstance(options, list) or not options:
            reader.error(line, f"l'échelle « {scale_id} » doit être une liste de réponses")
            continue
        parsed = [_option(reader, o, f"échelle « {scale_id} »", line_of(options, i)) for i, o in enumerate(options)]
        scales[scale_id] = tuple(o for o in parsed if o)
    return scales


def _dimensions(reader: Reader, tree) -> tuple[list[Dimension], dict[str, int]]:
    """The dimensions, and the line of each (to point at a dimension left without questions)."""
    dimensions: list[Dimension] = []
    lines: dict = {}
    for _, node, line in reader.items(tree, "dimensions"):
        reader.known_keys(node, {"id", "label", "description"}, {"id", "label"}, "dimension")
        dim_id = reader.identifier(node, "id", "dimension")
        reader.unique(lines, dim_id, line, "la dimension")
        if dim_id:
            dimensions.append(
                Dimension(
                    dim_id,
                    reader.text(node, "label", "dimension"),
                    reader.text(node, "description", "dimension", required=False),
                )
            )
    return dimensions, lines


def _wordings(reader: Reader, node, key, allowed, where) -> dict[str, str]:
    """A question's own wording for some groups or stages (``text_by_group``, ``text_by_stage``)."""
    value = node.get(key)
    if value is None:
        return {}
    value = reader.mapping(value, f"{where} : « {key} »", line_of(node, key))
    if value is None:
        return {}
    out = {}
    for name in value:
        if name not in allowed:
            reader.error(
                line_of(value, name),
                f"{where} : « {key} » : « {name} » inconnu (attendu : {', '.join(sorted(allowed))})",
            )
            continue
        out[name] = reader.text(value, name, f"{where} : « {key} »")
    return out


def _questions(
    reader: Reader, tree, scales, factors, references, dimension_ids, labels
) -> tuple[list[Question], dict[str, int]]:
    """The questions, and the line of each (for the checks across questions)."""
    questions: list[Question] = []
    seen: dict = {}
    for _, node, line in reader.items(tree, "questions"):
        qid = reader.identifier(node, "id", "question")
        where = f"question « {qid or '?'} »"
        reader.known_keys(node, _QUESTION_KEYS, {"id", "dimension", "factors", "groups", "text", "help"}, where)
        reader.unique(seen, qid, line, "la question")
        dimension = word(node.get("dimension"))
        if "dimension" in node and dimension not in dimension_ids:
            extra = did_you_mean(str(dimension), dimension_ids)
            reader.error(line_of(node, "dimension"), f"{where} : dimension inconnue « {dimension} »{extra}")
        question_factors = reader.id_list(node, "factors", where, factors, "facteur inconnu")
        if "factors" in node and not question_factors:
            reader.error(line_of(node, "factors"), f"{where} : au moins un facteur est nécessaire")
        groups = reader.id_list(node, "groups", where, vocabulary.GROUPS, "groupe inconnu")
        if "groups" in node and not groups:
            reader.error(line_of(node, "groups"), f"{where} : au moins un groupe est nécessaire")
        stages = reader.id_list(node, "stages", where, vocabulary.STAGES, "étape inconnue")
        options = _question_options(reader, node, where, scales, labels)
        sources = reader.id_list(node, "sources", where, references, "source inconnue")
        questions.append(
            Question(
                id=qid,
                dimension=dimension if isinstance(dimension, str) else "",
                factors=question_factors,
                groups=groups,
                stages=stages,
                short=reader.boolean(node, "short", where, False),
                text=reader.text(node, "text", where),
                help=reader.text(node, "help", where),
                sources=sources,
                options=options,
                text_by_group=_wordings(reader, node, "text_by_group", set(groups) or vocabulary.GROUPS, where),
                text_by_stage=_wordings(reader, node, "text_by_stage", vocabulary.STAGES, where),
                compares_with=reader.id_list(node, "compares_with", where),
                fact=reader.boolean(node, "fact", where, False),
            )
        )
    return questions, seen


def _question_options(reader: Reader, node, where, scales, labels) -> tuple[Option, ...]:
    """A question's answers: its scale or its own options, reversed if asked, with the automatic ones."""
    has_scale, has_options = "scale" in node, "options" in node
    if has_scale == has_options:
        reader.error(
            node.line,
            f"{where} : donnez soit « scale » (une échelle), soit « options » (des réponses), pas les deux",
        )
        return ()
    if has_scale:
        scale_id = word(node.get("scale"))
        if scale_id not in scales:
            extra = did_you_mean(str(scale_id), scales)
            reader.error(line_of(node, "scale"), f"{where} : échelle inconnue « {scale_id} »{extra}")
            return ()
        options = list(scales[scale_id])
    else:
        raw = node.get("options")
        if not isinstance(raw, list) or not raw:
            reader.error(line_of(node, "options"), f"{where} : « options » doit être une liste de réponses")
            return ()
        parsed = [_option(reader, item, where, line_of(raw, i)) for i, item in enumerate(raw)]
        options = [o for o in parsed if o]
    if reader.boolean(node, "reverse", where, False):
        options = [Option(o.value, o.label, round(1 - o.score, 4), o.kind) if o.scored else o for o in options]
    if reader.boolean(node, "dont_know", where, True) and not any(o.kind == vocabulary.DONT_KNOW for o in options):
        options.append(Option(vocabulary.DONT_KNOW, labels["dont_know"], None, vocabulary.DONT_KNOW))
    if reader.boolean(node, "not_applicable", where, False) and not any(
        o.kind == vocabulary.NOT_APPLICABLE for o in options
    ):
        options.append(Option(vocabulary.NOT_APPLICABLE, labels["not_applicable"], None, vocabulary.NOT_APPLICABLE))
    values = [o.value for o in options]
    for value in sorted({v for v in values if values.count(v) > 1}):
        reader.error(node.line, f"{where} : la réponse « {value} » apparaît deux fois")
    if len({o.score for o in options if o.scored}) < 2:
        reader.error(node.line, f"{where} : il faut au moins deux réponses notées avec des scores différents")
    return tuple(options)
