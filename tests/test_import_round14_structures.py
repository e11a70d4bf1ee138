"""Structures the blind set's pages (real12_blind/, scored once, then worked on in the fourteenth
round) used where the rules read them poorly or wrongly (issue 21), each in our own words with a
real-looking example and the page it came from. The structure decides, not the page's words.
Each test fails on the rules before this round (its second half, where there is one, is a guard)."""
from __future__ import annotations

from pathlib import Path

from assistant.importer.extract import propose
from assistant.importer.source import clean
from tests.test_import_round6_structures import _facts
from tests.test_import_sentences import saved


def test_a_way_in_a_first_step_clause_is_the_first_contact_and_the_form_comes_by_post(tmp_path: Path):
    # real12_blind/cambridge_foundation: 「電話によりご請求いただいた後に、事務局から郵送する「請求書」に
    # 必要事項をすべてご記入のうえ、ご本人確認の書類を同封し、簡易書留にてご返送ください。」
    body = ("お電話でご連絡いただいた後に、相談室から郵送する「開示請求書」にご記入のうえ、"
            "本人確認書類を同封し、簡易書留にてご返送ください。\n")
    facts = _facts(body)
    assert facts["channels.accepted"] == {"simple-registered-mail"}  # the telephone is the first step
    assert facts["contact_first"] == {True}
    assert facts["form.get_it"] == {"mailed-by-company"}
    assert facts["form.name"] == {"開示請求書"}
    record = saved(tmp_path, body)
    assert record["channels"]["accepted"] == ["simple-registered-mail"]
    assert record["form"]["get_it"] == "mailed-by-company"
    # the request's own way, the answer after it, is no first step; nor is the answer a form
    own = _facts("郵送にてご請求いただいた後、当社より回答書を郵送いたします。\n")
    assert "contact_first" not in own and "form.get_it" not in own


def test_the_bodys_own_word_for_itself_is_no_part_of_the_desk():
    # real12_blind/cambridge_foundation: 「当財団事務局に必要書類をご請求ください。」
    assert _facts("当協会事務局に必要書類をご郵送ください。\n")["send_to.department"] == {"事務局"}


def test_a_fee_part_heading_ends_the_list_of_what_is_enclosed():
    # real12_blind/cambridge_foundation: 「添付していただく書類」 then 「6. 手数料について」 (the fee is paid
    # by bank transfer; the page never says it goes with the request)
    body = ("5. 提出していただく書類\n添付していただく書類\n6. 手数料について\n"
            "1件につき1,000円の手数料をいただきます。手数料は当会指定の口座にお振込みください。\n")
    assert "fees.pay_when" not in _facts(body)


def test_a_phone_number_asked_for_is_no_way_to_send_and_a_wrapped_sentence_is_read_whole():
    # real12_blind/cokai: 「ホームページに記載されている「個人情報問い合わせ窓口 アドレス」または /
    # 「問い合わせフォーム」に①請求の内容、②氏名、③電話番号(必ずご本人が / 出られる電話の番号)を入力して
    # 送信してください。」
    body = ("7.開示等の請求方法\n"
            "当会ホームページに掲載されている「問い合わせフォーム」に、ご請求の内容、お名前、\n"
            "お電話番号(必ずご本人が出られる電話の番号)を入力して送信してください。\n")
    facts = _facts(body)
    assert facts["channels.accepted"] == {"online-form"}
    assert "form.name" not in facts and "form.get_it" not in facts  # an inquiry form, no form of its own
    # 「…窓口 アドレス」 on the wrapped line above: the desk's e-mail address
    both = body.replace("「問い合わせフォーム」に、", "「個人情報相談窓口 アドレス」または\n「問い合わせフォーム」に、")
    assert _facts(both)["channels.accepted"] == {"online-form", "email"}
    assert "telephone" not in _facts("ご本人が出られる電話の番号をご記入のうえ、郵送してください。\n").get(
        "channels.accepted", set())


def test_a_form_named_by_pointing_back_is_the_lists_disclosure_form():
    # real12_blind/hokurikutei: 「…個人情報利用目的通知請求書、個人情報開示請求書、…又は個人情報利用停止
    # 等請求書(以下、「開示等請求書」といいます。)を窓口当てにご提出…」, 「前項の開示等請求書は、…」
    body = ("(1)開示等のご請求は、利用目的通知請求書、保有個人データ開示請求書又は訂正等請求書(以下、"
            "「開示等請求書」といいます。)を窓口にご提出いただくことにより受け付けます。\n"
            "(2)前項の開示等請求書は、郵送によるご提出でお願いいたします。\n")
    # (each form of the list, for its kinds, since the record holds a form per kind)
    assert _facts(body)["form.name"] == {"保有個人データ開示請求書", "利用目的通知請求書", "訂正等請求書"}
    # a pointer with no list it points to leaves the name unknown, never 「前項の…」
    names = _facts("前項の請求書は、郵送によるご提出でお願いいたします。\n").get("form.name", set())
    assert not any(n.startswith("前項") for n in names)


def test_the_desk_block_above_a_procedure_titled_as_a_disclosure_demand():
    # real12_blind/hokurikutei: 「個人データの開示要求について」 over the desk's block, whose e-mail line
    # (「電子メールアドレス: 個人情報窓口メールアドレス」) is no desk
    text = ("個人データの開示要求について\n\n1. 開示の窓口\n一般社団法人 みなと協会 個人情報相談窓口\n"
            "電話番号: 03-1234-5678\n電子メールアドレス: 個人情報窓口メールアドレス\n"
            "住所: 〒100-0001 東京都千代田区千代田1-1\n\n2. 開示等請求の受付\n"
            "開示請求書は、郵送によるご提出でお願いいたします。\n")
    found = {(f.field, f.value) for f in propose(clean(text)).facts if f.sure}
    assert {("send_to.postal_code", "100-0001"), ("inquiries.phone", "03-1234-5678"),
            ("send_to.department", "個人情報相談窓口")} <= found


def test_a_counter_handed_in_at_as_one_of_two_ways_and_a_file_link_after_the_form():
    # real12_blind/jpnsport: 「「保有個人情報開示請求書」[Word:36KB]に必要な事項を記載し、情報公開室の
    # 窓口に提出するか又は郵送して申請してください。」
    body = ("「保有個人データ開示請求書」[PDF:52KB]に必要な事項を記載し、総務課の窓口に提出するか又は"
            "郵送して請求してください。\n")
    facts = _facts(body)
    assert facts["channels.accepted"] == {"in-person", "post"}
    assert facts["form.get_it"] == {"download"}
    assert "総務課の窓口" not in facts.get("send_to.department", set())
    # the desk the post goes to stays no visit
    assert "in-person" not in _facts("郵送により以下の窓口にて受け付けいたします。\n").get("channels.accepted", set())


def test_a_receipt_of_the_fees_payment_enclosed_means_paid_before_sending():
    # real12_blind/jpnsport: 「③開示請求手数料(1件300円)を入金した際の受領証の写し」
    body = "【郵送の場合に必要なもの】\n①開示請求書\n②開示請求手数料(1件500円)を振込した際の受領証の写し\n"
    assert _facts(body)["fees.pay_when"] == {"before-sending"}


def test_an_item_with_its_own_refusal_leads_no_list_and_who_asks_is_no_ground():
    # real12_blind/miyagi_shinpo: 「・当協会に登録されている住所と相違がある場合については、開示請求に
    # 応じられない場合がございますのでご注意願います。」 then 「(2) 代理人が開示等請求される場合」
    body = ("(1)ご本人が開示等請求される場合\n"
            "・登録されているご住所と相違がある場合は、開示請求に応じられない場合がございますのでご注意願います。\n"
            "(2) 代理人が開示等請求される場合\n")
    # (the item's own case is a ground of its own, since real27_blind/raisin: never a list's lead)
    assert _facts(body)["refusal_grounds"] == {"登録されているご住所と相違がある場合"}
    # a lead that points at the list below still leads it
    listed = _facts("次の場合は開示いたしません。\n・本人の生命を害するおそれがある場合\n")
    assert listed["refusal_grounds"] == {"本人の生命を害するおそれがある場合"}


def test_a_catch_all_item_is_no_ground():
    # real12_blind/binfo: 「(3) その他、法令等に定められる事項等」 under 「以下に該当する個人情報は開示等の
    # 対象としておりません」
    body = ("以下に該当する個人情報は開示等の対象としておりません。\n"
            "(1) 業務の遂行に著しい支障を及ぼすおそれのあるもの\n(2) その他、法令等に定められる事項等\n")
    assert _facts(body)["refusal_grounds"] == {"業務の遂行に著しい支障を及ぼすおそれのあるもの"}


def test_an_answer_method_the_person_may_wish_for_is_to_check():
    # real12_blind/miyagi_shinpo: 「また、開示等の回答を郵送でご希望される場合…「本人限定受取郵便」料金を
    # 負担いただきます。」
    body = "開示等の回答を郵送でご希望される場合は、別途郵便料金をご負担いただきます。\n"
    assert "response.methods" not in _facts(body)
    assert any(f.field == "response.methods" and not f.sure for f in propose(clean(body)).facts)


def test_a_form_printed_from_the_site_is_a_download():
    # real12_blind/miyagi_shinpo: 「このボタンをクリックすると当協会所定様式の閲覧印刷ができます。」
    body = "所定の開示等申請書をご利用ください。ボタンをクリックすると所定様式の閲覧印刷ができます。\n"
    assert _facts(body)["form.get_it"] == {"download"}


def test_all_kinds_set_beside_another_kind_is_the_disclosure():
    # real12_blind/binfo: 「開示等のご請求及び利用目的の通知につきましては、1件の請求ごとに1,000円(税込)
    # の手数料をいただきます。」
    body = "開示等のご請求及び利用目的の通知につきましては、1件につき1,000円の手数料をいただきます。\n"
    assert _facts(body)["fees.kinds"] == {("purpose", "disclosure")}


def test_the_headers_phone_beside_the_inquiry_word():
    # real12_blind/binfo: 「B-INFO / 0166-46-5330 / お問い合わせ」 above 「個人情報開示請求について」
    text = ("MINATO\n\n03-1234-5678\nお問い合わせ\n\n個人情報開示請求について\n"
            "開示等のご請求は、以下の書面を郵送にてご提出ください。\n")
    found = {(f.field, f.value) for f in propose(clean(text)).facts if f.sure}
    assert ("inquiries.phone", "03-1234-5678") in found
    # a bare number above, beside no inquiry word, is not taken
    bare = "MINATO\n\n03-1234-5678\n\n個人情報開示請求について\n開示等のご請求は、郵送にてご提出ください。\n"
    assert not any(f.field == "inquiries.phone" for f in propose(clean(bare)).facts)


def test_a_page_cut_inside_the_mails_name_is_posted_to_the_bracketed_desk():
    # real12_blind/fdn_ip: 「…手数料を同封のうえ、当財団【個人情報相談窓口】まで、配達の」 (the page ends there)
    body = "開示請求書に必要事項を記入し、必要書類を同封のうえ、当協会【個人情報お問合せ窓口】まで、配達の"
    facts = _facts(body)
    assert facts["channels.accepted"] == {"post"}
    assert facts["send_to.department"] == {"個人情報お問合せ窓口"}
    # a cut sentence about no papers going (a question to the desk) is none
    assert "channels.accepted" not in _facts("ご不明な点は、当協会【個人情報お問合せ窓口】まで、配達の")


def test_a_fee_paid_into_a_postal_transfer_account_is_charged_by_transfer():
    # real12_blind/gyosei: 「請求内容が「利用目的の通知」または「開示」である場合は、郵便局に備え付けの
    # 払込取扱票を使用し、手数料を郵便振替口座に払い込んでください。」
    body = ("3. 「開示」のご請求の場合は、郵便局の払込取扱票により、手数料を当会の郵便振替口座に"
            "払い込んでください。\n")
    facts = _facts(body)
    assert facts["fees.payment"] == {"bank transfer (振込)"}
    assert facts["fees.kinds"] == {("disclosure",)}


def test_english_the_desk_the_request_is_sent_to_and_turning_it_in():
    # real12_blind/osaka_u_en: "…fill out a Personal Information Disclosure Request form and turn in or
    # send it by postal mail to the Personal Information Protection Counter, Document Management
    # Section, General Affairs Division, Department of General Affairs."
    body = ("Requests for disclosure: please fill out a Disclosure Request form and turn in or send it by "
            "postal mail to the Privacy Counter, Records Section, Department of General Affairs.\n")
    facts = _facts(body)
    assert facts["channels.accepted"] == {"in-person", "post"}
    assert facts["send_to.department"] == {"Privacy Counter, Records Section, Department of General Affairs"}
    # "to the address below" names no desk
    assert "send_to.department" not in _facts(
        "Requests for disclosure: please send the form by postal mail to the Address Shown Below.\n")


def test_english_a_quoted_title_the_person_fills_in_and_a_secretariat():
    # real12_blind/arbitrators_en: "please fill in all of the items specified in “A Request for
    # Disclosure, etc. of Personal Data” retained by the JAA and submit that request to the JAA Secretariat."
    body = ("To request disclosure, please fill in all of the items in “A Request for Disclosure of "
            "Personal Data” and submit that request to the MSA Secretariat.\n")
    facts = _facts(body)
    assert facts["form.name"] == {"A Request for Disclosure of Personal Data"}
    assert facts["send_to.department"] == {"MSA Secretariat"}


def test_english_a_phone_written_from_abroad_and_a_form_got_from_the_contact_point(tmp_path: Path):
    # real12_blind/morita_en: "Telephone number: General Affairs Department at +81-6-6208-1910";
    # "…shall receive a copy of the request form specified in 1. below from the Personal Information
    # Contact Point …, and send them by registered mail to the address designated by …"
    body = ("Contact point for requests for disclosure\nTelephone number: Legal Department at +81-3-1234-5678\n"
            "The person making a request for disclosure shall receive a copy of the request form specified "
            "in 1. below from the Contact Point, fill in all the items, and send them by registered mail.\n")
    facts = _facts(body)
    assert facts["inquiries.phone"] == {"03-1234-5678"}
    assert facts["form.get_it"] == {"inquiry"}
    assert saved(tmp_path, body)["contact_first"]["why"] == "to receive the company's own form"
    # a number in another country is no Japanese phone
    assert "inquiries.phone" not in _facts("Requests for disclosure\nTelephone: +44-20-1234-5678\n")


def test_english_a_fee_transferred_at_a_bank():
    # real12_blind/osaka_u_en: "Please transfer the fee at a bank, pay in cash at the General Aff…"
    body = "The disclosure request fee is 300 yen. Please transfer the fee at a bank or pay in cash at the counter.\n"
    assert _facts(body)["fees.payment"] == {"bank transfer (振込)", "cash"}


def test_a_role_and_its_holder_on_the_address_blocks_line_is_the_desk():
    # real12_blind/jarea: 「…以下の宛先まで郵送またはご持参ください。 / 株式会社ジャリア / 福岡県福岡市博多区
    # 博多駅東 1 丁目 1 番 33 号 はかた近代ビル 6F / 個人情報保護管理責任者 瀬戸山 賢悟 / TEL:…」
    body = ("所定の用紙にご記入のうえ、以下の宛先まで郵送またはご持参ください。\n株式会社みなと商会\n"
            "東京都千代田区千代田 1 丁目 1 番 1 号 みなとビル 3F\n個人情報保護管理責任者 山田 太郎\nTEL:03-1234-5678\n")
    assert _facts(body)["send_to.department"] == {"個人情報保護管理責任者"}
    # a line of other words after the role (no person's name) is no desk line
    other = body.replace("個人情報保護管理責任者 山田 太郎", "個人情報保護管理責任者 までお問い合わせの上 2025年")
    assert "send_to.department" not in _facts(other)
