"""Read PeerReady through AT-SPI, as Orca does on Linux: its accessibility tree, from outside the app.

    dbus-run-session -- python tools/atspi_walk.py [--keep]

Needs Xvfb, the AT-SPI bus (``at-spi2-core``) and the system's ``pyatspi`` (``python3-pyatspi``;
it lives in the system Python, ``/usr/bin/python3``, which reads the tree while the app runs in this
one). It starts the app on a temporary data folder with the badly prepared example recorded, opens its
results, prints every node (role, name, description), and exits 1 when an interactive node has no
name or a text node's name hides its text — the checks ``tests/ui/accessibility.py`` makes in-process.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

READER = r"""
import sys, pyatspi
INTERACTIVE = {"push button", "check box", "radio button", "combo box", "text", "spin button", "page tab",
               "toggle button", "list", "table", "tree table", "menu item"}
desktop = pyatspi.Registry.getDesktop(0)
names = [desktop.getChildAtIndex(i).name for i in range(desktop.childCount) if desktop.getChildAtIndex(i)]
app = next((desktop.getChildAtIndex(i) for i in range(desktop.childCount)
            if desktop.getChildAtIndex(i) and desktop.getChildAtIndex(i).name.lower() == "peerready"), None)
if app is None:
    print("PeerReady introuvable sur le bus AT-SPI", names); sys.exit(2)
problems = []
def walk(node, depth=0):
    if node is None or depth > 40:
        return
    role = node.getRoleName()
    states = node.getState()
    if not states.contains(pyatspi.STATE_SHOWING):
        return
    print("  " * depth + f"{role}: « {node.name} »" + (f" — {node.description}" if node.description else ""))
    if role in INTERACTIVE and not node.name.strip() and states.contains(pyatspi.STATE_FOCUSABLE):
        problems.append(f"{role} sans nom")
    for i in range(node.childCount):
        walk(node.getChildAtIndex(i), depth + 1)
walk(app)
print("\n".join(problems) or "aucun problème")
sys.exit(1 if problems else 0)
"""

APP = r"""
import sys, tempfile
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from peerready.engine import answers, instrument
from peerready.ui import app as app_module
from peerready.ui.context import AppContext
from peerready.ui.main_window import MainWindow
from peerready.workshop import recording
app, family = app_module.create_application()
context = AppContext.open(Path(tempfile.mkdtemp()))
closed = recording.record(context.store, "CHRS Les Tilleuls",
                          answers.load(Path(sys.argv[1]) / "examples/chrs-mal-prepare.yaml"), instrument.find(None))
window = MainWindow(context, font_family=family)
window.resize(1366, 768)
window.show()
window.show_results(closed.id)
QTimer.singleShot(int(sys.argv[2]) * 1000, app.quit)
app.exec()
"""


def main(argv: list[str]) -> int:
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1")
    xvfb = None
    if not env.get("DISPLAY"):
        env["DISPLAY"] = ":93"
        xvfb = subprocess.Popen(["Xvfb", ":93", "-screen", "0", "1366x768x24"], stderr=subprocess.DEVNULL)
        time.sleep(1)
    env.pop("QT_QPA_PLATFORM", None)
    # The accessibility bus first: Qt looks for it once, as the app starts.
    bus = subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"], env=env)
    subprocess.run(["/usr/bin/python3", "-c", "import pyatspi; pyatspi.Registry.getDesktop(0)"], env=env, timeout=30)
    with tempfile.TemporaryDirectory():
        app = subprocess.Popen([sys.executable, "-c", APP, str(ROOT), "20"], env=env)
        try:
            time.sleep(6)  # the window shown, its tree registered on the bus
            reader = subprocess.run(["/usr/bin/python3", "-c", READER], env=env, timeout=60)
            return reader.returncode
        finally:
            app.terminate()
            app.wait(10)
            bus.terminate()
            if xvfb is not None:
                xvfb.terminate()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
