"""A workshop day driven through the real pages with the keyboard, and what it costs the binding.

Shared by tests/ui/test_refcount.py and tests/ui/test_soak.py:

- ``Workday`` opens the real main window on a temporary data folder and works it as a facilitator
  would: a new structure from the home page, a session set up in the preparation dialog, people
  answering one after the other, the collection closed, the results browsed, the plan edited.
- ``QtCallCounter`` counts the calls made from Python into PySide6 / shiboken6 while it is on.
- ``none_references``, ``keep_none_alive`` and ``resident_bytes`` measure the process.
"""

from __future__ import annotations

import ctypes
import gc
import os
import sys
import types
from itertools import count

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication
from shiboken6 import Shiboken

from peerready.store import action_plan
from peerready.ui import dialogs

KEY = Qt.Key
MOD = Qt.KeyboardModifier
#: From Python 3.12 on, None is immortal: its reference count is a constant and cannot be drained.
NONE_IS_IMMORTAL = sys.version_info >= (3, 12)
IMMORTAL_REASON = "from Python 3.12 on, None is immortal (PEP 683): a leaking binding cannot change its count"
_BINDING_MODULES = ("PySide6", "shiboken6", "Shiboken")
_margin_held = False


# -- measuring -------------------------------------------------------------------------------


def settle() -> None:
    """Let Qt deliver what is pending (deleteLater included), then collect Python's garbage."""
    app = QApplication.instance()
    if app is not None:
        app.processEvents()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()
    gc.collect()


def none_references() -> int:
    """``sys.getrefcount(None)`` once pending Qt events and Python garbage are dealt with."""
    settle()
    return sys.getrefcount(None)


def keep_none_alive(references: int = 1_000_000) -> None:
    """Hold ``references`` more references to None for the rest of the process (once per process).

    A binding that takes references away from None brings its count to zero after a few
    thousand calls and Python aborts (« Fatal Python error: none_dealloc »), taking the whole
    test run with it. With this margin the test fails with its figures instead. The list is
    deliberately never freed, not even when Python exits (that would give the leak back).
    """
    global _margin_held
    if NONE_IS_IMMORTAL or _margin_held:
        return
    ballast = [None] * references
    ctypes.pythonapi.Py_IncRef.argtypes = [ctypes.py_object]
    ctypes.pythonapi.Py_IncRef(ballast)
    _margin_held = True


def resident_bytes() -> int | None:
    """The memory the process holds right now (its resident set), or None where it cannot be read."""
    try:
        with open("/proc/self/statm") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, AttributeError):
        return None


class QtCallCounter:
    """Counts the calls from Python into the binding while it is on (a context manager).

    ``sys.setprofile`` reports a ``c_call`` event for each call of a function written in C. One
    counts when the function is bound to a wrapped Qt object (a ``Shiboken.Object``:
    ``label.setText``) or to a signal (``clicked.connect``), is a static method of a Qt class
    (``QApplication.focusWidget``, ``QTest.keyClick``) or belongs to a PySide6 / shiboken6
    module (``shiboken6.isValid``).
    Whoever makes the call counts: the test (pytest-qt's key clicks) and, mostly, the pages'
    own code reacting to them. Creating a Qt object (calling its class) and Qt calling back
    into Python are not ``c_call`` events, and only this thread is watched (PDFs are made in
    background threads): the count is a lower bound of the traffic across the binding.
    """

    def __init__(self) -> None:
        self.calls = 0
        self._verdicts: dict[type, bool] = {}
        self._statics: dict[object, bool] = {}
        self._previous = None

    def __enter__(self) -> QtCallCounter:
        self._previous = sys.getprofile()
        sys.setprofile(self._profile)
        return self

    def __exit__(self, *exc_info) -> None:
        sys.setprofile(self._previous)

    def _profile(self, frame, event, function) -> None:
        if event != "c_call":
            return
        owner = getattr(function, "__self__", None)
        if owner is None:  # a static method (``QDate.currentDate``) is bound to nothing
            verdict = self._statics.get(function)
            if verdict is None:
                verdict = self._statics[function] = _static_of_binding(function)
            self.calls += verdict
            return
        kind = type(owner)
        if kind is types.ModuleType:
            if owner.__name__.startswith(_BINDING_MODULES):
                self.calls += 1
            return
        verdict = self._verdicts.get(kind)
        if verdict is None:
            verdict = self._verdicts[kind] = _belongs_to_binding(owner)
        if verdict:
            self.calls += 1


def _static_of_binding(function) -> bool:
    """Whether ``function`` is a static method of a Qt class, found from its qualified name."""
    *path, name = (getattr(function, "__qualname__", "") or "").split(".")
    if not path:
        return False
    for module_name, module in list(sys.modules.items()):
        if not module_name.startswith("PySide6.") or module is None:
            continue
        owner = module
        for part in path:
            owner = getattr(owner, part, None)
        if isinstance(owner, type) and issubclass(owner, Shiboken.Object) and getattr(owner, name, None) is function:
            return True
    return False


def _belongs_to_binding(owner) -> bool:
    if isinstance(owner, Shiboken.Object):
        return True
    if isinstance(owner, type) and issubclass(owner, Shiboken.Object):  # a class method of a Qt class
        return True
    return (type(owner).__module__ or "").startswith(_BINDING_MODULES)  # signals and their instances


# -- driving ----------------------------------------------------------------------------------


class Workday:
    """The main window on a data folder of its own, worked with the keyboard like a facilitator would."""

    def __init__(self, qtbot, monkeypatch, opened_documents: list, folder):
        self.qtbot = qtbot
        self.folder = folder
        self.opened_documents = opened_documents
        self.window = None
        self.structures: list[str] = []  # names, in the order they were created
        self._text = "Atelier"
        self._pdfs = count(1)
        self._next_pdf = None
        monkeypatch.setattr(dialogs, "ask_text", lambda *args, **kwargs: self._text)
        monkeypatch.setattr(dialogs, "confirm", lambda *args, **kwargs: True)
        monkeypatch.setattr(dialogs, "inform", lambda *args, **kwargs: None)
        # The facilitator's gesture (Ctrl+Maj+A) always means: back to the overview.
        monkeypatch.setattr(dialogs, "choose", lambda parent, title, text, choices, escape="": choices[-1][0])
        monkeypatch.setattr(dialogs, "save_file", lambda *args, **kwargs: self._next_pdf)

    # -- the window ---------------------------------------------------------------------------

    def open_window(self):
        from peerready.ui.app import create_application
        from peerready.ui.context import AppContext
        from peerready.ui.main_window import MainWindow

        _, family = create_application()
        self.window = MainWindow(AppContext.open(self.folder / "data"), font_family=family)
        self.qtbot.addWidget(self.window)
        self.window.resize(1366, 768)
        self.window.show()
        self.qtbot.waitExposed(self.window)
        self.activate()
        return self.window

    def close_window(self) -> None:
        from peerready.ui import workers

        workers.wait_for_all()
        settle()
        self.window.close()
        self.window.context.close()
        self.window = None
        settle()

    def activate(self) -> None:
        self.window.activateWindow()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is self.window)

    def page(self, name: str | None = None):
        page = self.window.current_page()
        if name is not None:
            assert page.objectName() == f"{name}_page", f"on {page.objectName()}, expected {name}_page"
        return page

    def press(self, key, modifier=MOD.NoModifier, widget=None) -> None:
        """A key pressed on ``widget``, or wherever the keyboard focus is; then what the event loop would do.

        Between two key presses the app's event loop runs: it paints, lays out and deletes the widgets
        given to ``deleteLater``. Without it they would pile up for a whole session and the memory
        measured would be the test's, not the app's.
        """
        target = widget or QApplication.focusWidget() or QApplication.activeWindow() or self.window
        self.qtbot.keyClick(target, key, modifier)
        QApplication.processEvents()

    def type_into(self, widget, text: str, then=KEY.Key_Tab) -> None:
        """Replace what ``widget`` holds by ``text`` (ASCII: QTest types nothing else), then leave it."""
        widget.setFocus()
        self.press(KEY.Key_A, MOD.ControlModifier, widget)  # select what is there: typing replaces it
        self.qtbot.keyClicks(widget, text)
        QApplication.processEvents()
        if then is not None:
            self.press(then, widget=widget)

    # -- home and structure pages -------------------------------------------------------------

    def go_home(self) -> None:
        self.press(KEY.Key_Home, MOD.ControlModifier)
        self.page("home")

    def new_structure(self, name: str) -> None:
        self.go_home()
        self._text = name
        self.press(KEY.Key_N, MOD.ControlModifier)
        self.page("structure")
        assert self.window.windowTitle() == f"PeerReady — {name}"
        self.structures.append(name)

    def open_structure(self, name: str) -> None:
        """From the home page, with the arrow keys: the structure called ``name``, then Enter."""
        self.go_home()
        home = self.page("home")
        rows = home.table.model()
        names = [rows.index(row, 0).data() for row in range(rows.rowCount())]
        home.table.setFocus()
        self.press(KEY.Key_Home, widget=home.table)
        for _ in range(names.index(name)):
            self.press(KEY.Key_Down, widget=home.table)
        assert home.table.currentIndex().data() == name
        self.press(KEY.Key_Return, widget=home.table)
        self.page("structure")

    def prepare_session(self, short: bool, team_mode_up: int = 1, management: bool = True) -> str:
        """Ctrl+E on the structure page opens the modal set-up dialog; drive it from its own event loop.

        The stage « occupé depuis moins d’un an »; the team answers each in turn (one step up
        from the default « décompte »); management by a common answer unless ``management`` is False.
        """
        from peerready.ui.dialogs.prepare import PrepareDialog

        def drive():
            shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, PrepareDialog) and w.isVisible()]
            if not shown:  # not on screen yet: look again in a moment
                QTimer.singleShot(10, drive)
                return
            dialog = shown[0]
            self.qtbot.keyClick(dialog.stage_box, KEY.Key_Down)
            self.qtbot.keyClick(dialog.stage_box, KEY.Key_Down)
            self.qtbot.keyClick(dialog.short if short else dialog.full, KEY.Key_Space)
            if not management:
                self.qtbot.keyClick(dialog.group_checks["management"], KEY.Key_Space)
            for _ in range(team_mode_up):
                self.qtbot.keyClick(dialog.mode_boxes["team"], KEY.Key_Up)
            assert dialog.stage_box.currentData() == "integrating"
            assert dialog.mode_boxes["team"].currentData() == "individual"
            self.qtbot.keyClick(dialog.start_button, KEY.Key_Space)

        self.page("structure")
        QTimer.singleShot(0, drive)
        self.press(KEY.Key_E, MOD.ControlModifier)
        # A button's shortcut clicks it with a short animation: wait for its effect.
        self.qtbot.waitUntil(lambda: self.window.current_page().objectName() == "session_page", timeout=5000)
        self.activate()
        session = self.page("session")
        assert session.assessment.short is short
        return session.assessment.id

    # -- the session --------------------------------------------------------------------------

    def _overview_button(self, accessible_name: str):
        session = self.page("session")
        return next(b for b in session.overview_buttons if b.accessibleName() == accessible_name)

    def answer_person(self, person: int) -> int:
        """One member of the team, alone behind the hand-over screen, answers every question; returns how many."""
        session = self.page("session")
        self.press(KEY.Key_Space, widget=self._overview_button("Nouvelle personne : Équipe"))
        assert session.stack.currentWidget() is session.handover
        self.press(KEY.Key_Return)
        answered = 0
        while session.stack.currentWidget() is session.question_screen:
            choices = len(session.option_buttons)
            choice = 1 + (person * 7 + session.index * 3) % choices
            self.press(KEY.Key_1 + choice - 1)
            assert session.option_buttons[choice - 1].isChecked()
            # Now and then someone goes back to check (from the first question, Left goes nowhere).
            if session.index % 9 == person % 9 and not session.session.is_first:
                self.press(KEY.Key_Left)
                self.press(KEY.Key_Right)
            self.press(KEY.Key_Return)
            answered += 1
        assert session.stack.currentWidget() is session.thanks
        self.press(KEY.Key_Return)  # « Personne suivante »
        assert session.stack.currentWidget() is session.handover
        self.press(KEY.Key_A, MOD.ControlModifier | MOD.ShiftModifier)  # the facilitator takes the laptop back
        assert session.stack.currentWidget() is session.overview
        return answered

    def answer_together(self, variant: int) -> int:
        """Management agrees on each answer, marks some as divided and leaves some comments."""
        session = self.page("session")
        self.press(KEY.Key_Space, widget=self._overview_button("Réponse commune : Direction et encadrement"))
        answered = 0
        while session.stack.currentWidget() is session.question_screen:
            choices = min(len(session.option_buttons), 9)  # keys 1 to 9: a question is never left unanswered
            self.press(KEY.Key_1 + (variant + session.index) % choices)
            if session.index % 5 == variant % 5:
                self.press(KEY.Key_Space, widget=session.divided_box)
                self.type_into(session.comment_edit, f"Avis partages, a reprendre ({variant})", then=None)
            self.press(KEY.Key_Return)
            answered += 1
        assert session.stack.currentWidget() is session.overview
        return answered

    def close_collection(self) -> str:
        session = self.page("session")
        assessment_id = session.assessment.id
        session.on_show_overview()
        self.press(KEY.Key_Space, widget=session.close_button)
        results = self.page("results")
        assert results.results is not None
        return assessment_id

    # -- results and plan ---------------------------------------------------------------------

    def open_results(self, structure: str) -> None:
        """Home → the structure → Enter on its (closed) assessment: its results."""
        self.open_structure(structure)
        self.press(KEY.Key_Return, widget=self.page("structure").table)
        assert self.page("results").results is not None

    def browse_results(self, visit: int) -> None:
        results = self.page("results")
        for tab in range(results.tabs.count()):
            results.tabs.setCurrentIndex(tab)
            listing = results.tabs.currentWidget()
            listing.setFocus()
            for _ in range(1 + visit % 3):
                self.press(KEY.Key_Down, widget=listing)
        self.press(KEY.Key_Space, widget=results.table_button)  # the scores as a table…
        results.scores_tree.setFocus()
        for _ in range(3):
            self.press(KEY.Key_Down, widget=results.scores_tree)
        self.press(KEY.Key_Space, widget=results.table_button)  # …and the radar again
        assert not results.table_button.isChecked()

    def open_plan(self) -> None:
        self.press(KEY.Key_Space, widget=self.page("results").plan_button)
        assert self.page("plan").stack.currentIndex() == 1

    def edit_plan(self, visit: int) -> None:
        """Choose an action with the arrows and change who carries it, its date, status and notes."""
        plan = self.page("plan")
        plan.table.setFocus()
        for _ in range(visit % max(1, plan.table.rowCount())):
            self.press(KEY.Key_Down, widget=plan.table)
        action = plan.current_action()
        assert action is not None
        name = ("Awa", "Samia", "Lucas", "la cheffe de service")[visit % 4]
        self.type_into(plan.editor.name_edit, name)
        self.press(KEY.Key_Space, widget=plan.editor.no_date)  # a date, or back to the proposed horizon
        if plan.editor.date_edit.isEnabled():
            self.press(KEY.Key_Up, widget=plan.editor.date_edit)
        self.press(KEY.Key_Up if visit % 3 == 0 else KEY.Key_Down, widget=plan.editor.status_combo)
        notes = f"Point d'etape numero {visit}"
        self.type_into(plan.editor.notes_edit, notes)
        stored = action_plan.get_action(self.window.context.store, action.id)
        assert (stored.owner_name, stored.notes) == (name, notes)
        plan.table.setFocus()
        self.press(KEY.Key_Down if visit % 2 else KEY.Key_Up, MOD.AltModifier, plan.table)  # move it
        before = plan.table.rowCount()
        if visit % 10 == 5:  # a team adds its own action, and takes one away the next time
            self._text = f"Action de l’équipe n° {visit}"
            self.press(KEY.Key_N, MOD.ControlModifier | MOD.ShiftModifier, plan.table)
            assert plan.current_action().user_added and plan.table.rowCount() == before + 1
            self.type_into(plan.editor.name_edit, "Awa")
        elif visit % 10 == 6 and any(a.user_added for a in plan.actions):
            plan.table.selectRow(next(i for i, a in enumerate(plan.actions) if a.user_added))
            self.press(KEY.Key_Space, widget=plan.editor.delete_button)
            assert plan.table.rowCount() == before - 1
        assert len(action_plan.list_actions(self.window.context.store, plan.assessment_id)) == plan.table.rowCount()

    def print_plan(self) -> None:
        plan = self.page("plan")
        self._next_pdf = str(self.folder / f"plan-{next(self._pdfs)}.pdf")
        self.press(KEY.Key_Space, widget=plan.print_plan_button)
        expected = ("open_document", self._next_pdf)
        self.qtbot.waitUntil(lambda: expected in self.opened_documents, timeout=30000)

    def back_to_results(self) -> None:
        self.press(KEY.Key_Space, widget=self.page("plan").header.back_button)
        self.page("results")

    def change_text_size(self) -> None:
        """Larger text, high contrast, and back: every page open is laid out again."""
        self.press(KEY.Key_Plus, MOD.ControlModifier)
        self.press(KEY.Key_C, MOD.ControlModifier | MOD.ShiftModifier)
        self.press(KEY.Key_C, MOD.ControlModifier | MOD.ShiftModifier)
        self.press(KEY.Key_0, MOD.ControlModifier)
