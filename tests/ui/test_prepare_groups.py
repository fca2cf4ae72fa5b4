"""The set-up dialog gives back the groups the facilitator chose when a version that skips one is left."""

from peerready.store import structures
from peerready.workshop import preparing


def test_switching_to_the_short_version_and_back_gives_back_the_groups_chosen(qtbot, window):
    from peerready.ui.dialogs.prepare import PrepareDialog

    structure = structures.create_structure(window.context.store, "Le Phare")
    dialog = PrepareDialog(window.context, structure.id, window)
    qtbot.addWidget(dialog)
    questionnaire, stage, _, _ = dialog.chosen()
    full = preparing.question_counts(questionnaire, stage, False)
    short = preparing.question_counts(questionnaire, stage, True)
    dropped = [g for g in dialog.group_checks if full[g] and not short[g]]
    # The bundled questionnaire asks the accompanied people nothing in its short version: the case
    # this test needs is always there (and it fails, not skips, if the questionnaire changes that).
    assert dropped, "no group is dropped by the short version: the test has nothing to check"
    group = "people" if "people" in dropped else dropped[0]
    dialog.group_checks[group].setChecked(True)
    dialog.group_checks["management"].setChecked(False)
    dialog.short.setChecked(True)
    assert not dialog.group_checks[group].isChecked() and not dialog.group_checks[group].isEnabled()
    dialog.full.setChecked(True)
    assert dialog.group_checks[group].isChecked() and dialog.mode_boxes[group].isEnabled()
    assert not dialog.group_checks["management"].isChecked()  # unticked by the facilitator: stays so
    assert dialog.note.isHidden() == (group != "people")


def test_accompanied_people_are_offered_a_ballot_box_not_a_show_of_hands(qtbot, window):
    from peerready.ui.dialogs.prepare import PrepareDialog

    structure = structures.create_structure(window.context.store, "Le Phare")
    dialog = PrepareDialog(window.context, structure.id, window)
    qtbot.addWidget(dialog)
    people = dialog.mode_boxes["people"]
    tally = people.itemText(people.findData("tally"))
    assert "urne" in tally and "main levée" not in tally
    team = dialog.mode_boxes["team"]
    assert "main levée" in team.itemText(team.findData("tally"))
