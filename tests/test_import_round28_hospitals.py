"""Structures of real28_blind's pages (yokohama_minato_rc, sekijinkai, panasonic_kenpo), in our own
words, each failing on the rules before: a link line 「ダウンロード:委任状(様式2)」 is no document and
heads nothing; 「患者さんご本人の申請」 heads the patient's row; 「総合受付にてお申し出ください」 is a
visit; one ground in a ● note (「上記の書類がご準備いただけない場合、開示をお断りすることがございます」);
a ※ note under a ground and the company's answer to a refusal (「…その理由について文書により回答いたし
ます」) are no grounds; 「折り返し、必要な書類を送付しますので」 mails the form; a bill 「費用の請求書」
is never the form (a guard on the last)."""
from __future__ import annotations

from tests.test_import_sentences import saved

ROWS = ("診療録(カルテ)の開示について\n • 開示受付方法\n"
        "「診療記録等の開示申込書」(様式1)にご記入いただき、身分証をご持参の上、来院ください。郵送・電話での請求は受け付けておりません。\n"
        "ダウンロード:診療記録等の開示申込書(様式1)\nダウンロード:委任状(様式2)\n"
        " • 開示を請求できる人\n請求できる人は原則として成年患者さんご本人ですが、代理人が請求される場合は別途書類が必要となります。\n"
        " • 1.\n • 患者さんご本人の申請\n • 申込書(様式1)\n • 身分証(運転免許証、パスポート)\n • 診察券\n")


def test_a_download_link_heads_no_row_and_the_patients_row(tmp_path):
    data = saved(tmp_path, ROWS)
    assert set().union(*[{d["kind"] for d in g["one_of"]} for g in data["documents"]["self"]]) == {"drivers-licence", "passport"}
    assert "agent" not in data["documents"]


COUNTER = ("診療情報(カルテ)の開示をご希望の方へ\n当院では、患者さまからの求めに応じて、診療情報の開示を行っております。\n"
           "ご希望される方は、本館1階の総合受付にてお申し出ください。\n"
           "● 上記の書類がご準備いただけない場合、開示をお断りすることがございますのでご了承ください。\n")


def test_a_counter_to_go_to_and_a_ground_in_a_note(tmp_path):
    data = saved(tmp_path, COUNTER)
    assert data["channels"]["accepted"] == ["in-person"]
    assert [g["ground"] for g in data["refusal_grounds"]] == ["上記の書類がご準備いただけない場合"]


UNION = ("開示手続き\n開示対象個人情報の開示について\n"
         "  1. 開示対象個人情報の開示については、書面の交付等により行います。ただし、以下の場合については、その全部または一部を開示しないことがあります。\n"
         "    (1)皆さまもしくは第三者の生命、身体、財産その他の権利利益を害するおそれがある場合\n"
         "    ※  レセプトの場合、当組合では判断が難しいため、その点について担当医に確認を求めることがあります。\n"
         "    (2)当組合の業務の適正な実施に著しい支障を及ぼすおそれがある場合\n"
         "  2. 訂正等を行わないことを決定した場合は、その理由について文書により回答いたします。\n"
         "開示対象個人情報の開示手続き方法\n"
         "開示については、当組合個人情報ご相談窓口宛に電話または電子メールにてご連絡ください。折り返し、必要な書類を送付しますので、"
         "請求書に必要事項を記入し本人確認用書類を添付のうえ、下記請求書送付先宛郵送により手続をお願いいたします。\n")


def test_a_note_and_the_answer_to_a_refusal_are_no_grounds(tmp_path):
    grounds = [g["ground"] for g in saved(tmp_path, UNION)["refusal_grounds"]]
    assert len(grounds) == 2 and all(g.endswith("おそれがある場合") for g in grounds)


def test_the_papers_sent_back_after_a_call_are_the_form(tmp_path):
    data = saved(tmp_path, UNION)
    assert data["form"]["get_it"] == "mailed-by-company"
    assert data["contact_first"]["why"] == "to receive the company's own form"


def test_a_bill_for_the_cost_is_never_the_form(tmp_path):
    data = saved(tmp_path, "診療記録の開示について\n所定の診療記録開示申請書に記入し、窓口にご提出ください。\n"
                           "開示にかかった費用の請求書をお渡しします。会計窓口にてお支払いください。"
                           "郵送にて開示申請のあった場合には、請求書をご自宅へ郵送します。\n")
    assert data["form"].get("get_it") in (None, "unknown")
    assert "contact_first" not in data


NEWSPAPER = ("1.保有個人データに関する「開示等の求め」の申請先\n"
             "所定の申請書に必要事項を記入し、必要書類を添付の上、以下の申請先に郵送してください。\n"
             "●保有個人データに関する申請先\n〒060-8711 札幌市中央区大通西3丁目6\nサンプル新聞社 読者センター 宛\n"
             "2.「開示等の求め」に際して提出していただく書類等\n"
             "「開示等の求め」を行う場合は、以下の申請書(A)をダウンロードして必要事項を記入の上、上記1.の申請先まで郵送してください。"
             "申請書はサンプル新聞社から郵送することもできます。\n")


def test_the_address_blocks_last_line_names_the_desk(tmp_path):
    send_to = saved(tmp_path, NEWSPAPER)["send_to"]
    assert send_to["department"] == "読者センター" and send_to["lines"] == ["札幌市中央区大通西3丁目6"]


def test_the_form_can_be_posted_by_the_company_too(tmp_path):
    assert set(saved(tmp_path, NEWSPAPER)["form"]["get_it"]) == {"download", "mailed-by-company"}


def test_a_fee_per_request_and_disclosure_done_by_a_copy(tmp_path):
    data = saved(tmp_path, "■ 個人情報等の開示手続\n開示請求は原則「本人」「法定代理人」に限ります。\n"
                           "三 開示は、「閲覧」及び「複写文書の交付」の方法にて行います。\n"
                           "(1) 文書開示手数料: 開示1件について200円。なお閲覧は無料です。\n")
    assert data["fees"][0]["per"] == "request"
    assert data["response"]["methods"][0]["offered"] == ["in-writing"]
