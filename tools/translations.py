"""Compile the interface's translations: ``resources/translations/*.ts`` (Qt Linguist) into ``.qm`` files.

    python tools/translations.py            # compile, say how many messages each catalogue holds
    python tools/translations.py --update   # first gather the interface's strings again (lupdate)

The ``.qm`` files are made, never committed: the wheel's build hook (``hatch_build.py``) and
``build.spec`` call ``compile_catalogues()`` so that what ships is what the ``.ts`` says. The tools
are PySide6's own ``lupdate`` and ``lrelease``, found inside the installed PySide6.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = ROOT / "resources" / "translations"


def _tool(name: str) -> Path:
    import PySide6

    folder = Path(PySide6.__file__).parent
    for candidate in (folder / name, folder / f"{name}.exe", Path(sys.executable).parent / f"pyside6-{name}"):
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"{name} introuvable dans PySide6 ({folder})")


@dataclass(frozen=True)
class Compiled:
    qm: Path
    finished: int
    unfinished: int
    untranslated: int


_COUNTS = re.compile(r"Generated (\d+) translation\(s\) \((\d+) finished and (\d+) unfinished\)")
_IGNORED = re.compile(r"Ignored (\d+) untranslated source text")


def compile_catalogue(ts: Path, qm: Path | None = None) -> Compiled:
    """``ts`` compiled to ``qm`` (beside it by default), with lrelease's counts."""
    qm = qm or ts.with_suffix(".qm")
    # Written beside, then renamed over: another process (a second test worker, a running app)
    # loading the catalogue meanwhile reads the old file or the new one, never half of one.
    partial = qm.with_name(f"{qm.name}.{os.getpid()}.partial")
    try:
        done = subprocess.run(
            [str(_tool("lrelease")), str(ts), "-qm", str(partial)], capture_output=True, text=True, check=True
        )
        os.replace(partial, qm)
    finally:
        partial.unlink(missing_ok=True)
    said = done.stdout + done.stderr
    counts = _COUNTS.search(said)
    ignored = _IGNORED.search(said)
    _, finished, unfinished = (int(n) for n in counts.groups()) if counts else (0, 0, 0)
    return Compiled(qm, finished, unfinished, int(ignored.group(1)) if ignored else 0)


def compile_catalogues(folder: Path = CATALOGUES) -> list[Compiled]:
    return [compile_catalogue(ts) for ts in sorted(folder.glob("*.ts"))]


def update_catalogues(folder: Path = CATALOGUES) -> None:
    """Gather the interface's strings again into every ``.ts``; translations already made are kept."""
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "peerready" / "ui").rglob("*.py"))
    for ts in sorted(folder.glob("*.ts")):
        language = ts.stem.rsplit("_", 1)[-1]
        subprocess.run(
            [
                str(_tool("lupdate")),
                *sources,
                "-ts",
                str(ts),
                "-source-language",
                "fr_FR",
                "-target-language",
                language,
                "-no-obsolete",
                "-locations",
                "relative",
            ],
            cwd=ROOT,
            check=True,
        )


def main(argv: list[str]) -> int:
    if "--update" in argv:
        update_catalogues()
    for made in compile_catalogues():
        print(
            f"{made.qm.relative_to(ROOT)} : {made.finished} traduits, {made.unfinished} à finir, "
            f"{made.untranslated} sans traduction"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
