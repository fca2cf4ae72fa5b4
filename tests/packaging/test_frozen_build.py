"""The self-contained app: build it with build.spec, then run it with no Python beside it."""

import os
import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT

#: One worker builds the app once for all three tests (pyproject.toml: --dist loadgroup).
pytestmark = [pytest.mark.slow, pytest.mark.timeout(900), pytest.mark.xdist_group("frozen_build")]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    if shutil.which("pyinstaller", path=os.path.dirname(sys.executable)) is None:
        pytest.fail("PyInstaller is not installed: it is part of the test dependencies")
    work = tmp_path_factory.mktemp("pyinstaller")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(ROOT / "build.spec"),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=900,
    )
    app = work / "dist" / "PeerReady"
    assert app.is_dir()
    return app


def clean_environment(**extra):
    """No Python on the path, no virtual environment: as on a structure's old PC."""
    env = {
        "HOME": os.environ.get("HOME", "/tmp"),
        "PATH": "/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
    }
    if sys.platform == "win32":
        env = {k: v for k, v in os.environ.items() if k.upper() in ("SYSTEMROOT", "TEMP", "TMP", "USERPROFILE")}
        env["QT_QPA_PLATFORM"] = "offscreen"
    return {**env, **extra}


def executable(app):
    return app / ("PeerReady.exe" if sys.platform == "win32" else "PeerReady")


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
