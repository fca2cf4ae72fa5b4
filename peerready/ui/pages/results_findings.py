"""What each finding of the results page says in its list: alerts, gaps, divided groups, what is missing.

Groups, counts and shares are written only where the anonymity policy of ``results`` allows it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from peerready.engine import wording
from peerready.engine.results import Results
from peerready.ui import words
from peerready.ui.widgets.finding_list import FindingList


class FindingsWriter(QObject):
    """Fills the four lists; each item keeps what it leads to, for the detail panel."""

    def __init__(self, results: Results, question_text: Callable[[str], str]):
        super().__init__()
        self.results = results
        self.question_text = question_text

    def fill(self, flags: FindingList, gaps: FindingList, divided: FindingList, missing: FindingList) -> None:
        self.flags(flags)
        self.gaps(gaps)
        self.divided(divided)
        self.missing(missing)

    def flags(self, flags_list: FindingList) -> None:
        for index, flag in enumerate(self.results.flags):
            text = self.tr("{0} : {1}").format(words.severity(flag.severity), flag.title) + "\n" + flag.explanation
            if flag.groups:  # only groups shown apart
                text += "\n" + self.tr("D’après : {0}").format(", ".join(map(words.group, flag.groups)))
            if flag.reported_by:  # only from three peers
                text += "\n" + words.reported_by(flag.reported_by)
            flags_list.add(text, ("flag", index))
        if not self.results.flags:
            flags_list.add_empty(self.tr("Aucune alerte."))

    def gaps(self, gaps_list: FindingList) -> None:
        for index, gap in enumerate(self.results.gaps):  # between groups shown apart only
            factor = self.results.factor(gap.factor)
            question = words.gap_subject(gap, self.question_text, factor.label if factor else "")
            text = question + "\n" + self.tr("Écart de {0}").format(words.points(gap.difference))
            bars = [(words.group(g), s) for g, s in gap.groups.items()]
            spoken = self.tr("{0} — {1} ; écart de {2}").format(
                question,
                words.listed(self.tr("{0} : {1}").format(label, wording.score(s)) for label, s in bars),
                words.points(gap.difference),
            )
            gaps_list.add(text, ("gap", index), bars, spoken)
        if not self.results.gaps:
            gaps_list.add_empty(self.tr("Aucun écart marqué entre les groupes."))

    def divided(self, divided_list: FindingList) -> None:
        for index, divided in enumerate(self.results.divided):  # groups shown apart only
            question = self.question_text(divided.question)
            text = self.tr("{0} : {1}").format(words.group(divided.group), question)
            if divided.consensus:
                text += "\n" + self.tr("Réponse commune notée « avis partagés »")
            else:
                text += "\n" + self.tr("Pour : {0} · Contre : {1}").format(
                    wording.percent(divided.for_share), wording.percent(divided.against_share)
                )
            divided_list.add(text, ("divided", index))
        if not self.results.divided:
            divided_list.add_empty(self.tr("Aucun groupe n’a des avis partagés."))

    def missing(self, missing_list: FindingList) -> None:
        listed = set()
        for index, missing in enumerate(self.results.missing):
            question = self.question_text(missing.question)
            text = self.tr("Beaucoup de « je ne sais pas » : {0}").format(question)
            if self.results.shown_missing(missing):  # a count would reveal a hidden group's answers
                text += "\n" + self.tr("{0} « je ne sais pas » ({1} des réponses)").format(
                    missing.dont_know, wording.percent(missing.share)
                )
            missing_list.add(text, ("missing", index))
            listed.add(missing.question)
        for question_id in self.results.unanswered:
            if question_id not in listed:
                text = self.tr("Sans réponse : {0}").format(self.question_text(question_id))
                missing_list.add(text, ("unanswered", question_id))
        if not missing_list.count():
            missing_list.add_empty(self.tr("Rien ne manque : toutes les questions ont une réponse."))
