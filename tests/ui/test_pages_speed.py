"""The results and plan pages shown again for an unchanged assessment keep their widgets.

Filling them again (lists, radar, scores tree, table rows measured for their widths) is what made
coming back to a large assessment slow; counted here rather than timed, so the test is stable.
"""

import pytest

from peerready.engine import answers, instrument
from peerready.store import action_plan, assessments
from peerready.ui.pages import plan_table, results
from peerready.workshop import recording
from tests.conftest import ROOT


class Navigator:
    def __getattr__(self, name):
        if name.startswith(("show_", "notify")):
            return lambda *args: None
        raise AttributeError(name)


@pytest.fixture
def counted(monkeypatch):
    """How many times the findings lists were filled and the plan's rows made and measured."""
    counts = {"findings": 0, "rows": 0, "widths": 0}

    class CountedFindings(results.FindingsWriter):
        def fill(self, *lists):
            counts["findings"] += 1
            return super().fill(*lists)

    monkeypatch.setattr(results, "FindingsWriter", CountedFindings)
    set_actions, fit_columns = plan_table.ActionTable.set_actions, plan_table.ActionTable.fit_columns

    def counted_set_actions(table, *args, **kwargs):
        counts["rows"] += 1
        return set_actions(table, *args, **kwargs)

    def counted_fit_columns(table):
        counts["widths"] += 1
        return fit_columns(table)

    monkeypatch.setattr(plan_table.ActionTable, "set_actions", counted_set_actions)
    monkeypatch.setattr(plan_table.ActionTable, "fit_columns", counted_fit_columns)
    return counts


@pytest.fixture
def shown(qtbot):
    from peerready.ui.app import create_application

    create_application()

    def show(page):
        qtbot.addWidget(page)
        page.resize(1366, 768)
        page.show()
        qtbot.waitExposed(page)
        return page

    return show


def test_the_results_page_shown_again_keeps_its_widgets_until_the_assessment_changes(
    qtbot, context, recorded, counted, shown
):
    page = shown(results.ResultsPage(context, Navigator()))
    page.open(recorded.id)
    first_item = page.flags_list.item(0)
    page.tabs.setCurrentIndex(2)
    page.table_button.setChecked(True)
    page.open(recorded.id)
    assert counted["findings"] == 1
    assert page.flags_list.item(0) is first_item
    # Still shown as a first look starts: first tab, the radar, the questions behind the first alert.
    assert page.tabs.currentIndex() == 0 and not page.table_button.isChecked()
    assert recorded_flag_title(context, recorded) in page.detail.toPlainText()

    other = recording.record(
        context.store, "Service B", answers.load(ROOT / "examples/service-bien-prepare.yaml"), instrument.find(None)
    )
    page.open(other.id)
    assert counted["findings"] == 2
    assert page.results.level.id == "ready"
    page.open(recorded.id)
    assert counted["findings"] == 3


def recorded_flag_title(context, recorded) -> str:
    from peerready.store import summaries

    return summaries.assessment_results(context.store, recorded.id).flags[0].title


def test_the_plan_page_shown_again_keeps_its_rows_until_the_plan_changes(qtbot, context, recorded, counted, shown):
    from peerready.ui.pages.plan import PlanPage

    page = shown(PlanPage(context, Navigator()))
    page.open(recorded.id)
    rows, widths = counted["rows"], counted["widths"]
    first = page.table.item(0, 1)
    page.open(recorded.id)
    assert (counted["rows"], counted["widths"]) == (rows, widths)
    assert page.table.item(0, 1) is first
    assert page.table.currentRow() == 0

    action = page.actions[0]
    action_plan.update_action(context.store, action.id, title=action.title + " (revue)")
    page.open(recorded.id)
    assert counted["rows"] == rows + 1
    assert page.table.item(0, 1).text().startswith(action.title + " (revue)")
    assert assessments.get_assessment(context.store, recorded.id).closed
