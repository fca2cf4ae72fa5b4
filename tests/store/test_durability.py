"""Promises kept against real processes: SIGKILL mid-write, and two writers at once."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from peerready import paths
from peerready.engine import instrument
from tests.conftest import ROOT
from tests.scenarios import mid

BAD_SMALL = ROOT / "examples" / "chrs-mal-prepare.yaml"
pytestmark = [pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"), pytest.mark.one_python]


def big_answers(path, people=300):
    questionnaire = instrument.find(None)
    team = questionnaire.questions_for("team", "integrating")
    responses = [
        {"group": "team", "mode": "individual", "answers": {q.id: mid(q) for q in team}} for _ in range(people)
    ]
    path.write_text(json.dumps({"questionnaire": questionnaire.id, "stage": "integrating", "responses": responses}))
    return len(team) * people


def peerready(*args, data_dir):
    env = {**os.environ, "PEERREADY_DATA_DIR": str(data_dir)}
    return subprocess.Popen(
        [sys.executable, "-m", "peerready", *map(str, args)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def database_state(data_dir):
    conn = sqlite3.connect(paths.database_path(data_dir))
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        return (
            conn.execute("SELECT count(*) FROM assessments").fetchone()[0],
            conn.execute("SELECT count(*) FROM answers").fetchone()[0],
        )
    finally:
        conn.close()


def kill_after(process, seconds):
    time.sleep(seconds)
    killed = process.poll() is None
    if killed:
        os.kill(process.pid, signal.SIGKILL)
    process.wait()
    return killed


def test_sigkill_while_recording_leaves_all_or_nothing(tmp_path):
    answers_file = tmp_path / "big.json"
    total = big_answers(answers_file)
    start = time.monotonic()
    full = peerready("record", "--answers", answers_file, "--structure", "Témoin", data_dir=tmp_path / "timing")
    full.wait()
    duration = time.monotonic() - start
    assert full.returncode == 0 and database_state(tmp_path / "timing") == (1, total)

    kills = 0
    # Spread over the measured duration; on a loaded machine a run can finish before its kill,
    # so a few more tries, earlier in the run, make sure that enough kills really land.
    for attempt, fraction in enumerate((0.35, 0.5, 0.65, 0.8, 0.95, 0.3, 0.45, 0.6, 0.25, 0.4, 0.55, 0.2)):
        if attempt >= 5 and kills >= 3:
            break
        data_dir = tmp_path / f"run{attempt}"
        # An existing database with earlier work, which must survive whatever happens.
        prepared = peerready("structures", data_dir=data_dir)
        prepared.wait()
        process = peerready("record", "--answers", answers_file, "--structure", "Coupure", data_dir=data_dir)
        kills += kill_after(process, duration * fraction)
        assessments, answers = database_state(data_dir)
        assert (assessments, answers) in ((0, 0), (1, total)), (fraction, assessments, answers)
    assert kills >= 3  # most runs really were cut in the middle


def test_sigkill_while_importing_leaves_all_or_nothing(tmp_path):
    answers_file = tmp_path / "big.json"
    total = big_answers(answers_file, people=400)
    source = tmp_path / "source"
    assert peerready("record", "--answers", answers_file, "--structure", "Export", data_dir=source).wait() == 0
    exported = tmp_path / "export.peerready"
    assert peerready("export", "--structure", "Export", "--out", exported, data_dir=source).wait() == 0

    start = time.monotonic()
    assert peerready("import", exported, data_dir=tmp_path / "timing").wait() == 0
    duration = time.monotonic() - start
    kills = 0
    for attempt, fraction in enumerate((0.5, 0.7, 0.85, 0.95, 0.4, 0.6, 0.3, 0.45, 0.2)):
        if attempt >= 4 and kills >= 2:
            break
        data_dir = tmp_path / f"run{attempt}"
        assert peerready("structures", data_dir=data_dir).wait() == 0
        kills += kill_after(peerready("import", exported, data_dir=data_dir), duration * fraction)
        assert database_state(data_dir) in ((0, 0), (1, total)), fraction
    assert kills >= 2


WRITER = """
import sys
from peerready.engine import instrument
from peerready.store import assessments, respondents, structures, summaries
from peerready.workshop import preparing
from peerready.store.database import Store
name, people = sys.argv[1], int(sys.argv[2])
questionnaire = instrument.find(None)
with Store.open() as store:
    structure = structures.create_structure(store, name)
    assessment = preparing.start_assessment(store, structure.id, questionnaire, "preparing", {"team": "individual"})
    questions = questionnaire.questions_for("team", "preparing")[:5]
    for _ in range(people):
        person = respondents.add_respondent(store, assessment.id, "team")
        for question in questions:
            respondents.save_answer(store, person.id, question.id, value=question.options[0].value)
"""


def test_two_processes_writing_at_once_lose_nothing(tmp_path):
    env = {**os.environ, "PEERREADY_DATA_DIR": str(tmp_path / "shared")}
    people = 120
    logs = [tmp_path / "a.log", tmp_path / "b.log"]
    writers = []
    for name, log in zip(("Ordinateur A", "Ordinateur B"), logs, strict=True):
        with log.open("wb") as handle:
            writers.append(
                subprocess.Popen(
                    [sys.executable, "-c", WRITER, name, str(people)], cwd=ROOT, env=env, stdout=handle, stderr=handle
                )
            )
    for writer, log in zip(writers, logs, strict=True):
        assert writer.wait(timeout=300) == 0, log.read_text()
    assessments, answers = database_state(tmp_path / "shared")
    assert assessments == 2 and answers == 2 * people * 5


HOLDER = """
import sys
from peerready.store import assessments, respondents, structures, summaries
from peerready.store.database import Store
first = Store.open()
for line in sys.stdin:
    command, _, argument = line.strip().partition(" ")
    if command == "write":
        for index in range(int(argument)):
            structures.create_structure(first, f"{argument}-{index}-{len(summaries.list_structures(first))}")
    elif command == "second":  # the app does this: a worker thread opens its own Store on the same folder
        Store.open(automatic_backup=False).close()
    print("ok", flush=True)
"""


def test_a_second_store_in_the_same_process_keeps_the_first_ones_journal(tmp_path):
    """Regression: opening and closing a second Store in a process dropped the first one's POSIX locks.

    Closing any descriptor of the database file drops all the process's locks on it, so another
    process closing its Store believed it was the last one and removed the WAL that the first
    was still writing to: the next commits went to a deleted file and were lost at a SIGKILL.
    """
    data_dir = tmp_path / "partagé"
    env = {**os.environ, "PEERREADY_DATA_DIR": str(data_dir)}
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER], cwd=ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )

    def ask(command):
        holder.stdin.write(command + "\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "ok", command

    try:
        ask("write 5")
        ask("second")
        assert peerready("structures", data_dir=data_dir).wait(timeout=60) == 0  # another process opens and closes
        wal = paths.database_path(data_dir).with_name("peerready.sqlite3-wal")
        kept = wal.exists()
        identity = os.stat(wal).st_ino if kept else None
        ask("write 10")
        kept = kept and wal.exists() and os.stat(wal).st_ino == identity  # the same journal, still written to
    finally:
        os.kill(holder.pid, signal.SIGKILL)
        holder.wait()
        holder.stdin.close()
        holder.stdout.close()
    conn = sqlite3.connect(paths.database_path(data_dir))
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("SELECT count(*) FROM structures").fetchone()[0] == 15, "confirmed rows were lost"
    finally:
        conn.close()
    assert kept, "the other process removed the journal of a database still open"


def test_sigkill_while_restoring_leaves_the_old_data_or_the_new(tmp_path):
    answers_file = tmp_path / "big.json"
    total = big_answers(answers_file, people=300)
    source = tmp_path / "source"
    assert peerready("record", "--answers", answers_file, "--structure", "Sauvegardée", data_dir=source).wait() == 0
    saved = tmp_path / "sauvegarde.sqlite3"
    assert peerready("backup", "--out", saved, data_dir=source).wait() == 0

    def prepared(data_dir):
        assert peerready("record", "--answers", BAD_SMALL, "--structure", "Actuelle", data_dir=data_dir).wait() == 0
        return database_state(data_dir)

    timing = tmp_path / "timing"
    current = prepared(timing)
    start = time.monotonic()
    assert peerready("restore", saved, "--yes", data_dir=timing).wait() == 0
    duration = time.monotonic() - start
    assert database_state(timing) == (1, total)
    kills = 0
    # As above: more tries, earlier in the run, when a loaded machine lets a run finish first.
    for attempt, fraction in enumerate((0.5, 0.7, 0.85, 0.95, 0.4, 0.6, 0.3, 0.45, 0.2, 0.35)):
        if attempt >= 4 and kills >= 2:
            break
        data_dir = tmp_path / f"run{attempt}"
        prepared(data_dir)
        kills += kill_after(peerready("restore", saved, "--yes", data_dir=data_dir), duration * fraction)
        assert database_state(data_dir) in (current, (1, total)), fraction
    assert kills >= 2
