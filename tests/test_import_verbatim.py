"""A saved record quotes the page as the page writes it: the rules read the cleaned text (NFKC), but a
clerk's cold read found 「３．２の申請書」 quoted as 「3.2の申請書」. Every quote is taken again from the
page's own characters; where one cannot be, the record keeps the cleaned quotes and the cleaned text
(all or nothing: a quote is always in the text saved beside it)."""
from __future__ import annotations

from pathlib import Path

import yaml

from assistant.cli.commands import main as cli_main
from assistant.importer.verbatim import verbatim_record
from assistant.records.model import iter_quotes
from assistant.records.quotes import fold

PAGE = """株式会社みなと商会　個人情報保護方針
４．開示等の請求について
開示等のご請求は、３．２の申請書（当社所定）に本人確認書類を添えて、下記窓口までご郵送ください。
手数料は、１回の請求につき１，０００円（定額小為替）です。
〒１５４－００２３　東京都世田谷区若林１－２－３
個人情報相談窓口　電話：０３（１２３４）５６７８
"""


def _import(tmp_path: Path, page: str) -> tuple[dict, str]:
    source = tmp_path / "page.txt"
    source.write_text(page, encoding="utf-8")
    out = tmp_path / "records"
    assert cli_main(["import", str(source), "-o", str(out), "--id", "minato"]) == 0
    assert cli_main(["validate", str(out / "minato.yaml")]) == 0
    data = yaml.safe_load((out / "minato.yaml").read_text(encoding="utf-8"))
    return data, next(p for p in out.rglob("minato.txt")).read_text(encoding="utf-8")


def _quotes(data: dict) -> list[str]:
    from assistant.records.model import Company
    return [q for _, q in iter_quotes(Company.model_validate(data))]


def test_quotes_keep_the_pages_own_characters(tmp_path, capsys):
    data, saved = _import(tmp_path, PAGE)
    quotes = _quotes(data)
    assert "手数料は、１回の請求につき１，０００円（定額小為替）です。" in quotes
    assert any("３．２の申請書（当社所定）" in q for q in quotes)
    assert not any("3.2の申請書" in q or "1,000円" in q for q in quotes)
    assert data["fees"][0]["amount_yen"] == 1000 and data["send_to"]["postal_code"] == "154-0023"
    assert "〒１５４－００２３" in saved and all(fold(q) in fold(saved) for q in quotes)


def test_a_quote_ending_on_a_voiced_halfwidth_letter_keeps_its_mark():
    data = {"policy": {"quote": ["個人情報のデ"]}}
    mapped, _ = verbatim_record(data, "個人情報のﾃﾞ\nほか", "個人情報のデ\nほか")
    assert mapped["policy"]["quote"] == ["個人情報のﾃﾞ"]


def test_a_halfwidth_kana_quote_is_found_with_its_marks(tmp_path, capsys):
    page = PAGE.replace("本人確認書類を添えて", "ﾃﾞｰﾀの本人確認書類を添えて")
    data, _ = _import(tmp_path, page)
    assert any("ﾃﾞｰﾀの本人確認書類" in q for q in _quotes(data))


def test_where_one_quote_is_not_found_every_quote_stays_cleaned():
    data = {"fees": [{"quote": ["手数料は1,000円です。"]}], "policy": {"quote": "個人情報保護方針"}}
    page = "個人情報保護\u200b方針\r\n手数料は１，０００円です。"  # (a zero-width space: not shown, left out)
    mapped, text = verbatim_record(data, page, "x")
    assert mapped == {"fees": [{"quote": ["手数料は１，０００円です。"]}], "policy": {"quote": "個人情報保護方針"}}
    assert text == "個人情報保護方針\n手数料は１，０００円です。"
    kept, text = verbatim_record(data, page.replace("方針", "規程"), "個人情報保護方針\n手数料は1,000円です。")
    assert kept == data and text == "個人情報保護方針\n手数料は1,000円です。"


def test_a_checklist_quotes_the_pages_characters(tmp_path, capsys):
    from assistant.checklist.text import checklist_text
    from assistant.facade import Assistant
    from assistant.records.directory import load_directory

    _import(tmp_path, PAGE)
    assistant = Assistant(load_directory([tmp_path / "records"], use_cache=False))
    company = assistant.directory.get("minato")
    said = "".join(checklist_text(assistant.checklist(company, "disclosure"), languages=("ja",)).split())
    assert "「手数料は、１回の請求につき１，０００円（定額小為替）です。」" in said


def test_values_copied_from_the_page_keep_its_characters(tmp_path, capsys):
    page = PAGE.replace("個人情報相談窓口　電話：０３（１２３４）５６７８",
                        "ＣＳ推進室 個人情報相談窓口\n電話：０３（１２３４）５６７８　受付時間：平日１０：００～１７：００（土日祝を除く）")
    data, _ = _import(tmp_path, page)
    assert data["send_to"]["department"] == "ＣＳ推進室 個人情報相談窓口"
    assert data["inquiries"]["hours"] == "平日１０：００～１７：００（土日祝を除く）"


def test_a_value_the_page_does_not_hold_stays_as_given():
    data = {"name": "株式会社みなと商会", "policy": {"quote": ["手数料は1,000円です。"]}}
    mapped, _ = verbatim_record(data, "手数料は１，０００円です。", "手数料は1,000円です。")
    assert mapped == {"name": "株式会社みなと商会", "policy": {"quote": ["手数料は１，０００円です。"]}}
