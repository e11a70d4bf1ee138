"""Work for after the window's first paint: checking the record folders (ui/progress.py), and
for benchmarks/ printing READY with the peak memory, then quitting (DRA_EXIT_AFTER_FIRST_PAINT;
the bare baseline there does the same on an empty wizard, so both are timed to the same moment)."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class AfterFirstPaint(QObject):
    """Calls `then` once the window's first paint is done (its children's included)."""

    def __init__(self, window: QWidget, then: Callable[[], None]):
        super().__init__(window)
        self._then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)  # after this paint, children's included
        return False


def report_and_quit(app: QApplication) -> None:
    print("READY", peak_memory_kib(), flush=True)
    app.quit()


def peak_memory_kib() -> int:
    """This process's peak memory: Linux's VmHWM (ru_maxrss would count the memory a parent had
    when it started this process), else ru_maxrss."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
