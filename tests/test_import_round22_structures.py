"""Structures of the eleventh blind set (real22_blind: cosmo_consulting, and tokai_hd and kcn beside
it), in our own words, each failing on the rules before (the bill and the person's contact are
guards): a list the company only may ask for is to check; the company's sending of its form
(「…申請書」…を送付します) but not of a bill (「見積書と請求書を送付します」); 「書面等で回答させて頂き
ます」, 「メールで、遅滞なくお答えします」; 「郵送等にてご連絡をいただく」 the person's contact, no answer."""
from __future__ import annotations

from tests.test_import_sentences import saved

HEAD = "個人情報の開示等の請求について\n"


def _kinds(data: dict) -> set[str]:
    documents = data["documents"]
    if not isinstance(documents, dict):
        return set()
    return {d["kind"] for groups in documents.values() if isinstance(groups, list)
            for g in groups for d in g.get("one_of", [])}


def _methods(data: dict) -> set[str]:
    methods = data["response"]["methods"]
    return set() if methods == "unknown" else {m for group in methods for m in group["offered"]}


def test_a_list_the_company_may_ask_for_is_no_settled_document(tmp_path):
    data = saved(tmp_path, HEAD + "開示等のご請求の際に、ご請求された方がご本人であることを確認するための\n"
                                  "下記の書類をご提出して頂く場合があります。\n"
                                  "ご本人の場合、次のいずれか1点の添付をお願いいたします。\n"
                                  "運転免許証、パスポートなどの写し\n健康保険証、住民票（3ヶ月以内）の写し\n"
                                  "3. 開示等をしない場合の取扱い\n")
    assert not _kinds(data)


def test_the_company_sends_its_form_but_not_a_bill(tmp_path):
    (tmp_path / "form").mkdir(), (tmp_path / "bill").mkdir()
    data = saved(tmp_path / "form", HEAD + "開示等へのご請求につきましては、下記窓口までご連絡ください。\n"
                                  "「開示等に関する請求書」（以下、「開示等申請書」という）を送付します。\n"
                                  "「開示等申請書」に記入しご返送下さい。\n")
    assert data["form"]["get_it"] == "mailed-by-company"
    bill = saved(tmp_path / "bill", HEAD + "開示等の請求は、所定の開示請求書をダウンロードし、郵送してください。\n"
                                    "開示することになった場合は、開示に必要な費用の見積書と請求書を送付します。\n")
    assert bill["form"]["get_it"] == "download"


def test_an_answer_in_writing_said_politely(tmp_path):
    (tmp_path / "a").mkdir(), (tmp_path / "b").mkdir()
    data = saved(tmp_path / "a", HEAD + "開示等の請求は郵送でお送りください。\n"
                                        "開示等のご請求に対しては、当社から電話、又は、書面等で回答させて頂きます。\n")
    assert "in-writing" in _methods(data)
    data = saved(tmp_path / "b", HEAD + "ご請求の方法：メールでお送りください。\n回答の方法：原則としてメールで、遅滞なくお答えします。\n")
    assert "email" in _methods(data)


def test_the_persons_contact_by_post_is_no_answer(tmp_path):
    data = saved(tmp_path, HEAD + "事前に電話・メール・郵送等にてご連絡をいただくことで、開示請求書をお届けの住所に送付致します。\n"
                                  "開示請求書に記入の上、郵送してください。\n")
    assert "in-writing" not in _methods(data)
