"""Walk what a screen reader sees of a window — Qt's accessibility tree — and list what would mislead it.

In-process, through ``QAccessible``: the same interfaces the AT-SPI bridge (Linux), UI Automation
(Windows) and NSAccessibility (macOS) read, deterministic offscreen. ``problems(window)`` returns one
sentence per defect, each naming the widget, so that a failing test says what to fix:

- an interactive element (focusable, or a button, box, field, tab…) without a role or a name;
- a text label whose accessible name replaces its text (Qt labels have no text channel: the name *is*
  what is read);
- a name that does not contain the visible text (WCAG 2.5.3, « label in name »: a person who sees
  « Reprendre la collecte » and says it to voice control, or hears something else, is lost);
- a focusable element outside its window (it takes focus where nobody sees it), and a focusable
  scroll area (an invisible tab stop);
- a button whose children repeat its name (read twice, as « 1 », « Tout à fait » after the button);
- a combo box named by its value alone, two elements of one role with one name (which is which?);
- marks read as symbols (« ●●●○ » is « cercle noir, cercle noir… »);
- two mnemonics (« &Aide », « &Affichage ») on the same letter among what is shown together.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from PySide6.QtGui import QAccessible, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QScrollArea,
    QTabBar,
    QWidget,
)

Role = QAccessible.Role
Text = QAccessible.Text

#: What a person acts on: each needs a role and a name.
INTERACTIVE = {
    Role.Button,
    Role.CheckBox,
    Role.RadioButton,
    Role.ComboBox,
    Role.EditableText,
    Role.SpinBox,
    Role.Slider,
    Role.PageTab,
    Role.Link,
    Role.ButtonMenu,
    Role.ButtonDropDown,
    Role.MenuItem,
    Role.List,
    Role.Table,
    Role.Tree,
    Role.PageTabList,
}
#: Roles that mean nothing to a person: a focusable element with one of them has no role.
NO_ROLE = {Role.NoRole, Role.Client, Role.Pane}


def plain(text: str) -> str:
    """What a person reads: no mnemonic « & », no rich-text tags, spaces and case folded."""
    if "<" in text and ">" in text:
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    text = re.sub(r"&(.)", r"\1", text)
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'")
    return " ".join(text.split()).casefold()


def _essence(text: str) -> str:
    """The words of a visible text, without the arrows, ticks and ellipses that decorate a button."""
    kept = re.sub(r"[←→↑↓✓✔✎↻⚠…●○◐▲▼►◄▸▾·]+", " ", plain(text))
    return " ".join(kept.replace("...", " ").split()).strip(" :")


def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


#: Marks a screen reader reads one by one by their Unicode names.
SYMBOLS = re.compile(r"[●○◐◯■□▲▼►◄★☆]")


def _label(widget: QWidget) -> str:
    return f"{type(widget).__name__}{'#' + widget.objectName() if widget.objectName() else ''}"


@dataclass
class Walk:
    window: QWidget
    problems: list[str] = field(default_factory=list)
    seen: list = field(default_factory=list)  # (role, name, widget or None) for every shown node
    names: dict = field(default_factory=dict)  # (role, name) -> the interactive widgets shown with it

    def say(self, node, widget, what: str) -> None:
        self.problems.append(f"{_label(widget) if widget is not None else node.role().name}: {what}")


def _visible_text(widget: QWidget) -> str:
    if isinstance(widget, QAbstractButton):
        return widget.text()
    if isinstance(widget, QLabel):
        return widget.text()
    if isinstance(widget, QGroupBox):
        return widget.title()
    return ""


def _inside_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _walk(walk: Walk, node, depth: int = 0) -> None:
    if node is None or not node.isValid() or depth > 60:
        return
    state = node.state()
    if state.invisible:
        return
    role = node.role()
    name = node.text(Text.Name) or ""
    obj = node.object()
    widget = obj if isinstance(obj, QWidget) else None
    walk.seen.append((role, name, widget))
    if widget is not None and widget.isVisible() and role in INTERACTIVE and role != Role.ComboBox and name:
        walk.names.setdefault((role, name), []).append(widget)
    if widget is not None and not widget.isVisible():
        return
    interactive = role in INTERACTIVE or (state.focusable and widget is not None and widget.isEnabled())
    if interactive and widget is not None:
        if isinstance(widget, QScrollArea) or (
            isinstance(widget, QAbstractScrollArea) and role in NO_ROLE and widget.focusPolicy() != 0
        ):
            walk.say(node, widget, "a scroll area takes focus (an invisible tab stop)")
        elif role in NO_ROLE:
            walk.say(node, widget, f"interactive without a role (« {name} »)")
        if not name.strip():
            walk.say(node, widget, f"{role.name} without a name")
        # On Linux Qt names a combo box by its value, and says what it is through the label that has it as
        # buddy (a relation); elsewhere by its accessible name. Either way it needs a label, or a description.
        if (
            role == Role.ComboBox
            and name == getattr(widget, "currentText", lambda: None)()
            and not node.relations(QAccessible.RelationFlag.Label)
            and not node.text(Text.Description)
        ):
            walk.say(node, widget, f"a combo box said only by its value « {name} » (no label, no description)")
        if role in (Role.Button, Role.CheckBox, Role.RadioButton) and node.childCount():
            repeated = [
                node.child(i).text(Text.Name)
                for i in range(node.childCount())
                if node.child(i) is not None and node.child(i).text(Text.Name)
            ]
            if any(_essence(text) and _essence(text) in _essence(name) for text in repeated):
                walk.say(node, widget, f"its children repeat its name « {name} »: {repeated}")
    if SYMBOLS.search(name) or SYMBOLS.search(node.text(Text.Description) or ""):
        walk.say(node, widget, f"marks read as symbols in « {name} »")
    if widget is not None:
        shown = _visible_text(widget)
        if isinstance(widget, QLabel) and shown.strip():
            if widget.accessibleName() and _essence(shown) not in _essence(name):
                walk.say(node, widget, f"its accessible name « {name} » hides its text « {plain(shown)} »")
        elif shown.strip() and interactive and _essence(shown) and _essence(shown) not in _essence(name):
            walk.say(node, widget, f"its name « {name} » does not contain what is shown « {plain(shown)} »")
        if state.focusable and widget.isEnabled() and not _inside_scroll_area(widget):
            window = widget.window()
            corner = widget.mapTo(window, widget.rect().topLeft())
            bottom = widget.mapTo(window, widget.rect().bottomRight())
            if not (window.rect().contains(corner) and window.rect().contains(bottom)):
                walk.say(node, widget, "focusable but outside its window")
    for index in range(node.childCount()):
        _walk(walk, node.child(index), depth + 1)


def _mnemonics(window: QWidget) -> list[str]:
    """Letters used twice among the mnemonics shown together: the menu bar's, each menu's, the page's."""
    found = []
    groups: dict[str, list[str]] = {}
    for bar in window.findChildren(QMenuBar):
        groups["menu bar"] = [a.text() for a in bar.actions() if a.isVisible()]
        for action in bar.actions():
            menu = action.menu()
            if isinstance(menu, QMenu):
                groups[f"menu {plain(action.text())}"] = [a.text() for a in menu.actions() if a.isVisible()]
    shown = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or isinstance(widget, (QMenu, QMenuBar)):
            continue
        if isinstance(widget, QLabel) and widget.buddy() is None:
            continue
        if isinstance(widget, QTabBar):
            shown.extend(widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i))
        else:
            shown.append(_visible_text(widget))
    groups["window"] = shown + groups.get("menu bar", [])  # Alt+letter opens a menu or presses a button
    for where, texts in groups.items():
        letters: dict[str, str] = {}
        for text in texts:
            letter = mnemonic(text or "")
            if letter is None:
                continue
            if letter in letters and plain(letters[letter]) != plain(text):
                found.append(f"{where}: « {plain(letters[letter])} » and « {plain(text)} » both use Alt+{letter}")
            letters.setdefault(letter, text)
    return found


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader says for ``widget``: its accessible name, else its text or its label's."""
    node = QAccessible.queryAccessibleInterface(widget)
    return (node.text(Text.Name) or "") if node is not None else ""


def problems(window: QWidget) -> list[str]:
    """Every defect a screen-reader or keyboard user would meet in ``window`` as it is shown now."""
    QApplication.processEvents()
    walk = Walk(window)
    _walk(walk, QAccessible.queryAccessibleInterface(window))
    for (role, name), shown in walk.names.items():
        if len(shown) > 1:
            walk.problems.append(f"{len(shown)} elements of role {role.name} are all named « {name} »")
    return sorted(set(walk.problems + _mnemonics(window)))


def tree(window: QWidget) -> list[tuple]:
    """(role, name, widget) of every node shown, in reading order: for tests that look for one thing."""
    QApplication.processEvents()
    walk = Walk(window)
    _walk(walk, QAccessible.queryAccessibleInterface(window))
    return walk.seen
