"""A text whose lines a page's width cut (a PDF's text) is read as the page's sentences: the import
of the cut copy proposes what the whole lines do; a page whose lines are its paragraphs and short
list items is left as it is."""
from __future__ import annotations

from assistant.importer.extract import propose
from assistant.importer.source import clean
from assistant.importer.unwrap import unwrapped, width

PAGE = """保有個人データの開示等の請求について
当社は、ご本人から保有個人データの利用目的の通知、開示、内容の訂正、追加又は削除、利用の停止、消去及び第三者への提供の停止の請求があった場合は、次の手続により対応いたします。
1. 請求の方法
当社所定の「個人情報開示等請求書」に必要事項をご記入のうえ、本人確認書類の写しを同封し、下記の窓口まで簡易書留郵便にてお送りください。電話、FAX、電子メール及びご来社による請求はお受けいたしかねます。
2. 本人確認書類
運転免許証、パスポート、個人番号カード(表面のみ)のいずれか1点の写しをお送りください。本籍地の記載がある場合は、その部分を黒く塗りつぶしてください。
3. 手数料
利用目的の通知及び開示の請求については、1回の請求につき1,000円の定額小為替を同封してください。
4. 回答の方法
請求書を受領した日から2週間以内に、ご本人の住所宛に書面にて回答いたします。
5. 窓口
〒105-0001 東京都港区虎ノ門一丁目1番1号
株式会社みなと商会 個人情報お問合せ窓口
"""


def _cut(text: str, size: int) -> str:
    return "\n".join(piece for line in text.split("\n")
                     for piece in ([line[i:i + size] for i in range(0, len(line), size)] or [""]))


def _facts(text: str) -> set:
    return {(f.field, repr(f.value)) for f in propose(clean(text)).facts}


def test_a_page_cut_at_its_width_reads_as_the_whole_page():
    whole = _facts(PAGE)
    assert ("channels.refused", "'telephone'") in whole and ("fees.amount_yen", "1000") in whole
    for size in (35, 38, 42):
        cut = _cut(PAGE, size)
        assert width([" ".join(x.split()) for x in cut.split("\n")]) is not None
        assert _facts(cut) == whole, size


def test_a_web_page_with_short_lines_is_left_as_it_is():
    lines = ["個人情報保護方針", "1. 請求の方法", "所定の請求書をお送りください。"] + \
            [f"・本人または第三者の権利利益を害するおそれがある場合{i}" for i in range(8)]
    assert width(lines) is None and unwrapped(lines) == lines


def test_a_list_mark_a_postal_code_or_a_label_opens_a_line_of_its_own():
    full = "あ" * 38
    lines = [full, full, full, full, full, full, full + "次の", "・運転免許証", full, "〒105-0001 東京都港区", full, "TEL:03-1234-5678"]
    out = unwrapped(lines)
    assert "・運転免許証" in out and "〒105-0001 東京都港区" in out and "TEL:03-1234-5678" in out
    assert out[0].endswith("次の")


def test_a_number_or_a_japanese_word_cut_inside_joins_without_a_space_english_words_with_one():
    full = "手数料として1件につき" + "あ" * 27
    lines = [full] * 6 + [full[:-1] + "1", ",000円を申し受けます。", full[:-3] + "the", "Personal Information Desk"]
    out = unwrapped(lines)
    assert any("1,000円を申し受けます。" in x for x in out)
    assert any("the Personal Information Desk" in x for x in out)
