"""The release: one build entry point, a workflow checked offline, a per-user Windows installer.

What only a Windows or macOS runner can do (build there, run Inno Setup) is checked here as far as
files allow: the workflow's schema and security audit, that each of its steps calls the project's
own scripts, the installer's settings, the zip's name, contents and checksum.
"""

import hashlib
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
import yaml

import peerready
from tests.conftest import ROOT
from tools import build_app, build_installer, release_notes

WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    path = BIN / (f"{name}.exe" if sys.platform == "win32" else name)
    if not path.exists():
        pytest.fail(f"{name} is not installed: it is part of the test dependencies")
    return str(path)


def test_the_workflow_matches_github_s_schema():
    done = subprocess.run(
        [_tool("check-jsonschema"), "--builtin-schema", "vendor.github-workflows", str(WORKFLOW)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_zizmor_finds_nothing_in_the_workflow_even_as_an_auditor_offline():
    done = subprocess.run(
        [_tool("zizmor"), "--offline", "--persona", "auditor", "--no-progress", str(WORKFLOW)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "No findings" in done.stdout, done.stdout


def _steps():
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    for job in workflow["jobs"].values():
        yield from job["steps"]


def test_the_workflow_builds_with_the_same_entry_point_and_pins_every_action():
    runs = [step["run"] for step in _steps() if "run" in step]
    assert any("python tools/build_app.py" in run for run in runs)
    assert any("python tools/build_installer.py" in run for run in runs)
    for run in runs:
        # Installing, then the project's own scripts, and the release itself: nothing built by hand here.
        assert re.match(r"(sudo apt-get|python -m pip install|python tools/|gh release create)", run), run
        assert "${{" not in run, run  # untrusted values go through env, never into the script
    for step in _steps():
        if "uses" in step:
            assert re.fullmatch(r"[\w.-]+/[\w.-]+@[0-9a-f]{40}", step["uses"]), step["uses"]


def test_the_windows_installer_is_per_user_for_windows_10_1809_64_bit_and_named_like_the_zip():
    script = build_installer.SCRIPT.read_text(encoding="utf-8")
    settings = dict(re.findall(r"^(\w+)=(.*)$", script, re.MULTILINE))
    assert settings["PrivilegesRequired"] == "lowest"
    assert settings["DefaultDirName"].startswith("{localappdata}")
    assert settings["MinVersion"] == "10.0.17763"
    assert settings["ArchitecturesAllowed"] == settings["ArchitecturesInstallIn64BitMode"] == "x64compatible"
    assert settings["OutputBaseFilename"] == "PeerReady-{#AppVersion}-windows-x64-setup"
    assert (build_installer.SCRIPT.parent / settings["SetupIconFile"].replace("\\", "/")).resolve().is_file()
    assert 'MessagesFile: "compiler:Languages\\French.isl"' in script.split("[Languages]")[1].split("\n")[1]
    assert build_installer.installer_name() == f"PeerReady-{peerready.__version__}-windows-x64-setup.exe"


def test_without_inno_setup_the_installer_script_says_so(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(build_installer, "iscc", lambda: None)
    assert build_installer.main(["--out", str(tmp_path)]) == 1
    assert "Inno Setup" in capsys.readouterr().err


def test_the_version_and_platform_name_the_zip():
    assert build_app.version() == peerready.__version__
    name = build_app.platform_name()
    assert name in ("windows-x64", "macos") or re.fullmatch(r"linux-\w+", name), name


def _fake_app(root: Path, *extra: str) -> Path:
    app = root / "PeerReady"
    data = app / "_internal" / "peerready" / "_data"
    for relative, least in build_app.CARRIED.items():
        (data / relative).parent.mkdir(parents=True, exist_ok=True)
        (data / relative).write_bytes(b"x" * least)
    qt = app / "_internal" / "PySide6" / "translations"
    qt.mkdir(parents=True)
    (qt / "qtbase_fr.qm").write_bytes(b"q")
    for name in extra:
        (app / "_internal" / name).write_bytes(b"x")
    (app / "PeerReady").write_bytes(b"#!")
    return app


def test_the_contents_check_finds_what_is_missing_and_every_unused_qt_module(tmp_path):
    app = _fake_app(tmp_path)
    assert build_app.check_contents(app) == []
    app = _fake_app(tmp_path / "b", "libQt6Qml.so.6", "QtSvg.abi3.so", "qtbase_de.qm")
    (app / "_internal" / "peerready" / "_data" / "resources" / "fonts" / "DejaVuSans.ttf").unlink()
    problems = "\n".join(build_app.check_contents(app))
    assert "DejaVuSans.ttf" in problems and "qtbase_de.qm" in problems
    assert "libQt6Qml.so.6" in problems and "QtSvg.abi3.so" in problems
    # QtNetwork and QtWidgets are used, and Qt's Linux platform plugin needs QtDBus's library: never reported.
    app = _fake_app(tmp_path / "c", "libQt6Network.so.6", "QtWidgets.abi3.so", "libQt6DBus.so.6")
    assert build_app.check_contents(app) == []


def test_the_zip_holds_the_folder_and_its_checksum_is_right(tmp_path):
    app = _fake_app(tmp_path)
    archive = build_app.pack(app, tmp_path)
    assert archive.name == f"PeerReady-{peerready.__version__}-{build_app.platform_name()}.zip"
    with zipfile.ZipFile(archive) as opened:
        names = opened.namelist()
        assert opened.testzip() is None
    assert "PeerReady/PeerReady" in names and all(n.startswith("PeerReady/") for n in names)
    written = Path(f"{archive}.sha256").read_text(encoding="utf-8")
    assert written == f"{hashlib.sha256(archive.read_bytes()).hexdigest()}  {archive.name}\n"


def test_a_failed_step_is_a_message_and_code_1_not_a_traceback(tmp_path, capsys):
    assert build_app.main(["--out", str(tmp_path), "--no-build"]) == 1
    said = capsys.readouterr().err
    assert said.startswith("build_app : ") and "Traceback" not in said


def test_the_release_notes_are_the_version_s_section_of_the_changelog():
    text = "# Journal\n\n## [Non publié]\n\n- a\n\n## [0.2.0] — 2027-01\n\n### Ajouté\n- b\n\n## [0.1.0]\n- c\n"
    assert release_notes.notes("v0.2.0", text) == "### Ajouté\n- b\n"
    assert release_notes.notes("v9.9.9", text) is None
    assert release_notes.notes(f"v{peerready.__version__}", (ROOT / "CHANGELOG.md").read_text(encoding="utf-8"))
