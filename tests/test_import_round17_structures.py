"""Structures of the fifth blind set's page (real16_blind/hashport), in our own words: the form as
the means of the request is no asking for it; a fee charged 「として次の額を」 with its amounts cut
off keeps its kinds (the amount unknown); a desk's line under a 申出先 heading past the company's
name and street address."""
from __future__ import annotations

from tests.test_import_sentences import saved


def test_a_request_made_on_the_form_is_no_asking_for_it(tmp_path):
    data = saved(tmp_path, "開示等の請求について\n開示等の請求は、当社所定の書式にてお申し出ください。\n"
                           "本人確認書類の写しを郵送してください。\n")
    assert data["form"]["get_it"] == "unknown"  # the page does not say how to get it
    assert data["form"]["name"] == "所定の請求書"  # a form is named, generically
    assert "contact_first" not in data


def test_asking_for_the_form_is_still_read(tmp_path):
    data = saved(tmp_path, "開示等の請求について\n所定の請求書は、お客様相談室までご請求ください。\n")
    assert data["form"]["get_it"] in ("inquiry", "mailed-by-company")


def test_a_fee_whose_amounts_are_cut_off_keeps_its_kinds(tmp_path):
    data = saved(tmp_path, "開示等の請求について\n開示等の請求は郵送で受け付けます。\n"
                           "利用目的の通知又は開示の請求があった場合、当社所定の手数料として次の額をお支払いいただきます。\n"
                           "・利用目的の通\n")
    fee = data["fees"][0]
    assert fee["amount_yen"] == "unknown"
    assert sorted(fee["kinds"]) == ["disclosure", "purpose"]


def test_the_desk_under_a_heading_past_the_company_and_its_street(tmp_path):
    data = saved(tmp_path, "開示等の請求について\n開示等の請求の申出先\n株式会社サンプル商事\n"
                           "東京都港区芝公園1丁目1−1 サンプルビル3F\n当社個人情報窓口\nE-mail:\n"
                           "開示等の請求は、上記申出先への電子メールにてお申し出ください。\n")
    assert data["send_to"]["department"] == "個人情報窓口"
