"""Forty phones answering the team's questionnaire at once, over loopback, against one phone collection.

The server runs in a process of its own, as on the facilitator's laptop (the phones are other
devices: here, threads of this process with ``http.client``, each keeping its cookie and one
kept-alive connection, as a phone's browser does). Each phone starts, then answers every
question of the full version (or the short one) as fast as it can: an answer's round trip is
its form's POST, the 303 and the GET of the next question. Before each answer the same phone
asks the server twice for its style sheet (a string in memory, no database): the floor, the
same two requests on the same connection under the same load, interleaved so that the
machine's load falls on both alike. Then the laptop's database is read: every answer sent must
be there once, under the phone's own respondent; none lost, none duplicated.

The rate limits a phone collection applies to each phone (far above a person's pace) are
lifted here: a script answering back to back is what they are made to slow down. The address
is 127.0.0.1; nothing else is ever asked.

    python benchmarks/phones_benchmark.py [--phones 40] [--short] [--keep DIR]

Then the time a team of ten needs on phones, next to person by person on one laptop: each
person reads and answers a question in ``MINUTES_PER_QUESTION`` (what the app announces), to
which the phones add the measured round trip; on phones the ten read at the same time.
"""

from __future__ import annotations

import argparse
import html
import http.client
import random
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from peerready.engine import instrument
from peerready.store import respondents, structures
from peerready.store.database import Store
from peerready.web.server import Limits, PhoneCollection
from peerready.workshop import preparing
from peerready.workshop.session_state import MINUTES_PER_QUESTION

STAGE = "integrating"
GROUPS = {"management": "consensus", "team": "individual"}
HIDDEN = re.compile(r'<input type="hidden" name="(\w+)" value="([^"]*)">')
CHOICE = re.compile(r'<button type="submit" name="choice" value="([^"]*)"')
COOKIE = re.compile(r"^(peerready_phone=[^;]*)")


# -- the server, in a process of its own ---------------------------------------------------------


def serve(folder: Path, assessment_id: str, phones: int) -> int:
    """The child process: a phone collection on 127.0.0.1, its address on stdout, until stdin closes."""
    unlimited = Limits(burst=1_000_000, per_second=1_000_000)
    collection = PhoneCollection(
        folder, assessment_id, "team", host="127.0.0.1", port=0, max_phones=max(60, phones), limits=unlimited
    )
    collection.start()
    print(collection.url, flush=True)
    sys.stdin.read()
    counts = collection.counts()
    collection.stop()
    collection.wait(10)
    print(f"{counts.phones} {counts.finished}", flush=True)
    return 0


# -- a phone ------------------------------------------------------------------------------------


class Phone:
    """A phone's browser: one connection, its cookie, the hidden fields of the last page."""

    def __init__(self, url: str, number: int, rng: random.Random):
        parts = urlsplit(url)
        self.host, self.prefix = parts.netloc, parts.path
        self.address, self.port = parts.hostname, parts.port
        assert self.address == "127.0.0.1", self.address
        self.connection = http.client.HTTPConnection(self.address, self.port, timeout=30)
        self.number, self.rng = number, rng
        self.cookie = ""
        self.page = ""
        self.sent: dict[str, str] = {}
        self.round_trips: list[float] = []
        self.floor: list[float] = []
        self.errors: list[str] = []

    def request(self, method: str, path: str, fields: dict | None = None) -> tuple[int, str]:
        headers = {"Host": self.host}
        body = None
        if fields is not None:
            body = urlencode(fields).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        if self.cookie:
            headers["Cookie"] = self.cookie
        self.connection.request(method, path, body=body, headers=headers)
        response = self.connection.getresponse()
        data = response.read()
        for name, value in response.getheaders():
            if name.lower() == "set-cookie" and COOKIE.match(value):
                self.cookie = COOKIE.match(value)[1]
        return response.status, data.decode("utf-8", "replace")

    def get(self) -> None:
        status, self.page = self.request("GET", self.prefix)
        if status != 200:
            raise RuntimeError(f"GET {status}: {self.page[:200]}")

    def post(self, action: str, **fields) -> None:
        """Post the last page's form with ``fields``, then follow the 303 as a browser does."""
        hidden = {name: html.unescape(value) for name, value in HIDDEN.findall(self.page)}
        status, text = self.request("POST", self.prefix + action, {**hidden, **fields})
        if status != 303:
            raise RuntimeError(f"POST {action} {status}: {text[:200]}")
        self.get()

    def style_sheet_twice(self) -> None:
        began = time.perf_counter()
        for _ in range(2):
            status, _ = self.request("GET", self.prefix + "style.css")
            if status != 200:
                raise RuntimeError(f"style.css {status}")
        self.floor.append(time.perf_counter() - began)

    def begin(self) -> None:
        self.get()
        self.post("start")

    def answer_all(self, limit: int) -> None:
        for _ in range(limit):
            question = dict(HIDDEN.findall(self.page)).get("question")
            if question is None:
                break
            self.style_sheet_twice()
            value = self.rng.choice(CHOICE.findall(self.page))
            fields = {"choice": value}
            if not self.sent:  # the first answer carries the phone's number, to find its respondent
                fields["comment"] = f"téléphone {self.number}"
            began = time.perf_counter()
            self.post("answer", **fields)
            self.round_trips.append(time.perf_counter() - began)
            self.sent[html.unescape(question)] = value
        if "<h1>Merci, vos réponses" not in self.page:
            raise RuntimeError(f"phone {self.number} did not reach the thank-you page: {self.page[:300]}")

    def close(self) -> None:
        self.connection.close()


def run_phones(url: str, count: int, questions: int, seed: int) -> list[Phone]:
    phones = [Phone(url, number, random.Random(seed + number)) for number in range(count)]
    started = threading.Barrier(count)

    def walk(phone: Phone) -> None:
        try:
            phone.begin()
            started.wait(60)  # every phone connected: then they all answer at once
            phone.answer_all(questions + 5)
        except Exception as error:
            phone.errors.append(repr(error))
            started.abort()
        finally:
            phone.close()

    threads = [threading.Thread(target=walk, args=(phone,), daemon=True) for phone in phones]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(600)
    return phones


# -- what the laptop kept -------------------------------------------------------------------------


def check(folder: Path, assessment_id: str, phones: list[Phone]) -> tuple[int, int, int]:
    """(lost, duplicated, respondents of the team) from the database, against what each phone sent."""
    by_phone = {f"téléphone {phone.number}": phone for phone in phones}
    lost = duplicated = team = 0
    matched = set()
    with Store.open(folder, automatic_backup=False) as store:
        for respondent, _ in respondents.answered_by_respondent(store, assessment_id):
            if respondent.group != "team":
                continue
            team += 1
            stored = respondents.respondent_answers(store, respondent.id)
            marks = {a["comment"] for a in stored.values() if a["comment"]}
            phone = next((by_phone[m] for m in marks if m in by_phone), None)
            if phone is None or phone.number in matched:  # a respondent no phone made, or made twice
                duplicated += len(stored)
                continue
            matched.add(phone.number)
            values = {q: a["value"] for q, a in stored.items()}
            lost += sum(1 for q, v in phone.sent.items() if values.get(q) != v)
            duplicated += sum(1 for q in values if q not in phone.sent)
    lost += sum(len(phone.sent) for phone in phones if phone.number not in matched)
    return lost, duplicated, team


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phones", type=int, default=40)
    parser.add_argument("--short", action="store_true", help="the short version (quicker)")
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--keep", type=Path, help="keep the data folder here")
    parser.add_argument("--serve", nargs=3, metavar=("FOLDER", "ASSESSMENT", "PHONES"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        return serve(Path(args.serve[0]), args.serve[1], int(args.serve[2]))

    folder = args.keep or Path(tempfile.mkdtemp(prefix="peerready-phones-")) / "data"
    questionnaire = instrument.find(None)
    with Store.open(folder, automatic_backup=False) as store:
        structure = structures.create_structure(store, "CHRS Quarante Téléphones")
        assessment = preparing.start_assessment(store, structure.id, questionnaire, STAGE, GROUPS, short=args.short)
    questions = len(questionnaire.questions_for("team", STAGE, args.short))

    server = subprocess.Popen(
        [sys.executable, __file__, "--serve", str(folder), assessment.id, str(args.phones)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        url = server.stdout.readline().strip()
        if not url.startswith("http://127.0.0.1:"):
            print(f"the server did not start: {url!r}", file=sys.stderr)
            return 1
        began = time.perf_counter()
        phones = run_phones(url, args.phones, questions, args.seed)
        took = time.perf_counter() - began
    finally:
        out, _ = server.communicate("", timeout=60)
    counted = out.split()

    errors = [error for phone in phones for error in phone.errors]
    lost, duplicated, team = check(folder, assessment.id, phones)
    trips = [t for phone in phones for t in phone.round_trips]
    floor = [t for phone in phones for t in phone.floor]
    version = "short" if args.short else "full"
    print(f"{args.phones} phones, {version} version ({questions} questions each), at once over 127.0.0.1: {took:.1f} s")
    print(f"answers sent {sum(len(p.sent) for p in phones)}, lost {lost}, duplicated {duplicated}")
    print(f"team respondents in the database {team}; the server counted phones, finished: {' '.join(counted)}")
    if errors:
        print(f"{len(errors)} phones failed, the first: {errors[0]}")
    if not trips or not floor:
        return 1
    median, p95 = statistics.median(trips) * 1000, percentile(trips, 0.95) * 1000
    floor_median, floor_p95 = statistics.median(floor) * 1000, percentile(floor, 0.95) * 1000
    print(f"\n{'two requests, ' + str(len(trips)) + ' of each':44} {'median':>9} {'p95':>9}")
    print(f"{'an answer round trip (POST, 303, GET next)':44} {median:6.1f} ms {p95:6.1f} ms")
    print(f"{'floor: the style sheet twice (same server)':44} {floor_median:6.1f} ms {floor_p95:6.1f} ms")
    print(f"{'ratio':44} {median / floor_median:7.1f}×  {p95 / floor_p95:7.1f}×")

    full = len(questionnaire.questions_for("team", STAGE, False))
    read = MINUTES_PER_QUESTION * 60
    on_phones = full * (read + p95 / 1000) / 60
    on_laptop = 10 * full * read / 60
    print(
        f"\nA team of ten, full version ({full} questions), at {read:.0f} s a question "
        f"(MINUTES_PER_QUESTION = {MINUTES_PER_QUESTION}):"
    )
    print(
        f"  on phones, all at once: {full} × ({read:.0f} s + {p95:.0f} ms p95) = {on_phones:.0f} min "
        f"(a slow reader at 1.5× that pace: {on_phones * 1.5:.0f} min)"
    )
    print(
        f"  person by person on one laptop: 10 × {full} × {read:.0f} s = {on_laptop:.0f} min, "
        f"before any handover between two people"
    )
    ok = not errors and lost == 0 and duplicated == 0 and team == args.phones
    if not ok:
        print("FAILED: answers lost, duplicated, or phones that failed", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
