"""The wizard opens with the last load's companies at once and checks the record folders after
the first paint, in a thread of its own (issue 25): a record added, changed or broken meanwhile
shows up in the list a moment later; the list before is what a full load would show."""
from __future__ import annotations

import threading

import pytest

from assistant.io.paths import COMPANIES_DIR, user_companies_dir
from assistant.records.directory import load_directory


def _record(folder, record_id: str, name: str) -> None:
    text = (COMPANIES_DIR / "leverages.yaml").read_text(encoding="utf-8")
    text = text.replace("id: leverages", f"id: {record_id}").replace("name: ", f"name: {name} ", 1)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{record_id}.yaml").write_text(text, encoding="utf-8")


@pytest.fixture
def opened(qtbot, tmp_path, monkeypatch):
    """A wizard made as `python main.py` makes it, after an earlier start loaded the folders."""
    from assistant.ui.wizard import RequestWizard

    monkeypatch.setenv("DRA_CACHE_DIR", str(tmp_path / "cache"))
    _record(user_companies_dir(), "own-one", "Ownone")
    load_directory().index.close()  # the earlier start

    def make() -> RequestWizard:
        wizard = RequestWizard(language="en")
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        return wizard
    return make


def _listed(wizard) -> list[str]:
    return list(wizard.company_page._ids)


def test_the_first_page_lists_what_a_full_load_lists_and_the_check_finds_nothing(qtbot, opened):
    wizard = opened()
    check = wizard.records_check
    assert check is not None  # opened from the last load, not loaded in full
    assert _listed(wizard) == [e.id for e in load_directory().search("", 201)]
    changed = []
    check.changed.connect(lambda: changed.append(True))
    check.start()
    qtbot.waitUntil(lambda: not check.running, timeout=10_000)
    assert changed == []


def test_a_record_added_meanwhile_is_listed_after_the_check(qtbot, opened):
    wizard = opened()
    _record(user_companies_dir(), "own-two", "Owntwo")
    (user_companies_dir() / "broken.yaml").write_text("id: broken\nname: [\n", encoding="utf-8")
    assert "own-two" not in _listed(wizard)
    assert not wizard.company_page.problems.isVisibleTo(wizard.company_page)
    check = wizard.records_check
    with qtbot.waitSignal(check.changed, timeout=10_000):
        check.start()
    assert "own-two" in _listed(wizard) and "own-one" in _listed(wizard)
    assert wizard.company_page.problems.isVisibleTo(wizard.company_page)
    assert "broken.yaml" in wizard.company_page.problems.text()
    wizard.company_page.search.setText("owntwo")
    assert _listed(wizard) == ["own-two"]
    assert wizard.assistant.directory.get("own-two").id == "own-two"


def test_the_check_runs_outside_the_gui_thread(qtbot, opened, monkeypatch):
    from assistant.ui import progress

    threads = []
    real = progress.check
    monkeypatch.setattr(progress, "check", lambda *args: threads.append(threading.current_thread())
                        or real(*args))
    wizard = opened()
    wizard.records_check.start()
    qtbot.waitUntil(lambda: not wizard.records_check.running, timeout=10_000)
    assert threads and threads[0] is not threading.main_thread()


def test_a_record_imported_while_the_check_runs_stays_listed(qtbot, opened, monkeypatch):
    from assistant.records.directory_core import parse_record
    from assistant.ui import progress

    wizard = opened()
    release = threading.Event()
    real = progress.check
    (user_companies_dir() / "own-one.yaml").unlink()  # something for the check to find
    listed = threading.Event()

    def slow_check(*args):
        fresh = real(*args)  # the folders listed before the record below is saved
        listed.set()
        release.wait(10)
        return fresh
    monkeypatch.setattr(progress, "check", slow_check)
    check = wizard.records_check
    check.start()
    assert listed.wait(10)
    _record(user_companies_dir(), "own-three", "Ownthree")  # as the import dialog saves one
    path = user_companies_dir() / "own-three.yaml"
    wizard.directory.add(parse_record(path), path)
    release.set()
    qtbot.waitUntil(lambda: not check.running, timeout=10_000)
    ids = [e.id for e in wizard.directory.search("", None)]
    assert "own-three" in ids and "own-one" not in ids  # the check taken, the import kept
