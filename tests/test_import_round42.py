"""Structures of this round's pages, in our own words, each failing on the rules before: a desk
named in the sending sentence after the body's own word for itself (「…同封して当団の個人情報問い合わせ
窓口までお送りください」, a 「それぞれの」 earlier in the sentence being about the forms, not the desk), and a
desk whose line stands under 「ご請求は以下の窓口まで…」 with a sentence between on the same line."""
from __future__ import annotations

import pytest

from tests.test_import_sentences import saved


def test_desk_after_the_bodys_word_for_itself(tmp_path):
    data = saved(tmp_path, "開示等をお求めの場合は、当団のホームページからそれぞれのご要望に沿った申請書をダウンロードし、所定の"
                           "事項をすべてご記入の上、本人確認のための書類を同封して当団の個人情報問い合わせ窓口までお送りください。\n")
    assert data["send_to"]["department"] == "個人情報問い合わせ窓口"
    # which desk depends on the service: none named
    data = saved(tmp_path / "b", "お客様が個人情報をご登録された当社のサービスの窓口に、ご請求ください。\n")
    assert "サービスの窓口" not in str(data.get("send_to"))


def test_desk_on_the_line_under_the_request_sent_below(tmp_path):
    data = saved(tmp_path, "ご請求は以下の窓口までメールにてお申し付けください。本人確認のうえ、2週間以内に対応いたします。\n\n"
                           "個人情報取扱窓口\n富加ゴルフ 担当:個人情報管理者\nメールアドレス:kohaku@example.com\n")
    assert data["send_to"]["department"] == "個人情報取扱窓口"


def _facts(text: str, field: str) -> list:
    from assistant.importer.extract import propose
    return [f.value for f in propose(text).facts if f.field == field]


def test_a_shops_policy_names_its_kinds_in_its_articles():
    text = ("株式会社ほくとツアー(以下、「当ショップ」)は、以下のプライバシーポリシーを定めます。\n第1条、個人情報について\n"
            "個人情報とは、生存する個人に関する情報をいいます。\n第2条、個人情報の第三者への提供\n当ショップは、次の場合を除き"
            "個人情報を第三者に開示いたしません。\n第3条、個人情報の開示\n当ショップは、ユーザーから個人情報の開示を求められた"
            "ときは、ご本人であることを確認のうえ、速やかに対応いたします。\n第4条、個人情報の訂正\nユーザーは、当社に対して個人情報"
            "の訂正、追加または削除を請求することができます。\n")
    assert {k for k, _ in _facts(text, "request_kinds")} == {"disclosure", "correction"}
    older = "(4)個人情報の照会・修正について\nお客様が、お客様の個人情報の照会、修正等を希望される場合には、当社までご連絡ください。\n"
    assert {k for k, _ in _facts(older, "request_kinds")} == {"disclosure", "correction"}


def test_the_exceptions_to_a_promise_to_answer_are_grounds():
    lead = ("当社は、ご本人から個人情報の開示を求められたときは、速やかに対応いたします。ただし、開示することにより次のいずれかに"
            "該当する場合は、その限りではありません。また、開示しない決定をした場合は、その旨を通知します。\n")
    items = "1、本人または第三者の生命、身体、財産その他の権利利益を害するおそれがある場合\n2、その他法令に違反することとなる場合\n"
    assert _facts(lead + items, "refusal_grounds") == [
        "本人または第三者の生命、身体、財産その他の権利利益を害するおそれがある場合", "その他法令に違反することとなる場合"]
    # the exceptions to publishing purposes: no request answered before them
    other = "当社は、個人情報を取得するにあたり、その利用目的を公表します。ただし、次の場合はこの限りではありません。\n"
    assert _facts(other + items, "refusal_grounds") == []


def test_a_request_sent_with_ones_papers_by_registered_mail_and_a_free_letter(tmp_path):
    data = saved(tmp_path, "(1)申請内容について\n申請メールの本文に下記の内容をご入力の上、ご申請下さい。\n"
                           "(2)代理人による請求について\n代理人である場合は、下記の必要書類等を同封の上、配達証明書留郵便でお申し出下さい。\n"
                           "・委任状(本人の認印の押印あるもの。様式に決まりはございません)。\n"
                           "・開示申込書(代理人の認印の押印あるもの。様式に決まりはございません)。\n"
                           "・住民票原本(本人)\n・運転免許証、パスポートのいずれかの写し1点(両名分)\n")
    assert {"email", "registered-mail", "mail-with-delivery-record"} <= set(data["channels"]["accepted"])
    assert "開示申込書" not in str(data.get("form"))  # no set format: the person's own letter
    own = _kinds_of(data["documents"]["self"])
    assert {"certificate-of-residence", "drivers-licence", "passport"} <= own
    assert "certificate-of-residence" not in _kinds_of(data["documents"].get("agent") or [])
    assert {"drivers-licence", "passport", "power-of-attorney"} <= _kinds_of(data["documents"]["agent"])


def _kinds_of(groups) -> set[str]:
    return {k["kind"] for g in groups for k in (g.get("one_of") or [g])}


def test_an_aside_on_who_may_ask_heads_no_list(tmp_path):
    data = saved(tmp_path, "請求を希望される場合には、下記の電話番号にお問い合わせ下さい。なお、ご本人からのご請求にのみ対応いたします。"
                           "(ただし、法定代理人はのぞきます。)\n2. ご提出頂くもの\n請求者がご本人であることを確認するため、運転免許証、"
                           "パスポート、住民票の写しのうち1通をあわせてご提出ください。\n3. ご回答方法\n確認ができない場合、ご回答を差し控え"
                           "させていただくこともございます。\n\n株式会社みなと商会\n連絡先 : 06-1234-5678\n")
    assert {"drivers-licence", "passport", "certificate-of-residence"} <= _kinds_of(data["documents"]["self"])
    assert "legal-representative" not in (data["documents"] or {}) or not data["documents"]["legal-representative"]
    assert data["inquiries"]["phone"] == "06-1234-5678"
    assert [g["ground"] for g in data["refusal_grounds"]] == ["確認ができない場合"]


@pytest.mark.parametrize("text", [
    "当社が保有する個人情報について、開示をご請求いただくことが出来ます。その際は下記問い合わせ先においてのみ、ご相談をお受けし、"
    "開示に必要な手続きについてご説明を致します。\n",
    "開示を希望する場合は、次のご相談窓口に電話よりご連絡下さい。\n電話 0995-00-0000\nなお、ご連絡を戴いた後、正確なご希望内容"
    "の把握のため、当社所定の書式や本人確認のための文書のご提出をお願いする場合がございます。\n",
    "当社は、開示等の請求に関するお問い合わせについて、すみやかに対応いたします。ご希望の方は「8.相談窓口」に定める窓口までご相談"
    "ください。\n",
])
def test_a_first_contact_asked_with_no_way_to_send(tmp_path, text):
    assert saved(tmp_path, text)["contact_first"]["quote"]


@pytest.mark.parametrize("words, name", [
    ("高橋株式会社は創業80年を超え", "高橋株式会社"),
    ("大同特殊鋼株式会社ならびにその子会社および関連会社", "大同特殊鋼株式会社"),
    ("パナソニック ネットソリューションズ株式会社 個人情報お問合せ総合窓口までご連絡くださ", "パナソニック ネットソリューションズ株式会社"),
    ("株式会社留学情報館の運営するEnglish", "株式会社留学情報館"),
    ("株式会社ほけんの窓口", "株式会社ほけんの窓口"), ("株式会社たびびと", "株式会社たびびと"),
])
def test_a_name_ends_where_its_sentence_goes_on(words, name):
    from assistant.importer.names_ja import japanese_name
    assert japanese_name(words) == name


def test_what_is_no_personal_data_is_no_ground():
    text = ("当社は、開示を求められたときは、速やかに対応いたします。\n前項の定めにかかわらず、履歴情報および特性情報などの"
            "個人情報以外の情報については、原則として開示いたしません。\n")
    assert _facts(text, "refusal_grounds") == []


def test_a_list_of_purposes_names_no_way_to_send_and_no_payment():
    text = ("第3条 個人情報を収集・利用する目的\n当社が個人情報を収集・利用する目的は,以下のとおりです。\n"
            "ユーザーに自分の登録情報の閲覧や修正,利用状況の閲覧を行っていただくために,氏名,住所,連絡先,支払方法などの登録情報を"
            "利用する目的\n"
            "ユーザーの本人確認を行うために,氏名,住所,電話番号,配達証明付き郵便の到達結果などの情報を利用する目的\n"
            "ユーザーに代金を請求するために,購入された商品名,請求金額,銀行口座番号やクレジットカード番号などの支払に関する情報などを"
            "利用する目的\n第5条 個人情報の開示\n当社は,本人から個人情報の開示を求められたときは,遅滞なくこれを開示します。なお,"
            "個人情報の開示に際しては,1件あたり1,000円の手数料を申し受けます。\n第9条 お問い合わせ窓口\nお電話番号:03 6200 0623\n")
    assert _facts(text, "channels.accepted") == []
    assert _facts(text, "fees.payment") == []
    assert _facts(text, "fees.amount_yen") == [1000]
    assert _facts(text, "inquiries.phone") == ["03-6200-0623"]


def test_a_request_on_the_companys_form_after_asking(tmp_path):
    data = saved(tmp_path, "開示請求は、下記の個人情報お問合せ窓口にお問合せの上、当社が保有するご自身の個人データの開示等を求める"
                           "場合には、当社所定の書面に必要事項をご記入の上、提出いただきます。電話やFAXでの請求は一切受け付けて"
                           "おりませんので、簡易書留郵便で請求をお願い致します。\n")
    assert data["contact_first"]["quote"]
    assert data["form"]["get_it"] == "inquiry"


def test_an_answer_method_the_policy_states_as_a_rule_is_said_as_one(tmp_path):
    from tests.test_import_sentences import checklist
    saved(tmp_path, "開示等のご請求は郵送でお願いします。開示の請求に対しては、原則として電磁的記録の提供により回答いたします。\n")
    text = checklist(tmp_path)
    assert "会社は原則として電磁的記録" in text
    assert "How the company answers, as a rule: " in checklist(tmp_path, language="en")


def test_a_purpose_notice_called_明示():
    text = ("開示等の求めの手数料\n利用目的明示請求又は開示請求1件ごとに300円\n(訂正請求及び利用停止等請求については、手数料を"
            "いただきません。)\n")
    assert _facts(text, "fees.kinds") == [("purpose", "disclosure")]


def test_a_written_proof_of_the_mandate_is_a_power_of_attorney(tmp_path):
    data = saved(tmp_path, "(2)代理人による申請の場合、代理を委任したことを証明する書面の提出を求め、本人の代理人であることを確認する。\n")
    assert "power-of-attorney" in _kinds_of(data["documents"]["agent"])


def test_the_company_is_the_one_the_text_names_as_its_own_never_a_complaint_body():
    text = ("応募フォーム\nお名前必須\n〒\n個人情報の取扱いについて\n株式会社みなとIT集客ソリューション(以下「当社」といいます。)は、"
            "個人情報を適切に取り扱います。\n開示等の請求は、当社所定の書面に記入のうえ、提出いただきます。\n"
            "◇認定個人情報保護団体の名称及び、苦情の解決の申出先◇\n一般社団法人日本情報システム・ユーザー協会\n"
            "〒103-0012 東京都中央区日本橋堀留町2-4-3\n")
    assert _facts(text, "name") == ["株式会社みなとIT集客ソリューション"]
    # no name of its own: the complaint body's block names none either (the import then asks for --name)
    assert _facts(text.replace("株式会社みなとIT集客ソリューション(以下「当社」といいます。)は、", "当社は、"), "name") == []


def test_a_fee_given_as_a_ceiling_is_to_check():
    from assistant.importer.extract import propose
    facts = [f for f in propose("開示等の請求\n開示請求にあたり、手数料は2,200円(税込)を上限に徴収致します。\n").facts
             if f.field == "fees.amount_yen"]
    assert [(f.value, f.sure) for f in facts] == [(2200, False)] and "upper limit" in facts[0].note


def test_a_residence_certificates_own_name_makes_no_card_a_copy(tmp_path):
    data = saved(tmp_path, "請求者がご本人であることを確認するため、所定の請求用紙に加え、運転免許証、パスポート、住民票の写しのうち"
                           "1通をあわせてご提出ください。\n")
    docs = [d for g in data["documents"]["self"] for d in (g.get("one_of") or [g])]
    assert {d["kind"] for d in docs} == {"drivers-licence", "passport", "certificate-of-residence"}
    assert all("copy" not in (d.get("conditions") or []) for d in docs)
    data = saved(tmp_path / "b", "本人確認のため、運転免許証、パスポートのいずれかの写しを同封してください。\n")
    assert all("copy" in d.get("conditions", []) for g in data["documents"]["self"] for d in (g.get("one_of") or [g]))


@pytest.mark.parametrize("text, day", [
    ("個人情報保護方針\n制定日: 2026年6月25日 / 最終改定日: 2026年7月17日\n開示等の請求は郵送でお願いします。\n", "2026-07-17"),
    ("個人情報保護方針\n開示等の請求は郵送でお願いします。\n2023年1月31日\n高橋株式会社\n代表取締役 高橋 太郎\n", "2023-01-31"),
    ("個人情報保護方針\n改定日:2023年13月1日\n開示等の請求は郵送でお願いします。\n", None),  # no such day: no date
])
def test_the_policys_date_with_its_label_first_or_over_its_signature(text, day):
    assert _facts(text, "policy.revised") == ([day] if day else [])
