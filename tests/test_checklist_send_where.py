"""A request the policy says is made by e-mail, phone or web form names where: the desk's address,
number or form, as the record gives them (a clerk's cold read: 「送付方法：メール、電話」 named none)."""
from __future__ import annotations

from tests.test_import_sentences import checklist, saved


def test_an_e_mail_request_names_its_address(tmp_path):
    saved(tmp_path, "6.4 請求方法\n上記請求は、本人確認を行った上で、以下の窓口にて承ります。\n・メール：support@example.jp\n"
                    "・電話：03-0000-0002\n")
    text = "".join(checklist(tmp_path).split())
    assert "送付方法：メール、電話。" in text
    assert "請求先：メール：support@example.jp、電話：03-0000-0002。" in text
    saved(tmp_path / "b", "開示等のご請求は郵送でお願いします。\nお問い合わせ：privacy@example.jp\n")
    assert "請求先：" not in checklist(tmp_path / "b")  # by post: the envelope says where
