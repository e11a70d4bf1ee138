"""What the wizard leaves until its first page is painted (issue 25) still happens once it is:
the garbage collector (off for the start, launch.run), the check of the record folders and the
offer of a crashed session's draft."""
from __future__ import annotations

import gc

from PySide6.QtWidgets import QApplication

from assistant.records.directory import load_directory


def test_the_collector_the_records_check_and_the_recovery_offer_come_after_the_first_paint(
        qtbot, tmp_path, monkeypatch):
    from assistant.ui import app, progress
    from assistant.ui.wizard import RequestWizard

    monkeypatch.setenv("DRA_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("DRA_EXIT_AFTER_FIRST_PAINT", raising=False)
    load_directory().index.close()  # an earlier start: this one opens from its view, checks later
    done: list[str] = []
    monkeypatch.setattr(progress.RecordsCheck, "start", lambda self: done.append("check"))
    monkeypatch.setattr(RequestWizard, "offer_recovery", lambda self: done.append("recovery"))
    gc.disable()  # as launch.run leaves it for the wizard
    try:
        wizard = app.open_wizard(QApplication.instance())
        qtbot.addWidget(wizard)
        assert wizard.records_check is not None
        assert done == [] and not gc.isenabled()  # shown, not yet painted
        qtbot.waitUntil(lambda: len(done) == 2, timeout=5000)
        assert done == ["check", "recovery"] and gc.isenabled()
        assert wizard.company_page.list.count() == 5  # the first page painted with its records
    finally:
        gc.enable()
