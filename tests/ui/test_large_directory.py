"""The wizard with many company records: indexing shows its progress, the list stays short (issue 10)."""
from __future__ import annotations

import PySide6.QtWidgets

import assistant.records.directory as directory_module
from tests.test_directory_index import write_records


def test_indexing_many_records_shows_a_progress_dialog(qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(directory_module, "BATCH", 25)
    monkeypatch.setenv("DRA_DATA_DIR", str(tmp_path / "records"))
    write_records(tmp_path / "records", 60)
    dialogs = []

    class Recording(PySide6.QtWidgets.QProgressDialog):
        def __init__(self, *args):
            super().__init__(*args)
            self.values: list[tuple[int, int]] = []
            dialogs.append(self)

        def setValue(self, value):  # noqa: N802 - Qt's name
            self.values.append((value, self.maximum()))
            super().setValue(value)

    monkeypatch.setattr(PySide6.QtWidgets, "QProgressDialog", Recording)
    from assistant.ui.wizard import RequestWizard

    wizard = RequestWizard()
    qtbot.addWidget(wizard)
    assert len(wizard.directory) == 65  # the five installed records and the sixty new ones
    [dialog] = dialogs
    assert (0, 60) in dialog.values and dialog.values[-1] == (60, 60)
    assert [v for v, _ in dialog.values if _ == 60] == [0, 25, 50, 60]
    assert dialog.minimumDuration() == 1000  # only shown when it takes a second or more
    assert "Indexing company records" in dialog.labelText()


def test_the_list_shows_the_first_matches_and_says_there_are_more(qtbot, monkeypatch, tmp_path):
    from assistant.ui.company_page import SHOWN
    from assistant.ui.wizard import RequestWizard

    monkeypatch.setenv("DRA_DATA_DIR", str(tmp_path / "records"))
    write_records(tmp_path / "records", SHOWN + 20)
    wizard = RequestWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.company_page
    qtbot.waitUntil(lambda: page.list.count() == SHOWN)  # the rows below the screen: after the paint
    assert page.more.isVisible()
    first = wizard.directory.search("", limit=SHOWN)
    page.list.setCurrentRow(SHOWN - 1)
    assert page.selected_id() == first[-1].id and wizard.company().id == first[-1].id
    page.search.setText("rec-0007")
    assert page.list.count() == 1 and not page.more.isVisible()
    assert page.selected_id() == "rec-0007"
    assert page.select("rec-0150") and page.selected_id() == "rec-0150"
