"""The summary at the top of the results page: the level reached and why, who answered how much, the radar.

Groups are named, and drawn on the radar, only where the anonymity policy of ``results`` allows it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from peerready.engine import results as scoring
from peerready.engine.results import Results
from peerready.ui import words
from peerready.ui.widgets.level_band import LevelBand
from peerready.ui.widgets.radar import RadarWidget, Series


class SummaryWriter(QObject):
    """Fills the level's band and labels, the coverage line and the radar from the results."""

    def __init__(self, results: Results):
        super().__init__()
        self.results = results

    def fill_level(self, band: LevelBand, level_label: QLabel, reason_label: QLabel, coverage_label: QLabel) -> None:
        results = self.results
        level = results.level
        level_label.setText(self.tr("Niveau : {0}").format(words.shown(level.label)))
        reason_label.setText(level.reason)
        band.set_level(level.id)
        parts = []
        for participation in results.participation:
            text = words.who_answered(participation.group, participation.modes, participation.respondents)
            note = words.participation_note(
                participation.small, participation.visible, participation.consent, scoring.ANONYMITY_THRESHOLD
            )
            parts.append(f"{text} — {note}" if note else text)
        coverage = self.tr("{0} questions sur {1} ont reçu une réponse.").format(results.answered, results.asked)
        stage = words.stage(results.stage)
        if stage:
            coverage += " " + self.tr("Étape : {0}.").format(stage)
        if results.short:
            coverage += " " + self.tr("Version courte du questionnaire.")
        if parts:
            coverage += " " + self.tr("Ont répondu : {0}.").format(words.listed(parts))
        if results.posts:
            described = words.listed(post.describe() for post in results.posts)
            coverage += " " + self.tr("Postes de travail pair : {0}.").format(described)
        coverage_label.setText(coverage)

    def fill_radar(self, radar: RadarWidget) -> None:
        dimensions = [d for d in self.results.dimensions if d.score is not None]
        series = [Series(self.tr("Tous groupes"), {d.id: d.score for d in dimensions}, "all")]
        for group in self.results.visible_groups:
            values = {d.id: d.by_group[group] for d in self.results.dimensions if d.by_group.get(group) is not None}
            if values:
                series.append(Series(words.group(group), values, group))
        radar.set_data([(d.id, d.label) for d in dimensions], series)
