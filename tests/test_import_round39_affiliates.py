"""Structures of real45_blind and real46_blind's pages (Japanese subsidiaries of foreign companies
and English pages of Japanese ones: a software maker, two pharmaceutical companies, a coffee chain,
a car importer, a health-insurance society, a school trust, an electronics group's fee page), in our
own words, each failing on the rules before: "a service charge of 800 yen per request", paid "For a
bank transfer:" or by "fixed-amount money order" under "Details on the method of payment …"; an
English address whose street stands on the line above, cut at a comma, and a "Telephone:" line below
it that is no street; "Legal Affairs Department, … Limited"; grounds led by "… shall not be
disclosed." whose items are "Cases in which there is a possibility of harming …"; "demands cannot be
made directly from the website"; 「以下の個人データは…開示等の対象となりません」 over items that are
data (「…個人データ」); 「開示等請求の対象となりません」 over a long group title; 「…手数料を事前にお支払
いただきます」; a page on one kind's procedure ("Procedures of requesting suspension of third party
provision")."""
from __future__ import annotations

from tests.test_import_sentences import saved

HEAD_EN = "Privacy Policy\nSample Works Limited\n"


def test_a_service_charge_and_its_ways_of_payment(tmp_path):
    data = saved(tmp_path, "In cases where the person requests notification of the purpose of use or requests disclosure, "
                 "the person is required to pay a service charge of 800 yen per request. Details on the method of payment "
                 "for the service charge are as follows:\n1. For a bank transfer:\nPayee's bank\nSample Bank, Chiyoda Branch\n"
                 "2. For a Post Office fixed-amount money order:\nPlease purchase a fixed-amount money order for 800 yen at "
                 "the post office.\n", head=HEAD_EN)
    fee = data["fees"][0]
    assert fee["amount_yen"] == 800 and fee["per"] == "request" and fee["kinds"] == ["purpose", "disclosure"]
    assert fee["payment"] == "bank transfer (振込) or fixed-amount postal money order (定額小為替)"


def test_an_english_address_over_lines_and_its_desk_before_the_company(tmp_path):
    data = saved(tmp_path, "You may request disclosure or correction of retained personal data.\nPlease note that demands "
                 "cannot be made directly from the website.\nContact\nLegal Affairs Department, Sample Works Limited\n"
                 "5-1, Nihonbashi Honcho 3-chome, Chuo-ku,\nTokyo, 103-8426, Japan\nTelephone: 03-6225-1428 Japan\n"
                 "Cases where Retained Personal Data cannot be Disclosed\nIn the case that the matters set forth below "
                 "apply, retained personal data shall not be disclosed. A notice shall be given in writing.\n"
                 "• 1. Cases in which there is a possibility of harming a principal or third party's life, body or property\n"
                 "• 2. Cases in which there is a possibility of interfering seriously with the Company's business\n",
                 head=HEAD_EN)
    assert data["send_to"]["department"] == "Legal Affairs Department"
    assert data["send_to"]["lines"][0].startswith("5-1, Nihonbashi Honcho 3-chome, Chuo-ku, Tokyo")
    assert len(data["refusal_grounds"]) == 2
    refused = str(data["channels"]) + str(data.get("notes"))
    assert "online-form" in refused


def test_data_not_covered_and_a_long_group_title(tmp_path):
    data = saved(tmp_path, "  • 以下の個人データは「保有個人データ」に該当しないので開示等の対象となりません。\n"
                           "    • 当社が業務受託しているに過ぎず、当社に開示等の権限がない個人データ\n"
                           "    • 存否が明らかになることで、公益その他の利益が害される個人データ\n"
                           "  • 原則として下記の窓口で郵送にてお取り扱いいたします。\n")
    assert [g["ground"] for g in data["refusal_grounds"]] == [
        "当社が業務受託しているに過ぎず、当社に開示等の権限がない個人データ", "存否が明らかになることで、公益その他の利益が害される個人データ"]
    data = saved(tmp_path / "2", "なお、以下に該当する個人情報は、開示等請求の対象となりませんので、ご注意下さい。\n"
                                 "  • (4)法第35条の規定により、利用の停止、消去又は第三者への提供の停止の請求の対象とならないもの\n"
                                 "      多額の費用を要する場合その他の利用の停止を行うことが困難な場合\n2. 請求方法\n郵送にてお送りください。\n")
    assert [g["ground"] for g in data["refusal_grounds"]] == ["多額の費用を要する場合その他の利用の停止を行うことが困難な場合"]


def test_a_fee_paid_beforehand_for_two_kinds(tmp_path):
    data = saved(tmp_path, "開示・利用目的通知・訂正等をご請求の場合は、所定の書式をご使用の上、必要書類と共に郵送してください。"
                           "なお、開示および利用目的通知請求につきましては、所定用紙に記載の手数料を事前にお支払いただきます。\n")
    assert data["fees"][0]["kinds"] == ["purpose", "disclosure"]


def test_a_page_on_one_kinds_procedure_is_imported(tmp_path):
    data = saved(tmp_path, "\n".join(f"Paragraph {n}: we provide data to the groups below." for n in range(14)) +
                 "\n(2) Procedures of requesting suspension of third party provision\nPlease come to the office with "
                 "your driver's license.\n", head=HEAD_EN)
    assert list(data["request_kinds"]) == ["third-party-stop"]


def test_a_long_quoted_form_name_with_commas(tmp_path):
    data = saved(tmp_path, "当社が用意する書式(「個人情報の開示、訂正、利用停止、消去等および第三者提供の停止の請求書」)に必要事項を"
                           "記入して、当社の指定する窓口へ郵送してください。\n")
    assert data["form"]["name"] == "個人情報の開示、訂正、利用停止、消去等および第三者提供の停止の請求書"
