"""A posting date beyond the calendar's end, a draft holding one, a draft whose typed company
carries a bidi override: the wizard goes on; and the crash-recovery draft stays until what it
held is on screen again and saved anew, so a crash while restoring loses nothing."""
from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QLineEdit, QMessageBox

from assistant.case.drafts import draft_json, load_draft, pending_recovery, recovery_path
from tests.ui.conftest import click_back, click_next, type_into
from tests.ui.test_wizard import PERSON, fill_person, go_to_details


@pytest.mark.parametrize("typed", ["9999-12-29", "9999-12-31", "1066-10-14"])
def test_a_posting_date_out_of_range_is_shown_wrong_and_back_next_goes_on(qtbot, wizard, typed):
    go_to_details(qtbot, wizard, "leverages")
    fill_person(qtbot, wizard)
    click_next(qtbot, wizard)
    page = wizard.checklist_page
    type_into(qtbot, page.sent_on, typed)
    assert page.sent_on_date() is None and "#fde0e0" in page.sent_on.styleSheet()
    assert "from 1900-01-01 to" in page.status.text()  # and why
    click_next(qtbot, wizard)
    click_back(qtbot, wizard)
    click_back(qtbot, wizard)
    click_next(qtbot, wizard)
    click_next(qtbot, wizard)
    assert wizard.currentId() == 5
    assert wizard.case().options.sent_on is None and wizard.case().typed.sent_on == typed
    click_back(qtbot, wizard)
    page.sent_on.setText("2026-12-01")
    assert page.status.text() == "" and wizard.case().options.sent_on is not None


def _saved_draft(wizard, tmp_path, edit) -> "object":
    data = draft_json(wizard.draft())
    edit(data["case"])
    path = tmp_path / "draft.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_opening_a_draft_with_a_far_date_restores_it_as_typed(qtbot, wizard, tmp_path):
    go_to_details(qtbot, wizard, "leverages")
    fill_person(qtbot, wizard)

    def far(case):
        case["options"]["sent_on"] = "9999-12-30"
        case["typed"]["sent_on"] = "9999-12-30"
    path = _saved_draft(wizard, tmp_path, far)
    wizard.start_over(ask=False)
    wizard.apply_draft(load_draft(path))
    click_next(qtbot, wizard)  # to the checklist, which counts dates from the posting day
    assert wizard.currentId() == 4 and wizard.checklist_page.sent_on.text() == "9999-12-30"
    assert wizard.case().options.sent_on is None


def test_a_draft_whose_typed_company_holds_a_bidi_override_opens_without_it(qtbot, wizard, tmp_path):
    from assistant.case.request import RequestCase

    case = RequestCase.model_validate({
        "company_id": "law-only", "kinds": ["disclosure"],
        "company_entered": {"name": "さくら通販株式会社", "address": "東京都千代田区1-1\u202e-2"}})
    path = tmp_path / "draft.json"
    path.write_text(json.dumps(draft_json(case)).replace("1-1-2", "1-1\\u202e-2"), encoding="utf-8")
    opened = load_draft(path)
    assert "\u202e" not in opened.company_entered.address
    wizard.apply_draft(opened)
    assert wizard.company().quality == "law-only" and wizard.currentId() == 3  # the details


def _next_start(qtbot, monkeypatch, crash: bool = False):
    """A wizard as the next start makes it; with crash, one that dies while filling its pages
    (what a segmentation fault there would leave undone)."""
    from assistant.records.directory import load_directory
    from assistant.io.paths import COMPANIES_DIR
    from assistant.ui.wizard import RequestWizard

    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    started = RequestWizard(directory=load_directory([COMPANIES_DIR]))
    qtbot.addWidget(started)
    if crash:
        def crash_now(_case):
            raise RuntimeError("the process dies here")
        started.apply_draft = crash_now
    return started


def test_the_recovery_draft_survives_a_crash_while_it_is_restored(qtbot, wizard, monkeypatch):
    go_to_details(qtbot, wizard, "leverages")
    fill_person(qtbot, wizard)
    wizard.autosave()
    before = recovery_path().read_bytes()
    with pytest.raises(RuntimeError):
        _next_start(qtbot, monkeypatch, crash=True).offer_recovery()
    assert recovery_path().read_bytes() == before  # still there for the next start
    restored = _next_start(qtbot, monkeypatch)
    restored.offer_recovery()
    assert restored.findChild(QLineEdit, "fullName").text() == PERSON["fullName"]
    # applied and saved anew: the recovery draft now holds what is on screen
    assert pending_recovery().typed.fields["requester.full_name"] == PERSON["fullName"]


def test_a_declined_recovery_draft_is_deleted(qtbot, wizard, monkeypatch):
    from assistant.records.directory import load_directory
    from assistant.io.paths import COMPANIES_DIR
    from assistant.ui.wizard import RequestWizard

    go_to_details(qtbot, wizard, "porters")
    fill_person(qtbot, wizard)
    wizard.autosave()
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    second = RequestWizard(directory=load_directory([COMPANIES_DIR]))
    qtbot.addWidget(second)
    second.offer_recovery()
    assert not recovery_path().exists()
    assert second.findChild(QLineEdit, "fullName") is None or \
        second.findChild(QLineEdit, "fullName").text() == ""
