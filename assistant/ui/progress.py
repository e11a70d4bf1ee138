"""The directory for the wizard: the last load's at once, checked against the folders after the
first paint and off the GUI thread; a full load (with a progress dialog while a large folder of
new records is indexed) only where there is no last load to start from."""
from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QObject, Signal

from assistant.records.directory import Directory, check, default_folders, load_directory
from assistant.records.directory_view import open_last, view_of


def open_directory() -> tuple[Directory, "RecordsCheck | None"]:
    """The directory, and the check to start once the first page is painted (None when the
    directory was loaded in full just now). Opening the last load's takes the same time for 5
    records or 100,000: the folders are not even listed before the first paint."""
    folders = default_folders()
    directory = open_last(folders)
    if directory is not None:
        return directory, RecordsCheck(directory, folders)
    return load_directory_showing_progress(), None


class RecordsCheck(QObject):
    """Loads the record folders in full in a thread of its own; if they hold anything the shown
    directory does not, the shown directory becomes the new one (Directory.take) and `changed`
    is emitted, in the GUI thread."""

    changed = Signal()
    _finished = Signal(object)  # the new directory or None, from the thread to the GUI thread

    def __init__(self, directory: Directory, folders: list, parent: QObject | None = None):
        super().__init__(parent)
        self._directory, self._folders = directory, folders
        self._finished.connect(self._take)
        self._written = 0
        self.running = False

    def start(self) -> None:
        self.running = True
        self._written = self._directory.index.written
        shown = view_of(self._directory)  # here: the shown directory's connection is this thread's
        threading.Thread(target=self._load, args=(shown,), name="records-check", daemon=True).start()

    def _load(self, shown: str) -> None:
        try:
            fresh = check(self._folders, shown)
        except Exception:  # noqa: BLE001 - the list shown stays; the next start checks again
            fresh = None
        self._finished.emit(fresh)

    def _take(self, fresh: Directory | None) -> None:
        self.running = False
        if fresh is None:
            return
        if self._directory.index.written != self._written:  # a record added meanwhile (import)
            fresh.index.close()
            self.start()  # the folders again, that record included
            return
        self._directory.take(fresh)
        self.changed.emit()


def load_directory_showing_progress() -> Directory:
    """The directory loaded in full; when many new records are being indexed (a first start with
    a large folder), a progress dialog shows how far it is, once it has taken a second."""
    dialog = None

    def progress(done: int, total: int) -> None:
        nonlocal dialog
        if dialog is None:
            from PySide6.QtCore import Qt
            from PySide6.QtWidgets import QProgressDialog

            dialog = QProgressDialog()
            dialog.setWindowTitle(QCoreApplication.translate("RequestWizard", "Disclosure Request Assistant"))
            dialog.setLabelText(QCoreApplication.translate(
                "Progress", "Indexing company records (only after they change)…"))
            dialog.setCancelButton(None)
            dialog.setMinimumDuration(1000)
            dialog.setWindowModality(Qt.WindowModality.ApplicationModal)  # its events get processed
        dialog.setMaximum(total)
        dialog.setValue(done)

    directory = load_directory(progress=progress)
    if dialog is not None:
        dialog.close()
        dialog.deleteLater()
    return directory
