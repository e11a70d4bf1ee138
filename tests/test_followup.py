"""Follow-up letters: the reminder, the Art. 39 demand on the 内容証明 grid, the reply to an
incomplete answer — each from the case's facts, in native Japanese, refused where the law says."""
from __future__ import annotations

import dataclasses
import re
from datetime import date

import pytest
from pypdf import PdfReader

from assistant.followup.letters import FollowupError, FollowupFacts, Party, demand_text, paragraphs
from assistant.followup.grid import GRIDS, counts, lay_out
from assistant.render.followup_pdf import demand_pdf, followup_letter_pdf

ARTICLES = {"purpose": {"ja": "第32条第2項", "en": "Art. 32(2)"},
            "disclosure": {"ja": "第33条第1項", "en": "Art. 33(1)"}}
FACTS = FollowupFacts(
    kinds=("disclosure",), articles=ARTICLES,
    company=Party("レバレジーズ株式会社", ("東京都渋谷区渋谷2-24-12",), "150-6124", "個人情報相談窓口"),
    sender=Party("山田　花子", ("東京都世田谷区太子堂1-2-3",), "154-0004"),
    letter_date=date(2026, 12, 1), today=date(2026, 12, 24), arrived_on=date(2026, 12, 2),
    company_due=date(2026, 12, 21), reference="20261201-leverages-9f3e",
    court_kinds=frozenset({"disclosure"}))


def PdfReader_(data: bytes) -> PdfReader:  # noqa: N802 - reads bytes
    import io
    return PdfReader(io.BytesIO(data))


def test_the_reminder_cites_the_request_its_arrival_and_the_company_s_own_limit():
    body = "".join(paragraphs("reminder", FACTS, "ja"))
    assert "令和8年12月1日付けの書面" in body
    assert "第33条第1項に基づく私に関する保有個人データの開示" in body
    assert "令和8年12月2日に貴社に到達" in body
    assert "回答期限（令和8年12月21日）を過ぎました" in body
    assert not re.search(r"[A-Za-z]", body), "no English inside the Japanese letter"


def test_a_representative_writes_for_the_person_not_about_themselves():
    facts = dataclasses.replace(FACTS, person="山田　一郎", capacity="legal-representative-minor")
    body = "".join(paragraphs("demand", facts, "ja"))
    assert body.startswith("私は、山田　一郎（以下「本人」といいます。）の法定代理人として、本人に代わり")
    assert "本人に関する保有個人データの開示" in body and "私に関する" not in body
    english = " ".join(paragraphs("reminder", facts, "en"))
    assert "concerning the person" in english and "concerning me" not in english


@pytest.mark.parametrize("grid", sorted(GRIDS))
def test_the_demand_fits_japan_post_s_grid_line_by_line_and_page_by_page(grid):
    width, height = GRIDS[grid]
    layout = lay_out(demand_text(FACTS), grid)
    assert all(n <= width for n in counts(layout.lines()))
    assert all(len(page) <= height for page in layout.pages)
    pdf = PdfReader_(demand_pdf(FACTS, grid, copies=3))
    assert len(pdf.pages) == 3 * len(layout.pages)  # three identical sets
    first = [p.extract_text() for p in pdf.pages[: len(layout.pages)]]
    second = [p.extract_text() for p in pdf.pages[len(layout.pages): 2 * len(layout.pages)]]
    assert first == second


def test_the_demand_ends_with_sender_then_addressee_and_names_article_39():
    text = demand_text(FACTS)
    assert text.startswith("催告書")
    assert "第39条" in text
    assert text.index("（差出人）") < text.index("（受取人）") < text.index("個人情報相談窓口　御中")
    assert "20261201-leverages-9f3e" not in text  # Latin letters only in proper nouns


def test_no_demand_for_purpose_notification_nor_before_delivery_is_known():
    with pytest.raises(FollowupError, match="purpose of use"):
        paragraphs("demand", dataclasses.replace(FACTS, kinds=("purpose",)), "ja")
    with pytest.raises(FollowupError, match="delivery date"):
        paragraphs("demand", dataclasses.replace(FACTS, arrived_on=None), "ja")
    with pytest.raises(FollowupError, match="Japanese only"):
        paragraphs("demand", FACTS, "en")


def test_a_demand_with_latin_letters_outside_proper_nouns_is_refused(monkeypatch):
    import copy

    import assistant.followup.letters as followup

    latin_company = dataclasses.replace(FACTS, company=Party("Acme K.K.", ("東京都港区",), None))
    assert demand_pdf(latin_company, copies=1)  # a company's Latin name is a proper noun
    edited = copy.deepcopy(followup.followup_wording("ja"))
    edited["demand"]["body"].append("詳しくは website をご覧ください。")
    monkeypatch.setattr(followup, "followup_wording", lambda language: edited)
    with pytest.raises(FollowupError, match="Latin letters.*website"):
        demand_pdf(FACTS, copies=1)


def test_the_reply_to_an_incomplete_answer_cites_articles_33_3_and_36():
    facts = dataclasses.replace(FACTS, answered_on=date(2026, 12, 20),
                                problem="利用履歴の一部が開示されておらず、開示しない理由の説明もありません。")
    body = "".join(paragraphs("incomplete", facts, "ja"))
    assert "第33条第3項" in body and "第36条" in body
    assert "利用履歴の一部が開示されておらず" in body
    with pytest.raises(FollowupError, match="what the answer lacks"):
        paragraphs("incomplete", FACTS, "ja")


def test_follow_up_pdfs_put_each_language_on_its_own_pages():
    pdf = PdfReader_(followup_letter_pdf("reminder", FACTS, ["ja", "en"], deterministic=True))
    texts = ["".join(p.extract_text().split()) for p in pdf.pages]
    assert "請求へのご回答のお願い" in texts[0] and "Requestforananswer" not in texts[0]
    assert any("Requestforananswer" in t for t in texts[1:])
    again = followup_letter_pdf("reminder", FACTS, ["ja", "en"], deterministic=True)
    assert again == followup_letter_pdf("reminder", FACTS, ["ja", "en"], deterministic=True)


ORGANISATION = Party("一般社団法人日本情報システム・ユーザー協会", ("東京都中央区日本橋堀留町2-4-3",),
                     "103-0012", "認定個人情報保護団体事務局")


def test_the_complaint_goes_to_the_accredited_organisation_and_speaks_of_the_company():
    from assistant.followup.letters import addressee_lines

    facts = dataclasses.replace(FACTS, organisation=ORGANISATION, status="refused")
    body = "".join(paragraphs("complaint", facts, "ja"))
    assert "貴団体の対象事業者であるレバレジーズ株式会社に対し" in body
    assert "同社に到達" in body and "貴社" not in body
    assert "請求に応じない旨の回答" in body
    assert addressee_lines(facts, "ja", "complaint")[-1] == "認定個人情報保護団体事務局　御中"
    with pytest.raises(FollowupError, match="PPC consultation dial"):
        paragraphs("complaint", FACTS, "ja")


def test_the_ppc_sheet_lists_what_to_have_at_hand_and_blanks_what_is_not_recorded():
    from assistant.followup.letters import ppc_sheet

    sheet = ppc_sheet(dataclasses.replace(FACTS, court_day=None), "ja", "03-6457-9849",
                      "平日9時30分から17時30分まで")
    assert "03-6457-9849" in sheet["where"]
    have = "\n".join(sheet["have"])
    assert "参照番号：20261201-leverages-9f3e" in have
    assert "到達日：令和8年12月2日" in have
    assert "第39条の2週間が満了する日：（記録なし）" in have
    english = ppc_sheet(FACTS, "en", "03-6457-9849", "Weekdays")
    assert english["say"].count("The company has not answered") == 1
