"""Start the wizard: `python main.py` with no arguments."""
from __future__ import annotations

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from assistant.ui.fonts import application_font


def run_gui(argv: list[str] | None = None) -> int:
    """Open the wizard and run until it is closed; returns the exit status."""
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("Disclosure Request Assistant")
    app.setFont(application_font())
    from assistant.ui.wizard import RequestWizard  # after the font, so every widget picks it up

    wizard = RequestWizard()
    if os.environ.get("DRA_EXIT_AFTER_FIRST_PAINT"):  # benchmarks/run.py times start-up to here
        from assistant.ui.first_paint import FirstPaint

        FirstPaint(wizard, app)
    wizard.show()
    QTimer.singleShot(0, wizard.offer_recovery)
    return app.exec()
