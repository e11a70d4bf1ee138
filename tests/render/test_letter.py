"""The request letter PDF, read back: content, language, fonts, size, hostile input."""
from __future__ import annotations

from assistant.render.window import ADDRESS  # the addressee's area, where the window shows it

import io

import pytest
from pypdf import PdfReader

from assistant.render.letter import MARGIN
from tests.render.helpers import (
    A4, details, letter, letter_pages, outside_margins, squash, text_of, words_with_boxes,
)


def test_japanese_letter_names_person_company_kind_article_and_enclosures():
    text = squash(text_of(letter("persol-career", details(requester={"documents": ["certificate-of-residence"]}))))
    for expected in ["山田太郎", "ヤマダタロウ", "昭和60年4月12日", "〒150-0001", "東京都渋谷区神宮前1-2-3",
                     "090-1234-5678", "taro@example.jp",  # the person
                     "〒100-6328", "東京都千代田区丸の内二丁目4番1号", "丸の内ビルディング28階",
                     "パーソルキャリア株式会社", "個人情報開示等請求ご担当者様",
                     "保有個人データ開示請求書", "第33条第1項", "個人情報の保護に関する法律",
                     "令和8年11月22日", "同封書類", "貴社所定の請求書",
                     "住民票の写し", "doda", "ID-778899", "電磁的記録", "1/"]:
        assert squash(expected) in text, expected
    # the company's form in Japanese words: its English name stays out of the Japanese letter
    assert "PersonalInformationDisclosureRequestForm" not in text


def test_english_letter_is_english():
    text = text_of(letter("leverages", details(requester={"documents": ["drivers-licence"]}), "en"))
    for expected in ["Request for disclosure of retained personal data", "Article 33(1)",
                     "Act on the Protection of Personal Information", "22 November 2026",
                     "12 April 1985", "Enclosures", "Driver's licence", "electronic record"]:
        assert expected in text, expected
    assert "保有個人データ開示請求書" not in text


def test_bilingual_letter_puts_japanese_first_then_english():
    text = text_of(letter("leverages", details(), "both"))
    assert text.index("保有個人データ開示請求書") < text.index("Request for disclosure")
    japanese, english = letter_pages("leverages", details())
    assert "本人" in japanese and "The person" not in japanese
    assert "The person" in english and "本人" not in english


def test_company_form_makes_it_a_cover_letter_and_says_so():
    cover_ja = squash(text_of(letter("porters", details())))
    assert "保有個人データ開示請求書の送付について" in cover_ja and "本状に同封いたしますので、ご査収ください" in cover_ja
    cover = text_of(letter("porters", details(), "en"))
    assert "cover letter" in cover and "company-designated request form" in cover
    assert "の送付について" not in squash(text_of(letter("nttcom-online", details())))


def test_representative_and_capacity_appear():
    rep = {"capacity": "lawyer", "full_name": "弁護 士郎", "address": "東京都千代田区霞が関1-1-1",
           "registration_number": "54321"}
    text = squash(text_of(letter("persol-career", details(representative=rep))))
    for expected in ["代理人", "代理人弁護士", "弁護士郎", "54321",
                     "当職は、下記本人から委任を受けた代理人弁護士として"]:
        assert expected in text, expected


def test_correction_and_suspension_content():
    d = details(request={"kinds": ["correction", "suspension"],
                         "correction": {"current": "旧住所のまま", "correct": "新住所"},
                         "grounds": ["no-longer-needed"], "ground_details": "退会済み"})
    text = squash(text_of(letter("leverages", d)))
    # Only the paragraph the chosen ground needs: 35(5), not 35(1)
    for expected in ["保有個人データに関する請求書", "第34条", "第35条第5項", "旧住所のまま", "新住所",
                     "利用する必要がなくなった（法第35条第5項）", "退会済み"]:
        assert expected in text, expected
    assert "第35条第1項" not in text and "Art." not in text


def test_fee_statement_where_a_fee_is_due_never_says_it_was_paid():
    text = squash(text_of(letter("infomart", details())))
    # Infomart wants the fee paid before the form is sent: the letter has blanks to fill in
    # once paid, and never says by itself that it was paid.
    assert "1件につき1,000円（貴社所定）支払日：令和＿＿年＿＿月＿＿日支払方法：＿＿＿＿" in text
    assert "お支払いしました" not in text and "お支払いします" not in text
    assert "手数料" not in squash(text_of(letter("leverages", details())))


def test_fonts_are_embedded_and_pages_are_a4():
    reader = PdfReader(io.BytesIO(letter("porters", details(), "both")))
    for page in reader.pages:
        assert (round(float(page.mediabox.width), 1), round(float(page.mediabox.height), 1)) == (
            round(A4[0], 1), round(A4[1], 1))
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            assert "/FontDescriptor" in font, f"{font['/BaseFont']} is a standard font, not embedded"
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, f"{font['/BaseFont']} is not embedded"
            assert "+" in font["/BaseFont"], "embedded fonts are subset (tagged name)"


def test_metadata_holds_no_personal_data():
    reader = PdfReader(io.BytesIO(letter("porters", details())))
    meta = " ".join(str(v) for v in (reader.metadata or {}).values())
    assert "山田" not in meta and "taro" not in meta and "150-0001" not in meta
    assert "請求書" in meta


def test_deterministic_output_is_byte_identical():
    assert letter("infomart", details()) == letter("infomart", details())


HOSTILE = {
    "long": "長い文章です。" * 714,  # 4,998 characters
    "word": "x" * 300,
    "emoji": "山田 😀👍🏽 太郎",
    "mixed": "Yamada やまだ 山田 ｶﾀｶﾅ Ω café",
    "rtl": "שלום עולם مرحبا",
}


@pytest.mark.parametrize("language", ["ja", "en", "both"])
def test_hostile_input_stays_inside_the_margins_over_several_pages(tmp_path, language):
    d = details(requester={"full_name": HOSTILE["emoji"], "address": HOSTILE["long"],
                           "former_names": HOSTILE["word"], "email": "a@b.jp"},
                request={"kinds": ["correction"], "services": [HOSTILE["mixed"], HOSTILE["rtl"]],
                         "correction": {"current": HOSTILE["word"] * 3, "correct": HOSTILE["long"]}})
    pdf = letter("porters", d, language)
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) >= 3
    words = words_with_boxes(pdf, tmp_path)
    assert len(words) > 100
    assert outside_margins(words, MARGIN, also=[ADDRESS]) == []
    assert "〓" in text_of(pdf)  # characters the font lacks are marked, not dropped silently


def test_a_hanging_japanese_character_stays_inside_the_margin(tmp_path):
    # This wording makes "ー" fall at a line's end; reportlab hangs it past the line (burasagari).
    rep = {"capacity": "legal-representative-minor", "full_name": "x", "address": "y"}
    d = details(representative=rep, request={"kinds": ["suspension"], "grounds": ["rights-harmed"]})
    assert outside_margins(words_with_boxes(letter("porters", d), tmp_path), MARGIN, also=[ADDRESS]) == []
