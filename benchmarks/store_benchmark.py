"""How the store behaves with a regional platform's ten years of data.

Fills a database with 1,000 structures, 3 assessments each and 10 respondents per
assessment (a consensus for the direction, 8 team members and the peer worker, person
by person), then times what people do: list the structures, open one assessment with its
results and plan, and the overview. Each figure stands next to the time plain sqlite3
needs for the query underneath, in the same run.

    python benchmarks/store_benchmark.py [--structures 1000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from peerready import paths
from peerready.engine import instrument
from peerready.store import action_plan, assessments, history, respondents, summaries
from peerready.store.database import Store, now

STAGES = ["preparing", "recruiting", "integrating", "established"]


def fill(folder: Path, structures: int, seed: int = 7) -> dict:
    rng = random.Random(seed)
    questionnaire = instrument.find(None)
    with Store.open(folder) as store:
        content_hash = assessments.store_questionnaire(store, questionnaire)
    conn = sqlite3.connect(paths.database_path(folder))
    rows = {"structures": [], "assessments": [], "assessment_groups": [], "respondents": [], "answers": []}
    for index in range(structures):
        sid = str(uuid.uuid4())
        rows["structures"].append((sid, f"Structure {index:04d}", "AHI", "CHRS", "", now(), now()))
        for round_ in range(3):
            aid = str(uuid.uuid4())
            stage = STAGES[min(3, round_ + rng.randrange(2))]
            started = f"20{16 + round_ * 3}-0{1 + rng.randrange(9)}-1{rng.randrange(10)}T10:00:00+00:00"
            rows["assessments"].append(
                (
                    aid,
                    sid,
                    content_hash,
                    questionnaire.id,
                    questionnaire.version,
                    stage,
                    0,
                    "",
                    started,
                    started,
                    None,
                    started,
                )
            )
            people = [("management", "consensus")] + [("team", "individual")] * 8
            if stage in ("integrating", "established"):
                people.append(("peer", "individual"))
            else:
                people.append(("team", "individual"))
            for group, mode in {g: m for g, m in people}.items():
                rows["assessment_groups"].append((aid, group, mode))
            numbers: dict[str, int] = {}
            for group, mode in people:
                rid = str(uuid.uuid4())
                numbers[group] = numbers.get(group, 0) + 1
                rows["respondents"].append((rid, aid, group, mode, numbers[group], started, started))
                bias = rng.random()
                for question in questionnaire.questions_for(group, stage):
                    scored = [o for o in question.options if o.scored]
                    pick = scored[min(len(scored) - 1, int(rng.random() * bias * len(scored) * 1.6))]
                    if rng.random() < 0.05:
                        pick = question.options[-1]
                    rows["answers"].append((rid, question.id, pick.value, None, None, 0, started))
    with conn:
        # Columns named: a migration that adds one must not break the benchmark.
        conn.executemany(
            "INSERT INTO structures (id, name, sector, service_kind, notes, created_at, updated_at)"
            " VALUES (?,?,?,?,?,?,?)",
            rows["structures"],
        )
        conn.executemany(
            "INSERT INTO assessments (id, structure_id, questionnaire_hash, questionnaire_id, "
            "questionnaire_version, stage, short, label, started_at, closed_at, previous_id, updated_at)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            rows["assessments"],
        )
        conn.executemany(
            "INSERT INTO assessment_groups (assessment_id, group_id, mode) VALUES (?,?,?)", rows["assessment_groups"]
        )
        conn.executemany(
            "INSERT INTO respondents (id, assessment_id, group_id, mode, number, created_at, finished_at)"
            " VALUES (?,?,?,?,?,?,?)",
            rows["respondents"],
        )
        conn.executemany(
            "INSERT INTO answers (respondent_id, question_id, value, counts, comment, divided, answered_at)"
            " VALUES (?,?,?,?,?,?,?)",
            rows["answers"],
        )
    conn.close()
    return {k: len(v) for k, v in rows.items()}


def timed(function, repeat: int = 5) -> float:
    """Median wall time in milliseconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def cold(folder: Path, assessment_id: str) -> None:
    """In a fresh process: open the folder and one assessment (questionnaire read and checked included)."""
    start = time.perf_counter()
    with Store.open(folder, automatic_backup=False) as store:
        opened = time.perf_counter()
        assessments.get_assessment(store, assessment_id)
        summaries.assessment_results(store, assessment_id)
        action_plan.sync_plan(store, assessment_id)
        done = time.perf_counter()
        print(f"{(done - opened) * 1000:10.1f} ms (Store.open before it: {(opened - start) * 1000:.1f} ms)")


def main() -> int:
    if len(sys.argv) == 4 and sys.argv[1] == "--cold":
        cold(Path(sys.argv[2]), sys.argv[3])
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--structures", type=int, default=1000)
    parser.add_argument("--keep", type=Path, help="keep the filled data folder here")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="peerready-bench-"))

    start = time.perf_counter()
    counts = fill(folder, args.structures)
    fill_seconds = time.perf_counter() - start
    db_path = paths.database_path(folder)
    size_mb = db_path.stat().st_size / 1e6
    print(f"Filled {counts} in {fill_seconds:.1f} s; database {size_mb:.0f} MB")

    # Opening: the first time the file was never closed cleanly here, so it is checked at once;
    # after a clean close, the check runs in the background (Store.open returns before it).
    first_open = timed(lambda: Store.open(folder, automatic_backup=False).close(), repeat=1)
    opening = []
    for _ in range(5):
        start = time.perf_counter()
        opened = Store.open(folder, automatic_backup=False)
        opening.append((time.perf_counter() - start) * 1000)
        opened.close()
    raw_open = timed(lambda: sqlite3.connect(db_path).execute("SELECT count(*) FROM sqlite_master").fetchone())

    store = Store.open(folder, automatic_backup=False)
    plain = sqlite3.connect(db_path)
    some = [r[0] for r in plain.execute("SELECT id FROM assessments ORDER BY random() LIMIT 5")]
    target = some[0]

    # As after importing a platform's file made elsewhere: no summary kept. They are computed once,
    # in one pass (the app does it on a worker thread, with progress); the overview then reads them.
    plain.execute("DELETE FROM results_cache")
    plain.commit()
    keep_all = timed(lambda: summaries.keep_missing(store), repeat=1)

    rows = []
    rows.append(("open the data folder (Store.open)", statistics.median(opening), raw_open))
    rows.append(
        (
            "list structures (home screen)",
            timed(lambda: summaries.list_structures(store)),
            timed(
                lambda: plain.execute(
                    "SELECT s.*, a.id FROM structures s LEFT JOIN assessments a "
                    "ON a.structure_id = s.id ORDER BY a.started_at DESC"
                ).fetchall()
            ),
        )
    )
    rows.append(
        (
            "search structures",
            timed(lambda: summaries.list_structures(store, "0420")),
            timed(lambda: plain.execute("SELECT * FROM structures WHERE name LIKE '%0420%'").fetchall()),
        )
    )

    def open_assessment(assessment_id):
        assessments.get_assessment(store, assessment_id)
        summaries.assessment_results(store, assessment_id)
        action_plan.sync_plan(store, assessment_id)

    def answers_raw(assessment_id):
        return plain.execute(
            "SELECT x.* FROM answers x JOIN respondents r ON r.id = x.respondent_id WHERE r.assessment_id = ?",
            [assessment_id],
        ).fetchall()

    open_assessment(target)
    statements = []
    store.db._tracer = lambda sql, params: statements.append(sql)
    warm = timed(lambda: open_assessment(target))
    store.db._tracer = None
    rows.append(("open an assessment again (warm)", warm, timed(lambda: answers_raw(target))))
    others = iter(some[1:] * 3)

    def first_time():
        store.forget_memos()  # as the first opening of it in this process
        open_assessment(next(others))

    rows.append(("open an assessment, first time", timed(first_time, repeat=4), timed(lambda: answers_raw(some[1]))))
    rows.append(
        (
            "save one answer",
            timed(
                lambda: respondents.save_answer(
                    store,
                    next(
                        iter(
                            store.db.query(
                                "SELECT id FROM respondents WHERE assessment_id = ? AND mode = 'consensus'", [target]
                            )
                        )
                    )["id"],
                    "contract_type",
                    value="permanent",
                )
            ),
            timed(
                lambda: (
                    plain.execute(
                        "UPDATE answers SET value = value WHERE respondent_id = (SELECT id FROM respondents LIMIT 1)"
                    ),
                    plain.commit(),
                )
            ),
        )
    )
    rows.append(
        (
            "overview (results cached)",
            timed(lambda: history.overview(store)),
            timed(
                lambda: [
                    json.loads(r[1])
                    for r in plain.execute(
                        "SELECT a.id, c.summary FROM assessments a JOIN results_cache c ON c.assessment_id = a.id "
                        "WHERE a.started_at = (SELECT max(started_at) FROM assessments b "
                        "WHERE b.structure_id = a.structure_id)"
                    )
                ]
            ),
        )
    )
    print(f"\n{'operation':40} {'PeerReady':>12} {'plain sqlite3':>14} {'ratio':>7}")
    for name, ours, raw in rows:
        print(f"{name:40} {ours:10.1f} ms {raw:11.1f} ms {ours / raw if raw else 0:6.1f}×")
    print(f"{'first opening, whole file checked (once)':40} {first_open:10.0f} ms")
    print(f"{'keep every summary after an import (once)':40} {keep_all:10.0f} ms")
    print(f"reopening an unchanged assessment: {len(statements) // 5} SQL statements, none of them a write")
    fresh = subprocess.run(
        [sys.executable, __file__, "--cold", str(folder), target], capture_output=True, text=True, check=True
    ).stdout.strip()
    print(f"{'open an assessment in a fresh process':40} {fresh}")
    store.close()
    plain.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
