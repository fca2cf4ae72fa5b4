"""Build PeerReady for the system this runs on, check it, and pack it: one entry point, here and in CI.

    python tools/build_app.py [--out DIR] [--work DIR] [--no-build]

1. PyInstaller builds the one-folder app with ``build.spec`` (``DIR/PeerReady/``);
2. the frozen app runs its ``self-test`` with no Python on the path and a fresh data folder;
3. its contents are checked: the questionnaires, the fonts, the interface's translations, Qt's
   French and English ones only, and none of the Qt modules PeerReady does not use;
4. it is packed as ``DIR/PeerReady-<version>-<platform>.zip`` (``windows-x64``, ``linux-x86_64``,
   ``macos``…) with its SHA-256 beside it (``<zip>.sha256``, as ``sha256sum`` writes it).

PyInstaller does not cross-compile: the release workflow (``.github/workflows/release.yml``) runs
this same script on a Windows, a macOS and a Linux runner. ``--no-build`` checks and packs an app
already built in ``DIR``. Any failure says what went wrong and exits with code 1, never a traceback.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "PeerReady"
#: Qt modules PeerReady never imports (PySide6-Essentials ships them all); build.spec leaves them out.
#: QtNetwork stays: a second start hands over to the open window through QLocalServer (ui/forwarding.py).
UNUSED_QT = [
    "QtQml",
    "QtQmlFeatures",
    "QtQuick",
    "QtQuickControls2",
    "QtQuickTest",
    "QtQuickWidgets",
    "QtSql",
    "QtTest",
    "QtDBus",
    "QtOpenGL",
    "QtOpenGLWidgets",
    "QtSvg",
    "QtSvgWidgets",
    "QtXml",
    "QtPrintSupport",
    "QtDesigner",
    "QtHelp",
    "QtUiTools",
    "QtConcurrent",
    "QtLabsStyleKit",
]
#: Qt libraries left out of the build (QtDBus's library stays: Qt's Linux platform plugin needs it).
UNUSED_LIBRARIES = re.compile(
    r"Qt6(Quick|Qml|Pdf|Sql|Test|OpenGL|Svg|Xml|Designer|Help|UiTools|"
    r"VirtualKeyboard|Labs|ShaderTools|WaylandCompositor|EglFs|EglFS)",
    re.IGNORECASE,
)
#: What the frozen app must carry, under its data folder (``peerready/_data``), and the smallest size that is not empty.
CARRIED = {
    "questionnaires/peerready-fr.yaml": 10_000,
    "resources/fonts/DejaVuSans.ttf": 100_000,
    "resources/translations/peerready_en.qm": 10_000,
    "resources/help/guide.fr.html": 1_000,
    "resources/help/guide.en.html": 1_000,
}


class BuildError(Exception):
    """A step failed: the message says which and why."""


def version() -> str:
    text = (ROOT / "peerready" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.MULTILINE)
    if not found:
        raise BuildError("peerready/__init__.py ne donne pas de __version__")
    return found.group(1)


def platform_name() -> str:
    """``windows-x64``, ``linux-x86_64``, ``linux-aarch64``, ``macos``: the part of the zip's name."""
    machine = platform.machine().lower()
    if sys.platform == "win32":
        return "windows-x64" if machine in ("amd64", "x86_64") else f"windows-{machine}"
    if sys.platform == "darwin":
        return "macos"
    return f"{sys.platform}-{machine}"


def executable(app: Path) -> Path:
    return app / (f"{NAME}.exe" if sys.platform == "win32" else NAME)


def build(out: Path, work: Path) -> Path:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--distpath", str(out)]
    command += ["--workpath", str(work), str(ROOT / "build.spec")]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        raise BuildError("PyInstaller a échoué :\n" + "\n".join((done.stdout + done.stderr).splitlines()[-30:]))
    app = out / NAME
    if not executable(app).is_file():
        raise BuildError(f"PyInstaller n’a pas produit {executable(app)}")
    return app


def clean_environment(**extra: str) -> dict[str, str]:
    """No Python on the path, no virtual environment: as on a structure's old PC."""
    if sys.platform == "win32":
        keep = ("SYSTEMROOT", "TEMP", "TMP", "USERPROFILE", "LOCALAPPDATA", "APPDATA")
        env = {k: v for k, v in os.environ.items() if k.upper() in keep}
    else:
        env = {"HOME": os.environ.get("HOME", "/tmp"), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return {**env, **extra}


def self_test(app: Path) -> str:
    with tempfile.TemporaryDirectory(prefix="peerready-self-test-") as data:
        try:
            done = subprocess.run(
                [str(executable(app)), "self-test"],
                env=clean_environment(PEERREADY_DATA_DIR=data),
                capture_output=True,
                text=True,
                timeout=300,
            )
        except subprocess.TimeoutExpired as error:
            raise BuildError("le self-test de l’application construite n’a pas fini en 300 s") from error
    if done.returncode != 0 or "Auto-test réussi" not in done.stdout:
        raise BuildError(f"le self-test a échoué (code {done.returncode}) :\n{done.stdout}{done.stderr}")
    return done.stdout.strip()


def check_contents(app: Path) -> list[str]:
    """What is wrong with the built app's contents (an empty list: nothing)."""
    problems = []
    internal = app / "_internal" if (app / "_internal").is_dir() else app
    data = internal / "peerready" / "_data"
    for relative, least in CARRIED.items():
        path = data / relative
        if not path.is_file():
            problems.append(f"manquant : {relative}")
        elif path.stat().st_size < least:
            problems.append(f"trop petit ({path.stat().st_size} octets) : {relative}")
    translations = sorted(p.name for p in internal.rglob("*.qm"))
    others = [n for n in translations if not n.startswith("peerready_") and not n.endswith(("_fr.qm", "_en.qm"))]
    if others:
        problems.append("traductions de Qt en trop : " + ", ".join(others[:5]))
    if not any(n.startswith("qtbase_fr") for n in translations):
        problems.append("la traduction française de Qt (qtbase_fr.qm) manque")
    # A Python module of Qt (« QtSvg.abi3.so », « QtSvg.pyd ») or one of the libraries build.spec leaves out.
    modules = re.compile(r"^(" + "|".join(UNUSED_QT) + r")\.")
    found = sorted(
        {
            p.name
            for p in internal.rglob("*")
            if p.is_file() and (modules.search(p.name) or UNUSED_LIBRARIES.search(p.name))
        }
    )
    if found:
        problems.append("modules de Qt inutiles : " + ", ".join(found[:8]))
    return problems


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as source:
        for block in iter(lambda: source.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def pack(app: Path, out: Path) -> Path:
    """``PeerReady-<version>-<platform>.zip`` holding ``app`` (the folder ``PeerReady/``, or on macOS
    the bundle ``PeerReady.app/`` that a double click opens), and its ``.sha256``."""
    target = out / f"{NAME}-{version()}-{platform_name()}.zip"
    partial = target.with_suffix(".zip.partial")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for path in sorted(app.rglob("*")):
            name = f"{app.name}/{path.relative_to(app).as_posix()}"
            if path.is_symlink():  # macOS frameworks: kept as links, as unzip and Finder restore them
                info = zipfile.ZipInfo(name)
                info.external_attr = (0o120777 << 16) | 0x20
                archive.writestr(info, os.readlink(path))
            elif path.is_file():
                archive.write(path, name)
    os.replace(partial, target)
    Path(f"{target}.sha256").write_text(f"{sha256(target)}  {target.name}\n", encoding="utf-8")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Construire, vérifier et empaqueter PeerReady pour ce système.")
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="dossier de l’application et du zip")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="dossier de travail de PyInstaller")
    parser.add_argument("--no-build", action="store_true", help="vérifier et empaqueter l’application déjà construite")
    args = parser.parse_args(argv)
    out = args.out.resolve()
    try:
        out.mkdir(parents=True, exist_ok=True)
        app = out / NAME
        if args.no_build:
            if not executable(app).is_file():
                raise BuildError(f"aucune application construite dans {app} (enlevez --no-build)")
        else:
            print(f"construction avec build.spec dans {out}…", flush=True)
            app = build(out, args.work.resolve())
        print(self_test(app), flush=True)
        problems = check_contents(app)
        if problems:
            raise BuildError("contenu de l’application :\n  " + "\n  ".join(problems))
        bundle = out / f"{NAME}.app"  # build.spec makes it on macOS: what people double-click there
        archive = pack(bundle if sys.platform == "darwin" and bundle.is_dir() else app, out)
    except (BuildError, OSError) as error:
        print(f"build_app : {error}", file=sys.stderr)
        return 1
    size = archive.stat().st_size / 1e6
    print(f"{archive.name} : {size:.0f} Mo, SHA-256 dans {archive.name}.sha256")
    return 0


if __name__ == "__main__":
    sys.exit(main())
