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


def main() -> int:
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

    store = Store.open(folder, automatic_backup=False)
    plain = sqlite3.connect(db_path)
    some = [r[0] for r in plain.execute("SELECT id FROM assessments ORDER BY random() LIMIT 5")]
    target = some[0]

    # The overview with nothing cached yet computes every latest result once (after an import, say).
    cold_overview = timed(lambda: history.overview(store), repeat=1)

    rows = []
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

    def open_assessment():
        store.db.execute("DELETE FROM results_cache WHERE assessment_id = ?", [target])
        assessments.get_assessment(store, target)
        summaries.assessment_results(store, target)
        action_plan.sync_plan(store, target)

    rows.append(
        (
            "open an assessment: results + plan",
            timed(open_assessment),
            timed(
                lambda: plain.execute(
                    "SELECT x.* FROM answers x JOIN respondents r ON r.id = x.respondent_id WHERE r.assessment_id = ?",
                    [target],
                ).fetchall()
            ),
        )
    )
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
    print(f"\n{'operation':40} {'PeerReady':>12} {'plain sqlite3':>14}")
    for name, ours, raw in rows:
        print(f"{name:40} {ours:10.1f} ms {raw:11.1f} ms")
    print(f"{'overview, nothing cached yet (once)':40} {cold_overview:10.0f} ms")
    store.close()
    plain.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
