"""Search by any form of a company's name (issue 13 item 3): width, kana, legal-form words,
readings from the data table; and `companies WORDS` with no match says where to go instead."""
from __future__ import annotations

import pytest

import assistant.records.index_schema as schema
from assistant.cli.commands import main as cli
from assistant.records.directory import load_directory, normalise
from assistant.records.name_forms import FORMS_FILE, fold_name
from assistant.io.paths import COMPANIES_DIR


@pytest.mark.parametrize("one, other", [
    ("ｲﾝﾌｫﾏｰﾄ", "インフォマート"),
    ("いんふぉまーと", "インフォマート"),
    ("ポーターズ", "ぽーたーず"),
    ("株式会社インフォマート", "インフォマート"),
    ("(株)インフォマート", "インフォマート"),
    ("㈱インフォマート", "インフォマート"),
    ("PERSOL CAREER CO., LTD.", "persol career"),
    ("Leverages Co.,Ltd.", "leverages"),
    ("エヌ・ティ・ティ", "NTT"),
    ("ｴﾇ･ﾃｨ･ﾃｨ", "ntt"),
    ("エヌティティコム", "NTTコム"),
])
def test_forms_of_one_name_fold_alike(one, other):
    assert fold_name(one) == fold_name(other)


@pytest.mark.parametrize("blank", ["", "   ", "\u3000"])
def test_an_empty_search_folds_to_nothing(blank):
    assert fold_name(blank) == ""


def test_latin_legal_forms_go_only_as_whole_words():
    assert fold_name("Incredible Corp.") == "incredible"
    assert fold_name("Lincoln Inc.") == "lincoln"
    assert fold_name("Corporate Data") == "corporate data"


@pytest.fixture(scope="module")
def shipped():
    return load_directory([COMPANIES_DIR], use_cache=False)


@pytest.mark.parametrize("query, company", [
    ("いんふぉまーと", "infomart"), ("ｲﾝﾌｫﾏｰﾄ", "infomart"), ("インフォマート株式会社", "infomart"),
    ("ぽーたーず", "porters"), ("(株)ポーターズ", "porters"), ("Porters Co., Ltd.", "porters"),
    ("パーソルキャリア", "persol-career"), ("ぱーそる きゃりあ", "persol-career"),
    ("エヌ・ティ・ティ", "nttcom-online"), ("えぬてぃてぃ こむ", "nttcom-online"),
    ("オンラインマーケティング", "nttcom-online"), ("レバレジーズ株式会社", "leverages"),
    ("デューダ", "persol-career"), ("でゅーだ", "persol-career"),  # doda, as its name is read
])
def test_search_finds_the_company_by_any_name_form(shipped, query, company):
    assert company in [entry.id for entry in shipped.search(query)], query


def test_index_and_query_use_the_same_folding(shipped):
    assert normalise is schema.normalise and normalise("ポーターズ") == fold_name("ぽーたーず")


def test_changing_the_forms_table_changes_the_index_version(monkeypatch, tmp_path):
    before = schema._version()
    table = tmp_path / "forms.txt"
    table.write_text(FORMS_FILE.read_text(encoding="utf-8") + "ゼットゼット = ZZ\n", encoding="utf-8")
    monkeypatch.setattr("assistant.records.name_forms.FORMS_FILE", table)
    assert schema._version() != before
    assert schema.INDEX_VERSION >= 2


def test_companies_with_no_match_says_so_and_names_both_routes(capsys):
    assert cli(["companies", "楽天"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert "楽天" in err and "import" in err and "--company-name" in err


def test_companies_with_a_match_exits_0(capsys):
    assert cli(["companies", "ぽーたーず"]) == 0
    assert capsys.readouterr().out.startswith("porters\t")
