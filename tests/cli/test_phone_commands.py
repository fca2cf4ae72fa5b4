"""``peerready phones`` serves a group's phone collection until Ctrl+C or ``peerready close``; loopback only."""

import http.client
import os
import signal
import subprocess
import sys
import urllib.parse

import pytest

from tests.conftest import ROOT, run_cli


def start_phones(*args):
    proc = subprocess.Popen(
        [sys.executable, "-m", "peerready", "phones", *args, "--host", "127.0.0.1"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    first = proc.stdout.readline().strip()
    return proc, first


def status(url):
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=5)
    try:
        connection.request("GET", parts.path or "/")
        return connection.getresponse().status
    finally:
        connection.close()


def assessment_id():
    import json

    code, out, _ = run_cli("assessments", "--json")
    assert code == 0
    return json.loads(out)[0]["id"]


@pytest.fixture
def serving():
    started = []

    def start(*args):
        proc, url = start_phones(*args)
        started.append(proc)
        return proc, url

    yield start
    for proc in started:
        if proc.poll() is None:
            proc.kill()
        proc.wait(10)
        proc.stdout.close()
        proc.stderr.close()


def test_the_first_line_is_the_address_and_close_stops_the_server(serving):
    proc, url = serving("--structure", "Pension Les Lilas", "--stage", "preparing", "--short", "--group", "team")
    assert url.startswith("http://127.0.0.1:"), (url, proc.stderr.read() if proc.poll() is not None else "")
    token = urllib.parse.urlsplit(url).path.strip("/")
    assert len(token) >= 22
    assert status(url) == 200
    assert status(url.replace(token, "x" * len(token))) == 404
    code, out, _ = run_cli("close", assessment_id())
    assert code == 0 and "Collecte close" in out
    assert proc.wait(10) == 0
    assert "close" in proc.stderr.read()
    with pytest.raises(OSError):
        status(url)


def test_ctrl_c_stops_the_phones_and_leaves_the_assessment_open(serving):
    proc, url = serving("--structure", "Accueil de jour", "--stage", "preparing", "--group", "team")
    assert status(url) == 200
    proc.send_signal(signal.SIGINT)
    assert proc.wait(10) == 0
    assert "reste ouverte" in proc.stderr.read()
    _proc2, url2 = serving(assessment_id(), "--group", "team")  # the same open assessment, phones again
    assert url2.startswith("http://127.0.0.1:") and url2 != url
    assert status(url2) == 200


def test_a_structure_with_an_open_assessment_is_refused_and_named(serving):
    _proc, url = serving("--structure", "CHRS Le Phare", "--stage", "preparing", "--group", "team")
    assert status(url) == 200
    code, out, err = run_cli(
        "phones", "--structure", "CHRS Le Phare", "--stage", "preparing", "--group", "team", "--host", "127.0.0.1"
    )
    assert code == 1 and out == ""
    assert assessment_id() in err and "Traceback" not in err
    code, out, err = run_cli("phones", assessment_id(), "--group", "management", "--host", "127.0.0.1")
    assert code == 1 and out == "" and "Traceback" not in err  # management gives one common answer here
    assert err.strip()


@pytest.mark.parametrize(
    "args, said",
    [
        (["--group", "team"], "soit une évaluation ouverte"),
        (["--structure", "X", "--group", "team"], "--stage"),
    ],
)
def test_what_cannot_be_served_is_said_in_french(args, said):
    code, out, err = run_cli("phones", *args, "--host", "127.0.0.1")
    assert code == 1 and out == "" and "Traceback" not in err
    assert said in err
