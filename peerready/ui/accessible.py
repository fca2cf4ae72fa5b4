"""What a screen reader is told: announcements, the role of custom widgets, names from visible labels.

Four conventions, used by every page (``docs/accessibility.md`` explains them):

- **Announcements** — ``announce(widget, text)``: what happens without moving the focus (« Réponse
  enregistrée », an error, a new page) is said through Qt's ``QAccessibleAnnouncementEvent`` (Qt ≥ 6.8),
  politely unless it is an error.
- **Text labels keep their text** — a ``QLabel`` is read by its name, and a name set on it *replaces* its
  text: never name a label that shows text. A label that introduces a field is that field's *buddy*:
  ``name_from_buddies(root)`` gives every buddied field without a name its label's words (Qt names a combo
  box by its value otherwise).
- **Roles for custom widgets** — ``set_role(widget, Role.Heading)``: the factory installed by
  ``install()`` gives that widget the role (page titles are headings, the answers a named group, the
  radar a chart); an answer button (``OptionButton``) is a radio button whose inner labels are not read
  a second time.
- **Who listens** — tests (and the AT-SPI tool) add a callable to ``LISTENERS`` to hear announcements.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QAbstractButton, QAccessibleWidget, QComboBox, QLabel, QWidget

from peerready.engine import wording

Role = QAccessible.Role
_ROLE = "accessible_role"  # the dynamic property that carries a role given by ``set_role``
_CHILDLESS = "accessible_childless"
#: Called with (widget, text, assertive) for every announcement (tests, tools/atspi_walk.py).
LISTENERS: list[Callable[[QWidget, str, bool], None]] = []


def announce(widget: QWidget, text: str, assertive: bool = False) -> None:
    """Have ``text`` said by the screen reader now, whatever has the focus (nothing visible changes)."""
    if not text:
        return
    for listener in LISTENERS:
        listener(widget, text, assertive)
    if not QAccessible.isActive():
        return  # no assistive technology listening: nothing to build
    event = QAccessibleAnnouncementEvent(widget, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


def set_role(widget: QWidget, role: Role, childless: bool = False) -> QWidget:
    """Expose ``widget`` with ``role`` (``childless``: its inner widgets are not read on their own)."""
    widget.setProperty(_ROLE, int(role.value))
    if childless:
        widget.setProperty(_CHILDLESS, True)
    return widget


def heading(label: QLabel) -> QLabel:
    """A title a screen-reader user can jump to (the page's, a section's)."""
    return set_role(label, Role.Heading)


def plain(text: str) -> str:
    """A label's words as a name: no mnemonic « & », no trailing colon."""
    return re.sub(r"&(.)", r"\1", text).strip().rstrip(":").strip().replace("\u202f", " ").replace("\xa0", " ")


#: Marks drawn for the eye, read by a screen reader one by one by their names (« cercle noir »): left out.
_MARKS = re.compile("[←→↑↓✓✔✎↻⚠▲▼►◄…" + re.escape("".join(set("".join(wording.PRIORITY_MARKS.values())))) + "]")


def spoken(text: str) -> str:
    """Words as they are to be said: no « & », no arrow, tick or priority dots (the word is beside them)."""
    words = _MARKS.sub(" ", plain(text))
    return " ".join(words.split())


def name_field(widget: QWidget, name: str) -> QWidget:
    """Name a field that no label introduces; also as its description, read on Linux, where Qt says a
    combo box by its value and its label only through a buddy."""
    widget.setAccessibleName(name)
    widget.setAccessibleDescription(name)
    return widget


def name_from_buddies(root: QWidget) -> None:
    """Every field introduced by a label, and not named otherwise, takes the label's words as its name."""
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and not buddy.accessibleName() and label.text():
            buddy.setAccessibleName(plain(label.text()))


def _shown_text(widget: QWidget) -> str:
    if isinstance(widget, QLabel):
        return widget.text()
    if isinstance(widget, QAbstractButton):
        return plain(widget.text())
    if isinstance(widget, QComboBox):
        return widget.currentText()
    return ""


class _Custom(QAccessibleWidget):
    """A widget shown with another role; a label keeps its text as its name, a button its actions."""

    def __init__(self, widget: QWidget, role: Role, childless: bool):
        super().__init__(widget, role)
        self._childless = childless

    def text(self, kind):
        widget = self.widget()
        if kind == QAccessible.Text.Name and widget is not None:
            return widget.accessibleName() or _shown_text(widget) or super().text(kind)
        if kind == QAccessible.Text.Description and widget is not None and widget.accessibleDescription():
            return widget.accessibleDescription()
        return super().text(kind)

    def childCount(self):
        return 0 if self._childless else super().childCount()

    def child(self, index):
        return None if self._childless else super().child(index)

    def state(self):
        state = super().state()
        widget = self.widget()
        if isinstance(widget, QAbstractButton) and widget.isCheckable():
            state.checkable = True
            state.checked = widget.isChecked()
        return state

    def actionNames(self):
        names = list(super().actionNames())
        if isinstance(self.widget(), QAbstractButton):
            names.insert(0, QAccessibleWidget.pressAction())
        return names

    def doAction(self, name):
        widget = self.widget()
        if isinstance(widget, QAbstractButton) and name in (
            QAccessibleWidget.pressAction(),
            QAccessibleWidget.toggleAction(),
        ):
            widget.click()
            return
        super().doAction(name)


def _factory(key: str, obj):
    if not isinstance(obj, QWidget):
        return None
    role = obj.property(_ROLE)
    if role is None:
        return None
    return _Custom(obj, Role(int(role)), bool(obj.property(_CHILDLESS)))


_installed = False


def install() -> None:
    """Give custom roles to the widgets that ask for one (once per process)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
