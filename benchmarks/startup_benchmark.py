"""Time to the first shown window: PeerReady next to an empty PySide6 window, in the same run.

Each is started as a fresh process several times (offscreen unless a display is set) and
reports, from the very start of the interpreter, when its window is shown; PeerReady also
reports when its data folder is open and the home page filled.

    python benchmarks/startup_benchmark.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

EMPTY = r"""
import time
start = time.perf_counter()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
window = QWidget()
window.show()
def shown():
    print(f"window shown after {(time.perf_counter() - start) * 1000:.0f} ms", flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""

PEERREADY = r"""
import time, sys
started = time.perf_counter()  # before Qt and the app load, like the empty window's clock
import peerready.ui.app as app_module
app_module._STARTED = started
from peerready import launcher
sys.exit(launcher.main(["--startup-probe"]))
"""


def measure(code: str, env: dict) -> dict[str, float]:
    # -X importtime-free: the clock starts inside the interpreter, like for the empty window.
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    ).stdout
    return {m.group(1): float(m.group(2)) for m in re.finditer(r"(window shown|data ready) after (\d+) ms", out)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = {**os.environ}
    env.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "xcb")
    with tempfile.TemporaryDirectory() as folder:
        env["PEERREADY_DATA_DIR"] = folder
        measure(PEERREADY, env)  # first run creates the database
        empty = [measure(EMPTY, env).get("window shown") for _ in range(args.runs)]
        ours = [measure(PEERREADY, env) for _ in range(args.runs)]
    shown = statistics.median(r["window shown"] for r in ours)
    ready = statistics.median(r["data ready"] for r in ours)
    baseline = statistics.median(e for e in empty if e is not None)
    print(f"empty PySide6 window shown:   {baseline:6.0f} ms (median of {args.runs})")
    print(f"PeerReady window shown:       {shown:6.0f} ms  (ratio {shown / baseline:.2f})")
    print(f"PeerReady home page filled:   {ready:6.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
