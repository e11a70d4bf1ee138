"""Document structures the second blind set's pages (real13_blind/, scored once, then worked on in the
fifteenth round) used where the rules read them poorly or wrongly (issue 21), each in our own words
with a real-looking example and the page it came from. The structure decides, not the page's words:
each rule was checked against every page of the corpus with the same structure. Each test fails on
the rules before this round (its second half, where there is one, is a guard)."""
from __future__ import annotations

from pathlib import Path

from tests.test_import_round6_structures import _facts
from tests.test_import_sentences import saved


def _count_to_check(data: dict) -> bool:
    return any("Check this" in n["text"] and "self_count" in n["text"] for n in data["notes"])


def test_one_document_from_each_of_two_lists_is_two_never_one_of(tmp_path: Path):
    # real13_blind/kddibt_en: "Any one of the documents in (i) and any one of the documents in (ii)",
    # the two lists' items cut from the page: a count to check, never dropped nor "one of"
    body = ("Identity verification documents (B)\n"
            "One of the documents in list 1 and one of the documents in list 2\n"
            "List 1: documents showing your name and address as written on the request form.\n")
    data = saved(Path(tmp_path), body, head="Privacy Policy\nMinato Trading Co., Ltd.\n\nRequests for disclosure\n")
    assert _count_to_check(data)
    # the same in Japanese, with its lists: two documents, one from each
    facts = _facts("本人確認書類として、下記Aのうち1点と、下記Bのうち1点をお送りください。\n"
                   "A 運転免許証、パスポート\nB 住民票の写し、健康保険証\n")
    assert facts["documents.self_count"] == {2}
    # "any one of the following" alone stays one of them
    assert "documents.self_count" not in _facts(
        "Identity verification documents\nAny one of the following documents:\n- driver's license\n- passport\n")


def test_an_id_item_beside_a_named_document_is_two_documents(tmp_path: Path):
    # real13_blind/apollolink (and real3_unseen/hunes, the same template): 「下記の書類を添付して…
    # ア.印鑑証明書(…3か月以内…) イ.ご本人確認書類の写し(4.「…」に定めるもの)」: both, not one of
    body = ("3.請求の手続き\n"
            "請求者は、当社所定の請求書に記入の上、実印を押印し、下記の書類を添付してお送りください。\n"
            "ア.印鑑登録証明書(発行日から3か月以内のもの)\n"
            "イ.ご本人確認書類の写し(5.「本人確認の方法」に定めるもの)\n")
    data = saved(Path(tmp_path), body)
    assert data["documents"]["self"][0]["one_of"][0]["kind"] == "seal-registration-certificate"
    assert _count_to_check(data)
    # beside a form and a return envelope only, the ID item counts nothing
    assert "documents.self_count" not in _facts(
        "請求者は、下記の書類を添付してお送りください。\nア.返信用封筒\nイ.ご本人確認書類の写し(5.に定めるもの)\n")


def test_a_numbered_procedure_heading_ends_the_list_of_who_may_ask():
    # real13_blind/apollolink: 「2.開示等申込者 … 3. 任意代理人 弁護士等(本人から委任された場合) …
    # 3.開示申込手続き … ア.印鑑証明書」: the seal certificate is the person's, not a relation's proof
    body = ("2.請求できる方\n1. ご本人\n2. 法定代理人\n3. 任意代理人\n弁護士等(本人から委任された場合)\n"
            "3.請求の手続き\n請求者は、下記の書類を添付してお送りください。\n"
            "ア.印鑑登録証明書(発行日から3か月以内のもの)\n")
    facts = _facts(body)
    assert facts["documents.self"] == {"seal-registration-certificate"}
    assert "documents.agent" not in facts
