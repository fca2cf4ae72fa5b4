"""The results page: hidden while collecting, then level, radar, gaps, alerts, and the questions behind them."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QListWidget

from peerready.engine import instrument, vocabulary, wording
from peerready.store import assessments, respondents, structures, summaries
from peerready.ui import dialogs
from peerready.ui.pages.results import ResultsPage
from peerready.ui.widgets.radar import RadarWidget
from peerready.workshop import preparing, recording
from tests.conftest import ROOT
from tests.ui import accessibility


class FakeNavigator:
    def __init__(self):
        self.calls = []

    def __getattr__(self, name):
        if name.startswith(("show_", "notify")):
            return lambda *args: self.calls.append((name, *args))
        raise AttributeError(name)


@pytest.fixture
def navigator():
    return FakeNavigator()


@pytest.fixture
def page(qtbot, context, navigator):
    from peerready.ui.app import create_application
    from peerready.ui.pages.results import ResultsPage

    create_application()
    widget = ResultsPage(context, navigator)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown_texts(page) -> str:
    """Every text a person can see on the page: labels, list items, the detail panel."""
    texts = [label.text() for label in page.findChildren(QLabel) if label.isVisible()]
    for widget in page.findChildren(QListWidget):
        if widget.isVisible() or widget.parentWidget().isVisible():
            texts += [widget.item(i).text() for i in range(widget.count())]
    texts.append(page.detail.toPlainText() if page.detail.isVisible() else "")
    return "\n".join(texts)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def colours(image, step: int = 4) -> set[int]:
    return {image.pixelColor(x, y).rgb() for x in range(0, image.width(), step) for y in range(0, image.height(), step)}


def list_texts(widget: QListWidget) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())]


def test_results_stay_hidden_while_the_collection_is_open(qtbot, page, context, open_session, navigator, monkeypatch):
    page.open(open_session.id)
    assert page.hidden_message.isVisible()
    assert "cachés tant que la collecte est ouverte" in page.hidden_message.text()
    assert not any(radar.isVisible() for radar in page.findChildren(RadarWidget))
    assert "/100" not in shown_texts(page)
    assert page.first_focus() is page.close_button

    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda *args, **kwargs: asked.append(args[1]) or True)
    page.close_button.setFocus()
    click(qtbot, page.close_button)
    assert asked == ["Clore la collecte"]
    assert assessments.get_assessment(context.store, open_session.id).closed
    assert page.radar.isVisible()
    assert page.level_label.text().startswith("Niveau : ")


def test_closing_can_be_cancelled_and_back_goes_to_the_session(
    qtbot, page, context, open_session, navigator, monkeypatch
):
    page.open(open_session.id)
    monkeypatch.setattr(dialogs, "confirm", lambda *args, **kwargs: False)
    click(qtbot, page.close_button)
    assert not assessments.get_assessment(context.store, open_session.id).closed
    assert page.hidden_message.isVisible()
    click(qtbot, page.session_button)
    assert navigator.calls[-1] == ("show_session", open_session.id)


def test_level_radar_gaps_and_alerts_of_a_recorded_assessment(qtbot, page, context, recorded, navigator):
    page.open(recorded.id)
    results = summaries.assessment_results(context.store, recorded.id)
    assert page.level_label.text() == f"Niveau : {results.level.label}"
    assert page.reason_label.text() == results.level.reason
    assert f"{results.answered} questions sur {results.asked}" in page.coverage_label.text()
    assert "Équipe (décompte, 9 personnes)" in page.coverage_label.text()

    scored = [d.label for d in results.dimensions if d.score is not None]
    assert page.radar.axis_labels() == scored
    assert page.radar.series_names() == ["Tous groupes", "Direction et encadrement", "Équipe"]
    first = results.dimensions[0]
    assert f"Tous groupes — {first.label} : {first.score:.0f}" in page.radar.accessibleDescription()
    assert page.radar.accessibleName()

    gap = page.gaps_list.item(0)
    assert gap.data(Qt.ItemDataRole.UserRole) == ("gap", 0)
    top = results.gaps[0]
    question = instrument.find(None).question(top.question).text_for(None, results.stage)
    assert " ".join(gap.text().split()).startswith(" ".join(question.split())[:40])
    assert gap.data(Qt.ItemDataRole.UserRole + 1) == [(wording.group(g), s) for g, s in top.groups.items()]
    spoken = gap.data(Qt.ItemDataRole.AccessibleTextRole)
    assert all(f"{wording.group(g)} : {wording.score(v)}" in spoken for g, v in top.groups.items())
    assert f"{top.difference:.0f} points" in spoken

    flags = list_texts(page.flags_list)
    assert (
        sum(text.startswith("Alerte grave : ") for text in flags)
        == sum(f.severity == "critical" for f in results.flags)
        == 6
    )
    assert any(text.startswith("Point de vigilance : ") for text in flags)
    assert page.tabs.tabText(0) == f"A&lertes ({len(results.flags)})"
    assert any("Beaucoup de « je ne sais pas »" in text for text in list_texts(page.missing_list))
    assert any(text.startswith("Sans réponse : ") for text in list_texts(page.missing_list))
    assert any(text.startswith("Équipe : ") for text in list_texts(page.divided_list))

    click(qtbot, page.plan_button)
    assert navigator.calls[-1] == ("show_plan", recorded.id)
    click(qtbot, page.header.back_button)
    assert navigator.calls[-1] == ("show_structure", recorded.structure_id)


def test_arrow_keys_in_the_alerts_show_the_question_behind_each(qtbot, page, context, recorded):
    page.open(recorded.id)
    questionnaire = instrument.find(None)
    results = summaries.assessment_results(context.store, recorded.id)
    flags = page.flags_list
    assert page.first_focus() is page.level_label  # the level first, in sight at any text size
    flags.setFocus()
    assert flags.currentRow() == 0
    qtbot.keyClick(flags, Qt.Key.Key_Down)
    qtbot.keyClick(flags, Qt.Key.Key_Down)
    assert flags.currentRow() == 2
    flag = results.flags[2]
    question = questionnaire.question(flag.questions[0])
    detail = page.detail.toPlainText()
    assert flag.title in detail
    assert " ".join(question.text_for(None, results.stage).split()) in " ".join(detail.split())
    assert "Équipe — score : " in detail

    # Another tab, keyboard only: the gap's question and both groups' answers.
    page.tabs.setCurrentIndex(1)
    page.gaps_list.setFocus()
    detail = page.detail.toPlainText()
    top = results.gaps[0]
    assert f"Écart de {top.difference:.0f} points entre" in detail
    assert "Direction et encadrement — score : " in detail


def test_the_scores_table_lists_dimensions_and_factors_per_group(qtbot, page, context, recorded):
    page.open(recorded.id)
    click(qtbot, page.table_button)
    tree = page.scores_tree
    assert tree.isVisible() and not page.radar.isVisible()
    header = [tree.headerItem().text(i) for i in range(tree.columnCount())]
    assert header == ["Point évalué", "Tous groupes", "Direction et encadrement", "Équipe"]
    dimensions = tree.topLevelItem(0)
    assert dimensions.child(0).text(0) == "Sens et portage du projet"
    results = summaries.assessment_results(context.store, recorded.id)
    assert dimensions.child(0).text(1) == wording.score(results.dimensions[0].score)
    tree.setFocus()
    tree.setCurrentItem(dimensions.child(0))
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert tree.currentItem() is dimensions.child(1)
    questionnaire = instrument.find(None)
    first_team_question = next(q for q in questionnaire.questions if q.dimension == "team")
    assert first_team_question.text_for(None, "recruiting") in page.detail.toPlainText()
    click(qtbot, page.table_button)
    assert page.radar.isVisible()


def test_the_radar_draws_something(qtbot, page, recorded):
    page.open(recorded.id)
    image = page.radar.grab().toImage()
    assert image.width() > 100 and image.height() > 100
    background = page.radar.palette().color(page.radar.backgroundRole())
    seen = colours(image)
    assert len(seen) > 10
    assert QColor("#1f5fa8").rgb() in seen  # the management series
    assert background.rgb() in seen


def test_the_radar_sizes_follow_the_font(qtbot, page, recorded):
    page.open(recorded.id)
    radar = page.radar
    hint, minimum = radar.sizeHint(), radar.minimumSizeHint()
    assert minimum.width() <= hint.width() and minimum.height() <= hint.height()
    font = radar.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    radar.setFont(font)
    assert radar.sizeHint().height() > hint.height() * 1.6


def _small_peer_group_session(context):
    """Management (consensus) and team (tally) and two peers answering person by person."""
    questionnaire = instrument.find(None)
    structure = structures.create_structure(context.store, "Pension de famille Les Lilas")
    assessment = preparing.start_assessment(
        context.store,
        structure.id,
        questionnaire,
        "integrating",
        {"management": "consensus", "team": "tally", "peer": "individual"},
    )
    management = respondents.add_respondent(context.store, assessment.id, "management")
    team = respondents.add_respondent(context.store, assessment.id, "team")
    peers = [respondents.add_respondent(context.store, assessment.id, "peer") for _ in range(2)]
    for question in questionnaire.questions_for("management", "integrating"):
        best = max((o for o in question.options if o.scored), key=lambda o: o.score)
        respondents.save_answer(context.store, management.id, question.id, value=best.value)
    for question in questionnaire.questions_for("team", "integrating"):
        options = sorted((o for o in question.options if o.scored), key=lambda o: o.score)
        respondents.save_answer(context.store, team.id, question.id, counts={options[0].value: 2, options[-1].value: 2})
    for peer in peers:
        for question in questionnaire.questions_for("peer", "integrating"):
            worst = min((o for o in question.options if o.scored), key=lambda o: o.score)
            dont_know = next((o for o in question.options if o.kind == vocabulary.DONT_KNOW), worst)
            respondents.save_answer(context.store, peer.id, question.id, value=dont_know.value)
    assessments.set_collection_closed(context.store, assessment.id, True)
    return assessment


def test_a_group_of_two_people_is_never_shown_on_its_own(qtbot, page, context):
    assessment = _small_peer_group_session(context)
    page.open(assessment.id)
    peer = vocabulary.GROUPS["peer"]
    results = summaries.assessment_results(context.store, assessment.id)
    assert "peer" not in results.visible_groups
    assert peer in page.coverage_label.text()  # who took part is said, with the rule
    assert "pas montré à part en dessous de 3 personnes" in page.coverage_label.text()

    assert peer not in page.radar.series_names()
    assert peer not in page.radar.accessibleDescription()
    tree = page.scores_tree
    assert peer not in [tree.headerItem().text(i) for i in range(tree.columnCount())]
    for widget in (page.flags_list, page.gaps_list, page.divided_list, page.missing_list):
        for index in range(widget.count()):
            item = widget.item(index)
            assert peer not in item.text()
            assert peer not in str(item.data(Qt.ItemDataRole.UserRole + 1))
            widget.setCurrentRow(index)
            assert peer not in page.detail.toPlainText()
    # A question only the peers answered: no figure at all, not even the whole or a count.
    questionnaire = instrument.find(None)
    only_peer = next(q for q in questionnaire.questions_for("peer", "integrating") if q.groups == ("peer",))
    index = next(i for i, m in enumerate(results.missing) if m.question == only_peer.id)
    row = next(
        r
        for r in range(page.missing_list.count())
        if page.missing_list.item(r).data(Qt.ItemDataRole.UserRole) == ("missing", index)
    )
    page.tabs.setCurrentIndex(3)
    page.missing_list.setCurrentRow(row)
    assert "%" not in page.missing_list.item(row).text()
    detail = page.detail.toPlainText()
    assert only_peer.text_for(None, "integrating") in detail
    assert "/100" not in detail
    assert "pas détaillées" in detail


def test_theme_changes_scale_fonts_and_use_the_palette_in_high_contrast(qtbot, page, context, recorded):
    from PySide6.QtWidgets import QApplication

    from peerready.ui import theme

    page.open(recorded.id)
    before = page.level_label.font().pointSizeF()
    theme.apply(QApplication.instance(), 200, True)
    context.set_setting("display/high_contrast", True)
    try:
        page.on_theme_changed()
        assert page.level_label.font().pointSizeF() > before * 1.5
        assert page.radar.high_contrast
        radar = page.radar
        qtbot.waitUntil(
            lambda: (
                radar.palette().color(QPalette.ColorRole.Window) == QColor("#000000")
                and radar.height() >= radar.minimumSizeHint().height()
            )
        )
        image = radar.grab().toImage()
        seen = colours(image, 3)
        assert QColor("#ffffff").rgb() in seen  # the whole, in the palette's text colour
        assert QColor("#1f5fa8").rgb() not in seen  # no dark blue on black
    finally:
        theme.apply(QApplication.instance(), 100, False)
        page.on_theme_changed()


def test_focusable_widgets_have_accessible_names(page, recorded):
    from PySide6.QtWidgets import QWidget

    page.open(recorded.id)
    for widget in page.findChildren(QWidget):
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisibleTo(page) and widget.isEnabled():
            if type(widget).__name__ in ("QScrollBar", "QSplitterHandle"):
                continue
            assert accessibility.spoken_name(widget), widget


def test_moving_from_one_assessment_to_another_keeps_the_detail_panel_consistent(qtbot, context, recorded):
    """Regression: the old lists' items pointed into the previous results when the page was reused."""
    from peerready.engine import answers, instrument

    good = recording.record(
        context.store, "Service B", answers.load(ROOT / "examples/service-bien-prepare.yaml"), instrument.find(None)
    )
    page = ResultsPage(context, FakeNavigator())
    qtbot.addWidget(page)
    page.open(recorded.id)
    page.missing_list.setCurrentRow(page.missing_list.count() - 1)
    page.open(good.id)  # fewer « missing » items than the row selected above
    assert page.results.level.id == "ready"


def test_the_screen_the_pdf_and_the_json_show_the_same_groups(qtbot, page, context):
    """Two peers answered one by one: every face shows management and the team apart, never the peers."""
    import io
    import re

    from pypdf import PdfReader

    from peerready import report
    from peerready.engine import results as scoring
    from peerready.store import action_plan

    assessment = _small_peer_group_session(context)
    computed = summaries.assessment_results(context.store, assessment.id)
    labels = {group: vocabulary.GROUPS[group] for group in vocabulary.GROUPS}
    expected = {labels[g] for g in computed.visible_groups}
    assert expected == {labels["management"], labels["team"]} and computed.hidden_groups == ("peer",)

    page.open(assessment.id)
    tree = page.scores_tree
    on_screen = set(page.radar.series_names()[1:]) | {tree.headerItem().text(i) for i in range(2, tree.columnCount())}

    data = scoring.to_dict(computed)
    apart = [d["by_group"] for d in data["dimensions"] + data["factors"]] + [q["by_group"] for q in data["questions"]]
    apart += [g["groups"] for g in data["gaps"]] + [{d["group"]: 1} for d in data["divided"]]
    apart += [{group: 1 for group in f["groups"]} for f in data["flags"]]
    in_json = {labels[group] for groups in apart for group in groups}
    assert data["anonymity"]["not_shown_apart"] == ["peer"]

    questionnaire = assessments.questionnaire(context.store, assessment.questionnaire_hash)
    pdf = report.full_report(questionnaire, computed, action_plan.sync_plan(context.store, assessment.id))
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).replace("\u00a0", " ")
    standing = text.split("Où en est-on")[1].split("Résultats par facteur")[0]
    answers = text.split("Les réponses, question par question")[1].split("Le plan d’action")[0]
    in_pdf = {label for label in labels.values() if label in standing}
    in_pdf |= {label for label in labels.values() if re.search(re.escape(label) + r"( \(\d+/100\))? —", answers)}

    assert on_screen == in_json == in_pdf == expected
    # Each face still says the peers took part, and why they are not shown apart.
    assert labels["peer"] in page.coverage_label.text() and "3 personnes" in page.coverage_label.text()
    cover = text.split("Où en est-on")[0]
    assert labels["peer"] in cover and "pas montré à part en dessous de 3 personnes" in " ".join(cover.split())
