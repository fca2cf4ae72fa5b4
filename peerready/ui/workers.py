"""Run slow work (PDF, import, export) off the UI thread and report back on it."""

from __future__ import annotations

import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, function: Callable[[], object]):
        super().__init__()
        self.function = function
        self.signals = _Signals()

    def run(self) -> None:
        try:
            value = self.function()
        except Exception as error:  # reported to the UI thread, which shows a clear message
            error.details = traceback.format_exc()
            self.signals.failed.emit(error)
        else:
            self.signals.finished.emit(value)


_running: set[_Job] = set()


def run_in_background(
    function: Callable[[], object], on_done: Callable[[object], None], on_error: Callable[[Exception], None]
) -> _Job:
    """Call ``function`` on a worker thread; ``on_done`` / ``on_error`` run on the UI thread.

    ``function`` must not touch widgets or the UI thread's Store: open its own if needed.
    """
    job = _Job(function)
    job.setAutoDelete(False)
    _running.add(job)

    def done(value):
        _running.discard(job)
        on_done(value)

    def failed(error):
        _running.discard(job)
        on_error(error)

    job.signals.finished.connect(done)
    job.signals.failed.connect(failed)
    QThreadPool.globalInstance().start(job)
    return job


def wait_for_all(milliseconds: int = 30000) -> bool:
    return QThreadPool.globalInstance().waitForDone(milliseconds)
