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
        rows = {r.text(0): r.text(1) for r in page.view.rows()}
        for start in ("The seal registration certificate should be issued",
                      "Ask for the certificate of residence"):
            tags = [tag for text, tag in rows.items() if text.startswith(start)]
            assert tags == ["General practice"], start
