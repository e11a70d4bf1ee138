"""Drafts, crash recovery, and failing saves in the wizard: nothing typed is lost, nothing
personal is written unless the person saves (or the recovery draft, deleted after use)."""
from __future__ import annotations

import stat

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLineEdit, QMessageBox

from assistant.case.drafts import DraftError, load_draft, pending_recovery, recovery_path
from assistant.io.paths import user_data_dir
from tests.conftest import posix_only
from tests.ui.conftest import click_next
from tests.ui.test_wizard import PERSON, REP, fill_person, go_to_details


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_save_draft_start_over_open_draft_restores_everything(qtbot, wizard, monkeypatch, tmp_path,
                                                              yes_to_questions):
    go_to_details(qtbot, wizard, "infomart", kind_rows=(1, 4), requester="agent")
    fill_person(qtbot, wizard, "agent")
    wizard.details_page.grounds["leak"].setChecked(True)
    target = tmp_path / "caller.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    qtbot.mouseClick(wizard.findChild(QAbstractButton, "saveDraftButton"), Qt.MouseButton.LeftButton)
    assert _mode(target) == 0o600
    assert load_draft(target).typed.fields["requester.full_name"] == PERSON["fullName"]
    wizard.start_over()
    assert wizard.findChild(QLineEdit, "fullName").text() == ""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(target), "")))
    qtbot.mouseClick(wizard.findChild(QAbstractButton, "openDraftButton"), Qt.MouseButton.LeftButton)
    assert wizard.currentId() == 3  # straight back to the details
    assert wizard.company().id == "infomart" and wizard.kinds() == ("disclosure", "suspension")
    assert wizard.requester() == "agent" and wizard.details_page.grounds["leak"].isChecked()
    for name, text in {**PERSON, **REP}.items():
        assert wizard.findChild(QLineEdit, name).text() in (text, "150-0001")
    click_next(qtbot, wizard)  # the details are complete again


def test_opening_a_file_that_is_not_a_draft_says_so(qtbot, wizard, monkeypatch, tmp_path):
    bad = tmp_path / "not-a-draft.json"
    bad.write_text('{"hello": 1}', encoding="utf-8")
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: warnings.append(a[2])))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(bad), "")))
    wizard.open_draft()
    assert warnings and "not a draft" in warnings[0]
    with pytest.raises(DraftError):
        load_draft(tmp_path / "missing.json")


def test_recovery_draft_is_offered_on_next_start_and_replaced(qtbot, wizard, yes_to_questions):
    from assistant.records.directory import load_directory
    from assistant.io.paths import COMPANIES_DIR
    from assistant.ui.wizard import RequestWizard

    go_to_details(qtbot, wizard, "leverages")
    fill_person(qtbot, wizard)
    wizard.autosave()  # what the timer does every few seconds
    path = recovery_path()
    assert path.exists() and _mode(path) == 0o600 and _mode(path.parent) & 0o077 == 0
    # the program "crashes": a new wizard starts and finds the recovery draft
    second = RequestWizard(directory=load_directory([COMPANIES_DIR]))
    qtbot.addWidget(second)
    second.offer_recovery()
    assert second.findChild(QLineEdit, "fullName").text() == PERSON["fullName"]
    # replaced by what is on screen again (test_far_dates_and_recovery.py: not deleted first)
    assert path.exists() and pending_recovery().typed == second.draft().typed


def test_closing_normally_and_start_over_leave_no_personal_file(qtbot, wizard, yes_to_questions):
    go_to_details(qtbot, wizard, "porters")
    fill_person(qtbot, wizard)
    wizard.autosave()
    assert pending_recovery() is not None
    wizard.start_over()
    assert not recovery_path().exists()
    go_to_details(qtbot, wizard, "porters")
    fill_person(qtbot, wizard)
    wizard.autosave()
    wizard.reject()  # Cancel / close the window: asked first, the recovery draft kept meanwhile
    question = wizard.findChild(QMessageBox, "closeQuestion")
    assert question.isVisible() and recovery_path().exists() and wizard.isVisible()
    question.button(QMessageBox.StandardButton.Yes).click()
    assert not wizard.isVisible() and not recovery_path().exists()
    written = [p for p in user_data_dir().rglob("*") if p.is_file()] if user_data_dir().exists() else []
    assert written == []


def test_a_failing_save_keeps_everything_typed(qtbot, wizard, monkeypatch, tmp_path):
    go_to_details(qtbot, wizard, "porters")
    fill_person(qtbot, wizard)
    click_next(qtbot, wizard)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: warnings.append(a[2])))
    for target in (tmp_path / "no-such-folder" / "c.pdf", tmp_path / ("x" * 300 + ".pdf")):
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
        qtbot.mouseClick(wizard.findChild(QAbstractButton, "saveChecklistButton"), Qt.MouseButton.LeftButton)
    assert len(warnings) == 2 and "does not exist" in warnings[0] and "refuses the name" in warnings[1]
    assert list(tmp_path.iterdir()) == []
    assert wizard.currentId() == 4
    assert wizard.findChild(QLineEdit, "fullName").text() == PERSON["fullName"]


@posix_only
def test_a_pipe_or_a_folder_named_as_a_draft_is_refused_without_hanging(tmp_path):
    import os
    import subprocess
    import sys

    from tests.repo import ROOT

    os.mkfifo(tmp_path / "pipe.json")
    (tmp_path / "folder.json").mkdir()
    recovery_path().parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(recovery_path())  # read as a draft at start-up, it would block the wizard
    # In a child process, so that a regression fails the test instead of hanging it.
    code = ("import sys; from pathlib import Path; from assistant.case.drafts import *\n"
            "for name in sys.argv[1:]:\n"
            "    try: load_draft(Path(name))\n"
            "    except DraftError as exc: print(exc)\n"
            "print(pending_recovery(), recovery_path().exists())\n")
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path / "pipe.json"),
                             str(tmp_path / "folder.json")], cwd=ROOT, capture_output=True,
                            text=True, timeout=20, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 0, result.stderr
    pipe, folder, recovery = result.stdout.splitlines()
    assert "pipe.json" in pipe and "named pipe" in pipe
    assert "folder.json" in folder and "a folder" in folder
    assert recovery == "None False"  # refused and removed

