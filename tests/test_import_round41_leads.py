"""Structures of the round's later pages (old-law and public-notice pages, a nursery's rules, a
firm's 公表事項), in our own words, each failing on the rules before: a refusal said 「…での請求には
対応しておりません」 or 「(電話や口頭での申し出はできません。)」; a form named in brackets after
「所定の用紙」; 「運転免許書」; 「本人確認(代理人が代理人本人であることを確認することも含む)のための書類」
(the person's too); 「その旨を書面でご返送いたします」 and 「回答書類を、メール、郵送…で送付させていただき
ます」 (answers); a numbered part that leads grounds (「(3)…その全部又は一部を開示しない。」, 「(2)以下の
場合は、開示等の対象になりません。」) and one that leads a list of its own (no ground); a my number
「覆い隠した状態で」 (masked)."""
from __future__ import annotations

from tests.test_import_sentences import saved


def _kinds(groups) -> set[str]:
    return {k["kind"] for g in groups for k in (g.get("one_of") or [g])}


def test_refusals_said_as_not_handled(tmp_path):
    data = saved(tmp_path, "当社は、お電話や電子メールでの請求には対応しておりません。所定の用紙(個人情報開示請求等の依頼書)に"
                           "必要事項をご記入の上、ご郵送にてご請求ください。\n1.ご本人様の場合\n運転免許書の写し\n")
    assert set(data["channels"]["refused"]) == {"telephone", "email"}
    assert data["form"]["name"] == "個人情報開示請求等の依頼書"
    assert "drivers-licence" in _kinds(data["documents"]["self"])
    data = saved(tmp_path / "b", "開示の申し出については、窓口に提出してください。(電話や口頭での申し出はできません。)\n")
    assert "telephone" in data["channels"]["refused"]


def test_ids_for_the_person_and_the_representative_in_an_aside(tmp_path):
    data = saved(tmp_path, "開示の手続\n本人確認(代理人が代理人本人であることを確認することも含む)のための書類は、運転免許証、旅券、"
                           "健康保険証の写しのいずれか1つ以上をもって行うものとする。\n")
    assert {"drivers-licence", "passport"} <= _kinds(data["documents"]["self"])
    assert {"drivers-licence", "passport"} <= _kinds(data["documents"]["agent"])


def test_answers_sent_back_or_sent_as_papers(tmp_path):
    data = saved(tmp_path, "「保有個人データ開示等請求書」でご請求ください。当社に申請書が届き次第対応し、その旨を書面でご返送いたします。\n")
    assert "in-writing" in str(data["response"])
    data = saved(tmp_path / "b", "開示等のご請求は郵送でお願いします。当社では、開示等のご請求に対する当社からの回答書類を、メール、郵送、"
                                 "その他の方法で送付させていただきます。\n")
    assert {"email", "in-writing"} <= set(str(data["response"]).replace("'", " ").split())


def test_numbered_parts_that_lead_grounds(tmp_path):
    data = saved(tmp_path, "開示の手続\n- (3)開示することで次のいずれかに該当する場合は、その全部又は一部を開示しない。\n"
                           "- ア)本人又は第三者の生命、身体、財産その他の権利利益を害するおそれがある場合\n"
                           "- イ)他の法令に違反することとなる場合。\n")
    assert len(data["refusal_grounds"]) == 2
    data = saved(tmp_path / "b", "1.開示等の対象となる個人情報\n(2)以下の場合は、開示等の対象になりません。\n"
                                 "●当該個人情報の存否が明らかになることによって、違法または不当な行為を助長するおそれのあるもの\n"
                                 "(3)以下の場合は、ご請求に対してその対象の全部または一部の開示等ができない場合があります。\n")
    grounds = [g["ground"] for g in data["refusal_grounds"]]
    assert len(grounds) == 1 and "助長" in str(grounds[0])


def test_a_my_number_covered_is_masked(tmp_path):
    data = saved(tmp_path, "本人確認書類として住民票の写しを同封してください。住民票は、「マイナンバー(個人番号)」を無地の紙等で覆い隠した"
                           "状態で写しを取ってください。\n")
    assert "mask-my-number" in str(data["documents"])


def test_the_materials_to_disclose_named_in_writing_are_no_written_answer(tmp_path):
    # 「文書により開示する資料を特定して請求を行っていただく」: how the request names them, no answer's method
    data = saved(tmp_path, "ケース記録の開示等の取扱い\n本人であることが証明できるものを添えて、文書により開示する資料を特定して請求を"
                           "行っていただく。\n")
    assert "in-writing" not in str(data.get("response"))


def test_a_public_bodys_phone_is_not_the_companys(tmp_path):
    data = saved(tmp_path, "保有個人データに関する請求は、以下の窓口で受け付けます。\n個人情報保護管理者: みなと商会 個人情報保護管理者\n"
                           "連絡先メール: privacy@example.co.jp\n上記対応にご納得いただけない場合、個人情報保護委員会への申出が可能です。\n"
                           "個人情報保護委員会 電話相談窓口: 03-6457-9849\n")
    assert "03-6457-9849" not in str(data["inquiries"])
    assert "privacy@example.co.jp" in str(data["inquiries"])
    # the company's own committee of that name stays its desk
    data = saved(tmp_path / "b", "開示等のご請求は配達記録郵便にて次の請求先まで郵送頂きます様お願い致します。\n"
                                 "郵便番号 〒532-0011 所在地 大阪市淀川区西中島 1-9-20 みなと商会株式会社 個人情報保護委員会\n")
    assert data["send_to"]["postal_code"] == "532-0011"


def test_other_deadlines_are_not_the_answers(tmp_path):
    data = saved(tmp_path, "所在地は請求があった場合、5営業日以内に開示します。\n開示等の請求はメールでご連絡ください。\n"
                           "回答SLA: 原則として2営業日以内に初回回答、開示等請求は2週間以内に処理します。\n")
    assert "business_days" not in str(data["response"])


def test_a_desk_named_in_its_block(tmp_path):
    data = saved(tmp_path, "開示等に応ずる窓口は、下記の問合せ先を参照してください。開示等のご請求は郵送でお願いします。\n"
                           "窓口の名称:個人情報問合せ窓口\n窓口責任者：課長(管理部総務グループ総務課)\n"
                           "住所 ：〒553-0003 大阪市福島区福島7丁目15番26号 大阪YMビル\n")
    assert data["send_to"]["department"] == "個人情報問合せ窓口"


def test_requests_by_mail_asked_and_an_answer_in_two_weeks_in_brackets(tmp_path):
    data = saved(tmp_path, "第8条(開示等の請求)\nご請求は以下の窓口までメールにてお申し付けください。本人確認のうえ、合理的な期間内"
                           "(原則として2週間以内)に対応いたします。\n個人情報取扱窓口\nメールアドレス:privacy@example.co.jp\n")
    assert "email" in data["channels"]["accepted"]
    assert data["response"]["time_limit"]["calendar_days"] == 14


def test_answers_in_writing_said_other_ways(tmp_path):
    head = "Privacy Policy\nSample Works Limited\nRequests for disclosure of retained personal data\n"
    data = saved(tmp_path, "This document describes how we comply with the following requests for response in writing from "
                 "customers: (1) Request for disclosure; (2) Request for correction.\nPlease mail the form to the address below.\n",
                 head=head)
    assert "in-writing" in str(data["response"])
    data = saved(tmp_path / "b", "We will deliver this information promptly. If providing it electronically would be difficult, "
                                 "we will do so in written form.\nPlease send the request by registered mail.\n", head=head)
    assert "in-writing" in str(data["response"])
    data = saved(tmp_path / "c", "開示等の手続きは下記相談窓口までご連絡ください。ご請求内容を確認のうえ、書面で対応いたします。\n")
    assert "in-writing" in str(data["response"])
    data = saved(tmp_path / "d", "開示の請求は郵送でお願いします。開示等に対する回答は、申請者記載住所あてに書面にて遅滞なく回答する。\n")
    assert "in-writing" in str(data["response"])


def test_an_answer_method_stated_for_disclosing_is_recorded_for_it_alone(tmp_path):
    data = saved(tmp_path, "開示・訂正・利用停止等のご請求は、当社所定の書式をご使用の上、当社まで送付してください。\n"
                           "また、開示のご請求については、原則として、電磁的記録の提供の方法により開示いたします。\n")
    assert data["response"]["methods"] == [{"kinds": ["disclosure"], "offered": ["electronic-record"], "quote": [
        "また、開示のご請求については、原則として、電磁的記録の提供の方法により開示いたします。"]}]
    from tests.test_import_sentences import checklist
    assert "電磁的記録で回答する" not in "".join(checklist(tmp_path, "correction").split())
    assert "電磁的記録で回答する" in "".join(checklist(tmp_path, "disclosure").split())
    # a sentence for every request (「開示等」) is every request's
    data = saved(tmp_path / "b", "開示等のご請求に対しては、書面にて回答いたします。開示等の請求は郵送でお願いします。\n")
    assert "kinds" not in data["response"]["methods"][0]


def test_the_persons_address_in_an_answer_is_no_address_disclosure(tmp_path):
    # (only the company's own address, 「所在地は…開示します」, is the trade law's matter)
    data = saved(tmp_path, "開示等のご請求は郵送でお願いします。ご登録住所の宛先に書面でお知らせします。\n")
    assert "in-writing" in str(data["response"])
