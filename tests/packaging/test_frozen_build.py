"""The self-contained app: build it with build.spec, then run it with no Python beside it."""

import hashlib
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tools import build_app

#: One worker builds the app once for all three tests (pyproject.toml: --dist loadgroup).
pytestmark = [pytest.mark.slow, pytest.mark.timeout(900), pytest.mark.xdist_group("frozen_build")]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The app, built, self-tested, checked and zipped by the release's entry point (tools/build_app.py)."""
    if shutil.which("pyinstaller", path=os.path.dirname(sys.executable)) is None:
        pytest.fail("PyInstaller is not installed: it is part of the test dependencies")
    work = tmp_path_factory.mktemp("pyinstaller")
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_app.py"), "--out", str(work / "dist"), "--work", str(work / "w")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    app = work / "dist" / "PeerReady"
    assert app.is_dir()
    return app


def test_the_entry_point_leaves_the_zip_named_for_this_platform_with_its_checksum(built):
    zipped = built.parent / f"PeerReady-{build_app.version()}-{build_app.platform_name()}.zip"
    with zipfile.ZipFile(zipped) as archive:
        names = set(archive.namelist())
    inside = {f"PeerReady/{p.relative_to(built).as_posix()}" for p in built.rglob("*") if p.is_file()}
    assert inside <= names and "PeerReady/PeerReady" in names
    digest, name = Path(f"{zipped}.sha256").read_text(encoding="utf-8").split()
    assert name == zipped.name and digest == hashlib.sha256(zipped.read_bytes()).hexdigest()


# The same clean environment and program name as the build's own self-test.
clean_environment = build_app.clean_environment
executable = build_app.executable


def test_the_built_app_passes_its_self_test(built, tmp_path):
    proc = subprocess.run(
        [str(executable(built)), "self-test"],
        env=clean_environment(PEERREADY_DATA_DIR=str(tmp_path)),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Auto-test réussi" in proc.stdout


def test_the_built_app_carries_its_questionnaires_its_english_interface_and_only_the_qt_translations_it_uses(built):
    internal = built / "_internal"
    assert (internal / "peerready" / "_data" / "questionnaires" / "peerready-fr.yaml").exists()
    assert (internal / "peerready" / "_data" / "resources" / "fonts" / "DejaVuSans.ttf").exists()
    translations = sorted(p.name for p in internal.rglob("*.qm"))
    assert "peerready_en.qm" in translations, translations
    assert (internal / "peerready" / "_data" / "resources" / "translations" / "peerready_en.qm").stat().st_size > 10_000
    assert all(name.endswith(("_fr.qm", "_en.qm")) for name in translations), translations
    assert not list(internal.rglob("*Qt6Quick*")) and not list(internal.rglob("*Qt6Qml*"))


def test_portable_mode_keeps_the_data_next_to_the_app(built, tmp_path):
    copy = tmp_path / "cle-usb" / "PeerReady"
    shutil.copytree(built, copy, symlinks=True)
    (copy / "portable").touch()
    proc = subprocess.run(
        [str(executable(copy)), "structures"], env=clean_environment(), capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert (copy / "data" / "peerready.sqlite3").exists()
    assert "mode portable" in proc.stderr
