"""Work off the GUI thread: a job on a thread pool whose result comes back as a signal, so the
window never freezes while a PDF renders. Only the latest job counts: starting one makes every
earlier one stale, and a stale job is skipped or its result dropped.

The pool is the program's, not a window's: a pool destroyed with its window waits for a running
job inside Qt's destructor while holding Python's lock, and the job (Python code) waits for that
lock — the program froze when a window went while a preview was rendering. The one pool lives
until the program ends, and is waited for (with the lock let go) just before."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(int, object, object)  # ticket, tag, result
    failed = Signal(int, object, str)  # ticket, tag, message


class _Job(QRunnable):
    def __init__(self, work: Callable[[], object], tag: object, ticket: int,
                 current: Callable[[], int], signals: _Signals):
        super().__init__()
        self.work, self.tag, self.ticket, self.current, self.signals = work, tag, ticket, current, signals

    def run(self) -> None:
        if self.ticket != self.current():
            return  # a newer job was asked for while this one waited
        try:
            result = self.work()
        except Exception as exc:  # noqa: BLE001 - shown to the person, never lost in a thread
            self.signals.failed.emit(self.ticket, self.tag, str(exc))
        else:
            self.signals.done.emit(self.ticket, self.tag, result)


_POOL: QThreadPool | None = None


def _pool() -> QThreadPool:
    """The program's one background thread (made on first use, waited for at exit)."""
    global _POOL
    if _POOL is None:
        import atexit

        _POOL = QThreadPool()
        _POOL.setMaxThreadCount(1)
        atexit.register(_POOL.waitForDone)
    return _POOL


class Latest(QObject):
    """Runs jobs one at a time on the program's background thread; emits finished(tag, result)
    for the latest."""

    finished = Signal(object, object)
    failed = Signal(object, str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = _pool()
        # Not a child: a job still running when this goes emits on it harmlessly (it holds it).
        self._signals = _Signals()
        self._signals.done.connect(self._done)
        self._signals.failed.connect(self._failed)
        self._ticket = 0

    def run(self, work: Callable[[], object], tag: object = None) -> None:
        """Start work (on the pool's thread); tag comes back with its result."""
        self._ticket += 1
        self._pool.start(_Job(work, tag, self._ticket, lambda: self._ticket, self._signals))

    def cancel(self) -> None:
        """Make every job asked for so far stale."""
        self._ticket += 1

    def wait(self, msecs: int = -1) -> bool:
        """Block until no job runs (tests, and before the window goes)."""
        return self._pool.waitForDone(msecs)

    def _done(self, ticket: int, tag: object, result: object) -> None:  # on the GUI thread
        if ticket == self._ticket:
            _emit(self.finished, tag, result)

    def _failed(self, ticket: int, tag: object, message: str) -> None:
        if ticket == self._ticket:
            _emit(self.failed, tag, message)


def _emit(signal, *values: object) -> None:
    try:
        signal.emit(*values)
    except RuntimeError:  # its window has gone meanwhile: nobody to tell
        pass
