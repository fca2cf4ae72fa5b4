"""Whether a window can open here, checked before any QApplication exists.

Qt aborts the whole process when its platform plugin cannot start; this finds out first, in a
few milliseconds (the X server's socket, the X11 plugin's libraries), and says it in French.
"""

from __future__ import annotations

import ctypes
import os
import socket
import sys
from pathlib import Path


def display_problem(environ=None, platform: str | None = None) -> str | None:
    """Why the window could not open here (no screen), in plain French; None when it can.

    Qt aborts the whole process when its platform cannot start, so this is checked before any
    QApplication exists, in a few milliseconds: the X server's socket, and the X11 plugin's libraries.
    """
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if platform in ("win32", "darwin", "cygwin") or (chosen and not chosen.startswith("xcb")):
        return None  # a screen is always there, or the person chose how Qt draws
    if environ.get("WAYLAND_DISPLAY") and not chosen:
        return None
    display = environ.get("DISPLAY", "")
    if not display:
        reason = (
            "aucun écran n’est disponible ici (ni DISPLAY ni WAYLAND_DISPLAY n’est défini\u00a0: "
            "une connexion SSH, un serveur sans interface graphique, une tâche planifiée…)."
        )
    elif not _x_display_answers(display):
        reason = f"l’affichage «\u00a0{display}\u00a0» (variable DISPLAY) ne répond pas."
    else:
        missing = _xcb_missing_library()
        if missing is None:
            return None
        reason = (
            f"il manque la bibliothèque système {missing}, dont Qt a besoin pour ouvrir une fenêtre "
            "(sous Debian ou Ubuntu\u00a0: sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 "
            "libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libxcb-render-util0 libxcb-image0)."
        )
    return (
        f"PeerReady ne peut pas ouvrir sa fenêtre\u00a0: {reason}\n"
        "Lancez-le depuis une session graphique, ou utilisez les commandes qui n’ont pas besoin de fenêtre\u00a0:\n"
        "  peerready --help                          toutes les commandes\n"
        "  peerready plan --answers FICHIER --format pdf --out plan.pdf\n"
        "  peerready record, structures, export, import, print, backup…\n"
        "  peerready self-test                       vérifier l’installation, sans écran"
    )


def _x_display_answers(display: str) -> bool:
    """Whether an X server listens at ``display`` (":0", "unix:1", "localhost:10.0")."""
    host, _, rest = display.rpartition(":")
    number = rest.split(".")[0]
    if not number.isdigit() or "/" in host:
        return True  # a form we do not know (macOS launchd paths…): let Qt try
    if host in ("", "unix"):
        path = f"/tmp/.X11-unix/X{number}"
        for address in (path, "\0" + path):  # the file, then Linux's abstract name
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
                probe.settimeout(1)
                try:
                    probe.connect(address)
                except OSError:
                    continue
                return True
        if host == "unix":
            return False
        host = "localhost"
    try:
        with socket.create_connection((host, 6000 + int(number)), timeout=1):
            return True
    except OSError:
        return False


def _xcb_missing_library() -> str | None:
    """The system library Qt's X11 plugin lacks here (Qt would abort), or None when it loads."""
    # Deferred: QtCore loads only on X11, where this check needs it (keeps start-up fast elsewhere);
    # QtCore alone never aborts, the platform plugin is what may.
    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    plugin = next(iter(sorted(folder.glob("libqxcb*.so*"))), None)
    if plugin is None:
        return None  # a build without it: let Qt say what it has
    try:
        ctypes.CDLL(str(plugin))  # loads what Qt would load next anyway, and fails the same way
    except OSError as error:
        missing = str(error).split(":")[0].strip()
        return missing if missing and missing != str(plugin) else "une bibliothèque XCB"
    return None
