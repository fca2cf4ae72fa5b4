"""Checks across questions: twins, facts, and what the short version must cover.

- **Twins** (``compares_with``): questions asked in other words to other groups that measure
  the same thing, so that what the peer lives can be compared with what the others believe.
  A twin exists, is another question, shares a factor and is asked to other groups.
- **Facts** (``fact: true``): the contract, the pay, the funding… are stated by management
  alone; the team is asked what it knows of them, never to vote on them.

``check`` notes the problems of twins and facts in the reader, like any other. ``workshop_fit``
lists what keeps a questionnaire from fitting a workshop (FACTORS.md): no group sees more than
``MAX_FULL`` questions at a stage, nor more than ``MAX_SHORT`` in the short version, and the
short version asks each group about every core factor the full version asks it about, the peer
included. The bundled questionnaire is held to it by the test suite; a questionnaire of one's
own may be longer.
"""

from __future__ import annotations

from peerready.engine import vocabulary
from peerready.engine.instrument.model import Question, Questionnaire
from peerready.engine.instrument.reader import Reader

MAX_FULL, MAX_SHORT = 50, 20
#: The groups the short version must question on the core factors (the accompanied people have their own).
SHORT_GROUPS = ("management", "team", "peer")


def check(reader: Reader, questions: list[Question], lines: dict[str, int]) -> None:
    by_id = {q.id: q for q in questions}
    for question in questions:
        where = f"question « {question.id} »"
        line = lines.get(question.id)
        for other_id in question.compares_with:
            other = by_id.get(other_id)
            if other is None:
                reader.error(line, f"{where} : « compares_with » : question inconnue « {other_id} »")
            elif other.id == question.id:
                reader.error(line, f"{where} : une question ne peut pas être sa propre jumelle")
            elif not set(other.factors) & set(question.factors):
                reader.error(line, f"{where} : sa jumelle « {other_id} » doit partager au moins un facteur")
            elif set(other.groups) & set(question.groups):
                common = ", ".join(sorted(set(other.groups) & set(question.groups)))
                reader.error(
                    line,
                    f"{where} : sa jumelle « {other_id} » est posée aux mêmes groupes ({common}) ; "
                    "des jumelles comparent des groupes différents",
                )
        if question.fact and tuple(question.groups) != ("management",):
            reader.error(
                line,
                f"{where} : un fait (« fact: true ») est dit par la direction seule (groups: [management]) ; "
                "demandez à l'équipe ce qu'elle en sait dans une autre question",
            )


def workshop_fit(questionnaire: Questionnaire) -> list[str]:
    """What keeps the questionnaire from fitting a half-day workshop, in French; empty when it fits."""
    problems: list[str] = []
    questions = questionnaire.questions
    core = [f for f in questionnaire.factors.values() if f.core]
    for stage in vocabulary.STAGES:
        for group in vocabulary.GROUPS:
            full = [q for q in questions if group in q.groups and q.asked_at(stage)]
            short = [q for q in full if q.short]
            if len(full) > MAX_FULL:
                problems.append(
                    f"le groupe « {group} » voit {len(full)} questions à l'étape « {stage} » ({MAX_FULL} au plus)",
                )
            if len(short) > MAX_SHORT:
                problems.append(
                    f"la version courte pose {len(short)} questions au groupe « {group} » à l'étape « {stage} » "
                    f"({MAX_SHORT} au plus)",
                )
            if group not in SHORT_GROUPS:
                continue
            for factor in core:
                if any(factor.id in q.factors for q in full) and not any(factor.id in q.factors for q in short):
                    problems.append(
                        f"la version courte ne pose au groupe « {group} », à l'étape « {stage} », aucune question "
                        f"sur le facteur essentiel « {factor.id} » que la version complète lui pose",
                    )
    return problems
