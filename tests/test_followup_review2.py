"""The follow-ups as the second cold read asked for them (findings2 N-S2-8..11): the complaint's
history states only what was recorded (a follow-up made, never 'sent'; the 催告書 made too), the
reply to an answer gives the day it was received, a lawyer's follow-ups speak as the lawyer's
request letter does and never split a date across lines, and the complaint's page the sender
keeps asks for the organisation's building where its record says the address lacks it."""
from __future__ import annotations

from assistant.followup.letters import paragraphs
from tests.test_followup_review import D, sent_and_delivered, text_of


def test_the_complaint_lists_follow_ups_made_with_a_blank_posting_day_never_sent(tmp_path):
    tracker, case_id = sent_and_delivered(tmp_path)
    for kind, day in (("reminder", 17), ("demand", 17), ("demand", 28)):
        tracker.record_followup(case_id, kind, tracker.followup_pdf(case_id, kind, today=D(day)), D(day))
    text = text_of(tracker.followup_pdf(case_id, "complaint", today=D(28)))
    history = text.split("3経緯")[1].split("4添付資料")[0]
    assert "送付" not in history
    assert "令和8年12月17日付け催促状（発送日：＿＿＿＿）" in history
    assert "令和8年12月28日付け催告書（内容証明郵便。発送日：＿＿＿＿）" in history
    assert "令和8年12月17日付け催告書" not in history  # the latest one, once
    assert "催告書の謄本の写し及び配達証明書の写し" in text.split("4添付資料")[1].split("5連絡先")[0]
    english = text_of(tracker.followup_pdf(case_id, "complaint", today=D(28), languages=("en",)))
    assert "wassent" not in english and "areminderdated17December2026(postedon:________)" in english
    assert "aformaldemanddated28December2026" in english and "deliverycertificate" in english


def test_a_complaint_without_a_demand_neither_lists_nor_encloses_one(tmp_path):
    tracker, case_id = sent_and_delivered(tmp_path)
    text = text_of(tracker.followup_pdf(case_id, "complaint", today=D(28)))
    assert "催告書" not in text.split("差し出す前に")[0]


def test_the_reply_to_an_answer_gives_the_day_it_was_received_not_a_letter_date(tmp_path):
    tracker, case_id = sent_and_delivered(tmp_path)
    tracker.answered(case_id, D(24), "refused", today=D(24))
    facts = tracker.facts(case_id, D(25), "開示しない理由が示されていない")
    body = paragraphs("incomplete", facts, "ja")[0]
    assert "貴社からは、令和8年12月24日に、請求に応じない旨のご回答を受領いたしました。" in body
    assert "付けで" not in body
    english = paragraphs("incomplete", facts, "en")[0]
    assert "On 24 December 2026 I received your answer" in english
    complaint = text_of(tracker.followup_pdf(case_id, "complaint", today=D(25), problem="理由がない"))
    assert "24日付けで" not in complaint and "令和8年12月24日に、請求に応じない旨の回答を受領" in complaint
