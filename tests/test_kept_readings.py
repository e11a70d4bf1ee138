"""The Japanese list's readings are kept in the index (records/index_readings.py): a start whose
list holds a name in kanji puts it in 五十音 order without loading the morphological analyser."""
from __future__ import annotations

import sqlite3

from assistant.io.paths import COMPANIES_DIR
from assistant.records import index_readings
from assistant.records.index import DirectoryIndex
from assistant.records.readings import reading
from tests.test_directory_index import _python

NAMES = ["株式会社山田商事", "ポーターズ株式会社", "東邦ガス株式会社"]


def test_a_reading_made_once_is_read_back_without_making_it_again(monkeypatch):
    index = DirectoryIndex.in_memory()
    made = index.readings(NAMES + NAMES[:1])
    assert made == {name: reading(name) for name in NAMES}
    assert made["株式会社山田商事"] == "やまだしょうじ"

    def never(name: str) -> str:
        raise AssertionError(f"{name} read again")

    long = "株式会社" + "山" * 300  # read by its start, given back under the whole name
    kept_long = index.readings([long])
    assert kept_long == {long: reading(long)}
    monkeypatch.setattr(index_readings, "reading", never)
    assert index.readings(reversed(NAMES)) == made
    assert index.readings([long]) == kept_long


def test_a_busy_index_gives_the_readings_at_once_and_keeps_them_next_time(tmp_path):
    index = DirectoryIndex.open(tmp_path / "index.sqlite3")
    other = sqlite3.connect(tmp_path / "index.sqlite3", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process writing the index
    try:
        assert index.readings(NAMES[:1]) == {NAMES[0]: "やまだしょうじ"}  # no wait, no error
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert index.db.execute("PRAGMA busy_timeout").fetchone()[0] == 5000  # waits again elsewhere
    assert index.db.execute("SELECT count(*) FROM readings").fetchone()[0] == 0
    index.readings(NAMES[:1])
    assert index.db.execute("SELECT name FROM readings").fetchall() == [(NAMES[0],)]


START = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from assistant.ui.wizard import RequestWizard
wizard = RequestWizard(language="ja")
rows = [wizard.company_page.list.item(r).text().split(chr(10))[0] for r in range(wizard.company_page.list.count())]
print("fugashi" in sys.modules, *rows, sep="|")
"""


def test_a_second_start_lists_a_kanji_name_in_order_without_the_analyser(tmp_path):
    records = tmp_path / "records"
    records.mkdir()
    text = (COMPANIES_DIR / "porters.yaml").read_text(encoding="utf-8")
    lines = [("id: yamada-shoji" if line.startswith("id: ") else
              "name: Yamada Shoji Co., Ltd." if line.startswith("name: ") else
              "name_ja: 株式会社山田商事" if line.startswith("name_ja: ") else line)
             for line in text.splitlines()]
    (records / "yamada-shoji.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    start = f"import os; os.environ['DRA_DATA_DIR'] = {str(records)!r}\n" + START
    first, *shown = _python(start, tmp_path).strip().split("|")
    assert first == "True"  # the first start read the name, with the analyser
    second, *rows = _python(start, tmp_path).strip().split("|")
    assert second == "False" and rows == shown
    assert rows.index("株式会社山田商事") == rows.index("ポーターズ株式会社") + 1  # ぽ, や, れ
    assert rows[-1] == "レバレジーズ株式会社"
