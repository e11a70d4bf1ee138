"""Follow-up letters: each says only what is recorded and true on its date, cites the article of
its request kind from the law data, and is refused (saying why and from when) otherwise."""
from __future__ import annotations

import dataclasses
import io
import re
from datetime import date

import pytest
from pypdf import PdfReader

from assistant.followup.availability import check
from assistant.followup.demand import demand, demand_text, sending_cost, sending_note
from assistant.followup.facts import FollowupFacts, Party
from assistant.followup.grid import GRIDS, counts, lay_out
from assistant.followup.letters import FollowupError, paragraphs, ppc_sheet, sender_lines
from assistant.law.reference import load_law
from assistant.render.followup_pdf import demand_pdf, followup_letter_pdf

LAW = load_law()
COMPANY = Party("レバレジーズ株式会社", ("東京都渋谷区渋谷二丁目24番12号", "渋谷スクランブルスクエア24階・25階"),
                "150-6190")
FACTS = FollowupFacts(
    kinds=("disclosure",), company=COMPANY,
    sender=Party("山田　花子", ("東京都世田谷区太子堂1-2-3",), "154-0004"),
    letter_date=date(2026, 12, 1), today=date(2026, 12, 24), law=LAW, posted_on=date(2026, 12, 1),
    arrived_on=date(2026, 12, 2), company_due=date(2026, 12, 22), reference="20261201-leverages-9f3e1a2b")
ORGANISATION = Party("一般社団法人日本情報システム・ユーザー協会", ("東京都中央区日本橋堀留町2-4-3",),
                     "103-0012", "認定個人情報保護団体事務局")


def on(day: date, **changes) -> FollowupFacts:
    return dataclasses.replace(FACTS, today=day, **changes)


def text_of(pdf: bytes) -> list[str]:
    return ["".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages]


def test_the_art39_dates_come_from_one_function_16_and_17_december():
    dates = FACTS.art39
    assert (dates.two_weeks_end, dates.suit_from) == (date(2026, 12, 16), date(2026, 12, 17))
    sheet = ppc_sheet(FACTS, "ja", "03-6457-9849", "平日")
    assert "第39条の2週間：令和8年12月16日に満了（令和8年12月17日から訴えを提起できます）" in sheet["have"]


def test_on_day_four_neither_reminder_nor_demand_claims_a_passed_limit():
    day4 = on(date(2026, 12, 6))
    with pytest.raises(FollowupError, match="22 December 2026; a reminder is available from 23 December"):
        paragraphs("reminder", day4, "en")
    with pytest.raises(FollowupError, match="end on 16 December 2026.*available from 17 December 2026"):
        check("demand", day4, "en")
    with pytest.raises(FollowupError, match="2026年12月16日に満了"):
        demand(day4)
    with pytest.raises(FollowupError, match="催告書は2026年12月17日から作れます"):
        check("demand", day4, "ja")
    assert demand(on(date(2026, 12, 17))).paragraphs  # the day after the two weeks end
    reminder = "".join(paragraphs("reminder", on(date(2026, 12, 23)), "ja"))
    # The limit is the policy's (said as such), the date counted from the recorded arrival.
    assert "貴社プライバシーポリシーには、" in reminder and "上記到達日から起算して同期間（令和8年12月22日）を経過" in reminder
    assert "貴社の定める回答期限" not in reminder


def test_after_a_refusal_no_letter_says_there_was_none():
    refused = on(date(2027, 1, 6), answer="refused", answered_on=date(2026, 12, 20))
    with pytest.raises(FollowupError, match="refused on 20 December 2026.*PPC.*Art. 39\\(1\\) proviso"):
        check("demand", refused, "en")
    with pytest.raises(FollowupError, match="第39条第1項ただし書"):
        demand(refused)
    with pytest.raises(FollowupError, match="answered on 20 December 2026"):
        paragraphs("reminder", refused, "en")
    complaint = "".join(paragraphs("complaint", dataclasses.replace(refused, organisation=ORGANISATION), "ja"))
    assert "同社からは、令和8年12月20日に、請求に応じない旨の回答を受領いたしました" in complaint
    assert "回答をいただいておりません" not in complaint
    sheet = "".join(ppc_sheet(refused, "ja", "03", "平日")["have"])
    assert "応じない旨の回答" in sheet and "2週間を待たずに" in sheet


def test_an_arrival_is_stated_only_as_recorded():
    posted_only = on(date(2027, 1, 6), arrived_on=None, company_due=date(2026, 12, 23),
                     due_estimated=True, organisation=ORGANISATION)
    complaint = "".join(paragraphs("complaint", posted_only, "ja"))
    assert "同書面は令和8年12月1日に同社宛てに発送いたしました" in complaint and "到達" not in complaint
    reminder = "".join(paragraphs("reminder", posted_only, "ja"))
    assert "発送いたしました" in reminder and "到達しております" not in reminder
    assert "通常の配達日数により見込まれる到達日から起算しても" in reminder  # an expected arrival, said so
    sheet = ppc_sheet(posted_only, "ja", "03", "平日")["have"]
    assert "到達日：（記録なし。配達の記録で確かめてください）" in sheet
    assert "発送日：令和8年12月1日" in sheet
    assert any("到達日の記録がないため計算できません" in line for line in sheet)
    with pytest.raises(FollowupError, match="delivery record"):
        check("demand", posted_only, "en")


@pytest.mark.parametrize("kind, article", [
    ("purpose", "第32条第3項"), ("disclosure", "第33条第3項"),
    ("third-party-records", "第33条第5項において準用する同条第3項"), ("correction", "第34条第3項"),
    ("suspension", "第35条第7項"), ("third-party-stop", "第35条第7項")])
def test_the_reply_to_an_incomplete_answer_cites_the_article_of_its_kind(kind, article):
    facts = on(date(2027, 1, 6), kinds=(kind,), answer="partly-answered", answered_on=date(2026, 12, 20),
               problem="利用履歴の一部が開示されていません。")
    body = "".join(paragraphs("incomplete", facts, "ja"))
    assert f"個人情報の保護に関する法律{article}は、" in body and "同法第36条は" in body
    others = {"第32条第3項", "第33条第3項", "第34条第3項", "第35条第7項"} - {article[-6:]}
    assert not [a for a in others if a in body.replace(article, "")]
    english = " ".join(paragraphs("incomplete", facts, "en"))
    assert LAW.request_kinds[kind].refusal_notice.article in english and "Art. 36" in english


def test_without_a_limit_in_the_policy_the_reminder_cites_without_delay_and_waits_as_general_practice():
    no_limit = on(date(2026, 12, 10), company_due=None)
    with pytest.raises(FollowupError, match="names no time limit.*Art. 33\\(2\\).*general practice.*17 December"):
        paragraphs("reminder", no_limit, "en")
    body = "".join(paragraphs("reminder", on(date(2026, 12, 17), company_due=None), "ja"))
    # Art. 33(2) and (3) as the Act words them; the whole days as weeks, never "14日" as a limit.
    assert ("個人情報の保護に関する法律第33条第2項及び第3項は、請求を受けた個人情報取扱事業者は、遅滞なく、"
            "保有個人データを開示し、又は開示しない旨を通知しなければならない旨を定めております") in body
    assert "到達から既に2週間が経過した" in body and "14日" not in body  # 3 to 16 December
    later = "".join(paragraphs("reminder", on(date(2026, 12, 20), company_due=None), "ja"))
    assert "既に2週間余りが経過した" in later


def test_a_representative_writes_for_the_person_and_a_lawyer_signs_with_title_and_bar():
    agent = on(date(2027, 1, 6), person="山田　一郎", capacity="legal-representative-minor")
    body = "".join(demand(agent).paragraphs)
    assert body.startswith("私は、山田一郎（以下「本人」といいます。）の法定代理人として、本人に代わり")
    assert "本人に関する保有個人データの開示" in body and "私に関する" not in body
    lawyer = on(date(2027, 1, 6), person="山田　一郎", capacity="lawyer", registration_number="12345",
                bar_association="第二東京弁護士会")
    lines = sender_lines(lawyer, "ja")
    assert lines[-1] == "山田一郎 代理人弁護士　山田　花子（第二東京弁護士会所属）"
    assert sender_lines(lawyer, "ja", grid=True)[-3:] == ["山田一郎代理人", "弁護士　山田　花子", "（第二東京弁護士会所属　登録番号12345）"]
    text = demand(lawyer)
    assert text.closing[text.seal_line] == "弁護士　山田　花子"  # the seal goes after the name


@pytest.mark.parametrize("grid", sorted(GRIDS))
def test_the_demand_keeps_numbers_dates_and_articles_whole_and_the_closing_on_one_page(grid):
    width, height = GRIDS[grid]
    text = demand(on(date(2027, 1, 6)))
    layout = lay_out(text.body(), grid, text.closing)
    assert all(n <= width for n in counts(layout.lines()))
    assert all(len(page) <= height for page in layout.pages)
    lines = layout.lines()
    for whole in ("令和8年12月1日", "令和8年12月2日", "第33条第1項", "第39条", "14日", "〒150-6190"):
        assert any(whole in line for line in lines), (whole, lines)
    pages = {page for page, _row in layout.closing_rows}
    assert len(pages) == 1  # date, sender and addressee together
    pdf = demand_pdf(on(date(2027, 1, 6)), grid, copies=3)
    read = text_of(pdf)
    assert len(read) == 3 * len(layout.pages) + 1  # three identical sets, then how to send it
    assert read[: len(layout.pages)] == read[len(layout.pages): 2 * len(layout.pages)]
    assert "印" not in read[max(pages)]  # room to seal, no printed mark under the seal


def test_the_demand_says_to_add_delivery_certification_and_costs_from_the_dated_table():
    facts = on(date(2027, 1, 6))
    yen = LAW.postal_fees.yen
    assert sending_cost(facts, 2) == (yen["letter"] + yen["registered-mail"] + yen["contents-certified"]
                                      + yen["contents-certified-sheet"] + yen["delivery-certificate"])
    title, lines = sending_note(facts, 2)
    note = "".join(lines)
    assert "配達証明" in note and f"{sending_cost(facts, 2):,}円" in note
    assert "料金は令和6年10月改定時点のものです" in note  # the table's own date, from law.yaml
    checked = dataclasses.replace(facts, law=LAW.model_copy(update={"postal_fees": LAW.postal_fees.model_copy(
        update={"checked": date(2026, 12, 1)})}))
    assert "令和8年12月1日に日本郵便の料金表と照合しました" in "".join(sending_note(checked, 1)[1])
    stale = dataclasses.replace(checked, today=date(2028, 1, 6))
    assert sending_note(stale, 1)[1][-1] == ("料金は令和6年10月改定時点のものです。差し出す前に郵便局の窓口で"
                                             "最新の料金を確認してください。")
    assert "この頁は郵便局に出しません" in title


def test_the_demand_needs_a_japanese_address_and_japanese():
    latin = on(date(2027, 1, 6), company=Party("Leverages Co., Ltd.", ("2-24-12 Shibuya, Tokyo",),
                                               "150-6190", in_japanese=False))
    with pytest.raises(FollowupError, match="only in Latin letters.*lines_ja"):
        check("demand", latin, "en")
    with pytest.raises(FollowupError, match="英字の住所しかありません"):
        demand(latin)
    with pytest.raises(FollowupError, match="APPI Art. 39.*purpose of use"):
        check("demand", on(date(2027, 1, 6), kinds=("purpose",)), "en")


def test_the_reminder_has_no_english_in_japanese_and_each_language_its_own_pages():
    facts = on(date(2026, 12, 24))
    body = "".join(paragraphs("reminder", facts, "ja"))
    assert not re.search(r"[A-Za-z]", body)
    pages = text_of(followup_letter_pdf("reminder", facts, ["ja", "en"], deterministic=True))
    assert "請求へのご回答のお願い" in pages[0] and "Requestforananswer" not in pages[0]
    assert any("Requestforananswer" in t for t in pages[1:])
    assert "当方整理番号：20261201-leverages-9f3e1a2b" in pages[0]
    again = followup_letter_pdf("reminder", facts, ["ja", "en"], deterministic=True)
    assert again == followup_letter_pdf("reminder", facts, ["ja", "en"], deterministic=True)


def test_the_complaint_goes_to_the_organisation_and_waits_for_the_limit_or_a_refusal():
    with pytest.raises(FollowupError, match="PPC consultation dial"):
        paragraphs("complaint", on(date(2027, 1, 6)), "en")
    early = on(date(2026, 12, 10), organisation=ORGANISATION)
    with pytest.raises(FollowupError, match="available from 23 December 2026"):
        paragraphs("complaint", early, "en")
    partly = dataclasses.replace(early, answer="partly-answered", answered_on=date(2026, 12, 9))
    body = "".join(paragraphs("complaint", partly, "ja"))
    # Membership is not asserted: only what the company's policy says of the organisation.
    assert "対象事業者" not in body and "貴社" not in body
    assert "レバレジーズ株式会社（以下「同社」といいます。）に対し" in body
    assert "苦情の申出先として、貴団体が示されております" in body
    assert "請求の一部にとどまっております" in body
