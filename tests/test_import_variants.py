"""Variants, in our own words, of how Japanese procedure pages state what the twelfth round found
read poorly (issue 21): a representative's own identity documents named plainly, address blocks,
envelope markings, fees, refusal grounds. Each is built from phrasings the real corpus uses
(tests/fixtures/real*/), recombined; the structure decides, not one page's words. Precision
first: a guard beside each (no refused way accepted, no fee invented)."""
from __future__ import annotations

from pathlib import Path

from tests.test_import_round6_structures import _facts
from tests.test_import_sentences import saved

PERSON = "本人確認書類として、運転免許証又はパスポートの写しを同封してください。\n"


# --- 1. 「代理人の本人確認書類」: the representative's own IDs, the person's kinds (README) -----------

def test_a_plain_representatives_id_is_of_the_persons_kinds():
    # procedures/fax_refused, real2_unseen/tanyo_shinkin: 「…及び代理人の本人確認書類」
    facts = _facts(PERSON + "任意代理人の場合は、委任状、ご本人の印鑑登録証明書及び代理人の本人確認書類を"
                            "お送りください。\n")
    assert facts["documents.agent"] >= {"drivers-licence", "passport", "power-of-attorney"}
    assert "documents.legal-representative" not in facts
    # 「法定代理人の本人確認のための書類」: the legal representative's alone
    facts = _facts(PERSON + "法定代理人の場合は、戸籍謄本及び法定代理人の本人確認のための書類をお送りください。\n")
    assert facts["documents.legal-representative"] >= {"drivers-licence", "passport", "family-register"}
    assert "documents.agent" not in facts
    # a plain 代理人 where the page provides for a legal representative: both
    facts = _facts("請求できる方:ご本人、親権者、委任を受けた代理人\n" + PERSON +
                   "代理人の本人確認書類(代理人からのご請求の場合)\n")
    assert facts["documents.agent"] == facts["documents.legal-representative"] == {"drivers-licence", "passport"}


def test_a_plain_representatives_id_keeps_its_own_list_and_none_needed():
    # their own kinds named after it: those, not the person's
    facts = _facts(PERSON + "代理人の場合は、委任状及び代理人の本人確認書類(健康保険証)をお送りください。\n")
    assert "drivers-licence" not in facts.get("documents.agent", set())
    # a heading over their own list
    facts = _facts(PERSON + "代理人の本人確認書類\n在留カード\n")
    assert "passport" not in facts.get("documents.agent", set())
    # 「…は不要です」: none
    facts = _facts(PERSON + "代理人の本人確認書類は不要です。委任状をお送りください。\n")
    assert facts["documents.agent"] == {"power-of-attorney"}


def test_a_plain_representatives_id_without_kinds_is_a_line_to_ask(tmp_path: Path):
    # real2_unseen/kyotobank, real_unseen/aos: no kinds named for anyone (the list cut off)
    data = saved(tmp_path, "ご提出いただくもの\n開示依頼書\n代理人の本人確認書類(代理人からのご請求の場合)\n"
                           "委任状(代理人からのご請求の場合)\n")
    groups = data["documents"]["agent"]
    own = [g for g in groups if g["one_of"][0]["kind"] == "other"]
    assert len(own) == 1 and "names no kinds" in own[0]["one_of"][0]["note"]
    assert own[0]["quote"] == ["代理人の本人確認書類(代理人からのご請求の場合)"]
    assert any(g["one_of"][0]["kind"] == "power-of-attorney" for g in groups)
    # the person's kinds given: those, no line of `other`
    data = saved(tmp_path / "b", PERSON + "代理人の場合は、委任状及び代理人の本人確認書類をお送りください。\n")
    kinds = {d["kind"] for g in data["documents"]["agent"] for d in g["one_of"]}
    assert kinds == {"drivers-licence", "passport", "power-of-attorney"}


# --- 2. The corpus's one-off misses, as structures ----------------------------------------------

def test_a_list_cut_off_inside_the_my_number_cards_name():
    # real10_unseen/sevencs_card 「④個人番号カ」 and real/ashiya_city 「…、個人番号カ」 at the page's end
    facts = _facts("本人確認書類として次のいずれかをお送りください。\n運転免許証\nパスポート\n個人番号カ")
    assert facts["documents.self"] == {"drivers-licence", "passport", "my-number-card"}
    # 「個人番号」 alone is no card (a notice of the number)
    facts = _facts("本人確認書類として次のいずれかをお送りください。\n運転免許証\n個人番号")
    assert facts["documents.self"] == {"drivers-licence"}


def test_the_kind_of_a_fee_without_an_amount_from_how_it_is_paid():
    # real10_unseen/sevencs_card: 「開示費用としての切手または定額小為替」 in a table of what to send
    facts = _facts("必要書類\n開示請求書\n本人確認書類\n開示費用としての切手または定額小為替\n")
    assert facts["fees.kinds"] == {("disclosure",)}
    assert "fees.amount_yen" not in facts  # never an amount the page does not give
    # a postage that pays no fee names no kind
    facts = _facts("必要書類\n開示請求書\n返信用の切手\n")
    assert "fees.kinds" not in facts


def test_documents_named_again_in_a_legal_representatives_case():
    # real5_unseen/o_hara: 「…代理を示す旨の委任状…(法定代理人の場合も同様、戸籍謄本…を併せ、代理を示す
    # 旨の委任状および委任状に押印された印鑑の印鑑登録証明書)」
    facts = _facts("代理人の場合は、本人確認書類のほか委任状が必要です(法定代理人の場合も同様、戸籍謄本を併せ、"
                   "委任状および印鑑登録証明書をお送りください)。\n")
    assert facts["documents.legal-representative"] >= {"family-register", "power-of-attorney",
                                                       "seal-registration-certificate"}
    # a case that refuses it: not theirs
    facts = _facts("任意代理人の場合は委任状をお送りください。法定代理人の場合は委任状は不要です。\n")
    assert "power-of-attorney" not in facts.get("documents.legal-representative", set())


def test_a_plain_representatives_case_that_speaks_of_a_legal_representative_is_both():
    # real5/mymc: 「イ 代理人の場合 ①本人及び代理人の運転免許証等の公的証明書、②戸籍謄本等の法定代理人
    # の資格を証明する公的書類又は委任状」
    facts = _facts("ア ご本人の場合 運転免許証\nイ 代理人の場合 ①本人及び代理人のパスポート等の公的証明書、"
                   "②戸籍謄本等の法定代理人の資格を証明する書類又は委任状\n")
    assert "passport" in facts["documents.legal-representative"] and "passport" in facts["documents.agent"]
    assert "power-of-attorney" not in facts["documents.legal-representative"]  # the agent's, as before


def test_ask_first_then_the_companys_own_form(tmp_path: Path):
    # real5/mymc: 「診療記録の開示をご希望される場合、事務局までお問い合わせください。当クリニック所定の
    # 診療記録開示請求書によって、開示請求の手続きができます。」
    data = saved(tmp_path, "開示をご希望される場合、総務課までお問い合わせください。当社所定の個人情報開示請求書"
                           "により、開示請求の手続きができます。\n")
    assert data["form"]["name"] == "個人情報開示請求書" and data["form"]["get_it"] == "inquiry"
    assert data["contact_first"]
    # a question to ask, or a page that says how to send, is no first step
    facts = _facts("ご不明な点は総務課までお問い合わせください。当社所定の個人情報開示請求書により手続きができます。\n")
    assert "form.get_it" not in facts
    facts = _facts("開示をご希望される場合、総務課までお問い合わせください。当社所定の開示請求書を郵送してください。\n")
    assert "inquiry" not in facts.get("form.get_it", set())


def test_a_mark_before_a_forms_name_is_no_part_of_it():
    # real5/mymc 「→診療記録開示請求書サンプルはこちら」
    facts = _facts("当社所定の請求書をお送りください。\n→個人情報開示請求書はこちら\n")
    assert facts["form.name"] == {"個人情報開示請求書"}
