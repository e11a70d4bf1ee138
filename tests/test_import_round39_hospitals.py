"""Structures of real47_blind and real48_blind's pages (private hospitals' pages on disclosing
medical records, a housing corporation, a travel agency, a members' site's FAQ), in our own words,
each failing on the rules before: a page headed 「カルテ開示」 starts its procedure there (the visit
and the post in its first lines); 「郵送での申し込みも受け付けておりますので、お問い合わせください」 is
the post, not a question; a table's row label 「本人」 alone heads the person's documents; 「患者本人・
…申請書 / ・患者本人の身分証明書 ※1」 cites a footnote for the patient; a page that states no fee says
no way to pay one (「会費のお支払いはクレジットカードのみ」, 「クレジットカード利用料を支払う銀行口座」)."""
from __future__ import annotations

from tests.test_import_sentences import saved


def test_a_page_headed_karte_kaiji_starts_there(tmp_path):
    data = saved(tmp_path, "Tel.011-531-7013\nカルテ開示\n当院では、ご申請いただいた方に対し、診療記録等の開示を行っております。\n"
                           "あらかじめ必要書類をご準備の上、外来窓口にご持参ください。\n"
                           "なお、来院が難しい場合は郵送での申し込みも受け付けておりますので、お問い合わせください。\n"
                           "患者様ご本人\n• 診療記録等開示申請書\n• 身分証明書\n親権者\n• 診療記録等開示申請書\n"
                           "• 開示請求書送付用封筒(注)\n")
    assert set(data["channels"]["accepted"]) == {"in-person", "post"}
    assert data["form"]["name"] == "診療記録等開示申請書"


def test_a_row_label_alone_heads_the_persons_documents(tmp_path):
    data = saved(tmp_path, "カルテの開示申請について\n当院では、カルテの開示申請は、来院で受け付けております。\n開示申請可能な方\n"
                           "  1. 患者様ご本人\n  2. 親族\n  3. 任意後見人\n申請に必要な書類\n申請者 必要書類\n本人\n"
                           "満15歳以上 顔写真付き身分証明書いずれか1点\n・マイナンバーカード\n・運転免許証\n・パスポート 等\n代理人\n"
                           "・本人の顔写真付き身分証明書\n・委任状\n")
    assert {"my-number-card", "drivers-licence", "passport"} <= {k["kind"] for g in data["documents"]["self"] for k in g["one_of"]}


def test_a_footnote_cited_in_the_patients_row(tmp_path):
    data = saved(tmp_path, "カルテ開示について\n開示の申請にあたって必要な確認書類等\n患者本人・診療録等の開示申請書\n"
                           "・患者本人の身分証明書 ※1\n法定代理人、法律事務所等・診療録等の開示申請書\n・申請者人の身分証明書 ※1\n"
                           "・法定代理人であることを証明する書類 ※3\n※1 身分証明書とは、運転免許証、マイナンバーカード、パスポート等です。\n")
    assert {"drivers-licence", "my-number-card"} <= {k["kind"] for g in data["documents"]["self"] for k in g["one_of"]}


def test_no_fee_on_the_page_no_way_to_pay_it(tmp_path):
    data = saved(tmp_path, "会員本人の申請を除く一切の開示請求に応じることはありません。\n"
                           "なお、会費のお支払いはクレジットカードのみ対応しております。\n"
                           "(通常はクレジットカード利用料を支払う銀行口座が凍結されて、弊社への支払いも停止されます。)\n")
    assert "credit" not in str(data.get("fees"))


def test_several_ids_are_a_count_and_a_deletion_page_is_imported(tmp_path):
    data = saved(tmp_path, "診療情報開示の手続き\n本人確認のため、原則として、身分証明書(運転免許証、健康保険証、旅券、住民票等)を"
                           "複数用意してください。\n")
    assert data["documents"]["self"][0].get("count") == 2
    data = saved(tmp_path / "2", "  • 10. 個人情報の削除\n    1) お客様は、当社に対し、当社が保有するお客様の個人データの削除を請求する"
                                 "ことができます。\n    2) 以下の場合には、削除請求に応じられないことがあります。\n"
                                 "       a) 法令により保存が義務付けられている場合\n", head="プライバシーポリシー\n株式会社みなと商会\n")
    assert list(data["request_kinds"]) == ["correction"]


def test_items_whose_case_goes_on_below_under_a_category_line(tmp_path):
    # real49_blind's structure: the lead, an unmarked title naming the category, each item's clause
    # going on on the line below (「…ことによって / …おそれのあるもの」, 「…おそれ / 又は…もの」)
    data = saved(tmp_path, "なお、以下に該当する個人情報は、開示等の対象としておりませんのでご注意下さい。\n\n"
                           "「開示対象個人情報」に該当しないもの\n  1. 当該個人情報の存否が明らかになることによって\n"
                           "    本人又は第三者の生命身体又は財産に危害が及ぶおそれがあるもの\n"
                           "  2. 当該個人情報の存否が明らかになることによって\n    国の安全が害されるおそれ\n"
                           "    又は他国との交渉上不利益を被るおそれのあるもの\n開示等の対象範囲\n")
    assert [g["ground"] for g in data["refusal_grounds"]] == [
        "当該個人情報の存否が明らかになることによって本人又は第三者の生命身体又は財産に危害が及ぶおそれがあるもの",
        "当該個人情報の存否が明らかになることによって国の安全が害されるおそれ又は他国との交渉上不利益を被るおそれのあるもの"]


def test_the_companys_own_mail_the_counter_at_hand_and_a_footnote_in_the_procedure(tmp_path):
    # real50_blind / real51_blind: the company may e-mail you (no way to send a request);
    # 「当該窓口」 (the counter at hand) names no desk; 「本人確認書類の写し(※2)」 in the procedure's own
    # sentence cites the person's documents
    data = saved(tmp_path, "開示請求等は下記の窓口までお申し出ください。\n当社の管理者がコンタクトを取る必要があると感じたときに"
                           "メール送信をさせていただくことがあります。\n通常の手続によることで問題がない場合は、当該窓口にお申し出"
                           "ください。\n当社所定の「請求書」(※1)に本人確認書類の写し(※2)を同封の上、書留にてお申し込みください。\n"
                           "※1個人情報開示等請求書\n※2運転免許証、健康保険の被保険者証、旅券の写し。\n")
    assert "email" not in str(data["channels"])
    assert data["send_to"] == "unknown" or "当該" not in str(data["send_to"])
    assert {"drivers-licence", "passport"} <= {k["kind"] for g in data["documents"]["self"] for k in g["one_of"]}


def test_one_from_list_a_or_two_from_b_to_c_is_never_one_of_all(tmp_path):
    # real47_blind/jin_aikai_urasoe: 「Aより1つ。ない場合はB~Cのうち2つ。」 over lettered lists; the
    # documents without a photo are never "one of" beside the photo IDs
    data = saved(tmp_path, "請求(申請)時に必要なもの\n・患者本人:Aより1つ。ない場合はB~Cのうち2つ。\n"
                           "A) 1.運転免許証 2.パスポート 3.マイナンバーカード\nB) 5.戸籍謄本 6.住民票(続柄有のもの)\n"
                           "C) 8.印鑑証明書 9.健康保険証 10.年金手帳\n")
    one_of = [k["kind"] for g in data["documents"]["self"] if not g.get("count") for k in g["one_of"]]
    assert "drivers-licence" in one_of and "health-insurance-card" not in one_of
