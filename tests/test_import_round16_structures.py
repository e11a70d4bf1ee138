"""Structures the third blind set (real14_blind/, scored once, then worked on in the sixteenth
round) used where the rules read them wrongly or poorly (issue 21), each in our own words with a
real-looking example and the page it came from. The structure decides, not the page's words.
Each test fails on the rules before this round (its second half, where there is one, is a guard)."""
from __future__ import annotations

from tests.test_import_round6_structures import _facts


def test_two_id_items_of_one_list_of_everything_to_send_are_two_documents():
    # real14_blind/kyodo_igaku: a lead asking for all the items below (「書類4点を揃えて」), a
    # heading, then numbered items of which two are each an identity document (one a certificate,
    # one a licence copy "etc."): both go, never one of a list
    text = ("請求者ご本人の場合は、次の書類3点をそろえて、お客様窓口まで書留でお送りください。\n"
            "お送りいただくもの\n"
            "① 所定の開示請求書\n"
            "② 本人確認書類:住民票の写し(発行から3か月以内)\n"
            "③ 本人確認書類:運転免許証の写しなど\n"
            "\n手数料は無料です。\n")
    assert _facts(text)["documents.self_count"] == {2}
    # guard: a list of the kinds, one of which is asked for, states no count
    kinds = ("次の書類のいずれかの写しを同封してください。\n"
             "① 所定の開示請求書\n"
             "② 住民票の写し\n"
             "③ 運転免許証\n")
    assert "documents.self_count" not in _facts(kinds)
    # guard: the ID items for the agent, not the person, are no count of the person's documents
    agents = ("代理人の場合は、次の書類をそろえてお送りください。\n"
              "① 委任状\n"
              "② 代理人の本人確認書類\n"
              "③ 代理人の運転免許証の写し\n")
    assert "documents.self_count" not in _facts(agents)
