"""The questions behind a finding of the results page, and what each group answered to them.

Only what the anonymity policy of ``results`` allows is written: the groups it shows apart, and a
question's whole and counts only when no hidden group answered it.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QObject

from peerready.engine import results as scoring
from peerready.engine import wording
from peerready.engine.instrument import Questionnaire
from peerready.engine.results import Results
from peerready.ui import words


def _e(text: str) -> str:
    return html.escape(text, quote=False)


class ResultsDetail(QObject):
    """Writes the detail panel's HTML for a finding's key, for example ("flag", 0) or ("factor", "supervision")."""

    def __init__(self, results: Results, questionnaire: Questionnaire, groups: set[str]):
        super().__init__()
        self.results = results
        self.questionnaire = questionnaire
        #: the groups asked, when nobody has answered yet
        self.groups = groups

    def question_text(self, question_id: str) -> str:
        question = self.questionnaire.question(question_id)
        return question.text_for(None, self.results.stage) if question else question_id

    def hint(self) -> str:
        text = self.tr(
            "Choisissez un élément de la liste pour voir les questions qui sont derrière, et ce que chaque groupe a "
            "répondu."
        )
        return f"<p>{_e(text)}</p>"

    def html(self, key) -> str:
        kind, which = key
        results = self.results
        parts: list[str] = []
        if kind == "flag":
            flag = results.flags[which]
            parts.append("<h3>" + _e(self.tr("{0} : {1}").format(words.severity(flag.severity), flag.title)) + "</h3>")
            parts.append(f"<p>{_e(flag.explanation)}</p>")
            questions = list(flag.questions)
        elif kind == "gap":
            gap = results.gaps[which]
            labels = [words.group(g) for g in gap.groups]
            between = self.tr("Écart de {0} entre {1}").format(
                words.points(gap.difference), self.tr(" et ").join(labels)
            )
            parts.append(f"<p><b>{_e(between)}</b></p>")
            questions = list(dict.fromkeys(gap.questions.values()))
        elif kind == "divided":
            divided = results.divided[which]
            said = self.tr("{0} : les avis sont partagés sur cette question.").format(words.group(divided.group))
            parts.append(f"<p><b>{_e(said)}</b></p>")
            questions = [divided.question]
        elif kind in ("missing", "unanswered"):
            questions = [results.missing[which].question if kind == "missing" else which]
        else:
            questions = self._questions_about(kind, which)
            scores = results.dimensions if kind == "dimension" else results.factors
            score = next((s for s in scores if s.id == which), None)
            if score is not None:
                parts.append(f"<h3>{_e(score.label)}</h3>")
        for question_id in questions:
            parts.append(self._question_html(question_id))
        if not questions:
            parts.append("<p>" + _e(self.tr("Aucune question posée sur ce point à cette étape.")) + "</p>")
        return "".join(parts)

    def _questions_about(self, kind: str, which: str) -> list[str]:
        results = self.results
        groups = {p.group for p in results.participation} or self.groups
        return [
            q.id
            for q in self.questionnaire.questions
            if (q.dimension == which if kind == "dimension" else which in q.factors)
            and q.asked_at(results.stage)
            and (q.short or not results.short)
            and groups & set(q.groups)
        ]

    def _question_html(self, question_id: str) -> str:
        question = self.questionnaire.question(question_id)
        result = self.results.question(question_id)
        if question is None:
            return f"<p>{_e(question_id)}</p>"
        out = [f"<h4>{_e(self.question_text(question_id))}</h4>"]
        if result is None or not result.by_group:
            out.append("<p>" + _e(self.tr("Aucune réponse.")) + "</p>")
        else:
            whole = self.results.shown_score(question_id)
            if whole is not None:
                out.append("<p>" + _e(self.tr("Tous groupes : {0}").format(wording.score(whole))) + "</p>")
            for group, answers in self.results.shown_answers(question_id).items():
                score = self.tr("score : {0}").format(
                    wording.score(None if answers.score is None else answers.score * 100)
                )
                out.append(f"<p><b>{_e(words.group(group))}</b> — {_e(score)}</p><table cellpadding='2'>")
                for option in question.options:
                    count = answers.counts.get(option.value, 0)
                    out.append(f"<tr><td>{_e(option.label)}</td><td align='right'>{count}</td></tr>")
                out.append("</table>")
            if self.results.hides_totals(question_id):
                note = self.tr(
                    "Des réponses d’un groupe de moins de {0} comptent dans l’ensemble mais ne sont pas détaillées, "
                    "pour préserver l’anonymat."
                ).format(words.plural(scoring.ANONYMITY_THRESHOLD, "personne"))
                out.append(f"<p><i>{_e(note)}</i></p>")
        if question.help:
            out.append("<p><i>" + _e(self.tr("Pourquoi cette question ?")) + "</i> " + _e(question.help) + "</p>")
        return "".join(out)
