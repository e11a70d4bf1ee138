"""The national corporate register: importing the NTA's files (both encodings, zip or CSV, full
data and change files), searching it, and what it refuses. Fixtures in tests/fixtures/register/
are rows in the NTA's exact layout (register_layout.py)."""
from __future__ import annotations

import os
import shutil
import zipfile
from datetime import date
from pathlib import Path

import pytest

from assistant.records.register import Register
from assistant.records.register_layout import check_digit, corporate_number, is_corporate_number
from assistant.records.register_files import RegisterFileError, sources
from assistant.records.register_store import import_files, register_path
from tests.conftest import posix_only

FIXTURES = Path(__file__).parent / "fixtures" / "register"
FULL = FIXTURES / "00_zenkoku_all_20261130.csv"
FULL_SJIS = FIXTURES / "00_zenkoku_all_20261130_sjis.csv"
CHANGES = FIXTURES / "diff_20261201.csv"
SAKURA, KAEDE, MOMIJI, OLD, ABSORBED, HIDDEN, FOREIGN, NEWCO, GONE, RENAMED = (
    "6010001000001", "5010001000002", "9010401000003", "3010001000004", "2010001000005",
    "1010001000006", "1070003000007", "8010001000008", "7010001000009", "5010001000010")


def imported(*paths: Path, kind: str | None = None) -> Register:
    import_files(sources(list(paths), kind))
    register = Register.open()
    assert register is not None
    return register


def names(register: Register, text: str) -> list[str]:
    return [c.name for c in register.search(text).companies]


def test_check_digit_is_the_ntas_formula():
    # 1000013050238 is 鳥取簡易裁判所's number in the NTA's own sample data.
    assert check_digit("000013050238") == 1 and is_corporate_number("1000013050238")
    assert not is_corporate_number("2000013050238") and not is_corporate_number("100001305023")
    assert corporate_number("１０００ ０１３０ ５０２３８") == "1000013050238"


def test_full_data_imports_with_its_date_and_count():
    register = imported(FULL)
    status = register.status()
    assert status["kind"] == "full" and status["as_of"] == date(2026, 11, 30)
    assert status["count"] == 9 and status["files"] == FULL.name
    assert register_path().stat().st_mode & 0o077 == 0  # the owner's only


@pytest.mark.parametrize("text", ["さくら通販", "株式会社さくら通販", "サクラツウハン", "さくらつうはん",
                                  "sakura tsuhan", "ＳＡＫＵＲＡ", "さく", "さ", SAKURA])
def test_found_by_name_reading_latin_and_number(text):
    register = imported(FULL)
    found = register.search(text).companies
    assert [c.number for c in found][:1] == [SAKURA], text
    assert found[0].address == "東京都千代田区丸の内１丁目１番１号" and found[0].postal_code == "100-0005"


def test_small_kana_typed_finds_the_registers_large_kana():
    register = imported(FULL)
    assert names(register, "もみじしょぼう") == ["有限会社もみじ書房"]  # the register: モミジシヨボウ


def test_wrong_check_digit_is_said_not_searched():
    register = imported(FULL)
    wrong = SAKURA[:-1] + str((int(SAKURA[-1]) + 1) % 10)
    assert register.search(wrong) == ([], "check-digit")


def test_closed_and_merged_companies_are_marked_with_their_successor():
    register = imported(FULL)
    (closed,) = register.search("旧ひのき物産").companies
    assert closed.closed and closed.closure() == "閉鎖（2026年3月31日、清算の結了等）"
    (merged,) = register.search(ABSORBED).companies
    assert merged.closure() == ("閉鎖（2026年4月1日、合併による解散等、"
                                f"承継先：株式会社さくら通販（法人番号{SAKURA}））")


def test_left_out_of_search_is_found_by_number_only():
    register = imported(FULL)
    assert names(register, "かくれ家") == []
    assert names(register, HIDDEN) == ["株式会社かくれ家"]


def test_head_office_abroad_is_its_address():
    register = imported(FULL)
    (company,) = register.search("evergreen").companies
    assert company.address == "英国ロンドン市" and company.postal_code is None


def test_shift_jis_and_zip_give_the_same_register(tmp_path):
    zipped = tmp_path / "00_zenkoku_all_20261130.zip"
    with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.write(FULL_SJIS, "00_zenkoku_all_20261130.csv")
        archive.writestr("readme.asc", "signature")  # anything else in the zip is left alone
    register = imported(zipped)
    assert register.status()["count"] == 9
    assert names(register, "かえで電機") == ["かえで電機株式会社"]
    assert imported(FULL_SJIS).status()["count"] == 9


def test_change_file_applies_new_renamed_moved_closed_merged_and_deleted():
    imported(FULL).close()
    register = imported(CHANGES)
    status = register.status()
    assert status["as_of"] == date(2026, 12, 1) and status["changes_through"] == "2026-12-01"
    assert status["count"] == 9  # one new, one deleted
    assert names(register, "あおば開発") == ["合同会社あおば開発"]  # new
    assert names(register, "スズランホールディングス") == ["株式会社スズランホールディングス"]  # renamed
    assert names(register, "すずらん企画") == []  # the old name no longer finds it
    assert register.get(KAEDE).address == "兵庫県神戸市中央区加納町６丁目５番１号"  # moved
    assert names(register, "大阪市北区") == []
    momiji = register.get(MOMIJI)  # merged into かえで電機
    assert momiji.closed and "承継先：かえで電機株式会社" in momiji.closure()
    assert register.get(GONE) is None and names(register, "まつ運輸") == []  # deleted (処理区分 99)


def test_changes_need_a_register_and_never_go_back_in_time(tmp_path):
    with pytest.raises(RegisterFileError, match="import the full data"):
        import_files(sources([CHANGES]))
    imported(FULL).close()
    older = tmp_path / "diff_20261101.csv"
    shutil.copy(CHANGES, older)
    with pytest.raises(RegisterFileError, match="older than the register's data"):
        import_files(sources([older]))


def _broken_copy(tmp_path: Path, name: str, line: int, fields: int | None = None,
                 value: str | None = None) -> Path:
    """The full fixture with one row changed: cut to `fields` columns, or its name set."""
    rows = FULL.read_text(encoding="utf-8").splitlines()
    import csv

    cells = next(csv.reader([rows[line - 1]]))
    if fields is not None:
        cells = cells[:fields]
    if value is not None:
        cells[6] = value
    rows[line - 1] = ",".join(f'"{c}"' for c in cells)
    path = tmp_path / name
    path.write_text("\r\n".join(rows) + "\r\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("change, message", [
    ({"fields": 29}, r":3: 29 columns where the NTA layout has 30"),
    ({"value": "x" * 1200}, r":3: not a CSV row of the register"),
    ({"value": "株式会社\x07"}, r":3: a field: holds control characters"),
])
def test_a_bad_file_leaves_the_register_whole(tmp_path, change, message):
    imported(FULL).close()
    before = register_path().read_bytes()
    bad = _broken_copy(tmp_path, "13_tokyo_all_20261231.csv", 3, **change)
    with pytest.raises(RegisterFileError, match=message):
        import_files(sources([bad]))
    assert register_path().read_bytes() == before
    assert not list(register_path().parent.glob("*.building-*"))  # nothing left aside
    bad_changes = _broken_copy(tmp_path, "diff_20261202.csv", 3, **change)
    with pytest.raises(RegisterFileError):
        import_files(sources([CHANGES, bad_changes]))  # the good file's changes are undone too
    register = Register.open()
    assert register.status()["changes_through"] is None and names(register, "あおば開発") == []


def test_a_crash_while_building_leaves_the_register_whole(monkeypatch):
    imported(FULL).close()
    before = register_path().read_bytes()
    from assistant.records import register_store

    def crash(*_args):
        raise KeyboardInterrupt

    monkeypatch.setattr(register_store, "_upsert", crash)  # the second file repeats the first's
    with pytest.raises(KeyboardInterrupt):
        import_files(sources([FULL, FULL_SJIS]))
    assert register_path().read_bytes() == before


def test_a_zip_bomb_is_refused_before_it_is_inflated(tmp_path):
    bomb = tmp_path / "00_zenkoku_all_20261130.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("bomb.csv", b"0" * (20 << 20))  # 20 MiB of zeros: about 20 KiB zipped
    with pytest.raises(RegisterFileError, match="zip bomb"):
        import_files(sources([bomb]))
    assert not register_path().exists()


def test_a_zip_without_csv_or_a_file_of_another_kind_is_refused(tmp_path):
    xml = tmp_path / "00_zenkoku_all_20261130.zip"
    with zipfile.ZipFile(xml, "w") as archive:
        archive.writestr("data.xml", "<corporations/>")
    with pytest.raises(RegisterFileError, match="CSV形式"):
        import_files(sources([xml]))
    other = tmp_path / "13_tokyo_all_20261130.csv"
    other.write_text("a,b,c\n", encoding="utf-8")
    with pytest.raises(RegisterFileError, match="3 columns"):
        import_files(sources([other]))
    with pytest.raises(RegisterFileError, match="--full or\n?.*--changes|add --full"):
        sources([tmp_path / "companies.csv"])


@posix_only
def test_links_pipes_and_folders_are_refused(tmp_path):
    link = tmp_path / "00_zenkoku_all_20261130.csv"
    link.symlink_to(FULL)
    with pytest.raises(RegisterFileError, match="symbolic link"):
        import_files(sources([link]))
    pipe = tmp_path / "01_hokkaido_all_20261130.csv"
    os.mkfifo(pipe)
    with pytest.raises(RegisterFileError, match="not a regular file"):
        import_files(sources([pipe]))


def test_search_per_word_and_short_words_anywhere():
    register = imported(FULL)
    assert names(register, "かえで 電機") == ["かえで電機株式会社"]
    assert names(register, "電機") == ["かえで電機株式会社"]  # two characters: inside a name too
    assert names(register, "でん") == ["かえで電機株式会社"]  # (its reading)
    assert names(register, "くら") == ["株式会社さくら通販"]  # the name's last two
    assert names(register, "んゆ") == ["株式会社まつ運輸"]  # うんゆ: inside a reading
    assert names(register, "でんき") == ["かえで電機株式会社"]  # three: anywhere
    assert names(register, "機") == []  # one: at the start of a name or reading only
    assert names(register, "か") == ["かえで電機株式会社"]
    assert names(register, "かえで電") == ["かえで電機株式会社"]


def test_whatever_is_typed_is_searched_or_finds_nothing():
    register = imported(FULL)
    for text in ["\x00さくら", "さ\x00く", '"""', "a AND b", "NEAR(さくら)", "(((", "*", "x" * 5000]:
        assert isinstance(register.search(text).companies, list), text
    assert names(register, "\x00さくら通販") == ["株式会社さくら通販"]


def test_a_damaged_register_is_replaced_by_a_full_import():
    register_path().parent.mkdir(parents=True, exist_ok=True)
    register_path().write_bytes(b"not a database" * 100)
    assert imported(FULL).status()["count"] == 9
