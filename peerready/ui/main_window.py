"""The main window: one page at a time (home, structure, session, results, plan), menus and shortcuts."""

from __future__ import annotations

import importlib
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from peerready import paths
from peerready.store import errors
from peerready.ui import theme, words
from peerready.ui.window_place import ScreenPlace

if TYPE_CHECKING:  # the store, the engine and YAML load after the window is shown
    from peerready.ui.context import AppContext


# Each page's module is imported when the page is first shown (keeps start-up fast).
_PAGES = {
    "home": ("peerready.ui.pages.home", "HomePage"),
    "structure": ("peerready.ui.pages.structure", "StructurePage"),
    "session": ("peerready.ui.pages.session", "SessionPage"),
    "results": ("peerready.ui.pages.results", "ResultsPage"),
    "plan": ("peerready.ui.pages.plan", "PlanPage"),
}


class MainWindow(ScreenPlace, QMainWindow):
    """Pages are created on first use; each gets the context and this window as its navigator."""

    context_attached = Signal()
    #: A second start of PeerReady on the same data folder asked this window to come forward.
    brought_forward = Signal()

    def __init__(self, context: AppContext | None = None, font_family: str | None = None):
        super().__init__()
        self.context = context
        self.font_family = font_family
        self.setWindowTitle("PeerReady")
        self.setObjectName("main_window")
        self.stack = QStackedWidget()
        self.stack.setAccessibleName(self.tr("Contenu"))
        self.setCentralWidget(self.stack)
        self.loading = QLabel(self.tr("Ouverture des données…"))
        self.stack.addWidget(self._centred(self.loading))
        self._pages: dict[str, QWidget] = {}
        self.faults = None  # made with the context: it needs the store's module, loaded after the window shows
        self._channel = None
        self._build_menus()
        self.watch_geometry()
        self.fit_to_screen()
        if context is not None:
            self.attach(context)

    @staticmethod
    def _centred(label: QLabel) -> QWidget:
        """``label`` in the middle of a page, by stretches: no ``Qt`` flag is needed before the window
        is shown (making PySide's ``Qt`` namespace takes longer than showing an empty window's frame)."""
        page = QWidget()
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(label)
        row.addStretch(1)
        column = QVBoxLayout(page)
        column.addStretch(1)
        column.addLayout(row)
        column.addStretch(1)
        return page

    # -- context ----------------------------------------------------------------

    def attach(self, context: AppContext) -> None:
        """Start using a data folder (called once it is open, after the window is shown)."""
        # Deferred: the store loads after the window is shown (keeps start-up fast).
        from peerready.ui import accessible
        from peerready.ui.faults import FaultHandler

        accessible.install()
        self.context = context
        if self.faults is None:
            self.faults = FaultHandler(self)
        # Made with the data, not before the window shows: Qt's first status bar takes 6 ms to make, and
        # there is nothing to say in it before the data folder is open (keeps start-up fast).
        context.on_fault = self.faults.handle
        self._listen()
        geometry = context.setting("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
            if not self._available().contains(self.frameGeometry()) and not self.isMaximized():
                self.fit_to_screen()  # kept on a larger screen, or a projector now unplugged
        self.apply_theme()
        self.show_home()
        self.context_attached.emit()
        # Parse the questionnaires while people look at the home page, not on their first click; then load
        # the other pages' code (not the pages: they are made when first shown), so that opening results or
        # a plan the first time does not wait for its modules either.
        QTimer.singleShot(300, context.questionnaires)
        QTimer.singleShot(600, self._load_page_modules)

    def apply_theme(self) -> None:
        scale = self.context.setting("display/scale", 100) if self.context else 100
        contrast = self.context.setting("display/high_contrast", False) if self.context else False
        theme.apply(QApplication.instance(), scale, contrast, self.font_family)
        self.high_contrast_action.setChecked(contrast)
        for page in self._pages.values():
            if hasattr(page, "on_theme_changed"):
                page.on_theme_changed()

    # -- navigation (the Navigator the pages use) -----------------------------------

    def _page(self, name: str):
        page = self._pages.get(name)
        if page is None:
            module, class_name = _PAGES[name]
            page = getattr(importlib.import_module(module), class_name)(self.context, self)
            page.setObjectName(f"{name}_page")
            self._pages[name] = page
            self.stack.addWidget(page)
        return page

    @staticmethod
    def _load_page_modules() -> None:
        for module, _ in _PAGES.values():
            importlib.import_module(module)
        # sqlite-utils (~60 ms: click, dateutil, pluggy) is not needed to read the home page; loaded now,
        # off the window's thread, so that the first change or the first results page does not wait for it.
        threading.Thread(target=importlib.import_module, args=("sqlite_utils",), daemon=True).start()

    def _show(self, name: str, *args) -> QWidget:
        # Deferred: PySide's ``Qt`` namespace is made once the window is shown (keeps start-up fast).
        from PySide6.QtCore import Qt

        page = self._page(name)

        def fill():
            if args:
                page.open(*args)
            elif hasattr(page, "refresh"):
                page.refresh()

        try:
            shown = self.context.attempt(self.tr("La page n’a pas pu être affichée."), fill)
        except errors.RecordError:
            if name == "home":
                raise
            # What the page was about is gone (deleted, replaced by a restored backup, by another program).
            self.forget_pages()
            self.show_home()
            self.notify(self.tr("Ce que vous vouliez ouvrir n’existe plus (supprimé ou remplacé par une sauvegarde)."))
            return self.current_page()
        if not shown or self._pages.get(name) is not page:  # failed, or rebuilt for another folder meanwhile
            return self.current_page()
        self.stack.setCurrentWidget(page)
        self._update_title(name, *args)
        focus = getattr(page, "first_focus", None)
        (focus() if callable(focus) else page).setFocus(Qt.FocusReason.OtherFocusReason)
        self._announce_page(page)
        return page

    def _announce_page(self, page: QWidget) -> None:
        """A new page is said by its title (the focus, moved to its first field, is said after it)."""
        # Deferred, as in attach(): loaded with the data, after the window is shown (keeps start-up fast).
        from peerready.ui import accessible

        title = page.findChild(QLabel, "page_title")
        if title is not None and title.isVisibleTo(page) and title.text():
            accessible.announce(page, self.tr("Page : {0}").format(title.text()))

    def show_home(self) -> None:
        self._show("home")

    def show_structure(self, structure_id: str) -> None:
        self.context.set_setting("recent/structure", structure_id)
        self._show("structure", structure_id)

    def show_session(self, assessment_id: str, phones: list[str] | tuple = ()) -> None:
        """The session's page; ``phones``: groups whose window with the code to scan opens at once."""
        page = self._show("session", assessment_id)
        for group in phones if hasattr(page, "on_phones") else ():  # not when the session could not open
            page.on_phones(group)

    def show_results(self, assessment_id: str) -> None:
        self._show("results", assessment_id)

    def show_plan(self, assessment_id: str) -> None:
        self._show("plan", assessment_id)

    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def forget_pages(self) -> None:
        """Drop the pages other than home: after a restore or a deletion, what they showed may be gone."""
        for name in [n for n in self._pages if n != "home"]:
            page = self._pages.pop(name)
            if self.stack.currentWidget() is page:
                self.stack.setCurrentWidget(self._page("home"))
            self.stack.removeWidget(page)
            page.hide()
            page.deleteLater()

    def change_context(self, context: AppContext, same_data: bool = False) -> None:
        """Carry on in another data folder (chosen after a fault), in the same window.

        ``same_data``: the data was copied there, so every page stays where it is (the session
        goes on); otherwise the pages are rebuilt for the other folder's data.
        """
        self.context.adopt(context)
        self._listen()
        if same_data:
            return
        self.forget_pages()
        home = self._pages.get("home")
        if home is not None:
            home.refresh()

    # -- a second start on the same data folder ----------------------------------------------

    def _listen(self) -> None:
        if self._channel is not None:
            self._channel.close()
            self._channel.deleteLater()
        # Deferred: QtNetwork loads once the window is shown (keeps start-up fast).
        from peerready.ui import forwarding

        self._channel = forwarding.listen(self, self.context.data_dir, self.bring_forward)

    def bring_forward(self) -> None:
        """Show this window in front: someone started PeerReady again on the same data."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        if QApplication.platformName() != "offscreen":  # nothing to raise without a screen
            self.raise_()
        self.activateWindow()
        QApplication.alert(self)
        self.notify(self.tr("PeerReady était déjà ouvert : voici sa fenêtre."), 8000)
        self.brought_forward.emit()

    def notify(self, text: str, milliseconds: int = 4000) -> None:
        """A message in the status bar, said by the screen reader too (the bar draws it: no label reads it)."""
        # Deferred, as in attach() (keeps start-up fast).
        from peerready.ui import accessible

        self.statusBar().showMessage(text, milliseconds)
        accessible.announce(self, text)

    def _update_title(self, name: str, *args) -> None:
        # Deferred: the store loads after the window is shown (keeps start-up fast).
        from peerready.store import assessments, structures

        structure = None
        try:
            if name == "structure" and args:
                structure = structures.get_structure(self.context.store, args[0]).name
            elif name in ("session", "results", "plan") and args:
                assessment = assessments.get_assessment(self.context.store, args[0])
                structure = structures.get_structure(self.context.store, assessment.structure_id).name
        except errors.RecordError:
            structure = None
        self.setWindowTitle(f"PeerReady — {structure}" if structure else "PeerReady")

    # -- menus ----------------------------------------------------------------------

    def _action(self, menu, text: str, slot, shortcut=None, name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, QKeySequence.StandardKey):
                shortcut = QKeySequence(shortcut)  # the platform's first binding for it, as a sequence
            # Never a sequence copied from a sequence: PySide then makes its whole ``Qt`` namespace to
            # choose the constructor, which costs more than showing an empty window's frame.
            action.setShortcuts(shortcut if isinstance(shortcut, list) else [shortcut])
        action.triggered.connect(slot)
        if name:
            action.setObjectName(name)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Fichier"))
        self._action(file_menu, self.tr("&Accueil"), self.show_home, QKeySequence("Ctrl+Home"), "action_home")
        self._action(
            file_menu,
            self.tr("&Nouvelle structure…"),
            self.on_new_structure,
            QKeySequence.StandardKey.New,
            "action_new_structure",
        )
        self._action(
            file_menu,
            self.tr("&Importer un fichier .peerready…"),
            self.on_import,
            QKeySequence("Ctrl+I"),
            "action_import",
        )
        self._action(
            file_menu,
            self.tr("&Vue d’ensemble des structures"),
            self.on_overview,
            QKeySequence("Ctrl+G"),
            "action_overview",
        )
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Faire une &sauvegarde maintenant"), self.on_backup, None, "action_backup")
        self._action(file_menu, self.tr("&Restaurer une sauvegarde…"), self.on_restore, None, "action_restore")
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quitter"), self.close, QKeySequence.StandardKey.Quit, "action_quit")

        view = bar.addMenu(self.tr("&Affichage"))
        self._action(
            view,
            self.tr("Texte plus &grand"),
            lambda: self.change_scale(+1),
            [QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")],
            "action_zoom_in",
        )
        self._action(
            view, self.tr("Texte plus &petit"), lambda: self.change_scale(-1), QKeySequence("Ctrl+-"), "action_zoom_out"
        )
        self._action(
            view, self.tr("Taille &normale"), lambda: self.change_scale(0), QKeySequence("Ctrl+0"), "action_zoom_reset"
        )
        self.high_contrast_action = self._action(
            view, self.tr("&Contraste élevé"), self.toggle_contrast, QKeySequence("Ctrl+Shift+C"), "action_contrast"
        )
        self.high_contrast_action.setCheckable(True)
        view.addSeparator()
        settings = self._action(
            view, self.tr("&Réglages…"), self.on_settings, QKeySequence.StandardKey.Preferences, "action_settings"
        )

        help_menu = bar.addMenu(self.tr("A&ide"))
        self._action(
            help_menu,
            self.tr("&Guide pour animer l’atelier"),
            self.on_guide,
            QKeySequence.StandardKey.HelpContents,
            "action_guide",
        )
        self._action(help_menu, self.tr("À &propos de PeerReady"), self.on_about, None, "action_about")
        #: What a participant answering on the laptop may not reach: all but text size and contrast.
        self.facilitator_actions = [*file_menu.actions(), settings, *help_menu.actions()]
        self.facilitator_menus = [file_menu, help_menu]

    def set_private(self, private: bool) -> None:
        """A participant has the laptop: menus and their shortcuts are the facilitator's, and closed."""
        for action in self.facilitator_actions:
            action.setEnabled(not private)
        for menu in self.facilitator_menus:
            menu.menuAction().setEnabled(not private)

    # -- menu actions -------------------------------------------------------------------

    def _ready(self) -> bool:
        return self.context is not None and self.context.store is not None

    def on_new_structure(self) -> None:
        if self._ready():
            self.show_home()
            self._page("home").on_new_structure()

    def on_import(self) -> None:
        if self._ready():
            self.show_home()
            self._page("home").on_import()

    def on_overview(self) -> None:
        if self._ready():
            # Deferred: a dialog's module loads when it is first opened (keeps start-up fast).
            from peerready.ui.dialogs.overview import OverviewDialog

            OverviewDialog(self.context, self).exec()

    def on_backup(self) -> None:
        if self._ready():
            made = self.context.attempt(
                self.tr("La sauvegarde n’a pas été faite."), lambda: self.context.store.backup("manuelle")
            )
            if made:
                # Deferred: the dialogs load when first needed (keeps start-up fast).
                from peerready.ui import dialogs

                dialogs.inform(self, self.tr("Sauvegarde"), self.tr("Sauvegarde faite :\n{0}").format(made.value))

    def on_restore(self) -> None:
        if not self._ready():
            return
        # Deferred: the store and the dialogs load after the window is shown (keeps start-up fast).
        from peerready.store.faults import StoreError
        from peerready.store.opening import inspect
        from peerready.ui import dialogs

        backups = paths.backups_dir(self.context.data_dir)
        path = dialogs.open_file(
            self,
            self.tr("Restaurer une sauvegarde"),
            self.tr("Sauvegardes PeerReady (*.sqlite3)"),
            str(backups if backups.is_dir() else self.context.data_dir),
        )
        if not path:
            return
        source = Path(path)
        try:
            if source.resolve() == Path(self.context.store.path).resolve():
                raise StoreError(self.tr("C’est la base de données en cours d’utilisation, pas une sauvegarde."))
            inspect(source)  # the chosen file only: a bad file is the file's problem, not the data folder's
        except (StoreError, OSError) as error:
            dialogs.warn(self, self.tr("Restauration impossible"), words.typeset(str(error)))
            return
        question = self.tr(
            "Remplacer toutes les données actuelles par cette sauvegarde ?\n{0}\n\n"
            "Les données actuelles seront d’abord sauvegardées dans {1}."
        ).format(path, backups)
        if not dialogs.confirm(self, self.tr("Restaurer"), question, self.tr("Restaurer")):
            return
        restored = self.context.attempt(
            self.tr("La sauvegarde n’a pas été restaurée ; les données sont restées comme avant."),
            lambda: self.context.store.restore(source),
        )
        if not restored:
            return
        self.forget_pages()
        self.show_home()
        self.notify(
            self.tr("Sauvegarde restaurée. Les données d’avant sont gardées dans {0}").format(restored.value), 10000
        )

    def change_scale(self, step: int) -> None:
        if self.context is None:
            return
        scales = list(theme.SCALES)
        current = self.context.setting("display/scale", 100)
        index = scales.index(current) if current in scales else 0
        index = 0 if step == 0 else max(0, min(len(scales) - 1, index + step))
        self.context.set_setting("display/scale", scales[index])
        self.apply_theme()
        self.notify(self.tr("Taille du texte : {0} %").format(scales[index]))

    def toggle_contrast(self) -> None:
        if self.context is None:
            return
        self.context.set_setting("display/high_contrast", not self.context.setting("display/high_contrast", False))
        self.apply_theme()

    def on_settings(self) -> None:
        if self._ready():
            # Deferred: a dialog's module loads when it is first opened (keeps start-up fast).
            from peerready.ui.dialogs.settings import SettingsDialog

            SettingsDialog(self.context, self).exec()
            self.apply_theme()

    def on_guide(self) -> None:
        # Deferred: a dialog's module loads when it is first opened (keeps start-up fast).
        from peerready.ui.dialogs.help import GuideDialog

        GuideDialog(self).exec()

    def on_about(self) -> None:
        # Deferred: a dialog's module loads when it is first opened (keeps start-up fast).
        from peerready.ui.dialogs.help import AboutDialog

        AboutDialog(self.context, self).exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.keep_geometry_now()
        super().closeEvent(event)
