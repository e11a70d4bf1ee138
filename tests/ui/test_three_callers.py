"""Three callers in a row at a support desk, keyboard only, in Japanese (tests/ui/callers.py):
nothing of one caller is seen by the next (list rows, cursor rows, the summary, the letter's
company and address, the search), and each takes no more keys than benchmarks/keystrokes.json
records (fewer than before this wizard was made for a support desk)."""
from __future__ import annotations

import io
import json

from pypdf import PdfReader
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QPlainTextEdit, QTextEdit

from tests.repo import ROOT
from tests.ui.callers import CALLERS, save_profiles, walk

# What each caller told the support worker: none of it may reach a later caller.
MARKS = {1: ["山田", "ヤマダ", "1985年4月12日", "神宮前", "090-5555-6666"],
         2: ["佐藤", "サトウ", "サンプル商事", "芝公園", "105-0011", "西新宿", "080-2222-3333"],
         3: ["鈴木", "スズキ", "梅田", "530-0001", "1970-05-05"]}


def everything_shown(wizard) -> list[str]:
    """Every text the wizard holds on any page, shown now or when its page comes."""
    texts = [w.text() for w in wizard.findChildren(QLineEdit)]
    texts += [w.toPlainText() for w in wizard.findChildren(QPlainTextEdit)]
    texts += [w.toPlainText() for w in wizard.findChildren(QTextEdit)]
    texts += [w.text() for w in wizard.findChildren(QLabel)]
    texts += [w.item(r).text() for w in wizard.findChildren(QListWidget) for r in range(w.count())]
    if wizard._pages:
        texts.append(wizard.checklist_page.view.texts())
    texts.append(QGuiApplication.clipboard().text())
    return texts


def _pdf(data: bytes) -> str:
    return "".join("".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages).split())


def test_three_callers_in_a_row_see_nothing_of_each_other(qtbot, make_wizard, tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))  # where the save dialogs open
    wizard = make_wizard("ja")
    wizard.activateWindow()
    QTest.qWaitForWindowActive(wizard)
    save_profiles(wizard.tracker().store)
    checked: list[tuple[int, str]] = []

    def seen(number: int, step: str, wizard) -> None:
        checked.append((number, step))
        earlier = [mark for n in range(1, number) for mark in MARKS[n]]
        texts = everything_shown(wizard)
        for mark in earlier:
            assert not any(mark in text for text in texts), f"caller {number}, {step}: {mark!r} of a caller before"
        page = wizard.company_page
        if step == "start":  # a fresh list: every company, none chosen, the search empty
            assert wizard.company() is None and page.list.currentRow() == -1 and page.search.text() == ""
            assert page.list.count() == len(wizard.directory.search("", None))
            assert page.selected_id() is None and "law-only" not in page._ids
        if step == "company" and "unlisted" not in CALLERS[number - 1]:
            assert page.list.count() == 1  # the search filters
        if step == "request-arrived":
            kinds = wizard.request_page.kinds
            assert kinds.currentRow() == 0 and wizard.kinds() == ()
        if step == "requester":
            assert wizard.requester_page.kinds.currentRow() == 0
        if step == "details":
            assert not wizard.details_page.has_input()
            assert not any(box.isChecked() for box in wizard.details_page.grounds.values())
        if step == "letter":
            letter = _pdf(wizard.letter_page.letter_bytes())
            caller = CALLERS[number - 1]
            assert all(word in letter for word in caller["file_words"]), letter[:300]
            for mark in earlier:
                assert mark.replace(" ", "") not in letter, f"caller {number}'s letter holds {mark!r}"

    counts = walk(wizard, seen)
    assert {step for _n, step in checked} >= {"start", "company", "request-arrived", "requester",
                                               "details", "letter"}
    saved = sorted(p.name for p in tmp_path.glob("*.pdf"))
    for caller in CALLERS:  # one file each, named for the person and the company
        assert sum(all(w in name for w in caller["file_words"]) for name in saved) == 1, saved
    texts = everything_shown(wizard)
    for mark in MARKS[3]:
        assert not any(mark in text for text in texts)
    recorded = json.loads((ROOT / "benchmarks" / "keystrokes.json").read_text(encoding="utf-8"))
    for count, before, after in zip(counts, recorded["before"]["keys"], recorded["after"]["keys"]):
        assert count["keys"] <= after < before, (count["log"], before, after)
