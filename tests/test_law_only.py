"""The law-only route (issue 13 item 1): a company without a record, from its typed name and
address; every line from the law or general practice, never the company's policy."""
from __future__ import annotations

import json
import subprocess

import pytest

from assistant.checklist.data import json_ready
from assistant.cli.commands import main as cli
from assistant.facade import Assistant
from assistant.records.law_only import LawOnlyError, law_only_company
from assistant.records.model import Company
from assistant.records.vocabulary import REQUEST_KINDS, REQUESTER_KINDS

RAKUTEN = ["--company-name", "楽天グループ株式会社", "--company-address", "東京都世田谷区玉川一丁目14番1号",
           "--postal-code", "158-0094"]


def _items(node):
    for item in node.get("items", []) + node.get("children", []):
        yield item
        yield from _items(item)


@pytest.mark.parametrize("kind", REQUEST_KINDS)
@pytest.mark.parametrize("requester", REQUESTER_KINDS)
def test_no_law_only_line_claims_to_be_the_companys_policy(directory, kind, requester):
    company = law_only_company("楽天", "東京都世田谷区玉川一丁目14番1号", "158-0094")
    checklist = json_ready(Assistant(directory).checklist(company, kind, requester))
    items = [i for s in checklist["sections"] for i in _items(s)]
    assert items and {i["source"] for i in items} <= {"law", "general-practice"}
    assert "No record of this company" in checklist["record_quality"]
    assert checklist["envelope"]["confirmed"] is False


def test_cli_law_only_checklist_shows_the_typed_address_as_entered_and_law_lines(capsys):
    assert cli(["checklist", "--language", "en", *RAKUTEN, "--request", "disclosure", "--sent-on", "2026-12-01"]) == 0
    out = " ".join(capsys.readouterr().out.split())  # the text wraps anywhere
    assert "The address you entered (check it on the company's website)" in out
    # No desk typed: addressed to the desk by its function, labelled as general practice.
    assert "〒158-0094" in out and "楽天グループ株式会社 個人情報開示等請求ご担当者 様" in out
    assert "General practice: No desk is known, so the letter is addressed to 「個人情報開示等請求ご担当者」" in out
    assert "may have its own form and fee: ask first" in out
    assert "Art. 38" in out and "Art. 39" in out and "Identity documents" in out
    assert "The policy" not in out


def test_cli_law_only_json_has_no_policy_source(capsys):
    assert cli(["checklist", "--language", "en", *RAKUTEN, "--request", "correction", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert all(i["source"] != "policy" for s in data["sections"] for i in _items(s))


def test_cli_law_only_letter_is_addressed_and_requests_under_the_act(tmp_path):
    out = tmp_path / "letter.pdf"
    assert cli(["letter", *RAKUTEN, "--details", "examples/details.yaml", "-o", str(out)]) == 0
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "〒158-0094" in text and "東京都世田谷区玉川一丁目14番1号" in text
    lines = [line.strip() for line in text.splitlines()]
    assert "楽天グループ株式会社" in lines
    assert any(line.startswith("個人情報開示等請求ご担当者 様") for line in lines)
    assert "楽天グループ株式会社 御中" not in text
    assert "個人情報の保護に関する法律第33条第1項" in text and "開示" in text


def test_a_typed_department_is_the_law_only_addressee(directory):
    from assistant.law.addressee import japanese_addressee
    from assistant.law.wording import letter_wording

    company = law_only_company("楽天", "東京都世田谷区玉川一丁目14番1号", "158-0094", department="総務部")
    assert japanese_addressee(company, letter_wording("ja")).block()[-1] == "総務部 御中"


def test_cli_law_only_message_asks_for_form_and_fee(capsys):
    assert cli(["message", *RAKUTEN, "--request", "disclosure"]) == 0
    out = capsys.readouterr().out
    assert "楽天グループ株式会社" in out and "手数料" in out


@pytest.mark.parametrize("args, says", [
    (["--company-name", "楽天"], "company address"),
    (["--company-name", " ", "--company-address", "東京都"], "company name"),
    (["--company-name", "楽天", "--company-address", "東京都", "--postal-code", "12"], "postal code"),
])
def test_cli_law_only_says_what_to_fix_and_writes_nothing(tmp_path, capsys, args, says):
    out = tmp_path / "letter.pdf"
    assert cli(["letter", *args, "--details", "examples/details.yaml", "-o", str(out)]) == 2
    assert says in capsys.readouterr().err and not out.exists()


def test_company_and_company_name_are_one_or_the_other(capsys):
    with pytest.raises(SystemExit):
        cli(["checklist", "--language", "en", "--company", "porters", *RAKUTEN, "--request", "disclosure"])


def test_a_record_from_a_file_still_needs_its_policy_and_kinds(directory):
    data = directory.get("porters").model_dump(by_alias=True)
    with pytest.raises(ValueError, match="policy"):
        Company.model_validate({**data, "policy": None})
    with pytest.raises(ValueError, match="request_kinds"):
        Company.model_validate({**data, "request_kinds": {}})
    with pytest.raises(LawOnlyError):
        law_only_company("楽天", "")


def test_cli_law_only_checklist_pdf_names_the_law_not_a_policy(tmp_path):
    out = tmp_path / "checklist.pdf"
    assert cli(["checklist", "--language", "en", *RAKUTEN, "--request", "disclosure", "--format", "pdf", "-o", str(out)]) == 0
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "general practice" in text and "published policy" not in text


def test_law_only_representative_is_told_what_usually_proves_the_right_to_act(capsys):
    assert cli(["checklist", "--language", "en", *RAKUTEN, "--request", "disclosure", "--requester", "agent"]) == 0
    out = " ".join(capsys.readouterr().out.split())  # the text wraps anywhere
    assert "usually sends proof of the right to act (a power of attorney" in out
    assert "The policy" not in out


LAW_ONLY_FILE = """id: rakuten
name: Rakuten Group, Inc.
name_ja: 楽天グループ株式会社
quality: law-only
checked: 2026-11-23
entered_address: {postal_code: 158-0094, lines: [東京都世田谷区玉川一丁目14番1号]}
send_to: unknown
inquiries: unknown
channels: unknown
form: unknown
documents: unknown
fees: unknown
response: {methods: unknown, time_limit: unknown}
"""


def test_a_law_only_record_file_the_user_writes_validates_and_serves(tmp_path, capsys):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "rakuten.yaml").write_text(LAW_ONLY_FILE, encoding="utf-8")
    assert cli(["--data-dir", str(folder), "validate", str(folder)]) == 0
    assert cli(["--data-dir", str(folder), "checklist", "--language", "en", "--company", "rakuten",
                "--request", "disclosure"]) == 0
    out = capsys.readouterr().out
    assert "The address you entered" in out and "Policy revised" not in out


@pytest.mark.parametrize("args, says", [
    (["--company-name", "楽天\x1b[31m", "--company-address", "東京都"], "company name: contains an invisible"),
    (["--company-name", "楽天", "--company-address", "東京都\u202e"], "company address: item 1 contains"),
    (["--company-name", "楽天", "--company-address", "東京都", "--department", "\u200b"], "department:"),
])
def test_hidden_characters_in_what_was_typed_are_named_by_field(capsys, args, says):
    assert cli(["message", *args, "--request", "disclosure"]) == 2
    assert says in capsys.readouterr().err
