"""Colours and the focus ring, measured as WCAG 2.2 measures them (issue: accessibility audit).

The contrast ratios are computed here from the palettes the app installs (normal and high contrast),
with WCAG's own formula, not with the app's: 4.5:1 for text (1.4.3), 3:1 for the parts of a control
and for the focus ring (1.4.11). Then widgets are drawn offscreen with the focus put on them by the
program (``setFocus``, as the app does when it opens a page), by the mouse and by the Tab key: the
ring must be there, at least 2 pixels wide on each side, in a colour that stands out from the
widget and from the window around it. In high contrast, the borders of buttons, tabs and fields
are measured on the drawn pixels against the black around them.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTabBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from peerready.ui import focus_style, theme
from peerready.ui.widgets.date_field import FrenchDateEdit
from peerready.ui.widgets.option_button import OptionButton
from peerready.ui.widgets.radar import RadarWidget, Series
from peerready.ui.widgets.wrapping_radio import WrappingRadio

Role, Group = QPalette.ColorRole, QPalette.ColorGroup
TEXT, NON_TEXT = 4.5, 3.0


luminance, ratio = focus_style.luminance, focus_style.contrast  # WCAG's formulas, the style's own


def shown(colour: QColor, over: QColor) -> QColor:
    """A see-through colour as it shows over ``over`` (WCAG measures what is seen)."""
    alpha = colour.alphaF()
    return QColor(
        round(over.red() + (colour.red() - over.red()) * alpha),
        round(over.green() + (colour.green() - over.green()) * alpha),
        round(over.blue() + (colour.blue() - over.blue()) * alpha),
    )


@pytest.fixture
def app():
    from peerready.ui.app import create_application

    application, family = create_application()
    yield application
    theme.apply(application, 100, False, family)


@pytest.fixture(params=[False, True], ids=["normal", "contraste-eleve"])
def high_contrast(request, app):
    theme.apply(app, 100, request.param)
    return request.param


# -- the palettes ----------------------------------------------------------------------------------

#: (what, foreground role, background role, least ratio), in the active and the inactive window.
PAIRS = [
    ("texte sur la fenêtre", Role.WindowText, Role.Window, TEXT),
    ("texte d’un champ", Role.Text, Role.Base, TEXT),
    ("texte d’une ligne sur deux", Role.Text, Role.AlternateBase, TEXT),
    ("texte d’un bouton", Role.ButtonText, Role.Button, TEXT),
    ("ligne choisie", Role.HighlightedText, Role.Highlight, TEXT),
    ("texte indicatif d’un champ vide", Role.PlaceholderText, Role.Base, TEXT),
    ("lien dans un champ", Role.Link, Role.Base, TEXT),
    ("lien sur la fenêtre", Role.Link, Role.Window, TEXT),
    ("lien déjà suivi", Role.LinkVisited, Role.Base, TEXT),
    ("bulle d’aide", Role.ToolTipText, Role.ToolTipBase, TEXT),
    ("anneau de focus sur la fenêtre", Role.Highlight, Role.Window, NON_TEXT),
    ("anneau de focus sur un champ", Role.Highlight, Role.Base, NON_TEXT),
    ("anneau de focus sur un bouton", Role.Highlight, Role.Button, NON_TEXT),
    ("couleur d’accent", Role.Accent, Role.Window, NON_TEXT),
]


@pytest.mark.parametrize("group", [Group.Active, Group.Inactive], ids=["active", "inactive"])
@pytest.mark.parametrize(("what", "foreground", "background", "least"), PAIRS, ids=[p[0] for p in PAIRS])
def test_every_colour_pair_of_the_palette_reaches_aa(app, high_contrast, group, what, foreground, background, least):
    palette = app.palette()
    behind = palette.color(group, background)
    seen = shown(palette.color(group, foreground), behind)
    assert ratio(seen, behind) >= least, f"{what} : {seen.name()} sur {behind.name()}"


def test_a_dropped_action_written_in_the_disabled_grey_reads_at_aa(app, high_contrast):
    """The plan shows a dropped action in the disabled text colour: information, so 4.5:1 on the table."""
    palette = app.palette()
    grey = palette.color(Group.Disabled, Role.Text)
    for background in (Role.Base, Role.AlternateBase):
        assert ratio(grey, palette.color(Group.Active, background)) >= TEXT


def test_the_app_and_wcag_agree_on_a_ratio():
    assert focus_style.contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21)
    assert focus_style.contrast(QColor("#ffffff"), QColor("#308cc6")) == pytest.approx(3.69, abs=0.01)
    for first, second in (("#2a7bae", "#efefef"), ("#ffd500", "#000000"), ("#767676", "#ffffff")):
        assert focus_style.contrast(QColor(first), QColor(second)) == pytest.approx(
            ratio(QColor(first), QColor(second))
        )


def test_before_the_fix_fusion_fell_short_where_the_audit_said(app):
    """The figures of the audit, from Fusion's own palette: the reason for the palette fixes."""
    fusion = QPalette(QColor("#efefef"))  # Fusion's defaults: button and window
    fusion.setColor(Role.Highlight, QColor("#308cc6"))
    fusion.setColor(Role.HighlightedText, QColor("#ffffff"))
    fusion.setColor(Role.Base, QColor("#ffffff"))
    fusion.setColor(Role.PlaceholderText, QColor(0, 0, 0, 128))
    assert ratio(QColor("#ffffff"), QColor("#308cc6")) < TEXT
    assert ratio(shown(QColor(0, 0, 0, 128), QColor("#ffffff")), QColor("#ffffff")) < TEXT
    fixed = theme.readable_palette(fusion)
    assert ratio(fixed.color(Role.HighlightedText), fixed.color(Role.Highlight)) >= TEXT
    assert ratio(fixed.color(Role.PlaceholderText), fixed.color(Role.Base)) >= TEXT
    # Only as far as needed: still a blue, still a grey.
    highlight = fixed.color(Role.Highlight)
    assert highlight.blue() > highlight.red() + 60
    assert ratio(fixed.color(Role.PlaceholderText), fixed.color(Role.Text)) > 2


@pytest.mark.parametrize(
    ("window", "text", "highlight"),
    [
        ("#f3f3f3", "#000000", "#0078d4"),  # Windows 11, light
        ("#202020", "#ffffff", "#4cc2ff"),  # Windows 11, dark
        ("#ececec", "#000000", "#0a82ff"),  # macOS, light
        ("#353535", "#ffffff", "#2a82da"),  # a dark Fusion theme
    ],
)
def test_any_platform_palette_is_brought_to_aa(window, text, highlight):
    platform = QPalette(QColor(window), QColor(window))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        platform.setColor(role, QColor(text))
    platform.setColor(Role.Base, QColor(window).lighter(110) if QColor(window).lightness() > 128 else QColor(window))
    platform.setColor(Role.Highlight, QColor(highlight))
    platform.setColor(Role.HighlightedText, QColor("#ffffff"))
    placeholder = QColor(text)
    placeholder.setAlpha(128)
    platform.setColor(Role.PlaceholderText, placeholder)
    fixed = theme.readable_palette(platform)
    assert ratio(fixed.color(Role.HighlightedText), fixed.color(Role.Highlight)) >= TEXT
    assert ratio(fixed.color(Role.PlaceholderText), fixed.color(Role.Base)) >= TEXT
    for background in (Role.Window, Role.Base, Role.Button):
        assert ratio(fixed.color(Role.Highlight), fixed.color(background)) >= NON_TEXT


def test_the_ring_of_a_chosen_row_stands_out_from_the_row(app, high_contrast):
    palette = app.palette()
    fill = palette.color(Role.Highlight)
    colour = focus_style.ring_colour(palette, fill)
    assert ratio(colour, fill) >= NON_TEXT


# -- the ring, drawn -------------------------------------------------------------------------------


def pixel(image: QImage, x: int, y: int) -> QColor:
    return image.pixelColor(x, y)


def ring_widths(image: QImage, rect, colour: QColor) -> list[int]:
    """How many pixels of ``colour`` there are inwards from the middle of each side of ``rect``."""
    left, top, right, bottom = rect.left(), rect.top(), rect.right(), rect.bottom()
    middle_x, middle_y = (left + right) // 2, (top + bottom) // 2
    walks = (
        [(x, middle_y) for x in range(left, right)],  # from the left edge
        [(x, middle_y) for x in range(right, left, -1)],
        [(middle_x, y) for y in range(top, bottom)],
        [(middle_x, y) for y in range(bottom, top, -1)],
    )
    widths = []
    for walk in walks:
        count = 0
        for x, y in walk:
            if pixel(image, x, y).rgb() != colour.rgb():
                break
            count += 1
        widths.append(count)
    return widths


def assert_ring(image: QImage, rect, colour: QColor, *next_to: QColor, least: int = 2) -> int:
    widths = ring_widths(image, rect, colour)
    assert min(widths) >= least, f"anneau {colour.name()} de {widths} pixels (gauche, droite, haut, bas)"
    for other in next_to:
        assert ratio(colour, other) >= NON_TEXT, f"{colour.name()} contre {other.name()}"
    return min(widths)


@pytest.fixture
def stage(qtbot, app):
    """A window to put widgets in, shown and active, so that they can hold the focus."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    qtbot.addWidget(holder)

    def add(widget: QWidget) -> QWidget:
        layout.addWidget(widget)
        return widget

    holder.add = add
    return holder


def show(qtbot, holder: QWidget) -> None:
    holder.resize(700, 700)
    holder.show()
    qtbot.waitExposed(holder)
    holder.activateWindow()
    qtbot.waitUntil(holder.isActiveWindow)


def focus(qtbot, widget: QWidget) -> QImage:
    """Focus put by the program, as the app does when it opens a page or a question; no key pressed."""
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(widget.hasFocus)
    assert not widget.window().testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
    return widget.grab().toImage()


def _radar() -> RadarWidget:
    radar = RadarWidget()
    radar.set_data([("a", "Sens"), ("b", "Équipe"), ("c", "Poste")], [Series("Tous", {"a": 30, "b": 60, "c": 50})])
    radar.setMinimumSize(300, 240)
    return radar


def _combo(editable: bool) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(editable)
    combo.addItems(["À faire", "En cours"])
    return combo


#: The widgets that hold the focus in the app, standard and its own; the ring goes round each.
FOCUSED = {
    "bouton": lambda: QPushButton("Voir le plan d’action"),
    "case à cocher": lambda: QCheckBox("Pas de date"),
    "bouton radio": lambda: QRadioButton("Complète"),
    "bouton radio à la ligne": lambda: WrappingRadio("Oui, je veux bien que mes réponses soient partagées"),
    "champ": lambda: QLineEdit("Direction"),
    "liste déroulante": lambda: _combo(False),
    "liste déroulante modifiable": lambda: _combo(True),
    "date": FrenchDateEdit,
    "zone de texte": lambda: QPlainTextEdit("Notes"),
    "réponse à une question": lambda: OptionButton(2, "Plutôt oui"),
    "radar": _radar,
}


@pytest.mark.parametrize("kind", FOCUSED)
def test_a_widget_focused_by_the_program_shows_a_ring_of_two_pixels_or_more(qtbot, stage, high_contrast, kind):
    widget = stage.add(FOCUSED[kind]())
    show(qtbot, stage)
    image = focus(qtbot, widget)
    palette = widget.palette()
    colour = palette.color(Role.Highlight)
    assert_ring(image, widget.rect(), colour, palette.color(Role.Window), palette.color(Role.Button))


def test_the_ring_grows_with_the_text_size(qtbot, stage, app):
    button = stage.add(QPushButton("Suivant →"))
    show(qtbot, stage)
    widths = []
    for scale in (100, 200):
        theme.apply(app, scale, False)
        image = focus(qtbot, button)
        widths.append(min(ring_widths(image, button.rect(), button.palette().color(Role.Highlight))))
        button.clearFocus()
    assert widths[0] >= 2 and widths[1] > widths[0], widths


def test_a_tab_focused_by_the_program_shows_its_ring(qtbot, stage, high_contrast):
    tabs = stage.add(QTabBar())
    for text in ("Alertes (21)", "Écarts de perception (4)", "Ce qui manque (28)"):
        tabs.addTab(text)
    tabs.setCurrentIndex(1)
    show(qtbot, stage)
    image = focus(qtbot, tabs)
    palette = tabs.palette()
    assert_ring(image, tabs.tabRect(1), palette.color(Role.Highlight), palette.color(Role.Window))


def test_a_list_and_its_current_row_show_their_rings(qtbot, stage, high_contrast):
    alerts = stage.add(QListWidget())
    alerts.addItems(["Alerte grave : recrutement lié au financement", "Projet décidé sans l’équipe", "Postes"])
    alerts.setCurrentRow(1)
    show(qtbot, stage)
    image = focus(qtbot, alerts)
    palette = alerts.palette()
    assert_ring(image, alerts.rect(), palette.color(Role.Highlight), palette.color(Role.Base))
    # The current row is chosen: its ring stands out from the highlight it is drawn on.
    row = alerts.visualItemRect(alerts.item(1)).translated(alerts.viewport().pos())
    fill = palette.color(Role.Highlight)
    if not high_contrast:
        colour = pixel(image, row.left(), row.center().y())
        assert_ring(image, row, colour, fill, palette.color(Role.Base))
    else:  # yellow in black: the ring goes inside the row, yellow on both sides of it
        inside = row.adjusted(focus_style.ROW_GAP, focus_style.ROW_GAP, -focus_style.ROW_GAP, -focus_style.ROW_GAP)
        assert_ring(image, inside, palette.color(Role.HighlightedText), fill)
        assert pixel(image, row.left(), row.center().y()).rgb() == fill.rgb()


def test_a_table_cell_not_chosen_shows_the_ring(qtbot, stage, high_contrast):
    table = stage.add(QTableWidget(2, 2))
    for row in range(2):
        for column in range(2):
            table.setItem(row, column, QTableWidgetItem(f"Action {row + 1}"))
    table.setCurrentCell(1, 1)
    table.clearSelection()
    show(qtbot, stage)
    image = focus(qtbot, table)
    palette = table.palette()
    cell = table.visualItemRect(table.item(1, 1)).translated(table.viewport().pos())
    assert_ring(image, cell, palette.color(Role.Highlight), palette.color(Role.Base))


def test_the_ring_shows_after_a_click_and_after_the_tab_key(qtbot, stage, app):
    theme.apply(app, 100, False)
    first = stage.add(QPushButton("Précédent"))
    second = stage.add(QPushButton("Suivant"))
    show(qtbot, stage)
    colour = first.palette().color(Role.Highlight)
    qtbot.mouseClick(first, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    qtbot.waitUntil(first.hasFocus)
    assert_ring(first.grab().toImage(), first.rect(), colour)
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    qtbot.waitUntil(second.hasFocus)
    assert_ring(second.grab().toImage(), second.rect(), colour)
    assert ring_widths(first.grab().toImage(), first.rect(), colour) == [0, 0, 0, 0]  # gone with the focus


# -- high contrast: the borders --------------------------------------------------------------------


BORDERED = {
    "bouton": lambda: QPushButton("Ouvrir"),
    "champ": QLineEdit,
    "liste déroulante": QComboBox,
    "case à cocher": lambda: QCheckBox("Pas de date"),
    "zone de texte": QPlainTextEdit,
}


@pytest.mark.parametrize("kind", [*BORDERED, "onglet"])
def test_in_high_contrast_controls_have_borders_that_stand_out_from_black(qtbot, stage, app, kind):
    """Fusion draws them in a shade of the window colour: black on black, buttons read as plain text."""
    theme.apply(app, 100, True)
    if kind == "onglet":
        widget = stage.add(QTabBar())
        widget.addTab("Alertes")
        widget.addTab("Écarts")
        area = lambda: widget.tabRect(1)  # noqa: E731  (the tab not chosen: the plainest)
    else:
        widget = stage.add(BORDERED[kind]())
        area = widget.rect
    stage.add(QPushButton("ailleurs")).setFocus()  # the one measured has no ring, only its border
    show(qtbot, stage)
    image = widget.grab().toImage()
    background = stage.palette().color(Role.Window)
    rect = area()
    # The first pixel that is not the background, going right from the left edge at mid-height.
    row = [
        pixel(image, x, rect.center().y()) for x in range(rect.left(), rect.left() + 3 * focus_style.ring_width() + 4)
    ]
    drawn = [colour for colour in row if colour.rgb() != background.rgb()]
    assert drawn, f"aucune bordure : {[c.name() for c in row]}"
    assert ratio(drawn[0], background) >= NON_TEXT, f"bordure {drawn[0].name()} sur {background.name()}"
