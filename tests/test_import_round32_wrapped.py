"""A PDF's lines, cut at the page's width, in our own words (shapes of real3/mitsui_chintai,
real5/a_gent and real7/relo as a PDF would give them), each failing on the rules before: the refusal
of a sentence a break cut stands further into the next line than the few characters after the break
(「…上記以外の方法によるお申し込みは、ご本人である / ことの確認が困難なため、受け付けておりません。」);
the next line opens with a way written in Latin letters (「直接のご来社・電子メール・ / FAXなどでの
ご請求等は受け付けておりません。」); a sentence over three lines whose first step (a phone call) stands
on the first and its request's way on the last. Read line by line, each named the refused ways or the
first step's way as accepted. Guards: what the company sends (「当社が送付するダイレクトメール…」) is
no way, and 「なお、…」 opens a sentence of its own below an item. A refusal ground cut inside a word,
after a comma, or a marked item run onto a line without a mark, is one ground; a first contact a
break cut is read whole."""
from __future__ import annotations

from tests.test_import_sentences import saved


def test_a_refusal_further_into_the_next_line(tmp_path):
    data = saved(tmp_path, "開示等のお申し込み方法\nお申し込みの方法は、当社の窓口にお持ちいただく方法と、郵送の2種類があります。\n"
                           "なお、電話、ファクス、電子メール等の上記以外の方法によるお申し込みは、ご本人であ\n"
                           "ることの確認が難しいため、いずれもお受けしておりません。\n")
    channels = data["channels"]
    assert set(channels["accepted"]) == {"in-person", "post"}
    assert set(channels["refused"]) == {"telephone", "fax", "email"}


def test_a_next_line_opening_with_a_way_in_latin_letters(tmp_path):
    data = saved(tmp_path, "請求の方法\n請求書類は郵便または宅配便にてお送りください。直接のご来社・電子メール・\n"
                           "FAXによるご請求はお受けできません。\n")
    channels = data["channels"]
    assert channels["accepted"] == ["post"]
    assert set(channels["refused"]) == {"in-person", "email", "fax"}


def test_a_first_step_by_phone_over_three_lines(tmp_path):
    # the phone call is the first step, the registered letter the request: the lines read as one sentence
    data = saved(tmp_path, "開示等の請求方法\n所定の請求書は、まずお電話によりご請求いただいた後に、事務局から郵送\n"
                           "する「請求書」に必要事項をすべてご記入のうえ、本人確認書類を同封し、簡易書留にてご\n"
                           "返送ください。\n")
    assert data["channels"]["accepted"] == ["simple-registered-mail"]


def test_what_the_company_sends_is_no_way_to_send(tmp_path):
    # a guard: read over its two lines, the company's own sending names no way to send
    data = saved(tmp_path, "開示等の請求方法\n所定の請求書に記入のうえ、下記の窓口あてにご郵送ください。\n"
                           "※あらかじめご本人の同意を得て当社が送付するダイレクトメールや電子メールによるご案\n"
                           "内の停止については、当該ご案内に記載の方法でお申し出いただければ、書類は不要です。\n")
    assert data["channels"]["accepted"] == ["post"]


def test_a_list_item_and_a_sentence_opening_below_it_stay_apart(tmp_path):
    # 「なお、…」 opens a sentence of its own: the item above is not cut from it (a guard)
    data = saved(tmp_path, "開示等の請求方法\n所定の請求書を郵送してください。\n次の場合は開示いたしかねます。\n"
                           "・当社の業務の適正な実施に著しい支障を及ぼすおそれがある場合\n"
                           "なお、電話やメールによる請求は受け付けておりません。\n")
    assert set(data["channels"]["refused"]) == {"telephone", "email"}


def test_a_web_line_left_without_its_full_stop_is_whole(tmp_path):
    # real32_blind/kobe_np_kenpo: a line that ends as a sentence does (「…で行います」) is not cut; and
    # 「決定通知の郵送を希望される場合は」 is the answer's mail, no way to send
    data = saved(tmp_path, "◆必要書類\n保有個人データ開示請求書\n◆開示、申し立てに対する決定\n"
                           "決定の通知は、開示請求書類を受理してからおよそ1カ月程度で行います\n"
                           "決定通知の郵送を希望される場合は送付先住所の確認のため住民票の写しが必要です\n")
    assert data["channels"] == "unknown"


def test_a_ground_a_pdfs_width_cut_is_one_ground(tmp_path):
    # cut inside a word (「…支障を及ぼすおそれがあ / る場合」) and after a comma (「…場合を除き、 / 親権者…」)
    data = saved(tmp_path, "開示等の請求方法\n所定の請求書を郵送してください。\n次の場合は開示いたしかねます。\n"
                           "・本人又は第三者の生命、身体、財産その他の権利利益を害するおそれがあ\n"
                           "る場合\n"
                           "・15歳以上の未成年の方で、判断が困難な場合を除き、ご本人の同意が得られない場合を除き、\n"
                           "親権者からの請求であっても、ご本人が開示を拒んでいる場合\n"
                           "・法令に違反することとなる場合\n")
    assert [g["ground"] for g in data["refusal_grounds"]] == [
        "本人又は第三者の生命、身体、財産その他の権利利益を害するおそれがある場合",
        "15歳以上の未成年の方で、判断が困難な場合を除き、ご本人の同意が得られない場合を除き、親権者からの請求であっても、ご本人が開示を拒んでいる場合",
        "法令に違反することとなる場合"]


def test_a_marked_ground_over_a_line_without_a_mark_is_one_ground(tmp_path):
    # the break between two words (「…おそれがある / 場合」): the item's mark says where it began
    data = saved(tmp_path, "開示等の請求方法\n所定の請求書を郵送してください。\n次の場合は開示いたしかねます。\n"
                           "・当社の業務の適正な実施に著しい支障を及ぼすおそれがある\n場合\n"
                           "・法令に違反することとなる場合\n")
    assert [g["ground"] for g in data["refusal_grounds"]] == [
        "当社の業務の適正な実施に著しい支障を及ぼすおそれがある場合", "法令に違反することとなる場合"]


def test_a_first_contact_a_line_break_cut(tmp_path):
    # real5/the_g: 「…ご希望される方は、…同意 / を頂いたうえ、上記苦情・相談窓口までご連絡ください。」
    data = saved(tmp_path, "3.開示等の請求\n(1)個人情報の開示請求等をご希望される方は、ご提出いただく個人情報の取扱について同意\n"
                           "を頂いたうえ、上記苦情・相談窓口までご連絡ください。\n")
    assert data["contact_first"]["quote"]


def test_a_clause_and_a_skip_read_across_the_break(tmp_path):
    # 「…お電話にて請求 / 書類を請求ください」: asking for the forms (a first step), no way to send; 「…この手続に
    # / よらずに郵送・メール等で受け付けます」: a route besides the procedure
    data = saved(tmp_path, "開示等の請求方法\n開示等の請求をされる方は、請求の内容を確認のうえ、受付窓口にお電話にて請求\n"
                           "書類を請求ください。請求書類に記入のうえ、本人確認書類を同封して郵送してください。\n"
                           "※ イベントの申込のために提出された個人情報の訂正につきましては、この手続に\n"
                           "よらずに郵送・メール等で受け付けます。\n")
    assert data["channels"]["accepted"] == ["post"] and "refused" not in data["channels"]
