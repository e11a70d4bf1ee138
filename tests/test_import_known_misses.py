"""The known misses left after the ninth round (issue 21), each structure in our own words with a
real-looking example and the page it came from. The rules are general: the structure decides."""
from __future__ import annotations

from tests.test_import_round6_structures import _facts


def test_the_fee_listed_among_what_is_handed_in_is_paid_with_the_request():
    # real5_unseen/dnc: 「提出書類 / - 保有個人情報開示請求書 / - 開示請求手数料分の定額小為替証書」
    facts = _facts("次の書類を準備し、窓口へ提出(郵送または来所)してください。\n提出書類\n"
                   "- 保有個人情報開示請求書\n- 本人を確認できる証明書\n"
                   "- 開示請求手数料分の定額小為替証書または振込み領収証書\n"
                   "開示請求手数料は、1件につき300円です。\n")
    assert facts["fees.pay_when"] == {"with-request"}
    # real8/js_net: the fee as the last item of a line that holds two
    facts = _facts("開示等の請求は郵送で受け付けます。\n2 個人情報の開示等に必要なもの\n- (1)「個人情報開示等請求書」\n"
                   "- (2)「ご本人確認書類(写)」\n(運転免許証・パスポートの写し) - (3)手数料\n")
    assert facts["fees.pay_when"] == {"with-request"}


def test_a_fee_due_on_applying_is_paid_with_the_request():
    # real5_unseen/iroha: 「(開示申請の手続き時に費用がかかります。9参照)」, the amount cut off
    facts = _facts("必要書類をご持参のうえ、受付までご来院ください。(開示申請の手続き時に費用がかかります。9参照)\n")
    assert facts["fees.pay_when"] == {"with-request"}


def test_a_list_of_what_to_send_that_says_no_fee_says_nothing_of_when_to_pay():
    facts = _facts("開示等の請求は郵送で受け付けます。\n提出書類\n- 開示請求書\n- 本人確認書類の写し\n"
                   "開示請求の手数料は無料です。\n")
    assert "fees.pay_when" not in facts


def test_a_fee_table_with_charges_added_settles_the_requests_fee():
    # real6_unseen/iyogin_hd: a basic fee per 依頼書, item fees added to it
    facts = _facts("(4)手数料\n開示のご請求の場合は、回答させていただく際に、以下の手数料をお支払いただきます。\n"
                   "- A基本事務手数料\n開示依頼書1通につき、550円(税込) なお、上記Aの基本事務手数料に加えて、"
                   "回答させていただく項目ごとに、つぎの項目別手数料を加算させていただきます。\n- B項目別手数料\n"
                   "1. お客さまにかかる情報 ・・・・・・ 220円 2. お取引にかかる情報 ・・・・・・ 330円\n")
    assert facts["fees.amount_yen"] == {550}
    assert facts["fees.per"] == {"request"}
    assert facts["fees.kinds"] == {("disclosure",)}
    # real4/kojosen: a clinic's table; a doctor's time and copies cost besides
    facts = _facts("開示の手続き\n手数料 | 医師立会なし | 5,500円 |\n医師立会有り(上限1時間) | 11,000円/30分 | |\n"
                   "診療録の写しにかかる費用(上記手数料に下記費用が必要) | |\n電子カルテのコピー | 用紙1枚につき22円 | |\n"
                   "画像(CT等の複写) | CD-R1枚につき2,200円 | |\n")
    assert facts["fees.amount_yen"] == {5500}


def test_amounts_by_answer_method_or_kind_stay_to_check():
    # real4/sonybank: one amount for a paper answer, another for an electronic one
    facts = _facts("開示の請求には手数料をいただきます。書面による交付は1,100円、電磁的記録による交付は1,430円です。"
                   "項目によってはこれに加えて費用がかかります。\n")
    assert "fees.amount_yen" not in facts
    # an amount named for another kind after the words that add is that kind's fee
    facts = _facts("手数料\n開示の請求 1,000円\nこれに加えて郵送の費用がかかります。\n利用目的の通知の請求 500円\n")
    assert "fees.amount_yen" not in facts


EN_HEAD = ("Requests for disclosure of personal information are accepted by post only. Please mail the "
           "request form and a copy of your ID to the following address.\n")


def test_an_english_desk_inside_the_address_line_is_the_desk(tmp_path):
    from tests.test_import_sentences import saved

    send_to = saved(tmp_path, EN_HEAD + "Address: Personal Information Desk, Example Co., Ltd., 1-2-3 Marunouchi, "
                                        "Chiyoda-ku, Tokyo 100-0005\nTEL: 03-1234-5678\n")["send_to"]
    assert send_to["department"] == "Personal Information Desk"
    assert send_to["lines"] == ["1-2-3 Marunouchi, Chiyoda-ku, Tokyo 100-0005"]
    assert send_to["postal_code"] == "100-0005"


def test_a_building_before_the_street_stays_part_of_the_address(tmp_path):
    from tests.test_import_sentences import saved

    send_to = saved(tmp_path, EN_HEAD + "Address: Shin-Marunouchi Building 5F, 1-2-3 Marunouchi, Chiyoda-ku, "
                                        "Tokyo 100-0005\n")["send_to"]
    assert send_to["lines"] == ["Shin-Marunouchi Building 5F, 1-2-3 Marunouchi, Chiyoda-ku, Tokyo 100-0005"]
    assert send_to.get("department", "unknown") == "unknown"


def test_a_row_for_anyone_but_the_patient_gives_the_acting_persons_id_to_both_representatives():
    # real4/kojosen: 「患者本人以外 右記4つの書類 | 1.患者本人の診察券 2.代理人の公的な身分証明書(…)」
    facts = _facts("診療記録の開示\n患者本人 右記3つの書類 |\n1.診察券 2.公的な身分証明書(保険証,運転免許証,パスポート等) "
                   "3.診療記録開示申請書 |\n患者本人以外 右記4つの書類 |\n1.患者本人の診察券 2.代理人の公的な身分証明書"
                   "(保険証、運転免許証、パスポート) 3.委任状(患者が15歳未満の場合は不用) 4.診療記録開示申請書 |\n")
    ids = {"health-insurance-card", "drivers-licence", "passport"}
    assert ids <= facts["documents.legal-representative"]
    assert ids | {"power-of-attorney"} <= facts["documents.agent"]
    assert "power-of-attorney" not in facts["documents.legal-representative"]
    # an appointed agent named as such stays the agent's alone
    facts = _facts("診療記録の開示\n患者本人以外 右記の書類 |\n1.任意代理人の公的な身分証明書(運転免許証、パスポート) |\n")
    assert "documents.legal-representative" not in facts
    assert {"drivers-licence", "passport"} <= facts["documents.agent"]


def test_a_representatives_ids_named_in_one_bracket_are_one_of_them(tmp_path):
    # real4/kojosen: 「2.代理人の公的な身分証明書(保険証、運転免許証、パスポート)」 asks for one ID,
    # not all three; the 委任状 on a line of its own is needed besides
    from tests.test_import_sentences import saved

    data = saved(tmp_path, "開示等の請求は郵送で受け付けます。\n代理人による請求の場合\n"
                           "- 代理人の公的な身分証明書(健康保険証、運転免許証、パスポート)\n- 委任状\n")
    groups = [[d["kind"] for d in g["one_of"]] for g in data["documents"]["agent"]]
    assert sorted(map(sorted, groups)) == [["drivers-licence", "health-insurance-card", "passport"],
                                           ["power-of-attorney"]]
    # joined with "and" in the bracket, each is needed
    data = saved(tmp_path / "and", "開示等の請求は郵送で受け付けます。\n代理人による請求の場合\n"
                                   "- 代理人の確認書類(運転免許証及び住民票の写し)\n- 委任状\n")
    groups = [[d["kind"] for d in g["one_of"]] for g in data["documents"]["agent"]]
    assert all(len(g) == 1 for g in groups) and len(groups) == 3


def test_a_relations_proof_in_an_agents_run_of_items_is_the_agents():
    # real3_unseen/cl_asunaro: a relative acts with the clinic's 委任状 and proves the relation
    facts = _facts("開示申請に際してご用意していただくもの\n申請者必要書類\n• 成人患者本人\n• 身分証明書の原本\n"
                   "• 成人患者の親族(3親等以内)\n• 委任状(当院所定様式3号)\n• 申請者の身分証明書の原本\n"
                   "• 続柄を証明する書類(住民票、戸籍謄本等)\n• 成人患者の後見人\n")
    assert {"family-register", "certificate-of-residence"} <= facts["documents.agent"]
    assert "documents.legal-representative" not in facts
    # real/muroran_hospital: 「- 住民票(代理人請求又は郵送の場合のみ)」 after the 委任状
    facts = _facts("開示請求に必要な書類\n- 開示請求書\n- 身分証明書(運転免許証、パスポート)\n- 委任状または同意書\n"
                   "- 住民票(代理人請求又は郵送の場合のみ)\n")
    assert "certificate-of-residence" in facts["documents.agent"]
    # under a legal representative's heading the list is theirs: nothing given to an agent here
    facts = _facts("法定代理人の場合\n- 委任状\n- 続柄を証明する書類(戸籍謄本)\n")
    assert "family-register" not in facts.get("documents.agent", set())


def test_a_fee_per_item_and_person_for_purpose_and_disclosure_enclosed_in_stamps():
    # real3_unseen/do_koyo: 「…600円/件・人…を郵便切手で申し受けます」, 「開示等依頼者」 (the requester,
    # no kind of request), the fee an item of what to enclose, its brackets naming it again
    facts = _facts("「請求依頼書」に必要事項を記入の上、下記の書類等を添付しご依頼下さい。\n- ご本人確認書類の写し\n"
                   "- 返信用封筒(開示等依頼者が郵送先を記載したもの)\n"
                   "- 利用目的の通知及び開示についての手数料(「利用目的及び開示について要する費用負担」に定める「事務手数料」)\n"
                   "回答書により開示等依頼者に郵送させていただきますので、これら「利用目的及び開示について要する事務手数料」"
                   "として600円/件・人(消費税込み)を郵便切手で申し受けます。\n")
    assert facts["fees.amount_yen"] == {600}
    assert facts["fees.per"] == {"request"}
    assert facts["fees.kinds"] == {("purpose", "disclosure")}
    assert facts["fees.pay_when"] == {"with-request"}


def test_requesting_at_the_counter_beside_the_post_is_a_visit():
    # real4/fc_hosp: 「窓口で開示請求する場合、郵送で開示請求する場合がございます。」
    facts = _facts("(2) 開示の方法\n窓口で開示請求する場合、郵送で開示請求する場合がございます。\n")
    assert facts["channels.accepted"] == {"in-person", "post"}
    # the counter a posted request goes to is no visit
    facts = _facts("開示等の請求は、郵送により以下の窓口にて受け付けします。\n")
    assert facts["channels.accepted"] == {"post"}


def test_notification_or_disclosure_names_both_kinds_of_the_fee():
    # real/prometric: "If you wish to request notification or disclosure of the purpose of use …,
    # please send it in a cash envelope along with the processing fee"
    facts = _facts("Requests for disclosure are accepted by post.\nIf you wish to request notification or disclosure "
                   "of the purpose of use of your personal information, please send it in a cash envelope along "
                   "with the processing fee.\n")
    assert facts["fees.kinds"] == {("purpose", "disclosure")}


def test_english_names_of_a_number_card_an_insurance_card_and_a_guardianship_certificate():
    # real3_unseen/yokohama_ybsc (a city hospital's page in English): a table of who asks
    facts = _facts("Requests for disclosure are accepted at the counter.\nClaimant | required documents |\n"
                   "The patient himself | Identity verification documents (driver's license, passport, employee "
                   "health insurance insured card, personal number card, etc.) |\n"
                   "legal representative (parents, minor guardians, adult guardians) | ①Certificates (certificate "
                   "of registration for adult guardianship, etc.) |\n")
    assert {"health-insurance-card", "my-number-card"} <= facts["documents.self"]
    assert facts["documents.legal-representative"] == {"certificate-of-registered-matters"}


def test_a_representatives_own_ids_named_as_the_ones_above():
    # procedures_blind2/gym_vigorfit: 「親権者様：親権者様ご自身の上記いずれか1点に加え、…」
    facts = _facts("【本人確認書類】\nご本人：運転免許証、健康保険証、在留カードのいずれか1点（写し可）\n"
                   "親権者様：親権者様ご自身の上記いずれか1点に加え、親子関係が確認できる戸籍謄本\n"
                   "代理人様：代理人様ご自身の上記いずれか1点に加え、委任状及びご本人の印鑑登録証明書\n")
    ids = {"drivers-licence", "health-insurance-card", "residence-card"}
    assert facts["documents.legal-representative"] == ids | {"family-register"}
    assert ids | {"power-of-attorney"} <= facts["documents.agent"]
    # procedures_blind2/hotel_minatobay: a plain 代理人 in a sentence that also speaks of the legal
    # representative is both
    facts = _facts("本人確認書類として、運転免許証又はパスポートのいずれか1点の写しを同封してください。"
                   "代理人による請求の場合は、これに加えて代理人ご本人の上記書類いずれか1点の写し及び委任状"
                   "（法定代理人の場合は戸籍謄本）を同封してください。\n")
    assert {"drivers-licence", "passport"} <= facts["documents.legal-representative"]
    assert {"drivers-licence", "passport"} <= facts["documents.agent"]
    # 「ご本人の上記書類」 with no representative before it is the person's own: nothing copied
    facts = _facts("本人確認書類として、運転免許証又はパスポートのいずれか1点の写しを同封してください。"
                   "ご本人の上記書類は有効期限内のものに限ります。\n")
    assert "documents.agent" not in facts and "documents.legal-representative" not in facts


def test_a_document_the_page_cannot_handle_as_an_id_is_none_an_aside_after_it():
    # procedures_blind2/datingapp_tomoshibi
    facts = _facts("本人確認のため、運転免許証又はパスポートのいずれか1点の画像をお送りください。\n"
                   "- 健康保険証は顔写真がないため、請求時の本人確認書類としてはお取り扱いできません（年齢確認とは基準が異なります）。\n")
    assert facts["documents.self"] == {"drivers-licence", "passport"}


def test_the_persons_seal_certificate_after_an_agents_power_of_attorney_is_the_agents():
    # procedures_blind2/usedcar_carlinks, coop_asahino, procedures_blind3/newspaper_tohonichinichi:
    # the 委任 of 「委任状」 is no relation a document proves
    facts = _facts("開示等の請求は郵送で受け付けます。\n法定代理人の場合は戸籍謄本又は登記事項証明書を、任意代理人の場合は"
                   "委任状及びご本人の印鑑登録証明書を、代理人ご自身の運転免許証の写しとあわせてお送りください。\n")
    assert "seal-registration-certificate" in facts["documents.agent"]
    assert "seal-registration-certificate" not in facts["documents.legal-representative"]
    # the relation a 住民票 proves still makes the line the legal representative's
    facts = _facts("開示等の請求は郵送で受け付けます。\n法定代理人親権者ご本人と代理人の関係が証明できる住民票\n")
    assert facts["documents.legal-representative"] == {"certificate-of-residence"}


def test_an_account_told_at_reception_is_no_fee_paid_with_the_request():
    # procedures_blind/blind_telecom_soralink: paid beforehand; 「振込先口座は受付時にご案内します」
    facts = _facts("開示の請求の場合は、1件につき770円の手数料を、あらかじめ当社指定の銀行口座へお振込みください。"
                   "振込先口座は受付時にご案内します。\n")
    assert facts["fees.pay_when"] == {"before-sending"}
    # a fee paid on being received at the counter is paid with the request
    facts = _facts("開示等の請求は窓口で受け付けます。\n手数料1,000円は受付時に現金でお支払いください。\n")
    assert facts["fees.pay_when"] == {"with-request"}


def test_a_request_made_on_the_web_form_the_page_quotes():
    # procedures_blind3/game_pixelhorizon: the form's name in quotes, its address on the line below
    facts = _facts("A2. 下記の「開示等申請フォーム」からお申し込みください。郵送・お電話・FAXによるご請求は受け付けておりません。\n"
                   "https://support.example.jp/privacy/request\n")
    assert facts["channels.accepted"] == {"online-form"}
    assert facts["form.name"] == {"開示等申請フォーム"}
    assert facts["form.get_it"] == {"web-form"}
    assert facts["inquiries.web_form"] == {"https://support.example.jp/privacy/request"}
    # procedures_blind3/airline_skybridge_mileage: 「…フォーム」(URL)からご請求ください; a counter refused
    facts = _facts("会員サイトにログインし、「個人情報開示等請求フォーム」（https://air.example.jp/privacy）からご請求ください。"
                   "郵送、お電話、空港カウンターでのご請求はお受けしておりません。\n")
    assert facts["channels.accepted"] == {"online-form"}
    assert facts["channels.refused"] == {"post", "telephone", "in-person"}
    # a page that takes its paper form by post keeps that form
    facts = _facts("所定の請求書をダウンロードし、郵送してください。\n")
    assert "web-form" not in facts.get("form.get_it", set())
