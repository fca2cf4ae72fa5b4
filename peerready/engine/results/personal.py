"""What one person said that points to a risk or differs from the others: for their eyes only.

Shown to a person of a small group (the peer, almost always) at the end of their answers,
before they choose what to share, and printed on their private sheet with where to find
support. It compares them only with what the others may be shown of (``Results.shown_answers``):
a person never sees another identifiable person's answers.
"""

from __future__ import annotations

from dataclasses import dataclass

from peerready.engine import wording
from peerready.engine.answers import AnswerSet, Response
from peerready.engine.instrument import Questionnaire
from peerready.engine.results.findings import opposed
from peerready.engine.results.scoring import compute

#: Where a peer can talk about what worries them, outside the shared report (the sources' own advice).
SUPPORT = (
    "La supervision ou l’analyse de la pratique : un temps fait pour parler de son travail, "
    "avec le secret professionnel.",
    "La personne qui vous encadre au quotidien, ou une autre personne de confiance dans la structure.",
    "Les autres pairs : un groupe de pairs, un conseil des pairs, une communauté de pratique.",
    "La plateforme ou le réseau du travail pair de votre région, qui soutient aussi les pairs "
    "en dehors de leur structure.",
    "La médecine du travail, pour ce qui touche à la santé au travail.",
)


@dataclass(frozen=True)
class RiskSeen:
    title: str
    explanation: str
    question: str  # the person's own wording
    answer: str


@dataclass(frozen=True)
class Difference:
    question: str  # the person's own wording
    answer: str
    other_group: str
    other_question: str  # the other group's wording (a twin, or the same question)
    other_score: float  # 0–100


@dataclass(frozen=True)
class PersonalView:
    risks: tuple[RiskSeen, ...]
    differences: tuple[Difference, ...]
    support: tuple[str, ...] = SUPPORT

    @property
    def empty(self) -> bool:
        return not self.risks and not self.differences

    def differences_by_question(self) -> dict[tuple[str, str], list[Difference]]:
        """The differences grouped by the person's own question and answer (one line each, on screen and paper)."""
        grouped: dict[tuple[str, str], list[Difference]] = {}
        for difference in self.differences:
            grouped.setdefault((difference.question, difference.answer), []).append(difference)
        return grouped


def personal_view(questionnaire: Questionnaire, answer_set: AnswerSet, response: Response) -> PersonalView:
    """``response``: one person's answers, part of ``answer_set`` (everyone's answers so far)."""
    stage = answer_set.stage
    chosen = {}
    for question_id, counts in response.answers.items():
        question = questionnaire.question(question_id)
        option = next((question.option(v) for v in counts), None) if question else None
        if option is not None:
            chosen[question_id] = (question, option)

    risks = []
    for flag in questionnaire.flags:
        if flag.question not in chosen or (stage and flag.stages and stage not in flag.stages):
            continue
        if flag.groups and response.group not in flag.groups:
            continue
        question, option = chosen[flag.question]
        if option.scored and flag.fires_on(option.score):
            risks.append(RiskSeen(flag.title, flag.explanation, question.text_for(response.group, stage), option.label))

    others = compute(questionnaire, answer_set)
    differences = []
    for question_id, (question, option) in chosen.items():
        if not option.scored:
            continue
        for other_id in (question_id, *questionnaire.twins(question_id)):
            for group, answers in others.shown_answers(other_id).items():
                if group == response.group or answers.score is None or not opposed(option.score, answers.score):
                    continue
                differences.append(
                    Difference(
                        question.text_for(response.group, stage),
                        option.label,
                        wording.group(group),
                        questionnaire.question(other_id).text_for(group, stage),
                        round(answers.score * 100),
                    )
                )
    return PersonalView(tuple(risks), tuple(differences))
