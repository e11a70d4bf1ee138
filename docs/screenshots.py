"""Take a screenshot of every wizard page into docs/images (run after changing the wizard).

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots.py [en|ja]   (default: both)

and the wizard at 150 % scale, at its smallest window size, for a support worker's desk: a long
company name, a company typed in, the suspension grounds with their plain words, the letter
(wizard-150-[ja|en]-N-page.png):

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots.py --scale 1.5 [en|ja]
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

OUT = ROOT / "docs" / "images"
PERSON = {"fullName": "山田 太郎", "fullNameKana": "ヤマダ タロウ", "dateOfBirth": "1985-04-12",
          "postalCode": "150-0001", "address": "東京都渋谷区神宮前1-2-3", "phone": "090-1234-5678",
          "email": "taro@example.jp", "services": "doda", "period": "2020 to now"}


def main(language: str, scaled: bool = False) -> None:
    app = QApplication.instance() or QApplication([])
    from assistant.ui.fonts import application_font

    app.setFont(application_font())
    from assistant.ui.wizard import RequestWizard

    wizard = RequestWizard(language=language)
    if scaled:
        from assistant.ui.window_size import MINIMUM

        wizard.resize(MINIMUM)
        wizard.show()
        walk_scaled(wizard, f"150-{language}-")
        return
    wizard.resize(960, 720)
    wizard.show()
    walk(wizard, "" if language == "en" else f"{language}-")


def _shot(wizard, name: str) -> None:
    from PySide6.QtTest import QTest

    QTest.qWait(1500)  # page previews render on worker threads
    wizard.grab().save(str(OUT / f"wizard-{name}.png"))


def walk_scaled(wizard, prefix: str) -> None:
    """A support worker's walk at 150 %: NTT's long name listed, a caller whose company is typed
    in, asking to stop use on grounds, the checklist and the letter (wizard-150-…)."""
    from assistant.records.law_only import law_only_company

    wizard.company_page.search.setText("ntt")
    wizard.company_page.list.setCurrentRow(0)
    _shot(wizard, prefix + "1-company")
    wizard.company_page.use_unlisted(law_only_company(
        "株式会社サンプル商事ホールディングス・インターナショナル・マーケティング", "東京都港区芝公園4-2-8", "105-0011"))
    _shot(wizard, prefix + "1b-not-listed")
    wizard.next()
    wizard.request_page.set_kinds(["disclosure", "suspension"])
    _shot(wizard, prefix + "2-request")
    wizard.next()
    _shot(wizard, prefix + "3-requester")
    wizard.next()
    for name, text in {**PERSON, "dateOfBirth": "昭和60年4月12日"}.items():
        wizard.details_page.inputs[name].setText(text)
    wizard.details_page.grounds["no-longer-needed"].setChecked(True)
    wizard.details_page.inputs["fullName"].setFocus()
    _shot(wizard, prefix + "4-details")
    wizard.details_page.scroll.ensureWidgetVisible(wizard.details_page.grounds_box)
    _shot(wizard, prefix + "4b-grounds")
    wizard.next()
    _shot(wizard, prefix + "5-checklist")
    wizard.next()
    wizard.letter_page.letter_bytes()
    _shot(wizard, prefix + "6-letter")


def walk(wizard, prefix: str) -> None:
    """Every page in turn, one picture each (wizard-[ja-]N-page.png), then My requests."""

    def shot(name: str) -> None:
        from PySide6.QtTest import QTest

        QTest.qWait(1500)  # page previews render on worker threads
        wizard.grab().save(str(OUT / f"wizard-{prefix}{name}.png"))

    wizard.company_page.search.setText("doda")
    shot("1-company")
    wizard.next()
    wizard.request_page.set_kinds(["disclosure"])
    shot("2-request")
    wizard.next()
    wizard.requester_page.set_requester("agent")
    shot("3-requester")
    wizard.next()
    for name, text in PERSON.items():
        wizard.details_page.inputs[name].setText(text)
    wizard.details_page.inputs["fullName"].setFocus()
    shot("4-details")
    wizard.details_page.inputs["repName"].setText("鈴木 花子")
    wizard.details_page.inputs["repAddress"].setText("東京都千代田区丸の内1-1-1")
    wizard.next()
    wizard.checklist_page.sent_on.setText("2026-12-24")
    wizard.checklist_page.quotes.setChecked(True)
    shot("5-checklist")
    wizard.next()
    wizard.letter_page.letter_bytes()  # the preview renders in the background; show it now
    shot("6-letter")
    my_requests(wizard, prefix)


def my_requests(wizard, prefix: str) -> None:
    """"My requests" with three tracked requests in a scratch case store."""
    import tempfile
    from datetime import date

    from PySide6.QtTest import QTest

    from assistant.case.request import RequestCase
    from assistant.case.store import CaseStore
    from assistant.case.details_file import load_details
    from assistant.tracker import Tracker
    from assistant.ui.cases_view import CasesView

    details = load_details(ROOT / "examples" / "details.yaml", wizard.assistant.law)
    with tempfile.TemporaryDirectory() as folder:
        tracker = Tracker(wizard.assistant, CaseStore(Path(folder) / "cases.sqlite3"))
        for company, posted, delivered, answered in (
                ("leverages", date(2026, 11, 2), date(2026, 11, 4), None),
                ("porters", date(2026, 11, 16), None, None),
                ("infomart", date(2026, 10, 1), date(2026, 10, 2), date(2026, 10, 20))):
            case_id = tracker.add(RequestCase.from_details(company, details), posted)
            tracker.posted(case_id, posted)
            if delivered:
                tracker.delivered(case_id, delivered)
            if answered:
                tracker.answered(case_id, answered)
        tracker.add(RequestCase.from_details("persol-career", details), date(2026, 11, 23))
        view = CasesView(tracker, wizard, today=date(2026, 11, 23))
        view.resize(960, 360)
        view.show()
        view.table.selectRow(0)
        QTest.qWait(300)
        view.grab().save(str(OUT / f"{prefix}my-requests.png"))
        tracker.store.close()


if __name__ == "__main__":
    import os
    import subprocess

    args = sys.argv[1:]
    scale = args[args.index("--scale") + 1] if "--scale" in args else None
    languages = [a for a in args if a in ("en", "ja")]
    if len(languages) == 1 and (scale is None or os.environ.get("QT_SCALE_FACTOR") == scale):
        main(languages[0], scaled=scale is not None)
    else:  # each language in a process of its own: the translators are the application's
        env = {**os.environ, **({"QT_SCALE_FACTOR": scale} if scale else {})}
        for code in languages or ("en", "ja"):
            subprocess.run([sys.executable, __file__, code, *(["--scale", scale] if scale else [])],
                           check=True, env=env)
