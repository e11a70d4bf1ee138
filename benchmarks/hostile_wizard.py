"""The wizard's side of benchmarks/hostile.py, run offscreen in a child process:

    hostile_wizard.py open DRAFT      open a draft as "Open draft" does, then walk the pages
    hostile_wizard.py recover DRAFT   the same draft as a crash-recovery draft at start ("Yes")
    hostile_wizard.py search TEXT     type TEXT (\\0 for NUL) into the company search

It prints what the person would see (a refusal or the page reached) and exits 0; a traceback, a
hang or a crash is what the runner counts.
"""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox  # noqa: E402


def _errors_raise() -> None:
    """An exception in a Qt slot is printed by PySide6 and the program goes on; count it."""
    def hook(kind, value, trace):
        sys.__excepthook__(kind, value, trace)
        os._exit(3)
    sys.excepthook = hook


def _walk(wizard) -> str:
    """Next as far as it goes, back to the start, forward again: what a person does."""
    for _ in range(6):
        if not wizard.currentPage().isComplete():
            break
        wizard.next()
        QApplication.processEvents()
    reached = wizard.currentId()
    while wizard.currentId() > 0:
        wizard.back()
        QApplication.processEvents()
    for _ in range(reached):
        if wizard.currentPage().isComplete():
            wizard.next()
            QApplication.processEvents()
    return f"reached page {reached}, then {wizard.currentId()}"


def main(action: str, argument: str) -> int:
    _errors_raise()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from assistant.case.drafts import recovery_path
    from assistant.ui.wizard import RequestWizard

    warnings: list[str] = []
    QMessageBox.warning = staticmethod(lambda *a, **k: warnings.append(str(a[2])[:200]))
    QMessageBox.question = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    QFileDialog.getOpenFileName = staticmethod(lambda *a, **k: (argument, ""))
    wizard = RequestWizard(language="en")
    wizard.show()
    app.processEvents()
    if action == "open":
        wizard.open_draft()
    elif action == "recover":
        recovery_path().parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(argument, recovery_path())
        wizard.offer_recovery()
    else:
        wizard.company_page.search.setText(argument.replace("\\0", "\0"))
        app.processEvents()
    print(warnings[0] if warnings else _walk(wizard))
    wizard._closed_normally()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
