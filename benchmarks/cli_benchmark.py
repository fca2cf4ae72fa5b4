"""The command line's whole-process time: PeerReady next to ``python -c "import yaml"``, in the same run.

Each command is started as a fresh process, as a person would type it (the ``peerready``
program of this environment), several times, interleaved with the floor so that the
machine's load falls on both alike; the figure is the median wall time from starting the
process to its end. The floor is the interpreter with PyYAML imported: the least a
``check`` of a YAML questionnaire can cost.

    python benchmarks/cli_benchmark.py [--runs 15]

Compiled modules are kept in a temporary folder for the run (``PYTHONPYCACHEPREFIX``), so
that an environment that forbids writing them (``PYTHONDONTWRITEBYTECODE``) does not make
PeerReady compile its sources at every start, as no installed copy does.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUESTIONNAIRE = "questionnaires/peerready-fr.yaml"

#: What is timed: a name and the arguments given to ``peerready``.
COMMANDS = (
    ("check", ["check", QUESTIONNAIRE]),
    ("--version", ["--version"]),
    ("--help", ["--help"]),
)
GOAL = 3.0  # issue 14: ``peerready check`` within 3× the floor


def program() -> list[str]:
    """``peerready`` as installed next to this interpreter, or ``python -m peerready`` from a clone."""
    script = Path(sys.executable).with_name("peerready")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "peerready"]


def timed(command: list[str], env: dict) -> float:
    started = time.perf_counter()
    proc = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, timeout=120)
    elapsed = (time.perf_counter() - started) * 1000
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({proc.returncode}): {proc.stderr.decode()[-2000:]}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    peerready = program()
    floor_command = [sys.executable, "-c", "import yaml"]
    with tempfile.TemporaryDirectory() as folder:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env.update(PYTHONPYCACHEPREFIX=str(Path(folder) / "pycache"), PEERREADY_DATA_DIR=str(Path(folder) / "data"))
        timed(floor_command, env)  # compile once, like an installed copy
        for _, arguments in COMMANDS:
            timed(peerready + arguments, env)
        floors: list[float] = []
        ours: dict[str, list[float]] = {name: [] for name, _ in COMMANDS}
        for _ in range(args.runs):
            for name, arguments in COMMANDS:
                floors.append(timed(floor_command, env))
                ours[name].append(timed(peerready + arguments, env))
    floor = statistics.median(floors)
    print(f"floor, python -c 'import yaml':   {floor:6.0f} ms (median of {len(floors)})")
    for name, figures in ours.items():
        figure = statistics.median(figures)
        goal = f"   goal ≤ {GOAL:.0f}×" if name == "check" else ""
        print(f"peerready {name:<22} {figure:6.0f} ms  (ratio {figure / floor:.2f}){goal}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
