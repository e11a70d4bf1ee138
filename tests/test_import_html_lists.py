"""A saved web page's list items read with the marks a browser draws (「・」 for a bulleted list,
「1.」 for a numbered one), as a copy of the page shows them: the rules read lists by their marks, and
an item with a mark of its own (「(1)…」) keeps only that."""
from __future__ import annotations

from assistant.importer.extract import propose
from assistant.importer.source import clean, read_policy


def test_list_items_get_the_marks_a_browser_draws(tmp_path):
    page = tmp_path / "policy.html"
    page.write_text("<h2>開示等の請求について</h2><p>次のいずれかに該当する場合は、開示いたしません。</p><ol>"
                    "<li>本人又は第三者の生命、身体、財産その他の権利利益を害するおそれがある場合</li>"
                    "<li>当社の業務の適正な実施に著しい支障を及ぼすおそれがある場合</li></ol>"
                    "<p>本人確認のため、次のいずれか1点の写しを同封してください。</p>"
                    "<ul><li><a href='#'>運転免許証</a></li><li>パスポート</li><li>(3) 個人番号カード(表面のみ)</li></ul>",
                    encoding="utf-8")
    text = clean(read_policy(page))
    assert "1. 本人又は第三者" in text and "2. 当社の業務" in text
    assert "・運転免許証" in text and "・パスポート" in text and "\n(3) 個人番号カード" in text
    grounds = propose(text).values("refusal_grounds")
    assert grounds == ["本人又は第三者の生命、身体、財産その他の権利利益を害するおそれがある場合",
                       "当社の業務の適正な実施に著しい支障を及ぼすおそれがある場合"]


def test_an_item_without_text_marks_nothing_after_it(tmp_path):
    page = tmp_path / "policy.html"
    page.write_text("<ul><li><img src='x.png'></li></ul><p>開示等の請求は郵送でお願いします。</p>", encoding="utf-8")
    assert clean(read_policy(page)) == "開示等の請求は郵送でお願いします。"
