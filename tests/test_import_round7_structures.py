"""Structures the seventh round's pages (and the sixth round's unseen ones) used where the rules
read them poorly (issue 21), each in a real-looking example of our own words, with the page of the
corpus it came from named. The rules are general: the structure decides, not the page's words."""
from __future__ import annotations

from tests.test_import_round6_structures import _facts


def test_a_documents_number_is_no_document_to_send():
    # real6_unseen/nikkyohan: a definition of personal information that names 「旅券番号、運転免許証
    # 番号、…健康保険の被保険者証の記号、番号」 asks for no passport, licence or insurance card
    facts = _facts("「個人情報」とは、氏名、生年月日のほか、旅券番号、運転免許証番号、健康保険の"
                   "被保険者証の記号、番号等、発行を受ける者ごとに異なる符号を含むものをいいます。\n")
    assert "documents.self" not in facts
    # the documents themselves, in a list, are still the person's
    facts = _facts("開示の請求には、次のいずれかの写しを同封してください。\n・運転免許証\n・パスポート\n"
                   "・健康保険の被保険者証\n")
    assert facts["documents.self"] == {"drivers-licence", "passport", "health-insurance-card"}
