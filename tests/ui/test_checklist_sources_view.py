"""Issue 11 item 4 in the wizard: the checklist view shows general practice as general practice."""
from __future__ import annotations

from tests.ui.test_wizard import click_next, fill_person, go_to_details


def test_the_checklist_view_labels_general_practice(qtbot, wizard):
    go_to_details(qtbot, wizard, "porters", requester="agent")
    fill_person(qtbot, wizard, "agent")
    click_next(qtbot, wizard)
    page = wizard.checklist_page
    for quotes in (True, False):
        page.quotes.setChecked(quotes)
        page.refresh()
        text = " ".join(page.view.toPlainText().split())
        assert "General practice: The seal registration certificate should be issued" in text
        assert "General practice: Ask for the certificate of residence" in text
