"""Documents written with --out never replace a database or a folder."""

import hashlib
import json
import sqlite3
from contextlib import closing

from peerready import cli, paths
from tests.conftest import ROOT

EXAMPLE = ROOT / "examples" / "chrs-mal-prepare.yaml"


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _recorded(data_dir):
    assert (
        cli.main(["record", "--answers", str(EXAMPLE), "--structure", "CHRS Exemple", "--data-dir", str(data_dir)]) == 0
    )
    return paths.database_path(data_dir)


def test_plan_refuses_to_overwrite_the_database(tmp_path, capsys):
    database = _recorded(tmp_path / "data")
    before = _digest(database)
    code = cli.main(["plan", "--answers", str(EXAMPLE), "--out", str(database)])
    assert code == 1
    assert "est une base de données" in capsys.readouterr().err
    assert _digest(database) == before


def test_print_refuses_to_overwrite_the_open_database(tmp_path, capsys):
    database = _recorded(tmp_path / "data")
    capsys.readouterr()
    cli.main(["assessments", "--json", "--data-dir", str(tmp_path / "data")])
    assessment = json.loads(capsys.readouterr().out)[0]["id"]
    code = cli.main(["print", assessment, "--out", str(database), "--data-dir", str(tmp_path / "data")])
    assert code == 1
    assert "est une base de données" in capsys.readouterr().err
    with closing(sqlite3.connect(database)) as conn:  # still the database, with its assessment
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM assessments WHERE id = ?", [assessment]).fetchone() == (1,)


def test_out_a_folder_is_a_clear_error(tmp_path, capsys):
    code = cli.main(["plan", "--answers", str(EXAMPLE), "--out", str(tmp_path)])
    assert code == 1
    assert "est un dossier" in capsys.readouterr().err


def test_an_ordinary_file_is_replaced(tmp_path):
    target = tmp_path / "plan.json"
    target.write_text("ancien", encoding="utf-8")
    assert cli.main(["plan", "--answers", str(EXAMPLE), "--out", str(target)]) == 0
    assert '"level"' in target.read_text(encoding="utf-8")


def test_writing_to_a_device_or_a_pipe_never_replaces_it(tmp_path):
    """« --out /dev/null » (or a FIFO) is written to: replacing it with a file would break the system."""
    import os
    import stat
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    assert cli.main(["plan", "--answers", str(EXAMPLE), "--out", str(fifo)]) == 0
    reader.join(timeout=30)
    assert stat.S_ISFIFO(fifo.stat().st_mode)  # still a pipe, not a file
    assert received and b'"level"' in received[0]
