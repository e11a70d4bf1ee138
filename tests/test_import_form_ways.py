"""Every way a page offers to get the company's form is kept in the record (`get_it: [download,
mailed-by-company]`), each quoted; a form that also downloads needs no first contact. The
wordings are our own, in the structures of real pages (real12_unseen/seiburailway,
real13_blind/okinawa_cellular_en, real14_blind/kitakyushubank, real15_blind/novartis and
brainpartners, real3_unseen/kyoto_coop)."""
from __future__ import annotations

import pytest

from tests.test_import_sentences import saved


@pytest.mark.parametrize("text, ways", [
    # the second way in the next sentence, asked for without naming the form again
    ("開示等の請求は郵送で受け付けます。\n請求書は、下記の一覧から必要なものを選んでダウンロードし、印刷してください。"
     "または、上記のお問合せ窓口にご請求いただければ、郵送いたします。\n", ["download", "mailed-by-company"]),
    # 「ご希望により郵送でお渡しすることができます」 then 「…からもダウンロードできます」
    ("開示等の請求は郵送で受け付けます。\n所定の請求用紙は、ご希望により郵送でお渡しすることができます。"
     "当組合のホームページからもダウンロードできます。\n", ["mailed-by-company", "download"]),
    # the company sends its form after a call; it also downloads
    ("Requests for disclosure are accepted by post.\nPlease call the number below. After receiving your call, "
     "we will send out the documents needed for the request. You can also download the request form below.\n",
     ["download", "mailed-by-company"]),
])
def test_both_ways_are_kept_each_quoted(tmp_path, text, ways):
    data = saved(tmp_path, text)
    assert sorted(data["form"]["get_it"]) == sorted(ways)
    assert len(data["form"]["quote"]) >= 2
    assert data.get("contact_first", {}).get("why") != "to receive the company's own form"


@pytest.mark.parametrize("text", [
    # 「本ページのリンクから印刷したもの」: a file on the page
    "開示等の請求は郵送で受け付けます。\n- 請求書類(本ページのリンクから印刷したものに必要事項を記入してください)\n",
    # 「所定の様式の請求書(本ポリシーに添付しております)」: attached to the page itself
    "開示等のご請求は、当社所定の様式の請求書(本ポリシーに添付しております)に記入の上、郵送してください。\n",
])
def test_a_form_printed_from_the_page_is_a_download(tmp_path, text):
    assert saved(tmp_path, text)["form"]["get_it"] == "download"


def test_forms_kept_at_a_branch_counter_are_no_second_way(tmp_path):
    # real14_blind/a_bank: 「各請求書は、本支店窓口にご用意してあります。また、…ダウンロードも可能です」
    data = saved(tmp_path, "開示等の請求は郵送で受け付けます。\n(各請求書は、本支店窓口にご用意してあります。"
                           "また、当社ホームページよりダウンロードも可能です)\n")
    assert data["form"]["get_it"] == "download"


@pytest.mark.parametrize("text", [
    # real12_unseen/meganetop_en: the other way two sentences on, after "If you are unable to do this"
    "Requests are accepted by post.\nThe request form (PDF) is on this page; Adobe Reader opens it.\n"
    "Please print out the request form. If you are unable to do this, please call our desk. "
    "The request form will be sent to your registered address.\n",
    # real5/otnet: 「ダウンロードができない場合は、…お問い合わせ下さい。当社より…書類を送付いたします」
    "開示等の請求は郵送で受け付けます。\n所定の開示請求書をダウンロードしていただき、ご請求ください。"
    "ダウンロードができない場合は、下記窓口にお電話でお問い合わせ下さい。当社より請求に必要な書類を送付いたします。\n",
])
def test_a_way_offered_instead_further_on_is_kept(tmp_path, text):
    assert saved(tmp_path, text)["form"]["get_it"] == ["download", "mailed-by-company"]


def test_a_form_mailed_far_from_the_download_and_not_offered_instead_is_not_a_second_way(tmp_path):
    # the company's sending of its answer papers, sentences away, is no way to get the form
    data = saved(tmp_path, "開示等の請求は郵送で受け付けます。\n所定の開示請求書をダウンロードしてご利用ください。\n"
                           "本人確認書類の写しを同封してください。\n手数料は無料です。\n"
                           "回答は書面でご本人宛に郵送いたします。\n")
    assert data["form"]["get_it"] == "download"
