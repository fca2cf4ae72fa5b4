"""A second driver of the workshop model, in plain Python: two phones of the team, side by side.

Each phone is what a page served to phones will be: its own store connection to the same data
folder (one per server thread), the id of its respondent, and the model's functions. No Qt.
"""

import subprocess
import sys
import textwrap
import threading

from peerready.store import respondents
from peerready.store.database import Store
from peerready.workshop import answering, collecting
from tests.conftest import ROOT


class Phone:
    """One participant's phone: it remembers only who it answers for, as a cookie would."""

    def __init__(self, folder, assessment_id):
        self.folder = folder
        self.store = Store.open(folder, automatic_backup=False)
        respondent = collecting.new_person(self.store, assessment_id, "team")
        self.respondent_id = respondent.id
        self.session = answering.open_session(self.store, respondent.id)

    def press(self, number):
        self.session = answering.answer_number(self.store, self.session, number)

    def type(self, text):
        self.session = answering.draft_comment(self.session, text)

    def next(self):
        self.session = answering.next_question(self.store, self.session)

    def previous(self):
        self.session = answering.previous_question(self.store, self.session)

    def reload(self):
        """The page is reloaded, or the phone slept and the server restarted: a new connection."""
        self.store.close()
        self.store = Store.open(self.folder, automatic_backup=False)
        self.session = answering.open_session(self.store, self.respondent_id, exact=True)

    def close(self):
        self.store.close()


def stored(store, respondent_id):
    return {q: a["value"] for q, a in respondents.respondent_answers(store, respondent_id).items()}


def test_two_people_of_the_team_answer_side_by_side_and_never_mix(store, folder, phones):
    alice, bruno = Phone(folder, phones.id), Phone(folder, phones.id)
    try:
        assert alice.respondent_id != bruno.respondent_id
        questions = [q.id for q in alice.session.questions]
        assert questions == ["team_consulted", "team_agrees", "dirty_work_risk", "pay_level"]

        alice.press(1)
        bruno.press(4)
        bruno.type("Pas consulté du tout")
        bruno.next()
        alice.next()
        alice.press(2)
        bruno.press(3)
        alice.next()
        alice.press(1)  # Alice is on the third question, Bruno on the second
        assert (alice.session.index, bruno.session.index) == (2, 1)

        # The overview on the laptop sees two people in progress, and nothing of their answers.
        team = collecting.collection(store, phones.id).group("team")
        assert [(p.answered, p.in_progress) for p in team.people] == [(3, True), (2, True)]

        alice.reload()
        bruno.reload()
        assert (alice.session.index, bruno.session.index) == (2, 1)  # each at their own question
        assert alice.session.shown.value == "fully" and bruno.session.shown.value == "rather_no"

        bruno.previous()
        assert bruno.session.shown.value == "not_at_all"  # his own first answer, not Alice's
        assert bruno.session.answers["team_consulted"].comment == "Pas consulté du tout"

        while not alice.session.finished:
            if alice.session.question.id not in alice.session.answered:
                alice.press(2)
            alice.next()
        assert not bruno.session.finished
        assert stored(store, alice.respondent_id) == {
            "team_consulted": "fully",
            "team_agrees": "rather_yes",
            "dirty_work_risk": "fully",
            "pay_level": "rather_yes",
        }
        assert stored(store, bruno.respondent_id) == {"team_consulted": "not_at_all", "team_agrees": "rather_no"}
        team = collecting.collection(store, phones.id).group("team")
        assert [p.respondent.id for p in team.done] == [alice.respondent_id]
        assert [p.respondent.id for p in team.in_progress] == [bruno.respondent_id]
        assert respondents.get_respondent(store, bruno.respondent_id).position == "team_consulted"
    finally:
        alice.close()
        bruno.close()


def test_phones_joining_at_the_same_moment_each_get_their_own_place(folder, phones):
    joined, failures = [], []
    barrier = threading.Barrier(4)

    def join():
        try:
            with Store.open(folder, automatic_backup=False) as store:  # one connection per server thread
                barrier.wait()
                joined.append(collecting.new_person(store, phones.id, "team").id)
        except Exception as error:  # pragma: no cover - reported below
            failures.append(error)

    threads = [threading.Thread(target=join) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert failures == []
    assert len(set(joined)) == 4


def test_the_phone_driver_needs_no_qt(folder, phones):
    script = textwrap.dedent(f"""
        import importlib.abc, sys
        class Block(importlib.abc.MetaPathFinder):
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in ("PySide6", "shiboken6"):
                    raise ImportError("PySide6 is blocked in this test")
        sys.meta_path.insert(0, Block())
        from peerready.store.database import Store
        from peerready.workshop import answering, collecting, resume
        with Store.open({str(folder)!r}, automatic_backup=False) as store:
            s = answering.open_session(store, collecting.new_person(store, {phones.id!r}, "peer").id)
            s = answering.finish(store, answering.next_question(store, answering.answer_number(store, s, 1)))
            print(s.finished, collecting.collection(store, {phones.id!r}).group("peer").done[0].answered)
    """)
    proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["True", "1"]
