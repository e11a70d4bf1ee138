"""Structures met this stop (issue 21), in our own words, each failing on the rules before: a desk
whose name opens with the service it takes in quotes (「株式会社みなと商会「会員情報開示申請」郵送受付
窓口」) keeps the quoted words, not only 「郵送受付窓口」; a 住民票 asked only when the person wants the
decision posted (「決定通知の郵送を希望される場合は…住民票の写しが必要です」) is a fact to check, never
an identity document everyone sends; a page a browser copied with an empty line after every line
reads as the page does (a list's lead, the sentence after it and its unmarked grounds)."""
from __future__ import annotations

from tests.test_import_sentences import saved


def test_a_desk_named_after_its_quoted_service_keeps_the_quote(tmp_path):
    data = saved(tmp_path, "申請書に本人確認書類を同封し、下記送付先までご郵送ください。\n<送付先>\n〒170-0013\n"
                           "東京都豊島区東池袋3-16-3 みなとビル9F\n「株式会社みなと商会「会員情報開示申請」郵送受付窓口」\n")
    assert data["send_to"]["department"] == "「会員情報開示申請」郵送受付窓口"


def test_a_certificate_of_residence_for_the_answers_post_is_to_check(tmp_path):
    data = saved(tmp_path, "◆本人確認書類\n健康保険被保険者証、運転免許証、マイナンバーカードなど本人確認書類をお持ちください。"
                           "決定通知の郵送を希望される場合は送付先住所の確認のため住民票の写しが必要です。\n")
    person = str(data["documents"]["self"])
    assert "drivers-licence" in person and "certificate-of-residence" not in person
    assert any("住民票" in str(n) for n in data.get("notes", []))


def test_a_page_copied_with_an_empty_line_after_every_line_reads_as_the_page(tmp_path):
    # a browser's copy: each paragraph and list item a block of its own; the grounds, unmarked
    # under their lead, are read as on the page
    page = ("3. 開示等の請求への対応\n次に定める場合は、開示等の対応を致しかねますので、予めご了承願います。\n"
            "開示等をしないことを決定した場合は、その旨理由を付して通知申し上げます。\nご本人の確認ができない場合\n代理人によるご依頼に際して、代理権が確認できない場合\n"
            "所定の依頼書類に不備があった場合\n当社の業務の適正な実施に著しい支障を及ぼすおそれがある場合\n"
            "他の法令に違反することとなる場合\n4. 安全管理措置\n当社は安全管理措置を講じます。\n")
    kept = saved(tmp_path / "kept", page)
    spaced = saved(tmp_path / "spaced", page.replace("\n", "\n\n"))
    assert len(kept["refusal_grounds"]) == 5 and spaced["refusal_grounds"] == kept["refusal_grounds"]


def test_empty_lines_that_part_blocks_are_kept():
    from assistant.importer.source import clean
    # only some lines followed by an empty one: the empty lines part the page's blocks
    assert clean("見出し\n本文1\n本文2\n\n見出し2\n本文3\n本文4\n\n見出し3\n本文5") == \
        "見出し\n本文1\n本文2\n\n見出し2\n本文3\n本文4\n\n見出し3\n本文5"
    assert clean("a\n\nb\n\nc\n\n\n\nd\n\ne\n\nf\n\ng") == "a\nb\nc\n\nd\ne\nf\ng"


def test_a_saved_web_pages_table_and_paragraphs_read_as_its_copy(tmp_path):
    # a page's HTML: every paragraph a block (empty lines around each), a table's cells apart
    from assistant.importer.source import clean, read_policy
    page = tmp_path / "policy.html"
    rows = [("手数料", "1,000円(定額小為替)"), ("回答方法", "書面により郵送")]
    grounds = ["ご本人の確認ができない場合", "代理権が確認できない場合", "所定の請求書類に不備があった場合",
               "他の法令に違反することとなる場合"]
    page.write_text("<html><body><h2>開示等の請求手続き</h2>\n<p>次に定める場合は、開示等に応じかねます。</p>\n"
                    "<p>開示等をしない場合は、その旨理由を付して通知します。</p>\n"
                    + "\n".join(f"<p>{g}</p>" for g in grounds) + "\n<table>"
                    + "".join(f"<tr><th>{a}</th><td>{b}</td></tr>" for a, b in rows) + "</table></body></html>",
                    encoding="utf-8")
    text = clean(read_policy(page))
    assert "手数料 | 1,000円(定額小為替) |" in text and "\n\n" not in text.split("次に定める")[1].split("手数料")[0].strip()


def test_a_page_with_empty_lines_of_its_own_copied_spaced_keeps_them():
    from assistant.importer.source import clean
    # most lines already part blocks; the copy's extra empty line after every line is what goes
    page = "見出し\n\n本文1\n\n本文2\n本文3\n\n見出し2\n\n本文4\n本文5\n\n見出し3\n\n本文6\n本文7"
    assert clean(page.replace("\n", "\n\n")) == clean(page)


def test_empty_table_cells_add_nothing(tmp_path):
    # a page's layout table of many empty cells: no run of separators ahead of the text
    from assistant.importer.source import clean, read_policy
    page = tmp_path / "cells.html"
    page.write_text("<table><tr>" + "<td></td><td> </td>" * 50_000 + "<td>手数料</td><td>1,000円</td></tr></table>"
                    "<p>開示等の請求は郵送でお願いします。</p>", encoding="utf-8")
    assert clean(read_policy(page)).split("\n")[0] == "手数料 | 1,000円 |"
