"""For benchmarks/run.py: print READY and the peak memory once the window's first paint is done,
then quit. Loaded only when DRA_EXIT_AFTER_FIRST_PAINT is set; the bare baseline there does the
same on an empty wizard, so both are timed to the same moment."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class FirstPaint(QObject):
    def __init__(self, window: QWidget, app: QApplication):
        super().__init__(window)
        self._app = app
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._report)  # after this paint, children's included
        return False

    def _report(self) -> None:
        print("READY", peak_memory_kib(), flush=True)
        self._app.quit()


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
