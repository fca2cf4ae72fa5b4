"""Size and start-up of the built app, next to a minimal PySide6 "hello" built the same way.

Builds both with the same PyInstaller in the same run (one folder), then reports each
folder's size and the time from starting the executable to its first shown window
(median of several starts; offscreen unless a display is set).

    python benchmarks/bundle_benchmark.py [--runs 5] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

HELLO = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv)
label = QLabel("Bonjour")
label.show()
def shown():
    print("window shown", flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def build(spec_or_script: Path, work: Path, name: str, extra: list[str]) -> Path:
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--distpath",
        str(work / "dist"),
        "--workpath",
        str(work / "build"),
        *extra,
        str(spec_or_script),
    ]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True, timeout=1800)
    return work / "dist" / name


def first_window(executable: Path, args: list[str], env: dict) -> float:
    start = time.perf_counter()
    with subprocess.Popen(
        [str(executable), *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    ) as process:
        for line in process.stdout:
            if "window shown" in line:
                elapsed = (time.perf_counter() - start) * 1000
                process.wait(timeout=60)
                return elapsed
    raise RuntimeError(f"{executable} never showed its window")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path)
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="peerready-bundle-"))
    hello_script = work / "hello.py"
    hello_script.write_text(HELLO)
    hello = build(
        hello_script, work / "hello", "hello", ["--windowed", "--name", "hello", "--specpath", str(work / "hello")]
    )
    peerready = build(ROOT / "build.spec", work / "peerready", "PeerReady", [])
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "PEERREADY_DATA_DIR": str(work / "data"),
    }
    exe = ".exe" if sys.platform == "win32" else ""
    first_window(peerready / f"PeerReady{exe}", ["--startup-probe"], env)  # creates the database
    hello_times = [first_window(hello / f"hello{exe}", [], env) for _ in range(args.runs)]
    ours_times = [first_window(peerready / f"PeerReady{exe}", ["--startup-probe"], env) for _ in range(args.runs)]
    hello_size, ours_size = folder_size(hello), folder_size(peerready)
    print(f"{'':28} {'size':>9} {'first window':>14}")
    print(f"{'minimal PySide6 hello':28} {hello_size / 1e6:7.0f} MB {statistics.median(hello_times):11.0f} ms")
    print(f"{'PeerReady':28} {ours_size / 1e6:7.0f} MB {statistics.median(ours_times):11.0f} ms")
    time_ratio = statistics.median(ours_times) / statistics.median(hello_times)
    print(f"ratio: size {ours_size / hello_size:.2f}, first window {time_ratio:.2f}")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
