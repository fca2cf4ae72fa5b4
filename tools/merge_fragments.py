"""Merge questionnaires/fragments/*.yaml into questionnaires/peerready-fr.yaml (authoring aid)."""

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FRAGMENTS = ROOT / "questionnaires" / "fragments"
SECTIONS = ("questions", "flags", "actions")


def main() -> int:
    header = (FRAGMENTS / "00-header.yaml").read_text(encoding="utf-8").rstrip() + "\n"
    bodies = {name: [] for name in SECTIONS}
    for path in sorted(FRAGMENTS.glob("[1-9]*.yaml")):
        current = None
        for line in path.read_text(encoding="utf-8").splitlines():
            match = re.match(r"^([a-z_]+):\s*(\[\])?\s*$", line)
            if match and match.group(1) in SECTIONS:
                current = match.group(1)
                continue
            if current is None:
                if line.strip() and not line.startswith("#"):
                    print(f"{path.name}: text before the first section: {line!r}", file=sys.stderr)
                    return 1
                continue
            bodies[current].append(line)
        for name in SECTIONS:
            bodies[name].append("")
    out = [header]
    for name in SECTIONS:
        out.append(f"\n{name}:\n" + "\n".join(bodies[name]).strip("\n") + "\n")
    target = ROOT / "questionnaires" / "peerready-fr.yaml"
    target.write_text("".join(out), encoding="utf-8")
    print(f"wrote {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
