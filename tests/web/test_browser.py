"""The phone pages in a real browser: Debian's Chromium, phones' screens, several at once, over loopback.

Each phone is a browser context of its own (its cookie, so its own anonymous respondent) with a
phone's viewport, touch and French locale, tapping the buttons a person would. What they sent is
compared with what the laptop's database keeps and with the results. The server binds 127.0.0.1
and nothing else; every request a page makes is recorded, and none may go to another host.
"""

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from peerready.engine import instrument, typography
from peerready.store import respondents, summaries
from peerready.store.database import Store
from peerready.web.server import Counts, Limits, PhoneCollection
from peerready.workshop import collecting
from tests.conftest import ROOT
from tests.web import browser
from tests.web.conftest import start

#: The same on every Python: CI runs them on one (pyproject.toml's markers).
pytestmark = pytest.mark.one_python

GROUPS = {"management": "consensus", "team": "individual"}
STAGE = "integrating"
SCREENSHOTS = Path("/tmp")


@pytest.fixture
def expect():
    from playwright.sync_api import expect

    return expect


def open_assessment(store, short):
    return start(store, instrument.find(None), GROUPS, stage=STAGE, short=short, name="CHRS Les Phones")


@pytest.fixture
def served(folder):
    """``served(assessment)``: the team's phone collection of that assessment, on 127.0.0.1, stopped at the end."""
    running = []

    def serve(assessment):
        # A scripted phone taps far faster than a person: the per-phone rate limit (tested on its own in
        # test_hostile_requests) is lifted, as in the load benchmark, so that a busy machine cannot trip it.
        limits = Limits(burst=10_000, per_second=10_000)
        collection = PhoneCollection(folder, assessment.id, "team", host="127.0.0.1", port=0, limits=limits)
        collection.start()
        running.append(collection)
        assert collection.url.startswith("http://127.0.0.1:")
        return collection

    yield serve
    for collection in running:
        collection.stop()
        assert collection.wait(10)


@pytest.fixture
def phones(chromium):
    """``phones(url, n, log=None)``: n phones on the collection's address, closed at the end."""
    made = []

    def make(url, n, log=None):
        new = [browser.BrowserPhone(chromium, url, log) for _ in range(n)]
        made.extend(new)
        return new

    yield make
    for phone in made:
        phone.close()


def team_questions(store, assessment):
    return instrument.find(None).questions_for("team", STAGE, assessment.short)


def stored_by_respondent(store, assessment_id):
    """Each team respondent's answers, as a sorted tuple of (question, value, comment)."""
    found = []
    for respondent, _ in respondents.answered_by_respondent(store, assessment_id):
        if respondent.group == "team":
            answers = respondents.respondent_answers(store, respondent.id)
            found.append(tuple(sorted((q, a["value"], a["comment"]) for q, a in answers.items())))
    return sorted(found)


def unnamed_controls(snapshot: str) -> list[str]:
    """Lines of an aria snapshot for a control without an accessible name (``- button`` alone, …)."""
    control = re.compile(r"^\s*- (button|textbox|link|radio|checkbox|combobox|switch)\s*(:|\[|$)")
    return [line for line in snapshot.splitlines() if control.match(line)]


# -- several phones at once ---------------------------------------------------------------------


def test_three_phones_answer_the_short_version_at_the_same_time(store, folder, served, phones, expect):
    assessment = open_assessment(store, short=True)
    questions = team_questions(store, assessment)
    collection = served(assessment)
    log = browser.RequestLog()
    team = phones(collection.url, 3, log)
    # Each phone its own answers, « Je ne sais pas » included; phone 0 leaves a comment on question 3.
    plans = [[(i + k) % len(q.options) for k, q in enumerate(questions)] for i in range(len(team))]
    comment = "Les équipes de nuit n’ont pas été associées."

    for phone in team:
        phone.begin()
    for phone in team:
        expect(phone.page.locator("p.progress")).to_have_text(f"Question 1 sur {len(questions)}")
    assert collection.counts() == Counts(3, 0)

    for k, question in enumerate(questions):
        for i, phone in enumerate(team):  # every phone taps, then every page is awaited: the posts overlap
            assert phone.heading() == question_text(question)
            if i == 0 and k == 2:
                phone.write_comment(comment)
            phone.tap(plans[i][k])
        for phone in team:
            if k + 1 < len(questions):
                expect(phone.page.locator("p.progress")).to_have_text(f"Question {k + 2} sur {len(questions)}")
    for phone in team:
        expect(phone.page.get_by_role("heading", level=1)).to_have_text("Merci, vos réponses sont enregistrées")
    assert collection.counts() == Counts(3, 3)

    sent = sorted(
        tuple(
            sorted(
                (q.id, q.options[plan[k]].value, comment if (i, k) == (0, 2) else None) for k, q in enumerate(questions)
            )
        )
        for i, plan in enumerate(plans)
    )
    assert stored_by_respondent(store, assessment.id) == sent
    answered = [a for r, a in respondents.answered_by_respondent(store, assessment.id) if r.group == "team"]
    assert answered == [frozenset(q.id for q in questions)] * 3
    assert all(r.finished for r, _ in respondents.answered_by_respondent(store, assessment.id) if r.group == "team")

    # The results count what the phones sent, question by question (three people: the team is shown).
    results = summaries.assessment_results(store, assessment.id)
    for k, question in enumerate(questions):
        given = Counter(question.options[plan[k]].value for plan in plans)
        team_answers = results.question(question.id).by_group["team"]
        assert {v: n for v, n in team_answers.counts.items() if n} == dict(given), question.id
    [participation] = [p for p in results.participation if p.group == "team"]
    assert participation.respondents == 3 and participation.visible

    origin = browser.origin_of(collection.url)
    assert log.urls and all(url.startswith(origin) for url in log.urls if "/" in url), log.urls
    assert log.foreign(origin) == []


def question_text(question) -> str:
    """The text a team member reads (the questionnaire's French typography applied, as the page shows it)."""
    return typography.french(question.text_by_group.get("team", question.text))


# -- a phone's troubles ---------------------------------------------------------------------------


def test_a_phone_reloading_mid_way_comes_back_to_the_same_question(store, served, phones, expect):
    assessment = open_assessment(store, short=True)
    questions = team_questions(store, assessment)
    collection = served(assessment)
    [phone] = phones(collection.url, 1)
    phone.begin()
    for k in range(5):
        expect(phone.page.locator("p.progress")).to_have_text(f"Question {k + 1} sur {len(questions)}")
        phone.tap(0)
    expect(phone.page.locator("p.progress")).to_have_text(f"Question 6 sur {len(questions)}")

    phone.page.reload()
    assert phone.progress() == f"6/{len(questions)}"
    assert phone.heading() == question_text(questions[5])
    # The tab closed and opened again on the address (the phone slept, the browser was closed).
    phone.page.close()
    phone.page = phone.context.new_page()
    phone.open()
    assert phone.progress() == f"6/{len(questions)}"
    assert collection.counts() == Counts(1, 0)  # still one phone, one respondent
    [(respondent, answered)] = [(r, a) for r, a in respondents.answered_by_respondent(store, assessment.id)]
    assert answered == frozenset(q.id for q in questions[:5]) and respondent.group == "team"


def test_a_phone_losing_the_network_sends_its_answer_again_once_back(store, served, phones, expect):
    assessment = open_assessment(store, short=True)
    questions = team_questions(store, assessment)
    collection = served(assessment)
    [phone] = phones(collection.url, 1)
    phone.begin()
    phone.tap(1)
    expect(phone.page.locator("p.progress")).to_have_text(f"Question 2 sur {len(questions)}")

    phone.context.set_offline(True)
    phone.tap(2)  # the form cannot leave the phone: the browser shows its own error page
    expect(phone.page.locator("p.progress")).to_have_count(0)
    assert set(respondents.respondent_answers(store, only_respondent(store, assessment))) == {questions[0].id}

    phone.context.set_offline(False)
    phone.page.reload()  # sends the same form again, as « Réessayer » on the phone does
    expect(phone.page.locator("p.progress")).to_have_text(f"Question 3 sur {len(questions)}")
    answers = respondents.respondent_answers(store, only_respondent(store, assessment))
    assert {q: a["value"] for q, a in answers.items()} == {
        questions[0].id: questions[0].options[1].value,
        questions[1].id: questions[1].options[2].value,
    }
    # Going back to the form of question 2 and sending it again is a stale form: nothing is written twice.
    phone.page.go_back()
    phone.page.go_back()
    phone.page.reload()
    assert phone.progress() == f"3/{len(questions)}"
    assert len(respondents.respondent_answers(store, only_respondent(store, assessment))) == 2


def only_respondent(store, assessment):
    [(respondent, _)] = respondents.answered_by_respondent(store, assessment.id)
    return respondent.id


def test_closing_the_collection_on_the_laptop_ends_the_phones_answers(store, folder, served, phones, expect):
    assessment = open_assessment(store, short=True)
    questions = team_questions(store, assessment)
    collection = served(assessment)
    first, second = phones(collection.url, 2)
    for phone in (first, second):
        phone.begin()
        phone.tap(0)
        expect(phone.page.locator("p.progress")).to_have_text(f"Question 2 sur {len(questions)}")

    with Store.open(folder, automatic_backup=False) as laptop:  # the app (or `peerready close`) elsewhere
        collecting.close(laptop, assessment.id)
    # At once: the server may still answer, with the closed page; or it has stopped already.
    assert tap_and_see(first, 1) in ("closed", "cannot connect")
    assert collection.wait(5), "the server did not stop after the collection was closed"
    assert collection.closed_by_collection
    assert tap_and_see(second, 1) == "cannot connect"  # nothing listens any more
    phone_comes_back = tap_and_see(first, None)  # the person types the address again, or scans the code
    assert phone_comes_back == "cannot connect"
    stored = stored_by_respondent(store, assessment.id)
    assert [len(answers) for answers in stored] == [1, 1]  # only what was sent before the closing


def tap_and_see(phone, index) -> str:
    """Tap answer ``index`` (None: open the collection's address again); "closed" for the closed page,
    "cannot connect" for none.

    Not ``page.reload()``: after a refused connection the tab shows Chromium's own error page, and
    reloading that page sometimes detaches it (« Not attached to an active page ») instead of
    trying the server again; going to the address is what the person does, and is steady.
    """
    from playwright.sync_api import Error

    try:
        if index is None:
            response = phone.page.goto(phone.url, timeout=10_000)
        else:
            with phone.page.expect_navigation(timeout=10_000) as navigation:
                phone.tap(index)
            response = navigation.value
    except Error as error:
        assert "ERR_CONNECTION_REFUSED" in str(error), error
        return "cannot connect"
    assert response.status == 410 and phone.heading() == "La collecte est close", phone.page.content()[:500]
    return "closed"


# -- what a person sees, hears and touches --------------------------------------------------------


def test_a_question_page_has_a_heading_named_buttons_a_labelled_comment_and_big_targets(store, served, phones):
    assessment = open_assessment(store, short=True)
    question = team_questions(store, assessment)[0]
    collection = served(assessment)
    log = browser.RequestLog()
    [phone] = phones(collection.url, 1, log)
    phone.begin()
    page = phone.page
    page.wait_for_load_state()
    page.screenshot(path=str(SCREENSHOTS / "peerready-phone-question.png"))
    page.get_by_text("Pourquoi cette question ?", exact=True).tap()
    page.get_by_text("Ajouter un commentaire", exact=True).tap()
    snapshot = page.locator("body").aria_snapshot()

    assert f'- heading "{question_text(question)}" [level=1]' in snapshot, snapshot
    for option in question.options:
        assert f'- button "{option.label}"' in snapshot, (option.label, snapshot)
        assert page.get_by_role("button", name=option.label, exact=True).count() == 1
    assert "Je ne sais pas" in [option.label for option in question.options]
    comment = page.get_by_role("textbox", name="Commentaire facultatif : n’écrivez aucun nom")
    assert comment.count() == 1 and comment.is_visible(), snapshot
    assert "- paragraph: Question 1 sur" in snapshot
    assert unnamed_controls(snapshot) == [], snapshot

    small = []
    for target in page.locator("button, summary, a, textarea, input:not([type=hidden])").all():
        if target.is_visible():
            box = target.bounding_box()
            if box["height"] < browser.TOUCH_TARGET or box["width"] < browser.TOUCH_TARGET:
                small.append((target.inner_text()[:40], box))
    assert small == []
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= browser.PHONE["viewport"]["width"], "the page scrolls sideways on a phone"

    page.screenshot(path=str(SCREENSHOTS / "peerready-phone-question-open.png"), full_page=True)
    assert log.foreign(browser.origin_of(collection.url)) == []


def test_one_phone_answers_the_full_version_passing_a_question_then_coming_back_to_it(store, served, phones, expect):
    assessment = open_assessment(store, short=False)
    questions = team_questions(store, assessment)
    assert len(questions) > 30
    collection = served(assessment)
    [phone] = phones(collection.url, 1)
    phone.begin()
    dont_know = {q.id: [o.kind for o in q.options].index("dont_know") for q in questions if q.options}
    for k, question in enumerate(questions):
        expect(phone.page.locator("p.progress")).to_have_text(f"Question {k + 1} sur {len(questions)}")
        if k == 3:
            phone.page.get_by_role("button", name="Passer cette question").tap()
        elif k == 7:
            phone.tap(dont_know[question.id])
        else:
            phone.tap(k % (len(question.options) - 1))
    expect(phone.page.get_by_role("heading", level=1)).to_contain_text("Avant de terminer")
    phone.page.get_by_role("button", name=re.compile(r"^Question 4 ")).tap()
    expect(phone.page.locator("p.progress")).to_have_text(f"Question 4 sur {len(questions)}")
    phone.tap(0)
    expect(phone.page.get_by_role("heading", level=1)).to_have_text("Merci, vos réponses sont enregistrées")
    phone.page.wait_for_load_state()
    phone.page.screenshot(path=str(SCREENSHOTS / "peerready-phone-thanks.png"))

    expected = {
        q.id: q.options[0 if k == 3 else dont_know[q.id] if k == 7 else k % (len(q.options) - 1)].value
        for k, q in enumerate(questions)
    }
    answers = respondents.respondent_answers(store, only_respondent(store, assessment))
    assert {q: a["value"] for q, a in answers.items()} == expected
    assert expected[questions[7].id] == "dont_know"
    assert collection.counts() == Counts(1, 1)


# -- the load benchmark stays runnable ---------------------------------------------------------------


def test_the_phones_benchmark_runs_at_a_tiny_scale():
    proc = subprocess.run(
        [sys.executable, "benchmarks/phones_benchmark.py", "--phones", "2", "--short"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    assert "lost 0, duplicated 0" in proc.stdout
    assert "round trip" in proc.stdout and "floor" in proc.stdout


def test_without_chromium_the_browser_tests_skip_except_where_ci_requires_them(monkeypatch, tmp_path):
    monkeypatch.setattr(browser, "CHROMIUM", tmp_path / "no-chromium")
    monkeypatch.setattr(browser.shutil, "which", lambda name: None)
    monkeypatch.delenv("PEERREADY_REQUIRE_BROWSER", raising=False)
    with pytest.raises(pytest.skip.Exception, match="apt-get install chromium"):
        browser.require_browser()
    monkeypatch.setenv("PEERREADY_REQUIRE_BROWSER", "1")
    with pytest.raises(pytest.fail.Exception, match="PEERREADY_REQUIRE_BROWSER=1 but no Chromium"):
        browser.require_browser()
