"""Every workshop screen at 100 % and 200 % on a 1366×768 screen, as PNG files (for docs/images/workshop).

    QT_QPA_PLATFORM=offscreen python tools/workshop_screenshots.py docs/images/workshop [100,200] [fr|en]

The third argument is the interface's language (English: the catalogue is compiled first).

It works on a temporary data folder: the badly prepared example recorded, and an open collection
where management answers together, the team by a tally and the peer worker in turn.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication

from peerready.engine import answers, instrument
from peerready.ui import app as app_module
from peerready.ui.context import AppContext
from peerready.ui.dialogs.prepare import PrepareDialog
from peerready.ui.main_window import MainWindow
from peerready.workshop import preparing, recording

ROOT = Path(__file__).resolve().parent.parent
SCREEN = (1366, 768)


def main(out: Path, scales: list[int], language: str = "fr") -> None:
    out.mkdir(parents=True, exist_ok=True)
    if language != "fr":
        from tools.translations import compile_catalogues

        compile_catalogues()
    app, family = app_module.create_application(language=language)
    context = AppContext.open(Path(tempfile.mkdtemp()))
    questionnaire = instrument.find(None)
    closed = recording.record(
        context.store, "CHRS Les Tilleuls", answers.load(ROOT / "examples/chrs-mal-prepare.yaml"), questionnaire
    )
    opened = preparing.start_assessment(
        context.store,
        closed.structure_id,
        questionnaire,
        "integrating",
        {"management": "consensus", "team": "tally", "peer": "individual"},
    )
    window = MainWindow(context, font_family=family)
    window.resize(*SCREEN)
    window.show()

    for scale in scales:
        context.set_setting("display/scale", scale)
        window.apply_theme()
        window.resize(*SCREEN)

        def shot(name: str, widget=None, scale=scale) -> None:
            for _ in range(4):
                QApplication.processEvents()
            path = out / f"{name}-{scale}.png"
            (widget or window).grab().save(str(path))
            # Fewer colours: the same picture in a third of the bytes (ImageMagick, when there is one).
            subprocess.run(["convert", str(path), "-colors", "128", f"PNG8:{path}"], check=False)

        dialog = PrepareDialog(context, closed.structure_id, window)
        dialog.show()
        shot("prepare", dialog)
        dialog.close()
        window.show_session(opened.id)
        page = window.current_page()
        page.on_show_overview()
        shot("session-overview")
        page.on_new_person("peer")
        shot("handover")
        page.on_start()
        page.go_to(2)
        shot("question-person")
        page.why_button.click()
        shot("question-person-why")
        page.on_show_overview()
        page.on_tally("team")
        page.go_to(1)
        shot("question-tally")
        page.on_show_overview()
        page.on_consensus("management")
        page.go_to(1)
        shot("question-consensus")
        page.on_show_overview()
        page.on_new_person("peer")
        page.on_start()
        page.go_to(len(page.questions) - 1)
        page.on_next()
        shot("passed-list")
        page._finish()
        if page.stack.currentWidget() is page.sharing.screen:
            shot("sharing")
            page.sharing.screen.done_button.click()
        shot("thanks")
        page.on_show_overview()
        page.on_new_person("peer")
        page.on_start()
        page._remember("question")  # as if the laptop had died here
        window.show_home()
        window.show_session(opened.id)
        shot("handover-locked")
        page.on_show_overview()
        window.show_results(closed.id)
        shot("results")
        window.show_plan(closed.id)
        shot("plan")
    context.close()
    app.quit()


if __name__ == "__main__":
    main(
        Path(sys.argv[1] if len(sys.argv) > 1 else "docs/images/workshop"),
        [int(s) for s in (sys.argv[2] if len(sys.argv) > 2 else "100,200").split(",")],
        sys.argv[3] if len(sys.argv) > 3 else "fr",
    )
