"""Structures of real27_blind's pages (lion_en, aid_circles_8x, raisin), in our own words, each failing
on the rules before: stamps for the company's registered letter are postage, not a fee, beside "does
not charge fees"; "contact the reception points … in person or by registered letter" names the ways;
another kind's grounds ("will not amend … under the following circumstances") are not the
disclosure's; a form's file "(PDF: 12 KB)"; "Lion will send an identity confirmation letter" sends no
form; 「お支払方法:」's 「現金書留」 and 「請求書」 (a bill) are no way to send and no form; 「メールでの
請求: / e-mail: …」; 「開示の有無に関わらず」 is no negation; 「30日以内に対応いたします」; a heading
naming two kinds is a procedure."""
from __future__ import annotations

from tests.test_import_sentences import saved

TOP = "Handling of Personal Information | Sample Corporation\n"
LION = ("7. Disclosure\nIf persons concerned request the disclosure of retained personal data, Sample shall respond.\n"
        "However, Sample will not disclose such data in the circumstances described below.\n"
        "- Sample cannot confirm that the requester is the person that the retained personal data concerns\n"
        "- Disclosure could cause significant impediment to the proper execution of Sample's business\n"
        "- Disclosure would violate other laws or regulations\n\n"
        "8. Corrections and Deletions\nHowever, Sample will not amend such data under the following circumstances.\n"
        "- The information subject to the request for amendment is not classified as retained personal data\n"
        "- Amendment is not necessary in light of the purpose for which the data was obtained\n\n"
        "10. Methods of Receiving Requests and Contact\n(1) Reception contact points\n"
        "Please contact the reception points listed below either in person or by registered letter.\n"
        "- Address:\n  Consumer Service Center\n  Sample Corporation\n  1-3-7, Honjo, Sumida-ku, Tokyo 130-8644\n\n"
        "(2) Documents required\nb. When contacting by post\n1) One copy of a driver's license\n"
        "2) One request form, as specified by Sample, with the necessary fields filled in\n"
        "3) An envelope and postage stamps for an ordinary registered letter (¥500) for Sample to use when responding in writing\n"
        "(4) Method for confirming the identity\n"
        "After confirming the contents of the request form, Sample will send an identity confirmation letter by "
        "registered mail to the address given on the certificate of residence.\n"
        "(5) Fees\nSample does not charge fees for personal information-related requests or inquiries.\n"
        "Personal Information Inquiry and Request Form (PDF: 12 KB)\n")


def test_stamps_for_the_companys_registered_letter_are_no_fee(tmp_path):
    fees = saved(tmp_path, LION, head=TOP)["fees"]
    assert [f["amount_yen"] for f in fees] == [0]
    assert not any(f.get("payment") for f in fees)


def test_contact_in_person_or_by_registered_letter(tmp_path):
    channels = saved(tmp_path, LION, head=TOP)["channels"]
    assert set(channels["accepted"]) == {"in-person", "registered-mail"}
    assert not any("postage stamps" in q or "identity confirmation" in q for q in channels["quote"])


def test_only_the_disclosures_grounds(tmp_path):
    grounds = [g["ground"] for g in saved(tmp_path, LION, head=TOP)["refusal_grounds"]]
    assert len(grounds) == 3 and not any("mendment" in g for g in grounds)
    assert any("significant impediment" in g for g in grounds)


def test_a_forms_file_and_a_letter_the_company_sends(tmp_path):
    data = saved(tmp_path, LION, head=TOP)
    assert data["form"]["get_it"] == "download"
    assert "contact_first" not in data


BILL = ("開示等の請求\n開示・訂正・削除・利用停止等の請求は、以下の方法で受け付けております。\n"
        "メールでの請求:\ne-mail: privacy@example.jp\n書面での請求:\n書面(簡易書留等)で以下宛先にご送付ください。\n"
        "送付先: 〒600-8847 京都府京都市下京区朱雀宝蔵町44番地 個人情報開示請求係 宛\n"
        "開示請求手数料\n情報の開示請求については、開示の有無に関わらず、ご申請時に一件あたり1,000円の事務手数料を申し受けます。\n"
        "お支払方法:\n・現金書留による送付\n・または、当事業者から請求書を送付いたしますので、指定の方法でお支払いください\n"
        "対応期間\nご請求を受け付けてから、原則として30日以内に対応いたします。\n"
        "その他の請求(訂正・削除・利用停止)\n訂正、削除、利用停止等の請求については、手数料は不要です。\n")


def test_a_heading_over_ways_and_its_address(tmp_path):
    assert set(saved(tmp_path, BILL)["channels"]["accepted"]) == {"email", "simple-registered-mail"}


def test_a_bill_and_a_cash_envelope_are_ways_to_pay(tmp_path):
    data = saved(tmp_path, BILL)
    assert "form" not in data or data["form"] == "unknown" or data["form"].get("get_it") != "mailed-by-company"
    assert "contact_first" not in data
    fee = data["fees"][0]
    assert fee["amount_yen"] == 1000 and fee["payment"] == "cash (現金書留)"


def test_whatever_the_outcome_is_no_negation_and_the_days_to_answer(tmp_path):
    data = saved(tmp_path, BILL)
    assert data["fees"][0]["kinds"] == ["disclosure"]
    assert data["response"]["time_limit"]["calendar_days"] == 30


def test_a_heading_naming_two_kinds_is_a_procedure(tmp_path):
    data = saved(tmp_path, "個人情報の取り扱いについて\n" + "当社は個人情報を適切に管理します。\n" * 12 +
                 "個人情報の開示、削除、訂正、追加等の変更について\n"
                 "当社にて保有している個人情報に関しての変更については、変更用紙に必要事項を記入し、"
                 "本人が当社の「お問い合わせ窓口」に提出して下さい。\n")
    assert {"disclosure", "correction"} <= set(data["request_kinds"])
