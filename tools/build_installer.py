"""The Windows per-user installer, from the app ``tools/build_app.py`` built: Inno Setup 6 (``iscc``).

    python tools/build_installer.py [--out DIR]

Makes ``DIR/PeerReady-<version>-windows-x64-setup.exe`` from ``DIR/PeerReady/`` with
``installer/PeerReady.iss`` (no administrator rights, Windows 10 1809 or later, 64-bit), and its
SHA-256 beside it. Inno Setup runs on Windows only: the release workflow calls this on its
Windows runner, where Inno Setup is installed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tools import build_app

SCRIPT = build_app.ROOT / "installer" / "PeerReady.iss"
#: Where Inno Setup 6 installs itself when it is not on the PATH.
USUAL_PLACES = [r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe", r"C:\Program Files\Inno Setup 6\ISCC.exe"]


def installer_name() -> str:
    return f"{build_app.NAME}-{build_app.version()}-windows-x64-setup.exe"


def iscc() -> str | None:
    return shutil.which("iscc") or next((p for p in USUAL_PLACES if os.path.isfile(p)), None)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Construire l’installateur Windows par utilisateur.")
    parser.add_argument("--out", type=Path, default=build_app.ROOT / "dist")
    out = parser.parse_args(argv).out.resolve()
    app = out / build_app.NAME
    compiler = iscc()
    if compiler is None:
        print("build_installer : Inno Setup 6 (iscc) est introuvable ; il ne tourne que sous Windows", file=sys.stderr)
        return 1
    if not build_app.executable(app).is_file():
        print(f"build_installer : aucune application dans {app} (lancez d’abord tools/build_app.py)", file=sys.stderr)
        return 1
    command = [compiler, f"/DAppVersion={build_app.version()}", f"/DSourceDir={app}", f"/DOutputDir={out}", str(SCRIPT)]
    done = subprocess.run(command, capture_output=True, text=True)
    target = out / installer_name()
    if done.returncode != 0 or not target.is_file():
        print(f"build_installer : Inno Setup a échoué :\n{done.stdout}{done.stderr}", file=sys.stderr)
        return 1
    Path(f"{target}.sha256").write_text(f"{build_app.sha256(target)}  {target.name}\n", encoding="utf-8")
    print(f"{target.name} : {target.stat().st_size / 1e6:.0f} Mo")
    return 0


if __name__ == "__main__":
    sys.exit(main())
