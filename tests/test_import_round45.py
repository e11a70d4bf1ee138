"""Structures a clerk's cold read of imported checklists found misread (round 45): documents the
page says its form lists; a form offered as 「帳票」 for download; a form with no web address in the
record is not said to have no link on the page."""
from __future__ import annotations

import pytest

from assistant.importer.extract import propose
from tests.test_import_sentences import checklist, saved


def _values(text: str, field: str) -> list:
    return [f.value for f in propose("開示等の請求について\n" + text).facts if f.field == field]


@pytest.mark.parametrize("sentence", [
    "2) 添付書類\n※「個人情報開示等請求書」に記載の添付書類をご用意ください。\n",
    "当社指定の請求書を郵送いたしますので、必要事項の記入と請求書に記載のある本人確認書類をご同封の上、ご返送ください。\n",
    "Please send it along with the required identification documents (as specified on the form).\n",
])
def test_documents_the_form_lists_are_read(sentence):
    assert _values(sentence, "documents.listed_on_form") == [True]


def test_documents_named_on_the_page_are_no_pointer_to_the_form():
    assert _values("請求書に本人確認書類(運転免許証の写し)を添えてご郵送ください。\n", "documents.listed_on_form") == []


def test_the_checklist_sends_the_reader_to_the_form(tmp_path):
    data = saved(tmp_path, "下記の書類を当社までご郵送ください。\n1) 個人情報開示等請求書\n"
                           "2) 添付書類\n※「個人情報開示等請求書」に記載の添付書類をご用意ください。\n")
    assert data["documents"]["listed_on_form"]["quote"] == ["※「個人情報開示等請求書」に記載の添付書類をご用意ください。"]
    text = "".join(checklist(tmp_path).split())
    assert "会社所定の請求書に記載された本人確認書類を送る。" in text
    assert "プライバシーポリシーに必要書類の記載はない" not in text
    assert "本人確認書類の写し（貴社所定の請求書に記載のもの）" not in text  # (a checklist speaks to the reader)


def test_a_form_offered_as_choho_for_download():
    text = "開示請求から実際の開示までの流れ\n帳票は下記からダウンロードできます。\n"
    assert _values(text, "form.required") == [True] and _values(text, "form.get_it") == ["download"]


def test_no_web_address_is_not_said_to_be_missing_from_the_page(tmp_path):
    saved(tmp_path, "開示等の請求は郵送でお受けします。\n※リンク先をクリックし、「個人情報開示等請求書」をプリントアウトして、"
                    "必要事項を記載してください。\n")
    text = "".join(checklist(tmp_path).split())
    assert "ウェブアドレスはこの記録にない（会社のウェブサイトで探す）" in text
    assert "リンクの記載はない" not in text


def test_radicals_a_page_uses_for_characters_become_the_characters(tmp_path):
    # 「北⻘山」 (U+2ED8, a radical NFKC keeps) printed on an envelope and broke address look-ups
    from assistant.importer.source import clean
    assert clean("〒107-0061 東京都港区北⻘山3-6-23 ⻑野 ⼭") == "〒107-0061 東京都港区北青山3-6-23 長野 山"
    data = saved(tmp_path, "開示等のご請求は下記までご郵送ください。\n〒107-0061\n東京都港区北⻘山3-6-23\n個人情報窓口\n")
    assert data["send_to"]["lines"] == ["東京都港区北青山3-6-23"]
