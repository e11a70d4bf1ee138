"""The register on the command line and in the documents: `register import|status`, `companies`
over records and register, and a register company as a law-only case with a real address
(`--corporate-number` on checklist, letter and message)."""
from __future__ import annotations

import json
import subprocess

import pytest

from assistant.cli.commands import main as cli
from assistant.records.company_search import LazyRegister, search_companies
from tests.test_register import CHANGES, FULL, FULL_SJIS, MOMIJI, SAKURA

REGISTERED = ("国税庁法人番号公表サイトの登録住所（本店所在地）。開示等の請求の受付窓口が別にある場合が"
              "あるため、会社のプライバシーポリシーで確認してください")


@pytest.fixture
def register(capsys):
    assert cli(["register", "import", str(FULL)]) == 0
    assert "the register holds 9 companies as of 2026-11-30" in capsys.readouterr().out


def test_status_before_and_after_an_import(capsys):
    assert cli(["register", "status"]) == 1
    assert "houjin-bangou.nta.go.jp/download" in capsys.readouterr().out
    assert cli(["register", "import", str(FULL_SJIS), "--full"]) == 0
    assert cli(["register", "import", str(CHANGES)]) == 0
    capsys.readouterr()
    assert cli(["register", "status"]) == 0
    out = capsys.readouterr().out
    assert "full data as of 2026-11-30, changes applied through 2026-12-01" in out
    assert "as of: 2026-12-01" in out and "companies: 9" in out


def test_a_bad_file_is_one_line_and_exit_1(tmp_path, capsys):
    bad = tmp_path / "00_zenkoku_all_20261130.csv"
    bad.write_bytes(b"\x00\x01binary")
    assert cli(["register", "import", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.count("error:") == 1 and "columns" in err and "binary" not in err


def test_companies_lists_records_then_register_companies(register, capsys, directory):
    assert cli(["companies", "さくら通販"]) == 0
    out = capsys.readouterr().out
    assert out == f"{SAKURA}\t株式会社さくら通販\t〒100-0005 東京都千代田区丸の内１丁目１番１号\n"
    assert cli(["companies", "porters"]) == 0
    assert capsys.readouterr().out.startswith("porters\t")
    found = search_companies(directory, LazyRegister(), "株式会社")  # both lists, records first
    assert found.entries and found.problem is None


def test_companies_marks_a_closed_company_and_its_successor(register, capsys):
    assert cli(["register", "import", str(CHANGES)]) == 0
    capsys.readouterr()
    assert cli(["companies", MOMIJI]) == 0
    line = capsys.readouterr().out
    assert "有限会社もみじ書房" in line and "閉鎖（2026年11月30日、合併による解散等、承継先：かえで電機株式会社" in line


def test_companies_says_when_a_number_has_a_wrong_check_digit(register, capsys):
    assert cli(["companies", SAKURA[:-1] + "9"]) == 1
    assert "check digit does not match" in capsys.readouterr().err


def test_no_register_names_the_way_to_get_it(capsys):
    assert cli(["companies", "どこにもない会社"]) == 1
    assert "register import" in capsys.readouterr().err


def test_checklist_names_the_register_as_the_addresss_source(register, capsys):
    assert cli(["checklist", "--corporate-number", SAKURA, "--request", "disclosure"]) == 0
    text = capsys.readouterr().out
    assert f"法人番号：{SAKURA}" in text.splitlines()[2]  # in the header, under the company
    flat = "".join(line.strip() for line in text.splitlines())
    assert REGISTERED in flat
    assert "出典：国税庁法人番号公表サイト（国税庁）（https://www.houjin-bangou.nta.go.jp/download/）" in flat
    assert "加工して作成" in flat and "〒100-0005" in text and "株式会社さくら通販" in text
    assert "個人情報開示等請求ご担当者 様" in text


def test_checklist_json_and_pdf_carry_the_number_and_the_source(register, capsys, tmp_path):
    assert cli(["checklist", "--corporate-number", SAKURA, "--request", "disclosure",
                "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert REGISTERED in json.dumps(data, ensure_ascii=False)
    out = tmp_path / "checklist.pdf"
    assert cli(["checklist", "--corporate-number", SAKURA, "--request", "disclosure",
                "--format", "pdf", "-o", str(out)]) == 0
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout.replace("\n", "")
    assert f"法人番号：{SAKURA}" in text and "加工して作成" in text


def test_letter_is_addressed_to_the_registered_head_office_in_japanese(register, tmp_path):
    out = tmp_path / "letter.pdf"
    assert cli(["letter", "--corporate-number", SAKURA, "--details", "examples/details.yaml",
                "-o", str(out)]) == 0
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "〒100-0005" in text and "東京都千代田区丸の内１丁目１番１号" in text
    assert "株式会社さくら通販" in text and "個人情報開示等請求ご担当者 様" in text
    assert f"宛先の法人番号：{SAKURA}" in text


def test_a_closed_company_is_warned_about_not_refused(register, capsys):
    from tests.test_register import ABSORBED

    assert cli(["message", "--corporate-number", ABSORBED, "--request", "disclosure"]) == 0
    assert "is closed: 閉鎖（2026年4月1日、合併による解散等" in capsys.readouterr().err


def test_message_works_from_the_register_too(register, capsys):
    assert cli(["message", "--corporate-number", SAKURA, "--request", "disclosure",
                "--language", "ja"]) == 0
    assert "株式会社さくら通販" in capsys.readouterr().out


@pytest.mark.parametrize("number, says", [
    ("123", "not a corporate number"), (SAKURA[:-1] + "9", "not a corporate number"),
    ("1000013050238", "no company with corporate number 1000013050238")])
def test_a_number_the_register_cannot_give_says_what_to_do(register, capsys, number, says):
    assert cli(["checklist", "--corporate-number", number, "--request", "disclosure"]) == 2
    assert says in capsys.readouterr().err


def test_corporate_number_without_a_register(capsys):
    assert cli(["letter", "--corporate-number", SAKURA, "--details", "examples/details.yaml",
                "-o", "never.pdf"]) == 2
    assert "no corporate register imported" in capsys.readouterr().err
