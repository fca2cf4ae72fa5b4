"""Loading the bundled questionnaire (read + validate) next to libyaml's own parse, in the same run.

Each figure is measured in fresh processes, with compiled bytecode as an installed PeerReady
has it (a temporary ``PYTHONPYCACHEPREFIX``, filled by a first run):

- load + validate ``questionnaires/peerready-fr.yaml`` with ``instrument.loads``: first in the
  process, then warm but not cached (each time a comment makes the text new to the
  questionnaire cache, so it is parsed and validated again), then cached;
- the floor: ``yaml.compose(text, Loader=yaml.CSafeLoader)``, libyaml's parse into PyYAML's
  nodes, with no line kept and nothing checked;
- importing ``peerready.engine.instrument`` next to importing ``yaml`` alone.

    python benchmarks/questionnaire_benchmark.py [--runs 9]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUESTIONNAIRE = ROOT / "questionnaires" / "peerready-fr.yaml"

LOADING = r"""
import json, sys, time
from peerready.engine import instrument
import yaml
text = open(sys.argv[1], encoding="utf-8").read()

def timed(call, *args, **named):
    start = time.perf_counter()
    call(*args, **named)
    return (time.perf_counter() - start) * 1000

first = timed(instrument.loads, text)
cached = timed(instrument.loads, text)
warm, floor = [], []
for run in range(int(sys.argv[2])):
    fresh = text + f"# run {run}\n"  # new to the questionnaire cache: parsed and validated again
    warm.append(timed(instrument.loads, fresh))
    floor.append(timed(yaml.compose, fresh, Loader=yaml.CSafeLoader))
print(json.dumps({"first": first, "cached": cached, "warm": warm, "floor": floor}))
"""

IMPORTING = r"""
import sys, time
started = time.perf_counter()
if sys.argv[1] == "yaml":
    import yaml
else:
    from peerready.engine import instrument
print((time.perf_counter() - started) * 1000)
"""


def run(code: str, env: dict, *args: str) -> tuple[str, float]:
    """What the script printed, and the whole process's wall time in ms."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", code, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    elapsed = (time.perf_counter() - started) * 1000
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    return done.stdout, elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="fresh processes for each figure")
    parser.add_argument("--repeat", type=int, default=15, help="warm loads in each process")
    args = parser.parse_args()
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    median = statistics.median
    with tempfile.TemporaryDirectory() as cache:
        env["PYTHONPYCACHEPREFIX"] = cache
        run(LOADING, env, str(QUESTIONNAIRE), "1")  # compiles the bytecode once, as an install does
        loads = [json.loads(run(LOADING, env, str(QUESTIONNAIRE), str(args.repeat))[0]) for _ in range(args.runs)]
        imports: dict[str, list[float]] = {"yaml": [], "instrument": []}
        processes: dict[str, list[float]] = {"yaml": [], "instrument": []}
        for _ in range(args.runs):
            for what in imports:  # interleaved, so that a busy moment weighs on both
                printed, elapsed = run(IMPORTING, env, what)
                imports[what].append(float(printed))
                processes[what].append(elapsed)

    first = median(r["first"] for r in loads)
    warm = median(median(r["warm"]) for r in loads)
    warm_best = min(min(r["warm"]) for r in loads)
    floor = median(median(r["floor"]) for r in loads)
    floor_best = min(min(r["floor"]) for r in loads)
    cached = median(r["cached"] for r in loads)
    print(f"bundled questionnaire, load + validate (medians of {args.runs} fresh processes):")
    print(f"  first in the process:       {first:6.1f} ms  (ratio to the floor {first / floor:.2f})")
    print(f"  warm, not cached:           {warm:6.1f} ms  (ratio {warm / floor:.2f}; best {warm_best:.1f} ms)")
    print(f"  cached (same text again):   {cached:6.2f} ms")
    print(f"  floor, libyaml compose:     {floor:6.1f} ms  (best {floor_best:.1f} ms)")
    ours, theirs = median(imports["instrument"]), median(imports["yaml"])
    best_ours, best_theirs = min(imports["instrument"]), min(imports["yaml"])
    print(f"import, in a fresh process (bytecode compiled; medians of {args.runs}, then the best):")
    print(f"  import yaml:                {theirs:6.1f} ms  (best {best_theirs:.1f} ms)")
    print(
        f"  import engine.instrument:   {ours:6.1f} ms  (ratio {ours / theirs:.2f};"
        f" best {best_ours:.1f} ms, ratio {best_ours / best_theirs:.2f})"
    )
    print(
        f"  whole process, python -c:   yaml {median(processes['yaml']):.0f} ms,"
        f" engine.instrument {median(processes['instrument']):.0f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
