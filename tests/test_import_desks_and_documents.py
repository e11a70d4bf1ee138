"""More sentence structures of the third round (issue 21), in real-looking examples in our own
words: desks named over several words or in quotes, asking for the form at a desk, a request that
starts by contacting the company, the disclosure request's own form, and whose documents a list
gives — the requester's own, a note below, a short English heading."""
from __future__ import annotations

from tests.test_import_sentences import checklist, saved
from tests.test_import_structures import _facts


def test_a_desk_named_over_several_words_is_kept_whole(tmp_path):
    data = saved(tmp_path, "1.受付窓口\n(1)各営業店\n(2)事務部 個人情報に関する相談窓口\n住所:〒675-0063 加古川市加古川町平野367\n"
                           "郵送の場合は、事務部 個人情報に関する相談窓口宛に、所定の依頼書に必要書類を添付の上、ご郵送ください。\n")
    assert data["send_to"]["department"] == "事務部 個人情報に関する相談窓口"
    assert data["send_to"]["postal_code"] == "675-0063"


def test_a_quoted_desk_where_requests_are_posted(tmp_path):
    data = saved(tmp_path, "別紙の「開示等請求書」に必要事項を記入し、ご本人が確認できる書類と共に、“個人情報に関する窓口”に提出して"
                           "ください。提出方法は郵送のみとさせていただきます。\n")
    assert data["send_to"]["department"] == "個人情報に関する窓口" and data["send_to"]["lines"] == "unknown"
    # handed in at a hospital's counter, a counter is a place, not a desk to address
    assert "department" not in (saved(tmp_path / "b", "「診療記録の開示請求書」を文書窓口へ提出していただきます。\n")
                                .get("send_to") or {})


def test_asking_for_the_form_at_a_desk_is_how_to_get_it_and_no_desk(tmp_path):
    data = saved(tmp_path, "開示のご請求を行っていただく場合は、所定の様式に必要事項をご記入の上、本人確認のための書類とともにご郵送"
                           "ください。\n- 開示のご請求の場合\n個人情報開示請求書- ※ いずれも当社カスタマーセンターまでご請求ください。\n")
    assert data["form"]["get_it"] == "inquiry" and "contact_first" in data
    assert data["send_to"] == "unknown"  # the customer center sends the form; it is no address
    assert "まず会社に連絡する" in checklist(tmp_path).replace(" ", "")


def test_a_request_that_starts_by_contacting_the_company(tmp_path):
    data = saved(tmp_path, "開示及び訂正・利用停止等に関するお申し出に際しましては、下記のお問合わせ先または取扱店までご連絡ください。\n"
                           "必要書類\n・保有個人データ開示請求書\n")
    assert data["contact_first"]["why"] == "to ask the company how to make the request"
    facts = _facts("ご不明な点がございましたら、お気軽にお問い合わせください。\n請求書を郵送してください。\n")
    assert "contact_first" not in facts  # a question is no first step


def test_the_disclosure_request_s_form_before_the_purpose_notice_s():
    facts = _facts("(1) 当社所定の請求書\n①利用目的の通知の場合 開示対象個人情報利用目的通知請求書\n②開示の場合 開示対象個人情報"
                   "開示請求書\n請求書をご郵送ください。\n")
    assert facts["form.name"] == ["開示対象個人情報開示請求書"]


def test_the_requester_s_own_list_goes_to_the_representatives_that_add_to_it(tmp_path):
    data = saved(tmp_path, "請求書を郵送してください。\n【開示請求に必要な書類】\n(1)開示請求者の本人確認(顔写真付きのもの)\n・運転免許証\n"
                           "・マイナンバーカード(マイナ保険証)\n・旅券(パスポート)\n(2)開示請求者が「利用者本人以外の場合」は(1)の他に"
                           "以下のいずれかの書類\n・戸籍謄本\n・住民票\n")
    docs = data["documents"]

    def kinds(who: str) -> set:
        return {d["kind"] for g in docs[who] for d in g["one_of"]}

    assert kinds("self") == {"drivers-licence", "my-number-card", "passport"}  # マイナ保険証 is the card
    for who in ("legal-representative", "agent"):
        assert kinds(who) == {"drivers-licence", "my-number-card", "passport", "family-register",
                              "certificate-of-residence"}


def test_a_note_below_says_whose_a_relation_proof_is():
    facts = _facts("① お取引店にご来店ください\n本人確認のための書類\n(運転免許証、パスポート等)\n請求資格確認のための書類\n"
                   "(戸籍謄本、後見開始審判書等)\n・ 法定代理人の場合のみ必要です\n")
    assert facts["documents.legal-representative"] == ["family-register"]
    assert "family-register" not in facts["documents.self"]


def test_an_english_line_naming_no_document_heads_the_list_below():
    facts = _facts("Please mail the request form to the following office.\n- 2Documents to verify the identity of the customer\n"
                   "- c\"Copy of driver's license\"\n- 3Additional documents to attach when a proxy is making a request\n"
                   "- a\"Power of attorney\"\n- b\"Certificate of personal seal of the customer\"\n- c\"Copy of passport\"\n")
    assert facts["documents.self"] == ["drivers-licence"]
    assert set(facts["documents.agent"]) == {"power-of-attorney", "seal-registration-certificate", "passport"}


def test_a_licence_said_short_and_a_resident_card_with_a_photo():
    facts = _facts("請求書を郵送してください。本人確認書類として、本人の免許証、パスポート、または住民基本台帳カード(顔写真つき)の"
                   "写しを同封してください。小型船舶操縦免許証は使えません。\n")
    assert set(facts["documents.self"]) == {"drivers-licence", "passport", "other-official-photo-id"}
