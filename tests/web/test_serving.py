"""The phone collection over a real socket, on loopback only: phones at once, reloads, closing, two groups."""

import random
import socket
import statistics
import threading

import pytest

from peerready.store import respondents
from peerready.store.database import Store
from peerready.web.server import Counts, Limits, PhoneCollection, ServeError, local_addresses
from peerready.workshop import collecting
from tests.web.phone_client import HttpPhone

#: Phones driven by a test answer faster than any person; the real limits are tested in test_hostile_requests.
FAST = Limits(burst=100_000, per_second=100_000)
LOOPBACK = "127.0.0.1"


@pytest.fixture
def serve(folder):
    """``serve(assessment, group, **options)``: a started phone collection on loopback, stopped at the end."""
    started = []

    def make(assessment, group="team", **options):
        collection = PhoneCollection(folder, assessment.id, group, host=LOOPBACK, limits=FAST, **options)
        collection.start()
        started.append(collection)
        return collection

    yield make
    for collection in started:
        collection.stop()
        assert collection.stopped


def answer_everything(url, seed, report):
    """One person on their phone: the whole questionnaire, a random answer each time, a comment now and then."""
    rng = random.Random(seed)
    phone = HttpPhone(url)
    sent = {}
    try:
        page = phone.begin()
        while page.progress:
            question = page.hidden()["question"]
            value = rng.choice(page.choices)
            comment = f"Remarque {seed}-{question}" if rng.random() < 0.2 else None
            began = len(phone.timings)
            page = phone.timed_choice(value) if comment is None else phone.choose(value, comment=comment)
            assert len(phone.timings) >= began
            sent[question] = (value, comment)
        assert page.h1 == "Merci, vos réponses sont enregistrées", page.text
        report.append((sent, phone.timings))
    finally:
        phone.close()


def test_ten_phones_answer_the_whole_questionnaire_at_once_and_nothing_is_lost_or_doubled(
    store, folder, assessment, serve, bundled
):
    changes = []
    collection = serve(assessment, on_change=changes.append)
    assert collection.url.startswith(f"http://{LOOPBACK}:") and collection.token in collection.url
    report, failures = [], []

    def phone(seed):
        try:
            answer_everything(collection.url, seed, report)
        except Exception as error:  # pragma: no cover - reported below
            failures.append(error)

    threads = [threading.Thread(target=phone, args=(seed,)) for seed in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert failures == []
    assert len(report) == 10
    assert collection.counts() == Counts(phones=10, finished=10)
    assert changes[-1] == Counts(phones=10, finished=10)

    asked = [q.id for q in bundled.questions_for("team", assessment.stage, assessment.short)]
    team = collecting.collection(store, assessment.id).group("team")
    assert len(team.people) == 10 and all(p.respondent.finished for p in team.people)
    kept = sorted(
        repr(
            sorted(
                (q, (a["value"], a["comment"]))
                for q, a in respondents.respondent_answers(store, p.respondent.id).items()
            )
        )
        for p in team.people
    )
    sent = sorted(repr(sorted(answers.items())) for answers, _ in report)
    assert kept == sent
    assert all(list(answers) == asked for answers, _ in report)
    rows = store.db.execute("SELECT COUNT(*) FROM answers").fetchone()[0]
    assert rows == 10 * len(asked)

    timings = [t for _, phone_timings in report for t in phone_timings]
    print(f"\nanswer round trip (POST, 303, GET), 10 phones: median {statistics.median(timings) * 1000:.1f} ms")


def test_a_phone_that_loses_its_connection_comes_back_to_the_same_question(store, small, serve):
    collection = serve(small)
    phone = HttpPhone(collection.url)
    phone.begin()
    phone.choose("fully")
    phone.choose("rather_no")
    phone.close()  # the Wi-Fi drops; the browser keeps its cookie
    again = HttpPhone(collection.url)
    again.cookie = phone.cookie
    page = again.get()
    assert page.progress == "3/4"
    assert 'aria-pressed="true"' not in page.text
    page = again.previous()
    assert page.progress == "2/4" and 'value="rather_no" class="chosen" aria-pressed="true"' in page.text
    again.close()
    assert collection.counts() == Counts(1, 0)


def test_closing_the_collection_elsewhere_stops_the_server(folder, small, serve):
    changes = []
    collection = serve(small, on_change=changes.append)
    phone = HttpPhone(collection.url)
    phone.begin()
    phone.choose("fully")
    with Store.open(folder, automatic_backup=False) as other:  # the desktop, or `peerready close`
        collecting.close(other, small.id)
    assert collection.wait(5)
    assert collection.stopped and collection.closed_by_collection
    assert changes[-1] == Counts(1, 0)
    phone.close()
    port = int(collection.url.split(":")[2].split("/")[0])
    with pytest.raises(ConnectionRefusedError), socket.create_connection((LOOPBACK, port), timeout=2):
        pass
    with Store.open(folder, automatic_backup=False) as other:
        [person] = collecting.collection(other, small.id).group("team").people
        assert respondents.respondent_answers(other, person.respondent.id)["team_consulted"]["value"] == "fully"


def test_an_answer_after_closing_is_refused_and_writes_nothing(folder, small, serve):
    collection = serve(small)
    phone = HttpPhone(collection.url)
    phone.begin()
    with Store.open(folder, automatic_backup=False) as other:
        collecting.close(other, small.id)
        try:
            page = phone.choose("fully")  # before the server's own look, the request sees it; after, none gets in
        except ConnectionError:
            pass
        else:
            assert page.status == 410 and page.h1 == "La collecte est close"
        [person] = collecting.collection(other, small.id).group("team").people
        assert respondents.respondent_answers(other, person.respondent.id) == {}
    assert collection.wait(5) and collection.closed_by_collection
    phone.close()


def test_two_groups_on_phones_at_once_each_with_its_own_token_and_port(store, small, serve):
    team, peer = serve(small, "team"), serve(small, "peer")
    assert team.token != peer.token and team.url.split("/")[2] != peer.url.split("/")[2]
    assert len(team.token) >= 22  # at least 128 bits
    team_phone, peer_phone = HttpPhone(team.url), HttpPhone(peer.url)
    assert team_phone.begin().progress == "1/4"
    assert peer_phone.begin().progress == "1/2"
    intruder = HttpPhone(peer.url)
    intruder.prefix = team.url.split(team.url.split("/")[2])[1]  # the team's token on the peer's server
    assert intruder.get().status == 404
    team.stop()
    assert team.stopped and not team.closed_by_collection and not peer.stopped
    assert peer_phone.choose("fully").progress == "2/2"
    for phone in (team_phone, peer_phone, intruder):
        phone.close()
    team.stop()  # idempotent


def test_stopping_frees_the_places_of_phones_that_gave_no_answer(store, small, serve):
    collection = serve(small)
    phone = HttpPhone(collection.url)
    phone.begin()
    phone.close()
    [person] = collecting.collection(store, small.id).group("team").people
    assert respondents.get_respondent(store, person.respondent.id).position == "team_consulted"
    collection.stop()
    assert respondents.get_respondent(store, person.respondent.id).position is None


def test_what_cannot_be_served_is_said_in_french(folder, store, small, mini, serve):
    def refused(assessment_id, group, **options):
        collection = PhoneCollection(folder, assessment_id, group, **options)
        with pytest.raises(ServeError) as raised:
            collection.start()
        return str(raised.value)

    assert "ne participe pas" in refused(small.id, "people", host=LOOPBACK)
    consensus = refused(small.id, "management", host=LOOPBACK)
    assert "personne par personne" in consensus and "\u00a0:" in consensus
    assert "Aucune évaluation" in refused("inconnue", "team", host=LOOPBACK)
    assert "IPv4" in refused(small.id, "team", host="localhost")
    assert "joindre" in refused(small.id, "team", host="0.0.0.0")
    busy = serve(small)
    port = int(busy.url.split(":")[2].split("/")[0])
    assert "déjà pris" in refused(small.id, "team", host=LOOPBACK, port=port)
    with Store.open(folder, automatic_backup=False) as other:
        collecting.close(other, small.id)
    assert busy.wait(5)
    assert "close" in refused(small.id, "team", host=LOOPBACK)


def test_a_collection_never_started_is_stopped_at_once(folder, small):
    collection = PhoneCollection(folder, small.id, "team", host=LOOPBACK)
    assert collection.counts() == Counts(0, 0)
    collection.stop()
    assert collection.stopped and collection.wait(0)


def test_local_addresses_are_ipv4_and_never_loopback():
    addresses = local_addresses()
    assert isinstance(addresses, list)
    for address in addresses:
        assert socket.inet_aton(address) and not address.startswith("127.")
