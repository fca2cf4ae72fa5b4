"""The window fits the screen it opens on, and comes back as it was even after a crash."""

from PySide6.QtCore import QByteArray, QRect
from PySide6.QtWidgets import QApplication


def test_the_window_never_opens_larger_than_the_screen(qtbot, context):
    from peerready.ui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    available = window.screen().availableGeometry()
    assert window.width() <= available.width() and window.height() <= available.height()
    assert available.contains(QRect(window.pos(), window.size()))
    small = available.width() < 1280 or available.height() < 850
    assert window.wants_maximised() == small


def test_the_size_and_place_are_kept_without_quitting(qtbot, context):
    from peerready.ui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.resize(640, 480)
    qtbot.waitUntil(lambda: isinstance(context.setting("window/geometry"), QByteArray), timeout=3000)
    kept = context.setting("window/geometry")
    assert not kept.isEmpty()
    # The laptop dies here: no closeEvent. The next window comes back at the same size.
    again = MainWindow(context)
    qtbot.addWidget(again)
    assert again.size().toTuple() == (640, 480)
    QApplication.processEvents()


def test_a_size_kept_on_a_bigger_screen_is_fitted_to_this_one(qtbot, context):
    from peerready.ui.main_window import MainWindow

    first = MainWindow(context)
    qtbot.addWidget(first)
    available = first.screen().availableGeometry()
    first.resize(available.width() + 900, available.height() + 700)  # as on a large monitor, now unplugged
    context.set_setting("window/geometry", first.saveGeometry())
    again = MainWindow(context)
    qtbot.addWidget(again)
    assert again.width() <= available.width() and again.height() <= available.height()
