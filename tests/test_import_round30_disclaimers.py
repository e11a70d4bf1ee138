"""Structures of real30_blind's and real31_blind's pages (global_cast, gianty, jcstad), in our own
words, each failing on the rules before: a disclaimer (「郵送や配送途中の書類の紛失…につきましては、当社
では責任を負いかねます」) refuses no way; 「・「個人情報に関する相談窓口」(末尾に記載)」 points to a
block, no counter; the company's 「…郵送または、メール等でお送り致します」 is its own sending; a fee's
account told by e-mail is no answer by e-mail; 「この開示請求ができる方はご本人とその代理人です」 and
「ご本人(その代理人)であること」 head no agent's list; 「詳しい内容については…お問い合わせください」 and
a form mailed 「ご希望の場合は」 make no first step; IDs in a clause after the fee's bill (「…事務手数料の
「請求書」…を送付いたしますので、…本人確認書(運転免許証の写し…)と共にご返送ください」), that bill
paid on notice; a list whose marks were lost (「以下の書類を…ご持参ください。 / 運転免許証、パスポート等の
写真で本人確認ができるものの写し / 住民票の写し」): the second line is needed besides, never one of; a desk named plainly (the counter to go to, a desk in
quotes, 「取扱窓口は…局長室となります」), never a section's title or each company's own (a guard);
「総務室 総務グループ」; a representative's own ID by a term a note defines (「※「公的証明書」とは、…を
言います」), its kinds one of them; a legal representative's family register or registry certificate,
by case, one of them; a representative's own IDs on lines of their own, one of them (fourteen records had
asked for each)."""
from __future__ import annotations

from tests.test_import_sentences import saved

CAST = ("b. 開示等の手続き\n受付窓口\n・「個人情報に関する相談窓口」(末尾に記載)\n"
        "保有個人データに関する開示等のお申し出は、下記の受付窓口までご連絡ください。ご連絡いただきましたら、当社所定の"
        "「保有個人データ開示等請求書」を郵送または、メール等でお送り致します。内容ご記入の上必要書類を同封し、郵送または"
        "メール等にてお申し込み下さい。\n"
        "c. 手数料\n「開示」につきましては、1件のお申込みにつき手数料として1,000円いただきます。1,000円分の郵便小為替を上記書類に"
        "あわせてご同封ください。 メールにて対応させていただく場合は、振込先の口座をメールにてお知らせいたします。\n"
        "※注意事項\n・郵送や配送途中の書類の紛失、事故による未着につきましては、当社では責任を負いかねます。\n")


def test_a_disclaimer_refuses_no_way_and_a_pointer_is_no_counter(tmp_path):
    channels = saved(tmp_path, CAST)["channels"]
    assert set(channels["accepted"]) == {"post", "email"} and "refused" not in channels
    assert not any("お送り致します" in q for q in channels["quote"])


def test_a_fees_account_told_by_e_mail_is_no_answer(tmp_path):
    assert "email" not in str(saved(tmp_path, CAST).get("response"))


CENTRE = ("個人情報の取扱い\nセンターが保有する個人情報については、利用目的の通知、開示のご請求を行うことができます。\n"
          "開示請求の手続の概要は、次のとおりです。\nなお、詳しい内容については、下記窓口までお問い合わせください。\n"
          "この開示請求ができる方はご本人とその代理人です。ご希望の場合は、開示請求用紙を郵送します。\n"
          "この際、センターでは、次の方法により、開示請求者が個人データのご本人(その代理人)であることの確認させていただきます。\n"
          "住所、氏名、生年月日を照会の上、次のいずれかの書類など本人であることを確認できる資料をご提示していただきます。\n"
          "開示請求者の健康保険証、運転免許証またはパスポート\n")


def test_who_may_ask_heads_no_agents_list(tmp_path):
    documents = saved(tmp_path, CENTRE)["documents"]
    assert "drivers-licence" in str(documents["self"]) and "agent" not in documents


def test_a_question_and_a_form_on_wish_make_no_first_step(tmp_path):
    assert "contact_first" not in saved(tmp_path, CENTRE)


GIANTY = ("第6条 開示等の請求について\n個人情報の開示等を求められる場合、後記の連絡先までご連絡ください。 "
          "なお、開示等の請求に関しましては、ご連絡いただきました後、当社より「個人情報開示請求書」および事務手数料の「請求書」"
          "(開示または通知請求の場合のみ)を送付いたしますので、「個人情報開示請求書」に必要事項を記載の上、本人確認書"
          "(運転免許証の写し、パスポートの写しのいずれか1点)と共に当社までご返送ください。\n"
          "また、代理人の方が請求される場合は、請求者本人の本人確認書以外に「委任状」および「代理人の本人確認書」を同封してください。\n"
          "<事務手数料(開示または通知請求の場合)>\n3,150円(税込)\n当該請求書記載の銀行口座にお振込をお願いいたします。\n")


def test_ids_in_a_clause_after_the_fees_bill(tmp_path):
    documents = saved(tmp_path, GIANTY)["documents"]
    assert "drivers-licence" in str(documents["self"]) and "passport" in str(documents["self"])


def test_the_bill_is_paid_on_notice(tmp_path):
    assert saved(tmp_path, GIANTY)["fees"][0]["pay_when"] == "on-notice"


def test_an_unmarked_list_after_a_choice_by_examples(tmp_path):
    data = saved(tmp_path, "1.開示等の求めの受付\n(2)本人確認のため、以下の書類を所定の用紙とともに郵送またはご持参ください。\n"
                           "運転免許証、パスポート等の写真で本人確認ができるものの写し(本人の名前および住所が記載されているもの)\n"
                           "住民票の写し(開示等の求めをする日前30日以内に作成されたもの)\n"
                           "(3)代理人の方が手続きをされる場合は、以下の書類も郵送またはご持参ください。\n")
    groups = [{d["kind"] for d in g["one_of"]} for g in data["documents"]["self"]]
    assert {"certificate-of-residence"} in groups and any("drivers-licence" in g for g in groups)


def test_a_desk_named_plainly(tmp_path):
    # the counter the person goes to; a desk in quotes the request is made to; the desk that handles them
    for number, (text, desk) in enumerate((("開示等の請求手続き\n当社総務部に電話にて申請し、必要書類をお持ちの上、当社総務部までお越しください。\n", "総務部"),
                       ("開示等の請求\nなお、申請書にて申請される前に、必ず、当協会の「個人情報開示等受付窓口」に開示などを請求する"
                        "旨につきましてご連絡ください。\n", "個人情報開示等受付窓口"),
                       ("個人データの開示等の請求について\n 取扱窓口は末尾記載の局長室となります。\n", "局長室"))):
        (folder := tmp_path / str(number)).mkdir()
        assert saved(folder, text)["send_to"]["department"] == desk


def test_no_desk_from_a_sections_title_or_each_companys_own(tmp_path):
    for number, text in enumerate(("開示等の請求\n上記の開示などのお申し出をされる場合は、上記「1. お問い合わせ窓口」までご連絡ください。\n",
                 "開示等のご請求を希望される場合は、各会社の「個人情報の取扱いについて」でご案内しております「個人情報の相談窓口」"
                 "にお申し出ください。\n")):
        (folder := tmp_path / str(number)).mkdir()
        assert saved(folder, text)["send_to"] == "unknown"


def test_a_desk_and_its_group(tmp_path):
    data = saved(tmp_path, "1.開示等の求めの受付\n所定の用紙に記入のうえ、以下の宛先まで郵送またはご持参ください。\n"
                           "〒102-0091東京都千代田区北の丸公園2番1号\n公益財団法人 日本科学技術振興財団\n総務室 総務グループ\n")
    assert data["send_to"]["department"] == "総務室 総務グループ"


def test_a_representatives_own_id_by_a_term_defined_in_a_note(tmp_path):
    data = saved(tmp_path, "b. 開示等の手続き\n内容ご記入の上必要書類を同封し、郵送にてお申し込み下さい。\n"
                           "II. 代理人によるお申し込みの場合 下記の書類のうち該当するもののすべて。\nア.親権者(または未成年被後見人)の場合\n"
                           "・戸籍謄本(全部事項証明)1通のコピー\n・代理人の住所・本籍を確認できる公的証明書のコピー\n"
                           "ウ.委任状による代理人の場合\n・当社指定の委任状\n・代理人の住所を確認できる公的証明書のコピー\n"
                           "※「公的証明書」とは、運転免許証、各種健康保険証・年金手帳等、旅券(パスポート)、住民票の写しなどを言います。\n")
    legal = [{d["kind"] for d in g["one_of"]} for g in data["documents"]["legal-representative"]]
    assert {"family-register"} in legal
    assert any({"drivers-licence", "passport", "health-insurance-card"} <= g for g in legal)
    # (the definition's kinds are one of them for the agent too, never each needed)
    agent = [{d["kind"] for d in g["one_of"]} for g in data["documents"]["agent"]]
    assert any({"drivers-licence", "passport", "health-insurance-card"} <= g for g in agent)


def test_a_legal_representatives_proof_is_the_one_of_their_own_case(tmp_path):
    data = saved(tmp_path, "開示等の手続き\n郵送にてお申し込み下さい。\nア.親権者の場合\n・戸籍謄本1通のコピー\n"
                           "イ.成年後見人の場合\n・「登記事項証明書」1通のコピー\n")
    legal = [{d["kind"] for d in g["one_of"]} for g in data["documents"]["legal-representative"]]
    assert legal == [{"family-register", "certificate-of-registered-matters"}]


def test_a_representatives_own_ids_on_lines_of_their_own_are_one_of_them(tmp_path):
    data = saved(tmp_path, "2)開示等の求めに関するお手続き\n請求書を上記個人情報問合せ係までご郵送ください。\n"
                           "3)代理人によるお求めの場合、代理人であることを確認する資料\n①代理人である事を証明する資料\n"
                           "＜開示等の求めをすることにつき本人が委任した代理人様の場合＞\n本人の委任状(原本)\n"
                           "②代理人様ご自身を証明する資料\n運転免許証\nパスポート\n健康保険の被保険者証\n")
    agent = [{d["kind"] for d in g["one_of"]} for g in data["documents"]["agent"]]
    assert {"drivers-licence", "passport", "health-insurance-card"} in agent and {"power-of-attorney"} in agent


def test_a_visit_a_contact_before_applying_and_a_fee_billed(tmp_path):
    data = saved(tmp_path, "個人情報開示等請求に関する手続き\n- 2 請求方法\n"
                           "- 下記aの書類をご提出いただき、書類内容に不備がない場合は、bの事務手数料を請求させていただきます。\n"
                           "- a ご提出書類\n下記の書類を来会もしくは郵送にてご提出ください。\n① 個人情報の開示などの請求書\n"
                           "なお、申請書にて申請される前に、必ず、当協会の「個人情報開示等受付窓口」に開示などを請求する旨につきまして"
                           "ご連絡ください。\n- b 事務手数料\n1件につき1,000円\n")
    assert set(data["channels"]["accepted"]) == {"in-person", "post"}
    assert data["contact_first"] and data["fees"][0]["pay_when"] == "on-notice"


def test_a_relative_given_authority_by_the_person_is_an_agent(tmp_path):
    data = saved(tmp_path, "第3条 開示を求めることができる者\n1. 利用者本人\n2. 利用者に法定代理人がある場合は、その法定代理人。\n"
                           "3. 利用者本人から代理権を与えられた親族(委任状必要)\n第4条 開示の請求は書面を郵送して行う。\n")
    assert "power-of-attorney" in str(data["documents"]["agent"])
    assert "legal-representative" not in data["documents"]


def test_a_lone_ground_with_nado_and_a_return_envelope_for_the_answer(tmp_path):
    data = saved(tmp_path, "個人データの開示等の請求について\n≪受付方法≫ 郵送で受け付けます。\n(1)開示等請求書\n"
                           "(3)回答通知のための返信用封筒(申請人住所を記載)\n"
                           "・個人情報保護法の例外規定にあたる場合など、開示等の求めにお答えできない場合がございます。\n")
    assert data["response"]["methods"][0]["offered"] == ["in-writing"]
    assert [g["ground"] for g in data["refusal_grounds"]] == ["個人情報保護法の例外規定にあたる場合"]


def test_grounds_whose_marks_were_lost(tmp_path):
    # a blank line between the lead and its items, no bullets (a page copied as text)
    data = saved(tmp_path, "開示等の請求について\n開示等請求は郵送で受け付けます。\n\n"
                           "以下の場合は対応することができません。なお、開示等請求は日本語のみで対応とさせていただきます。\n\n"
                           "  お客さま本人または第三者の生命、身体、財産その他の権利利益を害するおそれがある場合\n"
                           "  当社の業務の適正な実施に著しい支障を及ぼすおそれがある場合\n  法令に違反することとなる場合\n\n"
                           "開示等請求に必要な書類\n")
    assert len(data["refusal_grounds"]) == 3
    (english := tmp_path / "en").mkdir()
    data = saved(english, "Disclosure of Personal Information\nPlease send the request form by post.\n"
                          "The Company might not be able to provide disclosure in the cases indicated below.\n\n"
                          "There is a risk of harm to the life, body, property, or other rights of a third party.\n"
                          "Doing so would be in violation of laws or regulations, etc.\n"
                          "When proxy rights cannot be confirmed for requests from agents\n\n"
                          "2. Correction of Personal Information\nYou may request the Company to correct your information.\n",
                 head="Privacy Policy\nSample Power Company, Inc.\n")
    assert len(data["refusal_grounds"]) == 3


def test_a_cash_envelope_under_the_ways_to_pay_unmarked(tmp_path):
    data = saved(tmp_path, "開示等の請求方法\n書面(簡易書留等)で以下宛先にご送付ください。\n開示請求手数料\n"
                           "一件あたり1,000円の事務手数料を申し受けます。\nお支払方法:\n現金書留による送付\n")
    assert data["channels"]["accepted"] == ["simple-registered-mail"]


def test_a_refusal_a_pdfs_line_break_cut(tmp_path):
    # the text as a PDF gives it: lines cut at the page's width, the refusal on the next line
    data = saved(tmp_path, "1.保有個人データに関する「開示等の求め」の申請先\n"
                           "所定の申請書に必要事項を記入し、必要書類を添付の上、以下の申請先に郵送してくださ\n"
                           "い。 直接ご来社いただいての請求や電話・メールでの請求は、対応できかね\n"
                           "ますのでご了承ください。\n")
    channels = data["channels"]
    assert channels["accepted"] == ["post"]
    assert set(channels["refused"]) >= {"telephone", "email"}


def test_a_refusal_cut_at_the_end_of_a_long_line(tmp_path):
    # the cut sentence is short, its line long: 「…来院ください。郵送・電話での請求は受け付けておりま / せん。」
    data = saved(tmp_path, "開示受付方法\n「診療記録等の開示申込書」にご記入いただき、身分証をご持参の上、来院ください。郵送・電話での請求は受け付けておりま\n"
                           "せん。\n")
    channels = data["channels"]
    assert channels["accepted"] == ["in-person"] and set(channels["refused"]) == {"post", "telephone"}


def test_an_unmarked_english_list_longer_than_three_items(tmp_path):
    # the lead is kept as the list's own, however many items follow it
    data = saved(tmp_path, "Disclosure of Personal Information\nPlease send the request form by post.\n"
                           "The Company might not be able to provide disclosure in the cases indicated below.\n\n"
                           "There is a risk of harm to the life, body, property, or other rights of a third party.\n"
                           "There is a risk of significant impediments to the business operations of the Company.\n"
                           "Doing so would be in violation of laws or regulations, etc.\n"
                           "The Company does not possess any retained personal data corresponding to the individual.\n"
                           "The Company's reply letter could not be delivered for two months or more.\n\n"
                           "2. Correction of Personal Information\n", head="Privacy Policy\nSample Power Company, Inc.\n")
    assert len(data["refusal_grounds"]) == 5
