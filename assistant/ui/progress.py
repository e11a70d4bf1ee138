"""The directory, with a progress dialog while a large folder of new records is indexed."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from assistant.records.directory import Directory, load_directory


def load_directory_showing_progress() -> Directory:
    """The directory; when many new records are being indexed (a first start with a large
    folder), a progress dialog shows how far it is, once it has taken a second."""
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
