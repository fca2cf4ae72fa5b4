"""A phone's way through the questionnaire, the WSGI app called directly: what each page shows and stores."""

import re

from peerready.engine import vocabulary
from peerready.store import respondents
from peerready.workshop import collecting
from tests.web.phone_client import WsgiPhone


def stored(store, assessment_id, group="team"):
    """Each respondent's answers of the group, as {question: (value, comment)}."""
    found = []
    for person in collecting.collection(store, assessment_id).group(group).people:
        answers = respondents.respondent_answers(store, person.respondent.id)
        found.append({q: (a["value"], a["comment"]) for q, a in answers.items()})
    return found


def test_a_phone_answers_every_question_and_each_answer_is_stored_at_once(store, small, make_app):
    counts = []
    app = make_app(small, on_change=counts.append)
    phone = WsgiPhone(app)
    start = phone.open()
    assert start.status == 200 and "4 questions" in start.text and "Commencer" in start.text
    assert app.counts().phones == 0  # reading the welcome page takes no place
    page = phone.post("start")
    assert page.progress == "1/4" and page.h1 == "L’équipe a-t-elle été consultée avant la décision\u202f?"
    assert page.choices == ["fully", "rather_yes", "rather_no", "not_at_all", "dont_know"]
    assert [c.phones for c in counts] == [1]

    page = phone.choose("rather_no", comment="Pas assez tôt")
    assert stored(store, small.id) == [{"team_consulted": ("rather_no", "Pas assez tôt")}]
    assert page.progress == "2/4"
    page = phone.choose("dont_know")
    assert page.progress == "3/4"
    page = phone.previous()
    assert page.progress == "2/4" and 'value="dont_know" class="secondary chosen" aria-pressed="true"' in page.text
    phone.choose("fully")
    phone.choose("rather_yes")
    page = phone.choose("not_at_all")
    assert page.h1 == "Merci, vos réponses sont enregistrées"
    assert stored(store, small.id) == [
        {
            "team_consulted": ("rather_no", "Pas assez tôt"),
            "team_agrees": ("fully", None),
            "dirty_work_risk": ("rather_yes", None),
            "pay_level": ("not_at_all", None),
        }
    ]
    assert [(c.phones, c.finished) for c in counts] == [(1, 0), (1, 1)]
    team = collecting.collection(store, small.id).group("team")
    assert [p.respondent.finished for p in team.people] == [True]
    assert "Aucun résultat" in page.text and "/100" not in page.text


def test_a_phone_that_reloads_or_comes_back_later_is_on_the_same_question(store, small, make_app):
    app = make_app(small)
    phone = WsgiPhone(app)
    phone.begin()
    phone.choose("fully")
    phone.choose("rather_yes")
    again = phone.get()  # a reload, a phone waking up: the cookie says who it is
    assert again.progress == "3/4"
    other = WsgiPhone(app)
    other.cookie = phone.cookie  # the same browser, a second tab
    assert other.get().progress == "3/4"
    assert len(collecting.collection(store, small.id).group("team").people) == 1


def test_a_comment_before_an_answer_waits_for_it_and_a_comment_can_be_changed(store, small, make_app):
    phone = WsgiPhone(make_app(small))
    phone.begin()
    page = phone.post("answer", action="comment", comment="On en a parlé")
    assert "dès qu’une réponse sera choisie" in page.text and ">On en a parlé</textarea>" in page.text
    assert stored(store, small.id) == [{}]
    page = phone.choose("fully", comment="On en a parlé")
    assert stored(store, small.id) == [{"team_consulted": ("fully", "On en a parlé")}]
    phone.previous()
    page = phone.post("answer", action="comment", comment="On en a parlé en réunion")
    assert "Commentaire enregistré" in page.text
    assert stored(store, small.id) == [{"team_consulted": ("fully", "On en a parlé en réunion")}]


def test_a_question_passed_is_said_and_listed_before_the_end(store, small, make_app):
    phone = WsgiPhone(make_app(small))
    phone.begin()
    page = phone.next()
    assert page.progress == "2/4" and "Question 1 passée sans réponse" in page.text
    phone.choose("fully")
    phone.choose("fully")
    page = phone.choose("fully")
    assert page.h1.startswith("Avant de terminer\u00a0: 1 question sans réponse sur 4")
    page = phone.post("passed", goto="0")
    assert page.progress == "1/4"
    page = phone.choose("rather_yes")
    assert page.h1 == "Merci, vos réponses sont enregistrées"
    assert len(stored(store, small.id)[0]) == 4


def test_the_end_may_leave_questions_without_an_answer(store, small, make_app):
    phone = WsgiPhone(make_app(small))
    phone.begin()
    phone.choose("fully")
    for _ in range(3):
        page = phone.next()
    assert "Terminer sans y répondre" in page.text
    page = phone.post("passed", action="finish")
    assert page.h1 == "Merci, vos réponses sont enregistrées"
    assert stored(store, small.id) == [{"team_consulted": ("fully", None)}]


def test_a_peer_on_a_phone_sees_their_own_sheet_and_chooses_what_is_shared(store, small, make_app):
    phone = WsgiPhone(make_app(small, "peer"))
    page = phone.begin()
    assert page.h1 == "Avez-vous le sentiment que l’équipe a été consultée\u202f?"  # the peer's own wording
    phone.choose("not_at_all")
    page = phone.choose("fully")
    assert page.h1 == "Avant de finir\u00a0: ce que vous partagez"
    assert all(f'value="{consent}"' in page.text for consent in vocabulary.CONSENTS)
    assert 'value="weight" checked' in page.text
    assert "La supervision ou l’analyse de la pratique" in page.text  # where to find support, as on the sheet
    page = phone.post("sharing", consent="risks")
    assert page.h1 == "Merci, vos réponses sont enregistrées"
    [peer] = collecting.collection(store, small.id).group("peer").people
    assert peer.respondent.consent == "risks"


def test_accompanied_people_read_the_easy_to_read_wording(store, assessment, make_app, bundled):
    phone = WsgiPhone(make_app(assessment, "people"))
    start = phone.open()
    assert "On ne vous demande pas votre nom" in start.text
    page = phone.post("start")
    first = bundled.questions_for("people", "preparing")[0]
    assert page.h1 == first.text_for("people", "preparing")
    assert "Je ne sais pas" in page.text and "Oui" in page.text


def test_another_person_may_answer_on_the_same_phone_after_the_first(store, small, make_app):
    app = make_app(small)
    phone = WsgiPhone(app)
    phone.begin()
    for _ in range(4):
        page = phone.choose("fully")
    first_cookie = phone.cookie
    page = phone.post("another")
    assert "Commencer" in page.text and phone.cookie != first_cookie
    page = phone.post("start")
    assert page.progress == "1/4"
    assert (app.counts().phones, app.counts().finished) == (2, 1)


def test_every_page_is_accessible_french_html(store, assessment, make_app):
    phone = WsgiPhone(make_app(assessment))
    pages = [phone.open(), phone.post("start"), phone.choose("fully"), phone.next()]
    for page in pages:
        text = page.text
        assert text.startswith("<!DOCTYPE html>") and '<html lang="fr">' in text
        assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in text
        assert text.count("<h1") == 1 and "<script" not in text and "http://" not in text and "https://" not in text
        assert re.search(r'<link rel="stylesheet" href="/t+/style.css">', text)
        for textarea in re.findall(r'<textarea id="(\w+)"', text):
            assert f'<label for="{textarea}">' in text
        assert "'" not in re.sub(r"<[^>]*>", "", text)  # typographic apostrophes only, in what is read
        assert " ?" not in text and " :" not in text.replace("Sources :", "")  # narrow no-break spaces
    css = phone.get("style.css")
    assert css.status == 200 and css.headers["Content-Type"] == "text/css; charset=utf-8"
    assert "min-height: 3rem" in css.text and "url(" not in css.text and "@import" not in css.text
