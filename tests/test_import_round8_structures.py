"""Structures the seventh round's unseen pages read poorly (issue 21, eighth round of work), each in
a real-looking example of our own words, with the corpus page it came from named. The rules are
general: the structure decides (a reference to an item by its mark, a category of the documents
named), not the page's words."""
from __future__ import annotations

from tests.test_import_round6_structures import _facts
from tests.test_import_sentences import saved

PERSON = ("開示等の請求は、所定の請求書を郵送によりお送りください。\n"
          "(1)ご本人が請求される場合\n"
          "運転免許証、パスポート、マイナンバーカードのいずれか1点の写しをご提出ください。\n"
          "(2)代理人が請求される場合\n")
PHOTO = {"drivers-licence", "passport", "my-number-card"}


def test_a_representatives_own_id_given_by_an_items_mark_is_that_items_documents(tmp_path):
    # real7_unseen/kyosanes: 【代理人ご自身の本人確認書類】 / 上記①と同様 (a ① of the power of
    # attorney's list stands between: the item that lists the person's documents is meant)
    body = PERSON + ("委任状をご提出ください。\n【代理権の確認書類】\n①任意代理人の場合 委任状\n"
                     "【代理人ご自身の本人確認書類】\n上記(1)と同様\n")
    facts = _facts(body)
    assert facts["documents.agent"] >= PHOTO | {"power-of-attorney"}
    data = saved(tmp_path, body)
    own = [g for g in data["documents"]["agent"] if g.get("whose") == "representative"
           and {d["kind"] for d in g["one_of"]} == PHOTO]
    assert own, "the agent's own ID: one of the person's list, a group of its own"
    assert any(g["one_of"] == [{"kind": "power-of-attorney"}] for g in data["documents"]["agent"]), \
        "the power of attorney stays needed besides, never one of the IDs"


def test_a_reference_by_a_letter_keeps_the_one_photo_or_two_without_shape(tmp_path):
    # real7_unseen/j_affinity: 「c. 法定代理人本人であることを確認するための書類(前項Bの本人確認書類と
    # 同様の書類)」, B offering one photo ID or two without; 「(2)写真付身分証明書がない場合」 is the
    # case of lacking one, and 「(1)写真付身分証明書(下記いずれか1点)」 a heading, no document
    body = ("下記Aの申請書に、下記Bの本人確認書類を同封し、郵送してください。\n"
            "A. 所定の申請書\nB. 本人確認書類\n(1)写真付身分証明書(下記いずれか1点のコピー)\n"
            "a. 運転免許証\nb. パスポート\nc. マイナンバーカード\n"
            "(2)写真付身分証明書がない場合(下記の2点以上のコピー)\n"
            "a. 公的医療保険の被保険者証\nb. 年金手帳\n"
            "法定代理人からの請求の場合は、下記の書類も同封してください。\n"
            "a. 法定代理人であることを証する登記事項証明書\n"
            "b. 法定代理人本人であることを確認するための書類(前項Bの本人確認書類と同様の書類)\n")
    facts = _facts(body)
    assert "other-official-photo-id" not in facts["documents.self"]
    data = saved(tmp_path, body)
    rep = data["documents"]["legal-representative"]
    assert isinstance(rep, dict) and len(rep["either"]) == 2
    one, two = rep["either"]
    assert {d["kind"] for d in one["one_of"]} == PHOTO
    assert two["count"] == 2 and {d["kind"] for d in two["one_of"]} == {"health-insurance-card", "pension-book"}
    assert [d["kind"] for g in rep["also"] for d in g["one_of"]] == ["certificate-of-registered-matters"]


def test_a_reference_to_the_persons_case_and_in_english():
    # 「本人の場合と同じ」 without a mark; "the same documents as in 1." in an English page
    facts = _facts(PERSON + "代理人ご自身の本人確認書類は、本人の場合と同じです。\n")
    assert facts["documents.agent"] >= PHOTO
    facts = _facts("Please send the request form by post.\n1. Request by the individual\n"
                   "A copy of one of the following: driver's license, passport.\n"
                   "2. Request by an agent\nA power of attorney, and the agent's own identity documents: "
                   "the same documents as in 1.\n")
    assert facts["documents.agent"] >= {"drivers-licence", "passport", "power-of-attorney"}


def test_a_reference_that_names_no_clear_item_is_a_note_to_check():
    # two items marked (1) both list the person's documents: which one is meant is not told
    body = ("開示等の請求は郵送でお送りください。\n【郵送の場合】\n(1)ご本人の場合 運転免許証またはパスポートの写し\n"
            "【来社の場合】\n(1)ご本人の場合 運転免許証またはマイナンバーカードの原本\n"
            "【代理人ご自身の本人確認書類】\n上記(1)と同様\n")
    facts = _facts(body)
    assert "documents.agent" not in facts and "documents.legal-representative" not in facts


def test_the_category_of_the_named_photo_ids_is_no_document_of_its_own():
    # real7_unseen/kyosanes: 「運転免許証、パスポート…等の官公庁が発行した顔写真付き本人確認書類」
    facts = _facts("本人確認書類として、運転免許証、パスポート等の官公庁が発行した顔写真付き身分証明書の"
                   "写しをご提出ください。\n")
    assert facts["documents.self"] == {"drivers-licence", "passport"}
    # named on its own, such a document is one to send (real/keihan)
    facts = _facts("本人確認書類として、官公庁発行の写真入り身分証明書の写しをご提出ください。\n")
    assert facts["documents.self"] == {"other-official-photo-id"}


def test_the_desks_closed_days_are_no_refusal_grounds():
    # real7_unseen/jees: 「ただし、次に掲げる日は原則として対応しかねます」 over a list of holidays
    facts = _facts("開示等の請求について\n受付は平日の午前9時から午後5時までです。ただし、次に掲げる日は"
                   "対応いたしかねますので、ご了承ください。\n(1) 国民の祝日に当たる場合の翌日\n"
                   "(2) 年末年始(12月30日から1月4日まで)\n")
    assert "refusal_grounds" not in facts
    # a list of grounds is still read (real7/yomiuri_johkai)
    facts = _facts("開示の請求について\n次の場合は開示いたしません。\n・他の法令に違反することとなる場合\n")
    assert facts["refusal_grounds"] == {"他の法令に違反することとなる場合"}


def test_the_company_sending_its_form_or_the_desks_name_is_no_written_answer():
    # real7_unseen/jees: 「…郵送により開示等受付窓口にご提出ください」 names the desk, not an answer
    assert "response.methods" not in _facts("開示等請求書は、郵送により開示等受付窓口にご提出ください。\n")
    # 「所定の請求書を郵送いたします」 after a call: the company's form, no answer by post
    assert "response.methods" not in _facts("開示等の請求をご希望の方はお電話ください。所定の請求書を"
                                            "ご自宅宛に郵送いたします。\n")
    # the answer by post is still one
    assert _facts("開示の結果は、書面により郵送にて回答いたします。\n")["response.methods"] == {"in-writing"}


def test_a_forms_code_is_no_part_of_its_name():
    # real7_unseen/j_affinity: 「様式 IS05-1 個人情報開示等申請書」
    facts = _facts("開示等の請求は、当社所定の「様式 AB02-3 個人情報開示等請求書」に記入し、郵送してください。\n")
    assert facts["form.name"] == {"個人情報開示等請求書"}


def test_the_desk_inside_an_office_is_where_the_request_goes():
    # real7_unseen/ehime_np: 「(株)愛媛新聞社 経営企画室内 / 個人情報保護管理委員会事務局 宛」
    facts = _facts("請求書を下記宛先に郵送してください。\n〒100-0005 東京都千代田区丸の内9-9-9\n"
                   "株式会社みなと商会 総務部内\n個人情報保護推進事務局 宛\n")
    assert facts["send_to.department"] == {"個人情報保護推進事務局"}
    # a head office over the desk: the desk
    facts = _facts("請求書を下記宛先に郵送してください。\n〒100-0005 東京都千代田区丸の内9-9-9\n"
                   "株式会社みなと商会 本社\nお客様相談室\n")
    assert facts["send_to.department"] == {"お客様相談室"}


def test_a_fee_named_among_what_to_send_is_paid_with_the_request():
    # real7_unseen/ehime_np: 「…資料(訂正、利用停止等請求の際に必要)、手数料(開示請求または利用目的
    # 通知請求の際に必要)と併せて、以下の宛先に郵送してください」
    facts = _facts("請求書に記入し、本人確認書類、住民票(代理人の場合に必要)、手数料(開示請求または"
                   "利用目的の通知請求の際に必要)と併せて、下記宛先に郵送してください。\n")
    assert facts["fees.kinds"] == {("purpose", "disclosure")}
    assert facts["fees.pay_when"] == {"with-request"} and facts["fees.charged"] == {True}
    # an item 「手数料(定額小為替)」 under 【同封するもの】: paid with the request, by money order
    facts = _facts("開示等の請求は郵送でお送りください。\n【同封するもの】\n・所定の請求書\n"
                   "・本人確認書類の写し\n・手数料(定額小為替)\n")
    assert facts["fees.pay_when"] == {"with-request"}
    assert facts["fees.payment"] == {"fixed-amount postal money order (定額小為替)"}
    # a heading over the documents alone says nothing of a fee
    assert "fees.pay_when" not in _facts("開示等の請求は郵送でお送りください。\n【同封するもの】\n"
                                         "・所定の請求書\n・本人確認書類の写し\n")


def test_a_meeting_refused_is_a_visit_refused():
    # real7_unseen/ehime_np: 「電話、電子メール、FAX、面会等での受け付けはいたしません」
    facts = _facts("請求書を郵送してください。電話、電子メール、面会等での受け付けはいたしません。\n")
    assert facts["channels.refused"] >= {"in-person", "telephone", "email"}
    assert facts["channels.accepted"] == {"post"}


def test_two_desks_split_by_service_are_both_to_check(tmp_path):
    # issue 21's list: 「○○サービスに関するお問い合わせは…、△△については…」: neither is chosen
    body = ("開示等の請求は、所定の請求書を郵送してください。\n"
            "みなとモバイルのサービスに関するお問い合わせは、モバイルお客様センターへ、"
            "みなとでんきについては、でんきカスタマー窓口へご連絡ください。\n")
    assert "send_to.department" not in _facts(body), "no desk settled"
    notes = " ".join(n["text"] for n in saved(tmp_path, body).get("notes", []))
    assert "モバイルお客様センター" in notes and "でんきカスタマー窓口" in notes
    # the request's own desk beside another topic's is no choice
    facts = _facts("開示等のご請求については、個人情報相談窓口へ郵送してください。\n"
                   "苦情については、お客様相談室までご連絡ください。\n")
    assert facts["send_to.department"] == {"個人情報相談窓口"}


def test_an_address_run_into_the_companys_name_and_an_answer_by_post():
    # real7_unseen/sankei_digital: 「「〒100-8077東京都千代田区大手町1-7-2、株式会社産経デジタル」」,
    # 「請求に対する通知(回答)は、郵便(簡易書留など)により行います」
    facts = _facts("開示等の請求は、郵送のみに限ります。\n開示等請求のあて先は、「〒100-0005東京都千代田区丸の内9-9-9、株式会社みなと商会」です。\n"
                   "請求に対する通知(回答)は、郵便(簡易書留など)により行います。\n")
    assert facts["send_to.lines"] == {("東京都千代田区丸の内9-9-9",)}
    assert facts["response.methods"] == {"in-writing"}


def test_a_page_saying_the_desk_depends_on_the_service_settles_no_desk():
    # real6_unseen/shopro: 「お客様が契約しているサービスによって受付窓口が異なりますのでご注意ください」
    facts = _facts("請求書を下記宛先に郵送してください。お客様がご利用のサービスによって受付窓口が異なります。\n"
                   "(1)教育事業\n〒100-0005 東京都千代田区丸の内9-9-9\n株式会社みなと商会 教育総務部\n")
    assert not any(field.startswith("send_to.") for field in facts)


def test_the_guardianship_registrys_certificate_by_its_laws_name_and_a_cards_back_not_needed():
    # real7_unseen/kyosanes: 「後見登記等に関する法律第10条に規定する登記証明事項」 (a legal
    # representative's), 「個人番号カード(…個人番号カードの裏面の写しは不要)」 (its front only)
    facts = _facts("開示等の請求は郵送でお送りください。\n(1)ご本人の場合\n運転免許証、個人番号カード(個人番号が"
                   "記載された裏面の写しは不要)のいずれか1点の写し\n(2)成年後見人の場合\n"
                   "後見登記等に関する法律第10条に規定する登記事項の証明書\n")
    assert facts["documents.legal-representative"] == {"certificate-of-registered-matters"}
    assert facts["documents.conditions"] == {"front-only"}
