""""Import the corporate register…": the NTA's files (the monthly full data, then daily change
files) into the register, with a progress bar; the import runs on its own thread, and a bad file
or a cancelled window leaves the register as it was (register_store.py)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFileDialog, QLabel, QProgressBar, QPushButton, QVBoxLayout,
)

from assistant.ui.translations import Retranslated

DOWNLOAD_PAGE = "https://www.houjin-bangou.nta.go.jp/download/"


class _Import(QThread):
    progress = Signal(int, int, int)  # per mille done, rows, seconds
    done = Signal(object)
    failed = Signal(str)

    def __init__(self, files: list[Path], parent=None):
        super().__init__(parent)
        self.files = files

    def run(self) -> None:
        import time

        from assistant.io.user_errors import UserError
        from assistant.records.register_files import sources
        from assistant.records.register_store import import_files

        started = time.monotonic()

        def report(done: int, total: int, rows: int) -> None:
            self.progress.emit(int(1000 * done / total) if total else 0, rows,
                               int(time.monotonic() - started))

        try:
            self.done.emit(import_files(sources(self.files), progress=report))
        except (UserError, OSError, ValueError) as exc:
            self.failed.emit(str(exc))


class RegisterDialog(Retranslated, QDialog):
    """Choose the downloaded files; see how far the import is; `imported` once it is done."""

    imported = Signal()

    def __init__(self, parent=None):
        super().__init__(parent, objectName="registerDialog")
        self.intro = QLabel(objectName="registerIntro")
        self.intro.setWordWrap(True)
        self.intro.setOpenExternalLinks(False)
        self.state = QLabel(objectName="registerState")
        self.state.setWordWrap(True)
        self.choose = QPushButton(objectName="registerChoose")
        self.choose.clicked.connect(self.ask_files)
        self.bar = QProgressBar(objectName="registerProgress")
        self.bar.setRange(0, 1000)
        self.bar.setVisible(False)
        self.message = QLabel(objectName="registerMessage")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.state, self.choose, self.bar, self.message, self.buttons):
            layout.addWidget(widget)
        self._worker: _Import | None = None
        self.setMinimumWidth(620)  # the wrapped introduction needs the width to find its height
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import the corporate register"))
        self.intro.setText(self.tr(
            "Every company in Japan, offline: download the National Tax Agency's data from {page} "
            "(全件データ, CSV形式, Unicode or Shift-JIS; the whole country or your prefectures) and "
            "choose the .zip files here. Later, daily change files (差分データ) bring it up to date. "
            "This program never goes online itself.").format(page=DOWNLOAD_PAGE))
        self.choose.setText(self.tr("&Choose the downloaded files…"))
        self.choose.setAccessibleName(self.tr("Choose the downloaded files"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.show_state()

    def show_state(self) -> None:
        """What the register holds now (it is opened here, never at start-up)."""
        from assistant.records.register import Register, RegisterUnusable

        try:
            register = Register.open()
        except RegisterUnusable as exc:
            self.state.setText(self.tr("The register cannot be read: {problem}").format(problem=exc))
            return
        if register is None:
            self.state.setText(self.tr("No register imported yet."))
            return
        status = register.status()
        register.close()
        self.state.setText(self.tr("The register holds {count} companies, data as of {day}.")
                           .format(count=f"{status['count']:,}", day=status["as_of"]))

    def ask_files(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("The NTA's register files"), "",
            self.tr("Register files (*.zip *.csv)"))
        if files:
            self.start([Path(f) for f in files])

    def start(self, files: list[Path]) -> None:
        """Import the files on a thread; the bar moves as the files are read."""
        self.choose.setEnabled(False)
        self.bar.setVisible(True)
        self.bar.setValue(0)
        self.message.setText(self.tr("Importing…"))
        self._worker = worker = _Import(files, self)
        worker.progress.connect(self._progress)
        worker.done.connect(self._done)
        worker.failed.connect(self._failed)
        worker.start()

    def _progress(self, per_mille: int, rows: int, seconds: int) -> None:
        self.bar.setValue(per_mille)
        self.message.setText(self.tr("Importing… {rows} rows, {seconds} s")
                             .format(rows=f"{rows:,}", seconds=seconds))

    def _done(self, result) -> None:
        self.bar.setValue(1000)
        self.choose.setEnabled(True)
        self.message.setText(self.tr("Imported {rows} rows.").format(rows=f"{result.rows:,}"))
        self.show_state()
        self.imported.emit()

    def _failed(self, problem: str) -> None:
        self.bar.setVisible(False)
        self.choose.setEnabled(True)
        self.message.setText(self.tr("Nothing was changed: {problem}").format(problem=problem))

    def wait(self) -> None:
        """Until the import ends (tests; and before the window goes)."""
        if self._worker is not None:
            self._worker.wait()

    def done(self, result: int) -> None:  # noqa: A003 - Qt's name
        if self._worker is not None and self._worker.isRunning():
            # Closing would leave the import without a window to report to: it goes on.
            self.message.setText(self.tr("Still importing: close this window once it is done "
                                         "(the register stays as it was until then)."))
            return
        super().done(result)
