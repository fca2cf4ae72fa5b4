"""Build answer sets for situations described in the sources, from the real instrument.

Each group answers every question it is asked at the stage: by default with the best
answer (``"best"``), the worst (``"worst"``) or a middling one (``"mid"``); ``overrides``
set specific answers (an option value, or a {value: count} tally).
"""

from __future__ import annotations

from peerready.engine import answers
from peerready.engine.instrument import Question, Questionnaire


def best(question: Question) -> str:
    return max((o for o in question.options if o.scored), key=lambda o: o.score).value


def worst(question: Question) -> str:
    return min((o for o in question.options if o.scored), key=lambda o: o.score).value


def mid(question: Question) -> str:
    scored = sorted((o for o in question.options if o.scored), key=lambda o: o.score)
    return scored[len(scored) // 2].value


PICK = {"best": best, "worst": worst, "mid": mid}


def answer_set(
    questionnaire: Questionnaire,
    stage: str,
    groups: dict[str, tuple[str, int]],
    default: str = "best",
    overrides: dict[str, dict[str, object]] | None = None,
    short: bool = False,
) -> answers.AnswerSet:
    """``groups`` maps a group to (mode, size); overrides map group -> {question: answer}."""
    overrides = overrides or {}
    responses = []
    for group, (mode, size) in groups.items():
        chosen = {}
        for question in questionnaire.questions_for(group, stage, short):
            value = overrides.get(group, {}).get(question.id, PICK[default](question))
            chosen[question.id] = value
        if mode == "individual":
            for _ in range(size):
                responses.append({"group": group, "mode": mode, "answers": dict(chosen)})
        elif mode == "tally":
            tallied = {q: v if isinstance(v, dict) else {v: size} for q, v in chosen.items()}
            responses.append({"group": group, "mode": mode, "answers": tallied})
        else:
            responses.append({"group": group, "mode": mode, "answers": chosen})
    tree = {"questionnaire": questionnaire.id, "stage": stage, "responses": responses}
    return answers.validate(answers.from_tree(tree), questionnaire)
