"""Three callers in a row at a support desk, keyboard only, in Japanese: a listed company, a
company that is not listed, and a listed company again for a caller with a saved profile.

walk() drives the wizard with tests/ui/keyboard.py and returns, for each caller, the keys pressed
and the characters typed; `seen` (if given) is called at each step with the caller's number and
the wizard, so a test can check that nothing of one caller reaches the next.
benchmarks/keystrokes.py runs the same walk and prints the counts.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtWidgets import QAbstractButton, QLineEdit, QListWidget, QPlainTextEdit, QWizard

from tests.ui.keyboard import Keyboard

CALLERS = [
    {"company": "leverages", "search": "レバレジーズ", "kind": "disclosure",
     "person": {"fullName": "山田 太郎", "fullNameKana": "ヤマダ タロウ", "dateOfBirth": "1985-04-12",
                "postalCode": "1500001", "address": "1-2-3", "phone": "090-5555-6666"},
     "file_words": ("山田太郎", "レバレジーズ")},
    {"unlisted": {"unlistedName": "株式会社サンプル商事", "unlistedAddress": "東京都港区芝公園4-2-8",
                  "unlistedPostalCode": "105-0011"},
     "search": "サンプル商事", "kind": "suspension", "ground": "no-longer-needed",
     "person": {"fullName": "佐藤 花子", "fullNameKana": "サトウ ハナコ", "dateOfBirth": "1990-07-01",
                "postalCode": "1600023", "address": "2-8-1", "phone": "080-2222-3333"},
     "file_words": ("佐藤花子", "サンプル商事")},
    {"company": "infomart", "search": "インフォマート", "kind": "disclosure", "profile": "1970-05-05",
     "file_words": ("鈴木一郎", "インフォマート")},
]
# Two saved profiles of the same name, told apart by birth date and address (caller 3 is the first).
PROFILES = [
    {"requester": {"full_name": "鈴木 一郎", "full_name_kana": "スズキ イチロウ", "date_of_birth": "1970-05-05",
                   "postal_code": "530-0001", "address": "大阪府大阪市北区梅田1-1-1"},
     "request": {"kinds": ["disclosure"]}},
    {"requester": {"full_name": "鈴木 一郎", "full_name_kana": "スズキ イチロウ", "date_of_birth": "1982-11-03",
                   "postal_code": "060-0001", "address": "北海道札幌市中央区北一条西2-1"},
     "request": {"kinds": ["disclosure"]}},
]


def save_profiles(store) -> None:
    for details in PROFILES:
        store.save_profile(details["requester"]["full_name"], details)


def _find(wizard, kind, name):
    widget = wizard.findChild(kind, name)
    assert widget is not None, name
    return widget


def _save_file(words: tuple[str, ...]) -> Callable:
    """Answer a save dialog: keep the suggested name if it names this caller, else type one."""

    def answer(kb: Keyboard, dialog) -> None:
        field = dialog.findChild(QLineEdit, "fileNameEdit")
        if not all(w in field.text() for w in words):  # the same name for every caller: type one
            field.selectAll()
            kb.type("_".join(words) + ".pdf")
        kb.enter()

    return answer


def _yes(kb: Keyboard, _box) -> None:
    kb.enter()


def walk(wizard, seen: Callable[[int, str, object], None] | None = None) -> list[dict]:
    """Drive the three callers; [{keys, typed, log}] for each."""
    counts = []
    for number, caller in enumerate(CALLERS, start=1):
        kb = Keyboard(wizard)
        look = (lambda step: seen(number, step, wizard)) if seen else (lambda step: None)
        look("start")
        _company(kb, wizard, caller)
        look("company")
        kb.next(wizard)
        look("request-arrived")
        kinds = _find(wizard, QListWidget, "requestKinds")
        rows = [kinds.item(r).data(256) for r in range(kinds.count())]
        kb.down_to(kinds, rows.index(caller["kind"]))
        kb.press(_key("Space"))
        look("request")
        kb.next(wizard)
        look("requester")  # the person asks for themselves: the first line, as it stands
        kb.next(wizard)
        look("details")
        if "profile" in caller:
            _use_profile(kb, wizard, caller["profile"])
        else:
            _details(kb, wizard, caller)
        look("details-filled")
        kb.next(wizard)
        look("checklist")
        kb.next(wizard)
        look("letter")
        kb.when_asked(_save_file(caller["file_words"]))
        kb.activate(_find(wizard, QAbstractButton, "saveLetterButton"))
        look("saved")
        kb.when_asked(_yes)
        kb.activate(wizard.button(QWizard.WizardButton.CustomButton1))  # start over
        assert wizard.currentId() == 0, kb.log
        counts.append({"keys": kb.keys, "typed": kb.typed, "log": kb.log})
    return counts


def _key(name: str):
    from PySide6.QtCore import Qt

    return getattr(Qt.Key, f"Key_{name}")


def _company(kb: Keyboard, wizard, caller: dict) -> None:
    search = _find(wizard, QLineEdit, "companySearch")
    kb.reach(search)
    kb.type(caller["search"])
    if "unlisted" in caller:
        kb.activate(_find(wizard, QAbstractButton, "notListedButton"))
        first = True
        for name, text in caller["unlisted"].items():
            field = wizard.findChild(QLineEdit, name) or wizard.findChild(QPlainTextEdit, name)
            if not first:
                kb.reach(field)
            assert kb.focused() is field, name
            kb.type(text)
            first = False
        kb.enter()  # the dialog's OK
        assert wizard.company() is not None and wizard.company().name == caller["unlisted"]["unlistedName"]
        return
    companies = _find(wizard, QListWidget, "companyList")
    if wizard.company_page.selected_id() != caller["company"]:
        kb.press(_key("Down"))  # from the search into the list
        ids = wizard.company_page._ids
        kb.down_to(companies, ids.index(caller["company"]))
    assert wizard.company().id == caller["company"]


def _details(kb: Keyboard, wizard, caller: dict) -> None:
    for name, text in caller["person"].items():
        kb.fill(_find(wizard, QLineEdit, name), text)
    if "ground" in caller:
        kb.activate(wizard.details_page.grounds[caller["ground"]])
    assert wizard.details() is not None, wizard.details_page.summary.text()


def _use_profile(kb: Keyboard, wizard, birth: str) -> None:
    def pick(kb: Keyboard, picker) -> None:
        kb.type("鈴木")
        profiles = picker.findChild(QListWidget, "profileList")
        store = picker.store
        rows = [store.profile(profiles.item(r).data(256)).details["requester"]["date_of_birth"]
                for r in range(profiles.count())]
        kb.down_to(profiles, rows.index(birth), focus=False)
        kb.enter()

    kb.when_asked(pick)
    kb.activate(_find(wizard, QAbstractButton, "fillProfileButton"))
    assert wizard.details() is not None and str(wizard.details().requester.date_of_birth) == birth


def run(language: str = "ja", home: Path | None = None) -> list[dict]:
    """A fresh wizard on the installed records, two saved profiles, the walk; the counts."""
    import os

    from assistant.io.paths import COMPANIES_DIR
    from assistant.records.directory import load_directory
    from assistant.ui.wizard import RequestWizard

    if home is not None:
        os.environ["HOME"] = str(home)
    wizard = RequestWizard(directory=load_directory([COMPANIES_DIR]), language=language)
    wizard.show()
    wizard.activateWindow()
    from PySide6.QtTest import QTest

    QTest.qWaitForWindowActive(wizard)
    save_profiles(wizard.tracker().store)
    try:
        return walk(wizard)
    finally:
        wizard.tracker().store.close()
        wizard.close()
