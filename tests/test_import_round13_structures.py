"""Structures the twelfth round's unseen pages (real12_unseen/, scored once, then worked on in the
thirteenth round) used where the rules read them poorly or wrongly (issue 21), each in our own words
with a real-looking example and the page it came from. The structure decides, not the page's words.
Each test fails on the rules before this round (its second half, where there is one, is a guard)."""
from __future__ import annotations

from pathlib import Path

from tests.test_import_round6_structures import _facts
from tests.test_import_sentences import saved


def test_generic_words_under_an_item_letter_are_no_form_name(tmp_path: Path):
    # real12_unseen/nittsu_ryoko: 「「A.当社所定の申請書」から次のいずれかの申請書をダウンロードし」;
    # seiburailway: 「下記の「(A)当社所定の請求書」にある中からご希望のものを選んでいただき」
    body = ("ご請求の際は、「B.弊社所定の請求書」から該当する請求書をダウンロードし、ご記入のうえ、"
            "下記の窓口まで郵送してください。\n")
    facts = _facts(body)
    assert "form.name" not in facts
    assert facts["form.required"] == {True}
    assert facts["form.get_it"] == {"download"}
    form = saved(tmp_path, body)["form"]
    assert form["name"] == "所定の請求書" and form["get_it"] == "download"
    # a form's own name in the same place is still its name
    assert _facts("ご請求の際は、「保有個人データ開示請求書」をダウンロードし、郵送してください。\n")[
        "form.name"] == {"保有個人データ開示請求書"}


def test_a_postal_code_whose_dash_came_through_as_a_question_mark():
    # real12_unseen/seiburailway: 「〒359?8520 埼玉県所沢市…」 (the page's dash mis-decoded)
    assert _facts("2. 請求先\n〒123?4567 千葉県船橋市本町一丁目2番3号\n株式会社みなと商会 お客様相談窓口\n")[
        "send_to.postal_code"] == {"123-4567"}
    assert _facts("2. 請求先\n123?4567 千葉県船橋市本町一丁目2番3号\n株式会社みなと商会 お客様相談窓口\n")[
        "send_to.postal_code"] == {"123-4567"}
    # a question mark between other digits is no postal code
    assert "send_to.postal_code" not in _facts("2. 請求先\n受付番号 123?4567 をお控えください。\n")


def test_posting_to_a_desk_named_for_inquiries_and_the_mail_a_cut_page_ends_on(tmp_path: Path):
    # real12_unseen/nittsu_ryoko: 「…次のお問合せ窓口まで郵便にてご送付ください。…なお、封筒の表面に
    # 「開示等請求書類在中」とお書き添えいただければ幸いです。」 and the page cut at
    # 「…申請手数料を同封し、上記の当社「個人情報苦情・相談窓口」へ、現金書留」
    body = ("所定の請求書にご記入のうえ、次のお問合せ窓口まで郵便にてご送付ください。"
            "封筒の表面に「開示請求書在中」とお書きください。\n〒100-0001 東京都千代田区千代田1-1\n"
            "株式会社みなと商会 お客様相談窓口\n")
    assert _facts(body)["channels.accepted"] == {"post"}
    # a question to that desk by telephone is still a question, no way to send
    assert "channels.accepted" not in _facts("ご不明な点は、次のお問合せ窓口までお電話でお問い合わせください。\n")
    record = saved(tmp_path, body)
    assert record["channels"]["accepted"] == ["post"]
    assert record["channels"]["envelope_marking"]["text"] == "開示請求書在中"
    cut = body + "本人確認書類と手数料を同封し、上記の「お客様相談窓口」へ、現金書留"
    assert _facts(cut)["channels.accepted"] >= {"registered-mail"}
    # a sentence that ends properly is read by the other rules; a cut without papers going is none
    assert "registered-mail" not in _facts("手数料のお支払いは、本社の窓口へ、現金書留")


def test_what_is_not_covered_in_groups_each_item_a_ground():
    # real12_unseen/nipponrentacar: 「なお、以下に該当する保有個人データは、開示等の対象としておりません
    # のでご注意ください。」 over 「(1)「保有個人データ」に該当しないもの / ・…」, 「(2)…法律…により開示等の
    # 対象としないもの / ・… / ・…」, 「(3)…既にお渡しした書類」, 「(4)その他、法令等に定めるもの等」
    facts = _facts("1. 開示等の対象\n以下に該当する個人情報は、開示等の対象としておりません。\n"
                   "(1)「保有個人データ」に該当しないもの\n・他社から処理を委託されているにすぎないもの\n"
                   "(2)法令により開示等の対象としないもの\n・本人の権利利益を害するおそれのあるもの\n"
                   "・他の法令に違反するおそれのあるもの\n(3)既にお客様にお渡しした契約書類\n"
                   "(4)その他、法令等に定めるもの等\n2. 請求の方法\n請求書を郵送してください。\n")
    assert facts["refusal_grounds"] == {"他社から処理を委託されているにすぎないもの",
                                        "本人の権利利益を害するおそれのあるもの",
                                        "他の法令に違反するおそれのあるもの",
                                        "既にお客様にお渡しした契約書類"}
    # a negated sentence that points at no list below leads none
    assert "refusal_grounds" not in _facts("店舗の情報は開示等の対象としておりません。\n・店舗一覧\n")


def test_english_form_titles_and_a_disclosure_in_document_form():
    # real12_unseen/meganetop_en: 'Please print out the "Personal information request form."', 'If
    # requesting disclosure in document form:'; dynaword_en: "when submitting a Request for
    # Disclosure of Personal Information or a Request for Correction, etc. of Personal Information"
    got = _facts('If requesting disclosure in document form: please print out the "Customer data request form." '
                 "and send it to us by post.\n")
    assert got["form.name"] == {"Customer data request form"}
    assert got["response.methods"] == {"in-writing"}
    got = _facts("When submitting a Request for Correction of Customer Data or a Request for Disclosure of "
                 "Customer Data, please enclose a copy of your passport and send it by post.\n")
    assert got["form.name"] == {"Request for Disclosure of Customer Data"}
    # a bare "request form" in quotes is no name
    assert "form.name" not in _facts('Please print out the "Request form." and send it to us by post.\n')
