"""The company's name an import saves is the name alone: not the desk written after it on the
same line (a letter's addressee then named the desk twice), not an item's number before it; found
on the lines just above the postal code too; hospitals' and foundations' legal forms kept whole."""
from __future__ import annotations

from pathlib import Path

import yaml

from assistant.importer.extract import propose
from assistant.importer.names_ja import japanese_name
from assistant.importer.run import import_policy
from assistant.importer.source import clean

PROCEDURE = ("保有個人データの開示等の請求について\n所定の請求書に本人確認書類を添えて、下記までご郵送ください。\n")


def name_of(text: str) -> str:
    return propose(clean(text)).first("name").value


def test_a_desk_after_the_name_on_the_address_line_is_the_department_not_the_name(tmp_path: Path):
    text = PROCEDURE + "〒812-0011 福岡県福岡市博多区博多駅前一丁目2-3\nみなと商事株式会社 お客様情報相談窓口\n"
    assert name_of(text) == "みなと商事株式会社"
    path = import_policy(None, tmp_path, text=clean(text), company_id="minato")
    record = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert record["name"] == "みなと商事株式会社"
    assert record["send_to"]["department"] == "お客様情報相談窓口"

    from assistant.facade import Assistant
    from assistant.records.directory import load_directory

    assistant = Assistant(load_directory([tmp_path], use_cache=False))
    block = assistant.checklist(assistant.directory.get("minato"), "disclosure").envelope.block()
    assert block[-2:] == ["みなと商事株式会社", "お客様情報相談窓口 御中"]


def test_other_desks_and_committees_after_the_name():
    for desk in ("経営企画部", "個人情報保護委員会", "総務部CSRチーム", "保有個人データ窓口"):
        assert japanese_name(f"みなと信用金庫 {desk}") == "みなと信用金庫"


def test_a_space_inside_the_name_after_its_legal_form_stays():
    # 「株式会社 みなとセンター」: the words after the space are the name, though they end like a desk.
    assert japanese_name("株式会社 みなとセンター") == "株式会社 みなとセンター"
    assert name_of(PROCEDURE + "〒100-0001 東京都千代田区千代田1-1\n株式会社 みなと商会\n") == "株式会社 みなと商会"


def test_two_katakana_words_before_the_legal_form_are_one_name():
    # 「ミホン ハウス株式会社」: the space stands between the group's name and the company's
    text = PROCEDURE + "必要事項をご記入のうえ ミホン ハウス株式会社 お客様相談室 までご郵送ください。\n"
    assert name_of(text) == "ミホン ハウス株式会社"


def test_an_item_number_before_the_name_and_a_particle_after_it_go():
    text = "1.株式会社みなと商会(以下「当社」といいます)は、個人情報を適切に取り扱います。\n" + PROCEDURE
    assert name_of(text) == "株式会社みなと商会"
    assert japanese_name("2)みなと商事株式会社では") == "みなと商事株式会社"


def test_the_name_on_the_lines_above_the_postal_code():
    body = ("個人情報の取扱いについて\n" + "当社は個人情報を大切に扱います。\n" * 15 + PROCEDURE
            + "◆請求先\nMINATO株式会社\n個人情報保護事務局\n〒273-0012 千葉県船橋市浜町1-2-3\n")
    assert name_of(body) == "MINATO株式会社"


def test_hospitals_and_foundations_keep_their_whole_legal_form():
    text = PROCEDURE + "〒390-0001 長野県松本市中央1-2-3\n社会医療法人財団 みなと会 みなと病院 患者相談室\n"
    assert name_of(text) == "社会医療法人財団 みなと会"
    text = PROCEDURE + "〒153-0001 東京都目黒区駒場1-2-3\n公益財団法人みなと国際教育協会 総務部総務課\n"
    assert name_of(text) == "公益財団法人みなと国際教育協会"


def test_a_form_s_name_without_its_list_letter():
    # A forms list lettered a., b.: 「a.個人情報開示等請求書 (PDF)」 printed 「名称：「a.個人情報開示等請求書」」.
    text = ("保有個人データの開示等の請求について\n下記の請求書をダウンロードし、記入のうえご郵送ください。\n"
            "    1. a.みなと開示等請求書 (PDF・6kb)\n    2. b.委任状 (PDF・5kb)\n")
    names = [f.value for f in propose(clean(text)).facts if f.field == "form.name"]
    assert names == ["みなと開示等請求書"]


def test_a_name_in_a_sentence_or_beside_other_words():
    # real38_blind, real20_blind, real29_blind, real12, real17_blind, real13_blind, real12_blind: the
    # name as the page's own words hold it, never the sentence around it
    assert name_of("いーこえモニターは、は株式会社ミナトリサーチが運営しています。\n" + PROCEDURE) == "株式会社ミナトリサーチ"
    assert name_of("株式会社たびびと（以下、「当社」とします。）は、個人情報を大切にします。\n" + PROCEDURE) == "株式会社たびびと"
    assert name_of("1. 本規約は、本サービスの利用に関するミナト合同会社（以下「当社」）の定めです。\n" + PROCEDURE) == "ミナト合同会社"
    assert name_of("みなとバス株式会社・株式会社みなとトラベル\n" + PROCEDURE) == "みなとバス株式会社"
    assert japanese_name("桜橋プラザビル４Ｆ日本みなとシステムズ株式会社") == "日本みなとシステムズ株式会社"
    assert japanese_name("サンみなと株式会社 個人情報問合せ係り") == "サンみなと株式会社"
    assert japanese_name("一般社団法人 みなと協会における個人情報お問い") == "一般社団法人 みなと協会"
    # (a particle at the name's end goes only before a comma: 「株式会社ミナトも、」)
    assert japanese_name("株式会社ミナトも", "、") == "株式会社ミナト" and japanese_name("株式会社ミナトは") == "株式会社ミナト"
