"""What the command line promises around imports, deletions and restores, run as a user would."""

import json
import sqlite3

from peerready import paths
from tests.conftest import ROOT, run_cli

BAD = ROOT / "examples" / "chrs-mal-prepare.yaml"
GOOD = ROOT / "examples" / "service-bien-prepare.yaml"


def rows(path, sql):
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_imported_assessments_are_listed_with_their_level_and_score(tmp_path):
    """Export → import into an empty folder → every closed assessment has its level and score at once."""
    assert run_cli("record", "--answers", BAD, "--structure", "CHRS Les Tilleuls")[0] == 0
    assert run_cli("record", "--answers", GOOD, "--structure", "CHRS Les Tilleuls")[0] == 0
    assert run_cli("record", "--answers", GOOD, "--structure", "Service Voisin")[0] == 0
    _, out, _ = run_cli("assessments", "--json")
    expected = {a["id"]: (a["level"], a["score"]) for a in json.loads(out)}
    target = tmp_path / "tilleuls.peerready"
    assert run_cli("export", "--structure", "CHRS Les Tilleuls", "--out", target)[0] == 0
    other = tmp_path / "vide"
    code, _, err = run_cli("import", target, "--data-dir", other)
    assert code == 0, err
    # kept by the import itself, in its transaction: not left for someone to recompute
    kept = rows(paths.database_path(other), "SELECT assessment_id, level, score FROM results_cache")
    assert len(kept) == 2 and all(level and score is not None for _, level, score in kept)

    code, out, err = run_cli("assessments", "--json", "--data-dir", other)
    assert code == 0, err
    listed = json.loads(out)
    assert len(listed) == 2 and all(a["closed"] for a in listed)
    for assessment in listed:
        assert assessment["level"] is not None and assessment["score"] is not None
        assert (assessment["level"], assessment["score"]) == expected[assessment["id"]]
    _, out, _ = run_cli("structures", "--json", "--data-dir", other)
    assert json.loads(out)[0]["level"] is not None


def test_lists_compute_a_missing_summary_rather_than_show_nothing(_private_data_dir):
    """A summary that is missing (an older import, a restored copy) is computed by the list itself."""
    assert run_cli("record", "--answers", BAD, "--structure", "CHRS")[0] == 0
    conn = sqlite3.connect(paths.database_path(_private_data_dir))
    conn.execute("DELETE FROM results_cache")
    conn.commit()
    conn.close()
    _, out, _ = run_cli("assessments", "--json")
    assert all(a["level"] and a["score"] is not None for a in json.loads(out))
    _, out, _ = run_cli("structures", "--json")
    assert json.loads(out)[0]["level"]


def test_deleting_a_structure_first_backs_everything_up(_private_data_dir):
    assert run_cli("record", "--answers", BAD, "--structure", "CHRS Les Tilleuls")[0] == 0
    assert run_cli("record", "--answers", GOOD, "--structure", "Gardée")[0] == 0
    code, out, err = run_cli("delete-structure", "CHRS Les Tilleuls", "--yes")
    assert code == 0, err
    saved = list(paths.backups_dir(_private_data_dir).glob("peerready_*_avant-suppression.sqlite3"))
    assert len(saved) == 1 and str(saved[0]) in out
    names = [r[0] for r in rows(saved[0], "SELECT name FROM structures ORDER BY name")]
    assert names == ["CHRS Les Tilleuls", "Gardée"]
    assert rows(saved[0], "SELECT count(*) FROM answers")[0][0] > 0
    _, out, _ = run_cli("structures", "--json")
    assert [s["name"] for s in json.loads(out)] == ["Gardée"]
    # and what was deleted can come back
    code, out, err = run_cli("restore", saved[0], "--yes")
    assert code == 0, err
    _, out, _ = run_cli("structures", "--json")
    assert sorted(s["name"] for s in json.loads(out)) == ["CHRS Les Tilleuls", "Gardée"]


def test_restoring_first_backs_up_the_current_data(tmp_path, _private_data_dir):
    assert run_cli("record", "--answers", BAD, "--structure", "Avant")[0] == 0
    copy = tmp_path / "copie.sqlite3"
    assert run_cli("backup", "--out", copy)[0] == 0
    assert run_cli("record", "--answers", GOOD, "--structure", "Après")[0] == 0
    code, out, err = run_cli("restore", copy, "--yes")
    assert code == 0, err
    saved = list(paths.backups_dir(_private_data_dir).glob("peerready_*_avant-restauration.sqlite3"))
    assert len(saved) == 1 and str(saved[0]) in out
    assert sorted(r[0] for r in rows(saved[0], "SELECT name FROM structures")) == ["Après", "Avant"]
    _, out, _ = run_cli("structures", "--json")
    assert [s["name"] for s in json.loads(out)] == ["Avant"]
