"""Every rule of the issue's security section, tried by a stranger on the same Wi-Fi: refused, nothing written.

Most requests go to the WSGI app directly; what waitress itself enforces (sizes, slow clients)
goes over loopback. Nothing here binds or connects to anything but 127.0.0.1.
"""

import re
import socket
import time

import pytest

from peerready.store import respondents
from peerready.web import pages
from peerready.web.app import Limits
from peerready.web.server import PhoneCollection
from peerready.workshop import collecting
from tests.web.conftest import HOST
from tests.web.phone_client import HttpPhone, WsgiPhone

TOKEN_PATH = "/" + "t" * 32 + "/"


def answers_stored(store, assessment_id, group="team"):
    return {
        p.respondent.id: respondents.respondent_answers(store, p.respondent.id)
        for p in collecting.collection(store, assessment_id).group(group).people
    }


def started(app):
    phone = WsgiPhone(app)
    phone.begin()
    return phone


# -- the token, the host, the methods, the paths ---------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/style.css",
        "/" + "t" * 31 + "/",
        "/" + "t" * 33 + "/",
        "/" + "T" * 32 + "/",
        "/" + "t" * 32,
        TOKEN_PATH + "results",
        TOKEN_PATH + "admin/",
        TOKEN_PATH + "../style.css",
        TOKEN_PATH + "static/../style.css",
        TOKEN_PATH + "style.css/",
        TOKEN_PATH + "./style.css",
        TOKEN_PATH + "/style.css",
        TOKEN_PATH + "..%2fstyle.css",
        TOKEN_PATH + "../../../etc/passwd",
        TOKEN_PATH + "\\..\\style.css",
        "/" + "t" * 32 + "é/",
        "/\u0100/",
    ],
)
def test_without_the_exact_token_and_route_there_is_only_the_same_404_page(small, make_app, path):
    phone = WsgiPhone(make_app(small))
    page = phone.request("GET", path)
    assert page.status == 404 and page.body == pages.not_found().encode("utf-8")  # one page for every such path
    assert "t" * 32 not in page.text and "style.css" not in page.text
    assert "Set-Cookie" not in page.headers


@pytest.mark.parametrize("host", ["", "evil.example:8765", "127.0.0.1", "127.0.0.1:8766", "localhost:8765"])
def test_a_host_header_other_than_the_served_address_is_refused(small, make_app, host):
    phone = WsgiPhone(make_app(small))
    phone.host = host
    page = phone.get()
    assert page.status == 421 and "Set-Cookie" not in page.headers


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "HEAD", "CONNECT", "PROPFIND"])
def test_methods_other_than_get_and_post_are_refused(small, make_app, method):
    page = WsgiPhone(make_app(small)).request(method, TOKEN_PATH)
    assert page.status == 405 and page.headers["Allow"] == "GET, POST"


def test_a_route_takes_only_its_own_method(store, small, make_app):
    phone = WsgiPhone(make_app(small))
    assert phone.request("POST", TOKEN_PATH, {}).status == 405
    assert phone.request("GET", TOKEN_PATH + "answer").status == 405
    assert answers_stored(store, small.id) == {}


def test_every_response_carries_the_security_headers(small, make_app):
    app = make_app(small)
    phone = started(app)
    responses = [phone.get(), phone.get("style.css"), phone.request("GET", "/x"), phone.request("PUT", TOKEN_PATH)]
    stranger = WsgiPhone(app)
    stranger.host = "evil.example"
    responses.append(stranger.get())
    for page in responses:
        headers = page.headers
        assert headers["Content-Security-Policy"].startswith("default-src 'self'")
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Referrer-Policy"] == "same-origin"  # nothing leaves the site; forms keep their Origin
        assert headers["X-Frame-Options"] == "DENY"
    assert responses[0].headers["Cache-Control"] == "no-store"


# -- the cookie and the forms -----------------------------------------------------------------------


def test_the_cookie_is_random_http_only_strict_and_for_this_collection_only(small, make_app):
    app = make_app(small)
    first, second = WsgiPhone(app).open(), WsgiPhone(app).open()
    cookies = [page.headers["Set-Cookie"] for page in (first, second)]
    for cookie in cookies:
        assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and f"Path={TOKEN_PATH};" in cookie
        assert "Domain" not in cookie and "Secure" not in cookie  # plain HTTP on a private network
    values = [re.match(r"peerready_phone=([^;]+)", c)[1] for c in cookies]
    assert values[0] != values[1] and len(values[0].partition(".")[0]) >= 22  # 128 bits at least


def test_a_forged_cookie_is_no_phone(store, small, make_app):
    app = make_app(small)
    phone = started(app)
    forged = WsgiPhone(app)
    phone_id = phone.cookie.split("=")[1].partition(".")[0]
    forged.cookie = f"peerready_phone={phone_id}.AAAAAAAAAAAAAAAAAAAAAAAA"
    page = forged.get()
    assert "Commencer" in page.text and "Question 1" not in page.text  # not the phone whose id it copies
    page = forged.request("POST", TOKEN_PATH + "answer", {**phone.page.hidden(), "choice": "fully"})
    assert page.status == 403
    assert answers_stored(store, small.id) == {next(iter(answers_stored(store, small.id))): {}}


def test_a_form_without_its_anti_forgery_token_or_with_another_phones_is_refused(store, small, make_app):
    app = make_app(small)
    alice, bruno = started(app), started(app)
    form = alice.page.hidden()
    for csrf in (None, "", "x" * 24, bruno.page.hidden()["csrf"]):
        fields = {**form, "choice": "fully"}
        if csrf is None:
            del fields["csrf"]
        else:
            fields["csrf"] = csrf
        assert alice.request("POST", TOKEN_PATH + "answer", fields).status == 403
    assert all(answers == {} for answers in answers_stored(store, small.id).values())
    without_cookie = WsgiPhone(app)
    page = without_cookie.request("POST", TOKEN_PATH + "answer", {**form, "choice": "fully"})
    assert page.status == 403 and "cookie" in page.text


def test_a_form_posted_from_another_origin_is_refused(store, small, make_app):
    phone = started(make_app(small))
    fields = {**phone.page.hidden(), "choice": "fully"}
    page = phone.request("POST", TOKEN_PATH + "answer", fields, headers={"Origin": "http://evil.example"})
    assert page.status == 403
    assert phone.request("POST", TOKEN_PATH + "answer", fields, headers={"Origin": f"http://{HOST}"}).status == 303


@pytest.mark.parametrize(
    "change",
    [
        {"question": "contract_type"},  # the management's question, not the team's
        {"question": "no_such_question"},
        {"choice": "very_much"},
        {"choice": ""},
        {"choice": None, "action": "delete"},
        {"choice": "fully", "comment": "x" * 2001},
    ],
)
def test_unknown_questions_options_and_buttons_are_refused(store, small, make_app, change):
    phone = started(make_app(small))
    fields = {**phone.page.hidden(), "choice": "fully", **change}
    fields = {name: value for name, value in fields.items() if value is not None}
    page = phone.request("POST", TOKEN_PATH + "answer", fields)
    assert page.status == 400 and "Ce n’est pas possible" in page.text
    assert all(answers == {} for answers in answers_stored(store, small.id).values())


def test_a_replayed_or_stale_form_writes_nothing(store, small, make_app):
    phone = started(make_app(small))
    first = dict(phone.page.hidden())
    phone.choose("rather_no")
    phone.choose("rather_no")
    before = answers_stored(store, small.id)
    for replay in ({**first, "choice": "fully"}, {**first, "question": "team_agrees", "choice": "fully"}):
        page = phone.request("POST", TOKEN_PATH + "answer", replay)
        assert page.status == 303  # back to where the phone is, as after a double tap
    assert answers_stored(store, small.id) == before
    assert phone.get().progress == "3/4"


def test_a_peer_consent_must_be_one_of_the_choices(store, small, make_app):
    phone = WsgiPhone(make_app(small, "peer"))
    phone.begin()
    phone.choose("fully")
    phone.choose("fully")
    page = phone.post("sharing", consent="everything_and_more")
    assert page.status == 400
    [peer] = collecting.collection(store, small.id).group("peer").people
    assert peer.respondent.consent is None


@pytest.mark.parametrize(
    "body, content_type, status",
    [
        (b"csrf=a&csrf=b", "application/x-www-form-urlencoded", 400),
        (b"\xff\xfe=\xff", "application/x-www-form-urlencoded", 400),
        (b'{"choice": "fully"}', "application/json", 415),
        (b"choice=fully", "multipart/form-data; boundary=x", 415),
        (b"&".join(b"f%d=1" % n for n in range(50)), "application/x-www-form-urlencoded", 400),
    ],
)
def test_bodies_that_are_not_one_small_form_are_refused(store, small, make_app, body, content_type, status):
    phone = started(make_app(small))
    page = phone.send(
        "POST",
        TOKEN_PATH + "answer",
        body,
        {"Host": HOST, "Cookie": phone.cookie, "Content-Type": content_type, "Content-Length": str(len(body))},
    )
    assert page.status == status
    assert all(answers == {} for answers in answers_stored(store, small.id).values())


def test_an_oversized_body_is_refused_before_it_is_read(store, small, make_app):
    phone = started(make_app(small))
    headers = {
        "Host": HOST,
        "Cookie": phone.cookie,
        "Content-Type": "application/x-www-form-urlencoded",
        "Content-Length": str(16 * 1024 + 1),
    }
    assert phone.send("POST", TOKEN_PATH + "answer", b"", headers).status == 413
    assert all(answers == {} for answers in answers_stored(store, small.id).values())


# -- rates and caps ------------------------------------------------------------------------------------


def test_a_phone_that_sends_too_many_requests_is_slowed_down(small, make_app):
    app = make_app(small, limits=Limits(burst=5, per_second=0.01))
    phone = WsgiPhone(app)
    statuses = [phone.get().status for _ in range(8)]
    assert statuses[:5] == [200] * 5 and statuses[5:] == [429] * 3
    page = phone.page
    assert page.headers["Retry-After"] == "5" and "Un instant, s’il vous plaît" in page.text
    other = WsgiPhone(app, address="192.168.1.21")  # another phone is not slowed by it
    assert other.get().status == 200


def test_beyond_the_cap_on_phones_the_next_one_gets_a_polite_page_and_no_place(store, small, make_app):
    app = make_app(small, limits=Limits(max_phones=2))
    started(app), started(app)
    third = WsgiPhone(app)
    page = third.open()
    assert page.status == 503 and "Plus de place pour un nouveau téléphone" in page.text
    assert "l’équipe" in page.text
    assert len(collecting.collection(store, small.id).group("team").people) == 2
    assert app.counts().phones == 2


# -- only the open collection's questions ------------------------------------------------------------


def test_answers_after_the_collection_is_closed_are_refused(store, small, make_app):
    closings = []
    app = make_app(small, on_closed=lambda: closings.append(True))
    phone = started(app)
    collecting.close(store, small.id)
    page = phone.choose("fully")
    assert page.status == 410 and page.h1 == "La collecte est close"
    assert all(answers == {} for answers in answers_stored(store, small.id).values())
    assert closings and phone.get().status == 410


def test_a_phone_is_served_its_group_questions_and_never_a_result(store, assessment, make_app, bundled):
    phone = WsgiPhone(make_app(assessment, limits=Limits(burst=1000)))  # faster than a person reads
    page = phone.begin()
    seen = []
    while page.progress:
        seen.append(page.hidden()["question"])
        assert "/100" not in page.text and "score" not in page.text.lower()
        page = phone.next()
    assert seen == [q.id for q in bundled.questions_for("team", "preparing")]
    assert page.h1.startswith("Avant de terminer")


# -- what waitress holds: sizes and slow clients, over loopback ------------------------------------------


@pytest.fixture
def served(folder, small):
    collection = PhoneCollection(folder, small.id, "team", host="127.0.0.1", limits=Limits(idle_seconds=1))
    collection.start()
    yield collection
    collection.stop()


def test_over_the_wire_big_headers_and_bodies_are_refused(served):
    phone = HttpPhone(served.url)
    phone.begin()
    page = phone.request("GET", phone.prefix, headers={"X-Filler": "a" * 10_000})
    assert page.status in (400, 431)
    phone.close()
    phone = HttpPhone(served.url)
    phone.begin()
    page = phone.request("POST", phone.prefix + "answer", {**phone.page.hidden(), "comment": "a" * 20_000})
    assert page.status == 413
    phone.close()


def test_a_client_that_stalls_in_the_middle_of_a_request_is_let_go(served):
    port = int(served.url.split(":")[2].split("/")[0])
    with socket.create_connection(("127.0.0.1", port), timeout=10) as slow:
        slow.sendall(b"GET " + served.url.split(str(port))[1].encode() + b" HTTP/1.1\r\nHost: 127")
        began = time.monotonic()
        assert slow.recv(100) == b""  # closed by the server, not answered
        assert time.monotonic() - began < 8
    other = HttpPhone(served.url)
    assert other.get().status == 200  # and the others are served meanwhile
    other.close()
