"""Made for a queue of callers (issue 22 item 4), in the wizard: the company list in 五十音 order
in Japanese, profiles confirmed on saving and told apart by birth date and address, the date of
birth taken as people say it and said back, each ground with its plain words, and the file name
offered for each caller's letter."""
from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QLineEdit

from tests.ui.conftest import type_into
from tests.ui.test_wizard import fill_person, go_to_details


def test_the_company_list_is_in_gojuon_order_in_japanese(qtbot, make_wizard):
    wizard = make_wizard("ja")
    rows = [wizard.company_page.list.item(r).text().split("\n")[0]
            for r in range(wizard.company_page.list.count())]
    assert rows == ["株式会社インフォマート", "NTTコム オンライン・マーケティング・ソリューション株式会社",
                    "パーソルキャリア株式会社", "ポーターズ株式会社", "レバレジーズ株式会社"]
    wizard.set_ui_language("en")
    rows = [wizard.company_page.list.item(r).text().split("\n")[0]
            for r in range(wizard.company_page.list.count())]
    assert rows == sorted(rows, key=str.casefold)


def test_a_profile_is_confirmed_on_saving_and_told_apart(qtbot, make_wizard, monkeypatch):
    from tests.ui.callers import PROFILES, save_profiles

    wizard = make_wizard("ja")
    go_to_details(qtbot, wizard)
    fill_person(qtbot, wizard)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("山田 太郎", True)))
    wizard.details_page.findChild(type(wizard.button(wizard.WizardButton.NextButton)), "saveProfileButton").click()
    saved = wizard.findChild(QLabel, "profileSaved").text()
    assert saved.startswith("プロフィールを保存しました：山田 太郎 — 1985年4月12日生まれ、東京都渋谷区神宮前")
    from assistant.ui.profiles import ProfilePicker

    store = wizard.tracker().store
    save_profiles(store)  # two 鈴木 一郎
    picker = ProfilePicker(store, wizard)
    qtbot.addWidget(picker)
    type_into(qtbot, picker.findChild(QLineEdit, "profileSearch"), "鈴木")
    lines = [picker.list.item(r).text() for r in range(picker.list.count())]
    assert lines == [f"鈴木 一郎 — {born}生まれ、{p['requester']['address']}"
                     for born, p in zip(("1970年5月5日", "1982年11月3日"), PROFILES)]
    wizard.start_over(ask=False)
    assert wizard.findChild(QLabel, "profileSaved").text() == ""


def test_the_date_of_birth_is_taken_as_said_and_said_back(qtbot, make_wizard):
    wizard = make_wizard("ja")
    go_to_details(qtbot, wizard)
    birth = wizard.findChild(QLineEdit, "dateOfBirth")
    type_into(qtbot, birth, "S60.4.12")
    said = wizard.findChild(QLabel, "dateOfBirthSaid")
    assert said.text() == "昭和60年4月12日（1985年4月12日）"
    birth.editingFinished.emit()  # the field is left
    assert birth.text() == "1985-04-12"
    birth.clear()
    type_into(qtbot, birth, "昭和64年1月8日")
    assert "元号" in wizard.findChild(QLabel, "dateOfBirthError").text() and not said.isVisible()


def test_each_ground_has_its_plain_words(qtbot, make_wizard):
    wizard = make_wizard("ja")
    go_to_details(qtbot, wizard, kind_rows=(4,))  # suspension
    plain = wizard.findChild(QLabel, "ground-no-longer-needed-plain")
    act = wizard.findChild(QLabel, "ground-no-longer-needed-act")
    assert act.text() == "利用する必要がなくなった" and "退会" in plain.text() and plain.isVisible()
    box = wizard.details_page.grounds["no-longer-needed"]
    assert box.accessibleName() == act.text() and box.accessibleDescription() == plain.text()
    assert not wizard.findChild(QLabel, "ground-provision-breach-plain").isVisible()  # not for this kind


def test_each_callers_letter_is_offered_under_their_own_name(qtbot, make_wizard, monkeypatch):
    offered = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda _p, _t, name, _f: offered.append(name) or ("", "")))
    wizard = make_wizard("ja")
    go_to_details(qtbot, wizard, "leverages")
    fill_person(qtbot, wizard)
    wizard.next()
    wizard.next()
    wizard.letter_page.save.click()
    assert offered[0].endswith("_山田太郎_レバレジーズ_開示請求.pdf")


def test_a_window_closed_while_its_preview_renders_does_not_freeze_the_program():
    """A window deleted while its preview renders, from an event loop run by Python code (as
    QTest.qWait runs one): it goes and the program ends (it froze: the window's thread pool
    waited for the job while holding Python's lock, which the job needed)."""
    import subprocess
    import sys

    from tests.repo import ROOT

    script = (
        "import time\n"
        "from PySide6.QtWidgets import QApplication, QWidget\n"
        "from assistant.ui.background import Latest\n"
        "app = QApplication([])\n"
        "window = QWidget()\n"
        "renderer = Latest(window)\n"
        "renderer.run(lambda: sum(i * i for i in range(3_000_000)))\n"
        "time.sleep(0.05)\n"
        "window.deleteLater()\n"
        "from PySide6.QtTest import QTest\n"
        "QTest.qWait(50)\n"
        "print('gone')\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True,
                          timeout=30, env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0 and "gone" in done.stdout, done.stderr[-500:]
