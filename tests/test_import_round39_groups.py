"""Structures of real41_blind and real42_blind's pages (a corporate group's subsidiaries: two
English pages of an electronics group, a highway engineering firm, a certificate authority, a
marina, a network-solutions firm, an IT services firm; website repositories: an education group, a
start-up, a care-software firm), in our own words, each failing on the rules before: "(Fee applies)"
for disclosure and "(No fee applies)" for "correction … or cessation of disclosing to third parties"
is a fee for disclosure, never "no fee"; "simplified registered mail"; "post the documents to";
「(ア)記載の書類いずれか1点の写しと(イ)の書類いずれか1点」 over two marked lists is one of each, never one
of them all; a group title 「…として定める以下の場合」 is no ground; 「電話、Fax、E-mail、面会、当社への訪問
等…以外による請求は受け付けておりません」 refuses each; a fee under 「[開示等請求の場合]」 where 「開示等
請求」 was defined as three kinds is for those kinds; 「個人情報の開示等に関する請求書」; 「本籍地の項目…
消去いただきますよう」."""
from __future__ import annotations

from tests.test_import_sentences import saved

HEAD_EN = "Privacy Policy\nSample Works Co., Ltd.\n"


def test_a_fee_that_applies_to_disclosure_only_is_no_nil_fee(tmp_path):
    data = saved(tmp_path, "Procedures concerning Requests for Disclosure etc.\nThis document describes the procedures "
                 "for (1) Request for disclosure; (2) Request for correction.\n"
                 "Please post Requests for Disclosure to the address shown below. Please use delivery-certified mail, "
                 "simplified registered mail, or another method enabling confirmation of delivery.\n"
                 "1. For requests for disclosure of personal data or notification of intended use (Fee applies)\n"
                 "2. For requests for correction, addition, deletion, cessation of use, or cessation of disclosing to "
                 "third parties (No fee applies)\n", head=HEAD_EN)
    fee = data["fees"][0]
    assert fee["kinds"] == ["purpose", "disclosure"] and fee.get("amount_yen") != 0
    assert set(data["channels"]["accepted"]) == {"certified-mail", "simple-registered-mail"}


def test_post_the_documents_to_the_address(tmp_path):
    data = saved(tmp_path, "Procedures for Requests for Disclosure\nWhen making Requests for Disclosure, complete the "
                 "request form (1), enclose the identity confirmation document (2), and post the documents to the "
                 "postal address indicated in 2. below.\n", head=HEAD_EN)
    assert data["channels"]["accepted"] == ["post"]


def test_one_document_from_each_of_two_marked_lists(tmp_path):
    data = saved(tmp_path, "開示等の求めは、郵送により行って下さい。\n郵送にて請求をされる場合\n下記(ア)記載の書類いずれか1点の写しと"
                           "(イ)の書類いずれか1点を請求書とともに同封して下さい。\n(ア)\n• 運転免許証\n• 外国旅券\n"
                           "• 健康保険の被保険者証\n(イ)\n• 住民票の写し(30日以内に作成されたもの)\n")
    groups = [[k["kind"] for k in g["one_of"]] for g in data["documents"]["self"]]
    assert sorted(groups) == [["certificate-of-residence"], ["drivers-licence", "passport", "health-insurance-card"]]


def test_a_group_title_pointing_below_is_no_ground(tmp_path):
    data = saved(tmp_path, "なお、以下に該当する個人情報は開示の対象とはしておりませんのでご注意ください。\n"
                           "1. 「保有個人データ」に該当しないもの\n 1. 当社が業務受託しているに過ぎないもの\n"
                           "2. 保護法の定めにより開示等の対象としないものとして定める以下の場合\n"
                           " 1. 開示等を行なうことにより、本人または第三者の権利利益を害する恐れがある場合\n")
    assert [g["ground"] for g in data["refusal_grounds"]] == ["当社が業務受託しているに過ぎないもの",
                                                              "開示等を行なうことにより、本人または第三者の権利利益を害する恐れがある場合"]


def test_every_way_before_other_than_the_methods_below_is_refused(tmp_path):
    data = saved(tmp_path, "3.開示等のご請求につきましては、以下のとおり行います。なお、電話、Fax、E-mail、面会、当社への訪問等、"
                           "以下の方法以外による請求は受け付けておりませんので、予めご了承下さい。\n")
    # (no way accepted in the text: the record keeps the refused ones in a note)
    refused = next(n["text"] for n in data["notes"] if n["text"].startswith("The policy refuses requests by:"))
    assert all(way in refused for way in ("telephone", "fax", "email", "in-person"))


def test_a_fee_under_a_defined_words_heading_is_for_its_kinds(tmp_path):
    data = saved(tmp_path, "弊社は、ご本人の保有個人データに関する「利用目的の通知」、「開示」及び「第三者提供記録の開示」に関する各ご請求"
                           "(以下「開示等請求」といいます。)並びに「訂正・追加・削除」、「利用停止・消去」及び「第三者提供の停止」に"
                           "関する各ご請求(以下「訂正等請求」といいます。)に対応いたします。\n手数料\n[開示等請求の場合]\n"
                           "手数料としてご請求1件につき800円分の定額小為替証書が必要となります。\n[訂正等請求の場合]\n手数料は無料です。\n")
    assert data["fees"][0]["kinds"] == ["purpose", "disclosure", "third-party-records"]


def test_a_form_about_disclosure_and_the_domicile_erased(tmp_path):
    data = saved(tmp_path, "開示等の請求に際しましては、下記必要書類を個人情報の開示等に関する請求書に添付して、簡易書留郵便にて"
                           "ご送付ください。\n・運転免許証\n※本籍地の項目については、不必要ですので、油性ペンなどで消去いただきますよう"
                           "お願いいたします。\n")
    assert data["form"]["name"] == "個人情報の開示等に関する請求書"
    assert "mask-honseki" in str(data["documents"]["self"])
