"""Time to the first shown window: PeerReady next to an empty PySide6 main window, in the same run.

Each is started as a fresh process several times, interleaved (offscreen unless a display is set),
and reports when its window is shown and painted, counted from the moment the process was started
(interpreter start-up included, the same for both). PeerReady also reports when its data folder is
open and the home page filled and painted (an empty database). The empty window is a
``QMainWindow`` made the way PeerReady makes its own: the same ``QApplication`` arguments, the same
size rule (maximised on a small screen, else 1200×800), painted before it is timed.

    python benchmarks/startup_benchmark.py [--runs 9]

Compiled modules are kept in a temporary folder for the run (``PYTHONPYCACHEPREFIX``), so that an
environment that forbids writing them (``PYTHONDONTWRITEBYTECODE``) does not make PeerReady compile
its sources at every start, as no installed copy does.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPAWNED = "PEERREADY_BENCHMARK_SPAWNED"

#: The clock of both programs starts when the benchmark starts the process (wall clock, passed along).
CLOCK = f"""
import os, time
started = time.perf_counter() - (time.time() - float(os.environ["{SPAWNED}"]))
"""

EMPTY = (
    CLOCK
    + r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
available = window.screen().availableGeometry()
if available.width() < 1280 or available.height() < 850:
    window.showMaximized()
else:
    window.resize(1200, 800)
    window.show()
def shown():
    app.processEvents()
    print(f"window shown after {(time.perf_counter() - started) * 1000:.0f} ms", flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""
)

PEERREADY = (
    CLOCK
    + r"""
import sys
import peerready.ui.app as app_module
app_module._STARTED = started
from peerready import launcher
sys.exit(launcher.main(["--startup-probe"]))
"""
)

GOALS = {"window shown": 1.2, "data ready": 1.6}  # issue 14, against the empty window


def measure(code: str, env: dict) -> dict[str, float]:
    env = {**env, SPAWNED: repr(time.time())}
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    ).stdout
    return {m.group(1): float(m.group(2)) for m in re.finditer(r"(window shown|data ready) after (\d+) ms", out)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "xcb")
    with tempfile.TemporaryDirectory() as folder:
        env["PEERREADY_DATA_DIR"] = str(Path(folder) / "data")
        env["PYTHONPYCACHEPREFIX"] = str(Path(folder) / "pycache")
        measure(EMPTY, env)  # compile once, like an installed copy
        measure(PEERREADY, env)  # and create the database
        empty, ours = [], []
        for _ in range(args.runs):
            empty.append(measure(EMPTY, env).get("window shown"))
            ours.append(measure(PEERREADY, env))
    baseline = statistics.median(e for e in empty if e is not None)
    print(f"empty QMainWindow shown:      {baseline:6.0f} ms (median of {args.runs}, whole process)")
    for key, label in (("window shown", "PeerReady window shown:"), ("data ready", "PeerReady home page filled:")):
        figure = statistics.median(r[key] for r in ours if key in r)
        ratio = figure / baseline
        print(f"{label:<29} {figure:6.0f} ms  (ratio {ratio:.2f}, goal ≤ {GOALS[key]:.1f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
