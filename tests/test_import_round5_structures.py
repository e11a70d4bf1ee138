"""Sentence structures the fifth round's pages used where the rules read them poorly (issue 21),
each in a real-looking example of our own words, with the page of the corpus it came from named.
The rules are general: the structure decides, not the page's words."""
from __future__ import annotations

import pytest

from assistant.importer.clauses import _analyser
from assistant.importer.form_steps import who_moves_form
from assistant.importer.source import clean
from tests.test_import_sentences import saved

needs_analyser = pytest.mark.skipif(not _analyser(), reason="the analyser route is not installed")


def _grounds(data: dict) -> list[str]:
    return [g["ground"] for g in data.get("refusal_grounds", [])]


def test_a_list_run_into_one_line_is_read_one_item_a_line():
    # real5/mymc: 「① …おそれがあるとき② …おそれがあるとき③ …経過しているとき」 on one line
    text = clean("① 本人の心身に重大な影響を及ぼすおそれがあるとき② 第三者の権利を害するおそれがあるとき")
    assert text.split("\n") == ["(1) 本人の心身に重大な影響を及ぼすおそれがあるとき",
                                "(2) 第三者の権利を害するおそれがあるとき"]


def test_references_to_items_stay_in_their_sentence():
    # 「上記(1)、(2)の書類に加えて」, 「(1)の書類と(2)の書類」: no list, nothing cut
    for line in ("上記(1)、(2)の書類に加えて委任状を同封してください", "(1)の書類と(2)の書類を同封してください"):
        assert clean(line) == line


def test_grounds_run_into_one_line_are_each_a_ground(tmp_path):
    data = saved(tmp_path, "開示請求書を郵送してください。\n次の場合、記録の一部又は全部を開示しないことがあります。\n"
                           "① 本人の心身に重大な影響を及ぼすおそれがあるとき② 第三者の権利を害するおそれがあるとき\n")
    assert _grounds(data) == ["本人の心身に重大な影響を及ぼすおそれがあるとき", "第三者の権利を害するおそれがあるとき"]


@needs_analyser
def test_a_negated_sentence_pointing_at_the_list_below_leads_grounds(tmp_path):
    # real5/fj_hotels: 「なお、以下に該当する個人情報につきましては、原則として開示等の対象とはいたして
    # おりません。」 then a bulleted list, with no word of the earlier leads
    data = saved(tmp_path, "開示請求書を郵送してください。\n以下に該当するものは、開示の対象とはしておりません。\n"
                           "・当社に開示の権限がない場合\n・当社の業務の適正な実施に著しい支障を及ぼすおそれがある場合\n"
                           "請求書のお取り寄せ\n")
    assert _grounds(data) == ["当社に開示の権限がない場合", "当社の業務の適正な実施に著しい支障を及ぼすおそれがある場合"]


def test_a_pointing_sentence_that_refuses_nothing_leads_no_grounds(tmp_path):
    data = saved(tmp_path, "開示請求書を郵送してください。\n以下の書類を同封のうえ、開示の請求をしてください。\n"
                           "・本人確認書類の写しが必要な場合\n")
    assert _grounds(data) == []


@needs_analyser
@pytest.mark.parametrize("sentence, who", [
    # real5/stily: the company e-mails its form after the person's first contact
    ("その後、電子メールで当社より所定の請求書を送付・送信いたしますので、ご記入の上ご郵送ください。", "mailed-by-company"),
    ("当社指定の「個人情報開示等依頼書」を折り返しお送りいたします。", "mailed-by-company"),
    ("所定の申請書を郵送させていただきます。", "mailed-by-company"),
    ("当社にて内容を確認の上、所定の申請書をご連絡いただいた住所宛に郵送します。", "mailed-by-company"),
    # real5/a_gent: the person asks for the forms
    ("各種請求書・依頼書につきましては以下問合せ先までご依頼ください。", "inquiry"),
    ("所定の請求書を下記窓口までご請求ください。", "inquiry"),
    # the person's own steps, and an invoice: no first step
    ("開示等請求書を郵送してください。", None),
    ("請求書を当社へ郵送する際には、簡易書留でお願いいたします。", None),
    ("申請書を郵送していただきます。", None),
    ("審査の結果、見積書と請求書を送付します。", None),
    ("申請書は当社ホームページからダウンロードしてください。", None),
])
def test_who_moves_the_form_is_read_from_the_sentence(sentence, who):
    assert who_moves_form(sentence) == who


@needs_analyser
def test_a_form_the_company_sends_makes_contact_first(tmp_path):
    data = saved(tmp_path, "開示等の求めの手続きを行われる方は、下記の窓口にご連絡ください。\n"
                           "その後、電子メールで当社より所定の請求書を送付・送信いたしますので、所定の事項をご記入の上、"
                           "本人確認書類を添付し、下記の住所宛にご郵送ください。\n")
    assert data["form"]["get_it"] == "mailed-by-company"
    assert data["contact_first"]["why"] == "to receive the company's own form"
