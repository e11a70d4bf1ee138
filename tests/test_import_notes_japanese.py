"""The notes an import writes say what they mean in Japanese too (forms/import_notes.yaml): a
Japanese checklist of an imported record showed a fact the import was not sure of only as the
policy's quoted words, like any other line, with nothing saying 要確認."""
from __future__ import annotations

import yaml

from assistant.importer import note_words
from assistant.io.paths import forms_dir
from tests.test_import_sentences import checklist, saved

FEE_TABLE = ("請求書をご郵送ください。\n(4)手数料\n開示のご請求の場合は、回答させていただく際に、以下の手数料を"
             "お支払いただきます。\n- A基本事務手数料\n開示依頼書1通につき、550円(税込) なお、上記Aの基本事務"
             "手数料に加えて、回答させていただく項目ごとに、つぎの項目別手数料を加算させていただきます。\n"
             "- B項目別手数料\n1. お客さまにかかる情報 ・・・・・・ 220円 2. お取引にかかる情報 ・・・・・・ 330円\n")


def test_a_fact_the_import_was_not_sure_of_says_so_in_the_japanese_checklist(tmp_path):
    data = saved(tmp_path, FEE_TABLE)
    unsure = [n for n in data["notes"] if n["text"].startswith("Check this: the import was not sure")]
    assert unsure and all(n["text_ja"].startswith("要確認（手数料の金額）") for n in unsure)
    japanese = checklist(tmp_path)
    lines = japanese.split("7. 請求後の流れ")[1].split("8. ")[0]
    assert lines.count("要確認（手数料の金額）") == len(unsure)
    assert "220円" in lines  # the quote is still there, under its note
    assert not any(word in lines for word in ("Check this", "fees.amount_yen"))  # no English inside
    english = checklist(tmp_path, language="en")
    assert "Check this: the import was not sure whether the policy says fees.amount_yen" in english


def test_refused_ways_are_named_in_japanese(tmp_path):
    data = saved(tmp_path, "電話、FAXによる開示等の請求は受け付けておりません。\n")
    [refused] = [n for n in data["notes"] if n["text"].startswith("The policy refuses")]
    lead, _, ways = refused["text_ja"].partition("：")
    assert lead == "プライバシーポリシーでは、次の方法による請求は受け付けないとしている"
    assert set(ways.removesuffix("。").split("、")) == {"電話", "FAX"}  # labels.yaml's names
    assert refused["text_ja"] in "".join(checklist(tmp_path).split())


def test_every_field_the_import_names_has_a_japanese_name():
    facts = yaml.safe_load((forms_dir() / "import_notes.yaml").read_text(encoding="utf-8"))["facts"]
    named = {"name", "request_kinds", "send_to.department", "send_to.postal_code", "send_to.lines",
             "inquiries.phone", "inquiries.email", "inquiries.web_form", "channels.accepted",
             "channels.refused", "form.get_it", "form.name", "form.required", "documents.self",
             "documents.self_count", "documents.conditions", "documents.legal-representative",
             "documents.agent", "fees.amount_yen", "fees.payment", "fees.pay_when", "fees.kinds",
             "fees.per", "fees.charged", "response.methods", "response.business_days",
             "response.calendar_days", "refusal_grounds", "policy.revised", "envelope_marking",
             "channels.postage", "inquiries.hours", "response.requester_chooses", "documents.listed_on_form",
             "documents.self_unnamed", "response.paper_instead", "policy.short_term_excluded",
             "enclosures.reply_stamps", "response.pace",
             "procedure.elsewhere", "policy.public_body"}
    for field in named:
        said = note_words.fact_name_ja(field)
        assert said != "この項目" and not any("a" <= ch.lower() <= "z" for ch in said), field
    assert all(not any("a" <= ch.lower() <= "z" for ch in name) for name in facts.values())


def test_the_payments_an_import_names_are_named_in_the_japanese_checklist(tmp_path):
    # The saved record says "fixed-amount postal money order (定額小為替) or postage stamps (郵便切手)";
    # a Japanese checklist (and the letter's enclosure line) showed only 「プライバシーポリシーに
    # 定める方法（原文を参照）」 for it.
    saved(tmp_path, "請求書をご郵送ください。\n開示の請求1件につき1,000円の手数料を、郵便切手又は定額小為替で"
                    "請求書に同封してください。\n")
    japanese = checklist(tmp_path)
    assert "支払方法：定額小為替・郵便切手。" in japanese
    assert "原文を参照" not in japanese.split("3. 手数料を支払う")[1].split("4. ")[0]
    assert "fixed-amount postal money order (定額小為替) or postage stamps (郵便切手)" in \
        checklist(tmp_path, language="en")


def test_every_payment_the_import_writes_has_a_japanese_name():
    from assistant.importer.terms_fees import PAYMENTS

    known = yaml.safe_load((forms_dir() / "checklist" / "ja.yaml").read_text(encoding="utf-8"))["known"]
    for _, value in PAYMENTS:
        said = known["payment"].get(value.lower())
        assert said and not any("a" <= ch.lower() <= "z" for ch in said), value


def test_a_japanese_page_s_line_without_kana_is_not_called_the_english_policy_s(tmp_path):
    # 「〒105-0004」 standing alone on its line was quoted as （英語版ポリシーの原文）.
    from assistant.records.patterns import is_english

    saved(tmp_path, "請求書を下記までご郵送ください。\n送付先住所\n\n〒105-0004\n東京都港区新橋1-2-3\n"
                    "株式会社みなと商会 お客様相談室\n")
    japanese = checklist(tmp_path)
    assert "英語版" not in japanese and "〒105-0004" in japanese
    assert not is_english("〒105-0004") and not is_english("E-mail:privacy@minato.example.jp")
    assert is_english("Please send the request form by post.") and not is_english("開示請求書 (PDF)")
