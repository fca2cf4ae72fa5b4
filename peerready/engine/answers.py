"""Answers: what groups said, in any of the three collection modes.

An ``AnswerSet`` holds responses; each response is one person (``individual``), one show of
hands or pile of paper ballots (``tally``) or one agreed answer of a whole group
(``consensus``). Every answer is normalised to counts per option, so scoring treats the
three modes alike. Answers files (YAML or JSON, see the README) are refused with a clear
message when anything in them is wrong; nothing is silently dropped.
"""

from __future__ import annotations

import dataclasses

from peerready.engine.answers_reading import from_tree, load, parse, parse_bytes
from peerready.engine.answerset import MAX_BYTES, MAX_COUNT, AnswersError, AnswerSet, Response
from peerready.engine.instrument import Questionnaire

__all__ = [
    "MAX_BYTES",
    "MAX_COUNT",
    "AnswerSet",
    "AnswersError",
    "Response",
    "from_tree",
    "load",
    "only",
    "parse",
    "parse_bytes",
    "to_tree",
    "validate",
]


def validate(answer_set: AnswerSet, questionnaire: Questionnaire) -> AnswerSet:
    """Check every answer against the questionnaire; raise AnswersError listing all problems.

    Returns the answer set with ``short`` resolved (the short version when every answered
    question belongs to it and the file does not say otherwise).
    """
    problems: list[tuple[int | None, str]] = []
    if answer_set.questionnaire and answer_set.questionnaire != questionnaire.id:
        problems.append(
            (
                None,
                f"ces réponses sont pour le questionnaire « {answer_set.questionnaire} », pas « {questionnaire.id} »",
            )
        )
    consensus_groups: dict[str, int] = {}
    other_groups: set[str] = set()
    for index, response in enumerate(answer_set.responses):
        where = f"réponse {index + 1} ({response.group}, {response.mode})"
        if response.mode == "consensus":
            consensus_groups[response.group] = consensus_groups.get(response.group, 0) + 1
        else:
            other_groups.add(response.group)
        for question_id in [
            *response.answers,
            *sorted((set(response.comments) | response.divided) - set(response.answers)),
        ]:
            line = response.lines.get(question_id, response.line)
            question = questionnaire.question(question_id)
            if question is None:
                problems.append((line, f"{where} : question inconnue « {question_id} »"))
                continue
            if response.group not in question.groups:
                problems.append(
                    (line, f"{where} : la question « {question_id} » n'est pas posée au groupe « {response.group} »")
                )
                continue
            if not question.asked_at(answer_set.stage):
                problems.append(
                    (line, f"{where} : la question « {question_id} » n'est pas posée à l'étape « {answer_set.stage} »")
                )
                continue
            for value in response.answers.get(question_id, {}):
                if question.option(value) is None:
                    known = ", ".join(o.value for o in question.options)
                    problems.append(
                        (
                            line,
                            f"{where}, question « {question_id} » : réponse inconnue « {value} » (possibles : {known})",
                        )
                    )
    for group, count in consensus_groups.items():
        if count > 1:
            problems.append((None, f"le groupe « {group} » a {count} réponses communes ; une seule est possible"))
        if group in other_groups:
            problems.append(
                (None, f"le groupe « {group} » a une réponse commune et d'autres réponses : choisissez un seul mode")
            )
    if problems:
        raise AnswersError(answer_set.path, problems)
    short = answer_set.short
    if short is None:
        answered = {q for r in answer_set.responses for q in r.answers}
        short = bool(answered) and all(questionnaire.question(q).short for q in answered)
    return AnswerSet(
        answer_set.responses,
        answer_set.stage,
        answer_set.questionnaire or questionnaire.id,
        answer_set.structure,
        short,
        answer_set.path,
        answer_set.posts,
    )


def to_tree(answer_set: AnswerSet) -> dict:
    """The answers-file form of an answer set (what ``load`` reads back)."""
    responses = []
    for response in answer_set.responses:
        if response.mode == "tally":
            answers = {q: dict(counts) for q, counts in response.answers.items()}
        else:
            answers = {q: next(iter(counts)) for q, counts in response.answers.items() if counts}
        entry = {"group": response.group, "mode": response.mode, "answers": answers}
        if response.comments:
            entry["comments"] = dict(response.comments)
        if response.divided:
            entry["divided"] = sorted(response.divided)
        if response.consent:
            entry["consent"] = response.consent
        responses.append(entry)
    tree = {"questionnaire": answer_set.questionnaire, "stage": answer_set.stage, "responses": responses}
    if answer_set.structure:
        tree["structure"] = answer_set.structure
    if answer_set.posts:
        tree["posts"] = [post.to_dict() for post in answer_set.posts]
    if answer_set.short is not None:
        tree["version"] = "short" if answer_set.short else "full"
    return tree


def only(answer_set: AnswerSet, question_ids) -> AnswerSet:
    """The same answers, kept to some questions (to compare two assessments on what both asked)."""
    keep = set(question_ids)

    def kept(mapping):
        return {q: v for q, v in mapping.items() if q in keep}

    responses = tuple(
        dataclasses.replace(r, answers=kept(r.answers), comments=kept(r.comments), divided=r.divided & keep)
        for r in answer_set.responses
    )
    return dataclasses.replace(answer_set, responses=responses)
