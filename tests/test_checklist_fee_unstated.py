"""A fee the policy does not mention: the checklist says so beside the Act's rule on fees (Art. 38)
and never labels the policy's silence as general practice (a clerk's cold read took 「一般的な慣行：
…手数料がかかるかどうか…分からない」 for a practice); a kind the Act lets no fee be charged for is
not asked about."""
from __future__ import annotations

from tests.test_import_sentences import checklist, saved


def _fee_part(text: str, english: bool = False) -> str:
    start = text.index("3. PAY THE FEE" if english else "3. 手数料を支払う")
    return "".join(text[start:text.index("4. ", start)].split())


def test_an_unstated_fee_is_said_with_the_acts_rule_not_as_practice(tmp_path):
    saved(tmp_path, "開示等のご請求は郵送でお願いします。\n")
    part = _fee_part(checklist(tmp_path))
    assert "プライバシーポリシーからは、この請求に手数料がかかるかどうかと、その額が分からない。" in part
    assert "一般的な慣行：プライバシーポリシーからは" not in part
    assert "合理的な範囲でなければならない（個人情報保護法第38条）。送る前に会社に確認する。" in part
    english = _fee_part(checklist(tmp_path, language="en"), english=True)
    assert "howmuch.TheActletsacompany" in english and "(APPIArt.38).Askthecompany" in english
    assert ".." not in english  # (the policy's silence and the Act's rule each stopped once)


def test_a_kind_without_a_fee_in_law_is_not_asked_about(tmp_path):
    saved(tmp_path, "開示等のご請求は郵送でお願いします。\n")
    text = checklist(tmp_path, kind="correction")
    part = _fee_part(text)
    assert "この請求には手数料はかからないはずである" in part
    assert "手数料がかかるかどうか" not in part and "手数料の有無" not in text
