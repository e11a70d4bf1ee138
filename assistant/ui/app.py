"""Start the wizard: `python main.py` (or `disclosure-assistant`) with no arguments."""
from __future__ import annotations

import gc
import os
import sys

from typing import TYPE_CHECKING

from assistant.ui.source_reads import spare_source_reads  # before Qt, so never read by its hook

from PySide6.QtWidgets import QApplication  # noqa: I001 - after source_reads

spare_source_reads()  # before the interface's modules are imported: see source_reads.py

from assistant.io.paths import RESOURCES  # noqa: E402 - after spare_source_reads()
from assistant.ui.fonts import application_font  # noqa: E402

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon


def application_icon() -> "QIcon":
    """The program's icon in every drawn size (resources/icons, made by packaging/make_icons.py).
    Made after the first paint: PySide6 builds Qt's icon class (with its 150 theme names) when a
    module first names it, some 2 ms."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for png in sorted((RESOURCES / "icons").iterdir()):  # (a glob would compile a pattern)
        if png.name.startswith("disclosure-assistant-") and png.suffix == ".png":
            icon.addFile(str(png))
    return icon


def run_gui(argv: list[str] | None = None) -> int:
    """Open the wizard and run until it is closed; returns the exit status."""
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    wizard = open_wizard(app)
    from assistant.ui.window_size import remember

    app.aboutToQuit.connect(lambda: remember(wizard))
    return app.exec()


def open_wizard(app: QApplication):
    """The wizard, shown (painted once the event loop runs), with the application's settings."""
    app.setApplicationName("Disclosure Request Assistant")
    app.setDesktopFileName("disclosure-assistant")  # the desktop entry (packaging/), for its icon
    app.setFont(application_font())
    from assistant.ui.wizard import RequestWizard  # after the font, so every widget picks it up
    from assistant.ui.window_size import restore

    wizard = RequestWizard()
    restore(wizard)
    from assistant.ui.first_paint import AfterFirstPaint, report_and_quit

    if os.environ.get("DRA_EXIT_AFTER_FIRST_PAINT"):  # benchmarks/run.py times start-up to here
        AfterFirstPaint(wizard, lambda: report_and_quit(app))
    else:
        AfterFirstPaint(wizard, lambda: after_first_paint(wizard))
    wizard.show()
    return wizard


def after_first_paint(wizard) -> None:
    """What the first page does not need, once it is on screen: the garbage collector again
    (launch.run turns it off for the start), the window's icon (some 3 ms before the paint: Qt's
    icon class and its 150 theme names), the check of the record folders, and the offer of what a
    crashed session had typed."""
    gc.enable()
    QApplication.instance().setWindowIcon(application_icon())  # this window's and every dialog's
    if wizard.records_check is not None:
        wizard.records_check.start()
    wizard.offer_recovery()
