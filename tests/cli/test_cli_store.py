"""The store commands, run as a user would."""

import json
import sqlite3
from contextlib import closing

from peerready import paths
from tests.conftest import ROOT, run_cli

BAD = ROOT / "examples" / "chrs-mal-prepare.yaml"
GOOD = ROOT / "examples" / "service-bien-prepare.yaml"


def test_record_list_compare_and_overview():
    code, out, err = run_cli("record", "--answers", BAD, "--structure", "CHRS Les Tilleuls")
    assert code == 0, err
    assert "Évaluation enregistrée" in out and "CHRS Les Tilleuls, étape recruiting" in out
    first = out.split(": ")[1].split()[0]
    code, out, _ = run_cli("record", "--answers", GOOD, "--structure", "chrs les tilleuls", "--label", "Un an après")
    assert code == 0
    second = out.split(": ")[1].split()[0]

    code, out, err = run_cli("structures", "--json")
    listed = json.loads(out)
    assert [s["name"] for s in listed] == ["CHRS Les Tilleuls"] and listed[0]["assessments"] == 2
    assert listed[0]["level"] == "ready"
    code, out, _ = run_cli("assessments", "CHRS Les Tilleuls", "--json")
    assert [a["id"] for a in json.loads(out)] == [second, first]

    code, out, _ = run_cli("compare", first, second)
    assert code == 0 and "Alerte levée : Le poste est en contrat précaire" in out
    code, out, _ = run_cli("overview", "--json")
    data = json.loads(out)
    assert data["structures"] == 1 and data["assessed"] == 1 and data["levels"]["ready"] == 1


def test_record_refuses_bad_input_and_stores_nothing(tmp_path, _private_data_dir):
    broken = tmp_path / "broken.yaml"
    broken.write_text(BAD.read_text(encoding="utf-8").replace("stage: recruiting", "stage: soon"), encoding="utf-8")
    code, _, err = run_cli("record", "--answers", broken, "--structure", "CHRS")
    assert code == 1 and "étape inconnue « soon »" in err and "Traceback" not in err
    with closing(sqlite3.connect(paths.database_path(_private_data_dir))) as conn:
        assert conn.execute("SELECT count(*) FROM structures").fetchone()[0] == 0


def test_export_import_between_two_data_folders(tmp_path):
    assert run_cli("record", "--answers", BAD, "--structure", "CHRS Les Tilleuls")[0] == 0
    target = tmp_path / "tilleuls.peerready"
    code, out, _ = run_cli("export", "--structure", "CHRS Les Tilleuls", "--out", target)
    assert code == 0 and "sans les commentaires" in out
    other = tmp_path / "other"
    code, out, _ = run_cli("import", target, "--data-dir", other)
    assert code == 0 and "1 évaluation," in out
    code, out, _ = run_cli("import", target, "--data-dir", other)
    assert "déjà à jour, rien n'a changé" in out
    bogus = tmp_path / "bogus.peerready"
    bogus.write_text("hello")
    code, _, err = run_cli("import", bogus, "--data-dir", other)
    assert code == 1 and "ce n'est pas un fichier PeerReady" in err


def test_delete_needs_a_confirmation(_private_data_dir):
    run_cli("record", "--answers", BAD, "--structure", "CHRS Les Tilleuls")
    code, out, err = run_cli("delete-structure", "CHRS Les Tilleuls")
    assert code == 1 and "--yes" in err and "Rien n'a été supprimé" in out
    code, out, _ = run_cli("delete-structure", "CHRS Les Tilleuls", "--yes")
    assert code == 0 and "a été supprimée" in out and "47 réponses" in out
    code, _, err = run_cli("delete-structure", "Personne", "--yes")
    assert code == 1 and "Aucune structure" in err


def test_backup_and_restore(tmp_path):
    run_cli("record", "--answers", BAD, "--structure", "Avant")
    saved = tmp_path / "copie.sqlite3"
    assert run_cli("backup", "--out", saved)[0] == 0
    run_cli("record", "--answers", GOOD, "--structure", "Après")
    code, out, _ = run_cli("restore", saved, "--yes")
    assert code == 0 and "Sauvegarde restaurée" in out
    _, out, _ = run_cli("structures", "--json")
    assert [s["name"] for s in json.loads(out)] == ["Avant"]


def test_a_foreign_database_is_explained_not_overwritten(_private_data_dir):
    _private_data_dir.mkdir(parents=True)
    path = paths.database_path(_private_data_dir)
    path.write_bytes(b"\x00garbage" * 50)
    code, _, err = run_cli("structures")
    assert code == 1 and "n'est pas une base de données PeerReady" in err and "Traceback" not in err
    assert path.read_bytes() == b"\x00garbage" * 50
